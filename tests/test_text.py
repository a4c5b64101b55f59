from netralbot.knowledge.text import normalise, tagged_tokens, tokens


def test_chat_spelling_slang_and_loanwords_meet_the_formal_question():
    informal = tokens("klo ngelike postingan caleg temen boleh gk?")
    formal = tokens("Bolehkah ASN menyukai unggahan calon?")
    assert {"like", "posting", "calon"} <= set(informal)
    assert {"like", "posting", "calon"} <= set(formal)


def test_elongation_reduplication_and_hyphens():
    assert tokens("bolehhh gaaak share fotooo") == ["share", "foto"]
    assert "kira" not in tokens("kira-kira boleh share?")  # reduplicated filler is a stopword
    assert tokens("foto2 bareng paslon") == ["foto", "calon"]
    assert "like" in tokens("ga sengaja ke-like")


def test_concepts_and_phrases():
    assert "pose" in tokens("foto salam dua jari")
    assert "apk" in tokens("pasang baliho di pagar")
    assert "share" in tokens("teruskan pesan broadcast")
    assert "share" in tokens("forward pesan")
    assert "like" in tokens("kasih jempol")
    assert "cltn" in tokens("cuti di luar tanggungan negara")
    assert "status" in tokens("bikin SW dukung capres")


def test_javanese_and_sundanese_words():
    assert {"pasangan", "nyalon", "ikut", "kampanye"} <= set(tokens("bojoku nyaleg, aku oleh melu kampanye ra?"))
    assert "tidak" not in tokens("teu kenging share")  # negation words are stopwords for matching
    assert "share" in tokens("teu kenging share")


def test_pasangan_calon_is_not_stemmed_into_pasang():
    # PySastrawi would turn "pasangan" into "pasang" (install): that must not happen
    assert "pasang" not in tokens("pasangan calon")
    assert tokens("pasangan calon") == ["calon"]
    assert "pasangan" in tokens("suami saya jadi caleg")


def test_empty_and_symbol_only_input_give_no_tokens():
    assert tokens("") == []
    assert tokens("🙏🙏😀 !!! ???") == []
    assert normalise("   ") == ""


def test_single_word_lexicon_entries_and_triple_letter_acronyms():
    # "parpol" sits under `phrases:` in the lexicon; one-word keys must still apply.
    assert "partai" in tokens("masuk parpol tp gak aktif")
    # "pppk" is a word, not an elongated "pk".
    assert "pppk" in tokens("seleksi PPPK tahap 2")
    assert "bolehh" not in tokens("bolehhh")


def test_a_possessive_suffix_does_not_hide_a_concept():
    from netralbot.knowledge.text import tokens

    # Sastrawi would stem "pemenangannya" to "menang"; the lexicon knows "pemenangan"
    assert "timses" in tokens("admin grup WA pemenangannya")


def test_accented_letters_do_not_split_words():
    from netralbot.knowledge.text import tokens

    assert tokens("Naha éta kénging?") == tokens("Naha eta kenging?")
    assert "bad" not in tokens("abdi badé ngiring")


def test_a_negation_reaches_over_a_listed_series_but_not_a_new_predicate():
    negated = {t for t, n in tagged_tokens("bikin konten ajakan nyoblos, nggak ada nama, foto, atau nomor calon") if n}
    assert {"nama", "foto", "nomor", "calon"} <= negated
    assert not {t for t, n in tagged_tokens("ga pake atribut, ikut yel2") if n} & {"ikut", "yel"}


def test_a_real_chat_word_is_not_corrected_into_another_word():
    # the typo corrector once read "ngajarin" (teach) as "ngajakin" (invite) and "beneran" as
    # "bendera" (a flag, so an attribute): chat forms of dictionary words are words, not slips
    assert "ajak" not in tokens("boleh ngajarin anak cara nyoblos?")
    assert "atribut" not in tokens("beneran boleh?")
    assert "disiplin" not in tokens("disiapin kursi buat tps")
    assert "bukan" not in tokens("bukain pintu aula")
    assert "calon" not in tokens("walkot meresmikan pasar")
    # while slips still reach their word
    assert "partai" in tokens("ikut rapat prtai")
    assert "kampanye" in tokens("dtg ke kmpanye")


