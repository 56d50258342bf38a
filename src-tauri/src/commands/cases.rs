//! Case commands: a case holds the facts, offences and persons that its requests (drafts)
//! share. Ids arrive as text; a malformed case id is reported as `case-not-found`.

use mla_core::model::parse_case_id;
use mla_core::{CaseSummary, Draft, DraftKind};
use tauri::State;

use crate::{AppError, AppState};

/// Cases matching `query` (search-normalized, on the case title and its requests' titles and
/// case references; `null` for all), most recently changed first.
#[tauri::command]
#[specta::specta]
pub async fn list_cases(
    state: State<'_, AppState>,
    query: Option<String>,
) -> Result<Vec<CaseSummary>, AppError> {
    state.run(move |s| s.list_cases(query.as_deref())).await
}

/// A new request of `kind` in the case `case_id`, drawing on its facts, offences and persons and
/// carrying over the requesting side and output languages from the case's latest request.
#[tauri::command]
#[specta::specta]
pub async fn create_draft_in_case(
    state: State<'_, AppState>,
    case_id: String,
    kind: DraftKind,
) -> Result<Draft, AppError> {
    state
        .run(move |s| s.create_draft_in_case(parse_case_id(&case_id)?, kind))
        .await
}

/// Renames a case (single-line text; `""` clears the title).
#[tauri::command]
#[specta::specta]
pub async fn rename_case(
    state: State<'_, AppState>,
    case_id: String,
    title: String,
) -> Result<CaseSummary, AppError> {
    state
        .run(move |s| s.rename_case(parse_case_id(&case_id)?, &title))
        .await
}
