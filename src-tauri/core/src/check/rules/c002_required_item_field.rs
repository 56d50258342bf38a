//! `MLA-C002` — a required field of an item (offence, person, measure, annex…) is empty.
//!
//! **What**: every visible, required field inside a group item that has no value, e.g. the
//! account number of a bank-records measure, the custodian of data to be preserved, the conduct
//! of an offence. Links to offences are MLA-N001's.
//!
//! **Why**: each measure has its own required items; without them the requested State cannot
//! execute it (e.g. a preservation request must identify the custodian of the data).
//!
//! **Source**: UNTOC art. 18(15)(d)–(e); per measure: Budapest art. 29(2)(a)–(f), ETS 30 arts.
//! 3, 7, ETS 182 arts. 9, 18, 19, UNTOC 18(10)–(12), 18(27) (the field's own citations).

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::Rule;
use crate::schema::FieldInput;

pub(super) const RULE: Rule = Rule {
    code: "MLA-C002",
    severity: Severity::Blocking,
    run,
};

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for slot in ctx.slots.iter().filter(|s| s.in_group) {
        if matches!(slot.def.input, FieldInput::Reference { .. }) {
            continue;
        }
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
