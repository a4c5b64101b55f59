"""Latency of the content check on text (`netralbot check`), with the shipped registry and
with a registry of 2,000 regional candidates and 500 slogans.

    python benchmarks/bench_content.py

Prints figures; asserts nothing (target: text check p99 < 10 ms).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from netralbot.knowledge import content, registry  # noqa: E402
from netralbot.knowledge.engine import KnowledgeBase  # noqa: E402

PARTS = [
    "COBLOS NO {n} ya gaes ✌️", "Ayo menangkan {name} di dapil {n}!", "Info KPU: cek DPT di cekdptonline.kpu.go.id",
    "JAKARTA, KOMPAS.com - KPU menetapkan pasangan calon, kata Ketua KPU dalam keterangannya.",
    "Selamat ulang tahun mama, semoga sehat selalu 🙏", "Promo beli {n} gratis 1 sampai Minggu!",
    "Jangan pilih caleg koruptor! #Tolak{name}", "Hadirilah kampanye akbar bersama relawan {name}",
    "Diteruskan berkali-kali\nBREAKING!! {name} ternyata ... sebarkan!!", "Tolak politik uang, pemilu damai. Bawaslu",
]
NAMES = ["Darmawan", "Sutrisno", "Budi Santoso", "Rina", "Bang Jali", "Partai Golkar", "PDIP", "Gerindra"]


def texts(n: int) -> list[str]:
    rnd = random.Random(7)
    out = []
    for _ in range(n):
        body = "\n".join(rnd.choice(PARTS).format(n=rnd.randint(1, 20), name=rnd.choice(NAMES))
                         for _ in range(rnd.randint(1, 4)))
        out.append(body)
    return out


def measure(kb, reg, items) -> tuple[float, float, float]:
    content.check(items[0], kb, reg)  # compile the registry's patterns once
    times = []
    for t in items:
        start = time.perf_counter()
        content.check(t, kb, reg)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1], times[-1]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        kb = KnowledgeBase.open(Path(tmp) / "bench.db")
        items = texts(1000)
        reg = registry.load(kb.db)
        p50, p99, top = measure(kb, reg, items)
        print(f"shipped registry ({len(reg.parties)} parties, {len(reg.candidates)} candidates): "
              f"text check over 1000 texts: p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {top:.2f} ms")
        big = registry.Registry(
            elections=reg.elections, parties=reg.parties, accounts=reg.accounts,
            candidates=reg.candidates + [registry.Candidate(election="pilkada-2024", office="bupati",
                                                            region=f"Kabupaten {i}", number=i % 9 + 1,
                                                            name=f"Calon Nomor{i} Wijaya{i}")
                                         for i in range(2000)],
            slogans=[registry.Slogan(text=f"#Maju{i}Bersama") for i in range(500)], version=999)
        p50, p99, top = measure(kb, big, items)
        print(f"registry with 2,000 regional candidates and 500 slogans: p50 {p50:.2f} ms, p99 {p99:.2f} ms, "
              f"max {top:.2f} ms")


if __name__ == "__main__":
    main()
