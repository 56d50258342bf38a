//! Typed engine errors with stable codes and localizable reasons.
//!
//! Every [`Error`] has a stable [`Error::code`] and flat string [`Error::args`]; [`ErrorPayload`]
//! `{code, args}` is what crosses IPC and what the CLI localizes. The `Display` text is English and
//! meant for logs only.
//!
//! # Rendering convention (the UI and the CLI follow it)
//!
//! The whole user-facing message is **one Fluent call**: `error-<code>` from
//! `locales/<lang>/errors.ftl` with `args` passed as they are (all strings). Nothing else is
//! needed: no nested lookup, no English text in `args` that the message shows as a sentence.
//!
//! - Where an error has a *reason*, `args.reason` is a stable **reason code** (kebab-case, e.g.
//!   `text-too-long`), never English text. The message for the code references a shared reason
//!   message (`reason-field`, `reason-json-syntax`, `reason-io`, `reason-db`) that selects its
//!   variant on `$reason`; Fluent message references see the caller's arguments, so this works in
//!   fluent-rs and in `@fluent/bundle` alike. A reason's own arguments are flat, next to the
//!   error's: `max`, `value`, `found_type`, `character` (see [`FieldReason`]).
//! - Values quoted from the user's data (`path`, `value`, `id`, `found`, `code`, …) are data, not
//!   prose, and appear inside the localized sentence as they are.
//! - `db-open-failed`, `db-failed` and `io-failed` also carry `detail`: the operating system's or
//!   SQLite's own technical text (English), shown only after the localized sentence as "Technical
//!   detail: …". It is the one English part a message may show.
//! - An unknown reason code (from a newer engine) renders the reason message's default variant,
//!   still a full localized sentence.
//!
//! [`crate::Localizer::error_message`] does exactly this on the Rust side.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Result alias of the engine.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An engine error. Each variant maps to one stable code (see [`Error::code`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// No draft with this id.
    #[error("draft not found: {id}")]
    DraftNotFound { id: String },
    /// No case has this id.
    #[error("case {id} not found")]
    CaseNotFound { id: String },
    /// The database was written by a newer app (its `user_version` is above ours).
    #[error("database schema version {found} is newer than this app supports ({supported})")]
    DbNewerThanApp { found: u32, supported: u32 },
    /// The database file could not be opened or is not a database.
    #[error("cannot open database {path}: {reason:?}: {detail}")]
    DbOpenFailed {
        path: String,
        reason: DbReason,
        /// SQLite's own (English) text.
        detail: String,
    },
    /// Any other database failure.
    #[error("database error: {reason:?}: {detail}")]
    Db {
        reason: DbReason,
        /// SQLite's own (English) text, or which stored value is damaged.
        detail: String,
    },
    /// A file system operation failed.
    #[error("i/o error on {path}: {reason:?}: {detail}")]
    Io {
        path: String,
        reason: IoReason,
        /// The operating system's own (English) text.
        detail: String,
    },
    /// An import file is larger than [`crate::exchange::MAX_IMPORT_BYTES`].
    #[error("import file larger than {max_bytes} bytes")]
    ImportTooLarge { max_bytes: u64 },
    /// An import file is not valid JSON (1-based line, 1-based column in characters).
    #[error("JSON syntax error at line {line}, column {column}: {reason:?}")]
    ImportJsonSyntax {
        line: usize,
        column: usize,
        reason: SyntaxReason,
    },
    /// An import file has the same key twice in one object (a hostile file could hide a value
    /// behind another). `path` names the repeated key (`content.case_reference`); `line` and
    /// `column` point at the end of its second occurrence.
    #[error("duplicate key {path} at line {line}, column {column}")]
    ImportDuplicateKey {
        path: String,
        line: usize,
        column: usize,
    },
    /// An import file has a missing or unknown `"format"`.
    #[error("unsupported file format {found:?}")]
    ImportFormatUnsupported { found: String },
    /// A value in an import file is invalid; `path` is a JSON path such as `content.case_reference`.
    #[error("invalid value at {path}: {reason:?}")]
    ImportInvalidField { path: String, reason: FieldReason },
    /// A field path (in an update or an import file) is not part of the schema.
    #[error("unknown field {path}")]
    UnknownField { path: String },
    /// A value given for a field path is invalid.
    #[error("invalid value for {path}: {reason:?}")]
    InvalidFieldValue { path: String, reason: FieldReason },
    /// A language that is not shipped in `locales/`.
    #[error("unknown language {language:?}")]
    UnknownLanguage { language: String },
    /// A State code that is not in the States list.
    #[error("unknown State code {code:?}")]
    UnknownState { code: String },
    /// A draft kind that does not exist.
    #[error("unknown draft kind {kind:?}")]
    UnknownKind { kind: String },
}

/// Every error code, in declaration order. Used by tests that check the Fluent messages.
pub const ALL_CODES: &[&str] = &[
    "draft-not-found",
    "case-not-found",
    "db-newer-than-app",
    "db-open-failed",
    "db-failed",
    "io-failed",
    "import-too-large",
    "import-json-syntax",
    "import-duplicate-key",
    "import-format-unsupported",
    "import-invalid-field",
    "unknown-field",
    "invalid-field-value",
    "unknown-language",
    "unknown-state",
    "unknown-kind",
];

