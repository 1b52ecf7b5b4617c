"""A fake Telegram Bot API server (aiohttp, loopback) for tests and benchmarks.

The real python-telegram-bot stack talks to it over HTTP: `Bot(token, base_url=f"{api.url}/bot")`
or, for the service, the setting TELEGRAM_API_URL = `api.url`. It follows the Bot API as
documented (https://core.telegram.org/bots/api): requests to `/bot<token>/<method>` by GET or POST
with parameters in the query string, a JSON body, urlencoded or multipart form data (complex
values as JSON-encoded strings, as PTB sends them); answers `{"ok": true, "result": ...}` or
`{"ok": false, "error_code": N, "description": "...", "parameters": {...}}`.

Every sendMessage / editMessageText with parse_mode HTML is checked with the strict
`tests.telegram_html` checker and refused like Telegram refuses ("Bad Request: can't parse
entities: ..."). Tests push updates (`push_update(api.message("/start"))`), read what the bot
sent (`api.sent()`), inject failures (`api.fail(...)`), delays (`api.delay(...)`) and a global
rate limit (`api.rate_limit = 30`).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from aiohttp import ClientSession, ClientTimeout, web
from aiohttp.test_utils import TestServer

from handlers.common import COMMAND_ENTITY
from tests.telegram_html import (
    MAX_MESSAGE_LENGTH,
    TelegramHTMLError,
    parse_telegram_html,
    utf16_len,
)

BOT_ID = 7000001
DEFAULT_TOKEN = f"{BOT_ID}:AAFakeTokenForTests_0123456789abcdefgh"

_INT_PARAMS = {
    "offset",
    "limit",
    "timeout",
    "message_id",
    "message_thread_id",
    "user_id",
    "reply_to_message_id",
    "cache_time",
    "max_connections",
    "from_chat_id",
}
_BOOL_PARAMS = {
    "disable_notification",
    "protect_content",
    "show_alert",
    "drop_pending_updates",
    "disable_web_page_preview",
    "allow_sending_without_reply",
    "only_if_banned",
    "allow_paid_broadcast",
}
_JSON_PARAMS = {
    "reply_markup",
    "allowed_updates",
    "commands",
    "scope",
    "entities",
    "caption_entities",
    "link_preview_options",
    "reply_parameters",
}
# Update types delivered when allowed_updates is not set (or set to []), per the Bot API.
_NOT_BY_DEFAULT = {"chat_member", "message_reaction", "message_reaction_count"}
_INLINE_BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "callback_game",
    "pay",
    "web_app",
    "copy_text",
)
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


@dataclass
class Call:
    """One request the bot made: the method, its decoded parameters, when, and the outcome."""

    method: str
    params: dict[str, Any]
    at: float
    status: int = 200
    result: Any = None


@dataclass
class _Rule:
    method: str
    chat_id: int | None
    times: int
    error_code: int = 0
    description: str = ""
    parameters: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.method.lower() != method.lower() or self.times <= 0:
            return False
        return self.chat_id is None or params.get("chat_id") == self.chat_id


class ApiError(Exception):
    """An error answer of the Bot API."""

    def __init__(
        self, error_code: int, description: str, parameters: dict[str, int] | None = None
    ) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.parameters = parameters or {}


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


class FakeBotApi:
    """A Bot API server on 127.0.0.1 with a Python interface for tests."""

    def __init__(self, token: str = DEFAULT_TOKEN) -> None:
        self.token = token
        self.url = ""
        self.calls: list[Call] = []
        self.bot_user: dict[str, Any] = {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Briefbot Test",
            "username": "briefbot_test_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.chats: dict[int, dict[str, Any]] = {}
        self.chat_members: dict[tuple[int, int], dict[str, Any]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.webhook: dict[str, Any] = {"url": ""}
        self.webhook_deliveries: list[tuple[int, int]] = []  # (update_id, HTTP status)
        self.left_chats: set[int] = set()
        self.deleted_topics: set[tuple[int, int]] = set()  # (chat_id, message_thread_id)
        self.rate_limit: float | None = None
        # On loopback we are a local Bot API server (any webhook URL); False: as Telegram's
        # cloud, webhooks only to https on ports 443, 80, 88 or 8443.
        self.local_server = True
        self.allowed_updates: list[str] = []
        # Telegram takes answerCallbackQuery only for a short while after the press (about
        # 15 s in practice; later: "query is too old"). None: never too old.
        self.callback_ttl: float | None = 15.0
        self.waiting_polls = 0  # getUpdates calls waiting for an update right now
        self._pending: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._next_message_id: dict[int, int] = {}
        self._callback_ids = itertools.count(1)
        self._open_callbacks: dict[str, float] = {}  # query id -> when it was pressed
        self._members_seen: set[tuple[int, int]] = set()
        self._fail_rules: list[_Rule] = []
        self._delay_rules: list[_Rule] = []
        self._bucket = 0.0
        self._bucket_at = 0.0
        self._wakeup = asyncio.Event()
        self._poll_generation = 0
        self._closing = False
        self._server: TestServer | None = None
        self._session: ClientSession | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    # ----------------------------------------------------------------- lifecycle

    def make_app(self) -> web.Application:
        """Return the aiohttp application that serves the Bot API."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        return app

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1 and set `url` to the server's root."""
        self._server = TestServer(self.make_app(), host="127.0.0.1")
        await self._server.start_server()
        self.url = f"http://127.0.0.1:{self._server.port}"

    async def close(self) -> None:
        """Release pending long polls and stop the server."""
        self._closing = True
        self._wake()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
        if self._server is not None:
            await self._server.close()

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # ------------------------------------------------------------ test interface

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates (or post it to the webhook); return its update_id."""
        update_id = self._next_update_id
        self._next_update_id += 1
        update = {**update, "update_id": update_id}
        self._pending.append(update)
        if self.webhook["url"]:
            task = asyncio.get_running_loop().create_task(self._deliver(update))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        self._wake()
        return update_id

    def message(
        self,
        text: str,
        *,
        chat_id: int = 1001,
        user_id: int = 1001,
        chat_type: str = "private",
        thread_id: int | None = None,
        title: str | None = None,
        username: str | None = None,
    ) -> dict[str, Any]:
        """Build a message Update from a user, with bot_command entities for /commands."""
        user = self._user(user_id, username)
        chat = self._ensure_chat(chat_id, chat_type, title=title, user=user)
        if thread_id is not None and chat["type"] == "supergroup":
            chat["is_forum"] = True  # topics (message threads) exist only in forum supergroups
        self._members_seen.add((chat_id, user_id))
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat_id),
            "from": user,
            "chat": _short_chat(chat),
            "date": int(time.time()),
            "text": text,
        }
        entities = [
            {
                "type": "bot_command",
                "offset": utf16_len(text[: m.start()]),
                "length": utf16_len(m[0]),
            }
            for m in COMMAND_ENTITY.finditer(text)
        ]
        if entities:
            message["entities"] = entities
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        self.messages[(chat_id, message["message_id"])] = message
        return {"message": message}

    def channel_post(self, text: str, *, chat_id: int, username: str | None = None) -> dict:
        """Build a channel_post Update: no `from`, the channel as `sender_chat`, as in Telegram."""
        chat = self._ensure_chat(chat_id, "channel", title=None, user=None)
        if username:
            chat["username"] = username
        update = self.message(text, chat_id=chat_id)
        message = update["message"]
        del message["from"]
        message["sender_chat"] = _short_chat(chat)
        return {"channel_post": message}

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        """Delete a forum topic, as a group's admin would: sends to it then fail."""
        self.deleted_topics.add((chat_id, thread_id))

    def delete_message(self, chat_id: int, message_id: int) -> None:
        """Delete a message, as its sender or a group's admin would: replies to it then fail."""
        self.messages.pop((chat_id, message_id), None)

    def callback(
        self,
        data: str,
        *,
        message: dict[str, Any],
        user_id: int = 1001,
        inaccessible: bool = False,
    ) -> dict[str, Any]:
        """Build a callback_query Update: user `user_id` pressed a button with `data` on `message`.

        `message` is a Message object as the bot received it back (see `sent_messages`).
        `inaccessible`: Telegram sends an InaccessibleMessage instead (chat, message_id and
        date 0), as for a message deleted or too old for the bot to see.
        """
        query_id = str(next(self._callback_ids))
        self._open_callbacks[query_id] = time.monotonic()
        chat_id = message["chat"]["id"]
        if inaccessible:
            message = {"chat": message["chat"], "message_id": message["message_id"], "date": 0}
        return {
            "callback_query": {
                "id": query_id,
                "from": self._user(user_id, None),
                "message": message,
                "chat_instance": f"ci{chat_id}",
                "data": data,
            }
        }

    def sent(self, method: str = "sendMessage", *, chat_id: int | None = None) -> list[dict]:
        """Return the parameters of the successful calls of `method` (to `chat_id` if given)."""
        return [
            c.params
            for c in self.calls
            if c.method.lower() == method.lower()
            and c.status == 200
            and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def sent_messages(self, *, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Return the Message objects the bot's successful sendMessage calls produced."""
        return [
            c.result
            for c in self.calls
            if c.method.lower() == "sendmessage"
            and c.status == 200
            and (chat_id is None or c.result["chat"]["id"] == chat_id)
        ]

    async def wait_for(
        self,
        predicate: Callable[[FakeBotApi], bool],
        timeout: float = 20,  # noqa: ASYNC109 - a plain deadline reads best in tests
    ) -> None:
        """Wait until `predicate(self)` holds; fail the test after `timeout` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate(self):
            if loop.time() > deadline:
                methods = [c.method for c in self.calls if c.method != "getUpdates"]
                raise AssertionError(f"condition not met in {timeout} s; calls: {methods}")
            await asyncio.sleep(0.005)

    def fail(
        self,
        method: str,
        *,
        chat_id: int | None = None,
        times: int = 1,
        error_code: int,
        description: str,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        """Make the next `times` calls of `method` (to `chat_id` if given) fail so."""
        parameters: dict[str, int] = {}
        if retry_after is not None:
            parameters["retry_after"] = retry_after
        if migrate_to_chat_id is not None:
            parameters["migrate_to_chat_id"] = migrate_to_chat_id
        self._fail_rules.append(_Rule(method, chat_id, times, error_code, description, parameters))

    def delay(
        self, method: str, seconds: float, *, times: int = 1, chat_id: int | None = None
    ) -> None:
        """Hold the next `times` calls of `method` for `seconds` before answering them."""
        self._delay_rules.append(_Rule(method, chat_id, times, seconds=seconds))

    # -------------------------------------------------------------- HTTP layer

    async def _handle(self, request: web.Request) -> web.Response:
        at = time.monotonic()
        m = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)", request.path)
        if m is None:
            return _error_response(ApiError(404, "Not Found"))
        if m[1] != self.token:
            return _error_response(ApiError(401, "Unauthorized"))
        method = m[2]
        handler = getattr(self, f"_api_{method.lower()}", None)
        try:
            params = await _read_params(request)
        except ApiError as exc:
            self.calls.append(Call(method, {}, at, exc.error_code))
            return _error_response(exc)
        if handler is None:
            self.calls.append(Call(method, params, at, 404))
            return _error_response(ApiError(404, "Not Found"))
        # Like Telegram, finish the work even if the client gives up (a timeout) meanwhile.
        task = asyncio.get_running_loop().create_task(self._process(method, handler, params, at))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return await asyncio.shield(task)

    async def _process(
        self, method: str, handler: Callable[..., Any], params: dict[str, Any], at: float
    ) -> web.Response:
        try:
            await self._apply_delay(method, params)
            self._apply_failure(method, params)
            if method.lower().startswith(("send", "copy", "forward")):
                self._take_rate_token()
            result = await handler(params)
        except ApiError as exc:
            self.calls.append(Call(method, params, at, exc.error_code))
            return _error_response(exc)
        self.calls.append(Call(method, params, at, 200, result))
        return web.json_response({"ok": True, "result": result})

    async def _apply_delay(self, method: str, params: dict[str, Any]) -> None:
        for rule in self._delay_rules:
            if rule.matches(method, params):
                rule.times -= 1
                await asyncio.sleep(rule.seconds)
                return

    def _apply_failure(self, method: str, params: dict[str, Any]) -> None:
        for rule in self._fail_rules:
            if rule.matches(method, params):
                rule.times -= 1
                raise ApiError(rule.error_code, rule.description, rule.parameters)

    def _take_rate_token(self) -> None:
        """Enforce `rate_limit` messages per second overall with a token bucket."""
        if not self.rate_limit:
            return
        now = time.monotonic()
        capacity = max(1.0, self.rate_limit)
        if self._bucket_at == 0.0:
            self._bucket = capacity
        else:
            self._bucket = min(capacity, self._bucket + (now - self._bucket_at) * self.rate_limit)
        self._bucket_at = now
        if self._bucket < 1.0:
            retry_after = max(1, math.ceil((1.0 - self._bucket) / self.rate_limit))
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
            )
        self._bucket -= 1.0

    # ------------------------------------------------------------------ helpers

    def _wake(self) -> None:
        event, self._wakeup = self._wakeup, asyncio.Event()
        event.set()

    def _user(self, user_id: int, username: str | None) -> dict[str, Any]:
        user: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": f"User{user_id}",
            "language_code": "en",
        }
        if username:
            user["username"] = username
        return user

    def _ensure_chat(
        self, chat_id: int, chat_type: str, *, title: str | None, user: dict[str, Any] | None
    ) -> dict[str, Any]:
        if chat_id in self.chats:
            return self.chats[chat_id]
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = (user or {}).get("first_name", f"User{chat_id}")
            if user and user.get("username"):
                chat["username"] = user["username"]
        else:
            chat["title"] = title or f"Test {chat_type} {abs(chat_id)}"
        self.chats[chat_id] = chat
        return chat

    def _resolve_chat(self, params: dict[str, Any], *, required: bool = True) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        if chat_id == 0:
            raise _bad("chat not found")
        if isinstance(chat_id, str):
            if not chat_id.startswith("@"):
                raise _bad("chat not found")
            for chat in self.chats.values():
                if chat.get("username") == chat_id[1:]:
                    return chat
            raise _bad("chat not found")
        if chat_id in self.left_chats:
            raise ApiError(403, "Forbidden: bot is not a member of the group chat")
        if chat_id in self.chats:
            return self.chats[chat_id]
        if not required:
            raise _bad("chat not found")
        # A chat the bot has not seen: its type follows from the id, as in Telegram.
        kind = "private" if chat_id > 0 else "supergroup" if chat_id < -(10**12) else "group"
        return self._ensure_chat(chat_id, kind, title=None, user=None)

    def _check_member_list(self, chat: dict[str, Any]) -> None:
        """Only a channel's administrators see its members: others get Telegram's 400."""
        if chat["type"] != "channel":
            return
        bot = self.chat_members.get((chat["id"], BOT_ID), {})
        if bot.get("status") not in ("creator", "administrator"):
            raise _bad("member list is inaccessible")

    def _new_message_id(self, chat_id: int) -> int:
        mid = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = mid + 1
        return mid

    async def _deliver(self, update: dict[str, Any]) -> None:
        """Post an update to the webhook, with its secret token header, as Telegram does."""
        if self._session is None:
            self._session = ClientSession(timeout=ClientTimeout(total=10))
        headers = {}
        if self.webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook["secret_token"]
        try:
            async with self._session.post(self.webhook["url"], json=update, headers=headers) as r:
                status = r.status
        except OSError as exc:
            self.webhook["last_error_message"] = f"Connection failed: {exc}"
            self.webhook_deliveries.append((update["update_id"], 0))
            return
        self.webhook_deliveries.append((update["update_id"], status))
        if 200 <= status < 300:
            self._pending = [u for u in self._pending if u["update_id"] != update["update_id"]]
        else:
            self.webhook["last_error_message"] = f"Wrong response from the webhook: {status}"

    def _message_text(self, params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        """Validate text + parse_mode like sendMessage; return the plain text and entities."""
        text = params.get("text")
        if not isinstance(text, str) or text == "":
            raise _bad("message text is empty")
        mode = params.get("parse_mode")
        entities: list[dict[str, Any]] = []
        if mode is None or mode == "":
            plain = text
            entities = list(params.get("entities") or [])
        elif str(mode).lower() == "html":
            try:
                parsed = parse_telegram_html(text)
            except TelegramHTMLError as exc:
                raise _bad(f"can't parse entities: {exc.reason}") from None
            plain, entities = parsed.text, parsed.entities
        elif str(mode).lower() in ("markdown", "markdownv2"):
            plain = text  # not checked here: briefbot speaks HTML
        else:
            raise _bad(f"unsupported parse_mode {mode!r}")
        if not plain.strip():
            raise _bad("message text is empty")
        if utf16_len(plain) > MAX_MESSAGE_LENGTH:
            raise _bad("message is too long")
        return plain, entities

    def _find_bot_message(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise _bad("MESSAGE_ID_INVALID")
        chat = self._resolve_chat(params, required=False)
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise _bad("message identifier is not specified")
        message = self.messages.get((chat["id"], message_id))
        if message is None:
            raise _bad("message to edit not found")
        if message.get("from", {}).get("id") != BOT_ID:
            raise _bad("message can't be edited")
        return message

    # ------------------------------------------------------------- API methods

    async def _api_getme(self, params: dict[str, Any]) -> Any:
        return self.bot_user

    async def _api_logout(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_close(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_getupdates(self, params: dict[str, Any]) -> Any:
        if self.webhook["url"]:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset") or 0
        limit = min(max(params.get("limit") or 100, 1), 100)
        timeout = max(params.get("timeout") or 0, 0)
        if "allowed_updates" in params:
            self.allowed_updates = list(params["allowed_updates"] or [])
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake()  # an older long poll ends with a conflict, as in Telegram
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            self._pending = [u for u in self._pending if self._allowed(u)]
            if self._pending:
                return self._pending[:limit]
            remaining = deadline - loop.time()
            if remaining <= 0 or self._closing:
                return []
            event = self._wakeup
            self.waiting_polls += 1
            try:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), remaining)
            finally:
                self.waiting_polls -= 1

    def _allowed(self, update: dict[str, Any]) -> bool:
        kind = next(k for k in update if k != "update_id")
        if self.allowed_updates:
            return kind in self.allowed_updates
        return kind not in _NOT_BY_DEFAULT

    async def _api_setwebhook(self, params: dict[str, Any]) -> Any:
        url = params.get("url") or ""
        if not url:
            return await self._api_deletewebhook(params)
        parts = urlsplit(url)
        # A local Bot API server accepts http and any port; Telegram's cloud wants https.
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        if not self.local_server:
            if parts.scheme != "https":
                raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
            if (parts.port or 443) not in (443, 80, 88, 8443):
                raise _bad("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_TOKEN.fullmatch(secret):
            raise _bad("bad webhook: secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self._pending.clear()
        self.webhook = {"url": url, "secret_token": secret}
        if "allowed_updates" in params:
            self.allowed_updates = list(params["allowed_updates"] or [])
        self._wake()
        return True

    async def _api_deletewebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = {"url": ""}
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _api_getwebhookinfo(self, params: dict[str, Any]) -> Any:
        info: dict[str, Any] = {
            "url": self.webhook["url"],
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook.get("last_error_message"):
            info["last_error_message"] = self.webhook["last_error_message"]
            info["last_error_date"] = int(time.time())
        if self.webhook["url"] and self.allowed_updates:
            info["allowed_updates"] = self.allowed_updates
        return info

    def _commands_key(self, params: dict[str, Any]) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        if not isinstance(scope, dict) or "type" not in scope:
            raise _bad("can't parse BotCommandScope JSON object")
        return json.dumps(scope, sort_keys=True), params.get("language_code") or ""

    async def _api_setmycommands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _bad("can't parse commands JSON object")
        for command in commands:
            if not isinstance(command, dict):
                raise _bad("can't parse BotCommand JSON object")
            if not _COMMAND_NAME.fullmatch(str(command.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            description = command.get("description")
            if not isinstance(description, str) or not 1 <= len(description) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    async def _api_getmycommands(self, params: dict[str, Any]) -> Any:
        return self.commands.get(self._commands_key(params), [])

    async def _api_deletemycommands(self, params: dict[str, Any]) -> Any:
        self.commands.pop(self._commands_key(params), None)
        return True

    async def _api_sendmessage(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params)
        plain, entities = self._message_text(params)
        markup = _check_reply_markup(params.get("reply_markup"))
        _check_link_preview(params.get("link_preview_options"))
        thread_id = params.get("message_thread_id")
        if thread_id is not None and (
            not isinstance(thread_id, int)
            or thread_id <= 0
            or (chat["type"] in ("group", "supergroup") and not chat.get("is_forum"))
            or (chat["id"], thread_id) in self.deleted_topics
        ):
            raise _bad("message thread not found")
        reply = params.get("reply_parameters")
        if reply is not None and not (
            isinstance(reply, dict) and isinstance(reply.get("message_id"), int)
        ):
            raise _bad("can't parse reply parameters JSON object")
        reply = reply or (
            {"message_id": params["reply_to_message_id"]}
            if "reply_to_message_id" in params
            else None
        )
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat["id"]),
            "from": self.bot_user,
            "chat": _short_chat(chat),
            "date": int(time.time()),
            "text": plain,
        }
        if reply is not None:
            replied = self.messages.get((chat["id"], reply.get("message_id")))
            if replied is None and not reply.get("allow_sending_without_reply"):
                raise _bad("message to be replied not found")
            if replied is not None:
                message["reply_to_message"] = replied
        if entities:
            message["entities"] = entities
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = bool(chat.get("is_forum"))
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    async def _api_editmessagetext(self, params: dict[str, Any]) -> Any:
        message = self._find_bot_message(params)
        plain, entities = self._message_text(params)
        markup = _check_reply_markup(params.get("reply_markup"))
        _check_link_preview(params.get("link_preview_options"))
        if (
            plain == message.get("text")
            and entities == message.get("entities", [])
            and markup == message.get("reply_markup")
        ):
            raise _bad(_NOT_MODIFIED[len("Bad Request: ") :])
        message["text"] = plain
        message.pop("entities", None)
        if entities:
            message["entities"] = entities
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return message

    async def _api_editmessagereplymarkup(self, params: dict[str, Any]) -> Any:
        message = self._find_bot_message(params)
        markup = _check_reply_markup(params.get("reply_markup"))
        if markup == message.get("reply_markup"):
            raise _bad(_NOT_MODIFIED[len("Bad Request: ") :])
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return message

    async def _api_answercallbackquery(self, params: dict[str, Any]) -> Any:
        query_id = params.get("callback_query_id")
        pressed = self._open_callbacks.get(str(query_id))
        too_old = pressed is None or (
            self.callback_ttl is not None and time.monotonic() - pressed > self.callback_ttl
        )
        if too_old:
            self._open_callbacks.pop(str(query_id), None)
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if text is not None and utf16_len(str(text)) > 200:  # 0-200 characters (UTF-16)
            raise _bad("MESSAGE_TOO_LONG")
        del self._open_callbacks[str(query_id)]
        return True

    async def _api_getchat(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params, required=False)
        full = {
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }
        return {**full, **chat}

    async def _api_getchatmember(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params, required=False)
        user_id = params.get("user_id")
        if not isinstance(user_id, int):
            raise _bad("user not found")
        if user_id != BOT_ID:
            self._check_member_list(chat)
        member = self.chat_members.get((chat["id"], user_id))
        if member is not None:
            return member
        seen = (chat["id"], user_id) in self._members_seen or chat["id"] == user_id
        return {"status": "member" if seen else "left", "user": self._user(user_id, None)}

    async def _api_getchatadministrators(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params, required=False)
        if chat["type"] == "private":
            raise _bad("there are no administrators in the private chat")
        self._check_member_list(chat)
        return [
            member
            for (chat_id, _), member in self.chat_members.items()
            if chat_id == chat["id"] and member.get("status") in ("creator", "administrator")
        ]

    async def _api_leavechat(self, params: dict[str, Any]) -> Any:
        chat = self._resolve_chat(params, required=False)
        if chat["type"] == "private":
            raise _bad("chat member status can't be changed in private chats")
        self.left_chats.add(chat["id"])
        return True


def _short_chat(chat: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "type", "title", "username", "first_name", "last_name", "is_forum")
    return {k: chat[k] for k in keys if k in chat}


def _error_response(exc: ApiError) -> web.Response:
    body: dict[str, Any] = {
        "ok": False,
        "error_code": exc.error_code,
        "description": exc.description,
    }
    if exc.parameters:
        body["parameters"] = exc.parameters
    return web.json_response(body, status=exc.error_code)


async def _read_params(request: web.Request) -> dict[str, Any]:
    """Collect parameters from the query string and a JSON, urlencoded or multipart body."""
    raw: dict[str, Any] = dict(request.query)
    typed = False
    if request.can_read_body:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise _bad("can't parse JSON body") from None
            if not isinstance(body, dict):
                raise _bad("JSON body must be an object")
            raw.update(body)
            typed = True
        elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for key, value in form.items():
                raw[key] = value if isinstance(value, str) else {"file": value.filename}
    return {key: _coerce(key, value, typed) for key, value in raw.items()}


def _coerce(key: str, value: Any, typed: bool) -> Any:
    """Decode one parameter: form values are strings, complex ones JSON-encoded strings."""
    if key in _JSON_PARAMS and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            what = "reply keyboard markup" if key == "reply_markup" else key
            raise _bad(f"can't parse {what} JSON object") from None
    if key == "chat_id" and isinstance(value, str):
        return int(value) if re.fullmatch(r"-?\d+", value) else value
    if key in _INT_PARAMS and isinstance(value, str):
        if not re.fullmatch(r"-?\d+", value):
            raise _bad(f"invalid {key} specified")
        return int(value)
    if key in _BOOL_PARAMS and isinstance(value, str):
        return value.lower() in ("true", "1")
    return value


def _check_reply_markup(markup: Any) -> dict[str, Any] | None:
    """Validate a reply_markup object as Telegram does; return it."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise _bad("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise _bad('can\'t parse inline keyboard: field "inline_keyboard" must be an Array')
        if sum(len(r) for r in rows) > 100:
            raise _bad("reply markup is too long")
        for row in rows:
            for button in row:
                _check_inline_button(button)
        return markup
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise _bad('can\'t parse keyboard: field "keyboard" must be an Array of Arrays')
        for row in rows:
            for button in row:
                text = button if isinstance(button, str) else (button or {}).get("text")
                if not isinstance(text, str) or not text:
                    raise _bad("can't parse keyboard button: Text must be non-empty")
        return markup
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return markup
    raise _bad("can't parse reply keyboard markup JSON object")


def _check_link_preview(options: Any) -> None:
    """LinkPreviewOptions is an object of known fields (booleans, and a URL)."""
    if options is None:
        return
    if not isinstance(options, dict):
        raise _bad("can't parse link preview options JSON object")
    flags = ("is_disabled", "prefer_small_media", "prefer_large_media", "show_above_text")
    for key, value in options.items():
        if key == "url" and isinstance(value, str):
            continue
        if key not in flags or not isinstance(value, bool):
            raise _bad("can't parse link preview options JSON object")


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict):
        raise _bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
    text = button.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _bad("can't parse inline keyboard button: Text must be non-empty")
    actions = [a for a in _INLINE_BUTTON_ACTIONS if a in button]
    if len(actions) != 1:
        raise _bad(
            "can't parse inline keyboard button: exactly one of the optional fields must be used"
        )
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise _bad("BUTTON_DATA_INVALID")
    if "url" in button:
        parts = urlsplit(str(button["url"]))
        if parts.scheme not in ("http", "https", "tg") or not (parts.netloc or parts.path):
            raise _bad("BUTTON_URL_INVALID")
