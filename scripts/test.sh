#!/usr/bin/env bash
# The test command (README): lint, then the default pytest lane (OCR tests included,
# slow/browser/postgres excluded). Extra pytest arguments are passed through.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh >/dev/null
.venv/bin/ruff check analysis service corpora scripts tests
.venv/bin/python -m pytest -q "$@"
