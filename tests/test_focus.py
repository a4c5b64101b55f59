"""The asked part of a question (knowledge/focus.py) and what it changes in answers."""

from netralbot.knowledge.focus import focus


def test_a_known_prohibition_before_the_real_question_is_dropped():
    q = "aku ngerti komen di akun paslon itu dilarang. kalau komen di akun resmi KPU soal lokasi TPS gimana?"
    assert focus(q) == "kalau komen di akun resmi KPU soal lokasi TPS gimana?"


def test_the_contrasted_act_after_beda_sama_is_dropped():
    q = "nonton siaran debat di rumah boleh kan? beda kan sama datang ke rapat umum calon"
    assert focus(q) == "nonton siaran debat di rumah boleh kan?"


def test_a_question_about_the_difference_itself_is_kept():
    q = "sanksinya beda dengan PPPK gak kalau PNS ikut kampanye?"
    assert focus(q) == q


def test_a_concession_without_a_turn_to_a_new_case_is_kept():
    # the asked act is in the first sentence; the second only adds a circumstance
    q = "rapat koordinasi dengan bupati itu biasa. nah bupatinya sekarang mencalonkan diri lagi."
    assert focus(q) == q


def test_plain_questions_are_unchanged():
    for q in ("Saya PNS, boleh like postingan caleg?", "boleh?", "tapi kalau", ""):
        assert focus(q) == q


def test_the_contrast_no_longer_drags_the_answer_to_the_prohibition(kb):
    a = kb.ask("aku ngerti like postingan caleg itu dilarang. kalau follow akun resmi Bawaslu buat pantau info, boleh?")
    assert a.verdict != "dilarang", a
    b = kb.ask("follow akun resmi KPU buat info jadwal boleh kan? beda kan sama follow akun tim pemenangan")
    assert b.verdict != "dilarang", b


def test_doing_it_yourself_is_not_answered_by_what_to_do_when_others_did(kb):
    """A hati-hati entry about material someone else left in a service room does not
    answer whether the asker may put up a candidate's poster there."""
    a = kb.ask("sy pns di kelurahan, blh gk sy pasang poster caleg di ruang pelayanan?")
    assert a.verdict == "dilarang", a
    b = kb.ask("ada warga yang naruh kalender caleg di meja pelayanan saya, saya harus gimana?")
    assert b.verdict != "boleh", b


def test_the_asker_putting_up_a_poster_is_not_the_shop_that_has_one(kb):
    a = kb.ask("aku PNS, boleh tempel stiker paslon di warung kopiku sendiri?")
    assert a.verdict == "dilarang", a
    b = kb.ask("cuma jajan di warung yang dipasangi stiker paslon sama pemiliknya, pns gapapa?")
    assert b.verdict != "dilarang", b


def test_a_verdict_the_asker_was_told_is_a_contrast_too():
    assert focus("Ngajak warga datang nyoblos ke TPS katanya boleh. Tapi kalau sekalian saya bilang "
                 "'pilih nomor 3 ya' udah pelanggaran?") == "Tapi kalau sekalian saya bilang 'pilih nomor 3 ya' udah pelanggaran?"
    assert focus("Jadi KPPS boleh buat ASN. Kalau jadi saksi paslon di TPS, sama boleh juga?") == (
        "Kalau jadi saksi paslon di TPS, sama boleh juga?")


def test_an_offer_already_turned_down_is_not_the_question():
    text = ("Timses cawalkot nawarin 3 juta buat pin postingan kampanye di grup FB saya, langsung saya tolak. "
            "Nah, kalau saya pin pengumuman resmi KPU soal jadwal pencoblosan, boleh?")
    assert "3 juta" not in focus(text) and "pengumuman resmi KPU" in focus(text)
    assert focus("Timses nawarin 3 juta, saya tolak.") == "Timses nawarin 3 juta, saya tolak."


def test_a_refusal_that_is_the_situation_asked_about_stays():
    text = "Kadis mewajibkan staf datang ke kampanye. Saya menolak dan tidak datang. Apakah saya salah?"
    assert "menolak" in focus(text)


def test_a_contrast_whose_second_half_is_asked_is_kept(kb):
    q = ("share video debat resmi KPU full tanpa komentar beda kan sama share potongan jawaban petahana "
         "pake caption \"mantap pak, lanjutkan\"? yg kedua itu gmn")
    assert focus(q) == q
    assert str(kb.ask(q).verdict) == "dilarang"


def test_a_contrast_pointed_at_by_a_word_only_it_has_is_the_case_asked():
    q = ("Sy guru PNS, adik sy caleg. Ngobrol santai di meja makan sama ortu soal peluang adik itu beda kan sama sy kasih "
         "kultum di pengajian RT terus minta jamaah pilih adik. Yg kultum itu gimana hukumnya?")
    assert focus(q) == "sy kasih kultum di pengajian RT terus minta jamaah pilih adik. Yg kultum itu gimana hukumnya?"
    # a pointer back to the first case leaves the contrast dropped
    back = ("Rumah ortu dipake adik yg caleg buat posko pemenangan, aku ga ikut apa2. Beda kan sama kalau rumahku sendiri "
            "yg dijadiin posko? Yg rumah ortu itu aku kena gak?")
    assert "rumahku sendiri" not in focus(back) and "Yg rumah ortu itu" in focus(back)


