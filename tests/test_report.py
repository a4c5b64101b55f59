"""/lapor: the guided report of a violation someone saw. It ends with the right
channels and a draft, /batal works at every step, and nothing of the report is
stored (only an anonymous count)."""

from __future__ import annotations

import re
import sqlite3

import pytest

from netralbot.handlers.conversation import Conversation
from netralbot.handlers.messages import Inbound
from netralbot.handlers.report import CANCELLED
from netralbot.knowledge.engine import KnowledgeBase

from fakes.fake_graph import FakeGraph
from fakes.runtime_runner import running_runtime

SECRET_PLACE = "lapangan Zyxwvut pukul 10.17"  # a detail that must never reach the database


@pytest.fixture()
def own(db_path):
    kb = KnowledgeBase.open(db_path)
    return kb, Conversation(kb)


def say(conv, text=None, callback=None, user="9001", **kw):
    return conv.handle(Inbound(text=text, callback=callback, chat_id=user, user_id=user, channel="telegram", **kw))


def pick(replies, label_part: str) -> str:
    for r in replies:
        for row in r.buttons:
            for b in row:
                if label_part.lower() in b.label.lower():
                    return b.data
    raise AssertionError(f"no button with {label_part!r} in {[b.label for r in replies for row in r.buttons for b in row]}")


def guided_reports(db) -> int:
    row = db.execute("select coalesce(sum(n), 0) from stats_daily where outcome = 'guided-report'").fetchone()
    return row[0]


def run_form(conv, who="ASN", level="Kabupaten", evidence="Tangkapan layar", user="9001"):
    r = say(conv, "/lapor", user=user)
    assert "tidak disimpan" in r[0].text
    r = say(conv, callback=pick(r, "Media sosial"), user=user)
    r = say(conv, callback=pick(r, "Memberi like pada unggahan akun calon"), user=user)
    r = say(conv, callback=pick(r, who), user=user)
    r = say(conv, callback=pick(r, level), user=user)
    assert "Kapan dan di mana" in r[0].text
    r = say(conv, SECRET_PLACE, user=user)
    return say(conv, callback=pick(r, evidence), user=user)


def test_a_report_ends_with_the_channels_evidence_advice_protections_and_a_draft(own, db_path):
    kb, conv = own
    before = guided_reports(kb.db)
    channels, evidence, protection, draft = (r.text for r in run_form(conv))
    assert "https://sbt.bkn.go.id" in channels and "SP4N-LAPOR!" in channels and "NIK/NIP terlapor" in channels
    assert "Bawaslu Kabupaten/Kota" in channels and "SIGAPLAPOR" in channels and "Inspektorat" in channels
    assert "URL" in evidence and "Jangan mengedit" in evidence and "saran praktis, bukan aturan" in evidence
    assert "tidak memuat ketentuan tentang perlindungan pelapor" in protection and "Gowaslu" in protection
    assert "Perihal: Laporan dugaan pelanggaran netralitas ASN" in draft
    assert "memberi like pada unggahan akun calon" in draft.lower() and SECRET_PLACE in draft
    assert "SKB 2022 Lampiran II huruf B angka 6" in draft  # the provision, named as the knowledge base names it
    assert guided_reports(kb.db) == before + 1
    # nothing of the report is in the database (main file and write-ahead log alike)
    kb.db.conn.commit()
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            assert SECRET_PLACE.encode() not in path.read_bytes()
    # and the form is closed: the next message is a question again
    assert say(conv, "boleh like postingan caleg?")[0].answer is not None


def test_every_link_the_report_gives_is_a_channel_of_the_reference(own):
    kb, conv = own
    text = "\n".join(r.text for r in run_form(conv, user="9002"))
    kanal = " ".join(p.text for k, p in kb.provisions.items() if k.startswith("KANAL/"))
    urls = set(re.findall(r"https?://[^\s)]+", text))
    assert urls and all(u.rstrip(".,;") in kanal for u in urls)


def test_a_report_about_someone_who_is_not_asn_goes_to_bawaslu(own):
    kb, conv = own
    channels = run_form(conv, who="Bukan ASN", level="Kecamatan", user="9003")[0].text
    assert "Panwaslu Kecamatan" in channels and not channels.splitlines()[1].startswith("• *BKN")


@pytest.mark.parametrize("steps", range(6))
def test_batal_works_at_every_step(own, steps):
    kb, conv = own
    user = f"91{steps}"
    r = say(conv, "/lapor", user=user)
    answers = [lambda r: ("cb", pick(r, "Spanduk")),
               lambda r: ("cb", pick(r, "rumah")), lambda r: ("cb", pick(r, "Tidak tahu")),
               lambda r: ("cb", pick(r, "Provinsi")), lambda r: ("text", "lewati"), None]
    for step in range(steps):
        kind, value = answers[step](r)
        r = say(conv, callback=value, user=user) if kind == "cb" else say(conv, value, user=user)
    if steps == 5:  # at the last step: the evidence question
        assert "Bukti apa" in r[0].text
    before = guided_reports(kb.db)
    assert say(conv, "/batal", user=user)[0].text == CANCELLED
    assert guided_reports(kb.db) == before  # a cancelled report is not counted
    after = say(conv, "boleh pasang spanduk caleg di pagar rumah?", user=user)
    assert after[0].answer is not None  # not taken as an answer to the form


def test_someone_who_did_it_by_accident_gets_the_entry_with_its_steps(own):
    kb, conv = own
    r = say(conv, "/lapor", user="9004")
    r = say(conv, callback=pick(r, "Media sosial"), user="9004")
    r = say(conv, callback=pick(r, "Memberi like pada unggahan akun calon"), user="9004")
    before = guided_reports(kb.db)
    r = say(conv, callback=pick(r, "Saya sendiri"), user="9004")
    assert "bukan untuk dilaporkan" in r[0].text
    answer = r[1].answer
    assert answer.faq_id == "medsos-tidak-sengaja" and answer.steps
    assert guided_reports(kb.db) == before
    assert say(conv, "boleh like postingan caleg?", user="9004")[0].answer is not None  # the form is closed


