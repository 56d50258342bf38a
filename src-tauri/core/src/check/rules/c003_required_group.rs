//! `MLA-C003` — a required list is empty: no offence, or no measure of assistance.
//!
//! **What**: a visible, required group (`content.offences`, `content.measures`) with no item.
//!
//! **Why**: a request states the subject matter of the proceedings (the offences) and the
//! assistance sought; without either there is nothing to execute.
//!
//! **Source**: UNTOC art. 18(15)(b) and (d); UNCAC art. 46(15)(b) and (d); 1988 Convention
//! art. 7(10)(b) and (d).

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::Rule;
use crate::schema::FieldInput;

pub(super) const RULE: Rule = Rule {
    code: "MLA-C003",
    severity: Severity::Blocking,
    run,
};

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for slot in &ctx.slots {
        if matches!(slot.def.input, FieldInput::Group { .. })
            && ctx.required(slot)
            && !ctx.is_filled(slot)
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
