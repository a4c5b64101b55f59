"""Who receives reminders and broadcasts: opt-in subscribers and HR-registered targets.

A subscriber row is one chat on one channel (a Telegram private chat, group or
channel; a WhatsApp number). It holds only what delivery needs: never questions,
never names. The optional profile (instansi, province → time zone) is asked once
and can be skipped.

Segments select recipients: ``{"channel": "telegram", "timezone": "Asia/Makassar",
"province": "Bali", "instansi": "Dinas Pendidikan", "kind": "group"}``; every key is
optional and an empty segment means every active subscriber.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

TABLE = "subscribers"
KINDS = ("private", "group", "channel")

WIB, WITA, WIT = "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"
TZ_LABELS = {WIB: "WIB", WITA: "WITA", WIT: "WIT"}

# The 38 provinces and their time zone (WIB/WITA/WIT). Keys are the names people
# pick from a list.
PROVINCES: dict[str, str] = {
    **dict.fromkeys([
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
        "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta",
        "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Kalimantan Barat",
        "Kalimantan Tengah",
    ], WIB),
    **dict.fromkeys([
        "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan",
        "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
        "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
    ], WITA),
    **dict.fromkeys([
        "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan",
        "Papua Tengah", "Papua Pegunungan",
    ], WIT),
}
SEGMENT_KEYS = ("channel", "kind", "timezone", "province", "instansi")


@dataclass(frozen=True)
class Subscriber:
    id: int
    channel: str
    chat_id: str
    kind: str
    active: bool
    timezone: str
    province: str | None
    instansi: str | None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def ensure_schema(db: sqlite_utils.Database) -> None:
    db[TABLE].create(
        {
            "id": int, "channel": str, "chat_id": str, "kind": str, "active": int,
            "timezone": str, "province": str, "instansi": str, "profile_asked": int,
            "subscribed_at": str, "changed_at": str, "inactive_reason": str,
        },
        pk="id",
        not_null={"channel", "chat_id", "kind", "active", "timezone"},
        defaults={"active": 1, "timezone": WIB, "profile_asked": 0},
        if_not_exists=True,
    )
    for column, kind in (("label", str), ("last_inbound_at", float)):  # added after the first release
        if column not in db[TABLE].columns_dict:
            db[TABLE].add_column(column, kind)
    db[TABLE].create_index(["channel", "chat_id"], unique=True, if_not_exists=True)
    db[TABLE].create_index(["active", "channel"], if_not_exists=True)
    # segment counts (the console's live recipient count, the insight page) on 100,000 rows:
    # each segment key is searched and grouped through its own index
    for key in ("kind", "timezone"):
        db[TABLE].create_index(["active", key], if_not_exists=True)
    for key in ("province", "instansi"):  # compared without case (where_clause)
        db.execute(f"create index if not exists idx_{TABLE}_active_lower_{key} on {TABLE} (active, lower({key}))")
        db[TABLE].create_index(["active", key], if_not_exists=True)


def _row(db: sqlite_utils.Database, channel: str, chat_id: str) -> dict | None:
    rows = list(db[TABLE].rows_where("channel = ? and chat_id = ?", [channel, str(chat_id)], limit=1))
    return rows[0] if rows else None


def _to_sub(r: dict) -> Subscriber:
    return Subscriber(r["id"], r["channel"], r["chat_id"], r["kind"], bool(r["active"]),
                      r["timezone"], r["province"], r["instansi"])


def get(db: sqlite_utils.Database, channel: str, chat_id: str) -> Subscriber | None:
    ensure_schema(db)
    r = _row(db, channel, chat_id)
    return _to_sub(r) if r else None


def subscribe(db: sqlite_utils.Database, channel: str, chat_id: str, kind: str = "private") -> bool:
    """Opt in (again). True if the chat was not an active subscriber before."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    ensure_schema(db)
    now = _now()
    with db.atomic():
        r = _row(db, channel, chat_id)
        if r is None:
            db[TABLE].insert({"channel": channel, "chat_id": str(chat_id), "kind": kind, "active": 1,
                              "timezone": WIB, "subscribed_at": now, "changed_at": now})
            return True
        db[TABLE].update(r["id"], {"active": 1, "kind": kind, "changed_at": now, "inactive_reason": None})
        return not r["active"]


def register_target(db: sqlite_utils.Database, channel: str, chat_id: str, kind: str,
                    label: str | None = None, timezone: str = WIB) -> bool:
    """HR registers a group or channel as a broadcast target (it cannot opt in by itself)."""
    if kind not in ("group", "channel"):
        raise ValueError("a broadcast target is a group or a channel")
    if timezone not in TZ_LABELS:
        raise ValueError(f"time zone must be one of {', '.join(TZ_LABELS)}")
    new = subscribe(db, channel, chat_id, kind)
    db[TABLE].update(_row(db, channel, chat_id)["id"], {
        "label": " ".join((label or "").split())[:100] or None, "timezone": timezone, "profile_asked": 1})
    return new


