//! End-to-end tests against the real MLA Desk app (real WebKit window, real clicks and typing,
//! no mocks), through tauri-driver + WebKitWebDriver. Needs a display (Xvfb) and a built app:
//!
//!   cargo build -p mla-desk
//!   xvfb-run -a cargo test -p mla-acceptance --features e2e --test e2e --test e2e_mla -- --test-threads=1
//!
//! (scripts/test-all.sh does all of that.) Each test has its own data directory and its own
//! tauri-driver; on failure, artifacts/e2e/<test>.png holds a screenshot.

use fantoccini::Locator;
use mla_acceptance::e2e::{run, screenshot_artifacts, test_id, App};
use mla_acceptance::{ensure, fixture};
use mla_core::Localizer;

const AUTHORITY_FIELD: &str = "field-content.requesting_authority";
const TITLE_FIELD: &str = "field-title";

/// A message from the one Fluent tree (no copy of UI text in the tests), without the bidi
/// isolation marks; the message must exist in `language` itself, not only via fallback.
fn fluent(language: &str, id: &str) -> String {
    let l10n = Localizer::new(language).expect("shipped language");
    assert!(l10n.has_message(id), "message {id} missing in {language}");
    l10n.message_plain(id, &[])
}

fn strip_isolation(s: &str) -> String {
    mla_core::l10n::strip_isolation(s).trim().to_owned()
}

/// Clicks "New MLA request" and waits for the wizard's first step.
async fn new_mla(app: &App) -> mla_acceptance::e2e::Result {
    app.click("new-mla").await?;
    app.find(AUTHORITY_FIELD).await?;
    Ok(())
}

/// Back to the list; waits until `n` drafts are listed.
async fn home_with(
    app: &App,
    n: usize,
) -> mla_acceptance::e2e::Result<Vec<fantoccini::elements::Element>> {
    app.click("nav-home").await?;
    app.find("new-mla").await?;
    app.wait_count("draft-row", n).await
}

/// Scenario: create an MLA draft, type a requesting authority, wait for "Saved", `kill -9` the
/// app, start it again: the draft is listed and the text is in the field.
#[test]
fn draft_survives_kill_9() {
    run("draft_survives_kill_9", |ctx| async move {
        let text = "Office of the Public Prosecutor, Amman — عمّان";
        let app = ctx.launch().await?;
        new_mla(&app).await?;
        app.type_into(AUTHORITY_FIELD, text).await?;
        app.wait_value(AUTHORITY_FIELD, text).await?;
        app.wait_attr("save-status", "data-state", "saved").await?;
        app.kill_hard().await?;

        let app = ctx.launch().await?;
        let rows = app.wait_count("draft-row", 1).await?;
        rows[0]
            .find(Locator::Css(&test_id("open-draft")))
            .await?
            .click()
            .await?;
        app.wait_value(AUTHORITY_FIELD, text).await?;
        app.wait_attr("save-status", "data-state", "saved").await?;
        app.close().await
    });
}

/// Scenario: switch to Arabic: `<html dir="rtl" lang="ar">` and the Arabic "New MLA request"
/// label; restart: Arabic is still selected. Saves the README's home screenshots.
#[test]
fn arabic_switch_persists() {
    run("arabic_switch_persists", |ctx| async move {
        let app = ctx.launch().await?;
        app.wait_html("en", "ltr").await?;
        let en = fluent("en", "ui-new-mla");
        app.wait_text("new-mla", &format!("= {en:?}"), |t| {
            strip_isolation(t) == en
        })
        .await?;

        // One draft with a title, so the home screen shows a list.
        new_mla(&app).await?;
        app.type_into(TITLE_FIELD, "Bank records — Arab Bank, Amman")
            .await?;
        app.type_into(AUTHORITY_FIELD, "Office of the Public Prosecutor")
            .await?;
        app.wait_attr("save-status", "data-state", "saved").await?;
        home_with(&app, 1).await?;
        app.screenshot(&screenshot_artifacts().join("home-en.png"))
            .await?;

        let select = app.find("language-select").await?;
        select.select_by_value("ar").await?;
        app.wait_html("ar", "rtl").await?;
        let ar = fluent("ar", "ui-new-mla");
        ensure!(ar != en, "the Arabic label equals the English one");
        app.wait_text("new-mla", &format!("= {ar:?}"), |t| {
            strip_isolation(t) == ar
        })
        .await?;
        app.screenshot(&screenshot_artifacts().join("home-ar.png"))
            .await?;
        app.close().await?;

        let app = ctx.launch().await?;
        app.wait_html("ar", "rtl").await?;
        app.wait_text("new-mla", &format!("= {ar:?}"), |t| {
            strip_isolation(t) == ar
        })
        .await?;
        let value = app.find("language-select").await?.prop("value").await?;
        ensure!(
            value.as_deref() == Some("ar"),
            "language-select shows {value:?} after restart"
        );
        app.close().await
    });
}

