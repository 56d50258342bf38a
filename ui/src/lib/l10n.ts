// Fluent loader for the UI. Pure (no Svelte, no Tauri): the reactive wrapper is i18n.svelte.ts.
// The one Fluent tree is `locales/<lang>/*.ftl` at the repository root, shared with the Rust side:
// ui.ftl (UI chrome, ours), schema.ftl (field labels, step titles) and errors.ftl (`error-<code>`).
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

/** Raw text of every `locales/<lang>/<file>.ftl`, keyed by path, bundled at build time. */
export const FTL_FILES: Record<string, string> = import.meta.glob("../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

export const DEFAULT_LANGUAGE = "en";
const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur"]);

export interface FtlFile {
  /** e.g. "ui.ftl" */
  name: string;
  text: string;
}

/** Group `…/locales/<lang>/<name>.ftl` paths by language; files sorted by name. */
export function groupByLanguage(files: Record<string, string>): Map<string, FtlFile[]> {
  const out = new Map<string, FtlFile[]>();
  for (const [path, text] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+\.ftl)$/.exec(path);
    if (!match) continue;
    const [, lang, name] = match;
    if (!out.has(lang)) out.set(lang, []);
    out.get(lang)!.push({ name, text });
  }
  for (const list of out.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return out;
}

/** "rtl" for right-to-left UI languages. */
export function directionOf(lang: string): "ltr" | "rtl" {
  return RTL_LANGUAGES.has(lang.split("-")[0]) ? "rtl" : "ltr";
}

/**
 * The BCP 47 locale used for Intl formatting (numbers, dates) in a UI language.
 * Arabic uses Western digits by default (UN practice since 2024): `ar-u-nu-latn`.
 */
export function intlLocale(lang: string): string {
  return lang === "ar" ? "ar-u-nu-latn" : lang === "en" ? "en-GB" : lang;
}

export interface LoadedBundle {
  lang: string;
  bundle: FluentBundle;
  /** Problems found while adding resources (e.g. an id defined twice). */
  errors: string[];
}

/** Build one FluentBundle from a language's files. Isolation marks stay ON (the default). */
export function createBundle(lang: string, files: FtlFile[]): LoadedBundle {
  const bundle = new FluentBundle(intlLocale(lang));
  const errors: string[] = [];
  for (const file of files) {
    const resource = new FluentResource(file.text);
    for (const error of bundle.addResource(resource)) {
      errors.push(`${lang}/${file.name}: ${error.message}`);
    }
  }
  return { lang, bundle, errors };
}

/** Every shipped language, bundled. */
export function loadBundles(files: Record<string, string> = FTL_FILES): Map<string, LoadedBundle> {
  const out = new Map<string, LoadedBundle>();
  for (const [lang, list] of groupByLanguage(files)) out.set(lang, createBundle(lang, list));
  return out;
}

export type Args = Record<string, FluentVariable | null | undefined>;

export type Warn = (message: string) => void;

/**
 * Format a message. A missing id is reported through `warn` and the id itself is shown, so a
 * gap is visible and never crashes the UI.
 */
export function formatMessage(
  bundle: FluentBundle | undefined,
  id: string,
  args?: Args,
  warn: Warn = (m) => console.warn(m),
): string {
  const message = bundle?.getMessage(id);
  if (!bundle || !message || !message.value) {
    warn(`l10n: missing message "${id}"${bundle ? ` in ${bundle.locales.join(",")}` : ""}`);
    return id;
  }
  const clean: Record<string, FluentVariable> = {};
  if (args) {
    for (const [key, value] of Object.entries(args)) {
      if (value !== undefined && value !== null) clean[key] = value;
    }
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, clean, errors);
  for (const error of errors) warn(`l10n: ${id}: ${error.message}`);
  return text;
}

/** Does the bundle have a message with a value for this id? */
export function hasMessage(bundle: FluentBundle | undefined, id: string): boolean {
  return Boolean(bundle?.getMessage(id)?.value);
}
