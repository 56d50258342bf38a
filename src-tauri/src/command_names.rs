/// Names of all IPC commands, in the order of the IPC table in ARCHITECTURE.md.
///
/// This file is `include!`d twice: by `build.rs`, which declares the commands in the app manifest
/// (each then needs an explicit `allow-<command>` permission), and by `lib.rs`. The capability
/// `capabilities/main.json` grants them to the main window; a test keeps it and the tauri-specta
/// registration in step with this list.
pub const COMMANDS: &[&str] = &[
    "app_info",
    "get_settings",
    "set_language",
    "list_drafts",
    "create_draft",
    "get_draft",
    "update_draft",
    "duplicate_draft",
    "delete_draft",
    "form_schema",
    "search_states",
    "import_draft",
    "export_draft",
    "check_draft",
    "list_cases",
    "create_draft_in_case",
    "rename_case",
];
