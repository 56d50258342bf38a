// TEST ONLY: an in-memory stand-in for the engine's IPC commands, for component tests in jsdom.
// Never imported by the app.
import type { Draft, DraftSummary, FormSchema, StateInfo } from "../lib/api";

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

export const SCHEMA = (kind: Draft["kind"]): FormSchema => ({
  kind,
  steps: [
    {
      id: "parties",
      title: "step-parties",
      fields: [
        { path: "requesting_state", label: "field-requesting-state", help: "field-requesting-state-help", input: "state", required: true },
        { path: "content.requesting_authority", label: "field-requesting-authority", help: "field-requesting-authority-help", input: "text", required: true },
        { path: "requested_state", label: "field-requested-state", help: "field-requested-state-help", input: "state", required: true },
        { path: "content.case_reference", label: "field-case-reference", help: "field-case-reference-help", input: "text", required: false },
        { path: "title", label: "field-title", help: "field-title-help", input: "text", required: false },
      ],
    },
  ],
});

export class MockEngine {
  drafts = new Map<string, Draft>();
  language = "en";
  calls: Array<{ cmd: string; args: Record<string, unknown> }> = [];
  /** Make the next call of this command fail with this payload. */
  failNext = new Map<string, { code: string; args: Record<string, string> }>();
  private seq = 0;
  private clock = Date.parse("2025-03-09T10:00:00Z");

  private now() {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  add(partial: Partial<Draft>): Draft {
    const id = `00000000-0000-4000-8000-${String(++this.seq).padStart(12, "0")}`;
    const at = this.now();
    const draft: Draft = {
      id,
      kind: "mla",
      title: "",
      requesting_state: null,
      requested_state: null,
      created_at: at,
      updated_at: at,
      content: {},
      ...partial,
    };
    this.drafts.set(id, draft);
    return draft;
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
    };
  }

  private get(id: unknown): Draft {
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
        return structuredClone(this.get(args.id));
      case "update_draft": {
        const d = this.get(args.id);
        for (const { path, value } of args.changes as Array<{ path: string; value: never }>) {
          if (path.startsWith("content.")) {
            const key = path.slice(8);
            if (value === null) delete d.content[key];
            else d.content[key] = value;
          } else (d as Record<string, unknown>)[path] = value ?? (path === "title" ? "" : null);
        }
        d.updated_at = this.now();
        return { id: d.id, updated_at: d.updated_at };
      }
      case "duplicate_draft": {
        const { kind, requesting_state, requested_state, content, title } = structuredClone(
          this.get(args.id),
        );
        return this.add({ kind, requesting_state, requested_state, content, title: `Copy of ${title}` });
      }
      case "delete_draft":
        this.get(args.id);
        this.drafts.delete(String(args.id));
        return null;
      case "form_schema":
        return SCHEMA(args.kind as Draft["kind"]);
      case "search_states": {
        const q = String(args.query).toLowerCase();
        const lang = String(args.language);
        return STATES.filter(
          (s) => q === "" || Object.values(s.names).some((n) => n!.toLowerCase().includes(q)),
        ).map((s) => ({ ...s, name: s.names[lang] ?? s.name }));
      }
      case "import_draft": {
        let parsed: Record<string, unknown>;
        try {
          parsed = JSON.parse(String(args.json));
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
