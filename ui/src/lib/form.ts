// Pure helpers of the generic form renderer: conditions, paths, repeatable groups, localized
// text values, reference choices and jump-to-field resolution. No Svelte, no engine calls; the
// legal meaning of the fields stays in the engine's schema.
import type { Draft, JsonValue } from "./api";
import { getFieldValue } from "./fields";
import type { Condition, FieldDef, FormSchema } from "./schema";

export type JsonObject = { [key: string]: JsonValue };

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads a sibling value by key (the object the field lives in). */
export type Lookup = (key: string) => JsonValue;

/** A lookup over the draft's top level: `title`, `requesting_state`, `content.<key>` (or `<key>`). */
export function draftLookup(draft: Draft): Lookup {
  return (key) => {
    const direct = getFieldValue(draft, key);
    if (direct !== null || key.startsWith("content.")) return direct;
    return getFieldValue(draft, `content.${key}`);
  };
}

/** A lookup over one group item. */
export function itemLookup(item: JsonObject): Lookup {
  return (key) => item[key] ?? null;
}

function sameValue(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return false;
}

/** Whether a `visible_when` condition holds (multi-valued siblings: contains one of `any_of`). */
export function conditionHolds(condition: Condition, lookup: Lookup): boolean {
  const value = lookup(condition.key);
  if (Array.isArray(value)) return value.some((v) => condition.any_of.some((a) => sameValue(v, a)));
  return condition.any_of.some((a) => sameValue(value, a));
}

export function isVisible(field: FieldDef, lookup: Lookup): boolean {
  return field.visible_when === null || conditionHolds(field.visible_when, lookup);
}

/** The full path of a field inside a group item: `content.measures[0].type`. */
export function itemFieldPath(groupPath: string, index: number, key: string): string {
  return `${itemPath(groupPath, index)}.${key}`;
}

/** The path of a group item: `content.measures[0]`. */
export function itemPath(groupPath: string, index: number): string {
  return `${groupPath}[${index}]`;
}

// ---- repeatable groups: every operation returns the WHOLE new array (the one FieldChange) ----

/** The items of a group value (anything that is not an object is dropped). */
export function groupItems(value: JsonValue): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export function addItem(items: JsonObject[], makeId: () => string): JsonObject[] {
  return [...items, { id: makeId() }];
}

export function removeItem(items: JsonObject[], index: number): JsonObject[] {
  return items.filter((_, i) => i !== index);
}

