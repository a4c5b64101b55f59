"""The `netralbot` command, run as a real subprocess."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path


EXE = Path(sys.executable).with_name("netralbot")
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "netralbot.bot.cli"]
REGULATIONS = {"PP 94/2021", "SKB 2022", "PP 42/2004", "UU 20/2023", "UU 5/2014", "UU 7/2017",
               "UU 10/2016", "PP 37/2004", "PP 11/2017"}


def run(args, kb_path, input=None, check=True):
    env = {**os.environ, "NETRALBOT_DB": str(kb_path)}
    p = subprocess.run(CMD + args, input=input, capture_output=True, env=env, timeout=120)
    if check:
        assert p.returncode == 0, p.stderr.decode()
    return p


def ask_json(question, kb_path):
    p = run(["ask", question, "--json"], kb_path)
    lines = [ln for ln in p.stdout.decode().splitlines() if ln.strip()]
    assert len(lines) == 1, "exactly one JSON object"
    return json.loads(lines[0])


def test_ask_json_contract_for_an_answer(kb_path):
    out = ask_json("klo like postingan caleg temen boleh gk?", kb_path)
    assert out["verdict"] == "dilarang"
    assert 0.0 <= out["confidence"] <= 1.0
    assert isinstance(out["faq_id"], str) and out["answer"]
    assert out["citations"], "a 'dilarang' answer cites its regulation"
    for c in out["citations"]:
        assert {"key", "regulation", "title", "article", "text"} <= set(c)
        assert c["regulation"] in REGULATIONS or c["regulation"]
    assert any(c["regulation"] == "SKB 2022" for c in out["citations"])
    assert isinstance(out["suggestions"], list)


def test_ask_json_contract_when_abstaining(kb_path):
    out = ask_json("resep rendang padang yang enak gimana", kb_path)
    assert out["verdict"] == "tidak-tahu" and out["faq_id"] is None
    assert out["citations"] == [] and isinstance(out["suggestions"], list)
    assert "BKPSDM" in out["referral"] or "Bawaslu" in out["referral"]


def test_ask_reads_binary_from_stdin_without_crashing(kb_path):
    p = run(["ask", "-", "--json"], kb_path, input=bytes(range(256)) * 20)
    out = json.loads(p.stdout)
    assert out["verdict"] == "tidak-tahu"
    assert b"Traceback" not in p.stderr


def test_plain_ask_renders_verdict_and_legal_basis(kb_path):
    p = run(["ask", "bolehkah pasang stiker paslon di mobil pribadi?"], kb_path)
    text = p.stdout.decode()
    assert "DILARANG" in text and "Dasar hukum" in text and "Sanksi" in text


def test_kb_validate_passes_on_the_shipped_knowledge_base(kb_path):
    p = run(["kb", "validate"], kb_path)
    assert b"OK" in p.stdout


def test_kb_validate_fails_on_broken_data(kb_path, tmp_path):
    import shutil

    from netralbot.knowledge.loader import default_data_dir

    data = tmp_path / "data"
    shutil.copytree(default_data_dir(), data)
    import yaml

    faq = sorted((data / "faq").glob("*.yaml"))[0]
    entries = yaml.safe_load(faq.read_text())
    entries[0]["citations"].append("PP-99-9999/1")  # a provision that does not exist
    entries[1]["phrasings"].append(entries[0]["phrasings"][0])  # a phrasing two entries share
    faq.write_text(yaml.safe_dump(entries, allow_unicode=True))
    p = run(["kb", "validate", "--data", str(data)], kb_path, check=False)
    assert p.returncode != 0
    assert b"PP-99-9999/1" in p.stdout
    assert b"lebih dari satu entri" in p.stdout


def test_console_chat_through_the_shared_handlers(kb_path):
    script = "/bantuan\nboleh ga share video kampanye capres di grup wa?\n1\n/topik\n1\n/keluar\n"
    p = run(["chat"], kb_path, input=script.encode())
    out = p.stdout.decode()
    assert "Selamat datang" in out  # /start is shown first
    assert "/tanya" in out  # help
    assert "DILARANG" in out
    assert "Teks dasar hukum" in out  # choice 1 of the answer = full legal text
    assert "Pilih topik" in out
    assert "Sampai jumpa" in out


def test_kb_validate_checks_frames_and_statements(kb_path, tmp_path):
    import shutil

    import yaml

    from netralbot.knowledge.loader import default_data_dir

    data = tmp_path / "data"
    shutil.copytree(default_data_dir(), data)
    faq = sorted((data / "faq").glob("*.yaml"))[0]
    entries = yaml.safe_load(faq.read_text())
    entries[0]["frame"] = {"act": ["terbang"], "target": ["calon"]}  # not a lexicon value
    entries[1]["statements"] = ["tidak-ada-pernyataan-ini"]
    faq.write_text(yaml.safe_dump(entries, allow_unicode=True))
    p = run(["kb", "validate", "--data", str(data)], kb_path, check=False)
    assert p.returncode != 0
    assert b"frame.act 'terbang'" in p.stdout
    assert b"tidak-ada-pernyataan-ini" in p.stdout


def test_eval_summary_prints_aggregates_and_categories_never_questions(kb_path, tmp_path):
    items = tmp_path / "set.yaml"
    secret = "pertanyaan rahasia nomor satu boleh like postingan caleg"
    items.write_text(
        "- {q: '" + secret + "', verdict: boleh, citations: [], kind: in-scope, category: contrast, why: x}\n"
        "- {q: 'cara urus kenaikan pangkat', verdict: tidak-tahu, citations: [], kind: out-of-scope,"
        " category: out-of-scope, why: x}\n", "utf-8")
    out = run(["eval", str(items), "--summary"], kb_path).stdout.decode()
    assert "verdict accuracy (in scope):" in out and "abstention recall" in out and "DANGEROUS errors" in out
    assert "contrast" in out and "out-of-scope" in out
    assert "expected calibration error" in out
    assert secret not in out and "kenaikan pangkat" not in out
    full = run(["eval", str(items)], kb_path).stdout.decode()
    assert secret in full  # without --summary the misses are listed, as before


def test_console_reads_bytes_that_are_not_utf8(kb_path):
    p = run(["chat"], kb_path, input=b"\xff\xfe boleh like postingan caleg?\n\xc3\x28\n")
    out = p.stdout.decode()
    assert "DILARANG" in out and "terjadi kesalahan" not in out
    assert "Traceback" not in p.stderr.decode()


def test_deeply_nested_yaml_is_refused_in_one_line(kb_path, tmp_path):
    deep = tmp_path / "deep.yaml"
    deep.write_text("faq:\n" + "- " * 5000 + "x\n")
    p = run(["kb", "import", str(deep), "--diff"], kb_path, check=False)
    err = p.stdout.decode() + p.stderr.decode()
    assert p.returncode != 0 and "bersarang terlalu dalam" in err and "Traceback" not in err


def test_console_link_prints_a_one_time_url_on_its_last_line(db_path):
    out = run(["console-link", "--actor", "budi", "--role", "admin"], db_path).stdout.decode()
    last = out.strip().splitlines()[-1]
    assert re.fullmatch(r"http://127\.0\.0\.1:8080/admin/login/[\w-]{22}", last), out
    from netralbot.handlers.access import Access
    from netralbot.knowledge.store import open_db

    assert Access(open_db(db_path)).roles_of("console", "budi") == {"admin"}
    bad = run(["console-link", "--actor", "bad name!", "--role", "admin"], db_path, check=False)
    assert bad.returncode == 2 and bad.stderr.decode().startswith("galat:") and b"Traceback" not in bad.stderr


def test_a_question_file_with_an_unknown_label_is_one_line_and_scores_nothing(db_path, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('- q: "boleh like caleg?"\n  verdict: abstain\n', "utf-8")
    p = run(["eval", str(bad), "--summary"], db_path, check=False)
    err = p.stderr.decode()
    assert p.returncode == 1 and err.startswith("galat: berkas soal tidak sah") and "abstain" in err
    assert "Traceback" not in err and not p.stdout
