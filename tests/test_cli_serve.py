"""`briefbot ask`, `chat` and `run`: offline answers through the handlers, and exit codes."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import os
import queue
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
import structlog

from bot import summary
from bot.__main__ import main
from bot.brief import Brief
from bot.cli_serve import html_to_text
from bot.loader import scan
from bot.parser import parse_brief
from bot.store import serving_lock
from tests.fakes import FakeBotApi
from tests.service_harness import SEEDS, briefs_folder, free_port


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A clean BRIEFBOT_* environment with the seed briefs and a temporary data folder."""
    for key in list(os.environ):
        if key.startswith("BRIEFBOT_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)  # no stray .env is read
    monkeypatch.setenv("BRIEFBOT_BRIEFS_DIR", str(SEEDS))
    monkeypatch.setenv("BRIEFBOT_DATA_DIR", str(tmp_path / "data"))
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield tmp_path
    structlog.reset_defaults()
    root.handlers[:] = handlers
    root.setLevel(level)


def seed_brief() -> Brief:
    [source], _ = scan(SEEDS)
    return parse_brief(source.text, brief_id=source.id, source_file=str(source.path))


def seed_figures_html() -> list[str]:
    return summary.render_html(summary.figures_answer(seed_brief(), number=1))


@pytest.mark.usefixtures("env")
def test_ask_prints_the_answer_as_plain_text_or_html(capsys: pytest.CaptureFixture[str]) -> None:
    """`ask "/figures"` prints what the bot would send; `--html` the raw Telegram HTML."""
    expected = seed_figures_html()
    assert main(["ask", "/figures"]) == 0
    plain = capsys.readouterr().out
    assert plain == "".join(html_to_text(part) + "\n\n" for part in expected)
    assert "<b>" not in plain
    assert main(["ask", "--html", "/figures"]) == 0
    assert capsys.readouterr().out == "".join(part + "\n\n" for part in expected)


def test_html_to_text_keeps_link_targets_and_unescapes() -> None:
    """Tags go, entities are decoded, a link keeps its URL."""
    html = '<b>A &amp; B</b> <a href="https://example.org/x">source</a> &lt;3'
    assert html_to_text(html) == "A & B source (https://example.org/x) <3"


def test_chat_routes_lines_and_presses_buttons_by_number(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`chat` answers each line; a number presses that button of the last answer."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("/briefs\n1\n/quit\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    overview = summary.render_html(summary.overview_answer(seed_brief(), number=1))
    assert "\n(buttons: 1=Brief 1 · " in out
    assert "".join(html_to_text(part) + "\n\n" for part in overview) in out


@pytest.mark.usefixtures("env")
def test_a_bad_setting_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad value stops with one line naming the setting, exit status 2, no traceback."""
    monkeypatch.setenv("BRIEFBOT_TIMEZONE", "Nowhere/Special")
    assert main(["ask", "/figures"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("briefbot: BRIEFBOT_TIMEZONE: unknown time zone")
    assert captured.err.count("\n") == 1


@pytest.mark.usefixtures("env")
def test_run_without_a_token_explains_and_points_to_chat(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`run` without BRIEFBOT_TELEGRAM_TOKEN says so in one line and how to set it, exit 2."""
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    # One line naming the setting, as for any bad setting (it was three lines, the setting's
    # name on the second).
    assert err.startswith("briefbot: BRIEFBOT_TELEGRAM_TOKEN: not set; ")
    assert err.count("\n") == 1
    assert "briefbot chat" in err


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_the_container_command_serves_and_stops_cleanly_on_sigterm(
    bot_api: FakeBotApi, tmp_path: Path, mode: str
) -> None:
    """`python -m bot run` (the image's CMD): /healthz, an update handled, exit 0 on SIGTERM."""
    port = free_port()
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("BRIEFBOT_")
    }
    environment |= {
        "PYTHONUNBUFFERED": "1",
        "BRIEFBOT_TELEGRAM_TOKEN": bot_api.token,
        "BRIEFBOT_TELEGRAM_API_URL": bot_api.url,
        "BRIEFBOT_DATA_DIR": str(tmp_path / "data"),
        "BRIEFBOT_BRIEFS_DIR": str(briefs_folder(tmp_path)),
        "BRIEFBOT_HEALTH_PORT": str(port),
        "BRIEFBOT_HEALTH_LISTEN": "127.0.0.1",
        "BRIEFBOT_LOG_FORMAT": "json",
    }
    if mode == "webhook":
        hook_port = free_port()
        environment |= {
            "BRIEFBOT_WEBHOOK_URL": f"http://127.0.0.1:{hook_port}/telegram",
            "BRIEFBOT_WEBHOOK_LISTEN": "127.0.0.1",
            "BRIEFBOT_WEBHOOK_PORT": str(hook_port),
            "BRIEFBOT_LOG_LEVEL": "DEBUG",  # PTB's debug lines show setWebhook's parameters
        }
    assert dockerfile_command("CMD") == ["python", "-m", "bot", "run"]
    # The log goes to a file, not a pipe read only at the end: DEBUG writes hundreds of KB, and
    # a child writing into a full pipe blocks before it ever answers /healthz.
    log_path = tmp_path / "service.log"
    with log_path.open("wb") as log_file:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=tmp_path,
            env=environment,
            stdout=log_file,
            stderr=asyncio.subprocess.STDOUT,
        )
    try:
        status = await wait_healthy(f"http://127.0.0.1:{port}/healthz")
        assert status == 200
        # The image's HEALTHCHECK command, as the container engine would run it.
        probe = await asyncio.create_subprocess_exec(
            *dockerfile_command("HEALTHCHECK"), env=environment
        )
        assert await asyncio.wait_for(probe.wait(), 10) == 0
        if mode == "webhook":
            await bot_api.wait_for(lambda a: bool(a.webhook["url"]), timeout=10)
        bot_api.push_update(bot_api.message("/help"))
        await bot_api.wait_for(lambda a: len(a.sent()) == 1, timeout=10)
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 15)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0
    log = log_path.read_text(encoding="utf-8")
    if mode == "webhook":
        # The secret was generated at start (none configured); it is redacted like the token.
        secret = bot_api.webhook["secret_token"]
        assert len(secret) >= 32
        assert secret not in log
    events = [json.loads(line).get("event") for line in log.splitlines() if line.startswith("{")]
    assert "update_handled" in events
    assert "bot_stopped" in events
    assert bot_api.token not in log


