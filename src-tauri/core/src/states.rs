//! UN member States, observer States and the ICC, with their names in each UI language.
//!
//! The data is `data/states.json`, generated from Unicode CLDR by `scripts/gen-states.mjs` and
//! embedded at compile time. It is parsed once, on first use, into an immutable
//! [`StateCatalog`] (a `OnceLock`; nothing mutable is global).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::l10n;
use crate::text::normalize_for_search;

/// The embedded generated data file.
const STATES_JSON: &str = include_str!("../data/states.json");

/// What kind of party a State entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum StateKind {
    /// UN member State.
    Member,
    /// UN non-member observer State.
    Observer,
    /// An international organisation that can be a party (the ICC).
    Organization,
}

/// A State with its name in the requested language (what `search_states` returns over IPC).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct StateInfo {
    /// ISO 3166-1 alpha-2 code, or `"ICC"`.
    pub code: String,
    /// Member, observer or organization.
    pub kind: StateKind,
    /// The name in the requested language (English if that language has none).
    pub name: String,
    /// The names in every language, keyed by language code.
    pub names: BTreeMap<String, String>,
}

/// One entry of `states.json`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct StateRecord {
    /// ISO 3166-1 alpha-2 code, or `"ICC"`.
    pub code: String,
    /// Member, observer or organization.
    pub kind: StateKind,
    /// Names keyed by language code (`"en"`, `"ar"`, …).
    pub names: BTreeMap<String, String>,
    /// Other names people search for (e.g. "Vatican City", «فلسطين»), keyed by language.
    #[serde(default)]
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Pre-computed normalised names and code, for search.
    #[serde(skip)]
    search_keys: Vec<String>,
}

impl StateRecord {
    /// The name in `language`, falling back to English, then to the code.
    pub fn name(&self, language: &str) -> &str {
        self.names
            .get(language)
            .or_else(|| self.names.get("en"))
            .map(String::as_str)
            .unwrap_or(&self.code)
    }

    /// This record as a [`StateInfo`] named in `language`.
    pub fn info(&self, language: &str) -> StateInfo {
        StateInfo {
            code: self.code.clone(),
            kind: self.kind,
            name: self.name(language).to_owned(),
            names: self.names.clone(),
        }
    }

    /// How well a normalised query matches, best first: [`Rank::Exact`] (the code, or a whole
    /// name or alias in any language), [`Rank::Prefix`] (the start of the code, or of a word of a
    /// name or alias), [`Rank::Substring`] (anywhere in a name or alias); `None` if not at all.
    /// An empty query matches everything exactly.
    fn rank(&self, q: &str) -> Option<Rank> {
        let code = normalize_for_search(&self.code);
        if q.is_empty() || code == q || self.search_keys.iter().any(|k| k == q) {
            Some(Rank::Exact)
        } else if code.starts_with(q) || self.search_keys.iter().any(|k| has_word_prefix(k, q)) {
            Some(Rank::Prefix)
        } else if self.search_keys.iter().any(|k| k.contains(q)) {
            Some(Rank::Substring)
        } else {
            None
        }
    }
}

/// Search match quality; results are ordered by it, then by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Exact,
    Prefix,
    Substring,
}

/// Whether a word of the normalised `text` starts with `q`. Words are separated by anything that
/// is not a letter or digit; an Arabic word's article «ال» may precede the match («اردن» is a word
/// prefix of «الاردن»).
fn has_word_prefix(text: &str, q: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|word| {
        word.starts_with(q) || word.strip_prefix("ال").is_some_and(|w| w.starts_with(q))
    })
}

/// The parsed States list.
#[derive(Debug, Clone, Deserialize)]
pub struct StateCatalog {
    /// Where the data comes from (e.g. "Unicode CLDR").
    pub source: String,
    /// The CLDR version used.
    pub cldr_version: String,
    states: Vec<StateRecord>,
}

impl StateCatalog {
    /// Parses a catalog in the `states.json` format.
    pub fn from_json(json: &str) -> Result<StateCatalog, serde_json::Error> {
        let mut catalog: StateCatalog = serde_json::from_str(json)?;
        for record in &mut catalog.states {
            let aliases = record.aliases.values().flatten();
            record.search_keys = record
                .names
                .values()
                .chain(aliases)
                .map(|n| normalize_for_search(n))
                .collect();
        }
        Ok(catalog)
    }

