"""WhatsApp channel: the Business Cloud API in front of the shared conversation.

Why not pywa: it validates signatures and skips duplicates well, but it hard-codes
the Graph API host, brings its own web server and handler model, and hides the raw
status callbacks our broadcast outbox needs. What the Cloud API asks of us is
small (a verification handshake, an HMAC check, a JSON shape, one ``/messages``
endpoint), so this module does it with aiohttp (the webhook, on the one HTTP
server of `netralbot run`) and httpx (the Graph API client), in full view.

Inbound: ``GET`` answers Meta's verification handshake; every ``POST`` must carry a
valid ``X-Hub-Signature-256`` (HMAC-SHA256 of the raw body with the app secret)
or it is refused before anything is read. Messages are processed once per message
id (Meta retries deliveries), after the 200 has been sent. Status callbacks
(sent, delivered, read, failed) are recorded against broadcast outbox rows.

Outbound: answers in WhatsApp's own formatting (*bold*, _italic_), buttons as
reply buttons (at most 3, titles up to 20 characters) or list messages (at most 10
rows, titles up to 24, descriptions up to 72).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
from dataclasses import dataclass, replace

import httpx
import sqlite_utils
from aiohttp import web

from netralbot.bot import webhook_body
from netralbot.bot.flood import FLOOD_NOTICE, FloodLimit
from netralbot.bot.webhook_body import as_dict, as_list
from netralbot.handlers.conversation import Conversation
from netralbot.handlers.messages import Button, Inbound, Reply
from netralbot.handlers.render import render_whatsapp, render_whatsapp_text
from netralbot.knowledge import image_text
from netralbot.scheduler import outbox, subscriptions
from netralbot.scheduler.delivery import SendOutcome, SendResult

log = logging.getLogger(__name__)

CHANNEL = "whatsapp"
TEXT_MAX = 4096
INTERACTIVE_BODY_MAX = 1024
BUTTON_TITLE_MAX, ROW_TITLE_MAX, ROW_DESC_MAX, LIST_ROWS_MAX = 20, 24, 72, 10
MAX_DOCUMENT_BYTES = 2_000_000
WORKERS = 4  # replies wait on the Graph API: a few in parallel; answering itself is quick
QUEUE_MAX = 5_000
WINDOW_S = 24 * 3600
WINDOW_MARGIN_S = 300  # a message sent at the window's very end may arrive after it
KEYWORDS = {  # WhatsApp has no commands: these words work as the Telegram commands do
    "langganan": "/langganan", "berlangganan": "/langganan", "berhenti": "/berhenti", "stop": "/berhenti",
    "mulai": "/start", "start": "/start", "menu": "/start", "halo": "/start", "bantuan": "/bantuan",
    "help": "/bantuan", "topik": "/topik", "privasi": "/privasi", "cek": "/cek",
    "kuis": "/kuis", "lapor": "/lapor", "batal": "/batal",
}
# Events that are not something the person asked: a reaction (or its removal) to one of our
# messages, a system notice (number changed…). Answering them would be noise.
IGNORED_TYPES = frozenset({"reaction", "system"})
NOT_TEXT = ("Saya hanya bisa membaca pertanyaan berupa teks. Silakan ketik pertanyaan Anda tentang "
            "netralitas ASN.")
STATUS_RANK = {"failed": 0, "sent": 1, "delivered": 2, "read": 3}


@dataclass(frozen=True)
class WhatsAppConfig:
    token: str
    phone_number_id: str
    app_secret: str
    verify_token: str
    api_base_url: str = "https://graph.facebook.com/v25.0"
    webhook_path: str = "/whatsapp/webhook"
    template_name: str | None = None
    template_language: str = "id"
    daily_limit: int = 250

    @classmethod
    def from_settings(cls, s) -> WhatsAppConfig:
        return cls(s.whatsapp_token, s.whatsapp_phone_number_id, s.whatsapp_app_secret, s.whatsapp_verify_token,
                   s.whatsapp_api_base_url.rstrip("/"), s.whatsapp_webhook_path, s.whatsapp_template_name,
                   s.whatsapp_template_language, s.whatsapp_daily_limit)


def valid_signature(body: bytes, header: str | None, app_secret: str) -> bool:
    """``X-Hub-Signature-256: sha256=<hex>`` over the raw body, compared in constant time."""
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header[len("sha256="):].strip().lower())


def sign(body: bytes, app_secret: str) -> str:
    """The header value Meta would send (tests and benchmarks use it)."""
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def ensure_schema(db: sqlite_utils.Database) -> None:
    outbox.ensure_schema(db)
    db["wa_seen"].create({"message_id": str, "at": float}, pk="message_id", if_not_exists=True)
    db["wa_seen"].create_index(["at"], if_not_exists=True)
    db["wa_template_sends"].create({"chat_id": str, "at": float}, if_not_exists=True)
    db["wa_template_sends"].create_index(["at"], if_not_exists=True)
    for column, kind in (("receipt", str), ("receipt_error", str)):
        if column not in db[outbox.OUTBOX].columns_dict:
            db[outbox.OUTBOX].add_column(column, kind)
    db[outbox.OUTBOX].create_index(["message_id"], if_not_exists=True)


# --- formatting ----------------------------------------------------------------------

def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _split(text: str, limit: int = TEXT_MAX) -> list[str]:
    chunks = []
    while len(text) > limit:
        cut = text.rfind("\n\n", 0, limit)
        cut = cut if cut > limit // 2 else text.rfind(" ", 0, limit)
        cut = cut if cut > 0 else limit
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    return [*chunks, text] if text else chunks


def payloads(to: str, reply: Reply) -> list[dict]:
    """The Cloud API message objects for one reply (without ``messaging_product``)."""
    if reply.answer is not None:
        text = render_whatsapp(reply.answer)
    else:
        text = render_whatsapp_text(reply.text or reply.notice or "")
    buttons = [b for row in reply.buttons for b in row]
    out: list[dict] = []
    if not buttons:
        return [{"to": to, "type": "text", "text": {"body": chunk, "preview_url": False}} for chunk in _split(text)]
    if len(text) > INTERACTIVE_BODY_MAX:  # long answer first, the choices after it
        out += [{"to": to, "type": "text", "text": {"body": chunk, "preview_url": False}} for chunk in _split(text)]
        text = "Pilih salah satu:"
    if len(buttons) <= 3 and all(len(b.label) <= BUTTON_TITLE_MAX for b in buttons):
        out.append({"to": to, "type": "interactive", "interactive": {
            "type": "button", "body": {"text": text},
            "action": {"buttons": [{"type": "reply", "reply": {"id": b.data, "title": b.label}} for b in buttons]}}})
        return out
    for i in range(0, len(buttons), LIST_ROWS_MAX):
        group = buttons[i:i + LIST_ROWS_MAX]
        out.append({"to": to, "type": "interactive", "interactive": {
            "type": "list", "body": {"text": text if i == 0 else "Pilihan lainnya:"},
            "action": {"button": "Lihat pilihan", "sections": [{"title": "Pilihan", "rows": [_row(b) for b in group]}]}}})
    return out


def _row(b: Button) -> dict:
    row = {"id": b.data, "title": _cut(b.label, ROW_TITLE_MAX)}
    if len(b.label) > ROW_TITLE_MAX:
        row["description"] = _cut(b.label, ROW_DESC_MAX)
    return row


# --- the Graph API ---------------------------------------------------------------------

class GraphError(Exception):
    def __init__(self, status: int, code: int | None, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message


class GraphClient:
    def __init__(self, config: WhatsAppConfig, client: httpx.AsyncClient | None = None) -> None:
        self.config = config
        self.http = client or httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=5.0),
                                                limits=httpx.Limits(max_connections=32))
        self.url = f"{config.api_base_url}/{config.phone_number_id}/messages"

    async def send(self, message: dict) -> str:
        """Send one message object; returns its ``wamid``."""
        body = {"messaging_product": "whatsapp", "recipient_type": "individual", **message}
        r = await self.http.post(self.url, json=body, headers={"Authorization": f"Bearer {self.config.token}"})
        try:
            data = r.json()
        except ValueError:
            data = {}
        if r.status_code >= 400 or "error" in data:
            err = data.get("error") or {}
            raise GraphError(r.status_code, err.get("code"), str(err.get("message") or r.reason_phrase))
        return data["messages"][0]["id"]

    async def media(self, media_id: str, limit: int) -> bytes | None:
        """Download a file someone sent (None when it is larger than ``limit`` bytes)."""
        auth = {"Authorization": f"Bearer {self.config.token}"}
        info = (await self.http.get(f"{self.config.api_base_url}/{media_id}", headers=auth)).json()
        if "url" not in info or int(info.get("file_size") or 0) > limit:
            return None
        r = await self.http.get(info["url"], headers=auth)
        r.raise_for_status()
        return r.content[: limit + 1]

    async def aclose(self) -> None:
        await self.http.aclose()


# --- inbound ------------------------------------------------------------------------------

class WhatsAppChannel:
    """The webhook (mounted on the shared HTTP server) and the replies."""

    def __init__(self, conversation: Conversation, config: WhatsAppConfig, client: GraphClient | None = None,
                 flood: FloodLimit | None = None) -> None:
        self.conv, self.config = conversation, config
        self.flood = flood or FloodLimit()
        self.client = client or GraphClient(config)
        self.db = conversation.kb.db
        ensure_schema(self.db)
        # Deliveries wait here for a few workers: bounded, so a flood of webhooks cannot grow memory
        # without end; when it is full we answer 503 and Meta delivers again later.
        self._queue: asyncio.Queue = asyncio.Queue(maxsize=QUEUE_MAX)
        self._workers: list[asyncio.Task] = []
        self._pruned = 0.0

    def mount(self, app: web.Application) -> None:
        app.router.add_get(self.config.webhook_path, self.verify)
        app.router.add_post(self.config.webhook_path, self.receive)

    async def verify(self, request: web.Request) -> web.Response:
        q = request.query
        token = q.get("hub.verify_token", "")
        if q.get("hub.mode") == "subscribe" and hmac.compare_digest(token.encode(), self.config.verify_token.encode()):
            return web.Response(text=q.get("hub.challenge", ""))
        return web.Response(status=403, text="Forbidden")

    async def receive(self, request: web.Request) -> web.Response:
        body = await request.read()
        header = request.headers.get("X-Hub-Signature-256")
        if header is None:
            return web.Response(status=401, text="missing signature")
        if not valid_signature(body, header, self.config.app_secret):
            log.warning("whatsapp: webhook with a wrong signature refused")
            return web.Response(status=403, text="bad signature")
        try:
            data = webhook_body.parse(body)
        except webhook_body.NotJson as e:
            log.warning("whatsapp: signed webhook body is not JSON (%s), refused", e)
            return web.Response(status=400, text="not JSON")
        if not isinstance(data, dict) or not isinstance(data.get("entry"), list):
            log.warning("whatsapp: signed webhook of an unknown shape ignored")
            return web.Response(text="ignored")  # 200: see bot/webhook_body.py
        work = self._extract(data)
        if work:
            self._start_workers()
            try:
                self._queue.put_nowait(work)
            except asyncio.QueueFull:
                log.warning("whatsapp: busy, asking Meta to deliver again later")
                return web.Response(status=503, text="busy")
        return web.Response(text="ok")  # answer at once: Meta retries slow webhooks

    def _start_workers(self) -> None:
        if not self._workers:
            self._workers = [asyncio.create_task(self._work(), name=f"whatsapp-{i}") for i in range(WORKERS)]

    async def _work(self) -> None:
        while True:
            work = await self._queue.get()
            try:
                await self._process(work)
            finally:
                self._queue.task_done()

    def _extract(self, data: dict) -> list[tuple[str, dict]]:
        """Messages and statuses, skipping any part whose shape is not Meta's."""
        work = []
        for entry in as_list(data.get("entry")):
            for change in as_list(as_dict(entry).get("changes")):
                value = as_dict(as_dict(change).get("value"))
                meta = as_dict(value.get("metadata"))
                if meta.get("phone_number_id") not in (None, self.config.phone_number_id):
                    continue  # another number of the same app
                work += [("message", m) for m in as_list(value.get("messages")) if isinstance(m, dict)]
                work += [("status", s) for s in as_list(value.get("statuses")) if isinstance(s, dict)]
        return work

    async def _process(self, work: list[tuple[str, dict]]) -> None:
        for kind, item in work:
            try:
                if kind == "status":
                    self.record_status(item)
                elif item.get("type") in IGNORED_TYPES:
                    continue  # a reaction or a system event is not a message to answer
                elif not isinstance(item.get("id"), str) or self._first_time(item["id"]):
                    await self.on_message(item)  # no id: nothing to deduplicate it by
            except Exception:  # noqa: BLE001 - one bad update must not stop the others
                log.exception("whatsapp: processing an update failed")

    def _first_time(self, message_id: str) -> bool:
        now = time.time()
        with self.db.atomic():
            if now - self._pruned > 3600:  # forget ids older than Meta's retries, once an hour
                self.db.execute("delete from wa_seen where at < ?", [now - 7 * 86400])
                self._pruned = now
            return self.db.execute("insert or ignore into wa_seen (message_id, at) values (?, ?)",
                                   [message_id, now]).rowcount == 1

    def inbound(self, m: dict) -> Inbound | None:
        sender = str(m.get("from") or "")
        if not sender.isdigit():
            return None
        context = as_dict(m.get("context"))
        forwarded = bool(context.get("forwarded") or context.get("frequently_forwarded"))
        common = dict(chat_id=sender, user_id=sender, channel=CHANNEL, chat_kind="private", forwarded=forwarded)
        kind = m.get("type")
        if kind == "text":
            text = str(as_dict(m.get("text")).get("body") or "")
            if text.strip().lower().startswith("cek "):  # "cek <konten>" works as /cek on Telegram
                text = "/cek " + text.strip()[4:]
            return Inbound(text=KEYWORDS.get(text.strip().lower(), text), **common)
        if kind == "image" or (kind == "document" and str(as_dict(m.get("document")).get("mime_type", ""))
                               .startswith("image/")):
            caption = str(as_dict(m.get(kind)).get("caption") or "")
            return Inbound(text=caption, image=True, **common)  # the picture itself is not downloaded
        if kind == "interactive":
            i = as_dict(m.get("interactive"))
            reply = as_dict(i.get("button_reply") or i.get("list_reply"))
            return Inbound(callback=str(reply.get("id") or ""), **common)
        if kind == "button":  # a quick-reply button of a template
            b = as_dict(m.get("button"))
            payload = str(b.get("payload") or b.get("text") or "")
            return Inbound(text=KEYWORDS.get(payload.strip().lower(), payload), **common)
        return Inbound(text=None, **common)

    async def on_message(self, m: dict) -> None:
        msg = self.inbound(m)
        if msg is None:
            return
        verdict = self.flood.check(msg.user_id, staff=self.conv.staff.access.is_staff(CHANNEL, msg.user_id))
        if verdict != "ok":  # one polite notice per window, then silence
            if verdict == "warn":
                await self.send_replies(msg.chat_id, [Reply(text=FLOOD_NOTICE)])
            return
        doc = as_dict(m.get("document")) if m.get("type") == "document" and not msg.image else None
        if doc and self.conv.staff.access.allowed(CHANNEL, msg.user_id, "admin"):
            # only an admin's file is downloaded at all: a knowledge-base import (dry run first)
            content = await self.client.media(str(doc.get("id")), MAX_DOCUMENT_BYTES) or b""
            replies = self.conv.handle(Inbound(document=content, document_name=str(doc.get("filename") or "berkas"),
                                               chat_id=msg.chat_id, user_id=msg.user_id, channel=CHANNEL))
        elif msg.image:
            read = await self._read_image(m)
            replies = self.conv.handle(replace(msg, image_text=read.text, image_problem=read.problem))
        elif msg.text is None and msg.callback is None:
            replies = [Reply(text=NOT_TEXT)]
        else:
            replies = self.conv.handle(msg)
        subscriptions.touch(self.db, CHANNEL, msg.chat_id)  # the 24-hour window is open (after a subscribe too)
        await self.send_replies(msg.chat_id, replies)

    async def _read_image(self, m: dict) -> image_text.ImageText:
        """The text on an image, read off the event loop; the image is kept only in memory."""
        if not image_text.available():
            return image_text.ImageText(None, "unavailable")
        media = as_dict(m.get(m.get("type")))
        try:
            data = await self.client.media(str(media.get("id")), image_text.MAX_BYTES)
        except (httpx.HTTPError, ValueError) as e:
            log.warning("whatsapp: could not fetch an image (%s)", type(e).__name__)
            data = None
        if data is None:
            return image_text.ImageText(None, "failed")
        return await asyncio.to_thread(image_text.read, data)

    async def send_replies(self, to: str, replies: list[Reply]) -> None:
        for reply in replies:
            if reply.text is None and reply.answer is None and not reply.notice:
                continue
            for message in payloads(to, reply):
                try:
                    await self.client.send(message)
                except GraphError as e:
                    log.warning("whatsapp: reply refused: %s %s", e.status, e.code)
                    return
                except httpx.HTTPError as e:
                    log.warning("whatsapp: reply failed: %s", type(e).__name__)
                    return

    def record_status(self, s: dict) -> None:
        """sent / delivered / read / failed for a message we sent (broadcast rows only)."""
        status, wamid = s.get("status"), s.get("id")
        if status not in STATUS_RANK or not wamid:
            return
        if not isinstance(wamid, str):
            return
        first = as_dict((as_list(s.get("errors")) or [{}])[0])
        error = f"{first.get('code', '')} {first.get('title', '')}".strip() if status == "failed" else None
        with self.db.atomic():
            row = self.db.execute(f"select id, receipt from {outbox.OUTBOX} where message_id = ? and channel = ?",
                                  [wamid, CHANNEL]).fetchone()
            if row is None:
                return
            if row[1] is None or STATUS_RANK[status] > STATUS_RANK.get(row[1], -1):  # order is not guaranteed
                self.db.execute(f"update {outbox.OUTBOX} set receipt = ?, receipt_error = ? where id = ?",
                                [status, error, row[0]])

    async def drain(self) -> None:
        """Finish what was accepted, then stop the workers (on shutdown)."""
        if self._workers:
            await self._queue.join()
            for w in self._workers:
                w.cancel()
            await asyncio.gather(*self._workers, return_exceptions=True)
            self._workers = []


