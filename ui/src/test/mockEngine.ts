// TEST ONLY: an in-memory stand-in for the engine's IPC commands, for component tests in jsdom.
// Never imported by the app.
import type {
  CaseSummary,
  CheckReport,
  Draft,
  DraftSummary,
  FieldDef,
  FieldInput,
  FormSchema,
  StateInfo,
  StepDef,
} from "../lib/api";

export const STATES: StateInfo[] = [
  { code: "FR", kind: "member", name: "France", names: { en: "France", ar: "فرنسا" } },
  { code: "JO", kind: "member", name: "Jordan", names: { en: "Jordan", ar: "الأردن" } },
  { code: "PS", kind: "observer", name: "Palestine", names: { en: "Palestine", ar: "فلسطين" } },
  {
    code: "ICC",
    kind: "organization",
    name: "International Criminal Court",
    names: { en: "International Criminal Court", ar: "المحكمة الجنائية الدولية" },
  },
];

type F = FieldDef;
const cite = (instrument: string, article: string) => ({ instrument, article });
/** A field in the contract's shape (key = path at the top level). */
function f(key: string, input: FieldInput, extra: Partial<F> = {}): F {
  const id = key.replace(/^content\./, "").replace(/_/g, "-");
  return {
    key,
    path: key,
    label: `field-${id}`,
    help: null,
    citations: [],
    input,
    required: false,
    visible_when: null,
    max_chars: maxCharsOf(input),
    scope: null, // top-level fields get theirs in `scoped` (group items keep null)
    ...extra,
  };
}
/** The engine's text limits (FieldInput::max_chars). */
function maxCharsOf(input: FieldInput): number | null {
  if (input.type === "text") return 1000;
  if (input.type === "text_area") return 100_000;
  if (input.type === "localized_text") return input.multiline ? 100_000 : 1000;
  return null;
}

/** Like the engine: a text over its field's limit is refused with the value's path. */
export function validateChange(steps: StepDef[], path: string, value: unknown): void {
  const tooLong = (def: FieldDef, at: string, v: unknown) => {
    const max = def.max_chars ?? null;
    const texts =
      def.input.type === "localized_text" && v && typeof v === "object"
        ? Object.entries(v as Record<string, { text?: string }>).map(([lang, e]) => [`${at}.${lang}`, e?.text ?? ""] as const)
        : typeof v === "string"
          ? [[at, v] as const]
          : [];
    for (const [p, text] of texts) {
      if (max !== null && [...text].length > max) {
        throw { code: "invalid-field-value", args: { path: p, reason: "text-too-long", max: String(max) } };
      }
    }
    if (def.input.type === "group" && Array.isArray(v)) {
      const inner = def.input.fields;
      v.forEach((item, i) => {
        for (const f of inner) tooLong(f, `${at}[${i}].${f.key}`, (item as Record<string, unknown>)?.[f.key]);
      });
    }
  };
  const def = steps.flatMap((s) => s.fields).find((f) => f.path === path);
  if (def) tooLong(def, path, value);
}
const opts = (prefix: string, values: string[]) =>
  values.map((value) => ({ value, label: `${prefix}-${value.replace(/_/g, "-")}` }));

/** The foundation's first step (the E2E suite and the component tests rely on these paths). */
const PARTIES: StepDef = {
  id: "parties",
  title: "step-parties",
  help: null,
  fields: [
    f("requesting_state", { type: "state" }, { help: "field-requesting-state-help", required: true }),
    f("content.requesting_authority", { type: "text" }, {
      help: "field-requesting-authority-help",
      required: true,
      citations: [cite("untoc", "18(15)(a)"), cite("uncac", "46(15)(a)")],
    }),
    f("requested_state", { type: "state" }, { help: "field-requested-state-help", required: true }),
    f("content.case_reference", { type: "text" }, { help: "field-case-reference-help" }),
    f("title", { type: "text" }, { help: "field-title-help" }),
  ],
};

