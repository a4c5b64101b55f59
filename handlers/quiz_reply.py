"""Quizzes as buttons (WhatsApp, and /kuis on any channel) and what a tap answers.

Callback payloads::

    qz:<quiz_id>:<option>   an answer (counted anonymously, once per person per quiz
                            while the process runs: the check is in memory only)
    qa:<faq_id>             the full answer of the entry behind a quiz

On Telegram, reminders send native quiz polls instead (bot/telegram_sender.py),
whose results Telegram counts.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import OrderedDict

from netralbot.handlers.messages import Button, Reply
from netralbot.scheduler import quizzes

NO_QUIZ = "Belum ada kuis. Kuis netralitas dikirim sebagai pengingat kepada pelanggan (/langganan)."
RIGHT = "✅ *Benar!*"
WRONG = "❌ *Belum tepat.* Jawabannya: *{answer}*."
ALREADY = "Jawaban Anda untuk kuis ini sudah tercatat."


def quiz_reply(quiz_id: int, quiz) -> Reply:
    """The question with one button per verdict word (three: a WhatsApp reply-button message)."""
    text = f"🧠 *Kuis netralitas ASN*\n\n{quiz.question}\n\nPilih jawaban Anda:"
    return Reply(text=text, buttons=(tuple(Button(label, f"qz:{quiz_id}:{i}") for i, label in enumerate(quiz.options)),))


class QuizTaps:
    """Answers to quiz buttons. Duplicates (a second tap on the same quiz) are recognised
    by a salted hash kept in memory only, never written: a restart forgets them."""

    MAX_SEEN = 100_000

    def __init__(self, db) -> None:
        self.db = db
        self._salt = secrets.token_bytes(16)
        self._seen: OrderedDict[bytes, None] = OrderedDict()

    def _first(self, channel: str, user_id: str, quiz_id: int) -> bool:
        key = hashlib.blake2b(f"{channel}:{user_id}:{quiz_id}".encode(), key=self._salt, digest_size=16).digest()
        if key in self._seen:
            return False
        self._seen[key] = None
        if len(self._seen) > self.MAX_SEEN:
            self._seen.popitem(last=False)
        return True

    def latest(self, channel: str, chat_id: str) -> Reply:
        quiz_id = quizzes.latest_for(self.db, channel, chat_id)
        quiz = quizzes.get(self.db, quiz_id) if quiz_id else None
        return quiz_reply(quiz_id, quiz) if quiz else Reply(text=NO_QUIZ)

    def tap(self, channel: str, user_id: str, rest: str) -> Reply | None:
        """``rest`` = '<quiz_id>:<option>'; None for a stale or malformed button."""
        qid, _, opt = rest.partition(":")
        if not (qid.isascii() and qid.isdigit() and opt.isascii() and opt.isdigit()):
            return None
        quiz = quizzes.get(self.db, int(qid))
        if quiz is None or int(opt) >= len(quiz.options):
            return None
        if self._first(channel, user_id, int(qid)):
            quizzes.record_tap(self.db, int(qid), int(opt))
            head = RIGHT if int(opt) == quiz.correct else WRONG.format(answer=quiz.options[quiz.correct])
        else:
            head = ALREADY
        return Reply(text=f"{head}\n\n{quiz.explanation}",
                     buttons=((Button("📖 Jawaban lengkap", f"qa:{quiz.faq_id}"),),))
