// The form schema and the checker's report as the UI uses them (docs/schema-contract.md): the
// engine's generated types (bindings.ts, re-exported by api.ts), plus small helpers.
import type { FieldDef, FieldInput } from "./api";

export type {
  CheckReport,
  Citation,
  Condition,
  Diagnostic,
  FieldDef,
  FieldInput,
  FormSchema,
  OptionDef,
  Severity,
  StepDef,
} from "./api";

/** A Fluent message id. */
export type MsgId = string;

export type InputType = FieldInput["type"];

/** The fields of a group field (none for other inputs). */
export function groupFields(field: FieldDef): FieldDef[] {
  return field.input.type === "group" ? field.input.fields : [];
}
