//! The drafts list: search and sort.

use std::cmp::Reverse;

use uuid::Uuid;

use super::drafts::parse_timestamp;
use super::Store;
use crate::error::{DbReason, Error};
use crate::model::{DraftKind, DraftSort, DraftSummary};
use crate::states;
use crate::text::normalize_for_search;

/// A summary plus the texts search looks at.
struct Row {
    summary: DraftSummary,
    authority: Option<String>,
}

impl Row {
    /// Title, case reference, requesting authority, and both States' codes and names in every
    /// language.
    fn search_texts(&self) -> Vec<&str> {
        let s = &self.summary;
        let mut texts = vec![s.title.as_str()];
        texts.extend(s.case_title.as_deref());
        texts.extend(s.case_reference.as_deref());
        texts.extend(self.authority.as_deref());
        for code in [&s.requesting_state, &s.requested_state]
            .into_iter()
            .flatten()
        {
            texts.push(code);
            if let Some(state) = states::state(code) {
                texts.extend(state.names.values().map(String::as_str));
            }
        }
        texts
    }
}

impl Store {
    /// The drafts matching `query`, in `sort` order.
    ///
    /// A query matches (by substring, after [`normalize_for_search`], so case, diacritics and
    /// tatweel do not matter) the title, the case's title, the case reference, the requesting authority, or the
    /// requesting or requested State's code or name in any language. `None` or a blank query
    /// lists everything.
    pub fn list_drafts(
        &self,
        query: Option<&str>,
        sort: DraftSort,
    ) -> Result<Vec<DraftSummary>, Error> {
        let q = query.map(normalize_for_search).unwrap_or_default();
        let mut stmt = self.conn.prepare(
            "SELECT d.id, d.kind, d.title, d.case_reference, d.requesting_state,
                    d.requested_state, d.created_at, d.updated_at,
                    json_extract(d.content, '$.requesting_authority'), d.case_id, c.title
             FROM drafts d JOIN cases c ON c.id = d.case_id",
        )?;
        let raw = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, String>(7)?,
                // Not a string if a later version stores something else there: ignore then.
                r.get::<_, Option<String>>(8).unwrap_or(None),
                r.get::<_, String>(9)?,
                r.get::<_, String>(10)?,
            ))
        })?;
        let mut rows = Vec::new();
        for row in raw {
            let (
                id,
                kind,
                title,
                case_reference,
                requesting,
                requested,
                created,
                updated,
                authority,
                case_id,
                case_title,
            ) = row?;
            let corrupt = |what: &str| Error::Db {
                reason: DbReason::CorruptDraft,
                detail: format!("draft {id}: invalid {what}"),
            };
            let summary = DraftSummary {
                id: Uuid::parse_str(&id).map_err(|_| corrupt("id"))?,
                kind: kind.parse::<DraftKind>().map_err(|_| corrupt("kind"))?,
                title,
                case_reference: case_reference.filter(|c| !c.is_empty()),
                requesting_state: requesting,
                requested_state: requested,
                created_at: parse_timestamp(&created).ok_or_else(|| corrupt("created_at"))?,
                updated_at: parse_timestamp(&updated).ok_or_else(|| corrupt("updated_at"))?,
                case_id: Some(Uuid::parse_str(&case_id).map_err(|_| corrupt("case_id"))?),
                case_title: Some(case_title),
            };
            let row = Row { summary, authority };
            if q.is_empty()
                || row
                    .search_texts()
                    .iter()
                    .any(|t| normalize_for_search(t).contains(&q))
            {
                rows.push(row.summary);
            }
        }
        match sort {
            DraftSort::UpdatedDesc => rows.sort_by_key(|s| (Reverse(s.updated_at), s.id)),
            DraftSort::UpdatedAsc => rows.sort_by_key(|s| (s.updated_at, s.id)),
            DraftSort::Title => rows.sort_by_cached_key(|s| {
                (normalize_for_search(&s.title), Reverse(s.updated_at), s.id)
            }),
        }
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::model::FieldChange;

    fn change(path: &str, value: serde_json::Value) -> FieldChange {
        FieldChange {
            path: path.into(),
            value,
        }
    }

    /// A State code and its Arabic name from the built-in list.
    fn arabic_named_state() -> (String, String) {
        let s = states::all_states()
            .iter()
            .find(|s| s.names.contains_key("ar"))
            .unwrap();
        (s.code.clone(), s.names["ar"].clone())
    }

    #[test]
    fn search_covers_titles_references_authorities_and_state_names() {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = Store::open(tmp.path()).unwrap();
        let (code, ar_name) = arabic_named_state();
        let a = store.create_draft(DraftKind::Mla).unwrap();
        store
            .update_draft(
                a.id,
                &[
                    change("title", json!("طلب المساعدة القانونية المتبادلة")),
                    change("content.case_reference", json!("CR-2025/17")),
                ],
            )
            .unwrap();
        let b = store.create_draft(DraftKind::Extradition).unwrap();
        store
            .update_draft(
                b.id,
                &[
                    change("title", json!("Extradition of X")),
                    change("content.requesting_authority", json!("النيابة العامّة")),
                    change("requested_state", json!(code)),
                ],
            )
            .unwrap();
        let ids = |q: Option<&str>| -> Vec<Uuid> {
            store
                .list_drafts(q, DraftSort::UpdatedDesc)
                .unwrap()
                .into_iter()
                .map(|s| s.id)
                .collect()
        };
        assert_eq!(ids(None), [b.id, a.id]);
        assert_eq!(ids(Some("  ")), [b.id, a.id]);
        // Diacritics, tatweel and ta marbuta are ignored.
        assert_eq!(ids(Some("المُسـاعدة")), [a.id]);
        assert_eq!(ids(Some("cr-2025")), [a.id]);
        assert_eq!(ids(Some("النيابه العامه")), [b.id]);
        assert_eq!(ids(Some("EXTRADITION")), [b.id]);
        assert_eq!(ids(Some(&ar_name)), [b.id]);
        assert_eq!(ids(Some("no such thing")), Vec::<Uuid>::new());
        let summary = &store
            .list_drafts(Some("CR-2025"), DraftSort::Title)
            .unwrap()[0];
        assert_eq!(summary.case_reference.as_deref(), Some("CR-2025/17"));
    }

    #[test]
    fn sorts_by_update_and_by_title() {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = Store::open(tmp.path()).unwrap();
        let mut ids = Vec::new();
        for title in ["beta", "Alpha", "gamma"] {
            let d = store.create_draft(DraftKind::Mla).unwrap();
            store
                .update_draft(d.id, &[change("title", json!(title))])
                .unwrap();
            ids.push(d.id);
        }
        // Touch "beta" last.
        std::thread::sleep(std::time::Duration::from_millis(2));
        store
            .update_draft(ids[0], &[change("content.case_reference", json!("r"))])
            .unwrap();
        let order = |sort| -> Vec<String> {
            store
                .list_drafts(None, sort)
                .unwrap()
                .into_iter()
                .map(|s| s.title)
                .collect()
        };
        assert_eq!(order(DraftSort::UpdatedDesc), ["beta", "gamma", "Alpha"]);
        assert_eq!(order(DraftSort::UpdatedAsc), ["Alpha", "gamma", "beta"]);
        assert_eq!(order(DraftSort::Title), ["Alpha", "beta", "gamma"]);
    }
}
