//! Small builders for schema definitions: fields are written with their key only; [`finish`]
//! fills in paths and the Fluent ids that derive from them.

use serde_json::Value;

use super::types::{Citation, Condition, FieldDef, FieldInput, FieldScope, OptionDef};

/// [`FieldInput::max_chars`] as it crosses IPC.
fn max_chars(input: &FieldInput) -> Option<u32> {
    input
        .max_chars()
        .map(|n| u32::try_from(n).expect("text limits fit in u32"))
}

/// A field with key `key` (top level: `content.<key>` or a draft field; in a group: the item key).
pub(crate) fn fld(key: &str, input: FieldInput) -> FieldDef {
    FieldDef {
        max_chars: max_chars(&input),
        key: key.to_owned(),
        path: String::new(),
        label: String::new(),
        help: None,
        citations: Vec::new(),
        input,
        required: false,
        visible_when: None,
        scope: None,
        item_title_keys: None,
    }
}

impl FieldDef {
    /// A group whose items are named by `keys` in every shipped language (see
    /// [`FieldDef::item_title_keys`]).
    pub(crate) fn titled_by(self, keys: &[&str]) -> FieldDef {
        let langs = crate::l10n::available_languages();
        self.titled_per_language(&langs.iter().map(|l| (l.as_str(), keys)).collect::<Vec<_>>())
    }

    /// A group whose items are named, per UI language, by the first of its keys with a value.
    pub(crate) fn titled_per_language(mut self, by_language: &[(&str, &[&str])]) -> FieldDef {
        self.item_title_keys = Some(
            by_language
                .iter()
                .map(|(lang, keys)| {
                    let keys = keys.iter().map(|k| (*k).to_owned()).collect();
                    ((*lang).to_owned(), keys)
                })
                .collect(),
        );
        self
    }

    /// Marks the field required (when visible).
    pub(crate) fn req(mut self) -> FieldDef {
        self.required = true;
        self
    }

    /// Adds citations: `&[("untoc", "18(15)(a)"), …]`.
    pub(crate) fn cite(mut self, citations: &[(&str, &str)]) -> FieldDef {
        self.citations
            .extend(citations.iter().map(|(i, a)| Citation::new(i, a)));
        self
    }

    /// Stores the (top-level) field in the case, shared by the case's requests.
    pub(crate) fn case(mut self) -> FieldDef {
        self.scope = Some(FieldScope::Case);
        self
    }

    /// Shows the field only when sibling `key` has one of `values`.
    pub(crate) fn when(mut self, key: &str, values: &[&str]) -> FieldDef {
        self.visible_when = Some(Condition {
            key: key.to_owned(),
            any_of: values
                .iter()
                .map(|v| Value::String((*v).to_owned()))
                .collect(),
        });
        self
    }

    /// Shows the field only when the boolean sibling `key` is true.
    pub(crate) fn when_true(mut self, key: &str) -> FieldDef {
        self.visible_when = Some(Condition {
            key: key.to_owned(),
            any_of: vec![Value::Bool(true)],
        });
        self
    }
}

/// Single-line text.
pub(crate) fn text(key: &str) -> FieldDef {
    fld(key, FieldInput::Text)
}
/// Multi-line text.
pub(crate) fn text_area(key: &str) -> FieldDef {
    fld(key, FieldInput::TextArea)
}
/// Text per output language.
pub(crate) fn loc(key: &str, multiline: bool) -> FieldDef {
    fld(key, FieldInput::LocalizedText { multiline })
}
/// Yes/no.
pub(crate) fn boolean(key: &str) -> FieldDef {
    fld(key, FieldInput::Bool)
}
/// A date.
pub(crate) fn date(key: &str) -> FieldDef {
    fld(key, FieldInput::Date)
}
/// A number.
pub(crate) fn number(key: &str) -> FieldDef {
    fld(key, FieldInput::Number)
}
/// One State.
pub(crate) fn state(key: &str) -> FieldDef {
    fld(key, FieldInput::State)
}
/// Several States.
pub(crate) fn states(key: &str) -> FieldDef {
    fld(key, FieldInput::States)
}

/// Options whose labels are `option-<set>-<value>` (underscores become dashes).
pub(crate) fn options(set: &str, values: &[&str]) -> Vec<OptionDef> {
    values
        .iter()
        .map(|v| OptionDef {
            value: (*v).to_owned(),
            label: format!("option-{set}-{}", v.replace('_', "-")),
        })
        .collect()
}
/// One of `values` (labels from option set `set`).
pub(crate) fn select(key: &str, set: &str, values: &[&str]) -> FieldDef {
    fld(
        key,
        FieldInput::Select {
            options: options(set, values),
        },
    )
}
/// Any of `values` (labels from option set `set`).
pub(crate) fn multi(key: &str, set: &str, values: &[&str]) -> FieldDef {
    fld(
        key,
        FieldInput::MultiSelect {
            options: options(set, values),
        },
    )
}
/// A reference to items of the group at `target`.
pub(crate) fn reference(key: &str, target: &str, multiple: bool) -> FieldDef {
    fld(
        key,
        FieldInput::Reference {
            target: target.to_owned(),
            multiple,
        },
    )
}
/// A repeatable group; its item label is `item-<key>`.
pub(crate) fn group(key: &str, fields: Vec<FieldDef>) -> FieldDef {
    let short = key
        .strip_prefix("content.")
        .unwrap_or(key)
        .replace('_', "-");
    fld(
        key,
        FieldInput::Group {
            item_label: format!("item-{short}"),
            fields,
        },
    )
}

/// Fills `path`, `label` and `help` of `fields` (and their group fields), under `parent`
/// (`None` at top level). Ids: `content.case_reference` → `field-case-reference`(`-help`);
/// `content.measures.account_number` → `field-measures-account-number`(`-help`).
pub(crate) fn finish(fields: &mut [FieldDef], parent: Option<&str>) {
    for f in fields {
        f.path = match parent {
            None => f.key.clone(),
            Some(p) => format!("{p}.{}", f.key),
        };
        let id = f
            .path
            .strip_prefix("content.")
            .unwrap_or(&f.path)
            .replace(['.', '_'], "-");
        if f.label.is_empty() {
            f.label = format!("field-{id}");
        }
        if f.help.is_none() {
            f.help = Some(format!("field-{id}-help"));
        }
        f.max_chars = max_chars(&f.input);
        f.scope = match parent {
            None => Some(f.scope.unwrap_or(FieldScope::Request)),
            Some(_) => None,
        };
        let path = f.path.clone();
        if let FieldInput::Group { fields, .. } = &mut f.input {
            finish(fields, Some(&path));
        }
    }
}
