"""Digest core: which briefs, the outbox, Telegram's limits and the sender's fault handling."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import html
import itertools
import json
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from structlog.testing import capture_logs
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot import store as store_module
from bot.brief import Brief
from bot.chats import select_brief, selected_brief
from bot.digest import (
    DigestOptions,
    Due,
    Sender,
    SendScheduler,
    Subscriptions,
    Target,
    build_runs,
    default_schedule,
    nothing_new_note,
    plan_start,
    select_briefs,
)
from bot.schedule import Cadence, Filters, Schedule, SubscribeRequest
from bot.store import Delivery, DigestRun, Store, Subscription, sqlite_url
from config.settings import Settings, SettingsError, load_settings

UTC = dt.UTC
NOW = dt.datetime(2024, 6, 10, 7, 0, tzinfo=UTC)
DAILY_9 = Schedule(dt.time(9), Cadence.DAILY, None, ZoneInfo("Europe/Berlin"))
FAST = DigestOptions(
    overall_per_second=2000,
    group_per_minute=60_000,
    chat_per_second=1000,
    workers=8,
    backoff_base=0.01,
    max_attempts=4,
    poll_interval=0.05,
)


def brief(n: int, topics: tuple[str, ...] = ("trade",), day: int = 1) -> Brief:
    return Brief(id=f"b{n}", title=f"Brief <{n}>", topics=topics, date=dt.date(2024, 5, day))


ENTRIES = [
    (1, brief(1, ("energy",), 1)),
    (2, brief(2, ("trade",), 2)),
    (3, brief(3, ("green energy",), 3)),
    (4, brief(4, ("transport",), 4)),
    (5, brief(5, ("energy security",), 5)),
]


def render(entries: Sequence[tuple[int, Brief]], late: bool) -> list[str]:
    """A stand-in renderer: one message per brief, so part order is visible."""
    head = "<b>Digest</b>" + (" (late)" if late else "")
    return [f"{head}\n{n}. {html.escape(b.title or '')}" for n, b in entries]


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22 warns on every RetryAfter unless opted in to timedelta periods (PTB 23's way).
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    store = await Store.open(sqlite_url(str(tmp_path)))
    yield store
    await store.close()


async def subscribe(
    store: Store, chat_id: int, *, filters: Filters | None = None, chat_type: str = "private"
) -> Subscription:
    subs = Subscriptions(store, clock=lambda: NOW)
    return await subs.subscribe(
        Target(chat_id, 0, chat_type), SubscribeRequest(DAILY_9, filters), user_id=7
    )


async def deliveries(store: Store) -> list[Delivery]:
    async with store.transaction() as session:
        return list((await session.execute(sa.select(Delivery).order_by(Delivery.id))).scalars())


# --- which briefs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "last", "size", "expected"),
    [
        (Filters(), None, 5, [1, 2, 3, 4, 5]),
        (Filters(), None, 2, [4, 5]),
        (Filters(topics=("energy",)), None, 2, [3, 5]),
        (Filters(topics=("energy",)), 3, 5, [5]),
        (Filters(), 3, 5, [4, 5]),
        (Filters(), 5, 5, []),
        (Filters(topics=("agriculture",)), None, 5, []),
    ],
)
def test_select_briefs(filters: Filters, last: int | None, size: int, expected: list[int]) -> None:
    """First digest: newest N passing the filters; later: passing briefs above the last sent."""
    chosen = select_briefs(ENTRIES, filters, last, size)
    assert [n for n, _ in chosen] == expected


def test_select_briefs_first_digest_takes_newest_by_date() -> None:
    """A brief numbered lower but dated later counts as newer for the first digest."""
    entries = [(1, brief(1, day=9)), (2, brief(2, day=2)), (3, brief(3, day=3))]
    assert [n for n, _ in select_briefs(entries, Filters(), None, 2)] == [1, 3]


# --- the outbox ------------------------------------------------------------------------------


async def test_build_runs_writes_outbox_and_advances_subscriber(store: Store) -> None:
    """Each subscriber's digest is written as pending rows; later runs carry only new briefs."""
    energy = await subscribe(store, 10, filters=Filters(topics=("energy",)))
    everything = await subscribe(store, 20)
    built = await build_runs(
        store, [Due(energy.id, NOW), Due(everything.id, NOW)], ENTRIES[:4], render, FAST, now=NOW
    )
    assert [(b.briefs, b.messages) for b in built] == [((1, 3), 2), ((1, 2, 3, 4), 4)]
    rows = await deliveries(store)
    assert [(r.chat_id, r.part, r.status, r.text.splitlines()[1]) for r in rows] == [
        (10, 0, "pending", "1. Brief &lt;1&gt;"),
        (10, 1, "pending", "3. Brief &lt;3&gt;"),
        (20, 0, "pending", "1. Brief &lt;1&gt;"),
        (20, 1, "pending", "2. Brief &lt;2&gt;"),
        (20, 2, "pending", "3. Brief &lt;3&gt;"),
        (20, 3, "pending", "4. Brief &lt;4&gt;"),
    ]
    later = NOW + dt.timedelta(days=1)
    built = await build_runs(
        store, [Due(energy.id, later), Due(everything.id, later)], ENTRIES, render, FAST, now=later
    )
    assert [(b.briefs, b.messages) for b in built] == [((5,), 1), ((5,), 1)]
    subs = Subscriptions(store)
    assert [(s.last_brief_number, s.last_run_at) for s in await subs.active()] == [
        (5, later),
        (5, later),
    ]


