"""Schema version 2 (digests): the migration from a v1 database keeps its data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot import store as store_module
from bot.store import (
    BriefEntry,
    ChatState,
    Delivery,
    DigestRun,
    Store,
    Subscription,
    schema_version,
    sqlite_url,
)

NOW = dt.datetime(2024, 6, 10, 7, 0, tzinfo=dt.UTC)


async def test_migration_from_v1_keeps_data_and_adds_digest_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A v1 data folder opens as the newest version: the v1 rows are kept and the digest
    tables work."""
    url = sqlite_url(str(tmp_path))
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:1])
    v1 = await Store.open(url)
    async with v1.transaction() as session:
        session.add(BriefEntry(brief_id="a", content_hash="h", first_seen=NOW))
        session.add(ChatState(chat_id=42, selected_brief="a", updated_at=NOW))
    async with v1.engine.connect() as conn:
        assert (await conn.execute(sa.select(schema_version.c.version))).scalar() == 1
        tables = await conn.run_sync(lambda sync: sa.inspect(sync).get_table_names())
    assert "subscriptions" not in tables
    await v1.close()
    monkeypatch.undo()

    v2 = await Store.open(url)
    async with v2.transaction() as session:
        entries = (await session.execute(sa.select(BriefEntry))).scalars().all()
        states = (await session.execute(sa.select(ChatState))).scalars().all()
        assert [(e.number, e.brief_id) for e in entries] == [(1, "a")]
        assert [(s.chat_id, s.selected_brief) for s in states] == [(42, "a")]
        sub = Subscription(
            chat_id=42,
            thread_id=0,
            chat_type="private",
            time="09:00",
            cadence="daily",
            tz="Europe/Berlin",
            created_at=NOW,
            updated_at=NOW,
        )
        session.add(sub)
        await session.flush()
        run = DigestRun(subscription_id=sub.id, chat_id=42, scheduled_for=NOW, started_at=NOW)
        session.add(run)
        await session.flush()
        session.add(
            Delivery(
                run_id=run.id,
                chat_id=42,
                chat_type="private",
                part=0,
                text="<b>Digest</b>",
                not_before=NOW,
                updated_at=NOW,
            )
        )
    async with v2.transaction() as session:
        delivery = (await session.execute(sa.select(Delivery))).scalar_one()
        assert (delivery.status, delivery.attempts, delivery.not_before) == ("pending", 0, NOW)
        subscription = (await session.execute(sa.select(Subscription))).scalar_one()
        assert (subscription.active, subscription.paused, subscription.filters) == (
            True,
            False,
            "{}",
        )
    async with v2.engine.connect() as conn:
        newest = len(store_module.MIGRATIONS)
        assert (await conn.execute(sa.select(schema_version.c.version))).scalar() == newest
    # Opening again applies nothing more.
    assert await v2.migrate() == newest
    await v2.close()


async def test_run_is_unique_per_subscription_and_slot(tmp_path: Path) -> None:
    """A second run row for the same subscription and slot is refused by the database."""
    store = await Store.open(sqlite_url(str(tmp_path)))
    async with store.transaction() as session:
        sub = Subscription(
            chat_id=1, chat_type="private", time="09:00", cadence="daily", tz="UTC",
            created_at=NOW, updated_at=NOW,
        )  # fmt: skip
        session.add(sub)
        await session.flush()
        run = DigestRun(subscription_id=sub.id, chat_id=1, scheduled_for=NOW, started_at=NOW)
        session.add(run)
    with pytest.raises(sa.exc.IntegrityError):
        async with store.transaction() as session:
            session.add(
                DigestRun(subscription_id=sub.id, chat_id=1, scheduled_for=NOW, started_at=NOW)
            )
    await store.close()
