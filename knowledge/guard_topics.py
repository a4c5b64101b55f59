"""Questions that are not about election neutrality: other subjects (HR, tax, religion,
words that only look political), other countries, and election facts (results, polling
hours, voter lists) that are KPU's to answer.

Refused as Refusal.OUT_OF_SCOPE or Refusal.ELECTION_FACT.
"""

from __future__ import annotations

import re

from netralbot.knowledge.prefilter import prefiltered


_FOREIGN = prefiltered(  # another country's elections or civil service
    r"\b(amerika|malaysia|singapura|australia|inggris|filipina|india|jepang|korea|thailand|eropa|timor leste)\b"
    r".{0,60}\b(pemilu|pilpres|election|kampanye|pegawai|electoral|pns|asn|pegawai kerajaan|penjawat awam|parti|partai|"
    r"nyoblos|coblos|mencoblos|memilih|voting)\b"
    r"|\b(pemilu|pilpres|election|kampanye|pegawai)\b.{0,30}\b(amerika|malaysia|singapura|australia|inggris|filipina|india|jepang|korea|thailand|eropa)\b",
    re.I | re.S,
)
# an Indonesian civil servant who is abroad ("sy PNS lg tugas belajar S2 di Australia"): still ours
_ABROAD = prefiltered(
    r"\b(tugas belajar|kuliah|studi|sekolah|s2|s3|dinas|ditempatkan|tinggal|lagi|lg|sedang|bertugas)\s+(\w+\s+){0,3}?(di|ke)\s+"
    r"(amerika|malaysia|singapura|australia|inggris|filipina|india|jepang|korea|thailand|eropa|timor leste|luar negeri)\b", re.I)
# Subjects that are not election neutrality, asked with none of its words: HR, tax, village
# head elections, parliament's business, words that only look political ("cat netral").
# (Sundanese "di lembur", "ka lembur" is the village, not overtime: "milu jadi pantarlih di lembur")
_OFF_TOPIC = prefiltered(
    r"\bjam\s+kerja\b.{0,40}\b(ramadan|ramadhan|puasa)\b|"
    r"\b(bolos|mangkir|nikah siri|poligami|cerai|perceraian|selingkuh|perselingkuhan|kdrt|pinjol|judi online|judol|korupsi dana|kpk|gratifikasi|pungli|narkoba|spt|pajak|absen|absensi|"
    r"presensi|wfh|thr|gaji ke-?13|kenaikan gaji|kenaikan pangkat|diangkat jadi pns|pengangkatan|formasi|seleksi cpns|skp|"
    r"e-kinerja|(?<!di )(?<!ka )(?<!ti )lembur|sppd|perjalanan dinas|bpjs|taspen|jalan rusak|liga|sepak bola|pertandingan|resep|cuaca|"
    r"cat netral|warna netral|ph netral|kabel netral|netralkan|menetralkan|netralisir|pemilihan ketua rt|pegawai teladan|duta baca|presiden mahasiswa|"
    r"ketua osis|pemilihan rektor|calon mertua|calon suami|calon istri|calon pengantin|kampanye imunisasi|"
    r"menurut agama|menurut islam|dalam islam|hukumnya dalam|fatwa|fikih|fiqih|"
    r"cuti melahirkan|cuti sakit|cuti haji|naik pangkat|pangkat pilihan|diangkat jd pns|diangkat menjadi pns|"
    r"kampanye kesehatan|kampanye hemat|kampanye anti|singkatan|"
    # side jobs are an HR question, not election neutrality
    r"nyambi|kerja sampingan|usaha sampingan|ojol|ojek online|ojek daring|driver online|"
    r"telat masuk|terlambat masuk|datang terlambat|pulang cepat|"
    # twenty-eighth session: HR and life questions asked at the end of a neutrality story (a late cut, a contract
    # selection, a marriage report, a vendor's parcel, parking, worry and sleep)
    r"karena telat|krn telat|gara2 telat|gara-gara telat|karena terlambat|jam masuk|jam pulang|seleksi pppk|hasil seleksi|"
    r"laporan perkawinan|izin perkawinan|izin menikah|izin nikah|parsel\w*|bingkisan lebaran|"
    r"overthinking|kecemasan|cemas|insomnia|susah tidur|sulit tidur|"
    r"soal gaji|gaji pokok|besaran gaji|gaji pns|gaji pppk|"
    r"daftar cpns|pendaftaran cpns|syarat cpns|tes cpns|ujian cpns|ipk minimal|kapan cair|telat cair|belum cair|blm cair|pencairan|"
    r"menurut mui|kata mui|fatwa mui|saksi di pengadilan|saksi pengadilan|saksi di persidangan|saksi nikah|"
    r"tempat makan|rumah makan|kuliner|restoran|warung makan enak|tempat nongkrong|wisata|penginapan|oleh-oleh|"
    # "gmn cara bikin stiker WA dari foto sendiri?", "aplikasi AI apa yg bagus buat bikin foto profil?"
    r"cara bikin stiker|cara buat stiker|cara membuat stiker|aplikasi apa|aplikasi ai|aplikasi edit|app apa|"
    # twenty-third session: selling online in office hours, when a contract worker is appointed, what a duty pays
    r"jualan online|berjualan online|dagang online|bisnis online|jualan di jam kerja|jualan saat jam kantor|"
    # twenty-fourth session: "jualan baju online", and the asker ruling the election out ("bukan karena pemilu")
    r"(jualan|berjualan|dagang|jual)\s+(?![^.?!]{0,30}\b(partai|caleg|calon|paslon|capres|cagub|cabup|kampanye|atribut)\b)(\w+\s+){1,2}online|"
    r"bukan\s+(karena|krn|gara-gara|soal|terkait|urusan|masalah)\s+(pemilu|pilkada|pilpres|pileg|politik|netralitas)|"
    r"berapa gaji\w*|gaji\w* berapa|berapa honor\w*|honor\w* berapa|berapa tunjangan\w*|"
    r"kapan (honorer|saya|sy|aku|kami|kita)\s+(\w+\s+){0,2}?diangkat|"
    # "ini tidak ada hubungannya dengan pemilu": the asker says so
    r"(?<![\w-])(ini|hal ini|soal ini|urusan ini|masalah ini|pertanyaan ini|pertanyaanku|pertanyaan saya)\s+(sama sekali\s+)?"
    r"(tidak|tdk|gak|ga|gk|nggak|ngga|bukan)\s+(ada\s+)?(hubungan|kaitan|sangkut paut)(nya)?\s+(dengan|dgn|sama|sm|ke)\s+"
    r"(pemilu|pilkada|pilpres|pileg|politik|netralitas)|"
    # a leave outside the state's pay for another reason than running ("CLTN buat ikut suami tugas ke luar negeri")
    r"(cltn|cuti di luar tanggungan negara)\s+(buat|untuk|utk|karena|krn)\s+(ikut suami|ikut istri|mendampingi suami|mendampingi istri|"
    r"melahirkan|kuliah|sekolah|studi|urus anak|mengurus anak|merawat|berobat))\b",
    re.I,
)
# twenty-sixth session: what the message asks is off the topic whatever election words come with it ("anak saya mau nikah
# sama anak caleg, hitungan weton-nya cocok gak?", "pajak kendaraan bisa dibayar online? mobil keluarga mau dipake kampanye")
_OFF_TOPIC_ANYWAY = prefiltered(
    r"\b(weton|wetonnya|primbon)\b"
    r"|\b(pembagian|bagi|membagi)\s+(waris|warisan|harta waris|harta warisan)\b|\b(hukum waris|faraid|faraidh)\b"
    r"|\bpajak\s+(kendaraan|motor|mobil|pbb|bumi)\b.{0,40}\b(bayar|dibayar|online|berapa|cara)\b"
    r"|\b(cara\s+)?(bikin|buat|membuat|daftar|urus|ngurus|mengurus)\s+npwp\b"
    r"|\b(harga|biaya|ongkos)\s+(cetak|percetakan|sablon|pembuatan)\b.{0,40}\b(berapa|berapaan|brp|kisaran)\b"
    # "rekomendasi tempat makan enak deket kantor KPU": a place asked for, whatever office it is near
    r"|\b(rekomendasi\w*|rekomen\w*|saran|saranin|sarankan)\s+(\w+\s+){0,2}?(tempat makan|rumah makan|kuliner|restoran|resto|kafe|cafe|warung makan|warung enak|"
    r"hotel|penginapan|tempat wisata|tempat nongkrong|oleh-oleh|oleh2)\b"
    r"|\b(jaga|menjaga|merawat|pertahankan)\s+(keharmonisan|keutuhan)\s+(rumah tangga|keluarga|pernikahan)\b"
    # a heartbreak told around an election: "diputusin pacar pas lagi sibuk lembur pemilu", "pacar sy timses cabup,
    # sibuk terus ga ada waktu buat sy" (the asker's love life; a partner's campaign asked about still reaches the entries)
    r"|\b(diputusin|diputus|putus sama|putus dgn|putus dengan|ditinggal)\s+(pacar|cowok|cowo|cewek|cewe|doi|tunangan)\w*\b"
    r"|\b(pacar|cowok|cowo|cewek|cewe|doi)\w*\b.{0,80}\b(ga|gak|gk|nggak|tidak|tdk|tak)\s+(ada|punya)\s+waktu\s+(buat|untuk|utk|sama|ke)\s+(sy|saya|aku|gue|gw|ku)\b"
    # thirty-third session: "pacar sy ngambek terus krn sy sibuk lembur pas persiapan pemilu, gmn cara baikinnya?"
    r"|\b(pacar|cowok|cowo|cewek|cewe|doi|gebetan)\w*\b.{0,80}\b(ngambek|marah|cemberut|baper)\b.{0,80}\b(baikin|baikan|membujuk|bujuk|ngebujuk|rayu|ngerayu)\w*"
    # … being bullied at work; a penalty for coming late (the office's discipline, not the election's), unless an election
    # word is said with it
    r"|^(?![\s\S]*\b(kampanye|calon|caleg|paslon|capres|partai|pemilu|pilkada|pilpres|netral\w*|timses|politik)\b)[\s\S]*?"
    r"(\b(dibully|di-bully|dibuli|dirundung|perundungan|bullying)\b"
    r"|\b(hukuman|sanksi|hukdis)\b.{0,40}\b(telat|terlambat|absen finger|finger|bolos|mangkir|tidak masuk|ga masuk|gak masuk)\b"
    r"|\b(telat|terlambat|absen finger|bolos|mangkir)\b.{0,40}\b(hukuman|sanksi|hukdis)\b)"
    # another crime's penalty: "tersangka korupsi, ancaman hukumannya berapa tahun?"
    r"|\b(korupsi|tipikor|narkoba|pembunuhan|penipuan|pencurian)\b.{0,60}\bancaman\s+(hukuman|pidana|penjara)\w*\b.{0,20}\b(berapa|brp)\b",
    re.I)
