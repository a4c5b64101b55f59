"""Password-less login to the web console: one-time links and the sessions they open.

A staff member sends /masuk in a private chat (or an operator runs
`netralbot console-link`) and gets ``{NETRALBOT_PUBLIC_URL}/admin/login/<token>``.
The token is 128-bit random, single use and valid 10 minutes; only its SHA-256 is
stored, so a copy of the database opens nothing. Redeeming it opens an 8-hour
session whose roles are read again from :class:`~handlers.access.Access` on every
request: removing a role ends the session at its next click.

Operators on the console's own machine are ``console:<name>`` identities, granted
their role by the CLI like any other grant (recorded in the audit log).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass

import sqlite_utils

from netralbot.handlers.access import Access, audit

LINK_TTL_S = 10 * 60
SESSION_TTL_S = 8 * 60 * 60
OPERATOR_CHANNEL = "console"
_OPERATOR_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class Session:
    sid_hash: str
    channel: str
    user_id: str
    roles: frozenset[str]
    csrf: str
    expires_at: float

    @property
    def actor(self) -> str:
        return f"{self.channel}:{self.user_id}"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def ensure_schema(db: sqlite_utils.Database) -> None:
    db["console_links"].create({"token_hash": str, "channel": str, "user_id": str, "created_at": float,
                                "expires_at": float, "used_at": float}, pk="token_hash", if_not_exists=True)
    db["console_sessions"].create({"sid_hash": str, "channel": str, "user_id": str, "csrf": str,
                                   "created_at": float, "expires_at": float, "revoked_at": float},
                                  pk="sid_hash", if_not_exists=True)


def issue_link(db: sqlite_utils.Database, access: Access, channel: str, user_id: str, base_url: str,
               now: float | None = None) -> str:
    """A one-time login URL for a staff member; ``PermissionError`` for anyone else."""
    if not access.roles_of(channel, str(user_id)):
        raise PermissionError("hanya staf (admin, HR, superadmin) yang dapat masuk ke konsol")
    ensure_schema(db)
    now = time.time() if now is None else now
    token = secrets.token_urlsafe(16)  # 16 bytes = 128 bits
    with db.atomic():
        db["console_links"].insert({"token_hash": _hash(token), "channel": channel, "user_id": str(user_id),
                                    "created_at": now, "expires_at": now + LINK_TTL_S, "used_at": None})
        audit(db, f"{channel}:{user_id}", "console.link", f"{channel}:{user_id}")
    return f"{base_url.rstrip('/')}/admin/login/{token}"


def redeem(db: sqlite_utils.Database, access: Access, token: str, now: float | None = None) -> tuple[str, Session] | None:
    """Use a link once: the new session's cookie value and the session, or None when the
    link is unknown, used, expired, or its owner is no longer staff."""
    ensure_schema(db)
    now = time.time() if now is None else now
    with db.atomic():
        row = db.execute("select channel, user_id, expires_at, used_at from console_links where token_hash = ?",
                         [_hash(token)]).fetchone()
        if row is None or row[3] is not None or row[2] < now:
            return None
        channel, user_id = row[0], row[1]
        # single use even when two requests race: only the one that flips used_at wins
        won = db.execute("update console_links set used_at = ? where token_hash = ? and used_at is null",
                         [now, _hash(token)]).rowcount
        roles = access.roles_of(channel, user_id)
        if not won or not roles:
            return None
        sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        db["console_sessions"].insert({"sid_hash": _hash(sid), "channel": channel, "user_id": user_id,
                                       "csrf": csrf, "created_at": now, "expires_at": now + SESSION_TTL_S,
                                       "revoked_at": None})
        audit(db, f"{channel}:{user_id}", "console.login", f"{channel}:{user_id}")
    return sid, Session(_hash(sid), channel, user_id, frozenset(roles), csrf, now + SESSION_TTL_S)


def session(db: sqlite_utils.Database, access: Access, sid: str | None, now: float | None = None) -> Session | None:
    """The live session behind a cookie, with the roles its owner holds *now*; a session
    whose owner lost every role is revoked on the spot."""
    if not sid:
        return None
    ensure_schema(db)
    now = time.time() if now is None else now
    row = db.execute("select channel, user_id, csrf, expires_at, revoked_at from console_sessions "
                     "where sid_hash = ?", [_hash(sid)]).fetchone()
    if row is None or row[4] is not None or row[3] < now:
        return None
    roles = access.roles_of(row[0], row[1])
    if not roles:
        logout(db, sid, now)
        return None
    return Session(_hash(sid), row[0], row[1], frozenset(roles), row[2], row[3])


def logout(db: sqlite_utils.Database, sid: str, now: float | None = None) -> None:
    ensure_schema(db)
    with db.atomic():
        db.execute("update console_sessions set revoked_at = ? where sid_hash = ? and revoked_at is null",
                   [time.time() if now is None else now, _hash(sid)])


def revoke_all(db: sqlite_utils.Database, channel: str, user_id: str, now: float | None = None) -> int:
    ensure_schema(db)
    with db.atomic():
        return db.execute("update console_sessions set revoked_at = ? where channel = ? and user_id = ? "
                          "and revoked_at is null", [time.time() if now is None else now, channel, str(user_id)]).rowcount


def operator_link(db: sqlite_utils.Database, access: Access, name: str, role: str, base_url: str) -> str:
    """`netralbot console-link --actor NAME --role R`: grant ``console:NAME`` the role
    (recorded like any grant) and issue its link. Whoever runs the CLI holds the
    database already, so the command is its own authority."""
    if not _OPERATOR_NAME.fullmatch(name or ""):
        raise ValueError("nama operator: huruf, angka, titik, garis bawah atau tanda hubung (paling panjang 64)")
    access.grant_operator(name, role, actor="cli")
    return issue_link(db, access, OPERATOR_CHANNEL, name, base_url)
