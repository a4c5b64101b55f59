"""Put back the spaces OCR dropped between capitals ("DUAPERIODEUNTUKSULTENGMAJU").

PP-OCR's recogniser reads a poster's words but seldom the gaps between them, and a run of
capitals hides every word from the content check. A dynamic programme splits such a run
into the fewest known words (Indonesian root words, their affixed forms through the
stemmer, election vocabulary and the registry's names); what no word explains stays one
chunk, as names do ("SULTENG", "LATIF").
"""

from __future__ import annotations

import re
from functools import lru_cache

from netralbot.knowledge.prefilter import prefiltered
from netralbot.knowledge.text import indonesian_words, stem

MIN_RUN = 9  # shorter runs are words or acronyms already
MAX_WORD = 16
# Costs: every piece costs PIECE; letters no known word explains cost UNKNOWN_PER_CHAR each,
# so a known word inside a run is worth cutting out ("JALI|ANAK|BETAWI") while a name
# stays whole; words of two or three letters ("di", "ke", "tan") cost more, or every
# name would be cut around them.
PIECE = 1.0
SHORT_PIECE = 1.8
UNKNOWN_PER_CHAR = 0.6

# words of elections and campaigns the root-word list lacks (it has no acronyms)
ELECTION_WORDS = frozenset(
    "dpd dpr dprd dki kpu kpud bawaslu dkpp caleg capres cawapres cagub cabup cawalkot paslon pilkada pilpres "
    "pileg pemilu tps dapil timses relawan koalisi nomor urut coblos contreng jilid periode golkar gerindra "
    "nasdem pks pkb ppp pan pdi perindo hanura psi demokrat garuda buruh ummat gelora pbb pkn sulteng sulut "
    "sulsel sultra sulbar kaltim kalbar kalsel kalteng kaltara jatim jateng jabar diy ntb ntt".split())

_RUN = prefiltered(r"[A-Za-z0-9]{%d,}" % MIN_RUN)


@lru_cache(maxsize=50_000)
def _known(word: str) -> bool:
    if word in ELECTION_WORDS or word in indonesian_words():
        return True
    return len(word) >= 5 and stem(word) in indonesian_words() and stem(word) != word


def _split(run: str) -> list[str]:
    low = run.lower()
    n = len(low)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - MAX_WORD), end):
            piece = low[start:end]
            if piece.isdigit():
                cost = PIECE
            elif _known(piece) and len(piece) >= 2:
                cost = PIECE if len(piece) > 3 else SHORT_PIECE
            else:
                cost = PIECE + UNKNOWN_PER_CHAR * len(piece)
            total = best[start][0] + cost
            if total < best[end][0]:
                best[end] = (total, start)
    cuts, end = [], n
    while end > 0:
        start = best[end][1]
        cuts.append(run[start:end])
        end = start
    return cuts[::-1]


def respace(text: str) -> str:
    """``text`` with each long run of letters split into words; everything else unchanged."""
    return _RUN.sub(lambda m: " ".join(_split(m.group(0))), text)
