//! Embeds every `locales/<lang>/*.ftl` file at compile time.
//!
//! Writes `$OUT_DIR/locales.rs` with one `include_str!` per file, so a changed file rebuilds the
//! crate through rustc's dependency tracking, and a new or removed file through the
//! `rerun-if-changed` on the directory below.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let locales = manifest.join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    println!("cargo:rerun-if-changed=build.rs");

    let mut files = Vec::new();
    if let Ok(langs) = fs::read_dir(&locales) {
        for lang in langs.flatten() {
            let lang_path = lang.path();
            let Some(lang_name) = lang.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            if !lang_path.is_dir() {
                continue;
            }
            let Ok(entries) = fs::read_dir(&lang_path) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "ftl") && path.is_file() {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    let abs = fs::canonicalize(&path).unwrap_or(path);
                    files.push((lang_name.clone(), name, abs));
                }
            }
        }
    }
    files.sort();

    let mut out = String::from(
        "/// Every embedded Fluent file: (language, file name, source).\n\
         pub(crate) static LOCALE_FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (lang, name, path) in &files {
        let path = path.to_string_lossy();
        writeln!(out, "    ({lang:?}, {name:?}, include_str!({path:?})),")
            .expect("write to String");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("write locales.rs");
}
