//! Tests of the error codes, reasons and payloads.

use super::*;

fn s(v: &str) -> String {
    v.to_owned()
}

/// One value of every variant, in [`ALL_CODES`] order.
pub(crate) fn samples() -> Vec<Error> {
    vec![
        Error::DraftNotFound { id: s("ID-1") },
        Error::CaseNotFound { id: s("ID-C1") },
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
        FieldReason::ExpectedBoolean {
            found_type: JsonType::Text,
        },
        FieldReason::ExpectedNumber {
            found_type: JsonType::Text,
        },
        FieldReason::ExpectedList {
            found_type: JsonType::Object,
        },
        FieldReason::NotADate { value: s("V-25") },
        FieldReason::NumberOutOfRange { max: s("M-26") },
        FieldReason::UnknownOption { value: s("V-27") },
        FieldReason::DuplicateValue { value: s("V-28") },
        FieldReason::UnknownReference { value: s("V-29") },
        FieldReason::UnknownLanguage { value: s("V-30") },
        FieldReason::UnknownStatus { value: s("V-31") },
        FieldReason::TooManyItems { max: 9753 },
        FieldReason::BidiControl {
            character: '\u{202E}',
        },
        FieldReason::DateInFuture { value: s("V-32") },
        FieldReason::CreatedAfterUpdated,
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
    let full =
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL), None);
    let err = Error::from(full);
    assert!(
        matches!(&err, Error::Db { reason: DbReason::DiskFull, detail } if !detail.is_empty()),
        "{err:?}"
    );
    let busy =
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY), None);
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
