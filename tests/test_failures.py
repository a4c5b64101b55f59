"""Failures an operator meets get one clear line, a non-zero exit and no secret: never a
traceback. Each case runs the real `netralbot` command as a subprocess."""

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fakes.fake_telegram import FakeTelegram
from netralbot.bot.failures import explain

EXE = Path(sys.executable).with_name("netralbot")
CMD = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "netralbot.bot.cli"]
TOKEN = "987654321:AAH-this-is-the-operators-secret-token-xyz"
WHATSAPP = {"WHATSAPP_TOKEN": "EAAG-whatsapp-secret-token-1234567890", "WHATSAPP_PHONE_NUMBER_ID": "1098765",
            "WHATSAPP_APP_SECRET": "app-secret-0123456789", "WHATSAPP_VERIFY_TOKEN": "verify-me-please"}


def netralbot(args, db, timeout=90, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WHATSAPP_", "NETRALBOT_"))}
    full = {**clean, "NETRALBOT_DB": str(db), **env}
    p = subprocess.run(CMD + args, capture_output=True, text=True, env=full, timeout=timeout, cwd=db.parent)
    return p.returncode, p.stdout, p.stderr


def assert_one_clear_line(rc, err, *must):
    assert rc != 0
    assert "Traceback" not in err and 'File "' not in err, err
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("galat"), lines[0]
    for word in must:
        assert word in lines[0], lines[0]
    for secret in (TOKEN, TOKEN.split(":")[1], *WHATSAPP.values()):
        assert secret not in err


@pytest.fixture()
def db(db_path):
    return db_path  # a private copy of the seeded database


def test_a_rejected_token_is_one_line_without_the_token(db):
    with FakeTelegram() as fake:  # knows another token: answers 401 Unauthorized
        rc, _, err = netralbot(["run"], db, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url)
    assert_one_clear_line(rc, err, "TELEGRAM_BOT_TOKEN")


def test_an_unreachable_bot_api_is_one_line(db):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    rc, _, err = netralbot(["run"], db, TELEGRAM_BOT_TOKEN=TOKEN,
                           TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}/bot")
    assert_one_clear_line(rc, err, "TELEGRAM_API_BASE_URL")


def test_a_taken_http_port_is_one_line(db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        rc, _, err = netralbot(["run"], db, NETRALBOT_HTTP_PORT=str(port), **WHATSAPP,
                               WHATSAPP_API_BASE_URL="http://127.0.0.1:9/v25.0")
    assert_one_clear_line(rc, err, "NETRALBOT_HTTP_PORT", str(port))


@pytest.mark.parametrize("args, word", [
    (["kb", "import", "tidak-ada.yaml"], "tidak-ada.yaml"),
    (["kb", "export", "folder-tidak-ada/kb.yaml"], "folder-tidak-ada"),
    (["eval", "tidak-ada.yaml"], "tidak-ada.yaml"),
])
def test_a_missing_path_is_one_line(db, args, word):
    rc, _, err = netralbot(args, db)
    assert_one_clear_line(rc, err, word)


@pytest.mark.parametrize("content", [b"this is not a database\n" * 10, b"SQLite format 3\x00" + b"\x00" * 50])
def test_a_damaged_database_file_is_one_line(tmp_path, content):
    bad = tmp_path / "kb.db"
    bad.write_bytes(content)
    rc, _, err = netralbot(["ask", "boleh like postingan caleg?"], bad)
    assert_one_clear_line(rc, err, str(bad))


def test_a_truncated_database_is_one_line(db):
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    rc, _, err = netralbot(["ask", "boleh like postingan caleg?"], db)
    assert_one_clear_line(rc, err)


def test_a_directory_as_the_database_is_one_line(tmp_path):
    folder = tmp_path / "folder.db"
    folder.mkdir()
    rc, _, err = netralbot(["ask", "boleh like postingan caleg?"], folder)
    assert_one_clear_line(rc, err, "NETRALBOT_DB")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_a_read_only_database_is_one_line(db):
    db.chmod(0o444)
    db.parent.chmod(0o555)
    try:
        rc, _, err = netralbot(["subscribers", "add", "telegram", "42"], db)
    finally:
        db.parent.chmod(0o755)
    assert_one_clear_line(rc, err, "NETRALBOT_DB")


def test_sqlite_read_only_error_says_what_to_check():
    # the same mapping, for machines where the test above cannot make a file read-only
    line = explain(sqlite3.OperationalError("attempt to write a readonly database"), "/data/kb.db")
    assert line.startswith("galat") and "NETRALBOT_DB" in line and "/data/kb.db" in line


def test_run_without_any_channel_says_what_to_set(db):
    rc, _, err = netralbot(["run"], db)
    assert_one_clear_line(rc, err, "TELEGRAM_BOT_TOKEN", "netralbot chat")
