"""Webhook mode end to end: the fake Bot API posts updates to our aiohttp server."""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path

import aiohttp
import structlog

from bot.app import build_application, serve_webhook
from bot.logging import REDACTED, configure_logging
from bot.web import SECRET_HEADER
from tests.fakes import FakeBotApi
from tests.service_harness import assert_all_valid, free_port, make_settings

SECRET = "webhook_Secret-42"  # noqa: S105 - made up for the test


async def test_webhook_mode_handles_updates_with_the_secret_and_refuses_others(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """set_webhook carries our secret; updates with it are answered, requests without get 403."""
    port = free_port()
    settings = make_settings(
        bot_api,
        tmp_path,
        webhook_url=f"http://127.0.0.1:{port}/telegram/hook",
        webhook_secret=SECRET,
        webhook_listen="127.0.0.1",
        webhook_port=port,
        health_port=port,  # one server for the webhook, /healthz and /metrics
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve_webhook(build_application(settings), stop=stop))
    try:
        await bot_api.wait_for(lambda a: bool(a.webhook["url"]))
        assert bot_api.webhook == {
            "url": f"http://127.0.0.1:{port}/telegram/hook",
            "secret_token": SECRET,
        }
        bot_api.push_update(bot_api.message("/help"))
        await bot_api.wait_for(lambda a: len(a.sent()) == 1)
        assert str(bot_api.sent()[0]["text"]).startswith("<b>briefbot</b>")

        base = f"http://127.0.0.1:{port}"
        update = bot_api.message("/help")
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{base}/telegram/hook", json=update) as response:
                assert response.status == 403
            wrong = {SECRET_HEADER: "guess"}
            async with http.post(f"{base}/telegram/hook", json=update, headers=wrong) as response:
                assert response.status == 403
            async with http.get(f"{base}/healthz") as response:
                assert response.status == 200
            async with http.get(f"{base}/metrics") as response:
                assert 'command="help",outcome="ok"} 1' in await response.text()
        assert len(bot_api.sent()) == 1
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
    assert_all_valid(bot_api)


async def test_a_webhook_secret_made_up_at_start_is_never_logged(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    """Without WEBHOOK_SECRET a secret token is made up (setWebhook's secret_token, sent back
    in X-Telegram-Bot-Api-Secret-Token); PTB logs setWebhook's parameters at DEBUG, and the
    made-up secret is redacted there like a configured one."""
    port = free_port()
    settings = make_settings(
        bot_api,
        tmp_path,
        webhook_url=f"http://127.0.0.1:{port}/hook",
        webhook_listen="127.0.0.1",
        webhook_port=port,
        health_port=port,
        log_level="DEBUG",
        log_format="json",
    )
    stream = io.StringIO()
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    configure_logging(settings, stream=stream)
    stop = asyncio.Event()
    task = asyncio.create_task(serve_webhook(build_application(settings), stop=stop))
    try:
        await bot_api.wait_for(lambda a: bool(a.webhook["url"]))
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
        structlog.reset_defaults()
        root.handlers[:], level = saved
        root.setLevel(level)
    secret = bot_api.webhook["secret_token"]
    logged = stream.getvalue()
    assert ("setWebhook" in logged, REDACTED in logged, secret in logged) == (True, True, False)
