"""A database seeded by an earlier release takes in the new release's knowledge base on open,
and admins' edits win (knowledge/upgrade.py)."""

import shutil
from pathlib import Path

import yaml

from netralbot.knowledge import editing, upgrade
from netralbot.knowledge.engine import KnowledgeBase
from netralbot.knowledge.loader import default_data_dir, load_seed

NEW_ENTRY = "lapor-identitas-pelapor"  # no other entry points to it: an older release can lack it
CHANGED = "lapor-ke-bawaslu"
OLD_ANSWER = "Jawaban rilis lama tentang melapor ke Bawaslu."


def _older_release(tmp_path: Path) -> Path:
    """The shipped data as an earlier release had it: one entry missing, one answer different."""
    old = tmp_path / "old-release"
    shutil.copytree(default_data_dir(), old)
    for path in (old / "faq").glob("*.yaml"):
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        ids = {it["id"] for it in items}
        if NEW_ENTRY in ids or CHANGED in ids:
            items = [it for it in items if it["id"] != NEW_ENTRY]
            for it in items:
                if it["id"] == CHANGED:
                    it["answer"] = OLD_ANSWER
            path.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return old


def _edited(kb: KnowledgeBase, faq_id: str, answer: str) -> None:
    editing.save_entry(kb.db, kb.entries[faq_id].model_copy(update={"answer": answer}), "admin-bkpsdm")


def test_a_new_release_reaches_a_database_seeded_by_an_older_one(tmp_path, caplog):
    path = tmp_path / "agency.db"
    old = KnowledgeBase.open(path, data_dir=_older_release(tmp_path))
    assert NEW_ENTRY not in old.entries and old.entries[CHANGED].answer == OLD_ANSWER
    admin_edit = "lapor-sbt-bkn"
    _edited(old, admin_edit, "Jawaban yang ditulis admin BKPSDM.")

    with caplog.at_level("WARNING"):
        kb = KnowledgeBase.open(path)  # the package now ships the current release
    # one line for the operator, naming the entry left to the admin's version
    assert [r.levelname for r in caplog.records] == ["WARNING"] and admin_edit in caplog.records[0].getMessage()
    shipped = {e.id: e for e in load_seed().entries}
    assert kb.entries[NEW_ENTRY] == shipped[NEW_ENTRY]
    assert kb.entries[CHANGED].answer == shipped[CHANGED].answer
    assert kb.entries[admin_edit].answer == "Jawaban yang ditulis admin BKPSDM."  # the admin's edit wins
    assert kb.ask("identitas pelapor netralitas asn dirahasiakan gak kalau sy lapor?").faq_id == NEW_ENTRY

    # the release's change is a revision like any other, and can be undone
    last = editing.history(kb.db, CHANGED)[-1]
    assert (last.actor, last.action, last.before["answer"]) == (upgrade.RELEASE_ACTOR, "release", OLD_ANSWER)
    editing.revert(kb.db, CHANGED, last.rev - 1, "admin-bkpsdm")
    kb.reload()
    assert kb.entries[CHANGED].answer == OLD_ANSWER


def test_the_release_is_taken_in_once_and_a_reverted_entry_stays_reverted(tmp_path):
    path = tmp_path / "agency.db"
    KnowledgeBase.open(path, data_dir=_older_release(tmp_path))
    kb = KnowledgeBase.open(path)
    editing.revert(kb.db, CHANGED, 1, "admin-bkpsdm")  # the admin prefers the older answer
    revisions = kb.db["faq_revisions"].count
    again = KnowledgeBase.open(path)
    assert again.db["faq_revisions"].count == revisions  # nothing re-applied on the next open
    assert again.entries[CHANGED].answer == OLD_ANSWER


def test_entries_an_admin_deleted_or_edited_off_the_record_are_kept(tmp_path):
    path = tmp_path / "agency.db"
    old = KnowledgeBase.open(path, data_dir=_older_release(tmp_path))
    deleted = "sanksi-calon-libatkan-asn"  # no entry points to it: an admin may delete it
    editing.delete_entry(old.db, deleted, "admin-bkpsdm")
    untracked = "lapor-sigaplapor-pilkada"  # changed in the database itself, with no revision
    old.db["faq"].update(untracked, {"answer": "Diubah langsung di basis data."})

    kb = KnowledgeBase.open(path)
    assert deleted not in kb.entries
    assert kb.entries[untracked].answer == "Diubah langsung di basis data."
    assert NEW_ENTRY in kb.entries


def test_a_shipped_entry_that_would_clash_with_an_admin_s_entry_is_held_back(tmp_path):
    path = tmp_path / "agency.db"
    old = KnowledgeBase.open(path, data_dir=_older_release(tmp_path))
    shipped = {e.id: e for e in load_seed().entries}
    # the admin wrote an entry of their own with a phrasing the new release also uses
    own = shipped[NEW_ENTRY].model_copy(update={"id": "admin-kerahasiaan-pelapor", "statements": []})
    editing.save_entry(old.db, own, "admin-bkpsdm")

    data = load_seed()
    plan = upgrade.plan_upgrade(old.db, data, upgrade.shipped_digest())
    assert plan.held == [NEW_ENTRY]
    assert [after.id for _, after in plan.updated] == [CHANGED]
    assert NEW_ENTRY in plan.summary() and "ditahan" in plan.summary()

    kb = KnowledgeBase.open(path)
    assert NEW_ENTRY not in kb.entries and "admin-kerahasiaan-pelapor" in kb.entries
    assert kb.entries[CHANGED].answer == shipped[CHANGED].answer  # the rest went in