mod reasons;

pub use reasons::{DbReason, FieldReason, IoReason, JsonType, SyntaxReason};

impl Error {
    /// The stable code; the Fluent message id is `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::DraftNotFound { .. } => "draft-not-found",
            Error::CaseNotFound { .. } => "case-not-found",
            Error::DbNewerThanApp { .. } => "db-newer-than-app",
            Error::DbOpenFailed { .. } => "db-open-failed",
            Error::Db { .. } => "db-failed",
            Error::Io { .. } => "io-failed",
            Error::ImportTooLarge { .. } => "import-too-large",
            Error::ImportJsonSyntax { .. } => "import-json-syntax",
            Error::ImportDuplicateKey { .. } => "import-duplicate-key",
            Error::ImportFormatUnsupported { .. } => "import-format-unsupported",
            Error::ImportInvalidField { .. } => "import-invalid-field",
            Error::UnknownField { .. } => "unknown-field",
            Error::InvalidFieldValue { .. } => "invalid-field-value",
            Error::UnknownLanguage { .. } => "unknown-language",
            Error::UnknownState { .. } => "unknown-state",
            Error::UnknownKind { .. } => "unknown-kind",
        }
    }

    /// The Fluent arguments of the message, all strings and flat (see the module docs): a reason
    /// is the code in `reason` plus its own arguments next to the error's.
    pub fn args(&self) -> BTreeMap<String, String> {
        let mut args: Vec<(&str, String)> = Vec::new();
        match self {
            Error::DraftNotFound { id } | Error::CaseNotFound { id } => {
                args.push(("id", id.clone()))
            }
            Error::DbNewerThanApp { found, supported } => {
                args.push(("found", found.to_string()));
                args.push(("supported", supported.to_string()));
            }
            Error::DbOpenFailed {
                path,
                reason,
                detail,
            } => {
                args.push(("path", path.clone()));
                args.push(("reason", reason.code().to_owned()));
                args.push(("detail", detail.clone()));
            }
            Error::Db { reason, detail } => {
                args.push(("reason", reason.code().to_owned()));
                args.push(("detail", detail.clone()));
            }
            Error::Io {
                path,
                reason,
                detail,
            } => {
                args.push(("path", path.clone()));
                args.push(("reason", reason.code().to_owned()));
                args.push(("detail", detail.clone()));
            }
            Error::ImportTooLarge { max_bytes } => args.push(("max_bytes", max_bytes.to_string())),
            Error::ImportJsonSyntax {
                line,
                column,
                reason,
            } => {
                args.push(("line", line.to_string()));
                args.push(("column", column.to_string()));
                args.push(("reason", reason.code().to_owned()));
            }
            Error::ImportDuplicateKey { path, line, column } => {
                args.push(("path", path.clone()));
                args.push(("line", line.to_string()));
                args.push(("column", column.to_string()));
            }
            Error::ImportFormatUnsupported { found } => args.push(("found", found.clone())),
            Error::ImportInvalidField { path, reason }
            | Error::InvalidFieldValue { path, reason } => {
                args.push(("path", path.clone()));
                reason.push_args(&mut args);
            }
            Error::UnknownField { path } => args.push(("path", path.clone())),
            Error::UnknownLanguage { language } => args.push(("language", language.clone())),
            Error::UnknownState { code } => args.push(("code", code.clone())),
            Error::UnknownKind { kind } => args.push(("kind", kind.clone())),
        }
        args.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }

    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl AsRef<std::path::Path>, err: &std::io::Error) -> Error {
        Error::Io {
            path: path.as_ref().display().to_string(),
            reason: IoReason::of(err),
            detail: err.to_string(),
        }
    }

    /// Wraps an SQLite error met while opening the database at `path`.
    pub fn db_open(path: impl AsRef<std::path::Path>, err: &rusqlite::Error) -> Error {
        Error::DbOpenFailed {
            path: path.as_ref().display().to_string(),
            reason: DbReason::of(err),
            detail: err.to_string(),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        Error::Db {
            reason: DbReason::of(&err),
            detail: err.to_string(),
        }
    }
}

/// The serialisable form of an [`Error`]: what crosses IPC (`AppError` in TypeScript) and what
/// the UI and the CLI localize as `error-<code>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ErrorPayload {
    /// The stable error code (see [`Error::code`]).
    pub code: String,
    /// Fluent arguments, all strings.
    pub args: BTreeMap<String, String>,
}

impl ErrorPayload {
    /// The Fluent message id for this error.
    pub fn message_id(&self) -> String {
        format!("error-{}", self.code)
    }
}

impl From<&Error> for ErrorPayload {
    fn from(err: &Error) -> Self {
        ErrorPayload {
            code: err.code().to_owned(),
            args: err.args(),
        }
    }
}

impl From<Error> for ErrorPayload {
    fn from(err: Error) -> Self {
        ErrorPayload::from(&err)
    }
}

impl std::fmt::Display for ErrorPayload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.code)?;
        for (k, v) in &self.args {
            write!(f, " {k}={v:?}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ErrorPayload {}

#[cfg(test)]
pub(crate) mod tests;
