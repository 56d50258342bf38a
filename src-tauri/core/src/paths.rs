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
    ensure_dir(&dir)?;
    Ok(dir)
}

/// Creates `dir` (and its parents) if needed. A file in its place, or a file on its path, is
/// `io-failed` with reason `not-a-directory` (the OS says "File exists" for the former).
pub fn ensure_dir(dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(|e| match Error::io(dir, &e) {
        Error::Io { path, detail, .. }
            if e.kind() == std::io::ErrorKind::AlreadyExists && !dir.is_dir() =>
        {
            Error::Io {
                path,
                reason: IoReason::NotADirectory,
                detail,
            }
        }
        other => other,
    })
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
    fn a_file_in_place_of_the_dir_is_not_a_directory() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("file");
        std::fs::write(&file, b"x").unwrap();
        for dir in [file.clone(), file.join("sub")] {
            match data_dir(Some(&dir)).unwrap_err() {
                Error::Io { path, reason, .. } => {
                    assert_eq!(reason, IoReason::NotADirectory, "{dir:?}");
                    assert_eq!(path, dir.display().to_string());
                }
                other => panic!("{other:?}"),
            }
        }
        assert!(matches!(
            crate::Store::open(&file).unwrap_err(),
            Error::Io {
                reason: IoReason::NotADirectory,
                ..
            }
        ));
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
