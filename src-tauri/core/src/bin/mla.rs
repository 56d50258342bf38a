//! `mla`: the MLA Desk command line.
//!
//! Every user-facing text comes from `locales/<lang>/cli.ftl` (help included). Exit codes:
//! 0 success, 1 error (printed as the localized `error-<code>` message), 2 invalid command line,
//! 3 `mla check` found findings that must be fixed (blocking).

#[path = "mla/check.rs"]
mod check;

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};
use mla_core::error::IoReason;
use mla_core::exchange::MAX_IMPORT_BYTES;
use mla_core::l10n::{self, Localizer};
use mla_core::model::parse_draft_id;
use mla_core::states::{self, StateKind};
use mla_core::{paths, DraftKind, DraftSort, Error, ErrorPayload, Store};

#[derive(Debug, Parser)]
#[command(
    name = "mla",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    arg_required_else_help = true,
    propagate_version = true
)]
struct Cli {
    /// Data directory.
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Output language.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    /// Help.
    #[arg(short = 'h', long, global = true, action = ArgAction::Help)]
    help: Option<bool>,
    /// Version.
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Drafts.
    #[command(subcommand, arg_required_else_help = true)]
    Drafts(DraftsCommand),
    /// States.
    #[command(subcommand, arg_required_else_help = true)]
    States(StatesCommand),
    /// Check a request file.
    #[command(arg_required_else_help = true)]
    Check {
        /// File.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text", value_name = "FORMAT")]
        format: check::Format,
    },
}

#[derive(Debug, Subcommand)]
enum DraftsCommand {
    /// List.
    List {
        /// Filter.
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
    },
    /// Export.
    Export {
        /// Draft id.
        id: String,
    },
    /// Import.
    Import {
        /// File.
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum StatesCommand {
    /// Search.
    Search {
        /// Query.
        query: String,
    },
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let flag_lang = prescan_lang(&args);
    let mut lang = flag_lang
        .clone()
        .filter(|l| l10n::is_available(l))
        .unwrap_or_else(l10n::default_language_from_env);
    let l10n = localizer(&lang);

    let matches = match localize(Cli::command(), &l10n, "mla").try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind;
            let _ = e.print();
            return match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => ExitCode::SUCCESS,
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => ExitCode::from(2),
                _ => {
                    eprintln!("{}", l10n.message_plain("cli-usage-error", &[]));
                    ExitCode::from(2)
                }
            };
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    if let Some(bad) = flag_lang.filter(|l| !l10n::is_available(l)) {
        print_error(&l10n, &Error::UnknownLanguage { language: bad }.into());
        return ExitCode::from(2);
    }
    match run(&cli, &mut lang) {
        Ok(()) if check::BLOCKING_FOUND.load(std::sync::atomic::Ordering::Relaxed) => {
            ExitCode::from(3)
        }
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let l10n = localizer(&lang);
            let payload = match err.downcast_ref::<Error>() {
                Some(e) => ErrorPayload::from(e),
                // Only writing to standard output ("-") fails outside the engine.
                None => ErrorPayload::from(&Error::Io {
                    path: "-".into(),
                    reason: err
                        .downcast_ref::<std::io::Error>()
                        .map_or(IoReason::Other, IoReason::of),
                    detail: format!("{err:#}"),
                }),
            };
            print_error(&l10n, &payload);
            ExitCode::FAILURE
        }
    }
}

/// Runs a parsed command. `lang` is updated to the language in use as soon as it is known, so
/// that errors are printed in it.
fn run(cli: &Cli, lang: &mut String) -> anyhow::Result<()> {
    // Resolved, not created: only the drafts commands need (and create) the data directory.
    let dir = paths::resolve_data_dir(cli.data_dir.as_deref())?;
    match &cli.command {
        Command::States(StatesCommand::Search { query }) => {
            // Searching needs no database; use the stored language only if there is one.
            if cli.lang.is_none() && dir.join(paths::DB_FILE_NAME).is_file() {
                if let Ok(settings) = Store::open(&dir).and_then(|s| s.get_settings()) {
                    *lang = settings.language;
                }
            }
            states_search(&localizer(lang), query)
        }
        Command::Check { file, format } => {
            // Checking needs no database; use the stored language only if there is one.
            if cli.lang.is_none() && dir.join(paths::DB_FILE_NAME).is_file() {
                if let Ok(settings) = Store::open(&dir).and_then(|s| s.get_settings()) {
                    *lang = settings.language;
                }
            }
            let bytes = read_import_file(file)?;
            write_stdout(&check::run(&bytes, *format, &localizer(lang))?)
        }
        Command::Drafts(cmd) => {
            let mut store = Store::open(&dir)?;
            if cli.lang.is_none() {
                *lang = store.get_settings()?.language;
            }
            let l10n = localizer(lang);
            match cmd {
                DraftsCommand::List { search } => drafts_list(&store, &l10n, search.as_deref()),
                DraftsCommand::Export { id } => {
                    write_stdout(&store.export_draft(parse_draft_id(id)?)?)
                }
                DraftsCommand::Import { file } => {
                    let draft = store.import_draft(&read_import_file(file)?)?;
                    write_stdout(&format!("{}\n", draft.id))
                }
            }
        }
    }
}

