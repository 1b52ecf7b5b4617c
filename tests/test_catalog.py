"""The catalog: stable numbers, the parse cache, resolving, paging and search."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from structlog.testing import capture_logs

from bot.brief import Brief, Person
from bot.catalog import PARSE_CACHE_VERSIONS, Catalog, Entry, SearchIndex, _brief_words, words
from bot.errors import BriefNotFoundError, NoBriefsError
from bot.store import BriefEntry, ParsedBrief, Store, sqlite_url


@dataclass(frozen=True)
class FakeSource:
    path: Path
    id: str
    text: str
    content_hash: str


def fake_scan(folder: Path, *, max_bytes: int) -> tuple[list[FakeSource], list[str]]:
    """Read *.txt like the loader: id = file stem."""
    sources = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text()
        digest = hashlib.sha256(text.encode()).hexdigest()
        sources.append(FakeSource(path, path.stem, text, digest))
    return sources, []


class CountingParser:
    """A tiny parser: first line `date YYYY-MM-DD`, second line people, the rest is the body."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, text: str, *, brief_id: str, source_file: str | None = None) -> Brief:
        self.calls.append(brief_id)
        first, people, *body = text.split("\n")
        return Brief(
            id=brief_id,
            source_file=source_file,
            date=dt.date.fromisoformat(first.removeprefix("date ")),
            people=tuple(Person(name=n.strip()) for n in people.split(",") if n.strip()),
            body="\n".join(body),
        )


def write(folder: Path, name: str, date: str, people: str, body: str) -> None:
    (folder / f"{name}.txt").write_text(f"date {date}\n{people}\n{body}")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    store = await Store.open(sqlite_url(str(tmp_path)))
    yield store
    await store.close()


_OPENED: list[Catalog] = []


@pytest.fixture(autouse=True)
async def _finish_indexing() -> AsyncIterator[None]:
    """Let each catalog's background indexing end within its test."""
    yield
    while _OPENED:
        await _OPENED.pop().close()


def make(store: Store, folder: Path, parser: Callable[..., Brief], version: str = "t1") -> Catalog:
    catalog = Catalog(
        store, folder, max_bytes=1 << 20, scan=fake_scan, parse=parser, parser_version=version
    )
    _OPENED.append(catalog)
    return catalog


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    write(folder, "zeta", "2023-01-05", "Ann Lee", "Trade talks on grain exports.")
    write(folder, "alpha", "2023-03-01", "Bo Chen", "Energy cooperation and a new pipeline.")
    write(folder, "beta", "2023-03-01", "Ann Lee, Cy Dee", "Energy prices and grain.")
    return folder


async def test_first_load_numbers_by_date_then_id(store: Store, folder: Path) -> None:
    """The oldest brief is 1; briefs of the same day go by id."""
    catalog = make(store, folder, CountingParser())
    report = await catalog.load()
    assert [(e.number, e.brief.id) for e in report.new] == [(1, "zeta"), (2, "alpha"), (3, "beta")]
    assert catalog.newest().brief.id == "beta"


async def test_restart_keeps_numbers_and_does_not_parse_again(
    store: Store, folder: Path, tmp_path: Path
) -> None:
    """A second catalog on the same store reuses the parse cache and the numbers."""
    first = CountingParser()
    await make(store, folder, first).load()
    assert sorted(first.calls) == ["alpha", "beta", "zeta"]
    await store.close()

    reopened = await Store.open(sqlite_url(str(tmp_path)))
    try:
        second = CountingParser()
        catalog = make(reopened, folder, second)
        report = await catalog.load()
        assert second.calls == []
        assert (report.parsed, report.cached) == (0, 3)
        assert [(e.number, e.brief.id) for e in catalog.entries()] == [
            (3, "beta"),
            (2, "alpha"),
            (1, "zeta"),
        ]
    finally:
        await reopened.close()


async def test_a_new_file_gets_the_next_number_even_if_older(store: Store, folder: Path) -> None:
    """Numbers are by first sight after the first load; since(n) gives the newcomers."""
    parser = CountingParser()
    catalog = make(store, folder, parser)
    await catalog.load()
    write(folder, "old", "2022-01-01", "Di Eve", "An old story.")
    report = await catalog.reload()
    assert [(e.number, e.brief.id) for e in report.new] == [(4, "old")]
    assert [(e.number, e.brief.id) for e in catalog.since(3)] == [(4, "old")]
    assert parser.calls[-1] == "old"
    assert len(parser.calls) == 4


