//! The rules, one per file. Each file documents What it checks, Why, and the Source, and
//! exports one [`Rule`] with a stable code; [`RULES`] runs them in this order.

use super::{Ctx, Diagnostic, Severity};
use crate::schema::Citation;

mod c001_required_field;
mod c002_required_item_field;
mod c003_required_group;
mod c004_confirmation;
mod c005_preservation_period;
mod l001_translation_missing;
mod l002_translation_not_final;
mod n001_measure_offence;
mod n002_measure_person_or_fact;
mod n003_measure_person_required;
mod s001_date_range;
mod s002_identifier;
pub(crate) mod s003_vague_wording;
mod s004_date_order;

/// One rule.
pub struct Rule {
    /// Stable code, e.g. `MLA-C001`.
    pub code: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// Appends the rule's findings.
    pub(crate) run: fn(&Ctx<'_>, &Rule, &mut Vec<Diagnostic>),
}

/// Every rule, in reporting order.
pub static RULES: &[Rule] = &[
    c001_required_field::RULE,
    c002_required_item_field::RULE,
    c003_required_group::RULE,
    c004_confirmation::RULE,
    c005_preservation_period::RULE,
    n001_measure_offence::RULE,
    n002_measure_person_or_fact::RULE,
    n003_measure_person_required::RULE,
    s001_date_range::RULE,
    s002_identifier::RULE,
    s003_vague_wording::RULE,
    s004_date_order::RULE,
    l001_translation_missing::RULE,
    l002_translation_not_final::RULE,
];

/// Every rule code, in reporting order.
pub fn codes() -> Vec<&'static str> {
    RULES.iter().map(|r| r.code).collect()
}

/// Shorthand for a list of citations.
pub(crate) fn cites(list: &[(&str, &str)]) -> Vec<Citation> {
    list.iter().map(|(i, a)| Citation::new(i, a)).collect()
}
