"""The composition root: build the Application, its services and its transports.

`build_application(settings)` wires python-telegram-bot to the core: typed `bot_data`
(`BotData`), the handlers' one ordered list, a per-chat update processor (different chats
concurrently, one chat in order), and the lifecycle hooks that open and close the services.
`serve(settings)` runs it with long polling or, when WEBHOOK_URL is set, a webhook on our
aiohttp server. `OfflineSession` runs the same handlers without Telegram (`briefbot ask/chat`).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import itertools
import json
import signal
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import structlog
from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackContext,
    ContextTypes,
    Defaults,
)
from telegram.request import BaseRequest, RequestData

import handlers
from bot.catalog import Catalog
from bot.chats import Selections
from bot.http import AiohttpRequest
from bot.services import BotData
from bot.store import Store
from bot.web import WebhookRoute, WebServer, build_web_app
from config.settings import Settings, SettingsError
from handlers.common import COMMAND_ENTITY, command_name

log = structlog.get_logger()

App = Application[Any, Any, Any, Any, BotData, Any]
Json = dict[str, Any]  # a Bot API result object
Hook = Callable[[App], Awaitable[None]]

# --- hooks for other services --------------------------------------------------------------
# Run in order at the end of post_init, once the store and the catalog are ready (the digest
# rebuilds its jobs from storage here), and in reverse order at the start of post_shutdown.
# Append your service's start/stop coroutines; do not edit the functions below for it.
# Digests (issue 4): rebuild the jobs from storage, resume the outbox, run the sender.
STARTUP_HOOKS: tuple[Hook, ...] = (handlers.digest.start_digests,)
SHUTDOWN_HOOKS: tuple[Hook, ...] = (handlers.digest.stop_digests,)

# Used when no token is configured (offline mode); the offline request never sends it anywhere.
OFFLINE_TOKEN = "0:offline"  # noqa: S105 - not a secret, a placeholder
HTTP_TIMEOUT = aiohttp.ClientTimeout(total=30, connect=10)
MAX_CONCURRENT_UPDATES = 256
# A backstop for answers: a 429 is waited out (its retry_after) and the call made again, up to
# this many times. The limits themselves are not throttled here (rates 0): an answer is one
# to a few messages, and the digest sender keeps Telegram's broadcast limits on its own.
FLOOD_RETRIES = 2
# An answer refused with a 5xx, or whose connection failed, did not reach the chat: it is sent
# again after these pauses. A timeout is not retried: the message may have arrived, and a
# second try would show it twice.
ANSWER_RETRY_DELAYS: tuple[float, ...] = (0.5, 2.0)


class AnswerRateLimiter(AIORateLimiter):
    """PTB's limiter (429s waited out), and answers retried after a 5xx or a failed connection."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | Json | list[Json]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | Json | list[Json]:
        # Read at each call, so tests can shorten the pauses.
        for delay in (*ANSWER_RETRY_DELAYS, None):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except TimedOut:
                raise
            except NetworkError as error:
                # BadRequest is a NetworkError to PTB, but Telegram answered: no retry helps.
                if isinstance(error, BadRequest) or delay is None or endpoint == "getUpdates":
                    raise
                log.warning("answer_retry", method=endpoint, error=str(error), delay=delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable: the last try returns or raises")


# --- update processing ------------------------------------------------------------------


def update_command(update: object, known: Iterable[str]) -> str:
    """Name an update for logs and metrics: a known command, "other_command", "callback"..."""
    if not isinstance(update, Update):
        return "other"
    if update.callback_query is not None:
        data = update.callback_query.data or ""
        return f"callback_{data.split(':', 1)[0]}" if data else "callback"
    message = update.effective_message
    text = message.text if message is not None else None
    if not text:
        return "other"
    name = command_name(message)
    if not name:  # no bot_command entity at the start: "/help/x" is text, as Telegram says
        return "text"
    return name if name in known else "other_command"


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Handle updates of different chats concurrently and those of one chat in order.

    It also writes the one canonical log line per update and records its metrics.
    """

    def __init__(self, max_concurrent_updates: int, data: BotData, known: Iterable[str]) -> None:
        super().__init__(max_concurrent_updates)
        self.data = data
        self.known = frozenset(known)
        self._locks: dict[int | None, tuple[asyncio.Lock, int]] = {}
        self._log: Any = None
        self._log_config: tuple[object, ...] = ()

    def _update_log(self) -> Any:
        """The logger of the per-update line, bound once per logging configuration.

        `log.info` on the module's lazy proxy binds a new logger at every call (a few
        microseconds, once per update); this one is bound again only when structlog is
        configured anew (capture_logs changes the processors in place, so it is seen too).
        """
        config = structlog.get_config()
        current = (config["processors"], config["logger_factory"], config["wrapper_class"])
        if len(current) != len(self._log_config) or any(
            a is not b for a, b in zip(current, self._log_config, strict=True)
        ):
            self._log, self._log_config = log.bind(), current
        return self._log

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        key = chat.id if chat is not None else None
        found = self._locks.get(key)
        lock, users = found if found is not None else (asyncio.Lock(), 0)
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                await self._handle(update, coroutine, key)
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    async def _handle(
        self, update: object, coroutine: Awaitable[Any], chat_id: int | None
    ) -> None:
        command = update_command(update, self.known)
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(chat_id=chat_id, command=command)
        start = time.perf_counter()
        try:
            await coroutine
        finally:
            seconds = time.perf_counter() - start
            outcome = str(structlog.contextvars.get_contextvars().get("outcome", "ok"))
            self.data.metrics.observe(command, outcome, seconds)
            self._update_log().info(
                "update_handled", latency_ms=round(seconds * 1000, 2), outcome=outcome
            )
            structlog.contextvars.clear_contextvars()

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free."""


