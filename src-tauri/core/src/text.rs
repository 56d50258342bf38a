//! Text normalisation for search.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds text so that searches ignore case, diacritics, tatweel and spelling variants.
///
/// Steps, in order:
/// 1. Unicode NFKD (compatibility decomposition). This also maps Arabic presentation forms
///    (as found in text copied from PDFs) to the base letters, and splits hamza/madda carriers:
///    أ إ آ → ا, ؤ → و, ئ → ي.
/// 2. Drops every combining mark: Latin accents, Arabic harakat, shadda, sukun, superscript alef,
///    hamza above/below.
/// 3. Drops tatweel (U+0640) and invisible format characters (bidi marks and isolates such as
///    Fluent's U+2068/U+2069, zero-width joiners, BOM).
/// 4. Folds Arabic spelling variants: alef maksura ى → ي, and ta marbuta ة → ه (so «الاردنيه» finds
///    «الأردنية»). We chose to fold both: officers type either form and the false matches this
///    creates are negligible for names and references.
/// 5. Maps Arabic-Indic digits (٠–٩ and ۰–۹) to ASCII digits, so case references match in both.
/// 6. Lowercases, and collapses runs of whitespace into one space, trimmed.
///
/// Compare a normalised query with normalised text by substring (`contains`).
pub fn normalize_for_search(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd() {
        if is_combining_mark(c) || is_ignorable(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match fold_char(c) {
            Some(folded) => out.push(folded),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Whether a normalised query matches any of the given texts (by substring, after normalising
/// each text). An empty query matches everything.
pub fn matches_any<'a>(query_normalized: &str, texts: impl IntoIterator<Item = &'a str>) -> bool {
    query_normalized.is_empty()
        || texts
            .into_iter()
            .any(|t| normalize_for_search(t).contains(query_normalized))
}

/// Tatweel and invisible format characters.
fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{0640}'                   // ARABIC TATWEEL
        | '\u{00AD}'                 // SOFT HYPHEN
        | '\u{061C}'                 // ARABIC LETTER MARK
        | '\u{200B}'..='\u{200F}'    // ZWSP, ZWNJ, ZWJ, LRM, RLM
        | '\u{202A}'..='\u{202E}'    // bidi embeddings and overrides
        | '\u{2060}'..='\u{2069}'    // word joiner, invisible operators, bidi isolates
        | '\u{FEFF}' // BOM / ZWNBSP
    )
}

/// Arabic letter and digit folds (see [`normalize_for_search`]).
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'ى' => 'ي',
        'ة' => 'ه',
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::normalize_for_search as n;

    #[test]
    fn arabic_diacritics_and_hamza_forms_fold() {
        assert_eq!(n("الأُرْدُنّ"), n("الاردن"));
        assert_eq!(n("الأُرْدُنّ"), "الاردن");
        assert_eq!(n("إسرائيل"), n("اسرائيل"));
        assert_eq!(n("آسيا"), "اسيا");
        assert_eq!(n("مُؤتمر"), "موتمر");
    }

    #[test]
    fn tatweel_is_ignored() {
        assert_eq!(n("مـصـر"), "مصر");
        assert_eq!(n("مـــــصر"), n("مِصْر"));
    }

    #[test]
    fn alef_maksura_and_ta_marbuta_fold() {
        assert_eq!(n("مستشفى"), n("مستشفي"));
        assert_eq!(n("المملكة العربية السعودية"), n("المملكه العربيه السعوديه"));
    }

    #[test]
    fn latin_case_and_accents_fold() {
        assert_eq!(n("Côte d’Ivoire"), n("cote d’ivoire"));
        assert_eq!(n("TÜRKİYE"), n("turkiye"));
        assert_eq!(n("  São   Tomé\tand Príncipe "), "sao tome and principe");
    }

    #[test]
    fn presentation_forms_invisibles_and_digits_fold() {
        // «مصر» in Arabic presentation forms, as copied out of a PDF.
        assert_eq!(n("\u{FEE3}\u{FEBC}\u{FEAE}"), "مصر");
        assert_eq!(n("\u{2068}Jordan\u{2069}\u{200F}"), "jordan");
        assert_eq!(n("قضية رقم ٢٠٢٤/١٧"), n("قضيه رقم 2024/17"));
    }

    #[test]
    fn matches_any_uses_substrings() {
        assert!(super::matches_any(&n("ردن"), ["الأردن"]));
        assert!(super::matches_any("", ["x"]));
        assert!(!super::matches_any(&n("مصر"), ["الأردن", "Jordan"]));
    }
}