# --- broadcasts -------------------------------------------------------------------------

class WhatsAppSender:
    """Broadcast side: free text inside the 24-hour window, the approved template
    outside it, within the daily cap of unique users reached outside the window."""

    channel = CHANNEL

    def __init__(self, db: sqlite_utils.Database, config: WhatsAppConfig, client: GraphClient,
                 clock=time.time) -> None:
        self.db, self.config, self.client, self.clock = db, config, client, clock
        ensure_schema(db)

    def in_window(self, chat_id: str) -> bool:
        seen = subscriptions.last_inbound(self.db, CHANNEL, chat_id)
        return seen is not None and self.clock() - seen < WINDOW_S - WINDOW_MARGIN_S

    def _cap_wait(self, chat_id: str) -> float:
        """Seconds until one more unique user may be reached outside the window (0: now)."""
        since = self.clock() - WINDOW_S
        if self.db.execute("select 1 from wa_template_sends where chat_id = ? and at >= ?", [chat_id, since]).fetchone():
            return 0.0
        n, oldest = self.db.execute("select count(distinct chat_id), min(at) from wa_template_sends where at >= ?",
                                    [since]).fetchone()
        if n < self.config.daily_limit:
            return 0.0
        return max(1.0, oldest + WINDOW_S - self.clock())

    async def send(self, chat_id: str, text: str) -> SendResult:
        if self.in_window(chat_id):
            result = await self._send({"to": chat_id, "type": "text", "text": {"body": _cut(text, TEXT_MAX)}})
            if not (result.outcome is SendOutcome.PERMANENT and "131047" in result.error):
                return result  # 131047: the window had closed after all; use the template
        if not self.config.template_name:
            return SendResult(SendOutcome.PERMANENT, error="outside the 24-hour window and no WHATSAPP_TEMPLATE_NAME")
        wait = self._cap_wait(chat_id)
        if wait:
            return SendResult(SendOutcome.DEFERRED, retry_after=wait, error="daily WhatsApp limit reached")
        message = {"to": chat_id, "type": "template", "template": {
            "name": self.config.template_name, "language": {"code": self.config.template_language},
            "components": [{"type": "body", "parameters": [{"type": "text", "text": _template_param(text)}]}]}}
        result = await self._send(message)
        if result.outcome is SendOutcome.SENT:
            with self.db.atomic():
                self.db.execute("insert into wa_template_sends (chat_id, at) values (?, ?)", [chat_id, self.clock()])
        return result

    async def send_quiz(self, chat_id: str, quiz_id: int, quiz, text: str) -> SendResult:
        """Inside the 24-hour window: the question with three reply buttons (the explanation
        follows the tap). Outside it only a template may go: ``text`` asks for *kuis*."""
        from netralbot.handlers.quiz_reply import quiz_reply

        if not self.in_window(chat_id):
            return await self.send(chat_id, text)
        [message] = payloads(chat_id, quiz_reply(quiz_id, quiz))
        result = await self._send(message)
        if result.outcome is SendOutcome.PERMANENT and "131047" in result.error:
            return await self.send(chat_id, text)  # the window had closed after all
        return result

    async def _send(self, message: dict) -> SendResult:
        try:
            wamid = await self.client.send(message)
        except GraphError as e:
            return classify(e)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as e:
            return SendResult(SendOutcome.TRANSIENT, error=f"{type(e).__name__}: not sent")
        except httpx.HTTPError as e:
            return SendResult(SendOutcome.UNCERTAIN, error=type(e).__name__)
        return SendResult(SendOutcome.SENT, message_id=wamid)


def _template_param(text: str) -> str:
    """Template body parameters may not contain new lines, tabs or more than four spaces in a row."""
    return _cut(" ".join(text.split()), 1024)


def classify(e: GraphError) -> SendResult:
    code = e.code or 0
    if e.status == 429 or code in (130429, 80007, 4, 613):
        return SendResult(SendOutcome.RETRY_AFTER, retry_after=5.0, error=f"{code} rate limit")
    if code == 131056:  # too many messages to this one user: wait for this chat only
        return SendResult(SendOutcome.DEFERRED, retry_after=6.0, error=f"{code} pair rate limit")
    if e.status >= 500 or code in (1, 2, 131000):
        return SendResult(SendOutcome.TRANSIENT, error=f"{code} {e.message}"[:200])
    return SendResult(SendOutcome.PERMANENT, error=f"{code} {e.message}"[:200])
