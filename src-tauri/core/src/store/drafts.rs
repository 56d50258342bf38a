//! Draft rows: create, read, update, duplicate, delete, import and export.
//!
//! Every draft belongs to one case (`cases` table, see [`super::cases`]). A draft row holds the
//! request-scoped content; the case row holds the case-scoped content (the schema's
//! [`FieldScope::Case`](crate::schema::FieldScope) fields: facts, offences, persons). Reading a
//! draft merges both into [`Draft::content`]; saving routes each key back to its row, in one
//! transaction.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde_json::Value;
use uuid::Uuid;

use super::cases::{self, CaseRow};
use super::Store;
use crate::error::{DbReason, Error};
use crate::exchange::{self, format_timestamp};
use crate::l10n::Localizer;
use crate::model::{now_utc, Draft, DraftKind, FieldChange, SaveReceipt};
use crate::schema;

/// A content map as stored.
pub(super) type Content = BTreeMap<String, Value>;

/// Columns read for a full draft, in [`RawDraft`] order.
const DRAFT_COLUMNS: &str = "d.id, d.kind, d.title, d.requesting_state, d.requested_state, \
     d.created_at, d.updated_at, d.content, d.case_id, c.title, c.content";

/// A draft row (with its case's title and content) as stored, before parsing.
struct RawDraft {
    id: String,
    kind: String,
    title: String,
    requesting_state: Option<String>,
    requested_state: Option<String>,
    created_at: String,
    updated_at: String,
    content: String,
    case_id: String,
    case_title: String,
    case_content: String,
}

/// A stored draft: the merged view, and its case's whole content.
pub(super) struct Stored {
    pub(super) draft: Draft,
    pub(super) case_content: Content,
}

impl RawDraft {
    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawDraft> {
        Ok(RawDraft {
            id: r.get(0)?,
            kind: r.get(1)?,
            title: r.get(2)?,
            requesting_state: r.get(3)?,
            requested_state: r.get(4)?,
            created_at: r.get(5)?,
            updated_at: r.get(6)?,
            content: r.get(7)?,
            case_id: r.get(8)?,
            case_title: r.get(9)?,
            case_content: r.get(10)?,
        })
    }

    fn parse(self) -> Result<Stored, Error> {
        let corrupt = |what: &str| Error::Db {
            reason: DbReason::CorruptDraft,
            detail: format!("draft {}: invalid {what}", self.id),
        };
        let kind = self
            .kind
            .parse::<DraftKind>()
            .map_err(|_| corrupt("kind"))?;
        let mut content =
            serde_json::from_str::<Content>(&self.content).map_err(|_| corrupt("content"))?;
        let case_content = serde_json::from_str::<Content>(&self.case_content)
            .map_err(|_| corrupt("case content"))?;
        let schema = schema::schema_ref(kind);
        // Case keys live in the case row only; a stray copy in the draft row never wins.
        content.retain(|k, _| !schema.is_case_key(k));
        for key in schema.case_keys() {
            if let Some(v) = case_content.get(key) {
                content.insert(key.to_owned(), v.clone());
            }
        }
        let draft = Draft {
            id: Uuid::parse_str(&self.id).map_err(|_| corrupt("id"))?,
            kind,
            created_at: parse_timestamp(&self.created_at).ok_or_else(|| corrupt("created_at"))?,
            updated_at: parse_timestamp(&self.updated_at).ok_or_else(|| corrupt("updated_at"))?,
            content,
            title: self.title,
            requesting_state: self.requesting_state,
            requested_state: self.requested_state,
            case_id: Some(Uuid::parse_str(&self.case_id).map_err(|_| corrupt("case_id"))?),
            case_title: Some(self.case_title),
        };
        Ok(Stored {
            draft,
            case_content,
        })
    }
}

