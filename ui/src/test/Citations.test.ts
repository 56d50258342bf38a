// @vitest-environment jsdom
// Citation chips: the article as the UI language writes it (engine's `articles[lang]`), inside
// its own bidi isolate, so that "المادة 18(15)(د)" reads like the Arabic help prose.
import { afterEach, describe, expect, it } from "vitest";
import { flushSync, mount, unmount } from "svelte";
import { appContextMap, createAppContext } from "../lib/appContext";
import { createI18n } from "../lib/i18n.svelte";
import { articleIn, splitAround } from "../lib/citations";
import Citations from "../components/form/Citations.svelte";
import type { Citation } from "../lib/schema";

const mounted: Array<Record<string, unknown>> = [];
afterEach(() => {
  for (const m of mounted.splice(0)) unmount(m);
  document.body.innerHTML = "";
});

const untoc: Citation = {
  instrument: "untoc",
  article: "18(15)(d)",
  articles: { en: "18(15)(d)", ar: "18(15)(د)" },
};

function render(lang: string, citations: Citation[]): HTMLElement {
  const target = document.createElement("div");
  document.body.append(target);
  const ctx = createAppContext({ i18n: createI18n({ document: null, lang }) });
  mounted.push(mount(Citations, { target, props: { citations }, context: appContextMap(ctx) }));
  flushSync();
  return target;
}

const plain = (s: string | null | undefined) => (s ?? "").replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

describe("citation chips", () => {
  it("Arabic: Arabic sub-paragraph letter, article isolated after «المادة»", () => {
    const el = render("ar", [untoc]);
    const bdi = el.querySelector('[data-testid="citation-article"]')!;
    expect(bdi.tagName).toBe("BDI");
    expect(bdi.textContent).toBe("18(15)(د)");
    const chip = el.querySelector('[data-testid="citation"]')!;
    expect(plain(chip.textContent)).toBe("اتفاقية الجريمة المنظمة، المادة 18(15)(د)");
    expect(chip.querySelector(".article")!.textContent).toBe("المادة 18(15)(د)");
  });

  it("English: the article as stored, isolated", () => {
    const el = render("en", [untoc]);
    expect(el.querySelector("bdi")!.textContent).toBe("18(15)(d)");
    expect(el.querySelector(".article")!.textContent).toBe("art. 18(15)(d)");
  });

  it("falls back to the stored article without per-language forms", () => {
    expect(articleIn({ instrument: "x", article: "5(1)" }, "ar")).toBe("5(1)");
    expect(articleIn(untoc, "fr")).toBe("18(15)(d)");
    expect(splitAround((p) => `art. ${p}!`)).toEqual(["art. ", "!"]);
    expect(splitAround(() => "none")).toEqual(["none", ""]);
  });
});
