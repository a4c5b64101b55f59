"""The situation frame: typed slots, negation scope, question types, and how an
entry's declared frame admits or excludes it."""

import pytest

from netralbot.knowledge.compose import effective_question
from netralbot.knowledge.frame import boleh_at_risk, extract, fit, question_type
from netralbot.knowledge.models import EntryFrame
from netralbot.knowledge.text import tagged_tokens
from netralbot.knowledge.voiced import quotes_said, voices_support


def negated(text):
    return {t for t, neg in tagged_tokens(text) if neg}


@pytest.mark.parametrize("text, neg", [
    ("foto bareng temen tanpa atribut", {"atribut"}),
    ("ikut acara PGRI, bukan partai", {"partai"}),
    ("foto sama caleg tapi ga diupload", {"posting"}),
    ("dia bukan ASN kok", {"asn"}),
    ("aku ga pernah jadi anggota partai", {"partai"}),  # past an auxiliary
])
def test_negation_reaches_the_words_after_it(text, neg):
    assert neg <= negated(text)


def test_not_a_civil_servant_negates_who_one_is_not_what_one_does():
    assert negated("istri sy bukan asn tempel stiker caleg di motornya sendiri") == {"asn"}


@pytest.mark.parametrize("text", [
    "boleh gk like postingan caleg?",  # a question tag, not a negation
    "gak boleh like postingan caleg ya?",  # negates the modal
    "ga masalah kan like postingan caleg?",
    "tidak sengaja like postingan caleg",  # one concept
    "ada aturannya ga soal like postingan caleg?",  # asks whether a rule exists
    "ga ada larangan kan PNS like postingan caleg?",  # the same, the other way round
    "ga bakal kena kan klo like postingan caleg?",  # a tag in the future
])
def test_question_tags_and_modals_negate_nothing(text):
    assert not ({"like", "calon", "posting"} & negated(text))


def test_a_question_word_ends_the_scope():
    assert "deklarasi" not in negated("sy pns blm cltn bole ikt deklarasi?")
    assert "cltn" in negated("sy pns blm cltn bole ikt deklarasi?")


def test_a_clause_break_ends_the_scope():
    assert "calon" not in negated("sy ga ikut kampanye, tapi like postingan caleg")


def test_slots_are_typed():
    f = extract("sy PPPK, follow akun IG KPU boleh?")
    assert "follow" in f.get("act")
    assert "penyelenggara" in f.get("target")
    assert "pppk" in f.get("actor")


def test_a_person_who_is_not_asn():
    assert "bukan-asn" in extract("suami saya bukan PNS, dia jadi timses").get("actor")
    assert extract("sy pensiunan guru, boleh jadi timses?").outside_asn == {"pensiunan"}
    # an ASN asking about a retired relative is still an ASN asking
    assert not extract("sy PNS, bapak sy pensiunan jadi timses").outside_asn


@pytest.mark.parametrize("text, qtype", [
    ("PNS yg udh ditetapin KPU jadi calon tapi ga nyerahin surat mundur, nasibnya gimana?", "sanction"),
    ("pppk jd tim sukses caleg dpr kna pidana g", "sanction"),
    ("pns ikut kampanye pake kaos partai sm pns yg ngerahin staf, mana yg hukumannya lbh berat", "sanction"),
    ("sanksii pns jd anggota parpol apa aj", "sanction"),
    ("bang, pegawai awak PPPK nge-like postingan caleg, macam mana prosesnya?", "authority"),
    ("fto bareng calon bupti trs dipost di fb, kna sanksi gk?", "permission"),  # whether the act is allowed
    ("gimana prosedurnya kalo PNS mau jadi anggota KPPS?", "what-to-do"),
    ("apa sanksinya kalau PNS like postingan capres?", "sanction"),
    ("sanksi asn share video kampanye capres apa ya", "sanction"),
    ("hukumannya seberat apa kalau ketahuan jadi timses?", "sanction"),
    ("itu pelanggaran kode etik atau disiplin?", "sanction"),
    ("udah terlanjur like postingan caleg, harus gimana?", "what-to-do"),
    ("lapor ke mana kalau atasan maksa dukung paslon?", "what-to-do"),
    ("kapan harus mundur kalau mau nyaleg?", "what-to-do"),
    ("klo pns ny jd caleg hrs resign kpn", "what-to-do"),
    ("jd pengurus partai tp blm ketauan, sanksi ny ap", "sanction"),
    ("netral itu artinya ASN gak usah milih kan?", "definition"),
    ("itu artinya saya boleh like?", "permission"),
    ("siapa yang berwenang menjatuhkan hukuman disiplin?", "authority"),
    ("apa yang dimaksud bakal calon?", "definition"),
    ("boleh like postingan caleg?", "permission"),
    ("klo like postingan caleg temen boleh gk?", "permission"),
    ("MIN SANKSI BUAT ASN YANG IKUT KAMPANYE PAKE SERAGAM PNS APA YA", "sanction"),
    ("sanksi bagi pppk yang jadi timses apa?", "sanction"),
    ("tolong info sanksi ASN yg pakai mobil dinas buat antar timses", "sanction"),
    ("PNS yang jadi jurkam, hukumannya level apa?", "sanction"),
    ("kalau cagubnya yang ngerahin ASN, cagubnya kena sanksi gak?", "sanction"),
    ("honorer yg posting dukungan, sanksinya ngikut aturan PNS juga?", "sanction"),
    ("ngelike postingan caleg nomor 4 kena sanksi ga?", "permission"),  # the asker's own act
    ("asn mau nyalon bupati, batas waktu mengundurkan dirinya kapan?", "what-to-do"),
    ("wis kadung nge-like postingan caleg, aku kudu piye?", "what-to-do"),
    ("diajak jadi moderator debat partai, sebaiknya konsultasi ke siapa dulu?", "what-to-do"),
    # thirtieth session
    ("kalau tidak disengaja, misal kepencet like postingan calon, tetap diproses?", "sanction"),
    ("sekali like postingan calon, sanksinya bisa cuma teguran lisan kan?", "sanction"),
    ("adik sy honorer posting dukungan caleg. sanksi buat honorer apa aja sih?", "sanction"),
    ("sy dilaporin krn dikira dukung calon padahal ga, sy bisa klarifikasi ke mana?", "what-to-do"),
    ("atasan sy tau sy sempet posting dukungan ke caleg tp dia diem aja. dia bisa ikut kena ga?", "sanction"),
    # thirty-first session: who punishes, with whom told between
    ("yg ngasih sanksi ke kades yg ikut kampanye itu siapa? bkn kan?", "authority"),
    ("sy kabid, boleh ngasih sanksi ke staf yg ikut kampanye?", "permission"),
    ("Paslon yang ngajak ASN ikut kampanye pilkada, paslonnya kena sanksi juga?", "sanction"),  # the asker's own act, no "who"
])
def test_question_types(text, qtype):
    assert question_type(text) == qtype


CANDIDATE_LIKE = EntryFrame(act=["like"], target=["calon"])


def test_an_entry_about_a_candidate_is_excluded_for_an_official_body():
    assert fit(CANDIDATE_LIKE, extract("like postingan KPU boleh?")).excluded
    assert not fit(CANDIDATE_LIKE, extract("like postingan caleg boleh?")).excluded


def test_party_and_candidate_are_kin_not_contradictions():
    assert not fit(CANDIDATE_LIKE, extract("like postingan partai boleh?")).excluded


def test_negated_target_excludes():
    photo = EntryFrame(act=["foto"], target=["calon"])
    assert fit(photo, extract("foto bareng temen kantor, ga ada calon sama sekali")).excluded


def test_an_asker_outside_the_asn_rules_never_gets_an_asn_entry():
    assert fit(CANDIDATE_LIKE, extract("sy honorer, like postingan caleg boleh?")).excluded
    honorer = EntryFrame(act=["like"], target=["calon"], actor=["honorer"])
    assert not fit(honorer, extract("sy honorer, like postingan caleg boleh?")).excluded
    assert fit(honorer, extract("like postingan caleg boleh?")).excluded


def test_a_pns_only_entry_is_not_for_pppk():
    pns_only = EntryFrame(act=["kampanye"], actor=["pns"])
    assert fit(pns_only, extract("sy PPPK, ikut kampanye boleh?")).excluded
    assert not fit(pns_only, extract("sy PNS, ikut kampanye boleh?")).excluded


def test_fit_measures_how_much_of_the_entry_the_question_fills():
    assert fit(CANDIDATE_LIKE, extract("like postingan caleg boleh?")).match == 1.0
    assert fit(CANDIDATE_LIKE, extract("postingan caleg itu gimana")).match == 0.5


def test_jangan_lupa_asks_for_the_act():
    # "jangan lupa coblos nomor 3" is an invitation to vote, not a negated one
    f = extract("masa tenang, boleh posting 'jangan lupa coblos nomor 3 besok ya'?")
    assert "ajak" in f.get("act") and "ajak" not in f.neg("act")


def test_a_relative_who_runs_is_a_candidate():
    f = extract("sy honorer, suami nyaleg. boleh ikut kampanye suami?")
    assert {"pasangan", "calon"} <= f.get("target")


def test_a_denied_act_counts_against_an_entry():
    campaign_shirt = EntryFrame(act=["kampanye", "atribut"], target=["calon"])
    plain = fit(campaign_shirt, extract("boleh nonton kampanye caleg?"))
    denied = fit(campaign_shirt, extract("boleh nonton kampanye caleg? ga pakai kaos partai kok"))
    assert not denied.excluded and denied.match < plain.match


def test_the_private_sector_named_outright_is_outside_the_asn_rules():
    assert extract("karyawan bank swasta boleh jadi jurkam caleg ga?").outside_asn == {"swasta"}
    # with a relative named, the asker may be the ASN: it only informs
    assert not extract("suami saya karyawan swasta, jadi timses caleg, saya kena?").outside_asn
    # "gak ada yang ngawasin netralitas ASN" negates ASN but names no one outside it
    assert not extract("KASN bubar, berarti gak ada yang ngawasin netralitas ASN?").outside_asn


def test_a_retired_pns_and_the_rules_asked_about_are_not_a_serving_asn():
    q = extract("Bapak saya pensiunan guru PNS, sudah 3 tahun pensiun. Diajak jadi timses caleg. "
                "Apa bapak masih kena aturan netralitas ASN?")
    assert q.outside_asn == {"pensiunan"}
    assert not extract("sy PNS, bapak sy pensiunan guru PNS jadi timses, sy boleh bantu?").outside_asn
    assert question_type("CLTN itu singkatan apa?") == "definition"


def test_what_a_relative_does_is_told_apart_from_what_the_asker_does():
    q = extract("Adik saya karyawan swasta, jadi relawan paslon dan sering pasang baliho di posko. "
                "Saya PNS. Apa saya ikut kena?")
    assert {"pasang-apk", "atribut"} <= q.others_acts
    assert not q.for_relatives_entry().get("act") & {"pasang-apk", "atribut"}
    mine = extract("Adik saya relawan capres. Saya PNS ikut pasang baliho di posko dia. Boleh?")
    assert "pasang-apk" not in mine.others_acts  # the asker put it up too
    assert not extract("sy pns, boleh pasang baliho caleg di rumah?").others_acts


def test_the_asker_s_home_named_leaves_a_relative_s_act_theirs():
    # a place the asker owns ("pagar rumah saya") does not make the asker the one who put it up
    told = extract("Anak saya bukan ASN, dia relawan, pasang baliho caleg di pagar rumah saya. Saya ASN diem aja. Aman?")
    assert "pasang-apk" in told.others_acts
    # "Yang pasang … itu anak saya": the relative named as the doer
    cleft = extract("Yang pasang baliho caleg di pagar rumah saya itu anak saya, dia bukan ASN. Saya ASN diem aja. Aman?")
    assert "pasang-apk" in cleft.others_acts
    # … but a relative who asks the asker's leave or hand makes it the asker's act too
    asked = extract("Kakak ipar minta izin pasang baliho caleg di pagar rumah saya. Rumah itu atas nama saya dan saya PNS. Boleh?")
    assert "pasang-apk" not in asked.others_acts


def test_a_campaign_ruled_out_as_the_time_rules_out_a_campaign_entry():
    from netralbot.knowledge.models import EntryFrame

    q = extract("klo gw pake kaos partai pas car free day, bkn pas kampanye, gmn?")
    assert "kampanye" in q.neg("stage")
    assert fit(EntryFrame(act=["kampanye", "atribut"], target=["partai"]), q).excluded
    assert not fit(EntryFrame(act=["atribut"], target=["calon"]), q).excluded
    assert "atribut" in extract("ikut kampanye pake baju partai boleh?").get("act")


def test_a_team_named_as_people_is_a_target_joining_it_is_an_act():
    q = extract("ada tamu di kantor, ternyata timses caleg, dia ngajak foto bareng staf")
    assert "tim" in q.get("target") and "tim" not in q.get("act")
    assert "tim" in extract("sy PNS diajak jadi timses caleg, boleh?").get("act")
    assert "tim" in extract("sy timses bacaleg, blm penetapan, boleh?").get("act")


def test_a_relative_told_of_after_a_time_word_or_with_the_asker_as_we():
    q = extract("Anak sy umur 20, bukan ASN, jd relawan capres. Minggu depan dia mau ikut konvoi kampanye "
                "bawa bendera. Sy sendiri PNS dan gak ikut apa2. Itu gapapa buat sy kan?")
    assert {"kampanye", "atribut"} <= q.others_acts
    # "kita diskusi": the asker is in it, so the talk is not only the relative's
    q = extract("adek sy nanya mau pilih siapa, trs kita diskusi plus minus tiap calon di rumah. gapapa kan?")
    assert "diskusi" in q.get("act") - q.others_acts


def test_acts_told_of_a_relative_or_a_pronoun_for_one_are_theirs():
    q = extract("Dia pakai kaos partai dan pose dua jari. Fotonya dia upload. Saya nggak upload apa-apa. Saya kena?")
    assert {"atribut", "pose"} <= q.others_acts
    assert "pose" in extract("Dia ngajak saya pose dua jari. Saya kena?").get("act") - \
        extract("Dia ngajak saya pose dua jari. Saya kena?").others_acts


def test_a_retirement_that_has_happened_is_told_apart_from_one_ahead():
    done = extract("Bapak saya baru pensiun PNS bulan lalu, SK pensiunnya udah keluar. Diajak jadi timses caleg.")
    assert "sudah-pensiun" in done.get("manner")
    for ahead in ("Pensiun saya bulan depan, SK pensiun udah keluar. Boleh mulai jadi timses?",
                  "sk pensiun blm keluar tp udh gk ngantor, boleh dukung calon?",
                  "tinggal 3 bulan lg pensiun, udah pensiun kan dianggapnya, boleh kampanye?"):
        assert "sudah-pensiun" not in extract(ahead).get("manner"), ahead
    # the entry for PNS about to retire is not the answer for someone already retired
    about_to_retire = EntryFrame(act=["tim"], actor=["asn", "pensiunan"], unless=["sudah-pensiun", "mundur"])
    assert fit(about_to_retire, done).excluded


