"""Carry a new release's knowledge base into a database seeded by an earlier release.

:func:`netralbot.knowledge.store.seed` fills an empty database once and never touches it
again, so that admins' edits win. Without this step an agency that upgrades NetralBot would
keep, forever, the answers of the release it first installed: none of a later release's new
entries, corrected verdicts or corrected citations would reach its users.

Each open compares a digest of the shipped YAML with the one the database last took in. When
they differ, the shipped records are merged:

- an entry the database lacks is added;
- an entry nobody has touched since the seed or a release (its last revision is theirs) takes
  the shipped text, as a revision by ``rilis`` that can be reverted like any other;
- an entry an admin created, edited or deleted keeps the admin's version, and is reported;
- an untouched entry the release no longer ships (removed or renamed) is deleted, softly and revertibly,
  unless an entry that stays points to it;
- regulations and provisions follow the same rule through their own revision log;
- enforcers' statements are not editable in the bot: the shipped ones replace them.

The merged knowledge base is checked as a whole (``kb validate``'s rules) before anything is
written; a shipped entry it would reject (an admin deleted the entry it points to, or took one
of its phrasings) is held back and reported, and the rest goes in.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from netralbot.knowledge.editing import _dump, _write_entry, write_provision, write_regulation
from netralbot.knowledge.loader import SeedData, default_data_dir
from netralbot.knowledge.models import FaqEntry, Provision, Regulation, Statement
from netralbot.knowledge.store import (
    kb_version, load_entries, load_provisions, load_regulations, load_statements, meta_get, meta_set,
)
from netralbot.knowledge.validate import check

RELEASE_ACTOR = "rilis"
# revisions written by the seed or by a release, not by a person
_MACHINE_ACTORS = frozenset({"seed", RELEASE_ACTOR})
DIGEST_KEY = "seed_digest"


def shipped_digest(data_dir: Path | None = None) -> str:
    """A digest of the shipped knowledge-base files (cheap: bytes, no YAML parsing)."""
    data_dir = data_dir or default_data_dir()
    h = hashlib.sha256()
    for path in [data_dir / "regulations.yaml", data_dir / "statements.yaml", *sorted((data_dir / "faq").glob("*.yaml"))]:
        if path.exists():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:24]


@dataclass
class UpgradePlan:
    """What a release would change in one database."""

    digest: str
    added: list[FaqEntry] = field(default_factory=list)
    updated: list[tuple[FaqEntry, FaqEntry]] = field(default_factory=list)  # (stored, shipped)
    withdrawn: list[FaqEntry] = field(default_factory=list)  # untouched entries the release no longer ships
    kept: list[str] = field(default_factory=list)  # an admin's version differs from the shipped one
    held: list[str] = field(default_factory=list)  # shipped entries the merged base would reject
    regulations: list[Regulation] = field(default_factory=list)
    provisions: list[Provision] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return (len(self.added) + len(self.updated) + len(self.withdrawn) + len(self.regulations) + len(self.provisions)
                + len(self.statements))

    def summary(self) -> str:
        """One line for the operator (Indonesian, like the rest of the CLI's output)."""
        line = (f"pembaruan basis pengetahuan dari rilis: {len(self.added)} entri baru, "
                f"{len(self.updated)} entri diperbarui, {len(self.provisions)} ketentuan, "
                f"{len(self.regulations)} peraturan dan {len(self.statements)} pernyataan diperbarui")
        if self.withdrawn:
            line += f"; {len(self.withdrawn)} entri ditarik rilis ({', '.join(e.id for e in self.withdrawn)})"
        if self.kept:
            line += f"; {len(self.kept)} entri suntingan admin dibiarkan ({', '.join(self.kept)})"
        if self.held:
            line += f"; {len(self.held)} entri rilis ditahan karena bentrok ({', '.join(self.held)})"
        return line


def _last_actors(db: sqlite_utils.Database, table: str, key: str) -> dict[str, str]:
    """The actor of each record's latest revision."""
    rows = db.execute(f"select {key}, actor from {table} where id in "
                      f"(select max(id) from {table} group by {key})").fetchall()
    return {k: actor for k, actor in rows}


def _edited_off_the_record(db: sqlite_utils.Database, stored: FaqEntry) -> bool:
    """The stored entry is not what its latest revision says (changed in the database directly):
    someone's edit all the same, so it is kept."""
    row = db.execute("select after from faq_revisions where faq_id = ? order by rev desc limit 1", [stored.id]).fetchone()
    return row is None or row[0] is None or json.loads(row[0]) != _dump(stored)


_NAMED_ENTRY = re.compile(r"\bfaq ([\w-]+):")
_PHRASING_OWNERS = re.compile(r"frasa dipakai oleh lebih dari satu entri \(([^)]*)\)")


def _named_in(errors: list[str]) -> set[str]:
    named: set[str] = set()
    for err in errors:
        named.update(_NAMED_ENTRY.findall(err))
        for owners in _PHRASING_OWNERS.findall(err):
            named.update(o.strip() for o in owners.split(","))
    return named


def plan_upgrade(db: sqlite_utils.Database, data: SeedData, digest: str) -> UpgradePlan:
    """Compare the shipped records with the stored ones; nothing is written."""
    plan = UpgradePlan(digest)
    stored = {e.id: e for e in load_entries(db, include_deleted=True)}
    entry_actors = _last_actors(db, "faq_revisions", "faq_id")
    for e in sorted(data.entries, key=lambda e: e.id):
        before = stored.get(e.id)
        if before is None:
            plan.added.append(e)
        elif _dump(before) != _dump(e):
            if entry_actors.get(e.id, "seed") in _MACHINE_ACTORS and not _edited_off_the_record(db, before):
                plan.updated.append((before, e))
            else:
                plan.kept.append(e.id)
    plan.withdrawn = _withdrawn(db, stored, {e.id for e in data.entries}, entry_actors, plan)
    record_actors = _last_actors(db, "provision_revisions", "key")
    regs, provs, statements = load_regulations(db), load_provisions(db), load_statements(db)
    plan.regulations = [r for r in data.regulations
                        if (r.short not in regs or regs[r.short] != r)
                        and record_actors.get(f"regulation:{r.short}", "seed") in _MACHINE_ACTORS]
    plan.provisions = [p for p in data.provisions
                       if (p.key not in provs or provs[p.key] != p)
                       and record_actors.get(p.key, "seed") in _MACHINE_ACTORS]
    plan.statements = [st for st in data.statements if statements.get(st.id) != st]
    _hold_back_what_breaks(plan, stored, regs, provs, statements)
    return plan


def _withdrawn(db: sqlite_utils.Database, stored: dict[str, FaqEntry], shipped: set[str], actors: dict[str, str],
               plan: UpgradePlan) -> list[FaqEntry]:
    """Entries a release stopped shipping (removed or renamed) that nobody has touched since the seed or a
    release, and that no entry staying in the knowledge base points to: they are deleted (softly, as a
    revision), else a renamed entry would claim the same phrasings as its new self."""
    gone = {fid: e for fid, e in stored.items()
            if fid not in shipped and not e.deleted and actors.get(fid, "seed") in _MACHINE_ACTORS
            and not _edited_off_the_record(db, e)}
    staying = {**{fid: e for fid, e in stored.items() if not e.deleted}, **{e.id: e for e in plan.added},
               **{a.id: a for _, a in plan.updated}}
    while True:  # an entry pointed to by one that stays, stays (and so do the ones it points to)
        kept = {r for fid, e in staying.items() if fid not in gone for r in e.related} & set(gone)
        if not kept:
            break
        for fid in kept:
            del gone[fid]
    return [gone[fid] for fid in sorted(gone)]


def _hold_back_what_breaks(plan: UpgradePlan, stored: dict[str, FaqEntry], regs: dict[str, Regulation],
                           provs: dict[str, Provision], statements: dict[str, Statement]) -> None:
    """Drop from the plan the shipped entries the merged knowledge base (the stored records with the
    plan's on top) would reject."""
    regs = {**regs, **{r.short: r for r in plan.regulations}}
    provs = {**provs, **{p.key: p for p in plan.provisions}}
    statements = {**statements, **{st.id: st for st in plan.statements}}
    for _ in range(10):  # each pass holds back at least one entry, or stops
        merged = dict(stored)
        merged.update({e.id: e for e in plan.added})
        merged.update({after.id: after for _, after in plan.updated})
        merged.update({e.id: e.model_copy(update={"deleted": True}) for e in plan.withdrawn})
        errors, _ = check(regs.values(), provs.values(), merged.values(), statements.values())
        if not errors:
            return
        offending = _named_in(errors) & ({e.id for e in plan.added} | {a.id for _, a in plan.updated})
        if not offending:
            break
        plan.held.extend(sorted(offending))
        plan.added = [e for e in plan.added if e.id not in offending]
        plan.updated = [(b, a) for b, a in plan.updated if a.id not in offending]
    # what is left still breaks the stored knowledge base's own rules: change nothing this time
    plan.held.extend(e.id for e in plan.added)
    plan.held.extend(a.id for _, a in plan.updated)
    plan.added, plan.updated, plan.withdrawn, plan.regulations, plan.provisions = [], [], [], [], []


def apply_upgrade(db: sqlite_utils.Database, plan: UpgradePlan, force: bool = False) -> bool:
    """Write the plan in one transaction and remember the digest it came from. False when another
    process (the bot beside the console) took this release in first (unless ``force``)."""
    with db.atomic():
        # a write first, so that the check below and the changes hold the database's one write lock
        meta_set(db, "upgrade_check", plan.digest)
        if not force and meta_get(db, DIGEST_KEY) == plan.digest:
            return False
        for r in plan.regulations:
            write_regulation(db, r, RELEASE_ACTOR, "release")
        for p in plan.provisions:
            write_provision(db, p, RELEASE_ACTOR, "release")
        for e in plan.added:
            _write_entry(db, e, None, RELEASE_ACTOR, "release")
        for before, after in plan.updated:
            _write_entry(db, after, before, RELEASE_ACTOR, "release")
        for before in plan.withdrawn:
            _write_entry(db, before.model_copy(update={"deleted": True}), before, RELEASE_ACTOR, "release-withdraw")
        db["statements"].insert_all(
            ({"id": st.id, "data": st.model_dump_json()} for st in plan.statements), pk="id", replace=True)
        if plan.changes:
            meta_set(db, "kb_version", str(kb_version(db) + 1))
        meta_set(db, DIGEST_KEY, plan.digest)
    return True


def pending(db: sqlite_utils.Database, data_dir: Path | None = None) -> str | None:
    """The shipped digest when the database has not taken it in yet, else None."""
    digest = shipped_digest(data_dir)
    return None if meta_get(db, DIGEST_KEY) == digest else digest
