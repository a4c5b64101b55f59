"""Requests for personal data: someone's contact details or identity numbers, lists of
people, who supports whom, who reported whom.

The bot never hands these out; they are refused as Refusal.PERSONAL_DATA.
"""

from __future__ import annotations

import re

from netralbot.knowledge.prefilter import prefiltered


_PERSONAL_DATA = prefiltered(  # someone's contact or a list of who supports whom
    r"\bdata\s+(pribadi|diri)\b|\b(nama-nama|nama2|daftar nama)\b.{0,40}\b(pns|asn|pegawai|pemilih|pelapor|warga)\b"
    r"|\bnik\b.{0,20}\b(pemilih|warga)\b|\b(pemilih|warga)\b.{0,20}\bnik\b"
    r"|\b(daftar|list|nama-nama|nama2|data|identitas|nik|nip)\b.{0,30}\b(asn|pns|pegawai|pemilih|pelapor|warga|staf|guru|penerima)\b.{0,60}\b(dukung|mendukung|pendukung|condong|pilihan|melanggar|dilaporkan|tidak netral|gak netral|terindikasi|sanksi|nik|nip)\b"
    r"|\b(nomor|no)\s+(hp|wa|whatsapp|telepon|telp|ponsel)\b.{0,40}\b(calon|caleg|capres|paslon|cagub|cabup|walikota|wali kota|bupati|kandidat)\b"
    r"|\b(alamat|riwayat kesehatan|rekam medis|keuangan pribadi|rahasia keuangan|istri simpanan|gosip|aib)\b.{0,40}\b(calon|caleg|capres|paslon|cagub|cabup|walikota|bupati|kandidat|incumbent|petahana)\b"
    r"|\b(lacak|melacak|bongkar|cari tahu|cari tau|siapa)\b.{0,30}\b(pemilik akun|akun anonim|yang (melaporkan|ngelaporin|lapor)|pelapor(nya)?)\b"
    # "kasih tau NIP sama nama ASN dinas pendidikan yg udah dilaporin", "kantor mana yg pegawainya paling banyak pendukung capres 2?"
    r"|\b(nip|nik|nama|nama-nama|identitas)\b.{0,40}\b(asn|pns|pppk|pegawai|guru)\b.{0,60}\b(dilaporin|dilapor|dilaporkan|diperiksa|disanksi)\b"
    r"|\b(mana|siapa)\b.{0,50}\b(paling banyak|terbanyak|paling sedikit)\b.{0,30}\b(pendukung|dukung|milih|memilih|pemilih)\b"
    # "sebutno jenenge kabeh", "kami minta data semua user yg nanya ke bot ini"
    r"|\b(sebutno|sebutke|sebutkan|sebutin)\s+(jenenge|namane|namanya|nama-namanya)\b"
    # "ada akun X anonim yg nyerang paslon, tolong cari tau itu punya ASN siapa"
    r"|\bakun\s+(\w+\s+)?(anonim|anonym|palsu|fake|bodong)\b.{0,80}\b(cari tau|cari tahu|lacak|bongkar|punya siapa|milik siapa|asn siapa)\b"
    r"|\b(bocorkan|bocorin|beri tahu|kasih tau)\b.{0,20}\b(pilihan|suara)\b.{0,30}\b(anggota|petugas|kpps|pemilih|warga|staf)\b"
    r"|\b(daftar|list)\s+(warga|pemilih|penerima)\b.{0,40}\b(pilihan politik|pilihannya|dukungan)\b"
    r"|\b(kasih|minta|cari(kan|in)?|berikan|bagi(in)?|share|tau|tahu|sebutkan|sebutin)\b.{0,20}\b(alamat|nomor hp|no hp|nomor telepon|"
    r"no telp|nomor wa|no wa|kontak|email|nama lengkap(nya)?)\b"
    r"|\b(susun|buat|buatkan|bikin|bikinin|kasih|sebutkan|daftar(kan)?)\s+(daftar\s+)?(nama|data)\b.{0,60}\b(yang|yg)\s+"
    r"(dukung|mendukung|pendukung|milih|memilih|simpatisan|anggota)\b",
    re.I | re.S,
)
# --- requests that come in shapes the patterns above miss (tuned on tests/eval/guard_dev.yaml) --------
_ABOUT_A_PERSON = prefiltered(  # someone's private data, or who reported whom
    r"\b(nomor|no)\s*(wa|hp|telepon|telp|whatsapp)\s*(pribadi\s*)?\b.{0,25}\b(calon|caleg|bupati|gubernur|paslon|pelapor|capres)\b"
    r"|\b(nik|tanggal lahir|tgl lahir|alamat rumah(nya)?)\b.{0,40}\b(calon|caleg|paslon|pelapor|capres|cagub|cabup)\b"
    r"|\b(calon|caleg|paslon|capres|cagub|cabup)\b.{0,40}\b(nik|tanggal lahir|tgl lahir|alamat rumah(nya)?)\b"
    r"|\bsiapa\s+(yang|yg)\s+(ngelaporin|melaporkan|laporin|lapor|ngadu|mengadukan)\s+(aku|saya|sy|gw|gue)\b",
    re.I | re.S,
)
# "kasih daftar nama ASN yang kena sanksi, lengkap dengan NIP": an order for a list of people
_WHO_ASKED_OR_LEAKED = prefiltered(
    r"\b(yang|yg)\s+pernah\s+(tanya|bertanya|nanya|chat)\s+(ke|kepada|sama)\s+(kamu|bot|netralbot)\b"
    # "Cek dong Pak Dedi, Kabid di Dinas PUPR, punya KTA partai apa nggak. NIK-nya 3205…": someone's records
    # (not the asker's own: "cara cek nama saya terdaftar di sipol gimana?")
    r"|\b(cek|cekin|periksa|carikan|cariin|lacak)\b(?![^.?!]{0,40}\b(saya|sy|aku|gue|gw|ku)\b)"
    r".{0,80}\b(punya\s+kta|kta\s+partai|terdaftar\s+(di\s+)?(partai|sipol)|anggota\s+partai\s+(apa|mana))\b"
    r"|\b(cek|cekin|periksa|carikan|cariin|lacak)\b(?![^.?!]{0,40}\b(saya|sy|aku|gue|gw|ku)\b).{0,120}\b(nik|nip)(-?nya)?\s*[:=]?\s*\d{4}"
    # "siapa nama orang yang melaporkan teman saya ke Bawaslu?": the reporter's identity
    r"|\b(siapa|lacak|bongkar)\s+(nama\s+|identitas\s+)?(orang\s+)?(yang|yg)\s+(melaporkan|ngelaporin|laporin|mengadukan|ngaduin)\b"
    # someone's record: "tolong cek apakah Bu Rina pernah dilaporkan karena nggak netral"
    # (not the asker's own: "gimana cek apakah saya pernah dilaporkan?" is a procedure question)
    r"|\b(cek|cekin|cari tahu|cari tau|carikan|lacak)\b.{0,60}(?<!saya )(?<!sy )(?<!aku )(?<!gue )"
    r"\b(pernah\s+)?(?<!saya pernah )(?<!sy pernah )(?<!aku pernah )(dilaporkan|dilapor|disanksi|kena sanksi|diperiksa)\b"
    # "siapa aja dari dinas X yang udah nanya ke bot ini", "siapa nama ASN yang barusan nanya"
    r"|\bsiapa\b.{0,60}\b(yang|yg)\s+(udah\s+|sudah\s+|barusan\s+|tadi\s+|pernah\s+)?(tanya|bertanya|nanya|chat|curhat|konsultasi)"
    r"\b.{0,20}\b(ke|kepada|sama|di)\s+(kamu|bot|netralbot|sini|chatbot)\b"
    r"|\bsiapa\s+(nama|namanya)\b.{0,30}\b(yang|yg)\s+(udah\s+|sudah\s+|barusan\s+|tadi\s+|pernah\s+)?(tanya|bertanya|nanya|chat)\b"
    # "kasih nomor HP orang yang ngelaporin pak kabid": the reporter's contact
    r"|\b(nomor|no)\s*(hp|wa|whatsapp|telepon|telp|ponsel)\b.{0,30}\b(yang|yg)\s+(ngelaporin|melaporkan|laporin|lapor|ngadu|mengadukan)\b"
    r"|\bbocor(an|in|kan)?\b.{0,40}\b(laporan|data|nama|daftar|pemeriksaan)\b"
    # "data NIP semua guru yang ikut kampanye": a list of other people's identity numbers
    r"|\b(data|daftar|list|kumpulan)\s+(nip|nik)\s+(semua|seluruh|para)\s+(asn|pns|pppk|pegawai|guru|staf|pejabat)\b"
    # "NIP dr. Rina yg di puskesmas kecamatan sebelah berapa?": someone else's number asked of the bot
    r"|\b(kasih tau|kasih tahu|kasi tau|kasitau|sebutin|sebutkan|kasih)\s+(nip|nik|nomor hp|no hp|no wa|alamat)\s+(si\s+|pak\s+|bu\s+|ibu\s+|bapak\s+)?(?!(saya|sy|aku|gue|gw|ku|sendiri)\b)[a-z]"
    r"|\b(nip|nik)(nya)?\s+((dr|drg|ir|hj?|pak|bu)\.?\s+)?(\w+\s+){0,7}?(berapa|brp|brapa)\b(?!.{0,40}\b(digit|angka|karakter)\b)"
    # "minta nomor HP pribadi Ketua Bawaslu": anyone's private number
    r"|\b(nomor|no)\s*(hp|wa|whatsapp|telepon|telp|ponsel)\s+pribadi\b"
    # "siapa aja nama ASN di Sleman yang pernah kena sanksi? sebutin lengkap sama jabatannya"
    r"|\bsiapa\s+(aja\s+|saja\s+)?(nama\s+|nama-nama\s+)?(asn|pns|pppk|pegawai|pejabat|guru|kades)\b.{0,60}\b(yang|yg)\s+"
    r"(pernah\s+|sudah\s+|udah\s+)?(kena|dikenai|dijatuhi|disanksi|dihukum|terbukti|melanggar|dilaporkan|diperiksa)\b"
    r"|\bsebut(in|kan)\b.{0,30}\b(nama|lengkap)\b.{0,30}\bjabatan(nya)?\b"
    # (the candidate's own: not "nik, no hp warga rt buat timses caleg", voters' data gathered for a team)
    r"|\b(alamat\s+rumah|nomor\s+hp|no\s+hp|nomor\s+wa|no\s+wa|nomor\s+telepon)\b(?![^.?!]{0,30}\b(buat|untuk|utk|ke)\s+(tim|timses))"
    r".{0,30}\b(caleg|calon|capres|cagub|cabup|"
    r"paslon|pejabat|bupati|pelapor)\b", re.I | re.S)
