//! `ui/src/lib/bindings.ts` is generated from the Rust commands and types by tauri-specta.
//! This test regenerates it and fails if the checked-in file differs.
//! Regenerate with: MLA_WRITE_BINDINGS=1 cargo test -p mla-desk bindings

use std::path::{Path, PathBuf};

fn checked_in_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts")
}

fn generate() -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("bindings.ts");
    mla_desk_lib::specta_builder::<tauri::Wry>()
        .export(mla_desk_lib::typescript(), &out)
        .expect("tauri-specta failed to export the TypeScript bindings");
    std::fs::read_to_string(&out).expect("read generated bindings")
}

#[test]
fn bindings_are_deterministic() {
    assert_eq!(generate(), generate(), "two exports of the bindings differ");
}

#[test]
fn bindings_are_up_to_date() {
    let generated = generate();
    let path = checked_in_path();
    if std::env::var_os("MLA_WRITE_BINDINGS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        eprintln!("wrote {}", path.display());
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current != generated {
        let first_diff = current
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || {
                    format!(
                        "(lengths differ: {} vs {} lines)",
                        current.lines().count(),
                        generated.lines().count()
                    )
                },
                |i| format!("first difference at line {}", i + 1),
            );
        panic!(
            "ui/src/lib/bindings.ts is out of date with the Rust commands and types ({first_diff}).\n\
             Regenerate it with:\n\n    MLA_WRITE_BINDINGS=1 cargo test -p mla-desk bindings\n\n\
             and commit the result."
        );
    }
}

#[test]
fn bindings_cover_every_command() {
    let generated = generate();
    for cmd in mla_desk_lib::COMMANDS {
        assert!(
            generated.contains(&format!("\"{cmd}\"")),
            "bindings do not invoke command {cmd}"
        );
    }
}
