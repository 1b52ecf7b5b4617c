"""The y_glue speed pass's fast paths (text, the parser's glue, meetings, quotes, dateline,
source, dates, chrome) give what the plain forms they stand for give."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import bot.parser as parser_module
from bot.parser import people
from bot.parser.countries import read_capital
from bot.parser.text import _ARTICLE_FIRSTS, LEADING_ARTICLE, without_article
from tests.strategies import glued

# The parser's glue (bot/parser/__init__.py).
_CURRENCY_PIECES = [
    "$", "dollars", "dollar", "yuan", "riyals", "rial", "manat", "som", "sum", "lira", "rupees",
    "roubles", "rubles", "yen", "won", "pesos", "dinars", "francs", "tenge", "hryvnias",
    "dirhams", "Dollars", "do", "ye", "y", "d", "dollarsx", "wonder", "and", "Velmora", "US",
    "’s", ",", ".", "2",
]  # fmt: skip
_BLANKS = [" ", "", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "       "]


@settings(max_examples=200, deadline=None)
@given(glued(_CURRENCY_PIECES, _BLANKS, 6), st.integers(0, 12))
@example("Velmora dollars", 7)
@example("US$ 5", 2)
@example("Velmora       dollars", 7)
@example("Velmora      dollars", 7)
@example("Velmora  d", 7)
def test_a_currency_after_a_name_is_found_where_the_pattern_finds_it(text: str, at: int) -> None:
    """_currency_next, gated on the next characters, tells what _CURRENCY_NEXT.match does,
    at every position (blanks of any kind and length before the currency's word)."""
    at = min(at, len(text))
    assert parser_module._currency_next(text, at) == (
        parser_module._CURRENCY_NEXT.match(text, at) is not None
    )


_CAPITAL_WORDS = [
    "Velmora", "Ruritanian", "South", "United", "Turkmen-Afghan", "Aldo", "European", "İstanbul",
    "Côte", "Korea", "Ruritania-Velmora", "The", "Kazakh-Chinese",
]  # fmt: skip


@given(st.sampled_from(_CAPITAL_WORDS))
@settings(max_examples=50, deadline=None)
def test_the_parsers_memo_of_capital_words_gives_what_read_capital_gives(word: str) -> None:
    """The memo of read_capital the glue reads (people's) gives its answer, asked once or again."""
    assert people.read_capital_memo(word) == read_capital(word)
    assert people.read_capital_memo(word) == read_capital(word)


def test_the_memo_of_capital_words_is_emptied_when_full() -> None:
    """A memo at its limit is emptied before it holds one more word."""
    memo = people._CAPITAL_READS
    saved = dict(memo)
    try:
        memo.clear()
        memo.update({f"Word{n}": None for n in range(people._MEMO_LIMIT)})
        assert people.read_capital_memo("Ruritania") == read_capital("Ruritania")
        assert len(memo) == 1
    finally:
        memo.clear()
        memo.update(saved)


# Text helpers (bot/parser/text.py).
# Every character, to find all those a pattern with re.I opens with.
_ALL_CHARS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_the_article_gate_holds_every_character_an_article_opens_with() -> None:
    """Every character LEADING_ARTICLE's first letter matches (under re.I, "K" is a "k" and
    "ſ" an "s") is one of the gate's."""
    first = re.compile(r"[ta]", re.I)
    assert {char for char in _ALL_CHARS if first.fullmatch(char)} == set(_ARTICLE_FIRSTS)


_ARTICLE_PIECES = [
    "the", "The", "THE", "tHe", "a", "A", "an", "An", "AN", "then", "another", "Aldo", "Varga",
    "talks", "of", "Velmora", "ſ", "K", "x", "é", "“", ",", ".",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_ARTICLE_PIECES, [" ", "", "  ", "-", "\n", "\t", "\u00a0", "\u2009"], 6))