def test_a_dismissal_letter_that_has_come_out_means_no_longer_asn():
    q = extract("SK pemberhentian saya sebagai PNS sudah keluar karena ditetapkan jadi caleg. Boleh kampanye sendiri?")
    assert "bukan-asn" in q.get("actor") and "mundur" in q.get("act")


def test_the_neighbourhood_head_named_as_a_person_is_no_organisation():
    assert "organisasi" not in extract("bs gk pns jd kpps? kmrn ditawarin pak rt").get("target")
    assert "organisasi" in extract("PNS ikut arisan ibu-ibu RT tiap bulan, boleh?").get("target")
    assert "organisasi" in extract("saya diminta pak RT jadi pengurus RT, boleh?").get("target")


def test_not_going_to_vote_is_golput_but_asking_whether_one_may_vote_is_not():
    q = extract("Saya nggak datang ke TPS alias golput, emang harus golput biar netral?")
    assert "golput" in q.get("act") and "coblos" not in q.neg("act")
    assert "golput" not in extract("saya honorer, boleh gak nyoblos?").get("act")


def test_consent_given_by_the_asker_is_a_manner_and_a_denied_one_is_not():
    assert "mengizinkan" in extract("tetangga pasang spanduk caleg di pagar, saya cuma ngizinin").get("manner")
    assert "mengizinkan" not in extract("spanduk caleg dipasang di pagar, sy gak pernah ngizinin").get("manner")


def test_the_voting_invitation_is_about_voting_not_an_invitation():
    q = extract("habis nyoblos upload foto kelingking sama undangan C6, boleh?")
    assert "undang" not in q.get("act") and "coblos" in q.get("act")


def test_someone_else_who_runs_is_a_candidate_and_one_who_might_is_a_would_be_one():
    assert "calon" in extract("Ustadz yang ngisi pengajian kebetulan lagi nyaleg. Saya tetap boleh datang?").get("target")
    assert "bakal-calon" in extract("Saya follow akun tokoh yang digadang-gadang nyapres, boleh?").get("target")
    for own in ("saya mau nyaleg tahun depan, status PNS saya gimana?", "sy pns mo nyalon dprd, udh ambil cltn"):
        assert not extract(own).get("target") & {"calon", "bakal-calon"}, own


def test_the_asker_calling_for_support_or_giving_the_stage_is_told():
    assert "ajak" in extract("sy tuan rumah syukuran, ngundang caleg dan sy minta tamu2 dukung dia").get("act")
    assert "ajak" in extract("caleg semarga minta aku kasih kata sambutan dukung dia").get("act")
    assert "mengizinkan" in extract("arisan di rumah, caleg datang dan saya kasih waktu 10 menit ngomong").get("manner")
    assert "ajak" not in extract("caleg minta saya dukung dia, saya tolak").get("act")
    assert "ajak" in extract("di antrean TPS boleh sy bisikin ibu sebelah biar pilih nomor 3?").get("act")
    assert "ajak" in extract("jadi petugas KPPS, boleh saya sarankan caleg yang jujur ke pemilih?").get("act")


def test_a_former_civil_servant_who_has_resigned_is_outside_the_asn_rules():
    q = extract("aku dulu PNS, udah resmi mundur pas ditetapkan jadi calon bupati. skrg boleh kampanye?")
    assert "bukan-asn" in q.get("actor") and not {"pns", "asn"} & q.get("actor")


def test_a_candidate_who_turns_up_unannounced_is_not_invited_and_speaks_for_himself():
    q = extract("Kantor ngundang kami ke pelatihan. Tiba-tiba cabup petahana datang, kasih sambutan dan bagi kaos. Sy salah?")
    assert "tidak-sengaja" in q.get("manner")
    assert not {"undang", "pembicara", "bagi-barang"} & q.get("act")
    own = extract("Ternyata caleg itu datang ke rapat RT, lalu saya kasih sambutan buat dia. Boleh?")
    assert "pembicara" in own.get("act")
    assert "undang" in extract("kantor mau undang caleg kasih sambutan di acara HUT, boleh?").get("act")


def test_a_retiree_only_invited_is_told_from_one_who_draws_serving_asn_in():
    assert "hanya-diajak" in extract("bapak sy pensiunan pns, diajak jadi timses caleg, boleh?").get("manner")
    for text in ("bapak sy pensiunan, diajak jadi timses dan minta sy yg masih PNS bantu, boleh?",
                 "pensiunan camat diajak jadi timses, mau rekrut mantan anak buahnya, boleh?"):
        assert "hanya-diajak" not in extract(text).get("manner")


def test_being_told_to_come_is_no_call_to_vote_and_a_ballot_counts_only_when_pictured():
    assert "ajak" not in extract("kami disuruh ikut apel ikrar netralitas, boleh ikut?").get("act")
    assert "ajak" in extract("sy disuruh camat ngajak warga pilih petahana, gmn?").get("act")
    assert "surat-suara" in extract("foto surat suara yg sudah dicoblos lalu upload, boleh?").get("means")
    assert "surat-suara" not in extract("disuruh bantu angkut surat suara ke gudang PPK, boleh?").get("means")


def test_a_relative_who_is_a_civil_servant_too_is_told():
    assert "kerabat-asn" in extract("suami sy jg pns, mau pasang stiker cagub di motornya. blh?").get("manner")
    assert "kerabat-asn" not in extract("suami sy bukan pns, mau pasang stiker cagub di motornya. sy pns").get("manner")


def test_an_asker_who_takes_no_part_says_so():
    assert "tidak-terlibat" in extract("istri sy relawan capres, sy sendiri ga ikut apa2. aman?").get("manner")
    # the asker's status between the pronoun and the denial, in Javanese too
    assert "tidak-terlibat" in extract("Bojoku dudu PNS, melu relawan caleg. Aku sing PNS ora melu opo-opo.").get("manner")
    assert "tidak-terlibat" in extract("suami relawan capres, sy yg PNS gak ikut2. aman?").get("manner")
    assert "tidak-terlibat" in extract("suami relawan capres. Sy PNS, gak ikut2. Dia boleh?").get("manner")
    assert extract("Sy PPPK jadi KPPS. Cuma suami sy ikut tim sukses caleg. Sy boleh?").others_acts == {"tim"}
    assert "tidak-terlibat" not in extract("istri sy relawan capres, sy ikut bantu bagi kaos. aman?").get("manner")


def test_an_invitation_to_a_photo_is_no_call_to_vote():
    assert "ajak" not in extract("habis acara panitia ngajak foto bareng caleg, sy ikut. aman?").get("act")
    assert "ajak" in extract("sy diajak foto lalu disuruh ngajak warga pilih dia, boleh?").get("act")


def test_a_news_report_on_how_the_election_runs_is_not_about_a_candidate():
    assert "calon" not in extract("like artikel detik tentang jadwal debat cagub, boleh?").get("target")
    assert "calon" in extract("like artikel detik tentang prestasi cagub nomor 1, boleh?").get("target")


def test_a_negated_either_or_denies_both():
    q = extract("Saya MC. Saya gak akan nyebut nomor urut atau ajak milih. Boleh?")
    assert "ajak" in q.neg("act") and "ajak" not in q.get("act")
    assert {"hadir", "kampanye"} <= extract("boleh atau tidak saya ikut kampanye?").get("act")


def test_an_undo_the_asker_means_to_do_is_told_from_one_done():
    assert "mau-hapus" in extract("mau hapus foto lama sama caleg di ig, boleh kan?").get("manner")
    assert "mau-hapus" not in extract("sy posting foto sm caleg, udah sy hapus, masih kena?").get("manner")
    assert "mau-hapus" not in extract("fotonya dihapus, tapi masih tetap kena gak?").get("manner")


@pytest.mark.parametrize("text", ["smpe kpn sih aturan netral ini brlaku? stlh pelantikan msh?",
                                  "aturan netralitas berlaku sampai kapan?",
                                  "mksdnya fasilitas negara tu ap aja sih?",
                                  "apa saja yang termasuk fasilitas negara?"])
def test_until_when_and_what_counts_are_definitions(text):
    assert question_type(text) == "definition"
    assert question_type("like caleg termasuk pelanggaran gak?") == "permission"


def test_a_granted_leave_outside_state_pay_is_told_from_one_awaited_or_starting_later():
    granted = "Saya PNS, suami saya caleg. Cuti di luar tanggungan negara saya sudah disetujui. Boleh dampingi kampanye?"
    assert "cltn-sah" in extract(granted).get("manner")
    for not_yet in ("suami caleg, cltn saya belum disetujui, boleh ikut kampanye dia?",
                    "Pengajuan CLTN saya sudah disetujui dan berlaku mulai tanggal 1 bulan depan. Deklarasi timnya "
                    "besok lusa. Boleh saya ikut naik panggung?",
                    "sk cltn sudah keluar tp berlaku mulai bulan depan, kampanye suami minggu ini, boleh ikut?"):
        assert "cltn-sah" not in extract(not_yet).get("manner"), not_yet


def test_words_the_asker_quotes_as_their_own_and_that_back_a_candidate_are_told():
    said = ("Saya gak ngajak siapa-siapa, cuma nulis di grup WA guru 'kalau saya sih udah mantap sama nomor 2'. "
            "Salah?")
    assert quotes_said(said) == ["kalau saya sih udah mantap sama nomor 2"]
    assert "ucap-dukungan" in extract(said).get("manner")
    assert "calon" in extract(said).get("target")
    assert voices_support("kalau saya komen 'mantap paslon 2, menang telak!' di berita itu?")
    for not_the_askers_or_not_support in (
            "di akhir acara pak kadis bilang 'semoga Pak Burhan menang ya' trs minta semua pose 2 jari",  # the superior's
            "Istri saya bilang 'pilih nomor 2 ya' ke tetangga, saya kena?",  # a relative's
            "saya nggak bilang 'pilih nomor 2', cuma senyum",  # not said
            "Saya jawab 'rahasia, yang penting datang ke TPS'. Udah bener kan?",  # no side taken
            "Ada yang upload dengan caption 'Tim pemenangan solid bersama Ibu'"):  # someone else's caption
        assert not voices_support(not_the_askers_or_not_support), not_the_askers_or_not_support
        assert "ucap-dukungan" not in extract(not_the_askers_or_not_support).get("manner")
    # words that cheer a side on without naming it count when the question names the side
    cheer = "abis quick count sy bikin story 'alhamdulillah jagoan kita menang' pake foto cagubnya, salah?"
    assert voices_support(cheer, side_named=True) and not voices_support(cheer)
    assert "ucap-dukungan" in extract(cheer).get("manner")
    assert "ucap-dukungan" not in extract("sy bikin story 'alhamdulillah tim voli kantor kita menang', salah?").get("manner")


def test_a_thumbs_up_or_raised_fingers_is_a_pose_and_a_like_is_not_a_reminder():
    assert "pose" in extract("Foto bareng caleg sambil acungin jempol pas di nikahan temen").get("act")
    assert "pose" in extract("abdi difoto nuju ngacungkeun tilu ramo sareng caleg").get("act")
    assert "ingatkan" not in extract("like postingan caleg boleh?").get("act")


def test_asking_whether_there_is_a_sanction_is_a_sanction_question():
    assert question_type("Ada gak sanksi buat paslon pilkada yang ngelibatin ASN di kampanyenya?") == "sanction"


@pytest.mark.parametrize("text", ["Saya ASN, harus lapor? Ke mana?",
                                  "Saya ASN mau daftar Pantarlih. Izinnya cukup lisan dari kabid atau harus tertulis?"])
def test_where_to_report_and_the_form_of_a_permission_are_what_to_do(text):
    assert question_type(text) == "what-to-do"


def test_a_parent_named_with_a_possessive_is_a_relative_and_a_bare_title_is_not():
    assert "keluarga" in extract("Bapak saya caleg, boleh saya bantu kampanye?").get("target")
    assert {"keluarga", "calon"} <= extract("ibuku nyaleg, aku boleh ikut?").get("target")
    assert "keluarga" not in extract("pak, saya mau tanya soal like caleg").get("target")


def test_a_candidates_platform_is_not_an_officials_decision():
    read = extract("boleh baca dan bandingkan program kerja para paslon buat nentuin pilihan?")
    assert "keputusan" not in read.get("act")
    assert "keputusan" in extract("sy kadis, blh gk program dinas diarahkan ke desa basis caleg?").get("act")


def test_giving_is_not_receiving_and_a_quoted_call_to_vote_is_an_invitation():
    assert "terima" not in extract("Kepala sekolah sampun paring izin tertulis").get("act")
    assert "terima" in extract("saya diberi amplop sama timses caleg").get("act")
    said = "Ka pamajikan sareng budak abdi mah ngan saukur nyarios 'pilih wé nomer 3, éta mah saé'. Teu kenging?"
    assert "ajak" in extract(said).get("act")
    assert "ajak" not in extract("saya nulis di grup 'semoga debatnya adem dan rakyat yang menang'").get("act")


def test_being_invited_is_no_invitation_of_ones_own():
    assert "ajak" not in extract("Bapak saya pensiunan PNS, diajak jadi tim sukses caleg. Masih kena aturan?").get("act")
    assert "ajak" in extract("tmn kntor ngajak gabung timses, sy tolak").get("act")


def test_a_poster_is_not_something_the_asker_said():
    assert quotes_said("saya pasang poster 'Coblos Nomor 5' di pagar") == []
    assert quotes_said("saya posting 'pilih nomor 2' di fb") == ["pilih nomor 2"]


def test_cheering_at_a_campaign_is_a_risky_act_of_its_own():
    # "tanpa atribut, tapi ikut teriak yel-yel": passive attendance no longer
    cheering = extract("datang ke kampanye cagub tanpa atribut, tapi ikut teriak yel-yel sama massa")
    assert "sorak" in cheering.get("act") and "atribut" in cheering.neg("act")
    quiet = extract("datang ke kampanye, ga ikut yel-yel, ga pake atribut")
    assert "sorak" in quiet.neg("act") and "sorak" not in quiet.get("act")


@pytest.mark.parametrize("text", ["bpk sy kades, klo ikut tim kmpnye ancmn pidananya ap?",
                                  "ancaman pidananya apa kalau asn jadi timses?"])
def test_a_threatened_penalty_is_a_sanction_question_not_a_threat(text):
    frame = extract(text)
    assert frame.question == "sanction" and "diancam" not in frame.get("manner")


def test_an_abbreviated_by_accident_is_still_by_accident():
    frame = extract("td gk sngja kepencet like postingan capres")
    assert "tidak-sengaja" in frame.get("manner") and "tidak-sengaja" not in frame.neg("manner")


def test_a_workplace_is_not_the_target_of_the_act():
    assert "pemerintah" not in extract("temenku yg kerja di BKPSDM bilang like doang ga papa").get("target")
    assert "pemerintah" in extract("saya PNS di BKPSDM, boleh like postingan akun BKN?").get("target")


