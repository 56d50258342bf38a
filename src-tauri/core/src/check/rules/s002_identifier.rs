//! `MLA-S002` — a request for records, data or assets with no identifier.
//!
//! **What**: a measure asking for records, data or assets (see MLA-S001) that gives none of:
//! an account number, record identifiers, account identifiers (e-mail, phone, IP address,
//! user name), a wallet address or transaction hashes. Where one of these is itself required
//! and empty, MLA-C002 reports it instead.
//!
//! **Why**: without an identifier the holder cannot find the records, and the request looks
//! like a search for anything that might exist (anti-fishing).
//!
//! **Source**: UNTOC art. 18(15)(d)–(e); Budapest art. 29(2)(d).

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::{cites, Rule};

pub(super) const RULE: Rule = Rule {
    code: "MLA-S002",
    severity: Severity::Warning,
    run,
};

/// Item keys that identify records, data or assets.
pub(crate) const IDENTIFIERS: [&str; 5] = [
    "account_number",
    "record_identifiers",
    "data_identifiers",
    "wallet_address",
    "tx_hashes",
];

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    for (i, _) in ctx.items("content.measures") {
        // Only measures over a period (those with visible date fields) are concerned.
        if ctx.item_slot("content.measures", i, "date_from").is_none() {
            continue;
        }
        let slots: Vec<_> = IDENTIFIERS
            .iter()
            .filter_map(|k| ctx.item_slot("content.measures", i, k))
            .collect();
        if slots.iter().any(|s| s.value.is_some() && ctx.is_filled(s)) {
            continue;
        }
        if slots.iter().any(|s| ctx.required(s)) {
            continue; // MLA-C002 reports the required identifier.
        }
        let path = slots.first().map_or_else(
            || format!("content.measures[{i}].description"),
            |s| s.path.clone(),
        );
        out.push(diag(
            rule,
            Some(path),
            cites(&[("untoc", "18(15)(e)"), ("budapest", "29(2)(d)")]),
            &[("item", (i + 1).to_string())],
        ));
    }
}
