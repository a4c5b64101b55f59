"""Broadcasts and their outbox: one database row per recipient, so delivery can stop
at any moment and resume without sending twice or skipping anyone.

Life of a broadcast::

    queued ──expand──▶ sending ──(no row left to send)──▶ done
       └──────────────cancel──────────────▶ cancelled

``queue_broadcast`` only inserts the broadcast (the CLI and reminders call it, in
any process). The one delivering process expands it: a single
``INSERT OR IGNORE … SELECT`` from the subscribers, in one transaction, so an
expansion is all or nothing and running it twice adds nobody twice (every row has
the idempotency key ``{broadcast}:{channel}:{chat_id}``).

Life of an outbox row::

    pending ─▶ sending ─▶ sent
       ▲          ├─▶ pending (retry at next_at: 429, transient error)
       │          ├─▶ failed (permanent error, or too many transient ones)
       │          ├─▶ gone (blocked the bot, chat deleted: subscriber marked inactive)
       │          └─▶ uncertain (the process died or the connection broke mid-request)
       └──────────────────────── resend_uncertain (an operator's decision)

A row is committed as ``sending`` *before* the request and as ``sent`` after it.
A row still ``sending`` when a new process takes over was in flight when the old
one died: the platform may or may not have delivered it, and the Bot API offers no
way to ask. Such rows become ``uncertain`` and are never resent automatically: a
duplicate is as visible to HR as a miss, and the operator sees the count in
``broadcast status`` and can choose ``broadcast resend-uncertain``. Only messages
in flight at the moment of a crash (at most the worker concurrency) can end there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import time
from dataclasses import dataclass

import sqlite_utils

from netralbot.scheduler import subscriptions

BROADCASTS, OUTBOX, LEASE = "broadcasts", "outbox", "delivery_lease"
MAX_TEXT_CHARS = 3000  # one Telegram message (4,096) after markup, one WhatsApp text (4,096)
DELIVERABLE_CHANNELS = ("telegram", "whatsapp")  # console subscribers are for local trials
OPEN_STATES = ("pending", "sending")


class BroadcastError(ValueError):
    """A broadcast that cannot be queued; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Row:
    id: int
    broadcast_id: int
    channel: str
    chat_id: str
    kind: str
    attempts: int

    @property
    def is_group(self) -> bool:
        return self.kind != "private"


@dataclass(frozen=True)
class Progress:
    id: int
    state: str
    source: str
    text: str
    segment: dict
    created_at: str
    total: int
    counts: dict[str, int]
    rate_per_s: float  # delivered in the last minute, per second
    eta_s: float | None
    waiting: int = 0  # recipients of a queued broadcast, not yet expanded into outbox rows

    @property
    def sent(self) -> int:
        return self.counts.get("sent", 0)

    @property
    def finished(self) -> int:
        return sum(n for s, n in self.counts.items() if s not in OPEN_STATES)

    @property
    def remaining(self) -> int:
        return sum(self.counts.get(s, 0) for s in OPEN_STATES) + self.waiting


def _utc_iso(ts: float | None = None) -> str:
    return dt.datetime.fromtimestamp(time.time() if ts is None else ts, dt.timezone.utc).isoformat(timespec="seconds")


def ensure_schema(db: sqlite_utils.Database) -> None:
    subscriptions.ensure_schema(db)
    db[BROADCASTS].create(
        {
            "id": int, "text": str, "segment": str, "source": str, "actor": str, "reminder_id": int,
            "occurrence": str, "state": str, "total": int, "not_before": float, "created_at": str,
            "started_at": str, "finished_at": str,
        },
        pk="id", not_null={"text", "state"}, defaults={"state": "queued", "total": 0, "not_before": 0.0},
        if_not_exists=True,
    )
    for column in ("notify_channel", "notify_chat", "notify_message", "notify_text", "notify_done"):  # chat progress
        if column not in db[BROADCASTS].columns_dict:
            db[BROADCASTS].add_column(column, str)
    if "quiz_id" not in db[BROADCASTS].columns_dict:  # a quiz reminder: senders send it natively (quizzes.py)
        db[BROADCASTS].add_column("quiz_id", int)
    # A reminder occurrence becomes at most one broadcast, however often it fires.
    db[BROADCASTS].create_index(["occurrence"], unique=True, if_not_exists=True)
    db[BROADCASTS].create_index(["state"], if_not_exists=True)
    db[OUTBOX].create(
        {
            "id": int, "broadcast_id": int, "key": str, "channel": str, "chat_id": str, "kind": str,
            "state": str, "attempts": int, "next_at": float, "sent_at": float, "message_id": str,
            "error": str,
        },
        pk="id", not_null={"broadcast_id", "key", "channel", "chat_id", "state"},
        defaults={"state": "pending", "attempts": 0, "next_at": 0.0},
        foreign_keys=[("broadcast_id", BROADCASTS, "id")],
        if_not_exists=True,
    )
    db[OUTBOX].create_index(["key"], unique=True, if_not_exists=True)
    db[OUTBOX].create_index(["state", "next_at"], if_not_exists=True)
    db[OUTBOX].create_index(["broadcast_id", "state"], if_not_exists=True)
    db[LEASE].create({"id": int, "owner": str, "host": str, "pid": int, "heartbeat": float},
                     pk="id", if_not_exists=True)


