"""The situation a question describes: who does what to whom, when, how, and what is asked.

Retrieval finds entries whose words look like the question; the frame says whether
an entry can be *about* the question at all. "follow akun KPU" and "follow akun
caleg" share every word but the target, and the target decides the verdict. So a
question's frame is read from its words (typed in the lexicon's ``types:``), with
negation ("tanpa atribut", "bukan partai", "ga diupload", "dia bukan ASN"), and an
entry whose declared frame contradicts it is excluded, never answered.

The question type comes from the sentence's shape ("apa sanksinya", "harus
gimana", "lapor ke mana", "siapa yang berwenang"): the same act can be asked about
as permission, sanction, what-to-do or authority, and the answer composes the
act's entry with the type (see :mod:`knowledge.engine`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from netralbot.knowledge import yamlfast

from netralbot.knowledge.models import SLOTS, EntryFrame
from netralbot.knowledge.prefilter import prefiltered
from netralbot.knowledge.text import Lexicon, default_lexicon, tagged_tokens
from netralbot.knowledge.voiced import cheers_own_pick, voices_call, voices_support, wishes_a_new_head

ASN_FAMILY = frozenset({"asn", "pns", "pppk", "cpns", "cltn"})
# "dia bukan ASN" may be about someone else than the asker: it informs, never excludes.
_WEAK_ACTORS = frozenset({"bukan-asn"})
RELATIVES = frozenset({"pasangan", "keluarga"})
# Acts that turn an allowed situation into a possible violation. A "boleh" entry that does
# not itself declare such an act is never the answer to a question that names one: the
# guru who teaches the voting procedure *and* slips in "pilih nomor 2" is not asking the
# same question as the guru who only teaches it.
# people outside the ASN rules whom other rules bind (village heads and officers, soldiers and police,
# state companies' staff)
BOUND_ELSEWHERE = frozenset({"kepala-desa", "perangkat-desa", "tni-polri", "bumn", "honorer"})
# the office's working time and facilities: a means an allowed act may not borrow ("seragam" is also KORPRI, an organisation)
OFFICE_MEANS = frozenset({"jam-kerja", "fasilitas-dinas"})
RISKY_ACTS = frozenset({
    "ajak", "pose", "sorak", "atribut", "kampanye", "deklarasi", "tim", "pasang-apk", "bagi-barang",
    "dukungan-ktp", "kerahkan", "anggota-partai", "pengurus", "saksi", "sumbangan", "ucapan",
    "fasilitas", "keputusan", "pembicara", "nyalon", "terima", "undang", "opini", "dekati-partai",
})
# Manners that are the very reason an act is allowed: the asker refused, is on a granted
# CLTN, holds the written permission. An allowed entry that declares one the question
# states is the question's own situation, not a neighbour of it.
EXCEPTION_MANNERS = frozenset({"menolak", "cltn-sah", "berizin"})
SOCIAL_ACTS = frozenset({"like", "komentar", "share", "follow", "gabung-grup", "posting", "foto", "foto-profil"})
# reading or watching: about a candidate, yet nothing a sanction follows from
PASSIVE_ACTS = frozenset({"tonton"})
# Targets that carry a political side: a mismatch among them demotes an entry (a party
# and its candidate are close kin); a mismatch with anything else excludes it.
POLITICAL = frozenset({"calon", "bakal-calon", "partai", "tim"})
# Slots whose overlap with an entry's frame measures how well the entry fits.
_FIT_SLOTS = ("act", "target", "stage", "manner", "means")


@dataclass(frozen=True)
class Types:
    """The lexicon's typed values: per slot, the token sequences that signal each value."""

    patterns: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    # first token -> (pattern, slot, value): a question is scanned once, not once per pattern
    by_first: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = field(default_factory=dict)

    def values(self, slot: str) -> frozenset[str]:
        return frozenset(v for _, v in self.patterns.get(slot, ()))


@lru_cache(maxsize=4)
def _types_for(version: str) -> Types:
    lex = default_lexicon()
    text = resources.files("netralbot.knowledge").joinpath("data/lexicon.yaml").read_text("utf-8")
    raw = (yamlfast.safe_load(text) or {}).get("types", {}) or {}
    phrases = {" ".join(k) for k in lex.phrases}
    patterns: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for slot, values in raw.items():
        rows = patterns.setdefault(str(slot), [])
        for value, words in (values or {}).items():
            if not words:  # a value the frame sets from a whole sentence, with no words of its own
                rows.append(((f"\0{value}",), str(value)))
            for w in words or []:
                toks = tuple(t for t, _ in tagged_tokens(str(w), lex))
                if toks and (len(toks) > 1 or len(str(w).split()) == 1 or str(w) in phrases):
                    rows.append((toks, str(value)))
                else:
                    # A stopword alone, or a phrase that loses words to stopwords ("setelah
                    # pemilu" would become every "pemilu"): declare the value so entries may
                    # use it, but match nothing; the lexicon's `phrases` carry such phrases.
                    rows.append(((f"\0{value}",), str(value)))
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for slot, rows in patterns.items():
        for pattern, value in rows:
            by_first.setdefault(pattern[0], []).append((pattern, slot, value))
    return Types({k: tuple(v) for k, v in patterns.items()},
                 {k: tuple(v) for k, v in by_first.items()})


def types(lex: Lexicon | None = None) -> Types:
    """The packaged lexicon's typed values (read once per lexicon version)."""
    lex = lex or default_lexicon()
    return _types_for(lex.version)


# --- question type --------------------------------------------------------------

_Q = r"(apa|apaan|ap|apa aja|apa saja|gimana|bagaimana|gmn|gmana|seperti apa|kayak apa|kyk apa|berapa|seberapa|brp|opo|naon|apo|piye|kumaha|ape|ape aje)"
_SANCTION = prefiltered(
    rf"\b(sanksi|sangsi|hukuman|hukumannya|sanksinya|sangsinya|ancaman|ancmn|pidana|konsekuensi|akibat|hkmn|hkman|hukmn|snksi|sngsi|hkmnya|snksny|snksinya)(nya|ny|nye)?\s*(nya\s*|ny\s*)?{_Q}\b"
    rf"|\b{_Q}\s+(sih\s+|aja\s+|saja\s+)?(sanksi|sangsi|hukuman|konsekuensi|akibat|ancaman)(nya)?\b"
    # "hukumannya ringan, sedang, apa berat?"
    r"|\b(sanksi|sangsi|hukuman)\w*\s+(ringan|sedang|berat)\b[\s,]*((ringan|sedang|berat)\b[\s,]*)?(apa|atau|ato|or)\s+(ringan|sedang|berat)\b"
    # "tau gak sanksinya kalo …", "pian tahu kah sanksinya amun …", "sanksinya kalau saya share …?": the sanction of a case
    r"|\b(tahu|tau|tw)\s*(kah|ga|gak|gk|nggak|ngga|ndak)\s+(sanksi|sangsi|hukuman|snksi)(nya|ny)?\b"
    r"|^\W*(sanksi|sangsi|hukuman|snksi)(nya|ny)\s+(kalau|kalo|klo|kl|jika|bila|amun|lamun|nek|yen|mun)\b"
    # Javanese krama: "sanksinipun menapa nggih?", "ukumanipun punapa?"
    r"|\b(sanksi|sangsi|hukuman|ukuman|ukum)(ipun|nipun|e|ne)\s+(menapa|punapa|napa|nopo|pripun|opo)\b"
    # after the fact: "kalau udah dihapus apa masih bisa disanksi?", "masih bisa diproses gak?", "bakal tercatat
    # di data kepegawaian gak?", "nnt msk rkm jjk gk?", "sanksi terberatnya apa?", "sanksi moral tuh kayak gimana bentuknya?"
    r"|\bmasih\s+(bisa\s+|bs\s+)?(disanksi|diproses|dihukum|dipidana|kena sanksi|kena hukuman)\b"
    # "dasar hukumannya tetap PP 94 atau apa?", "yg kena sanksi kadisnya aja atau pegawainya juga?"
    r"|\bdasar\s+(hukuman|sanksi)(nya)?\b|\b(yang|yg)\s+kena\s+(sanksi|hukuman)\b.{0,40}\b(aja|saja|atau|ato|juga)\b"
    # "apa pelanggarannya hilang kalau postingannya dihapus?", "screenshot masih bisa jadi bukti?"
    r"|\bpelanggaran(nya)?\s+(\w+\s+)?(hilang|gugur|batal|terhapus|lenyap|dihapus)\b"
    r"|\b(tangkapan layar|screenshot|ss|skrinsut|rekaman)(nya)?\s+(masih\s+)?(bisa|bs|dapat|dpt)\s+(dipake|dipakai|dijadikan|jadi)\s*(bukti)?\b"
    # "berapa lama pidana kurungan buat ASN yg jadi tim kampanye?"
    r"|\bberapa\s+(lama|tahun|bulan|besar)\s+(\w+\s+)?(pidana|penjara|kurungan|hukuman|denda)\w*\b"
    r"|\b(pidana|penjara|kurungan|denda)(nya)?\s+(\w+\s+)?(berapa|brp)\s+(lama|tahun|bulan|juta|banyak)\b"
    # "emang like doang bisa dipecat?": whether the sanction reaches that far
    r"|\b(bisa|bs)\s+(sampai\s+|sampe\s+|smpe\s+)?(dipecat|diberhentikan|dipenjara|dipidana)\s*(ga|gak|gk|nggak|kah|ya|tuh)?\s*\?"
    # "ikut kampanye pake atribut partai hukdisnya apa" (not "gmn hukumnya?": whether it is allowed, as people use it)
    r"|\b(hukdis|hukdisnya|hukdisny)\b"
    # "sanksinya cuma teguran doang?", "hukumannya brat ato sdg", "hukumannya berat ga?"
    r"|\b(sanksi|sangsi|hukuman|snksi|hkmn|hukmn)(nya|ny)\s+((bisa|bs|paling|palingan|mungkin)\s+)?(cuma|cm|hanya|berat|brat|ringan|sedang|sdg)\b"
    # "kalo jadi pengurus partai tetep dipecat juga kah?"
    r"|\b(tetap|tetep|ttp)\s+(bisa\s+|bs\s+)?(dipecat|diberhentikan|disanksi|dihukum|dipidana|diproses|ditindak)\b"
    r"|\b(tercatat|tercantum|masuk|msk)\s+(di\s+)?(data kepegawaian|catatan|rekam jejak|rkm jjk|sapk|catatan kepegawaian|riwayat)\b"
    r"|\b(sanksi|hukuman)\s+(\w+\s+)?(terberat|paling berat|teringan|paling ringan)(nya)?\b"
    r"|\b(sanksi|hukuman)\b.{0,25}\b(bentuknya|bentuk nya|(kayak|kyk|kaya|kek)\s+(gimana|gmn|gmna|apa)|seperti apa)\b"
    # "hukumannya sedang atau berat?", "masuk hukuman disiplin tingkat apa?", "sanksi dia kira2 apa?"
    r"|\b(sanksi|sangsi|hukuman|hukdis)(nya)?\s+(\w+\s+)?(ringan|sedang|berat)\s+(atau|ato|apa)\s+(ringan|sedang|berat)\b"
    r"|\b(hukuman|sanksi|hukdis)\s+(disiplin\s+)?(tingkat|tingkatan|level|kategori)\s+(apa|mana|berapa)\b"
    # "pppk ikut kampanye bisa diputus kontrak?": a contract ended is a PPPK's sanction
    # (not a contract ended as someone's aim: "… biar kontraknya ga diperpanjang")
    r"|\b(bisa|bs|bakal|akan)\s+(diputus|diputusin|diakhiri)\s+(kontrak\w*|perjanjian kerja\w*)\s*\??\s*$"
    # "Sanksinya moral atau disiplin?": which kind of sanction
    r"|\b(sanksi|sangsi|hukuman)(nya)?\s+(moral|etik|kode etik|disiplin|pidana|administratif)\s+(atau|ato|apa)\s+(\w+\s+)?(moral|etik|disiplin|pidana|administratif)\b"
    # "yg kena siapa? aku (PNS) atau sepupu?": who the sanction falls on
    r"|\b(yang|yg)\s+kena\s+(sanksi\s+|hukuman\s+)?(siapa|sp)\b|\bsiapa\s+(yang|yg)\s+(kena|disanksi|dihukum)\s*\?"
    # "yg dihukum calonnya atau ASN-nya?"
    r"|\b(yang|yg)\s+(dihukum|disanksi|kena sanksi|kena hukuman|diproses)\s+([\w-]+\s+){1,2}(atau|ato|apa)\s+[\w-]+"
    # "Itu masuk pidana atau cuma disiplin?": which kind of sanction
    r"|\b(masuk|termasuk|kena)\s+(pidana|disiplin|hukdis|kode etik|etik)\s+(atau|ato|apa)\s+(cuma\s+|cm\s+|hanya\s+|sekadar\s+)?(pidana|disiplin|hukdis|kode etik|etik)\b"
    # "Atasan saya tahu … tapi diam saja. Kalau ketahuan, dia juga kena?": whether the sanction reaches another
    r"|\b(dia|beliau|atasan\w*|bos\w*|kepala\w*|pimpinan\w*)\s+((bisa|bs|bakal|akan)\s+)?(juga|jg|ikut|ikutan)\s+(kena|kna|disanksi|dihukum|diproses)\b"
    # "dpecat ato cm ditegur?": which of two sanctions
    r"|\b(dipecat|dpecat|diberhentikan|dihukum)\s+(atau|ato|apa)\s+(cuma\s+|cm\s+|hanya\s+)?(ditegur|teguran|dimutasi|dipotong)\b"
    # "hukdis nya masuk tingkat apa?", "pppk … dipecat jg kyk pns?"
    r"|\b(hukuman|sanksi|hukdis)\s*(nya\s+)?(masuk\s+|termasuk\s+)?(tingkat|tingkatan|level|kategori)\s+(apa|mana|berapa)\b"
    r"|\b(dipecat|diberhentikan|disanksi|dihukum)\s+(juga|jg)\s+(kayak|kyk|kaya|seperti|spt|sama kayak)\b"
    r"|\b(sanksi|sangsi|hukuman)(nya)?\s+(dia|beliau|mereka|saya|sy)\s+(kira2|kira-kira|kemungkinan|bakal|kira)?\s*(apa|gimana)\b"
    # "snksi asn ikt kmpnye pk atrbt partai ap y": the sanction named first, the question word last
    # (after a greeting too, and in regional words: "NYUWUN PIRSA, SANKSI PNS SING DADI PENGURUS PARTAI OPO?")
    r"|(?:^|[,.!?:])\W*(sanksi|snksi|sangsi|hukuman|hkmn|hukdis|pidana)\b.{0,80}\b(apa|ap|apaan|ape|opo|nopo|napa|naon|apo)\s*(aja\s*|saja\s*|ae\s*)?(y|ya|yah|sih|ya\?)?\s*\??\s*$"
    # fifteenth session: "BERAPA DENDA MAKSIMAL …", "sdng ap brt?", "itu pidana gk si", "disanksi pake aturan apa?",
    # "dsr aturnny ap"
    r"|\b(berapa|brp)\s+(denda|dendanya|ancaman)\b|\b(sdng|sedang|ringan|rngn)\s+(ap|apa|atau|ato)\s+(brt|berat)\b"
    r"|\b(pidana|dipidana)\s+(gk|gak|ga|nggak|ngga|tidak|tdk|ndak|enggak)\b"
    r"|\b(disanksi|dihukum|dijerat)\s+(pake|pakai|pakek|dengan|dgn|berdasarkan)\s+(aturan|pasal|pp|uu)\s+(apa|mana|ap)\b"
    # "PPPK yg langgar netralitas kena PP 94 juga gak? atau pake aturan apa?": which rules sanction them
    r"|\bkena\s+(pp|uu)\s*(no\.?\s*|nomor\s+)?\d+\b[^.?!]{0,20}\b(juga|jg)\b|\b(pake|pakai|pakek)\s+(aturan|peraturan|pp|uu|pasal)\s+(apa|mana|ap)\b"
    r"|\b(dasar|dsr)\s+(hukum|aturan|aturannya|aturnny|aturanny|hukumnya|pasal)\w*\s+(apa|ap|apaan)\b"
    # "sanksinya tetep ada?", "tukin sy dipotong gak?", "kecatat gak?", Banjar "napa sanksinya"
    r"|\b(sanksi|sangsi|hukuman)(nya)?\s+(tetep|tetap|masih)\s+(ada|berlaku|jalan)\b"
    r"|\b(dipotong|kecatat|tercatat)\s+(tukin\s+|gaji\s+|gajinya\s+|tunjangan\s+)?(gak|ga|gk|nggak|ngga|tidak|ndak)\b|\bnapa\s+(sanksi|hukuman)(nya)?\b"
    # "atasan tau anak buahnya jd admin akun pemenangan tp diem aja. atasan bisa kena juga gk?"
    r"|\b(atasan\w*|pimpinan\w*|kadis|kabid|kepsek)\s+((bisa|bs|ikut|juga|jg)\s+){1,2}kena\s+((juga|jg)\s+)?(gak|ga|gk|nggak|tidak|ndak)\b"
    # "pns dpecat g klo jd anggta partai", "bs dpnjr?": whether a sanction follows
    r"|\b(dipecat|dpecat|diberhentikan|dipenjara|dpnjr|dpenjr|dpenjara|dipidana|dibui)\s+(g|gk|ga|gak|nggak|ngga|tidak|tdk|ndak|ora|enggak)\b"
    r"|\b(bisa|bs|iso)\s+(dipecat|dpecat|dipenjara|dpnjr|dipidana|dibui)\s*\?"
    # "kalau saya terima, apakah kontrak saya bisa diputus?": a PPPK's contract ended as the sanction
    r"|\bkontrak(nya)?\s+((saya|sy|aku|dia)\s+)?(bisa|bakal|akan|bs)\s+(diputus|dihentikan|tidak diperpanjang|gak diperpanjang)\b"
    # "itu dipecat ato cuma dipotong tukin?": which of two sanctions, named
    r"|\b(dipecat|diberhentikan|dicopot|diturunkan|dimutasi|dipotong)\b[^.?!]{0,30}\b(atau|ato|apa|opo)\s+(cuma|cm|hanya|sekedar|sekadar)?\s*"
    r"(dipecat|diberhentikan|dicopot|diturunkan|dimutasi|dipotong|ditegur|teguran|sanksi|hukuman|potong)\b"
    # "sy kena sanksi yg mana?": which of two sanctions
    r"|\b(sanksi|sangsi|hukuman|pasal)(nya)?\s+(yang|yg)\s+mana\b"
    # "kalau ketahuan, apa yang terjadi sama status PNS-nya? cuma ditegur?": what follows for the one caught
    r"|\bapa\s+(yang|yg)\s+(terjadi|bakal terjadi|akan terjadi)\s+(sama|dengan|dgn|pada|ke|sm)\s+(status|dia|beliau|saya|sy|aku|karir|karier|jabatan)\w*"
    r"|\b(cuma|cm|hanya|sekadar|sekedar)\s+(ditegur|teguran|diperingatkan)\s*\?"
    r"|\b(jenis|bentuk|tingkat|tingkatan|macam|level)\s+(sanksi|sangsi|hukuman)"
    # "hukumannya tingkat apa?", "sanksinya kategori berat atau sedang?"
    r"|\b(sanksi|sangsi|hukuman)(nya|nyo|ne|e)?\s+(tingkat|tingkatan|tingkek|level|kategori|jenis|golongan)\s+(apa|apaan|apo|opo|naon|berapa|mana|ringan|sedang|berat)\b"
    r"|\b(kena|dapat|dapet|dijatuhi|diberi)\s+(sanksi|sangsi|hukuman)\s+(apa|apaan|seperti apa|gimana|berapa)\b"
    r"|\b(dihukum|dipotong|disanksi)\s+(apa|berapa|gimana|bagaimana|seberapa)\b"
    r"|\b(berapa|brp)\s+(tahun|thn|bulan|bln|lama)\s+(penjara|kurungan|dipenjara|dibui|dikurung)\b"
    r"|\b(penjara|kurungan)(nya)?\s+(berapa|brp)\b"
    r"|\bseberat apa\b|\bseberapa berat\b|\b(berapa|brp) (persen|bulan|lama)\b.{0,30}\b(potong|dipotong|tukin|hukuman|sanksi)"
    r"|\b(potong|dipotong)\s+tukin\s+(berapa|brp)\b|\b(sanksi|hukuman)\s+disiplin(nya)?\s+(masuk\s+)?(tingkat|level|kategori)\s+(apa|mana)\b"
    r"|\b(bisa|bs|apakah|apa)\s+(e\s+)?(di)?pecat\b|\b(sampai|sampe|smpe|sampe2) (di)?pecat\b"
    # "klo asn dilibatkan kampanye, yg kena pidana siapa? asn nya jg?"
    r"|\b(yang|yg)\s+(kena|kna|dikenai|dijerat)\s+(pidana|pidna|sanksi|sangsi|hukuman)\s+(siapa|sp|sapa)\b"
    # "ada gak sanksi buat paslon yang ngelibatin ASN?"
    r"|\bada\s+(gak|ga|gk|nggak|ngga|tidak|tdk|enggak|ndak|nda)?\s*(sanksi|sangsi|hukuman|ancaman pidana|pidana)(nya)?\b"
    r"|\b(sanksi|sangsi|hukuman)(nya)?\s+(jadi\s+)?(beda|berbeda|sama|lebih berat|lebih ringan)\b"
    r"|\bbeda\s+((ga|gak|gk|nggak|tidak)\s+)?(sanksi|sangsi|hukuman)(nya)?\b"
    # "sanksinya pake PP 94 juga atau beda?"
    r"|\b(sanksi|sangsi|hukuman)(nya)?\b[^?.!]{0,40}\b(atau|ato|apa)\s+(beda|berbeda|sama)\b"
    r"|\b(kode etik|disiplin)\s+(atau|apa|ato)\s+(kode etik|disiplin|pidana)\b"
    r"|\b(bisa|dapat|apa|apakah|bs)\s+(di)?(pidana|penjara|dipenjara|dipidana|dibui)\b|\bancaman pidana\b"
    r"|\b(isi|isinya|bentuk|bentuknya|contoh|contohnya)\s+(apa|apaan)\b.{0,15}$"
    r"|^\W*((min|mimin|admin|pak|bu|kak|kaka|bang|mas|mbak|bot|halo|hai|permisi|maaf|punten|tanya)\W+){0,2}(apa\s+)?(sanksi|sangsi|hukuman)\b"
    # "sanksi buat ASN yang ikut kampanye pake seragam apa ya"
    r"|\b(sanksi|sangsi|hukuman)(nya)?\s+(buat|bagi|untuk|kalau|klo|kalo|jika|bila)\b.{0,80}\b(apa|apaan)\s*(ya|yah|sih|aja|saja|kak|min|pak|bu)?\W*$"
    r"|\b(pidana|pidananya|ancaman pidana|ancamannya|hukumannya|sanksinya|dendanya|denda)\s+(apa|berapa|brp|gimana|seperti apa)\b"
    r"|\bkena\s+(apa|apaan|pidana|penjara|denda)\b|\b(dipidana|dipenjara|didenda)\b"
    # "tolong info sanksi ASN yg pakai mobil dinas…"
    r"|\b(info|informasi|infokan|jelaskan|jelasin|pencerahan)\s+(soal\s+|tentang\s+|mengenai\s+|terkait\s+)?(sanksi|sangsi|hukuman)(nya)?\b"
    # "bedanya sanksi X sama Y apa?", "sanksi like postingan bakal calon itu apa?", Javanese "sanksine … opo to?"
    r"|\b(beda|bedanya|perbedaan|bedane)\s+(sanksi|sangsi|hukuman)"
    r"|\b(sanksi|sangsi|hukuman)(nya|ne|e)?\b[^?.!]{0,100}\b(itu|iku|ki|kuwi|teh)\s+(apa|apaan|opo|naon|apo)\b"
    r"|\b(sanksine|sangsine|hukumane|sanksie|hukumanna|sanksina)\b"
    # "calonnya kena sanksi gak?" (someone else's liability; "ngelike IG paslon kena sanksi ga?" asks
    # whether the asker's act is allowed), "sanksinya ngikut PP 94 juga?", "itu sanksi kyk gmn"
    r"|\b(calon\w*|paslon\w*|caleg\w*|capres\w*|cagub\w*|cabup\w*|cawalkot\w*|kandidat\w*|timses\w*|atasan\w*|pimpinan\w*|kadis|partai\w*|mereka)\s+((sendiri|itu|juga|jg|bisa|ikut)\s+){0,2}"
    r"(kena|dikenai|dikenakan|dapat|dapet|dijatuhi)\s+(sanksi|sangsi|hukuman)\s+((juga|jg)\s*\?|(juga\s+|jg\s+)?(gak|ga|gk|nggak|ngga|tidak|tdk|enggak|ndak|ka|kah)\b)"
    r"|\b(sanksi|sangsi|hukuman)(nya|ny)?\s+(ngikut|ikut|pakai|pake|mengikuti|merujuk)\b"
    # nineteenth session: "ga nyerahin surat mundur, nasibnya gimana?", "kna pidana g", "mana yg hukumannya lbh berat",
    # "sanksii pns jd anggota parpol apa aj"
    r"|\bnasib(nya|ny)?\s+(gimana|gmn|bagaimana|bgmn|gmna|apa|kayak apa)\b"
    # (the criminal side only: "kena sanksi ga?" asks whether the act is allowed)
    r"|\b(kena|kna|kene)\s+(pidana|pidna|penjara)\s+(g|gk|ga|gak|nggak|ngga|tidak|tdk|ndak|enggak)\b"
    r"|\b(hukuman|sanksi|sangsi)(nya|ny)?\s+(lebih|lbh)\s+(berat|brt|ringan)\b"
    r"|\b(sanksi|sanksii|snksi|sangsi|hukuman)\b.{0,80}\b(apa|ap)\s+(aj|aja|saja)\s*\??\s*$"
    r"|\b(sanksi|sangsi|hukuman)(nya|ny)?\s+(kayak|kyk|kaya|seperti)\s+(apa|gimana|gmn|bagaimana)\b"
    # "PPPK ketahuan jd anggota parpol, sanksinya?": the sanction, asked in one word at the end
    r"|\b(sanksi|sangsi|hukuman)(nya|ny|e|ne)\s*\?+\s*$"
    # "PNS YANG KETAHUAN JADI PENGURUS PARTAI ITU DIAPAIN??": what is done to the one caught
    r"|\b(diapain|diapakan|diapa-apain|diapa2in|diapa-apakan|digimanain|diapain\s+aja)\b",
    re.I | re.S,
)
_WHAT_TO_DO = prefiltered(
    # "kalau jadi KPPS harus izin atasan gak sih?", "kapan aku harus minta izin atasan?": whether a permission is needed
    r"\b(harus|hrs|wajib|wjb|perlu|mesti|musti)\s+(minta\s+|pake\s+|pakai\s+|ada\s+|ngurus\s+|urus\s+)?(izin|ijin|izn|ijn)\s+"
    r"(tertulis\s+)?(dari\s+|ke\s+|sama\s+)?(atasan|atsn|pimpinan|kepala|kepsek|kadis|bkpsdm|bkd)\w*\b|"
    # "klo sy jd kpps kn asn, hrs izin sp?"
    r"\b(harus|hrs|perlu|mesti)\s+(izin|ijin)\s+(ke\s+|sama\s+|dari\s+)?(sp|spa|siapa|sapa)\b|"
    r"\b(kapan|kpn)\s+(\w+\s+){0,2}(harus|hrs|wajib|perlu)\s+(minta\s+|mengajukan\s+|ngajuin\s+|ajukan\s+|ajuin\s+)?(izin|ijin|cuti|cltn)\b|"
    # "kapan tepatnya pns harus ngundurin diri kalo mau maju pilkada?"
    r"\bkapan\s+(\w+\s+){0,2}(harus|hrs|wajib|perlu|mesti)\s+(mundur|ngundurin|mengundurkan|undurkan|resign|berhenti)\b|"
    r"\b(harus|hrs|mesti|musti|kudu|sebaiknya|sebaikny|baiknya|enaknya|perlu)\s+(gimana|bagaimana|gmn|gmana|apa|ngapain|bagaimanakah|berbuat apa|melakukan apa|piye|kumaha)\b"
    # "sebelum jawab undangan, sebaiknya konsultasi ke siapa?": whom to ask first
    r"|\b(konsultasi|konsul|berkonsultasi|minta pertimbangan|minta arahan|minta izin|minta ijin|tanya|nanya|bertanya|tanyain)\s+(dulu\s+)?(ke|kepada|kpd|sama|sm|dengan|dgn)\s+(siapa|sp|mana)\b"
    r"|\bapa yang (harus|hrs|perlu|sebaiknya|mesti|wajib)\b|\bapa yg (harus|hrs|perlu|sebaiknya|mesti|wajib)\b"
    # "harus nunggu ada laporan dulu baru periksa pegawai?": whether a procedure waits for a report
    r"|\b(harus|hrs|mesti|perlu)\s+(nunggu|menunggu|tunggu)\s+(ada\s+)?(laporan|aduan|pengaduan|rekomendasi|temuan)\b"
    # "apakah saya wajib bertindak, atau tunggu ada laporan dulu?": whether a superior must act
    r"|\b(wajib|harus|hrs|perlu|mesti)\s+(bertindak|menindak|nindak|menindaklanjuti|tindak lanjut|ambil tindakan|mengambil tindakan)\b"
    r"|\b(atau|ato)\s+(tunggu|nunggu|menunggu)\s+(ada\s+)?(laporan|aduan|pengaduan)\b"
    # "Sebenarnya aku bisa ngapain?": what the asker can do about it
    r"|\b(saya|sy|aku|aq|gue|gw|kami)\s+(bisa|bs|harus|hrs|mesti)\s+(ngapain|ngapa|berbuat apa|melakukan apa|bikin apa)\s*\??\s*$"
    r"|\b(langkah|tindakan)(nya)?\s+(apa|yang|yg)\b|\bsolusi(nya)?\b|\bjalan keluar(nya)?\b"
    # "beta musti bekin apa?", "emang atasan wajib ngapain kalau tau?"
    r"|\b(harus|hrs|mesti|musti|kudu|wajib)\s+(bikin|bekin|bkin|buat|lakukan|lakuin|ngelakuin)\s+apa\b|\bwajib\s+ngapain\b"
    # "apakah saya wajib melapor atau mengundurkan diri dari partai?"
    r"|\bapakah\s+(saya|sy|aku|kami)\s+(wajib|harus|perlu|mesti)\s+(melapor|lapor|mundur|mengundurkan|keluar|menghapus|hapus|unfollow|minta)\w*\b"
    # "ga wajib lapor kan kalo liat temen share status paslon?": whether reporting is a duty
    r"|\b(wajib|harus|perlu|mesti|kudu)\s+(melapor|lapor|melaporkan|laporin|ngelaporin)\b(?!\s+(ke|kepada)\s+(mana|siapa))"
    # "kalau saya mau, prosedurnya bagaimana supaya tidak melanggar?"
    r"|\b(prosedur|tata cara|mekanisme|alur)(nya|ny)?\s+(bagaimana|gimana|gmn|gmna|apa|seperti apa)\b"
    # "prosedur lapornya gmn?", "harus nindaklanjutin gimana?"
    r"|\b(prosedur|tata cara|mekanisme|alur|cara)\s+(lapor|melapor|pelaporan|ngadu|pengaduan)(nya)?\s+(bagaimana|gimana|gmn|apa|seperti apa|kyk apa)\b"
    r"|\b(harus|hrs|mesti|perlu)\s+(nindaklanjutin|menindaklanjuti|tindak lanjuti|nindak|menindak|memproses|proses)\s+(gimana|bagaimana|gmn|apa)\b"
    r"|\b(langkah-langkah|langkah2)\b.{0,60}\b(apa|apa aja|apa saja)\b"
    r"|\bapa\s+(saja\s+|aja\s+)?(syarat|persyaratan|kewajiban)(nya)?\b"
    r"|\b(terlanjur|telanjur|terlajur|udah terlanjur|sudah terlanjur|keburu)\b.{0,80}\b(gimana|bagaimana|gmn|harus|apa)\b"
    r"|\bcara(nya)?\s+(menghapus|hapus|keluar|batalin|membatalkan|mundur|mengundurkan|melapor|lapor|mengurus|ngurus|menolak|nolak|ajukan|mengajukan|menghindari|menghindar|klarifikasi)\b"
    r"|\bkapan\s+((saya|sy|aku|pns|asn|kita|dia)\s+)?(harus|wajib|mesti|hrs)\s+(mundur|mengundurkan|resign|berhenti)(nya)?\b"
    r"|\b(harus|wajib|mesti|hrs|perlu)\s+(mundur|mengundurkan diri|resign|berhenti)\s+(dulu|dahulu|dr|dari)\b"
    # "HARUS MUNDUR GAK??? KALO IYA KAPAN", "pns nyaleg wajib mundur ga?": whether the duty to resign applies
    r"|\b(harus|wajib|mesti|hrs|perlu|kudu|musti)\s+(mundur|mengundurkan diri|resign|berhenti)\s*(gak|ga|gk|nggak|ngga|tidak|tdk|enggak|kah|ndak)\b"
    # Javanese: "kudu lèrèn seka PNS po piye?", "kedah mandheg saking PNS?"
    r"|\b(kudu|kudhu|kedah)\s+(lèrèn|leren|lereni|mandheg|mandeg|mundur)\b"
    # "kapan batas waktu dia harus mengundurkan diri?", "deadline mundurnya kapan?"
    r"|\b(batas waktu|tenggat|tenggat waktu|deadline|paling lambat)\b.{0,40}\b(mundur|mengundurkan|resign|berhenti)"
    r"|\b(mundur|mengundurkan diri|resign|berhenti)(nya)?\b.{0,20}\b(batas waktu|tenggat|deadline|paling lambat)\b"
    r"|\b(harus|wajib|mesti|hrs)\s+(mundur|mengundurkan diri|resign|berhenti)\s+(kapan|kpn)\b"
    # "saya harus CLTN atau langsung mundur?": which procedure, not whether an act is allowed
    r"|\b(harus|wajib|mesti|hrs|perlu|cukup)\s+(ambil\s+|ngambil\s+|mengambil\s+)?(cltn|cuti\w*|mundur|berhenti)\b[^.?!]{0,25}\b(atau|ato|apa)\s+"
    r"(\w+\s+)?(cltn|cuti\w*|mundur|berhenti|mengundurkan diri|resign)\b"
    r"|\b(lapor|melapor|ngadu|mengadu|laporkan|adukan|lapornya|ngadunya|laporin|ngelaporin|lapori)[\s.,?!]+(ya\s+)?(ke|kemana|ke mana|dimana|di mana|kmn|lewat|via|melalui)\s*(mana|apa)?\b"
    # Minang: "apo nan harus ambo pabuek?"
    r"|\b(apo|apa)\s+(nan|yang|yg)\s+(harus|musti|paralu|mesti)\s+(ambo|awak|wak)\s+(pabuek|buek|karajoan|lakukan)\b"
    # "lapor kdes g netral k mn?", "KALAU MAU LAPOR KEPALA DESA YANG JADI TIM KAMPANYE CALEG, KE MANA YA?"
    r"|\b(lapor|lpr|melapor|ngadu|mengadu|laporin|ngelaporin|melaporkan)\b[^.?!]{0,60}\b(ke\s*|k\s*)?(mana|mn|kmn)\s*(ya|sih|dong)?\s*(\?|$)"
    # "mau lapor ASN yg share poster capres, lewat mana ya?", "… caranya gimana step by step?"
    r"|\b(lapor|lpr|melapor|ngadu|mengadu|laporin|ngelaporin|melaporkan|dilaporin|dilaporkan|dilapor)\b[^?!]{0,80}\b(lewat|via|melalui)\s+(mana|apa)\b"
    r"|\b(lapor|lpr|melapor|ngadu|laporin|melaporkan)\b[^.?!]{0,80}\b(caranya|prosedurnya|langkahnya|alurnya)\s+(gimana|gmn|bagaimana|apa)\b"
    # "ad pegawai sy yg ktahuan jd admn grp fb relawan capres. hrs dprosses gmn?"
    r"|\b(harus|hrs|mesti|musti)\s+(di)?(proses|prosses|dproses|dprosses|diproses|ditindak|ditindaklanjuti)\s+(gimana|gmn|gmna|bagaimana|bgmn|kayak apa)\b"
    r"|\b(lapor|melapor|ngadu|mengadu|melaporkan)\b.{0,40}\b(gimana|gmn|bagaimana|gmana)\b"
    r"|\b(ke mana|kemana|kmn|lewat mana|di mana|dimana)\s+(harus\s+|saya\s+|sy\s+|bisa\s+|aku\s+|ulun\s+|awak\s+|ambo\s+|beta\s+|sa\s+|abdi\s+|kulo\s+){0,2}"
    r"(lapor|melapor|ngadu|mengadu|melaporkan|bepadah|balapor|malapor)(nya)?\b"
    r"|\b(bagaimana|gimana|gmn)\s+(cara\s+)?(melapor|lapor|ngadu|mengadu|melaporkan)(nya)?\b"
    # "harus izin siapa?", "syaratnya apa aja?": the procedure, not the permission
    r"|\b(izin|ijin)(nya)?\s+(ke\s+|dari\s+|sama\s+|kepada\s+|ti\s+)?(siapa|saha)\b"
    # "izinnya cukup lisan dari kabid atau harus tertulis?": the form of the permission
    r"|\b(izin|ijin)(nya)?\b[^.?!]{0,40}\b(lisan|tertulis)\b[^.?!]{0,40}\b(atau|ato|apa)\b"
    # "saya dilaporkan ke Bawaslu … prosesnya nanti gimana?": the procedure that follows
    r"|\b(proses|prosedur|mekanisme|alur)(nya)?\s+(nanti\s+|selanjutnya\s+|pemeriksaannya\s+)?(gimana|bagaimana|gmn|seperti apa|kayak apa)\b"
    # (not "buat syarat dukungan, nda apa-apa?": whether it is all right)
    r"|\bsyarat(nya|-syarat(nya)?)?\b.{0,50}\b(?<!apa-)(?<!apa )(apa|apa aja|apa saja|apaan)\b(?![-\s]?apa\b|2)"
    # "saya mau lapor tapi takut ketahuan, ada jalur yang aman? ke siapa?"
    r"|\b(lapor|melapor|ngadu|mengadu|melaporkan)\w*\b.{0,80}\b(ke siapa|kpd siapa|kepada siapa|jalur|saluran|kanal)\b"
    r"|\bjalur\s+(yang|yg)\s+aman\b"
    # fifteenth session: "sapa yang bisa beta lapor?", Javanese "lapore nang endi?", "urutan langkahnya gmn",
    # "harus urus apa dulu?", "apa aja yg hrs sy lakuin?"
    r"|\b(siapa|sapa|saha|sp)\s+(yang|yg)\s+(bisa|bs|dapat|harus)\s+((saya|sy|beta|aku|sa|katong)\s+)?(lapor|laporin|lapori|melapor|adukan|dilapori)\w*\b"
    r"|\blapor\w*\s+(nang|neng|ning|menyang|nyang)\s+(endi|ngendi|ndi|pundi)\b"
    # "masih bisa dilaporin gak? ke mana?", Minang "ka ma ambo malapor?"
    r"|\b(dilapor\w*|lapor\w*)\s+(gak|ga|gk|nggak|tidak)\s*\?*\s*(ke\s*mana|kemana|kmn)\b"
    r"|\b(ka\s*ma|kama)\s+((ambo|awak|sy|saya)\s+)?(malapor|melapor|lapor)\w*\b"
    # sixteenth session: Sundanese "abdi kedah lapor ka mana?", "lapor ka saha?"
    r"|\b(lapor|ngalaporkeun|ngadu)\w*\s+(ka\s*mana|kamana|ka\s+saha|ka\s+pundi)\b"
    r"|\b(lapor|melapor|ngadu|mengadu)\w*\s+(ke\s*mana|kemana|kmana|kmn|kmna|kemn)\b"
    # thirtieth session: "dikira dukung calon padahal ga, sy bisa klarifikasi ke mana?"
    r"|\b(klarifikasi|mengklarifikasi|ngeklarifikasi|membela diri|banding|keberatan|sanggah|menyanggah)\w*\s+(ke\s*mana|kemana|kmn|ke\s+siapa|lewat\s+mana)\b"
    # "HARUS BAWA APA DAN NGOMONG APA?": what to bring and say when summoned
    r"|\b(harus|hrs|perlu|mesti)\s+(bawa|siapin|siapkan|ngomong|bilang|jawab|menjawab)\s+apa\b"
    r"|\b(langkah|langkahnya|urutan|tahapan)\w*\s+(\w+\s+)?(gmn|gimana|bagaimana|gmana)\b"
    # "gimana prosedurnya kalo PNS mau jadi anggota KPPS?"
    r"|\b(gimana|gmn|bagaimana|bgmn|gmana|cemana|macam mana|kek mana)\s+(prosedur|prosedurnya|tahapannya|langkah2nya|langkah-langkahnya)\b"
    r"|\b(harus|hrs|perlu|mesti|musti|wajib)\s+(urus|ngurus|mengurus|siapin|siapkan|nyiapin|lengkapi)\s+apa\b"
    # "izin jadi KPPS … cukup lisan ke atasan atau harus surat?": the form a permit takes
    r"|\bcukup\s+(lisan|bilang|ngomong|izin lisan)\b.{0,40}\b(atau|ato|apa)\s+(harus\s+|hrs\s+|mesti\s+|perlu\s+)?(surat|tertulis|hitam di atas putih)\b"
    r"|\bapa\s+(aja|saja)\s+(yang|yg)\s+(harus|hrs|perlu|mesti)\s+((saya|sy|aku|kami)\s+)?(lakuin|lakukan|dilakukan|kerjakan|siapkan|urus)\b",
    re.I | re.S,
)
_AUTHORITY = prefiltered(
    r"\bsiapa\s+(yang|yg)\s+(berwenang|berhak|memutus|memutuskan|menjatuhkan|jatuhin|ngejatuhin|ngasih|memberi|kasih|menghukum|memeriksa|mengawasi|menangani|menindak|mengadili|memproses|mutusin|nentuin|menentukan)\b"
    r"|\b(yang|yg)\s+(memproses|proses|menangani|nangani|nanganin|ngurus|ngurusin|mengurus|ngumumin|mengumumkan|umumin|menyatakan|mengadili|menjatuhkan|jatuhin|memutus|mutusin|memeriksa|meriksa)\s+"
    r"(\w+\s+){0,2}?siapa\b"
    r"|\b(yang|yg)\s+(wajib|harus|berhak|berwenang)\s+(manggil|memanggil|meriksa|memeriksa|menindak|nindak|menghukum)\b.{0,30}\bsiapa\b"
    r"|\b(wewenang|kewenangan)\s+siapa\b|\bsiapa\s+(pejabat|instansi|lembaga)\b"
    # "izin jadi KPPS itu harus dari siapa?": who grants it
    r"|\b(izin|ijin|izinnya|ijinnya|persetujuan)\w*\b.{0,40}\b(harus|hrs|mesti|perlu|minta)\s+(dari|ke|sama|sm)\s+(siapa|sp)\b"
    # "atasan boleh negur atau ngasih sanksi ga?": whether a superior may act on it
    r"|\b(atasan|pimpinan|kepala\s+\w+|kadis|kabid|kepsek|kapus|sekda)\s+(\w+\s+)?(boleh|bisa|berhak|berwenang)\s+(negur|menegur|ngasih sanksi|"
    r"memberi sanksi|kasih sanksi|menjatuhkan sanksi|jatuhin sanksi|nindak|menindak|menghukum)\b"
    # "yg berhak ngeluarin sanksi itu siapa sih?"
    r"|\b(yang|yg)\s+(berhak|berwenang)\s+\w+\s+(sanksi|hukuman)\w*\b.{0,20}\b(siapa|sp|sopo)\b"
    # "sing berwenang mutus sanksi … sopo to?"
    r"|\b(yang|yg|sing)\s+(berwenang|wenang|mutus|mutusi|mutuske)\b.{0,40}\b(siapa|sopo|sinten|saha|sapa)\b"
    r"|\b(diputus|diperiksa|ditangani|diproses|dijatuhkan|dijatuhi)(nya)?\s+(oleh\s+|sama\s+|sm\s+|ama\s+)?siapa\b|\b(instansi|lembaga)\s+(apa|mana)\s+(yang|yg)\s+(menangani|berwenang|memeriksa)"
    # "yang kasih sanksi itu Bawaslu atau kantornya sendiri?"
    r"|\b(yang|yg)\s+(kasih|ngasih|memberi|memberikan|jatuhin|ngejatuhin|menjatuhkan|mutus|memutus|memutuskan|nindak|menindak)\s+"
    r"(sanksi|sangsi|hukuman)\w*\b.{0,40}\b(atau|ato|apa)\b"
    # "SK hukumannya yg tanda tangan siapa?"
    r"|\b(yang|yg)\s+(tanda\s*tangan|tandatangan|teken|neken|nandatanganin|menandatangani)\w*\s+(\w+\s+)?(siapa|sp|sapa)\b"
    # "Yg mutusin sy salah atau ngga itu inspektorat atau Bawaslu sih?": which body decides, two named
    r"|\b(yang|yg|sing)\s+(mutusin|memutuskan|mutus|memutus|nentuin|menentukan|menilai|nilai)\b[^.?!]{0,60}\b(itu\s+)?"
    r"(inspektorat|bawaslu|bkn|bkpsdm|bkd|kpu|atasan|satgas|kasn|ppk|pejabat pembina)\b[^.?!]{0,10}\b(atau|ato|apa)\b"
    # "yg ngasih sanksi ke kades yg ikut kampanye itu siapa?": who punishes, with whom told between
    r"|\b(yang|yg)\s+(kasih|ngasih|memberi|memberikan|jatuhin|ngejatuhin|menjatuhkan)\s+(sanksi|sangsi|hukuman)\w*\s+(ke|kepada|buat|bagi|utk|untuk)\s+"
    r"[^.?!]{0,50}\bsiapa\b"
    # "yg akhirnya jatuhin hukumannya siapa?"
    r"|\b(yang|yg)\s+(\w+\s+)?(kasih|ngasih|memberi|memberikan|jatuhin|ngejatuhin|menjatuhkan)\s+(sanksi|sangsi|hukuman)\w*\s+(itu\s+)?(siapa|sp|sapa)\b"
    # "pegawai awak PPPK nge-like postingan caleg, macam mana prosesnya?": how a case is handled, and by whom
    # (the asker's own "prosedurnya bagaimana supaya tidak melanggar?" asks what to do)
    r"|\b(proses|prosesnya|mekanisme|mekanismenya|penanganan|penanganannya)\s+"
    r"(gimana|gmn|bagaimana|bgmn|macam mana|cemana|kek mana|kayak apa|seperti apa)\b"
    r"|\b(macam mana|cemana|kek mana|gimana|gmn|bagaimana)\s+(proses|mekanisme|penanganan)(nya)?\b",
    re.I | re.S,
)
# "bedanya apa kalau yg saya like itu …": the asker's own act, asked about (not "… kalo saya CLTN sama kalo nggak",
# two cases set side by side)
_NOT_OWN_ACT = r"(?!\s+(kalau|kalo|klo|kl|jika|bila)\s+(\w+\s+){0,2}(saya|sy|aku|gue|gw)\b(?![^?]*\b(sama|dengan|dgn|atau|ato)\s+(kalau|kalo|klo|kl|yg|yang|waktu|pas)\b))"
_DEFINITION = prefiltered(
    # "daftar pose jari yg dilarang itu ada di SKB ya?", "ada ga daftar resmi pose tangan yg dilarang?"
    r"\bdaftar\s+(resmi\s+)?(pose|gaya)\b"
    # "SKB netralitas ASN 2022 itu nomornya berapa aja?": which rule, by its number
    r"|\b(skb|pp|uu|perpres|permen\w*|peraturan|surat edaran|se)\b.{0,40}\b(nomor|nomer|no)(nya)?\s+(berapa|brp)\b"
    # "CLTN itu apa & apa hubungannya …", "SKB tu apaan?" (not "like postingan caleg itu apa boleh?")
    r"|\b[a-z]{2,12}\s+(itu|tu|tuh)\s+(apa|apaan|ap)\b(?!\s+(termasuk|boleh|melanggar|salah|dilarang|masalah|aman|wajar|pelanggaran|kena|bisa|sudah|udah|juga|gak|ga|nggak|tidak))"
    rf"|\b(singkatan(nya)?\s+(dari\s+)?(apa|apaan)|kepanjangan(nya)?\s+(dari\s+)?(apa|apaan)|\w+\s+itu\s+artinya|apa\s+itu(?!\s+(termasuk|boleh|melanggar|salah|dilarang|masalah|aman|wajar|pelanggaran|kena|bisa|sudah|udah|juga))|apaan\s+itu|apa\s+sih|apa\s+yang\s+dimaksud|apa\s+yg\s+dimaksud|yang\s+dimaksud|yg\s+dimaksud|maksudnya\s+apa|artinya\s+apa|arti\s+dari|pengertian|definisi|definisinya|bedanya\s+apa{_NOT_OWN_ACT}|bedanya\s+(\w+\s+){{1,3}}(sama|sm|dengan|dgn|dan|ama)\s+(\w+\s+){{1,3}}(apa|apaan|ap)(?=\s*[?.!]|$)|apa\s+bedanya{_NOT_OWN_ACT}|apa\s+beda{_NOT_OWN_ACT}|perbedaan)\b"
    # "smpe kpn sih aturan netral ini brlaku?", "mksdnya fasilitas negara tu ap aja?", "apa saja yang termasuk …"
    r"|\b(sampai|sampe|smpe|smp|mulai|sejak)\s+(kapan|kpn)\b.{0,40}\b(berlaku|brlaku|berlakunya)\b"
    r"|\b(berlaku|brlaku|berlakunya)\s+(sampai|sampe|smpe|mulai|sejak)\s+(kapan|kpn)\b"
    r"|\b(larangan|aturan|kewajiban|netralitas)\s+(\w+\s+){0,2}?(sampai|sampe|smpe|smp)\s+(kapan|kpn)\b"
    # "Larangan like/komen medsos buat ASN itu mulai berlakunya kapan sih?": when a prohibition applies
    r"|\b(larangan|aturan|kewajiban|ketentuan)\b[^.?!]{0,50}\b(mulai\s+)?(berlaku|berlakunya|diberlakukan)\s+((nya|sih|itu|tuh)\s+)?(kapan|kpn|sejak kapan)\b"
    r"|\bberlaku\b.{0,40}\b(atau|ato)\s+kapan\s+(aja|saja)\b"
    r"|\b(maksudnya|mksdnya|maksud)\b.{0,40}\b(apa|ap)\s+(aja|saja|aj)\b"
    r"|\b(apo|apa)\s+(artinyo|maksudnyo)\b|\b(artinyo|maksudnyo)\s+(apo|apa)\b"
    r"|\bapa\s+(saja|aja)\s+(yang|yg)\s+(termasuk|dianggap|masuk)\b"
    # "asn wjb nyoblos gk?", "ASN wajib golput kan?": what the rules require of a voter (not "wajib coblos capres nomor 1")
    r"|\b(wajib|wjb)\s+(golput|nyoblos|mencoblos|memilih|milih|coblos)\b(?!\s+(capres|caleg|calon|paslon|cagub|cabup|nomor|no|dia|beliau)\b)"
    # "kenapa sih ASN dilarang like postingan calon?": why a rule is there
    r"|^\W*(kenapa|mengapa|knp|napa|kok)\s+(sih\s+)?(\w+\s+){0,2}?(dilarang|ga boleh|gak boleh|gk boleh|tidak boleh|nggak boleh)\b"
    # "pppk kna pp 94 g sih", "PP 94/2021 bisa dipakai buat dia gak?": whether a regulation binds someone
    r"|\b(kena|kna|kenak|terikat)\s+(pp|uu|skb)\b[^.?!]{0,12}\b(g|gk|ga|gak|nggak|tidak|ndak|kah|gitu)\s*(sih|ya|y)?\s*\?*\s*$"
    r"|\b(pp|uu|skb)\s*[\d/]*\s+(bisa\s+|bs\s+)?(dipakai|dipake|berlaku|diterapkan|dikenakan)\s+(buat|untuk|utk|ke|bagi|sama)\b"
    # "Apa maksud 'simbol keberpihakan' di SKB?", "ada ga daftar resmi pose tangan yg dilarang?", "daftar pose itu ada di SKB?"
    r"|\bapa\s+(maksud|mksd|maksudnya|mksdnya|arti|artinya)\b"
    r"|\b(ada|adakah|emang ada|memang ada)\s+((ga|gak|gk|nggak|ngga|tidak|tdk)\s+)?daftar\s+(resmi\s+)?"
    r"(?!(hadir|tamu|nama|pemilih|calon|caleg|absen|relawan|anggota|pendukung)\b)\w+"
    r"|\bdaftar\s+(\w+\s+){0,4}?(itu\s+)?(ada|tercantum|termuat|disebut)\s+(di|dalam)\s+(skb|pp|uu|aturan|peraturan)\b"
    r"|\b(di|dalam)\s+(skb|pp|uu)\s+(\w+\s+){0,2}?(ada|ada ga|ada gak|ada nggak)\s+daftar\b"
    # "aturan apa aja yg berlaku buat kades?": which rules bind someone
    r"|\b(aturan|larangan|ketentuan|kewajiban|peraturan)\s+(\w+\s+)?(apa|ap)\s+(saja|aja|aj)\s+(yang|yg)\s+(berlaku|mengikat|harus dipatuhi)\b"
    # "UU 5/2014 masih dipakai nggak buat netralitas?": whether a rule still holds
    r"|\b(uu|undang|pp|skb|perpres|permen\w*|peraturan|aturan)\b[^?.!]{0,50}\b(masih|msh)\s+(berlaku|dipakai|dipake|digunakan|dipakai|relevan|sah|dianggap)\b",
    re.I,
)


_DESCRIBED_CHOICE = prefiltered(
    r"\b(jangan lupa|jgn lupa|jg lupa|ayo|ayok|yuk|mari|tolong|harus|wajib|pokoknya|pesan|nitip|bilang|ajak|suruh|"
    # (not the asker's own choice told: "bilang sy pilih paslon 1"; Acehnese "peugah … beu jipileh abang lon")
    r"minta|mohon|peugah)\b.{0,30}(?<!sy )(?<!saya )(?<!aku )(?<!gue )(?<!gw )(?<!kami )\b(coblos|nyoblos|pilih|milih|memilih|dukung|mendukung|menangkan|jipileh|pileh)\s+((yang|yg)\s+"
    r"(?!(mana|penting|terbaik menurut (anda|kamu|hati)|sesuai hati)\b)\w+"
    # "besok jgn lupa pilih pak Darsono ya": a call to vote for a person named
    r"|(pak|bu|bapak|ibu|mas|mbak|bang|kang|cak|uda|abah|haji|h\.)\s+[a-z]{3,}"
    # "pokoknya semua wajib pilih caleg si X ya", "jgn lupa pilih paslon 2": a candidate named by name or number
    r"|(caleg|calon|paslon|capres|cagub|cabup|cawalkot|partai)\s+(si\s+\w+|nomor\s*(urut\s*)?\d|no\.?\s*\d|nomer\s*\d|\d\b)"
    # "orasi 10 menit minta warga pilih suaminya": a candidate named by whose relative they are
    r"|(suami|istri|kakak|adik|abang|om|paman|bapak|ayah|mertua|ipar|kakak ipar|adik ipar)(nya|ku|mu)\b"
    r"|(suami|istri|kakak|adik|abang|om|paman|bapak|ayah|mertua)\s+(saya|sy|aku|gue|gw|dia|beliau)\b"
    r"|(adik|kakak|abang|om|paman)\b(?!\s+(kelas|tingkat|angkatan|ipar|saya|sy|aku))"
    # "pilih anaknya pak haji aja ya": someone's relative, described by whose they are
    r"|(anak|anaknya|adik|adiknya|istri|istrinya|suami|suaminya|menantu|menantunya|keponakan|ponakan|cucu|cucunya)\s+"
    r"(pak|bu|bapak|ibu|haji|h\.|kades|lurah|camat|bupati|ustadz|ustad|kyai|kiai|pendeta|juragan|bos)\b)"
    # "ngomong di warung 'pilih aja si A'": the imperative itself, said to others, names the candidate
    r"|\b(pilih|coblos|dukung)\s*(aja|saja|lah|ajalah|ae|wae)\s+(si\s+\w+|nomor\s*(urut\s*)?\d|no\.?\s*\d|nomer\s*\d|"
    r"(pak|bu|bapak|ibu)\s+[a-z]{3,}|(caleg|calon|paslon|capres|cagub|cabup|partai)\s+\w+)"
    # "bikin status wa pilih yg bajunya kotak2 ya guys": the call to vote for someone described, posted
    # (not a virtue any voter may weigh: "status 'pilih yg amanah ya'", "cara coblos yang sah")
    r"|\b(status|story|caption|postingan|posting|nulis|tulis|bikin)\b.{0,30}\b(coblos|nyoblos|pilih|milih|dukung)\s+(yang|yg)\s+"
    r"(?!(mana|penting|terbaik|sesuai|amanah|jujur|baik|bersih|berintegritas|benar|bener|sah|tepat|pantas|layak|cerdas|bijak|"
    r"berkualitas|kompeten|peduli|adil|bertanggung|tidak|gak|ga|nggak|bukan)\b)\w+"
    # "mau kasi contoh 'pemimpin yang baik tu macam calon nomor 2'": praise of a numbered candidate, said in quotes to others
    r"|['\"“][^'\"”\n]{0,80}\b(baik|bagus|layak|pantas|hebat|terbaik|cocok|amanah|idaman|teladan)\b[^'\"”\n]{0,40}"
    r"\b(calon|paslon|caleg|capres|cagub|cabup|nomor|no)\s*(urut\s*)?\d"
    # "lanjutkan pembangunan, pilih lagi pak bupati ya": re-electing the incumbent, with or without a call word
    r"|\b(coblos|nyoblos|pilih|milih|dukung|menangkan)\s+(lagi|lg|kembali)\s+(pak|bu|bapak|ibu|beliau|petahana|incumbent|"
    r"bupati|gubernur|wali ?kota|walkot|presiden)\b",
    re.I | re.S,
)


# a sentence whose subject is a relative, or a pronoun that goes on telling of one (only entries
# about non-ASN relatives use this, so only relatives start such a sentence)
_RELATIVE_SUBJECT = prefiltered(
    r"^\W*(karena|soalnya|tapi|tp|dan|trus|terus|eh|lalu|kalo|kalau|klo|kl|jika|bila|cuma|cm|hanya|cuman|tapi cuma)?\s*(adik|adek|kakak|kakakku|abang|anak|anakku|suami|istri|bapak|ayah|ibu|"
    r"emak|mama|mamak|papa|bapa|ortu|orang tua|mertua|om|tante|paman|bibi|sepupu|keponakan|ponakan|bojoku|bini|laki)(ku)?"
    r"(\s+(saya|sy|aku|ku|gue|gw|sa|beta|ambo|kita))?\b"
    # "Yang pasang baliho caleg di pagar rumah saya itu anak saya": the relative named as the one who did it
    r"|^\W*(yang|yg)\s+[^,.?!]{3,80}?\s(itu|tuh|adalah|ialah)\s+(adik|adek|kakak|abang|anak|suami|istri|bapak|ayah|ibu|mama|mamak|papa|"
    r"ortu|orang tua|mertua|om|tante|paman|bibi|sepupu|keponakan|ponakan)(ku)?(\s+(saya|sy|aku|ku|gue|gw|sa|beta|ambo|kita))?\b"
    # "Minggu depan dia mau ikut konvoi": a time said first leaves the relative the subject
    r"|^\W*(karena|soalnya|tapi|tp|dan|trus|terus|eh|lalu)?\s*((minggu|bulan|tahun|taun)\s+(depan|ini|kemarin|kmrn|lalu)\s+|"
    r"(besok|besoknya|nanti|kemarin|kmrn|kemaren|tadi|td|sekarang|skrg|katanya|rencananya)\s+)?(dia|beliau|mereka|ia)\b",
    re.I)
# "adik sy melanggar ga | kalau jadi timses?": a condition with no subject of its own goes on telling of the relative
_BARE_CONDITION = prefiltered(r"^\W*(kalo|kalau|klo|kl|jika|bila|kalu)\s+(jadi|jd|ikut|ikutan|ikt|daftar|gabung|masuk|mau|pasang|bantu)\b", re.I)
# "…, trs kita diskusi": the asker with the relative is the subject ("rumah kami" is no subject)
_WE_SUBJECT = prefiltered(r"^\W*(karena|soalnya|tapi|tp|dan|trus|trs|terus|lalu|habis itu|abis itu)?\s*(kita|kami)\b", re.I)
# the asker's own pronouns ("sa" is also a syllable of other words, so only some rules take it)
_FIRST_WORDS = "saya|sy|aku|gue|gw|ane|ulun|abdi|kulo|awak|ambo|beta|aye"
_FIRST_PERSON = prefiltered(rf"\b({_FIRST_WORDS}|sa)\b", re.I)
# sentences, and the clauses after a comma (a clause keeps its comma, to be told from a sentence)
_CLAUSE = prefiltered(r"(?<=[.!?;])\s+|\n+|\s*(?=,)")


_CONDITION = prefiltered(r"\s+(?=(?:kalo|kalau|klo|kl|jika|bila)\s)", re.I)
_THEY_GO_ON = prefiltered(r"^\W*(dan\s+|terus\s+|trus\s+|lalu\s+)?(dia|beliau|doi)\b", re.I)


# "Ada caleg mau kampanye di balai warga": the candidate or the team is the clause's subject
_CANDIDATE_SUBJECT = prefiltered(r"^\W*(ada\s+)?(seorang\s+|salah satu\s+|satu\s+)?(caleg|calon|cabup|cagub|cawalkot|capres|paslon|"
                                r"timses|tim sukses|tim kampanye|relawan)\b", re.I)


# "temen sekantorku (PNS) posting dukung caleg terus": a colleague is the clause's subject
_COLLEAGUE_SUBJECT = prefiltered(
    r"^\W*(karena|soalnya|tapi|tp|dan|trus|terus|eh|lalu)?\s*(temen|teman|rekan|kawan|kolega)(\s*-?\s*(ku|sy|saya|aku))?\s+"
    r"((se|satu\s+)?(kantor|kantorku|ruangan|ruanganku|bidang|kerja|sekerja|sejawat|seruangan|sekantor|sekantorku|sebidang|guru|dinas)|"
    r"(se)?kantor\w*|seruangan\w*|sebidang\w*|kerja\w*|sejawat)\b(\s+(saya|sy|aku|ku|gue|gw|sa|beta|ambo|kita))?\b"
    # "temen2 di grup kantor pada like …", "kabid ngajak semua …", "kepala puskesmas ngumpulin kami": others, many or above
    r"|^\W*(karena|soalnya|tapi|tp|dan|trus|terus|eh|lalu|pas|waktu)?\s*(\w+\s+){0,3}?(temen2|temen-temen|teman2|teman-teman|rekan2|rekan-rekan|kawan2|"
    r"kawan-kawan|kabid|kadis|kasi|kasubag|kabag|atasan|pimpinan|bos|kepala\s+(bidang|dinas|sekolah|puskesmas|seksi|bagian|kantor|ruangan)|"
    r"orang2|orang-orang|tetangga2|tetangga-tetangga)\b", re.I)


# "pasang baliho caleg di pagar rumah saya": a place the asker owns names the asker as no doer
_ASKER_OWNS = prefiltered(r"\b(rumah|pagar|halaman|teras|tembok|dinding|garasi|mobil|motor|kendaraan|warung|toko|kios|kebun|sawah|tanah)"
                         r"\s+(saya|sy|aku|gue|gw|kami|sa|beta|ambo|kita)\b", re.I)


# "Kakak ipar minta izin pasang baliho caleg di pagar rumah saya": the asker's leave or hand is asked for
_ASKS_THE_ASKER = prefiltered(r"\b(minta|mintak|mohon|nanya)\s+(izin|ijin|tolong|bantuan|bantu)\b", re.I)


def _relatives_acts(text: str, lex: Lexicon, correct, subject: re.Pattern = _RELATIVE_SUBJECT) -> frozenset[str]:
    """Acts asserted only in sentences told of a relative (see ``Frame.others_acts``), or of whoever ``subject``
    names at a clause's start (a colleague)."""
    # ("apa sy kena masalah kalo adik sy yg jadi timses?": a condition told of the relative is a clause of its own)
    clauses = [y for x in _CLAUSE.split(text) for y in _CONDITION.split(x) if y.strip()]
    if len(clauses) < 2 or not any(subject.search(x) for x in clauses):
        return frozenset()
    tales: list[tuple[str, bool]] = []  # each clause, and whether it tells of them
    telling = False
    for clause in clauses:
        starts = subject.search(clause) or _CANDIDATE_SUBJECT.match(clause)
        told = clause[starts.end():] if starts else clause
        asker_in = _FIRST_PERSON.search(_ASKER_OWNS.sub(" ", told)) or _ASKS_THE_ASKER.search(told)
        if starts:
            # "Dia ngajak saya foto": the asker is in it, so the act is not only theirs
            telling = not asker_in
        elif telling and _THEY_GO_ON.match(clause) and not asker_in:
            pass  # "istriku bukan asn, ibu rumah tangga, dia mau jadi relawan": "dia" is still the relative
        elif asker_in or not (clause.startswith(",") or _BARE_CONDITION.match(clause)) or _WE_SUBJECT.search(clause):
            telling = False
        # else "istri saya mau jadi relawan, ikut bagi brosur": a clause with no subject of its
        # own goes on telling of the one before
        tales.append((clause, telling))

    def acts(clause: str) -> frozenset[str]:
        return extract(clause, lex, qtype="permission", correct=correct, with_relatives=False).get("act")

    # their acts less the asker's own (the asker's clauses are read only while some act of theirs is left)
    theirs = set().union(*(acts(clause) for clause, telling in tales if telling))
    for clause, telling in tales:
        if not theirs:
            break
        if not telling:
            theirs -= acts(clause)
    return frozenset(theirs)


_JOINS_TEAM = prefiltered(
    r"\b(jadi|jd|menjadi|ikut|ikt|masuk|gabung|bergabung|join|direkrut|ditunjuk|diangkat|diminta|diajak|ngajak|ajak|daftar|"
    r"mendaftar|pendaftaran|formulir|form|dadi|janten|jadiin|dijadikan|sebagai|sbg|anggota|pegang|memegang|ketua|koordinator|korlap|bantu|bantuin|"
    r"membantu|aktif|nyambi|terlibat|saya|sy|aku|gue|gw|kami|asn|pns|pppk|cpns|guru|pegawai)\b.{0,40}\b(timses|tim sukses|tim pemenangan|tim kampanye|relawan|konsultan|tim ahli|"
    r"jurkam|juru kampanye|pemenangan|buzzer|pendengung|korlap|koordinator lapangan|kordinator lapangan|korcam|kordes|koordinator (kecamatan|desa|kelurahan|wilayah))", re.I | re.S)
# "ikut bagi2 kalender caleg sebagai tim": a campaign's team told as just "tim" (a candidate named in the same
# sentence; not "sebagai tim medis", "masuk tim penilai")
_BARE_TEAM_JOINED = prefiltered(
    r"\b(caleg|calon|paslon|capres|cagub|cabup|kampanye)\b[^.?!]{0,60}\b(sebagai|sbg|jadi|jd|masuk|gabung)\s+tim(nya)?\b(?!\s+\w)"
    r"|\b(sebagai|sbg|jadi|jd|masuk|gabung)\s+tim(nya)?\s+(caleg|calon|paslon|capres|cagub|cabup|kampanye)\b", re.I)
# "calon bupati minta dilayani duluan di dukcapil, boleh sy percepat?": a service sped up, put first or eased for them,
# asked about (a favour only asked of the asker, who served them in turn, is no favour given)
_FAVOURED = prefiltered(
    r"\b(boleh|blh|bolehkah|bisa)\s+((ga|gak|gk|nggak|kah)\s+)?((sy|saya|aku|kami)\s+)?(\w+\s+){0,2}?(percepat|dipercepat|dahulukan|didahulukan|"
    r"prioritaskan|diprioritaskan|prioritasin|diprioritasin|istimewakan|diistimewakan|permudah|dipermudah|loloskan|diloloskan|duluin|"
    r"duluankan)\b", re.I)
# "pke hashtag paslon d postingn liburan sy, biar rame": a side's hashtag put on the asker's own post promotes it
_SIDE_HASHTAG = prefiltered(
    r"\b(pake|pakai|pke|pakek|pasang|masang|kasih|ngasih|tambahin|nambahin|tambahkan|sisipin|selipin|masukin|cantumin|cantumkan)\s+"
    r"(\w+\s+)?(hashtag|hastag|tagar|#)\s*(\w+\s+)?(paslon|calon|caleg|capres|cawapres|cagub|cabup|cawalkot|partai|kampanye|pemenangan)",
    re.I)
_DEBATE_ATTENDED = prefiltered(
    r"\b(dtg|datang|dateng|hadir|menghadiri|hadiri|nonton langsung|ikut nonton)\s+(\w+\s+){0,2}?(ke\s+|di\s+)?(acara\s+|lokasi\s+)?"
    r"debat\b", re.I)
# "ikt rapat tim pmenangan caleg d rmh ketua tim": sitting in the campaign team's meeting is the team's work
_TEAM_MEETING = prefiltered(
    r"\b(ikut|ikt|ikutan|hadir|hadiri|menghadiri|dateng|datang|dtg)\s+(\w+\s+)?(rapat|rapat2|pertemuan|briefing|konsolidasi)\s+"
    r"(\w+\s+)?(tim\s*ses|timses|tim\s+sukses|tim\s+p(e)?menangan|tim\s+kampanye|pemenangan|relawan)\b", re.I)
_FORMER_ASN = prefiltered(
    r"\b(pensiun\w*|purna\s*(bakti|tugas)|mantan)\s+(\w+\s+){0,2}?(pns|asn|pppk|pegawai negeri)\b"
    r"|\b(aturan|larangan|ketentuan|kode etik|disiplin)\s+(\w+\s+){0,2}?(asn|pns)\b"
    r"|\b(netralitas|netral)\s+(asn|pns)\b|\b(bukan|bkn)\s+(lagi\s+)?(asn|pns)\b"
    # "saya dulu guru PNS 20 tahun": the PNS the asker was
    r"|\b(dulu|dulunya|dahulu|bekas|eks)\s+(\w+\s+){0,2}?(pns|asn|pppk)\b",
    re.I)
_SERVING_ASN = prefiltered(r"\b(pns|asn|pppk|cpns|pegawai negeri)\b", re.I)
# the asker's own status, said before the resignation ("sy PNS, udah masukin surat pengunduran diri")
_SELF_ASN = prefiltered(r"\b(saya|sy|aku|gue|gw|ambo|awak|beta|ulun|kulo|abdi|aye)\s+(\w+\s+)?(pns|asn|pppk)\b", re.I)
# "sudah resmi mundur dari PNS karena ditetapkan jadi caleg": no longer a civil servant
_RESIGNED = prefiltered(
    r"\b(sudah|udah|udh|sdh|telah|wis|tos|su|lah|alah)\s+(resmi\s+)?(mundur|berhenti|keluar|diberhentikan|mengundurkan diri|maundurkan diri|"
    r"mangundurkan diri|baranti|liren|resign|resain)\b"
    # (within the sentence: "quick count udah keluar. Saya PNS …" is no resignation)
    r"[^.?!]{0,30}\b(pns|asn|pppk)\b(?!\s+(lain|aktif))"
    r"|\b(diberhentikan dengan hormat|mantan pns|mantan asn|eks pns|bekas pns)\b"
    # "sy udah bukan pns lagi": no longer a civil servant
    r"|\b(sudah|udah|udh|sdh|dah|tidak|tdk|gak|ga|nggak|bukan)\s+(bukan\s+)?(pns|asn|pppk)\s+lagi\b"
    # "saya dulu PNS, sudah resmi mundur waktu KPU menetapkan saya"
    r"|\b(dulu|dulunya|dahulu|dolo|dlu|dl)\s+(pns|asn|pppk)\b.{0,40}\b(sudah|udah|udh|sdh|telah|su)\s+(resmi\s+)?"
    r"(mundur|mndur|berhenti|keluar|diberhentikan|mengundurkan diri)\b"
    r"|\b(masukin|memasukkan|menyerahkan|mengajukan|ngajuin)\s+surat\s+pengunduran\s+diri\b"
    r"|\bsk\s+(pemberhentian|berhenti|brhnti|brhenti|pengunduran diri)(nya)?\b.{0,50}\b(sudah|udah|udh|sdh|telah|su)\s+(keluar|kluar|terbit|turun)\b"
    r"|\b(sudah|udah|udh|sdh|telah)\s+(keluar|kluar|terbit|turun)\s+sk\s+(pemberhentian|berhenti|pengunduran)\w*",
    re.I)
# --- readings of a whole sentence, where a word of the lexicon is not enough ---------------
# "baru pensiun bulan lalu", "SK pensiunnya udah keluar": the retirement has happened …
_RETIRED = prefiltered(
    r"\b(baru|sudah|udah|udh|sdh|telah|wis|wes|lah|tos|sampun)\s+(resmi\s+)?(pensiun|purna\s*(bakti|tugas))\b"
    r"|\bsk\s+pensiun\w*\s+(sudah|udah|udh|sdh|telah|wis)\s+(keluar|kluar|terbit|turun|berlaku)\b"
    # "pensiun PNS tahun lalu karena batas usia"
    r"|\bpensiun\w*\s+((dari\s+)?(pns|asn|guru|pegawai)\s+)?(sejak\s+)?(\w+\s+)?(tahun|taun|bulan|minggu|pekan)\s+(lalu|kemarin|kemaren|kmrn|wingi)\b"
    r"|\bpensiun\w*\b.{0,20}\b(karena|krn|karna)\s+(batas usia|bup|usia)\b", re.I)
# … not "pensiun bulan depan", "SK pensiun belum keluar", "tinggal 3 bulan lagi"
_RETIRING = prefiltered(
    r"\b(belum|blm|durung|acan|mau|akan|bakal|menjelang|jelang|hampir|ampir|sebentar lagi|bentar lagi)\s+(\w+\s+)?pensiun\b"
    r"|\bpensiun\w*\s+(\w+\s+){0,2}(belum|blm|durung)\b|\btinggal\s+\w+\s+(bulan|tahun|hari)\b"
    # (a TMT is a date: "TMT pensiun 1 Desember" is still to come, "TMT pensiun tahun lalu" is past)
    r"|\btmt\s+pensiun\w*(?!\s+((saya|sy|aku|beliau)\s+)?(sejak\s+)?(\w+\s+)?(tahun|taun|bulan|minggu|pekan)\s+(lalu|kemarin|kemaren|kmrn|wingi))"
    r"|\bpensiun\w*\s+((saya|sy|aku|beliau)\s+)?(bulan|tahun|taun|minggu|pekan)\s+(depan|ngarep|payun|besok)\b"
    r"|\b(bulan|tahun|taun)\s+(depan|ngarep|payun)\s+((saya|sy|aku|beliau)\s+)?pensiun\b"
    # "sy pensiun 3 bulan lagi", "dua tahun lagi saya pensiun"
    r"|\bpensiun\w*\s+(\w+\s+)?(\d+|se|satu|dua|tiga|empat|lima|beberapa)\s*(bulan|tahun|taun|hari|minggu)\s+(lagi|lg)\b"
    r"|\b(\d+|satu|dua|tiga|empat|lima|beberapa)\s+(bulan|tahun|taun)\s+(lagi|lg)\s+((saya|sy|aku|beliau|awak)\s+)?pensiun\b", re.I)
# a candidate who turned up at an event the asker was at for something else: "Ternyata seorang
# caleg ikut hadir", "yang datang ternyata caleg DPR RI", "tiba-tiba cagub nongol": the invitation
# the story tells of is the asker's own, not one to the candidate
_CANDIDATE = r"(caleg|calon|capres|cawapres|cagub|cabup|cawalkot|paslon|bacaleg|bakal calon|kandidat|petahana|bupati|walikota|gubernur)"
_UNANNOUNCED = r"(ternyata|tiba-tiba|tiba2|tb2|tau-tau|tau2|taunya|tahunya|mendadak|dadakan|jebul|jebule)"
_ARRIVES = r"(datang|dateng|dtg|dtng|hadir|muncul|nongol|mampir|masuk|nimbrung|ikut hadir|ikut datang|datang juga|dateng juga)"
_CANDIDATE_TURNED_UP = prefiltered(
    rf"\b{_UNANNOUNCED}\b[^.?!]{{0,40}}\b{_CANDIDATE}\b[^.?!]{{0,30}}\b{_ARRIVES}\b"
    rf"|\b{_UNANNOUNCED}\b[^.?!]{{0,20}}\b{_ARRIVES}\b[^.?!]{{0,30}}\b{_CANDIDATE}\b"
    rf"|\b(yang|yg)\s+{_ARRIVES}\s+(itu\s+)?{_UNANNOUNCED}\s+(\w+\s+)?{_CANDIDATE}\b"
    rf"|\b{_CANDIDATE}\b[^.?!]{{0,40}}\b{_ARRIVES}\b\s+(\w+\s+){{0,2}}(tanpa (di)?undang\w*|(tidak|gak|ga|nggak|tak|seng|sonde|tra|nda|ndak|nyanda|ora) (di)?undang|mendadak|tiba-tiba)"
    # "dtng k nikahan anak pak lurah, trs cabup dtg ksh sambutan": at someone else's celebration, the candidate came next
    rf"|\b(nikahan|kondangan|kawinan|pesta|hajatan|resepsi|arisan|pengajian|syukuran|acara kawin)\b[^.?!]{{0,60}}\b(trs|terus|lalu|kemudian|pas|eh)\s+{_CANDIDATE}\b\s+(\w+\s+)?{_ARRIVES}\b",
    re.I)
# the asker learnt what the event was only once there: "pas sampai, ternyata isinya sosialisasi
# caleg", "saya gak tahu sebelumnya", "awalnya saya kira hajatan biasa", "belakangan baru tahu"
_DID_NOT_KNOW = prefiltered(
    r"\b(saya|sy|aku|gue|gw|kami|kulo|abdi)\s+(sama sekali\s+)?(gak|ga|gk|tidak|tdk|nggak|ngga|ndak|nda|belum|blm|ora)\s+"
    r"(tahu|tau|ngerti)\s+(sebelumnya|dari awal|kalau|klo|kalo|bahwa|acaranya|isinya|soal itu)\b"
    r"|\b(pas|waktu|setelah|sesampai|sampai|begitu)\s+(\w+\s+)?(datang|dateng|sampai|sampe|tiba|nyampe|masuk|di lokasi)\b[^.?!]{0,6}\bternyata\b"
    r"|\bternyata\s+(acaranya|isinya|isi acaranya|acara itu|itu acara|itu)\s+(\w+\s+)?(acara\s+)?(sosialisasi|kampanye|deklarasi|syukuran|konsolidasi|rapat tim|acara partai|acara calon|acara caleg)\b"
    r"|\b(awalnya|tadinya|kirain|kukira)\s+((saya|sy|aku)\s+)?(kira|pikir|kirain|ngira)?\b[^.?!]{0,30}\b(biasa|umum)\b"
    r"|\b(belakangan|kemudian|lalu|setelah itu)\s+(saya\s+|sy\s+|aku\s+)?baru\s+(tahu|tau|sadar|ngeh)\b", re.I)
_ASKER_DOES = r"\b(saya|sy|aku|aq|gue|gw|kami|beta|ambo|kulo|abdi|ulun|sa)\s+(\w+\s+){0,3}?"  # … unless the asker says they did it
_ASKER_SPEAKS = prefiltered(_ASKER_DOES + r"(sambutan|pidato|bicara|berbicara|ngomong|mc|moderator|narasumber|ceramah|"
                           r"orasi|pembawa acara)\b", re.I)
_ASKER_CALLS_ON = prefiltered(_ASKER_DOES + r"(ajak|ngajak|mengajak|ajakin|imbau|himbau|minta|suruh|nyuruh|arahkan|ngarahin)\w*\b", re.I)
_ASKER_HANDS_OUT = prefiltered(_ASKER_DOES + r"(bagi\w*|membagi\w*|ngebagi\w*|bantu bagi\w*|nyebar\w*)\b", re.I)
# "aku cuma bantu bungkusin di dapur": the asker lends a hand to what someone else does
_ASKER_HELPS_THEM = prefiltered(
    _ASKER_DOES + r"(bantu|bantuin|membantu|ikut|ikutan|ngebantu)\s+(\w+\s+)?(bungkus\w*|ngebungkus\w*|membungkus|packing|ngepak\w*|"
    r"kemas\w*|ngemas\w*|mengemas|nyiapin|menyiapkan|siapin|angkut\w*|ngangkut\w*|lipat\w*|ngelipat\w*|nempel\w*|tempel\w*|"
    r"masang\w*|pasang\w*|bagi\w*|ngebagi\w*|nyebar\w*|sebar\w*|desain\w*|ngedesain\w*|masak\w*|memasak\w*|"
    # "Kalau saya ikut kumpulin (KTP) karena disuruh": the asker collects it
    r"kumpulin|kumpulkan|ngumpulin|ngumpulkan|mengumpulkan)\b"
    # "aku (PNS) pinjemin motor pribadiku buat dia keliling sosialisasi": the asker's own things lent to it
    r"|\b(saya|sy|aku|aq|gue|gw|kami|ambo|awak|beta|sa|ulun|abdi|kulo)\s+(\w+\s+){0,2}?(pinjemin|minjemin|meminjamkan|pinjamkan|"
    r"minjamin|kasih pinjam|kasi pinjam|kase pinjam|pinjami|pinjemi)\b"
    r"|\b(mintak|minta|nyuruh|suruh)\s+(ambo|awak|beta|sa|ulun|abdi|kulo)\s+(bantu|bantuin|membantu)\b"
    # twenty-eighth session: "saya cuma nganter pake mobil pribadi dan nunggu di mobil": the asker drives them there
    r"|\b(saya|sy|aku|aq|gue|gw|kami|ambo|awak|beta|sa|abdi|kulo)\s+((cuma|cm|hanya|cuman|yang|yg)\s+)?(nganter|nganterin|ngantar|"
    r"ngantarin|mengantar|mengantarkan|anterin|antarin|nyetirin|nyupirin|supirin)\b(\s+\w+){0,3}?\s+(dia|beliau|istri|suami|pake mobil|"
    r"pakai mobil|naik mobil|ke kampanye|ke lapangan|ke posko|ke lokasi)\b", re.I)
_NEGATOR_WORD = prefiltered(r"\b(tidak|tdk|gak|ga|gk|nggak|ngga|ndak|nda|ora|teu|bukan|belum|blm|enggak|engga)\b", re.I)


def _asker_helps_them(text: str) -> bool:
    """The asker lends a hand ("aku cuma bantu bungkusin"), not denies it ("saya ga ikut pasang")."""
    text = re.sub(r"\([^()]{0,30}\)", " ", text)  # ("aku (PNS) pinjemin …": an aside between the asker and the act)
    return any(not _NEGATOR_WORD.search(m.group(0)) for m in _ASKER_HELPS_THEM.finditer(text))


# "saya tidak ikut apa-apa, tidak pasang apa-apa": the asker takes no part in what a relative does
_NOT_INVOLVED = prefiltered(
    # ("saya sudah memutuskan tidak ikut sama sekali": a decision told)
    r"\b(saya|sy|aku|gue|gw|kulo|abdi|sa|beta|ambo|ulun)\s+(sendiri\s+)?((yang|yg|sing|nu)\s+)?((pns|asn|pppk|guru)(\s+|\s*,\s*))?((dan|tapi|tp|tetapi)\s+)?"
    r"((sudah|udah|udh|sdh)\s+)?((memutuskan|mutusin|milih|memilih|berjanji|janji)\s+(untuk\s+|utk\s+)?)?(sama sekali\s+)?"
    r"(tidak|tdk|gak|ga|gk|nggak|ngga|ndak|nda|ora|teu|tra|sonde|seng|nyanda|indak|kada)\s+"
    r"(pernah\s+)?(ikut|ikutan|ikut-ikutan|ikut2an|ikut2|ikt2|terlibat|campur|bantu|membantu|melu)(?!\w)(\s+(apa-apa|apa2|apapun|apa pun|kegiatan\w*|sama sekali))?"
    # "aku sendiri ga dateng, ga bantu apa2": neither there nor helping
    r"|\b(saya|sy|aku|gue|gw|kulo|abdi)\s+(sendiri\s+)?(tidak|tdk|gak|ga|gk|nggak|ngga|ndak|nda)\s+(datang|dateng|dtg|hadir)\b"
    r"[\s,]+(dan\s+|juga\s+)?(tidak|tdk|gak|ga|gk|nggak|ngga|ndak|nda)\s+(bantu|membantu|ikut|terlibat)\b"
    # twenty-second session: "aku ga like, ga komen, cuma baca", "aku diem aja, ga nyaut", "sy gk ngapa2in",
    # Minang "ambo indak mangecek apo-apo, hanyo mandanga"
    r"|\b(saya|sy|aku|gue|gw|ambo|awak)\s+(sendiri\s+)?(tidak|tdk|gak|ga|gk|nggak|ngga)\s+(like|nge-?like|komen|komentar|share|ngeshare)\b"
    r"[\s,]+(dan\s+)?(tidak|tdk|gak|ga|gk|nggak|ngga)\s+(like|komen|komentar|share|ngeshare|bls|balas|bales)\b"
    r"|\b(saya|sy|aku|gue|gw)\s+(cuma\s+|cm\s+|hanya\s+)?(diem|diam)(\s+(aja|saja|aj))?\s*[,.]\s*(tidak|tdk|gak|ga|gk|nggak)\s+(nyaut|nyahut|jawab|ngomong|ikut|ngapa2in|ngapa-ngapain)\b"
    r"|\b(saya|sy|aku|gue|gw)\s+(tidak|tdk|gak|ga|gk|nggak|ngga)\s+(ngapa2in|ngapa-ngapain|ngapa ngapain|berbuat apa-apa|melakukan apa-apa)\b"
    r"|\bambo\s+indak\s+(mangecek|ikuik|iku)\s+(apo-apo|apo2)\b",
    re.I)


def _relatives_acts_only(text: str, asserted: dict[str, set[str]], lex: Lexicon, correct) -> bool:
    """A relative is named, every risky act told is theirs (``_relatives_acts``), and it happens in no home or car the
    asker shares, with no act of the asker's own asked ("Sy boleh pinjemin?") and no relative in uniform."""
    return bool(asserted.get("target", set()) & RELATIVES and not _OUR_HOME.search(_NOT_OUR_HOME.sub(" ", text))
                and not _ASKER_MAY_I.search(text)
                and not _RELATIVE_IN_UNIFORM.search(text)
                and not (asserted.get("act", set()) & RISKY_ACTS) - _relatives_acts(text, lex, correct))


def _outsider_campaigns(asserted: dict[str, set[str]], text: str) -> bool:
    """A relative said to be outside the ASN rules does something risky, and is not the candidate; a banner a spouse puts
    up is the household's (unless said to be the spouse's own place, read before this)."""
    acts, targets = asserted.get("act", set()), asserted.get("target", set())
    return bool(_RELATIVE_OUTSIDE.search(text) and "nyalon" not in acts and not _KIN_RUNS.search(text)
                and acts & RISKY_ACTS and not ("pasang-apk" in acts and "pasangan" in targets))


def _asker_resigned(text: str) -> bool:
    """Whether the asker says they have left the civil service: "udah mundur dari PNS" about the asker,
    not "temen sy udah mundur dari pns" (someone else), nor a resignation whose decree is still awaited
    ("sudah ngajuin surat pengunduran diri tapi SK blm keluar": still a civil servant)."""
    for hit in _RESIGNED.finditer(text):
        before = text[max(0, hit.start() - 40):hit.start()]
        if _WILL_RESIGN.search(text[max(0, hit.start() - 60):hit.end()]) and not _DONE.search(hit.group(0)):
            continue  # ("kalau sudah mundur waktu ditetapkan" states it done)
        # "temen sy udah mundur dari pns, sy boleh bantu kampanye dia?": the one who resigned is someone else
        # and the asker, still ASN, asks about their own part ("bapak sy udah mundur … dia boleh kampanye?" is his)
        # (… or says they still serve: "tmn kntor sy nyaleg (dia udh mundur dr pns) … sy reshare … sy msh pns")
        if _OTHER_RESIGNS.search(before) and (_ASKER_TAKES_PART.search(text[hit.end():]) or _STILL_ASN.search(text)):
            continue
        if _DECREE_AWAITED.search(text[hit.end():hit.end() + 60]):
            continue
        return True
    return False


_DONE = prefiltered(r"\b(sudah|udah|udh|sdh|dah|telah|wis|su)\b", re.I)
_ASKER_TAKES_PART = prefiltered(r"\b(saya|sy|aku|aq|gue|gw|kami)\s+(\w+\s+){0,2}?(boleh|blh|bisa|ikut|ikutan|bantu|bantuin|membantu|jadi|jd|mau|pengen|pgn|ingin)\b", re.I)
# "sy msh pns", "saya masih ASN aktif": the asker says they still serve
_STILL_ASN = prefiltered(r"\b(saya|sy|aku|ak|gue|gw|sa|beta)\s+(masih|msh|tetap|tetep|ttp|msih)\s+(jadi\s+|jd\s+)?(pns|asn|pppk|p3k)\b", re.I)
# "paslon yg ngelibatin ASN di kampanye kena sanksi apa?": the one who acts is the candidate or the team,
# who draws civil servants in (their sanction is the question, not the civil servant's)
_CANDIDATE_DRAWS_IN = prefiltered(
    r"\b(calon|caleg|paslon|cabup|cagub|cawalkot|capres|cawapres|timses|tim kampanye|tim sukses|tim pemenangan|peserta pemilu|"
    r"pasangan calon|kandidat|calon kepala daerah|calon kada|clon|cln)\w*\s+(\w+\s+){0,4}?"
    r"(ngelibatin|melibatkan|libatkan|libatin|ngajak|ngajak2|mengajak|ajak|ajak-ajak|ngikutsertain|mengikutsertakan|ngerahin|mengerahkan|"
    r"nyuruh2|bawa|membawa|nggowo|pake|pakai)\s+(\w+\s+){0,2}?(asn|pns|pppk|pegawai negeri|aparatur sipil negara|guru2 pns|pegawai)\b"
    # "yg dihukum cuma asn nya atau calonnya juga kalo asn dilibatin kampanye?"
    r"|\b(calon|caleg|paslon|timses|tim kampanye)\w*\b.{0,40}\b(asn|pns|pppk)\s+(dilibatin|dilibatkan|diikutsertakan|dikerahkan)\b",
    re.I)
# "ga perlu izin siapa2 kan kalo mau daftar jadi PPS?": the permission the duty needs is said to be unneeded
_NO_LEAVE_NEEDED = prefiltered(r"\b(ga|gak|gk|tidak|tdk|nggak|ngga|ndak|nda|enggak)\s+(perlu|usah|butuh|harus|wajib|pake|pakai)\s+"
                              r"(minta\s+|pake\s+|pakai\s+|ada\s+|ngurus\s+)?(izin|ijin|surat izin)\b"
                              # "atasan udah kasih izin lisan", "setuju secara lisan": the permit must be written (SIT/petugas-pemilu)
                              r"|\b(izin|ijin|setuju|persetujuan|restu|acc|mengizinkan|ngizinin)\w*\s+(\w+\s+)?(secara\s+)?lisan\b"
                              r"|\b(cuma|hanya|baru|masih|sekadar|sekedar)\s+(izin\s+|ijin\s+)?lisan\b", re.I)
# "diajak nderek rombongan paslon nonton debat": going with a candidate's party, not watching from home
_WITH_ENTOURAGE = prefiltered(r"\b(rombongan|iring-iringan|iringan|konvoi)\s+(\w+\s+)?(paslon|calon|caleg|cabup|cagub|capres|cawalkot|"
                             r"tim|timses|pendukung|relawan|kandidat)\b", re.I)
# "saya staf di dinas perkim", "aku bendahara di kantor camat": the asker works for the government, so is ASN
# as far as the rules go (unless they say otherwise: honorer, PPNPN, perangkat desa are read by the lexicon)
_SELF_IN_OFFICE = prefiltered(
    r"\b(saya|sy|aku|aq|gue|gw)\s+(\w+\s+)?(staf|staff|pegawai|kasi|kasubag|kasubbag|kabid|kabag|sekretaris|bendahara|analis|"
    r"pranata|penyuluh|auditor|operator)\s+(\w+\s+)?(di\s+)?(dinas|badan|kantor camat|kantor kecamatan|kecamatan|kelurahan|setda|"
    r"sekretariat daerah|bkpsdm|bkd|bappeda|inspektorat|pemkab|pemkot|pemprov|kemenag|kementerian)\b", re.I)
# "nanti kalo DCT ditetapkan KPU sy langsung ngajuin surat pengunduran diri": a resignation to come when the
# candidacy is set, which is what the reference asks of a civil servant who runs
_WILL_RESIGN = prefiltered(
    r"\b(nanti|ntar|nti|kalau|kalo|klo|kl|begitu|setelah|stlh|pas|saat|ketika|waktu|sesudah)\b[^.?!]{0,40}\b(ditetapkan|ditetapin|ditetepin|penetapan)\b"
    r"[^.?!]{0,40}\b(mundur|ngundurin|mengundurkan|resign|ngajuin|mengajukan|ajukan|masukin)\b", re.I)
# the person just named before "udah mundur dari PNS" ("temen sy", "atasan saya", "dia")
_OTHER_RESIGNS = prefiltered(
    r"\b(teman|temen|tmn|kawan|rekan|atasan|kakak|kaka|adik|adek|suami|istri|bapak|bapaknya|ayah|ibu|ibunya|mertua|ipar|"
    r"om|paman|tante|bibi|dia|doi|beliau|kades|camat|kadis|kepala|anak|sepupu|tetangga|pak|bu|mantan atasan)\w*"
    r"(\s+(saya|sy|aku|ku|gue|gw|kami))?(\s+(yg|yang|itu|ini|tuh|dulu|dlu|kemarin|kmrn))*\s*$", re.I)
# "… tapi SK-nya belum keluar": the resignation is not yet in force
_DECREE_AWAITED = prefiltered(r"\b(sk|surat keputusan)\w*\s+(\w+\s+)?(belum|blm|blom|lum|masih)\b", re.I)


_RELATIVE_WORD = r"(suami|istri|anak|bapak|ibu|ayah|adik|kakak|mertua|ortu|orang tua|ponakan|keponakan|sepupu|abang|mama|mamak|papa|emak|bapa)"
# "istri sy ibu rumah tangga mau ikut kampanye. itu hak dia kan?", "suami sy blh gitu kan?", "apa anak sy
# ikut dilarang?": the permission asked is the relative's, not an act of the asker's
_ASKS_FOR_RELATIVE = prefiltered(
    r"\b(itu\s+)?hak\s+(dia|beliau|mereka|suami|istri|anak)\b"
    rf"|\b(dia|beliau|{_RELATIVE_WORD}(\s+(sy|saya|aku|ku|gw|gue))?)\s+(boleh|blh|bole|bebas)\s+((gitu|begitu|gt)\s+)?(kan|dong|kn|toh)\b"
    rf"|\bapa\s+{_RELATIVE_WORD}\s+(sy|saya|aku|gw|gue)\s+(ikut\s+)?(dilarang|melanggar|kena)\b"
    # "… Sy PNS. Dia boleh kampanye kan?", "anak sy boleh gitu?": the relative's permission, asked last
    rf"|(?:^|[.?!,]\s*)(dia|beliau|{_RELATIVE_WORD}(\s+(sy|saya|aku|ku|gw|gue))?)\s+(boleh|blh|bole)\s+([\w-]+\s+){{0,4}}?"
    r"(kan|kn|gitu|gt|ga|gak|gk|nggak|tidak|kah|ya|toh)\s*\?"
    # twenty-eighth session: "Yang mau sy tanya: adik sy sendiri melanggar aturan ga kalau jadi timses?", "Bapak sy
    # melanggar ga sih?", "Bojoku dhewe iku oleh ora melu kampanye?": whether the relative, named first, breaks a rule
    rf"|(?:^|[.?!,:]\s*)({_RELATIVE_WORD}(\s+(sy|saya|aku|ku|gw|gue))?)\s+((sendiri|dhewe|dewe|dewek|iku|itu)\s+){{0,2}}"
    r"(melanggar|ngelanggar|oleh|olih)\b"
    # ("… Sy PNS, ga ikut2. Dia boleh?": the bare question, asked last)
    rf"|(?:^|[.?!,]\s*)(dia|beliau|{_RELATIVE_WORD}(\s+(sy|saya|aku|ku|gw|gue))?)\s+(boleh|blh|bole)\s*\?"
    # "apa aku wajib ngelarang dia?", "Sa harus larang dia ka, nanti sa ikut kena?": whether the asker must stop them
    r"|\b(wajib|harus|perlu|mesti|musti|kudu)\s+((saya|sy|aku|gue|gw|sa|beta|kita|ambo|abdi)\s+)?(nge|me)?(larang|cegah|ngelarang|melarang)(in|kan)?\b"
    r"|\b(nanti|ntar|nnt|atau)\s+(saya|sy|aku|gue|gw|sa|beta|kita|ambo|abdi)\s+((yang|yg)\s+)?(ikut\s+)?(kena|terseret|disanksi)\b", re.I)
# "pagar rumah kami", "rumah kami satu": a home or vehicle the asker shares, where what is put up is the asker's too
_OUR_HOME = prefiltered(r"\b(rumah|pagar|mobil|motor|teras|halaman|garasi|toko|warung)\s+(kami|kita|kita orang|bersama|sy|saya|aku|ku)\b"
                       r"|\b(rumah\s+kami\s+satu|satu\s+rumah|serumah|tinggal\s+bareng|rumah\s+dinas)\b"
                       r"|\b(yang|yg)\s+(kami|kita|sy|saya|aku)\s+(tempati|tinggali|huni|pakai|pake)\b"
                       r"|\batas\s+nama\s+(saya|sy|aku|kami|kita|beta)\b", re.I)
# "(rumahnya beda sama rumah sy)", "bukan rumah saya": a home set apart from the asker's, not shared
_NOT_OUR_HOME = prefiltered(r"\b(beda|berbeda|bukan|bkn|lain)\s+((sama|dengan|dgn|dari|dr|ama|ma)\s+)?"
                           r"(rumah|pagar|mobil|motor|toko|warung)\s+(kami|kita|sy|saya|aku|ku)\b"
                           # thirtieth session: "sy PNS dan rumah kami beda", "rumah kami pisah"
                           r"|\brumah\s+(kami|kita)\s+(beda|berbeda|lain|terpisah|pisah|jauh)\b", re.I)
# "di rumahnya sendiri", "motor dia sendiri", "ruko usahanya sendiri", "bukan rumah beta", "beda alamat": the relative's own place
_THEIR_OWN_PLACE = prefiltered(
    r"\b(rumah|ruma|motor|mobil|toko|ruko|sawah|pondok|warung|kios|kebun|usaha|lapak|tanah|lahan|pekarangan|halaman|pagar)(nya|nye|na)\s+(sendiri|sandiri|pribadi)\b"
    r"|\b(rumah|ruma|motor|mobil|toko|ruko|sawah|pondok|warung|kios|kebun|lapak)\s+(dia|mereka|beliau|ortu|ortunya|usahanya)\s+(sendiri|sandiri)\b"
    r"|\bbukan\s+(di\s+)?(rumah|ruma|motor|mobil)\s+(kami|saya|sy|aku|beta|gue|kita)\b|\bbeda\s+(rumah|alamat)\b"
    # eastern Malay possessives: "dia pung rumah sandiri, bukan beta pung rumah"
    r"|\b(dia|de|dorang|dong)\s+(pung|pu|punya)\s+(rumah|ruma|motor|oto|mobil|toko|kios|kebun|pagar)\b"
    r"|\bbukan\s+(beta|sa|kita|ana)\s+(pung|pu|punya)\s+(rumah|ruma|motor|oto|mobil)\b"
    r"|\b(status|story|akun|fb|ig|medsos|tiktok)\b.{0,10}\b(nya|dia|beliau)\s+(sendiri|pribadi)\b", re.I)
# "cuma nganterin ibu ke lapangan kampanye, terus pulang": a relative or neighbour driven there, not a candidate
_DRIVE = (r"(antar|ngantar|nganter|nganterin|anterin|antarin|mengantar|mengantarkan|antar-jemput|antar jemput|ngedrop|drop|"
          r"jemput|jemputin|menjemput)")
_DRIVES_KIN_THERE = prefiltered(
    rf"\b{_DRIVE}\s+"
    rf"(\w+\s+)?({_RELATIVE_WORD}|adek|tetangga|nenek|kakek|mbah|simbah|keluarga|dia|beliau|mereka)\w*\b"
    # "Enyak aye minta dianterin ke kampanye": the relative asks to be driven
    rf"|\b({_RELATIVE_WORD}|enyak|nyak|emak|adek|tetangga|nenek|kakek|mbah|simbah)\w*\s+(\w+\s+){{0,2}}?(minta\s+)?(dianter|dianterin|diantar|diantarkan|dijemput)\b",
    re.I)
_DRIVES_A_CANDIDATE = prefiltered(rf"\b({_DRIVE}|sopir|supir|nyopir)\w*\s+"
                                 r"(\w+\s+)?(caleg|calon|cabup|cagub|capres|paslon|kandidat|timses|tim|logistik|rombongan)\b", re.I)
_TO_THE_POLLS = prefiltered(r"\b(tps|coblosan|nyoblos|mencoblos|pencoblosan)\b", re.I)
_INVITES_TO_WATCH = prefiltered(r"\b(ayo|ayok|yuk|yok|ajak\w*|ngajak\w*|mengajak)\s+(\w+\s+){0,2}?(nonton|nnton|ntn|nntn|menonton|tonton|lihat|liat|"
                               r"simak|menyimak|dengerin|mendengarkan)\b", re.I)
_ASKS_FOR_HELP = prefiltered(r"\b(mohon|minta|tolong|butuh|perlu)\s+(bantuan|bantuannya)(\s+(info\w*|penjelasan\w*|nya))?\b"
                            r"|\bbantuannya\s+(min|kak|bot|dong|ya)\b", re.I)
# "ketua partai tingkat kabupaten yg kebetulan tetangga sy", "dia cuma pengurus DPC": the office of someone the asker knows
_SOMEONE_S_PARTY_POST = prefiltered(
    r"\b(ketua|pengurus|sekretaris|bendahara|kader|ketum)\s+(partai|parpol|dpc|dpd|dpw|ranting|pac)\b[^.?!]{0,60}\b(yang|yg)\s+"
    r"(kebetulan\s+|juga\s+|jg\s+)?(tetangga|teman|temen|kawan|sahabat|saudara|sodara|kerabat|kenalan)\b"
    r"|\b(dia|beliau|doi)\s+(\w+\s+){0,4}?(cuma|hanya|cuman|cm)\s+(ketua|pengurus|sekretaris|bendahara|kader)\s+(partai|parpol|dpc|dpd|ranting)\b",
    re.I)
_STUDY_LEAVE = prefiltered(r"\b(tugas|izin|ijin)\s+belajar\b|\b(lagi|sedang|masih|sambil|lanjut)\s+kuliah\b"
                          r"|\bkuliah\s+(s1|s2|s3|d3|d4|lagi|magister|doktor)\b", re.I)
_ELECTION_OFFICER = prefiltered(r"\b(petugas\w*|kpps|pps|ppk|pantarlih|pengawas|ptps|panwas\w*|panwaslu\w*|linmas|kpu|bawaslu|"
                               r"penyelenggara|anggota tps|saksi)\b", re.I)
# "blh g pns ikt bgi2 amplop pas mlm sblm nyblos? dr timses": the asker hands out what a side gives
_ASKER_JOINS_HANDOUT = prefiltered(r"\b(ikut|ikt|ikutan|bantu|bantuin|membantu|disuruh|diminta)\s+(\w+\s+)?(bagi|bgi|bagi2|bgi2|bagi-bagi|bagiin|bagikan|"
                                  r"ngebagiin|membagikan|membagi|nyebar|menyebar|nyebarin)\s+(\w+\s+)?(amplop|uang|duit|sembako|kaos|kalender|"
                                  r"stiker|brosur|bingkisan|beras|sarung|voucher)\b", re.I)
# "istri saya calon DPRD kota": the relative is the candidate (helping them is the asker's own act)
_KIN_RUNS = prefiltered(rf"\b{_RELATIVE_WORD}\w*\s+((saya|sy|aku|ku|sa|beta)\s+)?((jadi|jd|adalah|itu)\s+)?"
                       r"(calon|caleg|cabup|cagub|cawalkot|capres|nyaleg|nyalon|paslon)\b", re.I)
# a relative said to be outside the ASN rules: "bukan ASN", "dudu asn", or a trade of their own
_RELATIVE_OUTSIDE = prefiltered(
    r"\b(bukan|bkn|sanes|sanés|dudu|tra|nda|ndak|indak|seng|bukan seorang)\s+(asn|pns|pppk|pegawai|pegawe)\b"
    r"|\b(wiraswasta|swasta|pedagang|petani|ibu rumah tangga|irt|kontraktor|mahasiswa|pengusaha|nelayan|buruh|ojol|sopir)\b", re.I)
# "Sy boleh pinjemin?": the asker's own act is asked about
_ASKER_MAY_I = prefiltered(r"\b(saya|sy|aku|gue|gw|sa|beta|abdi|saye)\s+((yang|yg)\s+)?((asn|pns|pppk|guru)\s+)?(boleh|blh|bole|bisa|oleh)\s+\w+"
                          r"|\b(saya|sy|aku|gue|gw|sa|beta|abdi|saye)\s+((asn|pns|pppk|guru)\s+)?(boleh\s+|blh\s+|mau\s+)?(bantu|bantuin|membantu)\b", re.I)
# "sy PNS ikut kena gk?", "ada masalah buat saya?", "itu urusan dia kan?": whether someone else's acts reach the asker
_REACHES_ME = prefiltered(
    r"\b(saya|sy|aku|gue|gw|sa|beta|abdi|saye|kulo|ambo)\s+((yang|yg)\s+)?((pns|asn|pppk|guru|bidan)\s+)?(ikut|ikt|jadi|jd|bisa|bakal|jg|juga)\s+"
    r"(kena|kna|terseret|disanksi|bermasalah|kena masalah|kena sanksi|salah|bersalah)\b"
    r"|\b(masalah|risiko|resiko|dampak|dampaknya|efek|efeknya|imbas|imbasnya)\s+(buat|bagi|untuk|utk|ke)\s+(saya|sy|aku|gue|gw|sa|saye)\b"
    r"|\b(apa|apakah|apa\s+berarti)\s+(saya|sy|aku|gue|gw|sa|beta)\s+(kena|kna|melanggar|bermasalah)\s*\?"
    r"|\b(bikin|membuat|buat)\s+(saya|sy|aku|sa)\s+(\w+\s+)?(kena|bermasalah|melanggar)\b"
    # thirtieth session: "apa bener sy melanggar cuma karena ibu nyaleg?", "sy bisa kena gara2 postingan istri?"
    r"|\b(saya|sy|aku|gue|gw|sa|beta)\s+((ikut|bisa|bakal|jadi|jd)\s+)?(kena|melanggar|bermasalah|salah)\s+"
    r"(cuma\s+|hanya\s+|cuman\s+)?(karena|krn|karna|gara2|gara-gara|garagara|gegara)\s+"
    r"(\w+\s+){0,2}?(suami|istri|bini|laki|anak|adik|adek|kakak|abang|bapak|ayah|ibu|mama|papa|ortu|mertua|ipar|sepupu|om|paman|tante|"
    r"keluarga|status|postingan|dia|beliau)\b"
    r"|\burusan\s+(dia|beliau|suami|istri|mereka)\b"
    r"|\b(dia|beliau)\s+(ikut\s+)?(aman|bebas)\s+(kan|kn|toh|dong)\b"
    # "apa sy kena masalah kalo adik sy yg jadi timses?", "saya PNS ga kena apa2 kan kalo adik saya yang jadi saksi?"
    r"|\b(saya|sy|aku|gue|gw|sa|beta|abdi|ulun|ambo)\s+((pns|asn|pppk|guru)\s+)?(kena\s+(masalah|imbas|sanksi)|"
    r"(ga|gak|gk|nggak|tidak|tdk)\s+kena\s+(apa-apa|apa2|apa\s+apa))\b", re.I)
# "buliah ndak ambo manjadi tim sukses caleg dunsanak ambo?", "boleh sy ikut kampanye suami?": the asker
# takes part in the campaign or the team (a relative being the candidate changes nothing for the asker)
_NOT_A_NEGATOR = r"(?!(gak|ga|gk|g|tidak|tdk|nggak|ngga|enggak|ndak|nda|indak|ora|teu|tra|seng|sonde|dak|belum|blm|jangan|jgn|bukan|bkn)\b)"
_ASKER_JOINS = prefiltered(
    # the pronoun is the subject, not a possessor ("anak sy jadi timses", "caleg dunsanak ambo")
    r"(?<!\w)(?<!anak )(?<!suami )(?<!istri )(?<!bini )(?<!laki )(?<!adik )(?<!adek )(?<!kakak )(?<!abang )(?<!bapak )"
    r"(?<!ayah )(?<!ibu )(?<!mamak )(?<!mama )(?<!ortu )(?<!tua )(?<!mertua )(?<!ipar )(?<!sepupu )(?<!ponakan )(?<!paman )(?<!om )"
    r"(?<!tante )(?<!dunsanak )(?<!keluarga )(?<!teman )(?<!temen )(?<!kawan )(?<!sekantor )(?<!seruangan )(?<!rekan )(?<!kerja )"
    r"(saya|sy|aku|gue|gw|ane|ulun|abdi|kulo|awak|ambo|beta|aye|sa|lon|tiang)\s+"
    rf"({_NOT_A_NEGATOR}\w+\s+){{0,4}}?"
    r"(jadi|jd|menjadi|manjadi|dadi|janten|ikut|ikt|ikuik|melu|ngiring|gabung|bergabung|join|masuk|bantu|bantuin|membantu|"
    r"mambantu|daftar|nyambi)\s+(\w+\s+)?"
    r"(timses|tim sukses|tim pemenangan|tim kampanye|relawan|jurkam|juru kampanye|kampanye|kampanyenya|kampanyeny"
    # "dia minta beta yg guru PPPK ini masuk tim jg": the team just named
    r"|tim(nya)?\s+(jg|juga|jga|dia|itu|tsb|tersebut))\b", re.I)
# "sy (PNS) boleh ga ikut sosialisasi door to door bareng dia?", "istri sy mau nemenin blusukan": going from door to door
# with a candidate is campaigning with them (thirtieth session; "ga ikut door to door" is no joining)
_ASKER_CANVASSES = prefiltered(
    r"\b(saya|sy|aku|gue|gw|ambo|abdi|kulo|beta|sa)\b[^.?!]{0,30}?(?<!ga )(?<!gak )(?<!gk )(?<!tidak )(?<!tdk )(?<!nggak )(?<!ngga )(?<!ndak )"
    r"\b(ikut|ikutan|bantu|bantuin|membantu|nemenin|menemani|temenin|dampingi|mendampingi)\s+((dia|beliau|sosialisasi|kampanye)\s+)?"
    r"(door to door|door-to-door|blusukan|keliling kampung|keliling kampanye|sosialisasi ke rumah\w*)\b", re.I)
# "boleh ga ikut …": the negator is the question's tag, not a denial of what follows
_MAY_TAG = prefiltered(r"\b(boleh|bole|blh|bisa|bs)\s+(ga|gak|gk|nggak|ngga|tidak|tdk|ndak)\s+", re.I)
# the asker says they are a civil servant ("saya PPPK guru SD", "sa guru PNS"), or a soldier or police officer
_SELF_ASN_ANY = prefiltered(r"\b(saya|sy|aku|gue|gw|sa|beta|kita|awak|ambo|abdi|kulo|ulun)\s+(\w+\s+){0,2}(pns|asn|pppk|p3k|cpns)\b", re.I)
# (the pronoun opening a clause: "atasan saya tentara" is someone else)
_SELF_UNIFORM = prefiltered(r"(?:^|[.,;!?(]\s*|\b(?:dan|tapi|tp|karena|krn)\s+)(saya|sy|aku|gue|gw|sa|beta|kita|awak|ambo|abdi|kulo|ulun)\s+(\w+\s+)?(anggota\s+)?"
                           r"(tni|polri|polisi|tentara|prajurit|brimob|babinsa|bhabinkamtibmas)\b", re.I)
# "sy istri polisi", "saya anak tentara": the asker is the relative of one in uniform
_ASKER_KIN_OF_UNIFORM = prefiltered(r"\b(saya|sy|aku|ak|gue|gw|sa|beta|abdi|kulo)\s+(ini\s+|cuma\s+|hanya\s+)?(istri|isteri|bini|suami|anak|adik|kakak|"
                                   r"ibu|mertua|menantu|keluarga)\s+(dari\s+)?(seorang\s+)?(anggota\s+)?"
                                   r"(tni|polri|polisi|tentara|prajurit|babinsa|brimob|bhabinkamtibmas)\b", re.I)
_RELATIVE_IN_UNIFORM = prefiltered(
    rf"\b({_RELATIVE_WORD}|bojo|bojoku|bojone|laki|bini|maitua)(\s*(sy|saya|aku|ku|beta|sa|gw|gue))?\s+(\w+\s+)?(anggota\s+)?"
    r"(tni|polri|polisi|polwan|kowad|kowal|tentara|prajurit|babinsa|brimob|bhabinkamtibmas)\b", re.I)


def relative_in_uniform(text: str) -> bool:
    """A relative the asker names is a soldier or police officer ("suami tni aktif"): rules of their own bind
    them, so the entries on relatives outside the ASN rules are not theirs."""
    return bool(_RELATIVE_IN_UNIFORM.search(text))


# "diem aja di grup gpp kan?", "gpp ga keluar?", "disuruh jangan keluar. boleh saya tetap di grup?": added to a
# group, the asker means to stay
_STAYS_IN_GROUP = prefiltered(
    r"\b(tetap|tetep|ttp|diem|diam|stay|bertahan)\s+(aja\s+|saja\s+|ae\s+)?(di|dalam|dlm)\s+(grup|group|grp|gc|situ|sana)\b"
    r"|\b(gpp|gapapa|gak papa|ga papa|boleh|blh|aman)\s+(ga|gak|gk|nggak|tidak|tdk)\s+(usah\s+)?(keluar|kluar|left|leave)\b"
    r"|\b(jangan|jgn)\s+keluar\b", re.I)
# "aku silent aja ga pernah respon", "cuma nyimak", "mung meneng wae": the asker, in a group or a
# gathering, stays passive: no reply, no reaction, nothing passed on
_STAYS_PASSIVE = prefiltered(
    r"\b(silent|nyimak|menyimak|meneng|mendel|diem|diam|cicing)\s+(aja|saja|ae|wae|bae|tok|doang|reader)\b"
    r"|\b(cuma|cm|hanya|cuman)\s+(jadi\s+)?(silent|nyimak|menyimak|baca\w*|membaca|meneng|diem|diam)\b"
    r"|\b(ga|gak|gk|nggak|ngga|tidak|tdk|ndak|nda|ora|teu)\s+(pernah\s+)?(bales|balas|membalas|respon\w*|merespons|nanggepin|"
    r"tanggepin|menanggapi|nanggapin|komen\w*|reply)\b", re.I)
# "ada caleg umpat jua jadi jamaah haja, kada bepidato", "tidak pidato sama sekali": a candidate at a
# gathering as one of the people there, giving no speech and asking for nothing (read only when no
# speech, introduction or call is told elsewhere: "caleg dikasih waktu sambutan, saya tidak tepuk tangan")
_CANDIDATE_ONLY_ATTENDS = prefiltered(
    r"\b(jadi|sebagai|sbg|cuma|hanya|cuman|cm)\s+(jamaah|jemaah|jamaa|umat|jemaat)(\s+(biasa|haja|aja|saja))?\b"
    r"|\b(jadi|sebagai|sbg|cuma|hanya|cuman|cm)\s+(warga|peserta)\s+biasa\b"
    r"|\b(tidak|tdk|ga|gak|gk|nggak|ngga|kada|ndak|nda|nyanda|ora|indak|teu)\s+(ada\s+)?(pidato|bepidato|berpidato|sambutan|orasi|"
    r"ceramah|kampanye|kampanyekan|bagi2|bagi-bagi|minta dukungan|minta dipilih)\b"
    r"|\btanpa\s+(pidato|sambutan|orasi|kampanye|ajakan)\b"
    # twenty-fourth session: "ada caleg duduk di bangku depan ikut ibadah juga", "ikut kerja bakti juga sbg warga",
    # "teu aya spanduk", "papan duka biasa tanpa nomor urut atau logo"
    r"|\b(ikut|iko|ngiring|melu|turut)\s+(ibadah|beribadah|sholat|salat|misa|kebaktian|jumatan|kerja bakti|gotong royong|antre|antri|"
    r"ngantre|ngantri|melayat|takziah|doa)\s+(juga|jg|pula)\b"
    # (not the asker invited as one: "Sy diundang sbg tetangga")
    r"|(?<!diundang )(?<!diundang krn )\b(sebagai|sbg)\s+(warga|jemaat|jamaah|pelayat|tetangga|undangan biasa)\b"
    r"|\b(tidak|tdk|ga|gak|gk|nggak|ngga|ndak|nda|teu|tra|sonde|seng|indak|kada)\s+(ada|aya|dipasang)\s+"
    r"(atribut|spanduk|baliho|logo|nomor urut|no urut|kaos calon|kaos partai)\b"
    r"|\btanpa\s+(nomor urut|no urut|logo|atribut|spanduk)\s+(atau|ato|dan|&)\s+(nomor urut|no urut|logo|atribut|spanduk)\b", re.I)
# "cuma kondangan biasa, ga ada acara politik", "ngobrol biasa soal maling": nothing political done there
_NOTHING_POLITICAL = prefiltered(
    r"\b(tidak|tdk|ga|gak|gk|nggak|ngga|ndak|nda|bukan|tanpa)\s+(ada\s+)?(acara|omongan|obrolan|urusan|unsur|muatan|kegiatan)\s+"
    r"(politik|kampanye|politiknya|kampanyenya)\b"
    # (the asker's own talk: a candidate who speaks there without naming the election still speaks)
    r"|\b(saya|sy|aku|aq|kami|kita|gue|gw)\s+(tidak|tdk|ga|gak|gk|nggak|ngga|ndak|nda)\s+(ngomongin|ngomong|bahas|membahas|nyinggung|singgung)\s+"
    r"(politik|pilihan|pemilu|pilkada|calon|kampanye)\b"
    r"|\b(cuma|hanya|cm)\s+(kondangan|resepsi|hajatan|ngobrol|silaturahmi)\s+biasa\b"
    # twenty-eighth session: "ga ada kampanye", "teu aya acara kampanye", "indak ado kampanye", "kagak ada pidato politik",
    # "murni hajatan kulawarga"
    r"|\b(tidak|tdk|ga|gak|gk|nggak|ngga|ndak|nda|teu|indak|kagak|tra|tanpa)\s+(ada|ad|aya|ado|ade)\s+(acara\s+|pidato\s+|sambutan\s+|omongan\s+)?"
    r"(kampanye|politik|kampanyenya|politiknya)\b"
    r"|\bmurni\s+(hajatan|acara keluarga|acara kekeluargaan|kondangan|resepsi|pesta nikah|syukuran|silaturahmi)\b", re.I)
# a civil servant named a candidate who means to stay one: "blm ngajuin pengunduran diri, mau nunggu hasil dulu",
# "boleh tetep PNS dulu sampe hasil keluar, kalo kalah balik kerja?", "karena masih CLTN, saya gak perlu mundur"
_STAYS_IN_SERVICE = prefiltered(
    r"\b(tetap|tetep|ttp|masih)\s+(jadi\s+|jd\s+|sebagai\s+|status\s+)?(pns|asn)\s+(dulu|sampai|sampe|hingga|selama|sambil|smbil|sekalian)\b"
    r"|\b(kalau|kalo|klo|kl|jika)\s+kalah\s+(\w+\s+)?(balik|kembali|masuk)\s+(kerja|ngantor|ke kantor|jadi pns|jd pns|dinas)\b"
    r"|\b(belum|blm|tidak|tdk|gak|ga|gk|ngga|nggak)\s+(\w+\s+)?(mundur|pengunduran diri|resign)\b.{0,40}\b(nunggu|menunggu|tunggu)\s+(hasil|pengumuman|penetapan hasil)\b"
    r"|\b(tidak|tdk|gak|ga|gk|ngga|nggak)\s+(perlu|harus|usah|wajib)\s+(mundur|resign|berhenti)\b"
    # "surat pengunduran diri belum saya ajukan, masih ngantor. boleh sampai hari H?"
    r"|\b(surat\s+)?pengunduran\s+diri(nya)?\s+(belum|blm|tidak|tdk|gak|ga)\s+((saya|sy|aku)\s+)?(ajukan|diajukan|ajuin|masukkan|dimasukkan|kirim|dikirim|buat|dibuat)\b"
    r"[^?]{0,60}\b(masih|tetap|tetep)\s+(ngantor|bekerja|kerja|masuk kantor|dinas)\b"
    # "boleh tetap ngajar sampai pencoblosan, mundurnya nanti kalau kepilih aja?"
    r"|\b(mundur|resign|berhenti)(nya)?\s+(nanti\s+|belakangan\s+)?(kalau|kalo|klo|kl|jika|setelah|stlh|habis|abis)\s+(sudah\s+|udah\s+|udh\s+)?(kepilih|terpilih|menang|jadi|dilantik)\b", re.I)
# "saya sudah ditetapkan KPU", "KPU netapin saya", "nama sy udh masuk DCT": the election body named the asker a candidate
_KPU_NAMES_CANDIDATE = prefiltered(r"\b(saya|sy|aku|ak|gue|gw)\b[^.?!]{0,25}?\b(ditetapkan|ditetapin|ditetepin|ditetepke)\s+(oleh\s+|sama\s+|sm\s+)?"
                                  r"(kpu\w*)\b|\bkpu\w*\s+(\w+\s+)?(netapin|menetapkan|netapkan|netepin)\s+(saya|sy|aku)\b"
                                  r"|\b(di|dalam|masuk|msk)\s+dct\b", re.I)
# "posting kritik keras ke kebijakan bupati petahana", "ngritik program gubernur", "protes jalan rusak": a policy criticised
_CRITICISES_POLICY = prefiltered(
    r"\b(kritik|kritikan|ngritik|ngeritik|mengkritik|mengkritisi|kritisi|protes|memprotes|komplain|keluhkan|mengeluhkan)\w*\b"
    r"[^.?!]{0,40}\b(kebijakan|kbjkn|kbijakan|program|anggaran|pelayanan|layanan|jalan rusak|tunjangan|perda|keputusan)\w*\b", re.I)
# asked whom they vote for, the asker keeps it secret: "sy jwb 'rahasia dong'", "tak jawab 'rahasia, sing penting aku
# nyoblos'", "jawab terserah bapak, rahasia", "ga mau kasih tau pilihan ke kabid"
_KEEPS_CHOICE_SECRET = prefiltered(
    r"\b(jawab|jwb|jawabnya|bilang|blg|ngomong|bales|balas|jawab aja|jawabin)\w*\s+(\w+\s+){0,2}?[\"'“]?\s*(itu\s+|aja\s+)?(rahasia|rahasiaa+|terserah)\b"
    r"|\b(rahasiain|rahasiakan|merahasiakan|ngerahasiain|ngerahasiakan)\s+(\w+\s+)?(pilihan|pilihanku|pilhan)\b"
    r"|\b(ga|gak|gk|nggak|tidak|tdk|ndak|ora|nda)\s+(mau\s+|usah\s+|perlu\s+)?(kasih tau|kasih tahu|ngasih tau|ngasih tahu|nyebut|menyebut|"
    r"sebut|bilang|cerita|crita|ngomong|buka)\w*\s+(\w+\s+){0,2}?(pilihan|pilihanku|pilhan)\b", re.I)
# "sambia mintak jamaah mamiliah caleg", "ngajak warga pilih nomor 2": others asked to vote for a candidate (not the asker
# asked: "timses minta saya pilih caleg nomor 3" is pressure on the asker, not a call the asker makes)
_ASKS_OTHERS_TO_VOTE = prefiltered(
    r"\b(minta|mintak|nyuruh|suruh|nyuruhin|ngajak|ajak|mengajak|imbau|mengimbau|ngimbau|nyaranin|saranin|sarankan|menyarankan)\s+"
    r"(?!(saya|sy|aku|ak|ambo|awak|kami|gue|gw|abdi|kulo|beta|sa|ulun)\b)([\w-]+\s+){1,2}?"
    r"(milih|memilih|mamiliah|mamilih|pilih|nyoblos|coblos|mencoblos|mancoblos|dukung|mendukung)\s+"
    r"(caleg|capres|cawapres|calon|paslon|cagub|cabup|cawalkot|nomor|nomer|no|dia|beliau)\b"
    # "Kawa kah ulun manyampaiakan di grup WA kampung supaya bubuhan warga milih calon nomor 2?" (Banjar): word passed on
    # so that others vote for a side
    r"|\b(sampaikan|menyampaikan|manyampaiakan|manyampaikan|nyampein|nyampaiin|bilang|bilangin|ngomong|kasih tau|kasih tahu|"
    r"umumkan|ngumumin|woro2)\b[^.?!]{0,40}\b(supaya|biar|agar|spy|sepaya|supayo)\s+(\w+\s+){0,3}?"
    r"(milih|memilih|mamiliah|pilih|nyoblos|coblos|mencoblos|dukung|mendukung)\s+"
    r"(caleg|capres|cawapres|calon|paslon|cagub|cabup|cawalkot|nomor|nomer|no|dia|beliau)\b", re.I)
# "'pilihlah putra daerah yang nomor satu'", "coblos yg no 2 ya": a call to vote for a ballot number names a candidate,
# whether or not a name is said
_CALL_BY_NUMBER = prefiltered(
    r"\b(pilihlah|pilih|coblos|coblosin|coblosen|contreng|dukung|dukunglah|menangkan|menangin|pilihen|pilien)\s+(\w+\s+){0,4}?((yang|yg|sing|nu)\s+)?"
    r"(nomor|nomer|no|nmr)\.?\s*(urut\s+)?(\d+|satu|dua|tiga|empat|lima|siji|loro|telu|hiji)\b", re.I)
# "tulisannya jadi 'netral tapi pilih 2'": in the asker's quoted words, a bare number to pick is a ballot number (thirtieth
# session; outside quotes "pilih 2 opsi" is no call)
_QUOTED_BARE_CALL = prefiltered(r"['\"“‘][^'\"”’]{0,60}?\b(pilih|coblos|contreng|dukung|pilihlah|coblosin)\s+(\d{1,2}|satu|dua|tiga|empat|lima)\b"
                               r"(?!\s*(opsi|pilihan|jawaban|menu|paket))[^'\"”’]{0,40}['\"”’]"
                               # "'nomor 3 aja bu, orangnya baik'": a ballot number urged in the asker's quoted words
                               r"|['\"“‘][^'\"”’]{0,40}?\b(nomor|nomer|no|nmr)\.?\s*(urut\s+)?(\d{1,2}|satu|dua|tiga|empat|lima|siji|loro|telu)\s+"
                               r"(aja|ajah|saja|wae|bae|ya|yo|lho|loh|dong)\b[^'\"”’]{0,60}['\"”’]", re.I)
# "sy pns mau nyoblos nomor 2": the asker's own vote for a number ("coblos nomor" is a call in the lexicon), unless the
# message also advises, tells or asks others
_OWN_NUMBER_VOTE = prefiltered(
    r"\b(saya|sy|aku|ak|gue|gw|kulo|abdi)\s+((pns|asn|pppk|guru|sendiri)\s+)?((mau|akan|bakal|udah|udh|sudah|sdh|pengen|pgn|tetap|tetep|ingin)\s+)?"
    r"(nyoblos|coblos|mencoblos|milih|memilih|pilih|nyontreng)\s+(nomor|nomer|no|nmr)\.?\s*(urut\s+)?\d{1,2}\b", re.I)
_ADVISES = prefiltered(r"\b(nyaranin|saranin|sarankan|menyarankan|nyaranke|ngusulin|kasih tau|kasih tahu|bilang ke|cerita ke|promosi\w*)\b", re.I)
# "'ojo lali yo tanggal 27 nyoblos nomer siji'": a reminder to vote for a ballot number is a call
_REMINDS_TO_VOTE_NUMBER = prefiltered(
    r"\b(jangan lupa|jgn lupa|jng lupa|ojo lali|aja lali|ulah poho|ayo|ayok|yuk|yok|mari)\b[^.?!]{0,30}\b(nyoblos|coblos|nyontreng|milih|pilih)\s+"
    r"(\w+\s+){0,2}?(nomor|nomer|no|nmr)\.?\s*(urut\s+)?(\d{1,2}|satu|dua|tiga|empat|lima|siji|loro|telu|hiji)\b", re.I)
# "twibbon '#LanjutkanNo1' di foto profil": a hashtag that ends on a ballot number after a call or slogan word (not
# "#PemiluDamai2024", a year)
_HASHTAG_CALL = prefiltered(r"#\w*?(lanjut\w*?|pilih\w*?|coblos\w*?|dukung\w*?|menang\w*?|nomor|nomer|nmr|no|paslon)_?0?[1-9](?!\d)"
                           # "#PakHarunLanjut", "#MenangSatuPutaran", "#DuaPeriode": a side's slogan as a hashtag
                           r"|#(pak|bu|bang|mas|kang|uda|abah)[A-Za-z]+(lanjut\w*|menang\w*|jilid\w*)\b"
                           r"|#\w*(satuputaran|sekaliputaran|duaperiode|2periode|lanjutkan|lanjutjilid\w*)\b", re.I)
# ("saya sendiri pilih …", "ibu saya mau coblos …", "yg pilih …": someone's own vote, not a call)
_CHOOSER_BEFORE = prefiltered(r"\b(saya|sy|aku|ak|gue|gw|kami|kita|sa|beta|dia|beliau|ibu|bapak|suami|istri|yang|yg)\s+"
                             r"((sendiri|mau|akan|bakal|udah|sudah|udh|tetap|tetep|juga|jg|pasti|emang|memang)\s+){0,2}$", re.I)
# "bagiin kaos", "kaos … buat dibagiin", "bagi2 kalender": things handed out (leaflets added in the twenty-ninth session,
# and the asker named before the verb: "brosur caleg trus aku bagiin ke tetangga")
_THINGS_HANDED_OUT = (r"(kaos|baju|kalender|stiker|masker|topi|souvenir|suvenir|gelas|kipas|payung|jilbab|kerudung|sembako|brosur|selebaran|"
                      r"flyer|pamflet|leaflet|amplop|bingkisan|sarung|voucher|kartu nama)")
_HANDS_OUT_THINGS = prefiltered(
    r"\b(bagi|bagiin|bagikan|dibagi|dibagiin|dibagikan|membagi|membagikan|ngebagi|ngebagiin|bagi2|bagi-bagi|bagi-bagiin|nyebar|nyebarin)\s+"
    rf"(\w+\s+){{0,2}}?{_THINGS_HANDED_OUT}\b"
    rf"|\b{_THINGS_HANDED_OUT}\b[^.?!]{{0,50}}\b(buat|untuk|utk|mau|akan|trus|terus)\s+((saya|sy|aku|gue|gw)\s+)?"
    r"(di)?(bagi|bagiin|bagikan|bagi2|bagi-bagi)(in|kan)?\b", re.I)


def _number_beside(places: str, not_after: str, tail: str = "") -> re.Pattern:
    """A ballot number beside where it shows, before it ("angka 2 gede di kaos") or after it ("kaos nomor 3"); a
    number followed by ``not_after`` is some other number ("nomor punggung", "nomor hp")."""
    return re.compile(
        rf"\b(angka|nomor|nomer|no)\.?\s*(\d{{1,2}}|satu|dua|tiga|empat|lima)\b(?!\s*({not_after}))[^.?!]{{0,40}}\b{places}\b"
        rf"|\b{places}\b[^.?!]{{0,30}}\b(angka|nomor|nomer)\s*(\d{{1,2}}|satu|dua|tiga|empat|lima)\b{tail}", re.I)


# "angka 2 gede di kaos", "kaos nomor 3": a number on what is worn (not a shirt's back number in a game)
_NUMBER_WORN = _number_beside(r"(kaos|baju|topi|jaket|masker|seragam|jilbab|kerudung|rompi)",
                              not_after=r"punggung|absen|sepatu|rumah|hp|wa|telp", tail=r"(?!\s*(punggung|absen|sepatu))")
# twenty-ninth session: a bare number shown on a profile picture or status in election season ("cuma angka 2 gede di
# background foto profil WA sy pas musim pilpres"), which stands for a ballot number as one worn does (not "pp": "angka 6
# PP 94/2021" names a regulation)
_NUMBER_SHOWN = _number_beside(r"(foto profil|profil|profile|status|story|bio|background|latar|twibbon|avatar|sampul|cover|header)",
                               not_after=r"punggung|absen|sepatu|rumah|hp|wa|telp|urut antrian")
_ELECTION_SEASON = prefiltered(r"\b(pilpres|pilkada|pileg|pemilu|kampanye|kmpanye|kampnye|coblos\w*|nyoblos|capres|paslon|caleg|cabup|cagub)\b", re.I)
# whose handout it is (see _asker_hands_out): a relative clause about someone else's ("yg dibagiin"), the asker's own
# pronouns, and the other subjects a sentence can name before the verb
_OTHERS_HAND_OUT = prefiltered(r"\b(yg|yang|sing|nu)\s+(\w+\s+)?$", re.I)
_ASKER_WORD = prefiltered(r"\b(saya|sy|aku|ak|aye|gue|gw|kami|abdi|kulo|ambo|beta|sa)\b", re.I)
_OTHER_SUBJECT = prefiltered(r"\b(suami|istri|isteri|anak|adik|kakak|bapak|ayah|ibu|mama|mamak|ortu|mertua|om|tante|sepupu|ipar|tetangga|"
                            r"temen|teman|tmn|kawan|rekan|atasan|kadis|tim|timses|relawan|caleg|calon|paslon|dia|beliau|mereka|orang|org)"
                            r"(\s+(saya|sy|aku|ku|aye|gw|gue|kami))?\b", re.I)


def _denied_before(text: str, start: int) -> bool:
    """The words just before ``start`` deny what follows ("ga ngajak orang milih dia", "ga bagiin kaos")."""
    return bool(_NEGATOR_BEFORE.search(text[max(0, start - 14):start]))


def _asker_hands_out(text: str, hit: re.Match) -> bool:
    """The handing out in ``hit`` is the asker's: in its sentence the asker is the last subject named before it
    ("istri saya … ikut bagi2 brosur" is the wife's), it is not denied, and not a relative clause about someone
    else's handout ("kalender paslon yg dibagiin")."""
    before = text[:hit.start()]
    sentence = re.split(r"[.!?]\s*", before)[-1]
    if _denied_before(text, hit.start()) or _OTHERS_HAND_OUT.search(before[-20:]):
        return False
    asker = [a.start() for a in _ASKER_WORD.finditer(_OTHER_SUBJECT.sub(lambda o: "_" * len(o.group(0)), sentence))]
    # ("dititipin amplop sama timses buat dibagiin": the team named after "sama"/"oleh" is the giver, not the subject)
    others = [o.start() for o in _OTHER_SUBJECT.finditer(sentence) if not _AGENT_BEFORE.search(sentence[max(0, o.start() - 8):o.start()])]
    if not asker and not others and _MADE_BEFORE.search(before) and not _OTHER_SUBJECT.search(before):
        return True  # "pake duit sendiri bikin kaos gambar paslon buat dibagiin": the asker, unnamed, makes them
    return bool(asker) and (not others or asker[-1] > others[-1])


_MADE_BEFORE = prefiltered(r"\b(bikin|bikinin|beli|membeli|cetak|nyetak|mencetak|pesan|pesen|memesan|sablon|nyablon)\s+((\d+|ratusan|puluhan)\s+)?$", re.I)
_GATHERS_SUPPORT = prefiltered(
    r"\b(kumpulin|kumpulkan|ngumpulin|mengumpulkan|ngumpulke|kumpulno|kerahkan|ngerahin|galang|menggalang|ngajakin)\s+(\w+\s+){0,3}?"
    r"(buat|untuk|utk|bwt|supaya|biar|agar)\s+(\w+\s+)?(dukung|mendukung|milih|memilih|pilih|nyoblos|coblos|menangin|menangkan|menangke)\b", re.I)
_STAFF = prefiltered(r"\b(staf|staff|pegawai|bawahan|anak buah|guru2|guru-guru|karyawan|asn|pns|honorer)\b", re.I)
_DENIED_ATTRIBUTE = prefiltered(
    r"\b(ga|gak|gk|g|nggak|ngga|tidak|tdk|tanpa|ndak|nda|ora|tra|bukan|bkn)\s+((pake|pakai|pk|bawa|ada|mengenakan)\s+)?"
    r"(kaos|kaus|baju|atribut|seragam|bendera|topi|jaket|rompi|stiker)\s+(partai|paslon|calon|caleg|capres|cagub|cabup|timses)\b", re.I)
_SOMEONE_ELSES_CANDIDATE = prefiltered(
    r"\b(caleg|calon|cabup|cagub|capres|paslon|cawalkot|kandidat)\s+((yang|yg)\s+)?(temen|teman|tmn|kawan|sahabat|tetangga|kenalan|rekan|"
    r"atasan|bos|kolega)(nya|ku|mu|\s+(dia|nya|sy|saya|aku))?\b"
    r"|\b(temen|teman|tmn|kawan|sahabat|tetangga|kenalan|rekan)(nya)?\s+(yang|yg)\s+(nyaleg|nyalon|caleg|jadi caleg|maju)\b", re.I)
_ASKER_BACKS_A_SIDE = prefiltered(
    r"\b(calon|paslon|caleg|capres|cagub|cabup|cawalkot|kandidat)\s+jagoan\s*(sy|saya|aku|gue|gw)?\b"
    r"|\bjagoan(ku|\s+(sy|saya|aku|gue|gw))\b"
    r"|\b(saya|sy|aku|gue|gw)\s+(\w+\s+){0,3}?(belain|belaen|membela|bela|muji|memuji|puji|mujiin|promosiin|mempromosikan)\s+"
    r"(\w+\s+){0,2}?(paslon|calon|caleg|capres|cagub|cabup|cawalkot|kandidat)\b"
    r"|\b(yg|yang)\s+(muji|memuji|belain|membela)\s+(\w+\s+)?(paslon|calon|caleg|capres|cagub|cabup|cawalkot)\s+jagoan\b", re.I)
_ASKER_DOES_THE_DUTY = prefiltered(
    r"\b(saya|sy|aku|gue|gw)\s+(\w+\s+){0,2}?(bantu|bantuin|ikut|gantiin|wakilin|yang|yg)\s+(\w+\s+){0,2}?"
    r"(ngisi|isi|mengisi|hitung|ngitung|menghitung|rekap|ngerekap|nulis|menulis|tanda tangan|nandatanganin|jaga|jagain)\b", re.I)
_LISTED_AS_MEMBER = prefiltered(
    r"\b(sipol|kecatut|dicatut|tercatut|catut|pencatutan)\b"
    r"|\b(terdaftar|tercatat|terdata|muncul|ada)\s+(\w+\s+){0,2}?(sbg|sebagai|jadi|jd|menjadi)\s+(anggota|kader)\s+(partai|parpol)\b", re.I)
_PINS_A_MESSAGE = prefiltered(r"\b(pin|ngepin|nge-pin|pinned|sematkan|nyematin|menyematkan)\s+(pesan|chat|postingan|flyer|broadcast|bc|info)\b", re.I)
_DELIVERS_VOTER_NOTICE = prefiltered(
    r"\b(bagi|bagiin|bagikan|membagikan|ngebagiin|antar|nganter|ngantar|mengantar|antarkan|nyebar|nyebarin|sebar|sebarkan|distribusi\w*)\s+"
    r"(\w+\s+){0,2}?(c6|c-6|c\.6|surat pemberitahuan|undangan (memilih|mencoblos|nyoblos|ke tps)|formulir c)", re.I)
_SET_UP = (r"\b(bantu\w*|ikut|cuma|cuman|saya|sy|aku|gue|gw)\s+(\w+\s+)?(nata|natain|tata|menata|atur|ngatur|ngaturin|nyiapin|siapin|menyiapkan|"
           r"nyiapkan|pasang|masang|bongkar|angkat\w*|beresin)"
           r"\s+(\w+\s+)?(kursi|tenda|terop|panggung|sound|sound system|soundsystem|konsumsi|dekorasi|dekor|podium|meja tamu)\b")
_CAMPAIGN_EVENT = r"\b(kampanye|paslon|caleg|capres|cagub|cabup|cawalkot|timses|tim sukses|rapat umum|blusukan)\w*\b"
_SETS_UP_THE_CAMPAIGN = prefiltered(rf"{_SET_UP}[^.?!]{{0,60}}{_CAMPAIGN_EVENT}|{_CAMPAIGN_EVENT}[^.?!]{{0,40}}{_SET_UP}", re.I)
_AGENT_BEFORE = prefiltered(r"\b(sama|sm|ama|oleh|dari|dr)\s+$", re.I)


# ("ga ngajak orang milih dia": the call denied)
_NEGATOR_BEFORE = prefiltered(r"\b(ga|gak|gk|g|nggak|ngga|tidak|tdk|tanpa|bukan|bkn|ndak|nda|indak|ora|tra|jangan|jgn|belum|blm)\s+(\w+\s+)?$", re.I)
# "ngundang petugas KPU …": the election body brought in (the event it then teaches at, or the body invited alone)
_INVITES_THE_BODY = r"\b(undang|ngundang|mengundang|datangkan|datengin|hadirkan)\s+(\w+\s+){0,2}?(kpu\w*|bawaslu|panwaslu|panwas)\b"
# "moderator d acr diskusi publik yg d adain KPU", "debat yang diselenggarakan KPU": an event the election bodies hold
_HELD_BY_THE_BODIES = prefiltered(r"\b(yg|yang)\s+(d\s+|di\s+)?(adain|adakan|diadain|diadakan|gelar|digelar|selenggarakan|diselenggarakan|"
                                 r"bikin|dibikin|buat|dibuat)\s+(oleh\s+|sama\s+|sm\s+)?(kpu\w*|bawaslu|panwaslu|panwas|kpps|pps|ppk)\b"
                                 # "KPU ngadain sosialisasi tahapan pemilu buat pegawai di aula kantor bupati"
                                 r"|\b(kpu\w*|bawaslu|panwaslu|panwas)\s+(\w+\s+)?(ngadain|ngadakan|mengadakan|adain|adakan|gelar|menggelar|"
                                 r"nyelenggarain|menyelenggarakan|bikin|bikinin)\s+(acara|sosialisasi|bimtek|pendidikan pemilih|edukasi|simulasi|"
                                 r"rapat|diskusi|seminar|pelatihan|workshop|lomba|jalan sehat)\b"
                                 # "ini simulasi pencoblosan dari KPU di aula kecamatan"
                                 r"|\b(acara|sosialisasi|simulasi|bimtek|pendidikan pemilih|edukasi|diskusi|seminar|pelatihan|lomba|"
                                 r"jalan sehat)\s+(\w+\s+){0,2}(dari|oleh|punya|milik)\s+(kpu\w*|bawaslu|panwaslu|panwas)\b"
                                 # "mau ngundang petugas KPU buat sosialisasi cara nyoblos": the election body brought in to teach
                                 # (and "Narasumbernya dari KPU kabupaten": _SPEAKER_FROM_THE_BODY below)
                                 r"|" + _INVITES_THE_BODY +
                                 r"[^.?!]{0,40}\b(sosialisasi|edukasi|simulasi|cara|materi|narasumber|pemateri)\b", re.I)
_JUST_JOINS = prefiltered(r"\b(ikut|ikutan|ikt|hadir|datang|dateng|dtg|gabung)\s*(kan|ya|ga|gak|gk|nggak|tidak|kah|aja|saja|ndak)?\s*[?.!]*\s*$", re.I)
# the asker gives a candidate the floor at a gathering they run ("Boleh sy masukin sambutan calon itu di acara?", "caleg mo
# ksh ceramah abis jumatan ttg programnya. sy bleh ngizinin?") or organises one for a candidate ("ibadah syukur 'doa khusus
# par calon walikota', beta diminta jadi ketua panitia"): a gathering that leans to a side (thirty-second session)
_SPEECH_SLOT = r"(sambutan|ceramah|pidato|orasi|kultum|tausiyah|slot|sesi|panggung|mimbar)"
_GIVES_THE_FLOOR = prefiltered(
    rf"\b(sy|saya|aku|beta|kami|gue|gw)\s+(\w+\s+){{0,2}}?(masukin|masukkan|memasukkan|jadwalkan|jadwalin|sisipkan|selipin|nyelipin|"
    rf"sediakan|siapkan|kasih|kasi|beri|berikan)\s+"
    rf"(waktu\s+|slot\s+|sesi\s+)?{_SPEECH_SLOT}\b[^.?!]{{0,30}}\b(calon|caleg|paslon|capres|cagub|cabup|cawalkot|dia)\b"
    rf"|\b{_SPEECH_SLOT}\b[^?]{{0,120}}\b(sy|saya|aku|beta|kami)\s+(boleh\s+|bleh\s+|blh\s+|bisa\s+|bs\s+)?"
    r"(ngizinin|izinin|izinkan|mengizinkan|ngasih izin|kasih izin)\b"
    r"|\b(doa|ibadah|syukuran|pengajian|tahlilan|istighosah|misa|kebaktian)\s+(\w+\s+)?(khusus\s+)?(untuk|buat|bwt|par|bagi|utk)\s+"
    r"(calon|caleg|paslon|capres|cagub|cabup|cawalkot|pemenangan|kemenangan)\b"
    # "giliran ambo tuan rumah pengajian … ado caleg nan nio datang, ka kasih tausiyah jo minta doa restu": the gathering
    # the asker hosts is where the candidate speaks
    r"|\b(sy|saya|aku|ambo|awak|beta|kami|gue|gw|ulun)\s+(nan\s+|yg\s+|yang\s+)?(jadi\s+|manjadi\s+|menjadi\s+)?tuan\s+rumah\b"
    r"[^?]{0,160}\b(calon|caleg|paslon|capres|cagub|cabup|cawalkot)\b[^?]{0,80}"
    r"\b(tausiyah|tausiah|ceramah|sambutan|pidato|doa restu|minta doa|minta dukungan|sosialisasi)\b", re.I)
# "Narasumbernya dari KPU kabupaten", "ngundang petugas KPU buat sosialisasi": the election body is the one who speaks
# (the first is also an event the bodies hold, beside _HELD_BY_THE_BODIES)
_SPEAKER_FROM_THE_BODY = prefiltered(r"\b(narasumber|pemateri|pembicara)(nya)?\s+(\w+\s+)?(dari|dr)\s+(kpu\w*|bawaslu|panwaslu|panwas)\b", re.I)
_BODY_INVITED = prefiltered(_INVITES_THE_BODY, re.I)
# "… di aula kantor bupati": the hall is the election body's venue, the asker lends nothing (unless they lend it)
_LENDS_THE_PLACE = prefiltered(r"\b(pinjam\w*|minjem\w*|pinjem\w*|sewa\w*|nyewa\w*|izinkan|ngizinin|fasilitasi|memfasilitasi)\b", re.I)
# "sy jwb netral aj gk memihak", "jawab objektif soal anggarannya aja, tanpa bilang setuju/tidak": no side taken in the answer
_TAKES_NO_SIDE = prefiltered(
    r"\b(tanpa|tidak|tdk|gak|ga|gk|nggak|ngga|ndak)\s+(\w+\s+)?(memihak|mmihak|berpihak|bilang setuju|nyebut pilihan|menyebut pilihan|"
    r"ngarahin|mengarahkan|ngarahkan)\b"
    r"|\b(jawab|jwb|jelasin|jelaskan|jelasken|terangkan|ngejawab|menjawab)\s+(\w+\s+)?(netral|netrl|objektif|obyektif|berimbang)\b", re.I)
# "sy cuma hapus semua komentar kampanye dari pendukung paslon mana saja", "hapusin komentar2 kampanye caleg dari warga di
# grup WA RT yg saya admin-in": campaign content the asker removes from a group or an account they run
_REMOVES_CAMPAIGN_CONTENT = prefiltered(
    r"\b(hapus|hapusin|menghapus|ngehapus|apus|ngapus|ngapusin|delete|mbusak|busak|take down)\w*\s+(\w+\s+){0,3}?"
    r"(komentar|komen|kiriman|postingan|pesan|broadcast|bc|flyer|poster|konten|chat|video)\w*\b[^.?!]{0,40}"
    r"\b(kampanye|paslon|caleg|capres|calon|partai|dukungan)\w*\b", re.I)
# … from every side alike ("semua", "paslon mana saja", "biar grupnya netral"), not one side's
_EVEN_HANDED_REMOVAL = prefiltered(
    r"\b(semua|smua|semuanya|mana saja|mana aja|mana pun|manapun|siapa pun|siapapun|siapa saja|siapa aja|sama rata|"
    r"ora milih|ga milih|gak milih|tidak pilih kasih|ga pilih kasih|kabeh|biar (grupnya\s+|grup\s+|akunnya\s+)?(tetap\s+)?(netral|bersih))\b",
    re.I)
_NOT_MARRIED = prefiltered(r"\b(pacar\w*|tunangan\w*|gebetan\w*|calon (suami|istri))\b[^.?!]{0,60}\b(belum|blm|tidak|tdk|gak|ga|bukan)\s+"
                          r"(\w+\s+)?(nikah|menikah|kawin|suami istri|pasangan sah)\b"
                          r"|\b(belum|blm)\s+(nikah|menikah|kawin)\b[^.?!]{0,60}\b(pacar\w*|tunangan\w*)\b", re.I)
_NAMED_CANDIDATE = prefiltered(r"\b(ditetapkan|ditetapin|ditetepin|ditetapkan kpu|netapin|menetapkan|netapkan|dct|resmi jadi (calon|caleg|paslon))\b", re.I)
# a private occasion of the candidate's or a neighbour's: "kondangan nikahan anaknya caleg tetangga"
_PRIVATE_OCCASION = prefiltered(r"\b(kondangan|nikahan|pernikahan|resepsi|hajatan|khitanan|sunatan|walimah\w*|aqiqah\w*|akikah|"
                               r"syukuran (khitanan|sunatan|pernikahan|kelahiran|rumah baru|rumah hanyar)|ulang tahun|ultah|pesta adat|buwuh|baralek)\b", re.I)
# "yg ceramah ustadz", "ceramahnya dari kyai": the sermon is a cleric's, not the candidate's (thirtieth session)
_CLERIC_SPEAKS = prefiltered(
    r"\b(yang|yg)\s+(ceramah|ngisi ceramah|ngisi|khotbah|khutbah|tausiyah)\s+(pak\s+|bu\s+)?(ustadz|ustad|ustaz|kyai|kiai|buya|habib|pendeta|romo|pastor|dai|penceramah)\b"
    r"|\b(ceramah|tausiyah|khutbah|khotbah)(nya)?\s+(dari|oleh|sama|dr)\s+(pak\s+|bu\s+)?(ustadz|ustad|ustaz|kyai|kiai|buya|habib|pendeta|romo|pastor|dai)\b"
    r"|\b(ustadz|ustad|ustaz|kyai|kiai|buya|habib|pendeta|romo|pastor)\s+(\w+\s+)?(yang|yg)\s+(ceramah|ngisi|khotbah|khutbah)\b", re.I)
_CANDIDATE_SPEAKS = prefiltered(
    r"\b(sambutan|pidato|berpidato|bepidato|orasi|ceramah\w*|penceramah\w*|khatib\w*|khotib\w*|pengisi\w*|tausiyah|tausiah|tausyiah|kultum|khutbah|kutbah|visi misi|visi-misi|perkenalan|memperkenalkan|sosialisasi|"
    r"minta (dukungan|doa restu|dipilih|didukung|suara|coblos)|nomor urut|yel)\b", re.I)
# the negators the ink-photo patterns below share ("tanpa pose", "gk nyebut calon", "tra ada pose")
_DENIED_BY = r"(tanpa|tnpa|gak|ga|gk|g|nggak|ngga|tidak|tdk|ndak|nda|tra|ora|kagak|kaga|kgk|teu|sonde|seng|nyanda)"
# "foto kelingking bertinta, caption 'udah nyoblos'", "selfie di TPS, gk pose jari apa2": the inked finger shown
# with no gesture that reads as a number (read only when no raised finger or number is told elsewhere)
_INK_NO_POSE = prefiltered(
    r"\b(kelingking|klingking)\b"
    rf"|\b{_DENIED_BY}\s+(ada\s+|pake\s+|pakai\s+)?(pose|gaya|nunjukin pilihan|menunjukkan pilihan)\b"
    r"|\b(tangan|telapak)\s+(terbuka|mengepal|dikepal)\b"
    # "foto jari ungu doang", "foto jari tinta trs upload", "foto antre di TPS": the ink, or the polling station, shown
    # (a raised finger or a number told anywhere is read apart: see _RAISED_FINGER)
    r"|\bjari\s+(yang\s+|yg\s+)?(ungu|bertinta|tinta|kena tinta|berwarna ungu)\b"
    r"|\b(foto|selfie|swafoto)\s+(\w+\s+){0,2}?(di\s+)?(depan\s+)?tps\b", re.I)
# "sambil ngacungin 2 jari", "nunjukin tiga jari": a number shown with the fingers
_FINGER_NUMBER_SHOWN = prefiltered(r"\b(acung\w*|ngacung\w*|nunjukin|tunjukin|menunjukkan|angkat\w*|ngangkat\w*)\s+(\w+\s+)?"
                                  r"(satu|1|dua|2|tiga|3|empat|4|lima|5)\s+jari\b", re.I)
_RAISED_FINGER = prefiltered(
    r"\b(satu|1|dua|2|tiga|3|empat|4|lima|5)\s+jari\b|\b(telunjuk|acung\w*|ngacung\w*|angkat\w*\s+jari|salam\s+\w+\s+jari)\b"
    r"|\b(nomor|nomer|no|nmr)\s*(urut\s*)?\d|\bpose\s+(\d|satu|dua|tiga|empat)\b"
    # "jari yg dicelup kn klingking jd keliatan kyk angka 1": a finger that reads as a number, meant or not
    r"|\b(keliatan|kelihatan|terlihat|tampak|kayak|kyk|kaya|kek|mirip|seperti|spt)\s+(kyk\s+|kayak\s+|kaya\s+|seperti\s+)?"
    r"(angka|nomor|nomer)\s*(\d|satu|dua|tiga|empat|lima)\b", re.I)
_QUOTE_MARK = prefiltered(r"['\"“‘]")
_NO_CANDIDATE_SHOWN = prefiltered(
    rf"\b{_DENIED_BY}\s+(ada\s+)?(nyebut\s+|menyebut\s+|sebut\s+|nunjukin\s+)?"
    r"(nama\s+)?(calon|paslon|caleg|capres|nomor|nomer|caption|keterangan|pilihan|siapa)"
    # "itu kan bukan dukung siapa2": no side taken, in so many words
    rf"|\b(bukan|bkn|{_DENIED_BY})\s+(\w+\s+)?(dukung|dukungan|mendukung|ndukung|memihak|mihak|ngedukung)\s+(ke\s+)?"
    r"(siapa|sp2|calon|paslon|caleg|capres|manapun|mana pun)", re.I)
# "follow ig bupati petahana yg nyalon lagi", "akun jabatan walkot inkumben", "dia maju pilkada lagi": one in office who runs
# again (the reference reads following such an account as "hati-hati"; a candidate's own account is the team's)
_INCUMBENT = prefiltered(r"\b(petahana|incumbent|inkumben|inkamben|inkumbent)\b"
                        r"|\b(maju|nyalon|mencalonkan diri|mencalonkan|calon|jadi calon|jd calon)\s+(\w+\s+)?(lagi|lg|lai|kembali)\b"
                        r"|\b(periode|masa jabatan)\s+(kedua|ke-2|ke 2)\b"
                        # "IG pribadi wabup dari dulu … skrg dia ditetapkan jadi calon bupati" (not "calon walikota", "pj walikota")
                        r"|(?<!calon )(?<!cln )(?<!pj )(?<!penjabat )(?<!bakal calon )\b(bupati|wabup|wakil bupati|wali ?kota|walkot|wawali|"
                        r"wakil wali ?kota|gubernur|wagub|wakil gubernur)\b(?=[^.?!]{0,80}[.?!,]?[^.?!]{0,80}\b(nyalon|calon|maju|ditetapkan|ditetapin|cabup|cagub|cawalkot)\b)"
                        # the region's own accounts while its head runs ("akun resmi pemkab yg sering posting kegiatan bupati")
                        r"|\bakun\s+(resmi\s+)?(pemkab|pemkot|pemprov|pemda|dinas|instansi)\b", re.I)
# "akun pribadi kakak kandung saya … sebelum dia nyaleg", "IG pribadinya (bukan akun tim)": a known person's own account
_KNOWN_PERSONAL_ACCOUNT = prefiltered(
    r"\b(akun|ig|instagram|fb|facebook|tiktok)\s+(\w+\s+)?(pribadi|prbadi|pribadinya)\b[^.?!]{0,60}\b(kakak|kk|adik|sepupu|ipar|om|tante|paman|bibi|"
    r"teman|temen|kawan|sahabat|ortu|bapak|ibu)\w*"
    r"|\b(kakak|kk|adik|sepupu|ipar|om|tante|paman|bibi|teman|temen|kawan|sahabat)\w*\b[^.?!]{0,80}\b(akun|ig|instagram|fb|facebook)\s+(\w+\s+)?(pribadi|prbadi)\w*"
    r"|\b(bukan|bkn)\s+akun\s+(tim|timses|kampanye|kmpanye|pemenangan|relawan|paslon)\w*", re.I)
# "kelingking bertinta doang", "foto jari tinta aja": the ink and nothing else
_INK_ONLY = prefiltered(r"\b(kelingking|klingking|jari)\s+(\w+\s+)?(bertinta|tinta|ungu)\s+(doang|aja|saja|thok|tok|dowang)\b"
                       # "dengan caption udah nyoblos, kamu kapan?": a plain caption told without quotes
                       r"|\b(caption|capt|keterangan)\w*\s+(\w+\s+)?(udah|sudah|sdh|udh|abis|habis|sampun|wis)\s+(nyoblos|mencoblos|milih|memilih)\b", re.I)
# "3 jari sesuai nomor paslon yg kupilih", "paslon yg dia pilih nomor 2": the finger matched to the asker's choice
# (not "kebetulan ada paslon nomor 1": a number that happens to match)
_CHOSEN_NUMBER = prefiltered(r"\b(sesuai|sama dengan|sama kayak|samain|nyamain)\s+(\w+\s+)?(nomor|no|nomer)\b"
                            r"|\b(yang|yg)\s+(\w+\s+)?(kupilih|ku pilih|dipilih|dia pilih|sy pilih|saya pilih|aku pilih|aq pilih|didukung|aku dukung|sy dukung)\b"
                            # "nomor paslon jagoanku kan 2 … biar temen2 ngerti kode": the number is the asker's side, meant as a sign
                            r"|\b(jagoan|jagoanku|pilihanku|favoritku)\b|\b(biar|supaya|spy|agar)\s+(\w+\s+){0,3}(ngerti|tau|tahu|paham|nangkep)\s+kode\b", re.I)
# "upload foto bareng caleg DPRD yg dateng nyoblos di TPS": a candidate in the photo with the asker
_PHOTO_WITH_A_CANDIDATE = prefiltered(
    r"\b(foto|fto|selfie|wefie|swafoto|berfoto|difoto|potret)\s+(\w+\s+){0,2}?(bareng|sama|bersama|dengan|dgn|ama|brg)\s+(\w+\s+)?"
    r"(caleg|calon|paslon|capres|cawapres|cagub|cabup|cawalkot|kandidat)\b"
    # "ternyata caleg DPR juga nyoblos di situ, kami foto bareng": the candidate named first, the photo taken with them
    r"|\b(caleg|calon|paslon|capres|cawapres|cagub|cabup|cawalkot|kandidat)\b[^.?!]{0,60}\b(kami|kita|sy|saya|aku)\s+"
    r"(langsung\s+|trus\s+|terus\s+|lalu\s+|sempet\s+|sempat\s+)?(foto|fto|selfie|wefie|swafoto|berfoto)\s+(bareng|bersama|barengan|berdua)\b", re.I)
# "Dia bukan calon kok, cuma ketua DPC partai, ga nyaleg. Foto sama dia … terus saya upload": a party's officer, not running
_A_PHOTO = prefiltered(r"\b(foto|fto|poto|selfie|wefie|swafoto|berfoto|difoto)\b", re.I)
_PARTY_OFFICER = prefiltered(r"\b(ketua|pengurus|sekretaris|bendahara|tokoh)\s+(\w+\s+){0,3}?(partai|dpc|dpd|pac|ranting)\b", re.I)
# (… said not to be running: _NOT_RUNNING, below)
# "semoga nomor 3 menang", "nomor 3 pasti menang", "salam metal … salamnya paslon 3"
_WIN_WISHED = prefiltered(r"\b(nomor|nomer|no|paslon|calon)\s*\d\b[^.?!]{0,20}\b(menang|jaya|juara|pasti)\b"
                         r"|\b(semoga|moga|mudah-mudahan)\s+(\w+\s+){0,3}?menang\b|\bsalam\w*\s+(\w+\s+)?(paslon|calon|nomor|no)\s*\d", re.I)
# "aku kabid, ngerti bawahanku nyebar status dukung caleg tapi tak meneng wae": a superior who lets a breach pass
_TOLERATES = prefiltered(r"\b(bawahan|anak buah|staf|staff|stafnya|pegawainya|anak buahnya|bawahannya)\w*\b.{0,120}"
                        r"\b(diam|diem|diamkan|diemin|didiemin|didiamkan|meneng|membiarkan|biarin|dibiarin|dibiarkan|pura-pura|pura2|"
                        r"ga negur|gak negur|gk negur|tidak menegur|belum negur|nggak negur)\b"
                        # "Kepsek yg diem aja padahal tau gurunya kampanye": the superior named first
                        r"|\b(kepsek|kepala\s+\w+|atasan\w*|kadis|kabid|kasi|pimpinan\w*|bos)\b.{0,30}\b(diam|diem|membiarkan|biarin|"
                        r"pura-pura|pura2|ga negur|gak negur|tidak menegur)\b.{0,80}\b(guru|staf|stafnya|pegawai|bawahan|anak buah)\w*\b",
                        re.I | re.S)
# the candidate holds the gathering: "syukuran ulang tahun caleg di rumahnya", "Tetangga yg caleg bikin syukuran rumah baru"
_CANDIDATE_HOSTS = prefiltered(
    r"\b(ulang tahun|ultah|syukuran|tasyakuran|selamatan|open house|halal bihalal)\s+(\w+\s+){0,2}?"
    r"(caleg|calon|paslon|capres|cagub|cabup|cawalkot|petahana)\b"
    r"|\b(caleg|calon|paslon|capres|cagub|cabup|cawalkot|petahana)\s+(\w+\s+){0,2}?(bikin|ngadain|mengadakan|adain|gelar|menggelar)\s+"
    r"(syukuran|tasyakuran|selamatan|open house|halal bihalal|acara ulang tahun)\b", re.I)
_CLAIMED_HARMLESS = prefiltered(r"\b(jarene|jare|katanya|ktnya|kata dia|kata beliau|ngakunya|bilangnya|alasannya)\s+(\w+\s+){0,2}?"
                               r"(mung|cuma|cuman|hanya|cm|ora|gak|ga|tidak|tdk|bukan|bkn)\b", re.I)
_SIDE_TOLD = prefiltered(r"\b(menang|menangkan|dukung|dukungan|mendukung|semoga|sukses|tag|ngetag|nge-tag|men-tag|mention)\w*"
                        r"|\b(pilih|coblos)\s+(nomor|no|nomer)\b", re.I)
_POSE_DENIED = prefiltered(rf"\b{_DENIED_BY}\s+(ada\s+)?(pose|gaya)(\s+(jari|angka|apa2|apa-apa|apapun|nomor))*\b", re.I)
_NOT_A_CAMPAIGN_GROUP = prefiltered(
    r"\b(bukan|bkn|gak|ga|tidak|tdk|nggak)\s+(grup|group|grp)\s+(\w+\s+)?(pemenangan|relawan|partai|timses|tim sukses|politik|kampanye|pilkada)\b", re.I)
# "mimpin doa sekalian nyebut biar calon bupati nomor 3 menang", "bacakan pengumuman dukungan ke cabup": words the
# asker would say before an audience for a side (a prayer for its win, an announcement of support) are a call
_ASKER_SPEAKS_FOR_SIDE = prefiltered(
    r"\b(mimpin doa|memimpin doa|pimpin doa|doain|doakan|mendoakan|bacakan|membacakan|bacain|umumin|umumkan|mengumumkan|"
    r"sampaikan|menyampaikan|nyampein|selipkan|menyelipkan|selipin|titip pesan)\b.{0,50}\b(menang|kemenangan\w*|dukung\w*|"
    r"pilih|milih|coblos|nyoblos|nomor\s*\d)\b", re.I)
# "sy gak ambil CLTN", "blm CLTN", "jare PPPK ra iso CLTN": the leave is not held (the prohibition answers);
# not the question tag of "bisa ga aku ambil CLTN?"
_NO_CLTN = prefiltered(r"(?<!bisa )(?<!boleh )(?<!bs )(?<!blh )(?<!apa )\b(gak|ga|gk|tidak|tdk|nggak|belum|blm|ora|ra|tra|ndak|nda|tanpa)\s+((\w+)\s+)?(ambil|ngambil|mengambil|iso|bisa|dapat|dpt|punya|ada)?\s*"
                      r"(cltn|cuti di luar tanggungan negara)\b", re.I)
# (a friend's post that calls to vote or campaigns is campaign content, whoever posted it)
_CALL_IN_THE_POST = prefiltered(r"\b(ajakan|ngajak|mengajak|kampanye|dukung\w*|coblos|nyoblos)\b", re.I)
_CLTN_WORD = prefiltered(r"\b(cltn|cuti di luar tanggungan negara|cuti diluar tanggungan negara)\b", re.I)
# "like postingan temen yg isinya foto dia bareng caleg", "bukan akun calon, cuma akun temen biasa": the post is an
# ordinary friend's, not the candidate's or a campaign team's account
_FRIENDS_POST = prefiltered(
    r"\b(postingan|unggahan|status|story|foto|posting)\s+(\w+\s+)?(temen|teman|tmn|kawan|rekan|sahabat)\w*\s+((sy|saya|aku|ku|gue)\s+)?"
    r"(\(?\s*(bkn|bukan)\s+(caleg|calon|timses)[^)]{0,20}\)?\s*)?(yg|yang)\s+(isinya\s+|isi\s+)?(foto|muji\w*|memuji|bareng)"
    r"|\bakun\s+(temen|teman|tmn|kawan)\s+(biasa|sy|saya)\b"
    r"|\b(bukan|bkn)\s+(akun\s+)?(calon|caleg|capres|paslon|timses)(nya)?\s*(kok|ya|lho)?\s*,?\s*(cuma|cm|hanya)\s+(akun\s+|postingan\s+)?(temen|teman|tmn|kawan)", re.I)
# "grup wa relawan pemenangan caleg", "grup 'sahabat bakal cagub X'": the group is a campaign team's own,
# not a family or neighbourhood group where someone posts campaign material ("bukan grup timses", "bukan anggota
# grup pemenangan" deny it: _NOT_A_MEMBER, read before each mention)
_CAMPAIGN_GROUP = prefiltered(
    r"\b(grup|group|grp|gc)\s+(wa\s+|whatsapp\s+|telegram\s+|tele\s+|fb\s+|facebook\s+)?"
    r"[\"'“]?(relawan|pemenangan|timses|tim sukses|tim pemenangan|tim kampanye|pendukung|dukungan|sahabat|simpatisan|kampanye|"
    r"koordinator|korlap|saksi)\b"
    # "grup WA 'Guru Bersatu Menangkan Paslon 3'": a group whose name calls for a side's win (thirty-first session)
    r"|\b(grup|group|grp|gc)\s+(wa\s+|whatsapp\s+|telegram\s+|tele\s+|fb\s+|facebook\s+)?[\"'“‘][^\"'”’]{0,40}\b"
    r"(menang\w*|pemenangan|relawan|dukung\w*|pendukung|lanjut\w*|coblos\w*|pilih)\b[^\"'”’]{0,30}[\"'”’]", re.I)
# "saya bukan anggota grup pemenangan apa pun", "ga pernah join grup relawan"
_NOT_A_MEMBER = prefiltered(r"\b(bukan|bkn|tidak|tdk|ga|gak|gk|nggak|ngga|belum|blm|ndak|ora)\b[^.,;!?]*$", re.I)
# "posting 'jangan golput ya guys'": a call to vote at all (no side named is for the entries to tell)
_CALL_TO_VOTE = prefiltered(r"\b(jangan|jgn|jngn|ojo|ulah|tong)\s+(sampai\s+|sampe\s+)?golput\b", re.I)
# "bupati terpilih blm dilantik": the winner is not yet in office, so still the candidate who won
_NOT_YET_INAUGURATED = prefiltered(r"\b(belum|blm|blom|durung|belon)\s+(resmi\s+)?(di)?(lantik|dilantik|pelantikan)\b"
                                              # Banjar "Bupati hanyar handak dilantik": about to be
                                              r"|\b(mau|akan|bakal|handak|segera|mo|baru mau)\s+(di)?lantik\b", re.I)
_MUST_REFUSE = prefiltered(r"\b(harus|hrs|perlu|wajib|mesti|musti|kudu)\s+(\w+\s+)?(nolak|menolak|tolak)\b", re.I)
# "takut dianggap tidak netral", "wedi dianggep melu politik", "temen bilang sy yg ga netral": the asker
# fears that what they do (reporting someone, most often) makes them look partisan
_FEARS_SEEN_PARTISAN = prefiltered(
    r"\b(takut|wedi|khawatir|kuatir|nanti|ntar|jangan2|jangan-jangan)\s+((saya|sy|aku|gue|gw)\s+)?(\w+\s+)?"
    r"(dianggap|dianggep|dibilang|dicap|dikira|disangka)\s+((saya|sy|aku)\s+)?(\w+\s+)?"
    r"(tidak netral|tdk netral|ga netral|gak netral|gk netral|nggak netral|ndak netral|memihak|berpihak|berpolitik|politik|melu politik|ikut politik|"
    r"kampanye|ikut kampanye|kampanye terselubung|timses|tim sukses)"
    r"|\b(bilang|bilangin|nuduh|menuduh|ngatain)\s+(saya|sy|aku|gue|gw)\s+((yang|yg)\s+)?(tidak|tdk|ga|gak|gk|nggak)\s+netral", re.I)
# news that praises or runs down one side ("berita yg judulnya muji2 prestasi paslon nomor 1",
# "berita jelek2 soal capres yg ga disuka"): what the neutral-news entry says tips it into campaigning
_NEWS_TAKES_A_SIDE = prefiltered(
    r"\b(berita|artikel|link|liputan|judul\w*)\b[^.?!]{0,60}\b(prestasi|keberhasilan|muji\w*|memuji|pujian|"
    r"jelek\w*|menjelekkan|keburukan|kejelekan|menjatuhkan|nyerang|menyerang"
    # thirtieth session: a headline that names a side the best ("judulnya 'Paslon X paling layak pimpin kota'")
    r"|paling layak|paling pantas|paling cocok|paling hebat|paling baik|terbaik|wajib dipilih|harus menang|pasti menang)\b", re.I)
# a relative who is a civil servant too ("istri sy pns, mw pasang stiker capres"): the entries written
# for relatives outside the ASN rules are not about them
_RELATIVE_IS_ASN = prefiltered(
    r"\b(istri|istriku|suami|suamiku|bini|bojo\w*|anak|anakku|adik|adek|kakak|abang|ayah|bapak|ibu|mertua|ortu|"
    r"orang tua|sepupu|keponakan|ponakan)\s+((saya|sy|aku|gue|gw)\s+)?((yang|yg|juga|jg|seorang|sama-sama)\s+){0,2}"
    r"(pns|asn|pppk|cpns)\b", re.I)
# "panitia lalu mengajak foto bersama", "tulang ajak nonton debat": an invitation to a photo or an
# outing, not a call to vote
_OUTING_INVITE = prefiltered(r"\b(ajak|ajakin|mengajak|ngajak|ngajakin|diajak|diajakin)\s+(\w+\s+)?(foto|berfoto|selfie|wefie|swafoto|"
                           r"nonton|menonton|nobar|makan|ngopi|ngeteh|jalan|main)\w*", re.I)
_CALL_WORDS = prefiltered(r"\b(ajak\w*|mengajak|ngajak\w*|diajak\w*|imbau\w*|himbau\w*|mengimbau|menghimbau|seru|menyerukan|"
                         r"arahkan|mengarahkan|ngarahin|suruh|menyuruh|nyuruh|bujuk|membujuk|pengaruhi|mempengaruhi)\b", re.I)
# serving civil servants (or others the campaign law names) drawn in: "ngajak mantan anak buah yg
# masih PNS", "rekrut pns aktif", "libatkan ASN", or the asker, a serving ASN, asked to help
_DRAWS_IN_SERVING_ASN = prefiltered(
    r"\b(masih|msh|isih|tetap|ttp)\s+(jadi\s+|menjadi\s+)?(pns|asn|pppk|aktif)\b|\b(pns|asn|pppk)\s+(aktif|yang aktif|yg aktif)\b"
    r"|\b(anak buah|bawahan|mantan staf|bekas staf|mantan rekan|rekan kerja|rekan kantor|teman kantor|kawan kantor|konco kantor)\w*\b"
    r"|\b(rekrut|merekrut|direkrut|libatkan|melibatkan|libatin|ngelibatin|kerahkan|mengerahkan|ngerahin|mobilisasi|minta|nyuruh|suruh)\b"
    r"|\b(konco|kanca|kawan|teman|temen|rekan)\w*\s+(pns|asn|guru|pegawai)\b"
    r"|\b(kepala desa|kades|perangkat desa|anggota bpd|tni|polri|seragam|korpri)\b"
    r"|\b(saya|sy|aku|gue|gw|kulo|abdi|ulun|ambo)\s+((?!pensiun|purna|mantan|bekas|eks|dulu)\w+\s+){0,2}?(pns|asn|pppk|cpns|p3k)\b", re.I)
# "gak datang ke TPS", "ora nyoblos" (not "boleh gak nyoblos?", a question about voting)
_NOT_VOTING = prefiltered(
    r"(?<!boleh )(?<!bole )(?<!blh )(?<!bisa )(?<!bs )(?<!oleh )(?<!kenging )"
    r"\b(tidak|tdk|gak|ga|gk|nggak|ngga|enggak|ndak|nda|ora|teu|hana)\s+"
    r"((datang|dateng|dtg|pergi|ikut|mau|sempat|sempet|bisa)\s+)?(ke\s+tps|nyoblos|mencoblos|memilih|milih|coblos)\b", re.I)
# "blh gk pns jd caleg tp gk mundr dlu", "sy mau jadi calon bupati": a civil servant (or the asker) becoming a candidate
# is running, told with "jadi" instead of "nyalon" (a relative who becomes one is read apart: "suami sy jadi caleg")
_CIVIL_SERVANT_RUNS = prefiltered(
    r"\b(pns|asn|pppk|p3k|cpns|saya|sy|aku|gue|gw)\s+((mau|ingin|pengen|pingin|boleh|bisa|blh|bs|akan|mo)\s+)?(jadi|jd|menjadi)\s+"
    r"(caleg|capres|cawapres|cagub|cawagub|cabup|cawabup|cawalkot|calon\s+(legislatif|anggota|bupati|wakil|gubernur|walikota|"
    r"wali kota|kepala daerah|presiden|dpr\w*|dpd)|anggota\s+(dpr\w*|dpd|legislatif))\b"
    # "sy PNS mau nyaleg": the running said in one word
    r"|\b(pns|asn|pppk|p3k|cpns|saya|sy|aku|gue|gw)\s+((mau|ingin|pengen|pingin|akan|mo|lagi)\s+)?"
    r"(nyaleg|nyalon|nyalonin diri|nyalonkan diri|mencalonkan diri)\b", re.I)
# "nyusun daftar pejabat yg dulu dukung lawan buat dinonjobkan", "mutasi staf yg kemarin ga dukung calon pemenang":
# a post taken away or moved for the side someone backed (the candidate is the side, whether backed or not)
_PUNISH_WORD = (r"(mutasi|dimutasi|memutasi|mutasikan|dimutasikan|nonjob\w*|dinonjob\w*|non-job|copot|dicopot|mencopot|"
                r"demosi|didemosi|bebastugas\w*|dibebastugaskan|parkir|diparkir|buang|dibuang|singkirkan|disingkirkan)")
# (the side said of the people moved: "yg ga dukung …", "krn ga milih …"; not "dimutasi …, boleh nyoblos di TPS baru?")
_SIDE_BACKED = (r"(yg|yang|krn|karena|gara2|gara-gara|sebab|ketahuan|dianggap)\s+(\w+\s+){0,3}?"
                r"(dukung|mendukung|pendukung|milih|memilih|pilih|nyoblos|coblos)\w*")
_PUNISHED_FOR_SIDE = prefiltered(
    rf"\b{_PUNISH_WORD}\b[^.?!]{{0,80}}\b{_SIDE_BACKED}\b|\b{_SIDE_BACKED}\b[^.?!]{{0,80}}\b{_PUNISH_WORD}\b", re.I)
# "minta izin pulang kampung … buat nyoblos, boleh sy izinkan?", "kasih kelonggaran staf masuk siang biar bisa nyoblos":
# a superior letting staff go and vote decides nothing for a side
_LETS_STAFF_VOTE = prefiltered(
    r"\b(izin\w*|ijin\w*|kelonggaran|dispensasi|cuti|libur\w*|masuk siang|datang telat|dtg telat|telat masuk|pulang kampung|"
    r"pulang cepat|pulang awal|gantian|bergantian|shift|"
    # ("sy baru dimutasi ke kabupaten lain, boleh nyoblos di TPS baru?": moved for work, asking where to vote)
    r"(baru|habis|abis|udah|udh|sudah|setelah|stlh)\s+(dimutasi|pindah tugas))\b[^.?!]{0,80}\b(nyoblos|mencoblos|coblos|ke tps|memilih|milih|hak pilih)\b"
    r"|\b(nyoblos|mencoblos|coblos|ke tps|memilih|hak pilih)\b[^.?!]{0,80}\b(izinkan|izinin|ngizinin|mengizinkan|kasih izin|beri izin|"
    r"kelonggaran|dispensasi|cuti|libur\w*)\b", re.I)
_SIGNS_THE_PERMIT = prefiltered(r"\b(tandatangani|tanda tangani|ttd|teken|neken|kasih|kasi|beri|berikan|keluarkan|terbitkan|bikinin|buatkan|"
                               r"buatin)\s+(surat\s+)?(izin|ijin)\w*", re.I)
_BACK_INTO_SERVICE = prefiltered(r"\b(balik|kembali|masuk)\s+(lagi\s+)?(jadi|jd|menjadi|ke|sebagai)\s+(pns|asn)\b", re.I)
# who runs: the asker ("sy mau nyaleg") or someone named ("ustadz yang ngisi lagi nyaleg",
# "bupatinya nyalon lagi"), and whether it is still talk ("tokoh yang digadang-gadang nyapres")
_SELF_RUNS = prefiltered(
    r"\b(saya|sy|aku|ak|gue|gw|ane|abdi|kula|awak|ambo|ulun|kami)\b\W+(\w+\W+){0,5}?"
    r"(nyalon|nyaleg|nyapres|mencalonkan|dicalonkan|maju|daftar|mendaftar|calon)\w*", re.I)
_OTHER_RUNS = prefiltered(
    r"\b(yang|yg|dia|beliau|\w+nya)\W+(\w+\W+){0,4}?(nyalon|nyaleg|nyapres|mencalonkan|maju)\w*", re.I)
_PROSPECTIVE = prefiltered(
    r"\b(digadang\w*|bakal|mau|akan|rencana\w*|berencana|isu\w*|wacana|kabarnya|katanya|niat\w*|"
    r"pengen|ingin)\W+(\w+\W+){0,3}?(nyalon|nyaleg|nyapres|maju|mencalonkan)\w*", re.I)
# the asker calls on others to back a candidate ("sy minta tamu2 dukung dia", "sambutan dukung dia") …
_ASKER_CALLS_FOR_SUPPORT = prefiltered(
    r"\b(saya|sy|aku|gue|gw|kami)\s+(\w+\s+){0,2}?(minta|mintain|ngajak|ajak|nyuruh|suruh|imbau|himbau)\s+"
    r"(\w+\s+){0,3}?(dukung|mendukung|pilih|milih|memilih|coblos|nyoblos|menangkan)\b"
    r"|\b(sambutan|pidato|ceramah|orasi|kata sambutan)\s+(\w+\s+){0,2}?(dukung|mendukung|dukungan)\b"
    # "boleh saya bisikin tetangga supaya coblos caleg nomor 4?", "saya sarankan paslon yang bagus"
    r"|\b(saya|sy|aku|gue|gw|kami)\s+(\w+\s+){0,2}?['\"‘“]?(bisikin|bisiki|membisiki|membisikkan|sarankan|saranin|nyaranin|"
    r"menyarankan|rekomendasikan|rekomendasiin|merekomendasikan)['\"’”]?\s+(\w+\s+){0,3}?(dukung|mendukung|pilih|milih|memilih|"
    r"coblos|nyoblos|menangkan|paslon|calon|caleg|capres|cagub|cabup|cawalkot|nomor)\b"
    # "saya ingetin ibu-ibu supaya nyoblos caleg nomor 5" (not "… supaya nyoblos", a call to vote at all)
    r"|\b(saya|sy|aku|gue|gw|kami)\s+(\w+\s+){0,2}?(ingetin|ngingetin|ingatkan|mengingatkan|ingatin|bilangin|kasih tau|ngasih tau)\s+"
    r"([\w-]+\s+){0,3}?(supaya|biar|agar|untuk|utk|buat)\s+(\w+\s+)?(nyoblos|coblos|mencoblos|pilih|milih|memilih|dukung|mendukung)\s+"
    r"(caleg|calon|paslon|capres|cagub|cabup|cawalkot|nomor|no|partai)\b", re.I)
# … or gives a candidate the stage ("saya kasih waktu 10 menit ngomong")
_ASKER_GAVE_STAGE = prefiltered(
    r"\b(saya|sy|aku|gue|gw|kami)\s+(\w+\s+){0,2}?(kasih|kasi|beri|berikan|kasihkan|sediain|sediakan)\s+"
    r"(dia\s+|beliau\s+|caleg\w*\s+|calon\s+)?(waktu|kesempatan|panggung|slot|mic|mik)\b", re.I)
# an undo the asker means to do ("mau hapusin postingan lama, blh?") …
_UNDO = (r"(hapus\w*|menghapus|ngapus\w*|apus\w*|m?busak|dibusak|delete|take ?down|unfollow|unlike|arsipkan|"
         r"(keluar|kluar|klwr|left|leave|cabut)\s+(dari\s+|dr\s+|dri\s+)?(grup|group|grp|gc)|left grup)")
_MEANS_TO_UNDO = prefiltered(
    r"\b(mau|mo|mw|akan|pengen|ingin|boleh|blh|bolehkah|perlu|sebaiknya|mending|rencana|berencana)\s+(\w+\s+){0,2}?"
    + _UNDO
    # "klo sy kluar dr grup alumni krn isinya kampanye, gpp?": the undo the asker weighs
    + r"\b|\b(kalau|kalo|klo|kl|jika|bila|seandainya)\s+(saya|sy|aku|gue|gw)\s+(\w+\s+)?" + _UNDO + r"\b", re.I)
# … as against one already done ("udah saya hapus, masih kena?"): a question about the act before it
_UNDONE = prefiltered(
    r"\b(sudah|udah|udh|sdh|telah|terlanjur|langsung|lalu|terus|trus|tp|tapi)\s+(\w+\s+){0,2}?" + _UNDO
    + r"|\b(dihapus|diapus|kuhapus|sy hapus|saya hapus)\b.{0,40}\b(masih|tetap|tetep|msh)\b", re.I)
# … or one done and offered for approval ("aku hapus semua story & postingan lama yg ada foto sama caleg. itu udah bener
# kan?"): the undo itself is asked about
_UNDO_APPROVED = prefiltered(
    r"\b(saya|sy|aku|aq|gue|gw|kami)\s+(sudah\s+|udah\s+|udh\s+|sdh\s+|langsung\s+)?" + _UNDO + r"\b"
    r".{0,120}\b((udah|sudah|sdh|udh)\s+(bener|benar|tepat|betul)|langkah\s+(yang|yg)\s+(benar|bener|tepat)|"
    r"(bener|benar|tepat)\s+(kan|kn|ya|gak|ga|nggak)\b)", re.I | re.S)
# someone else tagged the asker ("di-tag temen", "ditandai", "nama sy nongol", "orang nge-tag sy"), as
# against the asker tagging others ("aye ngetag temen-temen di postingan paslon")
_TAGGED = prefiltered(
    r"\b(di-?\s?tag\w*|d\s+tag|ditandai|ketag|ke-tag|di-?mention\w*|dimensen|kena tag)\b"
    r"|\b(nge-?tag|ngetag|men-?tag|menandai|tag|mention)\s+(saya|sy|aku|gw|gue|ambo|abdi|kulo|aye)\b",
    re.I)
# "timses yg srg tag sy d postingan mrk": the post the asker is tagged in is theirs, not a post of the asker's
_IN_THE_TAGGING_POST = prefiltered(r"\b(di|d|dalam|dlm)\s+(postingan|unggahan|status|story|konten|foto|video)\w*\b", re.I)
# ("sy d postingan mrk" names a post, no act: the verb only)
_ASKER_SAYS_POSTED = prefiltered(r"\b(saya|sy|aku|ak|gue|gw|kami)\s+(\w+\s+)?(posting|upload|unggah|share|bagikan|repost)(in|kan|nya)?\b", re.I)
# a leave outside the state's pay (CLTN) that has been granted, not one asked for or awaited
_CLTN = r"(cltn|cuti di luar tanggungan negara|cuti diluar tanggungan negara)"
_CLTN_GRANTED = prefiltered(
    r"\b" + _CLTN + r"(-?nya)?\s+(\w+\s+){0,2}?(sudah\s+|udah\s+|udh\s+|sdh\s+|telah\s+)?"
    r"(disetujui|di-?acc|keluar|terbit|turun|berlaku|dikabulkan|diizinkan|diberikan)\b"
    # twenty-sixth session: "berstatus CLTN sejak Januari", "mengambil CLTN selama 6 bulan", "sudah mendapat izin CLTN"
    r"|\b(berstatus|dalam status|statusnya)\s+" + _CLTN + r"\b"
    r"|\b(mengambil|ambil|ngambil|menjalani|jalani)\s+" + _CLTN + r"\s+(selama|sejak|mulai|dari)\b"
    r"|\b(sudah|udah|udh|sdh|telah)\s+(mendapat|dapat|dapet|dpt|memperoleh|pegang|punya|terima|nerima|menerima)\s+(izin\s+|ijin\s+|persetujuan\s+|sk\s+)?" + _CLTN + r"\b"
    r"|\b(sudah|udah|udh|sdh|telah|sedang|lagi|lg|lgi|masih|msh|alah)\s+(resmi\s+)?(ambil\s+|ambiak\s+|mengambil\s+|menjalani\s+|dalam\s+)?" + _CLTN + r"\b"
    # "klo sy ambil CLTN dulu, baru boleh ikut kampanye suami?": the exception asked about as a stated condition
    r"|\b(kalau|klo|kalo|kl|jika|bila|asal|asalkan)\s+((saya|sy|aku|ambo|gue|gw)\s+)?(ambil|ambiak|mengambil|ngambil)\s+" + _CLTN + r"\s+(dulu|dl|dahulu)\b"
    # "beta su urus cuti di luar tanggungan negara dan SK nya su turun"
    # (Javanese: "lan SK ne wes metu wingi")
    # ("… cuti di luar tanggungan negara dan SK cutinya sudah keluar")
    r"|\b" + _CLTN + r"\b[^.?!]{0,25}\bsk\s*-?(nya|ne|e)?\s+((pun|juga|jg)\s+)?(cuti\w*\s+|cltn\w*\s+)?((sudah|udah|udh|sdh|telah|su|so|wes|wis|uwis)\s+)?(keluar|kluar|terbit|turun|metu)\b"
    # "nunjukin SK yg udah terbit … bahwa dia resmi cuti di luar tanggungan negara"
    r"|\b(resmi|secara resmi)\s+(ambil\s+|mengambil\s+|menjalani\s+|dalam\s+)?" + _CLTN + r"\b"
    # "sudah pegang SK cuti di luar tanggungan negara"
    r"|\b(pegang|memegang|punya|mengantongi|dapat|dapet|terima|menerima)\s+(sk|surat keputusan|surat)\s+(\w+\s+)?" + _CLTN + r"\b",
    re.I)
_UNTIL_IT_ENDS = prefiltered(r"\b(sampai|sampe|hingga|sampai dengan|sd|s\.d\.?)\s+(\w+\s+){0,3}?(selesai|berakhir|kelar|habis|usai)\b", re.I)
_CLTN_PENDING = prefiltered(
    r"\b(belum|blm|masih nunggu|menunggu|nunggu|masih proses|sedang diproses|ditolak)\b"
    r"[^.?!]{0,30}\b(cltn|cuti|disetujui|keluar|berlaku|aktif|mulai)\b"
    r"|\b" + _CLTN + r"\b[^.?!]{0,30}\b(belum|blm|ditolak|masih diproses)\b"
    # over already: "CLTN saya udah habis dan saya udah aktif kerja lagi"
    r"|\b" + _CLTN + r"\b[^.?!]{0,30}\b(habis|abis|berakhir|selesai|kelar)\b"
    # approved only "if": "sudah mengajukan CLTN … kalau disetujui"
    r"|\b(kalau|kalo|klo|jika|bila|seandainya|andai)\s+([\w-]+\s+){0,2}?(disetujui|di-?acc|keluar|terbit|turun)\b"
    # approved, but it starts after the event asked about
    r"|\b" + _CLTN + r"\b.{0,80}\b(berlaku|mulai|efektif|aktif)\b.{0,40}"
    r"\b(depan|besok|lusa|nanti|minggu depan|bulan depan|tahun depan)\b", re.I | re.S)
_NOT_ON_LEAVE = prefiltered(r"\b(ga|gak|gk|tidak|tdk|nggak|ngga|belum|blm|tanpa|ndak|nda)\s+(ambil\s+|ngambil\s+|mengambil\s+)?"
                           r"(cuti|cltn)\b(?!\s+(tahunan|besar|sakit|melahirkan))", re.I)
# … of which these say the exception does not hold now (not "kalau CLTN-nya disetujui", a condition)
_CLTN_DENIED = prefiltered(
    r"\b" + _CLTN + r"\b[^.?!]{0,30}\b(belum|blm|ditolak|masih diproses|habis|abis|berakhir|selesai|kelar)\b"
    r"|\b(belum|blm|ditolak|masih nunggu|masih proses)\b[^.?!]{0,20}\b" + _CLTN + r"\b", re.I)
# the asker, and the relatives a sentence may name (for the asker outside the ASN rules, below)
_FIRST = rf"({_FIRST_WORDS})"
_KIN = (r"(suami\w*|istri\w*|bojo\w*|anak\w*|bapak\w*|ibu\w*|ibuk\w*|ayah\w*|adik\w*|adek\w*|kakak\w*|mertua\w*|ortu\w*|"
        r"orang tua\w*|ponakan\w*|keponakan\w*|sepupu\w*|abang\w*|mamak\w*|emak\w*|bini\w*|laki\w*|salaki\w*|pamajikan\w*|garwa\w*)")
# (the pronoun starts a clause: "suami sy bukan ASN" tells of the husband)
_CLAUSE_START = r"(?:^|(?<=[.,;!?])|\b(?:dan|tapi|tp|tetapi|sedangkan|sementara|kalau|kalo|klo|nah)\b)\s*"
_SELF_OUTSIDE = prefiltered(
    # "aku dudu ASN", "saya bukan." (after "ortu saya PNS"), not "saya bukan anggota partai"
    rf"{_CLAUSE_START}{_FIRST}\s+(sendiri\s+|mah\s+|teh\s+)?(bukan|bkn|dudu|sanes|seng|nyanda|sonde|tra)(\s+(asn|pns|pppk|pegawai negeri)\b|\s*[.,;!?]|\s*$)"
    rf"|{_CLAUSE_START}{_FIRST}\s+(sendiri\s+|mah\s+)?(cuma\s+|hanya\s+|cm\s+)?(seorang\s+)?(petani|wiraswasta|wirausaha|pedagang|karyawan swasta|pegawai swasta|"
    r"ibu rumah tangga|irt|buruh|nelayan|ojol|mahasiswa|mahasiswi)\b", re.I)
# a civil servant named as someone's relative: "ibukku PNS", "anak saya PNS di kota lain", "ortu saya dua2nya PNS"
_KIN_ASN = prefiltered(rf"\b{_KIN}(\s+(saya|sy|aku|ku|gw|gue))?\s+(\S+\s+){{0,2}}?(pns|asn|pppk)\b", re.I)
# "saya mahasiswa bukan ASN", "yang ASN kan dia": mentions of a civil servant that are not the asker
_NOT_THE_ASKER_ASN = prefiltered(r"\b(bukan|bkn|dudu|sanes|non|tidak|tdk)\s*-?\s*(asn|pns|pppk)\b|\byang\s+(asn|pns|pppk)\b", re.I)
_KIN_MAY = prefiltered(rf"\b{_KIN}\s+(\w+\s+)?(boleh|blh|bole|oleh|kenging|buliah)\b"
                      # "… Saya ibu rumah tangga. Dia boleh ikut?": the relative's permission, asked with a pronoun
                      r"|\b(dia|beliau|doi|anjeunna)\s+(\w+\s+)?(boleh|blh|bole|oleh|kenging|buliah)\b"
                      # "… Kemarin dia ikut nemenin aku kampanye …. Itu aman kan buat dia?": whether it is safe for the relative
                      r"|\b(aman|boleh|blh|bahaya|masalah|melanggar|kena)\b.{0,12}\b(buat|untuk|utk|bagi|bwt)\s+(dia|beliau|doi)\b"
                      # "Anjeunna hoyong ngadamel video TikTok …": what the relative wants to do is asked
                      r"|\b(dia|beliau|doi|anjeunna)\s+(hoyong|pengen|pingin|kepingin|ingin|mau|mo|arep|kersa)\s+(ngadamel|bikin|buat|membuat|ikut|jadi|pasang|posting|upload)\b", re.I)
# "bapak saya", "ibuku", "emak sy": a parent (the bare words are forms of address, not relatives)
_OWN_PARENT = prefiltered(
    r"\b(bapak|bapa|ibu|emak|mamak|mama|mamah|papa|papah|abah|umi|ummi|ayah|babe|enyak|bokap|nyokap)"
    r"(\s+(saya|sy|aku|ak|gue|gw|ane|ulun|abdi|kulo|ambo|awak|sa|beta|kita)\b|(ku|nya ini)\b)"
    # "Ibunya caleg DPRD di kampung kami meninggal": a candidate's parent is the candidate's family
    r"|\b(bapak|bapa|ibu|emak|mamak|mama|papa|abah|umi|ayah|ibunda|ayahanda)(nya)?\s+(si\s+|pak\s+|bu\s+)?"
    r"(caleg|calon|paslon|capres|cawapres|cagub|cabup|cawalkot|bakal calon|petahana)\b", re.I)
# "program kerja para paslon", "program unggulan capres": a candidate's platform, not an official's decision
_PLATFORM = prefiltered(
    r"\bprogram\w*(-program\w*)?\b.{0,60}\b(paslon|calon|capres|cawapres|caleg|cagub|cabup|cawalkot|kandidat|partai)\w*"
    r"|\b(paslon|calon|capres|cawapres|caleg|cagub|cabup|cawalkot|kandidat|partai)\w*\b.{0,60}\bprogram\w*", re.I | re.S)
# … unless an official's own decision or programme is in the question too
_OFFICIAL_DECISION = prefiltered(r"\b(keputusan|bantuan|bansos|izin|ijin|kebijakan|proyek|mutasi|persulit|anggaran|"
                                r"program (dinas|pemda|pemerintah|kantor|instansi|desa|kelurahan|sekolah))\b", re.I)
# "diberi amplop", "dikasih kaos": the asker received (the word "beri" alone, as in "paring izin" read
# as "beri izin", gives and is no receiving; stemming folds the two, so the passive is read here)
# (not "dikasih surat izin tertulis": a permit given to the asker is nothing handed over)
_RECEIVED = prefiltered(r"\b(diberi|dikasih|dikasi|dikirimi|dikasihin|dibagi|dibagiin)\b"
                                   r"(?!\s+(surat\s+)?(izin|ijin|izinnya|ijinnya|sk|surat tugas|cuti|dispensasi|kesempatan|waktu)\b)", re.I)
# "bapak diajak jadi timses": someone else invites; the asker (or the person asked about) is invited
# invited or told to come ("disuruh ikut apel ikrar netralitas"): done to the asker, no call of theirs
_INVITED = prefiltered(r"\b(diajak|diajakin|diajakkin|dajak|diajaknya|disuruh|disuru|diimbau|dihimbau)\b", re.I)
_INVITES = prefiltered(r"\b(ajak|ajakin|ngajak|ngajakin|mengajak|ajakan|ajaklah|imbau\w*|himbau\w*|seru\w*|"
                                  r"arahkan|mengarahkan|ngarahin|bujuk|membujuk|suruh|nyuruh)\b", re.I)
# "ditawarin pak RT": the neighbourhood head as a person, not the organisation
_TITLED_RT = prefiltered(r"(?<![-\w])(pak|pa|bu|bapak|bpk)\s+(rt|rw)\b"
                        # "RT minta sy jadi anggota KPPS": the neighbourhood head asking, a person
                        r"|(?<![-\w])(rt|rw)\s+(minta|meminta|nyuruh|menyuruh|ngajak|mengajak|nawarin|menawarkan|nunjuk|menunjuk)\b", re.I)
_FROM_THE_TEAM = prefiltered(r"\b(dari|dr|sama|sm|ama|oleh|ku|ti|ka)\s+(tim\s*ses|timses|tim sukses|tim pemenangan|relawan)\b", re.I)
# "unfollow akun caleg & tim pemenangan": the team owns an account, nobody joins it
_TEAM_ACCOUNT = prefiltered(r"\b(un)?(follow|folow|fllw|ikuti|blokir|block|mute)\w*\s+(\w+\s+){0,2}?(akun|acc|ig|instagram|tiktok|fb|channel|kanal)\s+"
                           r"(\w+\s+|&\s+){0,4}?(tim\s*ses|timses|tim sukses|tim pemenangan|relawan)\b", re.I)
# … said right before the team's name ("jadi timses"): what rules out a team named as the giver
_JOINS_TEAM_SAID = prefiltered(r"\b(jadi|jd|menjadi|ikut|ikutan|masuk|gabung|bergabung|daftar|direkrut|janten|dadi|dados)\s+"
                         r"(\w+\s+)?(tim\s*ses|timses|tim sukses|tim pemenangan|relawan|tim kampanye)\b"
                         # "Lae ku timses …, disuruhnya aku jadi koordinator kecamatan": a post on the team taken
                         r"|\b(jadi|jd|menjadi|dadi|sebagai|sbg)\s+(korcam|kordes|korlap|jurkam|juru kampanye|"
                         r"koordinator\s+(kecamatan|desa|kelurahan|wilayah|lapangan))\b", re.I)
# a thing with the candidate's picture on it ("kaos bergambar calon", "masker dr timses yg ada gambar paslonnya")
_PICTURED = prefiltered(r"\b(kaos|kaus|masker|topi|stiker|sticker|kalender|baju|jaket|payung|tas|gelas|mug|jilbab|kerudung|pin|"
                       r"gantungan|sarung|sembako|bingkisan|paket)\w*\b.{0,40}?\b(bergambar\w*|ada\s+gambar\w*|gambar(nya)?\s+"
                       r"(\w+\s+)?(calon|paslon|caleg|capres|cagub|cabup|partai)\w*)", re.I)
_PHOTO_TAKEN = prefiltered(r"\b(foto\w*|difoto|motret|memotret|selfie|swafoto|upload\w*|unggah\w*|posting\w*)\b", re.I)
_ACCOMPANIES = prefiltered(r"\b(nemenin|menemani|temenin|nemani|nganter|nganterin|ngantar|anterin|antar|antarin|"
                          r"mengantar|mengantarkan|dampingi|mendampingi|ndampingi|dampingin)\b", re.I)
_UNTITLED_RT = prefiltered(r"\b(rt|rw)\b", re.I)


_SAPA = prefiltered(r"\bsapa\b", re.I)
# "dasar hukumnya apa ASN dilarang like postingan capres?", "pasal mana yg larang PNS ikut kampanye?", "apa dasar
# hukum larangan asn ikut kampanye?": the prohibition is taken as known and its legal basis is asked, so the
# act's entry is quoted as information (its citations are the answer), not given as a verdict
ASKS_BASIS = prefiltered(
    r"\b(pasal|aturan|regulasi|ketentuan|peraturan|uu|pp)\w*\s+(mana|apa|apaan|berapa|brp|yang mana|yg mana)\s+(sih\s+)?"
    r"(yang|yg)\s+(larang|melarang|ngelarang|nglarang)\b"
    r"|\b(apa|apakah)\s+(sih\s+)?(dasar|landasan)\s+(hukum|aturan|aturannya|hukumnya)\s+(larangan|dilarangnya)\b"
    r"|\b(dasar|landasan)\s+(hukum|aturan)(nya)?\s+(apa|apaan)\s+(\w+\s+){0,3}(dilarang|gak boleh|ga boleh|tidak boleh)\b"
    # "PPPK IKUT KAMPANYE ITU DIATUR DI PASAL BERAPA?", "pppk ikut kampanye yg ngatur uu apa?": which rule governs it
    r"|\bdiatur\s+(di|dalam|dlm|pada)\s+(pasal|uu|pp|skb|aturan|peraturan|undang-undang)\w*\s+(berapa|brp|apa|mana|yang mana|yg mana)\b"
    r"|\b(yang|yg)\s+(ngatur|mengatur|ngatur2)\s+(itu\s+)?(pasal|uu|pp|skb|aturan|peraturan|undang-undang)\w*\s+(berapa|brp|apa|mana)\b"
    # "pppk yg ikut kampanye kena pasal apa?", "pasal apa yg dilanggar?": which article the act breaks
    r"|\bkena\s+(pasal|uu|pp|aturan|undang-undang)\w*\s+(apa|apaan|berapa|brp|mana|yang mana|yg mana)\b"
    r"|\b(pasal|aturan|uu|pp)\w*\s+(apa|apaan|berapa|brp|mana)\s+(yang|yg)\s+(dilanggar|dilanggarnya|kena)\b"
    # "pasal berapa yang ngatur PPPK dilarang jadi anggota partai?"
    r"|\b(pasal|uu|pp|aturan|peraturan|undang-undang)\w*\s+(berapa|brp|apa|mana|yang mana|yg mana)\s+(sih\s+)?(yang|yg)\s+(ngatur|mengatur|atur)\b",
    re.I)


def without_authority_phrase(text: str) -> str:
    """The text without its who-may-act phrase ("atasan boleh negur atau ngasih sanksi ga?"), whose "boleh" asks
    about a superior's power, not the act's permission."""
    return _AUTHORITY.sub(" ", text)


def asks_basis(text: str) -> re.Match | None:
    """The legal-basis phrase, when it is the first thing asked ("bisa nggak …? pasal apa yg ngelarang?" asks
    permission first)."""
    basis = ASKS_BASIS.search(text)
    return basis if basis and "?" not in text[:basis.start()] else None


def question_type(text: str) -> str:
    """permission | sanction | what-to-do | authority | definition, from the sentence's shape."""
    text = _SAPA.sub("siapa", text)  # eastern Indonesian "sapa" is "siapa" ("perlu izin dari sapa?")
    if _AUTHORITY.search(text):
        return "authority"
    if _WHAT_TO_DO.search(text):
        return "what-to-do"
    if asks_basis(text):
        return "definition"
    if _SANCTION.search(text):
        return "sanction"
    if _DEFINITION.search(text):
        return "definition"
    # "Kalau atasan langsung tahu anak buahnya pasang baliho caleg tapi diam aja, atasannya bisa kena juga?": a superior's
    # liability for letting a subordinate's breach pass
    if _TOLERATES.search(text) and _LIABLE.search(text):
        return "sanction"
    # "pelanggaran disiplin itu termasuk postingan di akun pribadi pas libur?": what the term covers, when no side's
    # act is named ("komen dukung caleg di luar jam kerja, termasuk pelanggaran disiplin?" asks about that act)
    if _WHAT_THE_BREACH_COVERS.search(text) and not _SIDE_NAMED.search(text):
        return "definition"
    return "permission"


_LIABLE = prefiltered(r"\b(kena|kna|dihukum|disanksi|sanksinya|hukumannya|ikut kena|iso kena)\b", re.I)
_WHAT_THE_BREACH_COVERS = prefiltered(
    r"\b(termasuk|dihitung|dianggap|masuk|tetep dihitung|tetap dihitung)\b[^.?!]{0,30}\bpelanggaran\s+disiplin\b"
    r"|\bpelanggaran\s+disiplin\b[^.?!]{0,60}\b(termasuk|cuma|hanya|juga|jg)\b", re.I)
_SIDE_NAMED = prefiltered(r"\b(dukung\w*|caleg|capres|cawapres|paslon|calon|cagub|cabup|cawalkot|partai|kampanye\w*)\b", re.I)


# --- the frame ------------------------------------------------------------------

@dataclass(frozen=True)
class Frame:
    asserted: dict[str, frozenset[str]] = field(default_factory=dict)
    negated: dict[str, frozenset[str]] = field(default_factory=dict)
    question: str = "permission"
    # acts told only of a relative who is the sentence's subject ("Adik saya relawan, sering
    # pasang baliho. Saya PNS, saya kena?"): read on first use (a sentence-by-sentence pass),
    # since only entries about non-ASN relatives need them
    _others: Callable[[], frozenset[str]] | None = field(default=None, compare=False, repr=False)
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def others_acts(self) -> frozenset[str]:
        if "others" not in self._cache:
            self._cache["others"] = self._others() if self._others is not None else frozenset()
        return self._cache["others"]

    def for_relatives_entry(self) -> Frame:
        """This frame as an entry about a non-ASN relative reads it: without the relative's own
        acts (built once; the ranker asks for it for every such candidate)."""
        if "relatives" not in self._cache:
            others = self.others_acts
            asserted = dict(self.asserted)
            if others:
                asserted["act"] = self.get("act") - others
            self._cache["relatives"] = Frame(asserted, self.negated, self.question) if others else self
        return self._cache["relatives"]

    def get(self, slot: str) -> frozenset[str]:
        return self.asserted.get(slot, frozenset())

    def neg(self, slot: str) -> frozenset[str]:
        return self.negated.get(slot, frozenset())

    @property
    def outside_asn(self) -> frozenset[str]:
        """Actors the ASN rules do not bind, when no ASN actor is named. "Dia bukan ASN" only
        informs (the asker may be the ASN); the private sector named outright ("karyawan
        swasta boleh jadi jurkam?") decides, unless a relative is named too."""
        actors = self.get("actor")
        if actors & ASN_FAMILY:
            return frozenset()
        if self.get("target") & RELATIVES and "warga" not in actors:  # (the asker said they are outside)
            return actors - _WEAK_ACTORS - {"swasta"}
        return actors - _WEAK_ACTORS

    def to_json(self) -> dict:
        out: dict = {"question": self.question}
        for slot in SLOTS:
            vals = sorted(self.get(slot))
            if vals:
                out[slot] = vals
        negs = {slot: sorted(v) for slot, v in self.negated.items() if v}
        if negs:
            out["negated"] = negs
        return out


_CONSENTS = prefiltered(r"\b(meng?izinkan|izinkan|ngizinin|ngijinin|izinin|ijinin|ngizinkan|membolehkan|bolehin|ngebolehin|"
                       r"persilakan|mempersilakan|silakan|kasih\s+(izin|ijin)|beri\s+(izin|ijin)|memberi\s+(izin|ijin))\b", re.I)
# "atasan saya sudah kasih izin", "atasanku sudah izinkanmi": a superior's permission to the asker,
# no consent the asker gives and no permit an official issues
# the asker's superior, and what that superior gives or withholds (shared by the two patterns below)
_SUPERIOR = (r"(atasan\w*|pimpinan\w*|kepala (?:dinas|kantor|sekolah|bidang|bagian|opd|puskesmas|badan|seksi)|kadis|kaban|kabid|"
             r"kasubag|kasubbag|kepsek|camat|sekda|bos\w*)\s+((saya|sy|aku|ku|kami|gue|gw)\s+)?")
_GIVES = r"((kasih|ngasih|kasi|beri|memberi|memberikan)\s+)?"
_LEAVE_WORDS = r"izin|ijin|izinkan\w*|mengizinkan\w*|ngizinin|ngijinin|izinin|ijinin|ngizinkan|membolehkan|bolehin|ngebolehin"
_SUPERIOR_CONSENTS = prefiltered(
    r"\b" + _SUPERIOR + r"((sudah|udah|sdh|dah|udh|telah|juga|sdah)\s+)?" + _GIVES + "(" + _LEAVE_WORDS + r")\b", re.I)
# "atasan belum kasih izin", "kepsek gak ngizinin": the superior's permission is not (yet) given
_SUPERIOR_WITHHOLDS = prefiltered(
    r"\b" + _SUPERIOR + r"(belum|blm|tidak|tdk|gak|ga|gk|nggak|ngga|ndak|ora)\s+" + _GIVES
    + "(" + _LEAVE_WORDS + r"|acc|setuju|menyetujui|nyetujui)\b", re.I)
# "surat izin tertulis belum ada", "izinnya blm keluar": the permit named first, then denied
_PERMIT_NOT_YET = prefiltered(r"\b(surat\s+)?(izin|ijin)(nya)?\s+(tertulis(nya)?\s+)?(dari\s+\w+\s+)?(masih\s+)?(belum|blm|tidak|tdk|gak|ga|gk|nggak|ndak)\s+"
                             r"(ada|keluar|terbit|turun|dapat|dapet|dikasih|diberikan|ditandatangani|diteken)\b"
                             # "kepsek udah bilang boleh jadi KPPS, tp suratnya ga ada": the letter itself denied
                             r"|\b(surat|suratnya|hitam di atas putih)\s+((masih|sih|nya)\s+)?(belum|blm|tidak|tdk|gak|ga|gk|nggak|ndak)\s+"
                             r"(ada|keluar|terbit|turun|dikasih|diberikan|dibuat|dibikin)\b", re.I)
# "sudah minta izin ke direktur": the asker asking for leave, no permit an official issues
_ASKS_LEAVE = prefiltered(r"\b(minta|meminta|mnt|mohon|memohon|ngurus|urus|mengurus|ajukan|mengajukan|ngajuin|ajuin)\s+(izin|ijin)\b", re.I)
_LEAVE_FROM_SUPERIOR = prefiltered(
    r"\b(ada|dapat|dapet|dpt|udah|sudah|udh|sdh|punya|pake|pakai|dengan|dgn|kantongi|mengantongi)\s+(mi\s+|ji\s+)?(surat\s+)?(izin|ijin)\s+(tertulis\s+)?"
    r"(dari|dr)\s+(atasan|pimpinan|kepala|kadis|kepsek|direktur|camat|sekda|kaban|kabid|kasubag|bos|korwil)\w*\b", re.I)
# "boleh terima tawaran itu?": accepting an offer of a duty, not receiving a gift
_ACCEPTS_DUTY = prefiltered(r"\b(terima|menerima|nerima|trima|terimo)\s+(tawaran|tugas|penugasan|amanah|jabatan|permintaan)\w*"
                           r"|\b(tawaran|penugasan|permintaan)\w*\b[^.!]{0,40}\b(di)?terima\b"
                           # "keterima jadi anggota KPPS", "diterima sebagai PPS": selected for a post
                           r"|\b(keterima|ketrima|diterima|trima)\s+(jadi|jd|sebagai|sbg|menjadi|di)\b", re.I)
_GOODS = prefiltered(r"\b(uang|duit|amplop|hadiah|sembako|bingkisan|parsel|kaos|souvenir|suvenir|bantuan|transport|honor\w*|barang|"
                    r"sarung|beras|voucher|pulsa|bensin)\b", re.I)
_SOMEONE_ELSE_UPLOADS = prefiltered(r"\b(akun|ig|instagram|fb|facebook|tiktok|twitter|channel|kanal|web|website|situs|page|halaman|"
                                   r"kpu|bawaslu|bkn|media|portal)\b[^.?!,]{0,25}\b(yang|yg)\s+(upload|ngupload|unggah|mengunggah|"
                                   r"posting|ngepost|memposting|bagikan|membagikan|share)\w*\b"
                                   # "video yang diupload akun resmi KPU": the account uploaded it
                                   r"|\bdi-?(upload|unggah|posting|post|share|bagikan|bagiin)\w*\s+(oleh\s+|sama\s+|sm\s+)?(akun|ig|kpu|bawaslu|bkn|"
                                   r"media|portal|web|website|situs|channel|kanal)\b", re.I)
_RECEIVING = prefiltered(r"\b(terima|menerima|nerima|trima|terimo|diterima)\b", re.I)
# twenty-eighth session: a photo someone else uploaded ("sepupu sy yg upload di IG dia", "Kawan aku itu upload ke fb dan
# tag aku", "Timsesnya foto trus diupload di FB mereka", "yg upload malah calegnya sendiri")
_PHOTO_UPLOADED_BY_OTHERS = prefiltered(
    r"\b(temen|teman|tmn|kawan|konco|sepupu|istri|suami|adik|adikku|kakak|kakakku|ponakan|keponakan|ipar|timses\w*|tim sukses\w*|relawan\w*|"
    r"panitia|fotografer|admin\w*|caleg\w*|calon\w*|cabup\w*|cagub\w*|paslon\w*|tuan rumah|yang punya hajat|yg punya hajat|tamu lain|"
    r"orang lain|org lain|keluarga)\s+((saya|sy|aku|ku)\s+)?((itu|tsb|tersebut|malah|sendiri|juga|jg)\s+){0,2}((yang|yg|sing)\s+)?"
    r"(upload|ngupload|unggah|mengunggah|ngunggah|posting|ngepost|memposting|post)\w*\b"
    r"|\b(yang|yg)\s+(upload|ngupload|unggah|mengunggah|posting|ngepost)\w*\s+((itu|tuh|malah|justru)\s+)*(temen|teman|kawan|sepupu|timses|"
    r"relawan|panitia|fotografer|admin|caleg|calon|cabup|tuan rumah|orang lain)\w*\b"
    r"|\bdi-?(upload|unggah|posting|post)\w*\s+(oleh\s+|sama\s+|sm\s+|ama\s+)?(di\s+|ke\s+)?(fb|ig|facebook|instagram|akun)?\s*"
    r"(temen|teman|kawan|sepupu|timses\w*|relawan\w*|panitia|fotografer|admin\w*|caleg\w*|calon\w*|mereka|dia|beliau|orang|org)\b", re.I)
# "aku dak upload dewek", "ga sy upload", "bukan sy yg upload": the asker's own upload denied
_NOT_POSTED = prefiltered(r"\b(ga|gak|gk|g|nggak|ngga|tidak|tdk|dak|ndak|nda|ora|teu|bukan|bkn|belum|blm|enggak)\s+((saya|sy|aku|ak|gue|gw|ku)\s+)?"
                         r"((yang|yg)\s+)?(pernah\s+)?(ikut\s+)?(upload|ngupload|unggah|posting|share|repost|bagikan)\w*\b", re.I)
# "yg dulu kefollow", "yang sempat aku follow": an account followed before, told beside its unfollow
# "saya harus unfollow?": the account is still followed, and whether to undo it is the question
_UNFOLLOW_ASKED = prefiltered(r"\b(harus|hrs|perlu|wajib|mesti|musti|apa|apakah|perlukah|haruskah)\s+(\w+\s+)?(unfollow|unsubscribe|berhenti mengikuti)\b", re.I)
_FOLLOWED_BEFORE = prefiltered(r"\b(yg|yang|dulu|sempat|smpt|pernah|prnh|terlanjur|telanjur|udah lama)\s+(\w+\s+){0,3}?"
                              r"(ke-?|ter|ng|di)?(follow|folow|fllw|ikuti|subscribe)\w*", re.I)
# "saya boleh nyoblos dia?": the asker's own vote for someone, no call on others to vote
_OWN_VOTE = prefiltered(r"\b(saya|sy|aku|ak|gue|gw|kami|kita|abdi|ambo|beta|ulun|kulo|awak|boleh|blh|bolehkah|mau|bisa|nanti|ntar|meunang|oleh)\s+"
                       r"((arep|mau|akan|pengen|pgn|bakal|tetap|tetep|cuma|cm|mung|ameh|meh|emang|memang|juga|jg)\s+){0,2}"
                       r"(nyoblos|coblos|nyoblosin|mencoblos|pilih|milih|memilih)\s+(dia|beliau|dia orang|dheweke|deweke|anjeunna|anjeuna|manehna|inyo|dorang|ia)\b", re.I)
_NO_CALL = prefiltered(r"\b(ga|gak|gk|nggak|ngga|tidak|tdk|tanpa|bukan|ndak|ora|nda)\s+(\w+\s+)?"
                      r"(ajak|ngajak|mengajak|nyuruh|menyuruh|suruh|imbau|arahkan|ngarahin)\w*\b", re.I)
_OTHERS_VOTE = prefiltered(r"\b(ajak|ngajak|mengajak|suruh|nyuruh|minta|imbau|arahkan|jangan lupa|jgn lupa|ayo|yuk|mari)\b", re.I)
# "bupati terpilih udah dilantik": once inaugurated, the winner is an official, no longer a candidate
_INAUGURATED = prefiltered(r"\b((sudah|udah|udh|sdh|telah|baru|resmi|sdah)\s+(di)?lantik|dilantik|pelantikan(nya)?)\b", re.I)
# "bupati yg menang sudah dilantik": who the inaugurated official is, not a win celebrated
# (a head of government's race only: the caleg who won sits in a legislature as a party's member, no official)
_THE_WINNER = prefiltered(r"\b((capres|cawapres|cagub|cabup|cawalkot|paslon)\s+)?(yang|yg)\s+(menang|terpilih)\b"
                         r"(?=[^.?!]{0,20}\b(di)?lantik)", re.I)
_NO_LONGER_RUNNING = prefiltered(r"\b(bukan|udah bukan|sudah bukan|tidak lagi|gak lagi|ga lagi)\s+(calon|caleg|paslon)(\s+lagi)?\b",
                                re.I)
_DIRECTED = prefiltered(r"\b(di)?(arah|arahk|arahin|arahkan|ngarahin|mengarahkan)\w*\b", re.I)
_TALK_INVITE = prefiltered(r"\b(ajak|ngajak|ngjak|mengajak|ngajakin|diajak|diajakin)\w*\s+((saya|sy|aku|kami|kita|guru2?|para guru|aq)\s+)?"
                          r"(diskusi|dskusi|berdiskusi|ngobrol|ngobrolin|bahas|membahas|debat|berdebat|ngopi|makan|reuni)\b", re.I)
# "dia bukan calon, cuma mantan bupati yg udah ga nyalon lagi": the person is said to be no candidate
_NOT_RUNNING = prefiltered(
    r"\b(bukan|bkn|tidak|tdk|ga|gak|gk|nggak|ngga|udah ga|udah gak|sudah tidak|sdh tdk|udh ga)\s+(seorang\s+)?"
    r"(calon|caleg|paslon|kandidat|bakal calon|bacaleg|timses|tim sukses|relawan)\b(\s+(lagi|apa-apa|apa2|siapa-siapa|siapa2|siapapun))?"
    r"|\b(tidak|tdk|ga|gak|gk|nggak|ngga|ndak|nda|udah ga|udah gak|sudah tidak|udh ga|sdh tdk)\s+(nyalon|mencalonkan diri|maju|nyaleg)\s+(lagi|lg)\b",
    re.I)
_WITH_THE_OFFICIAL = frozenset({"foto", "posting", "share", "like", "komentar", "follow", "hadir", "pasang-apk", "undang"})
# "caption 'semoga amanah pak, kami siap mendukung'": support said, even to one in office
_SUPPORT_SAID = prefiltered(r"\b(men|ng)?dukung\w*|\bpilihan\s+(kita|kami|saya|sy|aku)\b|\bjagoan\w*", re.I)
_HEAD_OF_GOVERNMENT = prefiltered(r"\b(presiden|wapres|bupati|wabup|gubernur|wagub|wali ?kota|walkot|wawali)\b", re.I)
# "ormas yang ketuanya kebetulan caleg", "didirikan cabup": an organisation a candidate leads, founded or funds
_LED_BY_A_CANDIDATE = prefiltered(
    r"\b(ketua|ketuanya|ketum|pimpinan|pimpinannya|pemimpin\w*|pendiri|pendirinya|didirikan|dibentuk|pembina|pembinanya|penasihat\w*|"
    r"penasehat\w*|dibiayai|dimodali|punya|milik)\b\s+((\w+\s+){0,2}?)(caleg|calon|cabup|cagub|cawalkot|capres|paslon|bacaleg|kandidat)\b", re.I)
_CANDIDATE_NAMED = prefiltered(r"\b(caleg|calon|capres|cawapres|cagub|cabup|cawalkot|paslon|kandidat)\b", re.I)
_CANDIDATE_DENIED = prefiltered(rf"\b({_DENIED_BY}|bukan|bkn)\s+(\w+\s+){{0,3}}?(caleg|calon|capres|cawapres|cagub|cabup|cawalkot|paslon|kandidat)\b",
                               re.I)
_REMEMBER_THE_NUMBER = prefiltered(r"\b(ingat|inget|ingett|jangan lupa|jgn lupa|jan lupa)\s+(ya\s+)?(nomor|nomer|no|nmr)\.?\s*(urut\s*)?\d{1,2}\b", re.I)
# "ngajak staf jgn lupa coblos, tp g nyebut nm sp2", "tanpa menyebut nama siapa pun": nobody named, so no candidate either
_NAMES_NO_ONE = prefiltered(
    rf"\b{_DENIED_BY}\s+(\w+\s+)?(nyebut|nyebutin|menyebut|menyebutkan|sebut|sebutin|nyebt|nybut)\s+(nama|nm)\s*"
    r"(siapa[- ]?siapa|siapa2|sp2|spa2|siapa pun|siapapun|sp pun|siapa aja|siapa saja|orang|org)?(?!\s*(calon|paslon|caleg|capres|partai))\b"
    rf"|\b{_DENIED_BY}\s+(\w+\s+)?(nyebut|nyebutin|menyebut|menyebutkan|sebut|sebutin)\s+(siapa[- ]?siapa|siapa2|sp2|siapa pun|siapapun)\b", re.I)
# "ngingetin keluarga … 'pilih sesuai hati masing2' tanpa nyebut nama om yg nyaleg": the one running left unnamed
_RUNNER_UNNAMED = prefiltered(
    rf"\b{_DENIED_BY}\s+(\w+\s+)?(nyebut|nyebutin|menyebut|menyebutkan|sebut|sebutin)\s+(nama\s+|nm\s+)?(\w+\s+){{0,2}}?(yang|yg)\s+"
    r"(nyaleg|nyalon|nyapres|maju|jadi caleg|jadi calon)\b", re.I)
_A_SIDE_NAMED = prefiltered(r"\b(caleg|calon|capres|cawapres|cagub|cabup|cawalkot|paslon|kandidat|partai|nomor|nomer|no\.?\s*\d)\b", re.I)
# "caleg yang dulu temen kuliah saya … udah dilantik", "bupati yg baru dilantik (dulu calon)": the race is behind him
# (not a caleg: the one who won sits in a legislature as a party's member, no government official)
_FORMERLY_RUNNING = prefiltered(
    r"\b(dulu|dulunya|dahulu|mantan|bekas|eks)\s+(\w+\s+){0,2}?(calon|capres|cagub|cabup|cawalkot|paslon|kandidat)\b"
    r"|\b(calon|capres|cagub|cabup|cawalkot|paslon)\s+(yang|yg)\s+(dulu|dahulu)\b", re.I)
_CANDIDACY = prefiltered(r"\b(calon|caleg|capres|cawapres|cagub|cawagub|cabup|cawabup|cawalkot|paslon|nyalon\w*|nyaleg|"
                        r"mencalonkan|petahana|kandidat|incumbent|timses|tim sukses|tim pemenangan|relawan|kampanye|"
                        r"pendukung\w*|syukuran|kemenangan|menang|selamat|ucapin|ucapan|"
                        # his own account, not the government's: he may run again
                        r"(akun|ig|instagram|fb|facebook|tiktok|medsos|x) pribadi\w*)\b", re.I)
# "dapet broadcast kampanye caleg di WA": a message received, not sent
_RECEIVED_MESSAGE = prefiltered(
    r"\b(dapet|dapat|dpt|nerima|menerima|terima|kena|kiriman|dikirimi|dikirimin|dibanjiri|kebanjiran|banjir)\s+(\w+\s+)?(broadcast|bc|pesan berantai|forward\w*|terusan)\b",
    re.I)
# "brosur yang dibagiin di jalan", "video yang dishare temen": someone else shares, the asker did
# not ("… lalu dibagikan" alone is often the asker's own act, told in the passive)
_SHARED_BY_OTHERS = prefiltered(
    r"\b(yang|yg)\s+di(bagi\w*|sebar\w*|share\w*|forward\w*|teruskan|terusin|broadcast\w*)\b"
    # "di grup rt kadang ada yg share kampanye": some member shares
    r"|\bada\s+(yang|yg)\s+(\w+\s+)?(share|ngeshare|nyebar\w*|kirim|ngirim|bagi\w*|forward\w*)\b"
    r"|\bdi(bagi\w*|sebar\w*|share\w*|forward\w*|teruskan|terusin|broadcast\w*)\s+(oleh|sama|sm|ama|dari|temen\w*|teman\w*|"
    r"tim\w*|orang|org|relawan|timses)\b"
    # "grup WA alumni rame share2 konten caleg": the group's members share, the asker reads
    r"|\b(grup|group|grp|anggota|member|orang-orang|orang2|temen2|teman-teman|mereka)\b[^.?!]{0,30}\b(rame|ramai|sering|suka|pada)\s+"
    r"(share\w*|sebar\w*|bagi\w*|posting\w*|forward\w*)"
    r"|" + _RECEIVED_MESSAGE.pattern, re.I)
_ASKER_SHARES = prefiltered(r"\b(bagi|bagiin|bagikan|membagikan|ngebagiin|share|ngeshare|nge-share|sebar|sebarin|sebarkan|"
                           r"menyebarkan|nyebarin|forward|ngeforward|terusin|teruskan|meneruskan|repost|ngerepost|bc|"
                           r"broadcast|kirim\w*|ngirim\w*)\b", re.I)
_NOT_SHARED = prefiltered(r"\b(nggak|ngga|gak|ga|gk|tidak|tdk|enggak|ndak|nda|bukan|belum|blm)\s+((aku|saya|sy|gue|gw|ku)\s+)?"
                         # "ga pernah komen/like/kirim apa pun": a list of what the asker never did
                         r"(pernah\s+)?(ikut\s+)?([\w-]+\s*[/,]\s*){0,3}(bagi\w*|share\w*|sebar\w*|forward\w*|terus\w*|repost\w*|kirim\w*)\b", re.I)
_HANDSHAKE = prefiltered(r"\b(ber)?salam(an|-salaman)\b", re.I)
_POSE_WORD = prefiltered(r"\b(pose|berpose|gaya|salam|jari|jempol|metal|saranghae)\b", re.I)
# "bukan saya yang pasang, spanduk itu dipasang suami saya": the banner is someone else's act
_PUT_UP_BY_OTHERS = prefiltered(
    r"\bbukan\s+(saya|sy|aku|gue|gw|kami|awak|ambo|beta|lon|tiang|kula|abdi|aye)\s+(yang|yg)\s+(pasang|masang|memasang|nempel|menempel|tempel|naruh|naro)\b"
    # "pemilik lama ninggalin baliho caleg di dinding": left behind by a former owner or tenant
    r"|\b(pemilik|penghuni|penyewa|yang punya|yg punya)\s+(rumah\s+)?(lama|sebelumnya|dulu)\s+(ninggalin|ninggal|meninggalkan|tinggalin|nyisain)\b"
    r"|\bdi(pasang|tempel|pajang)(in|kan)?\s+(oleh\s+|sama\s+|sm\s+|ama\s+)?(suami|istri|bapak|ayah|ibu|mertua|adik|kakak|"
    r"anak|ortu|orang tua|tetangga|tim\w*|relawan|orang|org|pemilik|yang punya)\b"
    # "TETANGGA SAYA PASANG BALIHO …", "tim sukses nempel stiker …": someone else named as the one who puts it up
    r"|\b(tetangga|tetanga|temen|teman|tmn|suami|istri|bapak|ayah|ibu|mertua|adik|kakak|anak|ortu|timses|tim\s+sukses|"
    r"tim\s+pemenangan|relawan|orang|org)\s+((saya|sy|aku|ku|kami)\s+)?(pasang|masang|memasang|nempel|nempelin|menempel|"
    r"tempel|naruh|naro|psg)\w*\b", re.I)
_ASKER_PUTS_UP = prefiltered(r"\b(saya|sy|aku|gue|gw|kami)\s+(\w+\s+){0,2}?(pasang|masang|memasang|nempel|menempel|tempel)\w*\b", re.I)
# the asker puts a banner up, helps, agrees to it or rents the wall out: "pns psg spandk caleg dpn rmh sndri", "aku ikut masang",
# "gue cuma manjat", "aku yo ngeiyani", "sewa tembok samping rumah buat baliho"
_ASKER_PUTS_IT_UP = prefiltered(
    r"\b(saya|sy|aku|gue|gw|kami|pns|asn|pppk)\s+(?!(gak|ga|gk|g|tidak|tdk|nggak|ngga|ndak|nda|bukan|bkn|ora|tra|belum|blm)\s)"
    r"(\w+\s+){0,2}?(?<!gak )(?<!ga )(?<!tidak )(?<!nggak )(pasang|psg|masang|memasang|nempel|menempel|tempel|pasangin|masangin)\w*\b"
    r"|\b(ikut|bantu|bantuin|cuma|cuman)\s+(pasang|psg|masang|masangin|manjat|nempel)\b"
    r"|\b(ngeiyani|ngiyani|iyain|iyakan|mengiyakan|ngebolehin|bolehin)\b"
    r"|\b(sewa|sewakan|nyewain|menyewakan|disewa|sewain)\w*\s+(\w+\s+){0,2}?(tembok|dinding|pagar|lahan|tanah|rumah)\b", re.I)
# "sy izin dtg tlt ke kntor krn nyoblos": leave asked of the office, no permit an official issues
_LEAVE_REQUEST = prefiltered(r"\b(izin|ijin|ijn|izn)\s+(datang|dtg|dateng|masuk|msk)\s+(telat|terlambat|tlt|siang)\b"
                            r"|\b(izin|ijin|ijn|izn)\s+(pulang|plg|keluar|tidak masuk|gak masuk|ga masuk|gk masuk|nggak masuk|"
                            r"sebentar|sbntr|setengah hari|cuti)\b"
                            # "izin kerja sebentar buat nyoblos", "izin telat masuk kantor sejam buat nyoblos": leave to vote
                            r"|\b(izin|ijin|ijn|izn)\s+(telat|terlambat|tlt|kerja sebentar|keluar kantor)\b"
                            r"|\b(izin|ijin|ijn|izn)\s+(\w+\s+){0,4}?(buat|untuk|utk|mau)\s+(nyoblos|mencoblos|coblos|memilih|milih|ke tps)\b", re.I)
# "nonton video debatnya di youtube", "liat story temen": media watched, not posted
_WATCHED_MEDIA = prefiltered(r"\b(nonton|nntn|tonton|menonton|lihat|liat|melihat|buka|ngebuka|klik|dengar|denger|baca|scroll)\s+"
                            r"((\w+)\s+)?(video|konten|story|status|tweet|postingan|meme|reels|live)\w*\b"
                            # "postingan temen yg dukung calon cuma sy baca doang": the post first, the reading after
                            r"|\b(postingan|status|story|video|konten|tweet|reels)\w*\b[^.?!]{0,40}\b(cuma|hanya|cm|cuman)\s+"
                            r"((saya|sy|aku|gue|gw)\s+)?(baca|liat|lihat|nonton|tonton|dengar|denger|scroll)\b", re.I)
# "foto bareng ketua Bawaslu", "ketua KPPS minta …": an officer of an election body, not a party office of the asker's
_BODY_OFFICER = prefiltered(
    r"\b(ketua|sekretaris|bendahara|anggota|komisioner)\s+(kpu\w*|bawaslu|dkpp|panwas\w*|kpps|pps|ppk|pantarlih|gakkumdu)\b", re.I)
# "Temen saya posting dukungan paslon … saya cuma lihat di beranda": the post is someone else's
_OTHERS_POST = prefiltered(
    r"\b(temen|teman|kawan|rekan|tetangga|orang|dia|beliau|mereka|atasan|om|tante|saudara|sepupu)\s+((saya|sy|aku|ku|gue|gw|kantor|sekantor)\s+)?"
    r"(sering\s+|rajin\s+|lagi\s+|suka\s+|tiap hari\s+)?(posting|ngepost|memposting|upload|ngupload|mengunggah|unggah)\w*\b", re.I)
# "cuma baca postingan kampanye di beranda", "ngrungokke iklan kampanye lewat radio": the campaign is
# what the asker reads, watches or hears, not an event the asker attends
_CAMPAIGN_CONTENT = prefiltered(
    r"\b(iklan|postingan|posting|konten|video|brosur|materi|status|unggahan|story|pesan|siaran|tayangan|spot|jingle|broadcast|bc|"
    r"isi|isinya|isinye|share|ngeshare|kirim|ngirim|nyebar|nyebarin)\s+(\w+\s+)?(kampanye|kampnye|kmpanye)\b"
    # "nonton kampanye paslon di youtube": a campaign watched on a screen, not attended
    r"|\b(nonton|menonton|tonton|liat|lihat|melihat|nntn)\s+(\w+\s+)?(kampanye|kampnye|kmpanye)\b(?=.{0,40}\b(youtube|yt|tv|televisi|"
    r"live|siaran|streaming|tiktok|ig|instagram|fb|facebook|online|daring|hp|layar)\b)", re.I)
# "ada kampanye rapat umum capres … boleh nonton live streamingnya di hp di rumah?": watched from afar, not attended
_WATCHED_REMOTELY = prefiltered(
    r"\b(nonton|menonton|tonton|nntn|liat|lihat|melihat)\s+(\w+\s+)?(live\s*streaming|streaming|siaran langsung|live)\w*\b", re.I)
_NOT_GOING = prefiltered(r"\b(ga|gak|gk|g|nggak|ngga|tidak|tdk|ndak|nda|ora|tra|bukan|bkn)\s+(\w+\s+){0,2}$", re.I)
_GOES_THERE = prefiltered(r"\b(dateng|datang|hadir|menghadiri|ke lokasi|ke lapangan|ke stadion|ikut)\b", re.I)
_ASKER_POSTS = prefiltered(r"\b(posting|ngepost\w*|post|upload|unggah\w*|ngunggah|tweet|ngetweet|cuit\w*|"
                          r"(bikin|buat|membuat|pasang|update|bkin)\s+(video|konten|status|story|meme|reels|tweet)\w*)\b", re.I)
# twenty-ninth session: the asker's own post or reply, in a group where others share ("sy bales pake video klarifikasi")
_ASKER_SENDS = prefiltered(rf"\b(saya|sy|aku|gue|gw)\s+({_NOT_A_NEGATOR}\w+\s+)?(bales|balas|bls|kirim|ngirim|share|forward|posting|upload)\w*\b|"
                          + _ASKER_POSTS.pattern, re.I)
_KTP_FOR_SUPPORT = prefiltered(
    r"\b(kumpul\w*|ngumpul\w*|dikumpul\w*|fotokopi\w*|fotocopy|fc|kopi|copy|setor\w*|nyetor\w*|serah\w*|nyerahin|minta\w*|"
    r"dimintai|kasih\w*|ngasih\w*|dukungan|dukung\w*|catut\w*|dicatut|pinjam\w*|minjem\w*|foto|data)\b.{0,30}\b(ktp|e-ktp|ktp-el)\b"
    r"|\b(ktp|e-ktp|ktp-el)\b.{0,40}\b(dukungan|dukung\w*|calon|caleg|paslon|perseorangan|dpd|dikumpul\w*|diminta|dicatut|dipakai|dipake|"
    r"disetor|diserahkan|dikasih|dipinjam)\b",
    re.I | re.S)
# "jangan lupa bawa undangan & KTP'. Gak nyebut calon": a voter's papers at the polling station, no support
# handed over (with the few words after them, which the support check must not read as the card's purpose)
# the asker was the one invited: "dapet undangan deklarasi", "sy diundang ke syukuran paslon"
_GOT_AN_INVITATION = prefiltered(r"\b(dapet|dapat|dpt|terima|nerima|menerima|ada|dikirimi|dikirim|dikasih)\s+(\w+\s+)?undangan\b"
                                r"|\b(saya|sy|aku|aq|gue|gw|kami)\s+(\w+\s+)?diundang\b|^\W*diundang\b", re.I)
_NOT_YET_OFFICIALLY = prefiltered(r"\b(belum|blm|blum|belom)\s+(resmi|official|secara resmi)\s+(nyalon|mencalonkan|dicalonkan|jadi calon|"
                                 r"menjadi calon|calon|maju|daftar|mendaftar|didaftarkan|ditetapkan|deklarasi)\b", re.I)
_PINS_CAMPAIGN = prefiltered(r"\b(pin|ngepin|nge-pin|sematkan|menyematkan|sematin)\s+(\w+\s+)?(pesan|postingan|info|chat|status|broadcast)\w*\s+"
                            r"(\w+\s+)?(kampanye|calon|caleg|paslon|capres|cagub|cabup|partai|timses|dukungan)\b", re.I)
_SAYS_VOTE_FOR = prefiltered(r"\b(bilang|ngomong|bilangin|sampaikan|nyampein|pesan|pesen|titip|kasih tau|kasih tahu|kabari|ajak|"
                            r"jawab|njawab|menjawab|bales|balas|nyeletuk|celetuk)\b"
                            r"[^\"“”]{0,60}[\"“]([\s,]*(ayo|yuk|ayok|jangan lupa|jgn lupa|wis|wes|to|udah|udh|pokoknya|mbok|tolong|pada|kalian|sampeyan|njenengan)\b)*[\s,]*"
                            # (not "pilih sesuai hati nurani", "pilih siapa aja": a vote with no side)
                            r"\s*(\w+\s+){0,2}?(?<!hak )(coblos|pilih|milih|dukung|bantu)\b(?!\s+(sesuai|siapa|yang terbaik|yg terbaik|hati|dengan hati))", re.I)
# (broader than _GOT_AN_INVITATION: the one invited may be the official asked about, "lurah diundang ke …")
_BEING_INVITED = prefiltered(r"\bdiundang\b|\b(dapet|dapat|dpt|terima|nerima|menerima|dikirimi|dikasih)\s+(\w+\s+)?undangan\b", re.I)
_INVITING = prefiltered(r"\b(mengundang|ngundang|ngundangin|undangin|undanglah|mengundangnya)\b"
                       r"|\b(undang|bikin|buat|buatin|ketik|ngetik|kirim|ngirim|sebar|nyebar|menyebar|teken|tanda tangan|tandatangan|"
                       r"tandatangani|menandatangani|mengirim|membuat)\s+(\w+\s+)?(undangan|undangannya|calon|caleg|paslon|cabup|cagub|"
                       r"bupati|petahana|kandidat)\b", re.I)
_VOTER_PAPERS = prefiltered(r"\b(bawa|membawa|dibawa|siapkan|siapin|jangan lupa|jgn lupa)\b.{0,25}\b(undangan|c6|c-6|formulir c|ktp|e-ktp|ktp-el)\b"
                           r".{0,20}\b(ke\s+tps|ktp|e-ktp|undangan|c6)?", re.I)
# "warga minta cetak KTP-el", "caleg dateng mau ganti KTP rusak": an identity card issued as a public
# service, not handed over as support for a candidate
_KTP_SERVICE = prefiltered(
    r"\b(cetak|nyetak|mencetak|rekam|perekaman|urus|ngurus|mengurus|ganti|bikin|perpanjang|layani|melayani|pelayanan|"
    r"penerbitan|terbitkan|nerbitin)\s+(\w+\s+)?(ktp|e-ktp|ktp-el)(-el)?\b"
    # "didatangi petugas Pantarlih buat coklit dan saya kasih lihat KTP": shown to the officer updating the voter list
    r"|\b(pantarlih|coklit|pencocokan dan penelitian|pendataan pemilih|petugas pendata)\b[^?]{0,80}\b(kasih|ngasih|tunjukin|tunjukkan|"
    r"nunjukin|lihatin|liatin|perlihatkan)\s+(lihat\s+|liat\s+)?(\w+\s+)?(ktp|e-ktp|ktp-el|kk)\b", re.I)
# "cuma baca2 postingan paslon": posts read, not posted
_READS_POSTS = prefiltered(
    r"\b(baca\w*|membaca|liat\w*|lihat\w*|ngeliat\w*|melihat|nonton|menonton|scroll\w*|mantengin|ngepoin|kepoin|stalk\w*|"
    r"ngikutin perkembangan)\s+(\w+\s+){0,2}?(postingan|unggahan|konten|story|status|video|reels|tweet|cuitan)\w*\b"
    # "video kampanye cawalkot sering lewat di FYP TikTok, sy tonton aja": what the feed shows the asker
    r"|\b(postingan|unggahan|konten|video|reels|story|iklan)\w*\s+(\w+\s+){0,3}?(sering\s+|suka\s+|selalu\s+|terus\s+)?"
    r"(lewat|muncul|nongol|masuk|keluar)\s+(di|ke)\s+(fyp|beranda|timeline|tl|feed|for you|explore)\b", re.I)
# "cuma baca broadcast kampanye di grup": a message read, not passed on
_READS_MESSAGES = prefiltered(
    r"\b(baca\w*|membaca|liat\w*|lihat\w*|ngeliat\w*|melihat|buka|ngebuka|dengerin|denger)\s+(\w+\s+){0,2}?"
    r"(broadcast|bc|pesan|chat|forward\w*|kiriman|terusan|vn|voice note)\w*\b", re.I)
# "grup alumni, kadang ada yg share kampanye": the members share, not the asker
_OTHERS_SHARE = prefiltered(
    r"\b(ada\s+(\w+\s+){0,2}?(yg|yang)|anggota\w*|member\w*|orang2|orang-orang|org2|(yg|yang)\s+lain|teman2|temen2|teman-teman|mereka)\s+"
    r"((suka|sering|kadang|kadang2|kadang-kadang|biasa|rajin|pada|juga|jg)\s+){0,2}"
    r"(bagi\w*|share\w*|ngeshare|sebar\w*|nyebar\w*|forward\w*|ngeforward|terus\w*|kirim\w*|ngirim\w*|posting\w*|broadcast|bc|repost\w*)\b"
    # "grup WA keluarga isinya broadcast kampanye mulu": what the group carries
    r"|\bisi(nya|ny)?\s+(\w+\s+)?(broadcast|bc|forward\w*|kiriman|share\w*|sebaran)\b"
    # twenty-ninth session: "isinya byk yg share kmpanye": many members share
    r"|\b(banyak|byk|bnyk|bnyak|sering|kadang|kadang2)\s+(yg|yang|org|orang)\s+(bagi\w*|share\w*|ngeshare|sebar\w*|nyebar\w*|"
    r"forward\w*|kirim\w*|ngirim\w*|posting\w*|broadcast|bc)\b",
    re.I)
# "bahas pentingnya tolak politik uang", "bahaya politik uang dan hoaks": money politics as what is warned
# against, not a handout of the asker's
_PRIZE = prefiltered(r"\b(hadiah|hadiahnya|hadiahe|doorprize|door prize)\b(?=[^.?!]{0,40}\b(lumayan|juara|menang|lomba|kuis|gede|besar)\b)"
                    r"|\b(lomba|kuis|juara|menang)\b[^.?!]{0,60}\b(hadiah|hadiahnya|doorprize)\b", re.I)
_AGAINST_MONEY_POLITICS = prefiltered(
    r"\b(tolak|menolak|nolak|bahaya\w*|hindari|menghindari|anti|lawan|melawan|cegah|mencegah|stop|jauhi|waspada\w*|"
    # ("ajakan Bawaslu 'laporkan politik uang'": reported, as the election bodies ask)
    r"dampak|larangan|pencegahan|penolakan|tentang|soal|bahas|membahas|lapor|laporkan|melaporkan|laporin|awasi|mengawasi|"
    r"berantas|memberantas)\s+(\w+\s+)?(politik uang|money politic\w*|serangan fajar)\b", re.I)
# a civic message with no side: "spanduk 'Tolak Politik Uang'", "banner 'Pemilu Damai'", "'Jangan Golput'"
_CIVIC_MESSAGE = prefiltered(
    r"\b((tolak|anti|stop|lawan)\s+(politik uang|money politic\w*|serangan fajar|hoaks|hoax|golput)|pemilu damai|pilkada damai|"
    r"jangan golput|ayo (ke tps|memilih|nyoblos)|gunakan hak pilih\w*|pemilu (jujur|bersih|berintegritas)|"
    r"jaga (persatuan|kerukunan)|beda pilihan tetap (saudara|rukun|bersatu))\b", re.I)
_OFFICIAL_BODIES = frozenset({"pemerintah", "penyelenggara"})
# where someone works: "(yang) kerja di BKPSDM", "PNS di dinas PU", "staf Kesbangpol"
_WORKPLACE = prefiltered(
    r"\b(kerja|bekerja|kerjo|ngantor|berkantor|staf|staff|pegawai|pns|asn|pppk|honorer|cpns|guru|perawat|bidan)\s+"
    r"(di|ing|nang|neng|ning|nag)\s+((kantor|dinas|badan|bagian|bidang|sekretariat|setda)\s+)?[\w-]+",
    re.I)
# "kpla dinas ngerahin stafnya dtg kampanye": the head of an office is a person, the asker's superior
_OFFICE_HEAD = prefiltered(r"\b(kepala|kpl|kpla|kep)\s+(dinas|kantor|badan|bagian|bidang|dinasnya|kantornya)\b|\bkadis\b", re.I)
_TEACHER = prefiltered(r"\b(meng?ajar\w*|ngajar\w*|dosen|guru|pengajar)\b", re.I)
_NOT_THE_SITUATION = prefiltered(
    r"\b(termasuk|kaasup|kalebet|dianggap|dihitung|diitung|terhitung|tergolong|masuk kategori|itungannya|dicap)\s+"
    r"(sebagai\s+|sbg\s+|ke\s+|ke dalam\s+)?(kegiatan\s+)?(kampanye|kmpnye|kampanya)\b"
    # "… aku silent aja. itu dianggap gabung grup pemenangan?": the prohibition asked about, not the situation
    r"|\b(termasuk|dianggap|dihitung|diitung|terhitung|tergolong|itungannya)\s+(sebagai\s+|sbg\s+)?(gabung|bergabung|ikut|masuk|jadi|anggota)\s+"
    r"(grup|group|grp|tim)\s+(pemenangan|sukses|kampanye|timses)\b"
    # "sy jawab condong ke nomor 2. itu udah ngajak blm?": whether it counts as a call, asked last
    r"|\b(itu|gitu|begitu|ini)\s+(udah|sudah|udh|sdh|dah|termasuk|masuk|dianggap)\s+(ngajak|mengajak|ajakan|kampanye)\s+"
    r"(blm|belum|gak|ga|gk|nggak|tidak|bukan|apa|ya)\b"
    r"|\b(yang|yg)\s+(dilarang|gak boleh|ga boleh|gk boleh|nggak boleh|tidak boleh|ndak boleh)\s+(itu\s+)?"
    r"[^.?!,]{3,60}?\s+(doang|saja|aja|thok|wae)\b(\s+(kan|toh|ya|yah))?"
    # "… boleh kan? bukan nobar yg diadain timses lho": the event ruled out is the team's, not the asker's situation
    r"|\b(bukan|bkn)\s+(\w+\s+){0,2}?(yang|yg)\s+(diadain|diadakan|diadakn|dibikin|dibuat|digelar|dari|dr|punya)\s+"
    r"(timses|tim sukses|tim pemenangan|tim kampanye|relawan|partai|paslon|caleg|calon)\b"
    # "kalau follow akun capres kan jelas gak boleh": the prohibited counterpart the asker already knows
    r"|\b(kalau|kalo|klo|kl|sedangkan|sementara)\s+[^.?!,]{3,60}?\s+(kan\s+|sih\s+)?(jelas|emang|memang|pasti|sudah pasti|"
    r"udah pasti|tentu)\s+((gak|ga|gk|nggak|ngga|tidak|tdk|ndak)\s+boleh|dilarang|terlarang|melanggar)\b"
    # "klo sebut calon kan ga boleh, tp yg umum gini boleh kan?": the counterpart, then the question
    r"|\b(kalau|kalo|klo|kl)\s+[^.?!,]{3,60}?\s+(kan|sih)\s+((gak|ga|gk|nggak|ngga|tidak|tdk|ndak)\s+boleh|gaboleh|gakboleh|dilarang|terlarang|"
    r"melanggar)\b(\s+(ya|yah|kan))?(?=\s*[,;.]?\s*(tapi|tp|tetapi|sedangkan|nah|kalau|klo|kalo|yang|yg)\b)"
    # "… boleh kan? yang dilarang kan komen di akun caleg", "yang dilarang itu like postingan caleg, betul?"
    r"|\b(yang|yg)\s+(dilarang|gak boleh|ga boleh|gk boleh|nggak boleh|tidak boleh)\s+(kan|kn|itu kan|tuh|itu)\s+[^.?!,]{3,60}?"
    r"(\s*,?\s*(betul|bener|benar|kan|ya|toh))?\s*(?=[?!.]|$)"
    # "… aman kan? beda sm like akun timses kan?", "apa bedanya dengan share info dari KPU?": what it is
    # told apart from (not a time told apart: "sanksinya beda dengan sebelum ditetapkan?")
    r"|\bbeda(nya)?\s+((kan|kn|dong|ya|apa|apaan)\s+)?(sama|sm|ama|dengan|dgn|dari|dr)\s+(?!(sebelum|sesudah|setelah|saat|waktu|pas|ketika|masih)\b)"
    r"[^.?!,]{3,60}?(\s+(kan|ya|dong|toh|kah))?\s*(?=[?!.]|$)"
    # "ngerti, PNS ga boleh jd anggota partai. tapi …": the rule already known
    r"|\b(ngerti|paham|mengerti|tau|tahu|oke|ok)\s*[,:]\s*[^.?!]{3,80}?\s+((gak|ga|gk|nggak|tidak|tdk)\s+boleh|dilarang)\b[^.?!]{0,40}[.!]"
    # "Sy udah baca kalau ASN gak boleh like postingan akun caleg. Nah kalau …": the rule already known
    r"|\b(saya|sy|aku|gue|gw|beta|sa|ambo|ulun|awak)\s+(udah|sudah|udh|sdh|su)\s+(baca|tahu|tau|denger|dengar|paham|ngerti|mengerti)\s+"
    r"(kalau|kalo|klo|bahwa)\s+[^.?!]{3,80}?\s+((gak|ga|gk|nggak|tidak|tdk|ndak|sonde|tra|indak)\s+boleh|dilarang)\b[^.?!]{0,40}[.!]",
    re.I)
# an election body's own post or account, and what it is about: "postingan akun resmi KPU soal
# jadwal debat capres": the candidates are its topic, not a target
_OFFICIAL_CONTENT = prefiltered(
    r"\b(akun|postingan|posting|postingannya|unggahan|konten|web|website|situs|laman|kanal|channel|ig|instagram|twitter|"
    r"fb|facebook|youtube|yt|tiktok|siaran|rilis|pengumuman|infografis|video)\s+(resmi\s+)?((dari|punya|milik|bikinan|buatan)\s+)?(kpu|kpud|bawaslu|bkn|dkpp)\b"
    r"(\s+(\w+\s+){0,2}?(soal|tentang|ttg|terkait|mengenai|berisi|isinya|yang berisi|yg berisi|yang bahas|yg bahas|"
    r"posting|memposting|ngepost|unggah|mengunggah|upload|umumkan|mengumumkan|ngumumin|bagikan|membagikan)"
    r"[^.?!,]{0,50})?"
    # … and said the other way round: "share jadwal debat capres dari akun KPU", "video debat capres yg diupload
    # channel youtube KPU"
    r"|\b(jadwal|video|poster|info|informasi|pengumuman|konten|postingan|siaran|debat|infografis|tayangan|live)\b[^.?!,]{0,40}?"
    r"\b(dari|di|oleh|diupload|diunggah|dibagikan|diposting|dipost|punya|milik)\s+((yang|yg)\s+)?(\w+\s+){0,2}?"
    r"(akun|web|website|situs|laman|kanal|channel|ig|instagram|twitter|fb|facebook|youtube|yt|tiktok)\s+(\w+\s+)?(resmi\s+)?(kpu|kpud|bawaslu)\b",
    re.I)
# a news outlet's report on how the election runs: "postingan berita Kompas tentang jalannya debat
# capres": the candidates are the report's topic, not a target (news praising one is not this)
_NEWS_ON_THE_PROCESS = prefiltered(
    r"\b(berita|artikel|liputan|reportase|portal berita|media)\s+(\w+\s+){0,2}?(tentang|soal|ttg|terkait|mengenai|yang bahas|yg bahas)\s+"
    r"((jalannya|hasil|jadwal|tahapan|proses|pelaksanaan|penyelenggaraan|suasana|persiapan)\s+)?"
    r"(debat|tahapan|jadwal|pelaksanaan|penyelenggaraan|pemungutan|penghitungan|rekapitulasi|pendaftaran|pengundian)\b[^.?!,]{0,40}",
    re.I)


_READ: dict[tuple, Frame] = {}  # the frames last read, by text and reading (a Frame never changes)


def extract(text: str, lex: Lexicon | None = None, qtype: str | None = None,
            correct: Callable[[str], str] | None = None,
            tagged: list[tuple[str, bool]] | None = None, with_relatives: bool = True) -> Frame:
    """The question's frame; ``correct`` maps a misspelt token to a known word (the matcher's),
    ``tagged`` passes the question's tagged tokens when the caller has them already.

    One answer reads the same text more than once (the ranker, the relatives' pass, each
    reading that sets words aside), so the last few hundred frames are kept."""
    lex = lex or default_lexicon()
    key = (text, lex.version, qtype, correct, with_relatives)
    frame = _READ.get(key)
    if frame is None:
        frame = _READ[key] = _extract(text, lex, qtype, correct, tagged, with_relatives)
        if len(_READ) > 512:
            try:
                del _READ[next(iter(_READ))]  # the oldest
            except (KeyError, RuntimeError, StopIteration):  # another thread got there first
                pass
    return frame


def _extract(text: str, lex: Lexicon, qtype: str | None, correct: Callable[[str], str] | None,
             tagged: list[tuple[str, bool]] | None, with_relatives: bool) -> Frame:
    typ = types(lex)

    def _said_elsewhere(pattern: re.Pattern[str], text: str, slot: str, value: str) -> bool:
        """Whether ``value`` is still in the ``slot`` of ``text`` once the words ``pattern``
        matches are left out ("atasan sudah izinkan": is a permit named anywhere else?)."""
        return value in extract(pattern.sub(" ", text), lex, qtype, correct, with_relatives=False).get(slot)

    def _drop_said_only_in(pattern: re.Pattern[str], text: str, asserted: dict[str, set[str]],
                           pairs: tuple[tuple[str, str], ...]) -> None:
        """Drop each (slot, value) of ``pairs`` that only ``pattern``'s words assert ("takut dikira kampanye"),
        reading the text without them once for all of them (``_said_elsewhere`` reads it once per value)."""
        present = [(slot, value) for slot, value in pairs if value in asserted.get(slot, set())]
        if not present:
            return
        left = extract(pattern.sub(" ", text), lex, qtype, correct, with_relatives=False)
        for slot, value in present:
            if value not in left.get(slot):
                asserted[slot].discard(value)

    # "Éta kaasup kampanye teu?", "yang dilarang follow akun calon doang kan?": the category
    # asked about, or the prohibited counterpart, is not part of the asker's situation
    reduced = _NOT_THE_SITUATION.sub(" ", text)
    if reduced != text and reduced.strip():
        text, tagged = reduced, None
    toks = tagged if tagged is not None else tagged_tokens(text, lex)
    if correct is not None:
        toks = [(correct(t), neg) for t, neg in toks]
    words = [t for t, _ in toks]
    asserted: dict[str, set[str]] = {}
    negated: dict[str, set[str]] = {}
    hits: list[tuple[int, int, str, str]] = []
    for i, word in enumerate(words):
        for pattern, slot, value in typ.by_first.get(word, ()):
            n = len(pattern)
            if tuple(words[i:i + n]) == pattern:
                hits.append((i, i + n, slot, value))
    # "izin tertulis" is the manner "berizin"; the "izin" inside it is not also the act
    # "keputusan" (a permit an official grants): a pattern inside a longer one yields to it.
    # A side named inside an act ("pengurus partai", "anggota partai") is still the act's target,
    # though "bukan anggota partai" denies the membership, not every party.
    longer = [h for h in hits if h[1] - h[0] > 1]  # only a pattern of two words or more can hold another
    for start, end, slot, value in hits:
        if longer and any(s <= start and end <= e and (e - s) > (end - start) and sl != slot for s, e, sl, _ in longer) and not (
                slot == "target" and value in POLITICAL and not any(neg for _, neg in toks[start:end])):
            continue
        if value == "organisasi" and words[start:end] in (["rt"], ["rw"]) and _TITLED_RT.search(text) \
                and not _UNTITLED_RT.search(_TITLED_RT.sub(" ", text)):
            continue  # "ditawarin pak RT": the neighbourhood head as a person, not an organisation
        is_neg = any(neg for _, neg in toks[start:end])
        (negated if is_neg else asserted).setdefault(slot, set()).add(value)
    # "izin" alone is the asker's permission; consent given is said with a verb ("saya izinkan dia")
    if "mengizinkan" in asserted.get("manner", set()) and not _CONSENTS.search(text):
        asserted["manner"].discard("mengizinkan")
    # "gak pake izin", "tanpa izin atasan": the asker's permission denied, not a consent withheld
    if "mengizinkan" in negated.get("manner", set()) and not _CONSENTS.search(text):
        negated["manner"].discard("mengizinkan")
        negated["manner"].add("berizin")
    if _SUPERIOR_WITHHOLDS.search(text) or _PERMIT_NOT_YET.search(text):
        negated.get("manner", set()).discard("mengizinkan")
        negated.setdefault("manner", set()).add("berizin")
        if _PERMIT_NOT_YET.search(text):  # ("izin tertulis" read as the manner before its denial)
            asserted.get("manner", set()).discard("berizin")
    elif _SUPERIOR_CONSENTS.search(text) and not _CONSENTS.search(_SUPERIOR_CONSENTS.sub(" ", text)):
        asserted.get("manner", set()).discard("mengizinkan")
        asserted.setdefault("manner", set()).add("berizin")
        if "keputusan" in asserted.get("act", set()) and not _said_elsewhere(_SUPERIOR_CONSENTS, text, "act", "keputusan"):
            asserted["act"].discard("keputusan")
    if ("keputusan" in asserted.get("act", set()) and _ASKS_LEAVE.search(text)
            and not _said_elsewhere(_ASKS_LEAVE, text, "act", "keputusan")):
        asserted["act"].discard("keputusan")
    # "kalo ada mi izin dari kepala dinas": a superior's permission to the asker, no permit issued
    if _LEAVE_FROM_SUPERIOR.search(text):
        if "keputusan" in asserted.get("act", set()) and not _said_elsewhere(_LEAVE_FROM_SUPERIOR, text, "act", "keputusan"):
            asserted["act"].discard("keputusan")
        if not negated.get("manner", set()) & {"berizin"}:
            asserted.setdefault("manner", set()).add("berizin")
    if ("terima" in asserted.get("act", set()) and _ACCEPTS_DUTY.search(text)
            and not _RECEIVING.search(_ACCEPTS_DUTY.sub(" ", text)) and not _RECEIVED.search(text)):
        asserted["act"].discard("terima")
    # "PPS minta saya jadi Pantarlih … saya boleh terima?": an election duty accepted, nothing handed over
    if "terima" in asserted.get("act", set()) and "petugas" in asserted.get("act", set()) and not _GOODS.search(text):
        asserted["act"].discard("terima")
    # "unfollow akun timses yg dulu aku follow": the follow undone is in the past, only the unfollow is asked about
    if "unfollow" in asserted.get("act", set()) and _FOLLOWED_BEFORE.search(text) and not _UNFOLLOW_ASKED.search(text):
        _drop_said_only_in(_FOLLOWED_BEFORE, text, asserted, (("act", "follow"),))
    # ("… asal ga ngajak orang lain": a call denied is no call)
    if "ajak" in asserted.get("act", set()) and _OWN_VOTE.search(text) and not _OTHERS_VOTE.search(_NO_CALL.sub(" ", text)):
        asserted["act"].discard("ajak")
        asserted["act"].add("coblos")
    # (a broadcast received is someone else's share too: "hp sy dibanjiri broadcast caleg, sy gk forward")
    received_message = bool(_RECEIVED_MESSAGE.search(text))  # read once: three rules below ask
    if ("share" in asserted.get("act", set()) and (_SHARED_BY_OTHERS.search(text) or received_message)
            and not _ASKER_SHARES.search(_NOT_SHARED.sub(" ", _RECEIVED_MESSAGE.sub(" ", _SHARED_BY_OTHERS.sub(" ", text))))):
        asserted["act"].discard("share")
    # Someone else's act, or words that only look like the act, unless the asker does it too: a
    # banner someone else put up, a post watched or a friend's post, an account's upload ("buka IG resmi KPU
    # yang upload cuplikan debat"), leave asked of the office, help asked of the bot ("mohon bantuannya min"),
    # studying ("tugas belajar, kuliah S2"), an election body's officer (see each pattern)
    for act, theirs, own in (("pasang-apk", _PUT_UP_BY_OTHERS, _ASKER_PUTS_UP), ("keputusan", _LEAVE_REQUEST, None),
                             ("posting", _WATCHED_MEDIA, _ASKER_POSTS), ("pengurus", _BODY_OFFICER, None),
                             ("posting", _OTHERS_POST, _ASKER_POSTS), ("posting", _SOMEONE_ELSE_UPLOADS, _ASKER_SAYS_POSTED),
                             ("keputusan", _ASKS_FOR_HELP, None), ("mengajar", _STUDY_LEAVE, None),
                             ("pengurus", _SOMEONE_S_PARTY_POST, None),
                             # twenty-ninth session: "di grup alumni ada yg kirim video kampanye": a member's post
                             ("posting", _OTHERS_SHARE, _ASKER_SENDS)):
        if act in asserted.get("act", set()) and theirs.search(text) and not (
                own.search(theirs.sub(" ", text)) if own is not None else _said_elsewhere(theirs, text, "act", act)):
            asserted["act"].discard(act)
    # a photo someone else uploaded, the asker's own upload denied or not told ("aku dak upload dewek")
    # (not with a pose told: a pose beside a candidate is the prohibition whoever uploads it)
    if ("posting" in asserted.get("act", set()) and "pose" not in asserted.get("act", set()) and _PHOTO_UPLOADED_BY_OTHERS.search(text)
            and not _ASKER_SAYS_POSTED.search(_NOT_POSTED.sub(" ", _PHOTO_UPLOADED_BY_OTHERS.sub(" ", text)))):
        asserted["act"].discard("posting")
        asserted.setdefault("manner", set()).add("diunggah-orang-lain")
    if (({"tonton", "gabung-grup"} & asserted.get("act", set()) or received_message) and _CAMPAIGN_CONTENT.search(text)
            and not _said_elsewhere(_CAMPAIGN_CONTENT, text, "act", "kampanye")):
        asserted["act"] -= {"hadir", "kampanye"}
    # ("sy ga dateng ke kampanye, cuma nonton live streaming …": going there denied is no going there)
    if "tonton" in asserted.get("act", set()) and _WATCHED_REMOTELY.search(text) and not any(
            not _denied_before(text, g.start()) and not _NOT_GOING.search(text[max(0, g.start() - 20):g.start()])
            for g in _GOES_THERE.finditer(text)):
        asserted["act"] -= {"hadir", "kampanye"}
    # "ortu murid ngajak diskusi soal capres di grup kelas": an invitation to talk, no call to vote
    if ("ajak" in asserted.get("act", set()) and _TALK_INVITE.search(text)
            and not _ASKER_CALLS_ON.search(_TALK_INVITE.sub(" ", text)) and not _OTHERS_VOTE.search(_TALK_INVITE.sub(" ", text))
            and not _DIRECTED.search(text)):
        asserted["act"].discard("ajak")
        asserted["act"].add("diskusi")
    # "Amang ku pensiunan, diajak jadi tim sukses": being invited is no invitation of one's own
    if "ajak" in asserted.get("act", set()) and _INVITED.search(text) and not _INVITES.search(text):
        asserted["act"].discard("ajak")
        # "bapak saya pensiunan, diajak jadi timses": invited himself, drawing no serving ASN in
        if not _DRAWS_IN_SERVING_ASN.search(text):
            asserted.setdefault("manner", set()).add("hanya-diajak")
    if _RECEIVED.search(text) or received_message:  # (a broadcast is received too)
        asserted.setdefault("act", set()).add("terima")
    # "bapak saya nyaleg": a parent is a relative, though "bapak" alone only addresses someone
    if _OWN_PARENT.search(text):
        asserted.setdefault("target", set()).add("keluarga")
    # "bapak saya pensiunan guru PNS … masih kena aturan netralitas ASN?": the PNS he was and
    # the rules asked about are not a serving ASN; only an ASN named elsewhere is.
    if "pensiunan" in asserted.get("actor", set()) and asserted["actor"] & ASN_FAMILY \
            and not _SERVING_ASN.search(_FORMER_ASN.sub(" ", text)):
        asserted["actor"] -= ASN_FAMILY
    # "udah resmi mundur dari PNS krn ditetapkan jadi caleg": the asker was, and is no longer, ASN
    # (unless a serving ASN is named elsewhere: "… boleh ngajak PNS lain?")
    if _asker_resigned(text) and not _SERVING_ASN.search(
            _SELF_ASN.sub(" ", _RESIGNED.sub(" ", _FORMER_ASN.sub(" ", text)))):
        asserted["actor"] = (asserted.get("actor", set()) - ASN_FAMILY) | {"bukan-asn"}
        asserted.setdefault("act", set()).add("mundur")
    # "sy minta tamu2 dukung dia", "sambutan dukung dia": the asker calls on others to back a candidate
    if _ASKER_CALLS_FOR_SUPPORT.search(text):
        asserted.setdefault("act", set()).add("ajak")
    if _ASKER_SPEAKS_FOR_SIDE.search(text) and asserted.get("target", set()) & {"calon", "bakal-calon", "partai"}:
        asserted.setdefault("act", set()).add("ajak")
    # "saya kasih waktu 10 menit ngomong": the asker gave the stage, a consent of the asker's
    if _ASKER_GAVE_STAGE.search(text):
        asserted.setdefault("manner", set()).add("mengizinkan")
    # "mau hapusin postingan lama yg ad foto sm caleg, blh?": an undo the asker means to do
    if (_MEANS_TO_UNDO.search(text) and not _UNDONE.search(text)) or _UNDO_APPROVED.search(text):
        asserted.setdefault("manner", set()).add("mau-hapus")
    # "di-tag temen di postingan caleg": the tag is someone else's act, done to the asker
    if "tag" in asserted.get("act", set()) and _TAGGED.search(text):
        asserted.setdefault("manner", set()).add("ditandai")
        if _IN_THE_TAGGING_POST.search(text) and not _ASKER_SAYS_POSTED.search(text):
            asserted.get("act", set()).discard("posting")
    # "cuti di luar tanggungan negara saya sudah disetujui": the exception holds (phrases miss the "saya")
    # … and not when it is still awaited or starts later ("berlaku mulai bulan depan"), however said
    # ("CLTN resmi sampai pemilu selesai": how long it lasts, not a leave that is over)
    # ("temen sekantorku (PNS juga, ga cuti) mau ikut nemenin": someone told not on leave may be the one asked about)
    if _CLTN_PENDING.search(_UNTIL_IT_ENDS.sub(" ", text)) or _NOT_ON_LEAVE.search(text):
        asserted.get("manner", set()).discard("cltn-sah")
        if _CLTN_DENIED.search(_UNTIL_IT_ENDS.sub(" ", text)):  # not yet granted, refused or over: the exception does not hold
            negated.setdefault("manner", set()).add("cltn-sah")
    elif _CLTN_GRANTED.search(text):
        asserted.setdefault("manner", set()).add("cltn-sah")
    # "gak datang ke TPS", "ora nyoblos": not voting is the act golput, not a denied act
    if ("coblos" in negated.get("act", set()) and "coblos" not in asserted.get("act", set())
            and _NOT_VOTING.search(text)):
        negated["act"].discard("coblos")
        asserted.setdefault("act", set()).add("golput")
    # "tulang ajak nonton debat": an invitation to an outing; news that takes a side; a relative
    # who is ASN too; the asker taking no part (each pattern says more where it is defined)
    if "ajak" in asserted.get("act", set()) and _OUTING_INVITE.search(text) and not _CALL_WORDS.search(_OUTING_INVITE.sub(" ", text)):
        asserted["act"].discard("ajak")
    if "share" in asserted.get("act", set()) and _NEWS_TAKES_A_SIDE.search(text):
        asserted.setdefault("manner", set()).add("berita-memihak")
    if _RELATIVE_IS_ASN.search(text):
        asserted.setdefault("manner", set()).add("kerabat-asn")
    # "sy istri polisi, ibu rumah tangga biasa bukan ASN": the asker is the officer's relative, not the officer, and
    # a citizen when not a civil servant
    if "tni-polri" in asserted.get("actor", set()) and _ASKER_KIN_OF_UNIFORM.search(text):
        _drop_said_only_in(_ASKER_KIN_OF_UNIFORM, text, asserted, (("actor", "tni-polri"),))
        if (("bukan-asn" in asserted.get("actor", set()) or negated.get("actor", set()) & ASN_FAMILY)
                and not asserted.get("actor", set()) & (ASN_FAMILY | BOUND_ELSEWHERE)):
            asserted.setdefault("actor", set()).update({"bukan-asn", "warga"})
    # "ibukku PNS, aku dudu ASN", "anak saya PNS di kota lain, saya petani biasa": the asker is outside the
    # ASN rules and the only civil servant is a relative, so what the asker does is a citizen's act
    # (not "istriku PNS, aku swasta … istri boleh ikut naik panggung?": the civil servant's own part is asked)
    if (_SELF_OUTSIDE.search(text) and _KIN_ASN.search(text) and not _KIN_MAY.search(text)
            and not asserted.get("actor", set()) & (BOUND_ELSEWHERE | {"pensiunan"})
            and not _SERVING_ASN.search(_NOT_THE_ASKER_ASN.sub(" ", _SELF_OUTSIDE.sub(" ", _KIN_ASN.sub(" ", text))))):
        asserted["actor"] = (asserted.get("actor", set()) - ASN_FAMILY) | {"bukan-asn", "warga"}
        asserted.get("manner", set()).discard("kerabat-asn")
        negated.get("actor", set()).difference_update(ASN_FAMILY)
    # "Apa sy hrs nolak tugas itu?": whether refusing is required is asked, nothing was refused
    if "menolak" in asserted.get("manner", set()) and _MUST_REFUSE.search(text) and not _said_elsewhere(
            _MUST_REFUSE, text, "manner", "menolak"):
        asserted["manner"].discard("menolak")
    # "suami sy TNI jd gk nyoblos. sy PNS, berarti sy jg gk boleh nyoblos?": the uniform is the relative's,
    # the asker is the civil servant
    if ("tni-polri" in asserted.get("actor", set()) and asserted["actor"] & ASN_FAMILY
            and (_RELATIVE_IN_UNIFORM.search(text) or (_SELF_ASN_ANY.search(text) and not _SELF_UNIFORM.search(text)))):
        # (… or "saya PPPK, kirain PPPK kayak TNI gak boleh milih", "sy PNS di kodim (bukan TNI)": the asker is the
        # civil servant and the forces are only compared with or worked beside)
        asserted["actor"].discard("tni-polri")
    # (a relative in uniform asked about is bound by rules of their own: "suami tni aktif. suami blh ikt kmpanye?")
    # (not when the asker also lends a hand: "Aku ga ikut kampanye. Tapi … aku pinjemin motor pribadiku buat dia keliling")
    asker_helps = with_relatives and _asker_helps_them(text)  # (read once: the relatives' readings below ask it too)
    if (_NOT_INVOLVED.search(text) or (_ASKS_FOR_RELATIVE.search(text) and not _RELATIVE_IN_UNIFORM.search(text))) and not asker_helps:
        asserted.setdefault("manner", set()).add("tidak-terlibat")
    # the relative's acts, the asker apart: "adik saya bukan ASN, dia pasang baliho caleg di rumahnya sendiri. sy PNS, apa
    # saya yang kena?" (their own place), "suami sy wiraswasta, bukan ASN, jd relawan capres. sy PNS ikut kena gk?"
    # (whether it reaches the asker), "bojoku dudu asn melu relawan capres, ora popo to?" (a relative said to be outside
    # the ASN rules): each only when every risky act told is the relative's (see _relatives_acts_only)
    elif (with_relatives and (_THEIR_OWN_PLACE.search(text) or _REACHES_ME.search(text) or _RELATIVE_OUTSIDE.search(text))
            and not asker_helps and _relatives_acts_only(text, asserted, lex, correct)):
        if _THEIR_OWN_PLACE.search(text):
            asserted.setdefault("manner", set()).update({"tidak-terlibat", "tempat-kerabat"})
        elif _REACHES_ME.search(text) or _outsider_campaigns(asserted, text):
            asserted.setdefault("manner", set()).add("tidak-terlibat")
    # ("… di tanahnya sendiri. saya gak ikut apa2": the asker's denial read above, the place is still the relative's own)
    if (with_relatives and "tidak-terlibat" in asserted.get("manner", set()) and _THEIR_OWN_PLACE.search(text)
            and _relatives_acts_only(text, asserted, lex, correct)):
        asserted["manner"].add("tempat-kerabat")
    # "temen sekantorku (PNS) posting dukung caleg terus, aku ga ikut2an. aku bakal kena juga?": every risky act
    # told is a colleague's, and the asker says they take no part
    # (… not "temen kantor ditawarin jadi saksi partai … dia boleh ga?": the colleague's own leave asked, not the asker's)
    # (twenty-ninth session: or passive, "sy cuma diem ga bales ga share, sy ikut salah ga?")
    if (with_relatives and ("tidak-terlibat" in asserted.get("manner", set()) or _STAYS_PASSIVE.search(text))
            and not asserted.get("target", set()) & RELATIVES
            and (_NOT_INVOLVED.search(text) or _REACHES_ME.search(text))
            and not _ASKER_MAY_I.search(text) and asserted.get("act", set()) & (RISKY_ACTS | SOCIAL_ACTS)
            and not (asserted.get("act", set()) & (RISKY_ACTS | SOCIAL_ACTS))
            - _relatives_acts(text, lex, correct, subject=_COLLEAGUE_SUBJECT)):
        asserted.setdefault("manner", set()).add("rekan-berbuat")
    if ((_ASKER_JOINS.search(text) or _ASKER_CANVASSES.search(_MAY_TAG.sub(r"\1 ", text)))
            and "warga" not in asserted.get("actor", set())):  # (a citizen joining is no ASN joining)
        asserted.setdefault("manner", set()).add("ikut-sendiri")
    if _FEARS_SEEN_PARTISAN.search(text):
        asserted.setdefault("manner", set()).add("khawatir-dianggap")
        # ("takut dikira kampanye": the campaign is what the asker fears being taken for, not an act of theirs)
        _drop_said_only_in(_FEARS_SEEN_PARTISAN, text, asserted, (("act", "kampanye"), ("act", "tim")))
    if "gabung-grup" in asserted.get("act", set()) and _STAYS_IN_GROUP.search(text):
        asserted.setdefault("manner", set()).add("bertahan")
    # "cuma salaman, ndak foto": a handshake with no photo taken is no pose ("salaman" stems to the gesture "salam")
    if "pose" in asserted.get("act", set()) and "foto" in negated.get("act", set()) and _HANDSHAKE.search(text) \
            and not _POSE_WORD.search(_HANDSHAKE.sub(" ", text)):
        asserted["act"].discard("pose")
    if "coblos" in asserted.get("act", set()) and "pose" in negated.get("act", set()) and "pose" not in asserted.get("act", set()):
        asserted.setdefault("manner", set()).add("tanpa-pose")  # "tnpa nmr/calon/pose": the pose denied in so many words
    elif (("coblos" in asserted.get("act", set()) or "pemungutan" in asserted.get("stage", set())) and _INK_NO_POSE.search(text)
            and not _RAISED_FINGER.search(_POSE_DENIED.sub(" ", text))
            # … and with what goes with it said: a plain caption quoted, or no candidate and no caption
            and (_POSE_DENIED.search(text) or _QUOTE_MARK.search(text) or _NO_CANDIDATE_SHOWN.search(text) or _INK_ONLY.search(text))
            # … and no side anywhere else in it ("caption 'semoga menang ya kak' sambil tag kakakku yg caleg")
            and not _SIDE_TOLD.search(_NO_CANDIDATE_SHOWN.sub(" ", text))):
        asserted.setdefault("manner", set()).add("tanpa-pose")
    # "abis nyoblos foto jari bertinta sambil nunjukin 3 jari sesuai nomor paslon", "caption 'nomor 3 pasti menang'": a
    # number or a win shown with the ink reads as a side (the ink-photo entry steps aside for the pose prohibitions)
    if ((asserted.get("act", set()) & {"foto", "pose", "posting"}) and "tanpa-pose" not in asserted.get("manner", set())
            and (_WIN_WISHED.search(text) or (_RAISED_FINGER.search(_POSE_DENIED.sub(" ", text)) and _CHOSEN_NUMBER.search(text)))):
        asserted.setdefault("manner", set()).add("pose-angka")
    if _PHOTO_WITH_A_CANDIDATE.search(text):
        asserted.setdefault("manner", set()).add("foto-bersama-calon")
    if _A_PHOTO.search(text) and _PARTY_OFFICER.search(text) and _NOT_RUNNING.search(text):
        asserted.setdefault("manner", set()).add("foto-tokoh-partai")
    # "Aku PPPK … bisa ga aku ambil CLTN kayak PNS?": whether a PPPK can take the leave that is PNS's
    if ("pppk" in asserted.get("actor", set()) and ("cltn" in asserted.get("actor", set()) or _CLTN_WORD.search(text))
            and not _NO_CLTN.search(text) and "cltn" not in negated.get("actor", set())):
        asserted.setdefault("manner", set()).add("pppk-cltn")
    if (_FRIENDS_POST.search(text) and asserted.get("act", set()) & {"like", "komentar"}
            and not _CALL_IN_THE_POST.search(text)):
        asserted.setdefault("manner", set()).add("akun-teman")
    if _STAYS_PASSIVE.search(text):
        asserted.setdefault("manner", set()).add("pasif")
    # "grup FB komunitas sepeda, bukan grup pemenangan", "bukan grup relawan, aman kan?": a group said to be no
    # campaign's, the asker telling of nothing posted, liked or passed on there, stays in it passively
    elif ("gabung-grup" in asserted.get("act", set()) and _NOT_A_CAMPAIGN_GROUP.search(text)
            and not asserted.get("act", set()) & {"posting", "share", "komentar", "like", "ajak", "tim"}):
        asserted.setdefault("manner", set()).add("pasif")
    if "pasang-apk" in asserted.get("act", set()) and _ASKER_PUTS_IT_UP.search(text) and not _PUT_UP_BY_OTHERS.search(text):
        asserted.setdefault("manner", set()).add("pasang-sendiri")
    if _TOLERATES.search(text):
        asserted.setdefault("manner", set()).add("atasan-membiarkan")
    if _INCUMBENT.search(text) or _KNOWN_PERSONAL_ACCOUNT.search(text):
        asserted.setdefault("manner", set()).add("petahana-maju")
    # (not what the candidate's side claims: "jarene mung silaturahmi ora kampanye", "katanya cuma silaturahmi"; nor a
    # gathering the candidate holds: "bukan acara kampanye kok, cuma syukuran ulang tahun caleg di rumahnya")
    if ((_CANDIDATE_ONLY_ATTENDS.search(text) or _NOTHING_POLITICAL.search(text)) and not _CLAIMED_HARMLESS.search(text)
            and not _CANDIDATE_HOSTS.search(text)
            and not _CANDIDATE_SPEAKS.search(_CLERIC_SPEAKS.sub(" ", _NOTHING_POLITICAL.sub(" ", _CANDIDATE_ONLY_ATTENDS.sub(" ", text))))):
        asserted.setdefault("manner", set()).add("calon-tanpa-kampanye")
    # "pacar saya caleg, kami belum nikah … kalo ambil cltn kayak aturan buat suami istri?": no spouse, so not the
    # spouse's exception
    if _NOT_MARRIED.search(text) and "pasangan" in asserted.get("target", set()):
        asserted["target"].discard("pasangan")
        negated.setdefault("target", set()).add("pasangan")
    if _REMOVES_CAMPAIGN_CONTENT.search(text) and _EVEN_HANDED_REMOVAL.search(text):
        asserted.setdefault("manner", set()).add("moderasi")
        # ("hapus komentar kampanye": the campaign is what the content is, not an event the asker attends)
        _drop_said_only_in(_REMOVES_CAMPAIGN_CONTENT, text, asserted, (("act", "kampanye"), ("act", "hadir")))
    if _TAKES_NO_SIDE.search(text):
        asserted.setdefault("manner", set()).add("tanpa-memihak")
    # "sambia mintak jamaah mamiliah caleg urang kampuang awak": others asked to vote for a candidate is a call
    if any(not _denied_before(text, m.start()) for m in _ASKS_OTHERS_TO_VOTE.finditer(text)):
        asserted.setdefault("act", set()).add("ajak")
        asserted.setdefault("target", set()).add("calon")
    # (not the asker's own choice told: "saya sendiri pilih capres nomor 1")
    if any(not _denied_before(text, m.start()) and not _CHOOSER_BEFORE.search(text[max(0, m.start() - 24):m.start()])
           for m in _CALL_BY_NUMBER.finditer(text)) or _QUOTED_BARE_CALL.search(text) or _HASHTAG_CALL.search(text) \
            or _REMINDS_TO_VOTE_NUMBER.search(text):
        asserted.setdefault("act", set()).add("ajak")
        asserted.setdefault("target", set()).add("calon")
        negated.get("target", set()).discard("calon")
    # "sy pns mau nyoblos nomor 2, boleh kan?": the asker's own vote for a number ("coblos nomor" reads as a call in the
    # lexicon), when no one else is told to
    if ("ajak" in asserted.get("act", set()) and _OWN_NUMBER_VOTE.search(text) and not _OTHERS_VOTE.search(text)
            and not _ADVISES.search(text)
            and not _QUOTED_BARE_CALL.search(text) and not _REMINDS_TO_VOTE_NUMBER.search(text)):
        _drop_said_only_in(_OWN_NUMBER_VOTE, text, asserted, (("act", "ajak"),))
        if "ajak" not in asserted.get("act", set()):
            asserted.setdefault("act", set()).add("coblos")
    # "ga ada gambar calonnya, cuma angka 2 gede warna biru di kaos": a ballot number worn stands for a candidate
    if _NUMBER_WORN.search(text) or (_NUMBER_SHOWN.search(text) and _ELECTION_SEASON.search(text)):
        asserted.setdefault("target", set()).add("calon")
        negated.get("target", set()).discard("calon")
    # "Saya … beli 200 kaos bergambar capres buat dibagiin ke warga": a candidate's things the asker hands out (not
    # "tim yg bagi2 kaos", "kalender paslon yg dibagiin": what others hand out)
    if asserted.get("target", set()) & POLITICAL and any(_asker_hands_out(text, h) for h in _HANDS_OUT_THINGS.finditer(text)):
        asserted.setdefault("act", set()).add("bagi-barang")
        asserted.setdefault("manner", set()).add("membagi-sendiri")
    speaker_from_the_body = _SPEAKER_FROM_THE_BODY.search(text)
    if speaker_from_the_body or _HELD_BY_THE_BODIES.search(text):
        asserted.setdefault("manner", set()).add("acara-penyelenggara")
        if not _LENDS_THE_PLACE.search(text):
            asserted.get("act", set()).discard("fasilitas")
            asserted.get("means", set()).discard("fasilitas-dinas")
        no_side = not asserted.get("target", set()) & POLITICAL
        # "simulasi pencoblosan dari KPU …, pegawai sy suruh ikut nonton": staff sent to the body's event, no side in it
        if no_side:
            asserted.get("act", set()).discard("ajak")
        # "ngundang petugas KPU buat sosialisasi …, sy panitianya": the body's officer invited to speak; the asker
        # neither invites a side, nor speaks, nor serves as an election officer
        if no_side and (speaker_from_the_body or _BODY_INVITED.search(text)):
            for act in ("undang", "pembicara", "petugas", "mengajar"):
                asserted.get("act", set()).discard(act)
            asserted.setdefault("act", set()).add("hadir")
        # "KPU ngadain sosialisasi … Kami boleh ikut kan?": the body teaches, the asker attends
        if "mengajar" in asserted.get("act", set()) and _JUST_JOINS.search(text):
            asserted["act"].discard("mengajar")
            asserted["act"].add("hadir")
    # "Pas kampanye pilkada sy dtg ke debat publik yg diadain KPU di gedung, duduk sbg penonton": a debate is a way of
    # campaigning, and sitting in its audience is being at a campaign event (watching it broadcast is the watching entry's)
    debate = _DEBATE_ATTENDED.search(text)
    if (debate and not _denied_before(text, debate.start())
            and not asserted.get("act", set()) & {"petugas", "pembicara", "undang"}  # (there on duty, or asked to speak)
            and not asserted.get("manner", set()) & {"tugas-dinas", "diundang"}):
        asserted.setdefault("act", set()).update({"hadir", "kampanye"})
        asserted.get("act", set()).discard("tonton")
        asserted.get("manner", set()).discard("acara-penyelenggara")
        asserted.setdefault("target", set()).add("calon")  # (the candidates debate; the election body only hosts)
        asserted["target"].discard("penyelenggara")
    if _KEEPS_CHOICE_SECRET.search(text):
        asserted.setdefault("manner", set()).add("rahasiakan-pilihan")
    # "sambil ngacungin 2 jari": a number shown with the fingers is a pose, whatever else is said
    if _FINGER_NUMBER_SHOWN.search(text):
        asserted.setdefault("act", set()).add("pose")
    if _CRITICISES_POLICY.search(text):
        asserted.setdefault("manner", set()).add("kritik-kebijakan")
    civil_servant_runs = _CIVIL_SERVANT_RUNS.search(text)
    back_into_service = _BACK_INTO_SERVICE.search(text)
    if civil_servant_runs:
        asserted.setdefault("act", set()).add("nyalon")
        # "… kalau nanti tidak terpilih, bisa ji kah sy balik jadi PNS lagi?": whether the resignation can be undone
        if back_into_service:
            asserted["act"].add("mundur")
    if back_into_service and "nyalon" in asserted.get("act", set()):
        asserted.setdefault("manner", set()).add("kembali-pns")
    if _STAYS_IN_SERVICE.search(text) and _NAMED_CANDIDATE.search(text):
        asserted.setdefault("manner", set()).add("tetap-pns")
        # ("sy udh ditetapin KPU jd calon …, tp blm ngajuin mundur": the asker is the one running; not "belum ditetapkan")
        if any(not _denied_before(text, n.start()) for n in _NAMED_CANDIDATE.finditer(text)):
            asserted.setdefault("act", set()).add("nyalon")
    # "sudah ditetapkan KPU di DCT": the election body names a candidate; it is not what the act is aimed at
    if _KPU_NAMES_CANDIDATE.search(text):
        _drop_said_only_in(_KPU_NAMES_CANDIDATE, text, asserted, (("target", "penyelenggara"),))
        if not asserted.get("target", set()) & POLITICAL:
            asserted.setdefault("target", set()).add("calon")
    # "kondangan nikahan anaknya caleg tetangga": a private occasion the candidate's household holds or attends
    if ("hadir" in asserted.get("act", set()) and asserted.get("target", set()) & {"calon", "bakal-calon"}
            and _PRIVATE_OCCASION.search(text)):
        asserted.setdefault("manner", set()).add("acara-pribadi")
    # "saya bendahara di kecamatan": a post in the office, not a party's treasurer
    in_office = _SELF_IN_OFFICE.search(text)
    if ("pengurus" in asserted.get("act", set()) and in_office
            and not _said_elsewhere(_SELF_IN_OFFICE, text, "act", "pengurus")):
        asserted["act"].discard("pengurus")
    if (in_office and not asserted.get("actor", set()) & ASN_FAMILY
            and not asserted.get("actor", set()) & {"honorer", "pensiunan", "bukan-asn", "warga"}):
        asserted["actor"] = (asserted.get("actor", set()) - {"perangkat-desa", "kades"}) | {"asn"}
    if _NO_LEAVE_NEEDED.search(text):
        asserted.get("manner", set()).discard("berizin")
        negated.setdefault("manner", set()).add("berizin")
    if _WITH_ENTOURAGE.search(text):
        asserted.setdefault("act", set()).add("hadir")
        asserted.setdefault("target", set()).update({"calon", "tim"})
    if _CANDIDATE_DRAWS_IN.search(text):
        asserted.setdefault("manner", set()).add("pihak-calon")
    if _CALL_TO_VOTE.search(text):
        asserted.setdefault("act", set()).add("coblos")
        negated.get("act", set()).discard("golput")
    if _WILL_RESIGN.search(text):
        asserted.setdefault("manner", set()).add("siap-mundur")
    if "gabung-grup" in asserted.get("act", set()) and any(
            not _NOT_A_MEMBER.search(text[max(0, g.start() - 30):g.start()]) for g in _CAMPAIGN_GROUP.finditer(text)):
        asserted.setdefault("manner", set()).add("grup-pemenangan")
    if _NOT_YET_INAUGURATED.search(text):
        asserted.setdefault("manner", set()).add("belum-dilantik")
    # the ballot matters here only as what is photographed or posted ("foto surat suara lalu upload"),
    # not when the asker carries boxes of ballots for the count
    if "surat-suara" in asserted.get("means", set()) and not asserted.get("act", set()) & {"foto", "posting", "share"}:
        asserted["means"].discard("surat-suara")
    if _CANDIDATE_TURNED_UP.search(text) and asserted.get("target", set()) & {"calon", "bakal-calon"}:
        asserted.setdefault("manner", set()).add("tidak-sengaja")
        asserted.get("act", set()).discard("undang")
        # … and the speech or handouts are the candidate's, unless the asker says they gave them
        for act, own in (("pembicara", _ASKER_SPEAKS), ("bagi-barang", _ASKER_HANDS_OUT), ("ajak", _ASKER_CALLS_ON)):
            if act in asserted.get("act", set()) and not own.search(text):
                asserted["act"].discard(act)
    if _DID_NOT_KNOW.search(text) and asserted.get("target", set()) & POLITICAL:
        asserted.setdefault("manner", set()).add("tidak-sengaja")
    # "baru pensiun bulan lalu, SK pensiunnya udah keluar": retired, not about to retire
    retired, retiring = bool(_RETIRED.search(text)), bool(_RETIRING.search(text))
    if retired and not retiring:
        asserted.setdefault("manner", set()).add("sudah-pensiun")
    # "tinggal 2 bulan lagi awak pensiun": the word "pensiun" alone reads as retired; about to retire is not
    elif retiring and "sudah-pensiun" in asserted.get("manner", set()):
        asserted["manner"].discard("sudah-pensiun")
    # "Sekda kami pensiun bulan depan … masih aktif", "sy pensiun 3 bulan lagi": one about to retire still serves, and the
    # entries for retirees do not answer for them
    if retiring and not retired and "pensiunan" in asserted.get("actor", set()):
        asserted["actor"] = (asserted["actor"] - {"pensiunan"}) | {"asn"}
    # "masker dr timses yg ada gambar paslonnya": the team gave it and the candidate is pictured on it;
    # neither joining the team nor a photo of the asker's
    if "tim" in asserted.get("act", set()) and (_FROM_THE_TEAM.search(text) or _TEAM_ACCOUNT.search(text)) \
            and not _JOINS_TEAM_SAID.search(text):
        asserted["act"].discard("tim")
    if "foto" in asserted.get("act", set()) and _PICTURED.search(text) and not _PHOTO_TAKEN.search(_PICTURED.sub(" ", text)):
        asserted["act"].discard("foto")
    # "nemenin istri ke acara keluarga, bukan kampanye": the campaign is denied, not going along with them
    if {"hadir", "kampanye"} <= negated.get("act", set()) and _ACCOMPANIES.search(text):
        negated["act"].discard("hadir")
        asserted.setdefault("act", set()).add("hadir")
    # "blm ngajuin mundur dr PNS": the resignation is denied, so the asker is still a civil servant
    if "mundur" in negated.get("act", set()) and negated.get("actor", set()) & ASN_FAMILY:
        asserted.setdefault("actor", set()).update(negated["actor"] & ASN_FAMILY)
        negated["actor"] -= ASN_FAMILY
    # "dia bukan ASN", "suami saya bukan PNS": the person is outside the ASN rules.
    if negated.get("actor", set()) & ASN_FAMILY and not asserted.get("actor", set()) & ASN_FAMILY:
        asserted.setdefault("actor", set()).add("bukan-asn")
    # "suami nyaleg", "kakak saya jadi caleg": the relative is the candidate, so the
    # question is about a candidate too (and the asker is not the one running).
    if "nyalon" in asserted.get("act", set()) and asserted.get("target", set()) & RELATIVES:
        asserted["target"].add("calon")
    # "ustadz yang ngisi kebetulan lagi nyaleg": whoever runs, other than the asker, is a candidate
    elif "nyalon" in asserted.get("act", set()) and _OTHER_RUNS.search(text) and not _SELF_RUNS.search(text):
        # … a would-be one when the running is still talk ("tokoh yang digadang-gadang nyapres")
        asserted.setdefault("target", set()).add("bakal-calon" if _PROSPECTIVE.search(text) else "calon")
    # "jangan lupa coblos yang sudah berjasa buat dinas kita": a call to vote for someone
    # described instead of named is an invitation to vote for a candidate
    if _DESCRIBED_CHOICE.search(text):
        asserted.setdefault("act", set()).add("ajak")
        asserted.setdefault("target", set()).add("calon")
    # "ternyata timses caleg", "dia timses": a team named as a person is a target; being on a
    # team is an act only when someone joins it ("jadi/ikut/masuk timses")
    if "tim" in asserted.get("act", set()) and not _JOINS_TEAM.search(text):
        asserted["act"].discard("tim")
    meeting = _TEAM_MEETING.search(text)
    if _BARE_TEAM_JOINED.search(text) or (meeting and not _denied_before(text, meeting.start())):
        asserted.setdefault("act", set()).add("tim")
    # "bikin postingan tandingan yg muji calon jagoan sy", "protes keras belain paslon jagoan": the asker backs a side
    side_tag = _SIDE_HASHTAG.search(text)
    if _ASKER_BACKS_A_SIDE.search(text) or (side_tag and not _denied_before(text, side_tag.start())):
        asserted.setdefault("manner", set()).add("ucap-dukungan")
        asserted.setdefault("target", set()).add("calon")
        negated.get("target", set()).discard("calon")
    # "suami sy kpps, sy pns bantu dia ngisi form C hasil di TPS": the asker does the officer's work
    if "petugas" in asserted.get("act", set()) and _ASKER_DOES_THE_DUTY.search(text):
        asserted.setdefault("manner", set()).add("ikut-sendiri")
    # "nulis di grup 'kalau saya sih udah mantap sama nomor 2'": the asker's own words back a candidate
    if voices_support(text, side_named=bool(asserted.get("target", set()) & POLITICAL)):
        asserted.setdefault("manner", set()).add("ucap-dukungan")
        asserted.setdefault("target", set()).add("calon")
        if voices_call(text):  # "bilang ke istri 'pilih wé nomer 3'": an invitation to vote
            asserted.setdefault("act", set()).add("ajak")
    # "caption 'akhirnya pilihanku jadi presiden'": the asker's own pick cheered as the winner; before the winner
    # takes office ("'alhamdulillah paslon kita unggul quick count, kawal terus!'") a side backed in so many words
    elif cheers_own_pick(text):
        if _INAUGURATED.search(text):
            asserted.setdefault("manner", set()).add("pilihan-menang")
        else:
            asserted.setdefault("manner", set()).add("ucap-dukungan")
            asserted.setdefault("target", set()).add("calon")
    elif asserted.get("stage", set()) & {"kampanye", "masa-tenang"} and wishes_a_new_head(text):
        asserted.setdefault("manner", set()).add("pilihan-menang")  # (said while the race is on: it leans)
    # ("… tapi dia minta dipercepat, boleh sy percepat?": served ahead of others, a decision that favours them)
    if "keputusan" in asserted.get("act", set()) and asserted.get("target", set()) & POLITICAL and _FAVOURED.search(text):
        asserted.setdefault("manner", set()).add("istimewakan")
    # "membandingkan program kerja para paslon": reading a platform, not deciding one as an official
    if "keputusan" in asserted.get("act", set()) and _PLATFORM.search(text) and not _OFFICIAL_DECISION.search(text):
        asserted["act"].discard("keputusan")
    # "dosen mengajar mahasiswa soal pemilu": the students taught are the audience, not the asker
    if "mengajar" in asserted.get("act", set()) and _TEACHER.search(text):
        asserted.get("actor", set()).discard("publik")
    # "anak saya baru punya KTP": an identity card is a candidate's support only when it is given for one
    if "dukungan-ktp" in asserted.get("act", set()) and not _KTP_FOR_SUPPORT.search(
            _VOTER_PAPERS.sub(" ", _KTP_SERVICE.sub(" ", text))):
        asserted["act"].discard("dukungan-ktp")
    # "cuma baca2 postingan paslon", "liat2 story caleg": the posts are what the asker reads, no post of theirs
    if ("posting" in asserted.get("act", set()) and _READS_POSTS.search(text)
            and not _said_elsewhere(_READS_POSTS, text, "act", "posting")):
        asserted["act"].discard("posting")
        asserted["act"].add("tonton")
    if ("share" in asserted.get("act", set()) and (_READS_MESSAGES.search(text) or _OTHERS_SHARE.search(text))
            and not _ASKER_SHARES.search(_NOT_SHARED.sub(" ", _OTHERS_SHARE.sub(" ", _READS_MESSAGES.sub(" ", text))))):
        asserted["act"].discard("share")
        asserted["act"].add("tonton")
    # "lomba bikin video 'Ayo Memilih' yg diadain KPU, hadiahnya lumayan": a prize won, nothing handed out
    if ("bagi-barang" in asserted.get("act", set()) and _PRIZE.search(text)
            and not _said_elsewhere(_PRIZE, text, "act", "bagi-barang")):
        asserted["act"].discard("bagi-barang")
    if "bagi-barang" in asserted.get("act", set()) and _AGAINST_MONEY_POLITICS.search(text):
        _drop_said_only_in(_AGAINST_MONEY_POLITICS, text, asserted, (("act", "bagi-barang"), ("manner", "menolak")))
    if "undang" in asserted.get("act", set()) and _VOTER_PAPERS.search(text) and not _said_elsewhere(
            _VOTER_PAPERS, text, "act", "undang"):
        asserted["act"].discard("undang")  # the voting invitation (C6), not an invitation of the asker's
    # "temenku yang kerja di BKPSDM", "saya PNS di dinas PU": a workplace is not what the act is aimed at
    if asserted.get("target", set()) & _OFFICIAL_BODIES and (_WORKPLACE.search(text) or _OFFICE_HEAD.search(text)):
        kept = extract(_OFFICE_HEAD.sub(" ", _WORKPLACE.sub(" ", text)), lex, qtype, correct, with_relatives=False).get("target")
        asserted["target"] -= _OFFICIAL_BODIES - kept
    # "like postingan akun resmi KPU soal jadwal debat capres": the candidates are what the
    # election body's post is about; the post is the election body's
    # … and a news report on how the election runs is the report's ("berita tentang jalannya debat capres")
    for pattern, stands_for, needs in ((_OFFICIAL_CONTENT, " KPU ", None), (_NEWS_ON_THE_PROCESS, " berita ", "berita")):
        targets = asserted.get("target", set())
        if targets & POLITICAL and (needs is None or needs in targets) and pattern.search(text):
            kept = extract(pattern.sub(stands_for, text), lex, qtype, correct, with_relatives=False).get("target")
            targets -= POLITICAL - kept
    # "Bupati terpilih udah dilantik … foto bareng beliau di acara dinas": the official he now is
    if ("calon" in asserted.get("target", set()) and _INAUGURATED.search(text)
            and not _CANDIDACY.search(_THE_WINNER.sub(" ", _NO_LONGER_RUNNING.sub(" ", _FORMERLY_RUNNING.sub(" ", text))))):
        asserted["target"].discard("calon")
        asserted["target"].add("pemerintah")
    # "bupati baru udh dilantik, boleh foto bareng di acara dinas?": the head inaugurated, no race named
    # (only for being with or showing the official: aid, orders and the rest stay the acts they are)
    # (… also a relative's: "Bapak udah dilantik jadi bupati minggu lalu … upload foto keluarga pas acara pelantikan")
    elif (not asserted.get("target", set()) - RELATIVES and _INAUGURATED.search(text) and not _NOT_YET_INAUGURATED.search(text)
            and _HEAD_OF_GOVERNMENT.search(text)
            and asserted.get("act") and asserted["act"] <= _WITH_THE_OFFICIAL and not _SUPPORT_SAID.search(text)
            and not _CANDIDACY.search(_THE_WINNER.sub(" ", text))):
        asserted.setdefault("target", set()).add("pemerintah")
    # "dia bukan calon, cuma mantan bupati yg udah ga nyalon lagi, bukan timses siapa2": no candidate in it
    if ("calon" in asserted.get("target", set()) and _NOT_RUNNING.search(text)
            and not _CANDIDACY.search(_NOT_RUNNING.sub(" ", text))):
        asserted["target"].discard("calon")
        negated.setdefault("target", set()).add("calon")
        asserted.get("act", set()).discard("nyalon")
    # "kasih amplop … cuma bilang 'ingat nomor 7 ya'": a ballot number to remember is a call to vote for that candidate
    # (only where no candidate is named otherwise: "caleg itu kasih sambutan plus titip 'jangan lupa nomor 7'" is his own call)
    if _REMEMBER_THE_NUMBER.search(text) and not _CANDIDATE_NAMED.search(_CANDIDATE_DENIED.sub(" ", text)):
        asserted.setdefault("act", set()).add("ajak")
        asserted.setdefault("target", set()).add("calon")
        negated.get("target", set()).discard("calon")
    if (_NAMES_NO_ONE.search(text) and not asserted.get("target", set()) & POLITICAL
            and {"ajak", "coblos", "golput"} & asserted.get("act", set())):
        negated.setdefault("target", set()).add("calon")
    elif ({"ajak", "coblos", "ingatkan"} & asserted.get("act", set()) and (unnamed := _RUNNER_UNNAMED.search(text))
            and not _A_SIDE_NAMED.search(text[:unnamed.start()] + " " + text[unnamed.end():])):
        asserted.get("target", set()).discard("calon")
        asserted.get("act", set()).discard("nyalon")
        negated.setdefault("target", set()).add("calon")
    # "ormas kepemudaan yg ketuanya ketua DPC partai": an organisation and a party, both named, tie the one to the other;
    # ... and "ormas kepemudaan yang ketuanya kebetulan caleg DPRD": one led or founded by a candidate
    if {"organisasi", "partai"} <= asserted.get("target", set()) or (
            {"organisasi", "calon"} <= asserted.get("target", set()) and _LED_BY_A_CANDIDATE.search(text)):
        asserted.setdefault("manner", set()).add("sayap-partai")
    # "dapet undangan deklarasi cagub, aku GAK dateng, cuma di-read": the invitation was declined, the
    # attending denied and nothing else done there
    if ("undang" in asserted.get("act", set()) and "hadir" in negated.get("act", set())
            and "hadir" not in asserted.get("act", set()) and _GOT_AN_INVITATION.search(text)):
        asserted.setdefault("manner", set()).add("menolak")
    # "pak sekda (belum resmi nyalon)": not yet running officially is a would-be candidate, not someone
    # who is not running
    if _NOT_YET_OFFICIALLY.search(text):
        asserted.setdefault("target", set()).add("bakal-calon")
        asserted.setdefault("stage", set()).add("pra-penetapan")
        negated.get("act", set()).discard("nyalon")
        negated.get("target", set()).difference_update({"calon", "bakal-calon"})
    # (not a drive to the polling station: "antar tetangga lansia ke TPS")
    if _DRIVES_KIN_THERE.search(text) and not _DRIVES_A_CANDIDATE.search(text) and not _TO_THE_POLLS.search(text):
        asserted.setdefault("manner", set()).add("antar-kerabat")
    if _ASKER_JOINS_HANDOUT.search(text):
        asserted.setdefault("manner", set()).add("ikut-membagi")
    # "sy bukan anggota partai tp pas cek di Sipol KPU kok nama sy ada": being listed as a member is the situation asked
    # about, whatever membership the asker denies
    # (not "udah sy cek juga ga ada namanya di sipol": the listing denied)
    if any(not _NOT_A_MEMBER.search(text[max(0, g.start() - 30):g.start()]) for g in _LISTED_AS_MEMBER.finditer(text)):
        negated.get("act", set()).discard("anggota-partai")
        asserted.setdefault("act", set()).add("anggota-partai")
    # "dia minta aku kumpulin semarga buat dukung dia": gathering people to back a side is a call to vote
    gathers = _GATHERS_SUPPORT.search(text)
    if gathers and not _denied_before(text, gathers.start()):
        # (… staff gathered by order of a superior are the staff mobilised: "disuruh kadis ngumpulin staf buat dukung paslon")
        asserted.setdefault("act", set()).add("kerahkan" if _STAFF.search(gathers.group(0)) else "ajak")
    # "ikt rame2 konvoi kmpanye …, g pk kaos partai": the shirt is denied, not the side whose campaign it is
    if negated.get("target", set()) & POLITICAL and _DENIED_ATTRIBUTE.search(text):
        left = extract(_DENIED_ATTRIBUTE.sub(" ", text), lex, qtype, correct, with_relatives=False)
        negated["target"] -= POLITICAL - left.neg("target")
    # "istri lg CLTN … dia mau bantu kampanye caleg temennya": the candidate is a friend's, not the relative on leave
    if asserted.get("target", set()) & RELATIVES and _SOMEONE_ELSES_CANDIDATE.search(text):
        asserted.setdefault("manner", set()).add("calon-orang-lain")
    # "sepupu posting flyer calon bupati dan minta saya pin pesan itu di grup": pinning passes it on to every member
    if _PINS_A_MESSAGE.search(text):
        asserted.setdefault("act", set()).add("share")
    # "ketua KPPS minta saya ikut membagikan surat pemberitahuan memilih (C6)": KPU's notice delivered, nothing shared online
    if "share" in asserted.get("act", set()) and _DELIVERS_VOTER_NOTICE.search(text):
        _drop_said_only_in(_DELIVERS_VOTER_NOTICE, text, asserted, (("act", "share"),))
    # "cuma bantu2 nata kursi sm sound system pas kampanye paslon": setting up a campaign's event is working for it
    sets_up = _SETS_UP_THE_CAMPAIGN.search(text)
    if sets_up and not _denied_before(text, sets_up.start()):
        asserted.setdefault("act", set()).update({"tim", "kampanye"})
    # "ditugaskan camat", "tugas belajar", "surat tugas": a duty (the stem "tugas" of "petugas"), no election officer
    if "petugas" in asserted.get("act", set()) and not _ELECTION_OFFICER.search(text):
        asserted["act"].discard("petugas")
    # '"debat td seru, ayo pd nnton biar tau program semua"': an invitation to watch, no call to vote
    if "ajak" in asserted.get("act", set()) and _INVITES_TO_WATCH.search(text) and not _SAYS_VOTE_FOR.search(text):
        _drop_said_only_in(_INVITES_TO_WATCH, text, asserted, (("act", "ajak"),))
    # "awak admin grup, kemarin awak pin pesan kampanye itu": pinning a campaign message spreads it
    if _PINS_CAMPAIGN.search(text):
        asserted.setdefault("act", set()).add("share")
    # 'bilang ke tetangga "coblos adik saya ya"': words the asker says to others that open on a vote to cast
    if _SAYS_VOTE_FOR.search(text):
        asserted.setdefault("act", set()).add("ajak")
        # ('"pilih bang X lah"': whoever is named to vote for stands in the election)
        if not asserted.get("target", set()) & {"calon", "bakal-calon", "partai"}:
            asserted.setdefault("target", set()).add("calon")
    # "lurah diundang ke peresmian yg diresmiin bupati petahana": the one asked about was invited, and
    # nobody in the question invites anyone (not "sy disuruh ngundang caleg ke acara kantor")
    if "undang" in asserted.get("act", set()) and _BEING_INVITED.search(text) and not _INVITING.search(text):
        asserted.setdefault("manner", set()).add("diundang")
    # "pasang spanduk 'Tolak Politik Uang' bikinan sendiri": a banner whose message takes no side
    if (asserted.get("act", set()) & {"pasang-apk", "atribut"} and _CIVIC_MESSAGE.search(text)
            and not asserted.get("target", set()) & POLITICAL):
        asserted.setdefault("manner", set()).add("pesan-netral")
    # "bakal calon" is a stage as well as a target
    if "bakal-calon" in asserted.get("target", set()):
        asserted.setdefault("stage", set()).add("pra-penetapan")
    if ("keputusan" in asserted.get("act", set()) and "coblos" in asserted.get("act", set()) and _LETS_STAFF_VOTE.search(text)
            and not asserted.get("target", set()) & POLITICAL):
        asserted["act"].discard("keputusan")
        asserted.get("manner", set()).discard("diancam")
    # "guru PNS lolos seleksi KPPS … minta surat izin dari sy. Boleh sy tandatangani izinnya?": the permit the
    # election duty needs, signed by the superior, decides nothing for a side
    if ("keputusan" in asserted.get("act", set()) and "petugas" in asserted.get("act", set()) and _SIGNS_THE_PERMIT.search(text)
            and not asserted.get("target", set()) & POLITICAL):
        asserted["act"].discard("keputusan")
    if _GIVES_THE_FLOOR.search(text) and asserted.get("target", set()) & {"calon", "bakal-calon"}:
        asserted.setdefault("manner", set()).add("beri-panggung")
    # a post taken away for the side backed: the candidate is the side, whoever is now in office
    if _PUNISHED_FOR_SIDE.search(text):
        asserted.setdefault("manner", set()).add("karena-pilihan")
        asserted.setdefault("act", set()).add("keputusan")
        asserted.setdefault("target", set()).add("calon")
        negated.get("target", set()).discard("calon")
    # "blh gk pns jd caleg tp gk mundr dlu": running while staying a civil servant (not a would-be candidate not yet named)
    if (civil_servant_runs and "mundur" in negated.get("act", set()) - asserted.get("act", set())
            and not asserted.get("stage", set()) & {"pra-penetapan"}):
        asserted.setdefault("manner", set()).add("tetap-pns")
    return Frame(
        {k: frozenset(v) for k, v in asserted.items()},
        {k: frozenset(v - asserted.get(k, set())) for k, v in negated.items()},
        qtype or question_type(text),
        # ("suami yg bagi2 sembako caleg, aku cuma bantu bungkusin": the asker's hands are in the relative's act)
        (lambda: _relatives_acts(text, lex, correct)) if with_relatives and not asker_helps else None,
    )


def merged(frames) -> Frame:
    """The acts and targets asserted anywhere in ``frames`` (an entry's question and phrasings)."""
    acts: set[str] = set()
    targets: set[str] = set()
    for f in frames:
        acts |= f.get("act")
        targets |= f.get("target")
    return Frame({"act": frozenset(acts), "target": frozenset(targets)})


# people outside the ASN rules whom nothing stricter binds: what a serving civil servant may do, they may too
_FREER_THAN_ASN = frozenset({"honorer", "pensiunan", "swasta", "warga", "bukan-asn"})


def allowed_to_asn_so_to_them(entry: EntryFrame | None, q: Frame) -> bool:
    """ "aku honorer di Pemko, boleh nonton debat cagub?": an entry that allows the act to serving ASN answers an
    asker the ASN rules do not bind (never TNI/Polri, village officials or BUMN staff, whom rules of their own bind)."""
    outside = q.outside_asn
    # (only the asker's own act asked about, not a relative who is ASN nor someone else's act told, and no act that
    # the rules binding them could weigh differently: only what is harmless for anyone, as watching a debate)
    return bool(entry is not None and outside and outside <= _FREER_THAN_ASN and set(entry.actor or ["asn"]) <= ASN_FAMILY
                and q.question == "permission" and not q.get("target") & RELATIVES and "kerabat-asn" not in q.get("manner")
                and not q.others_acts and not risky_acts(q))


def as_serving_asn(q: Frame) -> Frame:
    """``q`` asked by a serving civil servant: the frame an entry for ASN is fitted against."""
    actors = (q.get("actor") - _FREER_THAN_ASN) | {"asn"}
    return Frame({**q.asserted, "actor": frozenset(actors)}, q.negated, q.question, q._others)


def risky_acts(q: Frame) -> frozenset[str]:
    """The question's acts that can make it a violation: the risky ones, and social-media acts
    aimed at a candidate, a party or a team."""
    acts = q.get("act")
    social = acts & SOCIAL_ACTS if q.get("target") & POLITICAL else frozenset()
    return (acts & RISKY_ACTS) | social


def boleh_at_risk(entry: EntryFrame | None, q: Frame, seen: Frame | None = None) -> bool:
    """A question names something risky that an allowed ("boleh") entry does not cover.

    ``seen`` is what the entry's own phrasings assert: "nonton orasi kampanye di YouTube"
    written into the watching entry means the word "kampanye" is part of its situation.
    """
    acts = set(entry.act) if entry else set()
    targets = set(entry.target) if entry else set()
    if seen is not None:
        acts |= seen.get("act")
        targets |= seen.get("target")
    extra = q.get("act") - acts
    if q.get("target") & {"penyelenggara", "pemerintah"} and not q.get("target") & POLITICAL:
        # "share poster KPU soal cara nyoblos, tanpa nama calon", "twibbon resmi KPU yg tulisannya 'Ayo ke
        # TPS' dipasang di PP": the poster, its text, putting it up are the election body's or the
        # government's, not a campaign attribute
        extra = extra - {"atribut", "pasang-apk", "opini"}
    if extra & RISKY_ACTS:
        return True
    political_extra = (q.get("target") & POLITICAL) - targets
    if political_extra and (targets or extra & SOCIAL_ACTS):
        return True
    # "nonton kampanye di tv kantor pas jam kerja bareng staf": the office's working time or things,
    # which the allowed situation does not involve
    means = set(entry.means) if entry else set()
    if seen is not None:
        means |= seen.get("means")
    return bool(q.get("means") & OFFICE_MEANS - means)


def relatives_side_only(entry: EntryFrame | None, q: Frame) -> Frame | None:
    """ "Sy ditunjuk jadi KPPS … Cuma suami sy ikut tim sukses caleg. Apa sy tetep boleh jadi KPPS?": for an entry
    about a relative, once the relative's own acts are set apart, the side they work for is theirs too; ``q`` as such
    an entry reads it; None when no act is the relative's or the asker still does something risky."""
    if entry is None or not set(entry.target) & RELATIVES or not q.others_acts:
        return None
    mine = q.for_relatives_entry()
    if risky_acts(mine) or mine.get("act") & SOCIAL_ACTS:
        return None
    return Frame({**mine.asserted, "target": mine.get("target") - POLITICAL}, mine.negated, mine.question)


def adds_social_post(entry: EntryFrame | None, q: Frame, seen: Frame | None = None) -> bool:
    """ "nonton debat capres terus komentar di grup WA": the question adds a like, comment, post
    or share about a side that an allowed entry (watching) does not cover."""
    acts = set(entry.act) if entry else set()
    if seen is not None:
        acts |= seen.get("act")
    return bool((q.get("act") - acts) & SOCIAL_ACTS and q.get("target") & POLITICAL)


def side_denied_only(entry: EntryFrame | None, q: Frame) -> bool:
    """ "gak punya KTA partai, cuma diangkat jadi bendahara ranting": an office held, the only side named is
    a party the question denies (membership, not the office), and the allowed entry's own target (an
    organisation) is not named at all: the entry does not recognise the situation, so cannot license it."""
    if entry is None or not entry.target or set(entry.target) & POLITICAL:
        return False
    return (not q.get("target") and "partai" in q.neg("target")
            and bool(q.get("act") & {"pengurus", "anggota-partai"}))


def target_unnamed(entry: EntryFrame | None, q: Frame) -> bool:
    """An allowed entry about a harmless target (KPU's account, the office's page, a relative)
    does not answer a social-media act asked about with no target at all, named or ruled out:
    "like doang ga papa?" is asked about a candidate's post more often than not."""
    if entry is None or not entry.target or set(entry.target) & POLITICAL:
        return False
    return not q.get("target") and not q.neg("target") and bool(q.get("act") & SOCIAL_ACTS)


def conditions_met(entry: EntryFrame | None, q: Frame) -> bool:
    """The question says every condition of a "boleh dengan syarat" entry holds."""
    if entry is None or not (entry.boleh_if or entry.boleh_without):
        return False
    said = set().union(*(q.get(slot) for slot in SLOTS))
    denied = set().union(*(q.neg(slot) for slot in SLOTS))
    return set(entry.boleh_if) <= said and set(entry.boleh_without) <= denied


def exception_named(entry: EntryFrame | None, q: Frame) -> bool:
    """The question states a manner that makes the act allowed and that the entry is about
    ("saya menolak perintah atasan" against the refusal entry)."""
    if entry is None:
        return False
    return bool(set(entry.manner) & q.get("manner") & EXCEPTION_MANNERS)


def condition_denied(entry: EntryFrame | None, q: Frame) -> bool:
    """The question says a condition of a "boleh dengan syarat" entry does not hold
    ("kepala sekolah belum kasih izin tertulis")."""
    if entry is None or not entry.boleh_if:
        return False
    denied = set().union(*(q.neg(slot) for slot in SLOTS))
    return bool(set(entry.boleh_if) & denied)


@dataclass(frozen=True)
class Fit:
    excluded: bool
    match: float  # share of the entry's declared slots the question fills with the same value
    reason: str = ""


_INVITATION_ACTS = frozenset({"undang", "deklarasi", "kampanye"})


def fit(entry: EntryFrame | None, q: Frame) -> Fit:
    """How an entry's declared frame fits a question's frame."""
    if entry is None:
        return Fit(False, 0.0)
    # Who: an asker outside the ASN rules never gets an entry written for serving ASN.
    outside = q.outside_asn
    e_actor = set(entry.actor or ["asn"])
    # an entry for people outside the ASN rules ("bukan-asn") covers the private sector too, and one who
    # resigned ("mantan PNS, udh mundur resmi"), whom the word "mantan" also makes a retiree
    resigned = "bukan-asn" in q.get("actor") and "mundur" in q.get("act")
    if outside and not (outside & e_actor) and not ((outside & {"swasta", "warga"} or resigned) and "bukan-asn" in e_actor):
        return Fit(True, 0.0, "actor")
    # "udh pensiun dr PNS, skrg jd kades": a retiree who holds another office those rules bind
    if outside and e_actor <= {"pensiunan", "bukan-asn"} and outside & BOUND_ELSEWHERE - e_actor:
        return Fit(True, 0.0, "actor")
    if not outside and not (e_actor & ASN_FAMILY) and not (q.get("actor") & e_actor):
        return Fit(True, 0.0, "actor")  # an entry for retirees, honorer… and an ASN asking
    # "SK pemberhentian sudah keluar": one who has left the service is not asked about as a serving PNS
    if resigned and not q.get("actor") & ASN_FAMILY and e_actor <= ASN_FAMILY:
        return Fit(True, 0.0, "actor")
    if e_actor == {"pns"} and "pppk" in q.get("actor") and "pns" not in q.get("actor"):
        return Fit(True, 0.0, "actor")  # PP 94/2021 binds PNS only
    if entry.unless and any(v in q.get(slot) for slot in SLOTS for v in entry.unless):
        return Fit(True, 0.0, "unless")
    if entry.requires and not any(v in q.get(slot) for slot in SLOTS for v in entry.requires):
        return Fit(True, 0.0, "requires")
    # "ga ambil CLTN": an entry about the situation with a granted CLTN does not answer one without it
    if "cltn" in q.neg("actor") and not q.get("actor") & {"cltn"} and (
            "cltn-sah" in entry.boleh_if or "cltn" in e_actor):
        return Fit(True, 0.0, "negated exception")
    # What and whom: negated ("tanpa calon", "ga diupload") or different.
    for slot in ("act", "target"):
        declared = set(getattr(entry, slot))
        if declared and declared & q.neg(slot) and not declared & q.get(slot):
            return Fit(True, 0.0, f"negated {slot}")
    # "pose tiga jari sareng caleg": an entry about the situation *without* a candidate does not answer one that
    # names it
    if set(entry.without) & (q.get("target") - q.neg("target")):
        return Fit(True, 0.0, "without")
    # "diundang deklarasi bakal calon tp sy ga dtg": an invitation declined and nothing else done
    # there; an entry about attending is not the question's
    if ("hadir" in q.neg("act") and "hadir" in entry.act and "menolak" in q.get("manner")
            and "menolak" not in entry.manner and not risky_acts(q) - _INVITATION_ACTS):
        return Fit(True, 0.0, "declined")
    # "bkn pas kampanye": a campaign ruled out as the time rules out an entry about a campaign
    ruled_out = set(entry.act) & q.neg("stage")
    if ruled_out and not ruled_out & q.get("act"):
        return Fit(True, 0.0, "negated stage")
    e_target, q_target = set(entry.target), q.get("target")
    if outside and outside & e_actor:
        # "istri saya polisi, boleh dia ikut kampanye?": the relative is the person asked about
        # (the actor), not the one the act is aimed at
        q_target = q_target - RELATIVES
    # "nonton debat di TV sama keluarga": a relative named beside the act is company, not a
    # target that contradicts an entry about a candidate
    q_target_x = q_target - RELATIVES if e_target & POLITICAL else q_target
    if e_target and q_target_x and not (e_target & q_target_x):
        # (a relatives' entry about a candidate or a team: a party named is the same side of the same act)
        if not (q_target_x <= POLITICAL and e_target - RELATIVES <= POLITICAL):
            return Fit(True, 0.0, "target")
    declared = [s for s in _FIT_SLOTS if getattr(entry, s)]
    if not declared:
        return Fit(False, 0.0)
    hits = sum(1 for s in declared if set(getattr(entry, s)) & q.get(s))
    # "nonton kampanye, ga pakai kaos partai" against the campaign-shirt entry: a declared
    # act the question rules out counts against the entry (not enough to exclude it,
    # since an entry's acts are alternatives).
    denied = 1 if set(entry.act) & q.neg("act") else 0
    # "Adik saya jadi pengurus partai, saya PNS. Saya kena?": the relative named is the one who does
    # the risky act, not company, so an entry about the asker's own act fits less
    risky = risky_acts(q) if q_target & RELATIVES and not (e_target | set(entry.requires)) & RELATIVES else None
    if risky and risky <= q.others_acts:
        denied += 1
    return Fit(False, (hits - denied) / len(declared))
