"""Fit the matcher's ranking (softmax) and calibration (logistic) models.

Ranking is fitted on the KB itself, leave-one-out: every phrasing of every entry
is asked as a question with that phrasing removed from its entry, so the model
learns how a *new* wording of a known question scores.

Calibration (P(the answer's verdict is right)) is fitted mostly on questions that
are *not* KB phrasings: a labelled file written by someone who never saw the KB
(``tests/eval/blind.yaml``), whose questions are scored through the same verdict
composition the engine uses (a sanction question about a forbidden act is right
when it gets ``info``). KB phrasings are alike by construction and make a poor
calibration set on their own; they stay in with a small weight, with the
off-topic sentences of ``data/calibration_oos.yaml`` as negatives. The sealed set
is never used here.

The result ships in the package (``data/model.json``), so a fresh database does
not spend seconds fitting: ``netralbot kb calibrate --blind FILE... --ship PATH`` rewrites it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from netralbot.knowledge import yamlfast

from netralbot.knowledge.compose import effective_question, final_verdict
from netralbot.knowledge.guard import screen
from netralbot.knowledge.matcher import Matcher, Model
from netralbot.knowledge.store import meta_get, meta_set


@dataclass
class CalibrationReport:
    queries: int
    top1_accuracy: float
    model: Model


def oos_sentences() -> list[str]:
    """Messages with no answer: HR questions, chit-chat, KPU facts, and attempts to break the
    bot's role (``oos_train.yaml``, written for training; the evaluation sets are not used).
    Those the guard already refuses never reach the model and are left out."""
    data = resources.files("netralbot.knowledge").joinpath("data")
    out = [str(s) for s in yamlfast.safe_load(data.joinpath("calibration_oos.yaml").read_text("utf-8"))]
    extra = data.joinpath("oos_train.yaml")
    if extra.is_file():
        for items in (yamlfast.safe_load(extra.read_text("utf-8")) or {}).values():
            out.extend(str(s) for s in items or [])
    return [s for s in out if screen(s) is None]


def _fit_logistic(X, y, l2: float = 1.0, iters: int = 50, weights=None):
    """Newton–Raphson for weighted, L2-regularised logistic regression; returns (w, b)."""
    import numpy as np

    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    sw = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    Xb = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(Xb.shape[1])
    reg = np.eye(Xb.shape[1]) * l2
    reg[-1, -1] = 0.0  # no penalty on the intercept
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(Xb @ w, -30, 30)))
        grad = Xb.T @ (sw * (p - y)) + reg @ w
        hess = (Xb * (sw * p * (1 - p))[:, None]).T @ Xb + reg
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


def _fit_softmax(groups, l2: float = 0.1, iters: int = 50):
    """Conditional logit (softmax over each question's candidates), by Newton.

    It learns what a ranking needs: which candidate beats the others for the
    same question, rather than a per-candidate yes/no that BM25 alone can win.
    ``groups`` is a list of (feature rows, index of the right row).
    """
    import numpy as np

    dim = len(groups[0][0][0])
    w = np.zeros(dim)
    for _ in range(iters):
        grad = -l2 * w
        hess = np.eye(dim) * l2
        for rows, right in groups:
            X = np.asarray(rows, dtype=float)
            z = X @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            grad += X[right] - p @ X
            hess += X.T @ (np.diag(p) - np.outer(p, p)) @ X
        step = np.linalg.solve(hess, grad)
        w += step
        if np.max(np.abs(step)) < 1e-6:
            break
    return [float(v) for v in w]


PHRASING_WEIGHT = 0.15  # KB phrasings next to one unseen question (weight 1)


def fit(matcher: Matcher, blind: list[dict] | None = None) -> CalibrationReport:
    samples = []
    for text, fid, idx in _queries(matcher):
        q = matcher.query_tokens(text)
        if not q:
            continue
        cands = matcher.retrieve(q)
        samples.append((q, cands, fid, (fid, idx) if fid else None, matcher.frame(text)))

    # Ranking: which candidate is the asked entry (only questions that have one).
    groups = []
    for q, cands, fid, excl, frame in samples:
        ranked = matcher.features(q, cands, excl, frame) if fid else []
        ids = [s.faq_id for s in ranked]
        if fid in ids and len(ids) > 1:
            groups.append(([s.features for s in ranked], ids.index(fid)))
    model = Model(tuple(_fit_softmax(groups)), 0.0)
    matcher.model = model

    # Calibration: is the top candidate's verdict right? Off-topic sentences are
    # negatives: any verdict for them is wrong.
    cal_X, cal_y, cal_w, correct = [], [], [], 0
    for q, cands, fid, excl, frame in samples:
        ranked = matcher.features(q, cands, excl, frame)
        if not ranked:
            continue
        cal_X.append(matcher.calib_features(ranked, 0, matcher.in_domain(q)))
        top = ranked[0].faq_id
        right_verdict = fid is not None and matcher.entries[top].verdict == matcher.entries[fid].verdict
        cal_y.append(1 if right_verdict else 0)
        cal_w.append(PHRASING_WEIGHT if blind else 1.0)
        correct += top == fid
    for item in blind or ():
        text, expected = str(item["q"]), str(item["verdict"])
        if screen(text) is not None:
            continue  # the guard answers these before any matching
        m = matcher.match(text)
        if not m.ranked:
            continue
        qtype = effective_question(m.frame.question, text)
        got = final_verdict(matcher.entries[m.ranked[0].faq_id].verdict, qtype)
        cal_X.append(matcher.calib_features(m.ranked, 0, m.in_domain))
        cal_y.append(1 if got == expected else 0)
        cal_w.append(1.0)
    w, b = _fit_logistic(cal_X, cal_y, l2=0.1, weights=cal_w)
    model.calib_w, model.calib_b = tuple(w), b
    in_scope = sum(1 for s in samples if s[2] is not None)
    return CalibrationReport(len(samples), correct / max(1, in_scope), model)


def shipped() -> Model | None:
    """The model fitted and shipped with the package, if it fits this code's features."""
    path = resources.files("netralbot.knowledge").joinpath("data/model.json")
    if not path.is_file():
        return None
    return Model.from_dict(json.loads(path.read_text("utf-8")))


def save(db, model: Model) -> None:
    meta_set(db, "matcher_model", json.dumps(model.to_dict()))


def load(db) -> Model | None:
    raw = meta_get(db, "matcher_model")
    return Model.from_dict(json.loads(raw)) if raw else None  # None: refit
