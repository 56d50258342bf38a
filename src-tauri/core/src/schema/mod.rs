//! The form schema: the one definition of a draft's fields (`docs/schema-contract.md`).
//!
//! [`form_schema`] lists, per draft kind, the wizard steps and their fields (key, path, Fluent
//! label and help ids, citations, input, required, visibility condition). The UI renders it,
//! the store validates every write with it ([`apply_changes`]), import validates files with it,
//! and the checker ([`crate::check`]) walks it.
//!
//! A top-level field path is either a draft field (`title`, `requesting_state`,
//! `requested_state`) or `content.<key>`, stored in [`Draft::content`]. Group items hold their
//! fields by key; their schema path is `content.<group>.<key>`, and a value's path in errors
//! and diagnostics carries the index: `content.measures[2].account_number`.
//!
//! Modules: [`types`] (wire shape), `validate` (values and references), `def` (builders),
//! `mla` (the MLA request form), `measures` (the assistance measures).

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde_json::Value;

use crate::error::Error;
use crate::model::{Draft, DraftKind, FieldChange};

mod def;
mod measures;
mod mla;
pub mod types;
mod validate;

pub use measures::{ASSET_TYPES, E_EVIDENCE_TYPES, MEASURE_TYPES, RECORD_TYPES};
pub use types::{
    Citation, Condition, FieldDef, FieldInput, FieldScope, FormSchema, OptionDef, StepDef,
    TranslationStatus,
};
pub(crate) use validate::is_date;
pub use validate::{
    check_references, prune_references, validate_value, MAX_GROUP_ITEMS, MAX_LIST_ITEMS,
};

/// Longest single-line text, in characters.
pub const TEXT_MAX_CHARS: usize = 1_000;
/// Longest multi-line text, in characters.
pub const TEXT_AREA_MAX_CHARS: usize = 100_000;
/// Longest text quoted back in an error argument, in characters.
pub(crate) const MAX_QUOTED_CHARS: usize = 80;

/// Where a top-level field path lives in a [`Draft`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target<'a> {
    Title,
    RequestingState,
    RequestedState,
    Content(&'a str),
}

impl<'a> Target<'a> {
    fn parse(path: &'a str) -> Option<Target<'a>> {
        match path {
            "title" => Some(Target::Title),
            "requesting_state" => Some(Target::RequestingState),
            "requested_state" => Some(Target::RequestedState),
            _ => path
                .strip_prefix("content.")
                .filter(|k| is_key(k))
                .map(Target::Content),
        }
    }
}

/// A content key: lowercase ASCII letters, digits and `_`, starting with a letter.
fn is_key(key: &str) -> bool {
    key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The foundation's first step (`parties`), still the whole form of extradition and
/// provisional-arrest drafts.
fn parties_step() -> StepDef {
    use def::{state, text};
    let mut fields = vec![
        state("requesting_state").req(),
        text("content.requesting_authority").req(),
        state("requested_state").req(),
        text("content.case_reference"),
        text("title"),
    ];
    def::finish(&mut fields, None);
    StepDef {
        id: "parties".to_owned(),
        title: "step-parties".to_owned(),
        help: None,
        fields,
    }
}

fn build(kind: DraftKind) -> FormSchema {
    let steps = match kind {
        DraftKind::Mla => mla::steps(),
        DraftKind::Extradition | DraftKind::ProvisionalArrest => vec![parties_step()],
    };
    FormSchema { kind, steps }
}

/// The form of `kind`, built once.
pub fn schema_ref(kind: DraftKind) -> &'static FormSchema {
    static CACHE: [OnceLock<FormSchema>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = DraftKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    CACHE[i].get_or_init(|| build(kind))
}

/// The top-level fields that a new request in an existing case takes over from the case's
/// most recently updated request (`Store::create_draft_in_case`): the requesting side and the
/// drafting setup, i.e. the request-scoped fields of the MLA form's `requesting` step (except
/// `title`) and `content.output_languages`, limited to those the form of `kind` has. The
/// requested side, measures, legal basis, urgency and signature are per requested State and
/// never carried over.
pub fn carried_over_paths(kind: DraftKind) -> Vec<&'static str> {
    let target = schema_ref(kind);
    schema_ref(DraftKind::Mla)
        .steps
        .iter()
        .flat_map(|s| s.fields.iter().map(move |f| (s.id.as_str(), f)))
        .filter(|(step, f)| *step == "requesting" || f.path == mla::OUTPUT_LANGUAGES)
        .map(|(_, f)| f)
        .filter(|f| f.path != "title" && f.scope != Some(FieldScope::Case))
        .filter(|f| {
            target
                .field(&f.path)
                .is_some_and(|t| t.scope != Some(FieldScope::Case))
        })
        .map(|f| f.path.as_str())
        .collect()
}

/// The form of `kind`.
pub fn form_schema(kind: DraftKind) -> FormSchema {
    schema_ref(kind).clone()
}

impl FormSchema {
    /// Every top-level field of every step, in order.
    pub fn fields(&self) -> impl Iterator<Item = &FieldDef> {
        self.steps.iter().flat_map(|s| s.fields.iter())
    }

