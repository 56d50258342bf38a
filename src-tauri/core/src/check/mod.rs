//! The request checker: completeness, nexus, specificity and translation findings.
//!
//! [`check_draft`] walks the form schema over a draft and returns a [`CheckReport`]: how many
//! required items are filled (`completeness`) and the findings (`diagnostics`). Checks return
//! diagnostics, never errors, and never panic on odd input: every value is read defensively.
//!
//! One rule per file under `rules/`, each with a stable code (`MLA-C0xx` completeness,
//! `MLA-N0xx` nexus, `MLA-S0xx` specificity, `MLA-L0xx` translation), its rustdoc (What / Why /
//! Source) and a snapshot fixture under `tests/fixtures/check/`. A finding's Fluent message is
//! `check-<code in lowercase>` (`check-mla-c001`) in `locales/<lang>/check.ftl`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::Draft;
use crate::schema::{schema_ref, Citation};

mod ctx;
pub mod rules;

pub(crate) use ctx::Ctx;

/// How many required items are filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Completeness {
    /// Required visible items that are filled.
    pub done: u32,
    /// Required visible items.
    pub total: u32,
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The request should not be sent like this.
    Blocking,
    /// Likely to cause a refusal or a request for additional information.
    Warning,
    /// Good practice.
    Advice,
}

impl Severity {
    /// The serialized name, also the suffix of its Fluent id `check-severity-<name>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Blocking => "blocking",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Diagnostic {
    /// Stable rule code, e.g. `MLA-C001`.
    pub code: String,
    /// How serious it is.
    pub severity: Severity,
    /// Fluent id of the message (`check-mla-c001`).
    pub message: String,
    /// Message arguments (codes and quoted data, never English prose).
    pub args: BTreeMap<String, String>,
    /// The provisions the finding rests on.
    pub citations: Vec<Citation>,
    /// The field to jump to (`content.measures[2].account_number`), if any.
    pub path: Option<String>,
}

/// The result of checking a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct CheckReport {
    /// Required visible items filled, of all required visible items.
    pub completeness: Completeness,
    /// Findings, in rule order, then in form order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a draft against its form schema and every rule.
pub fn check_draft(draft: &Draft) -> CheckReport {
    let ctx = Ctx::new(draft, schema_ref(draft.kind));
    let mut diagnostics = Vec::new();
    for rule in rules::RULES {
        (rule.run)(&ctx, rule, &mut diagnostics);
    }
    CheckReport {
        completeness: ctx.completeness(),
        diagnostics,
    }
}

/// Whether a value counts as filled for `def` (see [`Ctx::is_filled`]).
fn text_filled(v: &Value) -> bool {
    v.as_str().is_some_and(|s| !s.trim().is_empty())
}

/// The text of one language of a localized text value (`""` when absent).
pub(crate) fn localized<'v>(value: Option<&'v Value>, lang: &str) -> (&'v str, Option<&'v str>) {
    let entry = value.and_then(|v| v.get(lang));
    (
        entry
            .and_then(|e| e.get("text"))
            .and_then(Value::as_str)
            .unwrap_or(""),
        entry.and_then(|e| e.get("status")).and_then(Value::as_str),
    )
}

/// The item objects of the top-level group at `path`, with their indices.
pub(crate) fn group_items<'a>(
    draft: &'a Draft,
    path: &str,
) -> Vec<(usize, &'a Map<String, Value>)> {
    let key = path.strip_prefix("content.").unwrap_or(path);
    draft
        .content
        .get(key)
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.as_object().map(|m| (i, m)))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
