"""The conversation: what each command, message and button does.

``Conversation.handle(Inbound) -> list[Reply]`` is all a channel adapter calls.
Callback payloads are short strings (Telegram allows 64 bytes):

    a:<faq_id>          show an entry's answer (suggestion, related question, topic item)
    c:<faq_id>          full legal text of the entry's citations
    t                   topic list          t:<topic>:<page>   questions of a topic
    f:<faq_id>:u|d      anonymous 👍/👎 on an entry
    m:help | m:privacy  menu items;  m:sub | m:unsub  subscribe, unsubscribe
    pv:<n> | pv:skip    province of a new subscriber (sets the reminder time zone)
    s:<faq_id>:<token>  a suggestion tapped after a close call (teaches a candidate phrasing)
    dlg:… adm:… hr:…    staff forms and buttons (handlers/staff.py; the role is checked again)

Staff commands (admin, HR, superadmin) are answered by :class:`handlers.staff.Staff`
first; everything else is for everyone.
"""

from __future__ import annotations

import logging

from netralbot.handlers.access import Access
from netralbot.handlers.content_reply import HOW_TO, check_text
from netralbot.handlers.messages import Button, Inbound, Reply
from netralbot.handlers.staff import Staff, staff_help
from netralbot.knowledge import insight
from netralbot.handlers.render import VERDICT_LABELS, citation_flags
from netralbot.knowledge.answer import Answer, Outcome
from netralbot.knowledge.engine import KnowledgeBase
from netralbot.knowledge.store import record_feedback, record_outcome
from netralbot.scheduler import subscriptions

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000  # longer messages are refused, not truncated silently
PAGE_SIZE = 8
BUTTON_LABEL_MAX = 60

WELCOME = (
    "*Selamat datang di NetralBot* 👋\n\n"
    "Saya membantu ASN (PNS dan PPPK) memahami aturan *netralitas* dalam pemilu dan pilkada: "
    "apa yang dilarang, apa yang boleh, dan apa yang perlu hati-hati, lengkap dengan pasal "
    "peraturannya dan sanksinya.\n\n"
    "Tulis saja pertanyaan Anda seperti biasa, misalnya:\n"
    "• klo like postingan caleg temen boleh gk?\n"
    "• foto bareng cabup pose 2 jari gimana?\n"
    "• suami nyaleg, aku boleh ikut kampanye?\n\n"
    "Yang tidak bisa saya lakukan: memutus kasus Anda (itu wewenang pejabat yang berwenang), "
    "menjawab urusan kepegawaian lain, atau menyebut calon mana pun.\n\n"
    "🔒 Pertanyaan Anda tidak disimpan bersama identitas Anda. Ketik /privasi untuk rinciannya."
)
HELP = (
    "*Cara memakai NetralBot*\n\n"
    "• Tulis pertanyaan tentang netralitas ASN dengan bahasa sehari-hari.\n"
    "• Di grup: pakai /tanya PERTANYAAN, sebut nama bot, atau balas pesan bot.\n\n"
    "Arti jawaban:\n"
    f"{VERDICT_LABELS['dilarang']}: ada peraturan yang melarang.\n"
    f"{VERDICT_LABELS['boleh']}: hak Anda atau tidak ada larangan.\n"
    f"{VERDICT_LABELS['hati-hati']}: peraturan tidak tegas; lihat syaratnya.\n"
    f"{VERDICT_LABELS['info']}: keterangan tentang sanksi atau prosedur.\n\n"
    "Perintah:\n"
    "/tanya PERTANYAAN – bertanya\n"
    "/cek TEKS – periksa konten sebelum membagikannya (atau teruskan saja pesannya ke saya)\n"
    "/lapor – laporkan dugaan pelanggaran netralitas (dipandu; tidak disimpan)\n"
    "/kuis – kuis netralitas terbaru\n"
    "/topik – jelajahi pertanyaan per topik\n"
    "/langganan – berlangganan pengingat netralitas\n"
    "/instansi NAMA – catat instansi Anda (opsional)\n"
    "/berhenti – berhenti berlangganan\n"
    "/privasi – bagaimana data Anda diperlakukan\n"
    "/bantuan – pesan ini"
)
PRIVACY = (
    "*Privasi*\n\n"
    "Pertanyaan tentang netralitas bisa menyangkut diri sendiri, jadi:\n"
    "• Pertanyaan Anda tidak disimpan bersama nama, nomor, atau ID Anda, dan tidak dicatat di log.\n"
    "• Yang dicatat hanya hitungan anonim: berapa pertanyaan terjawab per hari dan tombol 👍/👎 "
    "per entri tanya-jawab.\n"
    "• Pertanyaan yang belum bisa dijawab dicatat tanpa identitas, setelah angka, nomor telepon, "
    "alamat e-mail, tautan, dan nama dihapus, agar admin tahu apa yang perlu ditambahkan; paling "
    "banyak 2.000 teks, dan teks yang 90 hari tidak ditanyakan lagi dihapus.\n"
    "• Bila Anda berlangganan pengingat, kami menyimpan ID chat (dan di WhatsApp waktu pesan terakhir "
    "Anda, yang menentukan cara pengiriman), tanpa isi pertanyaan.\n"
    "• Jawaban bot adalah panduan, bukan keputusan hukum, dan tidak dilaporkan ke siapa pun."
)
TOO_LONG = (
    "Pesan Anda terlalu panjang (lebih dari {limit} karakter). Mohon ringkas pertanyaan Anda "
    "dalam beberapa kalimat."
)
EMPTY_MESSAGE = ("Pesan Anda kosong. Tulis pertanyaan tentang netralitas ASN, misalnya: "
                 "\"bolehkah like postingan caleg?\"")
