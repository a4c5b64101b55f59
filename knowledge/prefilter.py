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

Nothing is compiled or analysed when a module is imported: a pattern is compiled the
first time a text has the words it needs (each branch on its own), and its analysis is
read from ``data/prefilter.json``, written by ``python -m netralbot.knowledge.prefilter``
(a pattern missing from it is analysed on first use). A one-off ``netralbot ask`` then
compiles the few branches its question can reach, not the thousands of phrases in the
guard and the frame.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import ahocorasick

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
        prefix = "".join(run)
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
            if prefix:  # the parser factors a shared start out ("izin|ijin" -> "i" + "zin|jin"): put it back
                candidates.append({prefix + _lead(alternative) for alternative in arg[1]})
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


def _lead(items) -> str:
    """The literal characters an alternative starts with ("" when it starts otherwise)."""
    out = []
    for op, arg in items:
        if op is not sre_parse.LITERAL:
            break
        out.append(chr(arg))
    return "".join(out)


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
    """How often a set of literals is likely in a question: a letter or two almost always
    is, a common or three-letter word often."""
    common = sum(4 if len(x.strip()) <= 1 else 2 if len(x.strip()) == 2 else
                 1 if x.strip().lower() in _COMMON or len(x.strip()) == 3 else 0 for x in literals)
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


@lru_cache(maxsize=64)  # each text is asked about by hundreds of patterns, a question makes a few dozen texts
def _folded(text: str) -> str:
    """``text`` case-folded as both ``str.casefold`` and ``re``'s per-character rule see it:
    "İ".casefold() is "i" plus a combining dot, while ``re.I`` matches "İ" with plain "i"."""
    folded = text.casefold()
    if text.isascii():
        return folded
    return folded + "\n" + "".join(c.lower()[:1] for c in text).casefold()


@lru_cache(maxsize=1)
def _automaton():
    """One Aho-Corasick automaton of every needle of three characters or more in the shipped
    table: a text's needles are found in one pass for all patterns, not looked for pattern by
    pattern (a pattern whose needles are not all in it looks for them itself)."""
    automaton = ahocorasick.Automaton()
    for a in _table().values():
        for group in (a["n"] or [], *(b or [] for b in a["b"])):
            for n in group:
                if len(n) >= 3 and n not in automaton:
                    automaton.add_word(n, n)
    if len(automaton):
        automaton.make_automaton()
    return automaton


@lru_cache(maxsize=256)  # each text is asked about by hundreds of patterns, a question makes a few dozen texts
def _probe(text: str, fold: bool) -> tuple[str, frozenset[str]]:
    """``text`` as a pattern reads it (case-folded or not) and the automaton's needles in it."""
    hay = _folded(text) if fold else text
    automaton = _automaton()
    return hay, (frozenset(n for _, n in automaton.iter(hay)) if len(automaton) else frozenset())


_GLOBAL_FLAGS = re.compile(r"\s*\(\?[aiLmsux]+\)")
TABLE = Path(__file__).with_name("data") / "prefilter.json"


def _key(source: str, flags: int) -> str:
    return hashlib.blake2b(f"{flags}\0{source}".encode(), digest_size=10).hexdigest()


def analyse(source: str, flags: int) -> dict:
    """What the prefilter needs to know of a pattern, as plain data: ``f`` its flags with any
    global inline flag ("(?i)…"), ``n`` the literals one of which every match contains (None:
    some match needs none), ``b`` each top-level branch's (empty: not split) and ``m`` each
    branch's up to two further literal sets (see :func:`_more_needles`)."""
    branches: list[frozenset[str] | None] = []
    parts = top_level_branches(source)
    # a global inline flag belongs to the whole, and a verbose pattern's comments may hold "|"
    inline = _GLOBAL_FLAGS.match(source)
    effective = sre_parse.parse(source, flags).state.flags & ~re.U if inline else flags
    if len(parts) > 1 and not inline and not flags & re.X:
        try:
            branches = [_needles_of(part, flags) for part in parts]
        except re.error:  # e.g. a back-reference to another branch's group
            branches = []
    if branches:  # the whole pattern's literals are its branches' (one of them must match)
        literals = None if any(n is None for n in branches) else frozenset().union(*branches)
        if literals is None and all(n is None for n in branches):
            branches = []
    else:
        literals = _needles_of(source, effective)
    more = [_more_needles(part, flags, need) for part, need in zip(parts, branches)]
    as_list = lambda s: None if s is None else sorted(s)  # noqa: E731
    return {"f": effective, "n": as_list(literals), "b": [as_list(n) for n in branches],
            "m": [[sorted(x) for x in sets] for sets in more]}