/// Parses a stored RFC 3339 timestamp.
pub(super) fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Reads one draft with its case; `draft-not-found` if absent.
pub(super) fn read_stored(conn: &Connection, id: Uuid) -> Result<Stored, Error> {
    let sql = format!(
        "SELECT {DRAFT_COLUMNS} FROM drafts d JOIN cases c ON c.id = d.case_id WHERE d.id = ?1"
    );
    conn.query_row(&sql, [id.to_string()], RawDraft::from_row)
        .optional()?
        .ok_or_else(|| Error::DraftNotFound { id: id.to_string() })?
        .parse()
}

/// Reads one draft (case content merged in); `draft-not-found` if absent.
fn read(conn: &Connection, id: Uuid) -> Result<Draft, Error> {
    Ok(read_stored(conn, id)?.draft)
}

fn exists(conn: &Connection, id: Uuid) -> Result<bool, Error> {
    let found = conn
        .query_row(
            "SELECT 1 FROM drafts WHERE id = ?1",
            [id.to_string()],
            |_| Ok(()),
        )
        .optional()?;
    Ok(found.is_some())
}

pub(super) fn json_text(content: &Content) -> String {
    // A map of JSON values always serializes.
    serde_json::to_string(content).unwrap_or_else(|_| "{}".to_owned())
}

