"""Small helpers shared by several test modules."""

from __future__ import annotations


def max_in_window(times: list[float], window: float) -> int:
    """The most events (sorted times) that fall in any interval of length ``window``."""
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - window:
            j += 1
        best = max(best, i - j + 1)
    return best
