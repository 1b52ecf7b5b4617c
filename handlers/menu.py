"""The commands users see, in one list: Telegram's command menu and /help are both built here."""

from __future__ import annotations

import html
from typing import NamedTuple

from bot.answers import VIEWS


class MenuCommand(NamedTuple):
    """A command as users see it: its name, its arguments in /help, and what it does."""

    name: str
    what: str  # one line, for the command menu (at most 256 characters) and /help
    usage: str = ""  # the arguments /help shows after the name, e.g. "WORDS"


# In the order of the menu and of /help. /reload and /stats stay out: they are for admins.
MENU: tuple[MenuCommand, ...] = (
    *(MenuCommand(name, what) for name, (_, what) in VIEWS.items()),
    MenuCommand("briefs", "list the briefs; a button selects one for this chat"),
    MenuCommand("latest", "go back to the newest brief"),
    MenuCommand("search", "find briefs by words, people, countries or topics", "WORDS"),
    MenuCommand(
        "subscribe",
        "a digest of new briefs at the time you choose",
        "[HH:MM] [daily|weekdays|weekly DAY] [time zone]",
    ),
    MenuCommand("unsubscribe", "stop this chat's digest"),
    MenuCommand("digest", "this chat's digest now"),
    MenuCommand("settings", "the digest's time, cadence and pause, with buttons"),
    MenuCommand("help", "what I can do"),
)


def help_lines() -> list[str]:
    """One Telegram-HTML line per menu command: `/name USAGE — what it does`."""
    lines = []
    for command in MENU:
        usage = f" {html.escape(command.usage, quote=False)}" if command.usage else ""
        lines.append(f"/{command.name}{usage} — {html.escape(command.what, quote=False)}")
    return lines