/** A schema using every input type of docs/schema-contract.md (test only). */
export const FULL_STEPS: StepDef[] = [
  {
    ...PARTIES,
    fields: [
      ...PARTIES.fields,
      f("content.output_languages", { type: "multi_select", options: opts("language", ["en", "ar"]) }, { required: true }),
      f("content.stage", { type: "select", options: opts("stage", ["investigation", "prosecution", "trial"]) }, { required: true }),
    ],
  },
  {
    id: "legal_basis",
    title: "step-legal-basis",
    help: "step-legal-basis-help",
    fields: [
      f("content.legal_basis", {
        type: "multi_select",
        options: opts("basis", ["untoc", "uncac", "budapest", "treaty", "reciprocity"]),
      }, { required: true, citations: [cite("untoc", "18(7)")] }),
      f("content.treaty_name", { type: "text" }, { required: true, visible_when: { key: "content.legal_basis", any_of: ["treaty"] } }),
      f("content.reciprocity_undertaking", { type: "localized_text", multiline: true }, {
        required: true,
        visible_when: { key: "content.legal_basis", any_of: ["reciprocity"] },
      }),
    ],
  },
  {
    id: "urgency",
    title: "step-urgency",
    help: null,
    fields: [
      f("content.urgent", { type: "bool" }),
      f("content.urgency_reason", { type: "localized_text", multiline: false }, { required: true, visible_when: { key: "content.urgent", any_of: [true] } }),
      f("content.needed_by", { type: "date" }, { visible_when: { key: "content.urgent", any_of: [true] } }),
      f("content.copies_to", { type: "states" }),
    ],
  },
  {
    id: "offences",
    title: "step-offences",
    help: null,
    fields: [
      f("content.offences", {
        type: "group",
        item_label: "item-offence",
        fields: [
          { ...f("name", { type: "text" }), label: "field-offence-name", required: true },
          { ...f("max_penalty_years", { type: "number" }), label: "field-offence-max-penalty" },
          {
            ...f("conduct", { type: "localized_text", multiline: true }),
            label: "field-offence-conduct",
            required: true,
            citations: [cite("untoc", "18(15)(d)")],
          },
        ],
      }, { required: true, scope: "case" }),
    ],
  },
  {
    id: "measures",
    title: "step-measures",
    help: null,
    fields: [
      f("content.measures", {
        type: "group",
        item_label: "item-measure",
        fields: [
          { ...f("type", { type: "select", options: opts("measure", ["bank_records", "testimony", "preservation"]) }), label: "field-measure-type", required: true },
          { ...f("offences", { type: "reference", target: "content.offences", multiple: true }), label: "field-measure-offences", required: true },
          { ...f("main_offence", { type: "reference", target: "content.offences", multiple: false }), label: "field-measure-main-offence" },
          { ...f("bank", { type: "text" }), label: "field-measure-bank", visible_when: { key: "type", any_of: ["bank_records"] } },
          { ...f("account_number", { type: "text" }), label: "field-measure-account", required: true, visible_when: { key: "type", any_of: ["bank_records"] } },
          { ...f("period_from", { type: "date" }), label: "field-measure-period-from", visible_when: { key: "type", any_of: ["bank_records"] } },
          { ...f("questions", { type: "localized_text", multiline: true }), label: "field-measure-questions", visible_when: { key: "type", any_of: ["testimony"] } },
          {
            ...f("documents", { type: "group", item_label: "item-document", fields: [{ ...f("title", { type: "text" }), label: "field-document-title" }] }),
            label: "field-measure-documents",
            visible_when: { key: "type", any_of: ["bank_records"] },
          },
        ],
      }),
    ],
  },
];

/** Top-level fields say where their value lives: "case" where set, else "request". */
const scoped = (steps: StepDef[]): StepDef[] =>
  steps.map((step) => ({
    ...step,
    fields: step.fields.map((field) => ({ ...field, scope: field.scope ?? "request" })),
  }));

export const SCHEMA = (kind: Draft["kind"], full = false): FormSchema => ({
  kind,
  steps: scoped(full ? FULL_STEPS : [PARTIES]),
});

