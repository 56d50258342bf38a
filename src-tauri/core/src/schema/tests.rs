//! Unit tests of the schema: shape, paths, validation, references.

use std::collections::BTreeMap;

use serde_json::json;
use uuid::Uuid;

use super::*;
use crate::error::{FieldReason, JsonType};
use crate::model::now_utc;
use crate::states;

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
        case_id: None,
        case_title: None,
    }
}

#[test]
fn foundation_paths_stay_on_the_first_steps() {
    for kind in [DraftKind::Extradition, DraftKind::ProvisionalArrest] {
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
    }
    let mla = form_schema(DraftKind::Mla);
    let first: Vec<_> = mla.steps[0]
        .fields
        .iter()
        .map(|f| f.path.as_str())
        .collect();
    for path in [
        "requesting_state",
        "content.requesting_authority",
        "content.case_reference",
        "title",
    ] {
        assert!(first.contains(&path), "{path} not on the first MLA step");
    }
    assert_eq!(mla.steps[1].fields[0].path, "requested_state");
    for kind in DraftKind::ALL {
        // Every top-level path resolves to a place in the draft; key == path at top level.
        let schema = form_schema(kind);
        assert!(schema
            .fields()
            .all(|f| Target::parse(&f.path).is_some() && f.key == f.path));
    }
    let v = serde_json::to_value(form_schema(DraftKind::Mla)).unwrap();
    assert_eq!(
        v["steps"][0]["fields"][0]["input"],
        json!({"type": "state"})
    );
    assert_eq!(v["steps"][0]["id"], "requesting");
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

fn mla_reason(d: &mut Draft, p: &str, v: Value) -> (String, FieldReason) {
    match set_field(d, p, &v).unwrap_err() {
        Error::InvalidFieldValue { path, reason } => (path, reason),
        other => panic!("{other:?}"),
    }
}

const O1: &str = "0b7a6c1e-2f3d-4a5b-8c9d-0e1f2a3b4c5d";
const O2: &str = "1c8b7d2f-3a4e-4b6c-9d0e-1f2a3b4c5d6e";
const M1: &str = "2d9c8e3a-4b5f-4c7d-8e1f-2a3b4c5d6e7f";

#[test]
fn every_input_kind_is_validated_with_a_reason() {
    let mut d = draft();
    let (p, r) = mla_reason(&mut d, "content.urgent", json!("yes"));
    assert_eq!(
        (p.as_str(), r.code()),
        ("content.urgent", "expected-boolean")
    );
    let (_, r) = mla_reason(&mut d, "content.needed_by", json!("2025-02-30"));
    assert_eq!(
        r,
        FieldReason::NotADate {
            value: "2025-02-30".into()
        }
    );
    let (_, r) = mla_reason(&mut d, "content.needed_by", json!("2025-2-3"));
    assert_eq!(r.code(), "not-a-date");
    set_field(&mut d, "content.needed_by", &json!("2025-02-28")).unwrap();
    let (_, r) = mla_reason(&mut d, "content.proceedings_stage", json!("appeal"));
    assert_eq!(
        r,
        FieldReason::UnknownOption {
            value: "appeal".into()
        }
    );
    let (p, r) = mla_reason(&mut d, "content.legal_bases", json!(["untoc", "nope"]));
    assert_eq!(
        (p.as_str(), r.code()),
        ("content.legal_bases[1]", "unknown-option")
    );
    let (_, r) = mla_reason(&mut d, "content.legal_bases", json!(["untoc", "untoc"]));
    assert_eq!(r.code(), "duplicate-value");
    let (_, r) = mla_reason(&mut d, "content.legal_bases", json!("untoc"));
    assert_eq!(
        r,
        FieldReason::ExpectedList {
            found_type: JsonType::Text
        }
    );
    set_field(&mut d, "content.legal_bases", &json!(["untoc", "budapest"])).unwrap();
    // Localized text.
    let (p, r) = mla_reason(
        &mut d,
        "content.facts",
        json!({"fr": {"text": "x", "status": "final"}}),
    );
    assert_eq!(
        (p.as_str(), r.code()),
        ("content.facts.fr", "unknown-language")
    );
    let (p, r) = mla_reason(
        &mut d,
        "content.facts",
        json!({"en": {"text": "x", "status": "done"}}),
    );
    assert_eq!(
        (p.as_str(), r.code()),
        ("content.facts.en.status", "unknown-status")
    );
    let (p, r) = mla_reason(&mut d, "content.facts", json!({"en": {"text": "x"}}));
    assert_eq!(
        (p.as_str(), r.code()),
        ("content.facts.en.status", "missing")
    );
    let (_, r) = mla_reason(&mut d, "content.purpose", json!("plain"));
    assert_eq!(r.code(), "expected-object");
    let (p, r) = mla_reason(
        &mut d,
        "content.signatory_title",
        json!({"ar": {"text": "a\nb", "status": "draft"}}),
    );
    assert_eq!(
        (p.as_str(), r.code()),
        ("content.signatory_title.ar.text", "line-break")
    );
    assert_eq!(
        set_field(
            &mut d,
            "content.facts",
            &json!({"en": {"text": "x", "status": "final", "extra": 1}})
        )
        .unwrap_err()
        .code(),
        "unknown-field"
    );
    set_field(&mut d, "content.facts", &json!({"en": {"text": "On 3 May…\nsecond line", "status": "final"}, "ar": {"text": "", "status": "missing"}})).unwrap();
    // States list and numbers.
    let (p, r) = mla_reason(
        &mut d,
        "content.persons",
        json!([{"id": O1, "nationalities": ["JO", "XX"]}]),
    );
    assert_eq!(
        (p.as_str(), r.code()),
        ("content.persons[0].nationalities[1]", "unknown-state")
    );
    let (p, r) = mla_reason(
        &mut d,
        "content.measures",
        json!([{"id": M1, "preservation_days": "90"}]),
    );
    assert_eq!(
        (p.as_str(), r.code()),
        ("content.measures[0].preservation_days", "expected-number")
    );
    let (_, r) = mla_reason(
        &mut d,
        "content.measures",
        json!([{"id": M1, "preservation_days": 1e300}]),
    );
    assert_eq!(r.code(), "number-out-of-range");
}

#[test]
fn groups_need_distinct_uuids_and_known_keys() {
    let mut d = draft();
    let (p, r) = mla_reason(&mut d, "content.offences", json!([{"name": {}}]));
    assert_eq!(
        (p, r),
        ("content.offences[0].id".to_owned(), FieldReason::Missing)
    );
    let (_, r) = mla_reason(&mut d, "content.offences", json!([{"id": "x"}]));
    assert_eq!(r.code(), "not-a-uuid");
    let (_, r) = mla_reason(&mut d, "content.offences", json!([{"id": O1}, {"id": O1}]));
    assert_eq!(r.code(), "duplicate-value");
    let (p, r) = mla_reason(&mut d, "content.offences", json!({"id": O1}));
    assert_eq!(
        (p.as_str(), r.code()),
        ("content.offences", "expected-list")
    );
    let (p, r) = mla_reason(&mut d, "content.offences", json!(["x"]));
    assert_eq!(
        (p.as_str(), r.code()),
        ("content.offences[0]", "expected-object")
    );
    assert_eq!(
        set_field(&mut d, "content.offences", &json!([{"id": O1, "bogus": 1}])).unwrap_err(),
        Error::UnknownField {
            path: "content.offences[0].bogus".into()
        }
    );
    let many: Vec<Value> = (0..=MAX_GROUP_ITEMS)
        .map(|_| json!({"id": Uuid::new_v4().to_string()}))
        .collect();
    let (_, r) = mla_reason(&mut d, "content.offences", Value::Array(many));
    assert_eq!(r.code(), "too-many-items");
    // Upper-case ids are stored in canonical form; empty values inside items are dropped.
    set_field(
        &mut d,
        "content.offences",
        &json!([{"id": O1.to_uppercase(), "provision": ""}]),
    )
    .unwrap();
    assert_eq!(d.content["offences"], json!([{"id": O1}]));
    // [] clears.
    set_field(&mut d, "content.offences", &json!([])).unwrap();
    assert!(!d.content.contains_key("offences"));
}

#[test]
fn references_must_name_existing_items_and_follow_removals() {
    let mut d = draft();
    let measure = |offences: Value| json!([{"id": M1, "type": "records", "offences": offences}]);
    let (p, r) = mla_reason(&mut d, "content.measures", measure(json!([O1])));
    assert_eq!(
        (p, r),
        (
            "content.measures[0].offences".to_owned(),
            FieldReason::UnknownReference { value: O1.into() }
        )
    );
    // In one batch, the offences and the measure that links them.
    apply_changes(
        &mut d,
        &[
            FieldChange {
                path: "content.measures".into(),
                value: measure(json!([O1, O2])),
            },
            FieldChange {
                path: "content.offences".into(),
                value: json!([{"id": O1}, {"id": O2}]),
            },
        ],
    )
    .unwrap();
    let (_, r) = mla_reason(&mut d, "content.measures", measure(json!([O1, O1])));
    assert_eq!(r.code(), "duplicate-value");
    // Removing an offence unlinks it; removing both removes the key.
    set_field(&mut d, "content.offences", &json!([{"id": O2}])).unwrap();
    assert_eq!(d.content["measures"][0]["offences"], json!([O2]));
    set_field(&mut d, "content.offences", &Value::Null).unwrap();
    assert!(d.content["measures"][0].get("offences").is_none());
}

#[test]
fn schema_is_well_formed() {
    fn walk(fields: &[FieldDef], seen: &mut std::collections::BTreeSet<String>, groups: &[String]) {
        let keys: Vec<&str> = fields.iter().map(|f| f.key.as_str()).collect();
        for f in fields {
            assert!(seen.insert(f.path.clone()), "duplicate path {}", f.path);
            assert!(
                f.help.is_some() && f.label.starts_with("field-"),
                "{}",
                f.path
            );
            if let Some(c) = &f.visible_when {
                assert!(
                    keys.contains(&c.key.as_str()),
                    "{}: condition on unknown {}",
                    f.path,
                    c.key
                );
            }
            if let FieldInput::Reference { target, .. } = &f.input {
                assert!(
                    groups.contains(target),
                    "{}: unknown target {target}",
                    f.path
                );
            }
            walk(f.group_fields(), seen, groups);
        }
    }
    for kind in DraftKind::ALL {
        let schema = form_schema(kind);
        let groups: Vec<String> = schema
            .fields()
            .filter(|f| matches!(f.input, FieldInput::Group { .. }))
            .map(|f| f.path.clone())
            .collect();
        walk(
            &schema
                .steps
                .iter()
                .flat_map(|s| s.fields.clone())
                .collect::<Vec<_>>(),
            &mut Default::default(),
            &groups,
        );
    }
    let mla = form_schema(DraftKind::Mla);
    assert!(mla
        .field_deep("content.measures[3].account_number")
        .is_some());
    assert_eq!(
        mla.field_deep("content.measures.type").unwrap().label,
        "field-measures-type"
    );
    // Every measure type is an option of the type picker.
    let FieldInput::Select { options } = &mla.field_deep("content.measures.type").unwrap().input
    else {
        panic!()
    };
    assert_eq!(options.len(), super::measures::MEASURE_TYPES.len());
}

/// Every Fluent id the schema names (steps, labels, help, options, item labels, instruments).
pub(crate) fn schema_message_ids() -> std::collections::BTreeSet<String> {
    fn walk(fields: &[FieldDef], ids: &mut std::collections::BTreeSet<String>) {
        for f in fields {
            ids.insert(f.label.clone());
            ids.extend(f.help.clone());
            for c in &f.citations {
                ids.insert(format!("instrument-{}", c.instrument));
            }
            match &f.input {
                FieldInput::Select { options } | FieldInput::MultiSelect { options } => {
                    ids.extend(options.iter().map(|o| o.label.clone()));
                }
                FieldInput::Group { item_label, fields } => {
                    ids.insert(item_label.clone());
                    walk(fields, ids);
                }
                _ => {}
            }
        }
    }
    let mut ids = std::collections::BTreeSet::new();
    for kind in DraftKind::ALL {
        for step in &form_schema(kind).steps {
            ids.insert(step.title.clone());
            ids.extend(step.help.clone());
            walk(&step.fields, &mut ids);
        }
    }
    ids
}

#[test]
fn every_schema_message_exists_in_every_locale() {
    if std::env::var_os("MLA_PRINT_SCHEMA_IDS").is_some() {
        for id in schema_message_ids() {
            println!("ID {id}");
        }
    }
    let mut missing = Vec::new();
    for lang in crate::l10n::available_languages() {
        let l10n = crate::Localizer::new(&lang).unwrap();
        for id in schema_message_ids() {
            if !l10n.has_message(&id) {
                missing.push(format!("{lang}: {id}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} missing: {missing:#?}",
        missing.len()
    );
}

#[test]
fn bidi_overrides_and_isolates_are_refused_in_single_line_text() {
    let mut d = draft();
    for c in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ] {
        let value = json!(format!("invoice{c}fdp.exe"));
        for path in ["title", "content.case_reference"] {
            match set_field(&mut d, path, &value).unwrap_err() {
                Error::InvalidFieldValue { reason, .. } => {
                    assert_eq!(reason, FieldReason::BidiControl { character: c }, "{path}")
                }
                other => panic!("{other:?}"),
            }
        }
    }
    // Joiners and directional marks stay allowed: Arabic text needs them.
    set_field(
        &mut d,
        "title",
        &json!("لا\u{200D}م\u{200C}ا \u{200F}2025/17\u{200E}"),
    )
    .unwrap();
    // Multi-line text keeps them (pasted documents), like tabs and line breaks.
    set_field(&mut d, "content.other_references", &json!("a\u{202E}b\nc")).unwrap();
}

#[test]
fn every_mla_field_cites_an_article_and_its_help_names_one() {
    fn walk(fields: &[FieldDef], en: &crate::Localizer, bad: &mut Vec<String>) {
        for f in fields {
            // The draft's own title is not part of the request.
            if f.path != "title" {
                let help = en.message_plain(f.help.as_deref().unwrap_or_default(), &[]);
                let named = f.citations.iter().any(|c| help.contains(&c.article));
                if f.citations.is_empty() || !named {
                    bad.push(f.path.clone());
                }
            }
            walk(f.group_fields(), en, bad);
        }
    }
    let en = crate::Localizer::new("en").unwrap();
    let mut bad = Vec::new();
    for step in &form_schema(DraftKind::Mla).steps {
        walk(&step.fields, &en, &mut bad);
    }
    assert!(
        bad.is_empty(),
        "{} fields without a cited article: {bad:#?}",
        bad.len()
    );
}

/// The UI shows a citation chip with `articles[<UI language>]` next to the help prose: in every
/// shipped language, the help of a field names one of its citations exactly as the chip writes
/// it (Arabic: `18(15)(د)`, not `18(15)(d)`).
#[test]
fn citations_carry_the_article_as_each_language_writes_it() {
    fn walk(fields: &[FieldDef], l10n: &crate::Localizer, bad: &mut Vec<String>) {
        for f in fields {
            for c in &f.citations {
                let langs: Vec<&String> = c.articles.keys().collect();
                assert_eq!(
                    langs,
                    crate::l10n::available_languages()
                        .iter()
                        .collect::<Vec<_>>()
                );
            }
            if f.path != "title" {
                let help = l10n.message_plain(f.help.as_deref().unwrap_or_default(), &[]);
                let lang = l10n.language();
                if !f.citations.iter().any(|c| help.contains(&c.articles[lang])) {
                    bad.push(format!("{lang}: {}", f.path));
                }
            }
            walk(f.group_fields(), l10n, bad);
        }
    }
    let mut bad = Vec::new();
    for lang in crate::l10n::available_languages() {
        let l10n = crate::Localizer::new(&lang).unwrap();
        for step in &form_schema(DraftKind::Mla).steps {
            walk(&step.fields, &l10n, &mut bad);
        }
    }
    assert!(bad.is_empty(), "{} help texts: {bad:#?}", bad.len());
    let c = Citation::new("untoc", "18(15)(d)");
    assert_eq!(c.articles["ar"], "18(15)(د)");
    assert_eq!(c.articles["en"], "18(15)(d)");
}

#[test]
fn text_fields_carry_the_limit_validation_applies() {
    fn walk(fields: &[FieldDef], seen: &mut usize) {
        for f in fields {
            let expected = match &f.input {
                FieldInput::Text | FieldInput::LocalizedText { multiline: false } => {
                    Some(super::TEXT_MAX_CHARS)
                }
                FieldInput::TextArea | FieldInput::LocalizedText { multiline: true } => {
                    Some(super::TEXT_AREA_MAX_CHARS)
                }
                _ => None,
            };
            assert_eq!(f.max_chars.map(|n| n as usize), expected, "{}", f.path);
            *seen += usize::from(expected.is_some());
            walk(f.group_fields(), seen);
        }
    }
    let mut seen = 0;
    for kind in DraftKind::ALL {
        for step in &form_schema(kind).steps {
            walk(&step.fields, &mut seen);
        }
    }
    assert!(seen > 20, "{seen}");

    // The advertised limit is the enforced one: at the limit accepted, one more refused.
    let mla = form_schema(DraftKind::Mla);
    for path in ["content.case_reference", "content.facts"] {
        let def = mla.field_deep(path).unwrap();
        let max = def.max_chars.unwrap() as usize;
        let value = |n: usize| match def.input {
            FieldInput::LocalizedText { .. } => {
                json!({"en": {"text": "a".repeat(n), "status": "draft"}})
            }
            _ => json!("a".repeat(n)),
        };
        assert!(
            super::validate_value(def, &value(max), path).is_ok(),
            "{path}"
        );
        let err = super::validate_value(def, &value(max + 1), path).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidFieldValue { reason: FieldReason::TextTooLong { max: m }, .. } if *m == max),
            "{err:?}"
        );
    }
    // On the wire it is `max_chars`: a number, or null for inputs without a text limit.
    let v = serde_json::to_value(mla.field("content.case_reference").unwrap()).unwrap();
    assert_eq!(v["max_chars"], json!(super::TEXT_MAX_CHARS));
    let v = serde_json::to_value(mla.field("requesting_state").unwrap()).unwrap();
    assert!(v["max_chars"].is_null() && v.as_object().unwrap().contains_key("max_chars"));
}

/// Reference choices and item headings name an item by the fields the schema designates per UI
/// language: persons by the name in the UI's script, then the original-script name; offences
/// by their name. Every designated key is a text field of the group, for every shipped language.
#[test]
fn groups_designate_the_fields_that_name_their_items() {
    let schema = form_schema(DraftKind::Mla);
    let keys = |path: &str| {
        schema
            .field(path)
            .and_then(|f| f.item_title_keys.clone())
            .unwrap_or_else(|| panic!("{path} has no item_title_keys"))
    };
    let persons = keys("content.persons");
    assert_eq!(persons["en"], ["name_latin", "name_original"]);
    assert_eq!(persons["ar"], ["name_ar", "name_original"]);
    assert_eq!(keys("content.offences")["ar"], ["name"]);
    for step in &schema.steps {
        for f in &step.fields {
            let Some(by_lang) = &f.item_title_keys else {
                continue;
            };
            let langs: Vec<&String> = by_lang.keys().collect();
            assert_eq!(
                langs,
                crate::l10n::available_languages()
                    .iter()
                    .collect::<Vec<_>>()
            );
            for key in by_lang.values().flatten() {
                let item = f.group_fields().iter().find(|g| &g.key == key);
                assert!(
                    matches!(
                        item.map(|g| &g.input),
                        Some(FieldInput::Text | FieldInput::LocalizedText { .. })
                    ),
                    "{}: {key} is not a text field of the group",
                    f.path
                );
            }
        }
    }
    // Not a group: no designated names.
    assert_eq!(schema.field("title").unwrap().item_title_keys, None);
}
