import { describe, expect, it } from "vitest";
import type { Draft } from "./api";
import {
  addItem,
  conditionHolds,
  draftLookup,
  groupItems,
  isVisible,
  itemFieldPath,
  itemLookup,
  itemName,
  localizedEntry,
  moveItem,
  pathLabels,
  pruneReferences,
  newId,
  outputLanguages,
  pathAncestors,
  referenceChoices,
  removeItem,
  resolveJump,
  setItemValue,
  visibleFields,
  withLocalized,
} from "./form";
import type { FieldDef, FormSchema } from "./api";
import { FULL_STEPS } from "../test/mockEngine";

const draft = (content: Draft["content"] = {}, extra: Partial<Draft> = {}): Draft => ({
  id: "d1",
  kind: "mla",
  title: "",
  requesting_state: null,
  requested_state: null,
  created_at: "2025-01-01T00:00:00Z",
  updated_at: "2025-01-01T00:00:00Z",
  content,
  ...extra,
});
const schema: FormSchema = { kind: "mla", steps: FULL_STEPS };

describe("visible_when", () => {
  it("holds when the sibling equals one of any_of", () => {
    const lookup = itemLookup({ type: "bank_records" });
    expect(conditionHolds({ key: "type", any_of: ["bank_records", "corporate"] }, lookup)).toBe(true);
    expect(conditionHolds({ key: "type", any_of: ["testimony"] }, lookup)).toBe(false);
  });

  it("a multi_select sibling holds when it contains one of any_of", () => {
    const lookup = itemLookup({ basis: ["untoc", "treaty"] });
    expect(conditionHolds({ key: "basis", any_of: ["treaty"] }, lookup)).toBe(true);
    expect(conditionHolds({ key: "basis", any_of: ["reciprocity"] }, lookup)).toBe(false);
    expect(conditionHolds({ key: "basis", any_of: ["x"] }, itemLookup({ basis: [] }))).toBe(false);
  });

  it("booleans, missing siblings and null", () => {
    expect(conditionHolds({ key: "urgent", any_of: [true] }, itemLookup({ urgent: true }))).toBe(true);
    expect(conditionHolds({ key: "urgent", any_of: [true] }, itemLookup({ urgent: false }))).toBe(false);
    expect(conditionHolds({ key: "urgent", any_of: [true] }, itemLookup({}))).toBe(false);
    expect(conditionHolds({ key: "urgent", any_of: [null] }, itemLookup({}))).toBe(true);
  });

  it("at the top level, keys are read from the draft (content.<key>, or a bare key)", () => {
    const d = draft({ urgent: true }, { requested_state: "JO" });
    const lookup = draftLookup(d);
    expect(conditionHolds({ key: "content.urgent", any_of: [true] }, lookup)).toBe(true);
    expect(conditionHolds({ key: "urgent", any_of: [true] }, lookup)).toBe(true);
    expect(conditionHolds({ key: "requested_state", any_of: ["JO"] }, lookup)).toBe(true);
  });

  it("a field without a condition is always visible", () => {
    const field = schema.steps[0].fields[0];
    expect(isVisible(field, () => null)).toBe(true);
  });
});

describe("visible fields", () => {
  const field = (key: string, when: FieldDef["visible_when"] = null): FieldDef => ({
    key,
    path: key,
    label: key,
    help: null,
    citations: [],
    input: { type: "text" },
    required: false,
    visible_when: when,
  });
  const kind = field("kind", null);
  const sub = field("sub", { key: "kind", any_of: ["a"] });
  const detail = field("detail", { key: "sub", any_of: ["x"] });

  it("a field is hidden when its controlling sibling is hidden", () => {
    const keys = (item: Record<string, string>) =>
      visibleFields([kind, sub, detail], itemLookup(item)).map((f) => f.key);
    expect(keys({ kind: "a", sub: "x" })).toEqual(["kind", "sub", "detail"]);
    // `sub` still holds "x" but is hidden: so is `detail`.
    expect(keys({ kind: "b", sub: "x" })).toEqual(["kind"]);
  });

  it("at the top level the controller may be on another step", () => {
    const urgent = { ...field("content.urgent"), input: { type: "bool" as const } };
    const reason = field("content.urgency_reason", { key: "content.urgent", any_of: [true] });
    const lookup = draftLookup(draft({ urgent: true }));
    expect(visibleFields([reason], lookup, [urgent, reason]).map((f) => f.key)).toEqual([
      "content.urgency_reason",
    ]);
    expect(visibleFields([reason], draftLookup(draft({})), [urgent, reason])).toEqual([]);
  });

  it("a condition cycle does not loop", () => {
    const a = field("a", { key: "b", any_of: ["1"] });
    const b = field("b", { key: "a", any_of: ["1"] });
    expect(visibleFields([a, b], itemLookup({ a: "1", b: "1" })).length).toBe(2);
  });
});

