"""v_people's speed pass: each fast path of people.py, text.py and _mentioned_countries gives
what the plain form it stands for gives."""

from __future__ import annotations

import bisect
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser.countries import EU, read_capital
from bot.parser.people import (
    _DOLLAR_NEXT,
    _LISTED_LINE,
    PeopleFinder,
    PersonFound,
    Token,
    _bisect_left,
    _bisect_right,
    _country_at,
    _dash_line_starts,
    _dollar_next,
    _first_mention,
    _line_matches,
    _pair_dashes,
    _token_index,
    _word_before,
    tokenize,
)
from tests.strategies import glued

# What the texts' pieces are followed by: a blank, a line's end, a hyphen, a mark or nothing.
GLUE = [" ", "", "\n", "\n\n", "-", ". ", ", ", "’s "]


# --- a pair's dashes and the word before one, found by string scans ---------------------------

# The plain forms: each dash before a capital, and the word right before a dash.
_PAIR_DASHES = (re.compile(r"-(?=[A-Z])"), re.compile(r"–(?=[A-Z])"))
_WORD_BEFORE = re.compile(r"(?<![\w’'.])[A-Z][\w’'.]*$")
# Words, digits and marks the word class holds or not, glued by dashes and line ends.
_PAIR_PIECES = [
    "Ruritania", "Velmora", "ruritania", "R", "x", "Ørsted", "Şahin", "U.S.", "Aldo’s", "D'Or",
    "_Varga", "2", "٣", "Ⅻ", "²", "-", "–", "—", "Dr.", "Q", "A" * 45, "é", "É",
]  # fmt: skip
_PAIR_GLUE = ["-", "–", "", " ", "\n", "\n-", "\n–", ".", "’", "'", "_", "(", "\t"]


@settings(max_examples=200, deadline=None)
@given(glued(_PAIR_PIECES, _PAIR_GLUE, 16))
@example("Ruritania-Velmora talks")
@example("Ruritania\n-Velmora")
@example("xRuritania-Velmora")
@example("A" * 45 + "-Velmora")
@example("xx" + "A" * 40 + "-Velmora")
@example("ÉRuritania-Velmora")
def test_pair_dashes_and_the_word_before_as_their_patterns(text: str) -> None:
    """_pair_dashes finds the dashes the two patterns find, and _word_before, at each
    position, where _WORD_BEFORE's search of the 40 characters before it starts."""
    assert _pair_dashes(text) == sorted(m.start() for d in _PAIR_DASHES for m in d.finditer(text))
    for at in range(len(text) + 1):
        plain = _WORD_BEFORE.search(text, max(0, at - 40), at)
        found = _word_before(text, at)
        assert found == (plain.start() if plain else -1)
        if plain:
            assert text[found:at].rstrip("\n") == plain.group()


# --- where each country is first named, with read_capital's answers ---------------------------

# Country names of one and several words, demonyms, regions ("Latin America"), hyphenated
# pairs, a currency's "$", and marks on letters, glued by blanks and breaks.
_NAMING_PIECES = [
    "Chile", "Chilean", "South", "Korea", "South Korea", "Latin", "America", "the", "of",
    "Republic", "Democratic Republic of the Congo", "United", "States", "US", "$", "Indian",
    "Ocean", "European", "Union", "Türkiye", "Việt", "Nam", "Turkmen-Afghan", "Aldo", "Varga",
    "Trinidad and Tobago", "People's", "People’s", "Lao", "Velmora", "New", "Zealand", "EU",
    "Kazakhstan's", "Côte", "d'Ivoire", ",", ".",
]  # fmt: skip


def _first_namings_plain(finder: PeopleFinder) -> dict[str, int]:
    """_first_namings as it read every capital that may name a country with _country_at."""
    tokens = finder.tokens
    found: dict[str, int] = {}
    after = 0
    for at in finder.capitals:
        if at < after or read_capital(tokens[at].text) is None:
            continue
        country, size = _country_at(tokens, at, len(tokens))
        if country is not None:
            if not _DOLLAR_NEXT.match(finder.body, tokens[at + size - 1].end):
                found.setdefault(country, tokens[at].start)
            after = at + size
    found.pop(EU, None)
    return found


@settings(max_examples=200, deadline=None)
@given(glued(_NAMING_PIECES, [" ", "\n", ", ", "-", ""], 16))
@example("Aldo Varga of Latin America met South Korea and the Việt Nam envoy in Chile.")
@example("The Türkiye and Trinidad and Tobago teams; US$ 5 for Chilean farms.")
def test_first_namings_as_with_country_at_for_every_capital(text: str) -> None:
    """_first_namings, reading a word that opens no name of several words from what
    read_capital tells of it, finds what _country_at at every such capital finds."""
    finder = PeopleFinder(text, None)
    assert finder._first_namings() == _first_namings_plain(finder)


# --- a dollar after a country's name, told by what follows before the pattern ----------------

# Dollars' words, their near misses and other words, glued by blanks of several kinds.
_DOLLAR_PIECES = [
    "$", "dollar", "dollars", "dollarsx", "dolla", "Dollars", "d", "yuan", "said", "US",
    "Chile", "2", ".", "_",
]  # fmt: skip
_DOLLAR_GLUE = ["", " ", "  ", "\n", "\t", "\u00a0", "\u2009", " \n "]


