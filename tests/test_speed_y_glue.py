"""The y_glue speed pass's fast paths (text, the parser's glue, meetings, quotes, dateline,
source, dates, chrome) give what the plain forms they stand for give."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import bot.parser as parser_module
from bot.parser.countries import read_capital
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
    """The glue's memo of read_capital gives its answer, asked once or again."""
    assert parser_module._read_capital(word) == read_capital(word)
    assert parser_module._read_capital(word) == read_capital(word)


def test_the_memo_of_capital_words_is_emptied_when_full() -> None:
    """A memo at its limit is emptied before it holds one more word."""
    memo = parser_module._CAPITAL_READS
    saved = dict(memo)
    try:
        memo.clear()
        memo.update({f"Word{n}": None for n in range(parser_module._MEMO_LIMIT)})
        assert parser_module._read_capital("Ruritania") == read_capital("Ruritania")
        assert len(memo) == 1
    finally:
        memo.clear()
        memo.update(saved)
