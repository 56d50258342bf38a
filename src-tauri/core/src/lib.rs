//! `mla-core`: the MLA Desk engine.
//!
//! All domain logic lives here, free of Tauri and WebKit: the request model ([`model`]), the form
//! schema ([`schema`]), the drafts store ([`store`]), the States list ([`states`]), search
//! normalisation ([`text`]), localisation ([`l10n`]), typed errors ([`error`]), the exchange file
//! format ([`exchange`]) and the data directory ([`paths`]). The Tauri shell and the `mla` CLI
//! are thin callers.

pub mod check;
pub mod error;
pub mod exchange;
pub mod l10n;
pub mod model;
pub mod paths;
pub mod schema;
pub mod states;
pub mod store;
pub mod text;

pub use check::{check_draft, CheckReport, Diagnostic, Severity};
pub use error::{Error, ErrorPayload, Result};
pub use l10n::Localizer;
pub use model::{
    AppInfo, CaseSummary, Draft, DraftKind, DraftSort, DraftSummary, FieldChange, SaveReceipt,
    Settings,
};
pub use schema::{form_schema, Citation, Condition, FieldDef, FieldInput, FormSchema, StepDef};
pub use states::{StateInfo, StateKind};
pub use store::Store;
