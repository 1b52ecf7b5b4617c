"""The parser's fast paths give what the plain versions they stand for give."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser import dates, figures, ranks, source
from bot.parser.dates import (
    ANY_DATE,
    DAY_MONTH,
    DOTTED_DATE,
    ISO_DATE,
    ISO_HINT,
    MONTH_DAY,
    find_date,
)
from bot.parser.people import _ROLE, _indefinite_office, _read_title, _role_matches, tokenize
from bot.parser.quotes import _QUOTE_VERBS
from bot.parser.text import _BOUNDARY, _PERIOD_BOUNDARY, Sentence, clean, sentences
from tests.strategies import glued

# Pieces that role phrases, possessives and sentence marks are made of.
PIECES = [
    "the", "The", "China’s", "Kazakh's", "The’s", "pro-China’s", "president", "President",
    "Vice-President", "head", "Head", "of", "state", "State", "Government", "Prime", "Minister",
    "top", "diplomat", "leader", "official", "Speaker", "Senate", "said", "Li", "Xi’s", "xthe",
    "Mr.", "U.S.", "e.g.", "2.5", "al-Sabah", "Şahinoğlu", "“", "”", "(", ")", ",", ".", "-",
    "the President of", "the head of state", "The Head of Government", "the Chinese Premier",
    "China’s top diplomat", "the Senate Speaker Anna", "the minister to", "the official visit",
]  # fmt: skip
GLUE = [" ", "", "  ", "-", "\n", "\n\n", ". ", "’s ", "\t", "\u00a0"]


texts = glued(PIECES, GLUE, 16)


def _finditer_roles(text: str) -> list[tuple[int, int, str | None, str | None, str | None]]:
    return [
        (m.start(), m.end(), m.group("owner"), m.group("role"), m.group("state"))
        for m in _ROLE.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Premier recalled it. China’s top diplomat said so, and the Kazakh leader agreed.",
        "China’s the president said.",  # a "the" role inside an owner's role
        "The’s president; the\n\nPresident said; xthe President",
        "the Head of State Leader and the head of government spoke.",
        "pro-China’s leader, Vice-President, the Senate Speaker",
    ],
)
def test_role_matches_are_those_of_the_role_pattern(text: str) -> None:
    """The roles found from 'the' and from possessives are the ones _ROLE.finditer gives."""
    assert [tuple(r) for r in _role_matches(text)] == _finditer_roles(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_role_matches_equal_the_role_pattern_on_any_text(text: str) -> None:
    """On any text of role words, possessives, hyphens and breaks: the same roles."""
    assert [tuple(r) for r in _role_matches(text)] == _finditer_roles(text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_tokens_carry_their_own_offsets(text: str) -> None:
    """Each token's offsets point at its text in the body, in order."""
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == [t.text for t in tokens]
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_title_read_from_the_phrase_alone_is_the_title_read_in_place(text: str) -> None:
    """A title phrase reads the same on its own as inside its body: the titles cache, keyed
    by the phrase's text, relies on it."""
    tokens = tokenize(text)
    for first in range(len(tokens)):
        for end in range(first + 1, min(len(tokens), first + 8) + 1):
            phrase = text[tokens[first].start : tokens[end - 1].end]
            alone = tokenize(phrase)
            in_place = _read_title(tokens, text, first, end)
            assert _read_title(alone, phrase, 0, len(alone)) == in_place


@settings(max_examples=200, deadline=None)
@given(texts)
def test_sentence_words_are_the_a_to_z_runs_of_its_lower_case(text: str) -> None:
    """Sentence.words holds exactly the runs of a-z letters of the sentence's lower case."""
    for sentence in sentences(text):
        assert sentence.words == frozenset(re.findall("[a-z]+", sentence.low))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_period_boundaries_equal_the_mark_boundaries_without_other_marks(text: str) -> None:
    """Without '!' or '?', the period-first pattern finds the boundaries the class finds."""
    text = text.replace("!", "").replace("?", "")
    found = [m.span() for m in _PERIOD_BOUNDARY.finditer(text)]
    assert found == [m.span() for m in _BOUNDARY.finditer(text)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a  b\tc\u00a0 d\u2009e\u202ff", "a b c d e f"),
        ("one space each\nline\r\nends", "one space each\nline\nends"),
        ("", ""),
    ],
)
def test_clean_collapses_blank_runs_to_one_space(raw: str, expected: str) -> None:
    """Runs of blanks become one space; single spaces and line breaks stay."""
    assert clean(raw) == expected


_DATE_PIECES = [
    "2024-10-17", "17.10.2024", "Oct. 17", "October 17, 2024", "17 October", "3rd of May",
    "May", "March", "Sept", "12", "2026", "٢٠٢٤", "3", "31st", "on", "the", "and", "Mon",
    "Dec 5", "5 Dec.", "No. 17", "1.5", "-", ",", ".",
]  # fmt: skip


@given(glued(_DATE_PIECES, GLUE, 10))
def test_any_date_led_by_its_first_characters_finds_what_its_four_forms_find(text: str) -> None:
    """ANY_DATE tries its forms only where a digit or a month's capital stands: its matches,
    and their groups, are those of the four forms' plain alternation."""
    plain = re.compile("|".join(p.pattern for p in (ISO_DATE, DOTTED_DATE, MONTH_DAY, DAY_MONTH)))
    assert [(m.span(), m.groups()) for m in ANY_DATE.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]


_HINT_PIECES = [
    "2024", "12", "3", "٢٠٢٤", "1446", "1.5", "Ramadan", "Dhu al-Hijjah", "17.10.2024",
    "5.3.1999", "10:30", "-", "–", ":", ".", ",", "AH", "the", "No. 7", "1-2", "a-b", "x:y",
    "30", "13", "14",
]  # fmt: skip
hint_texts = glued(_HINT_PIECES, GLUE, 10)


@settings(max_examples=300, deadline=None)
@given(hint_texts)
def test_mark_led_hints_answer_as_the_digit_led_ones(text: str) -> None:
    """The clock and date hints led by their mark find a match, from any position that no
    digit stands before, where the digit-led patterns do; a Hijri date has a 13xx or 14xx
    year."""
    assert (figures._CLOCK_HINT.search(text) is None) is (re.search(r"\d:\d", text) is None)
    for start in [0, *(i for i in range(1, len(text)) if not text[i - 1].isdecimal())]:
        assert (figures._DATE_HINT.search(text, start) is None) is (
            ISO_HINT.search(text, start) is None
        )
    if figures._HIJRI_DATE.search(text):
        assert "13" in text or "14" in text


