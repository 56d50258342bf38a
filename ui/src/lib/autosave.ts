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
// - A save that fails TRANSIENTLY (database busy, disk full…) keeps its changes (newer edits to
//   the same path win) and retries with backoff; the status is "error" until a save succeeds.
// - A save REFUSED because of one change's value (`invalidPathOf(error)` names the value path,
//   e.g. `content.measures[2].account_number`) is not retried: the change whose path holds it
//   is HELD BACK (`invalid()`), and the other changes are sent again at once without it. The
//   held-back value is not saved: the status stays "error" (`onInvalid` tells the UI what to show)
//   until the user changes that path again (the new value is sent) or `discardInvalid()`.
// - `flush()` saves everything now and resolves `true` once all of it is saved, `false` if a
//   save failed (the changes are kept and retried) or a change is held back as invalid.

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
  /**
   * The value path an error blames when the engine refused a value (a validation error: never
   * retried as it is), or null for a transient failure (retried with backoff).
   */
  invalidPathOf?: (error: unknown) => string | null;
  /** The held-back changes changed: change path → { value, path blamed, error }. */
  onInvalid?: (invalid: ReadonlyMap<string, InvalidChange<V>>) => void;
}

/** A change the engine refused, held back (not retried) until the user changes it again. */
export interface InvalidChange<V> {
  value: V;
  /** The value path the engine named (inside the change's path, e.g. an item's field). */
  errorPath: string;
  error: unknown;
}

/** Whether `path` is `base` or inside it (`base.x`, `base[2]…`). */
export function isWithin(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);
}

export const DEFAULT_DEBOUNCE_MS = 300;
export const DEFAULT_MAX_WAIT_MS = 500;

export function defaultRetryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt - 1), 10_000);
}

export class Autosaver<V, R = unknown> {
  private readonly opts: Required<
    Omit<AutosaveOptions<V, R>, "onState" | "onError" | "onSaved" | "invalidPathOf" | "onInvalid">
  > &
    AutosaveOptions<V, R>;
  private held = new Map<string, InvalidChange<V>>();
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

  /** True while some change is not yet confirmed saved (held-back invalid changes included). */
  hasUnsavedChanges(): boolean {
    return this.pending.size > 0 || this.inflight !== null || this.held.size > 0;
  }

  /** True while a change other than a held-back invalid one is unsaved (or a retry is due). */
  hasPendingSaves(): boolean {
    return this.pending.size > 0 || this.inflight !== null || this.failures > 0;
  }

  /** The changes held back because the engine refused their value. */
  invalid(): ReadonlyMap<string, InvalidChange<V>> {
    return this.held;
  }

  /** Drop the held-back invalid changes (the user chose to discard them). */
  discardInvalid(): void {
    if (this.held.size === 0) return;
    this.held = new Map();
    this.opts.onInvalid?.(this.held);
    if (this.inflight === null && this.pending.size === 0 && this.failures === 0) {
      this.setState("saved");
    }
  }

  /** Record a change to `path`; it will be saved soon. */
  change(path: string, value: V): void {
    if (this.disposed) return;
    if (this.held.delete(path)) {
      // Corrected (or changed again): the new value is sent; the engine judges it.
      this.held = new Map(this.held);
      this.opts.onInvalid?.(this.held);
    }
    this.pending.delete(path); // keep batches in the order of the last edits
    this.pending.set(path, value);
    if (this.firstPendingAt === null) this.firstPendingAt = Date.now();
    if (this.inflight === null && (this._state !== "error" || this.failures === 0)) {
      this.setState("dirty");
    }
    this.schedule();
  }

  /** Save everything now. Resolves true when all changes so far are saved, false on failure. */
  flush(): Promise<boolean> {
    if (this.disposed) return Promise.resolve(!this.hasUnsavedChanges());
    if (!this.hasUnsavedChanges()) return Promise.resolve(true);
    // Only held-back invalid changes: nothing to send (they are never retried as they are).
    if (this.pending.size === 0 && this.inflight === null) return Promise.resolve(false);
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
    this.setState(this.held.size > 0 ? "error" : "saved");
    this.resolveWaiters(this.held.size === 0);
  }

  /** The path of the change in `batch` that holds `errorPath` (longest match). */
  private culprit(batch: Map<string, V>, errorPath: string): string | null {
    let found: string | null = null;
    for (const path of batch.keys()) {
      if (isWithin(errorPath, path) && (found === null || path.length > found.length)) found = path;
    }
    return found;
  }

  private failed(batch: Map<string, V>, error: unknown) {
    this.inflight = null;
    const errorPath = this.opts.invalidPathOf?.(error) ?? null;
    if (errorPath !== null) {
      this.refused(batch, errorPath, error);
      return;
    }
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

  /** The engine refused a value: hold its change back, send the others again at once. */
  private refused(batch: Map<string, V>, errorPath: string, error: unknown) {
    // The engine answered (it judged a value): not a transient failure.
    this.failures = 0;
    this._lastError = null;
    // Which changes to hold back: the one holding the blamed path; if none does (should not
    // happen), all of them, since none can be told apart and retrying would fail forever.
    const culprit = this.culprit(batch, errorPath);
    const blamed = culprit !== null ? [culprit] : [...batch.keys()];
    const held = new Map(this.held);
    const rest = new Map(batch);
    for (const path of blamed) {
      rest.delete(path);
      // Edited again during the save: the newer value is pending and gets its own chance.
      if (!this.pending.has(path)) held.set(path, { value: batch.get(path) as V, errorPath, error });
    }
    this.held = held;
    this.opts.onInvalid?.(held);
    for (const [path, value] of this.pending) {
      rest.delete(path);
      rest.set(path, value);
    }
    this.pending = rest;
    this.firstPendingAt = null;
    if (this.pending.size > 0 && !this.disposed) {
      this.run(); // the rest, right away
      return;
    }
    this.flushRequested = false;
    this.setState(held.size > 0 ? "error" : "saved");
    this.resolveWaiters(held.size === 0);
  }

  private resolveWaiters(ok: boolean) {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(ok);
  }
}
