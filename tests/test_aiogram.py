"""The aiogram router, through a real aiogram 3 ``Bot`` and ``Dispatcher`` polling
the fake Bot API server (aiogram's custom API server setting), included in a
dispatcher next to an agency's own router as the README shows."""

from __future__ import annotations

import asyncio

import pytest
from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.filters import Command
from aiogram.types import Message

from netralbot.bot.aiogram_router import netralbot_router
from netralbot.bot.flood import FLOOD_NOTICE, FloodLimit
from netralbot.handlers.access import Access
from netralbot.handlers.conversation import Conversation
from netralbot.knowledge.engine import KnowledgeBase
from netralbot.scheduler import subscriptions

from fakes.threaded import in_background


@pytest.fixture()
def aiogram_bot(fake, db_path, request):
    """An agency's aiogram bot with its own /jadwal command, and NetralBot included after it
    (with the flood limit given as the fixture's parameter, if any)."""
    flood = getattr(request, "param", None)

    async def start():
        session = AiohttpSession(api=TelegramAPIServer.from_base(fake.server_url))
        bot = Bot(fake.token, session=session)
        own = Router(name="agency")

        @own.message(Command("jadwal"))
        async def jadwal(message: Message) -> None:
            await message.answer("Jadwal apel: Senin 07.30")

        dp = Dispatcher()
        dp.include_router(own)
        kb = KnowledgeBase.open(db_path)  # in the bot's thread: SQLite connections stay in theirs
        dp.include_router(netralbot_router(Conversation(kb, Access(kb.db)), flood=flood))
        polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=1))
        return dp, polling, bot

    async def stop(running) -> None:
        dp, polling, bot = running
        await dp.stop_polling()
        await polling
        await bot.session.close()

    with in_background(start, stop, "aiogram-bot"):
        fake.wait_for(lambda f: [c for c in f.calls if c.method == "getUpdates"], timeout=10)
        yield KnowledgeBase.open(db_path)


def texts(fake, chat) -> list[str]:
    return [m["text"] for m in fake.sent(chat)]


def test_router_answers_questions_next_to_the_agencys_own_handlers(fake, aiogram_bot):
    chat = 7001
    fake.push_message("/jadwal", chat_id=chat, user_id=chat)
    assert fake.wait_sent(1, chat_id=chat)[-1]["text"] == "Jadwal apel: Senin 07.30"  # the agency's router first
    fake.push_message("klo like postingan caleg temen boleh gk?", chat_id=chat, user_id=chat)
    answer = fake.wait_sent(2, chat_id=chat)[-1]
    assert answer["text"].startswith("<b>⛔ DILARANG</b>") and "Dasar hukum" in answer["text"]
    data = [b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row]
    assert any(d.startswith("c:") for d in data)


def test_router_suggestions_topics_and_subscribe(fake, aiogram_bot):
    kb = aiogram_bot
    chat = 7002
    fake.push_message("akun calon", chat_id=chat, user_id=chat)
    close = fake.wait_sent(1, chat_id=chat)[-1]
    picks = [b["callback_data"] for row in close["reply_markup"]["inline_keyboard"] for b in row]
    assert 1 <= len(picks) <= 3
    fake.push_callback(picks[0], chat_id=chat, user_id=chat, message_id=close["message_id"])
    assert "Dasar hukum" in fake.wait_sent(2, chat_id=chat)[-1]["text"]

    fake.push_message("/topik", chat_id=chat, user_id=chat)
    topics = fake.wait_sent(3, chat_id=chat)[-1]
    first = topics["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    fake.push_callback(first, chat_id=chat, user_id=chat, message_id=topics["message_id"])
    fake.wait_for(lambda f: [c for c in f.calls if c.method == "editMessageText" and "halaman 1/" in c.params["text"]])

    fake.push_message("/langganan", chat_id=chat, user_id=chat)
    fake.wait_sent(5, chat_id=chat)
    assert subscriptions.get(kb.db, "telegram", str(chat)).active


def test_router_stays_quiet_in_groups_unless_addressed(fake, aiogram_bot):
    group = -100700
    fake.push_message("boleh like postingan caleg?", chat_id=group, user_id=7003, chat_type="supergroup")
    fake.push_message("/tanya boleh pasang spanduk caleg di rumah?", chat_id=group, user_id=7003,
                      chat_type="supergroup")
    reply = fake.wait_sent(1, chat_id=group)[-1]
    assert "DILARANG" in reply["text"]
    import time

    time.sleep(0.5)
    assert len(fake.sent(group)) == 1


@pytest.mark.parametrize("aiogram_bot", [FloodLimit(burst=2, window=60)], indirect=True)
def test_router_keeps_the_flood_limit(fake, aiogram_bot):
    chat = 7004
    for i in range(6):
        fake.push_message(f"boleh like postingan caleg {i}?", chat_id=chat, user_id=chat)
    fake.wait_for(lambda f: FLOOD_NOTICE in texts(f, chat), timeout=10)
    import time

    time.sleep(0.5)
    got = texts(fake, chat)
    assert got.count(FLOOD_NOTICE) == 1 and len(got) == 3
