"""Rotating "tips netralitas" drawn from the knowledge base, each with its citation.

A tip is an entry whose verdict is *dilarang* or *hati-hati* (what people get
wrong), written short: the question, the verdict and answer, the provisions by
name with a short quote (and the reference's verification flags), the sanction.
The text is generated when the reminder fires, so knowledge-base edits show up
in the next tip.
"""

from __future__ import annotations

from netralbot.handlers.render import VERDICT_LABELS, citation_flags, shorten
from netralbot.knowledge.engine import KnowledgeBase
from netralbot.scheduler.outbox import MAX_TEXT_CHARS

TIP_VERDICTS = ("dilarang", "hati-hati")


def tip_ids(kb: KnowledgeBase) -> list[str]:
    return sorted(e.id for e in kb.entries.values() if e.verdict in TIP_VERDICTS)


def tip_text(kb: KnowledgeBase, index: int) -> str | None:
    """The ``index``-th tip (wrapping around), or None for an empty knowledge base."""
    ids = tip_ids(kb)
    if not ids:
        return None
    a = kb.answer_entry(ids[index % len(ids)])
    lines = [
        "💡 *Tips netralitas ASN*",
        "",
        f"*{a.question}*",
        f"{VERDICT_LABELS[a.verdict]}: {shorten(a.text, 600)}",
    ]
    if a.conditions:
        lines += ["", "Tergantung pada: " + "; ".join(a.conditions[:3])]
    if a.citations:
        lines += ["", "Dasar hukum:"]
        for c in a.citations[:3]:
            flags = citation_flags(c)
            line = f"• {c.label}: \"{shorten(c.text, 200)}\""
            lines.append(line + (f" ({'; '.join(flags)})" if flags else ""))
    if a.sanction:
        lines += ["", f"Sanksi: {shorten(a.sanction, 300)}"]
    lines += ["", "Ada pertanyaan? Ketik saja di sini. Berhenti menerima pengingat: /berhenti"]
    text = "\n".join(lines)
    return text if len(text) <= MAX_TEXT_CHARS else shorten(text, MAX_TEXT_CHARS - 2)