CHECK_HOW_TO = HOW_TO
ASK_USAGE = "Tulis pertanyaan setelah /tanya, misalnya: /tanya bolehkah like postingan caleg?"
UNKNOWN_COMMAND = "Perintah itu tidak saya kenal. Ketik /bantuan untuk daftar perintah."
STALE_BUTTON = "Tombol ini sudah tidak berlaku. Silakan tanyakan lagi."
THANKS = "Terima kasih atas masukan Anda 🙏"
SUBSCRIBED = (
    "✅ Anda berlangganan *pengingat netralitas ASN*. Pengingat dikirim terjadwal, lebih sering "
    "menjelang masa kampanye dan masa tenang. Ketik /berhenti kapan saja untuk berhenti.\n\n"
    "🔒 Untuk mengirim pengingat kami menyimpan ID chat ini, tanpa pertanyaan Anda."
)
ALREADY_SUBSCRIBED = "Anda sudah berlangganan pengingat netralitas. Ketik /berhenti untuk berhenti."
UNSUBSCRIBED = "Anda berhenti berlangganan pengingat. Ketik /langganan bila ingin berlangganan lagi."
NOT_SUBSCRIBED = "Anda belum berlangganan pengingat. Ketik /langganan untuk berlangganan."
GROUP_SUBSCRIBE = (
    "Grup atau kanal didaftarkan sebagai penerima siaran oleh petugas BKPSDM/HR. "
    "Untuk pengingat pribadi, kirim /langganan lewat chat pribadi dengan bot ini."
)
ASK_PROVINCE = (
    "Opsional: di provinsi mana Anda bertugas? Jawaban ini hanya dipakai agar pengingat "
    "datang pada jam yang tepat di zona waktu Anda (WIB/WITA/WIT)."
)
ASK_INSTANSI = (
    "Opsional: ketik /instansi NAMA (misalnya /instansi Dinas Pendidikan Kota Bandung) agar siaran "
    "khusus instansi Anda juga sampai ke sini."
)
PROFILE_SAVED = "Terima kasih. Pengingat akan mengikuti zona waktu {tz} ({province}).\n\n" + ASK_INSTANSI
PROFILE_SKIPPED = "Baik, pengingat memakai WIB. Anda bisa mengubahnya dengan /langganan nanti.\n\n" + ASK_INSTANSI
INSTANSI_USAGE = (
    "Tulis nama instansi setelah /instansi, misalnya: /instansi Dinas Pendidikan Kota Bandung. "
    "Ketik /instansi hapus untuk menghapusnya."
)
INSTANSI_SAVED = "Instansi tercatat: *{name}*. Siaran untuk instansi ini akan sampai ke sini."
INSTANSI_REMOVED = "Instansi dihapus dari langganan Anda."
INSTANSI_INVALID = "Nama instansi tidak valid: tulis 3–100 huruf, misalnya /instansi BKPSDM Kabupaten Sleman."
PROVINCE_NAMES = sorted(subscriptions.PROVINCES)


