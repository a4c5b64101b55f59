"""The delivery loop: takes due outbox rows and sends them through channel senders,
paced by :mod:`scheduler.ratelimit`, recording every outcome in the database.

One process delivers (it holds the lease in ``delivery_lease``), so one process
owns the rate limits; the CLI and reminders only queue. Senders are the channel
adapters' thin "send this text to that chat" side, and they classify what the
platform answered into a :class:`SendOutcome`; this loop decides what that means
for the row, the subscriber and the pacing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

import sqlite_utils

from netralbot.scheduler import outbox, subscriptions
from netralbot.scheduler.ratelimit import Limits, RateLimiter

log = logging.getLogger(__name__)

MAX_TRANSIENT_ATTEMPTS = 5
LEASE_HEARTBEAT_S = 5.0


class SendOutcome(str, Enum):
    SENT = "sent"
    RETRY_AFTER = "retry_after"  # flood control: wait ``retry_after`` seconds, then again
    GONE = "gone"  # blocked the bot, chat deleted, bot removed: stop sending to it
    MIGRATED = "migrated"  # group became a supergroup: new chat id in ``new_chat_id``
    TRANSIENT = "transient"  # not delivered (connection refused, 5xx): safe to try again
    UNCERTAIN = "uncertain"  # may have been delivered (timeout while waiting for the answer)
    PERMANENT = "permanent"  # the platform refused this message (bad request)
    DEFERRED = "deferred"  # not now for this chat only (a daily cap, a per-user limit): at retry_after


@dataclass(frozen=True)
class SendResult:
    outcome: SendOutcome
    retry_after: float = 0.0
    message_id: str | None = None
    new_chat_id: str | None = None
    error: str = ""


class Sender(Protocol):
    channel: str

    async def send(self, chat_id: str, text: str) -> SendResult: ...

    # optional: ``async send_quiz(chat_id, quiz_id, quiz, text) -> SendResult`` sends a quiz
    # broadcast natively (a Telegram quiz poll, WhatsApp buttons); without it, ``text`` goes


def backoff(attempt: int) -> float:
    """Seconds before transient retry number ``attempt`` (1-based): 2, 4, 8, 16 … ≤ 300."""
    return float(min(300, 2 ** attempt))


class Deliverer:
    """Sends every due outbox row, until ``stop()``.

    ``wall`` is the clock stored in the database (retry times survive restarts);
    the rate limiters run on the monotonic clock.
    """

    def __init__(self, db: sqlite_utils.Database, senders: dict[str, Sender],
                 limits: dict[str, Limits] | None = None, *, concurrency: int = 8,
                 poll_interval: float = 1.0, wall: Callable[[], float] = time.time) -> None:
        self.db, self.senders = db, senders
        limits = limits or {}
        self.limiters = {ch: RateLimiter(limits.get(ch, Limits())) for ch in senders}
        self.concurrency, self.poll_interval, self.wall = concurrency, poll_interval, wall
        self.owner = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.stats: Counter[str] = Counter()
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self._texts: dict[int, str] = {}
        self._quizzes: dict[int, tuple] = {}  # broadcast id -> (quiz id, Quiz) or ()
        self._inflight: set[asyncio.Task] = set()
        self._claimed: set[int] = set()  # row ids handed to a task
        self._last_beat = 0.0

    # --- control ---------------------------------------------------------------------

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def wake(self) -> None:
        """Something was queued: look now instead of at the next poll."""
        self._wake.set()

    async def run(self) -> None:
        outbox.ensure_schema(self.db)
        while not outbox.acquire_lease(self.db, self.owner, self.wall()):
            log.warning("delivery: another process holds the delivery lease; waiting")
            if await self._sleep(LEASE_HEARTBEAT_S):
                return
        self._last_beat = self.wall()
        lost = outbox.recover(self.db)
        if lost:
            log.warning("delivery: %d message(s) were in flight when the last process stopped; "
                        "marked uncertain (see `netralbot broadcast status`)", lost)
        try:
            while not self._stop.is_set():
                sent_any = await self._round()
                if not sent_any:
                    outbox.finish_done(self.db)
                    await self._sleep(self._idle_wait())
        finally:
            if self._inflight:
                await asyncio.gather(*self._inflight, return_exceptions=True)
            outbox.finish_done(self.db)
            outbox.release_lease(self.db, self.owner)

    async def drain(self, timeout: float = 60.0) -> None:
        """Run until nothing is left to send (tests and benchmarks)."""
        task = asyncio.create_task(self.run())
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                await asyncio.sleep(0.05)
                if task.done():
                    break
                if self._idle():
                    break
        finally:
            self.stop()
            await task

    # --- the loop ------------------------------------------------------------------

    def _idle(self) -> bool:
        row = self.db.execute(
            f"select count(*) from {outbox.OUTBOX} where state in ('pending', 'sending')").fetchone()[0]
        queued = self.db.execute(f"select count(*) from {outbox.BROADCASTS} where state = 'queued'").fetchone()[0]
        return row == 0 and queued == 0 and not self._inflight

    def _idle_wait(self) -> float:
        nxt = outbox.next_due_at(self.db, self.senders)
        if nxt is None:
            return self.poll_interval
        return min(self.poll_interval, max(0.01, nxt - self.wall()))

    async def _sleep(self, seconds: float) -> bool:
        """Sleep, waking early on stop() or wake(); True when stopping."""
        self._wake.clear()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=max(0.0, seconds))
        return self._stop.is_set()

    def _heartbeat(self) -> None:
        now = self.wall()
        if now - self._last_beat >= LEASE_HEARTBEAT_S:
            if not outbox.acquire_lease(self.db, self.owner, now):
                log.error("delivery: lost the delivery lease to another process; stopping")
                self.stop()
            self._last_beat = now

    async def _round(self) -> bool:
        """Dispatch one batch of due rows; True if anything was sent or attempted."""
        self._heartbeat()
        outbox.expand_due(self.db, self.wall())
        rows = outbox.due_rows(self.db, self.wall(), self.senders)
        dispatched = False
        waits: list[float] = []
        for row in rows:
            if self._stop.is_set():
                break
            if row.id in self._claimed:
                continue  # dispatched, its task has not marked it yet
            limiter = self.limiters[row.channel]
            ready = limiter.chat_ready_at(row.chat_id, row.is_group)
            if ready > limiter.clock():
                wait = ready - limiter.clock()
                if wait > 1.0:  # move it back in the queue so it cannot crowd out chats that are ready
                    outbox.mark_retry(self.db, row.id, self.wall() + wait, "paced", count_attempt=False)
                else:
                    waits.append(wait)
                continue  # this chat must wait; others need not
            delay = limiter.global_ready_at() - limiter.clock()
            while delay > 0:
                if await self._sleep(delay):
                    return dispatched
                delay = limiter.global_ready_at() - limiter.clock()
            if limiter.chat_ready_at(row.chat_id, row.is_group) > limiter.clock():
                continue  # a 429 paused this chat while we waited
            while len(self._inflight) >= self.concurrency:
                await asyncio.wait(self._inflight, return_when=asyncio.FIRST_COMPLETED)
            limiter.take(row.chat_id, row.is_group)
            self._claimed.add(row.id)
            task = asyncio.create_task(self._deliver(row))
            self._inflight.add(task)
            task.add_done_callback(self._inflight.discard)
            dispatched = True
        if not dispatched and waits:
            await self._sleep(min(waits))
            return True
        return dispatched

    async def _deliver(self, row: outbox.Row) -> None:
        text = self._text(row.broadcast_id)
        # Committed as late as possible, right before the request: a crash before this
        # line leaves the row pending (sent after restart); after it, uncertain.
        outbox.mark_sending(self.db, row.id)
        sender = self.senders[row.channel]
        quiz = self._quiz(row.broadcast_id)
        try:
            if quiz and hasattr(sender, "send_quiz"):
                result = await sender.send_quiz(row.chat_id, quiz[0], quiz[1], text)
            else:
                result = await sender.send(row.chat_id, text)
        except Exception as e:  # a sender bug: we cannot tell whether it went out
            log.exception("delivery: sender raised")
            result = SendResult(SendOutcome.UNCERTAIN, error=f"{type(e).__name__}")
        finally:
            self._claimed.discard(row.id)
        self._record(row, result)

    def _text(self, broadcast_id: int) -> str:
        if broadcast_id not in self._texts:
            self._texts[broadcast_id] = self.db[outbox.BROADCASTS].get(broadcast_id)["text"]
        return self._texts[broadcast_id]

    def _quiz(self, broadcast_id: int) -> tuple:
        if broadcast_id not in self._quizzes:
            from netralbot.scheduler import quizzes

            quiz_id = self.db[outbox.BROADCASTS].get(broadcast_id).get("quiz_id")
            quiz = quizzes.get(self.db, quiz_id) if quiz_id else None
            self._quizzes[broadcast_id] = (quiz_id, quiz) if quiz else ()
        return self._quizzes[broadcast_id]

    def _record(self, row: outbox.Row, r: SendResult) -> None:
        self.stats[r.outcome.value] += 1
        now = self.wall()
        o = SendOutcome
        if r.outcome is o.SENT:
            outbox.mark_sent(self.db, row.id, now, r.message_id)
        elif r.outcome is o.RETRY_AFTER:
            log.warning("delivery: flood control, pausing %.1f s", r.retry_after)
            self.limiters[row.channel].pause(r.retry_after, row.chat_id, row.is_group)
            outbox.mark_retry(self.db, row.id, now + r.retry_after, "retry_after", count_attempt=False)
        elif r.outcome is o.DEFERRED:
            outbox.mark_retry(self.db, row.id, now + r.retry_after, r.error or "deferred", count_attempt=False)
        elif r.outcome is o.GONE:
            outbox.mark_final(self.db, row.id, "gone", r.error)
            subscriptions.mark_inactive(self.db, row.channel, row.chat_id, "blocked")
        elif r.outcome is o.MIGRATED and r.new_chat_id:
            subscriptions.migrate(self.db, row.channel, row.chat_id, r.new_chat_id)
            outbox.set_chat(self.db, row.id, r.new_chat_id)
            outbox.mark_retry(self.db, row.id, now, "migrated", count_attempt=False)
        elif r.outcome is o.TRANSIENT and row.attempts + 1 < MAX_TRANSIENT_ATTEMPTS:
            outbox.mark_retry(self.db, row.id, now + backoff(row.attempts + 1), r.error)
        elif r.outcome is o.UNCERTAIN:
            outbox.mark_final(self.db, row.id, "uncertain", r.error)
        else:  # permanent, or transient too many times
            outbox.mark_final(self.db, row.id, "failed", r.error or r.outcome.value)
