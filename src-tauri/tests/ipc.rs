//! IPC through Tauri's mock runtime with the app's real context (tauri.conf.json, capability,
//! ACL): commands round-trip, errors arrive as `{code, args}`, and only the app's own commands
//! are allowed.

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

struct TestApp {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
    _dir: Option<tempfile::TempDir>,
}

fn app_with_state(state: mla_desk_lib::AppState, dir: Option<tempfile::TempDir>) -> TestApp {
    let app = mla_desk_lib::setup(mock_builder(), state)
        .build(mla_desk_lib::context())
        .expect("build the app on the mock runtime");
    let window = match app.get_webview_window("main") {
        Some(w) => w,
        None => tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("main window"),
    };
    TestApp {
        _app: app,
        window,
        _dir: dir,
    }
}

fn app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let state = mla_desk_lib::AppState::open(Some(dir.path().join("data")));
    app_with_state(state, Some(dir))
}

fn invoke_from(t: &TestApp, url: &str, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        &t.window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: url.parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

fn invoke(t: &TestApp, cmd: &str, args: Value) -> Result<Value, Value> {
    invoke_from(t, "tauri://localhost", cmd, args)
}

fn assert_error_payload(v: &Value, code: &str) {
    let obj = v
        .as_object()
        .unwrap_or_else(|| panic!("error is not an object: {v}"));
    let mut keys: Vec<_> = obj.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["args", "code"], "error shape: {v}");
    assert_eq!(obj["code"], code, "error: {v}");
    assert!(obj["args"].is_object(), "args must be an object: {v}");
    assert!(
        obj["args"]
            .as_object()
            .unwrap()
            .values()
            .all(Value::is_string),
        "args are strings: {v}"
    );
}

#[test]
fn command_round_trips() {
    let t = app();
    let info = invoke(&t, "app_info", json!({})).expect("app_info");
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
    assert!(
        info["data_dir"].as_str().unwrap().ends_with("data"),
        "{info}"
    );

    let draft = invoke(&t, "create_draft", json!({"kind": "mla"})).expect("create_draft");
    assert_eq!(draft["kind"], "mla");
    let id = draft["id"].as_str().expect("id is a string").to_string();

    let got = invoke(&t, "get_draft", json!({"id": id})).expect("get_draft");
    assert_eq!(got["id"], draft["id"]);

    let list = invoke(
        &t,
        "list_drafts",
        json!({"query": null, "sort": "updated_desc"}),
    )
    .expect("list_drafts");
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == draft["id"]),
        "{list}"
    );
}

#[test]
fn error_arrives_as_code_and_args() {
    let t = app();
    let missing = "00000000-0000-4000-8000-000000000000";
    let err = invoke(&t, "get_draft", json!({"id": missing})).expect_err("unknown draft");
    assert_error_payload(&err, "draft-not-found");
    assert_eq!(err["args"]["id"], missing);
}

#[test]
fn check_draft_round_trips_a_report_and_reports_unknown_drafts() {
    let t = app();
    let draft = invoke(&t, "create_draft", json!({"kind": "mla"})).expect("create_draft");
    let id = draft["id"].as_str().unwrap().to_string();

    let report = invoke(&t, "check_draft", json!({"id": id})).expect("check_draft");
    let (done, total) = (
        report["completeness"]["done"]
            .as_u64()
            .expect("done is a number"),
        report["completeness"]["total"]
            .as_u64()
            .expect("total is a number"),
    );
    assert!(done < total, "a fresh MLA draft is incomplete: {report}");
    let diagnostics = report["diagnostics"].as_array().expect("diagnostics");
    assert!(
        diagnostics.iter().any(|d| d["severity"] == "blocking"),
        "a fresh MLA draft has blocking findings: {report}"
    );
    for d in diagnostics {
        assert!(d["code"].as_str().unwrap().starts_with("MLA-"), "{d}");
        assert!(
            d["message"].as_str().unwrap().starts_with("check-mla-"),
            "{d}"
        );
        assert!(d["args"].is_object() && d["citations"].is_array(), "{d}");
        assert!(d["path"].is_string() || d["path"].is_null(), "{d}");
    }

    let missing = "00000000-0000-4000-8000-000000000000";
    let err = invoke(&t, "check_draft", json!({"id": missing})).expect_err("unknown draft");
    assert_error_payload(&err, "draft-not-found");
    assert_eq!(err["args"]["id"], missing);
}

