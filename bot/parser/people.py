"""People: names with their title of office and country, and every later mention of them
(surname, possessive, "the Prime Minister", "the minister")."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Collection
from functools import cache, lru_cache, partial
from itertools import chain, pairwise
from typing import Final, NamedTuple

from bot.parser.countries import (
    EU,
    INTERNATIONAL_SEATS,
    country_of_agency,
    country_of_city,
    country_of_demonym,
    country_of_legislature,
    country_of_name,
    country_of_place,
    country_of_seat,
    country_of_subdivision,
    country_of_word,
    ends_plural_country_name,
    in_multiword_name,
    in_region_name,
    is_city,
    max_name_words,
    multiword_starts,
    read_capital,
)
from bot.parser.dateline import Dateline, is_date_line, parse_dateline
from bot.parser.lexicon import (
    CHAMBER_WORDS,
    FIELD_WORDS,
    HEAD_OF_STATE_TITLES,
    HONOURABLE_WORDS,
    MONTH_WORDS,
    NAME_GLUE_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PRESIDING_TITLES,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_WORDS,
    WEEKDAY_WORDS,
    words_of,
)
from bot.parser.ranks import is_military_body, mask_ranks
from bot.parser.text import (
    SENTENCE_ENDS,
    TOKEN,
    UPPER,
    Sentence,
    positions,
    roles_of_nationality,
    roles_of_subject,
    without_article,
)

_UPPER_SET: Final = frozenset(UPPER)
# A token with the blanks (and underscores, which no token holds) before it: each token is
# one match that takes its gap along, instead of a failed match at every blank. The matches
# cover the text from its start, so a token starts where its gap ends.
_GAP_TOKEN: Final = re.compile(r"([\s_]*+)(" + TOKEN.pattern + ")")
_ARABIC_ARTICLE: Final = re.compile(rf"(?:al|el|ad|ar|as|ash|at|az|an)-[{UPPER}]")
_POSSESSIVE: Final = ("’s", "'s")
_TRAILING: Final = NAME_GLUE_WORDS | {","}  # cut from the end of a title
_AFFAIRES: Final = frozenset(["d'Affaires", "d’Affaires"])  # "Chargé d'Affaires"
# How far into the body a byline over the page's date line may stand (under a kicker and a
# headline).
_BYLINE_REACH: Final = 400
# The offices a role with a nationality ("the Velmoran President") may give one named person
# who has none.
_HEAD_ROLES: Final = frozenset(["President", "Premier", "Chancellor", "King", "Emir"])
# The nouns of bodies whose heads' offices end with them: "Speaker of the Assembly", "Governor
# of the Central Bank", "Chairman of the Board".
_HEADED_BODY_WORDS: Final = frozenset(
    ["assembly", "bank", "board", "chamber", "commission", "committee", "council", "court",
     "fund", "agency", "ministry", "corporation", "company", "authority", "federation",
     "union", "institute", "university", "academy", "administration", "organization",
     "organisation", "kenesh", "khural", "kurultai", "mejlis", "majlis", "maslikhat"]
)  # fmt: skip
# Title heads that are also given names ("Amir Khan Muttaqi", "Prince Sultan bin X").
_TITLE_GIVEN_NAMES: Final = frozenset(["Amir", "Sultan"])
# Plural title heads before two names ("Foreign Ministers X and Y"), with the singular.
_PLURAL_HEADS: Final = {
    "presidents": "President",
    "ministers": "Minister",
    "premiers": "Premier",
    "ambassadors": "Ambassador",
    "chairmen": "Chairman",
    "speakers": "Speaker",
    "governors": "Governor",
    "envoys": "Envoy",
    "mayors": "Mayor",
    "akims": "Akim",
    "counterparts": "counterpart",
    "chancellors": "Chancellor",
}
_SHORTEST_HEAD: Final = min(len(head) for head in _PLURAL_HEADS)
# The last letters of the heads, in both cases: a word whose lower case is a head ends with
# one (only "S" and "s" lower to an "s", only "N" and "n" to an "n"), a cheap test first.
_HEAD_LAST_LETTERS: Final = frozenset(
    [*(head[-1] for head in _PLURAL_HEADS), *(head[-1].upper() for head in _PLURAL_HEADS)]
)
# "the Chancellors of both countries, X and Y": the sides a plural office is held for
_BOTH_SIDES: Final = frozenset({"countries", "nations", "sides", "states"})
# A token's kind in PeopleFinder._plural_kinds.
_UNREAD: Final = 0
_HEAD: Final = 1
_NO_HEAD: Final = 2
# A title has one of them ("PM": Prime Minister).
_HEAD_WORDS: Final = (
    TITLE_HEADS
    | {"prime", "pm", "imam", "mufti", "patriarch", "archbishop", "cardinal", "rabbi", "hakim"}
    | frozenset(_PLURAL_HEADS)
)
_PM: Final = re.compile(r"\bPM\b")
# Verbs and adverbs that follow a person's name as the subject of a sentence.
_ACTION_WORDS: Final = words_of(
    """
    was is has had have will would also then later earlier further met meets held holds
    received receives visited visits signed attended chaired thanked congratulated discussed
    invited briefed instructed arrived paid made urged praised presented participated spoke
    took gave led heads headed greeted welcomed hosted
    """
)
# Verbs that tell of a price or a quantity, not of someone: "X Y was assessed at $71/b".
_PRICED: Final = words_of("assessed priced quoted traded valued estimated pegged fixed")
# A list of plain names that attended ("A B, C D and E F were present", "Also present were
# A B and C D."): each of them is someone, with no office.
_LISTED_NAME: Final = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
_ATTENDEE_LIST: Final = re.compile(
    rf"(?:(?<=\n)|(?<=[.!?] ))(?P<list>(?:{_LISTED_NAME}, )*{_LISTED_NAME},? and {_LISTED_NAME})"
    r" (?:were (?:also )?present|(?:also )?attended|also took part|took part|"
    r"were (?:also )?in attendance)\b"
    rf"|(?:Also present were|Present were|Also attending were|Attending were) "
    rf"(?P<after>(?:{_LISTED_NAME}, )*{_LISTED_NAME},? and {_LISTED_NAME})(?=[.\n])"
)
_NAME_IN_LIST: Final = re.compile(_LISTED_NAME)
# The word before a lone capitalised word that may name someone who goes by one name (a
# comma may come between): "his counterpart X", "his counterpart, X,".
_LONE_NAME_HEADS: Final = frozenset({"counterpart"})
# Verbs of a title-case headline that end the name before them ("X Holds Talks with Y");
# none of them is a name (unlike "Said" or "Will").
_HEADLINE_VERBS: Final = words_of(
    """
    holds meets receives visits says signs attends chairs discusses hosts welcomes urges
    congratulates hold meet sign discuss agree agrees pays pledges concludes completes
    """
)
# "on his election as": taking up an office.
_TAKING_UP: Final = frozenset(
    ["election", "re-election", "reelection", "appointment", "inauguration"]
)
_BUILDING_NOUNS: Final = frozenset(
    [
        *("tower", "palace", "building", "buildings", "hall", "house", "residence", "square"),
        # the palace in Portuguese, Spanish, French and Italian names of buildings
        *("palácio", "palacio", "palais", "palazzo"),
    ]
)
_NEW_IN_OFFICE: Final = frozenset(["new", "non-resident", "incoming", "newly-appointed"])


def _whole_words(alternatives: list[str]) -> re.Pattern[str]:
    r"""The pattern \b(?:a|b|...)\b of alternatives that each open with a letter, written so
    that a search tries it only where one of those letters is: grouped by that letter, which
    the pattern opens with as a literal ("E(?<=\bE)(?:U|uropean Union)|U(?<=\bU)(?:N)|..."),
    \b checked behind it. (Opening with \b, a search tries every character.) The same
    matches: alternatives keep their order within a letter, and those of different letters
    never match at one place."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return re.compile(
        "(?:"
        + "|".join(rf"{k}(?<=\b{k})(?:{'|'.join(rest)})" for k, rest in groups.items())
        + r")\b"
    )


# Offices of international bodies: their holders represent no country (GOLD.md: EU offices).
_INTERNATIONAL: Final = _whole_words(
    [
        "European (?:Commission|Union|Council|Parliament)",
        "EU",
        "UN",
        "United Nations",
        "NATO",
        "SCO",
        "Shanghai Cooperation Organi[sz]ation",
        "CIS",
        "CSTO",
        "EAEU",
        "Eurasian Economic (?:Union|Commission)",
        "OSCE",
        "IMF",
        "International Monetary Fund",
        "World Bank",
        "WTO",
        "World Trade Organi[sz]ation",
        "ADB",
        "Asian Development Bank",
        "EBRD",
        "AIIB",
        "Organi[sz]ation of Turkic States",
        "OTS",
        "CICA",
        "ASEAN",
        "OIC",
        "OPEC",
        "UNESCO",
        "UNICEF",
        "WHO",
        "World Health Organi[sz]ation",
        "IAEA",
        "Interpol",
    ]
)
# "a delegation from the UAE led by", "a delegation of the Federation of Indian Chambers of
# Commerce and Industry (FICCI), led by its": the body's name, then an optional acronym.
_DELEGATION: Final = re.compile(
    r"\b(?:delegation|team|mission)\s+(?:from|of)\s+(?:the\s+)?(?P<country>[A-Z][\w’'.-]*"
    # ("of the Sindh province of the Republic of X": a unit of a country)
    r"(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?(?:[A-Z][\w’'.-]*|province|region|state|oblast)){0,7})"
    r"(?:\s+\([A-Z]{2,10}\))?,?"
    r"\s+(?:was\s+)?(?:led|headed)\s+by\b"
    # "a delegation of leaders of German companies headed by": the demonym of its members
    # ("a delegation of Korean industrialists headed by": the demonym first)
    r"|\bdelegation\s+of\s+(?:[a-z]+\s+){0,3}(?P<members>[A-Z][\w’'.-]*)\s+(?:[a-z]+\s+){0,2}"
    r"(?:led|headed)\s+by\b"
    # ("The Slovak part of the Council was chaired by A, the Kazakh part by B")
    r"|\b(?P<demonym>[A-Z][\w’'.-]*)\s+(?:delegation|team|side|part(?=\s+(?:of|by|was)\b))"
    r"(?:\s+of\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s+"
    r"(?:(?:(?:was\s+)?(?:led|headed|represented|chaired)\s+)?by"
    # "The Polish delegation includes X and Y": its members
    r"|(?:also\s+)?(?:includes|included|comprises|comprised|consists\s+of|consisted\s+of"
    # "The Thai delegation will include X": a delegation to come
    r"|(?:will|would|is\s+to)\s+(?:also\s+)?include))\b"
    # "Norway was represented by", "the United Arab Emirates was represented by"
    # ("Bolivia, a full member since 2024, was represented by": with a phrase on it between)
    r"|\b(?P<nation>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:,[^,.;]{1,60},)?\s+(?:was|were)\s+"
    r"represented\s+by\b"
)
# Initials of a body in an office ("KNCCI President"), and the body's name the text writes
# before them in brackets: capitalised words and glue words ("Kenya National Chamber of
# Commerce and Industry (KNCCI)").
_ACRONYM_WORD: Final = re.compile(r"[A-Z]{3,8}")
_NAME_BEFORE_BRACKET: Final = re.compile(
    r"(?<![\w’'-])([A-Z][\w’'-]*(?:[ ]+(?:(?:of|and|for|the)[ ]+)*[A-Z][\w’'-]*){1,8})$"
)
# Styles and courtesy titles alone, with their stops: "H.E. Mr. ", "Dr. ".
_COURTESY_ONLY: Final = re.compile(r"(?:\s*(?:H\.\s?E\.|[A-Z][a-z]{1,3}\.))+\s*")
# Words one of which _DELEGATION needs (a cheap test before the pattern).
_DELEGATION_VERBS: Final = (
    "led",
    "headed",
    "represented",
    "chaired",
    "includ",
    "compris",
    "consist",
)
_SURNAME_PARTICLES: Final = NAME_PARTICLES | {"al", "el"}
# "a state visit to Japan", "an official visit to the United Arab Emirates".
# (The boundary checked behind the first letter: a search jumps to the letter.)
_VISIT_TO: Final = re.compile(
    # "a visit to Japan"; "Foreign Minister visits Japan" (a headline's present)
    r"[Vv](?<=\b[Vv])isit(?: to|s) (?:the )?"
    r"([A-Z][\w’'-]*(?: (?:of (?:the )?)?[A-Z][\w’'-]*){0,4})"
)
# Words before "visit to" that put the visit ahead ("will pay", "an upcoming").
_FUTURE_VISIT: Final = re.compile(
    r"\b(?:will|would|to pay|to make|upcoming|forthcoming|planned|next|invited)\b[^.;]*$"
)
# "met", "received", "held talks with", "was received by", "called on", then an office of
# capitalised words and connectors that runs up to the name.
# "travels to Tonga on Thursday, where he is due to meet Prime Minister ", "flew to Apia
# to meet the Prime Minister of Samoa, ": a journey's destination, then whom it is to meet.
_DESTINATION_MEET: Final = re.compile(
    r"\b(?:(?:travel(?:s|led|ed)?|fl(?:y|ies|ew)|head(?:s|ed)?|go(?:es)?|went|continues|"
    r"continued|proceeds|proceeded)\s+(?:on\s+)?to"
    # "before leaving for Uzbekistan, where he is scheduled to hold talks with President "
    r"|(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+for)\s+"
    r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"(?:\s+(?:on|this|next|later)\s+[\w-]+|\s+(?:tomorrow|today|tonight|afterwards))?"
    r"(?:,\s+where\s+(?:he|she|they|the\s+[\w-]+)\s+(?:is|are|will\s+be|will|would|was|were)?\s*"
    r"(?:due|scheduled|expected|set|to)?\s*(?:to\s+)?|\s+to\s+)"
    r"(?:(?:meet|hold\s+talks)\s+(?:with\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w’'().-]*|of|the|and|for)(?:\s+(?:[A-Z][\w’'().-]*|of|the|and|for))*\s+"
    # "traveled to Erbil, where he will be hosted by X, President of the Region"
    r"|(?:hosted|received)\s+by\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w’'().-]*|of|the|and|for)(?:\s+(?:[A-Z][\w’'().-]*|of|the|and|for))*\s+)?)$"
)
# "will visit Japan this weekend for a summit with Prime Minister ": a visit's destination,
# then whom the visit is for.
_VISIT_FOR_TALKS: Final = re.compile(
    r"\bvisit(?:s|ed|ing)?\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"(?:\s+(?:on|this|next|later)\s+[\w-]+)?\s+(?:for|to\s+hold)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:summit|talks|meeting)s?\s+with\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w’'().-]*|of|the|and|for)\s+)*$"
)
_MET_BEFORE: Final = re.compile(
    r"\b(?:met|meets|(?:will|to) meet|received|receives|with|by|on|invitation\s+of)\s+"
    r"(?:the\s+)?"
    r"(?:[A-Z][\w’'().-]*|of|the|and|for)(?:\s+(?:[A-Z][\w’'().-]*|of|the|and|for))*\s+$"
)


# "Prime Minister's Office": the office of an office holder, on a page's "From:" line.
_OWN_OFFICE: Final = re.compile(r"\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?:’s|'s) Office\b")
_SEAT_WORDS: Final = re.compile(r"\b[A-Z][\w]+(?: [A-Z][\w]+)?")
# Offices one leader of each country holds, whom a text names in pairs ("President X and
# President Y").
_PAIRED_LEADERS: Final = frozenset({"President", "Prime Minister", "Premier", "King", "Emir"})
# "the President of Ghana", "the President of the Republic of Ghana": whose President.
_THE_PRESIDENT_OF: Final = re.compile(
    r"\b[Tt]he President of (?:the )?(?:Republic of )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})"
)
_CAPITAL_WORD: Final = re.compile(r"\b[A-Z][\w-]+")
# "Dubai Chambers President": a city's own body before an office.
_CITY_BODY_BEFORE: Final = re.compile(
    r"\b(?P<city>[A-Z][\w-]+)\s+(?:Chambers?|Municipality|Port|Airport|University|City Council)"
    r"(?:\s+of\s+Commerce(?:\s+and\s+Industry)?)?\s+$"
)
# "in Astana, where X met A and then paid a courtesy call on President ": a city, then
# whom someone met there, up to the name.
_IN_CITY_WHERE: Final = re.compile(
    r"\bin (?P<city>[A-Z][\w-]+(?: [A-Z][\w-]+)?), where\b[^.;]*?\b"
    r"(?:met|meets|received|receives|(?:paid|pays) a courtesy call on|called on|"
    r"held talks with|holds talks with)\s+(?:with\s+)?"
    r"(?:[A-Z][\w’'().-]*|of|the|and|for)(?:\s+(?:[A-Z][\w’'().-]*|of|the|and|for))*\s+$"
)
# "Almaty Mayor": a city's own head, the city's name before the office.
_CITY_HEADS: Final = frozenset({"mayor", "akim", "khokim", "hokim", "lord mayor"})
_CITY_BEFORE: Final = re.compile(r"\b(?P<city>[A-Z][\w-]+(?: [A-Z][\w-]+)?)\s+$")
# The heads of an office named alone after "The" ("The Foreign Minister said").
_ROLE_TITLE_HEADS: Final = (
    "minister", "president", "premier", "chairman", "chairwoman", "speaker", "ambassador",
    "governor", "commissioner", "secretary", "envoy", "mayor", "akim", "chancellor",
)  # fmt: skip
# "<body> of the Republic of Indonesia": the country's words after a body's name.
_COUNTRY_AFTER_BODY: Final = re.compile(
    r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})"
)
# "Indonesia's <body>", "the Indonesian <body>": the owner's word right before a body's name.
_OWNER_RIGHT_BEFORE_BODY: Final = re.compile(r"\b([A-Z][\w-]+)(?:’s|'s)?\s+(?:the\s+)?$")


_SENTENCE_STOP: Final = re.compile(r"[.!?][\"”’]?(?=\s)")
# "The Foreign Minister said": an office in capitals as the subject of a sentence's verb.
_NEXT_SENTENCE_OFFICE: Final = re.compile(
    r"\s+The\s+(?P<office>(?:[A-Z][a-z]+\s+){0,3}(?:"
    + "|".join(w.capitalize() for w in _ROLE_TITLE_HEADS)
    + r"))\s+(?:"
    + "|".join(sorted(SPEECH_VERBS))
    + r"|also|later|then|was|is|has|had)\b"
)
# "Meeting with the Minister of X of Chile": a sub-heading over the paragraph telling of it.
_HEADING_WITH: Final = re.compile(
    r"(?:Meeting|Talks|Conversation|Negotiations|Telephone conversation|Phone call)"
    r" with (?:the )?(?=[A-Z])"
)
_CLOSING_QUOTES: Final = frozenset('"”»')
_OPENING_QUOTES: Final = frozenset('"“«')
# Offices of a government (not of a company or a body of its own name).
_GOVERNMENT_WORDS: Final = frozenset(["minister", "president", "premier", "prime"])
# Heads of a region's government, after the region's name ("Ontario Premier").
_REGION_HEADS: Final = frozenset(["premier", "governor"])
# Bodies that close an office before a name ("Secretary of the Shipping Ministry X").
_OFFICE_BODIES: Final = frozenset(["ministry", "department", "division", "directorate"])
_OFFICIAL_WORDS: Final = _GOVERNMENT_WORDS | {"secretary", "speaker"}
# A sentence whose subject is a country: "Kazakhstan has agreed", "Japan will".
_COUNTRY_SUBJECT: Final = re.compile(
    r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) "
    r"(?:has|have|had|will|is|was|plans|agreed|wants|aims|expects|intends)\b"
)
# "..., its mining chief ": an office of "its", right before a name.
_ITS_OFFICE: Final = re.compile(r"i(?<=\bi)ts\s+(?:[\w-]+\s+){1,4}$")  # (\b checked behind)
# "made an official visit to Uzbekistan", "is on a state visit to Japan": the name's visit.
_VISITS: Final = re.compile(
    r",?\s+(?:made|paid|pays|began|begins|started|starts|is on|was on|arrived on|concluded|"
    r"completed)\s+(?:an?\s+)?(?:(?:official|state|working|two-day|three-day)\s+)*visit\s+to\s+"
    r"(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4})"
)
# "who arrived in Italy on an official visit", "who is in Tashkent on a working visit": the
# place a visitor is in on a visit under way (a city, or a country).
_ARRIVED_ON_VISIT: Final = re.compile(
    r"\b(?:arrived|arrives|is|was)\s+in\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:on|for)\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}?visit\b"
)
# "in" as a word between blanks, found by a search for the literal: _ARRIVED_ON_VISIT can
# match only at the verb before one of these, whose length is one of _VISIT_VERB_SIZES.
_IN_WORD: Final = re.compile(r"in(?<=\sin)(?=\s)")
_VISIT_VERB_SIZES: Final = (7, 3, 2)  # "arrived" and "arrives", "was", "is"
# Words before "by" or "with" that tell of company, not of a meeting: "attended by".
_IN_COMPANY: Final = re.compile(r"\b(?:attended|accompanied|joined|included|together)\s+$")
# Between a host's name and the visitor's office: "held talks with", "welcomed", "received".
_HOST_VERB: Final = re.compile(
    r"\s+(?:on\s+\w+\s+)?(?:held\s+(?:[\w-]+\s+){0,2}?talks\s+with|met(?:\s+with)?|"
    r"welcomed|received|hosted|greeted)\s+(?:the\s+)?(?:[A-Z][\w’'().-]*|of|the|and|for)"
    r"(?:\s+(?:[A-Z][\w’'().-]*|of|the|and|for))*\s+$"
)
# Two countries paired: "between Singapore and Uzbekistan", "the Singapore-Uzbekistan" (a
# dash between two capitalised words, found from the dash).
# The literal opens the pattern (the word boundary checked behind it) so that the search
# jumps from "between" to "between" instead of trying a boundary at every position.
_BETWEEN_PAIR: Final = re.compile(
    r"between(?<=\bbetween)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+and\s+(?:the\s+)?"
    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)
# The dashes a pair's two names stand around ("the A-B commission"), each before a capital
# (as a search for "-(?=[A-Z])" finds them, found by str.find instead, see _pair_dashes).
_PAIR_DASH_MARKS: Final = "-–"
_WORD_AFTER: Final = re.compile(r"[A-Z][\w’']*\b")
# The marks a name's word before a dash may hold besides letters and digits (with "_": the
# class [\w’'.] of _word_before).
_WORD_BEFORE_MARKS: Final = "_’'."
# Words by which the one named before met the one named after.
_MEETING_WORDS: Final = re.compile(
    r"\b(?:met|meets|meeting|talks|received|receives|called on|(?:courtesy )?calls? on)\b"
)
# "a UK Foreign Secretary": an article and a capitalised word, then (_indefinite_office) an
# office; one pattern for every office, where a pattern compiled for each distinct office cost a
# process's first briefs about 6% of their parse
_INDEFINITE_WORD: Final = re.compile(r"\b[Aa]n? ([A-Z][\w’'-]+) ")
_OFFICE_END: Final = re.compile(r"\b(?! [A-Z])")


def _indefinite_office(text: str, start: int, office: str) -> tuple[str, int] | None:
    r"""At `start`, "a|an Word OFFICE" with the office ending at a word boundary and no
    capitalised word after it: (Word, where the office ends). The same answer as matching
    rf"\b[Aa]n? ([A-Z][\w’'-]+) {re.escape(office)}\b(?! [A-Z])" at `start` (the word holds
    no blank, so it is the whole run before the blank)."""
    found = _INDEFINITE_WORD.match(text, start)
    if found is None or not text.startswith(office, found.end()):
        return None
    end = found.end() + len(office)
    if _OFFICE_END.match(text, end) is None:
        return None
    return found.group(1), end


_MET_WORDS: Final = re.compile(
    r"\b(?:met|meets|received|receives|held talks|talks with|meeting with"
    # "In Lima, the Minister will meet Minister X": a meeting to come names a host too
    r"|(?:will|to) meet)\b"
)
# "X led the Chile side": the side's country, right after a name.
_LED_SIDE: Final = re.compile(
    r",?\s+(?:led|headed|leads|heads)\s+the\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+side\b"
)
# "X and his Kazakh counterpart Y": right after X's name, the country X is not of.
_AND_COUNTERPART: Final = re.compile(r"\s+and\s+(?:his|her)\s+([A-Z][\w-]+)\s+counterpart\b")
# Words of a sentence that tells of a meeting of two sides: "received by", "talks between",
# "co-chaired", "hosted".
_ACROSS_MEETING: Final = _whole_words(
    [
        "met",
        "meets",
        "received",
        "receives",
        "talks",
        "co-chaired",
        "co-chair",
        "hosted",
        "hosts",
        "called on",
    ]
)
# Words of which every match of _ACROSS_MEETING holds one ("meets" holds "met", "hosted"
# "host", "co-chaired" "co-chair"): a sentence with none of them is not searched.
_ACROSS_MEETING_PARTS: Final = ("met", "receive", "talks", "co-chair", "host", "called on")
# "accompanied by X", "the delegation including X": one of the same side.
_ALONGSIDE: Final = _whole_words(
    [r"accompan\w+", "together with", "along with", "delegation", r"includ\w+", "joined by"]
)
# ", and " or " and " right after a name.
_AND_NEXT: Final = re.compile(r",?\s+and\s")
# "then Secretary of State ", "former President ": a past holder's office right before it.
_PAST_HOLDER: Final = re.compile(r"\b(?:then-?|former|ex-|late)\s*$")
# Between two names, one accompanying the other ("X accompanied Prime Minister Y", "X,
# accompanied by Minister Y,", "X, who accompanied Y"): the office words of the second.
_ACCOMPANYING: Final = re.compile(
    r",?\s+(?:who\s+(?:was\s+|is\s+|has\s+)?)?accompan(?:ied|ies|ying)(?:\s+by)?\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w’'.-]*|of|for|and|the)\s+)*"
)
# "X conveyed to the Sultan the greetings of President A and Prime Minister ": a message
# passed on from the senders, then the senders' offices and names up to the name (the one
# who conveys it speaks for them).
_TO_WHOM: Final = re.compile(r",\s+(?:to|with)\s+whom\b")
_GREETINGS_OF: Final = re.compile(
    r"\b(?:conveyed|conveys|conveying|passed\s+on|relayed|delivered)\s+"
    r"(?:to\s+(?:[A-Z][\w’'.-]*|of|the|and)(?:\s+(?:[A-Z][\w’'.-]*|of|the|and))*\s+)?"
    r"(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}(?:greetings|regards|wishes|message|letter)\s+"
    r"(?:of|from)\s+(?:the\s+)?(?:(?:[A-Z][\w’'.-]*|of|the|and|,)\s+)*$"
)
# Words by which an office names the state it serves ("of the Republic", "of the Kingdom"):
# no organisation named before it, but the state (see _the_state_named).
_STATE_NOUNS: Final = frozenset(
    ["republic", "kingdom", "federation", "sultanate", "emirate", "principality", "state"]
)
# "By ", "(Reporting by X and ": a credit on a line before a reporter's name.
_BY_ON_LINE: Final = re.compile(r"\b[Bb]y\b")
# "US$ 20 million", "US dollars": a country's name read as its currency's (see _dollar_next).
_DOLLAR_NEXT: Final = re.compile(r"\s?(?:\$|dollars?\b)")
# " to " in an office that sends its holder to a place ("Ambassador to Japan"), not the " to "
# of an aide's office ("adviser to Prime Minister", "Assistant to the President").
_ENVOY_TO: Final = re.compile(
    r" to (?!(?:the )?(?:Prime|President|Minister|Premier|Chancellor|King|Emir|Sultan|Vice|Deputy"
    r"|Head|Chairman|Chief|Secretary)\b)"
)
# "her Indonesian counterpart, Foreign Minister X": the counterpart's country, before the
# office and the name.
_COUNTERPART_BEFORE: Final = re.compile(
    r"\b(?:his|her|their|its)\s+(?P<dem>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+counterparts?,\s+"
    r"(?:(?:[A-Z][\w’'.-]*|of|for|and|the)\s+){1,8}$"
)
# "his Estonian host ", "her Kenyan guest ": a role and its country right before a name.
_ROLE_OF_DEMONYM: Final = re.compile(
    r"\b(?:his|her|their)\s+(?P<dem>[A-Z][\w’'-]+)\s+(?:host|guest|counterpart)\s+$"
)
# "the Ambassador of the Republic of Kazakhstan to ASEAN, H.E. X Y": the envoy's own
# country, before the name.
_ENVOY_OF_BEFORE: Final = re.compile(
    r"\b(?:Ambassador|Envoy|Representative|Consul|Consul-General)\s+"
    r"(?:Extraordinary\s+and\s+Plenipotentiary\s+)?of\s+(?P<country>(?:the\s+)?[A-Z][\w’'-]+"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,3})\s+to\s+(?:the\s+)?[A-Z][^,.;]{0,40},\s+"
    r"(?:H\.\s?E\.\s+|(?:His|Her)\s+Excellency\s+)?(?:[A-Z][\w’'-]+\s+){0,3}$"
)
# "In Yerevan, the team met with Minister of Finance X": whom a visitor meets in a city.
# ", hosted the Chair of X at the Senate in Port Sylvan": a host's verb, then the city.
_HOSTED_IN: Final = re.compile(
    r",?\s+host(?:ed|s)\s(?:[^.!?\n]|(?<=\bHon|\bMrs)\.|(?<=\b(?:Dr|Mr|Ms))\.){0,200}?"
    r"\bin\s+(?P<city>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
)
# " met President of Y Z at the Palace in Quito": a meeting verb, whom, the city.
_MET_IN: Final = re.compile(
    r"\s+(?:met|meets|received|receives|welcomed|welcomes)(?:\s+with)?\s+"
    r"(?P<rest>[^.!?\n]{3,250}?)\s+in\s+(?P<city>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
)
# "met X on the sidelines of the Y summit in Z": the city is where an event of many
# countries takes place, not the home of either who met there.
_EVENT_VENUE: Final = re.compile(r"\b(?:sidelines|margins|summit|forum|games|expo)\b", re.I)
# What follows a traveller's name: "X's state visit to Japan", "X will travel to Chile",
# "(a visit by) X to the United States", then the place.
_PLACE: Final = r"(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})"
_TRAVELS_TO: Final = re.compile(
    r"(?:(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}visit\s+to"
    r"|\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|plans\s+to)\s+)?"
    r"(?:visit(?:s|ed)?|pay\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}visit\s+to"
    r"|travel(?:s|led|ed)?\s+to|arrived\s+in|arrives\s+in))\s+" + _PLACE
)
# (The literal opens the pattern, \b checked behind it: a search jumps from "visit" to
# "visit" instead of trying \b at every character of its reach.)
_VISIT_BY: Final = re.compile(r"visit(?<=\bvisit)\s+by\s+(?:[A-Z][\w’'.-]*\s+|of\s+|the\s+)*$")
_TO_PLACE: Final = re.compile(r"\s+to\s+" + _PLACE)
# "the Health, Science and Energy Committee, chaired by Dr ": a body of members and
# who chairs it, the name next.
_CHAIRED_BY: Final = re.compile(
    r"\bthe\s+(?P<body>[A-Z][\w’'-]*(?:,?\s+(?:[A-Z][\w’'-]*|and|of|for|on|the))*?"
    r"\s+(?:Committee|Subcommittee|Commission|Council|Board|Caucus|Group))"
    r",?\s+(?P<verb>chaired|headed)\s+by\s+(?:(?:Dr|Mr|Ms|Mrs|Prof|Hon)\.?\s+)?$"
)
# "Ruritanian citizens Dr X and Ms ", "Sylvanian national ": a demonym, the word for those
# of its country, then the name (after another one listed, and a courtesy title).
_CITIZEN_BEFORE: Final = re.compile(
    r"\b(?P<demonym>[A-Z][\w’'-]+)\s+(?:citizens?|nationals?)\s+"
    r"(?:(?:[A-Z][\w.’'-]*\s+){1,5}(?:and|,)\s+)?(?:(?:Dr|Mr|Ms|Mrs|Miss|Prof)\.?\s+)?$"
)
_CITIZEN_LEAD: Final = 80  # how far before a name its demonym may stand
# The most words of an office on a line of its own by a byline ("Minister for Trade and
# Investment").
_BYLINE_OFFICE_WORDS: Final = 8
# Letters of a member of a legislature after the name ("Jane Roe MP").
_POST_NOMINALS: Final = frozenset(["MP", "MPs", "MEP", "MLA", "MHA", "MNA", "MPP", "MHK", "TD"])
_IN_CITY_OPENING: Final = re.compile(r"In\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s")
_COMPANY_TITLE_WORDS: Final = frozenset(["founder", "co-founder", "ceo", "company", "corporation"])
# Seats of international bodies, whose city names no side's country: Vienna too (a capital
# of the city table, but the seat of the OSCE and the IAEA).
_SEATS_OF_BODIES: Final = INTERNATIONAL_SEATS | {"vienna"}
# Where the text's first sentence starts, at a capital after blanks (the pair below is read
# at each sentence's start only: _sentence_starts).
_TEXT_START: Final = re.compile(r"\s*(?=[A-Z])")
# "Argentina and China agreed to ...": the two sides of a text, as its sentence's subject.
_PAIR_SUBJECT: Final = re.compile(
    r"(?P<a>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:have|has|had|agreed|agree|signed|will|"
    r"are|were|committed|discussed|held|reaffirmed|pledged)\b"
)
_CONFLICT_WORDS: Final = _whole_words(
    ["peace", "conflict", "war", "border", "dispute", "normali[sz]ation"]
)
_DATELINE_DASH: Final = re.compile(r"\)\s*(?:--|-|–|—)\s*")
# "told reporters in Astana", "said in Tokyo".
_TOLD_IN: Final = re.compile(
    r"\s+(?:told (?:reporters|journalists|a news conference)|said) in "
    r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)"
)


# Nouns that end companies' names ("Hyundai Motor", "Gulf Ports"), never people's.
_COMPANY_NOUNS: Final = frozenset(
    [
        "motor", "motors", "industries", "technologies", "systems", "solutions", "partners",
        "ventures", "capital", "pharma", "foods", "steel", "chemicals", "electric", "telecom",
        "energies", "logistics", "shipping", "investments", "resources", "minerals", "metals",
        "ports", "terminals", "airports", "machines", "machinery", "lithium", "mining",
        "uranium", "cement", "textiles", "airlines", "airways", "radio", "television", "media",
    ]
)  # fmt: skip
# Plural nouns of geography that end a place's name ("the Chu and Talas Rivers").
_GEO_PLURALS: Final = frozenset(["rivers", "lakes", "mountains", "islands", "valleys"])
# The legal forms that close a company's name ("Redcliff Metals Co., Ltd.", "Acme LLC").
_LEGAL_FORMS: Final = frozenset(
    ["Co", "Ltd", "LLC", "LLP", "JSC", "PJSC", "OJSC", "CJSC", "Inc", "Corp", "PLC", "GmbH", "AG"]
)
# A lower-case word right after a name ("the X mine"), and the things a name so names.
_WORD_THEN: Final = re.compile(r"\s+(?P<word>[a-z]+)\b")
_NAMED_THINGS: Final = (ORG_WORDS | {"deposit", "deposits", "mines", "fields", "site"}) - {
    "administration",
    "government",
    "office",
    "service",
    "council",
    "committee",
}
# A writer's bureau after the name in a byline: "in Lima", "in Rio de Janeiro".
_BUREAU: Final = re.compile(r"in\s+(?P<city>[A-Z][\w’'.-]*(?:\s+(?:de\s+)?[A-Z][\w’'.-]*){0,2})")


def _bureau(rest: str) -> bool:
    """Whether `rest`, the rest of a byline's line after the name, names a city only."""
    bureau = _BUREAU.fullmatch(rest)
    return bureau is not None and is_city(bureau["city"])


