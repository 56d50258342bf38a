//! Versioned schema migrations, tracked in `PRAGMA user_version`.
//!
//! `MIGRATIONS[i]` upgrades a database from version `i` to `i + 1`. Never edit a released
//! migration: append a new one. A database whose version is above [`SCHEMA_VERSION`] was written
//! by a newer app and is refused before anything in it changes.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::Error;

/// The SQL of each migration, in order.
const MIGRATIONS: &[&str] = &[
    // 1: drafts and settings.
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
];

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
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
