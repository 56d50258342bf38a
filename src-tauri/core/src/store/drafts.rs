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

/// The most recently updated request of `case_id`, if it has any.
fn latest_request(conn: &Connection, case_id: Uuid) -> Result<Option<Draft>, Error> {
    let id: Option<String> = conn
        .query_row(
            "SELECT id FROM drafts WHERE case_id = ?1
             ORDER BY updated_at DESC, created_at DESC, rowid DESC LIMIT 1",
            [case_id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    let Some(id) = id else { return Ok(None) };
    let id = Uuid::parse_str(&id).map_err(|_| Error::Db {
        reason: DbReason::CorruptDraft,
        detail: format!("draft {id}: invalid id"),
    })?;
    read(conn, id).map(Some)
}

/// Copies into the new request `draft` the fields of `source` that a new request in the same
/// case takes over ([`schema::carried_over_paths`]): those `source`'s form has, with a value,
/// that are valid in `draft`'s form.
fn carry_over(source: &Draft, draft: &mut Draft) {
    for path in schema::carried_over_paths(draft.kind) {
        let Ok(value) = schema::get_field(source, path) else {
            continue;
        };
        if !value.is_null() {
            // Valid where it was written; a value the new form refuses is left out.
            let _ = schema::set_field_shape(draft, path, &value);
        }
    }
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
    /// State): it draws on the case's facts, offences and persons, and takes over from the
    /// case's most recently updated request (of any kind) the requesting side and the drafting
    /// setup ([`schema::carried_over_paths`]); everything else starts empty.
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
        let mut draft = Draft {
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
        if let Some(source) = latest_request(&tx, case_id)? {
            carry_over(&source, &mut draft);
        }
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
#[path = "drafts_tests.rs"]
mod tests;
