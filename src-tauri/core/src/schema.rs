//! The form schema: the one definition of a draft's fields.
//!
//! [`form_schema`] lists, per draft kind, the wizard steps and their fields (path, Fluent label
//! and help ids, input kind, required). The UI renders it, the store validates every write with
//! it ([`apply_changes`]), import validates files with it ([`validate_value`]), and later
//! completeness checks and export walk it.
//!
//! A field path is either a top-level draft field (`title`, `requesting_state`,
//! `requested_state`) or `content.<key>`, stored in [`Draft::content`]. To grow the schema, add a
//! [`FieldInput`] variant (dates, booleans, per-language text, repeatable groups) with its
//! validation in [`validate_value`], and add fields to a step.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, FieldReason, JsonType};
use crate::model::{Draft, DraftKind, FieldChange};
use crate::states;

/// Longest single-line text, in characters.
pub const TEXT_MAX_CHARS: usize = 1_000;
/// Longest multi-line text, in characters.
pub const TEXT_AREA_MAX_CHARS: usize = 100_000;
/// Longest text quoted back in an error argument, in characters.
pub(crate) const MAX_QUOTED_CHARS: usize = 80;

/// The form of one draft kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct FormSchema {
    /// The draft kind this form is for.
    pub kind: DraftKind,
    /// The wizard steps, in order.
    pub steps: Vec<StepDef>,
}

/// One wizard step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct StepDef {
    /// Stable step id (e.g. `parties`).
    pub id: String,
    /// Fluent id of the step title.
    pub title: String,
    /// The fields, in display order.
    pub fields: Vec<FieldDef>,
}

/// One field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct FieldDef {
    /// Field path, e.g. `content.case_reference`.
    pub path: String,
    /// Fluent id of the label.
    pub label: String,
    /// Fluent id of the help text, if any.
    pub help: Option<String>,
    /// Which input renders and validates the value.
    pub input: FieldInput,
    /// Whether a complete request needs a value.
    pub required: bool,
}

/// The input kind of a field, which also fixes the value's JSON type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum FieldInput {
    /// Single-line text (a JSON string, at most [`TEXT_MAX_CHARS`] characters, no line breaks).
    Text,
    /// Multi-line text (a JSON string, at most [`TEXT_AREA_MAX_CHARS`] characters).
    TextArea,
    /// A State picker (a JSON string: a code from [`crate::states`]).
    State,
}

/// Where a field path lives in a [`Draft`].
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

/// Builds a field whose Fluent ids derive from its path: `content.case_reference` has label
/// `field-case-reference` and help `field-case-reference-help`.
fn field(path: &str, input: FieldInput, required: bool) -> FieldDef {
    let last = path.rsplit('.').next().unwrap_or(path).replace('_', "-");
    FieldDef {
        path: path.to_owned(),
        label: format!("field-{last}"),
        help: Some(format!("field-{last}-help")),
        input,
        required,
    }
}

/// The form of `kind`. The first step is always `parties`.
pub fn form_schema(kind: DraftKind) -> FormSchema {
    let parties = StepDef {
        id: "parties".to_owned(),
        title: "step-parties".to_owned(),
        fields: vec![
            field("requesting_state", FieldInput::State, true),
            field("content.requesting_authority", FieldInput::Text, true),
            field("requested_state", FieldInput::State, true),
            field("content.case_reference", FieldInput::Text, false),
            field("title", FieldInput::Text, false),
        ],
    };
    FormSchema {
        kind,
        steps: vec![parties],
    }
}

impl FormSchema {
    /// Every field of every step, in order.
    pub fn fields(&self) -> impl Iterator<Item = &FieldDef> {
        self.steps.iter().flat_map(|s| s.fields.iter())
    }

    /// The field with this exact path.
    pub fn field(&self, path: &str) -> Option<&FieldDef> {
        self.fields().find(|f| f.path == path)
    }
}

