"""/search WORDS: briefs whose text, people, countries or topics match, best first."""

from __future__ import annotations

from telegram import Update

from bot import summary
from handlers.common import Context, reply_html

USAGE = "Usage: <code>/search WORDS</code>, e.g. <code>/search energy trade</code>"


async def search(update: Update, context: Context) -> None:
    """Answer /search WORDS with the best-matching briefs."""
    query = " ".join(context.args or [])
    if not query.strip():
        await reply_html(update, [USAGE])
        return
    catalog, answers = context.bot_data.catalog, context.bot_data.answers
    # Popular searches repeat: keep the rendered answer until the catalog changes.
    view = f"search {query.strip()}"
    parts = answers.peek(view, 0, catalog.generation)
    if parts is None:
        hits = await catalog.search(query)
        rendered = summary.render_html(summary.search_answer(query, hits))
        parts = answers.put(view, 0, catalog.generation, rendered)
    await reply_html(update, parts)
