"""Commands about one brief: /meeting, /figures, /topics, /quotes, /people, /brief, /latest."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update

from bot.answers import VIEWS, answer_for, render_view
from bot.catalog import Entry
from handlers.common import Context, chat_id_of, current_number, reply_html

__all__ = ["VIEWS", "answer_for", "latest", "make_view_handler", "view_html"]


def view_html(context: Context, view: str, entry: Entry | int) -> list[str]:
    """The rendered answer of one view of a brief (memoised, usually rendered ahead of time;
    the brief is built only when its answer has to be rendered now)."""
    catalog = context.bot_data.catalog
    number = entry if isinstance(entry, int) else entry.number
    return context.bot_data.answers.get(
        view,
        number,
        catalog.generation,
        lambda: render_view(view, catalog.get(number).brief, number),
    )


def make_view_handler(view: str) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    async def show(update: Update, context: Context) -> None:
        number = await current_number(update, context)
        if view == "brief" and context.args:
            # Naming a brief in /brief also selects it for the chat's later commands.
            brief_id = context.bot_data.catalog.id_of(number)
            await context.bot_data.selections.set(chat_id_of(update), brief_id)
        await reply_html(update, view_html(context, view, number))

    show.__name__ = f"show_{view}"
    show.__doc__ = f"Answer /{view}: {VIEWS[view][1]}."
    return show


async def latest(update: Update, context: Context) -> None:
    """Answer /latest: follow the newest brief again and show its overview."""
    number = context.bot_data.catalog.newest_number()
    await context.bot_data.selections.set(chat_id_of(update), None)
    await reply_html(update, view_html(context, "brief", number))
