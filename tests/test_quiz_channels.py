"""A quiz reminder end to end: `netralbot run`'s runtime fires it, Telegram gets a
native quiz poll (fake Bot API), WhatsApp gets reply buttons (fake Graph API), and
the answers come back as anonymous counts. Nothing of ours is mocked."""

from __future__ import annotations

import datetime as dt
import html
from zoneinfo import ZoneInfo

from netralbot.bot.config import Settings
from netralbot.knowledge.store import open_db
from netralbot.scheduler import quizzes, reminders, subscriptions

from fakes.fake_graph import FakeGraph
from fakes.runtime_runner import running_runtime
from test_whatsapp import SECRET, VERIFY, WhatsAppUser, body_of, choices

WIB = ZoneInfo("Asia/Jakarta")


def quiz_due_in(db, seconds: float, **segment) -> reminders.Reminder:
    """A quiz reminder whose one run is ``seconds`` from now (WIB local time)."""
    at = (dt.datetime.now(WIB) + dt.timedelta(seconds=seconds)).replace(tzinfo=None)
    return reminders.add(db, quiz=True, at=at.isoformat(sep=" ", timespec="seconds"),
                         segment={"timezone": "Asia/Jakarta", **segment})


def test_a_quiz_reminder_arrives_as_a_telegram_quiz_poll_and_votes_are_counted(fake, db_path):
    db = open_db(db_path)
    chat = 880001
    subscriptions.subscribe(db, "telegram", str(chat))
    subscriptions.set_profile(db, "telegram", str(chat), province="DKI Jakarta")
    quiz_due_in(db, 4)
    settings = Settings(telegram_bot_token=fake.token, telegram_api_base_url=fake.base_url,
                        netralbot_superadmins="", netralbot_http_port=0)
    with running_runtime(settings, db_path):
        call = fake.wait_for(lambda f: [c for c in f.calls if c.method == "sendPoll" and c.status == 200],
                             timeout=20)[0]
        p = call.params
        assert p["chat_id"] == chat and p["type"] == "quiz"
        assert [o["text"] if isinstance(o, dict) else o for o in p["options"]] == ["Dilarang", "Boleh", "Hati-hati"]
        qid = db.execute("select quiz_id from broadcasts where quiz_id is not null").fetchone()[0]
        q = quizzes.get(db, qid)
        entry_verdict = db.execute("select verdict from faq where id = ?", [q.faq_id]).fetchone()[0]
        assert p["correct_option_ids"] == [q.correct] and q.options[q.correct].lower() == entry_verdict
        assert p["question"] == q.question and p["explanation"] == q.explanation and len(p["explanation"]) <= 200
        button = p["reply_markup"]["inline_keyboard"][0][0]
        assert button["callback_data"] == f"qa:{q.faq_id}"

        poll_id = fake.sent(chat)[-1]["poll"]["id"]
        wrong = (q.correct + 1) % 3
        for option in (q.correct, q.correct, wrong):
            fake.vote(poll_id, option)
        expected = [0, 0, 0]
        expected[q.correct], expected[wrong] = 2, 1
        fake.wait_for(lambda f: quizzes.option_counts(db, qid) == expected, timeout=10)

        fake.push_callback(button["callback_data"], chat_id=chat, user_id=chat)  # the full answer
        full = fake.wait_for(lambda f: [m for m in f.sent(chat) if "Dasar hukum" in m.get("text", "")])[0]
        assert html.escape(q.question) in full["text"]  # Telegram text is HTML

        stats = quizzes.stats(db)
        (row,) = [e for e in stats.entries if e.faq_id == q.faq_id]
        assert (row.correct, row.answered) == (2, 3) and "67% benar dari 3 jawaban" in stats.text()
    # the only record of the vote is Telegram's totals: no chat or user id beside a poll
    assert db.execute("select count(*) from quiz_polls where poll_id = ?", [poll_id]).fetchone()[0] == 1
    assert not {"chat_id", "user_id"} & set(db["quiz_polls"].columns_dict)


def wa_settings(graph) -> Settings:
    return Settings(whatsapp_token=graph.token, whatsapp_phone_number_id=graph.phone_number_id,
                    whatsapp_app_secret=SECRET, whatsapp_verify_token=VERIFY, whatsapp_api_base_url=graph.base_url,
                    whatsapp_template_name="pengingat_netralitas", netralbot_http_port=0)


