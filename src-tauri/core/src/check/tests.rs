//! Unit tests of the checker; the per-rule snapshots are in `tests/check_snapshots.rs`.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use uuid::Uuid;

use super::rules::{self, RULES};
use super::*;
use crate::model::{now_utc, DraftKind};

fn draft(kind: DraftKind, content: Value) -> Draft {
    Draft {
        id: Uuid::nil(),
        kind,
        title: String::new(),
        requesting_state: None,
        requested_state: None,
        created_at: now_utc(),
        updated_at: now_utc(),
        content: serde_json::from_value(content).unwrap_or_default(),
        case_id: None,
        case_title: None,
    }
}

fn codes(r: &CheckReport) -> Vec<&str> {
    r.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

#[test]
fn codes_are_stable_unique_and_localized() {
    let all = rules::codes();
    let mut sorted = all.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), all.len());
    for code in &all {
        let ok = code.len() == 8
            && code.starts_with("MLA-")
            && matches!(code.as_bytes()[4], b'C' | b'N' | b'S' | b'L')
            && code[5..].chars().all(|c| c.is_ascii_digit());
        assert!(ok, "{code}");
    }
    for lang in crate::l10n::available_languages() {
        let l = crate::Localizer::new(&lang).unwrap();
        for rule in RULES {
            let id = format!("check-{}", rule.code.to_lowercase());
            assert!(l.has_message(&id), "{lang}: {id}");
        }
        for s in [Severity::Blocking, Severity::Warning, Severity::Advice] {
            assert!(l.has_message(&format!("check-severity-{}", s.as_str())));
        }
    }
}

#[test]
fn never_panics_on_odd_content() {
    let odd = [
        json!(null),
        json!(1),
        json!("x"),
        json!([1, "a", null, {"id": 5}]),
        json!({"en": 3, "ar": {"text": 7, "status": []}}),
        json!([{"type": 9, "offences": "nope", "persons": [1, 2], "date_from": "9999-99-99",
                 "date_to": 3, "preservation_days": "x", "grounds": []}]),
    ];
    let keys: Vec<String> = crate::schema::schema_ref(DraftKind::Mla)
        .fields()
        .map(|f| f.short_key().to_owned())
        .chain(["bogus".to_owned()])
        .collect();
    for v in &odd {
        let content: BTreeMap<String, Value> =
            keys.iter().map(|k| (k.clone(), v.clone())).collect();
        for kind in DraftKind::ALL {
            let d = draft(kind, serde_json::to_value(&content).unwrap());
            let r = check_draft(&d);
            assert!(r.completeness.done <= r.completeness.total);
        }
    }
}

#[test]
fn empty_drafts_are_incomplete_without_panicking() {
    let r = check_draft(&draft(DraftKind::Mla, json!({})));
    assert_eq!(r.completeness.done, 0);
    assert!(r.completeness.total > 20, "{:?}", r.completeness);
    assert!(codes(&r).contains(&"MLA-C001") && codes(&r).contains(&"MLA-C003"));
    let r = check_draft(&draft(DraftKind::Extradition, json!({})));
    assert_eq!(r.completeness, Completeness { done: 0, total: 3 });
}

#[test]
fn vague_wording_is_found_in_every_language() {
    use rules::s003_vague_wording::vague_phrase;
    assert!(vague_phrase("Please provide ALL   Records of the company").is_some());
    assert!(vague_phrase("any and all documents").is_some());
    assert!(vague_phrase("نرجو تقديم جميـــع السجلّات المصرفية").is_some());
    assert!(vague_phrase("كافّة المعلومات").is_some());
    assert!(vague_phrase("كافه البيانات").is_some());
    assert!(vague_phrase("Overall records show").is_none());
    assert!(vague_phrase("Statements of account EG12 from 2023").is_none());
}

#[test]
fn facts_are_not_required_for_service_only() {
    let m = |t: &str| json!({"measures": [{"id": Uuid::new_v4().to_string(), "type": t}]});
    let facts = |r: &CheckReport| {
        r.diagnostics
            .iter()
            .any(|d| d.path.as_deref() == Some("content.facts"))
    };
    assert!(!facts(&check_draft(&draft(DraftKind::Mla, m("service")))));
    assert!(facts(&check_draft(&draft(DraftKind::Mla, m("records")))));
}

#[test]
fn report_has_the_contract_shape() {
    let r = check_draft(&draft(DraftKind::Mla, json!({})));
    let v = serde_json::to_value(&r).unwrap();
    assert!(v["completeness"]["done"].is_number() && v["completeness"]["total"].is_number());
    let d = &v["diagnostics"][0];
    assert_eq!(d["severity"], "blocking");
    assert!(d["message"].as_str().unwrap().starts_with("check-mla-"));
    assert!(d["args"].is_object() && d["citations"].is_array() && d["path"].is_string());
}

/// The instrument ids the rules cite: every `cites(&[("<id>", "<article>"), …])` in the rule
/// sources (the citations are built while a rule runs, so they are read from the source).
fn rule_instruments() -> std::collections::BTreeSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check/rules");
    let mut ids = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for call in text.split("cites(&[").skip(1) {
            let list = &call[..call.find("])").unwrap()];
            // Quoted strings alternate: instrument, article, instrument, article…
            let quoted: Vec<&str> = list.split('"').skip(1).step_by(2).collect();
            assert!(
                quoted.len().is_multiple_of(2) && !quoted.is_empty(),
                "{list}"
            );
            ids.extend(quoted.iter().step_by(2).map(|i| format!("instrument-{i}")));
        }
    }
    ids
}

#[test]
fn every_schema_and_checker_message_exists_in_every_locale() {
    // Schema: step titles and help, labels, help, option labels, item labels and cited
    // instruments of every kind, group fields included (walked recursively).
    let mut ids = crate::schema::tests::schema_message_ids();
    // Checker: one message per rule, the severities, the completeness line, the phrase list.
    ids.extend(
        RULES
            .iter()
            .map(|r| format!("check-{}", r.code.to_lowercase())),
    );
    for s in [Severity::Blocking, Severity::Warning, Severity::Advice] {
        ids.insert(format!("check-severity-{}", s.as_str()));
    }
    ids.insert("check-completeness".to_owned());
    ids.insert("check-vague-phrases".to_owned());
    let instruments = rule_instruments();
    assert!(instruments.contains("instrument-untoc"), "{instruments:?}");
    ids.extend(instruments);
    // The ids a real report uses are among them.
    for kind in DraftKind::ALL {
        for d in check_draft(&draft(kind, json!({}))).diagnostics {
            assert!(ids.contains(&d.message), "{}", d.message);
            for c in d.citations {
                assert!(
                    ids.contains(&format!("instrument-{}", c.instrument)),
                    "{c:?}"
                );
            }
        }
    }
    assert!(ids.len() > 200, "{}", ids.len());

    let langs = crate::l10n::available_languages();
    assert!(langs.len() >= 2, "{langs:?}");
    let mut missing = Vec::new();
    for lang in &langs {
        let l = crate::Localizer::new(lang).unwrap();
        missing.extend(
            ids.iter()
                .filter(|id| !l.has_message(id))
                .map(|id| format!("{lang}: {id}")),
        );
    }
    assert!(
        missing.is_empty(),
        "{} Fluent ids missing:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
