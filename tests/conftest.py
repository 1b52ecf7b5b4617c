"""Shared pytest fixtures. Keep each fixture self-contained: several people add here."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.fakes import FakeBotApi


# --- fake Telegram Bot API (tests/fakes.py) ----------------------------------------------------
@pytest.fixture
async def bot_api(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeBotApi]:
    """A fake Bot API server on 127.0.0.1 (`bot_api.url` is TELEGRAM_API_URL), closed after."""
    # PTB 22 warns (an error under filterwarnings=error) when RetryAfter.retry_after and other
    # time periods are read as ints; opt in to the timedelta values of the next major version.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    async with FakeBotApi() as api:
        yield api
