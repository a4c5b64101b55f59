"""Run `netralbot run`'s :class:`~bot.run.Runtime` in a background thread: every
configured channel, the shared HTTP server (on a free port) and the background
services, exactly as the command does, for synchronous tests."""

from __future__ import annotations

from contextlib import contextmanager

from netralbot.bot.run import Runtime
from netralbot.knowledge.engine import KnowledgeBase

from fakes.threaded import in_background


@contextmanager
def running_runtime(settings, db_path, **kwargs):
    async def start() -> Runtime:
        runtime = Runtime(settings, KnowledgeBase.open(db_path), **kwargs)
        await runtime.start()
        return runtime

    async def stop(runtime: Runtime) -> None:
        await runtime.stop()

    with in_background(start, stop, "netralbot-runtime") as runtime:
        yield runtime
