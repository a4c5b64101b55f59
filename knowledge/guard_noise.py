"""Messages with nothing to match: greetings and chit-chat, keyboard mash, pasted symbols.

Refused as Refusal.SMALL_TALK or Refusal.GIBBERISH.
"""

from __future__ import annotations

import re

from netralbot.knowledge.prefilter import prefiltered

_SMALL_TALK = prefiltered(
    r"^\W*((halo|hallo|hai|hi|hello|hey|p|ping|tes|test|permisi|punten|assalamu.?alaikum|salam|"
    r"selamat (pagi|siang|sore|malam)|pagi|siang|sore|malam|apa kabar|gimana kabar(nya)?|kabar(nya)? (gimana|bagaimana)|"
    r"lagi apa|sedang apa|udah makan( belum| blm)?|sudah makan( belum)?|makasih|terima ?kasih|thanks|thx|ok(e|ey)?|siap|"
    r"mantap|wkwk\w*|haha\w*|hehe\w*|min|admin|kak|bang|bro|sis|mas|mbak|pak|bu|gan|bot|netralbot)\W*){1,6}$",
    re.I,
)
# "ini bot beneran dari BKN bukan?", "kamu dibuat siapa?": about the bot, answered with what it is
_ABOUT_THE_BOT = prefiltered(
    r"\b(bot|kamu|km|netralbot|aplikasi)\s+(ini\s+)?(beneran|resmi|asli|punya|milik|buatan|dibuat|bikinan|dari)\b.{0,25}"
    r"\b(bkn|pemerintah|kemenpan\w*|bawaslu|kpu|bkd|bkpsdm|siapa|mana)\b", re.I)
_VOWELS = set("aiueo")
# a letter or digit (str.isalnum: "[^\W_]") or plain punctuation: what is left after removing these is "odd"
_NOT_ODD = re.compile(r"[^\W_]|[.,?!'\"()/:;-]")
_FORMATTING = prefiltered(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}[^<>]{0,40}>|[*_~`]")


def _looks_gibberish(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    if not words:
        return False
    if any(len(w) > 24 for w in words):  # longer than any Indonesian word
        return True
    # Chat formatting (*tebal*, _miring_, pasted <b>tags</b>) is not noise.
    plain = _FORMATTING.sub(" ", text)
    visible = "".join(plain.split()) or "."
    odd = len(_NOT_ODD.sub("", visible))  # (neither a letter or digit nor plain punctuation)
    if odd / len(visible) > 0.2:  # mostly symbols: pasted code, binary rendered as text
        return True
    # keyboard mash: long words without vowels, or almost no vowels overall
    letters = "".join(words)
    vowel_share = sum(map(letters.count, _VOWELS)) / len(letters)
    no_vowel_words = sum(1 for w in words if len(w) >= 4 and not (set(w) & _VOWELS))
    return vowel_share < 0.18 or no_vowel_words >= max(1, len(words) // 2 + (len(words) > 2))


def _repeated(text: str) -> bool:
    """One phrase pasted over and over ("PILIH NOMOR 2 PILIH NOMOR 2 …"): a flood, not a question."""
    words = re.findall(r"\w+", text.lower())
    return len(words) >= 12 and len(set(words)) / len(words) <= 0.2


def _speaks_the_domain(text: str) -> bool:
    """Heavily abbreviated chat ("krywn bumd pny kta parpol blh gk") that still names the domain."""
    from netralbot.knowledge.text import default_lexicon, tokens

    lex = default_lexicon()
    toks = set(tokens(text, lex))
    return bool(toks & lex.anchors) or len(toks & lex.concept_tokens) >= 2
