//! Fluent localisation for Rust-side text (errors, CLI, later the PDF).
//!
//! Every `locales/<lang>/*.ftl` file is embedded at compile time (see `build.rs`). The shipped
//! languages are the directories found there. Fluent's bidi isolation (U+2068 … U+2069 around
//! placeables) stays on; [`Localizer::message_plain`] strips it for terminals and stored text.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, ErrorPayload};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language used when a message is missing in the chosen one, and the default.
pub const FALLBACK_LANGUAGE: &str = "en";

/// Fluent's bidi isolation marks: FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
const ISOLATION_MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];

/// The shipped languages (directories of `locales/` holding `.ftl` files), sorted.
pub fn available_languages() -> Vec<String> {
    let set: BTreeSet<&str> = LOCALE_FILES.iter().map(|(lang, _, _)| *lang).collect();
    set.into_iter().map(str::to_owned).collect()
}

/// Whether `language` is shipped.
pub fn is_available(language: &str) -> bool {
    LOCALE_FILES.iter().any(|(lang, _, _)| *lang == language)
}

/// The default language from the environment: `"ar"` when the first non-empty of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` starts with `ar`, else `"en"`.
pub fn default_language_from_env() -> String {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    if locale.starts_with("ar") {
        "ar"
    } else {
        FALLBACK_LANGUAGE
    }
    .to_owned()
}

/// Strips Fluent's isolation marks (U+2068, U+2069).
pub fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !ISOLATION_MARKS.contains(c))
        .collect()
}

/// An article reference as written in `language`: Arabic writes the sub-paragraph letters as
/// UN Arabic texts do, `(أ)(ب)(ج)(د)(هـ)(و)…` (`18(15)(b)` → `18(15)(ب)`), as the help texts
/// do; other languages keep the reference unchanged. Used for [`crate::Citation::articles`]
/// and the CLI's text output.
pub fn article_in(article: &str, language: &str) -> String {
    if language != "ar" {
        return article.to_owned();
    }
    const LATIN: &str = "abcdefghijk";
    const ARABIC: [&str; 11] = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك"];
    let mut out = String::new();
    let mut rest = article;
    while let Some(open) = rest.find('(') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (Some(c), Some(')')) if LATIN.contains(c) => {
                out.push_str(ARABIC[LATIN.find(c).unwrap_or(0)]);
                rest = &rest[1..];
            }
            _ => {}
        }
    }
    out.push_str(rest);
    out
}

/// Formats messages of one language, falling back to English for a missing message.
pub struct Localizer {
    language: String,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// Builds the bundle of one shipped language. Parse errors and duplicate ids are skipped here
/// (the `locale_problems` test reports them).
fn bundle_for(language: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = language
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    for (_, _, source) in LOCALE_FILES.iter().filter(|(lang, _, _)| *lang == language) {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Localizer {
    /// A localizer for a shipped language; `unknown-language` otherwise.
    pub fn new(language: &str) -> Result<Localizer, Error> {
        if !is_available(language) {
            return Err(Error::UnknownLanguage {
                language: language.to_owned(),
            });
        }
        let fallback = (language != FALLBACK_LANGUAGE && is_available(FALLBACK_LANGUAGE))
            .then(|| bundle_for(FALLBACK_LANGUAGE));
        Ok(Localizer {
            language: language.to_owned(),
            bundle: bundle_for(language),
            fallback,
        })
    }

    /// The language of this localizer.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Formats message `id` with `args`, keeping Fluent's isolation marks around placeables.
    /// A message missing in this language comes from English; missing everywhere, the id itself
    /// is returned (visible, and caught by the locale tests).
    pub fn message(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        std::iter::once(&self.bundle)
            .chain(self.fallback.as_ref())
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, Some(&fluent_args), &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// [`Localizer::message`] without the isolation marks, for terminals and stored text.
    pub fn message_plain(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        strip_isolation(&self.message(id, args))
    }

    /// The message `error-<code>` for an error payload (with isolation marks).
    pub fn error_message(&self, payload: &ErrorPayload) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = payload
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), FluentValue::from(v.as_str())))
            .collect();
        self.message(&payload.message_id(), &args)
    }

