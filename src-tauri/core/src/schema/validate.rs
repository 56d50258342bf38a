//! Validation of field values against their [`FieldDef`], and of references between groups.
//!
//! [`validate_value`] checks one value's shape (types, options, dates, sizes, UUIDs of group
//! items, translation statuses) and returns the value to store (`null` clears). References are
//! checked on the whole draft once every change is applied ([`check_references`]); removing a
//! group item removes the references to it elsewhere ([`prune_references`]).

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::quote;
use super::types::{FieldDef, FieldInput, FormSchema, TranslationStatus};
use crate::error::{Error, FieldReason, JsonType};
use crate::model::Draft;
use crate::{l10n, states};

/// Most items in one group.
pub const MAX_GROUP_ITEMS: usize = 500;
/// Most values in a list (`states`, `multi_select`, multiple references).
pub const MAX_LIST_ITEMS: usize = 500;
/// Largest magnitude of a number field.
pub const MAX_NUMBER: f64 = 1e15;

fn invalid(path: &str, reason: FieldReason) -> Error {
    Error::InvalidFieldValue {
        path: path.to_owned(),
        reason,
    }
}

fn found(value: &Value) -> JsonType {
    JsonType::of(value)
}

/// Checks `value` against `def` (at `path`, used in errors) and returns the value to store:
/// `Value::Null` means "clear" (`null`, `""`, `[]` and `{}` clear a field).
pub fn validate_value(def: &FieldDef, value: &Value, path: &str) -> Result<Value, Error> {
    if is_empty(value) {
        return Ok(Value::Null);
    }
    match &def.input {
        FieldInput::Text => text(value, path, false, max_chars(&def.input)),
        FieldInput::TextArea => text(value, path, true, max_chars(&def.input)),
        FieldInput::State => {
            let code = as_text(value, path)?;
            known_state(code, path)?;
            Ok(value.clone())
        }
        FieldInput::States => {
            let list = as_list(value, path)?;
            let mut out = Vec::new();
            for (i, v) in list.iter().enumerate() {
                let p = format!("{path}[{i}]");
                known_state(as_text(v, &p)?, &p)?;
                out.push(v.clone());
            }
            distinct(&out, path)?;
            Ok(Value::Array(out))
        }
        FieldInput::LocalizedText { multiline } => localized(value, path, *multiline),
        FieldInput::Select { options } => {
            let v = as_text(value, path)?;
            if !options.iter().any(|o| o.value == v) {
                return Err(invalid(
                    path,
                    FieldReason::UnknownOption { value: quote(v) },
                ));
            }
            Ok(value.clone())
        }
        FieldInput::MultiSelect { options } => {
            let list = as_list(value, path)?;
            for (i, v) in list.iter().enumerate() {
                let p = format!("{path}[{i}]");
                let v = as_text(v, &p)?;
                if !options.iter().any(|o| o.value == v) {
                    return Err(invalid(&p, FieldReason::UnknownOption { value: quote(v) }));
                }
            }
            distinct(list, path)?;
            Ok(value.clone())
        }
        FieldInput::Bool => match value {
            Value::Bool(_) => Ok(value.clone()),
            other => Err(invalid(
                path,
                FieldReason::ExpectedBoolean {
                    found_type: found(other),
                },
            )),
        },
        FieldInput::Date => {
            let s = as_text(value, path)?;
            if !is_date(s) {
                return Err(invalid(path, FieldReason::NotADate { value: quote(s) }));
            }
            Ok(value.clone())
        }
        FieldInput::Number => match value {
            Value::Number(n) if n.as_f64().is_some_and(|f| f.abs() <= MAX_NUMBER) => {
                Ok(value.clone())
            }
            Value::Number(_) => Err(invalid(
                path,
                FieldReason::NumberOutOfRange {
                    max: format!("{MAX_NUMBER:e}"),
                },
            )),
            other => Err(invalid(
                path,
                FieldReason::ExpectedNumber {
                    found_type: found(other),
                },
            )),
        },
        FieldInput::Reference { multiple, .. } => {
            if *multiple {
                let list = as_list(value, path)?;
                let mut out = Vec::new();
                for (i, v) in list.iter().enumerate() {
                    out.push(uuid_value(v, &format!("{path}[{i}]"))?);
                }
                distinct(&out, path)?;
                Ok(Value::Array(out))
            } else {
                uuid_value(value, path)
            }
        }
        FieldInput::Group { fields, .. } => group(fields, value, path),
    }
}

/// `null`, `""`, `[]`, `{}`.
/// The text limit of a free-text input (the one [`FieldDef::max_chars`] reports).
fn max_chars(input: &FieldInput) -> usize {
    input.max_chars().unwrap_or(usize::MAX)
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// Whether `s` is a calendar date written `YYYY-MM-DD`.
pub(crate) fn is_date(s: &str) -> bool {
    s.len() == 10 && NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

fn as_text<'v>(value: &'v Value, path: &str) -> Result<&'v str, Error> {
    value.as_str().ok_or_else(|| {
        invalid(
            path,
            FieldReason::ExpectedText {
                found_type: found(value),
            },
        )
    })
}