@example("The talks")
@example("an\nenvoy")
@example("a\u00a0deal")
@example("Another round")
def test_a_text_without_its_article_is_the_plain_subs(text: str) -> None:
    """without_article, gated on the first character, gives LEADING_ARTICLE.sub("", text)."""
    assert without_article(text) == LEADING_ARTICLE.sub("", text)


def _plain_paragraphs(body: str) -> list[tuple[int, str]]:
    from bot.parser.text import PARAGRAPH_BREAK

    out: list[tuple[int, str]] = []
    pos = 0
    for match in PARAGRAPH_BREAK.finditer(body):
        chunk = body[pos : match.start()]
        if chunk.strip():
            out.append((pos, chunk))
        pos = match.end()
    chunk = body[pos:]
    if chunk.strip():
        out.append((pos, chunk))
    return out


@settings(max_examples=200, deadline=None)
@given(
    glued(
        ["Aldo Varga met Lena Ruritan.", "Velmora", "x", "", " ", "\t", "\u00a0", "•"],
        ["\n", "\n\n", "\n \n", "\n\t\n\n", "\n\u00a0\n", "\n\n\n", " ", "", "\r\n", "\u2028"],
        10,
    )
)
@example("")
@example("\n\n")
@example("One.\n\nTwo.\n \n\nThree.\n")
def test_a_bodys_paragraphs_are_those_the_breaks_finditer_gives(body: str) -> None:
    """paragraphs, from one split keeping the breaks, gives the (offset, paragraph) pairs the
    breaks' finditer gives."""
    from bot.parser.text import paragraphs

    assert paragraphs(body) == _plain_paragraphs(body)


# Datelines and sources (bot/parser/dateline.py, bot/parser/source.py).
_OUTLET_PIECES = [
    "Harbourton", "Sylvan", "Daily", "Post", "Velmora", "X", "A.", "O’Neil", "d'Arc", "Varga-Lind",
    "reviewed", "the", "talks", "2", "-", ".", "’", "(", ":",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_OUTLET_PIECES, [" ", "", "  ", "\n", "\t", " \n", "\n\n", "-", "."], 8))
@example("Sylvan Daily\n\nText")
@example("Sylvan Daily Post Velmora X\nText")
@example("Sylvan Daily Post Velmora X Y\nText")
@example("President Aldo Varga reviewed the talks\n")
def test_an_outlets_closing_line_matches_as_the_plain_pattern(text: str) -> None:
    """_OUTLET_CLOSING_LINE, its words' quantifiers possessive, matches at each position
    what the plain pattern (greedy, giving back) matches."""
    from bot.parser.dateline import _OUTLET_CLOSING_LINE

    plain = re.compile(_OUTLET_CLOSING_LINE.pattern.replace("*+", "*"))
    assert plain.pattern != _OUTLET_CLOSING_LINE.pattern
    for pos in range(len(text) + 1):
        fast, slow = _OUTLET_CLOSING_LINE.match(text, pos), plain.match(text, pos)
        assert (fast and (fast.span(), fast.group(1))) == (slow and (slow.span(), slow.group(1)))


_CITY_PIECES = [
    "RIO", "DE", "JANEIRO", "HCM", "CITY", "İSTANBUL", "PORT", "OF", "SPAIN", "HARBOURTON",
    "VEL2MORA", "D’ARC", "NEW_TOWN", "Ørsted", "ŞAHİN", "x", "-",
]  # fmt: skip


def _plain_normal_case(city: str) -> str:
    from bot.parser.dateline import _INITIALS, _PARTICLES

    if not city.isupper():
        return city
    return re.sub(
        r"[^\W\d_]+",
        lambda m: (
            m.group(0)
            if _INITIALS.fullmatch(m.group(0))
            else m.group(0).lower()
            if m.start() > 0 and m.group(0).lower() in _PARTICLES
            else m.group(0)[0] + m.group(0)[1:].lower().replace("i\u0307", "i")
        ),
        city,
    )


