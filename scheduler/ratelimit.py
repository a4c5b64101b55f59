"""Pacing for bulk sends: a global rate, one message per second per private chat,
a per-minute cap per group, and a pause when the platform says "retry after".

Neither python-telegram-bot's ``AIORateLimiter`` nor aiogram paces private chats,
and ``AIORateLimiter`` may release a pause early, so pacing is ours. The limiter
is pure bookkeeping on an injectable clock: the delivery loop asks *when* a send
may happen and sleeps itself, which keeps this module testable without waiting.

The global rate is paced evenly (one slot every ``1/rate`` seconds, no burst), so
any one-second window holds at most ``rate + 2`` messages: with the default 25/s
that stays under Telegram's ~30/s and leaves room for interactive replies, which
do not go through this limiter.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limits:
    """Defaults sit a little under Telegram's published limits (~30/s per bot, 1/s per
    chat, 20/min per group): our clock and Telegram's never agree to the millisecond."""

    per_second: float = 25.0  # the whole bot, all chats together
    chat_interval: float = 1.1  # seconds between two messages to one private chat
    group_per_minute: int = 19  # messages per minute to one group or channel


TELEGRAM_LIMITS = Limits()


@dataclass
class RateLimiter:
    limits: Limits = TELEGRAM_LIMITS
    clock: Callable[[], float] = time.monotonic
    _next_slot: float = 0.0
    _paused_until: float = 0.0
    _chat_free_at: dict[str, float] = field(default_factory=dict)
    _group_sent: dict[str, deque] = field(default_factory=dict)

    # --- questions ---------------------------------------------------------------

    def chat_ready_at(self, chat_id: str, is_group: bool) -> float:
        """Earliest clock time this chat may receive its next message."""
        now = self.clock()
        if is_group:
            sent = self._group_sent.get(chat_id)
            if sent is None:
                return now
            while sent and now - sent[0] >= 60.0:
                sent.popleft()
            if len(sent) < self.limits.group_per_minute:
                return now
            return sent[0] + 60.0
        return max(now, self._chat_free_at.get(chat_id, 0.0))

    def global_ready_at(self) -> float:
        return max(self.clock(), self._next_slot, self._paused_until)

    # --- bookkeeping -----------------------------------------------------------------

    def take(self, chat_id: str, is_group: bool) -> None:
        """Record one message going out now (call only when both are ready)."""
        now = self.clock()
        interval = 1.0 / self.limits.per_second
        # A send a little late (less than one interval) keeps the grid, so sleep
        # jitter does not erode the rate; after an idle spell the grid restarts now.
        # Any one-second window holds at most rate + 2 messages.
        base = self._next_slot if now - self._next_slot < interval else now
        self._next_slot = base + interval
        if is_group:
            self._group_sent.setdefault(chat_id, deque()).append(now)
        else:
            self._chat_free_at[chat_id] = now + self.limits.chat_interval
        if len(self._chat_free_at) > 20_000:
            self.forget_idle()

    def pause(self, seconds: float, chat_id: str | None = None, is_group: bool = False) -> None:
        """The platform answered 429: nothing goes out before ``retry_after`` has passed.

        The pause only ever extends (never an early release), and the chat that
        triggered it waits as well.
        """
        until = self.clock() + max(0.0, seconds)
        self._paused_until = max(self._paused_until, until)
        if chat_id is not None and not is_group:
            self._chat_free_at[chat_id] = max(self._chat_free_at.get(chat_id, 0.0), until)

    def forget_idle(self) -> None:
        now = self.clock()
        for chat in [c for c, t in self._chat_free_at.items() if t <= now]:
            del self._chat_free_at[chat]
        for chat in [c for c, q in self._group_sent.items() if not q or now - q[-1] >= 60.0]:
            del self._group_sent[chat]
