"""The evaluation set (tests/eval/questions.yaml) must meet the release targets.

The set was written independently of the FAQ phrasings; it measures generalisation.
"""

from pathlib import Path

import pytest

from knowledge.evaluate import load_questions, run

EVAL = Path(__file__).parent / "eval" / "questions.yaml"


@pytest.fixture(scope="module")
def report(kb):
    return run(kb, load_questions(EVAL))


def test_eval_set_shape():
    items = load_questions(EVAL)
    assert len(items) >= 150
    assert sum(1 for i in items if i["verdict"] == "tidak-tahu") >= 25


def test_no_dangerous_errors(report):
    assert report.dangerous == 0, report.summary()


def test_verdict_accuracy(report):
    # The target. Measured 2026-11-22: 90.4% right, 2.7% "Maksud Anda…"
    # suggestions, 6.4% wrong verdict.
    assert report.verdict_accuracy >= 0.90, report.summary()
    assert report.wrong_answer_rate <= 0.08, report.summary()


def test_out_of_scope_abstention(report):
    assert report.abstention_recall >= 0.90, report.summary()
