//! The request checker: completeness, nexus, specificity and translation findings of a draft.

use mla_core::model::parse_draft_id;
use mla_core::CheckReport;
use tauri::State;

use crate::{AppError, AppState};

/// Checks the stored draft `id` (`mla_core::check_draft`): completeness `{done, total}` and
/// the findings, each with its code, severity, Fluent message id, args, citations and path.
#[tauri::command]
#[specta::specta]
pub async fn check_draft(state: State<'_, AppState>, id: String) -> Result<CheckReport, AppError> {
    state
        .run(move |s| Ok(mla_core::check_draft(&s.get_draft(parse_draft_id(&id)?)?)))
        .await
}
