"""Logging that never carries a secret or a question.

Two leaks this closes, at every level including DEBUG:

- tokens: python-telegram-bot logs the Bot API URL (``.../bot<TOKEN>/...``), httpx logs
  request URLs, and an exception message may quote a configured secret;
- personal data: the libraries' DEBUG dumps of ``getUpdates`` payloads and webhook bodies
  carry user ids and question text, which /privasi promises are never logged.

:func:`install` puts one :class:`Redactor` filter on the root handlers; :func:`redact`
is the same scrubbing for one-line errors printed by the CLI.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

# A Telegram bot token: "<bot id>:<35 url-safe characters>", alone or inside a URL path.
_TELEGRAM_TOKEN = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}")
# Meta access tokens and "?access_token=" / "Bearer" values.
_BEARER = re.compile(r"(?i)(bearer\s+|access_token=)[A-Za-z0-9._-]{10,}")
_MASK = "«disamarkan»"

# Loggers whose DEBUG output dumps whole requests or updates (ids, names, question text).
PAYLOAD_LOGGERS = (
    "telegram", "telegram.ext", "telegram.Bot", "telegram.ext.Updater", "telegram.ext.Application",
    "telegram.ext.ExtBot", "httpx", "httpcore", "aiogram", "aiogram.event", "aiohttp.access",
    "aiohttp.server", "aiohttp.web", "apscheduler",
)

_secrets: set[str] = set()


def add_secrets(values: Iterable[str | None]) -> None:
    """Remember configured secrets (tokens, app secret, verify token) so they are masked too."""
    _secrets.update(v for v in values if v and len(v) >= 6)


def redact(text: str) -> str:
    text = _TELEGRAM_TOKEN.sub(_MASK, text)
    text = _BEARER.sub(lambda m: m.group(1) + _MASK, text)
    for s in sorted(_secrets, key=len, reverse=True):
        text = text.replace(s, _MASK)
    return text


class Redactor(logging.Filter):
    """Masks secrets in every record; drops the libraries' DEBUG payload dumps."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO and record.name.startswith(PAYLOAD_LOGGERS):
            return False
        try:
            message = record.getMessage()
        except Exception:  # a library's bad format string: keep the raw template
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info:
            # a traceback can quote a secret and is not for operators: keep its last line
            exc = record.exc_info[1]
            record.msg = f"{record.msg} ({type(exc).__name__}: {redact(str(exc))[:300]})"
            record.exc_info, record.exc_text = None, None
        return True


def install(level: str = "WARNING") -> None:
    """Configure the root logger once: one line per record, every handler filtered."""
    logging.basicConfig(level=level.upper(), format="%(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    for handler in root.handlers:
        if not any(isinstance(f, Redactor) for f in handler.filters):
            handler.addFilter(Redactor())