def _label(text: str, limit: int = BUTTON_LABEL_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def menu_buttons() -> tuple[tuple[Button, ...], ...]:
    return (
        (Button("📚 Jelajahi topik", "t"),),
        (Button("🔎 Cek konten", "m:cek"),),
        (Button("🔔 Langganan pengingat", "m:sub"),),
        (Button("❓ Bantuan", "m:help"), Button("🔒 Privasi", "m:privacy")),
    )


# Islands first, then the province: every step fits one WhatsApp list (at most 10 rows),
# where 38 provinces at once would be four separate lists.
REGIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Sumatera", ("Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
                  "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung")),
    ("Jawa", ("DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur")),
    ("Bali dan Nusa Tenggara", ("Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur")),
    ("Kalimantan", ("Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur",
                    "Kalimantan Utara")),
    ("Sulawesi", ("Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan",
                  "Sulawesi Tenggara")),
    ("Maluku dan Papua", ("Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan",
                          "Papua Tengah", "Papua Pegunungan")),
)


def province_picker(region: int | None = None) -> Reply:
    """The islands (then, for ``region``, its provinces), plus "skip"."""
    if region is not None:  # up to 10 provinces: a full WhatsApp list, no room for more
        rows = [(Button(name, f"pv:{PROVINCE_NAMES.index(name)}"),) for name in REGIONS[region][1]]
        return Reply(text=ASK_PROVINCE, buttons=tuple(rows), edit=True)
    rows = [(Button(name, f"pv:r{i}"),) for i, (name, _) in enumerate(REGIONS)]
    rows.append((Button("Lewati", "pv:skip"),))
    return Reply(text=ASK_PROVINCE, buttons=tuple(rows))