/** A simple stand-in for the engine's checker: required top-level fields and measures' nexus. */
export function mockCheck(d: Draft, steps: StepDef[]): CheckReport {
  const diagnostics: CheckReport["diagnostics"] = [];
  let total = 0;
  let done = 0;
  const empty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
  for (const step of steps) {
    for (const field of step.fields) {
      if (!field.required || field.visible_when) continue;
      total += 1;
      const value = field.path.startsWith("content.")
        ? d.content[field.path.slice(8)]
        : (d as unknown as Record<string, unknown>)[field.path];
      if (empty(value)) {
        diagnostics.push({
          code: "MLA-C001",
          severity: "blocking",
          message: "finding-missing-field",
          args: { field: field.label },
          citations: field.citations,
          path: field.path,
        });
      } else done += 1;
    }
  }
  const measures = Array.isArray(d.content.measures) ? d.content.measures : [];
  measures.forEach((m, i) => {
    total += 1;
    const offences = (m as Record<string, unknown>).offences;
    if (empty(offences)) {
      diagnostics.push({
        code: "MLA-N001",
        severity: "warning",
        message: "finding-nexus-offence",
        args: { number: String(i + 1) },
        citations: [{ instrument: "untoc", article: "18(15)(b)" }],
        path: `content.measures[${i}].offences`,
      });
    } else done += 1;
  });
  return { completeness: { done, total }, diagnostics };
}

/** A case in the mock: its title and the values of its case-scoped fields (content keys). */
interface MockCase {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  content: Record<string, JsonValue>;
}
type JsonValue = Draft["content"][string];
/** A copy as IPC makes one (values from the UI may be Svelte proxies). */
const jsonCopy = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/** Content keys (after `content.`) of the case-scoped top-level fields of a form. */
export function caseKeys(steps: StepDef[]): Set<string> {
  const keys = new Set<string>();
  for (const step of steps) {
    for (const field of step.fields) {
      if (field.scope === "case" && field.path.startsWith("content.")) keys.add(field.path.slice(8));
    }
  }
  return keys;
}

export class MockEngine {
  /** Drafts as stored: `content` holds the request's own keys only (the case's are merged on read). */
  drafts = new Map<string, Draft>();
  cases = new Map<string, MockCase>();
  /** Serve this schema for every kind (previews with the real schema). */
  schemaOverride: FormSchema | null = null;
  language = "en";
  /** Serve the schema with every input type (else the foundation's one step). */
  fullSchema = false;
  /** `AppInfo.max_import_bytes` (the engine's import size limit). */
  maxImportBytes = 5 * 1024 * 1024;
  calls: Array<{ cmd: string; args: Record<string, unknown> }> = [];
  /** Make the next call of this command fail with this payload. */
  failNext = new Map<string, { code: string; args: Record<string, string> }>();
  private seq = 0;
  private clock = Date.parse("2025-03-09T10:00:00Z");