async def test_build_runs_once_per_slot_and_skips_paused(store: Store) -> None:
    """The same slot is never built twice; a paused or unsubscribed subscriber gets nothing."""
    sub = await subscribe(store, 10)
    paused = await subscribe(store, 20)
    gone = await subscribe(store, 30)
    subs = Subscriptions(store)
    await subs.update(20, paused=True)
    assert await subs.unsubscribe(30) is True
    due = [Due(sub.id, NOW), Due(paused.id, NOW), Due(gone.id, NOW)]
    first = await build_runs(store, due, ENTRIES, render, FAST, now=NOW)
    again = await build_runs(store, due, ENTRIES, render, FAST, now=NOW)
    assert [b.messages for b in first] == [5, 0, 0]
    assert [b.run_id for b in again] == [None, None, None]
    async with store.transaction() as session:
        assert (await session.execute(sa.select(sa.func.count(DigestRun.id)))).scalar() == 1


@pytest.mark.parametrize(("note", "expected"), [(False, []), (True, [nothing_new_note(True)])])
async def test_nothing_new_sends_nothing_or_a_note(
    store: Store, note: bool, expected: list[str]
) -> None:
    """With nothing new, nothing is sent, unless the setting asks for a short note."""
    sub = await subscribe(store, 10)
    await build_runs(store, [Due(sub.id, NOW)], ENTRIES, render, FAST, now=NOW)
    later = NOW + dt.timedelta(days=1)
    options = DigestOptions(nothing_new_note=note)
    due = [Due(sub.id, later, True)]
    built = await build_runs(store, due, ENTRIES, render, options, now=later)
    assert built[0].briefs == ()
    assert [r.text for r in await deliveries(store) if r.run_id == built[0].run_id] == expected


async def test_plan_start_owes_one_catch_up(store: Store) -> None:
    """A subscription whose slot passed while down is owed one run; a fresh one none."""
    sub = await subscribe(store, 10)  # created 09:00 Berlin on 2024-06-10, the slot itself
    await build_runs(store, [Due(sub.id, NOW)], ENTRIES, render, FAST, now=NOW)
    subs = await Subscriptions(store).active()
    three_days_later = NOW + dt.timedelta(days=3, hours=2)
    assert [slot for _, slot in plan_start(subs, NOW + dt.timedelta(hours=1))] == [None]
    assert [slot for _, slot in plan_start(subs, three_days_later)] == [NOW + dt.timedelta(days=3)]


async def test_stats_counts_subscribers_and_deliveries(store: Store) -> None:
    """Stats count active, paused and inactive subscriptions and deliveries by status."""
    a = await subscribe(store, 10)
    await subscribe(store, 20)
    await subscribe(store, 30)
    subs = Subscriptions(store)
    await subs.update(20, paused=True)
    await subs.deactivate_chat(30, "Forbidden")
    await build_runs(store, [Due(a.id, NOW)], ENTRIES[:2], render, FAST, now=NOW)
    stats = await subs.stats()
    assert (stats.subscribers, stats.paused, stats.inactive) == (1, 1, 1)
    assert (stats.sent, stats.failed, stats.pending, stats.last_run_at) == (0, 0, 2, NOW)


# --- Telegram's limits, on a fake clock ----------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_scheduler_spaces_overall_sends() -> None:
    """At 30 messages a second overall, bookings for different chats are 1/30 s apart."""
    clock = FakeClock()
    limits = SendScheduler(30, 20, 1, clock=clock)
    starts = [limits.reserve(chat, False) for chat in range(90)]
    gaps = {round(b - a, 9) for a, b in itertools.pairwise(starts)}
    assert starts[0] == 100.0
    assert gaps == {round(1 / 30, 9)}
    assert starts[-1] - starts[0] == pytest.approx(89 / 30)


