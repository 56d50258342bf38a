//! Tests of the requests store (`drafts.rs`): cases, shared data, pruning, import/export.

use serde_json::json;

use super::*;

fn store() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    (tmp, store)
}

fn change(path: &str, value: serde_json::Value) -> FieldChange {
    FieldChange {
        path: path.into(),
        value,
    }
}

fn a_state() -> String {
    crate::states::all_states()[0].code.clone()
}

#[test]
fn a_new_mla_request_is_written_in_the_ui_language() {
    let (_tmp, mut store) = store();
    store.set_language("ar").unwrap();
    let d = store.create_draft(DraftKind::Mla).unwrap();
    assert_eq!(d.content["output_languages"], serde_json::json!(["ar"]));
    assert_eq!(store.get_draft(d.id).unwrap(), d);
    // The other kinds have no such field yet.
    let e = store.create_draft(DraftKind::Extradition).unwrap();
    assert!(e.content.is_empty());
}

#[test]
fn create_get_update_round_trip_and_survive_reopen() {
    let (tmp, mut store) = store();
    let d = store.create_draft(DraftKind::Mla).unwrap();
    assert_eq!(store.get_draft(d.id).unwrap(), d);
    let receipt = store
        .update_draft(
            d.id,
            &[
                change("content.requesting_authority", json!("وزارة العدل")),
                change("content.case_reference", json!("2025/17")),
                change("requested_state", json!(a_state())),
                change("title", json!("Bank records")),
            ],
        )
        .unwrap();
    assert!(receipt.updated_at >= d.updated_at);
    drop(store);
    let store = Store::open(tmp.path()).unwrap();
    let got = store.get_draft(d.id).unwrap();
    assert_eq!(got.updated_at, receipt.updated_at);
    assert_eq!(got.created_at, d.created_at);
    assert_eq!(got.title, "Bank records");
    assert_eq!(
        got.content_text("requesting_authority"),
        Some("وزارة العدل")
    );
    assert_eq!(got.requested_state, Some(a_state()));
    let row: Option<String> = store
        .conn
        .query_row("SELECT case_reference FROM drafts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(row.as_deref(), Some("2025/17"));
}

#[test]
fn invalid_update_writes_nothing() {
    let (_tmp, mut store) = store();
    let d = store.create_draft(DraftKind::Extradition).unwrap();
    let err = store
        .update_draft(
            d.id,
            &[change("title", json!("new")), change("content.x", json!(1))],
        )
        .unwrap_err();
    assert_eq!(
        err,
        Error::UnknownField {
            path: "content.x".into()
        }
    );
    let err = store
        .update_draft(d.id, &[change("requested_state", json!("ZZ"))])
        .unwrap_err();
    assert_eq!(err.code(), "invalid-field-value");
    assert_eq!(store.get_draft(d.id).unwrap(), d);
    let missing = Uuid::new_v4();
    assert_eq!(
        store.update_draft(missing, &[]).unwrap_err(),
        Error::DraftNotFound {
            id: missing.to_string()
        }
    );
}

#[test]
fn duplicate_uses_the_settings_language() {
    let (_tmp, mut store) = store();
    let d = store.create_draft(DraftKind::Mla).unwrap();
    store
        .update_draft(d.id, &[change("title", json!("Bank records"))])
        .unwrap();
    store.set_language("en").unwrap();
    let copy = store.duplicate_draft(d.id).unwrap();
    assert_ne!(copy.id, d.id);
    assert!(
        copy.title.contains("Bank records") && copy.title != "Bank records",
        "{}",
        copy.title
    );
    assert!(!copy.title.contains('\u{2068}'));
    assert!(copy.created_at >= d.created_at && copy.updated_at == copy.created_at);
    store.set_language("ar").unwrap();
    let copy_ar = store.duplicate_draft(d.id).unwrap();
    assert!(copy_ar.title.contains("Bank records") && copy_ar.title != copy.title);
    let untitled = store.create_draft(DraftKind::Mla).unwrap();
    assert!(!store.duplicate_draft(untitled.id).unwrap().title.is_empty());
}

#[test]
fn delete_removes_and_reports_missing() {
    let (_tmp, mut store) = store();
    let d = store.create_draft(DraftKind::Mla).unwrap();
    store.delete_draft(d.id).unwrap();
    assert_eq!(store.get_draft(d.id).unwrap_err().code(), "draft-not-found");
    assert_eq!(
        store.delete_draft(d.id).unwrap_err().code(),
        "draft-not-found"
    );
}

#[test]
fn export_import_round_trip_never_overwrites() {
    let (_tmp, mut store) = store();
    let d = store.create_draft(DraftKind::ProvisionalArrest).unwrap();
    store
        .update_draft(d.id, &[change("content.case_reference", json!("A-1"))])
        .unwrap();
    let original = store.get_draft(d.id).unwrap();
    let text = store.export_draft(d.id).unwrap();
    let imported = store.import_draft(text.as_bytes()).unwrap();
    assert_ne!(
        imported.id, d.id,
        "the id was taken, so a fresh one is used"
    );
    assert_eq!(
        Draft {
            id: d.id,
            ..imported.clone()
        },
        original
    );
    assert_eq!(store.get_draft(imported.id).unwrap(), imported);
    assert_eq!(store.get_draft(d.id).unwrap(), original);

    // Into an empty store, the id is kept.
    let (_tmp2, mut other) = self::store();
    assert_eq!(other.import_draft(text.as_bytes()).unwrap(), original);
}

#[test]
fn failed_import_writes_nothing() {
    let (_tmp, mut store) = store();
    for bad in [
        &b"{ nope"[..],
        br#"{"format":"mla-desk/1","kind":"mla","content":{"x":1}}"#,
    ] {
        assert!(store.import_draft(bad).is_err());
    }
    let n: i64 = store
        .conn
        .query_row("SELECT count(*) FROM drafts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn corrupt_rows_are_errors_not_panics() {
    let (_tmp, store) = store();
    let id = Uuid::new_v4();
    store
        .conn
        .execute_batch("INSERT INTO cases (id, created_at, updated_at) VALUES ('c', 'x', 'y')")
        .unwrap();
    store
        .conn
        .execute(
            "INSERT INTO drafts (id, case_id, kind, created_at, updated_at)
             VALUES (?1, 'c', 'bogus', 'x', 'y')",
            [id.to_string()],
        )
        .unwrap();
    assert!(matches!(
        store.get_draft(id).unwrap_err(),
        Error::Db {
            reason: DbReason::CorruptDraft,
            ..
        }
    ));
    assert_eq!(
        store
            .list_drafts(None, crate::model::DraftSort::Title)
            .unwrap_err()
            .code(),
        "db-failed"
    );
}

/// A person and an offence (ids fixed so tests can reference them).
const PERSON: &str = "11111111-1111-4111-8111-111111111111";
const OFFENCE: &str = "22222222-2222-4222-8222-222222222222";
const OFFENCE_2: &str = "33333333-3333-4333-8333-333333333333";

fn person(name: &str) -> serde_json::Value {
    json!([{"id": PERSON, "role": "witness", "person_type": "natural", "name_original": name}])
}

fn offences(ids: &[&str]) -> serde_json::Value {
    serde_json::Value::Array(
        ids.iter()
            .map(|id| json!({"id": id, "provision": format!("art. {id}")}))
            .collect(),
    )
}

fn measure(offences: &[&str]) -> serde_json::Value {
    json!([{"id": "44444444-4444-4444-8444-444444444444", "type": "testimony",
            "offences": offences, "persons": [PERSON]}])
}

/// An MLA request with a person, two offences and a measure, and a second request in the
/// same case with its own measure.
fn case_with_two_requests(store: &mut Store) -> (Draft, Draft) {
    let a = store.create_draft(DraftKind::Mla).unwrap();
    store
        .update_draft(
            a.id,
            &[
                change("content.persons", person("Omar")),
                change("content.offences", offences(&[OFFENCE, OFFENCE_2])),
                change("content.measures", measure(&[OFFENCE, OFFENCE_2])),
            ],
        )
        .unwrap();
    let b = store
        .create_draft_in_case(a.case_id.unwrap(), DraftKind::Mla)
        .unwrap();
    store
        .update_draft(b.id, &[change("content.measures", measure(&[OFFENCE]))])
        .unwrap();
    (
        store.get_draft(a.id).unwrap(),
        store.get_draft(b.id).unwrap(),
    )
}

#[test]
fn every_draft_has_a_case_and_case_fields_are_scoped() {
    let (_tmp, mut store) = store();
    let d = store.create_draft(DraftKind::Mla).unwrap();
    assert!(d.case_id.is_some());
    assert_eq!(d.case_title.as_deref(), Some(""));
    let e = store.create_draft(DraftKind::Extradition).unwrap();
    assert_ne!(e.case_id, d.case_id, "a new draft gets a new case");
    let keys: Vec<&str> = schema::schema_ref(DraftKind::Mla).case_keys().collect();
    assert_eq!(
        keys,
        [
            "facts",
            "facts_period",
            "facts_places",
            "offences",
            "persons"
        ]
    );
    assert_eq!(
        keys,
        super::super::migrations::CASE_KEYS_V2,
        "a change of case scope needs a migration that moves the data"
    );
    // Case keys are stored in the case row only.
    store
        .update_draft(d.id, &[change("content.persons", person("Omar"))])
        .unwrap();
    let (row, case): (String, String) = store
        .conn
        .query_row(
            "SELECT d.content, c.content FROM drafts d JOIN cases c ON c.id = d.case_id
             WHERE d.id = ?1",
            [d.id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        !row.contains("persons") && case.contains("Omar"),
        "{row} {case}"
    );
}

#[test]
fn two_requests_in_one_case_share_persons_and_offences() {
    let (_tmp, mut store) = store();
    let (a, b) = case_with_two_requests(&mut store);
    assert_eq!(a.case_id, b.case_id);
    assert_eq!(a.content["persons"], b.content["persons"]);
    assert_eq!(b.content["persons"][0]["name_original"], "Omar");
    assert_ne!(
        a.content["measures"], b.content["measures"],
        "measures are per request"
    );

    // Editing the person through B shows in A, and bumps the case.
    let before = store.list_cases(None).unwrap()[0].updated_at;
    store
        .update_draft(b.id, &[change("content.persons", person("Omar Khalid"))])
        .unwrap();
    let a2 = store.get_draft(a.id).unwrap();
    assert_eq!(a2.content["persons"][0]["name_original"], "Omar Khalid");
    assert_eq!(a2.content["measures"], a.content["measures"]);
    let cases = store.list_cases(None).unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].request_count, 2);
    assert!(cases[0].updated_at >= before);

    // A request-scoped field stays in its request.
    store
        .update_draft(
            b.id,
            &[change(
                "content.purpose",
                json!({"en": {"text": "p", "status": "draft"}}),
            )],
        )
        .unwrap();
    assert!(!store
        .get_draft(a.id)
        .unwrap()
        .content
        .contains_key("purpose"));

    // Measures in B may reference the case's offences; unknown ones are refused.
    let err = store
        .update_draft(
            b.id,
            &[change(
                "content.measures",
                measure(&["55555555-5555-4555-8555-555555555555"]),
            )],
        )
        .unwrap_err();
    assert_eq!(err.code(), "invalid-field-value");
}

#[test]
fn deleting_an_offence_prunes_references_in_every_request() {
    let (_tmp, mut store) = store();
    let (a, b) = case_with_two_requests(&mut store);
    // Delete OFFENCE through A: A's and B's measures lose the reference.
    store
        .update_draft(a.id, &[change("content.offences", offences(&[OFFENCE_2]))])
        .unwrap();
    let a2 = store.get_draft(a.id).unwrap();
    let b2 = store.get_draft(b.id).unwrap();
    assert_eq!(a2.content["measures"][0]["offences"], json!([OFFENCE_2]));
    assert!(
        b2.content["measures"][0].get("offences").is_none(),
        "{:?}",
        b2.content["measures"]
    );
    assert!(b2.updated_at >= b.updated_at);
    // Deleting the person through B prunes A too.
    store
        .update_draft(b.id, &[change("content.persons", json!(null))])
        .unwrap();
    let a3 = store.get_draft(a.id).unwrap();
    assert!(a3.content["measures"][0].get("persons").is_none());
    assert!(!a3.content.contains_key("persons"));
    // The checker sees the merged request.
    let report = crate::check::check_draft(&a3);
    assert!(report.diagnostics.iter().all(|d| d.code != "MLA-N001"));
}

#[test]
fn a_failed_save_changes_neither_the_case_nor_the_other_requests() {
    let (_tmp, mut store) = store();
    let (a, b) = case_with_two_requests(&mut store);
    let err = store
        .update_draft(
            a.id,
            &[
                change("content.offences", offences(&[OFFENCE_2])),
                change("content.x", json!(1)),
            ],
        )
        .unwrap_err();
    assert_eq!(err.code(), "unknown-field");
    assert_eq!(store.get_draft(a.id).unwrap(), a);
    assert_eq!(store.get_draft(b.id).unwrap(), b);
}

#[test]
fn duplicate_keeps_the_case_and_the_last_delete_removes_it() {
    let (_tmp, mut store) = store();
    let (a, b) = case_with_two_requests(&mut store);
    let copy = store.duplicate_draft(b.id).unwrap();
    assert_eq!(copy.case_id, b.case_id);
    assert_eq!(copy.content, b.content);
    assert_eq!(store.list_cases(None).unwrap()[0].request_count, 3);
    let x = store.create_draft(DraftKind::Extradition).unwrap();
    assert_eq!(store.list_cases(None).unwrap().len(), 2);
    for id in [a.id, b.id] {
        store.delete_draft(id).unwrap();
        assert_eq!(store.list_cases(None).unwrap().len(), 2);
    }
    assert_eq!(
        store.get_draft(copy.id).unwrap().content["persons"],
        a.content["persons"]
    );
    store.delete_draft(copy.id).unwrap();
    let cases = store.list_cases(None).unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(Some(cases[0].id), x.case_id);
    let missing = a.case_id.unwrap();
    assert_eq!(
        store
            .create_draft_in_case(missing, DraftKind::Mla)
            .unwrap_err(),
        Error::CaseNotFound {
            id: missing.to_string()
        }
    );
}

#[test]
fn an_extradition_request_joins_a_case_without_dropping_its_data() {
    let (_tmp, mut store) = store();
    let (a, _) = case_with_two_requests(&mut store);
    let x = store
        .create_draft_in_case(a.case_id.unwrap(), DraftKind::Extradition)
        .unwrap();
    assert!(x.content.is_empty(), "its form has no case fields yet");
    store
        .update_draft(x.id, &[change("title", json!("Extradition"))])
        .unwrap();
    assert_eq!(store.get_draft(a.id).unwrap().content, a.content);
    assert!(crate::exchange::parse_import(store.export_draft(x.id).unwrap().as_bytes()).is_ok());
}

#[test]
fn cases_are_listed_searched_and_renamed() {
    let (_tmp, mut store) = store();
    let (a, _) = case_with_two_requests(&mut store);
    store
        .update_draft(a.id, &[change("title", json!("Horizon bank"))])
        .unwrap();
    let other = store.create_draft(DraftKind::Mla).unwrap();
    let case = a.case_id.unwrap();
    let renamed = store.rename_case(case, "Opération Horizon").unwrap();
    assert_eq!(renamed.id, case);
    assert_eq!(renamed.title, "Opération Horizon");
    assert_eq!(renamed.request_count, 2);
    let ids = |q: Option<&str>| -> Vec<Uuid> {
        store
            .list_cases(q)
            .unwrap()
            .into_iter()
            .map(|c| c.id)
            .collect()
    };
    assert_eq!(ids(None), [case, other.case_id.unwrap()]);
    assert_eq!(ids(Some("operation")), [case]);
    assert_eq!(
        ids(Some("HORIZON BANK")),
        [case],
        "request titles match too"
    );
    assert_eq!(ids(Some("nothing")), Vec::<Uuid>::new());
    // The drafts list shows (and searches) the case.
    let rows = store
        .list_drafts(Some("opération"), crate::model::DraftSort::Title)
        .unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows
        .iter()
        .all(|r| r.case_id == Some(case) && r.case_title.as_deref() == Some("Opération Horizon")));
    assert_eq!(
        store.get_draft(a.id).unwrap().case_title.as_deref(),
        Some("Opération Horizon")
    );
    assert_eq!(
        store.rename_case(case, "two\nlines").unwrap_err().code(),
        "invalid-field-value"
    );
    let missing = Uuid::new_v4();
    assert_eq!(
        store.rename_case(missing, "x").unwrap_err(),
        Error::CaseNotFound {
            id: missing.to_string()
        }
    );
}