async def wait_healthy(url: str) -> int:
    """Poll /healthz until it answers 200 (or 30 s pass: a loaded machine starts the process
    slowly); return the last status."""
    status = 0
    async with aiohttp.ClientSession() as http:
        for _ in range(600):
            try:
                async with http.get(url) as response:
                    status = response.status
                    if status == 200:
                        return status
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.05)
    return status


def dockerfile_command(instruction: str) -> list[str]:
    """The exec-form command of the Dockerfile's CMD, or of its HEALTHCHECK's CMD."""
    lines = (Path(__file__).resolve().parent.parent / "Dockerfile").read_text().splitlines()
    if instruction == "CMD":
        command = next(line for line in lines if line.startswith("CMD "))
    else:
        start = next(i for i, line in enumerate(lines) if line.startswith("HEALTHCHECK "))
        command = next(line.strip() for line in lines[start:] if line.strip().startswith("CMD"))
    words: list[str] = json.loads(command.removeprefix("CMD").strip())
    # The image's `python` is this interpreter here.
    return (
        [sys.executable if w == "python" else w for w in words] if instruction != "CMD" else words
    )


@pytest.mark.parametrize("command", ["ask", "run"])
def test_a_damaged_store_stops_start_up_in_one_line_exit_1(
    env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    """A data folder whose SQLite file is no database is one line naming the file, exit 1;
    `ask` and `run` both ended in a DatabaseError traceback."""
    database = env / "data" / "briefbot.sqlite3"
    database.parent.mkdir()
    database.write_bytes(b"not a database\n" * 500)
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    monkeypatch.setenv("BRIEFBOT_HEALTH_PORT", "0")
    monkeypatch.setenv("BRIEFBOT_HEALTH_LISTEN", "127.0.0.1")
    with fake_api_in_a_thread() as api:
        monkeypatch.setenv("BRIEFBOT_TELEGRAM_TOKEN", api.token)
        monkeypatch.setenv("BRIEFBOT_TELEGRAM_API_URL", api.url)
        # `run` blocks in run_polling, whose signal handlers need the main thread.
        status = main(["ask", "/figures"] if command == "ask" else ["run"])
    err = capsys.readouterr().err
    assert status == 1
    assert (
        err.endswith(
            f"\nbriefbot: the store {database} cannot be opened: file is not a database\n"
        )
        or err == f"briefbot: the store {database} cannot be opened: file is not a database\n"
    )
    assert "Traceback" not in err


def test_a_second_run_on_the_same_store_is_refused_in_one_line(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """While one `briefbot run` serves a data folder, a second one stops at once with one line,
    exit 1; it used to start, and both then sent every digest (each claimed the same outbox
    rows), so every subscriber got each digest twice."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    monkeypatch.setenv("BRIEFBOT_HEALTH_PORT", "0")
    monkeypatch.setenv("BRIEFBOT_HEALTH_LISTEN", "127.0.0.1")
    with fake_api_in_a_thread() as api, serving_lock(env / "data"):
        monkeypatch.setenv("BRIEFBOT_TELEGRAM_TOKEN", api.token)
        monkeypatch.setenv("BRIEFBOT_TELEGRAM_API_URL", api.url)
        assert main(["run"]) == 1
        assert [c.method for c in api.calls] == []  # not even getMe: nothing was started
    assert capsys.readouterr().err == (
        f"briefbot: the store in {env / 'data'} is served by another briefbot run "
        f"(pid {os.getpid()}); stop it first, or give this one another DATA_DIR\n"
    )


@contextlib.contextmanager
def fake_api_in_a_thread() -> Iterator[FakeBotApi]:
    """The fake Bot API served by a loop of its own in a thread, for code that blocks."""
    ready: queue.Queue[FakeBotApi] = queue.Queue()
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()

    async def serve() -> None:
        async with FakeBotApi() as api:
            ready.put(api)
            await stop.wait()

    worker = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    worker.start()
    try:
        yield ready.get(timeout=10)
    finally:
        loop.call_soon_threadsafe(stop.set)
        worker.join(timeout=10)
        loop.close()


@pytest.mark.usefixtures("env")
def test_a_data_folder_that_cannot_be_made_is_one_line_exit_2(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """DATA_DIR under a file cannot be created: one line naming the setting, exit 2 (it was a
    FileExistsError traceback)."""
    (env / "afile").write_text("")
    monkeypatch.setenv("BRIEFBOT_DATA_DIR", str(env / "afile" / "data"))
    assert main(["ask", "/figures"]) == 2
    err = capsys.readouterr().err
    assert err == f"briefbot: BRIEFBOT_DATA_DIR: cannot create {env}/afile/data: Not a directory\n"


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("argv", [["parse", str(SEEDS)], ["ask", "/help"], ["chat"]])
def test_a_reader_that_stops_early_ends_each_printing_command_quietly(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`briefbot ask ... | head -1`: once the reader has gone, `parse`, `ask` and `chat` stop
    with exit status 1 and nothing on stderr; each printed a BrokenPipeError traceback."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line (`| head -0`)
    stdout = open(write_end, "w")  # noqa: SIM115 (closed below)
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stdin", io.StringIO("/help\n"))
    try:
        assert main(argv) == 1
        # Python flushes stdout once more at exit: that flush must not fail either.
        stdout.write("more\n")
        stdout.flush()
    finally:
        stdout.close()
    assert capsys.readouterr().err == ""
