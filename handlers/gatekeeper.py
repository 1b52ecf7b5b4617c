"""Cross-cutting, before any command handler (group -1): the per-user rate limit."""

from __future__ import annotations

import math
import time

import structlog
from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.ratelimit import Verdict
from handlers.common import Context, answer_query, command_word, reply_html

log = structlog.get_logger()


def _counts(update: Update, username: str | None) -> bool:
    """Button presses and commands for us count; plain text and other bots' commands do not."""
    if update.callback_query is not None:
        return True
    command = command_word(update.effective_message)
    if not command:
        return False
    _, _, addressee = command.partition("@")
    return not addressee or addressee.lower() == (username or "").lower()


async def rate_limit(update: Update, context: Context) -> None:
    """Drop a flooding user's commands, with one short notice; nobody else waits."""
    # Who is limited: the user, or the chat someone posts as (an anonymous group admin's
    # `from` is the one GroupAnonymousBot shared by every group; sender_chat tells them apart).
    sender = update.effective_sender
    if sender is None or not _counts(update, context.bot.username):
        return
    limiter = context.bot_data.limiter
    now = time.monotonic()
    verdict = limiter.check(sender.id, now)
    if verdict is Verdict.ALLOW:
        return
    structlog.contextvars.bind_contextvars(outcome="rate_limited")
    notice = None
    if verdict is Verdict.NOTIFY:
        wait = math.ceil(limiter.retry_after(sender.id, now))
        notice = f"You are sending commands too fast. Please wait {wait} s."
    if update.callback_query is not None:
        # Every press is answered, a dropped one too (empty): else its spinner keeps turning.
        await answer_query(update, context, notice)
    elif notice is not None:
        await reply_html(update, [notice])
    raise ApplicationHandlerStop
