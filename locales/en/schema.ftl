# The form schema (src-tauri/core/src/schema.rs): draft kinds, wizard steps, field labels and help.
# Field ids derive from the field path: content.case_reference -> field-case-reference(-help).

draft-kind-mla = Request for mutual legal assistance
draft-kind-extradition = Request for extradition
draft-kind-provisional-arrest = Request for provisional arrest
draft-untitled = Untitled draft
case-untitled = Untitled case
# The title of a duplicated draft.
draft-copy-title = Copy of { $title }

step-parties = Parties
# The first step of the MLA request is step-requesting (schema-steps.ftl).

field-requesting-state = Requesting State
field-requesting-state-help = The State (or the International Criminal Court) that makes the request; part of the identity of the requesting authority (UNTOC art. 18(15)(a)). Type a name in any language, or the ISO code.
field-requesting-authority = Requesting authority
field-requesting-authority-help = The authority that issues the request, for example the central authority or the public prosecutor in charge of the case. Every request must identify it (UNTOC art. 18(15)(a); UNCAC art. 46(15)(a); 1988 Convention art. 7(10)(a)).
field-requested-state = Requested State
field-requested-state-help = The State to which the request is addressed. Its central authority receives the request and its law governs execution (UNTOC art. 18(13), 18(17)).
field-case-reference = Case reference
field-case-reference-help = Your file or case number, to be quoted in all correspondence (UNTOC art. 18(15)(b)).
field-title = Title
field-title-help = A short name for this draft, shown in the list of drafts. It is not part of the request.
