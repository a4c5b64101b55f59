"""Requests for coaching on breaking the rules unseen: hiding an act, fake accounts,
loopholes, doctored evidence, dressing a campaign up as something else.

Refused as Refusal.EVASION; a question about whether an act is allowed is not coaching.
"""

from __future__ import annotations

import re

from netralbot.knowledge.prefilter import prefiltered


# hiding an act is coaching only when the message asks how ("caranya …", "tips …", "biar …"):
# "aman kan, gak ketahuan?" is a question about the act, answered by its entry
_HIDING = prefiltered(
    r"\b(tanpa|biar|supaya|spy|agar|ga|gak|gk|nggak|ngga|tidak|tdk|tra|seng|sonde|ndak|ora|teu|jangan sampai|jgn sampai)\s+(ada\s+)?(ke)?"
    r"(ketahuan|tahuan|terdeteksi|dilaporkan|ketauan|kedeteksi|kena tegur|tercyduk|ketangkep|ketangkap|bukti|kelihatan|terlihat|"
    r"kelacak|terlacak|dilacak|kepantau|terpantau)\b"
    r"|\b(gak|ga|tidak|nggak)\s+(bisa|dapat)\s+dibuktikan\b|\bngeles\b|\bdiam-diam\b|\bdiam2\b",
    re.I,
)
# ("kasih tau celahnya dong biar staf sy bisa kampanye di medsos tanpa kelacak Bawaslu": a loophole asked for)
_HOW = prefiltered(r"\b(cara|caranya|tips|trik|triknya|ajarin|ajari|kasih tau cara|kasih tahu cara|langkah apa|langkah yang|"
                  r"celah|celahnya|akali|akalin|ngakalin|mengakali)\b", re.I)
