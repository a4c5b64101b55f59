"""Signs that a message is about the asker's own act, or tells what someone else asked or
did, rather than asking the bot to act.

The other guard patterns refuse requests; these exceptions keep real conduct questions
("sy bilang ke istri pilih nomor 2, itu termasuk ngajak yg dilarang?") for the matcher.
"""

from __future__ import annotations

import re

from netralbot.knowledge.prefilter import prefiltered


# an ASN, or an act of the asker's, in a message that also names an election fact: a question
# about conduct ("share angka quick count ke grup, aye PNS?", "cek DPT pakai laptop dinas")
_ASN_ACT = prefiltered(
    r"\b(asn|pns|pppk|p3k|cpns|honorer|pegawai|guru|dinas|kantor|laptop|jam kerja|tugas|diklat|share|upload|diupload|unggah|diunggah|diposting|dipost|selfie|"
    r"posting|post|bagikan|sebar|repost|forward|status|story|ganti|pasang|(?<!bisa )(?<!tolong )bantu|ucapan|selamat|"
    r"komen|like|follow|murid|siswa|ngajar|mengajar|ajar|grup|teruskan|terusin|melu|ikut(?!\s+(gak|ga|gk|nggak|tidak|ndak)\s*\?)|gabung|warga|keluarga|ajak|ngajak|"
    r"mundur|surat(?!\s+suara)|staf|kadis|atasan|bawahan|mutasi|dimutasi)\b",
    re.I,
)
_REPORTED = prefiltered(  # someone else asked, or the asker tells of a conversation
    r"\b(murid|siswa|teman|temen|istri|suami|orang|warga|anak|ibu|bapak|atasan|tetangga|dia|mereka|seseorang|"
    r"rekan|kawan|keluarga|mahasiswa|petugas|surveyor|tim|timses|relawan|mertua|ortu|mama|papa|kakak|adik|ipar|om|tante|"
    r"paman|bibi|nenek|kakek|sepupu|ponakan|keponakan|bos|kades|camat|lurah|kpm|penerima|pasien|nasabah|pelanggan|jamaah|"
    r"jemaah|pemilih|masyarakat|peserta|kader|tamu)\s+(\w+\s+){0,7}(nanya|nnya|tanya|tny|bertanya|nanyain|tanyain|maksa|memaksa|minta)\b"
    r"|\bada yang\s+(\w+\s+)?(nanya|tanya|bertanya|nanyain|maksa)\b"
    r"|\b(ditanya|ditanyain|ditakuni|menanyakan ke saya|nanya ke saya|nanya ke sy)\b"
    r"|\b(cerita|ngobrol|obrolan|diskusi|bahas|membahas|bilang ke|bilang sama|ngomong ke|ngomong sama)\b"
    # "saya jawab…", "jawaban saya" (not "jawab satu nama aja", an order to the bot)
    r"|\b(saya|sy|aku|gue|gw)\s+(\w+\s+)?jawab\w*\b|\bjawaban\s*(saya|sy|aku|ku)\b"
    r"|\b(gitu kata|kata (murid|siswa|teman|temen|istri|suami|orang|ibu|bapak))\b"
    # a superior instructing the staff: "di-briefing nomor berapa yg harus dicoblos", "dipesenin pilih nomor tertentu"
    r"|\b(di-?briefing|dibrifing|diarahin|diarahkan|dipesenin|dipesani|diinstruksikan|diinstruksiin)\b",
    re.I,
)


