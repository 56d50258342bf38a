//! Cases: a case holds the facts, offences and persons (the schema's case-scoped fields) that
//! several requests (drafts) share. Every draft belongs to exactly one case; a case lives as
//! long as it has a request (deleting the last one deletes it).

use std::cmp::Reverse;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde_json::Value;
use uuid::Uuid;

use super::drafts::{json_text, parse_timestamp, Content};
use super::Store;
use crate::error::{DbReason, Error};
use crate::exchange::format_timestamp;
use crate::model::{now_utc, CaseSummary};
use crate::schema;
use crate::text::normalize_for_search;

/// A case row.
pub(super) struct CaseRow {
    pub(super) id: Uuid,
    pub(super) title: String,
    pub(super) created_at: DateTime<Utc>,
    pub(super) updated_at: DateTime<Utc>,
    pub(super) content: Content,
}

fn corrupt(id: &str, what: &str) -> Error {
    Error::Db {
        reason: DbReason::CorruptDraft,
        detail: format!("case {id}: invalid {what}"),
    }
}

pub(super) fn insert(conn: &Connection, case: &CaseRow) -> Result<(), Error> {
    conn.execute(
        "INSERT INTO cases (id, title, created_at, updated_at, content)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            case.id.to_string(),
            case.title,
            format_timestamp(&case.created_at),
            format_timestamp(&case.updated_at),
            json_text(&case.content),
        ],
    )?;
    Ok(())
}

/// The case with this id, if any.
pub(super) fn read(conn: &Connection, id: Uuid) -> Result<Option<CaseRow>, Error> {
    let raw = conn
        .query_row(
            "SELECT title, created_at, updated_at, content FROM cases WHERE id = ?1",
            [id.to_string()],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            },
        )
        .optional()?;
    let Some((title, created, updated, content)) = raw else {
        return Ok(None);
    };
    let sid = id.to_string();
    Ok(Some(CaseRow {
        id,
        title,
        created_at: parse_timestamp(&created).ok_or_else(|| corrupt(&sid, "created_at"))?,
        updated_at: parse_timestamp(&updated).ok_or_else(|| corrupt(&sid, "updated_at"))?,
        content: serde_json::from_str(&content).map_err(|_| corrupt(&sid, "content"))?,
    }))
}

/// Replaces a case's content and moves its `updated_at` to `at` (never backwards).
pub(super) fn update_content(
    conn: &Connection,
    id: Uuid,
    content: &Content,
    at: DateTime<Utc>,
) -> Result<(), Error> {
    // Timestamps are stored in one fixed-width UTC format, so text order is time order.
    conn.execute(
        "UPDATE cases SET content = ?2, updated_at = max(updated_at, ?3) WHERE id = ?1",
        params![id.to_string(), json_text(content), format_timestamp(&at)],
    )?;
    Ok(())
}

/// Summaries of every case (or of `only`), unordered.
fn summaries(conn: &Connection, only: Option<Uuid>) -> Result<Vec<CaseSummary>, Error> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.title, c.created_at,
                max(c.updated_at, coalesce(max(d.updated_at), c.updated_at)), count(d.id)
         FROM cases c LEFT JOIN drafts d ON d.case_id = c.id
         WHERE ?1 IS NULL OR c.id = ?1
         GROUP BY c.id",
    )?;
    let raw = stmt.query_map([only.map(|u| u.to_string())], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in raw {
        let (id, title, created, updated, count) = row?;
        out.push(CaseSummary {
            id: Uuid::parse_str(&id).map_err(|_| corrupt(&id, "id"))?,
            title,
            request_count: u32::try_from(count).unwrap_or(u32::MAX),
            created_at: parse_timestamp(&created).ok_or_else(|| corrupt(&id, "created_at"))?,
            updated_at: parse_timestamp(&updated).ok_or_else(|| corrupt(&id, "updated_at"))?,
        });
    }
    Ok(out)
}

impl Store {
    /// The cases matching `query`, most recently changed first (a case changes when its
    /// content or any of its requests does).
    ///
    /// A query matches (by substring, after [`normalize_for_search`]) the case title or the
    /// title or case reference of any of its requests. `None` or a blank query lists every case.
    pub fn list_cases(&self, query: Option<&str>) -> Result<Vec<CaseSummary>, Error> {
        let q = query.map(normalize_for_search).unwrap_or_default();
        let mut cases = summaries(&self.conn, None)?;
        if !q.is_empty() {
            let mut stmt = self
                .conn
                .prepare("SELECT case_id, title, coalesce(case_reference, '') FROM drafts")?;
            let texts = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let matches = |t: &str| normalize_for_search(t).contains(&q);
            cases.retain(|c| {
                let id = c.id.to_string();
                matches(&c.title)
                    || texts
                        .iter()
                        .any(|(case, title, r)| *case == id && (matches(title) || matches(r)))
            });
        }
        cases.sort_by_key(|c| (Reverse(c.updated_at), c.id));
        Ok(cases)
    }

    /// Renames a case (single-line text like a draft title; `""` clears it) and bumps its
    /// `updated_at`. `case-not-found` if there is none; `invalid-field-value` (path
    /// `case.title`) for an invalid title.
    pub fn rename_case(&mut self, id: Uuid, title: &str) -> Result<CaseSummary, Error> {
        let title = schema::validate_case_title(&Value::String(title.to_owned()), "case.title")?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE cases SET title = ?2, updated_at = max(updated_at, ?3) WHERE id = ?1",
            params![id.to_string(), title, format_timestamp(&now_utc())],
        )?;
        if n == 0 {
            return Err(Error::CaseNotFound { id: id.to_string() });
        }
        let summary = summaries(&tx, Some(id))?
            .pop()
            .ok_or_else(|| Error::CaseNotFound { id: id.to_string() })?;
        tx.commit()?;
        Ok(summary)
    }
}
