"""The regular expressions and word lists of the content check (knowledge/content.py).

They live apart from the code that combines them, so that the classifier
(knowledge/content_classify.py) reads as rules and each pattern is tuned in one place. Three
groups, in this order: what a text contains (most of it shown to the user as cues), the
signals the classifier combines beyond single cues, and the few patterns read on poster text
whose spaces OCR dropped.
"""

from __future__ import annotations

import re

from netralbot.knowledge.prefilter import prefiltered


# What a text contains: election words, people, ballot calls, events, official and news shapes.
ELECTION_WORDS = (
    r"pemilu|pilkada|pilpres|pileg|pemilihan umum|capres|cawapres|caleg|bacaleg|cagub|cawagub|cabup|cawabup|"
    r"cawalkot|calon walikota|calon wali kota|calon bupati|calon gubernur|calon presiden|calon legislatif|paslon|"
    r"pasangan calon|calon anggota|kampanye|coblos\w*|nyoblos|contreng|tps|surat suara|dpt|kpu\w*|bawaslu\w*|"
    r"dkpp|partai|parpol|dprd|dpd ri|dpr ri|dapil|pilwalkot|pilbup|pilgub|pilbub|elektabilitas|timses|tim sukses|"
    r"tim pemenangan|relawan|quick count|hitung cepat|golput|hak pilih|pemilih|politik uang|serangan fajar|"
    r"netralitas|#?14\s?feb\w*|#?27\s?nov\w*"
)
_ELECTION = prefiltered(rf"(?<!\w)(?:{ELECTION_WORDS})(?!\w)", re.I)
_CANDIDATE_WORD = prefiltered(
    r"(?<!\w)(?:capres|cawapres|caleg|bacaleg|cagub|cawagub|cabup|cawabup|cawalkot|paslon|pasangan calon|"
    r"calon (?:presiden|wakil|gubernur|bupati|wali ?kota|legislatif|anggota|dprd?|dpd)|kandidat|petahana|"
    r"partai|parpol|presiden|wakil presiden|gubernur|bupati|wali ?kota|dprd?|dpd|wakil rakyat|kepala daerah|"
    r"legislatif|dapil|anggota dewan)(?!\w)", re.I)
# "H. Darmawan", "Ir. Sutrisno", "Bu Hj. Rina", "Bapak Budi Santoso": a person being talked about
_PERSON = prefiltered(
    r"(?<!\w)(?:(?i:h|hj|ir|dr|drs|dra|prof|ust|ustaz|ustadz)\.\s?|(?i:kh|hj|buya|ustaz|ustadz|gus|ning)\s+|"
    r"(?:Bapak|Pak|Ibu|Bu|Bang|Mas|Mbak|Kang|Teh|Uda|Uni|Daeng|Abah|Umi|Cak|Lae|Amang|Ito|Opung|Bli|Akang|"
    r"Mbah|Kak|Paman|Tulang|Om|Opa|Oma|Datuk|Kiai|Kyai|Nyai|Wak|Bung|Pakde|Bunda|Habib|Tuan Guru|Si|Ompu|Nak|Puang|Andi|"
    r"Ajo|Ayah|pak|bu|bapak|ibu|mas|mbak|bang|kang|cak|uda|abah|bung|Bpk|Pk|BAPAK|PAK|IBU|BU|BANG|MAS|MBAK|KANG|UDA|DAENG|ABAH|CAK|LAE|BUYA|GUS|"
    # Sundanese "Pa", eastern "Bapa"/"Mama"/"Kaka", a pilgrim's title
    r"Pa|Bapa|Mama|Kaka|Haji|Hajjah|Ustad)\s+)"
    r"(?!(?:RT|RW|Camat|Lurah|Kades|Guru|Dokter|Bidan|Kepala|Kadis|Sekda|Bupati|Gubernur|Presiden|ASN|PNS|PPPK|CPNS|"
    r"Pegawai|Dinas|Staf)\b)"
    r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}"
    # a ticket ("Bayu–Rani", "Sutrisno - Endang") or a brand with a year ("AMR 2029", "Mas Dimas 2029")
    r"|(?<!\w)[A-Z][a-z]{2,}\s?[–-]\s?[A-Z][a-z]{2,}(?!\w)"
    # someone named only as "dia"/"beliau" right after a verb of voting: "masih mau pilih dia lagi?"
    r"|(?<!\w)(?i:(?:pilih|memilih|milih|dukung|mendukung|coblos|nyoblos|menangkan|suara (?:buat|untuk|ke)) "
    r"(?:dia|beliau))(?!\w)"
    # a name right after a verb of support: "kito pilih Arief Datuak Sati"
    r"|(?:(?<=pilih )|(?<=dukung )|(?<=menangkan )|(?<=coblos ))[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})+"
    # … also in a prayer: "Ya Allah, menangkanlah hamba-Mu Bambang Suryadi"
    r"|(?<!\w)(?i:menangkanlah|menangkan|dukunglah|pilihlah)\s+(?i:hamba-?mu\s+)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})+"
    r"|(?<!\w)(?!(?i:pemilu|pilkada|pilpres|pileg|pemilihan|tahun|periode|hut|damai|serentak|januari|februari|maret|"
    r"april|mei|juni|juli|agustus|september|oktober|november|desember|ri|kpu|bawaslu)\b)[A-Z][A-Za-z]{1,}\s20[2-4]\d(?!\d)")
_BALLOT_CALL = prefiltered(
    r"(?<!\w)(?:coblos(?:lah)?|nyoblos|contreng|centang|pilih(?:lah)?|dukung(?:lah)?|menangkan|"
    r"jangan lupa(?: coblos| pilih)?|ingat|pasti)\s*:?\s*(?:no\.?|nomor|nomer|nmr|nomor urut|no urut|angka|"
    r"paslon|yang|yg|partai|caleg)?\s*(?:urut\s*)?(?:0?\d{1,2}|siji|loro|telu|papat|limo|hiji|dua|tilu|opat|"
    r"satu|tiga|empat|lima|ciek|duo|tigo|sada|tolu|pertama|kedua|ketiga)(?!\w)(?![.:/]\d)"
    r"(?!\s*(?:jan|feb|mar|apr|mei|jun|jul|agu|ags|sep|okt|nov|des)\w*)", re.I)  # "14 Februari" is a date
