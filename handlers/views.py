"""Commands about one brief: /meeting, /figures, /topics, /quotes, /people, /brief, /latest."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update

from bot.answers import VIEWS, answer_for, render_view
from bot.catalog import Entry
from handlers.common import Context, chat_id_of, current_brief, reply_html

__all__ = ["VIEWS", "answer_for", "latest", "make_view_handler", "view_html"]


def view_html(context: Context, view: str, entry: Entry) -> list[str]:
    """The rendered answer of one view of a brief, computed once per brief (memoised)."""
    number, brief = entry
    generation = context.bot_data.catalog.generation
    return context.bot_data.answers.get(
        view, number, generation, lambda: render_view(view, brief, number)
    )


def make_view_handler(view: str) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    async def show(update: Update, context: Context) -> None:
        entry = await current_brief(update, context)
        if view == "brief" and context.args:
            # Naming a brief in /brief also selects it for the chat's later commands.
            await context.bot_data.selections.set(chat_id_of(update), entry.brief.id)
        await reply_html(update, view_html(context, view, entry))

    show.__name__ = f"show_{view}"
    show.__doc__ = f"Answer /{view}: {VIEWS[view][1]}."
    return show


async def latest(update: Update, context: Context) -> None:
    """Answer /latest: follow the newest brief again and show its overview."""
    entry = context.bot_data.catalog.newest()
    await context.bot_data.selections.set(chat_id_of(update), None)
    await reply_html(update, view_html(context, "brief", entry))