  private now() {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  schema(kind: Draft["kind"]): FormSchema {
    return this.schemaOverride ? { ...this.schemaOverride, kind } : SCHEMA(kind, this.fullSchema);
  }

  /** A new case (title may be empty). */
  addCase(title = ""): MockCase {
    const at = this.now();
    const c: MockCase = {
      id: `00000000-0000-4000-9000-${String(++this.seq).padStart(12, "0")}`,
      title,
      created_at: at,
      updated_at: at,
      content: {},
    };
    this.cases.set(c.id, c);
    return c;
  }

  /**
   * A stored draft; a new untitled case unless `case_id` names one. Case-scoped keys of
   * `content` go to the case (as the engine stores them). Returns the draft as `get_draft` does.
   */
  add(partial: Partial<Draft>): Draft {
    const id = `00000000-0000-4000-8000-${String(++this.seq).padStart(12, "0")}`;
    const at = this.now();
    const theCase = partial.case_id ? this.getCase(partial.case_id) : this.addCase(partial.case_title ?? "");
    const draft: Draft = {
      id,
      kind: "mla",
      title: "",
      requesting_state: null,
      requested_state: null,
      created_at: at,
      updated_at: at,
      ...partial,
      content: {},
      case_id: theCase.id,
      case_title: theCase.title,
    };
    const keys = caseKeys(this.schema(draft.kind).steps);
    for (const [key, value] of Object.entries(partial.content ?? {})) {
      if (keys.has(key)) theCase.content[key] = value;
      else draft.content[key] = value;
    }
    this.drafts.set(id, draft);
    return this.read(draft);
  }

  /** The draft as `get_draft` answers: the case's values merged into `content`. */
  read(d: Draft): Draft {
    const c = d.case_id ? this.cases.get(d.case_id) : undefined;
    const merged = jsonCopy(d);
    if (c) {
      for (const key of caseKeys(this.schema(d.kind).steps)) {
        if (key in c.content) merged.content[key] = jsonCopy(c.content[key]);
      }
      merged.case_title = c.title;
    }
    return merged;
  }

  /** A stored draft as `get_draft` answers it (tests read what the engine would return). */
  stored(id: string): Draft {
    return this.read(this.get(id));
  }

  private getCase(id: unknown): MockCase {
    const c = this.cases.get(String(id));
    if (!c) throw { code: "case-not-found", args: { id: String(id) } };
    return c;
  }

  private caseSummary(c: MockCase): CaseSummary {
    const requests = [...this.drafts.values()].filter((d) => d.case_id === c.id);
    const latest = [c.updated_at, ...requests.map((d) => d.updated_at)].sort().at(-1)!;
    return { id: c.id, title: c.title, request_count: requests.length, created_at: c.created_at, updated_at: latest };
  }

  /** Like the engine: references to items no longer in the case's groups go, in every request. */
  private pruneCase(c: MockCase) {
    const ids = (key: string) =>
      new Set(
        (Array.isArray(c.content[key]) ? (c.content[key] as Array<{ id?: string }>) : []).map((i) => i?.id),
      );
    const offences = ids("offences");
    for (const d of this.drafts.values()) {
      if (d.case_id !== c.id || !Array.isArray(d.content.measures)) continue;
      let changed = false;
      const measures = (d.content.measures as Array<Record<string, JsonValue>>).map((m) => {
        const next = { ...m };
        if (Array.isArray(m.offences)) {
          const kept = (m.offences as string[]).filter((o) => offences.has(o));
          if (kept.length !== m.offences.length) {
            next.offences = kept;
            changed = true;
          }
        }
        if (typeof m.main_offence === "string" && !offences.has(m.main_offence)) {
          delete next.main_offence;
          changed = true;
        }
        return next;
      });
      if (changed) {
        d.content.measures = measures;
        d.updated_at = this.now();
      }
    }
  }

  private summary(d: Draft): DraftSummary {
    const ref = d.content.case_reference;
    return {
      id: d.id,
      kind: d.kind,
      title: d.title,
      case_reference: typeof ref === "string" ? ref : null,
      requesting_state: d.requesting_state,
      requested_state: d.requested_state,
      created_at: d.created_at,
      updated_at: d.updated_at,
      case_id: d.case_id ?? null,
      case_title: d.case_id ? (this.cases.get(d.case_id)?.title ?? "") : null,
    };
  }

  get(id: unknown): Draft {
    const d = this.drafts.get(String(id));
    if (!d) throw { code: "draft-not-found", args: { id: String(id) } };
    return d;
  }

  invoke = async (cmd: string, args: Record<string, unknown> = {}): Promise<unknown> => {
    this.calls.push({ cmd, args });
    const failure = this.failNext.get(cmd);
    if (failure) {
      this.failNext.delete(cmd);
      throw failure;
    }
    switch (cmd) {
      case "app_info":
        return { version: "0.0.0-test", data_dir: "/tmp/mock", schema_version: 1, max_import_bytes: this.maxImportBytes };
      case "get_settings":
        return { language: this.language };
      case "set_language":
        this.language = String(args.language);
        return { language: this.language };
      case "list_drafts": {
        const q = ((args.query as string | null) ?? "").toLowerCase();
        const list = [...this.drafts.values()].filter((d) => q === "" || d.title.toLowerCase().includes(q));
        list.sort((a, b) => b.updated_at.localeCompare(a.updated_at));
        if (args.sort === "updated_asc") list.reverse();
        if (args.sort === "title") list.sort((a, b) => a.title.localeCompare(b.title));
        return list.map((d) => this.summary(d));
      }
      case "create_draft":
        return this.add({ kind: args.kind as Draft["kind"] });
      case "get_draft":
        return this.read(this.get(args.id));
      case "list_cases": {
        const q = ((args.query as string | null) ?? "").toLowerCase();
        const list = [...this.cases.values()]
          .map((c) => this.caseSummary(c))
          .filter((c) => q === "" || c.title.toLowerCase().includes(q));
        return list.sort((a, b) => b.updated_at.localeCompare(a.updated_at));
      }
      case "create_draft_in_case": {
        const c = this.getCase(args.caseId);
        return this.add({ kind: args.kind as Draft["kind"], case_id: c.id });
      }
      case "rename_case": {
        const c = this.getCase(args.caseId);
        const title = String(args.title);
        if ([...title].length > 1000) {
          throw { code: "invalid-field-value", args: { path: "case.title", reason: "text-too-long", max: "1000" } };
        }
        if (/[\r\n]/.test(title)) {
          throw { code: "invalid-field-value", args: { path: "case.title", reason: "line-break" } };
        }
        c.title = title;
        c.updated_at = this.now();
        return this.caseSummary(c);
      }
      case "update_draft": {
        const d = this.get(args.id);
        const changes = args.changes as Array<{ path: string; value: never }>;
        // The whole batch is refused when one value is invalid (as the engine does).
        const steps = this.schema(d.kind).steps;
        for (const { path, value } of changes) validateChange(steps, path, value);
        const shared = caseKeys(steps);
        const theCase = d.case_id ? this.cases.get(d.case_id) : undefined;
        for (const { path, value } of changes) {
          if (path.startsWith("content.")) {
            const key = path.slice(8);
            // Case-scoped keys live in the case (every request of the case sees them).
            const target = theCase && shared.has(key) ? theCase.content : d.content;
            if (value === null) delete target[key];
            else target[key] = jsonCopy(value);
            if (target !== d.content && theCase) {
              theCase.updated_at = this.now();
              this.pruneCase(theCase);
            }
          } else (d as Record<string, unknown>)[path] = value ?? (path === "title" ? "" : null);
        }
        d.updated_at = this.now();
        return { id: d.id, updated_at: d.updated_at };
      }
      case "duplicate_draft": {
        const { kind, requesting_state, requested_state, content, title, case_id } = structuredClone(
          this.get(args.id),
        );
        return this.add({ kind, requesting_state, requested_state, content, title: `Copy of ${title}`, case_id });
      }
      case "delete_draft": {
        const d = this.get(args.id);
        this.drafts.delete(d.id);
        // Deleting the last request of a case deletes the case.
        if (d.case_id && ![...this.drafts.values()].some((o) => o.case_id === d.case_id)) {
          this.cases.delete(d.case_id);
        }
        return null;
      }
      case "form_schema":
        return this.schema(args.kind as Draft["kind"]);
      case "check_draft":
        return mockCheck(this.read(this.get(args.id)), this.schema("mla").steps);
      case "search_states": {
        const q = String(args.query).toLowerCase();
        const lang = String(args.language);
        return STATES.filter(
          (s) => q === "" || Object.values(s.names).some((n) => n!.toLowerCase().includes(q)),
        ).map((s) => ({ ...s, name: s.names[lang] ?? s.name }));
      }
      case "import_draft": {
        // Like the engine: the file's bytes, refused unless they are UTF-8 JSON.
        if (!Array.isArray(args.bytes)) throw new Error("mock engine: import_draft takes bytes: number[]");
        if (args.bytes.length > this.maxImportBytes) {
          throw { code: "import-too-large", args: { max_bytes: String(this.maxImportBytes) } };
        }
        let text: string;
        try {
          text = new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(args.bytes as number[]));
        } catch {
          throw { code: "import-json-syntax", args: { line: "1", column: "1", reason: "invalid-utf8" } };
        }
        let parsed: Record<string, unknown>;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw { code: "import-json-syntax", args: { line: "1", column: "2", reason: "bad" } };
        }
        return this.add({ kind: parsed.kind as Draft["kind"], title: String(parsed.title ?? "") });
      }
      default:
        throw new Error(`mock engine: unknown command ${cmd}`);
    }
  };
}
