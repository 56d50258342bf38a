//! The reason enums of [`super::Error`]: stable codes rendered by the shared Fluent `reason-*`
//! messages (see the module docs of [`crate::error`]).

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
    /// `expected-boolean {found_type}`: the value is not `true` or `false`.
    ExpectedBoolean { found_type: JsonType },
    /// `expected-number {found_type}`: the value is not a JSON number.
    ExpectedNumber { found_type: JsonType },
    /// `expected-list {found_type}`: the value is not a JSON array.
    ExpectedList { found_type: JsonType },
    /// `not-a-date {value}`: not a calendar date written `YYYY-MM-DD`.
    NotADate { value: String },
    /// `number-out-of-range {max}`: a number larger in magnitude than `max`.
    NumberOutOfRange { max: String },
    /// `unknown-option {value}`: not one of the field's choices.
    UnknownOption { value: String },
    /// `duplicate-value {value}`: the same value (or item id) twice in one list.
    DuplicateValue { value: String },
    /// `unknown-reference {value}`: no item with this id in the referenced group.
    UnknownReference { value: String },
    /// `unknown-language {value}`: not a shipped language.
    UnknownLanguage { value: String },
    /// `unknown-status {value}`: not a translation status (`missing`, `draft`, `final`).
    UnknownStatus { value: String },
    /// `too-many-items {max}`: a list longer than `max`.
    TooManyItems { max: usize },
    /// `bidi-control {character}`: an invisible bidirectional override or isolate (U+202A–U+202E,
    /// U+2066–U+2069) in single-line text, which could make it display in a misleading order.
    BidiControl { character: char },
    /// `date-in-future {value}`: a timestamp later than now (plus a day of clock skew).
    DateInFuture { value: String },
    /// `created-after-updated`: `created_at` is later than `updated_at`.
    CreatedAfterUpdated,
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
        "expected-boolean",
        "expected-number",
        "expected-list",
        "not-a-date",
        "number-out-of-range",
        "unknown-option",
        "duplicate-value",
        "unknown-reference",
        "unknown-language",
        "unknown-status",
        "too-many-items",
        "bidi-control",
        "date-in-future",
        "created-after-updated",
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
            FieldReason::ExpectedBoolean { .. } => "expected-boolean",
            FieldReason::ExpectedNumber { .. } => "expected-number",
            FieldReason::ExpectedList { .. } => "expected-list",
            FieldReason::NotADate { .. } => "not-a-date",
            FieldReason::NumberOutOfRange { .. } => "number-out-of-range",
            FieldReason::UnknownOption { .. } => "unknown-option",
            FieldReason::DuplicateValue { .. } => "duplicate-value",
            FieldReason::UnknownReference { .. } => "unknown-reference",
            FieldReason::UnknownLanguage { .. } => "unknown-language",
            FieldReason::UnknownStatus { .. } => "unknown-status",
            FieldReason::TooManyItems { .. } => "too-many-items",
            FieldReason::BidiControl { .. } => "bidi-control",
            FieldReason::DateInFuture { .. } => "date-in-future",
            FieldReason::CreatedAfterUpdated => "created-after-updated",
        }
    }

    /// `reason` plus the reason's own arguments.
    pub(super) fn push_args(&self, args: &mut Vec<(&'static str, String)>) {
        args.push(("reason", self.code().to_owned()));
        match self {
            FieldReason::Missing | FieldReason::LineBreak | FieldReason::CreatedAfterUpdated => {}
            FieldReason::ExpectedText { found_type }
            | FieldReason::ExpectedObject { found_type }
            | FieldReason::ExpectedBoolean { found_type }
            | FieldReason::ExpectedNumber { found_type }
            | FieldReason::ExpectedList { found_type } => {
                args.push(("found_type", found_type.code().to_owned()));
            }
            FieldReason::TextTooLong { max } | FieldReason::TooManyItems { max } => {
                args.push(("max", max.to_string()));
            }
            FieldReason::NumberOutOfRange { max } => args.push(("max", max.clone())),
            FieldReason::ControlCharacter { character }
            | FieldReason::BidiControl { character } => {
                args.push(("character", format!("U+{:04X}", u32::from(*character))));
            }
            FieldReason::UnknownState { value }
            | FieldReason::UnknownKind { value }
            | FieldReason::NotAUuid { value }
            | FieldReason::NotADateTime { value }
            | FieldReason::NotADate { value }
            | FieldReason::UnknownOption { value }
            | FieldReason::DuplicateValue { value }
            | FieldReason::UnknownReference { value }
            | FieldReason::UnknownLanguage { value }
            | FieldReason::UnknownStatus { value }
            | FieldReason::DateInFuture { value } => args.push(("value", value.clone())),
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