_LABEL_PIECES = [
    "Page", "page", "PP.", "p.", "Building", "BUILDING", "no.", "No.", "Tel.", "ID:", "Type",
    "line", "Lines", "12", "3,000", "7/2025", "A-5", "the", ",", "x", "Unit", "pages", "Ext.",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(glued(_LABEL_PIECES, GLUE, 10))
def test_labelled_numbers_of_an_ascii_text_read_in_its_lower_case(text: str) -> None:
    """The case-sensitive twin of `_LABEL_NUMBER` on an ASCII text's lower case finds the
    spans the pattern finds on the text, ignoring case."""
    if text.isascii():
        for start in range(len(text)):
            assert [m.span() for m in figures._LABEL_NUMBER_LOW.finditer(text.lower(), start)] == [
                m.span() for m in figures._LABEL_NUMBER.finditer(text, start)
            ]


_PERIOD_PIECES = [
    "trade", "in", "in 2025", "since 2020", "last year", "this year", "over the past decade",
    "in the first half", "within the next five years", "in March-May", "in January–June 2026",
    "investment", "by 2030", "year", "the", "next", "past", "-", "–", "2024", "in Kazakhstan",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PERIOD_PIECES), min_size=1, max_size=6).map(" ".join))
def test_a_measure_without_any_time_tail_part_has_no_time_tail(measure: str) -> None:
    """`_without_period` leaves a measure without any of `_TIME_TAIL_PARTS` as it is, and
    `_TIME_TAIL` finds nothing in it to take off."""
    if not figures._has_any(measure, figures._TIME_TAIL_PARTS):
        assert figures._TIME_TAIL.search(measure) is None
        assert figures._without_period(measure) == figures._BY_YEAR_TAIL.sub("", measure)


