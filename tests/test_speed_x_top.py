"""x_top's fast paths in the topics stage give what their plain forms give."""

from __future__ import annotations

import re

from hypothesis import example, given, settings

from bot.parser import parse_brief, topics
from bot.parser.text import a_to_z_words, lower_same
from tests.strategies import glued

# --- x_top: a subject of its own tried only where a word it opens with stands whole ---------

# The words of the own subjects that name their first words, pieces of those words, and what
# stands around them in a sentence, glued as sentences are written.
_OWN_PIECES = [
    "raise", "raising", "increase", "increasing", "lift", "lifting", "boost", "boosting",
    "bring", "bringing", "unraise", "raise2", "_raise", "éraise", "rais", "bringings",
    "bilateral", "mutual", "two-way", "non-oil", "trade", "turnover", "the", "its", "volume",
    "level", "of", "to", "beyond", "above", "about", "$", "5", "usd", "usd$5", "power",
    "purchase", "agreement", "agreements", "battery", "storage", "systems", "superpower",
    "batterystorage", ",", ".",
]  # fmt: skip
_OWN_GLUE = [" ", "", "  ", "\n", "-", "\t", "\u00a0"]


def _own_at_word_starts(
    pattern: re.Pattern[str], low: str, words: frozenset[str], firsts: frozenset[str]
) -> re.Match[str] | None:
    """The search find_topics makes for an own subject with first words: the pattern tried
    where one of them stands whole, the first match."""
    for at in topics._word_starts(low, words & firsts):
        if match := pattern.match(low, at):
            return match
    return None


@settings(max_examples=200, deadline=None)
@given(glued(_OWN_PIECES, _OWN_GLUE, 14))
@example("agreed to raise bilateral trade to $5 billion")
@example("officials want to boost  the volume of\nmutual trade turnover above about 5")
@example("a 20-year power purchase agreement and a battery storage system")
@example("_raise bilateral trade to 5, then bring non-oil trade to usd$5")
def test_own_subjects_match_at_their_first_words_as_a_search_does(text: str) -> None:
    """Each own subject with first words, tried only where one stands whole in the lower-case
    text, finds the match a search of the whole text finds (the sentence's words are every
    a-z run of it)."""
    low = text.lower()
    words = frozenset(a_to_z_words(low))
    tried = 0
    for _, pattern, lowered, firsts in topics._OWN_SUBJECTS:
        if not firsts:
            continue
        assert lowered  # the words are those of the lower-case text
        tried += 1
        plain = pattern.search(low)
        fast = _own_at_word_starts(pattern, low, words, firsts)
        assert (fast and fast.span(), fast and fast.groups()) == (
            plain and plain.span(),
            plain and plain.groups(),
        )
    assert tried == 3


def test_a_trade_target_is_read_after_its_verb_inside_the_sentence() -> None:
    """A target for trade is a subject where its verb stands inside the sentence, not only
    at its start; a verb's letters inside a longer word open none."""
    brief = parse_brief(
        "VELMORA – Minister Aldo Varga met his Ruritanian counterpart on Monday. The two "
        "sides agreed to raise bilateral trade to $2 billion by 2030.",
        brief_id="x_top",
    )
    assert brief.topics == ("bilateral trade",)
    low = "the unraise bilateral trade to $2 billion"
    words = frozenset(a_to_z_words(low))
    assert _own_at_word_starts(topics._TRADE_TARGET, low, words, topics._RAISE_WORDS) is None


# --- x_top: a chunk with no capital has no place for _without_places to take out ------------

_PLACES_PIECES = [
    "in", "of", "the", "as well as", "and", ",", "regions", "region", "states", "provinces",
    "oblasts", "cities", "northern", "Velmora", "Alba", "Ruritania", "velmora", "alba",
    "Éire", "éire", "Ōsaka", "ōsaka", "İzmir", "izmir", "X’s", "trade", "energy", "ports",
    "leaders", "nationals", "2030", "ß",
]  # fmt: skip
_PLACES_GLUE = [" ", "  ", "", "\n", "-", ", "]


