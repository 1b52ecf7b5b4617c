"""Storage: SQLAlchemy (async) over SQLite by default, PostgreSQL through DATABASE_URL.

The schema is versioned. `MIGRATIONS[n]` takes a database from version n to n+1; `Store.open`
applies the missing ones in one transaction each, so an old data folder upgrades in place.
All tables are declared here; `bot.digest` and the handlers hold the logic that uses them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.errors import BriefbotError


class Base(DeclarativeBase):
    """Declarative base of every table of briefbot."""


schema_version = sa.Table(
    "schema_version",
    sa.MetaData(),
    sa.Column("version", sa.Integer, nullable=False),
)

Migration = Callable[[AsyncConnection], Awaitable[None]]


# --- schema version 1: the service (chat state, brief numbers, parse cache) -----------------


class BriefEntry(Base):
    """A brief seen in the briefs folder; `number` is its stable, user-facing number."""

    __tablename__ = "brief_entries"
    number: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    brief_id: Mapped[str] = mapped_column(sa.String(255), unique=True)
    content_hash: Mapped[str] = mapped_column(sa.String(64))
    first_seen: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True))


class ParsedBrief(Base):
    """The parser's output for one file content, so an unchanged folder is not parsed again."""

    __tablename__ = "parsed_briefs"
    content_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    parser_version: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    record: Mapped[str] = mapped_column(sa.Text)


