#!/usr/bin/env bash
# Install everything LeadMiner needs on a fresh Debian machine, idempotently:
#   system packages (Tesseract with Chinese data, CJK fonts, poppler), a .venv with the
#   project and its extras. Options:
#     --with-browser   also Debian's chromium (browser tests)
#     --with-postgres  also a PostgreSQL server (persistence tests on PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng fonts-noto-cjk fonts-wqy-zenhei poppler-utils)
for arg in "$@"; do
  case "$arg" in
    --with-browser) packages+=(chromium) ;;
    --with-postgres) packages+=(postgresql) ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "[bootstrap] installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "[bootstrap] creating .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.leadminer-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "[bootstrap] installing LeadMiner and its extras into .venv"
  .venv/bin/pip install -q --upgrade pip setuptools wheel
  .venv/bin/pip install -q -e '.[service,dev]'
  # rapidocr pulls in opencv-python (needs libGL); keep only the headless build.
  if .venv/bin/pip show -q opencv-python >/dev/null 2>&1; then
    .venv/bin/pip uninstall -q -y opencv-python opencv-python-headless
    .venv/bin/pip install -q opencv-python-headless
  fi
  touch "$stamp"
fi
echo "[bootstrap] ready: $(.venv/bin/leadminer --help >/dev/null && echo 'leadminer installed')"
