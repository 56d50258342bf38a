// @vitest-environment jsdom
// Cases: requests that share facts, offences and persons (docs/schema-contract.md, "Cases").
// Home rows show their case and start a new request in it; the wizard renames the case, marks
// the shared fields, and opens the other requests of the case (always reloaded from the engine).
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
  document.documentElement.lang = "en";
  document.documentElement.dir = "ltr";
});

afterEach(() => {
  if (app) unmount(app);
  app = null;
});

const byId = <T extends HTMLElement = HTMLElement>(id: string) =>
  document.querySelector<T>(`[data-testid="${id.replace(/["\\]/g, "\\$&")}"]`);
const allById = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u2068\u2069]/g, "");

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

const rowOf = (draftId: string) =>
  document.querySelector<HTMLElement>(`[data-testid="draft-row"][data-draft-id="${draftId}"]`);
const inRow = (draftId: string, testId: string) =>
  rowOf(draftId)?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;

/** Two requests in the case "Operation Cedar" (an offence in the case), one alone. */
function seed() {
  const a = engine.add({
    title: "Bank records",
    requesting_state: "FR",
    requested_state: "JO",
    case_title: "Operation Cedar",
    content: { offences: [{ id: "o1", name: "Fraud" }], measures: [{ id: "m1", type: "bank_records", offences: ["o1"] }] },
  });
  const b = engine.add({ kind: "extradition", title: "Extradition of X", case_id: a.case_id });
  const c = engine.add({ title: "Unrelated" });
  return { a, b, c };
}

async function openHome() {
  app = mount(App, { target: document.body });
  await until(() => allById("draft-row").length > 0);
}

async function openFromHome(draftId: string) {
  inRow(draftId, "open-draft")!.click();
  await until(() => byId("case-title"));
  await until(() => byId("case-requests"));
}

describe("home: cases", () => {
  it("each row shows its case and how many requests it has; search still works", async () => {
    const { a, b, c } = seed();
    await openHome();
    await until(() => inRow(a.id, "draft-case-count"));
    expect(plain(inRow(a.id, "draft-case")!.textContent)).toContain("Case: Operation Cedar");
    expect(plain(inRow(a.id, "draft-case-count")!.textContent)).toBe("2 requests in this case");
    expect(plain(inRow(b.id, "draft-case-count")!.textContent)).toBe("2 requests in this case");
    expect(plain(inRow(c.id, "draft-case")!.textContent)).toContain("Case: Untitled case");
    expect(plain(inRow(c.id, "draft-case-count")!.textContent)).toBe("1 request in this case");

    type(byId<HTMLInputElement>("draft-search")!, "extradition");
    await until(() => allById("draft-row").length === 1);
    // The count is the case's, not the search's.
    expect(plain(inRow(b.id, "draft-case-count")!.textContent)).toBe("2 requests in this case");
  });

  it("new request in this case: a keyboard menu that creates the request and opens it", async () => {
    const { a } = seed();
    await openHome();
    const trigger = inRow(a.id, "new-request-in-case") as HTMLButtonElement;
    expect(trigger.getAttribute("aria-expanded")).toBe("false");
    trigger.click();
    await until(() => inRow(a.id, "new-mla-in-case"));
    expect(trigger.getAttribute("aria-expanded")).toBe("true");
    await until(() => document.activeElement === inRow(a.id, "new-mla-in-case"));
    // Arrow keys move, Escape closes and gives focus back to the trigger.
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(document.activeElement).toBe(inRow(a.id, "new-extradition-in-case"));
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    flushSync();
    expect(inRow(a.id, "new-mla-in-case")).toBeNull();
    expect(document.activeElement).toBe(trigger);

    trigger.click();
    (await until(() => inRow(a.id, "new-extradition-in-case")))!.click();
    const title = await until(() => byId<HTMLInputElement>("case-title"));
    const call = engine.calls.find((x) => x.cmd === "create_draft_in_case")!;
    expect(call.args).toEqual({ caseId: a.case_id, kind: "extradition" });
    const created = [...engine.drafts.values()].find((d) => d.kind === "extradition" && d.title === "")!;
    expect(created.case_id).toBe(a.case_id);
    expect(title.value).toBe("Operation Cedar");
    // A new request: its first field has focus.
    await until(() => document.activeElement?.id === "field-requesting_state");
    // The new request draws on the case: the shared offence is there.
    expect(engine.stored(created.id).content.offences).toEqual([{ id: "o1", name: "Fraud" }]);
  });
});

