//! The draft exchange file: `"format": "mla-desk/1"` (documented in `FORMAT.md`).
//!
//! [`export_draft`] writes pretty JSON. [`parse_import`] validates a whole file and returns the
//! draft it describes without touching any database; the store then writes it in one
//! transaction. Field paths in the file are the schema's field paths, so an error names the
//! same path the form uses (`content.case_reference`, `requested_state`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::error::{Error, FieldReason, JsonType, SyntaxReason};
use crate::model::{now_utc, Draft, DraftKind};
use crate::schema::{self, quote};

mod strict;

/// The format this app writes and reads.
pub const FORMAT: &str = "mla-desk/1";
/// Largest file accepted by import: 5 MiB.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
const _: () = assert!(
    MAX_IMPORT_BYTES <= u32::MAX as usize,
    "AppInfo.max_import_bytes is u32"
);
/// Top-level keys of the format.
const TOP_LEVEL_KEYS: [&str; 10] = [
    "format",
    "kind",
    "id",
    "case",
    "title",
    "requesting_state",
    "requested_state",
    "created_at",
    "updated_at",
    "content",
];

/// The file as written; field order is the documented order.
#[derive(Serialize)]
struct ExchangeFile<'a> {
    format: &'static str,
    kind: DraftKind,
    id: Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    case: Option<CaseRef<'a>>,
    title: &'a str,
    requesting_state: &'a Option<String>,
    requested_state: &'a Option<String>,
    created_at: String,
    updated_at: String,
    content: &'a BTreeMap<String, Value>,
}

/// The draft's case in a file: `{"id": uuid, "title": string}`.
#[derive(Serialize)]
struct CaseRef<'a> {
    id: Uuid,
    title: &'a str,
}

/// Formats a timestamp as stored and exchanged: RFC 3339, UTC, microseconds, `Z`.
pub fn format_timestamp(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// The exchange file text of a draft (pretty JSON, ending with a newline).
pub fn export_draft(draft: &Draft) -> String {
    let file = ExchangeFile {
        format: FORMAT,
        kind: draft.kind,
        id: draft.id,
        case: draft.case_id.map(|id| CaseRef {
            id,
            title: draft.case_title.as_deref().unwrap_or(""),
        }),
        title: &draft.title,
        requesting_state: &draft.requesting_state,
        requested_state: &draft.requested_state,
        created_at: format_timestamp(&draft.created_at),
        updated_at: format_timestamp(&draft.updated_at),
        content: &draft.content,
    };
    // Serializing plain strings, options and JSON values cannot fail.
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// Validates a whole exchange file and returns its draft.
///
/// Optional in the file: `id` (a new one is made), `title` (empty), the States (`null`),
/// `created_at`/`updated_at` (now), `content` (`{}`). A `null` content value is the same as an
/// absent one. Errors: `import-too-large`, `import-json-syntax` (1-based line and column, and a
/// [`SyntaxReason`]), `import-duplicate-key` (path, line, column), `import-format-unsupported`,
/// `unknown-field` (path), `import-invalid-field` (path and a
/// [`FieldReason`](crate::error::FieldReason)).
pub fn parse_import(bytes: &[u8]) -> Result<Draft, Error> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Error::ImportTooLarge {
            max_bytes: MAX_IMPORT_BYTES as u64,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&bytes[..e.valid_up_to()]);
        Error::ImportJsonSyntax {
            line,
            column,
            reason: SyntaxReason::InvalidUtf8,
        }
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // Refuses duplicate keys; serde_json stops at 128 levels of nesting with an error, so hostile
    // depth cannot overflow the stack.
    let value = strict::parse(text).map_err(|e| match e {
        strict::ParseError::Duplicate { path, line, column } => Error::ImportDuplicateKey {
            path,
            line,
            column: char_column(text, line, column),
        },
        strict::ParseError::Syntax(e) => Error::ImportJsonSyntax {
            line: e.line(),
            column: char_column(text, e.line(), e.column()),
            reason: SyntaxReason::of(&e),
        },
    })?;
    let Value::Object(top) = value else {
        return Err(Error::ImportFormatUnsupported {
            found: String::new(),
        });
    };
    match top.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) => return Err(Error::ImportFormatUnsupported { found: quote(f) }),
        Some(other) => {
            return Err(Error::ImportFormatUnsupported {
                found: quote(&other.to_string()),
            })
        }
        None => {
            return Err(Error::ImportFormatUnsupported {
                found: String::new(),
            })
        }
    }
    if let Some(key) = top.keys().find(|k| !TOP_LEVEL_KEYS.contains(&k.as_str())) {
        return Err(Error::UnknownField { path: quote(key) });
    }
    draft_from(&top)
}

