//! Draft commands: list, create, read, autosave updates, duplicate, delete, import, export.
//! Ids arrive as text; a malformed id is reported as `draft-not-found`.

use mla_core::model::parse_draft_id;
use mla_core::{Draft, DraftKind, DraftSort, DraftSummary, FieldChange, SaveReceipt};
use tauri::State;

use crate::{AppError, AppState};

/// Drafts matching `query` (search-normalized; `null` for all), in `sort` order.
#[tauri::command]
#[specta::specta]
pub async fn list_drafts(
    state: State<'_, AppState>,
    query: Option<String>,
    sort: DraftSort,
) -> Result<Vec<DraftSummary>, AppError> {
    state
        .run(move |s| s.list_drafts(query.as_deref(), sort))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn create_draft(state: State<'_, AppState>, kind: DraftKind) -> Result<Draft, AppError> {
    state.run(move |s| s.create_draft(kind)).await
}

#[tauri::command]
#[specta::specta]
pub async fn get_draft(state: State<'_, AppState>, id: String) -> Result<Draft, AppError> {
    state.run(move |s| s.get_draft(parse_draft_id(&id)?)).await
}

/// Applies field changes in one transaction (the autosave call).
#[tauri::command]
#[specta::specta]
pub async fn update_draft(
    state: State<'_, AppState>,
    id: String,
    changes: Vec<FieldChange>,
) -> Result<SaveReceipt, AppError> {
    state
        .run(move |s| s.update_draft(parse_draft_id(&id)?, &changes))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn duplicate_draft(state: State<'_, AppState>, id: String) -> Result<Draft, AppError> {
    state
        .run(move |s| s.duplicate_draft(parse_draft_id(&id)?))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_draft(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    state
        .run(move |s| s.delete_draft(parse_draft_id(&id)?))
        .await
}

/// Imports the bytes of a draft file (`"format": "mla-desk/1"`), exactly as read from disk: the
/// engine alone validates them (size, UTF-8, JSON, fields), as for the CLI; then it writes the
/// draft in one transaction.
#[tauri::command]
#[specta::specta]
pub async fn import_draft(state: State<'_, AppState>, bytes: Vec<u8>) -> Result<Draft, AppError> {
    state.run(move |s| s.import_draft(&bytes)).await
}

/// The draft as the text of a draft file.
#[tauri::command]
#[specta::specta]
pub async fn export_draft(state: State<'_, AppState>, id: String) -> Result<String, AppError> {
    state
        .run(move |s| s.export_draft(parse_draft_id(&id)?))
        .await
}
