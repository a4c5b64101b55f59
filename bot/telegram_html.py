"""Split Telegram HTML into messages of at most 4,096 characters, tags balanced.

Telegram rejects a message over 4,096 characters ("message is too long") and any
chunk whose tags do not balance ("can't parse entities"). We cut at the largest
natural boundary that fits (paragraph, line, word), close the tags still open at
the cut and reopen them at the start of the next chunk. Length is measured on the
raw HTML, which is never shorter than what Telegram counts, so a chunk that fits
here fits there.
"""

from __future__ import annotations

import re

TELEGRAM_MAX = 4096
_TAG = re.compile(r"<(/?)([a-zA-Z-]+)([^>]*)>")
_ENTITY = re.compile(r"&[a-zA-Z#0-9]+;")


def _open_tags(html: str) -> list[tuple[str, str]]:
    """Tags still open at the end of ``html``: (name, full opening tag)."""
    stack: list[tuple[str, str]] = []
    for m in _TAG.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        if closing:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == name:
                    del stack[i:]
                    break
        else:
            stack.append((name, m.group(0)))
    return stack


def _safe_cut(text: str, limit: int) -> int:
    """The best index <= limit to cut at: never inside a tag or an &entity;."""
    window = text[:limit]
    for sep in ("\n\n", "\n", " "):
        i = window.rfind(sep)
        if i > limit // 3:
            cut = i + len(sep)
            break
    else:
        cut = limit
    # never leave a tag or an entity broken in two
    lt, gt = text.rfind("<", 0, cut), text.rfind(">", 0, cut)
    if lt > gt:
        cut = lt
    amp = text.rfind("&", 0, cut)
    if amp != -1 and ";" not in text[amp:cut]:
        entity = _ENTITY.match(text, amp)
        if entity and entity.end() > cut:
            cut = amp
    return max(cut, 1)


def split_html(html: str, limit: int = TELEGRAM_MAX) -> list[str]:
    """Chunks of ``html``, each at most ``limit`` characters with balanced tags."""
    chunks: list[str] = []
    reopen = ""
    rest = html
    while rest:
        budget = limit - len(reopen)
        if len(rest) <= budget:
            piece = reopen + rest
            chunks.append(piece)
            break
        # leave room for the closing tags this cut might need
        closers_room = 64
        cut = _safe_cut(rest, max(1, budget - closers_room))
        piece = reopen + rest[:cut]
        still_open = _open_tags(piece)
        closing = "".join(f"</{name}>" for name, _ in reversed(still_open))
        chunks.append(piece.rstrip() + closing)
        reopen = "".join(tag for _, tag in still_open)
        rest = rest[cut:].lstrip("\n")
    return [c for c in chunks if _TAG.sub("", c).strip()]
