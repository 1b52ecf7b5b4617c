"""`briefbot ask`, `briefbot chat` and `briefbot run`.

`ask` and `chat` route messages through the same Application and handlers as the Telegram
service, with an offline Bot API that answers locally (no token, no network). They keep state
in DATA_DIR like the service, as chat 1: a brief selected in `briefbot chat` stays selected.

Exit status: 0 on success, 2 for a bad setting or a missing token, 1 for a store that cannot
be used (unreachable, damaged, or from a newer briefbot).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import re
import secrets
import sys
from typing import TextIO

from pydantic import SecretStr

from bot.errors import BriefbotError
from bot.logging import configure_logging
from config.settings import Settings, SettingsError, load_settings

# One line, like every other setting's error: the setting, why, and what to do.
MISSING_CREDENTIAL_HELP = (
    "briefbot: BRIEFBOT_TELEGRAM_TOKEN: not set; `briefbot run` needs a bot token from "
    "@BotFather (export BRIEFBOT_TELEGRAM_TOKEN=123456:ABC... or put it in .env); to try "
    "the bot without Telegram, run: briefbot chat"
)
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def html_to_text(text: str) -> str:
    """Turn Telegram HTML into plain text: tags dropped, links kept as `text (url)`."""
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", text)
    return html.unescape(_TAG.sub("", text))


def _settings(quiet: bool) -> Settings | None:
    try:
        settings = load_settings()
    except SettingsError as error:
        # One line naming the setting; exit 2 (a usage error), no traceback.
        print(f"briefbot: {error}", file=sys.stderr)
        return None
    if quiet and settings.log_level == "INFO":
        # ask/chat print answers on stdout; keep routine log lines out of the way.
        settings = settings.model_copy(update={"log_level": "WARNING"})
    if not quiet and settings.webhook_url and settings.webhook_secret is None:
        # Webhook mode always checks a secret: make one now, so the log redactor knows it.
        secret = SecretStr(secrets.token_urlsafe(32))
        settings = settings.model_copy(update={"webhook_secret": secret})
    configure_logging(settings)
    return settings


def _print_sent(sent: list[object], *, as_html: bool, out: TextIO) -> None:
    from bot.app import Sent  # imported here: `briefbot --help` should not import telegram

    for item in sent:
        assert isinstance(item, Sent)  # noqa: S101
        out.write((item.text if as_html else html_to_text(item.text)) + "\n")
        for row in item.buttons:
            out.write("  ".join(f"[{label}]" for label, _ in row) + "\n")
        out.write("\n")


async def _ask(settings: Settings, message: str, *, as_html: bool, out: TextIO) -> int:
    from bot.app import OfflineSession

    async with OfflineSession(settings) as session:
        _print_sent(list(await session.send(message)), as_html=as_html, out=out)
    return 0


def _failed(error: BriefbotError) -> int:
    """Say in one line why the bot could not start; exit 2 for a setting, 1 otherwise."""
    print(f"briefbot: {error}", file=sys.stderr)
    return 2 if isinstance(error, SettingsError) else 1


def ask(args: argparse.Namespace) -> int:
    """Print the answer the bot would send to one message."""
    settings = _settings(quiet=True)
    if settings is None:
        return 2
    try:
        return asyncio.run(_ask(settings, args.message, as_html=args.html, out=sys.stdout))
    except BriefbotError as error:
        return _failed(error)


CHAT_HELP = (
    "Type a command such as /figures or /briefs. A number alone presses that button of the "
    "last answer. Ctrl-D or /quit ends."
)


async def _chat(settings: Settings, *, as_html: bool, inp: TextIO, out: TextIO) -> int:
    from bot.app import OfflineSession

    out.write(CHAT_HELP + "\n\n")
    async with OfflineSession(settings) as session:
        buttons: list[tuple[str, str]] = []
        while True:
            out.write("> ")
            out.flush()
            line = await asyncio.to_thread(inp.readline)
            if not line or line.strip() in {"/quit", "/exit"}:
                break
            text = line.strip()
            if not text:
                continue
            if text.isdigit() and 1 <= int(text) <= len(buttons):
                sent = await session.press(buttons[int(text) - 1][1])
            else:
                sent = await session.send(text)
            _print_sent(list(sent), as_html=as_html, out=out)
            pressed = [b for s in sent for row in s.buttons for b in row]
            if pressed:
                buttons = pressed
                numbered = ", ".join(f"{i}={label}" for i, (label, _) in enumerate(buttons, 1))
                out.write(f"(buttons: {numbered})\n")
    return 0


def chat(args: argparse.Namespace) -> int:
    """An interactive console routed through the bot's handlers."""
    settings = _settings(quiet=True)
    if settings is None:
        return 2
    try:
        return asyncio.run(_chat(settings, as_html=args.html, inp=sys.stdin, out=sys.stdout))
    except BriefbotError as error:
        return _failed(error)


def run(args: argparse.Namespace) -> int:
    """Serve Telegram until SIGTERM/SIGINT."""
    settings = _settings(quiet=False)
    if settings is None:
        return 2
    if settings.telegram_token is None:
        print(MISSING_CREDENTIAL_HELP, file=sys.stderr)
        return 2
    from bot.app import serve
    from bot.store import serving_lock

    with contextlib.ExitStack() as stack:
        try:
            if settings.database_url is None:
                # A SQLite store in DATA_DIR is served by one process at a time; a
                # DATABASE_URL server is the operator's to share (see the README).
                stack.enter_context(serving_lock(settings.data_dir))
        except OSError as error:
            # The lock file cannot be made: a DATA_DIR that is read-only or under a file.
            reason = error.strerror or str(error)
            print(f"briefbot: BRIEFBOT_DATA_DIR: cannot use {settings.data_dir}: {reason}",
                  file=sys.stderr)  # fmt: skip
            return 2
        except BriefbotError as error:
            return _failed(error)
        try:
            serve(settings)
        except BriefbotError as error:
            # A store or data folder that cannot be used (start-up has closed what it opened).
            return _failed(error)
    return 0
