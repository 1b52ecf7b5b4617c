"""A store that cannot be used is one clear error at start, never a traceback or a silent
misreading: damaged, another application's, or written by a newer briefbot."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.store import MIGRATIONS, Store, StoreError, describe_url, sqlite_url


async def open_error(tmp_path: Path) -> str:
    with pytest.raises(StoreError) as caught:
        await Store.open(sqlite_url(str(tmp_path)))
    message = str(caught.value)
    assert "\n" not in message
    return message


def database(tmp_path: Path) -> Path:
    return tmp_path / "briefbot.sqlite3"


async def test_a_file_that_is_no_database_is_named_with_the_reason(tmp_path: Path) -> None:
    """Garbage where the SQLite file should be (a disk error, a wrong copy) is one line; it
    was a DatabaseError traceback."""
    database(tmp_path).write_bytes(b"not a database at all\n" * 300)
    message = await open_error(tmp_path)
    assert message == f"the store {database(tmp_path)} cannot be opened: file is not a database"


async def test_a_store_of_a_newer_briefbot_is_refused(tmp_path: Path) -> None:
    """A schema version above the ones this build knows is refused; it was used as if it
    were current, whatever the newer version had changed."""
    await (await Store.open(sqlite_url(str(tmp_path)))).close()
    with sqlite3.connect(database(tmp_path)) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (len(MIGRATIONS) + 5,))
    message = await open_error(tmp_path)
    assert message == (
        f"the store {database(tmp_path)} was written by a newer briefbot (schema version "
        f"{len(MIGRATIONS) + 5}; this one knows up to {len(MIGRATIONS)}): run that version, "
        "or point DATA_DIR elsewhere"
    )


async def test_a_store_missing_a_table_is_reported_at_start(tmp_path: Path) -> None:
    """A current store that lost a table is named at start; it used to open and then fail
    with a traceback at the first brief load."""
    await (await Store.open(sqlite_url(str(tmp_path)))).close()
    with sqlite3.connect(database(tmp_path)) as conn:
        conn.execute("DROP TABLE brief_entries")
    message = await open_error(tmp_path)
    assert message == f"the store {database(tmp_path)} is damaged: table brief_entries is missing"


async def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    """Tables without briefbot's schema_version: another application's file, left alone (it
    used to get briefbot's tables added beside its own)."""
    with sqlite3.connect(database(tmp_path)) as conn:
        conn.execute("CREATE TABLE subscriptions (x INTEGER)")
    message = await open_error(tmp_path)
    assert message == (
        f"the store {database(tmp_path)} holds tables of another application (no schema_version)"
    )
    with sqlite3.connect(database(tmp_path)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "brief_entries" not in tables


async def test_a_database_that_cannot_be_opened_is_one_line(tmp_path: Path) -> None:
    """A database file that cannot be created (its folder is missing) is one line naming it."""
    url = f"sqlite+aiosqlite:///{tmp_path}/missing/folder/briefbot.sqlite3"
    with pytest.raises(StoreError) as caught:
        await Store.open(url)
    assert str(caught.value) == (
        f"the store {tmp_path}/missing/folder/briefbot.sqlite3 cannot be opened: "
        "unable to open database file"
    )


def test_a_url_in_a_message_hides_its_password() -> None:
    """Messages show a server's URL without its password, and a SQLite file as its path."""
    assert describe_url("postgresql+asyncpg://bot:hunter2@db:5432/briefbot") == (
        "postgresql+asyncpg://bot:***@db:5432/briefbot"
    )
    assert describe_url("sqlite+aiosqlite:////data/briefbot.sqlite3") == "/data/briefbot.sqlite3"
