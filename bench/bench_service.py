"""Benchmark the service: /figures and /search through the real Application and handlers.

Run by hand (never in the tests):

    .venv/bin/python bench/bench_service.py [--briefs 10000] [--updates 2000]

It writes N briefs (the seed's text, varied: dates, numbers and a few words) to a temporary
folder, starts the service once to parse and cache them, then in a fresh process measures:
- start-up with the parse cache warm (build_application + initialize + post_init);
- updates per second and per-update latency (p50, p99), each update fed through the
  Application (update processor, handlers, summary, rendering) to an offline Bot API that
  answers locally, next to two baselines fed the same updates in alternating rounds (so a
  change in the machine's load weighs on all alike): PTB's echo bot as its examples build it,
  and the same echo handler on briefbot's stack (update processor, log line, metrics, rate
  limit, Defaults, flood backstop), which tells the commands' own cost from the stack's:
  /figures N (N random of the 10,000) right after start-up, answers rendered on demand while
  the background work (search index, pre-rendering) runs; then, once it is done, /figures 1
  (the same brief again and again), /figures N (other random briefs) and /search (two of
  eight words);
- resident memory (peak RSS).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, MessageHandler, filters

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bot.catalog  # noqa: E402
from bot.app import App, OfflineRequest, build_application, post_init, post_shutdown  # noqa: E402
from bot.logging import configure_logging  # noqa: E402
from config.settings import Settings  # noqa: E402

WORDS = ["energy", "trade", "transport", "water", "grain", "digital", "health", "tourism"]


def write_briefs(folder: Path, count: int) -> None:
    """Write `count` variations of the seed briefs."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(7)
    start = dt.date(2020, 1, 1)
    for n in range(count):
        text = seeds[n % len(seeds)]
        day = start + dt.timedelta(days=n % 1500)
        lines = text.split("\n", 1)
        header = lines[0]
        for token in header.split():
            if len(token) == 10 and token[4] == "-" and token[7] == "-":
                header = header.replace(token, day.isoformat())
        body = lines[1] if len(lines) > 1 else ""
        extra = " ".join(rng.sample(WORDS, 3))
        worth = f"${rng.randint(2, 90)} million"
        body += f"\n\nThe sides also discussed {extra} cooperation worth {worth}."
        (folder / f"{day.isoformat()}_brief_{n:05d}.txt").write_text(
            f"{header}\n{body}", encoding="utf-8"
        )


def message(update_id: int, text: str, chat_id: int) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "B"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "B"},
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
        },
    }


async def drive(
    app: Application[Any, Any, Any, Any, Any, Any], texts: list[str], first_id: int = 1
) -> list[float]:
    """Feed each text as an update from one of 50 chats; return each update's latency (s)."""
    latencies = []
    updates = [
        Update.de_json(message(first_id + i, text, 1 + i % 50), app.bot)
        for i, text in enumerate(texts)
    ]
    for update in updates:
        start = time.perf_counter()
        await app.update_processor.process_update(update, app.process_update(update))
        latencies.append(time.perf_counter() - start)
    return latencies


def summarise(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)
    return {
        "per_second": len(ordered) / sum(ordered),
        "p50_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[int(len(ordered) * 0.99) - 1] * 1000,
    }