@lru_cache(maxsize=1)
def _table() -> dict[str, dict]:
    """The shipped analyses (an unreadable or missing table is only slower, never wrong:
    each pattern not found in it is analysed when first used)."""
    try:
        return json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def analysis(source: str, flags: int) -> dict:
    """:func:`analyse`, from the shipped table when it has this pattern."""
    return _table().get(_key(source, flags)) or analyse(source, flags)


class _BranchMatch:
    """The match of one kept branch, standing for the whole pattern's: its span and
    ``group(0)`` are the same. Any other group is read from the whole pattern's match at the
    same place (numbered groups run across all branches), compiled only if asked for."""

    __slots__ = ("_m", "_owner", "_endpos", "_whole")

    def __init__(self, m: re.Match[str], owner: "Prefiltered", endpos: int) -> None:
        self._m, self._owner, self._endpos, self._whole = m, owner, endpos, None

    def _full(self) -> re.Match[str]:
        if self._whole is None:
            self._whole = self._owner.compiled.match(self._m.string, self._m.start(), self._endpos)
        return self._whole

    def group(self, *groups):
        return self._m.group(0) if groups in ((), (0,)) else self._full().group(*groups)

    def __getitem__(self, g):
        return self.group(g)

    def start(self, group=0) -> int:
        return self._m.start() if group == 0 else self._full().start(group)

    def end(self, group=0) -> int:
        return self._m.end() if group == 0 else self._full().end(group)

    def span(self, group=0) -> tuple[int, int]:
        return self._m.span() if group == 0 else self._full().span(group)

    @property
    def string(self) -> str:
        return self._m.string

    def __getattr__(self, name: str):  # groups(), groupdict(), lastindex, re, pos, …
        return getattr(self._full(), name)

    def __repr__(self) -> str:
        return repr(self._full())


