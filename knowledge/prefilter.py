"""A cheap necessary condition in front of the guard's large regular expressions.

The guard's patterns are alternations of hundreds of phrases; Python's ``re`` tries
every branch at every position, which costs about half a millisecond per pattern on a
300-character story. Most branches start with a literal word ("abaikan", "quick
count", "[system"), so a match is only possible when one of those words is in the
text. :func:`prefiltered` reads the pattern's own syntax tree and, for each branch,
picks the most selective literal part every match of it must contain ("developer"
rather than "saya" in "saya adalah developer bot"); when none of those is in the text,
the search is skipped. The answer is the same as the pattern's, only sooner. A
pattern with a branch that has no literal part it must contain is searched as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # Python 3.11+
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse  # type: ignore[no-redef]

_ZERO_WIDTH = {sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT}


def _required(items) -> set[str] | None:
    """A set of literals one of which every match of ``items`` contains; the most selective
    one found (the longest shortest literal), None when no part of ``items`` is sure to be
    literal. Optional parts (``?``, ``*``, ``{0,n}``) and zero-width ones are skipped."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for op, arg in items:
        if op is sre_parse.LITERAL:
            run.append(chr(arg))
            continue
        close_run()
        found = None
        if op is sre_parse.SUBPATTERN:
            if (arg[1] | arg[2]) & re.I:
                return None  # "(?i:…)" changes case rules inside: keep it simple
            found = _required(arg[-1])
        elif op is sre_parse.BRANCH:
            union: set[str] = set()
            for alternative in arg[1]:
                part = _required(alternative)
                if part is None:
                    union = None
                    break
                union |= part
            found = union
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and arg[0] >= 1:
            found = _required(arg[2])
        elif op is sre_parse.IN and all(o is sre_parse.LITERAL for o, _ in arg):
            found = {chr(a) for _, a in arg}
        if found:
            candidates.append(found)
    close_run()
    candidates = [c for c in candidates if all(c)]
    if not candidates:
        return None
    return min(candidates, key=_cost)


# Words in more than 2 % of the knowledge base's phrasings (2026-12-02): a prefilter on them
# lets almost every question through, so a rarer part of the same branch is preferred. Any
# choice gives the same answers; this one only decides how often the search is skipped.
_COMMON = frozenset("""
acara ada aku akun aman anggota apa apakah asn atasan atau bakal bareng baru bawaslu bikin bilang bisa blh
boleh bolehkah buat bukan bupati cabup cagub caleg calon capres cuma dan dari datang dengan desa di dia
dilarang dinas dprd dukung dukungan foto ga gak gk gmn grup gubernur guru hari harus ig ikut ini itu jadi
jd juga kami kampanye kan kantor karena ke kecamatan keluarga kena kepala kpu lagi like masa masih masuk
mau melanggar min minta netral netralitas nomor nyoblos oleh ora pakai pake partai pas paslon pemilu
pilkada pns politik postingan pppk pribadi relawan resmi rumah salah sama sanksi satu saya sebagai sendiri
share siapa soal spanduk sudah sy tanpa tapi tetap tetep tidak tim timses tps untuk wa warga yang yg
""".split())


def _cost(literals: set[str]) -> tuple[int, int, int]:
    """How often a set of literals is likely in a question: common or short ones count."""
    common = sum(1 for x in literals if x.strip().lower() in _COMMON or len(x.strip()) <= 3)
    return common, -min(len(x) for x in literals), len(literals)


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The literals (case-folded for case-insensitive patterns) one of which every match
    contains; None when the pattern has a branch with no literal part it must contain."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    found = _required(list(tree))
    if not found:
        return None
    fold = bool(pattern.flags & re.I)
    return frozenset(s.casefold() if fold else s for s in found)


class Prefiltered:
    """A compiled pattern that answers "no match" without searching when none of the
    literals a match needs is in the text; everything else is the pattern's own behaviour."""

    def __init__(self, pattern: re.Pattern[str], literals: frozenset[str]) -> None:
        self.pattern = pattern
        self.needles = literals
        self._fold = bool(pattern.flags & re.I)

    def may_match(self, text: str) -> bool:
        hay = text.casefold() if self._fold else text
        return any(n in hay for n in self.needles)

    def search(self, text: str, *args) -> re.Match[str] | None:
        return self.pattern.search(text, *args) if self.may_match(text) else None

    def match(self, text: str, *args) -> re.Match[str] | None:
        return self.pattern.match(text, *args) if self.may_match(text) else None

    def finditer(self, text: str, *args) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, *args) if self.may_match(text) else iter(())

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self.may_match(text) else text

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


def prefiltered(pattern: re.Pattern[str]) -> Prefiltered | re.Pattern[str]:
    """``pattern`` behind its literal prefilter, or unchanged when it has none."""
    literals = needles(pattern)
    return Prefiltered(pattern, literals) if literals is not None else pattern
