"""The web console in a real browser (Debian's chromium through chromium-driver and selenium),
against `netralbot run`'s Runtime: Telegram over the fake Bot API, the console on the shared
HTTP server, the broadcast delivery loop running.

Walks through: log in with the link /masuk sent in chat; edit an entry and see the bot's
answer change; import a YAML file with its dry-run diff; send a broadcast and watch the
bar reach 100 %; a refusal for the wrong role. Screenshots go to the test's tmp_path.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import time
from pathlib import Path

import pytest

from netralbot.bot.config import Settings
from netralbot.handlers.access import Access
from netralbot.knowledge import editing
from netralbot.knowledge.engine import KnowledgeBase
from netralbot.knowledge.transfer import export_yaml
from netralbot.scheduler import outbox, subscriptions

from fakes.runtime_runner import running_runtime

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not (CHROMIUM and DRIVER):
    if os.environ.get("NETRALBOT_REQUIRE_BROWSER"):  # CI installs them: missing there is a failure
        raise RuntimeError("chromium and chromium-driver are required (apt-get install chromium chromium-driver)")
    pytest.skip("chromium and chromium-driver are not installed", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ADMIN, HR = 31001, 32002
DOCS = Path(__file__).resolve().parents[1] / "docs"
DOCS_SHOTS = ("02-pratinjau", "06-siaran-selesai")
QUESTION = "boleh gak PNS like postingan capres?"
ENTRY = "medsos-like-akun-calon"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def browser(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(flag)
    # a phone: the console must be usable 360 px wide
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 360, "height": 780, "pixelRatio": 1}})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture()
def stack(fake, db_path):
    kb = KnowledgeBase.open(db_path)
    access = Access(kb.db)
    access.grant("telegram", str(ADMIN), "admin", actor="test")
    access.grant("telegram", str(ADMIN), "hr", actor="test")
    access.grant("telegram", str(HR), "hr", actor="test")
    for chat in range(41000, 41012):
        subscriptions.subscribe(kb.db, "telegram", str(chat))
    port = free_port()
    settings = Settings(telegram_bot_token=fake.token, telegram_api_base_url=fake.base_url, netralbot_http_port=port,
                        netralbot_public_url=f"http://127.0.0.1:{port}", netralbot_broadcast_rate=50)
    with running_runtime(settings, db_path):
        yield kb


def ask_bot(fake, chat: int, text: str) -> str:
    before = len(fake.sent(chat))
    fake.push_message(text, chat_id=chat, user_id=chat)
    return fake.wait_sent(before + 1, chat_id=chat, timeout=15)[-1]["text"]


def login(driver, fake, user: int) -> None:
    reply = ask_bot(fake, user, "/masuk")
    url = re.search(r"http://127\.0\.0\.1:\d+/admin/login/[\w-]+", reply).group(0)
    driver.get(url)
    driver.find_element(By.ID, "masuk").click()
    WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "header nav")))


def test_console_walkthrough_in_a_real_browser(browser, fake, stack, tmp_path):
    kb = stack
    wait = WebDriverWait(browser, 20)

    def shots(name: str) -> None:
        browser.save_screenshot(str(tmp_path / f"{name}.png"))
        if os.environ.get("NETRALBOT_DOCS_SCREENSHOTS") and name in DOCS_SHOTS:  # refresh docs/ for the README
            shutil.copy(tmp_path / f"{name}.png", DOCS / f"console-{name[3:]}.png")
        # nothing wider than the phone: wide tables scroll inside their own box
        width = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1] <= 360, (name, width)

    # 1. log in by the link /masuk sent in a private chat
    login(browser, fake, ADMIN)
    shots("01-masuk")
    assert browser.current_url.endswith("/admin/pengetahuan")
    assert "Keluar" in browser.page_source

    # 2. edit an entry; the preview follows the typing; the bot answers with the change
    before = ask_bot(fake, ADMIN, QUESTION)
    assert "(disunting di konsol)" not in before
    browser.get(browser.current_url + f"/{ENTRY}")
    answer = browser.find_element(By.ID, "jawaban")
    text = answer.get_attribute("value")
    answer.clear()
    answer.send_keys(text.rstrip(".") + " (disunting di konsol).")
    wait.until(EC.text_to_be_present_in_element((By.ID, "pratinjau-telegram"), "(disunting di konsol)"))
    shots("02-pratinjau")
    browser.find_element(By.ID, "simpan").click()
    wait.until(EC.presence_of_element_located((By.ID, "tersimpan")))
    shots("03-tersimpan")
    assert "(disunting di konsol)" in ask_bot(fake, ADMIN, QUESTION)

    # 3. import a YAML file: a dry-run diff first, then apply
    entry = editing.get_entry(kb.db, "kontras-follow-akun-kpu-bawaslu")
    edited = export_yaml(kb.db).replace(entry.question, entry.question.rstrip("?") + " (impor konsol)?", 1)
    path = tmp_path / "kb.yaml"
    path.write_text(edited, "utf-8")
    browser.get(browser.current_url.split("/admin/")[0] + "/admin/pengetahuan/impor")
    browser.find_element(By.ID, "berkas").send_keys(str(path))
    browser.find_element(By.ID, "uji-impor").click()
    plan = wait.until(EC.presence_of_element_located((By.ID, "rencana-impor"))).text
    assert "1 diubah" in plan and entry.id in plan
    assert "(impor konsol)" not in editing.get_entry(kb.db, entry.id).question
    shots("04-impor-uji")
    browser.find_element(By.ID, "terapkan").click()
    wait.until(EC.presence_of_element_located((By.ID, "impor-diterapkan")))
    assert "(impor konsol)" in editing.get_entry(kb.db, entry.id).question
    shots("05-impor-diterapkan")

    # 4. a broadcast to every subscriber; the bar reaches 100 % without a reload
    browser.get(browser.current_url.split("/admin/")[0] + "/admin/siaran")
    wait.until(EC.text_to_be_present_in_element((By.ID, "jumlah-penerima"), f"{subscriptions.count(kb.db)} penerima"))
    browser.find_element(By.ID, "isi-siaran").send_keys("Ingat: ASN wajib netral. Jangan like unggahan calon.")
    browser.find_element(By.ID, "pratinjau-siaran").click()
    confirm = wait.until(EC.presence_of_element_located((By.ID, "jumlah-konfirmasi")))
    assert confirm.text == str(subscriptions.count(kb.db))
    browser.find_element(By.ID, "kirim-siaran").click()
    wait.until(EC.url_matches(r"/admin/siaran/\d+$"))
    page_url = browser.current_url
    WebDriverWait(browser, 60).until(EC.text_to_be_present_in_element((By.ID, "persen-siaran"), "100%"))
    assert browser.current_url == page_url  # no navigation: htmx swapped the bar in place
    assert browser.find_element(By.ID, "terkirim").text == "12"
    shots("06-siaran-selesai")
    bid = int(page_url.rsplit("/", 1)[1])
    assert outbox.progress(kb.db, bid).sent == 12
    assert len([m for m in fake.sent() if "ASN wajib netral. Jangan like" in m.get("text", "")]) == 12

    # 5. the wrong role: HR opens the knowledge base and is refused; nothing changes
    browser.delete_all_cookies()
    login(browser, fake, HR)
    shots("07-masuk-hr")
    assert browser.current_url.endswith("/admin/siaran")
    browser.get(browser.current_url.split("/admin/")[0] + f"/admin/pengetahuan/{ENTRY}")
    assert "tidak mengizinkan" in browser.find_element(By.ID, "pesan-galat").text
    shots("08-ditolak")
    assert len(list(tmp_path.glob("*.png"))) == 8
