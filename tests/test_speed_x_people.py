"""The people finder's fast paths (x_people's speed pass) give what their plain forms give."""

from __future__ import annotations

from hypothesis import example, given, settings

from bot.parser import countries, people
from tests.strategies import glued

# --- x_people: memos of the functions of a word -----------------------------------------------

# Words the memos are asked about: country names, demonyms and the words that open a name of
# several, office words, initials, possessives and invented names.
_WORD_PIECES = [
    "Ruritania", "Ruritanian", "Velmora", "South", "United", "Republic", "People’s", "People's",
    "Kingdom", "the", "The", "of", "and", "Aldo", "Varga", "Abdullah", "II", "Lord", "Kh", ".",
    "Minister", "Prime", "Deputy", "Vice", "Chinese", "European", "Union", "Korea", "Kazakh",
    "’s", "'s", "-", "Al", "bin", "Dr", "A.", "2", "İ", "É",
]  # fmt: skip
_WORD_GLUE = ["", " ", "-", "  "]


@settings(max_examples=200, deadline=None)
@given(glued(_WORD_PIECES, _WORD_GLUE, 4, min_size=1))
@example("Ruritania")
@example("Chinese")
@example("South")
@example("People’s")
@example("Lord Varga")
@example("Abdullah II")
def test_word_memos_give_what_their_functions_give(word: str) -> None:
    """Each memo answers as the function it keeps, on the first asking (which fills it) and
    on the second (read from it); a word that names no country keeps None."""
    for _ in range(2):
        assert people._country(word) == countries.country_of_word(word)
        assert people.read_capital_memo(word) == countries.read_capital(word)
        assert people._in_multiword_name(word) == countries.in_multiword_name(word)
        assert people._name_like(word) == people._read_name_like(word)
        assert people._name_words(word) == people._read_name_words(word)
        assert people._words(word) == frozenset(word.replace("-", " ").split())
    assert people._multiword_starts() == countries.multiword_starts()


def test_word_memos_name_no_country_as_none() -> None:
    """A word that names no country is None in the memo's answer, not its "" marker, and a
    word that opens no country's name reads as read_capital reads it (None)."""
    assert people._country("Aldo") is None
    assert people._country("Aldo") is None
    assert people.read_capital_memo("Aldo") is None
    assert people.read_capital_memo("Aldo") is None
    assert people._country("Ruritania") is None  # (an invented country: none)
    assert people._country("Chinese") == "China"


def test_word_memos_are_emptied_when_full() -> None:
    """A memo never holds more than _MEMO_LIMIT words, and still answers right once emptied."""
    words = [f"w{i}-x" for i in range(people._MEMO_LIMIT + 3)]
    for word in words:
        people._words(word)
    assert 0 < len(people._TITLES_WORDS) <= people._MEMO_LIMIT
    assert people._words(words[0]) == frozenset([words[0][:-2], "x"])
    assert people._words("Deputy Prime-Minister") == frozenset(["Deputy", "Prime", "Minister"])
