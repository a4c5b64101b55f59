"""The part of a question that is actually asked.

People set the act they ask about against one they already know the answer to:
"sy tau like postingan caleg itu gak boleh. klo like akun resmi KPU boleh?" or
"follow akun Bawaslu boleh kan? beda kan sama follow akun tim pemenangan". Matched as a
whole, the known act (the caleg, the campaign team) drags the answer to the prohibition
the asker already named. :func:`focus` drops that contrast and keeps the rest, so the
who and when around it (actor, stage) still reach the frame.
"""

from __future__ import annotations

import re

from netralbot.knowledge.prefilter import prefiltered

# "… beda kan sama follow akun tim pemenangan", "itu beda ya dengan jadi timses?"
_BEDA = prefiltered(
    r"[,;]?\s*(?:\b(?:itu|ini|kan)\s+)?\bbeda(?:nya)?\b\s*(?:(?:kan|ya|dong|gak|ga|nggak|kah|toh)\s+)*"
    # (not a place set apart: "rumahnya beda sama rumah sy")
    r"(?:sama|dengan|dgn|dari|ama|ma)\s+(?!(?:rumah|alamat|tempat|kampung|desa)\w*\s+(?:sy|saya|aku|kami|kita|gw|gue)\b)"
    r"(?P<case>[^.?!\n]*[.?!]*)",
    re.I,
)
# a sentence that states what the asker already knows: "… itu biasa.", "sy tau … gak boleh."
_KNOWN = prefiltered(
    r"\b(?:itu|kan|emang|memang)\s+(?:udah\s+|sudah\s+)?(?:biasa|wajar|normal|aman|boleh|dilarang|jelas)\b"
    r"|\b(?:gak|ga|nggak|tidak|tdk|gk|nda|ndak|tra|sonde|seng|nyanda|ora|teu)\s+boleh\b|\bdilarang\b"
    # ("sa tau ASN tra boleh like …", "beta tahu …": eastern and regional first persons)
    r"|\b(?:sy|saya|aku|gw|gue|sa|beta|ambo|kita|kulo|abdi)\s+(?:tau|tahu|ngerti|paham)\b"
    # "ngajak ke TPS katanya boleh.", "jadi KPPS boleh buat ASN."
    r"|\bkatanya\s+(?:udah\s+|sudah\s+)?(?:boleh|aman|dilarang|gpp|gak papa|ga papa|nggak apa-apa)\b"
    r"|\b(?:boleh|aman|dilarang)\s+katanya\b|\bboleh\s+(?:buat|bagi|untuk)\s+(?:asn|pns|pppk|kita)\b"
    # "jawab survei lewat telpon boleh lah ya. tapi kalo …": a verdict the asker takes for granted
    r"|\b(?:boleh|aman|gpp)\s+(?:lah|la)\s+(?:ya|yah|kan|pasti)\b"
    # "saksi paslon kayaknya rawan ya. kalo jadi anggota PPS …": a risk the asker already sees
    r"|\b(?:kayaknya|sepertinya|kyknya|kayanya|kyk nya|pasti|jelas)\s+(?:rawan|riskan|berisiko|bahaya|dilarang|melanggar)\b"
    # "Mobil dinas dipakai ke rapat di kantor KPU itu tugas kantor ya. Kalau …": an official duty the asker sets apart
    r"|\bitu\s+(?:kan\s+|emang\s+|memang\s+)?(?:tugas|urusan|kegiatan)\s+(?:kantor|dinas|resmi)\b",
    re.I,
)
# "… itu udah bener kan? yg salah kalo aku nyaranin calon": what the asker already knows is wrong, told after the question
_KNOWN_WRONG = prefiltered(r"^\W*(?:yang|yg)\s+(?:salah|dilarang|gak boleh|ga boleh|gk boleh|nggak boleh|melanggar)\s+(?:itu\s+)?"
                          r"(?:kalo|kalau|klo|kl|cuma|hanya)\b", re.I)
# what others say, told after the question: "soalnya ada yg bilang …", "katanya …"
_HEARSAY = prefiltered(r"^\s*(?:(?:soalnya|soale|karena|krn|habis|abis|tapi|tp)\s+)?(?:ada\s+(?:yang|yg)\s+(?:bilang|ngomong|blg)|katanya|kata\s+\w+)\b",
                      re.I)