/// The request-scoped part of a draft's content (what the draft row stores).
fn request_content(draft: &Draft) -> Content {
    let schema = schema::schema_ref(draft.kind);
    draft
        .content
        .iter()
        .filter(|(k, _)| !schema.is_case_key(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The case content after `draft` (a merged view) is saved: `old` with the case keys of the
/// draft's form replaced by the draft's values (keys of other forms are kept).
fn case_content_of(draft: &Draft, old: &Content) -> Content {
    let schema = schema::schema_ref(draft.kind);
    let mut case = old.clone();
    for key in schema.case_keys() {
        match draft.content.get(key) {
            Some(v) => case.insert(key.to_owned(), v.clone()),
            None => case.remove(key),
        };
    }
    case
}

/// The case id of a stored or to-be-stored draft.
fn case_of(d: &Draft) -> Result<Uuid, Error> {
    d.case_id.ok_or_else(|| Error::Db {
        reason: DbReason::CorruptDraft,
        detail: format!("draft {}: no case", d.id),
    })
}

fn insert(conn: &Connection, d: &Draft) -> Result<(), Error> {
    conn.execute(
        "INSERT INTO drafts (id, case_id, kind, title, requesting_state, requested_state,
                             case_reference, created_at, updated_at, content)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            d.id.to_string(),
            case_of(d)?.to_string(),
            d.kind.as_str(),
            d.title,
            d.requesting_state,
            d.requested_state,
            d.content_text("case_reference"),
            format_timestamp(&d.created_at),
            format_timestamp(&d.updated_at),
            json_text(&request_content(d)),
        ],
    )?;
    Ok(())
}

fn update(conn: &Connection, d: &Draft) -> Result<(), Error> {
    conn.execute(
        "UPDATE drafts SET title = ?2, requesting_state = ?3, requested_state = ?4,
                case_reference = ?5, updated_at = ?6, content = ?7
         WHERE id = ?1",
        params![
            d.id.to_string(),
            d.title,
            d.requesting_state,
            d.requested_state,
            d.content_text("case_reference"),
            format_timestamp(&d.updated_at),
            json_text(&request_content(d)),
        ],
    )?;
    Ok(())
}

/// After the content of `case_id` changed: removes, from every other request of the case,
/// the references to case items that no longer exist, bumping the `updated_at` of each
/// request that changed.
fn prune_case_requests(conn: &Connection, case_id: Uuid, except: Uuid) -> Result<(), Error> {
    let ids: Vec<String> = conn
        .prepare("SELECT id FROM drafts WHERE case_id = ?1 AND id <> ?2")?
        .query_map([case_id.to_string(), except.to_string()], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for id in ids {
        let id = Uuid::parse_str(&id).map_err(|_| Error::Db {
            reason: DbReason::CorruptDraft,
            detail: format!("draft {id}: invalid id"),
        })?;
        let mut draft = read(conn, id)?;
        let before = request_content(&draft);
        schema::prune_references(schema::schema_ref(draft.kind), &mut draft, &BTreeSet::new());
        if request_content(&draft) != before {
            draft.updated_at = now_utc().max(draft.updated_at);
            update(conn, &draft)?;
        }
    }
    Ok(())
}

/// The content of a new draft of `kind`: an MLA request is written in the UI language (the
/// officer adds the other one).
fn new_content(store: &Store, kind: DraftKind) -> Result<Content, Error> {
    let mut content = BTreeMap::new();
    if let Some(def) = schema::schema_ref(kind).field("content.output_languages") {
        let language = store.get_settings()?.language;
        content.insert(
            def.short_key().to_owned(),
            Value::Array(vec![Value::String(language)]),
        );
    }
    Ok(content)
}

impl Store {
    /// Creates an empty draft of `kind` (empty title, no States, empty content) in a new,
    /// untitled case of its own.
    pub fn create_draft(&mut self, kind: DraftKind) -> Result<Draft, Error> {
        let content = new_content(self, kind)?;
        let now = now_utc();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let case = CaseRow {
            id: Uuid::new_v4(),
            title: String::new(),
            created_at: now,
            updated_at: now,
            content: Content::new(),
        };
        cases::insert(&tx, &case)?;
        let draft = Draft {
            id: Uuid::new_v4(),
            kind,
            title: String::new(),
            requesting_state: None,
            requested_state: None,
            created_at: now,
            updated_at: now,
            content,
            case_id: Some(case.id),
            case_title: Some(case.title),
        };
        insert(&tx, &draft)?;
        tx.commit()?;
        Ok(draft)
    }

    /// Creates a new request of `kind` in an existing case (e.g. the same case to a second
    /// State): it draws on the case's facts, offences and persons; everything else starts empty.
    /// `case-not-found` if there is no such case.
    pub fn create_draft_in_case(&mut self, case_id: Uuid, kind: DraftKind) -> Result<Draft, Error> {
        let content = new_content(self, kind)?;
        let now = now_utc();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if cases::read(&tx, case_id)?.is_none() {
            return Err(Error::CaseNotFound {
                id: case_id.to_string(),
            });
        }
        let draft = Draft {
            id: Uuid::new_v4(),
            kind,
            title: String::new(),
            requesting_state: None,
            requested_state: None,
            created_at: now,
            updated_at: now,
            content,
            case_id: Some(case_id),
            case_title: None,
        };
        insert(&tx, &draft)?;
        let draft = read(&tx, draft.id)?;
        tx.commit()?;
        Ok(draft)
    }

    /// The draft with this id (its case's content merged in); `draft-not-found` if there is
    /// none.
    pub fn get_draft(&self, id: Uuid) -> Result<Draft, Error> {
        read(&self.conn, id)
    }

    /// Validates every change against the form schema, then applies them all and bumps
    /// `updated_at`, in one transaction. Nothing is written if any change is invalid
    /// (`unknown-field`, `invalid-field-value`).
    ///
    /// Case-scoped fields are written to the draft's case (bumping the case's `updated_at`
    /// too); when the case changes, references to removed case items are removed from every
    /// other request of the case in the same transaction.
    pub fn update_draft(
        &mut self,
        id: Uuid,
        changes: &[FieldChange],
    ) -> Result<SaveReceipt, Error> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let Stored {
            mut draft,
            case_content,
        } = read_stored(&tx, id)?;
        schema::apply_changes(&mut draft, changes)?;
        // Never move backwards, even if the clock does.
        draft.updated_at = now_utc().max(draft.updated_at);
        update(&tx, &draft)?;
        let case = case_content_of(&draft, &case_content);
        if case != case_content {
            let case_id = case_of(&draft)?;
            cases::update_content(&tx, case_id, &case, draft.updated_at)?;
            prune_case_requests(&tx, case_id, id)?;
        }
        tx.commit()?;
        Ok(SaveReceipt {
            id,
            updated_at: draft.updated_at,
        })
    }

    /// Copies a draft under a new id, in the same case, with both timestamps now, titled by the
    /// Fluent message `draft-copy-title` in the settings language.
    pub fn duplicate_draft(&mut self, id: Uuid) -> Result<Draft, Error> {
        let language = self.get_settings()?.language;
        let l10n = Localizer::new(&language)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut draft = read(&tx, id)?;
        let original = if draft.title.is_empty() {
            l10n.message_plain("draft-untitled", &[])
        } else {
            draft.title.clone()
        };
        let title = l10n.message_plain("draft-copy-title", &[("title", original.into())]);
        // The copy's title must stay a valid title even when the original was at the limit.
        draft.title = title.chars().take(schema::TEXT_MAX_CHARS).collect();
        draft.id = Uuid::new_v4();
        draft.created_at = now_utc();
        draft.updated_at = draft.created_at;
        insert(&tx, &draft)?;
        tx.commit()?;
        Ok(draft)
    }

    /// Deletes a draft; `draft-not-found` if there is none. Deleting the last request of a
    /// case deletes the case.
    pub fn delete_draft(&mut self, id: Uuid) -> Result<(), Error> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let case_id: Option<String> = tx
            .query_row(
                "SELECT case_id FROM drafts WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        let Some(case_id) = case_id else {
            return Err(Error::DraftNotFound { id: id.to_string() });
        };
        tx.execute("DELETE FROM drafts WHERE id = ?1", [id.to_string()])?;
        tx.execute(
            "DELETE FROM cases WHERE id = ?1
               AND NOT EXISTS (SELECT 1 FROM drafts WHERE case_id = ?1)",
            [case_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Validates a whole exchange file (see [`exchange::parse_import`]), then inserts the draft
    /// in one transaction. An existing draft is never overwritten: when the file's id is taken,
    /// the draft is imported under a fresh id. Returns the draft as stored.
    ///
    /// The case: a file's `case.id` that is not in the store creates that case (with the file's
    /// case-scoped content and `case.title`). If the case exists and holds exactly the file's
    /// case-scoped values, the request joins it; otherwise (or without `case.id`) the request
    /// goes into a new case, so another case's data is never overwritten.
    pub fn import_draft(&mut self, file: &[u8]) -> Result<Draft, Error> {
        let mut draft = exchange::parse_import(file)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        while exists(&tx, draft.id)? {
            draft.id = Uuid::new_v4();
        }
        let schema = schema::schema_ref(draft.kind);
        let existing = match draft.case_id {
            Some(case_id) => cases::read(&tx, case_id)?,
            None => None,
        };
        let joins = existing.as_ref().is_some_and(|case| {
            schema
                .case_keys()
                .all(|k| case.content.get(k) == draft.content.get(k))
        });
        if !joins {
            let id = match (draft.case_id, &existing) {
                (Some(id), None) => id,
                _ => loop {
                    let id = Uuid::new_v4();
                    if cases::read(&tx, id)?.is_none() {
                        break id;
                    }
                },
            };
            let case = CaseRow {
                id,
                title: draft.case_title.clone().unwrap_or_default(),
                created_at: draft.created_at,
                updated_at: draft.updated_at,
                content: case_content_of(&draft, &Content::new()),
            };
            cases::insert(&tx, &case)?;
            draft.case_id = Some(id);
        }
        insert(&tx, &draft)?;
        let draft = read(&tx, draft.id)?;
        tx.commit()?;
        Ok(draft)
    }

    /// The exchange file text (pretty JSON) of a draft: self-contained (the case's content is
    /// merged in), with the case's id and title under `"case"`.
    pub fn export_draft(&self, id: Uuid) -> Result<String, Error> {
        Ok(exchange::export_draft(&self.get_draft(id)?))
    }
}

#[cfg(test)]
mod tests {
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
        assert!(
            crate::exchange::parse_import(store.export_draft(x.id).unwrap().as_bytes()).is_ok()
        );
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
        assert!(rows.iter().all(
            |r| r.case_id == Some(case) && r.case_title.as_deref() == Some("Opération Horizon")
        ));
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
}
