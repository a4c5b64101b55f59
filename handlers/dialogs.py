"""Guided conversations for staff: one question at a time, then a preview and a
confirmation; ``/batal`` cancels at any step.

A :class:`Form` is a list of :class:`Ask` steps, a preview and a commit. The
state of a form in progress (which step, what was answered) is a row in
``dialogs`` keyed by channel and user, so it survives a restart and works the
same on every channel; it expires after :data:`EXPIRY`. Buttons carry only
``dlg:<n>`` (the n-th choice of the current step), ``dlg:ok`` or ``dlg:no``: the
server recomputes what they mean from the stored state and re-checks the role.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from netralbot.handlers.messages import Button, Reply

EXPIRY = dt.timedelta(minutes=30)
CANCELLED = "Dibatalkan. Tidak ada yang diubah."
NOT_READY = "Belum bisa diterapkan: perbaiki yang disebut di atas, lalu kirim lagi. Tidak ada yang diubah."
EXPIRED = "Sesi ini sudah berakhir atau dibatalkan. Mulai lagi dengan perintahnya."


@dataclass(frozen=True)
class Ask:
    """One step: a prompt, how to read the answer, optional buttons."""

    key: str
    prompt: str | Callable[[dict], str]
    parse: Callable[[str, dict], Any]  # raises ValueError with an Indonesian message
    choices: Callable[[dict], list[tuple[str, str]]] | None = None  # (label, value) buttons
    skip: Callable[[dict], bool] | None = None

    def text(self, data: dict) -> str:
        return self.prompt(data) if callable(self.prompt) else self.prompt


@dataclass(frozen=True)
class Form:
    name: str
    role: str  # checked again at every step and before commit
    asks: tuple[Ask, ...]
    preview: Callable[[dict], str]
    commit: Callable[[dict, str], list[Reply]]  # (data, actor) -> replies; may raise ValueError
    confirm_label: str = "✅ Simpan"
    # False: the preview shows what is wrong and offers no confirm button (a rejected import)
    ready: Callable[[dict], bool] | None = None


class StaleForm(ValueError):
    """The form was prepared against a state that has changed since (a restart, another
    admin): it is closed, not applied."""


@dataclass
class Dialog:
    form: str
    step: int
    data: dict = field(default_factory=dict)


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Once, when the conversation starts (not per message: load() runs on every message)."""
    db["dialogs"].create({"channel": str, "user_id": str, "form": str, "step": int, "data": str,
                          "updated_at": str}, pk=("channel", "user_id"), if_not_exists=True)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def load(db: sqlite_utils.Database, channel: str, user_id: str) -> Dialog | None:
    row = db.execute("select form, step, data, updated_at from dialogs where channel = ? and user_id = ?",
                     [channel, user_id]).fetchone()
    if row is None:
        return None
    if _now() - dt.datetime.fromisoformat(row[3]) > EXPIRY:
        clear(db, channel, user_id)
        return None
    return Dialog(row[0], row[1], json.loads(row[2]))


def save(db: sqlite_utils.Database, channel: str, user_id: str, d: Dialog) -> None:
    db["dialogs"].upsert({"channel": channel, "user_id": user_id, "form": d.form, "step": d.step,
                          "data": json.dumps(d.data, ensure_ascii=False),
                          "updated_at": _now().isoformat(timespec="seconds")}, pk=("channel", "user_id"))


def clear(db: sqlite_utils.Database, channel: str, user_id: str) -> bool:
    with db.atomic():
        return db.execute("delete from dialogs where channel = ? and user_id = ?",
                          [channel, user_id]).rowcount > 0


# --- running a form -------------------------------------------------------------------

def _next_step(form: Form, d: Dialog) -> int:
    step = d.step
    while step < len(form.asks) and form.asks[step].skip and form.asks[step].skip(d.data):
        step += 1
    return step


def complete(form: Form, d: Dialog) -> bool:
    """Every step answered: the form is at its preview, waiting for confirmation."""
    return _next_step(form, d) >= len(form.asks)


def prompt(form: Form, d: Dialog) -> Reply:
    """The current step's question (with its buttons), or the preview."""
    d.step = _next_step(form, d)
    if d.step >= len(form.asks):
        if form.ready is not None and not form.ready(d.data):
            return Reply(text=form.preview(d.data) + f"\n\n{NOT_READY}", buttons=((Button("✖ Tutup", "dlg:no"),),))
        return Reply(text=form.preview(d.data) + "\n\nSimpan? (/batal untuk membatalkan)",
                     buttons=((Button(form.confirm_label, "dlg:ok"), Button("✖ Batal", "dlg:no")),))
    ask = form.asks[d.step]
    rows = ()
    if ask.choices:
        opts = ask.choices(d.data) or []
        rows = tuple((Button(label[:60], f"dlg:{i}"),) for i, (label, _) in enumerate(opts))
    n = sum(1 for a in form.asks if not (a.skip and a.skip(d.data)))
    done = sum(1 for a in form.asks[: d.step] if not (a.skip and a.skip(d.data)))
    return Reply(text=f"({done + 1}/{n}) {ask.text(d.data)}\n\n/batal untuk membatalkan", buttons=rows)


def answer(form: Form, d: Dialog, value: str, from_button: bool = False) -> tuple[Reply | None, str | None]:
    """Apply an answer to the current step. Returns (next prompt, error message)."""
    d.step = _next_step(form, d)
    if d.step >= len(form.asks):
        return None, "Tekan ✅ untuk menyimpan atau /batal untuk membatalkan."
    ask = form.asks[d.step]
    if from_button:
        opts = (ask.choices(d.data) if ask.choices else None) or []
        if not value.isdigit() or int(value) >= len(opts):
            return None, EXPIRED
        value = opts[int(value)][1]
    try:
        d.data[ask.key] = ask.parse(value, d.data)
    except ValueError as e:
        return None, str(e)
    d.step += 1
    return prompt(form, d), None