def test_scheduler_keeps_per_chat_and_per_group_limits() -> None:
    """A private chat gets one message a second; a group or channel one every 3 s (20/min)."""
    clock = FakeClock()
    limits = SendScheduler(30, 20, 1, clock=clock)
    assert limits.reserve(1, False) == 100.0
    assert limits.chat_wait(1) == pytest.approx(1.0)
    assert limits.reserve(-100, True) == pytest.approx(100 + 1 / 30)
    assert limits.chat_wait(-100) == pytest.approx(3.0 + 1 / 30)
    clock.now = 101.0
    assert limits.chat_wait(1) == 0.0
    assert limits.reserve(1, False) == 101.0
    clock.now = 103.0
    assert limits.chat_wait(-100) == pytest.approx(1 / 30)


def test_scheduler_jitter_makes_up_for_late_wake_ups_within_its_allowance() -> None:
    """Sends running late catch up by at most `jitter` s; the long-run rate stays the limit."""
    clock = FakeClock()
    limits = SendScheduler(100, 20, 1, jitter=0.05, clock=clock)
    starts = [limits.reserve(chat, False) for chat in range(6)]
    assert starts == pytest.approx([100.0] * 6)  # 0.05 s (5 sends) ahead of the 10 ms pace
    assert limits.reserve(6, False) == pytest.approx(100.01)
    clock.now = 200.0  # idle for a long time: no more than the allowance is banked
    burst = [limits.reserve(chat, False) for chat in range(100, 110)]
    assert sum(1 for start in burst if start == pytest.approx(200.0)) == 6
    limits.pause(2)  # a RetryAfter is honoured in full, allowance or not
    assert limits.reserve(200, False) == pytest.approx(202.0)
    clock.now = 300.0
    many = [limits.reserve(chat, False) for chat in range(1000, 3000)]
    assert many[-1] - many[0] == pytest.approx((2000 - 6) / 100, rel=0.01)


def test_scheduler_pause_holds_chat_or_everyone() -> None:
    """RetryAfter pauses one chat, or every send when no chat is named."""
    clock = FakeClock()
    limits = SendScheduler(30, 20, 1, clock=clock)
    limits.pause(5, chat_id=1)
    assert limits.chat_wait(1) == 5.0
    assert limits.reserve(2, False) == 100.0
    limits.pause(2)
    assert limits.reserve(3, False) == pytest.approx(102.0)


def test_scheduler_reaches_its_rate_when_behind() -> None:
    """Waking late does not lose the rate: a backlog is sent at the full rate, no faster."""
    clock = FakeClock()
    limits = SendScheduler(100, 20, 1, clock=clock)
    starts = []
    for chat in range(1000):
        start = limits.reserve(chat, False)
        starts.append(start)
        clock.now = max(clock.now, start + 0.002)  # each send wakes 2 ms late
    assert starts[-1] - starts[0] == pytest.approx(999 / 100, rel=0.05)


# --- the sender against a scripted bot ------------------------------------------------------


class ScriptedBot:
    """Records sends; `faults[chat_id]` lists exceptions to raise on the next sends there."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, int | None, str]] = []
        self.faults: dict[int, list[Exception]] = {}
        self.calls = 0

    async def send_message(self, *, chat_id: int, text: str, **kwargs: Any) -> Any:
        self.calls += 1
        await asyncio.sleep(0)
        faults = self.faults.get(chat_id)
        if faults:
            raise faults.pop(0)
        self.sent.append((chat_id, kwargs.get("message_thread_id"), text))
        return SimpleNamespace(message_id=len(self.sent))


async def test_sender_delivers_each_row_once_in_order(store: Store) -> None:
    """Every pending row is sent once, a chat's parts in order, and marked sent with its id."""
    subs = [await subscribe(store, chat) for chat in (10, 20, 30)]
    await build_runs(store, [Due(s.id, NOW) for s in subs], ENTRIES[:3], render, FAST)
    bot = ScriptedBot()
    sender = Sender(store, bot, FAST)
    await asyncio.wait_for(sender.drain(), 10)
    await sender.close()
    for chat in (10, 20, 30):
        assert [t.splitlines()[1][0] for c, _, t in bot.sent if c == chat] == ["1", "2", "3"]
    rows = await deliveries(store)
    assert {r.status for r in rows} == {"sent"}
    assert sorted(r.message_id for r in rows) == list(range(1, 10))


