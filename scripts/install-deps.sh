#!/usr/bin/env bash
# Installs everything MLA Desk needs to build, run and test on Debian 12, and nothing twice:
#   - Debian packages (WebKitGTK 4.1 dev files, WebKitWebDriver, Xvfb, fonts), only if missing;
#   - tauri-driver (cargo install, 2.x), only if missing;
#   - the UI's npm dependencies (npm ci), only when ui/package-lock.json changed.
# Needs: Rust (cargo), Node/npm, and root or sudo for apt. Safe to run from any directory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '[install-deps] %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------------
APT_PACKAGES=(
  build-essential pkg-config libssl-dev # compilers and linkers for the Rust crates
  libwebkit2gtk-4.1-dev                 # Tauri 2 on Linux: WebKitGTK 4.1, GTK 3, libsoup 3
  webkit2gtk-driver                     # WebKitWebDriver, used by tauri-driver (E2E)
  xvfb xauth                            # virtual display for the E2E suite (xvfb-run)
  fonts-noto-core                       # Noto Sans/Naskh Arabic: the UI's Arabic fonts
)

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
if command -v tauri-driver >/dev/null || [ -x "$CARGO_BIN/tauri-driver" ]; then
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
