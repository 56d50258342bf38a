# Error messages: one per error code, id "error-<code>" (see src-tauri/core/src/error.rs).
# Every argument is a string. Keep ids and variables identical in every locale.
#
# Rendering: the whole message is t("error-<code>", args). Where an error has a reason, $reason is
# a stable code (never text) and the message references one of the reason-* messages below,
# which select on it and see the same arguments. $detail (database and file errors only) is the
# system's own technical text, shown after the localized sentence.

error-draft-not-found = No draft with the id { $id } was found.
error-case-not-found = No case with the id { $id } was found.
error-db-newer-than-app = The drafts database was written by a newer version of MLA Desk (database schema { $found }; this version supports up to { $supported }). Update MLA Desk to open it. The database has not been changed.
error-db-open-failed = The drafts database { $path } could not be opened: { reason-db }. Technical detail: { $detail }
error-db-failed = The drafts database reported an error: { reason-db }. Technical detail: { $detail }
error-io-failed = Could not read or write { $path }: { reason-io }. Technical detail: { $detail }
error-import-too-large = The file is too large to import (the limit is { $max_bytes } bytes).
error-import-json-syntax = The file is not valid JSON: line { $line }, column { $column }: { reason-json-syntax }. Nothing was imported.
error-import-duplicate-key = The file contains the key { $path } more than once (line { $line }, column { $column }). A file with a repeated key is refused, because one value could hide another. Nothing was imported.
error-import-format-unsupported = This file is not an MLA Desk draft in a supported format (found “{ $found }”, expected “mla-desk/1”).
error-import-invalid-field = The file has an invalid value at { $path }: { reason-field }. Nothing was imported.
error-unknown-field = Unknown field: { $path }
error-invalid-field-value = The value of { $path } is not valid: { reason-field }.
error-unknown-language = Unknown language: { $language }
error-unknown-state = Unknown State code: { $code }
error-unknown-kind = Unknown kind of request: { $kind }

## Reasons. Not error codes: referenced by the messages above, selecting on $reason.

# Why a field value is invalid (invalid-field-value, import-invalid-field).
reason-field =
    { $reason ->
        [missing] a value is required
        [expected-text] text was expected, but the value is { reason-json-type }
        [expected-object] a group of fields (a JSON object) was expected, but the value is { reason-json-type }
        [text-too-long] the text is longer than the limit of { $max } characters
        [line-break] line breaks are not allowed in this field
        [control-character] the text contains the invisible control character { $character }
        [unknown-state] “{ $value }” is not the code of a State in the list
        [unknown-kind] “{ $value }” is not a known kind of request
        [not-a-uuid] “{ $value }” is not a valid identifier (a UUID)
        [not-a-date-time] “{ $value }” is not a date and time in RFC 3339 format
        [expected-boolean] yes or no (true or false) was expected, but the value is { reason-json-type }
        [expected-number] a number was expected, but the value is { reason-json-type }
        [expected-list] a list was expected, but the value is { reason-json-type }
        [not-a-date] “{ $value }” is not a valid date in the form YYYY-MM-DD
        [number-out-of-range] the number is too large (the limit is { $max })
        [unknown-option] “{ $value }” is not one of the choices of this field
        [duplicate-value] “{ $value }” appears more than once in the list
        [unknown-reference] the linked item “{ $value }” does not exist (it may have been removed)
        [unknown-language] “{ $value }” is not a language of MLA Desk
        [unknown-status] “{ $value }” is not a translation status (missing, draft or final)
        [too-many-items] the list is longer than the limit of { $max } items
        [bidi-control] the text contains the invisible direction control character { $character }, which can make text display in a misleading order
        [date-in-future] “{ $value }” is a date in the future
        [created-after-updated] the creation date is later than the date of the last change
       *[other] this value is not allowed here
    }
# The JSON type of a value, in "but the value is …".
reason-json-type =
    { $found_type ->
        [null] empty (null)
        [boolean] true or false
        [number] a number
        [text] text
        [array] a list
        [object] a group of fields
       *[other] of another type
    }
# Why a file is not valid JSON (import-json-syntax).
reason-json-syntax =
    { $reason ->
        [unexpected-end] the file ends too early; something is missing at the end
        [invalid-utf8] the file is not UTF-8 text
        [nesting-too-deep] the data is nested too deeply
        [missing-comma] a comma or a closing bracket is missing
        [missing-colon] a colon is missing after a key
        [expected-value] a value was expected here (text must be in double quotes)
        [key-not-text] a key must be text in double quotes
        [invalid-string] a text value contains an invalid escape sequence or control character
        [invalid-number] a number is invalid or out of range
        [trailing-comma] a comma comes just before a closing bracket
        [trailing-characters] there is more text after the end of the data
       *[invalid-syntax] the syntax is invalid
    }
# Why a file operation failed (io-failed).
reason-io =
    { $reason ->
        [not-found] it does not exist
        [permission-denied] permission was denied
        [already-exists] it already exists
        [is-a-directory] it is a folder, not a file
        [not-a-directory] it, or part of its path, is a file, not a folder
        [storage-full] the disk is full
        [read-only] the storage can only be read, not written
        [no-home-dir] there is no home folder to hold the data folder
       *[other] the system reported an error
    }
# Why a database operation failed (db-open-failed, db-failed).
reason-db =
    { $reason ->
        [busy] the database is in use by another program (another MLA Desk window or the mla command); try again in a moment
        [disk-full] the disk is full
        [read-only] the database can only be read, not written
        [permission-denied] permission was denied
        [cannot-open] the file cannot be opened
        [not-a-database] the file is not an MLA Desk database
        [corrupt] the database file is damaged
        [corrupt-draft] a stored draft is damaged and cannot be read
        [wal-unavailable] the storage does not support the database's journal mode
        [io-error] the disk reported a read or write error
       *[other] an unexpected database error occurred
    }
