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

/// The JSON type of a value, as a stable code for the `found_type` argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JsonType {
    Null,
    Boolean,
    Number,
    Text,
    Array,
    Object,
}

impl JsonType {
    /// Every type, in declaration order.
    pub const ALL: [JsonType; 6] = [
        JsonType::Null,
        JsonType::Boolean,
        JsonType::Number,
        JsonType::Text,
        JsonType::Array,
        JsonType::Object,
    ];

    /// The type of `value`.
    pub fn of(value: &serde_json::Value) -> JsonType {
        use serde_json::Value;
        match value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::Text,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }

    /// The code: `null`, `boolean`, `number`, `text`, `array` or `object` (Fluent message
    /// `reason-json-type` selects on it).
    pub fn code(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "boolean",
            JsonType::Number => "number",
            JsonType::Text => "text",
            JsonType::Array => "array",
            JsonType::Object => "object",
        }
    }
}

/// Why a field value is invalid: the reason of `invalid-field-value` and `import-invalid-field`,
/// rendered by the Fluent message `reason-field`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldReason {
    /// `missing`: a required key is absent (an import file's `kind`).
    Missing,
    /// `expected-text {found_type}`: the value is not a JSON string.
    ExpectedText { found_type: JsonType },
    /// `expected-object {found_type}`: the value is not a JSON object.
    ExpectedObject { found_type: JsonType },
    /// `text-too-long {max}`: more than `max` characters.
    TextTooLong { max: usize },
    /// `line-break`: a line break in single-line text.
    LineBreak,
    /// `control-character {character}`: another control character; `character` is written
    /// `U+0007`.
    ControlCharacter { character: char },
    /// `unknown-state {value}`: not a code of the States list.
    UnknownState { value: String },
    /// `unknown-kind {value}`: not a draft kind.
    UnknownKind { value: String },
    /// `not-a-uuid {value}`: not a UUID.
    NotAUuid { value: String },
    /// `not-a-date-time {value}`: not an RFC 3339 date-time.
    NotADateTime { value: String },
}

impl FieldReason {
    /// Every reason code, in declaration order.
    pub const CODES: &'static [&'static str] = &[
        "missing",
        "expected-text",
        "expected-object",
        "text-too-long",
        "line-break",
        "control-character",
        "unknown-state",
        "unknown-kind",
        "not-a-uuid",
        "not-a-date-time",
    ];

    /// The reason code (the `reason` argument).
    pub fn code(&self) -> &'static str {
        match self {
            FieldReason::Missing => "missing",
            FieldReason::ExpectedText { .. } => "expected-text",
            FieldReason::ExpectedObject { .. } => "expected-object",
            FieldReason::TextTooLong { .. } => "text-too-long",
            FieldReason::LineBreak => "line-break",
            FieldReason::ControlCharacter { .. } => "control-character",
            FieldReason::UnknownState { .. } => "unknown-state",
            FieldReason::UnknownKind { .. } => "unknown-kind",
            FieldReason::NotAUuid { .. } => "not-a-uuid",
            FieldReason::NotADateTime { .. } => "not-a-date-time",
        }
    }

    /// `reason` plus the reason's own arguments.
    fn push_args(&self, args: &mut Vec<(&'static str, String)>) {
        args.push(("reason", self.code().to_owned()));
        match self {
            FieldReason::Missing | FieldReason::LineBreak => {}
            FieldReason::ExpectedText { found_type }
            | FieldReason::ExpectedObject { found_type } => {
                args.push(("found_type", found_type.code().to_owned()));
            }
            FieldReason::TextTooLong { max } => args.push(("max", max.to_string())),
            FieldReason::ControlCharacter { character } => {
                args.push(("character", format!("U+{:04X}", u32::from(*character))));
            }
            FieldReason::UnknownState { value }
            | FieldReason::UnknownKind { value }
            | FieldReason::NotAUuid { value }
            | FieldReason::NotADateTime { value } => args.push(("value", value.clone())),
        }
    }
}

/// Why a file is not valid JSON: the reason of `import-json-syntax`, rendered by the Fluent
/// message `reason-json-syntax`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyntaxReason {
    /// `unexpected-end`: the text stops in the middle of a value.
    UnexpectedEnd,
    /// `invalid-utf8`: the bytes are not UTF-8.
    InvalidUtf8,
    /// `nesting-too-deep`: more than 128 nested arrays/objects.
    NestingTooDeep,
    /// `missing-comma`: expected `,` or a closing `]`/`}`.
    MissingComma,
    /// `missing-colon`: expected `:` after a key.
    MissingColon,
    /// `expected-value`: no JSON value where one must be (e.g. unquoted text).
    ExpectedValue,
    /// `key-not-text`: an object key that is not a string.
    KeyNotText,
    /// `invalid-string`: a bad escape, surrogate or raw control character in a string.
    InvalidString,
    /// `invalid-number`: a malformed or out-of-range number.
    InvalidNumber,
    /// `trailing-comma`: a comma before `]` or `}`.
    TrailingComma,
    /// `trailing-characters`: more text after the value.
    TrailingCharacters,
    /// `invalid-syntax`: any other syntax error (the default variant).
    Other,
}