fn as_list<'v>(value: &'v Value, path: &str) -> Result<&'v Vec<Value>, Error> {
    let list = value.as_array().ok_or_else(|| {
        invalid(
            path,
            FieldReason::ExpectedList {
                found_type: found(value),
            },
        )
    })?;
    if list.len() > MAX_LIST_ITEMS {
        return Err(invalid(
            path,
            FieldReason::TooManyItems {
                max: MAX_LIST_ITEMS,
            },
        ));
    }
    Ok(list)
}

fn known_state(code: &str, path: &str) -> Result<(), Error> {
    if states::state(code).is_none() {
        return Err(invalid(
            path,
            FieldReason::UnknownState { value: quote(code) },
        ));
    }
    Ok(())
}

fn distinct(list: &[Value], path: &str) -> Result<(), Error> {
    let mut seen = BTreeSet::new();
    for v in list {
        let key = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
        if !seen.insert(key.clone()) {
            return Err(invalid(
                path,
                FieldReason::DuplicateValue { value: quote(&key) },
            ));
        }
    }
    Ok(())
}

/// A UUID string, returned in canonical (lowercase, hyphenated) form.
fn uuid_value(value: &Value, path: &str) -> Result<Value, Error> {
    let s = as_text(value, path)?;
    Uuid::parse_str(s)
        .map(|u| Value::String(u.to_string()))
        .map_err(|_| invalid(path, FieldReason::NotAUuid { value: quote(s) }))
}

fn text(value: &Value, path: &str, multiline: bool, max: usize) -> Result<Value, Error> {
    let s = as_text(value, path)?;
    check_text(s, multiline, max).map_err(|r| invalid(path, r))?;
    Ok(value.clone())
}

/// Length, line breaks and control characters of one text.
fn check_text(text: &str, multiline: bool, max: usize) -> Result<(), FieldReason> {
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
    // Bidi overrides/isolates can reorder how single-line values (names, references) display.
    // ZWJ/ZWNJ and the marks LRM/RLM stay allowed: Arabic text needs them.
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if let Some(c) = text.chars().find(|&c| !multiline && bidi(c)) {
        return Err(FieldReason::BidiControl { character: c });
    }
    Ok(())
}

fn expected_object(value: &Value, path: &str) -> Error {
    invalid(
        path,
        FieldReason::ExpectedObject {
            found_type: found(value),
        },
    )
}

/// `{"<lang>": {"text": …, "status": …}}` with shipped languages only.
fn localized(value: &Value, path: &str, multiline: bool) -> Result<Value, Error> {
    let Value::Object(map) = value else {
        return Err(expected_object(value, path));
    };
    let max = max_chars(&FieldInput::LocalizedText { multiline });
    let mut out = Map::new();
    for (lang, entry) in map {
        let p = format!("{path}.{}", quote(lang));
        if !l10n::is_available(lang) {
            return Err(invalid(
                &p,
                FieldReason::UnknownLanguage { value: quote(lang) },
            ));
        }
        let Value::Object(entry) = entry else {
            return Err(expected_object(entry, &p));
        };
        if let Some(key) = entry.keys().find(|k| *k != "text" && *k != "status") {
            return Err(Error::UnknownField {
                path: format!("{p}.{}", quote(key)),
            });
        }
        let text_path = format!("{p}.text");
        let t = match entry.get("text") {
            None | Some(Value::Null) => "",
            Some(v) => as_text(v, &text_path)?,
        };
        check_text(t, multiline, max).map_err(|r| invalid(&text_path, r))?;
        let status_path = format!("{p}.status");
        let status = match entry.get("status") {
            None | Some(Value::Null) => return Err(invalid(&status_path, FieldReason::Missing)),
            Some(v) => as_text(v, &status_path)?,
        };
        if TranslationStatus::parse(status).is_none() {
            return Err(invalid(
                &status_path,
                FieldReason::UnknownStatus {
                    value: quote(status),
                },
            ));
        }
        let mut e = Map::new();
        e.insert("text".into(), Value::String(t.to_owned()));
        e.insert("status".into(), Value::String(status.to_owned()));
        out.insert(lang.clone(), Value::Object(e));
    }
    Ok(Value::Object(out))
}

