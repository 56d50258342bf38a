//! The request model: drafts and the values that cross IPC.
//!
//! Field names serialize as snake_case; enums as the lowercase snake_case strings listed in
//! `docs/foundation-contract.md`.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::Error;

/// What kind of request a draft is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "snake_case")]
pub enum DraftKind {
    /// Request for mutual legal assistance.
    Mla,
    /// Request for extradition.
    Extradition,
    /// Request for provisional arrest (pending an extradition request).
    ProvisionalArrest,
}

impl DraftKind {
    /// Every kind, in display order.
    pub const ALL: [DraftKind; 3] = [
        DraftKind::Mla,
        DraftKind::Extradition,
        DraftKind::ProvisionalArrest,
    ];

    /// The serialized name: `"mla"`, `"extradition"` or `"provisional_arrest"`.
    pub fn as_str(self) -> &'static str {
        match self {
            DraftKind::Mla => "mla",
            DraftKind::Extradition => "extradition",
            DraftKind::ProvisionalArrest => "provisional_arrest",
        }
    }

    /// The Fluent id of the kind's display name (in `schema.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            DraftKind::Mla => "draft-kind-mla",
            DraftKind::Extradition => "draft-kind-extradition",
            DraftKind::ProvisionalArrest => "draft-kind-provisional-arrest",
        }
    }
}

impl fmt::Display for DraftKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DraftKind {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        DraftKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| Error::UnknownKind { kind: s.to_owned() })
    }
}

/// A request draft as stored and edited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Draft {
    /// Stable identity.
    pub id: Uuid,
    /// What the request is.
    pub kind: DraftKind,
    /// The officer's own title for the draft (may be empty).
    pub title: String,
    /// ISO 3166-1 alpha-2 code, or `"ICC"`.
    pub requesting_state: Option<String>,
    /// ISO 3166-1 alpha-2 code, or `"ICC"`.
    pub requested_state: Option<String>,
    /// When the draft was created (UTC).
    pub created_at: DateTime<Utc>,
    /// When the draft last changed (UTC).
    pub updated_at: DateTime<Utc>,
    /// Every other field, keyed by the part of its path after `content.`. Case-scoped keys
    /// (facts, offences, persons: [`crate::schema::FieldScope::Case`]) come from the draft's
    /// case, merged in.
    pub content: BTreeMap<String, serde_json::Value>,
    /// The case the request belongs to (always set by the store; `None` only for a draft not
    /// yet stored, e.g. parsed from a file without `"case"`). Optional in TypeScript (additive).
    #[serde(default)]
    #[specta(optional)]
    pub case_id: Option<Uuid>,
    /// The case's title (may be empty), as [`Draft::case_id`].
    #[serde(default)]
    #[specta(optional)]
    pub case_title: Option<String>,
}

impl Draft {
    /// The text at `content.<key>`, if it is a non-empty string.
    pub fn content_text(&self, key: &str) -> Option<&str> {
        self.content
            .get(key)
            .and_then(serde_json::Value::as_str)
            .filter(|s| !s.is_empty())
    }

    /// The summary shown in the drafts list.
    pub fn summary(&self) -> DraftSummary {
        DraftSummary {
            id: self.id,
            kind: self.kind,
            title: self.title.clone(),
            case_reference: self.content_text("case_reference").map(str::to_owned),
            requesting_state: self.requesting_state.clone(),
            requested_state: self.requested_state.clone(),
            created_at: self.created_at,
            updated_at: self.updated_at,
            case_id: self.case_id,
            case_title: self.case_title.clone(),
        }
    }
}

/// One row of the drafts list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DraftSummary {
    /// Draft id.
    pub id: Uuid,
    /// Draft kind.
    pub kind: DraftKind,
    /// Draft title (may be empty).
    pub title: String,
    /// `content.case_reference`, if set.
    pub case_reference: Option<String>,
    /// Requesting State code.
    pub requesting_state: Option<String>,
    /// Requested State code.
    pub requested_state: Option<String>,
    /// Creation time (UTC).
    pub created_at: DateTime<Utc>,
    /// Last change (UTC).
    pub updated_at: DateTime<Utc>,
    /// The draft's case (always set by the store). Optional in TypeScript (additive).
    #[serde(default)]
    #[specta(optional)]
    pub case_id: Option<Uuid>,
    /// The case's title (may be empty). Optional in TypeScript (additive).
    #[serde(default)]
    #[specta(optional)]
    pub case_title: Option<String>,
}

