"""`netralbot kb history | revert | export | import | phrasings` and `netralbot stats`."""

from __future__ import annotations

import contextlib
import io
import sqlite3
from contextlib import closing

import yaml

from netralbot.bot.cli import main as cli
from netralbot.knowledge.engine import KnowledgeBase


def run(db_path, *args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli(["--db", str(db_path), *args])
    return code, out.getvalue(), err.getvalue()


def snapshot(db_path) -> tuple:
    with closing(sqlite3.connect(db_path)) as c:
        return (c.execute("select group_concat(id || deleted || phrasings || answer, '|') from faq").fetchone(),
                c.execute("select count(*) from faq_revisions").fetchone(),
                c.execute("select group_concat(key || text, '|') from provisions").fetchone())


def test_export_edit_dry_run_apply_history_and_revert(db_path, tmp_path):
    out = tmp_path / "kb.yaml"
    assert run(db_path, "kb", "export", str(out))[0] == 0
    data = yaml.safe_load(out.read_text("utf-8"))
    assert {"regulations", "provisions", "faq"} == set(data) and len(data["faq"]) >= 100
    entry = next(e for e in data["faq"] if e["id"] == "medsos-like-akun-calon")
    entry["answer"] = "Dilarang: like pada unggahan calon disebut tegas dalam SKB 2022. Berlaku juga di luar jam kerja."
    out.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    before = snapshot(db_path)

    code, text, _ = run(db_path, "kb", "import", str(out), "--diff")
    assert code == 0 and "0 baru, 1 diubah" in text and "answer:" in text and "uji coba" in text
    assert snapshot(db_path) == before  # a dry run changes nothing
    assert run(db_path, "kb", "import", str(out), "--apply")[0] == 2  # who applies it must be named
    code, text, _ = run(db_path, "kb", "import", str(out), "--apply", "--actor", "budi")
    assert code == 0 and "cli:budi" in text
    kb = KnowledgeBase.open(db_path)
    assert kb.answer_entry("medsos-like-akun-calon").text.startswith("Dilarang: like pada unggahan calon")

    code, text, _ = run(db_path, "kb", "history", "medsos-like-akun-calon")
    lines = text.strip().splitlines()
    assert lines[0].startswith("rev 1") and "seed" in lines[0]
    assert lines[1].startswith("rev 2") and "cli:budi" in lines[1] and "import" in lines[1] and "answer" in lines[1]
    assert run(db_path, "kb", "revert", "medsos-like-akun-calon", "1", "--actor", "sri")[0] == 0
    kb.refresh_if_changed()
    assert kb.answer_entry("medsos-like-akun-calon").text.startswith("Dilarang: memberi like")
    assert "rev 3" in run(db_path, "kb", "history", "medsos-like-akun-calon")[1]
    assert run(db_path, "kb", "revert", "medsos-like-akun-calon", "99")[0] == 2
    with closing(sqlite3.connect(db_path)) as c:
        actions = [r[0] for r in c.execute("select action from audit_log order by id")]
    assert actions == ["kb.import", "faq.revert"]


def test_a_broken_import_changes_nothing_and_names_the_line(db_path, tmp_path):
    bad = tmp_path / "bad.yaml"
    cases = {
        "faq:\n- id: medsos-like-akun-calon\n  verdict: mungkin\n": "baris 3",
        "faq: [\n": "YAML tidak valid",
        "halo: dunia\n": "harus berisi",
        "": "harus berisi",
    }
    before = snapshot(db_path)
    for content, expected in cases.items():
        bad.write_text(content, "utf-8")
        code, text, _ = run(db_path, "kb", "import", str(bad), "--apply", "--actor", "budi")
        assert code == 1 and "DITOLAK" in text and expected in text, (content, text)
    # a valid record that breaks the knowledge base as a whole: a citation to nothing
    out = tmp_path / "kb.yaml"
    run(db_path, "kb", "export", str(out))
    data = yaml.safe_load(out.read_text("utf-8"))
    data["faq"][0]["citations"] = ["TIDAK-ADA/1"]
    data["faq"][1]["answer"] = "Jawaban baru yang sah. Dua kalimat saja."
    out.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    code, text, _ = run(db_path, "kb", "import", str(out), "--apply", "--actor", "budi")
    assert code == 1 and "TIDAK-ADA/1" in text
    bad.write_bytes(b"\xff\xfe\x00binary")
    assert run(db_path, "kb", "import", str(bad), "--apply", "--actor", "budi")[0] == 1
    assert snapshot(db_path) == before  # all or nothing: the valid second change was not applied either


def test_stats_are_printed_without_markup(db_path):
    code, text, _ = run(db_path, "stats")
    assert code == 0 and "Statistik anonim" in text and "*" not in text