fn invalid(path: &str, reason: FieldReason) -> Error {
    Error::ImportInvalidField {
        path: path.to_owned(),
        reason,
    }
}

fn expected_text(path: &str, other: &Value) -> Error {
    invalid(
        path,
        FieldReason::ExpectedText {
            found_type: JsonType::of(other),
        },
    )
}

fn draft_from(top: &Map<String, Value>) -> Result<Draft, Error> {
    let kind = match top.get("kind") {
        Some(Value::String(k)) => k
            .parse::<DraftKind>()
            .map_err(|_| invalid("kind", FieldReason::UnknownKind { value: quote(k) }))?,
        Some(other) => return Err(expected_text("kind", other)),
        None => return Err(invalid("kind", FieldReason::Missing)),
    };
    let id = match top.get("id") {
        None | Some(Value::Null) => Uuid::new_v4(),
        Some(Value::String(s)) => Uuid::parse_str(s)
            .map_err(|_| invalid("id", FieldReason::NotAUuid { value: quote(s) }))?,
        Some(other) => return Err(expected_text("id", other)),
    };
    let now = now_utc();
    let created = timestamp(top, "created_at", now)?;
    let updated = timestamp(top, "updated_at", now)?;
    // A missing date is now, unless that would put it on the wrong side of the other one.
    let created_at = created.unwrap_or_else(|| updated.map_or(now, |u| u.min(now)));
    let updated_at = updated.unwrap_or_else(|| created_at.max(now));
    if created_at > updated_at {
        return Err(invalid("created_at", FieldReason::CreatedAfterUpdated));
    }
    let mut draft = Draft {
        id,
        kind,
        title: String::new(),
        requesting_state: None,
        requested_state: None,
        created_at,
        updated_at,
        content: BTreeMap::new(),
        case_id: None,
        case_title: None,
    };
    read_case(top, &mut draft)?;
    for path in ["title", "requesting_state", "requested_state"] {
        if let Some(value) = top.get(path) {
            set(&mut draft, path, value)?;
        }
    }
    match top.get("content") {
        None | Some(Value::Null) => {}
        Some(Value::Object(content)) => {
            for (key, value) in content {
                set(&mut draft, &format!("content.{}", quote(key)), value)?;
            }
        }
        Some(other) => {
            return Err(invalid(
                "content",
                FieldReason::ExpectedObject {
                    found_type: JsonType::of(other),
                },
            ))
        }
    }
    // References are checked once every group is read (keys come in any order).
    schema::check_references(schema::schema_ref(draft.kind), &draft, None).map_err(to_import)?;
    Ok(draft)
}

/// Reads the optional `"case": {"id": uuid, "title": string}` (both optional; `null` = absent)
/// into [`Draft::case_id`] and [`Draft::case_title`].
fn read_case(top: &Map<String, Value>, draft: &mut Draft) -> Result<(), Error> {
    let case = match top.get("case") {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Object(case)) => case,
        Some(other) => {
            return Err(invalid(
                "case",
                FieldReason::ExpectedObject {
                    found_type: JsonType::of(other),
                },
            ))
        }
    };
    if let Some(key) = case.keys().find(|k| !["id", "title"].contains(&k.as_str())) {
        return Err(Error::UnknownField {
            path: format!("case.{}", quote(key)),
        });
    }
    draft.case_id = match case.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(
            Uuid::parse_str(s)
                .map_err(|_| invalid("case.id", FieldReason::NotAUuid { value: quote(s) }))?,
        ),
        Some(other) => return Err(expected_text("case.id", other)),
    };
    if let Some(title) = case.get("title") {
        draft.case_title =
            Some(schema::validate_case_title(title, "case.title").map_err(to_import)?);
    }
    Ok(())
}

