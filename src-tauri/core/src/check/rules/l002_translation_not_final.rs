//! `MLA-L002` — a text in one of the request's languages is still a draft.
//!
//! **What**: a visible free-text field whose text in an output language is present but whose
//! translation status is `draft` (not `final`).
//!
//! **Why**: draft translations are a common cause of misunderstanding and of requests for
//! clarification; each language version should be reviewed before signature.
//!
//! **Source**: UNTOC art. 18(14); UNCAC art. 46(14).

use super::super::ctx::diag;
use super::super::{localized, Ctx, Diagnostic, Severity};
use super::{cites, Rule};
use crate::schema::FieldInput;

pub(super) const RULE: Rule = Rule {
    code: "MLA-L002",
    severity: Severity::Warning,
    run,
};

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for slot in &ctx.slots {
        if !matches!(slot.def.input, FieldInput::LocalizedText { .. }) {
            continue;
        }
        for lang in &ctx.languages {
            let (text, status) = localized(slot.value, lang);
            if !text.trim().is_empty() && status.is_some_and(|s| s != "final" && s != "missing") {
                out.push(diag(
                    rule,
                    Some(slot.path.clone()),
                    cites(&[("untoc", "18(14)")]),
                    &[("language", lang.clone())],
                ));
            }
        }
    }
}
