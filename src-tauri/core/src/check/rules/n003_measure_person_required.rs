//! `MLA-N003` — a measure that acts on a person names none.
//!
//! **What**: a measure of type testimony, service of documents, hearing by videoconference,
//! voluntary appearance or temporary transfer of a detained person that names no existing
//! person.
//!
//! **Why**: these measures are executed on a person: the witness to hear, the addressee to
//! serve, the detainee to transfer. The requested State needs the person's identity and
//! location to act.
//!
//! **Source**: UNTOC art. 18(15)(e); ETS 30 art. 14(1)(d) (name and address of the person to be
//! served); ETS 182 art. 9(3).

use serde_json::Value;

use super::super::ctx::diag;
use super::super::{Ctx, Diagnostic, Severity};
use super::n001_measure_offence::{ids, links_any};
use super::{cites, Rule};

pub(super) const RULE: Rule = Rule {
    code: "MLA-N003",
    severity: Severity::Blocking,
    run,
};

/// Measure types executed on a person.
pub(crate) const PERSON_MEASURES: [&str; 5] = [
    "testimony",
    "service",
    "videoconference",
    "voluntary_appearance",
    "detained_transfer",
];

fn run(ctx: &Ctx<'_>, rule: &Rule, out: &mut Vec<Diagnostic>) {
    let persons = ids(ctx, "content.persons");
    for (i, item) in ctx.items("content.measures") {
        let Some(kind) = item.get("type").and_then(Value::as_str) else {
            continue;
        };
        if PERSON_MEASURES.contains(&kind) && !links_any(item.get("persons"), &persons) {
            out.push(diag(
                rule,
                Some(format!("content.measures[{i}].persons")),
                cites(&[("untoc", "18(15)(e)"), ("ets30", "14(1)(d)")]),
                &[("item", (i + 1).to_string()), ("type", kind.to_owned())],
            ));
        }
    }
}