def test_an_identity_card_is_support_only_when_given_for_someone():
    assert "dukungan-ktp" not in extract("anak sy baru pny ktp, boleh ngajarin dia cara nyoblos?").get("act")
    assert "dukungan-ktp" in extract("sy diminta fotokopi KTP buat dukungan calon DPD").get("act")


def test_the_category_asked_about_is_not_the_asker_s_act():
    assert "kampanye" not in extract("share jadwal TPS dari KPU ke grup RW, itu termasuk kampanye gak?").get("act")
    assert "calon" not in extract("follow IG KPU sama Bawaslu aman kan? yang dilarang follow akun calon doang kan?").get("target")


@pytest.mark.parametrize("text", ["blh gk pns jdi kpps, udh ada ijin atsan",
                                  "daftar KPPS, sudah ada izin tertulis atasan, boleh?",
                                  # a superior's permission, however said, is the asker's too
                                  "kepala dinas saya sudah kasih izin, boleh jadi anggota PPS?",
                                  "atasanku udah izinkan aku daftar pantarlih, aman kan?"])
def test_the_asker_s_permission_is_no_consent_given(text):
    frame = extract(text)
    assert "berizin" in frame.get("manner") and "mengizinkan" not in frame.get("manner")
    assert "keputusan" not in frame.get("act")  # nor a permit an official issues


def test_consent_is_said_with_a_verb():
    assert "mengizinkan" in extract("boleh saya izinkan calon pakai aula kantor?").get("manner")


def test_being_tagged_is_told_apart_from_tagging():
    assert "ditandai" in extract("di-tag temen di postingan kampanye caleg, harus ngapain").get("manner")
    assert "ditandai" in extract("temen relawan nge-tag sy di foto kampanye").get("manner")
    tagging = extract("kalo aye ngetag temen-temen di postingan paslon gubernur, kena kagak?")
    assert "tag" in tagging.get("act") and "ditandai" not in tagging.get("manner")
    assert "tag" not in extract("SKB itu siapa yang tanda tangan?").get("act")


@pytest.mark.parametrize("text, qtype", [
    ("klo PPPK yg melanggar netralitas, sanksinya pake PP 94 juga atau beda?", "sanction"),
    ("Lae, kalau PNS ketahuan kampanye, yang kasih sanksi itu Bawaslu atau kantornya sendiri?", "authority"),
])
def test_more_sanction_and_authority_questions(text, qtype):
    assert question_type(text) == qtype


@pytest.mark.parametrize("text", [
    "bedanya sanksi pasang baliho caleg sama like postingan caleg apa ya?",
    "sanksine ASN sing nempel stiker caleg ning omah ki opo?",
    "kalau masih bakal calon, sanksi komen di postingannya itu apa?",
])
def test_sanction_asked_by_difference_or_at_the_end(text):
    assert question_type(text) == "sanction"


def test_an_election_body_s_post_about_candidates_is_the_election_body_s():
    frame = extract("aku share postingan IG resmi KPU tentang jadwal debat cagub, aman?")
    assert frame.get("target") == {"penyelenggara"}
    # a candidate named outside the description of the post stays a target
    assert "calon" in extract("aku share postingan KPU tentang jadwal debat, terus komen dukung cagub nomor 1").get("target")


def test_the_prohibited_counterpart_the_asker_already_knows_is_not_the_situation():
    frame = extract("like postingan Bawaslu boleh kan? kalau like postingan caleg kan jelas dilarang.")
    assert "calon" not in frame.get("target")


def test_a_track_record_is_not_a_recording():
    assert "rekam" not in extract("PNS cari tahu rekam jejak calon di internet, boleh?").get("act")


def test_accepting_a_duty_is_not_receiving_a_gift():
    assert "terima" not in extract("ditawari jadi KPPS, boleh saya terima tawaran itu?").get("act")
    assert "terima" not in extract("dapet tawaran jd anggota KPPS? boleh diterima?").get("act")
    assert "terima" in extract("ditawari jadi KPPS terus dikasih amplop, boleh saya terima?").get("act")


def test_a_permission_in_writing_is_no_question_about_its_form_across_sentences():
    assert question_type("Atasan sudah kasih izin tertulis. Saya bukan anggota partai apa pun. Boleh jadi PPK?") == "permission"
    assert question_type("izinnya cukup lisan dari kabid atau harus tertulis?") == "what-to-do"


def test_the_asker_s_own_vote_is_no_call_to_vote():
    assert "ajak" not in extract("adik saya nyaleg, saya boleh nyoblos dia?").get("act")
    assert "ajak" in extract("jangan lupa coblos dia ya, tetangga semua").get("act")


def test_an_inaugurated_winner_is_an_official_not_a_candidate():
    frame = extract("Gubernur terpilih sudah dilantik. Boleh saya foto bareng beliau di rapat dinas lalu upload di akun kantor?")
    assert "calon" not in frame.get("target") and "pemerintah" in frame.get("target")
    # … unless he runs again, it is his own account, or the win is what is celebrated
    assert "pemerintah" not in extract("Bupati terpilih yang sudah dilantik itu sekarang nyalon lagi, boleh foto bareng?").get("target")
    assert "calon" in extract("bupati terpilih udah dilantik, boleh like IG pribadi beliau?").get("target")
    assert "calon" in extract("bupati terpilih udah dilantik, boleh ikut syukuran kemenangannya?").get("target")


def test_a_leaflet_someone_else_handed_out_is_not_the_asker_s_share():
    frame = extract("boleh nerima dan baca brosur paslon yang dibagiin di jalan? nggak aku sebar kok")
    assert "share" not in frame.get("act") and "share" in frame.neg("act")
    # told in the passive, the asker's own handing out is still a share
    assert "share" in extract("cetak stiker caleg pakai duit sendiri lalu dibagikan, boleh?").get("act")


def test_leave_asked_of_the_office_is_no_official_permit():
    assert "keputusan" not in extract("besok hari coblosan saya izin datang telat ke kantor karena nyoblos dulu, boleh?").get("act")
    assert "keputusan" in extract("saya camat, boleh kasih izin keramaian buat kampanye paslon?").get("act")


def test_a_video_watched_is_not_a_video_posted():
    frame = extract("saya cuma baca berita cagub di portal online dan nonton video debatnya di youtube, aman?")
    assert "posting" not in frame.get("act")
    assert "posting" in extract("nonton video kampanye terus upload ulang di tiktok").get("act")


def test_a_comment_about_a_side_is_not_covered_by_an_allowed_entry_about_watching(kb):
    answer = kb.ask("Saya ASN, boleh nggak nonton debat capres di TV terus komentar di grup WA keluarga?")
    assert str(answer.verdict) != "boleh"


def test_a_cltn_approved_only_if_is_not_granted():
    text = "Saya PNS dan sudah mengajukan CLTN. Kalau CLTN-nya disetujui, saya bebas ikut kampanye suami kan?"
    assert "cltn-sah" not in extract(text).get("manner")
    assert "cltn-sah" in extract("CLTN saya sudah disetujui, boleh ikut kampanye suami?").get("manner")


def test_campaign_content_read_or_heard_is_no_campaign_attended():
    frame = extract("cuma baca postingan kampanye caleg yang lewat di beranda, gak like gak share")
    assert not frame.get("act") & {"hadir", "kampanye"} and "tonton" in frame.get("act")
    assert "tonton" in extract("aku ngrungokke iklan kampanye caleg neng radio").get("act")
    assert "hadir" in extract("nonton kampanye caleg di lapangan kecamatan").get("act")


def test_a_retirement_told_in_the_past_has_happened():
    assert "sudah-pensiun" in extract("bapak saya pensiun tahun lalu, diajak jadi timses caleg").get("manner")
    assert "sudah-pensiun" in extract("ibu pensiun karena batas usia, boleh ikut kampanye?").get("manner")
    assert "sudah-pensiun" not in extract("saya pensiun tahun depan, boleh jadi jurkam?").get("manner")


def test_an_asker_who_names_their_status_and_takes_no_part_is_not_involved():
    assert "tidak-terlibat" in extract("adik saya relawan capres. Saya PNS dan gak ikut-ikutan").get("manner")


def test_a_banner_someone_else_put_up_is_not_the_asker_s():
    frame = extract("spanduk caleg di pagar dipasang suami saya, bukan saya yang pasang")
    assert "pasang-apk" not in frame.get("act")
    assert "pasang-apk" in extract("spanduk caleg di pagar dipasang suami, terus saya pasang satu lagi").get("act")


def test_reminding_people_to_vote_for_a_candidate_is_a_call_to_vote():
    assert "ajak" in extract("saya ingetin ibu-ibu arisan supaya milih caleg nomor 3").get("act")
    assert "ajak" not in extract("saya ingetin tetangga supaya nyoblos tanggal 14").get("act")


def test_the_prohibited_counterpart_before_the_question_is_not_the_situation():
    frame = extract("klo nyebut calon kan ga boleh, tp ngajak warga ke TPS aja boleh kan?")
    assert "calon" not in frame.get("target")


def test_asking_which_procedure_comes_first_is_a_what_to_do_question():
    assert question_type("mau nyaleg, saya harus CLTN atau langsung mundur?") == "what-to-do"
    assert question_type("boleh ikut kampanye kalau sudah cuti?") == "permission"


def test_learning_what_the_event_was_only_once_there_is_not_knowing():
    assert "tidak-sengaja" in extract("Pas sampai, ternyata isinya sosialisasi caleg. Saya pulang duluan").get("manner")
    assert "tidak-sengaja" in extract("awalnya saya kira hajatan biasa, ternyata syukuran partai").get("manner")
    assert "tidak-sengaja" not in extract("saya datang ke sosialisasi caleg, boleh?").get("manner")


def test_what_a_question_is_told_apart_from_is_not_its_situation():
    frame = extract("klo sy like postingan akun resmi KPU yg isinya jadwal debat, aman kan? beda sm like akun timses kan?")
    assert "tim" not in frame.get("target") and "penyelenggara" in frame.get("target")
    frame = extract("Sy udah baca kalau ASN gak boleh like postingan caleg. Nah kalau like postingan akun resmi KPU?")
    assert "calon" not in frame.get("target")
    # a time told apart is the question itself
    assert "calon" in extract("jadi konsultan cagub setelah ditetapkan, sanksinya beda dengan sebelum ditetapkan?").get("target")


@pytest.mark.parametrize("text, qtype", [
    ("Nek PNS melu kampanye nganggo kaos partai, hukuman opo?", "sanction"),
    ("itu caleg kena sanksi juga ka? ato cuma ASN-nya?", "sanction"),
    ("CLTN itu apa & apa hubungannya sama netralitas?", "definition"),
    ("like postingan caleg itu apa boleh?", "permission"),
])
def test_regional_question_words_and_a_term_asked_about(text, qtype):
    assert question_type(text) == qtype


def test_an_identity_card_issued_as_a_service_is_no_support():
    frame = extract("Sy PNS di Dukcapil, banyak warga minta cetak KTP-el, salah satunya timses caleg. Sy layani sesuai SOP")
    assert "dukungan-ktp" not in frame.get("act") and "keputusan" in frame.get("act")
    assert "dukungan-ktp" in extract("timses minta fotokopi KTP warga buat dukungan calon perseorangan").get("act")


def test_a_post_read_and_a_group_s_shares_are_not_the_asker_s_posts():
    assert "posting" not in extract("postingan temen yg dukung calon cuma sy baca doang, ga like ga share").get("act")
    assert "share" not in extract("Grup WA alumni rame share2 konten caleg. Sy cuma baca").get("act")
    assert "share" in extract("saya share konten caleg ke grup WA alumni").get("act")


def test_a_member_s_campaign_video_in_a_group_is_not_the_asker_s_post():
    assert "posting" not in extract("di grup RT ada yg ngirim video paslon, sy diem aja ga bales").get("act")
    assert "share" not in extract("grup arisan isinya bnyk yg forward kampanye caleg, sy cuma baca").get("act")
    # the asker who answers with a video of their own posts, whoever sent first
    assert "posting" in extract("di grup alumni ada yg kirim video caleg, sy bales kirim video tandingan").get("act")


@pytest.mark.parametrize("text, qtype", [
    ("ASN jadi tim kampanye, yang memproses pidananya siapa?", "authority"),
    ("Sebagai atasan apa yang wajib saya lakukan kalau staf posting dukungan capres?", "what-to-do"),
    ("BERAPA TAHUN PENJARA KALAU PNS JADI TIM KAMPANYE?", "sanction"),
])
def test_who_processes_what_a_superior_must_do_and_a_prison_term(text, qtype):
    assert question_type(text) == qtype


def test_a_granted_cltn_a_former_pns_and_thanks_are_read():
    assert "cltn-sah" in extract("Saya sudah pegang SK cuti di luar tanggungan negara, boleh ikut kampanye suami?").get("manner")
    frame = extract("Saya dulu guru PNS. Saya sudah diberhentikan dengan hormat bulan lalu. Boleh pasang baliho diri sendiri?")
    assert "bukan-asn" in frame.get("actor")
    assert "terima" not in extract("komen 'terima kasih infonya' di postingan Bawaslu boleh?").get("act")
    assert "calon" not in extract("spanduk KPU 'gunakan hak pilihmu' di pagar kantor. Beda kan sama spanduk caleg?").get("target")


def test_a_friend_s_post_is_not_the_asker_s():
    assert "posting" not in extract("Temen saya posting dukungan paslon. Saya cuma lihat di beranda").get("act")
    assert "posting" in extract("temen saya posting foto sama caleg, terus saya posting ulang").get("act")


@pytest.mark.parametrize("text, qtype", [
    ("staf sy like akun paslon. yg wajib manggil & meriksa dia siapa?", "authority"),
    ("asn dilibatkan kampanye pilkada, yg kna pidna sp?", "sanction"),
    ("pelanggaran yg kayak gmn yg bisa sampe dipecat?", "sanction"),
    ("larangan netralitas ini sampe kapan sih?", "definition"),
    ("larangan itu cuma berlaku pas masa kampanye atau kapan aja?", "definition"),
])
def test_more_question_shapes(text, qtype):
    assert question_type(text) == qtype


def test_a_pending_cltn_is_read_within_its_sentence():
    text = "sy udh resmi CLTN. skrg blm masa pendaftaran, sy mau safari ke partai cari rekomendasi"
    assert "cltn-sah" in extract(text).get("manner")
    assert "cltn-sah" not in extract("CLTN saya belum disetujui, boleh safari ke partai?").get("manner")


def test_an_officer_of_an_election_body_is_no_party_office():
    assert "pengurus" not in extract("foto bareng ketua Bawaslu di sosialisasi netralitas, boleh upload?").get("act")
    assert "pengurus" in extract("saya diminta jadi ketua ranting partai").get("act")


def test_the_inaugurated_winner_named_as_the_one_who_won_is_an_official():
    frame = extract("Bupati yg menang sudah dilantik. Sy like postingan akun resmi Pemkab ttg beliau meresmikan puskesmas")
    assert "calon" not in frame.get("target") and "pemerintah" in frame.get("target")
    assert "pemerintah" in extract("follow akun IG resmi Pemprov, boleh?").get("target")


