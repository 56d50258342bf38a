//! Acceptance tests of the `mla` command line (package `mla-core`), run as a real process with
//! `MLA_DESK_DATA_DIR` pointing at a fresh temporary directory.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

const VALID_ID: &str = "3f6c1e2a-9b4d-4c8e-a1f0-5d7e2b9c4a61";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// The `mla` binary, built once per test run.
fn mla_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        escargot::CargoBuild::new()
            .manifest_path(workspace_root().join("Cargo.toml"))
            .package("mla-core")
            .bin("mla")
            .current_release()
            .run()
            .expect("cargo builds the mla binary")
            .path()
            .to_path_buf()
    })
}

/// One data directory and the commands run against it.
struct Env {
    dir: tempfile::TempDir,
}

/// What a run printed and how it exited.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    #[track_caller]
    fn success(self) -> Run {
        assert_eq!(
            self.code,
            Some(0),
            "stdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    #[track_caller]
    fn failure(self, code: i32) -> Run {
        assert_eq!(
            self.code,
            Some(code),
            "stdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        self
    }
}

impl Env {
    fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("drafts.sqlite3")
    }

    fn run(&self, args: &[&str]) -> Run {
        let out = Command::new(mla_bin())
            .args(args)
            .env("MLA_DESK_DATA_DIR", self.dir.path())
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .expect("mla runs");
        Run::from(out)
    }

    fn import(&self, name: &str) -> Run {
        self.run(&[
            "drafts",
            "import",
            fixture(name).to_str().expect("utf-8 path"),
        ])
    }

    fn list(&self) -> String {
        self.run(&["drafts", "list"]).success().stdout
    }
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

#[test]
fn help_lists_the_commands_in_both_languages() {
    let env = Env::new();
    let en = env.run(&["--help"]).success().stdout;
    for word in ["drafts", "states", "--data-dir", "--lang", "Options"] {
        assert!(en.contains(word), "{word} missing in:\n{en}");
    }
    let ar = env.run(&["--lang", "ar", "--help"]).success().stdout;
    assert!(
        ar.contains("مسودات الطلبات") && ar.contains("الخيارات"),
        "{ar}"
    );
    let sub = env.run(&["drafts", "import", "--help"]).success().stdout;
    assert!(sub.contains("Exchange file"), "{sub}");
}

#[test]
fn usage_errors_exit_with_2() {
    let env = Env::new();
    let run = env.run(&["drafts", "frobnicate"]).failure(2);
    assert!(run.stderr.contains("mla --help"), "{}", run.stderr);
    env.run(&["--lang", "xx", "drafts", "list"]).failure(2);
}

#[test]
fn list_on_an_empty_data_dir() {
    let env = Env::new();
    assert_eq!(env.list().trim(), "No drafts.");
    assert!(
        env.db().is_file(),
        "the database is created in MLA_DESK_DATA_DIR"
    );
    assert_eq!(
        env.run(&["--lang", "ar", "drafts", "list"])
            .success()
            .stdout
            .trim(),
        "لا توجد مسودات."
    );
}

#[test]
fn import_then_list_and_export_round_trip() {
    let env = Env::new();
    let id = env.import("valid-mla.json").success().stdout;
    assert_eq!(id.trim(), VALID_ID, "an unused id is kept");

    let list = env.list();
    let header = list.lines().next().unwrap_or_default();
    for col in [
        "ID",
        "Kind",
        "Title",
        "Case",
        "Requested State",
        "Last changed",
    ] {
        assert!(header.contains(col), "{col} missing in {header}");
    }
    let row = list
        .lines()
        .find(|l| l.contains(VALID_ID))
        .expect("the draft is listed");
    assert!(
        row.contains("Bank records — Horizon Trading LLC") && row.contains("Egypt"),
        "{row}"
    );
    assert!(row.contains("MLA"), "{row}");
    assert!(
        row.contains("Horizon Trading LLC (8d2b7c1e)"),
        "the case title and the start of its id: {row}"
    );
    let ar = env
        .run(&["--lang", "ar", "drafts", "list"])
        .success()
        .stdout;
    assert!(
        ar.contains("مصر") && ar.contains("الدولة متلقية الطلب") && ar.contains("القضية"),
        "{ar}"
    );

    let exported = env.run(&["drafts", "export", VALID_ID]).success().stdout;
    let original = std::fs::read_to_string(fixture("valid-mla.json")).expect("fixture");
    assert_eq!(
        json(&exported),
        json(&original),
        "export gives back the imported file"
    );

    // Importing the export again never overwrites: a new id is printed.
    let export_file = env.dir.path().join("export.json");
    std::fs::write(&export_file, &exported).expect("write export");
    let second = env
        .run(&["drafts", "import", export_file.to_str().expect("utf-8")])
        .success();
    let second_id = second.stdout.trim();
    assert_ne!(second_id, VALID_ID);
    assert_eq!(env.list().lines().count(), 3, "header and two drafts");
    let copy = json(&env.run(&["drafts", "export", second_id]).success().stdout);
    assert_eq!(copy["title"], json(&original)["title"]);
    assert_eq!(
        json(&env.run(&["drafts", "export", VALID_ID]).success().stdout),
        json(&original)
    );
}

#[test]
fn malformed_json_names_line_and_column_and_leaves_the_database_unchanged() {
    let env = Env::new();
    env.import("valid-mla.json").success();
    let list_before = env.list();
    let export_before = env.run(&["drafts", "export", VALID_ID]).success().stdout;

    let run = env.import("malformed.json");
    assert_ne!(run.code, Some(0));
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("line 5") && run.stderr.contains("column 3"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "{}", run.stdout);

    assert_eq!(env.list(), list_before);
    assert_eq!(
        env.run(&["drafts", "export", VALID_ID]).success().stdout,
        export_before
    );

    assert!(
        run.stderr
            .contains("a comma or a closing bracket is missing"),
        "the reason is a localized sentence: {}",
        run.stderr
    );

    let ar = env.run(&[
        "--lang",
        "ar",
        "drafts",
        "import",
        fixture("malformed.json").to_str().unwrap(),
    ]);
    assert!(
        ar.stderr.contains("السطر 5") && ar.stderr.contains("العمود 3"),
        "{}",
        ar.stderr
    );
    assert!(ar.stderr.contains("فاصلة"), "{}", ar.stderr);
}

#[test]
fn duplicate_keys_are_refused_naming_the_key() {
    let env = Env::new();
    let run = env.import("duplicate-key.json").failure(1);
    assert!(
        run.stderr.contains("requested_state") && run.stderr.contains("more than once"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("line 6"), "{}", run.stderr);
    let ar = env.run(&[
        "--lang",
        "ar",
        "drafts",
        "import",
        fixture("duplicate-key.json").to_str().unwrap(),
    ]);
    assert!(
        ar.stderr.contains("requested_state") && ar.stderr.contains("أكثر من مرة"),
        "{}",
        ar.stderr
    );
    assert_eq!(env.list().trim(), "No drafts.", "nothing was written");
}

/// The Latin-script words an Arabic error may contain besides the quoted data: product, format
/// and standard names.
const LATIN_ALLOWED_IN_ARABIC: [&str; 8] =
    ["MLA", "Desk", "JSON", "UTF", "UUID", "RFC", "mla", "desk"];

/// Latin-script words in an Arabic error line, once `data` (paths, values quoted from the file)
/// and the technical detail (the system's own text, shown last) are taken out.
fn english_fragments(stderr: &str, data: &[&str]) -> Vec<String> {
    let mut text = stderr
        .split("التفاصيل الفنية:")
        .next()
        .unwrap_or("")
        .to_owned();
    for d in data {
        text = text.replace(d, "");
    }
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty() && !LATIN_ALLOWED_IN_ARABIC.contains(w))
        .map(str::to_owned)
        .collect()
}

#[test]
fn arabic_errors_have_no_english_fragments() {
    let env = Env::new();
    let cases: [(&str, &[&str]); 5] = [
        ("malformed.json", &[]),
        ("invalid-state.json", &["requested_state", "XX"]),
        ("unknown-field.json", &["content.secret_notes"]),
        ("wrong-format.json", &["mla-desk/99", "mla-desk/1"]),
        ("duplicate-key.json", &["requested_state"]),
    ];
    for (name, data) in cases {
        let run = env.run(&[
            "--lang",
            "ar",
            "drafts",
            "import",
            fixture(name).to_str().unwrap(),
        ]);
        assert_eq!(run.code, Some(1), "{name}: {}", run.stderr);
        let latin = english_fragments(&run.stderr, data);
        assert!(latin.is_empty(), "{name}: {latin:?} in {}", run.stderr);
    }
    // A file error: the sentence is Arabic, the system's detail comes after it.
    let run = env
        .run(&["--lang", "ar", "drafts", "import", "/nonexistent/file.json"])
        .failure(1);
    assert!(run.stderr.contains("غير موجود"), "{}", run.stderr);
    assert!(run.stderr.contains("التفاصيل الفنية:"), "{}", run.stderr);
    let latin = english_fragments(&run.stderr, &["/nonexistent/file.json"]);
    assert!(latin.is_empty(), "{latin:?} in {}", run.stderr);
    // The invalid State's reason is a full Arabic sentence quoting the code.
    let run = env
        .run(&[
            "--lang",
            "ar",
            "drafts",
            "import",
            fixture("invalid-state.json").to_str().unwrap(),
        ])
        .failure(1);
    assert!(run.stderr.contains("«XX» ليس رمز دولة"), "{}", run.stderr);
}

#[test]
fn unknown_and_invalid_fields_name_their_path() {
    let env = Env::new();
    let run = env.import("unknown-field.json").failure(1);
    assert!(
        run.stderr.contains("content.secret_notes"),
        "{}",
        run.stderr
    );
    let run = env.import("invalid-state.json").failure(1);
    assert!(
        run.stderr.contains("requested_state") && run.stderr.contains("XX"),
        "{}",
        run.stderr
    );
    let run = env.import("wrong-format.json").failure(1);
    assert!(run.stderr.contains("mla-desk/99"), "{}", run.stderr);
    assert_eq!(env.list().trim(), "No drafts.", "nothing was written");
}

#[test]
fn too_large_and_missing_files_are_refused() {
    let env = Env::new();
    let big = env.dir.path().join("big.json");
    std::fs::write(&big, vec![b' '; 5 * 1024 * 1024 + 1]).expect("write big file");
    let run = env
        .run(&["drafts", "import", big.to_str().unwrap()])
        .failure(1);
    assert!(run.stderr.contains("too large"), "{}", run.stderr);
    let run = env
        .run(&["drafts", "import", "/nonexistent/file.json"])
        .failure(1);
    assert!(
        run.stderr.contains("/nonexistent/file.json")
            && run.stderr.contains("it does not exist")
            && run.stderr.contains("Technical detail:"),
        "{}",
        run.stderr
    );
    let run = env
        .run(&["drafts", "export", "00000000-0000-0000-0000-000000000000"])
        .failure(1);
    assert!(run.stderr.contains("No draft"), "{}", run.stderr);
}

#[test]
fn a_database_from_a_newer_app_is_refused_with_a_clear_message() {
    let env = Env::new();
    env.list();
    let db = env.db();
    assert!(
        !db.with_extension("sqlite3-wal").exists(),
        "the WAL was checkpointed on close"
    );
    // The SQLite header keeps `user_version` as a big-endian u32 at offset 60.
    let mut bytes = std::fs::read(&db).expect("read db");
    bytes[60..64].copy_from_slice(&999u32.to_be_bytes());
    std::fs::write(&db, &bytes).expect("write db");

    let run = env.run(&["drafts", "list"]).failure(1);
    assert!(
        run.stderr.contains("newer version of MLA Desk"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("999"), "{}", run.stderr);
    let ar = env.run(&["--lang", "ar", "drafts", "list"]).failure(1);
    assert!(ar.stderr.contains("إصدار أحدث"), "{}", ar.stderr);
    let after = std::fs::read(&db).expect("read db");
    assert_eq!(
        after[60..64],
        999u32.to_be_bytes(),
        "the refused database is not migrated"
    );
}

#[test]
fn states_search_ignores_diacritics_and_tatweel() {
    let env = Env::new();
    let out = env.run(&["states", "search", "مـصـر"]).success().stdout;
    assert!(
        out.lines()
            .any(|l| l.starts_with("EG") && l.contains("Egypt")),
        "{out}"
    );
    let out = env
        .run(&["--lang", "ar", "states", "search", "الأُرْدُنّ"])
        .success()
        .stdout;
    assert!(
        out.lines()
            .any(|l| l.starts_with("JO") && l.contains("الأردن")),
        "{out}"
    );
    let out = env.run(&["states", "search", "icc"]).success().stdout;
    assert!(out.contains("International Criminal Court"), "{out}");
}

#[test]
fn states_search_needs_no_data_dir_and_a_file_as_data_dir_is_named_clearly() {
    let env = Env::new();
    let missing = env.dir.path().join("not-yet");
    let flag = missing.to_str().expect("utf-8 path");
    let out = env
        .run(&["--data-dir", flag, "states", "search", "egypt"])
        .success()
        .stdout;
    assert!(out.lines().any(|l| l.starts_with("EG")), "{out}");
    assert!(
        !missing.exists(),
        "states search created the data directory"
    );

    let file = env.dir.path().join("a-file");
    std::fs::write(&file, b"x").expect("write");
    let flag = file.to_str().expect("utf-8 path");
    env.run(&["--data-dir", flag, "states", "search", "egypt"])
        .success();
    let run = env.run(&["--data-dir", flag, "drafts", "list"]).failure(1);
    assert!(
        run.stderr.contains("is a file, not a folder"),
        "{}",
        run.stderr
    );
    let run = env
        .run(&["--lang", "ar", "--data-dir", flag, "drafts", "list"])
        .failure(1);
    assert!(run.stderr.contains("ملف وليس مجلدًا"), "{}", run.stderr);
}

/// The checker fixtures (`tests/fixtures/check/*.json`, without the snapshots).
fn check_fixtures() -> Vec<PathBuf> {
    let dir = fixture("check");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/check")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.to_string_lossy().ends_with(".expected.json")
        })
        .collect();
    out.sort();
    out
}

#[test]
fn check_json_is_the_engine_report_and_the_exit_code_tells_blocking() {
    let env = Env::new();
    let files = check_fixtures();
    assert!(files.len() >= 46 + 14, "{} fixtures", files.len());
    for file in files {
        let run = env.run(&["check", "--format", "json", file.to_str().expect("utf-8")]);
        let expected =
            json(&std::fs::read_to_string(file.with_extension("expected.json")).expect("snapshot"));
        let blocking = expected["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .any(|d| d["severity"] == "blocking");
        let run = run.failure(if blocking { 3 } else { 0 });
        assert_eq!(json(&run.stdout), expected, "{}", file.display());
    }
    // Checking a file needs no data directory and creates none.
    assert!(!env.db().exists());
}

#[test]
fn check_text_is_localized_with_labels_paths_and_articles() {
    let env = Env::new();
    let file = fixture("check/code-MLA-C001.json");
    let file = file.to_str().expect("utf-8");
    let en = env.run(&["check", file]).failure(3).stdout;
    for needle in [
        "Completeness: 44 of 45 required items",
        "[Must be fixed] MLA-C001 — Purpose of the request (content.purpose)",
        "Required information is missing.",
        "UNTOC art. 18(15)(f); UNCAC art. 46(15)(f); 1988 Convention art. 7(10)(f)",
    ] {
        assert!(en.contains(needle), "{needle} missing in:\n{en}");
    }
    let ar = env.run(&["--lang", "ar", "check", file]).failure(3).stdout;
    for needle in [
        "الاكتمال: 44 من 45",
        "[يجب تصحيحه] MLA-C001 — الغرض من الطلب (content.purpose)",
        "اتفاقية الجريمة المنظمة، المادة 18(15)(و)؛ اتفاقية مكافحة الفساد، المادة 46(15)(و)",
    ] {
        assert!(ar.contains(needle), "{needle} missing in:\n{ar}");
    }
    // A finding inside a measure names the measure and the field.
    let file = fixture("check/code-MLA-S003.json");
    let out = env
        .run(&["check", file.to_str().expect("utf-8")])
        .success()
        .stdout;
    assert!(
        out.contains("Measure 1 › Documents requested (content.measures[0].document_types)"),
        "{out}"
    );
    assert!(out.contains("[Should be fixed] MLA-S003"), "{out}");
    // A complete request: full completeness, no finding, exit 0.
    let file = fixture("check/complete-preservation.json");
    let out = env
        .run(&["check", file.to_str().expect("utf-8")])
        .success()
        .stdout;
    assert!(out.contains("No findings."), "{out}");
}

#[test]
fn check_refuses_bad_files_and_formats() {
    let env = Env::new();
    let bad = fixture("malformed.json");
    let run = env.run(&["check", bad.to_str().expect("utf-8")]).failure(1);
    assert!(run.stderr.contains("not valid JSON"), "{}", run.stderr);
    let good = fixture("check/complete-records.json");
    env.run(&["check", "--format", "yaml", good.to_str().expect("utf-8")])
        .failure(2);
    let help = env.run(&["check", "--help"]).success().stdout;
    assert!(
        help.contains("--format") && help.contains("Exit code 3"),
        "{help}"
    );
}

#[test]
fn a_second_request_of_a_case_is_imported_into_the_same_case() {
    let env = Env::new();
    env.import("valid-mla.json").success();
    // The same case, to a second State: the file's case-scoped data equals the stored case's,
    // so the request joins it.
    let mut second = json(&std::fs::read_to_string(fixture("valid-mla.json")).expect("fixture"));
    second["id"] = serde_json::Value::Null;
    second["requested_state"] = "FR".into();
    let path = env.dir.path().join("second.json");
    std::fs::write(&path, second.to_string()).expect("write");
    let id = env
        .run(&["drafts", "import", path.to_str().expect("utf-8")])
        .success()
        .stdout;
    let list = env.list();
    let rows: Vec<&str> = list
        .lines()
        .filter(|l| l.contains("Horizon Trading LLC (8d2b7c1e)"))
        .collect();
    assert_eq!(rows.len(), 2, "{list}");
    let exported = json(&env.run(&["drafts", "export", id.trim()]).success().stdout);
    assert_eq!(
        exported["case"]["id"],
        "8d2b7c1e-4f3a-4b6d-9e0c-2a1f5e7d3c94"
    );
    assert_eq!(exported["case"]["title"], "Horizon Trading LLC");
}
