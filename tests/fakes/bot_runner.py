"""Run the real python-telegram-bot Application in a background thread.

Tests stay synchronous: they push updates into the fake Bot API server and wait
for what the bot sent, while the bot polls that server over HTTP like it would
poll api.telegram.org.
"""

from __future__ import annotations

from contextlib import contextmanager

from netralbot.bot.telegram import FloodLimit, TelegramBot
from netralbot.handlers.access import Access
from netralbot.handlers.conversation import Conversation
from netralbot.knowledge.engine import KnowledgeBase

from fakes.threaded import in_background


@contextmanager
def running_bot(fake, kb_path, *, flood: FloodLimit | None = None, webhook: dict | None = None,
                services=None, superadmins: str = ""):
    """Start a TelegramBot against ``fake`` (polling, or webhook when ``webhook`` is given),
    with the background ``services`` that ``netralbot run`` would start alongside it.

    The bot opens its own connection to the database in its own thread, as
    ``netralbot run`` does in its process; tests read the same file through theirs.
    """
    async def start() -> TelegramBot:
        kb = KnowledgeBase.open(kb_path)
        tb = TelegramBot(Conversation(kb, Access(kb.db, superadmins)), fake.token, fake.base_url, flood=flood)
        app = tb.app
        for factory in (services if isinstance(services, list) else [services] if services else []):
            tb.add_service(factory(tb, tb.conv.kb))  # (TelegramBot, KnowledgeBase) -> service
        await app.initialize()
        await app.post_init(app)
        if webhook:
            await app.updater.start_webhook(**webhook)
        else:
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
        await app.start()
        return tb

    async def stop(tb: TelegramBot) -> None:
        app = tb.app
        await app.updater.stop()
        await app.stop()
        await app.post_stop(app)
        await app.shutdown()

    with in_background(start, stop, "telegram-bot") as tb:
        yield tb