# `topics._QUOTED_ITEM` as first written: the words before the mark tried at every place.
_QUOTED_ITEM_PLAIN = re.compile(
    r"(?:(?<=\son\s)|(?<=\sup\s)|(?<=\sabout\s)|(?<=\sover\s)|(?<=\sincluding\s)|"
    r"(?<=\sdiscussed\s)|(?<=,\s)|(?<=\sand\s))"
    r"[“\"]((?:the\s+)?[a-z][a-z’'-]+(?:\s+[a-z][a-z’'-]+){0,3})"
    r"(?:(,)[”\"]|[”\"](?=[,.;]|\s+and\s))"
)
_QUOTED_PIECES = [
    "touched", "on", "up", "about", "over", "including", "discussed", "and", "keep", "the",
    "memory", "file", "shuttle", "diplomacy", "Trade", "“", "”", '"', ",", ".", ";", "x-y",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(glued(_QUOTED_PIECES, GLUE, 14))
def test_quoted_items_led_by_the_mark_are_those_of_the_plain_pattern(text: str) -> None:
    """`_QUOTED_ITEM`, which tries only quotation marks and looks behind them, finds the
    matches and groups of the pattern that tries the words before the mark everywhere."""
    from bot.parser.topics import _QUOTED_ITEM

    assert [(m.span(), m.groups()) for m in _QUOTED_ITEM.finditer(text)] == [
        (m.span(), m.groups()) for m in _QUOTED_ITEM_PLAIN.finditer(text)
    ]


def test_a_home_time_zone_is_looked_for_only_by_its_name() -> None:
    """Capitals with "ST" or "DT" in them ("ASTANA") are no zone; "AEDT" is."""
    assert not figures._has_any("ASTANA, Oct 18 - DTEK said", figures._HOME_ZONE_NAMES)
    assert figures._home_dollar("Monday local time (Tuesday AEDT). $5 million", None) == "AUD"


_HOME_NAME_PIECES = [
    "AEDT", "AEST", "NZT", "NZST", "ASTANA", "Ontario", "Ontarian", "Queensland", "Québec",
    "Quebec", "New", "South", "Wales", "Victoria", "Yukon", "Yukoner", "Tasmania", "the", "(",
    ")", ".", "-", "’s", "$5", "ST", "DT", "Z",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(glued(_HOME_NAME_PIECES, GLUE, 12))
def test_one_scan_for_zones_and_regions_finds_what_the_two_tests_find(text: str) -> None:
    """A body without a home zone's or region's name has no match of the one loose pattern,
    and one with either has a match of it."""
    either = figures._has_any(text, figures._HOME_ZONE_NAMES) or (
        figures._home_regions_loose().search(text) is not None
    )
    assert (figures._home_names_loose().search(text) is not None) == either


@settings(max_examples=400, deadline=None)
@given(glued(_HOME_NAME_PIECES, GLUE, 12))
def test_home_names_looked_for_at_their_first_letters_as_the_search_finds_them(
    text: str,
) -> None:
    """`_names_home` (the loose pattern tried where a name starts) answers as a search."""
    assert figures._names_home(text) == (figures._home_names_loose().search(text) is not None)


_RANGE_PIECES = [
    "March", "Oct.", "Nov", "13", "16", "1st", "2026", "1999", "-", "–", "—", "to", "and",
    "until", "of", "May", "٣", "1,5", "2.5", "on", ".", ",",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(glued(_RANGE_PIECES, GLUE, 8))
def test_date_ranges_and_dashed_dates_need_two_runs_of_digits(text: str) -> None:
    """A text with one run of digits (`_DIGIT_ANCHOR`) or none has no date range and no
    dashed date, so `_blocked_spans` does not look for them there."""
    if len(list(figures._DIGIT_ANCHOR.finditer(text))) < 2:
        assert figures._DATE_RANGE.search(text) is None
        assert figures._DASHED_DATE.search(text) is None


DATE_PIECES = [
    "on", "the", "On", "14th", "3rd", "22nd", "1st", "St", "th", "of", "this", "month", "Friday",
    "Monday", "to", "April", "28", "May", "5", "election", "vote", "country’s", "talks", "met",
    "yesterday", "today", "day", "2026-11-20", "X", "’s", "on the 1st", "on the 22nd",
    "on the 3rd", "on the 14th", "the April 28 vote",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(glued(DATE_PIECES, GLUE, 14), st.sampled_from([dt.date(2026, 11, 25), dt.date(2027, 3, 2)]))
def test_find_date_with_a_sentences_words_gives_what_it_gives_without(
    text: str, published: dt.date
) -> None:
    """find_date's checks of a sentence's words (an ordinal day needs "st", "nd", "rd" or "th"
    among them; a weekday is looked for before an attributive date) change no answer."""
    for sentence in sentences(text):
        assert find_date(sentence.text, published, sentence.words or None) == find_date(
            sentence.text, published
        )


_LIVE_PIECES = [
    "LIVE", "Live", "live", "Live:", "LIVE:", "blog", "coverage", "as", "it", "happened",
    "olive", "give", "Five", "ALIVE", "delivered", "as it happened", "live blog", "live coverage",
    "Lives", "Oliver", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(glued(_LIVE_PIECES, GLUE, 12))
def test_live_blog_marks_are_looked_for_only_where_their_words_are(text: str) -> None:
    """`_live_blog` scans for the words of a live blog's marks before its pattern: the same
    answer as the pattern alone (behind the older "ive" gate)."""
    from bot.parser import _LIVE, _live_blog

    assert _live_blog(text) == ("ive" in text and _LIVE.search(text) is not None)


_DIGIT_PIECES = [
    "1", "22", "3.5", "1,000", ",", ".", " ", "a", "?", "’", "–", "٣", "５", "²", "x", "..",
    "9,", "\u00a0", "é", "Ж", "𝟘", "\n", "ЖЖЖЖЖЖЖЖЖЖЖЖ",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(glued(_DIGIT_PIECES, GLUE, 14))
def test_digit_runs_start_where_the_pattern_finds_them(text: str) -> None:
    """`_digit_runs` (byte searches on an ASCII encoding) gives the starts of the matches of
    `_DIGIT_ANCHOR`, digits of other scripts and "?" included."""
    assert figures._digit_runs(text) == [m.start() for m in figures._DIGIT_ANCHOR.finditer(text)]


def test_a_sentences_figure_words_hold_every_word_find_figures_looks_for() -> None:
    """`find_figures` reads a sentence's words met with `_FIGURE_WORDS`: each set of words it
    or `_blocked_spans` looks for is among them."""
    for looked_for in (
        figures._NUMBER_WORDS,
        figures._FRACTION_WORDS,
        figures._MULTIPLE_WORDS,
        figures._ONE_IN_WORDS,
        figures._LABEL_WORDS,
        figures.MONTH_WORDS,
    ):
        assert looked_for <= figures._FIGURE_WORDS


_BREAK_PIECES = [
    "X said", "later", ".", "!", "?", "”", "’", '"', "“", "Mexico", "\n", " ", "\u00a0", "\t",
    "\u2009", "..", "?!", "a.b", "’s",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_BREAK_PIECES), max_size=14).map("".join))
def test_the_last_sentence_before_a_quotation_is_the_last_piece_of_a_split(text: str) -> None:
    """`quotes._LAST_BREAK` ends where the last piece of the split it stands for starts."""
    from bot.parser.quotes import _LAST_BREAK

    last = _LAST_BREAK.match(text)
    assert (text[last.end() :] if last else text) == re.split(r"[.!?][\"”’]?\s|\n", text)[-1]


_VERB_PIECES = [
    "said", "says", "described", "calling", "dubbing", "Said", "Msaid", "said2", "_said",
    "saidé", "ésaid", "unsaid", "said_", "he", "the", "-", " ", ",", "’", "\n", "٣", "x",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_VERB_PIECES), max_size=12).map("".join))
def test_the_last_whole_word_is_the_last_match_of_its_pattern(text: str) -> None:
    """`last_whole_word` finds what the last match of `\\b(?:words)\\b` finds."""
    from bot.parser.text import last_whole_word

    words = frozenset(["said", "says", "described", "calling", "dubbing"])
    matches = list(re.finditer(rf"\b(?:{'|'.join(sorted(words))})\b", text))
    last = max(matches, key=lambda match: match.start()) if matches else None
    assert last_whole_word(text, words) == ((last.start(), last.group()) if last else None)


def _kind_texts() -> st.SearchStrategy[str]:
    """Texts of the words of one meeting kind's pattern (and some common ones), glued by
    blanks, hyphens or nothing ("video" and "call" give "videocall")."""
    from bot.parser.meetings import _KINDS

    def of_kind(n: int) -> st.SearchStrategy[str]:
        words = set(re.findall(r"[a-z]{2,}", _KINDS[n][3].pattern))
        pieces = [*sorted(words), "co", "the", "a", "of", "and", "with", "by", "x", "é", "’"]
        return glued(pieces, [" ", " ", " ", "", "-", "\n"], 10, min_size=1)

    return st.integers(0, len(_KINDS) - 1).flatmap(of_kind)


# A match of each kind's pattern, in the forms that glue or split its words.
KIND_MATCHES = [
    "spoke by telephone", "held a brief call with", "a videocall", "video-conference",
    "videotalks", "virtual summit", "co-chaired the talks", "cochaired consultations",
    "talks between", "meetings", "co-chaired", "cochaired", "after receiving", "hosts",
    "paid a courtesy call on", "summit with", "retreat with", "held a round-table",
    "hosted a roundtable", "took part in the meeting", "presided over the session",
    "the meeting brought together", "the kenyan side of the joint commission was co-chaired by",
    "session of the joint commission was co-chaired by ",
    "meeting of the council, under the co-chairmanship of ",
    "forum was co-chaired jointly with ", "the forum, alongside ",
    "session was moderated by", "held the 3rd joint committee on fisheries with ",
    "gave a working luncheon", "joint press statements", "a and b discussed",
    "discussed with", "held discussions with", "exchanged views with", "talked to",
    "welcomed the guests at the palace", "was also attended by",
    "presented copies of credentials to", "accepted the letters of credence of",
    "granted an audience to", "had a conversation with", "paid a courtesy call to",
    "was handed over by x to ", "signed for x, and y signed on behalf of",
    "co-hosted the", "cohosted the", "continued their communication",
    "on his official visit", "visited", "the delegations were headed by",
    "led their respective delegations",
]  # fmt: skip


@pytest.mark.parametrize("text", KIND_MATCHES)
def test_every_match_of_a_meetings_kind_holds_one_of_its_words(text: str) -> None:
    from bot.parser.meetings import _KINDS, _kind
    from bot.parser.text import a_to_z_words

    words = frozenset(a_to_z_words(text))
    matched = [whole for _, _, whole, pattern in _KINDS if pattern.search(text)]
    assert matched
    assert all(not whole or not words.isdisjoint(whole) for whole in matched)
    assert _kind(text, words) == _kind(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("a called\non b", "meeting"),
        ("the session of the council was held under the chairpersonship of a and b ", "meeting"),
        ("the uzbek side\nof the joint commission was chaired by", "meeting"),
        ("a held a call\nwith b", "phone call"),
    ],
)
def test_a_meetings_kind_is_found_across_a_line_break_or_a_longer_office_word(
    text: str, kind: str
) -> None:
    """A hard-wrapped paragraph breaks a line between a pattern's words; "chairpersonship" is
    in the pattern though no substring listed it (both were missed without a text's words)."""
    from bot.parser.meetings import _kind
    from bot.parser.text import a_to_z_words

    assert _kind(text) == kind
    assert _kind(text, frozenset(a_to_z_words(text))) == kind


@settings(max_examples=3000, deadline=None)
@given(_kind_texts())
def test_a_meetings_kind_read_with_its_words_is_the_kind_read_without(text: str) -> None:
    """Every match of a kind's pattern holds one of its substrings and one of its words whole
    (a run of a-z), so `_kind` given a text's words finds the kind it finds by substrings."""
    from bot.parser.meetings import _KINDS, _kind
    from bot.parser.text import a_to_z_words

    words = frozenset(a_to_z_words(text))
    for _, needs, whole, pattern in _KINDS:
        if pattern.search(text):
            assert any(need in text for need in needs)
            assert not whole or not words.isdisjoint(whole), pattern.pattern
    assert _kind(text, words) == _kind(text)


def test_a_meetings_kind_read_with_a_sentences_words_is_the_kind_read_without() -> None:
    """The same on every sentence of the seed briefs and tests/data's."""
    from bot.parser.meetings import _kind

    root = Path(__file__).resolve().parents[1]
    for path in sorted(root.glob("seeds/*.txt")) + sorted(root.glob("tests/data/*/*.txt")):
        for sentence in sentences(clean(path.read_text(encoding="utf-8"))):
            assert _kind(sentence.low, sentence.words) == _kind(sentence.low)


def _indefinite_office_plain(text: str, start: int, office: str) -> tuple[str, int] | None:
    found = re.compile(rf"\b[Aa]n? ([A-Z][\w’'-]+) {re.escape(office)}\b(?! [A-Z])").match(
        text, start
    )
    return (found.group(1), found.end()) if found is not None else None


_OFFICES = ["Foreign Secretary", "Minister of Trade", "Prime Minister", "Envoy (acting)", "Amb."]
_PIECES = [
    *["a", "an", "A", "An", "la", "Nordvik", "Nordvik’s", "K-9", "x", " ", "  ", "Zed", "Ab", "1"],
    *[",", ".", "\n", "’", "-"],
    *_OFFICES,
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(_PIECES),
        max_size=20,
    ),
    st.sampled_from(_OFFICES),
)
@example(["la", " ", "Zed", " ", "Prime Minister", "."], "Prime Minister")
@example(["a", " ", "Zed", " ", "Amb.", "x"], "Amb.")
@example(["an", " ", "Zed", " ", "Prime Minister", " ", "Zed"], "Prime Minister")
def test_indefinite_office_answers_as_the_pattern_for_each_office(
    pieces: list[str], office: str
) -> None:
    """The one pattern and the office's own comparison give what a pattern compiled for the
    office gives, at every start (the article, the word, the office's end and what follows)."""
    text = "".join(pieces)
    for start in range(len(text) + 1):
        assert _indefinite_office(text, start, office) == _indefinite_office_plain(
            text, start, office
        ), (text, start)


