#!/usr/bin/env bash
# The test command (README). Lint, then the default pytest lane (OCR tests included;
# slow/browser/postgres excluded), then the browser lane when Debian's chromium is installed
# and the PostgreSQL lane when the postgresql server package is installed
# (`bash scripts/bootstrap.sh --with-browser --with-postgres` installs both; CI does).
# Extra arguments go to the default lane's pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh >/dev/null
.venv/bin/ruff check analysis service corpora scripts tests
.venv/bin/python -m pytest -q "$@"

run_lane() {  # a marker lane; exit 5 (no test of that marker yet) is not a failure
  local marker="$1"; shift
  set +e
  "$@" .venv/bin/python -m pytest -q -m "$marker"
  local rc=$?
  set -e
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 5 ]; then exit "$rc"; fi
}
if [ -x /usr/bin/chromium ]; then
  run_lane browser env
fi
if [ -x scripts/pg_test.sh ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  bash scripts/pg_test.sh
fi
