// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { applyLanguage, autonym, i18n, LANGUAGES, t } from "./i18n.svelte";

describe("language switch", () => {
  it("lists English first, then Arabic", () => {
    expect(LANGUAGES[0]).toBe("en");
    expect(LANGUAGES).toContain("ar");
    expect(autonym("ar")).toBe("العربية");
  });

  it("Arabic sets <html lang=ar dir=rtl> and swaps the messages", () => {
    applyLanguage("ar");
    expect(i18n.lang).toBe("ar");
    expect(document.documentElement.lang).toBe("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(t("ui-new-mla")).toBe("طلب جديد للمساعدة القانونية المتبادلة");

    applyLanguage("en");
    expect(document.documentElement.lang).toBe("en");
    expect(document.documentElement.dir).toBe("ltr");
    expect(t("ui-new-mla")).toBe("New MLA request");
  });

  it("an unknown language falls back to English", () => {
    applyLanguage("xx");
    expect(i18n.lang).toBe("en");
    expect(document.documentElement.dir).toBe("ltr");
  });
});
