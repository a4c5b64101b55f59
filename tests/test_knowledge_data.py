"""The shipped knowledge base: valid, complete, and faithful to the legal reference."""

import re
from collections import Counter
from pathlib import Path

import pytest

from knowledge.loader import load_seed
from knowledge.validate import check

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "regulasi.md"


@pytest.fixture(scope="module")
def seed():
    return load_seed()


def test_shipped_kb_has_no_errors(seed):
    errors, _ = check(seed.regulations, seed.provisions, seed.entries)
    assert seed.errors == [] and errors == []


def test_size_and_shape(seed):
    assert len(seed.entries) >= 80
    assert all(len(e.phrasings) >= 6 for e in seed.entries)
    assert {e.verdict for e in seed.entries} == {"dilarang", "boleh", "hati-hati", "info"}
    assert all(e.conditions for e in seed.entries if e.verdict == "hati-hati")


def test_every_violation_form_and_every_pp94_number_is_covered(seed):
    main = Counter(e.citations[0] for e in seed.entries)
    cited = Counter(c for e in seed.entries for c in e.citations)
    skb = [f"SKB-2022/L2/KE-{i}" for i in range(1, 8)] + [f"SKB-2022/L2/D-{i}" for i in range(1, 14)]
    pp94 = [f"PP-94-2021/5n/{i}" for i in range(1, 8)]
    missing = [k for k in skb + pp94 if not cited[k]]
    assert missing == []
    not_main = [k for k in pp94 if not main[k]]
    assert not_main == [], "each number of PP 94/2021 Pasal 5 huruf n answers its own question"


def test_topics_the_issue_names_are_covered(seed):
    topics = Counter(e.topic for e in seed.entries)
    for t in ("media-sosial", "partai-politik", "pencalonan", "keluarga", "hak-pilih-petugas",
              "sanksi", "pelaporan", "cakupan"):
        assert topics[t] >= 1, t
    text = " ".join(e.question + " " + e.answer for e in seed.entries).lower()
    for needle in ("pppk", "sbt", "sp4n", "bawaslu", "tidak sengaja", "cltn"):
        assert needle in text, needle


def test_nobody_is_sent_to_kasn(seed):
    for e in seed.entries:
        for field in (e.answer, e.sanction, *e.conditions):
            if "KASN" in field:
                assert re.search(r"bubar|dihapus|tidak lagi|beralih|dialihkan", field), e.id


@pytest.mark.skipif(not REFERENCE.exists(), reason="legal reference not beside the checkout")
def test_verbatim_wording_is_exactly_the_reference(seed):
    ref = REFERENCE.read_text("utf-8")
    quoted = "\n".join(ln[2:] if ln.startswith("> ") else ln[1:] for ln in ref.splitlines() if ln.startswith(">"))
    keys = set(re.findall(r"^#{3,5} `([^`]+)`", ref, re.M))
    for p in seed.provisions:
        assert p.key in keys or p.key == "UU-20-2023/24/2", f"{p.key} is not a key of the reference"
        if p.wording == "verbatim":
            for line in p.text.split("\n"):
                assert line in quoted, f"{p.key}: wording not found in the reference: {line[:80]}"
    assert keys - {p.key for p in seed.provisions} == set(), "every provision of the reference is in the KB"


def test_unverified_wording_is_flagged(seed):
    by_key = {p.key: p for p in seed.provisions}
    for key in ("PP-94-2021/13/g", "PP-94-2021/14/i"):
        assert by_key[key].verified is False
    assert by_key["UU-5-2014/9/2"].status == "superseded"
