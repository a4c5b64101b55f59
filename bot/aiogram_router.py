"""NetralBot as an aiogram 3 ``Router``, for agencies that already run an aiogram bot.

    from aiogram import Bot, Dispatcher
    from netralbot.bot.aiogram_router import netralbot_router

    dp = Dispatcher()
    dp.include_router(my_own_router)        # your handlers first
    dp.include_router(netralbot_router())   # then NetralBot answers the rest
    await dp.start_polling(Bot(TOKEN))

The router is a thin adapter, like ``bot/telegram.py`` for python-telegram-bot: it
turns aiogram's ``Message`` and ``CallbackQuery`` into an
:class:`~handlers.messages.Inbound` for the shared conversation and sends its
replies as Telegram HTML with inline keyboards. It answers every text message it
sees in private chats (and, in groups, only commands, mentions and replies to the
bot), so include it after your own routers.
"""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.enums import ChatType, MessageEntityType, ParseMode
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message

from netralbot.bot.flood import FLOOD_NOTICE, FloodLimit
from netralbot.bot.telegram import NOT_TEXT, reply_html
from netralbot.bot.telegram_html import split_html
from netralbot.handlers.conversation import Conversation
from netralbot.handlers.messages import Inbound, Reply

log = logging.getLogger(__name__)
CHANNEL = "telegram"  # the same identities as the python-telegram-bot adapter: roles carry over


def _keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(inline_keyboard=[
        [InlineKeyboardButton(text=b.label, callback_data=b.data) for b in row] for row in reply.buttons])


def _is_group(message: Message) -> bool:
    return message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


def _addressed(message: Message, me) -> bool:
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == me.id:
        return True
    text = message.text or ""
    for ent in message.entities or ():
        if ent.type == MessageEntityType.MENTION and \
                text[ent.offset:ent.offset + ent.length].lower() == f"@{(me.username or '').lower()}":
            return True
    return False


async def _send(bot: Bot, chat_id: int, replies: list[Reply], reply_to: int | None = None) -> None:
    for r in replies:
        if r.text is None and r.answer is None:
            continue
        chunks = split_html(reply_html(r))
        for i, chunk in enumerate(chunks):
            try:
                await bot.send_message(chat_id, chunk, parse_mode=ParseMode.HTML,
                                       reply_markup=_keyboard(r) if i == len(chunks) - 1 else None,
                                       link_preview_options=LinkPreviewOptions(is_disabled=True),
                                       reply_to_message_id=reply_to if i == 0 else None)
            except TelegramForbiddenError:
                return  # blocked the bot
            except TelegramBadRequest as e:
                log.warning("aiogram: message refused: %s", e.message)
                return


def netralbot_router(conversation: Conversation | None = None, *, db_path=None, name: str = "netralbot",
                     flood: FloodLimit | None = None) -> Router:
    """A router answering with NetralBot; opens the knowledge base at ``db_path``
    (default ``NETRALBOT_DB``) unless a ready :class:`Conversation` is given.
    aiogram 3 has no throttling of its own, so the router keeps the per-person flood limit."""
    flood = flood or FloodLimit()
    if conversation is None:
        from netralbot.handlers.access import Access
        from netralbot.knowledge.engine import KnowledgeBase

        kb = KnowledgeBase.open(db_path)
        kb.warm()  # (the host bot runs for long: its patterns are compiled now, not at a first question)
        conversation = Conversation(kb, Access(kb.db))
    conv = conversation
    router = Router(name=name)

    @router.message(F.text)
    async def on_text(message: Message, bot: Bot) -> None:
        if message.from_user is None or message.from_user.is_bot:
            return
        me = await bot.me()
        group = _is_group(message)
        addressed = _addressed(message, me) if group else True
        if group and not addressed and not (message.text or "").startswith("/"):
            return
        if not await _within_limit(bot, message, group):
            return
        inbound = Inbound(text=message.text, chat_id=str(message.chat.id), user_id=str(message.from_user.id),
                          channel=CHANNEL, is_group=group, addressed=addressed, bot_username=me.username,
                          chat_kind="group" if group else "private")
        await _send(bot, message.chat.id, conv.handle(inbound), reply_to=message.message_id if group else None)

    @router.message(F.chat.type == ChatType.PRIVATE)
    async def on_other(message: Message, bot: Bot) -> None:
        if message.from_user is None or message.from_user.is_bot:
            return
        if await _within_limit(bot, message, False):  # stickers and photos count too
            await _send(bot, message.chat.id, [Reply(text=NOT_TEXT)])

    async def _within_limit(bot: Bot, message: Message, group: bool) -> bool:
        uid = message.from_user.id
        verdict = flood.check(uid, staff=conv.staff.access.is_staff(CHANNEL, str(uid)))
        if verdict == "warn" and not group:
            await _send(bot, message.chat.id, [Reply(text=FLOOD_NOTICE)])
        return verdict == "ok"

    @router.callback_query()
    async def on_callback(query: CallbackQuery, bot: Bot) -> None:
        msg = query.message if isinstance(query.message, Message) else None
        group = msg is not None and _is_group(msg)
        me = await bot.me()
        inbound = Inbound(callback=query.data or "", chat_id=str(msg.chat.id) if msg else str(query.from_user.id),
                          user_id=str(query.from_user.id), channel=CHANNEL, is_group=group, addressed=True,
                          bot_username=me.username, chat_kind="group" if group else "private")
        replies = conv.handle(inbound)
        notice = next((r.notice for r in replies if r.notice), None)
        await query.answer(text=notice[:200] if notice else None)
        if msg is None:
            return
        for r in replies:
            if r.text is None and r.answer is None:
                continue
            chunks = split_html(reply_html(r))
            if r.edit and len(chunks) == 1:
                try:
                    await msg.edit_text(chunks[0], parse_mode=ParseMode.HTML, reply_markup=_keyboard(r),
                                        link_preview_options=LinkPreviewOptions(is_disabled=True))
                    continue
                except TelegramBadRequest as e:
                    if "not modified" in e.message.lower():
                        continue
            await _send(bot, msg.chat.id, [r])

    return router
