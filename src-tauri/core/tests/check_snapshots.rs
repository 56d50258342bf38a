//! Snapshot tests of the checker: every exchange file in `tests/fixtures/check/` is imported
//! (validated like the app's import) and checked; the report must equal `<name>.expected.json`.
//! Regenerate the snapshots after an intended change:
//!
//!   MLA_UPDATE_SNAPSHOTS=1 cargo test -p mla-core --test check_snapshots
//!
//! Beyond equality: each `code-<CODE>` fixture reports `<CODE>`; each `complete-<type>` has no
//! finding and full completeness; each `incomplete-<type>` misses items of its measure; every
//! rule code and every measure type has its fixtures.

use std::path::{Path, PathBuf};

use mla_core::check::{check_draft, rules, CheckReport};
use mla_core::exchange::parse_import;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/check")
}

fn fixtures() -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(dir())
        .expect("tests/fixtures/check exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.to_string_lossy().ends_with(".expected.json")
        })
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, p)
        })
        .collect();
    out.sort();
    out
}

fn report(path: &Path) -> CheckReport {
    let bytes = std::fs::read(path).unwrap();
    let draft = parse_import(&bytes).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
    check_draft(&draft)
}

#[test]
fn reports_match_snapshots() {
    let update = std::env::var_os("MLA_UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    for (name, path) in fixtures() {
        let mut got = serde_json::to_string_pretty(&report(&path)).unwrap();
        got.push('\n');
        let expected_path = dir().join(format!("{name}.expected.json"));
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == got => {}
            Ok(_) => failures.push(format!("{name}: differs from {name}.expected.json")),
            Err(_) => failures.push(format!("{name}: no {name}.expected.json")),
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(MLA_UPDATE_SNAPSHOTS=1 regenerates after an intended change)",
        failures.join("\n")
    );
}

#[test]
fn every_code_and_measure_type_has_its_fixtures() {
    let names: Vec<String> = fixtures().into_iter().map(|(n, _)| n).collect();
    for code in rules::codes() {
        assert!(
            names.contains(&format!("code-{code}")),
            "no fixture for {code}"
        );
    }
    for kind in mla_core::schema::MEASURE_TYPES {
        for prefix in ["complete", "incomplete"] {
            assert!(
                names.contains(&format!("{prefix}-{kind}")),
                "no {prefix}-{kind}"
            );
        }
    }
}

#[test]
fn fixtures_show_what_their_names_say() {
    for (name, path) in fixtures() {
        let r = report(&path);
        let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
        if let Some(code) = name.strip_prefix("code-") {
            assert!(codes.contains(&code), "{name}: {codes:?}");
        } else if name.starts_with("complete-") {
            assert!(codes.is_empty(), "{name}: {codes:?}");
            assert_eq!(r.completeness.done, r.completeness.total, "{name}");
        } else if name.starts_with("incomplete-") {
            assert!(codes.contains(&"MLA-C002"), "{name}: {codes:?}");
            assert!(r.completeness.done < r.completeness.total, "{name}");
        }
    }
}
