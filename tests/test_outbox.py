"""The outbox in the database: expansion is all-or-nothing and idempotent, rows
left in flight by a dead process become uncertain, one process delivers."""

from __future__ import annotations

import subprocess
import time

import pytest

from netralbot.knowledge.store import open_db
from netralbot.scheduler import outbox, subscriptions


@pytest.fixture()
def db(tmp_path):
    d = open_db(tmp_path / "outbox.db")
    for i in range(5):
        subscriptions.subscribe(d, "telegram", str(900 + i))
    subscriptions.subscribe(d, "console", "console")  # a local trial: never a broadcast target
    subscriptions.unsubscribe(d, "telegram", "904")
    return d


def test_expansion_snapshots_active_deliverable_subscribers_once(db):
    bid = outbox.queue_broadcast(db, "halo")
    assert outbox.expand(db, bid, 0) == 4
    assert outbox.expand(db, bid, 0) == 4  # running it again adds nobody twice
    keys = [r[0] for r in db.execute("select key from outbox order by id")]
    assert keys == [f"{bid}:telegram:{900 + i}" for i in range(4)]
    subscriptions.subscribe(db, "telegram", "999")
    assert outbox.expand_due(db, 0) == []  # already expanded: a later subscriber is not added
    assert outbox.progress(db, bid).total == 4


def test_a_reminder_occurrence_is_queued_once(db):
    first = outbox.queue_broadcast(db, "x", occurrence="1|Asia/Jakarta|2026-12-07T07:30:00")
    again = outbox.queue_broadcast(db, "x", occurrence="1|Asia/Jakarta|2026-12-07T07:30:00")
    assert first and again is None


def test_rows_in_flight_when_the_process_died_become_uncertain(db):
    bid = outbox.queue_broadcast(db, "halo")
    outbox.expand(db, bid, 0)
    rows = outbox.due_rows(db, 1.0, ["telegram"])
    outbox.mark_sending(db, rows[0].id)
    outbox.mark_sent(db, rows[1].id, 1.0, "55")
    assert outbox.recover(db) == 1
    p = outbox.progress(db, bid)
    assert p.counts == {"uncertain": 1, "sent": 1, "pending": 2}
    assert outbox.resend_uncertain(db, bid) == 1
    assert outbox.progress(db, bid).counts == {"sent": 1, "pending": 3}


@pytest.mark.parametrize("text", ["", "   ", "\x00", "x" * (outbox.MAX_TEXT_CHARS + 1)])
def test_bad_broadcast_text_is_refused(db, text):
    with pytest.raises(outbox.BroadcastError):
        outbox.queue_broadcast(db, text)
    assert outbox.recent(db) == []


def test_only_one_process_delivers(tmp_path):
    db = open_db(tmp_path / "lease.db")
    other = open_db(tmp_path / "lease.db")
    assert outbox.acquire_lease(db, "first", now=100.0)
    assert not outbox.acquire_lease(other, "second", now=101.0)  # held by a live process (this one)
    assert outbox.acquire_lease(other, "second", now=200.0)  # no heartbeat for 30 s: stale
    dead = subprocess.Popen(["true"])
    dead.wait()
    db.execute("update delivery_lease set pid = ?, owner = 'crashed', heartbeat = 300.0", [dead.pid])
    db.conn.commit()
    assert outbox.acquire_lease(db, "third", now=301.0)  # its process is gone: taken over at once
    outbox.release_lease(db, "third")
    assert db.execute("select count(*) from delivery_lease").fetchone()[0] == 0


def test_a_busy_group_waits_its_turn_without_holding_up_others(tmp_path):
    """Three broadcasts to a group allowed 2 messages a minute: the third goes back in the
    queue for later instead of blocking the private chats behind it."""
    import asyncio

    from netralbot.scheduler.delivery import Deliverer, SendOutcome, SendResult
    from netralbot.scheduler.ratelimit import Limits

    db = open_db(tmp_path / "busy.db")
    subscriptions.register_target(db, "telegram", "-100", "group")
    sent: list[str] = []

    class Recorder:
        channel = "telegram"

        async def send(self, chat_id, text):
            sent.append(chat_id)
            return SendResult(SendOutcome.SENT, message_id="1")

    for i in range(3):
        outbox.queue_broadcast(db, f"siaran {i}", {"kind": "group"})
    subscriptions.subscribe(db, "telegram", "501")
    outbox.queue_broadcast(db, "untuk semua")
    d = Deliverer(db, {"telegram": Recorder()}, {"telegram": Limits(per_second=100, group_per_minute=2)})
    asyncio.run(asyncio.wait_for(d.drain(timeout=2.0), 10))
    assert sent.count("-100") == 2 and "501" in sent  # the private chat was not held up
    waiting = db.execute("select next_at, error from outbox where state = 'pending'").fetchall()
    assert len(waiting) == 2
    assert all(next_at > time.time() + 50 and error == "paced" for next_at, error in waiting)