# someone else's case: "temen saya yg jadi saksi partai malah ditegur", "soalnya rekan sekantor yang …"
_OTHERS_CASE = prefiltered(r"^\s*(?:(?:soalnya|soale|karena|krn|padahal|tapi|tp|abis|habis)\s+)?(?:temen|teman|tmn|rekan|kawan|kolega|tetangga)"
                          r"(?:\s+(?:saya|sy|aku|ku|gw|gue|sekantor|kantor|kerja))?\s+(?:yg|yang)\b", re.I)
# "Dulu pas kampanye kan dilarang": how it was in an earlier period
_EARLIER = prefiltered(r"^\s*(?:(?:soalnya|soale|karena|krn|padahal|kan|tapi|tp)\s+)?(?:dulu|dl|dahulu)\s+(?:pas|waktu|wktu|wkt|saat|ketika|sewaktu|zaman|jaman|sblm|sebelum)\b",
                      re.I)
# the next sentence turns to the real question: "tp klo …", "nah kalau …", "klo …"
_PIVOT = prefiltered(r"^\s*(?:(?:tp|tapi|tetapi|nah|terus|trus|trs|lalu)\s*,?\s+)?(?:klo|kalo|kalau|kl|bagaimana kalau|gimana kalau|gmn klo)\b",
                    re.I)
_SENTENCE = prefiltered(r"[^.?!\n]+[.?!\n]*")
# "Nah, …", "Sekarang …": the story turns to what is asked
_TURN_TO = prefiltered(r"^\s*(?:nah|sekarang|skrg|kini|terus|trus|lalu)\b", re.I)
# a sentence that tells of an offer the asker already turned down: "… langsung saya tolak."
_REFUSED = prefiltered(r"\b(?:langsung\s+)?(?:saya|sy|aku|gue|gw)\s+(?:langsung\s+)?(?:tolak|menolak|tolakin)\b"
                      r"|\blangsung\s+(?:saya\s+|sy\s+)?(?:tolak|ditolak)\b", re.I)


# "… ikut kampanye? jawab ya atau tidak aja": how the answer should look, not part of the situation
_ANSWER_FORMAT = prefiltered(
    r"[,;]?\s*\b(?:tolong\s+|tlg\s+)?(?:jawab|jwb|balas|bales)(?:nya)?\s+(?:pake\s+|dengan\s+|dgn\s+)?"
    r"(?:ya\s+(?:atau|ato|apa|or)\s+(?:tidak|tdk|ga|gak|nggak|enggak)|ya\s*/\s*tidak|boleh\s+(?:atau|ato|apa)\s+(?:tidak|tdk|ga|gak|nggak)|"
    r"boleh\s*/\s*tidak|singkat|singkat\s+aja|langsung|to the point|satu kata|1 kata)"
    r"(?:\s+(?:aja|saja|doang|ya|yah|dong|deh|please|plis))*\s*[.!]*\s*$", re.I)


# "Izin narsum, …", "MOHON IZIN PAK, …", "ijin bertanya": asking leave to speak, not a permit
_COURTESY_OPENER = prefiltered(
    r"^\W*(?:(?:mohon|mhn|mau|numpang|sekadar|sekedar)\s+)?(?:izin|ijin|ijn|izn)"
    r"(?=\s*[,.!:]|\s+(?:bertanya|tanya|nanya|tny|pak|bu|bapak|ibu|narsum|narasumber|admin|min|mimin|kak|bang|mas|mbak|"
    r"ndan|komandan|senior|rekan|semua|all|bot|ya|yah)\b)"
    r"(?:\s+(?:bertanya|tanya|nanya|tny|ya|yah))?"
    r"(?:\s+(?:pak|bu|bapak|ibu|narsum|narasumber|admin|min|mimin|kak|bang|mas|mbak|ndan|komandan|senior|rekan2|rekan|semua|all|bot))*"
    r"\s*[,.!:]*\s*", re.I)


