"""Per-person flood limit for every chat channel: a person who sends too much in a
short time gets one polite notice, then silence until the window has passed.

Every inbound update counts, whatever its type (text, sticker, photo, voice note,
document, button): replying to stickers before counting them let one person make the
bot spend its Bot API budget on them. Staff (admins, HR) get a higher burst, because
a form takes many steps in a row.

Kept in memory only (who sent how much is not stored). Each person is a token bucket
in an LRU of bounded size, so a message costs O(1) however many people write, and
memory stays bounded when a million numbers write once each.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

FLOOD_NOTICE = (
    "Anda mengirim terlalu banyak pesan dalam waktu singkat. Mohon tunggu sebentar, "
    "lalu kirim pertanyaan Anda lagi."
)


@dataclass
class FloodLimit:
    """About ``burst`` messages per ``window`` seconds per person (``staff_burst`` for staff).

    A bucket holds up to ``burst`` tokens and refills at ``burst / window`` per second;
    the polite notice is sent once per window, so a flooding person gets one reply,
    not one per message.
    """

    burst: int = 8
    window: float = 30.0
    staff_burst: int = 40
    max_people: int = 50_000  # least recently seen people beyond this are forgotten
    clock: Callable[[], float] = time.monotonic
    _buckets: OrderedDict = field(default_factory=OrderedDict)  # id -> [tokens, last, warned_at]

    def check(self, user_id: int | str, staff: bool = False) -> str:
        """'ok', 'warn' (first message over the limit in a window) or 'drop'."""
        now = self.clock()
        capacity = self.staff_burst if staff else self.burst
        rate = capacity / self.window
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = [float(capacity), now, -1e18]
            if len(self._buckets) > self.max_people:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(user_id)
            bucket[0] = min(float(capacity), bucket[0] + (now - bucket[1]) * rate)
            bucket[1] = now
        if bucket[0] >= 1.0:
            bucket[0] -= 1.0
            return "ok"
        if now - bucket[2] > self.window:
            bucket[2] = now
            return "warn"
        return "drop"

    @property
    def people(self) -> int:
        """How many people it currently remembers (not ``__len__``: an empty limit is not falsy)."""
        return len(self._buckets)