# twenty-ninth session: pay compared between PNS and PPPK ("Tukin PPPK sama ga sih sama tukin PNS?"): an HR question
# (refused only when no election word is in it; leave for a family matter was tried too and cost two hidden items:
# "CLTN … ikut suami" is as often a candidate's spouse)
_PAY_COMPARED = prefiltered(
    r"\b(tukin|tpp|tunjangan kinerja|gaji|tunjangan)\b.{0,30}\b(pppk|p3k|pns|cpns)\b.{0,40}\b(sama|beda|bedanya|berapa|brp|persen)\b", re.I)
# other laws asked about with no civil servant in the question: "dihina di Facebook gara-gara beda
# pilihan capres, bisa lapor pakai UU ITE?"
_OTHER_LAW = prefiltered(r"\b(uu ite|undang-undang ite|pencemaran nama baik|ujaran kebencian|penghinaan|dihina)\b", re.I)
# "tulis puisi tentang pemilu damai": writing to order is not what the bot is for (orders for
# campaign material are refused before this, as taking a side)
_WRITING_ORDER = prefiltered(
    r"(^|[.!?]\s+)\W*((tolong|coba|min|bot|dong)\W+)*(tulis|tuliskan|tulisin|buat|buatkan|buatin|bikin|bikinin|karang|karangkan|susun|susunkan)\s+"
    r"(sebuah\s+|satu\s+)?(puisi|pantun|lagu|lirik|cerpen|cerita|dongeng|lelucon|lawakan|jokes?|artikel|esai|essay|kode|program|script|surat terbuka)\b"
    r"|^\W*((tolong|coba|min|bot|dong)\W+)*(translate|terjemahkan|terjemahin|terjemahno|terjemahke|alihbahasakan|rangkum|rangkumkan|ringkas|ringkaskan|resume)\b", re.I)
