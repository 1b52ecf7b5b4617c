"""Run the real Application in polling mode against the fake Bot API, for end-to-end tests."""

from __future__ import annotations

import shutil
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import handlers
from bot.app import App, build_application, post_init, post_shutdown
from config.settings import Settings
from tests.fakes import FakeBotApi
from tests.telegram_html import check_telegram_html

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REALISTIC = Path(__file__).resolve().parent / "data" / "realistic"


def briefs_folder(tmp_path: Path) -> Path:
    """A folder with the seed and the realistic test briefs (several briefs to number)."""
    folder = tmp_path / "briefs"
    folder.mkdir()
    for source in [*SEEDS.glob("*.txt"), *REALISTIC.glob("*.txt")]:
        shutil.copy(source, folder / source.name)
    return folder


def make_settings(api: FakeBotApi, tmp_path: Path, **overrides: Any) -> Settings:
    """Settings for a test service: the fake API, temporary state, a free health port."""
    values: dict[str, Any] = {
        "telegram_token": api.token,
        "telegram_api_url": api.url,
        "data_dir": tmp_path / "data",
        "health_listen": "127.0.0.1",
        "health_port": 0,
        "user_rate": "1000/60",
        "log_format": "json",
    }
    values.update(overrides)
    if "briefs_dir" not in values:
        values["briefs_dir"] = briefs_folder(tmp_path)
    return Settings(_env_file=None, **values)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@asynccontextmanager
async def polling(settings: Settings) -> AsyncIterator[App]:
    """Start the Application with long polling (as run_polling does), stop it after."""
    app = build_application(settings)
    await app.initialize()
    await post_init(app)
    assert app.updater is not None
    # The same update types as production asks for (bot.app.serve).
    await app.updater.start_polling(
        poll_interval=0.0, timeout=1, allowed_updates=handlers.allowed_updates()
    )
    await app.start()
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await post_shutdown(app)


def assert_all_valid(api: FakeBotApi) -> None:
    """No call was refused, and every text sent is valid Telegram HTML (sent as HTML) within
    4096 characters."""
    # A long poll abandoned at shutdown ends in 409 on the server side, as in Telegram.
    refused = [
        (c.method, c.status, c.result)
        for c in api.calls
        if c.status != 200 and c.method != "getUpdates"
    ]
    assert refused == [], refused
    for call in api.calls:
        if call.method in {"sendMessage", "editMessageText"}:
            assert call.params.get("parse_mode") == "HTML", call.params
            check_telegram_html(call.params["text"])


async def say(
    api: FakeBotApi, text: str, *, expect: int = 1, chat_id: int = 1001, **kwargs: Any
) -> list[dict[str, Any]]:
    """Send `text` as a user; wait for `expect` new messages to the chat and return them."""
    before = len(api.sent(chat_id=chat_id))
    api.push_update(api.message(text, chat_id=chat_id, **kwargs))
    await api.wait_for(lambda a: len(a.sent(chat_id=chat_id)) >= before + expect)
    return api.sent(chat_id=chat_id)[before:]
