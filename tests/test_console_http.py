"""The web console over real HTTP: every security rule of issue 13, and the pages at work.

The console runs as `netralbot run` and `netralbot console` mount it (``/admin/`` on an
aiohttp server on 127.0.0.1); the client is httpx. Links come from the same function
/masuk uses, or from `netralbot console-link`.
"""

from __future__ import annotations

import re

import httpx
import pytest
from aiohttp import web

from netralbot.bot.web.app import CLIENT_MAX_SIZE, COOKIE, mount
from netralbot.handlers import console_login
from netralbot.handlers.access import Access
from netralbot.handlers.conversation import Conversation
from netralbot.handlers.messages import Inbound
from netralbot.knowledge import editing
from netralbot.knowledge.engine import KnowledgeBase
from netralbot.scheduler import outbox, subscriptions

from fakes.threaded import AppServer

ADMIN, HR = "1001", "2002"
QUESTION = "boleh gak PNS like postingan capres?"


@pytest.fixture()
def console(db_path):
    """The console's server (its own connection, in its own thread, as in production), and
    the test's own view of the same database file."""
    kb = KnowledgeBase.open(db_path)
    access = Access(kb.db)
    access.grant("telegram", ADMIN, "admin", actor="test")
    access.grant("telegram", HR, "hr", actor="test")
    server = serve_console(db_path, "http://127.0.0.1")
    base = f"http://127.0.0.1:{server.port}"
    yield kb, access, base
    server.stop()


def serve_console(db_path, public_url: str) -> AppServer:
    def build() -> web.Application:
        app = web.Application(client_max_size=CLIENT_MAX_SIZE)
        served = KnowledgeBase.open(db_path)
        mount(app, served, Access(served.db), public_url)
        return app

    return AppServer(build, "console")


def link_for(kb, access, user_id: str, base: str, channel: str = "telegram") -> str:
    return console_login.issue_link(kb.db, access, channel, user_id, base)