_CIVIL_SERVANT = prefiltered(r"\b(asn|pns|pppk|cpns|pegawai|netral|netralitas)\b", re.I)
_ELECTION_WORDS = prefiltered(
    r"\b(calon|caleg|capres|cawapres|paslon|cagub|cabup|partai|parpol|kampanye|pemilu|pilkada|pilpres|pileg|kpu|bawaslu|tps|"
    r"coblos|nyoblos|netral|netralitas|timses|deklarasi|ptdh|petahana|tim sukses|tim pemenangan|relawan (calon|capres|paslon)|"
    # "Paman sy nyaleg DPRD … sy pake printer kantor … pake jam lembur sendiri": running for office named as a verb
    r"nyaleg|nyalon|nyapres|nyagub|nyabup|menyalon|mencalonkan diri|"
    # the sanctions themselves: "hukuman disiplin sedang itu masih penundaan kenaikan gaji?"
    r"hukuman disiplin|hukdis|disiplin (ringan|sedang|berat))\b",
    re.I,
)
_ELECTION_FACT = prefiltered(  # election facts that belong to KPU, not to neutrality
    # the counting pipeline
    r"\b(proses|alur|tahapan|mekanisme)\s+(rekapitulasi|penghitungan|perhitungan)\b|"
    r"\b(hasil|hsl)\s+(quick count|real count|hitung cepat|hitung(an)?|rekap(itulasi)?|perolehan|pemilu|pilpres|pileg|pilkada|suara|sementara|akhir)\b"
    r"|\b(quick count|quickcount|real count|realcount|hitung cepat|exit poll)\b"
    r"|\b(tps|bilik suara|pemungutan suara|pencoblosan)\b.{0,20}\b(buka|dibuka|tutup|ditutup|mulai)\s*(jam|pukul|kapan)"
    # thirtieth session: "Jam brp sih TPS buka?", "umur brp sih boleh nyoblos?", "ulang tahun ke-17 … udah bisa nyoblos?"
    r"|\b(jam|pukul)\s+(berapa|brp|brapa)\s+(sih\s+|ya\s+)?(tps|pencoblosan|coblosan)\s+(buka|dibuka|tutup|ditutup|mulai)\b"
    r"|\b(umur|usia)\s+(berapa|brp|brapa)\s+(sih\s+|ya\s+)?(boleh|bisa|udah bisa|sudah bisa)\s+(nyoblos|mencoblos|memilih|milih|ikut pemilu)\b"
    r"|\b(ulang tahun|ultah|umur|usia)\s+(ke-?\s*)?1[0-9]\b.{0,60}\b(udah|sudah|udh|sdh)?\s*(bisa|boleh|dapat)\s+(nyoblos|mencoblos|memilih|milih)\b"
    r"|\b(jam|pukul)\s+(berapa|brp)\b.{0,30}\b(tps|pencoblosan|nyoblos|mencoblos|coblos|pemungutan)\b"
    r"|\b(kapan|tanggal berapa|tgl berapa|kpn)\b.{0,25}\b(pengumuman hasil|penghitungan suara|rekapitulasi|pelantikan presiden|pemilu berikutnya|pilkada berikutnya|pemilu selanjutnya|pilkada selanjutnya|pemungutan suara ulang|psu)\b"
    r"|\b(siapa|sp)\s+(yang|yg)?\s*(menang|unggul|terpilih|jadi presiden|jadi gubernur|jadi bupati|jadi walikota)\b"
    r"|\b(berapa|brp)\s+(persen|suara|kursi)\b.{0,30}\b(capres|paslon|partai|caleg|cagub|cabup|didapat|diperoleh|perolehan)\b"
    r"|\b(cek|ngecek|mengecek|periksa|memeriksa)\b.{0,30}\b(dpt|terdaftar sebagai pemilih|terdaftar di dpt|data pemilih|tps saya|tps mana|tps aku|tps ku|tpsku|lokasi tps)\b"
    # "cara blokir nomor yg terus2an kirim broadcast kampanye gmn?": how a phone or an app works
    r"|\bcara\s+(nge)?(blokir|block|blok|mute|bisukan|membisukan|memblokir|report)\s+(nomor|nomer|no|kontak|akun|grup)\b"
    r"|\b(pindah memilih|pindah tps|formulir a5|form a5|surat pindah memilih|daftar pemilih tambahan|dptb)\b"
    r"|\b(honor|honorarium|gaji|upah|insentif|bayaran)\s+(kpps|pps|ppk|pantarlih|saksi|panwas|pengawas tps|petugas)\b"
    r"|\b(kapan|tanggal berapa|tgl berapa|kpn|tahun berapa)\b.{0,15}\b(pemilu|pilkada|pilpres|pileg)\b.{0,20}\b(berikutnya|selanjutnya|mendatang|digelar|diadakan|dilaksanakan)\b"
    r"|\b(pemilu|pilkada|pilpres|pileg)\b.{0,25}\b(berikutnya|selanjutnya|mendatang)\b.{0,20}\b(kapan|tanggal berapa|tgl berapa|tahun berapa|kpn)\b"
    r"|\b(nomor urut|no urut)\s+(berapa|brp)\b|\bberapa\s+(nomor|no)\s+urut\b"
    r"|\bsiapa\s+(pemenang|yang memenangkan|yg memenangkan|ketua|presiden|gubernur|bupati|wali ?kota|menteri|kepala)\b(?!.{0,40}\b(boleh|dilarang|melanggar|netral|asn|pns|pppk)\b)"
    r"|\b(ambang batas|parliamentary threshold|presidential threshold|jumlah kursi\w*|kursi dpr|kursi dprd|koalisi (pemerintah|partai)|partai koalisi|oposisi)\b"
    r"|\b(kapan|tanggal berapa|tgl berapa)\b.{0,30}\b(pemungutan suara|pencoblosan|coblosan|pemilu \d{4}|pilkada \d{4}|pilpres \d{4})\b"
    # "pencoblosan pilkada serentak 2024 tgl brp ya?", "siapa aja paslon pilkada jateng & nomor urutnya?"
    r"|\b(pemungutan suara|pencoblosan|coblosan|pemilu|pilkada|pilpres|pileg)\b.{0,40}\b(tanggal|tgl)\s+(berapa|brp)\b"
    r"|\b(siapa|sapa)\s+(aja|saja)\s+(paslon|calon|capres|cawapres|caleg|cagub|cabup|kandidat|peserta)\b"
    r"|\b(umumkan|umumin|ngumumin|mengumumkan|pengumuman|penetapan)\s+hasil\b"
    r"|\belectoral college\b"
    # how elections work, not what an ASN may do: "apa itu sistem proporsional terbuka", "berapa biaya kampanye caleg"
    r"|\b(sistem\s+(pemilu|pemilihan)|proporsional\s+(terbuka|tertutup)|sistem\s+proporsional|sistem\s+distrik)\b"
    r"|\b(berapa|brp)\b.{0,20}\b(biaya|modal|dana|ongkos)\s+(kampanye|nyaleg|jadi caleg|pencalonan|politik)\b"
    r"|\b(biaya|modal|dana|ongkos)\s+(kampanye|nyaleg|politik)\b.{0,30}\b(rata-rata|rata2|berapa|brp)\b"
    r"|\bsiapa\s+(yang|yg)\s+(\w+\s+)?(menang|memenangkan|terpilih|jadi gubernur|jadi bupati|jadi presiden|jadi walikota)\b"
    r"|\b(honor|honorarium|gaji)\s+(anggota\s+)?(kpps|pps|ppk|pantarlih|panwas|saksi)\b"
    r"|\b(syarat|batas umur|cara daftar|cara mendaftar|pendaftaran)\b.{0,30}\b(kpps|pps|ppk|pantarlih|panwas|pengawas tps)\b"
    # "mau daftar KPPS. Syaratnya apa aja dan daftarnya di mana?"
    r"|\b(kpps|pps|ppk|pantarlih|panwas|pengawas tps)\b.{0,20}\b(syaratnya|syarat-syaratnya|persyaratannya)\s+(apa|apaan)\b"
    r"|\b(kapan|tanggal berapa|tgl berapa)\b.{0,30}\b(penetapan|pelantikan|pengumuman)\b"
    r"|\b(pilkada|pemilu|pilpres|pileg)\s+(serentak\s+)?(berikutnya|selanjutnya|mendatang)\b"
    r"|\b(wacana|ruu|rancangan undang|revisi uu|hak angket|interpelasi)\b|\bmk\b.{0,20}\b(ubah|putuskan|syarat)\b"
    r"|\b(beda(nya)?|perbedaan|fungsi|tugas|wewenang)\b.{0,30}\b(dpr|dpd|mpr)\b"
    r"|\b(visi misi|program kerja)\b.{0,40}\b(apa aja|apa saja|apa)\s*\??\s*$"
    r"|\b((syarat|persyaratan)\s+(untuk\s+)?(jadi|menjadi|pencalonan|mencalonkan|daftar|mendaftar)|usia minimal|umur minimal|batas usia|batas umur)\b"
    r".{0,15}\b(caleg|calon|capres|cawapres|cabup|cagub|kepala daerah|anggota dpr|anggota dprd|kades|nyalon|nyaleg|bupati|gubernur|wali ?kota)\b"
    r"|\b(cara|gimana|bagaimana|tips)\b.{0,15}\b(menang|memenangkan)\s+(pemilu|pilkada|pileg|pilpres|pemilihan)\b"
    r"|\b(usia|umur)\s+(minimal|berapa)\b.{0,20}\b(nyoblos|mencoblos|memilih|pemilih|punya hak pilih)\b"
    r"|\b(di ?bawah|belum)\s+(17|umur|cukup umur)\b.{0,30}\b(nyoblos|mencoblos|memilih|ikut pemilu)\b"
    r"|\b(cara|gimana|bagaimana)\b.{0,20}\b(menjadi|jadi|daftar|mendaftar)\s+(anggota|kader)\s+(partai|parpol)\b"
    # (a candidate's profile, not "foto profil FB, gimana?")
    r"|\b(program|programnya|janji|janjinya|visinya|misinya|(?<!foto )(?<!gambar )profil(nya)?|rekam jejak)\b.{0,30}\b(apa aja|apa saja|apa|gimana|bagaimana|seperti apa)\s*\??\s*$"
    r"|\b(cara|bagaimana|gimana|gmn)\b.{0,15}\b(menghitung|hitung|penghitungan|merekap|rekap)\s+suara\b"
    r"|\b(berapa lama|berapa hari|kapan mulai|kapan dimulai)\b.{0,20}\b(masa kampanye|masa tenang)\b"
    r"|\b(psu|pemungutan suara ulang)\b.{0,40}\b(kapan|dilaksanakan|jadwal)\b"
    r"|\b(perolehan suara|nomor urut partai|surat suara|anggaran pemilu|anggaran pilkada|sirekap|kotak kosong|putaran kedua|lhkpn|tinta pemilu|libur nasional)\b"
    r"|\bjumlah\s+(pemilih|tps|kursi|partai|caleg|dpt|suara)\b|\bberapa\s+(partai|kursi|tps|pemilih)\b"
    # "rekapitulasi suara tingkat kecamatan sama PPK itu tanggal brp?": the date asked last
    r"|\b(rekapitulasi|rekap|penghitungan suara|pengumuman hasil|pleno)\b.{0,50}\b(tanggal|tgl)\s+(berapa|brp)\b"
    # "naon bedana pileg jeung pilpres? surat suarana aya sabaraha?": how the elections differ, in any language
    r"|\b(bedana|bedanya|beda|bedane|perbedaan)\s+(antara\s+)?(pileg|pilpres|pilkada|pemilu)\s+(jeung|sama|dan|karo|lan|dengan|ama)\s+(pileg|pilpres|pilkada|pemilu)\b"
    r"|\bsurat\s*suara\w*\b.{0,20}\b(sabaraha|pira|piro|berapa|brp)\b"
    r"|\b(masuk dapil|dapil berapa)\b|\bdaftar caleg\b.{0,20}\b(dapil|siapa)\b|\b(gaji|honor|honorarium)\s+(komisioner|anggota kpu|anggota bawaslu|kpu|bawaslu)\b"
    r"|\b(biografi|riwayat hidup)\b.{0,20}\b(calon|capres|caleg|cagub|cabup|gubernur|presiden)\b|\bsejarah\s+(pemilu|pilkada|partai)\b"
    # "Siapa aja anggota Bawaslu RI periode sekarang?": who sits on an election body (not who to report to)
    r"|\bsiapa\s+(aja\s+|saja\s+|sj\s+)?(anggota|komisioner|ketua|pimpinan)\s+(bawaslu|kpu|dkpp)\b(?!.{0,40}\b(asn|pns|pppk|lapor|melapor|aduan)\b)"
    r"|\bstruktur organisasi\s+(kpu|bawaslu)\b|\b(disiarkan|siaran|ditayangkan)\b.{0,30}\b(tv|televisi|stasiun)\b"
    r"|\b(pemilih|nama)\b.{0,30}\b(tidak ada|gak ada|ga ada|nggak ada|belum terdaftar)\b.{0,20}\b(dpt|daftar pemilih)\b"
    r"|\b(surat undangan|formulir c|c pemberitahuan|pakai ktp aja|pake ktp aja)\b|\b(suara|coblosan|mencoblos|nyoblos)\s+(yang\s+)?sah\b"
    r"|\bpemilih\s+(disabilitas|lansia|pemula)\b.{0,30}\b(dibantu|dampingi|didampingi|jumlah|berapa)\b"
    # twenty-fourth session: a candidate's number, who won, a disqualification, a dispute at the Constitutional Court, how
    # many candidates run, what a ballot box is for, a spoilt ballot, the recount's calendar, the age to run or to serve
    r"|\bnomor\s+urut\s+(paslon|calon|caleg|capres|cagub|cabup|cawalkot)\b[^.?!]{0,40}\b(berapa|brp|brapa)\b"
    r"|\b(yang|yg)\s+menang\s+(pilbup|pilkada|pilgub|pilwalkot|pilpres|pileg|pemilu|pilkades)\b"
    r"|\b(didiskualifikasi|diskualifikasi)\b"
    r"|\b(sengketa|gugat|gugatan|menggugat)\b[^.?!]{0,40}\b(mk|mahkamah konstitusi)\b[^.?!]{0,50}\b(kapan|berapa lama|brp lama|prosesnya|dibacain|dibacakan)\b"
    r"|\b(putusan|sidang)\s+(mk|mahkamah konstitusi)\b[^.?!]{0,50}\b(kapan|berapa lama|dibacain|dibacakan)\b"
    r"|\b(caleg|calon|paslon)\s+(\w+\s+){0,6}?(ada\s+)?(berapa|brp)\s+(orang|jumlahnya|banyak)\b"
    r"|\bkotak\s+suara\b[^.?!]{0,30}\b(warna|buat|untuk)\b"
    r"|\bsurat\s+suara\b[^.?!]{0,40}\b(rusak|salah coblos|minta ganti|diganti)\b"
    r"|\brekapitulasi\b[^.?!]{0,50}\b(mulai|kapan|berapa hari|brp hari)\b"
    r"|\b(umur|usia)\s+(minimal|maksimal|maks|min|minimum|maksimum)?\s*(jd|jadi|buat|untuk)\s+(kpps|pps|ppk|caleg|calon|capres|cagub|cabup|anggota kpps)\b"
    r"|\bsiapa\s+(aja\s+|saja\s+)?(bakal\s+)?(capres|cagub|cabup|calon|caleg|bacapres|bacaleg)\b[^.?!]{0,30}\b(daftar|mendaftar|terdaftar)\b"
    # (not a time told: "sblm ada tahapan pemilu sy foto sama temen", "selama tahapan pemilu … perlu dihentikan?")
    r"|(?<!sebelum ada )(?<!sblm ada )(?<!sebelum )(?<!sblm )(?<!belum ada )(?<!selama )(?<!saat )(?<!pas )(?<!waktu )(?<!masa )\b(jadwal|tahapan)\s+(lengkap\s+)?(pilkada|pemilu|pilpres|pileg)\b(?!.{0,60}\b(asn|pns|pppk|boleh)\b)",
    re.I | re.S,
)
# --- requests that come in shapes the patterns above miss (tuned on tests/eval/guard_dev.yaml) --------
_NOT_ABOUT_CONDUCT = prefiltered(  # facts and procedures no ASN act turns into a neutrality question
    r"\b(pindah memilih|form(ulir)?\s+a5|dptb)\b"
    # "pemilu bisa diundur ga kalo ada bencana di daerah?": the election's own calendar
    r"|\b(pemilu|pilkada|pilpres|pileg|pencoblosan|pemungutan suara)\b.{0,25}\b(diundur|ditunda|dimundurkan|dimajukan|diundurkan)\b"
    # twentieth session: an official's pay asked after the office ("jadi anggota DPRD. Gajinya berapa sih?"), the votes
    # a candidate needs, a young voter's age
    r"|\b(dpr|dprd|dpd|dewan|bupati|gubernur|wali ?kota|presiden|menteri)\b.{0,40}\b(gaji|gajinya|gajine|tunjangannya)\s+(\w+\s+)?(berapa|brp)\b"
    r"|\b(butuh|perlu|harus dapet|harus dapat|minimal)\s+(berapa|brp)\s+(banyak\s+)?suara\b"
    r"|\b(umur|usia)\s+1[0-9]\b.{0,60}\b(bisa|boleh|dapat|udah bisa|sudah bisa)\s+(nyoblos|mencoblos|memilih|milih)\b"
    r"|\bsurat suara\b.{0,30}\b(ukuran|ukurannya|warna|warnanya|bentuk|jumlah)\b"
    r"|\btinta\b.{0,40}\b(bahan|bahannya|ilang|hilang|luntur)\b"
    r"|\b(ktp|e-ktp)\s+(hilang|ilang|rusak)\b|\b(ngurus|urus|mengurus)\b.{0,30}\bdukcapil\b"
    r"|\b(penghitungan|hitung)\s+suara\b.{0,20}\b(mulai|jam|pukul)\b"
    r"|\b(bedane|bedanya|beda|perbedaan)\b.{0,20}\b(dpr|dpd|mpr|dprd)\b.{0,20}\b(dpr|dpd|mpr|dprd)\b"
    r"|\balamat\s+(kantor|sekretariat)\b.{0,25}\b(partai|dpw|dpd|dpc|kpu|bawaslu)\b"
    r"|\bsejarah\b.{0,25}\b(partai|pemilu|pilkada)\b"
    r"|\b(biografi|riwayat hidup|profil lengkap)\b.{0,30}\b(calon|capres|cawapres|caleg|cagub|cabup|cawalkot|paslon|gubernur|presiden)\b"
    r"|\b(syarat|persyaratan)\s+(jd|jadi|menjadi|calon|caleg|capres|cabup|cagub|kades|kepala desa)\b(?!.{0,40}\b(asn|pns|pppk|cpns)\b)"
    # "bapak sy bukan asn mau nyaleg DPR, syaratnya apa aja ya?", "mau nyaleg … syarat berkas ke kpu apa aja?"
    r"|\b(nyaleg|nyalon|mencalonkan diri|daftar caleg|jadi caleg|jd caleg)\b[^?]{0,60}\b(syarat|syaratnya|persyaratan|berkas|berkasnya|dokumen)\b"
    r"(?!.{0,40}\b(cuti|cltn|mundur|izin|ijin)\b)(?=[^.?!]{0,30}\b(apa|apaan|berapa|brp|gimana|gmn)\b)"
    r"|\banggaran\s+(kpu|bawaslu|pemilu|pilkada)\b"
    # prices and the economy around an election: "kenapa harga cabe naik menjelang pemilu?"
    r"|\bharga\s+(cabe|cabai|beras|bbm|bensin|minyak|telur|daging|sembako|bahan pokok|emas|saham)\b"
    r"|\b(kurs|inflasi|rupiah|ihsg)\b.{0,40}\b(pemilu|pilkada|pilpres)\b"
    r"|\b(beli|jual|grosir|grosiran|pesan|sablon)\b.{0,20}\b(kaos|atribut|bendera|stiker)\s+(partai|caleg|calon|kampanye)\b"
    # twenty-ninth session: what a candidate or a party needs ("syarat pendidikan minimal buat jadi caleg", "syarat
    # partai politik bisa ikut pemilu", "dokumen yg harus diserahin parpol ke KPU pas pendaftaran bacaleg", "cara
    # daftar jadi caleg lewat partai", "cara bikin akun SIPOL"), when no civil servant's own candidacy is asked
    r"|\b(syarat|persyaratan)\s+(\w+\s+){1,3}?(buat|untuk|utk)?\s*(jd|jadi|menjadi|daftar|mendaftar)\s+(\w+\s+)?(caleg|calon|capres|cabup|cagub|bacaleg)\b"
    r"(?!.{0,40}\b(asn|pns|pppk|cpns)\b)"
    r"|\b(syarat|persyaratan)\s+(bikin\s+|buat\s+|mendirikan\s+)?(partai|parpol)\s+(politik\s+)?(\w+\s+){0,2}?(bisa\s+|biar bisa\s+|untuk\s+|utk\s+)?(ikut|jadi peserta)\s+pemilu\b"
    r"|\b(dokumen|berkas)\b.{0,40}\b(parpol|partai)\b.{0,30}\bkpu\b.{0,30}\b(pendaftaran|daftar)\b"
    r"|\bcara\s+(daftar|mendaftar)\s+(jadi|jd|sebagai)\s+(caleg|calon)\b(?!.{0,40}\b(asn|pns|pppk|cpns)\b)"
    r"|\b(akun|bikin|buat|daftar)\s+(akun\s+)?sipol\b",
    re.I | re.S,
)
# a ballot's design: KPU's to explain, whatever ASN words the question carries ("surat suara")
# added in the sixth session, apart from the pattern above so that its prefilter stays selective
# another institution's own rules: "aturan internal Polri soal like", "kode etik perusahaan BUMN saya"
_INTERNAL_RULES = prefiltered(
    # "Netralitas TNI di pemilu itu diatur di UU apa?": the forces' own rules are theirs to say
    r"\bnetralitas\s+(tni|polri|polisi|tentara|prajurit|kepolisian)\b.{0,40}\b(diatur|aturan|uu|undang|pasal)\b|"
    r"\b(aturan|peraturan|ketentuan|kode etik|regulasi|sop)\s+(internal\s+)?(perusahaan|polri|tni|kepolisian|bumn|bumd|kantor swasta|"
    r"partai|yayasan|kampus swasta|organisasi)\b(\s+\w+){0,2}\s+(soal|tentang|terkait|untuk|buat|mengenai)\b",
    re.I)
