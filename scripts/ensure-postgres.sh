#!/usr/bin/env bash
# Makes sure the machine's PostgreSQL server answers on 127.0.0.1:5432,
# starting the Debian cluster when it is installed but stopped.
set -euo pipefail
host="${POSTGRES_HOST:-127.0.0.1}" port="${POSTGRES_PORT:-5432}"
ready() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }
ready && exit 0
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  echo "[postgres] starting the local cluster..." >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
fi
echo "[postgres] ERROR: no PostgreSQL server answers on $host:$port. Install and start PostgreSQL, or set POSTGRES_HOST/POSTGRES_PORT." >&2
exit 1