/// Scenario: import a malformed draft file through the UI: the localized error is shown, the
/// app keeps running (other commands work) and the existing draft is intact.
#[test]
fn malformed_import_shows_localized_error() {
    run("malformed_import_shows_localized_error", |ctx| async move {
        let path = fixture("malformed.json");
        let bytes = std::fs::read(&path)?;
        // What the engine says about this file, localized from the Fluent tree.
        let err = mla_core::exchange::parse_import(&bytes).expect_err("the fixture is malformed");
        let expected = strip_isolation(
            &Localizer::new("en")?.error_message(&mla_core::ErrorPayload::from(err)),
        );

        let app = ctx.launch().await?;
        new_mla(&app).await?;
        app.type_into(TITLE_FIELD, "Existing draft").await?;
        app.wait_attr("save-status", "data-state", "saved").await?;
        let rows = home_with(&app, 1).await?;
        let id = rows[0]
            .attr("data-draft-id")
            .await?
            .ok_or("draft-row without data-draft-id")?;

        let input = app.find("import-file").await?;
        input
            .send_keys(&path.canonicalize()?.to_string_lossy())
            .await?;
        let shown = app
            .wait_text("error-message", &format!("contains {expected:?}"), |t| {
                strip_isolation(t).contains(&expected)
            })
            .await?;
        ensure!(!shown.trim().is_empty(), "empty error message");
        let role = app.find("error-message").await?.attr("role").await?;
        ensure!(
            role.as_deref() == Some("alert"),
            "error-message role is {role:?}"
        );

        // Still running, nothing half-imported: exactly the old draft, and it still opens.
        let rows = app.wait_count("draft-row", 1).await?;
        ensure!(
            rows[0].attr("data-draft-id").await?.as_deref() == Some(id.as_str()),
            "the listed draft changed"
        );
        rows[0]
            .find(Locator::Css(&test_id("open-draft")))
            .await?
            .click()
            .await?;
        app.wait_value(TITLE_FIELD, "Existing draft").await?;
        home_with(&app, 1).await?;
        app.close().await
    });
}

/// The security baseline as the page sees it: the CSP blocks inline scripts, `eval`, inline
/// styles and loads from anywhere but the app itself (probed with a loopback URL only); no
/// `window.__TAURI__` global.
#[test]
fn csp_blocks_inline_code_and_remote_loads() {
    run(
        "csp_blocks_inline_code_and_remote_loads",
        |ctx| async move {
            let app = ctx.launch().await?;
            let probe = app
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                const out = { violations: [] };
                document.addEventListener("securitypolicyviolation",
                    (e) => out.violations.push(e.effectiveDirective + " " + e.blockedURI));
                const s = document.createElement("script");
                s.textContent = "window.__inlineRan = true;";
                document.body.appendChild(s);
                out.inlineScriptRan = window.__inlineRan === true;
                try { eval("1"); out.evalRan = true; } catch (e) { out.evalRan = false; }
                const d = document.createElement("div");
                d.innerHTML = '<span id="csp-probe" style="color: rgb(255, 0, 0)">x</span>';
                document.body.appendChild(d);
                out.inlineStyleApplied =
                    getComputedStyle(document.getElementById("csp-probe")).color === "rgb(255, 0, 0)";
                d.remove();
                out.tauriGlobal = typeof window.__TAURI__;
                fetch("http://127.0.0.1:9/x").then(() => { out.remoteFetch = "ok"; },
                    () => { out.remoteFetch = "failed"; })
                  .finally(() => setTimeout(() => done(out), 0));"#,
                vec![],
            )
            .await?;
            let flag = |k: &str| probe.get(k).and_then(serde_json::Value::as_bool);
            ensure!(
                flag("inlineScriptRan") == Some(false),
                "inline script ran: {probe}"
            );
            ensure!(flag("evalRan") == Some(false), "eval ran: {probe}");
            ensure!(
                flag("inlineStyleApplied") == Some(false),
                "inline style applied: {probe}"
            );
            ensure!(
                probe["tauriGlobal"] == "undefined",
                "window.__TAURI__ exists: {probe}"
            );
            ensure!(probe["remoteFetch"] == "failed", "remote fetch: {probe}");
            let violations = probe["violations"].to_string();
            ensure!(
                violations.contains("connect-src http://127.0.0.1:9"),
                "no CSP report for the fetch: {probe}"
            );
            app.close().await
        },
    );
}
