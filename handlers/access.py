"""Who may do what, and the record of what they did.

Roles belong to a channel identity (a Telegram user id, a WhatsApp number):
``admin`` edits the knowledge base, ``hr`` runs reminders and broadcasts.
Superadmins come from ``NETRALBOT_SUPERADMINS`` (``123456`` or ``telegram:123456``,
``whatsapp:62812…``), hold every role and alone grant or revoke roles. Every
privileged command asks :func:`allowed` on the server side, each time: a button
in a chat is never a permission.

The audit log keeps privileged actions (actor, time, action, target), never what
people ask.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlite_utils

ROLES = ("admin", "hr")
ROLE_LABELS = {"admin": "admin (basis pengetahuan)", "hr": "HR (pengingat dan siaran)", "superadmin": "superadmin"}


@dataclass(frozen=True)
class Grant:
    channel: str
    user_id: str
    role: str
    granted_by: str
    granted_at: str


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def ensure_schema(db: sqlite_utils.Database) -> None:
    db["roles"].create({"channel": str, "user_id": str, "role": str, "granted_by": str, "granted_at": str},
                       pk=("channel", "user_id", "role"), if_not_exists=True)
    db["audit_log"].create({"id": int, "at": str, "actor": str, "action": str, "target": str, "detail": str},
                           pk="id", if_not_exists=True)


def parse_superadmins(value: str | set[str] | None) -> set[tuple[str, str]]:
    """``"111, whatsapp:6281"`` → {("telegram", "111"), ("whatsapp", "6281")}."""
    items = value.split(",") if isinstance(value, str) else list(value or ())
    out = set()
    for item in items:
        item = item.strip()
        if not item:
            continue
        channel, sep, ident = item.partition(":")
        out.add((channel, ident) if sep else ("telegram", item))
    return out


class Access:
    def __init__(self, db: sqlite_utils.Database, superadmins: str | set[str] | None = None) -> None:
        self.db = db
        self.superadmins = parse_superadmins(superadmins)
        ensure_schema(db)

    def is_superadmin(self, channel: str, user_id: str) -> bool:
        return (channel, str(user_id)) in self.superadmins

    def roles_of(self, channel: str, user_id: str) -> set[str]:
        if self.is_superadmin(channel, user_id):
            return {"superadmin", *ROLES}
        rows = self.db.execute("select role from roles where channel = ? and user_id = ?",
                               [channel, str(user_id)]).fetchall()
        roles = {r[0] for r in rows}
        if "superadmin" in roles:  # a console operator made superadmin by the CLI
            roles |= set(ROLES)
        return roles

    def grant_operator(self, name: str, role: str, actor: str) -> bool:
        """A console operator (``console:NAME``) gets a role from the CLI, superadmin included:
        whoever runs the CLI holds the database already."""
        if role not in (*ROLES, "superadmin"):
            raise ValueError(f"peran harus salah satu dari: {', '.join((*ROLES, 'superadmin'))}")
        exists = self.db.execute("select 1 from roles where channel = 'console' and user_id = ? and role = ?",
                                 [name, role]).fetchone()
        if exists:
            return False
        with self.db.atomic():
            self.db["roles"].insert({"channel": "console", "user_id": name, "role": role,
                                     "granted_by": actor, "granted_at": _now()})
            audit(self.db, actor, "role.grant", f"console:{name}", role)
        return True

    def is_staff(self, channel: str, user_id: str) -> bool:
        """Any role at all (admin, hr, superadmin): such people get a higher flood limit."""
        if self.is_superadmin(channel, user_id):
            return True
        return self.db.execute("select 1 from roles where channel = ? and user_id = ? limit 1",
                               [channel, str(user_id)]).fetchone() is not None

    def allowed(self, channel: str, user_id: str, role: str) -> bool:
        return role in self.roles_of(channel, user_id)

    def grant(self, channel: str, user_id: str, role: str, actor: str) -> bool:
        if role not in ROLES:
            raise ValueError(f"peran harus salah satu dari: {', '.join(ROLES)}")
        user_id = str(user_id).strip()
        if not re.fullmatch(r"\+?[0-9]{1,31}", user_id):  # ASCII digits only: "٣٤٥".isdigit() is True
            raise ValueError("ID pengguna harus angka (ID Telegram atau nomor WhatsApp)")
        exists = self.db.execute("select 1 from roles where channel = ? and user_id = ? and role = ?",
                                 [channel, user_id, role]).fetchone()
        if exists:
            return False
        with self.db.atomic():
            self.db["roles"].insert({"channel": channel, "user_id": user_id, "role": role,
                                     "granted_by": actor, "granted_at": _now()})
            audit(self.db, actor, "role.grant", f"{channel}:{user_id}", role)
        return True

    def revoke(self, channel: str, user_id: str, role: str, actor: str) -> bool:
        if role not in ROLES and not (channel == "console" and role == "superadmin"):
            raise ValueError(f"peran harus salah satu dari: {', '.join(ROLES)}")
        with self.db.atomic():
            n = self.db.execute("delete from roles where channel = ? and user_id = ? and role = ?",
                                [channel, str(user_id), role]).rowcount
            if n:
                audit(self.db, actor, "role.revoke", f"{channel}:{user_id}", role)
        return bool(n)

    def grants(self) -> list[Grant]:
        return [Grant(**r) for r in self.db["roles"].rows_where(order_by="role, channel, user_id")]


def audit(db: sqlite_utils.Database, actor: str, action: str, target: str = "", detail: str = "") -> None:
    """Record a privileged action. Callers pass identities and ids, never question text."""
    ensure_schema(db)
    with db.atomic():  # joins the caller's transaction when there is one
        db.execute("insert into audit_log (at, actor, action, target, detail) values (?, ?, ?, ?, ?)",
                   [_now(), actor, action, target, detail[:500]])


def audit_entries(db: sqlite_utils.Database, limit: int = 20) -> list[dict]:
    ensure_schema(db)
    return list(db["audit_log"].rows_where(order_by="id desc", limit=limit))