@pytest.mark.parametrize("text, qtype", [
    ("PNS ikuik kampanye pakai baju dinas, hukumannyo tingkek apo?", "sanction"),
    ("Langkah-langkah kalau PNS mau maju jadi calon kepala daerah apa saja?", "what-to-do"),
    ("Apa syarat ASN kalau mau daftar jadi KPPS?", "what-to-do"),
    ("cltn tu ap sh?", "definition"),
])
def test_regional_and_list_shaped_question_types(text, qtype):
    assert question_type(text) == qtype


def test_counterparts_said_with_betul_and_in_eastern_indonesian():
    assert "calon" not in extract("like postingan KPU soal jadwal, aman kan? Yang dilarang itu like postingan caleg, betul?").get("target")
    assert "ajak" not in extract("Beta su tau kalo ajak tetangga pilih calon sonde boleh. Tapi beta coblos di TPS, boleh to?").get("act")


def test_whether_two_sanctions_differ_is_a_sanction_question():
    assert question_type("Like postingan bakal calon sama like postingan calon, beda ga hukumannya?") == "sanction"


def test_the_neighbourhood_head_asking_is_a_person_and_gaboleh_a_known_rule():
    assert "organisasi" not in extract("RT minta sy jadi anggota KPPS krn warga yg daftar kurang").get("target")
    frame = extract("klo like postingan capres kan gaboleh ya. nah kalo sy like postingan akun resmi KPU?")
    assert "calon" not in frame.get("target")


def test_being_on_cltn_now_is_a_granted_one():
    assert "cltn-sah" in extract("sy PNS lg CLTN krn istri nyaleg, blh ikut kampanye dia?").get("manner")
    assert "cltn-sah" in extract("saya masih dalam CLTN sampai pemilu, boleh dampingi suami kampanye?").get("manner")
    assert "cltn-sah" not in extract("saya masih nunggu CLTN keluar, boleh ikut kampanye suami?").get("manner")


def test_a_campaign_broadcast_received_is_neither_shared_nor_attended():
    frame = extract("dapet broadcast kampanye capres di grup WA, ga sy forward, langsung sy hapus")
    assert not {"share", "kampanye", "hadir"} & frame.get("act")
    assert "share" in extract("dapet broadcast kampanye capres, trus sy forward ke grup keluarga").get("act")


def test_leaving_a_group_full_of_campaign_talk_is_an_undo_not_a_campaign():
    frame = extract("klo sy kluar dr grup wa alumni krn isinya kampanye trs, gpp kn? takut dianggap sombong")
    assert "mau-hapus" in frame.get("manner")
    assert not {"kampanye", "hadir", "sumbangan"} & frame.get("act")


@pytest.mark.parametrize("text, qtype", [
    ("sy perangkat desa, aturan apa aja yg berlaku buat perangkat desa pas pilkada?", "definition"),
    ("dulu sy komen di akun bakal calon, skrg dia udh calon. sy kena sanksi yg mana?", "sanction"),
    ("mau dateng ke syukuran caleg, tanya dulu ke siapa ya biar resmi?", "what-to-do"),
])
def test_which_rules_which_sanction_and_whom_to_ask(text, qtype):
    assert question_type(text) == qtype


def test_a_party_named_inside_an_act_is_its_target_unless_the_act_is_denied():
    frame = extract("SAYA PNS. APAKAH SAYA BOLEH MENJADI PENGURUS PARTAI DI TINGKAT DESA? SAYA TIDAK DIGAJI PARTAI")
    assert "partai" in frame.get("target") and "pengurus" in frame.get("act")
    frame = extract("ambo PNS, buliah jadi saksi partai di TPS? ambo indak anggota partai")
    assert "partai" not in frame.neg("target")


def test_two_sanctions_named_are_a_sanction_question():
    assert question_type("PNS jadi anggota partai itu dipecat ato cuma dipotong tukin?") == "sanction"


@pytest.mark.parametrize("text", ["klo asn ktauan jd tim sukses pilkada hkmnnya ap aj?",
                                  "pns yg ikt kmpnye pk atribut prtai hkmn nya ap?"])
def test_a_sanction_asked_in_vowel_less_chat(text):
    assert question_type(text) == "sanction"


def test_voter_papers_are_no_support_and_a_betawi_sanction_question():
    frame = extract("sy KPPS, mau bikin status WA 'Besok TPS 05 buka jam 7, jangan lupa bawa undangan & KTP'. boleh?")
    assert not {"dukungan-ktp", "undang"} & frame.get("act")
    assert question_type("Ntu kalo PNS ketauan pasang twibbon capres di FB, hukumannye ape aje sih?") == "sanction"


def test_whether_refusing_is_required_is_no_refusal():
    assert "menolak" not in extract("Sy disuruh jd notulen rakor yg dihadiri petahana. Apa sy hrs nolak tugas itu?").get("manner")
    assert "menolak" in extract("Sy disuruh ikut kampanye tp sy menolak. Salah gak?").get("manner")


def test_a_relative_in_uniform_is_not_the_asker():
    frame = extract("suami sy TNI jd gk nyoblos. sy PNS, berarti sy jg gk boleh nyoblos ya?")
    assert "tni-polri" not in frame.get("actor") and "pns" in frame.get("actor")
    assert "tni-polri" in extract("sy anggota polri, boleh nyoblos gak?").get("actor")


@pytest.mark.parametrize("text, qtype", [
    ("pns dpecat g klo jd anggta partai", "sanction"),
    ("hkmn pns yg jd tim kmpnye caleg apa? bs dpnjr?", "sanction"),
    ("Kepala sekolahku ngajak guru2 milih caleg. Sing berwenang mutus sanksi kanggo dheweke sopo to?", "authority"),
    ("masa tenang masih ada PNS share konten calon di FB. laporin kemana ya?", "what-to-do"),
])
def test_sanction_authority_and_reporting_in_chat_and_javanese(text, qtype):
    assert question_type(text) == qtype


def test_the_head_of_an_office_is_a_person_and_ikut2an_is_taking_part():
    assert "pemerintah" not in extract("kpla dinas ngerahin stafny dtg k kampanye petahana, itu melanggar g?").get("target")
    assert "pemerintah" in extract("like postingan akun resmi dinas kesehatan boleh?").get("target")
    assert "tidak-terlibat" in extract("istri sy relawan caleg atas kemauan sendiri. sy pns gak ikut2an. sy bisa kena?").get("manner")


@pytest.mark.parametrize("text, qtype", [
    ("Saya ditawari jadi pengurus partai. Kalau saya mau, prosedurnya bagaimana supaya tidak melanggar?", "what-to-do"),
    ("Kartu anggota partai masih saya simpan. Apakah saya wajib melapor atau mengundurkan diri dari partai?", "what-to-do"),
    ("Saya PPPK, diajak jadi pengurus partai. Kalau saya terima, apakah kontrak saya bisa diputus?", "sanction"),
])
def test_a_procedure_a_duty_and_a_contract_ended_are_asked_about(text, qtype):
    assert question_type(text) == qtype


@pytest.mark.parametrize("text", [
    "PNS ikut kampanye pilkada pake seragam dinas, hukumannya sedang atau berat?",
    "Yg kayak gitu masuk hukuman disiplin tingkat apa?",
    "Video staf kami viral ikut yel2 di kampanye. Sanksi dia kira2 apa?",
])
def test_the_level_of_a_sanction_is_a_sanction_question(text):
    assert question_type(text) == "sanction"


@pytest.mark.parametrize("text, qtype", [
    ("sy udh hapus postingan dukungan ke caleg kemarin. kalau udah dihapus apa masih bisa disanksi?", "sanction"),
    ("kalau sy jadi kena sanksi netralitas gara2 share poster, bakal tercatat di data kepegawaian gak?", "sanction"),
    ("kemarin komen dukungan di FB bakal cagub. sanksi moral tuh kayak gimana bentuknya?", "sanction"),
    ("sy pake mobil dinas buat jemput caleg pas kampanye. sanksi terberatnya apa?", "sanction"),
    ("sy dpt surat sanksi moral. yg berhak ngeluarin sanksi itu siapa sih, atasan langsung?", "authority"),
    ("atasan sy tau sy share poster caleg tp diem aja. emang atasan wajib ngapain kalau tau?", "what-to-do"),
    ("beta su share foto baliho caleg di FB. Sekarang beta musti bekin apa?", "what-to-do"),
    ("sy masih boleh like postingan caleg gak?", "permission"),
])
def test_consequences_asked_after_the_fact(text, qtype):
    assert question_type(text) == qtype


def test_running_a_candidate_s_account_is_posting_on_it():
    assert "posting" in extract("Nek aku dadi admin akun fanbase capres neng IG, oleh ora?").get("act")
    assert "posting" not in extract("grup WA RT yang saya adminin mulai rame materi kampanye").get("act")


def test_a_sanction_named_first_and_asked_last():
    assert question_type("snksi asn ikt kmpnye pk atrbt partai ap y") == "sanction"


@pytest.mark.parametrize("text, joins", [
    ("Ambo PNS, buliah ndak ambo manjadi tim sukses caleg dunsanak ambo?", True),
    ("boleh sy ikut kampanye suami?", True),
    ("anak sy bukan asn jadi timses caleg, sy pns kena gk", False),  # "sy" is the child's possessor
    ("sy gk ikut kampanye, suami sy yg jadi relawan caleg, aman?", False),
])
def test_the_asker_joining_a_campaign_themself_is_read(text, joins):
    assert ("ikut-sendiri" in extract(text).get("manner")) is joins


@pytest.mark.parametrize("text, qtype", [
    ("BERAPA DENDA MAKSIMAL KADES YG JADI TIM KAMPANYE?", "sanction"),
    ("pns ikt kmpnye pk atribut, hkmnny sdng ap brt?", "sanction"),
    ("camat jd jurkam capres, itu pidana gk sih", "sanction"),
    ("honorer yg share poster caleg disanksi pake aturan apa?", "sanction"),
    ("kades bikin kptsn nguntungin caleg, dsr hukumnya ap", "sanction"),
    ("kabid nyuruh staf pasang spanduk paslon. siapa yg bisa sy laporin?", "what-to-do"),
    ("ono guru PNS kampanye nang sekolah, lapore nang endi?", "what-to-do"),
    ("sy PNS mau daftar caleg, urutan langkahnya gimana?", "what-to-do"),
    ("mau jd pantarlih, hrs urus apa aja ke kantor?", "what-to-do"),
    ("Netralitas tu apo artinyo?", "definition"),
])
def test_fifteenth_session_question_types(text, qtype):
    assert question_type(text) == qtype


def test_a_resignation_said_as_resign_and_handing_out_shirts_in_chat_and_banjar():
    f = extract("sy udh resmi resign dr PNS, SK pemberhentiannya udh keluar. skrg blh masuk partai?")
    assert "bukan-asn" in f.get("actor") and not f.get("actor") & {"pns", "asn"}
    assert "pns" in extract("sy PNS blm resign, blh masuk partai?").get("actor")
    for text in ("sy pns bgi2 kaos cln bupati k tetangga", "ulun PNS, kawa kah ulun mambagi-bagi baju kaus calon bupati?"):
        assert "bagi-barang" in extract(text).get("act")


def test_a_call_to_re_elect_the_incumbent_is_an_invitation_to_vote():
    f = extract('klo di amanat upacara sy selipin "lanjutkan pembangunan, pilih lagi pak bupati ya" gmn?')
    assert "ajak" in f.get("act") and "calon" in f.get("target")


@pytest.mark.parametrize("text", [
    "Napa sanksinya mun ASN umpat grup WA tim sukses calon?",
    "ga sengaja kepencet like postingan caleg, sanksinya tetep ada?",
    "udah dapet teguran. itu kecatat & tukin sy dipotong gak sih?",
    "kabid kampanye pake atribut partai, hukumannya potong tukin brp persen?",
    "sanksi disiplinnya masuk tingkat apa?",
])
def test_fifteenth_session_sanction_questions(text):
    assert question_type(text) == "sanction"


@pytest.mark.parametrize("text, qtype", [
    ("pemilu udh lewat, rekan sy dulu jd timses. masih bisa dilaporin gak? ke mana?", "what-to-do"),
    ("ambo caliak kawan ASN ikuik kampanye, ka ma ambo malapor?", "what-to-do"),
    ("kabid tau stafnya jd admin akun pemenangan tp diem aja. kabid bisa kena juga gk?", "sanction"),
])
def test_reporting_after_the_fact_in_minang_and_a_silent_superior(text, qtype):
    assert question_type(text) == qtype


def test_no_permission_denies_the_asker_s_permission():
    frame = extract("kalo daftar KPPS nya gak bilang atasan sama sekali, gak pake izin, langsung daftar aja boleh?")
    assert "berizin" in frame.neg("manner") and "mengizinkan" not in frame.neg("manner")


def test_a_resignation_not_yet_made_leaves_a_civil_servant():
    frame = extract("nama sy udh masuk DCT caleg DPRD tp sy blm ngajuin mundur dr PNS, boleh tetap ngantor?")
    assert "pns" in frame.get("actor") and "bukan-asn" not in frame.get("actor")


@pytest.mark.parametrize("text", ["yg akhirnya jatuhin hukumannya siapa, Bawaslu atau kantornya?",
                                  "siapa yg jatuhin sanksi ke PNS yg kampanye?"])
def test_who_imposes_the_sanction_is_an_authority_question(text):
    assert question_type(text) == "authority"


@pytest.mark.parametrize("text, qtype", [
    ("sy bukan PNS tp PPPK. kalo jadi pengurus partai tetep dipecat juga kah?", "sanction"),
    ("nyuwun pirsa, menawi kula bidan PNS tumut kampanye ngagem kaos partai, sanksinipun menapa nggih?", "sanction"),
    ("ikut kampanye pake kaos partai hukumannya ringan, sedang, apa berat?", "sanction"),
    ("kapala sakola nitah guru-guru milih calon bupati nu tangtu, abdi kedah lapor ka mana?", "what-to-do"),
    ("kepala badan nanya, SK hukumannya yg tanda tangan siapa: kepala BKPSDM, bupati, atau BKN?", "authority"),
])
def test_sixteenth_session_question_types(text, qtype):
    assert question_type(text) == qtype


def test_a_campaign_watched_on_a_screen_is_not_attended():
    frame = extract("selama masa kampanye guru PNS boleh ga nonton kampanye paslon di youtube buat nentuin pilihan?")
    assert "tonton" in frame.get("act") and not frame.get("act") & {"hadir", "kampanye"}
    assert "hadir" in extract("nonton kampanye akbar paslon di lapangan, boleh?").get("act")


def test_handing_out_a_candidate_s_shirt_is_handing_out():
    assert "bagi-barang" in extract("beta bole kasi kaos paslon ke mama-mama di kampung ko sonde?").get("act")
    assert "bagi-barang" not in extract("dikasih kaos calon sama timses, boleh dipake?").get("act")


