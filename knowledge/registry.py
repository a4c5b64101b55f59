"""The election registry: elections and their stages, candidates, parties, official
accounts and campaign slogans, which the content check (knowledge/content.py) matches.

It lives in SQLite like the FAQ: seeded once from ``knowledge/data/registry.yaml``, then
edited by admins (CLI, chat), every change a revision (who, when, before, after) that can
be reverted, YAML export and all-or-nothing import. An empty registry still works: the
check falls back on generic cues and says that the region's candidates are not known.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import weakref
from dataclasses import dataclass, field
from importlib import resources

import sqlite_utils
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from netralbot.knowledge.yamlfast import safe_load

KINDS = ("elections", "candidates", "parties", "accounts", "slogans")
TABLE, REVISIONS = "registry", "registry_revisions"


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    source: str | None = None  # the public page a fact was taken from
    note: str | None = None


class Stage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    stage: str
    start: dt.date
    end: dt.date
    source: str | None = None
    note: str | None = None


class Election(_Item):
    key: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,60}$")
    name: str = Field(min_length=3, max_length=120)
    region: str = "nasional"
    stages: list[Stage] = []


class Candidate(_Item):
    election: str
    office: str = Field(min_length=2, max_length=60)  # presiden, dpr, dprd, gubernur, bupati, wali kota…
    region: str = "nasional"
    number: int = Field(ge=0, le=99)
    name: str = Field(min_length=2, max_length=120)
    running_mate: str | None = None
    nicknames: list[str] = []
    party: str | None = None


class Party(_Item):
    number: int = Field(ge=1, le=99)
    name: str = Field(min_length=3, max_length=120)
    abbreviations: list[str] = []
    scope: str = "national"  # national | aceh


class Account(_Item):
    body: str = Field(min_length=2, max_length=40)  # KPU, Bawaslu, BKN, DKPP
    kind: str = Field(min_length=2, max_length=30)  # website, instagram, x_twitter, facebook…
    handle: str = Field(min_length=2, max_length=120)


class Slogan(_Item):
    text: str = Field(min_length=3, max_length=120)  # a slogan or hashtag as people write it
    candidate: str | None = None
    party: str | None = None

    @field_validator("text")
    @classmethod
    def _one_line(cls, v: str) -> str:
        if "\n" in v:
            raise ValueError("satu baris saja")
        return v


MODELS: dict[str, type[_Item]] = {"elections": Election, "candidates": Candidate, "parties": Party,
                                  "accounts": Account, "slogans": Slogan}


def item_key(kind: str, item: _Item) -> str:
    """The stable key of an item: what revisions and imports refer to."""
    if isinstance(item, Election):
        return item.key
    if isinstance(item, Candidate):
        return f"{item.election}/{_slug(item.region)}/{item.office}/{item.number}"
    if isinstance(item, Party):
        return f"{item.scope}/{item.number}"
    if isinstance(item, Account):
        return f"{item.body.lower()}/{item.kind}/{item.handle.lower()}"
    if isinstance(item, Slogan):
        return item.text.lower()
    raise ValueError(kind)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "-"


@dataclass
class Registry:
    """What the content check reads: every live item, by kind."""

    elections: list[Election] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    accounts: list[Account] = field(default_factory=list)
    slogans: list[Slogan] = field(default_factory=list)
    version: int = 0
    # the content check's name index, built once per Registry object (knowledge/content_registry.py)
    index: object = field(default=None, repr=False, compare=False)

    @property
    def empty(self) -> bool:
        return not (self.candidates or self.parties or self.slogans)


# --- storage ------------------------------------------------------------------------------

def ensure_schema(db: sqlite_utils.Database) -> None:
    db[TABLE].create({"kind": str, "key": str, "data": str, "deleted": int}, pk=("kind", "key"),
                     defaults={"deleted": 0}, if_not_exists=True)
    db[REVISIONS].create({"id": int, "kind": str, "key": str, "rev": int, "actor": str, "at": str,
                          "action": str, "before": str, "after": str}, pk="id", if_not_exists=True)
    db[REVISIONS].create_index(["kind", "key", "rev"], unique=True, if_not_exists=True)
    db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)


def seed_data() -> dict[str, list[_Item]]:
    text = resources.files("netralbot.knowledge").joinpath("data/registry.yaml").read_text("utf-8")
    data, errors = parse(safe_load(text) or {})
    if errors:
        raise ValueError("registry.yaml: " + "; ".join(errors))
    return data


def ensure_seeded(db: sqlite_utils.Database) -> None:
    """Seed once; later edits are the admins' and are never overwritten."""
    ensure_schema(db)
    if db.execute("select value from meta where key = 'registry_seeded'").fetchone():
        return
    with db.atomic():
        for kind, items in seed_data().items():
            for item in items:
                _write(db, kind, item_key(kind, item), item, "seed", "seed")
        db.execute("insert or replace into meta (key, value) values ('registry_seeded', '1')")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _get(db, kind: str, key: str) -> dict | None:
    row = db.execute(f"select data, deleted from {TABLE} where kind = ? and key = ?", [kind, key]).fetchone()
    return None if row is None or row[1] else json.loads(row[0])


