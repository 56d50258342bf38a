//! The app's own command line. Only `--data-dir DIR` (or `--data-dir=DIR`) is understood; the
//! data directory then resolves as `--data-dir` > `MLA_DESK_DATA_DIR` > XDG (mla-core's paths).

use std::ffi::OsString;
use std::path::PathBuf;

/// The value of `--data-dir` in `args` (the first item, the program name, is skipped).
pub fn data_dir_arg<I: IntoIterator<Item = OsString>>(args: I) -> Option<PathBuf> {
    let mut it = args.into_iter().skip(1);
    while let Some(arg) = it.next() {
        if arg == "--data-dir" {
            return it.next().map(PathBuf::from);
        }
        if let Some(s) = arg.to_str() {
            if let Some(v) = s.strip_prefix("--data-dir=") {
                return Some(PathBuf::from(v));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn parses_data_dir() {
        assert_eq!(
            data_dir_arg(args(&["app", "--data-dir", "/x y"])),
            Some("/x y".into())
        );
        assert_eq!(
            data_dir_arg(args(&["app", "-v", "--data-dir=/z"])),
            Some("/z".into())
        );
        assert_eq!(data_dir_arg(args(&["app"])), None);
        assert_eq!(data_dir_arg(args(&["app", "--data-dir"])), None);
        assert_eq!(
            data_dir_arg(args(&["--data-dir", "/prog-name-is-skipped"])),
            None
        );
    }
}