/// One row of the cases list: a case holds the facts, offences and persons that its requests
/// (drafts) share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct CaseSummary {
    /// Case id.
    pub id: Uuid,
    /// Case title (may be empty).
    pub title: String,
    /// How many requests (drafts) draw on the case (at least 1).
    pub request_count: u32,
    /// Creation time (UTC).
    pub created_at: DateTime<Utc>,
    /// The last change to the case or to any of its requests (UTC).
    pub updated_at: DateTime<Utc>,
}

/// Order of the drafts list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum DraftSort {
    /// Most recently changed first.
    #[default]
    UpdatedDesc,
    /// Least recently changed first.
    UpdatedAsc,
    /// By title (search-normalized, so case and diacritics do not matter).
    Title,
}

/// One edit of one field. `value: null` clears the field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct FieldChange {
    /// A field path from the form schema, e.g. `content.case_reference`.
    pub path: String,
    /// The new value; `null` clears.
    pub value: serde_json::Value,
}

/// The answer to a successful save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SaveReceipt {
    /// The draft saved.
    pub id: Uuid,
    /// Its new `updated_at` (UTC), as stored.
    pub updated_at: DateTime<Utc>,
}

/// User settings, stored in the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Settings {
    /// UI language: a shipped locale (`"en"` or `"ar"`).
    pub language: String,
}

/// Facts about the running app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AppInfo {
    /// The app version (Cargo package version).
    pub version: String,
    /// The data directory in use.
    pub data_dir: String,
    /// The database schema version this app writes.
    pub schema_version: u32,
    /// The largest draft file `import_draft` accepts, in bytes (the UI checks a file's size
    /// before reading it).
    pub max_import_bytes: u32,
}

impl AppInfo {
    /// The facts for this build, with `data_dir` as the data directory.
    pub fn new(data_dir: &std::path::Path) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            data_dir: data_dir.display().to_string(),
            schema_version: crate::store::SCHEMA_VERSION,
            // 5 MiB: fits in u32 (checked by a const assertion in exchange.rs).
            max_import_bytes: crate::exchange::MAX_IMPORT_BYTES as u32,
        }
    }
}

/// Parses a case id received as text; a malformed id is reported as `case-not-found`.
pub fn parse_case_id(id: &str) -> Result<Uuid, Error> {
    Uuid::parse_str(id.trim()).map_err(|_| Error::CaseNotFound { id: id.to_owned() })
}

/// Parses a draft id received as text. A malformed id cannot name a draft, so it is reported
/// as `draft-not-found`.
pub fn parse_draft_id(id: &str) -> Result<Uuid, Error> {
    Uuid::parse_str(id.trim()).map_err(|_| Error::DraftNotFound { id: id.to_owned() })
}

/// Current time truncated to microseconds: the precision the store keeps, so that a value
/// returned before and after a round trip through the database compares equal.
pub fn now_utc() -> DateTime<Utc> {
    let now = Utc::now();
    DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_serialize_as_contract_strings() {
        for kind in DraftKind::ALL {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json, kind.as_str());
            assert_eq!(kind.as_str().parse::<DraftKind>().unwrap(), kind);
        }
        assert_eq!(
            "treaty".parse::<DraftKind>().unwrap_err(),
            Error::UnknownKind {
                kind: "treaty".into()
            }
        );
    }

    #[test]
    fn sort_serializes_as_contract_strings() {
        let names: Vec<_> = [
            DraftSort::UpdatedDesc,
            DraftSort::UpdatedAsc,
            DraftSort::Title,
        ]
        .into_iter()
        .map(|s| serde_json::to_value(s).unwrap())
        .collect();
        assert_eq!(names, ["updated_desc", "updated_asc", "title"]);
    }

    #[test]
    fn draft_fields_are_snake_case() {
        let d = Draft {
            id: Uuid::nil(),
            kind: DraftKind::ProvisionalArrest,
            title: "t".into(),
            requesting_state: Some("JO".into()),
            requested_state: None,
            created_at: now_utc(),
            updated_at: now_utc(),
            content: BTreeMap::new(),
            case_id: Some(Uuid::nil()),
            case_title: Some("c".into()),
        };
        let v = serde_json::to_value(&d).unwrap();
        assert_eq!(v["kind"], "provisional_arrest");
        assert!(v.get("requesting_state").is_some() && v.get("updated_at").is_some());
        let back: Draft = serde_json::from_value(v).unwrap();
        assert_eq!(back, d);
    }

    #[test]
    fn bad_ids_are_not_found() {
        assert!(matches!(
            parse_draft_id("nope"),
            Err(Error::DraftNotFound { .. })
        ));
        assert_eq!(
            parse_draft_id(&Uuid::nil().to_string()).unwrap(),
            Uuid::nil()
        );
    }
}
