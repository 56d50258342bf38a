// Reactive localisation state for components: the current language and `t(id, args)`.
// Reading `t()` in markup re-renders on a language switch.
import {
  DEFAULT_LANGUAGE,
  directionOf,
  formatMessage,
  hasMessage,
  intlLocale,
  loadBundles,
  type Args,
} from "./l10n";

const bundles = loadBundles();
for (const loaded of bundles.values()) {
  for (const error of loaded.errors) console.warn(`l10n: ${error}`);
}

/** Shipped UI languages, English first, then by code. */
export const LANGUAGES: string[] = [...bundles.keys()].sort((a, b) =>
  a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b),
);

export const i18n = $state({ lang: DEFAULT_LANGUAGE });

const warned = new Set<string>();
function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

function currentBundle() {
  return (bundles.get(i18n.lang) ?? bundles.get(DEFAULT_LANGUAGE))?.bundle;
}

/** The localized text of a Fluent id in the current language (the id itself if missing). */
export function t(id: string, args?: Args): string {
  return formatMessage(currentBundle(), id, args, warnOnce);
}

/** Whether the current language has this id (used to fall back for unknown error codes). */
export function has(id: string): boolean {
  return hasMessage(currentBundle(), id);
}

/** A language's own name for itself (message `ui-language-name` in that language's bundle). */
export function autonym(lang: string): string {
  return formatMessage(bundles.get(lang)?.bundle, "ui-language-name", undefined, warnOnce);
}

/** Locale for Intl formatting in the current language (Western digits for Arabic). */
export function currentIntlLocale(): string {
  return intlLocale(i18n.lang);
}

/** Switch the UI language: swaps the bundle and sets `<html lang dir>`. */
export function applyLanguage(lang: string) {
  const next = bundles.has(lang) ? lang : DEFAULT_LANGUAGE;
  i18n.lang = next;
  if (typeof document !== "undefined") {
    document.documentElement.lang = next;
    document.documentElement.dir = directionOf(next);
  }
}

/**
 * `t()` without Fluent's bidi isolation marks: for text that becomes an argument of another
 * message (nested isolates hide the inner text's direction from the outer one, so "الجريمة 2"
 * inside an Arabic sentence would show as "2 الجريمة").
 */
export function tArg(id: string, args?: Args): string {
  return t(id, args).replace(/[\u2068\u2069]/g, "");
}