def test_the_office_s_time_puts_an_allowed_act_at_risk():
    from netralbot.knowledge.models import EntryFrame
    watching = EntryFrame(act=["tonton"], target=["berita"])
    assert boleh_at_risk(watching, extract("nonton kampanye di tv kantor pas jam kerja bareng staf"))
    assert not boleh_at_risk(watching, extract("nonton debat di rumah malam hari"))


def test_going_along_with_a_spouse_to_what_is_not_a_campaign():
    frame = extract("istri sy nyalon bupati, sy PNS gak CLTN. klo cuma nemenin dia ke acara keluarga (bukan kampanye) gmn?")
    assert "hadir" in frame.get("act") and "kampanye" in frame.neg("act") and "hadir" not in frame.neg("act")


def test_a_team_that_gave_a_thing_with_the_candidate_pictured_on_it():
    frame = extract("sy pake masker dr timses yg ada gambar paslonnya. cuma dipake ke kantor. aman ga")
    assert "atribut" in frame.get("act") and not frame.get("act") & {"tim", "foto"}
    assert "tim" in extract("sy ditawarin jadi timses caleg, boleh?").get("act")
    assert "foto" in extract("foto pake kaos bergambar paslon trs upload ke ig").get("act")


@pytest.mark.parametrize("text, qtype", [
    ("ikut kampanye caleg pake kaos partai, hukdis nya masuk tingkat apa?", "sanction"),
    ("kl pppk ktahuan jd anggta partai, dipecat jg kyk pns?", "sanction"),
    ("klo ASN jadi tim kampanye caleg, pidananya yg ngurus siapa? bawaslu apa polisi?", "authority"),
    ("sy liat guru PNS nempel selebaran caleg. sy punya fotonya. prosedur lapornya gmn?", "what-to-do"),
    ("ada belasan PNS kami yg namanya muncul di SIPOL partai. kami sbg instansi harus nindaklanjutin gimana?", "what-to-do"),
])
def test_sixteenth_session_question_types_from_the_legislative_set(text, qtype):
    assert question_type(text) == qtype


def test_about_to_retire_is_not_retired():
    assert "sudah-pensiun" not in extract("bah, tinggal 2 bulan lagi awak pensiun dari PNS, boleh jd timses?").get("manner")
    assert "sudah-pensiun" in extract("bapak sy pensiunan PNS sejak 2022, mau jd timses").get("manner")


def test_a_broadcast_received_is_someone_else_s_share():
    frame = extract("tiap hari hp sy dibanjiri broadcast caleg. sy gk forward, gk bales, lgsg hapus.")
    assert "share" not in frame.get("act") and "terima" in frame.get("act")


@pytest.mark.parametrize("text, qtype", [
    ("rekan sekantor sy posting foto pake kaos paslon, udh sy SS. sy harus lapor kmana?", "what-to-do"),
    ("TOLONG SAYA DIPANGGIL INSPEKTORAT GARA2 FOTO SALAM JARI SAMA CALEG. HARUS BAWA APA DAN NGOMONG APA???", "what-to-do"),
    ("Itu maksudnya bakal diumumin di depan semua pegawai? Yg ngumumin siapa?", "authority"),
    ("hkmn pns jd pengurus partai ap sih, dpecat ato cm ditegur?", "sanction"),
])
def test_sixteenth_session_question_types_after_the_fact(text, qtype):
    assert question_type(text) == qtype


def test_a_call_to_vote_for_a_candidate_named_by_name_or_number():
    assert "ajak" in extract("di grup keluarga sy bilang: pokoknya semua wajib pilih caleg si X ya").get("act")
    assert "ajak" not in extract("japri temen bilang sy pilih paslon 1, asn aman gk").get("act")  # one's own choice told


def test_an_asker_outside_the_asn_rules_beside_a_relative_who_is_asn():
    # the only civil servant is the relative: the asker's own acts are a citizen's
    assert "warga" in extract("istri sy PPPK, sy pedagang, mau ikut kampanye akbar capres. istri sy kena gak?").get("actor")
    assert "warga" in extract("ibuku PNS, aku dudu ASN, oleh melu kampanye?").get("actor")
    assert not extract("istri sy PPPK, sy pedagang, mau ikut kampanye").get("actor") & {"pns", "pppk", "asn"}
    # … not a relative's status told ("suami sy bukan ASN"), nor without a civil servant in the family,
    # nor when the civil servant's own part is asked
    assert "warga" not in extract("suami sy bukan ASN, dia relawan capres. sy PNS aman?").get("actor")
    assert "warga" not in extract("Sy mahasiswa, mau jadi saksi partai di TPS. Honornya brp?").get("actor")
    assert "warga" not in extract("istriku PNS, aku swasta dan nyaleg, istri boleh naik panggung kampanyeku?").get("actor")
    assert "warga" not in extract("ortu sy PNS, sy bukan anggota partai, boleh ikut kampanye?").get("actor")


def test_eastern_siapa_and_a_leave_decree_issued():
    assert question_type("BETA PNS GURU, MAU DAFTAR KPPS. PERLU IZIN DARI SAPA?") == "what-to-do"
    assert "cltn-sah" in extract("beta su urus cuti di luar tanggungan negara dan SK nya su turun, "
                                 "boleh ikut kampanye suami?").get("manner")
    assert "cltn-sah" not in extract("sy urus CLTN tapi SK nya belum turun, boleh ikut kampanye suami?").get("manner")


def test_official_content_named_after_what_it_shows():
    # the election body's post about a debate: the candidates are its topic, the post is KPU's
    q = extract("boleh ga asn share jadwal debat capres dari akun KPU?")
    assert "penyelenggara" in q.get("target") and "calon" not in q.get("target")
    assert "calon" in extract("share video kampanye capres dari akun timsesnya boleh?").get("target")


def test_a_superior_s_permission_withheld_and_whether_one_is_needed():
    q = extract("ASN boleh jadi KPPS gak sih? atasan belum kasih izin tapi udah keburu daftar")
    assert "berizin" in q.neg("manner") and "berizin" not in q.get("manner")
    assert "berizin" in extract("atasan udah kasih izin, boleh jadi kpps?").get("manner")
    assert question_type("kalau jadi KPPS harus izin atasan gak sih?") == "what-to-do"
    assert question_type("sy pns boleh jadi kpps?") == "permission"


def test_a_candidate_who_came_to_someone_else_s_celebration():
    q = extract("dtng k nikahan anak pak lurah, trs cabup dtg ksh sambutan mnta dukungn, aq cm duduk mkn doang. slh g")
    assert "tidak-sengaja" in q.get("manner") and "ajak" not in q.get("act")  # the call was the candidate's
    q = extract("beta PNS, acara kawin di beta pung rumah, ada caleg datang sandiri padahal seng diundang. beta salah ka?")
    assert "tidak-sengaja" in q.get("manner")
    assert "ajak" in extract("di kondangan tetangga ternyata caleg datang, terus sy ngajak tamu lain milih dia").get("act")


def test_posts_the_asker_reads_are_no_post_of_theirs():
    q = extract("sy cuma liat2 postingan semua paslon di IG, gk like gk komen gk follow. gitu boleh kan?")
    assert "posting" not in q.get("act") and "tonton" in q.get("act")
    assert "share" in extract("sy liat postingan caleg trs sy repost ke story, boleh?").get("act")
    assert "posting" in extract("sy baca postingan caleg trs sy posting ulang di fb, boleh?").get("act")


def test_asking_for_leave_is_no_permit_issued():
    q = extract("ditawarin jd kpps. udah minta izin & dapet surat izin tertulis dari direktur, boleh lanjut daftar?")
    assert "keputusan" not in q.get("act") and "berizin" in q.get("manner")
    assert "keputusan" in extract("sy minta izin atasan dulu, trs sy terbitkan izin keramaian buat kampanye caleg").get("act")


def test_who_has_left_the_civil_service_and_who_only_will():
    assert "bukan-asn" in extract("sy udah bukan pns lagi, skrg boleh jd pengurus partai?").get("actor")
    assert "bukan-asn" in extract("sy dlu pns,udh mndur pas ditetpkn cln dprd & sk brhnti dgn hrmt udh kluar").get("actor")
    # someone else resigned, and the asker, still ASN, asks about their own part
    q = extract("temen sy udah mundur dari pns krn nyaleg, sy boleh bantu kampanye dia?")
    assert "bukan-asn" not in q.get("actor")
    # … but a question about that person keeps them outside the rules
    assert "bukan-asn" in extract("bapak sy dulu PNS, udh mundur pas ditetapkan jd calon. skrg dia blh kampanye kan?").get("actor")
    # a resignation to come when the candidacy is set, or one whose decree is awaited
    q = extract("nanti kalo dct ditetapkan kpu sy langsung ngajuin surat pengunduran diri. prosedur sy bener kan?")
    assert "bukan-asn" not in q.get("actor") and "siap-mundur" in q.get("manner")
    assert "bukan-asn" not in extract("sy udah ngajuin surat pengunduran diri tp sk blm keluar, boleh kampanye?").get("actor")


def test_a_campaign_team_s_own_group():
    q = extract("dimasukin temen ke grup wa relawan pemenangan caleg, sy diem aja di situ ga keluar")
    assert "grup-pemenangan" in q.get("manner")
    q = extract("Saya bukan anggota grup pemenangan apa pun, cuma ada di grup WA keluarga besar. Melanggar?")
    assert "grup-pemenangan" not in q.get("manner")
    assert "grup-pemenangan" not in extract("grup wa kompleks bukan grup timses, aman diem?").get("manner")
    # a member of a campaign team's group says so with "anggota"
    assert "grup-pemenangan" in extract("saya anggota grup wa relawan paslon, diem aja. aman?").get("manner")


def test_javanese_leave_decree_and_when_to_resign():
    q = extract("bojoku nyaleg. aku wes ngurus cuti di luar tanggungan negara lan sk ne wes metu wingi. oleh melu kampanye?")
    assert "cltn-sah" in q.get("manner")
    assert question_type("kapan tepatnya pns harus ngundurin diri kalo mau maju pilkada?") == "what-to-do"


def test_a_relative_s_possessive_ending_and_pay_that_is_no_honorary_worker():
    assert "keluarga" in extract("pns boleh nyoblos kakaknya yg caleg?").get("target")
    assert "honorer" not in extract("sy pns ditawari jadi saksi partai di TPS, honornya lumayan").get("actor")


def test_jangan_golput_is_a_call_to_vote():
    q = extract("posting 'jangan golput ya guys' tanpa sebut nama siapa2")
    assert "coblos" in q.get("act") and "golput" not in q.neg("act")
    q = extract("kalo ada mi izin dari kepala dinas, boleh jadi kpps?")
    assert "berizin" in q.get("manner") and "keputusan" not in q.get("act")


def test_the_asker_s_post_in_an_office():
    q = extract("saya staf di dinas perkim. acaranya dihadiri kadis dan aparat desa, boleh foto acung satu jari?")
    assert "asn" in q.get("actor") and "perangkat-desa" not in q.get("actor")
    assert "pengurus" not in extract("saya bendahara di kecamatan, disuruh siapin konsumsi rapat PPK, boleh?").get("act")
    assert "pengurus" in extract("saya bendahara di dinas, diminta jadi bendahara partai juga, boleh?").get("act")


@pytest.mark.parametrize("text, qtype", [
    ("pian tahu kah sanksinya amun ulun share postingan calon gubernur di fb?", "sanction"),
    ("sanksinya kalau saya share postingan calon?", "sanction"),
    ("saya tau sanksi itu berat, tapi boleh ga like postingan caleg?", "permission"),
])
def test_the_sanction_of_a_case_asked_in_chat_and_banjar(text, qtype):
    assert question_type(text) == qtype


def test_a_posted_call_to_vote_for_someone_described_is_a_call_for_a_candidate():
    f = extract("aku ga nyebut nama calon kok, cuma bikin status wa pilih yg bajunya kotak2 ya guys")
    assert "ajak" in f.get("act") and "calon" in f.get("target")
    # a virtue any voter may weigh names no one
    assert "ajak" not in extract("status WA ku cuma 'pilih yg amanah ya gaes', aman?").get("act")


def test_one_s_own_vote_with_a_call_denied_is_a_vote():
    f = extract("dalam hati aku mau nyoblos petahana dan nanti emang nyoblos dia di bilik. itu boleh kan, asal ga ngajak orang lain?")
    assert "coblos" in f.get("act") and "ajak" not in f.get("act")
    # a call made is still one
    assert "ajak" in extract("aku nyoblos dia, trus ngajak tetangga nyoblos dia juga").get("act")


# --- twenty-third session -------------------------------------------------------------------------------------------

def test_a_post_the_asker_is_tagged_in_or_an_account_uploads_is_not_the_asker_s_post():
    f = extract("boleh blokir akun relawan yg terus ngetag sy di postingan mereka?")
    assert "ditandai" in f.get("manner") and "posting" not in f.get("act")
    assert "posting" not in extract("aku like video yang diupload akun resmi KPU, aman?").get("act")
    # the asker's own upload is still theirs
    assert "posting" in extract("sy upload foto bareng caleg terus ada yg ngetag sy di postingan itu").get("act")


def test_a_permit_named_then_denied_is_no_permit():
    f = extract("atasan udah oke lisan, tapi surat izin tertulisnya belum keluar. boleh langsung jadi pps?")
    assert "berizin" in f.neg("manner") and "berizin" not in f.get("manner")


def test_an_election_duty_accepted_is_no_gift_received():
    assert "terima" not in extract("KPU minta saya jadi pantarlih, kepala dinas sudah kasih izin tertulis. boleh saya terima?").get("act")
    assert "terima" in extract("sy jadi kpps, terus dikasih amplop sama timses, boleh terima?").get("act")


def test_a_handshake_with_no_photo_is_no_pose():
    assert "pose" not in extract("pas kondangan ada caleg, sy cuma salaman, ga foto. aman?").get("act")
    assert "pose" in extract("salaman sama caleg sambil pose dua jari, ga foto kok").get("act")


def test_a_banner_left_by_a_former_owner_is_not_put_up_by_the_asker():
    f = extract("rumah yg sy beli, penghuni lama ninggalin spanduk caleg di tembok. sy kena?")
    assert "pasang-apk" not in f.get("act")


def test_words_of_support_quoted_are_a_call_for_a_candidate():
    f = extract('di warung aku njawab "udah, pilih pak haji aja" ke ibu-ibu. kena ga?')
    assert "ajak" in f.get("act") and "calon" in f.get("target")
    assert "ajak" in extract('sy bilang ke tetangga "tolong bantu anak saya ya" pas dia nyaleg').get("act")
    # a call to use the vote at all names no side
    assert "ajak" not in extract('sy cuma bilang "gunakan hak pilih, pilih sesuai hati nurani" ke staf').get("act")


