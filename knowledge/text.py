"""Indonesian chat-text normalisation for matching.

Users type "klo ngelike postingan caleg temen boleh gk?"; the knowledge base says
"Bolehkah ASN menyukai unggahan calon?". Both go through :func:`normalise` so they
meet on the same concept tokens (``like posting calon teman``). The result is only
ever used for matching: displayed text is never stemmed or rewritten (PySastrawi
over-stems, e.g. ``pasangan`` -> ``pasang``, and its dictionary is CC-BY-NC-SA).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from netralbot.knowledge import yamlfast
from netralbot.knowledge.prefilter import prefiltered
from rapidfuzz import fuzz, process
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

_URL = prefiltered(r"(https?://\S+|www\.\S+|\S+@\S+\.\S+|@\w+)")
_TOKEN = prefiltered(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_RUN3 = prefiltered(r"([a-z])\1{2,}")
_FINAL_DOUBLE = prefiltered(r"([a-z])\1$")
_REDUP2 = prefiltered(r"^([a-z]{3,})2$")  # "foto2" = "foto-foto"


# Bumped when the normalisation rules below change (a lexicon edit changes the hash anyway).
NORMALISER_VERSION = "15"

@dataclass(frozen=True)
class Lexicon:
    slang: dict[str, str]
    phrases: dict[tuple[str, ...], str]
    concepts: dict[str, str]
    stopwords: frozenset[str]
    anchors: frozenset[str]
    weak_anchors: frozenset[str]
    concept_tokens: frozenset[str]
    max_phrase: int
    version: str
    # consonant skeleton -> the one lexicon word with it: "kmpnye" -> kampanye, "hnrr" -> honorer
    skeletons: dict[str, str] = field(default_factory=dict)
    known: tuple[str, ...] = ()  # the lexicon's own words, the targets of spelling correction
    # the question being answered is tokenised several times (matcher, frame, guard checks); the texts of the
    # last few dozen questions stay here, with no asker attached, until 64 are held and it is emptied
    _tagged_memo: dict = field(default_factory=dict, compare=False, repr=False)
    # single words (not texts) already spelled and conceptualised: the same few thousand recur
    _word_memo: dict = field(default_factory=dict, compare=False, repr=False)
    _concept_memo: dict = field(default_factory=dict, compare=False, repr=False)


def load_lexicon(text: str | None = None) -> Lexicon:
    """Parse the lexicon YAML (the packaged one by default)."""
    if text is None:
        text = resources.files("netralbot.knowledge").joinpath("data/lexicon.yaml").read_text("utf-8")
    raw = yamlfast.safe_load(text)
    slang = {str(k): str(v or "") for k, v in raw.get("slang", {}).items()}
    slang.update({str(k): str(v or "") for k, v in raw.get("regional", {}).items()})
    # a spelling that names another spelling ("adek: adik", "adik: keluarga") ends where that one does
    slang = {k: " ".join(slang.get(w, w) for w in v.split()).strip() for k, v in slang.items()}
    phrases = {tuple(str(k).split()): str(v) for k, v in raw.get("phrases", {}).items()}
    concepts = {str(k): str(v) for k, v in raw.get("concepts", {}).items()}
    for key in [k for k in phrases if len(k) == 1]:  # one word is a concept, not a phrase
        concepts.setdefault(key[0], phrases.pop(key))
    concept_tokens = {t for v in concepts.values() for t in v.split()}
    concept_tokens |= {t for v in phrases.values() for t in v.split()}
    known = set(concepts) | concept_tokens | {w for v in slang.values() for w in v.split()} | set(slang)
    by_skeleton: dict[str, set[str]] = {}
    for word in known:
        if word.isalpha() and len(word) >= 4:
            by_skeleton.setdefault(skeleton(word), set()).add(word)
    return Lexicon(
        skeletons={k: next(iter(v)) for k, v in by_skeleton.items() if len(v) == 1 and len(k) >= 3},
        known=tuple(sorted(w for w in known if w.isalpha() and len(w) >= 5)),
        slang=slang,
        phrases=phrases,
        concepts=concepts,
        stopwords=frozenset(str(w) for w in raw.get("stopwords", [])),
        anchors=frozenset(str(w) for w in raw.get("anchors", [])),
        weak_anchors=frozenset(str(w) for w in raw.get("weak_anchors", [])),
        concept_tokens=frozenset(concept_tokens),
        max_phrase=max((len(k) for k in phrases), default=1),
        # the lexicon and the rules that apply it: a change to either re-indexes stored entries
        version=hashlib.sha256((NORMALISER_VERSION + text).encode()).hexdigest()[:16],
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()


@lru_cache(maxsize=1)
def _stemmer():
    # CachedStemmer: repeated words cost a dict lookup.
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=1)
def _shipped_stems() -> dict[str, str]:
    """PySastrawi's stems of the knowledge base's words, computed when the model is shipped
    (`kb calibrate --ship`): stemming ~4,000 words is most of a fresh database's first open.
    A word missing here is simply stemmed; the stemmer is deterministic, so they agree."""
    path = resources.files("netralbot.knowledge").joinpath("data/stems.json")
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    if len(word) <= 3 or not word.isalpha():
        return word
    shipped = _shipped_stems().get(word)
    return shipped if shipped is not None else _stemmer().stem(word)


def stems_seen() -> dict[str, str]:
    """Every word stemmed so far in this process, to ship as ``data/stems.json``."""
    cache = getattr(getattr(_stemmer(), "cache", None), "data", None) or {}
    return {**_shipped_stems(), **{w: r for w, r in cache.items() if isinstance(w, str)}}


def _clean_token(tok: str, lex: Lexicon) -> list[str]:
    """Fix chat spelling inside one raw token: elongation, reduplication, hyphens."""
    if tok not in lex.slang and tok not in lex.concepts:  # "pppk" is a word, not "pk"
        tok = _RUN3.sub(r"\1", tok)  # "bolehhh" -> "boleh", "gaaak" -> "gak"
    m = _REDUP2.match(tok)
    if m:
        tok = m.group(1)
    if "-" in tok:
        parts = [p for p in tok.split("-") if p]
        if len(parts) == 2 and parts[0] == parts[1]:  # "kira-kira" -> "kira"
            return [parts[0]]
        if parts and parts[0] in ("ke", "di", "se", "nge", "ng"):  # "ke-like", "di-share"
            return ["".join(parts)]
        return parts
    return [tok]


def _spell(tok: str, lex: Lexicon) -> list[str]:
    """Map slang/regional spellings; try once more with a final doubled letter folded."""
    if tok in lex.slang:
        return lex.slang[tok].split()
    if _FINAL_DOUBLE.search(tok):
        short = tok[:-1]
        if short in lex.slang:
            return lex.slang[short].split()
        if short in lex.concepts or short in lex.stopwords:
            return [short]
    return [tok]


# Words that negate what follows ("tanpa atribut", "bukan partai", "ga diupload").
NEGATORS = frozenset({"tidak", "bukan", "tanpa", "belum", "jangan"})
# A negator right after these is a question tag ("boleh gk like…", "aman ga"), and one
# right before these negates the modal, not the act ("gak boleh like", "ga masalah").
_TAG_BEFORE = frozenset({"boleh", "bisa", "aman", "melanggar", "dilarang", "kena", "apa", "atau",
                         "salah", "benar", "bener", "gpp", "sanksi", "masalah", "langgar", "oleh",
                         "meunang", "ya", "kah", "dong", "kan", "sudah", "sah", "oke", "ok", "betul",
                         "wajar", "halal", "etis", "pantas", "patut", "papa", "apa-apa", "buliah",
                         "kenging", "angsal", "galak", "iso",
                         # Palembang and Malay "pacak dak aku …?", "jeut atawa han": can I
                         "pacak", "jeut",
                         # Kupang "bole ko sonde?": "ko" (or) between the modal and the negator; Ambon
                         # "bole ka seng?" ("ka" is read as "ke")
                         "ko", "ke",
                         # "ada aturannya ga soal ngobrolin politik?": asks whether a rule exists
                         "ada", "aturan", "aturannya", "larangan", "larangannya"})
_MODAL_AFTER = frozenset({"boleh", "bisa", "dapat", "harus", "wajib", "perlu", "ingin",
                          "usah", "masalah", "apa", "papa", "apa-apa", "salah", "melanggar", "aman",
                          "kena", "dilarang", "tahu", "tau", "yakin", "jelas", "paham", "mengerti",
                          "tidak", "lama", "lagi", "cuma", "hanya", "sih", "kalau", "jika", "bila",
                          "apabila", "asal", "asalkan", "lupa"})  # "jangan lupa coblos" asks to vote
_NEG_SCOPE = 3  # content words a negator reaches ("tanpa menyebut nama calon")
# ... unless a new predicate starts first: "suami saya bukan ASN, jadi timses" negates ASN only
_SCOPE_ENDS = frozenset({"jadi", "yang", "dan", "lalu", "terus", "malah", "ingin", "sedang", "lagi", "sudah",
                         # "blm cltn bole ikt deklarasi?": the question starts
                         "boleh", "bolehkah"})
# "ga pernah jadi anggota partai", "belum sempat jadi timses": the negator reaches past these to the act
_AUXILIARIES = frozenset({"pernah", "sempat", "sempet", "mau", "akan", "bakal"})
# accounts and pages where an act is done ("ga komen apa2 di akun Bawaslu"): a negator's reach stops before them (not
# "grup" or "status": "kagak komen di grup" denies the group talk too)
_PLACES_ONLINE = frozenset({"akun", "akunnya", "page", "halaman", "kanal", "channel", "laman"})
_CIVIL_SERVICE = frozenset({"asn", "pns", "pppk", "cpns", "aparatur"})
_WILL = frozenset({"bakal", "bakalan", "akan", "bkl"})
_RULE_NAMED = frozenset({"larangan", "larangannya", "aturan", "aturannya", "masalah", "sanksi", "sanksinya",
                         "pelanggaran", "hukuman", "hukumannya"})
# a negated "A atau B" is neither A nor B: the scope goes on past the joiner
_OR_JOINERS = frozenset({"atau", "ataupun", "maupun", "ato", "ataw"})
_CLAUSE = prefiltered(r"[.,;:!?\n()]+|\b(?:tapi|tetapi|namun|melainkan|sedangkan|padahal|cuma|cuman|hanya)\b")


# "BKN" in capitals is the civil-service agency; "bkn" in chat is "bukan".
_AGENCY_BKN = prefiltered(r"\bBKN\b")


_WORD_MEMO_MAX = 20_000  # words, emptied when full (a flood of unique junk words stays bounded)


def _raw_words(text: str, lex: Lexicon) -> list[str]:
    memo = lex._word_memo
    raw: list[str] = []
    for t in _TOKEN.findall(text):
        words = memo.get(t)
        if words is None:
            words = tuple(w for c in _clean_token(t, lex) for w in _spell(c, lex) if w)
            if len(memo) >= _WORD_MEMO_MAX:
                memo.clear()
            memo[t] = words
        raw.extend(words)
    return raw


def _negation_flags(raw: list[str], lex: Lexicon) -> list[bool]:
    """Which raw words sit in the scope of a negator ("ga ada gambar calon": gambar, calon)."""
    flags = [False] * len(raw)
    for i, w in enumerate(raw):
        if w not in NEGATORS or tuple(raw[i:i + 2]) in lex.phrases:  # "tidak sengaja" is a concept
            continue
        # ("tanpa" is never a question tag: "cara nyoblos yang sah tanpa ngarahin pilihannya")
        if (i and raw[i - 1] in _TAG_BEFORE and w != "tanpa") or (i + 1 < len(raw) and raw[i + 1] in _MODAL_AFTER):
            continue
        if raw[i + 1:i + 2] == ["ada"] and raw[i + 2:i + 3] and raw[i + 2] in _RULE_NAMED:
            continue  # "ga ada larangan kan PNS nonton …": whether a rule exists, not the act negated
        if raw[i + 1:i + 2] and raw[i + 1] in _RULE_NAMED:
            continue  # "bukan pelanggaran kan kalo like postingan caleg …": the tag, not the act negated
        if raw[i + 1:i + 2] and raw[i + 1] in _WILL and raw[i + 2:i + 3] and raw[i + 2] in _MODAL_AFTER:
            continue  # "ga bakal kena kan klo share …": the same tag, in the future
        if w == "bukan" and raw[i + 1:i + 2] and raw[i + 1] in _CIVIL_SERVICE:
            flags[i + 1] = True  # "istri sy bukan asn tempel stiker caleg": who she is, not what she does
            continue
        reached = 0
        for j in range(i + 1, len(raw)):
            if raw[j] in NEGATORS or (reached and raw[j] in _SCOPE_ENDS):
                break
            # "ga komen apa2 di akun Bawaslu, cuma like …": the account is where, not what is denied
            if reached and raw[j] in ("di", "dlm", "dalam") and raw[j + 1:j + 2] and raw[j + 1] in _PLACES_ONLINE:
                break
            flags[j] = True
            if raw[j] in _OR_JOINERS:  # "gak nyebut nomor urut atau ajak milih": neither one
                reached = 0
            elif raw[j] not in lex.stopwords and raw[j] not in _AUXILIARIES:
                reached += 1
                if reached == _NEG_SCOPE and not (j + 1 < len(raw) and raw[j + 1] in _OR_JOINERS):
                    break
    return flags


# "#LanjutkanDuaPeriode", "#PemiluDamai": a hashtag's words, written together in camel case
_HASHTAG = prefiltered(r"#([A-Za-z][A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*)")
_CAMEL_JOIN = prefiltered(r"(?<=[a-z0-9])(?=[A-Z])")


def _split_hashtags(text: str) -> str:
    return _HASHTAG.sub(lambda m: " " + _CAMEL_JOIN.sub(" ", m.group(1)) + " ", text)


def _fold_accents(text: str) -> str:
    """ "badé", "kénging", "éta" (Sundanese) are "bade", "kenging", "eta": an accent must not
    split a word in two."""
    if text.isascii():  # (nothing to fold: most messages)
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
                   if not unicodedata.combining(ch))


_LIST_JOINERS = frozenset({"atau", "ataupun", "maupun", "serta", "dan", "ato", "or"})


def _clauses(text: str) -> list[tuple[str, str]]:
    """The clauses of ``text``, each with the separator that ends it."""
    out, pos = [], 0
    for m in _CLAUSE.finditer(text):
        out.append((text[pos:m.start()], m.group()))
        pos = m.end()
    out.append((text[pos:], ""))
    return out


def _list_item(raw: list[str], lex: Lexicon, following: str) -> bool:
    """A clause that goes on a list: "atau nomor calon", or one word before such a clause
    ("nama, foto, atau nomor calon"); "ga pake atribut, ikut yel2" starts a new predicate."""
    content = [w for w in raw if w not in lex.stopwords and w not in _LIST_JOINERS]
    if not 0 < len(content) <= 3 or any(w in NEGATORS for w in raw):
        return False
    if raw[0] in _LIST_JOINERS:
        return True
    nxt = following.split()
    return len(raw) == 1 and bool(nxt) and nxt[0] in _LIST_JOINERS


def tagged_tokens(text: str, lex: Lexicon | None = None) -> list[tuple[str, bool]]:
    """Normalised content tokens, each with whether it is negated in the question.

    Negation is decided per clause on the raw words, before stopwords go, because
    "tidak", "bukan" and "tanpa" are stopwords for matching but decide the situation.
    """
    lex = lex or default_lexicon()
    memo = lex._tagged_memo
    hit = memo.get(text)
    if hit is not None:
        return list(hit)
    out = _tagged_tokens(text, lex)
    if len(memo) >= 64:  # only the question being answered needs it
        memo.clear()
    memo[text] = tuple(out)
    return out


def _tagged_tokens(text: str, lex: Lexicon) -> list[tuple[str, bool]]:
    text = _AGENCY_BKN.sub(" bknri ", _fold_accents(_split_hashtags(text))).lower()
    text = _URL.sub(" ", text)
    out: list[tuple[str, bool]] = []
    carry = False  # the last clause ended inside a negation and a comma goes on listing
    clauses = _clauses(text)
    for k, (clause, sep) in enumerate(clauses):
        if not clause or not clause.strip():
            carry = False
            continue
        raw = _raw_words(clause, lex)
        neg = _negation_flags(raw, lex)
        # "nggak ada nama, foto, atau nomor calon": the list after the comma is negated too
        if carry and _list_item(raw, lex, clauses[k + 1][0] if k + 1 < len(clauses) else ""):
            neg = [True] * len(raw)
        carry = sep.strip() == "," and bool(raw) and neg[-1] and raw[-1] not in NEGATORS
        i = 0
        while i < len(raw):
            for n in range(min(lex.max_phrase, len(raw) - i), 1, -1):
                concept = lex.phrases.get(tuple(raw[i : i + n]))
                if concept is not None:
                    out.extend((c, any(neg[i:i + n])) for c in concept.split())
                    i += n
                    break
            else:
                out.extend((c, neg[i]) for c in _concept(raw[i], lex))
                i += 1
    return [(t, n) for t, n in out if t and t not in lex.stopwords and t not in NEGATORS]


def tokens(text: str, lex: Lexicon | None = None) -> list[str]:
    """Normalised content tokens of ``text`` (concepts and stems, no stopwords)."""
    return [t for t, _ in tagged_tokens(text, lex)]


_KIN_WORDS = frozenset({"kakak", "adik", "adek", "ayah", "bapak", "mertua", "ipar", "sepupu", "paman", "tante", "bibi",
                        "ortu", "suami", "istri", "ponakan", "keponakan", "menantu", "pakde", "pakdhe", "bude", "budhe",
                        "nenek", "kakek", "abang", "mamak", "simbah", "paklik", "bulik", "sodara", "saudara"})


def _concept(tok: str, lex: Lexicon) -> tuple[str, ...]:
    memo = lex._concept_memo
    found = memo.get(tok)
    if found is None:
        found = tuple(_concept_uncached(tok, lex))
        if len(memo) >= _WORD_MEMO_MAX:
            memo.clear()
        memo[tok] = found
    return found


def _concept_uncached(tok: str, lex: Lexicon) -> list[str]:
    if tok in lex.concepts:
        return lex.concepts[tok].split()
    if tok in lex.concept_tokens or tok in lex.stopwords or tok.isdigit():
        return [tok]
    if abbreviated(tok) and tok not in lex.slang:
        full = lex.skeletons.get(skeleton(tok))
        if full is not None:  # the same for the index and for questions: a typo never becomes a word
            return _spell_concept(full, lex)
    for suffix in ("nya", "ny", "ku", "mu"):  # "pemenangannya" is "pemenangan", not the stem "menang"
        if tok.endswith(suffix) and len(tok) - len(suffix) >= 4 and tok[:-len(suffix)] in lex.concepts:
            return lex.concepts[tok[:-len(suffix)]].split()
        # "kakaknya", "adiknya": a relative with a possessive ending is that relative (only kin words: "honornya"
        # is pay, not an honorary worker)
        if tok.endswith(suffix) and tok[:-len(suffix)] in _KIN_WORDS:
            return _spell_concept(tok[:-len(suffix)], lex)
    root = stem(tok)
    if root in lex.concepts:
        return lex.concepts[root].split()
    for base in colloquial_bases(root):  # "nyumbang", "ngasih", "ngelike": Jakarta-style prefixes
        if base in lex.concepts:
            return lex.concepts[base].split()
        if base in lex.concept_tokens:
            return [base]
    fixed = _misspelt(root, lex)
    if fixed is not None:  # "prtai", "pngurus": corrected alike in the index and in questions
        return _spell_concept(fixed, lex)
    return [root]


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """PySastrawi's root-word list: a word in it is Indonesian, not a typo."""
    return frozenset(StemmerFactory().get_words_from_file())


