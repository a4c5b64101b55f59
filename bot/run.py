"""`netralbot run`: every configured channel, the reminders and the broadcast
delivery, in one process and one event loop.

- Telegram (``TELEGRAM_BOT_TOKEN``): long polling, or a webhook on the shared HTTP
  server when ``TELEGRAM_WEBHOOK_URL`` is set.
- WhatsApp (the four ``WHATSAPP_*`` credentials): its webhook on the shared HTTP server.
- The shared HTTP server (``NETRALBOT_HTTP_HOST``/``_PORT``) also answers ``GET /healthz``
  and serves the web console under ``/admin/`` when ``NETRALBOT_PUBLIC_URL`` is set; it
  starts only when a webhook or the console needs it.
- Background: APScheduler fires reminders, the delivery loop sends broadcasts through
  each configured channel, chat progress messages are kept up to date.

SIGTERM or SIGINT stops everything in order: no new updates, in-flight messages
finished and recorded, then exit 0.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import logging
import sys

from aiohttp import web

from netralbot.bot import webhook_body
from netralbot.bot.config import Settings
from netralbot.bot.stopping import stop_on_signals

log = logging.getLogger(__name__)

# Operators read the CLI in Indonesian, like every other `netralbot` message ("galat: …").
NO_SECRET = (
    "galat: TELEGRAM_WEBHOOK_URL diisi tetapi TELEGRAM_WEBHOOK_SECRET tidak; tanpa rahasia itu siapa pun bisa "
    "mengirim update palsu. Isi dengan teks acak (A-Z a-z 0-9 _ -, paling panjang 256 karakter)."
)
NO_CHANNEL = (
    "galat: belum ada kanal yang diatur. Isi TELEGRAM_BOT_TOKEN (dari @BotFather), atau variabel WhatsApp "
    "WHATSAPP_TOKEN, WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_APP_SECRET dan WHATSAPP_VERIFY_TOKEN, di lingkungan "
    "atau di .env; `netralbot chat` berjalan tanpa token apa pun, dan `netralbot console` menjalankan konsol web saja."
)
ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member", "poll"]  # poll: quiz totals, no user


def quiet_http_logs() -> None:
    """httpx logs every request URL at INFO, and Telegram URLs contain the bot token."""
    for name in ("httpx", "httpcore", "telegram.ext.Updater", "apscheduler.executors.default", "aiohttp.access"):
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger().level))


def configuration_error(settings: Settings) -> str | None:
    if not settings.telegram_bot_token and not settings.whatsapp_enabled:
        return NO_CHANNEL
    if settings.telegram_bot_token and settings.telegram_webhook_url and not settings.telegram_webhook_secret:
        return NO_SECRET
    return None


def background_services(settings: Settings, kb, senders: dict):
    """Reminders (APScheduler) and the broadcast delivery loop, on the bot's event loop."""
    from netralbot.scheduler.delivery import Deliverer
    from netralbot.scheduler.quizzes import quiz_maker
    from netralbot.scheduler.ratelimit import Limits
    from netralbot.scheduler.service import BackgroundServices, ReminderScheduler
    from netralbot.scheduler.tips import tip_text

    limits = {"telegram": Limits(per_second=settings.netralbot_broadcast_rate),
              # WhatsApp: its own throughput; 6 s between two messages to one user (pair rate limit)
              "whatsapp": Limits(per_second=settings.whatsapp_rate, chat_interval=6.0)}
    deliverer = Deliverer(kb.db, senders, limits, concurrency=settings.netralbot_broadcast_concurrency)
    reminder_scheduler = ReminderScheduler(
        kb.db, grace=dt.timedelta(minutes=settings.netralbot_reminder_grace_minutes),
        tip_for=lambda index: tip_text(kb, index), quiz_for=quiz_maker(kb),
    )
    return BackgroundServices(kb.db, deliverer, reminder_scheduler)