    /// Whether message `id` exists in this language (without fallback).
    pub fn has_message(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// What one message (or term) looks like, for comparing locales.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Signature {
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
}

/// Checks the embedded locales and returns every problem found, one line each:
/// a file that fails to parse, an id defined twice in one language, a message or term missing
/// in a language, or a message whose variables (placeables) or attributes differ between
/// languages. Empty means consistent.
pub fn locale_problems() -> Vec<String> {
    problems_in(LOCALE_FILES)
}

/// [`locale_problems`] over any set of (language, file name, source).
fn problems_in(files: &[(&str, &str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut inventory: BTreeMap<&str, BTreeMap<String, Signature>> = BTreeMap::new();
    for (lang, file, source) in files {
        let entries = inventory.entry(lang).or_default();
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = source[..e.pos.start.min(source.len())]
                        .matches('\n')
                        .count()
                        + 1;
                    problems.push(format!("{lang}/{file}:{line}: parse error: {:?}", e.kind));
                }
                r
            }
        };
        for entry in &resource.body {
            let (id, sig) = match entry {
                fluent_syntax::ast::Entry::Message(m) => (m.id.name.to_owned(), ast::message(m)),
                fluent_syntax::ast::Entry::Term(t) => (format!("-{}", t.id.name), ast::term(t)),
                _ => continue,
            };
            if entries.insert(id.clone(), sig).is_some() {
                problems.push(format!(
                    "{lang}/{file}: `{id}` is defined more than once in {lang}"
                ));
            }
        }
    }
    let all_ids: BTreeSet<&String> = inventory.values().flat_map(BTreeMap::keys).collect();
    for id in all_ids {
        let present: Vec<(&str, &Signature)> = inventory
            .iter()
            .filter_map(|(l, m)| m.get(id).map(|s| (*l, s)))
            .collect();
        for lang in inventory
            .keys()
            .filter(|l| !present.iter().any(|(p, _)| p == *l))
        {
            problems.push(format!("`{id}` is missing in {lang}"));
        }
        let Some((first_lang, first)) = present.first() else {
            continue;
        };
        for (lang, sig) in &present[1..] {
            // Terms are language-internal (gender, case): only their presence must match.
            if !id.starts_with('-') && sig.variables != first.variables {
                problems.push(format!(
                    "`{id}` has variables {:?} in {first_lang} but {:?} in {lang}",
                    first.variables, sig.variables
                ));
            }
            if !id.starts_with('-') && sig.attributes != first.attributes {
                problems.push(format!(
                    "`{id}` has attributes {:?} in {first_lang} but {:?} in {lang}",
                    first.attributes, sig.attributes
                ));
            }
        }
    }
    problems
}

/// Walks the Fluent AST to collect variables.
mod ast {
    use fluent_syntax::ast::{
        Expression, InlineExpression, Message, Pattern, PatternElement, Term,
    };

    use super::Signature;

    pub(super) fn message(m: &Message<&str>) -> Signature {
        let mut sig = Signature::default();
        if let Some(p) = &m.value {
            pattern(p, &mut sig);
        }
        for a in &m.attributes {
            sig.attributes.insert(a.id.name.to_owned());
            pattern(&a.value, &mut sig);
        }
        sig
    }

    pub(super) fn term(t: &Term<&str>) -> Signature {
        let mut sig = Signature::default();
        pattern(&t.value, &mut sig);
        sig
    }

