"""Commands about one brief: /meeting, /figures, /topics, /quotes, /people, /brief, /latest."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update

from bot import summary
from bot.brief import Brief
from bot.catalog import Entry
from handlers.common import Context, chat_id_of, current_brief, reply_html

AnswerFn = Callable[..., summary.Answer]

# Command name -> the summary function that answers it, and what /help says about it.
VIEWS: dict[str, tuple[AnswerFn, str]] = {
    "meeting": (summary.meeting_answer, "who met whom, when and where"),
    "figures": (summary.figures_answer, "the numbers and what they measure"),
    "topics": (summary.topics_answer, "what was discussed"),
    "quotes": (summary.quotes_answer, "who said what"),
    "people": (summary.people_answer, "the people named, with their titles"),
    "brief": (summary.overview_answer, "an overview of the brief"),
}


def answer_for(view: str, brief: Brief, number: int) -> summary.Answer:
    """Return the summary answer of one view of a brief."""
    answer_fn, _ = VIEWS[view]
    return answer_fn(brief, number=number)


def view_html(context: Context, view: str, entry: Entry) -> list[str]:
    """The rendered answer of one view of a brief, computed once per brief (memoised)."""
    number, brief = entry
    generation = context.bot_data.catalog.generation
    return context.bot_data.answers.get(
        view, number, generation, lambda: summary.render_html(answer_for(view, brief, number))
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
