"""/start (with deep-link payloads such as `/start figures`) and /help."""

from __future__ import annotations

from telegram import Update

from handlers import menu, views
from handlers.common import Context, reply_html

INTRO = (
    "<b>briefbot</b> reads diplomatic news briefs and answers with what matters: "
    "meetings, people, figures, topics and quotes."
)


def help_text() -> str:
    """The list of commands, in Telegram HTML (the same list as the command menu)."""
    lines = [INTRO, "", "<b>Commands</b>", *menu.help_lines()]
    lines += [
        "",
        "Commands act on this chat's selected brief (the newest by default). "
        "Name another one after the command: <code>/figures 2</code> or "
        "<code>/figures 2023-10-18</code>.",
    ]
    return "\n".join(lines)


async def start(update: Update, context: Context) -> None:
    """Answer /start: say what the bot does, or open the view a deep link names."""
    if context.args:
        # Deep links carry one word, e.g. t.me/bot?start=figures or ?start=figures_2.
        view, _, rest = context.args[0].partition("_")
        if view in views.VIEWS:
            context.args = [rest] if rest else []
            await views.make_view_handler(view)(update, context)
            return
    await reply_html(update, [help_text()])


async def help_command(update: Update, context: Context) -> None:
    """Answer /help with the list of commands."""
    await reply_html(update, [help_text()])
