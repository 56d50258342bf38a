//! IPC commands (`#[tauri::command]` + `#[specta::specta]`). Each is a thin call into mla-core and
//! returns `Result<T, AppError>`. They are `async` so they run off the main (UI) thread.

pub mod app;
pub mod cases;
pub mod check;
pub mod drafts;
pub mod reference;
