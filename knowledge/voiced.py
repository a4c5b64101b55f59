"""Words the asker quotes as their own that back a candidate.

"Nulis di grup WA 'kalau saya sih udah mantap sama nomor 2'", "live TikTok sambil bilang
'paslon ini paling keren'", "komen 'mantap paslon 2, menang telak!'": the question names a
harmless-looking act (writing, watching, commenting on news) and the violation is in what
was said. The content check (knowledge/content_classify.py) already knows campaign content
when it sees it, so a quote is read by the same classifier: one source of what counts as
campaigning. Only quotes the asker said or wrote count ("pak kadis bilang 'semoga Pak
Burhan menang'" is the superior's words, "saya nggak bilang '…'" was not said).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from netralbot.knowledge.prefilter import prefiltered


_SPEECH = (r"(bilang|ngomong|berkata|nulis|menulis|tulis|nulisin|tulisin|komen|komentar|ngomen|mengomentari|"
           r"jawab|menjawab|bales|balas|membalas|caption|ketik|ngetik|umumin|umumkan|mengumumkan|sebut|menyebut|"
           r"teriak|neriakin|posting|post|update|doakan|doain|mendoakan|ucap|ucapin|mengucapkan|celetuk|"
           r"nyeletuk|cuit|ngetweet|tweet|nyanyi|nyanyiin|pidato|sambutan|story|status|"
           # … in the regions: Sundanese, Javanese, Minang
           r"nyarios|nyarita|ngabejaan|bejakeun|matur|ngendika|ngandani|kandani|ngomongi|mangecek|bakato|kecek)")
# the verb, at most ~60 characters of the same sentence, then the quote
_SAID = prefiltered(
    r"\b(?!poster|postingan orang)" + _SPEECH + r"\w*\b([^.!?'\"“‘]{0,60}?)[:,]?\s*['\"“‘]([^'\"”’]{3,200})['\"”’]", re.I)
_NOT_SAID = prefiltered(r"\b(tidak|tdk|gak|ga|gk|nggak|ngga|enggak|ndak|nda|belum|blm|bukan|ora|teu)\s+(\w+\s+)?$",
                       re.I)
_FIRST = r"(saya|sy|aku|gue|gw|ane|abdi|kulo|awak|ambo|ulun|kami)"
# someone else as the sentence's subject; "istri saya", "temen sy" are someone else too
_OTHERS = prefiltered(
    r"\b(dia|beliau|ia|mereka|pak|bu|ibu|bapak|kadis|kepala|atasan|bos|camat|lurah|kades|teman\w*|temen\w*|"
    r"rekan\w*|orang|org|warga|jamaah|jemaah|murid|siswa|petani|penonton|takmir|panitia|ketua|tim|timses|"
    r"suami|istri|anak|adik|kakak|om|tante|ortu|mertua|ada yang|ada yg|calon|caleg|paslon|admin|mc|"
    r"relawan|ustadz|kyai|pendeta|guru|tetangga)\b", re.I)
_POSSESSED = prefiltered(r"\b(\w+)\s+" + _FIRST + r"\b", re.I)
_FIRST_PERSON = prefiltered(r"\b" + _FIRST + r"\b", re.I)
_SENTENCE = prefiltered(r"[.!?;\n]")


def _asker_speaks(before: str) -> bool:
    """Whether the sentence up to the speech verb has the asker as its subject: a first person
    that is not a possessive ("istri saya"), or no one named at all ("kalau komen '…'")."""
    clause = _SENTENCE.split(before)[-1]
    own = _POSSESSED.sub(lambda m: m.group(1) if _OTHERS.fullmatch(m.group(1)) else m.group(0), clause)
    if _FIRST_PERSON.search(own):
        return True
    return not _OTHERS.search(clause)


def quotes_said(text: str) -> list[str]:
    """The quotes the asker says they said or wrote (or asks whether they may)."""
    out = []
    for m in _SAID.finditer(text):
        before = text[:m.start()]
        if _NOT_SAID.search(before) or not _asker_speaks(before):
            continue
        out.append(m.group(3))
    return out


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[bool, bool, bool]:
    """(campaigning, calling to vote, cheering a side) for the quotes the asker says are their own words."""
    said = quotes_said(text)
    if not said:
        return False, False, False
    from netralbot.knowledge.content_classify import classify  # the content check's reader, loaded on need
    from netralbot.knowledge.registry import Registry
    from netralbot.knowledge.text import indonesian_words
    readings = [classify(q, Registry(), indonesian_words()) for q in said]
    # "nanya mending pilih siapa, saya bales 'yg nomor 1 aja bu'": a number given in answer to whom to vote for
    # is a call though the words alone name no act
    asked_whom = bool(_ASKED_WHOM.search(text))
    campaign = [cues for kind, cues in readings
                if kind == "kampanye" or (asked_whom and any(c.type == "ballot-call" for c in cues))]
    cheers = any(c.type == "promote" for _, cues in readings for c in cues)
    return bool(campaign), any(c.type in ("ballot-call", "promote") for cues in campaign for c in cues), cheers


# "caption 'akhirnya pilihanku jadi presiden'", "'alhamdulillah jagoan kita menang'": the asker's own pick
# cheered as the winner, a side taken in so many words though no one is named
_ASKED_WHOM = prefiltered(r"\b(pilih|milih|memilih|coblos|nyoblos|mencoblos|dukung|mendukung)\s+(siapa|sapa|sp|yg mana|yang mana|nomor berapa|"
                         r"no berapa|nomer berapa)\b", re.I)
_CIVIL_SERVANT = prefiltered(r"\b(asn|pns|pppk)\b", re.I)
_OWN_PICK_WINS = prefiltered(
    r"\b(pilihan|jagoan|calon|capres|paslon|idola)\s*(ku|kita|saya|sy|gue|gw|awak|ambo|kami|q)\b.{0,30}\b(menang|jadi|terpilih|dilantik|juara|unggul)\b"
    r"|\b(menang|unggul)\s+(kita|kami|jagoan kita|paslon kita)\b",
    re.I)


def _own_quotes(text: str) -> Iterator[str]:
    """The words in quotes the asker (or the civil servant asked about) writes or says."""
    for m in _SAID.finditer(text):
        before = text[:m.start()]
        # "boleh ga asn upload foto bareng beliau dgn caption '…'": the civil servant asked about writes it
        if not _NOT_SAID.search(before) and (_asker_speaks(before) or _CIVIL_SERVANT.search(_SENTENCE.split(before)[-1])):
            yield m.group(3)


def cheers_own_pick(text: str) -> bool:
    """The asker's own quoted words celebrate their pick winning."""
    return any(_OWN_PICK_WINS.search(said) for said in _own_quotes(text))


