"""Per-chat state: which brief a chat's commands act on. It lives in the store, so it
survives a restart."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store import ChatState, Store, upsert


async def selected_brief(store: Store, chat_id: int) -> str | None:
    """Return the id of the brief this chat selected, or None (the newest)."""
    async with store.transaction() as session:
        result = await session.execute(
            sa.select(ChatState.selected_brief).where(ChatState.chat_id == chat_id)
        )
        return result.scalar_one_or_none()


async def select_brief(store: Store, chat_id: int, brief_id: str | None) -> None:
    """Remember the brief this chat's commands act on (None: follow the newest).

    One upsert: another process choosing for the same chat meanwhile (a second `briefbot
    ask`, chat 1 as well) is no clash; the later choice stays.
    """
    now = dt.datetime.now(dt.UTC)
    async with store.transaction() as session:
        insert = upsert(session.get_bind().dialect, ChatState).values(
            chat_id=chat_id, selected_brief=brief_id, updated_at=now
        )
        await session.execute(
            insert.on_conflict_do_update(
                index_elements=[ChatState.chat_id],
                set_={
                    "selected_brief": insert.excluded.selected_brief,
                    "updated_at": insert.excluded.updated_at,
                },
            )
        )


async def move_chat_state(session: AsyncSession, old: int, new: int) -> None:
    """Move a chat's state to its new id (a group that became a supergroup), in the caller's
    transaction; a state the new id already has is newer and stays."""
    taken = await session.get(ChatState, new)
    if taken is None:
        await session.execute(
            sa.update(ChatState).where(ChatState.chat_id == old).values(chat_id=new)
        )
    else:
        await session.execute(sa.delete(ChatState).where(ChatState.chat_id == old))


class Selections:
    """The chats' selected briefs, read through a memo: one database read per chat and
    process, a write-through on change (the store stays the truth across restarts)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._memo: dict[int, str | None] = {}

    async def get(self, chat_id: int) -> str | None:
        """Return the id of the brief this chat selected, or None (the newest)."""
        if chat_id not in self._memo:
            self._memo[chat_id] = await selected_brief(self.store, chat_id)
        return self._memo[chat_id]

    async def set(self, chat_id: int, brief_id: str | None) -> None:
        """Select a brief for this chat (None: follow the newest)."""
        await select_brief(self.store, chat_id, brief_id)
        self._memo[chat_id] = brief_id

    def forget(self, *chat_ids: int) -> None:
        """Read these chats' selections from the store again (they moved there)."""
        for chat_id in chat_ids:
            self._memo.pop(chat_id, None)
