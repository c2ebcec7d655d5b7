#!/usr/bin/env bash
# `make dev`: frontend with hot reload on :3000, backend (restarts on change) on :7007.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/bootstrap.sh
# TechDocs: lets mkdocs resolve `plugins: [techdocs-core]` (tools/mkdocs-techdocs-core-shim).
export PYTHONPATH="$PWD/tools/mkdocs-techdocs-core-shim${PYTHONPATH:+:$PYTHONPATH}"
export PORTAL_DATA_DIR="${PORTAL_DATA_DIR:-$PWD/.data}"
yarn install --immutable
bash scripts/ensure-system-packages.sh runtime
bash scripts/sync-demo-repo.sh
# Absolute paths: repo start runs each package from its own folder.
config_args=(--config "$PWD/app-config.yaml" --config "$PWD/app-config.demo.yaml" --config "$PWD/app-config.dev.yaml")
[ -f app-config.local.yaml ] && config_args+=(--config "$PWD/app-config.local.yaml")
exec yarn backstage-cli repo start "${config_args[@]}"