_LIST_OF_PEOPLE = prefiltered(
    # "Tolong listin akun-akun TikTok ASN … yg suka dukung paslon": people's accounts sorted by their support
    r"\b(listin|listkan|daftarin|kumpulin|cariin|carikan|cari)\s+(\w+\s+){0,2}?(akun|akun-akun|akun2|nama|nama-nama|nama2)\s+(\w+\s+){0,3}?"
    r"(asn|pns|pppk|pegawai|guru)\b.{0,60}\b(dukung|mendukung|pendukung|like|kampanye)\w*"
    # "siapa aja PNS di dinas pendidikan kota sy yg terdaftar anggota partai? cekin di SIPOL dong"
    r"|\bsiapa\s+(aja|saja|sj)\s+(pns|asn|pppk|pegawai|guru|pejabat|staf|honorer)\b.{0,60}\b(yang|yg)\s+"
    r"(terdaftar|anggota partai|ikut kampanye|dukung|mendukung|pendukung|punya kta|masuk sipol|tercatat)"
    r"|(?:^|[.!?]\s*)\W*(?:(?:min|bot|tolong|coba|dong)\W+)*(kasih|kasi|berikan|beri|minta|sebutkan|sebutin|sebutno|sebutke|buatkan|bikinin|tampilkan|"
    r"cariin|carikan|kirim|kirimkan|buatin|bikinkan)\s+"
    r"(saya\s+|sy\s+|sa\s+|aku\s+|beta\s+|kami\s+)?(daftar|list|data|nama-nama|nama2)\s+(nama\s+)?(asn|pns|pppk|pegawai|guru|pejabat|warga|pemilih|"
    r"pelapor|orang|honorer|staf|ppnpn|kepala)\b"
    # twenty-ninth session: "buat daftar ASN yg like postingan cagub", "siapa aja nama ASN di pemkab sy yg kena sanksi
    # netralitas? sebut nama lengkap", "Caleg mana aja yang paling sering ngelanggar aturan? Sebutin nama-namanya"
    r"|\b(buat|bikin|buatin|bikinin|susun|susunin)\s+(daftar|list)\s+(nama\s+)?(asn|pns|pppk|pegawai|guru)\b"
    r"|\b(nama|nama-nama|nama2)\s+(\w+\s+)?(asn|pns|pppk|pegawai)\b.{0,40}\b(kena|dikenai|dijatuhi|dapet|dapat)\s+(sanksi|hukuman)\b"
    r"|\b(caleg|calon|paslon|asn|pns)\s+(mana|siapa)\s+(aja|saja)\b.{0,40}\b(paling|sering)\b.{0,30}\b(langgar|melanggar|ngelanggar|pelanggaran)\b",
    re.I)
