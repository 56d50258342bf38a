//! `MLA-N002` — a measure is linked to no person and to no fact.
//!
//! **What**: an item of `content.measures` that names no existing person or entity and whose
//! “link to the facts” (`grounds`) is empty.
//!
//! **Why**: the requested State must see why this measure, on this target, follows from the
//! facts; without a person or a factual link the request is refused as too broad or answered
//! with a request for additional information.
//!
//! **Source**: UNTOC art. 18(15)(c) and (e), 18(16); UNCAC art. 46(15)(c) and (e).

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::n001_measure_offence::{ids, links_any};
use super::{cites, Rule};

pub(super) const RULE: Rule = Rule {
    code: "MLA-N002",
    severity: Severity::Warning,
    run,
};

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let persons = ids(ctx, "content.persons");
    for (i, item) in ctx.items("content.measures") {
        let fact = ctx
            .item_slot("content.measures", i, "grounds")
            .is_some_and(|s| s.value.is_some() && ctx.is_filled(s));
        if !fact && !links_any(item.get("persons"), &persons) {
            out.push(diag(
                rule,
                Some(format!("content.measures[{i}].persons")),
                cites(&[("untoc", "18(15)(c)"), ("untoc", "18(15)(e)")]),
                &[("item", (i + 1).to_string())],
            ));
        }
    }
}