    /// The embedded catalog, parsed on first use.
    pub fn builtin() -> &'static StateCatalog {
        static CATALOG: OnceLock<StateCatalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            // The file is generated and embedded at build time; `builtin_catalog_parses` tests it.
            StateCatalog::from_json(STATES_JSON).expect("embedded data/states.json is valid")
        })
    }

    /// All entries, in file order.
    pub fn all(&self) -> &[StateRecord] {
        &self.states
    }

    /// The entry with exactly this code.
    pub fn get(&self, code: &str) -> Option<&StateRecord> {
        self.states.iter().find(|s| s.code == code)
    }

    /// Entries whose name or alias in any language contains `query` (search-normalised, so case,
    /// diacritics and tatweel do not matter) or whose code starts with it, named in `language`.
    /// Best matches first: the exact code or a whole name/alias, then the start of the code or of
    /// a word of a name, then the rest; within each, by the normalised name in `language`, then by
    /// code. An empty query returns all, by name.
    pub fn search(&self, query: &str, language: &str) -> Vec<StateInfo> {
        let q = normalize_for_search(query);
        let mut hits: Vec<(Rank, String, &StateRecord)> = self
            .states
            .iter()
            .filter_map(|s| Some((s.rank(&q)?, normalize_for_search(s.name(language)), s)))
            .collect();
        hits.sort_by(|a, b| (a.0, &a.1, &a.2.code).cmp(&(b.0, &b.1, &b.2.code)));
        hits.into_iter().map(|(_, _, s)| s.info(language)).collect()
    }
}

/// All entries of the embedded catalog.
pub fn all_states() -> &'static [StateRecord] {
    StateCatalog::builtin().all()
}

/// The embedded entry with exactly this code (`"JO"`, `"ICC"`).
pub fn state(code: &str) -> Option<&'static StateRecord> {
    StateCatalog::builtin().get(code)
}

/// Searches the embedded catalog; see [`StateCatalog::search`]. A `language` that is not shipped
/// falls back to English names and order; use [`search_states_checked`] to refuse it instead.
pub fn search_states(query: &str, language: &str) -> Vec<StateInfo> {
    StateCatalog::builtin().search(query, language)
}

