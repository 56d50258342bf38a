// Whether a field shows help (its Fluent help text exists, or it has citations) and the id of
// that help element, for `aria-describedby`. The engine names a help id for every field; a
// missing message means "no help", not an error to show. `has` is the caller's `I18n.has`.
import type { FieldDef } from "./api";

type Has = (id: string) => boolean;

export function hasHelpText(has: Has, field: FieldDef): boolean {
  return field.help !== null && has(field.help);
}

/** `<field id>-help` when the field shows help, else undefined. */
export function helpIdOf(has: Has, field: FieldDef, fieldElementId: string): string | undefined {
  return hasHelpText(has, field) || field.citations.length > 0 ? `${fieldElementId}-help` : undefined;
}