def focus(text: str) -> str:
    """``text`` without the contrast the asker sets the question against (unchanged when
    there is none, or when nothing would be left)."""
    opened = _COURTESY_OPENER.sub("", text, count=1)
    if len(opened.split()) >= 3:
        text = opened
    trimmed = _ANSWER_FORMAT.sub("", text).strip()
    if len(trimmed.split()) >= 3:
        text = trimmed
    marked = list(_ASKED_MARKER.finditer(text))
    if marked and len(text[marked[-1].end():].split()) >= 3:
        # "… Yg sy tanya punya sy dulu ya: PNS follow akun KPU itu aman kan?": the asker says where the question starts
        # (who the asker is, told before the marker, stays: "sy pensiunan PNS … Yg sy mau tanya: sy sendiri boleh …")
        # (… and so does a relative's: "Adik sy juga PNS … Yang mau sy tanya: adik sy sendiri melanggar ga?")
        told = text[:marked[-1].start()]
        status = _SELF_STATUS.search(told)
        kin = [k.group(0) for k in _KIN_STATUS.finditer(told)]
        text = text[marked[-1].end():].strip()
        # (… and what the question points back at: "Pertanyaan sy: boleh ga sy tetep di grup itu?" keeps the sentences
        # that said which group, "… masukin sy ke grup WA 'Relawan X'"; thirtieth session)
        kin.extend(_pointed_back(told, text))
        if status is not None and not _SELF_STATUS.search(text):
            kin.insert(0, status.group(0))
        if kin:
            text = ". ".join(kin) + ". " + text
    out = _drop_known(text)
    if _SECOND_ASKED.search(out):  # "… beda kan sama share potongan pake caption? yg kedua itu gmn"
        return out
    stripped = _BEDA.sub(_unless_asked, out).strip()
    if len(stripped.split()) >= 3 and _points_into_the_contrast(out, stripped):
        # the contrast is the case asked: keep it and the question that points at it
        contrast = _BEDA.search(out)
        asked = contrast.group("case").strip() + " " + out[contrast.end():].strip()
        out = asked if len(asked.split()) >= 3 else out
    elif len(stripped.split()) >= 3:
        out = stripped
    return out if len(out.split()) >= 3 else text


# "grup itu", "acara tsb", "posko tadi": a thing the question points back at, told before it
_POINTS_BACK = prefiltered(r"\b([a-z]{4,})\s+(?:itu|tsb|tersebut|tadi)\b", re.I)


def _pointed_back(told: str, asked: str) -> list[str]:
    """The sentences of ``told`` (at most two) that name what ``asked`` points back at."""
    nouns = {m.group(1).lower() for m in _POINTS_BACK.finditer(asked)}
    if not nouns:
        return []
    sentences = [s.strip(" .") for s in _SENTENCE.findall(told)]
    named = [s for s in sentences if any(re.search(rf"\b{re.escape(n)}", s, re.I) for n in nouns)]
    return named[:2]


# "yg sy tanya punya sy dulu ya:", "Pertanyaan saya:", "pertanyaannya:": what follows is the question
_ASKED_MARKER = prefiltered(r"\b(?:yang|yg)\s+(?:mau\s+|pengen\s+|ingin\s+)?(?:saya|sy|aku|ak|gue|gw)\s+(?:mau\s+|pengen\s+|ingin\s+)?"
                           r"(?:tanya(?:kan|in)?|tny|nanya|tanyain)\b[^:?.!]{0,30}:\s*"
                           r"|\bpertanyaan(?:nya|ku|\s+(?:saya|sy|aku|ak))?\s*(?:adalah|itu|ini)?\s*:\s*", re.I)


# "sy pensiunan PNS", "Sa guru honorer", "aku PPPK": who the asker is, said of themselves
_SELF_STATUS = prefiltered(r"\b(?:saya|sy|aku|ak|gue|gw|sa|beta|abdi|kulo|ambo)\s+(?:(?:ini|cuma|hanya|sudah|udah|udh|sbg|sebagai)\s+)?"
                          r"(?:pensiunan|purnabakti|purna|honorer|ppnpn|pppk|p3k|pns|cpns|asn|kades|kepala desa|perangkat desa|"
                          r"tni|polri|polisi|karyawan bumn|pegawai bumn)(?:\s+pns|\s+asn)?\b", re.I)


