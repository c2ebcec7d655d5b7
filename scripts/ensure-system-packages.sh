#!/usr/bin/env bash
# Installs the Debian packages the portal needs when they are missing:
#   runtime: git (catalog ingestion, publishing), mkdocs + material (TechDocs)
#   test:    the above plus chromium (browser tests)
# Only as root with apt-get; otherwise it says what is missing and goes on.
set -euo pipefail
mode="${1:-runtime}"
log() { echo "[system-packages] $*" >&2; }

need=()
command -v git >/dev/null 2>&1 || need+=(git)
command -v mkdocs >/dev/null 2>&1 || need+=(mkdocs mkdocs-material python3-pymdownx mkdocs-redirects)
if [ "$mode" = test ]; then
  [ -x /usr/bin/chromium ] || need+=(chromium)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  log "installing ${need[*]} from Debian packages..."
  apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  log "WARNING: missing ${need[*]}; install them (e.g. apt-get install ${need[*]})."
  [ "$mode" = test ] && exit 1
fi
exit 0
