"""Digest delivery through the real PTB Bot against the fake Bot API server: faults and crashes."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from telegram import Bot

from bot.brief import Brief
from bot.digest import DigestOptions, Due, Sender, Subscriptions, build_runs
from bot.http import AiohttpRequest
from bot.schedule import Cadence, Schedule
from bot.store import Delivery, Store, Subscription, sqlite_url
from tests.fakes import FakeBotApi

NOW = dt.datetime(2024, 6, 10, 7, 0, tzinfo=dt.UTC)
DAILY_9 = Schedule(dt.time(9), Cadence.DAILY, None, ZoneInfo("Europe/Berlin"))
ROOT = Path(__file__).resolve().parent.parent
ENTRIES = [
    (n, Brief(id=f"b{n}", title=f"Brief {n} & more", date=dt.date(2024, 5, n))) for n in (1, 2)
]


def render(entries: Sequence[tuple[int, Brief]], late: bool) -> list[str]:
    """One message per brief, so a chat's parts and their order are visible."""
    return [f"<b>Digest</b>\n{n}. {html.escape(b.title or '')}" for n, b in entries]


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    store = await Store.open(sqlite_url(str(tmp_path)))
    yield store
    await store.close()


async def add_subscribers(store: Store, chats: Sequence[tuple[int, str]]) -> list[int]:
    """Insert active subscriptions in one transaction; return their ids."""
    async with store.transaction() as session:
        subs = [
            Subscription(
                chat_id=chat_id,
                thread_id=0,
                chat_type=chat_type,
                time="09:00",
                cadence="daily",
                tz="Europe/Berlin",
                filters="{}",
                active=True,
                paused=False,
                created_at=NOW,
                updated_at=NOW,
            )
            for chat_id, chat_type in chats
        ]
        session.add_all(subs)
        await session.flush()
        return [s.id for s in subs]


def make_bot(api: FakeBotApi, *, read_timeout: float = 5.0, pool: int = 16) -> Bot:
    request = AiohttpRequest(connections=pool, timeout=read_timeout)
    return Bot(api.token, base_url=f"{api.url}/bot", request=request)


def texts(api: FakeBotApi, chat_id: int) -> list[str]:
    return [p["text"].splitlines()[1][:2] for p in api.sent("sendMessage", chat_id=chat_id)]


async def test_a_deleted_forum_topic_ends_its_subscription_only(
    store: Store, bot_api: FakeBotApi
) -> None:
    """Telegram refuses a send to a deleted topic ("message thread not found"): that topic's
    subscription ends; the forum's other topics and its general chat get their digests."""
    forum = -1001234000999
    bot_api.message("hi", chat_id=forum, chat_type="supergroup", thread_id=5)  # a forum
    bot_api.delete_topic(forum, 7)
    fields = {"chat_id": forum, "chat_type": "supergroup", "time": "09:00", "cadence": "daily",
              "tz": "Europe/Berlin", "filters": "{}", "active": True, "paused": False,
              "created_at": NOW, "updated_at": NOW}  # fmt: skip
    async with store.transaction() as session:
        subs = [Subscription(**fields, thread_id=thread) for thread in (7, 5, 0)]
        session.add_all(subs)
        await session.flush()
        ids = [s.id for s in subs]
    await build_runs(store, [Due(i, NOW) for i in ids], ENTRIES, render, DigestOptions(), now=NOW)
    options = DigestOptions(
        overall_per_second=500, group_per_minute=6000, chat_per_second=100, poll_interval=0.05
    )
    async with make_bot(bot_api) as bot:
        sender = Sender(store, bot, options)
        await asyncio.wait_for(sender.drain(), 20)
        await sender.close()

    sent = [(p.get("message_thread_id", 0), p["text"].splitlines()[1][:2]) for p in bot_api.sent()]
    assert sorted(sent) == [(0, "1."), (0, "2."), (5, "1."), (5, "2.")]
    active = await Subscriptions(store).active()
    assert sorted(s.thread_id for s in active) == [0, 5]
    async with store.transaction() as session:
        statuses = await session.execute(sa.select(Delivery.thread_id, Delivery.status))
        assert Counter(statuses.all()) == {(7, "failed"): 2, (5, "sent"): 2, (0, "sent"): 2}


