"""Broadcast delivery over Telegram: the scheduler's ``Sender`` for this channel.

The outbox worker paces messages itself (python-telegram-bot's AIORateLimiter
has no per-private-chat limit and halts every request on a 429), so this class
only makes one Bot API call and classifies the result.
"""

from __future__ import annotations

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.telegram_html import split_html
from handlers.render import render_telegram_text
from scheduler.delivery import SendOutcome, SendResult

_GONE = ("chat not found", "user is deactivated", "bot was kicked", "bot was blocked",
         "group chat was upgraded", "have no rights to send", "not enough rights")


def _seconds(value) -> float:
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


class TelegramSender:
    channel = "telegram"

    def __init__(self, token: str, base_url: str, *, connections: int = 64, timeout: float = 15.0) -> None:
        request = HTTPXRequest(connection_pool_size=connections, read_timeout=timeout,
                               write_timeout=timeout, connect_timeout=timeout, pool_timeout=timeout)
        self.bot = Bot(token, base_url=base_url, request=request)

    async def __aenter__(self) -> TelegramSender:
        await self.bot.initialize()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.bot.shutdown()

    async def send(self, chat_id: str, text: str, *, idempotency_key: str) -> SendResult:
        """One broadcast text (``*bold*`` markup) to one chat. Long texts go as several
        messages; the first message id is returned."""
        first_id = None
        try:
            for chunk in split_html(render_telegram_text(text)):
                msg = await self.bot.send_message(
                    int(chat_id), chunk, parse_mode=ParseMode.HTML,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
                first_id = first_id or str(msg.message_id)
        except RetryAfter as e:
            return SendResult(SendOutcome.RETRY_AFTER, retry_after=_seconds(e.retry_after), error="429")
        except Forbidden as e:
            return SendResult(SendOutcome.GONE, error=f"403 {e.message}")
        except ChatMigrated as e:
            return SendResult(SendOutcome.GONE, error=f"migrated to {e.new_chat_id}")
        except BadRequest as e:
            if any(s in e.message.lower() for s in _GONE):
                return SendResult(SendOutcome.GONE, error=f"400 {e.message}")
            return SendResult(SendOutcome.PERMANENT, error=f"400 {e.message}")
        except (TimedOut, NetworkError) as e:
            return SendResult(SendOutcome.TRANSIENT, error=type(e).__name__)
        return SendResult(SendOutcome.SENT, message_id=first_id)
