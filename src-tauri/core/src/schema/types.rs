//! The wire shape of the form schema (`docs/schema-contract.md`): what the UI renders, the
//! checker walks and import/export validate with.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::DraftKind;

/// The form of one draft kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct FormSchema {
    /// The draft kind this form is for.
    pub kind: DraftKind,
    /// The wizard steps, in order.
    pub steps: Vec<StepDef>,
}

/// One wizard step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct StepDef {
    /// Stable step id (e.g. `requesting`).
    pub id: String,
    /// Fluent id of the step title.
    pub title: String,
    /// Fluent id of the step's introduction, if any.
    pub help: Option<String>,
    /// The fields, in display order.
    pub fields: Vec<FieldDef>,
}

/// One field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct FieldDef {
    /// Key inside its parent object. At top level: `title`, `requesting_state`,
    /// `requested_state` or `content.<key>`; inside a group item: the item's key (`name`).
    pub key: String,
    /// Schema path: equal to `key` at top level; inside a group, the group's path, a dot and
    /// the key (`content.measures.account_number`, no index).
    pub path: String,
    /// Fluent id of the label.
    pub label: String,
    /// Fluent id of the help text (why the field is needed, with the article), if any.
    pub help: Option<String>,
    /// The provisions that make the field necessary.
    pub citations: Vec<Citation>,
    /// Which input renders and validates the value.
    pub input: FieldInput,
    /// Whether a complete request needs a value (when the field is visible).
    pub required: bool,
    /// When the field is shown; `None`: always.
    pub visible_when: Option<Condition>,
    /// Longest accepted text, in characters (Unicode scalar values), for `text`, `text_area`
    /// and `localized_text` (per language); `None` for other inputs. The same limit validation
    /// applies ([`FieldInput::max_chars`]); the UI may set `maxlength` from it. Always sent
    /// (`null` when there is no limit); optional in TypeScript so that older callers that build
    /// a `FieldDef` by hand keep compiling.
    #[serde(default)]
    #[specta(optional)]
    pub max_chars: Option<u32>,
    /// Where a top-level field's value lives: `case` (shared by every request of the draft's
    /// case: facts, offences, persons) or `request` (this request only). `None` inside a group
    /// (an item lives where its group lives). Always sent; optional in TypeScript (additive).
    #[serde(default)]
    #[specta(optional)]
    pub scope: Option<FieldScope>,
    /// For a group: which item fields name an item, per UI language, in order of preference
    /// (the first with a value is the item's title in lists and reference choices), e.g.
    /// persons `{"en": ["name_latin", "name_original"], "ar": ["name_ar", "name_original"]}`.
    /// A localized-text key gives its text in the UI language first. `None` for other inputs
    /// and for groups without a designated name (the UI then shows "<item label> N"). Always
    /// sent; optional in TypeScript (additive).
    #[serde(default)]
    #[specta(optional)]
    pub item_title_keys: Option<BTreeMap<String, Vec<String>>>,
}

/// Where a top-level field's value is stored (see `docs/schema-contract.md`, "Cases").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum FieldScope {
    /// In the case: every request of the case sees and edits the same value.
    Case,
    /// In the request (draft) only.
    Request,
}

/// A provision of an instrument, e.g. UNTOC art. 18(15)(b).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
pub struct Citation {
    /// Instrument id (`untoc`, `uncac`, `vienna1988`, `budapest`, `ets24`, `ets30`, `ets182`);
    /// Fluent id `instrument-<id>`.
    pub instrument: String,
    /// Article and paragraph, e.g. `18(15)(b)`.
    pub article: String,
    /// The article as written in each shipped language ([`crate::l10n::article_in`]):
    /// `{"en": "18(15)(b)", "ar": "18(15)(ب)"}`. Always sent by the engine (computed from
    /// `article`); optional in TypeScript (additive field).
    #[serde(default)]
    #[specta(optional)]
    pub articles: BTreeMap<String, String>,
}

