"""Typing slips put back to the knowledge base's words before matching (knowledge/respell.py),
and the in-memory retrieval that replaced the FTS5 query on the answering path."""

import random

from netralbot.knowledge.respell import slips
from netralbot.knowledge.typos import add_typos


def test_typos_inside_inflected_words_are_put_back(kb):
    fix = kb.matcher.respeller.text
    assert fix("caeg") == "caleg"  # a dropped letter
    assert fix("ditetapakn") == "ditetapkan"  # two slips in a long word
    assert fix("postngan") == "postingan"
    assert fix("pncblsn") == "pencoblosan"  # vowels dropped: the one word with those consonants


def test_words_names_and_acronyms_are_left_alone(kb):
    fix = kb.matcher.respeller.text
    assert fix("Pak Burhan dan Bu Rina") == "Pak Burhan dan Bu Rina"  # names inside a sentence
    assert fix("KPPS BKN") == "KPPS BKN"
    assert fix("buatin nyimak diperintahin") == "buatin nyimak diperintahin"  # Jakarta-style words
    assert fix("ranking") == "ranking"  # not "ranting": k and t are not neighbouring keys


def test_slips_count_what_a_thumb_does():
    assert slips("lkie", "like") == 1  # swapped neighbours
    assert slips("sempet", "sempat") == 1  # another vowel
    assert slips("caeg", "caleg") == 1
    assert slips("ranking", "ranting") == 2  # a key far away is not one slip


def test_a_misspelt_question_gets_the_answer_of_the_clean_one(kb):
    clean = kb.ask("sy pns, blh gk komentar semoga menang pak di postingan caleg dprd?")
    typed = kb.ask("sy pns blh gk komntar smoga menang pak di postngan calg dprd?")
    assert clean.faq_id == typed.faq_id == "medsos-komentar-dukung-calon"
    assert typed.verdict == "dilarang"


def test_the_guard_reads_the_question_once_typos_are_fixed(kb):
    a = kb.ask("tolong bandingin visi misi psln 1 dan 2, mn yg lebih realistis?")
    assert a.verdict == "tidak-tahu" and a.faq_id is None and a.reason == "candidate"


def test_typo_injection_is_seeded_and_keeps_short_words():
    text = "sy PNS, boleh gak like postingan caleg temen di instagram?"
    once, again = add_typos(text, random.Random(3), rate=1.0), add_typos(text, random.Random(3), rate=1.0)
    assert once == again and once != text
    assert once.split()[0] == "sy"  # words under four letters keep their spelling


def test_retrieval_ranks_the_asked_entry_and_never_a_deleted_one(kb):
    entry = kb.entries["medsos-like-akun-calon"]
    found = kb.matcher.retrieve(kb.matcher.query_tokens(entry.phrasings[0]))
    ids = [fid for fid, _ in found]
    assert "medsos-like-akun-calon" in ids[:3]
    scores = [s for _, s in found]
    assert scores == sorted(scores, reverse=True) and len(found) <= 20
    assert set(ids) <= set(kb.entries)  # the matcher holds only entries that are not deleted
    assert kb.matcher.retrieve([]) == [] and kb.matcher.retrieve(["kataygtidakada"]) == []


def test_a_run_of_letters_is_not_a_word_to_fix(kb):
    run_of_letters = "kampanyekampanyekampanyekampanye" + "x" * 10
    assert kb.matcher.respeller.text(f"boleh {run_of_letters}?") == f"boleh {run_of_letters}?"


def test_a_word_with_only_some_vowels_dropped_is_put_back(kb):
    fixed = kb.matcher.respeller.text("kepala dinas nyuruh pke kndraan dinas buat kampanye")
    assert "kendaraan dinas" in fixed
    assert kb.matcher.respeller.text("dress code kantor") == "dress code kantor"


def test_only_a_word_it_can_neither_read_nor_put_right_is_left_unknown(kb):
    speller = kb.matcher.respeller
    assert not speller.leaves_unknown("PNS boleh like postingan caleg?")
    assert speller.leaves_unknown("Tolong rannking 3 capres")  # a refusal's word, outside the KB's vocabulary