#[test]
fn export_is_self_contained_and_import_never_overwrites_a_case() {
    let (_tmp, mut store) = store();
    let (a, b) = case_with_two_requests(&mut store);
    store.rename_case(a.case_id.unwrap(), "Horizon").unwrap();
    let text_a = store.export_draft(a.id).unwrap();
    let text_b = store.export_draft(b.id).unwrap();
    let file: serde_json::Value = serde_json::from_str(&text_b).unwrap();
    assert_eq!(
        file["case"],
        json!({"id": a.case_id.unwrap(), "title": "Horizon"})
    );
    assert_eq!(file["content"]["persons"][0]["name_original"], "Omar");

    // Into another store: A creates the case (same id, title, content); B joins it.
    let (_tmp2, mut other) = self::store();
    let ia = other.import_draft(text_a.as_bytes()).unwrap();
    let ib = other.import_draft(text_b.as_bytes()).unwrap();
    assert_eq!(ia, store.get_draft(a.id).unwrap());
    assert_eq!(ib, store.get_draft(b.id).unwrap());
    assert_eq!(other.list_cases(None).unwrap().len(), 1);
    other
        .update_draft(ia.id, &[change("content.persons", person("Changed"))])
        .unwrap();
    assert_eq!(
        other.get_draft(ib.id).unwrap().content["persons"][0]["name_original"],
        "Changed"
    );

    // Its case now differs from the file: importing B again makes a new case, leaving the
    // existing one untouched.
    let again = other.import_draft(text_b.as_bytes()).unwrap();
    assert_ne!(again.case_id, ia.case_id);
    assert_ne!(again.id, ib.id);
    assert_eq!(again.case_title.as_deref(), Some("Horizon"));
    assert_eq!(again.content["persons"][0]["name_original"], "Omar");
    assert_eq!(
        other.get_draft(ia.id).unwrap().content["persons"][0]["name_original"],
        "Changed"
    );
    assert_eq!(other.list_cases(None).unwrap().len(), 2);

    // A file without "case" goes into a new untitled case.
    let mut bare: serde_json::Value = serde_json::from_str(&text_a).unwrap();
    bare.as_object_mut().unwrap().remove("case");
    let imported = other.import_draft(bare.to_string().as_bytes()).unwrap();
    assert_eq!(imported.case_title.as_deref(), Some(""));
    assert_eq!(other.list_cases(None).unwrap().len(), 3);
}

