"""What the `netralbot` subcommands share: the database they open and the name
they record as the actor of a change."""

from __future__ import annotations

import getpass

from netralbot.bot.config import load_settings


def open_database(args, seeded: bool = False):
    """The configured SQLite database; ``seeded`` also seeds the knowledge base if empty."""
    path = args.db or load_settings().netralbot_db
    if seeded:
        from netralbot.knowledge.engine import KnowledgeBase

        return KnowledgeBase.open(path).db
    from netralbot.knowledge.store import open_db

    return open_db(path)


def actor(name: str | None = None) -> str:
    """``cli:<name>`` for the history and the audit log: the given name, else the login."""
    if name:
        return f"cli:{name}"
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "cli"