@settings(max_examples=200, deadline=None)
@given(glued(_PLACES_PIECES, _PLACES_GLUE, 12))
@example("energy and water in the northern regions of velmora, alba and ruritania")
@example("trade, as well as in velmora and alba")
def test_without_places_leaves_a_chunk_without_capitals_as_it_is(chunk: str) -> None:
    """A chunk with no capital letter is what _without_places returns: none of the patterns it
    reads (each needs a capitalised name) matches anywhere in it, so the chunk read in full
    would come back as it is."""
    if chunk.islower():
        assert topics._without_places(chunk) == chunk
        assert topics._IN_PLACES.search(chunk) is None
        assert topics._IN_HEADS_OF.search(chunk) is None
        assert topics._IN_OF_NAME.search(chunk) is None


def test_without_places_takes_out_capitalised_regions_only() -> None:
    """The regions of a list are taken out where their names are capitalised; written in
    lower case, they are no names and stay."""
    named = "energy and water in the Velmora and Alba regions, and ports"
    assert topics._without_places(named) == "energy and water, and ports"
    plain = "energy and water in the velmora and alba regions, and ports"
    assert topics._without_places(plain) == plain


# --- x_top: a share's subject needs a verb of a share, "made" only with "up" ------------------

_SHARE_PIECES = [
    "Mining", "mining", "and", "quarrying", "manufacturing", "trade", "accounted", "for",
    "made", "up", "upx", "made-up", "attracted", "received", "almost", "nearly", "half of",
    "a third of", "the bulk of", "the largest share", "5%", "3.9 percent", "$3", "over",
    "while", "progress", ",", ";", ".", "the", "inflow",
]  # fmt: skip
_SHARE_GLUE = [" ", "  ", "", "\n", "-", ", ", "; "]


@settings(max_examples=200, deadline=None)
@given(glued(_SHARE_PIECES, _SHARE_GLUE, 14))
@example("Mining attracted almost half of the inflow, while trade received $3")
@example("trade made up 5%; mining accounted for nearly half of it")
@example("mining made\nup 5% of it")
@example("mining received 5%")
def test_share_subjects_need_a_share_verb_and_made_needs_up(text: str) -> None:
    """Wherever _SHARE_SUBJECT matches, the lower-case text has "up" or a share verb other
    than "made" as a word: a sentence with neither is not tried."""
    words = frozenset(a_to_z_words(lower_same(text)))
    if topics._SHARE_SUBJECT.search(text):
        assert "up" in words or not words.isdisjoint(topics._SHARE_TAKE_WORDS)


def test_a_share_subject_after_made_up_is_read() -> None:
    """ "Mining made up almost half of the inflow" names mining as a field of the figures, as
    "while manufacturing received" names manufacturing."""
    brief = parse_brief(
        "Foreign investment into Velmora rose to $5 billion last year. Mining and quarrying "
        "made up almost half of the inflow, while manufacturing received $1 billion.",
        brief_id="x_top",
    )
    assert brief.topics[1:] == ("Mining and quarrying", "manufacturing")


# --- x_top: _SECTORS opens with its words' letters, then the word boundary -------------------

_PLAIN_SECTORS = re.compile(
    topics._SECTORS.pattern.replace(
        r"(?:in(?<!\w..)|to(?<!\w..)|into(?<!\w....))", r"\b(?:in|to|into)", 1
    )
)
_SECTOR_PIECES = [
    "in", "to", "into", "inTo", "the", "Alban", "Alban’s", "X's", "power", "and", "road",
    "sectors", "industries", "fields", "spheres", "areas", "energy", "mining", "such", "as",
    "within", "onto", "auto", "_in", "2in", "éin", "twin", ",", "non-oil",
]  # fmt: skip
_SECTOR_GLUE = [" ", "  ", "", "\n", "-", ", ", "\t"]


@settings(max_examples=200, deadline=None)
@given(glued(_SECTOR_PIECES, _SECTOR_GLUE, 14))
@example("cooperation in the Alban power and road sectors")
@example("to expand ties into mining and energy industries, twin energy areas")
@example("éin energy sectors, _in mining fields, 2in road areas, within energy areas")
def test_sectors_opening_with_letters_match_as_with_a_word_boundary(text: str) -> None:
    """_SECTORS, opening with "in", "to" or "into" and no word character before it, finds the
    matches the pattern opening with "\\b" finds."""
    fast = [(m.span(), m.groups()) for m in topics._SECTORS.finditer(text)]
    assert fast == [(m.span(), m.groups()) for m in _PLAIN_SECTORS.finditer(text)]