async def test_sender_handles_faults(store: Store) -> None:
    """429 waits and resends, 5xx and timeouts retry, 403 and chat-not-found deactivate,
    a migrated chat moves; every deliverable subscriber gets its digest exactly once."""
    chats = [10, 20, 30, 40, 50, 60, -70]
    subs = [
        await subscribe(store, chat, chat_type="group" if chat < 0 else "private")
        for chat in chats
    ]
    await build_runs(store, [Due(s.id, NOW) for s in subs], ENTRIES[:2], render, FAST)
    bot = ScriptedBot()
    bot.faults = {
        10: [RetryAfter(1)],
        20: [NetworkError("Internal Server Error (500)"), NetworkError("Bad Gateway")],
        30: [TimedOut()],
        40: [Forbidden("Forbidden: bot was blocked by the user")],
        50: [BadRequest("Bad Request: chat not found")],
        -70: [ChatMigrated(-1007)],
    }
    sender = Sender(store, bot, FAST)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await asyncio.wait_for(sender.drain(), 20)
    await sender.close()
    by_chat: dict[int, list[str]] = {}
    for chat, _, text in bot.sent:
        by_chat.setdefault(chat, []).append(text.splitlines()[1][0])
    assert by_chat == {c: ["1", "2"] for c in (10, 20, 30, 60, -1007)}
    assert loop.time() - started >= 1.0  # the RetryAfter was honoured
    active = {(s.chat_id, s.chat_type) for s in await Subscriptions(store).active()}
    assert active == {(10, "private"), (20, "private"), (30, "private"), (60, "private"),
                      (-1007, "supergroup")}  # fmt: skip
    rows = await deliveries(store)
    assert sorted((r.chat_id, r.status) for r in rows if r.status != "sent") == [
        (40, "failed"), (40, "failed"), (50, "failed"), (50, "failed")
    ]  # fmt: skip
    assert {r.attempts for r in rows if r.chat_id == 20} == {2, 0}


async def test_sender_gives_up_after_max_attempts(store: Store) -> None:
    """A chat that keeps failing with 5xx is held after max_attempts; others proceed."""
    subs = [await subscribe(store, chat) for chat in (10, 20)]
    await build_runs(store, [Due(s.id, NOW) for s in subs], ENTRIES[:1], render, FAST)
    bot = ScriptedBot()
    bot.faults = {10: [NetworkError("Bad Gateway") for _ in range(10)]}
    sender = Sender(store, bot, FAST)
    await asyncio.wait_for(sender.drain(), 10)
    await sender.close()
    rows = await deliveries(store)
    assert [(r.chat_id, r.status, r.attempts) for r in rows] == [
        (10, "held", FAST.max_attempts),
        (20, "sent", 0),
    ]
    assert bot.calls == FAST.max_attempts + 1


async def test_a_crash_in_one_send_costs_no_worker(store: Store) -> None:
    """An unexpected error in one send is logged; that row waits for the next start, and every
    other subscriber still gets its digest from the same single worker."""
    subs = [await subscribe(store, chat) for chat in (10, 20, 30)]
    await build_runs(store, [Due(s.id, NOW) for s in subs], ENTRIES[:1], render, FAST)
    bot = ScriptedBot()
    bot.faults = {10: [ValueError("unexpected")]}
    sender = Sender(store, bot, dataclasses.replace(FAST, workers=1))
    with capture_logs() as logs:
        await asyncio.wait_for(sender.drain(), 10)
    await sender.close()
    assert sorted(chat for chat, _, _ in bot.sent) == [20, 30]
    assert [(r.chat_id, r.status) for r in await deliveries(store)] == [
        (10, "sending"),
        (20, "sent"),
        (30, "sent"),
    ]
    assert [e["event"] for e in logs if e["log_level"] == "error"] == ["digest_send_crashed"]


async def test_recover_resends_rows_left_sending(store: Store) -> None:
    """Rows found "sending" at start-up were in flight at a crash: they are sent again."""
    sub = await subscribe(store, 10)
    await build_runs(store, [Due(sub.id, NOW)], ENTRIES[:2], render, FAST)
    async with store.transaction() as session:
        rows = await session.execute(sa.select(Delivery).order_by(Delivery.id))
        first = rows.scalars().first()
        assert first is not None
        first.status = "sending"
    bot = ScriptedBot()
    sender = Sender(store, bot, FAST)
    assert await sender.recover() == 1
    await asyncio.wait_for(sender.drain(), 10)
    await sender.close()
    assert [t.splitlines()[1][0] for _, _, t in bot.sent] == ["1", "2"]


