"""What kind a piece of content is (kampanye, informasi-resmi, berita, netral,
tidak-terbaca) and the cues that decided it.

Kept apart from the verdicts (knowledge/content.py): this module only reads the text and the
registry and knows no FAQ entry. The patterns it reads are in knowledge/content_patterns.py;
the named campaign rules of classify_explained are what tests and debugging look at.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from netralbot.knowledge.content_patterns import (
    _ALL_CANDIDATES, _APPEAL, _APPEAL_I, _ASN_NOTICE, _ATTACK, _BALLOT_CALL, _BODY_REPORTED, _CAMPAIGN_TAG,
    _CAPS_TICKET, _CHAIN, _CHARITY, _COMMERCE, _CONGRATS, _CONTENDER, _CONTEST, _CRAFT, _DATELINE, _DEAD, _ELECTION,
    _ELECTION_DAY, _EVENT, _EVENT2, _FINGERS, _FOR_OFFICE, _HANDS, _HASHTAG, _HOW_TO_VOTE, _INFO, _KEYCAPS, _LETTERS,
    _NEWS, _NOTICE_VOICE, _NOT_A_PARTY, _NOT_GENERAL, _NUMBER, _NUMBER_TAG, _OFFICIAL, _OFFICIAL_SITE, _OFFICIAL_TAG,
    _OFFICIAL_VOICE, _PERSON, _PITCH, _PRIZE, _PROMOTE, _PUSH, _QUOTED, _RECRUIT, _ROLE, _SMEAR, _SPORT, _SQ_APPEAL,
    _COLOUR_VERB, _MARKED, _MERCH, _SLANT, _MERIT, _QUOTED_NAME, _SPONSORED, _WINK, _BENEFACTOR, _DESCRIBED_PICK,
    _DONT_FORGET, _NUMBER_LIST, _NUMBER_SLOGAN, _POLLING_DATE, _QUOTE_CARD, _SQ_OFFICIAL, _VOTE_FOR_NUMBER, _SQ_TARGET, _STANDALONE_SLOGAN, _STRONG, _TEAM, _TWO_TERMS, _VOICE,
    _BACKS_NAMED, _ON_THE_BALLOT, _NEUTRAL_CHOICE,
)
from netralbot.knowledge.content_registry import _matchers, _registry_hits
from netralbot.knowledge.prefilter import prefiltered
from netralbot.knowledge.registry import Registry
from netralbot.knowledge.respell import shouted


@dataclass(frozen=True)
class Cue:
    type: str  # ballot-call, party, candidate, slogan, hashtag, fingers, event, attack, promote,
    #            official, official-site, info, news, election
    text: str  # the words in the content
    match: str | None = None  # what it matched in the registry, when it did

    def to_json(self) -> dict:
        return {"type": self.type, "text": self.text, "match": self.match}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u200d", "").replace("\ufe0f", "")


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
        if m.group(0) not in ("bkn", "ppk"):  # in lower case, chat for "bukan" and "pupuk" ("harga ppk naik")
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


def _shouted(text: str) -> bool:
    """Mostly capitals: a poster or banner, where names cannot be told by their capital letter."""
    return shouted(text, min_letters=12)


def _campaign_handles(text: str) -> list[str]:
    """"@zainuddin.terusberlanjut", "twibbonize.com/perubahan03": a handle or frame named for a campaign."""
    out = []
    for m in re.finditer(r"(?:@|twibbonize\.com/)([\w.]{4,})", text):
        body = m.group(1).replace(".", " ")
        if re.search(r"berlanjut|lanjut|menang|[a-z]0[1-9]$|^0[1-9]|periode|\bfor\b", body, re.I) and not _SPORT.search(text):
            out.append(m.group(0))
    return out


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


def _squashed_campaign(text: str) -> bool | None:
    """For text whose words ran together: True (campaign), False (official), None (no opinion)."""
    if not re.search(r"(?<![#\w])[A-Za-z]{16,}", text):  # a long hashtag is not OCR running words together
        return None
    flat = re.sub(r"[^a-z0-9]", "", text.lower())
    if _SQ_APPEAL.search(flat) and _SQ_TARGET.search(flat) and not re.search(r"osis|hima|ketuart|lomba", flat):
        return not (_SQ_OFFICIAL.search(flat) and not re.search(r"no\.?\d|nomor\d|nomer\d", flat))
    if _SQ_OFFICIAL.search(flat):
        return False
    return None


_CHAT_TITLE = prefiltered(r"(?<![\w-])(?:pak|bu|bpk|mas|mbak|bang|bg|bng|kak|kang|teh|uda|daeng|cak|bli|abah|bunda)\s+([a-z]{3,})(?!\w)")
_NOT_A_NAME = frozenset({"rt", "rw", "camat", "lurah", "kades", "guru", "dokter", "bidan", "ustadz", "ustad", "haji", "hajah",
                         "bupati", "gubernur", "presiden", "wali", "walikota", "dewan", "polisi", "tentara", "kepala",
                         "kadis", "sekda", "kyai", "kiai", "pendeta", "pastor", "mantri", "satpam", "sopir", "ojek",
                         "dosen", "direktur", "manager", "bos", "boss", "admin", "ketua", "kadus", "kaur", "sekdes"})


def _chat_person(text: str, common_words: frozenset[str]) -> bool:
    """ "pak hendra", "pak bams" in lower-case chat: a title before a word that is no Indonesian
    word and no office is a person's name (the cased ``_PERSON`` misses chat)."""
    if not common_words:
        return False
    return any(w not in common_words and w not in _NOT_A_NAME for w in _CHAT_TITLE.findall(text))


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
    person = bool(_PERSON.search(scan)) or "candidate" in types or _chat_person(scan, common_words)
    role = bool(_ROLE.search(scan))
    number = [m.group(0) for m in _NUMBER.finditer(scan)]
    appeal = [m.group(0) for m in _APPEAL.finditer(scan)] + [m.group(0) for m in _APPEAL_I.finditer(scan)]
    appeal += [m.group(0) for m in _PROMOTE.finditer(scan)]
    appeal = [a for a in appeal if not re.fullmatch(r"pilih\w*", a, re.I)
              or not re.search(rf"hak {re.escape(a)}|{re.escape(a)}an", scan, re.I)]  # "hak pilih", "pilihan"
    # a vote asked for exactly one ballot number takes a side, whatever other numbers are named
    votes = list(_VOTE_FOR_NUMBER.finditer(scan))
    vote_for_number = (len({re.sub(r"\D", "", m.group(0)) for m in votes}) == 1
                       and not types & {"official", "official-site", "info"})
    # … said as a call ("… nomor 2!"), not told in a sentence that names the others too
    called = vote_for_number and ("!" in scan[votes[0].start():]
                                  or votes[-1].group(0).lower().startswith("mending"))  # "mending … no 2"
    everyone = (bool(_ALL_CANDIDATES.search(scan)) or len({re.sub(r"\D", "", n) for n in number} - {""}) >= 2
                or bool(_NUMBER_LIST.search(scan))
                ) and not called
    smear = [m.group(0) for m in _SMEAR.finditer(scan)]
    events = [m.group(0) for m in _EVENT2.finditer(scan)] + [m.group(0) for m in _EVENT.finditer(scan)]
    tags = _campaign_tags(scan) + _campaign_handles(scan)
    keycaps = bool(_KEYCAPS.search(text))
    fingers = bool(_HANDS.search(text)) or "🗳" in text
    election = (registry or role or "election" in types or "🗳" in text
                or bool(re.search(r"#\w*(?:pilkada|pemilu|pilpres|pileg|pilbup|pilgub|pilwalkot|pilbub)", text, re.I)))
    official_voice = (bool(_OFFICIAL_VOICE.search(text)) and (bool(types & {"official", "official-site", "info"})
                                                               or "netral" in text.lower())) or (bool(_ASN_NOTICE.search(text)) and election)
    backs = _BACKS_NAMED.search(scan)
    target = registry or person or role or bool(number) or bool(backs)

    for found in number:
        add("ballot-call", found)
    for found in tags:
        add("hashtag", found)
    for found in smear[:3]:
        add("attack", found)
    for found in events[:3]:
        add("event", found)

    # occasions that use election words in another sense, read once for every rule below
    sport, contest, congrats = bool(_SPORT.search(scan)), bool(_CONTEST.search(scan)), bool(_CONGRATS.search(scan))
    charity, commerce = bool(_CHARITY.search(scan)), bool(_COMMERCE.search(scan))
    strong = (bool(_STRONG.search(scan)) and bool(re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}", scan))
              and not sport and not _PRIZE.search(scan)
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
    electoral = registry or contender or "election" in types  # not an office as a place ("kantor bupati")
    # Each named rule is one way content campaigns; the names say which fired (tests, debugging).
    rules = {
        "push": push and not news,
        "slogan": "slogan" in types,
        "hashtag": bool(tags),
        "vote-for-number": (vote_for_number and not everyone and not news and not official_voice and not sport
                            and not contest and not _HOW_TO_VOTE.search(scan)),
        "number": (bool(number) and (person or role or registry or bool(appeal) or fingers
                                     or (election_day and not official_voice and not news)) and not everyone
                   and not sport and not contest and not (not electoral and congrats)),
        "appeal": (bool(appeal) and (person or registry or bool(number) or (role and not official_voice)) and not everyone
                   and not (not electoral and (contest or congrats or charity or sport))),
        "strong-appeal": (strong and not everyone and not official_voice and not _CRAFT.search(scan)
                          and not (not electoral and contest)),
        "team": team and not news and not official_voice and not (not electoral and (contest or sport)),
        "person-pitch": (person and (election_day or pitch) and not news and not official_voice
                         and not (not election and (congrats or charity))),
        "smear": bool(smear) and target and not news and not official_voice and not (not electoral and congrats),
        "event": (bool(events) and (person or registry or bool(number) or role) and not news and not official_voice
                  and not (not electoral and (contest or congrats or sport))),
        "for-office": (bool(_FOR_OFFICE.search(scan)) and (person or registry or bool(_CAPS_TICKET.search(scan))
                                                           or _shouted(scan)) and not news and not official_voice),
        "caps-ticket": (bool(_CAPS_TICKET.search(scan)) and not official_voice and not news
                        and (pitch or voice or bool(_STANDALONE_SLOGAN.search(scan)) or bool(number)
                             or bool(re.search(r"20[2-4]\d|maju|untuk|untuak|buat|gasan|kanggo|lebih baik|lebih baek",
                                               scan, re.I)))),
        "standalone-slogan": bool(_STANDALONE_SLOGAN.search(scan)) and not news and not official_voice,
        "person-dapil": person and "dapil" in scan.lower() and not news and not official_voice,
        "partisan-voice": (voice and (registry or contender or (person and election) or (bool(number) and election))
                           and not news and not official_voice and not everyone and not sport
                           and not commerce and not (not electoral and congrats)),
        "two-terms": bool(_TWO_TERMS.search(scan)) and voice and not news,
        "campaign-team": bool(re.search(r"posko pemenangan|tim pemenangan|kampanye akbar|konsolidasi relawan|"
                                        r"relawan \w+ \w+ 20", scan, re.I)) and not news,
        "fingers": (fingers and (election or bool(appeal) or bool(number) or election_day
                                 or bool(re.search(r"\b(?:nomor|nomer|no\.)(?!\w)", scan, re.I)))
                    and not sport),
        "keycaps": keycaps and (election or bool(appeal) or person),
        # "makanya saya dukung Pak Dedi": a vote asked for a titled name, or for a name at election time
        "backs-named": (bool(backs) and (bool(_PERSON.search(backs.group(0))) or election or role or election_day)
                        and not news and not official_voice and not sport and not contest and not everyone),
        # "yang rompinya biru di surat suara itu, kalian tahu sendiri"
        "on-the-ballot": (bool(_ON_THE_BALLOT.search(scan)) and not news and not official_voice
                          and not _HOW_TO_VOTE.search(scan) and not everyone),
        "recruit": recruit,
        "quote-card": bool(_QUOTE_CARD.search(text)) and not news,
        # "Sa pilih 3. Ko? #PilkadaYamori": a ballot number picked, said where an election is the topic
        "ballot-pick": (bool(_BALLOT_CALL.search(scan)) and election and not news and not official_voice and not everyone
                        and not sport and not contest and not commerce and not _HOW_TO_VOTE.search(scan)),
        # "01 MENANG HARGA MATI": a zero-padded ballot number with a word of winning is a slogan
        "number-slogan": (bool(_NUMBER_SLOGAN.search(scan)) and not news and not official_voice and not sport
                          and not contest and not commerce and not everyone),
        # "3️⃣🔥 #DeKAMenyala", "no 3 gaess … #DeKAMenyala", "27 nov kita gasss #DeKAMenyala": a hashtag
        # of a side's own (not an election body's) next to a ballot number or polling day
        "tagged-number": (any(not _OFFICIAL_TAG.search(t[1:]) for t in _HASHTAG.findall(scan))
                          and (bool(number) or keycaps or bool(_POLLING_DATE.search(scan))) and not news and not official_voice
                          and not sport and not contest and not commerce and not everyone),
        "slant": bool(_SLANT.search(text)) and not official_voice,  # slanted even in a news register
        "colour-day": bool(_COLOUR_VERB.search(scan)) and election_day and not official_voice,
        "merchandise": (bool(_MERCH.search(scan)) and bool(_MARKED.search(scan))
                        and (registry or person or bool(number) or bool(_QUOTED_NAME.search(scan))
                             or bool(_CAPS_TICKET.search(scan)))
                        and not news and not official_voice and not everyone and not sport
                        and not commerce),
        # "jawabannya ada di nomor urut 2 🤫", "yg nomor 3 programnya paling masuk akal"
        "number-voice": (bool(number) and voice and bool(_MERIT.search(scan)) and not news and not official_voice
                         and not everyone and not sport and not commerce),
        # "pilih yg sederhana… pasti tau kan siapa 🤭", "jangan lupa tanggal 27… kita tahu siapa"
        "wink": bool(_WINK.search(scan)) and (bool(appeal) or election_day or bool(number) or fingers) and not news,
        "sponsored-event": bool(_SPONSORED.search(scan)) and not news and not official_voice and not everyone,
        # "yg kmren bngun jln kmpung kt jgn lpa ya tgl 27": a record told instead of a name, on polling day
        "benefactor": (bool(_BENEFACTOR.search(scan)) and (election_day or bool(_DONT_FORGET.search(scan)))
                       and not news and not official_voice),
        # "bsok jngn lpa ke tps, coblos yg brkumis", "tgl 27 mnding plih yg udh jlas kerjany"
        "described-pick": (bool(_DESCRIBED_PICK.search(scan)) and (election_day or bool(_DONT_FORGET.search(scan)))
                           and not news and not official_voice and not sport and not commerce),
    }
    fired = tuple(name for name, hit in rules.items() if hit)
    if "backs-named" in fired:
        add("promote", backs.group(0))
    if "on-the-ballot" in fired:
        add("promote", _ON_THE_BALLOT.search(scan).group(0))
    campaign = bool(fired)
    if campaign and official_voice and not (registry or tags or person or number or smear or recruit):
        campaign = False  # "Bawaslu mengingatkan: ASN dilarang mendukung peserta pemilu…"
    if campaign and commerce and not (registry or contender or tags or smear or election or "backs-named" in fired):
        campaign = False  # "Flash sale! Nomor 1 di hati pelanggan"
    if campaign and _NEUTRAL_CHOICE.search(scan) and not (registry or person or tags or smear or number or backs):
        campaign = False  # "pilih calon yang tertera di surat suara sesuai hati nurani Anda": no side named
    if campaign and _HOW_TO_VOTE.search(scan) and not (registry or person or tags or smear or number):
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