impl SyntaxReason {
    /// Every reason code, in declaration order.
    pub const CODES: &'static [&'static str] = &[
        "unexpected-end",
        "invalid-utf8",
        "nesting-too-deep",
        "missing-comma",
        "missing-colon",
        "expected-value",
        "key-not-text",
        "invalid-string",
        "invalid-number",
        "trailing-comma",
        "trailing-characters",
        "invalid-syntax",
    ];

    /// The reason code (the `reason` argument).
    pub fn code(self) -> &'static str {
        match self {
            SyntaxReason::UnexpectedEnd => "unexpected-end",
            SyntaxReason::InvalidUtf8 => "invalid-utf8",
            SyntaxReason::NestingTooDeep => "nesting-too-deep",
            SyntaxReason::MissingComma => "missing-comma",
            SyntaxReason::MissingColon => "missing-colon",
            SyntaxReason::ExpectedValue => "expected-value",
            SyntaxReason::KeyNotText => "key-not-text",
            SyntaxReason::InvalidString => "invalid-string",
            SyntaxReason::InvalidNumber => "invalid-number",
            SyntaxReason::TrailingComma => "trailing-comma",
            SyntaxReason::TrailingCharacters => "trailing-characters",
            SyntaxReason::Other => "invalid-syntax",
        }
    }

    /// Classifies a serde_json parse error (its `classify()` and message) into a reason.
    pub fn of(err: &serde_json::Error) -> SyntaxReason {
        use serde_json::error::Category;
        match err.classify() {
            Category::Eof => return SyntaxReason::UnexpectedEnd,
            Category::Syntax => {}
            Category::Data | Category::Io => return SyntaxReason::Other,
        }
        let full = err.to_string();
        let message = full
            .rfind(" at line ")
            .map_or(full.as_str(), |i| &full[..i]);
        match message {
            "recursion limit exceeded" => SyntaxReason::NestingTooDeep,
            "expected `,` or `]`" | "expected `,` or `}`" => SyntaxReason::MissingComma,
            "expected `:`" => SyntaxReason::MissingColon,
            "expected value" | "expected ident" => SyntaxReason::ExpectedValue,
            "key must be a string" | "expected `\"`" => SyntaxReason::KeyNotText,
            "invalid escape"
            | "invalid unicode code point"
            | "lone leading surrogate in hex escape"
            | "unexpected end of hex escape"
            | "control character (\\u0000-\\u001F) found while parsing a string" => {
                SyntaxReason::InvalidString
            }
            "invalid number" | "number out of range" => SyntaxReason::InvalidNumber,
            "trailing comma" => SyntaxReason::TrailingComma,
            "trailing characters" => SyntaxReason::TrailingCharacters,
            _ => SyntaxReason::Other,
        }
    }
}

/// Why a file operation failed: the reason of `io-failed`, rendered by the Fluent message
/// `reason-io`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IoReason {
    /// `not-found`.
    NotFound,
    /// `permission-denied`.
    PermissionDenied,
    /// `already-exists`.
    AlreadyExists,
    /// `is-a-directory`.
    IsADirectory,
    /// `not-a-directory`: a part of the path is a file.
    NotADirectory,
    /// `storage-full`.
    StorageFull,
    /// `read-only`: a read-only file system.
    ReadOnly,
    /// `no-home-dir`: no home directory to hold the data directory.
    NoHomeDir,
    /// `other` (the default variant).
    Other,
}