# The same words in a question about the asker's own act are a question for the
# matcher, not a request: "bikin konten review cagub, boleh?", "sy bilang ke istri
# pilih nomor 2, itu termasuk ngajak yg dilarang?".
_ASKS_IF_ALLOWED = prefiltered(
    r"\b(boleh|blh|bolehkah|oleh|meunang|dilarang|melanggar|langgar|ngelanggar|nglanggar|pelanggaran|kena sanksi"
    r"|kena ga|kena gak|kena gk|kena nggak|bs kena|bisa kena|aman|gpp|termasuk|bisakah|bisa gak|bisa ga"
    r"|kenging|angsal|buliah|galak|iso ora|salah gak|salah ga|masalah gak|masalah ga|kena|kna|kode etik|hukumnya"
    r"|bole|dihitung|dianggap|gak papa|ga papa|gapapa|nggak papa|ngga papa|tidak apa-apa|ndak papa|ora popo|rapopo"
    r"|gak apa-apa|ga apa-apa|gak apa2|ga apa2|gk apa2|nggak apa-apa|nggak apa2)\b"
    # "… kami salaman doang, ga foto. Itu masalah?": whether it is a problem, asked last
    r"|\b(itu|ini)\s+(jadi\s+)?masalah\s*\?"
    # thirtieth session: "… gratisan dr rumah. Salah?", Minang "Salah juo tu?": whether the act told is wrong, asked last
    r"|\bsalah\s*(juo|jua|juga|jg|kah|ndak|nda|ga|gk|gak|nggak|ngga|enggak|tidak|ya)?\s*(tu|tuh|itu)?\s*\?+\s*$"
    # "bikin konten edukasi cek DPT … beda kan sama konten kampanye?": an act set against a forbidden one
    r"|\bbeda\s+(kan|kn|dong|toh|ya|kah)\s+(sama|dengan|dgn|ama|ma|dari|dr)\b",
    re.I,
)
_ASKS_IF_VIOLATION = prefiltered(
    r"\b(dilarang|melanggar|langgar|ngelanggar|nglanggar|pelanggaran|kena sanksi|termasuk|kode etik)\b|\bnetral\s+(gk|gak|ga|nggak|tidak|ndak|kah|ji)\b",
    re.I,
)

# "saya buat status …", "teman sy bikin konten …": a person did it; the message asks about it.
_IN_CONVERSATION = prefiltered(r"^\W*(\w+\s+){0,2}?(ngobrol\w*|ngobrol2|mengobrol|diskusi|berdiskusi|bahas|ngebahas|membahas|curhat|"
                              r"ngerumpi|cerita2|cerita-cerita|debat|berdebat)\s+(\w+\s+){0,2}$", re.I)
_SOMEONE_DID = prefiltered(
    r"\b(saya|sy|aku|ak|gue|gw|gua|kami|dia|teman|temen|rekan|istri|suami|atasan|bawahan|pegawai|asn|pns|pppk"
    # regional first persons: Betawi "aye", "ane"; Banjar "ulun"; Javanese "kulo"; Sundanese "abdi"; Malay "awak", "ambo"
    r"|aye|ane|ulun|kulo|abdi|awak|ambo)"
    r"\s+(\w+\s+){0,2}$",
    re.I,
)
_MEANS_TO_HELP = prefiltered(r"\b(saya|sy|aku|aq|gue|gw)\s+(mau|pengen|pingin|ingin|mo)\s+((bantu|bantuin|membantu|ikut bantu)\s*)?$", re.I)
_ASIDE = prefiltered(r"\s*\([^()]{0,60}\)\s*")
_WHEN_THE_ASKER_DOES = prefiltered(
    r"\b(sabtu minggu|sabtu|minggu|weekend|wiken|akhir pekan|malam|malem|hari libur|libur|di luar jam kerja|luar jam kerja|"
    r"pulang kerja|abis kerja|habis kerja)\s+(doang|aja|saja|kok|tok|thok)?\s*$", re.I)
# "tanpa nyebut dukung siapa", "gak ada calonnya", "bukan paslon": the candidate is absent
_NOT_NAMING = prefiltered(
    r"\b(tanpa|tidak|tdk|ga|gak|gk|nggak|ngga|enggak|bukan|bkn|nda|ndak|kagak|kaga|ora|teu|indak|dak|tak|kada|tra|tara|sonde|son)\s+(ada\s+|pernah\s+)?"
    r"(nyebut|menyebut|sebut|menyebutkan|nyebutin|bilang|ngasih tau|kasih tau|memberi tahu|gambar|foto|nama|dukung|ngajak|ajak|mengajak|"
    r"calon|capres|caleg|paslon|partai|kandidat)\b",
    re.I,
)
# "… quick count paslon A menang. Malemnya ada syukuran …, saya diajak temen. Boleh dateng?": an invitation the asker got
_ASKER_INVITED = prefiltered(r"\b(saya|sy|aku|gue|gw|kami|sa|beta)\s+(\w+\s+)?(diajak|diundang|diminta|dimintain|disuruh|ditawari|ditawarin)\b", re.I)
_ANY_CHOICE = prefiltered(r"\bsiapa\s+(saja|aja|pun)\b.{0,20}\b(bebas|terserah|boleh)\b|\bterserah\b|\bsiapa-siapa\b|\bsiapapun\b"
                         r"|\bbebas\s+(dukung|pilih|milih|memilih|mendukung)\b", re.I)
