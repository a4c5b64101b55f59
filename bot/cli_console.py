"""`netralbot console` (the web console alone, no channels) and `netralbot console-link`
(a one-time login link for an operator on the console's machine)."""

from __future__ import annotations

import asyncio
import sys

from netralbot.bot.config import Settings, load_settings
from netralbot.bot.stopping import stop_on_signals


def base_url(settings: Settings) -> str:
    """Where staff reach the console: NETRALBOT_PUBLIC_URL, else this machine's own address."""
    if settings.netralbot_public_url:
        return settings.netralbot_public_url.rstrip("/")
    return f"http://{settings.netralbot_http_host}:{settings.netralbot_http_port}"


def _kb(args):
    from netralbot.knowledge.engine import KnowledgeBase

    return KnowledgeBase.open(args.db or load_settings().netralbot_db)


async def _serve(settings: Settings, kb) -> None:
    from aiohttp import web

    from netralbot.bot.web.app import CLIENT_MAX_SIZE, mount
    from netralbot.handlers.access import Access

    app = web.Application(client_max_size=CLIENT_MAX_SIZE)

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "channels": []})

    app.router.add_get("/healthz", healthz)
    mount(app, kb, Access(kb.db, settings.netralbot_superadmins), base_url(settings))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.netralbot_http_host, settings.netralbot_http_port)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    print(f"konsol: http://{settings.netralbot_http_host}:{port}/admin/ (tautan masuk: netralbot console-link "
          "--actor NAMA --role admin); Ctrl+C untuk berhenti", flush=True)
    stop = stop_on_signals()
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


def cmd_console(args) -> int:
    settings = load_settings()
    asyncio.run(_serve(settings, _kb(args)))
    return 0


def cmd_console_link(args) -> int:
    from netralbot.handlers import console_login
    from netralbot.handlers.access import Access

    settings = load_settings()
    kb = _kb(args)
    try:
        url = console_login.operator_link(kb.db, Access(kb.db, settings.netralbot_superadmins), args.actor,
                                          args.role, base_url(settings))
    except ValueError as e:
        print(f"galat: {e}", file=sys.stderr)
        return 2
    print(f"Tautan sekali pakai untuk console:{args.actor} ({args.role}), berlaku 10 menit:")
    print(url)
    return 0


def add_parsers(sub) -> None:
    c = sub.add_parser("console", help="serve the web console alone (no channels), on NETRALBOT_HTTP_HOST/PORT")
    c.set_defaults(func=cmd_console)
    link = sub.add_parser("console-link", help="print a one-time login link to the web console (last line)")
    link.add_argument("--actor", required=True, help="operator name (letters, digits, . _ -)")
    link.add_argument("--role", required=True, choices=("admin", "hr", "superadmin"))
    link.set_defaults(func=cmd_console_link)
