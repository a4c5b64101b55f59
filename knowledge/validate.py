"""Cross-record checks that a single record's schema cannot see.

Used by `netralbot kb validate`, before seeding, and (later) before an admin's
edit is saved.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from netralbot.knowledge.models import SLOTS, FaqEntry, Provision, Regulation, Statement
from netralbot.knowledge.frame import types as frame_types
from netralbot.knowledge.text import normalise

_KASN_OK = re.compile(r"bubar|dihapus|dibubarkan|tidak lagi|beralih|dialihkan|sudah tidak ada", re.I)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def check(
    regulations: Iterable[Regulation],
    provisions: Iterable[Provision],
    entries: Iterable[FaqEntry],
    statements: Iterable[Statement] = (),
) -> tuple[list[str], list[str]]:
    """Return (errors, warnings) for the knowledge base as a whole."""
    errors: list[str] = []
    warnings: list[str] = []
    regulations, provisions, entries = list(regulations), list(provisions), list(entries)

    shorts = {r.short for r in regulations}
    seen_keys: set[str] = set()
    for p in provisions:
        if p.key in seen_keys:
            errors.append(f"provision {p.key}: kunci ganda")
        seen_keys.add(p.key)
        if p.regulation not in shorts:
            errors.append(f"provision {p.key}: peraturan '{p.regulation}' tidak terdaftar")
    by_key = {p.key: p for p in provisions}
    statement_ids: set[str] = set()
    for st in statements:
        if st.id in statement_ids:
            errors.append(f"statement {st.id}: id ganda")
        statement_ids.add(st.id)
    typed = frame_types()

    live = [e for e in entries if not e.deleted]
    ids: set[str] = set()
    for e in entries:
        if e.id in ids:
            errors.append(f"faq {e.id}: id ganda")
        ids.add(e.id)

    owners: dict[str, set[str]] = defaultdict(set)
    norm_owners: dict[str, set[str]] = defaultdict(set)
    for e in live:
        for c in e.citations:
            if c not in by_key:
                errors.append(f"faq {e.id}: kutipan ke ketentuan yang tidak dikenal '{c}'")
        if e.verdict == "dilarang" and not any(
            by_key.get(c) is not None and by_key[c].kind == "provision" for c in e.citations
        ):
            errors.append(f"faq {e.id}: putusan 'dilarang' harus mengutip sedikitnya satu pasal peraturan")
        for r in e.related:
            if r not in ids:
                errors.append(f"faq {e.id}: entri terkait '{r}' tidak ada")
            elif r == e.id:
                errors.append(f"faq {e.id}: entri terkait menunjuk dirinya sendiri")
        for field in (e.answer, e.sanction, *e.conditions):
            if "KASN" in field and not _KASN_OK.search(field):
                errors.append(f"faq {e.id}: menyebut KASN tanpa menyatakan KASN sudah dibubarkan")
        for sid in e.statements:
            if sid not in statement_ids:
                errors.append(f"faq {e.id}: pernyataan '{sid}' tidak ada di statements.yaml")
        if e.frame is None:
            warnings.append(f"faq {e.id}: belum punya frame")
        else:
            for slot in SLOTS:
                for value in getattr(e.frame, slot):
                    if value not in typed.values(slot):
                        errors.append(f"faq {e.id}: frame.{slot} '{value}' tidak ada di types lexicon")
            every_value = {v for slot in SLOTS for v in typed.values(slot)}
            for field in ("unless", "requires", "boleh_if", "boleh_without", "without"):
                for value in getattr(e.frame, field):
                    if value not in every_value:
                        errors.append(f"faq {e.id}: frame.{field} '{value}' tidak ada di types lexicon")
            if (e.frame.boleh_if or e.frame.boleh_without) and e.verdict not in ("hati-hati", "boleh"):
                errors.append(f"faq {e.id}: frame.boleh_if hanya untuk entri hati-hati atau boleh (boleh dengan syarat)")
        if len(set(map(_fold, e.phrasings))) < len(e.phrasings):
            errors.append(f"faq {e.id}: ada frasa yang diulang dalam entri yang sama")
        for text in (e.question, *e.phrasings):
            owners[_fold(text)].add(e.id)
            norm_owners[normalise(text)].add(e.id)

    for text, who in owners.items():
        if len(who) > 1:
            errors.append(f"frasa dipakai oleh lebih dari satu entri ({', '.join(sorted(who))}): '{text}'")
    for norm, who in norm_owners.items():
        if len(who) > 1 and norm:
            warnings.append(
                f"frasa berbeda tetapi sama setelah normalisasi ({', '.join(sorted(who))}): '{norm}'"
            )
    return errors, warnings