describe("wizard: cases", () => {
  it("renames the case through rename_case with a truthful status", async () => {
    const { a } = seed();
    await openHome();
    await openFromHome(a.id);
    const input = byId<HTMLInputElement>("case-title")!;
    expect(input.value).toBe("Operation Cedar");
    expect(document.querySelector(`label[for="case-title"]`)!.textContent).toContain("Case title");
    type(input, "Operation Cedar II");
    expect(byId("save-status")!.dataset.state).toBe("dirty");
    await until(() => byId("save-status")!.dataset.state === "saved");
    expect(engine.calls.filter((x) => x.cmd === "rename_case").at(-1)!.args).toEqual({
      caseId: a.case_id,
      title: "Operation Cedar II",
    });
    expect(engine.cases.get(a.case_id!)!.title).toBe("Operation Cedar II");
    // The title alone never goes to update_draft.
    expect(engine.calls.some((x) => x.cmd === "update_draft")).toBe(false);

    // Back home: the row shows the new title.
    byId("nav-home")!.click();
    await until(() => inRow(a.id, "draft-case-count"));
    expect(plain(inRow(a.id, "draft-case")!.textContent)).toContain("Operation Cedar II");
  });

  it("a refused case title is held back and shown like other invalid fields; the rest saves", async () => {
    const { a } = seed();
    await openHome();
    await openFromHome(a.id);
    const input = byId<HTMLInputElement>("case-title")!;
    type(input, "x".repeat(1001));
    type(byId<HTMLInputElement>("field-content.requesting_authority")!, "Central Authority");
    await until(() => input.getAttribute("aria-invalid") === "true");
    await until(() => engine.stored(a.id).content.requesting_authority === "Central Authority");
    const status = byId("save-status")!;
    expect(status.dataset.state).toBe("error");
    expect(plain(status.textContent)).toContain("Not saved: 1 field has an invalid value");
    const error = byId("case-title-error")!;
    expect(input.getAttribute("aria-describedby")).toContain("case-title-error");
    expect(error.textContent!.trim().length).toBeGreaterThan(0);
    expect(engine.cases.get(a.case_id!)!.title).toBe("Operation Cedar");

    // Leaving asks; the dialog names the case title.
    byId("nav-home")!.click();
    await until(() => byId("leave-stay")?.closest("dialog")?.hasAttribute("open"));
    expect(byId("leave-stay")!.closest("dialog")!.textContent).toContain("Case title");
    byId("leave-stay")!.click();

    type(input, "Cedar");
    await until(() => byId("save-status")!.dataset.state === "saved");
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(byId("case-title-error")).toBeNull();
    expect(engine.cases.get(a.case_id!)!.title).toBe("Cedar");
  });

  it("case-scoped fields carry the shared badge; request-scoped ones do not", async () => {
    const { a } = seed();
    await openHome();
    await openFromHome(a.id);
    expect(byId("shared-badge")).toBeNull(); // the parties step holds request fields only
    byId("step-offences")!.click();
    const group = await until(() => byId("field-content.offences"));
    const badge = group.querySelector<HTMLElement>('[data-testid="shared-badge"]')!;
    expect(badge.textContent).toContain("Shared by all requests in this case");
    expect(badge.dataset.field).toBe("content.offences");
    // Inside the group's legend: read with its label.
    expect(badge.closest("legend")).not.toBeNull();
    byId("step-measures")!.click();
    await until(() => byId("field-content.measures"));
    expect(byId("shared-badge")).toBeNull();
  });

  it("lists the other requests of the case and opens one, reloaded after the save", async () => {
    const { a, b, c } = seed();
    await openHome();
    await openFromHome(a.id);
    const links = await until(() => (allById("case-request").length > 0 ? allById("case-request") : null));
    expect(links.map((l) => l.dataset.draftId)).toEqual([b.id]);
    expect(links.some((l) => l.dataset.draftId === c.id)).toBe(false);
    expect(plain(links[0].textContent)).toContain("Extradition of X");

    // Rename the shared offence here, then open the sibling at once (before the autosave).
    byId("step-offences")!.click();
    type(await until(() => byId<HTMLInputElement>("field-content.offences[0].name")), "Aggravated fraud");
    byId("case-request")!.click();
    await until(() => byId<HTMLInputElement>("case-title") && document.querySelector("h1")?.textContent?.includes("Extradition of X"));
    // Saved first, then read: the sibling sees the case's current data.
    const update = engine.calls.findIndex((x) => x.cmd === "update_draft");
    const read = engine.calls.map((x) => x.cmd === "get_draft" && x.args.id === b.id).lastIndexOf(true);
    expect(update).toBeGreaterThanOrEqual(0);
    expect(read).toBeGreaterThan(update);
    expect(engine.stored(b.id).content.offences).toEqual([{ id: "o1", name: "Aggravated fraud" }]);
    // And the sibling lists the first request back.
    const back = await until(() => (allById("case-request").length > 0 ? allById("case-request") : null));
    expect(back.map((l) => l.dataset.draftId)).toEqual([a.id]);
  });

  it("removing a shared offence prunes the sibling's references (as the engine does)", async () => {
    const { a } = seed();
    const other = engine.add({ title: "To Palestine", case_id: a.case_id, content: { measures: [{ id: "m9", type: "bank_records", offences: ["o1"] }] } });
    await openHome();
    await openFromHome(a.id);
    byId("step-offences")!.click();
    (await until(() => byId("remove-content.offences[0]")))!.click();
    (await until(() => byId("confirm-remove")))!.click();
    await until(() => byId("save-status")!.dataset.state === "saved" && engine.stored(a.id).content.offences !== undefined);
    await until(() => (engine.stored(a.id).content.offences as unknown[]).length === 0);
    // The open sibling is reloaded when opened: no stale reference to the removed offence.
    (await until(() => allById("case-request").find((l) => l.dataset.draftId === other.id)))!.click();
    await until(() => document.querySelector("h1")?.textContent?.includes("To Palestine"));
    byId("step-measures")!.click();
    const offences = await until(() => byId("field-content.measures[0].offences"));
    expect(offences.querySelectorAll('input[type="checkbox"]').length).toBe(0);
    expect((engine.stored(other.id).content.measures as Array<{ offences: string[] }>)[0].offences).toEqual([]);
  });
});
