"""Benchmark the service end to end: long polling against a Bot API server in its own process.

Run by hand (never in the tests):

    .venv/bin/python bench/bench_e2e.py [--briefs 10000] [--updates 2000] [--rounds 3]

`bench_service.py` feeds updates to the Application in-process and answers its requests
without HTTP, so it weighs only the CPU that Python spends per update. This benchmark runs the
service as it runs in production instead: `briefbot`'s Application, with its real HTTP client,
long-polls a Bot API server (our fake from `tests/fakes.py`, which checks every message's HTML
as Telegram does and answers with the message and its entities) listening on loopback in a
separate process, as Telegram's servers are separate. The server hands out 2,000 updates from
50 private chats and times each one from the getUpdates answer that carries it to the
sendMessage that answers it (answers in one chat come in order).

Measured in alternating rounds (the order turning each round), each bot in a fresh process:
- briefbot, once its background work is done, on `/figures N` (N random of the 10,000
  briefs) and `/search` (two of eight words);
- PTB's echo bot as its examples build it (one update at a time);
- the same echo bot with PTB's `concurrent_updates`, as briefbot handles different chats;
- the same echo bot on briefbot's HTTP client (`bot.http.AiohttpRequest`), which tells what
  the client is worth from what the rest of briefbot costs.
It prints updates per second (all updates over the time from the first getUpdates answer to
the last reply), per-update latency (p50, p99) and each bot's ratio to each echo bot.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiohttp import ClientSession, web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CHATS = 50
PACED = 300  # updates sent one at a time for the latency
KINDS = ("briefbot", "echo", "echo-concurrent", "echo-aiohttp")


# --- the Bot API server (its own process) -----------------------------------------------


async def serve_api() -> None:
    """Serve the fake Bot API plus /bench/load and /bench/done; print the URL; run until EOF."""
    from tests.fakes import FakeBotApi

    class TimedApi(FakeBotApi):
        """The fake Bot API, timing each update from its getUpdates answer to its reply."""

        def __init__(self) -> None:
            super().__init__()
            self.expected = 0
            self.served: dict[int, float] = {}  # update_id -> first handed out
            self.queues: dict[int, list[int]] = {}  # chat -> its update_ids, in order
            self.latencies: list[float] = []
            self.first = self.last = 0.0
            self.done = asyncio.Event()
            self.checked: dict[tuple[str, str], tuple[str, list[dict[str, Any]]]] = {}

        def _message_text(self, params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
            # Each text is checked once (Telegram's servers have more than our one core): the
            # warm-up round sees every text the measured rounds send.
            key = (str(params.get("text")), str(params.get("parse_mode")))
            if key not in self.checked:
                self.checked[key] = super()._message_text(params)
            return self.checked[key]

        async def _api_getupdates(self, params: dict[str, Any]) -> Any:
            updates = await super()._api_getupdates(params)
            now = time.perf_counter()
            for update in updates:
                self.served.setdefault(update["update_id"], now)
            if updates and not self.first:
                self.first = now
            return updates

        async def _api_sendmessage(self, params: dict[str, Any]) -> Any:
            message = await super()._api_sendmessage(params)
            queue = self.queues.get(message["chat"]["id"])
            if queue:
                now = time.perf_counter()
                self.latencies.append(now - self.served[queue.pop(0)])
                self.last = now
                if len(self.latencies) == self.expected:
                    self.done.set()
            return message

        def load(self, texts: list[str]) -> None:
            self.expected, self.latencies = len(texts), []
            self.first = self.last = 0.0
            self.done = asyncio.Event()
            self.queues = {}
            for n, text in enumerate(texts):
                chat = 1 + n % CHATS
                update_id = self.push_update(self.message(text, chat_id=chat, user_id=chat))
                self.queues.setdefault(chat, []).append(update_id)

    api = TimedApi()

    async def load(request: web.Request) -> web.Response:
        texts = await request.json()
        while not api.waiting_polls:  # noqa: ASYNC110 - until the bot polls: it is ready
            await asyncio.sleep(0.01)
        api.load(texts)
        return web.json_response({"loaded": len(texts)})

    async def done(request: web.Request) -> web.Response:
        await asyncio.wait_for(api.done.wait(), 300)
        return web.json_response({"per_second": len(api.latencies) / (api.last - api.first)})

    async def paced(request: web.Request) -> web.Response:
        """One update at a time, the next once the last is answered: per-update latency."""
        latencies = []
        for text in await request.json():
            api.load([text])
            await asyncio.wait_for(api.done.wait(), 60)
            latencies += api.latencies
        ordered = sorted(latencies)
        return web.json_response(
            {
                "p50_ms": statistics.median(ordered) * 1000,
                "p99_ms": ordered[int(len(ordered) * 0.99) - 1] * 1000,
            }
        )

    app = web.Application()
    app.router.add_post("/bench/load", load)
    app.router.add_get("/bench/done", done)
    app.router.add_post("/bench/paced", paced)
    app.router.add_route("*", "/{tail:.*}", api._handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(f"http://127.0.0.1:{port}", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await runner.cleanup()


# --- the bots (each in its own process) -------------------------------------------------


async def run_bot(kind: str, api_url: str, tmp: Path) -> None:
    """Start one bot polling `api_url`; print "ready" once it polls; run until SIGTERM."""
    from bench_service import pin_parse_cache_key, settings_for
    from pydantic import SecretStr
    from telegram import Update
    from telegram.ext import ApplicationBuilder, MessageHandler, filters

    import handlers
    from bot.app import build_application, post_init, post_shutdown
    from bot.http import AiohttpRequest
    from bot.logging import configure_logging
    from tests.fakes import DEFAULT_TOKEN

    async def echo(update: Update, context: Any) -> None:
        if update.effective_message is not None and update.effective_message.text:
            await update.effective_message.reply_text(update.effective_message.text)

    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    if kind == "briefbot":
        pin_parse_cache_key()
        settings = settings_for(tmp / "briefs", tmp / "data").model_copy(
            update={"telegram_api_url": api_url, "telegram_token": SecretStr(DEFAULT_TOKEN)}
        )
        configure_logging(settings, stream=open(os.devnull, "w"))  # noqa: SIM115, ASYNC230
        app: Any = build_application(settings, serve_health=False)
        app.bot_data.extras["freeze_after_load"] = True
        await app.initialize()
        await post_init(app)
        await app.bot_data.catalog.close()  # the background work: search index ...
        await app.bot_data.answers.prerendered()  # ... and every view pre-rendered
        allowed = handlers.allowed_updates()
    else:
        builder = ApplicationBuilder().token(DEFAULT_TOKEN).base_url(f"{api_url}/bot")
        if kind == "echo-concurrent":
            builder = builder.concurrent_updates(True)
        if kind == "echo-aiohttp":
            builder = builder.request(AiohttpRequest(connections=256))
            builder = builder.get_updates_request(AiohttpRequest(connections=1))
        app = builder.build()
        app.add_handler(MessageHandler(filters.ALL, echo))
        await app.initialize()
        allowed = None
    await app.updater.start_polling(poll_interval=0, timeout=10, allowed_updates=allowed)
    await app.start()
    print("ready", flush=True)
    await stop.wait()
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    if kind == "briefbot":
        await post_shutdown(app)


# --- the conductor ----------------------------------------------------------------------


def texts_for(command: str, count: int, briefs: int, seed: int) -> list[str]:
    from bench_service import WORDS

    rng = random.Random(seed)
    if command == "/figures N":
        return [f"/figures {rng.randint(1, briefs)}" for _ in range(count)]
    return [f"/search {' '.join(rng.sample(WORDS, 2))}" for _ in range(count)]


async def one_run(api_url: str, kind: str, tmp: Path, loads: list[list[str]]) -> list[dict]:
    """Start a bot, feed it each load in turn, stop it; return the server's figures."""
    child = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--bot", kind, "--api", api_url, "--dir", str(tmp),
        stdout=subprocess.PIPE,
    )  # fmt: skip
    assert child.stdout is not None
    line = await asyncio.wait_for(child.stdout.readline(), 120)
    if line.strip() != b"ready":
        raise RuntimeError(f"{kind} did not start: {line!r}")
    results = []
    async with ClientSession() as session:
        for texts in loads:
            async with session.post(f"{api_url}/bench/load", json=texts) as response:
                response.raise_for_status()
            async with session.get(f"{api_url}/bench/done") as response:
                result = await response.json()
            async with session.post(f"{api_url}/bench/paced", json=texts[:PACED]) as response:
                results.append(result | await response.json())
    child.send_signal(signal.SIGTERM)
    await asyncio.wait_for(child.wait(), 60)
    return results