# --- lifecycle --------------------------------------------------------------------------


async def post_init(app: App) -> None:
    """Open the store, load the catalog, register the commands, start /healthz and hooks."""
    data = app.bot_data
    settings = data.settings
    if settings.health_port is not None and app.bot_data.extras.get("serve_health", True):
        server = WebServer(build_web_app(data), settings.health_listen, settings.health_port)
        await server.start()
        data.extras["health_server"] = server
    if settings.database_url is None:
        try:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            reason = error.strerror or str(error)
            raise SettingsError(
                f"BRIEFBOT_DATA_DIR: cannot create {settings.data_dir}: {reason}"
            ) from None
    data.store = await Store.open(settings.store_url)
    data.selections = Selections(data.store)
    data.catalog = catalog = Catalog(
        data.store, settings.briefs_dir, max_bytes=settings.max_brief_bytes
    )
    # Every view of every brief is rendered in the background after each load that changed
    # the briefs: a brief nobody asked about yet is answered as fast as a popular one. The
    # first time once start-up is done, not competing with it for the interpreter.
    catalog.listeners.append(lambda: prerender(data) if data.ready else None)
    await catalog.load()
    if data.extras.get("freeze_after_load"):
        # The loaded briefs live as long as the process: keep the collector from rescanning
        # them at every full collection (a latency spike with 10,000 briefs).
        gc.freeze()
    data.http = aiohttp.ClientSession(timeout=HTTP_TIMEOUT)
    data.bot_username = app.bot.username
    try:
        await app.bot.set_my_commands(handlers.bot_commands())
    except TelegramError as error:
        # The menu is a convenience: the bot works without it.
        log.warning("set_my_commands_failed", error=str(error))
    if settings.reload_interval > 0 and app.job_queue is not None:
        # coalesce: after a pause (suspended host) one look at the folder is enough.
        app.job_queue.run_repeating(
            reload_briefs,
            interval=settings.reload_interval,
            first=settings.reload_interval,
            name="reload_briefs",
            job_kwargs={"coalesce": True, "max_instances": 1},
        )
    for hook in STARTUP_HOOKS:
        await hook(app)
    data.ready = True
    prerender(data)
    log.info("bot_ready", briefs=len(data.catalog), username=data.bot_username)


def prerender(data: BotData) -> None:
    """Start rendering every view of every brief in the background (see bot.answers)."""
    task = data.answers.start_prerendering(data.catalog)
    if data.extras.get("freeze_after_load"):
        # What the background work built (index, answers) lives until the next reload: out of
        # the collector's way too, or full collections scan it (tens of ms each).
        task.add_done_callback(lambda _: gc.freeze())


async def reload_briefs(context: CallbackContext[Any, Any, Any, BotData]) -> None:
    """Pick up new or changed brief files (a repeating job)."""
    # A job's task inherits the logging context of whatever armed the scheduler's timer
    # (often an update's: its chat and command): start from a clean one.
    structlog.contextvars.clear_contextvars()
    report = await context.bot_data.catalog.reload()
    if report.new:
        log.info("briefs_added", numbers=[entry.number for entry in report.new])