/** Moves item `index` by `delta` (−1 up, +1 down); out of range: unchanged copy. */
export function moveItem(items: JsonObject[], index: number, delta: number): JsonObject[] {
  const target = index + delta;
  const copy = [...items];
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return copy;
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/** Sets one key of one item (`null` removes the key). */
export function setItemValue(
  items: JsonObject[],
  index: number,
  key: string,
  value: JsonValue,
): JsonObject[] {
  return items.map((item, i) => {
    if (i !== index) return item;
    const next = { ...item };
    if (value === null) delete next[key];
    else next[key] = value;
    return next;
  });
}

// ---- localized text: { "<lang>": { text, status } } for each output language ----

export type TranslationStatus = "missing" | "draft" | "final";
export const TRANSLATION_STATUSES: TranslationStatus[] = ["missing", "draft", "final"];

export interface LocalizedEntry {
  text: string;
  status: TranslationStatus;
}

/** The languages a draft is written in: `content.output_languages`, else the UI language. */
export function outputLanguages(draft: Draft, uiLanguage: string): string[] {
  const value = draft.content.output_languages;
  const langs = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string" && v !== "")
    : [];
  return langs.length > 0 ? [...new Set(langs)] : [uiLanguage];
}

export function localizedEntry(value: JsonValue, lang: string): LocalizedEntry {
  const entry = isObject(value) ? value[lang] : undefined;
  const text = isObject(entry) && typeof entry.text === "string" ? entry.text : "";
  const raw = isObject(entry) ? entry.status : undefined;
  const status = TRANSLATION_STATUSES.includes(raw as TranslationStatus)
    ? (raw as TranslationStatus)
    : text === ""
      ? "missing"
      : "draft";
  return { text, status };
}

/**
 * The whole new value after editing one language: one entry per output language, and the
 * entries of other languages kept as they are (unticking a language must not lose its text).
 * Typing into a language marked missing marks it draft; the officer marks it final.
 */
export function withLocalized(
  value: JsonValue,
  languages: string[],
  lang: string,
  patch: Partial<LocalizedEntry>,
): JsonObject {
  const out: JsonObject = {};
  const others = isObject(value) ? Object.keys(value).filter((l) => !languages.includes(l)) : [];
  for (const l of [...languages, ...others]) {
    const entry = localizedEntry(value, l);
    if (l === lang) {
      const next = { ...entry, ...patch };
      if (patch.text !== undefined && patch.status === undefined) {
        if (next.status === "missing" && next.text.trim() !== "") next.status = "draft";
      }
      out[l] = { text: next.text, status: next.status };
    } else {
      out[l] = { text: entry.text, status: entry.status };
    }
  }
  return out;
}

// ---- references to items of another group ----

/** Finds a field definition anywhere in the schema by its (top-level) path. */
export function findField(schema: FormSchema, path: string): FieldDef | null {
  for (const step of schema.steps) {
    for (const field of step.fields) if (field.path === path) return field;
  }
  return null;
}

/** A text or localized-text value as text (localized: `lang` first, then any language), or "". */
function textOf(field: FieldDef, value: JsonValue | undefined, lang: string): string {
  if (field.input.type === "text" || field.input.type === "text_area") {
    return typeof value === "string" ? value.trim() : "";
  }
  if (field.input.type === "localized_text" && isObject(value)) {
    const own = localizedEntry(value, lang).text.trim();
    if (own !== "") return own;
    for (const l of Object.keys(value)) {
      const text = localizedEntry(value, l).text.trim();
      if (text !== "") return text;
    }
  }
  return "";
}

/**
 * The text an item shows as its name, or "" (the caller shows "<item label> N"). When the group
 * designates its name fields for `lang` (`FieldDef.item_title_keys`, e.g. persons: the Latin-form
 * name in English, the Arabic-form name in Arabic, then the original-script name), the first of
 * them with a value; otherwise the first text field with a value (localized: `lang` first).
 */
export function itemName(
  item: JsonObject,
  fields: FieldDef[],
  lang: string,
  titleKeys?: Partial<Record<string, string[]>> | null,
): string {
  const designated = titleKeys?.[lang];
  if (designated) {
    for (const key of designated) {
      const field = fields.find((f) => f.key === key);
      const text = field ? textOf(field, item[key], lang) : "";
      if (text !== "") return text;
    }
    return "";
  }
  for (const field of fields) {
    const text = textOf(field, item[field.key], lang);
    if (text !== "") return text;
  }
  return "";
}

export interface Choice {
  id: string;
  /** The item's own name, or "" (the caller shows "<item label> N"). */
  name: string;
  /** 1-based position in the target group. */
  number: number;
}

/** The items of the target group that can be referred to (those with an id). */
export function referenceChoices(draft: Draft, schema: FormSchema, target: string, lang: string): Choice[] {
  const def = findField(schema, target);
  const fields = def && def.input.type === "group" ? def.input.fields : [];
  const titleKeys = def?.item_title_keys;
  const items = groupItems(getFieldValue(draft, target));
  const out: Choice[] = [];
  items.forEach((item, index) => {
    if (typeof item.id === "string" && item.id !== "") {
      out.push({ id: item.id, name: itemName(item, fields, lang, titleKeys), number: index + 1 });
    }
  });
  return out;
}

// ---- jump to a diagnostic's field ----

export interface JumpTarget {
  /** The step that holds the field. */
  stepIndex: number;
  /** Element ids to try, most specific first (`field-<path>`, then its parents). */
  elementIds: string[];
}

/** The ancestors of a path, itself first: `a[1].b` → `a[1].b`, `a[1]`, `a`. */
export function pathAncestors(path: string): string[] {
  const out = [path];
  let rest = path;
  for (;;) {
    const cut = Math.max(rest.lastIndexOf("."), rest.lastIndexOf("["));
    if (cut <= 0) break;
    rest = rest.slice(0, cut);
    if (rest === "content") break;
    out.push(rest);
  }
  return out;
}

/** Where a diagnostic's path lives: the step and the field element ids to focus. */
export function resolveJump(schema: FormSchema, path: string): JumpTarget | null {
  const ancestors = pathAncestors(path);
  for (const candidate of [...ancestors].reverse()) {
    const stepIndex = schema.steps.findIndex((s) => s.fields.some((f) => f.path === candidate));
    if (stepIndex >= 0) return { stepIndex, elementIds: ancestors.map((p) => `field-${p}`) };
  }
  return null;
}

/** A new item id: a v4 UUID (crypto.randomUUID where available, else from getRandomValues). */
export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === "function") return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The fields of one object that are shown: a field with `visible_when` is shown when its
 * condition holds AND its controlling sibling is itself shown. `siblings` are all the fields of
 * that object (at the top level, those of every step), for finding the controller.
 */