def test_indefinite_office_reads_an_office_after_a_country_word() -> None:
    text = "the first visit by a Nordic Foreign Secretary to the region; an Aland Prime Minister X"
    at = text.index("a Nordic")
    assert _indefinite_office(text, at, "Foreign Secretary") == (
        "Nordic",
        at + len("a Nordic Foreign Secretary"),
    )
    assert _indefinite_office(text, text.index("an Aland"), "Prime Minister") is None


# s_fig: figures, numbers, dates, ranks.

# The words of the ranks' gate, cut short, run on and written as other words begin, with what
# may follow them.
_RANK_PIECES = [
    *ranks._GATE_WORDS, "General", "Colonel", "Lieutenant", "Major", "Captains", "Ltd", "Ma",
    "C", "Co", "Cd", "Gen.", "Lt.", "of", "the", "Army", "army", "Varga", "Ruritania", "velmora",
    "Ñ", "É", "2", ".", "-", "’", "Commodores",
]  # fmt: skip
# The gate as one pattern, as it was written before it was split by first letter.
_PLAIN_GATE = re.compile(
    "(?:" + "|".join(ranks._GATE_WORDS) + r")\w*\.?[ \t]+(?:of[ \t]+the[ \t]+Army[ \t]+)?[A-Z]"
)


@settings(max_examples=1500, deadline=None)
@given(glued(_RANK_PIECES, GLUE, 14))
@example("Lieut. Col Varga")
@example("Cdre\tAldo, Commander  of the Army X")
@example("a Colonel-General Varga")
def test_the_ranks_gate_split_by_first_letter_starts_where_the_one_pattern_does(
    text: str,
) -> None:
    """The first hit of the gate's patterns, one per first letter, is the first match of the
    gate written as one alternation (-1 when none)."""
    plain = _PLAIN_GATE.search(text)
    assert ranks._gate_start(text) == (plain.start() if plain else -1), text


def test_the_ranks_gate_finds_a_rank_after_other_capitals() -> None:
    text = "Minister Aldo Varga of Ruritania met Sgt Bela Orsi and Lt. Gen. Ivo Dancs in Velmora."
    assert ranks._gate_start(text) == text.index("Sgt")
    assert ranks._gate_start("General Assembly of Ruritania") == 0
    assert ranks._gate_start("Generally speaking, Velmora agreed.") == -1


# --- s_top: topics (the second word a cue's first word needs) ---------------------------------


