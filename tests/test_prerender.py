"""Answers rendered ahead of time: the same HTML as on demand, for every view of every brief."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest

from bot import answers as answers_module
from bot.answers import VIEWS, RenderedAnswers, render_view
from bot.app import OfflineSession
from bot.brief import Brief, Figure, Person
from config.settings import Settings
from tests.service_harness import SEEDS


def brief(n: int) -> Brief:
    return Brief(
        id=f"b{n}",
        title=f"Talks <{n}>",
        date=dt.date(2024, 5, n),
        people=[Person(name=f"Person {n}", title="Minister", country="Kazakhstan")],
        figures=[Figure(text=f"${n} million", value=n * 1e6, unit="USD", measures="trade & aid")],
        topics=["energy"],
    )


BRIEFS = [(n, brief(n)) for n in (1, 2, 3)]


def test_prerendered_answers_equal_answers_rendered_on_demand() -> None:
    """Each view of each brief is kept and read back exactly as render_view makes it."""
    answers = RenderedAnswers(maxsize=1)
    assert answers.prerender(BRIEFS, generation=4) == 3
    for number, item in BRIEFS:
        for view in VIEWS:
            expected = render_view(view, item, number)
            assert answers.get(view, number, 4, lambda: ["not rendered ahead"]) == expected
    assert answers.misses == 0


def test_prerendered_answers_of_another_generation_are_not_served() -> None:
    """After a reload (a new generation) an answer is rendered again, not read from before."""
    answers = RenderedAnswers()
    answers.prerender(BRIEFS, generation=1)
    assert answers.get("figures", 2, 2, lambda: ["fresh"]) == ["fresh"]
    answers.prerender(BRIEFS[:1], generation=2)  # drops what generation 1 left
    assert answers.get("figures", 3, 2, lambda: ["fresh 3"]) == ["fresh 3"]


def test_prerendering_stops_when_asked() -> None:
    """A set stop event ends pre-rendering before the next brief."""
    stop = threading.Event()
    stop.set()
    answers = RenderedAnswers()
    assert answers.prerender(BRIEFS, generation=1, stop=stop) == 0
    assert answers.get("figures", 1, 1, lambda: ["on demand"]) == ["on demand"]


def test_cold_answers_can_be_turned_off_to_measure_them() -> None:
    """use_prerendered False: answers are rendered on demand even when kept."""
    answers = RenderedAnswers()
    answers.prerender(BRIEFS, generation=1)
    answers.use_prerendered = False
    assert answers.get("topics", 1, 1, lambda: ["on demand"]) == ["on demand"]


async def test_service_prerenders_every_brief_after_loading(tmp_path: Path) -> None:
    """Started on the seeds, the service pre-renders them all and answers from them."""
    settings = Settings(_env_file=None, briefs_dir=SEEDS, data_dir=tmp_path, health_port=None)
    async with OfflineSession(settings) as session:
        data = session.app.bot_data
        done = await data.answers.prerendered()
        assert done == len(data.catalog)
        newest = data.catalog.newest()
        [shown] = await session.send("/figures")
        assert [shown.text] == render_view("figures", newest.brief, newest.number)
        assert data.answers.misses == 0


async def test_a_reload_renders_only_new_briefs_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a reload that adds a brief, the unchanged briefs keep their answers: only the
    new brief's views are rendered."""
    folder = tmp_path / "briefs"
    folder.mkdir()
    seed = next(SEEDS.glob("*.txt"))
    shutil.copy(seed, folder / seed.name)
    settings = Settings(
        _env_file=None, briefs_dir=folder, data_dir=tmp_path / "data", health_port=None
    )
    rendered: list[int] = []
    real_render = answers_module.render_view

    def counting_render(view: str, item: Brief, number: int) -> list[str]:
        rendered.append(number)
        return real_render(view, item, number)

    monkeypatch.setattr(answers_module, "render_view", counting_render)
    async with OfflineSession(settings) as session:
        data = session.app.bot_data
        assert await data.answers.prerendered() == 1
        assert rendered == [1] * len(VIEWS)
        shutil.copy(seed, folder / "another.txt")
        report = await data.catalog.reload()
        [new] = [entry.number for entry in report.new]
        assert await data.answers.prerendered() == 2
        assert rendered == [1] * len(VIEWS) + [new] * len(VIEWS)
        [shown] = await session.send("/figures 1")
        assert [shown.text] == real_render("figures", data.catalog.get(1).brief, 1)
        assert data.answers.misses == 0
