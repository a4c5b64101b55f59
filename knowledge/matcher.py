"""Find the FAQ entry a question asks about, with a calibrated confidence.

Two stages, both cheap:

1. *Retrieval*: the normalised question's tokens, each quoted, go to the SQLite
   FTS5 index (BM25) and bring back at most ``CANDIDATES`` entries.
2. *Scoring*: each candidate gets features computed in memory against all its
   phrasings — IDF-weighted token overlap (F1 with the best phrasing, coverage of
   the question by the entry's vocabulary and of its domain anchors) and RapidFuzz
   ``token_sort_ratio`` on the normalised strings (typos the lexicon missed) —
   plus its BM25 relative to the best. A logistic model turns the features into a
   score; a second one (Platt scaling over the top score and its margin) turns the
   top score into the probability that the answer is the right entry. Both are
   fitted on the knowledge base itself (see :mod:`knowledge.calibration`).

`token_sort_ratio` rather than `WRatio`/`partial_ratio`: the partial scorers give
near-perfect scores to a two-word question inside any longer phrasing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import sqlite_utils
from rapidfuzz import fuzz, process

from knowledge.models import FaqEntry
from knowledge.store import index_norms, search_candidates
from knowledge.text import Lexicon, default_lexicon, tokens

CANDIDATES = 20
FEATURES = ("f1", "coverage", "anchor_coverage", "fuzz", "bm25_rel")


@dataclass
class Model:
    """Weights of the ranking model and the top-1 calibration (Platt) model."""

    rank_w: tuple[float, ...] = (4.0, 3.0, 2.0, 2.0, 1.0)
    rank_b: float = -7.0
    calib_a: float = 1.2  # on the top score
    calib_m: float = 0.6  # on the margin to the runner-up
    calib_b: float = 0.0

    def to_dict(self) -> dict:
        return {"rank_w": list(self.rank_w), "rank_b": self.rank_b, "calib_a": self.calib_a,
                "calib_m": self.calib_m, "calib_b": self.calib_b}

    @classmethod
    def from_dict(cls, d: dict) -> Model:
        return cls(tuple(d["rank_w"]), d["rank_b"], d["calib_a"], d["calib_m"], d["calib_b"])


@dataclass(frozen=True)
class Phrasing:
    toks: frozenset[str]
    text: str
    weight: float


@dataclass
class Scored:
    faq_id: str
    features: tuple[float, ...]
    score: float  # ranking logit


@dataclass
class Match:
    tokens: list[str]
    in_domain: bool
    ranked: list[Scored] = field(default_factory=list)
    confidence: float = 0.0  # P(top candidate is the right entry)


def _sigmoid(x: float) -> float:
    if x < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


class Matcher:
    def __init__(
        self,
        db: sqlite_utils.Database,
        entries: list[FaqEntry],
        model: Model | None = None,
        lex: Lexicon | None = None,
    ) -> None:
        self.db = db
        self.lex = lex or default_lexicon()
        self.model = model or Model()
        self.entries = {e.id: e for e in entries}
        norms = index_norms(db)
        df: dict[str, int] = {}
        self._vocab_of: dict[str, frozenset[str]] = {}
        raw_phrasings: dict[str, list[list[str]]] = {}
        for fid in self.entries:
            lines = [ln.split() for ln in norms.get(fid, []) if ln.strip()]
            raw_phrasings[fid] = lines
            vocab = frozenset(t for ln in lines for t in ln)
            self._vocab_of[fid] = vocab
            for t in vocab:
                df[t] = df.get(t, 0) + 1
        n = max(1, len(self.entries))
        self.idf = {t: math.log(1.0 + n / d) for t, d in df.items()}
        self.unknown_idf = math.log(1.0 + n / 0.5)
        self.vocab = sorted(self.idf)
        self._phrasings: dict[str, list[Phrasing]] = {
            fid: [self._phrasing(ln) for ln in lines] for fid, lines in raw_phrasings.items()
        }
        self._correct = lru_cache(maxsize=20_000)(self._correct_uncached)

    # --- helpers ----------------------------------------------------------------

    def _w(self, t: str) -> float:
        return self.idf.get(t, self.unknown_idf)

    def _phrasing(self, toks: list[str]) -> Phrasing:
        s = frozenset(toks)
        return Phrasing(s, " ".join(sorted(s)), sum(self._w(t) for t in s))

    def _correct_uncached(self, tok: str) -> str:
        """Map an unknown token to a close vocabulary word ("postingn" -> "posting")."""
        if tok in self.idf or len(tok) < 5 or not tok.isalpha():
            return tok
        hit = process.extractOne(tok, self.vocab, scorer=fuzz.ratio, score_cutoff=86)
        return hit[0] if hit else tok

    def query_tokens(self, text: str) -> list[str]:
        return [self._correct(t) for t in tokens(text, self.lex)]

    # --- scoring ----------------------------------------------------------------

    def features(
        self,
        q: list[str],
        candidates: list[tuple[str, float]],
        exclude: tuple[str, int] | None = None,
    ) -> list[Scored]:
        """Feature vectors for candidates. ``exclude`` = (faq_id, phrasing index) to
        leave out, used when the model is fitted by leave-one-out."""
        qs = frozenset(q)
        qw = sum(self._w(t) for t in qs) or 1.0
        anchors = qs & self.lex.anchors
        aw = sum(self._w(t) for t in anchors)
        qtext = " ".join(sorted(qs))
        best_bm25 = max((b for _, b in candidates), default=1.0) or 1.0
        out = []
        for fid, bm25 in candidates:
            phr = self._phrasings.get(fid)
            if not phr:
                continue
            if exclude and exclude[0] == fid:
                phr = [p for i, p in enumerate(phr) if i != exclude[1]]
                vocab = frozenset(t for p in phr for t in p.toks)
            else:
                vocab = self._vocab_of[fid]
            f1 = 0.0
            fz = 0.0
            for p in phr:
                inter = sum(self._w(t) for t in qs & p.toks)
                if inter:
                    f1 = max(f1, 2 * inter / (qw + p.weight))
                fz = max(fz, fuzz.token_sort_ratio(qtext, p.text))
            cov = sum(self._w(t) for t in qs & vocab) / qw
            acov = (sum(self._w(t) for t in anchors & vocab) / aw) if aw else 1.0
            feats = (f1, cov, acov, fz / 100.0, bm25 / best_bm25)
            score = sum(w * x for w, x in zip(self.model.rank_w, feats)) + self.model.rank_b
            out.append(Scored(fid, feats, score))
        out.sort(key=lambda s: s.score, reverse=True)
        return out

    def confidence(self, ranked: list[Scored]) -> float:
        if not ranked:
            return 0.0
        top = ranked[0].score
        margin = top - ranked[1].score if len(ranked) > 1 else 5.0
        m = self.model
        return _sigmoid(m.calib_a * top + m.calib_m * min(margin, 5.0) + m.calib_b)

    def match(self, text: str, exclude: tuple[str, int] | None = None) -> Match:
        q = self.query_tokens(text)
        in_domain = bool(set(q) & self.lex.anchors)
        if not q:
            return Match(q, in_domain)
        cands = search_candidates(self.db, q, CANDIDATES)
        ranked = self.features(q, cands, exclude)
        return Match(q, in_domain, ranked, self.confidence(ranked))

    def probability(self, scored: Scored, runner_up: Scored | None) -> float:
        """Calibrated probability for any ranked candidate (used for suggestions)."""
        margin = scored.score - runner_up.score if runner_up else 5.0
        m = self.model
        return _sigmoid(m.calib_a * scored.score + m.calib_m * min(margin, 5.0) + m.calib_b)