# Words of an outlet's or a desk's name in a byline ("By Gulf Daily News", "By Staff").
_MEDIA_WORDS: Final = words_of(
    "times news post daily herald tribune gazette agency press reporter reporters staff "
    "correspondent correspondents desk service bureau online media journal review weekly"
)
# A byline's credit in place of an author ("Staff Writer", "Staff Report").
_BYLINE_ROLES: Final = words_of("report reporter reporters writer writers correspondent desk")
# The legal forms that open a company's name ("PT Sinar Jaya", "OOO Stroyservis").
_LEGAL_PREFIXES: Final = frozenset(["PT", "OOO", "TOO", "ZAO", "OAO", "PAO", "AO"])
# A list's line: "A. Selimov – Deputy Chairman of the Cabinet of Ministers (head ...)".
_LISTED_LINE: Final = re.compile(
    r"^[ \t]*(?P<name>(?:[A-Z]\.\s?){1,2}[A-Z][a-z’'-]+|[A-Z][a-z’'-]+ [A-Z][a-z’'-]+)"
    r" [–—] (?P<office>[^\n(]+?)[ \t]*(?:\(|[.;]?$)",
    re.M,
)
# The dashes between a listed name and its office (each match of _LISTED_LINE holds one).
_LISTED_DASHES: Final = (" – ", " — ")
_LIST_MARKS: Final = frozenset([",", *_CLOSING_QUOTES, *_OPENING_QUOTES])
# A Russian patronymic ("Sergeyevich", "Petrovich", "Ivanovna").
_PATRONYMIC: Final = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")
# Continents and world regions (general knowledge): never part of a personal name.
_REGION_WORDS: Final = words_of(
    "africa america americas antarctica arctic asia balkans caucasus eurasia europe oceania"
)


def names_international_body(text: str) -> bool:
    """Whether the text names the EU, the UN or another international body (whose officials
    a text names without a country)."""
    return _INTERNATIONAL.search(text) is not None


def _company_noun(low: str) -> bool:
    """Whether a lower-case word ends a company's name ("Motor", "Ports") or a place's
    ("Rivers")."""
    return low in _COMPANY_NOUNS or low in _GEO_PLURALS


def _line_matches(
    pattern: re.Pattern[str], text: str, starts: set[int] | None = None
) -> list[re.Match[str]]:
    """What pattern.finditer(text) finds, for a pattern that opens with ^ (re.M): it is
    tried at each line's start only, where finditer tries it at every character. In text
    order, never overlapping: after a match, at the first line start from its end on. With
    `starts`, only at those of the line starts (every match must start at one of them)."""
    found: list[re.Match[str]] = []
    start = 0
    while True:
        match = pattern.match(text, start) if starts is None or start in starts else None
        after = start
        if match is not None:
            found.append(match)
            after = max(match.end() - 1, start)
        newline = text.find("\n", after)
        if newline < 0:
            return found
        start = newline + 1


def _dash_line_starts(text: str) -> set[int]:
    """The line starts where a match of _LISTED_LINE may start: a match holds " – " or " — "
    after its name, whose initials may stand on up to two lines above the dash's line ("A."
    and "B." above "Selimov – Minister"): the start of each such dash's line and of the two
    lines before it."""
    starts: set[int] = set()
    for dash in _LISTED_DASHES:
        at = text.find(dash)
        while at >= 0:
            line = text.rfind("\n", 0, at) + 1
            starts.add(line)
            for _ in range(2):
                if line == 0:
                    break
                line = text.rfind("\n", 0, line - 1) + 1
                starts.add(line)
            at = text.find(dash, at + 1)
    return starts


def _after_blanks_after(body: str, word: str, ending: re.Pattern[str]) -> bool:
    """Whether `word` (a token's, with no blank in it) stands in the body right after blanks
    that follow a match of `ending` (a pattern anchored at the end, no longer than
    _ENDING_REACH characters)."""
    at = body.find(word, 1)
    while at >= 0:
        if body[at - 1].isspace():
            blanks = at - 1
            while blanks > 0 and body[blanks - 1].isspace():
                blanks -= 1
            if ending.search(body, max(0, blanks - _ENDING_REACH), blanks) is not None:
                return True
        at = body.find(word, at + 1)
    return False


def _arrived_on_visit(body: str) -> list[re.Match[str]]:
    """What _ARRIVED_ON_VISIT.finditer(body) finds, in text order, never overlapping: tried
    only at the word that ends at the blanks before an "in" between blanks (_IN_WORD)."""
    found: list[re.Match[str]] = []
    # Every match ends with "visit": an "in" one reads has the last "visit" of the body after
    # the blank that follows it, so the search for "in" stops there.
    last_visit = body.rfind("visit")
    if last_visit < 0:
        return found
    after = 0  # where the last match ends: finditer's next one starts there or later
    for word in _IN_WORD.finditer(body, 0, last_visit):
        verb_end = word.start() - 1
        while verb_end > 0 and body[verb_end - 1].isspace():
            verb_end -= 1
        for size in _VISIT_VERB_SIZES:
            if verb_end - size >= after:
                match = _ARRIVED_ON_VISIT.match(body, verb_end - size)
                if match is not None:
                    found.append(match)
                    after = match.end()
                    break
    return found


def _dollar_next(body: str, end: int) -> bool:
    """Whether _DOLLAR_NEXT matches at `end`, told by the character there (after one blank,
    if one stands there: a match takes it) without the pattern but for "d"."""
    char = body[end : end + 1]
    if char.isspace():
        end += 1
        char = body[end : end + 1]
    return char == "$" or (char == "d" and _DOLLAR_NEXT.match(body, end) is not None)


def _pair_dashes(body: str) -> list[int]:
    """Where each dash of _PAIR_DASH_MARKS before an A-Z capital stands, in order: the
    matches of "-(?=[A-Z])" and "–(?=[A-Z])", found by str.find (faster than a regex's scan
    of every character)."""
    return [at for at in positions(body, _PAIR_DASH_MARKS) if "A" <= body[at + 1 : at + 2] <= "Z"]


def _word_before(body: str, at: int) -> int:
    r"""Where the capitalised word right before body[at] starts, or -1: the match of
    `(?<![\w’'.])[A-Z][\w’'.]*$` searched in body[max(0, at - 40):at], found by reading
    back from `at` instead of trying the pattern at each of those 40 places. The word ends at
    `at`, or before a line end there (where "$" matches too); it is the whole run of word
    characters, digits, "’", "'" and "." before that end (a match cannot start inside the run,
    the lookbehind sees the run's character before it), and it opens with A-Z."""
    end = at - 1 if at > 0 and body[at - 1] == "\n" else at
    lo = max(0, at - 40)
    start = end
    while start > lo and (body[start - 1].isalnum() or body[start - 1] in _WORD_BEFORE_MARKS):
        start -= 1
    if start == lo and start > 0:
        char = body[start - 1]  # the run may go on before the searched stretch
        if char.isalnum() or char in _WORD_BEFORE_MARKS:
            return -1
    return start if start < end and "A" <= body[start] <= "Z" else -1


def _sentence_around(body: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence (ended by ". " or a line's end) holding body[start:end].

    A line's end counts only inside the bounds ". " gives, so it is looked for there alone."""
    stop = body.rfind(". ", 0, start)
    first = stop + 2 if stop >= 0 else 0
    line = body.rfind("\n", first, start)
    if line >= 0:
        first = line + 1
    last = body.find(". ", end)
    if last < 0:
        last = len(body)
    line = body.find("\n", end, last)
    return first, line if line >= 0 else last


def _all_at(text: str, mark: str) -> list[int]:
    """Where each occurrence of `mark` starts in `text`, in order (no two overlap: a mark
    that could overlap itself would be missed, which ". " and a line end cannot)."""
    found = []
    at = text.find(mark)
    while at >= 0:
        found.append(at)
        at = text.find(mark, at + len(mark))
    return found


def _sentence_starts(body: str, tokens: list[Token], capitals: list[int]) -> list[int]:
    """Where the body's sentences and lines start at a capital letter, after the blanks
    before it: at the body's start, after a line's end, or after ".", "!" or "?" and a
    blank (the same places, in order, as one pattern with "^" among its openings finds).

    `tokens` and `capitals` are the body's (_tokenize): a capital after a blank always
    starts a capitalised token, so only those are looked at, not every character."""
    first = _TEXT_START.match(body)
    pos = first.end() if first else 0
    starts = [pos] if first else []
    for at in capitals:
        start = tokens[at].start
        if start <= pos or not "A" <= body[start] <= "Z":
            continue
        blanks = start  # where the blanks before the capital start
        line = False  # whether a line ends among them
        while blanks > 0 and body[blanks - 1].isspace():
            blanks -= 1
            line = line or body[blanks] == "\n"
        if blanks < start and (line or (blanks > 0 and body[blanks - 1] in ".!?")):
            starts.append(start)
    return starts


def _mentioned_in(person: PersonFound, start: int, end: int) -> bool:
    return any(start <= at < end for at, _ in person.mentions)


def _visited_country(match: re.Match[str]) -> str | None:
    """The country a "visit to ..." names: the longest run of its words that is one."""
    return _country_opening(match.group(1))


def _country_opening(phrase: str) -> str | None:
    """The country named by the longest run of a phrase's first words, if any (not the EU)."""
    words = phrase.split()
    for size in range(len(words), 0, -1):
        found = _country(" ".join(words[:size]))
        if found is not None:
            return None if found == EU else found
    return None


def _legislature_opening(phrase: str) -> str | None:
    """The country of the parliament named by the longest run of a phrase's first words
    ("Oliy Majlis Dilbar Usmanova": Uzbekistan's), if any."""
    words = phrase.split()
    for size in range(len(words), 0, -1):
        found = country_of_legislature(" ".join(words[:size]))
        if found is not None:
            return found
    return None


# "paid a courtesy call on", "was received by", then the office's words up to the name.
_CALLED_ON: Final = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+on|received\s+by)\s+(?:(?:the|of|and|[A-Z][\w’'.-]*),?\s+){1,8}$"
)
_BLANKS: Final = re.compile(r"\s+")
_THE_THE: Final = re.compile(r"t(?<=\bt)he the\b")  # (\b checked behind: a search jumps to "t")
# A monarch's or pope's number after the name: II to XIX (a lone I, V or X is too ambiguous).
# "the Tajik president's", "Iran's prime minister": a country's head of state or government
_COUNTRY_OFFICE: Final = re.compile(
    r"\b([A-Z][\w-]+)(?:’s|'s)?\s+([Pp]resident|[Pp]rime [Mm]inister)\b(?!-)"
)
_KNOWN_AS: Final = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+),?\s+(?:(?:popularly|commonly|widely|also|better|fondly)\s+)?"
    r"known\s+as\s+[\"“‘']?(?P<nick>[A-Z][\w'’-]+)\b"
)
_REGNAL: Final = re.compile(r"(?:X?(?:I{2,3}|IV|VI{0,3}|IX)|XI{0,3}|XIV|XVI{0,3}|XIX)")


def _without_regnal(name: str) -> str:
    """The name without a closing regnal number: "Abdullah II" -> "Abdullah"."""
    head, _, last = name.rpartition(" ")
    return head if head and _REGNAL.fullmatch(last) else name


_PLACE_PREPOSITIONS: Final = frozenset(["in", "at", "from", "to"])
# What opens an apposition between commas after a plain name, and what cannot be in one.
_APPOSITION_OPENERS: Final = frozenset({"the", "a", "an", "who"})
_APPOSITION_BREAKS: Final = frozenset({".", ";", ":", "(", ")", '"', "“", "”", "\n"})
# A word in lower case right after a name: the verb the name is the subject of.
_VERB_AFTER_NAME: Final = re.compile(r"\s+[a-z]{2,}(?:ed|s)\b")
# Between a subject's name and the role that is the verb's object: " cordially greeted ".
_VERB_TO_OBJECT: Final = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:welcomed|greeted|received|hosted|met(?:\s+with)?|thanked"
    r"|congratulated|invited)\s+"
)
# A journey on to somewhere else before a meeting to come ("will travel on to X, where").
_ONWARD: Final = re.compile(
    r"\b(?:travel(?:s|led|ed)?|fl(?:y|ies|ew)|head(?:s|ed)?|go(?:es)?|continues?|leaves?"
    r"|move(?:s)?\s+on|on\s+to|where)\b"
)
# The action words that tell a deed, not an auxiliary ("Central Asia, the region, has").
_DEED_WORDS: Final = _ACTION_WORDS - words_of(
    "was is has had have will would also then later earlier further"
)
_GENERATIONAL: Final = frozenset({"Jr", "Sr"})  # "X Y Jr.": after the surname
_HONORIFICS: Final = frozenset(["mr", "mrs", "ms", "dr", "prof", "sir", "madam", "eng", "amb"])
_PLACE_NOUNS: Final = frozenset(
    [
        "region", "province", "oblast", "district", "city", "county", "prefecture",
        "governorate", "velayat", "viloyat", "etrap", "tuman",  # Turkmen and Uzbek units
    ]
)  # fmt: skip
_COMPASS: Final = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western"]
)
# "the energy company Nordwind Hydrogen": a name after these is a company's.
# "the Ruritanian cheese maker X": a company told by what it makes, one product word before
_MAKER_WORDS: Final = frozenset({"maker", "producer", "manufacturer"})
_COMPANY_WORDS: Final = (ORG_WORDS - _PLACE_NOUNS) | {"firm", "brand", "operator"} | _MAKER_WORDS
_COMPANY_OR_FIELD_WORDS: Final = _COMPANY_WORDS | FIELD_WORDS
# "Chairman of the X-Y parliamentary group Jan Nowak": a body of members (no company) whose
# office may end right before the holder's name, told by the kind of group before it
# ("chairman of the X-Y business council Jan Nowak": a council of firms).
_MEMBERS_BODIES: Final = frozenset(
    {"group", "committee", "commission", "caucus", "faction", "council"}
)
_MEMBERS_KINDS: Final = frozenset(
    {
        "parliamentary",
        "inter-parliamentary",
        "interparliamentary",
        "friendship",
        "working",
        "business",
    }
)
# Nouns of a body's name that "with" and a country follow ("Committee on Relations with X",
# "Friendship Group for Cooperation with X").
_WITH_BODY_NOUNS: Final = words_of("relations cooperation ties contacts friendship partnership")
# Endings of one-word company names ("Eximbank", "Uzbekinvest", "Gazprom"), never of a name.
_COMPANY_SUFFIXES: Final = ("bank", "invest", "prom", "gaz", "neft", "oil")
_CHAIN_PARTICLES: Final = frozenset({"bin", "ibn", "bint", "ben", "ould", "mint"})
# The kinship an apposition may open with before the person's own office ("X, the son of the
# late president and governor of the province,").
_KIN_WORDS: Final = frozenset(
    ["father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow"]
)
# Mauritanian "son of" and "daughter of", written with a capital: "X Ould Y".
_CAPITAL_CHAIN_PARTICLES: Final = frozenset({"Ould", "Mint"})
# Governing bodies whose office may end right before the holder's name ("Vice Chairman of
# the X regional government X Y"); a company word there would start a company's name.
# "Chairman of the X regional maslikhat X Y": a local council (maslikhat, kengash,
# kenesh) or a legislature ends an office so too.
_GOVERNING: Final = frozenset(
    {
        "government", "administration", "akimat", "municipality", "maslikhat", "kengash",
        "kenesh", "legislature",
    }
)  # fmt: skip
_GOVERNMENT_LEVELS: Final = frozenset(
    {"provincial", "municipal", "city", "local", "autonomous", "district", "county", "state"}
)
# "Kazakhstan's state gas company QazaqGaz", "the Russian energy company X": a country
# (_OWNER_BEFORE, ending where _EMPLOYER starts) before a company word and its name.
_EMPLOYER_WORDS: Final = (
    r"(?:company|corporation|firm|group|holding|operator|bank|fund|producer|maker|"
    r"manufacturer|miner|carrier|airline|developer|exporter|supplier|utility|conglomerate|"
    r"lender|insurer|refiner)"
)
_EMPLOYER: Final = r"\b" + _EMPLOYER_WORDS + r"\s+"
# A company word or a possessive ending right at the end of the text searched (\Z): what
# stands before the blanks before a word ("company X", "Kazakhstan's X"). Neither is longer
# than _ENDING_REACH characters.
_EMPLOYER_ENDING: Final = re.compile(r"\b" + _EMPLOYER_WORDS + r"\Z")
_POSSESSIVE_ENDING: Final = re.compile(r"(?:’s|'s)\Z")
_ENDING_REACH: Final = 16
# "the Polish pharmaceutical company", "Norway's state-owned lender": a company's owner.
_COMPANY_OWNER: Final = re.compile(
    r"\b([A-Z][\w-]+)(?:’s|'s)?\s+(?:[a-z-]+\s+){0,3}?" + _EMPLOYER_WORDS + r"\b"
)
# "France's Veolane Energies": a country's possessive before a capitalised name.
_OWNER_OF_NAME: Final = re.compile(r"\b([A-Z][\w-]+)(?:’s|'s)\s+([A-Z][\w-]*)")
# "The company's CEO": nouns by which a text refers back to the company named last.
_REFERRING_COMPANY_WORDS: Final = frozenset(
    ["company", "firm", "group", "consortium", "corporation", "holding", "operator", "bank"]
)
# "X, who heads the trade department,": an office held, told by a verb.
_HEADING_VERBS: Final = {"heads": "head", "leads": "head", "chairs": "chair"}
_WHO_HEADS: Final = re.compile(
    r",\s+who\s+(?P<verb>heads|leads|chairs)\s+(?P<what>(?:the\s+|[A-Z])[^,.;]{3,80}?)"
    r"(?=\s*[,.;])"
)
# Bodies whose name a text may write in lower case at the end of an office.
_UNIT_NOUNS: Final = frozenset(
    [
        "department", "division", "directorate", "office", "bureau", "section", "service",
        "agency", "committee", "commission", "council", "institute", "ministry", "company",
        "bank", "fund", "centre", "center", "university", "corporation", "group", "board",
    ]
)  # fmt: skip
# An office of a state named by its kind alone ("Representative of the Kingdom to the UN").
_OF_THE_STATE: Final = re.compile(
    r"\bof the (Kingdom|Republic|Sultanate|Emirate|State|Federation)\b(?! of)(?!’|')"
)
# Bodies in lower case that close an office ("to the UN and other international
# organizations", "to the CIS statutory and other bodies").
_OTHER_BODIES: Final = frozenset(["bodies", "organizations", "organisations", "institutions"])
# Events a heading names before an office ("Press Conference of Foreign Minister X").
_EVENT_NOUNS: Final = frozenset(
    ["conference", "meeting", "visit", "talks", "session", "briefing", "ceremony", "statement"]
)
# Adjectives of a region or faith that open the name of an international body ("Asian
# Development Bank", "Islamic Development Bank", "Eurasian Economic Commission").
_ORG_ADJECTIVE: Final = re.compile(r"Asian|Eurasian|Islamic|African|Arab|Nordic|Pacific|Caribbean")
# "on the Azerbaijani side", "from the Kazakh side": whose people follow.
_SIDE: Final = re.compile(r"\b(?:[Oo]n|[Ff]rom) the ([A-Z][a-z]+) side\b")
# The capitalised words of a name before its acronym in brackets, with a possessive before
# them ("Iran's National Iranian Gas Company (NIGC)").
_NAME_BEFORE_ACRONYM: Final = re.compile(
    r"(?:\b[A-Z][\w-]+(?:’s|'s)\s+)?(?:[A-Z][\w-]+\s+|(?:of|for|and|the)\s+){1,8}$"
)
_OWNER_RIGHT_BEFORE: Final = re.compile(r"\b([A-Z][\w-]+)(?:’s|'s)\s+\S+$")
_OWNER_BEFORE: Final = re.compile(
    r"\b([A-Z][\w-]+)(?:’s|'s)?\s+"
    r"(?:(?!(?:and|or|with|the|of|to|by|from|for|in|on|at)\s)[a-z-]+\s+){0,3}$"
)
# Styles of address before a name that are no part of it ("Shri X", "Mawlawi X").
_NAME_STYLES: Final = frozenset(
    {"shri", "smt", "shrimati", "mawlawi", "mawlavi", "maulvi"}
    | {"datuk", "dato", "datin", "seri", "tengku"}  # Malaysian styles and royal rank
    # Bruneian and Malay ones: "Dato Seri Setia Dr Awang Haji X bin Haji Y"
    | {"setia", "paduka", "awang", "dayang", "pehin", "haji", "hajah"}
    | {"elbasy"}  # Kazakh: "Leader of the Nation", a former president's style
)
# The first parts of compound Arabic given names ("Abdul Hadi").
_ARABIC_COMPOUNDS: Final = frozenset({"Abdul", "Abdel", "Abd", "Abu"})
# Styles of address that stand before a given name ("Shaikh X").
_STYLE_NAMES: Final = frozenset({"sheikh", "shaikh", "sheikha", "shaikha"})
# A ruler's titles that may stand in his name with it ("Sultan X", "Emir X"): the one word
# list of the two rules for a ruler named with his royal word (in `_consider_run`).
_REIGN_WORDS: Final = frozenset({"sultan", "emir", "amir"})
# Royal words a ruler's name opens with, whose office is told apart ("Sultan X, King of Y"):
# a reign's word or the style "Sheikh" (not "King": a king's office is that word itself).
_ROYAL_NAME_WORDS: Final = _REIGN_WORDS | {"sheikh", "shaikh"}
# Rulers' styles before the one given name they reign by ("Sultan X", "King X").
_RULER_STYLES: Final = _REIGN_WORDS | {"king", "queen", "emperor", "empress"}
# Styles of address, not offices: "H.H. Sheikh", "His Excellency", "H.E.".
_STYLE_ONLY: Final = re.compile(
    # "Senator the Hon", "The Rt Hon": an Australian senator's and a British minister's style
    # ("the Most Hon", a Jamaican prime minister's)
    r"(?:(?:(?:Senator\s+)?the\s+(?:Most\s+)?Hon(?:ourable|orable)?\.?|Rt\.?\s+Hon\.?"
    r"|Hon(?:ourable|orable)?\.?"
    r"|H\.\s?[HE]\.?|HRH|HH|HE|His|Her|Royal|Highness|Majesty|Excellency|Sh[ae]ikha?|Datuk|Datin|Dato'?|Seri|Tengku|Shri|Smt|Mawlawi|Mawlavi|Maulvi"
    r"|Setia|Paduka|Awang|Dayang|Pehin|Haji|Hajah|Dr\.?)\s*)+",
    re.I,
)
# How a match of _STYLE_ONLY can end (lower case): its words may run together ("HisHighness").
_STYLE_ENDINGS: Final = (
    "hh", "hrh", "he", "his", "her", "royal", "highness", "majesty", "excellency", "sheikh",
    "shaikh", "sheikha",
    "shaikha", "datuk", "datin", "dato", "seri", "tengku", "shri", "smt", "mawlawi", "mawlavi",
    "maulvi", "hon", "hon.", "honourable", "honorable", "setia", "paduka", "awang", "dayang",
    "pehin", "haji", "hajah", "dr",
)  # fmt: skip


@cache
def _may_end_style(word: str) -> bool:
    """Whether a token can be the last of a match of _STYLE_ONLY ("H.E.", "H", "E", "Dato'"
    ending in "'", a style word or words run together); a cheap test before the regex, kept
    to ASCII words (any other word goes to the regex)."""
    if not word.isascii() or word.endswith(".") or word in ("H", "E", "h", "e", "'"):
        return True
    return word.lower().endswith(_STYLE_ENDINGS)


# A royal rank alone, which an office after the name replaces.
_RANK_ONLY: Final = re.compile(r"(?:Prince|Princess|Sayyid|Sayyida)", re.I)


def _compound_company_country(title: str) -> str | None:
    """The country whose demonym opens a company's one-word name in an office ("Chairman
    of the State Concern Turkmenbuild", "Uzbekmetall CEO"): that country's company."""
    for word in title.split():
        word = word.strip("\"“”«»'’,()")
        if len(word) < 8 or not word[0].isupper() or not word[1:].islower() or _country(word):
            continue  # ("Special Envoy for Afghanistan": a country, no company)
        plain = unicodedata.normalize("NFKD", word)
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        for size in range(len(plain) - 3, 4, -1):
            found = _country(plain[:size])
            if found is not None and found != EU:
                return found
    return None


# A head of state's honorific style told as if an office ("Leader of the Nation", Elbasy in
# Kazakh, Peshvoi Millat in Tajik; "National Leader"): no office of its own, so the office
# told with it later ("..., President of the Republic of X") replaces it.
_HONORIFIC_STYLE: Final = re.compile(r"(?:Leader of the Nation|National Leader)", re.I)


@lru_cache(maxsize=1024)  # a handful of titles a brief, each read by up to four patterns
def _style_or_rank(title: str) -> bool:
    """Whether a title is a style of address, a royal rank or a style and a rank ("HRH
    Prince"), or an honorific style ("Leader of the Nation"): no office."""
    if _STYLE_ONLY.fullmatch(title) or _RANK_ONLY.fullmatch(title):
        return True
    if _HONORIFIC_STYLE.fullmatch(title):
        return True
    style = _STYLE_ONLY.match(title)
    return style is not None and _RANK_ONLY.fullmatch(title, style.end()) is not None


# Common Korean family names (written first).
_KOREAN_SURNAMES: Final = words_of(
    "kim lee park choi jung chung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo"
    " hong jeon ko moon yang son bae baek heo nam noh ryu jin chae cha joo koo min byun"
    " wi im yu jeong ban woo kwak suh won hyun chun tak hur seong sung"
)
# Common Vietnamese family names (written first; the middle word is no surname).
_VIETNAMESE_SURNAMES: Final = words_of(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly"
)
# Common surnames of Chinese names (written surname first), general knowledge.
_CHINESE_SURNAMES: Final = frozenset(
    [
        "li",
        "wang",
        "zhang",
        "liu",
        "chen",
        "yang",
        "zhao",
        "huang",
        "zhou",
        "wu",
        "xu",
        "sun",
        "hu",
        "zhu",
        "gao",
        "lin",
        "he",
        "guo",
        "ma",
        "luo",
        "liang",
        "song",
        "zheng",
        "xie",
        "han",
        "tang",
        "feng",
        "yu",
        "dong",
        "xiao",
        "cheng",
        "cao",
        "yuan",
        "deng",
        "xi",
        "fu",
        "shen",
        "zeng",
        "peng",
        "lu",
        "su",
        "jiang",
        "cai",
        "jia",
        "ding",
        "wei",
        "xue",
        "ye",
        "yan",
        "pan",
        "du",
        "dai",
        "xia",
        "zhong",
        "tian",
        "ren",
        "fan",
        "fang",
        "shi",
        "yao",
        "tan",
        "liao",
        "zou",
        "xiong",
        "jin",
        "hao",
        "kong",
        "bai",
        "cui",
        "kang",
        "mao",
        "qiu",
        "qin",
        "gu",
        "hou",
        "shao",
        "meng",
        "long",
        "wan",
        "duan",
        "lei",
        "qian",
        "yin",
        "yi",
        "chang",
        "qiao",
        "lai",
        "gong",
        "wen",
    ]
)


# Memos of the functions of a word that the passes ask about each capitalised token, many
# times a brief: a dict read in compiled code costs a fifth of a call of a function cached
# by functools (a call through the interpreter, with a tuple of arguments made for each).
# Each holds what the function gives for each word asked, and is emptied when full, as
# _TITLES is.
_MEMO_LIMIT: Final = 16384
_COUNTRIES_OF_WORDS: Final[dict[str, str]] = {}  # _country: "" for no country
_CAPITAL_READS: Final[dict[str, tuple[bool, str | None, tuple[str, ...]] | None]] = {}
_MULTIWORD_WORDS: Final[dict[str, bool]] = {}  # _in_multiword_name
_COUNTRY_VOCABULARY: Final[dict[str, frozenset[str]]] = {}  # _multiword_starts, once
_NAME_LIKE: Final[dict[str, bool]] = {}  # _name_like
_NAMES_WORDS: Final[dict[str, tuple[str, ...]]] = {}  # _name_words
_TITLES_WORDS: Final[dict[str, frozenset[str]]] = {}  # _words


class Token:
    """A word or punctuation mark with its offsets; `bare` drops a possessive ending.

    A plain class with slots, not a NamedTuple: mypyc compiles it to a native class (making
    one is a direct call, reading a field a load) and CPython 3.11 specialises reads of its
    slots, where a NamedTuple's fields go through a descriptor each time. (Not a dataclass:
    mypyc calls a dataclass's generated __init__ as Python.) Never changed once made."""

    __slots__ = ("_low", "bare", "cap", "end", "possessive", "start", "text")

    def __init__(
        self, text: str, start: int, end: int, cap: bool, possessive: bool, bare: str
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.cap = cap
        self.possessive = possessive
        self.bare = bare
        self._low: str | None = None

    def low(self) -> str:
        """`text` in lower case, lowered once: the passes ask it of a token three times
        on average, each a new string to make and hash."""
        low = self._low
        if low is None:
            low = self._low = self.text.lower()
        return low

    def bare_low(self) -> str:
        """`bare` in lower case: `text`'s, lowered once, when no possessive ending is cut
        (a slot for the few possessives' costs every token more than it saves)."""
        return self.low() if not self.possessive else self.bare.lower()


class PersonFound:
    """A person named in the text, with the places where the text refers to them.

    A plain class with slots, as Token is: mypyc compiles it to a native class, where a
    dataclass's generated __init__ runs as Python. It is made, compared and shown as the
    dataclass it replaces was (fields in order, `mentions` a new list by default)."""

    __slots__ = ("country", "country_given", "eu_office", "mentions", "name", "start", "title")

    def __init__(
        self,
        name: str,
        title: str | None = None,
        country: str | None = None,
        country_given: bool = False,
        eu_office: bool = False,
        start: int = 0,
        mentions: list[tuple[int, int]] | None = None,
    ) -> None:
        self.name = name
        self.title = title
        self.country = country
        self.country_given = country_given
        self.eu_office = eu_office
        self.start = start
        self.mentions: list[tuple[int, int]] = [] if mentions is None else mentions  # offsets

    def _fields(
        self,
    ) -> tuple[str, str | None, str | None, bool, bool, int, list[tuple[int, int]]]:
        return (
            self.name,
            self.title,
            self.country,
            self.country_given,
            self.eu_office,
            self.start,
            self.mentions,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PersonFound) and self._fields() == other._fields()

    def __repr__(self) -> str:
        name, title, country, given, eu, start, mentions = self._fields()
        return (
            f"PersonFound(name={name!r}, title={title!r}, country={country!r}, "
            f"country_given={given!r}, eu_office={eu!r}, start={start!r}, "
            f"mentions={mentions!r})"
        )


def _first_mention(person: PersonFound) -> int:
    """Where the first of `person`'s mentions starts (`start` if none): min(starts,
    default=start), a loop compiled to C rather than a call of min on a generator."""
    if not person.mentions:
        return person.start
    at = person.mentions[0][0]
    for start, _ in person.mentions:
        if start < at:
            at = start
    return at


def _without_country(person: PersonFound) -> bool:
    """Whether the person holds an office (not the EU's) whose country is still unknown: one
    the passes that read a country from the text go on to."""
    return person.country is None and not person.eu_office and bool(person.title)


class Mention:
    """Where the text refers to a person: its offsets, the person's index in the people
    found, and how ("name", "surname" or "role").

    A plain class with slots, as Token is: mypyc compiles it to a native class, where a
    frozen dataclass runs its generated __init__ as Python (setting each field through
    object.__setattr__). Never changed once made."""

    __slots__ = ("end", "kind", "person", "start")

    def __init__(self, start: int, end: int, person: int, kind: str) -> None:
        self.start = start
        self.end = end
        self.person = person
        self.kind = kind

    def _fields(self) -> tuple[int, int, int, str]:
        return (self.start, self.end, self.person, self.kind)

    # (compared, hashed and shown by its fields, as the dataclass it replaces was)
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mention) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        start, end, person, kind = self._fields()
        return f"Mention(start={start}, end={end}, person={person}, kind={kind!r})"


class MentionIndex:
    """Mentions sorted by position, for range and "last before" look-ups in log time."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in [start, end)."""
        lo = _bisect_left(self.starts, start)
        hi = _bisect_left(self.starts, end)
        return self.mentions[lo:hi]

    def last_before(self, pos: int, exclude: Collection[int] = ()) -> int | None:
        """The person of the last mention starting before `pos` (skipping `exclude`)."""
        i = _bisect_left(self.starts, pos) - 1
        while i >= 0:
            person = self.mentions[i].person
            if person not in exclude:
                return person
            i -= 1
        return None


def _bisect_left(values: list[int], x: int) -> int:
    """bisect.bisect_left(values, x) for a sorted list of ints, a loop compiled to C: a call
    of the bisect module's costs more, made through the interpreter, than its few steps."""
    lo = 0
    hi = len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _bisect_right(values: list[int], x: int) -> int:
    """bisect.bisect_right(values, x), as _bisect_left is bisect_left."""
    lo = 0
    hi = len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _token_index(tokens: list[Token], pos: int) -> int:
    """The index of the first token starting at `pos` or later: bisect.bisect_left(tokens,
    pos, key=lambda t: t.start), without a call of the key for each step."""
    lo = 0
    hi = len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def tokenize(text: str) -> list[Token]:
    """Split a text into word and punctuation tokens with their offsets."""
    return _tokenize(text)[0]


def _tokenize(text: str) -> tuple[list[Token], list[int]]:
    """The tokens of a text, and the indexes of the capitalised ones (found in one pass).

    The text is split at its line ends and spaces first (str.split costs far less than a
    regex match a token): no token holds a blank, so a piece's tokens are those TOKEN finds
    in it alone. Most pieces are a word of letters and digits, one token (capitalised when
    its first letter is: no "-" of an Arabic article, no possessive ending); some are such a
    word and a punctuation mark ("said,"), two tokens; the pattern reads the rest."""
    tokens: list[Token] = []
    capitals: list[int] = []
    end = -1  # where the last piece ends (one space or line end, one character, follows it)
    for piece in text.replace("\n", " ").split(" "):
        start = end + 1
        end = start + len(piece)
        if piece.isalnum():
            if piece[0] in _UPPER_SET:
                capitals.append(len(tokens))
                tokens.append(Token(piece, start, end, True, False, piece))
            else:
                tokens.append(Token(piece, start, end, False, False, piece))
            continue
        word = piece[:-1]
        mark = piece[-1:]
        if word.isalnum() and mark != "_" and not mark.isspace():
            if word[0] in _UPPER_SET:
                capitals.append(len(tokens))
                if mark in "'’" and word[-1] == "s" and ends_plural_country_name(word):
                    # "the Philippines' Minister": a plural name's possessive, one token
                    tokens.append(Token(piece, start, end, True, True, word))
                    continue
                tokens.append(Token(word, start, end - 1, True, False, word))
            else:
                tokens.append(Token(word, start, end - 1, False, False, word))
            tokens.append(Token(mark, end - 1, end, False, False, mark))
            continue
        if not piece:
            continue  # two blanks in a row (a paragraph's break): no token between them
        if _one_word(piece):
            if piece[0] in "te" and piece.startswith(_PAST_PREFIXES):
                # "then-President X", "ex-Minister Y": the office's word stands apart from
                # the prefix that makes its holder a past one
                cut = piece.index("-") + 1
                if piece[cut : cut + 1] in _UPPER_SET:
                    prefix = piece[:cut]
                    tokens.append(Token(prefix, start, start + cut, False, False, prefix))
                    _add_word(tokens, capitals, piece[cut:], start + cut, end)
                    continue
            _add_word(tokens, capitals, piece, start, end)
            continue
        pos = start
        for gap, word in _GAP_TOKEN.findall(piece):
            start = pos + len(gap)
            pos = start + len(word)
            _add_word(tokens, capitals, word, start, pos)
    return tokens, capitals


# The prefixes joined by a hyphen to an office's word ("then-President").
_PAST_PREFIXES: Final = ("then-", "ex-")


def _one_word(piece: str) -> bool:
    """Whether a piece (no blank in it) is one TOKEN, found without the pattern: a mark
    ("–") or words joined by hyphens or by one apostrophe ("Kazakh-Chinese", "China’s"), each
    joiner between two letters or digits, the common pieces that are not a plain word. Any
    other piece is left to the pattern."""
    if len(piece) == 1:
        return piece != "_" and not piece.isspace()  # ([^\w\s]: not alphanumeric either)
    if "-" in piece:
        parts = piece.split("-")
    elif "’" in piece:
        parts = piece.split("’")
    elif "'" in piece:
        parts = piece.split("'")
    else:
        return False
    return all(part.isalnum() for part in parts)


