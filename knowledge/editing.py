"""Changing the knowledge base: every change validated, recorded as a revision
(who, when, before, after) and reversible.

Each save checks the *whole* knowledge base as it would be after the change,
with the same rules as `netralbot kb validate`, so an edit can never leave the
bot with a dangling citation or a phrasing that two entries claim. A save bumps
``kb_version`` in ``meta``: a running bot in another process sees it and reloads
its matcher before the next question.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import sqlite_utils

from netralbot.knowledge.models import FaqEntry, Provision, Regulation
from netralbot.knowledge.store import (
    _entry_row,
    index_entry,
    kb_version,
    load_entries,
    load_entry,
    load_provisions,
    load_statements,
    load_regulations,
    meta_set,
)
from netralbot.knowledge.text import default_lexicon
from netralbot.knowledge.validate import check


class EditError(ValueError):
    """A change that would break the knowledge base; ``errors`` say why (Indonesian)."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class Revision:
    faq_id: str
    rev: int
    actor: str
    at: str
    action: str
    before: dict | None
    after: dict | None

    def changed_fields(self) -> list[str]:
        before, after = self.before or {}, self.after or {}
        return [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _bump_version(db: sqlite_utils.Database) -> None:
    meta_set(db, "kb_version", str(kb_version(db) + 1))


def _dump(e: FaqEntry | None) -> dict | None:
    return e.model_dump(mode="json") if e is not None else None


def get_entry(db: sqlite_utils.Database, faq_id: str) -> FaqEntry | None:
    return load_entry(db, faq_id)


def validate_change(db: sqlite_utils.Database, entries: list[FaqEntry] | None = None,
                    provisions: list[Provision] | None = None,
                    regulations: list[Regulation] | None = None) -> list[str]:
    """Errors of the knowledge base with these records replacing (or adding to) the stored ones."""
    regs = load_regulations(db)
    regs.update({r.short: r for r in regulations or ()})
    provs = load_provisions(db)
    provs.update({p.key: p for p in provisions or ()})
    current = {e.id: e for e in load_entries(db, include_deleted=True)}
    current.update({e.id: e for e in entries or ()})
    errors, _ = check(regs.values(), provs.values(), current.values(), load_statements(db).values())
    return errors


def _write_entry(db: sqlite_utils.Database, entry: FaqEntry, before: FaqEntry | None, actor: str,
                 action: str) -> int:
    """Inside a transaction: row, index, revision. Returns the new revision number."""
    db["faq"].upsert(_entry_row(entry), pk="id")
    index_entry(db, entry, default_lexicon())
    rev = db.execute("select coalesce(max(rev), 0) + 1 from faq_revisions where faq_id = ?",
                     [entry.id]).fetchone()[0]
    db["faq_revisions"].insert({
        "faq_id": entry.id, "rev": rev, "actor": actor, "at": _now(), "action": action,
        "before": json.dumps(_dump(before), ensure_ascii=False) if before else None,
        "after": json.dumps(_dump(entry), ensure_ascii=False),
    })
    return rev


def save_entry(db: sqlite_utils.Database, entry: FaqEntry, actor: str, action: str | None = None) -> int:
    """Create or change one entry; returns its new revision number."""
    before = get_entry(db, entry.id)
    if before is not None and _dump(before) == _dump(entry):
        raise EditError([f"faq {entry.id}: tidak ada yang berubah"])
    errors = validate_change(db, entries=[entry])
    if errors:
        raise EditError(errors)
    with db.atomic():
        rev = _write_entry(db, entry, before, actor, action or ("create" if before is None else "update"))
        _bump_version(db)
    return rev


def delete_entry(db: sqlite_utils.Database, faq_id: str, actor: str) -> int:
    """Soft delete: the entry stops answering; its history stays and it can be restored."""
    before = get_entry(db, faq_id)
    if before is None or before.deleted:
        raise EditError([f"faq {faq_id}: tidak ada entri aktif dengan id ini"])
    others = [e for e in load_entries(db) if faq_id in e.related and e.id != faq_id]
    if others:
        raise EditError([f"faq {faq_id}: masih dirujuk sebagai entri terkait oleh "
                         f"{', '.join(e.id for e in others)}; ubah entri itu dulu"])
    return save_entry(db, before.model_copy(update={"deleted": True}), actor, "delete")


def history(db: sqlite_utils.Database, faq_id: str) -> list[Revision]:
    rows = db.execute("select faq_id, rev, actor, at, action, before, after from faq_revisions "
                      "where faq_id = ? order by rev", [faq_id]).fetchall()
    return [Revision(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]) if r[5] else None,
                     json.loads(r[6]) if r[6] else None) for r in rows]


def revert(db: sqlite_utils.Database, faq_id: str, rev: int, actor: str) -> int:
    """Restore the entry as it was after revision ``rev``; itself a new revision."""
    target = next((r for r in history(db, faq_id) if r.rev == rev), None)
    if target is None or target.after is None:
        raise EditError([f"faq {faq_id}: tidak ada revisi {rev}"])
    return save_entry(db, FaqEntry.model_validate(target.after), actor, f"revert:{rev}")


# --- regulations and provisions (changed by import) ------------------------------------

def write_provision(db: sqlite_utils.Database, p: Provision, actor: str, action: str) -> None:
    """Inside a transaction: store a provision and its revision."""
    rows = list(db["provisions"].rows_where("key = ?", [p.key]))
    before = rows[0] if rows else None
    if before is not None:
        before = {**before, "verified": bool(before["verified"]), "sources": json.loads(before["sources"] or "[]")}
    after = p.model_dump()
    db["provisions"].upsert({**after, "verified": int(p.verified), "sources": json.dumps(p.sources)}, pk="key")
    db["provision_revisions"].insert({
        "key": p.key, "actor": actor, "at": _now(), "action": action,
        "before": json.dumps(before, ensure_ascii=False) if before else None,
        "after": json.dumps(after, ensure_ascii=False),
    })


def write_regulation(db: sqlite_utils.Database, r: Regulation, actor: str, action: str) -> None:
    rows = list(db["regulations"].rows_where("short = ?", [r.short]))
    db["regulations"].upsert(r.model_dump(), pk="short")
    db["provision_revisions"].insert({
        "key": f"regulation:{r.short}", "actor": actor, "at": _now(), "action": action,
        "before": json.dumps(rows[0], ensure_ascii=False) if rows else None,
        "after": json.dumps(r.model_dump(), ensure_ascii=False),
    })

