// `COMMANDS`: the one list of IPC command names, shared with the crate (src/lib.rs).
include!("src/command_names.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/command_names.rs");
    // Declare the app's own commands in the app manifest: each then needs an explicit permission
    // (`allow-<command>`), granted to the main window in capabilities/main.json.
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("failed to run tauri-build");
}
