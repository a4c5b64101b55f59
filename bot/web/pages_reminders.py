"""Pengingat (HR): reminders (list with the next runs in WIB/WITA/WIT, create, pause,
resume, delete) and the election calendar drawn as month grids.

Reminders are saved by :func:`scheduler.reminders.add`, as /pengingat in chat and
`netralbot reminders add` do; the running bot picks them up within 30 seconds.
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
from zoneinfo import ZoneInfo

from aiohttp import web

from netralbot.bot.web.app import KB, needs, page, session_of
from netralbot.bot.web.pages_broadcast import segment_choices, segment_from
from netralbot.handlers.access import audit
from netralbot.handlers.hr import segment_label
from netralbot.scheduler import calendar, reminders, subscriptions

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")


def routes(r: web.UrlDispatcher) -> None:
    r.add_get("/pengingat", reminder_list)
    r.add_post("/pengingat", create)
    r.add_post("/pengingat/{rid:\\d+}/{action:jeda|lanjut|hapus}", act)


def _rows(db) -> list[dict]:
    now = dt.datetime.now(dt.timezone.utc)
    phases = {p.name: p for p in calendar.phases(db)}
    rows = []
    for r in reminders.all_reminders(db):
        runs = []
        for zone in r.zones():
            nxt = [] if r.paused else reminders.upcoming(reminders.trigger(r, zone, phases), now, 3)
            runs.append((subscriptions.TZ_LABELS.get(zone, zone),
                         [t.astimezone(ZoneInfo(zone)).strftime("%d-%m-%Y %H:%M") for t in nxt]))
        what = "kuis netralitas" if r.quiz else ("tips netralitas bergilir" if r.tips else r.text)
        rows.append({"r": r, "what": what,
                     "audience": segment_label(r.segment), "runs": runs})
    return rows


def _months(phases: list[calendar.Phase], today: dt.date, n: int = 3) -> list[dict]:
    """Month grids from this month on, each day marked with the phases it falls in."""
    out, year, month = [], today.year, today.month
    for _ in range(n):
        weeks = []
        for week in month_calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
            weeks.append([{"day": d.day, "in_month": d.month == month, "today": d == today,
                           "phases": [p.label for p in phases if p.contains(d)]} for d in week])
        out.append({"title": f"{MONTHS[month - 1]} {year}", "weeks": weeks})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _page(request: web.Request, error: str | None = None, status: int = 200) -> web.Response:
    db = request.app[KB].db
    phases = calendar.phases(db)
    return page(request, "reminders.html", {
        "rows": _rows(db), "phases": phases, "months": _months(phases, dt.date.today()),
        "choices": segment_choices(db), "days": reminders.WEEKDAYS, "error": error}, status=status)


@needs("hr")
async def reminder_list(request: web.Request) -> web.Response:
    return _page(request)


@needs("hr")
async def create(request: web.Request) -> web.Response:
    db = request.app[KB].db
    form = await request.post()
    kind, when = str(form.get("kind", "daily")), str(form.get("when", "")).strip()
    content = str(form.get("content", "text"))  # text | tips | kuis
    text = str(form.get("text", "")) if content == "text" else None
    try:
        if kind == "once":
            schedule = {"at": reminders.parse_local(when).isoformat(sep=" ", timespec="minutes")}
        elif kind == "weekly":
            schedule = {"cron": reminders.weekly_cron(str(form.get("day", "senin")), when)}
        elif kind == "cron":
            schedule = {"cron": when}
        else:
            schedule = {"cron": reminders.daily_cron(when)}
        rem = reminders.add(db, text=text, segment=segment_from(form), during=str(form.get("during") or "") or None,
                            actor=session_of(request).actor, quiz=content == "kuis", **schedule)
    except (reminders.ReminderError, ValueError) as e:
        return _page(request, str(e), status=422)
    audit(db, session_of(request).actor, "reminder.create", f"#{rem.id}",
          rem.schedule_label() + (" (kuis)" if rem.quiz else ""))
    raise web.HTTPSeeOther("/admin/pengingat")


@needs("hr")
async def act(request: web.Request) -> web.Response:
    db = request.app[KB].db
    rid, action = int(request.match_info["rid"]), request.match_info["action"]
    if reminders.get(db, rid) is None:
        raise web.HTTPNotFound()
    if action == "hapus":
        reminders.remove(db, rid)
    else:
        reminders.set_paused(db, rid, action == "jeda")
    audit(db, session_of(request).actor,
          {"hapus": "reminder.del", "jeda": "reminder.pause", "lanjut": "reminder.resume"}[action], f"#{rid}")
    raise web.HTTPSeeOther("/admin/pengingat")
