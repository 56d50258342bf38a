//! E2E harness: drives the real MLA Desk app through tauri-driver + WebKitWebDriver.
//!
//! - Every app run gets its own `tauri-driver` (own ports, own process group). The group is
//!   killed when the run ends, also on failure: killing tauri-driver alone would leave
//!   WebKitWebDriver (and the app) running, holding pipes open.
//! - Every test gets its own temporary data directory, passed as `--data-dir` to the app.
//! - No sleeps: everything waits for a condition, polling up to a deadline.
//! - On failure a WebDriver screenshot goes to `artifacts/e2e/<test>.png` (and the page source
//!   to `<test>.html`); `/usr/bin/import -window root` is the fallback when WebDriver cannot.

use std::fs::File;
use std::future::Future;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// How long any one condition may take (generous: a cold WebKit start on a loaded CI machine).
pub const WAIT: Duration = Duration::from_secs(30);
/// Upper bound for one whole test: a hung WebDriver call fails the test instead of the CI run.
pub const TEST_TIMEOUT: Duration = Duration::from_secs(180);
/// How long starting the app (a new WebDriver session) may take.
pub const SESSION_TIMEOUT: Duration = Duration::from_secs(60);
const POLL: Duration = Duration::from_millis(50);

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
pub type Result<T = (), E = BoxError> = std::result::Result<T, E>;

/// Fails the test with a message (for use inside test bodies that return `Result`).
#[macro_export]
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+).into());
        }
    };
}

/// The app binary under test: `$MLA_DESK_APP`, else `<target>/debug/mla-desk`.
pub fn app_path() -> PathBuf {
    match std::env::var_os("MLA_DESK_APP") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => crate::target_dir().join("debug").join("mla-desk"),
    }
}

/// `$TAURI_DRIVER`, else `tauri-driver` on PATH, else `~/.cargo/bin/tauri-driver`.
fn tauri_driver_path() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let on_path = std::env::var_os("PATH")
        .map(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join("tauri-driver"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .find(|p| p.is_file());
    on_path.unwrap_or_else(|| {
        PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo/bin/tauri-driver")
    })
}

/// `artifacts/e2e` (failure screenshots, driver logs).
pub fn e2e_artifacts() -> PathBuf {
    crate::workspace_root().join("artifacts").join("e2e")
}

/// `artifacts/screenshots` (screenshots the README uses).
pub fn screenshot_artifacts() -> PathBuf {
    crate::workspace_root()
        .join("artifacts")
        .join("screenshots")
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind(("127.0.0.1", 0))?.local_addr()?.port())
}

/// Polls `f` until it returns `Some`, for at most [`WAIT`]. Errors from `f` count as "not yet"
/// (e.g. an element not rendered yet); the last one is reported on timeout.
pub async fn wait_for<T, F, Fut>(what: &str, mut f: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Option<T>>>,
{
    let deadline = Instant::now() + WAIT;
    let mut last_err = None;
    loop {
        match f().await {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) => last_err = Some(e.to_string()),
        }
        if Instant::now() >= deadline {
            let detail = last_err
                .map(|e| format!(" (last error: {e})"))
                .unwrap_or_default();
            return Err(format!("timed out after {WAIT:?} waiting for {what}{detail}").into());
        }
        tokio::time::sleep(POLL).await;
    }
}

/// One `tauri-driver` in its own process group, killed (group-wide) on drop.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start(log: &Path) -> Result<Driver> {
        let bin = tauri_driver_path();
        let port = free_port()?;
        let native_port = free_port()?;
        let log_file = File::create(log)?;
        let mut cmd = Command::new(&bin);
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .stdin(Stdio::null())
        .stdout(log_file.try_clone()?)
        .stderr(log_file)
        // Deterministic UI language for a fresh data dir (the app defaults from LANG).
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .process_group(0);
        let child = cmd.spawn().map_err(|e| {
            format!(
                "cannot start {} ({e}); run scripts/install-deps.sh",
                bin.display()
            )
        })?;
        let mut driver = Driver { child, port };
        let deadline = Instant::now() + WAIT;
        // Ready when tauri-driver AND the WebKitWebDriver it started both accept connections:
        // tauri-driver listens before WebKitWebDriver does, and a new-session request sent in
        // between fails with "connection refused".
        let listening = |p: u16| TcpStream::connect(("127.0.0.1", p)).is_ok();
        loop {
            if listening(port) && listening(native_port) {
                return Ok(driver);
            }
            if let Some(status) = driver.child.try_wait()? {
                return Err(format!(
                    "tauri-driver exited ({status}) before listening; see {}",
                    log.display()
                )
                .into());
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "tauri-driver (port {port}) or WebKitWebDriver (port {native_port}) did not \
                     listen; see {}",
                    log.display()
                )
                .into());
            }
            std::thread::sleep(POLL);
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let pgid = self.child.id() as libc::pid_t;
        // SAFETY: plain syscall; a negative pid addresses the whole process group we created.
        unsafe {
            libc::kill(-pgid, libc::SIGKILL);
        }
        let _ = self.child.wait();
    }
}

