"""s_meet's fast paths (meetings, quotes, source, dateline, chrome and the parser's glue)
find what the plain patterns they stand for find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parser.meetings import _KINDS
from tests.strategies import glued

# The meeting kinds' patterns as they were written with a leading \b (a search tried them at
# every character); each fast form opens with a word, or letters, and checks the boundary
# behind it.
PLAIN_KINDS: dict[int, str] = {
    0: (
        r"\b(?:(?:tele)?phone\s+(?:conversation|call|talks?)|(?:spoke|talked)\s+(?:by|"
        r"over\s+the|on\s+the)\s+(?:tele)?phone|phoned|telephoned|on\s+the\s+(?:tele)?phone|"
        r"(?:by|over\s+the)\s+(?:tele)?phone|(?:had|held|hold|holds|holding)\s+(?:a|an|the|"
        r"their)\s+(?:(?!video\b|conference\b)[\w-]+\s+){0,2}?call\s+with)\b"
    ),
    1: (
        r"\b(?:video\s*(?:call|conference|link|talks?)|videoconference|video-conference|"
        r"(?:online|virtual)\s+(?:meeting|talks|summit))\b"
    ),
    2: (
        r"\b(?:(?:held|hold|holds|holding|had|conducted)\s+(?:[\w-]+\s+){0,5}talks|"
        r"talks\s+(?:with|between)|(?:his|her|their|the)\s+talks|(?:during|at|after|"
        r"following)\s+(?:[\w-]+\s+)?talks\b|(?:during|after|following)\s+(?:their|"
        r"the\s+bilateral)\s+(?:[\w-]+\s+)?talks\b|(?:in|"
        r"at)\s+their\s+(?:[\w-]+\s+){1,3}?talks\b|(?:held|hold|holds|holding|had|"
        r"conducted)\s+(?:\w+\s+){0,4}(?:round\s+of\s+(?:[\w-]+\s+){0,2})?consultations|"
        r"negotiations\s+(?:with|between)|(?:talks|consultations|"
        r"negotiations)\s+(?:[\w-]+\s+){0,20}?(?:was|were)\s+held|"
        r"co-?chaired\s+(?:[\w-]+\s+){0,8}(?:consultations|talks|negotiations|dialogue))\b"
    ),
    3: (
        r"\b(?:me(?:t|ets|eting\s+(?:with|between)|eting|etings)|rece(?:ived|"
        r"ives)(?!\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:letter|message|telegram|"
        r"invitation|greetings|congratulations|treatment|support|funding|approval|assistance|"
        r"aid|training|loans?|grants?|subsidies|scholarships?)\b)|(?:after|while|when|"
        r"before)\s+receiving(?!\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:letter|"
        r"message|telegram|invitation|greetings|congratulations|treatment|support|funding|"
        r"approval|assistance|aid|training|loans?|grants?|subsidies|scholarships?)\b)|"
        r"(?<!co-)host(?:ed|s)|sat\s+down\s+with|co-?chaired|"
        r"paid\s+an?\s+(?:[\w-]+\s+)?call\s+on|"
        r"called\s+on(?!\s+(?:[\w’'-]+\s+){0,6}?to\s+(?!the\b)[a-z]+))\b"
    ),
    4: (
        r"\b(?:(?:held|hold|holds|holding|had)\s+(?:a|an|the|"
        r"their)\s+(?:[\w-]+\s+){0,2}?summit(?:\s+talks|\s+meeting)?(?!\s+(?:of|on)\b)|"
        r"summit\s+(?:talks\s+|meeting\s+)?with|retreat\s+with|(?:addressing|"
        r"addressed)\s+the\s+(?:[\w-]+\s+){0,4}?summit)\b"
    ),
    10: (
        r"\bheld\s+(?:the|a|an|its)\s+(?:[\w.-]+\s+){0,4}?(?:committee|"
        r"commission)\b[^.;]{0,80}?\swith\s(?!the\s+participation)"
    ),
    11: (
        r"\b(?:had|held|hosted|gave|attended)\s+(?:an?\s+)?(?:\w+\s+)?(?:dinner|lunch|"
        r"luncheon|breakfast)\b"
    ),
    12: (
        r"\b(?:joint\s+(?:press|news)\s+(?:conference|statements)|(?:press|"
        r"news)\s+conference\s+with)\b"
    ),
    15: (
        r"\b(?:held|hold|holds|holding|had)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:session|"
        r"discussions)\s+(?:(?:today|yesterday|on\s+[a-z]+day)\s+)?with\b"
    ),
    17: (
        r"\b(?:exchanged\s+views\s+with|conferred\s+with|talked\s+(?:with|to))\b"
    ),
    18: (
        r"\bwelcomed\s+(?:[^\s’']+\s+){1,12}?(?:at|"
        r"to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:palace|residence|house|office|buildings?|"
        r"headquarters|kremlin|complex|chancellery|(?<=downing\s)street|chequers|élysée|"
        r"elysee|akorda)\b"
    ),
    19: (
        r"\b(?:was|were)\s+(?:also\s+)?attended\s+by\b"
    ),
    21: (
        r"\b(?:granted|gave)\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+to\b|\b(?:was|were|"
        r"been)\s+(?:later\s+|also\s+|then\s+)?(?:granted|given|"
        r"received\s+in)\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+(?:with|by)\b|"
        r"\bhad\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+with\b"
    ),
    23: (
        r"\b(?:(?:paid|made)\s+(?:an?\s+)?courtesy\s+call\s+(?:on|to)|(?:granted|received|"
        r"accepted|hosted)\s+(?:an?\s+|the\s+)?courtesy\s+(?:call|visit)\s+(?:from|by|to))\b"
    ),
    24: (
        r"\b(?:was|were)\s+handed\s+over\s+(?:[^;]{1,80}?\s)?by\s[^;]{1,160}?\sto\s"
    ),
    25: (
        r"\bsigned\s+(?:for|on\s+behalf\s+of)\s[^.;]{0,200}?\bsigned\s+(?:for|"
        r"on\s+behalf\s+of)\b"
    ),
    26: (
        r"\bco-?hosted\s+(?!by\b)"
    ),
    27: (
        r"\bcontinued\s+(?:their\s+)?communication\b(?!\s+by\s+(?:tele)?phone)"
    ),
    28: (
        r"\b(?:visited|on\s+(?:a|an|his|her)\s+(?:\w+\s+)?visit)\b"
    ),}  # fmt: skip
GLUE = [" ", " ", " ", "", "-", "\n", ", ", "  ", "\t"]
# Around a pattern's own words: short words, a word's piece, a letter that is a word
# character but no a-z, a prefix that \b or a lookbehind must reject.
EXTRA = ["co", "co-", "the", "a", "an", "of", "and", "with", "by", "x", "é", "’", "xco", "un", "A"]


def _words_of(pattern: str) -> list[str]:
    return [*sorted(set(re.findall(r"[a-z]{2,}", pattern))), *EXTRA]


def _first_start(pattern: re.Pattern[str], text: str) -> int | None:
    match = pattern.search(text)
    return None if match is None else match.start()


@pytest.mark.parametrize("number", sorted(PLAIN_KINDS))
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_a_meetings_kind_opening_with_its_word_finds_what_the_plain_pattern_finds(
    number: int, data: st.DataObject
) -> None:
    """A kind's fast pattern finds a match where its plain one does, starting at the same
    place (`_kind` asks only whether one is found)."""
    plain = re.compile(PLAIN_KINDS[number])
    text = data.draw(glued(_words_of(PLAIN_KINDS[number]), GLUE, 12, min_size=1))
    assert _first_start(_KINDS[number][3], text) == _first_start(plain, text)


@pytest.mark.parametrize(
    "text",
    [
        "the minister telephoned her", "a telephone call", "spoke by phone",
        "talked over the phone",
        "the co-hosted forum", "they co-hosted it", "cohosted", "xhosted", "a forum co-hosts",
        "hosts", "met", "unmet", "the\nmeeting between", "was\nreceived", "while receiving him",
        "conducted two rounds of talks", "the talks\nwere held", "video-conference", "videocall",
        "during the retreat with", "addressed the summit", "was granted an audience with",
        "had an audience with", "signed for x, and y signed on behalf of", "revisited",
        "visited", "on his state visit", "was handed over by x to y", "xwas attended by",
        "were also attended by", "welcomed them to the palace", "held the joint commission with",
    ],
)  # fmt: skip
def test_a_meetings_kind_opening_with_its_word_keeps_its_boundaries(text: str) -> None:
    """A word glued to another (no boundary before it) opens no match; after a blank, a
    line break or a hyphen it does, as the plain pattern has it."""
    for number, plain in PLAIN_KINDS.items():
        assert _first_start(_KINDS[number][3], text) == _first_start(re.compile(plain), text)


# Meetings' and the dateline's patterns as they were written, opening with \b or \s (a search
# tried them at every character), by the name of the fast form that stands for each.
PLAIN_PATTERNS: dict[str, str] = {
    "_SPOKE_WITH": (
        r"\bspoke\s+(?:(?:again|today|yesterday|separately|on\s+[a-z]+day|this\s+(?:morning|"
        r"afternoon|evening))\s+)?(?:with|to)\b"
    ),
    "_LATERAL": (
        r"\b((?:tri|bi|multi|quadri)lateral)\s+(?:meeting|talks|summit)\b"
    ),
    "_EVENT": (
        r"\b(?P<noun>forum|summit|conference|congress|exhibition|expo|session|launch|"
        r"ministerial|ceremony|inauguration|commission|side\s+event)(?:ed)?\b"
    ),
    "_AT_EVENT": (
        r"\b(?:(?:sidelines|margins)\s+of|for|at|during|after|following|opened|"
        r"addressed)\s+the\s+(?:[\w-]+\s+){0,3}?(?P<noun>forum|summit|conference|congress|"
        r"exhibition|expo|session|launch|ministerial|ceremony|inauguration|commission|event)\b"
    ),
    "_HAD_MET": (
        r"\bhad\s+(?:already\s+|earlier\s+|previously\s+|also\s+)?(?:met|held|hosted|"
        r"received)\b"
    ),
    "_TOPIC_CUT": (
        r"\b(?:about(?!\s+(?:\d|an?\s|one\b|two\b|three\b|half\b))|to\s+discuss|to\s+review|"
        r"focusing|on\s+the\s+issues|(?<=,\s)discussing)\b"
    ),
    "_SAID_CUT": (
        r"\b(?:discussed|noted|stressed|emphasi[sz]ed|underlined|considered|informed|"
        r"exchanged\s+views|expressed|said\s+that)\b"
    ),
    "_PLACE": (
        r"[Ii]n(?<![\w-][Ii]n)\s+(?:the\s+(?:capital|city|town)\s+(?:of\s+)?|"
        r"the\s+(?:[\w’'-]+\s+){1,3}?(?:capital|city|town)(?:\s+of|"
        r",)?\s+|(?P<part>the\s+(?:[\w’'-]+\s+){0,2}?(?:quarter|centre|center|heart|"
        r"outskirts|suburbs)\s+of\s+))?(?P<place>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    ),
    "_POSTER": (
        r"\s+by\s+(?P<src>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})$"
    ),
}  # fmt: skip
PLACE_WORDS = ["in", "In", "Ii", "Lima", "San", "Port", "Moon", "Jae-in", "capital", "city"]
POSTER_WORDS = ["by", "By", "Press", "Office", "a.b", "Posted", "May", "3"]


def _fast(name: str) -> re.Pattern[str]:
    from bot.parser import dateline, meetings

    return getattr(dateline if name == "_POSTER" else meetings, name)


def _found(name: str, pattern: re.Pattern[str], text: str, *, fast: bool) -> object:
    """What the parser reads of the pattern's matches in `text`: where each opens (a fast
    _PLACE match opens at the "n" of "in") and ends and the groups it reads."""
    if name == "_POSTER":
        poster = pattern.search(text)
        return poster and poster["src"]
    return [
        (
            match.start() - (fast and name == "_PLACE"),
            match.end(),
            match.groupdict(),
            match.groups(),
        )
        for match in pattern.finditer(text)
    ]


@pytest.mark.parametrize("name", sorted(PLAIN_PATTERNS))
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_a_pattern_opening_with_its_word_finds_what_the_plain_pattern_finds(
    name: str, data: st.DataObject
) -> None:
    """Each match of the fast pattern opens and ends where the plain one's does, with the
    same groups (`_EVENT.findall` reads them too)."""
    plain = re.compile(PLAIN_PATTERNS[name])
    text = data.draw(
        glued(_words_of(PLAIN_PATTERNS[name]) + PLACE_WORDS + POSTER_WORDS, GLUE, 12, min_size=1)
    )
    assert _found(name, _fast(name), text, fast=True) == _found(name, plain, text, fast=False)
    if name != "_POSTER":
        # _POSTER is only searched from a line's start: its lookbehind may see the blank
        # before a later `pos` ("a by A" from 2), which the plain form's leading blank cannot.
        assert _fast(name).findall(text, 2) == plain.findall(text, 2)


@pytest.mark.parametrize(
    "text",
    [
        "talks held in Lima", "In Lima", "in\nLima", "Moon Jae-in Lima", "within Lima",
        "xin Lima", "In the capital of Lima", "Posted 3 May by Press Office", "standby Press",
        "Posted\tby  Press Office", "the trilateral meeting", "atrilateral talks",
        "bilateral\ntalks",
        "a side event", "the forum", "forumed", "opened the forum", "reopened the forum",
        "talked about an hour", "met about trade", "agreed, discussing trade", "rediscussing",
        "she had met him", "chad met", "spoke today with", "outspoke with",
    ],
)  # fmt: skip
def test_a_pattern_opening_with_its_word_keeps_its_boundaries(text: str) -> None:
    """A word glued to another opens no match; after a blank, a line break or a comma it
    does, as the plain pattern has it."""
    for name, plain in PLAIN_PATTERNS.items():
        fast = _fast(name)
        assert _found(name, fast, text, fast=True) == _found(
            name, re.compile(plain), text, fast=False
        )
