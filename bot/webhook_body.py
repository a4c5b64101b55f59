"""Reading a webhook body that passed its signature or secret check.

A signed body comes from the platform (or from someone holding the secret), so its
shape is what decides the answer:

- not JSON at all (including ``NaN`` and nesting deep enough to exhaust the parser):
  ``400``. Neither Meta nor Telegram sends that, so nobody will retry it forever.
- JSON of a shape we do not understand (``[]``, ``null``, ``{"entry": "abc"}``…):
  ``200`` and one log line. If the platform itself ever sends a new shape, a 4xx would
  make it retry the same delivery for days and hold back the updates behind it; ignoring
  it costs one unanswered event, which the log line makes visible.
"""

from __future__ import annotations

import json

MAX_DEPTH = 64  # Meta's and Telegram's payloads are a handful of levels deep


class NotJson(ValueError):
    pass


def _reject_constant(name: str):
    raise NotJson(f"{name} is not JSON")


def parse(body: bytes):
    """The decoded JSON value; raises :class:`NotJson` for anything that is not plain JSON."""
    if _too_deep(body):
        raise NotJson("nested too deeply")
    try:
        return json.loads(body, parse_constant=_reject_constant)
    except NotJson:
        raise
    except (ValueError, RecursionError) as e:  # UnicodeDecodeError is a ValueError
        raise NotJson(type(e).__name__) from None


def _too_deep(body: bytes) -> bool:
    """Cheap pre-check, before the parser recurses: bracket depth outside strings."""
    depth, in_string, escaped = 0, False, False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


def as_dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def as_list(value) -> list:
    return value if isinstance(value, list) else []
