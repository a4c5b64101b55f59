"""Find the FAQ entry a question asks about, with a calibrated confidence.

Two stages, both cheap:

1. *Retrieval*: the normalised question's tokens (typing slips fixed first, see
   :mod:`knowledge.respell`) score every entry by BM25 in memory, from postings built
   over the index's normalised phrasings, and bring back at most ``CANDIDATES`` entries.
2. *Scoring*: each candidate gets features computed in memory against all its
   phrasings — IDF-weighted token overlap (F1 with the best phrasing, coverage of
   the question by the entry's vocabulary and of its domain anchors) and RapidFuzz
   ``token_sort_ratio`` on the normalised strings (typos the lexicon missed) —
   plus its BM25 (computed here, relative to the best candidate). A conditional
   logit (softmax over the candidates) turns the features into a ranking score; a
   logistic calibration model turns the top candidate's score, margin, coverage,
   F1 and "has an election word" into the probability that it is the right entry.
   Both are fitted on the knowledge base itself (see :mod:`knowledge.calibration`).

`token_sort_ratio` rather than `WRatio`/`partial_ratio`: the partial scorers give
near-perfect scores to a two-word question inside any longer phrasing.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import sqlite_utils
from rapidfuzz import fuzz, process

from netralbot.knowledge.frame import (
    PASSIVE_ACTS, POLITICAL, Frame, adds_social_post, allowed_to_asn_so_to_them, as_serving_asn, boleh_at_risk, extract as extract_frame,
    fit as frame_fit, merged, relatives_side_only, side_denied_only, target_unnamed,
)
from netralbot.knowledge.frame import types as frame_types
from netralbot.knowledge.models import FaqEntry
from netralbot.knowledge.formal import Formaliser
from netralbot.knowledge.respell import Respeller
from netralbot.knowledge.store import index_norms, load_seen
from netralbot.knowledge.text import Lexicon, abbreviated, default_lexicon, skeleton, tagged_tokens, tokens

CANDIDATES = 20
CORE_CANDIDATES = 8  # ... and this many more for the act and its target alone (see Matcher.retrieve)
BM25_K1, BM25_B = 1.2, 0.75
FEATURES = ("f1", "coverage", "anchor_coverage", "fuzz", "bm25_rel", "frame")
FRAME_FIT = FEATURES.index("frame")


CALIB_FEATURES = ("top_score", "margin", "coverage", "f1", "in_domain", "verdict_mass", "frame")
MODEL_VERSION = 4  # bump when features change: stored models of older versions are refitted


@dataclass
class Model:
    """Weights of the ranking model and of the calibration model.

    Ranking orders candidates; calibration turns a candidate into P(its verdict is
    the right one): what the asker acts on. Close variants of one act (a like
    while the person is a bakal calon or a calon) share a verdict, so the
    softmax mass of the candidates that share it is a feature. Calibration sees not only the top score and its margin but the
    top candidate's absolute fit (coverage, F1) and whether the question has any
    election word, so a question about pensions or TPP that happens to have one
    clear BM25 winner still gets a low probability.
    """

    rank_w: tuple[float, ...] = (4.0, 3.0, 2.0, 2.0, 1.0, 1.0)
    rank_b: float = -7.0
    calib_w: tuple[float, ...] = (1.0, 0.5, 3.0, 2.0, 1.0, 2.0, 1.0)
    calib_b: float = -4.0
    version: int = MODEL_VERSION

    def to_dict(self) -> dict:
        return {"rank_w": list(self.rank_w), "rank_b": self.rank_b, "calib_w": list(self.calib_w),
                "calib_b": self.calib_b, "version": self.version}

    @classmethod
    def from_dict(cls, d: dict) -> Model | None:
        """None for a model stored by an older version (the caller refits)."""
        if d.get("version") != MODEL_VERSION:
            return None
        return cls(tuple(d["rank_w"]), d["rank_b"], tuple(d["calib_w"]), d["calib_b"])


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
    frame: Frame = field(default_factory=Frame)
    excluded: list[str] = field(default_factory=list)  # retrieved, but the frame contradicts them


def _sigmoid(x: float) -> float:
    if x < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


# the means that only say when ("di luar jam kerja", "pas cuti"), as opposed to with what
_TIME_MEANS = frozenset({"jam-kerja", "luar-jam-kerja"})
# "aturan ... berlaku ke saya?": the words of asking whether a rule applies, not of the act
# weak anchors that, with an act the frame names, make an election-conduct question; not who asks ("sy PNS,
# posting resep"), nor words any complaint or fine has ("lapor pungli ke mana", "denda tilang mobil dinas")
_LEANING = frozenset({"politik", "debat", "medsos", "disiplin", "luarjamkerja", "jamkerja", "akunpribadi", "akunpalsu", "menang"})
_PENALTY_WORDS = frozenset({"sanksi", "hukuman", "pidana", "pecat", "disiplin"})
_CORE_SLOTS = ("act", "target")
_RULE_WORDS = frozenset({"atur", "aturan", "laku", "berlaku", "netral", "netralitas"})


def _slot_words(q: list[str], by_first, slots: tuple[str, ...]) -> list[bool]:
    """Which words of ``q`` fill ``slots`` in the frame (a uniform or an office car is what the act is about, not
    when it happens: only the working-time means count as "means")."""
    marked = [False] * len(q)
    for i, t in enumerate(q):
        for pattern, slot, value in by_first.get(t, ()):
            if slot == "means" and value not in _TIME_MEANS:
                continue
            if slot in slots and tuple(q[i:i + len(pattern)]) == pattern:
                marked[i:i + len(pattern)] = [True] * len(pattern)
    return marked


def _without_slots(q: list[str], by_first, slots: tuple[str, ...]) -> list[str]:
    """``q`` without the words that fill ``slots`` in the frame ("luar jam kerja", "cpns")."""
    return [t for t, d in zip(q, _slot_words(q, by_first, slots)) if not d and t not in _RULE_WORDS]


def _only_slots(q: list[str], by_first, slots: tuple[str, ...]) -> list[str]:
    """The words of ``q`` that fill ``slots`` in the frame: what is done and to whom, without the story."""
    return [t for t, k in zip(q, _slot_words(q, by_first, slots)) if k]


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
        self.respeller = Respeller((t for e in entries for t in (e.question, *e.phrasings)), self.lex)
        self._formaliser: Formaliser | None = None
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
        # A word no entry uses says nothing about which entry is meant ("kakak ipar",
        # "blusukan"); weigh it like a typical word, not like the rarest one, or
        # every long, story-like question looks off-topic.
        self.unknown_idf = sorted(self.idf.values())[len(self.idf) // 2] if self.idf else 1.0
        self.vocab = sorted(self.idf)
        # Chat drops vowels ("kmpnye", "shre", "fllw"): a word's consonant skeleton finds
        # the vocabulary word it abbreviates, when exactly one word has that skeleton.
        by_skeleton: dict[str, set[str]] = {}
        for word in self.vocab:
            if word.isalpha() and len(word) >= 4:
                by_skeleton.setdefault(skeleton(word), set()).add(word)
        self._skeletons = {k: next(iter(v)) for k, v in by_skeleton.items() if len(v) == 1 and len(k) >= 3}
        self._lines = raw_phrasings
        self._phrasings: dict[str, list[Phrasing]] = {
            fid: [self._phrasing(ln) for ln in lines] for fid, lines in raw_phrasings.items()
        }
        # each phrasing with its words sorted once: ``token_sort_ratio`` is ``ratio`` of the sorted
        # words, so the query's sorted words are scored with ``ratio`` (the same figure, less work)
        self._texts = {fid: [_sorted_words(p.text) for p in phr] for fid, phr in self._phrasings.items()}
        # Term counts per entry for in-memory BM25 (FTS5 only retrieves): computing
        # it here lets calibration leave a phrasing out of its entry honestly.
        self._tf: dict[str, Counter[str]] = {
            fid: Counter(t for ln in lines for t in ln) for fid, lines in raw_phrasings.items()
        }
        self._avgdl = sum(sum(c.values()) for c in self._tf.values()) / max(1, len(self._tf))
        self._ids = list(self._tf)  # entry number -> faq_id, for the postings
        self._postings = self._build_postings()
        self._correct = lru_cache(maxsize=20_000)(self._correct_uncached)
        self._phrasing_frames: dict[str, Frame] = {
            fid: Frame({"act": acts, "target": targets}) for fid, (acts, targets) in load_seen(db).items()
        }

    # --- helpers ----------------------------------------------------------------

    def _w(self, t: str) -> float:
        return self.idf.get(t, self.unknown_idf)

    def _bm25(self, qs: frozenset[str], tf: Counter[str]) -> float:
        dl = sum(tf.values())
        norm = BM25_K1 * (1 - BM25_B + BM25_B * dl / (self._avgdl or 1.0))
        return sum(self._w(t) * tf[t] * (BM25_K1 + 1) / (tf[t] + norm) for t in qs if tf[t])

    def _build_postings(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """token -> (entry numbers, BM25 contribution): retrieval is a few vector additions."""
        by_token: dict[str, tuple[list[int], list[float]]] = {}
        for n, fid in enumerate(self._ids):
            tf = self._tf[fid]
            norm = BM25_K1 * (1 - BM25_B + BM25_B * sum(tf.values()) / (self._avgdl or 1.0))
            for t, c in tf.items():
                rows, contrib = by_token.setdefault(t, ([], []))
                rows.append(n)
                contrib.append(self._w(t) * c * (BM25_K1 + 1) / (c + norm))
        return {t: (np.asarray(r, dtype=np.intp), np.asarray(c)) for t, (r, c) in by_token.items()}

    def _bm25(self, q: list[str]) -> np.ndarray:
        scores = np.zeros(len(self._ids))
        for t in set(q):
            hit = self._postings.get(t)
            if hit is not None:
                scores[hit[0]] += hit[1]
        return scores

    @staticmethod
    def _best(scores: np.ndarray, limit: int) -> list[int]:
        found = np.flatnonzero(scores)
        if len(found) > limit:
            found = found[np.argpartition(-scores[found], limit - 1)[:limit]]
        return list(found)

    def retrieve(self, q: list[str], limit: int = CANDIDATES, core: list[str] | None = None) -> list[tuple[str, float]]:
        """The ``limit`` entries with the best BM25 for the query tokens (in memory: the
        matcher holds every entry's term counts already, and a few numpy additions beat an
        FTS5 query by a wide margin on long questions). ``core`` (the words of what is done and
        to whom) brings in the best entries for those words alone too: in a long story the
        other words can push the entry about the act itself out of the first ``limit``."""
        scores = self._bm25(q)
        found = set(self._best(scores, limit))
        if core and len(set(core)) < len(set(q)):
            found |= set(self._best(self._bm25(core), CORE_CANDIDATES))
        best = sorted(found, key=lambda n: (-scores[n], self._ids[n]))
        return [(self._ids[n], float(scores[n])) for n in best]

    def _phrasing(self, toks: list[str]) -> Phrasing:
        s = frozenset(toks)
        return Phrasing(s, " ".join(sorted(s)), sum(self._w(t) for t in s))

    def _correct_uncached(self, tok: str) -> str:
        """Map an unknown token to a close vocabulary word ("postingn" -> "posting")."""
        if tok in self.idf or len(tok) < 3 or not tok.isalpha():
            return tok
        short = abbreviated(tok)  # "kmpnye", "shre", not "nonton"
        if len(tok) < 5:  # too short for edit distance; an abbreviation may still match
            return self._skeletons.get(skeleton(tok), tok) if short else tok
        hit = process.extractOne(tok, self.vocab, scorer=fuzz.ratio, score_cutoff=86)
        if hit:
            return hit[0]
        return self._skeletons.get(skeleton(tok), tok) if short else tok

    @property
    def formaliser(self) -> Formaliser:
        """Chat spelling to standard words, for the content check (built on first use)."""
        if self._formaliser is None:
            self._formaliser = Formaliser((t for e in self.entries.values() for t in (e.question, e.answer)), self.lex)
        return self._formaliser

    def query_tokens(self, text: str) -> list[str]:
        return [self._correct(t) for t in tokens(self.respeller.text(text), self.lex)]

    def phrasing_frame(self, fid: str) -> Frame:
        """What an entry's question and phrasings assert, merged (computed once, when needed)."""
        if fid not in self._phrasing_frames:  # a database indexed before faq_seen existed
            e = self.entries[fid]
            self._phrasing_frames[fid] = merged(extract_frame(t, self.lex) for t in (e.question, *e.phrasings))
        return self._phrasing_frames[fid]

    def frame(self, text: str) -> Frame:
        text = self.respeller.text(text)
        return extract_frame(text, self.lex, correct=self._correct)

    def in_domain(self, q: list[str]) -> bool:
        """An election word, or two words that lean that way ("lapor" + "nip", "sanksi" + "pns")."""
        qs = set(q)
        weak = qs & self.lex.weak_anchors
        if "like" in weak and not weak & _PENALTY_WORDS:
            weak = weak - {"like"}  # "asn dilarang like postingan artis?": a like leans that way only when a penalty is asked
        return bool(qs & self.lex.anchors) or len(weak) >= 2

    # --- scoring ----------------------------------------------------------------

    def features(
        self,
        q: list[str],
        candidates: list[tuple[str, float]],
        exclude: tuple[str, int] | None = None,
        frame: Frame | None = None,
        excluded: list[str] | None = None,
    ) -> list[Scored]:
        """Feature vectors for candidates. ``exclude`` = (faq_id, phrasing index) to
        leave out, used when the model is fitted by leave-one-out. Candidates whose
        frame contradicts ``frame`` are dropped (and listed in ``excluded``)."""
        qs = frozenset(q)
        weight = {t: self._w(t) for t in qs}
        qw = sum(weight.values()) or 1.0
        anchors = qs & self.lex.anchors
        aw = sum(weight[t] for t in anchors)
        qtext = " ".join(sorted(qs))
        rows = []
        fits = {}
        for fid, bm25 in candidates:
            phr = self._phrasings.get(fid)
            if not phr:
                continue
            if frame is not None:
                entry = self.entries[fid]
                f = frame_fit(entry.frame, frame)
                if f.excluded and f.reason == "actor" and entry.verdict == "boleh" and allowed_to_asn_so_to_them(entry.frame, frame):
                    f = frame_fit(entry.frame, as_serving_asn(frame))
                # "boleh" is answered only for a situation the entry's frame positively recognises,
                # and neither "boleh" nor "hati-hati" when the question adds a risky act the entry
                # does not cover: the stricter neighbour that covers it should answer instead
                lenient = entry.verdict in ("boleh", "hati-hati")
                # an entry about a non-ASN relative is not at risk from what the relative does
                risk = frame.for_relatives_entry() if entry.frame and "bukan-asn" in entry.frame.actor else frame
                # (… and the side a relative works for is theirs: "Cuma suami sy ikut tim sukses caleg")
                if risk is not frame:
                    risk = relatives_side_only(entry.frame, frame) or risk
                if f.excluded or watched_only(entry, frame, self.phrasing_frame) or (entry.verdict == "boleh" and (
                        (f.match == 0.0 and not _manner_required_and_said(entry.frame, frame)) or target_unnamed(entry.frame, frame) or side_denied_only(entry.frame, frame)
                        or adds_social_post(entry.frame, risk, self.phrasing_frame(fid)))) or (
                        lenient and boleh_at_risk(entry.frame, risk)  # the phrasings only relax it
                        and boleh_at_risk(entry.frame, risk, self.phrasing_frame(fid))):
                    if excluded is not None:
                        excluded.append(fid)
                    continue
                fits[fid] = f.match
            texts = self._texts[fid]
            if exclude and exclude[0] == fid:
                phr = [p for i, p in enumerate(phr) if i != exclude[1]]
                texts = [_sorted_words(p.text) for p in phr]
                vocab = frozenset(t for p in phr for t in p.toks)
                bm25 = self._bm25(qs, self._tf[fid] - Counter(self._lines[fid][exclude[1]]))
            else:
                vocab = self._vocab_of[fid]  # and ``bm25`` is the retrieval's, the same formula
            rows.append((fid, phr, texts, vocab, bm25))
        best_bm25 = max((r[4] for r in rows), default=1.0) or 1.0
        out = []
        get = weight.__getitem__
        for fid, phr, texts, vocab, bm25 in rows:
            f1 = 0.0
            for p in phr:
                inter = sum(map(get, qs & p.toks))
                if inter:
                    f1 = max(f1, 2 * inter / (qw + p.weight))
            best = process.extractOne(qtext, texts, scorer=fuzz.ratio)  # (both sides' words sorted)
            fz = best[1] if best else 0.0
            cov = sum(map(get, qs & vocab)) / qw
            acov = (sum(map(get, anchors & vocab)) / aw) if aw else 1.0
            feats = (f1, cov, acov, fz / 100.0, bm25 / best_bm25, fits.get(fid, 0.0))  # order of FEATURES
            score = sum(w * x for w, x in zip(self.model.rank_w, feats)) + self.model.rank_b
            out.append(Scored(fid, feats, score))
        out.sort(key=lambda s: s.score, reverse=True)
        return out

    def calib_features(self, ranked: list[Scored], index: int, in_domain: bool) -> tuple[float, ...]:
        """Calibration inputs for ``ranked[index]`` (margin to the best other candidate)."""
        s = ranked[index]
        others = [r.score for i, r in enumerate(ranked[:index + 2]) if i != index]
        margin = s.score - max(others) if others else 5.0
        f1, cov = s.features[0], s.features[1]
        return (s.score, max(-5.0, min(margin, 5.0)), cov, f1, 1.0 if in_domain else 0.0,
                self.verdict_mass(ranked, index), s.features[FRAME_FIT])

    def verdict_mass(self, ranked: list[Scored], index: int) -> float:
        """Share of the ranking's softmax probability on candidates with the same verdict."""
        top = max(r.score for r in ranked)
        weights = [math.exp(r.score - top) for r in ranked]
        verdict = self.entries[ranked[index].faq_id].verdict
        same = sum(w for w, r in zip(weights, ranked) if self.entries[r.faq_id].verdict == verdict)
        return same / sum(weights)

    def probability(self, ranked: list[Scored], index: int, in_domain: bool) -> float:
        """Calibrated P(the verdict of ``ranked[index]`` is the right answer)."""
        if not ranked:
            return 0.0
        x = self.calib_features(ranked, index, in_domain)
        m = self.model
        return _sigmoid(sum(w * v for w, v in zip(m.calib_w, x)) + m.calib_b)

    def match(self, text: str, exclude: tuple[str, int] | None = None, drop_slots: tuple[str, ...] = ()) -> Match:
        """Rank the entries for ``text``. ``drop_slots`` leaves the words of those frame slots
        out of retrieval (not out of the frame): "masih CPNS, boleh like capres?" searched
        for the act alone."""
        text = self.respeller.text(text)
        tagged = tagged_tokens(text, self.lex)  # once: the tokens and the frame both come from it
        q = [self._correct(t) for t, _ in tagged]
        if drop_slots:
            q = _without_slots(q, frame_types(self.lex).by_first, drop_slots)
        frame = extract_frame(text, self.lex, correct=self._correct, tagged=tagged)
        # "nonton live debat di yt", "ngobrolin politik sm keluarga": a word that leans to elections and
        # a conduct the frame names place the question in the domain as two such words do
        # … and so does a conduct told of a candidate or a party the frame recognised ("sy jawab condong ke
        # nomor 2": the number is a candidate's, though no election word is in it)
        in_domain = self.in_domain(q) or bool(frame.get("act") and (set(q) & _LEANING or frame.get("target") & POLITICAL))
        if not q:
            return Match(q, in_domain, frame=frame)
        # (a sanction, steps or authority question is about its own entries: the act's would only crowd them)
        core = _only_slots(q, frame_types(self.lex).by_first, _CORE_SLOTS) if frame.question == "permission" else None
        cands = self.retrieve(q, core=core)
        excluded: list[str] = []
        ranked = self.features(q, cands, exclude, frame, excluded)
        return Match(q, in_domain, ranked, self.probability(ranked, 0, in_domain), frame, excluded)


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


def _manner_required_and_said(entry_frame, frame: Frame) -> bool:
    """ "boleh ikut ttd pakta integritas netralitas?": the question states the very manner an allowed entry
    requires (the pledge), which places it there even with none of the entry's acts or targets named."""
    return bool(entry_frame is not None and entry_frame.requires and set(entry_frame.requires) & frame.get("manner"))


def watched_only(entry: FaqEntry, frame: Frame, phrasing_frame) -> bool:
    """ "baca2 profil bakal calon di portal berita buat pertimbangan": the question's only act is
    reading or watching, and a prohibition whose acts (and phrasings) never name watching is
    about doing something else with the same thing (posting it, sharing it)."""
    acts = frame.get("act")
    if entry.verdict != "dilarang" or not acts or not acts <= PASSIVE_ACTS or entry.frame is None or not entry.frame.act:
        return False
    if frame.get("means") or frame.get("manner"):  # "pakai seragam dinas biar kelihatan rapi", words of support said
        return False
    return not (set(entry.frame.act) | phrasing_frame(entry.id).get("act")) & acts

