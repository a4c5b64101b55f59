"""`netralbot run`: every configured channel in one process."""

from __future__ import annotations

import logging
import sys

from bot.config import Settings

log = logging.getLogger(__name__)

NO_SECRET = (
    "netralbot run: TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not; without it "
    "anyone could post fake updates. Set a random secret (A-Z a-z 0-9 _ -, up to 256 characters)."
)
NO_CHANNEL = (
    "netralbot run: no channel configured. Set TELEGRAM_BOT_TOKEN (from @BotFather) in the "
    "environment or in .env; `netralbot chat` works without any token."
)


def quiet_http_logs() -> None:
    """httpx logs every request URL at INFO, and Telegram URLs contain the bot token."""
    for name in ("httpx", "httpcore", "telegram.ext.Updater", "apscheduler.executors.default"):
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger().level))


def background_services(settings: Settings, kb, senders: dict):
    """Reminders (APScheduler) and the broadcast delivery loop, on the bot's event loop."""
    import datetime as dt

    from scheduler.delivery import Deliverer
    from scheduler.ratelimit import Limits
    from scheduler.service import BackgroundServices, ReminderScheduler
    from scheduler.tips import tip_text

    limits = {"telegram": Limits(per_second=settings.netralbot_broadcast_rate)}
    deliverer = Deliverer(kb.db, senders, limits, concurrency=settings.netralbot_broadcast_concurrency)
    reminder_scheduler = ReminderScheduler(
        kb.db, grace=dt.timedelta(minutes=settings.netralbot_reminder_grace_minutes),
        tip_for=lambda index: tip_text(kb, index),
    )
    return BackgroundServices(kb.db, deliverer, reminder_scheduler)


def run(settings: Settings, kb) -> int:
    from handlers.conversation import Conversation

    if not settings.telegram_bot_token:
        print(NO_CHANNEL, file=sys.stderr)
        return 2
    if settings.telegram_webhook_url and not settings.telegram_webhook_secret:
        print(NO_SECRET, file=sys.stderr)
        return 2
    quiet_http_logs()
    from bot.broadcast_progress import ProgressNotifier
    from bot.telegram import TelegramBot
    from handlers.access import Access
    from bot.telegram_sender import TelegramSender

    conversation = Conversation(kb, Access(kb.db, settings.netralbot_superadmins), settings.netralbot_broadcast_rate)
    bot = TelegramBot(conversation, settings.telegram_bot_token, settings.telegram_api_base_url)
    sender = TelegramSender(bot.app.bot)
    bot.add_service(background_services(settings, kb, {"telegram": sender}))
    bot.add_service(ProgressNotifier(kb.db, {"telegram": sender.edit}, rate_limit=settings.netralbot_broadcast_rate))
    if settings.telegram_webhook_url:
        log.warning("telegram: webhook mode on %s:%s", settings.telegram_webhook_listen,
                    settings.telegram_webhook_port)
        bot.run_webhook(settings.telegram_webhook_listen, settings.telegram_webhook_port,
                        settings.telegram_webhook_url, settings.telegram_webhook_secret,
                        settings.telegram_webhook_path)
    else:
        log.warning("telegram: long polling started")
        bot.run_polling()
    return 0
