"""`netralbot reminders | broadcast | subscribers | calendar`: the operators' and HR's
command line. These commands only read and write the database; the running
`netralbot run` process fires reminders and delivers broadcasts, so one process
owns the rate limits."""

from __future__ import annotations

import datetime as dt
import sys
import time
from zoneinfo import ZoneInfo

from netralbot.bot.cli_common import actor, open_database
from netralbot.bot.config import load_settings
from netralbot.handlers.access import audit
from netralbot.handlers.hr import BROADCAST_STATE_LABELS, ROW_STATE_LABELS
from netralbot.scheduler import calendar, outbox, reminders, subscriptions

WIB = ZoneInfo(reminders.ZONES[0])


def _db(args):
    return open_database(args)


def _segment(args) -> dict:
    return subscriptions.parse_segment(getattr(args, "segment", None))


def _fail(message: str) -> int:
    print(f"galat: {message}", file=sys.stderr)
    return 2


def _text_arg(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


# --- broadcast ------------------------------------------------------------------------

def cmd_broadcast_send(args) -> int:
    db = _db(args)
    try:
        segment = _segment(args)
        not_before = 0.0
        if args.at:
            not_before = reminders.parse_local(args.at).replace(tzinfo=WIB).timestamp()
        bid = outbox.queue_broadcast(db, _text_arg(args.text), segment, actor=actor(), not_before=not_before)
    except ValueError as e:
        return _fail(str(e))
    n = subscriptions.count(db, segment)
    audit(db, actor(), "broadcast.send", f"#{bid}", args.segment or "")
    when = f" mulai {args.at} WIB" if args.at else ""
    print(bid)
    print(f"siaran #{bid} masuk antrean untuk {n} penerima{when}; `netralbot run` yang mengirimkannya. "
          f"Pantau: netralbot broadcast status {bid}", file=sys.stderr)
    return 0


def progress_bar(done: int, total: int, queued: bool = False, width: int = 30) -> str:
    """A queued broadcast has sent nothing yet: 0 %, even with no recipient rows so far."""
    share = 0.0 if queued else (done / total if total else 1.0)
    filled = int(round(share * width))
    return f"[{'#' * filled}{'.' * (width - filled)}] {share:6.1%}"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}j{m:02d}m" if h else (f"{m}m{s:02d}d" if m else f"{s}d")


def _wib(iso: str) -> str:
    return dt.datetime.fromisoformat(iso).astimezone(WIB).strftime("%Y-%m-%d %H:%M WIB")


def format_progress(p: outbox.Progress) -> str:
    total = p.total
    lines = [
        f"siaran #{p.id} ({BROADCAST_STATE_LABELS.get(p.state, p.state)}, {p.source}, dibuat {_wib(p.created_at)})",
        f"  {progress_bar(p.finished, total, p.state == 'queued')}  {p.sent}/{total} terkirim"
        + (f", {p.rate_per_s:.1f}/detik, sisa ± {_duration(p.eta_s)}" if p.remaining and p.state == "sending" else ""),
    ]
    details = [f"{ROW_STATE_LABELS[s]} {n}" for s, n in sorted(p.counts.items()) if s != "sent" and n]
    if details:
        lines.append("  " + ", ".join(details))
    if p.counts.get("uncertain"):
        lines.append(f"  {p.counts['uncertain']} pesan tidak pasti: proses berhenti saat mengirimnya; Telegram "
                     f"mungkin sudah menyampaikannya. Kirim ulang hanya jika perlu: "
                     f"netralbot broadcast resend-uncertain {p.id}")
    if p.segment:
        lines.append("  segmen: " + ", ".join(f"{k}={v}" for k, v in p.segment.items()))
    return "\n".join(lines)


def cmd_broadcast_status(args) -> int:
    db = _db(args)
    rate = load_settings().netralbot_broadcast_rate
    ids = [args.id] if args.id else outbox.recent(db, 10)
    if not ids:
        print("belum ada siaran")
        return 0
    while True:
        progresses = [outbox.progress(db, bid, rate_limit=rate) for bid in ids]
        if None in progresses:
            return _fail(f"tidak ada siaran #{ids[progresses.index(None)]}")
        print("\n".join(format_progress(p) for p in progresses), flush=True)
        if not args.watch or all(p.remaining == 0 and p.state not in ("queued", "sending") for p in progresses):
            return 0
        time.sleep(args.watch)
        print()


