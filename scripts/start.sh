#!/usr/bin/env bash
# `make start`: install, build the frontend when its sources changed, and
# serve the whole portal (frontend and API on one origin) on the embedded
# defaults. Prints the URL once the backend reports ready.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
source scripts/bootstrap.sh

started_at=$(date +%s)
# TechDocs: lets mkdocs resolve `plugins: [techdocs-core]` (tools/mkdocs-techdocs-core-shim).
export PYTHONPATH="$PWD/tools/mkdocs-techdocs-core-shim${PYTHONPATH:+:$PYTHONPATH}"
export PORTAL_DATA_DIR="${PORTAL_DATA_DIR:-$repo_root/.data}"
port="${PORTAL_PORT:-7007}"
mkdir -p "$PORTAL_DATA_DIR"

log "installing dependencies (yarn install --immutable)..."
yarn install --immutable >"$PORTAL_DATA_DIR/yarn-install.log" 2>&1 || {
  tail -40 "$PORTAL_DATA_DIR/yarn-install.log" >&2
  log "ERROR: yarn install failed; full log in $PORTAL_DATA_DIR/yarn-install.log"
  exit 1
}

bash scripts/ensure-system-packages.sh runtime
bash scripts/sync-demo-repo.sh

# The app bundle only depends on sources, not on config (the backend injects
# config when it serves the app), so rebuild only when a source is newer.
app_index=packages/app/dist/index.html
if [ ! -f "$app_index" ] || [ -n "$(find packages/app/src packages/app/public packages/app/package.json plugins yarn.lock \
     -newer "$app_index" -not -path '*/node_modules/*' -not -path '*/dist/*' -not -path '*/dist-types/*' -print -quit 2>/dev/null)" ]; then
  log "building the frontend (about a minute)..."
  (cd packages/app && yarn build >"$PORTAL_DATA_DIR/app-build.log" 2>&1) || {
    tail -40 "$PORTAL_DATA_DIR/app-build.log" >&2
    log "ERROR: frontend build failed; full log in $PORTAL_DATA_DIR/app-build.log"
    exit 1
  }
else
  log "frontend is up to date"
fi

config_args=(--config ../../app-config.yaml --config ../../app-config.demo.yaml)
if [ -f app-config.local.yaml ]; then
  log "using app-config.local.yaml"
  config_args+=(--config ../../app-config.local.yaml)
fi
config_args+=("${PORTAL_EXTRA_CONFIG_ARGS[@]+"${PORTAL_EXTRA_CONFIG_ARGS[@]}"}")

# Announce readiness once the backend's health check passes.
(
  backend_pid=$$
  for _ in $(seq 1 600); do
    kill -0 "$backend_pid" 2>/dev/null || exit 0
    if curl -fsS "http://localhost:$port/.backstage/health/v1/readiness" >/dev/null 2>&1; then
      echo
      echo "=============================================================="
      echo "  Portal ready at http://localhost:$port  ($(( $(date +%s) - started_at )) s)"
      echo "=============================================================="
      exit 0
    fi
    sleep 1
  done
  log "the backend did not become ready within 10 minutes"
) &

log "starting the backend on port $port..."
cd packages/backend
exec node --enable-source-maps \
  --require "$repo_root/node_modules/@backstage/cli-node/config/nodeTransform.cjs" \
  src/index.ts "${config_args[@]}"
