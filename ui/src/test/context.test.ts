// @vitest-environment jsdom
// The app's state (language, error banner, services) lives in instances handed down by Svelte
// context, not in module singletons: each mounted tree gets its own.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { CommandError } from "../lib/api";
import { appContextMap, createAppContext } from "../lib/appContext";
import { createI18n } from "../lib/i18n.svelte";
import ErrorBanner from "../components/ErrorBanner.svelte";
import SaveStatus from "../components/SaveStatus.svelte";

const mounted: Array<Record<string, unknown>> = [];
beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  for (const m of mounted.splice(0)) unmount(m);
  document.body.innerHTML = "";
});

function box(): HTMLElement {
  const el = document.createElement("div");
  document.body.append(el);
  return el;
}

describe("isolated app contexts", () => {
  it("two trees have their own error banner", () => {
    const a = createAppContext({ i18n: createI18n({ document: null }) });
    const b = createAppContext({ i18n: createI18n({ document: null }) });
    const ta = box();
    const tb = box();
    mounted.push(mount(ErrorBanner, { target: ta, context: appContextMap(a) }));
    mounted.push(mount(ErrorBanner, { target: tb, context: appContextMap(b) }));
    a.errors.showError(new CommandError({ code: "draft-not-found", args: { id: "x" } }));
    flushSync();
    expect(ta.querySelector('[data-testid="error-message"]')).not.toBeNull();
    expect(tb.querySelector('[data-testid="error-message"]')).toBeNull();
    expect(b.errors.current).toBeNull();
  });

  it("two trees have their own language", () => {
    const ar = createAppContext({ i18n: createI18n({ document: null, lang: "ar" }) });
    const en = createAppContext({ i18n: createI18n({ document: null }) });
    const tar = box();
    const ten = box();
    mounted.push(mount(SaveStatus, { target: tar, props: { state: "saved" }, context: appContextMap(ar) }));
    mounted.push(mount(SaveStatus, { target: ten, props: { state: "saved" }, context: appContextMap(en) }));
    flushSync();
    expect(tar.textContent).toContain("تم الحفظ");
    expect(ten.textContent).toContain("Saved");
    en.i18n.applyLanguage("ar");
    ar.i18n.applyLanguage("en");
    flushSync();
    expect(tar.textContent).toContain("Saved");
    expect(ten.textContent).toContain("تم الحفظ");
  });

  it("SaveStatus says a refused value is not saved (not 'retrying')", () => {
    const ctx = createAppContext({ i18n: createI18n({ document: null }) });
    const target = box();
    mounted.push(mount(SaveStatus, { target, props: { state: "error", invalidCount: 2 }, context: appContextMap(ctx) }));
    flushSync();
    const status = target.querySelector<HTMLElement>('[data-testid="save-status"]')!;
    expect(status.dataset.state).toBe("error");
    expect(status.textContent!.replace(/[\u2068\u2069]/g, "")).toContain("Not saved: 2 fields have invalid values");
  });

  it("a component outside the app's context fails loudly", () => {
    expect(() => mount(SaveStatus, { target: box(), props: { state: "saved" } })).toThrow(/getI18n/);
  });
});