# "pns bantu strategi pemenangan…", "sy mau analisis…": the asker's own act, asked about
_ASN_SUBJECT = prefiltered(r"\b(saya|sy|aku|ak|gue|gw|sa|beta|ambo|ulun|abdi|kulo|aye|ane|asn|pns|pppk|p3k|cpns|honorer|guru|pegawai)\s+(\w+,?\s+){0,2}"
                          r"(bantu|ikut|jadi|mau|ingin|boleh|bole|blh|bikin|bkin|buat|nulis|tulis|analisis|susun|kasih|kasi|kirim|"
                          r"berikan|serahkan"
                          # twenty-second session: "sy pns, bls komen …", "sy belain capres A", "nyruh sy ngetik surat"
                          r"|bls|bales|belain|membela|ngebela|ngetik|ketik|mengetik"
                          # told acts: "sy bales 'pilih 2 aja'", "sy copas ke grup keluarga", "asn ngumpulin data pemilih"
                          r"|copas|tambahin|posting|upload|share|ngumpulin|kumpulin|mengumpulkan|nyumbang|menyumbang|komen|komentar|sarankan|nyaranin|saranin|menyarankan)\b"
                          # … and words the asker quotes: "sy bales 'pilih 2 aja'" (not "aku nggak bakal bilang siapa-siapa")
                          r"|\b(saya|sy|aku|ak|gue|gw)\s+(\w+\s+){0,2}(bilang|bales|balas|balesin|jawab|tulis|nulis)\s*[:'\"“‘]", re.I)
# "Saya sekdes berstatus PNS", "sy guru PPPK": the asker says they are a civil servant
_ASN_SELF = prefiltered(r"\b(saya|sy|aku|gue|gw)\s+(\w+\s+){0,3}?(asn|pns|pppk|p3k|cpns)\b", re.I)
# "boleh gak saya dateng …", not "boleh tau hasilnya?": a permission asked for the asker's own act
_ASKER_MAY = prefiltered(r"\b(boleh|bolehkah|blh|bole)\s+(gak|ga|gk|nggak|tidak|kah|ndak|nda)?\s*(saya|sy|aku|gue|gw)\s+"
                        r"(?!(tau|tahu|nanya|tanya|minta|dikasih|dikasi)\b)\w+", re.I)
# "Hasil pilkada udah diumumin. Boleh bikin syukuran kemenangan …?": an act of the asker's asked about beside a result
_MAY_DO = prefiltered(r"\b(boleh|bolehkah|blh|bole)\s+(gak|ga|gk|nggak|tidak|kah|ndak|nda)?\s*(saya|sy|aku|gue|gw)?\s*"
                     r"(bikin|buat|ngadain|adain|mengadakan|gelar|menggelar|rayain|ngerayain|merayakan|syukuran|ikut|ikutan|"
                     r"dateng|datang|hadir|pasang|masang|upload|posting|ngucapin|ucapin|mengucapkan|kasih|ngasih)\b", re.I)
# the period the neutrality rules themselves are in force is ours to answer, not an election date
_RULES_IN_FORCE = prefiltered(r"\b(aturan|larangan|kewajiban|ketentuan)\s+(\w+\s+)?(netralitas|netral)\b.{0,40}\bberlaku\w*"
                             r"|\bnetralitas\b.{0,30}\bberlaku\w*\b.{0,30}\b(kapan|sejak|mulai|sampai)\b"
                             r"|\b(larangan|aturan|kewajiban)\s+(\w+\s+)?(netralitas|netral)\b.{0,20}\b(sampai|sampe|smpe)\s+(kapan|kpn)\b"
                             # twenty-ninth session: "SKB 2022 soal netralitas itu msh berlaku ga buat pilkada berikutnya?"
                             r"|\b(skb|se|surat edaran|pp|peraturan)\b.{0,30}\bnetral\w*\b.{0,20}\b(masih|msh|tetap|ttp|udah|udh|sudah)\s+(tidak\s+|ga\s+|gak\s+)?berlaku\b",
                             re.I | re.S)
