//! `MLA-S001` — a request for records or data with no date range.
//!
//! **What**: a measure asking for records or data over time (records, expedited preservation,
//! stored data, real-time traffic data, interception, tracing of assets) without both a start
//! and an end date.
//!
//! **Why**: an unbounded request for records is the classic “fishing expedition”; requested
//! States and providers ask for the period, and a bounded period gets a faster answer.
//!
//! **Source**: UNTOC art. 18(15)(d) (description of the assistance sought); Budapest art.
//! 29(2)(c) (the data to be preserved).

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::{cites, Rule};

pub(super) const RULE: Rule = Rule {
    code: "MLA-S001",
    severity: Severity::Warning,
    run,
};

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for (i, _) in ctx.items("content.measures") {
        let from = ctx.item_slot("content.measures", i, "date_from");
        let to = ctx.item_slot("content.measures", i, "date_to");
        // The date fields are visible only for the measures over a period.
        let (Some(from), Some(to)) = (from, to) else {
            continue;
        };
        if from.value.is_none() || to.value.is_none() {
            let path = if from.value.is_none() {
                &from.path
            } else {
                &to.path
            };
            out.push(diag(
                rule,
                Some(path.clone()),
                cites(&[("untoc", "18(15)(d)"), ("budapest", "29(2)(c)")]),
                &[("item", (i + 1).to_string())],
            ));
        }
    }
}
