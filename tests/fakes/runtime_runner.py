"""Run `netralbot run`'s :class:`~bot.run.Runtime` in a background thread: every
configured channel, the shared HTTP server (on a free port) and the background
services, exactly as the command does, for synchronous tests."""

from __future__ import annotations

import asyncio
import threading
from contextlib import contextmanager

from bot.run import Runtime
from knowledge.engine import KnowledgeBase


@contextmanager
def running_runtime(settings, db_path, **kwargs):
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    holder: dict = {}
    errors: list[BaseException] = []

    async def main():
        holder["stop"] = asyncio.Event()
        runtime = Runtime(settings, KnowledgeBase.open(db_path), **kwargs)
        holder["runtime"] = runtime
        await runtime.start()
        ready.set()
        await holder["stop"].wait()
        await runtime.stop()

    def target():
        try:
            loop.run_until_complete(main())
        except BaseException as e:  # surfaced to the test
            errors.append(e)
            ready.set()
        finally:
            loop.close()

    thread = threading.Thread(target=target, name="netralbot-runtime", daemon=True)
    thread.start()
    ready.wait(20)
    if errors:
        raise errors[0]
    try:
        yield holder["runtime"]
    finally:
        loop.call_soon_threadsafe(holder["stop"].set)
        thread.join(20)
        if errors:
            raise errors[0]