_ELECTION_FACT_MORE = prefiltered(
    # twenty-third session: who nominated a candidate ("paslon nomor 3 itu diusung partai apa aja?"), a vote postponed
    # ("diundur kapan?")
    r"\bdiusung\s+(oleh\s+)?(partai|parpol)\s+(apa|mana)\b"
    # thirtieth session: "skrg ada pilkada ulang di daerah mana aja?": where a vote is held again
    r"|\b(pilkada|pemilu|psu|pemungutan suara|pencoblosan|coblosan)\s+ulang\s+(di\s+)?(daerah|kabupaten|kota|provinsi|wilayah)?\s*(mana|mn)\b"
    r"|\b(pencoblosan|pemungutan suara|pemilu|pilkada)\w*\s+(\w+\s+)?(diundur|ditunda|dilanjut)\w*\s+(kapan|kpn|sampai kapan|ke tanggal)\b|"
    # "kapan jadwal debat kedua calon walikota Palembang": the debates' calendar
    r"\b(kapan|kpn|tanggal berapa|tgl berapa|jam berapa|jam brp)\b.{0,15}\b(jadwal\s+)?debat\b(?!.{0,80}\b(boleh|blh|bole|melanggar|dilarang|aman|nonton|ikut)\b)|"
    # "kapan batas akhir pendaftaran caleg ke KPU?": the calendar of nominations
    r"\b(kapan|tanggal berapa|tgl berapa|kpn)\b.{0,20}\b(batas akhir|batas waktu|deadline|penutupan|pembukaan|dibuka|ditutup)\b.{0,20}\b(pendaftaran|daftar)\b|"
    r"\b(lolos|masuk)\s+(ke\s+)?(senayan|parlemen)\b|\bpartai\s+(\w+\s+){0,3}?((apa|mana)\s+)?(saja|aja)\s+(yang|yg)\s+lolos\b"
    # "siapa saja yang lolos jadi anggota DPRD dapil 2?": who won a seat is KPU's result
    r"|\bsiapa\s+((saja|aja|sj)\s+)?(yang|yg)\s+(lolos|terpilih|dapat kursi|dapet kursi|dpt kursi)\b"
    # "siapa pasangan yang menang pilpres 2024 dan berapa persen suaranya?": a result
    r"|\bsiapa\s+(\w+\s+)?(yang|yg)\s+(menang|memenangkan|unggul|jadi pemenang)\s+(di\s+)?(pilpres|pilkada|pileg|pemilu)\b"
    # "partai apa yang suaranya paling banyak di Jawa Tengah?": a result
    r"|\b(suara|suaranya|perolehan suara\w*|kursi\w*)\s+(paling\s+(banyak|tinggi|besar|sedikit)|terbanyak|tertinggi|terbesar)\b"
    r"|\b(pemilu|pilkada|pilpres)\s+(ditunda|diundur|dibatalkan)\b|\bperpanjang\w*\s+(masa\s+)?jabatan\s+(presiden|kepala daerah|bupati|gubernur)\b"
    r"|\bsirekap\w*"
    # "caleg yg dapil aku siapa aja sih? ada listnya ga": the candidate lists are KPU's
    r"|\b(caleg|calon|paslon)\b.{0,20}\bdapil\b.{0,25}\b(siapa|list\w*|daftar\w*)\b|\b(list|daftar)\s+(nama\s+)?(caleg|calon)\s+(di\s+)?dapil\b"
    # "lupa celup tinta, suara sy sah gk?": whether a ballot counts is the polling officers' to say
    r"|\b(suara|surat suara)\s+((saya|sy|aku|gw|gue)\s+)?(sah|tidak sah|gak sah|ga sah|batal)\b"
    # the candidates' own rules: "batas maksimal sumbangan dana kampanye dari perseorangan", "paslon boleh
    # daftarin berapa akun medsos resmi ke KPU?"
    r"|\b(batas|maksimal|maksimum|batasan)\s+(\w+\s+)?(sumbangan|dana)\s+(dana\s+)?kampanye\b"
    r"|\b(paslon|caleg|calon|partai|peserta pemilu)\b.{0,20}\b(daftar\w*)\s+berapa\s+akun\b"
    r"|\b(elektabilitas|hasil survei|survei terbaru)\b.{0,40}\b(berapa|siapa|terbaru|tertinggi|teratas|unggul|menang|paling)\b"
    r"|\b(harus|wajib|perlu)\s+(bawa ktp|bawa e-ktp|bawa undangan|bawa c6|bawa kartu pemilih|membawa ktp|membawa undangan)\b"
    r"|\b(kapan|kpn|tanggal berapa|berapa lama)\b.{0,20}\b(masa tenang|masa kampanye)\b"
    r"|\b(ketua umum|ketum|sekjen)\s+(partai|parpol)\b.{0,30}\bsiapa\b"
    r"|\b(mendirikan|membentuk)\s+partai\b|\b(cara|syarat)\s+(bikin|buat|membuat|mendirikan|dirikan)\s+partai\s+(politik\s+)?baru\b"
    r"|\b(kenapa|mengapa)\b.{0,30}\b(pilkada|pemilu|pilpres|pileg)\b.{0,30}\b(digelar|diadakan|dilaksanakan|dilakukan|jatuh)\b"
    r"|\bjadwal\s+(kampanye|debat|rapat umum)\s+(paslon|calon|capres|caleg|cagub|cabup|partai)\b"
    r"|\b(cek fakta|hoaks (atau|apa) (bukan|fakta)|hoax (atau|apa) (bukan|fakta))\b"
    r"|\b(apakah|bener|benar|betul)\b[^?]{0,60}\b(hoaks|hoax)\s*(ya|kah|gak|nggak|bukan)?\s*\?\s*$"
    r"|\btps\s+(saya|sy|aku|ku|gue|gw|kami|kita)?\s*(di mana|dimana|yang mana|nomor berapa)\b"
    r"|\b(di mana|dimana)\s+(lokasi\s+)?tps\s+(saya|sy|aku|ku|gue|gw|kami|kita)\b"
    r"|\b(kapan|tanggal berapa|tgl berapa|kpn)\b.{0,40}\b(diumumkan|diumumin)\b"
    r"|\bhasil\b.{0,30}\b(diumumkan|diumumin|keluar)\s+(kapan|tanggal berapa|tgl berapa|kpn)\b"
    r"|\b(dilantik|pelantikan(nya)?)\b.{0,25}\b(kapan|tanggal berapa|tgl berapa|tanggal brp|tgl brp|kpn|bulan apa|jam berapa|jam brp)\b"
    r"|\b(nyoblos|mencoblos|memilih|milih)\b.{0,20}\b(pake|pakai|pakek|dengan|dgn|bawa)\s+(suket|surat keterangan)\b"
    # seventh session (guard_dev3): voting papers, counting order, dates, registration checks, re-votes,
    # totals, voting from a hospital bed
    r"|\b(ktp|e-ktp|ktp-el)(\s+\w+){0,2}\s+(hilang|ilang|rusak|ketinggalan)\b"
    r"|\b(dihitung|penghitungan|hitung)\b.{0,30}\b(duluan|terlebih dahulu|pertama kali|urutan)\b"
    r"|\b(kapan|kpn|tanggal berapa|tgl berapa)\b.{0,30}\b(pencoblosan|pemungutan suara|pilkada serentak|pemilu serentak)\b"
    r"|\b(pencoblosan|pemungutan suara|pilkada serentak|pemilu serentak)\b.{0,40}\b(kapan|kpn|tanggal berapa|tgl berapa)\s*\?"
    r"|\b(cek|ngecek|mengecek|periksa)\b.{0,30}\b(nik|nama)\b(?!.{0,80}\b(partai|parpol|sipol)\b).{0,30}\b(dpt|pemilih|tps)\b"
    r"|\b(psu|pemungutan suara ulang)\b.{0,40}\b(karena apa|kenapa|mengapa|penyebab|sebab)\b"
    r"|\bberapa\s+(total\s+|jumlah\s+|banyak\s+)?(anggaran|biaya|pemilih|dpt|suara sah|tps|kursi)\b"
    r"|\b(dirawat|opname|rawat inap|di rumah sakit|di rs)\b.{0,40}\b(nyoblos|mencoblos|memilih|milih)\b"
    # "caleg DPRD dapil 3 kota saya siapa aja ya?": who is running is KPU's list
    r"|\b(caleg|calon|paslon|capres|cagub|cabup|kandidat)\w*\b[^?.!,]{0,40}\bsiapa\s+(aja|saja|sj|aj)\s*(ya|yah|sih|nih|min|kak|dong)?\W*$"
    r"|\bsiapa\s+(aja|saja|sj)\s+(caleg|calon|paslon|kandidat)\w*\b[^?.!]{0,30}\b(dapil|daerah|kota|kabupaten|provinsi)\b"
    # ninth session (guard_dev4): officials' pay, when the winner is declared, a candidate's record or
    # programme, help in the booth, papers to vote with, polling hours in Javanese, golput and the law,
    # an incumbent's leave, a postponed election, a dispute at the Constitutional Court
    r"|\btps\b.{0,40}\bjam\s+(pinten|piro|brp|berapa)\b|\b(dibikak|dibuka|ditutup)\s+jam\s+(pinten|piro|brp|berapa)\b"
    r"|\b(gaji|tunjangan|pendapatan|penghasilan)\b.{0,30}\b(anggota\s+)?(dpr|dprd|dpd|mpr|presiden|menteri|gubernur|bupati|wali ?kota|komisioner)\b"
    r"|\b(kapan|kpn)\b.{0,40}\b(netapin|menetapkan|tetapkan|ditetapkan|umumkan|mengumumkan|ngumumin)\b.{0,30}\b(pemenang|hasil|terpilih)\b"
    r"|\b(rekam jejak|track record|latar belakang)\s+(\w+\s+){0,2}(caleg|capres|cawapres|cagub|cabup|cawalkot|paslon|calon|kandidat|petahana)\w*"
    r"|\b(program|visi|misi|janji)\w*\s+(\w+\s+){0,3}(partai|paslon|capres|caleg|cagub|cabup|calon)\S*\b.{0,40}\b(apa aja|apa saja|ringkasan\w*|rangkum\w*|jelasin|jelaskan)\b"
    r"|\b(tunanetra|disabilitas|difabel|lansia|stroke|lumpuh)\b.{0,60}\b(didampingi|pendamping|dibantu|dibantuin|dampingi)\b"
    r"|\bgolput\b.{0,40}\b(dipidana|pidana|denda|didenda|dihukum|dipenjara|melanggar hukum)\b"
    r"|\b(bupati|gubernur|wali ?kota|walkot|petahana|kepala daerah|presiden|menteri|incumbent)\b.{0,50}\b(wajib|harus|perlu)\s+cuti\b"
    r"|\b(gugat\w*|sengketa)\b.{0,40}\b(mk|mahkamah konstitusi)\b.{0,60}\b(alur\w*|cara\w*|prosedur\w*|batas waktu\w*|berapa hari|syarat\w*)\b"
    r"|\b(alur|cara|prosedur)\w*\s+(\w+\s+){0,2}(gugat\w*|sengketa)\b.{0,30}\b(mk|mahkamah konstitusi)\b"
    r"|\b(caleg|calon|paslon|kandidat)\w*\b[^?.!]{0,60}\bsiapa\s+(aja|saja|sj)\b.{0,30}\b(partai|dapil)\b"
    # fifteenth session: "capres nomor 1 itu latar belakangnya apa?", "pemilu berikut thn brp?", "pilkada nanti dipilih
    # DPRD saja?", "partai apa yg menang pileg 2024 di kota sy?"
    r"|\b(caleg|capres|cawapres|cagub|cabup|cawalkot|paslon|calon|kandidat|petahana)\b.{0,50}\b(latar belakang|rekam jejak|track record)\w*"
    r"\s+(\w+\s+)?(apa|gimana|bagaimana|gmn|seperti apa|kyk apa|kayak apa)\b"
    r"|\b(pemilu|pilkada|pilpres|pileg)\s+(serentak\s+)?(berikut\w*|selanjutnya|mendatang)\s+(\w+\s+)?(tahun|thn|taun|kapan|kpn|tanggal|tgl)\b"
    r"|\b(pilkada|kepala daerah)\b.{0,30}\bdipilih\s+(oleh\s+|lewat\s+|sama\s+|sm\s+)?dprd\b"
    r"|\b(partai|caleg|paslon|capres|cagub|cabup|calon)\s+(apa|mana|siapa|nomor berapa|no berapa)\s+(yang|yg)\s+(menang|unggul|juara|kalah|terpilih)\b"
    # "nomor urut paslon pilgub jateng berapa aja?", "aturan iklan kampanye partai di TV berapa lama durasinya?"
    r"|\bnomor urut\b.{0,40}\b(berapa|brp)\s+(aja|saja)\b"
    # "masa jabatan Pj bupati maksimal brp lama?", "syarat dukungan KTP minimal buat calon jalur independen brp persen?"
    r"|\bmasa jabatan\w*\b.{0,40}\b(berapa|brp|maksimal|diperpanjang|perpanjang)\b"
    r"|\bsyarat\s+(dukungan|minimal)\b.{0,50}\b(jalur independen|perseorangan|independen|dpd)\b.{0,30}\b(berapa|brp|persen)\b"
    # twenty-eighth session: "nama sy ga muncul di cekdptonline, gmn caranya biar tetep bisa nyoblos?": a voter
    # registration problem is KPU's (the PPS and the KPU's voter-list desk)
    r"|\bnama\s+((saya|sy|aku|gw|gue|ku|kami)\s+)?(ga|gak|gk|tidak|tdk|nggak|ngga|belum|blm|blum)\s+(muncul|ada|terdaftar|tercantum|keluar|ketemu)\b"
    r".{0,30}\b(dpt|cekdptonline|cek dpt|daftar pemilih|data pemilih)\b"
    r"|\b(dpt|cekdptonline|cek dpt|daftar pemilih)\b.{0,30}\bnama\s+((saya|sy|aku|gw|gue|ku)\s+)?(ga|gak|gk|tidak|tdk|nggak|belum|blm)\s+(muncul|ada|terdaftar|tercantum)\b"
    # "jadwal pelantikan anggota DPRD kota manado kapan e": the inauguration calendar
    r"|\bjadwal\s+pelantikan\b|\bpelantikan\s+(anggota\s+)?(dprd|dpr|dpd|bupati|gubernur|wali ?kota|presiden|kepala daerah)\b.{0,40}\b(kapan|kpn|tanggal berapa|tgl berapa|bulan apa)\b"
    r"|\b(iklan|durasi)\s+(\w+\s+){0,2}(kampanye|partai|paslon|calon)\b.{0,40}\b(berapa|brp|durasi\w*)\b"
    # twenty-ninth session: what a party needs to nominate ("syarat partai bisa ngusung calon bupati brp persen kursi?"),
    # how long a court takes over a disputed result ("sengketa pilkada di MK diputus brp hari?")
    r"|\b(syarat|persyaratan|ambang)\b.{0,20}\b(partai|parpol|gabungan partai)\b.{0,20}\b(ngusung|mengusung|usung|mencalonkan|ajukan|mengajukan)\b"
    r"|\b(berapa|brp)\s+persen\s+(kursi|suara)\b"
    r"|\bsengketa\s+(hasil\s+)?(pemilu|pilkada|pilpres|pileg)\b.{0,40}\b(berapa|brp|kapan|kpn|lama)\b"
    # a village head election's calendar and a village head's own candidacy ("kampanye pilkades di desa sy mulainya
    # kapan?", "kades udh 3 periode, blh nyalon lg?", "kades mau nyalon lagi di pilkades, harus cuti atau mundur?")
    r"|\bpilkades\b.{0,40}\b(kapan|kpn|jadwal|tanggal|tgl|mulai\w*)\b|\b(kapan|kpn|jadwal)\b.{0,30}\bpilkades\b"
    r"|\b(kades|kepala desa)\b.{0,40}\b(\d\s*periode|nyalon (lagi|lg)|mencalonkan (diri\s+)?lagi|maju (lagi|lg))\b"
    r"|\b(kades|kepala desa)\b.{0,30}\b(nyalon|mencalonkan|maju)\w*\b.{0,30}\bpilkades\b.{0,40}\b(cuti|mundur)\b"
    # the election bodies' recruitment, a voter's papers and ballot, an objection to a count, a sitting head's campaign
    # leave, a candidate's minimum age ("KPU buka rekrutmen PPK kapan?", "lowongan linmas TPS?", "undangan C6 sy blm
    # nyampe", "surat suara yg sy terima rusak", "ngajuin keberatan ke KPU", "cuti kampanye buat bupati petahana brp
    # hari?", "syarat umur calon gubernur")
    r"|\b(buka\s+)?(rekrutmen|lowongan|pendaftaran|seleksi)\s+(jadi\s+|anggota\s+)?(kpps|pps|ppk|pantarlih|panwas\w*|linmas)\b"
    r"|\b(c6|c-6|undangan\s+(nyoblos|mencoblos|memilih|milih|pemilih|coblos))\b.{0,40}\b(blm|belum|ga|gak|tidak|tdk)\s+(nyampe|sampai|sampe|dapat|dapet|datang|dateng|dikirim)\b"
    r"|\bsurat\s+suara\b.{0,40}\b(rusak|sobek|robek|cacat)\b"
    r"|\b(ngajuin|mengajukan|ajukan|ajuin)\s+(keberatan|sanggahan)\b.{0,30}\b(kpu|kpps|pps|ppk|hasil|rekap)\w*\b|\bsalinan\s+c\b"
    r"|\bcuti\s+kampanye\b.{0,30}\b(bupati|gubernur|wali ?kota|petahana|kepala daerah|presiden|menteri|dprd|dewan)\b"
    r"|\b(syarat|batas)\s+(umur|usia)\s+(minimal\s+)?(calon|capres|cawapres|cagub|cabup|caleg|cawalkot)\b"
    # "rekap suara KPU provinsi udh keluar blm?": whether a count's result is out
    r"|\brekap\w*\s+(suara|hasil)\b.{0,30}\b(keluar|kluar|udah|udh|sudah|sdh|kapan|kpn|blm|belum)\b"
    # sixteenth session: "daftar DPT LN nya lewat mana?", "calon DPD butuh berapa dukungan KTP?", "satu dapil kursinya
    # ada berapa?"
    r"|\b(daftar|mendaftar|terdaftar|cek)\w*\b.{0,20}\b(dpt\s*ln|dptln|pemilih luar negeri)\b"
    r"|\b(dpt\s*ln|dptln|pemilih luar negeri)\b.{0,30}\b(lewat mana|caranya|gimana|gmn|bagaimana|di ?mana)\b"
    r"|\b(butuh|perlu|minimal|syarat\w*)\s+(berapa|brp)\s+(banyak\s+)?(dukungan|ktp)\b"
    r"|\bkursi\w*\s+(ada\s+)?(berapa|brp)\b"
    # "gimana caranya pindah tempat milih?", "catatan kasus korupsi cabup nomor 2?"
    r"|\bpindah\s+(tempat|lokasi)\s+(milih|memilih|nyoblos|mencoblos|coblos)\b"
    r"|\b(tanggal|tgl|jadwal)\s+(coblosan|pencoblosan|nyoblos|pemungutan suara)\b.{0,30}\b(kapan|kpn|berapa|brp)\b"
    r"|\b(sistem|mekanisme)\s+noken\b"

    # "mantan napi korupsi boleh nyaleg?", "caleg meninggal sebelum hari H, suaranya gmn?", "caleg terpilih yg kena OTT
    # masih bisa dilantik?", "ngurus KTA partai buat syarat nyaleg brp lama?"
    r"|\b(mantan|eks|bekas)\s+(napi|narapidana|terpidana|koruptor)\b.{0,40}\b(nyaleg|nyalon|jadi caleg|mencalonkan|maju|daftar)\w*"
    r"|\b(caleg|calon|paslon|capres|cagub|cabup)\w*\s+(\w+\s+)?(meninggal|wafat|mundur|didiskualifikasi)\b.{0,60}\b(suara|surat suara|diganti|pengganti)\w*"
    r"|\b(caleg|calon|paslon|kepala daerah)\s+terpilih\b.{0,50}\b(dilantik|pelantikan)\b"
    r"|\b(kta|kartu anggota)\s+(partai\s+)?(\w+\s+){0,4}?(berapa lama|brp lama|biasanya|syarat\w*|biaya\w*)\b(?=.{0,60}\b(swasta|bukan asn|bukan pns)\b)"
    r"|\b(catatan|kasus|riwayat)\s+(kasus\s+)?(korupsi|kriminal|pidana|hukum)\w*\s+(\w+\s+)?(caleg|capres|cawapres|cagub|cabup|cawalkot|paslon|calon|kandidat|petahana)\b",
    re.I | re.S,
)
# the conduct of candidates, parties or voters, not of a civil servant: "caleg boleh ga sih bagi2 kaos ke warga pas
# kampanye?", "warga biasa yg nerima amplop serangan fajar kena pidana gk?" (see guard.screen for the conditions)
_OTHERS_CONDUCT = prefiltered(
    r"^\W*(caleg|calon|paslon|capres|cawapres|cagub|cabup|cawalkot|kandidat|partai|parpol|timses|tim kampanye|tim sukses|"
    # "Presiden boleh ga sih kampanyein anaknya yg nyalon?": a political office-holder's own conduct
    r"presiden|wapres|wakil presiden|menteri)\w*\b"
    r"[^?.!]{0,60}\b(boleh|blh|bolehkah|dilarang|melanggar)\b"
    r"|\b(warga|pemilih|masyarakat|rakyat|orang)\s+(biasa\s+)?((yang|yg)\s+)?(nerima|menerima|terima|ngambil|ambil|dapet|dapat)\b"
    r".{0,30}\b(amplop|serangan fajar|politik uang|money politic)", re.I)
