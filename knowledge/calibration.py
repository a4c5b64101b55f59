"""Fit the matcher's two small logistic models on the knowledge base itself.

Leave-one-out: every phrasing of every entry is asked as a question with that
phrasing removed from its entry, so the model learns how a *new* wording of a
known question scores. Off-topic sentences from ``data/calibration_oos.yaml``
(HR questions, chit-chat; written for this purpose, not taken from the eval set)
teach it what an unanswerable question looks like. The evaluation set is never
used here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

import yaml

from knowledge.matcher import CANDIDATES, Matcher, Model
from knowledge.store import meta_get, meta_set, search_candidates


@dataclass
class CalibrationReport:
    queries: int
    top1_accuracy: float
    model: Model


def oos_sentences() -> list[str]:
    text = resources.files("knowledge").joinpath("data/calibration_oos.yaml").read_text("utf-8")
    return [str(s) for s in yaml.safe_load(text)]


def _fit_logistic(X, y, l2: float = 1.0, iters: int = 50):
    """Newton–Raphson for L2-regularised logistic regression; returns (w, b)."""
    import numpy as np

    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xb = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(Xb.shape[1])
    reg = np.eye(Xb.shape[1]) * l2
    reg[-1, -1] = 0.0  # no penalty on the intercept
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(Xb @ w, -30, 30)))
        grad = Xb.T @ (p - y) + reg @ w
        hess = (Xb * (p * (1 - p))[:, None]).T @ Xb + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return [float(v) for v in w[:-1]], float(w[-1])


def _queries(matcher: Matcher):
    """(question text, true faq_id or None, phrasing index to exclude)."""
    for e in matcher.entries.values():
        for i, text in enumerate((e.question, *e.phrasings)):
            yield text, e.id, i
    for text in oos_sentences():
        yield text, None, None


def fit(matcher: Matcher) -> CalibrationReport:
    samples = []
    for text, fid, idx in _queries(matcher):
        q = matcher.query_tokens(text)
        if not q:
            continue
        cands = search_candidates(matcher.db, q, CANDIDATES)
        samples.append((q, cands, fid, (fid, idx) if fid else None))

    rank_X, rank_y = [], []
    for q, cands, fid, excl in samples:
        for s in matcher.features(q, cands, excl):
            rank_X.append(s.features)
            rank_y.append(1 if s.faq_id == fid else 0)
    rank_w, rank_b = _fit_logistic(rank_X, rank_y)
    model = Model(tuple(rank_w), rank_b)
    matcher.model = model

    cal_X, cal_y, correct = [], [], 0
    for q, cands, fid, excl in samples:
        ranked = matcher.features(q, cands, excl)
        if not ranked:
            cal_X.append((-10.0, 0.0))
            cal_y.append(0)
            continue
        margin = ranked[0].score - ranked[1].score if len(ranked) > 1 else 5.0
        cal_X.append((ranked[0].score, min(margin, 5.0)))
        hit = ranked[0].faq_id == fid
        cal_y.append(1 if hit else 0)
        correct += hit and fid is not None
    (a, m), b = _fit_logistic(cal_X, cal_y, l2=0.1)
    model.calib_a, model.calib_m, model.calib_b = a, m, b
    in_scope = sum(1 for s in samples if s[2] is not None)
    return CalibrationReport(len(samples), correct / max(1, in_scope), model)


def save(db, model: Model) -> None:
    meta_set(db, "matcher_model", json.dumps(model.to_dict()))


def load(db) -> Model | None:
    raw = meta_get(db, "matcher_model")
    return Model.from_dict(json.loads(raw)) if raw else None
