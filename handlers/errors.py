"""The one error handler: log first, then answer; domain errors become their message."""

from __future__ import annotations

import html

import structlog
from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot.errors import BriefbotError
from handlers.common import Context, answer_query, query_answered, reply_html

log = structlog.get_logger()

SORRY = "Sorry, something went wrong on my side. Please try again later."
# A domain error may quote the user's text (up to 4096 characters); escaping can make each
# character six ("&quot;"), and a message takes 4096: keep the quote short.
MAX_ERROR_TEXT = 600


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_ERROR_TEXT else text[: MAX_ERROR_TEXT - 1] + "…"


async def on_error(update: object, context: Context) -> None:
    """Log the error with its context and tell the user, once, in plain words."""
    error = context.error
    kind = type(error).__name__
    if isinstance(error, BriefbotError):
        # A bad argument or an empty catalog: the user's answer, not our failure.
        structlog.contextvars.bind_contextvars(outcome="user_error")
        log.info("user_error", error=str(error))
        text = html.escape(_shorten(str(error)))
    else:
        structlog.contextvars.bind_contextvars(outcome="error")
        context.bot_data.metrics.error(kind)
        log.error("update_failed", error_type=kind, exc_info=error)
        text = SORRY
    if not isinstance(update, Update):
        return
    # PTB's BadRequest is a NetworkError, but Telegram was reached: a short notice can go out.
    unreachable = isinstance(error, NetworkError) and not isinstance(error, BadRequest)
    try:
        # A button: the answer shows as a notice and stops the button's spinner. It is
        # answered whatever failed ("necessary ... even if no notification to the user is needed":
        # answerCallbackQuery in the Bot API): a chat that refuses our messages (Forbidden),
        # or a call that timed out, does not keep the press from being answered.
        pressed = update.callback_query is not None and not query_answered(update, context)
        if pressed and await answer_query(update, context, html.unescape(text), show_alert=True):
            return
        if isinstance(error, Forbidden) or unreachable:
            return  # the user blocked us or Telegram is unreachable: a message would fail too
        # A command, or a press already answered (Telegram takes one answer) or answered too
        # late to show a notice: a message.
        await reply_html(update, [text])
    except TelegramError as reply_error:
        log.warning("error_reply_failed", error=str(reply_error))
