"""Property tests: whatever a brief contains, the HTML renderer's messages are valid Telegram
HTML within the limit, and they carry the same content as the plain-text rendering."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.brief import Brief, Figure, Meeting, Person, Quote
from bot.summary import (
    Answer,
    brief_list_answer,
    digest_answer,
    figures_answer,
    meeting_answer,
    overview_answer,
    people_answer,
    quotes_answer,
    render_html,
    render_text,
    search_answer,
    topics_answer,
    utf16_len,
)
from tests.telegram_html import check_telegram_html, parse_telegram_html

NASTY = st.sampled_from(
    [
        "<", ">", "&", "&amp;", "&lt;", "&#39;", '"', "'", "“", "”", "<b>", "</i>", "<a href=x>",
        "😀", "🇰🇿", "👩\u200d💻", "\u200d", "\n", "  ", "\t", "\r\n", "\u00a0", "é", "中文",
        "a", "word ", ". ", "x" * 80, "$40 billion", "—", "\u0000", "\ufeff",
    ]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=40), st.lists(NASTY, max_size=25).map("".join))
# A paragraph of up to several messages' worth of text.
HUGE = st.builds(lambda s, n: (s + " ") * n, TEXT, st.integers(1, 300))
MAYBE = st.none() | TEXT

PERSON = st.builds(Person, name=TEXT, title=MAYBE, country=MAYBE)
FIGURE = st.builds(
    Figure,
    text=TEXT,
    value=st.floats(min_value=-1e15, max_value=1e15, allow_nan=False),
    unit=st.sampled_from(["USD", "EUR", "KZT", "count", "percent", "fraction", "times", "years"])
    | TEXT,
    approx=st.none() | st.sampled_from(["over", "about", "target", "up to"]) | TEXT,
    measures=MAYBE | HUGE,
    sentence=MAYBE,
)
BRIEF = st.builds(
    Brief,
    id=st.just("h1"),
    date=st.none() | st.dates(),
    dateline=MAYBE,
    reported_by=MAYBE,
    title=MAYBE | HUGE,
    meetings=st.lists(
        st.builds(
            Meeting,
            participants=st.lists(PERSON, max_size=4).map(tuple),
            date=st.none() | st.dates(),
            place=MAYBE,
            kind=MAYBE,
        ),
        max_size=4,
    ).map(tuple),
    people=st.lists(PERSON, max_size=6).map(tuple),
    figures=st.lists(FIGURE, max_size=60).map(tuple),
    topics=st.lists(TEXT | HUGE, max_size=20).map(tuple),
    quotes=st.lists(st.builds(Quote, speaker=MAYBE, text=TEXT | HUGE), max_size=5).map(tuple),
    summary=MAYBE | HUGE,
)

SINGLE: list[Callable[[Brief, int | None], Answer]] = [
    meeting_answer,
    figures_answer,
    topics_answer,
    quotes_answer,
    people_answer,
    overview_answer,
]


def squeeze(text: str) -> str:
    return "".join(text.split())


def assert_valid_messages(answer: Answer, limit: int) -> None:
    messages = render_html(answer, limit=limit)
    assert messages
    for message in messages:
        assert utf16_len(message) <= limit
        check_telegram_html(message)
    plain = "".join(parse_telegram_html(m).text for m in messages)
    assert squeeze(plain) == squeeze(render_text(answer))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(brief=BRIEF, number=st.none() | st.integers(1, 10**6), query=TEXT)
def test_every_answer_renders_to_valid_telegram_html_without_loss(
    brief: Brief, number: int | None, query: str
) -> None:
    """Every answer's messages pass the strict checker, fit 4096 units and lose no content."""
    answers = [make(brief, number) for make in SINGLE]
    answers.append(brief_list_answer([(1, brief), (2, brief)], page=1, pages=2))
    answers.append(search_answer(query, [(3, brief)]))
    answers.append(digest_answer([(4, brief), (5, brief)], late=True, title=query or "Digest"))
    for answer in answers:
        assert_valid_messages(answer, 4096)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(brief=BRIEF, limit=st.integers(40, 400))
def test_small_limits_split_without_breaking_tags_or_entities(brief: Brief, limit: int) -> None:
    """With small limits (so that lines and words must split) every message is still valid."""
    for make in (figures_answer, overview_answer, quotes_answer):
        assert_valid_messages(make(brief, 1), limit)