describe("paths", () => {
  it("builds item paths like content.measures[0].type", () => {
    expect(itemFieldPath("content.measures", 0, "type")).toBe("content.measures[0].type");
    expect(itemFieldPath("content.measures[2].documents", 1, "title")).toBe(
      "content.measures[2].documents[1].title",
    );
  });

  it("lists a path's ancestors, most specific first, never bare 'content'", () => {
    expect(pathAncestors("content.measures[2].account_number")).toEqual([
      "content.measures[2].account_number",
      "content.measures[2]",
      "content.measures",
    ]);
    expect(pathAncestors("title")).toEqual(["title"]);
  });
});

describe("groups produce the whole new array", () => {
  const a = { id: "a", name: "A" };
  const b = { id: "b", name: "B" };
  const c = { id: "c", name: "C" };

  it("add appends an item with a fresh id", () => {
    const next = addItem([a], () => "new-id");
    expect(next).toEqual([a, { id: "new-id" }]);
  });

  it("remove drops exactly one item", () => {
    expect(removeItem([a, b, c], 1)).toEqual([a, c]);
  });

  it("move up/down swaps neighbours; out of range is a no-op copy", () => {
    expect(moveItem([a, b, c], 2, -1)).toEqual([a, c, b]);
    expect(moveItem([a, b, c], 0, 1)).toEqual([b, a, c]);
    const same = [a, b];
    expect(moveItem(same, 0, -1)).toEqual(same);
    expect(moveItem(same, 1, 1)).not.toBe(same);
  });

  it("setting a key changes one item only; null removes the key", () => {
    const items = [a, b];
    expect(setItemValue(items, 1, "name", "B2")).toEqual([a, { id: "b", name: "B2" }]);
    expect(setItemValue(items, 0, "name", null)).toEqual([{ id: "a" }, b]);
    expect(items).toEqual([a, b]); // not mutated
  });

  it("non-object entries of a stored group are ignored", () => {
    expect(groupItems([a, 3, "x", null, b])).toEqual([a, b]);
    expect(groupItems(null)).toEqual([]);
  });

  it("new ids are v4 UUIDs", () => {
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("localized text", () => {
  it("languages come from content.output_languages, else the UI language", () => {
    expect(outputLanguages(draft({ output_languages: ["ar", "en"] }), "en")).toEqual(["ar", "en"]);
    expect(outputLanguages(draft({}), "ar")).toEqual(["ar"]);
    expect(outputLanguages(draft({ output_languages: [] }), "en")).toEqual(["en"]);
  });

  it("an edit yields one {text, status} entry per output language", () => {
    const value = { en: { text: "Facts", status: "final" } };
    expect(withLocalized(value, ["en", "ar"], "ar", { text: "الوقائع" })).toEqual({
      en: { text: "Facts", status: "final" },
      ar: { text: "الوقائع", status: "draft" },
    });
  });

  it("typing into a missing language marks it draft; an explicit status wins", () => {
    expect(withLocalized(null, ["en"], "en", { text: "x" })).toEqual({ en: { text: "x", status: "draft" } });
    expect(withLocalized(null, ["en"], "en", { status: "final" })).toEqual({ en: { text: "", status: "final" } });
    const final = { en: { text: "a", status: "final" } };
    expect(withLocalized(final, ["en"], "en", { text: "ab" })).toEqual({ en: { text: "ab", status: "final" } });
  });

  it("entries of languages no longer in the output pair are kept as they are", () => {
    const value = { en: { text: "a", status: "draft" }, ar: { text: "ب", status: "final" } };
    expect(withLocalized(value, ["en"], "en", { text: "c" })).toEqual({
      en: { text: "c", status: "draft" },
      ar: { text: "ب", status: "final" },
    });
  });

  it("reads a missing or malformed entry as empty and missing", () => {
    expect(localizedEntry(null, "en")).toEqual({ text: "", status: "missing" });
    expect(localizedEntry({ en: "oops" }, "en")).toEqual({ text: "", status: "missing" });
    expect(localizedEntry({ en: { text: "t" } }, "en")).toEqual({ text: "t", status: "draft" });
  });
});

describe("references", () => {
  const offenceFields = (schema.steps[3].fields[0].input as { fields: FieldDef[] }).fields;

  it("an item is named by its first text field with a value", () => {
    expect(itemName({ id: "1", name: "Fraud" }, offenceFields, "en")).toBe("Fraud");
    expect(itemName({ id: "1", name: " " }, offenceFields, "en")).toBe("");
    expect(
      itemName({ id: "1", conduct: { ar: { text: "احتيال", status: "draft" } } }, offenceFields, "en"),
    ).toBe("احتيال");
  });

  it("choices are the target group's items with an id, numbered by position", () => {
    const d = draft({ offences: [{ id: "o1", name: "Fraud" }, { name: "no id" }, { id: "o3" }] });
    expect(referenceChoices(d, schema, "content.offences", "en")).toEqual([
      { id: "o1", name: "Fraud", number: 1 },
      { id: "o3", name: "", number: 3 },
    ]);
  });
});

describe("items named by the fields the schema designates per UI language", () => {
  const text = (key: string): FieldDef => ({
    key,
    path: `content.persons.${key}`,
    label: key,
    help: null,
    citations: [],
    input: { type: "text" },
    required: false,
    visible_when: null,
  });
  const persons: FieldDef = {
    ...text("content.persons"),
    path: "content.persons",
    input: { type: "group", item_label: "item-persons", fields: [text("name_original"), text("name_ar"), text("name_latin")] },
    item_title_keys: { en: ["name_latin", "name_original"], ar: ["name_ar", "name_original"] },
  };
  const withPersons: FormSchema = { kind: "mla", steps: [{ id: "persons", title: "t", help: null, fields: [persons] }] };
  const d = draft({
    persons: [
      { id: "p1", name_original: "سامر خليل", name_ar: "سامر خليل", name_latin: "Samer Khalil" },
      { id: "p2", name_original: "Иван Петров" },
      { id: "p3", name_original: "  " },
    ],
  });

  it("English: the Latin-form name, else the original-script name, else none (Person N)", () => {
    expect(referenceChoices(d, withPersons, "content.persons", "en")).toEqual([
      { id: "p1", name: "Samer Khalil", number: 1 },
      { id: "p2", name: "Иван Петров", number: 2 },
      { id: "p3", name: "", number: 3 },
    ]);
  });

  it("Arabic: the Arabic-form name, else the original-script name", () => {
    const names = referenceChoices(d, withPersons, "content.persons", "ar").map((c) => c.name);
    expect(names).toEqual(["سامر خليل", "Иван Петров", ""]);
  });

  it("without designated fields for the language: the first text field with a value", () => {
    const fields = (persons.input as { fields: FieldDef[] }).fields;
    const item = { id: "p1", name_original: "سامر خليل", name_latin: "Samer Khalil" };
    expect(itemName(item, fields, "fr", persons.item_title_keys)).toBe("سامر خليل");
    expect(itemName(item, fields, "en", null)).toBe("سامر خليل");
  });
});

describe("jump to a finding's field", () => {
  it("finds the step of a nested path and the ids to try", () => {
    expect(resolveJump(schema, "content.measures[2].account_number")).toEqual({
      stepIndex: 4,
      elementIds: [
        "field-content.measures[2].account_number",
        "field-content.measures[2]",
        "field-content.measures",
      ],
    });
  });

  it("top-level fields and unknown paths", () => {
    expect(resolveJump(schema, "requested_state")?.stepIndex).toBe(0);
    expect(resolveJump(schema, "content.legal_basis")?.stepIndex).toBe(1);
    expect(resolveJump(schema, "content.nowhere")).toBeNull();
  });
});

describe("path labels (where a finding points)", () => {
  it("names group items by label and number, then the field", () => {
    expect(pathLabels(schema, "content.measures[1].account_number")).toEqual([
      { label: "item-measure", number: 2 },
      { label: "field-measure-account" },
    ]);
    expect(pathLabels(schema, "content.measures[0].documents[2].title")).toEqual([
      { label: "item-measure", number: 1 },
      { label: "item-document", number: 3 },
      { label: "field-document-title" },
    ]);
  });

  it("top-level fields, whole groups and unknown paths", () => {
    expect(pathLabels(schema, "requested_state")).toEqual([{ label: "field-requested-state" }]);
    expect(pathLabels(schema, "content.offences")).toEqual([{ label: "field-offences" }]);
    expect(pathLabels(schema, "content.measures[0].nope")).toEqual([{ label: "item-measure", number: 1 }]);
    expect(pathLabels(schema, "content.nowhere")).toEqual([]);
  });
});

describe("references to removed items", () => {
  it("are dropped from every field that points to them; emptied ones become null", () => {
    const d = draft({
      offences: [{ id: "o1" }],
      measures: [
        { id: "m1", offences: ["o1", "gone"], main_offence: "gone" },
        { id: "m2", offences: ["gone"], main_offence: "o1" },
        { id: "m3", offences: ["o1"] },
      ],
    });
    expect(pruneReferences(d, schema)).toEqual([
      {
        path: "content.measures",
        value: [
          { id: "m1", offences: ["o1"] },
          { id: "m2", main_offence: "o1" },
          { id: "m3", offences: ["o1"] },
        ],
      },
    ]);
  });

  it("nothing to do when every reference exists", () => {
    const d = draft({ offences: [{ id: "o1" }], measures: [{ id: "m1", offences: ["o1"] }] });
    expect(pruneReferences(d, schema)).toEqual([]);
  });
});

