// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createI18n } from "./i18n.svelte";

describe("language switch", () => {
  it("lists English first, then Arabic", () => {
    const i18n = createI18n();
    expect(i18n.languages[0]).toBe("en");
    expect(i18n.languages).toContain("ar");
    expect(i18n.autonym("ar")).toBe("العربية");
  });

  it("Arabic sets <html lang=ar dir=rtl> and swaps the messages", () => {
    const inst = createI18n();
    const { applyLanguage, t } = inst; // bound methods
    applyLanguage("ar");
    expect(inst.lang).toBe("ar");
    expect(document.documentElement.lang).toBe("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(inst.t("ui-new-mla")).toBe("طلب جديد للمساعدة القانونية المتبادلة");
    expect(t("ui-new-mla")).toBe("طلب جديد للمساعدة القانونية المتبادلة");

    inst.applyLanguage("en");
    expect(document.documentElement.lang).toBe("en");
    expect(document.documentElement.dir).toBe("ltr");
    expect(inst.t("ui-new-mla")).toBe("New MLA request");
  });

  it("an unknown language falls back to English", () => {
    const i18n = createI18n();
    i18n.applyLanguage("xx");
    expect(i18n.lang).toBe("en");
    expect(document.documentElement.dir).toBe("ltr");
  });

  it("instances are isolated: switching one leaves another (and the page, if detached) alone", () => {
    const a = createI18n({ document: null });
    const b = createI18n({ document: null, lang: "ar" });
    document.documentElement.lang = "en";
    a.applyLanguage("ar");
    b.applyLanguage("en");
    expect(a.lang).toBe("ar");
    expect(b.lang).toBe("en");
    expect(a.t("ui-new-mla")).toBe("طلب جديد للمساعدة القانونية المتبادلة");
    expect(b.t("ui-new-mla")).toBe("New MLA request");
    expect(document.documentElement.lang).toBe("en");
  });
});
