#!/usr/bin/env bash
# `make test`: bootstrap, install, then every kind of test. Each stage runs
# even when an earlier one failed, so one run shows every failure; the exit
# code is non-zero when any stage failed.
set -uo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
source scripts/bootstrap.sh || exit 1
set +e
export CI=true
# TechDocs: lets mkdocs resolve `plugins: [techdocs-core]` (tools/mkdocs-techdocs-core-shim).
export PYTHONPATH="$repo_root/tools/mkdocs-techdocs-core-shim${PYTHONPATH:+:$PYTHONPATH}"

suite_started=$(date +%s)
results=()
failed=0
stage() {
  local name="$1"; shift
  echo
  echo "==================== $name ===================="
  local t0=$(date +%s)
  "$@"
  local rc=$?
  local secs=$(( $(date +%s) - t0 ))
  if [ $rc -eq 0 ]; then results+=("PASS  $name (${secs}s)"); else results+=("FAIL  $name (${secs}s, exit $rc)"); failed=1; fi
  return $rc
}

stage "install (yarn install --immutable)" yarn install --immutable || { echo "install failed"; exit 1; }
stage "system packages (git, mkdocs, chromium)" bash scripts/ensure-system-packages.sh test
stage "PostgreSQL server" bash scripts/ensure-postgres.sh

# PostgreSQL on this machine for integration tests and TestDatabases.
export POSTGRES_HOST="${POSTGRES_HOST:-127.0.0.1}" POSTGRES_PORT="${POSTGRES_PORT:-5432}"
export POSTGRES_USER="${POSTGRES_USER:-postgres}" POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-}"
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://$POSTGRES_USER@$POSTGRES_HOST:$POSTGRES_PORT}"

stage "type-check (tsc)" yarn tsc
stage "lint (eslint, all packages)" yarn backstage-cli repo lint
stage "format (prettier)" yarn prettier --check packages plugins e2e bench playwright.config.ts
stage "unit tests (jest)" yarn backstage-cli repo test --testPathIgnorePatterns '\.integration\.test\.' '/e2e-tests/'
stage "integration tests (jest, PostgreSQL)" yarn backstage-cli repo test --testPathPatterns '\.integration\.test\.' --testTimeout 300000
stage "browser tests (Playwright, Chromium)" yarn playwright test

echo
echo "==================== summary ===================="
printf '%s\n' "${results[@]}"
echo "total $(( $(date +%s) - suite_started ))s"
exit $failed