class ChatState(Base):
    """What a chat has chosen: the brief its commands act on (None: the newest)."""

    __tablename__ = "chat_state"
    chat_id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    selected_brief: Mapped[str | None] = mapped_column(sa.String(255), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(sa.DateTime(timezone=True))


async def _create(conn: AsyncConnection, *tables: type[Base]) -> None:
    names = [Base.metadata.tables[t.__tablename__] for t in tables]
    await conn.run_sync(lambda sync: Base.metadata.create_all(sync, tables=names))


async def _to_v1(conn: AsyncConnection) -> None:
    await _create(conn, BriefEntry, ParsedBrief, ChatState)


# --- schema version 2: digests (subscriptions, runs, deliveries) -- owned by bot.digest -----


class UTCDateTime(sa.TypeDecorator[dt.datetime]):
    """An aware UTC datetime on every backend (SQLite returns naive values otherwise)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: sa.Dialect) -> object:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(
        self, value: dt.datetime | None, dialect: sa.Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


# Delivery.status values; a row goes pending -> sending -> sent, or back to pending to retry.
# "held" waits for its subscription's next digest (retries ran out, or the digest is paused)
# and goes back to pending with it.
PENDING, SENDING, SENT, FAILED, HELD = "pending", "sending", "sent", "failed", "held"


class Subscription(Base):
    """A chat's (or forum topic's, or channel's) digest subscription.

    `thread_id` 0 is the chat itself; a forum topic has its own row. Schedule fields are the
    parts of `bot.schedule.Schedule`; `filters` is JSON {"topics": [...], ...}.
    """

    __tablename__ = "subscriptions"
    __table_args__ = (sa.UniqueConstraint("chat_id", "thread_id"),)
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(sa.BigInteger, index=True)
    thread_id: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    chat_type: Mapped[str] = mapped_column(sa.String(16))
    time: Mapped[str] = mapped_column(sa.String(5))
    cadence: Mapped[str] = mapped_column(sa.String(16))
    weekday: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    tz: Mapped[str] = mapped_column(sa.String(64))
    filters: Mapped[str] = mapped_column(sa.Text, default="{}")
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    paused: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    inactive_reason: Mapped[str | None] = mapped_column(sa.String(255), nullable=True)
    subscribed_by: Mapped[int | None] = mapped_column(sa.BigInteger, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # The highest brief number already put in this subscriber's digests (None: no digest yet).
    last_brief_number: Mapped[int | None] = mapped_column(sa.Integer, nullable=True)
    last_run_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class DigestRun(Base):
    """One digest for one subscription at one scheduled slot; unique per slot."""

    __tablename__ = "digest_runs"
    __table_args__ = (sa.UniqueConstraint("subscription_id", "scheduled_for"),)
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    subscription_id: Mapped[int] = mapped_column(
        sa.ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True
    )
    chat_id: Mapped[int] = mapped_column(sa.BigInteger)
    scheduled_for: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    late: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    brief_numbers: Mapped[str] = mapped_column(sa.Text, default="[]")  # JSON list


class Delivery(Base):
    """An outbox row: one message (part) of a digest run for one chat."""

    __tablename__ = "deliveries"
    __table_args__ = (
        sa.UniqueConstraint("run_id", "part"),
        sa.Index("ix_deliveries_status_not_before", "status", "not_before"),
    )
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(sa.ForeignKey("digest_runs.id", ondelete="CASCADE"))
    chat_id: Mapped[int] = mapped_column(sa.BigInteger, index=True)
    thread_id: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    chat_type: Mapped[str] = mapped_column(sa.String(16))
    part: Mapped[int] = mapped_column(sa.Integer)
    text: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(8), default=PENDING)
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(sa.String(255), nullable=True)
    message_id: Mapped[int | None] = mapped_column(sa.BigInteger, nullable=True)
    # A retry waits until then (RetryAfter, backoff).
    not_before: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


async def _to_v2(conn: AsyncConnection) -> None:
    await _create(conn, Subscription, DigestRun, Delivery)


# --- schema version 3: digests given up by version 2's sender wait for the next digest -----

# The reason version 2's sender wrote when a message's retries ran out: the error of its last
# try, f"{type(error).__name__}: {error.message}", for a timeout, a network error or a 5xx
# (telegram.error's classes it retried). Its other failures read otherwise: a message
# Telegram refused (its own words), a chat gone ("Forbidden: ...", "BadRequest: ..."), a
# digest dropped by an unsubscribe ("unsubscribed"); no retry mends those.
_RETRIES_RAN_OUT = (
    "NetworkError: ",
    "TimedOut: ",
    "TelegramError: ",
    "InvalidToken: ",
    "EndPointNotFound: ",
    "Conflict: ",
)


async def _to_v3(conn: AsyncConnection) -> None:
    """Hold the messages version 2 marked failed when their retries ran out, as this version
    does (`bot.digest`): they go out once, in order, ahead of their chat's next digest.

    Only those of a subscription still active that gave up since it last (re)started: an
    unsubscribe in between would have dropped them. A group that became a supergroup gets
    them at its new id, as its subscription moved there.
    """
    gave_up = [Delivery.last_error.startswith(p, autoescape=True) for p in _RETRIES_RAN_OUT]
    rows = await conn.execute(
        sa.select(Delivery.id, Subscription.chat_id, Subscription.chat_type)
        .join(DigestRun, DigestRun.id == Delivery.run_id)
        .join(Subscription, Subscription.id == DigestRun.subscription_id)
        .where(
            Delivery.status == FAILED,
            sa.or_(*gave_up),
            Subscription.active,
            Subscription.thread_id == Delivery.thread_id,
            Delivery.updated_at >= Subscription.created_at,
        )
    )
    held = [{"row": row, "chat": chat, "kind": kind} for row, chat, kind in rows.all()]
    if held:
        await conn.execute(
            sa.update(Delivery)
            .where(Delivery.id == sa.bindparam("row"))
            .values(status=HELD, chat_id=sa.bindparam("chat"), chat_type=sa.bindparam("kind")),
            held,
        )


# --- schema version 4: the parses of several parser versions side by side -----------------


class ParserVersion(Base):
    """A parser version with parses in `parsed_briefs`, and when a catalog last loaded with
    it (`bot.catalog` keeps the parses of the most recently used few)."""

    __tablename__ = "parser_versions"
    version: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    last_used: Mapped[dt.datetime] = mapped_column(UTCDateTime)


async def _to_v4(conn: AsyncConnection) -> None:
    await _create(conn, ParserVersion)
    # The versions cached so far count as used now: the first load after the upgrade keeps
    # them (a rollback to the build before finds its parses).
    cached = await conn.execute(sa.select(ParsedBrief.parser_version).distinct())
    now = dt.datetime.now(dt.UTC)
    rows = [{"version": version, "last_used": now} for version in cached.scalars()]
    if rows:
        await conn.execute(sa.insert(ParserVersion), rows)


# Index n upgrades version n to n+1; append, never edit a released step.
MIGRATIONS: list[Migration] = [_to_v1, _to_v2, _to_v3, _to_v4]


def upsert(dialect: sa.Dialect, table: type[Base]) -> sqlite.Insert | postgresql.Insert:
    """Return an INSERT into `table` that takes ON CONFLICT clauses (an atomic upsert) on
    the store's backend, SQLite or PostgreSQL."""
    if dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


LOCK_FILE = "briefbot.lock"


@contextmanager
def serving_lock(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's lock while one `briefbot run` serves it; StoreError if taken.

    Two services on one store would both send every digest (each claims the same outbox
    rows) and both number new briefs. The lock is an flock on a file beside the SQLite file,
    released by the system when the process ends, however it ends. `ask` and `chat` take no
    lock: they send nothing.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK_FILE
    with path.open("a+") as handle:
        try:
            _lock(handle.fileno())
        except (BlockingIOError, PermissionError):
            holder = "another process"
            with suppress(OSError):  # Windows refuses to read a byte another process locked
                handle.seek(0)
                holder = handle.read().strip() or holder
            raise StoreError(
                f"the store in {data_dir} is served by another briefbot run ({holder}); "
                "stop it first, or give this one another DATA_DIR"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            _unlock(handle.fileno())


if sys.platform == "win32":  # a laptop on Windows: msvcrt locks a byte range, not a file
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # PermissionError when another process holds it

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError when held elsewhere

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def sqlite_url(data_dir: str) -> str:
    """Return the default database URL: a SQLite file in the data folder."""
    return f"sqlite+aiosqlite:///{data_dir.rstrip('/')}/briefbot.sqlite3"


class StoreError(BriefbotError):
    """A store that cannot be used (unreachable, damaged, not ours, or from a newer version);
    the message is one line and never holds the database password."""


def describe_url(url: str) -> str:
    """Return a database URL fit for a message: the password hidden, or the SQLite file."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "an in-memory SQLite database"
    return parsed.render_as_string(hide_password=True)


async def _tables(conn: AsyncConnection) -> dict[str, set[str]]:
    def read(sync: sa.Connection) -> dict[str, set[str]]:
        inspector = sa.inspect(sync)
        return {
            name: {column["name"] for column in inspector.get_columns(name)}
            for name in inspector.get_table_names()
        }

    return await conn.run_sync(read)


_EXPECTED: dict[tuple[Migration, ...], dict[str, set[str]]] = {}


async def _expected_tables(version: int) -> dict[str, set[str]]:
    """The tables and columns that migrations 0..version build, read from a scratch database
    (once a process: about 7 ms)."""
    steps = tuple(MIGRATIONS[:version])
    if steps not in _EXPECTED:
        engine = create_async_engine("sqlite+aiosqlite://")
        try:
            async with engine.begin() as conn:
                for migration in steps:
                    await migration(conn)
                _EXPECTED[steps] = await _tables(conn)
        finally:
            await engine.dispose()
    return _EXPECTED[steps]


class Store:
    """One engine and session factory for the app's lifetime; open in post_init."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)

    @classmethod
    async def open(cls, url: str) -> Store:
        """Connect, and bring the schema to the newest version.

        Raise `StoreError` (one line) when the database cannot be reached or read, is not a
        briefbot store, is missing tables or columns its version has, or was written by a
        newer version of briefbot.
        """
        where = describe_url(url)
        engine = create_async_engine(url)
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        try:
            await store.migrate()
        except StoreError as error:
            await engine.dispose()
            raise StoreError(f"the store {where} {error}") from None
        except (sa.exc.SQLAlchemyError, OSError) as error:
            await engine.dispose()
            # aiosqlite stops the worker thread of a connection that failed to open by posting
            # back to this loop: let it, or it reports "Event loop is closed" on stderr once
            # the caller's loop has ended.
            await asyncio.sleep(0.05)
            # The driver's own words ("file is not a database", "connection refused"), first
            # line only; drivers leave the password out, the URL is shown without it.
            reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
            password = make_url(url).password
            if password:
                reason = reason.replace(str(password), "***")
            raise StoreError(f"the store {where} cannot be opened: {reason}") from None
        return store

    async def migrate(self) -> int:
        """Apply the missing migrations; return the version reached."""
        async with self.engine.begin() as conn:
            await conn.run_sync(schema_version.metadata.create_all)
            current = (await conn.execute(sa.select(schema_version.c.version))).scalar()
            if current is None:
                current = 0
                if set(await _tables(conn)) - {schema_version.name}:
                    # Tables but no version: another application's database, not an old one
                    # of ours (version 0 is empty).
                    raise StoreError("holds tables of another application (no schema_version)")
                await conn.execute(schema_version.insert().values(version=0))
        if current > len(MIGRATIONS):
            raise StoreError(
                f"was written by a newer briefbot (schema version {current}; this one knows up "
                f"to {len(MIGRATIONS)}): run that version, or point DATA_DIR elsewhere"
            )
        for version in range(current, len(MIGRATIONS)):
            async with self.engine.begin() as conn:
                await MIGRATIONS[version](conn)
                await conn.execute(schema_version.update().values(version=version + 1))
        async with self.engine.connect() as conn:
            found = await _tables(conn)
        for table, columns in (await _expected_tables(len(MIGRATIONS))).items():
            if table not in found:
                raise StoreError(f"is damaged: table {table} is missing")
            if missing := sorted(columns - found[table]):
                raise StoreError(f"is damaged: table {table} lacks {', '.join(missing)}")
        return len(MIGRATIONS)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """Yield a session inside one transaction, committed on success."""
        async with self.sessions() as session, session.begin():
            yield session

    async def close(self) -> None:
        await self.engine.dispose()


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    # WAL lets readers proceed during a write; a busy timeout rides out short write locks.
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