/// The requesting side and drafting setup of an MLA request, as `FieldChange`s.
fn requesting_side() -> Vec<FieldChange> {
    let loc = |t: &str| json!({"en": {"text": t, "status": "draft"}});
    vec![
        change("requesting_state", json!(a_state())),
        change(
            "content.requesting_authority",
            json!("Office of the Prosecutor"),
        ),
        change(
            "content.requesting_authority_address",
            json!("1 Justice St."),
        ),
        change("content.conducting_authority", json!("Investigating judge")),
        change(
            "content.conducting_authority_functions",
            loc("Investigates"),
        ),
        change("content.contact_name", json!("Leila")),
        change("content.contact_title", json!("Prosecutor")),
        change("content.contact_phone", json!("+1 555 0100")),
        change("content.contact_email", json!("leila@example.org")),
        change("content.contact_languages", json!("English, Arabic")),
        change("content.case_reference", json!("CASE-7")),
        change("content.other_references", json!("Police file 12")),
        change("content.proceedings_stage", json!("prosecution")),
        change("content.proceedings_nature", json!("criminal")),
        change("content.output_languages", json!(["en", "ar"])),
    ]
}

#[test]
fn carried_over_fields_come_from_the_requesting_step_of_the_schema() {
    let mla = schema::carried_over_paths(DraftKind::Mla);
    let expected: Vec<String> = requesting_side().into_iter().map(|c| c.path).collect();
    assert_eq!(mla, expected);
    assert_eq!(
        schema::carried_over_paths(DraftKind::Extradition),
        [
            "requesting_state",
            "content.requesting_authority",
            "content.case_reference"
        ]
    );
}