_SOMEONE_ASKED = prefiltered(r"\b(minta|mnta|mintain|meminta|suruh|menyuruh|nyuruh|disuruh|diminta|memerintahkan"
                            r"|njaluk|nyuwun|menta|mintak|mamintak)\b", re.I)  # (Javanese, Sundanese, Minang asking)
_REPORTING = prefiltered(r"\b(lapor|laporkan|melaporkan|melapor|report|adukan|mengadu)\b", re.I)
_REQUEST = prefiltered(r"\b(minta|tolong|mohon|pengen|ingin|mau|bisa|bisakah|coba|please|pls)\b", re.I)


# "klo kita nonton siaran debat di TV ruang tunggu puskesmas, masalah gak?": the asker's own watching
# (or goes: "kalau saya datang ke kampanye … cuma nonton, gimana?", "saya datang gak apa2?")
_ASKER_WATCHES = prefiltered(r"\b(kita|kami|saya|sy|aku|gue|gw|sa|beta|ambo|awak|ulun|abdi|kulo|aye|ane|katong)\s+(\w+\s+)?(nonton|menonton|nntn|lihat|liat|dengar|dengerin|baca|baca2|"
                            r"mantau|memantau|pantau|ngecek|mantengin|mantengi|melototin|"
                            r"baca-baca|bc2|datang|dateng|hadir|ikut|nulis|menulis|tulis)\b", re.I)
# "boleh ga sih nonton siaran kampanye di tv?": may one watch it, the subject left out
_MAY_WATCH = prefiltered(r"\b(boleh|blh|bolehkah|bole|aman|gpp)\s+(\w+\s+){0,3}?(nonton|menonton|nntn|lihat|liat|dengar|dengerin|"
                        r"baca|membaca|simak|menyimak)\b", re.I)
_ASKS_HOW_IT_STANDS = prefiltered(r"\b(gimana|gmn|bagaimana|gmana)\s*\??\s*$", re.I)
# "ngurusnya ke mana, dan apakah ada aturan khusus buat ASN?": the message asks about the rules too
_ABOUT_THE_RULES = prefiltered(r"\b(aturan|netral\w*|larangan|dilarang|melanggar|pelanggaran)\b", re.I)


# "Bapak … Dia minta aku bantu desain poster": someone else asked the asker, and the message tells of it
_ASKED_OF_ASKER = prefiltered(
    r"\b(dia|beliau|bapak\w*|ibu\w*|ayah\w*|suami\w*|istri\w*|teman\w*|temen\w*|atasan\w*|tetangga\w*|timses|tim)\s+"
    r"(minta|meminta|nyuruh|menyuruh|suruh|ngajak|mengajak)\s+(aku|saya|sy|ak|gue|gw|kami)\s+$", re.I)


_REPLIES_TO_OTHERS = prefiltered(
    r"\b(bls|bales|balas|balesin|membalas|jawab|jawabin|nanggepin|menanggapi|tanggapi|counter|sanggah|bantah)\s+"
    r"((komen|komentar|chat|status|postingan|omongan)(an)?\s+)?(org|orang|temen|teman|akun|netizen|mereka)\s+(yg|yang)\s*$", re.I)


def _asker_did(before: str) -> bool:
    """"saya buat status …" tells of an act; "saya minta buatkan …" is a request; "dia minta aku bantu …"
    tells of someone else's request to the asker."""
    before = _ASIDE.sub(" ", before)  # "minta sy (kabid di dinas kominfo) bikinin …": the aside says who, not what
    if _ASKED_OF_ASKER.search(before):
        return True
    # "ngobrol2 bandingin program capres sama suami … boleh kan?": a conversation the asker has, told first
    if _IN_CONVERSATION.search(before):
        return True
    # "temen akrab nyaleg, aku mau bantu bikin konten kampanye dia": the asker's own help, intended
    if _MEANS_TO_HELP.search(before) and not re.search(r"\b(tolong|minta|mohon|please|pls)\b", before, re.I):
        return True
    # "bukan pas jam kerja kok, sabtu minggu doang bantu bikin konten …": when the asker does it, told first
    if _WHEN_THE_ASKER_DOES.search(before) and not _REQUEST.search(before):
        return True
    # "bls komen org yg jelek2in paslon ku blh gk?": what others said, which the asker answers
    if _REPLIES_TO_OTHERS.search(before):
        return True
    m = _SOMEONE_DID.search(before)
    return bool(m) and not _REQUEST.search(m.group(0))