/// An array of items, each an object with a distinct `"id"` and the group's fields.
fn group(fields: &[FieldDef], value: &Value, path: &str) -> Result<Value, Error> {
    let Value::Array(items) = value else {
        return Err(invalid(
            path,
            FieldReason::ExpectedList {
                found_type: found(value),
            },
        ));
    };
    if items.len() > MAX_GROUP_ITEMS {
        return Err(invalid(
            path,
            FieldReason::TooManyItems {
                max: MAX_GROUP_ITEMS,
            },
        ));
    }
    let mut ids = BTreeSet::new();
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let Value::Object(map) = item else {
            return Err(expected_object(item, &item_path));
        };
        let id_path = format!("{item_path}.id");
        let id = match map.get("id") {
            None | Some(Value::Null) => return Err(invalid(&id_path, FieldReason::Missing)),
            Some(v) => uuid_value(v, &id_path)?,
        };
        let id_text = id.as_str().unwrap_or_default().to_owned();
        if !ids.insert(id_text.clone()) {
            return Err(invalid(
                &id_path,
                FieldReason::DuplicateValue { value: id_text },
            ));
        }
        let mut clean = Map::new();
        clean.insert("id".into(), id);
        for (key, v) in map {
            if key == "id" {
                continue;
            }
            let p = format!("{item_path}.{}", quote(key));
            let def = fields
                .iter()
                .find(|f| f.key == *key)
                .ok_or_else(|| Error::UnknownField { path: p.clone() })?;
            let v = validate_value(def, v, &p)?;
            if !v.is_null() {
                clean.insert(key.clone(), v);
            }
        }
        out.push(Value::Object(clean));
    }
    Ok(Value::Array(out))
}

/// The ids of the items of every top-level group: group path → ids.
pub(crate) fn group_ids(schema: &FormSchema, draft: &Draft) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for def in schema.fields() {
        if !matches!(def.input, FieldInput::Group { .. }) {
            continue;
        }
        let mut ids = BTreeSet::new();
        if let Some(Value::Array(items)) = draft.content.get(def.short_key()) {
            for item in items {
                if let Some(id) = item.get("id").and_then(Value::as_str) {
                    ids.insert(id.to_owned());
                }
            }
        }
        out.insert(def.path.clone(), ids);
    }
    out
}

/// Calls `f(target, path, value)` for every reference value under `def` (at `path`).
fn walk_refs(
    def: &FieldDef,
    value: &mut Value,
    path: &str,
    f: &mut dyn FnMut(&str, &str, &mut Value) -> Result<(), Error>,
) -> Result<(), Error> {
    match &def.input {
        FieldInput::Reference { target, .. } => f(target, path, value),
        FieldInput::Group { fields, .. } => {
            let Value::Array(items) = value else {
                return Ok(());
            };
            for (i, item) in items.iter_mut().enumerate() {
                let Value::Object(map) = item else { continue };
                for fd in fields {
                    if let Some(v) = map.get_mut(&fd.key) {
                        walk_refs(fd, v, &format!("{path}[{i}].{}", fd.key), f)?;
                    }
                }
                map.retain(|_, v| !v.is_null());
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Checks that every reference in the top-level fields `paths` (every field when `None`)
/// names an existing item of its target group: `unknown-reference {value}` otherwise.
pub fn check_references(
    schema: &FormSchema,
    draft: &Draft,
    paths: Option<&BTreeSet<String>>,
) -> Result<(), Error> {
    let ids = group_ids(schema, draft);
    for def in schema.fields() {
        if paths.is_some_and(|p| !p.contains(&def.path)) {
            continue;
        }
        let Some(value) = draft.content.get(def.short_key()) else {
            continue;
        };
        let mut value = value.clone();
        walk_refs(def, &mut value, &def.path, &mut |target, path, v| {
            let known = ids.get(target);
            let missing = match v {
                Value::String(s) => (!known.is_some_and(|k| k.contains(s))).then(|| s.clone()),
                Value::Array(list) => list
                    .iter()
                    .filter_map(Value::as_str)
                    .find(|s| !known.is_some_and(|k| k.contains(*s)))
                    .map(str::to_owned),
                _ => None,
            };
            match missing {
                Some(id) => Err(invalid(path, FieldReason::UnknownReference { value: id })),
                None => Ok(()),
            }
        })?;
    }
    Ok(())
}

/// Removes references to items that no longer exist, in every top-level field except
/// `keep` (whose references are checked instead). This is how removing an offence or a person
/// unlinks it from the measures.
pub fn prune_references(schema: &FormSchema, draft: &mut Draft, keep: &BTreeSet<String>) {
    let ids = group_ids(schema, draft);
    for def in schema.fields() {
        if keep.contains(&def.path) {
            continue;
        }
        let key = def.short_key().to_owned();
        let Some(value) = draft.content.get_mut(&key) else {
            continue;
        };
        let _ = walk_refs(def, value, &def.path, &mut |target, _, v| {
            let known = ids.get(target);
            let exists = |s: &str| known.is_some_and(|k| k.contains(s));
            match v {
                Value::String(s) if !exists(s) => *v = Value::Null,
                Value::Array(list) => {
                    list.retain(|x| x.as_str().is_some_and(exists));
                    if list.is_empty() {
                        *v = Value::Null;
                    }
                }
                _ => {}
            }
            Ok(())
        });
        if value.is_null() {
            draft.content.remove(&key);
        }
    }
}