# "adik sy juga PNS", "Adik kandung sy wiraswasta, … bukan ASN", "bapak sy pensiunan": a relative's status
_KIN_STATUS = prefiltered(r"\b(?:suami|istri|isteri|anak|adik|adek|kakak|abang|bapak|ayah|ibu|mama|mamak|papa|ortu|orang tua|mertua|"
                         r"sepupu|ponakan|keponakan|om|tante|paman|bibi|ipar|bojoku|bojo)(?:\s+kandung)?(?:\s+(?:saya|sy|aku|ku|gw|gue))?"
                         r"\s+(?:(?:juga|jg|masih|msh|sudah|udah|udh|itu|ini)\s+)?(?:\w+\s*,?\s+){0,3}?"
                         r"(?:pns|asn|pppk|p3k|cpns|honorer|bukan asn|bukan pns|non asn|dudu pns|dudu asn|wiraswasta|swasta|pensiunan|"
                         r"tni|polri|polisi|kades|kepala desa|perangkat desa|ibu rumah tangga|irt)\b", re.I)


# "yg kedua itu gmn?", "kalau yang belakangan?": the contrast set up is the very thing asked
_SECOND_ASKED = prefiltered(r"\b(?:yang|yg)\s+(?:kedua|ke-2|ke2|belakangan|terakhir|kedua itu|satunya lagi)\b", re.I)


# "… beda kan sama sy kasih kultum di pengajian RT …. Yg kultum itu gimana hukumnya?": the case asked is pointed at
# by a word only the contrast has
_POINTED = prefiltered(r"\b(?:yang|yg)\s+(\w{4,})(?:\s+\w+)?\s+(?:itu|tuh|tsb|tersebut)\b", re.I)


def _points_into_the_contrast(whole: str, stripped: str) -> bool:
    pointer = _POINTED.search(stripped)
    if not pointer:
        return False
    word = re.compile(rf"\b{re.escape(pointer.group(1))}\b", re.I)
    before = stripped[:pointer.start()]
    return not word.search(before) and bool(word.search(whole[:whole.lower().rfind(pointer.group(0).lower())]))


# "sanksinya beda dengan sebelum penetapan?": there the difference itself is the question
_ASKED_DIFFERENCE = prefiltered(r"\b(?:sanksi|hukuman|aturan|hukum|ancaman|prosedur|cara)\w*\s*$", re.I)


def _unless_asked(m: re.Match) -> str:
    return m.group(0) if _ASKED_DIFFERENCE.search(m.string[:m.start()]) else " "


# "kalo like postingan paslon dilarang, kalo like akun resmi KPU boleh ga?": the known case, then a comma and the pivot
_COMMA_PIVOT = prefiltered(r"(?<=,)(?=\s*(?:(?:tp|tapi|tetapi|nah)\s*,?\s+)?(?:klo|kalo|kalau|kl)\b)", re.I)
# "nonton debat di rumah boleh.": a sentence that ends on the verdict the asker already has
_KNOWN_VERDICT_LAST = prefiltered(r"\b(?:boleh|aman|dilarang|gpp|gapapa)\s*[.!,]*\s*$", re.I)


def _drop_known(text: str) -> str:
    sentences = [piece for s in _SENTENCE.findall(text) for piece in _COMMA_PIVOT.split(s) if piece]
    if len(sentences) < 2:
        return text
    keep = []
    for i, s in enumerate(sentences):
        nxt = sentences[i + 1] if i + 1 < len(sentences) else ""
        if (_KNOWN.search(s) or _KNOWN_VERDICT_LAST.search(s)) and _PIVOT.match(nxt) and not s.rstrip().endswith("?"):
            continue
        # "… boleh kan? soalnya ada yg bilang jadi saksi paslon ga boleh": hearsay about another act, after the question
        if i and sentences[i - 1].rstrip().endswith("?") and _HEARSAY.match(s) and _KNOWN.search(s):
            continue
        if i and sentences[i - 1].rstrip().endswith("?") and "?" not in s and _KNOWN_WRONG.match(s):
            continue
        # "… Boleh kan? temen saya yg jadi saksi partai malah ditegur": another person's case told after the question
        # "… Boleh kan? Dulu pas kampanye saya unfollow semua akun capres": an earlier time told after the question
        if i and sentences[i - 1].rstrip().endswith("?") and "?" not in s and (_OTHERS_CASE.match(s) or _EARLIER.match(s)):
            continue
        # the offer turned down is settled; the question is about what comes after it
        if (nxt and _REFUSED.search(s) and not s.rstrip().endswith("?") and "?" in "".join(sentences[i + 1:])
                and (_PIVOT.match(nxt) or _TURN_TO.match(nxt))):
            continue
        keep.append(s)
    return "".join(keep).strip()