# "01 MENANG", "02 lanjut": a zero-padded ballot number with a word of winning (not "RT 04 menang")
_NUMBER_SLOGAN = prefiltered(r"(?<![\w.,:/-])(?<!rt )(?<!rw )0[1-9]\s*(?:menang|pasti menang|juara|presiden|gubernur|bupati|"
                            r"lanjut|satu putaran|all in)\b", re.I)
_NUMBER_TAG = prefiltered(r"#\s?0?\d{1,2}[a-z]|#[a-z]+0?\d{1,2}\b|(?<![\w.,:/-])0[1-9](?:\s*(?:menang|pasti|juara|"
                         r"presiden|gubernur|bupati|lanjut|satu putaran|all in|for)\b)", re.I)
_PROMOTE = prefiltered(
    r"(?<!\w)(?:menangkan(?:lah)?|memenangkan|pilih(?:lah)?|coblos(?:lah)?|dukung(?:lah)?|satu putaran|lanjutkan|"
    r"all in|for president|presidenku|gubernurku|bupatiku|wali ?kotaku|pemimpin kita|pilihan kita|"
    r"pilihan rakyat|bersama kami|siap menang|pasti menang|menang telak|mari dukung|ayo dukung|"
    r"ayo pilih|yuk pilih|yuk coblos|ayo coblos|coblos\w*|nyoblos|contreng|milih|pilihen|pilihlah|dipilih|"
    r"program unggulan|visi misi|visi dan misi|merakyat|lanjutkan|"
    r"menuju \w+ (?:maju|sejahtera|hebat|baru|emas)|untuk \w+ (?:lebih baik|maju|sejahtera)|siap memimpin|"
    r"calon pemimpin|pemimpin (?:baru|amanah|muda)|jagoan|dukungan|kami bersamamu|bersamamu|"
    r"di hati (?:rakyat|petani|nelayan|warga|masyarakat|umat|wong cilik)|bersama (?:bapak|pak|ibu|bu|h\.|hj\.))(?!\w)",
    re.I)
_ATTACK = prefiltered(
    r"(?<!\w)(?:jangan (?:pilih|coblos|dukung)|tolak (?:capres|caleg|paslon|calon|partai)|awas (?:capres|caleg|"
    r"paslon|calon|partai)|antek|boneka|pengkhianat|koruptor|dinasti|haram (?:memilih|pilih)|kafir|pki|"
    r"penipu rakyat|pembohong|antek asing|anti ?islam)(?!\w)", re.I)
_EVENT = prefiltered(
    r"(?<!\w)(?:kampanye akbar|rapat umum|deklarasi|konsolidasi|posko pemenangan|tim pemenangan|timses|"
    r"tim sukses|relawan(?! (?:donor|bencana|pmi|medis|kesehatan|pengajar|sar|lingkungan|kemanusiaan|covid|"
    r"posyandu|literasi|sosial)\b)|jalan sehat bersama|blusukan|temu kader|kader partai|daftar(?:kan diri)? (?:jadi |sebagai )?"
    r"(?:anggota|kader|caleg)|bergabung (?:bersama|dengan) partai|gabung (?:jadi )?(?:relawan|kader)|"
    r"kartu tanda anggota|kta partai)(?!\w)", re.I)
_HANDS = prefiltered("[\u261d\u270c\U0001f91f\U0001f918\U0001f590\U0001f446\u270b\U0001f44c\U0001f91e]")
_KEYCAPS = prefiltered("[0-9]\u20e3")  # keycap digits such as 2️⃣
_FINGERS = prefiltered(f"{_HANDS.pattern}|{_KEYCAPS.pattern}")  # finger numbers and keycaps
_OFFICIAL = prefiltered(
    r"(?<![\w.])(?:kpu(?: ri| provinsi| kabupaten| kota| kab\.?)?|bawaslu(?: ri)?|dkpp|bkn|kemenpan ?-?rb|"
    r"kementerian pendayagunaan|kasn|ppk|pps|kpps|pantarlih|panwaslu|pengawas tps)(?!\w)", re.I)
_INFO = prefiltered(
    r"(?<!\w)(?:jadwal|tahapan|cek dpt|dpt online|daftar pemilih|cara (?:mencoblos|memilih|nyoblos)|"
    r"surat suara|tps|hak pilih|gunakan hak|jangan golput|ayo (?:ke tps|memilih|mencoblos|cek)|pemilu damai|"
    r"pilkada damai|tolak politik uang|politik uang|serangan fajar|netralitas asn|asn (?:wajib |harus )?netral|"
    r"hoaks|hoax|lapor(?:kan)?|pengumuman|sosialisasi|informasi resmi|pindah memilih|formulir|a5|"
    r"pemungutan suara|penghitungan suara|rekapitulasi|masa tenang|pemilih pemula|disabilitas|e-ktp|"
    r"ktp-el|bawa ktp|undangan memilih|c6|c pemberitahuan|twibbon)(?!\w)", re.I)
