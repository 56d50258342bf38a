// Whether a field shows help (its Fluent help text exists, or it has citations) and the id of
// that help element, for `aria-describedby`. The engine names a help id for every field; a
// missing message means "no help", not an error to show.
import type { FieldDef } from "./api";
import { has } from "./i18n.svelte";

export function hasHelpText(field: FieldDef): boolean {
  return field.help !== null && has(field.help);
}

/** `<field id>-help` when the field shows help, else undefined. */
export function helpIdOf(field: FieldDef, fieldElementId: string): string | undefined {
  return hasHelpText(field) || field.citations.length > 0 ? `${fieldElementId}-help` : undefined;
}