# --- queueing (any process) ---------------------------------------------------------

def check_text(text: str) -> str:
    """The broadcast text as it will be sent, or :class:`BroadcastError`."""
    if not isinstance(text, str) or "\x00" in text:
        raise BroadcastError("Teks siaran tidak valid.")
    text = text.strip()
    if not text:
        raise BroadcastError("Teks siaran kosong.")
    if len(text) > MAX_TEXT_CHARS:
        raise BroadcastError(f"Teks siaran terlalu panjang ({len(text)} karakter; paling banyak {MAX_TEXT_CHARS}).")
    return text


def queue_broadcast(db: sqlite_utils.Database, text: str, segment: dict | None = None, *,
                    source: str = "cli", actor: str | None = None, reminder_id: int | None = None,
                    occurrence: str | None = None, not_before: float = 0.0, quiz_id: int | None = None) -> int | None:
    """Queue a broadcast for the delivering process; its id, or None if this
    reminder ``occurrence`` was queued before. With ``quiz_id`` the text is the quiz's
    plain-text fallback; a sender that can (Telegram poll, WhatsApp buttons) sends the quiz."""
    text = check_text(text)
    subscriptions.where_clause(segment)  # unknown segment keys fail here, not at delivery
    ensure_schema(db)
    with db.atomic():
        cur = db.execute(
            f"insert or ignore into {BROADCASTS} (text, segment, source, actor, reminder_id, occurrence, "
            "state, total, not_before, created_at, quiz_id) values (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)",
            [text, json.dumps(segment or {}, ensure_ascii=False, sort_keys=True), source, actor,
             reminder_id, occurrence, not_before, _utc_iso(), quiz_id],
        )
        return cur.lastrowid if cur.rowcount else None


def cancel(db: sqlite_utils.Database, broadcast_id: int) -> int:
    """Stop a broadcast: rows not yet sent are cancelled. Returns how many."""
    ensure_schema(db)
    with db.atomic():
        n = db.execute(f"update {OUTBOX} set state = 'cancelled' where broadcast_id = ? and state = 'pending'",
                       [broadcast_id]).rowcount
        db.execute(f"update {BROADCASTS} set state = 'cancelled', finished_at = ? "
                   "where id = ? and state in ('queued', 'sending')", [_utc_iso(), broadcast_id])
    return n


def resend_uncertain(db: sqlite_utils.Database, broadcast_id: int) -> int:
    """Operator's choice: send the rows whose delivery is unknown again."""
    ensure_schema(db)
    with db.atomic():
        n = db.execute(f"update {OUTBOX} set state = 'pending', next_at = 0 "
                       "where broadcast_id = ? and state = 'uncertain'", [broadcast_id]).rowcount
        if n:
            db.execute(f"update {BROADCASTS} set state = 'sending', finished_at = null where id = ?",
                       [broadcast_id])
    return n


# --- delivery (the one delivering process) --------------------------------------------

def expand_due(db: sqlite_utils.Database, now: float) -> list[int]:
    """Expand every queued broadcast whose time has come into outbox rows."""
    ensure_schema(db)
    ids = [r[0] for r in db.execute(
        f"select id from {BROADCASTS} where state = 'queued' and not_before <= ? order by id", [now])]
    for bid in ids:
        expand(db, bid, now)
    return ids


