"""The memo of rendered answers."""

from __future__ import annotations

from bot.answers import RenderedAnswers


def test_an_answer_is_rendered_once_per_generation_and_view() -> None:
    """Same generation: cached; a new generation or another view: rendered again."""
    cache = RenderedAnswers(maxsize=2)
    calls: list[str] = []

    def render(tag: str) -> list[str]:
        calls.append(tag)
        return [tag]

    assert cache.get("figures", 1, 0, lambda: render("f1")) == ["f1"]
    assert cache.get("figures", 1, 0, lambda: render("again")) == ["f1"]
    assert cache.get("figures", 1, 1, lambda: render("f1b")) == ["f1b"]
    assert cache.get("topics", 1, 1, lambda: render("t1")) == ["t1"]
    assert calls == ["f1", "f1b", "t1"]
    assert (cache.hits, cache.misses) == (1, 3)


def test_the_least_recently_used_answer_is_dropped_beyond_maxsize() -> None:
    """The cache holds at most maxsize answers."""
    cache = RenderedAnswers(maxsize=2)
    for number in (1, 2, 3):
        cache.get("figures", number, 0, lambda n=number: [str(n)])
    assert cache.get("figures", 1, 0, lambda: ["re-rendered"]) == ["re-rendered"]
    assert cache.get("figures", 3, 0, lambda: ["stale"]) == ["3"]


def test_peek_and_put_keep_answers_rendered_elsewhere() -> None:
    """put() stores what peek() returns in the same generation only."""
    cache = RenderedAnswers()
    assert cache.peek("search energy", 0, 5) is None
    assert cache.put("search energy", 0, 5, ["<b>Search</b>"]) == ["<b>Search</b>"]
    assert cache.peek("search energy", 0, 5) == ["<b>Search</b>"]
    assert cache.peek("search energy", 0, 6) is None