def migrate(db: sqlite_utils.Database, channel: str, old_chat_id: str, new_chat_id: str) -> None:
    """A Telegram group became a supergroup and got a new id: keep its subscription."""
    ensure_schema(db)
    with db.atomic():
        if _row(db, channel, new_chat_id) is None:
            db.execute(f"update {TABLE} set chat_id = ?, changed_at = ? where channel = ? and chat_id = ?",
                       [str(new_chat_id), _now(), channel, str(old_chat_id)])


def touch(db: sqlite_utils.Database, channel: str, chat_id: str, at: float | None = None) -> None:
    """A subscriber wrote to us: WhatsApp's 24-hour window for free-form messages is open.

    Only the time is kept, and only for subscribers (it decides text or template)."""
    import time

    with db.atomic():  # on every inbound WhatsApp message: the schema is ensured when the channel starts
        db.execute(f"update {TABLE} set last_inbound_at = ? where channel = ? and chat_id = ?",
                   [time.time() if at is None else at, channel, str(chat_id)])


def last_inbound(db: sqlite_utils.Database, channel: str, chat_id: str) -> float | None:
    row = db.execute(f"select last_inbound_at from {TABLE} where channel = ? and chat_id = ?",
                     [channel, str(chat_id)]).fetchone()
    return row[0] if row else None


def unsubscribe(db: sqlite_utils.Database, channel: str, chat_id: str) -> bool:
    """Opt out. True if the chat was an active subscriber."""
    return _deactivate(db, channel, chat_id, "unsubscribed")


def mark_inactive(db: sqlite_utils.Database, channel: str, chat_id: str, reason: str) -> bool:
    """Stop delivering to a chat that blocked the bot or no longer exists."""
    return _deactivate(db, channel, chat_id, reason)


def _deactivate(db: sqlite_utils.Database, channel: str, chat_id: str, reason: str) -> bool:
    ensure_schema(db)
    with db.atomic():
        r = _row(db, channel, chat_id)
        if r is None or not r["active"]:
            return False
        db[TABLE].update(r["id"], {"active": 0, "changed_at": _now(), "inactive_reason": reason})
        return True


def set_profile(db: sqlite_utils.Database, channel: str, chat_id: str, *,
                province: str | None = None, instansi: str | None = None, skipped: bool = False) -> None:
    """Store the optional profile; the province decides the time zone."""
    ensure_schema(db)
    r = _row(db, channel, chat_id)
    if r is None:
        return
    changes: dict = {"profile_asked": 1, "changed_at": _now()}
    if province is not None:
        if province not in PROVINCES:
            raise ValueError(f"unknown province {province!r}")
        changes.update(province=province, timezone=PROVINCES[province])
    if instansi is not None:
        changes["instansi"] = " ".join(instansi.split())[:100] or None
    if skipped:
        changes["profile_asked"] = 1
    db[TABLE].update(r["id"], changes)


def profile_asked(db: sqlite_utils.Database, channel: str, chat_id: str) -> bool:
    ensure_schema(db)
    r = _row(db, channel, chat_id)
    return bool(r and r["profile_asked"])


def where_clause(segment: dict | None) -> tuple[str, list]:
    """SQL condition (and its parameters) selecting the active subscribers of a segment."""
    clauses, params = ["active = 1"], []
    for key, value in (segment or {}).items():
        if key not in SEGMENT_KEYS:
            raise ValueError(f"unknown segment key {key!r}; use {', '.join(SEGMENT_KEYS)}")
        if value in (None, ""):
            continue
        if key in ("instansi", "province"):  # typed by people: compare without case
            clauses.append(f"lower({key}) = lower(?)")
            params.append(" ".join(str(value).split()))
        else:
            clauses.append(f"{key} = ?")
            params.append(str(value))
    return " and ".join(clauses), params


def count(db: sqlite_utils.Database, segment: dict | None = None) -> int:
    ensure_schema(db)
    where, params = where_clause(segment)
    return db.execute(f"select count(*) from {TABLE} where {where}", params).fetchone()[0]


def active(db: sqlite_utils.Database, segment: dict | None = None) -> Iterator[Subscriber]:
    """Active subscribers in a segment, in a stable order (by id)."""
    ensure_schema(db)
    where, params = where_clause(segment)
    for r in db[TABLE].rows_where(where, params, order_by="id"):
        yield _to_sub(r)


def parse_segment(text: str | None) -> dict:
    """``"timezone=Asia/Makassar,channel=telegram"`` → dict (for the CLI)."""
    seg: dict = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip()
        if not sep or key not in SEGMENT_KEYS:
            raise ValueError(f"segment part {part!r}: use key=value with key in {', '.join(SEGMENT_KEYS)}")
        value = value.strip()
        if key == "timezone":
            value = {v: k for k, v in TZ_LABELS.items()}.get(value.upper(), value)
            if value not in TZ_LABELS:
                raise ValueError(f"timezone: pakai WIB, WITA atau WIT ({', '.join(TZ_LABELS)})")
        seg[key] = value
    return seg
