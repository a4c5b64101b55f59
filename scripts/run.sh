#!/usr/bin/env bash
# Set up .venv if needed and start NetralBot: the console chat when no bot token
# is configured, otherwise every configured channel.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
exec .venv/bin/netralbot chat "$@"
