"""Orders to produce campaign material: captions, jingles, speeches, posters, stories that
promote a side.

Writing it would make the bot campaign, so these are refused as Refusal.CANDIDATE; the
same words in a question about the asker's own act ("bikin konten review cagub, boleh?")
are left to the matcher.
"""

from __future__ import annotations

import re

from netralbot.knowledge.guard_context import _ASKS_IF_ALLOWED, _NOT_NAMING
from netralbot.knowledge.prefilter import prefiltered

_MATERIAL = (r"(dialog|puisi|esai|artikel|argumen|infografis|skenario|kuesioner|desain|komentar-komentar|berita hoaks|"
             r"stand-up|komedi|lelucon|lawakan|sindiran|parodi|bahan kampanye|"
             r"ringkasan|rangkuman|kelebihan|tagline|caption|slogan|jargon|tagline|materi|konten|pantun|puisi|lagu|yel[- ]?yel|pidato|naskah|teks|"
             r"template|surat|ajakan|status|postingan|poster|brosur|selebaran|pesan|narasi|skrip|script|thread|"
             r"meme|poin|baliho|spanduk|kisah|cerita|cerpen|dongeng|sambutan|strategi|twibbon|stiker|sticker|banner|flyer|pamflet|"
             # "tolong bikinin daftar cara merekrut PPPK jadi relawan": a how-to list for a side
             r"daftar cara|daftar langkah|tips|kiat|trik)")
_POLITICAL = (r"(kampanye|capres|caleg|paslon|cagub|cabup|calon|partai|pemenangan|petahana|dukung|milih|memilih|"
              r"coblos|nyoblos|menangkan|memenangkan|golput|boikot|pilih|presiden|berpihak|elektabilitas|lawan|"
              r"nyalon|nyaleg|gubernur|bupati|walikota|pejabat|netralitas|dilanggar|disebar|tim sukses|timses|dukungan|deklarasi)")
# "buatkan/tuliskan/ceritakan …" always request; bare "buat/bikin/tulis" only where a request starts
# ("buat" is also "for": "ngundang bupati buat sambutan" tells of an act).
_STRONG_IMPERATIVE = (r"(buatkan|buatin|bikinkan|bikinin|tuliskan|tulisin|karangkan|karangin|susunkan|susunin|"
                      r"rancangkan|rancangin|desainin|desainkan|ceritakan|ceritain|dongengin|dongengkan|rangkumkan|rangkumin|terjemahkan|"
                      r"terjemahin|draftkan|editkan|editin|ringkaskan|tolong bikin|tolong buat|bantu(in)? bikin|bantu(in)? buat|"
                      r"bantu(in)? (aku|saya|sy|gw|gue) (nulis|menulis|bikin|buat|membuat|nyusun|menyusun)|"
                      r"tolong desain|tolong design|bantu(in)? desain|"
                      # twenty-fourth session: Javanese and Sundanese orders, a recommendation ordered
                      r"gawekke|gaweke|gawekno|gawekna|jieunkeun|damelaken|rekomendasiin|rekomendasikan|"
               r"(tulis|buat|bikin)\s+(dulu|juga|sekalian))")
