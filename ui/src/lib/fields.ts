// Reading and writing a draft's values by schema field path. Paths are the engine's:
// top-level draft fields (`title`, `requesting_state`, `requested_state`) or `content.<key>`.
import type { Draft, JsonValue } from "./api";

const TOP_LEVEL = new Set(["title", "requesting_state", "requested_state"]);

export function getFieldValue(draft: Draft, path: string): JsonValue {
  if (path.startsWith("content.")) return draft.content[path.slice("content.".length)] ?? null;
  if (TOP_LEVEL.has(path)) return (draft as unknown as Record<string, JsonValue>)[path] ?? null;
  return null;
}

/** The value as text for an input (non-strings are shown as empty). */
export function textOf(value: JsonValue): string {
  return typeof value === "string" ? value : "";
}

/** A copy of the draft with one field changed, as the engine will store it. */
export function withFieldValue(draft: Draft, path: string, value: JsonValue): Draft {
  if (path.startsWith("content.")) {
    const key = path.slice("content.".length);
    const content = { ...draft.content };
    if (value === null) delete content[key];
    else content[key] = value;
    return { ...draft, content };
  }
  if (path === "title") return { ...draft, title: typeof value === "string" ? value : "" };
  if (path === "requesting_state" || path === "requested_state") {
    return { ...draft, [path]: typeof value === "string" ? value : null };
  }
  return draft;
}

/** A DOM-safe id / test id for a field: `field-<path>`. */
export function fieldId(path: string): string {
  return `field-${path}`;
}