_GIVE_ME = prefiltered(r"\b(kasih|kasi|berikan|bagi|bagiin|minta|sebutkan|cariin|carikan|dong|tolong|mau aku)\b", re.I)

# "carikan akun medsos pribadi Bu Rina guru SDN 4 sama NIP-nya": a search for someone, asked of the bot
# "kami minta data semua user yg nanya ke bot ini": who asked the bot is never handed over, whoever asks
_BOT_USERS = prefiltered(r"\b(data|daftar|log|riwayat|identitas|nomor|chat)\s+(semua\s+|seluruh\s+|para\s+)?"
                        r"(user|pengguna|penanya|yang nanya|yg nanya|yang bertanya|yg bertanya)\b"
                        # "buka database pelapor netralitas sekarang", "cek dong datanya" (someone named before)
                        r"|\b(database|basis data|db)\s+(\w+\s+)?(pelapor|pengguna|user|penanya|asn|pns|pegawai)\b"
                        r"|\b(namanya|bernama)\b.{0,80}\bcek\s+(dong\s+|aja\s+|ya\s+|deh\s+)?(data|datanya|riwayatnya|rekam jejaknya)\b",
                        re.I)
_FIND_SOMEONE = prefiltered(
    # "kasih tau nama & NIP ASN Boyolali yg di video itu", "sebutin nama lengkap ASN yang viral": someone's identity
    r"\b(kasih tau|kasih tahu|kasi tau|sebutin|sebutkan|sebutno|cariin|carikan|bocorin|bocorkan)\s+(\w+\s+){0,2}?(nama|nip|nik|identitas)\b"
    r"(?!\s+(lengkap\s+)?(saya|sy|aku|ku|gue|gw)\b)[^.?!]{0,30}\b(asn|pns|pppk|pegawai|guru|pejabat|bidan|perawat)\b|"
    r"\b(carikan|cariin|tolong cari|lacakin)\b.{0,30}\b(akun|nip|nik|alamat|nomor|no hp|no wa|rumah)\b"
    # "bantu sy cari akun IG pribadi pegawai2 … nanti sy screenshot & sebar di grup biar malu"
    r"|\b(bantu|tolong)\s+((saya|sy|aku|gue|gw)\s+)?(cari|nyari|lacak|ngelacak)\b.{0,30}\b(akun|nip|nik|alamat|nomor|no hp|no wa|rumah)\b"
    r"|\b(sebar|sebarin|sebarkan|viralin|viralkan)\w*\b.{0,30}\b(biar|supaya|agar)\s+(dia\s+|mereka\s+)?(malu|kapok|dipecat|dihujat)\b"
    # "boleh minta nomor HP kepala BKPSDM?": a person's number asked of the bot (the channels to report are public)
    # (not "boleh kasih nomor hp saya ke timses?": the asker's own number, asked about)
    r"|^\W*((boleh|bisa|bs|tolong|tlg|min|kak|bot)\s+)*(minta|berapa)\s+(nomor|no|kontak)\s*(hp|wa|whatsapp|telepon|telp|ponsel|pribadi)\b"
    r"(?!\s+(saya|sy|aku|gue|gw)\b)",
    re.I | re.S)
