//! Draft rows: create, read, update, duplicate, delete, import and export.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use uuid::Uuid;

use super::Store;
use crate::error::{DbReason, Error};
use crate::exchange::{self, format_timestamp};
use crate::l10n::Localizer;
use crate::model::{now_utc, Draft, DraftKind, FieldChange, SaveReceipt};
use crate::schema;

/// Columns read for a full draft, in [`RawDraft`] order.
const DRAFT_COLUMNS: &str =
    "id, kind, title, requesting_state, requested_state, created_at, updated_at, content";

/// A draft row as stored, before parsing.
struct RawDraft {
    id: String,
    kind: String,
    title: String,
    requesting_state: Option<String>,
    requested_state: Option<String>,
    created_at: String,
    updated_at: String,
    content: String,
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
        })
    }

    fn parse(self) -> Result<Draft, Error> {
        let corrupt = |what: &str| Error::Db {
            reason: DbReason::CorruptDraft,
            detail: format!("draft {}: invalid {what}", self.id),
        };
        Ok(Draft {
            id: Uuid::parse_str(&self.id).map_err(|_| corrupt("id"))?,
            kind: self
                .kind
                .parse::<DraftKind>()
                .map_err(|_| corrupt("kind"))?,
            created_at: parse_timestamp(&self.created_at).ok_or_else(|| corrupt("created_at"))?,
            updated_at: parse_timestamp(&self.updated_at).ok_or_else(|| corrupt("updated_at"))?,
            content: serde_json::from_str::<BTreeMap<String, serde_json::Value>>(&self.content)
                .map_err(|_| corrupt("content"))?,
            title: self.title,
            requesting_state: self.requesting_state,
            requested_state: self.requested_state,
        })
    }
}

/// Parses a stored RFC 3339 timestamp.
pub(super) fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Reads one draft; `draft-not-found` if absent.
fn read(conn: &Connection, id: Uuid) -> Result<Draft, Error> {
    let sql = format!("SELECT {DRAFT_COLUMNS} FROM drafts WHERE id = ?1");
    conn.query_row(&sql, [id.to_string()], RawDraft::from_row)
        .optional()?
        .ok_or_else(|| Error::DraftNotFound { id: id.to_string() })?
        .parse()
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

fn content_json(draft: &Draft) -> String {
    // A map of JSON values always serializes.
    serde_json::to_string(&draft.content).unwrap_or_else(|_| "{}".to_owned())
}

fn insert(conn: &Connection, d: &Draft) -> Result<(), Error> {
    conn.execute(
        "INSERT INTO drafts (id, kind, title, requesting_state, requested_state, case_reference,
                             created_at, updated_at, content)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            d.id.to_string(),
            d.kind.as_str(),
            d.title,
            d.requesting_state,
            d.requested_state,
            d.content_text("case_reference"),
            format_timestamp(&d.created_at),
            format_timestamp(&d.updated_at),
            content_json(d),
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
            content_json(d),
        ],
    )?;
    Ok(())
}

impl Store {
    /// Creates an empty draft of `kind` (empty title, no States, empty content).
    pub fn create_draft(&mut self, kind: DraftKind) -> Result<Draft, Error> {
        let now = now_utc();
        let mut content = BTreeMap::new();
        // A new MLA request is written in the UI language (the officer adds the other one).
        if let Some(def) = schema::schema_ref(kind).field("content.output_languages") {
            let language = self.get_settings()?.language;
            content.insert(
                def.short_key().to_owned(),
                serde_json::Value::Array(vec![serde_json::Value::String(language)]),
            );
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
        };
        insert(&self.conn, &draft)?;
        Ok(draft)
    }

    /// The draft with this id; `draft-not-found` if there is none.
    pub fn get_draft(&self, id: Uuid) -> Result<Draft, Error> {
        read(&self.conn, id)
    }

    /// Validates every change against the form schema, then applies them all and bumps
    /// `updated_at`, in one transaction. Nothing is written if any change is invalid
    /// (`unknown-field`, `invalid-field-value`).
    pub fn update_draft(
        &mut self,
        id: Uuid,
        changes: &[FieldChange],
    ) -> Result<SaveReceipt, Error> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut draft = read(&tx, id)?;
        schema::apply_changes(&mut draft, changes)?;
        // Never move backwards, even if the clock does.
        draft.updated_at = now_utc().max(draft.updated_at);
        update(&tx, &draft)?;
        tx.commit()?;
        Ok(SaveReceipt {
            id,
            updated_at: draft.updated_at,
        })
    }

    /// Copies a draft under a new id with both timestamps now, titled by the Fluent message
    /// `draft-copy-title` in the settings language.
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

    /// Deletes a draft; `draft-not-found` if there is none.
    pub fn delete_draft(&mut self, id: Uuid) -> Result<(), Error> {
        let n = self
            .conn
            .execute("DELETE FROM drafts WHERE id = ?1", [id.to_string()])?;
        if n == 0 {
            return Err(Error::DraftNotFound { id: id.to_string() });
        }
        Ok(())
    }

    /// Validates a whole exchange file (see [`exchange::parse_import`]), then inserts the draft
    /// in one transaction. An existing draft is never overwritten: when the file's id is taken,
    /// the draft is imported under a fresh id. Returns the draft as stored.
    pub fn import_draft(&mut self, file: &[u8]) -> Result<Draft, Error> {
        let mut draft = exchange::parse_import(file)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        while exists(&tx, draft.id)? {
            draft.id = Uuid::new_v4();
        }
        insert(&tx, &draft)?;
        tx.commit()?;
        Ok(draft)
    }

    /// The exchange file text (pretty JSON) of a draft.
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
            .execute(
                "INSERT INTO drafts (id, kind, created_at, updated_at) VALUES (?1, 'bogus', 'x', 'y')",
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
}