def expand(db: sqlite_utils.Database, broadcast_id: int, now: float) -> int:
    """One transaction: recipients snapshot into the outbox, broadcast → sending."""
    b = db[BROADCASTS].get(broadcast_id)
    where, params = subscriptions.where_clause(json.loads(b["segment"] or "{}"))
    channels = ", ".join("?" for _ in DELIVERABLE_CHANNELS)
    with db.atomic():
        db.execute(
            f"insert or ignore into {OUTBOX} (broadcast_id, key, channel, chat_id, kind, state, attempts, next_at) "
            f"select ?, ? || ':' || channel || ':' || chat_id, channel, chat_id, kind, 'pending', 0, ? "
            f"from {subscriptions.TABLE} where {where} and channel in ({channels}) order by id",
            [broadcast_id, str(broadcast_id), now, *params, *DELIVERABLE_CHANNELS],
        )
        total = db.execute(f"select count(*) from {OUTBOX} where broadcast_id = ?", [broadcast_id]).fetchone()[0]
        db.execute(f"update {BROADCASTS} set state = 'sending', total = ?, started_at = ? where id = ?",
                   [total, _utc_iso(now), broadcast_id])
    return total


def recover(db: sqlite_utils.Database) -> int:
    """Rows left ``sending`` by a process that died: their fate is unknown."""
    ensure_schema(db)
    with db.atomic():
        return db.execute(f"update {OUTBOX} set state = 'uncertain', error = 'process stopped mid-request' "
                          "where state = 'sending'").rowcount


def due_rows(db: sqlite_utils.Database, now: float, channels, limit: int = 200) -> list[Row]:
    channels = list(channels)
    if not channels:
        return []
    marks = ", ".join("?" for _ in channels)
    cur = db.execute(
        f"select o.id, o.broadcast_id, o.channel, o.chat_id, o.kind, o.attempts from {OUTBOX} o "
        f"where o.state = 'pending' and o.next_at <= ? and o.channel in ({marks}) "
        "order by o.next_at, o.id limit ?", [now, *channels, limit])
    return [Row(*r) for r in cur.fetchall()]


def next_due_at(db: sqlite_utils.Database, channels) -> float | None:
    channels = list(channels)
    if not channels:
        return None
    marks = ", ".join("?" for _ in channels)
    r = db.execute(f"select min(next_at) from {OUTBOX} where state = 'pending' and channel in ({marks})",
                   channels).fetchone()
    q = db.execute(f"select min(not_before) from {BROADCASTS} where state = 'queued'").fetchone()
    times = [t for t in (r[0], q[0]) if t is not None]
    return min(times) if times else None


def _set(db: sqlite_utils.Database, row_id: int, sql: str, params: list) -> None:
    with db.atomic():
        db.execute(f"update {OUTBOX} set {sql} where id = ?", [*params, row_id])


def mark_sending(db, row_id: int) -> None:
    _set(db, row_id, "state = 'sending'", [])


def mark_sent(db, row_id: int, now: float, message_id: str | None) -> None:
    _set(db, row_id, "state = 'sent', sent_at = ?, message_id = ?, error = null", [now, message_id])


def mark_retry(db, row_id: int, at: float, error: str, count_attempt: bool = True) -> None:
    _set(db, row_id, "state = 'pending', next_at = ?, error = ?, attempts = attempts + ?",
         [at, error[:200], 1 if count_attempt else 0])


def mark_final(db, row_id: int, state: str, error: str) -> None:
    assert state in ("failed", "gone", "uncertain", "cancelled")
    _set(db, row_id, "state = ?, error = ?", [state, error[:200]])


def set_chat(db, row_id: int, chat_id: str) -> None:
    _set(db, row_id, "chat_id = ?", [chat_id])


def finish_done(db: sqlite_utils.Database) -> list[int]:
    """Broadcasts with nothing left to send become ``done``."""
    ensure_schema(db)
    ids = [r[0] for r in db.execute(
        f"select b.id from {BROADCASTS} b where b.state = 'sending' and not exists ("
        f"select 1 from {OUTBOX} o where o.broadcast_id = b.id and o.state in ('pending', 'sending'))")]
    if ids:
        with db.atomic():
            db.execute(f"update {BROADCASTS} set state = 'done', finished_at = ? where id in "
                       f"({', '.join('?' for _ in ids)})", [_utc_iso(), *ids])
    return ids


