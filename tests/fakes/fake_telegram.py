"""A fake Telegram Bot API server for end-to-end tests, on 127.0.0.1.

It speaks the real protocol (``/bot{token}/{method}``, JSON/form/multipart in,
``{"ok": ..., "result": ...}`` out), validates what Telegram validates (4,096
characters, HTML tags, 64-byte callback data), enforces optional rate limits with
429 + ``retry_after``, and can play a blocked user or a missing chat. It runs in a
background thread with its own event loop, so synchronous tests, asyncio code and
a bot in another process can all use it.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass

from aiohttp import web

from fakes.threaded import AppServer
from support import poll_until

_ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                 "span", "tg-spoiler", "blockquote", "tg-emoji"}
_TAG = re.compile(r"<(/?)([a-zA-Z-]+)([^>]*)>")
_SENDING = {"sendMessage", "sendDocument", "editMessageText", "sendPoll"}
_JSON_FIELDS = {"reply_markup", "entities", "commands", "allowed_updates", "scope", "reply_parameters",
                "link_preview_options", "options", "correct_option_ids", "explanation_entities", "question_entities"}


@dataclass
class Call:
    method: str
    params: dict
    at: float
    status: int


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def visible_length(text: str, parse_mode: str | None) -> int:
    """Length Telegram counts: for HTML, without tags and with entities decoded."""
    if parse_mode and parse_mode.upper() == "HTML":
        stack = []
        for m in _TAG.finditer(text):
            closing, name = m.group(1), m.group(2).lower()
            if name not in _ALLOWED_TAGS:
                raise ApiError(400, f"Bad Request: can't parse entities: Unsupported start tag \"{name}\"")
            if closing:
                if not stack or stack[-1] != name:
                    raise ApiError(400, f"Bad Request: can't parse entities: Unmatched end tag \"{name}\"")
                stack.pop()
            else:
                stack.append(name)
        if stack:
            raise ApiError(400, f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1]}\"")
        text = html.unescape(_TAG.sub("", text))
    return len(text)


class FakeTelegram:
    def __init__(self, token: str = "123456:TEST-TOKEN", *, bot_username: str = "netral_test_bot",
                 global_per_second: float | None = None, per_chat_per_second: float | None = None,
                 group_per_minute: int | None = None, retry_after: int = 1) -> None:
        self.token, self.bot_username = token, bot_username
        self.bot_id = int(token.split(":")[0])
        self.global_per_second, self.per_chat_per_second = global_per_second, per_chat_per_second
        self.group_per_minute, self.retry_after_s = group_per_minute, retry_after
        self.blocked: set[int] = set()
        self.missing: set[int] = set()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self.reset()

    # --- lifecycle ---------------------------------------------------------------------

    def start(self) -> FakeTelegram:
        def build() -> web.Application:
            app = web.Application(client_max_size=50 * 1024 * 1024)
            app.router.add_route("*", "/bot{token}/{method}", self._handle)
            app.router.add_get("/file/bot{token}/{path:.*}", self._file)
            self._updates_event = asyncio.Event()  # created in the server's loop
            return app

        self._server = AppServer(build, "fake-telegram")
        self._loop, self.port = self._server.loop, self._server.port
        self.server_url = f"http://127.0.0.1:{self.port}"
        self.base_url = f"{self.server_url}/bot"
        return self

    def stop(self) -> None:
        self._server.stop()

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def reset(self) -> None:
        with self._lock:
            self.calls: list[Call] = []
            self._sent: list[dict] = []
            self._updates: list[dict] = []
            if not hasattr(self, "_update_id"):  # ids keep growing: a polling bot holds an offset
                self._update_id = itertools.count(1)
            self._faults: dict[str, deque] = defaultdict(deque)
            self._messages: dict[tuple[int, int], dict] = {}
            self._windows: dict[object, deque] = defaultdict(deque)
            self._files: dict[str, bytes] = {}
            self.polls: dict[str, dict] = {}  # poll id -> the Poll object as Telegram keeps it
            self.stats: dict = defaultdict(int)

    # --- feeding updates ---------------------------------------------------------------

    def push_update(self, update: dict) -> int:
        with self._lock:
            update = {"update_id": next(self._update_id), **{k: v for k, v in update.items() if k != "update_id"}}
            self._updates.append(update)
        self._loop.call_soon_threadsafe(self._updates_event.set)
        return update["update_id"]

    def _user(self, user_id: int, first_name: str = "Tester") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": first_name}

    def _bot_user(self) -> dict:
        return {"id": self.bot_id, "is_bot": True, "first_name": "NetralBot", "username": self.bot_username}

    def _chat(self, chat_id: int, chat_type: str) -> dict:
        chat = {"id": chat_id, "type": chat_type}
        if chat_type != "private":
            chat["title"] = "Grup Uji"
        return chat

    def push_message(self, text: str, *, chat_id: int = 1001, user_id: int = 1001, chat_type: str = "private",
                     first_name: str = "Tester", reply_to_bot: bool = False, entities: list | None = None,
                     document: dict | None = None) -> int:
        msg = {"message_id": next(self._ids), "date": int(time.time()), "chat": self._chat(chat_id, chat_type),
               "from": self._user(user_id, first_name)}
        if document is not None:
            msg["document"] = document
            if text:
                msg["caption"] = text
        else:
            msg["text"] = text
        if entities is None and text and document is None:
            entities = []
            if text.startswith("/"):
                entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
            for m in re.finditer(r"@\w+", text):
                entities.append({"type": "mention", "offset": m.start(), "length": m.end() - m.start()})
        if entities:
            msg["entities"] = entities
        if reply_to_bot:
            msg["reply_to_message"] = {"message_id": next(self._ids), "date": int(time.time()),
                                       "chat": self._chat(chat_id, chat_type), "from": self._bot_user(),
                                       "text": "jawaban sebelumnya"}
        return self.push_update({"message": msg})

    def push_callback(self, data: str, *, chat_id: int = 1001, user_id: int = 1001, message_id: int | None = None,
                      chat_type: str = "private") -> int:
        with self._lock:
            if message_id is None:
                mine = [m for (c, _), m in self._messages.items() if c == chat_id]
                message_id = mine[-1]["message_id"] if mine else next(self._ids)
            stored = self._messages.get((chat_id, message_id))
        message = {"message_id": message_id, "date": int(time.time()), "chat": self._chat(chat_id, chat_type),
                   "from": self._bot_user(), "text": (stored or {}).get("text", "pesan bot")}
        query = {"id": str(next(self._ids)), "from": self._user(user_id), "chat_instance": str(chat_id),
                 "data": data, "message": message}
        return self.push_update({"callback_query": query})

    def vote(self, poll_id: str, option: int) -> int:
        """Someone answers a poll the bot sent: Telegram counts it and, the poll being the
        bot's own, sends a ``poll`` update with the new totals (anonymous polls name nobody)."""
        with self._lock:
            poll = self.polls[poll_id]
            if poll["is_closed"]:
                raise ValueError("poll is closed")
            poll["options"][option]["voter_count"] += 1
            poll["total_voter_count"] += 1
            update = {"poll": json.loads(json.dumps(poll))}
        return self.push_update(update)

    def add_file(self, content: bytes, file_name: str) -> dict:
        file_id = f"file{next(self._ids)}"
        with self._lock:
            self._files[file_id] = content
        return {"file_id": file_id, "file_unique_id": file_id + "u", "file_name": file_name,
                "file_size": len(content)}

    # --- inspection --------------------------------------------------------------------

    def sent(self, chat_id: int | None = None) -> list[dict]:
        with self._lock:
            return [m for m in self._sent if chat_id is None or m["chat_id"] == chat_id]

    def wait_for(self, predicate, timeout: float = 5.0):
        return poll_until(lambda: predicate(self), timeout, lambda: "last calls: " + str(
            [(c.method, c.status, str(c.params)[:120]) for c in self.calls[-15:]]))

    def wait_sent(self, n: int, chat_id: int | None = None, timeout: float = 5.0) -> list[dict]:
        return self.wait_for(lambda f: (lambda s: s if len(s) >= n else None)(f.sent(chat_id)), timeout)

    def fail_next(self, method: str, error_code: int, description: str, retry_after: int | None = None,
                  times: int = 1) -> None:
        with self._lock:
            for _ in range(times):
                self._faults[method].append((error_code, description, retry_after))

    # --- HTTP --------------------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict:
        params: dict = dict(request.query)
        if request.method == "POST" and request.can_read_body:
            ctype = request.content_type
            if ctype == "application/json":
                params.update(await request.json())
            elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.post()
                for k, v in form.items():
                    params[k] = v.file.read() if hasattr(v, "file") else v
        for k in list(params):
            if k in _JSON_FIELDS and isinstance(params[k], str):
                try:
                    params[k] = json.loads(params[k])
                except ValueError:
                    pass
        for k in ("chat_id", "message_id", "offset", "limit", "timeout"):
            if isinstance(params.get(k), str) and re.fullmatch(r"-?\d+", params[k]):
                params[k] = int(params[k])
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        if request.match_info["token"] != self.token:
            return self._reply(method, params, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return self._reply(method, params, 404, {"ok": False, "error_code": 404, "description": "Not Found"})
        try:
            self._fault(method)
            windows = self._rate_limit(params.get("chat_id")) if method in _SENDING else []
            result = handler(params)
            if asyncio.iscoroutine(result):
                result = await result
            with self._lock:  # only delivered messages count toward the limits
                for key in windows:
                    self._windows[key].append(time.monotonic())
        except ApiError as e:
            body = {"ok": False, "error_code": e.code, "description": e.description}
            if e.retry_after is not None:
                body["parameters"] = {"retry_after": e.retry_after}
                self.stats["rejected_429"] += 1
            return self._reply(method, params, e.code, body)
        self.stats[method] += 1
        return self._reply(method, params, 200, {"ok": True, "result": result})

    def _reply(self, method: str, params: dict, status: int, body: dict) -> web.Response:
        with self._lock:
            self.calls.append(Call(method, params, time.monotonic(), status))
        return web.json_response(body, status=status)

    def _fault(self, method: str) -> None:
        with self._lock:
            fault = self._faults[method].popleft() if self._faults[method] else None
        if fault:
            raise ApiError(*fault)

    def _rate_limit(self, chat_id) -> list:
        """Raise 429 if one more message would exceed a limit; return the windows it counts in."""
        now = time.monotonic()
        checks = []
        if self.global_per_second:
            checks.append(("global", 1.0, self.global_per_second))
        if isinstance(chat_id, int) and chat_id < 0 and self.group_per_minute:
            checks.append((("group", chat_id), 60.0, self.group_per_minute))
        elif self.per_chat_per_second and chat_id is not None:
            checks.append((("chat", chat_id), 1.0, self.per_chat_per_second))
        with self._lock:
            for key, window, limit in checks:
                q = self._windows[key]
                while q and now - q[0] >= window:
                    q.popleft()
                if len(q) >= limit:
                    raise ApiError(429, f"Too Many Requests: retry after {self.retry_after_s}", self.retry_after_s)
        return [key for key, _, _ in checks]

    async def _file(self, request: web.Request) -> web.Response:
        file_id = request.match_info["path"].rsplit("/", 1)[-1]
        content = self._files.get(file_id)
        return web.Response(body=content) if content is not None else web.Response(status=404)

    # --- methods -----------------------------------------------------------------------

    def _m_getMe(self, p):
        return {**self._bot_user(), "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    async def _m_getUpdates(self, p):
        offset, limit, timeout = p.get("offset", 0) or 0, p.get("limit", 100) or 100, p.get("timeout", 0) or 0
        deadline = time.monotonic() + float(timeout)
        while True:
            with self._lock:
                if offset:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                ready = [u for u in self._updates if u["update_id"] >= offset][:limit]
                if not ready:
                    self._updates_event.clear()
            if ready or time.monotonic() >= deadline:
                return ready
            try:
                await asyncio.wait_for(self._updates_event.wait(), max(0.0, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                pass

    def _m_deleteWebhook(self, p):
        return True

    def _m_setWebhook(self, p):
        return True

    def _m_getWebhookInfo(self, p):
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    def _m_setMyCommands(self, p):
        return True

    def _m_deleteMyCommands(self, p):
        return True

    def _m_getMyCommands(self, p):
        return []

    def _check_chat(self, chat_id) -> None:
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.missing:
            raise ApiError(400, "Bad Request: chat not found")

    def _check_markup(self, p) -> None:
        for row in (p.get("reply_markup") or {}).get("inline_keyboard", []):
            for b in row:
                data = b.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    def _message(self, p, **extra) -> dict:
        chat_id = p["chat_id"]
        chat_type = "private" if isinstance(chat_id, int) and chat_id > 0 else "supergroup"
        msg = {"message_id": next(self._ids), "date": int(time.time()), "chat": self._chat(chat_id, chat_type),
               "from": self._bot_user(), **extra}
        return msg

    def _m_sendMessage(self, p):
        chat_id = p.get("chat_id")
        self._check_chat(chat_id)
        text = p.get("text") or ""
        n = visible_length(text, p.get("parse_mode"))
        if n == 0:
            raise ApiError(400, "Bad Request: message text is empty")
        if n > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        self._check_markup(p)
        msg = self._message(p, text=text)
        record = {**p, "message_id": msg["message_id"]}
        with self._lock:
            self._sent.append(record)
            self._messages[(chat_id, msg["message_id"])] = record
        return msg

    def _m_sendPoll(self, p):
        """Bot API sendPoll, with Telegram's limits (question 1-300, 2-12 options of 1-100,
        explanation 0-200 with at most 2 line feeds, a quiz needs exactly one correct option)."""
        self._check_chat(p.get("chat_id"))
        question = p.get("question") or ""
        options = [o["text"] if isinstance(o, dict) else str(o) for o in (p.get("options") or [])]
        if not 1 <= len(question) <= 300:
            raise ApiError(400, "Bad Request: poll question length must not exceed 300")
        if not 2 <= len(options) <= 12 or any(not 1 <= len(o) <= 100 for o in options):
            raise ApiError(400, "Bad Request: POLL_ANSWERS_INVALID")
        kind = p.get("type") or "regular"
        correct = p.get("correct_option_ids")
        if correct is None and p.get("correct_option_id") is not None:
            correct = [int(p["correct_option_id"])]
        if kind == "quiz":
            if not correct or len(correct) != 1 or not 0 <= int(correct[0]) < len(options):
                raise ApiError(400, "Bad Request: wrong correct option ID specified")
        explanation = p.get("explanation") or ""
        if len(explanation) > 200 or explanation.count("\n") > 2:
            raise ApiError(400, "Bad Request: explanation is too long")
        self._check_markup(p)
        anonymous = str(p.get("is_anonymous", True)).lower() not in ("false", "0")
        poll = {"id": f"poll{next(self._ids)}", "question": question,
                "options": [{"persistent_id": str(i), "text": o, "voter_count": 0} for i, o in enumerate(options)],
                "total_voter_count": 0,
                "is_closed": False, "is_anonymous": anonymous, "type": kind, "allows_multiple_answers": False,
                "allows_revoting": False, "members_only": False}  # both required since Bot API 9.6/10.0
        if kind == "quiz":
            poll["correct_option_ids"] = [int(correct[0])]
            if explanation:
                poll["explanation"] = explanation
        msg = self._message(p, poll=poll)
        with self._lock:
            self.polls[poll["id"]] = poll
            self._sent.append({**p, "message_id": msg["message_id"], "text": question, "poll": poll})
        return msg

    def _m_sendDocument(self, p):
        self._check_chat(p.get("chat_id"))
        msg = self._message(p, document={"file_id": "doc", "file_unique_id": "docu"})
        with self._lock:
            self._sent.append({**p, "message_id": msg["message_id"], "text": p.get("caption", "")})
        return msg

    def _m_editMessageText(self, p):
        chat_id, message_id = p.get("chat_id"), p.get("message_id")
        text = p.get("text") or ""
        n = visible_length(text, p.get("parse_mode"))
        if not 1 <= n <= 4096:
            raise ApiError(400, "Bad Request: message is too long" if n else "Bad Request: message text is empty")
        self._check_markup(p)
        with self._lock:
            old = self._messages.get((chat_id, message_id))
            if old is None:
                raise ApiError(400, "Bad Request: message to edit not found")
            if old.get("text") == text and old.get("reply_markup") == p.get("reply_markup"):
                raise ApiError(400, "Bad Request: message is not modified: specified new message content "
                                    "and reply markup are exactly the same")
            old.update(text=text, reply_markup=p.get("reply_markup"))
        return self._message(p, text=text) | {"message_id": message_id, "edit_date": int(time.time())}

    def _m_editMessageReplyMarkup(self, p):
        return self._message(p) | {"message_id": p.get("message_id")}

    def _m_answerCallbackQuery(self, p):
        if len(p.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    def _m_sendChatAction(self, p):
        return True

    def _m_deleteMessage(self, p):
        return True

    def _m_getChat(self, p):
        return {**self._chat(p.get("chat_id"), "private"), "accent_color_id": 0, "max_reaction_count": 11}

    def _m_getFile(self, p):
        fid = p.get("file_id")
        if fid not in self._files:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {"file_id": fid, "file_unique_id": fid + "u", "file_size": len(self._files[fid]),
                "file_path": f"documents/{fid}"}
