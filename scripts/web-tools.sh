#!/usr/bin/env bash
# The browser and Node tools the test suite drives: Debian's Chromium (headless browser tests of the timeline page,
# Swagger UI and the TimelineJS export) and the npm packages pinned in clients/typescript (package-lock.json:
# Redocly and Spectral lint the OpenAPI document, openapi-typescript + tsc --strict build the typed client example,
# TimelineJS loads the export).
#
#   scripts/web-tools.sh install     make sure both are there (apt-get as root for Chromium, npm ci for the rest)
#   scripts/web-tools.sh check       exit 0 when both are there, 1 (saying what is missing) when not
#
# scripts/test.sh runs `install` before the tests.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly CLIENTS="$REPO_ROOT/clients/typescript"
readonly MIN_NODE_MAJOR=20

log() { printf '[web-tools] %s\n' "$*" >&2; }
die() { printf '[web-tools] error: %s\n' "$*" >&2; exit 1; }

chromium_path() {
  local candidate
  for candidate in "${CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then echo "$candidate"; return 0; fi
  done
  return 1
}

node_ok() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || return 1
  local major
  major=$(node --version | sed -E 's/^v([0-9]+).*/\1/')
  [[ "$major" -ge $MIN_NODE_MAJOR ]]
}

lock_hash() { sha256sum "$CLIENTS/package-lock.json" | cut -d' ' -f1; }

# node_modules matches the lock file it was installed from (recorded after each npm ci).
node_modules_ok() {
  [[ -f "$CLIENTS/node_modules/.installed-lock" && "$(cat "$CLIENTS/node_modules/.installed-lock")" == "$(lock_hash)" ]]
}

install_chromium() {
  if chromium_path >/dev/null; then return 0; fi
  if [[ $(id -u) -ne 0 ]]; then
    die "Chromium is missing. Install it (e.g. 'sudo apt-get install chromium') or run this as root, or set CHROMIUM to a Chrome/Chromium binary."
  fi
  command -v apt-get >/dev/null 2>&1 || die "Chromium is missing and apt-get is not available to install it; set CHROMIUM to a Chrome/Chromium binary."
  log "installing Chromium with apt-get ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  chromium_path >/dev/null || die "apt-get installed chromium but no chromium binary was found."
}

install_node_tools() {
  node_ok || die "Node.js $MIN_NODE_MAJOR or newer with npm is needed for the OpenAPI and TypeScript checks (found: $(node --version 2>/dev/null || echo none))."
  if node_modules_ok; then return 0; fi
  log "installing the pinned Node tools in clients/typescript (npm ci) ..."
  (cd "$CLIENTS" && npm ci --no-audit --no-fund --loglevel=error >&2)
  lock_hash > "$CLIENTS/node_modules/.installed-lock"
}

case "${1:-}" in
  install)
    install_chromium
    install_node_tools
    log "Chromium: $(chromium_path); Node $(node --version); tools in clients/typescript/node_modules"
    ;;
  check)
    missing=()
    chromium_path >/dev/null || missing+=("Chromium")
    node_ok || missing+=("Node.js >= $MIN_NODE_MAJOR")
    node_modules_ok || missing+=("clients/typescript/node_modules (npm ci)")
    if [[ ${#missing[@]} -gt 0 ]]; then log "missing: ${missing[*]}; run scripts/web-tools.sh install"; exit 1; fi
    log "all there"
    ;;
  *)
    awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
    [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]] || exit 2
    ;;
esac
