//! `MLA-C001` — a required field of the request is empty.
//!
//! **What**: every visible, required top-level field (not a group) that has no value, e.g. the
//! requesting authority, the facts, the purpose, the signatory. The facts are not required when
//! every measure is service of documents.
//!
//! **Why**: the requested State returns or refuses requests that lack mandatory contents; the
//! officer gets the field to jump to.
//!
//! **Source**: UNTOC art. 18(15)(a)–(f), UNCAC art. 46(15), 1988 Convention art. 7(10); the
//! field's own citations.

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::Rule;
use crate::schema::FieldInput;

pub(super) const RULE: Rule = Rule {
    code: "MLA-C001",
    severity: Severity::Blocking,
    run,
};

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for slot in &ctx.slots {
        if slot.in_group || matches!(slot.def.input, FieldInput::Group { .. }) {
            continue;
        }
        // A required yes/no set to "no" is MLA-C004's.
        if ctx.required(slot) && slot.value.is_none_or(|v| !v.is_boolean()) && !ctx.is_filled(slot)
        {
            out.push(diag(
                rule,
                Some(slot.path.clone()),
                slot.def.citations.clone(),
                &[],
            ));
        }
    }
}
