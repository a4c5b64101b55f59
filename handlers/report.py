"""/lapor: a guided report of a neutrality violation someone saw.

A short form (what happened, who, which level, when and where, what evidence),
then where to report, what evidence helps and how to keep it, what the reference
says (and does not say) about protecting the reporter, and a draft to copy.

Nothing of a report is stored: the answers live in this process's memory while the
form is open (30 minutes at most, gone on restart), are never logged, and only an
anonymous count of finished reports is kept (``stats_daily``, ``guided-report``).
Channels and their steps come from the reference's section 11 (the ``KANAL/*``
provisions); the draft names provisions from the knowledge base. Someone who did
the act themselves by accident is pointed to the entry with its steps instead.

Callback payloads: ``lp:<n>`` (the n-th choice of the current step).
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from netralbot.handlers.messages import Button, Inbound, Reply
from netralbot.knowledge.engine import KnowledgeBase
from netralbot.knowledge.store import record_outcome

EXPIRY_S = 30 * 60
MAX_OPEN = 10_000  # forms open at once (oldest dropped): memory stays bounded
FREE_TEXT_MAX = 300
REPORT_TOPICS = ("media-sosial", "foto-atribut", "kampanye-kegiatan", "alat-peraga", "jabatan-fasilitas",
                 "partai-politik", "pencalonan", "keluarga")
OTHER = "lainnya"
_NOT_ACTS = ("apa ", "jika ", "kalau ", "setelah ", "yang ", "bagaimana ", "siapa ")

INTRO = ("*Lapor dugaan pelanggaran netralitas* (5 langkah singkat)\n"
         "🔒 Jawaban Anda tidak disimpan dan tidak dicatat; di akhir Anda mendapat draf laporan untuk dikirim "
         "sendiri. NetralBot tidak meneruskan laporan ke mana pun.")
CANCEL_HINT = "\n\n/batal untuk membatalkan"
CANCELLED = "Laporan dibatalkan. Tidak ada yang disimpan."
GROUP_ONLY_PRIVATE = "Untuk melapor, kirim /lapor lewat chat pribadi dengan bot ini (jangan di grup)."
EXPIRED = "Isian laporan ini sudah berakhir. Mulai lagi dengan /lapor."
PICK = "Pilih salah satu tombol."

WHO = [("ASN (PNS/PPPK)", "asn"), ("Bukan ASN (mis. kepala desa, TNI/Polri, tim kampanye)", "bukan-asn"),
       ("Tidak tahu", "tidak-tahu"), ("Saya sendiri, tidak sengaja", "sendiri")]
WHO_LABELS = {"asn": "ASN (PNS/PPPK)", "bukan-asn": "bukan ASN", "tidak-tahu": "belum diketahui apakah ASN"}
LEVELS = [("Pusat (kementerian/lembaga)", "pusat"), ("Provinsi", "provinsi"), ("Kabupaten/kota", "kabupaten"),
          ("Kecamatan atau desa/kelurahan", "kecamatan"), ("Tidak tahu", "tidak-tahu")]
LEVEL_LABELS = dict((v, k) for k, v in LEVELS)
# Bawaslu's bodies as the reference lists them (section 11, KANAL/BAWASLU)
BAWASLU_AT = {"pusat": "Bawaslu", "provinsi": "Bawaslu Provinsi", "kabupaten": "Bawaslu Kabupaten/Kota",
              "kecamatan": "Panwaslu Kecamatan atau Panwaslu Kelurahan/Desa",
              "tidak-tahu": "Bawaslu Kabupaten/Kota setempat"}
EVIDENCE = [("Tangkapan layar", "tangkapan layar"), ("Tautan (link) unggahan", "tautan unggahan"),
            ("Foto atau video", "foto atau video"), ("Saksi", "saksi"), ("Belum ada bukti", "belum ada")]


@dataclass
class Form:
    step: int = 0
    data: dict = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)


def _act_label(question: str) -> str:
    """'Bolehkah ASN memasang spanduk … di rumah?' -> 'Memasang spanduk … di rumah'."""
    text = re.sub(r"^(bolehkah|apakah)\s+((seorang\s+)?(asn|pns|pppk)\s+)?(boleh\s+)?", "", question.strip(),
                  flags=re.I)
    text = text.rstrip("?").strip()
    return text[:1].upper() + text[1:]


class Report:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._forms: OrderedDict[tuple[str, str], Form] = OrderedDict()

    # --- the steps --------------------------------------------------------------------

    def _topics(self) -> list[tuple[str, str]]:
        labels = {slug: label for slug, label, _ in self.kb.topics()}
        return [(labels[t], t) for t in REPORT_TOPICS if t in labels] + [("Lainnya", OTHER)]

    def _acts(self, topic: str) -> list[tuple[str, str]]:
        """The prohibited acts of ASN in a topic (entries asking "what to do" or "if …" are not acts)."""
        acts = []
        for e in self.kb.entries_in_topic(topic):
            frame = e.frame
            if e.verdict != "dilarang" or (frame and (frame.question != "permission"
                                                      or not set(frame.actor) & {"asn", "pns", "pppk"})):
                continue
            label = _act_label(e.question)
            if not label.lower().startswith(_NOT_ACTS):
                acts.append((label, e.id))
        return sorted(acts) + [("Lainnya / tidak ada di daftar", OTHER)]

    def _steps(self, data: dict) -> list[tuple[str, str, list[tuple[str, str]] | None]]:
        """(key, prompt, choices or None for free text), skipping what does not apply."""
        steps = [("topic", "*1. Apa yang terjadi?* Pilih bidangnya.", self._topics())]
        if data.get("topic") not in (None, OTHER):
            steps.append(("act", "Pilih perbuatannya.", self._acts(data["topic"])))
        steps.append(("who", "*2. Siapa yang melakukannya?*", WHO))
        steps.append(("level", "*3. Di tingkat mana instansi pelaku atau tempat kejadiannya?*", LEVELS))
        steps.append(("when_where", "*4. Kapan dan di mana?* Tulis singkat, misalnya \"12 Maret pukul 10.00, "
                      "halaman kantor kecamatan\" atau \"unggahan Facebook tanggal 3 Maret\". Tulis *lewati* bila "
                      "belum tahu. Jangan tulis data pribadi Anda.", None))
        steps.append(("evidence", "*5. Bukti apa yang Anda punya?* Pilih yang utama, atau tulis sendiri.", EVIDENCE))
        return steps

    def _prompt(self, form: Form) -> Reply:
        steps = self._steps(form.data)
        key, text, choices = steps[form.step]
        rows = tuple((Button(label[:60], f"lp:{i}"),) for i, (label, _) in enumerate(choices or ()))
        prefix = INTRO + "\n\n" if form.step == 0 else ""
        return Reply(text=prefix + text + CANCEL_HINT, buttons=rows)

    # --- entry points -------------------------------------------------------------------

    def _key(self, msg: Inbound) -> tuple[str, str]:
        return (msg.channel, msg.user_id)

    def active(self, msg: Inbound) -> bool:
        form = self._forms.get(self._key(msg))
        if form is not None and time.monotonic() - form.at > EXPIRY_S:
            del self._forms[self._key(msg)]
            return False
        return form is not None and not msg.is_group

    def start(self, msg: Inbound) -> list[Reply]:
        if msg.is_group:
            return [Reply(text=GROUP_ONLY_PRIVATE)]
        form = Form()
        self._forms[self._key(msg)] = form
        self._forms.move_to_end(self._key(msg))
        while len(self._forms) > MAX_OPEN:
            self._forms.popitem(last=False)
        return [self._prompt(form)]

    def cancel(self, msg: Inbound) -> bool:
        return self._forms.pop(self._key(msg), None) is not None

    def on_text(self, msg: Inbound, text: str) -> list[Reply]:
        return self._answer(msg, text, from_button=False)

    def on_button(self, msg: Inbound, rest: str) -> list[Reply]:
        if not self.active(msg):
            return [Reply(notice=EXPIRED)]
        return self._answer(msg, rest, from_button=True)

    def _answer(self, msg: Inbound, value: str, from_button: bool) -> list[Reply]:
        form = self._forms[self._key(msg)]
        form.at = time.monotonic()
        key, _, choices = self._steps(form.data)[form.step]
        if choices is not None:
            if from_button:
                if not (value.isascii() and value.isdigit()) or int(value) >= len(choices):
                    return [Reply(notice=EXPIRED)]
                chosen = choices[int(value)][1]
            elif key == "evidence" and value.strip():
                chosen = " ".join(value.split())[:FREE_TEXT_MAX]  # their own words for the evidence
            else:
                return [Reply(text=PICK + CANCEL_HINT)]
        else:
            if from_button:
                return [Reply(notice=EXPIRED)]
            chosen = " ".join(value.split())[:FREE_TEXT_MAX]
            if not chosen:
                return [Reply(text=PICK + CANCEL_HINT)]
            if chosen.lower() == "lewati":
                chosen = ""
        form.data[key] = chosen
        if key == "who" and chosen == "sendiri":
            self.cancel(msg)
            return self._own_act(form.data)
        form.step += 1
        if form.step < len(self._steps(form.data)):
            return [self._prompt(form)]
        self.cancel(msg)  # forget the answers before anything else
        record_outcome(self.kb.db, "guided-report")  # an anonymous count, nothing of the report
        return self.result(form.data)

    # --- the outcome --------------------------------------------------------------------

    def _own_act(self, data: dict) -> list[Reply]:
        """Done by the person themselves, by accident: the entry with steps, not a report."""
        entry = self.kb.entries.get(data.get("act", ""))
        target = None
        if entry is not None:
            acts = set(entry.frame.act) if entry.frame else set()
            # the narrowest entry about doing that act by accident (not one about a hacked account,
            # which names many acts)
            target = min((e for e in self.kb.entries.values() if e.frame and "tidak-sengaja" in e.frame.manner
                          and acts & set(e.frame.act)), key=lambda e: (len(e.frame.act), e.id), default=None)
            target = target or (entry if entry.steps else None)
        target = target or self.kb.entries.get("medsos-tidak-sengaja")
        text = ("Karena Anda sendiri yang melakukannya tanpa sengaja, ini bukan untuk dilaporkan: lihat langkah yang "
                "disarankan di bawah. Tidak ada yang disimpan.")
        replies = [Reply(text=text)]
        if target is not None:
            answer = self.kb.answer_entry(target.id)
            replies.append(Reply(answer=answer, buttons=((Button("📜 Teks lengkap dasar hukum", f"c:{target.id}"),),)
                                 if answer.citations else ()))
        return replies

    def _act_text(self, data: dict) -> tuple[str, list[str]]:
        entry = self.kb.entries.get(data.get("act", ""))
        if entry is None:
            return "perbuatan yang diduga melanggar netralitas ASN: [uraikan singkat]", []
        labels = []
        for key in entry.citations[:3]:
            c = self.kb.citation(key)
            if c is not None and c.article:
                labels.append(c.label + ("" if c.verified else " (bunyi belum terverifikasi)"))
        return _act_label(entry.question)[:1].lower() + _act_label(entry.question)[1:], labels

    def result(self, data: dict) -> list[Reply]:
        return [Reply(text=self.channels(data)), Reply(text=EVIDENCE_ADVICE), Reply(text=PROTECTION),
                Reply(text=self.draft(data))]

    def channels(self, data: dict) -> str:
        level = data.get("level", "tidak-tahu")
        lines = ["*Ke mana melapor*"]
        if data.get("who") != "bukan-asn":
            lines += [
                "• *BKN, lewat SBT* (https://sbt.bkn.go.id) untuk netralitas ASN: buka situs → Pelaporan Publik → "
                "kategori Netralitas. SBT menanyakan apakah Anda punya NIK/NIP terlapor; bila tidak, laporkan lewat "
                "*SP4N-LAPOR!*. Status dicek di menu Cek Status Laporan dengan nomor aduan. Laporan diverifikasi "
                "Satgas Netralitas paling lama 7 hari.",
                f"• *{BAWASLU_AT[level]}* untuk pelanggaran pemilu atau pilkada, termasuk oleh ASN: bisa datang "
                "langsung. Untuk pemilihan gubernur, bupati, dan wali kota ada *SIGAPLAPOR* "
                "(https://sigaplapor.bawaslu.go.id); ada juga aplikasi Android *Gowaslu* (ketersediaannya sekarang "
                "belum terverifikasi).",
                "• *Instansi pelaku*: atasan langsungnya, BKPSDM/BKD, atau Inspektorat. Pelanggaran disiplin bukan "
                "delik aduan: atasan yang mengetahui wajib memanggil dan memeriksa.",
            ]
        else:
            lines += [
                f"• *{BAWASLU_AT[level]}* menerima laporan dugaan pelanggaran pemilu atau pilkada: bisa datang "
                "langsung. Untuk pemilihan gubernur, bupati, dan wali kota ada *SIGAPLAPOR* "
                "(https://sigaplapor.bawaslu.go.id); ada juga aplikasi Android *Gowaslu* (ketersediaannya sekarang "
                "belum terverifikasi).",
                "• Aturan netralitas ASN (BKN, SBT) hanya untuk ASN; bila ternyata pelakunya ASN, laporkan juga "
                "lewat SBT BKN (https://sbt.bkn.go.id) atau SP4N-LAPOR!.",
            ]
        lines.append("Alamat dan alur ini tercatat pada sumber tahun 2024 dan dapat berubah; periksa situs resmi "
                     "lembaganya sebelum mengirim.")
        return "\n".join(lines)

    def draft(self, data: dict) -> str:
        act, labels = self._act_text(data)
        who = WHO_LABELS.get(data.get("who", ""), "belum diketahui")
        level = LEVEL_LABELS.get(data.get("level", ""), "Tidak tahu").lower()
        lines = [
            "*Draf laporan* (salin, lengkapi yang di dalam [kurung], lalu kirim lewat salah satu kanal di atas)",
            "",
            "Perihal: Laporan dugaan pelanggaran netralitas ASN",
            "",
            "Dengan hormat,",
            "saya melaporkan dugaan pelanggaran netralitas sebagai berikut:",
            f"1. Perbuatan: {act}.",
            f"2. Pelaku: {who}; tingkat instansi/tempat: {level}. Nama, jabatan, dan instansi pelaku: [isi bila tahu].",
            f"3. Waktu dan tempat: {data.get('when_where') or '[isi tanggal, jam, dan tempat atau alamat akun]'}.",
            f"4. Bukti: {data.get('evidence') or '[sebutkan bukti]'} (terlampir).",
        ]
        if labels:
            lines.append(f"5. Ketentuan yang diduga dilanggar: {'; '.join(labels)}.")
        lines += ["", "Demikian laporan ini saya sampaikan untuk ditindaklanjuti.",
                  "[Nama dan kontak Anda, bila kanal memintanya]"]
        return "\n".join(lines)


EVIDENCE_ADVICE = (
    "*Bukti yang membantu, dan cara menyimpannya* (saran praktis, bukan aturan)\n"
    "• Tangkapan layar yang memperlihatkan nama akun, alamat (URL) unggahan, tanggal dan jamnya.\n"
    "• Tautan (link) unggahan atau akunnya; salin sebelum unggahan dihapus.\n"
    "• Foto atau video kegiatan, dengan waktu dan tempatnya; nama saksi yang melihat langsung.\n"
    "• Jangan mengedit, memotong, atau memberi filter pada berkas aslinya; simpan aslinya dan buat salinan.\n"
    "• Catat tanggal, jam, dan tempat sesegera mungkin, selagi masih ingat.\n"
    "• Jangan sebarkan bukti di media sosial atau grup: kirim hanya ke kanal resmi.\n"
    "Menurut satu sumber, laporan tertulis ke Bawaslu harus memenuhi syarat formal dan materiil, dan pelapor "
    "diberi 3 hari untuk melengkapinya (belum terverifikasi). Batas waktu melapor tidak kami ketahui pasti: "
    "laporkan secepatnya."
)
PROTECTION = (
    "*Perlindungan dan kerahasiaan pelapor*\n"
    "Referensi hukum yang dipakai NetralBot tidak memuat ketentuan tentang perlindungan pelapor atau kerahasiaan "
    "identitasnya, jadi kami tidak bisa menjanjikan keduanya. Yang tercatat di referensi:\n"
    "• Gowaslu meminta data pelapor: nama, e-mail, nomor HP, NIK, dan KTP.\n"
    "• SBT BKN menanyakan NIK/NIP terlapor, bukan identitas Anda; tanpa itu laporan lewat SP4N-LAPOR!.\n"
    "• Pelanggaran disiplin bukan delik aduan: atasan yang mengetahuinya wajib menindaklanjuti.\n"
    "Sebelum mengirim, tanyakan ke kanal yang Anda pilih apakah identitas pelapor dirahasiakan."
)
