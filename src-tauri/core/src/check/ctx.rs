//! What every rule reads: the draft, its schema, the output languages and the visible fields.

use serde_json::{Map, Value};

use super::{localized, text_filled, Completeness, Diagnostic};
use crate::model::Draft;
use crate::schema::{Citation, FieldDef, FieldInput, FormSchema};

/// One visible field with its value, at top level or in a group item.
#[derive(Debug, Clone)]
pub(crate) struct Slot<'a> {
    /// The field.
    pub def: &'static FieldDef,
    /// Value path (`content.facts`, `content.measures[2].account_number`).
    pub path: String,
    /// The value, if set.
    pub value: Option<&'a Value>,
    /// Whether it sits in a group item.
    pub in_group: bool,
}

/// The checking context.
pub(crate) struct Ctx<'a> {
    /// The draft checked.
    pub draft: &'a Draft,
    /// The output languages (`content.output_languages`), valid codes only.
    pub languages: Vec<String>,
    /// Every visible field, in form order (group items after their group).
    pub slots: Vec<Slot<'a>>,
}

/// Owned copies of the draft's top-level values that are not in `content`.
fn top_value(draft: &Draft, key: &str) -> Option<Value> {
    match key {
        "title" => Some(Value::String(draft.title.clone())).filter(|_| !draft.title.is_empty()),
        "requesting_state" => draft.requesting_state.clone().map(Value::String),
        "requested_state" => draft.requested_state.clone().map(Value::String),
        _ => None,
    }
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(draft: &'a Draft, schema: &'static FormSchema) -> Ctx<'a> {
        let languages = draft
            .content
            .get("output_languages")
            .and_then(Value::as_array)
            .map(|l| {
                l.iter()
                    .filter_map(Value::as_str)
                    .filter(|s| crate::l10n::is_available(s))
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let mut slots = Vec::new();
        let top: Vec<&'static FieldDef> = schema.fields().collect();
        for def in &top {
            let value = Self::top(draft, def);
            if !visible(def, &top, &|k| Self::top_by_key(draft, k)) {
                continue;
            }
            slots.push(Slot {
                def,
                path: def.path.clone(),
                value,
                in_group: false,
            });
            if let FieldInput::Group { fields, .. } = &def.input {
                let items = value.and_then(Value::as_array);
                for (i, item) in items.into_iter().flatten().enumerate() {
                    let Some(map) = item.as_object() else {
                        continue;
                    };
                    let subs: Vec<&'static FieldDef> = fields.iter().collect();
                    for sub in &subs {
                        if !visible(sub, &subs, &|k| map.get(k).cloned()) {
                            continue;
                        }
                        slots.push(Slot {
                            def: sub,
                            path: format!("{}[{i}].{}", def.path, sub.key),
                            value: map.get(&sub.key).filter(|v| !v.is_null()),
                            in_group: true,
                        });
                    }
                }
            }
        }
        Ctx {
            draft,
            languages,
            slots,
        }
    }

    /// A top-level value as a reference into the draft (content) — title and States are
    /// handled by [`Self::top_by_key`] since they are not JSON in the draft.
    fn top(draft: &'a Draft, def: &FieldDef) -> Option<&'a Value> {
        def.key
            .strip_prefix("content.")
            .and_then(|k| draft.content.get(k))
            .filter(|v| !v.is_null())
    }

    fn top_by_key(draft: &Draft, key: &str) -> Option<Value> {
        match key.strip_prefix("content.") {
            Some(k) => draft.content.get(k).cloned(),
            None => top_value(draft, key),
        }
    }

    /// Whether the slot's value counts as filled: non-blank text, a non-empty list, a
    /// localized text with text in an output language (any language when none is chosen),
    /// `true` for a required yes/no (a confirmation), any number, a date, an option.
    pub(crate) fn is_filled(&self, slot: &Slot<'_>) -> bool {
        let value = match slot.value {
            Some(v) => v,
            None => return self.top_filled(slot),
        };
        match &slot.def.input {
            FieldInput::LocalizedText { .. } => {
                if self.languages.is_empty() {
                    value
                        .as_object()
                        .is_some_and(|m| m.values().any(|e| e.get("text").is_some_and(text_filled)))
                } else {
                    self.languages
                        .iter()
                        .any(|l| !localized(Some(value), l).0.trim().is_empty())
                }
            }
            FieldInput::Bool => value.as_bool() == Some(true) || !slot.def.required,
            FieldInput::Number => value.is_number(),
            _ => match value {
                Value::String(_) => text_filled(value),
                Value::Array(a) => !a.is_empty(),
                Value::Object(o) => !o.is_empty(),
                Value::Bool(_) | Value::Number(_) => true,
                Value::Null => false,
            },
        }
    }

    /// Title and States live outside `content`.
    fn top_filled(&self, slot: &Slot<'_>) -> bool {
        !slot.in_group && top_value(self.draft, &slot.def.key).is_some()
    }

    /// Whether `content.facts` is required: not when every measure is service of documents
    /// (UNTOC 18(15)(c)).
    pub(crate) fn facts_required(&self) -> bool {
        let measures = super::group_items(self.draft, "content.measures");
        measures.is_empty()
            || measures
                .iter()
                .any(|(_, m)| m.get("type").and_then(Value::as_str) != Some("service"))
    }

    /// Whether a visible slot is required here.
    pub(crate) fn required(&self, slot: &Slot<'_>) -> bool {
        slot.def.required && (slot.path != "content.facts" || self.facts_required())
    }

    /// Required visible items and how many are filled; a required group counts as one item
    /// (filled when it has an item).
    pub(crate) fn completeness(&self) -> Completeness {
        let (mut done, mut total) = (0u32, 0u32);
        for slot in self.slots.iter().filter(|s| self.required(s)) {
            total += 1;
            if self.is_filled(slot) {
                done += 1;
            }
        }
        Completeness { done, total }
    }

    /// The item object at a group item path prefix, e.g. measures item `i`.
    pub(crate) fn items(&self, group: &str) -> Vec<(usize, &'a Map<String, Value>)> {
        super::group_items(self.draft, group)
    }

    /// The visible slot of `key` in item `i` of `group`.
    pub(crate) fn item_slot(&self, group: &str, i: usize, key: &str) -> Option<&Slot<'a>> {
        let path = format!("{group}[{i}].{key}");
        self.slots.iter().find(|s| s.path == path)
    }
}

/// Whether `def` is visible among `siblings`, reading sibling values with `get`. A field whose
/// controlling sibling is hidden is hidden; a cycle (never in our schema) counts as hidden.
fn visible(def: &FieldDef, siblings: &[&FieldDef], get: &dyn Fn(&str) -> Option<Value>) -> bool {
    fn go(
        def: &FieldDef,
        siblings: &[&FieldDef],
        get: &dyn Fn(&str) -> Option<Value>,
        depth: usize,
    ) -> bool {
        let Some(cond) = &def.visible_when else {
            return true;
        };
        if depth > 8 {
            return false;
        }
        let Some(controller) = siblings.iter().find(|s| s.key == cond.key) else {
            return false;
        };
        if !go(controller, siblings, get, depth + 1) {
            return false;
        }
        let value = get(&cond.key).unwrap_or(Value::Null);
        match &value {
            Value::Array(list) => list.iter().any(|v| cond.any_of.contains(v)),
            v => cond.any_of.contains(v),
        }
    }
    go(def, siblings, get, 0)
}

/// A diagnostic of `rule` at `path`.
pub(crate) fn diag(
    rule: &super::rules::Rule,
    path: Option<String>,
    citations: Vec<Citation>,
    args: &[(&str, String)],
) -> Diagnostic {
    Diagnostic {
        code: rule.code.to_owned(),
        severity: rule.severity,
        message: format!("check-{}", rule.code.to_lowercase()),
        args: args
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
        citations,
        path,
    }
}
