# Findings of the request checker (src-tauri/core/src/check/): one message per rule code,
# id "check-<code in lowercase>". Arguments are strings: $item is the 1-based number of a
# measure; $language and $type are codes selected on; $phrase, $from, $to, $days are data.

check-severity-blocking = Must be fixed
check-severity-warning = Should be fixed
check-severity-advice = Advice
check-completeness = { $done } of { $total } items

# The language of a text, in "missing in …" (selects on $language).
check-language-name =
    { $language ->
        [en] English
        [ar] Arabic
       *[other] { $language }
    }

check-mla-c001 = Required information is missing. The request must contain it.
check-mla-c002 = A required detail of this item is missing.
check-mla-c003 = Add at least one item here: a request cannot be complete without it.
check-mla-c004 = This must be confirmed (“yes”) before the request is sent.
check-mla-c005 = Preservation for { $days } days is shorter than the minimum of { $minimum } days.
check-mla-n001 = Measure { $item } is not linked to any offence. Link it to the offence it serves.
check-mla-n002 = Measure { $item } is linked to no person and to no fact. Name the person concerned or explain the link to the facts.
check-mla-n003 =
    { $type ->
        [service] Measure { $item } (service of documents) does not name the person to be served.
        [videoconference] Measure { $item } (hearing by videoconference) does not name the person to be heard.
        [voluntary_appearance] Measure { $item } (voluntary appearance) does not name the person who would appear.
        [detained_transfer] Measure { $item } (temporary transfer) does not name the detained person.
       *[testimony] Measure { $item } (taking evidence) does not name the person to be heard.
    }
check-mla-s001 = Measure { $item } asks for records or data without a date range. Give the start and end dates.
check-mla-s002 = Measure { $item } gives no identifier (account number, phone, e-mail, IP address, wallet). Name what the records belong to.
check-mla-s003 = The wording “{ $phrase }” is too broad and may be refused as a fishing expedition. Name the documents or data you need.
check-mla-s004 = In measure { $item }, the period ends ({ $to }) before it starts ({ $from }).
check-mla-l001 = The text in { check-language-name } is missing.
check-mla-l002 = The text in { check-language-name } is a draft; mark it final once reviewed.

# Catch-all phrases flagged by MLA-S003, separated by "|". Matched in every language,
# ignoring case and diacritics.
check-vague-phrases = all records|all documents|all information|all data|all accounts|all files|all correspondence|any and all|all relevant records|all relevant documents|all relevant information
