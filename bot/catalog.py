"""The numbered briefs in memory: load the folder, cache parses, resolve, page and search.

A brief keeps the number it got when it was first seen (stored in `brief_entries`); the first
load numbers the folder by date, then id. Parsed briefs are cached in `parsed_briefs` by
(content hash, parser version), so a restart with an unchanged folder parses nothing; the
parses of the few parser versions used most recently are kept side by side.
File reads and parsing run in a worker thread; the event loop only awaits them.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import gc
import hashlib
import json
import math
import re
import unicodedata
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import sqlalchemy as sa
import structlog

from bot.brief import Brief
from bot.errors import BriefbotError, BriefNotFoundError, NoBriefsError
from bot.store import BriefEntry, ParsedBrief, ParserVersion, Store, upsert

log = structlog.get_logger()

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORD = re.compile(r"[^\W_]+")
# Combining marks (accents) left by NFKD decomposition: "é" -> "e" + U+0301.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# How much a match counts, by where the word is found.
WEIGHTS = {"people": 3, "countries": 3, "topics": 2, "title": 2, "text": 1}


class Source(Protocol):
    """What the loader gives for one file (`bot.loader.BriefSource`)."""

    @property
    def path(self) -> Path: ...
    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def content_hash(self) -> str: ...


ScanFn = Callable[..., tuple[Sequence[Source], Sequence[Any]]]
ParseFn = Callable[..., Brief]


class Entry(NamedTuple):
    """A brief with its stable number."""

    number: int
    brief: Brief


class Page(NamedTuple):
    """One page of the list of briefs, newest first; `page` is 1-based."""

    entries: list[Entry]
    page: int
    pages: int


@dataclass
class LoadReport:
    """What one (re)load did."""

    loaded: int = 0
    parsed: int = 0
    cached: int = 0
    new: list[Entry] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def words(text: str) -> list[str]:
    """Split text into search words: case-folded, accents removed."""
    plain = text.casefold()
    if not plain.isascii():
        plain = _MARKS.sub("", unicodedata.normalize("NFKD", plain))
    return _WORD.findall(plain)


def _fields(brief: Brief) -> dict[str, Iterable[str]]:
    people = [p.name for p in brief.people]
    people += [p.name for m in brief.meetings for p in m.participants]
    return {
        "people": people,
        "countries": brief.countries,
        "topics": brief.topics,
        "title": [brief.title or ""],
        "text": [brief.body or brief.summary or ""],
    }


def _brief_words(brief: Brief) -> dict[str, int]:
    best: dict[str, int] = {}
    for name, texts in _fields(brief).items():
        weight = WEIGHTS[name]
        for text in texts:
            for word in words(text):
                if best.get(word, 0) < weight:
                    best[word] = weight
    return best


class SearchIndex:
    """An inverted index over a fixed list of briefs, newest first.

    For each word and weight (1-3) one bit set: bit i is the i-th brief of the list. Sets of
    10,000 briefs intersect in microseconds as Python ints, and a brief costs one bit per
    word instead of a dict entry; ranking walks score buckets from the best, each from its
    lowest bit (the newest brief).
    """

    def __init__(self, entries: Iterable[Entry], count: int) -> None:
        self.order: list[int] = []
        positions: dict[str, tuple[list[int], list[int], list[int]]] = {}
        for position, (number, brief) in enumerate(entries):
            self.order.append(number)
            for word, weight in _brief_words(brief).items():
                lists = positions.get(word)
                if lists is None:
                    lists = positions[word] = ([], [], [])
                lists[weight - 1].append(position)
        size = (count + 7) // 8
        self.masks = {
            word: (_mask(lists[0], size), _mask(lists[1], size), _mask(lists[2], size))
            for word, lists in positions.items()
        }

    def query(self, query_words: Sequence[str], limit: int) -> list[int]:
        """Return the numbers of the best briefs holding every word (if none: any word)."""
        wanted = [self.masks.get(w, (0, 0, 0)) for w in dict.fromkeys(query_words)]
        if not wanted:
            return []
        present = [m1 | m2 | m3 for m1, m2, m3 in wanted]
        candidates = present[0]
        for mask in present[1:]:
            candidates &= mask
        if not candidates:
            candidates = 0
            for mask in present:
                candidates |= mask
        # by_score[s]: the candidates whose words so far weigh s in total.
        by_score = {0: candidates}
        for (m1, m2, m3), anywhere in zip(wanted, present, strict=True):
            scored: dict[int, int] = {}
            for score, mask in by_score.items():
                for weight, word_mask in ((0, ~anywhere), (1, m1), (2, m2), (3, m3)):
                    hit = mask & word_mask
                    if hit:
                        scored[score + weight] = scored.get(score + weight, 0) | hit
            by_score = scored
        best: list[int] = []
        for score in sorted(by_score, reverse=True):
            mask = by_score[score]
            while mask and len(best) < limit:
                lowest = mask & -mask
                best.append(self.order[lowest.bit_length() - 1])
                mask ^= lowest
        return best


def _mask(positions: list[int], size: int) -> int:
    if not positions:
        return 0
    bits = bytearray(size)
    for position in positions:
        bits[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(bits, "little")


class Stored(NamedTuple):
    """A brief as the catalog keeps it: its id and date, and its record compressed.

    Holding 10,000 parsed Brief objects takes about 26 KB each; a compressed record about
    2 KB. Briefs are rebuilt from records on demand and the recent ones kept (`BRIEF_CACHE`).
    """

    id: str
    date: dt.date | None
    blob: bytes

    def brief(self) -> Brief:
        return Brief.model_validate_json(zlib.decompress(self.blob))


def _store(brief_id: str, date: dt.date | None, record: str) -> Stored:
    return Stored(brief_id, date, zlib.compress(record.encode("utf-8"), 1))


_PENDING = Stored("", None, b"")  # holds a brief's place in the order until it is compressed


def _store_all(records: Sequence[tuple[str, dt.date | None, str]]) -> list[Stored]:
    """`_store` each record, on two threads: zlib lets go of the interpreter while it
    compresses, so a start-up from the cache uses both cores for its costliest step."""
    if len(records) < 64:
        return [_store(*record) for record in records]
    half = len(records) // 2
    with ThreadPoolExecutor(max_workers=2) as pool:
        parts = pool.map(
            lambda part: [_store(*record) for record in part], (records[:half], records[half:])
        )
        return [stored for part in parts for stored in part]


# A record starts {"id":...,"source_file":...,"date":...}: Brief's first fields, in order.
# (A quote inside a JSON string is escaped, so the first `"date":` is the top-level one.)
_HEAD = re.compile(
    r'\{"id":("(?:[^"\\]|\\.)*"),"source_file":(null|"(?:[^"\\]|\\.)*"),'
    r'"date":(?:null|"(\d{4}-\d{2}-\d{2})")'
)


def _record_head(record: str) -> tuple[str | None, str | None, dt.date | None]:
    """Return (id, source_file, date) of a cached record without parsing all of it."""
    match = _HEAD.match(record)
    if match is None:  # not written by this version of Brief: read it the slow way
        brief = Brief.model_validate_json(record)
        return brief.id, brief.source_file, brief.date
    brief_id, source_file, date = match.groups()
    return (
        json.loads(brief_id),
        json.loads(source_file),
        dt.date.fromisoformat(date) if date else None,
    )


ENTRIES_TTL = 60.0  # seconds the full list built by entries() is kept
BRIEF_CACHE = 2048  # parsed briefs kept in memory, most recently used
CHUNK = 500  # briefs read from the store and materialised at a time
# Tries at numbering new briefs (or caching their parses) when another process writes the
# same rows meanwhile.
NUMBERING_ATTEMPTS = 5
# Parser versions whose parses are kept, the most recently used: the service's, that of a
# `briefbot ask` of another build beside it, and one more (an upgrade under way).
PARSE_CACHE_VERSIONS = 3


def parser_fingerprint() -> str:
    """PARSER_VERSION plus a digest of the parser's source, the key of the parse cache.

    A parser change that forgets to bump PARSER_VERSION still invalidates cached parses
    (a stale cache would serve old answers silently).
    """
    from bot import parser
    from bot.parser import PARSER_VERSION

    digest = hashlib.sha256()
    for path in sorted(Path(parser.__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{PARSER_VERSION}+{digest.hexdigest()[:12]}"


class Catalog:
    """The briefs of one folder, numbered, cached in the store and indexed for search."""

    def __init__(
        self,
        store: Store,
        folder: Path,
        *,
        max_bytes: int,
        scan: ScanFn | None = None,
        parse: ParseFn | None = None,
        parser_version: str | None = None,
    ) -> None:
        # The real loader and parser unless a test passes its own.
        # Broken files already logged (path -> reason): the periodic reload logs each once.
        self._skipped: dict[str, str] = {}
        if scan is None:
            from bot.loader import scan as loader_scan

            scan = functools.partial(loader_scan, reported=self._skipped)
        if parse is None or parser_version is None:
            from bot.parser import parse_brief

            parse = parse or parse_brief
            parser_version = parser_version or parser_fingerprint()
        self.store = store
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self._scan: ScanFn = scan
        self._parse: ParseFn = parse
        self.parser_version: str = parser_version
        self._stored: dict[int, Stored] = {}
        self._hashes: dict[str, str] = {}  # brief id -> content hash of what is loaded
        self._by_id: dict[str, int] = {}
        self._newest_first: list[int] = []
        self._briefs: OrderedDict[int, Brief] = OrderedDict()
        self.generation = 0
        self._all: tuple[int, list[Entry]] | None = None
        self._all_drop: asyncio.TimerHandle | None = None
        self._index: SearchIndex | None = None
        self._indexing: asyncio.Task[SearchIndex] | None = None
        self._index_tasks: set[asyncio.Task[SearchIndex]] = set()
        self._lock = asyncio.Lock()
        # Called after each (re)load that changed the briefs (pre-rendering answers, say).
        self.listeners: list[Callable[[], None]] = []

    # --- loading ------------------------------------------------------------------------

    async def reload(self) -> LoadReport:
        """Read the folder again: parse new or changed files, number new briefs."""
        async with self._lock:
            return await self._reload()

    load = reload

    async def _reload(self) -> LoadReport:
        report = LoadReport()
        sources, errors = await asyncio.to_thread(
            self._scan, self.folder, max_bytes=self.max_bytes
        )
        # The loader has logged each of these (one `brief_skipped` line a file).
        report.errors = [str(e) for e in errors]
        hashes = {s.id: s.content_hash for s in sources}
        if self._stored and hashes == self._hashes:
            # Nothing changed (the periodic reload, most of the time): keep everything.
            report.loaded = report.cached = len(self._stored)
            return report
        # Briefs whose file did not change are kept as they are; the rest are (re)read.
        kept = {
            s.id: self._stored[self._by_id[s.id]]
            for s in sources
            if self._hashes.get(s.id) == s.content_hash and s.id in self._by_id
        }
        sources = [s for s in sources if s.id not in kept]
        await self._use_version()
        async with self.store.transaction() as session:
            # Plain rows, not ORM objects: 10,000 of those take a tenth of a second to build.
            rows = await session.execute(
                sa.select(BriefEntry.brief_id, BriefEntry.number, BriefEntry.content_hash)
            )
            numbers = {brief_id: (number, content_hash) for brief_id, number, content_hash in rows}

        # A chunk at a time: read cached records, parse the rest, cache them, compress.
        stored: dict[str, Stored] = dict(kept)
        report.cached = len(kept)
        for start in range(0, len(sources), CHUNK):
            chunk = sources[start : start + CHUNK]
            async with self.store.transaction() as session:
                result = await session.execute(
                    sa.select(ParsedBrief.content_hash, ParsedBrief.record).where(
                        ParsedBrief.parser_version == self.parser_version,
                        ParsedBrief.content_hash.in_({s.content_hash for s in chunk}),
                    )
                )
                cached = dict(result.all())
            part, fresh, parse_errors = await asyncio.to_thread(self._materialise, chunk, cached)
            stored.update(part)
            report.errors += parse_errors
            report.parsed += len(fresh)
            report.cached += len(part) - len(fresh)
            await self._cache_parses(fresh)

        now = dt.datetime.now(dt.UTC)
        new_ids = sorted(
            (i for i in stored if i not in numbers),
            key=lambda i: (stored[i].date or dt.date.min, i),
        )
        for attempt in range(1, NUMBERING_ATTEMPTS + 1):
            try:
                given, adopted = await self._number(numbers, hashes, new_ids, now)
                break
            except (sa.exc.IntegrityError, sa.exc.OperationalError):
                # Another process (`briefbot ask` beside the service) numbered a brief, or
                # wrote, after this transaction read: read again and take its numbers.
                if attempt == NUMBERING_ATTEMPTS:
                    raise
                log.info("catalog_numbering_clash", attempt=attempt)
        numbers.update(given)
        assigned = {brief_id: number for brief_id, (number, _) in numbers.items()}

        self._install(stored, assigned)
        self._hashes = {i: hashes[i] for i in stored}
        report.loaded = len(self._stored)
        report.new = [self.get(assigned[i]) for i in new_ids if i not in adopted]
        log.info(
            "catalog_loaded",
            briefs=report.loaded,
            parsed=report.parsed,
            cached=report.cached,
            skipped=len(report.errors),
        )
        return report

    async def _use_version(self) -> None:
        """Mark this catalog's parser version used now, and drop the parses of the versions
        used less recently than the newest PARSE_CACHE_VERSIONS.

        Two versions on one store (a service and `briefbot ask` of another build) keep each
        other's parses: dropping every other version's, each load voided the other's cache.
        """
        async with self.store.transaction() as session:
            insert = upsert(session.get_bind().dialect, ParserVersion).values(
                version=self.parser_version, last_used=dt.datetime.now(dt.UTC)
            )
            await session.execute(
                insert.on_conflict_do_update(
                    index_elements=[ParserVersion.version],
                    set_={"last_used": insert.excluded.last_used},
                )
            )
            ranked = await session.execute(
                sa.select(ParserVersion.version).order_by(
                    ParserVersion.last_used.desc(), ParserVersion.version
                )
            )
            others = [v for v in ranked.scalars() if v != self.parser_version]
            kept = [self.parser_version, *others[: PARSE_CACHE_VERSIONS - 1]]
            await session.execute(
                sa.delete(ParsedBrief).where(ParsedBrief.parser_version.not_in(kept))
            )
            await session.execute(
                sa.delete(ParserVersion).where(ParserVersion.version.not_in(kept))
            )

    async def _cache_parses(self, fresh: dict[str, str]) -> None:
        """Store new parses (content hash -> record) in the parse cache.

        Another process parsing the same new file (`briefbot ask` beside the service) may
        store the same row between this one's look and its insert: the clash rolls back, and
        the second try finds that row (the same parse) and leaves it.
        """
        for attempt in range(1, NUMBERING_ATTEMPTS + 1):
            try:
                async with self.store.transaction() as session:
                    for content_hash, record in fresh.items():
                        await session.merge(
                            ParsedBrief(
                                content_hash=content_hash,
                                parser_version=self.parser_version,
                                record=record,
                            )
                        )
                return
            except (sa.exc.IntegrityError, sa.exc.OperationalError):
                if attempt == NUMBERING_ATTEMPTS:
                    raise
                log.info("catalog_cache_clash", attempt=attempt)

    async def _number(
        self,
        numbers: dict[str, tuple[int, str]],
        hashes: dict[str, str],
        new_ids: Sequence[str],
        now: dt.datetime,
    ) -> tuple[dict[str, tuple[int, str]], set[str]]:
        """Number the new briefs in one transaction; return their numbers and hashes, and the
        ids another process numbered since `numbers` was read (their numbers are taken).

        The unique brief id is what makes a number exclusive: a clash with another process's
        insert rolls this transaction back, and the caller runs it again.
        """
        given: dict[str, tuple[int, str]] = {}
        async with self.store.transaction() as session:
            for brief_id, (number, content_hash) in numbers.items():
                if brief_id in hashes and content_hash != hashes[brief_id]:
                    await session.execute(
                        sa.update(BriefEntry)
                        .where(BriefEntry.number == number)
                        .values(content_hash=hashes[brief_id])
                    )
            for start in range(0, len(new_ids), CHUNK):
                rows = await session.execute(
                    sa.select(BriefEntry.brief_id, BriefEntry.number).where(
                        BriefEntry.brief_id.in_(new_ids[start : start + CHUNK])
                    )
                )
                given.update((brief_id, (number, hashes[brief_id])) for brief_id, number in rows)
            adopted = set(given)
            for brief_id in new_ids:
                if brief_id in adopted:
                    continue
                row = BriefEntry(brief_id=brief_id, content_hash=hashes[brief_id], first_seen=now)
                session.add(row)
                await session.flush()
                given[brief_id] = (row.number, row.content_hash)
        return given, adopted

    def _materialise(
        self, sources: Sequence[Source], cached: dict[str, str]
    ) -> tuple[dict[str, Stored], dict[str, str], list[str]]:
        """Return stored briefs by id, new cache records by hash, and errors (worker thread)."""
        # Building thousands of small objects triggers full collections that scan every live
        # object of the process again and again (6x slower here); pause the collector.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._materialise_all(sources, cached)
        finally:
            if was_enabled:
                gc.enable()

    def _materialise_all(
        self, sources: Sequence[Source], cached: dict[str, str]
    ) -> tuple[dict[str, Stored], dict[str, str], list[str]]:
        stored: dict[str, Stored] = {}
        fresh: dict[str, str] = {}
        errors: list[str] = []
        unchanged: list[tuple[str, dt.date | None, str]] = []
        for source in sources:
            record = cached.get(source.content_hash) or fresh.get(source.content_hash)
            if record is not None:
                brief_id, source_file, date = _record_head(record)
                if (brief_id, source_file) == (source.id, str(source.path)):
                    # The usual case: no need to build the Brief just to keep its record.
                    unchanged.append((source.id, date, record))
                    stored[source.id] = _PENDING
                    continue
                # The same text in another file: the record of the first, renamed.
                brief = Brief.model_validate_json(record).model_copy(
                    update={"id": source.id, "source_file": str(source.path)}
                )
                record = brief.model_dump_json()
            else:
                try:
                    brief = self._parse(
                        source.text, brief_id=source.id, source_file=str(source.path)
                    )
                except (BriefbotError, ValueError) as error:
                    errors.append(f"{source.path}: {error}")
                    log.warning("brief_unparsable", path=str(source.path), error=str(error))
                    continue
                record = brief.model_dump_json()
                fresh[source.content_hash] = record
            stored[source.id] = _store(source.id, brief.date, record)
        stored.update((s.id, s) for s in _store_all(unchanged))
        return stored, fresh, errors

    def _install(self, stored: dict[str, Stored], numbers: dict[str, int]) -> None:
        """Swap in the new set of briefs; the search index follows in the background."""
        by_number = {numbers[i]: s for i, s in stored.items()}
        self._stored = by_number
        self._by_id = {s.id: n for n, s in by_number.items()}
        self._newest_first = sorted(
            by_number, key=lambda n: (by_number[n].date or dt.date.min, n), reverse=True
        )
        self._briefs.clear()
        self.generation += 1  # answers rendered from the old set are stale now
        self._index = None
        # Indexing 10,000 briefs takes a few seconds: do it in a thread after start-up so
        # the bot is ready at once; a search before it is done waits for it.
        self._indexing = asyncio.create_task(
            asyncio.to_thread(self._build_index, list(self._newest_first), by_number)
        )
        # Held until done: an older indexing still running after a reload is awaited too.
        self._index_tasks.add(self._indexing)
        self._indexing.add_done_callback(self._index_tasks.discard)
        for listener in self.listeners:
            listener()

    def _build_index(self, order: list[int], stored: dict[int, Stored]) -> SearchIndex:
        return SearchIndex((Entry(n, stored[n].brief()) for n in order), len(order))

    async def _ready_index(self) -> SearchIndex:
        while self._index is None:
            task = self._indexing
            if task is None:
                return SearchIndex([], 0)
            index = await task
            if task is self._indexing:  # not replaced by a reload meanwhile
                self._index = index
        return self._index

    async def indexed(self) -> None:
        """Wait until the search index of the current briefs is built."""
        await self._ready_index()

    async def close(self) -> None:
        """Wait for background indexing to finish (call before closing the store)."""
        self._drop_all()
        if self._index_tasks:
            await asyncio.gather(*self._index_tasks)

    # --- reading --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._stored)

    def _brief(self, number: int) -> Brief:
        brief = self._briefs.get(number)
        if brief is None:
            brief = self._stored[number].brief()
            self._briefs[number] = brief
            if len(self._briefs) > BRIEF_CACHE:
                self._briefs.popitem(last=False)
        else:
            self._briefs.move_to_end(number)
        return brief

    def records(self) -> list[tuple[int, Stored]]:
        """Return the stored briefs, newest first: a snapshot a worker thread may read."""
        return [(n, self._stored[n]) for n in self._newest_first]

    def newest(self) -> Entry:
        """Return the newest brief (latest date, then highest number)."""
        return self.get(self.newest_number())

    def newest_number(self) -> int:
        """Return the newest brief's number, without building the brief."""
        if not self._newest_first:
            raise NoBriefsError()
        return self._newest_first[0]

    def get(self, number: int) -> Entry:
        """Return the brief with this number."""
        if number not in self._stored:
            raise BriefNotFoundError(str(number), self._hint())
        return Entry(number, self._brief(number))

    def by_id(self, brief_id: str) -> Entry | None:
        """Return the brief with this id, or None."""
        number = self._by_id.get(brief_id)
        return None if number is None else self.get(number)

    def number_of(self, brief_id: str) -> int | None:
        """Return the number of the brief with this id, or None."""
        return self._by_id.get(brief_id)

    def id_of(self, number: int) -> str:
        """Return the id of the brief with this number."""
        if number not in self._stored:
            raise BriefNotFoundError(str(number), self._hint())
        return self._stored[number].id

    def resolve(self, arg: str) -> Entry:
        """Find a brief by number ("2", "#2"), date ("2023-10-18") or id."""
        return self.get(self.resolve_number(arg))

    def resolve_number(self, arg: str) -> int:
        """Return the number of the brief `arg` names, as `resolve` finds it, building nothing."""
        if not self._stored:
            raise NoBriefsError()
        text = arg.strip()
        if text.lstrip("#").isdigit():
            number = int(text.lstrip("#"))
            if number not in self._stored:
                raise BriefNotFoundError(str(number), self._hint())
            return number
        if _DATE.fullmatch(text):
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                raise BriefNotFoundError(text, "That is not a valid date (YYYY-MM-DD).") from None
            matches = [n for n, s in self._stored.items() if s.date == day]
            if not matches:
                raise BriefNotFoundError(text, f"No brief is dated {text}. {self._hint()}")
            return min(matches)
        found = self._by_id.get(text)
        if found is None:
            folded = text.casefold()
            for brief_id, candidate in self._by_id.items():
                if brief_id.casefold() == folded:
                    return candidate
            raise BriefNotFoundError(text, self._hint())
        return found

    def _hint(self) -> str:
        if not self._stored:
            return "No briefs are loaded yet."
        low, high = min(self._stored), max(self._stored)
        span = f"{low}" if low == high else f"{low}–{high}"
        return f"Use a number ({span}), a date (YYYY-MM-DD) or an id; /briefs lists them."

    def page(self, n: int, size: int) -> Page:
        """Return page `n` (1-based, clamped) of the briefs, newest first."""
        pages = max(1, math.ceil(len(self._newest_first) / size))
        n = min(max(1, n), pages)
        start = (n - 1) * size
        return Page([self.get(k) for k in self._newest_first[start : start + size]], n, pages)

    def entries(self) -> list[Entry]:
        """Return all briefs, newest first.

        This rebuilds every brief from its record (about 0.5 s for 10,000). The list is kept
        for `ENTRIES_TTL` seconds so that a burst of digest runs builds it once; prefer
        `since()` or `iter_newest()`, which build only what they return.
        """
        if self._all is not None and self._all[0] == self.generation:
            return list(self._all[1])
        cached = self._briefs
        all_entries = [
            Entry(n, cached.get(n) or self._stored[n].brief()) for n in self._newest_first
        ]
        with contextlib.suppress(RuntimeError):  # no running loop: nothing to keep
            timer = asyncio.get_running_loop().call_later(ENTRIES_TTL, self._drop_all)
            self._drop_all()
            self._all, self._all_drop = (self.generation, all_entries), timer
        return list(all_entries)

    def _drop_all(self) -> None:
        if self._all_drop is not None:
            self._all_drop.cancel()
        self._all = self._all_drop = None

    def iter_newest(self) -> Iterator[Entry]:
        """Yield the briefs newest first, building each only when it is reached."""
        for number in list(self._newest_first):
            if number in self._stored:
                yield self.get(number)

    def since(self, number: int) -> list[Entry]:
        """Return the briefs numbered above `number`, in number order (for digests)."""
        return [self.get(n) for n in sorted(self._stored) if n > number]

    def latest_number(self) -> int:
        """Return the highest brief number held (0 when empty)."""
        return max(self._stored, default=0)

    async def search(self, query: str, *, limit: int = 10) -> list[Entry]:
        """Return the briefs matching the query's words, best first, newest first on ties."""
        index = await self._ready_index()
        return [self.get(n) for n in index.query(words(query), limit)]
