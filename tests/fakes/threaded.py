"""Run asyncio things in a background thread with their own event loop, so that
synchronous tests can drive servers and bots over real HTTP."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from aiohttp import web

T = TypeVar("T")


class LoopThread:
    """An event loop running forever in a daemon thread."""

    def __init__(self, name: str) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name=name, daemon=True)
        self.thread.start()

    def run(self, coro: Awaitable[T], timeout: float = 20.0) -> T:
        """Run a coroutine in the loop and wait for its result (its exception is raised here)."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self, timeout: float = 20.0) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout)
        self.loop.close()


@contextmanager
def in_background(start: Callable[[], Awaitable[T]], stop: Callable[[T], Awaitable[None]], name: str) -> Iterator[T]:
    """``start()`` in a background loop, yield what it returned, then ``stop(it)`` there."""
    lt = LoopThread(name)
    try:
        value = lt.run(start())
        try:
            yield value
        finally:
            lt.run(stop(value))
    finally:
        lt.close()


class AppServer:
    """An aiohttp application served on 127.0.0.1 (a free port) from a background loop."""

    def __init__(self, build: Callable[[], web.Application], name: str) -> None:
        self.lt = LoopThread(name)

        async def serve() -> int:
            self._runner = web.AppRunner(build(), access_log=None)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            return site._server.sockets[0].getsockname()[1]

        self.port = self.lt.run(serve())

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self.lt.loop

    def stop(self) -> None:
        self.lt.run(self._runner.cleanup())
        self.lt.close()
