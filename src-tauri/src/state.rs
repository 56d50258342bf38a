//! The managed state: the opened drafts store, or the error that prevented opening it.
//!
//! If opening fails (e.g. the database is newer than the app), the app still starts and every
//! store-backed command returns that error, so the UI can show it localized.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use mla_core::error::DbReason;
use mla_core::Store;

use crate::AppError;

type SharedStore = Arc<Mutex<Result<Store, AppError>>>;

pub struct AppState {
    data_dir: Result<PathBuf, AppError>,
    store: SharedStore,
}

impl AppState {
    /// Resolves the data directory (`flag` > `MLA_DESK_DATA_DIR` > XDG) and opens the store.
    pub fn open(flag: Option<PathBuf>) -> Self {
        let data_dir = mla_core::paths::data_dir(flag.as_deref()).map_err(AppError::from);
        let store = match &data_dir {
            Ok(dir) => Store::open(dir).map_err(AppError::from),
            Err(e) => Err(e.clone()),
        };
        if let Err(e) = &store {
            eprintln!(
                "mla-desk: cannot open the drafts store: {} {:?}",
                e.code, e.args
            );
        }
        AppState {
            data_dir,
            store: Arc::new(Mutex::new(store)),
        }
    }

    /// The resolved data directory.
    pub fn data_dir(&self) -> Result<&PathBuf, AppError> {
        self.data_dir.as_ref().map_err(Clone::clone)
    }

    /// Runs `f` on the open store on a blocking thread (SQLite work and waiting for the store's
    /// lock never hold up the async runtime); returns the opening error if there is no store.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> mla_core::Result<T> + Send + 'static,
    ) -> Result<T, AppError> {
        let store = Arc::clone(&self.store);
        tauri::async_runtime::spawn_blocking(move || with_store(&store, f))
            .await
            .unwrap_or_else(|e| {
                // `f` panicked: report it like any unexpected database failure.
                Err(AppError::from(mla_core::Error::Db {
                    reason: DbReason::Other,
                    detail: format!("the operation stopped unexpectedly: {e}"),
                }))
            })
    }
}

/// Runs `f` on the open store, or returns the opening error.
fn with_store<T>(
    store: &SharedStore,
    f: impl FnOnce(&mut Store) -> mla_core::Result<T>,
) -> Result<T, AppError> {
    match lock(store).as_mut() {
        Ok(store) => f(store).map_err(AppError::from),
        Err(e) => Err(e.clone()),
    }
}

fn lock(store: &SharedStore) -> MutexGuard<'_, Result<Store, AppError>> {
    // A panic inside a command must not brick every later command: the store itself stays
    // consistent (SQLite transactions), so recover the guard.
    store
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
