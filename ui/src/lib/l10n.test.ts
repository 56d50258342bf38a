import { describe, expect, it, vi } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, Junk, Message, Term, type Pattern, type PatternElement } from "@fluent/syntax";
import {
  FTL_FILES,
  createBundle,
  directionOf,
  formatMessage,
  groupByLanguage,
  intlLocale,
  loadBundles,
} from "./l10n";

const SRC = fileURLToPath(new URL("..", import.meta.url));
const byLang = groupByLanguage(FTL_FILES);
const bundles = loadBundles();

/** All .ts/.svelte source files of the UI (tests excluded). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Fluent ids used literally as `t("…")` in the UI sources. */
function literalIds(): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/\bt\(\s*(["'`])([A-Za-z][A-Za-z0-9_-]*)\1/g)) {
      const where = relative(SRC, file);
      ids.set(match[2], [...(ids.get(match[2]) ?? []), where]);
    }
  }
  return ids;
}

function variablesOf(pattern: Pattern | null, out = new Set<string>()): Set<string> {
  const visit = (element: PatternElement | { type: string; [k: string]: unknown }) => {
    const node = element as Record<string, unknown> & { type: string };
    if (node.type === "VariableReference") out.add((node.id as { name: string }).name);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && visit(v));
      else if (value && typeof value === "object" && "type" in (value as object)) visit(value as never);
    }
  };
  pattern?.elements.forEach(visit);
  return out;
}

describe("Fluent tree (locales/<lang>/*.ftl)", () => {
  it("ships English and Arabic, each with the UI, schema and error messages", () => {
    expect([...byLang.keys()].sort()).toEqual(expect.arrayContaining(["ar", "en"]));
    for (const lang of ["en", "ar"]) {
      const names = byLang.get(lang)!.map((f) => f.name);
      expect(names).toEqual(expect.arrayContaining(["ui.ftl", "schema.ftl", "errors.ftl"]));
    }
  });

  it("every file of every locale parses without syntax errors (no Junk)", () => {
    for (const [lang, files] of byLang) {
      for (const file of files) {
        const junk = parse(file.text, {}).body.filter((entry) => entry instanceof Junk);
        const details = junk.map((j) => `${lang}/${file.name}: ${(j as Junk).content.trim()}`);
        expect(details).toEqual([]);
      }
    }
  });

  it("every locale loads into one bundle without Fluent errors (e.g. duplicate ids)", () => {
    for (const [lang, loaded] of bundles) {
      expect(loaded.errors, lang).toEqual([]);
    }
  });

  it("ui.ftl has the same ids and the same variables in every locale", () => {
    const shape = (text: string) => {
      const out = new Map<string, string[]>();
      for (const entry of parse(text, {}).body) {
        if (entry instanceof Message || entry instanceof Term) {
          out.set(entry.id.name, [...variablesOf(entry.value)].sort());
        }
      }
      return out;
    };
    const en = shape(byLang.get("en")!.find((f) => f.name === "ui.ftl")!.text);
    for (const [lang, files] of byLang) {
      const ui = files.find((f) => f.name === "ui.ftl");
      expect(ui, `${lang}/ui.ftl`).toBeDefined();
      const other = shape(ui!.text);
      expect([...other.keys()].sort(), lang).toEqual([...en.keys()].sort());
      for (const [id, vars] of en) expect(other.get(id), `${lang} ${id}`).toEqual(vars);
    }
  });

  it("every id the UI uses literally as t(\"…\") exists in every locale", () => {
    const ids = literalIds();
    expect(ids.size).toBeGreaterThan(30); // the scan itself works
    const missing: string[] = [];
    for (const [lang, loaded] of bundles) {
      for (const [id, files] of ids) {
        if (!loaded.bundle.getMessage(id)?.value) missing.push(`${lang}: ${id} (${files.join(", ")})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("every UI language has its own name for the language menu", () => {
    expect(formatMessage(bundles.get("en")!.bundle, "ui-language-name")).toBe("English");
    expect(formatMessage(bundles.get("ar")!.bundle, "ui-language-name")).toBe("العربية");
  });
});

describe("l10n helpers", () => {
  it("Arabic is right-to-left, English left-to-right", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("ar-EG")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
  });

  it("Arabic formats with Western digits by default", () => {
    expect(intlLocale("ar")).toBe("ar-u-nu-latn");
    const ar = bundles.get("ar")!.bundle;
    const text = formatMessage(ar, "ui-step-counter", { current: 1, total: 12 });
    expect(text).toContain("1");
    expect(text).toContain("12");
    expect(text).not.toMatch(/[٠-٩]/);
  });

  it("keeps Unicode isolation marks around placeables", () => {
    const en = bundles.get("en")!.bundle;
    expect(formatMessage(en, "ui-no-results", { query: "abc" })).toBe("No drafts match “\u2068abc\u2069”.");
  });

  it("uses Arabic plural categories", () => {
    const ar = bundles.get("ar")!.bundle;
    expect(formatMessage(ar, "ui-drafts-count", { count: 2 })).toBe("مسودتان");
    expect(formatMessage(ar, "ui-drafts-count", { count: 5 })).toContain("مسودات");
  });

  it("a missing id is reported and shown as the id", () => {
    const warn = vi.fn();
    const en = bundles.get("en")!.bundle;
    expect(formatMessage(en, "ui-no-such-message", undefined, warn)).toBe("ui-no-such-message");
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0][0]).toContain("ui-no-such-message");
  });

  it("a missing argument is reported, not thrown", () => {
    const warn = vi.fn();
    const en = bundles.get("en")!.bundle;
    const text = formatMessage(en, "ui-no-results", {}, warn);
    expect(text).toContain("No drafts match");
    expect(warn).toHaveBeenCalled();
  });

  it("reports a duplicate id across files of one locale", () => {
    const loaded = createBundle("en", [
      { name: "a.ftl", text: "x = 1\n" },
      { name: "b.ftl", text: "x = 2\n" },
    ]);
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.errors[0]).toContain("b.ftl");
  });

  it("groups files by language and ignores other paths", () => {
    const grouped = groupByLanguage({
      "../../../locales/en/ui.ftl": "a = A",
      "../../../locales/en/errors.ftl": "b = B",
      "../../../locales/ar/ui.ftl": "a = أ",
      "../../../other/x.txt": "nope",
    });
    expect([...grouped.keys()].sort()).toEqual(["ar", "en"]);
    expect(grouped.get("en")!.map((f) => f.name)).toEqual(["errors.ftl", "ui.ftl"]);
  });
});
