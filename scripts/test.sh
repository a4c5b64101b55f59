#!/usr/bin/env bash
# Set up .venv if needed and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# Reinstall only when the dependencies changed (pip takes seconds even when all is there).
stamp=".venv/.netralbot-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) test"
if [ ! -f "$stamp" ] || ! grep -qxF "$want" "$stamp"; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test,ocr]"
  echo "$want" > "$stamp"
fi
# Tests use their own temporary databases; never the user's.
exec .venv/bin/python -m pytest "$@"