async def test_forum_topic_rows_carry_thread_id(store: Store) -> None:
    """A forum topic's subscription is its own row, and its digest goes to that topic."""
    subs = Subscriptions(store, clock=lambda: NOW)
    topic = await subs.subscribe(Target(-100, 5, "supergroup"), SubscribeRequest(DAILY_9))
    whole = await subs.subscribe(Target(-100, 0, "supergroup"), SubscribeRequest(DAILY_9))
    assert topic.id != whole.id
    await build_runs(store, [Due(topic.id, NOW)], ENTRIES[:1], render, FAST)
    bot = ScriptedBot()
    sender = Sender(store, bot, FAST)
    await asyncio.wait_for(sender.drain(), 10)
    await sender.close()
    assert [(c, t) for c, t, _ in bot.sent] == [(-100, 5)]


async def test_resubscribe_keeps_filters_unless_given(store: Store) -> None:
    """Changing the time keeps the filters; giving filters replaces them."""
    subs = Subscriptions(store, clock=lambda: NOW)
    target = Target(10)
    await subs.subscribe(target, SubscribeRequest(DAILY_9, Filters(topics=("energy",))))
    later = Schedule(dt.time(18), Cadence.DAILY, None, ZoneInfo("UTC"))
    sub = await subs.subscribe(target, SubscribeRequest(later))
    assert (sub.time, sub.tz, json.loads(sub.filters)) == ("18:00", "UTC", {"topics": ["energy"]})
    sub = await subs.subscribe(target, SubscribeRequest(later, Filters(people=("Li Qiang",))))
    assert json.loads(sub.filters) == {"people": ["Li Qiang"]}


def test_options_and_default_schedule_come_from_settings() -> None:
    """DIGEST_* settings become the sender's options and a new subscription's schedule."""
    settings = Settings(
        _env_file=None,
        timezone="Europe/Berlin",
        digest_time="07:30",
        digest_cadence="weekly",
        digest_first_size=3,
        digest_rate=10,
    )
    options = DigestOptions.from_settings(settings)
    assert (options.first_size, options.overall_per_second, options.chat_per_second) == (3, 10, 1)
    assert default_schedule(settings) == Schedule(
        dt.time(7, 30), Cadence.WEEKLY, 0, ZoneInfo("Europe/Berlin")
    )
    with pytest.raises(SettingsError, match="BRIEFBOT_DIGEST_TIME: must be a time of day"):
        load_settings(_env_file=None, digest_time="25:00")


def test_a_digest_outlives_an_outage_of_an_hour() -> None:
    """With the default options a message failing on timeouts or 5xx is retried for over an
    hour before it is marked failed; the old defaults gave up after about two minutes, so a
    short outage of Telegram lost that day's digest for every subscriber."""
    options = DigestOptions()
    waits = [options.backoff(attempts) for attempts in range(options.max_attempts - 1)]
    assert waits[:4] == [1.0, 2.0, 4.0, 8.0]
    assert max(waits) == options.backoff_max
    assert sum(waits) >= 3600


async def test_unsubscribing_drops_the_digest_still_waiting_to_be_sent(store: Store) -> None:
    """A digest waiting in the outbox (a retry after a timeout, say) is not sent once its
    chat has unsubscribed: "Unsubscribed: no more digests here." used to be followed by it.
    Another chat's digest and the chat's other forum topic go on."""
    subs = [await subscribe(store, chat) for chat in (10, 20)]
    topic = await Subscriptions(store, clock=lambda: NOW).subscribe(
        Target(10, 5, "supergroup"), SubscribeRequest(DAILY_9)
    )
    await build_runs(store, [Due(s.id, NOW) for s in [*subs, topic]], ENTRIES[:1], render, FAST)
    assert await Subscriptions(store).unsubscribe(10) is True
    bot = ScriptedBot()
    sender = Sender(store, bot, FAST)
    await asyncio.wait_for(sender.drain(), 10)
    await sender.close()
    assert sorted((chat, thread or 0) for chat, thread, _ in bot.sent) == [(10, 5), (20, 0)]
    rows = await deliveries(store)
    assert sorted((r.chat_id, r.thread_id, r.status, r.last_error) for r in rows) == [
        (10, 0, "failed", "unsubscribed"),
        (10, 5, "sent", None),
        (20, 0, "sent", None),
    ]


async def test_subscribing_again_starts_afresh_without_a_flood_or_a_repeat(store: Store) -> None:
    """Back after unsubscribing, a chat's first digest holds the newest DIGEST_FIRST_SIZE
    briefs added since its last digest: it used to hold every brief added meanwhile (months
    of briefs, dozens of messages), and none the earlier digest carried comes again."""
    sub = await subscribe(store, 10)
    options = dataclasses.replace(FAST, first_size=2)
    [first] = await build_runs(store, [Due(sub.id, NOW)], ENTRIES[:2], render, options)
    assert first.briefs == (1, 2)
    assert await Subscriptions(store).unsubscribe(10) is True
    later = [(n, brief(n, day=min(n, 28))) for n in range(3, 40)]
    await subscribe(store, 10)
    [again] = await build_runs(
        store, [Due(sub.id, NOW + dt.timedelta(days=30))], [*ENTRIES[:2], *later], render, options
    )
    assert again.briefs == (38, 39)
    [next_day] = await build_runs(
        store,
        [Due(sub.id, NOW + dt.timedelta(days=31))],
        [*ENTRIES[:2], *later, (40, brief(40, day=28)), (41, brief(41, day=28))],
        render,
        options,
    )
    assert next_day.briefs == (40, 41)  # then every new brief, as before


