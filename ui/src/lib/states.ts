// A per-language cache of the States/organisations list from the engine (`search_states("", lang)`),
// used to show names for codes (draft list, pickers). The engine owns the data and the search.
import type { StateInfo } from "./api";

export type StateFetcher = (query: string, language: string) => Promise<StateInfo[]>;

export class StateDirectory {
  private readonly fetcher: StateFetcher;
  private readonly byLang = new Map<string, Promise<Map<string, StateInfo>>>();

  constructor(fetcher: StateFetcher) {
    this.fetcher = fetcher;
  }

  /** code → StateInfo for a language; fetched once per language (retried after a failure). */
  load(lang: string): Promise<Map<string, StateInfo>> {
    let entry = this.byLang.get(lang);
    if (!entry) {
      entry = this.fetcher("", lang).then((list) => new Map(list.map((s) => [s.code, s])));
      entry.catch(() => this.byLang.delete(lang));
      this.byLang.set(lang, entry);
    }
    return entry;
  }
}

/** The name of `code` in `lang` from a loaded map; the code itself when unknown. */
export function stateName(
  map: Map<string, StateInfo> | undefined,
  code: string | null | undefined,
  lang: string,
): string {
  if (!code) return "";
  const info = map?.get(code);
  if (!info) return code;
  return info.names[lang] ?? info.name ?? code;
}
