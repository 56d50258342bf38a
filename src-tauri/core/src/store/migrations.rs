//! Versioned schema migrations, tracked in `PRAGMA user_version`.
//!
//! `MIGRATIONS[i]` upgrades a database from version `i` to `i + 1`. Never edit a released
//! migration: append a new one. A database whose version is above [`SCHEMA_VERSION`] was written
//! by a newer app and is refused before anything in it changes.

use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use uuid::Uuid;

use crate::error::Error;

/// One migration: SQL, or Rust code for data moves SQL alone cannot express clearly.
enum Migration {
    Sql(&'static str),
    Code(fn(&Transaction<'_>) -> rusqlite::Result<()>),
}

/// Each migration, in order.
const MIGRATIONS: &[Migration] = &[
    // 1: drafts and settings.
    Migration::Sql(
        r#"
    CREATE TABLE drafts (
        id               TEXT PRIMARY KEY NOT NULL,
        kind             TEXT NOT NULL,
        title            TEXT NOT NULL DEFAULT '',
        requesting_state TEXT,
        requested_state  TEXT,
        case_reference   TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        content          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content))
    ) STRICT;
    CREATE INDEX drafts_by_updated_at ON drafts (updated_at);
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;
    "#,
    ),
    // 2: cases; every draft belongs to one (see `cases_v2`).
    Migration::Code(cases_v2),
];

/// The content keys migration 2 moves from each draft into its new case: the case-scoped
/// fields of the MLA form at that version. Frozen: a later change of scope needs a new migration.
pub(super) const CASE_KEYS_V2: [&str; 5] = [
    "facts",
    "facts_period",
    "facts_places",
    "offences",
    "persons",
];

/// Migration 2: creates `cases`, gives every draft a case of its own (titled like the draft,
/// with the draft's timestamps) holding the draft's facts, offences and persons, and rebuilds
/// `drafts` with a required `case_id`.
fn cases_v2(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"
        CREATE TABLE cases (
            id         TEXT PRIMARY KEY NOT NULL,
            title      TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            content    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content))
        ) STRICT;
        CREATE TABLE drafts_v2 (
            id               TEXT PRIMARY KEY NOT NULL,
            case_id          TEXT NOT NULL REFERENCES cases (id),
            kind             TEXT NOT NULL,
            title            TEXT NOT NULL DEFAULT '',
            requesting_state TEXT,
            requested_state  TEXT,
            case_reference   TEXT,
            created_at       TEXT NOT NULL,
            updated_at       TEXT NOT NULL,
            content          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content))
        ) STRICT;
        "#,
    )?;
    let rows: Vec<(String, String, String, String, String)> = tx
        .prepare("SELECT id, title, created_at, updated_at, content FROM drafts")?
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<Result<_, _>>()?;
    for (id, title, created_at, updated_at, content) in rows {
        let mut case = serde_json::Map::new();
        // A row whose content is not an object is left as it was (reading it reports it).
        let request = match serde_json::from_str::<serde_json::Value>(&content) {
            Ok(serde_json::Value::Object(mut request)) => {
                for key in CASE_KEYS_V2 {
                    if let Some(v) = request.remove(key) {
                        case.insert(key.to_owned(), v);
                    }
                }
                serde_json::Value::Object(request).to_string()
            }
            _ => content,
        };
        let case_id = Uuid::new_v4().to_string();
        tx.execute(
            "INSERT INTO cases (id, title, created_at, updated_at, content)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                case_id,
                title,
                created_at,
                updated_at,
                serde_json::Value::Object(case).to_string()
            ],
        )?;
        tx.execute(
            "INSERT INTO drafts_v2 (id, case_id, kind, title, requesting_state, requested_state,
                                   case_reference, created_at, updated_at, content)
             SELECT id, ?2, kind, title, requesting_state, requested_state, case_reference,
                    created_at, updated_at, ?3
             FROM drafts WHERE id = ?1",
            params![id, case_id, request],
        )?;
    }
    tx.execute_batch(
        r#"
        DROP TABLE drafts;
        ALTER TABLE drafts_v2 RENAME TO drafts;
        CREATE INDEX drafts_by_updated_at ON drafts (updated_at);
        CREATE INDEX drafts_by_case ON drafts (case_id);
        "#,
    )
}

/// The schema version this app writes (the number of migrations).
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Reads `PRAGMA user_version` and refuses a version newer than [`SCHEMA_VERSION`].
pub(super) fn check_version(conn: &Connection) -> Result<u32, rusqlite::Error> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok(u32::try_from(version).unwrap_or(u32::MAX))
}

/// The error for a database newer than the app, if it is.
pub(super) fn refuse_newer(found: u32) -> Result<(), Error> {
    if found > SCHEMA_VERSION {
        return Err(Error::DbNewerThanApp {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Applies the missing migrations, each in its own transaction with its version bump.
pub(super) fn migrate(conn: &mut Connection) -> Result<(), Error> {
    let found = check_version(conn)?;
    refuse_newer(found)?;
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        match migration {
            Migration::Sql(sql) => tx.execute_batch(sql)?,
            Migration::Code(run) => run(&tx)?,
        }
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
