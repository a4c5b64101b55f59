"""Web console page latency with a large knowledge base and many subscribers.

    python benchmarks/bench_console.py                 # 10,000 entries, 100,000 subscribers
    python benchmarks/bench_console.py --entries 300 --subscribers 1000

The console is served as `netralbot console` serves it (aiohttp on 127.0.0.1, a real
session from a one-time link); each page is fetched over HTTP by httpx, sequentially.
Prints p50/p95/max per page; asserts nothing (target: p95 < 100 ms).
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import httpx  # noqa: E402
from aiohttp import web  # noqa: E402

from bench_answer import synthetic_kb  # noqa: E402
from fakes.threaded import AppServer  # noqa: E402
from netralbot.bot.web.app import CLIENT_MAX_SIZE, mount  # noqa: E402
from netralbot.handlers import console_login  # noqa: E402
from netralbot.handlers.access import Access  # noqa: E402
from netralbot.knowledge.engine import KnowledgeBase  # noqa: E402
from netralbot.scheduler import outbox, reminders, subscriptions  # noqa: E402

PAGES = (
    "/admin/pengetahuan", "/admin/pengetahuan?q=like&putusan=dilarang", "/admin/pengetahuan?verifikasi=belum",
    "/admin/pengetahuan/syn-5", "/admin/pengetahuan/coba?q=boleh+like+postingan+caleg",
    "/admin/registri", "/admin/siaran", "/admin/siaran/hitung?province=Bali", "/admin/siaran/1",
    "/admin/siaran/1/progres", "/admin/pengingat", "/admin/wawasan", "/admin/audit", "/admin/peran",
)


def subscribers(db, n: int, rng: random.Random) -> None:
    """``n`` subscribers with profiles, written in bulk (as years of /langganan would)."""
    subscriptions.ensure_schema(db)
    provinces = sorted(subscriptions.PROVINCES)
    agencies = [f"Dinas {i}" for i in range(60)]
    now = "2026-01-01T00:00:00+00:00"
    rows = []
    for i in range(n):
        province = rng.choice(provinces)
        rows.append({"channel": "telegram" if i % 3 else "whatsapp", "chat_id": str(10_000_000 + i),
                     "kind": "private" if i % 50 else "group", "active": 1 if i % 20 else 0,
                     "timezone": subscriptions.PROVINCES[province], "province": province,
                     "instansi": rng.choice(agencies), "subscribed_at": now, "changed_at": now})
    db[subscriptions.TABLE].insert_all(rows, batch_size=5000)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--subscribers", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=40)
    args = ap.parse_args()
    rng = random.Random(7)
    tmp = Path(tempfile.mkdtemp(prefix="bench-console-"))
    path = tmp / "console.db"
    t = time.perf_counter()
    kb = synthetic_kb(path, args.entries, rng)
    subscribers(kb.db, args.subscribers, rng)
    access = Access(kb.db)
    for i in range(20):
        reminders.add(kb.db, text=f"Pengingat {i}", cron=f"{i} 7 * * 1", actor="bench")
    outbox.queue_broadcast(kb.db, "Ingat netralitas.", {}, source="console", actor="bench")
    print(f"setup: {args.entries} entries, {args.subscribers} subscribers in {time.perf_counter() - t:.1f} s")

    def build() -> web.Application:
        app = web.Application(client_max_size=CLIENT_MAX_SIZE)
        served = KnowledgeBase.open(path)
        mount(app, served, Access(served.db), "http://127.0.0.1")
        return app

    server = AppServer(build, "bench-console")
    base = f"http://127.0.0.1:{server.port}"
    url = console_login.operator_link(kb.db, access, "bench", "superadmin", base)
    client = httpx.Client(base_url=base, timeout=30)
    client.post(url.removeprefix(base))
    print(f"{'page':55} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'bytes':>8}")
    worst = 0.0
    for page in PAGES:
        client.get(page)  # warm
        times, size = [], 0
        for _ in range(args.rounds):
            t = time.perf_counter()
            r = client.get(page)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (page, r.status_code)
            size = len(r.content)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        worst = max(worst, p95)
        print(f"{page:55} {statistics.median(times):7.1f} {p95:7.1f} {times[-1]:7.1f} {size:8d}")
    print(f"worst p95: {worst:.1f} ms (target < 100 ms)")
    server.stop()


if __name__ == "__main__":
    main()