#[test]
fn a_second_request_in_a_case_takes_over_the_requesting_side() {
    let (_tmp, mut store) = store();
    store.set_language("ar").unwrap();
    let a = store.create_draft(DraftKind::Mla).unwrap();
    let mut changes = requesting_side();
    changes.extend([
        change("title", json!("To State A")),
        change("requested_state", json!(a_state())),
        change(
            "content.addressee_authority",
            json!("Central authority of A"),
        ),
        change("content.legal_bases", json!(["untoc"])),
        change("content.urgent", json!(true)),
        change("content.signatory_name", json!("Minister")),
        change("content.persons", person("Omar")),
        change("content.offences", offences(&[OFFENCE])),
        change("content.measures", measure(&[OFFENCE])),
    ]);
    store.update_draft(a.id, &changes).unwrap();
    // An older request of the case with other values: the most recent one wins.
    let old = store
        .create_draft_in_case(a.case_id.unwrap(), DraftKind::Mla)
        .unwrap();
    assert_eq!(old.content["contact_name"], "Leila");
    store
        .update_draft(a.id, &[change("content.contact_name", json!("Leila H."))])
        .unwrap();

    let b = store
        .create_draft_in_case(a.case_id.unwrap(), DraftKind::Mla)
        .unwrap();
    let a = store.get_draft(a.id).unwrap();
    for c in requesting_side() {
        let path = c.path;
        assert_eq!(
            schema::get_field(&b, &path).unwrap(),
            schema::get_field(&a, &path).unwrap(),
            "{path}"
        );
    }
    assert_eq!(b.content["contact_name"], "Leila H.");
    assert_eq!(b.content["output_languages"], json!(["en", "ar"]));
    assert_eq!(b.title, "");
    assert_eq!(b.requested_state, None);
    for key in [
        "addressee_authority",
        "legal_bases",
        "urgent",
        "signatory_name",
        "measures",
    ] {
        assert!(!b.content.contains_key(key), "{key} is per requested State");
    }
    assert_eq!(b.content["persons"], a.content["persons"], "case data");
    assert_eq!(store.get_draft(b.id).unwrap(), b);

    // An extradition request takes only what its form has.
    let x = store
        .create_draft_in_case(a.case_id.unwrap(), DraftKind::Extradition)
        .unwrap();
    assert_eq!(x.requesting_state, a.requesting_state);
    assert_eq!(x.requested_state, None);
    assert_eq!(
        x.content,
        [
            ("case_reference".to_owned(), json!("CASE-7")),
            (
                "requesting_authority".to_owned(),
                json!("Office of the Prosecutor")
            ),
        ]
        .into_iter()
        .collect::<Content>()
    );
    // And an MLA request drawn from it takes what it has, in the UI language otherwise.
    store
        .update_draft(x.id, &[change("content.case_reference", json!("EXT-1"))])
        .unwrap();
    let c = store
        .create_draft_in_case(a.case_id.unwrap(), DraftKind::Mla)
        .unwrap();
    assert_eq!(c.content["case_reference"], "EXT-1");
    assert_eq!(c.content["output_languages"], json!(["ar"]));
    assert!(!c.content.contains_key("contact_name"));
}

#[test]
fn a_case_without_requests_gives_an_empty_request() {
    let (_tmp, mut store) = store();
    let now = now_utc();
    let case = CaseRow {
        id: Uuid::new_v4(),
        title: String::new(),
        created_at: now,
        updated_at: now,
        content: Content::new(),
    };
    cases::insert(&store.conn, &case).unwrap();
    let d = store.create_draft_in_case(case.id, DraftKind::Mla).unwrap();
    assert_eq!(d.requesting_state, None);
    assert_eq!(d.content.keys().collect::<Vec<_>>(), ["output_languages"]);
    assert_eq!(d.content["output_languages"], json!(["en"]));
}
