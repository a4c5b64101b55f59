"""YAML for the packaged data files, parsed by libyaml when PyYAML has it.

The knowledge base is ~10,000 lines of YAML; the pure-Python loader spends most
of a fresh database's first open parsing it, and an admin's import of the whole
exported knowledge base (1 MB) took seconds to plan. Same safe subset, same result,
and the same ``YAMLError`` with its line on bad input (libyaml also refuses
nesting thousands deep with an error instead of recursing).
"""

from __future__ import annotations

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python


def compose(text: str):
    """The node tree (with line marks), for pointing at the line of an invalid item."""
    return yaml.compose(text, Loader=_LOADER)