def indonesian_words() -> frozenset[str]:
    """Indonesian root words (PySastrawi's list): "Buruh" or "Garuda" are words before names."""
    return _dictionary()


@lru_cache(maxsize=20_000)
def _misspelt_cached(word: str, version: str) -> str | None:
    lex = default_lexicon()
    hit = process.extractOne(word, lex.known, scorer=fuzz.ratio, score_cutoff=85)
    if hit is None:
        return None
    roots = colloquial_roots(word)
    if roots & _dictionary() and not roots & (colloquial_roots(hit[0]) | {stem(hit[0])}):
        return None  # "ngajarin" is "ajar" in chat, not a slip for "ngajakin"
    return hit[0]


_CHAT_PREFIXES = (("nge", ("",)), ("ng", ("", "k", "h")), ("ny", ("s", "c")), ("m", ("", "p", "b")),
                  ("n", ("", "t")), ("di", ("",)), ("ter", ("",)), ("ke", ("",)), ("ber", ("",)))
_CHAT_SUFFIXES = ("keun", "kan", "nya", "in", "an", "ne", "ke", "na", "i", "e")


def colloquial_roots(word: str) -> set[str]:
    """Roots a chat word may be built on ("ngajarin" -> "ajar", "disiapin" -> "siap"): a word
    whose root is in the dictionary is a real word, not a typing slip."""
    cores = {word} | {word[:-len(s)] for s in _CHAT_SUFFIXES if word.endswith(s)}
    roots = set(cores)
    for core in cores:
        for prefix, restored in _CHAT_PREFIXES:
            if core.startswith(prefix):
                roots.update(r + core[len(prefix):] for r in restored)
    return {r for r in roots if len(r) >= 4}


