"""Put chat typos back to words the knowledge base knows, before a question is normalised.

The lexicon corrects *normalised* tokens, but a typo inside an inflected word
("ditetapakn", "pencoblosna", "isinnya") defeats the stemmer first, and what is left
is too far from any root to be corrected. This pass works on the raw words
instead: a word that is neither Indonesian (PySastrawi's dictionary, directly or
through its stem), nor in the lexicon, nor used anywhere in the knowledge base is
replaced by the knowledge-base word it is one typing slip away from (an extra,
missing, doubled, swapped or wrong letter; two slips for long words), or by the one
word whose consonants it spells ("pncblsn" -> "pencoblosan").

A correction is made only when it is unambiguous: when two known words are
equally close and normalise differently, the typo is left alone. Known words are
never touched, so the index (built from the knowledge base's own words) is the
same with or without this pass.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from netralbot.knowledge.prefilter import prefiltered
from netralbot.knowledge.text import Lexicon, colloquial_bases, indonesian_words, skeleton, stem, tokens

_WORD = prefiltered(r"[A-Za-z]+")
MIN_LEN = 4  # "bt", "yg", "sy" are chat abbreviations the lexicon lists, not typos
MAX_LEN = 30  # longer runs of letters are not words anyone misspelt: left alone, never stemmed
LONG = 9  # from this length two slips are still one word ("pemenngan", "ditetapakn"); "template" is not "tempat"


class Respeller:
    def __init__(self, texts: Iterable[str], lex: Lexicon) -> None:
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(_WORD.findall(text.lower()))
        self.lex = lex
        lexicon_words = set(lex.slang) | set(lex.concepts) | lex.concept_tokens | lex.stopwords
        lexicon_words |= {w for phrase in lex.phrases for w in phrase}
        self.known = frozenset(counts) | frozenset(lexicon_words)
        targets = {w for w in self.known if w.isalpha() and len(w) >= MIN_LEN}
        self._by_first: dict[str, list[str]] = {}
        for w in sorted(targets):
            self._by_first.setdefault(w[0], []).append(w)
        by_skeleton: dict[str, set[str]] = {}
        for w in targets:
            by_skeleton.setdefault(skeleton(w), set()).add(w)
        self._skeleton = {k: v for k, v in by_skeleton.items() if len(k) >= 3}
        self.word = lru_cache(maxsize=20_000)(self._word)
        self.is_word = lru_cache(maxsize=20_000)(self._is_word)
        self._done: dict[str, str] = {}

    def text(self, text: str) -> str:
        """``text`` with unknown words corrected. A capitalised word inside a sentence is a
        name ("Bu Rina", "Pak Burhan"); at the start of one, phones capitalise any word, so it
        is read like the others. Words in capitals are names and places ("SEMARANG") unless
        the whole message is shouted; acronyms ("BKN", "KPPS") are always left alone."""
        done = self._done.get(text)
        if done is None:
            caps = shouted(text)
            done = _WORD.sub(lambda m: self._in_text(m, text, caps), text)
            if len(self._done) >= 64:  # (an answer reads its question twice: the guard's pass and the ranker's)
                self._done.clear()
            self._done[text] = done
        return done

    def widened(self, words: Iterable[str]) -> Respeller:
        """This speller with ``words`` known too (and put back to), without reading the
        knowledge base's texts again."""
        return Respeller([" ".join(sorted({w for w in self.known if w.isalpha()} | set(words)))], self.lex)

    def leaves_unknown(self, text: str) -> bool:
        """Whether ``text`` holds a word this speller neither knows nor can put right (a typo
        of a word outside its vocabulary: only then can a larger vocabulary read it)."""
        return any(MIN_LEN <= len(w) <= MAX_LEN and not self.is_word(w) and self.word(w) == w
                   for w in (m.group(0).lower() for m in _WORD.finditer(text)))

    def _in_text(self, m: re.Match[str], text: str, caps: bool) -> str:
        w = m.group(0)
        if w.isupper() and len(w) > 1:
            if not caps or len(w) <= 5:
                return w
        elif not w.islower() and not starts_sentence(text, m.start()):
            return w
        fixed = self.word(w.lower())
        return w if fixed == w.lower() else fixed

    def _is_word(self, w: str) -> bool:
        """Known, Indonesian, or a Jakarta-style form of an Indonesian word ("buatin",
        "nyimak", "diperintahin"): those are words, not typos, even if no entry uses them."""
        if w in self.known:
            return True
        dictionary = indonesian_words()
        forms = {w}
        if w.endswith("in") and len(w) > 5:
            forms.add(w[:-2])
        for f in list(forms):
            forms.update(colloquial_bases(f))
            if f.startswith("di") and len(f) > 5:
                forms.add(f[2:])
        return any(f in dictionary or stem(f) in dictionary for f in forms)

    def _word(self, w: str) -> str:
        if not MIN_LEN <= len(w) <= MAX_LEN or self.is_word(w):
            return w
        near = self._nearest(w)
        if near is not None:
            return near
        return self._same_skeleton(w) or w

    def _nearest(self, w: str) -> str | None:
        """The one known word (up to normalisation) one slip away, two for long words."""
        return self._unambiguous(closest(w, self._by_first.get(w[0], ())))

    def _same_skeleton(self, w: str) -> str | None:
        """Vowels dropped: "pncblsn", "mnng", "kmpnye", and "kndraan" (some kept, in order).
        A word with vowels left inside must be the word with only vowels taken out ("dress" is
        not "diurus": its "e" is not where "diurus" has a vowel)."""
        words = sorted(self._skeleton.get(skeleton(w), ()))
        if any(c in _VOWELS for c in w[1:-1]):
            words = [x for x in words if _vowels_dropped(w, x)]
        return self._unambiguous(words) if words else None

    def _unambiguous(self, words: list[str]) -> str | None:
        """The word when all candidates mean the same; never a stopword or a negator ("enggal",
        Javanese for "soon", is not "engga"): those carry no topic and could flip a negation."""
        forms = {tuple(tokens(x, self.lex)) for x in words}
        if len(forms) != 1 or () in forms:
            return None
        return words[0]


KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_ROW_OF = {c: (r, i) for r, row in enumerate(KEYBOARD_ROWS) for i, c in enumerate(row)}
_VOWELS = frozenset("aiueo")


def _vowels_dropped(typed: str, word: str) -> bool:
    """``typed`` is ``word`` with some of its vowels left out, nothing else changed."""
    i = 0
    for c in word:
        if i < len(typed) and typed[i] == c:
            i += 1
        elif c not in _VOWELS:
            return False
    return i == len(typed) and len(typed) < len(word)


def _near_keys(a: str, b: str) -> bool:
    """A slip of the finger (neighbouring keys) or of the ear ("sempet" for "sempat")."""
    if a in _VOWELS and b in _VOWELS:
        return True
    (ra, ia), (rb, ib) = _ROW_OF.get(a, (9, 0)), _ROW_OF.get(b, (9, 0))
    return abs(ra - rb) <= 1 and abs(ia - ib) <= 1 and ra < 9


def closest(typed: str, words: Sequence[str]) -> list[str]:
    """The words of ``words`` fewest slips away from ``typed``: one slip, two for words of
    ``LONG`` letters or more; empty when none is that close."""
    limit = 2 if len(typed) >= LONG else 1
    hits = process.extract(typed, words, scorer=OSA.distance, score_cutoff=limit, limit=8)
    costs = [(slips(typed, h), h) for h, _, _ in hits]
    best = min((c for c, _ in costs), default=limit + 1)
    return [h for c, h in costs if c == best] if best <= limit else []


def slips(typed: str, word: str) -> int:
    """Typing slips from ``word`` to ``typed``: a letter added, dropped or swapped with its
    neighbour, or replaced by a neighbouring key or another vowel, count one; any other
    replacement counts two ("ranking" is not a slip for "ranting")."""
    n, m = len(typed), len(word)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            a, b = typed[i - 1], word[j - 1]
            sub = 0 if a == b else (1 if _near_keys(a, b) else 2)
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + sub)
            if i > 1 and j > 1 and a == word[j - 2] and typed[i - 2] == b:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[n][m]


def starts_sentence(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens a sentence (phones capitalise such words, so they are not names)."""
    before = text[max(0, at - 20):at].rstrip()
    return not before or before[-1] in ".!?\n"


def shouted(text: str, min_letters: int = 1) -> bool:
    """Written in capitals ("PPPKK BOLEH JADI ANGGOTA PARTAI GAK???"): four letters in five."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= min_letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