def test_a_named_candidate_who_means_to_stay_a_civil_servant():
    assert "tetap-pns" in extract("sy sudah ditetapkan caleg. surat pengunduran diri belum sy ajukan, masih ngantor, boleh?").get("manner")
    assert "tetap-pns" in extract("udah ditetapkan jadi cabup, mundurnya nanti kalau menang aja ya?").get("manner")


def test_a_cltn_permit_issued_and_a_decision_not_to_join():
    assert "cltn-sah" in extract("aku udah urus CLTN, SK nya pun udah terbit. boleh ikut kampanye suami?").get("manner")
    assert "tidak-terlibat" in extract("istri nyaleg, saya sudah memutuskan tidak ikut sama sekali. aman?").get("manner")


@pytest.mark.parametrize("text, qtype", [
    ("kabid liat staf ikut kampanye. apakah kabid wajib bertindak atau tunggu laporan?", "what-to-do"),
    ("kalau ketahuan punya KTA partai, apa yang terjadi sama status PNS-nya?", "sanction"),
    ("KALO SA KASI KTP KE TIM CALON PERSEORANGAN BUAT SYARAT DUKUNGAN, NDA APA-APA JI?", "permission"),
])
def test_twenty_third_session_question_types(text, qtype):
    assert question_type(text) == qtype


def test_driving_a_relative_to_a_campaign_and_driving_a_candidate():
    assert "antar-kerabat" in extract("sy pns cuma nganterin ibu ke lapangan kampanye caleg terus pulang").get("manner")
    assert "antar-kerabat" not in extract("sy pns nganterin caleg keliling kampanye pake mobil pribadi").get("manner")
    assert "antar-kerabat" not in extract("antar tetangga lansia ke TPS pas coblosan, boleh?").get("manner")


def test_eastern_malay_possessives_say_whose_house_it_is():
    f = extract("beta PNS. beta pung kakak bukan PNS, dia pasang bendera partai di dia pung rumah, bukan beta pung rumah. beta seng ikut apa-apa")
    assert "tempat-kerabat" in f.get("manner")


def test_acehnese_school_and_organisations_of_scholars():
    # "dayah" is a traditional school, not a misspelt "ayah" (father)
    f = extract("sy PNS diajak jadi pengurus organisasi ulama dayah, bukan partai. boleh?")
    assert "keluarga" not in f.get("target") and "organisasi" in f.get("target")


def test_filling_in_a_volunteer_form_joins_the_team():
    assert "tim" in extract("isi formulir pendaftaran relawan paslon yg disebar di grup, aku PNS, boleh?").get("act")


def test_a_relative_who_asks_to_be_driven():
    assert "antar-kerabat" in extract("enyak aye minta dianterin ke kampanye paslon, aye nunggu di parkiran doang").get("manner")


def test_the_asker_hands_out_a_side_s_envelopes():
    assert "ikut-membagi" in extract("pns blh ikut bagi2 amplop dari timses malam sebelum nyoblos?").get("manner")
    assert "ikut-membagi" not in extract("dikasih amplop sama timses caleg, asn boleh terima?").get("manner")


def test_a_side_s_campaign_post_is_its_team_s():
    assert "tim" in extract("disuruh kabid ngecat posko paslon 2, katanya kerja bakti").get("target")


def test_an_exciting_debate_and_an_invitation_to_watch_are_no_call_to_vote():
    assert "ajak" not in extract("debat semalam seru banget").get("act")
    assert "ajak" in extract("ada seruan memilih paslon 2 di grup").get("act")
    f = extract('nulis di grup keluarga "ayo pada nonton debatnya biar tau program semua calon"')
    assert "ajak" not in f.get("act")


def test_an_employment_status_and_a_greeting_are_no_post_and_no_pose():
    f = extract("status saya masih CPNS, boleh ikut kampanye?")
    assert "posting" not in f.get("act") and "cpns" in f.get("actor")
    assert "pppk" in extract("saya satpam RSUD, status PPPK").get("actor")
    assert "posting" in extract("bikin status WA dukung caleg").get("act")
    assert "pose" not in extract("salam kenal min, sy pns mau tanya").get("act")
    assert "pose" in extract("foto salam dua jari sama caleg").get("act")


def test_a_duty_and_studying_are_no_election_office_and_no_teaching():
    # "tugas" is the stem of "petugas"; only an election body's officer is the act
    assert "petugas" not in extract("sy ditugaskan camat memantau musyawarah desa").get("act")
    assert "petugas" in extract("sy ditugaskan jadi anggota PPS, boleh?").get("act")
    assert "mengajar" not in extract("saya PNS tugas belajar, lagi kuliah S2").get("act")
    assert "mengajar" in extract("sy dosen PNS, ngajar kelas politik").get("act")


def test_asking_the_bot_for_help_is_no_aid_programme():
    assert "keputusan" not in extract("mohon bantuan infonya min, pns boleh like postingan caleg?").get("act")
    assert "keputusan" in extract("program bantuan sosial dibagi bareng petahana yang nyalon lagi").get("act")


@pytest.mark.parametrize("text, qtype", [
    ("ASN YANG KETAHUAN PASANG BALIHO CALEG ITU DIAPAIN?", "sanction"),
    ("kpn hrs ngajuin cuti diluar tanggungan negara kalau suami nyalon?", "what-to-do"),
    ("sy mau ikut tes PPK, prosedurny gmn?", "what-to-do"),
])
def test_twenty_fourth_session_question_types(text, qtype):
    assert question_type(text) == qtype


def test_a_sundanese_asker_outside_the_rules_with_a_particle():
    frame = extract("Salaki abdi PNS, abdi mah sanes ASN. Abdi bade ngiring kampanye caleg, kenging?")
    assert "bukan-asn" in frame.get("actor") and "pns" not in frame.get("actor")


@pytest.mark.parametrize("text", [
    "sy bilang ke ortu murid jgn lupa dukung pak Budi ya",
    "camat minta para kades amankan suara buat paslon petahana",
    "di antrean TPS sy bisik ke tetangga pilih yg nomor 3 aja",
    "sa harus bicara ke warga supaya pilih calon itu kah?",
])
def test_calls_to_back_someone_said_in_other_words(text):
    assert "ajak" in extract(text).get("act")


@pytest.mark.parametrize("text", [
    "sy PNS ikut misa minggu, ternyata ada caleg ikut misa juga di bangku depan, aman?",
    "kerja bakti RT, ada caleg ikut kerja bakti juga sbg warga, sy PNS ikut angkat sampah",
    "kondangan anak caleg, ga ada atribut, ga ada pidato, sy PNS cuma makan",
])
def test_a_candidate_who_only_takes_part_like_anyone(text):
    assert "calon-tanpa-kampanye" in extract(text).get("manner")


def test_a_party_office_of_someone_the_asker_knows_is_not_the_asker_s():
    assert "pengurus" not in extract("ketua DPC partai yg kebetulan tetangga sy ngajak ronda bareng, sy PNS").get("act")
    assert "pengurus" in extract("sy PNS mau jadi pengurus partai, boleh?").get("act")


@pytest.mark.parametrize("text", [
    "Apa maksud 'simbol keberpihakan' di SKB?",
    "ada ga daftar resmi pose jari yg dilarang?",
    "daftar pose tangan terlarang itu ada di SKB ya?",
])
def test_what_a_term_means_or_whether_a_list_exists_is_a_definition_question(text):
    assert question_type(text) == "definition"


def test_a_call_in_the_asker_s_own_words():
    assert "ajak" in extract("sy mau kirim pesan 'ayo semua pilih pak Budi' di grup keluarga").get("act")


@pytest.mark.parametrize("text, qtype", [
    ("PPPK ketahuan jd pengurus partai, sanksinya?", "sanction"),
    ("pppk kena pp 94 gak sih", "definition"),
    ("PP 94 bisa dipakai buat guru PPPK yg ikut kampanye?", "definition"),
    # "gimana hukumnya?" asks whether it is allowed
    ("lurah ngumumin di pengajian biar warga milih paslon 1, gimana hukumnya?", "permission"),
])
def test_twenty_fourth_session_sanction_and_scope_questions(text, qtype):
    assert question_type(text) == qtype


@pytest.mark.parametrize("text, qtype", [
    ("asn wajib nyoblos gak sih?", "definition"),
    ("posting di akun pribadi pas libur tetap dihitung pelanggaran disiplin?", "definition"),
    ("kenapa sih ASN dilarang komen di postingan capres?", "definition"),
    ("sy kasubag, tau staf sy posting dukung cagub tapi sy diemin aja. sy bisa kena?", "sanction"),
    # a side's act named: whether that act counts is a permission question
    ("komen dukung caleg di luar jam kerja termasuk pelanggaran disiplin gak?", "permission"),
    ("pokoknya kalian wajib coblos capres nomor 1, gitu boleh ga sy bilang ke anak2?", "permission"),
    # the asker's own silence in a meeting is no superior's liability
    ("pas rapat kabid ngajak pilih caleg, aku diem aja. aku ikut kena?", "permission"),
])
def test_twenty_fourth_session_what_is_required_covered_and_owed(text, qtype):
    assert question_type(text) == qtype


def test_an_attendance_list_is_no_question_about_an_official_list():
    assert question_type("ada daftar hadir kampanye, sy PNS tanda tangan boleh?") == "permission"


@pytest.mark.parametrize("text", [
    "Sekda kami pensiun bulan depan, masih aktif. Boleh kumpulin kepala OPD minta dukungan?",
    "sy pensiun 3 bulan lagi, boleh jadi timses caleg skrg?",
])
def test_one_about_to_retire_still_serves(text):
    actors = extract(text).get("actor")
    assert "pensiunan" not in actors and actors & {"asn", "pns"}


@pytest.mark.parametrize("text, qtype", [
    ("ikut kampanye pake atribut partai hukdisnya apa", "sanction"),
    ("kalo masih bakal calon trus like, sanksinya cuma teguran doang?", "sanction"),
    ("pns yg pake fasilitas kntr bwt kmpanye sodara,hukumannya brat ato sdg", "sanction"),
    ("lapor kdes g netral k mn?", "what-to-do"),
    ("mau lapor ASN yg share poster capres, lewat mana ya?", "what-to-do"),
    ("sy kpl pskesmas, ad pegawai sy yg ktahuan jd admn grp fb relawan capres. hrs dprosses gmn?", "what-to-do"),
    ("Ambo ASN. Kalau foto ambo jo caleg alah diposting urang lain, apo nan harus ambo pabuek?", "what-to-do"),
    ("pelanggaran disiplin itu definisinya apa? termasuk postingan di akun pribadi?", "definition"),
    # "gmn hukumnya?" still asks whether it is allowed
    ("klo sy lik postngan bacaleg di fb gmn hukmnya", "permission"),
])
def test_twenty_fifth_session_sanction_steps_and_definition_shapes(text, qtype):
    assert question_type(text) == qtype


@pytest.mark.parametrize("text, qtype", [
    ("Camat kumpulkan kades dan suruh menangkan satu paslon bupati. Itu masuk pidana atau cuma disiplin?", "sanction"),
    ("Atasan saya tahu saya masuk grup pemenangan caleg tapi diam saja. Kalau ketahuan, dia juga kena?", "sanction"),
    ("Bro, aku PNS. Nek aku pengen dadi anggota Bawaslu kabupaten, kudu lèrèn seka PNS po piye?", "what-to-do"),
    ("Kemarin aku PNS ikut deklarasi relawan dan pidato singkat. Sanksinya moral atau disiplin?", "sanction"),
    ("sepupu upload foto aku pose 3 jari bareng paman (caleg no 3) di FB nya, yg kena siapa? aku (PNS) atau sepupu?", "sanction"),
    ("Suami saya PNS mau maju caleg DPRD. Sebelum ditetapkan KPU dia mau ngedeketin partai. Dia wajib ngurus apa dulu?",
     "what-to-do"),
    ("SKB netralitas ASN 2022 itu nomornya berapa aja? mau saya kutip di surat imbauan", "definition"),
    ("izin jadi KPPS itu harus dari siapa? cukup lisan ke atasan atau harus surat?", "authority"),
    ("izin jadi KPPS cukup lisan ke atasan atau harus surat?", "what-to-do"),
    ("pppk ikut kampanye bisa diputus kontrak?", "sanction"),
    # a contract ended as someone's aim is the act asked about
    ("atasan minta data honorer pendukung lawan biar kontraknya tidak diperpanjang. saya ikuti saja kan?", "permission"),
    # leaving a group is the act asked about, not a duty to resign
    ("Dilebokke grup WA relawan paslon, aku mung meneng wae. Ngono kuwi oleh ora, apa kudu metu?", "permission"),
])
def test_twenty_sixth_session_sanction_kinds_and_javanese_resignation(text, qtype):
    assert question_type(text) == qtype


def test_naming_no_one_rules_the_candidate_out_of_a_call_to_vote():
    f = extract("msa tng blh g sy kdis ngajak staf jgn lp coblos ya bsk tp g nyebut nm sp2")
    assert "calon" in f.neg("target") and "ajak" in f.get("act")


def test_a_ballot_number_to_remember_is_a_call_for_that_candidate():
    f = extract("bagi sembako ga ada gambar calon, cuma bilang 'jgn lupa no 3 ya'")
    assert "ajak" in f.get("act") and "calon" in f.get("target")
    assert "ajak" not in extract("ingat nomor induk pegawai saya ga?").get("act")
    # the candidate named as the one who said it keeps the call his
    said_by_him = extract("caleg itu kasih sambutan plus titip 'jangan lupa nomor 7'. sy yg punya acara, melanggar?")
    assert "ajak" not in said_by_him.get("act")


@pytest.mark.parametrize("text, target", [
    ("bupati baru udh dilantik, boleh kan kita foto bareng di acara dinas trus diupload di akun kantor?", "pemerintah"),
    ("Capres yang menang udah dilantik jadi presiden. Saya share video pidatonya dari akun resmi Setpres. boleh?", "pemerintah"),
    # the caleg who won sits as a party's legislator
    ("caleg yg menang udh dilantik jd anggota DPRD. sy like postingan beliau soal reses, msh masalah gk?", "calon"),
])
def test_who_an_inaugurated_winner_is(text, target):
    assert target in extract(text).get("target")


def test_support_said_or_aid_given_keeps_the_inaugurated_head_out_of_the_official_reading():
    assert "pemerintah" not in extract('pas pelantikan bupati sy bikin status WA foto beliau + caption "kami siap mendukung"').get("target")
    assert "pemerintah" not in extract("bupati baru udh dilantik, kadis nyuruh bagi sembako ke basis pemilihnya").get("target")


def test_an_organisation_a_candidate_leads_is_read_as_tied_to_a_party():
    f = extract("Bukan partai kok, cuma ormas kepemudaan yang ketuanya kebetulan caleg DPRD. Saya boleh jadi anggota ormasnya?")
    assert "sayap-partai" in f.get("manner")
    assert "sayap-partai" not in extract("jadi pengurus ormas keagamaan boleh? ga ada hubungan sama partai").get("manner")


