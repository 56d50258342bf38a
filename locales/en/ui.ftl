# UI chrome of the desktop app (owned by the UI). Field labels and step titles are in schema.ftl,
# error messages (error-<code>) in errors.ftl.

ui-app-name = MLA Desk
# The language's own name, shown in the language menu.
ui-language-name = English
ui-language-label = Language
ui-loading = Loading…

## Home screen

ui-home-title = Draft requests
ui-home-subtitle = Mutual legal assistance and extradition requests on this computer
ui-new-mla = New MLA request
ui-new-extradition = New extradition request
ui-import-draft = Import draft…
ui-search-label = Search drafts
ui-sort-label = Sort by
ui-sort-updated-desc = Last change, newest first
ui-sort-updated-asc = Last change, oldest first
ui-sort-title = Title
ui-drafts-count =
    { $count ->
        [one] 1 draft
       *[other] { $count } drafts
    }
ui-empty-title = No drafts yet
ui-empty-body = Create a new MLA or extradition request, or import a draft file.
ui-no-results = No drafts match “{ $query }”.
ui-row-case-reference = Case reference: { $reference }
ui-row-parties = { $requesting } → { $requested }
ui-row-parties-full = Requesting State: { $requesting }. Requested State: { $requested }.
ui-state-unset = not set
ui-row-last-change = Last change: { $when }
ui-open = Open
ui-duplicate = Duplicate
ui-delete = Delete
ui-delete-title = Delete this draft?
ui-delete-body = “{ $title }” will be deleted permanently. This cannot be undone.
ui-delete-confirm = Delete draft
ui-cancel = Cancel
ui-dismiss = Dismiss

## Wizard

ui-back-to-drafts = All drafts
ui-steps-label = Steps
ui-step-counter = Step { $current } of { $total }
ui-next = Next
ui-previous = Previous
ui-required = required
ui-save-saved = Saved
ui-save-saving = Saving…
ui-save-dirty = Unsaved changes
ui-save-error = Not saved — retrying
ui-save-invalid =
    { $count ->
        [one] Not saved: 1 field has an invalid value
       *[other] Not saved: { $count } fields have invalid values
    }
ui-leave-invalid-title = A change cannot be saved
ui-leave-invalid-body =
    { $count ->
        [one] The value of { $fields } is not valid and was not saved. Everything else is saved. Discard this change and leave, or stay to correct it?
       *[other] The values of { $fields } are not valid and were not saved. Everything else is saved. Discard these changes and leave, or stay to correct them?
    }
ui-leave-invalid-discard = Discard the change and leave
ui-leave-invalid-stay = Stay and correct it
ui-picker-hint = Type to search, then choose with the arrow keys and Enter.
ui-picker-no-results = No State matches.
ui-picker-count =
    { $count ->
        [one] 1 result
       *[other] { $count } results
    }
ui-state-kind-observer = Observer State
ui-state-kind-organization = International organization


## Form fields (generic renderer)

ui-select-none = — Choose —
ui-language-en = English
ui-language-ar = Arabic
ui-translation-status-label = Translation status ({ $language })
ui-translation-missing = Missing
ui-translation-draft = Draft
ui-translation-final = Final
ui-citations-label = Sources:
# One source of a field or finding is shown as the instrument, then the article (kept on one line),
# e.g. "UNTOC," + "art. 18(15)(b)".
ui-citation-instrument = { $instrument },
ui-citation-article = art. { $article }
ui-states-chosen = Chosen States
ui-states-remove = Remove { $state }
ui-reference-empty = Nothing to choose yet: add items in the step “{ $step }”.

## Repeatable groups

# The title of an item of a group, e.g. "Offence 2".
ui-item-title = { $label } { $number }
ui-item-fallback = Item { $number }
ui-group-empty = None added yet.
ui-item-add = Add: { $label }
ui-item-remove = Remove
ui-item-remove-named = Remove { $item }
ui-item-move-up = Move { $item } up
ui-item-move-down = Move { $item } down
ui-item-remove-title = Remove { $item }?
ui-item-remove-body = Everything entered in it will be deleted. Other parts of the request that refer to it will no longer point to it.

## Completeness and findings

ui-checks-title = Completeness
ui-completeness =
    { $total ->
        [one] { $done } of 1 item
       *[other] { $done } of { $total } items
    }
ui-findings-none = No findings.
ui-findings-count =
    { $count ->
        [one] 1 finding
       *[other] { $count } findings
    }
ui-findings-this-step = Only this step
ui-findings-none-here = No findings in this step.
ui-severity-blocking = Blocking
ui-severity-warning = Warning
ui-severity-advice = Advice
ui-finding-jump = Go to the field (step “{ $step }”)
ui-step-incomplete =
    { $count ->
        [one] This step still has 1 essential item missing.
       *[other] This step still has { $count } essential items missing.
    }
ui-step-incomplete-review = Show what is missing
ui-step-incomplete-continue = Continue anyway
ui-step-blocking =
    { $count ->
        [one] 1 blocking finding in this step
       *[other] { $count } blocking findings in this step
    }

## Errors raised by the UI itself (engine errors are error-<code> in errors.ftl)

ui-error-unexpected = Something went wrong: { $reason }
ui-error-unknown = An error occurred (code { $code }).

## Cases (a case holds the facts, offences and persons that its requests share)

ui-row-case = Case: { $title }
ui-row-case-requests =
    { $count ->
        [one] 1 request in this case
       *[other] { $count } requests in this case
    }
ui-new-request-in-case = New request in this case
ui-new-request-in-case-label = New request in the case “{ $title }”
ui-new-mla-in-case = MLA request
ui-new-extradition-in-case = Extradition request
ui-case-section = Case
ui-case-title-label = Case title
ui-case-title-help = Facts, offences and persons are entered once for the case and shared by all its requests.
ui-shared-badge = Shared by all requests in this case
ui-case-requests-title =
    { $count ->
        [0] Other requests in this case
        [one] Other request in this case
       *[other] Other requests in this case ({ $count })
    }
ui-case-requests-none = This is the only request in this case so far.
