"""Broadcast side of the Telegram adapter: send one text to one chat and say what
happened, in the delivery loop's terms (:class:`~scheduler.delivery.SendOutcome`).

The classification is where exactly-once is won or lost: a request that never
reached Telegram (connection refused, pool full) is safe to repeat; one that timed
out while waiting for the answer may have been delivered, so it is reported
uncertain rather than repeated.
"""

from __future__ import annotations

import warnings

import httpx
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.warnings import PTBDeprecationWarning

from netralbot.bot.telegram_html import split_html
from netralbot.handlers.render import render_telegram_text
from netralbot.scheduler.delivery import SendOutcome, SendResult

CHANNEL = "telegram"
# Bad Request descriptions that mean the chat is gone for good (compared in lower case:
# python-telegram-bot capitalises the first letter of Telegram's descriptions).
_GONE = ("chat not found", "user not found", "peer_id_invalid", "bot was kicked", "user is deactivated",
         "have no rights to send", "not enough rights", "group chat was deactivated", "chat_write_forbidden")
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def retry_seconds(err) -> float:
    """``RetryAfter.retry_after`` in seconds. python-telegram-bot 22 returns an int with a
    deprecation warning (a timedelta from v23, or with PTB_TIMEDELTA=true): read either,
    without the warning, and without changing the library's behaviour for a host app."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = err.retry_after
    return float(value.total_seconds()) if hasattr(value, "total_seconds") else float(value)


def classify(err: Exception) -> SendResult:
    """What a python-telegram-bot exception means for one outbox row."""
    name = type(err).__name__
    if isinstance(err, RetryAfter):
        return SendResult(SendOutcome.RETRY_AFTER, retry_after=retry_seconds(err), error=name)
    if isinstance(err, ChatMigrated):
        return SendResult(SendOutcome.MIGRATED, new_chat_id=str(err.new_chat_id), error=name)
    if isinstance(err, Forbidden):
        return SendResult(SendOutcome.GONE, error=f"{name}: {err.message}")
    if isinstance(err, BadRequest):
        message = err.message.lower()
        if any(s in message for s in _GONE):
            return SendResult(SendOutcome.GONE, error=f"{name}: {err.message}")
        return SendResult(SendOutcome.PERMANENT, error=f"{name}: {err.message}")
    if isinstance(err, (TimedOut, NetworkError)):
        cause = err.__cause__
        if isinstance(cause, _NOT_SENT) or "pool timeout" in err.message.lower():
            return SendResult(SendOutcome.TRANSIENT, error=f"{name}: not sent")
        if not isinstance(err, TimedOut) and (cause is None or isinstance(cause, TelegramError)):
            # Telegram answered with a server error (5xx): it did not take the message.
            return SendResult(SendOutcome.TRANSIENT, error=f"{name}: {err.message}")
        return SendResult(SendOutcome.UNCERTAIN, error=f"{name}: {type(cause).__name__ if cause else 'timeout'}")
    if isinstance(err, TelegramError):
        return SendResult(SendOutcome.PERMANENT, error=f"{name}: {err.message}")
    raise err


class TelegramSender:
    """Sends broadcast texts (``*bold*`` markup) as Telegram HTML."""

    channel = CHANNEL

    def __init__(self, bot: Bot, db=None) -> None:
        self.bot, self.db = bot, db  # db: where a quiz poll's id is remembered (its results)

    async def send(self, chat_id: str, text: str) -> SendResult:
        chunks = split_html(render_telegram_text(text))
        if len(chunks) != 1:  # queue_broadcast keeps texts to one message
            return SendResult(SendOutcome.PERMANENT, error="text longer than one message")
        try:
            msg = await self.bot.send_message(
                int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id, chunks[0],
                parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        except Exception as e:  # noqa: BLE001 - every failure is classified
            return classify(e)
        return SendResult(SendOutcome.SENT, message_id=str(msg.message_id))

    async def send_quiz(self, chat_id: str, quiz_id: int, quiz, text: str) -> SendResult:
        """A native quiz poll (anonymous: Telegram reports only totals), with a button that
        opens the entry's full answer. ``correct_option_ids`` is Bot API 9.6's name for
        ``correct_option_id`` (python-telegram-bot 22.8 sends that name either way)."""
        from netralbot.scheduler import quizzes

        try:
            msg = await self.bot.send_poll(
                int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id, quiz.question, list(quiz.options),
                is_anonymous=True, type="quiz", correct_option_ids=[quiz.correct], explanation=quiz.explanation,
                reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("📖 Jawaban lengkap",
                                                                         callback_data=f"qa:{quiz.faq_id}")]]),
            )
        except Exception as e:  # noqa: BLE001 - every failure is classified
            return classify(e)
        if self.db is not None and msg.poll is not None:
            quizzes.remember_poll(self.db, msg.poll.id, quiz_id)
        return SendResult(SendOutcome.SENT, message_id=str(msg.message_id))

    async def edit(self, chat_id: str, message_id: str, text: str) -> None:
        """Replace a message's text (a broadcast's progress message)."""
        try:
            await self.bot.edit_message_text(render_telegram_text(text), chat_id=int(chat_id),
                                             message_id=int(message_id), parse_mode=ParseMode.HTML)
        except BadRequest as e:
            if "not modified" not in e.message.lower():
                raise
