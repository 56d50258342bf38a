# Wizard steps of the MLA request and the instruments cited by fields and findings
# (Fluent id instrument-<id>; .full is the full title).

step-requesting = Requesting side
step-requesting-help = Who asks, who conducts the case and who can be contacted. A request must identify the authority making it and the authority conducting the proceedings (UNTOC art. 18(15)(a)–(b)).
step-requested = Requested side
step-requested-help = To whom and through which channel the request is sent (UNTOC art. 18(13)).
step-legal-basis = Legal basis
step-legal-basis-help = The treaties or law under which you ask (UNTOC art. 18(1), 18(7)).
step-urgency = Urgency and confidentiality
step-urgency-help = Deadlines with reasons are taken into account (UNTOC art. 18(24)); confidentiality can be required (art. 18(20)).
step-prior-contacts = Prior contacts
step-prior-contacts-help = Informal cooperation and preservation requests already under way (UNTOC art. 18(4); Budapest Convention art. 29, 35).
step-facts = Facts
step-facts-help = A summary of the relevant facts (UNTOC art. 18(15)(c)).
step-offences = Offences
step-offences-help = The offences, their penalties and the conduct, so that dual criminality can be assessed (UNTOC art. 18(9), 18(15)(b)).
step-persons = Persons and entities
step-persons-help = Identity, location and nationality of the persons concerned (UNTOC art. 18(15)(e)).
step-measures = Assistance requested
step-measures-help = Each measure, its details and its link to the offences and persons (UNTOC art. 18(3), 18(15)(d)).
step-execution = Execution
step-execution-help = Procedures the requested State should follow where its law allows (UNTOC art. 18(17)).
step-purpose = Purpose and use
step-purpose-help = Why the evidence is sought and the limits on its use (UNTOC art. 18(15)(f), 18(19)).
step-annexes = Annexes
step-annexes-help = Documents attached to the request (UNTOC art. 18(14)).
step-signature = Signature
step-signature-help = Who signs the request, where and when (UNTOC art. 18(14)).

## Instruments

instrument-untoc = UNTOC
    .full = United Nations Convention against Transnational Organized Crime
instrument-uncac = UNCAC
    .full = United Nations Convention against Corruption
instrument-vienna1988 = 1988 Convention
    .full = United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances, 1988
instrument-budapest = Budapest Convention
    .full = Council of Europe Convention on Cybercrime (ETS 185)
instrument-ets24 = ETS 24
    .full = European Convention on Extradition (ETS 24)
instrument-ets30 = ETS 30
    .full = European Convention on Mutual Assistance in Criminal Matters (ETS 30)
instrument-ets182 = ETS 182
    .full = Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS 182)