async def paired(
    app: Application[Any, Any, Any, Any, Any, Any],
    baselines: list[Application[Any, Any, Any, Any, Any, Any]],
    texts: list[str],
    rounds: int = 20,
) -> list[dict[str, float]]:
    """Measure the service and each baseline on the same texts in alternating rounds (the
    order turning each round), so that a change in the machine's load weighs on all alike;
    return the service's figures, then each baseline's."""
    apps = [app, *baselines]
    latencies: list[list[float]] = [[] for _ in apps]
    size = max(1, len(texts) // rounds)
    for n, start in enumerate(range(0, len(texts), size)):
        chunk = texts[start : start + size]
        for k in range(len(apps)):
            which = (n + k) % len(apps)
            latencies[which] += await drive(apps[which], chunk, first_id=start + 1)
    return [summarise(measured) for measured in latencies]


async def echo(update: Update, context: Any) -> None:
    """Answer with the text received: the baseline handler."""
    if update.effective_message is not None and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    VmHWM where Linux has it: getrusage's ru_maxrss survives exec, so in this child process it
    would report the parent's peak (the parent parsed 10,000 briefs) when that was higher.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def start_echo() -> Application[Any, Any, Any, Any, Any, Any]:
    """The baseline: PTB's echo bot, as its examples build it."""
    app = ApplicationBuilder().token("0:bench").request(OfflineRequest()).build()
    app.add_handler(MessageHandler(filters.ALL, echo))
    await app.initialize()
    return app


async def start_stack_echo(settings: Settings) -> App:
    """A second baseline: the echo handler on briefbot's own stack (its update processor with
    the per-update log line and metrics, the rate limit, Defaults and the flood backstop),
    without briefs. The service against it is the cost of the commands themselves."""
    app = build_application(settings, request=OfflineRequest(), serve_health=False)
    app.handlers[0] = [MessageHandler(filters.ALL, echo)]
    await app.initialize()
    return app


async def start_service(settings: Settings) -> tuple[App, float]:
    began = time.perf_counter()
    app = build_application(settings, request=OfflineRequest(), serve_health=False)
    app.bot_data.extras["freeze_after_load"] = True  # as `serve` does
    await app.initialize()
    await post_init(app)
    return app, time.perf_counter() - began


async def stop_service(app: App) -> None:
    await app.shutdown()
    await post_shutdown(app)


def pin_parse_cache_key() -> None:
    """Key the parse cache by a fixed name: a parser being edited while the benchmark runs
    would otherwise (rightly) invalidate the cache between the two processes."""
    bot.catalog.parser_fingerprint = lambda: "bench"


def settings_for(folder: Path, data: Path) -> Settings:
    return Settings(
        _env_file=None,
        briefs_dir=folder,
        data_dir=data,
        user_rate="0/1",  # measure the handlers, not the flood limit
        log_level="INFO",
        log_format="json",
    )


async def prepare(tmp: Path, briefs: int) -> float:
    """Write the briefs and start once, to parse them into the cache; return that time."""
    folder = tmp / "briefs"
    folder.mkdir()
    write_briefs(folder, briefs)
    app, first = await start_service(settings_for(folder, tmp / "data"))
    await stop_service(app)
    return first


def ensure_briefs(tmp: Path, briefs: int) -> None:
    """Write and parse the briefs into `tmp` (kept with --keep) unless they are there."""
    if not (tmp / "briefs").is_dir():
        tmp.mkdir(parents=True, exist_ok=True)
        first = asyncio.run(prepare(tmp, briefs))
        print(f"first start-up, parsing {briefs} briefs: {first:.1f} s", flush=True)


async def measure(tmp: Path, updates: int) -> None:
    """In a fresh process: start with the warm cache and measure (as the service runs)."""
    settings = settings_for(tmp / "briefs", tmp / "data")
    # The service logs one JSON line per update; here they go to /dev/null.
    with open(os.devnull, "w") as null:  # noqa: ASYNC230 - once, before measuring
        configure_logging(settings, stream=null)
        app, warm = await start_service(settings)
        loaded = len(app.bot_data.catalog)
        echo_app = await start_echo()
        stack_echo = await start_stack_echo(settings)
        baselines = [echo_app, stack_echo]
        try:
            answers = app.bot_data.answers
            rng = random.Random(1)
            figures = [f"/figures {rng.randint(1, loaded)}" for _ in range(updates)]
            searches = [f"/search {' '.join(rng.sample(WORDS, 2))}" for _ in range(updates)]
            # Before the background work is done: answers rendered on demand (each brief
            # rebuilt from its record, summarised, rendered), while the index is being built.
            answers.use_prerendered = False
            results = {"/figures N, cold": await paired(app, baselines, figures)}
            # Let the background work finish: the search index, then every view rendered.
            began = time.perf_counter()
            await app.bot_data.catalog.close()
            answers.use_prerendered = True
            prerendered = await answers.prerendered()
            background = time.perf_counter() - began
            rng = random.Random(2)  # other briefs than the cold run's
            figures = [f"/figures {rng.randint(1, loaded)}" for _ in range(updates)]
            # The same brief each time: its answer is memoised, so this is the service's own
            # cost per update (processor, log line, rate limit, handler, reply).
            results["/figures 1"] = await paired(app, baselines, ["/figures 1"] * updates)
            results["/figures N"] = await paired(app, baselines, figures)
            results["/search"] = await paired(app, baselines, searches)
        finally:
            await echo_app.shutdown()
            await stack_echo.shutdown()
            await stop_service(app)
    rss_mb = peak_rss_mb()
    print(f"briefs loaded: {loaded}; updates per command: {updates}")
    print(f"start-up with the parse cache warm: {warm:.2f} s")
    print(
        f"background work after start-up (index, {prerendered} briefs pre-rendered): "
        f"{background:.1f} s more after the cold run"
    )
    print("each command against PTB's echo bot and the echo handler on briefbot's stack,")
    print("in alternating rounds of the same updates:")
    for name, (mine, echo_bot, stack) in results.items():
        print(
            f"{name:16} {mine['per_second']:6.0f} updates/s, p50 {mine['p50_ms']:.2f} ms, "
            f"p99 {mine['p99_ms']:.2f} ms | echo {echo_bot['per_second']:6.0f}/s, p99 "
            f"{echo_bot['p99_ms']:.2f} ms: {mine['per_second'] / echo_bot['per_second']:4.2f} "
            f"| echo on our stack {stack['per_second']:6.0f}/s, p99 {stack['p99_ms']:.2f} ms: "
            f"{mine['per_second'] / stack['per_second']:4.2f}"
        )
    print(f"peak RSS of the measuring process: {rss_mb:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=10_000)
    parser.add_argument("--updates", type=int, default=2_000)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--keep", type=Path, help="keep the generated briefs and state here and reuse them"
    )
    options = parser.parse_args()
    pin_parse_cache_key()
    if options.measure:
        asyncio.run(measure(options.measure, options.updates))
        return
    with tempfile.TemporaryDirectory() as scratch:
        tmp = options.keep or Path(scratch)
        ensure_briefs(tmp, options.briefs)
        command = [sys.executable, __file__, "--measure", str(tmp)]
        subprocess.run([*command, "--updates", str(options.updates)], check=True)  # noqa: S603


if __name__ == "__main__":
    main()
