//! Golden files for exported drafts: volatile values (uuids, timestamps) are replaced by stable
//! placeholders before comparing, so the golden holds only what the user entered and what the
//! engine derived from it.
//!
//! `MLA_UPDATE_GOLDEN=1` rewrites the golden instead of comparing (then look at the diff).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// `tests/fixtures/golden/<name>`.
pub fn golden_path(name: &str) -> PathBuf {
    crate::fixture("golden").join(name)
}

/// True for a UUID in its canonical textual form (8-4-4-4-12 hex digits).
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// True for an RFC 3339 date-time (`2025-03-02T14:05:09.123456Z`, `…+03:00`); a plain date
/// (`2025-03-02`, entered by the user) is not volatile and stays.
pub fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && (b[10] == b'T' || b[10] == b't')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && (s.ends_with('Z') || s.ends_with('z') || s[19..].contains(['+', '-']))
}

/// Replaces every uuid string by `<uuid-N>` (N by order of first appearance, the same uuid
/// always getting the same N, so references stay visibly linked to their items) and every
/// timestamp by `<timestamp>`. Objects are walked in key order (serde_json's map is sorted).
pub fn normalize(value: &Value) -> Value {
    fn walk(v: &Value, ids: &mut HashMap<String, usize>) -> Value {
        match v {
            Value::String(s) if is_uuid(s) => {
                let key = s.to_ascii_lowercase();
                let next = ids.len() + 1;
                let n = *ids.entry(key).or_insert(next);
                Value::String(format!("<uuid-{n}>"))
            }
            Value::String(s) if is_timestamp(s) => Value::String("<timestamp>".to_owned()),
            Value::Array(items) => Value::Array(items.iter().map(|i| walk(i, ids)).collect()),
            Value::Object(map) => {
                Value::Object(map.iter().map(|(k, v)| (k.clone(), walk(v, ids))).collect())
            }
            other => other.clone(),
        }
    }
    walk(value, &mut HashMap::new())
}

/// Compares the normalised `actual` JSON text with the golden file `path`; with
/// `MLA_UPDATE_GOLDEN=1` writes it instead. On a difference, the normalised actual text goes to
/// `actual_out` and the error names the first differing line.
pub fn assert_golden(path: &Path, actual_json: &str, actual_out: &Path) -> Result<(), String> {
    let parsed: Value = serde_json::from_str(actual_json)
        .map_err(|e| format!("the export is not JSON ({e}):\n{actual_json}"))?;
    let actual = serde_json::to_string_pretty(&normalize(&parsed)).expect("JSON prints") + "\n";
    if std::env::var_os("MLA_UPDATE_GOLDEN").is_some_and(|v| !v.is_empty() && v != "0") {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(path, &actual).map_err(|e| format!("writing {}: {e}", path.display()))?;
        eprintln!("golden file written: {}", path.display());
        return Ok(());
    }
    let expected = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read golden file {} ({e}); create it with MLA_UPDATE_GOLDEN=1",
            path.display()
        )
    })?;
    if expected == actual {
        return Ok(());
    }
    if let Some(dir) = actual_out.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(actual_out, &actual);
    let (exp_lines, act_lines): (Vec<&str>, Vec<&str>) =
        (expected.lines().collect(), actual.lines().collect());
    let line = (0..exp_lines.len().max(act_lines.len()))
        .find(|&i| exp_lines.get(i) != act_lines.get(i))
        .unwrap_or(0);
    Err(format!(
        "the export differs from the golden file {} at line {}:\n  expected: {}\n  actual:   {}\n\
         (normalised export written to {}; if the change is intended, rerun with \
         MLA_UPDATE_GOLDEN=1 and review the diff)",
        path.display(),
        line + 1,
        exp_lines.get(line).copied().unwrap_or("<end of file>"),
        act_lines.get(line).copied().unwrap_or("<end of file>"),
        actual_out.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn uuids_numbered_by_first_appearance_and_timestamps_masked() {
        let a = "0b7a6c1e-2f3d-4a5b-8c9d-0e1f2a3b4c5d";
        let b = "1C8B7D2F-3A4E-4B6C-9D0E-1F2A3B4C5D6E";
        let v = json!({
            "a_id": a,
            "b": [{"id": b}, {"ref": [a, b.to_lowercase()]}],
            "created_at": "2025-03-01T08:30:00.000000Z",
            "updated_at": "2025-03-01T08:30:00+03:00",
            "date": "2025-03-01",
            "text": "not 0b7a6c1e-2f3d-4a5b-8c9d-0e1f2a3b4c5d",
        });
        assert_eq!(
            normalize(&v),
            json!({
                "a_id": "<uuid-1>",
                "b": [{"id": "<uuid-2>"}, {"ref": ["<uuid-1>", "<uuid-2>"]}],
                "created_at": "<timestamp>",
                "updated_at": "<timestamp>",
                "date": "2025-03-01",
                "text": "not 0b7a6c1e-2f3d-4a5b-8c9d-0e1f2a3b4c5d",
            })
        );
    }
}
