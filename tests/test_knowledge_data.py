"""The shipped knowledge base: valid, complete, and faithful to the legal reference."""

import re
from collections import Counter
from pathlib import Path

import pytest

from netralbot.knowledge.loader import load_seed
from netralbot.knowledge.validate import check

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "regulasi.md"


@pytest.fixture(scope="module")
def seed():
    return load_seed()


def test_shipped_kb_has_no_errors(seed):
    errors, warnings = check(seed.regulations, seed.provisions, seed.entries, seed.statements)
    assert seed.errors == [] and errors == []
    assert not [w for w in warnings if "frame" in w], "every entry declares the situation it answers"


def test_size_and_shape(seed):
    # issue 10: >= 200 entries, >= 50 of them "boleh", each with >= 8 phrasings
    assert len(seed.entries) >= 200
    assert sum(e.verdict == "boleh" for e in seed.entries) >= 50
    assert all(len(e.phrasings) >= 8 for e in seed.entries)
    assert all(e.frame is not None for e in seed.entries)
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


def test_every_allowed_entry_points_to_its_forbidden_neighbour_and_back(seed):
    by_id = {e.id: e for e in seed.entries}
    lonely = [
        e.id for e in seed.entries if e.verdict == "boleh" and not any(
            r in by_id and by_id[r].verdict in ("dilarang", "hati-hati") and e.id in by_id[r].related
            for r in e.related)
    ]
    assert lonely == []


def test_entries_outside_the_asn_rules_never_carry_asn_discipline(seed):
    outside = {"pensiunan", "honorer", "kepala-desa", "perangkat-desa", "tni-polri", "bumn"}
    for e in seed.entries:
        actors = set(e.frame.actor)
        if actors and actors <= outside:
            assert "PP 94/2021 Pasal 8" not in e.sanction, e.id
            assert not any(c.startswith("PP-94-2021/") for c in e.citations[:1]), e.id


def test_statements_are_statements_and_entries_cite_real_ones(seed):
    ids = {st.id for st in seed.statements}
    assert len(ids) == len(seed.statements) >= 20
    for st in seed.statements:
        assert st.who and st.agency and st.quote and st.summary
        if st.verification == "2 sources":
            assert st.also_reported_by, st.id
    cited = {sid for e in seed.entries for sid in e.statements}
    assert cited and cited <= ids


def test_kb_review_corrections_are_in_place(seed):
    by_id = {e.id: e for e in seed.entries}
    by_key = {p.key: p for p in seed.provisions}
    assert by_id["partai-mundur-dulu-dari-pns"].verdict == "info"
    assert "PP-94-2021/8" not in by_id["sanksi-atasan-membiarkan"].citations
    assert "UU-10-2016/70/1/b" in by_id["kampanye-jadi-juru-kampanye"].citations
    assert by_key["SE-MENPANRB-B71-2017"].status == "superseded"
    for eid in ("pencalonan-dekati-partai-tanpa-cltn", "pencalonan-baliho-diri-sendiri",
                "pencalonan-galang-dukungan-diri-tanpa-cltn", "pencalonan-kumpulkan-ktp-calon-perseorangan"):
        assert "PPPK" in by_id[eid].sanction, eid
    for eid in ("kampanye-dukung-aktif-deklarasi-bakal-calon", "kampanye-hadir-deklarasi-bakal-calon-undangan"):
        text = " ".join([by_id[eid].answer, by_id[eid].sanction, *by_id[eid].conditions]).lower()
        assert "secara aktif" in text and "terverifikasi" in text, eid
    for eid in ("kampanye-hadir-pasif", "lapor-gowaslu", "umum-skb-2022-masih-berlaku",
                "cakupan-luar-jam-kerja-libur", "medsos-like-akun-calon", "kampanye-pembicara-acara-partai"):
        assert by_id[eid].valid_from.isoformat() >= "2022-09-22", eid
    for eid in ("umum-tekanan-atasan", "kegiatan-calon-datang-mendadak", "umum-percakapan-direkam-disebar",
                "sanksi-ptdh-uu-asn-vs-pp94", "kontras-like-follow-akun-partai", "kontras-share-berita-politik",
                "aktor-pppk-ikut-kampanye"):
        assert eid in by_id, eid


def test_answers_name_provisions_the_way_citations_do():
    # "butir D-6", "KE-4" or a raw key in prose, next to a citation that says
    # "SKB 2022 Lampiran II huruf B angka 6", leaves the reader two names for one rule
    import re

    from netralbot.knowledge.loader import load_seed

    internal = re.compile(r"(?<![/\w-])(?:KE|D)-\d+|\bbutir (?:KE|D)-|SKB-2022/L2/")
    for e in load_seed().entries:
        for field, text in (("answer", e.answer), ("sanction", e.sanction or ""), *(("condition", c) for c in e.conditions),
                            *(("step", s) for s in e.steps)):
            assert not internal.search(text), (e.id, field, internal.search(text)[0])


def test_no_file_names_a_path_of_one_machine():
    # references are relative to the repository ("../shared/reference/regulasi.md")
    import subprocess

    root = Path(__file__).resolve().parent.parent
    files = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True).stdout.split()
    if not files:
        pytest.skip("not a git checkout")
    for name in files:
        if name.endswith((".py", ".md", ".toml", ".sh", ".yaml", ".yml", ".txt")) and not name.endswith(
                ("sealed.yaml", "holdout.yaml")) and (root / name).exists():
            text = (root / name).read_text("utf-8", errors="replace")
            assert "/" + "work/" not in text and "/" + "home/" not in text, name


def test_no_knowledge_module_binds_one_top_level_name_twice():
    """A second regex of an existing name silently replaces the first (it happened twice with patterns hundreds of
    lines apart: `_NOT_RUNNING`, `_AGAINST_MONEY_POLITICS`); module-level names are bound once."""
    import ast

    root = Path(__file__).resolve().parents[1] / "knowledge"
    twice = {}
    for path in sorted(root.glob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            for t in targets:
                if isinstance(t, ast.Name):
                    seen[t.id] = seen.get(t.id, 0) + 1
        twice.update({f"{path.name}:{name}": n for name, n in seen.items() if n > 1})
    assert twice == {}