@settings(max_examples=200, deadline=None)
@given(glued(_DOLLAR_PIECES, _DOLLAR_GLUE, 10))
@example("Ruritania  dollars")
@example("Ruritania\n$")
@example("Ruritania dollarsx and US\tdollars")
def test_dollar_next_as_its_pattern(text: str) -> None:
    """At every position, _dollar_next answers as a match of _DOLLAR_NEXT there does."""
    for end in range(len(text) + 1):
        assert _dollar_next(text, end) == (_DOLLAR_NEXT.match(text, end) is not None)


# --- a token's lower case, lowered once -------------------------------------------------------

# No word-final "Σ": mypyc's str.lower() lacks CPython's final-sigma rule ("ΟΔΟΣ" gives "οδοσ"
# in the compiled build, "οδος" here), a difference of every lower() in compiled code, not of
# the caching under test.
_LOW_PIECES = [
    "Aldo", "VARGA", "Velmora’s", "Ruritania's", "the Philippines'", "İstanbul", "ΑΘΗΝΑ",
    "al-Sabah", "then-President", "U.S.", "van", "DER", "Ørsted", "said", ",", "2.5", "ǅ",
    "MINISTERS’",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_LOW_PIECES, GLUE, 16))
@example("Ruritania's Minister Aldo VARGA’s then-President İstanbul ΑΘΗΝΑ")
def test_token_lower_cases_are_those_of_its_text_and_bare(text: str) -> None:
    """Every token's low() and bare_low(), asked twice, are its text and its bare form
    lowered."""
    for token in tokenize(text):
        for _ in range(2):
            assert token.low() == token.text.lower()
            assert token.bare_low() == token.bare.lower()


def test_token_is_made_from_its_fields_by_position_or_by_name() -> None:
    """Token takes its fields in order, or by name, and keeps them as given."""
    by_position = Token("Varga’s", 4, 11, True, True, "Varga")
    by_name = Token(text="Varga’s", start=4, end=11, cap=True, possessive=True, bare="Varga")
    for token in (by_position, by_name):
        assert (token.text, token.start, token.end, token.cap, token.possessive, token.bare) == (
            "Varga’s", 4, 11, True, True, "Varga"
        )  # fmt: skip
        assert (token.low(), token.bare_low()) == ("varga’s", "varga")


# --- bisections of sorted offsets, compiled loops in place of the bisect module's calls -------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-5, 40), max_size=30).map(sorted), st.integers(-8, 45))
@example([], 0)
@example([3, 3, 3], 3)
def test_bisections_as_the_bisect_module(values: list[int], x: int) -> None:
    """_bisect_left and _bisect_right give bisect's answers, repeated values and ends
    included."""
    assert _bisect_left(values, x) == bisect.bisect_left(values, x)
    assert _bisect_right(values, x) == bisect.bisect_right(values, x)


@settings(max_examples=200, deadline=None)
@given(glued(_LOW_PIECES, GLUE, 16))
def test_token_index_as_bisect_by_start(text: str) -> None:
    """_token_index finds, for every offset, the first token starting there or later."""
    tokens = tokenize(text)
    for pos in range(-1, len(text) + 2):
        assert _token_index(tokens, pos) == bisect.bisect_left(tokens, pos, key=lambda t: t.start)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 50), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6))
def test_first_mention_as_min_with_a_default(start: int, mentions: list[tuple[int, int]]) -> None:
    """_first_mention is where the first mention starts, or the person's start with none;
    _before_name reads up to the earlier of it and that start."""
    person = PersonFound("Aldo Varga", start=start, mentions=mentions)
    assert _first_mention(person) == min((s for s, _ in mentions), default=start)
    body = "Minister Aldo Varga of Ruritania met Ilse Varga in Velmora on Monday. " * 2
    finder = PeopleFinder(body, None)
    at = min(min((s for s, _ in mentions), default=start), start)
    first, _ = finder._sentence_around(at, at)
    assert finder._before_name(person, 30) == body[max(first, at - 30) : at]


# --- a delegation list's lines tried only around their dashes ---------------------------------

_LIST_PIECES = [
    "A.", "B.", "Selimov", "Aldo Varga", "Varga", "Minister", "Deputy Chairman of the Cabinet",
    "–", "—", "-", "(Ruritania)", ";", ".", "x", "  ", "\t", "Ilse", "O'Neil",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_LIST_PIECES, [" ", "\n", "", " – ", "\n\n"], 18))
@example("A.\nB.\nSelimov – Deputy Chairman of the Cabinet\nIlse Varga — Minister (Ruritania)")
@example("x\nA.\nSelimov – Minister\n\nA. B.\nVarga – Minister;")
def test_listed_lines_tried_around_dashes_as_at_every_line(text: str) -> None:
    """Trying _LISTED_LINE only at the line starts _dash_line_starts gives finds what trying
    it at every line start finds, and what finditer finds."""
    fast = _line_matches(_LISTED_LINE, text, _dash_line_starts(text))
    plain = _line_matches(_LISTED_LINE, text)
    assert [m.span() for m in fast] == [m.span() for m in plain]
    assert [m.span() for m in plain] == [m.span() for m in _LISTED_LINE.finditer(text)]
