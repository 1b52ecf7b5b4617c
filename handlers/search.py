"""/search WORDS: briefs whose text, people, countries or topics match, best first."""

from __future__ import annotations

from telegram import Update

from bot import summary
from handlers.common import Context, reply_answer, reply_html

USAGE = "Usage: <code>/search WORDS</code>, e.g. <code>/search energy trade</code>"


async def search(update: Update, context: Context) -> None:
    """Answer /search WORDS with the best-matching briefs."""
    query = " ".join(context.args or [])
    if not query.strip():
        await reply_html(update, [USAGE])
        return
    hits = await context.bot_data.catalog.search(query)
    await reply_answer(update, summary.search_answer(query, hits))
