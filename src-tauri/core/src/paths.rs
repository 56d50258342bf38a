//! The data directory: `--data-dir` flag > `MLA_DESK_DATA_DIR` > the XDG data dir.

use std::path::{Path, PathBuf};

use crate::error::{Error, IoReason};

/// Environment variable that overrides the data directory (tests use it).
pub const DATA_DIR_ENV: &str = "MLA_DESK_DATA_DIR";
/// File name of the drafts database inside the data directory.
pub const DB_FILE_NAME: &str = "drafts.sqlite3";

/// Resolves the data directory without creating it: `flag` if given, else a non-empty
/// `MLA_DESK_DATA_DIR`, else `ProjectDirs::from("org", "MLA Desk", "mla-desk").data_dir()`
/// (`~/.local/share/mla-desk` on Linux).
pub fn resolve_data_dir(flag: Option<&Path>) -> Result<PathBuf, Error> {
    if let Some(dir) = flag {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "MLA Desk", "mla-desk")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or_else(|| Error::Io {
            path: "~".to_owned(),
            reason: IoReason::NoHomeDir,
            detail: "no home directory to hold the data directory".to_owned(),
        })
}

/// Resolves the data directory (see [`resolve_data_dir`]) and creates it if needed.
pub fn data_dir(flag: Option<&Path>) -> Result<PathBuf, Error> {
    let dir = resolve_data_dir(flag)?;
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, &e))?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_wins_and_dir_is_created() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("a/b");
        assert_eq!(data_dir(Some(&dir)).unwrap(), dir);
        assert!(dir.is_dir());
    }

    #[test]
    fn uncreatable_dir_is_an_io_error() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("file");
        std::fs::write(&file, b"x").unwrap();
        assert_eq!(
            data_dir(Some(&file.join("sub"))).unwrap_err().code(),
            "io-failed"
        );
    }
}
