"""/briefs: the list of briefs, newest first, with buttons to page and to select one."""

from __future__ import annotations

import sys

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import summary
from bot.catalog import Page
from handlers import views
from handlers.common import Context, answer_query, chat_id_of, edit_html, reply_html

# Callback data (at most 64 bytes): "briefs:page:N" turns the page, "briefs:pick:N" selects.
CALLBACK_PREFIX = "briefs:"
PAGE = "briefs:page:"
PICK = "briefs:pick:"
LABEL_LENGTH = 48  # a button shows one short line


def _label(text: str) -> str:
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1].rstrip() + "…"


def keyboard(page: Page) -> InlineKeyboardMarkup:
    """One button per brief on the page, then ◀ / ▶ to turn pages."""
    rows = []
    for number, brief in page.entries:
        label = _label(summary.brief_label(brief, number))
        rows.append([InlineKeyboardButton(label, callback_data=f"{PICK}{number}")])
    nav = []
    if page.page > 1:
        nav.append(InlineKeyboardButton("◀ Newer", callback_data=f"{PAGE}{page.page - 1}"))
    if page.page < page.pages:
        nav.append(InlineKeyboardButton("Older ▶", callback_data=f"{PAGE}{page.page + 1}"))
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup(rows)


def _page(context: Context, number: int) -> tuple[Page, list[str]]:
    page = context.bot_data.catalog.page(number, context.bot_data.settings.briefs_page_size)
    answer = summary.brief_list_answer(page.entries, page=page.page, pages=page.pages)
    return page, summary.render_html(answer)


def _page_number(arg: str) -> int:
    """The page asked for: a number too long to be a page is the last (the catalog clamps it);
    anything but ASCII digits (str.isdigit also takes "²", which int() refuses) the first."""
    if not (arg.isascii() and arg.isdigit()):
        return 1
    digits = arg.lstrip("0")
    return int(digits or "0") if len(digits) <= 9 else sys.maxsize


async def list_briefs(update: Update, context: Context) -> None:
    """Answer /briefs [PAGE]: a page of briefs with buttons."""
    page, parts = _page(context, _page_number(context.args[0] if context.args else ""))
    await reply_html(update, parts, keyboard=keyboard(page))


async def press(update: Update, context: Context) -> None:
    """Handle a /briefs button: turn the page in place, or select a brief for the chat."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    if query.data.startswith(PAGE):
        page, parts = _page(context, int(query.data.removeprefix(PAGE)))
        await answer_query(update, context)
        await edit_html(query, parts[0], keyboard=keyboard(page))
        return
    entry = context.bot_data.catalog.get(int(query.data.removeprefix(PICK)))
    await context.bot_data.selections.set(chat_id_of(update), entry.brief.id)
    await answer_query(update, context, f"Brief {entry.number} selected")
    await reply_html(update, views.view_html(context, "brief", entry))
