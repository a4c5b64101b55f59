"""The fake Bot API server enforces what later broadcast tests rely on."""

import asyncio

import pytest
from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter

from netralbot.bot.telegram_sender import retry_seconds

from fakes.fake_telegram import FakeTelegram


def test_rate_limits_blocked_and_missing_chats():
    with FakeTelegram(per_chat_per_second=1, group_per_minute=2, retry_after=3) as fake:
        fake.blocked.add(7)
        fake.missing.add(8)

        async def scenario():
            async with Bot(fake.token, base_url=fake.base_url) as bot:
                await bot.send_message(5, "satu")
                with pytest.raises(RetryAfter) as e:
                    await bot.send_message(5, "dua")  # second message to one chat within 1 s
                assert retry_seconds(e.value) == 3
                await bot.send_message(-100, "a")
                await bot.send_message(-100, "b")
                with pytest.raises(RetryAfter):
                    await bot.send_message(-100, "c")  # third to a group within a minute
                with pytest.raises(Forbidden):
                    await bot.send_message(7, "x")
                with pytest.raises(BadRequest, match="(?i)chat not found"):
                    await bot.send_message(8, "x")
                with pytest.raises(BadRequest, match="(?i)too long"):
                    await bot.send_message(9, "x" * 4097)
                with pytest.raises(BadRequest, match="(?i)parse entities"):
                    await bot.send_message(9, "<b>unclosed", parse_mode="HTML")

        asyncio.run(scenario())
        assert [m["text"] for m in fake.sent()] == ["satu", "a", "b"]
        assert fake.stats["rejected_429"] == 2