def _cue_words(low: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", low))


def test_each_word_that_needs_a_second_word_needs_a_first_one() -> None:
    """A second need narrows a first: every word of _CUE_NEEDS_TOO has its first need too."""
    from bot.parser.topics import _CUE_FIRST_WORDS, _CUE_NEEDS_TOO, _PREPOSITION_CUE_NEEDS

    for word in _CUE_NEEDS_TOO:
        assert word in _CUE_FIRST_WORDS
        assert word in _PREPOSITION_CUE_NEEDS


_TOO_PIECES = [
    *["meeting", "meetings", "conversation", "talks", "a", "with", "on", "took", "in", "that"],
    *["which", "also", "the", "minister", "energy", "ports", "monday", "alba", "and", "x"],
    *[" ", "  ", "-", "\n", ",", ", ", ".", ";", ""],
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_TOO_PIECES), max_size=18))
@example(["meeting", " ", "with", " ", "alba", " ", "on", " ", "energy"])
@example(["meetings", "\n", "that", " ", "took", "\n", "in", " ", "ports"])
@example(["conversation", " ", "with", " ", "x", "-", "on", "\n", "on", " ", "ports"])
def test_cue_matches_with_a_second_need_equal_a_scan_of_every_position(
    pieces: list[str],
) -> None:
    """Texts of the words of the cues after "meeting", "meetings" and "conversation", glued by
    blanks, hyphens, line breaks or nothing: the cues found where a first word's needs are
    present are those finditer finds (but "and to <verb>" without a word of a plan)."""
    from bot.parser.topics import _CUE, _PLAN_WORDS, _cue_matches

    low = "".join(pieces)
    words = _cue_words(low)
    expected = [
        (m.start(), m.end())
        for m in _CUE.finditer(low)
        if not low.startswith("and", m.start()) or not _PLAN_WORDS.isdisjoint(words)
    ]
    assert [(m.start(), m.end()) for m in _cue_matches(low, words)] == expected, low


@pytest.mark.parametrize(
    ("low", "cues"),
    [
        ("a meeting with minister varga on energy", ["meeting with minister varga on "]),
        ("a meeting with the minister of alba, and ports", []),
        ("the meetings that also took in fisheries", ["meetings that also took in "]),
        ("a conversation with minister varga about ports", []),
    ],
)
def test_a_meeting_cue_is_found_only_with_its_second_word(low: str, cues: list[str]) -> None:
    """ "meeting with X on Y" needs its "on"; "meetings that took in Y" its "took"."""
    from bot.parser.topics import _cue_matches

    assert [m.group() for m in _cue_matches(low, _cue_words(low))] == cues


# --- u_fig: figures, numbers, dates, ranks, source (speed pass) -------------------------------
# The pieces dates are made of, words that open as a month's name does, and other digits.
_DATE_PIECES = [
    "May", "Mayor", "March", "Marseille", "Sept", "Sept.", "September", "Dec", "Junes", "Oct.",
    "17", "3rd", "2026", "1999", "07", "2026-10-17", "17.10.2026", "4.5", "of", "the", "-", ",",
    ".", "Aldo", "Varga's", "on", "5%", "12:30", "O", "A1", "X2026",
]  # fmt: skip


def _date_spans(match: re.Match[str] | None) -> tuple[object, ...] | None:
    return None if match is None else (match.span(), *match.groups())


@settings(max_examples=200, deadline=None)
@given(glued(_DATE_PIECES, GLUE, 12))
@example("Mayor Varga said on 17 May")
@example("Marseille 2026-10-17")
@example("the 5% of Sept.\n17, 2026")
def test_first_date_is_the_first_match_of_any_date(text: str) -> None:
    """The search started at the first digit or a month's name before it finds the match a
    search from the start finds."""
    assert _date_spans(dates.first_date(text)) == _date_spans(ANY_DATE.search(text))


_DAY_WORDS = ["on", "may", "sept", "december", "friday", "monday", "the", "day", "one", "mon"]


@settings(max_examples=200, deadline=None)
@given(st.frozensets(st.sampled_from(_DAY_WORDS)))
def test_may_state_day_answers_as_its_plain_form(words: frozenset[str]) -> None:
    """A month or weekday, and "on" or a weekday: the weekday tested first changes nothing."""
    months, weekdays = frozenset(dates.MONTHS), frozenset(dates.WEEKDAYS)
    plain = not words.isdisjoint(months | weekdays) and (
        "on" in words or not words.isdisjoint(weekdays)
    )
    assert dates.may_state_day(words) == plain


@settings(max_examples=200, deadline=None)
@given(glued(_DATE_PIECES, GLUE, 14), st.integers(0, 30))
@example("17 May 2026, May 18 and 2026-10-19", 0)
@example("Aldo 5% Sept\n17 X2026 Dec. 3rd", 2)
def test_date_spans_are_the_spans_of_any_date(text: str, pos: int) -> None:
    """Each search started at the next digit or a month's name before it: the spans of a
    scan of every position."""
    assert dates.date_spans(text, pos) == [m.span() for m in ANY_DATE.finditer(text, pos)]


_MEASURE_PIECES = ["the", "value", "of", "trade", "in", "2026", "it", "Ruritania", "THEIR", "–"]


@settings(max_examples=200, deadline=None)
@given(glued(_MEASURE_PIECES, GLUE, 8))
@example("the value of their total")
@example("in 2026 – it")
def test_names_a_thing_reads_the_words_of_the_plain_form(measure: str) -> None:
    """The words read one at a time answer as all of them read at once."""
    plain = any(
        w not in figures._MEASURE_FILLER for w in figures._MEASURE_WORD.findall(measure.lower())
    )
    assert figures._names_a_thing(measure) == plain


_WEEKDAY_PIECES = [
    "Monday", "Tuesday", "Thursdays", "Sunday", "Saturday", "Wednesday", "Friday", "XMonday",
    "_Friday", "3Sunday", "Mon", "first", "second", "seventh", "sixth", "fifth", "third",
    "fourth", "day", "days", "firsts", "the", "é", "’",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_WEEKDAY_PIECES, GLUE, 10))
@example("on Monday and the second day")
@example("XMonday_Friday-Sunday\nthird\tday")
def test_letter_led_day_patterns_match_as_those_led_by_a_boundary(text: str) -> None:
    """WEEKDAY and _ORDINAL_DAY, each name led by its letter with the boundary behind it,
    give the matches of the patterns led by "\\b"."""
    weekday = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
    ordinal = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh)\s+day\b")
    for fast, plain, low in (
        (dates.WEEKDAY, weekday, text),
        (dates._ORDINAL_DAY, ordinal, text.lower()),
    ):
        assert [(m.span(), m.groups()) for m in fast.finditer(low)] == [
            (m.span(), m.groups()) for m in plain.finditer(low)
        ]


