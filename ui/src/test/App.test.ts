// @vitest-environment jsdom
// Component tests of the whole UI in jsdom against an in-memory engine (the real engine is
// exercised by the E2E suite). They check the wiring: test ids, language, autosave, errors.
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
  document.body.innerHTML = "";
  document.documentElement.lang = "en";
  document.documentElement.dir = "ltr";
});

afterEach(() => {
  if (app) unmount(app);
  app = null;
});

const byId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allById = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

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

function start() {
  app = mount(App, { target: document.body });
}

function type(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

describe("home screen", () => {
  it("shows the actions, an empty state, and the language picker", async () => {
    start();
    await until(() => byId("new-mla"));
    expect(byId("new-mla")!.textContent).toContain("New MLA request");
    expect(byId("new-extradition")!.textContent).toContain("New extradition request");
    expect(byId("draft-search")).not.toBeNull();
    expect((byId("draft-sort") as HTMLSelectElement).value).toBe("updated_desc");
    const file = byId("import-file") as HTMLInputElement;
    expect(file.type).toBe("file");
    expect(file.closest("label")!.textContent).toContain("Import draft…");
    expect(byId("language-select")).not.toBeNull();
    await until(() => document.body.textContent!.includes("No drafts yet"));
  });

  it("lists drafts with kind, title, reference and State names", async () => {
    engine.add({ title: "Bank records", requesting_state: "FR", requested_state: "JO", content: { case_reference: "R-1" } });
    engine.add({ kind: "extradition", title: "" });
    start();
    const rows = await until(() => (allById("draft-row").length === 2 ? allById("draft-row") : null));
    const text = rows.map((r) => r.textContent).join("|");
    expect(text).toContain("Bank records");
    expect(text).toContain("Untitled draft");
    expect(text).toContain("R-1");
    await until(() => rows.some((r) => r.textContent!.includes("France") && r.textContent!.includes("Jordan")));
    expect(rows[0].dataset.draftId).toMatch(/^0000/);
  });

  it("searches through the engine, debounced", async () => {
    engine.add({ title: "Bank records" });
    engine.add({ title: "Witness hearing" });
    start();
    await until(() => allById("draft-row").length === 2);
    type(byId("draft-search") as HTMLInputElement, "witness");
    await until(() => allById("draft-row").length === 1);
    const searches = engine.calls.filter((c) => c.cmd === "list_drafts").map((c) => c.args.query);
    expect(searches).toEqual([null, "witness"]);
  });

  it("deletes only after confirmation; cancel keeps the draft", async () => {
    engine.add({ title: "Keep me" });
    start();
    await until(() => allById("draft-row").length === 1);
    byId("delete-draft")!.click();
    flushSync();
    await until(() => byId("cancel-delete")?.closest("dialog")?.hasAttribute("open"));
    byId("cancel-delete")!.click();
    flushSync();
    expect(engine.drafts.size).toBe(1);
    byId("delete-draft")!.click();
    flushSync();
    byId("confirm-delete")!.click();
    await until(() => allById("draft-row").length === 0);
    expect(engine.drafts.size).toBe(0);
  });

  it("duplicates a draft", async () => {
    engine.add({ title: "Original" });
    start();
    await until(() => allById("draft-row").length === 1);
    byId("duplicate-draft")!.click();
    await until(() => allById("draft-row").length === 2);
    expect(document.body.textContent).toContain("Copy of Original");
  });

  it("a malformed import shows the localized error and keeps the list", async () => {
    engine.add({ title: "Existing" });
    start();
    await until(() => allById("draft-row").length === 1);
    const input = byId("import-file") as HTMLInputElement;
    const file = new File(["{ not json"], "bad.json", { type: "application/json" });
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    const alert = await until(() => byId("error-message"));
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.textContent).toContain("The file is not valid JSON");
    expect(alert.textContent).toContain("line \u20681\u2069");
    expect(allById("draft-row")).toHaveLength(1);
    expect(engine.drafts.size).toBe(1);
  });

  /** A chosen file with these bytes (jsdom's File has no arrayBuffer(); WebKit's has). */
  function fileOf(bytes: number[], name: string): File {
    const file = new File(["x".repeat(bytes.length)], name, { type: "application/json" });
    Object.defineProperty(file, "arrayBuffer", { value: vi.fn(async () => new Uint8Array(bytes).buffer) });
    return file;
  }

  function chooseImport(file: File) {
    const input = byId("import-file") as HTMLInputElement;
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  it("sends the file's bytes unchanged, so invalid UTF-8 is refused as by the CLI", async () => {
    start();
    await until(() => byId("new-mla"));
    const bytes = [...new TextEncoder().encode('{"format":"mla-desk/1","kind":"mla","title":"caf'), 0xe9, 0x22, 0x7d];
    chooseImport(fileOf(bytes, "latin1.json"));
    // (The error area is app-wide state: wait for this error, not any.)
    await until(() => byId("error-message")?.textContent?.includes("not UTF-8 text"));
    expect(engine.calls.find((c) => c.cmd === "import_draft")!.args).toEqual({ bytes });
    expect(engine.drafts.size).toBe(0);
    // Valid UTF-8 (Arabic) goes through and opens the draft.
    chooseImport(fileOf([...new TextEncoder().encode('{"format":"mla-desk/1","kind":"mla","title":"طلب"}')], "ok.json"));
    await until(() => engine.drafts.size === 1);
    expect([...engine.drafts.values()][0].title).toBe("طلب");
  });

  it("refuses a file over the engine's size limit before reading it", async () => {
    engine.maxImportBytes = 8;
    start();
    await until(() => byId("new-mla"));
    const file = fileOf([...new TextEncoder().encode("0123456789")], "big.json");
    chooseImport(file);
    const alert = await until(() => byId("error-message")?.textContent?.includes("too large") && byId("error-message"));
    expect(alert.textContent).toContain("The file is too large to import (the limit is \u20688\u2069 bytes)");
    expect(file.arrayBuffer).not.toHaveBeenCalled();
    expect(engine.calls.some((c) => c.cmd === "import_draft")).toBe(false);
  });
});

describe("language", () => {
  it("starts in the remembered language and switches with the select", async () => {
    engine.language = "ar";
    start();
    await until(() => document.documentElement.dir === "rtl");
    expect(document.documentElement.lang).toBe("ar");
    await until(() => byId("new-mla")!.textContent!.includes("طلب جديد للمساعدة القانونية المتبادلة"));
    const select = byId("language-select") as HTMLSelectElement;
    select.value = "en";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await until(() => document.documentElement.dir === "ltr");
    expect(document.documentElement.lang).toBe("en");
    expect(engine.language).toBe("en");
    expect(byId("new-mla")!.textContent).toContain("New MLA request");
  });
});

describe("wizard", () => {
  it("creates an MLA draft, renders the first step, autosaves and shows Saved truthfully", async () => {
    start();
    await until(() => byId("new-mla"));
    byId("new-mla")!.click();
    const authority = await until(
      () => byId("field-content.requesting_authority") as HTMLInputElement | null,
    );
    for (const path of ["requesting_state", "requested_state", "content.case_reference", "title"]) {
      const field = byId(`field-${path}`)!;
      const label = [...document.querySelectorAll("label")].find((l) => l.htmlFor === field.id);
      expect(label?.textContent?.trim().length, path).toBeGreaterThan(0);
    }
    expect(byId("field-requesting_state")!.getAttribute("role")).toBe("combobox");
    const status = byId("save-status")!;
    expect(status.dataset.state).toBe("saved");

    type(authority, "Central Authority");
    expect(status.dataset.state).toBe("dirty");
    await until(() => status.dataset.state === "saved");
    const draft = [...engine.drafts.values()][0];
    expect(draft.content.requesting_authority).toBe("Central Authority");
    expect(status.textContent).toContain("Saved");
    // The engine's check shows after the save.
    await until(() => byId("completeness"));
  });

  it("chooses a State with the keyboard and stores its code", async () => {
    const d = engine.add({});
    start();
    await until(() => byId("open-draft"));
    byId("open-draft")!.click();
    const input = await until(() => byId("field-requested_state") as HTMLInputElement | null);
    type(input, "jor");
    await until(() => input.getAttribute("aria-expanded") === "true" && document.querySelector('[role="option"]'));
    await until(() => document.getElementById(`${input.id}-listbox`)!.querySelectorAll('[role="option"]').length === 1);
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await until(() => input.getAttribute("aria-expanded") === "false");
    expect(input.value).toBe("Jordan");
    await until(() => engine.drafts.get(d.id)!.requested_state === "JO");
  });

  it("Enter right after typing chooses the match for what was typed", async () => {
    const d = engine.add({ requesting_state: "JO" });
    start();
    await until(() => byId("open-draft"));
    byId("open-draft")!.click();
    const input = await until(() => byId("field-requesting_state") as HTMLInputElement | null);
    await until(() => input.value === "Jordan");
    type(input, "fra");
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await until(() => engine.drafts.get(d.id)!.requesting_state === "FR");
    expect(input.value).toBe("France");
  });

  it("Escape closes the list, a second Escape restores the chosen State", async () => {
    engine.add({ requesting_state: "JO" });
    start();
    await until(() => byId("open-draft"));
    byId("open-draft")!.click();
    const input = await until(() => byId("field-requesting_state") as HTMLInputElement | null);
    await until(() => input.value === "Jordan");
    type(input, "xyz");
    await until(() => input.getAttribute("aria-expanded") === "true");
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    flushSync();
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input.value).toBe("xyz");
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    flushSync();
    expect(input.value).toBe("Jordan");
  });

  it("nav-home flushes pending changes before returning to the list", async () => {
    const d = engine.add({});
    start();
    await until(() => byId("open-draft"));
    byId("open-draft")!.click();
    const title = await until(() => byId("field-title") as HTMLInputElement | null);
    type(title, "Quick edit");
    byId("nav-home")!.click(); // immediately: no time for the debounce
    await until(() => byId("draft-row"));
    expect(engine.drafts.get(d.id)!.title).toBe("Quick edit");
    expect(byId("draft-row")!.textContent).toContain("Quick edit");
  });

  it("a failed save shows the error and the error state, then retries", async () => {
    engine.add({});
    start();
    await until(() => byId("open-draft"));
    byId("open-draft")!.click();
    const title = await until(() => byId("field-title") as HTMLInputElement | null);
    engine.failNext.set("update_draft", { code: "db-failed", args: { reason: "disk-full", detail: "database or disk is full" } });
    type(title, "X");
    const status = byId("save-status")!;
    await until(() => status.dataset.state === "error");
    expect(byId("error-message")!.textContent).toContain("the disk is full");
    expect(status.textContent).toContain("Not saved");
    await until(() => status.dataset.state === "saved", 3000); // retried after 1 s
    expect(byId("error-message")).toBeNull();
  });

  it("a value the engine refuses is held back: the rest saves, the field says why, no endless retry", async () => {
    const d = engine.add({});
    start();
    await until(() => byId("open-draft"));
    byId("open-draft")!.click();
    const title = await until(() => byId("field-title") as HTMLInputElement | null);
    const authority = byId("field-content.requesting_authority") as HTMLInputElement;
    expect(title.maxLength).toBe(1000);
    type(authority, "Central Authority");
    type(title, "x".repeat(1001)); // pasted past maxlength (jsdom does not enforce it)
    const status = byId("save-status")!;
    await until(() => title.getAttribute("aria-invalid") === "true");
    // The other change was sent again without the refused one, and saved.
    await until(() => engine.drafts.get(d.id)!.content.requesting_authority === "Central Authority");
    expect(engine.drafts.get(d.id)!.title).toBe("");
    const error = byId("field-title-error")!;
    expect(title.getAttribute("aria-describedby")!.split(" ")).toContain(error.id);
    expect(error.textContent!.replace(/[\u2068\u2069]/g, "")).toContain("longer than the limit of 1000 characters");
    await until(() => status.dataset.state === "error");
    expect(status.textContent).toContain("Not saved: 1 field has an invalid value");
    expect(status.textContent).not.toContain("retrying");
    expect(title.value).toBe("x".repeat(1001)); // kept in the field
    const updates = () => engine.calls.filter((c) => c.cmd === "update_draft").length;
    const sentSoFar = updates();
    await new Promise((r) => setTimeout(r, 1200)); // past the first retry delay
    expect(updates()).toBe(sentSoFar);

    // Correcting it saves it and clears the error.
    type(title, "Short title");
    await until(() => status.dataset.state === "saved");
    expect(engine.drafts.get(d.id)!.title).toBe("Short title");
    expect(title.hasAttribute("aria-invalid")).toBe(false);
    expect(byId("field-title-error")).toBeNull();
  });

  it("leaving with a refused value asks: stay keeps it, discard leaves with everything else saved", async () => {
    const d = engine.add({});
    start();
    await until(() => byId("open-draft"));
    byId("open-draft")!.click();
    const title = await until(() => byId("field-title") as HTMLInputElement | null);
    type(byId("field-content.case_reference") as HTMLInputElement, "R-7");
    type(title, "x".repeat(1001));
    byId("nav-home")!.click();
    await until(() => byId("leave-stay")?.closest("dialog")?.hasAttribute("open"));
    expect(engine.drafts.get(d.id)!.content.case_reference).toBe("R-7");
    byId("leave-stay")!.click();
    flushSync();
    expect(byId("draft-row")).toBeNull();
    expect(title.value).toBe("x".repeat(1001));
    expect(title.getAttribute("aria-invalid")).toBe("true");

    byId("nav-home")!.click();
    await until(() => byId("leave-discard-invalid")?.closest("dialog")?.hasAttribute("open"));
    byId("leave-discard-invalid")!.click();
    await until(() => byId("draft-row"));
    expect(engine.drafts.get(d.id)!.content.case_reference).toBe("R-7");
    expect(engine.drafts.get(d.id)!.title).toBe("");
  });
});
