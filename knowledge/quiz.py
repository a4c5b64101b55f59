"""Neutrality quizzes drawn from the knowledge base: pure functions, no database.

A quiz is one FAQ entry turned around: its situation is the question, the three
verdict words are the options and the entry's own verdict is the correct one, so a
quiz can never teach something the knowledge base does not say. Only entries whose
every cited provision is verified wording are used (a quiz states its answer as a
fact, with no room for the "belum terverifikasi" flags an answer carries), and
none whose ``valid_from`` is still in the future.

Which entry comes next (:func:`choose`) favours what people get wrong and what
fits the current election stage, and never repeats an entry to the same audience
within :data:`ROTATION_DAYS`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from netralbot.knowledge.models import FaqEntry, Provision

VERDICTS = ("dilarang", "boleh", "hati-hati")  # option order, the same in every quiz
LABELS = {"dilarang": "Dilarang", "boleh": "Boleh", "hati-hati": "Hati-hati"}
QUESTION_MAX = 300  # Telegram sendPoll: question 1-300 characters
EXPLANATION_MAX = 200  # Telegram sendPoll: explanation 0-200 characters, at most 2 line feeds
ROTATION_DAYS = 56  # never the same entry to the same audience within 8 weeks
# calendar phase (scheduler/calendar.py) -> the stage values entry frames use (kb-format.md)
PHASE_STAGES = {"pendaftaran": "pra-penetapan", "kampanye": "kampanye", "masa_tenang": "masa-tenang",
                "pemungutan": "pemungutan"}


@dataclass(frozen=True)
class Quiz:
    faq_id: str
    question: str
    options: tuple[str, ...]  # the labels, in VERDICTS order
    correct: int  # index into options
    explanation: str  # names the provision

    @property
    def verdict(self) -> str:
        return VERDICTS[self.correct]


def _main_provision(entry: FaqEntry, provisions: dict[str, Provision]) -> Provision | None:
    """The first cited provision with an article number: what the explanation names."""
    return next((provisions[k] for k in entry.citations if k in provisions and provisions[k].article), None)


def usable(entry: FaqEntry, provisions: dict[str, Provision], today: dt.date) -> bool:
    """A quiz may be made of this entry: a verdict to guess, verified wording only, already valid."""
    if entry.deleted or entry.verdict not in VERDICTS or entry.valid_from > today:
        return False
    if not entry.citations or any(k not in provisions or not provisions[k].verified for k in entry.citations):
        return False
    return len(entry.question) <= QUESTION_MAX and _main_provision(entry, provisions) is not None


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def explanation(entry: FaqEntry, provisions: dict[str, Provision]) -> str:
    """'Dilarang menurut SKB 2022 Lampiran II huruf B angka 6. <the answer, shortened>' (≤ 200)."""
    p = _main_provision(entry, provisions)
    head = f"{LABELS[entry.verdict]} menurut {p.regulation} {p.article}."
    room = EXPLANATION_MAX - len(head) - 1
    return head if room < 20 else f"{head} {_cut(entry.answer, room)}"


def make(entry: FaqEntry, provisions: dict[str, Provision], today: dt.date) -> Quiz | None:
    """The quiz of one entry, or None when the entry cannot make one (see :func:`usable`)."""
    if not usable(entry, provisions, today):
        return None
    return Quiz(entry.id, " ".join(entry.question.split()), tuple(LABELS[v] for v in VERDICTS),
                VERDICTS.index(entry.verdict), explanation(entry, provisions))


def stages_of(phase_names: list[str]) -> set[str]:
    """Entry-frame stages of the calendar phases under way (``pendaftaran`` -> ``pra-penetapan``)."""
    return {PHASE_STAGES[p] for p in phase_names if p in PHASE_STAGES}


def choose(entries: list[FaqEntry], provisions: dict[str, Provision], today: dt.date, *,
           recent: set[str], results: dict[str, tuple[int, int]], stages: set[str], seed: str = "") -> Quiz | None:
    """The next quiz for one audience.

    ``recent``: entries this audience got within :data:`ROTATION_DAYS` (never again);
    ``results``: per entry (wrong, answered) across all audiences; ``stages``: the
    current election stages. Score = smoothed share of wrong answers (0.5 for an entry
    nobody answered yet) + 0.5 when the entry is about a current stage; ties are broken
    by a hash of ``seed`` so equal entries do not always come in the same order.
    """
    best: tuple[float, str, Quiz] | None = None
    for entry in entries:
        if entry.id in recent:
            continue
        quiz = make(entry, provisions, today)
        if quiz is None:
            continue
        wrong, answered = results.get(entry.id, (0, 0))
        score = (wrong + 1) / (answered + 2)
        if stages and entry.frame and stages & set(entry.frame.stage):
            score += 0.5
        tie = hashlib.sha256(f"{seed}|{entry.id}".encode()).hexdigest()
        if best is None or (score, tie) > best[:2]:
            best = (score, tie, quiz)
    return best[2] if best else None
