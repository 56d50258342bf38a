// The last error, shown in the `error-message` banner as `t("error-<code>", args)`.
//
// No module-level state: `App.svelte` creates one `ErrorStore` and hands it down with
// `setErrors`; components take it with `getErrors()`. The methods are bound, so
// `const { showError } = getErrors()` works.
import { getContext, setContext } from "svelte";
import { describeError, type UiError } from "./api";

export interface ShownError extends UiError {
  /** Who raised it (e.g. "autosave"), so that a later success can clear it. */
  source?: string;
  /** Increases with each error, so the same message raised again is announced again. */
  seq: number;
}

export class ErrorStore {
  /** The error shown (reactive). */
  current = $state<ShownError | null>(null);
  private seq = 0;

  /** Show any failure of an api call (or other exception) in the banner. */
  showError = (error: unknown, source?: string): void => {
    console.error(error);
    this.current = { ...describeError(error), source, seq: ++this.seq };
  };

  /** Clear the banner; with `source`, only if that source raised the error shown. */
  clearError = (source?: string): void => {
    if (!this.current) return;
    if (source === undefined || this.current.source === source) this.current = null;
  };
}

export function createErrorStore(): ErrorStore {
  return new ErrorStore();
}

const KEY = Symbol("mla-errors");

/** The context entry, for `mount(Component, { context })` in tests. */
export function errorsEntry(errors: ErrorStore): [symbol, ErrorStore] {
  return [KEY, errors];
}

export function setErrors(errors: ErrorStore): ErrorStore {
  return setContext(KEY, errors);
}

export function getErrors(): ErrorStore {
  const errors = getContext<ErrorStore | undefined>(KEY);
  if (!errors) throw new Error("getErrors: no ErrorStore in context (App.svelte sets it)");
  return errors;
}