def cmd_broadcast_cancel(args) -> int:
    db = _db(args)
    n = outbox.cancel(db, args.id)
    audit(db, actor(), "broadcast.cancel", f"#{args.id}", f"{n} rows")
    print(f"siaran #{args.id}: {n} pesan yang belum terkirim dibatalkan")
    return 0


def cmd_broadcast_resend(args) -> int:
    db = _db(args)
    n = outbox.resend_uncertain(db, args.id)
    audit(db, actor(), "broadcast.resend_uncertain", f"#{args.id}", f"{n} rows")
    print(f"siaran #{args.id}: {n} pesan tidak pasti dijadwalkan kirim ulang")
    return 0


# --- reminders ----------------------------------------------------------------------

def cmd_reminders_add(args) -> int:
    db = _db(args)
    try:
        if sum(x is not None for x in (args.cron, args.daily, args.weekly, args.at)) != 1:
            raise reminders.ReminderError("pilih tepat satu dari --cron, --daily, --weekly, --at")
        if sum((args.text is not None, args.tips, args.quiz)) != 1:
            raise reminders.ReminderError("pilih --text TEKS, --tips atau --quiz")
        cron = args.cron
        if args.daily:
            cron = reminders.daily_cron(args.daily)
        if args.weekly:
            cron = reminders.weekly_cron(*args.weekly)
        rem = reminders.add(
            db, text=_text_arg(args.text) if args.text is not None else None, cron=cron, at=args.at,
            segment=_segment(args), during=args.during, lead_days=args.lead_days,
            active_from=calendar.parse_date(args.start) if args.start else None,
            active_until=calendar.parse_date(args.until) if args.until else None, actor=actor(), quiz=args.quiz,
        )
    except ValueError as e:
        return _fail(str(e))
    audit(db, actor(), "reminder.create", f"#{rem.id}", rem.schedule_label() + (" (kuis)" if rem.quiz else ""))
    print(rem.id)
    print(describe(db, rem), file=sys.stderr)
    if rem.during and calendar.get(db, rem.during) is None:
        print(f"perhatian: tahapan '{rem.during}' belum ada di kalender; pengingat aktif setelah "
              f"`netralbot calendar set {rem.during} MULAI SELESAI`", file=sys.stderr)
    return 0


