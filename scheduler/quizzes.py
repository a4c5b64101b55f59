"""Quizzes sent as reminders, and their anonymous results.

One quiz per reminder occurrence: the entry is chosen (knowledge/quiz.py) when the
reminder fires and frozen in ``quizzes``, so every recipient of that occurrence gets
the same question and the results add up. Results are counts only, per quiz and
option, never per person:

- Telegram: quiz polls are sent anonymous, so Telegram tells the bot only each
  poll's totals (``poll`` updates); ``quiz_polls`` keeps the latest totals of each
  poll id. Nothing links a poll id to a chat in our tables.
- WhatsApp: a tap on an answer button adds one to ``quiz_taps`` (quiz, option).

The audience of a quiz (its reminder's segment and time zone) is stored so an entry
is not asked again to the same audience within eight weeks.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import sqlite_utils

from netralbot.knowledge import quiz as quizgen
from netralbot.knowledge.quiz import LABELS, VERDICTS, Quiz

QUIZZES, POLLS, TAPS = "quizzes", "quiz_polls", "quiz_taps"


def ensure_schema(db: sqlite_utils.Database) -> None:
    db[QUIZZES].create({"id": int, "faq_id": str, "question": str, "options": str, "correct": int,
                        "explanation": str, "audience": str, "day": str, "created_at": str},
                       pk="id", if_not_exists=True)
    db[QUIZZES].create_index(["audience", "day"], if_not_exists=True)
    db[QUIZZES].create_index(["faq_id"], if_not_exists=True)
    db[POLLS].create({"poll_id": str, "quiz_id": int, "counts": str}, pk="poll_id", if_not_exists=True)
    db[POLLS].create_index(["quiz_id"], if_not_exists=True)
    db[TAPS].create({"quiz_id": int, "option": int, "n": int}, pk=("quiz_id", "option"), if_not_exists=True)


def audience_key(segment: dict) -> str:
    return json.dumps(segment, ensure_ascii=False, sort_keys=True)


# --- creating ----------------------------------------------------------------------

def results_by_entry(db: sqlite_utils.Database) -> dict[str, tuple[int, int]]:
    """(wrong, answered) per FAQ entry, over every quiz sent."""
    out: dict[str, tuple[int, int]] = {}
    for q, right, answered in _tallies(db):
        w, a = out.get(q["faq_id"], (0, 0))
        out[q["faq_id"]] = (w + answered - right, a + answered)
    return out


def create(db: sqlite_utils.Database, kb, segment: dict, local_day: dt.date, phase_names: list[str],
           seed: str = "") -> int | None:
    """Choose, freeze and store the quiz for one occurrence; its id, or None when no entry
    is left (all asked to this audience within eight weeks, or none usable)."""
    ensure_schema(db)
    audience = audience_key(segment)
    since = (local_day - dt.timedelta(days=quizgen.ROTATION_DAYS - 1)).isoformat()
    recent = {r[0] for r in db.execute(f"select faq_id from {QUIZZES} where audience = ? and day >= ?",
                                       [audience, since])}
    q = quizgen.choose(list(kb.entries.values()), kb.provisions, local_day, recent=recent,
                       results=results_by_entry(db), stages=quizgen.stages_of(phase_names), seed=seed)
    if q is None:
        return None
    with db.atomic():
        cur = db.execute(
            f"insert into {QUIZZES} (faq_id, question, options, correct, explanation, audience, day, created_at) "
            "values (?, ?, ?, ?, ?, ?, ?, ?)",
            [q.faq_id, q.question, json.dumps(list(q.options), ensure_ascii=False), q.correct, q.explanation,
             audience, local_day.isoformat(), dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")])
    return cur.lastrowid


def get(db: sqlite_utils.Database, quiz_id: int) -> Quiz | None:
    ensure_schema(db)
    r = db.execute(f"select faq_id, question, options, correct, explanation from {QUIZZES} where id = ?",
                   [quiz_id]).fetchone()
    return Quiz(r[0], r[1], tuple(json.loads(r[2])), r[3], r[4]) if r else None


def fallback_text(q: Quiz) -> str:
    """The quiz as plain text: where buttons cannot go (a WhatsApp template outside the
    24-hour window) it asks the person to write *kuis*, which brings the buttons."""
    return (f"🧠 *Kuis netralitas ASN*\n\n{q.question}\n\nPilihan: {' / '.join(q.options)}. "
            "Ketik *kuis* untuk menjawab.")


# --- answers -------------------------------------------------------------------------

def record_poll(db: sqlite_utils.Database, poll_id: str, counts: list[int]) -> bool:
    """Telegram's latest totals for one of our quiz polls (a repeated update changes nothing)."""
    ensure_schema(db)
    with db.atomic():
        return db.execute(f"update {POLLS} set counts = ? where poll_id = ?",
                          [json.dumps([int(c) for c in counts[:len(VERDICTS)]]), poll_id]).rowcount > 0


def remember_poll(db: sqlite_utils.Database, poll_id: str, quiz_id: int) -> None:
    ensure_schema(db)
    with db.atomic():
        db.execute(f"insert or ignore into {POLLS} (poll_id, quiz_id, counts) values (?, ?, ?)",
                   [poll_id, quiz_id, json.dumps([0] * len(VERDICTS))])


def record_tap(db: sqlite_utils.Database, quiz_id: int, option: int) -> bool:
    """One anonymous answer (a WhatsApp button): a count, nothing about who."""
    ensure_schema(db)
    if not 0 <= option < len(VERDICTS) or get(db, quiz_id) is None:
        return False
    with db.atomic():
        db.execute(f"insert into {TAPS} (quiz_id, option, n) values (?, ?, 1) "
                   "on conflict(quiz_id, option) do update set n = n + 1", [quiz_id, option])
    return True


