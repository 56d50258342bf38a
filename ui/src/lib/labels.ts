// Localized labels shared by several screens. Kind names and "Untitled draft" are the engine's
// (schema.ftl), so the UI, the CLI and later the documents say the same.
import type { DraftKind } from "./api";
import { t } from "./i18n.svelte";

export function kindLabel(kind: DraftKind): string {
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

export function titleOrUntitled(title: string): string {
  return title.trim() === "" ? t("draft-untitled") : title;
}
