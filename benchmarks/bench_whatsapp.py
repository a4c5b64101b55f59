"""WhatsApp webhook throughput and reply latency, signature checking on.

`netralbot run` runs as a subprocess with only WhatsApp configured; this process
plays Meta: it posts signed webhook deliveries (each a question from a distinct
user) and runs the fake Graph API that receives the replies.

1. burst: ``--burst`` deliveries from ``--concurrency`` connections at once:
   webhook requests per second accepted (HTTP 200) and the time until every reply
   has arrived;
2. steady: ``--rate`` deliveries per second for ``--seconds``: reply latency from
   posting the webhook to the reply reaching the Graph API.

    python benchmarks/bench_whatsapp.py [--burst 2000] [--rate 50] [--seconds 20]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from netralbot.bot.whatsapp import sign  # noqa: E402
from fakes.fake_graph import FakeGraph  # noqa: E402
from netralbot.knowledge.engine import KnowledgeBase  # noqa: E402
from netralbot.knowledge.evaluate import load_questions  # noqa: E402

SECRET = "bench-secret"
EXE = Path(sys.executable).with_name("netralbot")


def delivery(graph, wa_id: str, text: str, n: int) -> bytes:
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "628000", "phone_number_id": graph.phone_number_id},
             "contacts": [{"profile": {"name": "B"}, "wa_id": wa_id}],
             "messages": [{"from": wa_id, "id": f"wamid.BENCH{n}", "timestamp": str(int(time.time())),
                           "type": "text", "text": {"body": text}}]}
    return json.dumps({"object": "whatsapp_business_account",
                       "entry": [{"id": "W", "changes": [{"field": "messages", "value": value}]}]}).encode()


def first_reply_at(graph, wa_id: str) -> float | None:
    for at, status, body in graph.calls:
        if status == 200 and body.get("to") == wa_id:
            return at
    return None


async def main_async(args, graph, url, questions) -> None:
    rng = random.Random(5)
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=args.concurrency)) as client:
        async def post(n: int, wa_id: str) -> tuple[int, float]:
            body = delivery(graph, wa_id, rng.choice(questions), n)
            t0 = time.monotonic()
            r = await client.post(url, content=body, headers={"X-Hub-Signature-256": sign(body, SECRET),
                                                             "Content-Type": "application/json"})
            return r.status_code, t0

        # 1. burst
        users = [f"6289{n:08d}" for n in range(args.burst)]
        for u in users:
            graph.user_wrote(u)
        sem = asyncio.Semaphore(args.concurrency)

        async def limited(n, u):
            async with sem:
                return await post(n, u)

        t0 = time.monotonic()
        results = await asyncio.gather(*(limited(n, u) for n, u in enumerate(users)))
        t_accept = time.monotonic() - t0
        ok = sum(1 for s, _ in results if s == 200)
        while sum(1 for u in users if first_reply_at(graph, u) is None) and time.monotonic() - t0 < 300:
            await asyncio.sleep(0.1)
        t_all = time.monotonic() - t0
        print(f"burst: {args.burst:,} signed deliveries, {args.concurrency} connections: {ok:,} accepted in "
              f"{t_accept:.1f} s = {ok / t_accept:.0f} requests/s; every reply at the Graph API after {t_all:.1f} s "
              f"= {args.burst / t_all:.0f} questions answered/s")

        # 2. steady
        steady = [f"6288{n:08d}" for n in range(int(args.rate * args.seconds))]
        for u in steady:
            graph.user_wrote(u)
        sent: dict[str, float] = {}
        start = time.monotonic()
        tasks = []
        for n, u in enumerate(steady):
            await asyncio.sleep(max(0.0, start + n / args.rate - time.monotonic()))
            sent[u] = time.monotonic()
            tasks.append(asyncio.create_task(post(10**7 + n, u)))
        await asyncio.gather(*tasks)
        deadline = time.monotonic() + 30
        while any(first_reply_at(graph, u) is None for u in steady) and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        lat = sorted((first_reply_at(graph, u) - sent[u]) * 1000 for u in steady if first_reply_at(graph, u))
        print(f"steady {args.rate:g} deliveries/s for {args.seconds} s: {len(lat):,}/{len(steady):,} answered; "
              f"webhook → reply latency p50 {statistics.median(lat):.0f} ms, "
              f"p99 {lat[int(len(lat) * 0.99) - 1]:.0f} ms, max {lat[-1]:.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--burst", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--rate", type=float, default=50)
    ap.add_argument("--seconds", type=int, default=20)
    args = ap.parse_args()
    questions = [str(q["q"]) for q in load_questions(ROOT / "tests" / "eval" / "questions.yaml")]
    graph = FakeGraph().start()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        KnowledgeBase.open(db)
        port = 18000 + os.getpid() % 1000
        env = {**os.environ, "NETRALBOT_DB": str(db), "WHATSAPP_TOKEN": graph.token,
               "WHATSAPP_PHONE_NUMBER_ID": graph.phone_number_id, "WHATSAPP_APP_SECRET": SECRET,
               "WHATSAPP_VERIFY_TOKEN": "v", "WHATSAPP_API_BASE_URL": graph.base_url,
               "NETRALBOT_HTTP_PORT": str(port), "NETRALBOT_LOG_LEVEL": "ERROR"}
        env.pop("TELEGRAM_BOT_TOKEN", None)
        proc = subprocess.Popen([str(EXE), "run"], env=env, cwd=tmp, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/whatsapp/webhook"
        for _ in range(100):
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz")
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        try:
            asyncio.run(main_async(args, graph, url, questions))
            rss = next(int(line.split()[1]) // 1024 for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
                       if line.startswith("VmHWM"))
            print(f"peak memory of `netralbot run`: {rss} MB")
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)
            graph.stop()


if __name__ == "__main__":
    main()