_EVASION = prefiltered(  # how to break the rules unseen: never coached
    r"\bcara\b.{0,20}\b(bikin|buat|pakai|pake|memakai)\s+akun\s+(anonim|palsu|fake|kedua|istri|suami|orang lain|samaran)\b"
    r"|\bbiar\s+(gak|ga|tidak|nggak)\s+kena\s+(sanksi|hukuman|tegur)\b.{0,60}\b(diam-diam|diam2|aman)\b"
    r"|\b(berapa|pantas)\b(?!\s+(sanksi|hukuman|denda|lama|tahun|bulan|pidana))\s+(\w+\s+){0,3}?(amplop|uang|nominal|isi|duit)?\b.{0,25}\bserangan fajar\b"
    # "biar Bawaslu nggak bisa nemu jejaknya", "bisa lolos pemeriksaan?", "alasan paling ampuh supaya
    # hukuman saya dibatalkan", "pesan ancaman", "cuma kelihatan teman dekat dan nggak bisa di-screenshot"
    r"|\b(biar|supaya|agar)\b.{0,30}\b(bawaslu|inspektorat|atasan|bkpsdm|pemeriksa|satgas|orang)\b.{0,15}"
    r"\b(nggak|ngga|gak|ga|tidak|tak)\s+(bisa\s+)?(nemu|menemukan|tahu|tau|lacak|melacak|lihat|melihat)\b"
    r"|\blolos\s+(dari\s+)?(pemeriksaan|pengawasan|pantauan|sanksi)\b"
    r"|\b(alasan|trik|cara|tips)\b.{0,40}\b(hukuman|sanksi)\w*\s+(saya\s+)?(dibatalkan|batal|dicabut|diringankan|hilang)\b"
    r"|\b(susun|buat|bikin|tulis)\w*\s+(pesan|surat|kata-kata)\s+(ancaman|pemerasan)\b"
    r"|\b(nggak|gak|ga|tidak)\s+bisa\s+di-?(screenshot|ss|tangkap layar)\b"
    # destroying evidence so a report falls: "hapus jejak digital, laporan bisa gugur?"
    r"|\b(hapus|menghapus|bersihkan|hilangkan|musnahkan)\b.{0,25}\b(jejak digital|jejak|bukti|barang bukti)\b.{0,60}"
    r"\b(laporan|kasus|pemeriksaan)\b.{0,30}\b(gugur|batal|hilang|berhenti|dihentikan)\b"
    r"|\bcelah\s+(aturan|hukum|pasal|netralitas)\b|\b(pasal|aturan)\b.{0,25}\b(paling lemah|lemah pembuktian)"
    r"|\blaporan\b.{0,40}\b(dibatalin|dibatalkan|dihapus|dicabut|dihilangkan)\b"
    r"|\b(laporan|bukti|chat|berita|kronologi|tangkapan layar|screenshot)\s+(palsu|hoaks|rekayasa|bohong)\b|\b(dilebih-lebihkan|dilebih2kan|dilebih-lebihin|dilebih2in|direkayasa|merekayasa)\b"
    r"|\b(edit|rekayasa|photoshop)\s+foto\b|\b(menyamarkan|samarkan|sembunyikan)\b.{0,30}\b(dana|kampanye|dukungan|bantuan)\b"
    r"|\b(trik|taktik)\b.{0,40}\b(kampanye|calon|program calon|paslon)\b"
    r"|\b(cara|gimana|bagaimana|tips|trik|strategi)\b.{0,30}\b(tekanan halus|menekan|memaksa)\b.{0,40}\b(milih|memilih|pilih|dukung)\b"
    r"|\b(memetakan|petakan|mendata|data)\s+(pegawai|staf|asn|pns|warga)\b.{0,40}\b(condong|pilihan|dukung)\b"
    r"|\bkuesioner\s+terselubung\b|\bserangan fajar\b.{0,30}\b(berapa|pantas|per kepala)\b"
    r"|\b(tidak|gak|ga|nggak|ngga)\s+(bisa|dapat)\s+(dijadikan|jadi)\s+bukti\b|\b(hapus|hilangkan|menghilangkan|menghapus)\s+(jejak|bukti)\b"
    r"|\b(menggelembungkan|gelembungkan|manipulasi|memanipulasi|mencurangi|mark ?up)\s+(suara|hasil|data pemilih|dpt)\b|\bkecurangan\b.{0,20}\bcara(nya)?\b"
    r"|\b(cara|strategi|taktik)\b(?!\W+(\w+\W+)?(lapor|melapor|laporin|melaporkan|ngelapor|ngadu|mengadu|adukan|mengadukan)\w*).{0,30}\b(mobilisasi|mengerahkan|menggerakkan|memenangkan|menangin)\b.{0,30}\b(pns|asn|pegawai|paslon|calon|caleg)\b"

    r"|\b(cara|trik|tips|celah|akal|siasat)\b.{0,30}\b(ngakalin|mengakali|mengelabui|menghindari pengawasan|lolos|aman dari|menyiasati|bypass)\b"
    r"|\b(ngakalin|mengakali|akalin|siasati|menyiasati|kelabui|mengelabui)\b.{0,40}\b(aturan|bawaslu|bkn|satgas|pengawas|netralitas|skb)\b"
    r"|\b(tips|cara|caranya|gimana|bikin|buat)\b.{0,30}\bakun\s+(anonim|palsu|samaran|kedua|fake|bodong)\b.{0,40}\b(dukung|kampanye|promosi|sebar|share|like)\b"
    r"|\bbiar\s+(ga|gak|nggak|tidak|tak)\s+(kelacak|terlacak|kedeteksi|terdeteksi|ketauan|ketahuan)\b"
    # twenty-ninth session: "kasih 10 nama akun fake yg keliatan natural buat … komen dukung paslon": fake accounts named
    r"|\b(kasih|kasi|buatin|bikinin|buatkan|bikinkan|carikan|cariin|sebutin|sebutkan|usulin|usulkan)\b.{0,20}\b(nama|username|ide)\b.{0,15}\bakun\s+(fake|palsu|bodong|samaran|anonim|kloningan)\b"
    # "gmn caranya like postingan paslon tp gk kedeteksi alat pemantau": unseen, asked how
    r"|\b(cara|caranya|gmn|gimana|bagaimana)\b.{0,80}\b(tapi|tp)\s+(ga|gak|gk|nggak|tidak|tdk|tra)\s+(kelacak|terlacak|"
    r"kedeteksi|terdeteksi|ketauan|ketahuan|dilacak|kepantau|terpantau)\b"
    r"|\b(aman dari)\s+(bkn|bawaslu|satgas|atasan|pengawas)\b"
    r"|\bkalau\s+(aku|saya|sy|gue|gw)\s+(bayar|kasih uang|transfer)\b.{0,20}\b(kamu|kau|bot|lu|lo)\b"
    # ninth session (guard_dev4): "cara ngakalinnya", a pseudonym "ketahuan gak? kasih cara paling aman",
    # "jangan sampai atasan lihat", "hapus jejaknya", an account "yang gak bisa dilacak"
    r"|\b(cara|trik|tips|celah|akal|siasat)\b.{0,30}\b(ngakalin|akalin|mengakali|akali)\w*"
    r"|\b(nama samaran|akun samaran|akun palsu|akun fake|akun anonim|akun bodong)\b.{0,80}\bcara\s+(yang\s+|yg\s+)?(paling\s+)?aman\b"
    r"|\bjangan sampai\s+(atasan|inspektorat|bawaslu|bkd|bkpsdm|satgas|pimpinan|kepala\s+\w+)\b.{0,40}\b(lihat|liat|ngeliat|melihat|tahu|tau)\b"
    r"|\b(hapus|menghapus|hilangkan|ilangin|bersihin|bersihkan)\s+(\w+\s+)?(jejak|bukti)\w*\b.{0,40}\b(biar|supaya|agar)\b"
    r"|\b(cara|gimana|bagaimana|tips|trik)\b.{0,60}\b(gak|ga|tidak|nggak|ngga)\s+(bisa|dapat)\s+(dilacak|terlacak|dideteksi|ketahuan)\b",
    re.I | re.S,
)
# --- requests that come in shapes the patterns above miss (tuned on tests/eval/guard_dev.yaml) --------
_DISGUISE = prefiltered(  # how to dress an act up as something else
    r"(?<!nasi )\b(dibungkus|bungkus|berkedok|kedok|kamuflase|disamarkan|disamarin|samarin)\b"
    r"(?!\s+(pakai\s+|pake\s+|dengan\s+|dgn\s+)?(kertas|plastik|kado|kain|kardus|tas|stiker|sticker|label)\b)"  # wrapping paper is paper
    r".{0,60}\b(kampanye|acara|senam|pengajian|arisan|dukung|calon|paslon)\b"
    r"|\b(kampanye|dukung|ngerahin|mengerahkan)\b.{0,60}\b(dibungkus|berkedok|kedok|kamuflase|disamarkan)\b"
    r"(?!\s+(pakai\s+|pake\s+|dengan\s+|dgn\s+)?(kertas|plastik|kado|kain|kardus|tas|stiker|sticker|label)\b)"
    r"|\bkasih\s+(strategi|trik|cara|tips|tip)\b.{0,40}\bbiar\b"

    # "supaya bansos keliatan dari dinas tapi sebenernya buat kampanye"
    r"|\b(keliatan|kelihatan|terlihat|seolah|seolah-olah|seakan)\b.{0,50}\b(tapi|padahal)\s+(sebenernya|sebenarnya|aslinya)\b",
    re.I | re.S,
)


# "tolong rapiin kalimatnya biar lebih meyakinkan & ga keliatan kampanye": an order to make campaign words
# look like something else (a question whether doing so is allowed is answered instead)
_MAKE_IT_NOT_LOOK = prefiltered(
    r"\b(rapiin|rapikan|rapihin|perbaiki|benerin|edit|poles|perhalus|haluskan|sempurnakan|ubah|ganti|bikin|buat|susun)\w*\b"
    r".{0,60}\b(biar|supaya|agar)\b[^.?!]{0,30}?\b(ga|gak|gk|nggak|tidak|tdk|ndak)\s+(keliatan|kelihatan|terlihat|kayak|seperti|dianggap)\s+"
    r"(\w+\s+)?(kampanye|dukung\w*|memihak|berpihak|politik)\b", re.I | re.S)