    fn pattern(p: &Pattern<&str>, sig: &mut Signature) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expr(expression, sig);
            }
        }
    }

    fn expr(e: &Expression<&str>, sig: &mut Signature) {
        match e {
            Expression::Inline(i) => inline(i, sig),
            Expression::Select { selector, variants } => {
                inline(selector, sig);
                for v in variants {
                    pattern(&v.value, sig);
                }
            }
        }
    }

    fn inline(i: &InlineExpression<&str>, sig: &mut Signature) {
        match i {
            InlineExpression::VariableReference { id } => {
                sig.variables.insert(id.name.to_owned());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, sig);
                }
                for a in &arguments.named {
                    inline(&a.value, sig);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, sig),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{tests::all_samples, ALL_CODES};

    #[test]
    fn arabic_articles_use_arabic_sub_paragraph_letters() {
        assert_eq!(article_in("18(15)(d)", "ar"), "18(15)(د)");
        assert_eq!(article_in("18(15)(e)", "ar"), "18(15)(هـ)");
        assert_eq!(article_in("18(3)(a)", "ar"), "18(3)(أ)");
        assert_eq!(article_in("29(7)", "ar"), "29(7)");
        assert_eq!(article_in("46(4)(bis)", "ar"), "46(4)(bis)");
        assert_eq!(article_in("18(15)(d)", "en"), "18(15)(d)");
    }

    #[test]
    fn english_and_arabic_are_shipped() {
        let langs = available_languages();
        assert!(
            langs.contains(&"en".to_owned()) && langs.contains(&"ar".to_owned()),
            "{langs:?}"
        );
        assert_eq!(
            Localizer::new("xx").unwrap_err(),
            Error::UnknownLanguage {
                language: "xx".into()
            }
        );
    }

    #[test]
    fn every_locale_has_the_same_messages_and_placeables() {
        let problems = locale_problems();
        assert!(
            problems.is_empty(),
            "locales differ or fail to parse ({} problems):\n  {}",
            problems.len(),
            problems.join("\n  ")
        );
    }

    #[test]
    fn the_consistency_check_reports_each_kind_of_problem() {
        let files = [
            (
                "en",
                "a.ftl",
                "same = Same { $x }\nmissing = Only here\nvars = { $a } and { $b }\n",
            ),
            (
                "ar",
                "a.ftl",
                "same = نفسه { $x }\nvars = { $a } فقط\nbroken = {\n",
            ),
            (
                "ar",
                "b.ftl",
                "same = مكرر { $x }\nattrs = x\n    .placeholder = y\n",
            ),
            ("en", "b.ftl", "attrs = x\n"),
        ];
        let problems = problems_in(&files);
        let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
        assert!(has("ar/a.ftl:4: parse error"), "{problems:#?}");
        assert!(has("`missing` is missing in ar"), "{problems:#?}");
        assert!(
            has(r#"`vars` has variables {"a"} in ar but {"a", "b"} in en"#),
            "{problems:#?}"
        );
        assert!(
            has("`same` is defined more than once in ar"),
            "{problems:#?}"
        );
        assert!(has("`attrs` has attributes"), "{problems:#?}");
        assert!(!has("`same` has"), "{problems:#?}");
    }

    #[test]
    fn localizer_and_store_can_live_in_app_state() {
        fn send_sync<T: Send + Sync>() {}
        fn send<T: Send>() {}
        send_sync::<Localizer>();
        send::<crate::store::Store>();
    }

    /// Arguments whose values are codes selected on, not text shown.
    const CODE_ARGS: [&str; 2] = ["reason", "found_type"];

    #[test]
    fn every_error_code_has_a_message_in_every_locale() {
        let mut missing = Vec::new();
        for lang in available_languages() {
            let l10n = Localizer::new(&lang).unwrap();
            for code in ALL_CODES {
                if !l10n.has_message(&format!("error-{code}")) {
                    missing.push(format!("{lang}: error-{code}"));
                }
            }
            for err in all_samples() {
                let text = l10n.error_message(&ErrorPayload::from(&err));
                assert!(!text.starts_with("error-"), "{lang}: {text}");
                // Every placeable and message reference resolved.
                assert!(!text.contains('{'), "{lang}: {err:?}: {text}");
                // Every argument that is not a code is shown.
                for (key, value) in err.args() {
                    if !CODE_ARGS.contains(&key.as_str()) {
                        assert!(
                            text.contains(value.as_str()),
                            "{lang}: {text} lacks {key}={value}"
                        );
                    }
                }
            }
        }
        assert!(missing.is_empty(), "missing error messages: {missing:?}");
    }

    #[test]
    fn every_reason_code_has_its_own_variant() {
        // The reason codes that are the default variant of their reason message.
        const DEFAULTS: [&str; 2] = ["invalid-syntax", "other"];
        for lang in available_languages() {
            let l10n = Localizer::new(&lang).unwrap();
            for err in all_samples() {
                let payload = ErrorPayload::from(&err);
                for key in CODE_ARGS {
                    let Some(code) = payload.args.get(key) else {
                        continue;
                    };
                    let mut unknown = payload.clone();
                    unknown.args.insert(key.to_owned(), "zz-unknown".to_owned());
                    let (known, fallback) =
                        (l10n.error_message(&payload), l10n.error_message(&unknown));
                    assert!(
                        !fallback.contains('{'),
                        "{lang}: an unknown {key} still renders a full sentence: {fallback}"
                    );
                    assert_eq!(
                        known == fallback,
                        DEFAULTS.contains(&code.as_str()),
                        "{lang}: {key}={code} in {}: {known}",
                        payload.code
                    );
                }
            }
        }
    }

    #[test]
    fn arabic_error_messages_have_no_english_fragments() {
        // Latin-script words an Arabic sentence may contain: product, format and standard names.
        const ALLOWED: [&str; 9] = [
            "MLA", "Desk", "JSON", "UTF", "UUID", "RFC", "mla", "desk", "U",
        ];
        let ar = Localizer::new("ar").unwrap();
        for err in all_samples() {
            let payload = ErrorPayload::from(&err);
            let mut text = strip_isolation(&ar.error_message(&payload));
            // What remains once the quoted data is taken out must be Arabic.
            for (key, value) in &payload.args {
                if !CODE_ARGS.contains(&key.as_str()) {
                    text = text.replace(value.as_str(), "");
                }
            }
            let latin: Vec<&str> = text
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty() && !ALLOWED.contains(w))
                .collect();
            assert!(latin.is_empty(), "{err:?}: {latin:?} in {text}");
        }
    }

    #[test]
    fn reasons_render_in_full_sentences() {
        let en = Localizer::new("en").unwrap();
        let ar = Localizer::new("ar").unwrap();
        let too_long = ErrorPayload::from(Error::InvalidFieldValue {
            path: "title".into(),
            reason: crate::error::FieldReason::TextTooLong { max: 1000 },
        });
        let text = strip_isolation(&en.error_message(&too_long));
        assert_eq!(
            text,
            "The value of title is not valid: the text is longer than the limit of 1000 characters."
        );
        let text = strip_isolation(&ar.error_message(&too_long));
        assert_eq!(
            text,
            "قيمة الحقل title غير صالحة: يتجاوز طول النص الحد الأقصى المسموح به (1000 حرف)."
        );
        let expected_text = ErrorPayload::from(Error::ImportInvalidField {
            path: "content.case_reference".into(),
            reason: crate::error::FieldReason::ExpectedText {
                found_type: crate::error::JsonType::Number,
            },
        });
        let text = strip_isolation(&ar.error_message(&expected_text));
        assert!(text.contains("يجب أن تكون القيمة نصًا، لكنها رقم"), "{text}");
        let syntax = ErrorPayload::from(Error::ImportJsonSyntax {
            line: 5,
            column: 3,
            reason: crate::error::SyntaxReason::MissingComma,
        });
        assert_eq!(
            strip_isolation(&en.error_message(&syntax)),
            "The file is not valid JSON: line 5, column 3: a comma or a closing bracket is \
             missing. Nothing was imported."
        );
    }

    #[test]
    fn isolation_marks_are_kept_and_strippable() {
        let ar = Localizer::new("ar").unwrap();
        let payload = ErrorPayload::from(&Error::UnknownField {
            path: "content.x".into(),
        });
        let text = ar.error_message(&payload);
        assert!(text.contains("\u{2068}content.x\u{2069}"), "{text}");
        let plain = ar.message_plain(&payload.message_id(), &[("path", "content.x".into())]);
        assert!(plain.contains("content.x") && !plain.contains('\u{2068}'));
    }

    #[test]
    fn missing_messages_fall_back_to_the_id() {
        let en = Localizer::new("en").unwrap();
        assert_eq!(en.message("no-such-message", &[]), "no-such-message");
    }
}
