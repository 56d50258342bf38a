// Citation helpers (pure): the article as the UI language writes it, and a Fluent message split
// around an argument so that the argument can be rendered in its own element (a `<bdi>`).
import type { Citation } from "./schema";

/** The article as `lang` writes it (engine-computed `articles[lang]`), else the stored form. */
export function articleIn(c: Citation, lang: string): string {
  return c.articles?.[lang] ?? c.article;
}

/** A character no message contains: marks where the argument goes. */
const PLACEHOLDER = "\uE000";

/**
 * The text before and after an argument in a formatted message: `format` gets a placeholder
 * and returns the message (without isolation marks). No placeholder: the whole text before.
 */
export function splitAround(format: (placeholder: string) => string): [string, string] {
  const text = format(PLACEHOLDER);
  const at = text.indexOf(PLACEHOLDER);
  if (at < 0) return [text, ""];
  return [text.slice(0, at), text.slice(at + PLACEHOLDER.length)];
}
