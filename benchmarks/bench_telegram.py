"""Updates per second and reply latency of the Telegram bot (polling mode).

The real python-telegram-bot Application polls the fake Bot API server of the
tests over HTTP on 127.0.0.1. 1,000 simulated users each send questions; we
measure from the moment an update is queued on the server to the moment the
bot's sendMessage for it arrives there.

    python benchmarks/bench_telegram.py [--users 1000] [--per-user 3]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from netralbot.bot.telegram import FloodLimit  # noqa: E402
from fakes.bot_runner import running_bot  # noqa: E402
from fakes.fake_telegram import FakeTelegram  # noqa: E402
from netralbot.knowledge.engine import KnowledgeBase  # noqa: E402
from netralbot.knowledge.evaluate import load_questions  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--per-user", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(7)
    questions = [str(i["q"]) for i in load_questions(ROOT / "tests" / "eval" / "questions.yaml")]

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        KnowledgeBase.open(db)
        with FakeTelegram() as fake, running_bot(fake, db, flood=FloodLimit(burst=100, window=1)):
            total = args.users * args.per_user
            pushed: dict[int, list[float]] = {}
            start = time.monotonic()
            for round_ in range(args.per_user):
                for u in range(args.users):
                    chat = 10_000 + u
                    pushed.setdefault(chat, []).append(time.monotonic())
                    fake.push_message(rng.choice(questions), chat_id=chat, user_id=chat)
            fake.wait_sent(total, timeout=600)
            elapsed = time.monotonic() - start
            latencies = []
            sends = [c for c in fake.calls if c.method == "sendMessage" and c.status == 200]
            by_chat: dict[int, list[float]] = {}
            for c in sends:
                by_chat.setdefault(c.params["chat_id"], []).append(c.at)
            for chat, times in by_chat.items():
                for t_push, t_sent in zip(pushed[chat], sorted(times)):
                    latencies.append((t_sent - t_push) * 1000)
            latencies.sort()

            # steady load below capacity: the latency one user sees
            fake.reset()
            rate, seconds = 50, 10
            paced: dict[int, float] = {}
            t0 = time.monotonic()
            for i in range(rate * seconds):
                while time.monotonic() < t0 + i / rate:
                    time.sleep(0.001)
                chat = 50_000 + i
                paced[chat] = time.monotonic()
                fake.push_message(rng.choice(questions), chat_id=chat, user_id=chat)
            fake.wait_sent(rate * seconds, timeout=120)
            steady = sorted((c.at - paced[c.params["chat_id"]]) * 1000 for c in fake.calls
                            if c.method == "sendMessage" and c.status == 200)
    print(f"telegram polling, {args.users} users x {args.per_user} questions = {total} updates")
    print(f"  processed in {elapsed:.1f} s: {total / elapsed:.0f} updates/s")
    print(f"  reply latency (update queued -> sendMessage received): p50 {statistics.median(latencies):.0f} ms, "
          f"p99 {latencies[int(len(latencies) * 0.99) - 1]:.0f} ms, max {latencies[-1]:.0f} ms")
    print("  (all updates queued at once: latency includes waiting behind the backlog)")
    print(f"steady {rate} updates/s for {seconds} s from {rate * seconds} users: reply latency "
          f"p50 {statistics.median(steady):.0f} ms, p99 {steady[int(len(steady) * 0.99) - 1]:.0f} ms")


if __name__ == "__main__":
    main()
