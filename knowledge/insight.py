"""Anonymous insight for admins: what people ask that the bot cannot answer yet,
and new phrasings for existing entries learned from close calls.

Nothing here is linked to who asked. Question text is kept only in two places,
both after :func:`scrub` removed what looks like personal data (numbers, phone
numbers, e-mail addresses, links, @handles, and names after a title such as
"pak", "bu", "nama saya"): the counts of unanswered questions, and the
candidate phrasings an admin accepts or rejects (never applied automatically).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass

import sqlite_utils

from netralbot.knowledge.prefilter import prefiltered

_URL = prefiltered(r"(https?://|www\.)\S+", re.I)
_EMAIL = prefiltered(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_HANDLE = prefiltered(r"@\w+")
_NUMBER = prefiltered(r"\+?\d[\d\s.\-/]*\d|\d")
_TITLES = (r"pak|bapak|bpk|bu|ibu|mas|mbak|mba|bang|abang|kak|kakak|dik|adik|sdr|saudara|saudari|"
           r"dr|drs|ir|haji|hj|h|om|tante|cak|ning|teh|aa|akang|kang|uda|uni|ustadz|ustad")
_NAME_AFTER = prefiltered(
    rf"\b(?:(?:{_TITLES})\.?|nama\s+(?:saya|aku|sy|ku)(?:\s+adalah)?|namaku)\s+"
    r"([a-z][a-z'.-]*)(?-i:\s+[A-Z][a-z'.-]*)?", re.I)
_CAPITALISED = prefiltered(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
NAME = "[nama]"
MAX_TEXT = 300


UNANSWERED_DAYS = 90  # unanswered texts not asked again for this long are forgotten
UNANSWERED_MAX = 2000  # and at most this many are kept (the least asked go first)

def scrub(text: str, keep_words: set[str] | frozenset[str] = frozenset()) -> str:
    """Question text without what looks like personal data, lower-cased.

    ``keep_words`` are words that may be capitalised without being names (the
    knowledge base's vocabulary: "Bawaslu", "Pilkada").
    """
    text = " ".join(str(text).split())[:MAX_TEXT]
    text = _URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _NUMBER.sub(" ", text)
    text = _NAME_AFTER.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + NAME, text)
    text = _CAPITALISED.sub(lambda m: m.group(0) if m.group(0).lower() in keep_words else NAME, text)
    text = re.sub(rf"(?:{re.escape(NAME)}\s*)+", NAME + " ", text)
    return " ".join(text.lower().split())


def _today() -> str:
    return dt.date.today().isoformat()


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Created with the rest of the schema when the database is opened (knowledge.store)."""
    db["unanswered"].create({"text": str, "n": int, "first_day": str, "last_day": str}, pk="text",
                            if_not_exists=True)
    db["close_calls"].create({"token": str, "text": str, "created": str}, pk="token", if_not_exists=True)
    db["close_calls"].create_index(["created"], if_not_exists=True)
    db["phrasing_candidates"].create(
        {"id": int, "faq_id": str, "text": str, "n": int, "status": str, "first_day": str, "decided_by": str},
        pk="id", if_not_exists=True)
    db["phrasing_candidates"].create_index(["faq_id", "text"], unique=True, if_not_exists=True)


def record_unanswered(db: sqlite_utils.Database, text: str, keep_words=frozenset()) -> None:
    """Keep the scrubbed text for admins; bounded: at most ``UNANSWERED_MAX`` texts, none
    older than ``UNANSWERED_DAYS`` days since last asked (/privasi says so)."""
    clean = scrub(text, keep_words)
    if len(clean.replace(NAME, "").split()) < 2:
        return  # nothing left worth reading
    with db.atomic():
        known = db.execute("update unanswered set n = n + 1, last_day = ? where text = ?",
                           [_today(), clean]).rowcount
        if known:
            return
        db.execute("insert into unanswered (text, n, first_day, last_day) values (?, 1, ?, ?)",
                   [clean, _today(), _today()])
        # a new text: forget the stale ones, then the least asked beyond the cap
        db.execute("delete from unanswered where last_day < ?",
                   [(dt.date.today() - dt.timedelta(days=UNANSWERED_DAYS)).isoformat()])
        excess = db.execute("select count(*) from unanswered").fetchone()[0] - UNANSWERED_MAX
        if excess > 0:
            db.execute("delete from unanswered where rowid in (select rowid from unanswered "
                       "order by n, last_day limit ?)", [excess])


def remember_close_call(db: sqlite_utils.Database, text: str, keep_words=frozenset()) -> str:
    """Keep the (scrubbed) question behind a suggestion list; the token goes in the buttons."""
    token = secrets.token_urlsafe(6)
    with db.atomic():
        db.execute("delete from close_calls where created < ?",
                   [(dt.date.today() - dt.timedelta(days=2)).isoformat()])
        db.execute("insert into close_calls (token, text, created) values (?, ?, ?)",
                   [token, scrub(text, keep_words), _today()])
    return token


def record_pick(db: sqlite_utils.Database, token: str, faq_id: str) -> bool:
    """A user resolved a close call by tapping ``faq_id``: a candidate phrasing for it."""
    row = db.execute("select text from close_calls where token = ?", [token]).fetchone()
    if row is None or len(row[0].replace(NAME, "").split()) < 2 or NAME in row[0]:
        return False  # expired, too short, or it had personal data in it
    with db.atomic():
        db.execute("delete from close_calls where token = ?", [token])  # one tap counts once
        db.execute("insert into phrasing_candidates (faq_id, text, n, status, first_day) "
                   "values (?, ?, 1, 'pending', ?) on conflict(faq_id, text) do update set n = n + 1",
                   [faq_id, row[0], _today()])
    return True


@dataclass(frozen=True)
class Candidate:
    id: int
    faq_id: str
    text: str
    n: int


def pending_candidates(db: sqlite_utils.Database, limit: int = 10) -> list[Candidate]:
    rows = db.execute("select id, faq_id, text, n from phrasing_candidates where status = 'pending' "
                      "order by n desc, id limit ?", [limit]).fetchall()
    return [Candidate(*r) for r in rows]


def candidate(db: sqlite_utils.Database, cid: int) -> Candidate | None:
    r = db.execute("select id, faq_id, text, n from phrasing_candidates where id = ? and status = 'pending'",
                   [cid]).fetchone()
    return Candidate(*r) if r else None


def decide(db: sqlite_utils.Database, cid: int, accepted: bool, actor: str) -> None:
    with db.atomic():
        db.execute("update phrasing_candidates set status = ?, decided_by = ? where id = ?",
                   ["accepted" if accepted else "rejected", actor, cid])


def settle(db: sqlite_utils.Database, cid: int, accept: bool, actor: str) -> str | None:
    """Accept (the phrasing joins its entry, as a revision) or reject a suggestion; the
    reason in Indonesian when it cannot be accepted, else None."""
    from netralbot.knowledge import editing

    c = candidate(db, cid)
    if c is None:
        return "Usulan ini sudah diputuskan."
    if accept:
        e = editing.get_entry(db, c.faq_id)
        if e is None or e.deleted:
            decide(db, cid, False, actor)
            return f"Entri {c.faq_id} sudah tidak ada; usulan ditolak."
        try:
            editing.save_entry(db, e.model_copy(update={"phrasings": [*e.phrasings, c.text]}), actor, "phrasing")
        except editing.EditError as err:
            return "Tidak bisa ditambahkan: " + "; ".join(err.errors[:3])
    decide(db, cid, accept, actor)
    return None


# --- the report ---------------------------------------------------------------------

@dataclass(frozen=True)
class Report:
    days: list[tuple[str, dict[str, int]]]  # (day, {outcome: n})
    totals: dict[str, int]
    feedback: list[tuple[str, int, int]]  # (faq_id, up, down)
    unanswered: list[tuple[str, int]]
    candidates: list[Candidate]
    period: int = 14  # the days asked for (not the days that had questions)

    def text(self) -> str:
        asked = sum(self.totals.get(k, 0) for k in ("answered", "suggested", "abstained"))
        lines = [f"*Statistik anonim, {self.period} hari terakhir*", f"Pertanyaan: {asked}"]
        if asked:
            for key, label in (("answered", "dijawab"), ("suggested", "diberi pilihan"), ("abstained", "tidak tahu")):
                lines.append(f"• {label}: {self.totals.get(key, 0)} ({self.totals.get(key, 0) / asked:.0%})")
        lines.append("")
        lines.append("Per hari: " + ", ".join(
            f"{day[5:]} {sum(v for k, v in c.items() if k in ('answered', 'suggested', 'abstained'))}"
            for day, c in self.days) if self.days else "Per hari: belum ada data")
        if self.feedback:
            lines += ["", "*👍/👎 per entri*"] + [f"• {f}: 👍 {u} 👎 {d}" for f, u, d in self.feedback[:10]]
        if self.unanswered:
            lines += ["", "*Pertanyaan yang belum terjawab (teratas)*"]
            lines += [f"• {n}× {t}" for t, n in self.unanswered[:10]]
        if self.candidates:
            lines += ["", f"*Usulan frasa baru*: {len(self.candidates)} menunggu (/frasa)"]
        return "\n".join(lines)


def report(db: sqlite_utils.Database, days: int = 14) -> Report:
    since = (dt.date.today() - dt.timedelta(days=days - 1)).isoformat()
    per_day: dict[str, dict[str, int]] = {}
    for day, outcome, n in db.execute("select day, outcome, n from stats_daily where day >= ? order by day",
                                      [since]).fetchall():
        per_day.setdefault(day, {})[outcome] = n
    totals: dict[str, int] = {}
    for counts in per_day.values():
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
    feedback = db.execute("select faq_id, sum(up), sum(down) from feedback where day >= ? group by faq_id "
                          "order by sum(down) desc, sum(up) desc", [since]).fetchall()
    unanswered = db.execute("select text, n from unanswered where last_day >= ? order by n desc, text limit 20",
                            [since]).fetchall()
    return Report(sorted(per_day.items()), totals, [tuple(r) for r in feedback],
                  [tuple(r) for r in unanswered], pending_candidates(db, 50), days)
