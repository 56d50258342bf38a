//! `MLA-C005` — a preservation period shorter than 60 days.
//!
//! **What**: an expedited-preservation measure whose `preservation_days` is below 60.
//!
//! **Why**: preservation lasts at least 60 days so that the request for the data can follow;
//! asking for less risks losing the data before the follow-up request arrives.
//!
//! **Source**: Budapest Convention art. 29(7).

use serde_json::Value;

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::{cites, Rule};

pub(super) const RULE: Rule = Rule {
    code: "MLA-C005",
    severity: Severity::Warning,
    run,
};

/// The minimum preservation period (Budapest art. 29(7)).
pub(crate) const MIN_DAYS: f64 = 60.0;

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for (i, _) in ctx.items("content.measures") {
        let Some(slot) = ctx.item_slot("content.measures", i, "preservation_days") else {
            continue;
        };
        if let Some(days) = slot.value.and_then(Value::as_f64) {
            if days < MIN_DAYS {
                out.push(diag(
                    rule,
                    Some(slot.path.clone()),
                    cites(&[("budapest", "29(7)")]),
                    &[("days", format_days(days)), ("minimum", "60".to_owned())],
                ));
            }
        }
    }
}

fn format_days(days: f64) -> String {
    if days.fract() == 0.0 && days.abs() < 1e15 {
        format!("{}", days as i64)
    } else {
        days.to_string()
    }
}
