"""Keeps the chat message that confirmed a broadcast up to date with its progress
(one edited message, not a stream of new ones), every few seconds until done."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

import sqlite_utils

from netralbot.handlers.hr import progress_text
from netralbot.scheduler import outbox

log = logging.getLogger(__name__)

# (chat_id, message_id, text) -> None; one per channel
Editor = Callable[[str, str, str], Awaitable[None]]


class ProgressNotifier:
    def __init__(self, db: sqlite_utils.Database, editors: dict[str, Editor], every: float = 3.0,
                 rate_limit: float | None = None) -> None:
        self.db, self.editors, self.every, self.rate_limit = db, editors, every, rate_limit
        self._task: asyncio.Task | None = None
        self._stop = asyncio.Event()

    async def tick(self) -> int:
        """Edit every tracked message whose text changed; returns how many were edited."""
        edited = 0
        for bid, channel, chat, message, shown in outbox.to_notify(self.db):
            p = outbox.progress(self.db, bid, rate_limit=self.rate_limit)
            editor = self.editors.get(channel)
            if p is None or editor is None:
                continue
            text = progress_text(p)
            final = p.state in ("done", "cancelled")
            if text != shown:
                try:
                    await editor(chat, message, text)
                    edited += 1
                except Exception as e:  # noqa: BLE001 - a deleted message must not stop the loop
                    log.info("progress: could not edit a progress message (%s)", type(e).__name__)
                    final = True
            outbox.notified(self.db, bid, text, final)
        return edited

    async def _run(self) -> None:
        while not self._stop.is_set():
            await self.tick()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self.every)

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="netralbot-progress")

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task
