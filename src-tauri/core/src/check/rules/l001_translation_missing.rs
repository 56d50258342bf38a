//! `MLA-L001` — a text is missing in one of the request's languages.
//!
//! **What**: a visible free-text field (localized text) that has text in some language but
//! none in an output language of the request (`content.output_languages`), or whose entry for
//! that language is marked `missing`. A required text empty in every language is MLA-C001's or
//! MLA-C002's.
//!
//! **Why**: the request is sent in every output language; a paragraph missing in one of them
//! leaves that version incomplete, and the requested State may only accept that language.
//!
//! **Source**: UNTOC art. 18(14); UNCAC art. 46(14); 1988 Convention art. 7(9).

use super::super::ctx::diag;
use super::super::{localized, Ctx, Diagnostic, Severity};
use super::{cites, Rule};
use crate::schema::FieldInput;

pub(super) const RULE: Rule = Rule {
    code: "MLA-L001",
    severity: Severity::Blocking,
    run,
};

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for slot in &ctx.slots {
        if !matches!(slot.def.input, FieldInput::LocalizedText { .. }) || !ctx.is_filled(slot) {
            continue;
        }
        for lang in &ctx.languages {
            let (text, status) = localized(slot.value, lang);
            if text.trim().is_empty() || status == Some("missing") {
                out.push(diag(
                    rule,
                    Some(slot.path.clone()),
                    cites(&[("untoc", "18(14)"), ("uncac", "46(14)")]),
                    &[("language", lang.clone())],
                ));
            }
        }
    }
}
