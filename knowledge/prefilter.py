"""A cheap necessary condition in front of the guard's large regular expressions.

The guard's patterns are alternations of hundreds of phrases; Python's ``re`` tries
every branch at every position, which costs about half a millisecond per pattern on a
300-character story. Most branches start with a literal word ("abaikan", "quick
count", "[system"), so a match is only possible when one of those words is in the
text. :func:`prefiltered` reads the pattern's own syntax tree and, for each branch,
picks the most selective literal part every match of it must contain ("developer"
rather than "saya" in "saya adalah developer bot"); when none of those is in the text,
the search is skipped. A branch let through by a common word is still skipped when
one of its rarer required parts is absent, and the needles are looked up by their first
three letters among the text's (computed once per text), not one by one. The answer is
the same as the pattern's, only sooner. A pattern with a branch that has no literal part
it must contain is searched as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

try:  # Python 3.11+
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse  # type: ignore[no-redef]

_ZERO_WIDTH = {sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT}


def _required(items) -> set[str] | None:
    """A set of literals one of which every match of ``items`` contains; the most selective
    one found (the longest shortest literal), None when no part of ``items`` is sure to be
    literal. Optional parts (``?``, ``*``, ``{0,n}``) and zero-width ones are skipped."""
    candidates = _candidates(items)
    return min(candidates, key=_cost) if candidates else None


def _candidates(items, flat: bool = False) -> list[set[str]]:
    """Sets of literals found in ``items`` one of which each match contains (each part in
    sequence gives one): a match contains a member of each of them. ``flat``: the parts of
    a group or of a repeat that occurs at least once give theirs too, not only their best."""
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
                return []  # "(?i:…)" changes case rules inside: keep it simple
            if flat:
                candidates.extend(_candidates(arg[-1], flat))
                continue
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
            if flat:
                candidates.extend(_candidates(arg[2], flat))
                continue
            found = _required(arg[2])
        elif op is sre_parse.IN and all(o is sre_parse.LITERAL for o, _ in arg):
            found = {chr(a) for _, a in arg}
        if found:
            candidates.append(found)
    close_run()
    return [c for c in candidates if all(c)]


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
    return _needles_of(pattern.pattern, pattern.flags)


def _needles_of(source: str, flags: int) -> frozenset[str] | None:
    """:func:`needles` of a pattern's source, parsed but not compiled (compiling each branch
    of the guard's patterns on import would double their start-up cost)."""
    found = _required(list(sre_parse.parse(source, flags)))
    if not found:
        return None
    fold = bool(flags & re.I)
    return frozenset(s.casefold() if fold else s for s in found)


def _more_needles(source: str, flags: int, first: frozenset[str] | None) -> tuple[frozenset[str], ...]:
    """Up to two more selective literal sets, besides ``first``, each of which a match of
    ``source`` must also hit: a branch kept for a common word ("apa") is still skipped when
    its rarer words are absent."""
    if first is None:
        return ()
    fold = bool(flags & re.I)
    found = []
    for c in sorted(_candidates(list(sre_parse.parse(source, flags)), flat=True), key=_cost):
        c = frozenset(x.casefold() if fold else x for x in c)
        implied = all(any(y in x for y in c) for x in first)  # hit whenever ``first`` is
        rare = all(len(x.strip()) >= 3 and x.strip().lower() not in _COMMON for x in c)
        if rare and not implied and c not in found:
            found.append(c)
    return tuple(found[:2])


def top_level_branches(source: str) -> list[str]:
    """``source`` split at its top-level ``|`` (outside groups, classes and escapes)."""
    parts, depth, in_class, i, begin = [], 0, False, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (source[i + 1:i + 2] == "^")
            i += source[i:i + 1] == "]"  # "[]…]" and "[^]…]": a leading "]" is a literal
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[begin:i])
            begin = i + 1
        i += 1
    parts.append(source[begin:])
    return parts


@lru_cache(maxsize=8)  # the guard asks about the same text for each of its patterns
def _folded(text: str) -> str:
    """``text`` case-folded as both ``str.casefold`` and ``re``'s per-character rule see it:
    "İ".casefold() is "i" plus a combining dot, while ``re.I`` matches "İ" with plain "i"."""
    folded = text.casefold()
    if text.isascii():
        return folded
    return folded + "\n" + "".join(c.lower()[:1] for c in text).casefold()


@lru_cache(maxsize=8)
def _trigrams(hay: str) -> frozenset[str]:
    """Every three-character slice of ``hay`` (a needle's first three must be one of them)."""
    return frozenset(hay[i:i + 3] for i in range(len(hay) - 2))


