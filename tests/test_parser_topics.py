"""Topic scanning: the fast paths of bot/parser/topics.py give what the plain patterns give."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from re import _constants as sre_constants  # the parsed form of a pattern, to read its words
from re import _parser as sre_parser
from typing import Any

import hypothesis
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parser import topics
from bot.parser.text import (
    ABBREVIATIONS,
    LEADING_ARTICLE,
    clean,
    matches_at,
    positions,
    sentences,
    without_article,
)
from bot.parser.topics import (
    _BULLET_AFTER_BREAK,
    _BULLET_LINE,
    _COUNT_OF,
    _COUNT_WORDS,
    _CUE,
    _CUE_FIRST_WORDS,
    _END_CHARS,
    _END_PATTERNS,
    _END_PHRASE,
    _END_PHRASE_WORDS,
    _EVENT_FIRST_WORDS,
    _EVENT_OF,
    _HEAD_WORD,
    _HEADS,
    _LATER_LEADS,
    _LEAD,
    _LEAD_WORDS,
    _PLAN_WORDS,
    _PREPOSITION_CUE_NEEDS,
    _TALKS_ON,
    _TALKS_WORDS,
    _VAGUE_LEAD,
    _VAGUE_LEAD_WORDS,
    _clean,
    _cue_by_word,
    _cue_matches,
    _cue_of,
    _Ends,
    _head_matches,
    _lead_match,
    find_topics,
)

ROOT = Path(__file__).resolve().parents[1]
BRIEFS = sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/data/*/*.txt")])


def _leading_words(items: list[Any]) -> set[str]:
    """The lower-case words a parsed pattern can start with (its first run of letters)."""
    found: set[str] = set()

    def walk(seq: list[Any], sofar: str) -> None:
        if not seq:
            found.add(sofar)
            return
        op, arg = seq[0]
        rest = seq[1:]
        if op is sre_constants.LITERAL and chr(arg).isalpha():
            walk(rest, sofar + chr(arg))
        elif op is sre_constants.BRANCH:
            for alternative in arg[1]:
                walk(list(alternative) + rest, sofar)
        elif op is sre_constants.SUBPATTERN:
            walk(list(arg[3]) + rest, sofar)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, body = arg
            if low == 0:
                walk(rest, sofar)
            if high >= 1:
                walk(list(body) + rest, sofar)
        else:
            found.add(sofar)  # the first word ends here

    walk(items, "")
    return found


def test_every_cue_alternative_starts_with_a_listed_first_word() -> None:
    """_cue_matches tries _CUE only where a word of _CUE_FIRST_WORDS starts: every
    alternative of the pattern must start with one of them (and no listed word is stale)."""
    parsed = list(sre_parser.parse(_CUE.pattern))
    # \b(?=[a-z]) come first, then the alternatives.
    assert [op for op, _ in parsed[:2]] == [sre_constants.AT, sre_constants.ASSERT]
    assert _leading_words(parsed[2:]) == set(_CUE_FIRST_WORDS)


def test_lead_words_are_the_words_the_lead_pattern_starts_with() -> None:
    """_clean tries _LEAD only on an item whose first word is in _LEAD_WORDS: the list must
    hold every word the pattern's alternatives start with, and no other."""
    parsed = list(sre_parser.parse(_LEAD.pattern, _LEAD.flags))
    assert parsed[0][0] is sre_constants.AT  # ^, then the alternatives
    assert _leading_words(parsed[1:]) == set(_LEAD_WORDS)


def test_vague_lead_and_count_words_are_the_words_their_patterns_start_with() -> None:
    """_clean tries _VAGUE_LEAD and _COUNT_OF only on an item opening with one of their
    words: the lists hold every word the patterns can start with."""
    parsed = list(sre_parser.parse(_VAGUE_LEAD.pattern, _VAGUE_LEAD.flags))
    assert parsed[0][0] is sre_constants.AT  # ^, then the alternatives
    assert _leading_words(parsed[1:]) == set(_VAGUE_LEAD_WORDS)
    assert _leading_words(list(sre_parser.parse(_COUNT_OF.pattern))) == set(_COUNT_WORDS)


@pytest.mark.parametrize(
    "item",
    [
        "the implementation of the plan",
        "Progress on the roads",
        "a wide range of issues",
        "The agenda of the next summit",
        "a total of 5 projects",
        "portfolio of 27 projects",
        "half of the trade",
        "12% of exports",
        "March 5 talks",
        "5 May talks",
        "students under a programme",
        "business leaders of the region",
        "heads of regions",
        "the Ālpha port",  # a non-ASCII word is tried
        "Kelvin\u212a range of roads",
    ],
)
def test_clean_with_gated_patterns_equals_clean_with_every_pattern_tried(item: str) -> None:
    """The first-character and first-word gates before _VAGUE_LEAD, LEADING_ARTICLE,
    _AMOUNT_START, _COUNT_OF, _DATE_START and _AFTER_HEAD change no result: _clean with
    every gate open (each pattern tried on every item) gives the same."""
    expected = _clean(item)
    with pytest.MonkeyPatch.context() as patch:
        everything = _Everything()
        for name in ("_VAGUE_LEAD_WORDS", "_AMOUNT_INITIALS", "_COUNT_WORDS", "_MONTH_INITIALS"):
            patch.setattr(topics, name, everything)
        patch.setattr(topics, "_LATER_LEADS", tuple((p, everything) for p, _ in _LATER_LEADS))
        patch.setattr(topics, "_PEOPLE", _AlwaysPeople(topics._PEOPLE))
        assert _clean(item) == expected


class _Everything(frozenset[str]):
    """A set that holds every string: a gate that lets every item through."""

    def __contains__(self, item: object) -> bool:
        return True


class _AlwaysPeople(frozenset[str]):
    """_PEOPLE, with no word set disjoint from it: the head is always split."""

    def isdisjoint(self, other: Any) -> bool:
        return False


def test_event_first_words_are_the_words_the_event_pattern_starts_with() -> None:
    """_clean tries _EVENT_OF only on an item opening with a digit or a word of
    _EVENT_FIRST_WORDS: those are what the pattern's alternatives start with ("" is the
    number's digits)."""
    parsed = list(sre_parser.parse(_EVENT_OF.pattern))
    assert _leading_words(parsed) == {"", *_EVENT_FIRST_WORDS}


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("the 10th meeting of the Joint Commission", None),
        ("the next round of consultations on trade", None),
        ("the general debate of the Assembly", None),
        ("a meeting of minds on trade", "meeting of minds on trade"),
        ("KZT 5 billion investment in farming", "farming"),
        ("$2 million dairy farms", "dairy farms"),
        ("Kazakh grain exports", "Kazakh grain exports"),
    ],
)
def test_clean_drops_events_and_leading_amounts(item: str, expected: str | None) -> None:
    """An event ("the 10th meeting of") is no topic; a leading sum is cut off what it is in."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    "item",
    [
        "the supply of grain",
        "The Supply of grain",
        "a number of issues",
        "A Series of talks",
        "upgrading the roads",
        "upgrading roads",
        "thenew roads",
        "the, roads",
        "particulars of trade",
        "\u017feries of talks",  # a long s: the same as "s" under re.I
        "",
    ],
)
def test_lead_match_equals_the_pattern_match(item: str) -> None:
    """The gated match of a leading word is the one _LEAD.match gives."""
    expected = _LEAD.match(item)
    found = _lead_match(item)
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "text",
    [
        "They discussed trade, including copper, and focused on energy.",
        "The sides agreed to set up more joint ventures and to support exporters of grain.",
        "Cooperation in the fields of health and co-financing the construction of roads.",
        "Interested in know-how in farming, in the expansion of ports and into the creation "
        "of hubs.",
        "A well-explored, non-discussed topic; talks on the sidelines of the forum.",
        "Attention was paid to transit, and special attention to the increase in the number of "
        "flights.",
        "They held a meeting with the minister on regional power, talks on transit and "
        "consultations with an emphasis on co-financing the construction of roads and "
        "investment in farming; a meeting was held.",
        "",
    ],
)
def test_cue_matches_equal_a_scan_of_every_position(text: str) -> None:
    """The cue matches found from the first words are those finditer finds."""
    low = text.lower()
    words = _words(low)
    expected = [(m.start(), m.end()) for m in _CUE.finditer(low)]
    assert [(m.start(), m.end()) for m in _cue_matches(low, words)] == expected


def _words(text: str) -> frozenset[str]:
    return frozenset("".join(c if c.isalpha() else " " for c in text).split())


def test_a_preposition_cue_is_found_with_any_word_of_the_pattern_after_it() -> None:
    """A cue opening with "in", "into", "on" or "to" is tried only when a word it needs is in
    the sentence: with every word of the pattern (and its singular or plural) after the
    preposition, the matches are those finditer finds."""
    vocabulary = set(re.findall(r"[a-z]+", _CUE.pattern))
    vocabulary |= {w + "s" for w in vocabulary} | {w[:-1] for w in vocabulary if w[-1:] == "s"}
    for preposition in _PREPOSITION_CUE_NEEDS:
        for word in sorted(vocabulary):
            for low in (
                f"they spoke {preposition} the {word} of roads",
                f"they spoke {preposition} the {word} roads",
                f"they spoke {preposition} {word} roads",
            ):
                expected = [(m.start(), m.end()) for m in _CUE.finditer(low)]
                found = _cue_matches(low, _words(low))
                assert [(m.start(), m.end()) for m in found] == expected, low


def _same_match(one: re.Match[str] | None, other: re.Match[str] | None) -> bool:
    """Whether two matches (or none) have the same span and the same groups."""
    if one is None or other is None:
        return one is other
    return one.span() == other.span() and all(
        one.span(name) == other.span(name) for name in one.re.groupindex
    )


def test_the_cue_of_each_first_word_matches_as_the_whole_cue_after_it() -> None:
    """_cue_of(x) matches where _CUE does, with the same groups, at each first word x
    before each word the pattern names (after a blank, a hyphen or a line break), and it has
    _CUE's groups; a first word with no pattern has no match of _CUE."""
    patterns = _cue_by_word()
    assert set(patterns) <= _CUE_FIRST_WORDS
    for pattern in patterns.values():
        assert pattern.groupindex.keys() == _CUE.groupindex.keys()
    vocabulary = sorted(set(re.findall(r"[a-z]+", _CUE.pattern)))
    for first in sorted(_CUE_FIRST_WORDS):
        for word in vocabulary:
            for low in (
                f"{first} {word} the roads",
                f"{first}-{word} roads and ports",
                f"{first}\n{word} in energy",
            ):
                cue = _cue_of(first)
                found = cue.match(low) if cue is not None else None
                assert _same_match(found, _CUE.match(low)), low


# The look-ahead of "talks with X on Y" in _CUE, and _CUE without it.
_WITH_ON_AHEAD = r"(?=[^,;]*o(?<=\so)n\s|[^,;]*,\s+(?:[a-z]+\s+){0,2}and\s)"
_CUE_UNGATED = re.compile(_CUE.pattern.replace(_WITH_ON_AHEAD, "", 1))


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "talks with ",
                "a meeting ",
                "meetings ",
                "with ",
                "the minister",
                " on ",
                "on",
                " on\n",
                "\ton\t",
                " one ",
                "energy ",
                "ports",
                ", ",
                ", and ",
                " and ",
                "; ",
                ". ",
                ".",
                "dr. ",
                "monday",
                " the sidelines",
                "in alba ",
                "x",
                # the comma of "with A, B and C on Y" and what may stand around its "and"
                ",",
                "and",
                "and ",
                " ",
                "\n",
                "-",
                "o",
                "n",
                "ports and ",
                ", ports ",
                ", minister of ports ",
            ]
        ),
        max_size=16,
    )
)
@hypothesis.example(
    ["talks with ", "the minister", ", ports ", "and ", "energy ", "on", " ", "ports"]
)
@hypothesis.example(["talks with ", "the minister", ",", "\n", "and", "\n", "x", " on ", "ports"])
@hypothesis.example(["talks with ", "o", "n", " ", "ports", " on ", "ports"])
@hypothesis.example(
    ["talks with ", "the minister", ", ports ", "energy ", "and ", "x", " on ", "ports"]
)
@hypothesis.example(["talks with ", "the minister", "\n", "on", " ", "ports"])
def test_the_talks_with_cue_looks_ahead_for_its_on_without_changing_a_match(
    parts: list[str],
) -> None:
    """ "talks with X on Y" first looks for a blank, "on" and a blank with neither comma nor
    semicolon before them, or for a comma then "and" within two words with no semicolon
    before them: _CUE matches where it matches without that look-ahead, with the same
    groups."""
    assert _WITH_ON_AHEAD in _CUE.pattern
    low = "".join(parts)
    for at in range(len(low)):
        assert _same_match(_CUE.match(low, at), _CUE_UNGATED.match(low, at)), low[at:]


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_the_cue_of_each_first_word_matches_as_the_whole_cue_in_each_brief(path: Path) -> None:
    """At each first word of a cue, whole, in every sentence of the briefs we have, the cue
    of that word gives the match _CUE gives."""
    for sentence in sentences(clean(path.read_text(encoding="utf-8"))):
        low = sentence.low
        for word in re.finditer(r"[^\W\d_]+", low):
            if word[0] in _CUE_FIRST_WORDS:
                cue = _cue_of(word[0])
                found = cue.match(low, word.start()) if cue is not None else None
                assert _same_match(found, _CUE.match(low, word.start())), low[word.start() :]


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_cue_and_head_matches_equal_a_scan_of_every_position_in_each_brief(path: Path) -> None:
    """On every sentence of the briefs we have, the cue and project-head matches are those
    finditer finds (a cue "and to <verb>" only in a sentence with a plan word)."""
    for sentence in sentences(clean(path.read_text(encoding="utf-8"))):
        expected = [
            (m.start(), m.end())
            for m in _CUE.finditer(sentence.low)
            if not sentence.low.startswith("and", m.start())
            or not _PLAN_WORDS.isdisjoint(sentence.words)
        ]
        found = _cue_matches(sentence.low, sentence.words)
        assert [(m.start(), m.end()) for m in found] == expected
        expected = [(m.start(), m.end()) for m in _HEAD_WORD.finditer(sentence.text)]
        found = _head_matches(sentence.text, sentence.low, sentence.words)
        assert [(m.start(), m.end()) for m in found] == expected


@pytest.mark.parametrize("head", _HEADS)
def test_head_matches_find_each_head_where_finditer_does(head: str) -> None:
    """Each project head is found as finditer finds it: after a space or a bracket, at the
    start, not inside a longer word, and in a text that lower-casing would lengthen."""
    for text in (
        f"The Big {head} and ({head}) {head}s x{head} {head}",
        f"{head} of the Sun",
        f"İstanbul {head} plans",
    ):
        low = text.lower() if len(text.lower()) == len(text) else text
        expected = [(m.start(), m.end()) for m in _HEAD_WORD.finditer(text)]
        found = _head_matches(text, low, _words(low))
        assert [(m.start(), m.end()) for m in found] == expected, text


@pytest.mark.parametrize(
    "item",
    [
        "at foreign universities",  # a place of study, opened by a preposition
        "than 120 projects",  # the rest of "more than 120 projects"
        "about 4",
        "total cost of which",  # a relative clause
        "which foreign investors",
        "topical issues of bilateral",  # its head noun cut off
        "prospects of trilateral",
        "trilateral",
        "cooperation within",
        "welcomed the initiative",  # a reporting verb and its object
        "to be held in Tashkent in November",  # an infinitive clause
        "meeting",  # the event itself
        "particular",  # the rest of "in particular"
        "addition",  # the rest of "in addition to"
        "for three decades",  # how long ("talked about for three decades"), not what
        "over the past two years",
    ],
)
def test_clause_fragments_are_not_topics(item: str) -> None:
    assert _clean(item) is None


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("stopped", None),
        ("published", None),
        ("seabed", "seabed"),
        ("watershed", "watershed"),
        ("infrared", "infrared"),
    ],
)
def test_a_lone_participle_goes_and_a_noun_ending_in_ed_stays(
    item: str, expected: str | None
) -> None:
    """A lone lower-case past participle ("stopped") names no subject; a noun that only ends
    like one ("seabed", "watershed", "infrared") does."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("• water purification", "water purification"),
        ("bilateral cooperation", "bilateral cooperation"),
        ("a port with a capacity of 200 tonnes", "port with a capacity of 200 tonnes"),
    ],
)
def test_topics_lose_list_bullets_and_keep_their_modifiers(item: str, expected: str) -> None:
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's sovereign fund may invest in Peru's copper industry, part of a package"
            " discussed when the two countries' presidents met in Lima.",
            [],
        ),
        ("About 70% of Chile's exports go to its eastern neighbour.", []),
        (
            "Peru and Bolivia want to build a cross-border power line and a gas pipeline.",
            ["cross-border power line", "gas pipeline"],
        ),
        (
            "The ministers discussed the visa quota for Nepali workers. Qatar also agreed to"
            " raise Nepal's visa quota to 9,000 next year.",
            ["visa quota for Nepali workers"],
        ),
    ],
)
def test_clauses_neighbours_wanted_plans_and_repeated_heads(
    text: str, expected: list[str]
) -> None:
    """A "when" clause after "discussed" is no subject; a neighbour is who, not what; "A and
    B want to build X" is a plan; a head told before with its qualifier ("the quota for X
    workers") is not a new item when told again alone."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor discussed with Jan Kowal the organisation of a trade fair.",
            ["organisation of a trade fair"],
        ),
        (
            "The governor discussed with his counterpart the opening of a ferry line.",
            ["opening of a ferry line"],
        ),
        (
            "The sides agreed on the following:\n1. to build a dairy plant in the Naryn region;"
            "\n2. to establish a joint laboratory for seed testing;\n3. to hold the next"
            " session in Riga.",
            ["dairy plant", "joint laboratory for seed testing"],
        ),
    ],
)
def test_with_whom_and_numbered_plans_before_their_subjects(
    text: str, expected: list[str]
) -> None:
    """ "discussed with A B (or with his counterpart) the X": with whom, then what; a numbered
    line "to establish a Y" after "agreed on the following:" names Y (the next session, an
    event, names nothing)."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The new investment will focus on the Adriatic coast.",
        "The leaders pledged to defend the pact, days before formal talks on its future begin"
        " in Geneva.",
    ],
)
def test_a_named_coast_and_a_clause_ending_in_begin_are_no_topics(text: str) -> None:
    """ "focus on the Adriatic coast": where, not what; "talks on its future begin in X": the
    subject's clause runs on to its verb, no item."""
    assert _topics(text) == []


def test_projects_to_modernize_name_what_they_modernize() -> None:
    text = (
        "The president invited companies to take part in projects to modernize the railway "
        "infrastructure and the mining industry."
    )
    assert find_topics(sentences(text), text, [], []) == [
        "railway infrastructure",
        "mining industry",
    ]


def _topics(text: str) -> list[str]:
    """The topics of `text` in a brief that names people."""
    return find_topics(sentences(text), text, [], ["Anna Berg"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Matters of water use were discussed as well.", ["water use"]),
        (
            "Issues of border security, including the situation in Velmora, were discussed "
            "as well.",
            ["border security", "situation in Velmora"],
        ),
    ],
)
def test_an_adverb_after_discussed_is_no_topic(text: str, expected: list[str]) -> None:
    """ "X were discussed as well": how X was discussed, not a subject of its own."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two ministers will take part in the opening of the new Velmora bridge.", []),
        ("The envoy took part in the launch ceremony of a fruit plant.", []),
        (
            "Minister Aldo Varga, who took part in the videoconference, said trade had grown.",
            [],
        ),
        # work one takes part in stays a subject
        (
            "Ruritanian firms will take part in the reconstruction of the Velmora port.",
            ["reconstruction of the Velmora port"],
        ),
    ],
)
def test_an_opening_taken_part_in_is_an_event_not_a_topic(text: str, expected: list[str]) -> None:
    """ "take part in the opening of X": an event attended, not a subject of the talks."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said the sides should widen cooperation in fishing, textiles and "
            "tourism, and make full use of the joint council.",
            ["fishing", "textiles", "tourism"],
        ),
        (
            "The envoy stressed the importance of expanding cooperation in shipping, banking "
            "and food safety, in a manner that benefits both peoples.",
            ["shipping", "banking", "food safety"],
        ),
        (
            "Dutch firms are ready to share their experience in dairy farming, forestry and "
            "flood control, the ambassador told a local newspaper in an interview.",
            ["dairy farming", "forestry", "flood control"],
        ),
    ],
)
def test_a_clause_after_a_list_leaves_its_last_and_to_split(
    text: str, expected: list[str]
) -> None:
    """A verb after ", and" or a clause after the last comma is no item: the item before it
    is the last of the list and splits at "and"."""
    assert _topics(text) == expected


def test_a_verb_after_and_ends_the_enumeration() -> None:
    text = "They discussed issues concerning port security and keep enriching their ties."
    assert _topics(text) == ["port security"]


def test_modifiers_of_one_relation_noun_stay_one_topic() -> None:
    text = "The ministers adopted a plan and discussed trade, economic and cultural cooperation."
    assert _topics(text) == ["trade, economic and cultural cooperation"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides touched upon the construction of a marine biology and ecology center.",
            ["construction of a marine biology and ecology center"],
        ),
        (
            "The company plans to build a cotton storage and processing hub.",
            ["cotton storage and processing hub"],
        ),
        (
            "They discussed the balancing of water and energy resources.",
            ["balancing of water and energy resources"],
        ),
    ],
)
def test_two_modifiers_of_one_facility_noun_stay_one_topic(text: str, expected: list[str]) -> None:
    assert _topics(text) == expected


def test_a_clause_after_which_runs_past_the_comma_of_a_number() -> None:
    text = "They agreed to increase the number of ferry crossings, which exceeded 12,000 in May."
    assert _topics(text) == ["ferry crossings"]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("agreements on fisheries", "fisheries"),
        (
            "a road map for the development of trade and economic cooperation for 2030-2032",
            "trade and economic cooperation",
        ),
        ("memorandum of understanding on cooperation in the field of forestry", "forestry"),
        ("memorandum of cooperation in the sphere of sport between the two ministries", "sport"),
        ("plan of joint events for 2031-2032", None),
        ("Joint Statement", None),
        ("memorandum", None),
        ("agreements reached at the summit", "agreements reached at the summit"),
    ],
)
def test_a_document_gives_what_it_is_on(item: str, expected: str | None) -> None:
    """A document's name is no topic; what the document is on is."""
    assert _clean(item) == expected


def test_each_bulleted_document_gives_what_it_is_on() -> None:
    text = (
        "The following documents were signed:\n"
        "• Agreement between the Government of the Kingdom of Norway and the Government of "
        "the Republic of Chile on maritime search and rescue;\n"
        "• Memorandum of understanding on cooperation in the field of fisheries between the "
        "Ministry of Fisheries of Norway and the Ministry of Economy, Trade and Tourism of "
        "Chile;\n"
        "• Memorandum of understanding between the Norwegian Export Agency and the Chilean "
        "Chamber of Commerce."
    )
    assert _topics(text) == ["maritime search and rescue", "fisheries"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Firms will run projects in furniture, ceramics and the making of glass and paper in "
            "the Alpha, Beta and Gamma regions, as well as in the Delta region.",
            ["furniture", "ceramics", "making of glass", "paper"],
        ),
        (
            "The grant covers trade fairs in Cairo, Lima and Oslo and training.",
            ["trade fairs", "training"],
        ),
        (
            "The talks covered the situation in Afghanistan and fisheries.",
            ["situation in Afghanistan", "fisheries"],
        ),
    ],
)
def test_places_of_a_list_split_nothing(text: str, expected: list[str]) -> None:
    """Several places after "in" (or one after "as well as in") are where, not what: they
    are left out and split no list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("900 km of power lines", "power lines"),
        ("$40 million investment in a cement plant", "cement plant"),
        ("EUR12 million loan for port dredging", "loan for port dredging"),
    ],
)
def test_an_amount_leading_a_topic_is_left_out(item: str, expected: str) -> None:
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile is willing to deepen cooperation with Norway in aquaculture, wind power and "
            "student exchanges.",
            ["aquaculture", "wind power", "student exchanges"],
        ),
        (
            "He wants to develop partnership with Peru in mining and tourism.",
            ["mining", "tourism"],
        ),
        (
            "They wish to widen cooperation with the private sector in the region.",
            [],
        ),
        (
            "The session closed with four memoranda of understanding on seed breeding, customs "
            "and sport.",
            ["seed breeding", "customs", "sport"],
        ),
        (
            "The leaders signed a roadmap for the development of trade, economic and cultural "
            "cooperation for 2031-2035.",
            ["trade, economic and cultural cooperation"],
        ),
        (
            "Peru welcomes Norwegian investment in the processing of fish and in the production "
            "of fertilizers.",
            ["processing of fish", "production of fertilizers"],
        ),
        (
            "The two countries will carry out joint projects worth EUR 80 million (about $90 "
            "million) in dairy farming and food processing.",
            ["dairy farming", "food processing"],
        ),
        (
            "They agreed to raise the quota, to launch direct flights between Lima and Oslo and "
            "to meet again.",
            ["direct flights between Lima and Oslo"],
        ),
        (
            "The ministers agreed to bring non-oil trade to $2 billion by 2035.",
            ["non-oil trade"],
        ),
        (
            "A $90 million loan for the modernisation of the port of Callao was signed.",
            ["modernisation of the port of Callao"],
        ),
    ],
)
def test_cues_of_areas_partners_documents_and_targets(text: str, expected: list[str]) -> None:
    """'cooperation with <name> in', 'memoranda of understanding on', 'a roadmap for the
    development of', 'investment in', 'projects worth ... in', 'to launch', 'bring X to
    <amount>' and 'a loan for' each open a list of topics."""
    assert _topics(text) == expected


def test_investment_in_a_statistic_ends_at_its_verb() -> None:
    """The subject of a figure ends at its verb ("X reached 1.3 trillion")."""
    text = "Investment in fixed assets reached 4.2 trillion pesos in the third quarter."
    assert _topics(text) == ["fixed assets"]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("new era", None),
        ("first stage of construction", None),
        ("second phase of the Orion solar project", "Orion solar project"),
        ("raising its capacity", None),
        ("financing of its construction", "financing of its construction"),
    ],
)
def test_steps_eras_and_clauses_about_something_else_are_no_topics(
    item: str, expected: str | None
) -> None:
    assert _clean(item) == expected


def test_dash_bulleted_documents_give_what_they_are_on() -> None:
    text = (
        "The following documents were exchanged:\n\n"
        "- Agreement between the Government of Chile and the Government of Peru on the "
        "avoidance of double taxation;\n"
        "- Agreement between Andes Rail and Pacific Ports on the construction of a dry port "
        "in Marivale with a capacity of 3 million tonnes a year;\n"
        "- Memorandum on cooperation in the field of seismology."
    )
    assert _topics(text) == [
        "avoidance of double taxation",
        "construction of a dry port in Marivale",
        "seismology",
    ]


def test_a_list_for_each_sum_of_a_package() -> None:
    """ "$5 million will go to A and B, $3 million to C and $1 million to D": each sum opens
    its own list."""
    text = (
        "Of the total, $5 million will go to irrigation and flood defences, $3 million to "
        "school meals and $1 million to seed banks."
    )
    assert _topics(text) == ["irrigation", "flood defences", "school meals", "seed banks"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegates discussed ways to widen cooperation in fintech, ports and grid "
            "storage, and adopted a joint communique.",
            ["fintech", "ports", "grid storage"],
        ),
        (
            "The ministers reviewed the whole range of bilateral relations.",
            ["bilateral relations"],
        ),
        (
            "They will review preparations for the 4th session of the Joint Committee on "
            "Trade, Economic and Technical Cooperation.",
            [],
        ),
    ],
)
def test_clauses_ranges_and_sessions_of_named_bodies_are_no_topics(
    text: str, expected: list[str]
) -> None:
    """A verb after ", and" ends a list; "the whole range of" leads nothing; a session of a
    body whose name holds its own list ("Committee on Trade, Economic and ...") is an event,
    and the name's list is no list of topics."""
    assert _topics(text) == expected


def test_a_quoted_name_before_its_head_noun_stays_in_the_list() -> None:
    text = (
        'They discussed the situation in Sudan, cooperation in the "Nordic – Andean" format '
        "and fisheries."
    )
    assert _topics(text) == ["situation in Sudan", "Nordic–Andean format", "fisheries"]


_VOCABULARY = [
    "the",
    "a",
    "and",
    "in",
    "on",
    "of",
    ",",
    ";",
    ".",
    "discussed",
    "cooperation",
    "energy",
    "gas",
    "hub",
    "sector",
    "sectors",
    "Lima",
    "Oslo",
    "regions",
    "“Nordic",
    "–",
    "Andean”",
    "format",
    "$5",
    "million",
    "to",
    "including",
    "between",
    "first",
    "stage",
    "its",
    "raising",
    "memorandum",
    "agreement",
    "•",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=25))
def test_find_topics_takes_any_text_of_list_words(words: list[str]) -> None:
    """Any run of the words the list rules read gives topics without raising, each a
    non-empty phrase."""
    text = " ".join(words)
    assert all(topic.strip() for topic in _topics(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firms agreed to collaborate on satellite imaging.", ["satellite imaging"]),
        ("The agenda included fisheries, water and timber.", ["fisheries", "water", "timber"]),
        ("They held discussions on tariff reform.", ["tariff reform"]),
        ("The fund is ready to invest in wind power and ports.", ["wind power", "ports"]),
        ("The fund is ready to invest in its own parks.", []),
        ("Two joint ventures in leather processing were opened.", ["leather processing"]),
    ],
)
def test_more_cues_of_lists(text: str, expected: list[str]) -> None:
    """'collaborate on', 'the agenda included', 'discussions on', 'invest in' (not before a
    possessive) and 'ventures in' open lists of topics."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    "item",
    ["the Andean Development Bank", "Nordic Investment Fund", "Chamber of Commerce and Industry"],
)
def test_an_organisation_is_no_topic(item: str) -> None:
    assert _clean(item) is None


def test_a_business_council_and_a_fund_s_purpose_stay_topics() -> None:
    assert _clean("Chilean-Peruvian Business Council") == "Chilean-Peruvian Business Council"
    assert _clean("fund for clean water") == "fund for clean water"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peruvian firms run 12 projects in Chile, mainly in copper smelting and forestry.",
            ["copper smelting", "forestry"],
        ),
        ("They invested $5 million, mainly in the region.", []),
        ("Exports grew, especially in Lima.", []),
    ],
)
def test_mainly_in_opens_a_list_of_fields_not_of_places(text: str, expected: list[str]) -> None:
    assert _topics(text) == expected


def test_a_quotation_names_topics_after_cooperation_in() -> None:
    """Inside a quotation, 'cooperation in' and 'in the fields of' name topics as 'cover'
    does."""
    text = "“We will widen cooperation in fisheries and seismology,” the minister said."
    sents = sentences(text)
    assert find_topics(sents, text, [(0, text.index("”") + 1)], ["Anna Berg"]) == [
        "fisheries",
        "seismology",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We see great potential in olives and wine,” she said.", ["olives", "wine"]),
        ("“We must use its potential in full,” she said.", []),
    ],
)
def test_potential_in_names_fields_inside_a_quotation(text: str, expected: list[str]) -> None:
    quote = (0, text.index("”") + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


def test_a_long_item_loses_its_capacity_and_region() -> None:
    text = (
        "Firms are considering investing in the construction of a wind farm in the Atacama "
        "region with a capacity of 300 MW."
    )
    assert _topics(text) == ["construction of a wind farm"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bank will fund the building of schools in rural areas and water supply.",
            ["building of schools", "water supply"],
        ),
        ("They agreed to keep peace in the border areas.", []),
        (
            "The talks focused on the implementation of joint projects in the areas of water "
            "and health.",
            ["water", "health"],
        ),
    ],
)
def test_places_and_holders_of_a_list_are_no_topics(text: str, expected: list[str]) -> None:
    """'in rural areas', 'the border areas' are where; 'joint projects in the areas of X'
    hold the topics the next cue names."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They will hold a session of the commission on trade and economic cooperation in "
            "Oslo in May.",
            [],
        ),
        (
            "He proposed establishing a joint fund with a capital of $90 million to finance "
            "projects in fishing and forestry.",
            ["joint fund with a capital of $90 million", "fishing", "forestry"],
        ),
    ],
)
def test_a_place_after_in_and_a_sum_before_to_open_no_list(text: str, expected: list[str]) -> None:
    """'cooperation in Oslo' says where; '$90 million to finance' is a purpose, not the
    sums of a package."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("particularly the economy", "economy"),
        ("in particular fisheries", "fisheries"),
        ("a number of cross-border issues", "cross-border issues"),
        ("a variety of health programmes", "health programmes"),
    ],
)
def test_a_focusing_or_counting_lead_is_left_out(item: str, expected: str) -> None:
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They agreed to boost cooperation in such areas as fisheries, health care and film.",
            ["fisheries", "health care", "film"],
        ),
        (
            "They agreed to push for an early end of negotiations on a free trade agreement.",
            ["free trade agreement"],
        ),
    ],
)
def test_such_areas_as_and_negotiations_on_open_lists(text: str, expected: list[str]) -> None:
    assert _topics(text) == expected


def test_a_modifier_cut_off_by_the_next_cue_is_no_topic() -> None:
    """ "prospects of bilateral cooperation in X", "the implementation of joint projects in
    Y": the cue takes the head noun; the modifier left before it is no topic."""
    text = (
        "They discussed the current state and prospects of bilateral cooperation in shipping. "
        "Special attention was paid to the implementation of joint projects in forestry."
    )
    assert _topics(text) == ["shipping", "forestry"]


def test_two_modifiers_of_services_stay_one_topic() -> None:
    text = "Firms will take part in the modernization of postal and courier services."
    assert _topics(text) == ["modernization of postal and courier services"]


@pytest.mark.parametrize(
    "item",
    [
        "ceremony marking the 20th anniversary of diplomatic relations",
        "Director of the Asia Department Lena Holm",
        "Head of the Trade Office Omar Diaz",
    ],
)
def test_a_ceremony_or_a_person_with_an_office_is_no_topic(item: str) -> None:
    assert _clean(item) is None


def test_an_office_word_inside_a_topic_keeps_it() -> None:
    assert _clean("head office of the bank in Oslo") == "head office of the bank"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said that nine ferry terminals would be modernized by 2030.", ["ferry terminals"]),
        ("A desalination plant will be built in Aqaba.", ["desalination plant"]),
        ("The plant worth $300 million will be commissioned this year.", []),
        ("He said it will be opened soon and the plant will be built.", []),
    ],
)
def test_what_is_to_be_built_is_a_topic(text: str, expected: list[str]) -> None:
    """The noun phrase before 'would/will be built/modernized/...' (two words at least, no
    amount) names a project."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers signed five cooperation documents in fisheries, tourism and health.",
            ["fisheries", "tourism", "health"],
        ),
        ("The sides reached agreements in principle on all points.", []),
        ("The agreements in force were reviewed by the commission.", []),
    ],
)
def test_the_fields_of_signed_documents_are_topics(text: str, expected: list[str]) -> None:
    """'documents/agreements in X, Y and Z' lists the fields the documents are in; 'in
    principle', 'in force' are no fields."""
    assert _topics(text) == expected


@pytest.mark.parametrize("item", ["up 12 percent year on year", "down by 4% on last year"])
def test_a_change_of_a_figure_is_no_topic(item: str) -> None:
    assert _clean(item) is None


def test_a_topic_starting_with_up_but_no_figure_stays() -> None:
    assert _clean("upgrade of rail links") == "upgrade of rail links"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides reviewed a loan scheme under which farmers repay in ten years.",
            ["loan scheme"],
        ),
        ("They discussed a mechanism whereby exporters get refunds faster.", ["mechanism"]),
        ("They discussed areas in which the two countries could work together.", []),
    ],
)
def test_a_relative_clause_after_which_ends_the_topic(text: str, expected: list[str]) -> None:
    """'under which', 'by which', 'through which', 'whereby' open a clause about the item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway and Chile discussed on Wednesday the export of salmon to Asia.",
            ["export of salmon to Asia"],
        ),
        ("Norway and Chile discussed today trade in services.", ["trade in services"]),
    ],
)
def test_a_weekday_between_the_cue_and_the_topic_is_dropped(
    text: str, expected: list[str]
) -> None:
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("ways to increase exports of fish", "exports of fish"),
        ("measures to boost the output of copper", "output of copper"),
        ("ways to further develop river shipping", "river shipping"),
        ("steps to simplify visas", "steps to simplify visas"),
    ],
)
def test_ways_to_grow_something_name_what_is_to_grow(item: str, expected: str) -> None:
    assert _clean(item) == expected


def test_the_route_after_along_the_is_not_part_of_the_topic() -> None:
    """'transit of goods along the eastern branch of X': the subject ends before the route."""
    text = "Anna Berg discussed ways to increase shipments of grain along the northern route."
    assert _topics(text) == ["shipments of grain"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said the sides also agreed on a common tariff for ferry cargo.",
            ["common tariff for ferry cargo"],
        ),
        ("The sides agreed on the need to act.", []),
    ],
)
def test_what_the_sides_agreed_on_is_a_topic(text: str, expected: list[str]) -> None:
    """'agreed on a/an X' names X; 'agreed on the need' is no subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the talks, Anna Berg said the fund financed projects worth about $95 million.",
            [],
        ),
        ("After the talks, Anna Berg said the bank had lent about NOK 40 million.", []),
        ("After the talks, Anna Berg spoke about the fish trade.", ["fish trade"]),
    ],
)
def test_about_before_an_amount_is_no_subject_of_talks(text: str, expected: list[str]) -> None:
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers exchanged views on fisheries and confirmed close ties toward a summit.",
            ["fisheries"],
        ),
        ("The two ministers discussed tourism and held a joint press conference.", ["tourism"]),
    ],
)
def test_and_with_a_past_verb_opens_a_new_clause(text: str, expected: list[str]) -> None:
    """' and confirmed', ' and held': a new clause, not the next item of the list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Authority for the Nile Canal Free Zone (NCFZ) signed a contract to build a mill.",
            [],
        ),
        ("The Fund for the Blue Corridor, Anna Berg said, will open an office.", []),
        ("The Authority for the Nile Canal Free Zone signed a contract to build a mill.", []),
        ("The Bank for Development will fund the Blue Corridor project.", ["Blue Corridor"]),
    ],
)
def test_a_name_inside_an_organisations_name_is_no_topic(text: str, expected: list[str]) -> None:
    """'Authority/Fund/Bank for (the) X Canal ...' names the organisation, not a project."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg and the visiting minister discussed:\n\n"
            "- food safety and the reform of customs rules;\n"
            "- maritime transport, including the new ferry line;\n"
            "- and vaccine research.",
            [
                "food safety",
                "reform of customs rules",
                "maritime transport",
                "ferry line",
                "vaccine research",
            ],
        ),
        (
            "The two sides agreed to cooperate in the following areas:\n"
            "• water management;\n"
            "• tourism and hotels",
            ["water management", "tourism and hotels"],
        ),
        (
            "Anna Berg and her guests visited:\n\n- the old harbour;\n- the fish market.",
            [],
        ),
        (
            "Key topics of the talks with Anna Berg included:\n- salmon farming;\n- ferry links.",
            ["salmon farming", "ferry links"],
        ),
        (
            "The ministers discussed:\n- openings for firms in Chile's fishing and forestry "
            "sectors.",
            ["openings for firms", "fishing", "forestry"],
        ),
    ],
)
def test_bulleted_lines_under_a_cue_and_a_colon_list_topics(
    text: str, expected: list[str]
) -> None:
    """Under "discussed:" (a cue and a colon) each bulleted line is an enumeration of
    topics; under a line that is no cue they are not."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg agreed to step up cooperation in wind power and desalination, as both "
            "countries face droughts.",
            ["wind power", "desalination"],
        ),
        (
            "Anna Berg agreed to step up cooperation in wind power, as well as tourism.",
            ["wind power", "tourism"],
        ),
    ],
)
def test_a_clause_after_comma_as_ends_the_list(text: str, expected: list[str]) -> None:
    """', as both countries ...' is a clause, not an item; ', as well as' goes on."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed regional and global developments.",
            ["regional and global developments"],
        ),
        (
            "The ministers discussed Norway's nuclear and missile research and the fish trade.",
            ["nuclear and missile research", "fish trade"],
        ),
        (
            "Anna Berg discussed wind power and ferry transport.",
            ["wind power", "ferry transport"],
        ),
        (
            "Anna Berg discussed buying Danish municipal and road-cleaning vehicles.",
            ["buying Danish municipal and road-cleaning vehicles"],
        ),
    ],
)
def test_an_adjective_before_and_shares_the_head_noun_after_it(
    text: str, expected: list[str]
) -> None:
    """'regional and global developments' is one topic: the adjective before 'and' has no
    noun of its own; 'wind power and ferry transport' are two."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said the firms signed contracts worth over $2 billion in shipbuilding, "
            "fisheries and port services.",
            ["shipbuilding", "fisheries", "port services"],
        ),
        ("Anna Berg said deals worth $3 million in total were signed.", []),
        ("Anna Berg said deals worth $3 million in 2025 were signed.", []),
    ],
)
def test_contracts_worth_an_amount_in_fields_name_the_fields(
    text: str, expected: list[str]
) -> None:
    """'contracts/deals worth N in X, Y and Z' names X, Y and Z; 'in total' names nothing."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg invited the firms to invest in Danish wind power and shipping.",
            ["Danish wind power", "shipping"],
        ),
        ("Anna Berg said the sides expand cooperation in Danish ports.", ["Danish ports"]),
        ("Anna Berg said more firms invest in Denmark.", []),
        ("Anna Berg praised cooperation in Doha.", []),
    ],
)
def test_a_country_adjective_after_a_cue_opens_the_field(text: str, expected: list[str]) -> None:
    """'invest in Danish wind power': a field of that country, unlike a place after 'in'."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We have chosen shipbuilding, IT, fisheries and arts and crafts as priority '
            'sectors," Anna Berg said.',
            ["shipbuilding", "IT", "fisheries", "arts and crafts"],
        ),
        (
            "Anna Berg named forestry and tourism as the key areas of the new plan.",
            ["forestry", "tourism"],
        ),
        ("Anna Berg named Oslo as the main venue.", []),
    ],
)
def test_a_list_named_as_priority_sectors_is_topics(text: str, expected: list[str]) -> None:
    """'chose A, B and C as priority sectors' names A, B and C, inside a quotation too; the
    list's last item with a second 'and' between single words splits once ('arts and
    crafts')."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We attach great importance to cooperation within the Nordic Council and the OSCE.",
            ["cooperation within the Nordic Council", "OSCE"],
        ),
        ("Anna Berg attaches importance to Norway as a partner.", []),
        (
            "Activists urged Anna Berg to raise the issue of prison conditions, which she did.",
            ["prison conditions"],
        ),
    ],
)
def test_importance_to_cooperation_and_the_issue_raised_are_topics(
    text: str, expected: list[str]
) -> None:
    """'attach importance to cooperation within X and Y' and 'raise the issue of X' name
    their subjects; importance given to a country names none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fair drew 300 guests, including heads of regions, ministers and business "
            "leaders of both countries.",
            [],
        ),
        ("Addressing the forum, Anna Berg discussed fishing.", ["fishing"]),
        (
            "Anna Berg discussed the exchange of journalists and the training of diplomats.",
            ["exchange of journalists", "training of diplomats"],
        ),
    ],
)
def test_people_and_events_are_no_topics(text: str, expected: list[str]) -> None:
    """Who takes part ('heads of regions', 'ministers') and where ('the forum') are no
    topics; what is done with people ('exchange of journalists') is one."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said the firms signed a memorandum on delivering up to 9,000 tonnes of "
            "salmon a year.",
            ["delivering salmon"],
        ),
        ("Anna Berg discussed trade in timber to $5 million.", ["trade in timber"]),
    ],
)
def test_up_to_an_amount_is_part_of_the_topic(text: str, expected: list[str]) -> None:
    """'up to 9,000 tonnes of salmon' does not end the item at 'up' as a target after it
    ('to $5 million') does: the item is what is delivered, salmon (the amount and its rate
    are a figure's)."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg reported on the state of the fishing industry and preparations for the "
            "winter season.",
            ["state of the fishing industry", "winter season"],
        ),
        ("Anna Berg reported on Tuesday that the talks went well.", []),
        ("Anna Berg backed new projects in every region.", []),
    ],
)
def test_what_a_minister_reported_on_is_a_topic(text: str, expected: list[str]) -> None:
    """'reported on the X and Y' names X and Y; 'reported on Tuesday' and 'every region'
    name nothing."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said the sides should deepen cooperation in trade, fishing and green "
            "shipping, and push forward the talks.",
            ["trade", "fishing", "green shipping"],
        ),
        (
            "According to Anna Berg, the agenda will also include the Arctic shipping lane, "
            "fishing and cultural ties.",
            ["Arctic shipping lane", "fishing", "cultural ties"],
        ),
    ],
)
def test_a_list_ends_before_and_push_forward_and_an_agenda_to_come_lists_topics(
    text: str, expected: list[str]
) -> None:
    """', and push forward' opens a new clause, so the item before it splits at 'and'; 'the
    agenda will include A, B and C' names them."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed gas supply to the north, including the Alpha and Beta regions.",
            ["gas supply to the north"],
        ),
        (
            "Anna Berg signed a financing agreement for vocational education.",
            ["vocational education"],
        ),
        (
            "Anna Berg agreed the terms of a contract for the supply of salmon to Chile.",
            ["supply of salmon to Chile"],
        ),
        ("Anna Berg signed a loan agreement for a new ferry.", []),
    ],
)
def test_named_regions_are_places_and_what_a_contract_is_for_is_a_topic(
    text: str, expected: list[str]
) -> None:
    """'the Alpha and Beta regions' are where; 'a financing agreement for X' and 'a contract
    for the supply of X' name their subjects."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The minister will discuss fishing, ferry links and the situation in Chile,” "
            "Anna Berg said.",
            ["fishing", "ferry links", "situation in Chile"],
        ),
        ("“We discussed fishing and ferry links,” Anna Berg said.", ["fishing", "ferry links"]),
        ("“It is the quality of the projects we are discussing,” Anna Berg said.", []),
    ],
)
def test_what_is_discussed_in_a_quotation_lists_topics(text: str, expected: list[str]) -> None:
    """In a quotation, 'will discuss A, B and C' (an agenda) and 'we discussed A and B' name
    topics, as in the reported text."""
    quote = (0, text.index("”") + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg called for closer exchanges in culture, sports and tourism.",
            ["culture", "sports", "tourism"],
        ),
        (
            "Anna Berg said firms show strong interest in green hydrogen and rare metals.",
            ["green hydrogen", "rare metals"],
        ),
        ("Anna Berg said firms show interest in expanding their ties.", []),
        (
            "The talks centred on fishing quotas and ferry links.",
            ["fishing quotas", "ferry links"],
        ),
        ("Anna Berg put special emphasis on food safety.", ["food safety"]),
    ],
)
def test_exchanges_interest_and_emphasis_name_fields(text: str, expected: list[str]) -> None:
    """'exchanges in', 'interest in' (not before a gerund), 'centred on' and 'emphasis on'
    name the fields after them."""
    assert _topics(text) == expected


def test_a_possessive_after_and_starts_a_new_item_after_a_name() -> None:
    """'... the Nordic Gas Pipeline and Norway's hopes of X': two items, not one name like
    'Belt and Road'."""
    text = (
        "Anna Berg discussed the export of gas via the Nordic Gas Pipeline and Norway's hopes "
        "of becoming a gas hub."
    )
    assert _topics(text) == [
        "export of gas via the Nordic Gas Pipeline",
        "hopes of becoming a gas hub",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg: I would also like to note our fishing ties.", ["fishing ties"]),
        ("Anna Berg: I would like to note that trade grew.", []),
    ],
)
def test_what_a_speaker_would_like_to_note_is_a_topic(text: str, expected: list[str]) -> None:
    """In a speech, 'I would like to note X' names X; 'to note that ...' is a clause."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg held a meeting with the Chilean minister on ferry safety.",
            ["ferry safety"],
        ),
        ("Anna Berg held talks with the Chilean minister on Monday.", []),
        (
            "Firms are in talks with the state fund on the sale of a port, though no deal is "
            "signed.",
            ["sale of a port"],
        ),
    ],
)
def test_talks_with_someone_on_a_subject_name_it(text: str, expected: list[str]) -> None:
    """'a meeting with X on Y' names Y ('on Monday' is when); ', though ...' ends it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will make fisheries, shipping and marine research new engines of our "
            "cooperation,” Anna Berg said.",
            ["fisheries", "shipping", "marine research"],
        ),
        (
            "Anna Berg wants to turn tidal power into a new growth engine of the economy.",
            ["tidal power"],
        ),
        ("Anna Berg wants to turn the port into a museum.", []),
    ],
)
def test_what_is_to_become_a_new_engine_of_cooperation_is_a_topic(
    text: str, expected: list[str]
) -> None:
    """'make A, B and C new engines of cooperation' and 'turn X into a new growth engine'
    name the fields, inside a quotation too."""
    quote = (0, text.index("”") + 1) if "”" in text else (0, 0)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The three-year programme, worth $5 million, opened in May.", []),
        ("The Nordic oil pipeline was opened.", ["Nordic oil pipeline"]),
        ("Officials took courses under the Nordic Cooperation Programme.", []),
        (
            "Anna Berg launched a programme to improve coastal water management.",
            ["coastal water management"],
        ),
    ],
)
def test_programmes_name_what_they_improve_not_themselves(text: str, expected: list[str]) -> None:
    """'The three-year programme' (a sentence's first word) and 'the X Cooperation
    Programme' (a name) are no topics; 'a programme to improve X' names X; 'The Nordic oil
    pipeline' keeps its name."""
    assert _topics(text) == expected


def test_the_preposition_repeated_after_as_well_as_is_no_part_of_the_item() -> None:
    """'attention was paid to A, as well as to B': B, not 'to B' (a fragment)."""
    text = (
        "Special attention was paid to ferry links, as well as to joint projects on the export "
        "of salmon."
    )
    assert _topics(text) == ["ferry links", "joint projects on the export of salmon"]


def test_a_place_on_the_border_is_cut_from_the_item() -> None:
    """'... on the border' says where the thing stands: an item too long with it keeps the
    thing (a long name inside it then fits the item's length)."""
    text = (
        "Anna Berg discussed the construction of the Nordic Baltic International Centre for "
        "Maritime Cooperation on the border."
    )
    assert _topics(text) == [
        "construction of the Nordic Baltic International Centre for Maritime Cooperation"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway's salmon exports jumped 20% in May, Anna Berg said.", ["salmon exports"]),
        ("Norway's salmon exports jumped 20% in May.", ["salmon exports"]),
        ("The bank's profit jumped 20% in May, Anna Berg said.", []),
    ],
)
def test_a_sentence_opening_with_goods_that_rose_names_them(
    text: str, expected: list[str]
) -> None:
    """'X's salmon exports jumped' names salmon exports in any brief; other subjects of a
    figure only in a brief that names no one."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry is to ensure stable supplies of diesel and to accelerate the "
            "construction of the Nordic ferry terminal.",
            ["stable supplies of diesel", "construction of the Nordic ferry terminal"],
        ),
        ("Anna Berg said the sides must ensure that talks go on.", []),
    ],
)
def test_supplies_to_ensure_and_construction_to_accelerate_are_topics(
    text: str, expected: list[str]
) -> None:
    """'ensure supplies of X' and 'accelerate the construction of X' name them; 'ensure
    that ...' names nothing."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed the growth of trade and economic cooperation.",
            ["growth of trade and economic cooperation"],
        ),
        ("Anna Berg discussed trade and investment ties.", ["trade and investment ties"]),
        ("Anna Berg discussed trade and ferry links.", ["trade", "ferry links"]),
    ],
)
def test_trade_and_economic_cooperation_is_one_area(text: str, expected: list[str]) -> None:
    """'trade and economic cooperation' (a set phrase) is one topic; 'trade and ferry links'
    are two."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed cooperation in fishing, transport and logistics.",
            ["fishing", "transport and logistics"],
        ),
        ("Anna Berg discussed science and technology.", ["science and technology"]),
        ("Anna Berg discussed transport and fishing.", ["transport", "fishing"]),
        (
            "Anna Berg discussed road transport and logistics hubs.",
            ["road transport", "logistics hubs"],
        ),
    ],
)
def test_fields_the_news_name_in_pairs_stay_one_topic(text: str, expected: list[str]) -> None:
    """'transport and logistics', 'science and technology' are one field each, also at a
    list's end; other pairs, or a pair inside longer phrases, split."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed efforts to strengthen port security and fishing quotas.",
            ["port security", "fishing quotas"],
        ),
        ("Anna Berg briefed the guests on the pension reform.", ["pension reform"]),
        ("Anna Berg briefed the guests on the firm's plans.", []),
    ],
)
def test_efforts_to_strengthen_and_what_guests_are_briefed_on_are_topics(
    text: str, expected: list[str]
) -> None:
    """'efforts to strengthen X' names X; 'briefed someone on the X' names X, but 'the
    firm's plans' alone names nothing."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the topics discussed were ferry safety, fish quotas and pension reform.",
            ["ferry safety", "fish quotas", "pension reform"],
        ),
        ("Anna Berg said priority areas include fishing and forestry.", ["fishing", "forestry"]),
        (
            "The key areas of cooperation are shipping and tourism, Anna Berg said.",
            ["shipping", "tourism"],
        ),
        (
            "Fish quotas, as well as ferry safety, were also on the agenda.",
            ["Fish quotas", "ferry safety"],
        ),
        (
            "The sides reviewed the talks and outlined plans for further cooperation in fishing.",
            ["fishing"],
        ),
    ],
)
def test_lists_named_as_topics_discussed_priorities_or_the_agenda(
    text: str, expected: list[str]
) -> None:
    """'the topics discussed were', 'priority areas include', 'the key areas of cooperation
    are' and '... were on the agenda' name lists; ' and outlined' opens a new clause."""
    assert _topics(text) == expected


def test_the_words_before_projects_worth_belong_to_the_projects() -> None:
    """'... to the implementation of joint projects worth $2 billion in X and Y': the
    projects hold the fields; 'implementation of joint' is no item of its own."""
    text = (
        "Particular attention was given to the implementation of joint investment projects "
        "worth over $2 billion in fishing and forestry."
    )
    assert _topics(text) == ["fishing", "forestry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed fishing, ports and food safety, in support of the plan.",
            ["fishing", "ports", "food safety"],
        ),
        ("Anna Berg discussed issues of mutual interest.", []),
        ("Anna Berg discussed the war in Ukraine.", ["war in Ukraine"]),
        (
            "Anna Berg discussed ties between the Kingdom of Norway and the Republic of Chile.",
            ["ties between the Kingdom of Norway and the Republic of Chile"],
        ),
        (
            "Anna Berg discussed the latest regional and global developments.",
            ["latest regional and global developments"],
        ),
    ],
)
def test_clauses_vague_interests_and_places_that_are_the_subject(
    text: str, expected: list[str]
) -> None:
    """', in support of ...' ends a list; 'issues of mutual interest' names nothing; the
    place of a war stays; 'between A and B' keeps its 'and'; 'the latest regional and global
    developments' is one topic."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firms signed deals on wind power and ports.", ["wind power", "ports"]),
        ("The sides signed a protocol on fishing quotas.", ["fishing quotas"]),
        ("The firms signed deals on the sidelines of the forum.", []),
        ("The ministers signed two memoranda of understanding on the occasion.", []),
        ("The ministers signed an accord on the eve of the Velmora summit.", []),
    ],
)
def test_deals_and_protocols_on_name_their_subjects(text: str, expected: list[str]) -> None:
    """'deals/accords/protocols on X' name X, as 'agreements on X' do; not 'on the
    sidelines', 'on the occasion' or 'on the eve': when they were signed."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The issue was also on the agenda.",
        "This question was on the agenda, Anna Berg said.",
        "The firms signed contracts worth $2 billion in recent years.",
        "Anna Berg said the key areas are located in the north.",
    ],
)
def test_new_list_rules_name_nothing_without_a_subject(text: str) -> None:
    """'The issue was on the agenda', 'contracts worth N in recent years' and 'the key areas
    are located' name no topic."""
    assert _topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the talks, ferry safety and the fight against poaching were discussed.",
            ["ferry safety", "fight against poaching"],
        ),
        ("Issues of fish trade were also considered, Anna Berg said.", ["fish trade"]),
        ("The agreements in force were reviewed by the commission.", []),
    ],
)
def test_a_list_that_was_discussed_names_topics(text: str, expected: list[str]) -> None:
    """'A and B were discussed/considered' (after an opening phrase too) names A and B."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg signed memoranda on cooperation in fishing and on an EU-funded programme "
            "that will train 50 teachers.",
            ["fishing"],
        ),
        ("Anna Berg discussed a scholarship programme.", ["scholarship programme"]),
    ],
)
def test_a_programme_named_by_its_sponsor_alone_is_no_topic(
    text: str, expected: list[str]
) -> None:
    """'an EU-funded programme' says who pays, not what; 'a scholarship programme' says
    what."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed cooperation in fishing along the northern coast, tourism and "
            "the protection of wetlands.",
            ["fishing", "tourism", "protection of wetlands"],
        ),
        (
            "Anna Berg discussed ways to increase shipments of grain along the northern route.",
            ["shipments of grain"],
        ),
    ],
)
def test_a_route_after_an_item_leaves_the_rest_of_the_list(text: str, expected: list[str]) -> None:
    """'A along the X, B and C': the route qualifies A, and B and C are items too."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg met with young people studying in Ruritania.", []),
        ("Anna Berg is studying the possibility of ferry links.", ["possibility of ferry links"]),
        (
            "Anna Berg signed an agreement on fish farming and witnessed the signing of two "
            "contracts between universities.",
            ["fish farming"],
        ),
        (
            "Anna Berg discussed wind power and visited the harbour of the city.",
            ["wind power"],
        ),
    ],
)
def test_where_people_study_and_what_they_witness_are_no_topics(
    text: str, expected: list[str]
) -> None:
    """'studying in X' says where; 'and witnessed/visited ...' opens a new clause."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # (a forum one takes part in is an event, no topic: a work stands for the list)
            "Anna Berg invited him to take part in the construction of the Ruritania Canal, and "
            "the visiting minister accepted the invitation.",
            ["construction of the Ruritania Canal"],
        ),
        (
            "The state allocates ten grants for foreign students under a scholarship program.",
            [],
        ),
        (
            "Anna Berg discussed the training of teachers and exchanges of students.",
            ["training of teachers", "exchanges of students"],
        ),
    ],
)
def test_a_clause_with_its_own_subject_and_students_are_no_topics(
    text: str, expected: list[str]
) -> None:
    """', and the minister accepted ...' ends the list; 'students under a program' names who,
    not what; 'exchanges of students' names what."""
    assert _topics(text) == expected


def test_a_statistics_lead_after_an_agency_dateline_and_a_which_clause_names_its_subject() -> None:
    """'ACME – X's steel output grew' names 'steel output'; 'A and B, which accounts for N,
    rose' names 'A and B' (a brief that names no one)."""
    text = (
        "ACME – Ruritania’s steel output grew by 7.1% in 2025.\n"
        "Fishing and hunting, which accounts for 54.3% of total output, rose by 8.3%."
    )
    assert find_topics(sentences(text), text, [], []) == ["steel output", "Fishing and hunting"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders agreed to continue close coordination within the Northern Fishing "
            "Organisation and the League of Coastal States.",
            ["Northern Fishing Organisation", "League of Coastal States"],
        ),
        (
            "Anna Berg noted cooperation within the framework of the NFO.",
            ["NFO"],
        ),
        ("The talks took place within the Northern Fishing Organisation.", []),
        (
            "The sides agreed to widen cooperation within the Lakeland and River Compact "
            "and the NFO.",
            ["Lakeland and River Compact", "NFO"],
        ),
        (
            "The sides agreed to widen cooperation within the NFO and LCS.",
            ["NFO", "LCS"],
        ),
    ],
)
def test_coordination_within_organisations_names_the_organisations(
    text: str, expected: list[str]
) -> None:
    """'coordination/cooperation/interaction within A and B' names A and B; 'within' alone
    does not; a lone word before a bare "and" and a longer name ("the Lakeland and River
    Compact") is one name."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg addressed the general debate of the Assembly.", []),
        ("Anna Berg addressed the plenary session of the forum.", []),
        ("Firms will take part in building 3,000 flats in the capital.", []),
        (
            "The parties discussed the participation of Ruritanian companies in the "
            "construction of feedlots.",
            ["construction of feedlots"],
        ),
        ("The Ruritanian national railway company will set up a joint venture.", []),
        ("Anna Berg discussed the Ruritania-Utopia railway.", ["Ruritania-Utopia railway"]),
    ],
)
def test_events_figures_and_companies_are_no_topics(text: str, expected: list[str]) -> None:
    """'the general debate of', 'building 3,000 flats', 'participation of X companies' and
    'the national railway company' name no topic; a named railway does."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed the modernization of combined heat and power plants.",
            ["modernization of combined heat and power plants"],
        ),
        ("Ruritania supplied power to cover its deficit.", []),
        ("The projects cover tourism and fishing.", ["tourism", "fishing"]),
    ],
)
def test_combined_heat_and_power_is_one_item_and_covering_a_need_names_nothing(
    text: str, expected: list[str]
) -> None:
    """'combined heat and power plants' is one set phrase; 'to cover its deficit' meets a
    need, while 'the projects cover A and B' names A and B."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bank would open a credit line to support Ruritanian companies investing in Peru.", []),
        (
            "Anna Berg is supporting a portfolio of 27 projects with foreign participation worth "
            "$6 billion.",
            [],
        ),
        ("Anna Berg discussed a portfolio of joint projects.", ["portfolio of joint projects"]),
    ],
)
def test_investing_companies_and_a_count_of_projects_are_no_topics(
    text: str, expected: list[str]
) -> None:
    """'companies investing in X' names who; 'a portfolio of 27 projects' counts them."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed the development of the Amber Corridor and joint projects in the "
            "ports of Alpha and Beta at a meeting in Tbilisi on Tuesday.",
            ["development of the Amber Corridor", "joint projects in the ports of Alpha and Beta"],
        ),
        ("Anna Berg discussed the wind and solar power plants.", ["wind and solar power plants"]),
        (
            "Anna Berg discussed cotton processing at a meeting in the capital.",
            ["cotton processing"],
        ),
        (
            "The sides discussed the implementation of the agreements reached at the summit of "
            "the two leaders in Moscow in October, as well as cooperation in fishing.",
            ["agreements reached at the summit of the two leaders", "fishing"],
        ),
    ],
)
def test_a_name_before_and_ends_an_item_and_the_meeting_where_it_was_discussed_is_no_part(
    text: str, expected: list[str]
) -> None:
    """'the X Corridor and joint projects' are two items; 'at a meeting in Y' ends the list;
    'agreements reached at the summit' stays one phrase."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said universities are ready to open joint programmes with local colleges "
            "and accept 150 students every year.",
            ["joint programmes with local colleges"],
        ),
        (
            "Anna Berg discussed fishing and invite experts to the region.",
            ["fishing"],
        ),
    ],
)
def test_and_a_bare_verb_opens_a_new_clause(text: str, expected: list[str]) -> None:
    """'A and accept 150 students': 'accept' (a verb, never a topic's first word) ends A."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruritania’s steel output in January-October grew by 4%.", ["steel output"]),
        ("In January–October 2025, retail trade rose by 6.1%.", ["retail trade"]),
    ],
)
def test_a_statistics_lead_names_its_subject_without_the_period(
    text: str, expected: list[str]
) -> None:
    """'X in January-October grew' and 'In January–October, X rose' name X alone."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg discussed fishing. The ministers met at the Alpha Sea Port.", ["fishing"]),
        ("Anna Berg discussed the Alpha Sea Port.", ["Alpha Sea Port"]),
    ],
)
def test_a_named_port_after_at_is_where_not_what(text: str, expected: list[str]) -> None:
    """'a terminal at the X Port' says where the terminal stands; 'the X Port' alone is a
    topic."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mutual trade turnover rose by 12% in 2025, Anna Berg said.", ["Mutual trade turnover"]),
        (
            "Ruritania’s share in Utopia’s foreign trade turnover reached 6.9 percent, Anna Berg "
            "said.",
            ["foreign trade turnover"],
        ),
    ],
)
def test_a_sentence_opening_with_a_turnover_that_changed_names_it(
    text: str, expected: list[str]
) -> None:
    """'Trade turnover rose' names the turnover, as 'copper exports rose' names the exports;
    'X's share in Y's turnover' names the turnover."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed the joint use of oil and gas deposits. The ministers also "
            "spoke about oil and gas, mining and tourism.",
            ["joint use of oil and gas deposits", "oil and gas", "mining", "tourism"],
        ),
        (
            "Anna Berg discussed the development of the Alpha Corridor. The sides discussed the "
            "Alpha Corridor and tourism.",
            ["development of the Alpha Corridor", "tourism"],
        ),
    ],
)
def test_an_item_inside_another_sentences_item_is_kept_unless_it_ends_it(
    text: str, expected: list[str]
) -> None:
    """'oil and gas' named again in a later list is a topic of its own; 'the Alpha Corridor'
    after 'the development of the Alpha Corridor' is the same subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said the fund will focus on fishing, tourism and farming projects in both "
            "countries.",
            ["fishing", "tourism", "farming projects"],
        ),
        (
            "Anna Berg said the firms will invest in textiles and farming projects in all "
            "regions.",
            ["textiles", "farming projects in all regions"],
        ),
    ],
)
def test_projects_in_both_countries_say_where_not_in_what(text: str, expected: list[str]) -> None:
    """'projects in both countries' ends no list: 'both countries' is where the projects are,
    and it is cut from the item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg said 12 deals were signed at the Alpha-Beta Business Council in May.", []),
        (
            "Anna Berg discussed the work of the Alpha-Beta Business Council.",
            ["work of the Alpha-Beta Business Council"],
        ),
        ("Anna Berg signed a memorandum with the Beta railway agency.", []),
        ("Anna Berg discussed the Beta railway and tourism.", ["Beta railway", "tourism"]),
    ],
)
def test_a_business_council_where_deals_were_signed_and_a_railway_agency_are_no_topics(
    text: str, expected: list[str]
) -> None:
    """'signed at the X Business Council' says where; 'the X railway agency' is who; the
    council's work and the railway itself are topics."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed the agreements reached at the forum of the two mayors in "
            "Alphaville in October and tourism.",
            ["agreements reached at the forum of the two mayors in Alphaville", "tourism"],
        ),
        ("Anna Berg discussed the trade fair in Paris in March 2027.", ["trade fair"]),
        (
            "Anna Berg discussed fishing and the Alpha Investment Forum next May.",
            [
                "fishing",
                "Alpha Investment Forum",
            ],
        ),
    ],
)
def test_a_trailing_time_is_cut_from_an_item(text: str, expected: list[str]) -> None:
    """'... in October', '... in March 2027', '... next May' say when, not what; a place
    before them is cut as at the end ('in Paris'), and a long item stays within the word
    limit without them."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We are interested in your experience in fishing and the digitalization of ports,” "
            "Anna Berg said.",
            ["fishing", "digitalization of ports"],
        ),
        ("“We value your expertise in forestry,” Anna Berg said.", ["forestry"]),
        ("“We have long experience, and we are ready,” Anna Berg said.", []),
    ],
)
def test_a_quotation_names_the_fields_of_experience(text: str, expected: list[str]) -> None:
    """Inside a quotation 'experience in A and B' and 'expertise in A' name fields, as
    'cooperation in' does."""
    quote = (0, text.index("”") + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said there is room to grow: in fishing, in the export of wool and in the "
            "repair of ships for foreign fleets.",
            ["fishing", "export of wool", "repair of ships for foreign fleets"],
        ),
        ("Anna Berg worked in Alphaville, in Betatown and in Gammaville.", []),
        ("Anna Berg said that in January, in March and in May exports rose.", []),
        ("Anna Berg sees room in fishing and in tourism.", []),
    ],
)
def test_three_fields_each_after_its_own_in_are_a_list(text: str, expected: list[str]) -> None:
    """'in A, in B and in C' lists fields with no cue before it; places and months so listed
    are where and when, and two items ('in A and in B') are too common to be a list."""
    assert _topics(text) == expected


def test_three_fields_each_after_its_own_in_are_a_list_in_a_quotation() -> None:
    text = "“There is room: in fishing, in wool and in shipbuilding,” Anna Berg said."
    quote = (0, text.index("”") + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == [
        "fishing",
        "wool",
        "shipbuilding",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders discussed the agenda of the upcoming Joint Council of the Heads of "
            "Government of the Alpha Union and the state of fishing.",
            ["Joint Council of the Heads of Government of the Alpha Union", "state of fishing"],
        ),
        ("Anna Berg discussed the agenda of bilateral cooperation.", ["bilateral cooperation"]),
    ],
)
def test_the_agenda_of_a_coming_meeting_names_the_meeting(text: str, expected: list[str]) -> None:
    """'the agenda of the upcoming X' is about X (which fits the word limit without the
    lead)."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg proposed to create a joint transport and logistics company.",
            ["joint transport and logistics company"],
        ),
        (
            "Anna Berg discussed a new science and technology park and tourism.",
            ["science and technology park", "tourism"],
        ),
        (
            "Anna Berg discussed fishing, rail transport and logistics.",
            [
                "fishing",
                "rail transport",
                "logistics",
            ],
        ),
    ],
)
def test_a_fixed_pair_after_an_article_and_one_modifier_stays_whole(
    text: str, expected: list[str]
) -> None:
    """'a joint transport and logistics company' is one company; with no article before the
    modifier ('rail transport and logistics') the list's last 'and' splits as usual."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed fishing, the opening of the museum and cultural cooperation.",
            ["fishing", "opening of the museum", "cultural cooperation"],
        ),
        (
            "Anna Berg discussed the development of the trade and economic cooperation.",
            ["development of the trade and economic cooperation"],
        ),
        (
            "Anna Berg discussed the strengthening of the cultural and humanitarian cooperation.",
            ["strengthening of the cultural and humanitarian cooperation"],
        ),
        (
            "Anna Berg discussed the development of the oil and gas sector.",
            ["development of the oil and gas sector"],
        ),
    ],
)
def test_an_object_of_of_before_and_adjective_cooperation_ends_its_item(
    text: str, expected: list[str]
) -> None:
    """'the opening of the museum and cultural cooperation' are two items: 'museum' is the
    object of 'of', not a modifier that 'cooperation' shares (as 'trade and economic' or two
    adjectives are)."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg agreed to increase the number of weekly flights between Alphaville and "
            "Betatown from two to four.",
            ["weekly flights between Alphaville and Betatown"],
        ),
        (
            "Anna Berg said they would increase the number of flights between Alphaville and "
            "Betatown to five a week from March.",
            ["flights between Alphaville and Betatown"],
        ),
        (
            "Anna Berg discussed exports from three regions and tourism.",
            ["exports from three regions", "tourism"],
        ),
        (
            "Anna Berg discussed access to one another's markets.",
            ["access to one another's markets"],
        ),
    ],
)
def test_a_target_or_change_in_words_ends_its_subject(text: str, expected: list[str]) -> None:
    """'to five a week' and 'from two to four' are figures of the item before them, as 'to
    $5 billion' is; 'from three regions' (no 'to') and 'to one another' are not."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg invited them to take part in the fishing fair and informed the guests "
            "about the reforms.",
            ["fishing fair"],
        ),
        ("Anna Berg discussed fishing and presented the new port project.", ["fishing"]),
        ("Anna Berg discussed the services offered and tourism.", ["services offered", "tourism"]),
    ],
)
def test_and_a_reporting_verb_opens_a_new_clause(text: str, expected: list[str]) -> None:
    """'A and informed B about C', 'A and presented B': a verb after 'and' ends the list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg signed two memoranda, including one on fishing quotas between the two "
            "agencies.",
            ["fishing quotas"],
        ),
        ("Anna Berg discussed one on one talks.", ["one on one talks"]),
    ],
)
def test_one_on_a_subject_after_documents_names_the_subject(
    text: str, expected: list[str]
) -> None:
    """'memoranda, including one on X between A and B': 'one' is a document, X its subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Alpha-Beta Business Council signed 5 deals worth $1 million.", []),
        ("Anna Berg met members of the Alpha-Beta Business Council.", []),
        (
            "Anna Berg discussed the 3rd meeting of the Alpha-Beta Business Council.",
            ["Alpha-Beta Business Council"],
        ),
        (
            "Anna Berg agreed to hold a session of Alpha-Beta Business Council.",
            ["Alpha-Beta Business Council"],
        ),
    ],
)
def test_a_business_council_is_a_topic_only_as_the_holder_of_a_meeting(
    text: str, expected: list[str]
) -> None:
    """A business council that acts or has members is who; the meeting of one is a
    subject, named by the council."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed the state and prospects of trilateral cooperation in the Alpha "
            "Valley.",
            ["trilateral cooperation in the Alpha Valley"],
        ),
        (
            "Anna Berg discussed regional cooperation in the Beta Sea Basin.",
            ["regional cooperation in the Beta Sea Basin"],
        ),
        (
            "Anna Berg discussed cooperation in the Beta Sea Trade Council and tourism.",
            ["Beta Sea Trade Council", "tourism"],
        ),
    ],
)
def test_cooperation_in_a_named_valley_or_sea_is_where_not_what(
    text: str, expected: list[str]
) -> None:
    """'cooperation in the X Valley' ends no list at 'cooperation in': the valley is where
    the cooperation is, part of the item before; 'the Beta Sea Trade Council' is no place."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed direct flights between the two countries and fishing.",
            ["direct flights", "fishing"],
        ),
        (
            "Anna Berg stressed the importance of the Alpha Corridor for both countries.",
            ["Alpha Corridor"],
        ),
        (
            "Anna Berg discussed a ferry link between the Alpha Port and the Beta Port.",
            ["ferry link between the Alpha Port and the Beta Port"],
        ),
    ],
)
def test_the_countries_an_item_is_between_or_for_are_cut(text: str, expected: list[str]) -> None:
    """'... between the two countries', '... for both countries': whose, not what; the
    parties counted before 'and' are complete, so 'and' ends the item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We see great prospects in fishing, wool and tourism,” Anna Berg said.",
            ["fishing", "wool", "tourism"],
        ),
        (
            "“Our countries cooperate closely in fishing, transport and culture,” Anna Berg said.",
            ["fishing", "transport", "culture"],
        ),
        ("“There are many opportunities in the region,” Anna Berg said.", []),
        ("“We see good prospects in Alphaland,” Anna Berg said.", []),
    ],
)
def test_a_quotation_names_the_fields_of_prospects_and_close_cooperation(
    text: str, expected: list[str]
) -> None:
    """Inside a quotation 'prospects in', 'opportunities in' (as 'potential in') and
    'cooperate closely in' name fields; a place or 'the region' after them does not."""
    quote = (0, text.index("”") + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


def test_prospects_and_active_cooperation_name_fields_outside_quotations() -> None:
    text = "Anna Berg noted the prospects in fishing. The two banks cooperate actively in wool."
    assert _topics(text) == ["fishing", "wool"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We want to deepen our ties in science and sports,” Anna Berg said.",
            [
                "science",
                "sports",
            ],
        ),
        ("“Our ties in the region are old,” Anna Berg said.", []),
    ],
)
def test_a_quotation_names_the_fields_of_ties(text: str, expected: list[str]) -> None:
    """Inside a quotation 'ties in' names fields, as outside one."""
    quote = (0, text.index("”") + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Fishing, wool and tourism are the pillars of our partnership,” Anna Berg said.",
            ["Fishing", "wool", "tourism"],
        ),
        (
            "Mining and shipbuilding remain the main priorities of Alphaland.",
            ["Mining", "shipbuilding"],
        ),
        ("Alphaville and Betatown are the drivers of regional integration.", []),
        ("Anna Berg and Tom Lee are the drivers of reform.", []),
        ("These areas are our main priorities.", []),
    ],
)
def test_fields_a_sentence_opens_with_as_its_pillars_or_priorities(
    text: str, expected: list[str]
) -> None:
    """'A, B and C are the pillars/priorities/drivers of X' names two or more fields (in a
    quotation too); people, places and a lone vague item so placed do not."""
    quote = (0, text.index("”") + 1) if "”" in text else (0, 0)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg", "Tom Lee"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg addressed issues related to fishing, wool and the environment.",
            ["fishing", "wool", "environment"],
        ),
        ("Anna Berg discussed matters relating to fishing.", ["fishing"]),
    ],
)
def test_issues_related_to_a_field_name_the_field(text: str, expected: list[str]) -> None:
    """'issues related to X' and 'matters relating to X' lead X, as 'issues of X' does."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg invited firms to invest in the processing of wool, fishing and the "
            "production of glass.",
            ["processing of wool", "fishing", "production of glass"],
        ),
        ("Anna Berg invited firms to invest in the region of Alphaland.", []),
        ("Anna Berg invited firms to invest in the country.", []),
    ],
)
def test_invest_in_the_processing_of_a_field_names_it(text: str, expected: list[str]) -> None:
    """'invest in the processing/production of X' names a field of work, as 'investment in
    the processing of X' does; 'invest in the region/country' says where."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We want Alphish investors in fishing, wool and tourism,” Anna Berg said.",
            ["fishing", "wool", "tourism"],
        ),
        ("Anna Berg met investors in wool and glass.", ["wool", "glass"]),
        ("“We want investors in Alphaland,” Anna Berg said.", []),
        ("“We welcome investors in the region,” Anna Berg said.", []),
    ],
)
def test_investors_in_a_field_name_the_field(text: str, expected: list[str]) -> None:
    """'investors in X' names the field X, in a quotation too; 'investors in <a place>' or
    'in the region' says where."""
    quote = (0, text.index("”") + 1) if "”" in text else (0, 0)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed joint projects, including a wool plant worth $5 million "
            "(about €4.6 million), as well as fishing, glass and direct flights.",
            ["joint projects", "wool plant", "fishing", "glass", "direct flights"],
        ),
        ("Anna Berg discussed a wool plant worth $5 million with partners.", ["wool plant"]),
    ],
)
def test_a_value_inside_a_list_ends_no_list_that_goes_on(text: str, expected: list[str]) -> None:
    """'X worth $5 million (about ...), as well as A, B and C': the list goes on after the
    value of one item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg praised joint efforts within the Conference on Trust and Security "
            "Measures in Europe.",
            ["Conference on Trust and Security Measures in Europe"],
        ),
        (
            "Anna Berg praised cooperation within the Council for Fishing and Wool and the NFO.",
            ["Council for Fishing and Wool", "NFO"],
        ),
        ("Anna Berg praised efforts within the Nordic Council on Monday.", ["Nordic Council"]),
        ("Anna Berg praised joint efforts within the government.", []),
    ],
)
def test_efforts_within_an_organisation_name_it_whole(text: str, expected: list[str]) -> None:
    """'joint efforts within X' names the organisation X, as 'cooperation within X' does; a
    name with 'on'/'for' goes on through 'and' and a closing 'in <Place>', not into a date."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We see great opportunities for partnership in fishing and wool,” Anna Berg said.",
            ["fishing", "wool"],
        ),
        ("Anna Berg saw opportunities for partnership in glass.", ["glass"]),
        ("“We see opportunities for partnership in Alphaland,” Anna Berg said.", []),
    ],
)
def test_opportunities_for_partnership_in_name_fields(text: str, expected: list[str]) -> None:
    """'opportunities for partnership in X' names X, as 'opportunities for cooperation in X'
    does, in a quotation too; a place after it says where."""
    quote = (0, text.index("”") + 1) if "”" in text else (0, 0)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg addressed the Alpha-Beta Business Forum in Alphaville, held by the Board.",
            [],
        ),
        ("Anna Berg addressed the participants of the summit.", []),
        (
            "The talks addressed the supply of wool, fishing and glass.",
            [
                "supply of wool",
                "fishing",
                "glass",
            ],
        ),
    ],
)
def test_addressing_a_forum_names_no_topic(text: str, expected: list[str]) -> None:
    """'addressed the X Forum / the participants' is a speech to an event, not a subject;
    'addressed the supply of X' names what was dealt with."""
    assert _topics(text) == expected


def test_projects_in_the_fields_of_lead_the_fields() -> None:
    """'Projects in the fields of A, B and C were discussed' names A, B and C, once each."""
    text = "Projects in the fields of fishing, wool and glass were discussed."
    assert _topics(text) == ["fishing", "wool", "glass"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg discussed fishing, transport along the Alpha Corridor and wool processing.",
            ["fishing", "transport", "wool processing", "Alpha Corridor"],
        ),
        ("Anna Berg discussed transport along the rail and road corridor.", ["transport"]),
    ],
)
def test_a_named_route_in_a_list_ends_before_the_last_item(text: str, expected: list[str]) -> None:
    """'X along the <Named> Corridor and Y': the route qualifies X and the list goes on
    with Y; an unnamed route ('the rail and road corridor') is cut whole."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cooperation in such areas as fishing, wool and glass was discussed.",
            ["fishing", "wool", "glass"],
        ),
        ("Particular emphasis was placed on fishing and tourism.", ["fishing", "tourism"]),
        ("The talks dealt with fishing, wool and glass.", ["fishing", "wool", "glass"]),
        ("Anna Berg signed a deal with Tom Lee.", []),
    ],
)
def test_more_ways_of_naming_subjects(text: str, expected: list[str]) -> None:
    """'such areas as' leads its items (once each, not 'such areas as X' and X), 'emphasis
    was placed on X' and 'the talks dealt with X' name X; 'a deal with' names nothing."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They signed a memorandum on cooperation in the field of fishing and an agreement "
            "on wool processing.",
            ["fishing", "wool processing"],
        ),
        (
            "They agreed to boost cooperation in areas such as fishing and wool.",
            ["fishing", "wool"],
        ),
        ("Anna Berg called for investment in key sectors.", []),
        (
            "Attention was paid to the processing of wool and to the glass industry.",
            ["processing of wool", "glass industry"],
        ),
        ("Anna Berg discussed fishing and to praise wool.", ["fishing"]),
    ],
)
def test_lists_split_between_documents_and_repeated_prepositions(
    text: str, expected: list[str]
) -> None:
    """'in the field of X and an agreement on Y' names X and Y; 'cooperation in areas such
    as X' names X alone; 'key sectors' names no field; 'attention to A and to the B' names
    A and B, while 'and to <verb>' still ends the list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“I invite Betish businesses to invest in fishing, wool and glass,” Anna Berg said.",
            ["fishing", "wool", "glass"],
        ),
        ("“We will invest in Alphaland,” Anna Berg said.", []),
        ("“We will invest in the future,” Anna Berg said.", []),
    ],
)
def test_a_quoted_invitation_to_invest_in_fields_names_them(
    text: str, expected: list[str]
) -> None:
    """Inside a quotation 'invest in A, B and C' names fields, as outside one; a place or
    'the future' after it names none."""
    quote = (0, text.index("”") + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # (a forum one takes part in is an event, no topic; one discussed is a subject)
            "Anna Berg discussed the Alpha Wool Forum organized by the Chamber of Crafts.",
            ["Alpha Wool Forum"],
        ),
        (
            "Anna Berg discussed the Alpha Wool Forum, hosted by the Beta Board, and fishing.",
            ["Alpha Wool Forum", "fishing"],
        ),
        ("Anna Berg discussed growth led by exports.", ["growth led by exports"]),
    ],
)
def test_who_organises_or_hosts_an_item_is_no_part_of_it(text: str, expected: list[str]) -> None:
    """'X organized/hosted/chaired by Y': Y holds X and is cut, also as an item of its own
    after a comma; 'growth led by exports' stays whole."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cooperation in the fields of fishing and wool was discussed.", ["fishing", "wool"]),
        (
            "Issues of cooperation in the spheres of fishing, wool and glass were considered.",
            ["fishing", "wool", "glass"],
        ),
        (
            "Anna Berg discussed the development of the energy sector of Alphaland.",
            ["development of the energy sector of Alphaland"],
        ),
        ("Anna Berg discussed areas of cooperation.", []),
    ],
)
def test_an_item_opening_with_the_fields_of_names_the_fields(
    text: str, expected: list[str]
) -> None:
    """'(cooperation in) the fields/spheres of X' as an item gives X alone, once; 'the energy
    sector of X' is no such lead, and 'areas of cooperation' names no field."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides discussed cooperation in fishing (including aquaculture), wool and glass.",
            ["fishing", "wool", "glass"],
        ),
        (
            "The talks focused on wool and glass, with particular attention to fishing.",
            ["wool", "glass", "fishing"],
        ),
        ("Anna Berg met with Tom Lee.", []),
    ],
)
def test_asides_inside_and_after_a_list(text: str, expected: list[str]) -> None:
    """An aside in brackets inside a list ends nothing; ', with particular attention to X'
    names X after the list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We are open to partnership in fishing, wool and glass,” Anna Berg said.",
            ["fishing", "wool", "glass"],
        ),
        ("“Our partnership in the region is strong,” Anna Berg said.", []),
        ("“Our partnership in recent years has grown,” Anna Berg said.", []),
    ],
)
def test_a_quotation_names_the_fields_of_a_partnership(text: str, expected: list[str]) -> None:
    """Inside a quotation 'partnership in X' names fields, as 'cooperation in X' does; 'in
    the region' or 'in recent years' names none."""
    quote = (0, text.index("”") + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked whether Ruritania would expand the quota of seasonal workers, Berg said some "
            "900 people work there under the scheme and the ministry plans to raise the quota "
            "to 2,000.",
            ["quota of seasonal workers"],
        ),
        (
            "The ministers discussed fishing and the wool trade, and the Borduria side proposed "
            "a second round.",
            ["fishing", "wool trade"],
        ),
        (
            "Ten firms took part in fairs with local buyers, and deals worth about $7mn were "
            "signed.",
            ["fairs with local buyers"],
        ),
        ("The figures were discussed at a meeting of the two ministers.", []),
        ("The talks covered glass, the Ruritanian side and wool.", ["glass", "wool"]),
    ],
)
def test_a_clause_after_a_list_ends_it(text: str, expected: list[str]) -> None:
    """A list ends before ', <speaker> said ...', ', and the X side proposed ...' and ', and
    deals worth N were signed'; 'the figures' (told before) and 'the X side' (a party) are no
    subjects."""
    assert _topics(text) == expected


def test_a_title_line_ends_before_the_timestamp_line_under_it() -> None:
    """A title and the timestamp line under it are one sentence: the line break before the
    digits ends the title's list."""
    text = "Ruritania and Borduria agree to sign memorandum on fishing\n3 March 2026, 10:15\n"
    assert _topics(text) == ["fishing"]


def test_a_hard_wrapped_list_reads_on_over_its_line_break() -> None:
    """A line break inside a paragraph (a hard-wrapped text) ends no list."""
    text = "The sides discussed fishing, glass\nand wool.\n"
    assert _topics(text) == ["fishing", "glass", "wool"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Attention was paid to the "Wool Road plus Borduria" Dialogue initiatives and to '
            "the fishing industry.",
            ["Wool Road plus Borduria Dialogue initiatives", "fishing industry"],
        ),
        (
            "Cooperation between Alba and the Borda region in the glass industry and vocational "
            "education was discussed.",
            ["glass industry", "vocational education"],
        ),
        (
            "They reviewed the glass cluster, with a planned investment of $12mn, and the launch "
            "of a weekly ferry between Alba and Borda.",
            ["glass cluster", "launch of a weekly ferry between Alba and Borda"],
        ),
        (
            "Ruritania aims to cut the deficit by expanding exports of wool products, glass and "
            "chemicals.",
            ["exports of wool products", "glass", "chemicals"],
        ),
    ],
)
def test_a_quoted_name_a_partnership_of_regions_an_aside_and_exports_give_fields(
    text: str, expected: list[str]
) -> None:
    """A quoted name before its capitalised head is part of the item; 'cooperation between A
    and B in X' names X; ', with a planned investment of N,' ends no list; 'expanding exports
    of A, B and C' lists what is traded."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sides agreed on a new programme of 12 projects in 2027-2029.", []),
        (
            "Memoranda on cooperation between the chambers of commerce and industry were signed.",
            ["cooperation between the chambers of commerce and industry"],
        ),
        (
            "Anna Berg met heads of 20 firms, including glassmaking, fishing and textile "
            "companies.",
            ["glassmaking, fishing and textile companies"],
        ),
        (
            "The Borduria side is interested in increasing imports of Ruritanian wool, which "
            "now amount to 400 tonnes a year, via the Northern port.",
            ["imports of Ruritanian wool"],
        ),
    ],
)
def test_counts_set_pairs_kinds_of_firms_and_routes_are_no_extra_items(
    text: str, expected: list[str]
) -> None:
    """'a programme of 12 projects' counts things named elsewhere; 'commerce and industry'
    is one pair; 'A, B and C companies' are kinds of firms, one item; 'via the X port' is
    the route, no item."""
    assert _topics(text) == expected


def _all_ends(low: str) -> list[int]:
    """Every end of an enumeration in `low`, scanned whole: what _Ends finds lazily."""
    found = set(positions(low, _END_CHARS))
    found.update(at for at in positions(low, "\n") if low[at + 1 : at + 2].isdigit())
    found.update(m.start() for pattern in _END_PATTERNS for m in pattern.finditer(low))
    for at in positions(low, ".—–"):
        after = low[at + 1 : at + 2]
        if low[at] == ".":
            if (
                (after == "" or after.isspace())
                and not (at >= 2 and low[at - 1].isalpha() and low[at - 2] in ". ")
                and low[max(0, at - 6) : at].rsplit(" ", 1)[-1] not in ABBREVIATIONS
            ):
                found.add(at)
        elif at > 0 and low[at - 1].isspace() and after.isspace():
            found.add(at - 1)
    return sorted(found)


def _assert_first_ends(low: str, starts: list[int] | None = None) -> None:
    ends = _all_ends(low)
    finder = _Ends(low, _words(low))
    for start in range(len(low) + 1) if starts is None else starts:
        expected = next((end for end in ends if end >= start), len(low))
        assert finder.first(start, len(low)) == expected, (low, start)
        limit = (start + len(low)) // 2
        assert finder.first(start, limit) == min(expected, limit), (low, start, limit)


def test_every_end_phrase_alternative_starts_with_a_listed_word() -> None:
    """_Ends tries the last end pattern only before a word of _END_PHRASE_WORDS: every
    alternative (after the blank) starts with one of them, and no listed word is stale."""
    parsed = list(sre_parser.parse(_END_PHRASE.pattern))
    assert parsed[0] == (sre_constants.LITERAL, ord(" "))
    assert _leading_words(parsed[1:]) == set(_END_PHRASE_WORDS)


# One phrase a pattern of _ONCE_SUBJECTS matches, for each of them (invented wording).
_ONCE_EXAMPLES = [
    "a partner in the energy transition",
    "support for food security",
    "talks on water security",
    "the fight against climate change",
    "the digital transformation of ports",
    "the use of artificial intelligence",
    "ties in cybersecurity",
    "the supply of critical minerals",
    "a dialogue on economic security",
    "plans for green hydrogen",
    "the drive to industrialization",
    "the industrialisation of the north",
    "investment in clean energy",
    "concern over the trade deficits",
    "to narrow their trade deficit",
    "the growing trade imbalance",
    "the persistent trade imbalances",
    "jobs for skilled workers",
    "a need for skilled labor",
    "a shortage of skilled labour",
    "the tariffs imposed last year",
    "regional connectivity",
    "digital connectivity",
    "the WTO accession talks",
    "Norway's accession to the Council",
    "regular direct flights",
    "Direct flights will start",
    "to have a direct flight",
    "Visa-free travel will start",
    "mutual visa exemption",
    "the humanitarian aid sent",
    "Humanitarian assistance arrived",
    "official development assistance",
    "net-zero emissions by 2050",
    "a net zero target",
    "renewable energy projects",
    "the share of renewables",
    "the business climate",
    "the Investment climate",
    "the business environment",
    "counter-terrorism work",
    "Counterterrorism drills",
    "the threat of terrorism",
]


@pytest.mark.parametrize(
    "text", [*_ONCE_EXAMPLES, *(p.read_text(encoding="utf-8") for p in BRIEFS)]
)
def test_every_once_subject_match_holds_one_of_its_words(text: str) -> None:
    """find_topics searches a brief for a subject of _ONCE_SUBJECTS only when one of its
    sentences holds one of the entry's words: every match of its pattern, in the text it
    reads, holds one of those words whole (a run of letters of its own)."""
    for sentence in sentences(clean(text)):
        low = sentence.text.lower()
        runs = set(re.findall("[a-z]+", low))
        for key, pattern, lowered, gate in topics._ONCE_SUBJECTS:
            for match in pattern.finditer(low if lowered else sentence.text):
                matched = set(re.findall("[a-z]+", match.group().lower()))
                assert not gate.isdisjoint(runs & matched), (key, match.group())


def test_every_once_subject_example_is_matched() -> None:
    """Each entry of _ONCE_SUBJECTS matches one of the examples above (so the test before
    reads a match of each), and each of its words stands in one of those matches."""
    for key, pattern, lowered, gate in topics._ONCE_SUBJECTS:
        matched: set[str] = set()
        for example in _ONCE_EXAMPLES:
            if match := pattern.search(example.lower() if lowered else example):
                matched.update(re.findall("[a-z]+", match.group().lower()))
        assert gate <= matched, key


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_the_first_end_after_each_position_is_that_of_a_whole_scan(path: Path) -> None:
    """On every sentence of the briefs we have, the first end _Ends finds at or after each
    word (and before a limit) is the one a scan of the whole sentence lists first."""
    for sentence in sentences(clean(path.read_text(encoding="utf-8"))):
        low = sentence.low
        if low:  # an enumeration starts at a word
            _assert_first_ends(low, [0, *(at for at in range(1, len(low)) if low[at - 1] == " ")])


_END_TOKENS = [
    ", ",
    " and ",
    " and agreed ",
    ", which ",
    " to ",
    " to 5 ",
    "in order to help ",
    " was ",
    " under which ",
    ", the minister said ",
    ", and the side proposed ",
    " worth ",
    ". ",
    " – ",
    " u.s. ",
    "; ",
    " (x) ",
    "\n",
    "\n3 ",
    " at the meeting ",
    " from 2 to 4 ",
    " this year ",
    "trade",
    "energy",
    " in ",
    " order ",
    " up to 3 ",
    " deals worth 5 were ",
    " reached 7 ",
    "—",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_END_TOKENS), max_size=14))
def test_the_first_end_is_that_of_a_whole_scan_on_any_text(tokens: list[str]) -> None:
    """On any text made of the words and marks the end patterns read, the first end after
    each position is the one a scan of the whole text lists first."""
    _assert_first_ends("".join(tokens))


@pytest.mark.parametrize(
    "text",
    [
        "• fishing",
        "  - fishing",
        "Talks:\n\t– fishing",
        "Talks:\n  *wool",
        "a well-known - b",
        "Talks\n-fishing",
        "Talks\n\n",
        "Talks\nwool - glass",
        "Talks in:\n(a) fishing;\n(b) wool",
        "(a) fishing",
        "Talks (a)\n(ab) wool",
        "Talks:\n1. fishing",
        "1) fishing",
        "Talks\n2026. wool",
        "Talks\n12.5 wool",
        *(path.read_text(encoding="utf-8") for path in BRIEFS[:40]),
    ],
)
def test_a_bulleted_line_is_found_as_the_multiline_pattern_finds_it(text: str) -> None:
    """A bulleted line at the start or after a line break is found exactly where the
    multi-line pattern finds one."""
    found = bool(_BULLET_LINE.match(text) or _BULLET_AFTER_BREAK.search(text))
    assert found == bool(_BULLET_LINE.search(text))


def test_the_talks_pattern_starts_with_a_listed_word() -> None:
    """_TALKS_ON is searched only in a sentence holding one of _TALKS_WORDS: every match
    starts with one of them, and no listed word is stale."""
    parsed = list(sre_parser.parse(_TALKS_ON.pattern))
    assert parsed[0][0] is sre_constants.AT  # \b
    assert _leading_words(parsed[1:]) == set(_TALKS_WORDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides discussed the state and prospects of Kazakh-Austrian cooperation in "
            "fishing and glass.",
            ["fishing", "glass"],
        ),
        (
            "They discussed the development of copper and coal deposits in the north.",
            ["development of copper and coal deposits in the north"],
        ),
    ],
)
def test_a_pair_of_country_adjectives_is_no_field_and_deposits_are_shared(
    text: str, expected: list[str]
) -> None:
    """'Kazakh-Austrian' (cooperation), its head cut by the next cue, says whose, not what;
    'copper and coal deposits' share their head."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign firms hold a third of investment in Ruritania's non-wool sectors.",
            ["non-wool sectors"],
        ),
        (
            "The sides agreed to simplify the movement of goods and citizens.",
            ["movement of goods"],
        ),
        (
            "Three documents were signed, including a memorandum on the glass corridor and a "
            "program of cooperation in culture for 2026-2029.",
            ["glass corridor", "culture"],
        ),
        (
            "The talks covered visa procedures for Ruritanian citizens.",
            ["visa procedures for Ruritanian citizens"],
        ),
    ],
)
def test_a_non_word_keeps_its_head_and_people_or_a_program_alone_are_no_topics(
    text: str, expected: list[str]
) -> None:
    """'non-wool' alone names no field ('non-wool sectors' does); 'citizens' alone and 'a
    program' (of cooperation in X) are no topics, 'visa procedures for citizens' is."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fishing, glass and wool were identified as promising areas.",
            ["Fishing", "glass", "wool"],
        ),
        ("Anna Berg and Tom Lee were named as key partners.", []),
        (
            "Anna Berg spoke about the readiness of Ruritanian firms to take part in the "
            "construction of a glass plant.",
            ["construction of a glass plant"],
        ),
        (
            "The sides discussed the state of bilateral relations in fishing, glass and wool.",
            ["fishing", "glass", "wool"],
        ),
        ("Relations in general are good, Anna Berg noted.", []),
    ],
)
def test_fields_named_as_priorities_or_of_relations(text: str, expected: list[str]) -> None:
    """'A, B and C were identified as promising areas' and 'relations in A, B and C' name
    fields; people named as partners, 'the readiness of firms (to)' and 'relations in
    general' name none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks covered a wide range of issues, from fishing and wool to glass.",
            ["fishing", "wool", "glass"],
        ),
        ("The talks covered prices, from 5 to 10 percent.", ["prices"]),
        ("The talks covered freight, from Alba to Borda.", ["freight"]),
    ],
)
def test_a_list_told_by_its_ends_gives_each_end(text: str, expected: list[str]) -> None:
    """', from A and B to C' lists A, B and C; a span of figures or of places is no list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister praised the bank's support for reforms in fishing, forestry and the "
            "development of the wool trade.",
            ["fishing", "forestry", "development of the wool trade"],
        ),
        ("The minister praised the reforms in Alba and the region.", []),
        (
            "Other topics included fishing, veterinary and phytosanitary control, and glass.",
            ["fishing", "veterinary and phytosanitary control", "glass"],
        ),
        (
            "Anna Berg called on the sides to jointly combat smuggling, piracy and poaching, "
            "and to guard the coast.",
            ["smuggling", "piracy", "poaching"],
        ),
        (
            "The sides agreed to counter drug trafficking and cybercrime.",
            ["drug trafficking", "cybercrime"],
        ),
        ("The sides agreed to counter the threat.", []),
        (
            "Norwegian firms have carried out 12 projects in Peru worth over $40 million in "
            "fishing, the glass industry and tourism.",
            ["fishing", "glass industry", "tourism"],
        ),
    ],
)
def test_fields_of_reforms_topics_fights_and_projects_worth(
    text: str, expected: list[str]
) -> None:
    """'support for reforms in A, B and C', 'Other topics included A, B and C', 'jointly
    combat A, B and C' and 'N projects in X worth $M in A, B and C' list fields; reforms in a
    place and a bare 'counter the threat' name none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides discussed the regional situation and the fishing quotas, scheduled for "
            "December.",
            ["regional situation", "fishing quotas"],
        ),
        (
            "The sides discussed the Alba-Borda summit slated for next year.",
            ["Alba-Borda summit"],
        ),
        (
            "The council lists 18 joint projects worth around €2 billion in fishing, glass and "
            "the restoration of old ports, its two co-chairs told The Daily.",
            ["fishing", "glass", "restoration of old ports"],
        ),
    ],
)
def test_a_list_ends_before_its_schedule_or_its_speakers(text: str, expected: list[str]) -> None:
    """', scheduled for May', 'slated for next year' and ', its two co-chairs told X' are no
    part of the list's last item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg confirmed the interest of Norwegian companies in the agro-industrial "
            "complex, water management and nuclear energy.",
            ["agro-industrial complex", "water management", "nuclear energy"],
        ),
        ("Anna Berg noted the growing interest of Finnish business in the Alban market.", []),
        (
            "Anna Berg said Oslo sees Peru as a key partner in South America in critical "
            "minerals, energy security and the development of the Alba route.",
            ["critical minerals", "energy security", "development of the Alba route"],
        ),
        ("Anna Berg said Peru is one of Norway's key partners in Asia.", []),
        ("Anna Berg called Peru a reliable partner in ensuring stable harvests.", []),
        (
            "The sides agreed to expand cooperation in new energy, textiles and glass.",
            ["new energy", "textiles", "glass"],
        ),
        (
            "Norway reaffirmed its support for the accession of Peru to the Alba Union and for "
            "the lifting of tariffs.",
            ["accession of Peru to the Alba Union", "lifting of tariffs"],
        ),
        ("Norway reaffirmed its support for Peru's sovereignty and independence.", []),
        (
            "Anna Berg said she had discussed fishing and media freedom with her counterparts, "
            "but declined to give details.",
            ["fishing", "media freedom"],
        ),
        # with whom, named, then how: all of it goes
        (
            "Anna Berg discussed fishing and glass with her Peruvian counterpart Rosa Quispe "
            "by video link on Friday.",
            ["fishing", "glass"],
        ),
        (
            "Anna Berg discussed fishing and glass with her counterpart in a call.",
            ["fishing", "glass"],
        ),
    ],
)
def test_fields_of_interest_of_partners_and_of_support(text: str, expected: list[str]) -> None:
    """'the interest of X companies in A, B and C', 'a key partner (in a place) in A, B and
    C' and 'its support for the accession of X and for Y' name fields; 'new energy' is a
    field of its own; a market, a bare place, a purpose, a country's sovereignty and 'with
    her counterparts' are none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed the implementation of the Strategy for Fisheries until "
            "2030, the formation of a common wool market and glass.",
            ["Strategy for Fisheries", "formation of a common wool market", "glass"],
        ),
        (
            "The sides discussed cooperation between universities and the participation of "
            "Alban suppliers in the city's glass parks.",
            [
                "cooperation between universities",
                "participation of Alban suppliers in the city's glass parks",
            ],
        ),
        (
            "The sides discussed fishing, cooperation between universities and the "
            "participation of Alban firms in the city's parks, and tea.",
            [
                "fishing",
                "cooperation between universities",
                "participation of Alban firms in the city's parks",
                "tea",
            ],
        ),
        (
            "They discussed direct flights, cooperation in the IT sector and mining.",
            ["direct flights", "IT sector", "mining"],
        ),
        ("They discussed it and mining.", ["mining"]),
        (
            "Anna Berg said that the remaining agreements concern the assembly of buses, the "
            "production of textiles and the construction of greenhouses.",
            ["assembly of buses", "production of textiles", "construction of greenhouses"],
        ),
        ("The deal concerned about 40 firms.", []),
    ],
)
def test_items_with_a_term_an_action_after_between_the_it_sector_and_what_deals_concern(
    text: str, expected: list[str]
) -> None:
    """'until 2030' is a term of an item (cut from it), not the list's end; 'between A and
    the participation of X' is two items, also inside a list; 'the IT sector' is a field,
    not a pronoun's; 'the agreements concern A, B and C' lists their subjects."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They exchanged views on the situation in Alba and on issues of visa facilitation "
            "for business trips, a long-standing request from the region.",
            ["situation in Alba", "visa facilitation for business trips"],
        ),
        ("The sides discussed fishing and glass, a new priority.", ["fishing", "glass"]),
        (
            "The fund will co-finance projects in fishing, glass and wool, and the first ten "
            "projects will be approved in May.",
            ["fishing", "glass", "wool"],
        ),
        ("The bank will cover up to 70 percent of the project cost.", []),
        ("The grant covers half of the cost.", []),
        ("The fair brought together 600 firms, including a delegation of 40 companies.", []),
        (
            "They set up a working group with the participation of the railway company and "
            "Alban port operators.",
            [],
        ),
    ],
)
def test_asides_clauses_shares_and_agents_after_a_list_are_no_items(
    text: str, expected: list[str]
) -> None:
    """', a long-standing request' after 'A and B' is an aside; ', and the first ten projects
    will be approved' a clause; 'cover up to 70 percent of the cost' a share; a delegation
    and port operators are who, not what."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The meeting, which lasted about an hour, focused on fishing, glass and the wool "
            "trade, the statement said.",
            ["fishing", "glass", "wool trade"],
        ),
        ("The talks lasted about two hours.", []),
        (
            "Anna Berg briefed him on the port and on the company's plans to open a second "
            "line for seeders.",
            ["port", "second line for seeders"],
        ),
        (
            "The leader proposed to expand cooperation with Peru in fishing and glass, and "
            "wished the President-elect success in his work.",
            ["fishing", "glass"],
        ),
    ],
)
def test_a_length_of_time_a_lone_possessor_and_a_wish_are_no_items(
    text: str, expected: list[str]
) -> None:
    """'lasted about an hour' names no subject; 'the company's' cut off by the next cue is
    whose, not what; ', and wished X success' ends the list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Our firms are ready to invest along its route in cold stores, glass works and '
            'wool mills," Anna Berg said.',
            ["cold stores", "glass works", "wool mills"],
        ),
        (
            '"Our members want to build factories for farm machinery, packaging and glass, and '
            'to open design centres," Anna Berg said.',
            ["farm machinery", "packaging", "glass"],
        ),
        ('"We will open facilities for our staff," Anna Berg said.', []),
    ],
)
def test_a_quotation_names_what_is_invested_in_along_a_route_and_what_factories_make(
    text: str, expected: list[str]
) -> None:
    """Inside a quotation 'invest along its route in A, B and C' and 'build factories for A,
    B and C' list fields; 'facilities for our staff' names none."""
    quote = (0, text.rindex('"') + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The statement called for more direct flights, a common approach to drought and "
            "closer cooperation in fishing and glass.",
            ["direct flights", "common approach to drought", "fishing", "glass"],
        ),
        (
            "The side pushed for stronger guarantees for buyers, including arbitration.",
            ["stronger guarantees for buyers", "arbitration"],
        ),
        ("Anna Berg called for more efforts.", []),
        ("Anna Berg called for calm.", []),
        ("Anna Berg called for simplified customs procedures.", ["simplified customs procedures"]),
        ("The side pushed for lower port fees.", ["lower port fees"]),
    ],
)
def test_what_a_side_calls_or_pushes_for_more_of_is_a_topic(
    text: str, expected: list[str]
) -> None:
    """'called for more A, a common approach to B and closer cooperation in C' and 'pushed
    for stronger X' list subjects ('closer' cut off by the next cue is none); 'more efforts'
    and a bare 'called for calm' name none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg held a meeting with the minister on the implementation of the Alba "
            "Partnership Agreement signed between the two sides earlier this year.",
            ["Alba Partnership Agreement"],
        ),
        (
            "He stressed the need to finance projects in the fishing sector of Peru.",
            ["fishing sector of Peru"],
        ),
        ("Firms run projects in the region.", []),
    ],
)
def test_a_signed_agreement_without_its_signing_and_projects_in_a_sector(
    text: str, expected: list[str]
) -> None:
    """'X Agreement signed between A and B earlier' is X Agreement; 'projects in the fishing
    sector' name a field, 'projects in the region' none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firms signed a memorandum on the construction of four barges with a "
            "deadweight of 8,000 tonnes each at the Alba yard.",
            ["construction of four barges"],
        ),
        (
            "The co-chairs signed a protocol setting the limits of water releases for the summer.",
            ["limits of water releases for the summer"],
        ),
        (
            "The parties approved a joint plan for the repair of 14 dams.",
            ["repair of 14 dams"],
        ),
        (
            "The firms signed an agreement to increase the transportation of grain by sea.",
            ["transportation of grain by sea"],
        ),
        ("The firms signed an agreement to increase the number.", []),
    ],
)
def test_what_a_protocol_a_plan_or_an_agreement_is_for(text: str, expected: list[str]) -> None:
    """'a protocol setting the X of Y', 'a plan for the repair of X' and 'an agreement to
    increase the X of Y' name their subject; 'with a deadweight of N' is no part of it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Special attention was paid to the Alba Trade Centre, under construction on the "
            "border between the two regions.",
            ["Alba Trade Centre"],
        ),
        ("The leaders agreed to launch a joint 1 trillion-won (about $700 million) fund.", []),
    ],
)
def test_a_clause_on_the_item_and_an_amount_cut_before_its_noun_are_no_items(
    text: str, expected: list[str]
) -> None:
    """', under construction on the border' says where the item before is being built; 'a
    joint 1 trillion-won' cut before '(...) fund' is an amount, not a subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We have agreed to pay special attention to forestry. Many students study here,” "
            "Anna Berg said.",
            ["forestry"],
        ),
        ("“We pay attention to every detail,” Anna Berg said.", []),
    ],
)
def test_a_quotation_names_what_special_attention_is_paid_to(
    text: str, expected: list[str]
) -> None:
    """Inside a quotation 'pay special attention to X' names X; 'every detail' is none."""
    quote = (0, text.rindex("”") + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides should deepen cooperation in fishing and glass, and strengthen security "
            "cooperation to jointly safeguard peace.",
            ["fishing", "glass", "security cooperation"],
        ),
        ("The sides will strengthen bilateral cooperation to boost their ties.", []),
    ],
)
def test_the_field_of_cooperation_strengthened_for_a_purpose(
    text: str, expected: list[str]
) -> None:
    """'strengthen security cooperation to X' names security cooperation, without its
    purpose; 'bilateral cooperation' names no field."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides discussed the construction of the Alder – Brenn railway line, the supply "
            "of grain and joint industrial parks.",
            [
                "construction of the Alder – Brenn railway line",
                "supply of grain",
                "joint industrial parks",
            ],
        ),
        (
            "Anna Berg said that the Alder – Brenn – Corvin railway will carry 5 million tons.",
            ["Alder – Brenn – Corvin railway"],
        ),
        (
            "The sides discussed fishing and glass – trade will grow.",
            ["fishing", "glass"],
        ),
    ],
)
def test_a_spaced_dash_between_names_joins_them(text: str, expected: list[str]) -> None:
    """'the Alder – Brenn railway': a spaced dash between two capitalised words is part of a
    name (a list goes on after it, a project's name reads back over it); between clauses it
    still ends the list."""
    assert _topics(text) == expected


def test_a_long_item_loses_the_route_it_takes() -> None:
    """An item too long with 'through the <route>' keeps what goes through it."""
    text = (
        "The sides discussed the supply of electricity produced from renewable sources "
        "through the Alder – Brenn – Corvin green energy corridor."
    )
    assert _topics(text) == ["supply of electricity produced from renewable sources"]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("the launch of", None),  # "the launch of (negotiations on X)": the next cue's
        ("the supply of", None),
        ("a €35 million", None),  # "a €35 million (credit line for X)"
        ("$12 billion", None),
        ("Last year trade turnover", "trade turnover"),
        ("this year's harvest", "harvest"),
        ("bilateral cooperation for 2027–2029", "bilateral cooperation"),
        ("new", None),  # "expand new (areas such as X)"
        ("new energy", "new energy"),
        ("supply of grain", "supply of grain"),
    ],
)
def test_clean_drops_a_dangling_head_an_amount_a_time_and_a_period(
    item: str, expected: str | None
) -> None:
    """A head whose 'of' lost its object to the next cue, an amount alone and a leading
    adjective alone are no topics; a leading 'last year' and a trailing period are cut."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides discussed the supply of grain, cooperation in fishing and glass, the "
            "repair of roads and tourism.",
            ["supply of grain", "fishing", "glass", "repair of roads", "tourism"],
        ),
        (
            "The talks focused on the supply of grain, cooperation in wool, fishing and glass, "
            "and the repair of roads.",
            ["supply of grain", "wool", "fishing", "glass", "repair of roads"],
        ),
        (
            "The sides discussed tourism, cooperation in oil and gas, and transport.",
            ["tourism", "oil and gas", "transport"],
        ),
    ],
)
def test_cooperation_in_a_list_holds_a_list_of_its_own(text: str, expected: list[str]) -> None:
    """'A, cooperation in B and C, D': an item of a list that opens a list of fields ends at
    its own first 'and' (B, C); a fixed pair ('oil and gas') stays one."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tariffs on Norland rice, kinnow and surgical instruments will be cut, while Anna "
            "Berg will lower duties on cotton yarn and fertilisers.",
            ["Norland rice", "kinnow", "surgical instruments", "cotton yarn", "fertilisers"],
        ),
        (
            "The firms held 60 meetings with local counterparts in logistics, fintech and real "
            "estate.",
            ["logistics", "fintech", "real estate"],
        ),
        ("The firms held 60 meetings with counterparts in Almaty.", []),
        (
            "The firms are considering investments of between $15 million and $20 million in "
            "sewing and dyeing plants in the Alba region.",
            ["sewing and dyeing plants"],
        ),
        ("Anna Berg noted investments of $5 million in the country.", []),
        (
            "The side is ready to increase supplies of electricity, polymers and textile "
            "products to Mongolia.",
            ["electricity", "polymers", "textile products"],
        ),
        (
            "She spoke of a grant for projects on water management and border security, and "
            "of initiatives on the preservation of glaciers.",
            ["water management", "border security", "preservation of glaciers"],
        ),
        ("They praised desalination projects on the Alba coast.", []),
    ],
)
def test_goods_and_fields_of_tariffs_counterparts_investments_supplies_and_projects(
    text: str, expected: list[str]
) -> None:
    """'tariffs/duties on A and B', 'counterparts in A and B', 'investments of $N in A',
    'increase supplies of A and B (to a country)', 'projects/initiatives on A' list goods
    and fields; a place after them ('in Almaty', 'in the country', 'on the Alba coast') is
    none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was noted that trade turnover between the two countries amounted to $61 "
            "million, Anna Berg said.",
            ["trade turnover"],
        ),
        ("Norland's non-oil exports to Mongolia grew by 23.5%.", ["non-oil exports"]),
        ("British exports to Mongolia grew by 23.5%.", []),
    ],
)
def test_a_flow_that_opens_a_sentence_is_named_without_where_it_goes(
    text: str, expected: list[str]
) -> None:
    """'It was noted that X turnover between the two countries amounted to', 'X exports to
    <country> grew': the flow is a subject; a country's exports alone name whose, not what."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg welcomed the simplification of work permit procedures and called for "
            "faster VAT refunds.",
            ["simplification of work permit procedures", "faster VAT refunds"],
        ),
        (
            "The sides welcomed the launch of direct flights between Alba and Brenn with three "
            "flights a week.",
            ["launch of direct flights between Alba and Brenn"],
        ),
        ("The sides welcomed the decision of the council.", []),
        (
            "Anna Berg focused on the situation in the region and the water and climate agenda.",
            ["situation in the region", "water and climate agenda"],
        ),
        (
            "They discussed the opening of the Norland Embassy in Canberra earlier.",
            ["opening of the Norland Embassy"],
        ),
    ],
)
def test_what_is_welcomed_or_called_for_and_a_shared_agenda(
    text: str, expected: list[str]
) -> None:
    """'welcomed the launch/simplification of X' and 'called for faster X' name X (how many
    flights a week is cut from a long item, 'earlier' from any); 'the water and climate
    agenda' is one item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The deputies considered the Law "On ratification of the Agreement between the '
            "Government of Norland and the Government of Mongolia on international road "
            'transport", signed in Alba in June of this year.',
            ["international road transport"],
        ),
        (
            "The parties discussed the ratification of the treaty on the avoidance of double "
            "taxation and law enforcement.",
            ["avoidance of double taxation", "law enforcement"],
        ),
        (
            "The parties discussed the ratification of the signed documents.",
            ["ratification of the signed documents"],
        ),
    ],
)
def test_a_law_or_a_ratified_agreement_is_on_its_subject(text: str, expected: list[str]) -> None:
    """'the Law "On ratification of the Agreement between A and B on X"' and 'the
    ratification of the treaty on X' name X; ', signed in Alba' is a clause, no item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "First, the sides should consolidate political mutual trust and firmly support "
            "each other. Third, they should enhance connectivity, speed up the repair of roads.",
            ["political mutual trust", "connectivity", "repair of roads"],
        ),
        ("They should enhance bilateral relations and the efficiency of ports.", []),
        (
            "They should deepen cooperation in energy, mining and farming, and expand new areas.",
            ["energy", "mining", "farming"],
        ),
        (
            "They should expand people-to-people exchanges in education and culture.",
            ["people-to-people exchanges", "education", "culture"],
        ),
        ("They should expand exchanges in education and culture.", ["education", "culture"]),
    ],
)
def test_proposals_name_what_they_consolidate_enhance_and_exchange(
    text: str, expected: list[str]
) -> None:
    """'consolidate political mutual trust', 'enhance connectivity' and 'people-to-people
    exchanges in A and B' name subjects; a new clause (', and expand new areas') ends a list
    of sectors; 'enhance bilateral relations' or 'the X' names none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the conversation with the Minister of Foreign Affairs of Norland Anna Berg, "
            "issues of trade, transit through the ports and the repair of roads were considered.",
            ["trade", "transit through the ports", "repair of roads"],
        ),
        (
            "Our cooperation in fishing and glass aims at jointly raising exports.",
            ["fishing", "glass"],
        ),
    ],
)
def test_a_long_opening_phrase_before_a_list_considered_and_a_purpose_after_a_list(
    text: str, expected: list[str]
) -> None:
    """'In the conversation with <a long title and name>, A, B and C were considered' lists
    A, B and C; 'X and Y aims at Z': the purpose ends the list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg stressed that the TAPI project would bring peace.",
            ["TAPI project"],
        ),
        (
            'Anna Berg presented the "Crossroads of Peace" project of the government.',
            ["Crossroads of Peace project"],
        ),
        (
            "The leaders welcomed the opening of a Norland language course at the Institute "
            "of International Relations of the Ministry of Foreign Affairs.",
            ["opening of a Norland language course"],
        ),
    ],
)
def test_a_named_project_and_a_long_item_without_where_it_is_held(
    text: str, expected: list[str]
) -> None:
    """'the TAPI project', 'the Crossroads of Peace project' are named projects; an item too
    long with 'at the <institution>' loses where it is held."""
    assert _topics(text) == expected


def test_a_list_item_after_and_the_is_its_own_and_a_long_item_loses_its_scheme() -> None:
    """'X in schools and the cooperation of the two parliaments': 'and the' opens an item
    of its own (no shared head), and the parties' cooperation names whose, not what; an
    item too long with 'under the <scheme>' loses the scheme."""
    text = (
        "The participants discussed the legal protection of Norland citizens working in "
        "Mongolia under the Seasonal Work Permit Programme, the teaching of the Norland "
        "language in schools and the cooperation of the two parliaments."
    )
    assert _topics(text) == [
        "legal protection of Norland citizens working in Mongolia",
        "teaching of the Norland language in schools",
    ]


def test_a_compound_ferry_line_is_a_named_project() -> None:
    """'the Alba-Brenn ferry line' is named like a railway or a corridor."""
    text = "Cargo carried on the Alba-Brenn ferry line grew, Anna Berg said."
    assert _topics(text) == ["Alba-Brenn ferry line"]


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_each_deal_under_an_intro_of_deals_signed_names_what_it_is_for(dash: str) -> None:
    """Under 'Among the largest agreements signed:', a bulleted 'A and B — X, $N;' names X
    (one item: its 'and' joins goods of one deal), without the parties and the worth; a
    plain-text copy's spaced hyphen for the dash reads the same."""
    text = (
        "Anna Berg attended the fair.\n\n"
        "Among the largest agreements signed:\n\n"
        f"• Alba Agro and Brenn Mash {dash} assembly of combine harvesters and tractors in "
        "Samarkand, $92 million;\n"
        f"• Corvin Works and Dela Electro {dash} a joint venture for the production of power "
        "transformers, 7.5 billion rubles;\n"
        f"• Elm Logistics and Fir Rail {dash} a contract for container shipments, 2.9 billion "
        "rubles."
    )
    assert _topics(text) == [
        "assembly of combine harvesters and tractors",
        "joint venture for the production of power transformers",
        "container shipments",
    ]


def test_lettered_lines_under_cooperation_in_particular_in_list_fields() -> None:
    """'(a) A and the control of B;' lines under 'cooperation in X, in particular in:' are
    bulleted lines of a list of fields."""
    text = (
        "The Sides agreed to strengthen cooperation in agriculture, in particular in:\n"
        "(a) veterinary and sanitary measures and the control of animal diseases;\n"
        "(b) livestock breeding;\n"
        "(c) pasture management.\n\n"
        "Anna Berg thanked the hosts."
    )
    assert _topics(text) == [
        "agriculture",
        "veterinary and sanitary measures",
        "control of animal diseases",
        "livestock breeding",
        "pasture management",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ALBA — Gross inflow of foreign direct investment (FDI) into Mongolia reached "
            "$17.4 billion, Anna Berg said.",
            ["Gross inflow of foreign direct investment"],
        ),
        (
            "Anna Berg said investment in fixed assets from all sources amounted to 14 "
            "trillion tenge.",
            ["fixed assets"],
        ),
    ],
)
def test_an_inflow_of_x_is_a_flow_and_all_sources_are_no_part_of_a_subject(
    text: str, expected: list[str]
) -> None:
    """'Gross inflow of X into <country> reached' names the inflow (without where it goes);
    'from all sources' is cut from what is invested in."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed the construction of a rice and fruit distribution centre.",
            ["construction of a rice and fruit distribution centre"],
        ),
    ],
)
def test_an_article_before_a_and_b_and_two_nouns_names_one_thing(
    text: str, expected: list[str]
) -> None:
    """'a rice and fruit distribution centre': one thing, the article's; 'a loan and road
    repair in X' stays two."""
    assert _topics(text) == expected
    assert topics._split_and("a loan and road repair in Alba") == ["a loan", "road repair in Alba"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Norland side asked for the improvement of the business environment.",
            ["improvement of the business environment"],
        ),
        ("Anna Berg asked for the floor.", []),
    ],
)
def test_what_a_side_asks_for_is_a_subject(text: str, expected: list[str]) -> None:
    """'asked for the improvement of X' names what is asked for; 'asked for the floor' no
    subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("the meeting of the Alba Council held in Minsk on November 27", None),
        ("the session of the Joint Commission held in Alba", None),
        ("the meeting of the Alba Business Council", "meeting of the Alba Business Council"),
    ],
)
def test_a_meeting_held_somewhere_is_an_event(item: str, expected: str | None) -> None:
    """'(took part in) the meeting of the X held in Y': an event, no subject."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg reaffirmed her commitment to the reform of the Alba Council.",
            ["reform of the Alba Council"],
        ),
        (
            "Anna Berg expressed her respect for the status of permanent neutrality of Alba.",
            ["permanent neutrality of Alba"],
        ),
        (
            "Anna Berg expressed respect for the preservation of the Brenn lake.",
            ["preservation of the Brenn lake"],
        ),
        # principles and traditions are no subject of talks
        ("The sides reaffirmed their commitment to the principles of the Alba Charter.", []),
        ("Anna Berg expressed respect for the traditions of Alba.", []),
    ],
)
def test_commitment_to_and_respect_for_the_action_of_x_name_it(
    text: str, expected: list[str]
) -> None:
    """'reaffirmed commitment to the reform of X', 'expressed respect for the status of X'
    name what is committed to or respected; 'commitment to the principles of X' names none."""
    assert _topics(text) == expected


def test_an_apposition_saying_what_a_delegation_consists_of_is_no_topic() -> None:
    """'the delegation, consisting of 7 members of the Alba Parliament, would visit X' says
    who, not what: the item before it stays, the apposition goes."""
    text = (
        "Anna Berg said the Alba Union would allocate €36 million for the new phase of the "
        "Border Programme and that the delegation, consisting of 7 Members of the Alba "
        "Parliament, would visit the Corvin region the next day."
    )
    assert _topics(text) == ["phase of the Border Programme"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alba and Brenn agreed to expand the list of products covered by their "
            "Preferential Trade Agreement.",
            ["Preferential Trade Agreement"],
        ),
        (
            "Anna Berg discussed the expansion of the list of Alban agricultural products "
            "allowed for export.",
            ["expansion of the list of Alban agricultural products allowed for export"],
        ),
    ],
)
def test_a_bare_list_of_products_is_vague_but_a_list_of_named_goods_is_kept(
    text: str, expected: list[str]
) -> None:
    """'the list of products (covered by X)' names no goods: X is the subject; 'the list of
    Alban agricultural products' says which goods and stays."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since January, 186 freight trains have been sent from the Alba International Port.", []),
        ("Since January, 186 freight trains have been sent from Alba International Port.", []),
        (
            "Anna Berg discussed the expansion of the Alba International Port.",
            ["expansion of the Alba International Port"],
        ),
    ],
)
def test_a_port_trains_are_sent_from_is_where_they_start_not_a_topic(
    text: str, expected: list[str]
) -> None:
    """'trains sent from the X International Port': where they start, as 'a terminal at the X
    Port' is where it stands; the port's expansion is a subject."""
    assert _topics(text) == expected


def test_a_named_system_is_a_named_project() -> None:
    """'the Alba Interbank Payment System (AIPS)' is named like a platform or a mechanism;
    a lower-case 'the Alban education system' is no name."""
    text = (
        "The bank was ready to consider connecting Brenn banks to the Alba Interbank Payment "
        "System (AIPS). The Alban education system was praised."
    )
    assert _topics(text) == ["Alba Interbank Payment System"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two towns signed a memorandum on twinning and cooperation on Friday.", ["twinning"]),
        ("The partners will carry out a joint programme in four areas.", []),
        ("The region has nine partner cities, including Ankara, Tbilisi, Vienna and Madrid.", []),
        ("The trade ministers of the two states discussed this at talks in Riga on Monday.", []),
        (
            "The delegation was received by the deputy mayor. The office did not say what was "
            "discussed.",
            [],
        ),
    ],
)
def test_days_counts_cities_and_clauses_around_a_subject_are_not_topics(
    text: str, expected: list[str]
) -> None:
    """A weekday, a number word, a city, "this at talks in X" or "X did not say what" after a
    cue is when, how many, where or a clause, never what was discussed."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers will be able to rent pasture on lease for up to 25 years.", []),
        (
            "The sides discussed tourism and charter flights, starting with three flights a week.",
            [
                "tourism",
                "charter flights",
            ],
        ),
        ("The credit carries a grace period of 7 years.", []),
        (
            "The parties discussed the supply of mineral fertiliser for four years.",
            ["supply of mineral fertiliser"],
        ),
    ],
)
def test_a_duration_or_rate_with_a_short_head_is_no_topic(text: str, expected: list[str]) -> None:
    """A duration or rate ("lease for up to N years", "N flights a week") is how long or how
    often, not what; a longer subject before the number stays a topic, without how long."""
    assert find_topics(sentences(text), text, [], []) == expected


def test_a_field_head_before_and_ends_the_first_item() -> None:
    """A field head ends its item ("the textile industry and road services"), so the
    words after "and" are a second topic, not a second modifier of "services"."""
    text = "He praised the documents on fishing, the textile industry and road services."
    assert find_topics(sentences(text), text, [], []) == [
        "fishing",
        "textile industry",
        "road services",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor informed the guests about the restoration of old mosques and the "
            "development of hotel infrastructure.",
            ["restoration of old mosques", "development of hotel infrastructure"],
        ),
        ("The envoy informed the minister about the plans to widen the port.", []),
    ],
)
def test_informed_about_an_action_lists_its_topics(text: str, expected: list[str]) -> None:
    """Actions after "informed X about the" ("restoration of Y") are topics; "about the plans to"
    is no cue."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sides discussed fishing in a warm and friendly atmosphere.", ["fishing"]),
        ("The ministers discussed mining here, in a cordial, open atmosphere.", ["mining"]),
        ("“We can discuss our plans here, in a friendly atmosphere,” the envoy said.", []),
    ],
)
def test_the_atmosphere_and_here_are_no_part_of_a_topic(text: str, expected: list[str]) -> None:
    """How the sides talked ("in a warm and friendly atmosphere") and where ("here") are
    no topic nor part of one."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed wool, rare metals and fishing. They agreed to set up a "
            "joint working group on rare metals.",
            ["wool", "rare metals", "fishing", "joint working group on rare metals"],
        ),
        (
            "The sides discussed dairy farming and water supply. They also discussed "
            "drinking water supply to mountain villages.",
            ["dairy farming", "water supply", "drinking water supply to mountain villages"],
        ),
        (
            "The sides discussed the Green Lake route. They also discussed the development of "
            "the Green Lake route.",
            ["development of the Green Lake route"],
        ),
    ],
)
def test_a_later_item_holding_an_earlier_one_keeps_both(text: str, expected: list[str]) -> None:
    """A later sentence's item that holds an earlier item inside it, or after "on", names
    something else (both stay); one that ends with it after "of" names it again."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Press freedom and the rule of law, as well as the situation in Mali, were also "
            "raised.",
            ["Press freedom", "rule of law", "situation in Mali"],
        ),
        (
            "During the talks, grazing rights and bee keeping were touched upon.",
            ["grazing rights", "bee keeping"],
        ),
        ("Wool prices were raised by five percent.", []),
        ("Questions were also raised.", []),
        ("Concerns were raised at the meeting.", []),
    ],
)
def test_subjects_that_were_raised_are_topics(text: str, expected: list[str]) -> None:
    """The list a sentence opens with is its topics when it "was raised" or "touched upon"
    at the sentence's end or at the talks; raised by an amount, or bare questions, are none."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayors agreed to restore the ferry service between Ostrava and the town of "
            "Brno and to build a joint fish hatchery on the Odra river.",
            [
                "ferry service between Ostrava and the town of Brno",
                "joint fish hatchery on the Odra river",
            ],
        ),
        (
            "The ministers agreed in Lima on Monday to open a wool exchange and to cut border "
            "waiting times by half.",
            ["wool exchange", "border waiting times"],
        ),
        (
            "Peru and Chile agreed to operationalise a llama trade route through Bolivia by the "
            "middle of next year.",
            ["llama trade route through Bolivia"],
        ),
        ("The two presidents agreed to raise annual trade to $5 billion by 2030.", []),
        ("They agreed to raise the quota and to meet again in May.", []),
        # an instruction or a purpose goes on with no plan: "and to connect" names nothing
        ("The mayor told the firms to clear the plots and to connect the farms to the grid.", []),
        # "and to expand the use of X": the cue of its own still reads X
        (
            "The envoy urged both sides to widen the road and to expand the use of local "
            "currencies in trade.",
            ["local currencies in trade"],
        ),
        # what is to be revived names its subjects as restored ones do
        (
            "The mayors of Velmora and Castelmar agreed to revive river cruises and youth "
            "exchanges.",
            ["river cruises", "youth exchanges"],
        ),
        (
            "The two ministers agreed to revitalise the wool fair in Velmora.",
            ["wool fair in Velmora"],
        ),
    ],
)
def test_what_the_sides_agreed_to_do_names_topics(text: str, expected: list[str]) -> None:
    """The object of "agreed to <restore/open/build/...>" is a topic, and so is that of each
    "and to <verb>" after it; a figure's target ("raise annual trade to $5 billion") and an
    instruction's "and to connect X" are none."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers agreed to look into a ferry link between the two ports.",
            ["ferry link between the two ports"],
        ),
        (
            "The mayors are looking into joint dairy plants and cold storage.",
            ["joint dairy plants", "cold storage"],
        ),
        # what is looked into is no subject when it is a pronoun, a question or an incident
        ("The ministry said it would look into the incident.", []),
        ("The ministers agreed to look into how to cut waiting times.", []),
    ],
)
def test_what_the_sides_look_into_names_topics(text: str, expected: list[str]) -> None:
    """ "agreed to look into X": X is a subject the sides will study; "look into the
    incident", "into how to" name none."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Varga said Velmora was ready to share its experience in customs and port "
            "management with the Ruritanian Ministry of Transport.",
            ["customs", "port management"],
        ),
        (
            "The sides agreed to exchange best practices in seed breeding with Chile.",
            ["seed breeding"],
        ),
        # not shared: the partner may be part of the field ("experience in trade with X")
        (
            "Minister Varga praised Velmora's experience in trade with the European Union.",
            ["trade with the European Union"],
        ),
    ],
)
def test_whom_experience_is_shared_with_is_no_part_of_its_field(
    text: str, expected: list[str]
) -> None:
    """ "share experience in X with Y": Y is who receives it, not part of the field X."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister Varga said Velmora supports Ruritania in following its own path.", []),
        (
            "Velmora supported the Ruritanian Government in carrying out land reform.",
            [],
        ),
        ("Velmora supports Chile.", []),
        # what is backed, not whom
        (
            "Velmora supports renewable energy in the highlands and port building.",
            ["renewable energy in the highlands", "port building"],
        ),
    ],
)
def test_whom_a_side_supports_is_no_topic(text: str, expected: list[str]) -> None:
    """ "supports X in following its path": X (a country or a body) is whom a side backs, no
    subject, nor is what X does."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed the humanitarian needs of the more than 6,400 refugees "
            "who came to Velmora in May, and port fees.",
            ["humanitarian needs of refugees", "port fees"],
        ),
        (
            "They discussed the resettlement of some 300 families.",
            ["resettlement of families"],
        ),
        # a count of things is a figure's, and the item stays none
        ("They discussed the supply of 500 tractors.", []),
    ],
)
def test_a_count_of_people_an_item_is_of_goes_and_the_item_stays(
    text: str, expected: list[str]
) -> None:
    """ "the needs of the more than 6,400 refugees who came in May": the needs of refugees
    (how many is a figure's, who they are no part of the subject)."""
    assert find_topics(sentences(text), text, [], []) == expected


def test_an_aside_on_when_the_item_before_is_planned_is_no_topic() -> None:
    """ "the ferry line, planned for May, and the bus link": when and where the item before
    is to be, no item of the list."""
    text = (
        "The ministers also touched upon the new ferry line, planned for May, and the river "
        "port, due in the autumn, and bus links."
    )
    assert find_topics(sentences(text), text, [], []) == [
        "ferry line",
        "river port",
        "bus links",
    ]


def test_whose_an_item_is_of_both_countries_goes() -> None:
    """ "the place of women in the assemblies of both countries": whose, as "for both
    countries" and "between the two countries" are."""
    text = "The speakers discussed women in the assemblies of both countries and fisheries."
    assert find_topics(sentences(text), text, [], []) == [
        "women in the assemblies",
        "fisheries",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Varga asked Ruritania to open its market wider to fresh cherries and "
            "dairy products.",
            ["fresh cherries", "dairy products"],
        ),
        (
            "Velmora will open up the Ruritanian market to Chilean wool.",
            ["Chilean wool"],
        ),
        # to whom a market opens is no subject
        ("Ruritania pledged to open its market to foreign investors.", []),
        ("Ruritania pledged to open its market to Chile.", []),
    ],
)
def test_the_goods_a_market_opens_to_are_topics(text: str, expected: list[str]) -> None:
    """ "open its market wider to X and Y": the goods let in are subjects; investors or a
    country it opens to are whom."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayors discussed river ports, youth participation in sports, and tourism.",
            ["river ports", "sports", "tourism"],
        ),
        # a list's item before "and participation in" stays one
        ("The mayors discussed fisheries and participation in the fair.", ["fisheries", "fair"]),
    ],
)
def test_a_word_that_says_who_takes_part_is_no_item_of_the_list(
    text: str, expected: list[str]
) -> None:
    """ "discussed A, youth participation in B": "youth" is who takes part in B, no item."""
    assert find_topics(sentences(text), text, [], []) == expected


def test_a_nationality_alone_is_no_topic() -> None:
    """ "interested in X and in Peruvian participation in Y": "Peruvian" alone is whose."""
    text = (
        "The president said Chile is interested in long-term contracts for copper and in "
        "Peruvian participation in the construction of two ports."
    )
    assert find_topics(sentences(text), text, [], []) == [
        "long-term contracts for copper",
        "construction of two ports",
    ]


def test_a_question_mark_ends_an_item() -> None:
    """ "Will the sides discuss X?": the question mark is no part of X."""
    text = "Does the ministry plan to discuss fishing quotas in the Baltic?"
    assert find_topics(sentences(text), text, [], []) == ["fishing quotas in the Baltic"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fund will provide a loan of $40 million to Andes Tin SA for the construction "
            "of a new smelter near the mine, the fund said.",
            ["construction of a new smelter near the mine"],
        ),
        (
            "The bank will provide Peru with €20 million, or about 80 million soles, to "
            "modernise street lighting and flood drainage in Cusco, the country's oldest city.",
            ["street lighting", "flood drainage"],
        ),
        (
            "The utility will receive a grant of €2 million to improve its metering and reduce "
            "water theft.",
            ["metering", "water theft"],
        ),
        (
            "The project provides for the repair of 9 dams, as well as the installation of "
            "400 flood sensors.",
            ["repair of 9 dams", "installation of 400 flood sensors"],
        ),
        (
            "The project will rebuild 120 km of canals and introduce a digital water register.",
            ["canals", "digital water register"],
        ),
        (
            "The loan has a term of 20 years, including a four-year grace period.",
            [],
        ),
    ],
)
def test_what_a_loan_or_project_pays_for_is_a_topic(text: str, expected: list[str]) -> None:
    """What a loan, a sum or a project is for ("a loan of $X to Y for the construction of
    Z", "€X to modernise Z", "provides for", "will rebuild") names topics; the loan's
    terms (a grace period) and a city's description after its name are none."""
    assert find_topics(sentences(text), text, [], []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fishing accounted for the largest share of the deals, $4.2bn, followed by "
            "forestry and paper ($2.1bn), the glass industry ($1.3bn), wool and leather "
            "($0.9bn) and tourism ($0.4bn).",
            ["Fishing", "forestry and paper", "glass industry", "wool and leather", "tourism"],
        ),
        (
            "Fishing and forestry attracted almost half of the inflow, while tourism received "
            "$1.9 billion.",
            ["Fishing and forestry", "tourism"],
        ),
        (
            "Chile remained the largest investor with $4 billion, followed by the United "
            "States with $2 billion and Peru with $1 billion.",
            [],
        ),
        ("The bank received $5 million from the fund.", []),
        # opening a sentence, "received" takes a share: who got a sum or a count is no field
        ("The embassy received 300 visa requests last month.", []),
        ("The hospital received $2 million from the fund.", []),
        ("Tourism received 40% of the grants.", ["Tourism"]),
        ("Chilean exports accounted for almost two thirds of this volume.", []),
        ("Exports of paper reached $2 billion, including 400 thousand tons of pulp.", ["pulp"]),
    ],
)
def test_the_fields_of_a_breakdown_are_topics(text: str, expected: list[str]) -> None:
    """The fields a breakdown names ("followed by A ($X), B ($Y)", "A attracted half of
    the inflow, while B received $X") are topics; who takes a share (a country, the bank,
    whose exports) is not, nor what opens a sentence with "received" a sum or a count."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy hosted the talks in the capital, with fishing rights, port fees and "
            "counter-piracy topping the agenda.",
            ["fishing rights", "port fees", "counter-piracy"],
        ),
        (
            "Water quotas and grazing rights dominated the talks.",
            ["Water quotas", "grazing rights"],
        ),
        # countries and people are who, not what, in either form
        ("Peru and Chile dominated the talks.", []),
        ("Anna Berg dominated the talks.", []),
        (
            "The envoy hosted the talks, with Peru, Chile and fishing rights topping the agenda.",
            ["fishing rights"],
        ),
    ],
)
def test_what_topped_the_agenda_is_a_topic(text: str, expected: list[str]) -> None:
    """ "with A, B and C topping the agenda", "A and B dominated the talks" list topics;
    a country or a person among them is none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She asked the bank to consider additional financing for the old dam and for the "
            "digitalisation of land registers.",
            ["additional financing for the old dam", "digitalisation of land registers"],
        ),
        ("The fund is considering a loan of about $50 million.", []),
        (
            "They will consider connecting the farms to the Andes Payment System.",
            ["Andes Payment System"],
        ),
        (
            "The plant will increase output of tin concentrate by 40%.",
            ["tin concentrate"],
        ),
        (
            "According to the statistics office, exports of wool and leather fell by 6% to "
            "$91 million.",
            ["exports of wool and leather"],
        ),
        (
            "Chilean investments in Peru, mainly in fishing and forestry, stood at US$260 "
            "million.",
            ["fishing", "forestry"],
        ),
        ('"We import electricity, mostly in winter," she said.', []),
    ],
)
def test_considered_supplies_outputs_and_reported_flows(text: str, expected: list[str]) -> None:
    """What is to be considered ("consider additional financing for X"), an output to grow
    and a flow "according to" someone are topics; a loan considered, a season and a sum
    after "stood at US$" are none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In total, 12 documents were signed, including five intergovernmental agreements "
            "and seven commercial deals worth $2 billion.",
            [],
        ),
        ("They study in Lima, including some 700 on state grants.", []),
        (
            "The sides discussed the electrification of the northern and western provinces.",
            ["electrification of the northern and western provinces"],
        ),
        (
            "They will discuss the extension of their fishing treaty, in force since 2008, "
            "and hopes to sign it.",
            ["extension of their fishing treaty"],
        ),
    ],
)
def test_counts_amounts_and_clauses_are_no_topics(text: str, expected: list[str]) -> None:
    """A count of documents, "some 700", "in force" and "hopes" are no topics; "the northern
    and western provinces" share their head."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    "tally",
    [
        "bringing the number of bilateral instruments to 17",
        "raising the total of agreements between Ruritania and Velmora to 17",
    ],
)
def test_a_clause_bringing_a_count_to_a_new_total_is_no_topic(tally: str) -> None:
    """ "two memoranda, on A and on B, bringing the number of X to 17": the new total is a
    figure's, not a subject after the list."""
    text = f"They signed two memoranda, on higher education and on diplomatic training, {tally}."
    assert _topics(text) == ["higher education", "diplomatic training"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They discussed a just and lasting peace.", ["just and lasting peace"]),
        (
            "They discussed a stable and prosperous Velmora, trade and energy.",
            ["stable and prosperous Velmora", "trade", "energy"],
        ),
        ("They discussed fair trade and just transition.", ["fair trade", "just transition"]),
    ],
)
def test_settlement_adjectives_coordinated_before_a_noun_share_it(
    text: str, expected: list[str]
) -> None:
    """ "a just and lasting peace": two adjectives no ending tells share the noun, one
    subject, not "just" and "lasting peace"; each before its own noun stays its own item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday she held a video conference with Minister of Trade Ana Ruiz on "
            "preferential tariffs for tin.",
            ["preferential tariffs for tin"],
        ),
        (
            "She had a phone call with Minister Ana Ruiz on fisheries and port fees.",
            ["fisheries", "port fees"],
        ),
        ("She held a video conference with Minister Ana Ruiz on Monday.", []),
    ],
)
def test_a_video_conference_or_call_with_someone_on_a_subject_names_it(
    text: str, expected: list[str]
) -> None:
    """ "held a video conference with X on Y", "a phone call with X on Y": Y is what they
    discussed, as after "talks with X on"; "on Monday" is when."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Joint projects are being implemented in fishing, glassmaking and tourism.",
            ["fishing", "glassmaking", "tourism"],
        ),
        (
            "She held talks with Minister of Mines, Oil and Gas Ana Ruiz on tin supplies and "
            "rare metals.",
            ["tin supplies", "rare metals"],
        ),
        (
            "Both sides pledged to deepen fisheries cooperation and connectivity.",
            ["fisheries cooperation", "connectivity"],
        ),
        (
            "The premier called for enhanced cooperation against piracy, food security and "
            "drought.",
            ["enhanced cooperation against piracy", "food security", "drought"],
        ),
        (
            "The council adopted five decisions on fishing, shipping and the digital economy.",
            ["fishing", "shipping", "digital economy"],
        ),
        (
            "The two sides agreed to accelerate work on the coastal railway and free ports.",
            ["work on the coastal railway", "free ports"],
        ),
        (
            "The president proposed the joint development of the river corridors.",
            ["joint development of the river corridors"],
        ),
        (
            "The ministers discussed by phone on Monday the expansion of tin exports.",
            ["expansion of tin exports"],
        ),
        (
            "“Today we agreed on a new investment package worth $50 million in fishing and "
            "tourism,” Anna Berg said.",
            ["fishing", "tourism"],
        ),
        ("The next decision on the rate is due in May.", []),
    ],
)
def test_more_ways_to_name_what_was_discussed(text: str, expected: list[str]) -> None:
    """Projects "being implemented in" fields, talks with a title holding a comma "on" X,
    "deepen X and Y", "called for enhanced cooperation against X", "decisions on", "agreed to
    accelerate", "proposed the joint development of", a call "by phone on Monday", and a
    quoted "package worth $X in" name topics; a bare "rate" does not."""
    quotes = [(text.index("“"), text.index("”") + 1)] if "“" in text else []
    assert find_topics(sentences(text), text, quotes, ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile encourages its firms to invest in Peru in fish farming, solar panels and "
            "digital economy.",
            ["fish farming", "solar panels", "digital economy"],
        ),
        (
            "Chile welcomes more firms to invest in the country's ports, railways and tourism.",
            ["country's ports", "railways", "tourism"],
        ),
        (
            "They agreed to expand cooperation in fishing, mining and people-to-people and "
            "cultural exchanges.",
            ["fishing", "mining", "people-to-people and cultural exchanges"],
        ),
        ("The firm plans to build a second phase of 600 megawatts next year.", []),
        (
            "The two sides support the peace process between Peru and Chile and the opening of "
            "regional transport routes.",
            ["peace process between Peru and Chile", "opening of regional transport routes"],
        ),
        (
            "The two ministers held a phone call on Sunday on the Andes gas pipeline and new "
            "ferry lines.",
            ["Andes gas pipeline", "ferry lines"],
        ),
    ],
)
def test_invest_in_a_place_in_fields_and_other_readout_phrasings(
    text: str, expected: list[str]
) -> None:
    """ "invest in <country> in X", "invest in the country's X", "people-to-people and
    cultural exchanges" (one item), "the sides support X and the opening of Y" and "a call on
    Sunday on X" name topics; "a second phase of 600 megawatts" is an amount."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They also discussed the stability of tin markets, in addition to regional and "
            "international developments of common interest.",
            ["stability of tin markets", "regional and international developments"],
        ),
        (
            "She held meetings with Anna Berg and Ivo Lind, discussing the Andes Fishing Treaty "
            "and the upgrade of the Lima Friendship Hospital, respectively.",
            ["Andes Fishing Treaty", "upgrade of the Lima Friendship Hospital"],
        ),
        (
            "They adopted a statement on cooperation in the field of information and "
            "communication technologies.",
            ["information and communication technologies"],
        ),
        (
            "They discussed a fishing charter and an agreement under which the fund will lend "
            "$5 million.",
            ["fishing charter"],
        ),
    ],
)
def test_connectors_and_set_phrases_in_lists(text: str, expected: list[str]) -> None:
    """ "in addition to" joins two lists like "as well as"; "of common interest" and ",
    respectively" are no part of an item; "information and communication technologies" is
    one field; a bare "agreement" is a document, no topic."""
    assert find_topics(sentences(text), text, [], ["Anna Berg", "Ivo Lind"]) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("14 pumping stations", "pumping stations"),
        ("180,000 smart meters", "smart meters"),
        ("500 tonnes of wool", "wool"),
        ("500 tonnes", None),
        ("27 projects in fishing", None),
        ("2 billion dollars", None),
        ("3 ministers", None),
    ],
)
def test_a_count_before_things_goes_but_a_figure_stays_none(
    item: str, expected: str | None
) -> None:
    """ "(rebuild) 14 pumping stations" names the stations; a unit, a magnitude, a count of
    projects or of people after the number is a figure, no topic."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under the project, the old dam will be rebuilt.", []),
        (
            "It will finance the construction and reconstruction of water mains in 90 "
            "villages of the Cusco, Puno and Tacna regions.",
            ["construction and reconstruction of water mains in 90 villages"],
        ),
    ],
)
def test_a_sentence_opening_and_a_region_list_name_no_project(
    text: str, expected: list[str]
) -> None:
    """ "Under the project" is no named project; "of the A, B and C regions" is where (its
    names split no list); two actions on one thing ("construction and reconstruction of X")
    are one item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The speaker informed the guests about the judicial reforms and the development "
            "of the legal framework for digital assets.",
            ["judicial reforms", "development of the legal framework for digital assets"],
        ),
        (
            "The minister informed the envoy about the political reforms carried out in Peru.",
            ["political reforms"],
        ),
        (
            "The sides agreed to jointly develop ferry routes connecting the Andes with the "
            "Pacific coast region via the Port of Callao.",
            ["ferry routes connecting the Andes with the Pacific coast region"],
        ),
        ("The envoy informed the minister about the results of the census.", []),
    ],
)
def test_reforms_informed_about_and_joint_plans(text: str, expected: list[str]) -> None:
    """ "informed X about the <adjective> reforms" and "agreed to jointly develop X" name
    topics; a long item loses the route it takes ("via the Port of Y") and "carried out";
    "about the results of" names none by itself."""
    assert _topics(text) == expected


def test_projects_in_a_country_then_in_fields() -> None:
    """ "projects in <country>, in A, B and C": where, then the fields, which are topics."""
    text = (
        "Chilean companies take part in about 30 projects in Peru, in fishing, shipbuilding "
        "and the glass industry."
    )
    assert _topics(text) == [
        "fishing",
        "shipbuilding",
        "glass industry",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders adopted a declaration that puts fisheries, tourism and human "
            "resources at the center of cooperation.",
            ["fisheries", "tourism", "human resources"],
        ),
        (
            "He also suggested setting up a coastal forum and a joint body for search and "
            "rescue at sea.",
            ["coastal forum", "joint body for search and rescue at sea"],
        ),
    ],
)
def test_what_is_put_at_the_center_or_suggested_is_a_topic(text: str, expected: list[str]) -> None:
    """ "puts A, B and C at the center of cooperation" and "suggested setting up X" name
    topics."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor reported to the Head of State on the economic development of the province.",
            ["economic development of the province"],
        ),
        (
            "They discussed fishing and the preparation of a new agreement on the promotion and "
            "reciprocal protection of investments.",
            ["fishing", "promotion and reciprocal protection of investments"],
        ),
        (
            "They discussed cooperation in education and on mutual protection of investments.",
            ["education", "mutual protection of investments"],
        ),
    ],
)
def test_reports_to_someone_and_actions_sharing_their_object(
    text: str, expected: list[str]
) -> None:
    """ "reported to X on the Y" names Y; "the promotion and reciprocal protection of X" is one
    item, "in A and on B" two; an item cut after "a new" is none."""
    assert _topics(text) == expected


def test_an_agreement_with_partners_to_build_names_what_is_built() -> None:
    """ "signed an agreement with A and B to build 1.5GW of wind capacity": the capacity's
    kind, without its amount."""
    text = (
        "Peru has signed a $1.8bn agreement with the Andes Fund and a Chilean contractor to "
        "build 1.5GW of wind capacity in the Tacna region."
    )
    assert _topics(text) == ["wind capacity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed:\n1. salmon farming;\n2. ferry links;\n3. wool trade.",
            ["salmon farming", "ferry links", "wool trade"],
        ),
        (
            "The following issues were on the agenda of the talks:\n\n1. Salmon farming;\n"
            "2. Ferry links.",
            ["Salmon farming", "Ferry links"],
        ),
        (
            "The ministers signed a protocol, which provides for:\n1) salmon farming;\n"
            "2) ferry links.",
            ["salmon farming", "ferry links"],
        ),
        (
            "The mayor presented a list of projects offered to investors:\n▪ a salmon farm;\n"
            "▪ a ferry terminal.",
            ["salmon farm", "ferry terminal"],
        ),
        (
            "Under the charter, the four ports pledged to work together on the following "
            "initiatives:\n\n1. Salmon farming, with a goal of 9 new farms by 2031;\n"
            "2. Ferry links and wool trade.",
            ["Salmon farming", "Ferry links and wool trade"],
        ),
        (
            "1. Anna Berg visited the old harbour.\n\n2. She met the fishermen.",
            [],
        ),
    ],
)
def test_numbered_items_under_a_list_intro_list_topics(text: str, expected: list[str]) -> None:
    """Numbered items ("1.", "2)") under a line that introduces a list ("discussed:", "The
    following issues were on the agenda:", "provides for:", "a list of projects ...:") are
    enumerations of topics, as bulleted lines are, and so are those under "work together on
    the following initiatives:" (a cue that wants a word after it); numbered paragraphs under
    no intro are not lists, and "following issues" is no topic."""
    assert _topics(text) == expected


def test_numbered_paragraphs_after_a_bulleted_list_are_no_items() -> None:
    """A numbered paragraph after the bullets of an intro that closes an earlier numbered
    paragraph is read as a sentence again, not as an item of that list."""
    text = (
        "1. The ministers agreed to expand cooperation in farming, in particular in:\n"
        "- salmon farming;\n- wool.\n\n"
        "2. The ministers underlined the importance of ferry links."
    )
    assert _topics(text) == [
        "farming",
        "salmon farming",
        "wool",
        "ferry links",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said Chile attached great importance to joint production in textiles, "
            "wool and the furniture industry.",
            ["textiles", "wool", "furniture industry"],
        ),
        (
            "The new fund will put money into salmon farming and forestry.",
            ["salmon farming", "forestry"],
        ),
        ("The firms started joint production in the northern region.", []),
        ("The fund will put money into the new harbour.", []),
    ],
)
def test_joint_production_in_and_money_put_into_fields_are_topics(
    text: str, expected: list[str]
) -> None:
    """The fields after "joint production in" and "put money into" are topics; a place or
    a thing after an article is not a field."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("a 150-room hotel", "hotel"),
        ("a 500-bed hospital", "hospital"),
        ("a 100-megawatt solar plant", "solar plant"),
        ("150 tonnes", None),
    ],
)
def test_a_size_before_a_noun_is_no_part_of_the_topic(item: str, expected: str | None) -> None:
    """ "a 150-room hotel" is a hotel: the size before the noun goes; a number alone with its
    unit stays a figure, no topic."""
    assert topics._clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "salmon, wool, timber and dried fruit to Chile",
            ["salmon", "wool", "timber", "dried fruit"],
        ),
        (
            "salmon, wool, timber and dried fruit to the Registan",
            ["salmon", "wool", "timber", "dried fruit to the Registan"],
        ),
        (
            "salmon to Peru, wool and timber to Chile",
            ["salmon to Peru", "wool", "timber to Chile"],
        ),
    ],
)
def test_a_destination_after_the_last_item_of_a_list_is_cut(
    text: str, expected: list[str]
) -> None:
    """ "A, B and C to Chile": where all of them go is no part of the last item; a name that
    is no country or city stays, and so does a destination when another item has its own."""
    assert topics._split(text) == expected


@pytest.mark.parametrize(
    "item",
    [
        "due to be held in Lima next April",
        "scheduled for next spring",
        "the sidelines of the regional trade fair",
        "behalf of the Secretary General",
        "this figure",
        "these matters",
        "efforts being",
        "the efforts being made to settle disputes",
        "five areas",
        "launched",
        "could jointly promote their interests on world markets",
        "Later",
        "Meanwhile",
        "growing",
    ],
)
def test_clause_fragments_and_words_pointing_back_are_no_topics(item: str) -> None:
    """A clause on the item before (", due to be held"), the occasion of talks ("on the
    sidelines of"), a word pointing back ("this figure"), a count of areas, a lone participle
    or sentence adverb: none names a subject."""
    assert _clean(item) is None


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("the reforms being carried out in the region", "reforms"),
        ("seed", "seed"),
        ("the figure skating school", "figure skating school"),
    ],
)
def test_a_clause_after_being_goes_and_real_subjects_stay(item: str, expected: str) -> None:
    """ "the reforms being carried out": the reforms; a word ending in -eed and a longer
    phrase opening with an ordinary noun stay."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("grain, fruit and vegetables", ["grain", "fruit and vegetables"]),
        ("research and innovation", ["research and innovation"]),
        ("mining, education and training", ["mining", "education and training"]),
        ("standards and metrology", ["standards and metrology"]),
    ],
)
def test_set_pairs_of_fields_stay_one_item(text: str, expected: list[str]) -> None:
    """ "fruit and vegetables", "education and training", "research and innovation":
    fields a text joins by a set pair are one item, as "transport and logistics" is."""
    assert topics._split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The speaker proposed that the assemblies share experience in budget oversight, "
            "and support the early signing of an agreement on the avoidance of double "
            "taxation.",
            ["budget oversight", "avoidance of double taxation"],
        ),
        (
            "The two sides discussed plans for the third session of the Joint Business "
            "Council, due to be held in Lima next April, at which ten contracts are expected "
            "to be signed.",
            ["Joint Business Council"],
        ),
        (
            "They exchanged views on regional developments and the efforts being made to "
            "settle disputes.",
            ["regional developments"],
        ),
        (
            "Later, the delegation held a meeting with the head of the energy regulator, in "
            "which tariff and licensing matters were discussed.",
            ["tariff", "licensing matters"],
        ),
        (
            "The memorandum covers five areas: water supply; research and innovation; and "
            "skills and training.",
            ["water supply", "research and innovation", "skills and training"],
        ),
    ],
)
def test_clauses_around_a_list_are_no_items(text: str, expected: list[str]) -> None:
    """ "and support the early signing of X" opens a clause; ", due to be held" and "the
    efforts being made" are fragments; ", in which A and B were discussed" lists A and B, not
    the meeting before; "covers five areas: A; B; C" lists A, B and C."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("the supply of 60 harvesters", None),
        ("12 ferries to the province", None),
        ("9 cranes to the country", None),
        ("12 ferries to the Province of Light", "ferries to the Province of Light"),
        ("Peru and Chile", None),
        ("supply of grain", "supply of grain"),
        ("12 small hydropower plants", "small hydropower plants"),
    ],
)
def test_counted_deal_goods_and_countries_alone_are_no_topics(
    item: str, expected: str | None
) -> None:
    """ "the supply of 60 harvesters", "12 ferries to the province": a deal's goods counted (a
    named destination may be a subject);
    "Peru and Chile": who; the supply of goods uncounted and counted plants to build stay."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fourteen contracts were signed, including the supply of 300 combines and 40 "
            "buses to the region.",
            [],
        ),
        (
            "Under Blue Horizon Initiative, the bank will fund coastal roads.",
            ["Blue Horizon Initiative", "coastal roads"],
        ),
        (
            "The two ministers held talks beforehand on water management and the construction "
            "of a new dam.",
            ["water management", "construction of a new dam"],
        ),
        ("The firm will keep selling wool to its buyers, including Peru and Chile.", []),
        (
            "Peru and Chile agreed to expand joint patrols and to co-develop coastal radar.",
            ["joint patrols", "coastal radar"],
        ),
        (
            "The two foreign ministers held separate talks on Friday on water sharing and "
            "border demarcation.",
            ["water sharing", "border demarcation"],
        ),
    ],
)
def test_deal_counts_openers_and_talks_beforehand(text: str, expected: list[str]) -> None:
    """Counted goods of contracts are no topics; "Under" opening a sentence is no part of a
    name (what the bank will fund is a topic of its own); "held talks beforehand on X" and
    "held talks on Friday on X" name X, as does "and to co-develop X"; buyers that are
    countries are no topics."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over time Peru wants to buy more wool and canned fish from Chile, and to export "
            "lithium and dried fruit.",
            ["wool", "canned fish from Chile", "lithium", "dried fruit"],
        ),
        ("Chile is ready to import up to 2 million tonnes of Peruvian grain a year.", []),
        (
            "Lawmakers were asked to update legislation on fishing quotas and river pilotage.",
            ["fishing quotas", "river pilotage"],
        ),
        (
            "The papers include memoranda between the two postal services on parcel tracking, "
            "and a customs protocol.",
            ["parcel tracking", "customs protocol"],
        ),
        (
            "Ruritania pledged a small grant for school buses in hill villages.",
            ["school buses in hill villages"],
        ),
    ],
)
def test_goods_to_trade_legislation_a_memorandum_between_parties_and_a_grant_for(
    text: str, expected: list[str]
) -> None:
    """The goods a side wishes to import or export (not an amount of them), what legislation
    is on, what a memorandum between two parties is on and what a grant is for are topics."""
    assert _topics(text) == expected


def test_section_headings_of_a_text_sectioned_by_subject_are_topics() -> None:
    """Three or more short sentence-case lines alone between paragraphs are the subjects of
    the sections they head; a heading that names the kind of text ("Main results") is none."""
    text = (
        "The council met today in Lima.\n\nMain results\n\nFisheries policy\n\n"
        "The parties reviewed quotas.\n\nWater and sanitation\n\nThe parties agreed to act.\n\n"
        "Border security\n\nThe parties met again."
    )
    assert _topics(text) == [
        "fisheries policy",
        "water and sanitation",
        "border security",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minister arrived.\n\nPolitics\n\nThe talks went well.",
        "The minister arrived.\n\nFirst day of the visit\n\nHe met the host.\n\n"
        "Second day of the visit\n\nHe left.",
        "The minister arrived.\n\nWhy it matters\n\nIt matters.\n\nWhat the numbers say\n\n"
        "They say little.\n\nThe road ahead\n\nIt is long.",
    ],
)
def test_a_kicker_and_headings_that_open_with_a_determiner_are_no_topics(text: str) -> None:
    """A kicker line ("Politics"), two headings alone, or headings opening with a determiner
    or a question word ("Why it matters") name no subject."""
    assert _topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks ended with the signing of two memoranda, the first on food safety and "
            "the second on small and medium enterprises.",
            ["food safety", "small and medium enterprises"],
        ),
        (
            "A Peruvian firm signed a memorandum of understanding with a Chilean dairy company "
            "on quality control of cheese exports, a deal worth $2 million.",
            ["quality control of cheese exports"],
        ),
        (
            "The minister toured the Callao Container Port, where the director briefed him on the "
            "port's facilities and its cold storage services.",
            ["cold storage services"],
        ),
    ],
)
def test_documents_listed_one_by_one_a_memorandum_with_a_firm_and_a_tour(
    text: str, expected: list[str]
) -> None:
    """ "the first on X and the second on Y" lists what each document is on; a memorandum
    with a firm on X names X, "a deal" alone nothing; the port a minister toured and its
    facilities are where, not what."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "water, environmental, social and governance standards, and skills and training",
            ["water", "environmental, social and governance standards", "skills and training"],
        ),
        (
            "environmental, social and governance standards",
            ["environmental, social and governance standards"],
        ),
        ("pricing and licensing matters", ["pricing and licensing matters"]),
        ("tea, fresh fish and rice", ["tea", "fresh fish", "rice"]),
    ],
)
def test_adjectives_alone_share_the_head_of_the_next_item(text: str, expected: list[str]) -> None:
    """ "environmental, social and governance standards": adjectives alone before an item
    whose head they share are one item with it; "pricing and licensing matters" share theirs."""
    assert topics._split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Earlier, the minister held talks with Dr. Ana Ruiz on boosting exports and the "
            "possibility of signing an agreement on mutual recognition of diplomas.",
            ["boosting exports", "mutual recognition of diplomas"],
        ),
        (
            "A joint cannery with a capacity of 500 tonnes of fish per year will be built in the "
            "port zone.",
            ["joint cannery"],
        ),
    ],
)
def test_talks_with_a_doctor_and_a_plant_with_its_capacity(text: str, expected: list[str]) -> None:
    """ "talks with Dr. X on Y" names Y (the abbreviation's full stop ends nothing), "the
    possibility of signing" is cut before its object; a plant "with a capacity of ... will be
    built" is the plant, not its output."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lima will grant 35 scholarships to Chilean nurses each spring.", ["scholarships"]),
        (
            "The Peruvian side will provide 80 government scholarships to Chilean students.",
            ["government scholarships"],
        ),
        ("Forty state scholarships will be provided to Chilean cadets.", ["state scholarships"]),
        ("The Chilean students asked about scholarships.", []),
        ("Housing is provided to cadets, most of whom study on state scholarships.", []),
    ],
)
def test_scholarships_offered_are_a_topic(text: str, expected: list[str]) -> None:
    """Scholarships a side offers (or provides, or of which it sets the number) are a subject of
    their own, with "government" or "state" before them when the text says so; scholarships
    asked about or studied on are not."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru offered Chilean investors tax holidays of up to ten years in its free "
            "economic zones.",
            ["free economic zones"],
        ),
        (
            "Lima will set aside land in a special economic zone near the port for Chilean firms.",
            ["special economic zone"],
        ),
        ("The delegation visited the Callao Free Economic Zone.", []),
    ],
)
def test_free_and_special_economic_zones_are_a_topic(text: str, expected: list[str]) -> None:
    """Free or special economic zones a text names in lower case are a subject of their own;
    a zone's capitalised name is read (or not) as a name."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders agreed to lift bilateral trade to $2 billion.", ["bilateral trade"]),
        ("They hope to boost the volume of mutual trade to 500 million euros.", ["mutual trade"]),
        ("They agreed to raise the quota to 300 workers.", []),
    ],
)
def test_the_trade_a_target_is_set_for_is_a_topic(text: str, expected: list[str]) -> None:
    """ "raise bilateral trade to $2 billion": the trade between the sides is a subject, the
    target a figure ("annual trade" raised to a target stays a figure's subject); a quota
    raised to a number names no trade."""
    assert _topics(text) == expected


def test_the_reserves_a_country_holds_are_background_not_topics() -> None:
    """ "X holds reserves of 12 metals, including A and B": what lies in its ground is
    background to the talks; a list after "including" elsewhere still names topics."""
    text = (
        "Peru holds reserves of 12 of the 20 metals listed as strategic, including tin, "
        "zinc and silver. The sides discussed trade, including fisheries and tourism."
    )
    assert _topics(text) == [
        "trade",
        "fisheries",
        "tourism",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She held talks in Lima with the Peruvian minister on the implementation of the "
            "coastal partnership agreed at the Andean summit, on flood protection and on "
            "vocational training.",
            ["coastal partnership", "flood protection", "vocational training"],
        ),
        (
            "They took stock of cooperation in fisheries.",
            ["fisheries"],
        ),
    ],
)
def test_talks_in_a_city_with_someone_and_taking_stock_name_topics(
    text: str, expected: list[str]
) -> None:
    """ "talks in Lima with X on Y" names Y (without where it was agreed); "took stock of X"
    names X."""
    assert _topics(text) == expected


def test_bare_cooperation_is_no_topic() -> None:
    """ "8 documents on cooperation were signed, including an agreement on fisheries": the
    bare word "cooperation" says nothing of what; fisheries does."""
    text = "The ministers signed 8 documents on cooperation, including an agreement on fisheries."
    assert _topics(text) == ["fisheries"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister held talks on Friday in Lima with Chilean Foreign Minister Ana Ruiz.", []),
        (
            "She held talks on Monday with the Finnish minister on forestry and on port "
            "logistics.",
            ["forestry", "port logistics"],
        ),
        (
            "The sides signed three memoranda of understanding, on fisheries and on the "
            "training of customs officers.",
            ["fisheries", "training of customs officers"],
        ),
        ("The minister signed the agreement, on Monday.", []),
    ],
)
def test_talks_on_a_weekday_say_when_and_documents_name_subjects_after_a_comma(
    text: str, expected: list[str]
) -> None:
    """ "talks on Friday in Lima with X" names no subject (when, then where and with whom);
    "talks on Monday with X on Y" names Y; "memoranda of understanding, on A and on B" names
    A and B."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pledges will be channelled into fisheries, ports and tourism.",
            ["fisheries", "ports", "tourism"],
        ),
        (
            "The projects include factories for bicycle tyres, glass bottles and ceramics.",
            ["bicycle tyres", "glass bottles", "ceramics"],
        ),
        ("The zone already hosts factories for export and factories for the domestic market.", []),
        (
            "Peru is ready to increase its imports of Thai rice products.",
            ["imports of Thai rice products"],
        ),
    ],
)
def test_what_money_goes_into_and_what_factories_make_are_topics(
    text: str, expected: list[str]
) -> None:
    """Pledges "channelled into" fields, the goods "factories for" make and "its imports of"
    goods to increase are topics; factories "for export" or "for the domestic market" name
    none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The conference gathered 300 guests, including delegations from Chile, Peru, the "
            "United Kingdom, Ghana and Kenya.",
            [],
        ),
        ("They discussed Afghanistan, Syria and trade.", ["Afghanistan", "Syria", "trade"]),
    ],
)
def test_a_list_of_three_or_more_countries_says_who_not_what(
    text: str, expected: list[str]
) -> None:
    """A list whose items name three or more countries lists who took part: none of them is
    a topic; a country among fewer stays one."""
    assert _topics(text) == expected


def test_a_release_s_own_parts_are_no_section_headings() -> None:
    """ "News release", "Quotes" and "Quick facts" head the parts of a government release,
    not its subjects; the subject headings around them stay topics."""
    body = (
        "News release\n\nThe minister met her Chilean counterpart.\n\nTrade and investment\n\n"
        "Chile is a partner.\n\nRegional security\n\nThey met again.\n\nEnergy transition\n\n"
        'They spoke.\n\nQuotes\n\n"We are friends," she said.\n\nQuick facts\n\nChile is big.'
    )
    assert find_topics(sentences(body), body, [], ["Anna Berg"]) == [
        "trade and investment",
        "regional security",
        "energy transition",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister announced $40 million for flood protection and rural roads.",
            ["flood protection", "rural roads"],
        ),
        (
            "The funds include £7 million of new support for coastal protection.",
            ["coastal protection"],
        ),
        (
            "The grant includes $9 million for clean drinking water and $3 million for "
            "teacher training.",
            ["clean drinking water", "teacher training"],
        ),
        ("Oslo pledged $5 million for Ghana and €3 million for five years.", []),
        ("The bank opened a credit line of $50 million for joint ventures.", []),
        (
            "The first €10 million will fund solar pumps and cold storage.",
            ["solar pumps", "cold storage"],
        ),
        ("The bank will support the initiative and would also support Ghana.", []),
        (
            "The bank will lend €900 million for mining projects meeting EU standards.",
            ["mining projects"],
        ),
        # a magnitude hyphened to its number, the sum in another currency in brackets
        (
            "Oslo will give up to NOK 1.5-billion (about R2.6-billion) over four years for "
            "solar pumps, cold storage and road repairs.",
            ["solar pumps", "cold storage", "road repairs"],
        ),
        ("The minister announced $40-million for flood protection.", ["flood protection"]),
    ],
)
def test_what_a_sum_is_for_and_what_it_will_fund_are_topics(
    text: str, expected: list[str]
) -> None:
    """A sum "for" a field, or that "will fund" or "will support" one, names it; not a sum
    for a country or for a number of years, nor a sum inside "a credit line of $X for Y"
    (the credit line's own item); "projects meeting EU standards" are the projects."""
    assert _topics(text) == expected


_LONG_LEAD = (
    "After a long morning of talks at the ministry, which both delegations described as "
    "frank, friendly and useful for the years ahead, and a short visit to the harbour, "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LONG_LEAD + "the minister announced $40 million for flood protection.",
            ["flood protection"],
        ),
        (_LONG_LEAD + "the bank opened a credit line of $50 million for joint ventures.", []),
    ],
)
def test_a_sum_for_a_field_is_read_however_long_the_sentence_before_it(
    text: str, expected: list[str]
) -> None:
    """The sum before "million for X" (and an "of" before the sum) is found after a lead of
    more than 150 characters, as after a short one."""
    assert len(_LONG_LEAD) > 150
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The project will rehabilitate about 1,150 kilometers of canals and some 90 km of "
            "drains.",
            ["canals", "drains"],
        ),
        ("The report covers all 17 goals.", []),
        (
            "Delegations took the floor, raising questions on export subsidies, state aid "
            "and technical barriers to trade.",
            ["export subsidies", "state aid", "technical barriers to trade"],
        ),
        (
            "The senator raised concerns about press freedom and prison conditions.",
            ["press freedom", "prison conditions"],
        ),
        ("She raised questions about whether it works.", []),
        (
            "The minister briefed the envoy on his country's solar plans and its flood programme.",
            ["country's solar plans", "flood programme"],
        ),
        ("They noted progress toward a ceasefire.", ["ceasefire"]),
        (
            "The bank approved a grant to repair bridges and to reduce losses in the power grid.",
            ["losses in the power grid"],
        ),
        ("The fund said it will help and to reduce losses in the power grid.", []),
    ],
)
def test_agendas_concerns_briefings_and_a_grant_s_aims_name_topics(
    text: str, expected: list[str]
) -> None:
    """What "about 2,400 km of" measures, the questions or concerns raised "on" or "about"
    subjects, what someone was briefed "on his" plans, "progress toward" a goal and what a
    grant is "and to reduce" are topics; "covers all 17 goals" counts, names none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The programme provides for 8 exchanges of choirs, joint film festivals and the "
            "training of archivists.",
            ["exchanges of choirs", "joint film festivals", "training of archivists"],
        ),
        ("The plan provides for financing of up to $2 billion a year.", []),
        (
            "The shipment, the third this month, includes 900 tonnes of flour, 40 tonnes of "
            "salt and blankets.",
            ["flour", "salt", "blankets"],
        ),
        (
            "Minister Ts.Bold held talks with Rector B.Naran on joint research.",
            ["joint research"],
        ),
        (
            "The bank will provide $3 million in equipment for a new language centre.",
            ["language centre"],
        ),
    ],
)
def test_what_a_programme_provides_for_and_an_aid_shipment_holds_are_topics(
    text: str, expected: list[str]
) -> None:
    """What a programme "provides for" (not a sum of financing), the goods an aid shipment
    "includes" by the tonne, what talks with a person named with initials ("B.Naran") were
    on and what equipment worth a sum is for are topics."""
    assert _topics(text) == expected


def test_new_avenues_and_amounts_name_no_field() -> None:
    """ "explored new avenues, including X": the avenues are X, named after them; "amounts
    (to $5 million)" after a list is the sentence's verb."""
    text = (
        "The ministers explored new avenues, including joint shipbuilding. The price of the "
        "deal, including pilot training, amounts to $5 million."
    )
    assert _topics(text) == [
        "joint shipbuilding",
        "pilot training",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two leaders underscored their shared commitment to freedom of navigation in "
            "the Baltic.",
            ["freedom of navigation in the Baltic"],
        ),
        ("They confirmed their commitment to cooperation and to build ties.", []),
        (
            "The leaders welcomed the agreement reached last week on a new power cable.",
            ["power cable"],
        ),
        ("The deal signed on Monday in Rome was praised.", []),
        (
            "He thanked her for the partnership in Sea Shield, the annual naval exercise, in "
            "which 9,000 Greek and Maltese sailors took part.",
            ["Sea Shield"],
        ),
        (
            "They discussed the Middle Corridor, the digital economy and tourism.",
            ["Middle Corridor", "digital economy", "tourism"],
        ),
        (
            "The investors are interested in fishing and wind projects in northern Chile.",
            ["fishing", "wind projects in northern Chile"],
        ),
    ],
)
def test_commitments_agreements_reached_on_appositives_and_compass_places(
    text: str, expected: list[str]
) -> None:
    """A "commitment to" a noun and what an agreement "reached last week on" is about are
    topics; "Sea Shield, the annual naval exercise": a name and what it is, one item;
    "projects in northern Chile": where, not an item of its own."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Next year's plan targets a fiscal deficit of 2.6 percent of GDP, in line with "
            "keeping government debt under 45 percent of GDP. It targets a deficit of 2 percent "
            "of GDP.",
            ["fiscal deficit", "government debt"],
        ),
        ("He praised the commitment of 0.8 per cent of GDP a year to the plan.", []),
        (
            "He said the plan should bring state debt, currently at 57 percent of GDP, lower.",
            ["state debt"],
        ),
        (
            "The cargo includes 500 tonnes of rice and tents.",
            ["rice", "tents"],
        ),
        (
            "A travel agency planned to run weekly charter flights to Varna.",
            ["weekly charter flights to Varna"],
        ),
    ],
)
def test_measures_given_as_a_share_of_gdp_cargo_and_planned_services_are_topics(
    text: str, expected: list[str]
) -> None:
    """What a figure "of 2.6 percent of GDP" measures (once, not a sum committed), the goods
    a cargo "includes" and what a firm plans "to run" are topics."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They reviewed bilateral trade of $4 billion last year and the supply of Chilean "
            "copper to Peru.",
            ["bilateral trade of $4 billion", "supply of Chilean copper to Peru"],
        ),
        ("They reviewed trade last year and met again.", ["trade"]),
        (
            "The two presidents agreed to push for the entry into force of the Andean trade "
            "agreement.",
            ["entry into force of the Andean trade agreement"],
        ),
    ],
)
def test_a_list_goes_on_after_last_year_and_push_for_names_its_subject(
    text: str, expected: list[str]
) -> None:
    """ "X last year and the supply of Y": the list goes on after its time; "push for the
    entry into force of X" names what is pushed for."""
    assert _topics(text) == expected


def test_bare_negotiations_and_preparations_name_no_subject() -> None:
    """ "supported the negotiations", "discussed the preparation and the contract": the bare
    words say nothing of what; a subject after them does."""
    text = (
        "The centre has supported the negotiations since 2023. They discussed the preparation, "
        "the contract and fisheries."
    )
    assert _topics(text) == ["fisheries"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The broadcasters would set up a joint media monitoring centre and swap at "
            "least 80 reports a week.",
            ["joint media monitoring centre"],
        ),
        (
            "The airline will launch direct flights between Lima and Quito in March 2027, "
            "initially twice a week.",
            ["direct flights between Lima and Quito"],
        ),
        ("The sides will set up a joint venture and would establish a commission.", []),
    ],
)
def test_what_a_side_will_set_up_or_launch_is_a_topic(text: str, expected: list[str]) -> None:
    """What a side "will set up" or "will launch" is a topic (not how often it runs); a joint
    venture or a commission to be set up names no subject by itself."""
    assert _topics(text) == expected


def test_the_states_of_a_b_and_c_are_where_not_items() -> None:
    """ "in the states of A, B and C", "in the northern provinces of A and B": where the item
    is, not items of the list."""
    text = (
        "Companies have invested mainly in the automotive sector in the states of Sonora, Jalisco "
        "and Baja California, and in water supply in the northern provinces of Salta and Jujuy."
    )
    assert _topics(text) == [
        "automotive sector",
        "water supply",
    ]


def test_what_a_financing_agreement_is_for_is_a_topic() -> None:
    """ "a financing agreement of €45 million from X for the extension of Y" names the
    extension of Y."""
    text = (
        "They welcomed a financing agreement of €45 million from the Nordic Fund for the "
        "extension of the Riga tram line."
    )
    assert _topics(text) == ["extension of the Riga tram line"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund has so far supported projects protecting an area of 9,000 hectares.", []),
        ("The fund supported projects including solar farms.", ["solar farms"]),
    ],
)
def test_projects_doing_something_unnamed_are_no_topic(text: str, expected: list[str]) -> None:
    """ "supported projects protecting an area of X": which projects, with no field named;
    "projects including solar farms" names them."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Olsen said that direct flights between Lund and Varna will be launched in May.",
            ["direct flights"],
        ),
        (
            "The ministers discussed tourism. Regular cargo flights start in June, and "
            "charter flights to the coast are planned too.",
            ["tourism", "regular cargo flights"],
        ),
        ("Local carriers now operate 30 weekly flights between the two capitals.", []),
    ],
)
def test_a_kind_of_air_link_is_a_subject_once(text: str, expected: list[str]) -> None:
    """ "direct flights ... will be launched": a kind of air link is a subject wherever the
    text names it, once; a count of weekly flights is no link."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The developer signed a 20-year power purchase agreement with the grid operator.",
            ["power purchase agreement"],
        ),
        (
            "The plant will have a 90 MWh battery storage system next to the lake.",
            ["battery storage system"],
        ),
        ("Investors may join its grid and battery storage projects.", ["battery storage"]),
    ],
)
def test_power_purchase_agreements_and_battery_storage_are_subjects(
    text: str, expected: list[str]
) -> None:
    """ "a 20-year power purchase agreement", "a 90 MWh battery storage system": an energy
    project's parts that are subjects wherever the text names them."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arrivals have doubled since the two countries introduced visa-free entry for "
            "students. Visa-free entry was praised by both.",
            ["visa-free entry"],
        ),
        (
            "The ministers signed an agreement on mutual visa exemption for holders of "
            "service passports.",
            ["mutual visa exemption for holders of service passports"],
        ),
        ("He applied for a visa at the consulate.", []),
        ("The ministers met. Visa-free travel will start in May.", ["visa-free travel"]),
        ("The ministers met. Humanitarian aid arrived by road.", ["humanitarian aid"]),
    ],
)
def test_what_eases_travel_is_a_subject_once(text: str, expected: list[str]) -> None:
    """ "introduced visa-free entry": the visa regime is a subject wherever the text names it,
    once (not again beside what an agreement is on), also at a sentence's start written with a
    capital; a visa applied for is none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Olsen thanked Ms Berg for the humanitarian aid provided to the flooded valley.",
            ["humanitarian aid"],
        ),
        (
            "They discussed the delivery of humanitarian assistance to the coast. More "
            "humanitarian assistance will follow.",
            ["delivery of humanitarian assistance to the coast"],
        ),
        ("The sides praised their humanitarian ties.", []),
    ],
)
def test_humanitarian_aid_is_a_subject_once(text: str, expected: list[str]) -> None:
    """ "thanked X for the humanitarian aid provided to Y": the aid is a subject wherever the
    text names it, once (not again beside an item that holds it); humanitarian ties are none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Finnish renewable energy developer will invest in the region, the mayor said.",
            ["renewable energy"],
        ),
        ("The share of renewables rose, and renewable energy drew investors.", ["renewables"]),
        ("Nordlys Renewable Energy signed a lease with the city.", []),
    ],
)
def test_renewable_energy_is_a_subject_once(text: str, expected: list[str]) -> None:
    """ "a renewable energy developer", "the share of renewables": an energy subject wherever
    the text names it, once; "X Renewable Energy" in capitals is a firm's name."""
    assert _topics(text) == expected


def test_researchers_alone_are_who_not_what() -> None:
    """ "(support for students and) researchers": people, not a subject of the talks."""
    text = "The sides discussed tourism, researchers and mining."
    assert _topics(text) == ["tourism", "mining"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Olsen praised the reforms made to improve the investment climate.",
            ["investment climate"],
        ),
        ("Mr Olsen said the climate of the talks was warm.", []),
    ],
)
def test_the_investment_climate_is_a_subject_once(text: str, expected: list[str]) -> None:
    """ "reforms to improve the investment climate": a subject wherever the text names it;
    the climate alone is not an investment climate."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Olsen noted the regional situation and counter-terrorism cooperation.",
            ["counter-terrorism"],
        ),
        ("Mr Olsen condemned the terrorist attack on the station.", []),
    ],
)
def test_terrorism_is_a_subject_once(text: str, expected: list[str]) -> None:
    """ "counter-terrorism cooperation": the fight against terrorism is a subject wherever the
    text names it, once; a terrorist attack condemned is an event, not a subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bank discussed water supply and a second tranche of up to $45 million.",
            ["water supply"],
        ),
        (
            "The sides discussed grain exports and annual volumes of about 2 million tonnes.",
            ["grain exports"],
        ),
        (
            "The sides discussed supplies of up to 300 tonnes of wool.",
            ["supplies of wool"],
        ),
    ],
)
def test_a_thing_named_only_by_its_approximate_amount_is_a_figure(
    text: str, expected: list[str]
) -> None:
    """ "a tranche of up to $45 million": an amount, which the figures give, not a subject;
    "supplies of up to 300 tonnes of wool" names the goods and stays, without the amount."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("R30-billion a year in lost sales", None),
        ("about Rp 9.5 trillion", None),
        ("$12 million", None),
        ("G20 agenda", "G20 agenda"),
        ("C5+1 summit", "C5+1 summit"),
    ],
)
def test_a_sum_of_money_alone_is_no_topic(item: str, expected: str | None) -> None:
    """ "R30-billion a year in lost sales": a sum in a currency's code and a magnitude is a
    figure; a name with a digit ("G20 agenda") is not a sum."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Delegates met over a working lunch that tackled fishing quotas, port fees, "
            "and the dredging of the harbour.",
            ["fishing quotas", "port fees", "dredging of the harbour"],
        ),
        (
            "The two port authorities agreed to work jointly to remove customs delays "
            "and surcharges.",
            ["customs delays", "surcharges"],
        ),
        (
            "Sylvania is now a major importer of Harbour pine timber, absorbing roughly "
            "800,000 cubic metres.",
            ["Harbour pine timber"],
        ),
        ("The credit line serves purchasers of Sylvanian products.", []),
    ],
)
def test_what_is_tackled_done_together_or_bought_is_a_topic(
    text: str, expected: list[str]
) -> None:
    """ "a lunch that tackled X", "agreed to work jointly to remove X", "a major
    importer of X": the subjects; "purchasers of Sylvanian products" names no kind of goods,
    and "absorbing roughly 800,000 cubic metres" is a figure."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides signed a revised Memorandum of Understanding on the training, "
            "testing and certification of welders.",
            ["training", "testing", "certification of welders"],
        ),
        ("The sides signed the Agreement on the Establishment of the Joint Fund.", []),
        ("The sides signed an Agreement on Cooperation in Fisheries.", []),
    ],
)
def test_a_titled_memorandum_on_a_lower_case_subject_names_it(
    text: str, expected: list[str]
) -> None:
    """ "a Memorandum of Understanding on the training of welders": a capitalised document
    word before a subject in lower case is a cue as "memorandum" is; a title's own words
    in capitals ("Agreement on the Establishment of X") are not read as subjects."""
    assert _topics(text) == expected


def test_small_and_medium_enterprises_after_the_lists_and_stay_one_item() -> None:
    """ "tourism and small and medium enterprises": the list's "and" ends "tourism", the
    set pair "small and medium" stays one item."""
    text = "They discussed cooperation in energy, tourism and small and medium enterprises."
    assert _topics(text) == [
        "energy",
        "tourism",
        "small and medium enterprises",
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("absorbing about 2 million barrels", None),
        ("shipping nearly 60% of the regional catch", None),
        ("shipping up to 40,000 barrels of diesel a week", "shipping diesel"),
    ],
)
def test_doing_an_approximate_amount_names_no_subject_unless_its_goods(
    item: str, expected: str | None
) -> None:
    """ "absorbing about 2 million barrels", "shipping nearly 60% of X": how much is done, a
    figure; "shipping up to 40,000 barrels of diesel a week" names the goods, which stay
    without the amount and its rate."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy sees room for cocoa, leather goods and, increasingly, tourism.",
            ["cocoa", "leather goods", "tourism"],
        ),
        ("The envoy said there was room for improvement.", []),
        (
            "The two countries would work on a ferry and rail route linking their ports.",
            ["ferry and rail route linking their ports"],
        ),
        ("The two countries would work on the draft.", []),
        (
            "Alba will fund projects in Borea on e-governance and flood control.",
            ["e-governance", "flood control"],
        ),
        ("Alba will fund projects in energy on time.", []),
    ],
)
def test_room_for_work_on_and_projects_in_a_place_on_name_subjects(
    text: str, expected: list[str]
) -> None:
    """ "room for X" (not "room for improvement"), "would work on a route", "projects in
    Borea on X" (a capitalised place between): the subjects; "increasingly" set off by
    commas inside the list is no item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firms agreed to study the deployment of small wind turbines on the coast.",
            ["deployment of small wind turbines on the coast"],
        ),
        ("The firms agreed to study the proposals of the Alban side.", []),
        ("The firms agreed to study the issue further.", []),
    ],
)
def test_what_the_sides_agree_to_study_the_doing_of_is_a_topic(
    text: str, expected: list[str]
) -> None:
    """ "agreed to study the deployment of X": a plan on X; "to study the proposals" or
    "the issue" names nothing of its own."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They signed an agreement between the Norport Port Authority and the Alba "
            "International Sea Port on container transit.",
            ["container transit"],
        ),
        ("They discussed the expansion of the Norport Port.", ["expansion of the Norport Port"]),
    ],
)
def test_the_named_parties_to_a_document_on_a_subject_are_no_topics(
    text: str, expected: list[str]
) -> None:
    """ "an agreement between the X Port Authority and the Y Port on Z": the ports sign, Z
    is the subject; a port named as what is expanded stays."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alba sought duty-free access for 40 products including wool and tea.",
            ["duty-free access for 40 products", "wool", "tea"],
        ),
        ("Alba sought clarification from the bank.", []),
        (
            "They signed a memorandum of understanding to develop a solar hydrogen hub.",
            ["solar hydrogen hub"],
        ),
        ("They signed an agreement to develop the relations of the two towns.", []),
    ],
)
def test_the_access_a_side_seeks_and_what_a_memorandum_is_to_develop_are_topics(
    text: str, expected: list[str]
) -> None:
    """ "sought duty-free access for X": the access; "a memorandum of understanding to
    develop a hub": the hub; "sought clarification", "to develop the relations of" name
    no subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("a roundtable with 12 shipping", None),
        ("a round table at the Alban Chamber of Commerce", None),
        ("a seminar on water management", "seminar on water management"),
    ],
)
def test_a_gathering_named_by_who_came_or_where_is_no_topic(
    item: str, expected: str | None
) -> None:
    """ "a roundtable with 12 shipping (firms)", "a round table at the X Chamber": an event
    and who came or where it was; "a seminar on water management" names its subject."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alba is a growing market for solar panels and Borean wine.",
            ["solar panels", "Borean wine"],
        ),
        ("Alba is a growing market for Borea, the minister said.", []),
        ("Alba is a new market for its exporters.", []),
    ],
)
def test_what_a_growing_market_is_for_is_a_topic(text: str, expected: list[str]) -> None:
    """ "a growing market for solar panels": the goods; "a market for Borea" says for whom,
    and "for its exporters" names no goods."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They held a meeting that also took in copper, tin and port safety.",
            ["copper", "tin", "port safety"],
        ),
        ("The talks, which took in the harbour, ran late.", []),
        (
            "The accord commits the two assemblies to clerk exchanges and training for new "
            "members.",
            ["clerk exchanges", "training for new members"],
        ),
        ("The deal commits both sides to develop closer ties.", []),
        ("Borea backed Alba's bid to host the 2031 Island Games.", ["Island Games"]),
    ],
)
def test_what_talks_took_in_what_a_deal_commits_to_and_a_bid_to_host_are_topics(
    text: str, expected: list[str]
) -> None:
    """ "a meeting that also took in A, B and C", "commits the two assemblies to A and B",
    "a bid to host the 2031 X Games" (without the year) name subjects; "took in the
    harbour" and "commits both sides to develop" do not."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister proposed a trade mission of Alban exporters to Borea.", ["trade mission"]),
        (
            "She proposed that an Alba-Borea business forum be held in Borton.",
            ["Alba-Borea business forum"],
        ),
        ("The city would send a trade mission of about 12 firms to Borton.", ["trade mission"]),
        ("The minister proposed a toast to the guests.", []),
        (
            "They signed a Memorandum of Understanding establishing annual political "
            "consultations.",
            ["annual political consultations"],
        ),
        ("The Agreement Establishing the Regional Bank was ratified.", []),
    ],
)
def test_a_proposed_trade_mission_and_what_a_memorandum_establishes_are_topics(
    text: str, expected: list[str]
) -> None:
    """ "proposed (that) a trade mission / business forum", "send a trade mission" name the
    mission (without who goes or where); "a Memorandum of Understanding establishing annual
    political consultations" names them; a toast and a titled agreement do not."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berg announced $1.5 million over three years for a joint research program between "
            "Alba University and the University of Borea on cold-water fisheries.",
            ["joint research program on cold-water fisheries"],
        ),
        ("Berg announced $2 million over three years for the city.", []),
        (
            "The two governments will put A$20 million over five years into a joint research "
            "program run by Alba's BIO and Borea's ACME, with each side paying half.",
            ["joint research program"],
        ),
        ("They will put $5 million into the fund.", []),
        (
            "The agency will support a digital customs project worth USD 2 million.",
            ["digital customs project"],
        ),
        ("The bank would fund a new project.", []),
    ],
)
def test_what_a_sum_over_years_goes_into_and_a_project_a_side_will_support_are_topics(
    text: str, expected: list[str]
) -> None:
    """ "$1.5 million over three years for a research program", "put A$20 million over five
    years into a program" (without who runs it, or the partners between whom), "will support
    a digital customs project" name the program or project; "for the city", "into the fund"
    and "a new project" do not."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alba and Borea will share geological data and co-fund research into cheaper "
            "processing, as both try to hold their ground.",
            ["geological data", "research into cheaper processing"],
        ),
        ("The firms would share the costs.", []),
        ("The two ministries will share information.", []),
    ],
)
def test_what_two_sides_will_share_is_a_topic(text: str, expected: list[str]) -> None:
    """ "will share geological data and co-fund research into X": what is pooled (without the
    verb "co-fund"); "share the costs", "share information" name no subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He thanked Alba for its support for the Union's call for access to concessional "
            "financing for small island states.",
            ["concessional financing for small island states"],
        ),
        ("They called for access to the sea.", []),
    ],
)
def test_what_a_call_for_access_seeks_is_a_topic(text: str, expected: list[str]) -> None:
    """ "a call for access to concessional financing": the financing sought; "access to the
    sea" names a place, not a subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("roughly R35-billion a year in lost sales", None),
        ("some Rs 9.6 billion a year", None),
        ("at least 300 km of coastal roads", "coastal roads"),
        ("about USD 5 million investment in solar parks", "solar parks"),
        ("a credit line of at least $40 million", None),
        ("over Europe's markets", "over Europe's markets"),
    ],
)
def test_every_approximate_word_leads_an_amount_the_same_way(
    item: str, expected: str | None
) -> None:
    """ "roughly", "at least", "about" before a sum or a length: one list of approximate
    words for every amount, so "roughly R35-billion a year" is a sum as "some R35-billion"
    is, and "at least 300 km of coastal roads" names the roads as "about 300 km of" does;
    a word after "over" that opens no amount ("over Europe's markets") stays."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("walnuts and wool to the Japanese market", "walnuts and wool"),
        ("timber to Norway", "timber"),
        ("copper to the United States", "copper"),
        ("supplies of copper to Peru", "supplies of copper to Peru"),
        ("apricots to European markets", "apricots"),
        ("access to the EU market", "access to the EU market"),
        ("a pipeline to Norway", "pipeline to Norway"),
        ("salmon exported to Peru", "salmon exported to Peru"),
        ("the road to Recovery", "road to Recovery"),
    ],
)
def test_where_goods_go_is_cut_from_them(item: str, expected: str) -> None:
    """ "(export more) walnuts and wool to the Japanese market": the goods, without the
    country or the market they go to; the place of a flow named with its goods ("supplies of
    copper to Peru"), of a thing that leads to it by its nature (access, a pipeline, a road)
    or governed by a participle stays, and so does a word that is no country."""
    assert _clean(item) == expected


def test_goods_of_an_export_sentence_lose_their_destination() -> None:
    text = "Ms Lind hopes to export more apricots, walnuts and wool to the Japanese market."
    assert find_topics(sentences(text), text, [], ["Eva Lind"]) == ["apricots", "walnuts", "wool"]


def test_investments_in_a_countrys_field_name_the_field() -> None:
    """ "interested in long-term investments in X's agriculture, A and B": the fields of the
    country's economy, the first one like the others."""
    text = (
        "Mr Holm said Danish funds were interested in new investments in Chile's forestry, "
        "aquaculture and wind power."
    )
    assert find_topics(sentences(text), text, [], ["Per Holm"]) == [
        "forestry",
        "aquaculture",
        "wind power",
    ]
    assert _clean("investments in Peru's mining sector") == "mining sector"
    assert _clean("investments in Anna's garden") == "investments in Anna's garden"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("four new projects in the Alba and Mora provinces", None),
        ("4 new projects in the Alba and Mora provinces", None),
        ("two joint ventures", "two joint ventures"),
        ("the Two Countries", "Two Countries"),
    ],
)
def test_a_count_of_projects_in_words_is_a_figure_as_in_digits(
    item: str, expected: str | None
) -> None:
    """ "four new projects in the A and B provinces" says how many, as "4 new projects" does:
    neither is a subject; a counted word that is no counted head, or a name in capitals,
    stays."""
    assert _clean(item) == expected


def test_a_subject_named_again_with_an_empty_modifier_or_a_generic_head_is_one_topic() -> None:
    """ "bilateral trade", then "trade turnover" and "trade"; "hydropower", then "hydropower
    plants": one subject each, named first where it first comes."""
    text = (
        "Ms Lind and Mr Holm agreed to raise bilateral trade to $2 billion. Trade turnover "
        "between the two countries reached $900 million in 2025. The sides discussed trade, "
        "forestry and hydropower. Mr Holm invited Danish firms to invest in new hydropower "
        "plants and in fisheries."
    )
    assert find_topics(sentences(text), text, [], ["Eva Lind", "Per Holm"]) == [
        "bilateral trade",
        "forestry",
        "hydropower",
        "fisheries",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the upgrade of Peru's oil and gas sector", ["the upgrade of Peru's oil and gas sector"]),
        (
            "the upgrade of the region's water and heating complex",
            ["the upgrade of the region's water and heating complex"],
        ),
        (
            "the upgrade of Chile's mining and transport sectors",
            ["the upgrade of Chile's mining", "transport sectors"],
        ),
    ],
)
def test_a_possessive_before_two_modifiers_of_one_head_keeps_them_one_item(
    text: str, expected: list[str]
) -> None:
    """ "X's oil and gas sector": the possessive determines one sector, as "the" does in "the
    oil and gas sector"; with a plural head ("X's mining and transport sectors") they are two."""
    assert topics._split_and(text) == expected


def test_an_inner_list_after_of_ends_at_its_and_before_the_next_action() -> None:
    """ "the production of paper and cardboard goods, cement and glass, the supply of X": the
    goods after "of" are a list of their own, whose "and" ends it before "the supply of";
    a pair in the middle of one flat list stays one item."""
    text = (
        "The sides discussed the joint production of paper and cardboard goods, cement and "
        "glass, the supply of copper to Peru and the use of the port of Arica."
    )
    found = find_topics(sentences(text), text, [], ["Eva Lind"])
    assert "cement" in found
    assert "glass" in found
    assert "cement and glass" not in found
    flat = "The sides discussed forestry, cement and glass, and fisheries."
    assert find_topics(sentences(flat), flat, [], ["Eva Lind"]) == [
        "forestry",
        "cement and glass",
        "fisheries",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the supply of Peruvian fruit and vegetables",
            ["the supply of Peruvian fruit and vegetables"],
        ),
        ("the supply of Peruvian copper and wool", ["the supply of Peruvian copper", "wool"]),
    ],
)
def test_a_fixed_pair_after_a_demonym_stays_one_item(text: str, expected: list[str]) -> None:
    """ "the supply of Peruvian fruit and vegetables": the country's adjective says whose
    goods, and the set pair after it stays one item, as after an article; two goods that
    are no set pair are two."""
    assert topics._split_and(text) == expected


def test_two_works_of_one_terminal_share_it() -> None:
    """ "a coal storage and loading terminal" is one terminal, as "a grain storage and
    processing hub" is one hub."""
    assert topics._split_and("the construction of a coal storage and loading terminal") == [
        "the construction of a coal storage and loading terminal"
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("clinics in the country's northern provinces", "clinics"),
        ("wells in the country's arid areas", "wells"),
    ],
)
def test_in_the_countrys_regions_is_where(item: str, expected: str | None) -> None:
    """ "clinics in the country's northern provinces": where they are, as "in its regions" is."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They agreed on cooperation in forestry, education and science.",
            ["forestry", "education and science"],
        ),
        ("They agreed on cooperation in education and tourism.", ["education", "tourism"]),
    ],
)
def test_education_and_science_is_a_set_pair(text: str, expected: list[str]) -> None:
    """ "education and science" (as in the ministries of that name) is one field, as
    "science and technology" is; education and another field are two."""
    assert find_topics(sentences(text), text, [], ["Eva Lind"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers signed four instruments on fisheries, housing and sport.",
            ["fisheries", "housing", "sport"],
        ),
        ("The orchestra tuned its instruments on Monday.", []),
    ],
)
def test_the_subjects_of_signed_instruments_are_topics(text: str, expected: list[str]) -> None:
    """ "signed four instruments on A, B and C": legal instruments name their subjects as
    agreements do; "its instruments on Monday" names a day."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("a broad range of sectors", None),
        ("the full range of areas", None),
        ("various aspects of cooperation", None),
        ("all aspects of fisheries", "fisheries"),
        ("the situations", None),
        ("the situation in Borea", "situation in Borea"),
    ],
)
def test_a_bare_field_word_aspects_and_situations_name_no_subject(
    item: str, expected: str | None
) -> None:
    """ "a range of sectors" with its lead cut, "various aspects of cooperation" and "the
    situations" name no subject (the list that follows does); "all aspects of fisheries"
    names fisheries."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        (
            "They will look at new fields like marine science and aviation.",
            False,
            ["marine science", "aviation"],
        ),
        (
            '"We want to move into sectors like aviation and shipbuilding," she said.',
            True,
            ["aviation", "shipbuilding"],
        ),
        ("Other sectors like these will follow.", False, []),
    ],
)
def test_the_fields_after_areas_like_are_topics(
    text: str, quoted: bool, expected: list[str]
) -> None:
    """ "new fields like A and B", "sectors such as A and B" name fields, in a quotation too;
    "sectors like these" points back and names none."""
    spans = [(0, text.rfind(",") + 2)] if quoted else []
    assert find_topics(sentences(text), text, spans, ["Anna Berg"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed tariffs, peace and stability in the Borean Sea and fisheries.",
            ["tariffs", "peace and stability in the Borean Sea", "fisheries"],
        ),
        ("They discussed defence and security.", ["defence and security"]),
        ("They discussed peace and tourism.", ["peace", "tourism"]),
    ],
)
def test_peace_and_security_is_one_concern(text: str, expected: list[str]) -> None:
    """ "peace and stability", "defence and security": set pairs that name one concern, as
    "science and technology" does; "peace and tourism" are two."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed the drought, the refugee situation in Borea and the reform of "
            "the regional bank, one of the goals of the Alban presidency.",
            ["drought", "refugee situation in Borea", "reform of the regional bank"],
        ),
        (
            "They discussed ports, the fleet and the reform of fisheries, and tourism.",
            ["ports", "fleet", "reform of fisheries", "tourism"],
        ),
    ],
)
def test_an_aside_after_a_list_and_a_reform_after_and_the(text: str, expected: list[str]) -> None:
    """ "A, B and the reform of C, one of the goals of X": "one of ..." is an aside on the
    list, which ends before it; "and the reform of" opens an item of its own, as "and the
    construction of" does."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president held talks with the emir in Borton, on his first visit to the "
            "island state since 2019.",
            [],
        ),
        (
            "The minister held talks with the envoy, on fisheries and ports.",
            ["fisheries", "ports"],
        ),
        (
            "She took part in a meeting with Alban and Borean business leaders at the Chamber.",
            [],
        ),
    ],
)
def test_the_occasion_of_talks_and_a_meeting_with_people_are_no_topics(
    text: str, expected: list[str]
) -> None:
    """ "talks ..., on his first visit to X": the occasion, not the subject; "a meeting with
    business leaders" is an event and who came; "talks ..., on fisheries" names a subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("the ferry terminal by March next year", "ferry terminal"),
        ("a fish market by the end of next year", "fish market"),
        ("the coastal road by 2031", "coastal road"),
        ("flights by seaplane", "flights by seaplane"),
    ],
)
def test_a_deadline_after_a_subject_goes(item: str, expected: str) -> None:
    """ "the ferry terminal by March next year", "by the end of next year", "by 2031": when
    it is due, not part of what; "by seaplane" is no time and stays."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alba welcomes investment in fisheries, ports and tourism, and asked Borea to send "
            "more engineers.",
            ["fisheries", "ports", "tourism"],
        ),
        (
            "Alba welcomes investment in mining and requested a study of the harbour.",
            ["mining"],
        ),
    ],
)
def test_a_request_after_a_list_ends_it(text: str, expected: list[str]) -> None:
    """ "investment in A, B and C, and asked Y to X": the request is a clause of its own, so
    the list ends before it and its last "and" splits B from C."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "the Northern Fisheries Council's plans for a joint patrol scheme",
            "joint patrol scheme",
        ),
        ("Alba's plans for a ferry link", "ferry link"),
        ("the Alban Development Bank's loan for roads", "Alban Development Bank's loan for roads"),
        ("Alba's plans", None),
    ],
)
def test_whose_plans_go_before_what_they_are_for(item: str, expected: str | None) -> None:
    """ "the X Council's plans for a joint patrol scheme": whose plans (a name of one word or
    several), then the scheme; a possessor before a head that names something stays."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alba thanked Borea for its aid, including a $40 million soft loan from the Borean "
            "Development Fund for the construction of harbours.",
            ["construction of harbours"],
        ),
        (
            "They discussed fishing, ports and a $40 million loan for the construction of "
            "harbours.",
            ["fishing", "ports", "construction of harbours"],
        ),
    ],
)
def test_the_sum_and_kind_of_a_loan_are_no_topic(text: str, expected: list[str]) -> None:
    """ "including a $40 million soft loan from X for the construction of Y": the loan's sum
    and kind ("soft") are no subject, what it is for is; the items of a list before such a
    loan stay."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("the capital of the Alban Fisheries Fund to $20 million", None),
        ("the authorized capital of the joint bank", None),
        ("the capital of Borea's northern province", None),
        ("capital markets", "capital markets"),
    ],
)
def test_a_bodys_capital_and_a_capital_city_are_no_topics(item: str, expected: str | None) -> None:
    """ "(raise) the capital of the X Fund (to $20 million)": a sum, which the figures name;
    "the capital of X's province": a city; "capital markets" is a field and stays."""
    assert _clean(item) == expected


def test_a_list_after_and_in_splits_at_and_the() -> None:
    """ "cooperation in A, including B, and in C and the D": after its own "in", "C and the
    D" is two fields, as "C and the D" alone is."""
    text = (
        "They will cooperate in fisheries, including the renovation of the Borton harbour, "
        "and in marine research and the shipbuilding industry."
    )
    assert _topics(text) == [
        "fisheries",
        "renovation of the Borton harbour",
        "marine research",
        "shipbuilding industry",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berg said fisheries cooperation is the backbone of the relationship.",
            ["fisheries cooperation"],
        ),
        ("Water cooperation has become a pillar of the ties.", ["water cooperation"]),
        ("Berg said bilateral cooperation is growing.", []),
        ("Berg said that our cooperation is strong.", []),
    ],
)
def test_a_field_of_cooperation_as_a_clauses_subject_is_a_topic(
    text: str, expected: list[str]
) -> None:
    """ "X said fisheries cooperation is the backbone of Y": the field of cooperation is a
    subject; "bilateral cooperation", "our cooperation" name no field."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They will visit the Amber Road international visitor centre.", []),
        ("They discussed the Amber Road project and tourism.", ["Amber Road project", "tourism"]),
        ("Velmora and Tarn are two old cities of the Amber Road.", []),
        ('"Ours is a town on the Amber Road, open to all," Anna Berg said.', []),
        ("They agreed to raise the capacity of the Amber Road pipeline.", ["Amber Road"]),
    ],
)
def test_a_name_that_opens_a_sites_name_is_no_topic(text: str, expected: list[str]) -> None:
    """ "the Amber Road international visitor centre": a site, whose name opens with a
    project's; "cities of the Amber Road": places it describes; "the Amber Road project"
    names the project."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alba cut ties with Borea, accusing it of backing “terrorism”, which Borea denied.", []),
        (
            "Alba accused Borea of backing “terrorism”. They agreed to fight terrorism together.",
            ["terrorism"],
        ),
    ],
)
def test_a_scare_quoted_word_is_no_subject(text: str, expected: list[str]) -> None:
    """ "accusing it of backing “terrorism”": a word in quotation marks of its own is the
    writer's distance, not a subject; the same word named plainly later is one."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "entry permits for holders of service passports for visits of up to 60 days",
            "entry permits for holders of service passports",
        ),
        ("visa-free stays for up to 14 days", "visa-free stays"),
        ("a lease for 25 years", None),
    ],
)
def test_how_long_a_stay_lasts_goes_after_its_subject(item: str, expected: str | None) -> None:
    """ "entry permits for X for visits of up to 60 days": the permits, without how long a
    visit may last (so that a long item is not dropped whole); "a lease for 25 years" is a
    term alone."""
    assert _clean(item) == expected


def test_what_two_sides_agree_to_scrap_is_a_topic() -> None:
    """ "agreed to scrap X", "to waive Y": what is to go is a subject, as with "abolish"."""
    text = "Alba and Borea agreed to scrap entry permits and to waive port fees."
    assert _topics(text) == [
        "entry permits",
        "port fees",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berg announced $5 million in new aid for Borea, most of it for flood defences and "
            "school meals, after meeting the prime minister in Borton.",
            ["flood defences", "school meals"],
        ),
        ("Alba sold 3 million tonnes of ore, most of it to Borea.", []),
    ],
)
def test_what_most_of_a_sum_goes_to_is_a_topic(text: str, expected: list[str]) -> None:
    """ "$5 million ..., most of it for A and B": what the money goes to (and ", after
    meeting X" is a clause of its own that ends the list); "most of it to Borea" says where."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berg said she still hoped to conclude the fisheries agreement between Alba and "
            "the Northern League this year.",
            ["fisheries agreement between Alba and the Northern League"],
        ),
        ("Berg hoped to see the deal done.", []),
        ("Alba hopes to export more wool and tea.", ["wool", "tea"]),
    ],
)
def test_the_deal_a_side_hopes_to_conclude_is_a_topic(text: str, expected: list[str]) -> None:
    """ "hoped to conclude the X agreement between A and B this year": the deal (without
    when); "hoped to see" names none; "hopes to export" still reads the goods."""
    assert _topics(text) == expected


def test_a_pair_of_sectors_after_a_cue_is_named_once_under_its_head() -> None:
    """ "stakes in firms, including in the mining and forestry sectors": the cue gives "mining
    and forestry", the sectors give the pair under its head, as the text joins it; the pair
    is named once."""
    text = "Alba is buying stakes in Borean firms, including in the mining and forestry sectors."
    assert _topics(text) == ["mining and forestry sectors"]


def test_a_target_in_a_prefixed_currency_ends_its_subject() -> None:
    """ "expand bilateral trade to NZ$40 billion": the target ends the subject, as "to $40
    billion" does."""
    text = "Alba and Borea agreed to expand bilateral trade to NZ$40 billion by 2030."
    assert _topics(text) == ["bilateral trade"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They signed deals covering co-operation in ICT, fishing and sport.",
            ["ICT", "fishing", "sport"],
        ),
        ("They agreed to expand co-operation on coastal shipping.", ["coastal shipping"]),
    ],
)
def test_co_operation_in_is_read_as_cooperation_in(text: str, expected: list[str]) -> None:
    """ "co-operation in A, B and C" (the British spelling) names its fields as "cooperation
    in" does, with no "co-operation in" left on the first."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("ocean warming ahead of the Borton climate conference", "ocean warming"),
        ("a wind farm to be developed by AlbaWind in the north", "wind farm"),
        ("a ferry terminal to be built at Borton", "ferry terminal"),
        ("preparations ahead of the summit", "preparations ahead of the summit"),
        ("the issues to be discussed", "issues to be discussed"),
    ],
)
def test_when_and_what_is_to_be_done_go_after_a_subject(item: str, expected: str) -> None:
    """ "X ahead of the conference": when; "a wind farm to be developed by Y in Z": what is to
    be done and by whom; the subject stays. A vague head ("preparations", "issues") keeps
    what follows, which names the subject."""
    assert _clean(item) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed ways to boost cultural and scientific cooperation.",
            ["cultural and scientific cooperation"],
        ),
        ("They agreed to develop tourism and fishing links.", ["tourism", "fishing links"]),
    ],
)
def test_adjectives_after_a_verb_of_growth_share_their_head(
    text: str, expected: list[str]
) -> None:
    """ "to boost cultural and scientific cooperation": two adjectives share the head after a
    verb of growth, as after an article; "tourism and fishing links" (a noun first) are two."""
    assert _topics(text) == expected


def test_goods_to_a_market_named_by_a_two_word_adjective_lose_it() -> None:
    """ "cut flowers to the South African market": the goods, without the market, as with
    "to the Japanese market"; "to the African market" names no country and stays."""
    assert _clean("cut flowers to the South African market") == "cut flowers"
    assert _clean("tea to the African market") == "tea to the African market"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They agreed to deepen cooperation across fisheries, shipping and tourism.",
            ["fisheries", "shipping", "tourism"],
        ),
        ("Cooperation across the region grew.", []),
        (
            "They signed deals spanning forestry, mining and sport.",
            ["forestry", "mining", "sport"],
        ),
        ("Ties spanning three decades were praised.", []),
        (
            "Cooperation in areas ranging from fisheries to tourism was discussed.",
            ["fisheries", "tourism"],
        ),
    ],
)
def test_cooperation_across_deals_spanning_and_areas_ranging_from(
    text: str, expected: list[str]
) -> None:
    """ "cooperation across A, B and C", "deals spanning A, B and C" and "areas ranging from A
    to B" name fields, as "cooperation in" does; "across the region" says where and
    "spanning three decades" how long."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They also looked at fisheries, shipping and tourism.",
            ["fisheries", "shipping", "tourism"],
        ),
        ("They looked at each other.", []),
        ("They looked at the map.", []),
    ],
)
def test_what_the_sides_looked_at_is_a_topic(text: str, expected: list[str]) -> None:
    """ "also looked at A, B and C": what was taken up; "looked at each other", "at the map"
    name no subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The talks centred around fisheries, shipping and tourism.",
        "The talks revolved around fisheries, shipping and tourism.",
        "The agenda featured fisheries, shipping and tourism.",
    ],
)
def test_what_talks_centred_or_revolved_around_or_an_agenda_featured_are_topics(
    text: str,
) -> None:
    """ "centred around", "revolved around" and "the agenda featured" name the subjects, as
    "centred on" and "the agenda included" do."""
    assert _topics(text) == [
        "fisheries",
        "shipping",
        "tourism",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Other issues on the agenda were fisheries, shipping and tourism.",
            ["fisheries", "shipping", "tourism"],
        ),
        ("Issues on the agenda were not disclosed.", []),
    ],
)
def test_what_was_on_the_agenda_after_it_is_a_topic(text: str, expected: list[str]) -> None:
    """ "Other issues on the agenda were A, B and C": the list after, as "A and B were on the
    agenda" names the list before; "were not disclosed" names none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministers signed four memoranda of understanding (MoUs) on fisheries, shipping "
        "and tourism.",
        "The ministers signed four memorandums of understanding (MOUs) on fisheries, shipping "
        "and tourism.",
        "The ministers signed four agreements covering, among others, fisheries, shipping "
        "and tourism.",
        "The ministers discussed, among other issues, fisheries, shipping and tourism.",
    ],
)
def test_an_abbreviation_with_small_letters_or_an_aside_before_a_list_ends_nothing(
    text: str,
) -> None:
    """ "(MoUs)", "(MOUs)" after a document, as "(TAPI)" after a name, and ", among others," or
    ", among other issues," between a cue and its list, leave the list to the cue."""
    assert _topics(text) == [
        "fisheries",
        "shipping",
        "tourism",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys stressed the importance of preserving and restoring the rules-based "
            "maritime order.",
            ["preserving and restoring the rules-based maritime order"],
        ),
        (
            "The sides discussed widening and deepening bilateral trade.",
            ["widening and deepening bilateral trade"],
        ),
        (
            "The sides discussed fishing and banking, as well as tourism.",
            ["fishing", "banking", "tourism"],
        ),
    ],
)
def test_two_verbs_that_share_an_object_are_one_item(text: str, expected: list[str]) -> None:
    """ "preserving and restoring the X order": two verbs act on one object, so "preserving"
    is no item of its own; "fishing and banking" with no object after them are two fields."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed fisheries and the production and export of wool.",
            ["fisheries", "production and export of wool"],
        ),
        (
            "The ministers discussed the repair and expansion of the harbour.",
            ["repair and expansion of the harbour"],
        ),
        (
            "The ministers discussed the state and prospects of bilateral cooperation.",
            ["bilateral cooperation"],
        ),
        (
            "The ministers agreed to cooperate on carbon capture and storage and geothermal "
            "power.",
            ["carbon capture and storage", "geothermal power"],
        ),
        (
            "The ministers agreed to build the road and rail link between the harbour and the "
            "inland town of Brenna.",
            ["road and rail link"],
        ),
    ],
)
def test_two_nouns_that_share_a_complement_or_a_head_are_one_item(
    text: str, expected: list[str]
) -> None:
    """ "the production and export of X": two actions on one thing, one item (not "the state
    and prospects of X", whose vague words go); "carbon capture and storage" is one technology,
    "the road and rail link" one link, too long with the places it joins, which go."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides discussed cooperation in fisheries, shipping and wind and solar power.",
            ["fisheries", "shipping", "wind and solar power"],
        ),
        (
            "The ministers stressed the importance of upholding the free and open maritime order.",
            ["upholding the free and open maritime order"],
        ),
    ],
)
def test_set_pairs_of_modifiers_stay_one_item(text: str, expected: list[str]) -> None:
    """ "wind and solar power" is one kind of generation, not "wind" and "solar power"; "free
    and open" is one modifier of its head."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys exchanged views on the situation in the Horn of Africa, including the "
            "process of settling Ethiopian-Eritrean disputes on the basis of the joint "
            "communiques of the presidents of Kenya, Ethiopia and Eritrea.",
            ["situation in the Horn of Africa", "process of settling Ethiopian-Eritrean disputes"],
        ),
        (
            "The envoys discussed the reform of the customs code on the basis of the model law.",
            ["reform of the customs code on the basis of the model law"],
        ),
    ],
)
def test_whose_statements_and_a_long_basis_leave_the_item(text: str, expected: list[str]) -> None:
    """ "of the presidents of A, B and C" names whose texts, no list of items; a long item
    loses "on the basis of the X", what it rests on; a short one keeps it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy reaffirmed Norway's readiness to assist in the clearance of mines and the "
            "restoration of irrigation canals.",
            ["clearance of mines", "restoration of irrigation canals"],
        ),
        (
            "The governor said the province would help with the leasing of farmland.",
            ["leasing of farmland"],
        ),
        (
            "The new ferry line will contribute to the expansion of fisheries.",
            ["expansion of fisheries"],
        ),
        ("The mayor thanked the donors who helped the city.", []),
    ],
)
def test_what_a_side_offers_to_help_with_is_a_topic(text: str, expected: list[str]) -> None:
    """ "readiness to assist in the X of Y", "help with the X of Y", "contribute to the X of
    Y": the action offered is a subject; "helped the city" names none."""
    assert _topics(text) == expected


def test_growing_a_field_named_alone_before_names_it_again() -> None:
    """ "cooperation in fisheries", then "the expansion of fisheries": one subject, once."""
    text = (
        "The sides discussed cooperation in fisheries and shipping. "
        "A new ferry line will contribute to the expansion of fisheries."
    )
    assert _topics(text) == ["fisheries", "shipping"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed the construction of two large grain storage terminals in "
            "Lisbon, Porto and Faro with the participation of local private firms.",
            ["construction of two large grain storage terminals"],
        ),
        (
            "The ministers discussed the launch of weekly flights between Lisbon and Oslo with "
            "a frequency of two flights a week from next March.",
            ["launch of weekly flights between Lisbon and Oslo"],
        ),
    ],
)
def test_a_long_item_loses_who_takes_part_and_what_follows_the_places_a_link_joins(
    text: str, expected: list[str]
) -> None:
    """An item too long with "with the participation of X" (who, not what) or with what
    follows "flights between A and B" is the item without it, not dropped."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The presidents also had a frank exchange of views on the Sahel crisis and agreed "
            "to stay in touch.",
            ["Sahel crisis"],
        ),
        (
            "Nine agreements were signed in areas ranging from fisheries and shipping to "
            "tourism, health and sport.",
            ["fisheries", "shipping", "tourism", "health", "sport"],
        ),
        (
            "She said the sides would deepen cooperation in traditional areas such as fisheries "
            "and shipping.",
            ["fisheries", "shipping"],
        ),
    ],
)
def test_an_exchange_of_views_a_range_of_areas_and_areas_such_as_name_their_fields(
    text: str, expected: list[str]
) -> None:
    """ "an exchange of views on X" names X as "exchanged views on X" does; "in areas ranging
    from A and B to C, D and E" is a list of five that goes on after the range; "traditional
    areas such as A and B" are A and B, "traditional" no field of its own."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor called for the expansion of the ferry service and the development of "
            "rural tourism.",
            ["expansion of the ferry service", "development of rural tourism"],
        ),
        (
            "The declaration calls for the creation of a joint fund and for the next edition "
            "of the summit to be held in Lima.",
            ["creation of a joint fund"],
        ),
        ("The ministers met in Lisbon, about a year after their first talks in Oslo.", []),
    ],
)
def test_what_is_called_for_is_a_topic_but_an_event_or_a_time_is_not(
    text: str, expected: list[str]
) -> None:
    """ "called for the expansion of X and the development of Y": the actions asked for; "the
    next edition of the summit" is an event, and "about a year after" says when they met."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers also discussed the new ferry line, to which Oslo has pledged $50 "
            "million, and joint patrols against cattle smuggling in the tri-border area with "
            "Chad and Niger.",
            ["ferry line", "joint patrols against cattle smuggling"],
        ),
        (
            "The minister said the trilateral memorandum on the Coastal Highway signed with "
            "Ghana and Togo was a major step.",
            ["Coastal Highway"],
        ),
        (
            "The ministers discussed joint efforts to curb the smuggling of cattle and to "
            "disrupt the flow of stolen cars.",
            ["smuggling of cattle", "flow of stolen cars"],
        ),
    ],
)
def test_a_clause_after_an_item_ends_it_and_efforts_go_on_after_and_to(
    text: str, expected: list[str]
) -> None:
    """ ", to which X has pledged $Y," is a relative clause inside the list, "signed with A
    and B" says who signed the document, and "in the tri-border area with A and B" where the
    too-long item stands; "efforts to curb the smuggling of X and to disrupt the flow of Y"
    name what is fought (not "to counter the threat": no "of" says what)."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The premier asked foreign firms to invest more in fisheries, shipping and the "
            "coastal railway.",
            ["fisheries", "shipping", "coastal railway"],
        ),
        (
            "The protocol provides for the creation of a joint leasing company with an "
            "authorized capital of 40 million euros in the capital.",
            ["creation of a joint leasing company"],
        ),
        (
            "The two discussed the harbour project and possible Danish participation in the "
            "dredging of the river mouth.",
            ["harbour project", "dredging of the river mouth"],
        ),
    ],
)
def test_invest_more_in_a_company_s_capital_and_a_modifier_cut_off_by_a_cue(
    text: str, expected: list[str]
) -> None:
    """ "invest more in A, B and C" names the fields as "invest in" does; "with an authorized
    capital of X" is a too-long item's size, which goes; "possible Danish (participation in
    X)" is a modifier whose head the next cue took, no item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister is also considering visits to Chile and Peru early next year, an aide said.",
        "The bank is considering a trip to the plant.",
    ],
)
def test_a_trip_considered_is_no_topic(text: str) -> None:
    """ "considering visits to A and B" is a plan to travel, no subject."""
    assert _topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway will provide grants to help coastal states strengthen fisheries "
            "monitoring, the ministry said.",
            ["fisheries monitoring"],
        ),
        (
            "Chile and Peru want to build a new fibre link between their data networks and a "
            "joint desalination plant on the coast.",
            ["fibre link between their data networks", "joint desalination plant on the coast"],
        ),
    ],
)
def test_what_is_to_be_strengthened_and_a_link_between_their_networks(
    text: str, expected: list[str]
) -> None:
    """ "strengthen fisheries monitoring" names what is to grow, as "enhance" does, also when
    the attribution after it goes; "between their data networks" names both parties, so the
    "and" after it starts a new item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders discussed close coordination on migration, including the return of "
            "nationals of Chile, Peru, Bolivia and Ecuador who lack permits.",
            ["close coordination on migration"],
        ),
        (
            "The two sides also discussed the construction of three grain terminals in Lisbon, "
            "Porto and Faro, and Maersk's role in the project.",
            ["construction of three grain terminals", "role in the project"],
        ),
        (
            "The minister announced that 40 grants will be allocated annually for Chilean "
            "students to study at Portuguese universities.",
            [],
        ),
    ],
)
def test_whose_nationals_where_a_list_of_places_ends_and_students_to_study(
    text: str, expected: list[str]
) -> None:
    """ "nationals of A, B, C and D" says whose, no list of items; a list of places ends
    before a possessive ("and X's role in Y" is the next item, without its owner); "students
    to study at X" are people, no subject."""
    assert _topics(text) == expected


def test_a_power_expanding_its_influence_names_no_field() -> None:
    """ "as A and B expand their influence there": a power's reach, no field of the talks."""
    text = "The trip is part of a push into a region where Lima and Quito expand their influence."
    assert _topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides discussed the reconstruction of the Osorno – Puerto Montt section of the "
            "Santiago – Lima highway.",
            ["reconstruction of the Osorno – Puerto Montt section of the Santiago – Lima highway"],
        ),
        (
            "The minister welcomed the new private investment in Chile-Peru supply chains for "
            "copper and lithium announced since May.",
            ["Chile-Peru supply chains for copper", "lithium"],
        ),
    ],
)
def test_a_dash_between_names_is_no_word_and_two_countries_fields_follow_investment_in(
    text: str, expected: list[str]
) -> None:
    """The spaced dash of "the A – B section" does not count toward an item's length;
    "investment in A-B supply chains" names a field of two countries (as "in Kyrgyz
    hydropower" does of one), and "announced since May" is a clause on the last item."""
    assert _topics(text) == expected


def test_priority_issues_of_expanding_cooperation_in_fields_name_the_fields() -> None:
    """ "Priority issues of expanding cooperation in A, B and C were considered": the fields,
    not the issues' phrase as the first of them."""
    text = (
        "Priority issues of expanding cooperation in fisheries, shipping and tourism were "
        "considered."
    )
    assert _topics(text) == [
        "fisheries",
        "shipping",
        "tourism",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers reviewed the entire gamut of bilateral relations, including "
            "fisheries, shipping and tourism.",
            ["fisheries", "shipping", "tourism"],
        ),
        (
            "The ministers discussed the entire range of bilateral relations and the situation "
            "in the Sahel.",
            ["bilateral relations", "situation in the Sahel"],
        ),
    ],
)
def test_the_whole_range_of_relations_including_a_list_is_the_list(
    text: str, expected: list[str]
) -> None:
    """ "the entire gamut of bilateral relations, including A, B and C": the fields named; the
    relations alone are a subject only where no list says what in them was reviewed."""
    assert _topics(text) == expected


def test_a_sum_whose_head_the_brackets_cut_off_is_no_topic() -> None:
    """ "a planned 900 million pesos ($50 million) investment": the list ends at the bracket,
    leaving a sum without its head, which names no subject."""
    text = (
        "Later, the minister met the mayor to discuss a planned 900 million pesos ($50 million) "
        "investment by a Spanish carmaker in the port city."
    )
    assert _topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The parties reviewed bilateral trade and economic relations in detail and agreed "
            "to meet again.",
            ["bilateral trade and economic relations"],
        ),
        ("The ministers discussed fisheries in great detail.", ["fisheries"]),
        ("The ministers discussed at length fisheries and shipping.", ["fisheries", "shipping"]),
    ],
)
def test_how_closely_a_subject_was_discussed_is_no_part_of_it(
    text: str, expected: list[str]
) -> None:
    """ "in detail", "in great detail", "at length": how closely the sides talked, neither a
    subject nor a cue of "relations in" that would split the item before it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The presidents discussed fisheries directly and openly.", ["fisheries"]),
        (
            "The ministers discussed fisheries and shipping frankly, and agreed to meet.",
            [
                "fisheries",
                "shipping",
            ],
        ),
        (
            "The ministers discussed fisheries directly linked to shipping.",
            [
                "fisheries directly linked to shipping",
            ],
        ),
    ],
)
def test_the_manner_of_talks_closing_a_clause_is_no_item(text: str, expected: list[str]) -> None:
    """ "directly and openly", "frankly": how the sides talked, at the end of the clause, is
    neither an item nor part of the one before it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The premier will take part in the 5th summit of the Arctic Council in Oslo.", []),
        ("The mayors took part in the first Nordic – Baltic cities forum.", []),
        ("Around 90 firms took part in the business-to-business meetings.", []),
        ("Deputy Minister Mira Holt also took part in the expanded talks.", []),
        ("The envoys took part in negotiations in Velmora.", []),
        (
            "Danish firms will take part in the construction of the Lund ferry terminal.",
            ["construction of the Lund ferry terminal"],
        ),
    ],
)
def test_an_event_one_takes_part_in_is_no_topic(text: str, expected: list[str]) -> None:
    """ "took part in the summit of X", "the forum", "the meetings": where one went; "take
    part in the construction of X" names a subject."""
    assert _topics(text) == expected


def test_a_port_authority_is_who_not_a_named_port() -> None:
    """ "the Gdansk Port Authority" is an operator, as "the port authority" is: no topic."""
    text = "The mayor met Gdansk Port Authority President Ewa Lis to discuss a ferry terminal."
    assert find_topics(sentences(text), text, [], ["Ewa Lis"]) == ["ferry terminal"]


@pytest.mark.parametrize("done", ["founded in 1904", "established in 1991", "built in 1870"])
def test_when_a_place_was_founded_is_no_item(done: str) -> None:
    """ ", founded in 1904," after an item is a clause on it, not an item of the list."""
    text = (
        f"The sides discussed a language centre at Lund University, {done}, and a charter flight."
    )
    assert _topics(text) == [
        "language centre at Lund University",
        "charter flight",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway is ready to expand trade in seafood, and open up new growth areas such as "
            "aquaculture and ocean energy.",
            ["trade in seafood", "aquaculture", "ocean energy"],
        ),
        (
            "The sides want to invest in promising industries such as robotics.",
            ["robotics"],
        ),
    ],
)
def test_words_before_areas_such_as_only_name_the_areas(text: str, expected: list[str]) -> None:
    """ "new growth areas such as A and B": A and B name the areas, "open up new growth" is no
    item of the list before, nor "promising" a sector."""
    assert _topics(text) == expected


def test_a_bulleted_document_after_its_article_gives_its_subject() -> None:
    """ "– an action plan on the opening of X;" under "documents were signed:" is a document
    as "– Action plan on ..." is: its subject, without what it is worth."""
    text = (
        "The following documents were signed:\n"
        "– an action plan on the opening of a seed bank in Bergen;\n"
        "– a memorandum on veterinary control worth $5 million;\n"
        "– an agreement on fisheries, shipping and tourism."
    )
    assert _topics(text) == [
        "opening of a seed bank",
        "veterinary control",
        "fisheries",
        "shipping",
        "tourism",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 300 guests, including representatives of Danish, Dutch and Belgian firms, "
            "attended the fair.",
            [],
        ),
        (
            "Over 90 companies with Swiss capital operate in the country, including Nestle, "
            "Holcim and Schneider Electric.",
            [],
        ),
        (
            "Swiss companies want to invest in several sectors, including fintech and tourism.",
            ["fintech", "tourism"],
        ),
    ],
)
def test_who_a_list_after_including_names_is_no_topic(text: str, expected: list[str]) -> None:
    """ "including representatives of A and B firms", "companies ..., including Nestle and
    Holcim": who; fields after "including" stay topics."""
    assert _topics(text) == expected


def test_representatives_of_industries_name_the_industries() -> None:
    """ "including representatives of the A, B and C industries": the fields they work in
    stay topics, unlike representatives of firms."""
    text = (
        "The envoy came with 20 executives, including representatives of the textile, "
        "furniture and fishing industries."
    )
    assert "furniture" in _topics(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal provides for the shipment of up to 300,000 tonnes of coal a year.",
            ["shipment of coal"],
        ),
        (
            "The sides discussed supplying 2 billion cubic metres of gas annually.",
            ["supplying gas"],
        ),
        (
            "The sides discussed a mill with a capacity of 300 tonnes of flour per day.",
            ["mill with a capacity of 300 tonnes of flour per day"],
        ),
    ],
)
def test_an_amount_of_goods_inside_an_item_is_a_figure(text: str, expected: list[str]) -> None:
    """ "the shipment of up to 300,000 tonnes of coal a year": what is shipped (the amount
    and its rate are a figure's); a plant's capacity stays with the plant."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides agreed to sign a memorandum on fintech at the upcoming joint committee "
            "meeting.",
            ["fintech"],
        ),
        (
            "The city will send a trade mission of 15 small and medium-sized firms to Lyon.",
            ["trade mission"],
        ),
        (
            "The fund discussed support for small and medium-sized businesses through a credit "
            "line of the central bank of the republic.",
            ["support for small and medium-sized businesses"],
        ),
    ],
)
def test_when_and_who_around_an_item_are_no_part_of_it(text: str, expected: list[str]) -> None:
    """ "at the upcoming committee meeting": when a document is to be signed; "of 15 small
    and medium-sized firms to Lyon": who goes on a mission (one pair of sizes); a long item
    loses "through a credit line of X", how it is paid."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was agreed that a joint fisheries council would be set up.",
            ["joint fisheries council"],
        ),
        ("A regional seed bank will be established in the north.", ["regional seed bank"]),
        ("They hope that a similar group will be established in Lima.", []),
    ],
)
def test_what_is_to_be_set_up_is_a_topic(text: str, expected: list[str]) -> None:
    """ "X would be set up", "X will be established", as "X will be built": what the sides
    create; "a similar group" names one told before."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister then met with the management of the Gdansk Sea Port.", []),
        (
            "The new line halves the time of the sea route through the Panama Canal.",
            [],
        ),
        (
            "The sides discussed the expansion of the Gdansk Sea Port.",
            ["expansion of the Gdansk Sea Port"],
        ),
    ],
)
def test_a_port_met_or_a_canal_passed_is_no_topic(text: str, expected: list[str]) -> None:
    """ "met with the management of the X Port": whom one met; "the sea route through the X
    Canal": the way goods go; the port's expansion is a subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway will give full play to the role of the working group on fisheries "
            "cooperation and the working group on customs facilitation.",
            ["fisheries cooperation", "customs facilitation"],
        ),
        (
            "The ministers said the working group on rare earths would meet early next year.",
            ["rare earths"],
        ),
        ("The working group on the Lima port met in May.", []),
    ],
)
def test_what_a_working_group_works_on_is_a_topic(text: str, expected: list[str]) -> None:
    """ "the working group on X and the working group on Y": X and Y, whatever the cue; not
    when it meets ("early next year")."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council adopted a work plan of nine measures, including a study on seed banks "
            "and a programme for the exchange of teachers between the agricultural colleges of "
            "both countries.",
            ["study on seed banks", "programme for the exchange of teachers"],
        ),
        (
            "The sides discussed contacts between the business circles of the two countries.",
            ["contacts between the business circles of the two countries"],
        ),
    ],
)
def test_a_long_item_loses_whose_parties_they_are(text: str, expected: list[str]) -> None:
    """ "between the A of both countries" goes where the item is too long with it; a short
    item keeps its parties."""
    assert _topics(text) == expected


def test_the_business_environment_is_a_subject_as_the_investment_climate_is() -> None:
    """ "hope for further improvement of the business environment": a subject once, as "the
    investment climate" is, wherever the text names it."""
    text = "The envoy hoped for a better business environment in the province."
    assert _topics(text) == ["business environment"]


def test_water_supply_and_sanitation_is_one_item() -> None:
    """ "water supply and sanitation (projects)": one service, a set phrase, not "water
    supply" and "sanitation"."""
    text = "The bank will allocate $9 million for water supply and sanitation projects."
    assert _topics(text) == ["water supply and sanitation projects"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister explained Chile's position on the situation in the Sahel, and the "
            "two ministers concurred on the need for dialogue.",
            ["situation in the Sahel"],
        ),
        (
            "The envoys compared their positions on fishing quotas and port fees.",
            ["fishing quotas", "port fees"],
        ),
        ("The minister met the envoy on the sidelines of the forum.", []),
    ],
)
def test_what_a_side_states_its_position_on_is_a_topic(text: str, expected: list[str]) -> None:
    """ "explained X's position on Y", "their positions on A and B": the subjects; ", and the
    two ministers concurred" is a clause of its own that ends the list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegations attended the meeting of the Chile-Peru Business Council.", []),
        (
            "They agreed to hold the first meeting of the Chile-Peru Business Council in Lima.",
            ["Chile-Peru Business Council"],
        ),
    ],
)
def test_a_business_council_meeting_attended_is_no_topic(text: str, expected: list[str]) -> None:
    """ "attended the meeting of the X Business Council": where one went; a meeting of it
    agreed on names the council as a subject."""
    assert _topics(text) == expected


def test_a_too_long_item_loses_the_investment_it_will_take() -> None:
    """ "a X centre in Y with an investment of 40 million euros": the centre, without its cost
    (as "with an authorized capital of X")."""
    text = (
        "The governor said the province intends to establish a large Chilean fruit logistics "
        "centre in Sines with an investment of 40 million euros."
    )
    assert _topics(text) == ["large Chilean fruit logistics centre in Sines"]


def test_the_first_item_of_a_list_that_joins_an_action_of_its_own_is_two() -> None:
    """ "stability in the X and the fight against Y, the management of Z, and W": the first
    part joins two subjects, each with its own article, as a middle part may."""
    text = (
        "The ministers discussed stability in the Balkans and the fight against smuggling, the "
        "management of forests, and tourism."
    )
    assert _topics(text) == [
        "stability in the Balkans",
        "fight against smuggling",
        "management of forests",
        "tourism",
    ]


def test_firms_interested_in_working_in_a_market_name_no_subject() -> None:
    """ "interested in working in the X market": being there, no subject of the talks."""
    text = "About 20 Danish companies are interested in working in the Chilean market."
    assert _topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Representatives of the Ministry of Transport, the Valparaiso International "
            "Seaport, Chilean Railways and the Port of Callao took part in the meeting.",
            [],
        ),
        (
            "The sides discussed the expansion of the Valparaiso International Seaport.",
            ["expansion of the Valparaiso International Seaport"],
        ),
    ],
)
def test_a_named_project_among_those_who_took_part_is_no_topic(
    text: str, expected: list[str]
) -> None:
    """ "Representatives of A, the X Seaport and B took part in the meeting": the seaport is
    one who came, not a subject, as it is when its expansion is discussed."""
    assert _topics(text) == expected


def test_what_a_signed_roadmap_is_for_is_a_topic() -> None:
    """ "signed a roadmap for X cooperation for 2027–2029": X cooperation, as a memorandum on
    it would give, without the years."""
    text = (
        "The mayors signed a roadmap for cultural cooperation for 2027–2029, which includes "
        "nine joint projects."
    )
    assert _topics(text) == ["cultural cooperation"]


def test_a_sum_pledged_through_a_channel_names_what_it_is_for() -> None:
    """ "€40 million through the X agency for A and B": the channel, then what the sum is for,
    as "€40 million for A and B" names it."""
    text = (
        "Oslo also pledged €40 million through the national development agency for flood "
        "protection and coastal fisheries."
    )
    assert _topics(text) == [
        "flood protection",
        "coastal fisheries",
    ]


def test_documents_one_on_each_subject_name_their_subjects() -> None:
    """ "two agreements, one on A and one on B": what each document is on."""
    text = (
        "The ministers signed two agreements, one on fisheries and one on the protection of "
        "coastal wetlands."
    )
    assert _topics(text) == [
        "fisheries",
        "protection of coastal wetlands",
    ]


def test_a_size_after_a_field_is_the_projects_and_the_field_is_named_once() -> None:
    """ "projects in the mining sector with a total capacity of 9 Mt": the size is the
    projects', not the sector's; "mining" after "the mining sector" names it again."""
    text = (
        "The firm is implementing projects in the mining sector with a total capacity of "
        "9 million tonnes. The sides discussed cooperation in mining and tourism."
    )
    assert _topics(text) == ["mining sector", "tourism"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The priority sectors identified were forestry, the textile industry and "
            "inland shipping.",
            ["forestry", "textile industry", "inland shipping"],
        ),
        (
            "She said the priorities would be coastal protection, rural roads and the "
            "modernisation of clinics.",
            ["coastal protection", "rural roads", "modernisation of clinics"],
        ),
        ("Our priorities are clear.", []),
        ("The priorities are set by the council each spring.", []),
    ],
)
def test_a_list_named_as_the_priorities_gives_its_items(text: str, expected: list[str]) -> None:
    """ "the priority areas named were A, B and C", "the priorities would be A and B": the
    fields the list names; not "the priorities are clear" or "are set by X"."""
    assert _topics(text) == expected


def test_a_capitalised_partnership_names_its_fields_after_in() -> None:
    """ "strengthen the Comprehensive Strategic Partnership in A, B and C": a relationship's
    title capitalised by the outlet, its lower-case fields after "in"; a name whose next
    word is capitalised gives none."""
    text = (
        "The two prime ministers agreed to deepen the Comprehensive Partnership in shipbuilding, "
        "the production of vaccines and inland fisheries. Alba joined the Global Partnership "
        "in Education."
    )
    assert _topics(text) == ["shipbuilding", "production of vaccines", "inland fisheries"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alba is open to cooperation with the Republic of Beta in the forestry sector, "
            "shipping and tourism.",
            ["forestry sector", "shipping", "tourism"],
        ),
        (
            "“We are open to cooperation with the Kingdom of Beta in the petrochemical industry "
            "and aviation,” the minister said.",
            ["petrochemical industry", "aviation"],
        ),
        ("Alba values its cooperation with Japan in the region.", []),
        ("Alba values its cooperation with Japan in the Indo-Pacific.", []),
    ],
)
def test_cooperation_with_a_named_partner_in_the_fields(text: str, expected: list[str]) -> None:
    """ "cooperation with the Republic of X in the A sector, B and C": the fields after "in
    the" (lower-case, in a quotation too); not "in the region" or "in the Indo-Pacific"."""
    assert _topics(text) == expected


def test_a_programme_of_cooperation_between_two_bodies_is_a_document() -> None:
    """ "a programme of cooperation between the Ministries of X for 2025-2027" is a
    document between two parties, like a memorandum: no topic; its field is one."""
    text = (
        "They signed a memorandum on cooperation in fisheries and a programme of cooperation "
        "between the Ministries of Culture for 2025-2027. They also signed a programme of "
        "cooperation in sport."
    )
    assert _topics(text) == ["fisheries", "sport"]


def test_two_kinds_of_a_named_project_share_its_head() -> None:
    """ "the Nord Hills copper and gold project": one named project, not "Nord Hills copper"
    and "gold project"; unnamed, "copper and gold projects" stay two."""
    assert _topics(
        "They discussed Alban participation in the Nord Hills copper and gold project and a "
        "refinery."
    ) == ["Nord Hills copper and gold project", "refinery"]
    assert _topics("They discussed copper and gold projects.") == ["copper", "gold projects"]


def test_documents_signed_between_two_bodies_name_no_topic() -> None:
    """ "memoranda were signed, including between the A Agency and the B Agency": who
    signed them, not what they are on."""
    text = (
        "Four memoranda were signed, including between the Alban Small and Medium Enterprises "
        "Agency and the Export Agency of Beta."
    )
    assert _topics(text) == []


def test_a_nationality_before_the_next_cue_is_no_item_of_its_own() -> None:
    """ "discussed the prospects for Polish participation in X and Y": "participation in"
    reads X and Y; "prospects for Polish", cut before the noun it qualifies, is no topic."""
    text = (
        "They discussed the possibilities for Polish participation in projects under the "
        "Northern Gateway initiative and the Baltic green energy corridor."
    )
    assert _topics(text) == [
        "projects under the Northern Gateway initiative",
        "Baltic green energy corridor",
    ]


def test_the_places_after_their_kind_stay_in_their_item() -> None:
    """ "the expansion of transit via the ports of A, B and C": the ports' names are part of
    the item, not items of the outer list."""
    text = (
        "The parties discussed the expansion of cargo transit via the ports of Varna, Burgas "
        "and Constanta, the synchronisation of tariffs and tourism."
    )
    assert _topics(text) == [
        "expansion of cargo transit via the ports of Varna, Burgas and Constanta",
        "synchronisation of tariffs",
        "tourism",
    ]


def test_visiting_a_place_is_no_topic() -> None:
    """ "will take part in the business forum and visit the X Memorial": where the visitor
    goes; "visit exchanges" (a noun) stays a subject."""
    assert (
        _topics(
            "On Thursday, the President will take part in the Alba-Beta business forum and "
            "visit the Memorial of Glory in Gamma."
        )
        == []
    )
    assert _topics("They discussed tourism and visit exchanges.") == ["tourism", "visit exchanges"]


def test_two_kinds_of_one_industry_after_the_stay_one_field() -> None:
    """ "in the textile and leather industries": one field of two kinds as the text joins it;
    "in energy and mining" without a head stays two."""
    text = (
        "The parties considered cooperation in the glass and ceramics industries, forestry "
        "and tourism. They also discussed energy and mining."
    )
    assert _topics(text) == [
        "glass and ceramics industries",
        "forestry",
        "tourism",
        "energy",
        "mining",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He proposed a road map to bring the figure to $500 million by 2030.",
        "Addressing his counterparts, he thanked them for the welcome.",
        "He proposed that the two chambers sign a memorandum of cooperation in time for the "
        "30th anniversary of relations.",
        "“The council must remain a platform for dialogue, especially in difficult times,” "
        "she said.",
    ],
)
def test_a_vague_word_an_audience_or_a_time_is_no_topic(text: str) -> None:
    """ "the figure", "his counterparts", "in time for the anniversary", "especially in
    difficult times": a number's measure, an audience and a time, no subject."""
    assert _topics(text) == []


def test_talks_over_a_meal_name_their_subject_after_on() -> None:
    """ "held talks over lunch on A and B": the meal, then the subjects."""
    assert _topics(
        "The ministers held talks over a working dinner on fisheries and ferry links."
    ) == [
        "fisheries",
        "ferry links",
    ]


def test_a_widely_named_field_of_policy_is_a_subject_wherever_it_stands() -> None:
    """ "a partner for the energy transition", "food security": a field of policy a brief
    names is its subject whatever the cue, in a quotation too; capitalised, a name's part."""
    text = (
        "“Alba is a partner for the energy transition that Europe needs,” she said. The "
        "minister thanked the Food Security Fund. Water security was mentioned in passing."
    )
    assert _topics(text) == ["energy transition"]


def test_projects_in_fields_that_open_a_discussed_list_give_the_fields() -> None:
    """ "Joint projects in A, B and C were discussed": the fields, once each, not "Joint
    projects in A" beside A."""
    assert _topics(
        "Joint projects in mining, textiles and tourism were discussed at the meeting."
    ) == [
        "mining",
        "textiles",
        "tourism",
    ]


def test_a_meeting_in_a_format_attended_is_no_topic() -> None:
    """ "will take part in a meeting in the A – B format": an event attended, like "a meeting
    of X"; "took part in the reconstruction of schools" stays a subject."""
    assert _topics("He will take part in a meeting in the Nordic – Baltic format.") == []
    assert _topics("Firms took part in the reconstruction of schools.") == [
        "reconstruction of schools"
    ]


def test_a_vague_number_of_areas_is_no_topic() -> None:
    """ "cooperation in diverse areas, including A and B": the areas are A and B."""
    text = "The leaders reviewed cooperation in diverse areas, including forestry and shipping."
    assert _topics(text) == ["forestry", "shipping"]


def test_one_flight_sought_is_a_subject_one_running_is_not() -> None:
    """ "to have a direct flight between A and B": the link sought; "the direct flight
    between A and B, launched this spring": one there is, background."""
    assert _topics(
        "“Our goal is to have a direct flight between Varna and Osh by next year,” he said."
    ) == ["direct flight"]
    assert (
        _topics(
            "He wrote that the direct flight between Varna and Osh, launched this spring, "
            "would operate three times a week."
        )
        == []
    )


def test_a_venture_or_plant_to_produce_names_its_goods() -> None:
    """ "a joint venture to produce farm machinery", "a plant to assemble buses": the goods."""
    assert _topics(
        "They signed a contract for the supply of trams and set up a joint venture to produce "
        "irrigation pumps in the Oskemen region."
    ) == ["supply of trams", "irrigation pumps"]
    assert _topics("They will build a plant to assemble electric buses.") == ["electric buses"]


def test_a_fund_named_for_what_it_finances_is_a_subject() -> None:
    """ "discussed A, B and the X Cooperation Fund", "the establishment of a Y Investment Fund
    with an initial capital of $Z" (its size cut): instruments the sides use or set up; "the
    Alban Fund for Development" is a lender, who, not what."""
    assert _topics(
        "The two leaders discussed rare earths, vocational training and the Nordic Cooperation "
        "Fund (NCF)."
    ) == ["rare earths", "vocational training", "Nordic Cooperation Fund"]
    assert _topics(
        "The declaration envisages the establishment of a Baltic Investment Fund with an "
        "initial capital of up to $300 million."
    ) == ["establishment of a Baltic Investment Fund"]
    assert _topics("They discussed forestry and the Alban Fund for Development.") == ["forestry"]


def test_a_country_named_in_several_words_after_an_item_is_where() -> None:
    """ "health centres in the Kyrgyz Republic", "investment in the Republic of Korea": where,
    cut as "in Tajikistan" is; "the war in Ukraine" keeps its place."""
    assert _topics(
        "The fund would allocate $50 million to build schools and clinics in the Slovak "
        "Republic. They discussed investment in the Republic of Korea and the war in Ukraine."
    ) == ["schools", "clinics", "investment", "war in Ukraine"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He asked the Alban side to facilitate access for Peruvian mineral and chemical "
            "products.",
            ["Peruvian mineral and chemical products"],
        ),
        ("They agreed to ease access for textiles and timber.", ["textiles", "timber"]),
        ("They agreed to ease access for the region's firms.", []),
    ],
)
def test_goods_given_access_are_the_subject(text: str, expected: list[str]) -> None:
    """ "to facilitate access for X products": the goods let into a market (a nationality or
    a lower-case word next); "access for the region's firms" names no goods."""
    assert _topics(text) == expected


def test_work_one_is_invited_to_take_part_in_is_a_subject_in_a_quotation() -> None:
    """ "“We invite you to take part in the reconstruction of X,” he said": the work offered,
    in a quotation too; an event one is invited to is none."""
    text = (
        "“We invite our partners to take part in the reconstruction of Gamma. We invite them "
        "to take part in the summit of the council,” he said."
    )
    spans = [(0, text.index("”") + 1)]
    assert find_topics(sentences(text), text, spans, ["Anna Berg"]) == ["reconstruction of Gamma"]


def test_a_clause_on_a_share_after_a_list_is_no_item() -> None:
    """ "duties on 80 per cent of tariff lines, covering 95 per cent of exports": a clause on
    a figure after a share, no subject."""
    text = (
        "Alba will remove duties on about 80 per cent of its tariff lines, covering nearly 95 "
        "per cent of Borean exports by value, from day one."
    )
    assert _topics(text) == []


def test_cues_of_the_lower_group_need_a_lower_case_word_next() -> None:
    """Every cue of _CUE's group "lower", not its first alone, counts only before a
    lower-case word: "a meeting with the mayor on Baltic Avenue", "a key partner in Northern
    Europe" say where; "talks with X on energy" names a subject."""
    assert "(?P<lower>" in _CUE.pattern
    assert (
        _topics(
            "The ministers also held a meeting with the mayor on Baltic Avenue. Latvia is a key "
            "partner in Northern Europe for Estonia."
        )
        == []
    )
    assert _topics("The ministers held a meeting with the mayor on port dredging.") == [
        "port dredging"
    ]


def test_a_term_through_a_year_after_an_item_goes() -> None:
    """ "cooperation in sport and tourism through 2030": when, as "until 2030" is."""
    assert _topics(
        "They signed a memorandum on cooperation in sport and tourism through 2031."
    ) == [
        "sport",
        "tourism",
    ]


def test_working_groups_on_one_subject_and_on_another_name_both() -> None:
    """ "instructed the working groups on X and on Y": each group's subject."""
    assert _topics(
        "They instructed the working groups on fisheries and on forestry to report by May."
    ) == ["fisheries", "forestry"]


def test_a_too_long_item_loses_its_sum_and_what_follows() -> None:
    """ "the price premium of $400 per tonne paid on top of the market price": too long with
    its sum and the clause after it, which go; a short item keeps them."""
    assert _topics(
        "The ministers discussed the Nordic Initiative, the quality bonus of $250 per tonne "
        "paid on top of the export price, and the fight against smuggling."
    ) == ["Nordic Initiative", "quality bonus", "fight against smuggling"]
    assert _topics("They discussed the quality bonus of $250 per tonne and fisheries.") == [
        "quality bonus of $250 per tonne",
        "fisheries",
    ]


def test_what_the_sides_fight_is_a_subject() -> None:
    """ "agreed to fight organised crime", "to fight against money laundering": as "to combat"
    (not "to fight for the rights of X", "to fight back")."""
    assert _topics("They agreed to fight timber smuggling and to fight against cyber fraud.") == [
        "timber smuggling",
        "cyber fraud",
    ]
    assert _topics("He vowed to fight for the rights of herders and to fight back.") == []


def test_a_field_of_two_letters_after_its_own_in_is_an_item() -> None:
    """ "present in A, in B and in IT": IT is a field, not a place."""
    assert _topics("Our firms work in forestry, in shipping and in IT.") == [
        "forestry",
        "shipping",
        "IT",
    ]


def test_support_for_a_named_aim_is_a_subject() -> None:
    """ "underscored its support for maritime security ... and the rules-based international
    order": what the side supports, named without an article; "support for the candidacy of
    X" names no subject."""
    assert _topics(
        "The Premier underscored Alba's support for port security and the rules-based "
        "trading order."
    ) == ["port security", "rules-based trading order"]
    assert _topics("He thanked Alba for its support for the candidacy of Borea.") == []


def test_what_a_side_strengthens_may_be_whose_first() -> None:
    """ "to strengthen Europe's defence industry": whose, then the subject; "strengthen
    Alba's position" names none."""
    assert _topics("They agreed to strengthen Borea's shipbuilding industry.") == [
        "shipbuilding industry"
    ]
    assert _topics("They agreed to strengthen Alba's position in the region.") == []


def test_a_lettered_list_lines_mark_is_no_part_of_its_item() -> None:
    """ "a. fisheries;", "c. the green economy": the letter of a lettered list goes."""
    text = (
        "The leaders agreed to strengthen cooperation in the following areas:\n"
        "   a. fisheries;\n   b. shipbuilding;\n   c. the green economy."
    )
    assert _topics(text) == ["fisheries", "shipbuilding", "green economy"]


def test_projects_on_a_capitalised_place_are_where() -> None:
    """ "projects on Borneo": where; "projects on AI" (an acronym) and "projects on water
    management" name the field."""
    assert _topics("The fund backs projects on Borneo and Java.") == []
    assert _topics("The fund backs projects on AI and robotics.") == ["AI", "robotics"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys met in Gamma and set out a list of priority areas: fisheries, "
            "shipbuilding and solar power.",
            ["fisheries", "shipbuilding", "solar power"],
        ),
        (
            "The sides discussed four main issues: water security, customs cooperation and "
            "the rail link.",
            ["water security", "customs cooperation", "rail link"],
        ),
        ("The delegation toured three key areas: the port, the depot and the plant.", []),
    ],
)
def test_a_list_after_a_colon_of_priority_areas_or_issues(text: str, expected: list[str]) -> None:
    """ "a list of priority areas: A, B and C", "discussed four main issues: A, B and C": the
    items after the colon; a colon after areas no cue names ("toured three key areas: ...",
    places) opens no list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides reviewed the second round of talks, held in Gamma in May, and "
            "textile exports.",
            ["textile exports"],
        ),
        (
            "She said that mining projects, including a copper mine being built in the east, "
            "showed the strength of the partnership.",
            ["copper mine"],
        ),
        (
            "The envoy said talks on the Alba-Borea investment treaty could close by June; "
            "Borean firms eye new mines.",
            ["Alba-Borea investment treaty"],
        ),
    ],
)
def test_a_clause_after_an_item_is_no_item(text: str, expected: list[str]) -> None:
    """ ", held in X in May": an irregular participle's clause on the item before; "...,
    showed the strength of X": a past-tense verb and its object; "the X treaty could close
    by June": a modal verb opens the clause the item is the subject of. None is a topic."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About a third of the funds will go to projects in Ghana, including the training "
            "of nurses.",
            ["training of nurses"],
        ),
        (
            "Anna Berg held talks with the visiting premier, who is in Alba on a working "
            "visit, on Tuesday, Gammanews.com reports, citing the presidency.",
            [],
        ),
    ],
)
def test_a_place_or_an_outlet_is_no_item(text: str, expected: list[str]) -> None:
    """ "go to projects in Ghana": where the projects are; ", on Tuesday, X reports": when
    the talks were and who reports them. Neither is a subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They also reviewed the Nordlink interconnector, a 2,000-megawatt cable to carry "
            "wind power from Norway to Germany.",
            ["Nordlink interconnector"],
        ),
        (
            "The ministers discussed maritime security in the Bay of Bengal and the Zambezi "
            "Corridor, a rail link backed by the European Union and Japan.",
            ["maritime security in the Bay of Bengal", "Zambezi Corridor"],
        ),
        (
            "The sides discussed solar power, toll roads and the development of Gamma, the "
            "new capital city.",
            ["solar power", "toll roads", "development of Gamma"],
        ),
    ],
)
def test_an_aside_on_the_last_item_is_no_item(text: str, expected: list[str]) -> None:
    """ "the X interconnector, a cable to carry Y", "A and the Z Corridor, a rail link backed
    by B", "the development of Gamma, the new capital city": what the name before is, no
    subject of its own; a named corridor after "in the Bay of X and" is no place."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tuna shipments rose to 900 tonnes, more than double the volume of two years ago.",
            ["Tuna shipments"],
        ),
        (
            "He said firms were studying investments of up to Sh40 billion over the next "
            "four years.",
            [],
        ),
        (
            "The sides discussed the design study, covering roughly a quarter of the cost of "
            "the first phase.",
            ["design study"],
        ),
        (
            "The sides signed an agreement on a credit line of EUR 90 million for the supply "
            "of farm machinery.",
            ["credit line for the supply of farm machinery"],
        ),
    ],
)
def test_a_time_or_a_sum_is_no_part_of_an_item(text: str, expected: list[str]) -> None:
    """ "the volume of two years ago", "over the next four years": when; "investments of up
    to Sh40 billion", "roughly a quarter of the cost": a figure; "a credit line of EUR 90
    million for X": the line and what it is for, without its sum."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides agreed to bring cooperation in fisheries and mining to a new level.",
            ["fisheries", "mining"],
        ),
        (
            "The firms will take part in the construction of the Alba bridge and meet with "
            "students studying in Gamma.",
            ["construction of the Alba bridge"],
        ),
        (
            "Anna Berg said the parliament would consider a bill on the use of frozen "
            "assets this spring.",
            ["use of frozen assets"],
        ),
        (
            "The sides discussed cooperation in rare metals, green energy, the chemical and "
            "leather industries, water resources and tourism.",
            [
                "rare metals",
                "green energy",
                "chemical and leather industries",
                "water resources",
                "tourism",
            ],
        ),
    ],
)
def test_where_an_item_ends_and_a_pair_under_one_head(text: str, expected: list[str]) -> None:
    """ "X to a new level": how far; "and meet with Y": a new clause; "this spring": when;
    "a bill on X": X; "A, the B and C industries, D": the pair under its head is one item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two leaders also discussed food security, defence cooperation under an "
            "agreement Anna Berg signed as defence minister in August, and climate finance.",
            ["food security", "defence cooperation", "climate finance"],
        ),
        (
            "They also discussed robotics, as well as low birth rates and ageing societies, "
            "challenges both countries share.",
            ["robotics", "low birth rates", "ageing societies"],
        ),
    ],
)
def test_what_frames_or_sums_up_an_item_is_no_part_of_it(text: str, expected: list[str]) -> None:
    """ "X cooperation under an agreement Y signed": the framework it runs under goes (and
    with it the person who signed it); "A and B, challenges both countries share": what the
    list is, no item of it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He also thanked Alban experts who have helped the Borean parliament with "
            "digitalisation and e-governance.",
            ["digitalisation", "e-governance"],
        ),
        ("He thanked the experts who helped them with the preparations.", []),
        (
            "Talks between the delegations took place on Tuesday in Gamma, with the Caspian "
            "submarine power cable at the top of the agenda, the ministry said.",
            ["Caspian submarine power cable"],
        ),
    ],
)
def test_work_helped_with_and_a_subject_at_the_top_of_the_agenda(
    text: str, expected: list[str]
) -> None:
    """ "helped the parliament with X": the work helped with (not "with the preparations",
    named elsewhere); "with X at the top of the agenda": the first subject of the talks."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both ministers agreed to step up cooperation in combating illegal, unreported "
            "and unregulated logging and arms trafficking.",
            ["illegal, unreported and unregulated logging", "arms trafficking"],
        ),
        (
            "Anna Berg held talks with the head of the zone on a cold store in West Port "
            "Harcourt, which is to cost $13 million.",
            ["cold store in West Port Harcourt"],
        ),
        (
            "The sides discussed the Middle Corridor Initiative and the Alba Canal Economic Zone.",
            ["Middle Corridor Initiative", "Alba Canal Economic Zone"],
        ),
        (
            "The seminar, the fourth Alba-Borea Dialogue on economic security, drew 40 experts.",
            ["economic security"],
        ),
    ],
)
def test_adjectives_before_a_last_item_and_a_head_inside_a_longer_name(
    text: str, expected: list[str]
) -> None:
    """ "illegal, unreported and unregulated logging and X": the adjectives share one head,
    X is the last item; "Port" before "Harcourt" begins a city's name, no project's head;
    "Corridor" before "Initiative" is inside the longer name; "economic security" is a
    field of policy wherever a brief names it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two ministers agreed to channel Borean investment into solar power, "
            "fisheries and tourism.",
            ["solar power", "fisheries", "tourism"],
        ),
        ("The fund will channel investment into Borea and Gamma.", []),
        ("The agency attracts foreign investment into priority sectors of the economy.", []),
    ],
)
def test_the_fields_investment_goes_into(text: str, expected: list[str]) -> None:
    """ "investment into A, B and C": the fields the money goes to, as "investment in"
    names them; "investment into Borea": where, and "into priority sectors": which, no field."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Commission intends to support the design study and related grid projects "
            "with EUR 450 million.",
            ["design study", "related grid projects"],
        ),
        (
            "It was agreed to expand the presence of Alban banks and companies in the regions "
            "of Borea.",
            ["presence of Alban banks"],
        ),
    ],
)
def test_a_sum_given_and_firms_in_regions_are_no_items(text: str, expected: list[str]) -> None:
    """ "X with EUR 450 million": how much goes to X, a figure's; "companies in the regions
    of Borea": who and where, no subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Other areas of cooperation include the timber industry, fisheries, space research "
            "and the training of nurses.",
            ["timber industry", "fisheries", "space research", "training of nurses"],
        ),
        (
            "Promising fields of collaboration also include solar power and shipbuilding.",
            ["solar power", "shipbuilding"],
        ),
        ("Rural areas include the poorest districts and the hill farms.", []),
    ],
)
def test_areas_of_cooperation_include_a_list(text: str, expected: list[str]) -> None:
    """ "(Other) areas of cooperation include A, B and C": the fields, whatever adjective
    the areas have; "rural areas include": places, no areas of cooperation."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two sides signed nine agreements covering fisheries, textiles, tourism and "
            "space, and Borea announced a $50-million loan to Alba.",
            ["fisheries", "textiles", "tourism", "space"],
        ),
        (
            "The minister said Alba was interested in more Borean wheat and barley, and "
            "Agrobank is ready to finance the deliveries.",
            ["Borean wheat", "barley"],
        ),
        (
            "They discussed timber, fisheries, and Arctic research.",
            ["timber", "fisheries", "Arctic research"],
        ),
    ],
)
def test_a_clause_with_a_named_subject_ends_a_list(text: str, expected: list[str]) -> None:
    """ ", and Borea announced ...", ", and Agrobank is ready ...": a clause with a name for
    its subject ends the list before it; a capitalised last item with no verb is an item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two leaders exchanged views on the situation in Gamma and the fight against "
            "piracy, smuggling and arms trafficking.",
            ["situation in Gamma", "fight against piracy", "smuggling", "arms trafficking"],
        ),
        (
            "The ministers discussed stability in the Balkans and the fight against smuggling, "
            "the management of forests, and tourism.",
            [
                "stability in the Balkans",
                "fight against smuggling",
                "management of forests",
                "tourism",
            ],
        ),
    ],
)
def test_a_first_item_that_joins_an_action_of_its_own_before_a_two_part_list(
    text: str, expected: list[str]
) -> None:
    """ "the situation in X and the fight against A, B and C": the first part joins two
    subjects, each with its article, however many parts the list has after it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said the people of Alba considered Boreans their brothers.", []),
        (
            "The sides considered fisheries, timber and their joint projects.",
            ["fisheries", "timber", "joint projects"],
        ),
    ],
)
def test_whom_a_people_considers_its_kin_is_no_subject(text: str, expected: list[str]) -> None:
    """ "considered X their brothers": whom they hold for what, not a subject considered;
    "considered A, B and their C": a list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two presidents held talks on Friday at the palace in Ulm, on the second leg "
            "of the president's first trip abroad since taking office.",
            [],
        ),
        (
            "He defended Alba's decision to negotiate a free trade agreement with Borea on its "
            "own, a move that irritated Gamma.",
            ["free trade agreement with Borea"],
        ),
        (
            "The meeting continued with the participation of the two delegations, which "
            "included, on the Alban side, the Minister of Finance, Ivo Kran, and, on the Borean "
            "side, the National Security Advisor, Max Pell.",
            [],
        ),
        (
            "Borean investments in Alba, mainly in banking, insurance and real estate, exceed "
            "300 billion euros, making Borea one of the leading investors there, he said.",
            ["banking", "insurance", "real estate"],
        ),
    ],
)
def test_a_trip_s_leg_a_side_a_deal_on_its_own_and_a_sum_reached_are_no_items(
    text: str, expected: list[str]
) -> None:
    """ ", on the second leg of his trip": which stop; "(negotiate) an agreement with X on its
    own": the agreement, alone (", a move that ..." a comment, no item); ", on the Alban
    side, the Minister": whose side, then who; "A, B and C, exceed 300 billion euros": the sum
    the fields reach ends the list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two presidents held a one-on-one meeting followed by bilateral talks at the "
            "palace, Ulm, on 21 August 2023, in a warm atmosphere.",
            [],
        ),
        (
            "Investment in energy reached $12bn, followed by mining ($6bn), the chemical "
            "industry ($4bn) and tourism ($1bn).",
            ["energy", "mining", "chemical industry", "tourism"],
        ),
    ],
)
def test_talks_that_follow_a_meeting_are_no_share_of_a_breakdown(
    text: str, expected: list[str]
) -> None:
    """ "a meeting followed by bilateral talks at X on 21 August": what came next, no
    subject; "followed by mining ($6bn)": the next shares of a breakdown."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Choose to support open, independent, quality journalism and subscribe on a "
            "monthly basis.",
            [],
        ),
        (
            "Hi, this is Anna Berg. If you value this kind of reporting, please consider "
            "supporting the Borea Independent.",
            [],
        ),
        (
            "The sides agreed to support the media and journalism, and tourism.",
            ["media and journalism", "tourism"],
        ),
    ],
)
def test_an_outlet_s_appeal_to_its_readers_names_no_subject(
    text: str, expected: list[str]
) -> None:
    """ "support independent journalism", "please consider supporting X": the outlet's
    appeal at a story's foot; support for the media agreed by the sides is a subject."""
    assert _topics(text) == expected


def test_a_relative_clause_of_what_happened_ends_the_item() -> None:
    """ "an attack on a depot that killed two people and injured ten": the attack; the clause
    says what it did."""
    text = (
        "He briefed him on the latest strikes, including an attack on a depot in Ulm that "
        "killed two people and injured more than 10 the day before."
    )
    assert _topics(text) == ["latest strikes", "attack on a depot in Ulm"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides agreed to open the border crossing at Ulm for citizens of third countries "
            "and holders of service passports.",
            ["border crossing at Ulm for citizens of third countries"],
        ),
        (
            "The sides discussed visa exemption for holders of service passports and tourism.",
            ["visa exemption for holders of service passports", "tourism"],
        ),
    ],
)
def test_holders_of_passports_are_who_not_what(text: str, expected: list[str]) -> None:
    """ "(a crossing open for A) and holders of service passports": who may cross, no item;
    "visa exemption for holders of X": the exemption keeps whom it is for."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The memoranda cover seafarer training, the blue economy and the development of "
            "rural areas.",
            ["seafarer training", "blue economy", "development of rural areas"],
        ),
        ("The ministers discussed roads in remote areas.", ["roads"]),
    ],
)
def test_the_development_of_border_or_rural_areas_is_a_subject(
    text: str, expected: list[str]
) -> None:
    """ "the development of rural areas": the areas are what is developed; "roads in remote
    areas": the roads, and where they are."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governors agreed to coordinate the use of water from the Ulm river during the "
            "growing season.",
            ["use of water from the Ulm river"],
        ),
        (
            "The two ministers agreed to coordinate their fishing quotas.",
            ["fishing quotas"],
        ),
        ("They agreed to coordinate their positions within the UN ahead of the summit.", []),
    ],
)
def test_what_the_sides_agree_to_coordinate(text: str, expected: list[str]) -> None:
    """ "agreed to coordinate the use of X": what is coordinated is a subject; "their
    positions": how the sides act, none."""
    assert _topics(text) == expected


def test_what_is_fought_after_an_oxford_comma_is_a_list_of_its_own() -> None:
    """ "A, B, and the fight against X and Y from Z": the fight's list splits at its "and",
    as it does without the comma."""
    text = (
        "The two ministers discussed the Ulm Initiative, the price differential, and the fight "
        "against illegal logging and arms smuggling from the north."
    )
    assert _topics(text) == [
        "Ulm Initiative",
        "price differential",
        "fight against illegal logging",
        "arms smuggling from the north",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prime minister said he was ready to discuss all the issues on our agenda, "
            "including, of course, the dispute over the dam.",
            ["dispute over the dam"],
        ),
        (
            "She wanted to hear his position on the most important questions, first of all, "
            "water sharing.",
            ["water sharing"],
        ),
        (
            "The leaders discussed regional issues and fisheries.",
            ["regional issues", "fisheries"],
        ),
    ],
)
def test_asides_and_subjects_summed_up_are_no_items(text: str, expected: list[str]) -> None:
    """ "including, of course, X", "first of all, X": asides set off by commas, no items; "all
    the issues on our agenda", "the most important questions": the subjects summed up, none
    named ("regional issues" names a kind, and stays)."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks focused on bilateral ties and the means to deepen them, in particular "
            "in the fields of shipping and textiles.",
            ["bilateral ties", "shipping", "textiles"],
        ),
        (
            "The ministers condemned efforts to destabilise the region, including through "
            "cyber attacks and the smuggling of weapons.",
            ["cyber attacks", "smuggling of weapons"],
        ),
        (
            "Alba and Borea agreed to expand cooperation in shipbuilding and dairy farming as "
            "the two countries seek to diversify their economies.",
            ["shipbuilding", "dairy farming"],
        ),
        (
            "The presidents held a one-on-one meeting followed by expanded talks at the Blue "
            "Hall, as the two sides signed 12 documents, including nine new MoUs.",
            [],
        ),
    ],
)
def test_clauses_and_means_around_a_list_go(text: str, expected: list[str]) -> None:
    """ "the means to deepen them": a purpose whose object is a pronoun, no subject; "including
    through X": by what means, then X; "as the two countries seek to": a clause on why, after
    the list; "followed by expanded talks": the next meeting, and "nine new MoUs" a count of
    documents, neither a subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister voiced concerns about the spread of counterfeit medicines.",
            ["spread of counterfeit medicines"],
        ),
        (
            "The focus of the trip is port logistics, aquaculture and seed potatoes.",
            ["port logistics", "aquaculture", "seed potatoes"],
        ),
        ("Pension reform was a further subject of the talks.", ["Pension reform"]),
        ("The minister was the subject of questions from reporters.", []),
    ],
)
def test_what_a_text_says_its_subjects_are(text: str, expected: list[str]) -> None:
    """ "concerns about X", "The focus of the trip is A, B and C", "X was a further subject
    (of the talks)": subjects a text names as such ("was the subject of questions" names none)."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fund will back the expansion of green hydrogen output in the south.",
            ["green hydrogen"],
        ),
        ("Both leaders see industrialization as the way out of poverty.", ["industrialization"]),
        ("The president hopes to narrow the trade deficit with Borea.", ["trade deficit"]),
        ("Last year Alba recorded a trade deficit of $2 billion with Borea.", []),
        ("Alba will send skilled workers to Borea's hospitals.", ["skilled workers"]),
        ("Up to 5,000 skilled workers will go to Borea every year.", []),
        ("He warned that tariffs would be met with tariffs.", ["tariffs"]),
        (
            "The new airline is good news for air connectivity, the governor said.",
            ["air connectivity"],
        ),
        ("A clean energy company signed a lease for the site.", []),
        (
            "Alba welcomed Borea's accession to the Northern Council next spring.",
            ["Borea's accession to the Northern Council"],
        ),
        (
            "The minister noted progress since the opening of accession negotiations.",
            ["accession negotiations"],
        ),
    ],
)
def test_fields_named_once_wherever_they_stand(text: str, expected: list[str]) -> None:
    """Fields so widely named that a brief naming them has them for a subject, whatever the
    cue: green hydrogen, industrialisation, the trade deficit a side raises (not one recorded,
    a figure's), skilled workers a country sends (not a count of them), tariffs, a kind of
    connectivity, a country's accession; "a clean energy company" is who, not what."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers agreed on closer cooperation in security and defence and on justice "
            "and home affairs.",
            ["security and defence", "justice and home affairs"],
        ),
        (
            "Alba and Borea signed an agreement on migration and mobility.",
            ["migration and mobility"],
        ),
        ("They discussed security, defence and trade.", ["security", "defence", "trade"]),
        (
            "The sides discussed cooperation in the political, energy, as well as cultural and "
            "humanitarian spheres.",
            ["political", "energy", "cultural and humanitarian"],
        ),
        (
            "The sides discussed cooperation in the political, economic, cultural and "
            "humanitarian spheres.",
            ["political", "economic", "cultural and humanitarian"],
        ),
    ],
)
def test_fields_named_as_one_pair(text: str, expected: list[str]) -> None:
    """ "security and defence", "justice and home affairs", "migration and mobility",
    "cultural and humanitarian (spheres)": one field each as the text joins it (a list that
    names them apart keeps them apart)."""
    assert _topics(text) == expected


def test_a_process_between_two_neighbours_is_a_subject() -> None:
    """ "the normalization process between the two neighbours": the process; the neighbours
    after "between" are its parties, not the head that would make the item who."""
    text = (
        "The two leaders discussed the normalization process between the two neighbours, the "
        "opening of the land border and the peace process between Alba and Borea."
    )
    assert _topics(text) == [
        "normalization process between the two neighbours",
        "opening of the land border",
        "peace process between Alba and Borea",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the meeting, matters of mutual interest, the regional water situation, "
            "forest fire cooperation and measures to enhance joint coast guard collaboration, "
            "especially in the field of pilot training and search and rescue, were discussed.",
            [
                "regional water situation",
                "forest fire cooperation",
                "joint coast guard collaboration",
                "pilot training",
                "search and rescue",
            ],
        ),
        (
            "At the talks, fisheries, timber exports and port fees, particularly for transit "
            "containers, were discussed.",
            ["fisheries", "timber exports", "port fees"],
        ),
    ],
)
def test_a_long_list_before_were_discussed_and_its_emphasis_aside(
    text: str, expected: list[str]
) -> None:
    """ "A, B and C, especially in the field of D, were discussed": a list of up to 280
    characters before the passive verb; the aside after the last item ends the list."""
    assert _topics(text) == expected


def test_a_list_before_was_discussed_starts_after_where() -> None:
    """ "X also held meetings at A and B, where the possibility of Y was discussed": the
    meetings say where; what was discussed comes after "where"."""
    text = (
        "Within the framework of the visit, the Borean delegation also held meetings at the "
        'State Concern "Albagaz" and the Ministry of Education, where the possibility of '
        "admitting 25 Borean students to Alban universities was discussed."
    )
    assert _topics(text) == ["possibility of admitting 25 Borean students to Alban universities"]


def test_the_fight_against_two_things_inside_a_list() -> None:
    """ "A, the fight against X and Y, and B": what is fought splits at its own "and"."""
    text = (
        "The ministers discussed border security, the fight against poaching and smuggling, "
        "and tourism."
    )
    assert _topics(text) == ["border security", "fight against poaching", "smuggling", "tourism"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides discussed co-financing of a new grain terminal in the Ulm – North Gate "
            "industrial park with a target throughput of 1 million tonnes a year.",
            ["co-financing of a new grain terminal"],
        ),
        (
            "The sides discussed co-financing of a dry port in the Ulm special economic zone.",
            ["co-financing of a dry port in the Ulm special economic zone"],
        ),
    ],
)
def test_a_too_long_item_loses_the_named_zone_it_stands_in(text: str, expected: list[str]) -> None:
    """ "a grain terminal in the A – B industrial park": too long with the named zone where
    it stands, which goes; a short item keeps it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Borean contractors are bidding for projects worth more than 25 billion rials in the "
            "Alban power and road sectors, officials said.",
            ["power and road sectors"],
        ),
        (
            "They discussed cooperation in the Borean oil, gas and fishing sectors.",
            ["Borean oil", "gas", "fishing"],
        ),
    ],
)
def test_whose_two_sectors_share_their_head(text: str, expected: list[str]) -> None:
    """ "in the Alban power and road sectors": one field of two kinds, as the text joins it,
    whose name before them no part of the first; a longer list reads as before."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister added that Alba will ask for the opening of the Borean market to "
            "Alban fresh cherries.",
            ["opening of the Borean market to Alban fresh cherries"],
        ),
        (
            "The two agencies will sign a letter of intent on green bonds and carbon markets.",
            ["green bonds", "carbon markets"],
        ),
        (
            "The bank has supported the country with more than USD 40 million in grants "
            "since 2021.",
            [],
        ),
        (
            "They agreed to open a consulate in the port and to ease visa rules for business "
            "travellers.",
            ["consulate in the port", "visa rules for business travellers"],
        ),
    ],
)
def test_actions_sought_and_letters_of_intent(text: str, expected: list[str]) -> None:
    """ "ask for the opening of X": the action a side seeks; "a letter of intent on A and B":
    what the letter is on; "supported the country with more than USD 40 million": whom and
    how much, no subject; "and to ease X": what is to be eased, a plan's next item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alba will give $30 million under its aid programme for school meals and clean water.",
            ["school meals", "clean water"],
        ),
        (
            "The leaders exchanged views on the situation in Mali and in Chad and on the reform "
            "of the tax treaty.",
            ["situation in Mali", "reform of the tax treaty"],
        ),
    ],
)
def test_a_sum_under_a_scheme_and_a_second_place(text: str, expected: list[str]) -> None:
    """ "$30 million under its aid programme for A and B": the scheme, then what the sum is
    for; "the situation in Mali and in Chad": the subject with its first place, no dangling
    "and"."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg held talks in Rome with her counterpart on efforts to secure a truce in "
            "Sudan and Chad, and on grain shipments.",
            ["efforts to secure a truce in Sudan and Chad", "grain shipments"],
        ),
        (
            "They discussed the war in Syria and Yemen and wheat exports.",
            ["war in Syria and Yemen", "wheat exports"],
        ),
        (
            "The ministers underlined the importance of UNESCO's role, cautioning against any "
            "cut to its budget.",
            ["UNESCO's role"],
        ),
        (
            "The leaders signed a joint declaration on the protection of undersea cables in "
            "the North Sea, and agreed to meet again in spring.",
            ["protection of undersea cables in the North Sea"],
        ),
        (
            "The presidents adopted a joint statement on upgrading bilateral ties to a strategic "
            "partnership.",
            [],
        ),
    ],
)
def test_places_of_a_truce_roles_and_declarations(text: str, expected: list[str]) -> None:
    """ "a truce (or the war) in A and B": the places are the subject's; "X's role": the
    role is the named one's, and a clause ", cautioning against ..." no item; "a joint
    declaration on X": what it is on, unless it only raises the relations to a level."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed cooperation in shipping, banking and the hiring of Kenyan nurses "
            "in Oman, where some 3,000 Kenyans are employed, mainly in clinics and hotels.",
            ["shipping", "banking", "hiring of Kenyan nurses"],
        ),
        (
            "About 60 Borean firms operate in Alba, mostly in retail and logistics.",
            ["retail", "logistics"],
        ),
        (
            "They signed an agreement on fisheries in Oslo on May 4, the first day of the Alban "
            "premier's visit to Norway.",
            ["fisheries"],
        ),
        (
            "The ministers signed an agreement on a Baltic hydrogen corridor designed to carry "
            "wind and tidal power to southern markets.",
            ["Baltic hydrogen corridor"],
        ),
    ],
)
def test_where_people_work_and_clauses_after_an_item(text: str, expected: list[str]) -> None:
    """ "where N workers are employed, mostly in A and B": where people work, no field of the
    talks (where firms operate it is one); "the first day of X's visit": when; "a corridor
    designed to carry A and B": what it is for, a clause on the item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eight documents were signed, including a memorandum on fisheries and five "
            "interministerial and interagency agreements.",
            ["fisheries"],
        ),
        (
            "Anna Berg invited Borean firms to take part in the expansion of the Tarvik "
            "container terminal, a project estimated at about US$ 80 million, and in the "
            "repair of the coastal highway.",
            ["expansion of the Tarvik container terminal", "repair of the coastal highway"],
        ),
        (
            "The ministers discussed the state and prospects of the Chilean-Peruvian bilateral "
            "agenda, as well as issues of maritime security.",
            ["maritime security"],
        ),
        (
            "The leaders reviewed the Alba-Borea compact, including a new water and soil pillar.",
            ["Alba-Borea compact", "water and soil pillar"],
        ),
        (
            "“We want Alban know-how in solar farming and grid design to be part of Borea's "
            "reforms,” Anna Berg said.",
            ["solar farming", "grid design"],
        ),
        (
            "The agency thanked the ministry for its partnership, which has supported organic "
            "farming in the Rift Valley and the Western Highlands for nearly three decades.",
            ["organic farming"],
        ),
    ],
)
def test_kinds_of_documents_costs_and_wholes(text: str, expected: list[str]) -> None:
    """ "interministerial and interagency agreements": documents, no subject; "a project
    estimated at $X": what the item costs; "the A-B bilateral agenda": the talks' whole;
    "a new A and B pillar": one pillar of two kinds; "X to be part of Y": what X is to
    become; "in the X Valley and the Y Highlands for three decades": where and how long."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and Norway are weighing new investments in salmon farming, fertilisers and "
            "rail freight, following a meeting between Fisheries, Food and Agriculture Minister "
            "Ana Soto and the visiting Norwegian envoy.",
            ["salmon farming", "fertilisers", "rail freight"],
        ),
        (
            "The two sides discussed widening Norsk Kraftselskap AS's (Norkraft) wind projects "
            "in the Andes, copper smelting, seafood exports and green bonds.",
            [
                "widening Norsk Kraftselskap AS's wind projects in the Andes",
                "copper smelting",
                "seafood exports",
                "green bonds",
            ],
        ),
        (
            "Later, the minister held talks with the head of the Chilean export bank on trade "
            "finance guarantees for Peruvian buyers of Chilean fruit.",
            ["trade finance guarantees", "Chilean fruit"],
        ),
    ],
)
def test_business_copy_lists_after_a_lead_clause_and_a_firm_s_short_name(
    text: str, expected: list[str]
) -> None:
    """ ", following a meeting between A and B" ends the list before it (the commas of a
    title inside it split nothing); a firm's short name in brackets after its full name
    ends no item; "X for Peruvian buyers of Y": X, whom it serves, then what they buy."""
    assert _topics(text) == expected


def test_numbered_headings_over_their_section_text_are_topics() -> None:
    """ "2. Energy security" on its own line over the section's text (one paragraph with it)
    heads a section by subject; "1. Overview" names the kind of text, no subject."""
    body = (
        "The ministers met in Lima on Monday.\n\n"
        "1. Overview\nThe ministers opened the meeting.\n\n"
        "2. Energy security\nThe ministers agreed to share grid data.\n\n"
        "3. Fisheries control\nThe ministers set up a patrol.\n\n"
        "4. Maritime domain awareness\nThe ministers welcomed a radar link."
    )
    assert find_topics(sentences(body), body, [], ["Anna Berg"]) == [
        "energy security",
        "fisheries control",
        "maritime domain awareness",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They also discussed illegal fishing off the coast and the need to expand marine "
            "patrols.",
            ["illegal fishing off the coast", "marine patrols"],
        ),
        (
            "The ministers welcomed Peru's efforts to reinforce its coast guard, including "
            "through a fleet upgrade, and its plan to bring farm spending to 3 percent of GDP.",
            ["fleet upgrade", "farm spending"],
        ),
        (
            "The leaders discussed the deep and enduring friendship between their peoples and "
            "trade.",
            ["enduring friendship between their peoples", "trade"],
        ),
        (
            "The plan sets out joint work in five priority areas, including fighting malaria, "
            "building ports and training nurses.",
            ["fighting malaria", "building ports", "training nurses"],
        ),
    ],
)
def test_a_need_a_plan_a_quality_and_a_count_of_areas_name_no_subject(
    text: str, expected: list[str]
) -> None:
    """ "the need to expand X", "its plan to bring X to N": what is needed or planned, not the
    need or plan; "the deep and enduring friendship": "deep" alone is no item; "in five
    priority areas, including A": how many areas, the list names them."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both sides welcomed the growth of bilateral trade to $3.1 billion last year.",
            ["growth of bilateral trade"],
        ),
        (
            "The ministers are expected to sign an arrangement on mutual recognition of "
            "driving licences.",
            ["mutual recognition of driving licences"],
        ),
        (
            "The trip will advance Chile's work with both countries on the Pacific Alliance "
            "and the APEC, and on food security.",
            ["Pacific Alliance", "APEC", "food security"],
        ),
    ],
)
def test_growth_welcomed_an_arrangement_s_subject_and_work_with_partners_on_names(
    text: str, expected: list[str]
) -> None:
    """ "welcomed the growth of X": what grew; "an arrangement on X": what it is on; "work
    with both countries on the A and the B, and on C": two names, each with its article, then
    C."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg held talks with Ed Long, head of the Alban Export Bank, on trade "
            "finance for Chilean importers of Alban machinery.",
            ["trade finance", "Alban machinery"],
        ),
        (
            "Borea and Alba are eyeing new investments in shipbuilding, fertilisers and "
            "cold storage, following a meeting between Trade, Industry and Energy Minister "
            "Anna Berg and her guest on Monday.",
            ["shipbuilding", "fertilisers", "cold storage"],
        ),
        (
            "The sides discussed expanding Norsk Hydro ASA's (Hydro) smelters in Qatar, halal "
            "tourism and date exports.",
            ["expanding Norsk Hydro ASA's smelters", "halal tourism", "date exports"],
        ),
        (
            "The accord is one of several Alba has signed with countries such as Chile, Peru "
            "and Ghana as it tries to attract nurses.",
            [],
        ),
        (
            "Addressing a joint press briefing, Anna Berg said the fund would open in May.",
            [],
        ),
    ],
)
def test_whom_a_credit_is_for_clauses_and_events_spoken_at(text: str, expected: list[str]) -> None:
    """ "trade finance for Chilean importers of X": the finance, whom it is for the next cue
    says; ", following a meeting between A and B": when; "X's (Short) Y": a name's short
    form; "countries such as A, B and C as it tries to": who; "addressing a press briefing":
    where a speaker spoke."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers noted Alba's plan to bring tariffs to zero.",
            ["tariffs"],
        ),
        (
            "They agreed to strengthen maritime security cooperation with Japan.",
            ["maritime security cooperation with Japan"],
        ),
        (
            "Both sides welcomed the growth of two-way trade to $3.4 billion last year.",
            ["growth of two-way trade"],
        ),
        (
            "The plan sets out work in five priority areas, including flood control.",
            ["flood control"],
        ),
        (
            "Borean firms are interested in working in Chile's mining sector and fisheries.",
            ["mining sector", "fisheries"],
        ),
        (
            "We want to widen these links, including the southern corridor.",
            ["southern corridor"],
        ),
        (
            "He said the accord reached by the two sides on fishing quotas in recent weeks was "
            "a good start.",
            ["fishing quotas"],
        ),
        (
            "The two countries have supported each other on issues of water security.",
            ["water security"],
        ),
    ],
)
def test_plans_fields_of_cooperation_growth_and_reciprocity(
    text: str, expected: list[str]
) -> None:
    """A plan is a document, no subject; "strengthen X security cooperation with Y": the
    field; "welcomed the growth of X": the flow; "five priority (areas)": how many; "working
    in X's mining sector": the sector; "these links": named before; "the accord reached by
    the two sides on X in recent weeks": X; "each other on issues of X": X."""
    assert _topics(text) == expected


def test_every_gate_of_the_sentence_loop_reads_words_it_was_given() -> None:
    """find_topics intersects a sentence's words with _GATE_WORDS once, ORs their gates' bits
    together and each gate tests its own bit: every bit a gate tests is the bit of one set of
    _GATES (a bit left out would make its gate never pass), and every set's words are part of
    _GATE_WORDS."""
    # The source file, not inspect: the compiled build's find_topics has no Python source.
    path = Path(__file__).resolve().parents[1] / "bot" / "parser" / "topics.py"
    text = path.read_text(encoding="utf-8")
    node = next(
        n
        for n in ast.parse(text).body
        if isinstance(n, ast.FunctionDef) and n.name == "find_topics"
    )
    source = ast.get_source_segment(text, node) or ""
    names = set(re.findall(r"gates & (_[A-Z_]+_GATE)\b", source))
    assert len(names) >= 20  # the gates are found in the source as written
    bits = [bit for _, bit in topics._GATES]
    assert len(set(bits)) == len(bits)
    assert all(bit > 0 and bit & (bit - 1) == 0 for bit in bits)  # one bit each
    for name in sorted(names):
        assert getattr(topics, name) in bits, name
    for words, _ in topics._GATES:
        assert words <= topics._GATE_WORDS
    assert "need.isdisjoint(gated)" in source  # _OWN_SUBJECTS' gates, every one of them
    for gates, _, _, _ in topics._OWN_SUBJECTS:
        for gate in gates:
            assert gate <= topics._GATE_WORDS
    assert not re.search(r"(?<![\w.])words\.isdisjoint|isdisjoint\(words\)", source)
    assert not re.search(
        r"isdisjoint\(gated\)|gated\.isdisjoint", source.replace("need.isdisjoint(gated)", "")
    )


_PLAIN_COMPOUND = re.compile(
    topics._COMPOUND.pattern.replace(r"(?:[", r"\b(?:[", 1).replace(
        r"](?<!\w.)[\w]+", r"][\w]+", 1
    )
)


@pytest.mark.parametrize(
    "text",
    [
        "the Trans-Caspian route and the Baku-Tbilisi-Kars railway",
        "an EU-Asia link, the Nord-Süd corridor and xTrans-Caspian cable line",
        "Ab-Cd road",
        "(Ab-Cd road) and _Ab-Cd road",
        "the e-Commerce line, a re-Export bridge – and in-Asia crossing",
    ],
)
def test_compound_patterns_read_as_their_plain_forms(text: str) -> None:
    """_COMPOUND opens with its capital (its "\\b" a lookbehind after it) and _COMPOUND_HINT
    with its dash: the same matches as "\\b" before the capital, the same answer as a lower-case
    letter before the dash."""
    assert _PLAIN_COMPOUND.pattern.startswith(r"\b(?:[")
    assert [m.span() for m in topics._COMPOUND.finditer(text)] == [
        m.span() for m in _PLAIN_COMPOUND.finditer(text)
    ]
    assert bool(topics._COMPOUND_HINT.search(text)) == bool(re.search(r"[a-z][-–][A-Z]", text))


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_compound_patterns_read_every_brief_as_their_plain_forms(path: Path) -> None:
    """On every sentence of the briefs we have, as above."""
    for sentence in sentences(clean(path.read_text(encoding="utf-8"))):
        text = sentence.text
        assert [m.span() for m in topics._COMPOUND.finditer(text)] == [
            m.span() for m in _PLAIN_COMPOUND.finditer(text)
        ]
        assert bool(topics._COMPOUND_HINT.search(text)) == bool(re.search(r"[a-z][-–][A-Z]", text))


def test_end_clauses_open_with_what_ends_looks_for_first() -> None:
    """_Ends.first looks for each of the first three end patterns only from the first comma
    (the first two) or " and " (the third) after its start: each opens with that text."""
    parsed = [list(sre_parser.parse(pattern.pattern)) for pattern in topics._END_CLAUSES]
    assert len(parsed) == 3
    assert parsed[0][0] == parsed[1][0] == (sre_constants.LITERAL, ord(","))
    assert parsed[2][:5] == [(sre_constants.LITERAL, ord(char)) for char in " and "]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "“",
                "”",
                " ",
                "\n",
                "on ",
                " up ",
                "discussed ",
                "the ",
                "The ",
                "Nordic Corridor – Alba",
                "Élan",
                "energy",
                "shuttle diplomacy",
                ",",
                ", ",
                " and ",
                ".",
                "x",
            ]
        ),
        max_size=14,
    )
)
def test_quoted_names_and_items_are_tried_only_at_their_marks(parts: list[str]) -> None:
    """_prepared tries _QUOTED_NAME only where a mark stands before a capital, and
    _QUOTED_ITEM only where one stands between a blank and a small letter: the text is the
    one both give tried everywhere."""
    text = "".join(parts)
    named = topics._QUOTED_NAME.sub(lambda m: topics._SPACED_DASH.sub("–", m.group(1)), text)
    assert topics._prepared(text) == topics._QUOTED_ITEM.sub(r"\1\2", named)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.lists(
            st.sampled_from(
                ["Trans", "-", "–", "—", "’", "'", "+", "_", " ", "\t", "5", "½", "İ", "é", "x"]
            ),
            max_size=12,
        ).map("".join),
    )
)
def test_norm_is_the_letters_and_digits_with_one_blank_between_runs(text: str) -> None:
    """_dedupe's key of an item: its runs of letters and digits in lower case, one blank
    between each two, as a replace of every other run by a blank gives."""
    assert topics._norm(text) == topics._NOT_WORD.sub(" ", text.lower()).strip()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Joint Commission",
                "ports",
                " on ",
                " of ",
                " for ",
                "\n",
                " ",
                "Trade",
                "trade",
                "Énergie",
                "’s",
                "-",
                "x",
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_name_with_field_is_tried_only_after_a_capitalised_last_word(text: str) -> None:
    """_name_with_field tries _NAME_WITH_FIELD only where the last word is capitalised: it
    says what a search says."""
    assert topics._name_with_field(text) == (topics._NAME_WITH_FIELD.search(text) is not None)


def test_counted_areas_words_end_with_the_letter_its_gate_reads() -> None:
    """_prepared tries _COUNTED_AREAS only where "s:" stands: every word before its colon ends
    with "s"."""
    listed = re.search(r"\(\?:(areas\|[^)]*)\):", topics._COUNTED_AREAS.pattern)
    assert listed is not None
    words = listed.group(1).split("|")
    assert len(words) > 10
    assert all(word.isalpha() and word.endswith("s") for word in words)
    assert topics._prepared("It covers three areas: energy, trade and tourism.") == (
        "It covers energy, trade and tourism."
    )


def _assert_places_start(text: str) -> None:
    starts = topics._place_starts(text)
    spans = [(match.span(), match.groupdict()) for match in topics._IN_PLACES.finditer(text)]
    assert all(at in starts for (at, _), _ in spans), (text, starts, spans)
    tried = matches_at(topics._IN_PLACES, text, starts)
    assert [(match.span(), match.groupdict()) for match in tried] == spans


@pytest.mark.parametrize(
    "text",
    [
        "projects in Alba, Borea and Cydonia, as well as in the Delta region",
        "trade, as well as\tin Alba and Borea",
        "energy ,  as  well  as \n of Alba",
        "was sale in Alba and Borea",
        "In Alba and in Borea",
        "no name after in or of here",
    ],
)
def test_place_starts_hold_the_start_of_every_place_list(text: str) -> None:
    """_without_places tries _IN_PLACES only at _place_starts: every match starts at one of
    them, and the matches tried there are those of a whole scan."""
    _assert_places_start(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                " in ",
                " of ",
                "in",
                "as",
                " well ",
                ",",
                " ",
                "\n",
                "\t",
                " and ",
                "the ",
                "Alba",
                "Borea",
                "’s",
                " regions",
                "was",
                "x",
            ]
        ),
        max_size=14,
    )
)
def test_place_starts_hold_the_start_of_every_place_list_of_any_text(parts: list[str]) -> None:
    """As above, on texts of the pieces a list of places is made of."""
    _assert_places_start("".join(parts))


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_place_starts_hold_the_start_of_every_place_list_of_every_brief(path: Path) -> None:
    """As above, on every sentence of the briefs we have."""
    for sentence in sentences(clean(path.read_text(encoding="utf-8"))):
        _assert_places_start(sentence.text)


def _assert_invest_at_its_words(text: str, low: str, words: frozenset[str]) -> None:
    starts = topics._word_starts(low, words & topics._INVEST_WORDS)
    first = next((m for at in starts if (m := topics._INVEST_IN_PLACE.match(text, at))), None)
    found = topics._INVEST_IN_PLACE.search(text)
    assert (first and first.span()) == (found and found.span()), text


@pytest.mark.parametrize(
    "text",
    [
        "plans to invest in Alba, mainly in textiles and in Borea in mining",
        "about 30 projects in Borea, in oil and gas",
        "Investing in Alba in energy; to reinvest in Borea in tea; projects in Cydonia in x",
        "invested in the Alba in energy and investing in Borea in trade",
    ],
)
def test_invest_in_place_is_found_at_its_words(text: str) -> None:
    """find_topics tries _INVEST_IN_PLACE only where a word of _INVEST_WORDS stands whole in
    the lower-case text: the first match there is the first of a search."""
    low = text.lower()
    _assert_invest_at_its_words(text, low, frozenset(re.findall("[a-z]+", low)))


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_invest_in_place_is_found_at_its_words_in_every_brief(path: Path) -> None:
    """As above, on every sentence of the briefs we have."""
    for sentence in sentences(clean(path.read_text(encoding="utf-8"))):
        if sentence.low:
            _assert_invest_at_its_words(sentence.text, sentence.low, sentence.words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Australia will provide A$80 million in development assistance to Fiji next year.",
            ["development assistance"],
        ),
        ("Japan extended a ¥5 billion official development assistance loan for a bridge.", []),
        (
            "The two leaders agreed to work together toward achieving net-zero emissions by 2050.",
            ["net-zero emissions"],
        ),
        (
            "The two sides agreed to strengthen maritime security cooperation with the "
            "Philippines, including joint patrols.",
            ["maritime security cooperation with the Philippines", "joint patrols"],
        ),
        ("Addressing a joint press stakeout, the minister said the talks went well.", []),
    ],
)
def test_aid_a_climate_goal_a_field_of_cooperation_with_a_partner_and_an_audience(
    text: str, expected: list[str]
) -> None:
    """ "A$80 million in development assistance": the aid (not "an official development
    assistance loan": a kind of loan); "net-zero emissions": the climate goal; "strengthen
    maritime security cooperation with X": the field; "addressing a press stakeout": whom one
    spoke to, no subject."""
    assert _topics(text) == expected


def test_what_a_speaker_is_ready_to_work_on_is_a_subject() -> None:
    """In a quotation, "ready to work on A, B and C projects together" names what the sides
    will take up; "what we agreed to work on today" names nothing."""
    text = (
        '"We are ready to work on fisheries, textiles and cement projects together," the '
        'president said. "That is what we agreed to work on today."'
    )
    assert find_topics(sentences(text), text, [(0, len(text))], ["Anna Berg"]) == [
        "fisheries",
        "textiles",
        "cement projects",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty also has chapters on fisheries, shipping and tourism.",
            ["fisheries", "shipping", "tourism"],
        ),
        (
            "The accord holds provisions on state aid and public procurement.",
            ["state aid", "public procurement"],
        ),
        ("Each side will draft a chapter on labour rights.", ["labour rights"]),
    ],
)
def test_chapters_and_provisions_of_a_treaty_name_what_it_covers(
    text: str, expected: list[str]
) -> None:
    """ "chapters on A, B and C" and "provisions on X" list what a treaty covers."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two sides also discussed fishing rights, wool trade and the situation in the "
            "Arctic, ahead of Norway's chairmanship of the council next year.",
            ["fishing rights", "wool trade", "situation in the Arctic"],
        ),
        (
            "They agreed to expand cooperation in salmon farming, shipping and tourism, amid "
            "shared worries over ice melt in the north.",
            ["salmon farming", "shipping", "tourism", "ice melt in the north"],
        ),
        (
            "The sides agreed to speed up ferry deliveries, as the two countries deepen "
            "security ties amid rising piracy in the strait.",
            ["ferry deliveries", "security ties"],
        ),
        ("They discussed wool trade amid falling prices.", ["wool trade"]),
    ],
)
def test_amid_and_ahead_of_after_a_list_end_it(text: str, expected: list[str]) -> None:
    """ ", amid shared worries over X" and ", ahead of the chairmanship of Y" after a list say
    when or in what setting, and end its last item; so does "amid X" after an item."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said she plans to speak with other leaders, including Omar Lund, in the "
            "coming weeks.",
            [],
        ),
        (
            "Anna Berg told reporters she would meet other ministers, including Omar Lund, in "
            "the next few days.",
            [],
        ),
        ("The port has earmarked $5 million for the second phase.", []),
        (
            "The ministers discussed ferry links and fishing grounds that both sides consider "
            "theirs.",
            ["ferry links"],
        ),
    ],
)
def test_a_time_a_stage_or_a_pronoun_alone_is_no_topic(text: str, expected: list[str]) -> None:
    """ "in the coming weeks", "the next few days" (when), "the second phase" (a part of
    something named elsewhere) and "theirs" (whose) are no items."""
    assert find_topics(sentences(text), text, [], ["Anna Berg", "Omar Lund"]) == expected


def test_another_document_on_a_subject_names_the_subject() -> None:
    """ "a memorandum on X and another on Y": the second document is on Y."""
    text = "They signed a memorandum on fishing and another on wool trade and tourism."
    assert _topics(text) == ["fishing", "wool trade", "tourism"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The statement said the talks touched on "the water file", fishing rights and the '
            "situation in the Arctic.",
            ["water file", "fishing rights", "situation in the Arctic"],
        ),
        ("The talks covered wool trade and “ferry diplomacy”.", ["wool trade", "ferry diplomacy"]),
        ("The ministers were accused of backing “piracy”, a charge they denied.", []),
    ],
)
def test_a_quoted_lower_case_phrase_in_a_list_is_an_item(text: str, expected: list[str]) -> None:
    """A short lower-case phrase in quotation marks after "on", "about" or a list's comma or
    "and" is an item of the list; one after a verb (a word set off as someone else's) is
    not made one."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The heads of government considered its agenda first in a narrow and then in an "
            "extended format, chaired by Anna Berg.",
            [],
        ),
        (
            "The ministers discussed fishing and wool trade in a narrow format and then in an "
            "expanded format.",
            ["fishing", "wool trade"],
        ),
    ],
)
def test_the_format_of_talks_is_no_topic(text: str, expected: list[str]) -> None:
    """ "first in a narrow and then in an extended format" says how the sides met, and "its
    agenda" alone names no subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said the treaty would boost shipping, digital trade, insurance and "
            "research and development.",
            ["shipping", "digital trade", "insurance", "research and development"],
        ),
        ("The ministers backed plans to boost salmon production.", ["salmon production"]),
        ("The fund aims to boost smart, clean and secure links.", []),
    ],
)
def test_what_is_boosted_is_a_topic(text: str, expected: list[str]) -> None:
    """ "would boost A, B and C" names what is to grow; adjectives before a head they share
    ("smart, clean and secure links") are no list of their own."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two leaders agreed to keep up “ferry diplomacy,” in which they sail to each "
            "other's ports, and to strengthen cooperation on wool trade.",
            ["ferry diplomacy", "wool trade"],
        ),
        (
            "They pledged to strengthen Norway's fishing industry and to keep up support for "
            "Iceland.",
            ["fishing industry", "support for Iceland"],
        ),
        ("Anna Berg said they must keep up the pace.", []),
    ],
)
def test_what_is_kept_up_is_a_topic(text: str, expected: list[str]) -> None:
    """ "agreed to keep up X" names what goes on; "keep up the pace" names nothing."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg announced ¥9 billion ($65 million) in aid for rural clinics and school meals.",
        "Anna Berg announced €9 million (about $9.5m) for rural clinics and school meals.",
    ],
)
def test_an_amount_converted_in_brackets_still_names_what_it_is_for(text: str) -> None:
    """ "¥9 billion ($65 million) in aid for A and B": the conversion in brackets between an
    amount and what it is for ends nothing."""
    assert _topics(text) == ["rural clinics", "school meals"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said she raised press freedom and cyber attacks.",
            ["press freedom", "cyber attacks"],
        ),
        (
            "Anna Berg said she had raised salmon exports, which were halted in 2020.",
            ["salmon exports"],
        ),
        ("The central bank raised rates again.", []),
        ("Norway raises cod export quota for Iceland.", []),
        ("The firm raised funds from investors.", []),
    ],
)
def test_what_a_side_raised_is_a_topic(text: str, expected: list[str]) -> None:
    """ "she raised A and B" names the subjects a side brought up; "raised rates", "raises
    the X quota" and "raised funds" say what grew, not what was discussed."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two ports agreed to begin negotiating a ferry services agreement.",
            ["ferry services agreement"],
        ),
        ("They agreed to negotiate a fisheries deal by the end of next year.", ["fisheries deal"]),
        ("They negotiated the deal for years.", []),
    ],
)
def test_an_agreement_to_be_negotiated_is_a_topic(text: str, expected: list[str]) -> None:
    """ "agreed to begin negotiating a X agreement" names the deal sought; "negotiated the
    deal" names none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They agreed to launch a maritime security dialogue at the vice ministerial level.",
            ["maritime security dialogue"],
        ),
        (
            "They agreed to hold consultations on fishing at the level of deputy ministers.",
            ["fishing"],
        ),
        ("They discussed wool trade at the highest level.", ["wool trade"]),
    ],
)
def test_the_level_of_talks_is_no_part_of_their_subject(text: str, expected: list[str]) -> None:
    """ "at the vice ministerial level", "at the level of deputy ministers": at whose rank,
    after the item, no part of it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They will raise investment in Alba's digital and energy infrastructure.",
            ["digital and energy infrastructure"],
        ),
        ("Firms will invest in Alba's salmon farming.", ["salmon farming"]),
    ],
)
def test_a_field_after_a_names_possessive_is_a_topic(text: str, expected: list[str]) -> None:
    """ "investment in Alba's digital infrastructure": whose (a capitalised possessive), then
    the field, a lower-case subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides were ready to increase investment in ferry links by up to 50 per cent.",
            ["ferry links"],
        ),
        ("They agreed to raise wool trade by about a third.", ["wool trade"]),
    ],
)
def test_by_how_much_after_a_subject_ends_it(text: str, expected: list[str]) -> None:
    """ "by up to 50 per cent", "by about a third": how much, after the subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Addressing the Council, Anna Berg noted that wool exports had doubled.", []),
        ("Anna Berg took part in the Assembly and discussed wool trade.", ["wool trade"]),
    ],
)
def test_a_body_addressed_or_attended_is_no_topic(text: str, expected: list[str]) -> None:
    """ "Addressing the Council", "took part in the Assembly": a body spoken to or sat in,
    an audience, not a subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They agreed to extend a duty-free arrangement for Alban growers by another 18 "
            "months.",
            ["duty-free arrangement for Alban growers"],
        ),
        (
            "Anna Berg extended the farm machinery leasing program.",
            ["farm machinery leasing program"],
        ),
        ("They extended the talks.", []),
    ],
)
def test_an_arrangement_extended_is_a_topic(text: str, expected: list[str]) -> None:
    """ "agreed to extend a duty-free arrangement" names the arrangement kept in force, and
    "by another 18 months" after it says for how long."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They will deepen cooperation with Norway on fishing and wool trade.",
            ["fishing", "wool trade"],
        ),
        (
            "They agreed to strengthen cooperation with the United Kingdom on New Alba's "
            "missile tests and its seizures of fishing boats.",
            ["missile tests", "seizures of fishing boats"],
        ),
    ],
)
def test_cooperation_with_a_partner_on_a_subject_names_it(text: str, expected: list[str]) -> None:
    """ "cooperation with X on A and B", as "cooperation with X in A": the subjects after the
    partner, also after a possessive of a name of two words ("New Alba's")."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed:\n- tea and spices;\n- aluminium and textiles;\n- banking.",
            ["tea and spices", "aluminium and textiles", "banking"],
        ),
        (
            "The ports pledged to work together on the following initiatives:\n\n"
            "1. Salmon farming;\n2. Water supply and a cleaner coastline;\n"
            "3. Ferry links and the Nordic Corridor.",
            [
                "Salmon farming",
                "Water supply and a cleaner coastline",
                "Ferry links",
                "Nordic Corridor",
            ],
        ),
    ],
)
def test_a_list_line_of_two_joined_fields_is_one_item(text: str, expected: list[str]) -> None:
    """A bulleted or numbered line of a list of topics that joins two lower-case fields with
    "and" ("- tea and spices") is one item, as written; one whose second part has "the" or a
    name ("Ferry links and the Nordic Corridor") names two."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They signed a Memorandum of Understanding on a Strategic Partnership in the Field "
            "of Fisheries between the Republic of Chile and the European Union.",
            ["Fisheries"],
        ),
        (
            "They signed an agreement on cooperation in the field of tourism between the "
            "governments of Peru and Ecuador.",
            ["tourism"],
        ),
        # the parties before what the document is on
        (
            "They signed an Agreement between the Government of Chile and the Government of "
            "the Republic of Peru on the avoidance of double taxation.",
            ["avoidance of double taxation"],
        ),
        # parties that are no state or government stay
        (
            "They discussed direct flights between the capitals of Peru and Ecuador.",
            ["direct flights between the capitals of Peru and Ecuador"],
        ),
    ],
)
def test_the_states_party_to_a_document_are_no_part_of_its_subject(
    text: str, expected: list[str]
) -> None:
    """ "X between the Republic of A and the B", "X between the governments of A and B": the
    states or governments signing come after what the document is on, and go."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sides agreed to increase this figure 2.5 times by 2030.", []),
        ("The ministers agreed to raise this indicator threefold.", []),
        ("They agreed to increase the number of ferry crossings fourfold.", ["ferry crossings"]),
    ],
)
def test_a_multiple_after_what_is_to_grow_is_no_part_of_it(text: str, expected: list[str]) -> None:
    """ "increase X 2.5 times", "raise X threefold": by how much is a figure's; what grows is
    the subject, and a demonstrative one ("this figure") names none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg invited him to attend the Nordic Corridor Summit next year.", []),
        ("Anna Berg thanked him for the invitation to attend the Arctic Route Forum.", []),
        ("Anna Berg discussed the Nordic Corridor.", ["Nordic Corridor"]),
    ],
)
def test_a_project_named_in_an_event_one_attends_is_no_topic(
    text: str, expected: list[str]
) -> None:
    """ "attend the X Corridor Summit": the event's name holds the project's, and is where
    one goes, not what is discussed."""
    assert _topics(text) == expected


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *(" and ", "and", "  and\t", " ", "\t", "\n", "in ", "on ", "to ", "for "),
                *("band ", "Alba", ",", "x", "\u2003"),
            ]
        ),
        max_size=14,
    ).map("".join)
)
def test_and_is_tried_only_before_a_blank_and_and(text: str) -> None:
    """_split_and tries _AND only at the first blank before each "and" between blanks: the
    matches are those of a scan of every position."""
    expected = [match.span() for match in topics._AND.finditer(text)]
    tried = matches_at(topics._AND, text, topics._and_starts(text))
    assert [match.span() for match in tried] == expected


@pytest.mark.parametrize(
    "text",
    ["the trade", "The  ports and an item", "an", "a\tfund", "andes", "theatre", "", " the x"],
)
def test_without_article_is_the_plain_substitution(text: str) -> None:
    """The leading article read at the start only: what a substitution over the text gives."""
    assert without_article(text) == LEADING_ARTICLE.sub("", text)


# _END_PATTERNS[0] as written before its word runs were made possessive
_PLAIN_END_CLAUSE = re.compile(topics._END_PATTERNS[0].pattern.replace("++", "+"))


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_end_clause_reads_every_brief_as_its_plain_form(path: Path) -> None:
    """The possessive word runs of the first end pattern give, at every comma of every
    sentence of the briefs we have, the matches of the plain runs."""
    assert topics._END_PATTERNS[0].pattern.count("++") == 4
    for sentence in sentences(clean(path.read_text(encoding="utf-8"))):
        low = sentence.low or sentence.text.lower()
        for at in positions(low, ","):
            found = topics._END_PATTERNS[0].match(low, at)
            plain = _PLAIN_END_CLAUSE.match(low, at)
            assert (found and found.span()) == (plain and plain.span())


@pytest.mark.parametrize(
    "low",
    [
        "trade and energy, officials said on monday",
        "trade, the u.s. envoy said, and  energy",
        "ports, its two co-chairs told reporters",
        "ports, its co-chairs  told, and farms",
        "roads,  which   were said to be key",
        "water, x-y’s  deputy    minister added",
        "water, one two three said",
        "water, to  the, said",
    ],
)
def test_end_clause_matches_as_its_plain_form(low: str) -> None:
    """At each comma, the same match (or none) as the plain word runs give; some of these
    end there, some do not."""
    for at in positions(low, ","):
        found = topics._END_PATTERNS[0].match(low, at)
        plain = _PLAIN_END_CLAUSE.match(low, at)
        assert (found and found.span()) == (plain and plain.span())


# Every word _prepared's gates look up: with all of them given, each gate is its substring
# test alone, as before the words were read
_PREPARED_GATES = (
    topics._WORTH_WORDS
    | topics._ASIDE_WORDS
    | topics._LAW_WORDS
    | topics._FORMAT_WORDS
    | topics._CLOSENESS_WORDS
    | topics._MANNER_ADVERBS
    | {"well", "bilateral", "including", "atmosphere"}
)


@pytest.mark.parametrize(
    "text",
    [
        "They signed deals worth $5 million on roads, as well as on ports and water.",
        "They reviewed the entire range of bilateral ties, including trade and energy.",
        "They covered, among others, trade and energy; and ports.",
        "They covered, inter alia, trade and energy.",
        'They ratified the Law "On the Agreement on trade" and energy.',
        "They discussed trade in a warm and friendly atmosphere.",
        "They discussed trade first in a narrow and then in an extended format.",
        "They discussed trade and energy in great detail, and at length.",
        "They discussed trade and energy directly and openly.",
        "They discussed trade (TRD), water (WTR) and energy.",
    ],
)
def test_prepared_words_skip_only_what_cannot_match(text: str) -> None:
    """_prepared with a text's own words gives what it gives with every word its gates read
    (where each gate is its substring test alone); each of these texts changes."""
    words = frozenset(re.findall(r"[a-z]+", text.lower()))
    assert topics._prepared(text, words) == topics._prepared(text, words | _PREPARED_GATES)
    assert topics._prepared(text, words) != text


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: p.stem)
def test_prepared_words_read_every_brief_as_the_substring_tests(path: Path) -> None:
    """As above, on every sentence of the briefs we have."""
    for sentence in sentences(clean(path.read_text(encoding="utf-8"))):
        text = sentence.text
        words = sentence.words or frozenset(re.findall(r"[a-z]+", text.lower()))
        assert topics._prepared(text, words) == topics._prepared(text, words | _PREPARED_GATES)


def test_prepared_gate_words_stand_in_their_patterns() -> None:
    """Each word a gate of _prepared looks up is one its pattern needs, whole."""
    for words, pattern in [
        (topics._WORTH_WORDS, topics._WORTH_BEFORE_MORE),
        (topics._ASIDE_WORDS, topics._AMONG_OTHERS),
        (topics._LAW_WORDS, re.compile(topics._LAW_TITLE.pattern.lower())),
        (topics._FORMAT_WORDS, topics._IN_FORMAT),
        (topics._CLOSENESS_WORDS, topics._HOW_CLOSELY),
        (topics._MANNER_ADVERBS, topics._HOW_OPENLY),
    ]:
        for word in words:
            assert re.search(rf"\b{word.rstrip('s')}", pattern.pattern.lower()), word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ensuring peace and stability along the Velmoran border",
            ["ensuring peace and stability along the Velmoran border"],
        ),
        ("promoting trade and investment", ["promoting trade and investment"]),
    ],
)
def test_a_set_pair_after_a_verb_in_ing_stays_one_item(text: str, expected: list[str]) -> None:
    """ "maintaining peace and stability in X": the pair is what is maintained, one item, as
    after an article ("the peace and stability of X")."""
    assert topics._split_and(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Varga proposed to broaden the partnership beyond hydrocarbons into wool "
            "processing, textiles, fisheries and the digital economy.",
            ["wool processing", "textiles", "fisheries", "digital economy"],
        ),
        (
            "The two ministers agreed to diversify trade into tourism and ports.",
            ["tourism", "ports"],
        ),
    ],
)
def test_the_fields_a_partnership_is_broadened_into_are_topics(
    text: str, expected: list[str]
) -> None:
    """ "to broaden the partnership beyond X into A, B and C": the new fields are topics."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "its impact on European and transatlantic security",
            ["its impact on European and transatlantic security"],
        ),
        ("talks on Arctic and regional security", ["talks on Arctic and regional security"]),
        ("Ruritanian grain and Velmoran timber", ["Ruritanian grain", "Velmoran timber"]),
    ],
)
def test_a_region_s_adjective_and_another_share_their_head(text: str, expected: list[str]) -> None:
    """ "on European and transatlantic security": a capitalised adjective of a region and a
    lower-case one before one head are one item; two nouns each with its own are two."""
    assert topics._split_and(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Varga spoke of his country's interest in the wool processing sector.",
            ["wool processing sector"],
        ),
        ("Varga spoke of his country's interest in the mining industry.", ["mining industry"]),
        ("Varga spoke of his country's interest in the region.", []),
    ],
)
def test_an_interest_in_a_sector_is_a_topic(text: str, expected: list[str]) -> None:
    """ "interest in the mining sector": the sector is a topic (not "interest in the
    region")."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The interlocutors noted the role of parliamentary diplomacy.",
            ["parliamentary diplomacy"],
        ),
        ("The delegates stressed the key role of wool exports.", ["wool exports"]),
        ("The interlocutors noted the role of the council.", []),
        (
            "Varga highlighted the role of Velmora as a reliable supplier of wool to Chile.",
            ["wool"],
        ),
    ],
)
def test_what_a_side_notes_the_role_of_is_a_topic(text: str, expected: list[str]) -> None:
    """ "noted the role of parliamentary diplomacy": a topic (not "the role of the council",
    a body)."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The charter lists cooperation on cobalt, graphite and nickel, on data centres, "
            "and on flood control.",
            ["cobalt", "graphite", "nickel", "data centres", "flood control"],
        ),
        (
            "They agreed to cooperate in dairy, wool and timber, in tourism, and in ports.",
            ["dairy", "wool", "timber", "tourism", "ports"],
        ),
    ],
)
def test_a_list_before_a_repeated_preposition_splits_its_last_item(
    text: str, expected: list[str]
) -> None:
    """ "on A, B and C, on D, and on E": A, B and C are a list inside the list, its last
    "and" splitting as the outer list's does."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two presidents signed a road map on green hydrogen.",
            ["green hydrogen"],
        ),
        ("The two presidents signed a roadmap on wool exports.", ["wool exports"]),
    ],
)
def test_what_a_road_map_in_two_words_is_on_is_a_topic(text: str, expected: list[str]) -> None:
    """ "a road map on green hydrogen", as British papers write a roadmap."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We are open to Sylvanian companies in energy, shipping and farming,” Varga said.",
            ["energy", "shipping", "farming"],
        ),
        ("“We want our companies in the region to grow, and we will help,” Varga said.", []),
    ],
)
def test_the_fields_open_to_companies_in_a_quotation_are_topics(
    text: str, expected: list[str]
) -> None:
    """ "we are open to foreign companies in A, B and C": a list of fields, inside a
    quotation too (not "our companies in the region")."""
    quote = (0, text.index("”") + 1)
    assert find_topics(sentences(text), text, [quote], ["Anna Berg"]) == expected


def test_how_long_a_subject_has_been_discussed_is_no_topic() -> None:
    """ "a pipeline that has been discussed since the 1970s": the pipeline is the subject,
    the time is none."""
    text = (
        "Nobody raised the Velmora pipeline, a scheme meant to take oil on to Sylvania, "
        "and which has been discussed since the 1970s."
    )
    assert _topics(text) == ["Velmora pipeline"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Varga said Ruritania, which buys most of its fuel abroad, wanted fair tariffs and "
            "new ferry links.",
            ["fair tariffs", "ferry links"],
        ),
        ("Varga wanted the two sides to agree soon and quickly.", []),
    ],
)
def test_a_list_of_what_a_side_wanted_gives_topics(text: str, expected: list[str]) -> None:
    """ "Ruritania wanted fair tariffs and new ferry links": each thing wanted is a topic
    (not "wanted the two sides to agree": whom, and a plan)."""
    assert _topics(text) == expected


def test_a_time_after_a_cue_s_in_opens_no_list_of_fields() -> None:
    """ "have grown into a close partnership in recent years and draw on shared history":
    "in recent years" tells when; no field of the partnership follows it, and the verb after
    "and" is no item."""
    text = (
        "Anna Berg said that ties between Ruritania and Velmora have grown into a close "
        "partnership in recent years and draw on the shared friendship of the two nations."
    )
    assert not any("friendship" in topic for topic in _topics(text))
    # a field after the cue's "in" is still one
    assert "energy" in _topics("Anna Berg proposed a partnership in energy and water.")


def test_a_list_of_fields_before_their_head_goes_on_after_as_well_as() -> None:
    """ "in the political, trade, as well as energy and mining spheres": two lists sharing
    the head, the second closed by its own "and"; "as well as" is no part of an item."""
    text = (
        "The sides discussed cooperation in the political, trade, as well as energy and mining "
        "spheres."
    )
    assert _topics(text) == ["political", "trade", "energy", "mining"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg said that the Betish party pays particular attention to the growth of "
            "the Alban-Betish Free Zone Blue Harbour, home to 17 firms.",
            ["growth of the Alban-Betish Free Zone Blue Harbour"],
        ),
        ("Betland gives priority to wool processing and glass.", ["wool processing", "glass"]),
    ],
)
def test_a_side_that_pays_attention_or_gives_priority_names_its_subjects(
    text: str, expected: list[str]
) -> None:
    """ "the X party pays particular attention to A", "X gives priority to A and B": the present
    tense of a side's stance names its subjects as "attention was paid to A" does."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Betish party asked for regular supplies of lamp oil, including some 40,000 "
            "tonnes of kerosene this winter.",
            ["regular supplies of lamp oil", "kerosene"],
        ),
        ("Betland requested deliveries of wool and glass.", ["deliveries of wool", "glass"]),
    ],
)
def test_goods_a_side_asks_to_be_supplied_are_subjects(text: str, expected: list[str]) -> None:
    """ "asked for regular supplies of A", "requested deliveries of A and B": the goods asked
    for, as "ensure supplies of A" names them."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders discussed the state and prospects of Alban-Betish relations of "
            "partnership, trust and alliance, as well as wool processing.",
            [
                "state and prospects of Alban-Betish relations of partnership, trust and alliance",
                "wool processing",
            ],
        ),
        (
            "The leaders discussed fishing, glass and the Alban-Betish relations.",
            ["fishing", "glass", "Alban-Betish relations"],
        ),
    ],
)
def test_the_kinds_of_relations_are_no_items_of_their_own(text: str, expected: list[str]) -> None:
    """ "relations of partnership, trust and alliance": what the relations are, one item
    with them, not a list of "partnership" and "trust"."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Berg noted that the main objective of the two states was the strengthening of "
            "scientific, cultural and sporting cooperation.",
            ["strengthening of scientific, cultural and sporting cooperation"],
        ),
        ("The key goal remains the expansion of wool exports.", ["expansion of wool exports"]),
        ("The main task of the ministry is to cut costs.", []),
    ],
)
def test_the_main_task_of_developing_a_field_names_that_field(
    text: str, expected: list[str]
) -> None:
    """ "the main objective of the two states was the strengthening of X": its subject; a task told
    by a verb ("is to cut costs") names none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velmoran investors were looking at textiles, fisheries, cement making and shipping.",
            ["textiles", "fisheries", "cement making", "shipping"],
        ),
        ("Velmoran investors are eyeing mining and logistics.", ["mining", "logistics"]),
        # what they look at with an article is no field of work
        ("Velmoran investors were looking at the figures and the rules.", []),
    ],
)
def test_the_fields_investors_are_looking_at_are_topics(text: str, expected: list[str]) -> None:
    """ "investors were looking at A, B and C": the fields investors weigh, each a topic."""
    assert find_topics(sentences(text), text, [], []) == expected


def test_a_clause_on_how_many_now_is_no_item_of_a_list() -> None:
    """ "to double the number of grants for midwives, currently around 640": the count now
    is no topic."""
    text = (
        "Ruritania was ready to extend a line of credit for Velmoran ports and to double the "
        "number of grants for Velmoran midwives, currently around 640."
    )
    assert find_topics(sentences(text), text, [], []) == [
        "Velmoran ports",
        "grants for Velmoran midwives",
    ]


def test_the_fields_of_a_lenders_operations_are_topics() -> None:
    """ "pressed the lender to speed up its operations in A, B and C": the fields, each an
    item."""
    text = (
        "Minister Aldo Varga pressed the lender to speed up its operations in grain "
        "storage, drainage and rural roads."
    )
    assert _topics(text) == ["grain storage", "drainage", "rural roads"]


def test_the_subject_of_a_programme_on_it_is_a_topic() -> None:
    """ "unveiled a joint programme on X": X, as for projects and initiatives on it."""
    text = "Minister Aldo Varga unveiled a joint programme on drought-proof farming."
    assert _topics(text) == ["drought-proof farming"]


def test_what_one_informed_about_with_the_object_left_out_is_a_topic() -> None:
    """ "X informed about the preparation of Y": the translated "informed" with no one told."""
    text = "Minister Aldo Varga informed about the revision of the regional plan for seed banks."
    assert _topics(text) == ["revision of the regional plan for seed banks"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two parties agreed a loan of $75 million to modernize the rail network and a "
            "grant of $4.2 million for the seed bank.",
            ["rail network", "seed bank"],
        ),
        ("The bank approved a loan of $20 million for the city of Velmora.", []),
        ("Ruritania will provide a credit of $90 million for joint projects.", []),
    ],
)
def test_what_a_loans_sum_goes_to_is_a_topic(text: str, expected: list[str]) -> None:
    """ "a loan of $75 million to modernize X", "a grant of $4.2 million for Y": X and Y;
    not a place the sum goes to."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency chief said another GBP 12 million will be made available for flood "
            "defence.",
            ["flood defence"],
        ),
        ("Rooms are available for flood relief workers.", []),
        ("The minister said $5 million was available for the region.", []),
    ],
)
def test_what_a_sum_is_available_for_is_a_topic(text: str, expected: list[str]) -> None:
    """ "GBP 12 million will be made available for X": X, in a sentence naming a sum."""
    assert _topics(text) == expected