/// What the failure handler needs: the live WebDriver client and the drivers to kill last.
#[derive(Default)]
struct Shared {
    client: Option<Client>,
    drivers: Vec<(u64, Driver)>,
    next_id: u64,
}

/// Per-test context: name, data directory, and the app runs started so far.
#[derive(Clone)]
pub struct Ctx {
    pub name: String,
    pub data_dir: PathBuf,
    shared: Arc<Mutex<Shared>>,
}

/// One run of the app (one WebDriver session).
pub struct App {
    pub client: Client,
    driver_id: u64,
    ctx: Ctx,
}

impl Ctx {
    /// Starts the app (a fresh tauri-driver + session) on this test's data directory and waits
    /// until the UI has rendered (`language-select` is on every screen).
    pub async fn launch(&self) -> Result<App> {
        let app = app_path();
        if !app.is_file() {
            return Err(format!(
                "app binary {} not found: build it first (cargo build -p mla-desk)",
                app.display()
            )
            .into());
        }
        std::fs::create_dir_all(e2e_artifacts())?;
        let (driver_id, url, log) = {
            let mut s = self.shared.lock().unwrap();
            let id = s.next_id;
            s.next_id += 1;
            let log = e2e_artifacts().join(format!("{}.driver{id}.log", self.name));
            let driver = Driver::start(&log)?;
            let url = driver.url();
            s.drivers.push((id, driver));
            (id, url, log)
        };
        let caps = json!({
            "browserName": "wry",
            "tauri:options": {
                "application": app,
                "args": ["--data-dir", self.data_dir],
            }
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        // If the app dies while starting (e.g. no display), WebKitWebDriver never answers.
        let mut builder =
            ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
        builder.capabilities(caps);
        // The app's stderr goes to the driver log: a panic there means it will never answer.
        let crashed = async {
            loop {
                tokio::time::sleep(Duration::from_millis(200)).await;
                if std::fs::read_to_string(&log).is_ok_and(|t| t.contains("panicked at")) {
                    return;
                }
            }
        };
        let client = tokio::select! {
            res = tokio::time::timeout(SESSION_TIMEOUT, builder.connect(&url)) => match res {
                Ok(Ok(client)) => client,
                Ok(Err(e)) => return Err(session_error(&e.to_string(), &log)),
                Err(_) => {
                    let what = format!("no answer within {SESSION_TIMEOUT:?}");
                    return Err(session_error(&what, &log));
                }
            },
            () = crashed => return Err(session_error("the app panicked while starting", &log)),
        };
        self.shared.lock().unwrap().client = Some(client.clone());
        let app = App {
            client,
            driver_id,
            ctx: self.clone(),
        };
        app.find("language-select").await?;
        Ok(app)
    }

    fn drop_driver(&self, id: u64) {
        let driver = {
            let mut s = self.shared.lock().unwrap();
            s.client = None;
            let pos = s.drivers.iter().position(|(i, _)| *i == id);
            pos.map(|p| s.drivers.remove(p))
        };
        drop(driver);
    }
}

/// Why a session did not start, with the end of the driver's log (the app's stderr is there).
fn session_error(what: &str, log: &Path) -> BoxError {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    // A panic's message (two lines from "panicked at"), else the last lines.
    let tail = match lines.iter().position(|l| l.contains("panicked at")) {
        Some(i) => lines[i..(i + 2).min(lines.len())].join("\n"),
        None => lines[lines.len().saturating_sub(15)..].join("\n"),
    };
    let display = std::env::var("DISPLAY").unwrap_or_default();
    format!(
        "WebDriver session (the app) did not start: {what}\nDISPLAY={display:?}\n\
         end of {}:\n{tail}",
        log.display()
    )
    .into()
}

/// CSS selector of a contract test id.
pub fn test_id(id: &str) -> String {
    format!("[data-testid=\"{id}\"]")
}

impl App {
    /// Waits for the element with `data-testid=id`.
    pub async fn find(&self, id: &str) -> Result<Element> {
        self.find_css(&test_id(id)).await
    }

    /// Waits for an element matching a CSS selector.
    pub async fn find_css(&self, css: &str) -> Result<Element> {
        wait_for(&format!("element {css}"), || async {
            Ok(Some(self.client.find(Locator::Css(css)).await?))
        })
        .await
    }

    /// All elements with `data-testid=id` (possibly none), without waiting.
    pub async fn all(&self, id: &str) -> Result<Vec<Element>> {
        Ok(self.client.find_all(Locator::Css(&test_id(id))).await?)
    }

    /// Waits until the element is displayed and enabled, then clicks it.
    pub async fn click(&self, id: &str) -> Result {
        let el = wait_for(&format!("{id} to be clickable"), || async {
            let el = self.client.find(Locator::Css(&test_id(id))).await?;
            Ok((el.is_displayed().await? && el.is_enabled().await?).then_some(el))
        })
        .await?;
        el.click().await?;
        Ok(())
    }

    /// Waits until the element matching a CSS selector is displayed and enabled, then clicks it.
    pub async fn click_css(&self, css: &str) -> Result {
        let el = wait_for(&format!("{css} to be clickable"), || async {
            let el = self.client.find(Locator::Css(css)).await?;
            Ok((el.is_displayed().await? && el.is_enabled().await?).then_some(el))
        })
        .await?;
        el.click().await?;
        Ok(())
    }

    /// Types `text` into the element (real key events).
    pub async fn type_into(&self, id: &str, text: &str) -> Result {
        let el = wait_for(&format!("{id} to be editable"), || async {
            let el = self.client.find(Locator::Css(&test_id(id))).await?;
            Ok((el.is_displayed().await? && el.is_enabled().await?).then_some(el))
        })
        .await?;
        el.click().await?;
        el.send_keys(text).await?;
        Ok(())
    }

    /// Waits until attribute `name` of element `id` equals `want`.
    pub async fn wait_attr(&self, id: &str, name: &str, want: &str) -> Result {
        wait_for(&format!("{id}[{name}] = {want:?}"), || async {
            let el = self.client.find(Locator::Css(&test_id(id))).await?;
            Ok((el.attr(name).await?.as_deref() == Some(want)).then_some(()))
        })
        .await
    }

    /// Waits until the element's `value` property equals `want`.
    pub async fn wait_value(&self, id: &str, want: &str) -> Result {
        wait_for(&format!("{id} value = {want:?}"), || async {
            let el = self.client.find(Locator::Css(&test_id(id))).await?;
            Ok((el.prop("value").await?.as_deref() == Some(want)).then_some(()))
        })
        .await
    }

    /// Waits until the element's visible text satisfies `pred`; returns the text.
    pub async fn wait_text(
        &self,
        id: &str,
        what: &str,
        pred: impl Fn(&str) -> bool,
    ) -> Result<String> {
        wait_for(&format!("{id} text {what}"), || async {
            let el = self.client.find(Locator::Css(&test_id(id))).await?;
            let text = el.text().await?;
            Ok(pred(&text).then_some(text))
        })
        .await
    }

    /// Waits until exactly `n` elements carry `data-testid=id`.
    pub async fn wait_count(&self, id: &str, n: usize) -> Result<Vec<Element>> {
        wait_for(&format!("{n} × {id}"), || async {
            let all = self.all(id).await?;
            Ok((all.len() == n).then_some(all))
        })
        .await
    }

    /// `<html lang>` and `<html dir>`.
    pub async fn html_lang_dir(&self) -> Result<(String, String)> {
        let v = self
            .client
            .execute(
                "return [document.documentElement.lang, document.documentElement.dir];",
                vec![],
            )
            .await?;
        let s = |i: usize| {
            v.get(i)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        Ok((s(0), s(1)))
    }

    /// Waits for `<html lang=… dir=…>`.
    pub async fn wait_html(&self, lang: &str, dir: &str) -> Result {
        wait_for(&format!("<html lang={lang:?} dir={dir:?}>"), || async {
            let (l, d) = self.html_lang_dir().await?;
            Ok((l == lang && d == dir).then_some(()))
        })
        .await
    }

    /// Saves a WebDriver screenshot (the webview's content) as PNG.
    pub async fn screenshot(&self, path: &Path) -> Result {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, self.client.screenshot().await?)?;
        Ok(())
    }

    /// Ends the session normally (the app closes) and stops its driver.
    pub async fn close(self) -> Result {
        let res = self.client.clone().close().await;
        self.ctx.drop_driver(self.driver_id);
        res.map_err(|e| format!("closing the WebDriver session: {e}").into())
    }

    /// `kill -9` of the app process (found by its executable and this test's `--data-dir`),
    /// then stops its driver.
    pub async fn kill_hard(self) -> Result {
        let pids = wait_for("the app process", || async {
            let pids = app_pids(&app_path(), &self.ctx.data_dir);
            Ok((!pids.is_empty()).then_some(pids))
        })
        .await?;
        for pid in &pids {
            // SAFETY: plain syscall on a pid we just found.
            unsafe {
                libc::kill(*pid, libc::SIGKILL);
            }
        }
        wait_for("the killed app process to be gone", || async {
            Ok(app_pids(&app_path(), &self.ctx.data_dir)
                .is_empty()
                .then_some(()))
        })
        .await?;
        self.ctx.drop_driver(self.driver_id);
        Ok(())
    }
}

/// Live processes whose executable is `app` and whose arguments include `data_dir`
/// (a zombie has no readable exe, so it no longer counts).
pub fn app_pids(app: &Path, data_dir: &Path) -> Vec<libc::pid_t> {
    let app = app.canonicalize().unwrap_or_else(|_| app.to_path_buf());
    let dir = data_dir.as_os_str().as_encoded_bytes();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str()?.parse::<libc::pid_t>().ok())
        .filter(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == app)
                && std::fs::read(format!("/proc/{pid}/cmdline"))
                    .is_ok_and(|cmd| cmd.split(|b| *b == 0).any(|arg| arg == dir))
        })
        .collect()
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "panic".to_owned())
}

