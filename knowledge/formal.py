"""Chat spelling written out in full, so the content check's patterns can read a status.

The content check's cues are written in standard Indonesian ("jangan lupa", "menang",
"tim pemenangan"), but a WhatsApp status is typed "jgn lpa", "mnang", "tim pmenangan".
:class:`Formaliser` gives the check one more reading of such a text: a chat
abbreviation (``data/chat_words.yaml``: "jgn", "tgl") or a word the lexicon lists as
slang or regional takes its standard form ("ulun" -> "saya"),
a word with its vowels dropped takes the one standard word with those consonants
("jgn" -> "jangan", "kmpung" -> "kampung"), and a word one typing slip away from a
standard word takes that word ("pmenangan" -> "pemenangan"). The standard words are
those of the knowledge base's questions and answers (written in standard Indonesian)
and of PySastrawi's dictionary. Capitalised names inside a sentence are left alone.

Only the content check uses it, as an extra reading: a text is never made *less*
campaign by it, since the check keeps the reading that finds campaign content.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from netralbot.knowledge import yamlfast
from netralbot.knowledge.prefilter import prefiltered
from netralbot.knowledge.respell import MAX_LEN, closest, starts_sentence
from netralbot.knowledge.text import Lexicon, indonesian_words, skeleton

_WORD = prefiltered(r"[A-Za-z]+")
_VOWELS = frozenset("aiueo")


@lru_cache(maxsize=1)
def chat_words() -> dict[str, str]:
    """The shipped list of chat abbreviations ("jgn", "tgl", "mnang") and their standard words."""
    path = resources.files("netralbot.knowledge").joinpath("data/chat_words.yaml")
    return {str(k): str(v) for k, v in (yamlfast.safe_load(path.read_text("utf-8")) or {}).items()}


class Formaliser:
    def __init__(self, standard_texts: Iterable[str], lex: Lexicon) -> None:
        self.lex = lex
        self.chat = chat_words()
        standard: set[str] = set()
        for text in standard_texts:
            standard.update(_WORD.findall(text.lower()))
        for full in (*lex.slang.values(), *self.chat.values()):
            standard.update(_WORD.findall(full))
        self.standard = frozenset(w for w in standard if len(w) >= 2)
        by_skeleton: dict[str, set[str]] = {}
        for w in self.standard:
            if len(w) >= 3:
                by_skeleton.setdefault(skeleton(w), set()).add(w)
        self._skeleton = {k: next(iter(v)) for k, v in by_skeleton.items() if len(v) == 1 and len(k) >= 2}
        self._by_first: dict[str, list[str]] = {}
        for w in sorted(self.standard - lex.stopwords):
            if len(w) >= 4:
                self._by_first.setdefault(w[0], []).append(w)
        self.word = lru_cache(maxsize=20_000)(self._word)

    def text(self, text: str) -> str:
        return _WORD.sub(lambda m: self._in_text(m, text), text)

    def _in_text(self, m: re.Match[str], text: str) -> str:
        w = m.group(0)
        if not w.islower() and (w.isupper() or not starts_sentence(text, m.start())):
            return w  # a name, a place, an acronym
        full = self.word(w.lower())
        return w if full == w.lower() else full

    def _word(self, w: str) -> str:
        full = self.chat.get(w) or self.lex.slang.get(w)
        if full:
            return full
        if len(w) < 2 or len(w) > MAX_LEN or w in self.standard or w in indonesian_words():
            return w
        if not any(c in _VOWELS for c in w[1:-1]):  # no vowel inside: "pncblsn", "kmpny"
            found = self._skeleton.get(skeleton(w))
            if found is not None:
                return found
        if len(w) >= 4:
            return self._nearest(w) or w
        return w

    def _nearest(self, w: str) -> str | None:
        best = closest(w, self._by_first.get(w[0], ()))
        return best[0] if len(best) == 1 else None  # nothing close, or two words equally close