_WEAK_IMPERATIVE = r"(siapkan|siapin|perbaiki|koreksi|translate|draft|edit|ringkas|tulis|susun)"
_IMPERATIVE = rf"({_STRONG_IMPERATIVE}|{_WEAK_IMPERATIVE})"
_REQUEST_START = r"(?:^|[.!?,;:]\s*|\b(?:tolong|coba|minta|bisa|please|pls|dong|min|kak|bot)\s+)"
_PROMOTE = prefiltered(  # asks the bot to produce or discuss campaign material
    # "gawekno pantun kanggo kampanye", "jieunkeun sajak kampanye", "lirik jingle kampanye": the material
    # named right before the campaign or the candidate it is for, whatever the verb's language
    r"\b(tolong|tolng|tulung|punten|bikin\w*|bkin|buat\w*|gawe\w*|jieun\w*|buek\w*|maulah\w*|damel\w*|ciptakan|karang\w*|"
    r"susun\w*|tulis\w*|kasih|please|write|create|give|saged)\b.{0,40}"
    r"\b(pantun|sajak|puisi|jingle|lagu|lirik|pidato|caption|slogan|slogans|yel-yel|yel|naskah|skrip|script|narasi|"
    r"hashtag|tagar|atur pambagya\w*|ujaran kebencian)\b.{0,40}\b(kampanye|kampnye|kampanyeu|campaign|ngajak milih|ajakan milih|"
    r"(ngeramein|ramein|meramaikan|naikin|naikkan|viralin|viralkan|menangin|menangkan)\s+(\w+\s+)?(calon|caleg|capres|cagub|cabup|paslon|partai)|"
    r"(untuk|buat|bwt|kanggo|nggo|go|keur|gasan|untuak|for)\s+(promosi\s+)?(calon|caleg|capres|cagub|cabup|paslon|pasangan|partai|"
    r"all candidates|the candidates))\b|"
    r"\b(jelaskan|jelasin|apa|sebutkan|sebutin|rangkum|rangkumkan|bandingkan|bandingin|ceritakan|kasih tau|kasih tahu)\b.{0,20}"
    r"\b(visi misi|visi-misi|program kerja|rekam jejak)\b.{0,30}\b(capres|caleg|paslon|cagub|cabup|calon|kandidat)\b"
    rf"|\b{_STRONG_IMPERATIVE}\b.{{0,30}}\b{_MATERIAL}\b.{{0,80}}\b{_POLITICAL}\b"
    rf"|(?:^|[.!?]\s+)\W*(bikin|buat|kasih)\s+(\w+\s+){{0,2}}(template|naskah|teks|pidato|caption|slogan|jargon|pantun|puisi|surat|selebaran|brosur|broadcast|"
    rf"narasi|skrip|script|esai|artikel|argumen|dialog|kuesioner|tagline|yel-yel|thread|meme|"
    # "Bikin 10 variasi komentar dukungan caleg …", "kasih kata2 sindiran halus buat status WA … dukung nomor 1"
    rf"komentar|variasi|kata-kata|kata2|kata sambutan|sambutan|hashtag|tagar|sindiran|stiker)\b.{{0,80}}\b{_POLITICAL}\b"
    rf"|{_REQUEST_START}(tulis|karang|susun|rancang)\b.{{0,30}}\b{_MATERIAL}\b.{{0,80}}\b{_POLITICAL}\b"
    r"|\b(write|create|draft|compose|make|generate|give)\b.{0,40}\b(broadcast|post|caption|message|speech|slogan|story|tweet)\b.{0,80}\b(vote|candidate|campaign|party|elect)"
    # a bare order that names the material first: "skrip video tiktok buat ngajak milih paslon kami",
    # "konsep baliho caleg yg eye catching gmn?"
    r"|^\W*(skrip|script|naskah|konsep|caption|jingle|slogan|tagline|desain|template|pantun|puisi|yel-yel|ide konten|"
    r"contoh (caption|status|pantun|slogan|ajakan))\b.{0,80}\b(paslon|caleg|capres|cagub|cabup|calon|partai|kampanye|"
    r"milih|memilih|pilih|coblos|pemenangan)\b",
    re.I | re.S,
)
# an order to the bot to produce something ("Ceritakan kisah PNS yang boleh kampanye…",
# "… sekalian buatin caption"), unless someone else gave the order ("disuruh buatkan")
_ORDER = prefiltered(rf"{_REQUEST_START}(sekalian\s+|juga\s+)?{_IMPERATIVE}\b|\b(sekalian|juga|terus|lalu|habis itu)\s+{_IMPERATIVE}\b", re.I)
_ORDER_REPORTED = prefiltered(
    r"(\b(disuruh|diminta|diperintah|nyuruh|menyuruh|suruh|minta saya|meminta saya|kalau|klo|jika|apakah|boleh)\s+(saya\s+|sy\s+)?"
    r"|\b(saya|sy|aku|ak|gue|gw|kami|dia|mereka|teman|temen|atasan|asn|pns|pppk|guru)\s+(\w+\s+){0,2})$",
    re.I,
)


_QUESTION_TAG = prefiltered(r"\?|\b(ya|yah|gk|gak|ga|nggak|kah|gmn|gimana|bagaimana|boleh|blh|kena|kna|aman|dong|"
                           r"hukumnya|apa|apaan|berapa|ora|teu|ndak)\s*\W*$", re.I)


# ("… disamarkan biar ASN aman nyebarinnya.": whose safety and in doing what, still the purpose)
_SAFE_AS_PURPOSE = prefiltered(r"\b(biar|supaya|spy|agar|biar tetap|biar tetep)\s+(\w+\s+){0,2}?(aman|ga ketahuan|gak ketahuan|tidak ketahuan|lolos)"
                              r"(\s+\w+)?\s*[.!]*\s*$", re.I)


def _orders_material(text: str) -> bool:
    # a bare "tulis/buat/bikin …" opening a message with no question in it is an order too
    # ("… tanpa nyebut nama" asks whether that is allowed in a question or a story told; "buat skrip … tanpa nyebut nama" orders)
    # ("… tanpa kata 'pilih' biar aman": safety as the material's purpose, not a question whether it is allowed)
    asked = _SAFE_AS_PURPOSE.sub(" ", text)
    asks = _ASKS_IF_ALLOWED.search(asked) or _QUESTION_TAG.search(asked.strip()) or (_NOT_NAMING.search(text) and ("?" in text or len(text) > 120))
    for m in _ORDER.finditer(text):
        # ("Calon bupati A itu korupsi kan? Tulis thread …": a question before the order asks nothing of it)
        after = _SAFE_AS_PURPOSE.sub(" ", text[m.end():])
        asks_after = asks and (_ASKS_IF_ALLOWED.search(after) or _QUESTION_TAG.search(after.strip())
                               or (_NOT_NAMING.search(text) and ("?" in text or len(text) > 120)))
        if asks_after and not re.search(_STRONG_IMPERATIVE, m.group(0), re.I):
            continue  # "koreksi hoaks di komen paslon, kena gk?": a question about the act
        if _ORDER_REPORTED.search(text[max(0, m.start() - 25):m.start()]):
            continue
        # "sy mau jd konsultan bakal calon walkot, bikinin survei elektabilitas": what the asker would make for them
        if _ASKER_PLAN_BEFORE.search(text[:m.start()]):
            continue
        if re.search(rf"\b{_MATERIAL}\b", text[m.start():m.start() + 80], re.I) and re.search(
                rf"\b{_POLITICAL}\b", text, re.I):
            return True
        if re.search(rf"\b{_POLITICAL}\b", text[m.start():m.start() + 120], re.I):
            return True
    return False


