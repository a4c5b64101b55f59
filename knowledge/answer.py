"""The channel-neutral answer: what every channel renders in its own format."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

DISCLAIMER = (
    "Jawaban ini panduan berdasarkan peraturan, bukan keputusan hukum. "
    "Keputusan atas suatu kasus ada pada pejabat yang berwenang."
)
REFERRAL = (
    "Silakan tanyakan ke BKPSDM/BKD atau Inspektorat instansi Anda. "
    "Untuk dugaan pelanggaran pemilu atau pilkada, hubungi Bawaslu setempat."
)


class Outcome(StrEnum):
    ANSWERED = "answered"
    SUGGESTED = "suggested"
    ABSTAINED = "abstained"


@dataclass(frozen=True)
class Citation:
    key: str
    regulation: str  # short name, e.g. "PP 94/2021"
    title: str  # the regulation's full title
    article: str | None  # None where the reference cannot confirm the number
    text: str  # the wording as in the reference (or its paraphrase, see `verified`)
    verified: bool  # wording confirmed verbatim by at least one source
    wording: str  # "verbatim" | "paraphrase"
    status: str  # "in-force" | "superseded"

    @property
    def label(self) -> str:
        """'PP 94/2021 Pasal 5 huruf n angka 2' — the name people should quote."""
        return f"{self.regulation} {self.article}" if self.article else self.regulation


@dataclass(frozen=True)
class StatementRef:
    """An enforcer's public words: who, when, where. Never regulation text."""

    id: str
    who: str
    agency: str
    date: str | None
    publication: str | None
    source: str
    quote: str
    verified: bool  # two independent outlets carry it

    @property
    def label(self) -> str:
        where = f", {self.publication}" if self.publication else ""
        return f"{self.who} ({self.agency}), {self.date or 'tanggal tidak tercantum'}{where}"


@dataclass(frozen=True)
class Suggestion:
    faq_id: str
    question: str


@dataclass(frozen=True)
class Answer:
    verdict: str  # dilarang | boleh | hati-hati | info | tidak-tahu
    outcome: Outcome
    confidence: float
    text: str  # the short answer, or the reason for not answering
    faq_id: str | None = None
    question: str | None = None  # the canonical question answered
    conditions: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    sanction: str | None = None
    suggestions: tuple[Suggestion, ...] = ()
    related: tuple[Suggestion, ...] = ()
    topic: str | None = None
    valid_from: str | None = None
    reason: str | None = None  # why it abstained: empty, out-of-scope, injection, …
    referral: str | None = None
    disclaimer: str = DISCLAIMER
    steps: tuple[str, ...] = ()
    statements: tuple[StatementRef, ...] = ()
    act_verdict: str | None = None  # the act's own verdict when a sanction/steps question got "info"
    frame: dict | None = None  # what the bot understood of the situation (ask --json)

    def to_json(self) -> dict:
        """The `netralbot ask --json` contract (plus a few descriptive extras)."""
        return {
            "verdict": self.verdict,
            "confidence": round(float(self.confidence), 4),
            "faq_id": self.faq_id,
            "answer": self.text,
            "citations": [
                {"key": c.key, "regulation": c.regulation, "title": c.title, "article": c.article,
                 "text": c.text, "verified": c.verified}
                for c in self.citations
            ],
            "suggestions": [asdict(s) for s in self.suggestions],
            "outcome": str(self.outcome),
            "question": self.question,
            "conditions": list(self.conditions),
            "sanction": self.sanction,
            "referral": self.referral,
            "disclaimer": self.disclaimer,
            "steps": list(self.steps),
            "statements": [
                {"who": st.who, "agency": st.agency, "date": st.date, "publication": st.publication,
                 "source": st.source, "quote": st.quote, "verified": st.verified}
                for st in self.statements
            ],
            "act_verdict": self.act_verdict,
            "frame": self.frame,
        }