async def test_a_changed_file_is_parsed_again_and_keeps_its_number(
    store: Store, folder: Path
) -> None:
    """Editing a file re-parses it only; its number stays."""
    parser = CountingParser()
    catalog = make(store, folder, parser)
    await catalog.load()
    write(folder, "alpha", "2023-03-01", "Bo Chen", "Revised text about hydrogen.")
    await catalog.reload()
    assert parser.calls[3:] == ["alpha"]
    assert catalog.resolve("2").brief.body == "Revised text about hydrogen."


async def test_a_new_parser_version_parses_again(store: Store, folder: Path) -> None:
    """The cache is keyed by parser version too."""
    await make(store, folder, CountingParser()).load()
    parser = CountingParser()
    catalog = make(store, folder, parser, version="t2")
    await catalog.load()
    assert sorted(parser.calls) == ["alpha", "beta", "zeta"]


@pytest.mark.parametrize(
    ("arg", "expected"),
    [
        ("1", "zeta"),
        ("#3", "beta"),
        ("2023-01-05", "zeta"),
        ("2023-03-01", "alpha"),
        ("BETA", "beta"),
    ],
)
async def test_resolve_by_number_date_or_id(
    store: Store, folder: Path, arg: str, expected: str
) -> None:
    """A number, a date (the first of that day) or an id names a brief."""
    catalog = make(store, folder, CountingParser())
    await catalog.load()
    assert catalog.resolve(arg).brief.id == expected


@pytest.mark.parametrize(
    ("arg", "message"),
    [
        ("9", "No brief '9'. Use a number (1–3), a date (YYYY-MM-DD) or an id; /briefs lists"),
        ("2023-02-30", "No brief '2023-02-30'. That is not a valid date (YYYY-MM-DD)."),
        ("1999-01-01", "No brief '1999-01-01'. No brief is dated 1999-01-01. Use a number (1–3)"),
        ("nope", "No brief 'nope'. Use a number (1–3)"),
    ],
)
async def test_resolve_errors_are_named_and_helpful(
    store: Store, folder: Path, arg: str, message: str
) -> None:
    """An unknown brief raises BriefNotFoundError saying what would work."""
    catalog = make(store, folder, CountingParser())
    await catalog.load()
    with pytest.raises(BriefNotFoundError) as caught:
        catalog.resolve(arg)
    assert str(caught.value).startswith(message)


async def test_an_empty_folder_raises_no_briefs(store: Store, tmp_path: Path) -> None:
    """With nothing loaded, newest() and resolve() raise NoBriefsError."""
    empty = tmp_path / "empty"
    empty.mkdir()
    catalog = make(store, empty, CountingParser())
    await catalog.load()
    with pytest.raises(NoBriefsError):
        catalog.newest()
    with pytest.raises(NoBriefsError):
        catalog.resolve("1")
    assert catalog.page(1, 5) == ([], 1, 1)


async def test_pages_are_newest_first_and_clamped(store: Store, folder: Path) -> None:
    """page(n, size) slices the newest-first list; out-of-range pages clamp."""
    catalog = make(store, folder, CountingParser())
    await catalog.load()
    first = catalog.page(1, 2)
    assert ([e.number for e in first.entries], first.page, first.pages) == ([3, 2], 1, 2)
    last = catalog.page(7, 2)
    assert ([e.number for e in last.entries], last.page) == ([1], 2)


async def test_search_ranks_people_above_text_and_requires_every_word(
    store: Store, folder: Path
) -> None:
    """A name match outranks a body match; several words must all match."""
    catalog = make(store, folder, CountingParser())
    await catalog.load()
    assert [h.brief.id for h in (await catalog.search("lee"))] == ["beta", "zeta"]
    assert [h.brief.id for h in (await catalog.search("energy grain"))] == ["beta"]
    assert [h.brief.id for h in (await catalog.search("ENERGY"))] == ["beta", "alpha"]
    assert (await catalog.search("unicorn")) == []


def test_words_fold_case_and_accents() -> None:
    """Search words ignore case and accents."""
    assert words("Türkiye’s ÉNERGIE-plan 2023") == ["turkiye", "s", "energie", "plan", "2023"]


async def test_unparsable_file_is_skipped_and_reported(store: Store, folder: Path) -> None:
    """A file the parser rejects is left out; the rest load."""

    def picky(text: str, **kwargs: Any) -> Brief:
        if "pipeline" in text:
            raise ValueError("no header")
        return CountingParser()(text, **kwargs)

    catalog = make(store, folder, picky)
    report = await catalog.load()
    assert len(catalog) == 2
    assert report.errors == [f"{folder / 'alpha.txt'}: no header"]


