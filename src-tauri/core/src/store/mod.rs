//! The drafts store: one SQLite file, `<data dir>/drafts.sqlite3`.
//!
//! WAL journal, `synchronous=FULL` (a committed save survives power loss and `kill -9`), foreign
//! keys on, versioned migrations (see [`SCHEMA_VERSION`]). [`Store`] owns its connection; the
//! app shell wraps it in a `Mutex`. Every write is one transaction.

mod cases;
mod drafts;
mod list;
mod migrations;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension};

pub use migrations::SCHEMA_VERSION;

use crate::error::{DbReason, Error};
use crate::l10n;
use crate::model::{AppInfo, Settings};
use crate::paths::DB_FILE_NAME;

/// How long a write waits for another process (the CLI, a second window) to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The drafts database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    dir: PathBuf,
}

impl Store {
    /// Opens (creating if needed) `<dir>/drafts.sqlite3`, creating `dir` too, and migrates it.
    ///
    /// Errors: `io-failed` (directory), `db-open-failed` (not a database, no access),
    /// `db-newer-than-app` (checked before anything in the file changes).
    pub fn open(dir: &Path) -> Result<Store, Error> {
        crate::paths::ensure_dir(dir)?;
        let path = dir.join(DB_FILE_NAME);
        let open_failed = |e: rusqlite::Error| Error::db_open(&path, &e);
        let mut conn = Connection::open(&path).map_err(open_failed)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_failed)?;
        // Reading the header also detects a file that is not a database.
        let found = migrations::check_version(&conn).map_err(open_failed)?;
        migrations::refuse_newer(found)?;
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(open_failed)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::DbOpenFailed {
                path: path.display().to_string(),
                reason: DbReason::WalUnavailable,
                detail: format!("cannot use WAL journal mode (got {mode})"),
            });
        }
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(open_failed)?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(open_failed)?;
        migrations::migrate(&mut conn)?;
        Ok(Store {
            conn,
            dir: dir.to_path_buf(),
        })
    }

    /// The data directory holding the database.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Version, data directory and schema version.
    pub fn app_info(&self) -> AppInfo {
        AppInfo::new(&self.dir)
    }

    /// The settings; the language defaults to the environment's (see
    /// [`l10n::default_language_from_env`]) until one is chosen.
    pub fn get_settings(&self) -> Result<Settings, Error> {
        let stored: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'language'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let language = stored
            .filter(|l| l10n::is_available(l))
            .unwrap_or_else(l10n::default_language_from_env);
        Ok(Settings { language })
    }

    /// Chooses and remembers the UI language; `unknown-language` if it is not shipped.
    pub fn set_language(&mut self, language: &str) -> Result<Settings, Error> {
        if !l10n::is_available(language) {
            return Err(Error::UnknownLanguage {
                language: language.to_owned(),
            });
        }
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES ('language', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [language],
        )?;
        self.get_settings()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user_version(dir: &Path) -> i64 {
        let conn = Connection::open(dir.join(DB_FILE_NAME)).unwrap();
        conn.query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn open_creates_a_wal_database_at_the_current_version() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        let store = Store::open(&dir).unwrap();
        let mode: String = store
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let sync: i64 = store
            .conn
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 2, "FULL");
        let fk: i64 = store
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        assert_eq!(store.app_info().schema_version, SCHEMA_VERSION);
        drop(store);
        assert_eq!(user_version(&dir), i64::from(SCHEMA_VERSION));
        // Reopening is a no-op migration.
        Store::open(&dir).unwrap();
        assert_eq!(user_version(&dir), i64::from(SCHEMA_VERSION));
    }

    #[test]
    fn newer_database_is_refused_and_left_alone() {
        let tmp = tempfile::tempdir().unwrap();
        drop(Store::open(tmp.path()).unwrap());
        let conn = Connection::open(tmp.path().join(DB_FILE_NAME)).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        drop(conn);
        let err = Store::open(tmp.path()).unwrap_err();
        assert_eq!(
            err,
            Error::DbNewerThanApp {
                found: 99,
                supported: SCHEMA_VERSION
            }
        );
        assert_eq!(user_version(tmp.path()), 99);
        let conn = Connection::open(tmp.path().join(DB_FILE_NAME)).unwrap();
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "delete", "the refused file was not switched to WAL");
    }

    #[test]
    fn a_file_that_is_not_a_database_fails_to_open() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join(DB_FILE_NAME), vec![b'x'; 4096]).unwrap();
        match Store::open(tmp.path()).unwrap_err() {
            Error::DbOpenFailed { reason, detail, .. } => {
                assert_eq!(reason, DbReason::NotADatabase);
                assert!(!detail.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn language_is_validated_and_remembered() {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = Store::open(tmp.path()).unwrap();
        let default = store.get_settings().unwrap().language;
        assert!(l10n::is_available(&default));
        assert_eq!(store.set_language("ar").unwrap().language, "ar");
        assert_eq!(
            store.set_language("fr").unwrap_err(),
            Error::UnknownLanguage {
                language: "fr".into()
            }
        );
        drop(store);
        assert_eq!(
            Store::open(tmp.path())
                .unwrap()
                .get_settings()
                .unwrap()
                .language,
            "ar"
        );
    }

    /// A database file as version 1 of the app wrote it: two MLA drafts with facts, offences,
    /// persons and measures, and an extradition draft.
    fn write_v1_database(dir: &Path) {
        let conn = Connection::open(dir.join(DB_FILE_NAME)).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.execute_batch(
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
            INSERT INTO settings VALUES ('language', 'ar');
            INSERT INTO drafts VALUES (
                'aaaaaaaa-0000-4000-8000-000000000001', 'mla', 'Bank records', 'JO', 'EG', 'R-1',
                '2025-03-01T08:30:00.000000Z', '2025-03-02T14:05:09.123456Z',
                '{"case_reference":"R-1","facts":{"en":{"text":"Fraud","status":"draft"}},
                  "offences":[{"id":"22222222-2222-4222-8222-222222222222","provision":"art. 1"}],
                  "persons":[{"id":"11111111-1111-4111-8111-111111111111","name_original":"Omar"}],
                  "measures":[{"id":"44444444-4444-4444-8444-444444444444","type":"testimony",
                    "offences":["22222222-2222-4222-8222-222222222222"],
                    "persons":["11111111-1111-4111-8111-111111111111"]}]}');
            INSERT INTO drafts VALUES (
                'aaaaaaaa-0000-4000-8000-000000000002', 'mla', '', NULL, NULL, NULL,
                '2025-03-03T08:30:00.000000Z', '2025-03-03T08:30:00.000000Z',
                '{"persons":[{"id":"11111111-1111-4111-8111-111111111111","name_original":"Lina"}]}');
            INSERT INTO drafts VALUES (
                'aaaaaaaa-0000-4000-8000-000000000003', 'extradition', 'X', NULL, NULL, NULL,
                '2025-03-04T08:30:00.000000Z', '2025-03-04T08:30:00.000000Z', '{}');
            PRAGMA user_version = 1;
            "#,
        )
        .unwrap();
    }

    #[test]
    fn a_version_1_database_migrates_in_place_one_case_per_draft() {
        let tmp = tempfile::tempdir().unwrap();
        write_v1_database(tmp.path());
        let store = Store::open(tmp.path()).unwrap();
        assert_eq!(user_version(tmp.path()), i64::from(SCHEMA_VERSION));
        assert_eq!(store.get_settings().unwrap().language, "ar");
        let id = |n: u8| {
            uuid::Uuid::parse_str(&format!("aaaaaaaa-0000-4000-8000-00000000000{n}")).unwrap()
        };
        let a = store.get_draft(id(1)).unwrap();
        assert_eq!(a.title, "Bank records");
        assert_eq!(
            a.case_title.as_deref(),
            Some("Bank records"),
            "the case is titled like its draft"
        );
        assert_eq!(
            crate::exchange::format_timestamp(&a.updated_at),
            "2025-03-02T14:05:09.123456Z"
        );
        assert_eq!(a.content["persons"][0]["name_original"], "Omar");
        assert_eq!(a.content["facts"]["en"]["text"], "Fraud");
        assert_eq!(
            a.content["measures"][0]["offences"][0],
            "22222222-2222-4222-8222-222222222222"
        );
        assert_eq!(a.content_text("case_reference"), Some("R-1"));
        // Moved, not copied: the draft row keeps only request-scoped keys.
        let row: String = store
            .conn
            .query_row(
                "SELECT content FROM drafts WHERE id = ?1",
                [id(1).to_string()],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            row.contains("measures") && !row.contains("\"persons\":[{") && !row.contains("Fraud"),
            "{row}"
        );
        let b = store.get_draft(id(2)).unwrap();
        assert_eq!(
            b.content["persons"][0]["name_original"], "Lina",
            "each draft got its own case"
        );
        assert_ne!(a.case_id, b.case_id);
        let x = store.get_draft(id(3)).unwrap();
        assert!(x.content.is_empty());
        let cases = store.list_cases(None).unwrap();
        assert_eq!(cases.len(), 3);
        assert!(cases.iter().all(|c| c.request_count == 1));
        let list = store
            .list_drafts(None, crate::model::DraftSort::UpdatedDesc)
            .unwrap();
        assert_eq!(list.len(), 3);
        assert_eq!(list[2].case_reference.as_deref(), Some("R-1"));
        // The case_id column is required and references a case.
        let fk: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM pragma_foreign_key_check('drafts')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(fk, 0);
        assert!(store
            .conn
            .execute("UPDATE drafts SET case_id = NULL", [])
            .is_err());
        drop(store);
        // Reopening is a no-op.
        let store = Store::open(tmp.path()).unwrap();
        assert_eq!(store.get_draft(id(1)).unwrap(), a);
    }
}