async def test_a_chat_migrated_while_its_digest_is_sent_keeps_its_selected_brief(
    store: Store,
) -> None:
    """Telegram's ChatMigrated on a digest send moves the chat's selected brief with its
    subscription (a selection the new id already has stays); it stayed on the old id."""
    for chat, brief_id in ((-70, "b2"), (-80, "b3"), (-1008, "b4")):
        await subscribe(store, chat, chat_type="group")
        await select_brief(store, chat, brief_id)
    subs = await Subscriptions(store).active()
    await build_runs(store, [Due(s.id, NOW) for s in subs[:2]], ENTRIES[:1], render, FAST)
    bot = ScriptedBot()
    bot.faults = {-70: [ChatMigrated(-1007)], -80: [ChatMigrated(-1008)]}
    sender = Sender(store, bot, FAST)
    await asyncio.wait_for(sender.drain(), 10)
    await sender.close()
    assert [await selected_brief(store, chat) for chat in (-70, -1007, -80, -1008)] == [
        None, "b2", None, "b4"
    ]  # fmt: skip


def numbers_sent(bot: ScriptedBot, chat: int) -> list[str]:
    """The brief numbers of the digest messages a chat got, in order (one brief a message)."""
    return [text.splitlines()[1].split(".")[0] for c, _, text in bot.sent if c == chat]


async def drain(store: Store, bot: ScriptedBot, options: DigestOptions = FAST) -> None:
    sender = Sender(store, bot, options)
    await asyncio.wait_for(sender.drain(), 10)
    await sender.close()


async def test_a_digest_given_up_after_its_retries_comes_with_the_next_digest(
    store: Store,
) -> None:
    """A digest whose sends failed for its whole retry window (an outage of Telegram) is not
    lost: its messages go out, once and in order, ahead of the chat's next digest; they were
    marked failed, and the chat never got those briefs."""
    subs = [await subscribe(store, chat) for chat in (10, 20)]
    await build_runs(store, [Due(s.id, NOW) for s in subs], ENTRIES[:2], render, FAST)
    down = ScriptedBot()
    down.faults = {10: [NetworkError("Bad Gateway") for _ in range(FAST.max_attempts)]}
    await drain(store, down)
    assert (numbers_sent(down, 10), numbers_sent(down, 20)) == ([], ["1", "2"])
    stats = await Subscriptions(store).stats()
    assert (stats.failed, stats.pending) == (0, 2)  # waiting, not failed

    later = NOW + dt.timedelta(days=1)
    built = await build_runs(store, [Due(s.id, later) for s in subs], ENTRIES[:3], render, FAST)
    assert [(b.briefs, b.messages, b.released) for b in built] == [((3,), 1, 2), ((3,), 1, 0)]
    up = ScriptedBot()
    await drain(store, up)
    assert (numbers_sent(up, 10), numbers_sent(up, 20)) == (["1", "2", "3"], ["3"])
    assert {r.status for r in await deliveries(store)} == {"sent"}


async def test_pausing_holds_a_digest_waiting_for_a_retry_until_the_first_after_resuming(
    store: Store,
) -> None:
    """A digest waiting in the outbox for a retry is not sent once its chat pauses digests
    (it was, after the pause); its briefs are not lost either: they come with the first
    digest after the chat resumes. A slot while paused builds nothing."""
    sub = await subscribe(store, 10)
    await build_runs(store, [Due(sub.id, NOW)], ENTRIES[:1], render, FAST)
    async with store.transaction() as session:  # a timeout: a retry due in a moment
        await session.execute(
            sa.update(Delivery).values(
                attempts=1, not_before=dt.datetime.now(UTC) + dt.timedelta(seconds=0.2)
            )
        )
    subs = Subscriptions(store)
    await subs.update(10, paused=True)
    paused = ScriptedBot()
    await drain(store, paused)
    [while_paused] = await build_runs(
        store, [Due(sub.id, NOW + dt.timedelta(days=1))], ENTRIES[:2], render, FAST
    )
    await drain(store, paused)
    assert (paused.sent, while_paused.run_id) == ([], None)

    await subs.update(10, paused=False)
    [resumed] = await build_runs(
        store, [Due(sub.id, NOW + dt.timedelta(days=2))], ENTRIES[:3], render, FAST
    )
    assert (resumed.briefs, resumed.released) == ((2, 3), 1)
    bot = ScriptedBot()
    await drain(store, bot)
    assert numbers_sent(bot, 10) == ["1", "2", "3"]


