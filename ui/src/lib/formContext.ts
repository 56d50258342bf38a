// What every field renderer may need besides its own value: the whole draft (output languages,
// the items a reference points to) and the schema (the target group's fields and step).
import { getContext, setContext } from "svelte";
import type { Draft, UiError } from "./api";
import type { FormSchema } from "./schema";

export interface FormContext {
  readonly draft: Draft;
  readonly schema: FormSchema;
  /**
   * The engine's refusal of the value at this field path (`field-<path>`), while autosave holds
   * that change back; null otherwise.
   */
  errorAt(path: string): UiError | null;
}

const KEY = Symbol("mla-form");

/** Called by the wizard with getters over its reactive state. */
export function setFormContext(context: FormContext): void {
  setContext(KEY, context);
}

export function getFormContext(): FormContext {
  const context = getContext<FormContext | undefined>(KEY);
  if (!context) throw new Error("field rendered outside a form");
  return context;
}
