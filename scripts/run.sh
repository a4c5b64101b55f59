#!/usr/bin/env bash
# Set up .venv if needed and start NetralBot: the console chat when no channel
# (Telegram token, WhatsApp credentials) is configured in the environment or .env,
# otherwise every configured channel.
# Arguments, if any, are passed to `netralbot` instead (e.g. `bash scripts/run.sh chat`).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# Reinstall only when the dependencies changed (pip takes seconds even when all is there).
stamp=".venv/.netralbot-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) run"
if [ ! -f "$stamp" ] || ! grep -qxF -e "$want" -e "$(sha256sum pyproject.toml | cut -d' ' -f1) test" "$stamp"; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[ocr]"
  echo "$want" > "$stamp"
fi
if [ "$#" -gt 0 ]; then
  exec .venv/bin/netralbot "$@"
fi
if .venv/bin/python -c "import sys; from netralbot.bot.config import load_settings; s = load_settings(); sys.exit(0 if s.telegram_bot_token or s.whatsapp_enabled else 1)"; then
  exec .venv/bin/netralbot run
fi
exec .venv/bin/netralbot chat
