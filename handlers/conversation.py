"""The conversation: what each command, message and button does.

``Conversation.handle(Inbound) -> list[Reply]`` is all a channel adapter calls.
Callback payloads are short strings (Telegram allows 64 bytes):

    a:<faq_id>          show an entry's answer (suggestion, related question, topic item)
    c:<faq_id>          full legal text of the entry's citations
    t                   topic list          t:<topic>:<page>   questions of a topic
    f:<faq_id>:u|d      anonymous 👍/👎 on an entry
    m:help | m:privacy  menu items
"""

from __future__ import annotations

import logging

from handlers.messages import Button, Inbound, Reply
from handlers.render import VERDICT_LABELS, citation_flags
from knowledge.answer import Answer, Outcome
from knowledge.engine import KnowledgeBase
from knowledge.store import record_feedback, record_outcome

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
    "/topik – jelajahi pertanyaan per topik\n"
    "/privasi – bagaimana data Anda diperlakukan\n"
    "/bantuan – pesan ini"
)
PRIVACY = (
    "*Privasi*\n\n"
    "Pertanyaan tentang netralitas bisa menyangkut diri sendiri, jadi:\n"
    "• Pertanyaan Anda tidak disimpan bersama nama, nomor, atau ID Anda, dan tidak dicatat di log.\n"
    "• Yang dicatat hanya hitungan anonim: berapa pertanyaan terjawab per hari dan tombol 👍/👎 "
    "per entri tanya-jawab.\n"
    "• Jawaban bot adalah panduan, bukan keputusan hukum, dan tidak dilaporkan ke siapa pun."
)
TOO_LONG = (
    "Pesan Anda terlalu panjang (lebih dari {limit} karakter). Mohon ringkas pertanyaan Anda "
    "dalam beberapa kalimat."
)
ASK_USAGE = "Tulis pertanyaan setelah /tanya, misalnya: /tanya bolehkah like postingan caleg?"
UNKNOWN_COMMAND = "Perintah itu tidak saya kenal. Ketik /bantuan untuk daftar perintah."
STALE_BUTTON = "Tombol ini sudah tidak berlaku. Silakan tanyakan lagi."
THANKS = "Terima kasih atas masukan Anda 🙏"


def _label(text: str, limit: int = BUTTON_LABEL_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def menu_buttons() -> tuple[tuple[Button, ...], ...]:
    return (
        (Button("📚 Jelajahi topik", "t"),),
        (Button("❓ Bantuan", "m:help"), Button("🔒 Privasi", "m:privacy")),
    )


class Conversation:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    # --- entry point ---------------------------------------------------------------

    def handle(self, msg: Inbound) -> list[Reply]:
        try:
            if msg.callback is not None:
                return self._callback(msg.callback)
            return self._message(msg)
        except Exception:  # never show a trace to a user; the log has no user data
            log.exception("handler failed")
            return [Reply(text="Maaf, terjadi kesalahan di sistem kami. Silakan coba lagi sebentar lagi.")]

    # --- messages --------------------------------------------------------------

    def _message(self, msg: Inbound) -> list[Reply]:
        text = (msg.text or "").strip()
        command, _, rest = text.partition(" ") if text.startswith("/") else ("", "", text)
        if command:
            name = command[1:].split("@", 1)
            if len(name) == 2 and msg.bot_username and name[1].lower() != msg.bot_username.lower():
                return []  # a command for another bot in the same group
            return self._command(name[0].lower(), rest.strip(), msg)
        if msg.is_group and not msg.addressed:
            return []  # never chatter in groups
        if msg.is_group and msg.bot_username:
            text = text.replace(f"@{msg.bot_username}", " ").strip()
        return self.ask(text)

    def _command(self, name: str, arg: str, msg: Inbound) -> list[Reply]:
        if name == "start":
            return [Reply(text=WELCOME, buttons=menu_buttons())]
        if name in ("bantuan", "help"):
            return [Reply(text=HELP)]
        if name == "privasi":
            return [Reply(text=PRIVACY)]
        if name == "topik":
            return [self.topic_list()]
        if name == "tanya":
            return self.ask(arg) if arg else [Reply(text=ASK_USAGE)]
        if msg.is_group and not msg.addressed:
            return []
        return [Reply(text=UNKNOWN_COMMAND)]

    def ask(self, text: str) -> list[Reply]:
        if len(text) > MAX_MESSAGE_CHARS:
            return [Reply(text=TOO_LONG.format(limit=MAX_MESSAGE_CHARS))]
        answer = self.kb.ask(text)
        record_outcome(self.kb.db, str(answer.outcome))
        return [self.answer_reply(answer)]

    # --- rendering helpers ---------------------------------------------------------

    def answer_reply(self, a: Answer, edit: bool = False) -> Reply:
        rows: list[tuple[Button, ...]] = []
        if a.outcome == Outcome.SUGGESTED:
            rows = [(Button(_label(s.question), f"a:{s.faq_id}"),) for s in a.suggestions]
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
        if data == "m:help":
            return [Reply(text=HELP)]
        if data == "m:privacy":
            return [Reply(text=PRIVACY)]
        return [Reply(notice=STALE_BUTTON)]