def describe(db, rem: reminders.Reminder, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    phases = {p.name: p for p in calendar.phases(db)}
    what = ("kuis netralitas" if rem.quiz else "tips netralitas bergilir" if rem.tips
            else repr(rem.text if len(rem.text) < 60 else rem.text[:57] + "…"))
    lines = [f"#{rem.id} {'(dijeda) ' if rem.paused else ''}{rem.schedule_label()} waktu setempat: {what}"]
    extra = []
    if rem.segment:
        extra.append("segmen " + ", ".join(f"{k}={v}" for k, v in rem.segment.items()))
    if rem.during:
        extra.append(f"selama {rem.during}" + (f" (mulai {rem.lead_days} hari sebelumnya)" if rem.lead_days else ""))
    if rem.active_from or rem.active_until:
        extra.append(f"aktif {rem.active_from or '…'} s.d. {rem.active_until or '…'}")
    if extra:
        lines.append("   " + "; ".join(extra))
    if not rem.paused:
        for zone in rem.zones():
            trig = reminders.trigger(rem, zone, phases)
            nxt = reminders.upcoming(trig, now, 1)
            label = subscriptions.TZ_LABELS[zone]
            lines.append(f"   berikutnya {label}: " + (nxt[0].strftime("%Y-%m-%d %H:%M") + f" {label}" if nxt else "-"))
    return "\n".join(lines)


def cmd_reminders_list(args) -> int:
    db = _db(args)
    items = reminders.all_reminders(db)
    if not items:
        print("belum ada pengingat")
    for rem in items:
        print(describe(db, rem))
    return 0


def cmd_reminders_remove(args) -> int:
    db = _db(args)
    if not reminders.remove(db, args.id):
        return _fail(f"tidak ada pengingat #{args.id}")
    audit(db, actor(), "reminder.del", f"#{args.id}")
    print(f"pengingat #{args.id} dihapus")
    return 0


def cmd_reminders_pause(args, paused: bool = True) -> int:
    db = _db(args)
    if not reminders.set_paused(db, args.id, paused):
        return _fail(f"tidak ada pengingat #{args.id}")
    audit(db, actor(), "reminder.pause" if paused else "reminder.resume", f"#{args.id}")
    print(f"pengingat #{args.id} {'dijeda' if paused else 'aktif kembali'}")
    return 0


# --- subscribers and calendar --------------------------------------------------------------

def cmd_subscribers_count(args) -> int:
    db = _db(args)
    try:
        print(subscriptions.count(db, _segment(args)))
    except ValueError as e:
        return _fail(str(e))
    return 0


def cmd_subscribers_add(args) -> int:
    db = _db(args)
    try:
        zone = subscriptions.parse_segment(f"timezone={args.timezone}")["timezone"]
        new = subscriptions.register_target(db, args.channel, args.chat_id, args.kind, args.label, zone)
    except ValueError as e:
        return _fail(str(e))
    audit(db, actor(), "target.add", f"{args.channel}:{args.chat_id}", args.kind)
    print(f"{args.kind} {args.chat_id} {'didaftarkan' if new else 'sudah terdaftar (diperbarui)'} sebagai penerima siaran")
    return 0


def cmd_subscribers_remove(args) -> int:
    db = _db(args)
    done = subscriptions.unsubscribe(db, args.channel, args.chat_id)
    if done:
        audit(db, actor(), "target.remove", f"{args.channel}:{args.chat_id}")
    print(f"{args.chat_id} {'dihapus dari penerima' if done else 'bukan penerima aktif'}")
    return 0


def cmd_calendar_list(args) -> int:
    phases = calendar.phases(_db(args))
    if not phases:
        print("kalender kosong; contoh: netralbot calendar set kampanye 2029-01-01 2029-02-10")
    today = dt.datetime.now(WIB).date()
    for p in phases:
        now = " ← sekarang" if p.contains(today) else ""
        print(f"{p.name:<14} {p.starts} s.d. {p.ends}  {p.label}{now}")
    return 0


def cmd_calendar_set(args) -> int:
    try:
        p = calendar.set_phase(_db(args), args.phase, calendar.parse_date(args.starts),
                               calendar.parse_date(args.ends), args.label)
    except ValueError as e:
        return _fail(str(e))
    print(f"{p.name}: {p.starts} s.d. {p.ends} ({p.label})")
    return 0


def cmd_calendar_remove(args) -> int:
    if not calendar.remove_phase(_db(args), args.phase):
        return _fail(f"tidak ada tahapan {args.phase}")
    print(f"tahapan {args.phase} dihapus")
    return 0


# --- parsers ------------------------------------------------------------------------

SEGMENT_HELP = ("audience, e.g. 'timezone=WITA,province=Bali'; keys: " + ", ".join(subscriptions.SEGMENT_KEYS))


def add_parsers(sub) -> None:
    b = sub.add_parser("broadcast", help="queue broadcasts and watch their delivery")
    bs = b.add_subparsers(dest="broadcast_command", required=True)
    s = bs.add_parser("send", help="queue a broadcast; prints its id (netralbot run delivers it)")
    s.add_argument("text", help="the message (*bold* allowed), or - to read standard input")
    s.add_argument("--segment", help=SEGMENT_HELP)
    s.add_argument("--at", help="not before this WIB time, 'YYYY-MM-DD HH:MM'")
    s.set_defaults(func=cmd_broadcast_send)
    st = bs.add_parser("status", help="progress of one broadcast, or of the latest ones")
    st.add_argument("id", nargs="?", type=int)
    st.add_argument("--watch", type=float, metavar="SECONDS", help="refresh until delivered")
    st.set_defaults(func=cmd_broadcast_status)
    c = bs.add_parser("cancel", help="stop a broadcast; what is sent stays sent")
    c.add_argument("id", type=int)
    c.set_defaults(func=cmd_broadcast_cancel)
    r = bs.add_parser("resend-uncertain", help="send again the messages in flight when the bot died")
    r.add_argument("id", type=int)
    r.set_defaults(func=cmd_broadcast_resend)

    rm = sub.add_parser("reminders", help="scheduled reminders in the audience's local time")
    rms = rm.add_subparsers(dest="reminders_command", required=True)
    rms.add_parser("list", help="reminders and their next run per time zone").set_defaults(func=cmd_reminders_list)
    a = rms.add_parser("add", help="add a reminder; prints its id")
    what = a.add_mutually_exclusive_group()
    what.add_argument("--text", help="the message, or - to read standard input")
    what.add_argument("--tips", action="store_true", help="rotating tips drawn from the knowledge base")
    what.add_argument("--quiz", action="store_true",
                      help="a neutrality quiz from the knowledge base (Telegram quiz poll, WhatsApp buttons)")
    a.add_argument("--cron", help="crontab rule, local time: '30 7 * * mon' (0 or 7 = Sunday)")
    a.add_argument("--daily", metavar="HH:MM")
    a.add_argument("--weekly", nargs=2, metavar=("DAY", "HH:MM"), help="e.g. senin 07:30")
    a.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'", help="once, local time")
    a.add_argument("--segment", help=SEGMENT_HELP)
    a.add_argument("--during", metavar="PHASE", help="only during an election phase (see `calendar`)")
    a.add_argument("--lead-days", type=int, default=0, help="with --during: start this many days before")
    a.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    a.add_argument("--until", metavar="YYYY-MM-DD")
    a.set_defaults(func=cmd_reminders_add)
    for name, func, helptext in (("remove", cmd_reminders_remove, "delete a reminder"),
                                 ("pause", cmd_reminders_pause, "pause a reminder"),
                                 ("resume", lambda args: cmd_reminders_pause(args, False), "resume a paused reminder")):
        x = rms.add_parser(name, help=helptext)
        x.add_argument("id", type=int)
        x.set_defaults(func=func)

    sb = sub.add_parser("subscribers", help="who receives reminders and broadcasts")
    sbs = sb.add_subparsers(dest="subscribers_command", required=True)
    cnt = sbs.add_parser("count", help="active subscribers in a segment")
    cnt.add_argument("--segment", help=SEGMENT_HELP)
    cnt.set_defaults(func=cmd_subscribers_count)
    add = sbs.add_parser("add", help="register a group or channel as a broadcast target")
    add.add_argument("chat_id")
    add.add_argument("--kind", choices=("group", "channel"), required=True)
    add.add_argument("--channel", default="telegram", choices=outbox.DELIVERABLE_CHANNELS)
    add.add_argument("--label", help="a name for HR, e.g. 'Grup ASN Dinas Pendidikan'")
    add.add_argument("--timezone", default="WIB", help="WIB, WITA or WIT (for reminders)")
    add.set_defaults(func=cmd_subscribers_add)
    rem = sbs.add_parser("remove", help="stop sending to a chat")
    rem.add_argument("chat_id")
    rem.add_argument("--channel", default="telegram", choices=outbox.DELIVERABLE_CHANNELS)
    rem.set_defaults(func=cmd_subscribers_remove)

    cal = sub.add_parser("calendar", help="election phases that reminders can follow")
    cals = cal.add_subparsers(dest="calendar_command", required=True)
    cals.add_parser("list", help="the phases and their dates").set_defaults(func=cmd_calendar_list)
    cs = cals.add_parser("set", help="set a phase: " + ", ".join(calendar.KNOWN_PHASES) + " or another name")
    cs.add_argument("phase")
    cs.add_argument("starts", metavar="START")
    cs.add_argument("ends", metavar="END")
    cs.add_argument("--label")
    cs.set_defaults(func=cmd_calendar_set)
    cr = cals.add_parser("remove", help="remove a phase")
    cr.add_argument("phase")
    cr.set_defaults(func=cmd_calendar_remove)
