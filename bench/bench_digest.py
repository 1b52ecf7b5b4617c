"""Benchmark digest delivery: one digest to N subscribers against a rate-limited fake Bot API.

Run by hand (never in the tests):

    .venv/bin/python bench/bench_digest.py [--subscribers 10000] [--rate 1000]

The fake Bot API server (tests/fakes.py) runs in a child process and enforces `--rate`
messages a second overall (a token bucket; over it, 429 with retry_after). This process
writes the digest of the seed briefs to the outbox for N private-chat subscribers, then the
real sender (bot.digest.Sender, PTB's Bot over HTTP) delivers it with the overall limit set to
the same rate. Reported: throughput against the rate, 429s, messages lost or duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402
from aiohttp import ClientSession, web  # noqa: E402
from telegram import Bot  # noqa: E402

from bot.digest import (  # noqa: E402
    DigestOptions,
    Due,
    Sender,
    build_runs,
    render_digest,
)
from bot.http import AiohttpRequest  # noqa: E402
from bot.loader import scan  # noqa: E402
from bot.parser import parse_brief  # noqa: E402
from bot.store import Delivery, Store, Subscription, sqlite_url  # noqa: E402

NOW = dt.datetime.now(dt.UTC)


async def serve(rate: float) -> None:
    """Child process: the fake Bot API with a rate limit, plus /_stats for the counts."""
    from tests.fakes import FakeBotApi

    api = FakeBotApi()
    api.rate_limit = rate

    async def stats(_request: web.Request) -> web.Response:
        sends = [c for c in api.calls if c.method == "sendMessage"]
        ok = [c for c in sends if c.status == 200]
        return web.json_response(
            {
                "ok": len(ok),
                "limited": sum(1 for c in sends if c.status == 429),
                "other_errors": sum(1 for c in sends if c.status not in (200, 429)),
                "per_chat": Counter(c.params["chat_id"] for c in ok),
                "first": min((c.at for c in ok), default=0.0),
                "last": max((c.at for c in ok), default=0.0),
            }
        )

    make_app = api.make_app

    def app_with_stats() -> web.Application:
        app = make_app()
        app.router.add_get("/_stats", stats)
        return app

    api.make_app = app_with_stats  # type: ignore[method-assign]
    await api.start()
    print(json.dumps({"url": api.url, "token": api.token}), flush=True)
    await asyncio.Event().wait()


async def prepare(store: Store, subscribers: int) -> int:
    """Subscribe N private chats and write one digest each to the outbox; return the rows."""
    sources, _ = scan(ROOT / "seeds")
    entries = [(n, parse_brief(s.text, brief_id=s.id)) for n, s in enumerate(sources, start=1)]
    async with store.transaction() as session:
        fields = {
            "thread_id": 0,
            "chat_type": "private",
            "time": "09:00",
            "cadence": "daily",
            "tz": "UTC",
            "filters": "{}",
            "active": True,
            "paused": False,
            "created_at": NOW,
            "updated_at": NOW,
        }
        subs = [Subscription(chat_id=chat, **fields) for chat in range(1, subscribers + 1)]
        session.add_all(subs)
        await session.flush()
        ids = [s.id for s in subs]
    built = await build_runs(
        store, [Due(i, NOW) for i in ids], entries, render_digest, DigestOptions(), now=NOW
    )
    return sum(b.messages for b in built)


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        child = await asyncio.create_subprocess_exec(
            sys.executable, __file__, "--serve", "--rate", str(args.rate),
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            assert child.stdout is not None
            server = json.loads(await child.stdout.readline())
            store = await Store.open(sqlite_url(tmp))
            rows = await prepare(store, args.subscribers)
            options = DigestOptions(
                overall_per_second=args.rate,
                chat_per_second=1.0,
                workers=args.workers,
                poll_interval=0.05,
            )
            request = AiohttpRequest(connections=args.workers + 2)
            bot = Bot(server["token"], base_url=f"{server['url']}/bot", request=request)
            await request.initialize()
            sender = Sender(store, bot, options)
            started, cpu_started = time.perf_counter(), time.process_time()
            await sender.drain()
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            await sender.close()
            await request.shutdown()
            async with store.transaction() as session:
                statuses = Counter(
                    (await session.execute(sa.select(Delivery.status))).scalars().all()
                )
            await store.close()
            async with ClientSession() as http, http.get(f"{server['url']}/_stats") as r:
                stats: dict[str, Any] = await r.json()
        finally:
            child.terminate()
            await child.wait()
    per_chat = stats["per_chat"]
    delivered = sum(per_chat.values())
    lost = args.subscribers - len(per_chat)
    duplicates = delivered - len(per_chat)
    server_span = stats["last"] - stats["first"]
    achieved = (delivered - 1) / server_span if server_span > 0 else float("nan")
    print(f"subscribers        {args.subscribers}")
    print(f"outbox rows        {rows}  ({dict(statuses)})")
    print(f"rate limit R       {args.rate:g} msg/s (fake server and sender)")
    print(f"delivered          {delivered}  lost {lost}  duplicates {duplicates}")
    print(f"429 answers        {stats['limited']}  other errors {stats['other_errors']}")
    print(f"sender time        {elapsed:.2f} s  ({rows / elapsed:.0f} msg/s end to end)")
    print(f"sender CPU         {cpu:.2f} s  ({cpu / rows * 1000:.2f} ms a message)")
    print(f"server-side rate   {achieved:.0f} msg/s = {achieved / args.rate:.1%} of R")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=1000.0)
    parser.add_argument("--workers", type=int, default=128)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve(args.rate))
    else:
        asyncio.run(run(args))


if __name__ == "__main__":
    main()
