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

Reading the text is split out, one job a module: knowledge/content_patterns.py (the
regular expressions), knowledge/content_registry.py (matching the election registry) and
knowledge/content_classify.py (the cues and the kind of content, re-exported here). This
module keeps the verdicts and the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netralbot.knowledge.answer import Citation
from netralbot.knowledge.content_classify import Cue, _norm, classify, classify_explained
from netralbot.knowledge.content_patterns import (
    ELECTION_WORDS, _APPEAL_I, _ELECTION_DAY, _FINGERS, _HASHTAG, _NUMBER, _PERSON, _PITCH, _PROMOTE, _SMEAR, _TEAM,
)
from netralbot.knowledge.respace import respace
from netralbot.knowledge.registry import Registry
from netralbot.knowledge.text import indonesian_words

# the content check's names, including those re-exported from content_classify and content_patterns
__all__ = ["ACTS", "ACT_LABELS", "ELECTION_WORDS", "ENTRIES", "KINDS", "PUBLIC_ACTS", "ActVerdict", "ContentCheck",
           "Cue", "check", "classify", "classify_explained", "verdicts"]

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
_UNSOURCED_INFO = (
    "Konten ini berisi ajakan atau informasi pemilu, tetapi tidak jelas dari penyelenggara atau instansi mana, "
    "dan ada nama, sindiran, atau ajakan yang bisa mengarah ke calon tertentu. Hati-hati: bagikan hanya "
    "informasi dari akun resmi KPU, Bawaslu, atau instansi Anda.")
_MISSPELT = ("Saya tidak menemukan calon, partai, atau ajakan memilih, tetapi beberapa kata salah ketik sehingga "
             "saya tidak yakin membacanya dengan benar. Bila konten ini tentang calon atau partai, jangan disukai, "
             "dikomentari, dibagikan, atau dijadikan status.")
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
    garbled = False  # typing slips were put back: what the text says is less certain
    standard = text or ""
    if kind != "kampanye" and text:
        # "cobloss no 2, menangkn paslon kita": the words put back as for a question
        respelled = kb.matcher.respeller.text(text)
        garbled = respelled != text
        # ... and "jgn lpa tgl 27, pst mnang": chat spelling written out in standard words
        standard = kb.matcher.formaliser.text(respelled)
        for reading in dict.fromkeys(r for r in (respelled, standard) if r != text):
            other_kind, other_cues = classify(reading, reg, indonesian_words())
            if other_kind == "kampanye":
                kind, cues = other_kind, other_cues
                break
    acts, cites, sanction = verdicts(kind, kb)
    explanation = _EXPLAIN[kind]
    doubtful = _doubtful(text or "", cues) or (standard != text and _doubtful(standard, cues))
    if kind == "netral" and (from_image or garbled or doubtful):
        acts = tuple(ActVerdict(a.act, "hati-hati" if a.act in PUBLIC_ACTS else a.verdict, a.faq_id, "ragu")
                     for a in acts)
        explanation = _DOUBT if from_image or doubtful else _MISSPELT
    unsourced = not any(c.type in ("official", "official-site") for c in cues)
    if kind == "informasi-resmi" and (any(c.type in _SIDE_CUES for c in cues)
                                      or (unsourced and (garbled or doubtful))):
        # … and a get-out-the-vote message from no one official that names someone or hints
        # ("ayo ke TPS, kase menang dia", "yang 34, bukan yang 70 😉") is not a licence either
        # "Cara mencoblos" with a caleg's photo and number in the corner: official-looking
        # material that names a side is not a licence to share
        acts = tuple(ActVerdict(a.act, "hati-hati" if a.act in PUBLIC_ACTS and a.verdict == "boleh" else a.verdict,
                                a.faq_id, "ragu") for a in acts)
        explanation = _OFFICIAL_WITH_A_SIDE if any(c.type in _SIDE_CUES for c in cues) else _UNSOURCED_INFO
    note = None
    if kind in ("kampanye", "berita") and not any(c.type in ("candidate",) for c in cues):
        # governor tickets and 30 cities' mayoral tickets ship with the registry; regencies are the
        # admins' to add, so until a regent's ticket is there the answer says what it judged on
        if not any(c.office == "bupati" for c in reg.candidates):
            note = ("Registri belum memuat semua calon bupati dan wali kota, jadi saya menilai dari tanda "
                    "umum (nomor urut, ajakan memilih, nama partai, tagar).")
    return ContentCheck(kind, tuple(cues), acts, cites, explanation, sanction if kind == "kampanye" else None,
                        note)
