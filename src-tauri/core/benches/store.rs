//! Store and search figures: `cargo bench -p mla-core` (quick run:
//! `cargo bench -p mla-core -- --warm-up-time 1 --measurement-time 2`).
//!
//! - `update_draft/one_field`: one autosave (one field, one transaction, `synchronous=FULL`);
//! - `list_drafts_5000/{all,arabic_query,latin_query}`: the home list over 5,000 drafts;
//! - `search_states/arabic_prefix`: the State picker after two Arabic letters;
//! - `import_draft/typical_file`: validate and insert a typical exchange file.
//!
//! Figures only: nothing here asserts a time.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use mla_core::{states, DraftSort, FieldChange, Store};
use serde_json::json;

/// How many drafts the list benchmarks run over.
const DRAFTS: usize = 5_000;

/// A typical exchange file, varied by `i` so that searches match a few drafts, not all.
fn typical_file(i: usize) -> String {
    let (requesting, requested) = [("JO", "EG"), ("MA", "FR"), ("AE", "GB"), ("QA", "DE")][i % 4];
    let authority = [
        "وزارة العدل — السلطة المركزية",
        "النيابة العامة",
        "Ministry of Justice — Central Authority",
        "مكتب النائب العام",
    ][i % 4];
    let title = if i.is_multiple_of(2) {
        format!("طلب المساعدة القانونية المتبادلة رقم {i} — الوثائق المصرفية")
    } else {
        format!("Bank records — Horizon Trading LLC no. {i}")
    };
    json!({
        "format": "mla-desk/1",
        "kind": if i.is_multiple_of(3) { "extradition" } else { "mla" },
        "title": title,
        "requesting_state": requesting,
        "requested_state": requested,
        "created_at": "2025-03-01T08:30:00.000000Z",
        "updated_at": "2025-03-02T14:05:09.123456Z",
        "content": {
            "case_reference": format!("AMM/2025/{i:04}"),
            "requesting_authority": authority,
        }
    })
    .to_string()
}

fn store_with(drafts: usize) -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(tmp.path()).expect("open store");
    for i in 0..drafts {
        store
            .import_draft(typical_file(i).as_bytes())
            .expect("import");
    }
    (tmp, store)
}

fn benches(c: &mut Criterion) {
    let (_tmp, mut store) = store_with(DRAFTS);
    let id = store
        .list_drafts(None, DraftSort::UpdatedDesc)
        .expect("list")[0]
        .id;

    let mut n = 0_u64;
    c.bench_function("update_draft/one_field", |b| {
        b.iter(|| {
            n += 1;
            let change = FieldChange {
                path: "content.case_reference".into(),
                value: json!(format!("AMM/2025/{n}")),
            };
            black_box(store.update_draft(id, &[change]).expect("update"))
        })
    });

    let mut list = c.benchmark_group("list_drafts_5000");
    list.sample_size(20);
    for (name, query) in [
        ("all", None),
        ("arabic_query", Some("النيابه العامه")),
        ("latin_query", Some("amm/2025/01")),
    ] {
        let hits = store
            .list_drafts(query, DraftSort::UpdatedDesc)
            .expect("list")
            .len();
        assert!(hits > 0, "{name} matches something");
        list.bench_function(name, |b| {
            b.iter(|| black_box(store.list_drafts(black_box(query), DraftSort::UpdatedDesc)))
        });
    }
    list.finish();

    c.bench_function("search_states/arabic_prefix", |b| {
        b.iter(|| black_box(states::search_states(black_box("ال"), "ar")))
    });

    let (_tmp2, mut target) = store_with(0);
    let file = typical_file(1);
    c.bench_function("import_draft/typical_file", |b| {
        b.iter(|| {
            black_box(
                target
                    .import_draft(black_box(file.as_bytes()))
                    .expect("import"),
            )
        })
    });
}

criterion_group!(store_benches, benches);
criterion_main!(store_benches);
