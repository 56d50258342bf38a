//! App-level commands: version/data dir, settings.

use mla_core::{AppInfo, Settings};
use tauri::State;

use crate::{AppError, AppState};

/// Version, data directory and schema version. Answers even when the store could not be opened
/// (the data directory is then the one that failed), so the UI can say where the problem is.
#[tauri::command]
#[specta::specta]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, AppError> {
    match state.run(|s| Ok(s.app_info())).await {
        Ok(info) => Ok(info),
        Err(_) => Ok(AppInfo::new(state.data_dir()?)),
    }
}

#[tauri::command]
#[specta::specta]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings, AppError> {
    state.run(|s| s.get_settings()).await
}

/// Chooses and remembers the UI language (`"en"` or `"ar"`).
#[tauri::command]
#[specta::specta]
pub async fn set_language(
    state: State<'_, AppState>,
    language: String,
) -> Result<Settings, AppError> {
    state.run(move |s| s.set_language(&language)).await
}
