"""Chat typos, added on purpose, to measure how much an answer depends on spelling.

`netralbot eval FILE --typos SEED` asks every question of a labelled file again with
typing slips in about a third of its longer words, and reports the usual figures
plus how many answers kept their verdict. The slips are the ones people make on a
phone: vowels dropped ("pncblsn"), a letter dropped, doubled or swapped with its
neighbour, a neighbouring key hit. They are seeded, so a figure can be reproduced.
"""

from __future__ import annotations

import random
import re

from netralbot.knowledge.respell import KEYBOARD_ROWS

_WORD = re.compile(r"[A-Za-z]{4,}")
_VOWELS = "aiueo"


def _neighbour_key(c: str, rng: random.Random) -> str:
    for r, row in enumerate(KEYBOARD_ROWS):
        if c in row:
            i = row.index(c)
            keys = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for other in (r - 1, r + 1):
                if 0 <= other < len(KEYBOARD_ROWS):
                    keys += [KEYBOARD_ROWS[other][j] for j in (i - 1, i) if 0 <= j < len(KEYBOARD_ROWS[other])]
            return rng.choice(keys)
    return c


def slip(word: str, rng: random.Random) -> str:
    """One typing slip in ``word``, never in its first letter; capitals are kept."""
    w = word.lower()
    i = rng.randrange(1, len(w))
    kind = rng.choice(("vowels", "drop", "double", "swap", "key"))
    if kind == "vowels":
        out = w[0] + "".join(c for c in w[1:] if c not in _VOWELS)
    elif kind == "drop":
        out = w[:i] + w[i + 1:]
    elif kind == "double":
        out = w[:i] + w[i] + w[i:]
    elif kind == "swap" and i < len(w) - 1:
        out = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    else:
        out = w[:i] + _neighbour_key(w[i], rng) + w[i + 1:]
    if word.isupper():
        return out.upper()
    return out[0].upper() + out[1:] if word[0].isupper() else out


def add_typos(text: str, rng: random.Random, rate: float = 0.3) -> str:
    """``text`` with a slip in about ``rate`` of its words of four letters or more."""
    return _WORD.sub(lambda m: slip(m.group(0), rng) if rng.random() < rate else m.group(0), text)