def _naive_search(entries: list[Entry], query: str, limit: int) -> list[int]:
    """The ranking spelled out: every word, else any; score desc, then newest first."""
    wanted = list(dict.fromkeys(words(query)))
    table = [(e.number, _brief_words(e.brief)) for e in entries]
    every = [(n, ws) for n, ws in table if wanted and all(w in ws for w in wanted)]
    pool = every or [(n, ws) for n, ws in table if any(w in ws for w in wanted)]
    position = {e.number: i for i, e in enumerate(entries)}
    ranked = sorted(pool, key=lambda t: (-sum(t[1].get(w, 0) for w in wanted), position[t[0]]))
    return [n for n, _ in ranked[:limit]]


VOCABULARY = ["grain", "energy", "oil", "water", "trade", "Ann", "Bo", "Peru", "Chad"]


@given(
    briefs=st.lists(
        st.tuples(
            st.lists(st.sampled_from(VOCABULARY), max_size=6),
            st.lists(st.sampled_from(VOCABULARY[5:]), max_size=2),
            st.lists(st.sampled_from(VOCABULARY[:5]), max_size=2),
        ),
        min_size=1,
        max_size=40,
    ),
    query=st.lists(st.sampled_from([*VOCABULARY, "absent"]), min_size=1, max_size=3),
    limit=st.integers(1, 12),
)
def test_the_bit_set_index_ranks_like_the_naive_definition(
    briefs: list[tuple[list[str], list[str], list[str]]], query: list[str], limit: int
) -> None:
    """SearchIndex.query equals a brute-force ranking on random briefs and queries."""
    entries = [
        Entry(
            number,
            Brief(
                id=f"b{number}",
                body=" ".join(text),
                people=tuple(Person(name=p) for p in people),
                topics=tuple(topics),
            ),
        )
        for number, (text, people, topics) in enumerate(briefs, start=1)
    ]
    entries.reverse()  # newest first: the highest number
    text = " ".join(query)
    assert SearchIndex(entries, len(entries)).query(words(text), limit) == _naive_search(
        entries, text, limit
    )


async def test_entries_are_built_once_per_burst_and_iter_newest_is_lazy(
    store: Store, folder: Path
) -> None:
    """entries() reuses its list until a reload; iter_newest() builds briefs one by one."""
    catalog = make(store, folder, CountingParser())
    await catalog.load()
    first = catalog.entries()
    again = catalog.entries()
    assert [e.brief for e in again] == [e.brief for e in first]
    assert all(a.brief is b.brief for a, b in zip(first, again, strict=True))
    newest = catalog.iter_newest()
    assert next(newest).number == 3
    write(folder, "new", "2024-01-01", "Ed Fox", "Fresh.")
    await catalog.reload()
    assert [e.number for e in catalog.entries()] == [4, 3, 2, 1]


def test_the_parse_cache_key_follows_the_parser_source() -> None:
    """The default cache key is PARSER_VERSION plus a digest of the parser's code."""
    from bot.catalog import parser_fingerprint
    from bot.parser import PARSER_VERSION

    key = parser_fingerprint()
    assert key.startswith(f"{PARSER_VERSION}+")
    assert len(key) == len(PARSER_VERSION) + 13
    assert parser_fingerprint() == key


async def test_two_parser_versions_alternating_keep_each_others_parses(
    store: Store, folder: Path
) -> None:
    """`briefbot ask` of one build beside a service of another share the parse cache: neither
    parses again what it parsed before, whatever the other did meanwhile. Each load used to
    drop the other version's parses, so each start of either parsed the whole folder again."""
    service = make(store, folder, CountingParser(), version="a")
    await service.load()
    await make(store, folder, CountingParser(), version="b").load()
    write(folder, "new", "2023-04-02", "Di Eve", "A new story.")
    await service.reload()  # the service's periodic reload picks up a new file
    loads = []
    for version in ("b", "a", "b", "a"):  # ask, a restart of the service, ask, a restart
        parser = CountingParser()
        report = await make(store, folder, parser, version=version).load()
        loads.append((version, parser.calls, report.parsed, report.cached))
    assert loads == [
        ("b", ["new"], 1, 3),
        ("a", [], 0, 4),
        ("b", [], 0, 4),
        ("a", [], 0, 4),
    ]


async def cached_versions(store: Store) -> set[str]:
    async with store.transaction() as session:
        return set((await session.execute(sa.select(ParsedBrief.parser_version))).scalars())


