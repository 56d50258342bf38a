//! The assistance requested: the repeatable `content.measures` group. Each measure has a
//! `type`; the fields of a type appear only when it is chosen (`visible_when`). The items each
//! type needs come from `refdata/measures.md` (section B), with the provisions cited.

use super::def::{boolean, date, group, loc, multi, number, reference, select, text, text_area};
use super::mla::person_ref;
use super::types::FieldDef;

/// Every measure type, in the order of the type picker.
pub const MEASURE_TYPES: [&str; 23] = [
    "testimony",
    "service",
    "search_seizure",
    "examination",
    "records",
    "expert",
    "asset_tracing",
    "asset_freezing",
    "asset_confiscation",
    "asset_return",
    "voluntary_appearance",
    "detained_transfer",
    "videoconference",
    "transfer_proceedings",
    "jit",
    "controlled_delivery",
    "covert",
    "spontaneous",
    "preservation",
    "stored_data",
    "realtime_traffic",
    "interception",
    "other",
];

/// The asset measures.
pub const ASSET_TYPES: [&str; 4] = [
    "asset_tracing",
    "asset_freezing",
    "asset_confiscation",
    "asset_return",
];
/// The electronic-evidence measures (Budapest Convention).
pub const E_EVIDENCE_TYPES: [&str; 4] = [
    "preservation",
    "stored_data",
    "realtime_traffic",
    "interception",
];
/// Measures that ask for records or data over a period, which should be bounded by dates and
/// name identifiers (anti-fishing).
pub const RECORD_TYPES: [&str; 6] = [
    "records",
    "preservation",
    "stored_data",
    "realtime_traffic",
    "interception",
    "asset_tracing",
];

fn with(a: &[&'static str], b: &[&'static str]) -> Vec<&'static str> {
    a.iter().chain(b).copied().collect()
}

