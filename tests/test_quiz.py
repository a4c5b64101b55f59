"""Quizzes from the knowledge base: what a quiz may say (the generator), which entry
comes next (rotation), and that results are anonymous counts."""

from __future__ import annotations

import datetime as dt

import pytest

from netralbot.knowledge import quiz as quizgen
from netralbot.knowledge.store import open_db
from netralbot.knowledge.engine import KnowledgeBase
from netralbot.scheduler import quizzes, reminders, subscriptions

TODAY = dt.date(2026, 12, 1)


def all_quizzes(kb):
    made = [(e, quizgen.make(e, kb.provisions, TODAY)) for e in kb.entries.values()]
    return [(e, q) for e, q in made if q is not None]


def test_every_quiz_says_what_its_entry_says(kb):
    made = all_quizzes(kb)
    assert len(made) >= 60  # enough for eight weeks of daily quizzes without a repeat
    assert {q.verdict for _, q in made} == {"dilarang", "boleh", "hati-hati"}
    for entry, q in made:
        assert q.options == ("Dilarang", "Boleh", "Hati-hati")
        assert q.options[q.correct].lower() == entry.verdict == q.verdict
        assert q.question == " ".join(entry.question.split()) and 1 <= len(q.question) <= 300


def test_no_quiz_from_unverified_wording_or_a_future_or_info_entry(kb):
    made = {e.id for e, _ in all_quizzes(kb)}
    for entry in kb.entries.values():
        unverified = any(not kb.provisions[k].verified for k in entry.citations if k in kb.provisions)
        if unverified or entry.verdict == "info":
            assert entry.id not in made, entry.id
    assert any(any(not kb.provisions[k].verified for k in e.citations) for e in kb.entries.values())  # the rule bites
    entry = next(e for e, _ in all_quizzes(kb))
    future = entry.model_copy(update={"valid_from": TODAY + dt.timedelta(days=1)})
    assert quizgen.make(future, kb.provisions, TODAY) is None
    assert quizgen.make(entry, kb.provisions, TODAY) is not None


def test_explanation_is_short_and_names_a_provision(kb):
    for entry, q in all_quizzes(kb):
        assert len(q.explanation) <= 200 and q.explanation.count("\n") <= 2
        named = [f"{kb.provisions[k].regulation} {kb.provisions[k].article}" for k in entry.citations
                 if kb.provisions[k].article]
        assert any(label in q.explanation for label in named), q.explanation
        assert q.explanation.startswith(q.options[q.correct])


def test_rotation_never_repeats_an_entry_to_an_audience_and_favours_what_people_get_wrong(kb):
    entries = list(kb.entries.values())
    ids = [e.id for e, _ in all_quizzes(kb)]
    first = quizgen.choose(entries, kb.provisions, TODAY, recent=set(), results={}, stages=set(), seed="a")
    assert first is not None
    again = quizgen.choose(entries, kb.provisions, TODAY, recent={first.faq_id}, results={}, stages=set(), seed="a")
    assert again.faq_id != first.faq_id
    hard = ids[-1]  # answered wrong by 9 of 10 people
    results = {hard: (9, 10), **{i: (0, 10) for i in ids[:5]}}
    assert quizgen.choose(entries, kb.provisions, TODAY, recent=set(), results=results, stages=set()).faq_id == hard
    assert quizgen.choose(entries, kb.provisions, TODAY, recent=set(ids), results={}, stages=set()) is None


def test_the_current_election_stage_is_favoured(kb):
    usable = [e for e, _ in all_quizzes(kb)]
    phase, stage = next((p, st) for p, st in quizgen.PHASE_STAGES.items()
                        if any(e.frame and st in e.frame.stage for e in usable))
    staged = {e.id for e in usable if e.frame and stage in e.frame.stage}
    assert len(staged) < len(usable)
    for seed in ("x", "y", "z"):
        q = quizgen.choose(list(kb.entries.values()), kb.provisions, TODAY, recent=set(), results={},
                           stages=quizgen.stages_of([phase]), seed=seed)
        assert q.faq_id in staged


@pytest.fixture()
def own_kb(db_path):
    return KnowledgeBase.open(db_path)


def test_stored_quizzes_rotate_per_audience_for_eight_weeks(own_kb):
    db = own_kb.db
    wib, wita = {"timezone": "Asia/Jakarta"}, {"timezone": "Asia/Makassar"}
    seen = []
    for day in range(56):
        qid = quizzes.create(db, own_kb, wib, TODAY + dt.timedelta(days=day), [], seed=str(day))
        seen.append(quizzes.get(db, qid).faq_id)
    assert len(set(seen)) == 56  # eight weeks, no entry twice
    other = quizzes.get(db, quizzes.create(db, own_kb, wita, TODAY, [], seed="0")).faq_id
    assert other == seen[0]  # another audience is not held back by this one's history


