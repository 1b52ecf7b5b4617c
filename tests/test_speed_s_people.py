"""The fast paths of the people finder and the text helpers give what their plain forms give."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser.people import (
    _GAP_TOKEN,
    _HEAD_LAST_LETTERS,
    _PLURAL_HEADS,
    PeopleFinder,
    Token,
    _add_word,
    _one_word,
    _sentence_around,
    _tokenize,
)
from tests.strategies import glued


def _fields(token: Token) -> tuple[str, int, int, bool, bool, str]:
    return (token.text, token.start, token.end, token.cap, token.possessive, token.bare)


def _pattern_pieces(piece: str, start: int) -> list[tuple[str, int, int, bool, bool, str]]:
    """The tokens of one piece as the pattern reads them (the plain form of the fast path)."""
    tokens: list[Token] = []
    capitals: list[int] = []
    pos = start
    for gap, word in _GAP_TOKEN.findall(piece):
        begin = pos + len(gap)
        pos = begin + len(word)
        _add_word(tokens, capitals, word, begin, pos)
    return [_fields(t) for t in tokens]


# The joiners TOKEN allows inside a word, other marks, letters of both cases, an Arabic
# article and underscores: the pieces a joined word's test must tell apart.
_JOIN_PIECES = [
    "Velmora", "al", "Sabah", "x", "Ω", "2", "É", "ß", "s", "-", "‐", "‑", "’", "'", "_", ".",
    ",", "–", "“", "(", "’s", "'s", "\t", "\u00a0",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_JOIN_PIECES), min_size=1, max_size=6).map("".join))
@example("Aldo-Varga")
@example("Ruritania’s")
@example("al-Varga")
@example("Varga-")
@example("-Varga")
@example("Varga--Aldo")
@example("Varga’’s")
@example("Varga-Aldo’s")
@example("_")
@example("–")
@example("\t")
def test_a_piece_read_as_one_word_is_the_one_token_the_pattern_finds(piece: str) -> None:
    """A piece the tokenizer takes whole without the pattern is one token of the pattern's,
    the same text, offsets, capital and possessive."""
    if " " in piece or "\n" in piece:
        return
    if _one_word(piece):
        tokens: list[Token] = []
        _add_word(tokens, [], piece, 7, 7 + len(piece))
        assert [_fields(t) for t in tokens] == _pattern_pieces(piece, 7)


def test_joined_words_and_lone_marks_are_read_without_the_pattern() -> None:
    """The common pieces that are no plain word take the fast path; the rest do not."""
    assert [_one_word(p) for p in ("Aldo-Varga", "Velmora’s", "Varga's", "–", "(")] == [True] * 5
    assert [_one_word(p) for p in ("Varga-", "a--b", "’s", "_", "a-b’s", "“Varga")] == [False] * 6


@settings(max_examples=500, deadline=None)
@given(glued(_JOIN_PIECES, ["", " ", "  ", "\n", "\n\n"], 16))
def test_tokens_of_joined_words_and_blank_runs_are_those_of_the_pattern(text: str) -> None:
    """The whole text's tokens (empty pieces between blanks included) are those the pattern
    reads at every blank-separated piece."""
    tokens, capitals = _tokenize(text)
    expected = []
    end = -1
    for piece in text.replace("\n", " ").split(" "):
        start = end + 1
        end = start + len(piece)
        expected += _pattern_pieces(piece, start)
    assert [_fields(t) for t in tokens] == expected
    assert capitals == [i for i, t in enumerate(tokens) if t.cap]


# Sentence marks, line ends and words: where the bounds of a sentence fall.
_BOUND_PIECES = ["Velmora", "x", ".", ". ", "\n", " ", "  ", "..", ".\n", "!", "“", "\n\n"]


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(_BOUND_PIECES), max_size=14).map("".join),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=8),
)
@example("Aldo. Varga met\nBo. x", 5, 0)
@example(". ", 0, 0)
@example("x. . y", 4, 2)
def test_sentence_bounds_from_the_marks_found_once_are_those_of_the_scans(
    body: str, start: int, width: int
) -> None:
    """The finder's sentence bounds, read from the places of ". " and line ends found once,
    are those the four scans around each place give, anywhere in the body and past it."""
    finder = PeopleFinder(body, None)
    end = start + width
    assert finder._sentence_around(start, end) == _sentence_around(finder.body, start, end)


def test_every_character_that_lowers_to_a_heads_last_letter_is_one_the_gate_lets_by() -> None:
    """A word whose lower case is a plural office ends with a character the gate lets by:
    every character whose lower case ends with a head's last letter is among them."""
    last_letters = {head[-1] for head in _PLURAL_HEADS}
    lowering_to_them = {
        chr(code) for code in range(0x110000) if chr(code).lower()[-1:] in last_letters
    }
    assert lowering_to_them <= _HEAD_LAST_LETTERS
