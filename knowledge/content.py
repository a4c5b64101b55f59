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
from dataclasses import dataclass, field

from netralbot.knowledge.answer import Citation
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
    r"dkpp|partai|parpol|dprd|dpd ri|dpr ri|dapil|presiden|gubernur|bupati|wali ?kota|timses|tim sukses|"
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
_PERSON = re.compile(r"(?<!\w)(?:(?:h|hj|ir|dr|drs|dra|kh|prof|st|se|sh|mm|mh)\.\s?|(?:bapak|pak|ibu|bu|bang|"
                     r"mas|mbak|kang|teh|uda|daeng|abah|umi|cak)\s+)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")
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
    r"pilihan rakyat|saatnya|bersama kami|siap menang|pasti menang|menang telak|mari dukung|ayo dukung|"
    r"ayo pilih|yuk pilih|yuk coblos|ayo coblos|coblos\w*|nyoblos|contreng|milih|pilihen|pilihlah|dipilih|"
    r"program unggulan|visi misi|visi dan misi|janji|amanah|merakyat|terbukti|lanjutkan|perubahan|"
    r"menuju \w+ (?:maju|sejahtera|hebat|baru|emas)|untuk \w+ (?:lebih baik|maju|sejahtera)|siap memimpin|"
    r"calon pemimpin|pemimpin (?:baru|amanah|muda)|jagoan|dukungan|bersama (?:bapak|pak|ibu|bu|h\.|hj\.))(?!\w)",
    re.I)
_ATTACK = re.compile(
    r"(?<!\w)(?:jangan (?:pilih|coblos|dukung)|tolak (?:capres|caleg|paslon|calon|partai)|awas (?:capres|caleg|"
    r"paslon|calon|partai)|antek|boneka|pengkhianat|koruptor|dinasti|haram (?:memilih|pilih)|kafir|pki|"
    r"penipu rakyat|pembohong|antek asing|anti ?islam)(?!\w)", re.I)
_EVENT = re.compile(
    r"(?<!\w)(?:kampanye akbar|rapat umum|deklarasi|konsolidasi|posko pemenangan|tim pemenangan|timses|"
    r"tim sukses|relawan|jalan sehat bersama|blusukan|temu kader|kader partai|daftar(?:kan diri)? (?:jadi |sebagai )?"
    r"(?:anggota|kader|caleg)|bergabung (?:bersama|dengan) partai|gabung (?:jadi )?(?:relawan|kader)|"
    r"kartu tanda anggota|kta partai)(?!\w)", re.I)