def _misspelt(word: str, lex: Lexicon) -> str | None:
    """The lexicon word a misspelt word stands for, if it is not itself a word."""
    if len(word) < 5 or not word.isalpha() or word in _dictionary() or lex is not default_lexicon():
        return None
    return _misspelt_cached(word, lex.version)


_VOWELS_RE = prefiltered(r"[aiueo]")
_DOUBLED = prefiltered(r"(.)\1+")


def skeleton(word: str) -> str:
    """First letter plus the consonants, doubled letters folded: "kampanye" and "kmpnye" -> "kmpny"."""
    return _DOUBLED.sub(r"\1", word[:1] + _VOWELS_RE.sub("", word[1:]))


def abbreviated(word: str) -> bool:
    """Chat drops vowels: at most one vowel after the first letter ("kmpnye", "shre", "hnrr")."""
    return len(word) >= 3 and word.isalpha() and sum(c in "aiueo" for c in word[1:]) <= 1


def _spell_concept(word: str, lex: Lexicon) -> list[str]:
    out: list[str] = []
    for w in _spell(word, lex):
        out.extend(lex.concepts[w].split() if w in lex.concepts else [w])
    return out


def colloquial_bases(word: str) -> list[str]:
    """Bases of a chat verb with a nasal prefix Sastrawi does not strip (ny-, ng-, nge-)."""
    if len(word) < 5:
        return []
    if word.startswith(("nga", "ng", "ny", "m", "di")) and word.endswith("keun"):  # Sundanese "ngabagikeun"
        core = word[:-4]
        for prefix in ("nga", "ng", "ny", "di", "m"):
            if core.startswith(prefix):
                core = core[len(prefix):]
                break
        return [core + "kan", core, "k" + core, "s" + core, "p" + core]
    if word.startswith("nge"):
        return [word[3:]]
    if word.startswith("ny"):
        return ["s" + word[2:], "c" + word[2:]]
    if word.startswith("ng") and word[2] in "aiueo":
        return [word[2:], "k" + word[2:]]
    return []


def normalise(text: str, lex: Lexicon | None = None) -> str:
    """Normalised form as one space-separated string (what the index stores)."""
    return " ".join(tokens(text, lex))
