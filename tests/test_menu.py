"""The command menu and /help list the same commands, digests included."""

from __future__ import annotations

import re

import handlers
from handlers.menu import MENU
from handlers.start import help_text
from tests.telegram_html import check_telegram_html


def test_help_lists_every_menu_command_in_menu_order() -> None:
    """/help names each command of the menu, in the menu's order, one per line."""
    listed = re.findall(r"^/(\w+)", help_text(), flags=re.MULTILINE)
    assert listed == [command.command for command in handlers.bot_commands()]


def test_help_and_menu_include_the_digest_commands() -> None:
    """The digest commands are in both the menu and /help."""
    digest = ["subscribe", "unsubscribe", "digest", "settings"]
    menu_names = [command.command for command in handlers.bot_commands()]
    assert [name for name in menu_names if name in digest] == digest
    for name in digest:
        assert re.search(rf"^/{name}\b", help_text(), flags=re.MULTILINE)


def test_menu_commands_are_registered_and_valid_for_telegram() -> None:
    """Every menu command has a handler, a valid name and a 1-256 character description."""
    registered = set(handlers.command_names())
    for command in MENU:
        assert command.name in registered
        assert re.fullmatch(r"[a-z0-9_]{1,32}", command.name)
        assert 1 <= len(command.what) <= 256


def test_help_is_valid_telegram_html_with_usage_shown() -> None:
    """/help is valid Telegram HTML and shows how to call /search and /subscribe."""
    text = help_text()
    check_telegram_html(text)
    assert "/search WORDS — " in text
    assert "/subscribe [HH:MM] [daily|weekdays|weekly DAY] [time zone] — " in text