@settings(max_examples=200, deadline=None)
@given(glued(_CITY_PIECES, [" ", "", "-", "/", "’"], 4))
def test_a_datelines_city_in_capitals_is_cased_as_the_plain_sub_cases_it(city: str) -> None:
    """_normal_case, with its pattern compiled once, cases a city as re.sub with the
    pattern's text does."""
    from bot.parser.dateline import _normal_case

    assert _normal_case(city) == _plain_normal_case(city)


@pytest.mark.parametrize(
    ("sentence", "searched_whole"),
    [
        ("Ruritania and Velmora met, the İnform agency said.", True),
        ("Ruritania and Velmora met, the ınform agency said.", True),
        ("Ruritania and Velmora met, the ſtate agency said.", True),
        ("Ruritania and Velmora met, the Velmoran agency said.", False),
    ],
)
def test_a_sentence_with_a_letter_re_folds_apart_is_searched_whole(
    sentence: str, searched_whole: bool
) -> None:
    """A sentence holding "İ", "ı" or "ſ" (which re.I matches as "i" or "s" but str.lower
    keeps apart) is tried with every attribution pattern from its start; another from the
    comma before its first report verb."""
    from bot.parser.source import _ALL_PATTERNS, _attribution_patterns

    patterns, start = _attribution_patterns(sentence)
    assert ((patterns, start) == (_ALL_PATTERNS, 0)) is searched_whole


# Meetings (bot/parser/meetings.py).
_RECALL_PIECES = [
    "recall", "recalled", "recalling", "recalls", "xrecalled", "recalled2", "their", "his",
    "the", "an", "its", "telephone", "conversation", "meeting", "talks", "call", "calls",
    "visit", "contacts", "contact", "in", "may", "ruritania-velmora", "-", "_",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_RECALL_PIECES, [" ", "", "  ", "-", "\n", "\t", "_", "2"], 10))
@example("the minister recalled their telephone conversation of may 8")
@example("xrecalled their talks")
@example("_recalled their talks; -recalled its visit")
def test_a_recalled_event_is_found_where_the_word_boundary_pattern_finds_it(text: str) -> None:
    """_RECALLED_EVENT, its boundary checked behind "recall", finds what the pattern opening
    with \\b finds."""
    from bot.parser.meetings import _RECALLED_EVENT

    plain = re.compile(_RECALLED_EVENT.pattern.replace(r"recall(?<!\wrecall)", r"\brecall"))
    assert plain.pattern != _RECALLED_EVENT.pattern
    fast = [match.span() for match in _RECALLED_EVENT.finditer(text)]
    assert fast == [match.span() for match in plain.finditer(text)]


# The glue's summary.
def test_every_blank_but_the_space_is_unprintable() -> None:
    """str.split's blanks, the space aside, are all characters str.isprintable refuses: the
    summary's clip keeps a printable text with single spaces as it is."""
    assert [c for c in _ALL_CHARS if c.isspace() and c != " " and c.isprintable()] == []


@settings(max_examples=200, deadline=None)
@given(
    glued(
        ["Aldo", "Varga", "met", "Lena.", "", "“Velmora”", "–", "\u200b", "x" * 40],
        [" ", "", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "\u2028", "\x85"],
        12,
    ),
    st.sampled_from([10, 300]),
)
@example(" Aldo met Lena", 300)
@example("Aldo met Lena ", 300)
@example("", 300)
def test_a_summary_is_clipped_as_from_its_join_of_its_split(text: str, limit: int) -> None:
    """_clip, keeping a printable text with single spaces whole, gives what it gives from
    " ".join(text.split())."""
    from bot.parser import _clip

    joined = " ".join(text.split())
    plain = None
    if joined:
        cut = joined[:limit].rsplit(" ", 1)[0]
        plain = joined if len(joined) <= limit else cut.rstrip(",;:") + "…"
    assert _clip(text, limit) == plain
