#!/usr/bin/env bash
# Installs everything MLA Desk needs on Debian 12, and nothing twice.
#   scripts/install-deps.sh app    what building and running the app needs (run-app.sh)
#   scripts/install-deps.sh test   the above plus the test tools (test-all.sh; the default)
# - checks the Rust and Node versions first (Debian's own rustc/node packages are too old);
# - Debian packages (WebKitGTK 4.1 dev files, fonts; for tests WebKitWebDriver, Xvfb,
#   ImageMagick), only if missing;
# - tauri-driver (cargo install, 2.x; tests only), only if missing;
# - the UI's npm dependencies (npm ci), only when ui/package-lock.json changed.
# Needs: Rust (cargo), Node/npm, and root or sudo for apt. Safe to run from any directory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE="${1:-test}"
log() { printf '[install-deps] %s\n' "$*"; }
die() { printf '[install-deps] error: %s\n' "$*" >&2; exit 1; }
case "$MODE" in app | test) ;; *) die "usage: $0 [app|test]" ;; esac

# --- Toolchain versions ----------------------------------------------------------------------
# Minimums: Rust 1.89 (rusqlite 0.43), Node 20.19 (Vite 7). Checked here so a too-old toolchain
# gets one clear sentence instead of a build error deep inside cargo or Vite.
version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
command -v cargo >/dev/null || die "Rust is not installed: install it with rustup (https://rustup.rs), version 1.89 or newer"
rust_v="$(rustc -V | awk '{print $2}')"
version_ge "$rust_v" 1.89.0 || die "Rust $rust_v is too old: MLA Desk needs 1.89 or newer (rustup update)"
command -v node >/dev/null || die "Node.js is not installed: MLA Desk needs Node 20.19 or newer"
node_v="$(node -v | sed 's/^v//')"
version_ge "$node_v" 20.19.0 || die "Node $node_v is too old: MLA Desk needs Node 20.19 or newer"

# --- Debian packages -------------------------------------------------------------------------
APT_PACKAGES=(
  build-essential pkg-config libssl-dev # compilers and linkers for the Rust crates
  libwebkit2gtk-4.1-dev                 # Tauri 2 on Linux: WebKitGTK 4.1, GTK 3, libsoup 3
  fonts-noto-core                       # Noto Sans/Naskh Arabic: the UI's Arabic fonts
)
if [ "$MODE" = test ]; then
  APT_PACKAGES+=(
    webkit2gtk-driver # WebKitWebDriver, used by tauri-driver (E2E)
    xvfb xauth        # virtual display for the E2E suite (xvfb-run)
    imagemagick       # /usr/bin/import: E2E screenshot fallback when WebDriver cannot take one
  )
fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "need root or sudo to install: ${missing[*]}"; exit 1; }
    SUDO=(sudo)
  fi
  log "apt-get install ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  log "Debian packages: all present"
fi

# --- tauri-driver ----------------------------------------------------------------------------
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
if [ "$MODE" = app ]; then
  : # the app itself does not need tauri-driver
elif command -v tauri-driver >/dev/null || [ -x "$CARGO_BIN/tauri-driver" ]; then
  log "tauri-driver: present"
else
  # 2.x: the registry's newest tauri-driver is a 3.0 pre-release.
  log "cargo install tauri-driver@^2"
  cargo install tauri-driver --locked --version '^2'
fi

# --- UI npm dependencies ---------------------------------------------------------------------
UI="$ROOT/ui"
if [ -f "$UI/package-lock.json" ]; then
  stamp="$UI/node_modules/.mla-desk-lock.sha256"
  want="$(sha256sum "$UI/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    log "ui/node_modules: up to date"
  else
    log "npm ci (ui)"
    (cd "$UI" && npm ci --no-audit --no-fund)
    echo "$want" >"$stamp"
  fi
fi
log "done"
