"""YAML for the packaged data files, parsed by libyaml when PyYAML has it.

The knowledge base is ~10,000 lines of YAML; the pure-Python loader spends most
of a fresh database's first open parsing it. Same safe subset, same result.
Files from users (admin imports) keep going through ``yaml.safe_load``.
"""

from __future__ import annotations

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python