/// The `content.measures` group.
pub(crate) fn measures_group() -> FieldDef {
    let t = "type";
    let assets = &ASSET_TYPES[..];
    let ev = &E_EVIDENCE_TYPES[..];
    let fields = vec![
        select(t, "measure-type", &MEASURE_TYPES)
            .req()
            .contents("d")
            .cite(&[
                ("untoc", "18(3)"),
                ("uncac", "46(3)"),
                ("vienna1988", "7(2)"),
            ]),
        loc("description", true).req().contents("d"),
        reference("offences", "content.offences", true)
            .req()
            .contents("b")
            .cite(&[("untoc", "18(9)")]),
        person_ref("persons").contents("e"),
        loc("grounds", true).contents("c"),
        // Taking evidence (testimony) and hearing by videoconference.
        boolean("sworn")
            .when(t, &["testimony", "videoconference"])
            .cite(&[("ets30", "3(2)")]),
        loc("questions", true)
            .req()
            .when(t, &["testimony", "videoconference"])
            .contents("d"),
        boolean("officials_present")
            .when(t, &["testimony", "search_seizure", "videoconference"])
            .cite(&[("untoc", "18(17)")]),
        boolean("defence_present")
            .when(t, &["testimony", "videoconference"])
            .cite(&[("untoc", "18(17)")]),
        boolean("recording")
            .when(t, &["testimony", "videoconference"])
            .cite(&[("untoc", "18(17)")]),
        // Service of documents.
        loc("documents_to_serve", true)
            .req()
            .when(t, &["service"])
            .cite(&[("untoc", "18(3)(b)"), ("ets30", "7(1)")]),
        select(
            "service_manner",
            "service-manner",
            &["ordinary", "personal", "special"],
        )
        .when(t, &["service"])
        .cite(&[("ets30", "7(1)")]),
        select("proof_of_service", "proof", &["receipt", "declaration"])
            .req()
            .when(t, &["service"])
            .cite(&[("ets30", "7(2)")]),
        date("appearance_date")
            .when(t, &["service", "voluntary_appearance"])
            .cite(&[("ets30", "7(3)")]),
        // Search and seizure; examining objects and sites.
        text_area("premises")
            .req()
            .when(t, &["search_seizure", "examination"])
            .contents("e")
            .cite(&[("untoc", "18(3)(c)")]),
        loc("items_sought", true)
            .req()
            .when(t, &["search_seizure"])
            .cite(&[("untoc", "18(3)(c)")]),
        loc("belief_grounds", true)
            .req()
            .when(t, &["search_seizure"])
            .cite(&[("untoc", "18(3)(c)"), ("ets30", "5(1)")]),
        loc("object_or_site", true)
            .req()
            .when(t, &["examination"])
            .cite(&[("untoc", "18(3)(d)")]),
        // Records (bank, corporate, government, business).
        select(
            "records_kind",
            "records-kind",
            &["bank", "corporate", "government", "business", "other"],
        )
        .req()
        .when(t, &["records"])
        .cite(&[
            ("untoc", "18(3)(f)"),
            ("untoc", "18(8)"),
            ("untoc", "18(29)"),
        ]),
        select("copies", "copies", &["certified_copies", "originals"])
            .req()
            .when(t, &["records"])
            .cite(&[("ets30", "3(3)"), ("untoc", "18(3)(f)")]),
        text("institution")
            .req()
            .when(t, &["records"])
            .contents("e"),
        text("account_number")
            .req()
            .when("records_kind", &["bank"])
            .contents("e")
            .cite(&[("untoc", "18(8)")]),
        text("account_holder")
            .req()
            .when("records_kind", &["bank"])
            .contents("e"),
        text_area("record_identifiers")
            .when(t, &["records", "asset_tracing"])
            .contents("e"),
        loc("document_types", true)
            .req()
            .when(t, &["records"])
            .contents("d"),
        date("date_from").when(t, &RECORD_TYPES).contents("d"),
        date("date_to").when(t, &RECORD_TYPES).contents("d"),
        // Expert evaluations.
        loc("expertise", true)
            .req()
            .when(t, &["expert"])
            .cite(&[("untoc", "18(3)(e)")]),
        // Assets: identifying, tracing, freezing, confiscation, return.
        select(
            "asset_type",
            "asset-type",
            &[
                "bank_balance",
                "real_property",
                "vehicle",
                "virtual_asset",
                "shares",
                "other",
            ],
        )
        .req()
        .when(t, assets)
        .cite(&[("untoc", "18(3)(g)"), ("uncac", "46(3)(j)")]),
        loc("asset_description", true)
            .req()
            .when(t, assets)
            .cite(&[("untoc", "13"), ("uncac", "55")]),
        text("asset_location")
            .cite(&[("untoc", "18(15)(e)")])
            .when(t, assets)
            .contents("e"),
        text("asset_value").cite(&[("uncac", "55")]).when(t, assets),
        loc("asset_link", true).req().when(t, assets).cite(&[
            ("untoc", "13"),
            ("uncac", "55"),
            ("uncac", "46(3)(g)"),
        ]),
        text("wallet_address")
            .req()
            .when("asset_type", &["virtual_asset"])
            .cite(&[("uncac", "46(3)(j)")]),
        text("va_network")
            .cite(&[("uncac", "46(3)(j)")])
            .req()
            .when("asset_type", &["virtual_asset"]),
        text("va_exchange")
            .cite(&[("uncac", "46(3)(j)")])
            .when("asset_type", &["virtual_asset"]),
        text_area("tx_hashes")
            .cite(&[("uncac", "46(3)(j)")])
            .when("asset_type", &["virtual_asset"]),
        text("va_amount")
            .cite(&[("uncac", "46(3)(j)")])
            .when("asset_type", &["virtual_asset"]),
        date("valuation_date")
            .cite(&[("uncac", "46(3)(j)")])
            .when("asset_type", &["virtual_asset"]),
        text("order_reference")
            .req()
            .when(t, &["asset_confiscation", "asset_return"])
            .cite(&[("untoc", "13"), ("uncac", "55")]),
        text_area("return_details")
            .req()
            .when(t, &["asset_return"])
            .cite(&[("uncac", "57")]),
        // Voluntary appearance; temporary transfer of a detained person.
        boolean("safe_conduct")
            .when(t, &["voluntary_appearance"])
            .cite(&[("untoc", "18(27)")]),
        loc("expenses", true)
            .when(t, &["voluntary_appearance", "detained_transfer"])
            .cite(&[("untoc", "18(28)")]),
        boolean("consent")
            .req()
            .when(t, &["detained_transfer"])
            .cite(&[("untoc", "18(10)(a)"), ("ets182", "13")]),
        loc("custody_terms", true)
            .req()
            .when(t, &["detained_transfer"])
            .cite(&[("untoc", "18(11)(a)"), ("untoc", "18(11)(d)")]),
        loc("return_terms", true)
            .req()
            .when(t, &["detained_transfer"])
            .cite(&[("untoc", "18(11)(b)"), ("untoc", "18(12)")]),
        text("transfer_period")
            .when(t, &["detained_transfer"])
            .cite(&[("untoc", "18(11)(b)")]),
        // Hearing by videoconference.
        loc("vc_reason", true)
            .req()
            .when(t, &["videoconference"])
            .cite(&[("untoc", "18(18)"), ("ets182", "9(3)")]),
        text("vc_conducted_by")
            .req()
            .when(t, &["videoconference"])
            .cite(&[("ets182", "9(3)")]),
        boolean("vc_interpreter")
            .when(t, &["videoconference"])
            .cite(&[("ets182", "9(5)")]),
        text("vc_time_zone")
            .req()
            .when(t, &["videoconference"])
            .cite(&[("untoc", "18(18)")]),
        date("vc_date")
            .cite(&[("untoc", "18(18)")])
            .when(t, &["videoconference"]),
        boolean("vc_accused_consent")
            .when(t, &["videoconference"])
            .cite(&[("ets182", "9(8)")]),
        // Transfer of proceedings; joint investigation teams.
        loc("tp_reasons", true)
            .req()
            .when(t, &["transfer_proceedings"])
            .cite(&[("untoc", "21"), ("uncac", "47")]),
        loc("jit_purpose", true)
            .req()
            .when(t, &["jit"])
            .cite(&[("untoc", "19"), ("uncac", "49")]),
        text("jit_duration")
            .req()
            .when(t, &["jit"])
            .cite(&[("untoc", "19")]),
        text_area("jit_members")
            .when(t, &["jit"])
            .cite(&[("untoc", "19")]),
        // Controlled delivery; covert investigations; spontaneous information.
        loc("consignment", true)
            .req()
            .when(t, &["controlled_delivery"])
            .cite(&[("untoc", "20"), ("ets182", "18")]),
        loc("route", true)
            .req()
            .when(t, &["controlled_delivery"])
            .cite(&[("untoc", "20"), ("ets182", "18")]),
        text("cd_authorities")
            .req()
            .when(t, &["controlled_delivery"])
            .cite(&[("ets182", "18(4)")]),
        text("covert_duration")
            .req()
            .when(t, &["covert"])
            .cite(&[("ets182", "19(2)")]),
        loc("covert_conditions", true)
            .req()
            .when(t, &["covert"])
            .cite(&[("ets182", "19(2)")]),
        loc("officers_status", true)
            .req()
            .when(t, &["covert"])
            .cite(&[("ets182", "19(2)")]),
        loc("use_conditions", true)
            .when(t, &["spontaneous"])
            .cite(&[("untoc", "18(5)"), ("budapest", "26")]),
        // Electronic evidence (Budapest Convention arts. 29-34).
        loc("data_description", true)
            .req()
            .when(t, ev)
            .cite(&[("budapest", "29(2)(c)")]),
        loc("data_relationship", true)
            .req()
            .when(t, &["preservation"])
            .cite(&[("budapest", "29(2)(c)")]),
        text("provider")
            .req()
            .when(t, ev)
            .cite(&[("budapest", "29(2)(d)")]),
        text_area("data_identifiers")
            .req()
            .when(t, ev)
            .cite(&[("budapest", "29(2)(d)")]),
        loc("necessity", true)
            .req()
            .when(t, &["preservation"])
            .cite(&[("budapest", "29(2)(e)")]),
        boolean("mla_to_follow")
            .req()
            .when(t, &["preservation"])
            .cite(&[("budapest", "29(2)(f)")]),
        number("preservation_days")
            .when(t, &["preservation"])
            .cite(&[("budapest", "29(7)")]),
        multi(
            "data_categories",
            "data-category",
            &["subscriber", "traffic", "content"],
        )
        .req()
        .when(t, &["stored_data"])
        .cite(&[("budapest", "31")]),
        text("time_zone")
            .req()
            .when(t, &with(ev, &[]))
            .cite(&[("budapest", "29(2)(c)")]),
        loc("expedited_grounds", true)
            .when(t, &["stored_data"])
            .cite(&[("budapest", "31(3)")]),
        loc("interception_basis", true)
            .req()
            .when(t, &["interception"])
            .cite(&[("budapest", "34")]),
    ];
    group("content.measures", fields).req().contents("d")
}
