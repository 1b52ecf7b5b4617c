"""Logging: one renderer for structlog and stdlib, secrets redacted everywhere."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
import structlog

from bot.logging import REDACTED, configure_logging
from config.settings import Settings

TOKEN = "424242:AAE-made_up_token_for_tests"  # noqa: S105 - made up
HOOK_SECRET = "hook_secret_1"  # noqa: S105 - made up


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    structlog.reset_defaults()
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.usefixtures("restore_logging")
def test_json_lines_with_context_and_the_token_redacted_from_every_logger() -> None:
    """structlog and stdlib lines are JSON; the token is replaced, even inside a URL."""
    stream = io.StringIO()
    settings = Settings(
        _env_file=None, telegram_token=TOKEN, log_format="json", webhook_secret=HOOK_SECRET
    )
    configure_logging(settings, stream=stream)
    structlog.contextvars.bind_contextvars(chat_id=7)
    try:
        structlog.get_logger().info("sent", url=f"https://api.telegram.org/bot{TOKEN}/getMe")
        logging.getLogger("telegram.ext").warning("calling %s", f"/bot{TOKEN}/x {HOOK_SECRET}")
        logging.getLogger("httpx").info("HTTP Request: POST /bot%s/getUpdates", TOKEN)
    finally:
        structlog.contextvars.clear_contextvars()
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [(e["event"], e["level"], e["chat_id"]) for e in lines] == [
        ("sent", "info", 7),
        (f"calling /bot{REDACTED}/x {REDACTED}", "warning", 7),
    ]
    assert lines[0]["url"] == f"https://api.telegram.org/bot{REDACTED}/getMe"
    assert TOKEN not in stream.getvalue()


@pytest.mark.usefixtures("restore_logging")
def test_console_format_is_readable_text() -> None:
    """LOG_FORMAT=console renders key=value lines, not JSON."""
    stream = io.StringIO()
    configure_logging(Settings(_env_file=None, log_format="console"), stream=stream)
    structlog.get_logger().info("catalog_loaded", briefs=3)
    line = stream.getvalue().strip()
    assert "catalog_loaded" in line
    assert "briefs=3" in line
    assert not line.startswith("{")
