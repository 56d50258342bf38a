// @vitest-environment jsdom
// Component tests of the generic form renderer against the in-memory engine serving a schema
// with every input type (FULL_STEPS), and of the completeness panel (check_draft).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { installJsdomShims } from "./jsdomShims";
import { MockEngine } from "./mockEngine";

let engine = new MockEngine();
vi.mock("@tauri-apps/api/core", () => ({
  invoke: (cmd: string, args?: Record<string, unknown>) => engine.invoke(cmd, args),
}));
const { default: App } = await import("../App.svelte");

beforeAll(installJsdomShims);

let app: Record<string, unknown> | null = null;

beforeEach(() => {
  engine = new MockEngine();
  engine.fullSchema = true;
  document.body.innerHTML = "";
});

afterEach(() => {
  if (app) unmount(app);
  app = null;
});

const byId = <T extends HTMLElement = HTMLElement>(id: string) =>
  document.querySelector<T>(`[data-testid="${id.replace(/["\\]/g, "\\$&")}"]`);

async function until<T>(probe: () => T | null | undefined | false, ms = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    flushSync();
    const value = probe();
    if (value) return value;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${probe}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function type(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

function check(box: HTMLInputElement, on = true) {
  box.checked = on;
  box.dispatchEvent(new Event("change", { bubbles: true }));
  flushSync();
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  flushSync();
}

async function openDraft(content: Record<string, never> | Record<string, unknown> = {}) {
  const d = engine.add({ content: content as never });
  app = mount(App, { target: document.body });
  await until(() => byId("open-draft"));
  byId("open-draft")!.click();
  await until(() => byId("field-content.requesting_authority"));
  return d;
}

async function goTo(stepId: string) {
  byId(`step-${stepId}`)!.click();
  await until(() => document.querySelector(`form[data-step="${stepId}"]`));
  await until(() => document.activeElement?.id === "step-title");
}

/** The changes sent to the engine for one path, in order. */
const sent = (path: string) =>
  engine.calls
    .filter((c) => c.cmd === "update_draft")
    .flatMap((c) => c.args.changes as Array<{ path: string; value: unknown }>)
    .filter((c) => c.path === path)
    .map((c) => c.value);

/** Text without Fluent's bidi isolation marks around placeables. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u2068\u2069]/g, "");

function labelOf(el: HTMLElement): string {
  const label = [...document.querySelectorAll("label")].find((l) => l.htmlFor === el.id) ?? el.closest("label");
  return label?.textContent?.trim() ?? el.getAttribute("aria-label") ?? "";
}

describe("generic form", () => {
  it("renders every step; Next/Previous and the step list move between them", async () => {
    await openDraft();
    const links = [...document.querySelectorAll<HTMLButtonElement>("nav .step-link")];
    expect(links).toHaveLength(5);
    expect(links[0].getAttribute("aria-current")).toBe("step");
    byId("step-next")!.click();
    // Step 1 has blocking findings: Next asks first.
    (await until(() => byId("step-incomplete-continue")))!.click();
    await until(() => document.querySelector('form[data-step="legal_basis"]'));
    expect(links[1].getAttribute("aria-current")).toBe("step");
    await until(() => document.activeElement?.id === "step-title");
    byId("step-previous")!.click();
    await until(() => document.querySelector('form[data-step="parties"]'));
    // Arrow keys move between the step buttons.
    links[0].focus();
    links[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(document.activeElement).toBe(links[1]);
    links[1].dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true }));
    expect(document.activeElement).toBe(links[4]);
  });

  it("every control of every step has a label", async () => {
    await openDraft({
      offences: [{ id: "o1", name: "Fraud" }],
      measures: [{ id: "m1", type: "bank_records", documents: [{ id: "x" }] }],
      output_languages: ["en", "ar"],
      urgent: true,
      legal_basis: ["treaty", "reciprocity"],
    });
    for (const stepId of ["parties", "legal_basis", "urgency", "offences", "measures"]) {
      await goTo(stepId);
      const controls = document.querySelectorAll<HTMLElement>("#step-form input, #step-form select, #step-form textarea");
      expect(controls.length, stepId).toBeGreaterThan(0);
      for (const control of controls) expect(labelOf(control).length, `${stepId} ${control.id}`).toBeGreaterThan(0);
    }
  });

  it("select, multi_select, bool, date and number send the right values", async () => {
    const d = await openDraft();
    choose(byId<HTMLSelectElement>("field-content.stage")!, "trial");
    check(byId<HTMLInputElement>("field-content.output_languages.ar")!);
    await until(() => engine.stored(d.id).content.output_languages);
    expect(engine.stored(d.id).content.stage).toBe("trial");
    expect(engine.stored(d.id).content.output_languages).toEqual(["ar"]);
    choose(byId<HTMLSelectElement>("field-content.stage")!, "");
    await until(() => !("stage" in engine.stored(d.id).content));

    await goTo("urgency");
    expect(byId("field-content.needed_by")).toBeNull();
    check(byId<HTMLInputElement>("field-content.urgent")!);
    const date = await until(() => byId<HTMLInputElement>("field-content.needed_by"));
    expect(date.type).toBe("date");
    date.value = "2025-06-30";
    date.dispatchEvent(new Event("change", { bubbles: true }));
    await until(() => engine.stored(d.id).content.needed_by === "2025-06-30");
    expect(engine.stored(d.id).content.urgent).toBe(true);

    await goTo("offences");
    byId("add-content.offences")!.click();
    const years = await until(() => byId<HTMLInputElement>("field-content.offences[0].max_penalty_years"));
    type(years, "12");
    await until(() => (engine.stored(d.id).content.offences as Array<Record<string, unknown>>)?.[0]?.max_penalty_years === 12);
  });

  it("visible_when: a multi_select contains / a select equals", async () => {
    await openDraft({ measures: [{ id: "m1" }] });
    await goTo("legal_basis");
    expect(byId("field-content.treaty_name")).toBeNull();
    check(byId<HTMLInputElement>("field-content.legal_basis.treaty")!);
    await until(() => byId("field-content.treaty_name"));
    check(byId<HTMLInputElement>("field-content.legal_basis.treaty")!, false);
    await until(() => byId("field-content.treaty_name") === null);

    await goTo("measures");
    expect(byId("field-content.measures[0].account_number")).toBeNull();
    choose(byId<HTMLSelectElement>("field-content.measures[0].type")!, "bank_records");
    await until(() => byId("field-content.measures[0].account_number"));
    expect(byId("field-content.measures[0].questions")).toBeNull();
    choose(byId<HTMLSelectElement>("field-content.measures[0].type")!, "testimony");
    await until(() => byId("field-content.measures[0].questions"));
    expect(byId("field-content.measures[0].account_number")).toBeNull();
  });

  it("groups: add, edit, move and remove send the WHOLE array on the group's path", async () => {
    const d = await openDraft();
    await goTo("offences");
    byId("add-content.offences")!.click();
    byId("add-content.offences")!.click();
    type(await until(() => byId<HTMLInputElement>("field-content.offences[0].name")), "Fraud");
    type(byId<HTMLInputElement>("field-content.offences[1].name")!, "Laundering");
    await until(() => (engine.stored(d.id).content.offences as unknown[])?.length === 2 && sent("content.offences").length > 0 && engine.calls.length > 0 && (engine.stored(d.id).content.offences as Array<Record<string, unknown>>)[1].name === "Laundering");
    const stored = engine.stored(d.id).content.offences as Array<Record<string, string>>;
    expect(stored.map((o) => o.name)).toEqual(["Fraud", "Laundering"]);
    for (const o of stored) expect(o.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stored[0].id).not.toBe(stored[1].id);
    // Only whole arrays were sent, never item paths.
    const paths = engine.calls.filter((c) => c.cmd === "update_draft").flatMap((c) => (c.args.changes as Array<{ path: string }>).map((x) => x.path));
    expect(new Set(paths)).toEqual(new Set(["content.offences"]));

    // Titles show the item label + number and the item's name.
    expect(document.getElementById("field-content.offences[1]-title")!.textContent).toContain("Laundering");

    byId("move-up-content.offences[1]")!.click();
    await until(() => (engine.stored(d.id).content.offences as Array<Record<string, string>>)[0].name === "Laundering");
    expect((byId<HTMLInputElement>("field-content.offences[0].name"))!.value).toBe("Laundering");
    expect(byId<HTMLButtonElement>("move-up-content.offences[0]")!.disabled).toBe(true);
    expect(byId<HTMLButtonElement>("move-down-content.offences[1]")!.disabled).toBe(true);

    // Remove asks first; cancel keeps the item.
    byId("remove-content.offences[0]")!.click();
    await until(() => byId("cancel-remove"));
    byId("cancel-remove")!.click();
    await until(() => byId("cancel-remove") === null);
    expect(byId("field-content.offences[1].name")).not.toBeNull();
    byId("remove-content.offences[0]")!.click();
    (await until(() => byId("confirm-remove")))!.click();
    await until(() => (engine.stored(d.id).content.offences as unknown[]).length === 1);
    expect((engine.stored(d.id).content.offences as Array<Record<string, string>>)[0].name).toBe("Fraud");
    expect(byId("field-content.offences[1].name")).toBeNull();
  });

  it("nested groups propagate to the top-level group's array", async () => {
    const d = await openDraft({ measures: [{ id: "m1", type: "bank_records" }] });
    await goTo("measures");
    byId("add-content.measures[0].documents")!.click();
    type(await until(() => byId<HTMLInputElement>("field-content.measures[0].documents[0].title")), "Statements");
    await until(() => {
      const m = (engine.stored(d.id).content.measures as Array<Record<string, unknown>>)[0];
      return Array.isArray(m.documents) && (m.documents[0] as Record<string, unknown>).title === "Statements";
    });
    expect(sent("content.measures").length).toBeGreaterThan(0);
  });

  it("localized_text: one input per output language with its own lang/dir, and a status", async () => {
    const d = await openDraft({ output_languages: ["en", "ar"], offences: [{ id: "o1" }] });
    await goTo("offences");
    const en = await until(() => byId<HTMLTextAreaElement>("field-content.offences[0].conduct.en"));
    const ar = byId<HTMLTextAreaElement>("field-content.offences[0].conduct.ar")!;
    expect(en.lang).toBe("en");
    expect(en.dir).toBe("ltr");
    expect(ar.lang).toBe("ar");
    expect(ar.dir).toBe("rtl");
    expect(labelOf(en)).toBe("English");
    expect(labelOf(ar)).toBe("Arabic");
    type(ar, "استولى على الأموال");
    await until(() => (engine.stored(d.id).content.offences as Array<Record<string, unknown>>)[0].conduct);
    expect((engine.stored(d.id).content.offences as Array<Record<string, unknown>>)[0].conduct).toEqual({
      en: { text: "", status: "missing" },
      ar: { text: "استولى على الأموال", status: "draft" },
    });
    const status = byId<HTMLSelectElement>("field-content.offences[0].conduct.ar.status")!;
    expect(status.value).toBe("draft");
    choose(status, "final");
    await until(() => {
      const c = (engine.stored(d.id).content.offences as Array<Record<string, Record<string, Record<string, string>>>>)[0].conduct;
      return c.ar.status === "final";
    });
  });

  it("text inputs carry the engine's max_chars as maxlength", async () => {
    await openDraft({ output_languages: ["en", "ar"], offences: [{ id: "o1" }] });
    expect(byId<HTMLInputElement>("field-content.requesting_authority")!.maxLength).toBe(1000);
    expect(byId<HTMLInputElement>("field-title")!.maxLength).toBe(1000);
    await goTo("offences");
    const name = await until(() => byId<HTMLInputElement>("field-content.offences[0].name"));
    expect(name.maxLength).toBe(1000);
    expect(byId<HTMLTextAreaElement>("field-content.offences[0].conduct.en")!.maxLength).toBe(100_000);
    expect(byId<HTMLTextAreaElement>("field-content.offences[0].conduct.ar")!.maxLength).toBe(100_000);
    // No limit for non-text inputs.
    expect(byId<HTMLInputElement>("field-content.offences[0].max_penalty_years")!.hasAttribute("maxlength")).toBe(false);
  });

  it("a refused value inside a group is marked at its item field; the rest is saved", async () => {
    const d = await openDraft({ offences: [{ id: "o1" }] });
    type(byId<HTMLInputElement>("field-content.case_reference")!, "R-9");
    await goTo("offences");
    const name = await until(() => byId<HTMLInputElement>("field-content.offences[0].name"));
    type(name, "n".repeat(1001)); // a paste past maxlength (jsdom does not enforce it)
    await until(() => name.getAttribute("aria-invalid") === "true");
    const error = byId("field-content.offences[0].name-error")!;
    expect(name.getAttribute("aria-describedby")!.split(" ")).toContain(error.id);
    expect(plain(error.textContent)).toContain("longer than the limit of 1000 characters");
    expect(engine.stored(d.id).content.case_reference).toBe("R-9");
    expect(byId("save-status")!.dataset.state).toBe("error");
    type(name, "Fraud");
    await until(() => byId("save-status")!.dataset.state === "saved");
    expect(name.hasAttribute("aria-invalid")).toBe(false);
    expect((engine.stored(d.id).content.offences as Array<Record<string, unknown>>)[0].name).toBe("Fraud");
  });

  it("localized_text follows the UI language when the draft has no output languages", async () => {
    await openDraft({ legal_basis: ["reciprocity"] });
    await goTo("legal_basis");
    await until(() => byId("field-content.reciprocity_undertaking.en"));
    expect(byId("field-content.reciprocity_undertaking.ar")).toBeNull();
  });

  it("references list the target group's items by name or number", async () => {
    const d = await openDraft({
      offences: [{ id: "o1", name: "Fraud" }, { id: "o2" }],
      measures: [{ id: "m1", type: "testimony" }],
    });
    await goTo("measures");
    const fraud = await until(() => byId<HTMLInputElement>("field-content.measures[0].offences.o1"));
    expect(labelOf(fraud)).toBe("Fraud");
    expect(labelOf(byId("field-content.measures[0].offences.o2")!)).toContain("2");
    check(fraud);
    await until(() => {
      const m = (engine.stored(d.id).content.measures as Array<Record<string, unknown>>)[0];
      return Array.isArray(m.offences) && m.offences[0] === "o1";
    });
    const single = byId<HTMLSelectElement>("field-content.measures[0].main_offence")!;
    expect([...single.options].map((o) => o.value)).toEqual(["", "o1", "o2"]);
    choose(single, "o2");
    await until(() => (engine.stored(d.id).content.measures as Array<Record<string, unknown>>)[0].main_offence === "o2");
  });

  it("removing an item drops the references to it (and saves them)", async () => {
    const d = await openDraft({
      offences: [{ id: "o1", name: "Fraud" }, { id: "o2", name: "Theft" }],
      measures: [{ id: "m1", type: "testimony", offences: ["o1", "o2"], main_offence: "o2" }],
    });
    await goTo("offences");
    byId("remove-content.offences[1]")!.click();
    (await until(() => byId("confirm-remove")))!.click();
    await until(() => (engine.stored(d.id).content.offences as unknown[]).length === 1);
    await until(() => {
      const m = (engine.stored(d.id).content.measures as Array<Record<string, unknown>>)[0];
      return JSON.stringify(m.offences) === '["o1"]' && !("main_offence" in m);
    });
    await goTo("measures");
    expect(byId<HTMLInputElement>("field-content.measures[0].offences.o1")!.checked).toBe(true);
    expect(byId<HTMLSelectElement>("field-content.measures[0].main_offence")!.value).toBe("");
  });

  it("states: several States are chosen with the picker and removed with a button", async () => {
    const d = await openDraft();
    await goTo("urgency");
    const input = byId<HTMLInputElement>("field-content.copies_to")!;
    type(input, "jor");
    await until(() => document.getElementById(`${input.id}-listbox`)?.querySelectorAll('[role="option"]').length === 1);
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await until(() => (engine.stored(d.id).content.copies_to as string[] | undefined)?.includes("JO"));
    type(input, "fra");
    await until(() => document.getElementById(`${input.id}-listbox`)?.querySelectorAll('[role="option"]').length === 1);
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await until(() => (engine.stored(d.id).content.copies_to as string[]).length === 2);
    expect(engine.stored(d.id).content.copies_to).toEqual(["JO", "FR"]);
    byId("field-content.copies_to.remove-JO")!.click();
    await until(() => (engine.stored(d.id).content.copies_to as string[]).length === 1);
    expect(engine.stored(d.id).content.copies_to).toEqual(["FR"]);
  });

  it("help text shows the citations with the instrument's name (or its id)", async () => {
    await openDraft();
    const help = document.getElementById("field-content.requesting_authority-help")!;
    expect(help.textContent).toContain("18(15)(a)");
    expect(help.textContent).toMatch(/untoc|UNTOC|Organized Crime/);
  });
});

describe("completeness panel", () => {
  it("shows done of total and the findings; refreshes after a save", async () => {
    await openDraft();
    const panel = await until(() => byId("completeness"));
    await until(() => plain(panel.querySelector(".count")?.textContent).includes("0 of"));
    const before = document.querySelectorAll('[data-testid="finding"]').length;
    expect(before).toBeGreaterThan(0);
    expect(document.querySelector('[data-testid="finding"]')!.getAttribute("data-code")).toBe("MLA-C001");
    type(byId<HTMLInputElement>("field-content.requesting_authority")!, "Prosecutor");
    await until(() => document.querySelectorAll('[data-testid="finding"]').length === before - 1);
    expect(plain(panel.querySelector(".count")!.textContent)).toContain("1 of");
  });

  it("each step button carries data-blocking: its number of blocking findings", async () => {
    await openDraft();
    const stepButtons = () => [...document.querySelectorAll<HTMLElement>('nav.steps [data-testid^="step-"]')];
    const total = () => stepButtons().reduce((n, b) => n + Number(b.dataset.blocking), 0);
    const blocking = () => document.querySelectorAll('[data-testid="finding"][data-severity="blocking"]').length;
    await until(() => blocking() > 0 && total() === blocking());
    expect(stepButtons().length).toBeGreaterThan(1);
    expect(stepButtons().every((b) => /^\d+$/.test(b.dataset.blocking ?? ""))).toBe(true);
    const first = stepButtons()[0];
    const before = Number(first.dataset.blocking);
    expect(before).toBeGreaterThan(0);
    type(byId<HTMLInputElement>("field-content.requesting_authority")!, "Prosecutor");
    await until(() => Number(first.dataset.blocking) === before - 1);
    expect(total()).toBe(blocking());
  });

  it("a finding's button jumps to its step and focuses the field", async () => {
    await openDraft({ offences: [{ id: "o1" }], measures: [{ id: "m1", type: "testimony" }] });
    const finding = await until(() => document.querySelector<HTMLElement>('[data-testid="finding"][data-code="MLA-N001"]'));
    expect(finding.dataset.path).toBe("content.measures[0].offences");
    finding.querySelector<HTMLButtonElement>("button")!.click();
    await until(() => document.querySelector('form[data-step="measures"]'));
    await until(() => document.activeElement?.id === "field-content.measures[0].offences.o1");
  });


  it("findings name their field (item › field) and can be limited to the step shown", async () => {
    await openDraft({ offences: [{ id: "o1" }], measures: [{ id: "m1", type: "testimony" }] });
    const nexus = await until(() => document.querySelector<HTMLElement>('[data-testid="finding"][data-code="MLA-N001"]'));
    expect(plain(nexus.querySelector(".where")!.textContent)).toBe("item-measure 1 › field-measure-offences");
    const all = document.querySelectorAll('[data-testid="finding"]').length;
    check(byId<HTMLInputElement>("findings-this-step")!);
    const here = [...document.querySelectorAll<HTMLElement>('[data-testid="finding"]')];
    expect(here.length).toBeLessThan(all);
    expect(here.every((f) => f.dataset.code === "MLA-C001")).toBe(true);
    await goTo("measures");
    await until(() => document.querySelectorAll('[data-testid="finding"]').length === 1);
    expect(document.querySelector<HTMLElement>('[data-testid="finding"]')!.dataset.code).toBe("MLA-N001");
  });

  it("a finding on a hidden field jumps to its item instead", async () => {
    await openDraft({ measures: [{ id: "m1", type: "testimony", offences: ["x"] }] });
    // Simulate the engine pointing at a field that the item's type hides.
    const { api } = await import("../lib/api");
    const original = api.checkDraft;
    api.checkDraft = async () => ({
      completeness: { done: 0, total: 1 },
      diagnostics: [{ code: "X-1", severity: "blocking", message: "m", args: {}, citations: [], path: "content.measures[0].account_number" }],
    });
    try {
      byId("step-measures")!.click(); // a step change runs the check again
      const finding = await until(() => document.querySelector<HTMLElement>('[data-testid="finding"][data-code="X-1"]'));
      finding.querySelector<HTMLButtonElement>("button")!.click();
      await until(() => document.activeElement?.id === "field-content.measures[0]-title");
    } finally {
      api.checkDraft = original;
    }
  });

  it("Next asks before leaving a step with blocking findings; Continue goes on", async () => {
    await openDraft();
    await until(() => document.querySelector('[data-testid="finding"]'));
    byId("step-next")!.click();
    const prompt = await until(() => byId("step-incomplete"));
    expect(plain(prompt.textContent)).toMatch(/essential items? missing/);
    expect(document.querySelector('form[data-step="parties"]')).not.toBeNull();
    await until(() => document.activeElement === prompt);
    byId("step-incomplete-continue")!.click();
    await until(() => document.querySelector('form[data-step="legal_basis"]'));
    expect(byId("step-incomplete")).toBeNull();
    // Back, then "Show what is missing" focuses the first missing field of the step.
    byId("step-previous")!.click();
    await until(() => document.querySelector('form[data-step="parties"]'));
    byId("step-next")!.click();
    (await until(() => byId("step-incomplete-review")))!.click();
    await until(() => document.activeElement?.id === "field-requesting_state");
  });
});

describe("Arabic", () => {
  it("item titles inside other messages keep their direction (no nested isolates)", async () => {
    engine.language = "ar";
    await openDraft({ offences: [{ id: "o1" }, { id: "o2" }] });
    await goTo("offences");
    byId("remove-content.offences[1]")!.click();
    const dialog = await until(() => byId("confirm-remove")?.closest("dialog"));
    const title = dialog!.querySelector("h2")!.textContent!;
    // One isolate around the item, none nested inside it.
    expect(title).toMatch(/^إزالة \u2068[^\u2068\u2069]+ 2\u2069؟$/);
    expect(byId("remove-content.offences[1]")!.getAttribute("aria-label")).toContain(" 2");
  });
});

