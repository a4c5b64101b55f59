"""The broadcast rate limiter on a controlled clock: no waiting in tests."""

from __future__ import annotations

from netralbot.scheduler.ratelimit import Limits, RateLimiter
from support import max_in_window


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def send_all(limiter: RateLimiter, clock: Clock, chats: list[str], is_group: bool = False) -> list[float]:
    """Send one message per entry of ``chats`` as early as the limiter allows."""
    times = []
    for chat in chats:
        clock.t = max(clock.t, limiter.global_ready_at(), limiter.chat_ready_at(chat, is_group))
        limiter.take(chat, is_group)
        times.append(clock.t)
    return times


def test_global_rate_is_paced_evenly_without_bursts():
    clock = Clock()
    limiter = RateLimiter(Limits(per_second=25), clock=clock)
    times = send_all(limiter, clock, [f"c{i}" for i in range(500)])
    assert max_in_window(times, 1.0) <= 26
    achieved = (len(times) - 1) / (times[-1] - times[0])
    assert abs(achieved - 25) < 0.01


def test_late_wake_ups_do_not_erode_the_rate_nor_burst():
    import random

    rng = random.Random(3)
    clock = Clock()
    limiter = RateLimiter(Limits(per_second=25), clock=clock)
    times = []
    for i in range(1000):  # each send happens 0-30 ms after the limiter allowed it
        clock.t = max(clock.t, limiter.global_ready_at()) + rng.uniform(0, 0.03)
        limiter.take(f"c{i}", False)
        times.append(clock.t)
    assert max_in_window(times, 1.0) <= 27  # never more than rate + 2 in any second
    assert (len(times) - 1) / (times[-1] - times[0]) > 24.5


def test_one_message_per_second_per_private_chat():
    clock = Clock()
    limiter = RateLimiter(Limits(per_second=100, chat_interval=1.0), clock=clock)
    times = send_all(limiter, clock, ["same"] * 5)
    assert [round(b - a, 6) for a, b in zip(times, times[1:])] == [1.0] * 4


def test_groups_get_at_most_twenty_a_minute():
    clock = Clock()
    limiter = RateLimiter(Limits(per_second=100, group_per_minute=20), clock=clock)
    times = send_all(limiter, clock, ["grp"] * 45, is_group=True)
    assert max_in_window(times, 60.0) == 20
    assert times[20] - times[0] >= 60.0


def test_other_chats_are_not_held_up_by_a_busy_one():
    clock = Clock()
    limiter = RateLimiter(Limits(per_second=10), clock=clock)
    limiter.take("busy", False)
    assert limiter.chat_ready_at("busy", False) == clock.t + 1.1
    assert limiter.chat_ready_at("other", False) == clock.t


def test_retry_after_pauses_everything_and_never_releases_early():
    clock = Clock()
    limiter = RateLimiter(Limits(per_second=25), clock=clock)
    limiter.pause(5, chat_id="c1")
    limiter.pause(2)  # a shorter pause later must not shorten the first
    assert limiter.global_ready_at() == clock.t + 5
    assert limiter.chat_ready_at("c1", False) == clock.t + 5
    clock.t += 4.99
    assert limiter.global_ready_at() > clock.t


def test_idle_chats_are_forgotten():
    clock = Clock()
    limiter = RateLimiter(Limits(per_second=1000), clock=clock)
    send_all(limiter, clock, [f"c{i}" for i in range(100)])
    clock.t += 120
    limiter.forget_idle()
    assert not limiter._chat_free_at and not limiter._group_sent



def test_flood_limit_memory_is_bounded_and_a_window_later_a_person_may_write_again():
    from netralbot.bot.flood import FloodLimit

    clock = Clock()
    flood = FloodLimit(burst=3, window=30, max_people=1000, clock=clock)
    assert [flood.check("a") for _ in range(5)] == ["ok", "ok", "ok", "warn", "drop"]
    for i in range(20_000):  # many people writing once: memory stays bounded, no scan per message
        assert flood.check(f"u{i}") == "ok"
    assert flood.people == 1000
    clock.t += 30
    assert flood.check("a") == "ok"  # forgotten or refilled: either way, allowed again
    assert [flood.check("s", staff=True) for _ in range(40)].count("ok") == 40  # staff burst