def _add_word(tokens: list[Token], capitals: list[int], word: str, start: int, end: int) -> None:
    """Add a token TOKEN matched, capitalised when its first letter is a capital or an
    Arabic article opens it ("al-Sabah"), a capitalised one's possessive ending bared."""
    first = word[0]
    if first in _UPPER_SET or (
        first in "aenr" and "-" in word and _ARABIC_ARTICLE.match(word) is not None
    ):
        possessive = word.endswith(_POSSESSIVE)
        capitals.append(len(tokens))
        bare = word[:-2] if possessive else word
        tokens.append(Token(word, start, end, True, possessive, bare))
    else:
        tokens.append(Token(word, start, end, False, False, word))


@cache
def _family_name(name: str) -> str | None:
    """The family name of a name with the article "Al" ("X bin Y Al Z", "X Al-Z"), if any."""
    parts = name.split()
    if len(parts) >= 3 and parts[-2] in ("Al", "Al-"):
        return f"Al {parts[-1]}"
    if len(parts) >= 2 and parts[-1].startswith("Al-") and len(parts[-1]) > 3:
        return f"Al {parts[-1][3:]}"
    return None


def _family_country(person: PersonFound, people: list[PersonFound]) -> str | None:
    """ "Sheikh X bin Y Al Z" beside "Sheikh W bin V Al Z" of Qatar: one of a family (a
    ruling house's "Al" name) is of the country of the others of it the text names."""
    family = _family_name(person.name)
    if family is None:
        return None
    countries = {
        other.country
        for other in people
        if other is not person
        and other.country is not None
        and not other.eu_office
        and _family_name(other.name) == family
    }
    return countries.pop() if len(countries) == 1 else None


def _country(word: str) -> str | None:
    """country_of_word(word), read through a memo of this module's (see _MEMO_LIMIT)."""
    found = _COUNTRIES_OF_WORDS.get(word)
    if found is None:
        if len(_COUNTRIES_OF_WORDS) >= _MEMO_LIMIT:
            _COUNTRIES_OF_WORDS.clear()
        found = _COUNTRIES_OF_WORDS[word] = country_of_word(word) or ""
    return found or None


def read_capital_memo(word: str) -> tuple[bool, str | None, tuple[str, ...]] | None:
    """read_capital(word), read through a memo of this module's (see _MEMO_LIMIT); the glue
    in bot.parser reads capitals through it too."""
    # (asked by membership: mypyc keeps a tuple of fixed length unboxed, where a sentinel
    # tuple's identity is lost)
    if word not in _CAPITAL_READS:
        if len(_CAPITAL_READS) >= _MEMO_LIMIT:
            _CAPITAL_READS.clear()
        _CAPITAL_READS[word] = read_capital(word)
    return _CAPITAL_READS[word]


def _in_multiword_name(word: str) -> bool:
    """in_multiword_name(word), read through a memo of this module's (see _MEMO_LIMIT)."""
    found = _MULTIWORD_WORDS.get(word)
    if found is None:
        if len(_MULTIWORD_WORDS) >= _MEMO_LIMIT:
            _MULTIWORD_WORDS.clear()
        found = _MULTIWORD_WORDS[word] = in_multiword_name(word)
    return found


def _multiword_starts() -> frozenset[str]:
    """multiword_starts(), asked once a process and kept here (see _MEMO_LIMIT)."""
    starts = _COUNTRY_VOCABULARY.get("starts")
    if starts is None:
        starts = _COUNTRY_VOCABULARY["starts"] = multiword_starts()
    return starts


@cache
def _demonym(word: str) -> bool:
    return country_of_demonym(word) is not None


def _is_initial(token: Token) -> bool:
    """A capital, or a capital and a lower-case letter ("T", "Sh", "Zh"): an initial before
    a period."""
    text = token.text
    if len(text) == 2:
        return token.cap and text[1].islower() and text.lower() not in _HONORIFICS
    return token.cap and len(text) == 1


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("-", "")
    return len(letters) >= 2 and letters.isupper()


def _middle_initial(token: Token) -> bool:
    """An initial inside a name, before its stop ("X R. Y"), not a courtesy title ("Dr")."""
    return _is_initial(token) and token.low() not in _HONORIFICS


# Initials with their stops as one token: "A.K.", "L.P." (two or three).
_INITIALS: Final = re.compile(r"(?:[A-Z]\.){2,3}")


def _name_like(word: str) -> bool:
    """Whether a capitalised word can be part of a personal name (read through a memo of
    this module's, see _MEMO_LIMIT)."""
    found = _NAME_LIKE.get(word)
    if found is None:
        if len(_NAME_LIKE) >= _MEMO_LIMIT:
            _NAME_LIKE.clear()
        found = _NAME_LIKE[word] = _read_name_like(word)
    return found


def _read_name_like(word: str) -> bool:
    """Whether a capitalised word can be part of a personal name."""
    bare = word
    for suffix in _POSSESSIVE:
        bare = bare.removesuffix(suffix)
    low = bare.lower()
    if _REGNAL.fullmatch(bare):
        return True  # "Abdullah II", "Charles III": a monarch's number is part of the name
    if (
        low in NOT_NAME_WORDS
        or low in _PLURAL_HEADS
        or low in _REGION_WORDS  # "Director for Central Asia X Y"
        or _is_acronym(bare)
        or any(ch.isdigit() for ch in bare)
    ):
        return False
    if low in NAME_PARTICLES:
        return True
    return _country(bare) is None


def _country_at(tokens: list[Token], i: int, limit: int) -> tuple[str | None, int]:
    """The country named by tokens[i:...] (up to `limit`), and how many tokens it takes."""
    first = tokens[i]
    if not first.cap:
        return None, 0
    if first.low() not in _multiword_starts():
        found = _country(first.text)  # a one-word name: the common case
        return (found, 1) if found and not _in_region(tokens, i) else (None, 0)
    # A phrase of several words names a country only if each of its words but the last is a
    # word of such a name (countries.in_multiword_name): no longer phrase is tried.
    longest = 1
    most = min(max_name_words(), limit - i)
    while longest < most and _in_multiword_name(tokens[i + longest - 1].text):
        longest += 1
    for size in range(longest, 0, -1):
        words = tokens[i : i + size]
        # ("Trinidad and Tobago", "Bosnia and Herzegovina": "and" inside a name)
        if size > 1 and any(not t.cap and t.text not in ("of", "and") for t in words):
            continue
        phrase = " ".join(t.text for t in words)
        found = _country(phrase)
        if found:
            return (found, size) if size > 1 or not _in_region(tokens, i) else (None, 0)
    return None, 0


