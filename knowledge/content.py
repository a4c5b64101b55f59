"""Check before you share: classify a piece of content (a forwarded status, a caption, a
poster's text) and give a verdict for each thing an ASN might do with it.

The classification reads *cues*: a ballot-number call ("coblos no 2", "#03Menang"), a
party or candidate from the election registry, a campaign slogan, finger-number emoji in
an election context, an invitation to a campaign event, an attack on a candidate; the
name or site of KPU, Bawaslu, BKN or DKPP with voter information; the shape of a news
report. Every cue is shown to the user with what it matched.

The verdicts are not decided here: each (kind of content, act) points to a FAQ entry,
whose verdict, citations and sanction the answer carries, so the legal truth has one
source (knowledge/data/faq). One rule is enforced on top, because a wrong "boleh" is the
worst error: campaign content never gets "boleh" for a like, a comment, a share, a
status or a profile picture.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from netralbot.knowledge.answer import Citation
from netralbot.knowledge.respace import respace
from netralbot.knowledge.registry import Registry
from netralbot.knowledge.text import indonesian_words

KINDS = ("kampanye", "informasi-resmi", "berita", "netral", "tidak-terbaca")
ACTS = ("like", "komentar", "bagikan", "status", "foto-profil", "simpan")
ACT_LABELS = {"like": "Like / suka", "komentar": "Komentar", "bagikan": "Bagikan / teruskan",
              "status": "Jadikan status atau story", "foto-profil": "Jadikan foto profil",
              "simpan": "Sekadar membaca atau menyimpan"}
PUBLIC_ACTS = ("like", "komentar", "bagikan", "status", "foto-profil")  # never "boleh" on campaign content

# (kind, act) -> the FAQ entry whose verdict, citations and sanction apply.
ENTRIES: dict[str, dict[str, str | None]] = {
    "kampanye": {"like": "medsos-like-akun-calon", "komentar": "medsos-komentar-dukung-calon",
                 "bagikan": "medsos-forward-broadcast-kampanye", "status": "medsos-status-story-dukungan",
                 "foto-profil": "medsos-foto-profil-twibbon-calon", "simpan": "kontras-tonton-kanal-calon-tanpa-like"},
    "informasi-resmi": {"like": "medsos-like-berita-kpu-bawaslu", "komentar": "medsos-like-berita-kpu-bawaslu",
                        "bagikan": "medsos-bagikan-info-resmi-kpu", "status": "medsos-bagikan-info-resmi-kpu",
                        "foto-profil": "kontras-twibbon-kpu-tanpa-calon", "simpan": "medsos-bagikan-info-resmi-kpu"},
    "berita": {"like": "kontras-share-berita-politik", "komentar": "kontras-share-berita-politik",
               "bagikan": "kontras-share-berita-politik", "status": "kontras-share-berita-politik",
               "foto-profil": "kontras-share-berita-politik", "simpan": "kontras-tonton-kanal-calon-tanpa-like"},
}

ELECTION_WORDS = (
    r"pemilu|pilkada|pilpres|pileg|pemilihan umum|capres|cawapres|caleg|bacaleg|cagub|cawagub|cabup|cawabup|"
    r"cawalkot|calon walikota|calon wali kota|calon bupati|calon gubernur|calon presiden|calon legislatif|paslon|"
    r"pasangan calon|calon anggota|kampanye|coblos\w*|nyoblos|contreng|tps|surat suara|dpt|kpu\w*|bawaslu\w*|"
    r"dkpp|partai|parpol|dprd|dpd ri|dpr ri|dapil|pilwalkot|pilbup|pilgub|pilbub|elektabilitas|timses|tim sukses|"
    r"tim pemenangan|relawan|quick count|hitung cepat|golput|hak pilih|pemilih|politik uang|serangan fajar|"
    r"netralitas|#?14\s?feb\w*|#?27\s?nov\w*"
)
_ELECTION = re.compile(rf"(?<!\w)(?:{ELECTION_WORDS})(?!\w)", re.I)
_CANDIDATE_WORD = re.compile(
    r"(?<!\w)(?:capres|cawapres|caleg|bacaleg|cagub|cawagub|cabup|cawabup|cawalkot|paslon|pasangan calon|"
    r"calon (?:presiden|wakil|gubernur|bupati|wali ?kota|legislatif|anggota|dprd?|dpd)|kandidat|petahana|"
    r"partai|parpol|presiden|wakil presiden|gubernur|bupati|wali ?kota|dprd?|dpd|wakil rakyat|kepala daerah|"
    r"legislatif|dapil|anggota dewan)(?!\w)", re.I)
# "H. Darmawan", "Ir. Sutrisno", "Bu Hj. Rina", "Bapak Budi Santoso": a person being talked about
_PERSON = re.compile(
    r"(?<!\w)(?:(?i:h|hj|ir|dr|drs|dra|prof|ust|ustaz|ustadz)\.\s?|(?i:kh|hj|buya|ustaz|ustadz|gus|ning)\s+|"
    r"(?:Bapak|Pak|Ibu|Bu|Bang|Mas|Mbak|Kang|Teh|Uda|Uni|Daeng|Abah|Umi|Cak|Lae|Amang|Ito|Opung|Bli|Akang|"
    r"Mbah|Kak|Paman|Tulang|Om|Opa|Oma|Datuk|Kiai|Kyai|Nyai|Wak|Bung|Pakde|Bunda|Habib|Tuan Guru|Si|Ompu|Nak|Puang|Andi|"
    r"Ajo|Ayah|BAPAK|PAK|IBU|BU|BANG|MAS|MBAK|KANG|UDA|DAENG|ABAH|CAK|LAE|BUYA|GUS)\s+)"
    r"(?!(?:RT|RW|Camat|Lurah|Kades|Guru|Dokter|Bidan|Kepala|Kadis|Sekda|Bupati|Gubernur|Presiden|ASN|PNS|PPPK|CPNS|"
    r"Pegawai|Dinas|Staf)\b)"
    r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}"
    # a ticket ("Bayu–Rani", "Sutrisno - Endang") or a brand with a year ("AMR 2029", "Mas Dimas 2029")
    r"|(?<!\w)[A-Z][a-z]{2,}\s?[–-]\s?[A-Z][a-z]{2,}(?!\w)"
    r"|(?<!\w)(?!(?i:pemilu|pilkada|pilpres|pileg|pemilihan|tahun|periode|hut|damai|serentak|januari|februari|maret|"
    r"april|mei|juni|juli|agustus|september|oktober|november|desember|ri|kpu|bawaslu)\b)[A-Z][A-Za-z]{1,}\s20[2-4]\d(?!\d)")
_BALLOT_CALL = re.compile(
    r"(?<!\w)(?:coblos(?:lah)?|nyoblos|contreng|centang|pilih(?:lah)?|dukung(?:lah)?|menangkan|"
    r"jangan lupa(?: coblos| pilih)?|ingat|pasti)\s*:?\s*(?:no\.?|nomor|nomer|nmr|nomor urut|no urut|angka|"
    r"paslon|yang|yg|partai|caleg)?\s*(?:urut\s*)?(?:0?\d{1,2}|siji|loro|telu|papat|limo|hiji|dua|tilu|opat|"
    r"satu|tiga|empat|lima|ciek|duo|tigo|sada|tolu|pertama|kedua|ketiga)(?!\w)(?![.:/]\d)"
    r"(?!\s*(?:jan|feb|mar|apr|mei|jun|jul|agu|ags|sep|okt|nov|des)\w*)", re.I)  # "14 Februari" is a date
_NUMBER_TAG = re.compile(r"#\s?0?\d{1,2}[a-z]|#[a-z]+0?\d{1,2}\b|(?<![\w.,:/-])0[1-9](?:\s*(?:menang|pasti|juara|"
                         r"presiden|gubernur|bupati|lanjut|satu putaran|all in|for)\b)", re.I)
_PROMOTE = re.compile(
    r"(?<!\w)(?:menangkan|memenangkan|pilih(?:lah)?|coblos(?:lah)?|dukung(?:lah)?|satu putaran|lanjutkan|"
    r"all in|for president|presidenku|gubernurku|bupatiku|wali ?kotaku|pemimpin kita|pilihan kita|"
    r"pilihan rakyat|bersama kami|siap menang|pasti menang|menang telak|mari dukung|ayo dukung|"
    r"ayo pilih|yuk pilih|yuk coblos|ayo coblos|coblos\w*|nyoblos|contreng|milih|pilihen|pilihlah|dipilih|"
    r"program unggulan|visi misi|visi dan misi|merakyat|lanjutkan|"
    r"menuju \w+ (?:maju|sejahtera|hebat|baru|emas)|untuk \w+ (?:lebih baik|maju|sejahtera)|siap memimpin|"
    r"calon pemimpin|pemimpin (?:baru|amanah|muda)|jagoan|dukungan|bersama (?:bapak|pak|ibu|bu|h\.|hj\.))(?!\w)",
    re.I)
_ATTACK = re.compile(
    r"(?<!\w)(?:jangan (?:pilih|coblos|dukung)|tolak (?:capres|caleg|paslon|calon|partai)|awas (?:capres|caleg|"
    r"paslon|calon|partai)|antek|boneka|pengkhianat|koruptor|dinasti|haram (?:memilih|pilih)|kafir|pki|"
    r"penipu rakyat|pembohong|antek asing|anti ?islam)(?!\w)", re.I)
_EVENT = re.compile(
    r"(?<!\w)(?:kampanye akbar|rapat umum|deklarasi|konsolidasi|posko pemenangan|tim pemenangan|timses|"
    r"tim sukses|relawan(?! (?:donor|bencana|pmi|medis|kesehatan|pengajar|sar|lingkungan|kemanusiaan|covid|"
    r"posyandu|literasi|sosial)\b)|jalan sehat bersama|blusukan|temu kader|kader partai|daftar(?:kan diri)? (?:jadi |sebagai )?"
    r"(?:anggota|kader|caleg)|bergabung (?:bersama|dengan) partai|gabung (?:jadi )?(?:relawan|kader)|"
    r"kartu tanda anggota|kta partai)(?!\w)", re.I)
_HANDS = re.compile("[\u261d\u270c\U0001f91f\U0001f918\U0001f590\U0001f446\u270b\U0001f44c\U0001f91e]")
_KEYCAPS = re.compile("[0-9]\u20e3")  # keycap digits such as 2️⃣
_FINGERS = re.compile(f"{_HANDS.pattern}|{_KEYCAPS.pattern}")  # finger numbers and keycaps
_OFFICIAL = re.compile(
    r"(?<![\w.])(?:kpu(?: ri| provinsi| kabupaten| kota| kab\.?)?|bawaslu(?: ri)?|dkpp|bkn|kemenpan ?-?rb|"
    r"kementerian pendayagunaan|kasn|ppk|pps|kpps|pantarlih|panwaslu|pengawas tps)(?!\w)", re.I)
_INFO = re.compile(
    r"(?<!\w)(?:jadwal|tahapan|cek dpt|dpt online|daftar pemilih|cara (?:mencoblos|memilih|nyoblos)|"
    r"surat suara|tps|hak pilih|gunakan hak|jangan golput|ayo (?:ke tps|memilih|mencoblos|cek)|pemilu damai|"
    r"pilkada damai|tolak politik uang|politik uang|serangan fajar|netralitas asn|asn (?:wajib |harus )?netral|"
    r"hoaks|hoax|lapor(?:kan)?|pengumuman|sosialisasi|informasi resmi|pindah memilih|formulir|a5|"
    r"pemungutan suara|penghitungan suara|rekapitulasi|masa tenang|pemilih pemula|disabilitas|e-ktp|"
    r"ktp-el|bawa ktp|undangan memilih|c6|c pemberitahuan|twibbon)(?!\w)", re.I)
_OFFICIAL_SITE = re.compile(r"(?:[\w-]+\.)*(?:kpu|bawaslu|dkpp|bkn|menpan)\.go\.id", re.I)
# "PADANG — Debat perdana…", "JAKARTA, KOMPAS.com - KPU…", "…, Kamis (12/9)."
_DATELINE = re.compile(r"(?:^|\n)\s*[A-Z]{3,}(?: [A-Z]{3,}){0,2}(?:,\s*[A-Z][\w.]+)?\s*[—–-]\s+[A-Z][a-z]"
                       r"|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
_NEWS = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Z .]{2,40},\s*(?:[A-Z][\w.]+(?:\.com|\.id|\.co\.id)?\s*)?[-–—]|\((?:antara|kompas|"
    r"detik|tempo)\w*\)|(?<!\w)(?:kata|ujar|ungkap|jelas|tutur|menurut|dalam keterangan\w*|dikutip|dilansir|"
    r"melaporkan|dilaporkan|wartawan|jurnalis|redaksi|menetapkan|ditetapkan|menggelar|digelar|berkampanye di|"
    r"dihadiri|hasil survei|survei|elektabilitas|menyampaikan|mengatakan|menyebutkan|pada (?:senin|selasa|rabu|"
    r"kamis|jumat|sabtu|minggu)|kemarin|sebanyak \d|menolak|membantah|mencatat|menemukan|menyatakan|memaparkan|"
    r"sepakat|unggul|memperoleh|beredar|dilaporkan|diajukan|mendaftar|diiringi|bersitegang|dijatuhi|meluncurkan|"
    r"mengklaim|mempertanyakan|berlangsung|persen|responden|lembaga survei|hitung cepat|quick count|polisi|"
    r"seorang|menyebut|sempat|berhasil|membentuk|koalisi|dijadwalkan|pekan depan|saling|cek fakta|"
    r"hasil suntingan|hukuman disiplin|setelah terbukti|menghentikan|mengamankan|menyelidiki|diduga|tengah (?:me|di)\w+|diskors|"
    r"resmi berkoalisi|kesepakatan|ditandatangani|mempersoalkan|penyidik|polres|polda|gakkumdu|putusan|hakim|jaksa|"
    r"jika terpilih|•••|(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu) (?:pagi|siang|sore|malam))(?!\w)", re.I)
# "Bawaslu Kabupaten X menemukan…", "DKPP menjatuhkan…": a report of what a body did, not its notice
_BODY_REPORTED = re.compile(r"(?<!\w)(?:KPU|Bawaslu|DKPP|BKN|KASN|MK|PTUN|Gakkumdu|Polres|Polda|Satgas)(?:\s+[A-Z][\w.]*){0,4}"
                            r"\s+(?:me|mem|men|meng|meny)[a-z]{3,}(?!\w)")
_NOTICE_VOICE = re.compile(r"(?<!\w)(?:ayo|mari|yuk|jangan lupa|cek|pastikan|bawa|datanglah|gunakan|silakan|segera|"
                           r"diharapkan|diimbau|mengimbau|wajib|pengumuman|informasi|daftarkan)(?!\w)", re.I)
_QUOTED = re.compile(r"[\"“”„«»](.{1,200}?)[\"“”„«»]|'([^'\n]{3,200})'", re.S)
_LETTERS = re.compile(r"[^\W\d_]{2,}", re.U)


@dataclass(frozen=True)
class Cue:
    type: str  # ballot-call, party, candidate, slogan, hashtag, fingers, event, attack, promote,
    #            official, official-site, info, news, election
    text: str  # the words in the content
    match: str | None = None  # what it matched in the registry, when it did

    def to_json(self) -> dict:
        return {"type": self.type, "text": self.text, "match": self.match}


@dataclass(frozen=True)
class ActVerdict:
    act: str
    verdict: str  # dilarang | boleh | hati-hati
    faq_id: str | None
    note: str | None = None


@dataclass(frozen=True)
class ContentCheck:
    kind: str
    cues: tuple[Cue, ...]
    acts: tuple[ActVerdict, ...]
    citations: tuple[Citation, ...]
    explanation: str
    sanction: str | None = None
    registry_note: str | None = None

    def verdict(self, act: str) -> str:
        return next(a.verdict for a in self.acts if a.act == act)

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "cues": [c.to_json() for c in self.cues],
            "acts": {a.act: a.verdict for a in self.acts},
            "act_entries": {a.act: a.faq_id for a in self.acts},
            "citations": [{"key": c.key, "regulation": c.regulation, "title": c.title, "article": c.article,
                           "text": c.text, "verified": c.verified} for c in self.citations],
            "explanation": self.explanation,
            "sanction": self.sanction,
            "registry_note": self.registry_note,
        }


# --- reading the content ----------------------------------------------------------------

def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u200d", "").replace("\ufe0f", "")


_WORD = re.compile(r"#?[^\W_]+(?:[-'][^\W_]+)*", re.U)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass
class _Matchers:
    """Registry names indexed by their first word, so matching a text costs one dictionary
    lookup per word however many candidates a region has. Built once per Registry object
    (kept on it: ``registry.load`` returns the same object until the registry changes)."""

    by_first: dict[str, list[tuple[tuple[str, ...], bool, str, str]]]  # word -> (words, exact case, type, match)
    sites: list[tuple[re.Pattern, str]]


def _matchers(reg: Registry, common_words: frozenset[str]) -> _Matchers:
    if isinstance(reg.index, _Matchers):
        return reg.index
    by_first: dict[str, list[tuple[tuple[str, ...], bool, str, str]]] = {}

    def add(name: str, kind: str, what: str, exact: bool = False) -> None:
        words = tuple(w if exact else w.lower() for w in _words(name))
        if words:
            by_first.setdefault(words[0].lower(), []).append((words, exact, kind, what))

    for p in reg.parties:
        what = f"{p.name} (nomor urut {p.number}{', partai lokal Aceh' if p.scope == 'aceh' else ''})"
        add(p.name, "party", what)
        for a in p.abbreviations:
            if a.lower() in common_words or len(a) <= 3:
                # "Buruh", "Garuda", "PA", "PAN": ordinary words too, so only after "partai" or as
                # the party writes it in capitals
                add(f"partai {a}", "party", what)
                if len(a) >= 3 and a.isupper():
                    add(a, "party", what, exact=True)
            else:
                add(a, "party", what)
    for c in reg.candidates:
        what = f"calon nomor {c.number} ({c.office}, {c.region}, {c.election})"
        for name in (c.name, c.running_mate, *c.nicknames):
            if not name or len(name) < 4:
                continue
            if name.lower() in common_words or (name.isupper() and len(name) <= 5):
                if name.isupper():  # "PAGI", "AMIN": only as the campaign writes them
                    add(name, "candidate", what, exact=True)
            else:
                add(name, "candidate", what)
    for sl in reg.slogans:
        target = sl.candidate or sl.party
        add(sl.text, "slogan", "slogan kampanye" + (f" ({target})" if target else ""))
    sites = []
    for acc in reg.accounts:
        handle = acc.handle.lstrip("@")
        if len(handle) >= 4:
            sites.append((re.compile(rf"(?<![\w.]){re.escape(handle)}(?!\w)", re.I),
                          f"akun/laman resmi {acc.body} ({acc.kind})"))
    reg.index = _Matchers(by_first, sites)
    return reg.index


def _registry_hits(text: str, m: _Matchers) -> list[tuple[str, str, str]]:
    words = _words(text)
    lower = [w.lower() for w in words]
    hits = []
    for i, w in enumerate(lower):
        for pattern, exact, kind, what in m.by_first.get(w, ()):
            span = (words if exact else lower)[i:i + len(pattern)]
            if tuple(span) == pattern:
                hits.append((kind, " ".join(words[i:i + len(pattern)]), what))
    for pattern, what in m.sites:
        hits += [("official-site", x.group(0), what) for x in pattern.finditer(text)]
    return hits


def _cues(text: str, reg: Registry, common_words: frozenset[str]) -> list[Cue]:
    out: list[Cue] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, found: str, match: str | None = None) -> None:
        found = " ".join(found.split())[:80]
        if (kind, found.lower()) not in seen:
            seen.add((kind, found.lower()))
            out.append(Cue(kind, found, match))

    for kind, found, what in _registry_hits(text, _matchers(reg, common_words)):
        add(kind, found, what)
    for m in _BALLOT_CALL.finditer(text):
        add("ballot-call", m.group(0))
    for m in _NUMBER_TAG.finditer(text):
        add("ballot-call", m.group(0))
    for m in re.finditer(r"#[\w]+", text):
        tag = m.group(0)
        if _ELECTION.search(tag[1:]) or re.search(r"menang|presiden|capres|coblos|pilih|lanjut|for|\d", tag, re.I):
            add("hashtag", tag)
    for m in _EVENT.finditer(text):
        add("event", m.group(0))
    for m in _ATTACK.finditer(text):
        add("attack", m.group(0))
    for m in _PROMOTE.finditer(text):
        add("promote", m.group(0))
    fingers = _FINGERS.findall(text)
    if fingers:
        add("fingers", "".join(fingers[:5]))
    for m in _OFFICIAL.finditer(text):
        add("official", m.group(0))
    for m in _OFFICIAL_SITE.finditer(text):
        add("official-site", m.group(0), "laman resmi penyelenggara atau instansi")
    for m in _INFO.finditer(text):
        add("info", m.group(0))
    for m in _NEWS.finditer(text):
        add("news", m.group(0).strip(" -–—\n"))
    for m in _ELECTION.finditer(text):
        add("election", m.group(0))
    return out


# Signals beyond single cues. Each is a plain pattern; classify() combines them.
_NUMBER = re.compile(
    r"(?<![\w/])(?<!tps )(?<!rt )(?<!rw )(?:nomor|nomer|nmr|no\.?|nomor urut|no urut|paslon|calon|caleg|"
    r"kandidat)\s*(?:urut\s*)?(?:0?[1-9]\d?|siji|loro|telu|hiji|dua|tilu|satu|tiga|empat|lima)(?![\d:.,]\d)(?!\w)"
    r"|(?<![\w.,:/])(?<!tps )(?<!rt )(?<!rw )(?<!no\. )(?<!jam )0[1-9](?![\w.,:/])", re.I)
_APPEAL = re.compile(
    r"(?<!\w)(?:menangkan|memenangkan|menangke|menangkeun|meunangkeun|menangin|dukung\w*|ngadukung|pilih\w*|milih|"
    r"coblos\w*|nyoblos|contreng|centang|tusuk|mohon doa restu|mohon dukungan\w*|siap (?:memenangkan|menang|"
    r"memimpin)|lanjut\w*|gas terus|for (?:dprd?|dpd|presiden|gubernur|bupati|wali ?kota|president)|"
    r"(?:untuk|kanggo|for) (?!(?:Bu|Pak|Bapak|Ibu|Presiden|Wakil|DPR|DPD|DPRD|Gubernur|Bupati|Wali|Anda|Kita|Semua|"
    r"Seluruh|Adik|Kakak|Anak)\b)[A-Z]\w+(?: (?:lebih|luwih|makin)\b| [A-Z]\w+)?|saatnya|sudah waktunya|waktunya ganti|"
    r"ganti (?:bupati|gubernur|presiden|wali ?kota|pemimpin)|satu putaran|pasti menang|menang(?:!| telak| mutlak)|"
    r"pemimpin (?:yang|yg|nan|kita|baru|amanah|muda|sejati)|perempuan memimpin|berani berubah|perubahan|"
    r"program (?:unggulan|prioritas)|visi misi|visi dan misi|kontrak politik|jadi (?:bupati|gubernur|presiden|"
    r"wali ?kota|anggota dewan)|maju sebagai|salam dari|dari (?:calon|caleg)|kenali (?:calon|visi)|"
    r"kemenangan|nomor \w+ lah|jangan ragu|suara (?:kita|kami|saya|ku|rakyat|warga) untuk)(?!\w)")
_APPEAL_I = re.compile(
    r"(?<!\w)(?:menangkan|memenangkan|menangke|menangkeun|dukung\w*|ngadukung|coblos\w*|nyoblos|contreng|tusuk|"
    r"mohon doa restu|mohon dukungan\w*|program (?:unggulan|prioritas)|visi misi|pemimpin (?:yang|yg|nan|sejati)|"
    r"kemenangan|satu putaran|berani berubah|maju sebagai)(?!\w)", re.I)
_STRONG = re.compile(r"(?<!\w)(?:menangkan|memenangkan|menangke|menangkeun|menangin|coblos\w*|nyoblos|contreng|"
                     r"tusuk)(?!\w)", re.I)
# "seluruh paslon", "semua calon": about everyone, promoting no one
_ALL_CANDIDATES = re.compile(r"(?<!\w)(?:seluruh|semua|para|masing-masing|setiap|kedua|ketiga|tiga|dua) "
                             r"(?:paslon|calon|pasangan|kandidat|peserta)", re.I)
_SMEAR = re.compile(
    r"(?<!\w)(?:jangan (?:pilih|coblos|dukung|mau dipimpin)|ulah milih|ojo (?:milih|gelem)|aja milih|"
    r"tolak (?-i:[A-Z])\w+|asal bukan|tersangka|korup\w*|maling|bohong\w*|ngabohong|omdo|utang\w*|antek|boneka|"
    r"pengkhianat|dinasti|anti pancasila|anti ?islam|kafir|pki|warga negara asing|ijazah palsu|didiskualifikasi|"
    r"kepergok|amplop|serangan fajar|kecewa|gak bisa baca|tidak bisa baca|konglomerat|harta naik|"
    r"orang luar daerah|dikuasai|renungkan|cek faktanya|fakta (?:yg|yang) disembunyikan|tikus berdasi|"
    r"(?:jangan|ulah|ojo|jan) (?:percaya|percanten|pracaya|mau dibohongi|tertipu)|bukan (?:orang )?asli|pendatang)(?!\w)", re.I)
_CHAIN = re.compile(r"diteruskan|breaking|viral|sebarkan|katanya|info a1|orang dalam|‼|!!|😱|🚨|👇|\?\?\?|🤣|🤡",
                    re.I)
_EVENT2 = re.compile(
    r"(?<!\w)(?:posko|kaos gratis|kaos dibagikan|stiker|sembako|voucher|santunan|hadiah|doorprize|umroh|"
    r"jalan sehat|turnamen|cup\b|istighosah|doa bersama untuk kemenangan|silaturahmi|ngopi bareng|perkenalan|"
    r"sosialisasi visi|rumah aspirasi|apel siaga|wajib hadir di acara|twibbon|rekrutmen saksi|saksi tps|"
    r"bergabung\w* (?:bersama|dengan) partai|pendaftaran (?:bakal )?caleg|kartu anggota|kta|daftar (?:jadi )?"
    r"(?:anggota|kader)|buka pendaftaran anggota|membuka pendaftaran (?:anggota|bakal caleg|caleg)|"
    r"(?:stiker|kaos|sablon|atribut|spanduk|baliho|kalender|topi)\s+(?-i:[A-Z]{2,}(?:\s[A-Z]{2,})?))(?!\w)", re.I)
_ROLE = re.compile(
    r"(?<!\w)(?:capres|cawapres|caleg|bacaleg|cagub|cawagub|cabup|cawabup|cawalkot|cawawalkot|paslon|"
    r"pasangan calon|pasangan (?:nomor|no\.?) ?\d|calon(?: \w+)?|kandidat|petahana|dapil|dprd|dpr|dpd|bupati|wakil bupati|gubernur|"
    r"wali ?kota|presiden|wakil rakyat|anggota dewan)(?!\w)", re.I)
# campaign pushes that name no one the registry knows: a poll with a call to act, a prayer for
# someone's victory, "N jari untuk …", "buktikan di bilik suara", a caleg's holiday greeting,
# a claim of what a numbered pair will take away, "sebarkan sebelum dihapus"
_PUSH = re.compile(
    r"(?:survei|polling|elektabilitas)\b.{0,160}?\d{1,2}(?:[,.]\d+)?\s?%.{0,160}?"
    r"(?:jangan (?:sia-?siakan|ragu|paksakan|pilih)|pasti menang|sudah pasti|share ke|sebarkan|tidak bisa dibohongi)"
    r"|(?<!\w)kemenangan\s+(?:pasangan|paslon|calon|caleg|pak|bu|bapak|ibu|mas|mbak|bang|kang|cak|uda)(?!\w)"
    r"|(?<!\w)(?:satu|dua|tiga|empat|lima|\d)\s+jari\s+untuk(?!\w)"
    r"|(?<!\w)(?:buktikan|tunjukkan|tentukan)(?!\w).{0,20}bilik suara"
    r"|(?:selamat hari|mohon maaf lahir|selamat idul|selamat natal|selamat tahun baru|salam hormat).{0,160}?"
    r"(?<!\w)(?:dapil|caleg|dpr ri|dprd|calon)(?!\w)"
    r"|(?<!\w)(?:pasangan|paslon|calon)\s+(?:nomor|no)\.?\s*\d(?!\w).{0,60}?(?<!\w)(?:bakal|akan|mau)(?!\w).{0,25}?"
    r"(?<!\w)(?:hapus|cabut|potong|hilangkan|jual)"
    r"|sebarkan sebelum (?:dihapus|di-?takedown)"
    r"|(?<!\w)(?:kalau|kalo|klo|jika|bila|kl)\s+(?:pak|bu|bapak|ibu|mas|mbak|bang|kang|cak|uda|daeng|abah|si)\s+[A-Z]\w+"
    r"(?:\s+[A-Z]\w+)?\s+(?:yang\s+|yg\s+)?(?:naik|menang|jadi|terpilih|berkuasa)(?!\w)",
    re.I | re.S,
)
_NOT_GENERAL = re.compile(r"(?<!\w)(?:osis|hima|bem|ketua kelas|ketua rt|ketua rw|pemilihan ketua|pilkades|"
                          r"(?:pemilihan|calon|cakades|pilih) kepala desa|senat mahasiswa|pemilos|pegawai teladan|"
                          r"employee of the month|karyawan (?:terbaik|teladan)|google form|aklamasi|"
                          r"ajang pencarian bakat|kontes|audisi)(?!\w)", re.I)
# a shop's or a brand's promotion ("Nomor 1 di hati pelanggan", "partai besar")
_COMMERCE = re.compile(r"(?<!\w)(?:diskon|promo|flash sale|grosir|eceran|pesan sekarang|order|gofood|grabfood|"
                       r"shopee|tokopedia|cashback|gratis ongkir|menu|harga spesial|beli \d|minimarket|supermarket|"
                       r"belanja|pelanggan)(?!\w)", re.I)
# contests, congratulations, charity and crafts: "pilih nomor 17" for a photo, "semoga amanah" for a promotion
_CONTEST = re.compile(r"(?<!\w)(?:lomba|kontes|festival|audisi|ajang|vote foto|voting online|karya|juri)(?!\w)", re.I)
_CONGRATS = re.compile(r"(?<!\w)(?:pelantikan\w*|dilantik|purna ?tugas|pensiun|ulang tahun|ultah|wisuda|pernikahan|"
                       r"menikah|promosi jabatan|kenaikan pangkat|giliran|arisan)(?!\w)", re.I)
_CHARITY = re.compile(r"(?<!\w)(?:penggalangan dana|donasi|operasi|rumah sakit|berduka|bencana|korban|yatim|"
                      r"pengobatan)(?!\w)", re.I)
_CRAFT = re.compile(r"(?<!\w)(?:pola|motorik|tusuk gigi|kue|balon|prakarya|kerajinan|mainan|anak-anak belajar)(?!\w)",
                    re.I)
# a notice to civil servants about what they must not do ("Yth. Bapak/Ibu ASN…, mohon tidak…")
_ASN_NOTICE = re.compile(r"(?:yth\.?|kepada)\s+(?:seluruh\s+|bapak/ibu\s+|para\s+)*(?:asn|pns|pegawai|kepala opd|"
                         r"kepala perangkat daerah)(?!\w)|(?<!\w)(?:mohon|dimohon|diminta|agar)\s+(?:untuk\s+)?"
                         r"(?:tidak|tak)\s+(?:mengunggah|membagikan|memasang|menghadiri|mengikuti|memberikan|menyukai)",
                         re.I)
_OFFICIAL_VOICE = re.compile(
    r"(?:—|-|–)\s*(?:kpu|bawaslu|bkn|dkpp|kemenpan|kementerian|bkpsdm|bkd|pemkab|pemkot|pemprov|bupati|"
    r"sekda|pps|ppk|kpps|panwascam|panwaslu|pantarlih|pengawas)[\w .-]*$|(?<!\w)(?:kpu|bawaslu|bkn|dkpp|kemenpan-?rb|bkpsdm|bkd|pemkab|pemkot|surat edaran|"
    r"imbauan|mengingatkan|mengimbau|wajib menjaga netralitas|dilarang|netralitas|netral)(?!\w)", re.I | re.M)
_DEAD = re.compile(r"^\s*(?:<media tidak disertakan>|pesan ini telah dihapus|this message was deleted|"
                   r"<media omitted>|\[(?:stiker|sticker|gambar|foto|video|audio|dokumen)\]|"
                   r"[\w.-]+\.(?:jpe?g|png|gif|webp|mp4|opus|pdf|heic))\s*$", re.I)
_HASHTAG = re.compile(r"#\w+")
_OFFICIAL_TAG = re.compile(r"pemilu|pilkada|pilpres|kpu|bawaslu|dpt|golput|politikuang|damai|netral|asn|"
                           r"tps|ayoke|ayomemilih|cekdpt|hakpilih|serentak", re.I)
_CAMPAIGN_TAG = re.compile(r"untuk|bisa|menang|tolak|bukan|tetap|ganti|lanjut|bersama|pilih(?!an$)|coblos|putaran|"
                           r"berani|20[2-4]\d|^0?[1-9][a-z]|for(?=[A-Z])|jadi|pasti|rakyat|hebat|satu|memimpin",
                           re.I)
# A party recruiting members or candidates (not KPU recruiting polling staff).
_RECRUIT = re.compile(r"rekrutmen\s+saksi|bergabung\w*\s+(?:bersama|dengan)\s+partai|pendaftaran\s+(?:bakal\s+)?caleg|"
                      r"(?:membuka|buka)\s+pendaftaran\s+(?:anggota|bakal\s+caleg|caleg)(?!\s+(?:kpps|ppk|pps|pantarlih))",
                      re.I)
_SPORT = re.compile(r"(?<!\w)(?:timnas|lomba|juara|pertandingan|skor|final|liga|piala|gol|tarik tambang|17-?an)(?!\w)",
                    re.I)


_TEAM = re.compile(r"(?<!\w)(?i:relawan|tim|sahabat|laskar|barisan|pasukan|posko|jaringan|"
                   r"simpatisan|pendukung)\s+(?:(?i:muda|sahabat|pemenangan|bersatu|peduli|pasangan|paslon|calon)\s+)?"
                   r"(?!(?i:kami|kita|anda|kesehatan|medis|sar|pmr|kerja|pengajar|desa|rt|rw|sekolah|voli|sepak|"
                   r"futsal|basket|pemadam|penilai|ahli|teknis|ppk|pps|kpps|pengawas|inspektorat|dinas|badan|kantor|"
                   r"bagian|unit|divisi|pln|telkom|internet|listrik|pdam|rsud|puskesmas|pmi|bpbd|basarnas|"
                   r"donor|bencana|posyandu|penggerak|pkk|kelas|inspirasi|literasi|pendidikan|lingkungan|sosial)\b)"
                   r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?|#(?i:sahabat|relawan)\w+|#[Tt]im[A-Z]\w+")
_ELECTION_DAY = re.compile(r"(?<!\w)(?:tanggal 14|tanggal 27|14 februari|27 november|hari h|bilik suara|"
                           r"ke tps|di tps|hari pencoblosan|hari coblosan|coblosan)(?!\w)", re.I)
_PITCH = re.compile(r"(?<!\w)(?:terima kasih[^.!]{0,80}(?:dukungan|kepercayaan|suara)\w*|perjuangan kita|"
                    r"bukti bukan janji|sudah terbukti|terbukti|jilid (?:dua|2|ii)|dua periode|lanjut\w*|"
                    r"peduli|amanah|kerja nyata|kerja tuntas|yang sudah kerja|kami perjuangkan|"
                    r"salam hormat|bersama kita|kita bareng|kita tuntaskan|untuk negeri|untuk perubahan|"
                    r"merah-putihkan|nu ngarumat|ngadangu|blusukan)(?!\w)", re.I)

# How partisan content talks, as opposed to a report: it exclaims, uses emoji, addresses the
# reader ("kita", "dulur", "umat"), urges ("ayo", "jangan", "wajib") or judges ("malu", "gagap",
# "siap mengabdi"). With a candidate, party or ballot number and no news register, that voice
# is campaigning or black campaigning, whatever verbs it avoids.
_VOICE = re.compile(
    r"!|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]"
    r"|(?<!\w)(?:kita|kamu|kalian|anda|lo|lu|elo|dulur|sedulur|lur|warga|ibu-ibu|bapak-bapak|emak-emak|umat|"
    r"rakyat|guys|gaes|sanak|dunsanak|ayo|yuk|mari|jangan|ojo|ulah|wajib|harus|kudu|sayangi|malu|gagap|"
    r"bohong\w*|dibohongi|tertipu|waspada|hati-hati dengan|siap mengabdi|mengabdi|mendukung|didukung|"
    r"bersatu|terbukti|meneh|maneh|deui|cuma mau bilang|mantap|keren|juara|hebat|top)(?!\w)",
    re.I)
_PRIZE = re.compile(r"(?<!\w)(?:hadiah|undian|kupon|giveaway|doorprize|voucher belanja|poin)(?!\w)", re.I)
_HOW_TO_VOTE = re.compile(r"(?<!\w)(?:(?:tata )?cara (?:mencoblos|memilih|nyoblos|mencontreng)|surat pemberitahuan|"
                          r"coblos satu kali|surat suara sah)(?!\w)", re.I)
# someone running, not an office as such ("halaman kantor bupati")
_CONTENDER = re.compile(r"(?<!\w)(?:capres|cawapres|caleg|bacaleg|cagub|cawagub|cabup|cawabup|cawalkot|cawawalkot|"
                        r"paslon|pasangan (?:calon|0?\d)|calon (?:presiden|wakil|gubernur|bupati|wali ?kota|"
                        r"legislatif|anggota|dprd?|dpd)|kandidat|petahana|wakil rakyat|partai|parpol)(?!\w)", re.I)
_FOR_OFFICE = re.compile(
    r"(?<!\w)(?:untuk|for|gasan|kanggo|jadi|menjadi|siap jadi)\s+(?:bupati|wali ?kota|gubernur|presiden|"
    r"wakil (?:bupati|wali ?kota|gubernur|presiden)|dprd?|dpd|anggota dewan|kepala daerah)(?!\w)", re.I)
_CAPS_TICKET = re.compile(r"(?<!\w)[A-Z]{3,}(?:\s[–-]\s?|\s?–\s?)[A-Z]{3,}(?!\w)")  # "LATIF – DEWI", not "MASING-MASING"
_STANDALONE_SLOGAN = re.compile(r"(?<!\w)(?:jilid (?:ii|2|dua)|ganti (?:nahkoda|nakhoda|pemimpin|bupati|gubernur|"
                                r"presiden|wali ?kota)|asal bukan|(?:2|dua) periode)(?!\w)", re.I)
_NOT_A_PARTY = re.compile(r"(?<!\w)partai (?:besar|kecil|eceran|grosir)(?!\w)", re.I)
_TWO_TERMS = re.compile(r"(?<!\w)(?:2|dua|duo|loro) periode(?!\w)", re.I)


def _shouted(text: str) -> bool:
    """Mostly capitals: a poster or banner, where names cannot be told by their capital letter."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _campaign_tags(text: str) -> list[str]:
    out = []
    for tag in _HASHTAG.findall(text):
        body = tag[1:]
        if _OFFICIAL_TAG.search(body) and not re.search(r"tolak(?!politik)|ganti|bukan|menang", body, re.I):
            continue
        if _CAMPAIGN_TAG.search(body) and any(ch.isupper() for ch in body[1:]) and not _SPORT.search(text):
            out.append(tag)
    return out


