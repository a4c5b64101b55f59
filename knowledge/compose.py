"""An answer is an entry × the question asked about it.

"boleh like postingan caleg?", "apa sanksinya kalau like postingan caleg?" and "udah
terlanjur like postingan caleg, harus gimana?" are one act and three questions. The
act's entry holds the verdict, the citations, the sanction and the steps; the
question type picks what leads the answer. Sanction, what-to-do and authority
questions get verdict ``info`` (the act's own verdict stays in ``act_verdict`` and
in the text), and the citations stay the act's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from netralbot.knowledge.answer import Answer, Citation
from netralbot.knowledge.frame import ASKS_BASIS, asks_basis, without_authority_phrase
from netralbot.knowledge.models import _SENTENCE_END, FaqEntry
from netralbot.knowledge.prefilter import prefiltered

# Steps for an act whose entry has none, by the act's verdict. General advice that the
# reference supports (section 11: ask BKPSDM/Inspektorat and keep the written answer).
_DEFAULT_STEPS = {
    "dilarang": (
        "Hentikan perbuatan itu sekarang: hapus unggahan atau komentar, batalkan like/follow, keluar dari grup, "
        "lepas atribut, sesuai keadaannya.",
        "Jangan mengulanginya selama tahapan pemilu atau pilkada berlangsung.",
        "Bila sudah terlanjur dan dipersoalkan, sampaikan terus terang kepada atasan langsung atau BKPSDM/BKD "
        "instansi Anda.",
    ),
    "hati-hati": (
        "Tunda dulu sampai jelas; bila ragu, jangan lakukan.",
        "Tanyakan ke BKPSDM/BKD atau Inspektorat instansi Anda, dan simpan jawaban tertulisnya.",
        "Bila tetap dilakukan, hindari atribut, pose, foto yang diunggah, dan ajakan memilih.",
    ),
    "boleh": (
        "Tidak ada langkah khusus; tetap jaga netralitas.",
        "Jangan sampai perbuatan itu berubah menjadi dukungan: tanpa ajakan memilih, tanpa atribut atau simbol "
        "calon, dan tanpa unggahan yang memihak.",
    ),
}

# Who decides, by the kind of rule broken. Each sentence rests on the reference
# (regulasi.md: PP 42/2004 Pasal 15 ayat (2); section 11 on SBT/BKN, Bawaslu and Gakkumdu).
_AUTHORITY_KODE_ETIK = (
    "Pelanggaran kode etik (terkait bakal calon) dikenai sanksi moral yang dibuat tertulis dan dinyatakan oleh "
    "Pejabat Pembina Kepegawaian instansi (PP 42/2004 Pasal 15 ayat (2))."
)
_AUTHORITY_DISIPLIN = (
    "Hukuman disiplin dijatuhkan oleh Pejabat Pembina Kepegawaian (PPK) instansi; laporan netralitas "
    "diverifikasi Satgas Netralitas (BKN, KemenPANRB, Kemendagri, Bawaslu) dan dikaji Bawaslu sebelum "
    "rekomendasi sanksi, lalu dipantau BKN melalui SBT."
)
_AUTHORITY_PIDANA = (
    "Unsur pidana pemilu atau pilkada ditangani Bawaslu bersama Sentra Gakkumdu, terpisah dari hukuman "
    "disiplin dan dapat berjalan bersamaan."
)
_AUTHORITY_KEYS = ("KANAL/SBT-BKN", "KANAL/BAWASLU", "KANAL/INSTANSI", "PP-42-2004/15/2")

_PERMISSION = prefiltered(
    r"(?<!kalau )(?<!klo )(?<!kalo )(?<!jika )(?<!bila )(?<!apabila )(?<!kl )"
    r"(?<!jalur yg )(?<!jalur yang )(?<!cara yg )(?<!cara yang )(?<!jalur )(?<!tempat )"  # "jalur yang aman"
    # "yg dimaksud 'atribut PNS' yg ga boleh dipake … itu apa?": a clause naming what is forbidden; "identitas sy aman gk?"
    r"(?<!yg ga )(?<!yg gak )(?<!yang tidak )(?<!yang ga )(?<!yg tdk )(?<!yang gak )(?<!identitas sy )(?<!identitas saya )"
    r"(?<!identitasku )(?<!identitas )(?<!identitasnya )"
    r"(\b(boleh|bolehkah|blh|bole|diperbolehkan|dibolehkan|diizinkan|meunang|aman(kah)?|gpp)\b"
    # ("daftar pose jari yg dilarang itu ada di SKB?": a clause naming what is forbidden)
    r"|(?<!yg )(?<!yang )\bdilarang\b"
    # "melanggar" as a purpose is no permission asked: "urutan langkahnya gmn biar gk melanggar?", "langkahnya apa biar
    # gak dianggap melanggar?", "sy gak mau melanggar tapi takut. sy harus gmn?"
    r"|(?<!biar )(?<!supaya )(?<!agar )(?<!spy )(?<!biar gak )(?<!biar ga )(?<!biar gk )(?<!biar tidak )(?<!biar tdk )"
    r"(?<!supaya gak )(?<!supaya tidak )(?<!agar tidak )(?<!agar gak )(?<!dianggap )(?<!mau )(?<!takut )"
    # "yg melanggar itu PPPK, sanksinya apa?": the one who broke the rules, named
    r"(?<!yang )(?<!yg )(?<!kalau )(?<!kalo )(?<!klo )(?<!jika )(?<!bila )(?<!kl )\bmelanggar\b"
    # "sy hrs gmn? ttp duduk ga ap2 kn": whether staying is all right, asked after the steps
    r"|\b(ga|gak|gk|nggak|ngga|tidak|tdk|nda|ndak)\s+(apa-apa|apa2|ap2|papa|masalah)\s*(kan|kn|ya|kah)?\s*(\?|$)"
    # "nanya cara lapor politik uang, itu bukan komen politik kan?": that the act is none of the kind forbidden
    r"|\bitu\s+(bukan|bkn)\s+(termasuk\s+)?(\w+\s+){0,2}(kan|kn)\s*\?)"
    r"(?!\s+(apa|ga|gak|gk|tidak|nggak)\s+(sanksi|hukuman))",
    re.I,
)


# "Kalau PPPK melanggar netralitas, sanksinya …": a breach supposed, one or two words after "kalau"
_SUPPOSED_BREACH = prefiltered(r"\b(kalau|kalo|klo|kl|jika|bila|apabila)\s+(\w+\s+){1,2}melanggar\b", re.I)
# "Netralitas ASN itu artinya apa? Berarti kita gak boleh milih?": what the definition would mean, asked after it
_CONSEQUENCE = prefiltered(r"(?:^|(?<=[.?!]))\s*(?:(?:apa|apakah|jadi|terus|trus)\s+)?(?:berarti|brarti|brrti|artinya)\b[^.?!]*[.?!]*", re.I)

# "CLTN itu apa sih? sy dengar istri caleg boleh ikut kampanye kalo CLTN": what the asker heard, told after the term
_HEARD = prefiltered(r"(?:^|(?<=[.?!]))\s*(?:(?:sy|saya|aku|gue|gw|sa|beta)\s+)?(?:dengar|denger|dgr|dengar2|denger2|baca)\b[^.?!]*[.?!]*"
                    r"|(?:^|(?<=[.?!]))\s*katanya\b[^.?!]*[.?!]*", re.I)


def permission_cue(text: str) -> bool:
    """The question also asks whether the act is allowed ("boleh gak…? apa sanksinya?")."""
    return bool(_PERMISSION.search(_SUPPOSED_BREACH.sub(" ", text)))


def effective_question(qtype: str, text: str) -> str:
    """The question type that leads the answer: a permission cue wins ("boleh gak…? apa sanksinya?"),
    though not the prohibition a legal-basis question names ("pasal mana yg melarang …")."""
    if qtype == "permission" or not permission_cue(text):
        return qtype
    if qtype == "definition" and not permission_cue(_HEARD.sub(" ", _CONSEQUENCE.sub(" ", text))):
        return qtype  # the permission follows from the definition asked first
    if qtype == "authority" and not permission_cue(without_authority_phrase(text)):
        return qtype
    if asks_basis(text) and not permission_cue(_PROHIBITION_NAMED.sub(" ", ASKS_BASIS.sub(" ", text))):
        return qtype
    # "saya harus berbuat apa? boleh menolak?": refusing the order is one of the steps asked for
    if qtype == "what-to-do" and not permission_cue(MAY_REFUSE.sub(" ", text)):
        return qtype
    return "permission"


# "boleh nolak?": whether refusing an order is allowed (a step, not a second act to rule on; read by the engine too)
MAY_REFUSE = prefiltered(r"\b(boleh|bole|blh|bisa|bs)\s+(\w+\s+)?(menolak|nolak|tolak|nolaknya|ditolak)\b"
                         r"(\s+(ga|gak|gk|g|nggak|tidak|ndak|kah|ya|kan))?", re.I)
_PROHIBITION_NAMED = prefiltered(r"\b(dilarang|melarang|larang)\b", re.I)


def final_verdict(entry_verdict: str, qtype: str) -> str:
    """The verdict an answer carries for an entry asked about in this way (see :func:`compose`)."""
    return entry_verdict if entry_verdict == "info" or qtype == "permission" else "info"


def _kinds(entry: FaqEntry) -> set[str]:
    keys = entry.citations
    kinds = set()
    if any(k.startswith(("SKB-2022/L2/KE-", "PP-42-2004/")) for k in keys):
        kinds.add("kode-etik")
    if any(k.startswith(("SKB-2022/L2/D-", "PP-94-2021/", "UU-20-2023/", "PP-11-2017/", "PP-37-2004/")) for k in keys):
        kinds.add("disiplin")
    if any(k in ("UU-7-2017/494", "UU-10-2016/188", "UU-10-2016/189", "UU-7-2017/280/3") for k in keys):
        kinds.add("pidana")
    return kinds or {"disiplin"}


def authority_text(entry: FaqEntry) -> str:
    kinds = _kinds(entry)
    parts = []
    if "kode-etik" in kinds:
        parts.append(_AUTHORITY_KODE_ETIK)
    if "disiplin" in kinds:
        parts.append(_AUTHORITY_DISIPLIN)
    if "pidana" in kinds:
        parts.append(_AUTHORITY_PIDANA)
    return " ".join(parts)


def first_sentence(text: str) -> str:
    """The entry's lead sentence: it names the act and its verdict ("Dilarang: memberi like …")."""
    parts = _SENTENCE_END.split(text.strip(), maxsplit=1)
    lead = parts[0].strip()
    return lead if lead.endswith((".", "!", "?")) else lead + "."


def compose(answer: Answer, entry: FaqEntry, qtype: str,
            citation: Callable[[str], Citation | None]) -> Answer:
    """Shape an entry's answer for the question type asked (verdict: :func:`final_verdict`)."""
    if final_verdict(entry.verdict, qtype) == entry.verdict:
        return answer
    if qtype == "definition":
        return replace(answer, verdict="info", act_verdict=entry.verdict)
    act = first_sentence(entry.answer)
    if qtype == "sanction":
        text = f"{act} Sanksinya: {entry.sanction}"
        return replace(answer, verdict="info", act_verdict=entry.verdict, text=text)
    if qtype == "what-to-do":
        steps = tuple(entry.steps) or _DEFAULT_STEPS[entry.verdict]
        text = f"{act} Langkah yang disarankan ada di bawah."
        return replace(answer, verdict="info", act_verdict=entry.verdict, text=text, steps=steps)
    # authority
    extra = tuple(c for c in (citation(k) for k in _AUTHORITY_KEYS) if c is not None
                  and c.key not in {x.key for x in answer.citations})
    text = f"{act} Yang berwenang: {authority_text(entry)}"
    return replace(answer, verdict="info", act_verdict=entry.verdict, text=text,
                   citations=answer.citations + extra[:2])
