"""Topics of cooperation and subjects discussed."""

from __future__ import annotations

from bot.parser.text import Sentence


def find_topics(
    sents: list[Sentence], body: str, quote_spans: list[tuple[int, int]]
) -> list[str]:
    """Return the topics of a brief (not written yet: none)."""
    return []
