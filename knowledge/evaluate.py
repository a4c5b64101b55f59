"""Run a labelled question file through the knowledge base and score it.

Each item: ``q`` (the question), ``verdict`` (expected, ``tidak-tahu`` for
out-of-scope), ``citations`` (keys any one of which a correct answer cites),
``kind`` (in-scope | out-of-scope | adversarial), optionally ``category`` (contrast,
actor, negation, stage, question-type, long-story, regional-caps, typo,
out-of-scope, adversarial) and ``why``.

``summary(items=False)`` prints aggregates only: that is how a sealed set is run
(`netralbot eval FILE --summary`), so nobody tuning the bot reads its questions.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from netralbot.knowledge import yamlfast

from netralbot.knowledge.answer import Outcome
from netralbot.knowledge.engine import KnowledgeBase
from netralbot.knowledge.typos import add_typos


@dataclass
class Miss:
    question: str
    expected: str
    got: str
    faq_id: str | None
    confidence: float
    why: str


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def __str__(self) -> str:
        share = self.right / self.total if self.total else 0.0
        return f"{share:6.1%} ({self.right}/{self.total})"


RELIABILITY_BINS = (0.0, 0.35, 0.5, 0.7, 0.85, 0.95, 1.0001)


@dataclass
class EvalReport:
    total: int = 0
    in_scope: int = 0
    verdict_correct: int = 0
    citation_correct: int = 0
    out_of_scope: int = 0
    oos_abstained: int = 0
    predicted_abstain: int = 0
    true_abstain: int = 0
    suggested: int = 0
    dangerous: int = 0
    permissive: int = 0  # answered "boleh" where the label is "hati-hati"
    hati_hati_labels: int = 0
    categories: dict[str, Tally] = field(default_factory=dict)
    # (confidence, verdict right) for every in-scope answer that was given
    answered: list[tuple[float, bool]] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    verdicts: list[str] = field(default_factory=list)  # what each question got, in file order
    # (label, verdict given) -> count, in scope; an abstention or a suggestion counts as "tidak-tahu"
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def verdict_accuracy(self) -> float:
        return self.verdict_correct / self.in_scope if self.in_scope else 0.0

    @property
    def wrong_answer_rate(self) -> float:
        """In-scope questions answered with a wrong verdict (a suggestion is not an answer)."""
        wrong = sum(1 for m in self.misses if m.why == "wrong verdict")
        return wrong / self.in_scope if self.in_scope else 0.0

    @property
    def citation_accuracy(self) -> float:
        return self.citation_correct / self.in_scope if self.in_scope else 0.0

    @property
    def abstention_recall(self) -> float:
        return self.oos_abstained / self.out_of_scope if self.out_of_scope else 1.0

    @property
    def abstention_precision(self) -> float:
        return self.true_abstain / self.predicted_abstain if self.predicted_abstain else 1.0

    @property
    def permissive_rate(self) -> float:
        return self.permissive / self.hati_hati_labels if self.hati_hati_labels else 0.0

    def reliability(self) -> tuple[list[tuple[str, int, float, float]], float]:
        """(bin label, count, mean confidence, accuracy) per bin, and the expected calibration error."""
        rows, ece, n = [], 0.0, len(self.answered)
        for lo, hi in zip(RELIABILITY_BINS, RELIABILITY_BINS[1:]):
            inside = [(c, ok) for c, ok in self.answered if lo <= c < hi]
            if not inside:
                continue
            conf = sum(c for c, _ in inside) / len(inside)
            acc = sum(ok for _, ok in inside) / len(inside)
            ece += len(inside) / n * abs(conf - acc)
            rows.append((f"{lo:.2f}-{min(hi, 1.0):.2f}", len(inside), conf, acc))
        return rows, ece

    def kept_line(self, clean: EvalReport) -> str:
        """How many answers to the questions with typos kept the verdict of the clean ones."""
        kept = sum(a == b for a, b in zip(self.verdicts, clean.verdicts))
        share = kept / len(clean.verdicts) if clean.verdicts else 0.0
        return f"verdict kept with typos: {share:.1%} ({kept}/{len(clean.verdicts)})"

    def confusion_lines(self) -> list[str]:
        """Label (rows) against the verdict given (columns), in scope: where the wrong verdicts go."""
        order = ["dilarang", "hati-hati", "boleh", "info", "tidak-tahu"]
        seen = {v for pair in self.confusion for v in pair}
        cols = [v for v in order if v in seen] + sorted(seen - set(order))
        rows = [v for v in cols if any(lab == v for lab, _ in self.confusion)]
        lines = ["in-scope labels (rows) against verdicts given (columns):",
                 "  " + " " * 11 + "".join(f"{c:>11}" for c in cols)]
        for lab in rows:
            lines.append(f"  {lab:<11}" + "".join(f"{self.confusion.get((lab, c), 0):>11}" for c in cols))
        return lines

    def summary(self, items: bool = True) -> str:
        lines = [
            f"questions: {self.total} ({self.in_scope} in scope, {self.out_of_scope} out of scope/adversarial)",
            f"verdict accuracy (in scope): {self.verdict_accuracy:.1%} ({self.verdict_correct}/{self.in_scope})",
            f"citation accuracy (in scope): {self.citation_accuracy:.1%} ({self.citation_correct}/{self.in_scope})",
            f"abstention recall (out of scope abstained): {self.abstention_recall:.1%} ({self.oos_abstained}/{self.out_of_scope})",
            f"abstention precision: {self.abstention_precision:.1%} ({self.true_abstain}/{self.predicted_abstain})",
            f"suggestions offered instead of an answer: {self.suggested}",
            f"answered with a wrong verdict (in scope): {self.wrong_answer_rate:.1%}",
            f"DANGEROUS errors (answered 'boleh' where the label is 'dilarang'): {self.dangerous}",
            f"permissive errors (answered 'boleh' where the label is 'hati-hati'): {self.permissive_rate:.1%} "
            f"({self.permissive}/{self.hati_hati_labels})",
        ]
        if self.confusion:
            lines.extend(self.confusion_lines())
        if self.categories:
            lines.append("per category (verdict right, or abstained where out of scope):")
            for name in sorted(self.categories):
                lines.append(f"  {name:<14} {self.categories[name]}")
        rows, ece = self.reliability()
        if rows:
            lines.append(f"reliability of answered in-scope verdicts (expected calibration error {ece:.3f}):")
            lines.append("  confidence   n   mean conf  accuracy")
            for label, n, conf, acc in rows:
                lines.append(f"  {label:<10} {n:>4}   {conf:8.2f}  {acc:8.1%}")
        if self.misses and items:
            lines.append(f"misses ({len(self.misses)}):")
            for m in self.misses:
                lines.append(
                    f"  - [{m.why}] expected {m.expected}, got {m.got} ({m.faq_id or '-'}, {m.confidence:.2f}): {m.question}"
                )
        return "\n".join(lines)


LABELS = ("dilarang", "hati-hati", "boleh", "info", "tidak-tahu")  # tidak-tahu: out of scope


def load_questions(path: str | Path) -> list[dict]:
    items = yamlfast.safe_load(Path(path).read_text("utf-8"))
    if not isinstance(items, list):
        raise ValueError(f"{path}: isinya harus daftar soal")
    for i, it in enumerate(items):
        if not isinstance(it, dict) or "q" not in it or "verdict" not in it:
            raise ValueError(f"{path}: butir {i + 1} perlu 'q' dan 'verdict'")
        if str(it["verdict"]) not in LABELS:
            raise ValueError(f"{path}: butir {i + 1} berlabel {it['verdict']!r}; pakai salah satu dari {', '.join(LABELS)}")
    return items


def with_typos(items: list[dict], seed: int, rate: float = 0.3) -> list[dict]:
    """The same items, each question with typing slips (seeded per file, reproducible)."""
    rng = random.Random(seed)
    return [{**it, "q": add_typos(str(it["q"]), rng, rate)} for it in items]


def run(kb: KnowledgeBase, items: list[dict]) -> EvalReport:
    r = EvalReport()
    for it in items:
        q, expected = str(it["q"]), str(it["verdict"])
        expected_keys = set(it.get("citations") or [])
        a = kb.ask(q)
        r.verdicts.append(str(a.verdict))
        category = str(it.get("category") or it.get("kind") or "uncategorised")
        tally = r.categories.setdefault(category, Tally())
        r.total += 1
        abstained = a.outcome == Outcome.ABSTAINED
        r.predicted_abstain += abstained
        r.suggested += a.outcome == Outcome.SUGGESTED
        if expected == "tidak-tahu":
            r.out_of_scope += 1
            r.oos_abstained += abstained
            r.true_abstain += abstained
            tally.add(abstained)
            if not abstained:
                r.misses.append(Miss(q, expected, a.verdict, a.faq_id, a.confidence,
                                     "answered out of scope" if a.faq_id else "suggested out of scope"))
            continue
        r.in_scope += 1
        ok = a.verdict == expected
        given = str(a.verdict) if a.outcome == Outcome.ANSWERED else "tidak-tahu"
        r.confusion[(expected, given)] = r.confusion.get((expected, given), 0) + 1
        r.verdict_correct += ok
        tally.add(ok)
        if a.outcome == Outcome.ANSWERED:
            r.answered.append((float(a.confidence), ok))
        if expected == "hati-hati":
            r.hati_hati_labels += 1
            r.permissive += a.verdict == "boleh"
        cited = {c.key for c in a.citations}
        cite_ok = bool(cited & expected_keys) if expected_keys else ok
        r.citation_correct += cite_ok
        if a.verdict == "boleh" and expected == "dilarang":
            r.dangerous += 1
        if not ok:
            why = "DANGEROUS" if a.verdict == "boleh" and expected == "dilarang" else (
                "abstained" if abstained else "suggested" if a.outcome == Outcome.SUGGESTED else "wrong verdict")
            r.misses.append(Miss(q, expected, a.verdict, a.faq_id, a.confidence, why))
    return r
