//! Typed engine errors with stable codes.
//!
//! Every [`Error`] has a stable [`Error::code`] and string [`Error::args`]. The Fluent message for a
//! code is `error-<code>` in `locales/<lang>/errors.ftl`; [`ErrorPayload`] is what crosses IPC and
//! what the CLI localizes. The `Display` text is English and meant for logs only.

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
    /// The database was written by a newer app (its `user_version` is above ours).
    #[error("database schema version {found} is newer than this app supports ({supported})")]
    DbNewerThanApp { found: u32, supported: u32 },
    /// The database file could not be opened or is not a database.
    #[error("cannot open database {path}: {reason}")]
    DbOpenFailed { path: String, reason: String },
    /// Any other database failure.
    #[error("database error: {reason}")]
    Db { reason: String },
    /// A file system operation failed.
    #[error("i/o error on {path}: {reason}")]
    Io { path: String, reason: String },
    /// An import file is larger than [`crate::exchange::MAX_IMPORT_BYTES`].
    #[error("import file larger than {max_bytes} bytes")]
    ImportTooLarge { max_bytes: u64 },
    /// An import file is not valid JSON (1-based line and column).
    #[error("JSON syntax error at line {line}, column {column}: {reason}")]
    ImportJsonSyntax {
        line: usize,
        column: usize,
        reason: String,
    },
    /// An import file has a missing or unknown `"format"`.
    #[error("unsupported file format {found:?}")]
    ImportFormatUnsupported { found: String },
    /// A value in an import file is invalid; `path` is a JSON path such as `content.case_reference`.
    #[error("invalid value at {path}: {reason}")]
    ImportInvalidField { path: String, reason: String },
    /// A field path (in an update or an import file) is not part of the schema.
    #[error("unknown field {path}")]
    UnknownField { path: String },
    /// A value given for a field path is invalid.
    #[error("invalid value for {path}: {reason}")]
    InvalidFieldValue { path: String, reason: String },
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
    "db-newer-than-app",
    "db-open-failed",
    "db-failed",
    "io-failed",
    "import-too-large",
    "import-json-syntax",
    "import-format-unsupported",
    "import-invalid-field",
    "unknown-field",
    "invalid-field-value",
    "unknown-language",
    "unknown-state",
    "unknown-kind",
];

impl Error {
    /// The stable code; the Fluent message id is `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::DraftNotFound { .. } => "draft-not-found",
            Error::DbNewerThanApp { .. } => "db-newer-than-app",
            Error::DbOpenFailed { .. } => "db-open-failed",
            Error::Db { .. } => "db-failed",
            Error::Io { .. } => "io-failed",
            Error::ImportTooLarge { .. } => "import-too-large",
            Error::ImportJsonSyntax { .. } => "import-json-syntax",
            Error::ImportFormatUnsupported { .. } => "import-format-unsupported",
            Error::ImportInvalidField { .. } => "import-invalid-field",
            Error::UnknownField { .. } => "unknown-field",
            Error::InvalidFieldValue { .. } => "invalid-field-value",
            Error::UnknownLanguage { .. } => "unknown-language",
            Error::UnknownState { .. } => "unknown-state",
            Error::UnknownKind { .. } => "unknown-kind",
        }
    }

    /// The Fluent arguments of the message, all as strings.
    pub fn args(&self) -> BTreeMap<String, String> {
        let pairs: Vec<(&str, String)> = match self {
            Error::DraftNotFound { id } => vec![("id", id.clone())],
            Error::DbNewerThanApp { found, supported } => {
                vec![
                    ("found", found.to_string()),
                    ("supported", supported.to_string()),
                ]
            }
            Error::DbOpenFailed { path, reason } | Error::Io { path, reason } => {
                vec![("path", path.clone()), ("reason", reason.clone())]
            }
            Error::Db { reason } => vec![("reason", reason.clone())],
            Error::ImportTooLarge { max_bytes } => vec![("max_bytes", max_bytes.to_string())],
            Error::ImportJsonSyntax {
                line,
                column,
                reason,
            } => vec![
                ("line", line.to_string()),
                ("column", column.to_string()),
                ("reason", reason.clone()),
            ],
            Error::ImportFormatUnsupported { found } => vec![("found", found.clone())],
            Error::ImportInvalidField { path, reason }
            | Error::InvalidFieldValue { path, reason } => {
                vec![("path", path.clone()), ("reason", reason.clone())]
            }
            Error::UnknownField { path } => vec![("path", path.clone())],
            Error::UnknownLanguage { language } => vec![("language", language.clone())],
            Error::UnknownState { code } => vec![("code", code.clone())],
            Error::UnknownKind { kind } => vec![("kind", kind.clone())],
        };
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }

    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl AsRef<std::path::Path>, err: &std::io::Error) -> Error {
        Error::Io {
            path: path.as_ref().display().to_string(),
            reason: err.to_string(),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        Error::Db {
            reason: err.to_string(),
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
pub(crate) mod tests {
    use super::*;

    /// One value of every variant, so tests cover all codes.
    pub(crate) fn samples() -> Vec<Error> {
        let s = |v: &str| v.to_owned();
        vec![
            Error::DraftNotFound { id: s("ID-1") },
            Error::DbNewerThanApp {
                found: 907,
                supported: 3,
            },
            Error::DbOpenFailed {
                path: s("/P-2"),
                reason: s("R-3"),
            },
            Error::Db { reason: s("R-4") },
            Error::Io {
                path: s("/P-5"),
                reason: s("R-6"),
            },
            Error::ImportTooLarge {
                max_bytes: 5_242_880,
            },
            Error::ImportJsonSyntax {
                line: 12,
                column: 34,
                reason: s("R-7"),
            },
            Error::ImportFormatUnsupported { found: s("F-8") },
            Error::ImportInvalidField {
                path: s("P-9"),
                reason: s("R-10"),
            },
            Error::UnknownField { path: s("P-11") },
            Error::InvalidFieldValue {
                path: s("P-12"),
                reason: s("R-13"),
            },
            Error::UnknownLanguage {
                language: s("L-14"),
            },
            Error::UnknownState { code: s("C-15") },
            Error::UnknownKind { kind: s("K-16") },
        ]
    }

    #[test]
    fn all_codes_lists_every_variant_once() {
        let codes: Vec<&str> = samples().iter().map(Error::code).collect();
        assert_eq!(codes, ALL_CODES);
    }

    #[test]
    fn payload_carries_code_and_args() {
        let err = Error::DbNewerThanApp {
            found: 7,
            supported: 1,
        };
        let p = ErrorPayload::from(&err);
        assert_eq!(p.code, "db-newer-than-app");
        assert_eq!(p.args["found"], "7");
        assert_eq!(p.args["supported"], "1");
        let json = serde_json::to_value(&p).unwrap();
        assert_eq!(json["code"], "db-newer-than-app");
        assert_eq!(p.message_id(), "error-db-newer-than-app");
    }
}
