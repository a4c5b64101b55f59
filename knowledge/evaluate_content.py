"""Score the content check on a labelled file (`netralbot eval --content FILE`).

Format: a YAML list of ``{text, kind, category, render, reason}``; ``kind`` is one of
knowledge.content.KINDS. Items with ``render: true`` are meant to be drawn as images;
until the check reads images, they are scored on their text (what a perfect OCR would
read), and the report says so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from netralbot.knowledge.content import KINDS, PUBLIC_ACTS, check


def load_items(path: str | Path) -> list[dict]:
    data = yaml.safe_load(Path(path).read_text("utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: harus berupa daftar item")
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict) or item.get("kind") not in KINDS or not isinstance(item.get("text", ""), str):
            raise ValueError(f"{path}: item #{i} perlu text dan kind ({', '.join(KINDS)})")
    return data


@dataclass
class ContentReport:
    n: int = 0
    right: int = 0
    tp: int = 0  # campaign found as campaign
    fn: int = 0
    fp: int = 0
    boleh_on_campaign: int = 0  # a public act answered "boleh" on campaign content
    rendered: int = 0
    per_category: dict[str, list[int]] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def summary(self, items: bool = True) -> str:
        pct = lambda a, b: f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"  # noqa: E731
        lines = [
            f"items: {self.n} ({self.rendered} meant as images, scored on their text: no OCR in this build)",
            f"kind accuracy: {pct(self.right, self.n)}",
            f"campaign recall: {pct(self.tp, self.tp + self.fn)}",
            f"campaign precision: {pct(self.tp, self.tp + self.fp)}",
            f"DANGEROUS: 'boleh' to like/comment/share/status campaign content: {self.boleh_on_campaign}",
            "per category:",
        ]
        lines += [f"  {cat:<16}{pct(r, t)}" for cat, (r, t) in sorted(self.per_category.items())]
        lines.append("confusion (label -> answer):")
        lines += [f"  {a:<16}-> {b:<16}{n}" for (a, b), n in sorted(self.confusion.items()) if a != b]
        if items and self.misses:
            lines.append(f"misses ({len(self.misses)}):")
            lines += [f"  - {m}" for m in self.misses]
        return "\n".join(lines)


def run(kb, registry, items: list[dict]) -> ContentReport:
    rep = ContentReport()
    for item in items:
        result = check(item.get("text") or "", kb, registry)
        gold, got = item["kind"], result.kind
        rep.n += 1
        rep.rendered += bool(item.get("render"))
        ok = gold == got
        rep.right += ok
        cat = rep.per_category.setdefault(str(item.get("category", "-")), [0, 0])
        cat[0] += ok
        cat[1] += 1
        rep.confusion[(gold, got)] += 1
        if gold == "kampanye":
            rep.tp += got == "kampanye"
            rep.fn += got != "kampanye"
            rep.boleh_on_campaign += any(result.verdict(a) == "boleh" for a in PUBLIC_ACTS)
        elif got == "kampanye":
            rep.fp += 1
        if not ok:
            rep.misses.append(f"[{gold} -> {got}] {' '.join((item.get('text') or '').split())[:140]}")
    return rep