class Prefiltered:
    """A pattern that answers "no match" without searching when none of the literals a
    match needs is in the text; everything else is the pattern's own behaviour. Like
    ``re.Pattern``, ``pattern`` is its source and ``flags`` its flags; ``compiled`` is the
    compiled whole (compiled when first needed).

    A pattern made of top-level branches ("a|b|c") is also cut down per text: only the
    branches whose literals are present (and those with none) are searched, each on its own
    (compiled once, when first needed). The branches left out cannot match anywhere in that
    text, and the leftmost match of the kept ones, the earlier branch on a tie, is the
    alternation's. ``finditer`` and ``sub`` use the whole pattern."""

    def __init__(self, source: str, flags: int = 0, compiled: re.Pattern[str] | None = None) -> None:
        self.pattern = source
        self.flags = flags & ~re.U
        self._whole = compiled
        self._parts: list[str] | None = None
        self._ready = False

    def _prepare(self) -> None:
        """Read the analysis and index the needles (on first use, not on import)."""
        a = analysis(self.pattern, self.flags)
        self._fold = bool(a["f"] & re.I)
        self._needles = None if a["n"] is None else frozenset(a["n"])
        self._branch_needles = [None if n is None else frozenset(n) for n in a["b"]]
        self._branches: list[re.Pattern[str] | None] = [None] * len(a["b"])
        # each needle with the branches it lets through, as bits; branches without one always pass
        masks: dict[str, int] = {}
        self._always = 0
        for i, need in enumerate(self._branch_needles):
            if need is None:
                self._always |= 1 << i
            for n in need or ():
                masks[n] = masks.get(n, 0) | 1 << i
        if not self._branch_needles and self._needles is not None:
            masks = {n: 1 for n in self._needles}
        # needles of three characters or more are found by the automaton (see ``_automaton``), shorter ones
        # looked for one by one, as are the needles of a pattern the automaton was not built with
        self._short = tuple((n, bits) for n, bits in masks.items() if len(n) < 3)
        self._masks = {n: bits for n, bits in masks.items() if len(n) >= 3}
        indexed = all(n in _automaton() for n in self._masks)
        self._indexed = frozenset(self._masks) if indexed else None
        self._loose = () if indexed else tuple(self._masks.items())
        self._all = (1 << len(self._branches)) - 1 if self._branches else 1  # "search the pattern whole"
        self._unfiltered = not self._branches and self._needles is None
        # a branch's other required literal sets, checked only when its first one let it through
        self._more = tuple((1 << i, tuple(frozenset(x) for x in sets)) for i, sets in enumerate(a["m"]) if sets)
        self._ready = True

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._whole is None:
            self._whole = re.compile(self.pattern, self.flags)
        return self._whole

    @property
    def needles(self) -> frozenset[str] | None:
        """The literals one of which every match contains (None: some match needs none)."""
        if not self._ready:
            self._prepare()
        return self._needles

    @property
    def branches(self) -> list[tuple[str, frozenset[str] | None]]:
        """The top-level branches with the literals each needs (empty when not split)."""
        if not self._ready:
            self._prepare()
        return list(zip(self._sources(), self._branch_needles)) if self._branches else []

    def _sources(self) -> list[str]:
        if self._parts is None:
            self._parts = top_level_branches(self.pattern)
        return self._parts

    def may_match(self, text: str) -> bool:
        return self._kept(text) != 0

    def _kept(self, text: str) -> int:
        """The branches that may match ``text`` as bits (0: none; all bits: search it whole)."""
        if not self._ready:
            self._prepare()
        if self._unfiltered:
            return self._all
        hay, present = _probe(text, self._fold)
        kept = self._always  # (the branches' needles are the pattern's: no need to check those first)
        for n, bits in self._short:
            if n in hay:
                kept |= bits
        indexed = self._indexed
        if indexed is not None:
            if not indexed.isdisjoint(present):  # (most texts have none of a pattern's needles)
                for n in indexed & present:
                    kept |= self._masks[n]
        else:
            for n, bits in self._loose:
                if n in hay:
                    kept |= bits
        if not kept:
            return 0
        for bit, sets in self._more:
            if kept & bit and not all(any(n in hay for n in s) for s in sets):
                kept &= ~bit
        return kept

    def _branch(self, i: int) -> re.Pattern[str]:
        p = self._branches[i]
        if p is None:
            try:
                p = re.compile(self._sources()[i], self.flags)
            except re.error:  # a branch that only compiles in its context: search the pattern whole
                p = self.compiled
            self._branches[i] = p
        return p

    def _each(self, kept: int) -> Iterator[tuple[int, re.Pattern[str]]]:
        i = 0
        while kept:
            if kept & 1:
                yield i, self._branch(i)
            kept >>= 1
            i += 1

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        kept = self._kept(text)
        if not kept:
            return None
        if kept == self._all:
            return (self._whole or self.compiled).search(text, pos, endpos)
        if not kept & (kept - 1):  # one branch left (the usual case): its match is the leftmost
            best = self._branch(kept.bit_length() - 1).search(text, pos, endpos)
        else:
            best = None
            for _, branch in self._each(kept):
                m = branch.search(text, pos, endpos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
        return best if best is None or best.re is self._whole else _BranchMatch(best, self, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        kept = self._kept(text)
        if not kept:
            return None
        if kept == self._all:
            return self.compiled.match(text, pos, endpos)
        for _, branch in self._each(kept):
            m = branch.match(text, pos, endpos)
            if m is not None:
                return m if m.re is self._whole else _BranchMatch(m, self, endpos)
        return None

    def finditer(self, text: str, *args) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *args) if self._kept(text) else iter(())

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self._kept(text) else text

    def __getattr__(self, name: str):  # fullmatch, findall, split, groups, …: the whole pattern's
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"prefiltered({self.pattern[:60]!r}…, {self.flags})"


def prefiltered(pattern: str | re.Pattern[str], flags: int = 0) -> Prefiltered:
    """``pattern`` (a source with its flags, or a compiled pattern) behind its literal
    prefilter; a pattern with nothing to skip is only compiled lazily."""
    if isinstance(pattern, re.Pattern):
        return Prefiltered(pattern.pattern, pattern.flags, pattern)
    return Prefiltered(pattern, flags)


def instances(modules) -> list[Prefiltered]:
    """The prefiltered patterns the modules define at their top level (each once)."""
    return list({id(v): v for m in modules for v in vars(m).values() if isinstance(v, Prefiltered)}.values())


def compile_all() -> int:
    """Compile every pattern of the knowledge package now, whole and branch by branch (about
    a second): a server does it at start, so that no one's question waits for a compile."""
    patterns = instances(_modules())
    for p in patterns:
        p.compiled  # noqa: B018 - compiled on access
        for i in range(len(p.branches)):
            p._branch(i)
    return len(patterns)


def _modules():
    import importlib
    import pkgutil

    import netralbot.knowledge as package
    return [importlib.import_module(f"{package.__name__}.{m.name}") for m in pkgutil.iter_modules(package.__path__)]


def write_table(path: Path = TABLE) -> int:
    """Analyse every prefiltered pattern of the knowledge package and ship the table."""
    table = {_key(p.pattern, p.flags): analyse(p.pattern, p.flags) for p in instances(_modules())}
    path.write_text(json.dumps(table, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return len(table)


if __name__ == "__main__":  # run as a script this module is "__main__": use the package's own
    from netralbot.knowledge import prefilter
    print(f"{prefilter.write_table()} patterns analysed -> {prefilter.TABLE}")
