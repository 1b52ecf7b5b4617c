"""The numbered briefs in memory: load the folder, cache parses, resolve, page and search.

A brief keeps the number it got when it was first seen (stored in `brief_entries`); the first
load numbers the folder by date, then id. Parsed briefs are cached in `parsed_briefs` by
(content hash, parser version), so a restart with an unchanged folder parses nothing.
File reads and parsing run in a worker thread; the event loop only awaits them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import sqlalchemy as sa
import structlog

from bot.brief import Brief
from bot.errors import BriefbotError, BriefNotFoundError, NoBriefsError
from bot.store import BriefEntry, ParsedBrief, Store

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

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.order = [number for number, _ in entries]
        positions: dict[str, tuple[list[int], list[int], list[int]]] = {}
        for position, (_, brief) in enumerate(entries):
            for word, weight in _brief_words(brief).items():
                lists = positions.get(word)
                if lists is None:
                    lists = positions[word] = ([], [], [])
                lists[weight - 1].append(position)
        size = (len(entries) + 7) // 8
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


def _newest_first_key(entry: Entry) -> tuple[dt.date, int]:
    return (entry.brief.date or dt.date.min, entry.number)


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
        if scan is None:
            from bot.loader import scan as loader_scan

            scan = loader_scan
        if parse is None or parser_version is None:
            from bot.parser import PARSER_VERSION, parse_brief

            parse = parse or parse_brief
            parser_version = parser_version or PARSER_VERSION
        self.store = store
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self._scan: ScanFn = scan
        self._parse: ParseFn = parse
        self.parser_version: str = parser_version
        self._by_number: dict[int, Brief] = {}
        self._by_id: dict[str, int] = {}
        self._newest_first: list[Entry] = []
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()
        self._indexing: asyncio.Task[SearchIndex] | None = None
        self._lock = asyncio.Lock()

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
        report.errors = [str(e) for e in errors]
        for error in report.errors:
            log.warning("brief_skipped", reason=error)
        async with self.store.transaction() as session:
            numbers = {
                row.brief_id: row
                for row in (await session.execute(sa.select(BriefEntry))).scalars()
            }
            hashes = list({s.content_hash for s in sources})
            cached: dict[str, str] = {}
            for chunk_start in range(0, len(hashes), 500):
                chunk = hashes[chunk_start : chunk_start + 500]
                rows = await session.execute(
                    sa.select(ParsedBrief.content_hash, ParsedBrief.record).where(
                        ParsedBrief.parser_version == self.parser_version,
                        ParsedBrief.content_hash.in_(chunk),
                    )
                )
                cached.update(dict(rows.all()))

        briefs, fresh, parse_errors = await asyncio.to_thread(self._materialise, sources, cached)
        report.errors += parse_errors
        report.parsed = len(fresh)
        report.cached = len(briefs) - len(fresh)

        now = dt.datetime.now(dt.UTC)
        async with self.store.transaction() as session:
            for content_hash, record in fresh.items():
                await session.merge(
                    ParsedBrief(
                        content_hash=content_hash,
                        parser_version=self.parser_version,
                        record=record,
                    )
                )
            new_ids = sorted(
                (b for b in briefs.values() if b.id not in numbers),
                key=lambda b: (b.date or dt.date.min, b.id),
            )
            hash_of = {s.id: s.content_hash for s in sources}
            for brief_id, row in numbers.items():
                if brief_id in hash_of and row.content_hash != hash_of[brief_id]:
                    row.content_hash = hash_of[brief_id]
            for brief in new_ids:
                row = BriefEntry(brief_id=brief.id, content_hash=hash_of[brief.id], first_seen=now)
                session.add(row)
                await session.flush()
                numbers[brief.id] = row
            assigned = {brief_id: row.number for brief_id, row in numbers.items()}

        await asyncio.to_thread(self._install, briefs, assigned)
        self._start_indexing()
        report.loaded = len(self._by_number)
        report.new = [Entry(assigned[b.id], b) for b in new_ids]
        log.info(
            "catalog_loaded",
            briefs=report.loaded,
            parsed=report.parsed,
            cached=report.cached,
            skipped=len(report.errors),
        )
        return report

    def _materialise(
        self, sources: Sequence[Source], cached: dict[str, str]
    ) -> tuple[dict[str, Brief], dict[str, str], list[str]]:
        """Return briefs by id, new cache records by hash, and parse errors (worker thread)."""
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
    ) -> tuple[dict[str, Brief], dict[str, str], list[str]]:
        briefs: dict[str, Brief] = {}
        fresh: dict[str, str] = {}
        errors: list[str] = []
        for source in sources:
            record = cached.get(source.content_hash) or fresh.get(source.content_hash)
            if record is not None:
                brief = Brief.model_validate_json(record)
                if brief.id != source.id or brief.source_file != str(source.path):
                    brief = brief.model_copy(
                        update={"id": source.id, "source_file": str(source.path)}
                    )
            else:
                try:
                    brief = self._parse(
                        source.text, brief_id=source.id, source_file=str(source.path)
                    )
                except (BriefbotError, ValueError) as error:
                    errors.append(f"{source.path}: {error}")
                    log.warning("brief_unparsable", path=str(source.path), error=str(error))
                    continue
                fresh[source.content_hash] = brief.model_dump_json()
            briefs[source.id] = brief
        return briefs, fresh, errors

    def _install(self, briefs: dict[str, Brief], numbers: dict[str, int]) -> None:
        """Swap in the new set of briefs (worker thread); the search index follows."""
        by_number = {numbers[i]: b for i, b in briefs.items()}
        entries = sorted(
            (Entry(n, b) for n, b in by_number.items()), key=_newest_first_key, reverse=True
        )
        # One assignment each, so a concurrent reader sees the old or the new set.
        with self._index_lock:
            self._by_number = by_number
            self._by_id = {b.id: n for n, b in by_number.items()}
            self._newest_first = entries
            self._index = None

    def _start_indexing(self) -> None:
        # Indexing 10,000 briefs takes a second or two: do it after start-up, in a thread,
        # so the bot is ready at once; a search before it is done waits for it.
        self._indexing = asyncio.create_task(asyncio.to_thread(self._ensure_index))

    def _ensure_index(self) -> SearchIndex:
        with self._index_lock:
            if self._index is None:
                self._index = SearchIndex(self._newest_first)
            return self._index

    async def close(self) -> None:
        """Wait for background indexing to finish (call before closing the store)."""
        if self._indexing is not None:
            await self._indexing
            self._indexing = None

    # --- reading --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_number)

    def newest(self) -> Entry:
        """Return the newest brief (latest date, then highest number)."""
        if not self._newest_first:
            raise NoBriefsError()
        return self._newest_first[0]

    def get(self, number: int) -> Entry:
        """Return the brief with this number."""
        brief = self._by_number.get(number)
        if brief is None:
            raise BriefNotFoundError(str(number), self._hint())
        return Entry(number, brief)

    def by_id(self, brief_id: str) -> Entry | None:
        """Return the brief with this id, or None."""
        number = self._by_id.get(brief_id)
        return None if number is None else Entry(number, self._by_number[number])

    def resolve(self, arg: str) -> Entry:
        """Find a brief by number ("2", "#2"), date ("2023-10-18") or id."""
        if not self._by_number:
            raise NoBriefsError()
        text = arg.strip()
        if text.lstrip("#").isdigit():
            return self.get(int(text.lstrip("#")))
        if _DATE.fullmatch(text):
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                raise BriefNotFoundError(text, "That is not a valid date (YYYY-MM-DD).") from None
            matches = [e for e in self._newest_first if e.brief.date == day]
            if not matches:
                raise BriefNotFoundError(text, f"No brief is dated {text}. {self._hint()}")
            return min(matches, key=lambda e: e.number)
        entry = self.by_id(text)
        if entry is None:
            folded = text.casefold()
            for brief_id, number in self._by_id.items():
                if brief_id.casefold() == folded:
                    return Entry(number, self._by_number[number])
            raise BriefNotFoundError(text, self._hint())
        return entry

    def _hint(self) -> str:
        if not self._by_number:
            return "No briefs are loaded yet."
        low, high = min(self._by_number), max(self._by_number)
        span = f"{low}" if low == high else f"{low}–{high}"
        return f"Use a number ({span}), a date (YYYY-MM-DD) or an id; /briefs lists them."

    def page(self, n: int, size: int) -> Page:
        """Return page `n` (1-based, clamped) of the briefs, newest first."""
        pages = max(1, math.ceil(len(self._newest_first) / size))
        n = min(max(1, n), pages)
        start = (n - 1) * size
        return Page(self._newest_first[start : start + size], n, pages)

    def entries(self) -> list[Entry]:
        """Return all briefs, newest first."""
        return list(self._newest_first)

    def since(self, number: int) -> list[Entry]:
        """Return the briefs numbered above `number`, in number order (for digests)."""
        return [Entry(n, self._by_number[n]) for n in sorted(self._by_number) if n > number]

    def latest_number(self) -> int:
        """Return the highest brief number held (0 when empty)."""
        return max(self._by_number, default=0)

    def search(self, query: str, *, limit: int = 10) -> list[Entry]:
        """Return the briefs matching the query's words, best first, newest first on ties."""
        best = self._ensure_index().query(words(query), limit)
        return [Entry(n, self._by_number[n]) for n in best]