def test_an_entry_held_back_comes_in_with_kb_upgrade_once_the_clash_is_resolved(tmp_path):
    import contextlib
    import io

    from netralbot.bot.cli import main as cli

    path = tmp_path / "agency.db"
    old = KnowledgeBase.open(path, data_dir=_older_release(tmp_path))
    own = {e.id: e for e in load_seed().entries}[NEW_ENTRY].model_copy(
        update={"id": "admin-kerahasiaan-pelapor", "statements": []})
    editing.save_entry(old.db, own, "admin-bkpsdm")
    kb = KnowledgeBase.open(path)  # the release comes in, the clashing entry held back
    assert NEW_ENTRY not in kb.entries
    editing.delete_entry(kb.db, "admin-kerahasiaan-pelapor", "admin-bkpsdm")  # the admin resolves the clash

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli(["--db", str(path), "kb", "upgrade"]) == 0  # a dry run first
    assert f"baru\t{NEW_ENTRY}" in out.getvalue() and "diterapkan" not in out.getvalue()
    assert NEW_ENTRY not in KnowledgeBase.open(path).entries
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli(["--db", str(path), "kb", "upgrade", "--apply", "--actor", "operator"]) == 0
    assert NEW_ENTRY in KnowledgeBase.open(path).entries


def test_two_processes_opening_at_once_take_the_release_in_once(tmp_path):
    path = tmp_path / "agency.db"
    old = KnowledgeBase.open(path, data_dir=_older_release(tmp_path))
    plan = upgrade.plan_upgrade(old.db, load_seed(), upgrade.shipped_digest())  # both processes planned …
    assert upgrade.apply_upgrade(old.db, plan) is True  # … the first applies
    revisions = old.db["faq_revisions"].count
    assert upgrade.apply_upgrade(old.db, plan) is False  # … the second finds it done
    assert old.db["faq_revisions"].count == revisions


def test_an_entry_the_release_renamed_is_withdrawn_and_the_new_one_comes_in(tmp_path):
    """The older release shipped NEW_ENTRY under another id: the new release's entry claims the same
    phrasings, so the old untouched one is deleted (a revision, revertible) rather than blocking it."""
    old_dir = _older_release(tmp_path)
    shipped = {e.id: e for e in load_seed().entries}[NEW_ENTRY]
    renamed = shipped.model_dump(mode="json", exclude_defaults=True)
    renamed["id"] = "lapor-kerahasiaan-pelapor-lama"
    path_yaml = old_dir / "faq" / "zz-renamed.yaml"
    path_yaml.write_text(yaml.safe_dump([renamed], allow_unicode=True, sort_keys=False), encoding="utf-8")
    path = tmp_path / "agency.db"
    old = KnowledgeBase.open(path, data_dir=old_dir)
    assert "lapor-kerahasiaan-pelapor-lama" in old.entries and NEW_ENTRY not in old.entries

    kb = KnowledgeBase.open(path)
    assert NEW_ENTRY in kb.entries and "lapor-kerahasiaan-pelapor-lama" not in kb.entries
    last = editing.history(kb.db, "lapor-kerahasiaan-pelapor-lama")[-1]
    assert (last.actor, last.action, last.after["deleted"]) == (upgrade.RELEASE_ACTOR, "release-withdraw", True)


def test_an_entry_an_admin_points_to_is_not_withdrawn(tmp_path):
    old_dir = _older_release(tmp_path)
    extra = {e.id: e for e in load_seed().entries}["lapor-sbt-bkn"].model_dump(mode="json", exclude_defaults=True)
    extra.update({"id": "lapor-lama-tidak-dikirim-lagi", "question": "Entri lama tentang melapor yang tidak dikirim lagi?",
                  "phrasings": [f"frasa lama nomor {i} soal lapor netralitas asn" for i in range(8)]})
    (old_dir / "faq" / "zz-extra.yaml").write_text(yaml.safe_dump([extra], allow_unicode=True, sort_keys=False),
                                                   encoding="utf-8")
    path = tmp_path / "agency.db"
    old = KnowledgeBase.open(path, data_dir=old_dir)
    mine = old.entries["lapor-ke-bawaslu"].model_copy(update={"related": [*old.entries["lapor-ke-bawaslu"].related,
                                                                          "lapor-lama-tidak-dikirim-lagi"]})
    editing.save_entry(old.db, mine, "admin-bkpsdm")  # an admin's entry now points to it
    kb = KnowledgeBase.open(path)
    assert "lapor-lama-tidak-dikirim-lagi" in kb.entries
    assert NEW_ENTRY in kb.entries  # and the rest of the release still went in