def test_liking_someone_is_not_a_like_on_a_post():
    assert "like" not in tokens("boleh nyoblos caleg dari partai yg aku suka kan?")
    assert "like" in tokens("suka postingan caleg") and "like" in tokens("kasih suka di foto paslon")


def test_a_camel_case_hashtag_is_read_as_its_words():
    from netralbot.knowledge.text import tagged_tokens
    assert ("petahana", False) in tagged_tokens("tambahin hashtag #LanjutkanDuaPeriode di postingan")
    # "udah dua periode" is a term served, not the slogan
    assert ("petahana", False) not in tagged_tokens("bupatinya udah dua periode, gak nyalon lagi")


def test_the_tokens_of_a_question_read_twice_are_the_same_and_not_shared():
    first = tagged_tokens("sy gak ikut kampanye, cuma nonton debat")
    first.append(("dirusak", False))
    assert tagged_tokens("sy gak ikut kampanye, cuma nonton debat") == first[:-1]


def test_the_head_of_a_village_by_regional_names_is_one_token():
    assert tokens("keuchik jadi jurkam") == tokens("kades jadi jurkam")
    assert "kades" in tokens("kuwu ikut kampanye")


def test_bc_beside_the_news_is_reading_it_and_bca_is_baca():
    assert tokens("bc brita soal pilkada")[:2] == ["baca", "berita"]
    assert tokens("bc kampanye ke grup")[0] == "broadcast"
    assert tokens("bca2 visi misi")[0] == "baca"


def test_subordinates_are_not_relatives():
    assert tokens("sy ngumpulin anak buah buat ngarahin pilih partai X")[:2] == ["ngumpulin", "bawahan"]
    assert "bawahan" in tokens("atasan tau anak buahnya jd admin akun pemenangan")
    assert "keluarga" in tokens("anak saya caleg")


def test_directing_a_vote_is_an_invitation():
    assert "ajak" in tokens("kepsek ngarahin guru2 pilih paslon")


def test_tanpa_is_never_a_question_tag():
    assert ("ajak", True) in tagged_tokens("boleh ngajarin dia cara nyoblos yang sah tanpa ngarahin pilihannya?")


def test_soliciting_votes_is_calling_on_people_to_vote():
    assert tokens("sy asn, blh g mnta suara wrga bwt petahana")[1] == "ajak"
    assert "coblos" in tokens("sa bisa pi TPS kasi suara ka tra?")
    assert "tonton" in tokens("kl sy cmn nntn video kampanye d tiktok")


def test_a_spelling_that_names_another_spelling_ends_where_that_one_does():
    # "adek" is spelt "adik", and "adik" is a relative: one step used to stop at "adik"
    assert tokens("adek sy relawan caleg") == tokens("adik sy relawan caleg")
    assert "keluarga" in tokens("adek sy relawan caleg")
    assert tokens("pakdhe nyaleg") == tokens("paman nyaleg")


def test_the_civil_service_police_is_no_profile_picture():
    assert "pp" not in tokens("sy anggota satpol PP, boleh ikut kampanye?")
    assert "pp" in tokens("ganti pp wa pake foto capres")


def test_ambonese_seng_negates_and_bole_ka_seng_is_a_question_tag():
    # "seng" is Ambonese "tidak": "seng pake baju partai" denies the attribute …
    assert ("atribut", True) in tagged_tokens("beta mau pi dengar kampanye, seng pake baju partai")
    # … while "bole ka seng ikut pawai?" asks, and denies nothing
    assert not any(neg for _, neg in tagged_tokens("bole ka seng beta ikut pawai kampanye?"))
