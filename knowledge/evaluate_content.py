"""Score the content check on a labelled file (`netralbot eval --content FILE`).

Format: a YAML list of ``{text, kind, category, render, reason}``; ``kind`` is one of
knowledge.content.KINDS. Items with ``render: true`` are meant to be drawn as images;
until the check reads images, they are scored on their text (what a perfect OCR would
read), and the report says so; with ``images=True`` they are drawn with Pillow and read
with OCR, as a photo sent to the bot would be.
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

    images: bool = False
    ocr_seconds: list[float] = field(default_factory=list)

    def summary(self, items: bool = True) -> str:
        pct = lambda a, b: f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"  # noqa: E731
        how = ("drawn with Pillow and read with OCR" if self.images else "scored on their text (run with --images "
               "to draw them and read them with OCR)")
        lines = [
            f"items: {self.n} ({self.rendered} meant as images, {how})",
            f"kind accuracy: {pct(self.right, self.n)}",
            f"campaign recall: {pct(self.tp, self.tp + self.fn)}",
            f"campaign precision: {pct(self.tp, self.tp + self.fp)}",
            f"DANGEROUS: 'boleh' to like/comment/share/status campaign content: {self.boleh_on_campaign}",
            "per category:",
        ]
        lines += [f"  {cat:<16}{pct(r, t)}" for cat, (r, t) in sorted(self.per_category.items())]
        lines.append("confusion (label -> answer):")
        lines += [f"  {a:<16}-> {b:<16}{n}" for (a, b), n in sorted(self.confusion.items()) if a != b]
        if self.ocr_seconds:
            t = sorted(self.ocr_seconds)
            lines.append(f"image read: median {t[len(t) // 2]:.2f} s, max {t[-1]:.2f} s over {len(t)} images")
        if items and self.misses:
            lines.append(f"misses ({len(self.misses)}):")
            lines += [f"  - {m}" for m in self.misses]
        return "\n".join(lines)


def render(text: str, size: tuple[int, int] = (800, 600)) -> bytes:
    """``text`` drawn as a poster (one line per line, large letters); "" draws shapes only."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", size, (250, 250, 245))
    draw = ImageDraw.Draw(img)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        draw.ellipse((200, 150, 600, 450), fill=(200, 120, 60))
        draw.rectangle((50, 480, 750, 560), fill=(60, 140, 90))
    else:
        longest = max(len(line) for line in lines)
        font_size = max(16, min(64, int(size[0] * 1.6 / longest), int(size[1] * 0.8 / len(lines))))
        font = ImageFont.load_default(size=font_size)
        y = 30
        for line in lines:
            draw.text((30, y), line, fill=(10, 10, 10), font=font)
            y += int(font_size * 1.3)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def run(kb, registry, items: list[dict], images: bool = False) -> ContentReport:
    import time

    from netralbot.knowledge import image_text

    rep = ContentReport(images=images)
    for item in items:
        text = item.get("text") or ""
        from_image = bool(images and item.get("render"))
        if from_image:
            start = time.perf_counter()
            text = image_text.read(render(text)).text or ""
            rep.ocr_seconds.append(time.perf_counter() - start)
        result = check(text, kb, registry, from_image=from_image)
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