async def conduct(tmp: Path, updates: int, rounds: int) -> None:
    server = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--serve", stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert server.stdout is not None
    assert server.stdin is not None
    api_url = (await server.stdout.readline()).decode().strip()
    briefs = len(list((tmp / "briefs").glob("*.txt")))
    commands = ["/figures N", "/search"]
    # The same updates in every round; a first round, not counted, warms the server up.
    loads = [texts_for(command, updates, briefs, seed=i) for i, command in enumerate(commands)]
    figures: dict[tuple[str, str], list[dict]] = {}
    try:
        await one_run(api_url, "briefbot", tmp, loads)
        for n in range(rounds):
            for k in range(len(KINDS)):
                kind = KINDS[(n + k) % len(KINDS)]
                measured = await one_run(api_url, kind, tmp, loads)
                for command, result in zip(commands, measured, strict=True):
                    figures.setdefault((kind, command), []).append(result)
                    print(
                        f"round {n + 1} {kind:16} {command:11} "
                        f"{result['per_second']:6.0f} updates/s, p50 {result['p50_ms']:.2f} ms,"
                        f" p99 {result['p99_ms']:.2f} ms",
                        flush=True,
                    )
    finally:
        server.stdin.close()
        await server.wait()

    def median(kind: str, command: str, key: str) -> float:
        return statistics.median(r[key] for r in figures[(kind, command)])

    print(f"\nmedians of {rounds} rounds, {updates} updates each, {briefs} briefs loaded:")
    for command in commands:
        echoes = {kind: median(kind, command, "per_second") for kind in KINDS[1:]}
        for kind in KINDS:
            rate = median(kind, command, "per_second")
            ratios = ", ".join(f"{rate / echo:.2f} of {name}" for name, echo in echoes.items())
            print(
                f"{kind:16} {command:11} {rate:6.0f} updates/s, "
                f"p50 {median(kind, command, 'p50_ms'):.2f} ms, "
                f"p99 {median(kind, command, 'p99_ms'):.2f} ms; {ratios}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=10_000)
    parser.add_argument("--updates", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--keep", type=Path, help="keep the generated briefs and state here and reuse them"
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bot", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--api", help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.serve:
        asyncio.run(serve_api())
        return
    if options.bot:
        asyncio.run(run_bot(options.bot, options.api, options.dir))
        return
    from bench_service import ensure_briefs, pin_parse_cache_key

    pin_parse_cache_key()
    with tempfile.TemporaryDirectory() as scratch:
        tmp = options.keep or Path(scratch)
        ensure_briefs(tmp, options.briefs)
        asyncio.run(conduct(tmp, options.updates, options.rounds))


if __name__ == "__main__":
    main()