/// Checks `value` against `def` and returns the value to store: `Value::Null` means "clear"
/// (`null`, and the empty string, clear a field). `Err` holds the localizable reason.
pub fn validate_value(def: &FieldDef, value: &Value) -> Result<Value, FieldReason> {
    let text = match value {
        Value::Null => return Ok(Value::Null),
        Value::String(s) => s,
        other => {
            return Err(FieldReason::ExpectedText {
                found_type: JsonType::of(other),
            })
        }
    };
    if text.is_empty() {
        return Ok(Value::Null);
    }
    match def.input {
        FieldInput::Text | FieldInput::TextArea => {
            let (max, multiline) = match def.input {
                FieldInput::TextArea => (TEXT_AREA_MAX_CHARS, true),
                _ => (TEXT_MAX_CHARS, false),
            };
            if text.chars().count() > max {
                return Err(FieldReason::TextTooLong { max });
            }
            let allowed = |c: char| multiline && matches!(c, '\n' | '\r' | '\t');
            if let Some(c) = text.chars().find(|&c| c.is_control() && !allowed(c)) {
                return Err(if matches!(c, '\n' | '\r') {
                    FieldReason::LineBreak
                } else {
                    FieldReason::ControlCharacter { character: c }
                });
            }
        }
        FieldInput::State => {
            if states::state(text).is_none() {
                return Err(FieldReason::UnknownState { value: quote(text) });
            }
        }
    }
    Ok(value.clone())
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
    let unknown = || Error::UnknownField {
        path: path.to_owned(),
    };
    form_schema(draft.kind).field(path).ok_or_else(unknown)?;
    let opt = |s: &Option<String>| s.clone().map_or(Value::Null, Value::String);
    Ok(match Target::parse(path).ok_or_else(unknown)? {
        Target::Title => Value::String(draft.title.clone()),
        Target::RequestingState => opt(&draft.requesting_state),
        Target::RequestedState => opt(&draft.requested_state),
        Target::Content(key) => draft.content.get(key).cloned().unwrap_or(Value::Null),
    })
}

