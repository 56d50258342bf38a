//! Reference data that needs no store: the form schema and the States list.

use mla_core::{DraftKind, FormSchema, StateInfo};

use crate::AppError;

/// The form definition (steps, field paths, kinds, Fluent label ids) for a draft kind.
#[tauri::command]
#[specta::specta]
pub async fn form_schema(kind: DraftKind) -> Result<FormSchema, AppError> {
    Ok(mla_core::schema::form_schema(kind))
}

/// UN member States, observer States and the ICC matching `query` (diacritic- and
/// tatweel-insensitive, either script): exact code/name matches first, then word prefixes, then
/// the rest; by name in `language` within each.
#[tauri::command]
#[specta::specta]
pub async fn search_states(query: String, language: String) -> Result<Vec<StateInfo>, AppError> {
    mla_core::states::search_states_checked(&query, &language).map_err(AppError::from)
}
