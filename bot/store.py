"""Storage: SQLAlchemy (async) over SQLite by default, PostgreSQL through DATABASE_URL.

The schema is versioned. `MIGRATIONS[n]` takes a database from version n to n+1; `Store.open`
applies the missing ones in one transaction each, so an old data folder upgrades in place.
All tables are declared here; `bot.digest` and the handlers hold the logic that uses them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


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


# Index n upgrades version n to n+1; append, never edit a released step.
MIGRATIONS: list[Migration] = [_to_v1]


def sqlite_url(data_dir: str) -> str:
    """Return the default database URL: a SQLite file in the data folder."""
    return f"sqlite+aiosqlite:///{data_dir.rstrip('/')}/briefbot.sqlite3"


class Store:
    """One engine and session factory for the app's lifetime; open in post_init."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)

    @classmethod
    async def open(cls, url: str) -> Store:
        """Connect, and bring the schema to the newest version."""
        engine = create_async_engine(url)
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        await store.migrate()
        return store

    async def migrate(self) -> int:
        """Apply the missing migrations; return the version reached."""
        async with self.engine.begin() as conn:
            await conn.run_sync(schema_version.metadata.create_all)
            current = (await conn.execute(sa.select(schema_version.c.version))).scalar()
            if current is None:
                current = 0
                await conn.execute(schema_version.insert().values(version=0))
        for version in range(current, len(MIGRATIONS)):
            async with self.engine.begin() as conn:
                await MIGRATIONS[version](conn)
                await conn.execute(schema_version.update().values(version=version + 1))
        return max(current, len(MIGRATIONS))

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
