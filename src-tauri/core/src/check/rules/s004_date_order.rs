//! `MLA-S004` — a date range that ends before it starts.
//!
//! **What**: a measure whose `date_from` is after its `date_to`.
//!
//! **Why**: an inverted period is a typing error that makes the request impossible to execute
//! as written.
//!
//! **Source**: UNTOC art. 18(15)(d).

use serde_json::Value;

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::{cites, Rule};

pub(super) const RULE: Rule = Rule {
    code: "MLA-S004",
    severity: Severity::Blocking,
    run,
};

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for (i, _) in ctx.items("content.measures") {
        let date = |k: &str| {
            ctx.item_slot("content.measures", i, k)
                .and_then(|s| s.value)
                .and_then(Value::as_str)
                .filter(|s| crate::schema::is_date(s))
                .map(str::to_owned)
        };
        if let (Some(from), Some(to)) = (date("date_from"), date("date_to")) {
            // ISO dates compare as text.
            if from > to {
                out.push(diag(
                    rule,
                    Some(format!("content.measures[{i}].date_to")),
                    cites(&[("untoc", "18(15)(d)")]),
                    &[("item", (i + 1).to_string()), ("from", from), ("to", to)],
                ));
            }
        }
    }
}
