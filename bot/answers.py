"""A memo of rendered answers: what the bot says about one brief never changes while the
catalog does not, so each (view, brief number) is summarised and rendered once per catalog
generation (a reload starts a new one)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from bot import summary
from bot.brief import Brief

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


class RenderedAnswers:
    """Least-recently-used cache of Telegram HTML parts by (view, number) and generation."""

    def __init__(self, maxsize: int = 4096) -> None:
        self.maxsize = maxsize
        self._parts: OrderedDict[tuple[str, int], tuple[int, list[str]]] = OrderedDict()
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