def test_a_known_prohibition_said_in_eastern_malay_is_dropped():
    q = ("sa tau ASN tra boleh like postingan akun tim pemenangan. kalau sa like postingan akun KPU Kabupaten Jayapura soal "
         "simulasi cara coblos yang benar, aman to?")
    assert focus(q).startswith("kalau sa like postingan akun KPU")


def test_an_answer_format_asked_for_is_not_part_of_the_question():
    assert focus("boleh ga sih ASN ikut kampanye? jawab ya atau tidak aja") == "boleh ga sih ASN ikut kampanye?"
    assert focus("PNS like postingan caleg, boleh? jawab singkat aja") == "PNS like postingan caleg, boleh?"


def test_a_verdict_taken_for_granted_before_the_real_question():
    assert focus("jawab survei lewat telpon boleh lah ya. tapi kalo isi formulir relawan paslon?") == "tapi kalo isi formulir relawan paslon?"


def test_hearsay_told_after_the_question_is_not_asked():
    assert focus("sy jadi KPPS, udah ada izin tertulis. boleh kan? soalnya ada yg bilang jadi saksi paslon ga boleh") == (
        "sy jadi KPPS, udah ada izin tertulis. boleh kan?")


# --- twenty-fourth session --------------------------------------------------------------------------------------------

def test_asking_leave_to_speak_is_no_permit():
    assert focus("Izin narsum, kalau follow akun resmi Bawaslu aman kan?") == "kalau follow akun resmi Bawaslu aman kan?"
    assert focus("MOHON IZIN PAK, ASN BOLEH NONTON DEBAT DI TV?") == "ASN BOLEH NONTON DEBAT DI TV?"
    # a permit that is part of the situation stays
    assert focus("izin tertulis dari kadis udah ada, boleh jadi KPPS?") == "izin tertulis dari kadis udah ada, boleh jadi KPPS?"


def test_another_person_s_case_or_an_earlier_time_told_after_the_question_is_not_asked():
    assert focus("sy mau jadi PPS, udah ada surat izin. aman kan? temen sy yg jadi saksi paslon dipanggil BKD") == (
        "sy mau jadi PPS, udah ada surat izin. aman kan?")
    assert focus("Gubernur baru udah dilantik, boleh foto bareng di acara dinas? Dulu pas kampanye saya menghindar") == (
        "Gubernur baru udah dilantik, boleh foto bareng di acara dinas?")
    # a question in that sentence is still asked
    q = "boleh jadi KPPS? temen sy yg PPPK juga boleh?"
    assert focus(q) == q


def test_a_risk_the_asker_already_sees_before_the_real_question_is_dropped():
    assert focus("jadi saksi partai kayaknya rawan ya. kalo jadi anggota PPS dengan izin atasan boleh kan?") == (
        "kalo jadi anggota PPS dengan izin atasan boleh kan?")


def test_the_asker_s_own_marker_says_where_the_question_starts():
    text = ("Bu Rina baru follow IG KPU kabupaten. Pak Dedi malah udh follow akun resmi paslon bupati no 2. "
            "Yg sy tanya punya sy dulu ya: PNS follow akun KPU & Bawaslu itu aman kan?")
    assert focus(text) == "PNS follow akun KPU & Bawaslu itu aman kan?"
    assert focus("Suami saya caleg. Pertanyaan saya: boleh saya hadir di acara keluarga?") == "boleh saya hadir di acara keluarga?"
    # a marker with too little after it leaves the message whole
    assert focus("Panjang ceritanya. Yg sy tanya: ini?") == "Panjang ceritanya. Yg sy tanya: ini?"


def test_what_the_asker_knows_is_wrong_told_after_the_question_is_set_aside():
    assert focus('kalo ditanya tetangga "pilih siapa bu?" aku jawab rahasia, itu udah bener kan? '
                 'yg salah kalo aku nyaranin calon') == 'kalo ditanya tetangga "pilih siapa bu?" aku jawab rahasia, itu udah bener kan?'


def test_who_the_asker_is_stays_when_the_marker_cuts_the_story():
    # the marker drops the story, but not the asker's own status told in it
    assert focus("Sy pensiunan guru, pensiun 2021. Ada caleg minta sy bantu. Yg mau sy tanya: sy boleh jadi "
                 "relawannya ga?") == "Sy pensiunan. sy boleh jadi relawannya ga?"
    # a status told again after the marker is not repeated
    assert focus("Sy PNS. Yg sy tanya: sy PPPK boleh jd saksi?") == "sy PPPK boleh jd saksi?"


def test_a_relative_s_status_stays_when_the_marker_cuts_the_story():
    # whether the relative is a civil servant decides the answer: it must not be cut away with the story
    assert focus("Sy PNS di dinas. Adik sy juga PNS di kecamatan, dia ditawarin jadi timses. Yang mau sy tanya: adik sy "
                 "sendiri melanggar ga kalau jadi timses?") == "Sy PNS. Adik sy juga PNS. adik sy sendiri melanggar ga kalau jadi timses?"