/// Sets one field through the schema, reporting errors with the file's JSON path.
fn set(draft: &mut Draft, path: &str, value: &Value) -> Result<(), Error> {
    schema::set_field_shape(draft, path, value).map_err(to_import)
}

/// Reports a field error as an import error.
fn to_import(e: Error) -> Error {
    match e {
        Error::InvalidFieldValue { path, reason } => Error::ImportInvalidField { path, reason },
        other => other,
    }
}

/// How far in the future an imported timestamp may be (clocks and time zones differ).
const MAX_CLOCK_SKEW: chrono::TimeDelta = chrono::TimeDelta::days(1);

/// An optional RFC 3339 timestamp at `key`, truncated to microseconds; `date-in-future` if it is
/// later than `now` plus [`MAX_CLOCK_SKEW`] (it would sort first forever).
fn timestamp(
    top: &Map<String, Value>,
    key: &str,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, Error> {
    match top.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => {
            let t = DateTime::parse_from_rfc3339(s)
                .map_err(|_| invalid(key, FieldReason::NotADateTime { value: quote(s) }))?
                .with_timezone(&Utc);
            if t > now + MAX_CLOCK_SKEW {
                return Err(invalid(key, FieldReason::DateInFuture { value: quote(s) }));
            }
            Ok(Some(
                DateTime::from_timestamp_micros(t.timestamp_micros()).unwrap_or(t),
            ))
        }
        Some(other) => Err(expected_text(key, other)),
    }
}

/// Converts serde_json's 1-based byte column on 1-based `line` into a character column, so that
/// Arabic text before the error counts one column per letter.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let bytes = line_text.as_bytes();
    let prefix = &bytes[..byte_column.saturating_sub(1).min(bytes.len())];
    String::from_utf8_lossy(prefix).chars().count() + 1
}

