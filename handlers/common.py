"""What every handler shares: the typed context, finding the brief, replying in HTML."""

from __future__ import annotations

import re
from collections import deque
from typing import Any, Final

import structlog
from telegram import CallbackQuery, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.error import BadRequest, ChatMigrated
from telegram.ext import CallbackContext, ExtBot

from bot.catalog import Entry
from bot.services import BotData
from bot.summary import cut_utf16

log = structlog.get_logger()

Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]

# answerCallbackQuery takes 0-200 characters (counted in UTF-16 code units, as all lengths).
MAX_QUERY_ANSWER: Final = 200
_ANSWERED = "answered_queries"  # user_data key: ids of the user's recently answered presses

# Telegram previews the first link of a message: an <a href>, or text it reads as a URL (with
# a scheme, or a host name such as example.org, or an IP address). Every such text has "://"
# or a dot followed by two letters (a domain) or by the rest of an IPv4 address; a dot ending
# a sentence is followed by a space. False alarms only cost the options being sent.
_MAYBE_LINK = re.compile(r"\.(?:[^\W\d_]{2}|\d{1,3}\.\d{1,3}\.\d)")


def link_options(text: str) -> dict[str, Any]:
    """Keyword arguments for sending `text`: none where it may hold a link (the Defaults, no
    preview, apply), else no link preview options at all: there is nothing to preview, and
    the options cost a serialised object per message (about a tenth of an answer's time)."""
    if "://" in text or _MAYBE_LINK.search(text) is not None:
        return {}
    return {"link_preview_options": None}


# Telegram marks a command with a bot_command entity by TDLib's rule: "/" after no word
# character, "/", "<" or ">"; 1-64 Latin letters, digits or underscores; maybe "@" and a 3-32
# character username; then no word character, "/", "<" or ">" ("/figures." and "/help," are
# /figures and /help; "/help/x", "/helpé" and "/help@b" are no command at all). Only the
# offline session and the fake Bot API mark commands with it; handlers read the entities.
COMMAND_ENTITY: Final = re.compile(
    r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32}(?![\w/<>])|(?![\w/<>@]))"
)


def command_word(message: Message | None) -> str:
    """The command the message starts with, as its bot_command entity at offset 0 covers
    ("/name@BotName"; "" if Telegram marked none there)."""
    if message is None or not message.entities:
        return ""
    commands = message.parse_entities([MessageEntity.BOT_COMMAND])
    return next((word for entity, word in commands.items() if entity.offset == 0), "")


def command_name(message: Message | None) -> str:
    """The command the message starts with, lower case, without "/" and "@BotName" ("" if none)."""
    return command_word(message)[1:].split("@", 1)[0].lower()


def chat_id_of(update: Update) -> int:
    chat = update.effective_chat
    if chat is None:  # every update our handlers accept comes from a chat
        raise ValueError("update without a chat")
    return chat.id


async def current_brief(update: Update, context: Context) -> Entry:
    """The brief named in the arguments, else the chat's selection, else the newest."""
    return context.bot_data.catalog.get(await current_number(update, context))


async def current_number(update: Update, context: Context) -> int:
    """The number of `current_brief`, found without building the brief."""
    catalog = context.bot_data.catalog
    if context.args:
        return catalog.resolve_number(" ".join(context.args))
    selected = await context.bot_data.selections.get(chat_id_of(update))
    if selected is not None:
        number = catalog.number_of(selected)
        if number is not None:
            return number
    return catalog.newest_number()


async def reply_html(
    update: Update, html_parts: list[str], *, keyboard: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Send each part as one HTML message; the keyboard goes under the last one."""
    message = message_of(update)
    inaccessible = message is None and update.callback_query is not None
    if message is None and not (inaccessible and update.effective_chat is not None):
        return None
    sent = None
    chat_id = chat_id_of(update)
    for index, part in enumerate(html_parts):
        markup = keyboard if index == len(html_parts) - 1 else None
        if message is not None:
            try:
                sent = await message.reply_text(part, reply_markup=markup, **link_options(part))
                continue
            except ChatMigrated as error:
                # The group became a supergroup before we answered: Telegram names the new
                # chat; answer there (the command's message id is the old group's: no quote).
                log.info("answer_chat_migrated", chat_id=chat_id, new_chat_id=error.new_chat_id)
                message, chat_id = None, int(error.new_chat_id)
        # A press on a message Telegram no longer shows us (InaccessibleMessage: deleted, or
        # too old), or a migrated group: nothing to reply to, but the chat is known.
        sent = await update.get_bot().send_message(
            chat_id, part, reply_markup=markup, **link_options(part)
        )
    return sent


def message_of(update: Update) -> Message | None:
    """The update's message, or None (a press on an InaccessibleMessage has none we can use).

    PTB's `effective_message` warns on an InaccessibleMessage; this looks first.
    """
    query = update.callback_query
    if query is not None:
        return query.message if isinstance(query.message, Message) else None
    return update.effective_message


def query_answered(update: Update, context: Context) -> bool:
    """Tell whether this update's button press has been answered already."""
    query = update.callback_query
    answered = context.user_data.get(_ANSWERED, ()) if context.user_data is not None else ()
    return query is not None and query.id in answered


async def answer_query(
    update: Update, context: Context, text: str | None = None, *, show_alert: bool = False
) -> bool:
    """Answer the button press once (Telegram refuses a second answer), stopping its spinner;
    return False if Telegram no longer takes an answer (the user will not see `text`)."""
    query = update.callback_query
    if query is None:
        return False
    if query_answered(update, context):
        return True
    taken = True
    try:
        await query.answer(
            cut_utf16(text, MAX_QUERY_ANSWER) if text else None, show_alert=show_alert
        )
    except BadRequest as error:
        # Telegram takes an answer only for a short while after the press; a press handled
        # late (a backlog after a restart, a long flood wait) still does what it asked for.
        if "query is too old" not in error.message.casefold():
            raise
        log.info("callback_answer_too_late", query_id=query.id)
        taken = False
    if context.user_data is not None:
        answered = context.user_data.setdefault(_ANSWERED, deque(maxlen=16))
        answered.append(query.id)
    return taken


async def edit_html(
    query: CallbackQuery, text: str, *, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    """Edit the pressed message in place; the same content again (a double tap) is no error."""
    try:
        if query.message is None or isinstance(query.message, Message):
            await query.edit_message_text(text, reply_markup=keyboard, **link_options(text))
        else:
            # An InaccessibleMessage (PTB's shortcut refuses it): edit it by its ids.
            await query.get_bot().edit_message_text(
                text,
                chat_id=query.message.chat.id,
                message_id=query.message.message_id,
                reply_markup=keyboard,
                **link_options(text),
            )
    except BadRequest as error:
        reason = error.message.casefold()
        # Telegram refuses an edit that changes nothing: "message is not modified".
        if "message is not modified" in reason:
            return
        if "message to edit not found" not in reason or query.message is None:
            raise
        # The pressed message was deleted meanwhile: what the press asked for comes as a new
        # message in the same chat (and forum topic).
        pressed = query.message
        topic = None
        if isinstance(pressed, Message) and pressed.is_topic_message:
            topic = pressed.message_thread_id
        await query.get_bot().send_message(
            pressed.chat.id,
            text,
            message_thread_id=topic,
            reply_markup=keyboard,
            **link_options(text),
        )