def test_a_quiz_reminder_arrives_as_whatsapp_buttons_and_taps_are_counted_once(db_path):
    graph = FakeGraph().start()
    try:
        db = open_db(db_path)
        inside, outside = "6281700000001", "6281700000002"
        for who in (inside, outside):
            subscriptions.subscribe(db, "whatsapp", who)
        subscriptions.touch(db, "whatsapp", inside)
        graph.user_wrote(inside)
        quiz_due_in(db, 4)
        with running_runtime(wa_settings(graph), db_path) as runtime:
            [question] = graph.wait_to(inside, 1, timeout=20)
            qid = db.execute("select quiz_id from broadcasts where quiz_id is not null").fetchone()[0]
            q = quizzes.get(db, qid)
            assert question["type"] == "interactive" and q.question in body_of(question)
            assert [t for t, _ in choices(question)] == ["Dilarang", "Boleh", "Hati-hati"]
            # outside the 24-hour window only the template may go: it asks for "kuis"
            [template] = graph.wait_to(outside, 1, timeout=20)
            param = template["template"]["components"][0]["parameters"][0]["text"]
            assert template["type"] == "template" and q.question in param and "kuis" in param

            user = WhatsAppUser(runtime, graph, inside)
            right = next(i for t, i in choices(question) if t == q.options[q.correct])
            [reply] = user.tap(right)
            assert "Benar" in body_of(reply) and q.explanation in body_of(reply)
            assert choices(reply) == [("📖 Jawaban lengkap", f"qa:{q.faq_id}")]
            [again] = user.tap(right)  # a second tap on the same quiz is not counted again
            assert "sudah tercatat" in body_of(again)
            wrong_id = next(i for t, i in choices(question) if t != q.options[q.correct])
            [late] = user.tap(wrong_id)
            assert "sudah tercatat" in body_of(late)
            counts = quizzes.option_counts(db, qid)
            assert sum(counts) == 1 and counts[q.correct] == 1

            # the person outside the window writes "kuis" and gets the same quiz as buttons
            other = WhatsAppUser(runtime, graph, outside)
            [buttons] = other.say("kuis")
            assert q.question in body_of(buttons) and len(choices(buttons)) == 3
            wrong = next(i for t, i in choices(buttons) if t != q.options[q.correct])
            [reply] = other.tap(wrong)
            assert "Belum tepat" in body_of(reply) and q.options[q.correct] in body_of(reply)
            assert sum(quizzes.option_counts(db, qid)) == 2
            full = other.tap(f"qa:{q.faq_id}")  # the entry's answer (a long one comes as text, then choices)
            assert "Dasar hukum" in body_of(full[0]) and q.question in body_of(full[0])
        assert not {"chat_id", "user_id"} & set(db["quiz_taps"].columns_dict)
    finally:
        graph.stop()


def test_hr_sees_quiz_percentages_in_chat_but_not_the_admin_insight(db_path):
    from netralbot.handlers.access import Access
    from netralbot.handlers.conversation import Conversation
    from netralbot.handlers.messages import Inbound
    from netralbot.knowledge.engine import KnowledgeBase

    own = KnowledgeBase.open(db_path)
    qid = quizzes.create(own.db, own, {"timezone": "Asia/Jakarta"}, dt.date.today(), [])
    q = quizzes.get(own.db, qid)
    quizzes.record_tap(own.db, qid, q.correct)
    quizzes.record_tap(own.db, qid, (q.correct + 1) % 3)
    access = Access(own.db, "telegram:1")
    access.grant("telegram", "77", "hr", "telegram:1")
    conv = Conversation(own, access)
    [hr] = conv.handle(Inbound(text="/statistik", channel="telegram", user_id="77", chat_id="77"))
    assert f"{q.faq_id}: 50% benar dari 2 jawaban" in hr.text and "belum terjawab" not in hr.text
    admin = conv.handle(Inbound(text="/statistik", channel="telegram", user_id="1", chat_id="1"))
    assert "Statistik anonim" in admin[0].text and "50% benar" in admin[1].text
    [nobody] = conv.handle(Inbound(text="/statistik", channel="telegram", user_id="99", chat_id="99"))
    assert "⛔" in nobody.text