export function visibleFields(fields: FieldDef[], lookup: Lookup, siblings: FieldDef[] = fields): FieldDef[] {
  const byKey = new Map(siblings.map((f) => [f.key, f]));
  for (const f of fields) if (!byKey.has(f.key)) byKey.set(f.key, f);
  const memo = new Map<string, boolean>();
  const shown = (field: FieldDef, seen: Set<string>): boolean => {
    const known = memo.get(field.key);
    if (known !== undefined) return known;
    let visible = true;
    const condition = field.visible_when;
    if (condition) {
      visible = conditionHolds(condition, lookup);
      const controller = byKey.get(condition.key) ?? byKey.get(`content.${condition.key}`);
      if (visible && controller && controller !== field && !seen.has(controller.key)) {
        visible = shown(controller, new Set([...seen, field.key]));
      }
    }
    memo.set(field.key, visible);
    return visible;
  };
  return fields.filter((f) => shown(f, new Set()));
}

/** One part of where a path points, for people: a field's label, or a group item's label + number. */
export interface PathPart {
  label: string;
  /** 1-based item number when the part is a group item. */
  number?: number;
}

/**
 * Where `path` points, as labels: `content.measures[1].vc_reason` → the measures group's item
 * label with number 2, then the field's label. Unknown parts end the list.
 */
export function pathLabels(schema: FormSchema, path: string): PathPart[] {
  const top = schema.steps
    .flatMap((s) => s.fields)
    .filter((f) => path === f.path || path.startsWith(`${f.path}[`) || path.startsWith(`${f.path}.`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!top) return [];
  const parts: PathPart[] = [];
  let field: FieldDef = top;
  let rest = path.slice(top.path.length);
  for (;;) {
    const item = /^\[(\d+)\]/.exec(rest);
    if (item && field.input.type === "group") {
      parts.push({ label: field.input.item_label, number: Number(item[1]) + 1 });
      rest = rest.slice(item[0].length);
      const key = /^\.([^.[]+)/.exec(rest);
      const child = key ? field.input.fields.find((f) => f.key === key[1]) : undefined;
      if (!key || !child) return parts;
      field = child;
      rest = rest.slice(key[0].length);
      continue;
    }
    parts.push({ label: field.label });
    return parts;
  }
}

// ---- references to removed items ----

/** Ids of the items of every top-level group, by group path. */
function groupIds(draft: Draft, schema: FormSchema): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const step of schema.steps) {
    for (const field of step.fields) {
      if (field.input.type !== "group") continue;
      const set = new Set<string>();
      for (const item of groupItems(getFieldValue(draft, field.path))) {
        if (typeof item.id === "string") set.add(item.id);
      }
      ids.set(field.path, set);
    }
  }
  return ids;
}

/** A field's value with references to unknown ids removed (as the engine prunes them). */
function pruneValue(field: FieldDef, value: JsonValue, ids: Map<string, Set<string>>): JsonValue {
  const input = field.input;
  if (input.type === "reference") {
    const known = ids.get(input.target) ?? new Set<string>();
    if (typeof value === "string") return known.has(value) ? value : null;
    if (Array.isArray(value)) {
      const kept = value.filter((v) => typeof v === "string" && known.has(v));
      return kept.length === value.length ? value : kept.length > 0 ? kept : null;
    }
    return value;
  }
  if (input.type === "group" && Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      if (!isObject(item)) return item;
      let next = item;
      for (const child of input.fields) {
        if (!(child.key in item)) continue;
        const pruned = pruneValue(child, item[child.key], ids);
        if (pruned !== item[child.key]) {
          if (next === item) next = { ...item };
          if (pruned === null) delete next[child.key];
          else next[child.key] = pruned;
        }
      }
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : value;
  }
  return value;
}

/**
 * The changes that drop references to items that no longer exist (after a group item was
 * removed), one per top-level field that changes. The engine prunes the same references in what
 * it stores, and refuses a saved value that points to an unknown item: sending the pruned values
 * keeps the UI's copy and the engine's in step.
 */
export function pruneReferences(
  draft: Draft,
  schema: FormSchema,
): Array<{ path: string; value: JsonValue }> {
  const ids = groupIds(draft, schema);
  const changes: Array<{ path: string; value: JsonValue }> = [];
  for (const step of schema.steps) {
    for (const field of step.fields) {
      const value = getFieldValue(draft, field.path);
      if (value === null) continue;
      const pruned = pruneValue(field, value, ids);
      if (pruned !== value) changes.push({ path: field.path, value: pruned });
    }
  }
  return changes;
}
