"""Per-chat state in the store."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bot.chats import Selections, select_brief, selected_brief
from bot.store import Store, sqlite_url


async def test_selection_is_stored_per_chat_and_survives_reopening(tmp_path: Path) -> None:
    """A chat's selected brief persists; other chats are unaffected; None clears it."""
    store = await Store.open(sqlite_url(str(tmp_path)))
    try:
        assert await selected_brief(store, 5) is None
        await select_brief(store, 5, "brief-a")
        await select_brief(store, 5, "brief-b")
        await select_brief(store, -100, "brief-c")
    finally:
        await store.close()
    store = await Store.open(sqlite_url(str(tmp_path)))
    try:
        assert await selected_brief(store, 5) == "brief-b"
        assert await selected_brief(store, -100) == "brief-c"
        await select_brief(store, 5, None)
        assert await selected_brief(store, 5) is None
    finally:
        await store.close()


async def test_selections_read_the_store_once_per_chat_and_write_through(tmp_path: Path) -> None:
    """Selections.get reads a chat's row once; set() writes it, so a new process sees it."""
    store = await Store.open(sqlite_url(str(tmp_path)))
    try:
        await select_brief(store, 9, "brief-a")
        selections = Selections(store)
        assert await selections.get(9) == "brief-a"
        await select_brief(store, 9, "changed-behind-its-back")
        assert await selections.get(9) == "brief-a"  # memoised: no second read
        await selections.set(9, "brief-b")
        assert await selections.get(9) == "brief-b"
        assert await Selections(store).get(9) == "brief-b"
        assert await selections.get(10) is None
    finally:
        await store.close()


async def test_a_selection_written_meanwhile_by_another_process_is_no_error(
    tmp_path: Path,
) -> None:
    """Another process (a second `briefbot ask`, chat 1 too) selects a brief for the chat
    between our look and our write: ours is kept, the later one; it was an IntegrityError
    ("Sorry, something went wrong on my side.")."""
    store = await Store.open(sqlite_url(str(tmp_path)))
    done: list[str] = []

    def first(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("INSERT INTO chat_state") and not done:
            done.append(statement)
            with sqlite3.connect(tmp_path / "briefbot.sqlite3") as other:
                other.execute(
                    "INSERT INTO chat_state VALUES (1, 'theirs', '2024-01-01 00:00:00.000000')"
                )

    sa.event.listen(store.engine.sync_engine, "before_cursor_execute", first)
    try:
        await select_brief(store, 1, "ours")
        assert (len(done), await selected_brief(store, 1)) == (1, "ours")
    finally:
        sa.event.remove(store.engine.sync_engine, "before_cursor_execute", first)
        await store.close()
