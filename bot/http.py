"""The HTTP client of the bot: PTB's request interface on aiohttp."""

from __future__ import annotations

import re

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

POOL_TIMEOUT = 1.0  # PTB's HTTPXRequest default
# The token is part of every request's path (https://core.telegram.org/bots/api#making-requests:
# "https://api.telegram.org/bot<token>/METHOD_NAME"); some aiohttp errors quote the URL.
_BOT_PATH = re.compile(r"/bot[^/\s'\"]*")


def _timeout_value(value: object, default: float | None) -> float | None:
    """A PTB timeout argument: a number of seconds, None (no limit) or DEFAULT_NONE (default)."""
    if value is None:
        return None
    return float(value) if isinstance(value, int | float) else default


class AiohttpRequest(BaseRequest):
    """PTB's request interface over one aiohttp session: how the bot talks to the Bot API.

    PTB's default (httpx) costs about 1 ms of CPU a request here, aiohttp a fifth of that
    (`bench/bench_e2e.py`): for a bot whose own work per update is about 0.2 ms, the HTTP
    client decides how many updates a core can answer and how fast a large digest can go
    out. Plain form requests only: the bot sends text, never files. Parameters go as PTB's
    own request sends them (a urlencoded form, complex values JSON-encoded); so do timeouts,
    but for writes (aiohttp has no write limit: a form of a few kilobytes).
    """

    def __init__(self, *, connections: int = 16, timeout: float = 10.0) -> None:
        self._connections = connections
        self._timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=self._timeout),
                headers={"User-Agent": self.USER_AGENT},
                # HTTPS_PROXY / NO_PROXY from the environment, as PTB's httpx client reads
                # them: where Telegram is blocked, operators reach it through a proxy.
                trust_env=True,
            )

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        # PTB passes a number, None (no limit) or its DEFAULT_NONE marker (our default).
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None:
            raise RuntimeError("AiohttpRequest is not initialized")
        if request_data is not None and request_data.contains_files:
            raise ValueError("AiohttpRequest sends no files")
        # As PTB's HTTPXRequest: the marker means our default, None no limit. aiohttp's
        # `connect` covers waiting for a pooled connection too (httpx's pool timeout).
        connect = _timeout_value(connect_timeout, self._timeout)
        pool = _timeout_value(pool_timeout, POOL_TIMEOUT)
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            sock_read=_timeout_value(read_timeout, self._timeout),
        )
        data = request_data.json_parameters if request_data is not None else None
        try:
            # The Bot API answers every request itself; a redirect (a proxy, an http:// API
            # URL) is not followed, as PTB's httpx client does not: a POST would become a GET
            # without its parameters.
            async with self._session.request(
                method, url, data=data, timeout=timeout, allow_redirects=False
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            described = f"aiohttp.{type(error).__name__}: {error}"
            safe = _BOT_PATH.sub("/bot<token>", described)
            if safe == described:
                raise NetworkError(described) from error
        # The error quoted the URL, and with it the token: raised here, out of the except
        # block, so that neither its message nor a chained error (a traceback in a log, a
        # reason kept in the outbox) carries it.
        raise NetworkError(safe)