/// [`search_states`] for a shipped UI language only: `unknown-language {language}` otherwise
/// (what the app's `search_states` command returns for a bad language).
pub fn search_states_checked(query: &str, language: &str) -> Result<Vec<StateInfo>, Error> {
    if !l10n::is_available(language) {
        return Err(Error::UnknownLanguage {
            language: language.to_owned(),
        });
    }
    Ok(search_states(query, language))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLACEHOLDER: &str = r#"{"source": "test", "cldr_version": "0", "states": [
        {"code": "JO", "kind": "member", "names": {"en": "Jordan", "ar": "الأردن"}},
        {"code": "EG", "kind": "member", "names": {"en": "Egypt", "ar": "مصر"}},
        {"code": "PS", "kind": "observer", "names": {"en": "Palestine", "ar": "فلسطين"},
         "aliases": {"en": ["Palestinian Territories"]}},
        {"code": "ICC", "kind": "organization",
         "names": {"en": "International Criminal Court", "ar": "المحكمة الجنائية الدولية"}},
        {"code": "DE", "kind": "member", "names": {"en": "Germany", "ar": "ألمانيا"}}
    ]}"#;

    fn codes(v: &[StateInfo]) -> Vec<&str> {
        v.iter().map(|s| s.code.as_str()).collect()
    }

    #[test]
    fn search_is_script_and_diacritic_insensitive() {
        let c = StateCatalog::from_json(PLACEHOLDER).unwrap();
        assert_eq!(codes(&c.search("الاردن", "en")), ["JO"]);
        assert_eq!(codes(&c.search("الأُرْدُنّ", "ar")), ["JO"]);
        assert_eq!(codes(&c.search("مـصـر", "ar")), ["EG"]);
        assert_eq!(codes(&c.search("JORD", "ar")), ["JO"]);
        assert_eq!(codes(&c.search("icc", "en")), ["ICC"]);
        assert_eq!(codes(&c.search("criminal", "en")), ["ICC"]);
        assert_eq!(codes(&c.search("territories", "ar")), ["PS"]);
        assert!(c.search("zzz", "en").is_empty());
    }

    #[test]
    fn results_are_named_and_sorted_in_the_language() {
        let c = StateCatalog::from_json(PLACEHOLDER).unwrap();
        assert_eq!(codes(&c.search("", "en")), ["EG", "DE", "ICC", "JO", "PS"]);
        // ا (الأردن, ألمانيا, المحكمة) < ف < م ; «الاردن» < «الماني» < «المحكمه».
        assert_eq!(codes(&c.search("", "ar")), ["JO", "DE", "ICC", "PS", "EG"]);
        let jo = &c.search("jo", "ar")[0];
        assert_eq!(jo.name, "الأردن");
        assert_eq!(jo.names["en"], "Jordan");
        assert_eq!(c.get("JO").unwrap().name("fr"), "Jordan");
        assert_eq!(c.get("PS").unwrap().kind, StateKind::Observer);
    }

    #[test]
    fn exact_matches_come_first_then_word_prefixes_then_the_rest() {
        let first = |q: &str, lang: &str| search_states(q, lang)[0].code.clone();
        assert_eq!(first("us", "en"), "US");
        assert_eq!(first("US", "ar"), "US");
        assert_eq!(first("eg", "en"), "EG");
        assert_eq!(first("مصر", "ar"), "EG");
        assert_eq!(first("مصر", "en"), "EG");
        assert_eq!(first("الأردن", "ar"), "JO");
        assert_eq!(first("jordan", "en"), "JO");
        assert_eq!(first("guinea", "en"), "GN");
        // "us": the exact code first, then names containing it (Australia, Belarus…) by name.
        let us = codes(&search_states("us", "en"))
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>();
        assert_eq!(us[..3], ["US", "AU", "AT"], "{us:?}");
        // A word prefix beats a substring; within a rank, by name.
        let c = StateCatalog::from_json(PLACEHOLDER).unwrap();
        assert_eq!(codes(&c.search("court", "en")), ["ICC"]);
        assert_eq!(codes(&c.search("an", "en")), ["DE", "JO", "PS"]);
        assert_eq!(codes(&c.search("ger", "en")), ["DE"]);
        assert_eq!(codes(&c.search("اردن", "ar")), ["JO"]);
        assert_eq!(codes(&c.search("e", "en")), ["EG", "DE", "ICC", "PS"]);
    }

    #[test]
    fn builtin_catalog_parses_and_is_complete() {
        let c = StateCatalog::builtin();
        let members = c
            .all()
            .iter()
            .filter(|s| s.kind == StateKind::Member)
            .count();
        assert_eq!(members, 193, "UN member States");
        assert!(c
            .get("ICC")
            .is_some_and(|s| s.kind == StateKind::Organization));
        for s in c.all() {
            assert!(
                s.names.contains_key("en") && s.names.contains_key("ar"),
                "{}",
                s.code
            );
        }
        assert_eq!(codes(&search_states("الأُرْدُنّ", "ar")), ["JO"]);
        assert_eq!(codes(&search_states("مـصـر", "ar")), ["EG"]);
        assert_eq!(codes(&search_states("vatican", "en")), ["VA"]);
        assert!(state("EG").is_some());
    }

    #[test]
    fn unknown_languages_fall_back_or_are_refused() {
        // The plain search falls back to English names.
        let fallback = search_states("مصر", "xx");
        assert_eq!(codes(&fallback), ["EG"]);
        assert_eq!(fallback[0].name, "Egypt");
        assert_eq!(
            search_states_checked("مصر", "xx").unwrap_err(),
            Error::UnknownLanguage {
                language: "xx".into()
            }
        );
        let ar = search_states_checked("مصر", "ar").unwrap();
        assert_eq!(ar, search_states("مصر", "ar"));
        assert_eq!(ar[0].name, "مصر");
        assert!(search_states_checked("", "en").unwrap().len() > 193);
    }
}
