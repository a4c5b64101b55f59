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


def poll_until(predicate, timeout: float, describe=lambda: ""):
    """Call ``predicate()`` every 20 ms until it returns something truthy; return that.
    On timeout, fail with ``describe()`` (what the test saw last)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.02)
    raise AssertionError(f"condition not met in {timeout}s; {describe()}")
