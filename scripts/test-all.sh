#!/usr/bin/env bash
# Runs every test of MLA Desk: installs what is missing, then
#   UI:   type check (svelte-check), unit tests (vitest), build (ui/dist);
#   Rust: cargo test --workspace (engine unit + integration, shell IPC + bindings drift, CLI
#         acceptance), then builds the app;
#   E2E:  the real app under Xvfb through tauri-driver + WebKitWebDriver.
# Prints a timing summary and the total test count at the end (also on failure); the full output
# is also in artifacts/test-all.log. Safe to run from any directory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
cd "$ROOT"
mkdir -p artifacts
LOG="$ROOT/artifacts/test-all.log"
: >"$LOG"

SUMMARY=()
CURRENT=""
T0=$(date +%s)

# Sums the counts of every cargo "test result:" line and vitest "Tests" line in the log.
count_tests() {
  local plain passed=0 failed=0 p f
  plain="$(sed -E 's/\x1b\[[0-9;]*m//g' "$LOG")"
  while read -r p f; do
    passed=$((passed + p)); failed=$((failed + f))
  done < <(printf '%s\n' "$plain" |
    sed -nE 's/^test result: [A-Za-z]+\. ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/p')
  while read -r line; do
    p=$(printf '%s' "$line" | sed -nE 's/.*[^0-9]([0-9]+) passed.*/\1/p')
    f=$(printf '%s' "$line" | sed -nE 's/.*[^0-9]([0-9]+) failed.*/\1/p')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  done < <(printf '%s\n' "$plain" | grep -E '^[[:space:]]*Tests[[:space:]]+[0-9]' || true)
  echo "$passed $failed"
}

summary() {
  local rc=$? passed failed
  trap - EXIT
  echo
  echo "==================== test-all summary ===================="
  for line in "${SUMMARY[@]}"; do echo "$line"; done
  if [ "$rc" -ne 0 ]; then
    printf '  FAILED  %s\n' "${CURRENT:-?}"
    echo "  (E2E failure screenshots: artifacts/e2e/; full log: artifacts/test-all.log)"
  fi
  printf '  total %ss\n' "$(($(date +%s) - T0))"
  echo "=========================================================="
  read -r passed failed < <(count_tests)
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  echo "tests: $passed passed, $failed failed"
  exit "$rc"
}
trap summary EXIT

step() {
  local name="$1"; shift
  CURRENT="$name"
  printf '\n==> %s\n' "$name" | tee -a "$LOG"
  local t
  t=$(date +%s)
  "$@" 2>&1 | tee -a "$LOG"
  SUMMARY+=("$(printf '  ok %5ss  %s' "$(($(date +%s) - t))" "$name")")
  CURRENT=""
}

step "install dependencies" scripts/install-deps.sh test
step "ui: svelte-check" npm --prefix ui run check
step "ui: unit tests (vitest)" npm --prefix ui test
step "ui: build (ui/dist)" npm --prefix ui run build
step "rust: cargo test --workspace" cargo test --workspace
step "rust: build the app (cargo build -p mla-desk)" cargo build -p mla-desk
step "e2e: real app under Xvfb (tauri-driver)" \
  xvfb-run -a -s "-screen 0 1280x900x24" \
  cargo test -p mla-acceptance --features e2e --test e2e --test e2e_mla -- --test-threads=1
