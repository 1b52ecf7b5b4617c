"""Digests: who gets what, when; the outbox and the sender.

Core (no Telegram): `Subscriptions` reads and writes subscriptions; `select_briefs` decides
which briefs a digest carries; `build_runs` writes a digest's messages to the outbox (one
transaction per batch, before anything is sent); `SendScheduler` keeps Telegram's limits.

Sending side (may import telegram): `Sender` claims pending outbox rows and sends them. A row
is marked "sending" (committed) before its HTTP call and "sent" with its message id right after,
so after a crash only rows left "sending" can be sent twice, and `Sender.recover` resends them.
A row whose retries run out is "held" (not failed) until the subscription's next digest queues
it again, ahead of that digest's own rows.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import html
import json
import time
import warnings
import zoneinfo
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol, runtime_checkable

import sqlalchemy as sa
import structlog
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.warnings import PTBDeprecationWarning

from bot.brief import Brief
from bot.chats import move_chat_state
from bot.errors import BriefbotError
from bot.schedule import (
    Cadence,
    Filters,
    Schedule,
    SubscribeRequest,
    matches,
    missed_run,
    next_digest_at,
)
from bot.store import (
    FAILED,
    HELD,
    PENDING,
    SENDING,
    SENT,
    Delivery,
    DigestRun,
    Store,
    Subscription,
    upsert,
)
from bot.summary import cut_utf16, digest_answer, render_html

if TYPE_CHECKING:
    from config.settings import Settings

log = structlog.get_logger()

UTC = dt.UTC
Numbered = tuple[int, Brief]
# Renders a digest's briefs (number order) as Telegram HTML messages, each within 4096 chars.
Render = Callable[[Sequence[Numbered], bool], list[str]]


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


@dataclass(frozen=True)
class DigestOptions:
    """The digest settings (from `config.settings.Settings`, `digest_*`)."""

    first_size: int = 5
    nothing_new_note: bool = False
    # A run that starts this long after its slot is marked late.
    late_after: dt.timedelta = dt.timedelta(minutes=10)
    overall_per_second: float = 30.0
    group_per_minute: float = 20.0
    chat_per_second: float = 1.0
    workers: int = 8
    # Timeouts, 5xx and network errors are retried after 1, 2, 4 ... s, then every 5 min:
    # 24 attempts span about 85 minutes, so a digest outlives an outage of Telegram or of
    # the host's network of that length (8 attempts gave up after about two minutes).
    max_attempts: int = 24
    backoff_base: float = 1.0
    backoff_max: float = 300.0
    poll_interval: float = 5.0
    # How far a send may run ahead of the overall schedule to make up for late wake-ups.
    jitter: float = 0.05

    def backoff(self, attempts: int) -> float:
        """Return how long a send that failed `attempts` times before waits to try again."""
        return min(self.backoff_base * 2**attempts, self.backoff_max)

    @classmethod
    def from_settings(cls, settings: Settings) -> DigestOptions:
        """Take the `digest_*` settings."""
        return cls(
            first_size=settings.digest_first_size,
            nothing_new_note=settings.digest_nothing_new_note,
            late_after=dt.timedelta(seconds=settings.digest_late_after),
            overall_per_second=settings.digest_rate,
            group_per_minute=settings.digest_group_rate,
            chat_per_second=settings.digest_chat_rate,
            workers=settings.digest_workers,
        )


def default_schedule(settings: Settings) -> Schedule:
    """Return the schedule of a new subscription that names none (DIGEST_TIME, TIMEZONE)."""
    cadence = Cadence(settings.digest_cadence)
    return Schedule(
        time=dt.time.fromisoformat(settings.digest_time),
        cadence=cadence,
        weekday=0 if cadence is Cadence.WEEKLY else None,
        tz=zoneinfo.ZoneInfo(settings.timezone),
    )


# --- subscriptions ----------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """Where a digest goes: a chat, a forum topic in it (thread_id), or a channel."""

    chat_id: int
    thread_id: int = 0
    chat_type: str = "private"

    @property
    def is_group(self) -> bool:
        """Groups and channels have Telegram's 20-messages-a-minute limit."""
        return self.chat_type != "private"

    @classmethod
    def of(cls, sub: Subscription) -> Target:
        return cls(sub.chat_id, sub.thread_id, sub.chat_type)


def schedule_of(sub: Subscription) -> Schedule:
    """Return the subscription's schedule."""
    return Schedule(
        time=dt.time.fromisoformat(sub.time),
        cadence=Cadence(sub.cadence),
        weekday=sub.weekday,
        tz=zoneinfo.ZoneInfo(sub.tz),
    )


def filters_of(sub: Subscription) -> Filters:
    """Return the subscription's filters."""
    data = json.loads(sub.filters or "{}")
    return Filters(
        topics=tuple(data.get("topics", ())),
        countries=tuple(data.get("countries", ())),
        people=tuple(data.get("people", ())),
    )


def _dump_filters(filters: Filters) -> str:
    data = {
        "topics": list(filters.topics),
        "countries": list(filters.countries),
        "people": list(filters.people),
    }
    return json.dumps({key: value for key, value in data.items() if value})


def _apply_schedule(sub: Subscription, schedule: Schedule) -> None:
    sub.time = f"{schedule.time:%H:%M}"
    sub.cadence = str(schedule.cadence)
    sub.weekday = schedule.weekday
    sub.tz = schedule.tz.key


class Stats(NamedTuple):
    """What `/stats` shows."""

    subscribers: int
    paused: int
    inactive: int
    last_run_at: dt.datetime | None
    sent: int
    failed: int
    pending: int


