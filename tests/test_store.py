from netralbot.knowledge.engine import KnowledgeBase
from netralbot.knowledge.loader import load_seed
from netralbot.knowledge.store import index_entry, is_seeded, load_entries, open_db, seed


def test_seeding_is_idempotent_and_uses_wal(tmp_path):
    db = open_db(tmp_path / "a.db")
    data = load_seed()
    assert seed(db, data) is True
    n = db["faq"].count
    revs = db["faq_revisions"].count
    assert n == len(data.entries) >= 80
    assert seed(db, data) is False  # second run: nothing happens
    assert db["faq"].count == n and db["faq_revisions"].count == revs
    assert db.journal_mode == "wal"
    assert is_seeded(db)


def test_the_database_not_the_yaml_is_what_runs(tmp_path):
    path = tmp_path / "b.db"
    kb = KnowledgeBase.open(path)
    entry = next(e for e in kb.entries.values() if e.verdict == "dilarang")
    # an admin's edit, made directly in the database
    kb.db["faq"].update(entry.id, {"answer": "Jawaban yang diubah admin."})
    reopened = KnowledgeBase.open(path)  # seeding again must not overwrite the edit
    assert reopened.answer_entry(entry.id).text == "Jawaban yang diubah admin."


def test_query_syntax_in_user_text_is_just_words(tmp_path):
    """Retrieval looks words up in a dictionary: nothing a user types is query syntax."""
    kb = KnowledgeBase.open(tmp_path / "c.db")
    for text in ('kira-kira', '"', 'a.b', 'NEAR( AND OR *', 'col:x caleg', "'; drop table faq; --"):
        kb.ask(text)  # must not raise
    assert kb.db["faq"].count > 0


def test_default_db_path_comes_from_environment(tmp_path, monkeypatch):
    from netralbot.knowledge.store import default_db_path

    monkeypatch.setenv("NETRALBOT_DB", str(tmp_path / "x" / "y.db"))
    assert default_db_path() == tmp_path / "x" / "y.db"


def test_deleted_entries_are_not_matched(tmp_path):
    kb = KnowledgeBase.open(tmp_path / "d.db")
    e = next(iter(kb.entries.values()))
    kb.db["faq"].update(e.id, {"deleted": 1})
    kb.reload()
    assert e.id not in kb.entries
    assert all(s.faq_id != e.id for s in kb.matcher.match(e.phrasings[0]).ranked)
    assert len(load_entries(kb.db, include_deleted=True)) == len(kb.entries) + 1


def test_a_seed_that_fails_half_way_leaves_nothing_behind(tmp_path):
    # sqlite-utils 4 commits inside `with db.conn:`; writes go through db.atomic() so that
    # a failure (or a kill) in the middle of a multi-row change leaves the database as before
    import dataclasses

    import pytest

    db = open_db(tmp_path / "half.db")
    data = load_seed()
    broken = dataclasses.replace(data, entries=[*data.entries[:5], data.entries[0]])  # a duplicate id
    with pytest.raises(Exception):
        seed(db, broken)
    assert db["faq"].count == 0 and db["faq_revisions"].count == 0
    assert not is_seeded(db)
    assert seed(db, data) is True  # and a clean seed afterwards works


def test_the_shipped_seed_index_is_the_one_the_seed_builds():
    """``knowledge/data/seed_index.json`` spares a fresh database reading 4,000 phrasings; after a
    change to the FAQ, the lexicon or the frame, rebuild it with
    ``netralbot kb index --ship knowledge/data/seed_index.json``."""
    from netralbot.knowledge.loader import load_seed
    from netralbot.knowledge.store import build_shipped_index, shipped_index
    from netralbot.knowledge.text import default_lexicon

    lex = default_lexicon()
    built = build_shipped_index(load_seed().entries, lex)
    shipped = shipped_index(lex)
    stale = sorted(i for i, row in built["entries"].items() if shipped.get(i) != row)
    assert shipped and not stale, (f"seed_index.json is stale for {stale[:5]} ({len(stale)} entries): run "
                                   "`netralbot kb index --ship knowledge/data/seed_index.json`")


def test_an_entry_edited_since_the_index_was_shipped_is_read_again(tmp_path):
    from netralbot.knowledge.loader import load_seed
    from netralbot.knowledge.store import index_row, shipped_index
    from netralbot.knowledge.text import default_lexicon

    lex = default_lexicon()
    entry = load_seed().entries[0]
    edited = entry.model_copy(update={"phrasings": [*entry.phrasings, "boleh like postingan capres gak?"]})
    db = open_db(tmp_path / "x.db")
    with db.atomic():
        index_entry(db, edited, lex, shipped_index(lex))
    norm = db["faq_index"].get(edited.id)["norm"]
    assert norm == index_row(edited, lex)["norm"] and norm.count("\n") == len(edited.phrasings)