def test_names_home_finds_each_zone_and_region_by_its_first_two_letters() -> None:
    """Each home zone's and region's name is found alone in a body of other capitals, the
    letter after its capital tested first; a body of other capitals names none."""
    names = [*figures._HOME_ZONE_NAMES, *figures.home_dollar_regions()]
    assert all(len(name) >= 2 for name in names)
    for name in names:
        assert figures._names_home(f"The Minister, Aldo Varga of Nowhere, met in {name} (x).")
    assert not figures._names_home("The Minister, Aldo Varga of Nowhere, met Queen Tamsin.")


_SOURCE_PIECES = [
    "the", "Ministry", "of", "Velmora", "said", "SAID", "Reported", "has said", "told",
    "reporters", "ſaid", "İnformed", "noted", "adds", "Aldo Varga", "on Monday", "in a statement",
    "citing", "cites", "quoted", "reports,", "adding", "that", ",", ";", ".", "“", "stated",
    "writes",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_SOURCE_PIECES, GLUE, 14))
@example("Trade rose, the Ministry of Velmora said.")
@example("Trade rose, prices fell, said Aldo Varga on Monday.")
@example("Aldo Varga noted, trade rose, the Ministry said in a statement, adding that ſaid.")
@example("Trade rose, the Ministry said, adding that prices fell, and more.")
def test_attributions_searched_from_the_comma_before_the_first_verb(sentence: str) -> None:
    """`_SOURCE_AFTER` and `_SOURCE_BEFORE` searched from the last comma before the first
    report verb's stem find what a search of the whole sentence finds."""
    patterns, verb_start = source._attribution_patterns(sentence)
    for pattern in patterns:
        at = verb_start if pattern in source._VERB_LED else 0
        found, plain = pattern.search(sentence, at), pattern.search(sentence)
        assert (found and (found.span(), found["src"])) == (plain and (plain.span(), plain["src"]))


def test_figure_found_init_takes_the_dataclass_fields_in_order() -> None:
    """FigureFound's written-out __init__ takes each field of the dataclass, in its order,
    with its default, and sets each (told by behaviour: the compiled build's native __init__
    has no signature to read)."""
    fields = dataclasses.fields(figures.FigureFound)

    # A value of each field's own type (the compiled build checks types), distinct where the
    # type allows; the booleans are the opposite of their defaults.
    # (mypyc's dataclass gives an optional field the type `type`: a string fits those.)
    def sample(n: int, kind: str) -> object:
        if "float" in kind:
            return n + 0.5
        if "bool" in kind:
            return True
        return n if "int" in kind else f"v{n}"

    values = [sample(n, str(f.type)) for n, f in enumerate(fields)]
    found = figures.FigureFound(*values)  # type: ignore[arg-type]
    assert [getattr(found, f.name) for f in fields] == values
    by_name = {f.name: value for f, value in zip(fields, values, strict=True)}
    found = figures.FigureFound(**by_name)  # type: ignore[arg-type]
    assert {f.name: getattr(found, f.name) for f in fields} == by_name
    required = [f for f in fields if f.default is dataclasses.MISSING]
    assert fields[: len(required)] == tuple(required)  # defaults only after the required
    found = figures.FigureFound(*values[: len(required)])  # type: ignore[arg-type]
    assert [getattr(found, f.name) for f in fields[len(required) :]] == [
        f.default for f in fields[len(required) :]
    ]


# --- u_people: roles searched only around the sentences that hold a role's head ---------------

from bot.parser.people import _ROLE_HEAD_WORDS, _role_spans  # noqa: E402

# Role words and what glues them, with the marks and breaks that end sentences and
# paragraphs: a role may run from one paragraph into the next ("the\n\nPresident").
_SPAN_PIECES = [
    *PIECES, "Velmora’s", "Aldo's", "envoy", "PM", "Chair", "chairwoman", "Mayor", "KING",
    "great", "new", "Ruritanian", "!", "?", "”", "İstanbul", "Σ", "2", "x",
]  # fmt: skip
_SPAN_GLUE = [*GLUE, ".\n\n", "\n\n", "!\n", "? ", ".” ", "\n \n", "\n\n\n"]


@settings(max_examples=200, deadline=None)
@given(glued(_SPAN_PIECES, _SPAN_GLUE, 18))
@example("the\n\nPresident said.")
@example("Aldo ran the\n\nnew\n\ngreat\n\nRuritanian\n\nPresident.")
@example("Velmora’s\n\nenvoy\n\nleft.\n\nThe PM! the Chair? the KING.")
@example("Aldo met the Vice-\n\nPresident.")
@example("the x\n\n-\n\n-\n\n-\n\n-\n\n-\n\nPresident spoke. The Head\n\nof\n\nState")
def test_role_matches_around_the_sentences_with_a_head_equal_the_role_pattern(text: str) -> None:
    """Searching only the stretches _role_spans gives (from the sentences whose words hold
    a role's head) finds the roles _ROLE.finditer finds in the whole text."""
    spans = _role_spans(sentences(text))
    assert [tuple(r) for r in _role_matches(text, spans)] == _finditer_roles(text)


def test_role_spans_leave_out_the_sentences_with_no_head() -> None:
    """A sentence with no role's head is not searched, unless a paragraph ending with a
    word runs on into one that holds one; a role's head in any case makes its sentence
    searched."""
    text = "Aldo Varga left. " * 5 + "Then the Ruritanian PRESIDENT spoke."
    sents = sentences(text)
    assert _role_spans(sents) == [(sents[5].start, sents[5].end)]
    text = "Aldo left.\n\nMeeting with the\n\nRuritanian\n\nminister"
    sents = sentences(text)
    assert _role_spans(sents) == [(sents[1].start, sents[3].end)]
    assert _role_spans(sentences("Aldo Varga left. Nobody spoke.")) == []
    assert "president" in _ROLE_HEAD_WORDS
    assert "pm" in _ROLE_HEAD_WORDS


def test_lower_case_keeps_the_length_of_every_character_but_the_dotted_capital_i() -> None:
    """Sentence.words are read from its lower case, which lower_same keeps (the gate of
    _role_spans needs them lowered): only "İ" lowers to two characters."""
    assert [c for c in map(chr, range(0x110000)) if len(c.lower()) != 1] == ["İ"]