fn drafts_list(store: &Store, l10n: &Localizer, search: Option<&str>) -> anyhow::Result<()> {
    let drafts = store.list_drafts(search, DraftSort::UpdatedDesc)?;
    if drafts.is_empty() {
        return write_stdout(&format!("{}\n", l10n.message_plain("cli-no-drafts", &[])));
    }
    let header = [
        "cli-col-id",
        "cli-col-kind",
        "cli-col-title",
        "cli-col-case",
        "cli-col-requested-state",
        "cli-col-updated",
    ]
    .map(|id| l10n.message_plain(id, &[]));
    let untitled = l10n.message_plain("draft-untitled", &[]);
    let untitled_case = l10n.message_plain("case-untitled", &[]);
    let mut rows = vec![header.to_vec()];
    for d in &drafts {
        let state = d.requested_state.as_deref().map_or(String::new(), |code| {
            states::state(code)
                .map_or_else(|| code.to_owned(), |s| s.name(l10n.language()).to_owned())
        });
        rows.push(vec![
            d.id.to_string(),
            l10n.message_plain(kind_message(d.kind), &[]),
            if d.title.is_empty() {
                untitled.clone()
            } else {
                d.title.clone()
            },
            // The title and the start of the id: two untitled cases stay apart.
            d.case_id.map_or(String::new(), |id| {
                let title = d
                    .case_title
                    .as_deref()
                    .filter(|t| !t.is_empty())
                    .unwrap_or(&untitled_case);
                format!("{title} ({})", &id.simple().to_string()[..8])
            }),
            state,
            d.updated_at
                .with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
        ]);
    }
    write_stdout(&table(&rows))
}

fn states_search(l10n: &Localizer, query: &str) -> anyhow::Result<()> {
    let found = states::search_states(query, l10n.language());
    if found.is_empty() {
        return write_stdout(&format!("{}\n", l10n.message_plain("cli-no-states", &[])));
    }
    let mut rows = vec![["cli-col-code", "cli-col-name", "cli-col-kind"]
        .map(|id| l10n.message_plain(id, &[]))
        .to_vec()];
    for s in found {
        let kind = match s.kind {
            StateKind::Member => "cli-state-kind-member",
            StateKind::Observer => "cli-state-kind-observer",
            StateKind::Organization => "cli-state-kind-organization",
        };
        rows.push(vec![s.code, s.name, l10n.message_plain(kind, &[])]);
    }
    write_stdout(&table(&rows))
}

fn kind_message(kind: DraftKind) -> &'static str {
    match kind {
        DraftKind::Mla => "cli-kind-mla",
        DraftKind::Extradition => "cli-kind-extradition",
        DraftKind::ProvisionalArrest => "cli-kind-provisional-arrest",
    }
}

/// Reads an import file, refusing one over the size limit before reading it.
fn read_import_file(file: &Path) -> anyhow::Result<Vec<u8>> {
    let io = |e: std::io::Error| Error::io(file, &e);
    let meta = std::fs::metadata(file).map_err(io)?;
    if meta.len() > MAX_IMPORT_BYTES as u64 {
        return Err(Error::ImportTooLarge {
            max_bytes: MAX_IMPORT_BYTES as u64,
        }
        .into());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_IMPORT_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    Ok(bytes)
}

/// Left-aligned columns separated by two spaces; widths count characters, not combining marks.
fn table(rows: &[Vec<String>]) -> String {
    let width = |s: &str| s.chars().filter(|c| !unicode_combining(*c)).count();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|s| width(s))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                line.extend(std::iter::repeat_n(' ', widths[i] - width(cell) + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn unicode_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// Writes to standard output; a closed pipe (`mla … | head`) is not an error.
fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(e).context("writing to standard output")
        }
        _ => Ok(()),
    }
}

fn print_error(l10n: &Localizer, payload: &ErrorPayload) {
    let message = l10n::strip_isolation(&l10n.error_message(payload));
    eprintln!(
        "{}",
        l10n.message_plain("cli-error", &[("message", message.into())])
    );
}

/// A localizer for a shipped language (falls back to English).
fn localizer(lang: &str) -> Localizer {
    Localizer::new(lang)
        .or_else(|_| Localizer::new(l10n::FALLBACK_LANGUAGE))
        .unwrap_or_else(|_| unreachable!("English is always shipped"))
}

/// The value of `--lang X` or `--lang=X`, read before parsing so help is localized too.
fn prescan_lang(args: &[OsString]) -> Option<String> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return it.next().map(|v| v.into_owned());
        }
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Some(v.to_owned());
        }
    }
    None
}

/// Replaces clap's English help texts with Fluent messages.
fn localize(cmd: clap::Command, l10n: &Localizer, path: &str) -> clap::Command {
    let about = match path {
        "mla" => "cli-about",
        "mla drafts" => "cli-cmd-drafts",
        "mla drafts list" => "cli-cmd-drafts-list",
        "mla drafts export" => "cli-cmd-drafts-export",
        "mla drafts import" => "cli-cmd-drafts-import",
        "mla states" => "cli-cmd-states",
        "mla states search" => "cli-cmd-states-search",
        "mla check" => "cli-cmd-check",
        _ => "cli-about",
    };
    let t = |id: &str| l10n.message_plain(id, &[]);
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        t("cli-heading-usage")
    );
    let (options, arguments) = (t("cli-heading-options"), t("cli-heading-arguments"));
    cmd.about(t(about))
        .help_template(template)
        .subcommand_help_heading(t("cli-heading-commands"))
        .mut_args(|arg| {
            let help = match arg.get_id().as_str() {
                "data_dir" => "cli-help-data-dir",
                "lang" => "cli-help-lang",
                "help" => "cli-help-help",
                "version" => "cli-help-version",
                "search" => "cli-arg-search",
                "id" => "cli-arg-id",
                "file" => "cli-arg-file",
                "query" => "cli-arg-query",
                "format" => "cli-help-format",
                _ => return arg,
            };
            let heading = if arg.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            arg.help(t(help)).help_heading(heading)
        })
        .mut_subcommands(|sub| {
            let sub_path = format!("{path} {}", sub.get_name());
            localize(sub, l10n, &sub_path)
        })
}
