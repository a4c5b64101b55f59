"""Matching a text against the election registry, for the content check: parties,
candidates (names, running mates, nicknames) and slogans by their words, official accounts
by their handles.

Kept apart from the classifier because it follows the registry's shape, not the ways content
campaigns; the index it builds is kept on the Registry object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netralbot.knowledge.registry import Registry

_WORD = re.compile(r"#?[^\W_]+(?:[-'][^\W_]+)*", re.U)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass
class _Matchers:
    """Registry names indexed by their first word, so matching a text costs one dictionary
    lookup per word however many candidates a region has. Built once per Registry object
    (kept on it: ``registry.load`` returns the same object until the registry changes)."""

    by_first: dict[str, list[tuple[tuple[str, ...], bool, str, str]]]  # word -> (words, exact case, type, match)
    sites: list[tuple[re.Pattern, str]]


def _matchers(reg: Registry, common_words: frozenset[str]) -> _Matchers:
    if isinstance(reg.index, _Matchers):
        return reg.index
    by_first: dict[str, list[tuple[tuple[str, ...], bool, str, str]]] = {}

    def add(name: str, kind: str, what: str, exact: bool = False) -> None:
        words = tuple(w if exact else w.lower() for w in _words(name))
        if words:
            by_first.setdefault(words[0].lower(), []).append((words, exact, kind, what))

    for p in reg.parties:
        what = f"{p.name} (nomor urut {p.number}{', partai lokal Aceh' if p.scope == 'aceh' else ''})"
        add(p.name, "party", what)
        for a in p.abbreviations:
            if a.lower() in common_words or len(a) <= 3:
                # "Buruh", "Garuda", "PA", "PAN": ordinary words too, so only after "partai" or as
                # the party writes it in capitals
                add(f"partai {a}", "party", what)
                if len(a) >= 3 and a.isupper():
                    add(a, "party", what, exact=True)
            else:
                add(a, "party", what)
    for c in reg.candidates:
        what = f"calon nomor {c.number} ({c.office}, {c.region}, {c.election})"
        for name in (c.name, c.running_mate, *c.nicknames):
            if not name or len(name) < 4:
                continue
            if name.lower() in common_words or (name.isupper() and len(name) <= 5):
                if name.isupper():  # "PAGI", "AMIN": only as the campaign writes them
                    add(name, "candidate", what, exact=True)
            else:
                add(name, "candidate", what)
    for sl in reg.slogans:
        target = sl.candidate or sl.party
        add(sl.text, "slogan", "slogan kampanye" + (f" ({target})" if target else ""))
    sites = []
    for acc in reg.accounts:
        handle = acc.handle.lstrip("@")
        if len(handle) >= 4:
            sites.append((re.compile(rf"(?<![\w.]){re.escape(handle)}(?!\w)", re.I),
                          f"akun/laman resmi {acc.body} ({acc.kind})"))
    reg.index = _Matchers(by_first, sites)
    return reg.index


def _registry_hits(text: str, m: _Matchers) -> list[tuple[str, str, str]]:
    words = _words(text)
    lower = [w.lower() for w in words]
    hits = []
    for i, w in enumerate(lower):
        for pattern, exact, kind, what in m.by_first.get(w, ()):
            span = (words if exact else lower)[i:i + len(pattern)]
            if tuple(span) == pattern:
                hits.append((kind, " ".join(words[i:i + len(pattern)]), what))
    for pattern, what in m.sites:
        hits += [("official-site", x.group(0), what) for x in pattern.finditer(text)]
    return hits