impl Citation {
    /// A citation of `article` of `instrument`, with the article in every shipped language.
    pub fn new(instrument: &str, article: &str) -> Citation {
        Citation {
            instrument: instrument.to_owned(),
            article: article.to_owned(),
            articles: crate::l10n::available_languages()
                .into_iter()
                .map(|lang| {
                    let written = crate::l10n::article_in(article, &lang);
                    (lang, written)
                })
                .collect(),
        }
    }
}

/// Visible when the sibling `key` (in the same object) equals one of `any_of` (for a
/// `multi_select`: contains one of them). A field whose controlling sibling is itself hidden is
/// hidden.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Condition {
    /// Sibling key in the same object.
    pub key: String,
    /// Values that make the field visible.
    pub any_of: Vec<Value>,
}

/// One option of a `select` or `multi_select`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct OptionDef {
    /// The stored value.
    pub value: String,
    /// Fluent id of the label.
    pub label: String,
}

/// The input kind of a field, which also fixes the value's JSON shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldInput {
    /// Single-line text (a string, at most [`super::TEXT_MAX_CHARS`] characters, no line breaks).
    Text,
    /// Multi-line text (a string, at most [`super::TEXT_AREA_MAX_CHARS`] characters).
    TextArea,
    /// A State picker (a code from [`crate::states`]).
    State,
    /// Several States (an array of distinct codes).
    States,
    /// Text per output language: `{"<lang>": {"text": string, "status": "missing"|"draft"|"final"}}`.
    LocalizedText {
        /// Whether line breaks are allowed.
        multiline: bool,
    },
    /// One of `options` (a string).
    Select {
        /// The choices.
        options: Vec<OptionDef>,
    },
    /// Any of `options` (an array of distinct strings).
    MultiSelect {
        /// The choices.
        options: Vec<OptionDef>,
    },
    /// `true` or `false`.
    Bool,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A JSON number.
    Number,
    /// A repeatable group: an array of objects, each with `"id"` (a UUID) and the `fields`.
    Group {
        /// Fluent id of one item's name ("Offence", "Measure").
        item_label: String,
        /// The fields of one item.
        fields: Vec<FieldDef>,
    },
    /// The id of an item of the group at `target` (or an array of ids when `multiple`).
    Reference {
        /// The group path, e.g. `content.offences`.
        target: String,
        /// Whether several items may be chosen.
        multiple: bool,
    },
}

/// The status of one language of a localized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    /// Not written yet.
    Missing,
    /// Written, not final.
    Draft,
    /// Final.
    Final,
}

impl TranslationStatus {
    /// Every status code.
    pub const CODES: [&'static str; 3] = ["missing", "draft", "final"];

    /// Parses a status code.
    pub fn parse(s: &str) -> Option<TranslationStatus> {
        match s {
            "missing" => Some(TranslationStatus::Missing),
            "draft" => Some(TranslationStatus::Draft),
            "final" => Some(TranslationStatus::Final),
            _ => None,
        }
    }
}

impl FieldInput {
    /// Longest accepted text of this input, in characters: [`super::TEXT_MAX_CHARS`] for
    /// single-line text, [`super::TEXT_AREA_MAX_CHARS`] for multi-line text; `None` for inputs
    /// that are not free text. Validation and [`FieldDef::max_chars`] both use it.
    pub fn max_chars(&self) -> Option<usize> {
        match self {
            FieldInput::Text | FieldInput::LocalizedText { multiline: false } => {
                Some(super::TEXT_MAX_CHARS)
            }
            FieldInput::TextArea | FieldInput::LocalizedText { multiline: true } => {
                Some(super::TEXT_AREA_MAX_CHARS)
            }
            _ => None,
        }
    }
}

impl FieldDef {
    /// The fields of a group (empty for other inputs).
    pub fn group_fields(&self) -> &[FieldDef] {
        match &self.input {
            FieldInput::Group { fields, .. } => fields,
            _ => &[],
        }
    }

    /// The last segment of the key (`content.facts` → `facts`).
    pub fn short_key(&self) -> &str {
        self.key.strip_prefix("content.").unwrap_or(&self.key)
    }
}
