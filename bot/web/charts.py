"""Charts drawn as SVG on the server: no script, no library, readable on a phone.

Each function returns an ``<svg>`` string with a ``<title>`` per bar (the figure on
hover or long-press) and a text table is shown beside it by the template, so the
numbers stay readable without the picture.
"""

from __future__ import annotations

from html import escape

COLOURS = {"answered": "#2f7d4f", "suggested": "#c98a1b", "abstained": "#8a8f98", "content-check": "#3b6ea8"}
LABELS = {"answered": "dijawab", "suggested": "diberi pilihan", "abstained": "tidak tahu",
          "content-check": "cek konten"}


def stacked_days(days: list[tuple[str, dict[str, int]]], keys=tuple(COLOURS), width: int = 640,
                 height: int = 220) -> str:
    """Questions per day, one stacked bar per day, one colour per outcome."""
    if not days:
        return _empty(width, "Belum ada data.")
    top = max(1, max(sum(c.get(k, 0) for k in keys) for _, c in days))
    pad_l, pad_b, pad_t = 32, 28, 10
    plot_w, plot_h = width - pad_l - 8, height - pad_b - pad_t
    step = plot_w / len(days)
    bar_w = max(2.0, step * 0.7)
    parts = [f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 8}" y2="{pad_t + plot_h}" stroke="#999"/>',
             f'<text x="{pad_l - 4}" y="{pad_t + 8}" font-size="10" text-anchor="end">{top}</text>',
             f'<text x="{pad_l - 4}" y="{pad_t + plot_h}" font-size="10" text-anchor="end">0</text>']
    for i, (day, counts) in enumerate(days):
        x = pad_l + i * step + (step - bar_w) / 2
        y = pad_t + plot_h
        for k in keys:
            n = counts.get(k, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{COLOURS[k]}">'
                         f'<title>{escape(day)}: {LABELS.get(k, k)} {n}</title></rect>')
        if len(days) <= 16 or i % max(1, len(days) // 8) == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - 10}" font-size="10" '
                         f'text-anchor="middle">{escape(day[5:])}</text>')
    return _svg(width, height, "Pertanyaan per hari menurut hasil", parts)


def bars(items: list[tuple[str, int]], width: int = 640, colour: str = "#3b6ea8", title: str = "") -> str:
    """Horizontal bars, one per (label, value), largest first as given."""
    if not items:
        return _empty(width, "Belum ada data.")
    row, label_w = 22, min(260, max(len(label) for label, _ in items) * 7 + 8)
    top = max(1, max(v for _, v in items))
    height = row * len(items) + 6
    parts = []
    for i, (label, value) in enumerate(items):
        y = i * row + 3
        w = (width - label_w - 48) * value / top
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" font-size="12" text-anchor="end">{escape(label[:40])}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row - 8}" fill="{colour}">'
                     f'<title>{escape(label)}: {value}</title></rect>')
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 14}" font-size="12">{value}</text>')
    return _svg(width, height, title, parts)


def feedback(items: list[tuple[str, int, int]], width: int = 640) -> str:
    """👍 and 👎 per entry: two bars side by side, green up and red down."""
    if not items:
        return _empty(width, "Belum ada umpan balik.")
    row, label_w = 22, min(300, max(len(f) for f, _, _ in items) * 7 + 8)
    top = max(1, max(max(u, d) for _, u, d in items))
    half = (width - label_w - 60) / 2
    parts = []
    for i, (faq_id, up, down) in enumerate(items):
        y = i * row + 3
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" font-size="12" text-anchor="end">{escape(faq_id[:44])}</text>')
        for j, (n, colour, label) in enumerate(((up, "#2f7d4f", "👍"), (down, "#b3412e", "👎"))):
            x = label_w + j * (half + 30)
            w = half * n / top
            parts.append(f'<rect x="{x:.1f}" y="{y + 2}" width="{w:.1f}" height="{row - 8}" fill="{colour}">'
                         f'<title>{escape(faq_id)} {label} {n}</title></rect>')
            parts.append(f'<text x="{x + w + 3:.1f}" y="{y + 14}" font-size="11">{n}</text>')
    return _svg(width, row * len(items) + 6, "Umpan balik per entri", parts)


def _svg(width: int, height: int, title: str, parts: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'role="img" aria-label="{escape(title)}" font-family="sans-serif"><title>{escape(title)}</title>'
            + "".join(parts) + "</svg>")


def _empty(width: int, text: str) -> str:
    return _svg(width, 30, text, [f'<text x="4" y="20" font-size="13" fill="#666">{escape(text)}</text>'])
