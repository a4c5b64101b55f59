#!/usr/bin/env bash
# Set up .venv if needed and start NetralBot: the console chat when no bot token
# is configured (environment or .env), otherwise every configured channel.
# Arguments, if any, are passed to `netralbot` instead (e.g. `bash scripts/run.sh chat`).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
if [ "$#" -gt 0 ]; then
  exec .venv/bin/netralbot "$@"
fi
if .venv/bin/python -c "import sys; from bot.config import load_settings; sys.exit(0 if load_settings().telegram_bot_token else 1)"; then
  exec .venv/bin/netralbot run
fi
exec .venv/bin/netralbot chat
