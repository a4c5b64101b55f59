"""SQLite store (through sqlite-utils): the knowledge base that actually runs.

The YAML under ``knowledge/data`` only seeds an empty database; afterwards the
database is the source of truth, so admins' edits survive restarts. Every FAQ
change is a row in ``faq_revisions``. The matching index (each entry's normalised
phrasings, from which the matcher builds its in-memory BM25 postings) lives here too
and is rebuilt when the lexicon changes. Databases made before 2026-12-02 also have an
FTS5 table over it; nothing reads it any more.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from importlib import resources
from pathlib import Path

import sqlite_utils
from platformdirs import user_data_dir

from netralbot.knowledge.loader import SeedData
from netralbot.knowledge.models import FaqEntry, Provision, Regulation, Statement
from netralbot.knowledge.text import Lexicon, default_lexicon, tagged_tokens

INDEX_TABLE = "faq_index"  # each entry's normalised question and phrasings, one per line
SEEN_TABLE = "faq_seen"  # acts and targets each entry's own phrasings assert
_JSON_FIELDS = ("phrasings", "conditions", "citations", "related", "steps", "statements")
_NEW_FAQ_COLUMNS = {"frame": str, "steps": str, "statements": str}  # added by issue 10


def default_db_path() -> Path:
    env = os.environ.get("NETRALBOT_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("netralbot", appauthor=False)) / "netralbot.db"


def open_db(path: str | Path | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the database in WAL mode with the schema in place."""
    if path is None:
        path = default_db_path()
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(path)
        db.enable_wal()
        # WAL + NORMAL: a commit survives the process being killed (what the outbox
        # needs); only an OS crash or power cut can lose the last few commits.
        db.execute("PRAGMA synchronous = NORMAL")
    else:
        db = sqlite_utils.Database(memory=True)
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA foreign_keys = ON")
    _create_schema(db)
    return db


