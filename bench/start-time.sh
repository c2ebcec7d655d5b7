#!/usr/bin/env bash
# Time from `make start` to "Portal ready", cold (fresh clone: install, build)
# and warm (second start of the same checkout). Runs in a throwaway clone.
# Usage: bash bench/start-time.sh
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
git clone -q "$src" "$work/portal"
cd "$work/portal"

measure() {
  local label="$1" t0 pid
  t0=$(date +%s.%N)
  bash scripts/start.sh >"$work/$label.log" 2>&1 &
  pid=$!
  until grep -q "Portal ready" "$work/$label.log"; do
    kill -0 $pid 2>/dev/null || { tail -30 "$work/$label.log"; exit 1; }
    sleep 0.5
  done
  printf '%s start to ready: %.1f s\n' "$label" "$(echo "$(date +%s.%N) - $t0" | bc)"
  pkill -P $pid 2>/dev/null || true; kill $pid 2>/dev/null || true
  pkill -f "$work/portal/node_modules/@backstage/cli-node" 2>/dev/null || true
  sleep 2
}

measure cold
measure warm
echo "node_modules: $(du -sh node_modules | cut -f1), $(ls node_modules | wc -l) top-level entries"
rm -rf "$work"
