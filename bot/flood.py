"""Per-person flood limit for every chat channel: a person who sends too much in a
short time gets one polite notice, then silence until the window has passed.
Kept in memory only (who sent how much is not stored)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

FLOOD_NOTICE = (
    "Anda mengirim terlalu banyak pesan dalam waktu singkat. Mohon tunggu sebentar, "
    "lalu kirim pertanyaan Anda lagi."
)


@dataclass
class FloodLimit:
    """At most ``burst`` messages per ``window`` seconds per user, kept in memory only.

    The polite notice is sent once per window, so a flooding user gets one reply,
    not one per message.
    """

    burst: int = 8
    window: float = 30.0
    clock: Callable[[], float] = time.monotonic
    _seen: dict[int | str, deque] = field(default_factory=dict)
    _warned: dict[int | str, float] = field(default_factory=dict)

    def check(self, user_id: int | str) -> str:
        """'ok', 'warn' (first message over the limit) or 'drop'."""
        now = self.clock()
        if len(self._seen) > 10_000:  # bounded memory with many distinct users
            self.forget_idle()
        q = self._seen.setdefault(user_id, deque())
        while q and now - q[0] > self.window:
            q.popleft()
        if len(q) < self.burst:
            q.append(now)
            return "ok"
        if now - self._warned.get(user_id, -1e9) > self.window:
            self._warned[user_id] = now
            return "warn"
        return "drop"

    def forget_idle(self) -> None:
        now = self.clock()
        for uid in [u for u, q in self._seen.items() if not q or now - q[-1] > self.window]:
            self._seen.pop(uid, None)
            self._warned.pop(uid, None)
