"""Audit and Peran (superadmin): the record of privileged actions, and who holds which
role. Granting and revoking call :class:`handlers.access.Access`, as /peran does in chat;
a revoked person's console session ends at their next request.
"""

from __future__ import annotations

from aiohttp import web

from netralbot.bot.web.app import ACCESS, KB, needs, page, session_of
from netralbot.handlers.access import ROLE_LABELS, ROLES, audit_entries

CHANNELS = ("telegram", "whatsapp")


def routes(r: web.UrlDispatcher) -> None:
    r.add_get("/audit", audit_page)
    r.add_get("/peran", roles_page)
    r.add_post("/peran", change_role)


@needs("superadmin")
async def audit_page(request: web.Request) -> web.Response:
    return page(request, "audit.html", {"rows": audit_entries(request.app[KB].db, 200)})


def _roles(request: web.Request, error: str | None = None, done: str | None = None, status: int = 200):
    access = request.app[ACCESS]
    return page(request, "roles.html", {"grants": access.grants(), "roles": ROLES, "labels": ROLE_LABELS,
                                        "channels": CHANNELS, "superadmins": sorted(access.superadmins),
                                        "error": error, "done": done}, status=status)


@needs("superadmin")
async def roles_page(request: web.Request) -> web.Response:
    return _roles(request)


@needs("superadmin")
async def change_role(request: web.Request) -> web.Response:
    access = request.app[ACCESS]
    form = await request.post()
    channel, user_id, role = str(form.get("channel", "")), str(form.get("user_id", "")).strip(), str(form.get("role", ""))
    actor = session_of(request).actor
    try:
        if channel not in (*CHANNELS, "console"):
            raise ValueError("kanal tidak dikenal")
        if form.get("action") == "cabut":
            changed = access.revoke(channel, user_id, role, actor)
            done = f"Peran {role} dicabut dari {channel}:{user_id}." if changed else "Peran itu memang tidak dimiliki."
        else:
            if channel == "console":
                raise ValueError("operator konsol diberi peran lewat `netralbot console-link`")
            changed = access.grant(channel, user_id, role, actor)
            done = f"Peran {role} diberikan kepada {channel}:{user_id}." if changed else "Peran itu sudah dimiliki."
    except ValueError as e:
        return _roles(request, error=str(e), status=422)
    return _roles(request, done=done)