/// Validates and sets one field. On error the draft is unchanged.
pub fn set_field(draft: &mut Draft, path: &str, value: &Value) -> Result<(), Error> {
    let unknown = || Error::UnknownField {
        path: path.to_owned(),
    };
    let schema = form_schema(draft.kind);
    let def = schema.field(path).ok_or_else(unknown)?;
    let target = Target::parse(path).ok_or_else(unknown)?;
    let value = validate_value(def, value).map_err(|reason| Error::InvalidFieldValue {
        path: path.to_owned(),
        reason,
    })?;
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

/// Applies all changes, or none: on the first error the draft is left as it was.
pub fn apply_changes(draft: &mut Draft, changes: &[FieldChange]) -> Result<(), Error> {
    let mut edited = draft.clone();
    for change in changes {
        set_field(&mut edited, &change.path, &change.value)?;
    }
    *draft = edited;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde_json::json;
    use uuid::Uuid;

    use super::*;
    use crate::model::now_utc;

    fn draft() -> Draft {
        Draft {
            id: Uuid::new_v4(),
            kind: DraftKind::Mla,
            title: String::new(),
            requesting_state: None,
            requested_state: None,
            created_at: now_utc(),
            updated_at: now_utc(),
            content: BTreeMap::new(),
        }
    }

    #[test]
    fn first_step_is_parties_with_the_contract_fields() {
        for kind in DraftKind::ALL {
            let schema = form_schema(kind);
            let step = &schema.steps[0];
            assert_eq!(
                (step.id.as_str(), step.title.as_str()),
                ("parties", "step-parties")
            );
            let paths: Vec<_> = step.fields.iter().map(|f| f.path.as_str()).collect();
            assert_eq!(
                paths,
                [
                    "requesting_state",
                    "content.requesting_authority",
                    "requested_state",
                    "content.case_reference",
                    "title"
                ]
            );
            assert_eq!(step.fields[0].label, "field-requesting-state");
            assert_eq!(step.fields[1].label, "field-requesting-authority");
            assert_eq!(step.fields[0].input, FieldInput::State);
            // Every path resolves to a place in the draft.
            assert!(schema.fields().all(|f| Target::parse(&f.path).is_some()));
        }
        let v = serde_json::to_value(form_schema(DraftKind::Mla)).unwrap();
        assert_eq!(v["steps"][0]["fields"][0]["input"], "state");
    }

    #[test]
    fn set_and_get_round_trip() {
        let mut d = draft();
        let jo = states::all_states()[0].code.clone();
        set_field(&mut d, "requesting_state", &json!(jo)).unwrap();
        set_field(
            &mut d,
            "content.requesting_authority",
            &json!("وزارة العدل"),
        )
        .unwrap();
        set_field(&mut d, "title", &json!("Bank records")).unwrap();
        assert_eq!(d.requesting_state.as_deref(), Some(jo.as_str()));
        assert_eq!(
            get_field(&d, "content.requesting_authority").unwrap(),
            json!("وزارة العدل")
        );
        assert_eq!(get_field(&d, "title").unwrap(), json!("Bank records"));
        assert_eq!(
            get_field(&d, "content.case_reference").unwrap(),
            Value::Null
        );
        // null and "" clear.
        set_field(&mut d, "content.requesting_authority", &Value::Null).unwrap();
        set_field(&mut d, "requesting_state", &json!("")).unwrap();
        set_field(&mut d, "title", &Value::Null).unwrap();
        assert!(d.content.is_empty() && d.requesting_state.is_none() && d.title.is_empty());
    }

    #[test]
    fn invalid_values_and_paths_are_rejected() {
        let mut d = draft();
        let err = |d: &mut Draft, p: &str, v: Value| set_field(d, p, &v).unwrap_err().code();
        assert_eq!(err(&mut d, "content.nope", json!("x")), "unknown-field");
        assert_eq!(err(&mut d, "kind", json!("mla")), "unknown-field");
        assert_eq!(err(&mut d, "", json!("x")), "unknown-field");
        assert_eq!(
            err(&mut d, "requested_state", json!("XX")),
            "invalid-field-value"
        );
        assert_eq!(
            err(&mut d, "requested_state", json!("jo")),
            "invalid-field-value"
        );
        assert_eq!(err(&mut d, "title", json!(5)), "invalid-field-value");
        assert_eq!(err(&mut d, "title", json!(["a"])), "invalid-field-value");
        assert_eq!(err(&mut d, "title", json!("a\nb")), "invalid-field-value");
        let long = "x".repeat(TEXT_MAX_CHARS + 1);
        assert_eq!(
            err(&mut d, "content.case_reference", json!(long)),
            "invalid-field-value"
        );
        let max = "ع".repeat(TEXT_MAX_CHARS);
        set_field(&mut d, "content.case_reference", &json!(max)).unwrap();
    }

    #[test]
    fn invalid_values_carry_a_reason_code() {
        let mut d = draft();
        let reason = |d: &mut Draft, p: &str, v: Value| match set_field(d, p, &v).unwrap_err() {
            Error::InvalidFieldValue { path, reason } => {
                assert_eq!(path, p);
                reason
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(
            reason(&mut d, "title", json!(5)),
            FieldReason::ExpectedText {
                found_type: JsonType::Number
            }
        );
        assert_eq!(
            reason(&mut d, "title", json!({"a": 1})),
            FieldReason::ExpectedText {
                found_type: JsonType::Object
            }
        );
        assert_eq!(
            reason(&mut d, "title", json!("x".repeat(TEXT_MAX_CHARS + 1))),
            FieldReason::TextTooLong {
                max: TEXT_MAX_CHARS
            }
        );
        assert_eq!(
            reason(&mut d, "title", json!("a\r\nb")),
            FieldReason::LineBreak
        );
        assert_eq!(
            reason(&mut d, "content.case_reference", json!("a\u{7}b")),
            FieldReason::ControlCharacter { character: '\u{7}' }
        );
        assert_eq!(
            reason(&mut d, "requested_state", json!("XX")),
            FieldReason::UnknownState { value: "XX".into() }
        );
    }

    #[test]
    fn apply_changes_is_all_or_nothing() {
        let mut d = draft();
        let changes = [
            FieldChange {
                path: "title".into(),
                value: json!("kept?"),
            },
            FieldChange {
                path: "content.bogus".into(),
                value: json!("x"),
            },
        ];
        assert_eq!(
            apply_changes(&mut d, &changes).unwrap_err().code(),
            "unknown-field"
        );
        assert!(d.title.is_empty());
        apply_changes(&mut d, &changes[..1]).unwrap();
        assert_eq!(d.title, "kept?");
    }
}
