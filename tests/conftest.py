"""Shared pytest fixtures. Keep each fixture self-contained: several people add here."""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

if os.environ.get("BRIEFBOT_TEST_INSTALLED"):
    # The suite run against an installed build (the mypyc-compiled one, as .ci/run does): pytest
    # puts the repository root on sys.path for the `tests` package, where the source tree's
    # bot/, handlers/ and config/ would shadow the installed ones. Import those first, without
    # the root on the path; every later import then finds them in sys.modules.
    _ROOT = Path(__file__).resolve().parents[1]
    _saved = sys.path[:]
    sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != _ROOT]
    import bot.parser  # noqa: F401
    import config  # noqa: F401
    import handlers  # noqa: F401

    sys.path[:] = _saved

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
