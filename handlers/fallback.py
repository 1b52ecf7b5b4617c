"""An unknown command gets a short, helpful answer (only when it is meant for us)."""

from __future__ import annotations

import html

from telegram import Update

from handlers.common import Context, answer_query, command_word, reply_html

UNKNOWN_BUTTON = "This button no longer works. Send the command again."


async def unknown_command(update: Update, context: Context) -> None:
    """Answer a command we do not know with a pointer to /help."""
    message = update.effective_message
    if message is None or not message.text:
        return
    name, _, addressee = command_word(message).partition("@")
    is_private = message.chat.type == "private"
    if addressee:
        if addressee.lower() != (context.bot.username or "").lower():
            return  # a command for another bot in this group
    elif not is_private:
        return  # an unaddressed command in a group may be for another bot
    await reply_html(
        update, [f"I don't know {html.escape(name)}. Send /help to see what I can do."]
    )


async def unknown_button(update: Update, context: Context) -> None:
    """Answer a press of a button no handler takes, so that Telegram stops its spinner."""
    await answer_query(update, context, UNKNOWN_BUTTON)