# --- v_fig: figures, numbers, dates, ranks, meetings, quotes, source (speed pass) ------------


@pytest.mark.parametrize(
    "text",
    [
        "Sgt Aldo met Capt Varga",  # a found letter's hit before a searched one
        "Capt Aldo met Sgt Varga",  # a searched hit bounds the found letters' finds
        "Maj. Mm Major-Ma Maj Varga",  # a found letter many times before its hit
        "Lt\tLieut Lt. Lieut.  Bela and Gen Varga",
        "Adm Aldo, Brig Bela, Gen Gábor, Lt Lili, Maj Mór, Sgt Sára",
        "the Sgt. sgt Brig. Brigade BrigX y Ñ Gen",  # no capital after any of them
    ],
)
def test_the_ranks_gate_tried_where_its_letters_stand_is_the_plain_gate(text: str) -> None:
    """The gates found by their letter with `str.find` and the ones searched for give the
    first match of the gate written as one alternation."""
    plain = _PLAIN_GATE.search(text)
    assert ranks._gate_start(text) == (plain.start() if plain else -1)


def test_the_ranks_gates_are_split_between_search_and_find_with_none_left_out() -> None:
    searched = {gate.pattern for gate in ranks._SEARCHED_GATES}
    found = {gate.pattern for _, gate in ranks._FOUND_GATES}
    assert searched | found == {gate.pattern for gate in ranks._GATES}
    assert not searched & found
    assert all(gate.pattern.startswith(letter) for letter, gate in ranks._FOUND_GATES)


# --- x_fig: figures (speed pass: gates on a window's last word, patterns read backwards) -----
_LENGTH_PIECES = [
    "takes", "take", "Takes", "took", "taking", "lasted", "lasts", "last", "lasting", "time",
    "is", "was", "will be", "would be", "be", "two", "Twenty-one", "14", "to", "TO", "oR", "or",
    "-", "–", "undertake", "Ruritania", "the", ",", ";", "record",
]  # fmt: skip


def _plain_lead(text: str, begin: int) -> int:
    low_bound = figures._RANGE_LOW_BEFORE.search(text, max(0, begin - 20), begin)
    return low_bound.start() if low_bound else begin


def _plain_takes_years(text: str, begin: int) -> bool:
    lead = _plain_lead(text, begin)
    return figures._TAKES_BEFORE.search(text, max(0, lead - 20), lead) is not None


def _plain_told_as_length(text: str, begin: int, kind: str) -> bool:
    lead = _plain_lead(text, begin)
    return bool(
        figures._TAKES_BEFORE.search(text, max(0, lead - 20), lead)
        or (kind != "hour" and figures._LASTED_BEFORE.search(text, max(0, lead - 20), lead))
        or figures._TIME_IS_BEFORE.search(text, max(0, lead - 120), lead)
        or text.endswith(" record ", 0, lead)
    )


@settings(max_examples=200, deadline=None)
@given(glued(_LENGTH_PIECES, GLUE, 12), st.sampled_from(["day", "hour"]))
@example("the trip takes two to ", "day")
@example("it took\n14 -\n", "day")
@example("the travel time will be\n\n", "hour")
@example("the talks lasted 14 oR ", "day")
def test_length_before_a_number_gated_by_its_last_word_is_the_plain_search(
    text: str, kind: str
) -> None:
    """A range's low bound and the verb of a length, searched only where the window's last
    word is one of theirs: what the searches of every window give, at every place."""
    for begin in range(len(text) + 1):
        assert figures._range_lead(text, begin) == _plain_lead(text, begin)
        assert figures._takes_years(text, begin) == _plain_takes_years(text, begin)
        assert figures._told_as_length(text, begin, kind) == _plain_told_as_length(
            text, begin, kind
        )


_TIDY_PIECES = [
    "Ruritania", "exported", "5", "million", "tonnes", "of", "“grain", "and", "processed”",
    "trade", "reached", "$4", "billion", "which", "remains", "low", "envoy", "announced",
    "Velmora’s", "contribution", "of", "12", "percent", "if", "still", "the", "sides", ",",
    "—", "and", "grew", "by", "30%", "to", "60", "schools",
]  # fmt: skip


def _measures(text: str) -> list[tuple[str, str | None]]:
    found = figures.find_figures(Sentence(text, 0, len(text), 0), [])
    return [(f.text, f.measures) for f in found]


@settings(max_examples=100, deadline=None)
@given(glued(_TIDY_PIECES, [" ", " ", ", ", "\n"], 16))
@example("Envoy announced Velmora’s contribution of $4 billion, and 60 “schools and processed")
@example("Trade reached $4 billion, which remains low, and grew by 30% if still")
def test_measures_tidied_once_are_those_tidied_again(text: str) -> None:
    """A measure `measures_of` tidied keeps the tidy form it gave, as tidying it again (what
    `find_figures` does to a measure `measures_of` did not tidy) gives."""
    fast = _measures(text)
    plain_measures_of = figures.measures_of
    with pytest.MonkeyPatch.context() as patch:  # `measures_of` without the memo: all tidied
        patch.setattr(
            figures,
            "measures_of",
            lambda text, figure, word=None, tidied=None: plain_measures_of(text, figure, word),
        )
        assert _measures(text) == fast


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(10**20), 10**20).map(float))
@example(-0.0)
@example(2.5e-7)
@example(1e300)
def test_rounded_is_round_to_six_digits(value: float) -> None:
    """A whole number kept as it is: what `round(value, 6)` gives, to the bit."""
    assert repr(figures._rounded(value)) == repr(round(value, 6))


_CLOSING_PIECES = [
    "exceeded", "EXCEEDS", "exceeding", "surpassed", "topped", "passed", "crossed", "to", "TO",
    "of", "at", "some", "ſome", "about", "around", "target", "goal", "rose", "grew", "increased",
    "reached", "fell", "amounted", "climbed", "jumped", "xto", "bypassed", "trade", "é", "’",
]  # fmt: skip
_CLOSING_GLUE = [" ", "", "\n", "  ", "-", "\t", ".", "_"]


