"""The background side of `netralbot run`: APScheduler fires reminders, the
delivery loop sends broadcasts. Both run in the bot's event loop.

APScheduler (3.x, ``AsyncIOScheduler``) is only the alarm clock: its jobs live in
memory and are rebuilt from the ``reminders`` table at start and whenever the
table or the election calendar changes (checked every ``sync_every`` seconds, so
`netralbot reminders add` in another process takes effect without a restart).
Its defaults are not ours: the scheduler's time zone is set explicitly (each
trigger carries its audience's zone too) and ``misfire_grace_time`` is the
configured grace instead of one second.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from zoneinfo import ZoneInfo

import sqlite_utils
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from netralbot.scheduler import calendar, reminders
from netralbot.scheduler.delivery import Deliverer

log = logging.getLogger(__name__)
UTC = dt.timezone.utc


class ReminderScheduler:
    def __init__(self, db: sqlite_utils.Database, *, grace: dt.timedelta = dt.timedelta(hours=1),
                 tip_for=None, on_queued=None, sync_every: float = 30.0, quiz_for=None) -> None:
        self.db, self.grace, self.tip_for, self.quiz_for = db, grace, tip_for, quiz_for
        self.on_queued = on_queued or (lambda: None)
        self.sync_every = sync_every
        self.aps: AsyncIOScheduler | None = None
        self._signatures: dict[str, str] = {}

    # --- lifecycle ---------------------------------------------------------------------

    def start(self, now: dt.datetime | None = None) -> None:
        reminders.ensure_schema(self.db)
        self.aps = AsyncIOScheduler(
            timezone=ZoneInfo(reminders.ZONES[0]),
            job_defaults={"misfire_grace_time": int(self.grace.total_seconds()), "coalesce": True,
                          "max_instances": 1},
        )
        queued = self.catch_up(now or dt.datetime.now(UTC))
        if queued:
            log.warning("reminders: %d occurrence(s) missed while stopped were queued once", len(queued))
        self.sync()
        self.aps.add_job(self._sync_job, IntervalTrigger(seconds=self.sync_every), id="sync",
                         replace_existing=True)
        self.aps.start()

    def shutdown(self) -> None:
        if self.aps is not None and self.aps.running:
            self.aps.shutdown(wait=False)

    # --- work -----------------------------------------------------------------------

    def _phases(self) -> dict[str, calendar.Phase]:
        return {p.name: p for p in calendar.phases(self.db)}

    def catch_up(self, now: dt.datetime) -> list[int]:
        """Queue, once, each occurrence missed while the bot was down within the grace."""
        phases, queued = self._phases(), []
        for rem in reminders.all_reminders(self.db):
            if rem.paused:
                continue
            for zone in rem.zones():
                trig = reminders.trigger(rem, zone, phases)
                when = reminders.due_occurrence(trig, now, self.grace, rem.armed_at) if trig else None
                if when is not None:
                    bid = reminders.fire(self.db, rem, zone, when, self.tip_for, self.quiz_for)
                    if bid:
                        queued.append(bid)
        if queued:
            self.on_queued()
        return queued

    async def _sync_job(self) -> None:
        # A coroutine, so APScheduler runs it in the event loop: a plain function would
        # run in its thread pool, away from the loop's SQLite connection.
        self.sync()

    def sync(self, now: dt.datetime | None = None) -> None:
        """Make APScheduler's jobs match the database (added, changed, removed)."""
        now = now or dt.datetime.now(UTC)
        phases = self._phases()
        cal = calendar.fingerprint(self.db)
        wanted: dict[str, tuple] = {}
        for rem in reminders.all_reminders(self.db):
            if rem.paused:
                continue
            for zone in rem.zones():
                trig = reminders.trigger(rem, zone, phases)
                if trig is not None and not reminders.upcoming(trig, now - self.grace, 1):
                    continue  # a one-off long past, or a window that has ended
                if trig is not None:
                    wanted[f"reminder:{rem.id}:{zone}"] = (rem, zone, trig, f"{rem.updated_at}|{cal}")
        for job_id in set(self._signatures) - set(wanted):
            if self.aps.get_job(job_id):
                self.aps.remove_job(job_id)
            del self._signatures[job_id]
        for job_id, (rem, zone, trig, sig) in wanted.items():
            if self._signatures.get(job_id) == sig:
                continue
            self.aps.add_job(self._fire, trig, args=[rem.id, zone], id=job_id, replace_existing=True)
            self._signatures[job_id] = sig

    async def _fire(self, reminder_id: int, zone: str) -> None:
        rem = reminders.get(self.db, reminder_id)
        if rem is None or rem.paused:
            return
        trig = reminders.trigger(rem, zone, self._phases())
        when = reminders.due_occurrence(trig, dt.datetime.now(UTC), self.grace, rem.armed_at) if trig else None
        if when is not None and reminders.fire(self.db, rem, zone, when, self.tip_for, self.quiz_for):
            self.on_queued()


class BackgroundServices:
    """Reminders and delivery, started and stopped with the channel adapters."""

    def __init__(self, db: sqlite_utils.Database, deliverer: Deliverer, reminder_scheduler: ReminderScheduler) -> None:
        self.db, self.deliverer, self.reminders = db, deliverer, reminder_scheduler
        self.reminders.on_queued = deliverer.wake
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        self.reminders.start()
        self._task = asyncio.create_task(self.deliverer.run(), name="netralbot-delivery")

    async def stop(self) -> None:
        self.reminders.shutdown()
        self.deliverer.stop()
        if self._task is not None:
            await self._task
