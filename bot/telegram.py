"""Telegram channel: python-telegram-bot (v22) in front of the shared conversation.

Everything NetralBot says is decided in ``handlers/``; this module only converts a
Telegram ``Update`` into an :class:`~handlers.messages.Inbound`, and each
:class:`~handlers.messages.Reply` into Bot API calls (HTML, inline keyboards,
message edits, callback answers). It adds what only a chat network needs:
splitting long messages, the per-user flood limit (bot/flood.py), the group rules and handling of
Telegram errors.

Logs never contain question text or user ids (questions can be self-incriminating).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, MessageEntityType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import (Application, ApplicationBuilder, CallbackQueryHandler, ContextTypes, MessageHandler,
                          PollHandler, filters)

from netralbot.bot.flood import FLOOD_NOTICE, FloodLimit  # noqa: F401 - FLOOD_NOTICE is part of this adapter's surface
from netralbot.bot.telegram_html import split_html
from netralbot.bot.telegram_sender import retry_seconds
from netralbot.handlers.conversation import Conversation
from netralbot.handlers.messages import Inbound, Reply
from netralbot.handlers.render import render_telegram_html, render_telegram_text
from netralbot.knowledge import image_text
from netralbot.scheduler import outbox, quizzes, subscriptions

log = logging.getLogger(__name__)

CHANNEL = "telegram"
COMMANDS = [
    ("tanya", "Tanyakan aturan netralitas ASN"),
    ("topik", "Jelajahi pertanyaan per topik"),
    ("langganan", "Berlangganan pengingat netralitas"),
    ("berhenti", "Berhenti berlangganan pengingat"),
    ("lapor", "Laporkan dugaan pelanggaran (dipandu)"),
    ("kuis", "Kuis netralitas terbaru"),
    ("privasi", "Bagaimana data Anda diperlakukan"),
    ("bantuan", "Cara memakai NetralBot"),
]
GROUP_COMMANDS = [("tanya", "Tanyakan aturan netralitas ASN"), ("bantuan", "Cara memakai NetralBot")]
MAX_DOCUMENT_BYTES = 2_000_000
NOT_TEXT = (
    "Saya hanya bisa membaca pertanyaan berupa teks. Silakan ketik pertanyaan Anda tentang "
    "netralitas ASN."
)


def file_url(base_url: str) -> str:
    """Files live beside the methods: https://api.telegram.org/bot → …/file/bot."""
    root, sep, _ = base_url.rstrip("/").rpartition("/bot")
    return f"{root}/file/bot" if sep else base_url.rstrip("/") + "/file/bot"


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in reply.buttons]
    )


def reply_html(reply: Reply) -> str:
    if reply.answer is not None:
        return render_telegram_html(reply.answer)
    return render_telegram_text(reply.text or "")


def _is_group(chat_type: str) -> bool:
    return chat_type in (ChatType.GROUP, ChatType.SUPERGROUP)


def addressed_to_bot(message: Message, bot_id: int, bot_username: str) -> bool:
    """In a group: a reply to the bot, or a mention of it."""
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == bot_id:
        return True
    text = message.text or ""
    for ent in message.entities or ():
        if ent.type == MessageEntityType.MENTION:
            if text[ent.offset:ent.offset + ent.length].lower() == f"@{bot_username.lower()}":
                return True
        if ent.type == MessageEntityType.TEXT_MENTION and ent.user and ent.user.id == bot_id:
            return True
    return False


async def _keep(box: list, call: Awaitable):
    result = await call
    box.append(result)
    return result


async def _with_retry(call: Callable[[], Awaitable], attempts: int = 3) -> bool:
    """Run one Bot API call, waiting out flood control and retrying network hiccups.

    Returns False when the chat cannot be reached (the caller stops sending to it);
    other errors propagate to the error handler.
    """
    for attempt in range(attempts):
        try:
            await call()
            return True
        except RetryAfter as e:
            wait = retry_seconds(e)
            log.warning("telegram: flood control, waiting %.1f s", wait)
            await asyncio.sleep(wait)
        except (TimedOut, NetworkError) as e:
            if isinstance(e, BadRequest) or attempt == attempts - 1:
                raise
            await asyncio.sleep(0.5 * (attempt + 1))
    return False