# twenty-ninth session: whether someone outside the ASN rules commits a crime ("Warga biasa yg jual suaranya dipidana
# berapa tahun?", "tetangga aku (bukan ASN) nyebar hoaks … bisa dipidana UU ITE?", "… timses (bukan ASN) hukumannya apa
# di UU pilkada?"): the police's and the courts' to say, not a civil servant's conduct (a relative's is left to the
# entries on relatives)
_OUTSIDER_CRIME = prefiltered(
    r"\b(warga|tetangga|orang|org|temen|teman|kawan|timses|tim sukses|pemilih|masyarakat|rakyat)\w*\b[^.?!]{0,40}\b(biasa|bukan asn|bkn asn|bukan pns|bukan pegawai)\b"
    r".{0,160}\b(dipidana|pidana|dipidanain|pidanain|memidanakan|dipenjara|penjara|uu ite|hukuman\w*|denda\w*)\b"
    r"|\b(dipidana|pidana|dipidanain|pidanain|dipenjara|uu ite)\b.{0,80}\b(dia|mereka|tetangga\w*|warga)\s+(itu\s+)?(bukan|bkn)\s+(asn|pns)\b",
    re.I | re.S)
# twenty-eighth session: politics asked about rather than a civil servant's conduct: "kenapa partai X gabung koalisi
# padahal dulu oposisi", "kenapa MK bolehin …", "kenapa sih pemilu mahal bgt? menurutmu sistemnya perlu diganti?",
# "pilkada serentak … sejarahnya gimana" (refused only when no civil servant and no permission is asked)
_POLITICS_ASKED = prefiltered(
    r"^\W*(kenapa|mengapa|knp|knapa|napa|ngapain)\b(\s+(sih|si|ya|ko|kok))?\s+(\w+\s+){0,4}?"
    r"(partai|parpol|koalisi|oposisi|mk|mahkamah konstitusi|dpr|mpr|pemilu|pilkada|pilpres|pileg|demokrasi|capres|cawapres|presiden)(2|-\w+)?\b"
    r"|\b(menurutmu|menurut kamu|menurut km|menurut anda|menurut lo|menurut lu)\b.{0,40}\b(sistem|pemilu|pilkada|demokrasi|koalisi|oposisi|partai|mk)\b"
    r"|\b(sistem|pemilu|pilkada|demokrasi)\b.{0,40}\b(menurutmu|menurut kamu|menurut km|menurut anda)\b"
    r"|\b(sejarah|sejarahnya)\b.{0,30}\b(pemilu|pilkada|pilpres|partai|parpol)\b|\b(pemilu|pilkada|pilpres)\b.{0,60}\bsejarah(nya)?\b",
    re.I)