async def test_parses_of_the_least_recently_used_parser_versions_are_dropped(
    store: Store, folder: Path
) -> None:
    """The parses of the PARSE_CACHE_VERSIONS parser versions used most recently are kept;
    a load with another one drops those of the version used longest ago."""
    versions = [f"v{n}" for n in range(PARSE_CACHE_VERSIONS + 2)]
    for version in versions[:PARSE_CACHE_VERSIONS]:
        await make(store, folder, CountingParser(), version=version).load()
    assert await cached_versions(store) == set(versions[:PARSE_CACHE_VERSIONS])
    await make(store, folder, CountingParser(), version=versions[0]).load()  # used again
    for version in versions[PARSE_CACHE_VERSIONS:]:
        await make(store, folder, CountingParser(), version=version).load()
    assert await cached_versions(store) == {versions[0], *versions[-PARSE_CACHE_VERSIONS + 1 :]}


async def test_an_upgraded_store_keeps_the_parses_it_had(tmp_path: Path, folder: Path) -> None:
    """Parses cached before the store kept several parser versions are kept by the upgrade:
    the first start after it parses nothing."""
    url = sqlite_url(str(tmp_path))
    old = await Store.open(url)
    await make(old, folder, CountingParser()).load()
    await old.close()
    with sqlite3.connect(tmp_path / "briefbot.sqlite3") as conn:  # as schema version 3 was
        conn.execute("DROP TABLE parser_versions")
        conn.execute("UPDATE schema_version SET version = 3")
    store = await Store.open(url)
    try:
        parser = CountingParser()
        report = await make(store, folder, parser).load()
        assert (parser.calls, report.cached) == ([], 3)
        assert await cached_versions(store) == {"t1"}
    finally:
        await store.close()


async def test_a_reload_with_nothing_changed_keeps_everything(store: Store, folder: Path) -> None:
    """An unchanged folder: no parse, same generation (memoised answers stay valid)."""
    parser = CountingParser()
    catalog = make(store, folder, parser)
    await catalog.load()
    generation = catalog.generation
    report = await catalog.reload()
    assert (report.loaded, report.parsed, report.new) == (3, 0, [])
    assert catalog.generation == generation
    write(folder, "zeta", "2023-01-05", "Ann Lee", "Trade talks on grain exports, revised.")
    report = await catalog.reload()
    assert (report.parsed, report.cached) == (1, 2)
    assert catalog.generation == generation + 1
    assert parser.calls[3:] == ["zeta"]


async def test_a_broken_brief_file_is_reported_in_one_log_line(store: Store, folder: Path) -> None:
    """A binary file among the briefs is one `brief_skipped` line naming the file and the
    reason (the catalog used to log every loader error a second time); the rest load."""
    (folder / "broken.txt").write_bytes(b"\x00\x01 not a brief")
    catalog = Catalog(
        store, folder, max_bytes=1 << 20, parse=CountingParser(), parser_version="t1"
    )
    _OPENED.append(catalog)
    with capture_logs() as logs:
        report = await catalog.load()
    skipped = [entry for entry in logs if entry["event"] == "brief_skipped"]
    assert skipped == [
        {
            "event": "brief_skipped",
            "log_level": "warning",
            "path": str(folder / "broken.txt"),
            "reason": "binary: NUL byte at byte 0",
        }
    ]
    assert len(catalog) == 3
    assert report.errors == [f"{folder / 'broken.txt'}: binary: NUL byte at byte 0"]


async def test_a_broken_file_is_logged_once_not_at_every_reload(
    store: Store, folder: Path
) -> None:
    """The periodic reload does not log the same broken file again (it did every
    RELOAD_INTERVAL, 288 lines a day a file); a new reason, or the file broken again after a
    fix, is logged."""
    broken = folder / "broken.txt"
    broken.write_bytes(b"\x00 not a brief")
    catalog = Catalog(
        store, folder, max_bytes=1 << 20, parse=CountingParser(), parser_version="t1"
    )
    _OPENED.append(catalog)
    with capture_logs() as logs:
        await catalog.load()
        await catalog.reload()
        await catalog.reload()
        broken.write_bytes(b"")  # another reason
        await catalog.reload()
        write(folder, "broken", "2023-04-01", "Di Ek", "Fixed.")
        await catalog.reload()
        broken.write_bytes(b"")  # broken again
        await catalog.reload()
    skipped = [(e["path"], e["reason"]) for e in logs if e["event"] == "brief_skipped"]
    assert skipped == [
        (str(broken), "binary: NUL byte at byte 0"),
        (str(broken), "empty"),
        (str(broken), "empty"),
    ]


