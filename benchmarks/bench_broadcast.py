"""A broadcast to many subscribers through `netralbot run`, against the fake Bot API
server enforcing Telegram's limits (global per second at 1.2 × the configured
rate, like 30/s against the default 25/s; 1/s per chat; 20/min per group).

Two runs on the same subscribers:
  1. clean: queue, deliver, measure;
  2. crash: queue, SIGKILL the process at ``--kill-at`` of the way, restart, finish.

For each: achieved rate as a share of the configured one (first to last delivered
message), 429 answers, duplicates, misses, messages left uncertain, peak memory
(VmHWM) of the delivering process, wall time from queueing to done.

    python benchmarks/bench_broadcast.py [--subscribers 10000] [--rate 100]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakes.fake_telegram import FakeTelegram  # noqa: E402
from netralbot.knowledge.engine import KnowledgeBase  # noqa: E402
from netralbot.scheduler import outbox, subscriptions  # noqa: E402

EXE = Path(sys.executable).with_name("netralbot")


def start(fake, db, rate, workdir):
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.base_url,
           "NETRALBOT_DB": str(db), "NETRALBOT_BROADCAST_RATE": str(rate), "NETRALBOT_LOG_LEVEL": "WARNING"}
    return subprocess.Popen([str(EXE), "run"], env=env, cwd=workdir, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def state(db, bid) -> str:
    with sqlite3.connect(db) as c:
        return c.execute("select state from broadcasts where id = ?", [bid]).fetchone()[0]


def wait_done(db, bid, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if state(db, bid) == "done":
            return True
        time.sleep(0.2)
    return False


def queue(db, text) -> int:
    out = subprocess.run([str(EXE), "--db", str(db), "broadcast", "send", text], capture_output=True,
                         text=True, check=True)
    return int(out.stdout)


def report(name, fake, db, bid, recipients, rate, t_queued, t_done, rss, offset):
    calls = [c for c in fake.calls[offset:] if c.method == "sendMessage"]
    ok = [c for c in calls if c.status == 200]
    got = Counter(c.params["chat_id"] for c in ok)
    expected = {int(r) for r in recipients}
    dups = sum(n - 1 for n in got.values() if n > 1)
    misses = len(expected - set(got))
    span = ok[-1].at - ok[0].at if len(ok) > 1 else float("nan")
    achieved = (len(ok) - 1) / span
    with sqlite3.connect(db) as c:
        states = dict(c.execute("select state, count(*) from outbox where broadcast_id = ? group by state", [bid]))
    print(f"{name}: {len(ok):,} delivered to {len(expected):,} recipients in {t_done - t_queued:.1f} s "
          f"(queue → done)")
    print(f"  rate {achieved:.1f}/s = {achieved / rate:.1%} of the configured {rate:g}/s "
          f"(first to last delivered message)")
    print(f"  429 answers: {sum(1 for c in calls if c.status == 429)}; duplicates: {dups}; misses: {misses}; "
          f"outbox states: {states}")
    print(f"  peak memory of the delivering process: {rss}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--subscribers", type=int, default=10_000)
    ap.add_argument("--rate", type=float, default=100.0, help="NETRALBOT_BROADCAST_RATE")
    ap.add_argument("--groups", type=float, default=0.01, help="share of recipients that are groups")
    ap.add_argument("--kill-at", type=float, default=0.4)
    ap.add_argument("--crash-runs", type=int, default=1, help="further crash runs kill at random points")
    args = ap.parse_args()
    n_groups = int(args.subscribers * args.groups)

    with tempfile.TemporaryDirectory() as tmp, FakeTelegram(
            global_per_second=args.rate * 1.2, per_chat_per_second=1, group_per_minute=20) as fake:
        db = Path(tmp) / "bench.db"
        kb = KnowledgeBase.open(db)
        subscriptions.ensure_schema(kb.db)
        rows = [{"channel": "telegram", "chat_id": str(2_000_000 + i), "kind": "private", "active": 1,
                 "timezone": "Asia/Jakarta"} for i in range(args.subscribers - n_groups)]
        rows += [{"channel": "telegram", "chat_id": str(-100_000_000 - i), "kind": "group", "active": 1,
                  "timezone": "Asia/Jakarta"} for i in range(n_groups)]
        kb.db["subscribers"].insert_all(rows, batch_size=1000)
        recipients = [r["chat_id"] for r in rows]
        print(f"{len(rows):,} subscribers ({n_groups} groups); configured {args.rate:g}/s, "
              f"fake server limit {args.rate * 1.2:g}/s, 1/s per chat, 20/min per group")
        timeout = 3 * len(rows) / args.rate + 60

        # 1. clean run
        proc = start(fake, db, args.rate, tmp)
        time.sleep(3)  # let it start polling; queueing earlier would also work
        offset = len(fake.calls)
        t0 = time.monotonic()
        bid = queue(db, "Siaran uji *netralitas* (benchmark)")
        done = wait_done(db, bid, timeout)
        t1 = time.monotonic()
        rss = f"{peak_rss_mb(proc.pid):.0f} MB"
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        report("clean run" + ("" if done else " (NOT FINISHED)"), fake, db, bid, recipients, args.rate, t0, t1,
               rss, offset)

        # 2. SIGKILL at --kill-at (then at random points for further --crash-runs), restart
        for run_no in range(args.crash_runs):
            crash_run(args, fake, db, kb, rows, recipients, tmp, timeout,
                      args.kill_at if run_no == 0 else random.uniform(0.1, 0.9))


def crash_run(args, fake, db, kb, rows, recipients, tmp, timeout, kill_at) -> None:
    """Queue a broadcast, SIGKILL the process after ``kill_at`` of it, restart, finish, report."""
    proc = start(fake, db, args.rate, tmp)
    time.sleep(3)
    offset = len(fake.calls)
    t0 = time.monotonic()
    bid = queue(db, "Siaran uji kedua (benchmark, dengan crash)")
    target = int(len(rows) * kill_at)
    while sum(1 for c in fake.calls[offset:] if c.method == "sendMessage" and c.status == 200) < target:
        time.sleep(0.01)
    rss1 = peak_rss_mb(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    t_kill = time.monotonic()
    proc = start(fake, db, args.rate, tmp)
    while not any(c.method == "sendMessage" and c.at > t_kill for c in fake.calls[offset:]):
        time.sleep(0.01)
    t_resume = time.monotonic()
    done = wait_done(db, bid, timeout)
    t1 = time.monotonic()
    rss2 = peak_rss_mb(proc.pid)
    proc.send_signal(signal.SIGTERM)
    proc.wait(30)
    print(f"crash run: SIGKILL after {target:,} messages; the restarted process sent again "
          f"{t_resume - t_kill:.1f} s after the kill (start-up included)")
    report("crash run" + ("" if done else " (NOT FINISHED)"), fake, db, bid, recipients, args.rate, t0, t1,
           f"{rss1:.0f} MB before the kill, {rss2:.0f} MB after", offset)
    p = outbox.progress(kb.db, bid)
    print(f"  status: {p.counts}")


if __name__ == "__main__":
    main()