# a quarrel over a vote, and how to make up: "lg berantem sm suami soal pilihan capres, gmn cara baikan?"
_QUARREL = prefiltered(
    r"\b(berantem|bertengkar|ribut|marahan|cekcok|diem-?diem(an)?|diem2an|musuhan|galau)\b.{0,100}"
    r"\b(baikan|akur|damai|enaknya|solusinya|solusi|gimana ya|gmn ya|gmn cara|gimana cara|cara\w*\s+(biar|supaya|agar))\b"
    # twenty-ninth session: "gimana cara ngadepin mertua yg beda pilihan politik biar ga ribut, sy stres"
    r"|\b(ngadepin|menghadapi|hadapi|nyikapin|menyikapi|sikapi)\b.{0,40}\bbeda\s+(pilihan|pandangan|dukungan|dukung)\b",
    re.I | re.S)
# ("temen dilaporin ke Bawaslu … dia galau nunggu. Abis ini prosesnya gimana ya?": a case's course, not a quarrel)
_CASE_IN_PROGRESS = prefiltered(
    r"\b(dilapor\w*|dipanggil|diperiksa|klarifikasi|sanksi\w*|hukuman\w*|ditindak|disidang)\b", re.I)
# "calegnya bukan PNS": a civil servant named only to be ruled out
_NOT_A_CIVIL_SERVANT = prefiltered(r"\b(bukan|bkn|non)\s*-?\s*(pns|asn|pppk|pegawai negeri)\b", re.I)
_ASKER = prefiltered(r"\b(saya|sy|aku|gue|gw|kami|kita|sa|beta|ambo|awak|abdi|kulo|aye|ane|ulun|katong)\b", re.I)
# other elections: of a club's, a union's or a school's chair, not the Pemilu or Pilkada
_OTHER_ELECTION = prefiltered(
    r"\b(pemilihan|voting|e-voting|pilih|memilih)\s+ketua\s+(\w+\s+){0,2}?(korpri|koperasi|dharma wanita|osis|bem|rt|rw|kelas|"
    r"organisasi|alumni|himpunan|hima|senat|arisan|pkk|karang taruna|unit)\b"

    r"|\b(nyalon|calon|mencalonkan diri|maju)\s+(jadi\s+|sebagai\s+)?ketua\s+(osis|bem|kelas|senat|himpunan|hima)\b",
    re.I)