class Subscriptions:
    """Subscriptions in the store; every write is one transaction."""

    def __init__(self, store: Store, *, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.store = store
        self.clock = clock

    async def get(self, chat_id: int, thread_id: int = 0) -> Subscription | None:
        """Return the chat's (or topic's) subscription, active or not."""
        async with self.store.transaction() as session:
            return await _find(session, chat_id, thread_id)

    async def by_id(self, sub_id: int) -> Subscription | None:
        async with self.store.transaction() as session:
            return await session.get(Subscription, sub_id)

    async def subscribe(
        self, target: Target, request: SubscribeRequest, *, user_id: int | None = None
    ) -> Subscription:
        """Create or update the target's subscription and make it active (unpaused).

        One statement (an upsert), so two administrators subscribing a chat at the same
        instant make one subscription, the later one's settings on it; a read, then an
        insert, let both read that there was none, and the second insert failed.
        """
        now = self.clock()
        schedule = request.schedule
        filters = "{}" if request.filters is None else _dump_filters(request.filters)
        async with self.store.transaction() as session:
            insert = upsert(session.get_bind().dialect, Subscription).values(
                chat_id=target.chat_id,
                thread_id=target.thread_id,
                chat_type=target.chat_type,
                time=f"{schedule.time:%H:%M}",
                cadence=str(schedule.cadence),
                weekday=schedule.weekday,
                tz=schedule.tz.key,
                filters=filters,
                active=True,
                paused=False,
                inactive_reason=None,
                subscribed_by=user_id,
                created_at=now,
                updated_at=now,
                last_brief_number=None,
                last_run_at=None,
            )
            new = insert.excluded
            # What a subscribe does not set: the row's identity, and the digests' progress.
            kept = {"id", "chat_id", "thread_id", "created_at", "last_brief_number", "last_run_at"}
            if request.filters is None:
                kept.add("filters")
            changes: dict[str, Any] = {
                column.name: new[column.name]
                for column in Subscription.__table__.columns
                if column.name not in kept
            }
            # Coming back after unsubscribing or being removed: start afresh.
            changes["created_at"] = sa.case(
                (Subscription.active, Subscription.created_at), else_=new.created_at
            )
            changes["last_run_at"] = sa.case(
                (Subscription.active, Subscription.last_run_at), else_=sa.null()
            )
            statement = insert.on_conflict_do_update(
                index_elements=[Subscription.chat_id, Subscription.thread_id], set_=changes
            ).returning(Subscription)
            result = await session.execute(
                statement, execution_options={"populate_existing": True}
            )
            return result.scalar_one()

    async def update(
        self,
        chat_id: int,
        thread_id: int = 0,
        *,
        schedule: Schedule | None = None,
        paused: bool | None = None,
    ) -> Subscription | None:
        """Change an active subscription's schedule or pause it; None if there is none.

        Pausing holds its digests not sent yet (a retry waiting in the outbox must not follow
        the pause): they go out with the first digest after it resumes, so no brief is lost.
        """
        now = self.clock()
        async with self.store.transaction() as session:
            sub = await _find(session, chat_id, thread_id)
            if sub is None or not sub.active:
                return None
            if schedule is not None:
                _apply_schedule(sub, schedule)
            if paused is not None:
                sub.paused = paused
                if paused:
                    await _hold(session, chat_id, thread_id, "paused", now, in_flight=True)
            sub.updated_at = now
            return sub

    async def unsubscribe(self, chat_id: int, thread_id: int = 0) -> bool:
        """Deactivate the subscription and drop its digests not sent yet (a retry waiting in
        the outbox must not follow "no more digests"); False if there was no active one."""
        async with self.store.transaction() as session:
            ids = await _deactivate(
                session, chat_id, "unsubscribed", self.clock(), thread_id=thread_id
            )
            return bool(ids)

    async def deactivate_chat(self, chat_id: int, reason: str) -> list[int]:
        """Deactivate every subscription of a chat (bot removed or blocked); return their ids."""
        async with self.store.transaction() as session:
            return await _deactivate(session, chat_id, reason, self.clock())

    async def move_chat(self, old: int, new: int) -> None:
        """Move a chat's subscriptions, undelivered digests and other per-chat state (its
        selected brief) to its new id (supergroup)."""
        async with self.store.transaction() as session:
            await _move_chat(session, old, new, self.clock())

    async def active(self) -> list[Subscription]:
        """Return the active subscriptions (paused ones too: they keep their schedule)."""
        async with self.store.transaction() as session:
            rows = await session.execute(
                sa.select(Subscription).where(Subscription.active).order_by(Subscription.id)
            )
            return list(rows.scalars())

    async def stats(self) -> Stats:
        """Count subscribers and deliveries for `/stats`."""
        async with self.store.transaction() as session:
            state = sa.case(
                (~Subscription.active, "inactive"),
                (Subscription.paused, "paused"),
                else_="active",
            ).label("state")
            subs: dict[str, int] = dict(
                (await session.execute(sa.select(state, sa.func.count()).group_by(state))).all()
            )
            statuses: dict[str, int] = dict(
                (
                    await session.execute(
                        sa.select(Delivery.status, sa.func.count()).group_by(Delivery.status)
                    )
                ).all()
            )
            last = (await session.execute(sa.select(sa.func.max(DigestRun.started_at)))).scalar()
        if last is not None and last.tzinfo is None:
            last = last.replace(tzinfo=UTC)
        return Stats(
            subscribers=subs.get("active", 0),
            paused=subs.get("paused", 0),
            inactive=subs.get("inactive", 0),
            last_run_at=last,
            sent=statuses.get(SENT, 0),
            failed=statuses.get(FAILED, 0),
            pending=statuses.get(PENDING, 0) + statuses.get(SENDING, 0) + statuses.get(HELD, 0),
        )


async def _find(session: AsyncSession, chat_id: int, thread_id: int) -> Subscription | None:
    result = await session.execute(
        sa.select(Subscription).where(
            Subscription.chat_id == chat_id, Subscription.thread_id == thread_id
        )
    )
    return result.scalar_one_or_none()


async def _deactivate(
    session: AsyncSession,
    chat_id: int,
    reason: str,
    now: dt.datetime,
    *,
    thread_id: int | None = None,
) -> list[int]:
    """Deactivate a chat's subscriptions (only one forum topic's, given `thread_id`) and fail
    their undelivered rows; return the subscriptions' ids."""
    subs = [Subscription.chat_id == chat_id, Subscription.active]
    rows = [Delivery.chat_id == chat_id, Delivery.status.in_([PENDING, SENDING, HELD])]
    if thread_id is not None:
        subs.append(Subscription.thread_id == thread_id)
        rows.append(Delivery.thread_id == thread_id)
    found = await session.execute(
        sa.update(Subscription)
        .where(*subs)
        .values(active=False, inactive_reason=reason[:255], updated_at=now)
        .returning(Subscription.id)
    )
    ids = list(found.scalars())
    await session.execute(
        sa.update(Delivery)
        .where(*rows)
        .values(status=FAILED, last_error=reason[:255], updated_at=now)
    )
    return ids


async def _move_chat(session: AsyncSession, old: int, new: int, now: dt.datetime) -> None:
    """Move a chat's subscriptions, undelivered rows and state (`bot.chats`) to its new id
    (group -> supergroup)."""
    subs = await session.execute(sa.select(Subscription).where(Subscription.chat_id == old))
    for sub in subs.scalars():
        if await _find(session, new, sub.thread_id) is not None:
            sub.active, sub.inactive_reason = False, f"moved to {new}, which is subscribed"
        else:
            sub.chat_id, sub.chat_type = new, "supergroup"
        sub.updated_at = now
    await session.execute(
        sa.update(Delivery)
        .where(Delivery.chat_id == old, Delivery.status.in_([PENDING, SENDING]))
        .values(chat_id=new, chat_type="supergroup", status=PENDING, updated_at=now)
    )
    await session.execute(
        sa.update(Delivery)
        .where(Delivery.chat_id == old, Delivery.status == HELD)
        .values(chat_id=new, chat_type="supergroup", updated_at=now)
    )
    await move_chat_state(session, old, new)


async def _hold(
    session: AsyncSession,
    chat_id: int,
    thread_id: int,
    reason: str,
    now: dt.datetime,
    *,
    in_flight: bool = False,
) -> None:
    """Hold a chat's (forum topic's) digest messages not sent yet until its next digest
    (`_release`); `in_flight`: those being sent too, should their send fail."""
    statuses = [PENDING, SENDING] if in_flight else [PENDING]
    await session.execute(
        sa.update(Delivery)
        .where(
            Delivery.chat_id == chat_id,
            Delivery.thread_id == thread_id,
            Delivery.status.in_(statuses),
        )
        .values(status=HELD, last_error=reason[:255], updated_at=now)
    )


async def _release(
    session: AsyncSession, sub: Subscription, ready: dt.datetime, now: dt.datetime
) -> int:
    """Queue the subscription's held messages again, ahead of the digest being built (the
    outbox sends a chat's rows in id order), each with a fresh retry window; return how many."""
    released = await session.execute(
        sa.update(Delivery)
        .where(
            Delivery.chat_id == sub.chat_id,
            Delivery.thread_id == sub.thread_id,
            Delivery.status == HELD,
        )
        .values(status=PENDING, attempts=0, not_before=ready, updated_at=now)
        .returning(Delivery.id)
    )
    return len(released.all())


# --- which briefs, and the outbox --------------------------------------------------------


@runtime_checkable
class Briefs(Protocol):
    """Where a digest takes its briefs from (`bot.catalog.Catalog`): only what it needs is
    built, never the whole list."""

    def since(self, number: int) -> Sequence[Numbered]:
        """The briefs numbered above `number`, in number order."""
        ...

    def iter_newest(self) -> Iterator[Numbered]:
        """The briefs newest first (by date, then number), each built when reached."""
        ...

    def latest_number(self) -> int:
        """The highest brief number (0 when there are none)."""
        ...


class BriefList:
    """`Briefs` over a list held in memory (tests, previews of a fixed set)."""

    def __init__(self, entries: Iterable[Numbered]) -> None:
        self.entries = list(entries)

    def since(self, number: int) -> list[Numbered]:
        return sorted((e for e in self.entries if e[0] > number), key=lambda e: e[0])

    def iter_newest(self) -> Iterator[Numbered]:
        return iter(
            sorted(self.entries, key=lambda e: (e[1].date or dt.date.min, e[0]), reverse=True)
        )

    def latest_number(self) -> int:
        return max((n for n, _ in self.entries), default=0)


def as_briefs(entries: Briefs | Iterable[Numbered]) -> Briefs:
    """Return `entries` as `Briefs`, wrapping a plain list."""
    return entries if isinstance(entries, Briefs) else BriefList(entries)


def select_briefs(
    entries: Briefs | Iterable[Numbered],
    filters: Filters,
    last_number: int | None,
    first_size: int,
    *,
    afresh: bool = False,
) -> list[Numbered]:
    """Return the briefs of a subscriber's next digest, in number order.

    The first digest (`last_number` None) carries the newest `first_size` briefs that pass the
    filters; later ones the briefs numbered above `last_number` that pass them. `afresh` (the
    first digest after subscribing again) takes the newest `first_size` of those only: not
    every brief since the digest before unsubscribing, and none that digest carried. Only the
    briefs looked at are built: the new ones, or the newest until enough pass.
    """
    briefs = as_briefs(entries)
    if last_number is not None and afresh:
        fresh = [e for e in briefs.since(last_number) if matches(e[1], filters)]
        latest = sorted(fresh, key=lambda e: (e[1].date or dt.date.min, e[0]))[-first_size:]
        return sorted(latest, key=lambda e: e[0]) if first_size > 0 else []
    if last_number is None:
        newest: list[Numbered] = []
        if first_size > 0:
            for entry in briefs.iter_newest():
                if matches(entry[1], filters):
                    newest.append(entry)
                    if len(newest) >= first_size:
                        break
        return sorted(newest, key=lambda e: e[0])
    return [e for e in briefs.since(last_number) if matches(e[1], filters)]


def render_digest(entries: Sequence[Numbered], late: bool) -> list[str]:
    """Render a digest (a short block per brief) as Telegram HTML messages within 4096 chars."""
    return render_html(digest_answer(entries, late=late))


def nothing_new_note(late: bool) -> str:
    """Return the short note sent, when a setting asks for it, instead of an empty digest."""
    return render_html(digest_answer([], late=late))[0]


class Due(NamedTuple):
    """A digest to build: the subscription, the slot it is for, and whether it is late."""

    subscription_id: int
    scheduled_for: dt.datetime
    late: bool = False


class Built(NamedTuple):
    """What `build_runs` did for one subscription: the run id and message count (0: none),
    and how many held messages of earlier digests it queued again before them."""

    subscription_id: int
    run_id: int | None
    briefs: tuple[int, ...]
    messages: int
    released: int = 0


async def build_runs(
    store: Store,
    due: Sequence[Due],
    entries: Briefs | Iterable[Numbered],
    render: Render,
    options: DigestOptions,
    *,
    now: dt.datetime | None = None,
) -> list[Built]:
    """Write the digests of these subscriptions to the outbox, in one transaction.

    A subscription that is inactive or paused, or already has a run for that slot, gets none.
    Messages of its earlier digests held in the outbox (retries ran out, or it was paused) are
    queued again ahead of the new one. Renderings are shared between subscribers who get the
    same briefs.
    """
    now = now or utcnow()
    # Ready at once by the sender's (real) clock, even when `now` is a test's chosen time.
    ready = min(now, utcnow())
    briefs = as_briefs(entries)
    latest = briefs.latest_number()
    rendered: dict[tuple[tuple[int, ...], bool], list[str]] = {}
    built: list[Built] = []
    async with store.transaction() as session:
        for item in due:
            sub = await session.get(Subscription, item.subscription_id)
            if sub is None or not sub.active or sub.paused:
                built.append(Built(item.subscription_id, None, (), 0))
                continue
            exists = await session.execute(
                sa.select(DigestRun.id).where(
                    DigestRun.subscription_id == sub.id,
                    DigestRun.scheduled_for == item.scheduled_for,
                )
            )
            if exists.first() is not None:
                built.append(Built(sub.id, None, (), 0))
                continue
            released = await _release(session, sub, ready, now)
            # Subscribed again after unsubscribing (or being removed): `subscribe` cleared
            # last_run_at, and the digests before left last_brief_number.
            afresh = sub.last_run_at is None and sub.last_brief_number is not None
            chosen = select_briefs(
                briefs, filters_of(sub), sub.last_brief_number, options.first_size, afresh=afresh
            )
            numbers = tuple(n for n, _ in chosen)
            key = (numbers, item.late)
            if key not in rendered:
                if chosen:
                    rendered[key] = render(chosen, item.late)
                elif options.nothing_new_note:
                    rendered[key] = [nothing_new_note(item.late)]
                else:
                    rendered[key] = []
            parts = rendered[key]
            run = DigestRun(
                subscription_id=sub.id,
                chat_id=sub.chat_id,
                scheduled_for=item.scheduled_for,
                started_at=now,
                late=item.late,
                brief_numbers=json.dumps(list(numbers)),
            )
            session.add(run)
            await session.flush()
            session.add_all(
                Delivery(
                    run_id=run.id,
                    chat_id=sub.chat_id,
                    thread_id=sub.thread_id,
                    chat_type=sub.chat_type,
                    part=index,
                    text=text,
                    status=PENDING,
                    attempts=0,
                    not_before=ready,
                    updated_at=now,
                )
                for index, text in enumerate(parts)
            )
            sub.last_brief_number = max(latest, sub.last_brief_number or 0)
            sub.last_run_at = now
            built.append(Built(sub.id, run.id, numbers, len(parts), released))
    return built


class DigestService:
    """The digest's running parts: subscriptions, the briefs, the sender and a clock.

    Built in the start-up hook; `clock` is replaceable so tests fire digests at chosen times.
    """

    def __init__(
        self,
        store: Store,
        briefs: Briefs,
        sender: Sender,
        options: DigestOptions,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
        render: Render = render_digest,
    ) -> None:
        self.store = store
        self.briefs = briefs
        self.sender = sender
        self.options = options
        self.clock = clock
        self.render = render
        self.subscriptions = Subscriptions(store, clock=lambda: self.clock())
        # Offline (`briefbot ask/chat`): nothing is sent, so /digest shows instead of queueing.
        self.offline = False

    async def run_slot(
        self, subscription_id: int, slot: dt.datetime, *, late: bool | None = None
    ) -> Built:
        """Build the digest of one subscription for one slot into the outbox; wake the sender."""
        now = self.clock()
        if late is None:
            late = is_late(slot, now, self.options)
        [built] = await build_runs(
            self.store,
            [Due(subscription_id, slot, late)],
            self.briefs,
            self.render,
            self.options,
            now=now,
        )
        if built.messages or built.released:
            self.sender.wake()
        return built

    async def run_now(self, subscription_id: int) -> Built:
        """Build this subscription's digest now (`/digest`), whatever its schedule."""
        return await self.run_slot(subscription_id, self.clock(), late=False)

    def preview(self, filters: Filters | None = None) -> list[str]:
        """Render what a new subscription's first digest would carry now."""
        chosen = select_briefs(self.briefs, filters or Filters(), None, self.options.first_size)
        return self.render(chosen, False) if chosen else [nothing_new_note(False)]

    def next_at(self, sub: Subscription, after: dt.datetime | None = None) -> dt.datetime:
        """Return when this subscription's next digest is due."""
        return next_digest_at(schedule_of(sub), after or self.clock())


class DigestRefused(BriefbotError):
    """A digest change this user may not make, or a chat the bot cannot post to; says why."""


# Filters are the user's words (a /subscribe message holds up to 4096 characters, and the
# description adds ", " between terms): cut so the whole description fits one message.
MAX_FILTERS_TEXT: Final = 3500


def describe_subscription(sub: Subscription, next_at: dt.datetime | None) -> str:
    """Return a subscription as a short Telegram-HTML message."""
    schedule = schedule_of(sub)
    if not sub.active:
        status = "not subscribed"
    elif sub.paused:
        status = "paused"
    else:
        status = "active"
    lines = [
        "<b>Digest subscription</b>",
        f"Status: {status}",
        f"When: {escape(schedule.describe())}",
        f"Briefs: {escape(cut_utf16(filters_of(sub).describe(), MAX_FILTERS_TEXT))}",
    ]
    if next_at is not None and sub.active and not sub.paused:
        local = next_at.astimezone(schedule.tz)
        lines.append(f"Next digest: {local:%a %d %b %Y, %H:%M}")
    return "\n".join(lines)


def describe_stats(stats: Stats) -> str:
    """Return `/stats` as a short Telegram-HTML message."""
    last = f"{stats.last_run_at:%Y-%m-%d %H:%M} UTC" if stats.last_run_at else "never"
    return "\n".join(
        [
            "<b>Digest stats</b>",
            f"Subscribers: {stats.subscribers} active, {stats.paused} paused, "
            f"{stats.inactive} inactive",
            f"Last digest run: {last}",
            f"Deliveries: {stats.sent} sent, {stats.failed} failed, {stats.pending} pending",
        ]
    )


def escape(text: str) -> str:
    """Escape text for Telegram HTML."""
    return html.escape(text, quote=False)


def plan_start(
    subs: Iterable[Subscription], now: dt.datetime
) -> list[tuple[Subscription, dt.datetime | None]]:
    """At start-up, return each subscription with the one catch-up slot it is owed (or None)."""
    plan = []
    for sub in subs:
        last = sub.last_run_at or sub.created_at
        plan.append((sub, missed_run(schedule_of(sub), last, now)))
    return plan


def is_late(slot: dt.datetime, now: dt.datetime, options: DigestOptions) -> bool:
    """Tell whether a run starting now for this slot is late."""
    return now - slot > options.late_after


# --- Telegram's limits -------------------------------------------------------------------


class SendScheduler:
    """Keeps Telegram's sending limits by booking send instants (leases) on a clock.

    Overall: at most `overall_per_second` (GCRA); a send may come up to `jitter` seconds
    early against that schedule, so a late wake-up is made up for instead of lost, while any
    window of time still gets no more than its share plus `jitter` worth.
    Per chat: one message per `1/chat_per_second` s in private chats, one per
    `60/group_per_minute` s in groups and channels. `pause` honours a RetryAfter.
    """

    def __init__(
        self,
        overall_per_second: float,
        group_per_minute: float,
        chat_per_second: float,
        *,
        jitter: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = 1.0 / overall_per_second
        self.jitter = jitter
        self.group_interval = 60.0 / group_per_minute
        self.chat_interval = 1.0 / chat_per_second
        self.clock = clock
        self._next_overall = 0.0  # theoretical arrival time of the next message
        self._chat_free: dict[int, float] = {}

    def chat_wait(self, chat_id: int) -> float:
        """Return how long until this chat may get its next message (0: now)."""
        return max(0.0, self._chat_free.get(chat_id, 0.0) - self.clock())

    def reserve(self, chat_id: int, is_group: bool) -> float:
        """Book the next message to this chat; return the clock time at which to send it."""
        now = self.clock()
        start = max(now, self._next_overall - self.jitter, self._chat_free.get(chat_id, 0.0))
        self._next_overall = max(self._next_overall, start) + self.interval
        spacing = self.group_interval if is_group else self.chat_interval
        self._chat_free[chat_id] = start + spacing
        if len(self._chat_free) > 100_000:
            self._forget(now)
        return start

    def pause(self, seconds: float, chat_id: int | None = None) -> None:
        """Send nothing to this chat (None: to anyone) for `seconds`."""
        until = self.clock() + seconds
        if chat_id is None:
            # Plus the jitter allowance: nothing may go out before `until`.
            self._next_overall = max(self._next_overall, until + self.jitter)
        else:
            self._chat_free[chat_id] = max(self._chat_free.get(chat_id, 0.0), until)

    def _forget(self, now: float) -> None:
        self._chat_free = {c: t for c, t in self._chat_free.items() if t > now}


# --- the sender (Telegram side) ----------------------------------------------------------


class _Row(NamedTuple):
    id: int
    chat_id: int
    thread_id: int
    chat_type: str
    text: str
    attempts: int


Op = Callable[[AsyncSession], Awaitable[Any]]


# How long a group commit waits for more writes: a little latency for far fewer transactions.
GROUP_COMMIT_WAIT = 0.002


class _Journal:
    """Applies outbox status changes in shared transactions (group commit).

    Writes queued while one transaction commits go together in the next, so a thousand sends
    a second need tens of commits, not thousands; the common ones (sending, sent) go as one
    statement each per batch. Each caller awaits its own write's commit.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._sending: list[tuple[int, asyncio.Future[Any]]] = []
        self._sent: list[tuple[int, int | None, asyncio.Future[Any]]] = []
        self._ops: list[tuple[Op, asyncio.Future[Any]]] = []
        self._task: asyncio.Task[None] | None = None

    def _future(self) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._run(), name="outbox-journal")
        return loop.create_future()

    async def sending(self, row_id: int) -> bool:
        """Mark a row "sending" (before its HTTP call); False if it is no longer pending (held
        by a pause or dropped by an unsubscribe since the sender read it)."""
        future = self._future()
        self._sending.append((row_id, future))
        return bool(await future)

    async def sent(self, row_id: int, message_id: int | None) -> None:
        """Mark a row "sent" with Telegram's message id."""
        future = self._future()
        self._sent.append((row_id, message_id, future))
        await future

    async def apply(self, op: Op) -> Any:
        """Run any other change in the next shared transaction."""
        future = self._future()
        self._ops.append((op, future))
        return await future

    async def _run(self) -> None:
        while self._sending or self._sent or self._ops:
            # A moment for the other workers' writes to join this transaction.
            await asyncio.sleep(GROUP_COMMIT_WAIT)
            sending, self._sending = self._sending, []
            sent, self._sent = self._sent, []
            ops, self._ops = self._ops, []
            futures = [f for _, f in sending] + [f for *_, f in sent] + [f for _, f in ops]
            results: list[Any] = []
            claimed: set[int] = set()
            try:
                now = utcnow()
                if sending or sent:
                    # Plain Core statements on a connection: the hot path skips the ORM.
                    async with self.store.engine.begin() as conn:
                        claimed = await _write_states(conn, sending, sent, now)
                if ops:
                    async with self.store.transaction() as session:
                        for op, _ in ops:
                            results.append(await op(session))
            except Exception as error:  # handed to every waiting caller, who logs it
                for future in futures:
                    if not future.done():
                        future.set_exception(error)
                continue
            for row_id, future in sending:
                if not future.done():
                    future.set_result(row_id in claimed)
            for *_, future in sent:
                if not future.done():
                    future.set_result(None)
            for (_, future), result in zip(ops, results, strict=True):
                if not future.done():
                    future.set_result(result)

    async def close(self) -> None:
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)


async def _write_states(
    conn: AsyncConnection,
    sending: Sequence[tuple[int, Any]],
    sent: Sequence[tuple[int, int | None, Any]],
    now: dt.datetime,
) -> set[int]:
    """Write the batch's "sending" and "sent" marks; return the ids marked "sending" (the
    rows still pending)."""
    table = _DELIVERIES
    claimed: set[int] = set()
    if sending:
        result = await conn.execute(
            sa.update(table)
            .where(table.c.id.in_([row_id for row_id, _ in sending]), table.c.status == PENDING)
            .values(status=SENDING, updated_at=now)
            .returning(table.c.id)
        )
        claimed = set(result.scalars())
    if sent:
        await conn.execute(
            sa.update(table)
            .where(table.c.id == sa.bindparam("row_id"))
            .values(status=SENT, message_id=sa.bindparam("mid"), last_error=None, updated_at=now),
            [{"row_id": row_id, "mid": mid} for row_id, mid, _ in sent],
        )
    return claimed


class SendOutcome(NamedTuple):
    """How one send ended, for logs and tests."""

    row_id: int
    chat_id: int
    status: str
    error: str | None = None


class BotLike(Protocol):
    async def send_message(self, *args: Any, **kwargs: Any) -> Any: ...


def _retry_after_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():
        # PTB 22 warns that the int form is deprecated; either form is fine here.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


# "Bad Request: chat not found" and its relatives: the subscriber is gone for good.
_GONE = (
    "chat not found",
    "bot was kicked",
    "not enough rights",
    "need administrator rights",
    "chat_write_forbidden",
    "have no rights to send",
)


@dataclass
class _ChatQueue:
    is_group: bool
    rows: collections.deque[_Row] = field(default_factory=collections.deque)


_DELIVERIES: sa.Table = Delivery.__table__  # type: ignore[assignment]
# Rows read from the outbox at a time; more are read when fewer than half remain in memory.
CLAIM_BATCH = 2000


class Sender:
    """Sends the outbox: claims pending rows, keeps the limits, records every outcome."""

    def __init__(
        self,
        store: Store,
        bot: BotLike | Bot,
        options: DigestOptions,
        *,
        scheduler: SendScheduler | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
        on_outcome: Callable[[SendOutcome], None] | None = None,
    ) -> None:
        self.store = store
        self.bot = bot
        self.options = options
        self.scheduler = scheduler or SendScheduler(
            options.overall_per_second,
            options.group_per_minute,
            options.chat_per_second,
            jitter=options.jitter,
        )
        self.clock = clock
        self.on_outcome = on_outcome
        self._journal = _Journal(store)
        self._chats: dict[int, _ChatQueue] = {}
        self._held: set[int] = set()  # row ids in memory (queued or being sent)
        self._ready: asyncio.Queue[int] = asyncio.Queue()
        self._wake = asyncio.Event()
        self._workers: list[asyncio.Task[None]] = []
        self._stopping = False
        self._in_flight = 0
        self._stale = True  # the outbox may hold ready rows not read yet
        self._next_due: dt.datetime | None = None
        self._idle = asyncio.Event()
        self._idle.set()

    # --- lifecycle ----------------------------------------------------------------------

    async def recover(self) -> int:
        """Return rows left "sending" by a crash to "pending" (they were in flight: resend)."""
        async with self.store.transaction() as session:
            result = await session.execute(
                sa.update(Delivery)
                .where(Delivery.status == SENDING)
                .values(status=PENDING, updated_at=self.clock())
                .returning(Delivery.id)
            )
            ids = list(result.scalars())
        if ids:
            log.warning("digest_outbox_recovered", in_flight=len(ids))
        return len(ids)

    def wake(self) -> None:
        """Look at the outbox now (new rows were written)."""
        self._stale = True
        self._wake.set()

    async def run(self) -> None:
        """Send until cancelled: claim ready rows, then wait for new ones or the next retry."""
        self._start_workers()
        try:
            while not self._stopping:
                # Cleared before looking, so a wake-up during the look is not lost.
                self._wake.clear()
                try:
                    delay = await self._look()
                except sa.exc.SQLAlchemyError:
                    # The database is briefly unavailable: rows wait in the outbox; try again.
                    log.exception("digest_outbox_read_failed")
                    delay = self.options.poll_interval
                await self._sleep(delay)
        finally:
            await self.close()

    async def drain(self) -> None:
        """Send until no row is pending or in flight (for tests, benchmarks, one-shot runs)."""
        self._start_workers()
        while True:
            self._wake.clear()
            delay = await self._look()
            if not self._held and await self._unfinished() == 0:
                return
            await self._sleep(min(delay, 0.05))

    async def _look(self) -> float:
        """Claim ready rows if the outbox may hold some; return how long to wait at most."""
        # Claimed fewer than asked: every ready row is in memory; read again on a wake-up or
        # a timer.
        if (
            self._stale
            and len(self._held) < CLAIM_BATCH // 2
            and await self._claim() < CLAIM_BATCH
        ):
            self._stale = False
            self._next_due = await self._soonest_pending()
        wait = self.options.poll_interval
        if self._next_due is not None:
            wait = min(wait, max((self._next_due - self.clock()).total_seconds(), 0.01))
        return wait

    async def _sleep(self, delay: float) -> None:
        try:
            async with asyncio.timeout(delay):
                await self._wake.wait()
        except TimeoutError:
            # A timer ran out (a retry is due, or the periodic look): read the outbox again.
            self._stale = True
            self._next_due = None

    async def stop(self, grace: float = 5.0) -> None:
        """Stop taking rows; let the sends in flight finish (up to `grace` s), then close.

        Rows not yet started stay pending for the next start; a send cut off after `grace`
        stays "sending" and is resent then.
        """
        self._stopping = True
        self._wake.set()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(grace):
                await self._idle.wait()
        await self.close()

    async def close(self) -> None:
        """Cancel the workers and wait for the outbox writes to finish."""
        for task in self._workers:
            task.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers = []
        await self._journal.close()

    def _start_workers(self) -> None:
        if self._workers:
            return
        loop = asyncio.get_running_loop()
        self._workers = [
            loop.create_task(self._work(), name=f"digest-sender-{i}")
            for i in range(self.options.workers)
        ]

    # --- claiming -------------------------------------------------------------------------

    async def _claim(self, limit: int = CLAIM_BATCH) -> int:
        """Read up to `limit` ready rows not in memory yet into the chats' queues."""
        async with self.store.transaction() as session:
            query = (
                sa.select(
                    Delivery.id,
                    Delivery.chat_id,
                    Delivery.thread_id,
                    Delivery.chat_type,
                    Delivery.text,
                    Delivery.attempts,
                )
                .where(
                    Delivery.status == PENDING,
                    Delivery.not_before <= self.clock(),
                    Delivery.id.not_in(self._held),
                )
                .order_by(Delivery.id)
                .limit(limit)
            )
            rows = [_Row(*r) for r in (await session.execute(query)).all()]
        fresh = 0
        for row in rows:
            self._held.add(row.id)
            queue = self._chats.get(row.chat_id)
            if queue is None:
                queue = self._chats[row.chat_id] = _ChatQueue(row.chat_type != "private")
                self._ready.put_nowait(row.chat_id)
            queue.rows.append(row)
            fresh += 1
        return fresh

    async def _unfinished(self) -> int:
        """Count pending rows (a "sending" row not in memory is left for the next start)."""
        async with self.store.transaction() as session:
            count = await session.execute(
                sa.select(sa.func.count()).select_from(Delivery).where(Delivery.status == PENDING)
            )
            return int(count.scalar_one())

    async def _soonest_pending(self) -> dt.datetime | None:
        """Return when the earliest pending row not in memory becomes due, or None."""
        async with self.store.transaction() as session:
            soonest = (
                await session.execute(
                    sa.select(sa.func.min(Delivery.not_before)).where(
                        Delivery.status == PENDING,
                        Delivery.id.not_in(self._held),
                    )
                )
            ).scalar()
        if soonest is not None and soonest.tzinfo is None:
            soonest = soonest.replace(tzinfo=UTC)
        return soonest

    # --- sending --------------------------------------------------------------------------

    async def _work(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            chat_id = await self._ready.get()
            if self._stopping:
                continue
            queue = self._chats.get(chat_id)
            if queue is None or not queue.rows:
                self._chats.pop(chat_id, None)
                continue
            wait = self.scheduler.chat_wait(chat_id)
            if wait > 0:
                loop.call_later(wait, self._ready.put_nowait, chat_id)
                continue
            row = queue.rows.popleft()
            start = self.scheduler.reserve(chat_id, queue.is_group)
            delay = start - self.scheduler.clock()
            if delay > 0:
                await asyncio.sleep(delay)
            self._in_flight += 1
            self._idle.clear()
            try:
                keep_chat = await self._deliver(row)
            except Exception:
                # A bug must not silently cost a worker: log it; the row stays "sending" in
                # the outbox and is sent again at the next start.
                log.exception("digest_send_crashed", row=row.id, chat_id=row.chat_id)
                self._held.discard(row.id)
                keep_chat = False
            finally:
                self._in_flight -= 1
                if not self._in_flight:
                    self._idle.set()
            if not keep_chat:
                # The chat's remaining rows go back to the outbox's order (retry, move, gone).
                for dropped in queue.rows:
                    self._held.discard(dropped.id)
                queue.rows.clear()
                self._stale = True
            if queue.rows:
                self._ready.put_nowait(chat_id)
            else:
                self._chats.pop(chat_id, None)
            if not keep_chat or len(self._held) < CLAIM_BATCH // 2:
                self._wake.set()  # claim more, or pick up the retry's new order

    async def _deliver(self, row: _Row) -> bool:
        """Send one row and record the outcome; return False to stop this chat's queue."""
        try:
            claimed = await self._journal.sending(row.id)
        except sa.exc.SQLAlchemyError:
            self._held.discard(row.id)
            log.exception("digest_outbox_write_failed", row=row.id)
            return False
        if not claimed:
            # Held (its digest paused) or dropped (unsubscribed) since it was read: not sent;
            # the chat's other rows go back to the outbox's order.
            self._held.discard(row.id)
            return False
        try:
            message = await self.bot.send_message(
                chat_id=row.chat_id,
                text=row.text,
                parse_mode=ParseMode.HTML,
                message_thread_id=row.thread_id or None,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        except RetryAfter as error:
            seconds = _retry_after_seconds(error)
            # Telegram's flood wait may be for this chat or for the bot: hold both.
            self.scheduler.pause(seconds)
            self.scheduler.pause(seconds, row.chat_id)
            return await self._retry(row, f"RetryAfter {seconds:g}s", seconds, count=False)
        except ChatMigrated as error:
            new_chat = int(error.new_chat_id)
            await self._record(row, _migrate(row, new_chat, self.clock()), "moved")
            log.info("digest_chat_migrated", chat_id=row.chat_id, new_chat_id=new_chat)
            return False
        except Forbidden as error:
            await self._gone(row, f"Forbidden: {error.message}")
            return False
        except BadRequest as error:
            reason = error.message.casefold()
            if "thread not found" in reason:
                # A forum topic deleted: its subscription ends, the chat's others go on.
                await self._gone(row, f"BadRequest: {error.message}", topic_only=True)
                return False
            if any(marker in reason for marker in _GONE):
                await self._gone(row, f"BadRequest: {error.message}")
                return False
            # Anything else is a problem with this message: retrying cannot help.
            await self._record(row, _mark(row.id, FAILED, self.clock(), error.message), FAILED)
            log.error("digest_message_refused", chat_id=row.chat_id, error=error.message)
            return True
        except (NetworkError, TelegramError) as error:
            # Timeouts, 5xx and connection errors: the message may or may not have arrived.
            backoff = self.options.backoff(row.attempts)
            return await self._retry(row, f"{type(error).__name__}: {error.message}", backoff)
        message_id = getattr(message, "message_id", None)
        await self._record(row, None, SENT, message_id=message_id)
        return True

    async def _retry(self, row: _Row, reason: str, delay: float, *, count: bool = True) -> bool:
        attempts = row.attempts + 1
        if count and attempts >= self.options.max_attempts:
            # Not lost: the message (and the chat's later ones, to keep their order) waits for
            # the subscription's next digest, which queues it again (`build_runs`).
            await self._record(row, _give_up(row, reason, self.clock()), HELD, reason)
            log.warning("digest_delivery_held", chat_id=row.chat_id, error=reason)
            return False
        not_before = self.clock() + dt.timedelta(seconds=delay)
        if self._next_due is None or not_before < self._next_due:
            self._next_due = not_before
        await self._record(row, _reschedule(row, reason, not_before, self.clock(), count), PENDING)
        log.info("digest_delivery_retry", chat_id=row.chat_id, error=reason, delay=delay)
        return False

    async def _gone(self, row: _Row, reason: str, *, topic_only: bool = False) -> None:
        thread_id = row.thread_id if topic_only else None

        async def op(session: AsyncSession) -> None:
            await _deactivate(session, row.chat_id, reason, self.clock(), thread_id=thread_id)

        await self._record(row, op, FAILED, reason)
        log.warning("digest_subscriber_gone", chat_id=row.chat_id, reason=reason)

    async def _record(
        self,
        row: _Row,
        op: Op | None,
        status: str,
        error: str | None = None,
        *,
        message_id: int | None = None,
    ) -> None:
        """Write a send's outcome (`op`, or "sent" with its message id); release the row."""
        try:
            if op is None:
                await self._journal.sent(row.id, message_id)
            else:
                await self._journal.apply(op)
        except sa.exc.SQLAlchemyError:
            log.exception("digest_outbox_write_failed", row=row.id)
        finally:
            self._held.discard(row.id)
        if self.on_outcome is not None:
            self.on_outcome(SendOutcome(row.id, row.chat_id, status, error))


def _mark(row_id: int, status: str, now: dt.datetime, error: str) -> Op:
    async def op(session: AsyncSession) -> None:
        await session.execute(
            sa.update(Delivery)
            .where(Delivery.id == row_id)
            .values(status=status, last_error=error[:255], updated_at=now)
        )

    return op


def _give_up(row: _Row, error: str, now: dt.datetime) -> Op:
    async def op(session: AsyncSession) -> None:
        # Only a row still "sending": one held by a pause or dropped meanwhile stays so.
        await session.execute(
            sa.update(Delivery)
            .where(Delivery.id == row.id, Delivery.status == SENDING)
            .values(
                status=HELD,
                attempts=Delivery.attempts + 1,
                last_error=error[:255],
                updated_at=now,
            )
        )
        await _hold(session, row.chat_id, row.thread_id, error, now)

    return op


def _reschedule(
    row: _Row, error: str, not_before: dt.datetime, now: dt.datetime, count: bool
) -> Op:
    async def op(session: AsyncSession) -> None:
        # Only a row still "sending": one held by a pause or dropped by an unsubscribe while
        # it was in flight must not come back.
        await session.execute(
            sa.update(Delivery)
            .where(Delivery.id == row.id, Delivery.status == SENDING)
            .values(
                status=PENDING,
                attempts=Delivery.attempts + int(count),
                last_error=error[:255],
                not_before=not_before,
                updated_at=now,
            )
        )
        # Later parts for this chat wait too, so the chat's messages stay in order.
        await session.execute(
            sa.update(Delivery)
            .where(
                Delivery.chat_id == row.chat_id,
                Delivery.status == PENDING,
                Delivery.not_before < not_before,
            )
            .values(not_before=not_before)
        )

    return op


def _migrate(row: _Row, new: int, now: dt.datetime) -> Op:
    async def op(session: AsyncSession) -> None:
        await _move_chat(session, row.chat_id, new, now)
        # The row itself, if the migration's service message moved it (to the new id) after
        # the sender read it: queued again there, not left "sending" until a restart.
        await session.execute(
            sa.update(Delivery)
            .where(Delivery.id == row.id, Delivery.status == SENDING)
            .values(chat_id=new, chat_type="supergroup", status=PENDING, updated_at=now)
        )

    return op