async def test_faults_every_deliverable_subscriber_gets_digest_once(
    store: Store, bot_api: FakeBotApi
) -> None:
    """429, 500s, a lost request (timeout), 403, chat not found and a migrated group:
    the deliverable get each part exactly once, in order; the gone are deactivated."""
    ok, flood, errors, timeout, blocked, missing, group, new_group = (
        11, 12, 13, 14, 15, 16, -200, -1000000000200
    )  # fmt: skip
    chats = [(c, "private") for c in (ok, flood, errors, timeout, blocked, missing)]
    ids = await add_subscribers(store, [*chats, (group, "group")])
    await build_runs(store, [Due(i, NOW) for i in ids], ENTRIES, render, DigestOptions(), now=NOW)

    bot_api.fail("sendMessage", chat_id=flood, error_code=429,
                 description="Too Many Requests: retry after 1", retry_after=1)  # fmt: skip
    bot_api.fail("sendMessage", chat_id=errors, times=2, error_code=500,
                 description="Internal Server Error")  # fmt: skip
    # A request that times out and that Telegram did not take: held, then refused.
    bot_api.delay("sendMessage", 1.8, chat_id=timeout)
    bot_api.fail("sendMessage", chat_id=timeout, error_code=502, description="Bad Gateway")
    bot_api.fail("sendMessage", chat_id=blocked, error_code=403,
                 description="Forbidden: bot was blocked by the user")  # fmt: skip
    bot_api.fail("sendMessage", chat_id=missing, error_code=400,
                 description="Bad Request: chat not found")  # fmt: skip
    bot_api.fail("sendMessage", chat_id=group, error_code=400,
                 description="Bad Request: group chat was upgraded to a supergroup chat",
                 migrate_to_chat_id=new_group)  # fmt: skip

    options = DigestOptions(
        overall_per_second=500, group_per_minute=6000, chat_per_second=100,
        backoff_base=1.0, workers=8, poll_interval=0.05,
    )  # fmt: skip
    loop = asyncio.get_running_loop()
    started = loop.time()
    async with make_bot(bot_api, read_timeout=1.5) as bot:
        sender = Sender(store, bot, options)
        await asyncio.wait_for(sender.drain(), 20)
        await sender.close()

    for chat in (ok, flood, errors, timeout, new_group):
        assert texts(bot_api, chat) == ["1.", "2."], chat
    for chat in (blocked, missing, group):
        assert texts(bot_api, chat) == [], chat
    assert loop.time() - started >= 1.0  # RetryAfter 1 s honoured
    active = await Subscriptions(store).active()
    assert sorted((s.chat_id, s.chat_type) for s in active) == sorted(
        [(c, "private") for c in (ok, flood, errors, timeout)] + [(new_group, "supergroup")]
    )
    async with store.transaction() as session:
        gone = await session.execute(
            sa.select(Subscription.chat_id, Subscription.inactive_reason).where(
                ~Subscription.active
            )
        )
        reasons = dict(gone.all())
        statuses = Counter((await session.execute(sa.select(Delivery.status))).scalars().all())
    assert reasons == {
        blocked: "Forbidden: Forbidden: bot was blocked by the user",
        missing: "BadRequest: Chat not found",
    }
    assert statuses == {"sent": 10, "failed": 4}