class Prefiltered:
    """A compiled pattern that answers "no match" without searching when none of the
    literals a match needs is in the text; everything else is the pattern's own behaviour.

    A pattern made of top-level branches ("a|b|c") is also cut down per text: only the
    branches whose literals are present (and those with none) are searched, each on its own
    (compiled once, when first needed). The branches left out cannot match anywhere in that
    text, and the leftmost match of the kept ones, the earlier branch on a tie, is the
    alternation's: its span and ``group(0)`` are the full pattern's; numbered groups other
    than 0 are not (no caller reads them). ``finditer`` and ``sub`` use the full pattern."""

    def __init__(self, pattern: re.Pattern[str], literals: frozenset[str] | None,
                 branches: list[tuple[str, frozenset[str] | None]] | None = None,
                 more: list[tuple[frozenset[str], ...]] | None = None) -> None:
        self.pattern = pattern
        self.needles = literals
        self.branches = branches or []
        self._fold = bool(pattern.flags & re.I)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self.branches)
        # each needle with the branches it lets through, as bits; branches without one always pass
        masks: dict[str, int] = {}
        self._always = 0
        for i, (_, need) in enumerate(self.branches):
            if need is None:
                self._always |= 1 << i
            for n in need or ():
                masks[n] = masks.get(n, 0) | 1 << i
        if not self.branches and literals is not None:
            masks = {n: 1 for n in literals}
        # needles of three characters or more are looked up by their first three: the text's
        # trigrams are computed once per text, so a pattern with two hundred needles checks
        # only the few whose start is in the text, not each of them
        self._short = tuple((n, b) for n, b in masks.items() if len(n) < 3)
        by_start: dict[str, list[tuple[str, int]]] = {}
        for n, b in masks.items():
            if len(n) >= 3:
                by_start.setdefault(n[:3], []).append((n, b))
        self._by_start = {k: tuple(v) for k, v in by_start.items()}
        self._starts = frozenset(by_start)
        self._all = (1 << len(self.branches)) - 1 if self.branches else 1  # "search the pattern whole"
        # a branch's other required literal sets, checked only when its first one let it through
        self._more = tuple((1 << i, sets) for i, sets in enumerate(more or ()) if sets)

    def may_match(self, text: str) -> bool:
        return self._kept(text) != 0

    def _kept(self, text: str) -> int:
        """The branches that may match ``text`` as bits (0: none; all bits: search it whole)."""
        hay = _folded(text) if self._fold else text
        if not self.branches and self.needles is None:
            return self._all
        kept = self._always  # (the branches' needles are the pattern's: no need to check those first)
        for n, bits in self._short:
            if n in hay:
                kept |= bits
        for start in self._starts & _trigrams(hay):
            for n, bits in self._by_start[start]:
                if n in hay:
                    kept |= bits
        for bit, sets in self._more:
            if kept & bit and not all(any(n in hay for n in s) for s in sets):
                kept &= ~bit
        return kept

    def _branch(self, i: int) -> re.Pattern[str]:
        p = self._compiled[i]
        if p is None:
            try:
                p = re.compile(self.branches[i][0], self.pattern.flags)
            except re.error:  # a branch that only compiles in its context: search the pattern whole
                p = self.pattern
            self._compiled[i] = p
        return p

    def _each(self, kept: int) -> Iterator[re.Pattern[str]]:
        i = 0
        while kept:
            if kept & 1:
                yield self._branch(i)
            kept >>= 1
            i += 1

    def search(self, text: str, *args) -> re.Match[str] | None:
        kept = self._kept(text)
        if not kept:
            return None
        if kept == self._all:
            return self.pattern.search(text, *args)
        best = None
        for branch in self._each(kept):
            m = branch.search(text, *args)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def match(self, text: str, *args) -> re.Match[str] | None:
        kept = self._kept(text)
        if not kept:
            return None
        if kept == self._all:
            return self.pattern.match(text, *args)
        return next((m for m in (b.match(text, *args) for b in self._each(kept)) if m is not None), None)

    def finditer(self, text: str, *args) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, *args) if self._kept(text) else iter(())

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self._kept(text) else text

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


_GLOBAL_FLAGS = re.compile(r"\s*\(\?[aiLmsux]+\)")


def prefiltered(pattern: re.Pattern[str]) -> Prefiltered | re.Pattern[str]:
    """``pattern`` behind its literal prefilter, or unchanged when nothing can be skipped."""
    branches: list[tuple[str, frozenset[str] | None]] = []
    parts = top_level_branches(pattern.pattern)
    # a global inline flag ("(?i)…") belongs to the whole, and a verbose pattern's comments may hold "|"
    splittable = not _GLOBAL_FLAGS.match(pattern.pattern) and not pattern.flags & re.X
    if len(parts) > 1 and splittable:
        for part in parts:
            try:
                branches.append((part, _needles_of(part, pattern.flags)))
            except re.error:  # e.g. a back-reference to another branch's group
                branches = []
                break
    if branches:  # the whole pattern's literals are its branches' (one of them must match)
        literals = (None if any(need is None for _, need in branches)
                    else frozenset().union(*(need for _, need in branches)))
        if literals is None and all(need is None for _, need in branches):
            branches = []
    else:
        literals = needles(pattern)
    if literals is None and not branches:
        return pattern
    more = [_more_needles(part, pattern.flags, need) for part, need in branches]
    return Prefiltered(pattern, literals, branches, more)
