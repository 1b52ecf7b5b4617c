"""Per-chat state in the store."""

from __future__ import annotations

from pathlib import Path

from bot.chats import select_brief, selected_brief
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