class PausingBot(ScriptedBot):
    """Runs `during` while the first message to chat 10 is in flight, then fails that send."""

    def __init__(self, during: Callable[[], Awaitable[object]]) -> None:
        super().__init__()
        self.during: Callable[[], Awaitable[object]] | None = during

    async def send_message(self, *, chat_id: int, text: str, **kwargs: Any) -> Any:
        if chat_id == 10 and self.during is not None:
            during, self.during = self.during, None
            self.calls += 1
            await during()
            raise NetworkError("Bad Gateway")
        return await super().send_message(chat_id=chat_id, text=text, **kwargs)


@pytest.mark.parametrize("action", ["pause", "unsubscribe"])
async def test_a_pause_or_unsubscribe_during_a_send_stops_the_rest_of_that_digest(
    store: Store, action: str
) -> None:
    """Paused (or unsubscribed) while the sender is on its digest, a chat gets no more of it:
    not the message in flight again after its send failed, nor the parts already read from
    the outbox. After a pause they come with the first digest after resuming."""
    sub = await subscribe(store, 10)
    await build_runs(store, [Due(sub.id, NOW)], ENTRIES[:3], render, FAST)
    subs = Subscriptions(store)
    if action == "pause":
        bot = PausingBot(lambda: subs.update(10, paused=True))
    else:
        bot = PausingBot(lambda: subs.unsubscribe(10))
    await drain(store, bot, dataclasses.replace(FAST, workers=1))
    assert (bot.calls, bot.sent) == (1, [])
    statuses = [r.status for r in await deliveries(store)]
    assert statuses == (["held"] * 3 if action == "pause" else ["failed"] * 3)
    if action == "pause":
        await subs.update(10, paused=False)
        later = NOW + dt.timedelta(days=1)
        [resumed] = await build_runs(store, [Due(sub.id, later)], ENTRIES[:4], render, FAST)
        assert (resumed.briefs, resumed.released) == ((4,), 3)
        again = ScriptedBot()
        await drain(store, again)
        assert numbers_sent(again, 10) == ["1", "2", "3", "4"]


async def test_a_digest_read_before_its_group_moved_is_sent_to_the_supergroup(
    store: Store,
) -> None:
    """The migration's service message moves a group's outbox rows after the sender read
    them: its send to the old id meets ChatMigrated, and the message goes to the supergroup
    at once, in order; it stayed "sending" (unsent) until the next restart."""
    subs = [await subscribe(store, 10), await subscribe(store, -70, chat_type="group")]
    await build_runs(store, [Due(s.id, NOW) for s in subs], ENTRIES[:2], render, FAST)

    class MigratingBot(ScriptedBot):
        async def send_message(self, *, chat_id: int, text: str, **kwargs: Any) -> Any:
            if chat_id == 10 and not self.sent:  # meanwhile, the service message is handled
                await Subscriptions(store).move_chat(-70, -1007)
            if chat_id == -70:
                raise ChatMigrated(-1007)
            return await super().send_message(chat_id=chat_id, text=text, **kwargs)

    bot = MigratingBot()
    await drain(store, bot, dataclasses.replace(FAST, workers=1))
    assert (numbers_sent(bot, -70), numbers_sent(bot, -1007)) == ([], ["1", "2"])
    assert {(r.chat_id, r.status) for r in await deliveries(store)} == {
        (10, "sent"), (-1007, "sent")
    }  # fmt: skip


