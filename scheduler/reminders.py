"""Reminders: stored in SQLite (the source of truth), fired by APScheduler.

A reminder is a text (or the rotating tips), an audience segment and a schedule
in the audience's *local* time: a cron rule (``30 7 * * mon``, Monday 07:30) or a
one-off date-time, optionally limited to a window (dates, or an election phase
with some lead days). "Monday 07:30" means 07:30 WIB in Jakarta, 07:30 WITA in
Makassar and 07:30 WIT in Jayapura, so a reminder becomes one trigger per time
zone of its audience, and each firing queues one broadcast to that time zone.

Each firing is an *occurrence* ``{id}|{zone}|{local time}``, unique in the
database, so an occurrence becomes at most one broadcast whether it fires live,
is caught up at start-up, or both. This module is pure apart from the database;
time is always passed in, which keeps the time-zone rules testable with a
controlled clock.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import sqlite_utils
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger

from netralbot.knowledge.store import meta_get, meta_set
from netralbot.scheduler import calendar, outbox, subscriptions

TABLE = "reminders"
ZONES = tuple(subscriptions.TZ_LABELS)  # Asia/Jakarta, Asia/Makassar, Asia/Jayapura
UTC = dt.timezone.utc

# Standard crontab numbers days 0-7 from Sunday; APScheduler counts 0 from Monday.
# Day-of-week fields are rewritten to names so "1" means Monday as people expect.
_CRON_DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
DAY_NAMES = {
    "senin": "mon", "selasa": "tue", "rabu": "wed", "kamis": "thu", "jumat": "fri", "jum'at": "fri",
    "sabtu": "sat", "minggu": "sun", "ahad": "sun",
    **{d: d for d in _CRON_DAYS},
    "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu", "friday": "fri",
    "saturday": "sat", "sunday": "sun",
}
_ID_DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
WEEKDAYS = _ID_DAYS  # Indonesian weekday names, Monday first: what forms offer
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


class ReminderError(ValueError):
    """A reminder that cannot be saved; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Reminder:
    id: int
    text: str | None  # None: the rotating tips
    segment: dict
    cron: str | None
    at: str | None  # one-off, "YYYY-MM-DD HH:MM" local time
    during: str | None  # election phase
    lead_days: int
    active_from: dt.date | None
    active_until: dt.date | None
    paused: bool
    armed_at: dt.datetime  # occurrences before this are never sent (creation, resume)
    updated_at: str
    quiz: bool = False  # a neutrality quiz per occurrence (text is None)

    @property
    def tips(self) -> bool:
        return self.text is None and not self.quiz

    def zones(self) -> list[str]:
        tz = self.segment.get("timezone")
        return [tz] if tz else list(ZONES)

    def schedule_label(self) -> str:
        """'setiap Senin pukul 07:30', 'setiap hari pukul 06:00', 'sekali 2026-12-07 07:30' or the cron rule."""
        if self.at:
            return f"sekali {self.at}"
        minute, hour, day, month, dow = self.cron.split()
        if minute.isdigit() and hour.isdigit() and day == "*" and month == "*":
            at = f"pukul {int(hour):02d}:{int(minute):02d}"
            if dow == "*":
                return f"setiap hari {at}"
            names = {v: k.capitalize() for k, v in DAY_NAMES.items() if k in _ID_DAYS}
            if all(d in names for d in dow.split(",")):
                return f"setiap {', '.join(names[d] for d in dow.split(','))} {at}"
        return f"cron '{self.cron}'"


# --- schedule parsing -----------------------------------------------------------------

def _day_set(field: str) -> set[int]:
    days: set[int] = set()
    for part in field.lower().split(","):
        rng, _, step = part.partition("/")
        stride = int(step) if step else 1
        if rng == "*":
            lo, hi = 0, 6
        elif "-" in rng:
            a, b = rng.split("-", 1)
            lo, hi = _day_num(a), _day_num(b)
            if hi == 0 and lo > 0:  # "1-7" written as "1-0"? treat 0 at the end as 7
                hi = 7
        else:
            lo = hi = _day_num(rng)
        if hi < lo:
            raise ReminderError(f"rentang hari {rng!r} terbalik")
        days.update(n % 7 for n in range(lo, hi + 1, stride))
    return days


