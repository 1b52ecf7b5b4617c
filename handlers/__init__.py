"""Telegram handlers: thin adapters from updates to the core in `bot/`.

`register(app)` adds every handler from one ordered list.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import BotCommand, Update
from telegram.constants import UpdateType
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from handlers import admin, briefs, digest, fallback, gatekeeper, menu, search, start, views
from handlers.common import Context, command_name
from handlers.errors import on_error


def bot_commands() -> list[BotCommand]:
    """The command menu registered with Telegram at start-up (the same list as /help)."""
    return [BotCommand(command.name, command.what) for command in menu.MENU]


# Commands are answered in new messages only: not when a message is edited, and never in a
# channel (a channel_post), where an answer would be a post to all its subscribers, nor in the
# channel's posts that Telegram forwards into its discussion group (is_automatic_forward).
NEW_MESSAGES = filters.UpdateType.MESSAGE & ~filters.IS_AUTOMATIC_FORWARD


Callback = Callable[[Update, Context], Coroutine[Any, Any, None]]


def command_table() -> dict[str, Callback]:
    """Every command we answer and its callback: the one table for routing, logs and metrics."""
    return {
        "start": start.start,
        "help": start.help_command,
        **{name: views.make_view_handler(name) for name in views.VIEWS},
        "latest": views.latest,
        "briefs": briefs.list_briefs,
        "search": search.search,
        "reload": admin.reload_now,  # not in the menu: admins only
        # Digests (issue 4). /stats stays out of the menu and answers only ADMIN_IDS;
        # registering it keeps the fallback from answering others about it.
        "subscribe": digest.subscribe,
        "unsubscribe": digest.unsubscribe,
        "digest": digest.digest_now,
        "settings": digest.settings,
        "stats": digest.stats,
    }


def route_commands(table: dict[str, Callback]) -> CommandHandler[Any, Any]:
    """One CommandHandler for every command, calling the table's callback for it.

    PTB tries the handlers of a group one by one, and a CommandHandler's check reads the
    message's entities: one handler for all the commands costs one check per update instead
    of one per command tried before the right one (eleven for /search).
    """

    async def route(update: Update, context: Context) -> None:
        await table[command_name(update.effective_message)](update, context)

    return CommandHandler(list(table), route, filters=NEW_MESSAGES)


def handler_list() -> list[tuple[int, BaseHandler[Update, Any, Any]]]:
    """Every handler with its group, in the order they are tried."""
    return [
        # Group -1 runs before every command: the rate limit can stop an update here.
        (-1, TypeHandler(Update, gatekeeper.rate_limit)),
        (0, route_commands(command_table())),
        (0, CallbackQueryHandler(briefs.press, pattern=f"^{briefs.CALLBACK_PREFIX}")),
        (0, CallbackQueryHandler(digest.settings_press, pattern=f"^{digest.CALLBACK_PREFIX}")),
        # The bot's own membership and group migrations: their own group, so they never
        # compete with commands.
        (1, ChatMemberHandler(digest.my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER)),
        (1, MessageHandler(filters.StatusUpdate.MIGRATE, digest.chat_migrated)),
        # Last in group 0: only commands no handler above took reach it.
        (0, MessageHandler(filters.COMMAND & NEW_MESSAGES, fallback.unknown_command)),
        # Any other button (one of an older version, say) is answered: its spinner stops.
        (0, CallbackQueryHandler(fallback.unknown_button)),
    ]


def allowed_updates() -> list[str]:
    """The update types the handlers need, requested by getUpdates and setWebhook alike.

    Deliberately left out: edited_message (editing a command does not run it again),
    channel_post and edited_channel_post (we never post answers into a channel: its digest is
    managed from a private chat), chat_member (only delivered when asked for, and we need no
    one else's membership), and every other type no handler reads.
    """
    return [UpdateType.MESSAGE, UpdateType.CALLBACK_QUERY, UpdateType.MY_CHAT_MEMBER]


def command_names() -> list[str]:
    """Names of the commands we answer (for logs and metrics labels)."""
    return list(command_table())


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Add the handlers in order, and the one error handler."""
    for group, handler in handler_list():
        app.add_handler(handler, group=group)
    app.add_error_handler(on_error)
