"""Reminders in the audience's local time, with a controlled clock: cron rules,
time zones (WIB/WITA/WIT), windows from the election calendar, and the misfire
policy (a missed run is sent once if still inside the grace window)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from netralbot.scheduler import calendar, outbox, reminders, subscriptions
from netralbot.scheduler.reminders import ReminderError
from netralbot.scheduler.service import ReminderScheduler

UTC = dt.timezone.utc
WIB, WITA, WIT = (ZoneInfo(z) for z in reminders.ZONES)
HOUR = dt.timedelta(hours=1)


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.fixture()
def db():
    d = sqlite_utils.Database(memory=True)
    reminders.ensure_schema(d)
    for i, province in enumerate(["Jawa Barat", "Bali", "Papua", "DKI Jakarta"]):
        subscriptions.subscribe(d, "telegram", str(100 + i))
        subscriptions.set_profile(d, "telegram", str(100 + i), province=province)
    return d


def broadcasts(db) -> list[dict]:
    return list(db[outbox.BROADCASTS].rows_where(order_by="id"))


# --- schedule parsing ---------------------------------------------------------------

@pytest.mark.parametrize("rule,expected", [
    ("30 7 * * 1", "30 7 * * mon"),  # crontab: 1 is Monday (APScheduler alone would read Tuesday)
    ("0 8 * * 0", "0 8 * * sun"),
    ("0 8 * * 7", "0 8 * * sun"),
    ("0 8 * * 1-5", "0 8 * * mon,tue,wed,thu,fri"),
    ("0 8 * * 5-7", "0 8 * * sun,fri,sat"),
    ("0 8 * * sat,sun", "0 8 * * sun,sat"),
    ("*/15 6-18 * * *", "*/15 6-18 * * *"),
])
def test_cron_weekdays_mean_what_crontab_means(rule, expected):
    assert reminders.normalise_cron(rule) == expected


@pytest.mark.parametrize("rule", ["30 7 * *", "61 7 * * *", "30 25 * * *", "0 8 * * funday", "0 8 * * 5-2", ""])
def test_bad_cron_rules_are_refused(rule):
    with pytest.raises(ReminderError):
        reminders.normalise_cron(rule)


def test_friendly_schedules():
    assert reminders.weekly_cron("Senin", "07:30") == "30 7 * * mon"
    assert reminders.weekly_cron("jumat", "7.05") == "5 7 * * fri"
    assert reminders.daily_cron("06:00") == "0 6 * * *"
    with pytest.raises(ReminderError):
        reminders.daily_cron("7 pagi")


# --- time zones -------------------------------------------------------------------------

def test_monday_0730_is_local_time_in_each_zone(db):
    rem = reminders.add(db, text="Ingat netralitas", cron=reminders.weekly_cron("senin", "07:30"),
                        now=utc(2026, 11, 30))
    now = utc(2026, 11, 30, 12)  # Monday noon UTC
    nxt = {zone: reminders.upcoming(reminders.trigger(rem, zone, {}), now, 1)[0] for zone in rem.zones()}
    assert nxt["Asia/Jakarta"] == utc(2026, 12, 7, 0, 30)  # 07:30 WIB = UTC+7
    assert nxt["Asia/Makassar"] == utc(2026, 12, 6, 23, 30)  # 07:30 WITA = UTC+8, still Sunday in UTC
    assert nxt["Asia/Jayapura"] == utc(2026, 12, 6, 22, 30)  # 07:30 WIT = UTC+9
    for zone, t in nxt.items():
        local = t.astimezone(ZoneInfo(zone))
        assert (local.weekday(), local.hour, local.minute) == (0, 7, 30)


def test_segment_with_a_time_zone_fires_only_there(db):
    rem = reminders.add(db, text="x", cron="0 7 * * *", segment={"timezone": "Asia/Makassar"})
    assert rem.zones() == ["Asia/Makassar"]


def test_one_off_reminder_in_local_time(db):
    rem = reminders.add(db, text="Apel netralitas besok", at="2026-12-01 07:00", now=utc(2026, 11, 30))
    trig = reminders.trigger(rem, "Asia/Jayapura", {})
    assert reminders.upcoming(trig, utc(2026, 11, 30), 5) == [utc(2026, 11, 30, 22, 0)]


# --- windows from the election calendar ------------------------------------------------------

def test_reminder_follows_an_election_phase_with_lead_days(db):
    rem = reminders.add(db, text="Masa tenang sebentar lagi", cron="0 6 * * *", during="masa_tenang",
                        lead_days=3, now=utc(2026, 11, 1))
    assert reminders.trigger(rem, "Asia/Jakarta", {}) is None  # phase not in the calendar: never fires
    calendar.set_phase(db, "masa_tenang", dt.date(2027, 2, 11), dt.date(2027, 2, 13))
    phases = {p.name: p for p in calendar.phases(db)}
    runs = reminders.upcoming(reminders.trigger(rem, "Asia/Jakarta", phases), utc(2026, 12, 1), 10)
    assert [r.astimezone(WIB).date().isoformat() for r in runs] == [
        "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12", "2027-02-13"]


def test_calendar_rejects_bad_phases(db):
    with pytest.raises(ValueError):
        calendar.set_phase(db, "kampanye", dt.date(2027, 2, 1), dt.date(2027, 1, 1))
    with pytest.raises(ValueError):
        calendar.set_phase(db, "Kampanye; drop table", dt.date(2027, 1, 1), dt.date(2027, 2, 1))
    assert calendar.phases(db) == []


# --- misfire policy --------------------------------------------------------------------

def daily_0730(db, created=utc(2026, 11, 1)):
    return reminders.add(db, text="Pengingat harian", cron="30 7 * * *",
                         segment={"timezone": "Asia/Jakarta"}, now=created)


def test_missed_run_inside_the_grace_is_due_once(db):
    rem = daily_0730(db)
    trig = reminders.trigger(rem, "Asia/Jakarta", {})
    fired = dt.datetime(2026, 11, 30, 7, 30, tzinfo=WIB)
    assert reminders.due_occurrence(trig, fired + dt.timedelta(minutes=10), HOUR, rem.armed_at) == fired
    assert reminders.due_occurrence(trig, fired + 2 * HOUR, HOUR, rem.armed_at) is None
    assert reminders.due_occurrence(trig, fired - dt.timedelta(minutes=1), HOUR, rem.armed_at) is None


def test_several_missed_runs_coalesce_into_the_latest(db):
    rem = daily_0730(db)
    trig = reminders.trigger(rem, "Asia/Jakarta", {})
    now = dt.datetime(2026, 11, 30, 9, 0, tzinfo=WIB)  # down for three days, grace four days
    assert reminders.due_occurrence(trig, now, dt.timedelta(days=4), rem.armed_at) == \
        dt.datetime(2026, 11, 30, 7, 30, tzinfo=WIB)


def test_runs_before_the_reminder_existed_are_never_sent(db):
    rem = daily_0730(db, created=dt.datetime(2026, 11, 30, 8, 0, tzinfo=WIB))
    trig = reminders.trigger(rem, "Asia/Jakarta", {})
    assert reminders.due_occurrence(trig, dt.datetime(2026, 11, 30, 8, 5, tzinfo=WIB), HOUR, rem.armed_at) is None


def test_catch_up_at_start_queues_a_missed_run_once_however_often_it_runs(db):
    daily_0730(db)
    sched = ReminderScheduler(db, grace=HOUR)
    now = dt.datetime(2026, 11, 30, 7, 50, tzinfo=WIB)
    first = sched.catch_up(now)
    again = sched.catch_up(now + dt.timedelta(minutes=5))  # a second restart
    assert len(first) == 1 and again == []
    (b,) = broadcasts(db)
    assert b["occurrence"] == "1|Asia/Jakarta|2026-11-30T07:30:00"
    assert outbox.expand(db, b["id"], 0) == 2  # the two WIB subscribers


def test_paused_reminders_do_not_fire_and_resuming_does_not_replay(db):
    rem = daily_0730(db)
    reminders.set_paused(db, rem.id, True)
    sched = ReminderScheduler(db, grace=HOUR)
    assert sched.catch_up(dt.datetime(2026, 11, 30, 7, 40, tzinfo=WIB)) == []
    reminders.set_paused(db, rem.id, False, now=dt.datetime(2026, 11, 30, 7, 45, tzinfo=WIB))
    assert sched.catch_up(dt.datetime(2026, 11, 30, 7, 50, tzinfo=WIB)) == []
    assert broadcasts(db) == []


def test_tips_rotate_per_time_zone(db):
    rem = reminders.add(db, cron="0 6 * * *", now=utc(2026, 11, 1))
    seen = []
    for day in (28, 29, 30):
        when = dt.datetime(2026, 11, day, 6, 0, tzinfo=WITA)
        reminders.fire(db, rem, "Asia/Makassar", when, tip_for=lambda i: seen.append(i) or f"tip {i}")
    assert seen == [0, 1, 2]
    assert [b["text"] for b in broadcasts(db)] == ["tip 0", "tip 1", "tip 2"]


def test_nobody_to_reach_means_no_broadcast(db):
    rem = reminders.add(db, text="x", cron="0 6 * * *", segment={"province": "Aceh"}, now=utc(2026, 11, 1))
    assert reminders.fire(db, rem, "Asia/Jakarta", utc(2026, 11, 29, 23)) is None


def test_bad_reminders_are_refused_and_nothing_is_saved(db):
    bad = [
        dict(text="x"),  # no schedule
        dict(text="x", cron="0 7 * * *", at="2026-12-01 07:00"),  # two schedules
        dict(text="", cron="0 7 * * *"),
        dict(text="x" * 5000, cron="0 7 * * *"),
        dict(text="x", cron="0 7 * * *", segment={"hobby": "golf"}),
        dict(text="x", cron="0 7 * * *", segment={"timezone": "Europe/Paris"}),
        dict(text="x", at="besok pagi"),
        dict(text="x", cron="0 7 * * *", active_from=dt.date(2027, 2, 1), active_until=dt.date(2027, 1, 1)),
    ]
    for kwargs in bad:
        with pytest.raises(ReminderError):
            reminders.add(db, **kwargs)
    assert reminders.all_reminders(db) == []


def test_running_scheduler_picks_up_a_reminder_added_meanwhile_and_fires_it_once(db):
    import asyncio

    async def main():
        sched = ReminderScheduler(db, grace=HOUR, sync_every=0.2)
        sched.start()
        try:
            soon = dt.datetime.now(UTC) + dt.timedelta(seconds=1.5)
            local = soon.astimezone(WIB).replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
            reminders.add(db, text="Apel netralitas", at=local, segment={"timezone": "Asia/Jakarta"})
            await asyncio.sleep(3.0)
            jobs = {j.id for j in sched.aps.get_jobs()}
        finally:
            sched.shutdown()
        return jobs

    jobs = asyncio.run(main())
    assert jobs == {"sync"}  # the one-off job fired and APScheduler dropped it
    (b,) = broadcasts(db)  # catch-up ran before the reminder existed: this came from the live job
    assert b["text"] == "Apel netralitas" and b["source"] == "reminder"


def test_long_past_one_off_reminders_get_no_job(db):
    import asyncio

    reminders.add(db, text="lama", at="2026-01-01 07:00", now=utc(2025, 12, 1))

    async def main():
        sched = ReminderScheduler(db, grace=HOUR)
        sched.start()
        jobs = {j.id for j in sched.aps.get_jobs()}
        sched.shutdown()
        return jobs

    assert asyncio.run(main()) == {"sync"}
    assert broadcasts(db) == []


def test_reminder_ids_are_never_reused(db):
    first = reminders.add(db, text="a", cron="0 7 * * *")
    second = reminders.add(db, text="b", cron="0 8 * * *")
    assert reminders.remove(db, second.id)
    third = reminders.add(db, text="c", cron="0 9 * * *")
    assert third.id > second.id > first.id


def test_the_chat_list_shows_the_year_of_a_run_in_another_year():
    from netralbot.handlers.hr import _when

    now = dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc)
    assert _when(dt.datetime(2026, 12, 18, 6, 0), now) == "18-12 06:00"
    assert _when(dt.datetime(2028, 12, 18, 6, 0), now) == "18-12-2028 06:00"
