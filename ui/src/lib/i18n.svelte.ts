// Reactive localisation for components: an `I18n` instance holds the current language and
// `t(id, args)`. Reading `t()` in markup re-renders on a language switch.
//
// No module-level state: `App.svelte` creates one instance (`createI18n()`) and hands it down
// with `setI18n`; components take it with `getI18n()`. Tests build their own instances. The
// methods are bound (arrow functions), so `const { t } = getI18n()` works.
import { getContext, setContext } from "svelte";
import {
  DEFAULT_LANGUAGE,
  directionOf,
  formatMessage,
  hasMessage,
  intlLocale,
  loadBundles,
  type Args,
  type LoadedBundle,
} from "./l10n";

/** Shipped UI languages of a set of bundles, English first, then by code. */
export function languagesOf(bundles: Map<string, LoadedBundle>): string[] {
  return [...bundles.keys()].sort((a, b) =>
    a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b),
  );
}

export interface I18nOptions {
  /** The Fluent bundles (default: the shipped `locales/*`). */
  bundles?: Map<string, LoadedBundle>;
  /** The starting language (default English). */
  lang?: string;
  /** Whether `applyLanguage` sets `<html lang dir>` (default: when there is a document). */
  document?: Document | null;
}

export class I18n {
  /** The current UI language (reactive). */
  lang = $state(DEFAULT_LANGUAGE);
  /** Shipped UI languages, English first, then by code. */
  readonly languages: string[];
  private readonly bundles: Map<string, LoadedBundle>;
  private readonly doc: Document | null;
  private readonly warned = new Set<string>();

  constructor(options: I18nOptions = {}) {
    this.bundles = options.bundles ?? loadBundles();
    for (const loaded of this.bundles.values()) {
      for (const error of loaded.errors) console.warn(`l10n: ${error}`);
    }
    this.languages = languagesOf(this.bundles);
    this.doc = options.document !== undefined ? options.document : globalThis.document ?? null;
    if (options.lang && this.bundles.has(options.lang)) this.lang = options.lang;
  }

  private warnOnce = (message: string) => {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(message);
  };

  private currentBundle() {
    return (this.bundles.get(this.lang) ?? this.bundles.get(DEFAULT_LANGUAGE))?.bundle;
  }

  /** The localized text of a Fluent id in the current language (the id itself if missing). */
  t = (id: string, args?: Args): string => formatMessage(this.currentBundle(), id, args, this.warnOnce);

  /** Whether the current language has this id (used to fall back for unknown error codes). */
  has = (id: string): boolean => hasMessage(this.currentBundle(), id);

  /** A language's own name for itself (message `ui-language-name` in that language's bundle). */
  autonym = (lang: string): string =>
    formatMessage(this.bundles.get(lang)?.bundle, "ui-language-name", undefined, this.warnOnce);

  /** Locale for Intl formatting in the current language (Western digits for Arabic). */
  currentIntlLocale = (): string => intlLocale(this.lang);

  /** Switch the UI language: swaps the bundle and sets `<html lang dir>`. */
  applyLanguage = (lang: string): void => {
    const next = this.bundles.has(lang) ? lang : DEFAULT_LANGUAGE;
    this.lang = next;
    if (this.doc) {
      this.doc.documentElement.lang = next;
      this.doc.documentElement.dir = directionOf(next);
    }
  };

  /**
   * `t()` without Fluent's bidi isolation marks: for text that becomes an argument of another
   * message (nested isolates hide the inner text's direction from the outer one, so "الجريمة 2"
   * inside an Arabic sentence would show as "2 الجريمة").
   */
  tArg = (id: string, args?: Args): string => this.t(id, args).replace(/[\u2068\u2069]/g, "");
}

export function createI18n(options?: I18nOptions): I18n {
  return new I18n(options);
}

const KEY = Symbol("mla-i18n");

/** The context entry, for `mount(Component, { context })` in tests. */
export function i18nEntry(i18n: I18n): [symbol, I18n] {
  return [KEY, i18n];
}

export function setI18n(i18n: I18n): I18n {
  return setContext(KEY, i18n);
}

export function getI18n(): I18n {
  const i18n = getContext<I18n | undefined>(KEY);
  if (!i18n) throw new Error("getI18n: no I18n in context (App.svelte sets it)");
  return i18n;
}