def test_an_infographic_from_the_election_body_is_its_content():
    f = extract("share infografis resmi dari KPU tentang cara nyoblos surat suara DPD di status WA, itu boleh kan?")
    assert "penyelenggara" in f.get("target") and "calon" not in f.get("target")


@pytest.mark.parametrize("text, qtype", [
    ("daftar pose jari yg dilarang itu ada di SKB ya?", "definition"),
    ("klo sy jd kpps kn asn, hrs izin sp? kpl sklh cukup?", "what-to-do"),
    ("Perlu izin tertulis atasan gak kalau ASN daftar jadi PPS?", "what-to-do"),
    ("ada ASN yg pas kampanye kemaren jadi timses. masih bisa dilaporin gk skrg, lewat mana?", "what-to-do"),
])
def test_twenty_fifth_session_lists_permits_and_reports(text, qtype):
    assert effective_question(question_type(text), text) == qtype


def test_a_call_to_vote_for_a_relative_named_by_kinship_is_a_call():
    f = extract("Kakakku PNS, udah CLTN. Pas kampanye akbar dia naik panggung dan orasi minta warga pilih suaminya. Bener boleh?")
    assert "ajak" in f.get("act")
    assert "ajak" not in extract("sy sendiri pilih suami sy, itu rahasia kan?").get("act")
    assert "ajak" in extract("sy kasih kultum di pengajian RT terus minta jamaah pilih adik").get("act")
    # Acehnese: "Menyoe lon peugah bak jamaah meunasah beu jipileh abang lon"
    assert "ajak" in extract("Lon PNS. Menyoe lon peugah bak jamaah meunasah beu jipileh abang lon, jeut atawa han?").get("act")
    from netralbot.knowledge.frame import _DESCRIBED_CHOICE
    assert _DESCRIBED_CHOICE.search("minta jamaah pilih adik") and not _DESCRIBED_CHOICE.search("minta murid pilih adik kelas")


def test_someone_told_not_on_leave_keeps_the_leave_exception_from_holding():
    granted = extract("Suamiku calon walikota, aku PNS udah CLTN. Boleh dampingi dia di kampanye?")
    assert "cltn-sah" in granted.get("manner")
    colleague = extract("Suamiku calon walikota, aku PNS udah CLTN. Temen sekantorku (PNS juga, ga cuti) mau ikut nemenin "
                        "aku naik ke panggung kampanye, boleh juga kan?")
    assert "cltn-sah" not in colleague.get("manner")


def test_a_colleague_s_own_leave_asked_is_not_the_asker_standing_apart():
    asked = extract("temen kantor ditawarin jadi saksi partai di TPS, honornya lumayan. dia boleh ga?")
    assert "rekan-berbuat" not in asked.get("manner")
    apart = extract("Temen sekantorku posting dukung caleg terus, aku ga ikut2an. Aku bakal kena juga?")
    assert "rekan-berbuat" in apart.get("manner")


@pytest.mark.parametrize("text", [
    "Aku ga ikut kampanye. Tapi pas kakakku (caleg) mampir ke rumah, aku (PNS) pinjemin motor pribadiku buat dia keliling "
    "sosialisasi seminggu.",
    "Uni, ambo PNS. Suami ambo jadi saksi partai, inyo indak PNS. Inyo mintak ambo bantu masakkan nasi bungkuih untuak "
    "kawan-kawan saksinyo di rumah. Bulieh indak?",
])
def test_the_asker_lending_a_hand_or_a_motorbike_is_not_standing_apart(text):
    assert "tidak-terlibat" not in extract(text).get("manner")


def test_the_asker_standing_apart_is_still_read_without_a_hand_lent():
    assert "tidak-terlibat" in extract("Kakakku caleg, aku PNS ga ikut kampanye sama sekali. Aman kan?").get("manner")


def test_the_relative_running_left_unnamed_rules_the_candidate_out_of_a_reminder_to_vote():
    f = extract('aku (PNS) ngingetin keluarga besar di grup WA "jangan lupa datang ke TPS ya, pilih sesuai hati masing2" '
                'tanpa nyebut nama om yg nyaleg?')
    assert "calon" in f.neg("target") and "calon" not in f.get("target")
    # a side named elsewhere keeps the candidate
    named = extract("aku ngingetin keluarga jangan lupa pilih nomor 3 ya, tanpa nyebut nama om yg nyaleg")
    assert "calon" not in named.neg("target")


def test_an_undo_done_and_offered_for_approval_is_the_undo_asked_about():
    f = extract("masa tenang, aku hapus semua story & postingan lama yg ada foto sama caleg. itu udah bener kan?")
    assert "mau-hapus" in f.get("manner")
    # an undo done, asked whether the act before it still counts, is not
    assert "mau-hapus" not in extract("udah sy hapus foto sama caleg itu, masih kena sanksi?").get("manner")


@pytest.mark.parametrize("text", [
    "Istri sy PNS berstatus CLTN sejak Januari, suami caleg, boleh ikut kampanye suami?",
    "Sy PNS, mengambil CLTN selama 6 bulan untuk mendampingi suami yg nyalon bupati. Boleh ikut kampanye?",
    "permohonan CLTN saya sudah dikabulkan BKN, boleh ikut kampanye suami?",
    "sy PNS dan sudah mendapat izin CLTN dari PPK, suami caleg, boleh ikut kampanye?",
])
def test_more_ways_of_saying_the_leave_is_granted(text):
    assert "cltn-sah" in extract(text).get("manner")


def test_an_outsider_asking_whether_it_is_safe_for_the_civil_servant_relative_asks_for_them():
    f = extract("Istriku PNS guru SD, aku sendiri wiraswasta dan tahun ini nyalon DPRD. Dia udah ngajuin CLTN dan disetujui. "
                "Kemarin dia ikut nemenin aku kampanye dialogis, ga pake atribut. Itu aman kan buat dia?")
    assert "pns" in f.get("actor") and "cltn-sah" in f.get("manner")


def test_regional_first_persons_speak_for_the_asker():
    from netralbot.knowledge.frame import _ASKER_SPEAKS
    assert _ASKER_SPEAKS.search("beta mau kasih sambutan di acara caleg")
    assert _ASKER_SPEAKS.search("Ada lembaga mahasiswa minta sa jadi moderator debat calon bupati")


def test_standing_apart_said_in_eastern_malay():
    f = extract("sa guru PNS, suami sa calon wakil bupati. tiap malam tim sukses rapat di ruang tamu kami. sa tra ikut rapat")
    assert "tidak-terlibat" in f.get("manner")


def test_praise_of_a_numbered_candidate_said_in_quotes_is_a_call():
    f = extract('Pas pelajaran PPKn beta mau kasi contoh "pemimpin yang baik tu macam calon nomor 2". Bole ko sonde?')
    assert "ajak" in f.get("act")
    assert "ajak" not in extract('status WA "semoga pemimpin yg amanah menang", ga sebut nama, aman?').get("act")


def test_a_chosen_number_meant_as_a_sign_and_a_candidate_in_the_photo():
    coded = extract("klo foto jari tinta tapi sambil pose dua jari, kebetulan nomor paslon jagoanku kan 2, trus aku upload "
                    "pas hari H biar temen2 ngerti kode. itu kena ga?")
    assert "pose-angka" in coded.get("manner")
    chance = extract("abis nyoblos foto jari tinta acungin satu jari, kebetulan ada paslon nomor 1. aman?")
    assert "pose-angka" not in chance.get("manner")
    assert "foto-bersama-calon" in extract("pas hari H saya upload foto bareng caleg DPRD yg dateng nyoblos di TPS").get("manner")


def test_which_rule_governs_an_act_asks_its_basis():
    assert question_type("PPPK IKUT KAMPANYE ITU DIATUR DI PASAL BERAPA?") == "definition"
    assert question_type("pppk ikut kampanye yg ngatur uu apa?") == "definition"


def test_palembang_pacak_dak_is_a_question_tag_not_a_negation():
    f = extract("Aku ASN, wong dinas. Pacak dak aku bagi-bagi kalender caleg ke tetangga?")
    assert "bagi-barang" in f.get("act") and "bagi-barang" not in f.neg("act")
    kupang = extract("Beta PNS. Bole ko sonde beta pasang baliho caleg di rumah?")
    assert "pasang-apk" in kupang.get("act") and "pasang-apk" not in kupang.neg("act")


def test_a_relative_inaugurated_as_head_of_government_is_the_official():
    f = extract("Bapak udah dilantik jadi bupati minggu lalu. Aku PNS di dinas. Boleh upload foto keluarga pas acara "
                "pelantikan bapak di IG? ga ada atribut partai")
    assert "pemerintah" in f.get("target")
    # about to be inaugurated is not yet the official
    soon = extract("Bupati hanyar handak dilantik, keluarga ulun diundang ke acara batamat Quran di rumah beliau. Kawa kah ulun datang?")
    assert "pemerintah" not in soon.get("target")


def test_an_account_followed_before_and_now_unfollowed_is_no_follow():
    done = extract("Aku udah unfollow semua akun caleg & tim pemenangan yg dulu aku follow sebelum jadi CPNS. Udah aman kan?")
    assert "unfollow" in done.get("act") and "follow" not in done.get("act")
    assert "tim" not in done.get("act")  # the team owns an account; nobody joins it
    # still followed, and whether to undo it is the question: the follow stands
    asked = extract("Dulu saya follow akun IG dia waktu masih bakal calon. Sekarang dia calon gubernur. Saya harus unfollow?")
    assert "follow" in asked.get("act")
    assert "tim" in extract("aku diajak jadi admin akun IG tim pemenangan caleg, boleh?").get("act")


def test_a_candidate_named_by_kpu_is_not_an_act_aimed_at_kpu():
    f = extract("Saya PNS, sudah ditetapkan KPU di DCT, SK pemberhentian saya sebagai PNS sudah keluar. "
                "Sekarang saya boleh kampanye untuk diri sendiri?")
    assert "penyelenggara" not in f.get("target") and "calon" in f.get("target")
    # KPU's own announcement shared is still about the election body
    assert "penyelenggara" in extract("KPU udh netapin hasil rekap. sy share pengumuman resmi KPU ke grup RT").get("target")


def test_the_asker_married_to_a_police_officer_is_not_the_officer():
    f = extract("sy istri polisi, ibu rumah tangga biasa bukan ASN. boleh gk sy jadi tim sukses caleg temen sy?")
    assert "tni-polri" not in f.get("actor") and {"bukan-asn", "warga"} <= f.get("actor")
    # the relative in uniform asked about stays the officer
    assert "tni-polri" in extract("suami sy polisi aktif, dia boleh ikut nyoblos gak sih pas pemilu?").get("actor")


def test_which_article_governs_and_how_two_terms_differ_are_definitions():
    assert question_type("pasal berapa yang ngatur PPPK dilarang jadi anggota partai? mau sy kutip di sosialisasi") == "definition"
    assert question_type("bedanya bakal calon sama calon apa? kok katanya sanksi like postingan bisa beda?") == "definition"
    # a difference between two acts asked about the asker's own choice stays a permission question
    assert question_type("beda ga sih like sama komen postingan caleg? boleh yg mana?") == "permission"


def test_what_serving_asn_may_do_people_outside_the_rules_may_too():
    from netralbot.knowledge.frame import allowed_to_asn_so_to_them
    entry = EntryFrame(act=["tonton"], target=["calon"], actor=["asn"])
    assert allowed_to_asn_so_to_them(entry, extract("aku honorer di Pemko, boleh nonton debat cagub di kedai kopi?"))
    # not for people rules of their own bind, nor for acts those rules could weigh differently
    assert not allowed_to_asn_so_to_them(entry, extract("aku polisi aktif, boleh nonton debat cagub?"))
    assert not allowed_to_asn_so_to_them(entry, extract("temen sy honorer nempel stiker paslon di warung, bener gk?"))


def test_a_choice_kept_secret_and_a_number_shown_with_the_fingers():
    assert "rahasiakan-pilihan" in extract('sy pns, mertua nnya sy mo pilih sapa, sy jwb "rahasia dong". bnr kn?').get("manner")
    assert "rahasiakan-pilihan" in extract("ga mau kasih tau pilihan ke kabid, asn berhak kan?").get("manner")
    assert "rahasiakan-pilihan" not in extract("boleh gak pns bilang ke temen kantor pilihannya").get("manner")
    assert "pose" in extract('sy jwb "rahasia dong" tp sambil ngacungin 2 jari. aman kn?').get("act")


def test_evidence_is_not_goods_and_an_interview_watched_is_not_a_survey():
    f = extract("Sy langsung hapus fotonya. Tp temen sy bilang nanti dikira ngilangin barang bukti. gpp kan?")
    assert "bagi-barang" not in f.get("act") and "hapus" in f.get("act")
    f = extract("boleh ga sy nonton wawancara semua paslon di YouTube biar pas nyoblos ga asal?")
    assert "survei" not in f.get("act") and "tonton" in f.get("act")
    assert "survei" in extract("sy ditelpon lembaga survei, diwawancara soal pilihan capres, boleh jawab?").get("act")


def test_others_asked_to_vote_for_a_candidate_is_a_call_unless_denied():
    f = extract("Ambo PNS, acok maagiah ceramah di surau. Buliah indak ambo sambia mintak jamaah mamiliah caleg urang kampuang awak?")
    assert "ajak" in f.get("act")
    assert "ajak" not in extract("aku cm jadi tuan rumah, ga pose jari, ga ngajak orang milih dia. apa aku dianggap ga netral?").get("act")
    # the asker asked to vote is pressure on the asker, not a call the asker makes
    assert "ajak" not in extract("timses minta saya pilih caleg nomor 3, sy PNS harus gmn?").get("act")


def test_who_is_punished_asked_between_two_and_a_narsum_is_a_speaker():
    assert question_type("Kalo calon bupati yg ngajak ASN ikut kampanye, yg dihukum calonnya atau ASN-nya?") == "sanction"
    assert "pembicara" in extract("klo asn jd narsum d seminar yg d adain partai, blh?").get("act")


def test_money_politics_reported_as_the_election_bodies_ask_is_no_handout():
    f = extract("Akun IG Bawaslu kabupaten posting ajakan 'Jadi Pengawas Partisipatif, laporkan politik uang'. Sy like.")
    assert "bagi-barang" not in f.get("act")
    assert "bagi-barang" in extract("timses ngasih politik uang ke warga lewat saya, boleh?").get("act")


def test_a_minang_head_of_a_jorong_is_a_village_official():
    assert "perangkat-desa" in extract("Ambo kapalo jorong, disuruah masuak tim kampanye caleg DPR RI. Bulieh?").get("actor")


def test_a_cltn_decree_received_is_a_granted_cltn():
    assert "cltn-sah" in extract("suami sy caleg, sy PNS udh dpt SK CLTN dr BKPSDM. skrg boleh dampingi suami kampanye?").get("manner")