async def post_shutdown(app: App) -> None:
    """Stop hooks, then close the HTTP session, the store and the health server."""
    data = app.bot_data
    data.ready = False
    for hook in reversed(SHUTDOWN_HOOKS):
        try:
            await hook(app)
        except Exception:
            log.exception("shutdown_hook_failed", hook=getattr(hook, "__name__", repr(hook)))
    if data._http is not None:
        await data._http.close()
        data.http = None
    await data.answers.close()
    if data._catalog is not None:
        await data._catalog.close()
    if data._store is not None:
        await data._store.close()
        data.store = None
    server = data.extras.pop("health_server", None)
    if isinstance(server, WebServer):
        await server.stop()
    log.info("bot_stopped")


def build_application(
    settings: Settings, *, request: BaseRequest | None = None, serve_health: bool = True
) -> App:
    """Build the Application: the one place where the bot, handlers and services meet."""
    token = settings.telegram_token.get_secret_value() if settings.telegram_token else None
    api = settings.telegram_api_url
    data_holder = BotData()
    builder = (
        ApplicationBuilder()
        .token(token or OFFLINE_TOKEN)
        .base_url(f"{api}/bot")
        .base_file_url(f"{api}/file/bot")
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                # In groups answers quote the command; one deleted meanwhile (by its sender or
                # an anti-spam bot) must not make Telegram refuse the answer.
                allow_sending_without_reply=True,
            )
        )
        .rate_limiter(
            AnswerRateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=FLOOD_RETRIES)
        )
        .context_types(ContextTypes(bot_data=BotData))
        .concurrent_updates(
            PerChatUpdateProcessor(MAX_CONCURRENT_UPDATES, data_holder, handlers.command_names())
        )
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is None:
        # aiohttp, not PTB's default httpx: a fifth of the CPU a request (see AiohttpRequest).
        # One pool for answers, as large as PTB's default; one connection for the long poll.
        builder = builder.request(AiohttpRequest(connections=MAX_CONCURRENT_UPDATES))
        builder = builder.get_updates_request(AiohttpRequest(connections=1))
    else:
        builder = builder.request(request).get_updates_request(request)
    app: App = builder.build()
    # The processor was built before the Application; give both the same BotData.
    processor = app.update_processor
    assert isinstance(processor, PerChatUpdateProcessor)  # noqa: S101 - set just above
    processor.data = app.bot_data
    app.bot_data.settings = settings
    app.bot_data.extras["serve_health"] = serve_health
    handlers.register(app)
    return app


# --- transports -------------------------------------------------------------------------


def serve(settings: Settings) -> None:
    """Serve Telegram until SIGTERM/SIGINT: webhook when WEBHOOK_URL is set, else polling."""
    app = build_application(settings)
    app.bot_data.extras["freeze_after_load"] = True
    if settings.webhook_url:
        asyncio.run(serve_webhook(app))
    else:
        # PTB's run_polling stops on SIGINT/SIGTERM: it finishes in-flight updates, then
        # post_shutdown closes the store.
        app.run_polling(allowed_updates=handlers.allowed_updates(), drop_pending_updates=False)


async def serve_webhook(app: App, *, stop: asyncio.Event | None = None) -> None:
    """Run the Application behind our aiohttp webhook server until `stop` or a signal."""
    settings = app.bot_data.settings
    if settings.webhook_secret is None:  # Settings makes one up whenever WEBHOOK_URL is set
        raise ValueError("a webhook needs a secret token")
    secret = settings.webhook_secret.get_secret_value()
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)

    async def feed(payload: dict[str, Any]) -> None:
        try:
            update = Update.de_json(payload, app.bot)
        except (AttributeError, KeyError, TypeError, ValueError) as exc:  # JSON that is no Update
            raise ValueError("not an update") from exc
        await app.update_queue.put(update)

    same_port = settings.health_port == settings.webhook_port
    if same_port:
        app.bot_data.extras["serve_health"] = False
    await app.initialize()
    await post_init(app)
    route = WebhookRoute(settings.webhook_path, secret, feed)
    server = WebServer(
        build_web_app(app.bot_data, webhook=route), settings.webhook_listen, settings.webhook_port
    )
    app.bot_data.extras["webhook_server"] = server
    try:
        await server.start()
        await app.start()
        await app.bot.set_webhook(
            url=str(settings.webhook_url),
            secret_token=secret,
            allowed_updates=handlers.allowed_updates(),
        )
        log.info("webhook_serving", path=settings.webhook_path, port=server.port)
        await stop.wait()
        log.info("stopping", reason="signal")
    finally:
        # Stop taking requests first, then let in-flight updates finish, then close services.
        app.bot_data.ready = False
        await server.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        await post_shutdown(app)
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)