_FINGERS = re.compile("[\u261d\u270c\U0001f91f\U0001f918\U0001f590\U0001f446\u270b\U0001f44c\U0001f91e]"
                      "|[0-9]\u20e3")  # finger numbers, and keycap digits such as 2️⃣
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
_NEWS = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Z .]{2,40},\s*(?:[A-Z][\w.]+(?:\.com|\.id|\.co\.id)?\s*)?[-–—]|\((?:antara|kompas|"
    r"detik|tempo)\w*\)|(?<!\w)(?:kata|ujar|ungkap|jelas|tutur|menurut|dalam keterangan\w*|dikutip|dilansir|"
    r"melaporkan|dilaporkan|wartawan|jurnalis|redaksi|menetapkan|ditetapkan|menggelar|digelar|berkampanye di|"
    r"dihadiri|hasil survei|survei|elektabilitas|menyampaikan|mengatakan|menyebutkan|pada (?:senin|selasa|rabu|"
    r"kamis|jumat|sabtu|minggu)|kemarin|sebanyak \d)(?!\w)", re.I)
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
    extra: dict = field(default_factory=dict)

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
            **self.extra,
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
    """Registry names indexed once per registry version: by their first word, so matching a
    text costs one dictionary lookup per word however many candidates a region has."""

    version: int
    by_first: dict[str, list[tuple[tuple[str, ...], bool, str, str]]]  # word -> (words, exact case, type, match)
    sites: list[tuple[re.Pattern, str]]


_cache: dict[int, _Matchers] = {}


def _matchers(reg: Registry, common_words: frozenset[str]) -> _Matchers:
    cached = _cache.get(id(reg))
    if cached is not None and cached.version == reg.version:
        return cached
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
            if name and len(name) >= 4:
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
    m = _Matchers(reg.version, by_first, sites)
    _cache[id(reg)] = m
    return m


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


def classify(text: str, reg: Registry, common_words: frozenset[str] = frozenset()) -> tuple[str, list[Cue]]:
    """The kind of content and the cues that decided it."""
    text = _norm(text or "")
    if not _LETTERS.search(text):
        return "tidak-terbaca", []
    cues = _cues(text, reg, common_words)
    types = {c.type for c in cues}
    person = bool(_PERSON.search(text))
    political = bool(types & {"party", "candidate", "slogan"}) or bool(_CANDIDATE_WORD.search(text))
    election = political or "election" in types or "official" in types

    news = sum(1 for c in cues if c.type == "news")
    # A report quoting a crowd's chant ("massa meneriakkan 'coblos 02'") is still a report:
    # when the text reads as news, look for calls outside quotation marks only.
    unquoted = _QUOTED.sub(" ", text) if news >= 2 else text
    call = bool(_BALLOT_CALL.search(unquoted) or _NUMBER_TAG.search(unquoted))
    slogan = "slogan" in types
    tag = any(c.type == "hashtag" and (re.search(r"\d|menang|presiden|capres|lanjut|for", c.text, re.I)
                                       or any(c.text.lower()[1:] in x.text.lower().replace(" ", "")
                                              for x in cues if x.type in ("party", "candidate")))
              for c in cues)
    attack = bool(_ATTACK.search(unquoted)) and political
    promote = bool(_PROMOTE.search(unquoted)) and (political or person or "election" in types)
    event = bool(_EVENT.search(unquoted)) and (political or "election" in types)
    fingers = "fingers" in types and (election or call)

    if call and not election and not tag:
        # "nomor antrean 3", "promo beli 2": a number call needs an election around it
        call = bool(re.search(r"coblos|nyoblos|contreng", unquoted, re.I))
    campaign = call or slogan or attack or promote or event or fingers or (tag and election)
    official = bool(types & {"official", "official-site"}) and "info" in types
    if campaign and not (news >= 2 and not (call or slogan or attack)):
        return "kampanye", cues
    if official and not political:
        return "informasi-resmi", cues
    if official and news < 2 and not (types & {"party", "candidate"}):
        return "informasi-resmi", cues  # "KPU: ayo cek DPT" names 'calon' only in general
    if news >= 1 and election:
        return "berita", cues
    if "info" in types and "election" in types and not political:
        return "informasi-resmi", cues  # "ayo ke TPS, jangan golput" with no one promoted
    if political or (election and types & {"news"}):
        return "berita", cues
    if election:
        return "berita" if political else ("informasi-resmi" if "info" in types else "netral"), cues
    return "netral", cues


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
    return bool(_PERSON.search(text) or _PROMOTE.search(text) or _FINGERS.search(text)
                or any(c.type in ("hashtag", "ballot-call", "promote", "fingers") for c in cues))


_DOUBT = ("Saya tidak menemukan calon, partai, atau ajakan memilih yang jelas, tetapi ada nama, ajakan, simbol "
          "jari, atau tagar yang bisa terkait pemilu. Bila konten ini tentang calon atau partai, jangan disukai, "
          "dikomentari, dibagikan, atau dijadikan status.")


def check(text: str | None, kb, reg: Registry) -> ContentCheck:
    kind, cues = classify(text or "", reg, indonesian_words())
    acts, cites, sanction = verdicts(kind, kb)
    explanation = _EXPLAIN[kind]
    if kind == "netral" and _doubtful(text or "", cues):
        acts = tuple(ActVerdict(a.act, "hati-hati" if a.act in PUBLIC_ACTS else a.verdict, a.faq_id, "ragu")
                     for a in acts)
        explanation = _DOUBT
    note = None
    if kind in ("kampanye", "berita") and not any(c.type in ("candidate",) for c in cues):
        regional = [c for c in reg.candidates if c.region != "nasional"]
        if not regional:
            note = ("Nama calon daerah belum ada di registri, jadi saya menilai dari tanda umum (nomor urut, "
                    "ajakan memilih, nama partai, tagar).")
    return ContentCheck(kind, tuple(cues), acts, cites, explanation, sanction if kind == "kampanye" else None,
                        note)