def test_someone_else_named_as_the_one_who_puts_it_up_is_not_the_asker():
    f = extract("SAYA PNS. TETANGGA SAYA PASANG BALIHO CALEG DI TANAH KOSONG MILIK SAYA TANPA IZIN. APAKAH SAYA YANG KENA SANKSI??")
    assert "pasang-sendiri" not in f.get("manner")
    assert "pasang-sendiri" in extract("sy pns, sy pasang baliho caleg di pagar rumah sendiri, boleh?").get("manner")


def test_an_event_held_by_a_party_is_not_a_tag():
    f = extract("sy guru pns, boleh ga ikut jalan sehat yg diadain partai?")
    assert "tag" not in f.get("act") and "partai" in f.get("target")


def test_which_article_the_act_breaks_asks_its_basis():
    assert question_type("pppk yg ikut kampanye kena pasal apa?") == "definition"
    assert question_type("pasal apa yg dilanggar kalo pns like postingan caleg?") == "definition"
    assert question_type("sy kena ga kalo like postingan caleg?") == "permission"


def test_a_call_to_vote_for_a_ballot_number_names_a_candidate():
    f = extract("sy mau nyelipin 'coblos yg nomor dua ya bapak ibu' di sambutan, ga sebut nama. boleh?")
    assert "ajak" in f.get("act") and "calon" in f.get("target") and "calon" not in f.neg("target")
    # the asker's own vote told is no call
    assert "ajak" not in extract("di bilik nanti saya sendiri pilih capres nomor 3, gak bilang siapa2. aman kan?").get("act")


def test_a_colleague_who_resigned_leaves_the_asker_who_still_serves_a_civil_servant():
    f = extract("temen sy nyaleg, dia udh mundur dr pns. dia tag sy di story kampanye, sy share ulang. sy msh pns, gmn?")
    assert "bukan-asn" not in f.get("actor") and "pns" in f.get("actor")


def test_a_photo_someone_else_uploaded_is_not_the_asker_s_post():
    f = extract("kondangan sepupu, sy ikut foto bareng caleg tanpa pose, trus sepupu sy yg upload di IG dia. sy kena?")
    assert "posting" not in f.get("act") and "diunggah-orang-lain" in f.get("manner")
    # the asker's own upload or reshare told, or a pose beside the candidate, stays the asker's
    assert "posting" in extract("temen upload foto kami bareng caleg, terus sy posting ulang di FB sy. boleh?").get("act")
    assert "diunggah-orang-lain" not in extract("temen yg upload foto kami pose 2 jari bareng caleg. sy kena?").get("manner")


def test_an_occasion_said_to_hold_no_campaign_leaves_the_candidate_only_a_guest():
    assert "calon-tanpa-kampanye" in extract("sy PNS dateng ke nikahan anak caleg, ga ada kampanye, cuma makan. boleh?").get("manner")
    assert "calon-tanpa-kampanye" in extract("adik sy caleg, sy datang ke syukuran dia, murni hajatan keluarga. boleh?").get("manner")


def test_a_candidate_s_things_the_asker_hands_out_and_those_others_hand_out():
    f = extract("sy PNS, beli 100 kaos bergambar capres pake duit sendiri buat dibagiin ke warga. boleh?")
    assert "bagi-barang" in f.get("act") and "membagi-sendiri" in f.get("manner")
    # others' handouts, or a relative's, are not the asker's
    assert "membagi-sendiri" not in extract("sy PNS, trima kalender paslon yg dibagiin timses. gmn?").get("manner")
    assert "membagi-sendiri" not in extract("sy PNS, istri sy relawan caleg, ikut bagi2 brosur. sy kena?").get("manner")


def test_driving_a_relative_to_their_campaign_is_the_asker_s_own_part():
    f = extract("suami sy caleg, bukan ASN. sy PNS, ga ikut kampanye dia. besok dia orasi, sy cuma nganter pake mobil pribadi.")
    assert "tidak-terlibat" not in f.get("manner")


def test_a_ballot_number_worn_stands_for_a_candidate():
    f = extract("kaos ga ada gambar calonnya, cuma angka 3 gede di depan, sy pake ke kantor. boleh?")
    assert "calon" in f.get("target") and "calon" not in f.neg("target")
    assert "calon" not in extract("pns boleh pake kaos futsal nomor 10 punggung ke kantor?").get("target")


def test_a_bare_number_on_a_profile_picture_in_election_season_stands_for_a_candidate():
    frame = extract("ga ada foto calon, cuma nomor 3 besar di foto profil fb sy selama kampanye pilkada")
    assert "calon" in frame.get("target") and "calon" not in frame.negated.get("target", frozenset())
    # (a number with no election in sight is a number)
    assert "calon" not in extract("foto profil sy angka 17 buat ultah kantor").get("target")


def test_a_colleague_s_broadcasts_the_asker_stays_silent_on_are_the_colleague_s():
    frame = extract("rekan sekantor sy tiap hari share materi paslon di grup kantor, sy diem aja ga ikut komen, sy ikut salah ga?")
    assert "rekan-berbuat" in frame.get("manner")
    # the asker who joins in is not set apart
    assert "rekan-berbuat" not in extract("rekan sekantor sy share materi paslon, sy ikut share juga, salah ga?").get("manner")


def test_endorsing_a_candidate_and_running_an_account_are_posts():
    assert "posting" in extract("pns boleh endorse capres di tiktok pribadinya?").get("act")
    assert "posting" in extract("sy disuruh jd admin ig tim pemenangan cabup, blh?").get("act")


def test_an_opinion_piece_written_in_support_of_a_side_is_a_post_of_support():
    assert "posting" in extract("sy nulis tulisan mendukung cagub di blog, boleh?").get("act")
    assert "opini" in extract("sy nulis opini soal program semua paslon secara berimbang, boleh?").get("act")


def test_thirty_first_session_readings():
    # the account an act is denied at is where, not what is denied: the like that follows is on Bawaslu's post
    f = extract("sy ga komen apa2 di akun Bawaslu, cuma like postingan ajakan awasi pemilu. boleh kan?")
    assert "penyelenggara" in f.get("target") and "komentar" in f.neg("act")
    # … but "kagak komen di grup" still denies the group talk
    assert "gabung-grup" in extract("kagak komen di grup, kagak posting apa2").neg("act")
    # a permit given to the asker is nothing handed over
    f = extract("Sy udh minta izin ke kepala puskesmas dan dikasih surat izin tertulis. Jadi sy boleh daftar KPPS kan?")
    assert "terima" not in f.get("act") and "berizin" in f.get("manner")
    assert "terima" in extract("sy dikasih amplop sama timses, boleh diterima?").get("act")
    # things the asker, unnamed, makes to hand out are the asker's handout
    f = extract("ga pake duit negara, pake duit sendiri bikin kaos gambar paslon buat dibagiin ke warga")
    assert "bagi-barang" in f.get("act") and "membagi-sendiri" in f.get("manner")
    assert "membagi-sendiri" not in extract("kaos paslon yg dibagiin timses ke warga, boleh sy pake?").get("manner")


def test_thirty_first_session_calls_in_hashtags():
    # a hashtag that ends on a ballot number, or a side's slogan, is a call to vote; a year is not
    for text in ("cuma twibbon '#LanjutkanNo1' di foto profil WA sy", "status #Pilih01 di wa",
                 "story IG foto kucingku, ning tak kei hashtag #PakHarunLanjut karo #MenangSatuPutaran"):
        f = extract(text)
        assert "ajak" in f.get("act") and "calon" in f.get("target"), text
    assert "ajak" not in extract("twibbon #PemiluDamai2024 dr KPU").get("act")


def test_thirty_first_session_listing_in_sipol():
    # listed in Sipol: the listing is the situation; checked and not listed: the membership stays denied
    assert "anggota-partai" in extract("sy bukan anggota partai tp pas cek di Sipol KPU kok nama sy ada. melanggar?").get("act")
    f = extract("dia bukan anggota partai, udah sy cek juga ga ada namanya di sipol")
    assert "anggota-partai" not in f.get("act") and "anggota-partai" in f.neg("act")


def test_thirty_second_session_readings():
    # a civil servant becoming a candidate, told with "jadi": running; not resigning first is staying in service
    f = extract("blh gk pns jd caleg tp gk mundr dlu")
    assert "nyalon" in f.get("act") and "tetap-pns" in f.get("manner")
    assert "tetap-pns" not in extract("sy pns mau jadi caleg, blm ditetapkan, blm mundur, boleh?").get("manner")
    # … and coming back after losing asks about the resignation
    f = extract("Partai nawarin sy jadi caleg DPRD. Kalau nanti tidak terpilih, bisa ji kah sy balik jadi PNS lagi?")
    assert {"nyalon", "mundur"} <= f.get("act") and "kembali-pns" in f.get("manner")
    # a campaign's team told as just "tim"; not a medical team
    assert "tim" in extract("Sekdes ikut bagi2 kalender caleg sebagai tim").get("act")
    assert "tim" not in extract("sy ikut kampanye kesehatan sebagai tim medis puskesmas").get("act")
    # an event the election body holds in an office hall: the asker attends, lends nothing
    f = extract("KPU ngadain sosialisasi tahapan pemilu buat pegawai di aula kantor bupati. Kami boleh ikut kan?")
    assert "hadir" in f.get("act") and not {"fasilitas", "mengajar"} & f.get("act")
    assert "fasilitas" in extract("KPU ngadain sosialisasi, kami pinjamkan aula kantor bupati, boleh?").get("act")
    # Manado: sent on again
    assert "share" in extract("kita cuma bale kirim itu stiker paslon ke grup laeng").get("act")


def test_thirty_second_session_superiors_readings():
    # a post taken away for the side someone backed: a decision aimed at a side, whoever is now in office
    f = extract("Udah pelantikan bupati baru. Sy diminta nyusun daftar pejabat yg dulu dukung lawan buat dinonjobkan")
    assert "keputusan" in f.get("act") and "calon" in f.get("target") and "karena-pilihan" in f.get("manner")
    f = extract("kadis mau mutasi staf yg kemarin ga dukung calon pemenang")
    assert "calon" in f.get("target") and "calon" not in f.neg("target")
    # a superior letting staff go and vote, or signing a KPPS permit, decides nothing for a side
    assert "keputusan" not in extract("guru minta izin pulang kampung buat nyoblos, boleh sy izinkan?").get("act")
    assert "keputusan" not in extract("guru lolos KPPS, minta surat izin, boleh sy tandatangani izinnya?").get("act")
    # "kta" before a speaker is "kata", not a party card
    assert "anggota-partai" not in extract("sy pns blh nyoblos kn? kta atasn asn hrs golput biar netral").get("act")
    # an election body's event the asker's staff are sent to: no call to vote
    f = extract("Bukan kampanye, ini simulasi pencoblosan dari KPU di aula kecamatan, pegawai sy suruh ikut nonton")
    assert "ajak" not in f.get("act") and "acara-penyelenggara" in f.get("manner")


def test_thirty_second_session_gatherings():
    # the asker gives a candidate the floor at a gathering they run, or holds one for a candidate
    for text in ("Minggu depan calon wali kota ikut ibadah. Boleh sy masukin sambutan calon itu di acara?",
                 "sy pns pengurus dkm, caleg mo ksh ceramah abis jumatan ttg programnya. sy bleh ngizinin?",
                 "Katong pung majelis jemaat mau bikin ibadah syukur 'doa khusus par calon walikota', beta ketua panitia"):
        assert "beri-panggung" in extract(text).get("manner"), text
    # … not when someone else gives it ("panitia kasih slot sambutan caleg")
    assert "beri-panggung" not in extract("sy jadi MC acara warga, panitia kasih slot sambutan caleg, boleh?").get("manner")
    # a candidate's parent is the candidate's family
    assert "keluarga" in extract("Ibunya caleg DPRD di kampung kami meninggal. Sy mau takziah").get("target")
    # the election body brought in to speak: the asker neither invites a side nor speaks
    f = extract("Arisan Dharma Wanita mau ngundang petugas KPU buat sosialisasi cara nyoblos. Sy PNS, panitianya")
    assert not {"undang", "pembicara", "petugas"} & f.get("act") and "acara-penyelenggara" in f.get("manner")
    # the asker invited "sbg tetangga" is not the candidate only attending as a neighbour
    assert "calon-tanpa-kampanye" not in extract(
        "cuma syukuran ulang tahun caleg di rumahnya. Sy diundang sbg tetangga. PNS boleh dateng?").get("manner")
    assert "calon-tanpa-kampanye" in extract("caleg dateng ke pengajian sbg warga biasa, sy pns ikut, boleh?").get("manner")


def test_a_gathering_the_candidate_holds_is_never_one_where_the_candidate_only_attends():
    # "bukan acara kampanye kok": the asker's word about a candidate's own birthday or new house settles nothing
    for text in ("bukan acara kampanye kok, cuma syukuran ulang tahun caleg di rumahnya. sy dtg bawa kado",
                 "Tetangga yg caleg bikin syukuran rumah baru, beta diundang makan. Katanya seng ada kampanye."):
        assert "calon-tanpa-kampanye" not in extract(text).get("manner"), text


def test_kta_before_a_friend_is_kata_too():
    # "kta temen": the regional map turns "temen" into "teman" before phrases are looked up, so the key is "kta teman"
    assert "anggota-partai" not in extract("kta temen sy asn hrs golput biar netral, bener?").get("act")


def test_a_text_read_again_the_same_way_is_not_read_twice():
    """One answer reads its question more than once (the ranker, the relatives' pass, the readings
    that set words aside): the frame is kept, and a different reading is its own."""
    q = "Adik sy relawan caleg, sering pasang baliho. Sy PNS, boleh bantu?"
    first = extract(q)
    assert extract(q) is first
    assert extract(q, qtype="sanction") is not first and extract(q, qtype="sanction").question == "sanction"
    assert extract(q, with_relatives=False) is not first
    assert extract(q, with_relatives=False).get("act") == first.get("act")


@pytest.mark.parametrize("text, slot, value, present", [
    ("sy PNS mau nyaleg. kpu udh netapin sy di DCT tp sy blm ngajuin mundur", "manner", "tetap-pns", True),
    ("ikt rapat tim pmenangan caleg d rmh ketua tim, sy cm nyumbang ide strategi aj", "act", "tim", True),
    ("ikt rapat tim pmenangan caleg d rmh ketua tim, sy cm nyumbang ide strategi aj", "act", "sumbangan", False),
    ("sy ga ikut rapat timses, cuma lewat depan posko", "act", "tim", False),
    ("calon bupati minta dilayani duluan, boleh sy percepat?", "manner", "istimewakan", True),
    ("calon bupati ngurus izin, sy layani kayak warga lain. boleh?", "manner", "istimewakan", False),
    ("bikin status 'semoga bupati baru nanti lebih peduli guru' pas masa kampanye", "manner", "pilihan-menang", True),
    ("bikin status 'semoga bupati baru nanti lebih peduli guru' boleh?", "manner", "pilihan-menang", False),
])
def test_thirty_third_session_readings(text, slot, value, present):
    assert (value in extract(text).get(slot)) is present
