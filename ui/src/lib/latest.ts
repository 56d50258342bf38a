// Helpers for async UI calls: debounce, and "only the latest answer counts".

export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
  /** Run a pending call now (if any). */
  flush(): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: A | null = null;
  const run = () => {
    timer = null;
    const args = lastArgs;
    lastArgs = null;
    if (args) fn(...args);
  };
  const debounced = ((...args: A) => {
    lastArgs = args;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, ms);
  }) as Debounced<A>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    lastArgs = null;
  };
  debounced.flush = () => {
    if (timer !== null) {
      clearTimeout(timer);
      run();
    }
  };
  return debounced;
}

/**
 * Wraps an async function so that a result is delivered only if no newer call started since
 * (search-as-you-type answers can arrive out of order). Stale calls resolve to `undefined`
 * (also when they fail).
 */
export function latestOnly<A extends unknown[], T>(
  fn: (...args: A) => Promise<T>,
): (...args: A) => Promise<{ value: T } | undefined> {
  let seq = 0;
  return async (...args: A) => {
    const mine = ++seq;
    try {
      const value = await fn(...args);
      return mine === seq ? { value } : undefined;
    } catch (error) {
      if (mine === seq) throw error;
      return undefined; // a newer call superseded this one: its failure no longer matters
    }
  };
}

/**
 * The bytes of a chosen file, unchanged (never decoded here: decoding would turn invalid UTF-8
 * into U+FFFD, and the engine must see exactly what the CLI sees). Uses Blob.arrayBuffer(), or
 * FileReader where that is missing.
 */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}