/// 1-based line and column (in characters) just after `prefix`.
fn line_column(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn valid() -> Value {
        json!({
            "format": "mla-desk/1",
            "kind": "mla",
            "id": "6f1c2d1e-8a4b-4c3d-9e2f-0a1b2c3d4e5f",
            "title": "Bank records — ABC Ltd",
            "requesting_state": "JO",
            "requested_state": "EG",
            "created_at": "2025-01-02T03:04:05.000006Z",
            "updated_at": "2025-01-03T10:00:00+02:00",
            "content": {"requesting_authority": "وزارة العدل", "case_reference": "2025/17"}
        })
    }

    fn import(v: &Value) -> Result<Draft, Error> {
        parse_import(v.to_string().as_bytes())
    }

    fn with(path: &[&str], value: Value) -> Value {
        let mut v = valid();
        let mut cur = &mut v;
        for p in &path[..path.len() - 1] {
            cur = &mut cur[*p];
        }
        cur[path[path.len() - 1]] = value;
        v
    }

    #[test]
    fn valid_file_round_trips() {
        let d = import(&valid()).unwrap();
        assert_eq!(d.kind, DraftKind::Mla);
        assert_eq!(d.requested_state.as_deref(), Some("EG"));
        assert_eq!(d.content_text("case_reference"), Some("2025/17"));
        assert_eq!(
            format_timestamp(&d.updated_at),
            "2025-01-03T08:00:00.000000Z"
        );
        let text = export_draft(&d);
        assert!(
            text.starts_with("{\n  \"format\": \"mla-desk/1\",\n  \"kind\": \"mla\""),
            "{text}"
        );
        assert_eq!(parse_import(text.as_bytes()).unwrap(), d);
    }

    #[test]
    fn minimal_file_gets_defaults() {
        let d = import(&json!({"format": "mla-desk/1", "kind": "extradition"})).unwrap();
        assert_eq!(d.kind, DraftKind::Extradition);
        assert!(d.title.is_empty() && d.content.is_empty() && d.requested_state.is_none());
        // A BOM is tolerated.
        let bom = format!("\u{FEFF}{}", json!({"format": "mla-desk/1", "kind": "mla"}));
        assert!(parse_import(bom.as_bytes()).is_ok());
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let err =
            parse_import(b"{\n  \"format\": \"mla-desk/1\",\n  \"kind\": mla\n}").unwrap_err();
        match err {
            Error::ImportJsonSyntax {
                line,
                column,
                reason,
            } => {
                assert_eq!((line, column), (3, 11));
                assert_eq!(reason, SyntaxReason::ExpectedValue);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            parse_import(b"").unwrap_err(),
            Error::ImportJsonSyntax {
                line: 1,
                column: 1,
                reason: SyntaxReason::UnexpectedEnd
            }
        );
        // Columns count characters, not UTF-8 bytes.
        let arabic = "{\"title\": \"مصر\" x}";
        let err = parse_import(arabic.as_bytes()).unwrap_err();
        assert!(
            matches!(
                err,
                Error::ImportJsonSyntax {
                    line: 1,
                    column: 17,
                    ..
                }
            ),
            "{err:?}"
        );
        let bad_utf8 = parse_import(b"{\n \"a\xff\": 1}").unwrap_err();
        assert!(
            matches!(
                bad_utf8,
                Error::ImportJsonSyntax {
                    line: 2,
                    column: 4,
                    reason: SyntaxReason::InvalidUtf8,
                }
            ),
            "{bad_utf8:?}"
        );
    }

    #[test]
    fn format_is_checked_first() {
        let code = |v: Value| import(&v).unwrap_err();
        assert_eq!(
            code(json!({"kind": "mla"})),
            Error::ImportFormatUnsupported {
                found: String::new()
            }
        );
        assert_eq!(
            code(with(&["format"], json!("mla-desk/2"))),
            Error::ImportFormatUnsupported {
                found: "mla-desk/2".into()
            }
        );
        assert_eq!(code(json!([1, 2])).code(), "import-format-unsupported");
        assert_eq!(
            code(with(&["format"], json!(1))).code(),
            "import-format-unsupported"
        );
    }

    #[test]
    fn unknown_fields_name_their_path() {
        let err = |v: Value| import(&v).unwrap_err();
        assert_eq!(
            err(with(&["extra"], json!(1))),
            Error::UnknownField {
                path: "extra".into()
            }
        );
        assert_eq!(
            err(with(&["content", "secret_notes"], json!("x"))),
            Error::UnknownField {
                path: "content.secret_notes".into()
            }
        );
    }

    #[test]
    fn bad_values_name_their_path() {
        let path_of = |v: Value| match import(&v).unwrap_err() {
            Error::ImportInvalidField { path, .. } => path,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            path_of(with(&["requested_state"], json!("ZZ"))),
            "requested_state"
        );
        assert_eq!(
            path_of(with(&["content", "case_reference"], json!(17))),
            "content.case_reference"
        );
        assert_eq!(path_of(with(&["content"], json!([]))), "content");
        assert_eq!(path_of(with(&["kind"], json!("treaty"))), "kind");
        assert_eq!(path_of(with(&["id"], json!("nope"))), "id");
        assert_eq!(
            path_of(with(&["created_at"], json!("yesterday"))),
            "created_at"
        );
        assert_eq!(path_of(with(&["title"], json!("x".repeat(5000)))), "title");
        let mut no_kind = valid();
        no_kind.as_object_mut().unwrap().remove("kind");
        assert_eq!(path_of(no_kind.clone()), "kind");

        // Each reason is a code with its own arguments, never English text.
        let reason_of = |v: Value| match import(&v).unwrap_err() {
            Error::ImportInvalidField { reason, .. } => reason,
            other => panic!("{other:?}"),
        };
        assert_eq!(reason_of(no_kind), FieldReason::Missing);
        assert_eq!(
            reason_of(with(&["requested_state"], json!("ZZ"))),
            FieldReason::UnknownState { value: "ZZ".into() }
        );
        assert_eq!(
            reason_of(with(&["content", "case_reference"], json!(17))),
            FieldReason::ExpectedText {
                found_type: JsonType::Number
            }
        );
        assert_eq!(
            reason_of(with(&["content"], json!([]))),
            FieldReason::ExpectedObject {
                found_type: JsonType::Array
            }
        );
        assert_eq!(
            reason_of(with(&["kind"], json!("treaty"))),
            FieldReason::UnknownKind {
                value: "treaty".into()
            }
        );
        assert_eq!(
            reason_of(with(&["kind"], json!(true))),
            FieldReason::ExpectedText {
                found_type: JsonType::Boolean
            }
        );
        assert_eq!(
            reason_of(with(&["id"], json!("nope"))),
            FieldReason::NotAUuid {
                value: "nope".into()
            }
        );
        assert_eq!(
            reason_of(with(&["created_at"], json!("yesterday"))),
            FieldReason::NotADateTime {
                value: "yesterday".into()
            }
        );
        assert_eq!(
            reason_of(with(&["title"], json!("x".repeat(5000)))),
            FieldReason::TextTooLong {
                max: schema::TEXT_MAX_CHARS
            }
        );
        assert_eq!(
            reason_of(with(&["title"], json!("a\nb"))),
            FieldReason::LineBreak
        );
        // A hostile value is quoted back shortened.
        match reason_of(with(&["requested_state"], json!("Z".repeat(10_000)))) {
            FieldReason::UnknownState { value } => {
                assert!(value.chars().count() <= schema::MAX_QUOTED_CHARS + 1)
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn timestamps_in_the_future_or_out_of_order_are_refused() {
        let reason_of = |v: Value| match import(&v).unwrap_err() {
            Error::ImportInvalidField { path, reason } => (path, reason),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            reason_of(with(&["updated_at"], json!("9999-12-31T23:59:59Z"))),
            (
                "updated_at".to_owned(),
                FieldReason::DateInFuture {
                    value: "9999-12-31T23:59:59Z".into()
                }
            )
        );
        let in_two_days = format_timestamp(&(now_utc() + chrono::TimeDelta::days(2)));
        assert_eq!(
            reason_of(with(&["created_at"], json!(in_two_days)))
                .1
                .code(),
            "date-in-future"
        );
        assert_eq!(
            reason_of(with(&["created_at"], json!("2025-02-01T00:00:00Z"))),
            ("created_at".to_owned(), FieldReason::CreatedAfterUpdated)
        );
        // A few hours ahead (another time zone's clock) is accepted.
        let soon = format_timestamp(&(now_utc() + chrono::TimeDelta::hours(3)));
        let d = import(&with(&["updated_at"], json!(soon))).unwrap();
        assert!(d.created_at <= d.updated_at);
        // One date alone: the missing one is chosen on the right side of it.
        let mut only_updated = valid();
        only_updated.as_object_mut().unwrap().remove("created_at");
        let d = import(&only_updated).unwrap();
        assert_eq!(d.created_at, d.updated_at);
        let mut only_created = valid();
        only_created.as_object_mut().unwrap().remove("updated_at");
        let d = import(&only_created).unwrap();
        assert!(d.created_at < d.updated_at);
    }

    #[test]
    fn duplicate_keys_are_refused_with_their_path() {
        let text = "{\n  \"format\": \"mla-desk/1\",\n  \"kind\": \"mla\",\n  \"requested_state\": \"EG\",\n  \"requested_state\": \"JO\"\n}";
        match parse_import(text.as_bytes()).unwrap_err() {
            Error::ImportDuplicateKey { path, line, .. } => {
                assert_eq!((path.as_str(), line), ("requested_state", 5));
            }
            other => panic!("{other:?}"),
        }
        let in_content = r#"{"format":"mla-desk/1","kind":"mla","content":{"case_reference":"A","case_reference":"B"}}"#;
        assert!(matches!(
            parse_import(in_content.as_bytes()).unwrap_err(),
            Error::ImportDuplicateKey { ref path, .. } if path == "content.case_reference"
        ));
        // Even a repeated "format" is refused before anything else is looked at.
        let format_twice = r#"{"format":"mla-desk/99","format":"mla-desk/1","kind":"mla"}"#;
        assert_eq!(
            parse_import(format_twice.as_bytes()).unwrap_err().code(),
            "import-duplicate-key"
        );
        // Columns count characters on the line.
        let arabic = "{\"title\": \"مصر\", \"title\": \"x\"}";
        assert_eq!(
            parse_import(arabic.as_bytes()).unwrap_err(),
            Error::ImportDuplicateKey {
                path: "title".into(),
                line: 1,
                column: 24
            }
        );
    }

    #[test]
    fn hostile_input_errors_without_panic() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(
            parse_import(deep.as_bytes()).unwrap_err(),
            Error::ImportJsonSyntax {
                reason: SyntaxReason::NestingTooDeep,
                ..
            }
        ),);
        let deep_obj = format!(
            "{{\"format\":\"mla-desk/1\",\"kind\":\"mla\",\"content\":{}1{}}}",
            "{\"a\":".repeat(50_000),
            "}".repeat(50_000)
        );
        assert!(parse_import(deep_obj.as_bytes()).is_err());
        let big = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert_eq!(
            parse_import(&big).unwrap_err(),
            Error::ImportTooLarge {
                max_bytes: MAX_IMPORT_BYTES as u64
            }
        );
        let long_key = format!("{{\"format\":\"mla-desk/1\",\"{}\":1}}", "k".repeat(10_000));
        match parse_import(long_key.as_bytes()).unwrap_err() {
            Error::UnknownField { path } => {
                assert!(path.chars().count() <= schema::MAX_QUOTED_CHARS + 1)
            }
            other => panic!("{other:?}"),
        }
        for garbage in [
            &b"\x00\x01\x02"[..],
            b"null",
            b"\"str\"",
            b"{\"format\":",
            b"1e999999",
        ] {
            assert!(parse_import(garbage).is_err());
        }
    }

    #[test]
    fn the_case_is_read_and_validated() {
        let id = "8d2b7c1e-4f3a-4b6d-9e0c-2a1f5e7d3c94";
        let d = import(&with(&["case"], json!({"id": id, "title": "Horizon"}))).unwrap();
        assert_eq!(d.case_id.map(|u| u.to_string()).as_deref(), Some(id));
        assert_eq!(d.case_title.as_deref(), Some("Horizon"));
        let text = export_draft(&d);
        assert!(text.contains("\"case\": {"), "{text}");
        assert_eq!(parse_import(text.as_bytes()).unwrap(), d);
        assert_eq!(import(&with(&["case"], json!(null))).unwrap().case_id, None);
        let code_path = |v: Value| {
            let e = import(&with(&["case"], v)).unwrap_err();
            (e.code(), e.args().get("path").cloned().unwrap_or_default())
        };
        assert_eq!(
            code_path(json!("x")),
            ("import-invalid-field", "case".into())
        );
        assert_eq!(
            code_path(json!({"x": 1})),
            ("unknown-field", "case.x".into())
        );
        assert_eq!(
            code_path(json!({"id": "nope"})),
            ("import-invalid-field", "case.id".into())
        );
        assert_eq!(
            code_path(json!({"title": "a\nb"})),
            ("import-invalid-field", "case.title".into())
        );
    }
}