def _write(db, kind: str, key: str, item: _Item | None, actor: str, action: str) -> int:
    """Inside a transaction: the row (``None`` = deleted) and its revision."""
    before = _get(db, kind, key)
    after = item.model_dump(mode="json", exclude_none=True) if item is not None else None
    if after is not None:
        db[TABLE].upsert({"kind": kind, "key": key, "data": json.dumps(after, ensure_ascii=False), "deleted": 0},
                         pk=("kind", "key"))
    else:
        db.execute(f"update {TABLE} set deleted = 1 where kind = ? and key = ?", [kind, key])
    rev = db.execute(f"select coalesce(max(rev), 0) + 1 from {REVISIONS} where kind = ? and key = ?",
                     [kind, key]).fetchone()[0]
    db[REVISIONS].insert({"kind": kind, "key": key, "rev": rev, "actor": actor, "at": _now(), "action": action,
                          "before": json.dumps(before, ensure_ascii=False) if before else None,
                          "after": json.dumps(after, ensure_ascii=False) if after else None})
    version = int((db.execute("select value from meta where key = 'registry_version'").fetchone() or ["0"])[0])
    db.execute("insert or replace into meta (key, value) values ('registry_version', ?)", [str(version + 1)])
    return rev


class RegistryError(ValueError):
    pass


def save(db: sqlite_utils.Database, kind: str, data: dict, actor: str) -> tuple[str, int]:
    """Create or change one item; returns (key, revision)."""
    ensure_seeded(db)
    if kind not in MODELS:
        raise RegistryError(f"jenis harus salah satu dari: {', '.join(KINDS)}")
    try:
        item = MODELS[kind].model_validate(data)
    except ValidationError as e:
        raise RegistryError("; ".join(f"{'.'.join(map(str, x['loc'])) or kind}: {x['msg']}" for x in e.errors()))
    key = item_key(kind, item)
    if _get(db, kind, key) == item.model_dump(mode="json", exclude_none=True):
        raise RegistryError(f"{kind} {key}: tidak ada yang berubah")
    with db.atomic():
        rev = _write(db, kind, key, item, actor, "update" if _get(db, kind, key) else "create")
    return key, rev


def remove(db: sqlite_utils.Database, kind: str, key: str, actor: str) -> int:
    ensure_seeded(db)
    if _get(db, kind, key) is None:
        raise RegistryError(f"{kind} {key}: tidak ada")
    with db.atomic():
        return _write(db, kind, key, None, actor, "delete")


@dataclass(frozen=True)
class Revision:
    kind: str
    key: str
    rev: int
    actor: str
    at: str
    action: str
    before: dict | None
    after: dict | None


def history(db: sqlite_utils.Database, kind: str, key: str) -> list[Revision]:
    ensure_seeded(db)
    rows = db.execute(f"select kind, key, rev, actor, at, action, before, after from {REVISIONS} "
                      "where kind = ? and key = ? order by rev", [kind, key]).fetchall()
    return [Revision(*r[:6], json.loads(r[6]) if r[6] else None, json.loads(r[7]) if r[7] else None) for r in rows]


def revert(db: sqlite_utils.Database, kind: str, key: str, rev: int, actor: str) -> int:
    """Back to the state after revision ``rev`` (a deletion included); itself a revision."""
    target = next((r for r in history(db, kind, key) if r.rev == rev), None)
    if target is None:
        raise RegistryError(f"{kind} {key}: tidak ada revisi {rev}")
    item = MODELS[kind].model_validate(target.after) if target.after else None
    with db.atomic():
        return _write(db, kind, key, item, actor, f"revert:{rev}")