class TelegramBot:
    """Wires a :class:`Conversation` into a python-telegram-bot ``Application``."""

    def __init__(self, conversation: Conversation, token: str, base_url: str,
                 flood: FloodLimit | None = None) -> None:
        self.conv = conversation
        self.flood = flood or FloodLimit()
        self.services: list = []  # started after the bot is up, stopped before it goes down
        self.app: Application = (
            ApplicationBuilder()
            .token(token)
            .base_url(base_url)
            .base_file_url(file_url(base_url))
            .concurrent_updates(True)
            .post_init(self._post_init)
            .post_stop(self._post_stop)
            .build()
        )
        self.app.add_handler(CallbackQueryHandler(self.on_callback))
        self.app.add_handler(PollHandler(self.on_poll))
        self.app.add_handler(MessageHandler(filters.ChatType.PRIVATE | filters.ChatType.GROUPS, self.on_message))
        self.app.add_error_handler(self.on_error)

    # --- lifecycle -------------------------------------------------------------------

    async def register_commands(self) -> None:
        """The command menus Telegram shows in private chats and in groups."""
        bot = self.app.bot
        await bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS], scope=BotCommandScopeAllPrivateChats())
        await bot.set_my_commands([BotCommand(c, d) for c, d in GROUP_COMMANDS], scope=BotCommandScopeAllGroupChats())

    async def _post_init(self, app: Application) -> None:
        await self.register_commands()
        for service in self.services:
            await service.start()

    async def _post_stop(self, app: Application) -> None:
        for service in reversed(self.services):
            await service.stop()

    def add_service(self, service) -> None:
        """Something with ``async start()`` and ``async stop()`` (reminders, delivery)."""
        self.services.append(service)

    # --- inbound ---------------------------------------------------------------------

    async def on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        chat, user = update.effective_chat, update.effective_user
        if message is None or chat is None or user is None or user.is_bot:
            return
        is_group = _is_group(chat.type)
        bot = context.bot
        image = bool(message.photo) or bool(message.document and (message.document.mime_type or "").startswith("image/"))
        text = message.text if message.text is not None else (message.caption if image else None)
        if is_group and (text is None or not (text.startswith("/") or addressed_to_bot(message, bot.id, bot.username))):
            return  # never chatter in groups; cheap exit before any work
        # every update we would answer counts, stickers and files included, before any reply
        verdict = self.flood.check(user.id, staff=self.conv.staff.access.is_staff(CHANNEL, str(user.id)))
        if verdict != "ok":
            if verdict == "warn" and not is_group:
                await self._send(chat.id, [Reply(text=FLOOD_NOTICE)], context)
            return
        forwarded = message.forward_origin is not None
        if text is None and not image:
            if message.document is not None:  # admins import knowledge-base YAML this way
                await self._send(chat.id, self.conv.handle(await self._document_inbound(message, user, bot)), context)
                return
            await self._send(chat.id, [Reply(text=NOT_TEXT)], context)  # photo, sticker, voice note
            return
        addressed = addressed_to_bot(message, bot.id, bot.username) if is_group else True
        replied = message.reply_to_message
        read = await self._read_image(message, bot) if image and not is_group else None
        inbound = Inbound(
            text=text or "", chat_id=str(chat.id), user_id=str(user.id), channel=CHANNEL,
            is_group=is_group, addressed=addressed, bot_username=bot.username,
            chat_kind="group" if is_group else "private", forwarded=forwarded, image=image,
            quoted=(replied.text or replied.caption) if replied is not None else None,
            image_text=read.text if read else None, image_problem=read.problem if read else None,
        )
        replies = self.conv.handle(inbound)
        await self._send(chat.id, replies, context, reply_to=message.message_id if is_group else None)

    async def _read_image(self, message: Message, bot) -> image_text.ImageText:
        """The text on a photo, read off the event loop; the image is kept only in memory."""
        if not image_text.available():
            return image_text.ImageText(None, "unavailable")
        media = message.photo[-1] if message.photo else message.document  # the largest size
        if media.file_size and media.file_size > image_text.MAX_BYTES:
            return image_text.ImageText(None, "too-large")
        try:
            file = await bot.get_file(media.file_id)
            data = bytes(await file.download_as_bytearray())
        except TelegramError as e:
            log.warning("telegram: could not fetch an image (%s)", type(e).__name__)
            return image_text.ImageText(None, "failed")
        return await asyncio.to_thread(image_text.read, data)

    async def _document_inbound(self, message: Message, user, bot) -> Inbound:
        doc = message.document
        content = b""
        admin = self.conv.staff.access.allowed(CHANNEL, str(user.id), "admin")  # nobody else's file is fetched
        if admin and (doc.file_size is None or doc.file_size <= MAX_DOCUMENT_BYTES):
            file = await bot.get_file(doc.file_id)
            content = bytes(await file.download_as_bytearray())[:MAX_DOCUMENT_BYTES + 1]
        return Inbound(document=content, document_name=doc.file_name or "berkas", chat_id=str(message.chat.id),
                       user_id=str(user.id), channel=CHANNEL, bot_username=bot.username)

    async def on_poll(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """New totals of a quiz poll we sent (anonymous polls: Telegram never says who voted)."""
        poll = update.poll
        if poll is not None:
            quizzes.record_poll(self.conv.kb.db, poll.id, [o.voter_count for o in poll.options])

    async def on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        chat = query.message.chat if query.message else None
        is_group = chat is not None and _is_group(chat.type)
        staff = self.conv.staff.access.is_staff(CHANNEL, str(query.from_user.id))
        if self.flood.check(query.from_user.id, staff=staff) == "drop":
            await query.answer()
            return
        inbound = Inbound(
            callback=query.data or "", chat_id=str(chat.id) if chat else str(query.from_user.id),
            user_id=str(query.from_user.id), channel=CHANNEL, is_group=is_group, addressed=True,
            bot_username=context.bot.username, chat_kind="group" if is_group else "private",
        )
        replies = self.conv.handle(inbound)
        notice = next((r.notice for r in replies if r.notice), None)
        await query.answer(text=notice[:200] if notice else None)
        if chat is None:
            return
        to_send = [r for r in replies if r.text is not None or r.answer is not None]
        for r in to_send:
            if r.edit and query.message is not None:
                if await self._edit(query.message, r):
                    continue
            await self._send(chat.id, [r], context)

    # --- outbound --------------------------------------------------------------------

    async def _send(self, chat_id: int, replies: list[Reply], context, reply_to: int | None = None) -> None:
        for r in replies:
            if r.text is None and r.answer is None:
                continue
            chunks = split_html(reply_html(r))
            for i, chunk in enumerate(chunks):
                last = i == len(chunks) - 1
                quote = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to and i == 0 else None
                sent: list = []
                ok = await _with_retry(lambda chunk=chunk, last=last, quote=quote: _keep(sent, context.bot.send_message(
                    chat_id, chunk, parse_mode=ParseMode.HTML,
                    reply_markup=keyboard(r) if last else None,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                    reply_parameters=quote,
                )))
                if not ok:
                    return
                if last and sent and r.meta.get("track_broadcast"):
                    # the delivering process edits this message with the broadcast's progress
                    outbox.set_notify(self.conv.kb.db, r.meta["track_broadcast"], CHANNEL, str(chat_id),
                                      str(sent[0].message_id))

    async def _edit(self, message, r: Reply) -> bool:
        """Replace a message's text and buttons; False when it has to be sent anew."""
        chunks = split_html(reply_html(r))
        if len(chunks) != 1:
            return False
        try:
            await message.edit_text(chunks[0], parse_mode=ParseMode.HTML, reply_markup=keyboard(r),
                                    link_preview_options=LinkPreviewOptions(is_disabled=True))
            return True
        except BadRequest as e:
            if "not modified" in str(e).lower():
                return True
            return False

    # --- errors ----------------------------------------------------------------------

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the kind of failure, never the message; keep the bot running."""
        err = context.error
        chat_id = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
        if isinstance(err, Forbidden) or (isinstance(err, BadRequest) and "chat not found" in str(err).lower()):
            if chat_id is not None:
                subscriptions.mark_inactive(self.conv.kb.db, CHANNEL, str(chat_id), "blocked")
            log.info("telegram: chat unreachable (%s)", type(err).__name__)
        elif isinstance(err, RetryAfter):
            log.warning("telegram: flood control, retry after %.1f s", retry_seconds(err))
        elif isinstance(err, (TimedOut, NetworkError)):
            log.warning("telegram: network problem: %s", type(err).__name__)
        elif isinstance(err, TelegramError):
            log.warning("telegram: API error %s: %s", type(err).__name__, err.message)
        else:
            log.error("telegram: handler crashed: %s", type(err).__name__, exc_info=err)
