"""A fake WhatsApp Cloud API (Graph API ``/messages``) for end-to-end tests, on 127.0.0.1.

It checks what Meta checks (bearer token, message shapes, the limits of reply
buttons and list messages, known template names) and plays the 24-hour window:
free-form messages to a user who has not written within it are refused with
error 131047, as the real API does. Runs in a background thread.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections import deque

from aiohttp import web

from fakes.threaded import AppServer
from support import poll_until


class GraphFault(Exception):
    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class FakeGraph:
    def __init__(self, token: str = "WA-TEST-TOKEN", phone_number_id: str = "109876543210",
                 templates: tuple[str, ...] = ("pengingat_netralitas",), per_second: float | None = None) -> None:
        self.token, self.phone_number_id, self.templates = token, phone_number_id, set(templates)
        self.per_second = per_second
        self.window: dict[str, float] = {}  # wa_id -> when the user last wrote
        self.sent: list[dict] = []
        self.calls: list[tuple[float, int, dict]] = []
        self.faults: deque = deque()
        self.media: dict[str, bytes] = {}
        self.media_downloads = 0
        self.delay = 0.0
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._recent: deque = deque()

    # --- lifecycle --------------------------------------------------------------------

    def start(self) -> FakeGraph:
        def build() -> web.Application:
            app = web.Application()
            app.router.add_post("/{version}/{phone}/messages", self._messages)
            app.router.add_get("/{version}/{media_id}", self._media_info)
            app.router.add_get("/media/{media_id}", self._media)
            return app

        self._server = AppServer(build, "fake-graph")
        self.port = self._server.port
        self.base_url = f"http://127.0.0.1:{self.port}/v25.0"
        return self

    def stop(self) -> None:
        self._server.stop()

    # --- test controls ----------------------------------------------------------------

    def user_wrote(self, wa_id: str, at: float | None = None) -> None:
        """Open (or age) a user's 24-hour customer-service window."""
        self.window[wa_id] = time.time() if at is None else at

    def add_media(self, content: bytes) -> str:
        media_id = f"{next(self._ids) + 900000}"
        self.media[media_id] = content
        return media_id

    def fail_next(self, status: int, code: int, message: str) -> None:
        self.faults.append(GraphFault(status, code, message))

    def to(self, wa_id: str) -> list[dict]:
        with self._lock:
            return [m for m in self.sent if m["to"] == wa_id]

    def wait_for(self, predicate, timeout: float = 10.0):
        return poll_until(lambda: predicate(self), timeout, lambda: f"last sent: {self.sent[-5:]}")

    def wait_to(self, wa_id: str, n: int = 1, timeout: float = 10.0) -> list[dict]:
        return self.wait_for(lambda f: (lambda m: m if len(m) >= n else None)(f.to(wa_id)), timeout)

    # --- the API ----------------------------------------------------------------------

    async def _media_info(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"error": {"code": 190, "message": "Invalid OAuth access token"}}, status=401)
        media_id = request.match_info["media_id"]
        if media_id not in self.media:
            return web.json_response({"error": {"code": 100, "message": "Unknown media"}}, status=404)
        return web.json_response({"url": f"http://127.0.0.1:{self.port}/media/{media_id}",
                                  "file_size": len(self.media[media_id]), "id": media_id,
                                  "mime_type": "application/octet-stream", "messaging_product": "whatsapp"})

    async def _media(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.Response(status=401)
        self.media_downloads += 1
        return web.Response(body=self.media[request.match_info["media_id"]])

    async def _messages(self, request: web.Request) -> web.Response:
        body = await request.json()
        if self.delay:
            await asyncio.sleep(self.delay)  # a slow Graph API
        try:
            if request.headers.get("Authorization") != f"Bearer {self.token}":
                raise GraphFault(401, 190, "Invalid OAuth access token")
            if request.match_info["phone"] != self.phone_number_id:
                raise GraphFault(400, 100, "Unsupported post request: unknown phone number id")
            if self.faults:
                raise self.faults.popleft()
            self._rate()
            self._check(body)
        except GraphFault as f:
            with self._lock:
                self.calls.append((time.monotonic(), f.status, body))
            return web.json_response({"error": {"message": f.message, "type": "OAuthException", "code": f.code,
                                                "fbtrace_id": "fake"}}, status=f.status)
        wamid = f"wamid.FAKE{next(self._ids):06d}"
        with self._lock:
            self.calls.append((time.monotonic(), 200, body))
            self.sent.append({**body, "id": wamid})
        return web.json_response({"messaging_product": "whatsapp", "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                                  "messages": [{"id": wamid}]})

    def _rate(self) -> None:
        if not self.per_second:
            return
        now = time.monotonic()
        with self._lock:
            while self._recent and now - self._recent[0] >= 1.0:
                self._recent.popleft()
            if len(self._recent) >= self.per_second:
                raise GraphFault(429, 130429, "Rate limit hit")
            self._recent.append(now)

    def _check(self, m: dict) -> None:
        def bad(message: str):
            raise GraphFault(400, 100, f"Invalid parameter: {message}")

        if m.get("messaging_product") != "whatsapp" or not str(m.get("to", "")).isdigit():
            bad("messaging_product/to")
        kind = m.get("type")
        if kind == "template":
            t = m.get("template") or {}
            if t.get("name") not in self.templates:
                raise GraphFault(404, 132001, "Template name does not exist in the translation")
            for comp in t.get("components") or []:
                for p in comp.get("parameters") or []:
                    if "\n" in p.get("text", "") or len(p.get("text", "")) > 1024:
                        raise GraphFault(400, 132018, "There was an issue with the parameters in your template")
            return
        if time.time() - self.window.get(m["to"], 0) > 24 * 3600:
            raise GraphFault(400, 131047, "Re-engagement message: more than 24 hours have passed")
        if kind == "text":
            text = (m.get("text") or {}).get("body") or ""
            if not 1 <= len(text) <= 4096:
                bad("text.body length")
        elif kind == "interactive":
            i = m.get("interactive") or {}
            body = (i.get("body") or {}).get("text") or ""
            if not 1 <= len(body) <= 1024:
                bad("interactive.body length")
            action = i.get("action") or {}
            if i.get("type") == "button":
                buttons = action.get("buttons") or []
                titles = [b["reply"]["title"] for b in buttons]
                if not 1 <= len(buttons) <= 3 or any(not 1 <= len(t) <= 20 for t in titles) or len(set(titles)) < len(titles):
                    bad("buttons")
                if any(len(b["reply"]["id"]) > 256 for b in buttons):
                    bad("button id")
            elif i.get("type") == "list":
                rows = [r for s in action.get("sections") or [] for r in s.get("rows") or []]
                if not 1 <= len(rows) <= 10 or not 1 <= len(action.get("button", "")) <= 20:
                    bad("list rows/button")
                for r in rows:
                    if not 1 <= len(r["title"]) <= 24 or len(r.get("description", "")) > 72 or len(r["id"]) > 200:
                        bad("list row")
            else:
                bad("interactive.type")
        else:
            bad("type")
