// Localized labels shared by several screens. Kind names and "Untitled draft" are the engine's
// (schema.ftl), so the UI, the CLI and later the documents say the same. `t` is the caller's
// `I18n.t` (from `getI18n()`).
import type { DraftKind } from "./api";
import type { Args } from "./l10n";

type T = (id: string, args?: Args) => string;

export function kindLabel(t: T, kind: DraftKind): string {
  switch (kind) {
    case "mla":
      return t("draft-kind-mla");
    case "extradition":
      return t("draft-kind-extradition");
    case "provisional_arrest":
      return t("draft-kind-provisional-arrest");
    default:
      return String(kind);
  }
}

export function titleOrUntitled(t: T, title: string): string {
  return title.trim() === "" ? t("draft-untitled") : title;
}

/** A case's title, or "Untitled case" (the engine's Fluent id `case-untitled`). */
export function caseTitleOrUntitled(t: T, title: string | null | undefined): string {
  return (title ?? "").trim() === "" ? t("case-untitled") : (title as string);
}