_loaded: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # database -> its Registry, by version


def load(db: sqlite_utils.Database) -> Registry:
    """The live registry. Every content check asks for it, so it is read and validated again
    only when its version moved (an edit here or in another process); treat it as read-only."""
    ensure_seeded(db)
    version = int((db.execute("select value from meta where key = 'registry_version'").fetchone() or ["0"])[0])
    cached = _loaded.get(db)
    if cached is not None and cached.version == version:
        return cached
    reg = Registry(version=version)
    for kind, data in db.execute(f"select kind, data from {TABLE} where deleted = 0 order by kind, key"):
        if kind in MODELS:
            getattr(reg, kind).append(MODELS[kind].model_validate(json.loads(data)))
    _loaded[db] = reg
    return reg


# --- YAML in and out ----------------------------------------------------------------------

def parse(data: dict) -> tuple[dict[str, list[_Item]], list[str]]:
    """Validated items per kind, and every error with where it is."""
    errors: list[str] = []
    if not isinstance(data, dict) or set(data) - set(KINDS):
        return {}, [f"harus berisi daftar {', '.join(KINDS)} (seperti hasil `netralbot registry export`)"]
    out: dict[str, list[_Item]] = {}
    for kind in KINDS:
        items = data.get(kind) or []
        if not isinstance(items, list):
            errors.append(f"{kind}: harus berupa daftar")
            continue
        seen: set[str] = set()
        for i, raw in enumerate(items, 1):
            try:
                item = MODELS[kind].model_validate(raw)
            except ValidationError as e:
                errors += [f"{kind} #{i} {'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors()]
                continue
            key = item_key(kind, item)
            if key in seen:
                errors.append(f"{kind} #{i}: '{key}' muncul dua kali")
            seen.add(key)
            out.setdefault(kind, []).append(item)
    return out, errors


def export_yaml(db: sqlite_utils.Database) -> str:
    reg = load(db)
    data = {k: [i.model_dump(mode="json", exclude_none=True) for i in getattr(reg, k)] for k in KINDS}
    return ("# NetralBot election registry, exported. Import with: netralbot registry import FILE\n"
            + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110))


@dataclass
class ImportPlan:
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, key, created|changed|removed)
    errors: list[str] = field(default_factory=list)
    items: dict[str, list[_Item]] = field(default_factory=dict)

    def summary(self) -> str:
        if self.errors:
            return "DITOLAK, tidak ada yang diubah:\n" + "\n".join(f"• {e}" for e in self.errors[:20])
        if not self.changes:
            return "Tidak ada perubahan."
        words = {"created": "baru", "changed": "diubah", "removed": "dihapus"}
        return "Rencana impor registri:\n" + "\n".join(f"• {kind} {key}: {words[a]}" for kind, key, a in self.changes[:50])


def plan_import(db: sqlite_utils.Database, text: str) -> ImportPlan:
    """The whole registry as the file says it should be (missing items are removed)."""
    plan = ImportPlan()
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        plan.errors.append(f"YAML tidak valid: {getattr(e, 'problem', None) or e}")
        return plan
    except RecursionError:
        plan.errors.append("YAML bersarang terlalu dalam")
        return plan
    plan.items, plan.errors = parse(data or {})
    if plan.errors:
        return plan
    current = load(db)
    for kind in KINDS:
        now = {item_key(kind, i): i.model_dump(mode="json", exclude_none=True) for i in getattr(current, kind)}
        new = {item_key(kind, i): i.model_dump(mode="json", exclude_none=True) for i in plan.items.get(kind, [])}
        plan.changes += [(kind, k, "created") for k in new if k not in now]
        plan.changes += [(kind, k, "changed") for k in new if k in now and now[k] != new[k]]
        plan.changes += [(kind, k, "removed") for k in now if k not in new]
    return plan


def apply_import(db: sqlite_utils.Database, plan: ImportPlan, actor: str) -> int:
    if plan.errors:
        raise RegistryError("rencana impor berisi galat")
    items = {(kind, item_key(kind, i)): i for kind, lst in plan.items.items() for i in lst}
    with db.atomic():
        for kind, key, action in plan.changes:
            _write(db, kind, key, items.get((kind, key)), actor, "import")
    return len(plan.changes)