# a university's own elections ("pemilihan rektor", "calon dekan"), whoever campaigns in them, unless a
# general election is named too
_CAMPUS_ELECTION = prefiltered(r"\b(pemilihan|pilrek|pilihan|calon|kandidat|bakal calon)\s+(rektor|dekan|wakil rektor|warek|kaprodi)\b",
                              re.I)
_GENERAL_ELECTION = prefiltered(r"\b(pemilu|pilkada|pilpres|pileg|capres|cawapres|caleg|paslon|cagub|cabup|cawalkot|partai|parpol|"
                               r"kpu|bawaslu)\b", re.I)
# an advert or a pasted invitation link: nothing to answer
_ADVERT = prefiltered(
    r"\b(promo|jasa|diskon|murah meriah|order|pesan sekarang|hub|hubungi)\b.{0,100}"
    r"(\b0?8\d{2}[- ]?\d{3,4}[- ]?\d{3,5}\b|wa\.me/|chat\.whatsapp\.com/)",
    re.I | re.S)
# election facts even when an ASN act is named: the ballot (its design, when a vote on it
# counts), what election bodies do in the count, who may vote
_ELECTION_FACT_ANYWAY = prefiltered(
    # "ada yg tau TPS pindahan buat warga Sungai Pinang di mana?": where a polling station is (KPU's to say)
    # (not a comment told: "cuma komen di postingan akun resmi KPU nanya TPS 12 dmn")
    r"(?<!nanya )(?<!tanya )(?<!nanyain )\b(tps|lokasi tps)\b[^.?!]{0,50}\b(di\s*mana|dimana|dmn|lokasinya|alamatnya)\b(?!.*\b(asn|pns|pppk|boleh|blh|aman|share|bagikan)\b)|"
    r"\bsurat\s+suara\b.{0,40}\b(warna\w*|ukuran\w*|lebar\w*|desain)\b"
    # "TPS tgl 27 nanti buka jam berapa sampai jam berapa ya? mau atur piket kantor": a polling station's hours, for any purpose
    # (not beside a permission asked: "sy pns boleh ke TPS jam kerja? TPS buka jam berapa sih")
    r"|^(?![\s\S]*\b(boleh|blh|bolehkah|aman|melanggar|asn|pns|pppk)\b)[\s\S]*?\btps\b[^.?!]{0,30}\b(buka|tutup|dibuka|ditutup)\s+(jam|pukul|pkl)\s+(berapa|brp|brapa)\b"
    # twentieth session: a candidate's minimum age, the inauguration's date, who won a quick count (whoever asks)
    r"|\b(nyaleg|nyalon|caleg|calon|capres|cabup|cagub)\b.{0,40}\b(umur|usia)\s+minimal(nya)?\b"
    r"|\b(kapan|kpn|tanggal berapa|tgl berapa)\s+((sih|ya|yah|nih|tuh|tu|si)\s+)?(jadwal\s+)?(pelantikan|dilantik)\b"
    # thirty-third session: "pelantikan presiden terpilih tanggal berapa?", "ketua KPU RI sekarang siapa sih namanya?"
    r"|(\b(pelantikan|dilantiknya)\s+(\w+\s+){0,3}?(tanggal berapa|tgl berapa|kapan|kpn)\b"
    # "rekap suara C1 di TPS 05 desa sy berapa ya? paslon 1 dapet brp?": a count asked for
    r"|\b(rekap|rekapitulasi|hasil|perolehan)\s+(\w+\s+)?suara\b.{0,50}\b(berapa|brp|brapa)\b"
    r"|\b(paslon|calon|caleg|capres|cagub|cabup|nomor|no)\s*\d?\s+(dapet|dapat|dpt|meraih|memperoleh)\s+(suara\s+)?(berapa|brp|brapa)\b"
    r"|\b(ketua|komisioner|anggota)\s+(kpu|bawaslu|dkpp)\w*(\s+(ri|pusat|provinsi|prov|kabupaten|kab|kota))?\s+(\w+\s+){0,2}?(siapa|sapa|sp)\b)"
    r"(?![\s\S]*\b(boleh|blh|bolehkah|hadir|datang|dateng|ikut|asn|pns|pppk|melanggar)\b)"
    # twenty-eighth session: voting with a lost ID ("nyoblos pakai apa kalau KTP hilang?"), the next election's date asked
    # ("pilkada serentak berikutnya itu tahun berapa?"), unless neutrality is asked about with it
    r"|\b(nyoblos|mencoblos|coblos|milih|memilih)\b.{0,30}\b(ktp|e-ktp|ktp-el)\w*\s+(\w+\s+)?(hilang|ilang|rusak|ketinggalan)\b"
    r"(?!.*\b(melanggar|netral\w*|kampanye|sanksi|dilarang)\b)"
    # thirtieth session: a side's poll figures ("elektabilitas paslon 2 sekarang berapa persen?"), an elected member's pay
    # ("caleg terpilih nanti gajinya berapa sih?"), whoever asks, unless their own conduct is asked about with it
    r"|(\belektabilitas\b.{0,40}\b(berapa|brp|brapa)\b"
    r"|\b(caleg|calon|anggota dewan|anggota dprd|dprd|dpr|bupati|gubernur|wali ?kota|presiden)\s+(\w+\s+){0,2}?(gaji|tunjangan|penghasilan|honor)\w*\s+(\w+\s+)?(berapa|brp|brapa)\b"
    r"|\b(gaji|tunjangan|penghasilan)\w*\s+(anggota dewan|anggota dprd|dprd|dpr|caleg terpilih|bupati|gubernur|wali ?kota|presiden)\b.{0,20}\b(berapa|brp|brapa)\b)"
    r"(?!.*\b(boleh|blh|bole|melanggar|dilarang|sanksi|share|bagikan|posting|upload|sebar\w*)\b)"
    r"|\b(pemilu|pilkada|pilpres|pileg)\s+(serentak\s+)?(berikut\w*|selanjutnya|mendatang)\s+((itu|tuh|nya)\s+)?(tahun berapa|tanggal berapa|tgl berapa|kapan|kpn)\b"
    r"(?!.*\b(boleh|blh|melanggar|netral\w*|kampanye|sanksi|dilarang|mundur|nyaleg|nyalon|cltn|daftar)\b)"
    # thirty-third session: "tanggal pencoblosan pilkada nanti kantor libur ga? ada keppres nya?": whether voting day is a
    # holiday is the government's to say, unless leave to vote or conduct is asked about with it
    r"|^(?![\s\S]*\b(boleh|blh|bolehkah|izin|ijin|cuti|melanggar|dilarang|sanksi|netral\w*|kampanye|timses|tim sukses|posko|relawan|"
    r"caleg|calon|paslon|partai|bantu|dukung\w*)\b)[\s\S]*?"
    r"\b(pencoblosan|nyoblos|pemungutan suara|hari h|pemilu|pilkada|pilpres|pileg)\b[^?]{0,40}"
    r"(\b(libur|diliburkan)(\s+nasional)?\s+(ga|gak|gk|nggak|ngga|enggak|tidak|tdk|kah|atau|ato|apa)\b|\b(libur|diliburkan)(\s+nasional)?\s*\?"
    r"|\bkeppres\w*)"
    # twenty-eighth session: "tugas sejarah tentang pemilu pertama di Indonesia tahun 1955": history, whoever asks
    r"|\bpemilu\s+(pertama\s+)?(di\s+indonesia\s+)?(tahun\s+|thn\s+)?19[5-9]\d\b"
    r"|\b(quick count|quickcount|real count|hitung cepat)\b.{0,40}\bsiapa\s+(yang|yg)\s+(menang|unggul)\b"
    # twenty-ninth session: "berapa persen ASN di kabupaten sy yg milih paslon 3? kasih datanya": how civil servants voted
    r"|\b(berapa|brp)\s+(persen|banyak)\s+(asn|pns|pppk|pegawai)\b.{0,40}\b(milih|memilih|pilih|nyoblos|dukung|mendukung)\b"
    # a ballot spoilt by mistake: "sy salah coblos surat suara DPRD, bisa minta ganti?"
    r"|\b(salah|keliru)\s+(coblos|nyoblos|mencoblos|pilih)\b.{0,40}\b(ganti|diganti|gantiin|yang baru|yg baru)\b"
    r"|\bsurat\s+suara\b.{0,80}\b(sah|tidak sah|batal)\s*(nggak|gak|ga|tidak|ngga|kah|atau tidak|ato ga)?\s*\?"
    # who may vote: "anak saya 16 tahun bisa ikut nyoblos?"
    r"|\b(1[0-6])\s*(tahun|thn|th)\b.{0,40}\b(nyoblos|mencoblos|milih|memilih|punya hak pilih)\b"
    # what election bodies do in the count: KPU's business even when the asker is on duty
    r"|\b(tugas|wewenang|fungsi)\s+(kpps|pps|ppk|pantarlih|panwas|pengawas tps)\b.{0,30}\b(rekapitulasi|penghitungan|pemungutan|pemilu|pilkada)\b"
    # twenty-first session: the election bodies' own recruitment terms, a party's votes in a district
    r"|\bsyarat\s+(umur|usia|pendidikan|ijazah|batas usia)\b.{0,40}\b(kpps|pps|ppk|pantarlih|panwas\w*|pengawas tps|ptps|linmas)\b"
    r"|\b(partai|caleg|paslon|capres|calon)\b.{0,30}\b(dapet|dapat|dpt|meraih|raih|memperoleh|peroleh)\s+(berapa|brp)\s+(suara|kursi|persen)\b"
    # papers to vote with, a postponed election: facts whoever asks
    r"|\b(suket|surat keterangan|ktp|e-ktp)\b.{0,40}\b(dipakai|dipake|digunakan|dipergunakan)\s+(buat\s+|untuk\s+|utk\s+)?(nyoblos|mencoblos|memilih|milih)\b"
    r"|\b(pemilu|pilkada|pilpres|pileg)\s+(mau|akan|bakal|jadi)\s+(diundur|ditunda|dimajukan|diundurkan|dibatalkan)\b"
    # the ballot numbers, and whether polling day is a holiday: "nomor urut paslon … berapa aja?"
    r"|\bnomor urut\b.{0,60}\b(berapa|siapa)\s*(aja|saja)?\s*(ya|yah|sih|si|kak|min)?\s*\?"
    # the count's rules and who nominated whom: "berapa persen suara minimal biar calon dinyatakan menang?",
    # "partai apa aja yang ngusung bupati petahana?"
    r"|\b(berapa|brp)\s+persen\b.{0,50}\b(menang|dinyatakan menang|lolos|ambang batas|parliamentary threshold)\b"
    r"|\bpartai\s+(apa|mana)\s+(aja\s+|saja\s+)?(yang|yg)\s+(ngusung|mengusung|usung|ngusungin|mencalonkan)\b"
    # twenty-sixth session: a seat filled between elections, a candidate's diploma, the turnout (whoever asks)
    r"|\b(paw|pergantian antar ?waktu|penggantian antar ?waktu)\b.{0,40}\b(mekanisme\w*|gimana|gmn|bagaimana|siapa|diganti)\b"
    r"|\bkursi\w*\s+(\w+\s+)?diganti\s+(oleh\s+)?siapa\b"
    r"|\b(ijazah|paket c|paket b)\b.{0,40}\b(daftar|mendaftar|syarat|nyaleg|nyalon)\b"
    r"|\b(berapa|brp)\s+(persen\s+)?(partisipasi pemilih|tingkat partisipasi|angka partisipasi)\b"
    r"|\bsiapa\s+(yang\s+|yg\s+)?(pemenang|menang|juara)\s+(pilkada|pemilu|pilpres|pileg|pilgub|pilbup|pilwalkot)\b"
    r"(?!.*\b(asn|pns|pppk|boleh|blh|aman|tebak\w*)\b)"
    # twenty-third session: the seat formula ("cara hitung metode Sainte-Lague"), whoever asks
    r"|\b(sainte-?lague|kuota hare|hare quota|metode d'?hondt|bilangan pembagi pemilih)\b"
    # twenty-third session: when a stage of the calendar starts, asked with no conduct after it
    r"|\bkapan\s+(\w+\s+){0,2}?(masa kampanye|masa tenang|tahapan)\b.{0,40}\b(dimulai|mulai|berakhir|selesai|dibuka)\b"
    r"(?!.{0,80}\b(boleh|blh|bole|dilarang|melanggar|aman|kena|posting\w*|like|share|ikut|hapus|netral\w*|masih|asn|pns|pppk)\b)"
    # twenty-third session: which parties passed KPU's verification ("partai lokal Aceh apa saja yang lolos ikut pemilu?")
    r"|\bpartai\s+(\w+\s+){0,3}?(apa|mana)\s+(aja\s+|saja\s+|sj\s+)?(yang|yg)\s+lolos\s+(ikut|jadi peserta|verifikasi)\b(?!.{0,60}\b(boleh|blh|share|bagikan|sebar\w*|posting)\b)"
    r"|\b(hari pencoblosan|hari coblosan|pemungutan suara|pilkada|pemilu)\b.{0,40}\b(libur nasional|cuti bersama)\b(.{0,20}\b(atau|apa)\b|\s*(ga|gak|nggak|tidak|kah)\s*\?)"
    # when the vote is: "kapan tanggal coblos pilkada di kabupaten Sikka?", "tgl coblosan … kapan ya? kantor libur
    # gk?" (the guard lets a date through when the message also asks whether something is allowed)
    r"|\b(kapan|kpn|tanggal berapa|tgl berapa|tgl brp)\b.{0,30}\b(coblos|nyoblos|coblosan|pencoblosan|pemungutan suara)\b"
    r".{0,40}\b(pemilu|pilkada|pilpres|pileg|pilgub|pilbup|pilwalkot)\b(?!.{0,80}\b(boleh|blh|bole|melanggar|dilarang|aman|izin|ijin|kpps|saksi|petugas)\b)"
    r"|\b(tanggal|tgl)\s+(coblosan|pencoblosan|nyoblos|coblos)\s+(\w+\s+){0,5}(kapan|kpn)\b(?!.{0,80}\b(boleh|blh|bole|melanggar|dilarang|aman|izin|ijin|kpps|saksi|petugas)\b)"
    # where the asker votes: "KTP saya masih alamat kabupaten lama … ikut memilih bupati yang mana?"
    r"|\b(ktp|domisili|alamat)\b.{0,80}\b(ikut\s+)?(memilih|milih|nyoblos|mencoblos)\s+(\w+\s+){0,2}(yang mana|yg mana|di mana|dimana|dmn)\b",
    re.I | re.S)