def _mojibake(text: str) -> bool:
    return sum(text.count(ch) for ch in "ÃâÂ€™ï¿½") >= max(3, len(text) // 6)


def _gibberish(text: str) -> bool:
    words = re.findall(r"[a-z]{3,}", text.lower())
    if not words or len(words) > 6:
        return False
    vowelless = sum(1 for w in words if not re.search(r"[aiueo]", w) or re.search(r"[^aiueo]{5,}", w))
    return vowelless >= max(1, len(words) // 2 + 1) or all(w in ("asdf", "qwer", "zxcv") for w in words)


# OCR often drops the spaces of a poster's capitals ("JANGANCOBLOSNO4"): such text is also
# read squashed, for the few signals that decide a poster.
_SQ_APPEAL = re.compile(r"coblos|nyoblos|contreng|menangkan|memenangkan|dukung|janganpilih|jangancoblos|tolak|"
                        r"asalbukan|ganti(?:bupati|gubernur|presiden|walikota|pemimpin)|pilihnomor|pilihno|"
                        r"programunggulan|bergabung\w*partai|satuputaran|lanjutkan")
_SQ_TARGET = re.compile(r"calon|caleg|paslon|capres|cagub|cabup|cawalkot|partai|dprd|dapil|bupati|gubernur|walikota|"
                        r"presiden|no\.?\d|nomor\d|nomer\d|nomorurut\d|nourut\d")
_SQ_OFFICIAL = re.compile(r"kpu|bawaslu|bkn|dkpp|kemenpan|bkpsdm|pemkab|pemkot|suratedaran|imbauan|netral")


def _squashed_campaign(text: str) -> bool | None:
    """For text whose words ran together: True (campaign), False (official), None (no opinion)."""
    if not re.search(r"[A-Za-z]{16,}", text):
        return None
    flat = re.sub(r"[^a-z0-9]", "", text.lower())
    if _SQ_APPEAL.search(flat) and _SQ_TARGET.search(flat) and not re.search(r"osis|hima|ketuart|lomba", flat):
        return not (_SQ_OFFICIAL.search(flat) and not re.search(r"no\.?\d|nomor\d|nomer\d", flat))
    if _SQ_OFFICIAL.search(flat):
        return False
    return None


def classify(text: str, reg: Registry, common_words: frozenset[str] = frozenset()) -> tuple[str, list[Cue]]:
    """The kind of content and the cues that decided it."""
    kind, cues, _ = classify_explained(text, reg, common_words)
    return kind, cues


def classify_explained(text: str, reg: Registry, common_words: frozenset[str] = frozenset()
                       ) -> tuple[str, list[Cue], tuple[str, ...]]:
    """:func:`classify` plus the names of the campaign rules that fired (empty unless campaign)."""
    text = _norm(text or "")
    if not _LETTERS.search(text) or _DEAD.match(text) or _gibberish(text) or _mojibake(text):
        return "tidak-terbaca", [], ()
    cues = _cues(text, reg, common_words)
    types = {c.type for c in cues}

    def add(kind: str, found: str) -> None:
        if not any(c.type == kind and c.text.lower() == found.lower() for c in cues):
            cues.append(Cue(kind, " ".join(found.split())[:80]))

    if _NOT_GENERAL.search(text) and not (types & {"party", "candidate", "slogan"}):
        return "netral", cues, ()  # an OSIS, campus or RT election is not a general election

    news_cues = (sum(1 for c in cues if c.type == "news") + (2 if _DATELINE.search(text) else 0)
                 + (1 if _BODY_REPORTED.search(text) and not _NOTICE_VOICE.search(text) else 0))
    chain = bool(_CHAIN.search(text))
    news = news_cues >= 2 and not chain
    scan = _QUOTED.sub(" ", text) if news else text  # a report quoting a chant is still a report

    registry = bool(types & {"party", "candidate", "slogan"})
    person = bool(_PERSON.search(scan)) or "candidate" in types
    role = bool(_ROLE.search(scan))
    number = [m.group(0) for m in _NUMBER.finditer(scan)]
    appeal = [m.group(0) for m in _APPEAL.finditer(scan)] + [m.group(0) for m in _APPEAL_I.finditer(scan)]
    appeal += [m.group(0) for m in _PROMOTE.finditer(scan)]
    appeal = [a for a in appeal if not re.fullmatch(r"pilih\w*", a, re.I)
              or not re.search(rf"hak {re.escape(a)}|{re.escape(a)}an", scan, re.I)]  # "hak pilih", "pilihan"
    everyone = bool(_ALL_CANDIDATES.search(scan)) or len({re.sub(r"\D", "", n) for n in number} - {""}) >= 2
    smear = [m.group(0) for m in _SMEAR.finditer(scan)]
    events = [m.group(0) for m in _EVENT2.finditer(scan)] + [m.group(0) for m in _EVENT.finditer(scan)]
    tags = _campaign_tags(scan)
    keycaps = bool(_KEYCAPS.search(text))
    fingers = bool(_HANDS.search(text)) or "🗳" in text
    election = registry or role or "election" in types or "🗳" in text
    official_voice = (bool(_OFFICIAL_VOICE.search(text)) and (bool(types & {"official", "official-site", "info"})
                                                               or "netral" in text.lower())) or (bool(_ASN_NOTICE.search(text)) and election)
    target = registry or person or role or bool(number)

    for found in number:
        add("ballot-call", found)
    for found in tags:
        add("hashtag", found)
    for found in smear[:3]:
        add("attack", found)
    for found in events[:3]:
        add("event", found)

    strong = (bool(_STRONG.search(scan)) and bool(re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}", scan))
              and not _SPORT.search(scan) and not _PRIZE.search(scan)
              and not (_HOW_TO_VOTE.search(scan) and not (registry or person or tags)))
    # a campaign team by its name ("Relawan Sahabat Bima", "Tim Sahabat Sinta", "#SahabatBima"),
    # or a named person tied to polling day, thanks for support, or a record and promises
    team = bool(_TEAM.search(scan))
    election_day = bool(_ELECTION_DAY.search(scan))
    pitch = bool(_PITCH.search(scan))
    recruit = bool(_RECRUIT.search(scan))
    push = bool(_PUSH.search(scan))
    voice = bool(_VOICE.search(scan))
    contender = bool(_CONTENDER.search(_NOT_A_PARTY.sub(" ", scan)))
    if push and not news:
        add("promote", _PUSH.search(scan).group(0)[:80])
    # Each named rule is one way content campaigns; the names say which fired (tests, debugging).
    rules = {
        "push": push and not news,
        "slogan": "slogan" in types,
        "hashtag": bool(tags),
        "number": (bool(number) and (person or role or registry or bool(appeal) or fingers) and not everyone
                   and not _SPORT.search(scan)),
        "appeal": (bool(appeal) and (person or registry or bool(number) or (role and not official_voice)) and not everyone
                   and not (not election and (_CONTEST.search(scan) or _CONGRATS.search(scan) or _CHARITY.search(scan)))),
        "strong-appeal": strong and not everyone and not official_voice and not _CRAFT.search(scan),
        "team": team and not news,
        "person-pitch": (person and (election_day or pitch) and not news and not official_voice
                         and not (not election and (_CONGRATS.search(scan) or _CHARITY.search(scan)))),
        "smear": bool(smear) and target and not news and not official_voice,
        "event": bool(events) and (person or registry or bool(number) or role) and not news,
        "for-office": (bool(_FOR_OFFICE.search(scan)) and (person or registry or bool(_CAPS_TICKET.search(scan))
                                                           or _shouted(scan)) and not news and not official_voice),
        "caps-ticket": (bool(_CAPS_TICKET.search(scan)) and not official_voice and not news
                        and (pitch or voice or bool(_STANDALONE_SLOGAN.search(scan))
                             or bool(re.search(r"20[2-4]\d|maju|untuk", scan, re.I)))),
        "standalone-slogan": bool(_STANDALONE_SLOGAN.search(scan)) and not news and not official_voice,
        "person-dapil": person and "dapil" in scan.lower() and not news and not official_voice,
        "partisan-voice": (voice and (registry or contender or (person and election) or (bool(number) and election))
                           and not news and not official_voice and not everyone and not _SPORT.search(scan)),
        "two-terms": bool(_TWO_TERMS.search(scan)) and voice and not news,
        "campaign-team": bool(re.search(r"posko pemenangan|tim pemenangan|kampanye akbar|konsolidasi relawan|"
                                        r"relawan \w+ \w+ 20", scan, re.I)) and not news,
        "fingers": (fingers and (election or bool(appeal) or bool(number)
                                 or bool(re.search(r"\b(?:nomor|nomer|no\.)(?!\w)", scan, re.I)))
                    and not _SPORT.search(scan)),
        "keycaps": keycaps and (election or bool(appeal)),
        "recruit": recruit,
    }
    fired = tuple(name for name, hit in rules.items() if hit)
    campaign = bool(fired)
    if campaign and official_voice and not (registry or tags or person or number or smear or recruit):
        campaign = False  # "Bawaslu mengingatkan: ASN dilarang mendukung peserta pemilu…"
    if campaign and _COMMERCE.search(scan) and not (registry or contender or tags or smear or election):
        campaign = False  # "Flash sale! Nomor 1 di hati pelanggan"
    if campaign and _HOW_TO_VOTE.search(scan) and not (registry or person or tags or smear):
        campaign = False  # "coblos satu kali pada foto, nomor, atau nama pasangan calon": how to vote
    if campaign and news and not (tags or "slogan" in types or _BALLOT_CALL.search(scan)):
        campaign = False  # reporting a campaign is not campaigning
    squashed = _squashed_campaign(text)
    if squashed and not campaign and not _NOT_GENERAL.search(re.sub(r"\s", "", text)):
        campaign, fired = True, ("squashed",)
        add("promote", "teks gambar: ajakan memilih atau menyerang calon")
    if campaign:
        return "kampanye", cues, fired
    official = bool(types & {"official", "official-site"}) or official_voice or squashed is False
    if official and not news:
        return "informasi-resmi", cues, ()
    if news and (election or official):
        return "berita", cues, ()
    if "info" in types and election and not registry:
        return "informasi-resmi", cues, ()
    if election:
        return "berita", cues, ()
    return "netral", cues, ()


# --- verdicts -------------------------------------------------------------------------------

_EXPLAIN = {
    "kampanye": "Konten ini mempromosikan atau menyerang calon, pasangan calon, atau partai. ASN dilarang "
                "menanggapinya di media sosial (like, komentar), membagikan atau meneruskannya, menjadikannya "
                "status, story, atau foto profil. Membaca atau menyimpannya tanpa menanggapi dan tanpa "
                "menyebarkan tidak dilarang.",
    "informasi-resmi": "Konten ini informasi penyelenggara atau instansi pemerintah tanpa mempromosikan calon atau "
                       "partai. Membagikannya boleh; pastikan sumbernya benar-benar resmi dan tidak ada gambar, "
                       "nomor urut, atau slogan calon yang ditempelkan orang lain.",
    "berita": "Konten ini tampak sebagai pemberitaan tentang calon, partai, atau pemilu, bukan ajakan memilih. "
              "Hati-hati: membagikan berita yang netral umumnya tidak termasuk larangan, tetapi bila beritanya "
              "memihak, judul atau keterangan Anda menambahkan dukungan, atau Anda hanya membagikan berita yang "
              "menguntungkan satu calon, itu bisa dinilai sebagai dukungan.",
    "netral": "Saya tidak menemukan unsur pemilu, calon, atau partai dalam konten ini, jadi aturan netralitas "
              "ASN tidak menyangkut konten ini.",
    "tidak-terbaca": "Saya tidak bisa membaca isi konten ini. Periksa sendiri sebelum membagikannya: bila ada "
                     "foto, nama, nomor urut, logo, atau slogan calon atau partai, jangan dibagikan, disukai, "
                     "atau dijadikan status.",
}


def verdicts(kind: str, kb) -> tuple[tuple[ActVerdict, ...], tuple[Citation, ...], str | None]:
    """Each act's verdict from its FAQ entry (one source of legal truth), the citations and
    the sanction of the campaign entries; the no-``boleh`` rule on top."""
    acts: list[ActVerdict] = []
    cites: dict[str, Citation] = {}
    sanction = None
    table = ENTRIES.get(kind)
    for act in ACTS:
        faq_id = table.get(act) if table else None
        entry = kb.entries.get(faq_id) if faq_id else None
        if entry is None:
            verdict = {"netral": "boleh", "tidak-terbaca": "hati-hati"}.get(kind, "hati-hati")
            acts.append(ActVerdict(act, verdict, None))
            continue
        verdict = entry.verdict if entry.verdict in ("dilarang", "boleh", "hati-hati") else "hati-hati"
        if kind == "kampanye" and act in PUBLIC_ACTS and verdict == "boleh":
            verdict = "hati-hati"  # the FAQ's wording must never turn campaign content into a licence
        acts.append(ActVerdict(act, verdict, faq_id))
        if verdict != "boleh" or kind != "kampanye":
            for key in entry.citations:
                c = kb.citation(key)
                if c is not None:
                    cites.setdefault(key, c)
        if kind == "kampanye" and act == "bagikan":
            sanction = entry.sanction
    return tuple(acts), tuple(cites.values())[:6], sanction


def _doubtful(text: str, cues: list[Cue]) -> bool:
    """Nothing political was recognised, but something could be: a person with a title, an
    appeal ("dukung", "pilih"), finger or number emoji, a hashtag. A wrong "boleh" is the
    worst error, so such content gets "hati-hati", not "boleh"."""
    text = _norm(text)
    return bool(_PERSON.search(text) or _PROMOTE.search(text) or _APPEAL_I.search(text) or _FINGERS.search(text)
                or _HASHTAG.search(text) or _NUMBER.search(text) or _SMEAR.search(text)
                or re.search(r"(?<!\w)(?:nomor|nomer|no\.)(?!\w)", text, re.I)
                or _ELECTION_DAY.search(text) or _TEAM.search(text) or _PITCH.search(text)
                or re.search(r"(?<!\w)(?:menang|suara|dukung\w*|jari|periode|janji)(?!\w)", text, re.I)
                # a name mid-sentence (a capitalised word that is not an Indonesian word), or a poster
                # in capitals naming someone: who it is cannot be ruled out
                or any(w.lower() not in indonesian_words()
                       for w in re.findall(r"(?<![.!?:]\s)(?<![\n.!?:])(?<!^)\b[A-Z][a-z]{2,}", text))
                or len([w for w in re.findall(r"\b[A-Z]{3,}\b", text) if w.lower() not in indonesian_words()]) >= 1
                or re.search(r"(?<![.!?\n]\s)(?<!^)\b[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,}", text)  # a name mid-sentence
                or any(c.type in ("hashtag", "ballot-call", "promote", "fingers") for c in cues))


_SIDE_CUES = frozenset({"candidate", "party", "slogan", "ballot-call", "promote", "fingers", "attack"})
_OFFICIAL_WITH_A_SIDE = (
    "Konten ini tampak seperti informasi resmi penyelenggara atau instansi, tetapi memuat nama, nomor, partai, "
    "slogan, atau ajakan yang terkait calon. Hati-hati: bagikan hanya versi dari akun resmi KPU, Bawaslu, atau "
    "instansi Anda; versi yang ditempeli calon atau partai termasuk bahan kampanye.")
_DOUBT = ("Saya tidak menemukan calon, partai, atau ajakan memilih yang jelas, tetapi ada nama, ajakan, simbol "
          "jari, atau tagar yang bisa terkait pemilu. Bila konten ini tentang calon atau partai, jangan disukai, "
          "dikomentari, dibagikan, atau dijadikan status.")


def check(text: str | None, kb, reg: Registry, from_image: bool = False) -> ContentCheck:
    """``from_image``: the text was read from a picture by OCR, which can garble or miss words,
    so "nothing electoral found" is not enough for a "boleh" there."""
    kind, cues = classify(text or "", reg, indonesian_words())
    if from_image and kind != "kampanye" and text:
        # OCR respaces capitals from the gaps it sees, and sometimes wrongly ("SU HARDIJILID"):
        # the lines run together, and split again into known words, are two more readings
        flat = "\n".join(line.replace(" ", "") for line in text.splitlines())
        for reading in (flat, respace(flat)):
            other_kind, other_cues = classify(reading, reg, indonesian_words())
            if other_kind == "kampanye":
                kind, cues = other_kind, other_cues
                break
    acts, cites, sanction = verdicts(kind, kb)
    explanation = _EXPLAIN[kind]
    if kind == "netral" and (from_image or _doubtful(text or "", cues)):
        acts = tuple(ActVerdict(a.act, "hati-hati" if a.act in PUBLIC_ACTS else a.verdict, a.faq_id, "ragu")
                     for a in acts)
        explanation = _DOUBT
    if kind == "informasi-resmi" and any(c.type in _SIDE_CUES for c in cues):
        # "Cara mencoblos" with a caleg's photo and number in the corner: official-looking
        # material that names a side is not a licence to share
        acts = tuple(ActVerdict(a.act, "hati-hati" if a.act in PUBLIC_ACTS and a.verdict == "boleh" else a.verdict,
                                a.faq_id, "ragu") for a in acts)
        explanation = _OFFICIAL_WITH_A_SIDE
    note = None
    if kind in ("kampanye", "berita") and not any(c.type in ("candidate",) for c in cues):
        regional = [c for c in reg.candidates if c.region != "nasional"]
        if not regional:
            note = ("Nama calon daerah belum ada di registri, jadi saya menilai dari tanda umum (nomor urut, "
                    "ajakan memilih, nama partai, tagar).")
    return ContentCheck(kind, tuple(cues), acts, cites, explanation, sanction if kind == "kampanye" else None,
                        note)