# --- offline: the same handlers without Telegram ------------------------------------------

OFFLINE_BOT = {"id": 1, "is_bot": True, "first_name": "briefbot", "username": "briefbot"}


@dataclass
class Sent:
    """One message the bot would have sent or edited."""

    method: str
    text: str
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)


class OfflineRequest(BaseRequest):
    """A Bot API answering locally and recording what the bot sends (PTB's OfflineRequest idea)."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []
        self._ids = itertools.count(1)

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data is not None else {}
        result: Any = True
        if api_method == "getMe":
            result = OFFLINE_BOT
        elif api_method in {"sendMessage", "editMessageText"}:
            markup = params.get("reply_markup")
            buttons = []
            if isinstance(markup, dict):
                for row in markup.get("inline_keyboard", []):
                    buttons.append([(b.get("text", ""), b.get("callback_data", "")) for b in row])
            self.sent.append(Sent(api_method, str(params.get("text", "")), buttons))
            result = {
                "message_id": next(self._ids),
                "date": int(dt.datetime.now(dt.UTC).timestamp()),
                "chat": {"id": params.get("chat_id", 0), "type": "private"},
                "text": params.get("text", ""),
            }
        elif api_method == "getUpdates":
            result = []
        return 200, json.dumps({"ok": True, "result": result}).encode()


class OfflineSession:
    """The bot without Telegram: send text as a user of a private chat, get what it answers."""

    CHAT_ID = 1
    USER_ID = 1

    def __init__(self, settings: Settings) -> None:
        self.request = OfflineRequest()
        self.app = build_application(settings, request=self.request, serve_health=False)
        # Nothing is really sent offline: the digest sender must leave the outbox alone.
        self.app.bot_data.extras["offline"] = True
        self._update_ids = itertools.count(1)
        self.last: list[Sent] = []

    async def __aenter__(self) -> OfflineSession:
        await self.app.initialize()
        try:
            await post_init(self.app)
        except BaseException:
            # A store or folder that cannot be used: close what was opened before saying so.
            await self.__aexit__()
            raise
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.app.shutdown()
        await post_shutdown(self.app)

    def _user(self) -> dict[str, Any]:
        return {"id": self.USER_ID, "is_bot": False, "first_name": "You"}

    def _chat(self) -> dict[str, Any]:
        return {"id": self.CHAT_ID, "type": "private", "first_name": "You"}

    async def send(self, text: str) -> list[Sent]:
        """Route one message through the handlers; return what the bot answered."""
        now = int(dt.datetime.now(dt.UTC).timestamp())
        message: dict[str, Any] = {
            "message_id": 10_000 + next(self._update_ids),
            "date": now,
            "chat": self._chat(),
            "from": self._user(),
            "text": text,
        }
        if command := COMMAND_ENTITY.match(text):
            # As Telegram marks it (a command is ASCII: its length is the same in UTF-16).
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command[0])}]
        return await self._process({"update_id": next(self._update_ids), "message": message})

    async def press(self, data: str) -> list[Sent]:
        """Press an inline button by its callback data."""
        now = int(dt.datetime.now(dt.UTC).timestamp())
        query = {
            "id": str(next(self._update_ids)),
            "from": self._user(),
            "chat_instance": "offline",
            "data": data,
            "message": {
                "message_id": 1,
                "date": now,
                "chat": self._chat(),
                "from": OFFLINE_BOT,
                "text": "",
            },
        }
        return await self._process({"update_id": next(self._update_ids), "callback_query": query})

    async def _process(self, payload: dict[str, Any]) -> list[Sent]:
        before = len(self.request.sent)
        update = Update.de_json(payload, self.app.bot)
        await self.app.update_processor.process_update(update, self.app.process_update(update))
        self.last = self.request.sent[before:]
        return self.last
