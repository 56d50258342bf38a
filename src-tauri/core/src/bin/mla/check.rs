//! `mla check <file.json> [--format text|json]`: the request checker on an exchange file.
//!
//! `json` prints the [`CheckReport`] exactly as the app's `check_draft` command returns it;
//! `text` prints the same findings localized: completeness, then one block per finding
//! (severity, code, the field's label and path, the message, the provisions cited).

use std::sync::atomic::{AtomicBool, Ordering};

use mla_core::check::{check_draft, CheckReport, Diagnostic};
use mla_core::exchange::parse_import;
use mla_core::l10n::{article_in, Localizer};
use mla_core::schema::{schema_ref, FieldInput, FormSchema};
use mla_core::Draft;

/// Set when the last check found a blocking finding (exit code 3).
pub static BLOCKING_FOUND: AtomicBool = AtomicBool::new(false);

/// Output format of `mla check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Localized text.
    Text,
    /// The report as JSON (as the app's `check_draft` command returns it).
    Json,
}

/// Checks the exchange file `bytes` and returns what to print.
pub fn run(bytes: &[u8], format: Format, l10n: &Localizer) -> Result<String, mla_core::Error> {
    let draft = parse_import(bytes)?;
    let report = check_draft(&draft);
    BLOCKING_FOUND.store(
        report
            .diagnostics
            .iter()
            .any(|d| d.severity == mla_core::Severity::Blocking),
        Ordering::Relaxed,
    );
    Ok(match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&report).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Text => text(&draft, &report, l10n),
    })
}

fn text(draft: &Draft, report: &CheckReport, l10n: &Localizer) -> String {
    let schema = schema_ref(draft.kind);
    let t = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, fluent_value::V)> = args
            .iter()
            .map(|(k, v)| (*k, fluent_value::of(v)))
            .collect();
        l10n.message_plain(id, &args)
    };
    let mut out = t(
        "cli-check-completeness",
        &[
            ("done", report.completeness.done.to_string()),
            ("total", report.completeness.total.to_string()),
        ],
    );
    out.push('\n');
    if report.diagnostics.is_empty() {
        out.push_str(&t("cli-check-no-findings", &[]));
        out.push('\n');
        return out;
    }
    for d in &report.diagnostics {
        out.push('\n');
        let severity = t(&format!("check-severity-{}", d.severity.as_str()), &[]);
        let place = d
            .path
            .as_deref()
            .map(|p| format!(" — {} ({p})", field_name(schema, p, l10n)))
            .unwrap_or_default();
        out.push_str(&format!("[{severity}] {}{place}\n", d.code));
        out.push_str(&format!("    {}\n", message(d, l10n)));
        if !d.citations.is_empty() {
            let cites: Vec<String> = d
                .citations
                .iter()
                .map(|c| {
                    t(
                        "cli-check-citation",
                        &[
                            (
                                "instrument",
                                t(&format!("instrument-{}", c.instrument), &[]),
                            ),
                            ("article", article_in(&c.article, l10n.language())),
                        ],
                    )
                })
                .collect();
            out.push_str(&format!(
                "    {}\n",
                cites.join(t("cli-check-citation-separator", &[]).as_str())
            ));
        }
    }
    out
}

/// The finding's own message with its arguments.
fn message(d: &Diagnostic, l10n: &Localizer) -> String {
    let args: Vec<(&str, fluent_value::V)> = d
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), fluent_value::of(v)))
        .collect();
    l10n.message_plain(&d.message, &args)
}

/// The field's label, prefixed by its item (“Measure 2 › Account number”) inside a group.
fn field_name(schema: &FormSchema, path: &str, l10n: &Localizer) -> String {
    let label = schema
        .field_deep(path)
        .map_or_else(|| path.to_owned(), |f| l10n.message_plain(&f.label, &[]));
    let Some((group, rest)) = path.split_once('[') else {
        return label;
    };
    let index: usize = rest
        .split(']')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let item = match schema.field(group).map(|g| &g.input) {
        Some(FieldInput::Group { item_label, .. }) => l10n.message_plain(item_label, &[]),
        _ => group.to_owned(),
    };
    l10n.message_plain(
        "cli-check-in-item",
        &[
            ("item", item.into()),
            ("number", (index + 1).to_string().into()),
            ("field", label.into()),
        ],
    )
}

/// Fluent values from strings.
mod fluent_value {
    pub type V = fluent_bundle::FluentValue<'static>;
    pub fn of(s: &str) -> V {
        fluent_bundle::FluentValue::from(s.to_owned())
    }
}
