//! App-level commands: version/data dir, settings.

use mla_core::{AppInfo, Settings};
use tauri::State;

use crate::{AppError, AppState};

/// Version, data directory and schema version. Answers even when the store could not be opened
/// (the data directory is then the one that failed), so the UI can say where the problem is.
#[tauri::command]
#[specta::specta]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, AppError> {
    match state.with_store(|s| Ok(s.app_info())) {
        Ok(info) => Ok(info),
        Err(_) => Ok(AppInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            data_dir: state.data_dir()?.display().to_string(),
            schema_version: mla_core::store::SCHEMA_VERSION,
        }),
    }
}

#[tauri::command]
#[specta::specta]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings, AppError> {
    state.with_store(|s| s.get_settings())
}

/// Chooses and remembers the UI language (`"en"` or `"ar"`).
#[tauri::command]
#[specta::specta]
pub async fn set_language(
    state: State<'_, AppState>,
    language: String,
) -> Result<Settings, AppError> {
    state.with_store(|s| s.set_language(&language))
}