    /// The keys (inside `content`, without `content.`) of the case-scoped top-level fields:
    /// their values live in the draft's case, shared by every request of the case.
    pub fn case_keys(&self) -> impl Iterator<Item = &str> {
        self.fields()
            .filter(|f| f.scope == Some(FieldScope::Case))
            .map(FieldDef::short_key)
    }

    /// Whether `content.<key>` is case-scoped in this form.
    pub fn is_case_key(&self, key: &str) -> bool {
        self.case_keys().any(|k| k == key)
    }

    /// The top-level field with this exact path.
    pub fn field(&self, path: &str) -> Option<&FieldDef> {
        self.fields().find(|f| f.path == path)
    }

    /// The field with this schema path, at any depth (`content.measures.account_number`).
    /// Indices are ignored: `content.measures[2].account_number` finds the same field.
    pub fn field_deep(&self, path: &str) -> Option<&FieldDef> {
        let mut clean = String::with_capacity(path.len());
        let mut skip = false;
        for c in path.chars() {
            match c {
                '[' => skip = true,
                ']' => skip = false,
                _ if !skip => clean.push(c),
                _ => {}
            }
        }
        fn find<'a>(fields: &'a [FieldDef], path: &str) -> Option<&'a FieldDef> {
            fields.iter().find_map(|f| {
                if f.path == path {
                    Some(f)
                } else if path.starts_with(&format!("{}.", f.path)) {
                    find(f.group_fields(), path)
                } else {
                    None
                }
            })
        }
        self.steps.iter().find_map(|s| find(&s.fields, &clean))
    }
}

/// Shortens text quoted back to the user in an error argument.
pub(crate) fn quote(text: &str) -> String {
    if text.chars().count() <= MAX_QUOTED_CHARS {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(MAX_QUOTED_CHARS).collect();
    short.push('…');
    short
}

/// The value of the field at `path` (`null` when unset).
pub fn get_field(draft: &Draft, path: &str) -> Result<Value, Error> {
    let unknown = || Error::UnknownField { path: quote(path) };
    schema_ref(draft.kind).field(path).ok_or_else(unknown)?;
    let opt = |s: &Option<String>| s.clone().map_or(Value::Null, Value::String);
    Ok(match Target::parse(path).ok_or_else(unknown)? {
        Target::Title => Value::String(draft.title.clone()),
        Target::RequestingState => opt(&draft.requesting_state),
        Target::RequestedState => opt(&draft.requested_state),
        Target::Content(key) => draft.content.get(key).cloned().unwrap_or(Value::Null),
    })
}

/// Validates the shape of one value and sets it, without checking references to other
/// groups (see [`apply_changes`]). On error the draft is unchanged.
pub(crate) fn set_field_shape(draft: &mut Draft, path: &str, value: &Value) -> Result<(), Error> {
    let unknown = || Error::UnknownField { path: quote(path) };
    let def = schema_ref(draft.kind).field(path).ok_or_else(unknown)?;
    let target = Target::parse(path).ok_or_else(unknown)?;
    let value = validate_value(def, value, path)?;
    let as_opt = |v: Value| match v {
        Value::String(s) => Some(s),
        _ => None,
    };
    match target {
        Target::Title => draft.title = as_opt(value).unwrap_or_default(),
        Target::RequestingState => draft.requesting_state = as_opt(value),
        Target::RequestedState => draft.requested_state = as_opt(value),
        Target::Content(key) => {
            if value.is_null() {
                draft.content.remove(key);
            } else {
                draft.content.insert(key.to_owned(), value);
            }
        }
    }
    Ok(())
}

/// Validates a case title like a draft title (single-line text; empty allowed), reporting
/// errors (`invalid-field-value`) under `path`.
pub fn validate_case_title(title: &Value, path: &str) -> Result<String, Error> {
    match validate_value(&def::text("title"), title, path)? {
        Value::String(s) => Ok(s),
        _ => Ok(String::new()),
    }
}

/// Validates and sets one field. On error the draft is unchanged.
pub fn set_field(draft: &mut Draft, path: &str, value: &Value) -> Result<(), Error> {
    apply_changes(
        draft,
        &[FieldChange {
            path: path.to_owned(),
            value: value.clone(),
        }],
    )
}

/// Applies all changes, or none: on the first error the draft is left as it was.
///
/// Each value is validated against its field; then references to removed group items are
/// removed from the fields not in this batch, and the references in the changed fields must
/// name existing items (`unknown-reference`).
pub fn apply_changes(draft: &mut Draft, changes: &[FieldChange]) -> Result<(), Error> {
    let mut edited = draft.clone();
    let mut changed = BTreeSet::new();
    for change in changes {
        set_field_shape(&mut edited, &change.path, &change.value)?;
        changed.insert(change.path.clone());
    }
    let schema = schema_ref(edited.kind);
    prune_references(schema, &mut edited, &changed);
    check_references(schema, &edited, Some(&changed))?;
    *draft = edited;
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests;
