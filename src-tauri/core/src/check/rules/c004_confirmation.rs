//! `MLA-C004` — a required confirmation is answered “no”.
//!
//! **What**: a required yes/no field set to `false`: the use limitation is not acknowledged;
//! a preservation request does not state that a request for the data will follow; a detained
//! person does not consent to a temporary transfer.
//!
//! **Why**: these are conditions of the assistance itself, not details: without them the
//! requested State cannot grant it.
//!
//! **Source**: UNTOC art. 18(19); Budapest art. 29(2)(f); UNTOC art. 18(10)(a).

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::Rule;
use crate::schema::FieldInput;

pub(super) const RULE: Rule = Rule {
    code: "MLA-C004",
    severity: Severity::Blocking,
    run,
};

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for slot in &ctx.slots {
        if matches!(slot.def.input, FieldInput::Bool)
            && ctx.required(slot)
            && slot.value.and_then(|v| v.as_bool()) == Some(false)
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