@settings(max_examples=200, deadline=None)
@given(glued(_CLOSING_PIECES, _CLOSING_GLUE, 8))
@example("trade exceeded ")
@example("to ſome\n")
@example("a target of \n")
@example("exports rose to  ")
@example("xto ")
@example("a target of")  # no white space closes it: no match
@example("prices rose to")
def test_reversed_closing_patterns_match_where_the_patterns_close_the_window(window: str) -> None:
    """Each pattern that must close its window matches it where its reverse matches the
    reversed window at its start."""
    backwards = window[::-1]
    for plain, reverse in (
        (figures._OVER_VERB, figures._OVER_VERB_BACKWARDS),
        (figures._TARGET_TO, figures._TARGET_TO_BACKWARDS),
        (figures._TARGET_OF, figures._TARGET_OF_BACKWARDS),
        (figures._LEVEL_VERB_TO, figures._LEVEL_VERB_TO_BACKWARDS),
    ):
        assert (plain.search(window) is None) == (reverse.match(backwards) is None)


def test_reversed_closing_patterns_agree_on_every_two_pieces() -> None:
    """Every two of the pieces (each pattern's words among them), closed by a blank or not:
    the reversed patterns match where the patterns do, with no word of theirs misspelt."""
    pairs = (
        (figures._OVER_VERB, figures._OVER_VERB_BACKWARDS),
        (figures._TARGET_TO, figures._TARGET_TO_BACKWARDS),
        (figures._TARGET_OF, figures._TARGET_OF_BACKWARDS),
        (figures._LEVEL_VERB_TO, figures._LEVEL_VERB_TO_BACKWARDS),
    )
    for plain, reverse in pairs:
        for first, second, end in itertools.product(
            _CLOSING_PIECES, _CLOSING_PIECES, ["", " ", " to ", ".x "]
        ):
            window = f"{first} {second}{end}"
            assert (plain.search(window) is None) == (reverse.match(window[::-1]) is None), window


# --- x_meet: meetings, quotes, dates (speed pass) --------------------------------------------


def _plain_pronoun_subject() -> re.Pattern[str]:
    """_PRONOUN_SUBJECT as written before its letter-led form: one alternation of its forms,
    each led by a boundary and its pronouns, "\\b(?:he|she)" or "\\b(?:his|her)"."""
    from bot.parser.meetings import _AFTER_HE, _AFTER_HIS

    return re.compile(
        "|".join(
            [rf"\b(?:he|she){tail}" for tail in _AFTER_HE]
            + [rf"\b(?:his|her){tail}" for tail in _AFTER_HIS]
        )
    )


_PRONOUN_PIECES = [
    *sorted({*re.findall(r"[a-z]+", _plain_pronoun_subject().pattern)}),
    "he", "she", "his", "her", "the", "ashe", "shed", "x", "é", "’", ",", ".", ";",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_PRONOUN_PIECES, [" ", " ", "", "-", "\n", "  "], 14))
@example("later, she met aldo varga")
@example("he\nwas also received by the minister")
@example("ashe met x; his working meeting with y")
@example("the-he said it at the retreat with his new counterpart")
def test_the_letter_led_pronoun_subject_finds_what_the_boundary_led_one_finds(
    text: str,
) -> None:
    """_PRONOUN_SUBJECT, led by the pronoun's first letter with the boundary checked behind it,
    finds the matches of its branches each led by "\\b" and the pronouns, in every text."""
    from bot.parser.meetings import _PRONOUN_SUBJECT

    plain = _plain_pronoun_subject()
    assert [m.span() for m in _PRONOUN_SUBJECT.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_the_letter_led_pronoun_subject_finds_each_branch() -> None:
    """One text for each branch: the letter-led form finds it where the plain form does."""
    from bot.parser.meetings import _PRONOUN_SUBJECT

    for text in [
        "later, she met aldo varga",
        "he spoke of it while talking to the envoy",
        "he told reporters after holding talks with varga",
        "earlier, he was received by minister varga",
        "she said the deal was reached during the retreat with her counterpart",
        "he was welcomed by varga at the palace, after which the two held talks",
        "she had an audience with king aldo",
        "he and minister aldo varga co-chaired the commission",
        "in his bilateral meeting with varga",
        "her last meeting of the day was with varga",
    ]:
        found = _PRONOUN_SUBJECT.search(text)
        assert found is not None, text
        assert found.span() == _plain_pronoun_subject().search(text).span()
    assert _PRONOUN_SUBJECT.search("ashe met varga; the shed held talks") is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 5), max_size=8))
def test_the_people_of_a_sentences_mentions_are_those_of_the_dict_of_them(
    persons: list[int],
) -> None:
    """_persons_of gives each person once, in the order first mentioned, as
    list(dict.fromkeys(...)) does."""
    from bot.parser.meetings import _persons_of
    from bot.parser.people import Mention

    mentions = [Mention(at * 10, at * 10 + 5, person, "name") for at, person in enumerate(persons)]
    assert _persons_of(mentions) == list(dict.fromkeys(m.person for m in mentions))


def _quote_verb_patterns() -> list[re.Pattern[str]]:
    from bot.parser import quotes

    found = [
        value
        for value in vars(quotes).values()
        if isinstance(value, re.Pattern) and quotes._VERBS in value.pattern
    ]
    assert len(found) >= 10
    return found


_VERB_PIECES = [
    *sorted(_QUOTE_VERBS),
    "he", "she", "they", "the", "also", "Minister", "Head", "of", "Velmora", "SAID", "Says",
    "ſaid", "x", "é", "“", "”", ",", ".", ":", "that",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(glued(_VERB_PIECES, [" ", " ", "", "-", "\n", "\t"], 10))
@example(", he said")
@example(" said the Minister of Velmora.")
@example(" the Head also stated,")
@example("ſays he")
def test_quote_verbs_grouped_by_first_letter_match_as_the_longest_first_list(text: str) -> None:
    """Every pattern of quotes.py made with _VERBS (its verbs grouped by first letter) finds
    at each place what the same pattern with the verbs listed longest first finds."""
    from bot.parser.quotes import _QUOTE_VERBS, _VERBS

    listed = "|".join(sorted(_QUOTE_VERBS, key=len, reverse=True))
    assert listed != _VERBS
    for pattern in _quote_verb_patterns():
        plain = re.compile(pattern.pattern.replace(_VERBS, listed), pattern.flags)
        for pos in range(len(text) + 1):
            fast, slow = pattern.match(text, pos), plain.match(text, pos)
            assert (fast and (fast.span(), fast.groups())) == (
                slow and (slow.span(), slow.groups())
            ), (pattern.pattern[:40], pos)
