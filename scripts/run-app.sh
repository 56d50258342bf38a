#!/usr/bin/env bash
# Runs MLA Desk: installs what is missing, builds the UI, then builds and starts the app.
# Extra arguments go to the app, e.g.  scripts/run-app.sh --data-dir /tmp/mla-data
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

"$ROOT/scripts/install-deps.sh" app
(cd "$ROOT/ui" && npm run build)
cd "$ROOT"
exec cargo run -p mla-desk -- "$@"