def test_in_a_group_the_report_is_sent_to_a_private_chat(own):
    kb, conv = own
    [r] = say(conv, "/lapor", is_group=True, chat_kind="group")
    assert "chat pribadi" in r.text and not r.buttons


def test_a_stale_report_button_changes_nothing(own):
    kb, conv = own
    [r] = say(conv, callback="lp:3", user="9005")
    assert r.notice and "berakhir" in r.notice


# --- over the real protocols ---------------------------------------------------------------

def test_lapor_on_telegram_ends_with_a_draft_and_the_channels(fake, db_path):
    from test_telegram import buttons as buttons_of

    from fakes.bot_runner import running_bot

    chat = 930001
    with running_bot(fake, db_path):
        fake.push_message("/lapor", chat_id=chat, user_id=chat)
        first = fake.wait_sent(1, chat_id=chat)[-1]

        def tap(msg, part):
            n = len(fake.sent(chat))
            fake.push_callback(next(d for label, d in buttons_of(msg) if part.lower() in label.lower()),
                               chat_id=chat, user_id=chat)
            return fake.wait_sent(n + 1, chat_id=chat)[-1]

        m = tap(first, "Spanduk dan alat peraga")
        m = tap(m, "di rumah")
        m = tap(m, "ASN (PNS/PPPK)")
        m = tap(m, "Kabupaten")
        fake.push_message("Senin lalu di pagar rumah dinas", chat_id=chat, user_id=chat)
        m = fake.wait_for(lambda f: [x for x in f.sent(chat) if "Bukti apa" in x["text"]])[-1]
        n = len(fake.sent(chat))
        fake.push_callback(next(d for label, d in buttons_of(m) if "Foto" in label), chat_id=chat, user_id=chat)
        final = fake.wait_sent(n + 4, chat_id=chat)[-4:]
    texts = [x["text"] for x in final]
    assert "sbt.bkn.go.id" in texts[0] and "SIGAPLAPOR" in texts[0]
    assert "Draf laporan" in texts[3] and "Senin lalu di pagar rumah dinas" in texts[3]
    assert "SKB 2022 Lampiran II huruf B angka 1" in texts[3]


def test_lapor_word_on_whatsapp_walks_through_the_form_and_batal_stops_it(db_path, tmp_path):
    from test_whatsapp import SECRET, VERIFY, WhatsAppUser, body_of, choices

    from netralbot.bot.config import Settings
    from netralbot.bot.flood import FloodLimit
    from netralbot.bot.whatsapp import LIST_ROWS_MAX
    from netralbot.handlers.report import Report

    # the acts come from the knowledge base, so how many lists of at most 10 rows they take is counted, not assumed:
    # waiting for fewer let the last list land in the next step's reply on a slow machine
    rows = len(Report(KnowledgeBase.open(tmp_path / "kb.db"))._acts("media-sosial"))
    lists = -(-rows // LIST_ROWS_MAX)

    graph = FakeGraph().start()
    try:
        settings = Settings(whatsapp_token=graph.token, whatsapp_phone_number_id=graph.phone_number_id,
                            whatsapp_app_secret=SECRET, whatsapp_verify_token=VERIFY,
                            whatsapp_api_base_url=graph.base_url, netralbot_http_port=0)
        # two forms in a row are more than the 8 messages per 30 s a person may send
        with running_runtime(settings, db_path, flood=FloodLimit(burst=40, window=30)) as runtime:
            user = WhatsAppUser(runtime, graph, "6281900000001")
            [topics] = user.say("lapor")
            assert topics["interactive"]["type"] == "list" and len(choices(topics)) <= 10
            [acts, *more] = user.tap(next(i for t, i in choices(topics) if t.startswith("Media")), kind="list_reply",
                                     n=lists)
            assert lists >= 2 and all(m["interactive"]["type"] == "list" for m in [acts, *more])
            all_acts = [c for m in [acts, *more] for c in choices(m)]
            like = next(i for t, i in all_acts if t.startswith("Memberi like pada ungg"))
            [who] = user.tap(like, kind="list_reply")
            assert "Siapa" in body_of(who)
            [stopped] = user.say("batal")
            assert body_of(stopped) == CANCELLED
            # an answer is two messages (the verdict, then its buttons): wait for both, or the second one
            # lands in the next step's reply on a slow machine
            answer = user.say("boleh like postingan caleg?", n=2)
            assert "DILARANG" in body_of(answer[0])  # a question again, not a step of the form

            [topics] = user.say("LAPOR")
            user.tap(next(i for t, i in choices(topics) if t == "Lainnya"), kind="list_reply")
            [level] = user.tap("lp:0", kind="list_reply")  # ASN
            [when] = user.tap("lp:2", kind="list_reply")  # kabupaten/kota
            assert "Kapan dan di mana" in body_of(when)
            [evidence] = user.say("lewati")
            result = user.tap("lp:3", n=4)  # witnesses
            bodies = [body_of(m) for m in result]
            assert "Bawaslu Kabupaten/Kota" in bodies[0] and "Draf laporan" in bodies[-1]
            assert "[uraikan singkat]" in bodies[-1] and "saksi" in bodies[-1]
        with sqlite3.connect(db_path) as c:
            assert c.execute("select sum(n) from stats_daily where outcome = 'guided-report'").fetchone()[0] >= 1
    finally:
        graph.stop()