impl IoReason {
    /// Every reason code, in declaration order.
    pub const CODES: &'static [&'static str] = &[
        "not-found",
        "permission-denied",
        "already-exists",
        "is-a-directory",
        "not-a-directory",
        "storage-full",
        "read-only",
        "no-home-dir",
        "other",
    ];

    /// The reason code (the `reason` argument).
    pub fn code(self) -> &'static str {
        match self {
            IoReason::NotFound => "not-found",
            IoReason::PermissionDenied => "permission-denied",
            IoReason::AlreadyExists => "already-exists",
            IoReason::IsADirectory => "is-a-directory",
            IoReason::NotADirectory => "not-a-directory",
            IoReason::StorageFull => "storage-full",
            IoReason::ReadOnly => "read-only",
            IoReason::NoHomeDir => "no-home-dir",
            IoReason::Other => "other",
        }
    }

    /// The reason of an I/O error, from its kind.
    pub fn of(err: &std::io::Error) -> IoReason {
        use std::io::ErrorKind;
        match err.kind() {
            ErrorKind::NotFound => IoReason::NotFound,
            ErrorKind::PermissionDenied => IoReason::PermissionDenied,
            ErrorKind::AlreadyExists => IoReason::AlreadyExists,
            ErrorKind::IsADirectory => IoReason::IsADirectory,
            ErrorKind::NotADirectory => IoReason::NotADirectory,
            ErrorKind::StorageFull => IoReason::StorageFull,
            ErrorKind::ReadOnlyFilesystem => IoReason::ReadOnly,
            _ => IoReason::Other,
        }
    }
}

/// Why a database operation failed: the reason of `db-open-failed` and `db-failed`, rendered by
/// the Fluent message `reason-db`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DbReason {
    /// `busy`: another process holds the database (SQLITE_BUSY/LOCKED past the busy timeout).
    Busy,
    /// `disk-full`.
    DiskFull,
    /// `read-only`: the file or directory cannot be written.
    ReadOnly,
    /// `permission-denied`.
    PermissionDenied,
    /// `cannot-open`: SQLITE_CANTOPEN.
    CannotOpen,
    /// `not-a-database`: the file is not an SQLite database.
    NotADatabase,
    /// `corrupt`: SQLite reports the file damaged.
    Corrupt,
    /// `corrupt-draft`: a stored draft row cannot be read back (the detail says which).
    CorruptDraft,
    /// `wal-unavailable`: the WAL journal mode cannot be used on this storage.
    WalUnavailable,
    /// `io-error`: SQLITE_IOERR, the disk failed to read or write.
    IoError,
    /// `other` (the default variant).
    Other,
}

impl DbReason {
    /// Every reason code, in declaration order.
    pub const CODES: &'static [&'static str] = &[
        "busy",
        "disk-full",
        "read-only",
        "permission-denied",
        "cannot-open",
        "not-a-database",
        "corrupt",
        "corrupt-draft",
        "wal-unavailable",
        "io-error",
        "other",
    ];

    /// The reason code (the `reason` argument).
    pub fn code(self) -> &'static str {
        match self {
            DbReason::Busy => "busy",
            DbReason::DiskFull => "disk-full",
            DbReason::ReadOnly => "read-only",
            DbReason::PermissionDenied => "permission-denied",
            DbReason::CannotOpen => "cannot-open",
            DbReason::NotADatabase => "not-a-database",
            DbReason::Corrupt => "corrupt",
            DbReason::CorruptDraft => "corrupt-draft",
            DbReason::WalUnavailable => "wal-unavailable",
            DbReason::IoError => "io-error",
            DbReason::Other => "other",
        }
    }

    /// The reason of an SQLite error, from its primary result code.
    pub fn of(err: &rusqlite::Error) -> DbReason {
        use rusqlite::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => DbReason::Busy,
            Some(ErrorCode::DiskFull) => DbReason::DiskFull,
            Some(ErrorCode::ReadOnly) => DbReason::ReadOnly,
            Some(ErrorCode::PermissionDenied) => DbReason::PermissionDenied,
            Some(ErrorCode::CannotOpen) => DbReason::CannotOpen,
            Some(ErrorCode::NotADatabase) => DbReason::NotADatabase,
            Some(ErrorCode::DatabaseCorrupt) => DbReason::Corrupt,
            Some(ErrorCode::SystemIoFailure) => DbReason::IoError,
            _ => DbReason::Other,
        }
    }
}

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
            Error::DraftNotFound { id } => args.push(("id", id.clone())),
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
pub(crate) mod tests {
    use super::*;

    fn s(v: &str) -> String {
        v.to_owned()
    }