#[test]
fn store_open_failure_is_reported_by_commands_and_the_app_keeps_running() {
    // The data directory path is an existing regular file: the store cannot be opened.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, b"x").unwrap();
    let t = app_with_state(mla_desk_lib::AppState::open(Some(file)), Some(dir));
    let err = invoke(
        &t,
        "list_drafts",
        json!({"query": null, "sort": "updated_desc"}),
    )
    .expect_err("no store");
    assert_error_payload(&err, "io-failed");
    assert_eq!(err["args"]["reason"], "not-a-directory", "{err}");
    // The same error again (the app did not crash), and a store-free command still works.
    let again = invoke(&t, "create_draft", json!({"kind": "mla"})).expect_err("no store");
    assert_eq!(again, err);
    invoke(&t, "form_schema", json!({"kind": "mla"})).expect("form_schema needs no store");
}

#[test]
fn every_app_command_is_allowed_for_the_main_window() {
    let t = app();
    for cmd in mla_desk_lib::COMMANDS {
        // Missing/odd arguments are fine: we only check the ACL does not refuse the command.
        if let Err(e) = invoke(&t, cmd, json!({})) {
            let s = e.to_string();
            assert!(!s.contains("not allowed"), "{cmd} refused by the ACL: {s}");
        }
    }
}

#[test]
fn capability_grants_exactly_the_app_commands() {
    let cap: Value = serde_json::from_str(include_str!("../capabilities/main.json")).unwrap();
    let mut granted: Vec<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p.as_str()
                .expect("plain permission identifiers")
                .to_string()
        })
        .collect();
    granted.sort();
    let mut expected: Vec<String> = mla_desk_lib::COMMANDS
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    expected.sort();
    assert_eq!(granted, expected);
    assert_eq!(cap["windows"], json!(["main"]));
}

#[test]
fn core_plugins_and_remote_origins_are_refused() {
    let t = app();
    // No core permission is granted: e.g. the event plugin is not reachable from the page.
    let err = invoke(
        &t,
        "plugin:event|listen",
        json!({"event": "x", "target": {"kind": "Any"}, "handler": 0}),
    )
    .expect_err("event plugin must be refused");
    assert!(err.to_string().contains("not allowed"), "{err}");
    // A remote origin may not call the app's commands.
    let err =
        invoke_from(&t, "https://example.com", "app_info", json!({})).expect_err("remote origin");
    assert!(err.to_string().contains("not allowed"), "{err}");
}

#[test]
fn database_newer_than_the_app_is_reported_to_the_ui() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    drop(mla_core::Store::open(&data).unwrap());
    let conn = rusqlite::Connection::open(data.join("drafts.sqlite3")).unwrap();
    conn.pragma_update(None, "user_version", 9999).unwrap();
    drop(conn);

    let t = app_with_state(mla_desk_lib::AppState::open(Some(data.clone())), Some(dir));
    let err = invoke(
        &t,
        "list_drafts",
        json!({"query": null, "sort": "updated_desc"}),
    )
    .expect_err("newer database");
    assert_error_payload(&err, "db-newer-than-app");
    assert_eq!(err["args"]["found"], "9999");
    assert_eq!(
        err["args"]["supported"],
        mla_core::store::SCHEMA_VERSION.to_string()
    );
    let err = invoke(&t, "get_settings", json!({})).expect_err("newer database");
    assert_error_payload(&err, "db-newer-than-app");
    // app_info still answers, naming the data directory in question.
    let info = invoke(&t, "app_info", json!({})).expect("app_info");
    assert_eq!(info["data_dir"], data.display().to_string());
}

