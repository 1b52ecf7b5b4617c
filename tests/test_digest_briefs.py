"""A digest builds only the briefs it looks at, never the whole catalog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import OfflineSession
from bot.brief import Brief
from bot.catalog import Catalog
from bot.digest import BriefList, Numbered, render_digest, select_briefs
from bot.schedule import Filters
from config.settings import Settings
from tests.service_harness import SEEDS


def brief(n: int, topic: str) -> Brief:
    return Brief(id=f"b{n}", title=f"Brief {n}", topics=(topic,), date=dt.date(2024, 5, n))


class CountingBriefs(BriefList):
    """A `Briefs` source that counts the briefs handed out."""

    def __init__(self, entries: list[Numbered]) -> None:
        super().__init__(entries)
        self.built = 0

    def since(self, number: int) -> list[Numbered]:
        found = super().since(number)
        self.built += len(found)
        return found

    def iter_newest(self) -> Iterator[Numbered]:
        for entry in super().iter_newest():
            self.built += 1
            yield entry


ENTRIES = [(n, brief(n, "energy" if n % 3 == 0 else "trade")) for n in range(1, 28)]


def test_first_digest_stops_once_enough_newest_briefs_pass() -> None:
    """A first digest of 2 energy briefs reads the newest briefs down to the second match."""
    source = CountingBriefs(ENTRIES)
    chosen = select_briefs(source, Filters(topics=("energy",)), None, 2)
    assert [n for n, _ in chosen] == [24, 27]
    assert source.built == 4  # 27, 26, 25, 24


def test_later_digest_reads_only_the_briefs_since_the_last() -> None:
    """A later digest looks at the briefs above the last one sent, nothing older."""
    source = CountingBriefs(ENTRIES)
    chosen = select_briefs(source, Filters(), 24, 5)
    assert [n for n, _ in chosen] == [25, 26, 27]
    assert source.built == 3


def test_plain_list_and_source_choose_the_same() -> None:
    """A list of (number, brief) pairs chooses exactly what the same briefs as a source do."""
    for filters in (Filters(), Filters(topics=("energy",))):
        for last in (None, 5, 26):
            assert select_briefs(ENTRIES, filters, last, 4) == select_briefs(
                BriefList(ENTRIES), filters, last, 4
            )


async def test_digest_now_does_not_rebuild_the_whole_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/digest in the offline bot never asks the catalog for all its briefs."""

    def everything(self: Catalog) -> list[object]:
        raise AssertionError("entries() rebuilds every brief")

    monkeypatch.setattr(Catalog, "entries", everything)
    settings = Settings(_env_file=None, briefs_dir=SEEDS, data_dir=tmp_path, health_port=None)
    async with OfflineSession(settings) as session:
        await session.send("/subscribe 09:00")
        catalog = session.app.bot_data.catalog
        [shown] = await session.send("/digest")
        expected = render_digest(
            select_briefs(BriefList(catalog.iter_newest()), Filters(), None, 5), False
        )
        assert shown.text == expected[0]
