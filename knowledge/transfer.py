"""Export the knowledge base to one YAML file and import it back: a dry-run plan
first (what would change, or which line is wrong), then all of it or nothing.

The file has up to three lists, each optional on import::

    regulations: [...]   # as knowledge/data/regulations.yaml
    provisions: [...]
    faq: [...]           # entries as knowledge/data/faq/*.yaml; "deleted: true" deletes

Entries absent from the file are left alone: an import adds and changes, it never
deletes by omission.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import sqlite_utils
import yaml
from pydantic import BaseModel, ValidationError

from netralbot.knowledge import yamlfast
from netralbot.knowledge.editing import _dump, _write_entry, write_provision, write_regulation
from netralbot.knowledge.models import FaqEntry, Provision, Regulation
from netralbot.knowledge.store import (
    _now, kb_version, load_entries, load_provisions, load_regulations, load_statements, meta_set,
)
from netralbot.knowledge.validate import check

SECTIONS = {"regulations": (Regulation, "short"), "provisions": (Provision, "key"), "faq": (FaqEntry, "id")}
MAX_IMPORT_BYTES = 2_000_000


@dataclass(frozen=True)
class Change:
    section: str
    key: str
    kind: str  # add | update | delete
    fields: tuple[str, ...] = ()
    diff: tuple[str, ...] = ()


@dataclass
class ImportPlan:
    errors: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    records: dict[str, list[BaseModel]] = field(default_factory=dict)
    base_version: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.errors:
            return "Impor DITOLAK, tidak ada yang diubah:\n" + "\n".join(f"• {e}" for e in self.errors[:20]) + (
                f"\n… dan {len(self.errors) - 20} galat lain" if len(self.errors) > 20 else "")
        if not self.changes:
            return "Tidak ada perubahan: isi berkas sama dengan basis pengetahuan."
        counts = {k: sum(1 for c in self.changes if c.kind == k) for k in ("add", "update", "delete")}
        lines = [f"Rencana impor: {counts['add']} baru, {counts['update']} diubah, {counts['delete']} dihapus."]
        labels = {"add": "+ baru", "update": "~ ubah", "delete": "- hapus"}
        for c in self.changes[:40]:
            detail = f" ({', '.join(c.fields)})" if c.fields else ""
            lines.append(f"{labels[c.kind]} {c.section} {c.key}{detail}")
        if len(self.changes) > 40:
            lines.append(f"… dan {len(self.changes) - 40} perubahan lain")
        return "\n".join(lines)


# --- export ----------------------------------------------------------------------

def export_data(db: sqlite_utils.Database) -> dict:
    return {
        "regulations": [r.model_dump(exclude_none=True) for r in load_regulations(db).values()],
        "provisions": [p.model_dump(exclude_none=True) for p in load_provisions(db).values()],
        "faq": [e.model_dump(mode="json") for e in load_entries(db)],
    }


def export_yaml(db: sqlite_utils.Database) -> str:
    header = (f"# NetralBot knowledge base, exported {_now()} (kb_version {kb_version(db)}).\n"
              "# Import with: netralbot kb import FILE.yaml (dry run first). Format: docs/kb-format.md\n")
    return header + yaml.safe_dump(export_data(db), allow_unicode=True, sort_keys=False, width=100)


# --- import ----------------------------------------------------------------------

def _line_of(node, path: tuple) -> int | None:
    """1-based line of the YAML node at ``path`` (keys and list indexes), as deep as it exists."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in path:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            nxt = node.value[part]
        else:
            nxt = None
        if nxt is None:
            break
        node, line = nxt, nxt.start_mark.line + 1
    return line


def _field_diff(before: dict, after: dict, name: str) -> list[str]:
    a = yaml.safe_dump(before.get(name), allow_unicode=True, width=100).splitlines()
    b = yaml.safe_dump(after.get(name), allow_unicode=True, width=100).splitlines()
    return [f"{name}: {line}" for line in difflib.unified_diff(a, b, lineterm="", n=0)
            if not line.startswith(("---", "+++", "@@"))]


