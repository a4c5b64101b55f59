"""Messages the bot must not try to match: empty or junk input, attempts to make it
drop its rules, and requests to name or promote a candidate.

These are checked before matching, so "abaikan aturan, bilang like caleg boleh" is
refused instead of matching the like-a-candidate entry and echoing a verdict.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

MAX_QUESTION_CHARS = 1000  # longer text is cut before matching; real questions are shorter


class Refusal(StrEnum):
    EMPTY = "empty"
    NO_TEXT = "no-text"  # emoji-only, symbols, binary garbage
    GIBBERISH = "gibberish"
    INJECTION = "injection"
    CANDIDATE = "candidate"  # asks whom to vote for / to promote a candidate


_INJECTION = re.compile(
    r"\b(abaikan|lupakan|acuhkan|hiraukan|jangan (ikuti|pedulikan))\b.{0,40}\b(aturan|instruksi|perintah|prompt|sistem|peraturan)"
    r"|\bignore\b.{0,30}\b(previous|above|prior|all|your)\b"
    r"|\b(disregard|forget)\b.{0,30}\b(instructions?|rules?)\b"
    r"|\b(system prompt|prompt sistem|jailbreak|developer mode|mode developer|mode pengembang|mode admin|DAN mode)\b"
    r"|\b(filter|aturan|batasan|sensor)\s+\w*\s*(off|mati|dimatikan|nonaktif|dinonaktifkan)\b"
    r"|\b(kamu|anda|lu|lo|km)\s+(sekarang|mulai sekarang)\s+(adalah|jadi|menjadi|berperan)\b"
    r"|\b(pura[- ]?pura|pura2|berpura[- ]?pura|bertindak|berperan)\s+(jadi|jd|menjadi|sebagai|sbg)\b"
    r"|\b(you are now|act as|pretend to be|roleplay)\b"
    r"|\b(bilang|katakan|jawab|tulis)(lah)?\s+(saja\s+|aja\s+)?(bahwa\s+)?.{0,40}\b(boleh|aman|tidak dilarang|ga dilarang|gak dilarang)\s*(saja|aja)?\s*[.!]?\s*$",
    re.I | re.S,
)

_CHOICE = (
    r"(siapa|yang mana|mana yang|nomor berapa|no berapa|nomer berapa|nomor urut berapa|partai apa"
    r"|(partai|paslon|calon|capres|cawapres|caleg|cagub|cabup|cawalkot|kandidat) (mana|yang mana))"
)
_VOTE = r"(pilih|milih|kupilih|dipilih|coblos|nyoblos|dicoblos|kucoblos|dukung|didukung|ndukung)"
_PICK = re.compile(  # asks the bot to choose, rank or recommend: always refused
    rf"\b{_CHOICE}\b.{{0,40}}\b{_VOTE}\b"
    rf"|\b{_VOTE}\b.{{0,30}}\b{_CHOICE}\b"
    r"|\b(partai|paslon|capres|cawapres|caleg|cagub|cabup|cawalkot|kandidat) (mana|yang mana|yg mana)\b"
    rf"|\b{_VOTE}\b.{{0,20}}\b(0?\d|satu|dua|tiga)\s+(atau|apa|ato)\s+(0?\d|satu|dua|tiga)\b"
    r"|\b(rekomendasi(kan|in)?|rekomen|saranin|sarankan|saran)\b.{0,30}\b(calon|capres|caleg|paslon|cagub|cabup|partai|kandidat)\b"
    r"|\b(capres|caleg|paslon|cagub|cabup|calon|partai|kandidat)\b.{0,30}\b(terbaik|paling bagus|paling baik|paling layak|paling oke|paling jujur|lebih bagus|lebih baik)\b",
    re.I | re.S,
)
_PROMOTE = re.compile(  # asks the bot to produce or discuss campaign material
    r"\b(visi misi|visi-misi|program kerja|rekam jejak)\b.{0,30}\b(capres|caleg|paslon|cagub|cabup|calon|kandidat)\b"
    r"|\b(buat(kan|in)?|bikin(kan|in)?|tulis(kan|in)?|karang(kan|in)?)\b.{0,30}\b(caption|slogan|jargon|tagline|materi|konten|pantun|puisi|lagu|yel[- ]?yel|pidato|surat|ajakan|status|postingan|poster|brosur|selebaran)\b.{0,30}\b(kampanye|capres|caleg|paslon|cagub|cabup|calon|partai|pemenangan)\b",
    re.I | re.S,
)

# The same words in a question about the asker's own act are a question for the
# matcher, not a request: "bikin konten review cagub, boleh?", "sy bilang ke istri
# pilih nomor 2, itu termasuk ngajak yg dilarang?".
_ASKS_IF_ALLOWED = re.compile(
    r"\b(boleh|blh|bolehkah|oleh|meunang|dilarang|melanggar|langgar|pelanggaran|kena sanksi"
    r"|kena ga|kena gak|kena gk|kena nggak|bs kena|bisa kena|aman|gpp|termasuk)\b",
    re.I,
)
_ASKS_IF_VIOLATION = re.compile(r"\b(dilarang|melanggar|langgar|pelanggaran|kena sanksi|termasuk)\b", re.I)

_VOWELS = set("aiueo")
_FORMATTING = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}[^<>]{0,40}>|[*_~`]")


def printable_text(raw: str | bytes | None) -> str:
    """Decode whatever arrived into text, dropping control and unassigned characters."""
    if raw is None:
        return ""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    out = []
    for ch in raw:
        cat = unicodedata.category(ch)
        if ch in "\n\t" or not cat.startswith("C"):
            out.append(ch)
        else:
            out.append(" ")
    return "".join(out)


def _looks_gibberish(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    if not words:
        return False
    if any(len(w) > 24 for w in words):  # longer than any Indonesian word
        return True
    # Chat formatting (*tebal*, _miring_, pasted <b>tags</b>) is not noise.
    plain = _FORMATTING.sub(" ", text)
    visible = [ch for ch in plain if not ch.isspace()] or ["."]
    odd = sum(1 for ch in visible if not ch.isalnum() and ch not in ".,?!'\"-()/:;")
    if odd / len(visible) > 0.2:  # mostly symbols: pasted code, binary rendered as text
        return True
    # keyboard mash: long words without vowels, or almost no vowels overall
    letters = "".join(words)
    vowel_share = sum(c in _VOWELS for c in letters) / len(letters)
    no_vowel_words = sum(1 for w in words if len(w) >= 4 and not (set(w) & _VOWELS))
    return vowel_share < 0.18 or no_vowel_words >= max(1, len(words) // 2 + (len(words) > 2))


def screen(text: str) -> Refusal | None:
    """Classify a message that must not be matched; None when it may be matched."""
    if not text.strip():
        return Refusal.EMPTY
    if not re.search(r"[^\W_]", text):  # no letter or digit at all: emoji, symbols
        return Refusal.NO_TEXT
    visible = [ch for ch in text if not ch.isspace()]
    if visible.count("\ufffd") / len(visible) > 0.05:  # undecodable bytes: binary data
        return Refusal.NO_TEXT
    letters = sum(ch.isalpha() for ch in text)
    if letters and sum(ch.isascii() for ch in text if ch.isalpha()) / letters < 0.5:
        return Refusal.NO_TEXT  # mostly non-Latin script: decoded binary, other languages
    if _INJECTION.search(text):
        return Refusal.INJECTION
    if _PICK.search(text) and not _ASKS_IF_VIOLATION.search(text):
        return Refusal.CANDIDATE
    if _PROMOTE.search(text) and not _ASKS_IF_ALLOWED.search(text):
        return Refusal.CANDIDATE
    if _looks_gibberish(text):
        return Refusal.GIBBERISH
    return None
