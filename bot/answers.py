"""Rendered answers: what the bot says about one brief never changes while the catalog does
not, so each (view, brief number) is summarised and rendered once per catalog generation (a
reload that changes anything starts a new one).

Two tiers: a small LRU of ready parts, and every view of every brief rendered ahead of time
(`prerender`, in a worker thread after each load) and kept compressed, so that a brief nobody
asked about yet is answered as fast as a popular one. Rendering one brief's six views costs
about 0.3 ms; 10,000 briefs take a few seconds in the background and about 25 MB.
"""

from __future__ import annotations

import asyncio
import json
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import structlog

from bot import summary
from bot.brief import Brief

if TYPE_CHECKING:
    from bot.catalog import Catalog

log = structlog.get_logger()

AnswerFn = Callable[..., summary.Answer]

# View name (the command) -> the summary function that answers it, and what it shows (the
# command menu and /help say this).
VIEWS: dict[str, tuple[AnswerFn, str]] = {
    "meeting": (summary.meeting_answer, "who met whom, when and where"),
    "figures": (summary.figures_answer, "the numbers and what they measure"),
    "topics": (summary.topics_answer, "what was discussed"),
    "quotes": (summary.quotes_answer, "who said what"),
    "people": (summary.people_answer, "the people named, with their titles"),
    "brief": (summary.overview_answer, "an overview of the brief"),
}


def answer_for(view: str, brief: Brief, number: int) -> summary.Answer:
    """Return the summary answer of one view of a brief."""
    answer_fn, _ = VIEWS[view]
    return answer_fn(brief, number=number)


def render_view(view: str, brief: Brief, number: int) -> list[str]:
    """Return one view of a brief as Telegram HTML messages."""
    return summary.render_html(answer_for(view, brief, number))


def _pack(parts: list[str]) -> bytes:
    return zlib.compress(json.dumps(parts, ensure_ascii=False).encode("utf-8"), 1)


def _given(brief: Brief) -> Callable[[], Brief]:
    return lambda: brief


def _unpack(blob: bytes) -> list[str]:
    parts: list[str] = json.loads(zlib.decompress(blob))
    return parts


class RenderedAnswers:
    """Telegram HTML parts by (view, number) and generation: an LRU of recent ones in front of
    every view rendered ahead of time and kept compressed."""

    def __init__(self, maxsize: int = 4096) -> None:
        self.maxsize = maxsize
        self._parts: OrderedDict[tuple[str, int], tuple[int, list[str]]] = OrderedDict()
        # Written by the pre-rendering thread, read by the event loop (single dict operations).
        self._compact: dict[tuple[str, int], tuple[int, object, bytes]] = {}
        self.use_prerendered = True  # False: render on demand only (the benchmark's cold case)
        self._prerendering: asyncio.Task[int] | None = None
        self._stop = threading.Event()
        self.hits = 0
        self.misses = 0

    def get(
        self, view: str, number: int, generation: int, render: Callable[[], list[str]]
    ) -> list[str]:
        """Return the parts cached in this generation, or render, keep and return them."""
        parts = self.peek(view, number, generation)
        if parts is None:
            parts = self.put(view, number, generation, render())
        return parts

    def peek(self, view: str, number: int, generation: int) -> list[str] | None:
        """Return the parts cached in this generation, or None."""
        key = (view, number)
        found = self._parts.get(key)
        if found is not None and found[0] == generation:
            self._parts.move_to_end(key)
            self.hits += 1
            return found[1]
        compact = self._compact.get(key) if self.use_prerendered else None
        if compact is not None and compact[0] == generation:
            self.hits += 1
            return self.put(view, number, generation, _unpack(compact[2]))
        self.misses += 1
        return None

    def put(self, view: str, number: int, generation: int, parts: list[str]) -> list[str]:
        """Keep rendered parts (rendered elsewhere, e.g. after an await) and return them."""
        key = (view, number)
        self._parts[key] = (generation, parts)
        self._parts.move_to_end(key)
        while len(self._parts) > self.maxsize:
            self._parts.popitem(last=False)
        return parts

    # --- rendering ahead of time ------------------------------------------------------------

    def prerender(
        self,
        briefs: Iterable[tuple[int, Brief]],
        generation: int,
        views: Iterable[str] = VIEWS,
        stop: threading.Event | None = None,
    ) -> int:
        """Render every view of these briefs and keep them compressed; return how many briefs.

        Runs in a worker thread; stops early once `stop` is set.
        """
        items = ((number, _given(brief), None) for number, brief in briefs)
        return self._prerender(items, generation, list(views), stop)

    def _prerender(
        self,
        items: Iterable[tuple[int, Callable[[], Brief], object]],
        generation: int,
        views: list[str],
        stop: threading.Event | None,
        *,
        carry_only: bool = False,
    ) -> int:
        """Each item: a number, how to build its brief, and a token that is the same object
        as long as the brief is unchanged (None: always render). `carry_only`: only move the
        unchanged briefs' answers to this generation, render nothing."""
        done = 0
        for number, build, token in items:
            if stop is not None and stop.is_set():
                break
            if token is not None and self._carry_over(number, token, generation, views):
                done += 1
                continue
            if carry_only:
                continue
            try:
                brief = build()
                rendered = [(view, _pack(render_view(view, brief, number))) for view in views]
            except Exception:
                # This brief is rendered on demand instead, where its error reaches the user.
                log.exception("prerender_failed", number=number)
                continue
            for view, blob in rendered:
                self._compact[(view, number)] = (generation, token, blob)
            done += 1
        if carry_only:
            return done
        # Answers of older generations are never read again.
        for key in [k for k, (g, _, _) in list(self._compact.items()) if g < generation]:
            self._compact.pop(key, None)
        return done

    def _carry_over(self, number: int, token: object, generation: int, views: list[str]) -> bool:
        """Move an unchanged brief's answers to this generation; False if any is missing."""
        blobs = []
        for view in views:
            entry = self._compact.get((view, number))
            if entry is None or entry[1] is not token:
                return False
            blobs.append(entry[2])
        for view, blob in zip(views, blobs, strict=True):
            self._compact[(view, number)] = (generation, token, blob)
        return True

    def start_prerendering(self, catalog: Catalog) -> asyncio.Task[int]:
        """Pre-render the catalog's current briefs in a worker thread, newest first."""
        self.stop_prerendering()
        self._stop = stop = threading.Event()
        generation = catalog.generation
        records = catalog.records()

        # A file that did not change keeps its record (the same object) across reloads, and
        # its answers: only new and changed briefs are rendered again.
        items = [(number, stored.brief, stored.blob) for number, stored in records]

        views = list(VIEWS)

        async def run() -> int:
            # The unchanged briefs' answers at once (a dictionary update each), the rest after
            # the search index: one background thread at a time competes with the event loop
            # for the interpreter, not two.
            await asyncio.to_thread(
                self._prerender, items, generation, views, stop, carry_only=True
            )
            await catalog.indexed()
            return await asyncio.to_thread(self._prerender, items, generation, views, stop)

        self._prerendering = task = asyncio.get_running_loop().create_task(run(), name="prerender")
        return task

    def stop_prerendering(self) -> None:
        """Ask a pre-rendering under way to stop after its current brief."""
        self._stop.set()

    async def prerendered(self) -> int:
        """Wait for the pre-rendering under way, if any; return how many briefs it rendered."""
        task = self._prerendering
        return 0 if task is None else await task

    async def close(self) -> None:
        """Stop pre-rendering and wait for its thread to let go."""
        self.stop_prerendering()
        task, self._prerendering = self._prerendering, None
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)
