// The last error, shown in the `error-message` banner as `t("error-<code>", args)`.
import { describeError, type UiError } from "./api";

export interface ShownError extends UiError {
  /** Who raised it (e.g. "autosave"), so that a later success can clear it. */
  source?: string;
  /** Increases with each error, so the same message raised again is announced again. */
  seq: number;
}

export const errorState = $state<{ current: ShownError | null }>({ current: null });

let seq = 0;

/** Show any failure of an api call (or other exception) in the banner. */
export function showError(error: unknown, source?: string): void {
  console.error(error);
  errorState.current = { ...describeError(error), source, seq: ++seq };
}

/** Clear the banner; with `source`, only if that source raised the error shown. */
export function clearError(source?: string): void {
  if (!errorState.current) return;
  if (source === undefined || errorState.current.source === source) errorState.current = null;
}
