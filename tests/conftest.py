"""Shared fixtures: the shipped knowledge base in a temporary SQLite file.

Tests never touch the user's database: NETRALBOT_DB points into a temp dir.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from netralbot.handlers.conversation import Conversation
from netralbot.knowledge.engine import KnowledgeBase


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "netralbot.db"
    KnowledgeBase.open(path)  # seed + calibrate once for the session
    return path


@pytest.fixture(scope="session")
def kb(kb_path) -> KnowledgeBase:
    return KnowledgeBase.open(kb_path)


@pytest.fixture()
def db_path(kb_path, tmp_path) -> Path:
    """A private copy of the seeded database, for tests that change subscribers or outbox."""
    import sqlite3

    dest = tmp_path / "netralbot.db"
    src, dst = sqlite3.connect(kb_path), sqlite3.connect(dest)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return dest


@pytest.fixture()
def fake():
    """The fake Telegram Bot API server on 127.0.0.1 (tests/fakes/fake_telegram.py)."""
    from fakes.fake_telegram import FakeTelegram

    server = FakeTelegram().start()
    yield server
    server.stop()


@pytest.fixture()
def conv(kb) -> Conversation:
    return Conversation(kb)


@pytest.fixture(autouse=True)
def _isolated_db(tmp_path, monkeypatch):
    monkeypatch.setenv("NETRALBOT_DB", str(tmp_path / "default.db"))
    yield