async def test_timeout_after_telegram_took_the_message_duplicates_at_most_once(
    store: Store, bot_api: FakeBotApi
) -> None:
    """A reply lost after Telegram took the message cannot be told from a lost request: it is
    sent again, so that chat may see it twice; nobody else is affected."""
    ids = await add_subscribers(store, [(21, "private"), (22, "private")])
    await build_runs(store, [Due(i, NOW) for i in ids], ENTRIES[:1], render, DigestOptions())
    bot_api.delay("sendMessage", 1.8, chat_id=21)
    options = DigestOptions(backoff_base=1.0, workers=4, poll_interval=0.05)
    async with make_bot(bot_api, read_timeout=1.5) as bot:
        sender = Sender(store, bot, options)
        await asyncio.wait_for(sender.drain(), 20)
        await sender.close()
    assert texts(bot_api, 21) == ["1.", "1."]
    assert texts(bot_api, 22) == ["1."]


DRIVER = """
import asyncio, os, sys
from telegram import Bot
from bot.digest import DigestOptions, Sender
from bot.http import AiohttpRequest
from bot.store import Store

async def main() -> None:
    store = await Store.open(sys.argv[1])
    options = DigestOptions(overall_per_second=float(sys.argv[3]), workers=16, poll_interval=0.05)
    request = AiohttpRequest(connections=16)
    async with Bot(os.environ["TOKEN"], base_url=sys.argv[2], request=request) as bot:
        sender = Sender(store, bot, options)
        print("recovered", await sender.recover(), flush=True)
        await sender.drain()
        await sender.close()
    await store.close()

asyncio.run(main())
"""


async def start_driver(url: str, api: FakeBotApi, rate: int) -> asyncio.subprocess.Process:
    env = {**os.environ, "TOKEN": api.token, "PYTHONPATH": str(ROOT)}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-c", DRIVER, url, f"{api.url}/bot", str(rate),
        env=env, cwd=ROOT, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip


@pytest.mark.slow
async def test_sigkill_midway_then_restart_delivers_everyone(
    tmp_path: Path, bot_api: FakeBotApi
) -> None:
    """A sender killed (SIGKILL) in the middle of a digest to 1,000 subscribers and restarted:
    every subscriber has the digest; duplicates are at most the sends in flight at the kill."""
    subscribers = 1000
    url = sqlite_url(str(tmp_path))
    store = await Store.open(url)
    ids = await add_subscribers(store, [(chat, "private") for chat in range(1, subscribers + 1)])
    await build_runs(store, [Due(i, NOW) for i in ids], ENTRIES[:1], render, DigestOptions())

    drivers: list[asyncio.subprocess.Process] = []
    try:
        first = await start_driver(url, bot_api, rate=400)
        drivers.append(first)
        # The timeouts bound a hang, not the speed: a driver process starting on a loaded
        # machine (imports alone) took over 20 s in a busy session.
        await bot_api.wait_for(lambda api: len(api.sent()) >= subscribers // 3, timeout=90)
        first.send_signal(signal.SIGKILL)
        await first.wait()
        await asyncio.sleep(0.2)  # requests the killed process left behind finish on the server
        async with store.transaction() as session:
            rows = await session.execute(
                sa.select(Delivery.status, sa.func.count()).group_by(Delivery.status)
            )
            at_kill = dict(rows.all())
        delivered_before_restart = len(bot_api.sent())
        assert 0 < at_kill.get("sent", 0) < subscribers

        second = await start_driver(url, bot_api, rate=2000)
        drivers.append(second)
        out, _ = await asyncio.wait_for(second.communicate(), 90)
        assert second.returncode == 0
        assert f"recovered {at_kill.get('sending', 0)}\n" in out.decode()
    finally:
        for driver in drivers:
            if driver.returncode is None:
                driver.kill()
                await driver.wait()

    per_chat = Counter(p["chat_id"] for p in bot_api.sent())
    assert set(per_chat) == set(range(1, subscribers + 1))
    duplicates = sum(count - 1 for count in per_chat.values())
    assert duplicates <= at_kill.get("sending", 0)
    assert delivered_before_restart < subscribers
    async with store.transaction() as session:
        statuses = (await session.execute(sa.select(Delivery.status))).scalars().all()
    assert Counter(statuses) == {"sent": subscribers}
    await store.close()
