"""What every handler shares: the typed context, finding the brief, replying in HTML."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import CallbackContext, ExtBot

from bot.catalog import Entry
from bot.services import BotData

Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]


def chat_id_of(update: Update) -> int:
    chat = update.effective_chat
    if chat is None:  # every update our handlers accept comes from a chat
        raise ValueError("update without a chat")
    return chat.id


async def current_brief(update: Update, context: Context) -> Entry:
    """The brief named in the arguments, else the chat's selection, else the newest."""
    catalog = context.bot_data.catalog
    if context.args:
        return catalog.resolve(" ".join(context.args))
    selected = await context.bot_data.selections.get(chat_id_of(update))
    if selected is not None:
        entry = catalog.by_id(selected)
        if entry is not None:
            return entry
    return catalog.newest()


async def reply_html(
    update: Update, html_parts: list[str], *, keyboard: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Send each part as one HTML message; the keyboard goes under the last one."""
    message = update.effective_message
    if message is None:
        return None
    sent = None
    for index, part in enumerate(html_parts):
        last = index == len(html_parts) - 1
        sent = await message.reply_text(part, reply_markup=keyboard if last else None)
    return sent