async def test_an_upgrade_holds_the_digests_an_older_version_failed_after_their_retries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store of schema version 2 holds messages its sender marked failed when their retries
    ran out ('NetworkError: ...', 'TimedOut: ...'): the upgrade holds them, so they go out
    once and in order ahead of the chat's next digest, at the chat's id now (a group that
    became a supergroup). They stayed failed, and those briefs never reached the chat.
    Failures a retry cannot mend stay failed: a message Telegram refused, a digest dropped by
    /unsubscribe, one given up before the chat left and subscribed again."""
    url = sqlite_url(str(tmp_path))
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:2])
    old = await Store.open(url)
    for chat in (10, 20, 30, 40):
        await subscribe(old, chat)
    await subscribe(old, -70, chat_type="group")
    subs = await Subscriptions(old).active()
    await build_runs(old, [Due(s.id, NOW) for s in subs], ENTRIES[:2], render, FAST)
    gave_up = {10: "NetworkError: Bad Gateway", 40: "TimedOut: Timed out", -70: "TimedOut: x"}
    reasons = {**gave_up, 20: "Can't parse entities: unsupported start tag", 30: "unsubscribed"}
    async with old.transaction() as session:
        for chat, reason in reasons.items():  # as version 2's sender left them
            await session.execute(
                sa.update(Delivery)
                .where(Delivery.chat_id == chat)
                .values(
                    status="failed",
                    attempts=FAST.max_attempts - 1,
                    last_error=reason,
                    updated_at=NOW + dt.timedelta(hours=1),
                )
            )
    later = Subscriptions(old, clock=lambda: NOW + dt.timedelta(hours=3))
    await later.unsubscribe(30)
    await later.unsubscribe(40)
    await later.subscribe(Target(40), SubscribeRequest(DAILY_9))
    await later.move_chat(-70, -1007)
    await old.close()
    monkeypatch.undo()

    store = await Store.open(url)
    try:
        rows = await deliveries(store)
        assert sorted({(r.chat_id, r.status) for r in rows}) == [
            (-1007, "held"), (10, "held"), (20, "failed"), (30, "failed"), (40, "failed")
        ]  # fmt: skip
        day = NOW + dt.timedelta(days=1)
        subs = await Subscriptions(store).active()
        built = await build_runs(store, [Due(s.id, day) for s in subs], ENTRIES[:3], render, FAST)
        assert {b.released for b in built} == {0, 2}
        bot = ScriptedBot()
        await drain(store, bot)
        assert [numbers_sent(bot, chat) for chat in (10, -1007, 20, 40)] == [
            ["1", "2", "3"], ["1", "2", "3"], ["3"], ["3"]
        ]  # fmt: skip
        assert await store.migrate() == len(store_module.MIGRATIONS)  # nothing held again
        next_day = [Due(s.id, day + dt.timedelta(days=1)) for s in subs]
        await build_runs(store, next_day, ENTRIES[:4], render, FAST)
        again = ScriptedBot()
        await drain(store, again)
        assert [numbers_sent(again, chat) for chat in (10, -1007, 20)] == [["4"], ["4"], ["4"]]
    finally:
        await store.close()


@contextlib.contextmanager
def another_subscribe_first(
    store: Store, tmp_path: Path, target: Target, request: SubscribeRequest
) -> Iterator[list[Subscription]]:
    """Within the block, another admin's /subscribe of the same target runs whole (its own
    connection, as a concurrent update's) just before our first write of a subscription:
    both read that there is none before either writes. Yields the other's subscription."""
    done: list[Subscription] = []

    async def other() -> None:
        other_store = await Store.open(sqlite_url(str(tmp_path)))
        try:
            subs = Subscriptions(other_store, clock=lambda: NOW)
            done.append(await subs.subscribe(target, request, user_id=8))
        finally:
            await other_store.close()

    def first(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("INSERT INTO subscriptions") and not done:
            thread = threading.Thread(target=asyncio.run, args=(other(),))
            thread.start()
            thread.join()

    sa.event.listen(store.engine.sync_engine, "before_cursor_execute", first)
    try:
        yield done
    finally:
        sa.event.remove(store.engine.sync_engine, "before_cursor_execute", first)


async def test_two_admins_subscribing_a_channel_at_once_make_one_subscription(
    store: Store, tmp_path: Path
) -> None:
    """Two administrators subscribe the same channel at the same instant: each gets the one
    subscription, as the later one set it; the later one's /subscribe failed with an
    IntegrityError (both had read that there was none)."""
    channel = Target(-1001234, 0, "channel")
    theirs = SubscribeRequest(DAILY_9, Filters(topics=("energy",)))
    ours = SubscribeRequest(Schedule(dt.time(18), Cadence.WEEKLY, 4, ZoneInfo("UTC")))
    with another_subscribe_first(store, tmp_path, channel, theirs) as other:
        sub = await Subscriptions(store, clock=lambda: NOW).subscribe(channel, ours, user_id=7)
    assert [s.id for s in other] == [sub.id]
    async with store.transaction() as session:
        rows = (await session.execute(sa.select(Subscription))).scalars().all()
    assert [
        (r.id, r.chat_id, r.time, r.cadence, r.weekday, r.tz, r.filters, r.subscribed_by)
        for r in rows
    ] == [(sub.id, -1001234, "18:00", "weekly", 4, "UTC", '{"topics": ["energy"]}', 7)]
    assert (sub.time, sub.filters, sub.active, sub.created_at) == (
        "18:00", '{"topics": ["energy"]}', True, NOW
    )  # fmt: skip
