fn main() {
    // Declare the app's own commands in the app manifest: each then needs an explicit permission
    // (`allow-<command>`), granted to the main window in capabilities/main.json. Keep this list
    // equal to `mla_desk_lib::COMMANDS` (a test checks the capability against it).
    let manifest = tauri_build::AppManifest::new().commands(&[
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
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("failed to run tauri-build");
}
