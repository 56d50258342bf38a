//! `MLA-S003` — vague wording such as “all records”, “all documents”, “all information”.
//!
//! **What**: a text of a measure (description, documents requested, data concerned, items
//! sought…) that contains a catch-all phrase, in any language of the app. The phrases are the
//! Fluent message `check-vague-phrases` of every shipped locale (separated by `|`), compared
//! after the engine's search normalisation ([`crate::text::normalize_for_search`]: case,
//! diacritics, tatweel, hamza and ta marbuta folded), so «كافة السجلات» and «كافّة السجلّات»
//! both match, whatever the UI language.
//!
//! **Why**: requests for “all records” are refused as fishing expeditions or return with a
//! request to narrow them; naming the documents and the period gets them executed.
//!
//! **Source**: UNTOC art. 18(15)(d); UNODC MLA Request Writer Tool practice (issue 3).

use std::sync::OnceLock;

use serde_json::Value;

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::{cites, Rule};
use crate::l10n::{self, Localizer};
use crate::schema::FieldInput;
use crate::text::normalize_for_search;

pub(super) const RULE: Rule = Rule {
    code: "MLA-S003",
    severity: Severity::Warning,
    run,
};

/// (phrase as written, normalised phrase) of every shipped language.
pub(crate) fn phrases() -> &'static [(String, String)] {
    static PHRASES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut out = Vec::new();
        for lang in l10n::available_languages() {
            let Ok(l) = Localizer::new(&lang) else {
                continue;
            };
            if !l.has_message("check-vague-phrases") {
                continue;
            }
            for p in l.message_plain("check-vague-phrases", &[]).split('|') {
                let norm = normalize_for_search(p);
                if !norm.is_empty() && !out.iter().any(|(_, n)| *n == norm) {
                    out.push((p.trim().to_owned(), norm));
                }
            }
        }
        out
    })
}

/// The first vague phrase found in `text`.
pub(crate) fn vague_phrase(text: &str) -> Option<&'static str> {
    let norm = normalize_for_search(text);
    phrases()
        .iter()
        .find(|(_, p)| contains_phrase(&norm, p))
        .map(|(raw, _)| raw.as_str())
}

/// Substring match that starts at a word boundary (so “overall records” is not “all records”).
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for slot in ctx
        .slots
        .iter()
        .filter(|s| s.path.starts_with("content.measures["))
    {
        let texts: Vec<&str> = match (&slot.def.input, slot.value) {
            (FieldInput::LocalizedText { .. }, Some(Value::Object(m))) => m
                .values()
                .filter_map(|e| e.get("text").and_then(Value::as_str))
                .collect(),
            (FieldInput::Text | FieldInput::TextArea, Some(Value::String(s))) => vec![s.as_str()],
            _ => continue,
        };
        if let Some(phrase) = texts.into_iter().find_map(vague_phrase) {
            out.push(diag(
                rule,
                Some(slot.path.clone()),
                cites(&[("untoc", "18(15)(d)")]),
                &[("phrase", phrase.to_owned())],
            ));
        }
    }
}
