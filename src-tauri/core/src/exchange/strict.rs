//! A JSON parser that refuses duplicate object keys.
//!
//! `serde_json::Value` keeps the last of two equal keys silently, so a hostile file could show one
//! value to a reader and give another to the app. [`parse`] builds the same `Value` through a
//! visitor that stops at the first repeated key and names its path. Everything else, including
//! serde_json's limit of 128 nested levels, is serde_json's own parser.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::schema::{quote, MAX_QUOTED_CHARS};

/// Why [`parse`] failed.
#[derive(Debug)]
pub(super) enum ParseError {
    /// A key repeated in one object: its path (`content.case_reference`, `a[2].b`) and the 1-based
    /// line and byte column of the repeated key's closing quote.
    Duplicate {
        path: String,
        line: usize,
        column: usize,
    },
    /// Anything else: serde_json's syntax error.
    Syntax(serde_json::Error),
}

/// Parses one JSON document (nothing but whitespace after it), refusing duplicate keys.
pub(super) fn parse(text: &str) -> Result<Value, ParseError> {
    let duplicate = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let seed = Seed {
        at: At {
            parent: None,
            segment: None,
        },
        duplicate: &duplicate,
    };
    let result = seed.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    result.map_err(|e| match duplicate.into_inner() {
        Some(path) => ParseError::Duplicate {
            path,
            line: e.line(),
            column: e.column(),
        },
        None => ParseError::Syntax(e),
    })
}

/// One step of a path.
#[derive(Clone, Copy)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// Where a value sits: a chain of segments up to the root, borrowed from the parser's stack.
#[derive(Clone, Copy)]
struct At<'a> {
    parent: Option<&'a At<'a>>,
    segment: Option<Segment<'a>>,
}

impl At<'_> {
    /// The path as the error shows it: keys joined by `.`, indexes as `[i]`; each key and the
    /// whole path shortened.
    fn render(&self) -> String {
        let mut segments = Vec::new();
        let mut cur = Some(self);
        while let Some(at) = cur {
            segments.extend(at.segment);
            cur = at.parent;
        }
        let mut path = String::new();
        for segment in segments.iter().rev() {
            match segment {
                Segment::Key(k) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(&quote(k));
                }
                Segment::Index(i) => path.push_str(&format!("[{i}]")),
            }
        }
        // Keep the end, which names the repeated key.
        let chars = path.chars().count();
        if chars > 2 * MAX_QUOTED_CHARS {
            let tail: String = path.chars().skip(chars - 2 * MAX_QUOTED_CHARS).collect();
            path = format!("…{tail}");
        }
        path
    }
}

/// Builds a [`Value`] at `at`, recording the first duplicate key in `duplicate`.
#[derive(Clone, Copy)]
struct Seed<'a> {
    at: At<'a>,
    duplicate: &'a RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // JSON numbers are finite; serde_json refuses out-of-range ones before this.
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let seed = Seed {
                at: At {
                    parent: Some(&self.at),
                    segment: Some(Segment::Index(items.len())),
                },
                duplicate: self.duplicate,
            };
            match seq.next_element_seed(seed)? {
                Some(v) => items.push(v),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let at = At {
                parent: Some(&self.at),
                segment: Some(Segment::Key(&key)),
            };
            if object.contains_key(&key) {
                *self.duplicate.borrow_mut() = Some(at.render());
                return Err(de::Error::custom("duplicate key"));
            }
            let value = map.next_value_seed(Seed {
                at,
                duplicate: self.duplicate,
            })?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dup(text: &str) -> (String, usize, usize) {
        match parse(text) {
            Err(ParseError::Duplicate { path, line, column }) => (path, line, column),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn parses_like_serde_json() {
        let text = r#"{"a": [1, -2, 3.5, true, null, "x", {"b": {}}], "c": "مصر", "d": 18446744073709551615}"#;
        let ours = parse(text).unwrap();
        let theirs: Value = serde_json::from_str(text).unwrap();
        assert_eq!(ours, theirs);
        assert!(matches!(parse("{} x"), Err(ParseError::Syntax(_))));
        assert!(matches!(parse("[1,"), Err(ParseError::Syntax(_))));
        assert!(matches!(
            parse(&"[".repeat(1000)),
            Err(ParseError::Syntax(_))
        ));
    }

    #[test]
    fn duplicate_keys_name_their_path_and_position() {
        assert_eq!(
            dup("{\"title\": \"a\",\n \"title\": \"b\"}"),
            ("title".into(), 2, 8)
        );
        assert_eq!(
            dup(r#"{"content": {"case_reference": "1", "case_reference": "2"}}"#).0,
            "content.case_reference"
        );
        assert_eq!(dup(r#"{"a": [{}, {"b": 1, "b": 1}]}"#).0, "a[1].b");
        // Equal after JSON unescaping is equal.
        assert_eq!(dup(r#"{"kind": 1, "\u006bind": 2}"#).0, "kind");
        // Same key in different objects is fine.
        assert!(parse(r#"{"a": {"x": 1}, "b": {"x": 1}}"#).is_ok());
        let long = "k".repeat(10_000);
        let (path, _, _) = dup(&format!("{{\"{long}\": 1, \"{long}\": 2}}"));
        assert!(path.chars().count() <= MAX_QUOTED_CHARS + 1, "{path}");
    }
}
