//! The MLA request form, in the wizard order of issue 3. Every field cites the provision that
//! makes it necessary (UNTOC art. 18, UNCAC art. 46, 1988 Convention art. 7, ETS 30/182,
//! Budapest); its help message says why, with the same article.

use super::def::{boolean, date, finish, group, loc, multi, reference, select, state, states};
use super::def::{text, text_area};
use super::measures;
use super::types::{FieldDef, StepDef};

/// UNTOC 18(15)(x), UNCAC 46(15)(x) and 1988 Convention 7(10)(x): the mandatory contents.
fn contents(letter: &str) -> [(&'static str, String); 3] {
    [
        ("untoc", format!("18(15)({letter})")),
        ("uncac", format!("46(15)({letter})")),
        ("vienna1988", format!("7(10)({letter})")),
    ]
}

impl FieldDef {
    /// Cites UNTOC 18(15)(x) / UNCAC 46(15)(x) / 1988 7(10)(x).
    pub(crate) fn contents(self, letter: &str) -> FieldDef {
        let c = contents(letter);
        let refs: Vec<(&str, &str)> = c.iter().map(|(i, a)| (*i, a.as_str())).collect();
        self.cite(&refs)
    }
}

fn step(id: &str, mut fields: Vec<FieldDef>) -> StepDef {
    finish(&mut fields, None);
    let dashed = id.replace('_', "-");
    StepDef {
        id: id.to_owned(),
        title: format!("step-{dashed}"),
        help: Some(format!("step-{dashed}-help")),
        fields,
    }
}

/// The languages the request is written in (a new draft gets the UI language).
pub(crate) const OUTPUT_LANGUAGES: &str = "content.output_languages";

/// The steps of the MLA request.
pub(crate) fn steps() -> Vec<StepDef> {
    vec![
        step(
            "requesting",
            vec![
                state("requesting_state").req().contents("a"),
                text("content.requesting_authority").req().contents("a"),
                text_area("content.requesting_authority_address").contents("a"),
                text("content.conducting_authority").req().contents("b"),
                loc("content.conducting_authority_functions", true)
                    .req()
                    .contents("b"),
                text("content.contact_name")
                    .req()
                    .cite(&[("untoc", "18(13)")]),
                text("content.contact_title").cite(&[("untoc", "18(24)")]),
                text("content.contact_phone")
                    .req()
                    .cite(&[("untoc", "18(24)")]),
                text("content.contact_email")
                    .req()
                    .cite(&[("untoc", "18(24)")]),
                text("content.contact_languages").cite(&[("untoc", "18(14)")]),
                text("content.case_reference").cite(&[("untoc", "18(15)(b)")]),
                text_area("content.other_references").cite(&[("untoc", "18(15)(b)")]),
                select(
                    "content.proceedings_stage",
                    "stage",
                    &["investigation", "prosecution", "trial", "enforcement"],
                )
                .req()
                .contents("b"),
                select(
                    "content.proceedings_nature",
                    "nature",
                    &["criminal", "civil", "administrative"],
                )
                .req()
                .contents("b")
                .cite(&[("uncac", "43(1)")]),
                multi(OUTPUT_LANGUAGES, "language", &["en", "ar"])
                    .req()
                    .cite(&[("untoc", "18(14)"), ("uncac", "46(14)")]),
                text("title"),
            ],
        ),
        step(
            "requested",
            vec![
                state("requested_state").req().cite(&[("untoc", "18(13)")]),
                text("content.addressee_authority")
                    .req()
                    .cite(&[("untoc", "18(13)"), ("uncac", "46(13)")]),
                select(
                    "content.transmission_channel",
                    "channel",
                    &[
                        "central_authority",
                        "diplomatic",
                        "interpol",
                        "direct_judicial",
                        "other",
                    ],
                )
                .req()
                .cite(&[("untoc", "18(13)"), ("uncac", "46(13)")]),
                text("content.transmission_channel_other")
                    .cite(&[("untoc", "18(13)")])
                    .req()
                    .when("content.transmission_channel", &["other"]),
            ],
        ),
        step(
            "legal_basis",
            vec![
                multi(
                    "content.legal_bases",
                    "legal-basis",
                    &[
                        "untoc",
                        "uncac",
                        "vienna1988",
                        "budapest",
                        "treaty",
                        "domestic_law",
                    ],
                )
                .req()
                .cite(&[
                    ("untoc", "18(1)"),
                    ("untoc", "18(7)"),
                    ("uncac", "46(1)"),
                ]),
                text("content.treaty_name")
                    .req()
                    .when("content.legal_bases", &["treaty"])
                    .cite(&[("untoc", "18(6)"), ("untoc", "18(7)")]),
                text("content.domestic_law")
                    .cite(&[("untoc", "18(1)")])
                    .req()
                    .when("content.legal_bases", &["domestic_law"]),
                loc("content.reciprocity_undertaking", true)
                    .cite(&[("untoc", "18(1)")])
                    .req()
                    .when("content.legal_bases", &["domestic_law"]),
            ],
        ),
        step(
            "urgency",
            vec![
                boolean("content.urgent").cite(&[("untoc", "18(24)"), ("uncac", "46(24)")]),
                loc("content.urgency_reason", true)
                    .req()
                    .when_true("content.urgent")
                    .cite(&[("untoc", "18(24)")]),
                date("content.needed_by")
                    .when_true("content.urgent")
                    .cite(&[("untoc", "18(24)")]),
                date("content.trial_date")
                    .when_true("content.urgent")
                    .cite(&[("untoc", "18(24)")]),
                boolean("content.confidential").cite(&[
                    ("untoc", "18(20)"),
                    ("uncac", "46(20)"),
                    ("vienna1988", "7(14)"),
                ]),
                loc("content.confidentiality_reason", true)
                    .req()
                    .when_true("content.confidential")
                    .cite(&[("untoc", "18(20)")]),
            ],
        ),
        step(
            "prior_contacts",
            vec![
                group(
                    "content.prior_contacts",
                    vec![
                        select(
                            "channel",
                            "contact-channel",
                            &[
                                "police",
                                "interpol",
                                "fiu",
                                "network_24_7",
                                "liaison_magistrate",
                                "other",
                            ],
                        )
                        .cite(&[("untoc", "18(4)")])
                        .req(),
                        date("date").cite(&[("untoc", "18(4)")]),
                        text("reference").cite(&[("untoc", "18(4)")]),
                        loc("outcome", true).cite(&[("untoc", "18(4)")]),
                    ],
                )
                .cite(&[("untoc", "18(4)"), ("budapest", "35")]),
                group(
                    "content.preservation_requests",
                    vec![
                        text("reference").req().cite(&[("budapest", "29(1)")]),
                        date("date").cite(&[("budapest", "29(7)")]).req(),
                        text("provider").req().cite(&[("budapest", "29(2)(d)")]),
                        date("expiry").cite(&[("budapest", "29(7)")]),
                    ],
                )
                .cite(&[("budapest", "29"), ("budapest", "29(7)")]),
            ],
        ),
        step(
            "facts",
            vec![
                loc("content.facts", true).req().contents("c").case(),
                text("content.facts_period")
                    .cite(&[("untoc", "18(15)(c)")])
                    .case(),
                text("content.facts_places")
                    .cite(&[("untoc", "18(15)(c)")])
                    .case(),
            ],
        ),
        step(
            "offences",
            vec![group(
                "content.offences",
                vec![
                    loc("name", false).req().contents("b"),
                    text("provision").req().contents("b"),
                    loc("provision_text", true)
                        .req()
                        .cite(&[("ets30", "14(2)")]),
                    loc("max_penalty", false)
                        .req()
                        .cite(&[("untoc", "2(b)"), ("untoc", "18(9)")]),
                    loc("conduct", true).req().cite(&[
                        ("untoc", "18(9)"),
                        ("uncac", "46(9)"),
                        ("budapest", "25(5)"),
                    ]),
                ],
            )
            .titled_by(&["name"])
            .req()
            .contents("b")
            .case()],
        ),
        step(
            "persons",
            vec![group(
                "content.persons",
                vec![
                    select(
                        "role",
                        "role",
                        &[
                            "suspect",
                            "accused",
                            "witness",
                            "victim",
                            "expert",
                            "account_holder",
                            "service_provider",
                            "company",
                            "other",
                        ],
                    )
                    .req()
                    .contents("e"),
                    select("person_type", "person-type", &["natural", "legal"])
                        .cite(&[("untoc", "18(15)(e)")])
                        .req()
                        .contents("e"),
                    text("name_original").req().contents("e"),
                    text("name_ar")
                        .cite(&[("untoc", "18(15)(e)")])
                        .contents("e"),
                    text("name_latin")
                        .cite(&[("untoc", "18(15)(e)")])
                        .contents("e"),
                    text("aliases").cite(&[("untoc", "18(15)(e)")]),
                    date("birth_date")
                        .when("person_type", &["natural"])
                        .contents("e"),
                    text("birth_place")
                        .cite(&[("untoc", "18(15)(e)")])
                        .when("person_type", &["natural"]),
                    states("nationalities")
                        .when("person_type", &["natural"])
                        .contents("e"),
                    text_area("id_documents")
                        .when("person_type", &["natural"])
                        .contents("e"),
                    text("registration_number")
                        .when("person_type", &["legal"])
                        .contents("e"),
                    state("jurisdiction")
                        .when("person_type", &["legal"])
                        .contents("e"),
                    text_area("officers")
                        .cite(&[("untoc", "18(15)(e)")])
                        .when("person_type", &["legal"]),
                    text_area("addresses").contents("e"),
                    text("location").contents("e"),
                ],
            )
            // Named in the UI's script: Arabic form in Arabic, Latin form otherwise; else the
            // name in its original script.
            .titled_per_language(&[
                ("ar", &["name_ar", "name_original"]),
                ("en", &["name_latin", "name_original"]),
            ])
            .contents("e")
            .case()],
        ),
        step("measures", vec![measures::measures_group()]),
        step(
            "execution",
            vec![
                loc("content.procedures", true).cite(&[
                    ("untoc", "18(17)"),
                    ("untoc", "18(15)(d)"),
                    ("uncac", "46(17)"),
                ]),
                boolean("content.oath_required").cite(&[("ets30", "3(2)")]),
                loc("content.certification_form", true).cite(&[("untoc", "18(17)")]),
                boolean("content.chain_of_custody").cite(&[("untoc", "18(17)")]),
                boolean("content.digital_hashes").cite(&[("untoc", "18(17)")]),
                boolean("content.officials_presence").cite(&[("untoc", "18(17)")]),
                text_area("content.officials_names")
                    .cite(&[("untoc", "18(17)")])
                    .req()
                    .when_true("content.officials_presence"),
                date("content.execution_deadline").cite(&[("untoc", "18(24)")]),
            ],
        ),
        step(
            "purpose",
            vec![
                loc("content.purpose", true).req().contents("f"),
                boolean("content.use_limitation_acknowledged").req().cite(&[
                    ("untoc", "18(19)"),
                    ("uncac", "46(19)"),
                    ("vienna1988", "7(13)"),
                ]),
            ],
        ),
        step(
            "annexes",
            vec![group(
                "content.annexes",
                vec![
                    text("title").cite(&[("untoc", "18(14)")]).req(),
                    select("language", "language", &["en", "ar", "other"])
                        .cite(&[("untoc", "18(14)")]),
                    boolean("translated").cite(&[("untoc", "18(14)")]),
                    boolean("certified").cite(&[("ets30", "3(3)")]),
                ],
            )
            .cite(&[("untoc", "18(14)")])],
        ),
        step(
            "signature",
            vec![
                text("content.signatory_name").req().contents("a"),
                select("content.signatory_gender", "gender", &["female", "male"])
                    .cite(&[("untoc", "18(15)(a)")]),
                loc("content.signatory_title", false).req().contents("a"),
                text("content.signature_place")
                    .cite(&[("untoc", "18(14)")])
                    .req(),
                date("content.signature_date")
                    .req()
                    .cite(&[("untoc", "18(14)")]),
            ],
        ),
    ]
}

/// Referenced by [`measures`]: the persons and offences groups.
pub(crate) fn person_ref(key: &str) -> FieldDef {
    reference(key, "content.persons", true)
}
