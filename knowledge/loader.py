"""Read the reviewed YAML seed files into validated records.

Errors are collected, not raised one at a time, so `netralbot kb validate` can
show a reviewer every problem in one run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from netralbot.knowledge import yamlfast
from pydantic import ValidationError

from netralbot.knowledge.models import FaqEntry, Provision, Regulation, Statement


@dataclass
class SeedData:
    regulations: list[Regulation] = field(default_factory=list)
    provisions: list[Provision] = field(default_factory=list)
    entries: list[FaqEntry] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def default_data_dir() -> Path:
    return Path(str(resources.files("netralbot.knowledge").joinpath("data")))


def _read_yaml(path: Path, errors: list[str]):
    try:
        return yamlfast.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        errors.append(f"{path.name}{where}: YAML tidak valid: {getattr(exc, 'problem', exc)}")
    except OSError as exc:
        errors.append(f"{path}: {exc}")
    return None


def _describe(exc: ValidationError) -> list[str]:
    return [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]


def parse_entries(items, source: str, errors: list[str]) -> list[FaqEntry]:
    """Validate a list of raw FAQ dicts; problems go to ``errors`` as 'source[id]: …'."""
    out: list[FaqEntry] = []
    if not isinstance(items, list):
        errors.append(f"{source}: harus berupa daftar entri FAQ")
        return out
    for i, item in enumerate(items):
        label = item.get("id", f"#{i + 1}") if isinstance(item, dict) else f"#{i + 1}"
        try:
            out.append(FaqEntry.model_validate(item))
        except ValidationError as exc:
            errors.extend(f"{source}[{label}]: {m}" for m in _describe(exc))
    return out


def load_seed(data_dir: Path | None = None) -> SeedData:
    data_dir = data_dir or default_data_dir()
    seed = SeedData()
    raw = _read_yaml(data_dir / "regulations.yaml", seed.errors) or {}
    for kind, model, target in (
        ("regulations", Regulation, seed.regulations),
        ("provisions", Provision, seed.provisions),
    ):
        for i, item in enumerate(raw.get(kind, []) or []):
            try:
                target.append(model.model_validate(item))
            except ValidationError as exc:
                label = item.get("key") or item.get("short") if isinstance(item, dict) else None
                seed.errors.extend(f"regulations.yaml {kind}[{label or i}]: {m}" for m in _describe(exc))
    statements_file = data_dir / "statements.yaml"
    if statements_file.exists():
        items = _read_yaml(statements_file, seed.errors) or []
        for i, item in enumerate(items if isinstance(items, list) else []):
            try:
                seed.statements.append(Statement.model_validate(item))
            except ValidationError as exc:
                label = item.get("id") if isinstance(item, dict) else None
                seed.errors.extend(f"statements.yaml[{label or i + 1}]: {m}" for m in _describe(exc))
    for path in sorted((data_dir / "faq").glob("*.yaml")):
        items = _read_yaml(path, seed.errors)
        if items is not None:
            seed.entries.extend(parse_entries(items, path.name, seed.errors))
    return seed