class Conversation:
    def __init__(self, kb: KnowledgeBase, access: Access | None = None, broadcast_rate: float = 25.0,
                 console_url: str | None = None) -> None:
        self.kb = kb
        self.staff = Staff(kb, access or Access(kb.db), broadcast_rate, console_url)
        from netralbot.handlers.quiz_reply import QuizTaps
        from netralbot.handlers.report import Report

        self.report = Report(kb)  # /lapor: answers kept in memory only while the form is open
        self.quiz = QuizTaps(kb.db)  # quiz buttons: anonymous counts

    # --- entry point ---------------------------------------------------------------

    def handle(self, msg: Inbound) -> list[Reply]:
        try:
            self.kb.refresh_if_changed()  # an admin edited the knowledge base (maybe elsewhere)
            if msg.callback is not None:
                if msg.callback.startswith("pv:"):
                    return self.pick_province(msg, msg.callback[3:])
                if msg.callback in ("m:sub", "m:unsub"):  # buttons, as well as /langganan and /berhenti
                    return self.subscribe(msg) if msg.callback == "m:sub" else self.unsubscribe(msg)
                learning = self._learning_button(msg)  # /lapor steps, quiz answers
                if learning is not None:
                    return learning
                staff = self.staff.on_button(msg, msg.callback)
                if staff is not None:
                    return staff
                return self._callback(msg.callback)
            if msg.document is not None:
                return self.staff.on_document(msg)
            return self._message(msg)
        except Exception:  # never show a trace to a user; the log has no user data
            log.exception("handler failed")
            return [Reply(text="Maaf, terjadi kesalahan di sistem kami. Silakan coba lagi sebentar lagi.")]

    # --- messages --------------------------------------------------------------

    def _message(self, msg: Inbound) -> list[Reply]:
        if not msg.is_group and (msg.forwarded or msg.image) and not self.staff.active(msg):
            return self.check_content(msg.text or "", image=msg.image, image_text=msg.image_text,
                                      image_problem=msg.image_problem)  # "aman gak kalau saya bagikan?"
        text = (msg.text or "").strip()
        command, _, rest = text.partition(" ") if text.startswith("/") else ("", "", text)
        if command:
            name = command[1:].split("@", 1)
            if len(name) == 2 and msg.bot_username and name[1].lower() != msg.bot_username.lower():
                return []  # a command for another bot in the same group
            learning = self._learning_command(name[0].lower(), msg)
            if learning is not None:
                return learning
            staff = self.staff.command(name[0].lower(), rest.strip(), msg)
            if staff is not None:
                return staff
            return self._command(name[0].lower(), rest.strip(), msg)
        if self.report.active(msg):  # a /lapor form waiting for an answer
            return self.report.on_text(msg, text)
        staff = self.staff.on_text(msg, text)  # an admin or HR form waiting for an answer
        if staff is not None:
            return staff
        if msg.is_group and not msg.addressed:
            return []  # never chatter in groups
        if msg.is_group and msg.bot_username:
            text = text.replace(f"@{msg.bot_username}", " ").strip()
        if msg.is_group and msg.addressed:  # "@bot cek" as a reply to a message, or "@bot cek TEKS"
            if text.lower() in ("", "cek") and msg.quoted:
                return self.check_content(msg.quoted)
            if text.lower().startswith("cek "):
                return self.check_content(text[4:])
        if not text:  # nothing was asked: say how to ask; not a question, not counted
            return [Reply(text=EMPTY_MESSAGE)]
        return self.ask(text)

    def _command(self, name: str, arg: str, msg: Inbound) -> list[Reply]:
        if name == "start":
            return [Reply(text=WELCOME, buttons=menu_buttons())]
        if name in ("bantuan", "help"):
            roles = self.staff.access.roles_of(msg.channel, msg.user_id) if not msg.is_group else set()
            return [Reply(text=HELP + staff_help(roles))]
        if name == "privasi":
            return [Reply(text=PRIVACY)]
        if name == "topik":
            return [self.topic_list()]
        if name == "tanya":
            return self.ask(arg) if arg else [Reply(text=ASK_USAGE)]
        if name == "cek":
            content = arg or (msg.quoted or "")  # in a group: /cek as a reply to the message to check
            return self.check_content(content) if content.strip() else [Reply(text=CHECK_HOW_TO)]
        if name == "langganan":
            return self.subscribe(msg)
        if name == "berhenti":
            return self.unsubscribe(msg)
        if name == "instansi":
            return self.set_instansi(msg, arg)
        if msg.is_group and not msg.addressed:
            return []
        return [Reply(text=UNKNOWN_COMMAND)]

    # --- learning and acting: quizzes (handlers/quiz_reply.py), /lapor (handlers/report.py) ---

    def _learning_command(self, name: str, msg: Inbound) -> list[Reply] | None:
        if name == "lapor":
            return self.report.start(msg)
        if name == "kuis":
            return [self.quiz.latest(msg.channel, msg.chat_id)]
        if name == "statistik" and not msg.is_group:  # HR sees the quiz results; admins see everything (staff.py)
            roles = self.staff.access.roles_of(msg.channel, msg.user_id)
            if "hr" in roles and "admin" not in roles:
                from netralbot.scheduler import quizzes

                return [Reply(text=quizzes.stats(self.kb.db).text())]
        if self.report.active(msg):  # /batal, or any other command, closes the report form
            self.report.cancel(msg)
            if name == "batal":
                from netralbot.handlers.report import CANCELLED

                return [Reply(text=CANCELLED)]
        return None

    def _learning_button(self, msg: Inbound) -> list[Reply] | None:
        kind, _, rest = (msg.callback or "").partition(":")
        if kind == "lp":
            return self.report.on_button(msg, rest)
        if kind == "qz":
            reply = self.quiz.tap(msg.channel, msg.user_id, rest)
            return [reply] if reply is not None else [Reply(notice=STALE_BUTTON)]
        if kind == "qa":  # the full answer behind a quiz
            a = self.kb.answer_entry(rest)
            return [self.answer_reply(a)] if a is not None else [Reply(notice=STALE_BUTTON)]
        return None

    # --- content check -----------------------------------------------------------

    def check_content(self, text: str, image: bool = False, image_text: str | None = None,
                      image_problem: str | None = None) -> list[Reply]:
        """Caption and the text read on the image are checked together; an image that could
        not be read is said to be unread, never taken as harmless."""
        from netralbot.knowledge import content, registry

        if len(text) > MAX_MESSAGE_CHARS * 4:
            return [Reply(text=TOO_LONG.format(limit=MAX_MESSAGE_CHARS * 4))]
        combined = "\n".join(t for t in (text, image_text) if t)
        result = content.check(combined, self.kb, registry.load(self.kb.db), from_image=image and bool(image_text))
        record_outcome(self.kb.db, "content-check")  # an anonymous count; the content is not kept
        unread = image and image_text is None
        return [Reply(text=check_text(result, image_unread=unread, image_problem=image_problem,
                                      image_read=image and image_text is not None))]

    # --- subscriptions ---------------------------------------------------------------

    def subscribe(self, msg: Inbound) -> list[Reply]:
        if msg.is_group:
            return [Reply(text=GROUP_SUBSCRIBE)]
        db = self.kb.db
        new = subscriptions.subscribe(db, msg.channel, msg.chat_id, msg.chat_kind)
        replies = [Reply(text=SUBSCRIBED if new else ALREADY_SUBSCRIBED,
                         buttons=((Button("🔕 Berhenti berlangganan", "m:unsub"),),))]
        if new or not subscriptions.profile_asked(db, msg.channel, msg.chat_id):
            replies.append(province_picker())
        return replies

    def unsubscribe(self, msg: Inbound) -> list[Reply]:
        if msg.is_group:
            return [Reply(text=GROUP_SUBSCRIBE)]
        done = subscriptions.unsubscribe(self.kb.db, msg.channel, msg.chat_id)
        return [Reply(text=UNSUBSCRIBED if done else NOT_SUBSCRIBED)]

    def set_instansi(self, msg: Inbound, name: str) -> list[Reply]:
        if msg.is_group:
            return [Reply(text=GROUP_SUBSCRIBE)]
        db = self.kb.db
        if subscriptions.get(db, msg.channel, msg.chat_id) is None:
            return [Reply(text=NOT_SUBSCRIBED)]
        name = " ".join(name.split())
        if not name:
            return [Reply(text=INSTANSI_USAGE)]
        if name.lower() == "hapus":
            subscriptions.set_profile(db, msg.channel, msg.chat_id, instansi="")
            return [Reply(text=INSTANSI_REMOVED)]
        letters = sum(ch.isalpha() for ch in name)
        if letters < 3 or len(name) > 100 or any(ch in name for ch in "*_<>`"):
            return [Reply(text=INSTANSI_INVALID)]
        subscriptions.set_profile(db, msg.channel, msg.chat_id, instansi=name)
        return [Reply(text=INSTANSI_SAVED.format(name=name))]

    def pick_province(self, msg: Inbound, choice: str) -> list[Reply]:
        db = self.kb.db
        if subscriptions.get(db, msg.channel, msg.chat_id) is None:
            return [Reply(notice=STALE_BUTTON)]
        if choice == "skip":
            subscriptions.set_profile(db, msg.channel, msg.chat_id, skipped=True)
            return [Reply(text=PROFILE_SKIPPED, edit=True)]
        if choice.startswith("r") and choice[1:].isdigit() and int(choice[1:]) < len(REGIONS):
            return [province_picker(int(choice[1:]))]
        if not choice.isdigit() or int(choice) >= len(PROVINCE_NAMES):
            return [Reply(notice=STALE_BUTTON)]
        province = PROVINCE_NAMES[int(choice)]
        subscriptions.set_profile(db, msg.channel, msg.chat_id, province=province)
        tz = subscriptions.TZ_LABELS[subscriptions.PROVINCES[province]]
        return [Reply(text=PROFILE_SAVED.format(tz=tz, province=province), edit=True)]

    def ask(self, text: str) -> list[Reply]:
        if len(text) > MAX_MESSAGE_CHARS:
            return [Reply(text=TOO_LONG.format(limit=MAX_MESSAGE_CHARS))]
        answer = self.kb.ask(text)
        record_outcome(self.kb.db, str(answer.outcome),
                       answer.topic if answer.outcome == Outcome.ANSWERED else None)
        if answer.reason in ("no-match", "out-of-scope"):
            insight.record_unanswered(self.kb.db, text, self.kb.vocabulary())
        token = None
        if answer.outcome == Outcome.SUGGESTED:
            token = insight.remember_close_call(self.kb.db, text, self.kb.vocabulary())
        return [self.answer_reply(answer, close_call=token)]

    # --- rendering helpers ---------------------------------------------------------

    def answer_reply(self, a: Answer, edit: bool = False, close_call: str | None = None) -> Reply:
        rows: list[tuple[Button, ...]] = []
        if a.outcome == Outcome.SUGGESTED:
            # s:<faq_id>:<token> lets a tap teach a phrasing (anonymously, after an admin's review)
            rows = [(Button(_label(s.question), f"s:{s.faq_id}:{close_call}" if close_call else f"a:{s.faq_id}"),)
                    for s in a.suggestions]
        elif a.faq_id:
            if a.citations:
                rows.append((Button("📜 Teks lengkap dasar hukum", f"c:{a.faq_id}"),))
            rows.extend((Button("↪ " + _label(r.question), f"a:{r.faq_id}"),) for r in a.related[:3])
            rows.append((Button("👍 Membantu", f"f:{a.faq_id}:u"), Button("👎 Kurang", f"f:{a.faq_id}:d")))
        return Reply(answer=a, buttons=tuple(rows), edit=edit)

    def topic_list(self, edit: bool = False) -> Reply:
        rows = tuple(
            (Button(f"{label} ({n})", f"t:{slug}:0"),) for slug, label, n in self.kb.topics()
        )
        return Reply(text="*Pilih topik:*", buttons=rows, edit=edit)

    def topic_page(self, topic: str, page: int) -> Reply:
        entries = self.kb.entries_in_topic(topic)
        if not entries:
            return Reply(text=STALE_BUTTON)
        pages = max(1, -(-len(entries) // PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        chunk = entries[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        rows: list[tuple[Button, ...]] = [(Button(_label(e.question), f"a:{e.id}"),) for e in chunk]
        nav = []
        if page > 0:
            nav.append(Button("◀ Sebelumnya", f"t:{topic}:{page - 1}"))
        nav.append(Button("📚 Topik", "t"))
        if page < pages - 1:
            nav.append(Button("Berikutnya ▶", f"t:{topic}:{page + 1}"))
        rows.append(tuple(nav))
        label = dict((s, lbl) for s, lbl, _ in self.kb.topics()).get(topic, topic)
        return Reply(text=f"*{label}* (halaman {page + 1}/{pages})", buttons=tuple(rows), edit=True)

    def full_citations(self, faq_id: str) -> Reply:
        a = self.kb.answer_entry(faq_id)
        if a is None or not a.citations:
            return Reply(text=STALE_BUTTON)
        blocks = []
        for c in a.citations:
            head = f"*{c.label}*"
            if c.title != c.regulation:
                head += f"\n{c.title}"
            flags = citation_flags(c)
            tail = f"\n({'; '.join(flags)})" if flags else ""
            blocks.append(f"{head}\n\"{c.text}\"{tail}")
        return Reply(text="*Teks dasar hukum*\n\n" + "\n\n".join(blocks))

    # --- buttons -------------------------------------------------------------------

    def _callback(self, data: str) -> list[Reply]:
        kind, _, rest = data.partition(":")
        if kind == "s":  # a suggestion tapped after a close call
            faq_id, _, token = rest.partition(":")
            if faq_id in self.kb.entries:
                insight.record_pick(self.kb.db, token, faq_id)
            kind, rest = "a", faq_id
        if kind == "a":
            a = self.kb.answer_entry(rest)
            if a is None:
                return [Reply(notice=STALE_BUTTON)]
            record_outcome(self.kb.db, "suggestion-picked")
            return [self.answer_reply(a)]
        if kind == "c":
            return [self.full_citations(rest)]
        if kind == "t":
            if not rest:
                return [self.topic_list(edit=True)]
            topic, _, page = rest.rpartition(":")
            return [self.topic_page(topic, int(page) if page.isdigit() else 0)]
        if kind == "f":
            faq_id, _, vote = rest.rpartition(":")
            if faq_id in self.kb.entries and vote in ("u", "d"):
                record_feedback(self.kb.db, faq_id, vote == "u")
                return [Reply(notice=THANKS)]
            return [Reply(notice=STALE_BUTTON)]
        if data == "m:cek":
            return [Reply(text=CHECK_HOW_TO)]
        if data == "m:help":
            return [Reply(text=HELP)]
        if data == "m:privacy":
            return [Reply(text=PRIVACY)]
        return [Reply(notice=STALE_BUTTON)]