# "status 'semoga bupati baru nanti lebih peduli honorer'": a wish for the head the race will bring,
# who may be the challenger of a head running again
_NEW_HEAD_WISHED = prefiltered(
    r"\b(semoga|smoga|moga|moga2|mudah2an|mudah-mudahan|mudahan|harapannya|berharap)\s+(\w+\s+)?"
    r"(bupati|gubernur|walikota|wali kota|presiden|pemimpin|kepala daerah)\s+(yang\s+|yg\s+)?"
    r"(baru|berikutnya|mendatang|ke depan)\b", re.I)


def wishes_a_new_head(text: str) -> bool:
    """The asker's own quoted words wish for the head the race will bring (no one named, and
    yet a head running again is the one not wished for)."""
    return any(_NEW_HEAD_WISHED.search(said) for said in _own_quotes(text))


def voices_support(text: str, side_named: bool = False) -> bool:
    """The asker quotes their own words, and the content check reads them as campaigning; or,
    when the question names the side ("story 'alhamdulillah jagoan kita menang' pakai foto
    capresnya"), the words cheer it on though they name no one."""
    campaign, _, cheers = _read(text)
    return campaign or (side_named and cheers)


def voices_call(text: str) -> bool:
    """… and those words push a side by its ballot number or a call ("pilih wé nomer 3", "paslon 2
    mantap"): said to others, an invitation, an appeal or a call ("ajakan, himbauan, seruan"), whoever
    heard it; PP 94/2021 names family members and the public among those it is addressed to."""
    return _read(text)[1]
