"""The knowledge base's records: regulations, their provisions, FAQ entries.

Pydantic models, because every record comes from a file or an admin's edit and
must be checked field by field before it is trusted. The format is documented in
``docs/kb-format.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Verdict(StrEnum):
    DILARANG = "dilarang"
    BOLEH = "boleh"
    HATI_HATI = "hati-hati"
    INFO = "info"
    TIDAK_TAHU = "tidak-tahu"  # only ever produced by the matcher, never stored


_STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bNo)(?<!\bhlm)[.!?](?=\s+[A-Z0-9\"'(])")


class Regulation(BaseModel):
    model_config = _STRICT
    short: str = Field(min_length=2)
    title: str = Field(min_length=5)
    status: Literal["in-force", "superseded"]
    applies_to: str | None = None
    note: str | None = None


class Provision(BaseModel):
    model_config = _STRICT
    key: str = Field(min_length=3)
    regulation: str
    article: str | None = None
    text: str = Field(min_length=3)
    wording: Literal["verbatim", "paraphrase"]
    verification: Literal["2 sources", "1 source", "unverified wording", "unverified"]
    verified: bool
    status: Literal["in-force", "superseded"]
    kind: Literal["provision", "guidance", "fact"]
    sanction: str | None = None
    note: str | None = None
    sources: list[str] = Field(default_factory=list)

    @field_validator("verified")
    @classmethod
    def _verified_consistent(cls, v: bool, info) -> bool:
        data = info.data
        expected = data.get("wording") == "verbatim" and data.get("verification") in ("2 sources", "1 source")
        if v and not expected:
            raise ValueError("verified=true needs verbatim wording confirmed by 1 or 2 sources")
        return v


SLOTS = ("act", "target", "actor", "stage", "manner", "means")
QUESTION_TYPES = ("permission", "sanction", "what-to-do", "authority", "definition")


class EntryFrame(BaseModel):
    """The situation an entry answers, in the lexicon's typed values (``types:``).

    An empty slot means "any". The ranker excludes an entry when a question's frame
    contradicts it: a different target, an actor the entry does not cover, or an
    act/target the question negates ("tanpa calon", "ga diupload").
    """

    model_config = _STRICT
    act: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    actor: list[str] = Field(default_factory=lambda: ["asn"])
    stage: list[str] = Field(default_factory=list)
    manner: list[str] = Field(default_factory=list)
    means: list[str] = Field(default_factory=list)
    # values whose presence in a question rules the entry out: "tanpa CLTN" entries say [cltn],
    # "hadir tanpa atribut" says [atribut]
    unless: list[str] = Field(default_factory=list)
    # values one of which the question must state for the entry to be about it: the on-duty
    # speaker's entry is no answer to a speaker who names no duty ("requires: [tugas-dinas]")
    requires: list[str] = Field(default_factory=list)
    # what the situation is explicitly without ("hadir pasif, tanpa atribut": [atribut]): a
    # question that says so ("ga pakai kaos partai") is this entry's, not the prohibition's
    without: list[str] = Field(default_factory=list)
    # "boleh dengan syarat": a hati-hati entry whose condition the question says is met
    # ("sudah dapat izin tertulis", "sudah CLTN") is answered boleh; a boleh entry whose
    # condition the question denies ("belum dapat izin") is answered hati-hati
    boleh_if: list[str] = Field(default_factory=list)
    # ... or whose risk the question says is absent: "foto kelingking bertinta, tanpa pose jari"
    # against the inked-finger entry ("boleh_without: [pose]")
    boleh_without: list[str] = Field(default_factory=list)
    question: Literal["permission", "sanction", "what-to-do", "authority", "definition"] = "permission"


class Statement(BaseModel):
    """What an enforcer said in public: cited as a statement, never as regulation text."""

    model_config = _STRICT
    id: str = Field(min_length=3)
    who: str = Field(min_length=3)
    agency: str = Field(min_length=2)
    date: dt.date | None  # None: the page carries no date (the answer says so)
    source: str = Field(min_length=5)  # a URL, or the news article in shared/reference/berita/
    publication: str | None = None
    quote: str = Field(min_length=10)
    summary: str = Field(min_length=10)
    acts: list[str] = Field(default_factory=list)
    stance: Literal["dilarang", "boleh", "hati-hati"]
    also_reported_by: list[str] = Field(default_factory=list)
    verification: Literal["2 sources", "1 source"]

    @property
    def verified(self) -> bool:
        """Two independent outlets carry it; otherwise its wording is shown as unverified."""
        return self.verification == "2 sources" and bool(self.also_reported_by)


class FaqEntry(BaseModel):
    model_config = _STRICT
    id: str = Field(min_length=3, max_length=48)  # fits Telegram's 64-byte callback data
    topic: str
    question: str = Field(min_length=10)
    phrasings: list[str] = Field(min_length=6)
    verdict: Literal["dilarang", "boleh", "hati-hati", "info"]
    answer: str = Field(min_length=10)
    conditions: list[str] = Field(default_factory=list)
    citations: list[str] = Field(min_length=1)
    sanction: str = Field(min_length=3)
    related: list[str] = Field(default_factory=list)
    valid_from: dt.date
    frame: EntryFrame | None = None
    steps: list[str] = Field(default_factory=list)  # what to do: undo, leave, report, ask for CLTN…
    statements: list[str] = Field(default_factory=list)  # ids in statements.yaml
    deleted: bool = False

    @field_validator("id")
    @classmethod
    def _kebab(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("id must be kebab-case: lowercase letters, digits and hyphens")
        return v

    @field_validator("phrasings")
    @classmethod
    def _phrasings_nonempty(cls, v: list[str]) -> list[str]:
        v = [p.strip() for p in v]
        if any(not p for p in v):
            raise ValueError("empty phrasing")
        return v

    @field_validator("answer")
    @classmethod
    def _short_answer(cls, v: str) -> str:
        n = count_sentences(v)
        if n > 3:
            raise ValueError(f"answer has {n} sentences; at most 3")
        return v

    @field_validator("conditions")
    @classmethod
    def _conditions_for_hati_hati(cls, v: list[str], info) -> list[str]:
        if info.data.get("verdict") == "hati-hati" and not v:
            raise ValueError("a hati-hati entry must say what it depends on (conditions)")
        return v


def count_sentences(text: str) -> int:
    """Sentences in ``text``; abbreviations such as "No." or "huruf n." are not sentence ends."""
    body = text.strip()
    if not body:
        return 0
    return len(_SENTENCE_END.findall(body)) + 1