def test_results_are_anonymous_counts_per_quiz_and_option(own_kb):
    db = own_kb.db
    qid = quizzes.create(db, own_kb, {"timezone": "Asia/Jakarta"}, TODAY, [])
    q = quizzes.get(db, qid)
    quizzes.remember_poll(db, "poll-A", qid)
    quizzes.remember_poll(db, "poll-B", qid)
    assert quizzes.record_poll(db, "poll-A", [1, 0, 0])
    assert quizzes.record_poll(db, "poll-A", [3, 1, 0])  # later totals replace earlier ones
    assert quizzes.record_poll(db, "poll-B", [0, 0, 2])
    assert not quizzes.record_poll(db, "poll-unknown", [5, 5, 5])  # not our poll: ignored
    assert quizzes.record_tap(db, qid, q.correct)
    assert not quizzes.record_tap(db, qid, 7)
    counts = quizzes.option_counts(db, qid)
    expected = [3, 1, 2]
    expected[q.correct] += 1
    assert counts == expected
    # nothing about who answered is stored: no column for a person in the result tables
    for table in (quizzes.POLLS, quizzes.TAPS, quizzes.QUIZZES):
        assert not {"user_id", "chat_id", "channel"} & set(db[table].columns_dict)
    stats = quizzes.stats(db)
    (entry,) = [e for e in stats.entries if e.faq_id == q.faq_id]
    assert entry.answered == 7 and entry.correct == expected[q.correct]
    text = stats.text()
    assert f"{q.faq_id}: {entry.correct / 7:.0%} benar dari 7 jawaban" in text and "Tren per minggu" in text


def test_a_quiz_reminder_queues_one_quiz_per_occurrence(own_kb):
    db = own_kb.db
    subscriptions.subscribe(db, "telegram", "424242")
    rem = reminders.add(db, quiz=True, cron="0 7 * * *", segment={"timezone": "Asia/Jakarta"},
                        now=dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    assert rem.quiz and not rem.tips and rem.text is None
    when = dt.datetime(2026, 12, 1, 0, 0, tzinfo=dt.timezone.utc)  # 07:00 WIB
    maker = quizzes.quiz_maker(own_kb)
    bid = reminders.fire(db, rem, "Asia/Jakarta", when, quiz_for=maker)
    assert bid and reminders.fire(db, rem, "Asia/Jakarta", when, quiz_for=maker) is None  # once
    b = db["broadcasts"].get(bid)
    q = quizzes.get(db, b["quiz_id"])
    assert q.question in b["text"] and "kuis" in b["text"]
    with pytest.raises(reminders.ReminderError):
        reminders.add(db, quiz=True, text="x", cron="0 7 * * *")


def test_cli_adds_a_quiz_reminder_and_shows_quiz_stats(db_path, capsys):
    from netralbot.bot.cli import main

    assert main(["--db", str(db_path), "reminders", "add", "--quiz", "--daily", "07:00", "--segment",
                 "timezone=WITA"]) == 0
    out = capsys.readouterr()
    assert "kuis netralitas" in out.err
    db = open_db(db_path)
    (rem,) = [r for r in reminders.all_reminders(db) if r.quiz]
    assert rem.segment == {"timezone": "Asia/Makassar"} and rem.cron == "0 7 * * *"
    assert "(kuis)" in db.execute("select detail from audit_log order by id desc limit 1").fetchone()[0]
    with pytest.raises(SystemExit) as refused:  # --quiz, --tips and --text exclude each other
        main(["--db", str(db_path), "reminders", "add", "--quiz", "--tips", "--daily", "07:00"])
    assert refused.value.code == 2
    capsys.readouterr()
    assert main(["--db", str(db_path), "stats", "--quiz"]) == 0
    assert "Kuis netralitas" in capsys.readouterr().out


def test_hr_creates_a_quiz_reminder_in_chat(db_path):
    from netralbot.handlers.access import Access
    from netralbot.handlers.conversation import Conversation
    from netralbot.handlers.messages import Inbound

    kb = KnowledgeBase.open(db_path)
    conv = Conversation(kb, Access(kb.db, "telegram:5"))

    def say(text=None, callback=None):
        return conv.handle(Inbound(text=text, callback=callback, channel="telegram", user_id="5", chat_id="5"))

    [listing] = say("/pengingat")
    [ask] = say(callback="hr:new")
    assert "*kuis*" in ask.text
    [kind] = say("kuis")
    weekly = next(b.data for row in kind.buttons for b in row if b.label == "Setiap minggu")
    [day] = say(callback=weekly)
    [when] = say(callback=next(b.data for row in day.buttons for b in row if b.label == "Senin"))
    [segment] = say("07:30")
    [preview] = say(callback=next(b.data for row in segment.buttons for b in row if b.label == "Hanya WITA"))
    assert "kuis netralitas" in preview.text
    [saved] = say(callback="dlg:ok")
    assert "disimpan" in saved.text
    (rem,) = [r for r in reminders.all_reminders(kb.db) if r.quiz]
    assert rem.cron == "30 7 * * mon" and rem.segment == {"timezone": "Asia/Makassar"} and rem.text is None
    assert "kuis netralitas" in say("/pengingat")[0].text
    audit = kb.db.execute("select actor, action, detail from audit_log order by id desc limit 1").fetchone()
    assert audit == ("telegram:5", "reminder.create", "setiap Senin pukul 07:30 (kuis)")
