#!/usr/bin/env bash
# Set up .venv if needed and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
# Tests use their own temporary databases; never the user's.
exec .venv/bin/python -m pytest "$@"
