# Error messages: one per error code, id "error-<code>" (see src-tauri/core/src/error.rs).
# Every argument is a string. Keep ids and variables identical in every locale.

error-draft-not-found = No draft with the id { $id } was found.
error-db-newer-than-app = The drafts database was written by a newer version of MLA Desk (database schema { $found }; this version supports up to { $supported }). Update MLA Desk to open it. The database has not been changed.
error-db-open-failed = The drafts database { $path } could not be opened: { $reason }
error-db-failed = The drafts database reported an error: { $reason }
error-io-failed = Could not read or write { $path }: { $reason }
error-import-too-large = The file is too large to import (the limit is { $max_bytes } bytes).
error-import-json-syntax = The file is not valid JSON: line { $line }, column { $column }: { $reason }
error-import-format-unsupported = This file is not an MLA Desk draft in a supported format (found “{ $found }”, expected “mla-desk/1”).
error-import-invalid-field = The file has an invalid value at { $path }: { $reason }
error-unknown-field = Unknown field: { $path }
error-invalid-field-value = The value of { $path } is not valid: { $reason }
error-unknown-language = Unknown language: { $language }
error-unknown-state = Unknown State code: { $code }
error-unknown-kind = Unknown kind of request: { $kind }