# --- one delivering process --------------------------------------------------------------

def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def acquire_lease(db: sqlite_utils.Database, owner: str, now: float, stale_after: float = 30.0) -> bool:
    """Become the one process that delivers. A lease is free when it is stale, or
    when its holder ran on this host and is no longer alive (a crash: take over at
    once rather than wait for it to go stale)."""
    ensure_schema(db)
    host = socket.gethostname()
    db.execute("BEGIN IMMEDIATE")  # read and take in one write transaction: two starters cannot both win
    try:
        cur = db.execute(f"select owner, host, pid, heartbeat from {LEASE} where id = 1").fetchone()
        if cur is not None:
            holder, holder_host, pid, beat = cur
            free = (holder == owner or now - beat > stale_after
                    or (holder_host == host and not _alive(pid)))
            if not free:
                db.conn.rollback()
                return False
        db.execute(f"insert or replace into {LEASE} (id, owner, host, pid, heartbeat) values (1, ?, ?, ?, ?)",
                   [owner, host, os.getpid(), now])
        db.conn.commit()
    except BaseException:
        db.conn.rollback()
        raise
    return True


def release_lease(db: sqlite_utils.Database, owner: str) -> None:
    with db.atomic():
        db.execute(f"delete from {LEASE} where id = 1 and owner = ?", [owner])


# --- progress shown in the chat that started a broadcast -----------------------------------

def set_notify(db: sqlite_utils.Database, broadcast_id: int, channel: str, chat_id: str, message_id: str) -> None:
    ensure_schema(db)
    with db.atomic():
        db.execute(f"update {BROADCASTS} set notify_channel = ?, notify_chat = ?, notify_message = ? where id = ?",
                   [channel, chat_id, message_id, broadcast_id])


def to_notify(db: sqlite_utils.Database) -> list[tuple[int, str, str, str, str | None]]:
    """(id, channel, chat, message, last text shown) of tracked broadcasts not yet shown finished."""
    ensure_schema(db)
    return db.execute(f"select id, notify_channel, notify_chat, notify_message, notify_text from {BROADCASTS} "
                      "where notify_message is not null and notify_done is null").fetchall()


def notified(db: sqlite_utils.Database, broadcast_id: int, text: str, final: bool) -> None:
    with db.atomic():
        db.execute(f"update {BROADCASTS} set notify_text = ?, notify_done = ? where id = ?",
                   [text, "1" if final else None, broadcast_id])


# --- reporting ------------------------------------------------------------------------

def progress(db: sqlite_utils.Database, broadcast_id: int, now: float | None = None,
             rate_limit: float | None = None) -> Progress | None:
    ensure_schema(db)
    rows = list(db[BROADCASTS].rows_where("id = ?", [broadcast_id]))
    if not rows:
        return None
    b = rows[0]
    counts = dict(db.execute(f"select state, count(*) from {OUTBOX} where broadcast_id = ? group by state",
                             [broadcast_id]).fetchall())
    now = time.time() if now is None else now
    n, first = db.execute(f"select count(*), min(sent_at) from {OUTBOX} where broadcast_id = ? "
                          "and state = 'sent' and sent_at >= ?", [broadcast_id, now - 60]).fetchone()
    rate = n / max(1.0, now - first) if n else 0.0
    remaining = sum(counts.get(s, 0) for s in OPEN_STATES)
    waiting = 0
    if b["state"] == "queued":
        waiting = remaining = subscriptions.count(db, json.loads(b["segment"] or "{}"))
    pace = rate if rate > 0 else rate_limit
    eta = remaining / pace if remaining and pace else (0.0 if not remaining else None)
    return Progress(b["id"], b["state"], b["source"] or "", b["text"], json.loads(b["segment"] or "{}"),
                    b["created_at"], (b["total"] or 0) if b["state"] != "queued" else waiting, counts, rate, eta,
                    waiting)


def recent(db: sqlite_utils.Database, limit: int = 10) -> list[int]:
    ensure_schema(db)
    return [r[0] for r in db.execute(f"select id from {BROADCASTS} order by id desc limit ?", [limit])]