_OFFICIAL_SITE = prefiltered(r"(?:[\w-]+\.)*(?:kpu|bawaslu|dkpp|bkn|menpan)\.go\.id", re.I)
# "PADANG — Debat perdana…", "JAKARTA, KOMPAS.com - KPU…", "…, Kamis (12/9)."
_DATELINE = prefiltered(r"(?:^|\n)\s*[A-Z]{3,}(?: [A-Z]{3,}){0,2}(?:,\s*[A-Z][\w.]+)?\s*[—–-]\s+[A-Z][a-z]"
                       r"|(?i:tajuk rencana|editorial)\s*:"
                       r"|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
_NEWS = prefiltered(
    r"(?:^|\n)\s*[A-Z][A-Z .]{2,40},\s*(?:[A-Z][\w.]+(?:\.com|\.id|\.co\.id)?\s*)?[-–—]|\((?:antara|kompas|"
    r"detik|tempo)\w*\)|(?<!\w)(?:kata|ujar|ungkap|jelas|tutur|menurut|dalam keterangan\w*|dikutip|dilansir|"
    r"melaporkan|dilaporkan|wartawan|jurnalis|redaksi|menetapkan|ditetapkan|menggelar|digelar|berkampanye di|"
    r"dihadiri|hasil survei|survei|elektabilitas|menyampaikan|mengatakan|menyebutkan|pada (?:senin|selasa|rabu|"
    r"kamis|jumat|sabtu|minggu)|kemarin|sebanyak \d|menolak|membantah|mencatat|menemukan|menyatakan|memaparkan|"
    r"sepakat|unggul|memperoleh|beredar|dilaporkan|diajukan|mendaftar|diiringi|bersitegang|dijatuhi|meluncurkan|"
    r"mengklaim|mempertanyakan|berlangsung|persen|responden|lembaga survei|hitung cepat|quick count|polisi|"
    r"seorang|menyebut|sempat|"
    r"mengalihkan arus|diwarnai|tuduhan|gugatan|dinonaktifkan|dicopot|viral di media sosial|mengajukan keberatan|keberatan atas|"
    r"tertunda|tersebar|berhasil|membentuk|koalisi|dijadwalkan|pekan depan|saling|cek fakta|"
    r"hasil suntingan|hukuman disiplin|setelah terbukti|menghentikan|mengamankan|menyelidiki|diduga|tengah (?:me|di)\w+|diskors|"
    r"resmi berkoalisi|kesepakatan|ditandatangani|mempersoalkan|penyidik|polres|polda|gakkumdu|putusan|hakim|jaksa|"
    r"jika terpilih|•••|memvonis|divonis|vonis|pengadilan negeri|muktamar|munas|munaslub|kongres|musda|muswil|pengamat|dipertanyakan|tajuk rencana|editorial|kampanye dialogis|dalam kampanye|menanggapi|"
    r"alihkan arus|satlantas|polresta|menutup jalan|(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu) (?:pagi|siang|sore|malam))(?!\w)", re.I)
# "Bawaslu Kabupaten X menemukan…", "DKPP menjatuhkan…": a report of what a body did, not its notice
_BODY_REPORTED = prefiltered(r"(?<!\w)(?:KPU|Bawaslu|DKPP|BKN|KASN|MK|PTUN|Gakkumdu|Polres|Polresta|Polda|Satgas|Satlantas)(?:\s+[A-Z][\w.]*){0,4}"
                            r"\s+(?:me|mem|men|meng|meny)[a-z]{3,}(?!\w)"
                            # a headline: "MK TOLAK GUGATAN PASLON 3"
                            r"|(?<!\w)(?:KPU|BAWASLU|DKPP|BKN|MK|PTUN)\s+(?:TOLAK|KABULKAN|TETAPKAN|PUTUSKAN|COPOT|PECAT|"
                            r"BERHENTIKAN|DISKUALIFIKASI|TEMUKAN|PANGGIL|PERIKSA)(?!\w)")
_NOTICE_VOICE = prefiltered(r"(?<!\w)(?:ayo|mari|yuk|jangan lupa|cek|pastikan|bawa|datanglah|gunakan|silakan|segera|"
                           r"diharapkan|diimbau|mengimbau|wajib|pengumuman|informasi|daftarkan)(?!\w)", re.I)
_QUOTED = prefiltered(r"[\"“”„«»](.{1,200}?)[\"“”„«»]|'([^'\n]{3,200})'", re.S)
_LETTERS = prefiltered(r"[^\W\d_]{2,}", re.U)


# Signals beyond single cues. Each is a plain pattern; classify() combines them.
_NUMBER = prefiltered(
    r"(?<![\w/])(?<!tps )(?<!rt )(?<!rw )(?:nomor|nomer|nmr|no\.?|nomor urut|no urut|paslon|calon|caleg|"
    r"kandidat)\s*(?:urut\s*)?(?:0?[1-9]\d?|siji|loro|telu|hiji|dua|tilu|satu|tiga|empat|lima)(?![\d:.,]\d)(?!\w)"
    r"|(?<![\w.,:/])(?<!tps )(?<!rt )(?<!rw )(?<!no\. )(?<!jam )0[1-9](?![\w.,:/])", re.I)
# a vote asked for one ballot number, with words between ("Pilih ma nomor 1", "neu pileh Teungku
# Zulkifli nomor 3", "Pili yang baru sa, nomor 2!"): one side, even when another number is attacked
_VOTE_FOR_NUMBER = prefiltered(
    r"(?<!\w)(?:(?:ta|neu|ka)(?=pileh))?(?:pilih|pili|pileh|pilé|plih|pileki|coblos|cublek|nyoblos|dukung|dukong|dukông|contreng|"
    r"menangkan|menangke|mending|mendingan)\w*"
    r"\b[^.!?\n]{0,40}?\b(?:nomor|nomer|nmr|no\.?|nomoro'?)\s*(?:urut\s*)?"
    r"(?:0?[1-9]|satu|dua|tiga|empat|lima|siji|loro|telu|hiji|tilu|ciek|duo|tigo|sada|tolu|seddi|tellu|eppa)"
    r"(?![\d:.,]\d)(?!\w)"
    # … and not the first of a list ("pilih nomor 1, 2, atau 3 sesuai hati nurani")
    r"(?!\s*(?:[,/&-]|atau|ato|dan|sampai|hingga|s/d)\s*(?:nomor\s*|no\.?\s*)?\d)", re.I)
# "nomor 1, 2, atau 3": every ballot number named alike
_NUMBER_LIST = prefiltered(r"\b(?:nomor|nomer|no\.?)\s*(?:urut\s*)?\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s*(?:atau|ato|dan|maupun)\s*"
                          r"(?:nomor\s*|no\.?\s*)?\d{1,2}\b", re.I)
_APPEAL = prefiltered(
    r"(?<!\w)(?:menangkan|memenangkan|menangke|menangkeun|meunangkeun|menangin|dukung\w*|ngadukung|pilih\w*|milih|"
    r"coblos\w*|nyoblos|contreng|centang|tusuk|mohon doa restu|mohon dukungan\w*|siap (?:memenangkan|menang|"
    r"memimpin)|lanjut\w*|gas terus|for (?:dprd?|dpd|presiden|gubernur|bupati|wali ?kota|president)|"
    r"(?:untuk|kanggo|for) (?!(?:Bu|Pak|Bapak|Ibu|Presiden|Wakil|DPR|DPD|DPRD|Gubernur|Bupati|Wali|Anda|Kita|Semua|"
    r"Seluruh|Adik|Kakak|Anak)\b)[A-Z]\w+(?: (?:lebih|luwih|makin)\b| [A-Z]\w+)?|saatnya|sudah waktunya|waktunya ganti|"
    r"ganti (?:bupati|gubernur|presiden|wali ?kota|pemimpin)|satu putaran|pasti menang|menang(?:!| telak| mutlak)|"
    r"pemimpin (?:yang|yg|nan|kita|baru|amanah|muda|sejati)|perempuan memimpin|berani berubah|perubahan|"
    r"program (?:unggulan|prioritas)|visi misi|visi dan misi|kontrak politik|jadi (?:bupati|gubernur|presiden|"
    r"wali ?kota|anggota dewan)|maju sebagai|salam dari|dari (?:calon|caleg)|kenali (?:calon|visi)|"
    r"kemenangan|nomor \w+ lah|jangan ragu|suara (?:kita|kami|saya|ku|rakyat|warga) untuk|"
    # support as it is said across the regions: "kase menang dia", "kito pilih…", "so bulat lawan Haji…"
    r"kase menang|kasih menang|(?:kasih|kase|beri|berikan|titip) suara|(?:berdiri|bersatu) di belakang|"
    r"(?:sudah|udah|so|lah) (?:bulat|mantap|yakin) (?:sama|dengan|lawan|ka|ke|jo)|ngadukung|mari dukung|"
    r"masih mau (?:pilih|memilih|coblos|dipimpin)|(?:kita|kito|torang|tong|urang|hita) (?:pilih|dukung|kawal)|"
    r"(?:pemimpin|orang) (?:kaya|kayak|macam|bagini|begini)(?: gini| begini)?(?: yg| yang)? (?:kita|torang|kito)? ?butuh|"
    r"butuh (?:orang|pemimpin) (?:bagini|begini|kaya gini|kayak gini|seperti ini)|"
    r"pemimpin (?:kayak|seperti|macam|sekelas)|(?:pilih|memilih|milih) (?:yang|yg) [^.!?]{0,40}(?:seperti|kayak))(?!\w)")
_APPEAL_I = prefiltered(
    r"(?<!\w)(?:menangkan|memenangkan|menangke|menangkeun|dukung\w*|ngadukung|coblos\w*|nyoblos|contreng|tusuk|"
    r"mohon doa restu|mohon dukungan\w*|program (?:unggulan|prioritas)|visi misi|pemimpin (?:yang|yg|nan|sejati)|"
    r"kemenangan|satu putaran|berani berubah|maju sebagai)(?!\w)", re.I)
_STRONG = prefiltered(r"(?<!\w)(?:menangkan|memenangkan|menangke|menangkeun|menangin|coblos\w*|nyoblos|contreng|"
                     r"tusuk)(?!\w)", re.I)
# "seluruh paslon", "semua calon": about everyone, promoting no one
_ALL_CANDIDATES = prefiltered(r"(?<!\w)(?:seluruh|semua|para|masing-masing|setiap|kedua|ketiga|tiga|dua) "
                             r"(?:paslon|calon|pasangan|kandidat|peserta)", re.I)
_SMEAR = prefiltered(
    r"(?<!\w)(?:jangan (?:pilih|coblos|dukung|mau dipimpin)|ulah milih|ojo (?:milih|gelem)|aja milih|"
    r"tolak (?-i:[A-Z])\w+|asal bukan|tersangka|korup\w*|maling|bohong\w*|ngabohong|omdo|utang\w*|antek|boneka|"
    r"pengkhianat|dinasti|anti pancasila|anti ?islam|kafir|pki|warga negara asing|ijazah palsu|didiskualifikasi|"
    r"kepergok|amplop|tersangkut|terjerat kasus|ingat rekam jejak\w*|"
    r"serangan fajar|kecewa|gak bisa baca|tidak bisa baca|konglomerat|harta naik|"
    r"orang luar daerah|dikuasai|renungkan|cek faktanya|fakta (?:yg|yang) disembunyikan|tikus berdasi|"
    r"(?:jangan|ulah|ojo|jan) (?:percaya|percanten|pracaya|mau dibohongi|tertipu)|bukan (?:orang )?asli|pendatang|"
    # "kalau yang menang si nomor tiga, semua honorer bakal dipecat … jangan sampai menyesal"
    r"jangan sampai menyesal|(?:bakal|akan) (?:dipecat|dihapus|dicabut|digusur|dipotong) semua)(?!\w)", re.I)
_CHAIN = prefiltered(r"diteruskan|breaking|viral(?! di media sosial| di medsos)|sebarkan|katanya|info a1|orang dalam|‼|!!|😱|🚨|👇|\?\?\?|🤣|🤡",
                    re.I)
_EVENT2 = prefiltered(
    r"(?<!\w)(?:posko|kaos gratis|kaos dibagikan|stiker|sembako|voucher|santunan|hadiah|doorprize|umroh|"
    r"jalan sehat|turnamen|cup\b|istighosah|doa bersama untuk kemenangan|silaturahmi|ngopi bareng|perkenalan|"
    r"sosialisasi visi|rumah aspirasi|apel siaga|wajib hadir di acara|twibbon|rekrutmen saksi|saksi tps|"
    r"bergabung\w* (?:bersama|dengan) partai|pendaftaran (?:bakal )?caleg|kartu anggota|kta|daftar (?:jadi )?"
    r"(?:anggota|kader)|buka pendaftaran anggota|membuka pendaftaran (?:anggota|bakal caleg|caleg)|"
    r"(?:stiker|kaos|sablon|atribut|spanduk|baliho|kalender|topi)\s+(?-i:[A-Z]{2,}(?:\s[A-Z]{2,})?))(?!\w)", re.I)
_ROLE = prefiltered(
    r"(?<!\w)(?:capres|cawapres|caleg|bacaleg|cagub|cawagub|cabup|cawabup|cawalkot|cawawalkot|paslon|"
    r"pasangan calon|pasangan (?:nomor|no\.?) ?\d|calon(?! (?:pelamar|peserta|karyawan|mahasiswa|siswa|murid|pegawai|asn|pns|"
    r"cpns|casn|pppk|pengantin|mertua|menantu|jemaah|jamaah|haji|ibu|ayah|suami|istri|pembeli|penerima|nasabah|anggota osis|"
    r"ketua (?:osis|kelas|rt|rw))\b)(?: \w+)?|kandidat|petahana|dapil|dprd|dpr|dpd|bupati|wakil bupati|gubernur|"
    r"wali ?kota|presiden|wakil rakyat|anggota dewan)(?!\w)", re.I)
# campaign pushes that name no one the registry knows: a poll with a call to act, a prayer for
# someone's victory, "N jari untuk …", "buktikan di bilik suara", a caleg's holiday greeting,
# a claim of what a numbered pair will take away, "sebarkan sebelum dihapus"
_PUSH = prefiltered(
    r"(?:survei|polling|elektabilitas)\b.{0,160}?\d{1,2}(?:[,.]\d+)?\s?%.{0,160}?"
    r"(?:jangan (?:sia-?siakan|ragu|paksakan|pilih)|pasti menang|sudah pasti|share ke|sebarkan|tidak bisa dibohongi)"
    r"|(?<!\w)kemenangan\s+(?:pasangan|paslon|calon|caleg|pak|bu|bapak|ibu|mas|mbak|bang|kang|cak|uda)(?!\w)"
    r"|(?<!\w)(?:satu|dua|tiga|empat|lima|\d)\s+jari\s+untuk(?!\w)"
    r"|(?<!\w)(?:kawal|jaga|amankan)\s+(?:terus\s+)?suara\s+(?:kita|kami)(?!\w)"
    r"|(?<!\w)(?:buktikan|tunjukkan|tentukan)(?!\w).{0,20}bilik suara"
    r"|(?:selamat hari|mohon maaf lahir|selamat idul|selamat natal|selamat tahun baru|salam hormat).{0,160}?"
    r"(?<!\w)(?:dapil|caleg|dpr ri|dprd|calon)(?!\w)"
    r"|(?<!\w)(?:pasangan|paslon|calon)\s+(?:nomor|no)\.?\s*\d(?!\w).{0,60}?(?<!\w)(?:bakal|akan|mau)(?!\w).{0,25}?"
    r"(?<!\w)(?:hapus|cabut|potong|hilangkan|jual)"
    r"|sebarkan sebelum (?:dihapus|di-?takedown)"
    # a prayer for someone's fight: "kirimkan Al-Fatihah untuk Bapak X yang sedang berjuang demi kota kita"
    r"|(?<!\w)(?:doa|doakan|al-?fatihah|fatihah)\b.{0,40}\b(?:pak|bapak|bu|ibu|mas|bang|kang|cak|abah)\s+(?-i:[A-Z])\w+"
    r".{0,80}?(?<!\w)(?:berjuang|perjuangan|maju|bertarung)(?!\w)"
    # a poll with a call to guard the result: "Yohana 81%, … tinggal kita kawal!"
    r"|(?:survei|polling|jajak pendapat)\b.{0,160}?\d{1,2}(?:[,.]\d+)?\s?%.{0,160}?(?<!\w)(?:kawal|suara rakyat)(?!\w)"
    # "KAMI GURU KAMI BERSAMA BU RATIH": a group declaring itself behind someone
    r"|(?<!\w)kami\s+(?:\w+\s+){0,3}bersama\s+(?:bu|pak|bapak|ibu|mas|mbak|bang|kang|cak|uda|abah|daeng|bung)\s+"
    r"(?-i:[A-Z])\w+"
    r"|(?<!\w)(?:kalau|kalo|klo|jika|bila|kl)\s+(?:pak|bu|bapak|ibu|mas|mbak|bang|kang|cak|uda|daeng|abah|si)\s+[A-Z]\w+"
    r"(?:\s+[A-Z]\w+)?\s+(?:yang\s+|yg\s+)?(?:naik|menang|jadi|terpilih|berkuasa)(?!\w)",
    re.I | re.S,
)
# a candidate's words on a card: "“…” — Arif Nugraha, Calon Wakil Bupati Sukamaju"
_QUOTE_CARD = prefiltered(r"^\s*[\"“'].{10,240}[\"”']\s*[—–-]+\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3},?\s+"
                         r"(?:calon|cagub|cawagub|cabup|cawabup|caleg|cawalkot|capres|cawapres|bakal calon|bacaleg)\b",
                         re.I | re.S)
_NOT_GENERAL = prefiltered(r"(?<!\w)(?:osis|hima|bem|ketua kelas|ketua rt|ketua rw|pemilihan ketua|pilkades|"
                          r"(?:pemilihan|calon|cakades|pilih) kepala desa|senat mahasiswa|pemilos|pegawai teladan|"
                          r"employee of the month|karyawan (?:terbaik|teladan)|google form|aklamasi|"
                          r"ajang pencarian bakat|kontes|audisi)(?!\w)", re.I)
# a shop's or a brand's promotion ("Nomor 1 di hati pelanggan", "partai besar")
_COMMERCE = prefiltered(r"(?<!\w)(?:diskon|promo|flash sale|grosir|eceran|pesan sekarang|order|gofood|grabfood|"
                       r"shopee|tokopedia|cashback|gratis ongkir|menu|harga spesial|beli \d|minimarket|supermarket|"
                       r"belanja|pelanggan|pembelian|harga(?! mati)|toko|pesen|#review|review|unboxing|spesifikasi|smartphone|gadget|"
                       r"titip paket|open order|pilih paket|paket (?:nomor|no|nomer))(?!\w)", re.I)
# contests, congratulations, charity and crafts: "pilih nomor 17" for a photo, "semoga amanah" for a promotion
_CONTEST = prefiltered(r"(?<!\w)(?:lomba|kontes|festival|audisi|ajang|vote foto|voting online|karya|juri|finalis|duta|"
                      r"putri pariwisata|pemilihan (?:putri|duta|abang|none|cak|ning|raja|ratu)|pasanggiri|mojang jajaka|"
                      r"vote (?:di|lewat|dina|via|melalui) aplikasi)(?!\w)", re.I)
_CONGRATS = prefiltered(r"(?<!\w)(?:pelantikan\w*|dilantik|purna ?tugas|pensiun|ulang tahun|ultah|hut|wisuda|pernikahan|"
                       r"menikah|promosi jabatan|kenaikan pangkat|giliran|arisan|akad|nikah|pengantin|walimah|resepsi|"
                       r"mappacci\w*|kawinan|palang pintu|hajatan|sunatan|khitanan|tunangan|lamaran)(?!\w)",
                       re.I)
_CHARITY = prefiltered(r"(?<!\w)(?:penggalangan dana|donasi|operasi|rumah sakit|berduka|bencana|korban|yatim|"
                      r"pengobatan)(?!\w)", re.I)
_CRAFT = prefiltered(r"(?<!\w)(?:pola|motorik|tusuk gigi|kue|balon|prakarya|kerajinan|mainan|anak-anak belajar)(?!\w)",
                    re.I)
# a notice to civil servants about what they must not do ("Yth. Bapak/Ibu ASN…, mohon tidak…")
_ASN_NOTICE = prefiltered(r"(?:yth\.?|kepada)\s+(?:seluruh\s+|bapak/ibu\s+|para\s+)*(?:asn|pns|pegawai|kepala opd|"
                         r"kepala perangkat daerah)(?!\w)|(?<!\w)(?:mohon|dimohon|diminta|agar)\s+(?:untuk\s+)?"
                         r"(?:tidak|tak)\s+(?:mengunggah|membagikan|memasang|menghadiri|mengikuti|memberikan|menyukai|share|"
                         r"posting|dukung)",
                         re.I)
_OFFICIAL_VOICE = prefiltered(
    r"(?:—|-|–)\s*(?:kpu|bawaslu|bkn|dkpp|kemenpan|kementerian|bkpsdm|bkd|pemkab|pemkot|pemprov|bupati|"
    r"sekda|pps|ppk|kpps|panwascam|panwaslu|pantarlih|pengawas)[\w .-]*$|(?<!\w)(?:kpu|bawaslu|bkn|dkpp|kemenpan-?rb|bkpsdm|bkd|pemkab|pemkot|surat edaran|"
    r"imbauan|mengingatkan|mengimbau|wajib menjaga netralitas|dilarang|netralitas|netral|woro-woro|"
    r"pemberitahuan|rapat pleno)(?!\w)", re.I | re.M)
_DEAD = prefiltered(r"^\s*(?:<media tidak disertakan>|pesan ini telah dihapus|this message was deleted|"
                   r"<media omitted>|\[(?:stiker|sticker|gambar|foto|video|audio|dokumen)\]|"
                   r"[\w.-]+\.(?:jpe?g|png|gif|webp|mp4|opus|pdf|heic))\s*$", re.I)
_HASHTAG = prefiltered(r"#\w+")
_OFFICIAL_TAG = prefiltered(r"pemilu|pilkada|pilpres|kpu|bawaslu|dpt|golput|politikuang|damai|netral|asn|"
                           r"tps|ayoke|ayomemilih|cekdpt|hakpilih|serentak", re.I)
_CAMPAIGN_TAG = prefiltered(r"untuk|bisa|menang|tolak|bukan|tetap|ganti|lanjut|bersama|pilih(?!an$)|coblos|putaran|"
                           r"berani|20[2-4]\d|^0?[1-9][a-z]|for(?=[A-Z])|jadi|pasti|rakyat|hebat|satu|memimpin|"
                           # a name with "aja", or after an honorific: "#HendraAja", "#KangAsepNgadangu"
                           r"aja$|saja$|lagi$|^(?-i:(?:Kang|Bang|Pak|Bu|Mas|Mbak|Cak|Uda|Abah|Teh|Daeng|Bung)[A-Z])|"
                           r"nomor ?\d|no ?\d|[a-z]0[1-9]$|[a-z][1-9]$|berlanjut",
                           re.I)
# A party recruiting members or candidates (not KPU recruiting polling staff).
_RECRUIT = prefiltered(r"rekrutmen\s+saksi|bergabung\w*\s+(?:bersama|dengan)\s+partai|pendaftaran\s+(?:bakal\s+)?caleg|"
                      r"(?:membuka|buka)\s+pendaftaran\s+(?:anggota|bakal\s+caleg|caleg)(?!\s+(?:kpps|ppk|pps|pantarlih))",
                      re.I)
_SPORT = prefiltered(r"(?<!\w)(?:timnas|lomba|juara|pertandingan|skor|final|liga|piala|gol|tarik tambang|17-?an|full ?time|"
                    r"kick ?off|klasemen|babak (?:pertama|kedua)|⚽)(?!\w)",
                    re.I)


_TEAM = prefiltered(r"(?<!\w)(?i:relawan|tim|sahabat|laskar|barisan|pasukan|posko|jaringan|"
                   r"simpatisan|pendukung)\s+(?:(?i:muda|sahabat|pemenangan|bersatu|peduli|pasangan|paslon|calon)\s+)?"
                   r"(?!(?i:kami|kita|anda|kesehatan|medis|sar|pmr|kerja|pengajar|desa|rt|rw|sekolah|voli|sepak|"
                   r"futsal|basket|pemadam|penilai|ahli|teknis|ppk|pps|kpps|pengawas|inspektorat|dinas|badan|kantor|"
                   r"bagian|unit|divisi|pln|telkom|internet|listrik|pdam|rsud|puskesmas|pmi|bpbd|basarnas|"
                   r"donor|bencana|posyandu|penggerak|pkk|kelas|inspirasi|literasi|pendidikan|lingkungan|sosial|"
                   r"pengaduan|pengawasan|sd|sdn|smp|smpn|sma|sman|smk|smkn|man|mts|min|universitas|kampus|fakultas)\b)"
                   r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?|#(?i:sahabat|relawan)\w+|#[Tt]im[A-Z]\w+")
_ELECTION_DAY = prefiltered(r"(?<!\w)(?:tanggal 14|tanggal 27|tgl\.? ?14|tgl\.? ?27|14 februari|27 november|14 feb|27 nov|dua tujuh|"
                           r"27/11|27-11|27\.11|14/2|14/02|14-02|14\.02|14\.2|"
                           r"dua puluh tujuh|empat belas februari|hari h|bilik suara|"
                           r"ke tps|di tps|hari pencoblosan|hari coblosan|coblosan)(?!\w)", re.I)
# polling day by its date or its name, not any "tanggal 14" (a deadline, a payday)
_POLLING_DATE = prefiltered(r"(?<!\w)(?:27 nov\w*|14 feb\w*|27/11|27-11|27\.11|14/02|14-02|14\.02|hari h|"
                           r"hari pencoblosan|hari coblosan|ke tps)(?!\w)", re.I)
_PITCH = prefiltered(r"(?<!\w)(?:terima kasih[^.!]{0,80}(?:dukungan|kepercayaan|suara)\w*|perjuangan kita|"
                    r"bukti bukan janji|bukan janji,? (?:tapi|tetapi|melainkan) bukti|sudah terbukti|terbukti|jilid (?:dua|2|ii)|dua periode|lanjut\w*|"
                    r"peduli|amanah|kerja nyata|kerja tuntas|yang sudah kerja|kami perjuangkan|"
                    r"salam hormat|bersama kita|kita bareng|kita tuntaskan|untuk negeri|untuk perubahan|"
                    r"merah-putihkan|nu ngarumat|ngadangu|blusukan|satu suara|sdh trbukti|balas budi|bls budi|"
                    # "izinkan saya menuntaskannya lima tahun lagi": an incumbent asking for another term
                    r"izinkan (?:saya|kami) (?:melanjutkan|menuntaskan|meneruskan)\w*|(?:lima|5) tahun lagi)(?!\w)", re.I)

# How partisan content talks, as opposed to a report: it exclaims, uses emoji, addresses the
# reader ("kita", "dulur", "umat"), urges ("ayo", "jangan", "wajib") or judges ("malu", "gagap",
# "siap mengabdi"). With a candidate, party or ballot number and no news register, that voice
# is campaigning or black campaigning, whatever verbs it avoids.
_VOICE = prefiltered(
    r"!|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]"
    r"|(?<!\w)(?:kita|kamu|kalian|anda|lo|lu|elo|dulur|sedulur|lur|warga|ibu-ibu|bapak-bapak|emak-emak|umat|"
    r"rakyat|guys|gaes|sanak|dunsanak|ayo|yuk|mari|jangan|ojo|ulah|wajib|harus|kudu|sayangi|malu|gagap|"
    r"bohong\w*|dibohongi|tertipu|waspada|hati-hati dengan|siap mengabdi|mengabdi|mendukung|didukung|"
    r"bersatu|terbukti|meneh|maneh|deui|cuma mau bilang|mantap|keren|juara|hebat|top)(?!\w)",
    re.I)
_PRIZE = prefiltered(r"(?<!\w)(?:hadiah|undian|kupon|giveaway|doorprize|voucher belanja|poin)(?!\w)", re.I)
_HOW_TO_VOTE = prefiltered(r"(?<!\w)(?:(?:tata )?cara (?:mencoblos|memilih|nyoblos|mencontreng)|surat pemberitahuan|"
                          r"coblos satu kali|surat suara sah|undangan memilih|bawa ktp\S*|libur nasional|"
                          r"langkah mencoblos|materi ppkn|materi pelajaran|modul)(?!\w)", re.I)
# someone running, not an office as such ("halaman kantor bupati")
_CONTENDER = prefiltered(r"(?<!\w)(?:capres|cawapres|caleg|bacaleg|cagub|cawagub|cabup|cawabup|cawalkot|cawawalkot|"
                        r"paslon|pasangan (?:calon|0?\d)|calon (?:presiden|wakil|gubernur|bupati|wali ?kota|"
                        r"legislatif|anggota|dprd?|dpd)|kandidat|petahana|wakil rakyat|partai|parpol)(?!\w)", re.I)
_FOR_OFFICE = prefiltered(
    r"(?<!\w)(?:untuk|for|gasan|kanggo|jadi|menjadi|siap jadi)\s+(?:bupati|wali ?kota|gubernur|presiden|"
    r"wakil (?:bupati|wali ?kota|gubernur|presiden)|dprd?|dpd|anggota dewan|kepala daerah)(?!\w)", re.I)
_CAPS_TICKET = prefiltered(r"(?<!\w)[A-Z]{3,}(?:\s[–-]\s?|\s?–\s?)(?:(?:HJ|H|DR|IR|DRS|PROF)\.?\s)?[A-Z]{3,}(?!\w)")  # "LATIF – DEWI", not "MASING-MASING"
_STANDALONE_SLOGAN = prefiltered(r"(?<!\w)(?:jilid (?:ii|2|dua)|ganti (?:nahkoda|nakhoda|pemimpin|bupati|gubernur|"
                                r"presiden|wali ?kota)|asal bukan|(?:2|dua) periode)(?!\w)", re.I)
_NOT_A_PARTY = prefiltered(r"(?<!\w)partai (?:besar|kecil|eceran|grosir)(?!\w)", re.I)
_TWO_TERMS = prefiltered(r"(?<!\w)(?:2|dua|duo|loro) periode(?!\w)", re.I)

# OCR often drops the spaces of a poster's capitals ("JANGANCOBLOSNO4"): such text is also
# read squashed, for the few signals that decide a poster.
_SQ_APPEAL = prefiltered(r"coblos|nyoblos|contreng|menangkan|memenangkan|dukung|janganpilih|jangancoblos|tolak|"
                        r"asalbukan|ganti(?:bupati|gubernur|presiden|walikota|pemimpin)|pilihnomor|pilihno|"
                        r"programunggulan|bergabung\w*partai|satuputaran|lanjutkan")
_SQ_TARGET = prefiltered(r"calon|caleg|paslon|capres|cagub|cabup|cawalkot|partai|dprd|dapil|bupati|gubernur|walikota|"
                        r"presiden|no\.?\d|nomor\d|nomer\d|nomorurut\d|nourut\d")
_SQ_OFFICIAL = prefiltered(r"kpu|bawaslu|bkn|dkpp|kemenpan|bkpsdm|pemkab|pemkot|suratedaran|imbauan|netral")

# an event "bersama" a named person with something free: a sponsored campaign event
# ("MUSIK RAKYAT BERSAMA MAS BIMA GRATIS"); preachers' events are not counted
_SPONSORED = prefiltered(
    r"(?<!\w)(?:bersama|bareng)\s+(?:bu|pak|bapak|ibu|mas|mbak|bang|kang|cak|uda|abah|daeng|bung|teh)\s+(?-i:[A-Z])\w+"
    r".{0,120}?(?<!\w)(?:gratis|disediakan|doorprize|door prize|hadiah|makan siang|makan malam|snack|kaos)(?!\w)"
    r"|(?<!\w)(?:gratis|doorprize|hadiah|disediakan)(?!\w).{0,120}?(?<!\w)(?:bersama|bareng)\s+(?:bu|pak|bapak|ibu|mas|"
    r"mbak|bang|kang|cak|uda|abah|daeng|bung|teh)\s+(?-i:[A-Z])\w+", re.I | re.S)

# what a voter is told to weigh: "programnya paling masuk akal", "jawabannya ada di nomor 2"
_MERIT = prefiltered(r"(?<!\w)(?:program\w*|visi|pemimpin|jawaban\w*|paling (?:masuk akal|layak|cocok|bagus|baik|pas)|"
                    r"terbukti|kerja nyata|amanah)(?!\w)", re.I)
# a wink instead of a name: "pasti tau kan siapa", "kita tahu siapa"
_WINK = prefiltered(r"(?<!\w)(?:(?:pasti|sudah|udah|kita|kalian|semua)\s+(?:tau|tahu)\s+(?:kan\s+|lah\s+)?siapa|"
                   r"ingat(?:lah)?\s+(?:saja\s+|aja\s+)?siapa\s+(?:yang|yg)|siapa\s+hayo+|hayo+\s+siapa)(?!\w)", re.I)
# the one who did something for the place, told instead of named: "sing wingi mbangun dalan kampung",
# "nu tos ngadamel jalan di lembur urang", "yg kmren bngun jln kmpung kt"
_BENEFACTOR = prefiltered(r"(?<!\w)(?:yang|yg|sing|nu|nang|nan)\s+(?:\w+\s+){0,2}?(?:bangun|bngun|mbangun|membangun|"
                         r"ngadamel|maulah|bikin|perbaiki|memperbaiki|benerin|aspal|ngaspal|ngecor)\w*(?!\w)", re.I)
# a vote asked for someone described, not named: "coblos yg brkumis", "plih yg udh jlas kerjany" (not "pilih
# yang terbaik sesuai hati nurani", an election body's neutral call)
_DESCRIBED_PICK = prefiltered(r"(?<!\w)(?:coblos|nyoblos|pilih|plih|milih|contreng|dukung)\w*\s+(?:yang|yg|sing|nu|nan|nang)\s+"
                             r"(?!(?:mana|terbaik|sesuai|menurut|paling baik|baik|jujur|bersih|berkualitas|benar|"
                             r"bener|amanah|layak|tepat|cocok|kamu|anda|kalian)\b)\w+", re.I)
# an appeal not to forget or get polling day wrong: "ojo lali yo tanggal 27", "jangan salah pilih"
_DONT_FORGET = prefiltered(r"(?<!\w)(?:jangan|jgn|jg|ojo|aja|ulah|ulah poho|ulah hilap)\s+(?:lupa|lpa|lali|hilap|poho|"
                          r"salah pilih|salah pilih lah)(?!\w)", re.I)
# running down the others: "cagub lain cuma mengawang-awang", "kampanye paslon lain sepi pengunjung"
_SLANT = prefiltered(r"(?<!\w)(?:paslon|calon|cagub|cabup|capres|caleg|kandidat)\s+lain(?:nya)?\s+(?:cuma|hanya|sepi|"
                    r"kalah|tidak|gak|nggak|sepi)(?!\w)|(?<!\w)hanya\s+(?-i:[A-Z])\w+\s+yang\s+punya(?!\w)", re.I)
# a colour made a verb on polling day: "tanggal 27, mari kita birukan Bukit Serai"
_COLOUR_VERB = prefiltered(r"(?<!\w)(?:biru|merah|kuning|hijau|putih|oranye|ungu|jingga)kan(?!\w)", re.I)

# campaign merchandise carrying a name, a number or a party: "kaos sablon 'CAK MAMAT' angka 7",
# "kalender bergambar pasangan … logo Gerindra"
_MERCH = prefiltered(r"(?<!\w)(?:kaos|kaus|kalender|stiker|topi|rompi|bendera|spanduk|baliho|poster|gantungan kunci|"
                    r"payung|jaket|sarung|mug|pin|masker)(?!\w)", re.I)
_QUOTED_NAME = prefiltered(r"[\"'“‘](?-i:[A-Z][A-Za-z]+(?:[\s–-]+[A-Z][A-Za-z]+)*)[\"'”’]")
_MARKED = prefiltered(r"(?<!\w)(?:sablon\w*|bergambar|bertuliskan|tulisan|logo|foto|gambar|angka \d|nomor \d)(?!\w)", re.I)

# a vote asked for, or against, someone named: "saya dukung Pak Dedi", "Ojo milih Sutrisno"
_BACKS_NAMED = prefiltered(
    r"(?<!\w)(?<!hak )(?<!hak\s\s)(?i:dukung|mendukung|pilih|memilih|milih|coblos|nyoblos|menangkan|ojo milih|ulah milih|jangan pilih|"
    r"jgn pilih|jangan milih|jangan coblos)\s+(?:(?i:pak|bu|bapak|ibu|bang|mas|mbak|kang|teh|uda|cak|abah|bunda|daeng|"
    r"mbah|buya|gus)\s+)?(?!(?:Yang|Nomor|No|Partai|Calon|Paslon|Tuhan|Allah|Indonesia|Timnas|Anda|Kamu|Kalian|Saya|"
    r"Kami|Kita|Dia|Beliau|Sesuai|Sendiri|Pemimpin)\b)[A-Z][a-z]{2,}"
    # "jgn lupa dukung beliau tgl 27": someone named earlier, backed at election time
    r"|(?<!\w)(?i:dukung|mendukung|pilih|memilih|milih|coblos|nyoblos|menangkan)\s+beliau(?!\w)")
# a candidate described by the picture on the ballot: "yang rompinya biru di surat suara itu",
# "di surat suara nanti cari yang pakai peci hitam" (not "pilih yang tertera di surat suara")
_ON_THE_BALLOT = prefiltered(
    r"(?<!\w)(?:di|pada|dalam)\s+surat suara\b[^.!?]{0,30}?(?:yang|yg|sing|nu)\s+"
    r"(?!(?:mana|terbaik|sesuai|sah|tidak|tertera|tercantum|terdaftar|ada|dicoblos|benar|tepat|layak)\b)\w+"
    r"|(?<!\w)(?:yang|yg|sing|nu)\s+(?!(?:mana|sah|tidak|tertera|tercantum|terdaftar|ada|dicoblos|sesuai)\b)\w+"
    r"(?:\s+\w+){0,3}\s+(?:di|pada|dalam)\s+surat suara\b",
    re.I)
# an election body's neutral call: "pilih calon … sesuai hati nurani Anda", "siapa pun pilihannya"
_NEUTRAL_CHOICE = prefiltered(r"(?<!\w)(?:sesuai (?:hati nurani|pilihan|keyakinan)|hati nurani (?:anda|masing-masing|kalian)|"
                             r"siapa ?pun (?:pilihan\w*|calonnya)|apapun pilihan\w*|pilihan (?:anda|kalian|masing-masing) rahasia)(?!\w)",
                             re.I)