def _create_schema(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db["regulations"].create(
        {"short": str, "title": str, "status": str, "applies_to": str, "note": str},
        pk="short",
        if_not_exists=True,
    )
    db["provisions"].create(
        {
            "key": str, "regulation": str, "article": str, "text": str, "wording": str,
            "verification": str, "verified": int, "status": str, "kind": str,
            "sanction": str, "note": str, "sources": str,
        },
        pk="key",
        if_not_exists=True,
    )
    db["faq"].create(
        {
            "id": str, "topic": str, "question": str, "phrasings": str, "verdict": str,
            "answer": str, "conditions": str, "citations": str, "sanction": str,
            "related": str, "valid_from": str, "deleted": int, "updated_at": str,
            **_NEW_FAQ_COLUMNS,
        },
        pk="id",
        if_not_exists=True,
    )
    missing = {c: t for c, t in _NEW_FAQ_COLUMNS.items() if c not in db["faq"].columns_dict}
    if missing:  # a database made before frames, steps and statements existed
        for column, kind in missing.items():
            db["faq"].add_column(column, kind)
    # enforcers' public statements (who, when, where, verbatim quote): cited, never as regulation text
    db["statements"].create({"id": str, "data": str}, pk="id", if_not_exists=True)
    db["faq_revisions"].create(
        {"id": int, "faq_id": str, "rev": int, "actor": str, "at": str, "action": str,
         "before": str, "after": str},
        pk="id",
        if_not_exists=True,
    )
    db["faq_revisions"].create_index(["faq_id", "rev"], unique=True, if_not_exists=True)
    # changes to provisions and regulations (by import); key "regulation:<short>" for a regulation
    db["provision_revisions"].create(
        {"id": int, "key": str, "actor": str, "at": str, "action": str, "before": str, "after": str},
        pk="id", if_not_exists=True)
    # anonymous counters: no user id, chat id or question text
    db["feedback"].create({"faq_id": str, "day": str, "up": int, "down": int},
                          pk=("faq_id", "day"), if_not_exists=True, defaults={"up": 0, "down": 0})
    db["stats_daily"].create({"day": str, "outcome": str, "n": int},
                             pk=("day", "outcome"), if_not_exists=True, defaults={"n": 0})
    db["topic_daily"].create({"day": str, "topic": str, "n": int},
                             pk=("day", "topic"), if_not_exists=True, defaults={"n": 0})
    from netralbot.knowledge import insight  # anonymous insight tables live beside the counters

    insight.ensure_schema(db)
    db[INDEX_TABLE].create({"faq_id": str, "norm": str}, pk="faq_id", if_not_exists=True)
    db[SEEN_TABLE].create({"faq_id": str, "acts": str, "targets": str}, pk="faq_id", if_not_exists=True)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def meta_get(db: sqlite_utils.Database, key: str) -> str | None:
    rows = list(db.query("select value from meta where key = ?", [key]))
    return rows[0]["value"] if rows else None


def meta_set(db: sqlite_utils.Database, key: str, value: str) -> None:
    db["meta"].upsert({"key": key, "value": value}, pk="key")


def kb_version(db: sqlite_utils.Database) -> int:
    """Bumped by every knowledge-base edit; running bots reload when it changes."""
    return int(meta_get(db, "kb_version") or 0)


# --- rows <-> records ---------------------------------------------------------

def _entry_row(e: FaqEntry) -> dict:
    row = e.model_dump(mode="json")
    for f in (*_JSON_FIELDS, "frame"):
        row[f] = json.dumps(row[f], ensure_ascii=False)
    row["deleted"] = int(e.deleted)
    row["updated_at"] = _now()
    return row


def _entry_from_row(row: dict) -> FaqEntry:
    data = {k: row[k] for k in FaqEntry.model_fields if k in row}
    for f in _JSON_FIELDS:
        data[f] = json.loads(data.get(f) or "[]")
    data["frame"] = json.loads(data.get("frame") or "null")
    data["deleted"] = bool(row.get("deleted"))
    return FaqEntry.model_validate(data)


def index_entry(db: sqlite_utils.Database, e: FaqEntry, lex: Lexicon, shipped: dict | None = None) -> None:
    """Inside a transaction: the entry's normalised phrasings (the index) and what they assert.

    The acts and targets its own phrasings assert (negation read) let a lenient entry
    recognise its own situation (see ``frame.boleh_at_risk``); reading them once here
    keeps that work off the question path. ``shipped`` is the packaged index of the seed
    (:func:`shipped_index`), used for an entry whose text it was built from.
    """
    if e.deleted:
        db[INDEX_TABLE].delete_where("faq_id = ?", [e.id])
        db[SEEN_TABLE].delete_where("faq_id = ?", [e.id])
        return
    row = (shipped or {}).get(e.id)
    if not (isinstance(row, dict) and row.get("digest") == entry_digest(e) and _INDEX_KEYS <= row.keys()):
        row = index_row(e, lex)  # not shipped, edited since, or a damaged file: read it again
    db[INDEX_TABLE].upsert({"faq_id": e.id, "norm": row["norm"]}, pk="faq_id")
    db[SEEN_TABLE].upsert({"faq_id": e.id, "acts": json.dumps(row["acts"]), "targets": json.dumps(row["targets"])},
                          pk="faq_id")


_INDEX_KEYS = frozenset({"norm", "acts", "targets"})


def entry_digest(e: FaqEntry) -> str:
    """What an entry's index is built from: its question and phrasings."""
    return hashlib.sha256(json.dumps([e.question, *e.phrasings], ensure_ascii=False).encode()).hexdigest()[:16]


def index_row(e: FaqEntry, lex: Lexicon) -> dict:
    """An entry's index line per phrasing and the acts and targets they assert."""
    from netralbot.knowledge.frame import extract, merged

    lines: list[str] = []
    frames = []
    for text in (e.question, *e.phrasings):
        tagged = tagged_tokens(text, lex)  # once: the index line and the frame both come from it
        lines.append(" ".join(t for t, _ in tagged))
        frames.append(extract(text, lex, qtype="permission", tagged=tagged))  # the question type is not needed
    seen = merged(frames)
    return {"digest": entry_digest(e), "norm": "\n".join(lines), "acts": sorted(seen.get("act")),
            "targets": sorted(seen.get("target"))}


def build_shipped_index(entries: list[FaqEntry], lex: Lexicon) -> dict:
    """The seed's index, to ship as ``data/seed_index.json`` (``netralbot kb calibrate --ship``):
    reading 4,000 phrasings is most of the first open of a fresh database."""
    return {"lexicon": lex.version, "entries": {e.id: index_row(e, lex) for e in entries if not e.deleted}}


def write_shipped_index(path: Path) -> Path:
    """Write the packaged seed's index to ``path`` (``netralbot kb index --ship``)."""
    from netralbot.knowledge.loader import load_seed

    data = build_shipped_index(load_seed().entries, default_lexicon())
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    return path


def shipped_index(lex: Lexicon) -> dict:
    """The packaged seed index, or nothing when it was built with another lexicon."""
    path = resources.files("netralbot.knowledge").joinpath("data/seed_index.json")
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("lexicon") != lex.version or not isinstance(data.get("entries"), dict):
        return {}
    return data["entries"]


def load_seen(db: sqlite_utils.Database) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """faq_id -> (acts, targets) its question and phrasings assert."""
    return {r["faq_id"]: (frozenset(json.loads(r["acts"])), frozenset(json.loads(r["targets"])))
            for r in db[SEEN_TABLE].rows}


# --- seeding ------------------------------------------------------------------

def is_seeded(db: sqlite_utils.Database) -> bool:
    return meta_get(db, "seeded_at") is not None


def seed(db: sqlite_utils.Database, data: SeedData, actor: str = "seed") -> bool:
    """Fill an empty database from the YAML seed. Returns False if already seeded.

    Idempotent: a seeded database is never touched again, so admins' edits win.
    """
    if is_seeded(db):
        return False
    if data.errors:
        raise ValueError("seed data has errors:\n" + "\n".join(data.errors))
    lex = default_lexicon()
    shipped = shipped_index(lex)
    now = _now()
    with db.atomic():
        db["regulations"].insert_all((r.model_dump() for r in data.regulations), pk="short", replace=True)
        db["provisions"].insert_all(
            (
                {**p.model_dump(), "verified": int(p.verified), "sources": json.dumps(p.sources)}
                for p in data.provisions
            ),
            pk="key",
            replace=True,
        )
        for e in data.entries:
            row = _entry_row(e)
            db["faq"].insert(row, pk="id", replace=True)
            db["faq_revisions"].insert(
                {"faq_id": e.id, "rev": 1, "actor": actor, "at": now, "action": "seed",
                 "before": None, "after": json.dumps(e.model_dump(mode="json"), ensure_ascii=False)}
            )
            index_entry(db, e, lex, shipped)
        db["statements"].insert_all(
            ({"id": st.id, "data": st.model_dump_json()} for st in data.statements), pk="id", replace=True)
        meta_set(db, "seeded_at", now)
        meta_set(db, "lexicon_version", lex.version)
    return True


def ensure_index_current(db: sqlite_utils.Database, lex: Lexicon | None = None) -> bool:
    """Rebuild the normalised index if the lexicon changed since it was built."""
    lex = lex or default_lexicon()
    if meta_get(db, "lexicon_version") == lex.version:
        return False
    shipped = shipped_index(lex)
    with db.atomic():
        for e in load_entries(db):
            index_entry(db, e, lex, shipped)
        meta_set(db, "lexicon_version", lex.version)
    return True


# --- reading ------------------------------------------------------------------

def load_regulations(db: sqlite_utils.Database) -> dict[str, Regulation]:
    return {r["short"]: Regulation.model_validate(r) for r in db["regulations"].rows}


def load_provisions(db: sqlite_utils.Database) -> dict[str, Provision]:
    out = {}
    for r in db["provisions"].rows:
        r = dict(r)
        r["verified"] = bool(r["verified"])
        r["sources"] = json.loads(r["sources"] or "[]")
        out[r["key"]] = Provision.model_validate(r)
    return out


def load_statements(db: sqlite_utils.Database) -> dict[str, Statement]:
    return {r["id"]: Statement.model_validate_json(r["data"]) for r in db["statements"].rows}


def load_entry(db: sqlite_utils.Database, faq_id: str) -> FaqEntry | None:
    """One entry, deleted or not (a single row: the editor opens one of 10,000 at once)."""
    rows = list(db["faq"].rows_where("id = ?", [faq_id]))
    return _entry_from_row(rows[0]) if rows else None


def load_entries(db: sqlite_utils.Database, include_deleted: bool = False) -> list[FaqEntry]:
    where = None if include_deleted else "deleted = 0"
    return [_entry_from_row(r) for r in db["faq"].rows_where(where, order_by="id")]


def index_norms(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """faq_id -> normalised question and phrasings, as stored in the index."""
    return {r["faq_id"]: r["norm"].split("\n") for r in db[INDEX_TABLE].rows}


# --- anonymous counters -----------------------------------------------------------
# Nothing here knows who asked: no user id, chat id or question text is stored.

def _today() -> str:
    return dt.date.today().isoformat()


def _bump(db: sqlite_utils.Database, table: str, pk: tuple[str, ...], keys: dict, column: str) -> None:
    cols = ", ".join(keys)
    marks = ", ".join("?" for _ in keys)
    db.execute(
        f"insert into {table} ({cols}, {column}) values ({marks}, 1) "
        f"on conflict({', '.join(pk)}) do update set {column} = {column} + 1",
        list(keys.values()),
    )


def record_feedback(db: sqlite_utils.Database, faq_id: str, helpful: bool) -> None:
    with db.atomic():
        _bump(db, "feedback", ("faq_id", "day"), {"faq_id": faq_id, "day": _today()},
              "up" if helpful else "down")


def record_outcome(db: sqlite_utils.Database, outcome: str, topic: str | None = None) -> None:
    """Count one question by outcome and, when answered, by topic: never who, never what."""
    with db.atomic():
        _bump(db, "stats_daily", ("day", "outcome"), {"day": _today(), "outcome": outcome}, "n")
        if topic:
            _bump(db, "topic_daily", ("day", "topic"), {"day": _today(), "topic": topic}, "n")