def option_counts(db: sqlite_utils.Database, quiz_id: int) -> list[int]:
    return _counts_by_quiz(db, quiz_id).get(quiz_id, [0] * len(VERDICTS))


def _counts_by_quiz(db: sqlite_utils.Database, quiz_id: int | None = None) -> dict[int, list[int]]:
    """Answers per option, Telegram poll totals and WhatsApp taps together, for one quiz or
    all of them in two queries (the statistics read every quiz)."""
    where, params = ("where quiz_id = ?", [quiz_id]) if quiz_id is not None else ("", [])
    out: dict[int, list[int]] = {}
    for qid, raw in db.execute(f"select quiz_id, counts from {POLLS} {where}", params):
        counts = out.setdefault(qid, [0] * len(VERDICTS))
        for i, n in enumerate(json.loads(raw or "[]")[:len(VERDICTS)]):
            counts[i] += int(n)
    for qid, option, n in db.execute(f"select quiz_id, option, n from {TAPS} {where}", params):
        if 0 <= option < len(VERDICTS):
            out.setdefault(qid, [0] * len(VERDICTS))[option] += n
    return out


def _tallies(db: sqlite_utils.Database):
    """(quiz, right answers, answers) for every quiz, oldest first."""
    ensure_schema(db)
    by_quiz = _counts_by_quiz(db)
    for q in _all(db):
        counts = by_quiz.get(q["id"], [0] * len(VERDICTS))
        yield q, counts[q["correct"]], sum(counts)


def latest_for(db: sqlite_utils.Database, channel: str, chat_id: str) -> int | None:
    """The last quiz delivered to this chat (from the outbox), else the last quiz made."""
    from netralbot.scheduler import outbox

    ensure_schema(db)
    outbox.ensure_schema(db)
    row = db.execute("select b.quiz_id from outbox o join broadcasts b on b.id = o.broadcast_id "
                     "where o.channel = ? and o.chat_id = ? and b.quiz_id is not null order by o.id desc limit 1",
                     [channel, chat_id]).fetchone()
    if row:
        return row[0]
    row = db.execute(f"select max(id) from {QUIZZES}").fetchone()
    return row[0] if row and row[0] else None


# --- statistics ------------------------------------------------------------------------

def _all(db: sqlite_utils.Database) -> list[dict]:
    return [dict(zip(("id", "faq_id", "correct", "day"), r))
            for r in db.execute(f"select id, faq_id, correct, day from {QUIZZES} order by day, id")]


@dataclass(frozen=True)
class EntryResult:
    faq_id: str
    answered: int
    correct: int
    earlier: tuple[int, int] | None  # (correct, answered) before the entry's latest quiz

    @property
    def share(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class QuizStats:
    entries: list[EntryResult]  # hardest first
    weeks: list[tuple[str, int, int]]  # (ISO week, correct, answered)
    quizzes: int

    def text(self, limit: int = 15) -> str:
        lines = [f"*Kuis netralitas* ({self.quizzes} kuis terkirim; hitungan anonim, tanpa skor per orang)"]
        answered = [e for e in self.entries if e.answered]
        if not answered:
            return "\n".join(lines + ["Belum ada jawaban."])
        lines.append("Persen benar per entri (tersulit dulu):")
        for e in answered[:limit]:
            line = f"• {e.faq_id}: {e.share:.0%} benar dari {e.answered} jawaban"
            if e.earlier and e.earlier[1]:
                before = e.earlier[0] / e.earlier[1]
                arrow = "↑" if e.share > before else ("↓" if e.share < before else "→")
                line += f" ({arrow} sebelumnya {before:.0%})"
            lines.append(line)
        if self.weeks:
            lines.append("Tren per minggu: " + " · ".join(
                f"{w} {c / a:.0%} ({a})" if a else f"{w} -" for w, c, a in self.weeks[-8:]))
        return "\n".join(lines)


def stats(db: sqlite_utils.Database) -> QuizStats:
    per_entry: dict[str, list[tuple[int, int]]] = {}
    weeks: dict[str, list[int]] = {}
    quizzes = 0
    for q, right, answered in _tallies(db):
        quizzes += 1
        per_entry.setdefault(q["faq_id"], []).append((right, answered))
        year, week, _ = dt.date.fromisoformat(q["day"]).isocalendar()
        bucket = weeks.setdefault(f"{year}-W{week:02d}", [0, 0])
        bucket[0] += right
        bucket[1] += answered
    results = []
    for faq_id, runs in per_entry.items():
        right, answered = sum(r for r, _ in runs), sum(a for _, a in runs)
        earlier = (sum(r for r, _ in runs[:-1]), sum(a for _, a in runs[:-1])) if len(runs) > 1 else None
        results.append(EntryResult(faq_id, answered, right, earlier))
    results.sort(key=lambda e: (e.share if e.answered else 2.0, -e.answered, e.faq_id))
    return QuizStats(results, sorted((w, c, a) for w, (c, a) in weeks.items()), quizzes)


def option_label(option: int) -> str:
    return LABELS[VERDICTS[option]]


def quiz_maker(kb):
    """``quiz_for`` for :func:`scheduler.reminders.fire`: the quiz of one occurrence, fitted
    to the election stage under way on that local day."""
    from netralbot.scheduler import calendar

    def make(segment: dict, local_when: dt.datetime, occurrence: str) -> tuple[str, int] | None:
        kb.refresh_if_changed()  # an admin may have edited the knowledge base meanwhile
        phases = [p.name for p in calendar.current(kb.db, local_when.date())]
        quiz_id = create(kb.db, kb, segment, local_when.date(), phases, seed=occurrence)
        return None if quiz_id is None else (fallback_text(get(kb.db, quiz_id)), quiz_id)
    return make