async def test_a_brief_numbered_meanwhile_by_another_process_keeps_that_number(
    store: Store, folder: Path, tmp_path: Path
) -> None:
    """`briefbot ask` beside the running service: when the other process numbers a new file
    between this one's reading of the numbers and its own numbering, this one takes the number
    already given (a brief has one number); the reload failed with an IntegrityError on
    brief_entries (`ask` printed a traceback)."""
    await make(store, folder, CountingParser()).load()
    write(folder, "new", "2023-04-02", "Di Eve", "A new story.")
    parser = CountingParser()

    def parse_while_another_numbers(text: str, *, brief_id: str, **kwargs: Any) -> Brief:
        # The other process (its own connection) numbers the file while this one parses it.
        with sqlite3.connect(tmp_path / "briefbot.sqlite3") as other:
            other.execute(
                "INSERT INTO brief_entries (brief_id, content_hash, first_seen) VALUES (?, ?, ?)",
                (brief_id, "other", "2023-04-02 00:00:00"),
            )
        return parser(text, brief_id=brief_id, **kwargs)

    catalog = make(store, folder, parse_while_another_numbers)
    report = await catalog.reload()
    assert [(e.number, e.brief.id) for e in catalog.entries()] == [
        (4, "new"), (3, "beta"), (2, "alpha"), (1, "zeta")
    ]  # fmt: skip
    assert report.new == []  # numbered by the other process
    async with store.transaction() as session:
        rows = await session.execute(sa.select(BriefEntry.number, BriefEntry.brief_id))
        assert sorted(rows.all()) == [(1, "zeta"), (2, "alpha"), (3, "beta"), (4, "new")]


@contextlib.contextmanager
def other_process_first(store: Store, tmp_path: Path, insert: str) -> Iterator[list[str]]:
    """Within the block, another process (its own connection) runs `insert` with our
    parameters just before our first statement of that insert: the race of `briefbot ask`
    beside the running service. Yields the first parameter of each such clash."""
    clashes: list[str] = []
    table = insert.split()[2]

    def first(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.startswith(f"INSERT INTO {table}") and not clashes:
            clashes.append(params[0])
            with sqlite3.connect(tmp_path / "briefbot.sqlite3") as other:
                other.execute(insert, params)

    sa.event.listen(store.engine.sync_engine, "before_cursor_execute", first)
    try:
        yield clashes
    finally:
        sa.event.remove(store.engine.sync_engine, "before_cursor_execute", first)


async def test_a_clash_at_the_insert_itself_is_read_again_and_resolved(
    store: Store, folder: Path, tmp_path: Path
) -> None:
    """The other process's insert may come between this one's last read and its own insert:
    the clash rolls the numbering back, and the next try takes the other's number."""
    await make(store, folder, CountingParser()).load()
    write(folder, "new", "2023-04-02", "Di Eve", "A new story.")
    insert = "INSERT INTO brief_entries (brief_id, content_hash, first_seen) VALUES (?, ?, ?)"
    with capture_logs() as logs, other_process_first(store, tmp_path, insert) as clashes:
        report = await make(store, folder, CountingParser()).reload()
    assert clashes == ["new"]
    assert [e["event"] for e in logs if e["event"].startswith("catalog_numbering")] == [
        "catalog_numbering_clash"
    ]
    assert (report.new, report.loaded) == ([], 4)
    async with store.transaction() as session:
        rows = await session.execute(sa.select(BriefEntry.number, BriefEntry.brief_id))
        assert sorted(rows.all()) == [(1, "zeta"), (2, "alpha"), (3, "beta"), (4, "new")]


async def test_a_parse_cached_meanwhile_by_another_process_is_no_error(
    store: Store, folder: Path, tmp_path: Path
) -> None:
    """Both processes parse the same new file: the other's cache row, written between this
    one's look and its insert, is kept, and the reload goes on."""
    await make(store, folder, CountingParser()).load()
    write(folder, "new", "2023-04-02", "Di Eve", "A new story.")
    insert = "INSERT INTO parsed_briefs VALUES (?, ?, ?)"
    with other_process_first(store, tmp_path, insert) as clashes:
        report = await make(store, folder, CountingParser()).reload()
    assert len(clashes) == 1
    assert ([(e.number, e.brief.id) for e in report.new], report.loaded) == ([(4, "new")], 4)
