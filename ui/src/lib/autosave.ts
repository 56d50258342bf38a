// Autosave: collects field changes, saves them debounced, and reports a TRUTHFUL status.
// Plain TypeScript: no Svelte, no Tauri. It is given the function that saves.
//
// Rules:
// - Every change marks the draft dirty. A save starts `debounceMs` after the last change, and
//   never later than `maxWaitMs` after the first unsaved change (continuous typing still saves).
// - Changes to the same path coalesce: the last value wins.
// - At most one save is in flight; saves are strictly ordered.
// - "saved" only after the save resolved AND no newer change is pending. A change made during a
//   save is saved by another save right after; the status never claims it is saved before.
// - A failed save keeps its changes (newer edits to the same path win) and retries with backoff;
//   the status is "error" until a save succeeds.
// - `flush()` saves everything now and resolves `true` once all of it is saved, `false` if a
//   save failed (the changes are kept and retried).

export type SaveState = "saved" | "saving" | "dirty" | "error";

export interface Change<V> {
  path: string;
  value: V;
}

export interface AutosaveOptions<V, R = unknown> {
  /** Saves a batch of changes; rejects on failure. */
  save: (changes: Change<V>[]) => Promise<R>;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Delay before retry number `attempt` (1, 2, …) after a failure. */
  retryDelayMs?: (attempt: number) => number;
  onState?: (state: SaveState) => void;
  onError?: (error: unknown) => void;
  onSaved?: (result: R) => void;
}

export const DEFAULT_DEBOUNCE_MS = 300;
export const DEFAULT_MAX_WAIT_MS = 500;

export function defaultRetryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt - 1), 10_000);
}

export class Autosaver<V, R = unknown> {
  private readonly opts: Required<Omit<AutosaveOptions<V, R>, "onState" | "onError" | "onSaved">> &
    AutosaveOptions<V, R>;
  private pending = new Map<string, V>();
  private inflight: Map<string, V> | null = null;
  private firstPendingAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private flushRequested = false;
  private waiters: Array<(ok: boolean) => void> = [];
  private disposed = false;
  private _state: SaveState = "saved";
  private _lastError: unknown = null;

  constructor(options: AutosaveOptions<V, R>) {
    this.opts = {
      debounceMs: DEFAULT_DEBOUNCE_MS,
      maxWaitMs: DEFAULT_MAX_WAIT_MS,
      retryDelayMs: defaultRetryDelay,
      ...options,
    };
  }

  get state(): SaveState {
    return this._state;
  }

  get lastError(): unknown {
    return this._lastError;
  }

  /** True while some change is not yet confirmed saved. */
  hasUnsavedChanges(): boolean {
    return this.pending.size > 0 || this.inflight !== null;
  }

  /** Record a change to `path`; it will be saved soon. */
  change(path: string, value: V): void {
    if (this.disposed) return;
    this.pending.delete(path); // keep batches in the order of the last edits
    this.pending.set(path, value);
    if (this.firstPendingAt === null) this.firstPendingAt = Date.now();
    if (this.inflight === null && this._state !== "error") this.setState("dirty");
    this.schedule();
  }

  /** Save everything now. Resolves true when all changes so far are saved, false on failure. */
  flush(): Promise<boolean> {
    if (this.disposed) return Promise.resolve(!this.hasUnsavedChanges());
    if (!this.hasUnsavedChanges()) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      this.waiters.push(resolve);
      this.flushRequested = true;
      this.clearTimer();
      if (this.inflight === null) this.run();
    });
  }

  /** Stop timers. Unsaved changes are dropped: call `flush()` first. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private setState(state: SaveState) {
    if (this._state === state) return;
    this._state = state;
    this.opts.onState?.(state);
  }

  private clearTimer() {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private schedule() {
    if (this.inflight !== null || this.disposed) return; // re-scheduled when the save ends
    this.clearTimer();
    if (this.pending.size === 0) return;
    const sinceFirst = Date.now() - (this.firstPendingAt ?? Date.now());
    const delay = Math.max(0, Math.min(this.opts.debounceMs, this.opts.maxWaitMs - sinceFirst));
    this.timer = setTimeout(() => this.run(), delay);
  }

  private run() {
    this.timer = null;
    if (this.disposed || this.inflight !== null || this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    this.firstPendingAt = null;
    this.inflight = batch;
    this.setState("saving");
    const changes = [...batch].map(([path, value]) => ({ path, value }));
    let call: Promise<R>;
    try {
      call = this.opts.save(changes);
    } catch (error) {
      call = Promise.reject(error);
    }
    call.then(
      (result) => this.succeeded(result),
      (error) => this.failed(batch, error),
    );
  }

  private succeeded(result: R) {
    this.inflight = null;
    this.failures = 0;
    this._lastError = null;
    this.opts.onSaved?.(result);
    if (this.pending.size > 0) {
      // Changed while saving: still dirty, save again.
      this.setState("dirty");
      if (this.flushRequested) this.run();
      else this.schedule();
      return;
    }
    this.flushRequested = false;
    this.setState("saved");
    this.resolveWaiters(true);
  }

  private failed(batch: Map<string, V>, error: unknown) {
    this.inflight = null;
    this.failures += 1;
    this._lastError = error;
    // Put the batch back; edits made during the save are newer and win.
    const restored = new Map(batch);
    for (const [path, value] of this.pending) {
      restored.delete(path);
      restored.set(path, value);
    }
    this.pending = restored;
    this.firstPendingAt = null;
    this.flushRequested = false;
    this.setState("error");
    this.opts.onError?.(error);
    this.resolveWaiters(false);
    if (this.disposed) return;
    this.clearTimer();
    this.timer = setTimeout(() => this.run(), this.opts.retryDelayMs(this.failures));
  }

  private resolveWaiters(ok: boolean) {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(ok);
  }
}
