"""Reminder and broadcast commands for HR (BKPSDM) staff, in chat.

They write the same tables as `netralbot reminders` and `netralbot broadcast`; the
running bot fires and delivers, so one process owns the rate limits. A broadcast
confirmed in chat is tracked: its confirmation message is edited with progress.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import sqlite_utils

from netralbot.handlers.access import audit
from netralbot.handlers.dialogs import Ask, Form
from netralbot.handlers.messages import Button, Reply
from netralbot.scheduler import calendar, outbox, reminders, subscriptions

WIB = ZoneInfo(reminders.ZONES[0])
SEGMENTS = [
    ("Semua pelanggan", "{}"),
    ("Hanya WIB", "timezone=Asia/Jakarta"),
    ("Hanya WITA", "timezone=Asia/Makassar"),
    ("Hanya WIT", "timezone=Asia/Jayapura"),
    ("Hanya grup terdaftar", "kind=group"),
]
BROADCAST_STATE_LABELS = {"queued": "antre", "sending": "dikirim", "done": "selesai", "cancelled": "dibatalkan"}
ROW_STATE_LABELS = {
    "sent": "terkirim", "pending": "menunggu", "sending": "sedang dikirim", "failed": "gagal",
    "gone": "memblokir bot / chat hilang", "uncertain": "tidak pasti", "cancelled": "dibatalkan",
}
SCHEDULES = [("Setiap hari", "daily"), ("Setiap minggu", "weekly"), ("Sekali saja", "once")]
QUIZ = {"kuis": True}  # the reminder form's marker for a quiz reminder (JSON, never a valid text)
DAYS = [("Senin", "senin"), ("Selasa", "selasa"), ("Rabu", "rabu"), ("Kamis", "kamis"), ("Jumat", "jumat"),
        ("Sabtu", "sabtu"), ("Minggu", "minggu")]


def _segment(value: str, data: dict) -> dict:
    value = value.strip()
    if value in ("{}", "", "semua"):
        return {}
    try:
        return subscriptions.parse_segment(value)
    except ValueError as e:
        raise ValueError(f"{e}. Pilih tombol, atau tulis misalnya instansi=Dinas Pendidikan") from None


def segment_label(seg: dict) -> str:
    return ", ".join(f"{k}={subscriptions.TZ_LABELS.get(v, v)}" for k, v in seg.items()) or "semua pelanggan"


def progress_text(p: outbox.Progress) -> str:
    total = p.total if p.state != "queued" else p.remaining
    done = p.finished
    share = done / total if total else 1.0
    bar = "▓" * round(share * 10) + "░" * (10 - round(share * 10))
    state = BROADCAST_STATE_LABELS.get(p.state, p.state)
    lines = [f"📣 Siaran #{p.id} ({state})", f"{bar} {p.sent}/{total} terkirim"]
    if p.remaining and p.state == "sending" and p.eta_s is not None:
        lines.append(f"sisa ± {int(p.eta_s // 60)} menit {int(p.eta_s % 60)} detik")
    other = {k: v for k, v in p.counts.items() if k not in ("sent", "pending", "sending") and v}
    if other:
        lines.append(", ".join(f"{ROW_STATE_LABELS.get(k, k)} {v}" for k, v in other.items()))
    return "\n".join(lines)



def _when(at: dt.datetime, now: dt.datetime) -> str:
    """"18-12 06:00" this year; "18-12-2028 06:00" when the run is in another year."""
    return at.strftime("%d-%m %H:%M" if at.year == now.year else "%d-%m-%Y %H:%M")

class Hr:
    def __init__(self, db: sqlite_utils.Database, rate: float = 25.0) -> None:
        self.db, self.rate = db, rate

    # --- broadcasts -------------------------------------------------------------------

    def broadcast_form(self) -> Form:
        def text(value: str, d: dict) -> str:
            try:
                return outbox.check_text(value)
            except outbox.BroadcastError as e:
                raise ValueError(str(e)) from None

        asks = (
            Ask("text", "Tulis *isi siaran* (boleh *tebal*; paling banyak 3.000 karakter).", text),
            Ask("segment", "Kirim ke siapa? Pilih, atau tulis segmen seperti instansi=Dinas Pendidikan.",
                _segment, choices=lambda d: [(f"{label} ({subscriptions.count(self.db, _segment(v, d))})", v)
                                             for label, v in SEGMENTS]),
        )

        def preview(d: dict) -> str:
            n = subscriptions.count(self.db, d["segment"])
            return (f"*Pratinjau siaran* untuk {segment_label(d['segment'])}: *{n} penerima*\n\n"
                    f"———\n{d['text']}\n———")

        def commit(d: dict, actor: str) -> list[Reply]:
            bid = outbox.queue_broadcast(self.db, d["text"], d["segment"], source="chat", actor=actor)
            audit(self.db, actor, "broadcast.send", f"#{bid}", segment_label(d["segment"]))
            p = outbox.progress(self.db, bid, rate_limit=self.rate)
            return [Reply(text=progress_text(p), meta={"track_broadcast": bid})]
        return Form("siaran", "hr", asks, preview, commit, confirm_label="📣 Kirim")

    def broadcast_status(self, arg: str) -> Reply:
        ids = [int(arg)] if arg.strip().isdigit() else outbox.recent(self.db, 5)
        blocks = [progress_text(p) for p in (outbox.progress(self.db, i, rate_limit=self.rate) for i in ids) if p]
        return Reply(text="\n\n".join(blocks) if blocks else "Belum ada siaran.")

    # --- reminders --------------------------------------------------------------------

    def reminder_list(self) -> Reply:
        items = reminders.all_reminders(self.db)
        if not items:
            return Reply(text="Belum ada pengingat.", buttons=((Button("➕ Buat pengingat", "hr:new"),),))
        now = dt.datetime.now(dt.timezone.utc)
        phases = {p.name: p for p in calendar.phases(self.db)}
        lines, rows = ["*Pengingat*"], []
        for r in items:
            what = ("kuis netralitas" if r.quiz else "tips bergilir" if r.tips
                    else (r.text[:50] + ("…" if len(r.text) > 50 else "")))
            zone = r.zones()[0]
            nxt = reminders.upcoming(reminders.trigger(r, zone, phases), now, 1)
            when = (_when(nxt[0].astimezone(ZoneInfo(zone)), now) + " waktu setempat"
                    if nxt and not r.paused else "-")
            label = r.schedule_label().replace("*", "∗")  # a cron rule's stars are not bold markup
            lines.append(f"#{r.id} {'⏸ ' if r.paused else ''}{label} · {what} · "
                         f"{segment_label(r.segment)} · berikutnya {when}")
            rows.append((Button(f"{'▶' if r.paused else '⏸'} #{r.id}", f"hr:{'resume' if r.paused else 'pause'}:{r.id}"),
                         Button(f"🗑 #{r.id}", f"hr:del:{r.id}")))
        rows.append((Button("➕ Buat pengingat", "hr:new"),))
        return Reply(text="\n".join(lines), buttons=tuple(rows))

    def reminder_form(self) -> Form:
        def text(value: str, d: dict) -> str | dict | None:
            if value.strip().lower() == "tips":
                return None
            if value.strip().lower() == "kuis":
                return QUIZ  # a neutrality quiz at each occurrence (knowledge/quiz.py)
            try:
                return outbox.check_text(value)
            except outbox.BroadcastError as e:
                raise ValueError(str(e)) from None

        def kind(value: str, d: dict) -> str:
            if value not in dict((v, k) for k, v in SCHEDULES):
                raise ValueError("Pilih salah satu tombol.")
            return value

        def day(value: str, d: dict) -> str:
            if value.strip().lower() not in reminders.DAY_NAMES:
                raise ValueError("Pilih hari dari tombol.")
            return value.strip().lower()

        def when(value: str, d: dict) -> str:
            try:
                if d["kind"] == "once":
                    local = reminders.parse_local(value)
                    if local.replace(tzinfo=WIB) < dt.datetime.now(WIB) - dt.timedelta(hours=3):
                        raise ValueError("Waktu itu sudah lewat.")
                    return local.isoformat(sep=" ", timespec="minutes")
                reminders.parse_time(value)
                return value.strip().replace(".", ":")
            except reminders.ReminderError as e:
                raise ValueError(str(e)) from None

        asks = (
            Ask("text", "Tulis *isi pengingat*, ketik *tips* untuk tips netralitas bergilir dari basis "
                "pengetahuan (dengan dasar hukumnya), atau *kuis* untuk kuis netralitas (jawaban dihitung anonim).",
                text),
            Ask("kind", "Seberapa sering?", kind, choices=lambda d: SCHEDULES),
            Ask("day", "Hari apa?", day, choices=lambda d: DAYS, skip=lambda d: d.get("kind") != "weekly"),
            Ask("when", lambda d: "Tanggal dan jam (waktu setempat penerima), misalnya 2026-12-07 07:30."
                if d.get("kind") == "once" else "Jam berapa (waktu setempat penerima: WIB/WITA/WIT)? "
                "Misalnya 07:30.", when),
            Ask("segment", "Untuk siapa?", _segment,
                choices=lambda d: [(label, v) for label, v in SEGMENTS]),
        )

        def build(d: dict) -> dict:
            if d["kind"] == "once":
                return {"at": d["when"]}
            if d["kind"] == "weekly":
                return {"cron": reminders.weekly_cron(d["day"], d["when"])}
            return {"cron": reminders.daily_cron(d["when"])}

        def preview(d: dict) -> str:
            label = {"daily": f"setiap hari pukul {d['when']}", "weekly": f"setiap {d.get('day')} pukul {d['when']}",
                     "once": f"sekali, {d['when']}"}[d["kind"]]
            body = ("kuis netralitas (pertanyaan dari basis pengetahuan, jawaban dihitung anonim)"
                    if d["text"] == QUIZ else "tips netralitas bergilir" if d["text"] is None else d["text"])
            return (f"*Pratinjau pengingat* ({label} waktu setempat; {segment_label(d['segment'])}, "
                    f"{subscriptions.count(self.db, d['segment'])} penerima saat ini)\n\n———\n{body}\n———")

        def commit(d: dict, actor: str) -> list[Reply]:
            try:
                quiz = d["text"] == QUIZ
                rem = reminders.add(self.db, text=None if quiz else d["text"], segment=d["segment"], actor=actor,
                                    quiz=quiz, **build(d))
            except reminders.ReminderError as e:
                raise ValueError(str(e)) from None
            audit(self.db, actor, "reminder.create", f"#{rem.id}",
                  rem.schedule_label() + (" (kuis)" if rem.quiz else ""))
            return [Reply(text=f"✅ Pengingat #{rem.id} disimpan. Bot yang berjalan memakainya dalam 30 detik. "
                               "Daftar: /pengingat")]
        return Form("pengingat", "hr", asks, preview, commit)

    def reminder_action(self, action: str, rid: int, actor: str) -> Reply:
        if reminders.get(self.db, rid) is None:
            return Reply(notice="Pengingat ini sudah tidak ada.")
        if action == "del":
            reminders.remove(self.db, rid)
        else:
            reminders.set_paused(self.db, rid, action == "pause")
        audit(self.db, actor, f"reminder.{action}", f"#{rid}")
        reply = self.reminder_list()
        return Reply(text=reply.text, buttons=reply.buttons, edit=True)