def _in_region(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is part of a region's name ("Latin America", "the Indian Ocean")."""
    before = tokens[i - 1].text if i > 0 else ""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return in_region_name(before, tokens[i].text, after)


# Titles read so far, by the text of the phrase: a title is a pure function of its phrase
# (the phrase's tokens are those the body has there), and titles recur from brief to brief
# ("President", "Prime Minister of the Republic of Kazakhstan"). Emptied when full.
_STYLE_ABBREVIATIONS: Final = frozenset(["HE", "HH", "HRH", "HM"])
_TITLES: Final[dict[str, tuple[str | None, str | None, bool]]] = {}
_MAX_TITLES: Final = 4096


def _read_title(
    tokens: list[Token], body: str, first: int, end: int
) -> tuple[str | None, str | None, bool]:
    """Read a title phrase tokens[first:end]: (title without country, country, EU)."""
    # Start at the first word that can open a title: a title word, country, demonym,
    # acronym or a capitalised portfolio ("Defense Minister", "Central Bank Governor");
    # "In Astana, President" starts at "President".
    start_limit = first
    while first < end:
        token = tokens[first]
        low = token.bare_low()
        if token.text in _STYLE_ABBREVIATIONS:
            first += 1  # "HE President of X": His Excellency, a style before the office
            continue
        if (
            low in TITLE_WORDS
            or low in _PLURAL_HEADS
            # "press secretary": the field opens the office
            or (low == "press" and first + 1 < end and tokens[first + 1].bare_low() in TITLE_HEADS)
            # "Hakim of the Balkan velayat": a Turkmen governor ("Hakim" alone is a name)
            or (low == "hakim" and first + 1 < end and tokens[first + 1].text == "of")
            or low.partition("-")[0] in TITLE_HEADS  # "Ambassador-at-large"
            or (token.cap and (low in FIELD_WORDS or low == "union"))  # "Union Minister"
            or (token.cap and (low in _CHAMBER_WORDS or country_of_legislature(token.bare)))
            or _is_acronym(token.bare)
            or _country_at(tokens, first, end)[0]
            or _seat_at(tokens, first, end)
            or _region_office_at(tokens, first, end) is not None  # "Ontario Premier"
        ):
            break
        first += 1
    while (
        first > start_limit
        and first < end
        and tokens[first].cap
        and tokens[first].bare_low() in FIELD_WORDS
        and tokens[first - 1].cap
        and _ORG_ADJECTIVE.fullmatch(tokens[first - 1].bare)
    ):
        first -= 1  # "Asian Development Bank President": the bank's name whole
    if (
        first - 2 >= start_limit
        and tokens[first - 2].text == "United"
        and tokens[first - 1].text == "Nations"
    ):
        first -= 2  # "United Nations Under-Secretary-General": the UN's office
    for i in range(first + 1, min(end - 1, first + 4)):
        if (
            tokens[i].text == "the"
            and tokens[i + 1].bare_low() in TITLE_WORDS
            and all(t.bare_low() not in _HEAD_WORDS for t in tokens[first:i])
        ):
            first = i + 1  # "received at the National Palace the President of X Y": a place
            break
    for i in range(first + 1, min(end - 1, first + 6)):
        if tokens[i].text == "of" and tokens[i - 1].bare_low() in _EVENT_NOUNS:
            first = i + 1  # "Joint Press Conference of Foreign Minister X": the event apart
            break
    while end > first and tokens[end - 1].low() in _TRAILING:
        end -= 1
    if first >= end:
        return None, None, False
    words = [t.bare_low() for t in tokens[first:end]]
    if _HEAD_WORDS.isdisjoint(words) and _HEAD_WORDS.isdisjoint(
        [w.partition("-")[0] for w in words if "-" in w]  # "Ambassador-at-large"
    ):
        return None, None, False
    return _normalise_title(tokens, body, first, end)


def _pair_name_after_dash(tokens: list[Token], dash: int, end: int) -> bool:
    """Whether the dash at tokens[dash] joins a country to a second place inside a body's
    name ("of the Italy – Central Asia friendship group"), not to a second office
    ("of Kazakhstan – Minister of Foreign Affairs")."""
    after = dash + 1
    return (
        after < end
        and tokens[after].cap
        and tokens[after].bare_low() not in TITLE_WORDS
        and any(t.text in _MEMBERS_BODIES for t in tokens[after:end])
    )


def _normalise_title(
    tokens: list[Token], body: str, first: int, end: int
) -> tuple[str | None, str | None, bool]:
    """Read tokens[first:end] of `body` as a title: (title without country, country, EU)."""
    country: str | None = None
    eu = False
    pieces: list[tuple[int, int, str | None]] = []  # (start, end, replacement)
    i = first
    while i < end:
        found, size = _country_at(tokens, i, end)
        if not found:
            i += 1
            continue
        prev = tokens[i - 1].low() if i > first else ""
        last = tokens[i + size - 1]
        nxt = tokens[i + size] if i + size < end else None
        if found == EU:
            eu = True
            i += size
            continue
        if prev in ("to", "in", "at", "for", "with"):
            # "Ambassador to Japan", "Envoy for Afghanistan", "Chair of the Group for
            # Relations with Ruritania": not the person's
            i += size
            continue
        if country is None:
            country = found
        if prev in _COMPASS and tokens[i - 1].cap:
            i += size  # "Akim of East Kazakhstan region": the region's name keeps its country
            continue
        span_end = tokens[i + size - 1].end
        of_start = None
        if prev == "of":
            of_start = tokens[i - 1].start
        elif prev == "the" and i - 2 >= first and tokens[i - 2].text == "of":
            of_start = tokens[i - 2].start
        nxt_low = nxt.low() if nxt is not None else ""
        if last.possessive:
            # "Premier of China's State Council" -> "Premier of the State Council".
            swap = "the" if prev == "of" else None
            pieces.append((tokens[i].start, span_end, swap))
        elif of_start is not None and (
            nxt is None
            or nxt_low in ("to", "in", "and", "for", ",")
            or (nxt_low in ("-", "–", "—") and not _pair_name_after_dash(tokens, i + size, end))
        ):
            # "President of Kazakhstan", "Ambassador of the Republic of Korea to X".
            pieces.append((of_start, span_end, None))
        elif nxt is not None and (
            (i == first and not _company_named_after(found, last, nxt))
            or nxt_low in TITLE_WORDS
            or (nxt.text.islower() and nxt_low not in ("of", "and"))
            or (prev == "the" and nxt.cap and _demonym(last.bare))
        ):
            # "Chinese Vice Premier", "German energy company", "of the Russian State Duma".
            pieces.append((tokens[i].start, span_end, None))
        i += size
    start_offset = tokens[first].start
    end_offset = tokens[end - 1].end
    out: list[str] = []
    pos = start_offset
    for s, e, swap in pieces:
        out.append(body[pos:s])
        if swap:
            out.append(swap)
        pos = e
    out.append(body[pos:end_offset])
    title = _BLANKS.sub(" ", "".join(out)).replace(" ,", ",").strip(" ,")
    title = without_article(title)
    title = _THE_THE.sub("the", title)
    if "PM" in title:
        title = _PM.sub("Prime Minister", title)  # "Deputy PM" is a Deputy Prime Minister
    before, _, final = title.rpartition(" ")
    head = end - 1
    while head > first and tokens[head].bare_low() != final.lower():
        head -= 1  # ("the Presidents of Zambia": the country's words gone after the head)
    if (
        final.lower() in _PLURAL_HEADS
        and not before.endswith(" of")
        and (head - 1 < 0 or tokens[head - 1].text != "of")
    ):
        # "Foreign Ministers X and Y": each is a Foreign Minister ("Cabinet of Ministers"
        # stays).
        single = _PLURAL_HEADS[final.lower()]
        title = f"{before} {single if final[0].isupper() else single.lower()}".strip()
    if title and title.split()[0].lower() in ("of", "and"):
        title = title.split(" ", 1)[1] if " " in title else ""
    body_named = _INTERNATIONAL.search(title)
    if body_named and not title.endswith((" to", " to the"), 0, body_named.start() - 1):
        # an office of the EU, the UN or another international body (an envoy "to the UN"
        # from a state holds his state's office)
        eu = True
    if eu and body_named and _MINISTER_AND.search(title, 0, body_named.start()):
        eu = False  # "Foreign Minister and OSCE Chairman": a state's minister first
    if eu and country is None:
        return title or None, None, True
    if country is None:
        country = _legislature_country(tokens, first, end)  # "Member of the Bundestag"
    if country is None:
        country = _seat_at(tokens, first, end)  # "Kremlin spokesman"
    if country is None:
        country = _city_country(tokens, first, end)  # "Akim of Almaty region"
    if country is None and title:
        country = _one_country_office(title)  # "Secretary of State", "State Councilor"
    return title or None, country, eu


# A state's minister named first of two offices joined by "and" ("Foreign Minister and ...").
_MINISTER_AND: Final = re.compile(
    r"\bMinister(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+and\s+"
)

# Offices India names its own way, by their general names (a counterpart's office).
_GENERIC_OFFICES: Final = {
    "External Affairs Minister": "Foreign Minister",
    "Minister of External Affairs": "Minister of Foreign Affairs",
    "Union External Affairs Minister": "Foreign Minister",
}
# Offices that only one country has under that name (general knowledge). ("Secretary of
# State" is not one: the United States, the Vatican and Kazakhstan have one.)
_ONE_COUNTRY_OFFICES: Final = (
    (re.compile(f"^(?:{'|'.join(_GENERIC_OFFICES)})$"), "India"),
    (re.compile(r"^Chief Cabinet Secretary$"), "Japan"),
    (re.compile(r"^Minister for Europe and Foreign Affairs$"), "France"),
    (re.compile(r"^State Council?lor$"), "China"),
    # the United Kingdom's cabinet offices for its nations
    (
        re.compile(r"^Secretary of State for (?:Northern Ireland|Scotland|Wales)$"),
        "United Kingdom",
    ),
    # Kyrgyzstan's head of government since 2021 (Turkmenistan's President also chairs its
    # cabinet, but texts name him President or say "of Turkmenistan")
    (re.compile(r"^Chairman of the Cabinet of Ministers$"), "Kyrgyzstan"),
    (re.compile(r"\b(?:kh|h)okim\b", re.I), "Uzbekistan"),  # Uzbekistan's governors
    (re.compile(r"^(?:Taoiseach|T[áa]naiste)\b"), "Ireland"),  # its head of government, deputy
)


def _one_country_office(title: str) -> str | None:
    """The country of an office only one country has under that name, else None."""
    for pattern, country in _ONE_COUNTRY_OFFICES:
        if pattern.search(title):
            return country
    return None


def _company_named_after(country: str, word: Token, nxt: Token) -> bool:
    """Whether a country's name and the capitalised word after it name a company ("Qatar
    Airways", "Kazakhstan Temir Zholy"), not a country and its office ("Kazakh Energy
    Minister", "Uzbek Senate Chairman")."""
    low = nxt.bare_low()
    return (
        nxt.cap
        and not _demonym(word.bare)
        and low not in TITLE_WORDS
        and low not in FIELD_WORDS
        and low not in _CHAMBER_WORDS
        and not _is_acronym(nxt.bare)
        and country_of_legislature(nxt.bare) is None
        and country != EU
    )


def _region_office_at(tokens: list[Token], first: int, end: int) -> str | None:
    """The country of a region whose head's office opens at tokens[first]: "Ontario
    Premier", "Bavaria Governor"."""
    token = tokens[first]
    if (
        not token.cap
        or first + 1 >= end
        or tokens[first + 1].bare_low() not in _REGION_HEADS
        or token.bare_low() in NOT_NAME_WORDS
    ):
        return None
    return country_of_subdivision(token.bare)


# A word right before "in" and a city ending a title: where the one named works.
_WORKS_IN_CITY: Final = words_of(
    "based analyst analysts economist expert researcher scholar commentator consultant"
)


# The words that end a region's name after it ("Gangwon State", "Altai Krai"), and the
# adjectives of a region's own bodies ("the Aldmark Provincial Government").
_REGION_END_WORDS: Final = _PLACE_NOUNS | {"state", "krai", "kray", "regional", "provincial"}
_REGIONAL: Final = frozenset({"regional", "provincial"})
_REGION_BODIES: Final = frozenset({"government", "committee", "administration", "council"})


def _city_country(tokens: list[Token], first: int, end: int) -> str | None:
    """The country of a city whose office the title is: "Mayor of Paris", "Governor of the
    Osaka region", "Chairman of the Government of the Xinjiang Uygur Autonomous Region"
    (the city, or its region, ends the title); "chairman of Bishkek-based X Group"."""
    found = _region_office_at(tokens, first, end)
    if found is not None:
        return found
    for token in tokens[first:end]:
        if token.cap and token.text.endswith("-based"):
            found = country_of_place(token.text[:-6])  # "Bishkek-based": a company's seat
            if found:
                return found
    if (
        end - first >= 3
        and tokens[end - 2].text == "in"
        and tokens[end - 1].cap
        and tokens[end - 3].low() in _WORKS_IN_CITY
    ):
        # "an energy analyst based in Tarn", "a political analyst in Osh": the city
        # where one works ends the title (not "a fellow at an institute in Osh": the seat
        # of the body one works for)
        city = tokens[end - 1].bare
        found = country_of_place(city) if is_city(city) else None
        if found:
            return found
    place_end = end
    if (
        end - first > 3
        and tokens[end - 1].bare.lower() in _REGION_BODIES
        and tokens[end - 2].bare.lower() in _REGIONAL
    ):
        # "Chairman of the Velmora Autonomous Regional Government": the body of a
        # region, named by the region's adjective, ends the title
        place_end = end - 1
    for i in range(first, end - 1):
        if tokens[i].text != "of":
            continue
        at = i + 2 if tokens[i + 1].text == "the" else i + 1
        for size in (2, 1):
            stop = at + size
            if stop > end or not all(t.cap for t in tokens[at:stop]):
                continue
            if stop < end and not (
                place_end - stop <= 3
                and tokens[place_end - 1].bare_low() in _REGION_END_WORDS
                and all(t.cap for t in tokens[stop : place_end - 1])
            ):
                # "of the Osaka region", "of the Xinjiang Uygur Autonomous Region": a place
                # noun (after at most two capitalised words of its kind) ends the title
                continue
            place = " ".join(t.bare for t in tokens[at:stop])
            found = country_of_place(place) or country_of_subdivision(place)
            if found:
                return found
        if at + 1 < end and all(t.cap for t in tokens[at:end]) and is_city(tokens[at].text):
            # "chief executive of the Bukhara Cotton Cluster": a body named after its city
            found = country_of_place(tokens[at].text)
            if found:
                return found
    return None


def _seat_at(tokens: list[Token], i: int, end: int) -> str | None:
    """The country whose seat of government tokens[i:] name ("Kremlin", "White House")."""
    if not tokens[i].cap:
        return None
    if i + 1 < end and tokens[i + 1].cap:
        found = country_of_seat(f"{tokens[i].text} {tokens[i + 1].bare}")
        if found:
            return found
    return country_of_seat(tokens[i].bare)


def _legislature_country(tokens: list[Token], first: int, end: int) -> str | None:
    """The country of a parliament named by its own name in tokens[first:end]."""
    for i in range(first, end):
        if not tokens[i].cap:
            continue
        for size in range(min(3, end - i), 0, -1):
            found = country_of_legislature(" ".join(t.text for t in tokens[i : i + size]))
            if found:
                return found
    return None


class PeopleFinder:
    """Find the people of a body and every mention of them."""

    def __init__(
        self, body: str, dateline: Dateline | None, sents: list[Sentence] | None = None
    ) -> None:
        """Read `body`, whose dateline (parse_dateline) the caller has already parsed, and
        whose sentences (text.sentences), when given, tell where its roles may stand."""
        # "Lt Gen X Y": a rank is no part of X Y's name or office, but names a person.
        body, self._ranked = mask_ranks(body)
        self.body = body
        # (a body with ranks masked is no longer the one the sentences were split from)
        self._role_spans = _role_spans(sents) if sents is not None and not self._ranked else None
        # Most passes look only at capitalised tokens (`capitals`): a fifth of them or fewer.
        self.tokens, self.capitals = _tokenize(body)
        self.people: list[PersonFound] = []
        self.mentions: list[Mention] = []
        self._taken: set[int] = set()  # token indexes inside a found name
        # After "Foreign Ministers X": the index of the "and" before Y, Y's title and country.
        self._shared: tuple[int, str, str | None] | None = None
        self._owners: dict[str, str | None] = {}  # _owner_of, by word
        self._wire: bool | None = None  # _international_wire, once asked
        self._dateline_found = dateline
        # Where each capitalised word right after a company noun starts ("holding X Y": X's),
        # once asked by _named_as_company.
        self._after_company_noun: list[int] | None = None
        self._pairs: list[tuple[str, str, int, int]] | None = None  # _country_pairs, once
        # Per token: whether it is a plural office ("Presidents", "ministers"), once read.
        self._plural_kinds: list[int] = []
        # Token ranges of the offices read after a name ("X, chief executive of Y,").
        self._appositions: list[tuple[int, int]] = []
        self._attendees: frozenset[int] | None = None  # _listed_attendee, once asked
        self._hosted: set[tuple[str, int]] = set()  # _hosted_by_role, once _find_roles asks
        self._arrived: list[tuple[int, str]] | None = None  # _arrivals, once asked
        # Where the names of members of a country's delegation start ("The Thai delegation
        # will include X"): a side the text tells, not an official it qualifies.
        self._delegates: set[int] = set()
        self._namings: dict[str, int] | None = None  # _first_namings, once asked
        self._said: dict[str, bool] = {}  # _says, by word
        # Where each ". " and each line end stands in the body, once _sentence_around asks.
        self._stops: tuple[list[int], list[int]] | None = None

    def _sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence holding body[start:end], as the module's
        _sentence_around finds them, read from where every ". " and line end stands (found
        in one scan of the body a brief, not four scans around each place asked)."""
        if start < 0 or end < 0:
            return _sentence_around(self.body, start, end)  # (offsets from the end)
        if self._stops is None:
            self._stops = (_all_at(self.body, ". "), _all_at(self.body, "\n"))
        stops, lines = self._stops
        # the last ". " before start, then the last line end from there on
        i = _bisect_right(stops, start - 2) - 1
        first = stops[i] + 2 if i >= 0 else 0
        i = _bisect_left(lines, start) - 1
        if i >= 0 and lines[i] >= first:
            first = lines[i] + 1
        # the first ". " from end on, and the first line end before it
        i = _bisect_left(stops, end)
        last = stops[i] if i < len(stops) else len(self.body)
        i = _bisect_left(lines, end)
        return first, lines[i] if i < len(lines) and lines[i] < last else last

    def _says(self, word: str) -> bool:
        """Whether the body holds `word`: the cheap test of a rule asked once per person,
        the body read once per word, not once per person."""
        found = self._said.get(word)
        if found is None:
            found = self._said[word] = word in self.body
        return found

    def find(self) -> list[PersonFound]:
        """Find the people (and fill `mentions`)."""
        people = self.run()
        # The first ways to an office holder's country, tried in turn until one gives it.
        first_ways: tuple[Callable[[PersonFound], str | None], ...] = (
            lambda p: self._employer_country(p.start),
            # "Chairman of the State Concern Turkmenbuild X"
            lambda p: _compound_company_country(p.title or ""),
            lambda p: self._body_country(p.title or ""),
            lambda p: self._acronym_country(p.title or ""),
            self._country_before_office,
            self._sender_country,
            self._visit_host,
            self._visitor_host,
            self._destination_host,
            self._met_where_in_city,
            self._spoken_for,
            self._its_country,
        )
        for person in people:
            for way in first_ways:
                if _without_country(person):
                    person.country = way(person)
        for person in people:  # once the hosts have their countries
            if _without_country(person):
                person.country = self._visitor_country(person)
            if _without_country(person) and " Al" in person.name:
                person.country = _family_country(person, people)
        if " side" in self.body:
            for person in people:
                if _without_country(person):
                    person.country = self._side_country(person) or self._led_side(person)
        if any(_without_country(p) for p in people):
            for chain in self._listed_chains(people):
                self._countries_of_list(chain)
            self._countries_of_pairs(people)
            self._countries_of_mirrored_pairs(people)
        for person in people:
            if _without_country(person):
                person.country = self._envoy_host(person)
            if _without_country(person):
                person.country = self._referred_organisation_country(person)
            if _without_country(person) and " of the " in (person.title or ""):
                person.country = self._the_state_named(person.title or "")
        if any(_without_country(p) for p in people):
            for person in people:
                if _without_country(person):
                    person.country = (
                        self._counterpart_country(person)
                        or self._companion_country(person)
                        or self._former_holder_country(person, people)
                        or self._envoy_country(person)
                        or self._met_in_city(person)
                        or self._office_named_with_country(person)
                        or self._host_in_city(person)
                        or self._met_visitor_in_city(person)
                    )
            if any(p.country is None and p.title in _PAIRED_LEADERS for p in people):
                self._leaders_of_the_pair(people)
            self._countries_of_two_sides(people)
            self._countries_across_meetings(people)
        if " host " in self.body or " guest " in self.body or " counterpart " in self.body:
            for person in people:
                if person.country is None and not person.title and not person.eu_office:
                    # "his Estonian host X" (no office): the country of the role's demonym
                    role = _ROLE_OF_DEMONYM.search(self._before_name(person, 80))
                    found = _country(role["dem"]) if role else None
                    person.country = found if found != EU else None
        for person in people:
            if (
                person.country is None
                and not person.eu_office
                and _is_korean_name(person.name)
                and _KOREA.search(self.body)
                and not _OTHER_KOREA.search(self.body)
                and (person.title or not self._byline_credit(person))
            ):
                # "Minister for Trade X" (a Korean name) at home; one named with no office
                # too ("the remains of independence fighter X")
                person.country = "South Korea"
        if "President of " in self.body:
            self._head_of_state_as_president(people)
        if any(p.title is not None and p.title.lower() == "leader" for p in people):
            self._leader_as_office(people)
        for person in people:
            # (last: a citizen's country tells nothing of the officials' sides)
            if person.country is None and not person.eu_office and not person.title:
                person.country = self._citizen_country(person)
        return people

    def _leader_as_office(self, people: list[PersonFound]) -> None:
        """ "Tajik leader X ... the Tajik president's press service": a country's "leader"
        holds the office the text names for that country elsewhere."""
        offices: dict[str, str] = {}
        for found in _COUNTRY_OFFICE.finditer(self.body):
            country = country_of_demonym(found[1]) or country_of_name(found[1])
            if country is not None:
                offices.setdefault(country, found[2].lower())
        for person in people:
            if (
                person.title is not None
                and person.title.lower() == "leader"
                and person.country in offices
            ):
                person.title = offices[person.country].title()

    def _byline_credit(self, person: PersonFound) -> bool:
        """Whether `person` is first named after "By" on their line ("By X", "(Reporting by
        X in Seoul"): a reporter's credit, of no country the text tells."""
        body = self.body
        line = body.rfind("\n", 0, person.start) + 1
        return _BY_ON_LINE.search(body, line, person.start) is not None

    def _leaders_of_the_pair(self, people: list[PersonFound]) -> None:
        """ "under the guidance of President Xi Jinping and President X" in a text on China
        and Uzbekistan alone: two leaders of one office joined by "and", the first of one
        country of the pair (or a Chinese name in a text on China), the second of the
        other."""
        ordered = sorted(people, key=lambda p: p.start)
        for before, person in pairwise(ordered):
            if (
                person.country is not None
                or person.eu_office
                or person.title not in _PAIRED_LEADERS
                or before.title != person.title
                or not self._listed_after(before, person)
                or not self._joined_by_and(before)
            ):
                continue
            # the one pair the text names up to the leaders' sentence
            _, last = self._sentence_around(person.start, person.start)
            pairs = {frozenset((a, b)) for a, b, at, _ in self._country_pairs() if at < last}
            if len(pairs) != 1:
                continue
            pair = next(iter(pairs))
            known = before.country
            if known is None and "China" in pair and is_chinese_name(before.name):
                known = "China"
            if known in pair:
                person.country = next(iter(pair - {known}))

    def _head_of_state_as_president(self, people: list[PersonFound]) -> None:
        """ "Head of State X" whose text calls him "the President of <his country>" (and names
        no other President of it) holds the office of President."""
        said: set[str] = set()
        for found in _THE_PRESIDENT_OF.finditer(self.body):
            country = _country_opening(found.group(1))
            if country is not None:
                said.add(country)
        held = {other.country for other in people if other.title == "President"}
        for person in people:
            if person.title != "Head of State":
                continue
            country = person.country
            if country is None and len(said - held) == 1:
                # (a home outlet's Head of State, his country not told beside his name)
                country = next(iter(said - held))
            if country in said and country not in held:
                person.title = "President"
                if person.country is None:
                    person.country, person.country_given = country, True

    def _before_name(self, person: PersonFound, reach: int, *, line: bool = False) -> str:
        """The text of `person`'s sentence (or, with `line`, of their line: "H.E." ends no
        sentence there) before their first mention, at most `reach` characters of it."""
        at = person.start  # (the first mention, if one comes before)
        for start, _ in person.mentions:
            if start < at:
                at = start
        if line:
            first = self.body.rfind("\n", 0, at) + 1
        else:
            first, _ = self._sentence_around(at, at)
        return self.body[max(first, at - reach) : at]

    def _sender_country(self, person: PersonFound) -> str | None:
        """ "Dr. X conveyed to the Sultan the greetings of President A and Prime Minister
        B": those whose greetings someone conveys are of the country of the one conveying
        them (named before the verb in the sentence)."""
        body = self.body
        if not (self._says("greetings") or self._says("regards") or self._says("message")):
            return None  # the cheap test (a letter's senders too are rare without these)
        at = _first_mention(person)
        first, _ = self._sentence_around(at, at)
        found = _GREETINGS_OF.search(body, max(first, at - 300), at)
        if found is None:
            return None
        senders = [
            m
            for m in self.mentions
            if first <= m.start < found.start()
            and self.people[m.person] is not person
            # "met President Y, to whom he handed a letter from Z": Y receives it
            and not _TO_WHOM.match(body, m.end)
        ]
        if not senders:
            return None
        sender = self.people[max(senders, key=lambda m: m.start).person]
        return sender.country if not sender.eu_office else None

    def _counterpart_country(self, person: PersonFound) -> str | None:
        """ "her Indonesian counterpart, Foreign Minister X": the counterpart's country (where
        the full name is given, though a headline may have called them by surname above)."""
        found = _COUNTERPART_BEFORE.search(self._before_name(person, 160))
        if found is None and any(start < person.start for start, _ in person.mentions):
            first, _ = self._sentence_around(person.start, person.start)
            before = self.body[max(first, person.start - 160) : person.start]
            found = _COUNTERPART_BEFORE.search(before)
        country = _country(found["dem"]) if found else None
        return country if country != EU else None

    def _former_holder_country(self, person: PersonFound, people: list[PersonFound]) -> str | None:
        """ "then Secretary of State X", "former President Y": a past holder of the office
        another person named holds is of that holder's country (when one person holds it)."""
        title = person.title or ""
        lead = self.body[max(0, person.start - len(title) - 12) : person.start]
        if not lead.endswith(f"{title} ") or _PAST_HOLDER.search(lead[: -len(title) - 1]) is None:
            return None
        countries = {
            other.country
            for other in people
            if other is not person and other.title == title and not other.eu_office
        }
        if len(countries) != 1:
            return None
        return countries.pop()

    def _companion_country(self, person: PersonFound) -> str | None:
        """ "Minister X accompanied Prime Minister Y on his visit", "Y, accompanied by
        Minister X,": one who accompanies another, or is accompanied, is of their country."""
        body = self.body
        if not self._says("ccompan"):
            return None  # the cheap test
        spans = person.mentions or [(person.start, person.start + len(person.name))]
        for other in self.people:
            if other is person or other.country is None or other.eu_office:
                continue
            for start, end in spans:
                for o_start, o_end in other.mentions:
                    if o_end <= start:
                        between = _ACCOMPANYING.fullmatch(body, o_end, start)
                    elif end <= o_start:
                        between = _ACCOMPANYING.fullmatch(body, end, o_start)
                    else:
                        continue
                    if between is not None:
                        return other.country
        return None

    def _envoy_country(self, person: PersonFound) -> str | None:
        """ "the Ambassador of the Republic of Kazakhstan to ASEAN, H.E. X": the country the
        envoy is of."""
        found = _ENVOY_OF_BEFORE.search(self._before_name(person, 200, line=True))
        country = _country_opening(found["country"].removeprefix("the ")) if found else None
        return country if country != EU else None

    def _chair_by(self, name_start: int) -> str | None:
        """ "the Health, Science and Energy Committee, chaired by Dr X Y": the chair
        of that committee (or head, after "headed by")."""
        body = self.body
        at = self.tokens[name_start].start
        line = body.rfind("\n", 0, at) + 1
        found = _CHAIRED_BY.search(body, max(line, at - 200), at)
        if found is None:
            return None
        head = "chair" if found["verb"] == "chaired" else "head"
        return f"{head} of the {found['body']}"

    def _met_visitor_in_city(self, person: PersonFound) -> str | None:
        """ "President X met President of Sri Lanka Y in Quito": who met, in a
        city, someone the text gives another country is of the city's country."""
        body = self.body
        others = [p for p in self.people if p is not person and p.country_given and p.country]
        if not others:
            return None
        for _, end in person.mentions:
            found = _MET_IN.match(body, end, min(len(body), end + 300))
            if found is None or found["city"].lower() in _SEATS_OF_BODIES:
                continue
            if _EVENT_VENUE.search(found["rest"]):
                continue  # "on the sidelines of the X summit in Bangkok": a venue, no one's home
            country = country_of_city(found["city"])
            if country is None or country == EU:
                continue
            met = [
                p
                for p in others
                if any(found.start("rest") <= at < found.end("rest") for at, _ in p.mentions)
            ]
            if met and all(p.country != country for p in met):
                return country
        return None

    def _host_in_city(self, person: PersonFound) -> str | None:
        """ "The President of the Senate, X, hosted the Chair of Y at the Senate in Port Sylvan":
        who hosts someone in a city is of its country (not a seat of international bodies)."""
        body = self.body
        if not (self._says(" hosted ") or self._says(" hosts ")):
            return None  # the cheap test
        if not person.mentions:
            return None
        end = person.mentions[0][1]
        stop = body.find("\n", end)  # (a style's "Hon." ends no sentence: the line does)
        found = _HOSTED_IN.match(body, end, stop if stop >= 0 else len(body))
        if found is None or found["city"].lower() in _SEATS_OF_BODIES:
            return None
        country = country_of_city(found["city"])
        return country if country != EU else None

    def _office_named_with_country(self, person: PersonFound) -> str | None:
        """ "a courtesy call on the Minister of Fisheries of Peru" (a headline), then
        "Minister of Fisheries X": the one holder of that office the text names is of the
        country it names with the office."""
        title = person.title
        if not title or " " not in title:
            return None  # "the President of X": a one-word office may be anyone's
        others = [p for p in self.people if p is not person]
        if any(p.title == title for p in others):
            return None  # two of one office: which one's country, the text may not say
        body = self.body
        key = f"the {title} of "
        at = body.find(key)
        while at >= 0:
            after = body[at + len(key) : at + len(key) + 40]
            phrase = re.split(r"[\n,.;:()]", after, maxsplit=1)[0]
            country = _country_opening(phrase)
            # "the Ambassador of X to Y, H.E. Z": the office of someone named right after,
            # on its line
            near = at + len(key) + len(phrase) + 25
            named_after = any(
                at < start < near and "\n" not in body[at:start]
                for p in others
                for start, _ in p.mentions
            )
            if country is not None and not named_after:
                return country
            at = body.find(key, at + 1)
        # "the first visit by a UK Foreign Secretary to the region": the office after a
        # country, with an indefinite article (no one named after it). Tried only where the
        # office follows a blank (a search from every "a" costs far more): the word before it
        # holds no blank, so the blank before that word is the last one before the office,
        # and the article ends right before it. In text order and never overlapping, as
        # finditer's matches.
        end = 0  # where the last match ends
        after_blank = f" {title}"
        at = body.find(after_blank)
        while at >= 0:
            space = body.rfind(" ", 0, at)
            for start in (space - 2, space - 1):  # "an X", "a X"
                found = _indefinite_office(body, start, title) if start >= end else None
                if found is not None:
                    country = _country(found[0])
                    if country is not None and country != EU:
                        return country
                    end = found[1]
            at = body.find(after_blank, at + 1)
        return None

    def _met_in_city(self, person: PersonFound) -> str | None:
        """ "In Yerevan, the team met with Minister of Finance X": one met in a city the
        sentence opens with is of its country (not a seat of international bodies)."""
        before = self._before_name(person, 300)
        if not before.startswith("In ") or not _MET_WORDS.search(before):
            return None
        opening = _IN_CITY_OPENING.match(before)
        if opening is None or opening["city"].lower() in _SEATS_OF_BODIES:
            return None
        country = country_of_city(opening["city"])
        return country if country != EU else None

    def _countries_of_two_sides(self, people: list[PersonFound]) -> None:
        """A text on two countries ("between the United States and the Philippines", "the
        Fiji-Australia consultations", "Argentina and China agreed") that qualifies only the
        officials of one of them ("President X of the Philippines") tells of its own side's
        without a country: those are of the other one."""
        if any(_ENVOY_TO.search(f" {p.title} ") for p in people):
            return  # an envoy's hosts and compatriots alike go unqualified
        known = {p.country for p in people if p.country is not None and not p.eu_office}
        given = {p.country for p in people if p.country is not None and p.country_given}
        # (a delegation's members tell a side, not how the text qualifies its officials)
        given = {
            p.country
            for p in people
            if p.country is not None and p.country_given and p.start not in self._delegates
        } or given
        if len(given or known) != 1:
            return
        unknown = [
            p
            for p in people
            if p.country is None
            and not p.eu_office
            and p.title
            and _COMPANY_TITLE_WORDS.isdisjoint(p.title.lower().split())
        ]
        if not unknown:
            return
        body = self.body
        if "\n" in body[:600] and self._dateline() is not None:
            return  # an outlet's story: its dateline and its home tell whose its people are
        pairs = {frozenset((a, b)) for a, b, _, _ in self._country_pairs()}
        if len(pairs) > 1:
            return
        for start in _sentence_starts(body, self.tokens, self.capitals):
            found = _PAIR_SUBJECT.match(body, start)
            if found is None:
                continue
            a = _country_opening(found["a"])
            b = _country_opening(found["b"])
            if a is not None and b is not None and a != b and EU not in (a, b):
                pairs.add(frozenset((a, b)))
        if (
            not pairs
            and len(given) == 1
            and not _INTERNATIONAL.search(body)
            and not _CONFLICT_WORDS.search(body)
        ):
            # a text that names two countries only (and no international body, nor a
            # conflict, whose sides are no pair): the pair
            named = self._named_countries()
            if len(named) == 2 and given < named:
                pairs.add(frozenset(named))
        if len(pairs) != 1:
            return
        pair = next(iter(pairs))
        if not known <= pair:
            return
        own = next(iter(pair - (given or known)), None)
        for person in unknown:
            if (
                own is not None
                # a Chinese name in a text on China: `_fill_countries` reads it
                and not (own != "China" and "China" in pair and is_chinese_name(person.name))
                # "The delegation also included X": whose delegation, the text may not say
                and "delegation" not in self._before_name(person, 300)
            ):
                # "a visit by President X to <own>": a guest there, of the pair's other
                guest = own in self.countries_visited(person)
                person.country = next(iter(pair - {own}), None) if guest else own

    def _countries_across_meetings(self, people: list[PersonFound]) -> None:
        """In a text whose people are given two countries, a government official with none
        whom a sentence tells of meeting people of only one of them is of the other: "A was
        received at the government house by Deputy Prime Minister X" (A Chilean, the text on
        Chile and Norway) makes X Norwegian; "Trade Secretary X and Chilean Minister B
        co-chaired" makes X the other country's."""
        given = {p.country for p in people if p.country is not None and p.country_given}
        given.discard(EU)
        if len(given) not in (1, 2):
            return
        named = self._named_countries()
        if len(given) == 1:
            # "the Philippines-Indonesia Joint Trade Committee": the other of the one pair;
            # or of the two countries the text names
            pairs = {frozenset((a, b)) for a, b, _, _ in self._country_pairs()}
            if len(pairs) == 1 and given < next(iter(pairs)):
                given = set(next(iter(pairs)))
            elif len(named) == 2 and given < named:
                given = named
        if len(given) != 2:
            return
        # With a third country named, whose side an official is the text may not say, but
        # for "X and his Kazakh counterpart Y".
        strict = named <= given
        body = self.body
        # Under a dateline the outlet's country goes for its people: only a host of the
        # dateline's country is told apart from the visitors ("OSLO -- X met the Norwegian
        # minister Y": X may be of either).
        dateline = self._dateline() if "\n" in body[:600] else None
        host = country_of_city(dateline.city) if dateline and dateline.city else None
        # Where the people of the two countries are mentioned, in order, with their index:
        # a sentence finds its own by bisection, not by asking every person (an envoy "to" a
        # country meets their own country's officials too: left out).
        marks = sorted(
            (at, index)
            for index, other in enumerate(people)
            if other.country in given and " to " not in f" {other.title} "
            for at, _ in other.mentions
        )
        for index, person in enumerate(people):
            title = person.title or ""
            if (
                person.country is not None
                or person.eu_office
                or _OFFICIAL_WORDS.isdisjoint(_words(title.lower()))
                or " to " in f" {title} "
                or "-general" in title.lower()  # "Deputy Secretary-General": a body's
                or _INTERNATIONAL.search(title)
                or ("China" in given and is_chinese_name(person.name))
            ):
                continue
            # "Minister of Foreign Affairs X, Minister of Foreign Affairs of the Maldives Y":
            # the same office held by one of the two countries
            met: set[str | None] = {
                other.country
                for other in people
                if other is not person and other.title == title and other.country in given
            }
            mentions = person.mentions or [(person.start, person.start)]
            if not strict:
                for _, end in mentions:
                    pair = _AND_COUNTERPART.match(body, end)
                    found = _country(pair.group(1)) if pair else None
                    other_side = next(iter(given - {found}))
                    # (a side the text has not named yet is not the one it means: "X and
                    # his Kenyan counterpart" before a later leg of X's tour is named)
                    if found in given and self._first_namings().get(other_side, end) < end:
                        person.country = other_side
                        break
                continue
            sentences = [self._sentence_around(at, at) for at, _ in mentions]
            if any(
                _INTERNATIONAL.search(body, sentences[i][0], at)
                for i, (at, _) in enumerate(mentions)
            ):
                continue  # "Vice-President of the European Commission, X": a body's office
            for first, last in sentences:
                sentence = body[first:last]
                if not any(part in sentence for part in _ACROSS_MEETING_PARTS):
                    continue  # no word of a meeting (the cheap test)
                # (searched in the body between the sentence's bounds, a blank or a line's
                # end or no character on either side: as in the sentence alone)
                if not _ACROSS_MEETING.search(body, first, last) or _ALONGSIDE.search(
                    body, first, last
                ):
                    continue
                low = bisect.bisect_left(marks, (first, -1))
                high = bisect.bisect_left(marks, (last, -1))
                met.update(people[other].country for _, other in marks[low:high] if other != index)
            if len(met) == 1:
                other_side = next(iter(given - met))
                if dateline is None or other_side == host:
                    person.country = other_side
                    for at, _ in person.mentions:  # now of a side: met by those after
                        bisect.insort(marks, (at, index))

    def countries_visited(self, person: PersonFound) -> set[str]:
        """The countries the text has `person` visit or travel to ("a visit by Prime Minister
        X to the United States", "X will travel to Chile"): the person is a guest there, not
        one of its own."""
        body = self.body
        if not (self._says("visit") or self._says("travel") or self._says("arrive")):
            return set()  # the cheap test
        found: set[str] = set()
        for start, end in person.mentions or [(person.start, person.start + len(person.name))]:
            trip = _TRAVELS_TO.match(body, end)
            if trip is None and _VISIT_BY.search(body, max(0, start - 80), start):
                trip = _TO_PLACE.match(body, end)  # "a visit by X to Y"
            if trip is not None:
                place = trip["place"]
                country = _country_opening(place) or country_of_city(place)
                if country is not None:
                    found.add(country)
        return found

    def _led_side(self, person: PersonFound) -> str | None:
        """ "X led the Chile side": one who leads a country's side is of it."""
        body = self.body
        for _, end in person.mentions:
            led = _LED_SIDE.match(body, end)
            if led is not None:
                found = _country_opening(led.group(1))
                return found if found != EU else None
        return None

    def _named_countries(self) -> set[str]:
        """The countries the body names (or names by a demonym), the EU apart."""
        return set(self._first_namings())

    def _first_namings(self) -> dict[str, int]:
        """Where the body first names each country (or its demonym), the EU apart."""
        if self._namings is not None:
            return self._namings
        tokens = self.tokens
        n = len(tokens)
        found: dict[str, int] = {}
        after = 0  # the first token not yet read as part of a country's name
        for at in self.capitals:
            if at < after:
                continue
            kind = read_capital_memo(tokens[at].text)
            if kind is None:
                continue  # most capitalised words: no country's name nor the first word of one
            if kind[0]:
                country, size = _country_at(tokens, at, n)
            elif kind[1] and not _in_region(tokens, at):
                # what _country_at gives for a word that opens no name of several words
                # (read_capital told it, and the country the word names alone)
                country, size = kind[1], 1
            else:
                country, size = None, 0
            if country is not None:
                if not _dollar_next(self.body, tokens[at + size - 1].end):
                    # ("US$ 20 million": a currency, not a country)
                    found.setdefault(country, tokens[at].start)
                after = at + size
        found.pop(EU, None)
        self._namings = found
        return found

    def _side_country(self, person: PersonFound) -> str | None:
        """ "On the Azerbaijani side, it was attended by A, B and C": those listed after
        "on/from the <demonym> side" in its sentence are of that country."""
        body = self.body
        first, _ = self._sentence_around(person.start, person.start)
        sides = list(_SIDE.finditer(body, first, person.start))
        if not sides:
            return None
        side = sides[-1]  # the last one before the name
        found = _country(side.group(1))
        return found if found != EU else None

    def _referred_organisation_country(self, person: PersonFound) -> str | None:
        """ "the Hungarian Export Promotion Agency ... CEO of the Agency X": an office of
        "the <organisation's noun>" is of the country in the name of the organisation of
        that noun named shortly before."""
        _, of, noun = (person.title or "").rpartition(" of the ")
        if not of or not noun.istitle() or " " in noun or noun.lower() not in ORG_WORDS:
            return None
        if noun.lower() in _STATE_NOUNS:
            return None  # "Director of the Cabinet of the Presidency of the Republic": a state's
        at = _token_index(self.tokens, person.start)
        return self._organisation_country(at, noun) or self._earlier_office_country(person, noun)

    def _the_state_named(self, title: str) -> str | None:
        """ "Permanent Representative of the Kingdom to the United Nations" in a text that
        names "the Kingdom of Saudi Arabia": the one state the text names by that word."""
        match = _OF_THE_STATE.search(title)
        if match is None:
            return None
        word = match.group(1)
        office = title[: match.start()].rstrip()  # "President" of "President of the Republic"
        found: set[str | None] = set()
        for named in re.finditer(
            rf"\b{word} of (?:the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)", self.body
        ):
            if office and self.body.endswith(f"{office} of the ", 0, named.start()):
                # "The President of the Republic, X, received the President of the Republic
                # of Panama": the same office of another state, named in full for its holder
                return None
            found.add(_country_opening(named.group(1)))
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _earlier_office_country(self, person: PersonFound, noun: str) -> str | None:
        """ "Chairman of the Committee on X of the Y of Uzbekistan A ... Deputy Chairwoman of
        the Committee B": the one country of those named before whose office is of the
        organisation of that noun."""
        key = f" of the {noun.lower()}"
        found = {
            p.country
            for p in self.people
            if p.start < person.start and p.country and f"{key} " in f"{(p.title or '').lower()} "
        }
        return found.pop() if len(found) == 1 else None

    def _envoy_host(self, person: PersonFound) -> str | None:
        """ "Ambassador of Kazakhstan to Hungary A held a meeting ... with State Secretary
        B": whom an envoy to a country meets, in the sentence naming the envoy, is of the
        country the envoy is sent to."""
        body = self.body
        first, _ = self._sentence_around(person.start, person.start)
        for envoy in self.people:
            title = envoy.title or ""
            if envoy is person or " to " not in title or not first <= envoy.start < person.start:
                continue
            host = _country_opening(title.partition(" to ")[2].removeprefix("the "))
            if host is None or host == envoy.country:
                continue
            between = body[envoy.start : person.start]
            if ". " not in between and _MEETING_WORDS.search(between):
                return host
        return None

    def _listed_chains(self, people: list[PersonFound]) -> list[list[PersonFound]]:
        """Runs of three or more people a sentence introduces as one list, each after the
        one before, a comma or "and" and its own title ("attended by Minister of X of Chile
        A, acting Minister of Y B and Governor of Z C")."""
        chains: list[list[PersonFound]] = []
        chain: list[PersonFound] = []
        for person in sorted(people, key=lambda p: p.start):
            if chain and self._listed_after(chain[-1], person):
                chain.append(person)
                continue
            if len(chain) >= 3:
                chains.append(chain)
            chain = [person]
        if len(chain) >= 3:
            chains.append(chain)
        return chains

    def _citizen_country(self, person: PersonFound) -> str | None:
        """ "the cases of Ruritanian citizens Dr X and Ms Y", "Sylvanian national Z": the
        country of the demonym before "citizen" or "national" (what a Chinese name or the
        outlet's country would give is no match for it)."""
        lead = self.body[max(0, person.start - _CITIZEN_LEAD) : person.start]
        if "itizen" not in lead and "ational" not in lead:
            return None
        before = _CITIZEN_BEFORE.search(lead)
        return country_of_demonym(before["demonym"]) if before else None

    def _country_before_office(self, person: PersonFound) -> str | None:
        """ "Ruritania wants ..., the country's Deputy Prime Minister X said": the country the
        sentence names first; "Dubai Chambers President X": the city's country, for a city's
        chamber, port, university or council."""
        body = self.body
        title = person.title or ""
        lead = body[max(0, person.start - len(title) - 60) : person.start]
        if not lead.endswith(title + " "):
            return None
        lead = lead[: -len(title) - 1]
        if lead.endswith(("the country's ", "the country’s ")):
            stop = max(body.rfind(". ", 0, person.start), body.rfind("\n", 0, person.start))
            for word in _CAPITAL_WORD.finditer(body, stop + 1, person.start - len(lead) + 20):
                found = _country(word.group(0))
                if found is not None and found != EU:
                    return found
            return None
        city = _CITY_BODY_BEFORE.search(lead)
        if city is None and title.lower() in _CITY_HEADS:
            city = _CITY_BEFORE.search(lead)  # "Almaty Mayor X": the city's mayor
        return country_of_city(city["city"]) if city else None

    def _countries_of_pairs(self, people: list[PersonFound]) -> None:
        """ "meet Tajik Foreign Minister A and the Minister of Energy, B": a minister named
        with no country right after another country's minister, joined by "and", is of that
        country too."""
        ordered = sorted(people, key=lambda p: p.start)
        for before, person in pairwise(ordered):
            if (
                person.country is None
                and not person.eu_office
                and person.title
                and before.country is not None
                and before.country_given
                and before.title
                and "minister" in person.title.lower().split()
                and not _GOVERNMENT_WORDS.isdisjoint(before.title.lower().split())
                and self._listed_after(before, person)
                and self._joined_by_and(before, comma=True)
            ):
                person.country = before.country

    def _countries_of_mirrored_pairs(self, people: list[PersonFound]) -> None:
        """ "A of Spain held talks with B of Japan, also attended by Secretary of State X and
        Japan's State Minister Y": in a sentence on two people of two countries, one named
        with no country right before one of them, joined by "and", is of the other."""
        ordered = sorted(people, key=lambda p: p.start)
        body = self.body
        for person, after in pairwise(ordered):
            if (
                not _without_country(person)
                or after.country is None
                or not after.country_given
                or not self._listed_after(person, after)
                or not _AND_NEXT.match(body, person.start + len(person.name))
            ):
                continue
            first, last = self._sentence_around(person.start, person.start)
            sides = {
                p.country
                for p in people
                if p is not person and p.country_given and first <= p.start < last
            }
            sides.discard(None)
            if len(sides) == 2 and after.country in sides:
                person.country = next(iter(sides - {after.country}))

    def _joined_by_and(self, person: PersonFound, *, comma: bool = False) -> bool:
        """Whether "and" follows the first mention of `person` right away (with `comma`,
        ", and" too: "Chile's Minister of X, A, and Minister of Y B")."""
        end = next((e for s, e in person.mentions if s == person.start), None)
        if end is None:
            return False
        tokens = self.tokens
        at = _token_index(tokens, end)
        if comma and at + 1 < len(tokens) and tokens[at].text == ",":
            at += 1
        return at < len(tokens) and tokens[at].text == "and"

    def _listed_after(self, before: PersonFound, person: PersonFound) -> bool:
        """Whether `person` is named right after `before` in a list: a comma or "and", then
        words of a title only (capitalised words, title words, connectors)."""
        end = next((e for s, e in before.mentions if s == before.start), None)
        if end is None or person.start <= end:
            return False
        tokens = self.tokens
        first = _token_index(tokens, end)
        last = _token_index(tokens, person.start)
        if first >= last or tokens[first].text not in (",", "and") or last - first > 16:
            return False
        return all(
            t.cap
            or t.text in ("(", ")", ",", "-", "–")
            or t.low() in NAME_GLUE_WORDS
            or t.low() in TITLE_WORDS
            for t in tokens[first + 1 : last]
        )

    def _countries_of_list(self, chain: list[PersonFound]) -> None:
        """Give a listed person with an office and no country one: that of the people
        listed right before and after, when they share it ("Minister of X of Afghanistan A,
        acting Minister of Y B and Governor of Herat Province C"); else the one country
        left when the sentence, or the one before, lists as many countries as the list has
        people and every other person has a different one of them ("the heads of the
        railways of A, B, C and D ... attended by ... W, X, Y and Z")."""
        for before, person, after in zip(chain, chain[1:], chain[2:], strict=False):
            if (
                _without_country(person)
                and before.country is not None
                and before.country == after.country
            ):
                person.country = before.country
        missing = [p for p in chain if p.country is None]
        if len(missing) != 1 or missing[0].eu_office or not missing[0].title:
            return
        known = [p.country for p in chain if p.country is not None]
        if len(set(known)) != len(known):
            return
        for countries in self._country_lists_before(chain[0].start):
            if len(countries) == len(chain) and set(known) <= set(countries):
                missing[0].country = next(c for c in countries if c not in known)
                return

    def _country_lists_before(self, at: int) -> list[list[str]]:
        """The lists of countries ("A, B, C and D") of the sentence holding body[at] and
        of the sentence before it."""
        body = self.body
        first, _ = self._sentence_around(at, at)
        stop = first - 1
        while stop > 0 and body[stop].isspace():
            stop -= 1
        if stop > 0:
            first, _ = self._sentence_around(stop, stop)
        tokens = self.tokens
        lo = _token_index(tokens, first)
        hi = _token_index(tokens, at)
        found: list[list[str]] = []
        i = lo
        while i < hi:
            listed = self._country_list_at(i) if tokens[i].cap else None
            if listed is None:
                i += 1
                continue
            found.append(listed[0])
            i = listed[1]
        return found

    def _visitor_country(self, person: PersonFound) -> str | None:
        """ "Minister X made an official visit to Uzbekistan ... Minister X and Minister Y
        reaffirmed the relations between Singapore and Uzbekistan": one who visits a country,
        told of with a host in a sentence pairing it with one other country ("between A and
        B", "the A-B commission"), is of that other country. So is one who "met with" someone
        of A in a sentence on "the A-B partnership" ("Secretary X met today in Washington
        with Turkmen Foreign Minister Y to discuss the U.S.-Turkmenistan partnership")."""
        body = self.body
        name_end = person.start + len(person.name)
        stop = body.find(".", name_end)
        visit = _VISITS.match(body[name_end : stop if stop >= 0 else len(body)])
        visited = _country_opening(visit.group(1)) if visit else None
        partners: set[str] = set()
        for a, b, start, end in self._country_pairs():
            at = next((s for s, _ in person.mentions if start <= s < end), None)
            if at is None:
                continue
            for someone in self.people:
                if someone.country not in (a, b) or someone is person:
                    continue
                other = b if someone.country == a else a
                if someone.country == visited:
                    if _mentioned_in(someone, start, end):
                        partners.add(other)  # a host of the country visited
                    continue
                if " to " in f" {someone.title} " or someone.title is None:
                    continue  # an envoy "to" a country meets their own country's officials
                met = next((s for s, _ in someone.mentions if at < s < end), None)
                if met is not None and _MET_WORDS.search(body, at, met):
                    partners.add(other)  # "X met with Y of A"
        return partners.pop() if len(partners) == 1 else None

    def _dateline(self) -> Dateline | None:
        """The body's dateline (parse_dateline), as the caller gave it."""
        return self._dateline_found

    def _international_wire(self) -> bool:
        """Whether the body's dateline credits an agency of no one country (Reuters, AFP)."""
        if self._wire is None:
            # A wire's credit is in brackets near the top: "ASTANA, Nov 24 (Reuters) -".
            dateline = self._dateline() if "(" in self.body[:400] else None
            self._wire = bool(
                dateline and dateline.agency and country_of_agency(dateline.agency) is None
            )
        return self._wire

    def _country_pairs(self) -> list[tuple[str, str, int, int]]:
        """The pairs of two countries the body names ("between A and B", "A-B"), each with
        the bounds of its sentence; none from a sentence on a conflict (computed once)."""
        if self._pairs is None:
            body = self.body
            self._pairs = []
            found: list[tuple[str, str, int, int]] = [
                (m.group(1), m.group(2), m.start(), m.end()) for m in _BETWEEN_PAIR.finditer(body)
            ]
            for at in _pair_dashes(body):
                after = _WORD_AFTER.match(body, at + 1)
                if after is None or _country(after.group()) in (None, EU):
                    continue  # no country after the dash: no pair (told before the search)
                before = _word_before(body, at)
                if before >= 0:
                    found.append(
                        (body[before:at].rstrip("\n"), after.group(), before, after.end())
                    )
            for first, second, at, stop in sorted(found, key=lambda f: f[2]):
                a = _country_opening(first)
                b = _country_opening(second)
                if a is None or b is None or a == b:
                    continue
                start, end = self._sentence_around(at, stop)
                if not _CONFLICT_WORDS.search(body, start, end):
                    self._pairs.append((a, b, start, end))
        return self._pairs

    def _spoken_for(self, person: PersonFound) -> str | None:
        """ "Kazakhstan has agreed to build X, Energy Minister Y told reporters": an office
        of a government with no country, in the attribution of a sentence whose subject is a
        country, is that country's; "Y told reporters in Astana" is of the capital's."""
        title = person.title or ""
        if not _GOVERNMENT_WORDS & _words(title.lower()) or " to " in f" {title} ":
            return None
        if not self._international_wire():
            return None  # a national outlet's own people get its country, not the subject's
        body = self.body
        stop = body.rfind(". ", 0, person.start)
        start = max(stop + 2 if stop >= 0 else 0, body.rfind("\n", 0, person.start) + 1)
        opening = _COUNTRY_SUBJECT.match(body, start)
        if opening is None:
            # "ALMATY, Sept 12 (Reuters) - Kazakhstan has agreed": after a dateline's dash
            dash = _DATELINE_DASH.search(body, start, person.start)
            opening = _COUNTRY_SUBJECT.match(body, dash.end()) if dash else None
        if opening and "," in body[opening.end() : person.start]:
            found = _country_opening(opening.group(1))
            if found is not None:
                return found
        name_end = person.start + len(person.name)
        told = _TOLD_IN.match(body, name_end)
        if told:
            return country_of_city(told.group(1)) or country_of_city(told.group(1).split()[0])
        return None

    def _its_country(self, person: PersonFound) -> str | None:
        """ "Peru has shut half of its coastal mines, its mining chief X said": an
        office of "its" in a sentence whose subject is a country is that country's."""
        before = self._before_name(person, 300)
        if not _ITS_OFFICE.search(before):
            return None
        opening = _COUNTRY_SUBJECT.match(before)
        found = _country_opening(opening.group(1)) if opening else None
        return found if found != EU else None

    def _body_country(self, title: str) -> str | None:
        """ "Speaker of the House of Representatives" after "a delegation of the House of
        Representatives of Indonesia": the one country the text gives the body the office
        is of ("<body> of <country>", "<country>'s <body>", "the <demonym> <body>")."""
        _, of, body_name = title.partition(" of the ")
        words = body_name.split()
        if (
            not of
            or not words
            or not words[0][0].isupper()
            or (len(words) == 1 and words[0].lower() not in _CHAMBER_WORDS)
        ):
            return None
        found = self._countries_of_body(body_name)
        if not found and len(words) > 1 and words[0].lower() in _CHAMBER_WORDS:
            # "Chairman of the Senate Committee on X" after "the Senate of Uzbekistan": a
            # committee of that chamber
            found = self._countries_of_body(words[0])
        return found.pop() if len(found) == 1 else None

    def _acronym_country(self, title: str) -> str | None:
        """ "KNCCI National President" after "the Kenya National Chamber of Commerce and
        Industry (KNCCI)": the country a body's name opens with, the body named in the
        office by the initials the text gave it."""
        acronym = next((w for w in title.split() if _ACRONYM_WORD.fullmatch(w)), None)
        if acronym is None:
            return None
        at = self.body.find(f" ({acronym})")
        if at < 0:
            return None
        name = _NAME_BEFORE_BRACKET.search(self.body, max(0, at - 120), at)
        if name is None:
            return None
        words = name.group(1).split()
        if words[0] in ("The", "the"):
            words = words[1:]
        return _country_opening(" ".join(words))

    def _countries_of_body(self, body_name: str) -> set[str]:
        """The countries the text gives a body ("<body> of <country>", "<country>'s <body>")."""
        text = self.body
        found: set[str] = set()
        for hit in re.finditer(re.escape(body_name), text):
            after = _COUNTRY_AFTER_BODY.match(text, hit.end())
            if after:
                # "Senate of the Oliy Majlis": a chamber of a parliament named by its own name
                phrase = after.group(1)
                found.add(_country_opening(phrase) or _legislature_opening(phrase) or "")
            before = _OWNER_RIGHT_BEFORE_BODY.search(text, max(0, hit.start() - 40), hit.start())
            if before:
                found.add(_country(before.group(1)) or "")
        return found - {"", EU}

    def _visit_host(self, person: PersonFound) -> str | None:
        """ "a state visit to Japan ... the head of state met Speaker of the House X": whom
        the visitors meet on a visit to one country is of that country (an office "to" a
        country, an envoy's, is not)."""
        body = self.body
        title = person.title or ""
        arrivals = [country for at, country in self._arrivals() if at < person.start]
        if (
            not self._says(" visit to ")
            and not self._says(" Visit to ")
            and not self._says(" visits ")
            and not self._says(" Visits ")
            and not arrivals
        ) or " to " in f" {title} ":
            return None
        visited: set[str] = set(arrivals)
        for match in _VISIT_TO.finditer(body, 0, person.start):
            found = _visited_country(match)
            if found is None:
                continue
            if _FUTURE_VISIT.search(body, max(0, match.start() - 120), match.start()):
                return None  # "will pay a state visit to Japan": not yet under way
            visited.add(found)
        if len(visited) != 1:
            return None
        met = _MET_BEFORE.search(body, max(0, person.start - 160), person.start)
        if met is None:
            return None
        if _IN_COMPANY.search(body, max(0, met.start() - 24), met.start()):
            return None  # "also attended by Minister X": of either side
        if "meet " in met.group()[:12] and _ONWARD.search(self._before_name(person, 200)):
            return None  # "X flies on to Chile, where he is to meet Y": a host elsewhere
        return visited.pop()

    def _arrivals(self) -> list[tuple[int, str]]:
        """Where the text tells of a visitor in a country on a visit under way ("X, who
        arrived in Italy on an official visit", "who is in Tashkent on a working visit"), with
        that country."""
        if self._arrived is None:
            self._arrived = []
            if " visit" in self.body:
                for found in _arrived_on_visit(self.body):
                    place = found["place"]
                    country = (
                        _country_opening(place)
                        or country_of_city(place)
                        or country_of_city(place.split()[0])
                    )
                    if country is not None and country != EU:
                        self._arrived.append((found.start(), country))
        return self._arrived

    def _visitor_host(self, person: PersonFound) -> str | None:
        """ "President X held talks with President of France Y, who is in Kazakhstan on an
        official visit", "X welcomed Y, who arrived in Uzbekistan on a state visit": the one
        who receives a visitor in a country is of that country."""
        body = self.body
        for at, country in self._arrivals():
            before = body[max(0, at - 12) : at]
            comma = before.rfind(", who ")
            if comma < 0 or before[comma:].strip() != ", who":
                continue
            visitor_end = at - len(before) + comma  # the visitor's name ends at the comma
            visitor = next(
                (p for p in self.people for _, end in p.mentions if end == visitor_end), None
            )
            if visitor is None or visitor is person or visitor.country == country:
                continue
            first, _ = self._sentence_around(at, at)
            starts = [start for start, _ in visitor.mentions if first <= start < visitor_end]
            if not starts:
                continue
            for start, end in person.mentions:
                if first <= start and end <= starts[0] and _HOST_VERB.match(body[end : starts[0]]):
                    return country
        return None

    def _destination_host(self, person: PersonFound) -> str | None:
        """ "X travels to Tonga on Thursday, where he is due to meet Prime Minister Y",
        "X flew to Apia to meet Prime Minister Y", "X will visit Tonga for talks with Prime
        Minister Y": whom a traveller goes to a country (or its city) to meet is of that
        country."""
        body = self.body
        start = body.rfind("\n", 0, person.start) + 1
        stop = body.rfind(". ", start, person.start)
        before = body[max(start, stop + 2 if stop >= 0 else 0, person.start - 300) : person.start]
        found = None
        if (" to " in before or " for " in before) and (
            "meet" in before or " by " in before or "talks" in before
        ):
            found = _DESTINATION_MEET.search(before)
        if found is None and "visit" in before and " with " in before:
            found = _VISIT_FOR_TALKS.search(before)
        if found is None:
            return None
        place = found.group("place")
        country = _country_opening(place) or country_of_city(place)
        return country if country != EU else None

    def _met_where_in_city(self, person: PersonFound) -> str | None:
        """ "The tour started Monday in Astana, where X met A and then paid a courtesy call on
        President Y": whom a visitor meets in a city, "where" the sentence says, is of its
        country (not a seat of international bodies)."""
        if not self._says(", where "):
            return None  # the cheap test
        before = self._before_name(person, 300)
        found = _IN_CITY_WHERE.search(before)
        if found is None or found["city"].lower() in _SEATS_OF_BODIES:
            return None
        country = country_of_city(found["city"])
        return country if country != EU else None

    def _employer_country(self, name_at: int) -> str | None:
        """ "QazaqGaz Chief Executive X" after "Kazakhstan's state gas company QazaqGaz":
        the country the text gives the organisation named in the office before the name."""
        tokens = self.tokens
        body = self.body
        i = _token_index(tokens, name_at) - 1
        if i >= 0 and tokens[i].text == ",":
            i -= 1  # "The consortium's chief executive, X Y,"
        low_limit = max(0, i - 8)
        while (
            i >= low_limit
            and tokens[i].low() != "its"
            and (
                tokens[i].cap
                or tokens[i].low() in TITLE_WORDS
                # "Erdenetmet Chairman of the Management Board X"
                or (tokens[i].text in ("of", "the") and i > 0 and tokens[i - 1].text != ".")
            )
        ):
            word = tokens[i].bare
            if word.lower() not in NOT_NAME_WORDS and len(word) > 2 and not _country(word):
                if word not in self._owners:  # the same office words come back person after person
                    # ("Turkmenbuild Chairman X": a company named after its country)
                    self._owners[word] = self._owner_of(word) or _compound_company_country(word)
                if self._owners[word] is not None:
                    return self._owners[word]
            i -= 1
        low = tokens[i].low() if i >= 0 else ""
        if low == "its" or (low.endswith(_POSSESSIVE) and low[:-2] in _REFERRING_COMPANY_WORDS):
            # "the Polish drug maker X ... Its CEO Y", "a consortium led by France's X ... The
            # consortium's chief executive, Y": the company named last before.
            if low == "its":
                named = self._organisation_country(i)
                if named is not None:
                    return named
            window = max(0, tokens[i].start - 800), tokens[i].start
            hits = list(_COMPANY_OWNER.finditer(body, *window))
            hits += [
                m
                for m in _OWNER_OF_NAME.finditer(body, *window)
                if m.group(2).lower() not in TITLE_WORDS and m.group(2).lower() not in FIELD_WORDS
            ]
            last = max(hits, key=lambda m: m.start(), default=None)
            found = _country(last.group(1)) if last else None
            return found if found != EU else None
        return None

    def _organisation_country(self, its: int, noun: str | None = None) -> str | None:
        """ "at the French Development Agency (AFD) in Paris, ... met with its Director
        General": the one country named in (or right after: "of Chile") the name of the
        organisation the sentence gives last before tokens[its] ("its"). With `noun`
        ("Agency" of "CEO of the Agency X"), the last organisation of that noun named in the
        80 tokens before."""
        tokens = self.tokens
        j = its - 1
        low_limit = max(0, its - 80) if noun else 0
        while j >= low_limit and (noun or tokens[j].text not in (".", ";")):
            token = tokens[j]
            if (
                token.cap
                and (token.bare == noun if noun else token.bare_low() in ORG_WORDS)
                and j > 0
                and tokens[j - 1].cap
            ):
                break  # "Development Agency": a name of two words or more ends here
            j -= 1
        else:
            return None
        if j < 0 or tokens[j].text in (".", ";"):
            return None
        found: set[str] = set()
        after = j + 2
        if after < its and tokens[j + 1].text == "of" and tokens[after].text == "the":
            after += 1
        if after < its and tokens[j + 1].text == "of":
            country, _ = _country_at(tokens, after, its)  # "the Development Agency of Chile"
            if country is not None:
                found.add(country)
        k = j
        while k >= 0 and (tokens[k].cap or tokens[k].text in ("of", "for", "and")):
            country = _country(tokens[k].bare) if tokens[k].cap else None
            if country is not None:
                found.add(country)
            k -= 1
        found.discard(EU)
        return found.pop() if len(found) == 1 else None

    def _owner_of(self, word: str) -> str | None:
        """The country the body gives the organisation called `word`, if any."""
        body = self.body
        if word.isupper() and f"({word})" in body:
            # "Iran's National Iranian Gas Company (NIGC)": the country its full name gives
            at = body.index(f"({word})")
            named = _NAME_BEFORE_ACRONYM.search(body, max(0, at - 90), at)
            if named:
                # "Ethiopia and the Abu Dhabi Fund for Development (ADFD)": the name is what
                # follows "and the"
                name = named.group(0).rpartition(" and the ")[2]
                for part in name.replace("’s", " ").replace("'s", " ").split():
                    found = _country(part)
                    if found and found != EU:
                        return found
                words = name.split()
                # "Abu Dhabi Fund for Development": a body named after its city
                found = country_of_city(" ".join(words[:2])) if len(words) > 2 else None
                if found and found != EU:
                    return found
        # (a pattern below that has `word` after "company " or "'s " can match only where the
        # word stands so: that is looked for first, at the word's few places in the body)
        if _after_blanks_after(body, word, _EMPLOYER_ENDING):
            for hit in re.finditer(_EMPLOYER + re.escape(word) + r"\b", body):
                owner = _OWNER_BEFORE.search(body, max(0, hit.start() - 60), hit.start())
                found = _country(owner.group(1)) if owner else None
                if found and found != EU:
                    return found
        if not _after_blanks_after(body, word, _POSSESSIVE_ENDING):
            return None
        # "Kazakhstan's KazAgroMash Holding": a possessive right before the company.
        for hit in re.finditer(r"(?:’s|'s)\s+" + re.escape(word) + r"\b", body):
            owner = _OWNER_RIGHT_BEFORE.search(body, max(0, hit.start() - 40), hit.end())
            found = _country(owner.group(1)) if owner else None
            if found and found != EU:
                return found
        return None

    # --- names ------------------------------------------------------------------------
    def run(self) -> list[PersonFound]:
        tokens = self.tokens
        body = self.body
        n = len(tokens)
        i = 0  # the first token not yet in a run
        runs: list[tuple[int, int]] = []
        for at in self.capitals:
            if at < i:
                continue
            i = at
            j = i + 1
            while j < n:
                # Each branch that goes on tests first that no line ends before tokens[j]
                # (most runs end at a lower-case word, with no need to look at the blanks).
                token = tokens[j]
                if token.cap and (
                    not tokens[j - 1].possessive or tokens[j - 1].bare_low() == "people"
                ):
                    if "\n" in body[tokens[j - 1].end : token.start]:
                        break  # a line ends the run: "GABALA, Azerbaijan" above the first line
                    j += 1  # "People's" goes on a name ("Lao People's Democratic Republic")
                elif (
                    token.text == "."
                    and _is_initial(tokens[j - 1])
                    and j + 1 < n
                    and tokens[j + 1].cap
                    # (an initial opens a run only after a courtesy title: "Mr. G. X")
                    and (j - 1 > i or self._honorific_before(i))
                    and _name_like(tokens[j + 1].text)  # "Wang Yi. The minister": a full stop
                    # "President Xi. I believe": the pronoun opens a sentence
                    and not (
                        tokens[j + 1].text == "I" and j + 2 < n and tokens[j + 2].text.islower()
                    )
                ):
                    if "\n" in body[tokens[j - 1].end : token.start]:
                        break
                    j += 1  # an initial: "John F. Smith", "President of Uzbekistan Sh.X"
                elif token.low() in NAME_PARTICLES:
                    # "van der X": particles count only when a capital word follows.
                    m = j
                    while m < n and tokens[m].low() in NAME_PARTICLES:
                        m += 1
                    if (
                        m < n
                        and m - j <= 3
                        and tokens[m].cap
                        and "\n" not in body[tokens[j - 1].end : token.start]
                    ):
                        j = m + 1
                    else:
                        break
                else:
                    break
            if j - i >= 2:
                runs.append((i, j))  # a lone capitalised word is a new person only
            elif i >= 2 and (
                tokens[i - 1].text in _LONE_NAME_HEADS
                or (tokens[i - 1].text == "," and tokens[i - 2].text in _LONE_NAME_HEADS)
            ):
                runs.append((i, j))  # ... after "counterpart": one who goes by one name
            i = j
        for start, end in runs:
            if end - start == 1:
                self._consider_lone_name(start)
            else:
                self._consider_run(start, end)
        if " – " in body or " — " in body:
            self._listed_lines()
        people = self.people
        for index, person in enumerate(people):
            if person.title is None and not person.eu_office:
                person.title = self._office_in_next_sentence(index)
        if people and "resident" in body:
            self._president_by_role()
        for index, person in enumerate(people):
            # "his Hungarian counterpart X": X holds the same office as the one named before
            # (before roles are read: "the Hungarian minister" is X).
            # ("his Chilean peer X": the same)
            if (
                person.title
                and person.title.lower().endswith(("counterpart", "peer"))
                and index > 0
            ):
                office = people[index - 1].title or person.title
                # "External Affairs Minister X ... his Turkmen counterpart Y": India's name of
                # the office is not Turkmenistan's
                person.title = _GENERIC_OFFICES.get(office, office)
        self._find_mentions()
        return people

    def _consider_lone_name(self, at: int) -> None:
        """Add the one who goes by one name, "his Velmoran counterpart Sutarjo" (as many
        Indonesians do), holding the counterpart's office; or mark a later mention of
        someone named before."""
        token = self.tokens[at]
        low = token.bare.lower()
        if (
            not self._plain_surname(token)
            or low in WEEKDAY_WORDS
            or low in MONTH_WORDS
            or _country(token.bare) is not None
            or _demonym(token.bare)
        ):
            return
        earlier = self._earlier_by_short_name(token.bare)
        if earlier is not None:
            self._mark(at, at + 1, earlier)
            return
        title, country, eu = self._title_before(at, at + 1, at)
        if title is not None:
            self._add_person(at, at + 1, title, country, eu)

    def _consider_run(self, start: int, end: int) -> None:
        if end - start < 2:
            return  # a lone capitalised word is never a new person (only a later mention)
        tokens = self.tokens
        if tokens[start].low() in _HEADLINE_VERBS:
            # "X Meets Y, Pledges Support for Z": a headline's second verb opens no name
            start += 1
            if end - start < 2:
                return
        for m in range(start + 1, end):
            if tokens[m].low() in _HEADLINE_VERBS:
                end = m  # "Minister X Y Holds Talks with": a title-case headline's verb
                break
        if end - start >= 3 and tokens[end - 1].text in _POST_NOMINALS:
            end -= 1  # "Dr Jane Roe MP": a member's letters after the name, no part of it
        elif end - start >= 3 and tokens[end - 1].low() in WEEKDAY_WORDS:
            end -= 1  # "met Minister Aldo Varga Thursday": the day, told without "on"
        if end - start < 2:
            return
        if (
            self._appositions
            and self._appositions[-1][0] < start < self._appositions[-1][1]
            and tokens[start].bare_low() not in TITLE_WORDS
        ):
            return  # "X, chief executive of the Bukhara Cotton Cluster,": X's employer
        # The name is the tail of the run made of name-like words.
        k = end
        while k > start and (
            _name_like(tokens[k - 1].text)
            or tokens[k - 1].low() in NAME_PARTICLES
            or (tokens[k - 1].text == "Jan" and k < end)  # "Jan Novak", not "Jan 5"
            # "X R. Y": a middle initial and its stop inside the name; "A.K. Y", "X L.P. Y"
            or (k < end and k - 1 > start and _INITIALS.fullmatch(tokens[k - 1].text) is not None)
            or (
                k < end
                and tokens[k - 1].text == "."
                and (k - 2 > start or (k - 2 == start and self._honorific_before(start)))
                and _middle_initial(tokens[k - 2])
            )
            or (
                k < end
                and tokens[k].text == "."
                and k - 1 > start
                and _middle_initial(tokens[k - 1])
            )
            # "X bin Sultan Al Y": after "bin" an office word is a father's name
            or (k - 2 > start and k < end and tokens[k - 2].low() in _CHAIN_PARTICLES)
            # "General Secretary To Lam": a capitalised "To" after an office opens a name
            or (
                k < end
                and tokens[k - 1].text == "To"
                and k - 2 >= start
                and tokens[k - 2].bare_low() in TITLE_HEADS
            )
        ):
            k -= 1
        style_surname = (
            k == end
            and end - start >= 3
            and tokens[end - 1].bare_low() in _STYLE_NAMES
            and end < len(tokens)
            and tokens[end].text == ","
            and _name_like(tokens[end - 2].text)
            and _name_like(tokens[end - 3].text)
        )
        if style_surname:
            # "Y Z Sheikh, chairman of X,": a style of address as a surname
            k = end - 1
            while k > start and end - k < 4 and _name_like(tokens[k - 1].text):
                k -= 1
        if k == end:
            return  # no name-like word ends the run ("the Ministry of Foreign Affairs")
        if (
            k >= 2
            and tokens[k - 1].text == "for"
            and tokens[k - 2].bare_low() in TITLE_WORDS
            and self._named_after_comma(end)
        ):
            # "the Special Representative for Human Rights, X Y,": the words after
            # "for" are the office's field, the name follows the comma
            return
        if tokens[start].text in _LEGAL_PREFIXES and all(
            t.bare_low() not in TITLE_WORDS for t in tokens[start:end]
        ):
            return  # "PT Sinar Jaya Abadi signed": a company's name after its legal form
        if k == start + 1 and end - k == 1 and self._capital_surname(start):
            k = start  # "Mr. YAMADA Taro": a surname in capitals, then the given name
        given_office_word = (
            k - 1 >= start
            and end - k >= 2
            and tokens[k - 1].text in _TITLE_GIVEN_NAMES
            and (
                # "Minister of State X bin Y Al Z" with X an office word: a ruler's style
                # comes before a name, so right before "bin" it is the name itself
                tokens[k].low() in _CHAIN_PARTICLES
                or (
                    k - 2 >= 0
                    and (
                        tokens[k - 2].bare_low() in TITLE_HEADS
                        or tokens[k - 2].text == "."
                        or country_of_name(tokens[k - 2].text) not in (None, EU)
                    )
                )
            )
        )
        if given_office_word:
            k -= 1  # "Foreign Minister Amir Khan Muttaqi": a given name, not a second office
        while k < end and (tokens[k].low() in NAME_PARTICLES or tokens[k].low() in _NAME_STYLES):
            if end - k >= 3 and tokens[k].cap and tokens[k].low() in _VIETNAMESE_SURNAMES:
                break  # "Le Van Tam": a Vietnamese surname, not the particle "le"
            if (
                end - k == 2
                and tokens[k].cap
                and tokens[k].low() in _CHINESE_SURNAMES
                and _PINYIN_GIVEN.fullmatch(tokens[k + 1].text)
            ):
                break  # "Du X": a Chinese surname, not the particle "du"
            k += 1  # "Shri X Y": a style of address is no part of the name
        if (
            end - k >= 4
            and tokens[k].text in ("Tan", "Puan")
            and tokens[k + 1].text in ("Sri", "Seri")
        ):
            k += 2  # "Tan Sri X Y Z", "Puan Sri X Y Z": a Malaysian style of two words
        if (
            end - k == 1
            and k - 2 >= start
            and tokens[k - 1].low() in _CHINESE_SURNAMES
            and tokens[k - 2].bare_low() in TITLE_HEADS
        ):
            k -= 1  # "Vice Premier He Lifeng": a Chinese surname that is also a word
        caps = [t for t in tokens[k:end] if t.cap]
        if (
            end - k == 1
            and k > start
            and tokens[k - 1].bare_low() in _ROYAL_NAME_WORDS
            and self._plain_surname(tokens[k])
        ):
            # "His Majesty Sultan X, King of Y,": a ruler's name with its royal word, then
            # the office he holds (no later mention of someone named "... X"). Not the rule
            # below for "Sultan X": that one's office is the word before, this one's after.
            office = self._apposition_after(end)
            earlier = self._earlier_by_short_name(tokens[k].bare)
            held = self.people[earlier].title if earlier is not None else None
            if (
                office[0] is not None
                and office[0].split()[0].lower() != tokens[k - 1].bare_low()
                and (held is None or held.split()[0] != office[0].split()[0])
            ):
                self._add_person(k - 1, end, *office)
                return
        if (end - k == 1 and k > start and tokens[k - 1].bare_low() in TITLE_HEADS) or (
            end - k == 2 and tokens[k].bare_low() in _STYLE_NAMES
        ):
            # "Ambassador Y", "HH Shaikh X": a title or style of address before
            # one word of a name given in full before ("W Y Z").
            styled = tokens[end - 2].bare_low() in _STYLE_NAMES
            # "President X" after "X Y Z": a head of state called by the given name
            by_given = styled or tokens[end - 2].bare_low() in HEAD_OF_STATE_TITLES
            index = self._earlier_by_short_name(tokens[end - 1].bare, given=by_given)
            if index is not None:
                self._mark(end - 1, end, index)
                return
        office_end = k  # "Deputy Foreign Minister Datuk X Y Z": the style apart
        while office_end > start + 1 and (
            tokens[office_end - 1].low() in _NAME_STYLES
            # "Deputy Prime Minister Datuk Seri Dr X Y Z"
            or (office_end == k and tokens[office_end - 1].low() in _HONORIFICS)
        ):
            office_end -= 1
        after_title = (
            given_office_word
            or (
                office_end > start
                and (
                    tokens[office_end - 1].low() in TITLE_WORDS
                    or tokens[office_end - 1].low() in _PLURAL_HEADS
                    # "Minister of Economy X Y Z": a portfolio ends the office
                    or self._portfolio_ends_at(office_end)
                    # "Deputy Secretary of the Shipping Ministry X Y Z": a body ends it
                    or (
                        tokens[office_end - 1].bare_low() in _OFFICE_BODIES
                        and any(
                            t.bare_low() in TITLE_HEADS
                            for t in tokens[max(0, office_end - 7) : office_end - 1]
                        )
                    )
                )
            )
            # "his Pakistani counterpart X Y Z": an office in lower case
            or (k == start and start > 0 and tokens[start - 1].text in TITLE_HEADS)
            # "Speaker of the Consultative Assembly (Majlis) X Y Z": a body's own name in
            # brackets closes the office
            or (
                k == start
                and start > 3
                and tokens[start - 1].text == ")"
                and tokens[start - 3].text == "("
                and tokens[start - 2].cap
                and tokens[start - 4].cap
                and self._office_ends_at(start - 4, max(0, start - 14))
            )
            or (k == start and self._plural_of_both(start) is not None)
            # "the Chancellors of both countries, A B C D and X Y Z": the second name
            or (k == start and self._shared is not None and self._shared[0] == start - 1)
            # "Representative of X to the UN and other international organizations A B C"
            or (k == start and self._other_bodies_at(start - 1) is not None)
            # "the Vice-President of the Republic of Kiribati Dr. Tebano Ioane Kaitu": the
            # name opens right after the honorific
            or (
                k == start
                and start > 1
                and tokens[start - 1].text == "."
                and tokens[start - 2].low() in _HONORIFICS
            )
            # "Minister of X, Senator the Hon. Y Z,", "Prime Minister the Most Hon. Y Z": an
            # office, then a Commonwealth style the run of the name opens after
            or self._office_before_style(start)
            # "the Ambassador of X, H.E. Dato' Y Z W,": an office, a comma, then a style
            # whose closing mark ends the run before the name's
            or (k == start and self._office_comma_before_style(start, end))
            # "his Uruguayan counterpart, X Y Z,": an office, a comma, the name
            # (or with a style between: "..., H.E. X Y Al Z,")
            or (
                start > 1
                and tokens[start - 1].text == ","
                and (apposed := self._office_before_comma(start)) >= 0  # (always: binds it)
                and not self._subject_after_with(start, end)
                and (
                    k == start
                    or _STYLE_ONLY.fullmatch(self.body[tokens[start].start : tokens[k - 1].end])
                    is not None
                    or self._honorific_only(start, k)  # "the Minister of X, Mrs Y Z W,"
                )
                and (
                    tokens[apposed].bare_low() in TITLE_HEADS
                    or tokens[apposed].text == "counterparts"
                    or self._portfolio_ends_at(apposed + 1)
                    # "the minister for economic affairs, X Y Z,": a portfolio in lower case
                    or (
                        tokens[apposed].text.islower()
                        and tokens[apposed].text in FIELD_WORDS
                        and self._lower_portfolio_at(apposed)
                    )
                    # "Mauritania's ambassador to the Nordic countries, X Mint Y,";
                    # "the chair of the X Commission, Ana Maria Lopez,": three words between
                    # the office's comma and the one that closes the name (or the sentence:
                    # "the call was with the President of Zambia, Peter Mwila Banda.")
                    or (
                        (
                            k == start
                            or self._honorific_only(start, k)
                            # "the Ambassador of X, H.E. Dato' Y Z W,": a style of address
                            or _STYLE_ONLY.fullmatch(
                                self.body[tokens[start].start : tokens[k - 1].end]
                            )
                            is not None
                        )
                        and (
                            (
                                end - k == 3
                                and (
                                    tokens[k + 1].low() in _CHAIN_PARTICLES
                                    or (end < len(tokens) and tokens[end].text in (",", "."))
                                )
                            )
                            # "the President of the Republic, X Y Z W,": two given names and
                            # two surnames between the commas
                            or (
                                end - k == 4
                                and end < len(tokens)
                                and tokens[end].text == ","
                                and all(
                                    t.cap or (x > k and t.text in _LUSO_PARTICLES)
                                    for x, t in enumerate(tokens[k:end], k)
                                )
                            )
                        )
                        and self._office_ends_at(apposed, max(0, apposed - 6))
                    )
                )
            )
        )
        if (
            len(caps) == 1
            and end - k == 1
            and k > start
            and tokens[k - 1].bare_low() in TITLE_HEADS
            # "the Council of Ministers Hall": a room named after a body, no one's surname
            and not (tokens[k - 1].bare_low() in _PLURAL_HEADS and tokens[k - 2].text == "of")
            # "at the Executive Tower": a building named after an office
            and not (tokens[k].bare_low() in _BUILDING_NOUNS and tokens[k - 2].text == "the")
        ):
            # "President Tokayev": a surname right after a title of office.
            title, country, eu = self._title_before(k, end, start)
            if title is not None and self._plain_surname(tokens[k]):
                if country is None and not eu:
                    country = self._country_after(end)  # "President Ramaphosa of South Africa"
                if country is None and not eu:
                    country = self._host_country(k, end)
                style = tokens[k - 1].bare_low()
                if style in _RULER_STYLES and any(
                    _same_person(p.name, tokens[k].bare) and style not in (p.title or "").lower()
                    for p in self.people
                ):
                    # "Sultan X" after "Prime Minister Y X": a ruler called by his given name,
                    # another man than the one of that surname (the office is the royal word;
                    # the rule above, for an office told apart after the name, is another)
                    k -= 1
                self._add_person(k, end, title, country, eu)
            return
        if len(caps) < 2:
            return
        if k > start and tokens[k - 1].bare_low() in _STYLE_NAMES and end - k <= 5:
            name_start: int | None = k  # "Sheikh X Y Al-Z Al-Sabah": all of it
        elif (
            k > start
            and tokens[k - 1].low() in _NAME_STYLES
            and 3 <= end - k <= 5
            and any(t.low() in _CHAIN_PARTICLES for t in tokens[k + 1 : end - 1])
        ):
            name_start = k  # "Dato Seri Awang Haji X Y bin Haji Z": all after the style
        elif (
            (k == start or k == start + 1)
            and 3 <= end - k <= 4
            and self._honorific_before(k)
            and all(t.cap for t in tokens[k:end])
        ):
            name_start = k  # "H.E. Mr. W X Y Z": all of the name after a courtesy title
        else:
            name_start = self._name_start(k, end, allow_three=after_title)
        if style_surname:
            name_start = k  # the whole name: its last word was no start of one
        if name_start is None:
            return
        if name_start - 2 >= start and tokens[name_start - 1].text in NAME_PARTICLES:
            head = name_start - 2
            while head > start and tokens[head].text in NAME_PARTICLES:
                head -= 1
            if tokens[head].bare_low() in _BUILDING_NOUNS:
                return  # "at Palacio de la Costa Verde": a building's name, not a person's
        if (
            name_start > start
            and _in_multiword_name(tokens[name_start - 1].text)
            and country_of_name(f"{tokens[name_start - 1].bare} {tokens[name_start].bare}")
        ):
            # "Foreign Minister of New Zealand X visits": the name's first word closes a
            # country's name; the one word left is a surname, read as a later mention
            name_start += 1
            if end - name_start < 2:
                return
        if end - name_start == 2 and _PATRONYMIC.search(tokens[end - 1].text):
            # "Dear Ivan Ivanovich": a given name and a patronymic address someone named
            # before by that given name; after "Dear", no one new. After an office ("Prime
            # Minister Ivan Petrov") the last word is a surname: a new person.
            dear = name_start > 0 and tokens[name_start - 1].text == "Dear"
            if dear or self._title_before(name_start, end, start)[0] is None:
                given = tokens[name_start].text
                index = next(
                    (x for x, p in enumerate(self.people) if p.name.split()[0] == given), None
                )
                if index is not None:
                    self._mark(name_start, end, index)
                    return
            if dear:
                return
        if tokens[name_start].text == "Dear":
            return  # "Dear Mr Smith": a form of address
        if _company_noun(tokens[end - 1].bare_low()):
            return  # "CEO of Redcliff Metals, X": a company's name, even after an office
        # "the German energy company Nordwind Hydrogen": a company's name, not a person's.
        if name_start == start and start > 0:
            before = tokens[start - 1].text
            if (
                before.islower()
                and before in _COMPANY_WORDS
                and not self._members_body_at(start - 1)
                and before not in _GOVERNING
                and not (before == "state" and _demonym(tokens[start - 2].bare))
                and not self._officer_after_company_noun(start - 1, end)
            ):
                return  # ("Head of the Turkmen state X": the state's head, a person)
        title, country, eu = self._title_before(name_start, end, start)
        if (
            title is None
            and name_start == start
            and start >= 4
            and tokens[start - 1].text.isalpha()
            and tokens[start - 1].text.islower()
            and tokens[start - 2].text == "the"
            and tokens[start - 3].text == ","
            and tokens[start - 4].bare_low() in TITLE_HEADS
        ):
            # "the party's founder, the billionaire X Y,": the office before a description
            title, country, eu = self._title_before(start - 2, end, start - 2)
            if title is not None and ("'s " in title or "’s " in title):
                title = re.split(r"['’]s ", title)[-1]  # "Green Dream's founder": "founder"
        if (
            title is not None
            and name_start == start
            and start > 1
            and tokens[start - 1].text == "the"
            and tokens[start - 2].text == "of"
        ):
            return  # "Chairman of the Meshrano Jirga (...)": the body the office heads
        if title is not None and self._country_then_name_after(end):
            return  # "Chairman of the Halk Maslahaty of Turkmenistan X Y": a body, then X Y
        if title is None and name_start == start and self._members_body_at(start - 1):
            return  # "the parliamentary group Green Future met": no office, no person
        if name_start == start and start > 4 and tokens[start - 1].text == ",":
            second = self._second_of_plural(start)
            if second is not None:
                # "the Presidents of Zambia, X, and of the Congo, Y": Y holds the office too
                self._add_person(name_start, end, second[0], second[1], False)
                return
        if title is None and name_start == start:
            both = self._plural_of_both(start)
            if both is not None:
                # "the Chancellors of both countries, X and Y": each holds the office
                if end < len(tokens) and tokens[end].text == "and":
                    self._shared = (end, both, None)
                self._add_person(name_start, end, both, None, False)
                return
        plural = self._plural_of_pair(name_start)
        listed = self._plural_of_list(name_start) if plural is None else None
        if listed is not None:
            # "the foreign ministers of A, B and C - X, Y and Z": Y is B's
            title, country, eu = listed[0], listed[1], False
        if plural is not None:
            # "the Foreign Ministers of Chile and Norway, X and Y": X is Chile's, Y Norway's
            title, country, eu = plural[0], plural[1], False
            if end < len(tokens) and tokens[end].text == "and":
                self._shared = (end, plural[0], plural[2])
                self._add_person(name_start, end, title, country, eu)
                return
        shared, self._shared = self._shared, None
        if title is None and shared is not None and shared[0] == name_start - 1:
            title, country = shared[1], shared[2]  # "Presidents X and Y": Y's office
        if (
            title is None
            and name_start > 0
            and tokens[name_start - 1].text in ("in", "at", "state", "the")
        ):
            # "in the South Caucasus, the minister said": a place after an article; no one is
            # "the" and a name without an office before it.
            # "in New York, Kazinform correspondent reports": a place, not a person; "the
            # Kazakh state X" with no office before: a state body or company.
            return
        if (
            title is None
            or _style_or_rank(title)
            # "Senator the Hon X, Minister for Y": the one-word head of a style; the office
            # after the name is what X holds
            or (" " not in title and self._honourable_before(name_start) < name_start)
        ):
            # "H.E. Sheikh X, Minister of Y,", "His Royal Highness Prince X, Crown Prince and
            # Prime Minister,": a style of address or a rank is no office.
            office = self._apposition_after(end)
            if (
                office[0] is not None
                and title is None
                and end - k == 3
                and not is_city(tokens[k].text)
                and all(t.cap for t in tokens[k:end])
            ):
                name_start = k  # "Y Z Shaikh, chairman of X,": all three words
            if office[0] is not None or title is None:
                title, country, eu = office
        if title is None:
            title, country, eu = self._office_taken_up_after(end)
            if title is not None:  # "X Y Z on his election as President": all of the name
                name_start = min(name_start, self._name_start(k, end, allow_three=True) or end)
        if title is None and end + 2 < len(tokens) and tokens[end + 1].text == "who":
            title, country, eu = self._office_held_after(end)
        if title is None and name_start == start and 2 <= end - start <= 3:
            # "Contact\nX Y\nPress Secretary to the Minister": a name alone on its line,
            # its office on the next
            title, country, eu = self._office_on_next_line(start, end)
        if title is None:
            heading = self._heading_office(name_start)
            if heading is not None:
                # "Meeting with the Minister of X of Chile" above "A and B discussed":
                # the one new name under the heading holds its office
                title, country, eu = heading
                name_start = self._name_start(k, end, allow_three=True) or name_start
        if title is None and any(
            t.text == "by" for t in tokens[max(0, name_start - 3) : name_start]
        ):
            title = self._chair_by(name_start)  # "the X Committee, chaired by Dr Y Z"
        if country is None and not eu:
            country = self._delegation_country(tokens[name_start].start)
            if country is not None:
                self._delegates.add(tokens[name_start].start)
        if country is None and not eu and title is not None:
            country = self._country_after(end)  # "King Abdullah II of Jordan"
        if country is None and not eu and title is not None:
            country = self._host_country(name_start, end)
        follows_verb = end < len(tokens) and (
            tokens[end].low() in SPEECH_VERBS
            or tokens[end].low() in _ACTION_WORDS
            # "A B and C D held talks": the first of two plain names before a verb
            or (tokens[end].text == "and" and self._plain_name_then_verb(end + 1))
        )
        if (
            follows_verb
            and end + 1 < len(tokens)
            and tokens[end].text in ("was", "is")
            and tokens[end + 1].text in _PRICED
        ):
            follows_verb = False  # "Urals Blend was assessed at $61/b": a price, no one
        styled = (
            name_start > start
            and end - name_start >= 2
            and tokens[name_start - 1].low().rstrip("'’") in _NAME_STYLES
        )
        if title is None and name_start > 0 and tokens[name_start - 1].low() in HONOURABLE_WORDS:
            # "Prime Minister\nThe Hon X Y MP" over a minister's own release
            bylined = self._styled_byline(name_start, end)
            if bylined is not None:
                self._add_person(name_start, end, *bylined)
                return
        if title is None and not (
            (follows_verb and self._plain_name(name_start, end))
            or self._byline_name(start, name_start, end)
            or styled  # "says Datuk Seri X Y": a style of address names a person
            or self._after_honorific(name_start, end)  # "the credentials of Mr. X Y"
            # "X Y, the veteran diplomat who ..., held talks": an apposition, then the verb
            or (self._verb_after_apposition(end) and self._plain_name(name_start, end))
            # "the release of A B and C D, who were held": a "who" clause tells of people
            or (
                (
                    self._who_at(end)
                    or (
                        end < len(tokens)
                        and tokens[end].text == "and"
                        and self._who_after(end + 1)
                    )
                )
                and self._plain_name(name_start, end)
            )
            or tokens[name_start].start in self._ranked  # "met Lt Gen X Y": a rank too
            or self._listed_attendee(name_start, end)  # "A B, C D and E F were present"
            or self._page_author(name_start, end)  # "From: X Office and The Rt Hon Y Z MP"
            # "his predecessor, the late X Y": someone who has died
            or (
                name_start == start
                and start > 1
                and tokens[start - 1].text == "late"
                and tokens[start - 2].text == "the"
                and self._plain_name(name_start, end)
            )
            # "independence fighter Kim Gu-won": a Korean surname and a hyphened given name
            or (
                end - name_start == 2
                and "-" in tokens[end - 1].text
                and _is_korean_name(f"{tokens[name_start].text} {tokens[end - 1].text}")
            )
        ):
            return
        if title is None and self._page_author(name_start, end):
            title, country = self._office_of_page(name_start)
        if title is None and tokens[name_start].text == "Air":
            return  # "Royal Air Maroc would add flights": an airline
        if title is None and self._named_as_company(name_start, end):
            return  # "the holding Vistula Makro ... Vistula Makro is ready": a company
        if title is None and country is None and not eu:
            country = self._ranked.get(tokens[name_start].start)  # "Polish Lt Gen X Y"
        if (
            title is None
            and name_start > 0
            and country_of_name(tokens[name_start - 1].text)
            # (not a title's last word on the line above: "... to Peru\nMira Holt")
            and "\n" not in self.body[tokens[name_start - 1].end : tokens[name_start].start]
        ):
            return  # "Kazakhstan Temir Zholy will build": a company named after its country
        if title is None and tokens[end - 1].text.endswith("s"):
            named = self.body[tokens[name_start].start : tokens[end - 1].end - 1]
            if _country(named) not in (None, EU):
                return  # "Kenyans and South Africans will travel": a people, no person
        head = name_start - 1
        if head > 0 and tokens[head].text == "," and tokens[head - 1].text in _PLURAL_HEADS:
            head -= 1  # "his Kenyan and Ghanaian counterparts, X and Y"
        if (
            title is not None
            and head >= 0
            and tokens[head].bare_low() in _PLURAL_HEADS
            and end < len(tokens)
            and tokens[end].text == "and"
        ):
            pair = self._country_pair(head)
            if pair:
                country = pair[0]  # "the Kazakh and Uzbek Presidents X and Y": X's, then Y's
            self._shared = (end, title, pair[1] if pair else None)
        elif (
            title is not None
            and name_start > 0
            and tokens[name_start - 1].bare_low() in _PLURAL_HEADS
            and country is not None
            and end + 1 < len(tokens)
            and tokens[end].text == "of"
        ):
            # "Foreign Ministers X of Chile and Y of Norway": Y holds the office too
            after = end + 2 if tokens[end + 1].text == "the" else end + 1
            _, size = _country_at(tokens, after, len(tokens)) if after < len(tokens) else (None, 0)
            if size and after + size < len(tokens) and tokens[after + size].text == "and":
                self._shared = (after + size, title, None)
        self._add_person(name_start, end, title, country, eu)

    def _plural_of_pair(self, name_start: int) -> tuple[str, str, str] | None:
        """ "Presidents of Chile and Norway X", "the Foreign Ministers of Chile and Norway,
        X": the singular office, the first country and the second."""
        tokens = self.tokens
        last = self._plural_head_before(name_start)
        if last < 0 or last < name_start - 14:
            return None  # no plural office just before: the common case, told cheaply
        stop = name_start
        if stop > 0 and tokens[stop - 1].text == ",":
            stop -= 1
        second, size = self._country_ending_at(stop)
        j = stop - size - 1  # the "and"
        if second is None or j < 2 or tokens[j].text != "and":
            return None
        first, size = self._country_ending_at(j)
        j -= size + 1  # the word before the first country
        if first is None or first == second or j < 1:
            return None
        if tokens[j].text == "the":
            j -= 1
        if tokens[j].text != "of" or tokens[j - 1].bare_low() not in _PLURAL_HEADS:
            return None
        if j >= 2 and tokens[j - 2].text == "of":
            return None  # "the Cabinet of Ministers of X": a body, not two offices
        head = j - 1
        k = head
        while (
            k - 1 >= 0
            and tokens[k - 1].cap
            and tokens[k - 1].bare_low() in TITLE_WORDS | FIELD_WORDS
        ):
            k -= 1
        words = [t.bare for t in tokens[k:head]] + [_PLURAL_HEADS[tokens[head].bare_low()]]
        return " ".join(words), first, second

    def _second_of_plural(self, name_start: int) -> tuple[str, str] | None:
        """ "the Presidents of Zambia, X, and of the Congo, Y": the singular office and the
        country of Y, the second holder of a plural office named country by country."""
        tokens = self.tokens
        country, size = self._country_ending_at(name_start - 1)
        j = name_start - 1 - size - 1
        if country is None or j < 3:
            return None
        if tokens[j].text == "the":
            j -= 1
        if tokens[j].text != "of" or tokens[j - 1].text != "and" or tokens[j - 2].text != ",":
            return None
        for head in range(j - 3, max(0, j - 14), -1):
            if tokens[head].bare_low() in _PLURAL_HEADS and tokens[head + 1].text == "of":
                single = _PLURAL_HEADS[tokens[head].bare_low()]
                return (single if tokens[head].cap else single.lower()), country
        return None

    def _plural_of_both(self, name_start: int) -> str | None:
        """ "the Chancellors of both countries, X and Y", "the foreign ministers of the two
        nations X and Y": the singular office of the plural head before the name."""
        tokens = self.tokens
        j = name_start - 1
        if j >= 0 and tokens[j].text == ",":
            j -= 1
        if j < 3 or tokens[j].text not in _BOTH_SIDES:
            return None
        j -= 1
        if tokens[j].text == "both":
            j -= 1
        elif tokens[j].text == "two" and tokens[j - 1].text == "the":
            j -= 2
        else:
            return None
        head = j - 1
        if tokens[j].text != "of" or head < 0 or tokens[head].bare_low() not in _PLURAL_HEADS:
            return None
        k = head
        while k - 1 >= 0 and tokens[k - 1].bare_low() in TITLE_WORDS | FIELD_WORDS:
            k -= 1
        single = _PLURAL_HEADS[tokens[head].bare_low()]
        if not tokens[head].cap:
            single = single.lower()  # "the foreign ministers": "foreign minister"
        return " ".join([t.bare for t in tokens[k:head]] + [single])

    def _plural_head_before(self, name_start: int) -> int:
        """The index of the last plural office ("Presidents", "ministers") among the 40
        tokens before tokens[name_start], or -1 if none is there.

        Only those tokens are looked at, each at most once a brief (`_plural_kinds`); a word
        shorter than any head is none (lowering never makes a word shorter)."""
        kinds = self._plural_kinds
        if not kinds:
            kinds = self._plural_kinds = [_UNREAD] * len(self.tokens)
        tokens = self.tokens
        for i in range(name_start - 1, max(-1, name_start - 41), -1):
            kind = kinds[i]
            if kind == _UNREAD:
                text = tokens[i].text
                head = (
                    len(text) >= _SHORTEST_HEAD
                    and text[-1] in _HEAD_LAST_LETTERS
                    and text.lower() in _PLURAL_HEADS
                )
                kind = kinds[i] = _HEAD if head else _NO_HEAD
            if kind == _HEAD:
                return i
        return -1

    def _plural_of_list(self, name_start: int) -> tuple[str, str] | None:
        """ "a meeting of the foreign ministers of A, B and C - X, Y and Z": as many names
        as countries, each holding the office for the country in the same place of its
        list. The singular office and the country of the name at `name_start`."""
        tokens = self.tokens
        head = self._plural_head_before(name_start)
        if head < 0:
            return None  # no plural office shortly before: the common case, told cheaply
        n = len(tokens)
        if head < 1 or head + 2 >= n or tokens[head + 1].text != "of":
            return None
        if tokens[head - 1].text == "of":
            return None  # "the Cabinet of Ministers of X": a body, not an office
        listed = self._country_list_at(head + 3 if tokens[head + 2].text == "the" else head + 2)
        if listed is None:
            return None
        countries, i = listed
        if i < n and tokens[i].text in (",", "-", "–", "—", ":"):
            i += 1
        spans: list[int] = []  # where each listed name starts
        while i < n and len(spans) <= len(countries):
            start = i
            while i < n and (
                (tokens[i].cap and _name_like(tokens[i].text))
                or (tokens[i].low() in NAME_PARTICLES and i > start)
            ):
                i += 1
            if i - start < 2:
                return None  # each listed name has two words or more
            spans.append(start)
            if i + 1 < n and tokens[i].text == "," and tokens[i + 1].text == "and":
                i += 1
            if i < n and tokens[i].text in (",", "and") and len(spans) < len(countries):
                i += 1
                continue
            break
        if len(spans) != len(countries) or name_start not in spans:
            return None
        if i < n and tokens[i].text == "and":
            return None  # "A and B, X, Y and Z": more names than countries
        k = head
        while k - 1 >= 0 and tokens[k - 1].bare_low() in TITLE_WORDS | FIELD_WORDS:
            k -= 1
        single = _PLURAL_HEADS[tokens[head].bare_low()]
        if not tokens[head].cap:
            single = single.lower()  # "the foreign ministers": "foreign minister"
        title = " ".join([t.bare for t in tokens[k:head]] + [single])
        return title, countries[spans.index(name_start)]

    def _country_list_at(self, i: int) -> tuple[list[str], int] | None:
        """The countries of a list "A, B and C" starting at tokens[i] (two or more, each
        once, not the EU), and the index of the token after it."""
        tokens = self.tokens
        n = len(tokens)
        countries: list[str] = []
        last = False  # reading the country after "and"
        while True:
            found, size = _country_at(tokens, i, n) if i < n else (None, 0)
            if found is None or found == EU or found in countries:
                return None
            countries.append(found)
            i += size
            if last:
                return countries, i
            if i + 1 < n and tokens[i].text == "," and tokens[i + 1].text == "and":
                i += 1  # "A, B, and C"
            if i >= n or tokens[i].text not in (",", "and"):
                return None  # a list of countries ends in "and" and its last one
            last = tokens[i].text == "and"
            i += 1

    def _country_ending_at(self, stop: int) -> tuple[str | None, int]:
        """The country whose name ends right before tokens[stop], and its number of words."""
        tokens = self.tokens
        for size in range(min(max_name_words(), stop), 0, -1):
            found, taken = _country_at(tokens, stop - size, stop)
            if found is not None and found != EU and taken == size:
                return found, size
        return None, 0

    def _country_pair(self, head: int) -> tuple[str, str] | None:
        """ "the Kazakh and Uzbek Presidents": the two countries before a plural head, in
        the text's order."""
        tokens = self.tokens
        found: list[str] = []
        for i in range(head - 1, max(-1, head - 8), -1):
            token = tokens[i]
            if token.text == "and" or (token.cap and token.bare_low() in TITLE_WORDS):
                continue
            country = _country(token.bare) if token.cap else None
            if country is None or country == EU:
                break
            found.append(country)
        return (found[1], found[0]) if len(found) == 2 else None

    def _country_after(self, end: int) -> str | None:
        """The country in "of [the] <country>" right after a name, if any."""
        tokens = self.tokens
        i = end + 1
        if end >= len(tokens) or tokens[end].text != "of":
            return None
        if i < len(tokens) and tokens[i].text == "the":
            i += 1
        if i >= len(tokens):
            return None
        if _demonym(tokens[i].bare):
            return None  # "of Chinese descent"
        found, _ = _country_at(tokens, i, len(tokens))
        return None if found == EU else found

    def _capital_surname(self, i: int) -> bool:
        """Whether tokens[i] is a surname written in capitals after "Mr." or "Ms." (as
        Japan's foreign ministry writes names: "Mr. YAMADA Taro")."""
        tokens = self.tokens
        word = tokens[i].text
        return (
            i >= 2
            and len(word) >= 3
            and word.isalpha()
            and word.isupper()
            and tokens[i - 1].text == "."
            and tokens[i - 2].low() in ("mr", "ms", "mrs")
            and _country(word) is None
        )

    def _host_country(self, first: int, end: int) -> str | None:
        """ "paid a courtesy call on President X in Astana", "was received by Minister X in
        Baku": the one called on in a city is that city's host."""
        tokens = self.tokens
        if end + 1 >= len(tokens) or tokens[end].text != "in" or not tokens[end + 1].cap:
            return None
        body = self.body
        if not _CALLED_ON.search(body, max(0, tokens[first].start - 80), tokens[first].start):
            return None
        city = tokens[end + 1].bare
        if end + 2 < len(tokens) and tokens[end + 2].cap:
            city = f"{city} {tokens[end + 2].bare}"  # "New Delhi", "Abu Dhabi"
        return country_of_city(city) or country_of_city(tokens[end + 1].bare)

    def _earlier_by_short_name(self, word: str, *, given: bool = False) -> int | None:
        """The one person named before whose full name the word stands for after a title:
        the given name of a name with "bin" ("X" of "X bin Y Al Z") or
        of a name of two words ("X" of "X Y"),
        or after a style of address (`given`: "Sheikh X" of "X Y Al-Sabah"),
        or a middle word of a longer one (a first surname: "Y" of "X Y
        Z"). A surname (the last word) is matched elsewhere."""
        low = word.lower()
        found = None
        for index, person in enumerate(self.people):
            words = _name_words(person.name)
            if len(words) > 2 and "." in person.name:
                # "X L.P. Y": a given name and a surname, with initials between
                core = tuple(w for w in words if len(w) > 2 or not w.endswith("."))
                words = core if len(core) == 2 else words
            if words[-1] == low:
                return None  # someone's surname: that person ("Minister X", "Le Van X")
            if len(words) == 2 and (
                words[0] in _SURNAME_FIRST or person.name.split()[0].isupper()
            ):
                fits = words[0] == low  # "First Vice Minister Park" after "Park X-y"
                if fits:
                    if found is not None:
                        return None
                    found = index
                continue
            if len(words) == 2 and words[0] == low:
                # "Minister X" after "X Y", "Prime Minister Z" after
                # "Z W": those called by their given name
                if found is not None:
                    return None
                found = index
                continue
            if len(words) < 3:
                continue
            if words[0] in _VIETNAMESE_SURNAMES:
                continue  # "Pham Minh Chinh": the middle word is no surname
            if given and words[0] == low:
                fits = True
            elif _CHAIN_PARTICLES.isdisjoint(words):
                fits = low in words[1:-1] and low not in NAME_PARTICLES
            else:
                fits = words[0] == low
            if fits:
                if found is not None:
                    return None  # two people fit: say neither
                found = index
        return found

    def _delegation_country(self, name_at: int) -> str | None:
        """ "a delegation from the UAE led by Minister X": X represents the UAE."""
        before = self.body[max(0, name_at - 160) : name_at]
        if not any(word in before for word in _DELEGATION_VERBS):
            return None  # the pattern needs "led by", "headed by", "includes" ...
        matches = list(_DELEGATION.finditer(before))
        match = matches[-1] if matches else None
        if match is None:
            return None
        if re.search(r"[.;]", before[match.end() :]) and not _COURTESY_ONLY.fullmatch(
            before, match.end()
        ):
            return None  # (but "led by H.E. Mr. X": a style's stops end no sentence)
        if _MEETING_WORDS.search(before, match.end()) or " with " in before[match.end() :]:
            return None  # "the American delegation led by X held talks with Y": Y is a host
        if any(
            _country(word) not in (None, EU)
            for word in re.findall(r"\b[A-Z][\w’'-]*", before[match.end() :])
        ):
            return None  # "Chile was represented by X and Norway by Y": not Y's
        body = match.group("country")
        if match.group("nation"):
            found = _country_opening(match.group("nation"))
        elif body is None:
            found = _country(match.group("demonym") or match.group("members"))
            demonym = match.group("demonym") or ""
            if found is None and demonym.endswith(("’s", "'s")):
                # "The Chancellor's delegation comprises X": the side of whom it is
                found = self._owner_side(before[: match.start("demonym")] + demonym[:-2])
        else:
            # "a delegation of the Turkish Grand National Assembly", "of the Senate of Italy",
            # "of the Federation of Indian Chambers of Commerce": the one country the body's
            # name holds (a body of two countries is neither's).
            words = body.split()
            named = {_country(w) for w in words if w[0].isupper()} - {None}
            found = _country(body) or (named.pop() if len(named) == 1 else None)
        return None if found == EU else found

    def _owner_side(self, before: str) -> str | None:
        """The country of the one person found so far whom the office or surname ending
        `before` names ("... The Prime Minister", "... President Kaldor"), if any."""
        words = re.findall(r"[A-Z][\w’'-]*", before[-60:].rsplit("\n", 1)[-1])
        if not words:
            return None
        countries: set[str | None] = set()
        for person in self.people:
            if person.country is None or person.eu_office:
                continue
            title = (person.title or "").split()
            surname = person.name.split()[-1]
            if words[-1] == surname or (
                title and words[-len(title) :] == title and len(words) >= len(title)
            ):
                countries.add(person.country)
        return countries.pop() if len(countries) == 1 else None

    @staticmethod
    def _plain_surname(token: Token) -> bool:
        text = token.bare
        return (
            len(text) >= 2
            and text[1:].replace("-", "").isalpha()
            and not text.isupper()
            and not is_city(text)
            and text[1:].islower() | ("-" in text)
            # "the Board of Executive Directors": offices, not a surname
            and not (text[-1] == "s" and text[:-1].lower() in TITLE_HEADS)
            and text.lower() not in _HONORIFICS  # "Foreign Minister Prof. X Y": a style
        )

    def _plain_name(self, first: int, end: int) -> bool:
        """Two or three words shaped like a name ("Kassym-Jomart Tokayev"), none a city nor
        a one-word company ("Nord Eximbank", "Vostokinvest")."""
        words = [t for t in self.tokens[first:end] if t.cap]
        return (
            2 <= len(words) <= 4
            and all(
                w.text[1:].replace("-", "").replace("’", "").replace("'", "").isalpha()
                and not w.text.isupper()
                and not is_city(w.text)
                and not w.bare_low().endswith(_COMPANY_SUFFIXES)
                and not _company_noun(w.bare_low())
                for w in words
            )
            # "Abu Dhabi Ports signed": a city of two words
            and not any(is_city(f"{a.bare} {b.bare}") for a, b in pairwise(words))
            # "Ak Orda said": a seat of government
            and country_of_seat("".join(w.bare for w in words)) is None
        )

    def _listed_lines(self) -> None:
        """Add the people of a list's lines "A. Selimov – Deputy Chairman of the Cabinet of
        Ministers" (a delegation's composition): a name (an initial and a surname, or two
        words), a dash, then an office alone up to the line's end or a bracket."""
        tokens = self.tokens
        body = self.body
        listed: list[PersonFound] = []
        for line in _line_matches(_LISTED_LINE, body, _dash_line_starts(body)):
            name = line.group("name")
            if is_city(name) or not all(
                w.endswith(".") or _name_like(w) for w in name.replace(".", ". ").split()
            ):
                continue
            first = _token_index(tokens, line.start("name"))
            end = _token_index(tokens, line.end("name"))
            if first in self._taken:
                continue
            o_first = _token_index(tokens, line.start("office"))
            o_end = _token_index(tokens, line.end("office"))
            words = tokens[o_first:o_end]
            if (
                not words
                or words[0].bare_low() not in TITLE_WORDS
                or not all(
                    w.cap or w.low() in NAME_GLUE_WORDS or w.text in _LIST_MARKS for w in words
                )
            ):
                continue
            title, country, eu = _normalise_title(tokens, body, o_first, o_end)
            if title is not None:
                self._add_person(first, end, title, country, eu)
                listed.append(self.people[self.mentions[-1].person])
        # One country for all those of the list that name one: the others' too.
        countries = {p.country for p in listed if p.country is not None}
        if len(countries) == 1:
            for person in listed:
                if person.country is None and not person.eu_office:
                    person.country = next(iter(countries))

    def _office_held_after(self, end: int) -> tuple[str | None, str | None, bool]:
        """ "X Y, who heads the ministry's trade department,": the office of heading (or
        chairing, leading) what follows the verb, up to the clause's end."""
        match = _WHO_HEADS.match(self.body, self.tokens[end].start)
        if match is None:
            return None, None, False
        tokens = self.tokens
        first = _token_index(tokens, match.start("what"))
        stop = _token_index(tokens, match.end("what"))
        what, country, eu = _normalise_title(tokens, self.body, first, stop)
        if what is None:
            return None, None, False
        if match.group("what").startswith("the ") and not what.startswith("the "):
            what = f"the {what}"  # the article the title reading drops
        return f"{_HEADING_VERBS[match.group('verb')]} of {what}", country, eu

    def _president_by_role(self) -> None:
        """ "X holds talks with Chancellor Y. The Head of State ... “...,” the President
        said": a president's own press service names its head of state without an office.
        The one the brief names first, the only one named without an office, is the
        President the text refers to when no one named holds that office."""
        people = self.people
        untitled = [p for p in people if p.title is None and not p.eu_office]
        if len(untitled) != 1:
            return
        person = untitled[0]
        # (named first, perhaps where no office nor verb made the name someone's: "X, who is
        # in Y on a visit, held talks", and then "X noted")
        first = self.body.find(person.name)
        first = person.start if first < 0 else min(first, person.start)
        body = self.body
        presidents = [
            p for p in people if p.title and _SYNONYM_ROLES["president"](p.title.lower())
        ]
        named_first = min((p.start for p in people if p is not person), default=first)
        # "The Head of State held talks with President Y ... X noted": the site's own head of
        # state, told by his office before anyone is named, is the one named without one
        opener = first > named_first and _head_of_state_opens(body, named_first, presidents)
        if first > named_first and not opener:
            return
        for found in _role_matches(body):
            # "According to the Russian President": a President of a country none of the
            # Presidents named is of
            words = (found.role or "").split()
            if (
                found.start > first
                and len(words) == 2
                and words[1].lower() == "president"
                and found.owner is None
                and not _inside_quotation(body, found.start)
            ):
                country = _country(words[0])
                if country is None or country == EU:
                    continue
                if all(p.country not in (None, country) for p in presidents):
                    person.title = "President"
                    person.country = person.country or country
                    person.country_given = True
                    return
        if "President of " in body:
            heads = [p for p in presidents if p.title == "President"]
            for match in _THE_PRESIDENT_OF.finditer(body, first):
                # "The President of Uzbekistan welcomed him": a President of a country no
                # named head of state is of (a company's "President and CEO" is none)
                country = _country_opening(match.group(1))
                if (
                    country is not None
                    and not _inside_quotation(body, match.start())
                    and all(p.country not in (None, country) for p in heads)
                ):
                    person.title = "President"
                    person.country = person.country or country
                    person.country_given = True
                    return
        if presidents and not (opener or _head_of_state_meets(body, person.start, presidents)):
            return
        for found in _role_matches(body):
            if (
                found.start > person.start
                and found.role is not None
                and found.role.lower() == "president"
                and found.owner is None
                and not _inside_quotation(body, found.start)
            ):
                person.title = "President"
                return

    def _office_in_next_sentence(self, index: int) -> str | None:
        """ "..., says Datuk Seri X. The Foreign Minister said ...": the office that opens the
        sentence right after the one naming someone without an office, when no one else is
        named in between, is theirs."""
        body = self.body
        person = self.people[index]
        end = _SENTENCE_STOP.search(body, person.start, person.start + 300)
        if end is None:
            return None
        stop = end.start()
        match = _NEXT_SENTENCE_OFFICE.match(body, end.end())
        if match is None:
            return None
        starts = body.rfind("\n", 0, person.start), stop
        if any(
            other is not person and starts[0] < other.start < starts[1] for other in self.people
        ):
            return None  # "A met B. The Minister said": whose office is not told
        return match["office"]

    def _byline_name(self, start: int, name_start: int, end: int) -> bool:
        """Whether tokens[name_start:end] is a byline's author on a line of its own ("By X
        Y") or at the end of an agency's credit line: someone named, with no office."""
        tokens = self.tokens
        body = self.body
        line_start = body.rfind("\n", 0, tokens[start].start) + 1
        credit = (
            name_start == start
            and 2 <= end - name_start <= 3
            # "09:05, 4 March 2026, City - City.info news agency, X Y"
            and body.endswith(("agency, ", "Agency, "), line_start, tokens[start].start)
        )
        written = (
            # "Written by X Y" on a line of its own
            name_start == start >= 2
            and tokens[start - 1].text == "by"
            and tokens[start - 2].text == "Written"
            and line_start == tokens[start - 2].start
        )
        if (
            name_start == start >= 1
            and tokens[start - 1].text == "by"
            and body.startswith("(", line_start)
            and 2 <= end - name_start <= 3
        ):
            # "(Sylvan original by X Y, Political Desk)", "(Reporting by X Y; Editing by Z W)":
            # a story's writers credited in brackets on a line of their own at its foot
            line_end = body.find("\n", tokens[end - 1].end)
            line = body[line_start : line_end if line_end >= 0 else len(body)].rstrip()
            return (
                line.endswith(")")
                and tokens[end].text in (",", ";", ")", "in")
                and self._plain_name(name_start, end)
            )
        # "Mira Holt\n09:15 - 3/03/2027 Wednesday": the writer's name alone on its line, over
        # the page's date line, as papers print their bylines
        # ("Holt in Lima\n3/03/2027": the writer's bureau after the name; the name may close
        # a run of capitals that began on the line above, as under a title "... Peru")
        name_line = body.rfind("\n", 0, tokens[name_start].start) + 1
        over_date = (
            (name_start == start or name_line > tokens[start].start)
            and 2 <= end - name_start <= 3
            and name_line == tokens[name_start].start
            and tokens[name_start].start < _BYLINE_REACH
            and self._date_line_below(end, bureau=True)
        )
        if (
            not credit
            and not over_date
            and not (
                (written or (name_start == start + 1 and tokens[start].text == "By"))
                and 2 <= end - name_start <= 4
                and (written or line_start == tokens[start].start)
            )
        ):
            return False
        line_end = body.find("\n", tokens[end - 1].end)
        rest = body[tokens[end - 1].end : line_end if line_end >= 0 else len(body)].strip()
        return (
            (not rest or (over_date and _bureau(rest)))
            and self._plain_name(name_start, end)  # "By Astana Times": an outlet
            and all(t.bare_low() not in _MEDIA_WORDS for t in tokens[name_start:end])
        )

    def _styled_byline(
        self, name_start: int, end: int
    ) -> tuple[str | None, str | None, bool] | None:
        """ "Prime Minister\nThe Hon X Y MP", "The Hon X Y\nMinister for Trade": a name on a
        line of its own after a Commonwealth style (a minister's own release names its author
        so above the text) is a person's, whose office is the line right above or below when
        that line is one; (title, country, EU), or None when the line is no such byline."""
        tokens = self.tokens
        body = self.body
        styled = self._honourable_before(name_start)
        line_start = body.rfind("\n", 0, tokens[name_start].start) + 1
        if styled > 0 and tokens[styled - 1].text == "The":
            styled -= 1  # "The Rt Hon X Y"
        if styled == name_start or tokens[styled].start != line_start:
            return None
        line_end = body.find("\n", tokens[end - 1].end)
        line_end = len(body) if line_end < 0 else line_end
        if any(w not in _POST_NOMINALS for w in body[tokens[end - 1].end : line_end].split()):
            return None
        if not self._plain_name(name_start, end):
            return None
        lines = []  # the line right above, then the one right below
        if line_start > 0:
            lines.append((body.rfind("\n", 0, line_start - 1) + 1, line_start - 1))
        if line_end < len(body):
            below_end = body.find("\n", line_end + 1)
            lines.append((line_end + 1, len(body) if below_end < 0 else below_end))
        for near, stop in lines:
            if near >= stop or body[stop - 1] in SENTENCE_ENDS:
                continue  # a blank line, or a sentence
            first = _token_index(tokens, near)
            last = _token_index(tokens, stop)
            if (
                0 < last - first <= _BYLINE_OFFICE_WORDS
                and all(t.cap or t.low() in NAME_GLUE_WORDS for t in tokens[first:last])
                and any(t.bare_low() in TITLE_HEADS for t in tokens[first:last])
            ):
                office = self._title_from(first, last)
                if office[0] is not None:
                    return office
        return None, None, False

    def _date_line_below(self, end: int, *, bureau: bool = False) -> bool:
        """Whether the line after the one tokens[end - 1] ends is a date line alone (with
        `bureau`, that line may close with a city: "X Y in Lima")."""
        body = self.body
        line_end = body.find("\n", self.tokens[end - 1].end)
        rest = body[self.tokens[end - 1].end : line_end].strip() if line_end >= 0 else ""
        if line_end < 0 or (rest and not (bureau and _bureau(rest))):
            return False
        next_end = body.find("\n", line_end + 1)
        below = body[line_end + 1 : next_end if next_end >= 0 else len(body)].strip()
        return bool(below) and is_date_line(below)

    def _verb_after_apposition(self, end: int) -> bool:
        """Whether tokens[end:] are an apposition between commas opening with an article or
        "who" (no stop, colon, bracket nor quote in it), then a reporting or action verb:
        the name before is the verb's subject."""
        tokens = self.tokens
        n = len(tokens)
        if (
            end + 3 >= n
            or tokens[end].text != ","
            or (
                tokens[end + 1].text not in _APPOSITION_OPENERS
                # "X Y, for his part, said": a person's own part (not "its part")
                and (tokens[end + 1].text != "for" or tokens[end + 2].text not in ("his", "her"))
            )
        ):
            return False
        for j in range(end + 2, min(n - 1, end + 40)):
            text = tokens[j].text
            if text == ",":
                verb = tokens[j + 1].text
                return verb in SPEECH_VERBS or verb in _DEED_WORDS
            if text in _APPOSITION_BREAKS:
                return False
        return False

    def _after_honorific(self, name_start: int, end: int) -> bool:
        """Whether tokens[name_start:end] is a plain name after a courtesy title ("Mr.",
        "Dr", "Amb."): someone named, whatever the sentence says of them."""
        return self._honorific_before(name_start) and self._plain_name(name_start, end)

    def _honorific_before(self, name_start: int) -> bool:
        """Whether a courtesy title ("Mr.", "Dr", "Amb.") or a style ("H.E.") is right before
        tokens[name_start] on its line."""
        tokens = self.tokens
        j = name_start - 1
        if j >= 1 and tokens[j].text == ".":
            j -= 1
        if j < 0 or "\n" in self.body[tokens[j].end : tokens[name_start].start]:
            return False
        text = tokens[j].text
        return text.lower() in _HONORIFICS or (
            # "H.E. X Y Z", "HE X Y": a style of address in capitals
            (text.isupper() or "." in text) and _STYLE_ONLY.fullmatch(text) is not None
        )

    def _listed_attendee(self, name_start: int, end: int) -> bool:
        """Whether tokens[name_start:end] is one of the plain names of a list of those who
        attended ("A B, C D and E F were present")."""
        if self._attendees is None:
            body = self.body
            starts: set[int] = set()
            if "present" in body or "attend" in body or "took part" in body:
                for found in _ATTENDEE_LIST.finditer(body):
                    group = "list" if found["list"] is not None else "after"
                    listed = _NAME_IN_LIST.finditer(body, found.start(group), found.end(group))
                    starts.update(name.start() for name in listed)
            self._attendees = frozenset(starts)
        return self.tokens[name_start].start in self._attendees and self._plain_name(
            name_start, end
        )

    def _page_author(self, name_start: int, end: int) -> bool:
        """Whether tokens[name_start:end] is a minister whom a government page's "From:" line
        names with a Commonwealth style ("From: Prime Minister's Office, 10 Downing Street and
        The Rt Hon X Y MP")."""
        body = self.body
        at = self.tokens[name_start].start
        line = body.rfind("\n", 0, at) + 1
        return (
            body.startswith("From: ", line)
            and self._honourable_before(name_start) != name_start
            and self._plain_name(name_start, end)
        )

    def _office_of_page(self, name_start: int) -> tuple[str | None, str | None]:
        """The office whose own office a page's "From:" line names ("Prime Minister's Office"
        gives "Prime Minister"), and the country of a seat of government the line names
        ("10 Downing Street")."""
        body = self.body
        at = self.tokens[name_start].start
        line = body.rfind("\n", 0, at) + 1
        found = _OWN_OFFICE.search(body, line, at)
        seats = (country_of_seat(w.group(0)) for w in _SEAT_WORDS.finditer(body, line, at))
        return (found.group(1) if found else None), next(filter(None, seats), None)

    def _plain_name_then_verb(self, i: int) -> bool:
        """Whether tokens[i:] are two or three words of a plain name, then a verb."""
        tokens = self.tokens
        j = i
        while j < len(tokens) and j - i < 4 and tokens[j].cap and _name_like(tokens[j].text):
            j += 1
        return (
            2 <= j - i <= 3
            and j < len(tokens)
            and (tokens[j].low() in SPEECH_VERBS or tokens[j].low() in _ACTION_WORDS)
            and self._plain_name(i, j)
        )

    def _who_at(self, end: int) -> bool:
        """Whether tokens[end:] open a relative clause on someone: ", who"."""
        tokens = self.tokens
        return end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].text == "who"

    def _who_after(self, i: int) -> bool:
        """Whether tokens[i:] are two or three words of a plain name, then ", who"."""
        tokens = self.tokens
        j = i
        while j < len(tokens) and j - i < 4 and tokens[j].cap and _name_like(tokens[j].text):
            j += 1
        return 2 <= j - i <= 3 and self._who_at(j) and self._plain_name(i, j)

    def _country_then_name_after(self, end: int) -> bool:
        """Whether "of (the) <country>" and two or more words of a name follow tokens[end]
        on the same line: the words before were the name of a body in an office."""
        tokens = self.tokens
        n = len(tokens)
        if end + 3 >= n or tokens[end].text != "of":
            return False
        i = end + 2 if tokens[end + 1].text == "the" else end + 1
        _, size = _country_at(tokens, i, n)
        if not size:
            # "Chairman of the Majlisi Namoyandagon of the Majlisi Oli of Tajikistan X Y": a
            # chamber of a parliament of the country
            k = i
            while k < n and k - i < 4 and tokens[k].cap:
                k += 1
            if k == i or k + 2 >= n or tokens[k].text != "of":
                return False
            i = k + 2 if tokens[k + 1].text == "the" else k + 1
            _, size = _country_at(tokens, i, n)
        i += size
        if not size or i + 1 >= n or "\n" in self.body[tokens[end].start : tokens[i + 1].end]:
            return False
        if tokens[i].text == "," and tokens[i + 1].cap and tokens[i + 1].bare_low() in TITLE_HEADS:
            # "Speaker of the Senate of Narodna Vecha of Moldova, Mayor of Velmora X Y": the
            # words after "of" name a body, a second office and the holder's name follow
            k = end - 1
            while k > 0 and tokens[k].cap:
                k -= 1
            return tokens[k].text == "of"
        return all(tokens[k].cap and _name_like(tokens[k].text) for k in (i, i + 1))

    def _officer_after_company_noun(self, noun: int, end: int) -> bool:
        """Whether the name tokens[noun + 1:end] right after a company noun is an officer's
        in an office "of" that company: "Chairman of the Board of Redcliff Metals national
        company A B" (the company named before its noun), or "Vice President of the company
        A B" after a company named by its legal form ("the company Nordwind Hydrogen" with
        none before stays a company)."""
        tokens = self.tokens
        if noun < 3:
            return False
        i = noun - 1
        while i > noun - 3 and tokens[i].text.islower() and tokens[i].text in FIELD_WORDS:
            i -= 1  # "national", "state", "energy"
        if i < noun - 1 and tokens[i].cap and not _demonym(tokens[i].bare):
            # the company's name, then its kind: "Redcliff Metals national company"
            while i > 0 and tokens[i].cap:
                i -= 1
            return tokens[i].text == "of" and (
                tokens[i - 1].cap or tokens[i - 1].low() in TITLE_WORDS
            )
        if (
            end - noun > 4
            or tokens[noun - 1].text != "the"
            or tokens[noun - 2].text != "of"
            or tokens[noun - 3].bare_low() not in TITLE_HEADS
        ):
            return False
        # "Vice President of the company A B" after "Redcliff Metals Co., Ltd.": "the
        # company" points back to a company named by its legal form earlier in the sentence.
        for i in range(noun - 4, max(0, noun - 40), -1):
            text = tokens[i].text
            if text in _LEGAL_FORMS:
                return True
            if (text == "." and tokens[i - 1].text not in _LEGAL_FORMS) or "\n" in self.body[
                tokens[i].end : tokens[i + 1].start
            ]:
                break
        return False

    def _named_as_company(self, first: int, end: int) -> bool:
        """Whether the words tokens[first:end] were named before as an organisation: in the
        office of someone found ("Chairman of the Board of Vistula Makro X") or right after
        a company noun ("the Polish holding Vistula Makro")."""
        tokens = self.tokens
        body = self.body
        start = tokens[first].start
        name = body[start : tokens[end - 1].end]
        if any(p.title and name in p.title for p in self.people):
            return True
        at = body.find(name)
        while at >= 0:
            # "the X Y mine" elsewhere: "X Y is believed to hold" is the mine
            word = _WORD_THEN.match(body, at + len(name))
            if word and word["word"] in _NAMED_THINGS:
                return True
            at = body.find(name, at + 1)
        if self._after_company_noun is None:
            # Each capitalised word (a fifth of the tokens or fewer) with a noun before it.
            self._after_company_noun = [
                tokens[i].start
                for i in self.capitals
                if i > 0
                and tokens[i - 1].text in _COMPANY_WORDS
                and body[tokens[i - 1].end : tokens[i].start].isspace()
            ]
        return any(
            at + len(name) <= start and body.startswith(name, at)
            for at in self._after_company_noun
        )

    def _named_after_comma(self, end: int) -> bool:
        """Whether a comma then two name-like capitalised words follow tokens[end - 1]."""
        tokens = self.tokens
        return (
            end + 2 < len(tokens)
            and tokens[end].text == ","
            and all(
                tokens[i].cap and _name_like(tokens[i].text) and not _is_acronym(tokens[i].text)
                for i in (end + 1, end + 2)
            )
        )

    def _name_start(self, k: int, end: int, *, allow_three: bool) -> int | None:
        tokens = self.tokens
        # Three words after a title ("CEO Mohamed Juma Al Shamisi": the article apart); four
        # with a particle among them ("President Luiz Inácio Lula da Silva").
        if allow_three:
            caps = sum(tokens[i].cap and tokens[i].text not in ("Al", "El") for i in range(k, end))
            if (
                caps <= 3
                or (caps == 4 and tokens[k - 1].low() in TITLE_HEADS)
                # "Minister of Foreign Trade X Y Z W": a portfolio closes the office
                or (caps == 4 and end - k == 4 and self._portfolio_ends_at(k))
                # "... of the Shipping Ministry Md. Harun Ali Mridha": a short given name
                or (caps == 4 and k + 1 < end and tokens[k + 1].text == ".")
                # "X Y Ould Z": a chain of given names and "son of"
                or (
                    caps == 4
                    and any(tokens[i].low() in _CHAIN_PARTICLES for i in range(k + 1, end))
                )
                # "the President, X Y Z W, said": two given names and two surnames closed
                # by a comma, as Spanish and Portuguese names have them
                or (
                    caps == 4
                    and end - k == 4
                    and tokens[k - 1].text == ","
                    and end < len(tokens)
                    and tokens[end].text in (",", "and")
                )
                # "his counterpart, X Y Z da W": a particle in lower case before the surname
                or (
                    caps == 4
                    and any(
                        not tokens[i].cap and tokens[i].text in _LUSO_PARTICLES
                        for i in range(k + 2, end - 1)
                    )
                )
            ):
                return k
        for size in (4, 3):
            # "Prime Minister of Vietnam Pham Minh Chinh", "Secretary of the United Mexican
            # States X Y Z", "Foreign Minister of Ecuador W X Y
            # Z": three or four words after a country's name
            if (
                end - size >= k
                and end > size
                and self._country_ends_at(end - size)
                and all(
                    tokens[i].cap and not _country(tokens[i].text) for i in range(end - size, end)
                )
            ):
                return end - size
        if (
            end - 3 >= k
            and end >= 4
            and tokens[end - 4].cap
            and (
                tokens[end - 4].bare_low() in _HEADED_BODY_WORDS
                or tokens[end - 4].bare_low() in CHAMBER_WORDS
            )
            and all(
                tokens[i].cap
                and tokens[i].bare_low() not in ORG_WORDS
                and tokens[i].bare_low() not in TITLE_WORDS
                and tokens[i].bare_low() not in FIELD_WORDS
                and not _country(tokens[i].text)
                for i in range(end - 3, end)
            )
        ):
            # "Speaker of the Islamic Consultative Assembly X Y Z", "Governor of the Central
            # Bank X Y Z": the body's name closes the office, three words of a name follow
            return end - 3
        if end - 3 >= k and tokens[end - 3].low() in _VIETNAMESE_SURNAMES:
            return end - 3  # "Tran X Y": a Vietnamese surname opens a three-word name
        if (
            end - 3 >= k
            and tokens[end - 3].cap
            and tokens[end - 2].cap
            and _PATRONYMIC.search(tokens[end - 2].text)
        ):
            return end - 3  # "X Yevich Z": a given name, a patronymic, the surname
        # Surname, then particles, then one given name; "bin X" chains extend it.
        j = end - 1
        if j - 1 >= k and tokens[j].bare in _GENERATIONAL:
            j -= 1  # "X Y Jr.": the suffix after the surname
        j -= 1
        while j >= k and tokens[j].low() in NAME_PARTICLES and not tokens[j].cap:
            j -= 1
        # "Al Thani", "Mishal Al-Ahmad Al-Jaber Al-Sabah": an article opens a part of the name.
        while j - 1 >= k and (
            tokens[j].text in ("Al", "El") or tokens[j].text[:3] in ("Al-", "El-")
        ):
            j -= 1
        if j < k:
            return None
        if j - 1 >= k and _INITIALS.fullmatch(tokens[j - 1].text):
            j -= 1  # "Foreign Minister A.K. X Y": initials before the given name
        elif j - 1 >= k and _INITIALS.fullmatch(tokens[j].text) and tokens[j - 1].cap:
            j -= 1  # "X L.P. Y": a given name before initials
        if tokens[j].text == "." and j - 1 >= k and _is_initial(tokens[j - 1]):
            j -= 1  # "Minister of Foreign Affairs of Japan T. Iwaya": an initial, then the name
            while j - 2 >= k and tokens[j - 1].text == "." and _is_initial(tokens[j - 2]):
                j -= 2  # "Vice President of Norland C. P. X": two initials, each with its stop
            if j - 1 >= k and _middle_initial(tokens[j]) and tokens[j - 1].cap:
                j -= 1  # "X R. Y": a given name before the middle initial
        if j - 1 >= k and tokens[j].text in _CAPITAL_CHAIN_PARTICLES:
            j -= 1  # "X Ould Y": "Ould" ("son of") after the given name
        while j - 2 >= k and tokens[j - 1].low() in _CHAIN_PARTICLES:
            j -= 2
        if j - 1 >= k and tokens[j - 1].text in _ARABIC_COMPOUNDS:
            j -= 1  # "Abdul Hadi X": "Abdul Hadi" is one given name
        return j

    def _subject_after_with(self, start: int, end: int) -> bool:
        """Whether the name at tokens[start:end] opens a sentence's main clause after an
        opening phrase that ends with one met, not an apposition to that one: "In the
        conversation with the Syldavian minister, X Y discussed ..." (a verb right after the
        name, "with" before the office)."""
        tokens = self.tokens
        if end >= len(tokens) or _VERB_AFTER_NAME.match(self.body, tokens[end - 1].end) is None:
            return False
        for j in range(start - 2, max(-1, start - 9), -1):
            if tokens[j].text in (",", ";", "."):
                return False
            if tokens[j].text == "with":
                return True
        return False

    def _office_before_comma(self, start: int) -> int:
        """Where the office ends (its last word) before the comma that tokens[start], a name,
        follows: right before the comma, or before "in the country", where an envoy serves
        ("the ambassador of X in the country, Y Z,")."""
        tokens = self.tokens
        last = start - 2
        if (
            last > 3
            and tokens[last].text == "country"
            and tokens[last - 1].text == "the"
            and tokens[last - 2].text == "in"
        ):
            last -= 3
        return last

    def _portfolio_ends_at(self, stop: int) -> bool:
        """Whether an office's portfolio ends right before tokens[stop]: capitalised field
        words after "of", "for" or "and" ("Minister for Economic Affairs"), not the words of
        a company's name ("the company Moravia Mining Equipment")."""
        tokens = self.tokens
        low_limit = max(0, stop - 6)
        j = stop - 1
        while j >= low_limit and tokens[j].cap and tokens[j].bare_low() in FIELD_WORDS:
            j -= 1
        return j < stop - 1 and j >= low_limit and tokens[j].text in ("of", "for", "and", ",")

    def _lower_portfolio_at(self, j: int) -> bool:
        """Whether tokens[j], a field word in lower case, is in an office's portfolio told in
        lower case: field words and "and" back to the "for" or "of" after the office's head
        ("the deputy minister for economic and energy affairs")."""
        tokens = self.tokens
        k = j - 1
        while (
            k > j - 6
            and k > 0
            and (
                tokens[k].text == "and"
                or (tokens[k].text.islower() and tokens[k].text in FIELD_WORDS)
            )
        ):
            k -= 1
        return k > 0 and tokens[k].text in ("for", "of") and tokens[k - 1].low() in TITLE_HEADS

    def _country_ends_at(self, stop: int) -> bool:
        """Whether a country's name (one word, or several: "the United Mexican States")
        ends right before tokens[stop]."""
        tokens = self.tokens
        if stop < 1:
            return False
        if country_of_name(tokens[stop - 1].text) not in (None, EU):
            return True
        for size in range(2, min(max_name_words(), stop) + 1):
            found, taken = _country_at(tokens, stop - size, stop)
            if found is not None and found != EU and taken == size:
                return True
        return False

    def _add_person(
        self, first: int, end: int, title: str | None, country: str | None, eu: bool
    ) -> None:
        tokens = self.tokens
        last = tokens[end - 1]
        name = self.body[tokens[first].start : last.start] + last.bare
        if " " in name and _country(name) is not None:
            # "Costa Rica is ...", "the Prime Minister of Viet Nam, Mr X": a country of two
            # words, never a person
            return
        if (
            (last.possessive or (first > 0 and tokens[first - 1].text in _PLACE_PREPOSITIONS))
            and " " in name
            and is_city(name)
        ):
            # "his counterpart in Abu Dhabi", "envoys, Buenos Aires's Harbour Bank": a city of
            # two words after "in" or owning something
            return
        if all(word.lower() in _BYLINE_ROLES for word in _name_words(name)):
            return  # "Staff Report, Gulf News": a byline's credit, not someone's name
        if last.bare_low() in _OFFICE_BODIES:
            return  # "the President's Media Division": a body, not a person
        if is_military_body(name):
            return  # "Minister of the Armed Forces", "at General Headquarters": no one's name
        for index, person in enumerate(self.people):
            if (
                _same_person(person.name, name)
                or (
                    # "Ambassador X" in a headline, "A B X Y" below: the first of two surnames
                    " " not in person.name and _middle_surname(name) == person.name.lower()
                )
                or (
                    # "President X" in a headline, "President of Mongolia X Y" below: a
                    # Mongolian is called by the given name, written first
                    country in _GIVEN_NAME_FIRST
                    and " " not in person.name
                    and name.count(" ") == 1
                    and name.split(" ", 1)[0] == person.name
                )
            ):
                if (
                    len(_name_words(name)) > len(_name_words(person.name))
                    and not _by_short_given(_name_words(person.name), _name_words(name))
                ) or (
                    len(_name_words(name)) == len(_name_words(person.name))
                    and "." in person.name
                    and "." not in name
                ):
                    person.name = name  # "President Varenko" or "B. Selimov" first
                if title and (
                    person.title is None
                    # "Prince X" in a headline, "Prince X, Minister of State," below: the office
                    or (_style_or_rank(person.title) and not _style_or_rank(title))
                ):
                    if country is not None or eu or not person.country_given:
                        person.country, person.eu_office = country, eu
                        person.country_given = country is not None
                    person.title = title
                elif (
                    title
                    and person.title
                    and " " not in person.title
                    and person.country in (None, country)
                    and not eu
                    and (
                        title.startswith(person.title + " ")
                        or (title == person.title and country is not None)
                    )
                ):
                    # "Minister X" in a headline, "Minister of Commerce X" (or "Minister of
                    # Chile X") below: the office told in full
                    person.title, person.country = title, country
                    person.country_given = country is not None
                elif country is not None and person.country is None and not person.eu_office:
                    # "Foreign Minister X" in a headline, "the Minister of Foreign Affairs of
                    # the Kyrgyz Republic, X" below: the country told later
                    person.country, person.country_given = country, True
                self._mark(first, end, index)
                return
        self.people.append(
            PersonFound(
                name=name,
                title=title,
                country=country,
                country_given=country is not None,
                eu_office=eu,
                start=tokens[first].start,
            )
        )
        self._mark(first, end, len(self.people) - 1)

    def _mark(self, first: int, end: int, index: int) -> None:
        self._taken.update(range(first, end))
        tokens = self.tokens
        self.mentions.append(Mention(tokens[first].start, tokens[end - 1].end, index, "name"))

    # --- titles -------------------------------------------------------------------------
    def _honourable_before(self, start: int) -> int:
        """Where a Commonwealth style of address ("Hon.", "Senator the Hon.", "the Most Hon.",
        "Rt Hon") ending right before token `start` opens; `start` when none does."""
        tokens = self.tokens
        last = start - 1
        if last >= 1 and tokens[last].text == ".":
            last -= 1
        if last < 0 or tokens[last].low() not in HONOURABLE_WORDS:
            return start  # the cheap test: no "Hon" right before
        for first in range(max(0, last - 3), last + 1):
            if _STYLE_ONLY.fullmatch(self.body, tokens[first].start, tokens[start - 1].end):
                return first
        return start

    def _honorific_only(self, start: int, k: int) -> bool:
        """Whether tokens[start:k] are one honorific ("Mrs", "Dr."), nothing else."""
        tokens = self.tokens
        return (
            start < k <= start + 2
            and tokens[start].low() in _HONORIFICS
            and (k == start + 1 or tokens[start + 1].text == ".")
        )

    def _office_comma_before_style(self, start: int, end: int) -> bool:
        """Whether a name of three words (tokens[start:end]) follows an office, a comma and
        a style of address with its closing mark ("the Ambassador of X, H.E. Dato' Y Z W")."""
        tokens = self.tokens
        style = start - 1
        if end - start != 3 or style < 1 or tokens[style].text not in ("'", "’"):
            return False
        while style >= 1 and (
            tokens[style].text in ("'", "’")
            or tokens[style].low() in _NAME_STYLES
            or (tokens[style].cap and _STYLE_ONLY.fullmatch(tokens[style].text) is not None)
        ):
            style -= 1
        return (
            style < start - 2
            and tokens[style].text == ","
            and style >= 1
            and (
                tokens[style - 1].bare_low() in TITLE_HEADS
                or self._portfolio_ends_at(style)
                or self._office_ends_at(style - 1, max(0, style - 7))
            )
        )

    def _office_before_style(self, start: int) -> bool:
        """Whether an office, then a Commonwealth style of address, end right before token
        `start` ("Minister of X, Senator the Hon.", "Prime Minister the Most Hon.")."""
        styled = self._honourable_before(start)
        if styled == start or styled < 2:
            return False
        tokens = self.tokens
        before = styled - 1
        if tokens[before].text == ",":
            before -= 1
        return (
            tokens[before].bare_low() in TITLE_HEADS
            or self._portfolio_ends_at(before + 1)
            # "the Speaker of the National Assembly of Tonga, Hon. X Y,"
            or (before < styled - 1 and self._office_ends_at(before, max(0, before - 10)))
        )

    def _title_before(
        self, name_start: int, name_end: int, run_start: int
    ) -> tuple[str | None, str | None, bool]:
        tokens = self.tokens
        # "Minister of X, the Hon. Y Z": the office before the style
        styled = self._honourable_before(name_start)
        if styled < name_start and not self._office_before_style(name_start):
            styled = name_start  # "Senator the Hon X" alone: the style stands for an office
        j = styled - 1
        end = styled
        if j >= 1 and tokens[j].text == "." and tokens[j - 1].low() in _HONORIFICS:
            j -= 2  # "the head of the Chamber, Ms. Petra Vogel"
            end = j + 1
        elif j >= 0 and tokens[j].low() in _HONORIFICS:
            j -= 1  # "Mr Smith"
            end = j + 1
        style = j
        while style >= 1 and (
            tokens[style].low().rstrip("'’") in _NAME_STYLES
            # "Dato' X": the style's closing mark, a token of its own
            or (
                tokens[style].text in ("'", "’")
                and tokens[style - 1].low() in _NAME_STYLES
                and tokens[style - 1].end == tokens[style].start
            )
            # "the UAE Minister of State, H.E. X Y,"
            or (tokens[style].cap and _STYLE_ONLY.fullmatch(tokens[style].text) is not None)
        ):
            style -= 1
        if style < j and tokens[style].text in ("–", "—"):
            j = style - 1  # "First President of Kazakhstan – Elbasy X": the style apart
            end = style
        elif style < j and tokens[style].text == ",":
            j = style  # "the First Deputy Prime Minister, Mawlawi X,": the style apart
            end = j + 1
        if j >= 0 and tokens[j].text == "," and self._subject_after_with(name_start, name_end):
            return None, None, False  # "In talks with the Syldavian minister, X Y discussed"
        if j >= 0 and tokens[j].text == ",":
            j -= 1  # "the Chair of the Standing Committee, Zhao Leji,"
            # "Deputy Minister of Foreign Affairs in charge of economic diplomacy, X Y": a
            # remit in lower case closing the office
            k = j
            while (
                k > j - 4
                and k >= 0
                and tokens[k].text != "of"
                and tokens[k].text.isalpha()
                and tokens[k].text.islower()
            ):
                k -= 1
            if (
                k < j
                and k >= 3
                and tokens[k].text == "of"
                and tokens[k - 1].text == "charge"
                and tokens[k - 2].text == "in"
                and tokens[k - 3].cap
            ):
                j = k - 3
        low_limit = max(0, name_start - 40)
        first = j + 1
        body = self.body
        members = False  # whether the office ends in a body of members ("friendship group")
        bodies = self._other_bodies_at(j)
        if bodies is not None:
            first = j = bodies
        while j >= low_limit:
            token = tokens[j]
            # "Minister of Trade, Commerce, Food Security & Cooperative Development"
            low = "and" if token.text == "&" else token.low()
            if j in self._taken or "\n" in body[token.end : tokens[j + 1].start]:
                break  # a title never runs over a line's end ("MFA Press Release")
            if (
                token.cap
                or low in TITLE_WORDS
                or token.text in _AFFAIRES
                or low == "counterparts"  # "his Kenyan and Ghanaian counterparts, X and Y"
                # "the hakim of the Balkan velayat, X": a Turkmen governor in lower case
                or (token.text == "hakim" and tokens[j + 1].text == "of")
            ):
                first = j  # ("Chargé d'Affaires")
            elif (
                low == "country"
                and j > 2
                and tokens[j - 1].text == "the"
                and tokens[j - 2].text == "in"
                and tokens[j + 1].text == ","
            ):
                # "the ambassador of Ruritania in the country, X Y": where the envoy serves,
                # told without its name, closing the office
                first = j = j - 2
            elif low == "press" and tokens[j + 1].bare_low() in TITLE_HEADS:
                first = j  # "the press secretary of the president, X": one office
            elif token.text == "." and j >= 3 and body[tokens[j - 3].start : token.end] == "a.i.":
                first = j = j - 3  # "Chargé d'Affaires a.i. of X": ad interim
            elif low in _PLACE_NOUNS and j > 0 and tokens[j - 1].cap:
                first = j  # "Deputy Governor of the Samarkand region X Y"
            elif (
                low in _UNIT_NOUNS
                and j > 0
                and (tokens[j - 1].cap or tokens[j - 1].text in ("the", "its"))
                and j + 1 < len(tokens)
                and (tokens[j + 1].text == "," or tokens[j + 1].text in _HONORIFICS)
            ):
                # "the head of the Ministry's Asia department, X Y,", "the director of the
                # institute, Dr. X Y": a body in lower case closing the office
                first = j
            elif low == "delegation" and first == j + 1 and j > 2:
                first = j  # "the head of the Norwegian delegation, Ola Dahl,"
            elif low in FIELD_WORDS and token.text.islower() and self._lower_portfolio_at(j):
                first = j  # "the deputy minister for economic and energy affairs, X Y,"
            elif j + 1 == name_start and self._members_body_at(j):
                first = j = j - 1  # "Chairman of the parliamentary group Jan Nowak"
                while j - 1 >= low_limit and tokens[j - 1].low() in _MEMBERS_KINDS:
                    first = j = j - 1  # "inter-parliamentary friendship group"
                members = True
            elif (
                members
                and token.text in ("-", "–", "—")
                and j > 0
                and tokens[j - 1].cap
                and tokens[j + 1].cap
            ):
                first = j  # "Chairman of the Italy – Central Asia friendship group X"
            elif (
                low in _COMPANY_WORDS
                and j + 1 < name_start
                and (tokens[j + 1].cap or tokens[j + 1].text in _OPENING_QUOTES)
            ):
                # "CEO of the Italian company X Y Z W", 'head of the
                # company "Nordwind" X'
                first = j
            elif (
                low in _COMPANY_WORDS
                and j + 1 == name_start
                and self._officer_after_company_noun(j, name_end)
            ):
                first = j  # "Chairman of X national company A B", "of the company X Y"
            elif (
                j + 1 == name_start
                and j > 0
                and (low in _GOVERNING or (low == "state" and _demonym(tokens[j - 1].bare)))
            ):
                first = j  # "Vice Chairman of the X regional government Y Z"
            elif low in _GOVERNMENT_LEVELS and first == j + 1 and tokens[first].text in _GOVERNING:
                first = j  # "the X provincial government"
            elif (
                (low in FIELD_WORDS or (low in _COMPANY_WORDS and token.text.islower()))
                and first == j + 1
                and tokens[first].text in _COMPANY_OR_FIELD_WORDS
            ):
                # "Chairman of the German energy company Nordwind Hydrogen X", "of the
                # national railway company "X" Y"
                first = j
            elif (
                first == j + 1
                and tokens[first].text in _MAKER_WORDS
                and token.text.isalpha()
                and token.text.islower()
                and low not in NAME_GLUE_WORDS
            ):
                first = j  # "Director of the Ruritanian cheese maker X Y": its product
            elif token.text in _CLOSING_QUOTES and j > 1:
                # 'Chairman of the State Concern "Turkmenbuild" X': a quoted name of a company
                # inside the title.
                k = j - 1
                while k > low_limit and j - k < 5 and tokens[k].cap:
                    k -= 1
                if (
                    k == j - 1
                    or tokens[k].text not in _OPENING_QUOTES
                    or not (
                        tokens[k - 1].cap
                        or tokens[k - 1].low() in NAME_GLUE_WORDS
                        # 'the national railway company "X Y Z"'
                        or tokens[k - 1].low() in _COMPANY_WORDS
                    )
                ):
                    break
                first = j = k
            elif token.text == ")":
                # "Secretary (East) of the Ministry": a short aside inside the title.
                k = j - 1
                while k > low_limit and j - k < 5 and tokens[k].text != "(":
                    k -= 1
                if (
                    tokens[k].text != "("
                    or k == 0
                    or not (tokens[k - 1].cap or tokens[k - 1].low() in TITLE_WORDS)
                ):
                    break  # "Nov 24 (PTI) Minister X": an agency's credit, not an aside
                first = j = k
            elif (
                low == "with"
                and first == j + 1
                and tokens[first].cap
                and j > 0
                and tokens[j - 1].cap
                and tokens[j - 1].bare_low() in _WITH_BODY_NOUNS
            ):
                # "Chair of the Friendship Group for Relations with Ruritania X": "with" inside the
                # name of a body, between capitalised words
                first = j
            elif low in NAME_GLUE_WORDS:
                # "Minister of State at the Federal Foreign Office", "Ambassador ... to the
                # Republic of Tajikistan": these join the words of a title when a name follows.
                nxt = j + 1
                if nxt < name_start and tokens[nxt].text == "the":
                    nxt += 1
                if low in ("in", "at", "to") and not (nxt < name_start and tokens[nxt].cap):
                    break
                if (
                    low == "and"
                    and j > 0
                    and _country(tokens[j - 1].bare)
                    and not _HEAD_WORDS.isdisjoint(
                        t.bare_low() for t in tokens[j + 1 : name_start]
                    )
                ):
                    break  # "President X of Kazakhstan and Prime Minister Y": not Y's country
                if (
                    low == "and"
                    and j > 2
                    and tokens[j - 1].text in TITLE_HEADS
                    and _demonym(tokens[j - 2].bare)
                    and tokens[j - 3].low() == "the"
                ):
                    # "the Malaysian minister and Minister of Trade X": one named before
                    # (a role in lower case), then X: not X's office nor X's country
                    break
                first = j
            elif (
                token.text == ","
                and j > 0
                and tokens[j - 1].cap
                and j + 1 < name_start
                and tokens[j + 1].cap
                and any(t.text in ("and", "&") for t in tokens[j + 1 : name_start])
            ):
                first = j
            elif (
                token.text in (",", "-", "–", "—")
                and j + 1 < name_start
                and tokens[j + 1].bare_low() in TITLE_WORDS
                and self._office_ends_at(j - 1, low_limit)
            ):
                # "Member of the Bundestag, Chairman of the ... Group X", "Deputy Prime
                # Minister – Minister of Foreign Affairs X": two offices of one person.
                first = j
            elif (
                token.text.isalpha()
                and token.text.islower()
                and first == j + 1
                and tokens[first].text in TITLE_HEADS
                and j > 0
                and (
                    _demonym(tokens[j - 1].bare)
                    or tokens[j - 1].text == "its"  # "its environment chief X"
                    or (
                        j > 1
                        and tokens[j - 1].text.isalpha()
                        and tokens[j - 1].text.islower()
                        and _demonym(tokens[j - 2].bare)
                    )
                )
            ):
                # "Norwegian climate ambassador X", "the Danish climate change envoy X": a field in
                # lower case after a demonym
                first = j if _demonym(tokens[j - 1].bare) or tokens[j - 1].text == "its" else j - 1
                j = first
            else:
                break
            j -= 1
        if (
            first == end - 1
            and first >= 2
            and tokens[first].text == "Ambassador"
            and tokens[first - 1].text == ","
            and tokens[first - 2].cap
        ):
            # "Deputy Secretary-General, Trade and Regional Affairs, Ambassador X": a
            # rank kept as a style after the office held
            office = self._title_before(first, name_end, run_start)
            if office[0] is not None and any(
                word in TITLE_HEADS for word in office[0].lower().replace("-", " ").split()
            ):
                return office
        if end > 0 and tokens[end - 1].text == ",":
            end -= 1
        return self._title_from(first, end)

    def _other_bodies_at(self, j: int) -> int | None:
        """Where the capitalised name opens that "and other bodies" ending at tokens[j] close
        ("Permanent Representative of X to the CIS statutory and other bodies Y Z", "to the
        UN Office and other international organizations"): the office runs on before it."""
        tokens = self.tokens
        if j <= 3 or tokens[j].text not in _OTHER_BODIES:
            return None
        k = j - 1
        while k > j - 5 and tokens[k].text.isalpha() and tokens[k].text.islower():
            k -= 1
        if tokens[k].cap and "other" in (t.text for t in tokens[k + 1 : j]):
            return k
        return None

    def _heading_office(self, name_start: int) -> tuple[str | None, str | None, bool] | None:
        """ "Meeting with the Deputy Prime Minister, Minister of Foreign Affairs of X" on a
        line of its own right above the paragraph: the office of the first person the
        paragraph names who was not named before, after someone who was ("A and B
        discussed"): (title, country, EU); None if there is no such heading, or someone new
        was named since it."""
        body = self.body
        at = self.tokens[name_start].start
        stop = body.rfind("\n", 0, at)  # the end of the heading, after blank lines
        while stop > 0 and body[stop - 1].isspace():
            stop -= 1
        start = body.rfind("\n", 0, stop) + 1
        match = _HEADING_WITH.match(body, start, stop) if stop > 0 else None
        if match is None or body[stop - 1] in SENTENCE_ENDS or stop - start > 200:
            return None
        if any(person.start >= start for person in self.people):
            return None  # the heading's office is someone's named before this name
        name = body[at : self.tokens[name_start + 1].end]
        if any(_same_person(person.name, name) for person in self.people):
            return None
        if not any(body.find(p.name.rsplit(" ", 1)[-1], start, at) >= 0 for p in self.people):
            return None  # no one named before meets them under the heading ("A and B met")
        tokens = self.tokens
        first = _token_index(tokens, match.end())
        last = _token_index(tokens, stop)
        title = self._title_from(first, last)
        return title if title[0] is not None else None

    def _members_body_at(self, i: int) -> bool:
        """Whether tokens[i] ends the lower-case name of a body of members ("parliamentary
        group", "friendship group", "working group"), not of a company."""
        tokens = self.tokens
        return (
            i >= 1 and tokens[i].text in _MEMBERS_BODIES and tokens[i - 1].low() in _MEMBERS_KINDS
        )

    def _office_ends_at(self, last: int, low_limit: int) -> bool:
        """Whether tokens[...last] end a title of office of its own: capitalised words and
        connectors back to a title head ("Member of the Bundestag"), none of them a name."""
        tokens = self.tokens
        if last < low_limit or not tokens[last].cap:
            return False
        j = last
        while j >= low_limit and j not in self._taken:
            token = tokens[j]
            if token.bare_low() in TITLE_HEADS:
                return True
            if not token.cap and token.low() not in NAME_GLUE_WORDS:
                return False
            j -= 1
        return False

    def _title_from(self, first: int, end: int) -> tuple[str | None, str | None, bool]:
        """Read a title phrase tokens[first:end]: (title without country, country, EU)."""
        if first >= end:
            return None, None, False
        tokens = self.tokens
        body = self.body
        # "President of the Republic of Tajikistan H.E. Mr. X", "Emir of Qatar Sheikh X",
        # "UAE President His Highness Sheikh X": the style of address between the office and
        # the name is no part of the office (a style alone is left to the caller).
        # "Crown Prince His Royal Highness Prince X": a royal rank after the style goes too.
        style_end = end
        if end - 2 > first and _RANK_ONLY.fullmatch(tokens[end - 1].text):
            style_end = end - 1
        if (
            end - 2 >= first
            and _RANK_ONLY.fullmatch(tokens[end - 1].text)
            and tokens[end - 2].low() != "crown"
            and any(t.bare_low() in TITLE_HEADS for t in tokens[first : end - 1])
        ):
            # "Minister of Energy Prince X": a royal rank right after the office is no part
            # of it ("Crown Prince" is an office)
            end = style_end = end - 1
        if _may_end_style(tokens[style_end - 1].text):  # else no style ends it: cut == end
            last = tokens[style_end - 1].end
            cut = end
            for k in range(style_end - 1, max(first, style_end - 8), -1):
                if _STYLE_ONLY.fullmatch(body, tokens[k].start, last):
                    cut = k
            if not _STYLE_ONLY.fullmatch(body, tokens[first].start, tokens[cut - 1].end):
                end = cut  # an office is left before the style ("H.E. Sheikh" alone is kept)
        phrase = body[tokens[first].start : tokens[end - 1].end]
        title = _TITLES.get(phrase)
        if title is None:
            title = _read_title(tokens, body, first, end)
            if len(_TITLES) >= _MAX_TITLES:
                _TITLES.clear()
            _TITLES[phrase] = title
        return title

    def _apposition_after(self, end: int) -> tuple[str | None, str | None, bool]:
        """ "X Y, chairman of the ... Commission," gives the title after the name."""
        tokens = self.tokens
        n = len(tokens)
        if end >= n or tokens[end].text != ",":
            return None, None, False
        i = end + 1
        while i < n and tokens[i].low() in ("the", "a", "an", "also"):
            i += 1  # ("Wang Yi, also a member of X,")
        first = i
        j = i
        while j < n and j - i < 25:
            token = tokens[j]
            low = token.low()
            if token.text == "," and self._portfolio_list_at(j + 1):
                j += 1  # "Minister of Commerce, Industry and Investment Promotion"
                continue
            if token.text in (",", ".", ";", ":", "(", ")", "“", "”", '"') or low in SPEECH_VERBS:
                break
            if low in ("who", "which", "that", "whose"):
                break
            if j > first and "\n" in self.body[tokens[j - 1].end : token.start]:
                break  # "- X, Minister of Y\n\nQuick facts": the office ends with its line
            j += 1
        if j == first:
            return None, None, False
        words = [t.bare_low() for t in tokens[first:j]]
        if words[0] in _KIN_WORDS and "and" in words:
            # "X, the father of the current president and chairman of the Council,": the
            # office after the kinship is X's own
            after = words.index("and") + 1
            if after < len(words) and words[after] in TITLE_HEADS:
                first += after
                words = words[after:]
        head_at = next((x for x, w in enumerate(words) if w in TITLE_WORDS), None)
        if (
            head_at is None
            or (
                head_at > 2  # "the chief executive of X" (after an article or two)
                # "Qatar Airways Group Chief Executive": a capitalised name before the office
                and not (head_at <= 4 and all(t.cap for t in tokens[first : first + head_at]))
            )
        ):
            return None, None, False
        if _HEAD_WORDS.isdisjoint(words):
            return None, None, False
        office = _normalise_title(self.tokens, self.body, first, j)
        if office[0] is not None:
            self._appositions.append((first, j))
        return office

    def _office_on_next_line(self, start: int, end: int) -> tuple[str | None, str | None, bool]:
        """The office opening the line below a name that stands alone on its line (a press
        release's contact block): its words up to "to", "at" or a comma."""
        tokens = self.tokens
        body = self.body
        n = len(tokens)
        if (
            end >= n
            or body.rfind("\n", 0, tokens[start].start) + 1 != tokens[start].start
            or body[tokens[end - 1].end : tokens[end].start].count("\n") != 1
            or body[tokens[end - 1].end : tokens[end].start].strip()
            or not self._plain_name(start, end)
        ):
            return None, None, False
        j = end
        while (
            j < n
            and j - end < 8
            and (tokens[j].cap or tokens[j].text in ("of", "for", "and"))
            and (j == end or "\n" not in body[tokens[j - 1].end : tokens[j].start])
        ):
            j += 1
        if j == end or tokens[j - 1].bare_low() not in TITLE_HEADS:
            return None, None, False  # "Head of Press": the words must end in an office
        return _normalise_title(tokens, body, end, j)

    def _office_taken_up_after(self, end: int) -> tuple[str | None, str | None, bool]:
        """ "congratulated X on his election as President of the Republic of Chile": the
        office X has been elected or appointed to (title, country, EU)."""
        tokens = self.tokens
        n = len(tokens)
        if (
            end + 3 < n
            and tokens[end].text == "as"
            and tokens[end + 1].text == "the"
            and tokens[end + 2].text in _NEW_IN_OFFICE
        ):
            # "the credentials of X as the new Ambassador of Chile": the office taken up
            first = end + 3
        elif (
            end + 4 >= n
            or tokens[end].text != "on"
            or tokens[end + 1].text not in ("his", "her")
            or tokens[end + 2].low() not in _TAKING_UP
            or tokens[end + 3].text != "as"
        ):
            return None, None, False
        else:
            first = end + 5 if tokens[end + 4].text == "the" else end + 4
        j = first
        while (
            j < n
            and j - first < 16
            and (tokens[j].cap or tokens[j].text in ("of", "the", "for", "and"))
        ):
            j += 1
        while j > first and not tokens[j - 1].cap:
            j -= 1
        if j == first or _HEAD_WORDS.isdisjoint(t.bare_low() for t in tokens[first:j]):
            return None, None, False
        return _normalise_title(tokens, self.body, first, j)

    def _portfolio_list_at(self, i: int) -> bool:
        """Whether tokens[i:] go on listing the fields of an office ("Industry and
        Investment Promotion"): capitalised field words and "and" up to the next comma or
        stop, with no office of their own ("Trade Minister X" is another person)."""
        tokens = self.tokens
        if i >= len(tokens) or not tokens[i].cap or tokens[i].bare_low() not in FIELD_WORDS:
            return False
        for token in tokens[i : i + 8]:
            low = token.bare_low()
            if token.text in (",", ".", ";", ":") or not (token.cap or low == "and"):
                return True
            if low in TITLE_HEADS:
                return False
        return False

    # --- mentions -------------------------------------------------------------------------
    def _find_mentions(self) -> None:
        aliases: dict[str, int | None] = {}
        holders: dict[str, list[int]] = {}  # each surname's people, for one two of them share
        for index, person in enumerate(self.people):
            for key in _alias_keys(person.name):
                aliases[key] = None if key in aliases and aliases[key] != index else index
                holders.setdefault(key, []).append(index)
        # Where each person's full name is first written: a surname two people share stands
        # for the one of them named in full before it, when only one of them is.
        named_at: dict[int, int] = {}
        for mention in self.mentions:
            if mention.kind == "name" and mention.start < named_at.get(
                mention.person, len(self.body)
            ):
                named_at[mention.person] = mention.start
        # A first surname ("Y" of "X Y Z") only where no one else's.
        seconds: dict[str, int | None] = {}
        for index, person in enumerate(self.people):
            middle = _middle_surname(person.name) or _vietnamese_surname(person.name)
            if middle is not None and middle not in aliases:
                seconds[middle] = None if middle in seconds and seconds[middle] != index else index
        aliases.update(seconds)
        # The first word of a name of three ("X of X Y Z", a family name first) where no one
        # else's: only after a courtesy title ("Dr. X", "Mr. X").
        firsts: dict[str, int | None] = {}
        for index, person in enumerate(self.people):
            words = person.name.split()
            first = words[0].lower()
            if len(words) == 3 and first not in aliases and "-" not in first:
                firsts[first] = None if first in firsts and firsts[first] != index else index
        if "known as" in self.body:
            # "X, popularly known as Y,": a nickname that later stands for X alone
            for known in _KNOWN_AS.finditer(self.body):
                named = aliases.get(known["name"].lower())
                nick = known["nick"].lower()
                if named is not None and nick not in aliases:
                    aliases[nick] = named
        tokens = self.tokens
        taken = self._taken
        for i in self.capitals:
            if i in taken:
                continue
            token = tokens[i]
            key = token.bare_low()
            found = aliases.get(key)
            if found is None and "-" in key:
                found = aliases.get(key.split("-", 1)[1])
            if found is None and key in firsts and self._honorific_before(i):
                found = firsts[key]  # "said Dr. X", of "X Y Z"
            if found is None and key in aliases and len(holders.get(key, ())) > 1:
                # "President Aldo Varga ... talks with Varga ... met Ilse Varga, his mother":
                # the Varga named in full before the bare surname, the other named after it
                before = [p for p in holders[key] if named_at.get(p, len(self.body)) < token.start]
                found = before[0] if len(before) == 1 else None
            if found is None:
                continue
            if key in seconds and self._inside_other_name(i):
                continue  # "W Y": someone else's name, not X Y Z's
            start = i
            # "Van der X", "Al X": include the particles before the surname.
            while start > 0 and tokens[start - 1].low() in _SURNAME_PARTICLES:
                start -= 1
            self.mentions.append(Mention(tokens[start].start, token.end, found, "surname"))
        self._find_roles()
        self.mentions.sort(key=lambda m: m.start)
        self._roles_to_subject()
        for mention in self.mentions:
            self.people[mention.person].mentions.append((mention.start, mention.end))

    def _untitled_of_nationality(self, moved: dict[int, int]) -> None:
        """ "Aldo Varga thanked Ana Quispe. The Velmoran President ...": a role with a
        nationality that no one of that country holds, in a text naming one person with no
        office and no country, is that person's: they take the office and the country."""
        untitled = [i for i, p in enumerate(self.people) if p.title is None and p.country is None]
        if len(untitled) != 1:
            return
        for position, mention in enumerate(self.mentions):
            if mention.kind != "role" or position in moved:
                continue
            words = self.body[mention.start : mention.end].split()
            if len(words) != 3 or words[0].lower() != "the" or words[2] not in _HEAD_ROLES:
                continue
            country = country_of_demonym(words[1])
            if country is None or any(p.country == country for p in self.people):
                continue
            person = self.people[untitled[0]]
            person.title, person.country = words[2], country
            moved[position] = untitled[0]
            return

    def _roles_to_subject(self) -> None:
        """Refer a role the brief's main subject holds as well ("the President", of two
        Presidents) back to that subject, and a role with a nationality ("the Tajik
        president") to the one person of that country holding it, as quotes and meetings
        read them (text.roles_of_subject, text.roles_of_nationality)."""
        if not any(m.kind == "role" for m in self.mentions):
            return
        body = self.body
        titles = [p.title for p in self.people]
        subject = self.people[min(self.mentions, key=lambda m: m.start).person]
        if (
            subject.country_given
            and subject.title
            and any(
                other.title == subject.title and other.country is None for other in self.people
            )
        ):
            # "Ruritanian President X and President Y held talks ... the President said": the
            # bare role is the one the text leaves unqualified (its own), not the foreign one
            # it names first
            moved: dict[int, int] = {}
        else:
            moved = roles_of_subject(body, titles, self.mentions)
        moved.update(
            roles_of_nationality(body, titles, [p.country for p in self.people], self.mentions)
        )
        self._untitled_of_nationality(moved)
        for position, person in moved.items():
            mention = self.mentions[position]
            said = " ".join(body[mention.start : mention.end].lower().split()[1:])
            if (said, person) in self._hosted:
                continue  # "The Prime Minister welcomed Prime Minister X": never X
            if (
                said == "head of state"
                and self.people[person].country_given
                and not self.people[mention.person].country_given
            ):
                # "the President of Hungary X" first, "President Y" of the press service's
                # own side: "the Head of State" is its own, told with no country
                continue
            self.mentions[position] = Mention(mention.start, mention.end, person, mention.kind)

    def _partner_of_with(
        self, named: list[Mention], i: int, role_at: int, allowed: set[int]
    ) -> int | None:
        """ "At the meeting with X, the Kazakh leader noted": a role right after "with X,"
        is not X but the one who met X, named first in the sentence that first names X
        ("President Y ... held talks with President X"). `named[i]` is the mention last
        before the role at `role_at`; None where the text is not so."""
        if i < 0 or len(allowed) < 2:
            return None
        body = self.body
        last = named[i]
        if (
            last.person not in allowed
            or _WITH_BEFORE.search(body, max(0, last.start - 6), last.start) is None
            or _COMMA_THEN.fullmatch(body, last.end, role_at) is None
        ):
            return None
        first_at = min(m.start for m in named if m.person == last.person)
        first, end = self._sentence_around(first_at, first_at)
        if not _MET_WORDS.search(body, first, end):
            return None
        return next(
            (
                m.person
                for m in named
                if first <= m.start < first_at and m.person in allowed and m.person != last.person
            ),
            None,
        )

    def _inside_other_name(self, i: int) -> bool:
        """Whether tokens[i] stands beside another capitalised word of a name ("Luis
        Ortega"), not a title nor the word that opens a sentence ("Later Ortega said")."""
        tokens = self.tokens
        for j in (i - 1, i + 1):
            if not (0 <= j < len(tokens) and tokens[j].cap and _name_like(tokens[j].text)):
                continue
            low = tokens[j].bare_low()
            if low in TITLE_WORDS or low in _HONORIFICS:
                continue
            if j == i - 1 and (j == 0 or tokens[j - 1].text in (".", "!", "?", "”", '"')):
                continue
            return True
        return False

    def _hosted_by_role(self, named: list[Mention], roles: list[_Role]) -> set[tuple[str, int]]:
        """The leaders a bare role of `roles` (_role_matches of the body) acts on right after
        it in its sentence ("The Prime Minister welcomed Prime Minister X", "The President
        received President Y"), each with that role: someone the role is not."""
        body = self.body
        found: set[tuple[str, int]] = set()
        starts = [m.start for m in named]
        for role in roles:
            if role.owner is not None:
                continue
            if role.role is None:
                # "The Head of State held talks with President X": not X either
                if role.state is None or role.state.lower() != "head of state":
                    continue
                key = "head of state"
            else:
                key = " ".join(role.role.lower().split())
                if key not in _LEADER_ROLES:
                    continue
            after = _ACTS_ON.match(body, role.end)
            if after is None or after.group(1).lower() != (
                "president" if key == "head of state" else key
            ):
                continue
            i = _bisect_left(starts, after.end())
            if i < len(named) and (
                named[i].start == after.end()
                # "President of Ruritania X": the country between office and name
                or _OF_COUNTRY_BEFORE_NAME.fullmatch(body, after.end(), named[i].start)
            ):
                found.add((key, named[i].person))
        return found

    def _subject_after_role(
        self, named: list[Mention], starts: list[int], start: int, end: int
    ) -> int | None:
        """The one named right after a role met "with" in a sentence's opening phrase, as
        the subject of its main clause: "In the call with the Syldavian minister, X
        discussed ..." (X, a verb after the name); None otherwise."""
        body = self.body
        # (a role's span opens with its article: "with " right before it)
        if body[end : end + 2] != ", " or not _WITH_BEFORE.search(body, max(0, start - 6), start):
            return None
        j = _bisect_left(starts, end + 2)
        if j >= len(named) or named[j].start != end + 2:
            return None
        after = _VERB_AFTER_NAME.match(body, named[j].end)
        return named[j].person if after is not None else None

    def _find_roles(self) -> None:
        """ "the Prime Minister", "the minister", "the Kazakh leader", "the Chinese diplomat",
        "the official" -> the person whose title (and country, when the text gives a
        demonym) fits, mentioned last before this point."""
        titles = [(p.title or "").lower() for p in self.people]
        if not self.people:
            return
        named = sorted(self.mentions, key=lambda m: m.start)
        starts = [m.start for m in named]
        body = self.body
        hosted: set[tuple[str, int]] | None = None  # _hosted_by_role, once asked
        roles = _role_matches(body, self._role_spans)
        for found in roles:
            words = (found.role or "head").lower().replace("-", " ").split()
            if words[-1] == "pm":
                words[-1:] = ["prime", "minister"]  # "the Deputy PM"
            # "the Chinese Premier", "China's top diplomat": a demonym or possessive before
            # the role is not part of it, but it says whose.
            nationality = _country(found.owner) if found.owner else None
            if len(words) > 2 and _country(f"{words[0]} {words[1]}"):
                nationality = _country(f"{words[0]} {words[1]}")  # "the South Korean leader"
                words = words[2:]
            while len(words) > 1 and (_country(words[0]) or words[0] in _ROLE_ADJECTIVES):
                nationality = _country(words[0]) or nationality
                words = words[1:]
            if any(
                w not in TITLE_WORDS and w not in _CHAMBER_WORDS and w != "of" for w in words[:-1]
            ) or ("of" in words and words[-2:] != ["of", "state"]):
                continue
            role = " ".join(words)
            if found.state:
                role = (
                    "head of government"
                    if found.state.lower().endswith("government")
                    else "head of state"
                )
            generic = role in _GENERIC_ROLES
            if role == "guest" and nationality is None:
                continue  # "the guest": of no country said, any visitor
            if generic and not (
                _SPEAKS_AFTER.match(body, found.end)
                # "The Chilean leader also met with X": a leader of a country, meeting
                or (role == "leader" and nationality and _MEETS_AFTER.match(body, found.end))
            ):
                continue  # "the official visit": an adjective, not a person
            fits = _GENERIC_ROLES.get(role) or _SYNONYM_ROLES.get(role)
            presiding = words[-1] in PRESIDING_TITLES
            if presiding:
                fits = partial(_presiding_fits, tuple(words))
            candidates = [
                i
                for i, t in enumerate(titles)
                if (fits(t) if fits else bool(t) and _role_fits(role, t))
            ]
            if candidates and not presiding:
                # "the spokeswoman of the president, X": an aide, whose title names the
                # office only after "of the" or "to the", never holds it
                fit = fits or partial(_role_fits, role)
                candidates = [i for i in candidates if not _aide_of(fit, words[-1], titles[i])]
            if role in ("head of state", "head of government"):
                # "Head of State X ... the Head of State": the one the text calls so, before
                # a President it names too
                literal = [i for i in candidates if role in titles[i]]
                candidates = literal or candidates
            chief_role = words[-1] in PRESIDING_TITLES or words[-1] == "president"
            if chief_role and not set(words) & _DEPUTY_WORDS:
                # "the Speaker" is the Speaker, not a Deputy Speaker, when both are named;
                # "the Brazilian president" the President, not the Vice President.
                chiefs = [i for i in candidates if not _words(titles[i]) & _DEPUTY_WORDS]
                candidates = chiefs or candidates
            if nationality:
                same = [i for i in candidates if self.people[i].country == nationality]
                unknown = [i for i in candidates if self.people[i].country is None]
                candidates = same or unknown or ([] if generic else candidates)
                if role == "guest":
                    candidates = same  # (a guest of no country known may be the host)
            if (
                len(candidates) > 1
                and not nationality
                and (role in _LEADER_ROLES or role == "head of state")
            ):
                # "The Prime Minister welcomed Prime Minister X of Norway": the readout's
                # own leader, never the guest it names with the same office
                if hosted is None:
                    hosted = self._hosted = self._hosted_by_role(named, roles)
                others = [i for i in candidates if (role, i) not in hosted]
                candidates = others or candidates
            if not candidates:
                continue
            # The candidate mentioned last before this point, else the first one; after a
            # quotation ('"... counterpart X ...," the diplomat said') not one named inside it.
            allowed = set(candidates)
            outside = not _inside_quotation(body, found.start)
            i = _bisect_left(starts, found.start) - 1
            partner = self._partner_of_with(named, i, found.start, allowed)
            # "In the talks with the Syldavian minister, X discussed": not X, the subject
            # of the clause the phrase opens
            subject = self._subject_after_role(named, starts, found.start, found.end)
            if subject is not None and subject in allowed and len(allowed) > 1:
                allowed.discard(subject)
                candidates = [c for c in candidates if c in allowed]
            elif subject is not None and subject in allowed:
                continue
            # "President X cordially greeted the Mongolian leader": not X, who greets him
            if i >= 0 and _VERB_TO_OBJECT.fullmatch(body, named[i].end, found.start):
                allowed.discard(named[i].person)
                candidates = [c for c in candidates if c in allowed] or candidates
            while i >= 0 and (
                named[i].person not in allowed
                or (outside and _inside_quotation(body, named[i].start))
            ):
                i -= 1
            if (
                i < 0
                and partner is None
                and nationality
                and self.people[candidates[0]].country != nationality
            ):
                # "the US president" before anyone of that office is named, where only a
                # President of no country known is named later: no one the text shows
                continue
            index = named[i].person if i >= 0 else candidates[0]
            if partner is not None:
                index = partner
            if found.state and " our " in found.state:
                # "the Head of our state": the outlet's own, named first, not a guest
                index = min(candidates, key=lambda c: self.people[c].start)
            person = self.people[index]
            if nationality and person.country is None and not person.eu_office:
                person.country = nationality  # "the Kazakh leader" says whose leader
            self.mentions.append(Mention(found.start, found.end, index, "role"))


def _inside_quotation(body: str, pos: int) -> bool:
    """Whether `pos` is inside a quotation opened earlier in its paragraph."""
    para = body.rfind("\n", 0, pos) + 1
    if body.rfind("“", para, pos) > body.rfind("”", para, pos):
        return True
    return body.count('"', para, pos) % 2 == 1


_ROLE_HEADS: Final = (
    # "the Norlandic Secretary of State", "the Minister of State": an office "of State" is
    # one role (before its first word alone, which "of" may not follow)
    r"secretary\s+of\s+[Ss]tate|minister\s+of\s+[Ss]tate|"
    "president|premier|minister|chairman|chairwoman|chair|speaker|ambassador|governor|"
    "commissioner|secretary|envoy|mayor|akim|king|emir|chancellor|director|ceo|head|"
    "spokesperson|spokesman|spokeswoman|leader|official|diplomat|representative|prince|amir|"
    "sultan|guest"
)


def _by_first_letter(words: list[str]) -> str:
    """An alternation of the words with a capital or lower-case first letter, grouped by that
    letter, a branch for each case ("P(?:resident|remier)|p(?:resident|remier)|..."): the
    regex tests each letter once, not each word, and a branch that opens with a literal by
    one comparison (a class such as [Pp] costs a call). The words keep their order within a
    letter, so the same alternative wins; branches of different letters never both match."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"{first}(?:{'|'.join(rest)})" for k, rest in groups.items() for first in (k.upper(), k)
    )


# A role's words: up to three words, then the head ("the Chinese Vice Premier"), not
# followed by "of" ("the President of X" is a title) or a capitalised name. (Each word and
# the blanks after it are taken whole, possessively: no shorter split could be followed by
# a word or a head, so backtracking into them is wasted.)
_ROLE_WORDS: Final = (
    r"(?P<role>(?:[A-Za-z]++[\s-]++){0,3}?(?:"
    + _by_first_letter(_ROLE_HEADS.split("|"))
    + r"|PM))\b(?!\s+(?:of|for|to)\b)(?![\s-]+[A-Z][a-z])"
)
_HEAD_OF_STATE: Final = (
    # ("the Head of our state": the outlet's own)
    r"(?P<state>(?:[A-Z][a-z]+\s+)?[Hh]ead\s+of\s+(?:our\s+)?(?:[Ss]tate|[Gg]overnment))\b"
)
_ROLE: Final = re.compile(
    r"\b(?:[Tt]he|(?P<owner>[A-Z][a-z]+)(?:’s|'s))\s+"
    + _ROLE_WORDS
    + r"|\b[Tt]he\s+"
    + _HEAD_OF_STATE
)
# The roles that start at "the" or "The". The pattern opens with the literal "he" and checks
# "\b[Tt]" behind it, so that the search jumps from "he" to "he" instead of trying \b at
# every character. After "the", as in _ROLE, the role's words are tried before a head of
# state.
_THE_ROLE: Final = re.compile(r"he(?<=\b[Tt]he)\s+(?:" + _ROLE_WORDS + "|" + _HEAD_OF_STATE + ")")
# A possessive ending and a role's words after it: only there can an owner's role ("China’s
# top diplomat") have its owner's name right before. (One pattern a mark: a pattern that
# opens with a literal finds it fast.)
_ROLE_AFTER_OWNER: Final = [re.compile(mark + r"\s+" + _ROLE_WORDS) for mark in ("’s", "'s")]


# "meeting with X, the Kazakh leader": "with" right before a name, and a comma between
# that name and a role.
_WITH_BEFORE: Final = re.compile(r"\bwith\s+$")
_COMMA_THEN: Final = re.compile(r"\s*,\s*(?:[Tt]he\s+)?")
# "The Head of State held talks with President of X Y": the head of state who holds talks
# with a president named in the same sentence is not that president.
_MEETS_WITH: Final = re.compile(r"\s+(?:held|holds)\s+(?:[\w-]+\s+){0,2}?talks\s+with\s+")


def _head_of_state_meets(body: str, after: int, presidents: list[PersonFound]) -> bool:
    """Whether "the Head of State", after `after` and outside quotations, is the subject of
    talks with one of `presidents` in the same sentence: then he is not one of them, and the
    President the text refers to may be the one it names without an office."""
    for found in _role_matches(body):
        if found.start <= after or found.state is None or found.owner is not None:
            continue
        if found.state.lower() != "head of state" or _inside_quotation(body, found.start):
            continue
        with_ = _MEETS_WITH.match(body, found.end)
        if with_ is None:
            continue
        stop = body.find(". ", with_.end())
        sentence = body[with_.end() : stop if stop >= 0 else len(body)]
        if any(p.name in sentence for p in presidents):
            return True
    return False


# "The Head of State held talks in narrow format with", "the head of state had a meeting with"
_OPENS_TALKS_WITH: Final = re.compile(
    r"\s+(?:held|holds|had|has)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|negotiations)\b"
    r"[^.;]{0,60}?\swith\s"
)


def _head_of_state_opens(body: str, before: int, presidents: list[PersonFound]) -> bool:
    """Whether "the Head of State", before `before` (the first name), is the subject of talks
    with one of `presidents`, named in the same sentence: a head of state's own site, which
    tells of its head by his office first."""
    if not presidents:
        return False
    at = body[:before].lower().find("the head of state")
    if at < 0:
        return False
    with_ = _OPENS_TALKS_WITH.match(body, at + len("the head of state"))
    if with_ is None:
        return False
    stop = body.find(". ", with_.end())
    sentence = body[with_.end() : stop if stop >= 0 else len(body)]
    return any(p.name in sentence for p in presidents)


class _Role(NamedTuple):
    start: int
    end: int
    owner: str | None  # "China" in "China’s top diplomat"
    role: str | None
    state: str | None  # "Head of State", "Head of Government"


# The words a role's head can be, in lower case: every match of _ROLE_WORDS or _HEAD_OF_STATE
# holds one of them as a whole run of a-z (the head follows a blank, a hyphen or "the" and is
# followed by no word character; "Secretary of State" holds "secretary", "Head of State"
# "head").
_ROLE_HEAD_WORDS: Final = frozenset(
    [head.split("\\", 1)[0] for head in _ROLE_HEADS.split("|")] + ["pm"]
)


# What a sentence a role runs on from can end with (a match is letters, blanks and hyphens
# from its "the" or "’s" to its head).
_ROLE_GLUE_ENDS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")


def _role_spans(sents: list[Sentence]) -> list[tuple[int, int]]:
    """The stretches of the body where every match of _ROLE lies: those around each sentence
    whose words hold a role's head. A match is letters, blanks and hyphens from its "the" (or
    "’s") to its head, so it never crosses a sentence's closing mark; it may cross the break
    between paragraphs ("the\n\nPresident", "the Vice-\n\nPresident") where a paragraph ends
    with a word or a hyphen: a stretch opens at the first of the sentences before the head's
    that each end so (a paragraph of hyphens alone may stand between)."""
    spans: list[tuple[int, int]] = []
    for k, sentence in enumerate(sents):
        if sentence.words.isdisjoint(_ROLE_HEAD_WORDS):
            continue
        first = k
        while first > 0 and sents[first - 1].text[-1] in _ROLE_GLUE_ENDS:
            first -= 1  # the sentence before ends with a word or a hyphen: a role may run on
        start = sents[first].start
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], sentence.end)
        else:
            spans.append((start, sentence.end))
    return spans


def _matches_in(
    pattern: re.Pattern[str], opening: str, body: str, spans: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """The matches `pattern.finditer(body)` gives, when each opens with `opening` and lies in
    one of `spans` (in text order, not overlapping): the pattern is tried at each `opening`
    there only, the body seen whole (lookbehinds and lookaheads read past a span)."""
    found: list[re.Match[str]] = []
    end = 0  # a match consumes its text, as in finditer
    for start, stop in spans:
        at = body.find(opening, max(start, end), stop)
        while at >= 0:
            match = pattern.match(body, at)
            if match is None:
                at = body.find(opening, at + 1, stop)
                continue
            found.append(match)
            end = match.end()
            at = body.find(opening, end, stop)
    return found


def _role_matches(body: str, spans: list[tuple[int, int]] | None = None) -> list[_Role]:
    """The matches of _ROLE in the body, the same as _ROLE.finditer(body) gives, found by
    searching only where one can start: at "the" by _THE_ROLE, and at a capitalised word
    before "’s" or "'s" by _ROLE.match, only where a role's words follow the "’s" (found by
    _ROLE_AFTER_OWNER; no role's words hold "’s", so these matches never hide another). A
    role that starts at a "the" inside an owner's role ("China’s the ...") ends where that
    one does, so dropping the overlaps afterwards keeps what finditer keeps. With `spans`
    (_role_spans), only there."""
    if spans is None:
        thes: list[re.Match[str]] = list(_THE_ROLE.finditer(body))
        afters = list(chain.from_iterable(p.finditer(body) for p in _ROLE_AFTER_OWNER))
    else:
        thes = _matches_in(_THE_ROLE, "he", body, spans)
        afters = [
            *_matches_in(_ROLE_AFTER_OWNER[0], "’s", body, spans),
            *_matches_in(_ROLE_AFTER_OWNER[1], "'s", body, spans),
        ]
    found = [
        _Role(match.start() - 1, match.end(), None, match.group("role"), match.group("state"))
        for match in thes
    ]
    owners = False
    for after in afters:
        j = after.start()
        while j > 0 and "a" <= body[j - 1] <= "z":
            j -= 1
        match = _ROLE.match(body, j - 1) if j > 0 else None  # "China’s", if it is one
        if match:
            owners = True
            found.append(_Role(match.start(), match.end(), *match.group("owner", "role", "state")))
    if not owners:
        return found  # in text order, never overlapping
    found.sort()
    out: list[_Role] = []
    end = 0
    for role in found:
        if role.start >= end:  # not inside the last one: finditer's matches never overlap
            out.append(role)
            end = role.end
    return out


# The heads of state and government a readout calls by their office alone.
_LEADER_ROLES: Final = frozenset(["president", "prime minister", "premier", "chancellor"])
# "of Ruritania ", "of the Republic of Ruritania ": the country an office names before the name
_OF_COUNTRY_BEFORE_NAME: Final = re.compile(
    r"of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:of\s+(?:[A-Z][\w’'-]*\s+){1,3})?"
)
# "welcomed Prime Minister ", "held talks with President ": a verb acting on a leader named
# by the office right after it (the office captured).
_ACTS_ON: Final = re.compile(
    # ("held talks in narrow and extended format with President")
    r"\s+(?:also\s+)?(?:welcomed|received|hosted|met(?:\s+with)?|"
    r"(?:held|holds)\s+talks\s+(?:[^.;,]{0,60}?\s)?with"
    r"|spoke\s+(?:to|with)|thanked|congratulated|called)\s+"
    r"(President|Prime\s+Minister|Premier|Chancellor)\s+"
)
# Words before a role that say nothing of the office: "the top diplomat".
_ROLE_ADJECTIVES: Final = frozenset(["top", "chief", "visiting", "senior", "high"])
_SPEAKS_AFTER: Final = re.compile(
    r"\s*[,.;:]|\s+(?:\w+ly\s+)?(?:"
    + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
    + r")\b"
)
# A meeting verb after a role: "the Chilean leader later met X".
_MEETS_AFTER: Final = re.compile(
    r"\s+(?:also\s+|later\s+|then\s+)?(?:met|held|received|hosted|had\s+(?:talks|a\s+meeting))\b"
)
_LEADER_WORDS: Final = frozenset(
    ["president", "premier", "prime", "king", "emir", "sultan", "chancellor", "monarch", "leader"]
)
_DIPLOMAT_WORDS: Final = frozenset(
    ["foreign", "ambassador", "envoy", "consul", "diplomat", "attaché", "attache", "chargé"]
)
_DEPUTY_WORDS: Final = frozenset(["vice", "deputy", "vice-president", "vice-premier", "first"])


def _words(title: str) -> frozenset[str]:
    """The words of a title, hyphens read as blanks (read through a memo of this module's,
    see _MEMO_LIMIT): a handful of titles a brief, asked about for every role."""
    found = _TITLES_WORDS.get(title)
    if found is None:
        if len(_TITLES_WORDS) >= _MEMO_LIMIT:
            _TITLES_WORDS.clear()
        found = _TITLES_WORDS[title] = frozenset(title.replace("-", " ").split())
    return found


# A head of government's office in other words than "Prime Minister": Italy's "President of
# the Council of Ministers", Spain's "President of the Government".
_HEAD_OF_GOVERNMENT: Final = re.compile(
    r"^(?:president|chairman|chair) of the (?:council of ministers|government)$"
)


def _is_premier(title: str) -> bool:
    words = _words(title)
    return (
        ("premier" in words or {"prime", "minister"} <= words)
        or _HEAD_OF_GOVERNMENT.match(title) is not None
    ) and not words & _DEPUTY_WORDS


# Roles named by what the person is, not by the office's own word; they stand for a person
# only before a speech verb or a punctuation mark ("the Kazakh leader said").
_GENERIC_ROLES: Final[dict[str, Callable[[str], bool]]] = {
    "leader": lambda t: (
        (bool(_words(t) & _LEADER_WORDS) or "head of state" in t) and not _words(t) & _DEPUTY_WORDS
    ),
    "official": lambda t: True,
    "diplomat": lambda t: bool(_words(t) & _DIPLOMAT_WORDS),
    # "received the Norlandic guest": whoever of that country, only with the country said
    "guest": lambda t: True,
}
# Roles that name an office in other words: "the premier" is the Prime Minister.
_SYNONYM_ROLES: Final[dict[str, Callable[[str], bool]]] = {
    "head of state": lambda t: (
        (bool(_words(t) & HEAD_OF_STATE_TITLES) or "head of state" in t)
        and not _words(t) & _DEPUTY_WORDS
    ),
    "president": lambda t: "president" in _words(t) or "head of state" in t,
    "premier": _is_premier,
    "prime minister": _is_premier,
    "head of government": lambda t: (
        _is_premier(t) or "chancellor" in _words(t) or "head of government" in t
    ),
}


# A legislative chamber; whoever presides over it is its Speaker or its Chairman.
_CHAMBER_WORDS: Final = CHAMBER_WORDS | words_of("house chamber")


def _presiding_fits(role: tuple[str, ...], title: str) -> bool:
    """ "the Senate Speaker" is the Chairman of the Senate; "the Speaker" the Speaker, or the
    Chairman of a chamber; a deputy only when the role says so."""
    title_words = _words(title)
    if not title_words & PRESIDING_TITLES:
        return False
    modifiers = set(role[:-1])
    if not modifiers <= title_words:
        return False
    if title_words & _DEPUTY_WORDS and not modifiers & _DEPUTY_WORDS:
        return not modifiers & _CHAMBER_WORDS and _role_fits(" ".join(role), title)
    return role[-1] in title_words or bool(title_words & _CHAMBER_WORDS)


_OF_THE: Final = re.compile(r"\s(?:of|to)\s+the\s")


def _aide_of(fits: Callable[[str], bool], last: str, title: str) -> bool:
    """Whether `title` names the role only as whose aide its holder is ("chief of staff of
    the president", "adviser to the prime minister"): the title before "of the" does not fit the
    role, and the office (the role's last word, or a leader's) is named after it."""
    cut = _OF_THE.search(title)
    if cut is None or fits(title[: cut.start()]):
        return False
    tail = title[cut.end() :]
    if "," in tail or "–" in tail or "—" in tail:
        return False  # ("Leader of the Nation, President": styles, then the office held)
    # the office right after "the" (or after one word: "of the Chilean president")
    opening = tail.replace("-", " ").split()[:2]
    return last in opening or not _LEADER_WORDS.isdisjoint(opening)


@lru_cache(maxsize=1024)  # every role found is tested against every title
def _role_fits(role: str, title: str) -> bool:
    words = role.replace("-", " ").split()
    title_words = title.replace("-", " ").split()
    if words[-1] not in title_words:
        return False
    # Every modifier of the role must be in the title ("deputy prime minister").
    return all(w in title_words for w in words)


# A peer's title, written before the surname in place of the given name ("Lady" is also a
# knight's wife's style, so it is left out).
_PEERAGES: Final = frozenset({"lord", "baroness", "baron", "viscount", "earl"})


def _name_words(name: str) -> tuple[str, ...]:
    """_read_name_words(name), read through a memo of this module's (see _MEMO_LIMIT): each
    name is compared with every person found before it."""
    found = _NAMES_WORDS.get(name)
    if found is None:
        if len(_NAMES_WORDS) >= _MEMO_LIMIT:
            _NAMES_WORDS.clear()
        found = _NAMES_WORDS[name] = _read_name_words(name)
    return found


def _read_name_words(name: str) -> tuple[str, ...]:
    """The lower-case words of a name without its regnal number or a peer's title before a
    surname ("Lord Ashdown" is "Paddy Ashdown" named as a peer); an initial glued to the
    surname ("Kh.X", as Mongolian texts write) is a word of its own."""
    name = _without_regnal(name).lower()
    if "." in name:
        name = _GLUED_INITIAL.sub(". ", name)
    words = tuple(name.split())
    if len(words) == 2 and words[0] in _PEERAGES:
        return words[1:]
    return words


_GLUED_INITIAL: Final = re.compile(r"(?<=\b\w)\.(?=\w)|(?<=\b\w\w)\.(?=\w{3})")


@lru_cache(maxsize=1024)  # names recur from brief to brief
def _alias_keys(name: str) -> frozenset[str]:
    """The lower-case words a later mention of the person may be: the surname, the part of
    a hyphenated surname after the hyphen, the first word of a two-word name or of a
    three-word Korean name ("Lee" of "Lee Jae Myung")."""
    parts = _without_regnal(name).split()
    if len(parts) >= 3 and parts[-1].rstrip(".") in _GENERATIONAL:
        parts = parts[:-1]  # "X Y Jr.": Y is the surname
    caps = [p for p in parts if p[0] in _UPPER_SET or _ARABIC_ARTICLE.match(p)]
    keys = {caps[-1].lower()} if caps else set()
    if caps and "." in caps[-1][1:3]:
        keys.add(caps[-1].rpartition(".")[2].lower())  # "U.Xyz": the surname after an initial
    if "-" in parts[-1]:
        keys.add(parts[-1].split("-", 1)[1].lower())
    if len(caps) == 2 and caps[0].lower() not in NOT_NAME_WORDS:
        keys.add(caps[0].lower())
    if len(parts) == 3 and parts[0].lower() in _KOREAN_SURNAMES:
        keys.add(parts[0].lower())
    return frozenset(keys)


@lru_cache(maxsize=1024)
def _vietnamese_surname(name: str) -> str | None:
    """The family name, written first, of a three-word Vietnamese name, which a foreign text
    may use alone ("Tran" of "Tran X Y"); None for a short one that is also a word."""
    parts = name.split()
    if len(parts) != 3 or not all(p[:1] in _UPPER_SET and p.isalpha() for p in parts):
        return None
    low = parts[0].lower()
    return low if low in _VIETNAMESE_SURNAMES and len(low) >= 4 else None


# The particles before a Portuguese or Spanish last surname ("Lula da Silva").
_LUSO_PARTICLES: Final = frozenset(["da", "de", "do", "dos", "das", "del"])


@lru_cache(maxsize=1024)
def _middle_surname(name: str) -> str | None:
    """The middle word of a name of three plain words ("X Y Z"), which a text may use alone
    as the first of two surnames (the third of four: "W X Y Z"), or the word before the
    particle of a longer Portuguese or Spanish one ("Lula" of "Luiz Inácio Lula da Silva");
    None for names written surname first, with other particles, or whose middle word is a
    place, a country or a common word."""
    parts = _without_regnal(name).split()
    if (
        len(parts) >= 4
        and parts[-2] in _LUSO_PARTICLES
        and parts[-3][:1] in _UPPER_SET
        and parts[-3].isalpha()
    ):
        # "Luiz Inácio Lula da Silva": "Lula", the word before "da", read as the middle one
        parts = [parts[-4], parts[-3], parts[-1]]
    elif (
        len(parts) == 4
        and all(p[:1] in _UPPER_SET and p.isalpha() for p in parts)
        and parts[0].lower() not in _SURNAME_FIRST | _VIETNAMESE_SURNAMES
    ):
        # "Ana Cecilia X Y": two given names, then two surnames; X is the first surname
        parts = parts[1:]
    if len(parts) != 3 or not all(p[:1] in _UPPER_SET and p.isalpha() for p in parts):
        return None
    if parts[0].lower() in _SURNAME_FIRST | _VIETNAMESE_SURNAMES:
        return None
    middle = parts[1]
    low = middle.lower()
    if (
        low in NOT_NAME_WORDS
        or low in NAME_PARTICLES
        or low in TITLE_WORDS
        or _country(middle)
        or is_city(middle)
    ):
        return None
    return low


def _same_person(a: str, b: str) -> bool:
    ta, tb = _name_words(a), _name_words(b)
    if ta == tb:
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) >= 3 and long_[: len(short)] == short and _CHAIN_PARTICLES & set(short):
        return True  # "Hamdan bin Zayed" later stands for "Hamdan bin Zayed Al Nahyan"
    if len(short) >= 2 and long_[: len(short)] == short and long_[len(short)] in _CHAIN_PARTICLES:
        return True  # "X Y" later stands for "X Y bin Haji Z": the given names
    if (
        len(short) == 1
        and len(long_) >= 3
        and long_[0] == short[0]
        and (
            long_[1] in _CHAIN_PARTICLES
            or (_REGNAL.fullmatch(long_[1].upper()) is not None and long_[2] in _CHAIN_PARTICLES)
        )
        and _without_regnal(short_name := a if len(ta) <= len(tb) else b) != short_name
    ):
        return True  # "King X II" later stands for "King X II bin Y": a ruler's given name
    if len(short) == 2 and len(long_) == 3 and long_[:2] == short:
        return True  # "X Y" later stands for "X Y Z"
    if (
        len(short) == 1
        and long_[0] == short[0]
        and (
            # (which name is the long one is told by length: mypyc does not keep a tuple's
            # identity, so `ta is short` would differ between the two builds)
            _is_korean_name(b if len(ta) <= len(tb) else a)
            or (len(long_) == 3 and short[0] in _VIETNAMESE_SURNAMES)
            # "Minister Lin" in a headline for "Lin Mei-hua" below: a Chinese surname
            # before a hyphened given name
            or (len(long_) == 2 and short[0] in _CHINESE_SURNAMES and "-" in long_[1])
        )
    ):
        # "Ambassador Han" in a headline stands for "Han X-y" below, "Prime
        # Minister Tran" for "Tran Van X"
        return True
    if ta[-1] != tb[-1]:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if set(short) <= set(long_):
        return True
    if _by_short_given(short, long_):
        return True  # "Bill Hale" in a headline, "William J. Hale" below
    # "J. X" for "John X": an initial stands for a given name.
    if len(short) == len(long_) and "." in long_[0]:
        short, long_ = long_, short
    given = long_[:-1]
    return any(len(w) == 2 and w[1] == "." for w in short) and all(
        w in given or (len(w) == 2 and w[1] == "." and any(g[0] == w[0] for g in given))
        for w in short[:-1]
    )


_SURNAME_FIRST: Final = _KOREAN_SURNAMES | _CHINESE_SURNAMES
# Countries whose people the English press calls by the first word of a two-word name (a
# Mongolian's given name, then the father's name).
_GIVEN_NAME_FIRST: Final = frozenset(["Mongolia"])
# Common English short forms of given names (general knowledge), to the full given names.
_SHORT_GIVEN: Final[dict[str, frozenset[str]]] = {
    short: frozenset(full.split())
    for short, full in {
        "joe": "joseph",
        "bill": "william",
        "will": "william",
        "bob": "robert",
        "rob": "robert",
        "jim": "james",
        "jimmy": "james",
        "mike": "michael",
        "tom": "thomas",
        "tony": "anthony",
        "dick": "richard",
        "rick": "richard",
        "ted": "edward theodore",
        "ed": "edward",
        "dan": "daniel",
        "dave": "david",
        "chris": "christopher christine",
        "steve": "stephen steven",
        "ben": "benjamin",
        "sam": "samuel samantha",
        "alex": "alexander alexandra",
        "liz": "elizabeth",
        "kate": "katherine catherine kathryn",
        "pat": "patrick patricia",
        "nick": "nicholas",
        "andy": "andrew",
        "matt": "matthew",
        "ron": "ronald",
        "don": "donald",
        "jerry": "gerald jerome",
        "larry": "lawrence",
        "jack": "john",
        "chuck": "charles",
        "charlie": "charles",
        "hank": "henry",
        "jeff": "jeffrey",
        "greg": "gregory",
        "pete": "peter",
        "tim": "timothy",
        "ken": "kenneth",
        "jen": "jennifer",
        "sue": "susan",
        "meg": "margaret",
        "peggy": "margaret",
    }.items()
}


def _by_short_given(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Whether `short` ("joe", "hale") is `long_` ("joseph", "r.", "hale") called by the short
    form of its given name, the rest of `long_` initials (the surnames are the same)."""
    return (
        len(short) == 2
        and len(long_) >= 3
        and long_[0] in _SHORT_GIVEN.get(short[0], frozenset())
        and all(len(w) == 2 and w[1] == "." for w in long_[1:-1])
    )


# A given name written in pinyin syllables ("Xiaoming", "Jianguo"), capitalised once.
_PINYIN_GIVEN: Final = re.compile(
    r"(?i:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua"
    r"|uo|ui|ue|er|a|o|e|i|u)){1,3}"
)


def is_chinese_name(name: str) -> bool:
    """A two-part name whose first part is a common Chinese surname (written first)."""
    parts = name.split()
    return len(parts) == 2 and parts[0].lower() in _CHINESE_SURNAMES and "-" not in parts[1]


def _is_korean_name(name: str) -> bool:
    """A common Korean surname, then a given name of two hyphened syllables ("Kim X-y"), or
    of two syllables written apart ("Lee Jae Myung")."""
    parts = name.split()
    if len(parts) == 3:
        return (
            parts[0].lower() in _KOREAN_SURNAMES
            and _KOREAN_SYLLABLE.fullmatch(parts[1]) is not None
            and _KOREAN_SYLLABLE.fullmatch(parts[2]) is not None
        )
    return (
        len(parts) == 2
        and parts[0].lower() in _KOREAN_SURNAMES
        and _KOREAN_GIVEN.fullmatch(parts[1]) is not None
    )


_KOREAN_GIVEN: Final = re.compile(r"[A-Z][a-z]+-[a-z]+")
# One syllable of a romanised Korean given name, capitalised ("Jae", "Myung", "Suk", "Yeol"):
# an initial consonant (or none), a vowel, a final consonant (or none).
_KOREAN_SYLLABLE: Final = re.compile(
    r"(?:Ch|Kk|Tt|Pp|Ss|Jj|[BCDGHJKMNPRSTWY])?"
    r"(?:ae|yae|yeo|yo|yu|ya|ye|eo|eu|wae|wa|we|wi|wo|oe|ui|oo|ee|a|e|i|o|u)"
    r"(?:ng|k|n|l|m|p|t)?",
    re.I,
)
# A text on South Korea, and names that say its hyphened names may be another country's
# (North Korea's, Taiwan's).
_KOREA: Final = re.compile(r"\b(?:Korea|Korean|Seoul)\b")
_OTHER_KOREA: Final = re.compile(r"\b(?:North Korea|DPRK|Pyongyang|Taiwan|Taipei)\b")


def find_people(body: str) -> tuple[list[PersonFound], list[Mention]]:
    """Return the people named in a body and every mention of them, in text order."""
    finder = PeopleFinder(body, parse_dateline(body))
    return finder.find(), finder.mentions


__all__ = [
    "Mention",
    "MentionIndex",
    "PeopleFinder",
    "PersonFound",
    "Token",
    "find_people",
    "is_chinese_name",
    "tokenize",
]