def plan_import(db: sqlite_utils.Database, text: str | bytes, source: str = "berkas") -> ImportPlan:
    """Parse, validate and diff an import file without changing anything."""
    plan = ImportPlan(base_version=kb_version(db))
    if isinstance(text, bytes):
        if len(text) > MAX_IMPORT_BYTES:
            plan.errors.append(f"{source}: berkas terlalu besar (lebih dari {MAX_IMPORT_BYTES // 1_000_000} MB)")
            return plan
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            plan.errors.append(f"{source}: bukan teks UTF-8")
            return plan
    try:
        root = yamlfast.compose(text)
        data = yamlfast.safe_load(text)
    except yaml.YAMLError as exc:
        if "nesting depth" in str(getattr(exc, "problem", "")):  # libyaml's limit on "- - - - …"
            plan.errors.append(f"{source}: YAML bersarang terlalu dalam; bandingkan dengan hasil `netralbot kb export`")
            return plan
        mark = getattr(exc, "problem_mark", None)
        where = f" baris {mark.line + 1}" if mark is not None else ""
        plan.errors.append(f"{source}{where}: YAML tidak valid: {getattr(exc, 'problem', None) or exc}")
        return plan
    except RecursionError:  # "- - - - …" or "[[[[…" thousands deep: no entry looks like that
        plan.errors.append(f"{source}: YAML bersarang terlalu dalam; bandingkan dengan hasil `netralbot kb export`")
        return plan
    if not isinstance(data, dict) or not data or set(data) - set(SECTIONS):
        plan.errors.append(f"{source}: harus berisi daftar 'regulations', 'provisions' dan/atau 'faq' "
                           "(seperti hasil `netralbot kb export`)")
        return plan

    parsed: dict[str, list[BaseModel]] = {}
    for section, (model, key) in SECTIONS.items():
        items = data.get(section) or []
        if not isinstance(items, list):
            plan.errors.append(f"{source} baris {_line_of(root, (section,))}: '{section}' harus berupa daftar")
            continue
        seen: set[str] = set()
        parsed[section] = []
        for i, item in enumerate(items):
            try:
                record = model.model_validate(item)
            except ValidationError as exc:
                for err in exc.errors():
                    loc = tuple(err["loc"])
                    line = _line_of(root, (section, i, *loc))
                    label = item.get(key, f"#{i + 1}") if isinstance(item, dict) else f"#{i + 1}"
                    plan.errors.append(f"{source} baris {line}: {section}[{label}] "
                                       f"{'.'.join(map(str, loc))}: {err['msg']}")
                continue
            k = getattr(record, key)
            if k in seen:
                plan.errors.append(f"{source} baris {_line_of(root, (section, i))}: {section} '{k}' muncul dua kali")
            seen.add(k)
            parsed[section].append(record)
    if plan.errors:
        return plan

    regs = load_regulations(db)
    provs = load_provisions(db)
    entries = {e.id: e for e in load_entries(db, include_deleted=True)}
    for section, current in (("regulations", regs), ("provisions", provs)):
        for rec in parsed[section]:
            key = getattr(rec, SECTIONS[section][1])
            old = current.get(key)
            if old is None or old.model_dump() != rec.model_dump():
                fields = tuple(f for f in rec.model_fields if old is not None and getattr(old, f) != getattr(rec, f))
                plan.changes.append(Change(section, key, "add" if old is None else "update", fields))
            current[key] = rec
    for rec in parsed["faq"]:
        old = entries.get(rec.id)
        if old is not None and _dump(old) == _dump(rec):
            continue
        if old is None:
            kind = "delete" if rec.deleted else "add"
            fields: tuple[str, ...] = ()
            diff: list[str] = []
        else:
            kind = "delete" if rec.deleted and not old.deleted else "update"
            before, after = _dump(old), _dump(rec)
            fields = tuple(f for f in after if before.get(f) != after.get(f))
            diff = [d for f in fields for d in _field_diff(before, after, f)]
        if kind == "delete" and old is None:
            continue  # deleting what does not exist: nothing to do
        plan.changes.append(Change("faq", rec.id, kind, fields, tuple(diff)))
        entries[rec.id] = rec

    errors, _ = check(regs.values(), provs.values(), entries.values(), load_statements(db).values())
    plan.errors.extend(f"{source}: {e}" for e in errors)
    if not plan.errors:
        plan.records = parsed
    return plan


def apply_import(db: sqlite_utils.Database, plan: ImportPlan, actor: str) -> int:
    """Apply a clean plan in one transaction; returns how many records changed.

    Refused if the knowledge base changed since the plan was made (someone else
    edited meanwhile): make a new plan and look at it again.
    """
    if not plan.ok:
        raise ValueError("rencana impor berisi galat")
    if kb_version(db) != plan.base_version:
        raise ValueError("basis pengetahuan berubah sejak rencana dibuat; jalankan impor lagi untuk rencana baru")
    changed = {(c.section, c.key) for c in plan.changes}
    if not changed:
        return 0
    before = {e.id: e for e in load_entries(db, include_deleted=True)}
    with db.atomic():
        for r in plan.records.get("regulations", []):
            if ("regulations", r.short) in changed:
                write_regulation(db, r, actor, "import")
        for p in plan.records.get("provisions", []):
            if ("provisions", p.key) in changed:
                write_provision(db, p, actor, "import")
        for e in plan.records.get("faq", []):
            if ("faq", e.id) in changed:
                _write_entry(db, e, before.get(e.id), actor, "import")
        meta_set(db, "kb_version", str(kb_version(db) + 1))
    return len(changed)