    /// One value of every variant, in [`ALL_CODES`] order.
    pub(crate) fn samples() -> Vec<Error> {
        vec![
            Error::DraftNotFound { id: s("ID-1") },
            Error::DbNewerThanApp {
                found: 907,
                supported: 3,
            },
            Error::DbOpenFailed {
                path: s("/P-2"),
                reason: DbReason::NotADatabase,
                detail: s("D-3"),
            },
            Error::Db {
                reason: DbReason::DiskFull,
                detail: s("D-4"),
            },
            Error::Io {
                path: s("/P-5"),
                reason: IoReason::NotFound,
                detail: s("D-6"),
            },
            Error::ImportTooLarge {
                max_bytes: 5_242_880,
            },
            Error::ImportJsonSyntax {
                line: 12,
                column: 34,
                reason: SyntaxReason::MissingComma,
            },
            Error::ImportDuplicateKey {
                path: s("P-7"),
                line: 56,
                column: 78,
            },
            Error::ImportFormatUnsupported { found: s("F-8") },
            Error::ImportInvalidField {
                path: s("P-9"),
                reason: FieldReason::TextTooLong { max: 1357 },
            },
            Error::UnknownField { path: s("P-11") },
            Error::InvalidFieldValue {
                path: s("P-12"),
                reason: FieldReason::UnknownState { value: s("V-13") },
            },
            Error::UnknownLanguage {
                language: s("L-14"),
            },
            Error::UnknownState { code: s("C-15") },
            Error::UnknownKind { kind: s("K-16") },
        ]
    }

    /// One value of every field reason, in [`FieldReason::CODES`] order.
    pub(crate) fn field_reasons() -> Vec<FieldReason> {
        vec![
            FieldReason::Missing,
            FieldReason::ExpectedText {
                found_type: JsonType::Number,
            },
            FieldReason::ExpectedObject {
                found_type: JsonType::Array,
            },
            FieldReason::TextTooLong { max: 2468 },
            FieldReason::LineBreak,
            FieldReason::ControlCharacter { character: '\u{7}' },
            FieldReason::UnknownState { value: s("V-21") },
            FieldReason::UnknownKind { value: s("V-22") },
            FieldReason::NotAUuid { value: s("V-23") },
            FieldReason::NotADateTime { value: s("V-24") },
        ]
    }

    pub(crate) const SYNTAX_REASONS: [SyntaxReason; 12] = [
        SyntaxReason::UnexpectedEnd,
        SyntaxReason::InvalidUtf8,
        SyntaxReason::NestingTooDeep,
        SyntaxReason::MissingComma,
        SyntaxReason::MissingColon,
        SyntaxReason::ExpectedValue,
        SyntaxReason::KeyNotText,
        SyntaxReason::InvalidString,
        SyntaxReason::InvalidNumber,
        SyntaxReason::TrailingComma,
        SyntaxReason::TrailingCharacters,
        SyntaxReason::Other,
    ];

    pub(crate) const IO_REASONS: [IoReason; 9] = [
        IoReason::NotFound,
        IoReason::PermissionDenied,
        IoReason::AlreadyExists,
        IoReason::IsADirectory,
        IoReason::NotADirectory,
        IoReason::StorageFull,
        IoReason::ReadOnly,
        IoReason::NoHomeDir,
        IoReason::Other,
    ];

    pub(crate) const DB_REASONS: [DbReason; 11] = [
        DbReason::Busy,
        DbReason::DiskFull,
        DbReason::ReadOnly,
        DbReason::PermissionDenied,
        DbReason::CannotOpen,
        DbReason::NotADatabase,
        DbReason::Corrupt,
        DbReason::CorruptDraft,
        DbReason::WalUnavailable,
        DbReason::IoError,
        DbReason::Other,
    ];

    /// [`samples`] plus every reason (and every JSON type) in every error that has one.
    pub(crate) fn all_samples() -> Vec<Error> {
        let mut all = samples();
        for reason in field_reasons() {
            all.push(Error::ImportInvalidField {
                path: s("P-31"),
                reason: reason.clone(),
            });
            all.push(Error::InvalidFieldValue {
                path: s("P-32"),
                reason,
            });
        }
        for found_type in JsonType::ALL {
            all.push(Error::InvalidFieldValue {
                path: s("P-33"),
                reason: FieldReason::ExpectedText { found_type },
            });
        }
        for reason in SYNTAX_REASONS {
            all.push(Error::ImportJsonSyntax {
                line: 41,
                column: 42,
                reason,
            });
        }
        for reason in IO_REASONS {
            all.push(Error::Io {
                path: s("/P-43"),
                reason,
                detail: s("D-44"),
            });
        }
        for reason in DB_REASONS {
            all.push(Error::Db {
                reason,
                detail: s("D-45"),
            });
            all.push(Error::DbOpenFailed {
                path: s("/P-46"),
                reason,
                detail: s("D-47"),
            });
        }
        all
    }