def logged_in(kb, access, base: str, user_id: str) -> tuple[httpx.Client, str]:
    """A client with a session, and its CSRF token (read from the page like a browser)."""
    client = httpx.Client(base_url=base, follow_redirects=False)
    r = client.post(link_for(kb, access, user_id, base).removeprefix(base))
    assert r.status_code == 303 and r.headers["location"] == "/admin/"
    page = client.get("/admin/wawasan")
    assert page.status_code == 200
    return client, re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def test_without_a_session_every_page_redirects_to_the_masuk_page(console):
    _, _, base = console
    for path in ("/admin/", "/admin/pengetahuan", "/admin/siaran", "/admin/peran", "/admin/pengetahuan/ekspor"):
        r = httpx.get(base + path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/admin/masuk", path
    page = httpx.get(base + "/admin/masuk")
    assert page.status_code == 200 and "/masuk" in page.text
    r = httpx.post(base + "/admin/pengetahuan/medsos-like-akun-calon", data={"answer": "x"}, follow_redirects=False)
    assert r.status_code == 303  # a POST without a session changes nothing either


def test_a_link_opens_a_session_once_with_a_strict_cookie(console):
    kb, access, base = console
    url = link_for(kb, access, ADMIN, base)
    token = url.rsplit("/", 1)[1]
    assert len(token) >= 22  # 16 random bytes, urlsafe base64
    # a chat app's link preview fetches with GET: that must not spend the token
    assert httpx.get(url).status_code == 200
    first = httpx.post(url, follow_redirects=False)
    assert first.status_code == 303
    cookie = first.headers["set-cookie"]
    assert f"{COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Path=/admin/" in cookie and "Max-Age=28800" in cookie
    again = httpx.post(url, follow_redirects=False)
    assert again.status_code == 403 and "sudah dipakai" in again.text
    assert "set-cookie" not in again.headers
    # only a hash of the token is stored
    assert token not in str(list(kb.db["console_links"].rows))


def test_an_expired_link_is_refused(console):
    kb, access, base = console
    url = console_login.issue_link(kb.db, access, "telegram", ADMIN, base, now=1_000.0)  # long ago
    r = httpx.post(url, follow_redirects=False)
    assert r.status_code == 403 and "set-cookie" not in r.headers


def test_a_link_is_only_for_staff(console):
    kb, access, base = console
    with pytest.raises(PermissionError):
        link_for(kb, access, "999", base)
    r = httpx.post(base + "/admin/login/" + "A" * 22, follow_redirects=False)
    assert r.status_code == 403


def test_the_wrong_role_gets_403_and_nothing_changes(console):
    kb, access, base = console
    client, csrf = logged_in(kb, access, base, HR)
    before = editing.get_entry(kb.db, "medsos-like-akun-calon")
    r = client.get("/admin/pengetahuan")
    assert r.status_code == 403 and "tidak mengizinkan" in r.text
    form = {"csrf": csrf, "id": "medsos-like-akun-calon", "answer": "Boleh saja."}
    r = client.post("/admin/pengetahuan/medsos-like-akun-calon", data=form)
    assert r.status_code == 403
    assert editing.get_entry(kb.db, "medsos-like-akun-calon") == before
    assert client.post("/admin/peran", data={"csrf": csrf, "channel": "telegram", "user_id": HR,
                                             "role": "admin", "action": "beri"}).status_code == 403
    assert access.roles_of("telegram", HR) == {"hr"}


def test_a_post_without_the_csrf_token_is_refused(console):
    kb, access, base = console
    client, csrf = logged_in(kb, access, base, HR)
    n = subscriptions.count(kb.db)
    before = outbox.recent(kb.db, 100)
    for data in ({"text": "Ingat netralitas ASN."}, {"text": "Ingat netralitas ASN.", "csrf": "palsu"}):
        r = client.post("/admin/siaran/kirim", data=data)
        assert r.status_code == 403 and "CSRF" in r.text
    assert outbox.recent(kb.db, 100) == before and subscriptions.count(kb.db) == n
    ok = client.post("/admin/siaran/kirim", data={"text": "Ingat netralitas ASN.", "csrf": csrf})
    assert ok.status_code == 303 and ok.headers["location"].startswith("/admin/siaran/")


def test_a_session_ends_when_its_role_is_removed(console):
    kb, access, base = console
    client, _ = logged_in(kb, access, base, ADMIN)
    assert client.get("/admin/pengetahuan").status_code == 200
    access.revoke("telegram", ADMIN, "admin", actor="test")
    r = client.get("/admin/pengetahuan")
    assert r.status_code == 303 and r.headers["location"] == "/admin/masuk"
    access.grant("telegram", ADMIN, "admin", actor="test")  # the old session stays revoked
    assert client.get("/admin/pengetahuan").status_code == 303


def test_logout_ends_the_session(console):
    kb, access, base = console
    client, csrf = logged_in(kb, access, base, ADMIN)
    assert client.post("/admin/keluar", data={"csrf": csrf}).status_code == 303
    assert client.get("/admin/pengetahuan").status_code == 303


def test_an_edit_is_validated_revisioned_audited_and_answers_at_once(console, db_path):
    kb, access, base = console
    client, csrf = logged_in(kb, access, base, ADMIN)
    entry = editing.get_entry(kb.db, "medsos-like-akun-calon")
    page = client.get("/admin/pengetahuan/medsos-like-akun-calon")
    assert page.status_code == 200 and entry.question in page.text
    form = {"csrf": csrf, "id": entry.id, "topic": entry.topic, "question": entry.question, "verdict": entry.verdict,
            "answer": entry.answer, "sanction": entry.sanction, "valid_from": entry.valid_from.isoformat(),
            **{f: "\n".join(getattr(entry, f)) for f in ("phrasings", "conditions", "citations", "related",
                                                         "steps", "statements")}}
    # invalid: four sentences; shown inline, nothing saved
    bad = client.post("/admin/pengetahuan/medsos-like-akun-calon", data={**form, "answer": "Satu. Dua. Tiga. Empat."})
    assert bad.status_code == 422 and "at most 3" in bad.text
    assert editing.get_entry(kb.db, entry.id) == entry
    new_answer = entry.answer.rstrip(".") + " (diperbarui lewat konsol)."
    ok = client.post("/admin/pengetahuan/medsos-like-akun-calon", data={**form, "answer": new_answer})
    assert ok.status_code == 303, re.findall(r"<li>(.*?)</li>", ok.text)
    assert editing.get_entry(kb.db, entry.id).answer == new_answer
    rev = editing.history(kb.db, entry.id)[-1]
    assert rev.actor == f"telegram:{ADMIN}" and rev.changed_fields() == ["answer"]
    assert any(r["action"] == "faq.update" and r["target"] == entry.id for r in kb.db["audit_log"].rows)
    # the bot (another KnowledgeBase on the same file, as in `netralbot run`) answers with it
    bot = Conversation(KnowledgeBase.open(db_path))
    reply = bot.handle(Inbound(channel="telegram", chat_id="5", user_id="5", text=QUESTION))[0]
    assert "(diperbarui lewat konsol)" in reply.answer.text
    # revert through the history page
    hist = client.get(f"/admin/pengetahuan/{entry.id}/riwayat")
    assert hist.status_code == 200 and "diff" in hist.text
    first = editing.history(kb.db, entry.id)[0].rev
    r = client.post(f"/admin/pengetahuan/{entry.id}/riwayat/{first}/pulihkan", data={"csrf": csrf})
    assert r.status_code == 303
    assert editing.get_entry(kb.db, entry.id).answer == entry.answer


def test_preview_and_try_a_question(console):
    kb, access, base = console
    client, csrf = logged_in(kb, access, base, ADMIN)
    entry = editing.get_entry(kb.db, "medsos-like-akun-calon")
    form = {"csrf": csrf, "id": entry.id, "topic": entry.topic, "question": entry.question, "verdict": entry.verdict,
            "answer": entry.answer, "sanction": entry.sanction, "valid_from": entry.valid_from.isoformat(),
            **{f: "\n".join(getattr(entry, f)) for f in ("phrasings", "conditions", "citations", "related",
                                                         "steps", "statements")}}
    r = client.post("/admin/pengetahuan/pratinjau", data=form, headers={"HX-Request": "true"})
    assert r.status_code == 200 and 'id="pratinjau-telegram"' in r.text and 'id="pratinjau-whatsapp"' in r.text
    assert "<b>" in r.text  # Telegram HTML; the WhatsApp text uses *bold*
    t = client.get("/admin/pengetahuan/coba", params={"q": QUESTION}, headers={"HX-Request": "true"})
    assert t.status_code == 200 and "medsos-like-akun-calon" in t.text and "dilarang" in t.text
    assert "&#34;act&#34;" in t.text or "&quot;act&quot;" in t.text  # the frame, escaped


def test_import_shows_a_dry_run_diff_then_applies(console):
    kb, access, base = console
    client, csrf = logged_in(kb, access, base, ADMIN)
    exported = client.get("/admin/pengetahuan/ekspor")
    assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
    entry = editing.get_entry(kb.db, "medsos-like-akun-calon")
    edited = exported.text.replace(entry.question, entry.question.rstrip("?") + " (diimpor)?", 1)
    assert edited != exported.text
    plan = client.post("/admin/pengetahuan/impor", data={"csrf": csrf},
                       files={"berkas": ("kb.yaml", edited.encode(), "application/x-yaml")})
    assert plan.status_code == 200 and "1 diubah" in plan.text and "(diimpor)" in plan.text
    assert "(diimpor)" not in editing.get_entry(kb.db, entry.id).question  # a dry run changes nothing
    digest = re.search(r'name="digest" value="([^"]+)"', plan.text).group(1)
    version = re.search(r'name="version" value="([^"]+)"', plan.text).group(1)
    stale = client.post("/admin/pengetahuan/impor/terapkan",
                        data={"csrf": csrf, "digest": "0" * 64, "version": version})
    assert stale.status_code == 409
    done = client.post("/admin/pengetahuan/impor/terapkan",
                       data={"csrf": csrf, "digest": digest, "version": version})
    assert done.status_code == 200 and "1 perubahan" in done.text
    assert "(diimpor)" in editing.get_entry(kb.db, entry.id).question
    again = client.post("/admin/pengetahuan/impor/terapkan", data={"csrf": csrf, "digest": digest, "version": version})
    assert again.status_code == 409  # applied once


def test_broadcast_pages_count_confirm_queue_and_cancel(console):
    kb, access, base = console
    for i in range(3):
        subscriptions.subscribe(kb.db, "telegram", str(700 + i))
    subscriptions.set_profile(kb.db, "telegram", "700", province="Bali")
    client, csrf = logged_in(kb, access, base, HR)
    assert client.get("/admin/siaran/hitung", params={"province": "Bali"}).text == "1 penerima"
    assert client.get("/admin/siaran/hitung").text == "3 penerima"
    confirm = client.post("/admin/siaran/pratinjau", data={"csrf": csrf, "text": "*Ingat* netralitas.",
                                                           "province": "Bali"})
    assert confirm.status_code == 200 and 'id="jumlah-konfirmasi">1<' in confirm.text
    # staff text is shown escaped in both previews, never run as markup
    xss = client.post("/admin/siaran/pratinjau", data={"csrf": csrf, "text": "<script>alert(1)</script> *a*"})
    assert "<script>alert" not in xss.text and "&lt;script&gt;" in xss.text
    sent = client.post("/admin/siaran/kirim", data={"csrf": csrf, "text": "*Ingat* netralitas.", "province": "Bali"})
    bid = int(sent.headers["location"].rsplit("/", 1)[1])
    p = outbox.progress(kb.db, bid)
    assert p.segment == {"province": "Bali"} and p.source == "console"
    frag = client.get(f"/admin/siaran/{bid}/progres")
    assert frag.status_code == 200 and 'id="bar-siaran"' in frag.text and 'hx-trigger="every 1s"' in frag.text
    assert client.post(f"/admin/siaran/{bid}/batal", data={"csrf": csrf}).status_code == 303
    assert outbox.progress(kb.db, bid).state == "cancelled"
    assert any(r["action"] == "broadcast.cancel" for r in kb.db["audit_log"].rows)


def test_reminders_insight_audit_and_roles_pages(console):
    kb, access, base = console
    hr, hr_csrf = logged_in(kb, access, base, HR)
    r = hr.post("/admin/pengingat", data={"csrf": hr_csrf, "text": "Ingat netralitas ASN.", "kind": "weekly",
                                          "day": "senin", "when": "07:30"})
    assert r.status_code == 303
    page = hr.get("/admin/pengingat")
    assert "setiap Senin pukul 07:30" in page.text and "WITA" in page.text and "WIT" in page.text
    bad = hr.post("/admin/pengingat", data={"csrf": hr_csrf, "text": "x", "kind": "daily", "when": "25:99"})
    assert bad.status_code == 422 and 'id="galat-pengingat"' in bad.text
    Conversation(kb).ask(QUESTION)  # one anonymous count
    insight = hr.get("/admin/wawasan")
    assert insight.status_code == 200 and insight.text.count("<svg") >= 3
    assert hr.get("/admin/audit").status_code == 403
    # a superadmin operator from the CLI
    url = console_login.operator_link(kb.db, access, "ops", "superadmin", base)
    boss = httpx.Client(base_url=base)
    assert boss.post(url.removeprefix(base), follow_redirects=True).status_code == 200
    audit = boss.get("/admin/audit")
    assert audit.status_code == 200 and "reminder.create" in audit.text and "console.login" in audit.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', audit.text).group(1)
    r = boss.post("/admin/peran", data={"csrf": csrf, "channel": "telegram", "user_id": HR, "role": "admin",
                                        "action": "beri"})
    assert r.status_code == 200 and access.roles_of("telegram", HR) == {"hr", "admin"}
    assert hr.get("/admin/pengetahuan").status_code == 200  # the new role counts at the next request


def test_no_traceback_reaches_the_browser(console, monkeypatch):
    kb, access, base = console
    client, _ = logged_in(kb, access, base, ADMIN)
    from netralbot.bot.web import pages_kb

    def broken(*a, **k):
        raise RuntimeError("secret-detail-xyz")

    monkeypatch.setattr(pages_kb, "_unverified", broken)  # the list page now fails inside
    r = client.get("/admin/pengetahuan")
    assert r.status_code == 500 and "Traceback" not in r.text and "secret-detail-xyz" not in r.text
    assert "kesalahan" in r.text


def test_masuk_in_chat_sends_a_link_to_staff_only(db_path):
    kb = KnowledgeBase.open(db_path)
    access = Access(kb.db)
    access.grant("telegram", ADMIN, "admin", actor="test")
    conv = Conversation(kb, access, console_url="https://konsol.example.go.id")
    staff = conv.handle(Inbound(channel="telegram", chat_id=ADMIN, user_id=ADMIN, text="/masuk"))[0].text
    assert re.search(r"https://konsol\.example\.go\.id/admin/login/[\w-]{22}", staff)
    other = conv.handle(Inbound(channel="telegram", chat_id="42", user_id="42", text="/masuk"))[0].text
    assert "/admin/login/" not in other and "khusus staf" in other
    group = conv.handle(Inbound(channel="telegram", chat_id="-100", user_id=ADMIN, text="/masuk", is_group=True))
    assert "/admin/login/" not in group[0].text
    off = Conversation(kb, access).handle(Inbound(channel="telegram", chat_id=ADMIN, user_id=ADMIN, text="/masuk"))
    assert "NETRALBOT_PUBLIC_URL" in off[0].text


def test_registry_items_are_saved_removed_and_restored_with_revisions(console):
    from netralbot.knowledge import registry

    kb, access, base = console
    client, csrf = logged_in(kb, access, base, ADMIN)
    page = client.get("/admin/registri")
    assert page.status_code == 200 and "Partai" in page.text
    r = client.post("/admin/registri/item", data={"csrf": csrf, "kind": "slogans", "item": 'text: "#KonsolUjiSatu"'})
    assert r.status_code == 200 and "#KonsolUjiSatu" in r.text and 'id="registri-berubah"' in r.text
    assert any(s.text == "#KonsolUjiSatu" for s in registry.load(kb.db).slogans)
    bad = client.post("/admin/registri/item", data={"csrf": csrf, "kind": "parties", "item": "number: 0"})
    assert bad.status_code == 422 and 'id="galat-registri"' in bad.text
    key = "#konsolujisatu"
    assert client.post("/admin/registri/hapus", data={"csrf": csrf, "kind": "slogans", "key": key}).status_code == 200
    assert not any(s.text == "#KonsolUjiSatu" for s in registry.load(kb.db).slogans)
    hist = client.get("/admin/registri/riwayat", params={"jenis": "slogans", "kunci": key})
    assert hist.status_code == 200 and "(dihapus)" in hist.text
    r = client.post("/admin/registri/pulihkan", data={"csrf": csrf, "kind": "slogans", "key": key, "rev": "1"})
    assert r.status_code == 200
    assert any(s.text == "#KonsolUjiSatu" for s in registry.load(kb.db).slogans)
    actions = [row["action"] for row in kb.db["audit_log"].rows if row["target"] == f"slogans/{key}"]
    assert actions == ["registry.save", "registry.remove", "registry.revert"]


def test_the_cookie_is_secure_when_the_public_url_is_https(db_path):
    kb = KnowledgeBase.open(db_path)
    access = Access(kb.db)
    access.grant("telegram", ADMIN, "admin", actor="test")
    server = serve_console(db_path, "https://konsol.example.go.id")
    try:
        base = f"http://127.0.0.1:{server.port}"
        url = console_login.issue_link(kb.db, access, "telegram", ADMIN, "https://konsol.example.go.id")
        r = httpx.post(base + url.removeprefix("https://konsol.example.go.id"), follow_redirects=False)
        assert r.status_code == 303 and "Secure" in r.headers["set-cookie"]
        assert r.headers["content-security-policy"].startswith("default-src 'self'")
        assert r.headers["x-frame-options"] == "DENY"
    finally:
        server.stop()


def test_quiz_reminders_and_quiz_results_in_the_console(console):
    import datetime as dt

    from netralbot.scheduler import quizzes, reminders

    kb, access, base = console
    client, csrf = logged_in(kb, access, base, HR)
    r = client.post("/admin/pengingat", data={"csrf": csrf, "content": "kuis", "kind": "daily", "when": "08:00"})
    assert r.status_code == 303
    rem = reminders.all_reminders(kb.db)[-1]
    assert rem.quiz and rem.text is None
    assert "kuis netralitas" in client.get("/admin/pengingat").text
    quiz_id = quizzes.create(kb.db, kb, {}, dt.date.today(), [], seed="console-test")
    q = quizzes.get(kb.db, quiz_id)
    for option in (q.correct, q.correct, (q.correct + 1) % 3):
        quizzes.record_tap(kb.db, quiz_id, option)
    page = client.get("/admin/wawasan")
    assert page.status_code == 200 and 'id="grafik-kuis"' in page.text
    assert f"{q.faq_id}: 67" in page.text  # the bar's title: 2 of 3 right
    assert 'id="tren-kuis"' in page.text
