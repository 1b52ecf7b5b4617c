"""Storage: SQLAlchemy (async) over SQLite by default, PostgreSQL through DATABASE_URL.

The schema is versioned. `MIGRATIONS[n]` takes a database from version n to n+1; `Store.open`
applies the missing ones in one transaction each, so an old data folder upgrades in place.
Tables are declared on `Base` by the modules that own them (chat state here, digest tables in
`bot.digest`), and each migration creates the tables of its version.
"""

from __future__ import annotations

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
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Declarative base of every table of briefbot."""


schema_version = sa.Table(
    "schema_version",
    sa.MetaData(),
    sa.Column("version", sa.Integer, nullable=False),
)

Migration = Callable[[AsyncConnection], Awaitable[None]]
# Appended to by the modules that own tables; index n upgrades version n to n+1.
MIGRATIONS: list[Migration] = []


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