    #[test]
    fn all_codes_lists_every_variant_once() {
        let codes: Vec<&str> = samples().iter().map(Error::code).collect();
        assert_eq!(codes, ALL_CODES);
        let field: Vec<&str> = field_reasons().iter().map(FieldReason::code).collect();
        assert_eq!(field, FieldReason::CODES);
        let syntax: Vec<&str> = SYNTAX_REASONS.iter().map(|r| r.code()).collect();
        assert_eq!(syntax, SyntaxReason::CODES);
        let io: Vec<&str> = IO_REASONS.iter().map(|r| r.code()).collect();
        assert_eq!(io, IoReason::CODES);
        let db: Vec<&str> = DB_REASONS.iter().map(|r| r.code()).collect();
        assert_eq!(db, DbReason::CODES);
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

    #[test]
    fn reasons_are_flat_codes_with_their_own_args() {
        let p = ErrorPayload::from(Error::InvalidFieldValue {
            path: s("title"),
            reason: FieldReason::TextTooLong { max: 1000 },
        });
        let expected: BTreeMap<String, String> = [
            ("path", "title"),
            ("reason", "text-too-long"),
            ("max", "1000"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        assert_eq!(p.args, expected);
        let p = ErrorPayload::from(Error::ImportInvalidField {
            path: s("content"),
            reason: FieldReason::ExpectedObject {
                found_type: JsonType::Array,
            },
        });
        assert_eq!(p.args["reason"], "expected-object");
        assert_eq!(p.args["found_type"], "array");
        let p = ErrorPayload::from(Error::InvalidFieldValue {
            path: s("title"),
            reason: FieldReason::ControlCharacter {
                character: '\u{1b}',
            },
        });
        assert_eq!(p.args["character"], "U+001B");
        // No reason argument is prose: every one is a lowercase code.
        for err in all_samples() {
            let args = err.args();
            for key in ["reason", "found_type"] {
                if let Some(code) = args.get(key) {
                    assert!(
                        code.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                        "{err:?}: {key}={code}"
                    );
                }
            }
        }
    }

    #[test]
    fn io_and_sqlite_errors_map_to_reasons_and_keep_the_detail() {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        match Error::io("/x", &missing) {
            Error::Io {
                path,
                reason,
                detail,
            } => {
                assert_eq!((path.as_str(), reason), ("/x", IoReason::NotFound));
                assert!(!detail.is_empty());
            }
            other => panic!("{other:?}"),
        }
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(IoReason::of(&denied), IoReason::PermissionDenied);
        assert_eq!(IoReason::of(&std::io::Error::other("x")), IoReason::Other);
        let full = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        );
        let err = Error::from(full);
        assert!(
            matches!(&err, Error::Db { reason: DbReason::DiskFull, detail } if !detail.is_empty()),
            "{err:?}"
        );
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        assert_eq!(DbReason::of(&busy), DbReason::Busy);
        assert_eq!(
            DbReason::of(&rusqlite::Error::QueryReturnedNoRows),
            DbReason::Other
        );
    }

    #[test]
    fn serde_json_errors_map_to_syntax_reasons() {
        let reason = |text: &str| {
            let err = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            SyntaxReason::of(&err)
        };
        assert_eq!(reason(""), SyntaxReason::UnexpectedEnd);
        assert_eq!(reason("{\"a\": [1, 2"), SyntaxReason::UnexpectedEnd);
        assert_eq!(reason("{\"a\": \"b"), SyntaxReason::UnexpectedEnd);
        assert_eq!(reason("{\"a\": 1 \"b\": 2}"), SyntaxReason::MissingComma);
        assert_eq!(reason("[1 2]"), SyntaxReason::MissingComma);
        assert_eq!(reason("{\"a\" 1}"), SyntaxReason::MissingColon);
        assert_eq!(reason("{\"a\": mla}"), SyntaxReason::ExpectedValue);
        assert_eq!(reason("{\"a\": nul}"), SyntaxReason::ExpectedValue);
        assert_eq!(reason("{a: 1}"), SyntaxReason::KeyNotText);
        assert_eq!(reason("[\"\\q\"]"), SyntaxReason::InvalidString);
        assert_eq!(reason("[\"a\u{1}\"]"), SyntaxReason::InvalidString);
        assert_eq!(reason("[\"\\ud800\"]"), SyntaxReason::InvalidString);
        assert_eq!(reason("[1e999999]"), SyntaxReason::InvalidNumber);
        assert_eq!(reason("[-]"), SyntaxReason::InvalidNumber);
        assert_eq!(reason("[1, 2,]"), SyntaxReason::TrailingComma);
        assert_eq!(reason("{} x"), SyntaxReason::TrailingCharacters);
        let deep = "[".repeat(200);
        assert_eq!(reason(&deep), SyntaxReason::NestingTooDeep);
        let data = serde_json::from_str::<u8>("\"x\"").unwrap_err();
        assert_eq!(SyntaxReason::of(&data), SyntaxReason::Other);
    }
}