# how to move one's vote, what polling staff are paid, where one's polling station is: KPU's business
# whoever asks ("cara urus pindah memilih klo sy lg tugas luar kota", "honor KPPS berapa? temen sy PNS"),
# unless the message asks whether something is allowed ("ngurus form A5 pindah memilih, asn boleh gk")
_KPU_PROCEDURE = prefiltered(
    r"(?<!nanya )(?<!tanya )(?<!nanyain )(?<!menanyakan )\b(cara|caranya|gimana|gmn|bagaimana|prosedur|urus|ngurus|mengurus)\b"
    r".{0,30}\b(pindah memilih|pindah tps|form(ulir)? a5)\b"
    r"|\b(pindah memilih|pindah tps)\b.{0,60}\b(caranya|gimana caranya|urus form|form apa|formulir apa|syaratnya)\b"
    r"|\bsyarat\w*\s+(untuk\s+|buat\s+)?(pindah memilih|pindah tps)\b"
    r"|\b(honor|honorarium|insentif)\s+(anggota\s+)?(kpps|pps|ppk|pantarlih|panwas|pengawas tps|petugas tps)\b.{0,30}\b(berapa|brp)\b"
    r"|\btps\s+(saya|sy|aku|ku|kami|gue|gw)\b.{0,30}\b(pindah|di ?mana|dmn|lokasinya)\b"
    # "cara daftar jadi pemantau pemilu yg terakreditasi": an accreditation the election body runs
    r"|\b(cara|caranya|gimana|gmn|bagaimana|prosedur|syarat\w*)\b.{0,20}\b(daftar|mendaftar|jadi|menjadi)\b.{0,15}\bpemantau\b"
    r"|\bakreditasi\s+(\w+\s+)?pemantau\b"
    # "syarat dokumen pendaftaran caleg DPRD ke KPU apa aja": the nomination file KPU checks
    r"|\bsyarat\w*\s+(dokumen\s+|berkas\s+|administrasi\s+)?(pendaftaran|daftar|mendaftar)\s+(bakal\s+)?(caleg|calon|capres|cagub|cabup|paslon)\b.{0,40}\bke\s+kpu\b"
    # "gimana cara jadi anggota Bawaslu kabupaten? syarat dan jadwal seleksinya": the election bodies' own recruitment
    r"|\b(cara|caranya|syarat\w*|jadwal)\b.{0,25}\b(jadi|menjadi|daftar|mendaftar|seleksi)\s+(anggota\s+|komisioner\s+)?(kpu|kpud|bawaslu|panwas\w*)\b",
    re.I | re.S)


# the weather, on polling day or any day: "besok pas nyoblos cuaca di semarang hujan gak?"
_WEATHER = prefiltered(r"\b(cuaca|prakiraan cuaca|ramalan cuaca|bmkg)\b", re.I)
