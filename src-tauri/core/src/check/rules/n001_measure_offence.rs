//! `MLA-N001` — a measure is not linked to any offence.
//!
//! **What**: an item of `content.measures` whose `offences` lists no existing offence.
//!
//! **Why**: the requested State assesses each measure against the offence it serves (dual
//! criminality, proportionality, coercive measures); a measure without an offence reads as a
//! fishing expedition.
//!
//! **Source**: UNTOC art. 18(15)(b) and 18(9); UNCAC art. 46(15)(b) and 46(9).

use std::collections::BTreeSet;

use serde_json::Value;

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::{cites, Rule};

pub(super) const RULE: Rule = Rule {
    code: "MLA-N001",
    severity: Severity::Blocking,
    run,
};

/// The ids of the items of a top-level group.
pub(crate) fn ids(ctx: &Ctx<'_>, group: &str) -> BTreeSet<String> {
    ctx.items(group)
        .into_iter()
        .filter_map(|(_, m)| m.get("id").and_then(Value::as_str).map(str::to_owned))
        .collect()
}

/// Whether `value` (an id or a list of ids) names at least one of `known`.
pub(crate) fn links_any(value: Option<&Value>, known: &BTreeSet<String>) -> bool {
    match value {
        Some(Value::String(s)) => known.contains(s),
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_str)
            .any(|s| known.contains(s)),
        _ => false,
    }
}

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let offences = ids(ctx, "content.offences");
    for (i, item) in ctx.items("content.measures") {
        if !links_any(item.get("offences"), &offences) {
            out.push(diag(
                rule,
                Some(format!("content.measures[{i}].offences")),
                cites(&[
                    ("untoc", "18(15)(b)"),
                    ("untoc", "18(9)"),
                    ("uncac", "46(15)(b)"),
                ]),
                &[("item", (i + 1).to_string())],
            ));
        }
    }
}
