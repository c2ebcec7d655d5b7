#!/usr/bin/env bash
# Creates or updates the embedded default's demo catalog repository,
# $PORTAL_DATA_DIR/git/demo-catalog.git, from demo/catalog and templates/.
# The catalog ingests it through the Git provider like any company repository,
# and the portal's Git server serves it (git clone .../api/git-server/repos/demo-catalog.git).
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data_dir="${PORTAL_DATA_DIR:?PORTAL_DATA_DIR must be set}"
bare="$data_dir/git/demo-catalog.git"

if [ ! -d "$bare" ]; then
  mkdir -p "$data_dir/git"
  git init -q --bare --initial-branch=main "$bare"
  git -C "$bare" config http.receivepack true
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GIT_AUTHOR_NAME="Portal demo" GIT_AUTHOR_EMAIL="portal@localhost"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
git clone -q "$bare" "$work/repo" 2>/dev/null
cd "$work/repo"
git checkout -q -B main
find . -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
cp -r "$repo_root/demo/catalog/." .
if [ -d "$repo_root/templates" ] && [ -n "$(ls -A "$repo_root/templates")" ]; then
  mkdir -p templates && cp -r "$repo_root/templates/." templates/
fi
git add -A
if git diff --cached --quiet && git rev-parse -q --verify HEAD >/dev/null; then
  echo "[demo-repo] up to date at $(git rev-parse --short HEAD)" >&2
  exit 0
fi
git commit -q -m "Demo catalog from the portal repository"
git push -q origin main
echo "[demo-repo] updated to $(git rev-parse --short HEAD)" >&2