#[test]
fn malformed_import_is_a_localizable_error_and_changes_nothing() {
    let t = app();
    invoke(&t, "create_draft", json!({"kind": "extradition"})).unwrap();
    let err = invoke(
        &t,
        "import_draft",
        json!({"bytes": b"{\n  \"format\": \"mla-desk/1\",\n  oops\n}".to_vec()}),
    )
    .expect_err("malformed");
    assert_error_payload(&err, "import-json-syntax");
    assert_eq!(err["args"]["line"], "3");
    let list = invoke(
        &t,
        "list_drafts",
        json!({"query": null, "sort": "updated_desc"}),
    )
    .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn import_takes_the_file_bytes_and_the_engine_alone_validates_them() {
    let t = app();
    let info = invoke(&t, "app_info", json!({})).expect("app_info");
    assert_eq!(
        info["max_import_bytes"],
        mla_core::exchange::MAX_IMPORT_BYTES as u64,
        "{info}"
    );
    // Invalid UTF-8 (a Latin-1 "é" in the title) is refused as the CLI refuses it; decoding the
    // text in the page would have turned it into U+FFFD and imported it.
    let mut latin1 = br#"{"format": "mla-desk/1", "kind": "mla", "title": "caf"#.to_vec();
    latin1.extend_from_slice(b"\xe9\"}");
    let err = invoke(&t, "import_draft", json!({ "bytes": latin1 })).expect_err("not UTF-8");
    assert_error_payload(&err, "import-json-syntax");
    assert_eq!(err["args"]["reason"], "invalid-utf8", "{err}");
    // Too large is the engine's verdict too.
    let big = vec![b' '; mla_core::exchange::MAX_IMPORT_BYTES + 1];
    let err = invoke(&t, "import_draft", json!({ "bytes": big })).expect_err("too large");
    assert_error_payload(&err, "import-too-large");
    // A valid file (UTF-8 with Arabic) imports.
    let ok = r#"{"format": "mla-desk/1", "kind": "mla", "title": "طلب"}"#;
    let draft = invoke(&t, "import_draft", json!({ "bytes": ok.as_bytes() })).expect("valid");
    assert_eq!(draft["title"], "طلب");
}

#[test]
fn the_main_window_is_created_and_stays_on_the_app_origin() {
    let t = app();
    assert!(t._app.get_webview_window("main").is_some());
    let ok = |u: &str| mla_desk_lib::is_app_url(&u.parse().unwrap());
    assert!(ok("tauri://localhost/"));
    assert!(ok("tauri://localhost/index.html#draft"));
    assert!(ok("http://tauri.localhost/"));
    assert!(ok("ipc://localhost/app_info"));
    assert!(!ok("https://example.com/"));
    assert!(!ok("http://localhost:8080/"));
    assert!(!ok("tauri://evil.example/"));
    assert!(!ok("file:///etc/passwd"));
    assert!(!ok("about:blank"));
    assert!(!ok("data:text/html,hi"));
}

#[test]
fn cases_share_data_across_requests_over_ipc() {
    let t = app();
    let a = invoke(&t, "create_draft", json!({"kind": "mla"})).expect("create_draft");
    let case_id = a["case_id"]
        .as_str()
        .expect("a draft has a case")
        .to_string();
    assert_eq!(a["case_title"], "");
    let person = json!([{"id": "11111111-1111-4111-8111-111111111111", "name_original": "Omar"}]);
    invoke(
        &t,
        "update_draft",
        json!({"id": a["id"], "changes": [{"path": "content.persons", "value": person}]}),
    )
    .expect("update_draft");

    // A second request in the same case sees the person.
    let b = invoke(
        &t,
        "create_draft_in_case",
        json!({"caseId": case_id, "kind": "mla"}),
    )
    .expect("create_draft_in_case");
    assert_eq!(b["case_id"], a["case_id"]);
    assert_eq!(b["content"]["persons"][0]["name_original"], "Omar");

    let renamed = invoke(
        &t,
        "rename_case",
        json!({"caseId": case_id, "title": "Horizon"}),
    )
    .expect("rename_case");
    assert_eq!(renamed["title"], "Horizon");
    assert_eq!(renamed["request_count"], 2);

    let cases = invoke(&t, "list_cases", json!({"query": null})).expect("list_cases");
    let cases = cases.as_array().unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0]["id"], case_id.as_str());
    assert!(cases[0]["updated_at"].is_string() && cases[0]["created_at"].is_string());
    let none = invoke(&t, "list_cases", json!({"query": "zzz"})).expect("list_cases");
    assert_eq!(none, json!([]));

    let list = invoke(
        &t,
        "list_drafts",
        json!({"query": "horizon", "sort": "title"}),
    )
    .expect("list_drafts");
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert!(list
        .iter()
        .all(|d| d["case_id"] == case_id.as_str() && d["case_title"] == "Horizon"));

    let export = invoke(&t, "export_draft", json!({"id": b["id"]})).expect("export_draft");
    let file: Value = serde_json::from_str(export.as_str().unwrap()).unwrap();
    assert_eq!(file["case"]["id"], case_id.as_str());
    assert_eq!(file["content"]["persons"][0]["name_original"], "Omar");

    for (cmd, args) in [
        (
            "create_draft_in_case",
            json!({"caseId": "00000000-0000-4000-8000-000000000000", "kind": "mla"}),
        ),
        (
            "create_draft_in_case",
            json!({"caseId": "nope", "kind": "mla"}),
        ),
        (
            "rename_case",
            json!({"caseId": "00000000-0000-4000-8000-000000000000", "title": "x"}),
        ),
    ] {
        let err = invoke(&t, cmd, args).expect_err("unknown case");
        assert_error_payload(&err, "case-not-found");
    }
    let err = invoke(
        &t,
        "rename_case",
        json!({"caseId": case_id, "title": "a\nb"}),
    )
    .expect_err("invalid title");
    assert_error_payload(&err, "invalid-field-value");
    assert_eq!(err["args"]["path"], "case.title");
}
