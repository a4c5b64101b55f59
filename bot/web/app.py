"""The console's aiohttp application: login by one-time link, sessions, CSRF, roles.

Security rules, each checked on the server for every request:
- no session: ``/admin/...`` redirects to a page that says to send /masuk to the bot;
- the session's roles are read again from the database (a removed role ends it);
- a page needs one of its roles, else 403 and nothing changes;
- every POST carries the session's CSRF token, else 403 and nothing changes;
- the cookie is HttpOnly, SameSite=Strict, Secure when the public URL is https.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from importlib import resources
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import web

from netralbot.handlers import console_login
from netralbot.handlers.access import Access
from netralbot.knowledge.engine import KnowledgeBase

log = logging.getLogger(__name__)

COOKIE = "netralbot_konsol"
SESSION = web.RequestKey("session", object)
KB = web.AppKey("kb", KnowledgeBase)
ACCESS = web.AppKey("access", Access)
SETTINGS = web.AppKey("settings", dict)

# Pages in the menu: (path, label, roles that may open it)
MENU = (
    ("/admin/pengetahuan", "Pengetahuan", {"admin", "superadmin"}),
    ("/admin/registri", "Registri", {"admin", "superadmin"}),
    ("/admin/siaran", "Siaran", {"hr", "superadmin"}),
    ("/admin/pengingat", "Pengingat", {"hr", "superadmin"}),
    ("/admin/wawasan", "Wawasan", {"admin", "hr", "superadmin"}),
    ("/admin/audit", "Audit", {"superadmin"}),
    ("/admin/peran", "Peran", {"superadmin"}),
)
STAFF = frozenset({"admin", "hr", "superadmin"})
_OPEN = ("/admin/masuk", "/admin/login/", "/admin/static/")
_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")


def needs(*roles: str) -> Callable:
    """Mark a handler with the roles that may call it (checked by the middleware)."""
    allowed = frozenset(roles) | {"superadmin"}

    def mark(handler: Callable) -> Callable:
        handler.roles = allowed
        return handler
    return mark


def session_of(request: web.Request) -> console_login.Session:
    return request[SESSION]


def page(request: web.Request, template: str, context: dict, status: int = 200) -> web.Response:
    s = request.get(SESSION)
    menu = [(p, label) for p, label, roles in MENU if s and roles & s.roles]
    base = {"session": s, "menu": menu, "path": request.path, "csrf": s.csrf if s else ""}
    return aiohttp_jinja2.render_template(template, request, {**base, **context}, status=status)


def _error(request: web.Request, status: int, message: str) -> web.Response:
    return page(request, "error.html", {"status": status, "message": message}, status=status)


def _harden(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.setdefault("Content-Security-Policy", _CSP)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if not request.path.startswith("/admin/static/"):
        response.headers.setdefault("Cache-Control", "no-store")


@web.middleware
async def security(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]):
    try:
        response = await _guarded(request, handler)
    except web.HTTPException as e:
        if e.status < 400:  # a redirect: it leaves with the same headers
            _harden(request, e)
            raise
        response = _error(request, e.status, "Halaman tidak ditemukan." if e.status == 404 else e.reason)
    except Exception:  # no traceback reaches a browser
        log.exception("console: page failed")
        response = _error(request, 500, "Terjadi kesalahan di sistem. Coba lagi; bila berulang, hubungi pengelola.")
    _harden(request, response)
    return response


async def _guarded(request: web.Request, handler):
    if request.path.startswith(_OPEN):
        return await handler(request)
    app = request.app
    s = console_login.session(app[KB].db, app[ACCESS], request.cookies.get(COOKIE))
    if s is None:
        raise web.HTTPSeeOther("/admin/masuk")
    request[SESSION] = s
    roles = getattr(handler, "roles", STAFF)
    if not roles & s.roles:
        return _error(request, 403, "Peran Anda tidak mengizinkan halaman atau tindakan ini. Tidak ada yang diubah.")
    if request.method == "POST":
        form = await request.post()
        sent = str(form.get("csrf") or request.headers.get("X-CSRF-Token") or "")
        if not hmac.compare_digest(sent.encode(), s.csrf.encode()):
            return _error(request, 403, "Formulir tidak sah atau kedaluwarsa (token CSRF). Muat ulang halaman. Tidak ada yang diubah.")
    return await handler(request)


# --- login and logout ------------------------------------------------------------------

async def need_login(request: web.Request) -> web.Response:
    return page(request, "masuk.html", {})


async def login_page(request: web.Request) -> web.Response:
    """GET only shows a button: chat apps fetch links for previews, and a GET must not
    spend the one-time token."""
    return page(request, "login.html", {"token": request.match_info["token"]})


async def login(request: web.Request) -> web.Response:
    app = request.app
    opened = console_login.redeem(app[KB].db, app[ACCESS], request.match_info["token"])
    if opened is None:
        return page(request, "masuk.html", {"expired": True}, status=403)
    sid, _ = opened
    response = web.HTTPSeeOther("/admin/")
    response.set_cookie(COOKIE, sid, max_age=console_login.SESSION_TTL_S, path="/admin/", httponly=True,
                        samesite="Strict", secure=app[SETTINGS]["secure"])
    raise response


async def logout(request: web.Request) -> web.Response:
    console_login.logout(request.app[KB].db, request.cookies.get(COOKIE, ""))
    response = web.HTTPSeeOther("/admin/masuk")
    response.del_cookie(COOKIE, path="/admin/")
    raise response


async def home(request: web.Request) -> web.Response:
    s = session_of(request)
    for path, _, roles in MENU:
        if roles & s.roles:
            raise web.HTTPSeeOther(path)
    return _error(request, 403, "Akun Anda tidak punya peran staf.")


def console_app(kb: KnowledgeBase, access: Access, public_url: str | None = None) -> web.Application:
    """The console as an aiohttp sub-application, to be mounted at ``/admin/`` by :func:`mount`."""
    from netralbot.bot.web import pages_admin, pages_broadcast, pages_insight, pages_kb, pages_reminders

    app = web.Application(middlewares=[security], client_max_size=CLIENT_MAX_SIZE)
    app[KB], app[ACCESS] = kb, access
    app[SETTINGS] = {"secure": urlsplit(public_url or "").scheme == "https", "public_url": public_url}
    package = resources.files("netralbot.bot.web")
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(str(package.joinpath("templates"))),
                         autoescape=True, undefined=jinja2.StrictUndefined)
    r = app.router
    r.add_get("/masuk", need_login)
    r.add_get("/login/{token}", login_page)
    r.add_post("/login/{token}", login)
    r.add_post("/keluar", logout)
    r.add_get("/", home)
    r.add_static("/static/", str(package.joinpath("static")))
    for module in (pages_kb, pages_broadcast, pages_reminders, pages_insight, pages_admin):
        module.routes(r)
    return app


# A knowledge-base export is about 1 MB and an import may be 2 MB: the server that mounts
# the console accepts request bodies this large (aiohttp reads the limit from that app).
CLIENT_MAX_SIZE = 3 * 1024 * 1024


def mount(parent: web.Application, kb: KnowledgeBase, access: Access, public_url: str | None) -> None:
    """Serve the console under ``/admin/`` of an HTTP server (the shared webhook server of
    `netralbot run`, or `netralbot console` alone); build ``parent`` with
    ``client_max_size=CLIENT_MAX_SIZE``."""
    async def to_slash(request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently("/admin/")

    parent.router.add_get("/admin", to_slash)
    parent.add_subapp("/admin/", console_app(kb, access, public_url))