def _day_num(token: str) -> int:
    token = token.strip()
    if token.isdigit() and 0 <= int(token) <= 7:
        return int(token)
    name = DAY_NAMES.get(token)
    if name is None:
        raise ReminderError(f"hari {token!r} tidak dikenali")
    return _CRON_DAYS.index(name)


def normalise_cron(expr: str) -> str:
    """Check a five-field crontab rule and write its weekdays as names."""
    fields = expr.split()
    if len(fields) != 5:
        raise ReminderError("aturan cron harus lima kolom: menit jam tanggal bulan hari, misalnya '30 7 * * mon'")
    days = _day_set(fields[4]) if fields[4] != "*" else set(range(7))
    fields[4] = "*" if len(days) == 7 else ",".join(_CRON_DAYS[d] for d in sorted(days))
    expr = " ".join(fields)
    try:
        CronTrigger.from_crontab(expr, timezone=ZoneInfo(ZONES[0]))
    except ValueError as e:
        raise ReminderError(f"aturan cron tidak valid: {e}") from None
    return expr


def parse_time(text: str) -> tuple[int, int]:
    m = _TIME.match(text.strip())
    if not m:
        raise ReminderError(f"jam {text!r} tidak dikenali; tulis JJ:MM, misalnya 07:30")
    return int(m.group(1)), int(m.group(2))


def daily_cron(time_text: str) -> str:
    h, m = parse_time(time_text)
    return f"{m} {h} * * *"


def weekly_cron(day: str, time_text: str) -> str:
    name = DAY_NAMES.get(day.strip().lower())
    if name is None:
        raise ReminderError(f"hari {day!r} tidak dikenali (senin … minggu)")
    h, m = parse_time(time_text)
    return f"{m} {h} * * {name}"


def parse_local(text: str) -> dt.datetime:
    """'2026-12-07 07:30' (naive: the audience's local time)."""
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("T", " "))
    except ValueError:
        raise ReminderError(f"waktu {text!r} tidak dikenali; tulis 'TTTT-BB-HH JJ:MM'") from None
    if value.tzinfo is not None:
        raise ReminderError("tulis waktu tanpa zona: waktu setempat penerima dipakai (WIB/WITA/WIT)")
    return value.replace(microsecond=0)


# --- storage ----------------------------------------------------------------------

def ensure_schema(db: sqlite_utils.Database) -> None:
    outbox.ensure_schema(db)
    calendar.ensure_schema(db)
    db[TABLE].create(
        {
            "id": int, "text": str, "segment": str, "cron": str, "at": str, "during": str,
            "lead_days": int, "active_from": str, "active_until": str, "paused": int,
            "armed_at": str, "actor": str, "created_at": str, "updated_at": str,
        },
        pk="id", defaults={"paused": 0, "lead_days": 0}, if_not_exists=True,
    )
    if "quiz" not in db[TABLE].columns_dict:  # quiz reminders came later (issue 14)
        db[TABLE].add_column("quiz", int)
    db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)  # the last id issued


def _to_reminder(r: dict) -> Reminder:
    day = lambda s: dt.date.fromisoformat(s) if s else None  # noqa: E731
    return Reminder(r["id"], r["text"], json.loads(r["segment"] or "{}"), r["cron"], r["at"], r["during"],
                    r["lead_days"] or 0, day(r["active_from"]), day(r["active_until"]), bool(r["paused"]),
                    dt.datetime.fromisoformat(r["armed_at"]), r["updated_at"], bool(r.get("quiz")))