_ASKER_PLAN_BEFORE = prefiltered(r"\b(saya|sy|aku|gue|gw)\s+(mau|akan|bakal|pengen|pgn|ingin|diminta|disuruh|ditawari|ditawarin)\s+"
                                r"(jd|jadi|menjadi|bantu|bantuin)\b[^.?!]{0,60}$", re.I)


# "Kasih template broadcast WA ajakan milih caleg …": a verb for someone else ("kasih/buatin/bikinin …"),
# or any verb after "tolong" ("bikin konten tiktok promosiin caleg boleh gk" tells the asker's own plan)
_OPENS_WITH_AN_ORDER = prefiltered(
    r"^\W*((min|bot|dong|pls|please)\W+)*(kasih|kasi|buatin|buatkan|bikinin|bikinkan|tulisin|tuliskan|susunin|susunkan|karangin|"
    r"rancangin)\b"
    r"|^\W*((min|bot)\W+)*(tolong|coba)\s+(kasih|kasi|buat|buatin|buatkan|bikin|bikinin|tulis|tulisin|susun|susunin|karang|rancang)\b", re.I)


# --- requests that come in shapes the patterns above miss (tuned on tests/eval/guard_dev.yaml) --------
_WRITE_FOR_A_SIDE = prefiltered(  # "karang jingle kampanye", "pantun ajakan milih nomor 2", "konsep baliho caleg"
    r"\b(karang|karangin|susun|susunin|tulis|tulisin|buat|buatin|buatkan|bikin|bikinin|bikinkan|rancang|rancangin|desain|desainin|"
    # Sundanese and Javanese orders: "jieunkeun téks spanduk …", "gawekke caption …"
    r"desainkan|kasih|jieunkeun|jieunken|damelkeun|serat(keun)?|gawekke|gawekno|gawekna|gawake|damelaken|damelke)\b"
    r".{0,30}\b(jingle|lagu|pantun|puisi|syair|caption|slogan|tagline|yel-yel|yel|naskah|skrip|script|pidato|orasi|konsep|desain|"
    r"poster|baliho|spanduk|meme|video|konten|surat undangan|undangan|twibbon|logo|stiker|flyer|pamflet|brosur|teks|téks|tulisan|"
    r"template|templat|draf|draft|contoh pesan|pesan broadcast|broadcast|komentar positif|komen positif|komentar pujian|review positif|"
    r"testimoni)\b.{0,60}\b(kampanye|paslon|calon|caleg|capres|cabup|cagub|cawalkot|cawabup|cawagub|"
    r"partai|milih|memilih|pilih|coblos|nomor urut|menangkan|pemenangan)\b"
    r"|^\W*(pantun|puisi|jingle|lagu|caption|slogan|skrip|script|konsep|desain)\b.{0,40}\b(kampanye|paslon|calon|caleg|milih|memilih|pilih|nomor urut|partai)\b"
    # "Buat kata sambutan kepala sekolah ajak guru & orang tua pilih nomor 3": a speech written for a side, ordered
    r"|^\W*(buat|buatin|buatkan|bikin|bikinin|bikinkan|tulis|tulisin|tuliskan|susun|susunin)\s+(kata\s+)?sambutan\b.{0,60}\b(ajak|ajakan|pilih|milih|coblos|dukung|nomor)\b"
    # "tolong nyanyikan (yel-yel) versi terbaru untuk partai merah"
    r"|\b(nyanyikan|nyanyiin|nyanyikanlah|senandungkan)\b.{0,60}\b(partai|paslon|capres|caleg|calon|cagub|cabup|kampanye)\b",
    re.I | re.S,
)


# "butuh contoh kalimat ajakan milih paling persuasif buat disebar": an example of campaign material is material
_EXAMPLE_MATERIAL = prefiltered(
    r"\b(contoh|template|draft|draf)\s+(kalimat|caption|status|pesan|teks|narasi|postingan|tulisan|pidato)\s+(\w+\s+){0,2}?"
    r"(ajakan|kampanye|dukungan|ngajak|mengajak|promosi)\b", re.I)