/// Runs one E2E test: a fresh data directory, the body, and on failure a screenshot in
/// `artifacts/e2e/<name>.png`. All drivers (and so the app) are killed at the end.
pub fn run<F, Fut>(name: &str, body: F)
where
    F: FnOnce(Ctx) -> Fut,
    Fut: Future<Output = Result> + Send + 'static,
{
    run_for(name, TEST_TIMEOUT, body)
}

/// [`run`] with another upper bound for the whole test (a long scenario filling a whole form).
pub fn run_for<F, Fut>(name: &str, timeout: Duration, body: F)
where
    F: FnOnce(Ctx) -> Fut,
    Fut: Future<Output = Result> + Send + 'static,
{
    let tmp = tempfile::Builder::new()
        .prefix("mla-e2e-")
        .tempdir()
        .expect("temp dir");
    let ctx = Ctx {
        name: name.to_owned(),
        data_dir: tmp.path().join("data"),
        shared: Arc::default(),
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let started = Instant::now();
    let outcome: Result<(), String> = rt.block_on(async {
        let task = tokio::spawn(tokio::time::timeout(timeout, body(ctx.clone())));
        match task.await {
            Ok(Ok(Ok(()))) => Ok(()),
            Ok(Ok(Err(e))) => Err(e.to_string()),
            Ok(Err(_)) => Err(format!("test did not finish within {timeout:?}")),
            Err(join) if join.is_panic() => Err(panic_message(&*join.into_panic())),
            Err(join) => Err(join.to_string()),
        }
    });
    let mut report = String::new();
    if outcome.is_err() {
        report = rt.block_on(save_failure_artifacts(&ctx));
    }
    // Kill every driver group (and with it the app and WebKit) before the data dir goes.
    let client = ctx.shared.lock().unwrap().client.take();
    if let Some(client) = client {
        let _ = rt
            .block_on(async { tokio::time::timeout(Duration::from_secs(5), client.close()).await });
    }
    ctx.shared.lock().unwrap().drivers.clear();
    drop(rt);
    drop(tmp);
    if outcome.is_ok() {
        // Driver logs only matter for a failure.
        for i in 0..ctx.shared.lock().unwrap().next_id {
            let _ = std::fs::remove_file(e2e_artifacts().join(format!("{name}.driver{i}.log")));
        }
    }
    eprintln!("e2e {name}: {:.1}s", started.elapsed().as_secs_f64());
    if let Err(msg) = outcome {
        panic!("E2E test {name} failed: {msg}\n{report}");
    }
}

async fn save_failure_artifacts(ctx: &Ctx) -> String {
    let dir = e2e_artifacts();
    let _ = std::fs::create_dir_all(&dir);
    let png = dir.join(format!("{}.png", ctx.name));
    let client = ctx.shared.lock().unwrap().client.clone();
    let mut notes = Vec::new();
    let mut shot = false;
    if let Some(client) = client {
        let limit = Duration::from_secs(10);
        if let Ok(Ok(bytes)) = tokio::time::timeout(limit, client.screenshot()).await {
            shot = std::fs::write(&png, bytes).is_ok();
        }
        if let Ok(Ok(html)) = tokio::time::timeout(limit, client.source()).await {
            let path = dir.join(format!("{}.html", ctx.name));
            if std::fs::write(&path, html).is_ok() {
                notes.push(format!("page source: {}", path.display()));
            }
        }
    }
    if !shot && std::env::var_os("DISPLAY").is_some() {
        // The app may be gone: take the whole (virtual) screen instead.
        shot = Command::new("/usr/bin/import")
            .args(["-window", "root"])
            .arg(&png)
            .status()
            .is_ok_and(|s| s.success());
    }
    if shot {
        notes.insert(0, format!("screenshot: {}", png.display()));
    } else {
        notes.insert(0, "no screenshot could be taken".to_owned());
    }
    notes.push(format!(
        "driver logs: {}/{}.driver*.log",
        dir.display(),
        ctx.name
    ));
    notes.join("\n")
}
