"""The application's services, reached from handlers as `context.bot_data` (typed).

Built empty by python-telegram-bot (ContextTypes calls `BotData()`), given the settings by
`build_application`, and filled in `post_init` (store, catalog, HTTP session). Reading a service
before start-up raises a clear error instead of returning None.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, TypeVar

from bot.answers import RenderedAnswers
from bot.metrics import Metrics
from bot.ratelimit import RateLimiter

if TYPE_CHECKING:
    import aiohttp

    from bot.catalog import Catalog
    from bot.chats import Selections
    from bot.store import Store
    from config.settings import Settings

T = TypeVar("T")


def _started(value: T | None, name: str) -> T:
    if value is None:
        raise RuntimeError(f"{name} is not available before the application has started")
    return value


class BotData:
    """Settings, store, catalog, metrics, rate limiter and HTTP session of one application."""

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._store: Store | None = None
        self._catalog: Catalog | None = None
        self._selections: Selections | None = None
        self._http: aiohttp.ClientSession | None = None
        self.metrics = Metrics()
        self.answers = RenderedAnswers()
        self.limiter = RateLimiter(0, 1.0)
        self.ready = False  # True once the catalog is loaded; /healthz answers 503 before
        self.started = time.monotonic()
        self.bot_username: str | None = None
        # Extra services (the digest's scheduler, etc.) by name; set in start-up hooks.
        self.extras: dict[str, object] = {}

    @property
    def settings(self) -> Settings:
        return _started(self._settings, "settings")

    @settings.setter
    def settings(self, value: Settings) -> None:
        self._settings = value
        self.limiter = RateLimiter(*value.rate_limit)

    @property
    def store(self) -> Store:
        return _started(self._store, "store")

    @store.setter
    def store(self, value: Store | None) -> None:
        self._store = value

    @property
    def catalog(self) -> Catalog:
        return _started(self._catalog, "catalog")

    @catalog.setter
    def catalog(self, value: Catalog | None) -> None:
        self._catalog = value

    @property
    def selections(self) -> Selections:
        return _started(self._selections, "selections")

    @selections.setter
    def selections(self, value: Selections | None) -> None:
        self._selections = value

    @property
    def http(self) -> aiohttp.ClientSession:
        return _started(self._http, "http session")

    @http.setter
    def http(self, value: aiohttp.ClientSession | None) -> None:
        self._http = value

    def brief_count(self) -> int:
        """Briefs loaded so far (0 before start-up)."""
        return 0 if self._catalog is None else len(self._catalog)

    def uptime(self) -> float:
        return time.monotonic() - self.started