def add(db: sqlite_utils.Database, *, text: str | None = None, cron: str | None = None,
        at: str | None = None, segment: dict | None = None, during: str | None = None,
        lead_days: int = 0, active_from: dt.date | None = None, active_until: dt.date | None = None,
        actor: str | None = None, now: dt.datetime | None = None, quiz: bool = False) -> Reminder:
    """Save a reminder; ``text=None`` means the rotating tips from the knowledge base,
    ``quiz=True`` a neutrality quiz from it at each occurrence."""
    if quiz and text is not None:
        raise ReminderError("pengingat kuis tidak memakai teks: pilih teks, tips, atau kuis")
    if (cron is None) == (at is None):
        raise ReminderError("pilih satu jadwal: berulang (cron, harian, mingguan) atau sekali (tanggal dan jam)")
    if text is not None:
        try:
            text = outbox.check_text(text)
        except outbox.BroadcastError as e:
            raise ReminderError(str(e)) from None
    segment = dict(segment or {})
    try:
        subscriptions.where_clause(segment)
    except ValueError as e:
        raise ReminderError(str(e)) from None
    if segment.get("timezone") and segment["timezone"] not in ZONES:
        raise ReminderError(f"zona waktu harus salah satu dari {', '.join(ZONES)} (atau WIB/WITA/WIT)")
    if cron is not None:
        cron = normalise_cron(cron)
    if at is not None:
        at = parse_local(at).isoformat(sep=" ", timespec="seconds").removesuffix(":00")
        if during or active_from or active_until:
            raise ReminderError("pengingat sekali tidak memakai rentang aktif")
    if during is not None:
        during = during.strip().lower().replace("-", "_").replace(" ", "_")
    if lead_days < 0 or lead_days > 365:
        raise ReminderError("lead-days antara 0 dan 365")
    if active_from and active_until and active_until < active_from:
        raise ReminderError("tanggal akhir lebih awal dari tanggal mulai")
    ensure_schema(db)
    stamp = (now or dt.datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    with db.atomic():
        # ids are never reused: "#3" in an old message or audit row always means the same reminder
        last = int(meta_get(db, "reminders_last_id") or 0)
        top = db.execute(f"select coalesce(max(id), 0) from {TABLE}").fetchone()[0]
        rid = max(last, top) + 1
        meta_set(db, "reminders_last_id", str(rid))
        db[TABLE].insert({
            "id": rid, "text": text, "segment": json.dumps(segment, ensure_ascii=False, sort_keys=True), "cron": cron,
            "at": at, "during": during, "lead_days": lead_days,
            "active_from": active_from.isoformat() if active_from else None,
            "active_until": active_until.isoformat() if active_until else None,
            "paused": 0, "armed_at": stamp, "actor": actor, "created_at": stamp, "updated_at": stamp,
            "quiz": int(quiz),
        })
    return get(db, rid)


def get(db: sqlite_utils.Database, reminder_id: int) -> Reminder | None:
    ensure_schema(db)
    rows = list(db[TABLE].rows_where("id = ?", [reminder_id]))
    return _to_reminder(rows[0]) if rows else None


def all_reminders(db: sqlite_utils.Database) -> list[Reminder]:
    ensure_schema(db)
    return [_to_reminder(r) for r in db[TABLE].rows_where(order_by="id")]


def remove(db: sqlite_utils.Database, reminder_id: int) -> bool:
    ensure_schema(db)
    with db.atomic():
        return db.execute(f"delete from {TABLE} where id = ?", [reminder_id]).rowcount > 0


def set_paused(db: sqlite_utils.Database, reminder_id: int, paused: bool,
               now: dt.datetime | None = None) -> bool:
    """Pause or resume. Resuming re-arms: occurrences missed while paused stay unsent."""
    ensure_schema(db)
    stamp = (now or dt.datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    changes = {"paused": int(paused), "updated_at": stamp}
    if not paused:
        changes["armed_at"] = stamp
    with db.atomic():
        sets = ", ".join(f"{k} = ?" for k in changes)
        return db.execute(f"update {TABLE} set {sets} where id = ?", [*changes.values(), reminder_id]).rowcount > 0


# --- time -----------------------------------------------------------------------------

def window(rem: Reminder, zone: str, phases: dict[str, calendar.Phase]) -> tuple[dt.datetime | None, dt.datetime | None] | None:
    """The active window in ``zone`` (None ends mean open); None when it is never active."""
    tz = ZoneInfo(zone)
    starts: list[dt.date] = []
    ends: list[dt.date] = []
    if rem.during:
        phase = phases.get(rem.during)
        if phase is None:
            return None  # follows a phase the calendar does not have (yet)
        starts.append(phase.starts - dt.timedelta(days=rem.lead_days))
        ends.append(phase.ends)
    if rem.active_from:
        starts.append(rem.active_from)
    if rem.active_until:
        ends.append(rem.active_until)
    start = dt.datetime.combine(max(starts), dt.time(0, 0), tz) if starts else None
    end = dt.datetime.combine(min(ends), dt.time(23, 59, 59), tz) if ends else None
    if start and end and end < start:
        return None
    return start, end


def trigger(rem: Reminder, zone: str, phases: dict[str, calendar.Phase]) -> BaseTrigger | None:
    """The APScheduler trigger of ``rem`` for the audience in ``zone``; None if it never fires."""
    tz = ZoneInfo(zone)
    if rem.at:
        return DateTrigger(run_date=dt.datetime.fromisoformat(rem.at).replace(tzinfo=tz), timezone=tz)
    win = window(rem, zone, phases)
    if win is None:
        return None
    fields = rem.cron.split()
    return CronTrigger(minute=fields[0], hour=fields[1], day=fields[2], month=fields[3],
                       day_of_week=fields[4], start_date=win[0], end_date=win[1], timezone=tz)


def due_occurrence(trig: BaseTrigger, now: dt.datetime, grace: dt.timedelta,
                   armed_at: dt.datetime) -> dt.datetime | None:
    """The latest fire time in ``[max(now - grace, armed_at), now]``, if any.

    At start-up this is the misfire policy: a run missed while the bot was down is
    sent once if it is at most ``grace`` old, and several missed runs coalesce into
    the latest. When APScheduler fires a job, the same function names the occurrence.
    """
    start = max(now - grace, armed_at)
    t = trig.get_next_fire_time(None, start)
    if t is None or t < start or t > now:
        return None
    latest = t
    while True:
        nxt = trig.get_next_fire_time(latest, latest + dt.timedelta(seconds=1))
        if nxt is None or nxt <= latest or nxt > now:
            return latest
        latest = nxt


def upcoming(trig: BaseTrigger | None, now: dt.datetime, n: int = 3) -> list[dt.datetime]:
    out: list[dt.datetime] = []
    t = trig.get_next_fire_time(None, now) if trig else None
    while t is not None and len(out) < n:
        if t >= now:
            out.append(t)
        nxt = trig.get_next_fire_time(t, t + dt.timedelta(seconds=1))
        t = nxt if nxt is not None and nxt > t else None
    return out


def occurrence_key(reminder_id: int, zone: str, when: dt.datetime) -> str:
    local = when.astimezone(ZoneInfo(zone)).replace(tzinfo=None).isoformat(timespec="seconds")
    return f"{reminder_id}|{zone}|{local}"


def fire(db: sqlite_utils.Database, rem: Reminder, zone: str, when: dt.datetime,
         tip_for: Callable[[int], str | None] | None = None,
         quiz_for: Callable[[dict, dt.datetime, str], tuple[str, int] | None] | None = None) -> int | None:
    """Queue the broadcast of one occurrence (at most once). Its id, or None when
    it was queued before, is paused, or has nobody to reach.

    ``quiz_for(audience, local time, occurrence)`` makes a quiz reminder's quiz:
    (fallback text, quiz id), or None when no entry is left to ask."""
    if rem.paused or when < rem.armed_at:
        return None
    segment = {**rem.segment, "timezone": zone}
    if subscriptions.count(db, segment) == 0:
        return None
    key = occurrence_key(rem.id, zone, when)
    if db.execute(f"select 1 from {outbox.BROADCASTS} where occurrence = ?", [key]).fetchone():
        return None
    quiz_id = None
    if rem.quiz:
        made = quiz_for(segment, when.astimezone(ZoneInfo(zone)), key) if quiz_for else None
        if made is None:
            return None
        text, quiz_id = made
    elif rem.tips:
        sent_before = db.execute(f"select count(*) from {outbox.BROADCASTS} where reminder_id = ? "
                                 "and occurrence like ?", [rem.id, f"{rem.id}|{zone}|%"]).fetchone()[0]
        text = tip_for(sent_before) if tip_for else None
        if not text:
            return None
    else:
        text = rem.text
    return outbox.queue_broadcast(db, text, segment, source="reminder", actor=f"reminder:{rem.id}",
                                  reminder_id=rem.id, occurrence=key, quiz_id=quiz_id)
