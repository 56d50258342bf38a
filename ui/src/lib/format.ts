// Display formatting that depends on the UI language. Timestamps arrive in UTC (RFC 3339) and
// are shown in the machine's local time zone.
import { intlLocale } from "./l10n";

const cache = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(lang: string, timeZone?: string): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone ?? ""}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), {
      dateStyle: "medium",
      timeStyle: "short",
      ...(timeZone ? { timeZone } : {}),
    });
    cache.set(key, format);
  }
  return format;
}

/** "25 Nov 2025, 14:05" (en) / "25‏/11‏/2025، 2:05 م" (ar, Western digits), in local time. */
export function formatDateTime(iso: string, lang: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(lang, timeZone).format(date);
}
