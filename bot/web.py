"""The HTTP side: /healthz, /metrics and, in webhook mode, the webhook route (aiohttp).

No telegram import here: the webhook route hands the JSON body to a `feed` coroutine that
`bot.app` provides.
"""

from __future__ import annotations

import hmac
import json
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import structlog
from aiohttp import web

from bot.services import BotData

log = structlog.get_logger()

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
DATA_KEY = web.AppKey("bot_data", BotData)

Feed = Callable[[dict[str, Any]], Awaitable[None]]
"""Hands one update's JSON on; raises ValueError if it is not an update."""

RECENT_UPDATES = 1024  # update_ids remembered to drop Telegram's repeats of an update


@dataclass(frozen=True)
class WebhookRoute:
    """Where Telegram posts updates, the secret it must send, and where updates go."""

    path: str
    secret: str
    feed: Feed


async def healthz(request: web.Request) -> web.Response:
    """Answer 200 with the brief count and uptime once ready, 503 before (and while stopping)."""
    data = request.app[DATA_KEY]
    body = {
        "status": "ok" if data.ready else "starting",
        "briefs": data.brief_count(),
        "uptime_seconds": round(data.uptime(), 3),
    }
    return web.json_response(body, status=200 if data.ready else 503)


async def metrics(request: web.Request) -> web.Response:
    """Serve the Prometheus text format."""
    data = request.app[DATA_KEY]
    text = data.metrics.render(briefs=data.brief_count())
    return web.Response(text=text, content_type="text/plain", charset="utf-8")


class RecentIds:
    """The last `size` ids seen, to tell a repeat from a new one in constant time."""

    def __init__(self, size: int) -> None:
        self._order: deque[int] = deque()
        self._seen: set[int] = set()
        self._size = size

    def add(self, item: int) -> bool:
        """Remember `item`; False if it was already among the last `size`."""
        if item in self._seen:
            return False
        self._order.append(item)
        self._seen.add(item)
        if len(self._order) > self._size:
            self._seen.discard(self._order.popleft())
        return True


def _webhook_handler(route: WebhookRoute) -> Callable[[web.Request], Awaitable[web.Response]]:
    expected = route.secret.encode()
    # Telegram posts an update again when our answer did not reach it in time; the repeat is
    # acknowledged and dropped so that a command is not answered twice.
    recent = RecentIds(RECENT_UPDATES)

    async def webhook(request: web.Request) -> web.Response:
        """Accept one update from Telegram, if it carries our secret token."""
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            log.warning("webhook_refused", reason="missing or wrong secret token")
            return web.Response(status=403, text="forbidden")
        try:
            payload = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return web.Response(status=400, text="not JSON")
        update_id = payload.get("update_id") if isinstance(payload, dict) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            return web.Response(status=400, text="not an update")
        if not recent.add(update_id):
            log.info("webhook_repeat_dropped", update_id=update_id)
            return web.Response(status=200)
        try:
            await route.feed(payload)
        except ValueError:
            log.warning("webhook_bad_update", update_id=update_id)
            return web.Response(status=400, text="not an update")
        return web.Response(status=200)

    return webhook


def build_web_app(data: BotData, *, webhook: WebhookRoute | None = None) -> web.Application:
    """Return the aiohttp app: health and metrics always, the webhook route when given."""
    app = web.Application()
    app[DATA_KEY] = data
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    if webhook is not None:
        app.router.add_post(webhook.path, _webhook_handler(webhook))
    return app


class WebServer:
    """An aiohttp app on a host and port; port 0 picks a free one (see `port`)."""

    def __init__(self, app: web.Application, host: str, port: int) -> None:
        self.runner = web.AppRunner(app, access_log=None, handle_signals=False)
        self.host = host
        self.requested_port = port
        self.port: int | None = None

    async def start(self) -> None:
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.host, self.requested_port)
        await site.start()
        address = self.runner.addresses[0]
        self.port = int(address[1])
        log.info("http_listening", host=self.host, port=self.port)

    async def stop(self) -> None:
        await self.runner.cleanup()