class Runtime:
    """Everything `netralbot run` runs; ``start()`` and ``stop()`` in one event loop."""

    def __init__(self, settings: Settings, kb, *, flood=None) -> None:
        from netralbot.bot.broadcast_progress import ProgressNotifier
        from netralbot.handlers.access import Access
        from netralbot.handlers.conversation import Conversation

        self.settings, self.kb = settings, kb
        self.access = Access(kb.db, settings.netralbot_superadmins)
        self.conversation = Conversation(kb, self.access, settings.netralbot_broadcast_rate,
                                         settings.netralbot_public_url)
        senders, editors = {}, {}
        self.telegram = self.whatsapp = None
        if settings.telegram_bot_token:
            from netralbot.bot.telegram import TelegramBot
            from netralbot.bot.telegram_sender import TelegramSender

            self.telegram = TelegramBot(self.conversation, settings.telegram_bot_token,
                                        settings.telegram_api_base_url, flood=flood)
            sender = TelegramSender(self.telegram.app.bot, kb.db)
            senders["telegram"], editors["telegram"] = sender, sender.edit
        if settings.whatsapp_enabled:
            from netralbot.bot.whatsapp import GraphClient, WhatsAppChannel, WhatsAppConfig, WhatsAppSender

            config = WhatsAppConfig.from_settings(settings)
            client = GraphClient(config)
            self.whatsapp = WhatsAppChannel(self.conversation, config, client, flood=flood)
            senders["whatsapp"] = WhatsAppSender(kb.db, config, client)
        self.services = [background_services(settings, kb, senders),
                         ProgressNotifier(kb.db, editors, rate_limit=settings.netralbot_broadcast_rate)]
        self._site_runner: web.AppRunner | None = None
        self.port: int | None = None

    @property
    def needs_http(self) -> bool:
        return (self.whatsapp is not None or bool(self.telegram and self.settings.telegram_webhook_url)
                or bool(self.settings.netralbot_public_url))

    def http_app(self) -> web.Application:
        console = bool(self.settings.netralbot_public_url)
        app = web.Application(client_max_size=3 * 1024 * 1024 if console else 1024 * 1024)
        app.router.add_get("/healthz", self.healthz)
        if console:
            from netralbot.bot.web.app import mount

            mount(app, self.kb, self.access, self.settings.netralbot_public_url)
        if self.whatsapp is not None:
            self.whatsapp.mount(app)
        if self.telegram is not None and self.settings.telegram_webhook_url:
            app.router.add_post(self.settings.telegram_webhook_path, self.telegram_webhook)
        return app

    async def healthz(self, request: web.Request) -> web.Response:
        channels = [name for name, on in (("telegram", self.telegram), ("whatsapp", self.whatsapp)) if on]
        return web.json_response({"ok": True, "channels": channels})

    async def telegram_webhook(self, request: web.Request) -> web.Response:
        from telegram import Update

        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(secret.encode(), (self.settings.telegram_webhook_secret or "").encode()):
            return web.Response(status=403, text="Forbidden")
        try:
            data = webhook_body.parse(await request.read())
        except webhook_body.NotJson as e:
            log.warning("telegram: webhook body is not JSON (%s), refused", e)
            return web.Response(status=400, text="not JSON")
        try:
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("no update_id")
            update = Update.de_json(data, self.telegram.app.bot)
        except Exception as e:  # noqa: BLE001 - a shape python-telegram-bot cannot read
            log.warning("telegram: webhook update of an unknown shape ignored (%s)", type(e).__name__)
            return web.Response(text="ignored")  # 200: see bot/webhook_body.py
        await self.telegram.app.update_queue.put(update)
        return web.Response(text="ok")

    async def start(self) -> None:
        if self.telegram is not None:
            app = self.telegram.app
            await app.initialize()
            await self.telegram.register_commands()
            if self.settings.telegram_webhook_url:
                await app.bot.set_webhook(self.settings.telegram_webhook_url, allowed_updates=ALLOWED_UPDATES,
                                          secret_token=self.settings.telegram_webhook_secret)
            else:
                await app.bot.delete_webhook()
                await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES, poll_interval=0.0, timeout=10)
            await app.start()
            log.warning("telegram: %s", "webhook" if self.settings.telegram_webhook_url else "long polling")
        if self.needs_http:
            self._site_runner = web.AppRunner(self.http_app(), access_log=None)
            await self._site_runner.setup()
            site = web.TCPSite(self._site_runner, self.settings.netralbot_http_host, self.settings.netralbot_http_port)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]
            log.warning("http: webhooks%s on %s:%s", " and console" if self.settings.netralbot_public_url else "",
                        self.settings.netralbot_http_host, self.port)
        for service in self.services:
            await service.start()

    async def stop(self, quietly: bool = False) -> None:
        """Stop in order. ``quietly`` after a failed start: a part that never started or
        fails to stop does not hide the start's own error."""
        for step in self._stop_steps():
            try:
                await step()
            except Exception as e:
                if not quietly:
                    raise
                log.debug("stop after a failed start: %s", type(e).__name__)

    def _stop_steps(self) -> list:
        steps = []
        if self._site_runner is not None:
            steps.append(self._site_runner.cleanup)  # no new webhook requests
        if self.telegram is not None:
            app = self.telegram.app

            async def stop_telegram() -> None:
                if app.updater.running:
                    await app.updater.stop()
                if app.running:
                    await app.stop()  # finishes the updates in hand
            steps.append(stop_telegram)
        if self.whatsapp is not None:
            steps.append(self.whatsapp.drain)
        steps += [service.stop for service in reversed(self.services)]
        if self.telegram is not None:
            steps.append(self.telegram.app.shutdown)
        if self.whatsapp is not None:
            steps.append(self.whatsapp.client.aclose)
        return steps


async def serve(settings: Settings, kb) -> None:
    runtime = Runtime(settings, kb)
    stop = stop_on_signals()
    try:
        await runtime.start()
    except BaseException:
        await runtime.stop(quietly=True)  # whatever had started, stopped before the error is told
        raise
    try:
        await stop.wait()
    finally:
        await runtime.stop()


def run(settings: Settings, kb) -> int:
    error = configuration_error(settings)
    if error:
        print(error, file=sys.stderr)
        return 2
    quiet_http_logs()
    asyncio.run(serve(settings, kb))
    return 0
