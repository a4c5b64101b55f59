"""The election calendar: phases and their dates, set by operators for the coming
election (nothing is assumed: KPU fixes the dates by decree for each election).

Reminders can follow a phase: ``--during kampanye --lead-days 14`` is active from
fourteen days before the campaign starts until it ends, so reminders grow more
frequent as the campaign and the quiet period (masa tenang) approach.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlite_utils

TABLE = "election_phases"
KNOWN_PHASES = {
    "pendaftaran": "Pendaftaran calon",
    "kampanye": "Masa kampanye",
    "masa_tenang": "Masa tenang",
    "pemungutan": "Pemungutan suara",
}
_NAME = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


@dataclass(frozen=True)
class Phase:
    name: str
    label: str
    starts: dt.date
    ends: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.starts <= day <= self.ends


def ensure_schema(db: sqlite_utils.Database) -> None:
    db[TABLE].create({"name": str, "label": str, "starts": str, "ends": str, "updated_at": str},
                     pk="name", not_null={"starts", "ends"}, if_not_exists=True)


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"tanggal {text!r} tidak dikenali; tulis TTTT-BB-HH, misalnya 2029-01-15") from None


def set_phase(db: sqlite_utils.Database, name: str, starts: dt.date, ends: dt.date,
              label: str | None = None) -> Phase:
    name = name.strip().lower().replace("-", "_").replace(" ", "_")
    if not _NAME.match(name):
        raise ValueError(f"nama tahapan {name!r} tidak valid (huruf kecil, angka, garis bawah)")
    if ends < starts:
        raise ValueError("tanggal selesai lebih awal dari tanggal mulai")
    label = (label or KNOWN_PHASES.get(name) or name.replace("_", " ").capitalize()).strip()[:60]
    ensure_schema(db)
    db[TABLE].upsert({"name": name, "label": label, "starts": starts.isoformat(), "ends": ends.isoformat(),
                      "updated_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}, pk="name")
    return Phase(name, label, starts, ends)


def remove_phase(db: sqlite_utils.Database, name: str) -> bool:
    ensure_schema(db)
    with db.atomic():
        return db.execute(f"delete from {TABLE} where name = ?", [name]).rowcount > 0


def phases(db: sqlite_utils.Database) -> list[Phase]:
    ensure_schema(db)
    return [Phase(r["name"], r["label"], dt.date.fromisoformat(r["starts"]), dt.date.fromisoformat(r["ends"]))
            for r in db[TABLE].rows_where(order_by="starts, name")]


def get(db: sqlite_utils.Database, name: str) -> Phase | None:
    return next((p for p in phases(db) if p.name == name), None)


def current(db: sqlite_utils.Database, day: dt.date) -> list[Phase]:
    return [p for p in phases(db) if p.contains(day)]


def fingerprint(db: sqlite_utils.Database) -> str:
    """Changes whenever the calendar does (reminder jobs that follow it are rebuilt)."""
    return "|".join(f"{p.name}:{p.starts}:{p.ends}" for p in phases(db))
