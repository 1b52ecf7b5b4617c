"""Figures: money in any currency and notation, counts in digits or words, percentages,
fractions, multiples, quantities with units; each with its approximate qualifier and a short
phrase of what it measures. Calendar dates, years, ordinals and reporting periods are not
figures."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Final

from bot.parser.countries import country_of_name, country_of_word
from bot.parser.dates import DAY, MONTH, date_spans
from bot.parser.lexicon import (
    AMOUNT_NOUNS,
    ARTICLES,
    BE_FORMS,
    MONTH_WORDS,
    TITLE_HEADS,
    words_of,
)
from bot.parser.numbers import (
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_COUNTRIES,
    FRACTIONS,
    GLUED_ONLY_PREFIXES,
    HOME_DOLLAR_ZONES,
    HOME_LETTER_PREFIXES,
    MAGNITUDES,
    MULTIPLES,
    SHARED_CURRENCY_WORDS,
    SPACED_AT_HOME,
    TENS,
    UNITS,
    currency_named,
    home_dollar_by_name,
    home_dollar_regions,
    iso_currencies,
    parse_digits,
    words_to_number,
)
from bot.parser.text import UPPER, Sentence, lower_same, matches_at, without_article


def _led_by(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` behind a lookahead for `first`, the characters every match of it starts with.

    A search tries a long alternation such as `\\b(?:rose|grew|...)` at every position of its
    text; the one-character lookahead turns most positions down at once (such searches run
    about twice as fast; the matches are the same, which a test checks on the briefs)."""
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)


# What `\s` matches in an ASCII text by the Unicode rules every pattern here is written for.
_ASCII_SPACE: Final = r"\t\n\x0b\x0c\r\x1c-\x1f "


def _ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` for a text that is all ASCII (`str.isascii`, which costs nothing to ask): it
    matches there as `pattern` does, and faster, since its classes and its case-folding are
    then table look-ups. `\\s` is spelt out: Unicode counts "\\x1c" to "\\x1f" as white space too.
    """
    source, out, i, in_class = pattern.pattern, [], 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            escape = source[i : i + 2]
            if escape == "\\S":
                raise ValueError("no ASCII twin of a pattern with \\S")
            if escape == "\\s":
                escape = _ASCII_SPACE if in_class else f"[{_ASCII_SPACE}]"
            out.append(escape)
            i += 2
            continue
        out.append(char)
        i += 1
        if char == "[" and not in_class:
            in_class = True
            for member in "^]":  # "[^]...]": a bracket right after the opening one is a member
                if source[i : i + 1] == member:
                    out.append(member)
                    i += 1
        elif char == "]" and in_class:
            in_class = False
    return re.compile("".join(out), (pattern.flags & ~re.UNICODE) | re.ASCII)


# The characters that `re.I` matches with an ASCII letter though their `str.lower` is none:
# "İ" and "ı" are an "i" to it, "ſ" an "s", the Kelvin sign a "k".
_ODD_CASE: Final = ("İ", "ı", "ſ", "\u212a")


def _word_before(text: str, end: int) -> str:
    """The last 16 characters, lower-cased, of `text[:end]` without the white space that
    closes it; "" when no white space closes it.

    A search for a phrase that must end right before a figure ("... raise it to ") tries
    every position of its window; testing first whether this ends in one of the phrase's
    last words (`str.endswith`) lets it run only where it can match."""
    end = min(end, len(text))
    if not text[end - 1 : end].isspace():
        return ""
    if not text[end - 2 : end - 1].isspace():
        return text[max(0, end - 17) : end - 1].lower()  # one space before `end`, as a rule
    # Only the last characters matter: no copy of the whole text before `end`.
    word = text[max(0, end - 64) : end].rstrip()
    if len(word) < 16 and end > 64:
        word = text[:end].rstrip()  # a long run of white space
    return word[-16:].lower()


_NUMWORD: Final = (
    r"(?:(?:(?:"
    + "|".join(TENS)
    + r")(?:[- ](?:"
    + "|".join(k for k in UNITS if k != "zero")
    + r"))?|"
    + "|".join(sorted((k for k in UNITS if k != "zero"), key=len, reverse=True))
    + r")(?: dozen\b)?"  # "two dozen envoys": 24
    + r"|a dozen|dozen|a hundred|a thousand|a million|a billion)"
)
# "RM312mil", "US$10bil": the Malaysian press's short forms.
# "₹8.3 lakh crore": a lakh of crores (10^12), the Indian press's own compound.
_MAG: Final = (
    r"(?:thousand|million|billion|trillion|mln|bln|mil|bil|mn|bn|tn|trln|crores?"
    r"|lakh[ ]crores?|lakhs?|m|k|b)"
)
_SYMBOL: Final = (
    r"(?:US\$|U\.S\.\s?\$|HK\$|NZ\$|TT\$|EC\$|C\$|A\$|S\$|"
    r"(?<![A-Za-z])(?:RD|NT|CA|AU|Mex|MX|[RJN])\$|GH[¢₵]|\$US|\$|€|£|¥|₸|₽|₹|₩|₺|₼|₾|₴|₦|₱|₪|₮|₵|₡|"
    r"(?<![A-Za-z])Rs\.?\s?|(?<![A-Za-z])S/\.?)"  # "R$": Brazilian reais; "S/": Peruvian soles;
    # "J$", "TT$", "EC$": the Jamaican, Trinidad and Tobago and Eastern Caribbean dollars;
    # "RD$", "NT$", "N$": the Dominican peso, the New Taiwan and the Namibian dollars
)
# "Sh3.6 trillion", "sh6 trillion": the bare "Sh" (not "KSh", "TSh") right before a number.
_SHILLING_BEFORE: Final = re.compile(r"(?<![A-Za-z])[Ss]h\s?$")
# "BD18.6 million", "QR 5 billion": a currency's abbreviation (`CURRENCY_PREFIXES`).
_ABBR: Final = (
    r"(?-i:(?<![A-Za-z])(?:"
    + "|".join(re.escape(k) for k in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
    + r"))"
)
_ISO: Final = r"(?-i:[A-Z]{3})"
_DIGITS: Final = (
    # "3,5 billion", "fell by 6,3%": a decimal comma, before a magnitude or a per cent only
    r"\d{1,3},\d{1,2}(?=\s?(?:trillion|billion|million|bln|mln|bn|mn)\b|\s?%|\s(?:per\s?cent|percent)\b)"
    # "1 200 tonnes": thousands set apart by a space, before a word or a per cent sign
    r"|(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])(?=\s?(?:%|[a-z]))"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
# Qualifiers of a figure, by the name the brief gives them.
_APPROX_NAMES: Final = {
    "more than": "over",
    "over": "over",
    "above": "over",
    "in excess of": "over",
    "upwards of": "over",
    "just over": "over",
    "exceeding": "over",
    "at least": "at least",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "close to": "nearly",
    "about": "about",
    "around": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "approx.": "about",
    "an estimated": "about",
    "estimated": "about",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "less than": "under",
    "fewer than": "under",
    "under": "under",
    "below": "under",
}
_APPROX: Final = "(?:" + "|".join(re.escape(phrase) for phrase in _APPROX_NAMES) + ")"
# Fast anchors on the lower-cased text; the full patterns run only around them.
_REFERENCE: Final = re.compile(
    r"\+\d[\d\s()-]{6,}\d|\bNo\.\s*\S+|\d+/\d+|[A-Za-z]\w*\+\d+|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|(?<![\w.])\d\+\d(?![\d%])"  # "the 2+2 talks", "a 5+1 format": a format's name
)
_MONTH_NAME: Final = MONTH + r"\.?"
_DAY_NUMBER: Final = DAY
_RANGE_WORD: Final = r"\s*(?:-|–|—|to|and|through|till|until)\s*"
# Day ranges: "March 13-16", "from March 13 to 16", "on 13-16 March", "13 to 16 March".
_DATE_RANGE: Final = _led_by(
    r"\dADFJMNOS",
    rf"\b{_MONTH_NAME}\s+{_DAY_NUMBER}{_RANGE_WORD}{_DAY_NUMBER}\b"
    r"(?!\s*(?:%|[.,]\d|per\s?cent|pct|mln|bln|bn|million|billion|trillion|thousand))"
    rf"|\b{_DAY_NUMBER}{_RANGE_WORD}(?={_DAY_NUMBER}\s+(?:of\s+)?{_MONTH_NAME})",
)
# Numbers that label a thing: "page 5", "Bulletin 12", "Article 3", "Room 204", "flight 713",
# "Type 26 frigates".
_LABEL_NUMBER: Final = _led_by(
    "abcdefghilnprstu",
    r"\b(?:pages?|pp?\.|bulletin|issue|article|clause|paragraph|section|chapter|room|hall|gate|"
    r"flight|resolution|decree|tel\.?|telephone|phone|fax|ext\.|building|platform|"
    r"terminal|unit|phase|stage|block|runway|line|boeing|airbus|type|id:?|"
    r"number|no\.)\s*(?:no\.?\s*)?\d[\w/.-]*(?!,\d)",  # "building 3,000 flats": a count
    re.I,
)
_LABEL_NUMBER_LOW: Final = _ascii_twin(re.compile(_LABEL_NUMBER.pattern))
_LABEL_NUMBER_LOWER: Final = re.compile(_LABEL_NUMBER.pattern)  # (its letters are lower-case)
_LABEL_WORDS: Final = words_of(
    "page pages p pp bulletin issue article clause paragraph section chapter room hall gate "
    "flight resolution decree tel telephone phone fax ext building platform number "
    "terminal unit phase stage block runway line boeing airbus type id"
)
_SALE: Final = re.compile(
    r"\b(?:sell|sold|selling|sells|buy|bought|buying|buys|acquire|acquired|acquiring|acquires|"
    r"purchase|purchased|purchasing)\s+(?P<what>[^,;]+?)\s+(?:to\s+[^,;]+?\s+)?for\s+$",
    re.I,
)
_FUNDING_NOUNS: Final = {
    "committed": "commitments",
    "commit": "commitments",
    "pledged": "pledges",
    "pledge": "pledges",
    "allocated": "allocation",
    "allocate": "allocation",
    "invested": "investment",
    "invest": "investment",
    "provided": "funding",
    "provide": "funding",
    "earmarked": "funds",
    "earmark": "funds",
    "lent": "loans",
    "lend": "loans",
    "granted": "grants",
    "grant": "grants",
    "put": "investment",
    "pour": "investment",
    "inject": "investment",
    "channel": "investment",
    "disbursed": "financing disbursed",
    "disburse": "financing disbursed",
    "contributed": "contribution",
    "contribute": "contribution",
    # "with Indian firms earmarking N for X", "the bank is lending N to Y"
    "committing": "commitments",
    "pledging": "pledges",
    "allocating": "allocation",
    "investing": "investment",
    "providing": "funding",
    "earmarking": "funds",
    "lending": "loans",
    "granting": "grants",
    "disbursing": "financing disbursed",
    "contributing": "contribution",
    # "Georgia will spend N on the crossing", "X has already spent N on roads"
    "spend": "spending",
    "spent": "spending",
    "spending": "spending",
}
# A measure that is only a pronoun, perhaps after a conjunction ("although it").
_CONJUNCT_PRONOUN: Final = re.compile(
    r"(?:(?:although|though|while|but|and|as|since|whereas|yet)\s+)?(?:it|they)", re.I
)
# The last letter of "it" and "they" in either case (no other letter matches them ignoring case).
_PRONOUN_LAST: Final = frozenset("tTyY")
# Kinds of financing a sum may be said to be.
_FINANCING_NOUNS: Final = (
    r"(?:grant|loan|credit|contribution|subsidy|allocation|tranche|investment|deposit"
    r"|financing|co-financing|guarantee)"
)
# "$70 million is a grant": what the sum is.
_IS_FINANCING: Final = re.compile(
    rf"\s+(?:is|was|will be|would be)\s+(?:a|an)\s+"
    rf"(?P<np>(?:[a-z-]+\s+){{0,2}}{_FINANCING_NOUNS})\b"
)
# "a concessional credit with a maturity of 38 years": the term of that financing.
_TERM_OF_FINANCING: Final = re.compile(
    rf"\b(?:a|an|the)\s+(?P<np>(?:[a-z-]+\s+){{0,2}}(?:{_FINANCING_NOUNS}|bonds?))\s+with\s+"
    r"(?:a|an)\s+(?P<what>maturity|term|tenor|grace period|repayment period)\s+of\s+$"
)
_FUNDED_BY: Final = re.compile(
    # "the Fund for Development (FFD) will allocate": a name with its lower-case joints and
    # its abbreviation in brackets
    rf"(?P<who>(?:[Tt]he\s+)?(?:[{UPPER}][\w’'-]*\s+(?:(?:for|and)\s+(?=[{UPPER}]))?){{0,4}}"
    rf"[\w’'-]+)(?:\s+\([{UPPER}][\w-]*\))?\s+"
    r"(?:has\s+|have\s+|had\s+|will\s+|would\s+|could\s+|can\s+|may\s+|"
    r"(?:is|are|was|were)\s+(?:ready\s+|set\s+|expected\s+|going\s+|able\s+|due\s+)?to\s+|"
    r"(?:is|are|was|were)\s+(?=[a-z]+ing\s)|"
    r"(?:plans?|planned|intends?|intended|aims?|expects?|agreed|agrees?|decided|decides?|"
    r"pledged|promised|vowed|wants?|wanted|hopes?|hoped)\s+to\s+)?(?:(?:also|already)\s+)?"
    r"(?P<verb>" + "|".join(sorted(_FUNDING_NOUNS, key=len, reverse=True)) + r")\s+$"
)
_FUNDING_VERBS: Final = tuple(_FUNDING_NOUNS)
_ALLOT_VERBS: Final = ("allocate", "allocated", "allocating", "earmark", "earmarked", "earmarking")
# "allocated N (from the state budget) for X".
_FUNDED_FOR: Final = re.compile(
    # "invest N together in X": how, before where
    r"(?:\s+(?:together|jointly))?"
    # "provide N over four years to help X": the span of the money told first
    r"(?:\s+(?:over|within)\s+(?:the\s+next\s+)?[\w-]+\s+years)?"
    r"(?P<source>\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:budget|funds?|reserves?))?"
    r"\s+(?:to|for|in|into)\s+(?:(?:a|an|the)\s+)?"
)
_INVEST_IN: Final = re.compile(r"invest\s+(?:in|into)\s+(?:(?:the|a|an)\s+)?")
_SPENT_ON_AFTER: Final = re.compile(
    r"(?P<source>)(?:\s+(?:over|within)\s+(?:the\s+next\s+)?[\w-]+\s+years)?"
    r"\s+on\s+(?:(?:a|an|the)\s+)?"
)
# "open a ", "help build the ": the verbs of a sum's purpose before the thing it pays for.
_ACT_THEN_ARTICLE: Final = re.compile(
    r"(?:help\s+)?(?!(?:be|the|a|an)\b)[a-z]+\s+(?:a|an|the|its|their)\s+"
)
_AUX_END: Final = re.compile(
    r"(?:\s+(?:will|would|could|can|may|might|has|have|had|also|is|are|to|plan|plans))+$"
)
# "announced a contribution of", "imposed a price ceiling of": the noun a sum is "of" after
# a verb (not a preposition: "at a cost of" reads the clause).
_DONE_NOUN_OF: Final = re.compile(
    r"\b(?!(?:at|in|on|of|for|with|by|to|from|into|under|over|and|or|but|than|as)\b)[a-z]+\s+"
    r"(?:a|an|the)\s+(?P<np>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+of\s*$"
)
_PER_WORD_AFTER: Final = re.compile(r"\s+per\s+[a-z]+\b")
_AIMED_AFTER: Final = re.compile(r"\s+(?P<prep>to|for|on)\s+(?:(?:a|an|the)\s+)?")
_AIM_VERB: Final = re.compile(
    r"^(?:support|help|finance|fund|develop|build|modernize|modernise|expand|create|promote)"
    r"\s+(?=\w)"
)
# A word of every match of `_SOURCES_AFTER`, a whole word of the text.
_SOURCE_WORDS: Final = frozenset(
    ["sources", "people", "persons", "officials", "diplomats", "insiders"]
)
_SOURCES_AFTER: Final = re.compile(
    r"\s+(?:\w+\s+)?(?:sources|people|persons|officials|diplomats|insiders)\s+"
    r"(?:familiar|close|with\s+knowledge|briefed|who\s+(?:declined|spoke|asked))\b"
    # "two industry sources": who told, with the kind of source between
    r"|\s+(?:(?:industry|government|diplomatic|official|informed|senior|security|military|"
    r"trade|banking|market|political|western|european)\s+)?sources\b"
)
# "two brotherly nations", "two peoples": the two parties, named with warmth, not a count.
# Who a group of parties is: "the/other/all N ...", "leaders/heads (of state) of N ...".
_GROUP_BEFORE: Final = re.compile(
    r"(?:\b(?:[Tt]he|these|those|all|other|its|our|their)"
    r"|\b(?:leaders|heads(?: of state)?|presidents|ministers) of(?: the)?)\s+$"
)
_GROUP_AFTER: Final = re.compile(
    r"\s+(?:of\s+us\b|(?:(?:[A-Z][a-z]+|littoral|member|partner|participating)\s+){0,3}"
    r"(?:countries|states|nations|republics|presidents|leaders|heads\s+of\s+state|"
    r"(?:foreign\s+)?ministers|members|sides|parties|co-chairs)\b)"
)
_PARTIES_AFTER: Final = re.compile(
    r"\s+(?:(?:brotherly|friendly|fraternal|neighbou?ring|sisterly|sister|allied)\s+"
    # "small for two coastal economies": the two sides as economies
    r"(?:nations|peoples|countries|states)|peoples|(?:[a-z][\w-]*\s+)?economies"
    # "what two neighbours with a shared river could sell": the two sides as neighbours
    r"|neighbou?rs)\b",
    re.I,
)
# "A and B are two ...", 'A and B were "two ...': the two just named.
_PAIR_NAMED_BEFORE: Final = re.compile(
    r"\b[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?\s+and\s+[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?\s+(?:are|were)"
    r"\s+[\"“]?$"
)
# "the “A Corridor” and the “B Corridor,” two flagship programmes": the same, in apposition.
_PAIR_APPOSED_BEFORE: Final = re.compile(
    r"\b[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3}[\"”]?\s+and\s+(?:the\s+)?[\"“]?"
    r"[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3}(?:,[\"”]|[\"”]?,)\s+$"
)
_FALLING: Final = frozenset(["falling", "declining", "decreasing", "dropping", "shrinking"])
_CHANGE_WORDS: Final = frozenset(
    ["up", "down", "growing", "rising", "increasing", "climbing", *_FALLING]
)
# A reporter's code of digits joined by stars ("1234**5678"), as some agencies close their copy.
_STARRED_CODE: Final = re.compile(r"\d+\*+\d+")
# A page's counters: "Views: 318", "Comments (5)", "👁 3.1K".
_COUNTER_PARTS: Final = ("iews", "omments", "ikes", "hares", "👁")  # one in every match
_COUNTER_BEFORE: Final = re.compile(
    r"(?:\b(?:[Vv]iews|[Cc]omments|[Ll]ikes|[Ss]hares)\s*[:(]?|👁)\s*(?:\d{1,3}\s)?$"
)
# A clock time and a dash or a bar before a page's counters: "09:40 am - 5".
_CLOCK_DASH_BEFORE: Final = re.compile(r"\b\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*[-|–]\s*$")
# A board's view counter at a line's end: "Date 2031-04-02 Hit 52", "Hits 1,204".
_HITS_BEFORE: Final = re.compile(r"\b(?:Hits?|Views?)\s*:?\s*$")
# What comes before a phone number with nothing after it: "call the centre at ", "dial ",
# "the hotline number is ".
_CALL_AT_BEFORE: Final = re.compile(
    r"(?:\b(?:[Cc]all|[Dd]ial|[Pp]hone|[Rr]ing|[Tt]ext)\b[^.;,:]{0,40}\s(?:at|on)"
    # "the hotline for farmers is 1717": a short number named by what it serves
    r"|\b(?:[Dd]ial|[Hh]otline|[Hh]elpline)(?:\s+number)?(?:\s+for\s+[a-z][a-z ]{1,30})?"
    # "the helpline at 1800", "the hotline on 1555": the number it is reached at
    r"(?:\s+is|\s+at|\s+on)?)\s+$"
)
# A clock time written with a dot after a date: "Press release 02.04.2031 09.40".
_DATE_BEFORE_CLOCK: Final = re.compile(
    r"(?:\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\b(?:19|20)\d\d-\d\d-\d\d"
    r"|\b[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d)"
    r"\s*(?:,\s*|at\s+|klo\s+)?$"
)
# A date in digits just before a position: "15.09.2031 ", "2031-09-15 ".
_DATE_AT_END: Final = re.compile(
    r"\b(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d) $"
)
_CLOCK_DIGITS: Final = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# "3 minute read": a page's reading time.
# "Reading Time: 3 mins read", "5 minutes read": the same, in the plural.
_READ_TIME_AFTER: Final = (
    " minute read",
    " min read",
    "-minute read",
    "-min read",
    " mins read",
    " minutes read",
)
# "in the next two to three years": the lower bound of a range in words, before the upper
_WORD_RANGE_AFTER: Final = re.compile(rf"\s+(?:to|or)\s+{_NUMWORD}\s+[a-z]")
# "(Channel 7)", "(Article 12)": a name's number in brackets, after a capitalised word.
_NAME_NUMBER_BEFORE: Final = re.compile(r"\(\s*(?:[A-Z][\w-]*\s+){1,3}$")
_PARENTHESIS: Final = re.compile(r"\s*\([^()]{1,60}\)")
_PREPOSITION: Final = re.compile(r"\s(?:into|in|to|for|on|at|from|with)\s")
_NOT_MONEY: Final = frozenset(["count", "percent", "fraction", "times", "years"])
# "500 million pounds ($640 million)", "5 million tonnes in 2027, or about 50,000 barrels
# per day": the same quantity in another unit.
_EQUIVALENT: Final = re.compile(
    # "worth RM1.8 billion last year, or about 420,000 tonnes": after the period of both
    r"(?:\s+(?:in|by)\s+(?:19|20)\d\d|\s+(?:last|this)\s+year)?\s*[(,]\s*"
    r"(?:(?:or|about|around|some|approximately|roughly|nearly)\s*){0,2}"
)
_ISO_GLUED: Final = re.compile(rf"(?<![A-Za-z])(?:[A-Z]{{3}}|Rs\.?|S/\.?)$|{_ABBR}$|\$US$")
# "a dozen", "a hundred", "a million tonnes": the article stands for one.
_A_NUMBER_WORDS: Final = ("dozen", "hundred", "thousand", "million", "billion")
_NUMBER_WORDS: Final = frozenset([*UNITS, *TENS, *_A_NUMBER_WORDS])
_FRACTION_WORDS: Final = words_of(
    "half third thirds quarter quarters fourth fifth fifths sixth eighth tenth"
)
_MULTIPLE_WORDS: Final = words_of(
    "times fold double doubled doubling triple tripled tripling quadruple quadrupled twice"
) | frozenset(word for word in MULTIPLES if word.endswith("fold") and "-" not in word)
_ANY_NUMBER_WORDS: Final = _NUMBER_WORDS | _FRACTION_WORDS | _MULTIPLE_WORDS
_DIGIT_ANCHOR: Final = re.compile(r"\d[\d,.]*")
_ASCII_DIGITS: Final = tuple("0123456789")
# Each byte of an ASCII encoding as `_digit_runs` reads it: "0" for a digit, "," for a comma
# or a point (a run goes on over them), " " for any other.
_DIGIT_MARKS: Final = bytes(48 if 48 <= b <= 57 else 44 if b in b",." else 32 for b in range(256))
# A text with more characters outside ASCII than this is read by `_DIGIT_ANCHOR` itself.
_FEW_OTHERS: Final = 24


def _digit_runs(text: str) -> list[int]:
    """Where each match of `_DIGIT_ANCHOR` starts in `text` (a run of digits, with the commas
    and points inside it), found with `str.find` on the text's ASCII encoding read as marks
    (`_DIGIT_MARKS`), where the pattern's scan tries every character. A text with a digit of
    another script (`\\d` is any Unicode decimal digit, `str.isdecimal`) or many characters
    outside ASCII is read by the pattern."""
    if text.isascii():
        if not _has_any(text, _ASCII_DIGITS):
            return []  # (ten `in` tests cost less than an encoding: about half the sentences)
        data = text.encode("ascii")
    else:
        data = text.encode("ascii", "replace")  # one byte a character: "?" for the others
        replaced = data.decode("ascii")
        others = 0
        at = replaced.find("?")
        while at >= 0:
            others += 1
            if others > _FEW_OTHERS or text[at].isdecimal():  # (a "?" of the text is none)
                return [m.start() for m in _DIGIT_ANCHOR.finditer(text)]
            at = replaced.find("?", at + 1)
        if not _has_any(text, _ASCII_DIGITS):
            return []
    marks = data.translate(_DIGIT_MARKS).decode("ascii")
    starts: list[int] = []
    at = marks.find("0")
    while at >= 0:
        starts.append(at)
        end = marks.find(" ", at)  # where the match ends: the run goes on over "0" and ","
        if end < 0:
            break
        at = marks.find("0", end)
    return starts


_NUMWORD_ANCHOR: Final = re.compile(r"\b" + _NUMWORD + r"\b")
_CORE_AT: Final = re.compile(
    # "three and a half days", "one and a half million": a half more
    # "three hundred", "two hundred and fifty": hundreds told in words
    rf"(?:(?P<num>{_DIGITS})|(?P<word>{_NUMWORD}(?:[\s-]hundred(?:\s+and\s+{_NUMWORD})?)?\b)"
    r"(?P<half>\s+and\s+a\s+half\b)?)"
    rf"(?:\s?(?P<dash>[–—-])\s?(?:{_SYMBOL.lower()})?(?P<num2>{_DIGITS}))?"
    # (every magnitude starts with one of these letters: a number without one is turned down
    # at the first letter after it, where each of the magnitudes was tried twice)
    rf"(?:[\s-]?(?=[tmbclk])(?P<mag>\b{_MAG}\b|(?<=\d){_MAG}\b))?"
)
_PREFIX_BEFORE: Final = _led_by(
    "A-Z$€£¥₸₽₹₩₺₼₾₴₦₱₪₮₵₡s",  # ("sh": the Ugandan press's shilling)
    rf"(?:(?P<sym>{_SYMBOL})\s?|\b(?P<iso>{_ISO})\s?|(?P<abbr>{_ABBR})\s?)$",
)
_APPROX_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?P<approx>{_APPROX})\s+"
    r"(?:(?:a|an)\s+(?:combined|total of|additional|further)\s+)?$"
)
_FILLER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:a|an)\s+(?:combined|total of|additional|further)\s+$"
)
# What every phrase that `_APPROX_BEFORE` or `_FILLER_BEFORE` finds ends in (each is written
# with single spaces): "in excess of", not any "of".
_QUALIFIER_ENDS: Final = tuple(
    sorted({*_APPROX_NAMES, "combined", "total of", "additional", "further"})
)
_ORDINAL_BEFORE: Final = re.compile(r"\b(?:first|second|third|last|latter|the|other)\s+$")
# A copyright notice, from its sign to the end of its line.
_COPYRIGHT: Final = re.compile(r"©[^\n]*")
# The unit's ordinal after a tens word: "thirty-fourth", "forty first" (not "thirty
# third-country nationals", thirty of them).
_TENS_ORDINAL_AFTER: Final = re.compile(
    r"[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![\w-])"
)
_TIMES_AFTER: Final = re.compile(r"[\s-]+(?:times|fold)\b")
_FRACTION_ANCHOR: Final = re.compile(
    r"\b(?:half|thirds?|quarters?|fourth|fifths?|sixth|eighth|tenth)\b"
)
# A share told with another: "one-third to two-thirds", "a quarter and a third".
_SHARE_WORDS: Final = r"(?:half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)"
_FRACTION_PAIR_AFTER: Final = re.compile(
    rf"\s+(?:to|and|or)\s+(?:a|an|one|two|three|four)[\s-]{_SHARE_WORDS}\b"
)
_FRACTION_PAIR_BEFORE: Final = re.compile(
    rf"\b(?:a|an|one|two|three|four)[\s-]{_SHARE_WORDS}\s+(?:to|and|or)\s+$"
)
_MULTIPLE_ANCHOR: Final = re.compile(r"times\b|fold\b|\b(?:doubl|tripl|quadrupl)|\btwice\b")
_MULTIPLE_STARTS: Final = ("times", "fold", "doubl", "tripl", "quadrupl", "twice")
# "twice" is a multiple in a comparison ("twice as many") or after growth ("grew almost
# twice"), not a frequency ("met twice", "twice a year").
# "twice the volume of 2024" compares too.
_TWICE_AS: Final = re.compile(
    r"\s+(?:as|the\s+(?:volume|amount|level|number|size|value|figure|total|rate|capacity))\b"
)
# The stems of verbs of growth ("increased", "grew", "rose", "expanded").
_GROWTH_STEMS: Final = r"increas|grow|grew|grown|rose|risen|rise|expand|jump|climb"
_GROWTH_BEFORE: Final = re.compile(
    rf"\b(?:{_GROWTH_STEMS})\w*\s+(?:by\s+)?(?:(?:almost|nearly|about|more\s+than|over)\s+)?$"
)
_FRACTION: Final = re.compile(
    rf"(?:(?P<approx>\b{_APPROX})\s+)?\b(?P<frac>"
    + "|".join(sorted((re.escape(k) for k in FRACTIONS), key=len, reverse=True))
    + r")\b",
)
_MULTIPLE: Final = re.compile(
    r"\b(?P<text>(?P<mul>" + "|".join(sorted(MULTIPLES, key=len, reverse=True)) + r")"
    r"|(?P<num>\d+(?:\.\d+)?|" + _NUMWORD + r"(?:-and-a-half|\s+and\s+a\s+half)?)"
    r"(?:\s+|-)(?:times|fold)\b)",
)
_PERCENT: Final = re.compile(
    r"\s?(?:%|percent\b|per cent\b|pct\b|percentage points?\b)|(?<=\d)(?:pc|-percent)\b",
    re.I,
)
# How every match of `_PERCENT` starts: "%", "p" or "-", or one white space before "%" or "p".
_PERCENT_FIRST: Final = frozenset("%pP-")
_PERCENT_SECOND: Final = frozenset("%pP")


def _may_be_percent(text: str, at: int) -> bool:
    """Whether `_PERCENT` may match at `at`: the cheap test before it."""
    first = text[at : at + 1]
    return first in _PERCENT_FIRST or (
        first.isspace() and text[at + 1 : at + 2] in _PERCENT_SECOND
    )


# "300MW/1,200MWh": a storage's energy after its power.
_POWER_PAIR: Final = re.compile(r"(?<=[mgk]w/)[\d,.]+\s?[mgk]wh\b")
# "(+14%)": a number with a plus sign before it is a change in per cent.
_SIGNED_PERCENT: Final = re.compile(r"\d+(?:\.\d+)?\s?%")
# "$5 billion", "5 billion won" and, before a noun, "a 350 billion-won deal".
_CURRENCY_AFTER: Final = re.compile(
    # "Saudi riyals", "Sri Lankan rupees": a country's adjective of one or two words
    r"(?:\s+|-)(?:(?P<adj>(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?))\s+(?=[a-z]))?(?P<cur>"
    + "|".join(sorted((re.escape(k) for k in CURRENCY_WORDS), key=len, reverse=True))
    + r"|(?-i:[A-Z]{3})|(?-i:TL))\b",  # "300 million TL": Turkish lira
    re.IGNORECASE,
)
_QUANTITY_AFTER: Final = re.compile(
    r"[\s-]?(?P<unit>metric tonnes|metric tons|tonnes|tons|tonne|ton|t(?=\s)|kilometres|"
    r"kilometers|kilometre|kilometer|km|miles|cubic metres|cubic meters|cubic metre|cubic meter|"
    r"bcm|m³|m3|"
    r"barrels|bbl|b/d|bpd|hectares|hectare|ha|acres|acre|bottles|"
    r"(?:kilo|mega|giga|tera)watt[- ]hours?|"
    r"gigawatts?|GWe|GW|megawatts?|MWe|MW|kilowatts?|kWe|kW|kWh|MWh|GWh|TWh|TEUs|TEU|kilovolts?|kV|"
    r"standard containers|twenty-foot equivalent units|"
    r"(?:tera|giga)bits per second|Tbps|Gbps|basis points?|bps|"
    r"litres|liters|gallons|gallon|cubic feet|kg|kilograms|"
    r"square[- ]kilometres?|square[- ]kilometers?|sq km|"
    r"square[- ]metres?|square[- ]meters?|sq m|metres|meters|metre|meter|feet|foot)\b",
    re.IGNORECASE,
)
_YEARS_AFTER: Final = re.compile(
    # "for three more years": a length of time still to run
    # "20 working days", "five business days": days counted without the weekends
    r"(?P<hy>-|\s)(?:more\s+)?(?:(?:working|business|calendar)\s+(?=days?\b))?"
    r"(?P<unit>year|month|day|week|hour|minute)(?P<pl>s)?\b",
    re.I,
)
# "300m m3", "5m tonnes": a bare "m", "k" or "b" before a unit of volume or mass.
_MAG_UNIT_AFTER: Final = re.compile(
    r"\s(?:m3|m³|cubic met(?:re|er)s|tonnes|tons|barrels|b/d|bpd)(?![a-z])"
)
# "24.kg", "5.tv": a number inside a web address or an outlet's name, no figure.
_DOMAIN_AFTER: Final = re.compile(r"\.[a-z]{2,}\b")
# "20 NOVEMBER 2026": a date in capitals, as a release's footer prints it.
_CAPITAL_MONTH_AFTER: Final = re.compile(
    r"\s+(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|"
    r"DECEMBER)\b"
)
# "for 10 consecutive years": how long something has lasted, not news.
_RUN_WORDS: Final = frozenset(["consecutive", "straight", "successive", "running"])
_RUN_OF_PERIODS: Final = re.compile(  # (one of `_RUN_WORDS`, a whole word, in every match)
    r"\s+(?:consecutive|straight|successive|running)\s+(?:years|months|weeks|days|quarters)\b"
)
_ORDINAL_ENDS: Final = ("st", "nd", "rd", "th")
_ORDINAL_AFTER: Final = re.compile(r"(?:st|nd|rd|th)\b")  # (led by one of `_ORDINAL_ENDS`)
_DIGIT_GROUP_AFTER: Final = re.compile(r"\s\d")
# "(03) 5512 ", "044 871 " or "022-2273 " before a number: an area code and a group of a phone
# number, so the number after them is the phone number's last group (searched in the dozen
# characters before the number only).
_PHONE_RUN_BEFORE: Final = re.compile(r"(?<!\d)\(?0\d{1,3}\)?[ -]\d{3,4} $")
# "contact the desk on 800 " before a number: a toll-free number's first group.
_PHONE_CALL_BEFORE: Final = re.compile(r"\b(?:on|[Cc]all|[Dd]ial)\s+\d{3,4} $")
_DOLLARS_AFTER: Final = re.compile(
    r"\s+(?:U\.S\.|US|American|(?P<country>Canadian|Australian))\s+dollars\b"
)
# "ten years ago", "a 58-year-old leader": a time past or an age, no figure.
# "2,400 MD", "40 MDT": millions of Tunisian dinars.
_MILLION_DINARS_AFTER: Final = re.compile(r" MDT?(?!\w)")
_MAGNITUDE_AFTER: Final = re.compile(r"\s+on\s+the\s+Richter\b|[\s-]magnitude\b")
_AGE_AFTER: Final = re.compile(r"(?:\s+|-)(?:ago|old)\b")
_YEARS_SPAN_BEFORE: Final = re.compile(
    r"\b(?:next|for|within|over|of)\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?$"
    # "a discount for the first five years": how long it lasts, not a reporting period
    r"|\b(?:[Ff]or|[Dd]uring)\s+the\s+first\s+$"
    # "Repayment period: 30 years", "Term: 15 years": a table's length of a loan
    r"|\b(?:[Pp]eriod|[Tt]erm|[Mm]aturity|[Tt]enor):\s*$"
)
# "extend the arrangement by (another) 12 months": how long an extension adds.
_EXTENDED_BY_BEFORE: Final = re.compile(
    r"\bby\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?$"
)
_EXTEND_STEMS: Final = ("extend", "extension", "prolong", "renew")
_SOME_OF_AFTER: Final = re.compile(
    r"[\s-]+(?:of (?:them|us|the)\b|another|times\b)|-(?:way|sided|party|track)\b"  # "two-way"
)
_CLOCK_AFTER: Final = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+)?(?:p\.m\.|a\.m\.|o'clock|GMT|UTC)"
    r"|(?:\s?(?:am|pm)|AM|PM)\b(?!-)"  # "shortly after 10am", "at 9 pm", "7PM"
)
_LOWER_WORD_NEXT: Final = re.compile(r" [a-z]")
# A street's name after its number, up to the comma that ends it, in a line of an address.
_STREET_NAME_AFTER: Final = re.compile(rf"(?: [{UPPER}][\w'’.-]*){{1,3}},")
_ADDRESS_WORD: Final = re.compile(
    r"\b(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Building|Floor|Lane|Tower|"
    r"Plaza|P\.?O\.? Box)\b"
)
_CAPITAL_NEXT: Final = re.compile(rf" [{UPPER}]")
# "Rue de la Loi 175 - B-1048 Brussels", "Hauptstrasse 12, 3011 Bern": a house number after its
# street, then the postcode and the town, as a continental release signs off.
_POSTCODE_AFTER: Final = re.compile(rf"\s?[-–,]\s?(?:[A-Z]{{1,2}}-)?\d{{4,5}}\s[{UPPER}]")
_STREET_LINE_BEFORE: Final = re.compile(
    r"(?:^|\n)[^\n\d]{0,40}\b(?:Rue|Avenue|Av\.|Boulevard|Via|Viale|Calle|Rua|Place|Square|"
    r"Street|Road|Lane|Chauss[ée]e|[Ss]tra(?:ss|ß)e|[Ss]traat|[Gg]asse|[Ww]eg|[Pp]lein)\b[^\n\d]*$"
)
_YEAR_LEADS: Final = ("in ", "since ", "from ", "until ", "of ", "In ", "Since ")
# "the solar year 1402", "calendar year 1403": a year of the Iranian or Islamic calendar.
_CALENDAR_YEAR_ENDS: Final = ("calendar year ", "solar year ", "Hijri year ", "lunar year ")
_DAY_NAMES: Final = MONTH_WORDS | words_of(
    "monday tuesday wednesday thursday friday saturday sunday"
)
# A capitalised word (not the first of its sentence) right before a number.
_CAPITAL_WORD_BEFORE: Final = re.compile(r"(?<=\S )[A-Z][\w’'-]*[a-z] $")
_NAME_AND_COMMA: Final = re.compile(r"[A-Z][\w’'-]*,$")
_COMMA_AFTER: Final = re.compile(r"\s*,")
_RANGE_BETWEEN: Final = re.compile(r"\s*(?:to|and|–|-)\s*")
# "to 25 billion cubic metres a year from 15 billion": a level, then the earlier one.
_FROM_BETWEEN: Final = re.compile(
    # "to 9,000 by 2031, up from 4,200 now": the level before, past the deadline
    r"(?:\s+(?:a|per)\s+(?:year|annum|month|day))?(?:\s+(?:by|in)\s+(?:19|20)\d\d"
    # "to $20 billion in the coming years, from $10 billion in 2022"
    r"|\s+(?:in|within|over)\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:years|months))?,?\s+"
    r"(?:up\s+|down\s+)?from\s+"
)
_FROM_END: Final = re.compile(
    r"\s*(?:$|[,.;:)]|(?:in|last|a|the|previously|now|currently|earlier|before|and)\b)"
)
_QUANTITY_UNITS: Final = {
    "metric tons": "tonnes",
    "metric tonnes": "tonnes",
    "tonnes": "tonnes",
    "tons": "tonnes",
    "tonne": "tonnes",
    "ton": "tonnes",
    "t": "tonnes",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "km": "km",
    "miles": "miles",
    "cubic metres": "cubic metres",
    "cubic meters": "cubic metres",
    "cubic metre": "cubic metres",
    "cubic meter": "cubic metres",
    "bcm": "cubic metres",
    "m³": "cubic metres",
    "m3": "cubic metres",
    "barrels": "barrels",
    "bbl": "barrels",
    # "2.4 million b/d": the oil trade press's barrels per day
    "b/d": "barrels per day",
    "bpd": "barrels per day",
    "hectares": "hectares",
    "hectare": "hectares",  # "a 10-hectare site"
    "ha": "hectares",
    "acres": "acres",
    "acre": "acres",  # "a 300-acre farm"
    "bottles": "bottles",  # "9 million bottles of wine": drinks are counted in bottles
    "gigawatt": "GW",
    "gigawatts": "GW",
    "gw": "GW",
    "gwe": "GW",  # "7.5 GWe": a nuclear plant's electric capacity
    "megawatt": "MW",
    "megawatts": "MW",
    "mw": "MW",
    "mwe": "MW",
    "kilowatt": "kW",
    "kilowatts": "kW",
    "kw": "kW",
    "kwe": "kW",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    **{
        f"{prefix}watt{joint}hour{plural}": f"{prefix[0].upper() if prefix != 'kilo' else 'k'}Wh"
        for prefix in ("kilo", "mega", "giga", "tera")
        for joint in "- "
        for plural in ("", "s")
    },
    "kilovolt": "kV",  # "a 500-kilovolt line": the voltage, not a count
    "kilovolts": "kV",
    "kv": "kV",
    "teu": "TEU",
    "teus": "TEU",
    # "2 million standard containers": twenty-foot equivalent units, as Chinese media write
    "standard containers": "TEU",
    "twenty foot equivalent units": "TEU",
    "basis points": "basis points",
    "basis point": "basis points",
    "bps": "basis points",
    "terabits per second": "Tbps",
    "tbps": "Tbps",
    "gigabits per second": "Gbps",
    "gbps": "Gbps",
    "litres": "litres",
    "liters": "litres",
    "gallons": "gallons",  # "250 million gallons of water a day"
    "gallon": "gallons",
    "cubic feet": "cubic feet",
    "kg": "kg",
    "kilograms": "kg",
    "square kilometres": "square km",
    "square kilometers": "square km",
    "sq km": "square km",
    "square metres": "square metres",
    "square metre": "square metres",  # "a 2,000-square-metre building"
    "square meter": "square metres",
    "square kilometre": "square km",
    "square kilometer": "square km",
    "square meters": "square metres",
    "sq m": "square metres",
    "metres": "metres",
    "meters": "metres",
    "metre": "metres",  # "a 40-metre bridge"
    "meter": "metres",
    "feet": "feet",
    "foot": "feet",  # "a 40-foot container"
}
_QUANTITY_KINDS: Final = frozenset(_QUANTITY_UNITS.values())
# The word right after a number, past a hyphen or white space ("\w*": it may be empty), the
# first word of a currency (`_CURRENCY_AFTER`) or a unit (`_QUANTITY_AFTER`) if one follows.
_WORD_AFTER: Final = re.compile(r"(?:\s+|-)?(\w*)")
# Those first words, lower-cased: a currency's or a unit's first word is a whole run of word
# characters (each is followed by a space, a full stop, a slash or `\b`).
_CURRENCY_FIRST_WORDS: Final = frozenset(
    re.sub(r"\W.*", "", word.lower(), flags=re.S) for word in CURRENCY_WORDS
)
_UNIT_FIRST_WORDS: Final = frozenset(
    re.sub(r"\W.*", "", unit, flags=re.S) for unit in _QUANTITY_UNITS
)


def _word_after(text: str, pos: int) -> str:
    found = _WORD_AFTER.match(text, pos)
    return found.group(1) if found else ""  # (it always matches)


def _may_name_unit(word: str, currency: bool) -> bool:
    """Whether `_CURRENCY_AFTER` (`currency`) or `_QUANTITY_AFTER` can match where `word`
    (`_WORD_AFTER`'s) starts: a superset of their matches. Ignoring case, an ASCII word matches
    a pattern's word only as `str.lower` says; a word in capitals may be a country's adjective
    or a code before the currency: the pattern decides."""
    if not word.isascii():
        return True
    if currency and "A" <= word[:1] <= "Z":
        return True
    return word.lower() in (_CURRENCY_FIRST_WORDS if currency else _UNIT_FIRST_WORDS)


_PERIOD_WORDS: Final = ("first", "last", "past", "previous", "recent", "coming")
_PERIOD_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(_PERIOD_WORDS)})\s+$", re.I)
_DETERMINERS: Final = ("the", "these", "those", "both", "our", "their", "its", "all", "his", "her")
_DETERMINER_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(_DETERMINERS)})\s+$", re.I)
# A count's noun, then its making or buying: "three littoral mission ships being built".
_BEING_MADE_AFTER: Final = re.compile(
    r"(?:\s+[a-z][\w-]*){1,3}\s+(?:being\s+(?:built|constructed|made|assembled|delivered)|"
    r"under\s+construction|to\s+be\s+(?:built|constructed|delivered|supplied|bought)|"
    r"(?:ordered|purchased|bought)\s+(?:from|by)\b)"
)
_DONE_AFTER: Final = re.compile(r"\s+(?:[a-z]+ed|built|done|spent|paid|sold|made|taken|given)\b")
_STAKE_NEXT: Final = re.compile(r"\s+(?:stake|stakes|share|shares)\b")
_FRACTION_NEXT: Final = re.compile(
    r"\s*(?:$|[,.;:)]|of\b|the\b|its\b|their\b|was\b|were\b|is\b|are\b|went\b|goes\b|"
    r"has\b|have\b|had\b|remains?\b|"
    r"going\b|will\b|would\b|came\b|comes\b|coming\b|accounted\b|belongs?\b|"
    # "to reach a third by 2029": a share to reach by a year
    r"by\s+(?:19|20)\d\d\b|"
    # "a third more than a year earlier": a change by that share
    r"(?:more|less|higher|lower|fewer)\s+than\b)",
    re.I,
)
_TARGET_CUE: Final = _led_by(
    "abcdeghilmprstw",
    r"\b(?:aims?|aimed|aiming|goal|target|targets|plans?|planned|planning|intends?|"
    r"intention|seeks?|seeking|strive|agreed to|expects?|expected|will|would|set to|"
    r"projected|bring|raise|raising|lift|boost|increase|reach|wants?|wanted|hopes?|hoped|"
    # "the total could be raised to N": what is possible, not what was reached
    r"(?:can|could|may|might|should|must)\s+be\s+(?:brought|raised|increased|boosted|lifted)|"
    r"double|triple)\b",
    re.I,
)
_TARGET_CUE_ASCII: Final = _ascii_twin(_TARGET_CUE)
_TARGET_TO: Final = re.compile(r"\b(?:to|of|at)\s+(?:some\s+|about\s+|around\s+)?$", re.I)
_TARGET_OF: Final = re.compile(r"\b(?:target|goal)\s+of\s+$")
_OVER_VERB: Final = re.compile(
    r"\b(?:exceeded|exceeds|exceeding|surpassed|topped|passed|crossed)\s+$", re.I
)
# `_OVER_VERB`, `_TARGET_TO`, `_TARGET_OF` and `_LEVEL_VERB_TO` written backwards: each matches
# at the start of a window's reverse where the pattern matches the window.
_OVER_VERB_BACKWARDS: Final = re.compile(
    r"\s+(?:dedeecxe|sdeecxe|gnideecxe|dessaprus|deppot|dessap|dessorc)\b", re.I
)
_TARGET_TO_BACKWARDS: Final = re.compile(r"\s+(?:emos\s+|tuoba\s+|dnuora\s+)?(?:ot|fo|ta)\b", re.I)
_TARGET_OF_BACKWARDS: Final = re.compile(r"\s+fo\s+(?:tegrat|laog)\b")
# The last words of `_OVER_VERB` and of `_TARGET_TO`.
_OVER_WORDS: Final = ("exceeded", "exceeds", "exceeding", "passed", "topped", "crossed")
_TARGET_TO_WORDS: Final = ("to", "of", "at", "some", "about", "around")
_CLAUSE_BREAK: Final = re.compile(r"[,;]|\bwhile\b|\band\b(?= \w+ (?:said|noted))")
# A text without these has no `_CLAUSE_BREAK` (the cheap test before the search).
_CLAUSE_BREAK_PARTS: Final = (",", ";", "while", "said", "noted")
_LEVEL_VERB_TO: Final = re.compile(
    r"\b(?:rose|grew|increased|reached|fell|amounted|climbed|jumped)\s+to\s+$"
)
_LEVEL_VERB_TO_BACKWARDS: Final = re.compile(
    r"\s+ot\s+(?:esor|werg|desaercni|dehcaer|llef|detnuoma|debmilc|depmuj)\b"
)
_DECLINE: Final = _led_by(
    "cdefs",
    r"\b(?:fell|fall|falls|dropped|drop|declined|decline|declines|decreased|decrease|"
    r"edged down|shrank|contracted|slid|slipped|down)\b",
    re.I,
)
_GROWTH: Final = _led_by(
    "cegijrsu",
    r"\b(?:grew|grow|grows|rose|rise|rises|increased|increase|up|gained|jumped|surged|"
    r"climbed|expanded|growth)\b",
    re.I,
)


@dataclass
class FigureFound:
    """One figure: the span as written, its normalised value and unit, and its context."""

    text: str
    value: float
    unit: str
    start: int
    end: int
    approx: str | None = None
    measures: str | None = None
    sentence: str | None = None
    refers_back: bool = False  # "raise it to N": measures what an earlier figure measured
    definite: bool = False  # "the $10 billion target": may name a sum told before
    # "Rs 90,000", "3.5 billion dinar" in a sentence that names no country of that currency:
    # the currency word (a key of SHARED_CURRENCY_WORDS) that the brief's country decides
    # (`_brief_currencies`).
    shared: str | None = None
    placed: bool = False  # the sentence named the country of `shared` ("Pakistan's Rs 5 bn")

    # Written out: the one `dataclass` writes is left as it is (it runs interpreted, not
    # compiled, about four times slower); the same fields, defaults and order.
    def __init__(
        self,
        text: str,
        value: float,
        unit: str,
        start: int,
        end: int,
        approx: str | None = None,
        measures: str | None = None,
        sentence: str | None = None,
        refers_back: bool = False,
        definite: bool = False,
        shared: str | None = None,
        placed: bool = False,
    ) -> None:
        self.text = text
        self.value = value
        self.unit = unit
        self.start = start
        self.end = end
        self.approx = approx
        self.measures = measures
        self.sentence = sentence
        self.refers_back = refers_back
        self.definite = definite
        self.shared = shared
        self.placed = placed


# "Sri Lanka": a capitalised word and the next one, for the names of two words.
_CAPITALISED: Final = re.compile(r"\b[A-Z][a-z]+(?=(?P<next>\s[A-Z][a-z]+)?)")


def _countries_named(text: str, codes: dict[str, str]) -> Iterator[str]:
    """The codes in `codes` (country -> currency) of the countries `text` names, in order."""
    for match in _CAPITALISED.finditer(text):
        country = country_of_word(match.group(0))
        if country is None and match.group("next"):
            country = country_of_word(match.group(0) + match.group("next"))
        if country in codes:
            yield codes[country]


def _country_currency(text: str, codes: dict[str, str]) -> str | None:
    """The code in `codes` (country -> currency) of the first country `text` names."""
    return next(_countries_named(text, codes), None)


# Currency words whose country a sentence may leave to the brief: "Rs" and "rupees" (India's
# by default), riyals and rials (Qatar's and Oman's), dirhams (the UAE's), manats
# (Azerbaijan's), dinars, pesos and shillings (no default).
_BRIEF_CURRENCY_WORDS: Final = words_of(
    "rupee rupees riyal riyals rial rials dirham dirhams manat manats dinar dinars peso pesos"
    " shilling shillings lei leu"
)


# An office named after a country's name or demonym ("Indian External Affairs Minister",
# "Japan's Ambassador", "his Kenyan counterpart"): the words a country's own press leaves off
# its own officials ("the Sri Lanka delegation" it writes of its own side too).
_OFFICE_AFTER_COUNTRY: Final = re.compile(
    r"(?:'s|’s)?\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Minister|Ambassador|High\s+Commissioner|President|"
    r"Foreign\s+Secretary|Embassy|High\s+Commission|counterpart|envoy)\b"
)


def _unmarked_country(body: str, codes: dict[str, str], named: set[str]) -> str | None:
    """Of the countries of `codes` whose currencies `named` holds, the one whose officials
    the text never marks with its name ("Prime Minister X met the Indian Ambassador"): the
    country of an outlet that gives no dateline, as its own press names its own officials."""
    marked: set[str] = set()
    for match in _CAPITALISED.finditer(body):
        end = match.end()
        country = country_of_word(match.group(0))
        if country not in codes and match.group("next"):
            country = country_of_word(match.group(0) + match.group("next"))
            end = match.end("next")
        if country in codes and _OFFICE_AFTER_COUNTRY.match(body, end):
            marked.add(codes[country])
    unmarked = named - marked
    return unmarked.pop() if marked and len(unmarked) == 1 else None


def _brief_currencies(
    figures_by_sentence: list[list[FigureFound]], body: str = "", home: str | None = None
) -> None:
    """ "Rs 90,000" or "3.5 billion dinar" in a sentence that names no country using that
    currency is in the currency of the brief's `home` country (its outlet's or dateline's) if
    that one uses it, else of the one such country the brief names (in `body`, or without a
    body in its figures' sentences): a Nepali story's rupees, a Serbian one's dinars. Of
    several named, with no home, the one whose officials the text leaves unmarked by their
    country's name (`_unmarked_country`). Else the default stays (India's rupee; a dinar of
    no country is a sum in dinars of no known code)."""
    pending = [f for figures in figures_by_sentence for f in figures if f.shared]
    if not pending:
        return
    sentences: list[str] = (
        [body] if body else list({f.sentence or "" for fs in figures_by_sentence for f in fs})
    )
    for word in {f.shared for f in pending if f.shared}:
        codes = SHARED_CURRENCY_WORDS[word]
        loose = True  # only the sums whose sentence named no country of the currency
        if home in codes:
            named = {codes[home]}
        else:
            named = {code for text in sentences for code in _countries_named(text, codes)}
            if len(named) > 1 and home is None and body:
                unmarked = _unmarked_country(body, codes, named)
                if unmarked:
                    # the outlet's own country: its sums, whatever country a sentence names
                    named, loose = {unmarked}, False
        if len(named) != 1:
            continue
        code = named.pop()
        for figure in pending:
            if figure.shared == word and not (loose and figure.placed):
                figure.unit = code


# " (AZN)" after a currency word: its ISO 4217 code.
_CODE_IN_BRACKETS: Final = re.compile(r" \(([A-Z]{3})\)")


# "40 million dinars" where no country decides: a sum in that currency, of no known code.
_UNPLACED_CURRENCIES: Final = {
    "dinar": "dinars",
    "dinars": "dinars",
    "peso": "pesos",
    "pesos": "pesos",
    "shilling": "shillings",
    "shillings": "shillings",
}


def _is_cents(figure: FigureFound) -> bool:
    """Whether a figure is a sum in cents that no sign placed ("down 15 cents")."""
    return figure.unit == "USD" and figure.text.endswith(" cents")


def _cents_of_sentence(figures: list[FigureFound]) -> None:
    """ "fell 25 cents to 3 euros": cents are of the currency of the sentence's other sum."""
    codes = {f.unit for f in figures if _kind_of(f.unit) == "money" and not _is_cents(f)}
    if len(codes) == 1:
        code = codes.pop()
        for figure in figures:
            if _is_cents(figure):
                figure.unit = code


def _cents_of_brief(figures_by_sentence: list[list[FigureFound]]) -> None:
    """Cents in a sentence with no other sum are of the one currency of the brief's sums; the
    US dollar's (as read) where the brief has none or several."""
    loose = [
        figure
        for figures in figures_by_sentence
        if not any(_kind_of(f.unit) == "money" and not _is_cents(f) for f in figures)
        for figure in figures
        if _is_cents(figure)
    ]
    if not loose:
        return
    codes = {
        f.unit
        for figures in figures_by_sentence
        for f in figures
        if _kind_of(f.unit) == "money" and not _is_cents(f)
    }
    if len(codes) == 1:
        code = codes.pop()
        for figure in loose:
            figure.unit = code


def _currency_code(symbol: str | None, iso: str | None, after: str | None) -> str | None:
    if symbol:
        return CURRENCY_SYMBOLS.get(symbol.lower().replace(" ", ""), "USD")
    if iso and iso.upper() in iso_currencies():
        return iso.upper()
    if after:
        key = after.lower()
        if key in CURRENCY_WORDS:
            return CURRENCY_WORDS[key]
        if after.isupper() and after in iso_currencies():
            return after
        if after == "TL":
            return "TRY"
    return None


def _yen_context(low: str) -> bool:
    """Whether a lower-case sentence speaks of Japan rather than China ("¥45 billion" in
    a Japanese loan is yen)."""
    return (
        ("japan" in low or " yen" in low or "tokyo" in low or "jica" in low)
        and "china" not in low
        and "chinese" not in low
    )


# A real sentence has a handful of figures; these bounds keep odd input fast.
MAX_FIGURES_PER_SENTENCE: Final = 40
_CONTEXT: Final = 300


_LETTER_COUNTRIES: Final = tuple(HOME_LETTER_PREFIXES)


def _letter_of_subject(text: str) -> tuple[str, str] | None:
    """The currency letter of the one letter-writing country (`HOME_LETTER_PREFIXES`) the
    sentence names, where that name opens the sentence or a clause of it ("Zambia
    will put K2 billion into the fund", "..., and Myanmar will add K900 million"), if any."""
    if not _has_any(text, _LETTER_COUNTRIES):
        return None
    named = [c for c in _LETTER_COUNTRIES if c in text]
    if len(named) != 1:
        return None
    country = named[0]
    at = text.find(country)
    if at > 0 and text[at - 2 : at] not in (", ", "; ") and not text.endswith("and ", 0, at):
        return None
    return HOME_LETTER_PREFIXES[country]


# "¥2.4 billion (about P870 million)": a sum's equivalent in brackets, in a currency that
# one letter stands for; or after a comma and a word of approximation ("¥2.4 billion, about
# P870 million,").
_LETTER_EQUIVALENT: Final = re.compile(
    r"(?:\(|, (?=(?:about|around|some|roughly|approximately|nearly) ))"
    r"(?:(?:about|around|some|roughly|approximately|nearly|or)\s+)?(?P<letter>[A-Z])\s?\d"
)


class _Collector:
    def __init__(
        self,
        sentence: Sentence,
        blocked: list[tuple[int, int]],
        home: str | None = None,
        named: str | None = None,
        words: frozenset[str] = frozenset(),
    ) -> None:
        self.sentence = sentence
        # The letter the home country's press writes before its sums, and their currency;
        # elsewhere, that of the one such country the sentence names as its subject ("Zambia
        # will put K2 billion into the fund"), or of the one the brief names (`named`) where
        # a sum's equivalent in brackets is written with its letter.
        self.home = home
        self.letter = HOME_LETTER_PREFIXES.get(home or "")
        if self.letter is None and home not in HOME_LETTER_PREFIXES:
            self.letter = _letter_of_subject(sentence.text)
        if (
            self.letter is None
            and named in HOME_LETTER_PREFIXES
            and ("(" in sentence.text or ", " in sentence.text)
            and (equivalent := _LETTER_EQUIVALENT.search(sentence.text))
            and equivalent["letter"] == HOME_LETTER_PREFIXES[named][0]
        ):
            self.letter = HOME_LETTER_PREFIXES[named]
        self.text = sentence.text
        self.low = sentence.low or lower_same(sentence.text)
        # The sentence's lower-case words (runs of a-z): a pattern that needs one of them is
        # tried only if the sentence has it.
        self.words = words or sentence.words
        self.found: list[FigureFound] = []
        # One byte per character: 1 where a date, a name or a figure already stands.
        self.mask = bytearray(len(self.text) + 1)
        for start, end in blocked:
            self.mask[max(0, start) : max(0, end)] = b"\x01" * (max(0, end) - max(0, start))

    def taken(self, start: int, end: int) -> bool:
        return (
            len(self.found) >= MAX_FIGURES_PER_SENTENCE
            or self.mask.find(1, start, max(start + 1, end)) >= 0
        )

    def add(self, figure: FigureFound) -> None:
        if len(self.found) >= MAX_FIGURES_PER_SENTENCE:
            return
        self.found.append(figure)
        start, end = max(0, figure.start), max(0, figure.end)
        self.mask[start:end] = b"\x01" * (end - start)


def _matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[str]) -> list[re.Match[str]]:
    """What `pattern.finditer(text)` gives when each of its matches begins with one of the
    strings `starts`: a few `str.find` calls instead of trying the pattern at every position."""
    positions: set[int] = set()
    for start in starts:
        at = text.find(start)
        while at >= 0:
            positions.add(at)
            at = text.find(start, at + 1)
    return matches_at(pattern, text, sorted(positions))


# "Oct - 17 - 2026", "Oct-17-2026": a month, day and year set apart by dashes, as some
# sites print the time a story went up.
_DASHED_DATE: Final = _led_by("ADFJMNOS", rf"\b{MONTH}\.?\s*[-–]\s*{DAY}\s*[-–]\s*(?:19|20)\d\d\b")
# "ROME, NOVEMBER 25 -", "25 NOV 2026": a dateline's date in capitals.
_UPPER_DATE: Final = _led_by(
    r"\dADFJMNOS",
    rf"\b{MONTH.upper()}\.?\s+{DAY}\b(?:,?\s+(?:19|20)\d\d\b)?"
    rf"|\b{DAY}\s+{MONTH.upper()}\b\.?(?:,?\s+(?:19|20)\d\d\b)?",
)
# A month's name in capitals somewhere: the cheap test before `_UPPER_DATE`.
_UPPER_MONTH: Final = re.compile("JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC")
# Where a date starts: a digit or a month's name, capitalised (`ANY_DATE`, `_DATE_RANGE`).
_CAPITAL_MONTH: Final = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# How a labelled number (`_LABEL_NUMBER`) starts, in lower case, by the label's word; and
# "no." ("Decree No. 5"), not one of `_LABEL_WORDS`.
_LABEL_STARTS: Final = {word: word for word in _LABEL_WORDS} | {
    "pages": "page",
    "p": "p.",
    "pp": "pp.",
    "telephone": "tel",
    "ext": "ext.",
}
# `\d:\d` and `ISO_HINT` (digits as an ISO or a dotted date has them), each led by its mark:
# a search skips to where that mark stands, where one led by a digit tries every position.
# (They find a match where the others do, one character later: a digit before the mark.)
_CLOCK_HINT: Final = re.compile(r":(?<=\d:)\d")
_DATE_HINT: Final = re.compile(r"-(?<=\d-)\d|\.(?<=\d\.)\d{1,2}\.(?:19|20)\d\d")


def _label_start(text: str, lowered: str, labels: frozenset[str]) -> int:
    """Where the first labelled number of `text` (`lowered`: its lower case) can start, given
    the label words in it."""
    if len(lowered) != len(text):
        return 0  # no offsets to share with the lower-cased text
    first = len(text)
    for start in [*(_LABEL_STARTS[label] for label in labels), "no."]:
        at = lowered.find(start)
        if 0 <= at < first:
            first = at
    return first


def _labelled(text: str, labels: frozenset[str]) -> Iterable[re.Match[str]]:
    """The labelled numbers of `text` ("page 5"), given the label words in it: what
    `_LABEL_NUMBER` finds from the first label on."""
    lowered = text.lower()
    start = _label_start(text, lowered, labels)
    if text.isascii():
        # An ASCII text's lower case, read by the pattern's case-sensitive twin: the same
        # spans, and each label is skipped at its first letter as it is not when ignoring case.
        return _LABEL_NUMBER_LOW.finditer(lowered, start)
    if len(lowered) == len(text) and not _has_any(text, _ODD_CASE):
        # Another text whose letters re.I reads as str.lower makes them: its lower case, read
        # case-sensitively (lowering keeps what `\w`, `\d` and `\s` match).
        return _LABEL_NUMBER_LOWER.finditer(lowered, start)
    return _LABEL_NUMBER.finditer(text, start)


# A date of the Islamic calendar: "15 Jumada Al-Akhirah 1448 AH", "Sha'ban 17, 1446".
_APOS: Final = "[‘’'ʿ`]?"
_HIJRI_MONTH: Final = (
    r"(?:Muharram|Safar|Rajab|Ramadh?an|Shawwal|Sha" + _APOS + r"ban"
    r"|(?:Rabi" + _APOS + r"|Jumad[ae])[\s-]?(?:[AaUuEe]l[\s-]?)?"
    r"(?:Awwal|Awal|Ula|Oula|Akhirah|Akhira|Akhir|Akhar|Thani|Thaniyah|Sani|I|II)\b"
    r"|Dhu" + _APOS + r"[\s-]?(?:[Aa]l[\s-]?|l[\s-]?)?"
    r"(?:Q[ai]" + _APOS + r"dah|Hijjah))"
)
_HIJRI_DATE: Final = re.compile(
    rf"\b\d{{1,2}}\s+{_HIJRI_MONTH},?\s+1[34]\d\d(?:\s*(?:AH|A\.H\.|H)\b)?"
    rf"|\b{_HIJRI_MONTH}\s+\d{{1,2}},?\s+1[34]\d\d(?:\s*(?:AH|A\.H\.|H)\b)?"
    r"|\b1[34]\d\d\s*(?:AH|A\.H\.)(?!\w)"
)
# A piece of every match of _HIJRI_DATE: a sentence without any has no such date.
_HIJRI_PARTS: Final = (
    "Muharram",
    "Safar",
    "Rabi",
    "Jumad",
    "Rajab",
    "Sha'ban",
    "Sha’ban",
    "Shaban",
    "Shaʿban",
    "Ramad",
    "Shawwal",
    "Dhu",
    "AH",
    "A.H.",
)


def _blocked_spans(
    text: str, words: frozenset[str], digit_runs: list[int]
) -> list[tuple[int, int]]:
    """Dates, labelled numbers ("page 5") and references ("7/2025", "C5+1"): spans no figure
    is read in. Each pattern scans from where its first match can start."""
    if not digit_runs:  # dates, ranges, labels and references have digits, but "No. five"
        return [(m.start(), m.end()) for m in _REFERENCE.finditer(text)] if "No." in text else []
    months = not words.isdisjoint(MONTH_WORDS)
    # ISO and dotted dates need a hyphen or two dots.
    has_date = months or (
        ("-" in text or text.count(".") > 1) and _DATE_HINT.search(text, digit_runs[0]) is not None
    )
    spans = []
    if has_date:
        month = _CAPITAL_MONTH.search(text, 0, digit_runs[0])
        start = month.start() if month else digit_runs[0]
        spans = date_spans(text, start)
        # A range's two days, and a dashed date's day and year, are two runs of digits: a
        # sentence with one ("on May 3", "in March 2026") has neither.
        two_runs = len(digit_runs) > 1
        if months:
            if two_runs:
                spans += [(m.start(), m.end()) for m in _DATE_RANGE.finditer(text, start)]
            if _UPPER_MONTH.search(text):
                spans += [(m.start(), m.end()) for m in _UPPER_DATE.finditer(text)]
            if two_runs and ("-" in text or "–" in text):
                spans += [(m.start(), m.end()) for m in _DASHED_DATE.finditer(text, start)]
    labels = words & _LABEL_WORDS
    if labels:
        spans += [(m.start(), m.end()) for m in _labelled(text, labels)]
    # Phone numbers, document numbers, "7/2025", "C5+1", "10:30".
    if "+" in text or "/" in text or "No." in text or (":" in text and _CLOCK_HINT.search(text)):
        spans += [(m.start(), m.end()) for m in _REFERENCE.finditer(text)]
    if "*" in text:
        spans += [(m.start(), m.end()) for m in _STARRED_CODE.finditer(text)]  # "1234**5678"
    if ("13" in text or "14" in text) and _has_any(text, _HIJRI_PARTS):  # (a year 13xx, 14xx)
        spans += [(m.start(), m.end()) for m in _HIJRI_DATE.finditer(text)]
    return spans


_CUT_STEMS: Final = (
    "cut",
    "reduc",
    "shorten",
    "sav",
    "lower",
    "down",
    "fall",
    "fell",
    "drop",
    "decreas",
    "expand",  # "expand the exercise from 14 days to 21 days": its new length
    "extend",
    "lengthen",
)
# How far before "by/to N days" the cut is looked for: "reduce the delivery time of trains
# from the A border to the B border by four days, to 14 days" names the route in between.
_CUT_REACH: Final = 120
_DAILY_UNITS: Final = frozenset(["barrels", "cubic metres", "cubic feet"])
_PER_DAY: Final = re.compile(r"(?P<of>\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+per\s+day\b")
# "one people, two states", "one country, two systems": a slogan's pair.
_ONE_THING_BEFORE: Final = re.compile(r"\b[Oo]ne\s+[a-z]+,\s+$")
_AGE_BEFORE_ENDS: Final = ("aged ", "Aged ", "age of ", "ages of ")
_WHO_IS_ENDS: Final = ("who is ", "who was ", "who turns ", "who turned ")
_AGE_BEFORE: Final = re.compile(r"(?<![\w-])(?:[Aa]ged|[Aa]ges?\s+of)\s+$")  # not "package of"
# A change of any kind: growth, a multiple, a fall.
_GROWN_BEFORE: Final = re.compile(rf"\b(?:{_GROWTH_STEMS}|doubl|tripl|fell|fallen|declin)")
# "agreed to hold summits every two years": an interval someone agreed or decided on.
_AGREED_BEFORE: Final = re.compile(r"\b(?:agreed|agree|agreeing|decided|decide|will|shall)\b")
# "the travel time ... will be 14 days": a length of time.
_TIME_IS_BEFORE: Final = re.compile(r"\btime\b[^,.;]{0,90}\s(?:is|was|will\s+be|would\s+be)\s+$")
# "a container takes almost 40 days", "the works will take 18 months": a length of time (how
# long talks lasted is no news: "lasted" is `_LASTED_BEFORE`, for days and longer only).
_TAKES_BEFORE: Final = re.compile(r"\b(?:takes?|took|taking)\s+$")
# "the exercise lasted six days": an event's length in days (talks that lasted two hours
# are no news).
_LASTED_BEFORE: Final = re.compile(r"\b(?:lasts?|lasted|lasting)\s+$")
# "takes 14 to 18 days": the lower bound of a range before the number.
_RANGE_LOW_BEFORE: Final = re.compile(rf"(?:\b\d+|\b{_NUMWORD})\s*(?:to|or|-|–)\s*$", re.I)
# "a three-day state visit", "a two-day forum": the length of a visit or an event, no news
# (GOLD.md: a commitment's length, "a 30-day visa-free stay", is a figure).
_EVENT_AFTER: Final = re.compile(
    r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:visits?|tours?|trips?|forums?|events?|conferences?|"
    r"summits?|exhibitions?|fairs?|festivals?|sessions?|meetings?|talks|seminars?|workshops?|"
    r"missions?|congress|expo)\b",
    re.I,
)
# "up to 30 days, up from 15 days": the level a limit changed from.
_CHANGED_FROM_BEFORE: Final = re.compile(r"\b(?:up|down|raised|extended|cut)\s+from\s+$")
# "\n2. Memorandum", "\n3)": a number that starts an item of a list.
# "\n2. Memorandum", "\n3- water security;": the number of an item of a list.
_LIST_ITEM_AFTER: Final = re.compile(rf"[.)](?:\s+[{UPPER}]|\s*$)|[-–] (?=[a-z])")
_LIST_NUMBER: Final = re.compile(r"\s*\(?\d{1,3}[.)]\s*")
# "-30-", "- 30 -": the mark a press release ends with, no figure.
_END_MARK: Final = re.compile(r"\s*-+\s*30\s*-+\s*")


def _opens_line(text: str, at: int) -> bool:
    return at == 0 or text[at - 1 : at] == "\n"


# Every word `find_figures` and `_blocked_spans` look for among a sentence's words (those of
# `_ONE_IN_WORDS` are number words).
_FIGURE_WORDS: Final = _ANY_NUMBER_WORDS | MONTH_WORDS | _LABEL_WORDS


def find_figures(
    sentence: Sentence,
    extra_blocked: list[tuple[int, int]],
    home: str | None = None,
    named: str | None = None,
) -> list[FigureFound]:
    """Return the figures of one sentence, in text order; `home` is the country of the
    brief's outlet or dateline, whose press may write its currency with one letter; `named`
    the one such country (`HOME_LETTER_PREFIXES`) a brief without a home names, whose
    letter a sum's equivalent in brackets may be written with."""
    if len(sentence.text) < 10 and (
        _LIST_NUMBER.fullmatch(sentence.text) or _END_MARK.fullmatch(sentence.text)
    ):
        return []  # "2." that numbers a paragraph; "-30-" that ends a release
    words = sentence.words or frozenset(re.findall(r"[a-z]+", sentence.text.lower()))
    text = sentence.text
    digit_runs = _digit_runs(text)
    has_digit = bool(digit_runs)
    if not has_digit and words.isdisjoint(_ANY_NUMBER_WORDS):
        return []
    all_words = words
    # The sentence's words that the tests below look for, met once: each test then reads a
    # few words, where each read all of the sentence's.
    words = words & _FIGURE_WORDS
    blocked = _blocked_spans(text, words, digit_runs) + extra_blocked
    if "©" in text:
        # "Copyright © 2027 Sylvan Radio 101.5 FM. All rights reserved.": the notice's
        # numbers are its owner's name and year, no news
        blocked += [(m.start(), m.end()) for m in _COPYRIGHT.finditer(text)]
    collector = _Collector(sentence, blocked, home, named, all_words)
    if not words.isdisjoint(_MULTIPLE_WORDS):
        _find_multiples(collector)
    if not words.isdisjoint(_FRACTION_WORDS):
        _find_fractions(collector, words & _FRACTION_WORDS)
    low = collector.low
    if (" in " in low or " out of " in low) and (has_digit or not words.isdisjoint(_ONE_IN_WORDS)):
        _find_ratios(collector)
    number_words = words & _NUMBER_WORDS
    if has_digit or number_words:
        _find_numbers(collector, number_words, digit_runs)
    figures = sorted(collector.found, key=lambda f: f.start)
    if "\n" in text:
        # "...2027-2028;\n2. Memorandum of ...": the number of an item of a list.
        figures = [
            f
            for f in figures
            if not (
                f.unit == "count"
                and text[f.start - 1 : f.start] == "\n"
                and _LIST_ITEM_AFTER.match(text, f.end)
            )
        ]
    if ")" in text:
        # "1) the launch of direct flights;", "(2) The sides agreed ...": an item's
        # number opening its line
        figures = [
            f
            for f in figures
            if not (
                f.unit == "count"
                and text.startswith(") ", f.end)
                and _opens_line(text, f.start - (text[f.start - 1 : f.start] == "("))
            )
        ]
    _share_units(figures, text)
    if "cents" in text:
        _cents_of_sentence(figures)
    tidied: dict[str, str | None] = {}  # each measure `measures_of` tidied, and its tidy form
    for figure in figures:
        # The context of a figure is its neighbourhood: long sentences stay linear.
        offset = max(0, figure.start - _CONTEXT)
        window = text[offset : figure.end + _CONTEXT]
        local = (
            FigureFound(
                figure.text, figure.value, figure.unit, figure.start - offset, figure.end - offset
            )
            if offset
            else figure  # the window starts with the sentence: the same offsets
        )
        word = _word_before(window, local.start)
        if figure.approx is None:
            figure.approx = _approx_from_context(window, local, word)
        local.approx = figure.approx
        figure.measures = measures_of(window, local, word, tidied)
        figure.refers_back = _raises_it(window, local.start, word)
        figure.sentence = text if len(text) <= 2 * _CONTEXT else window
        figure.definite = (word == "the" or word.endswith(" the")) and bool(
            _NOUN_AFTER.match(window, local.end)
        )
    going = False  # the figure before "will go to X" (or was itself "N to Y" after one)
    for previous, figure in itertools.pairwise(figures):
        # "500 million pounds ($640 million)": the same thing in another currency.
        if figure.unit == previous.unit == "count" or figure.unit in _NOT_MONEY:
            same_thing = False
        else:
            same_thing = _EQUIVALENT.fullmatch(text, previous.end, figure.start) is not None
        going = going or _GOES_TO.match(text, previous.end) is not None
        to = _TO_AFTER.match(text, figure.end) if going and figure.unit == previous.unit else None
        aim = _np_after(text, to.end(), allow_of=False) if to else None
        going = aim is not None
        bare = (
            _BARE_PARTICIPLE_AFTER.match(text, figure.end)
            if figure.unit == previous.unit == "count" and previous.measures
            else None
        )
        of_them = (
            _OF_THEM.match(text, figure.end)
            if figure.unit == previous.unit == "count" and previous.measures
            else None
        )
        ago = (
            _AS_MANY_AGO.match(text, figure.end)
            if figure.unit == "times" and previous.unit == "count" and previous.measures
            else None
        )
        relative = (
            figure.unit == "times"
            and previous.measures
            and previous.approx == "target"  # "shipped N, twice the volume a year ago": growth
            and text[previous.end : figure.start] == ", "
            and text.startswith(" the ", figure.end)
        )
        against = _np_after(text, figure.end + 5, allow_of=False) if relative else None
        if ago and (counted := _things_of(previous.measures or "")):
            # "trains 130 students, almost twice as many as five years ago": their growth.
            figure.measures = f"growth of {counted} over {ago['n']} years"
        elif against and previous.measures:
            # "will raise its financing to $300 million, 2.5 times the current envelope": the
            # new financing against that base.
            figure.measures = f"{_without_period(previous.measures)} relative to the {against}"
        elif of_them and (things := _things_of(previous.measures or "")):
            # "412 firms operate there, 96 of them set up this year": those firms set up then.
            figure.measures = f"{things} {of_them['rest']}"
        elif same_thing or (figure.text == previous.text and previous.measures):
            figure.measures = previous.measures  # "$2–3 billion": both bounds of one range
        # "build six more schools, adding to the nine already opened": schools opened.
        elif bare and (things := _things_of(previous.measures or "")):
            figure.measures = f"{things} {bare['pp']}"
        # "52,000 students ..., including about 7,000 on state quotas": a part of them
        # ("including some 60 mayors": those the figure names itself).
        elif (
            previous.measures
            and figure.unit == previous.unit == "count"
            and _INCLUDING.search(text, max(0, figure.start - 20), figure.start)
            and not (figure.measures and _NOUN_AFTER.match(text, figure.end))
        ):
            detail = _DETAIL_AFTER.match(text, figure.end)
            base = _without_period(previous.measures)
            figure.measures = f"{base} {detail.group('pp')}" if detail else base
        # "30 companies now operate there, compared with fewer than 10 a decade ago".
        elif (
            previous.measures
            and figure.unit == previous.unit
            and _COMPARED_WITH.search(text, max(0, figure.start - 30), figure.start)
        ):
            ago = _AGO_AFTER.match(text, figure.end)
            base = _without_period(previous.measures)
            figure.measures = f"{base} {ago.group(1)}" if ago else f"earlier {base}"
        # "lift cotton sales to 0.8 million tonnes in 2026 and to some 3 million tonnes
        # later": a second level the same thing is raised to.
        elif (
            previous.measures
            and previous.approx == "target"
            and figure.unit == previous.unit
            and (raised := _AND_TO_BETWEEN.fullmatch(text, previous.end, figure.start))
        ):
            base = _without_period(previous.measures)
            if raised["when"]:
                base = base.replace(f" {raised['when'].strip()}", "", 1)  # the first level's
            figure.measures = base
        # "trade stood at $92 million ... and they set a target of $300 million by 2030".
        elif (
            previous.measures
            and _kind_of(figure.unit) == _kind_of(previous.unit) == "money"
            and _TARGET_OF.search(text, max(0, figure.start - 20), figure.start)
            and not _PREPOSITION_AFTER.match(text, figure.end)
        ):
            figure.measures = _without_period(previous.measures)
        # "trade reached $148 million, but the sides should aim for $500 million": its target.
        elif (
            previous.measures
            and _kind_of(figure.unit) == _kind_of(previous.unit) == "money"
            and text.endswith(_AIM_FOR_ENDS, 0, figure.start)
            and not _PREPOSITION_AFTER.match(text, figure.end)
        ):
            figure.measures = _without_period(previous.measures)
            figure.approx = figure.approx or "target"
        # "cut the transit time by four days, to 14 days": the time it is cut to.
        elif (
            figure.unit == previous.unit
            and figure.unit in _SPANS
            and (previous.measures or "").startswith("decline in ")
            and _CUT_TO_BETWEEN.fullmatch(text, previous.end, figure.start)
        ):
            figure.measures = (previous.measures or "").removeprefix("decline in ")
        # "trade with X stood at $96 million in the last fiscal year, while trade with Y was
        # $112 million": the period told once is both clauses'.
        elif (
            previous.measures
            and figure.measures
            and _kind_of(figure.unit) == _kind_of(previous.unit)
            and text.find(", while ", previous.end, figure.start) >= 0
            and (told := _TIME_AFTER.match(text, previous.end))
            and not told["when"].startswith("since")  # a sum since a year is the one's own
            and previous.measures.endswith(told["when"])
            and _TIME_AFTER.match(text, figure.end) is None
            and told["when"] not in figure.measures
        ):
            figure.measures = f"{figure.measures} {told['when']}"
        # "€1.1 billion will go to X, €400 million to Y": the sum for Y.
        elif aim:
            figure.measures = aim
        # "undertaken 1,100 projects worth $7.2 billion": the value of the counted things.
        elif (
            figure.measures
            and (value_of := figure.measures.partition("value of ")[2])
            and figure.measures in (f"value of {value_of}", f"total value of {value_of}")
            and previous.unit == "count"
            and previous.measures
            and previous.measures.startswith(_without_country(value_of))
            and previous.measures != value_of
        ):
            total = "total " if figure.measures.startswith("total ") else ""
            where = value_of.removeprefix(_without_country(value_of))  # "worth $N in X"
            where = where if where.strip() not in previous.measures else ""
            figure.measures = f"{total}value of {previous.measures}{where}"
        # "11.2 million tonnes, of which a third was X": a part of the figure before.
        elif previous.measures and (
            (
                text.find("which", max(0, figure.start - 40), figure.start) >= 0
                and _OF_WHICH_BEFORE.search(text, max(0, figure.start - 40), figure.start)
            )
            or text.startswith(" of which", figure.end)
        ):
            figure.measures = _part_of(text, figure, _without_period(previous.measures))
        # "400 million euros, of which X will finance 49 percent": the share X finances.
        elif (
            previous.measures
            and figure.unit in ("percent", "fraction")
            and text.find("of which", max(0, figure.start - 80), figure.start) >= 0
            and (share := _OF_WHICH_DOER.search(text, max(0, figure.start - 80), figure.start))
        ):
            whole = _VALUE_OF.sub("", _without_period(previous.measures))
            done = _DONE_SHARE[share["verb"].lower()]
            figure.measures = f"share of {whole} {done} by {share['who']}"
        # "€2bn in loans ... over the next five years": the period of that money; "train
        # 1,000 engineers over the next five years": of that training.
        elif (
            figure.unit == "years"
            and previous.measures
            and previous.unit not in ("percent", "fraction", "years")
            and (
                _PERIOD_BEFORE_YEARS.search(text, max(0, figure.start - 30), figure.start)
                # "provide A$200 million ($129 million) over four years": that money's span
                or (
                    figure.text[:5].lower() == "over "
                    and _kind_of(previous.unit) == "money"
                    and _SUM_THEN_SPAN.fullmatch(text, previous.end, figure.start) is not None
                )
                # "allocate $150mn for water projects in the region over five years", "train
                # 1,000 engineers in renewable energy over three years": the span closing the
                # clause of that sum or count
                or (
                    figure.text[:5].lower() == "over "
                    and (_kind_of(previous.unit) == "money" or previous.unit == "count")
                    and _THING_THEN_SPAN.fullmatch(text, previous.end, figure.start) is not None
                )
            )
        ):
            figure.measures = f"period of {_NEXT_TAIL.sub('', previous.measures)}"
        elif (
            figure.unit == "years"
            and previous.unit == "percent"
            and previous.measures
            and previous.measures.startswith(_CHANGE_LEADS)
            and _PERCENT_THEN_SPAN.fullmatch(text, previous.end, figure.start) is not None
        ):
            # "cut fees by up to 80 per cent over two years": the period of that cut
            figure.measures = f"period of {_NEXT_TAIL.sub('', previous.measures)}"
        # "15% by 2030, up from around 6% now": the same measure, before; "to $5 billion
        # from $3 billion" too.
        elif previous.measures and (
            _without_period(figure.measures or "") in ("up", "down", "from")
            or (
                figure.unit == previous.unit
                and _FROM_BETWEEN.fullmatch(text, previous.end, figure.start) is not None
            )
        ):
            now = _NOW_AFTER.match(text, figure.end)
            base = _without_period(previous.measures)
            then = _TIME_AFTER.match(text, figure.end) if now is None else None
            # "to $15 billion by 2030 from $11 billion last year": the level of last year
            figure.measures = (
                f"{base} now" if now else f"{base} {then['when']}" if then else f"earlier {base}"
            )
        # "raise trade to $100 billion within five years, from about $60 billion now": the
        # level the last sum in that unit rises from, with a period between them.
        elif (
            figure.unit != previous.unit
            and _kind_of(figure.unit) == "money"
            and _FROM_SUM_BEFORE.search(text, max(0, figure.start - 12), figure.start)
            and (
                prior := next(
                    (
                        f
                        for f in reversed(figures[: figures.index(figure)])
                        if f.unit == figure.unit and f.measures
                    ),
                    None,
                )
            )
            and figure.start - prior.end <= 120
            and not _has_any(text[prior.end : figure.start], (".", ";"))
        ):
            now = _NOW_AFTER.match(text, figure.end)
            base = _without_period(prior.measures or "")
            figure.measures = f"{base} now" if now else f"earlier {base}"
        # "co-financing of $9 million from X and $3 million from Y": the co-financing from Y.
        elif (
            previous.measures
            and figure.unit == previous.unit
            and (src := _FROM_SOURCE.match(text, figure.end))
            and _FROM_AND.fullmatch(text, previous.end, figure.start)
        ):
            base = _FROM_TAIL.sub("", _without_period(previous.measures))
            figure.measures = f"{base} from {src['src']}"
        # "carried 2 million tonnes of cargo in 2026, up 35 percent year on year": its growth.
        elif (
            figure.unit in ("percent", "times")
            and previous.measures
            and previous.unit not in ("percent", "times")
            and figure.measures in (None, "year")
            and _UP_BEFORE.search(text, max(0, figure.start - 12), figure.start)
        ):
            down = text[max(0, figure.start - 12) : figure.start].rstrip().endswith("down")
            kind = "decline in" if down else "growth of"
            figure.measures = f"{kind} {_without_period(previous.measures)}"
        # A percent compared with the figure before it: its growth (or decline).
        elif (
            figure.unit in ("percent", "times")
            and previous.measures
            and previous.unit not in ("percent", "times")
            and (more := _comparison(text, previous, figure))
        ):
            kind = "growth of" if more.group("more") else "decline in"
            figure.measures = f"{kind} {_without_period(previous.measures)}"
        # "1.2 million tonnes, two-and-a-half times the volume a year earlier": its growth.
        elif figure.unit == "times" and figure.measures in _SAME_QUANTITY and previous.measures:
            base = _RATE_TAIL.sub("", _without_period(previous.measures))
            # "double this volume by 2028" (its horizon); "$2 billion, double the current
            # level" (against what).
            horizon = _HORIZON.match(text, figure.end)
            tail = (
                f" by {horizon['year']}"
                if horizon and horizon["year"]
                else f" against {horizon['level']}"
                if horizon
                else ""
            )
            figure.measures = f"growth of {base}{tail}"
        # "$6.4 billion, an increase of 46 percent": the growth of what came before.
        elif (
            figure.unit == "percent"
            and previous.measures
            and previous.unit != "percent"
            and _CHANGE_OF.search(text, max(0, figure.start - 40), figure.start)
        ):
            change = _CHANGE_OF.search(text, max(0, figure.start - 40), figure.start)
            kind = "decline in" if change and change.group("down") else "growth of"
            figure.measures = f"{kind} {_without_period(previous.measures)}"
    for figure in figures:
        # A measure read from the figure before is tidied too ("only since 2023": None); one
        # that `measures_of` tidied is not tidied again.
        stated = figure.measures
        tidy = (tidied[stated] if stated in tidied else _tidy(stated)) if stated else None
        measured = tidy or ""
        figure.measures = measured or None
        compared = (
            _COMPARED_BASE.match(text, figure.end)
            if figure.unit in _CHANGE_UNITS and measured.startswith(_CHANGE_LEADS)
            else None
        )
        if compared and compared["base"] not in measured:
            # "grew 28% compared to the same period last year": against what it grew.
            figure.measures = f"{measured} compared with {compared['base']}"
    return figures


_THIS_FIGURE_BY: Final = re.compile(
    r"\b(?:this|that|the)\s+(?:figure|number|volume|amount|indicator)\s+"
    r"(?:to\s+|will\s+|should\s+|could\s+|can\s+|must\s+)?"
    r"(?P<verb>grow|rise|increase|fall|decline|drop|decrease)\s+by\s*$"
)
_FALL_VERBS: Final = frozenset(["fall", "decline", "drop", "decrease"])
_FOR_AFTER: Final = re.compile(r"\s+for\s+(?:the\s+)?")
_OF_WHICH_DO: Final = re.compile(
    r"\s+of\s+(?:which|them)\s+(?P<rest>(?:need|needs|are|is|were|was|have|has|remain|require)"
    r"\b[^,;:.()]{2,60}?)(?=\s*(?:[,;:.]|$))"
)
_POSSESSIVE_LEAD: Final = re.compile(r"^(?:[Oo]ur|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?=[A-Z])")
_NOUN_TARGET_OF: Final = re.compile(
    r"\b(?:the|a|an|its|their|our)\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+"
    r"(?:target|goal)\s+of\s+$"
)
_COVERING: Final = ("covering", "occupying", "spanning")
_CHANGED_BY: Final = re.compile(
    r"(?<![\w’'-])(?P<object>(?:the\s+)?[a-z][\w’'\- ]{2,80}?)\s+"
    r"(?:has|have|had|was|were)\s+(?:been\s+)?(?P<verb>reduced|cut|lowered|increased|raised|expanded|boosted)\s+by\s*$"
)
_AS_MANY_AGO: Final = re.compile(r"\s+as\s+(?:many|much)\s+as\s+(?P<n>[\w-]+)\s+years\s+ago\b")
_OF_THEM: Final = re.compile(
    r"\s+of\s+them\s+(?:were\s+|are\s+)?(?P<rest>[a-z][^,;:.()]{2,60}?)(?=\s*(?:[,;:.]|$))"
)
_CHANGE_UNITS: Final = frozenset(["percent", "times", "fraction"])
_SPANS: Final = frozenset(["days", "weeks", "hours"])  # "cut the transit time by four days"
_CUT_TO_BETWEEN: Final = re.compile(r",?\s+to\s+")
_ROUTE_TAIL: Final = re.compile(r"\s+from\s+\S.*\sto\s+\S.*$")
_CHANGE_LEADS: Final = ("growth of ", "decline in ")
_COMPARED_BASE: Final = re.compile(
    r"(?:\s+(?:more|higher|less|lower))?\s+(?:than\s+(?:in\s+)?|compared\s+(?:with|to)\s+|from\s+)"
    r"(?P<base>the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year|"
    r"a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year|last\s+year)\b"
)
_NAMED_WORKS: Final = re.compile(
    rf"\b[Tt]he\s+([{UPPER}][\w’'-]*(?:(?:\s+|[–-])[{UPPER}][\w’'-]*){{0,4}}\s+"
    r"(?i:railway|railroad|port|pipeline|terminal|corridor|bridge|highway|canal|airport|plant))\b"
)
_HOME_TO: Final = re.compile(
    r"(?P<things>.+?)\s+[“\"]?(?P<the>[Tt]he\s+)?(?P<place>[^“\"]+?)\s+(?:is|are)\s+home\s+to$"
)
_GATHERED: Final = (
    "participation of",
    " together",
    "gathered",
    " gather",
    " gathers",
    "drew",
    "attended by",
)
# The verb that gathers people at an event, and "which" before it ("X, which is expected to
# bring together N"), and whether it is yet to happen.
_GATHERING: Final = re.compile(
    r"(?P<which>,\s+which\s+)?(?:(?P<will>(?:is|are)\s+expected\s+to|will|would|is\s+set\s+to)"
    r"\s+)?(?:also\s+)?(?:brought|bring|brings|bringing|gathered|gather|gathers|drew|"
    r"participation|attended)\s+(?:together|of|by)?\s*[^,;]{0,20}$"
)
# "a trade fair for some 90 firms": the firms at that event.
_EVENT_FOR: Final = re.compile(
    r"\b(?P<event>forum|conference|exhibition|fair|congress|festival|expo|round\s+table)\s+for\s+"
    r"[^,;]{0,20}$",
    re.I,
)
_CONTAINERS: Final = ("portfolio", "package", "pipeline")
_CONTAINER_OF: Final = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?P<what>portfolio|package|pipeline)\s+of\s+"
    r"(?:\d[\d,]*|[a-z]+)\s+[\w\s-]{1,40}?\s+worth\s+(?:a\s+total\s+of\s+|about\s+|some\s+)?$"
)
_STAKES_IN: Final = (" stakes in", " stake in", " shares in", " holdings in")
_IN_YEAR_SOON: Final = re.compile(r"[^,;.]{0,50}?\s(?P<when>in\s+(?:19|20)\d\d)\b(?![-–/])")
_WISH_ENDS: Final = (" aim", " aims", " seek", " seeks", " hope", " hopes")
_AIM_FOR_ENDS: Final = ("aim for ", "aims for ", "aiming for ", "aim at ", "aims at ")
_BARE_PARTICIPLE_AFTER: Final = re.compile(
    r"\s+(?P<pp>(?:(?:already|previously|earlier)\s+)?(?:[a-z]+ed|built|run|set\s+up))\b"
    r"(?=\s*(?:[,.;:)]|$|\s(?:by|in|and|so|since|last|this)\b))"
)


def _things_of(measure: str) -> str | None:
    """The counted things of a count's measure, without what is said of them ("schools
    built by X in Y": "schools")."""
    words = measure.split()
    for i, w in enumerate(words):
        if (
            i
            and (
                w.endswith("ed")
                or w in _DOING.values()
                or w in ("by", "in", "at", "to")
                or w in _BARE_ING  # "enterprises with X capital operate in Y"
                # "enterprises operating in X": what they do, not what they are.
                or (
                    w.endswith("ing")
                    and words[i + 1 : i + 2] in (["in"], ["at"], ["on"], ["under"])
                )
            )
        ):
            return " ".join(words[:i])
    return measure


_FROM_SOURCE: Final = re.compile(
    r"\s+from\s+(?P<src>(?:the\s+)?[\w’'-]+(?:\s+(?!and\b)[\w’'-]+){0,5})(?=\s*[.,;]|$)"
)
_FROM_AND: Final = re.compile(r"\s+from\s+[^,;.]{2,60}?\s+and\s+")
_FROM_TAIL: Final = re.compile(r"\s+from\s+.*$")
_UP_BEFORE: Final = re.compile(r",\s+(?:up|down)\s+(?:by\s+)?$")
_OF_WHICH_BEFORE: Final = re.compile(r",\s+of\s+which\s+(?:\w+\s+){0,2}$")
_DONE_SHARE: Final = {
    "finance": "financed",
    "fund": "funded",
    "provide": "provided",
    "cover": "covered",
    "contribute": "contributed",
    "invest": "invested",
}
_OF_WHICH_DOER: Final = re.compile(
    rf",\s+of\s+which\s+(?P<who>(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,3}})\s+"
    r"(?:will\s+|would\s+|is\s+to\s+|is\s+going\s+to\s+|is\s+expected\s+to\s+)?"
    r"(?P<verb>" + "|".join(_DONE_SHARE) + r")s?\s+(?:about\s+|around\s+|some\s+)?$"
)
# What the part is: "65 percent of which is accounted for by X", "a third was X".
_PART_IS: Final = re.compile(
    r"\s+(?:of\s+which\s+)?(?:is|was|are|were)\s+(?:accounted\s+for\s+by\s+)?"
    r"|\s+(?:of\s+which\s+)?(?:came|comes|come)\s+from\s+"
)
_PART_DONE: Final = re.compile(
    r"\s+(?:will\s+be|is|are|was|were|to\s+be|has\s+been|have\s+been)\s+"
    r"(?P<verb>[a-z]+ed)\s+by\s+"
)
_VALUE_OF: Final = re.compile(
    r"^(?:estimated\s+)?(?:total\s+)?(?:cost|value|price)\s+of\s+(?:the\s+)?"
)
_THE_REST: Final = re.compile(r"\s+and\s+the\s+(?:rest|remainder|remaining)\b.*$")
_PART_WENT: Final = re.compile(r"\s+(?:went|go|goes|was\s+\w+ed|were\s+\w+ed)\s+to\s+")


def _part_of(text: str, figure: FigureFound, whole: str) -> str:
    """What a part of the figure before measures: "of which 40% will be financed by X" is the
    share of the whole financed by X; "65 percent of which is accounted for by X" and "of
    which a third was X" the share of X in the whole; "of which N went to X" the whole to X."""
    share = figure.unit in ("percent", "fraction")
    if share:
        whole = _VALUE_OF.sub("", whole)  # a share of the project, not of its cost
    if share and (done := _PART_DONE.match(text, figure.end)):
        doer = _np_after(text, done.end(), allow_of=False)
        if doer:
            doer = _THE_REST.sub("", doer)  # "by X and the rest by a loan"
            return f"share of {whole} {done.group('verb')} by {doer}"
    if share and (part := _PART_IS.match(text, figure.end)):
        what = _np_after(text, part.end(), allow_of=False)
        if what:
            return f"share of {what} in {whole}"
    if not share and (went := _PART_WENT.match(text, figure.end)):
        where = _np_after(text, went.end(), allow_of=False)
        if where:
            return f"{whole} to {where}"
    return f"share of {whole}" if share else whole


_INCLUDING: Final = re.compile(r"\b(?:including|of\s+whom|among\s+them)\s+$")
_DETAIL_AFTER: Final = re.compile(
    r"\s+(?P<pp>(?:on|in|at|from|with|under)\s+[\w’'\- ]{2,60}?)(?=\s*(?:[,.;:)]|$))"
)
_COMPARED_WITH: Final = re.compile(r"\bcompared\s+(?:with|to)\s+$")
_AGO_AFTER: Final = re.compile(
    r"\s+((?:a|an|one|two|three|four|five|ten|\d+)\s+(?:years?|decades?)\s+ago)\b"
)
# "€1.5 billion will support X", "€1.1 billion will go to X": the sum is for X.
_GOES_TO: Final = re.compile(
    r"\s+(?:(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+set\s+to)\s+)?"
    r"(?:(?:go|goes|went|be\s+(?:directed|allocated|spent|used|channell?ed|earmarked|invested))"
    r"\s+(?:to|for|on|towards|into)|(?P<verb>support|finance|fund))\s+(?:the\s+)?"
)
_SUPPORT_NOUNS: Final = {
    "support": "support for",
    "finance": "financing of",
    "fund": "funding for",
}
_TO_AFTER: Final = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?")


# " this year and to ": between two levels one thing is raised to.
_AND_TO_BETWEEN: Final = re.compile(
    r"(?P<when>\s+(?:this|next)\s+year|\s+(?:by|in)\s+(?:19|20)\d\d)?\s+and\s+(?:then\s+)?to\s+"
)
# "hopes to raise it to $20 billion": the figure is a new level of something named before.
_RAISE_IT: Final = _led_by(
    "begilprt",
    r"\b(?:raise|raising|raised|bring|bringing|brought|increase|increasing|increased|boost|"
    r"boosting|boosted|lift|lifting|take|taking|push|pushing|expand|expanding|grow|growing)\s+"
    r"(?:it|this|that|them|this\s+(?:figure|volume|indicator|number|amount)|the\s+figure)\s+"
    r"(?:to|up\s+to)\s+$|"
    # "this figure can be brought to N": the same, in the passive
    r"\b(?:it|this\s+(?:figure|volume|indicator|number|amount)|the\s+figure)\s+"
    r"(?:can|could|will|would|should|may|might|must|is\s+to|is\s+expected\s+to)\s+be\s+"
    r"(?:raised|brought|increased|boosted|lifted|taken|pushed|expanded)\s+(?:to|up\s+to)\s+$",
    re.I,
)


_RAISED_WORDS: Final = words_of(
    "it this that them figure volume indicator number amount up "
    "raised brought increased boosted lifted taken pushed expanded"  # (the passive's)
)


# "to lift it threefold and to reach $90 million": a second aim for the same "it".
_AND_REACH_IT: Final = re.compile(
    r"\b(?:increas|rais|boost|doubl|tripl|grow|expand|lift)[a-z]*\s+(?:it|them)\b[^.;]{0,80}?"
    r"\band\s+(?:to\s+)?reach\s+$"
)


def _raises_it(text: str, pos: int, word: str) -> bool:
    """Whether "raise it to" (`_RAISE_IT`) ends right before `pos`; the cheap test first: the
    last two words are "to" and "it", "this figure", ... or "up" ("up to"); or "and (to)
    reach" after "raise it ..." (`_AND_REACH_IT`)."""
    if word.endswith(("and reach", "and to reach")):
        return _AND_REACH_IT.search(text, max(0, pos - 140), pos) is not None
    if not word.endswith("to"):  # `word`: `_word_before(text, pos)`
        return False
    start = max(0, pos - 80)
    last = text[start:pos].rsplit(None, 2)
    return (
        len(last) == 3
        and last[1].lower() in _RAISED_WORDS
        and _RAISE_IT.search(text, start, pos) is not None
    )


_SPENT_ON: Final = re.compile(
    r"(?:(?:the|its|their|these|all)\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"(?:(?:will|would|should|is|are|was|were|has|have|had|to)\s+(?:be\s+|been\s+)?|being\s+)?"
    r"(?:directed|allocated|channell?ed|earmarked|spent|used|invested|sent)\s+"
    r"(?:to|for|on|towards|into)\s+(?:(?:the|a|an)\s+)?"
)


@cache
def _kind_of(unit: str) -> str:
    """What a figure's unit makes it: money, a share, a count, or its quantity unit."""
    if unit in ("percent", "fraction", "times"):
        return "share"
    if unit.isupper() and len(unit) == 3 and unit not in ("TEU", "GWH", "MWH"):
        return "money"
    return unit


_GOALS: Final = frozenset(["goal", "target", "aim"])
# A measure that only names a quantity told before: "the volume", "the figure".
_STANDS_FOR_EARLIER: Final = frozenset(["volume", "figure", "amount", "indicator"])
# The change of such a quantity, perhaps with the modal that followed it: "growth of figure
# can".
_CHANGE_OF_ANAPHOR: Final = re.compile(
    r"(?P<lead>growth of |decline in )(?:this |the )?(?:volume|figure|amount|indicator)"
    r"(?: (?:can|could|will|would|should|may|might|must))?(?: be)?"
)
_PRONOUN_MEASURE_LEADS: Final = ("growth of", "decline in", "share of", "it", "them")
_PRONOUN_MEASURE: Final = re.compile(  # (every match starts with one of the leads)
    r"(?P<kind>(?:growth of|decline in|share of)\s+)?(?:it|them)"
    r"(?P<tail>\s+(?:since|in|over|within|during|last|this)\b.*|\s+[a-z]+ed\b.*)?$"
)
_FROM_SUM_BEFORE: Final = re.compile(r",\s+(?:up\s+|down\s+)?from\s+$")
# "a threefold increase in X", "a 20% drop in Y": the change of what follows.
_CHANGE_NOUN_IN: Final = re.compile(
    r"\s+(?P<noun>increase|rise|growth|jump|expansion|decline|drop|fall|reduction)\s+in\s+"
)
_FALL_NOUNS: Final = frozenset(["decline", "drop", "fall", "reduction"])
_DONE_IN_BEFORE: Final = re.compile(
    r"\b(?P<who>it|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?P<verb>[a-z]+ed|built|done|made)\s+in\s+(?:a\s+record\s+|just\s+|only\s+)?$",
    re.I,
)
_COMPARED_TAIL: Final = re.compile(r"\s+compared\s+(?:with|to)\s.*$")
_RATE_TAIL: Final = re.compile(r"\s+(?:(?:a|per)\s+(?:year|day|week|month)|annually|daily)$")
_CHANGE_PREFIX: Final = re.compile(r"^(?:growth of|decline in|share of|earlier)\s+")


# "$" written alone, not "US$", "C$" or "U.S.$".
_BARE_DOLLAR: Final = re.compile(r"(?<![A-Za-z.$])\$(?!US)")
_DOLLAR_NAMED: Final = re.compile(r"US\$|\$US|U\.S\.|USD|[Dd]ollar")
# The government of a country that counts in its own dollars giving the money: "announced
# $48 million in new Australian support", "Canada has provided over $1.3 billion".
_LOCAL_DOLLAR_CODES: Final = frozenset(["CAD", "AUD", "NZD"])
_LOCAL_DOLLARS: Final = {
    "Canada": "CAD",
    "Canadian": "CAD",
    "Australia": "AUD",
    "Australian": "AUD",
    "New Zealand": "NZD",
}
_DONOR_CUE: Final = re.compile(
    r"\$[\d.,]+(?:\s?(?:million|billion|m|bn))?\s+(?:in|of)\s+(?:new\s+|additional\s+|further\s+)?"
    r"(?P<adj>Canadian|Australian|New\s+Zealand)\s+(?:support|funding|assistance|aid|grants?)\b"
    r"|\b(?P<donor>Canada|Australia|New\s+Zealand)\s+(?:has\s+|have\s+|will\s+|is\s+)?"
    r"(?:also\s+)?(?:provided|provides|provide|providing|committed|commits|allocated|pledged|"
    r"contributed|contributes)\b[^.;]{0,40}?\$"
    r"|\b(?P<giver>Canada|Australia|New\s+Zealand)\b[^.;]{0,60}?,\s+providing\s+[^.;]{0,20}?\$"
)
# A piece of each name _DONOR_CUE needs: a sentence without any has no cue (the search, whose
# last two alternatives open with a word boundary, is tried at every position).
_DONOR_NAME_PARTS: Final = ("Canad", "Austral", "New")


# The country itself, by name or adjective: "Canada", "Australian" (not "Western Australia").
_HOME_NAMED: Final = {
    "CAD": re.compile(r"\bCanad(?:a|ian)"),
    "AUD": re.compile(r"(?<!Western )(?<!South )\bAustralia(?:n(?! Capital Territory))?\b"),
}


@cache
def _home_regions() -> re.Pattern[str]:
    names = sorted(home_dollar_regions(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


@cache
def _home_regions_loose() -> re.Pattern[str]:
    """_home_regions without its opening word boundary, a looser test first (no body that it
    misses has a match of the other): a search skips to where a name's first letter stands,
    where one opening with a boundary tries every position (five times slower on a body)."""
    names = sorted(home_dollar_regions(), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(name) for name in names) + r")\b")


# "(early Friday AEST)": a home time zone (`HOME_DOLLAR_ZONES`), not a model's name ("NZT-2").
_HOME_ZONE_NAMES: Final = tuple(HOME_DOLLAR_ZONES)
_HOME_ZONE: Final = re.compile(
    r"\b(?:" + "|".join(sorted(HOME_DOLLAR_ZONES, key=len, reverse=True)) + r")\b(?![-/])"
)


@cache
def _home_names_loose() -> re.Pattern[str]:
    """A zone's name anywhere (as `_has_any(body, _HOME_ZONE_NAMES)` finds it) or a match of
    `_home_regions_loose`: one scan of a body that names neither (most bodies), where the
    zones' names cost a scan each. Each branch opens with a letter, so a search still skips
    to where a name's first letter stands."""
    names = sorted(home_dollar_regions(), key=len, reverse=True)
    branches = [*map(re.escape, _HOME_ZONE_NAMES), *(re.escape(name) + r"\b" for name in names)]
    return re.compile("(?:" + "|".join(branches) + ")")


@cache
def _home_names_by_letter() -> dict[str, tuple[str, tuple[str, ...]]]:
    """The zones and regions `_home_names_loose` finds, by their first letter: the second
    letters of those names ("AEST", "Alberta": "El"), and the names."""
    by_letter: dict[str, list[str]] = {}
    for name in [*_HOME_ZONE_NAMES, *home_dollar_regions()]:
        by_letter.setdefault(name[0], []).append(name)
    return {
        letter: ("".join(sorted({name[1] for name in names})), tuple(names))
        for letter, names in by_letter.items()
    }


def _names_home(body: str) -> bool:
    """Whether `_home_names_loose` finds a match in `body`, tried only where one of its names
    stands: `str.find` skips to each of their first letters (a capital), where the search
    tests every character of the body (most bodies name none)."""
    pattern = _home_names_loose()
    for letter, (seconds, names) in _home_names_by_letter().items():
        at = body.find(letter)
        while at >= 0:
            # (the letter after the capital first: "The", "Minister" go no further)
            if (
                body[at + 1 : at + 2] in seconds
                and body.startswith(names, at)
                and pattern.match(body, at)
            ):
                return True
            at = body.find(letter, at + 1)
    return False


def _home_dollar(body: str, home: str | None) -> str | None:
    """The dollar of a brief at home in Canada, Australia or New Zealand: its outlet's or
    dateline's country (`home`), a text that gives a time in that country's own zone (a
    reporter abroad: "Monday local time (Tuesday AEDT)"), or a text that names one of its
    provinces or states but never the country itself, as only its own press writes ("the
    province wants ..." naming it)."""
    if home and home in home_dollar_by_name():
        return home_dollar_by_name()[home]
    if not _names_home(body):
        return None  # no zone, province or state named
    if _has_any(body, _HOME_ZONE_NAMES):  # (a zone's name itself, not "ST" in "ASTANA")
        zones = {HOME_DOLLAR_ZONES[m.group(0)] for m in _HOME_ZONE.finditer(body)}
        if len(zones) == 1:
            return zones.pop()
    if _home_regions_loose().search(body) is None:
        return None  # no province or state named
    codes = {home_dollar_regions()[m.group(0)] for m in _home_regions().finditer(body)}
    if len(codes) != 1:
        return None
    code = codes.pop()
    return None if _HOME_NAMED[code].search(body) else code


def _contrasted_dollar(body: str) -> str | None:
    """The dollar of the one country counting in its own dollars that `body` names, by
    name or demonym, more than once ("Singapore", "Singaporean")."""
    if "$" not in body:
        return None
    counts: dict[str, int] = {}
    for match in _CAPITALISED.finditer(body):
        country = country_of_word(match.group(0))
        if country not in DOLLAR_COUNTRIES and match.group("next"):
            country = country_of_word(match.group(0) + match.group("next"))
        if country in DOLLAR_COUNTRIES:
            counts[country] = counts.get(country, 0) + 1
    if len(counts) != 1:
        return None
    country, count = counts.popitem()
    return DOLLAR_COUNTRIES[country] if count > 1 else None


def _local_dollars(
    figures_by_sentence: list[list[FigureFound]], body: str = "", home: str | None = None
) -> None:
    """A bare "$" is the US dollar, save in a text where the government of a country that
    counts in its own dollars gives the money ("$48 million in new Australian support",
    "Canada has provided over $1.3 billion") or in a brief at home in such a country
    (`_home_dollar`): then every bare "$" of that text is that country's dollar, unless the
    text names the US dollar or another dollar by its sign."""
    bare = [
        figure
        for figures in figures_by_sentence
        for figure in figures
        if figure.unit == "USD" and _BARE_DOLLAR.search(figure.text)
    ]
    if not bare:
        return
    for figures in figures_by_sentence:
        for figure in figures:
            if figure.unit in _LOCAL_DOLLAR_CODES:
                return  # "C$" in the text: "$" may be either
            if figure.unit == "USD" and _DOLLAR_NAMED.search(figure.text):
                # "US$" or "dollars" in the text: "$" may be either, or the dollar of the
                # one country counting in dollars that the text names, its own press's
                # "$" beside its "US$"
                code = _contrasted_dollar(body) if body else None
                if code is None and "$US" in figure.text and (body or home):
                    # "$US50 million": the Australian and New Zealand press mark the US
                    # dollar so beside their own bare "$"
                    code = _home_dollar(body, home)
                if code is not None:
                    for bare_figure in bare:
                        bare_figure.unit = code
                return
    codes = {
        _LOCAL_DOLLARS[" ".join(next(filter(None, cue.groups())).split())]
        for figure in bare
        if _has_any(figure.sentence or "", _DONOR_NAME_PARTS)
        for cue in _DONOR_CUE.finditer(figure.sentence or "")
    }
    if not codes and (body or home):
        codes = {code} if (code := _home_dollar(body, home)) else set()
    if len(codes) == 1:
        code = codes.pop()
        for figure in bare:
            figure.unit = code


def refer_back(
    figures_by_sentence: list[list[FigureFound]],
    body: str = "",
    home: str | None = None,
    heading: int = 1,
    parties: tuple[str, str] | None = None,
) -> None:
    """ "Trade reached $13 billion. The sides hope to raise it to $20 billion.": a figure
    that a pronoun ties to an earlier one measures the same thing (without the earlier one's
    period), when that one stands in the same sentence or the one before. Bare "$" sums take
    the dollar of the government that gives them or of the brief's home, by the `body` and
    the `home` country its outlet or dateline gives (`_local_dollars`). The first `heading`
    sentences are the lines above the story that close with no full stop (a site's labels,
    the headline, a standfirst): their figures that the story repeats are told once. The
    brief's two countries named most (`parties`) name "the two countries" of a measure."""
    _local_dollars(figures_by_sentence, body, home)
    _brief_currencies(figures_by_sentence, body, home)
    _cents_of_brief(figures_by_sentence)
    _elided_currencies(figures_by_sentence)
    last: dict[str, tuple[int, str]] = {}  # kind -> (sentence number, measure)
    latest: tuple[int, str] | None = None  # the last measure of any kind
    sums: set[tuple[float, str]] = set()  # the sums told so far
    _drop_headline_repeats(figures_by_sentence, heading)
    for figures in figures_by_sentence:
        for figure in list(figures):
            if _kind_of(figure.unit) != "money":
                continue
            if figure.definite and (figure.value, figure.unit) in sums:
                figures.remove(figure)  # "the $10 billion target" after "a target of $10 billion"
            sums.add((figure.value, figure.unit))
    for number, figures in enumerate(figures_by_sentence):
        renamed: dict[str, str] = {}  # a measure read in this sentence -> what it refers to
        for figure in figures:
            kind = _kind_of(figure.unit)
            earlier = last.get(kind)
            pronoun = (
                _PRONOUN_MEASURE.match(figure.measures)
                if figure.measures
                and figure.measures.startswith(_PRONOUN_MEASURE_LEADS)
                and _has_any(figure.measures, ("it", "them"))
                else None
            )
            period = (
                figure.measures[10:]
                if figure.measures and figure.measures.startswith("period of ")
                else None
            )
            # (read once: the branches below that test it leave the measure as it is)
            bare = _without_period(figure.measures) if figure.measures else ""
            if period in renamed:
                figure.measures = f"period of {renamed[period]}"  # "bring it to N within 5 years"
            elif bare in _GOALS and earlier and number - earlier[0] <= 1:
                # "Exports reached $640 million. The goal is to reach $1.5 billion by 2028."
                figure.measures = f"{earlier[1]} {figure.measures}"
            elif (
                (
                    figure.refers_back
                    or (figure.measures is not None and figure.measures in _STANDS_FOR_EARLIER)
                )
                and earlier
                and number - earlier[0] <= 1
            ):
                # "imports 40 megawatts, and the volume is to rise to 500 megawatts": the
                # volume is what the figure before measured
                if figure.measures:
                    renamed[figure.measures] = earlier[1]
                figure.measures = earlier[1]
            elif (
                figure.measures
                and figure.measures.startswith(_CHANGE_LEADS)
                and (anaphor := _CHANGE_OF_ANAPHOR.fullmatch(figure.measures))
                and latest
                and number - latest[0] <= 1
            ):
                # "Trade grew by 42 percent. This figure can be doubled": the growth of trade.
                base = _RATE_TAIL.sub("", _CHANGE_PREFIX.sub("", latest[1]))
                figure.measures = f"{anaphor['lead']}{_COMPARED_TAIL.sub('', base)}"
            elif pronoun:
                # "Trade grew 2.4 times. In 2026, it amounted to $1.1 billion": the trade.
                # "46 projects worth $1.6 billion. Eleven of them were commissioned": projects.
                source = earlier if kind == "count" and earlier and pronoun["tail"] else latest
                near = source is not None and number - source[0] <= 1
                base = _RATE_TAIL.sub("", _CHANGE_PREFIX.sub("", source[1])) if source else ""
                base = _COMPARED_TAIL.sub("", base)  # "growth of X compared with 2024": X
                told = figure.measures
                figure.measures = (
                    f"{pronoun['kind'] or ''}{base}{pronoun['tail'] or ''}"
                    if base and near
                    else None
                )
                if told and figure.measures:
                    renamed[told] = figure.measures  # "triple it within five years"
            elif figure.measures and _names_a_thing(figure.measures):
                last[kind] = (number, bare)
                latest = (number, bare)
    if parties:
        _name_the_two_countries(figures_by_sentence, parties)
    _drop_told_again(figures_by_sentence)


def _elided_currencies(figures_by_sentence: list[list[FigureFound]]) -> None:
    """ "Trade reached 3 billion euros. We can lift it to 7 billion.": a bare "N billion"
    that raises the sum just told leaves its currency out; it is in the one currency of the
    sums of the sentence before (or of its own sentence before it), when no noun follows."""
    for number, figures in enumerate(figures_by_sentence):
        for figure in figures:
            if not (
                figure.refers_back
                and figure.unit == "count"
                and figure.value >= 1e6
                and figure.text.lower().endswith(_SCALE_ENDS)
            ):
                continue
            sentence = figure.sentence or ""
            at = sentence.find(figure.text)
            if at < 0 or _ELIDED_SUM_AFTER.match(sentence, at + len(figure.text)) is None:
                continue
            told = [f for f in figures if f.start < figure.start]
            if number > 0:
                told += figures_by_sentence[number - 1]
            codes = {f.unit for f in told if _kind_of(f.unit) == "money"}
            if len(codes) == 1:
                figure.unit = codes.pop()


def _drop_told_again(figures_by_sentence: list[list[FigureFound]]) -> None:
    """ "The ministers signed four agreements" ... "Four agreements signed" ... "signed
    three agreements at the end": a count or a sum that a later sentence tells again with the
    same measure is one figure. (In one sentence, "eight agreements and eight deals" are
    two.)"""
    told: set[tuple[float, str, str]] = set()
    for figures in figures_by_sentence:
        kept = [
            f
            for f in figures
            if not (
                _retold_kind(f.unit)
                and f.measures
                and (f.value, f.unit, f.measures.lower()) in told
            )
        ]
        told.update(
            (f.value, f.unit, f.measures.lower())
            for f in kept
            if _retold_kind(f.unit) and f.measures
        )
        if len(kept) != len(figures):
            figures[:] = kept


def _retold_kind(unit: str) -> bool:
    """Whether a figure in `unit` told again with the same measure is the same figure: a
    count, or a sum ("a €40 million programme" in a list of key points and in the story)."""
    return unit == "count" or _kind_of(unit) == "money"


_THE_TWO_COUNTRIES: Final = " between the two countries"


def _name_the_two_countries(
    figures_by_sentence: list[list[FigureFound]], parties: tuple[str, str]
) -> None:
    """ "trade between the two countries" in a brief about two countries (`parties`, the two
    it names most) is the trade between those two: it names them after the phrase."""
    named = f"{_THE_TWO_COUNTRIES} ({parties[0]} and {parties[1]})"
    for figures in figures_by_sentence:
        for figure in figures:
            if figure.measures and _THE_TWO_COUNTRIES in figure.measures:
                figure.measures = figure.measures.replace(_THE_TWO_COUNTRIES, named)


_FEW: Final = 5  # a count below it told twice may count two things ("three projects")


def drop_lead_repeats(figures_by_sentence: list[list[FigureFound]], lead: set[int]) -> None:
    """ "X and Y signed 14 documents (the lead). ... the exchange of 14 documents": a sum or
    a count of the lead's sentences (their numbers in `lead`) that the story repeats, with the
    same value and unit ("a target of $2 billion" ... "then to $2 billion"), is told once, in
    the lead."""
    told: dict[tuple[float, str], list[str | None]] = {}  # the lead's figures' measures
    for number in lead:
        if number < len(figures_by_sentence):
            for figure in figures_by_sentence[number]:
                # (a sum, or a count of more than a few; a share, "double", or "three" may be
                # of another thing)
                if _kind_of(figure.unit) == "money" or (
                    figure.unit == "count" and figure.value >= _FEW
                ):
                    told.setdefault((figure.value, figure.unit), []).append(figure.measures)
    if not told:
        return
    for number, figures in enumerate(figures_by_sentence):
        if number not in lead:
            figures[:] = [
                f
                for f in figures
                if (f.value, f.unit) not in told
                or _told_of_other(f.measures, told[f.value, f.unit])
            ]


def _told_of_other(measures: str | None, lead: list[str | None]) -> bool:
    """Whether a sum the lead told measures another thing where the story tells it again:
    both measures read, and no word of one in the other ("raise trade to $2 billion" ...
    "investment could reach $2 billion"). A measure holding a number is no reading to trust
    ("first to $1.5 billion and then"): the sum is told once."""
    if measures is None or _has_any(measures, _ASCII_DIGITS):
        return False
    words = set(_MEASURE_WORD.findall(measures.lower())) - _MEASURE_FILLER
    for told in lead:
        if told is None or not words.isdisjoint(_MEASURE_WORD.findall(told.lower())):
            return False
    return bool(words)


_MEASURE_WORD: Final = re.compile(r"[a-z]{3,}")
_MEASURE_FILLER: Final = words_of(
    "the and for with from into its their this that value total sum amount length period"
)


def _names_a_thing(measure: str) -> bool:
    """Whether a measure has a word of three letters or more that is no filler: "in 2023 –",
    read from a list of years and sums, names nothing a later "it" may stand for."""
    # (the words read one at a time: the first is seldom a filler, and the rest are not read)
    for word in _MEASURE_WORD.finditer(measure.lower()):
        if word.group() not in _MEASURE_FILLER:
            return True
    return False


_HEADING_LINES: Final = 5  # a site's labels, the headline, a standfirst, a byline


def _drop_headline_repeats(figures_by_sentence: list[list[FigureFound]], heading: int) -> None:
    """ "Forum held: 22 documents signed" over "22 documents were signed at the forum.": a
    headline (a line without a closing full stop among the first `heading`, under a site's
    labels such as "News Release", or a standfirst under it) that the story repeats gives
    the figure once, in the story."""
    for number in range(min(heading, _HEADING_LINES, len(figures_by_sentence) - 1)):
        head = figures_by_sentence[number]
        if not head:
            continue
        line = (head[0].sentence or "").rstrip()
        if not line or line[-1] in ".!?\"'”’»…":
            return
        told = {
            (figure.value, figure.unit)
            for figures in figures_by_sentence[number + 1 :]
            for figure in figures
        }
        head[:] = [figure for figure in head if (figure.value, figure.unit) not in told]


# A noun right after a sum ("the $10 billion target"), not a preposition or a verb.
_NOUN_AFTER: Final = re.compile(
    r"\s+(?!(?:of|in|to|for|from|by|on|at|and|or|is|was|will|would)\b)[a-z]+\b"
)
# What may follow "by a third" when it is a change ("grew by a third over the year", "fell by
# two thirds after 2019").
_AFTER_CHANGE: Final = re.compile(
    r"\s*(?:$|[,.;:)]|(?:by|in|over|to|from|since|this|last|next|on|and|compared|year|"
    r"than|as|during|within|between|while|a|after|before)\b)"
)
# "met more than 60 times": how often people met, no multiple.
_MET_TIMES_BEFORE: Final = re.compile(
    rf"\b(?:met|meet|meets|meeting|convened|gathered)\s+(?:(?P<approx>{_APPROX})\s+)?$"
)
# "who held summit talks with him 12 times.": how often something was done, closing its
# clause, after a verb of meeting or visiting (no change: `_GROWN_BEFORE`), a count.
_DONE_TIMES_CLAUSE: Final = re.compile(r"\b(?:held|met|visited|hosted|spoke|talked)\b")
_CLAUSE_CLOSES: Final = re.compile(r"\s*(?:[.,;:)]|$)")
# "four times a week": how often; "three times a year earlier" compares with a past level.
_HOW_OFTEN: Final = re.compile(
    r"\s+(?:a|per|every)\s+(?:day|week|month|year)\b(?!\s+(?:earlier|later|ago|before)\b)"
)
_ADJECTIVE_BEFORE: Final = re.compile(r"\b(?:of|on|a|an|the|against|avoid\w*|prevent\w*)\s+$")


def _done_times(low: str, start: int, end: int) -> bool:
    """Whether "N times" (a whole N) at `start`-`end` of a lower-case sentence closes a
    clause whose verb held, met or visited something: how often that was done."""
    if _has_any(low[start:end], (".", "half")) or not _CLAUSE_CLOSES.match(low, end):
        return False
    clause = low[max(0, start - 80) : start]
    cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind(":"))
    clause = clause[cut + 1 :]
    return bool(_DONE_TIMES_CLAUSE.search(clause)) and not _GROWN_BEFORE.search(clause)


def _find_multiples(c: _Collector) -> None:
    low = c.low
    for anchor in _matches_at(_MULTIPLE_ANCHOR, low, _MULTIPLE_STARTS):
        window_start = max(0, anchor.start() - 30)
        m = next(
            (
                x
                for x in _MULTIPLE.finditer(low, window_start, anchor.end() + 8)
                if x.start() <= anchor.start() < x.end()
            ),
            None,
        )
        if m is None or c.taken(m.start(), m.end()):
            continue
        if m.group("mul") == "double" and (
            low.startswith("-", m.end())
            or _ADJECTIVE_BEFORE.search(low, max(0, m.start() - 12), m.start())
        ):
            continue  # "avoidance of double taxation", "a double-track line": no multiple
        twice_often = m.group("mul") == "twice" and _HOW_OFTEN.match(low, m.end())
        if (
            m.group("mul") == "twice"
            and not twice_often
            and not (
                _TWICE_AS.match(low, m.end())
                or _GROWTH_BEFORE.search(low, max(0, m.start() - 40), m.start())
            )
        ):
            continue  # "met twice": no multiple
        if m.group("mul"):
            value = float(MULTIPLES[m.group("mul")])
            how_often = twice_often or None  # "flights twice a week": two a week
        else:
            raw = m.group("num")
            raw = " ".join(raw.split()).replace(" and a half", "-and-a-half")
            half = raw.endswith("-and-a-half")
            raw = raw.removesuffix("-and-a-half")
            number = parse_digits(raw) if raw[0].isdigit() else words_to_number(raw)
            if number is None or (raw.startswith("a ") and number >= 1000):
                continue  # "a thousand times": a figure of speech
            value = number + (0.5 if half else 0)
            how_often = _HOW_OFTEN.match(low, m.end())
        if how_often:
            # "flights four times a week": how many in a week, a count and not a multiple.
            end = how_often.end()
            c.add(FigureFound(c.text[m.start() : end], value, "count", m.start(), end))
            continue
        met = _MET_TIMES_BEFORE.search(low, max(0, m.start() - 40), m.start())
        if met is None and m.group("num") and _done_times(low, m.start(), m.end()):
            end = m.end()
            c.add(FigureFound(c.text[m.start() : end], value, "count", m.start(), end))
            continue
        if met and m.group("num"):
            # "the delegations met more than 60 times": how many meetings, a count
            begin = met.start("approx") if met.group("approx") else m.start()
            approx = _APPROX_NAMES.get(met.group("approx")) if met.group("approx") else None
            end = m.end()
            c.add(FigureFound(c.text[begin:end], value, "count", begin, end, approx))
            continue
        c.add(FigureFound(c.text[m.start() : m.end()], value, "times", m.start(), m.end()))


# "one in five cars", "one out of every three students", "1 in 4": a share told as a ratio.
_ONE_IN: Final = re.compile(
    r"(?P<part>one|two|three|\d{1,2})\s+(?:in|out\s+of)\s+"
    r"(?:every\s+)?(?P<whole>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
    r"(?![.,]\d|\s*(?:%|per\b|percent\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b))"
)
_ONE_IN_WORDS: Final = frozenset(["one", "two", "three"])


def _is_ratio(text: str) -> bool:
    """Whether a fraction's text ends in a ratio ("almost one in five")."""
    m = _ONE_IN.search(text.lower())
    return m is not None and m.end() == len(text)


def _find_ratios(c: _Collector) -> None:
    """Each "in" or "out of" of the sentence is tried as the middle of a ratio: a few
    `str.find` calls instead of a scan of the pattern at every position."""
    low = c.low
    for joint in (" in ", " out of "):
        at = low.find(joint)
        while at > 0:
            begin = low.rfind(" ", 0, at) + 1
            # (a part is "one", "two", "three" or digits)
            m = (
                _ONE_IN.match(low, begin)
                if begin < at and (low[begin] in "ot" or low[begin].isdecimal())
                else None
            )
            at = low.find(joint, at + 1)
            if m is None or (begin and low[begin - 1].isalnum()):
                continue
            part = UNITS.get(m.group("part")) or parse_digits(m.group("part"))
            whole = UNITS.get(m.group("whole")) or parse_digits(m.group("whole"))
            if not part or not whole or part >= whole or c.taken(m.start(), m.end()):
                continue
            approx_match = _APPROX_BEFORE.search(low, max(0, begin - 40), begin)
            approx = _APPROX_NAMES.get(approx_match["approx"]) if approx_match else None
            start = approx_match.start() if approx_match else begin
            c.add(
                FigureFound(
                    c.text[start : m.end()],
                    round(part / whole, 3),
                    "fraction",
                    start,
                    m.end(),
                    approx,
                )
            )


# What holds for a number of days: a halt, a pause, a waiver ("suspend tariffs for 45 days").
_HALT_STEMS: Final = (
    "refrain",
    "halt",
    "suspen",
    "pause",
    "truce",
    "ceasefire",
    "moratorium",
    "ban",
    "exempt",
    "waive",
    "freez",
    "valid",
)
_TIME_AND: Final = tuple(
    f"{unit} and " for unit in ("minute", "hour", "day", "week", "month", "year")
)


def _find_fractions(c: _Collector, fraction_words: Iterable[str]) -> None:
    text, low = c.text, c.low
    for anchor in _matches_at(_FRACTION_ANCHOR, low, fraction_words):
        m = None
        for x in _FRACTION.finditer(low, max(0, anchor.start() - 16), anchor.end()):
            if x.end() == anchor.end():
                m = x
                break
        if m is None:
            continue
        start = m.start("frac")
        if c.taken(start, m.end()):
            continue
        before = low[max(0, start - 12) : start]
        if _ORDINAL_BEFORE.search(before):
            continue  # "the first half of the year"
        if before.endswith(_TIME_AND):
            continue  # "the talks lasted an hour and a half": a length of time, not a share
        if _BARE_ITEM_AFTER.match(low, m.end()) and (
            _ORDINAL_LIST_AFTER.match(low, m.end())
            or _ORDINAL_LIST_BEFORE.search(low, max(0, start - 24), start)
        ):
            continue  # "the plan adds a fourth, a fifth and a sixth": ordinals in a row
        if _TIMES_AFTER.match(low, m.end()):
            continue
        approx_match = _APPROX_BEFORE.search(low, max(0, start - 40), start)
        approx = _APPROX_NAMES.get(approx_match.group("approx")) if approx_match else None
        begin = approx_match.start() if approx_match else start
        if not (
            _FRACTION_NEXT.match(text, m.end())
            or (low.endswith("by ", 0, begin) and _AFTER_CHANGE.match(low, m.end()))
            # "fell to 19 per cent from a quarter a decade ago": the level it changed from
            or (low.endswith(" from ", 0, begin) and _AFTER_CHANGE.match(low, m.end()))
            # "less than a third built": a qualified share, then what was done of it
            or (approx_match and _DONE_AFTER.match(low, m.end()))
            or m.group("frac").startswith("every ")  # "every third dollar"
            # "on a one-third to two-thirds basis", "between a quarter and a third of":
            # two shares told together, each a figure
            or (
                not m.group("frac").isalpha()
                and (
                    _FRACTION_PAIR_AFTER.match(low, m.end()) is not None
                    or _FRACTION_PAIR_BEFORE.search(low, max(0, start - 30), start) is not None
                )
            )
            # "each hold a one-third stake": a share in a company
            or (
                m.group("frac").startswith(("one", "two", "three"))
                and _STAKE_NEXT.match(low, m.end()) is not None
            )
        ):
            continue  # "a third rail link", "by a third party": ordinals; "grew by a third" no
        c.add(
            FigureFound(
                text[begin : m.end()],
                FRACTIONS[m.group("frac")],
                "fraction",
                begin,
                m.end(),
                approx,
            )
        )


_CURRENCY_SIGNS: Final = frozenset("$€£¥₸₽₹₩₺₼₾₴₦₱₪₮¢₵₡")
_LOWER_ABBR_ENDS: Final = tuple(p for p in CURRENCY_PREFIXES if not p[-1].isupper())


def _home_letter_at(c: _Collector, pos: int) -> int:
    """Where the home country's currency letter (`_Collector.letter`) stands before the
    number at `pos`, glued or one space away ("P38", "K 1,500 billion"), else -1. A letter
    that opens no word, before two digits or a magnitude ("P5" may be the five powers)."""
    letter = c.letter[0] if c.letter is not None else ""
    text = c.text
    at = pos - 1 if text[pos - 1 : pos] == letter else pos - 2
    dotted = text[pos - 2 : pos] == ". " and text[pos - 3 : pos - 2] == letter
    if dotted:
        at = pos - 3  # "G. 420 billion": the letter and its stop (with a magnitude only)
    elif at < 0 or text[at:pos].rstrip() != letter:
        return -1
    if at < 0 or (at > 0 and not text[at - 1].isspace()):
        return -1
    core = _CORE_AT.match(c.low, pos)
    if core is None or core.group("num") is None or (dotted and not core.group("mag")):
        return -1
    if core.group("mag") or len(core.group("num").replace(",", "").split(".")[0]) >= 2:
        return at
    return -1


def _may_have_prefix(text: str, pos: int) -> bool:
    """The cheap test that lets `_PREFIX_BEFORE` run only where it can match: a currency sign
    right before `pos`, or "Rs", "Rs." or an upper-case code and at most one space."""
    last = text[pos - 1 : pos] if pos else ""
    if last in _CURRENCY_SIGNS:
        return True
    if last.isspace():
        pos -= 1
        last = text[pos - 1 : pos] if pos else ""
        if last in _CURRENCY_SIGNS:
            return True  # "US$ 92 million"
    if "A" <= last <= "Z":
        return True
    if last in "/." and text[max(0, pos - 3) : pos].endswith(("S/", "S/.")):
        return True  # "S/ 1,850 million": Peruvian soles
    if text[max(0, pos - 4) : pos].endswith(_LOWER_ABBR_ENDS):
        return True  # "Rp", "Dhs", "Birr"
    return (last == "s" or last == ".") and text[max(0, pos - 3) : pos].endswith(("Rs", "Rs."))


# A headline's present tense after "Two countries", "Two sides" (not "have signed", "joined").
_HEADLINE_PARTIES: Final = re.compile(
    r"\s+(?:countries|sides|nations|parties)\s+(?!(?:have|has|had|were|are|will|would|can|"
    r"could|may|of|in|from|with|that|which|who|already|also|each)\b)[a-z]+\b(?<!ed)"
)
_YEAR_RANGE_END: Final = re.compile(r"(?:19|20)\d\d-\d\d\b")
_DIGIT_RUN: Final = re.compile(r"[\d-]+")


def _phone_pair(first: str | None, core: re.Match[str]) -> bool:
    """Whether a pair of numbers joined by a hyphen is a phone number's: a long group of
    digits without a thousands comma after a group at least two digits shorter ("47-318090"),
    or a group of three or four digits opening with a zero ("5512-0473"); a range writes its
    bounds alike ("10,000-15,000"), its upper one with no leading zero."""
    second = core.group("num2")
    return (
        first is not None
        and core.group("dash") == "-"
        and not core.group("mag")
        and second.isdigit()
        and first.isdigit()
        and (
            (len(second) >= 5 and len(first) <= len(second) - 2)
            or (second[0] == "0" and len(second) in (3, 4) and len(first) in (3, 4))
        )
    )


def _find_numbers(c: _Collector, number_words: frozenset[str], digit_runs: list[int]) -> None:
    """Read the numbers in digits (`digit_runs`: where each run of digits starts), and in
    the sentence's `number_words`."""
    text, low = c.text, c.low
    anchors = digit_runs
    if number_words:
        # A number in words starts with one of them, or with "a dozen", "a hundred"; digits and
        # words never overlap.
        starts = [
            *number_words,
            *(f"a {w}" for w in _A_NUMBER_WORDS if w in number_words),
        ]
        anchors += [m.start() for m in _matches_at(_NUMWORD_ANCHOR, low, starts)]
        anchors.sort()
    skip_to = 0
    for p in anchors:
        if p < skip_to:
            continue
        # Inside a word or a reference ("C5+1", "7/2025"); "KZT1.2tn" is money; "(+14%)" is
        # a signed change.
        signed = (
            p > 0
            and low[p - 1] == "+"
            and (p == 1 or not low[p - 2].isalnum())
            and _SIGNED_PERCENT.match(low, p) is not None
        )
        letter = _home_letter_at(c, p) if c.letter is not None and p > 0 else -1
        if (
            p > 0
            and (low[p - 1].isalnum() or low[p - 1] in ".,/+#_")
            and not signed
            and letter < 0
            # "300MW/1,200MWh": a storage's power, then its energy
            and not (low[p - 1] == "/" and p > 1 and _POWER_PAIR.match(low, p) is not None)
            and not _ISO_GLUED.search(text, max(0, p - 4), p)
        ):
            continue
        if p > 1 and low[p - 1] == "-":
            if low[p - 2].isalpha():
                continue  # a name's number: "HPP-1", "G-20", "Su-35"
            if _YEAR_RANGE_END.match(low, p - 5):
                continue  # "FY2025-26": the end of a year range whose start is glued to a name
        core = _CORE_AT.match(low, p)
        if core is None:
            continue
        skip_to = core.end()
        if (
            (word := core.group("word")) is not None
            and word.endswith("ty")
            and _TENS_ORDINAL_AFTER.match(low, core.end("word")) is not None
        ):
            continue  # "its thirty-fourth session": an ordinal written in words
        if (
            p > 0
            and low[p - 1].isalpha()
            and letter < 0
            and not core.group("mag")
            and len(core.group("num") or "xxx") <= 2
        ):
            continue  # "COP29": a name's number after letters, no sum in a glued code
        if core.group("num2") and (
            low.startswith("-", core.end("num2")) or _phone_pair(core.group("num"), core)
        ):
            run = _DIGIT_RUN.match(low, p)
            skip_to = run.end() if run else skip_to
            # "044-203-5720", "47-318090": a phone or reference number, three groups of
            # digits or a short one before a long one
            continue
        digits_end = core.end("num")
        number_end = digits_end if digits_end >= 0 else core.end("word")
        if c.taken(p, number_end):
            continue
        start = p - 1 if signed else p
        symbol = iso = None
        prefix = (
            _PREFIX_BEFORE.search(text, max(0, p - 8), p) if _may_have_prefix(text, p) else None
        )
        if (
            prefix
            and prefix.group("abbr") in GLUED_ONLY_PREFIXES
            and (prefix.end("abbr") < p or not core.group("mag"))
            and not (core.group("mag") and SPACED_AT_HOME[prefix.group("abbr")] == c.home)
        ):
            if prefix.end("abbr") == p:
                continue  # "N95", "R500": a name's number, no sum without its magnitude
            prefix = None  # "grade R 5": a letter, not a currency
        if prefix is None and letter >= 0 and c.letter is not None:
            iso, start = c.letter[1], letter  # "P38 per kilo" in a Manila paper
        elif prefix:
            symbol, iso = prefix.group("sym"), prefix.group("iso")
            if prefix.group("abbr"):
                iso = CURRENCY_PREFIXES[prefix.group("abbr")]
            elif iso in CURRENCY_PREFIXES:
                iso = CURRENCY_PREFIXES[iso]  # "RMB 5 billion"
            start = prefix.start()
        approx = None
        # One space before the number (the common case): test `low` there, as the patterns read it.
        one_space = low[start - 1 : start] == " " and not low[start - 2 : start - 1].isspace()
        if (
            low.endswith(_QUALIFIER_ENDS, 0, start - 1)
            if one_space
            else _word_before(low, start).endswith(_QUALIFIER_ENDS)
        ):
            qualifier = _APPROX_BEFORE.search(low, max(0, start - 45), start)
            if qualifier:
                approx = _APPROX_NAMES.get(qualifier.group("approx").lower())
                start = qualifier.start()
            else:
                filler = _FILLER_BEFORE.search(low, max(0, start - 25), start)
                if filler:
                    start = filler.start()
        figure = _read_number(c, core, start, symbol, iso, approx)
        if figure is not None:
            c.add(figure)


_DAY_IN_BRACKETS_BEFORE: Final = re.compile(
    r"\b(?:today|yesterday|tonight|morning|afternoon|evening|night|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s?\($",
    re.I,
)
# "a fourth, a fifth and a sixth": ordinals one after another, each alone, no fractions.
_BARE_ITEM: Final = r"(?=\s*(?:,|and\b|or\b|[.;:\"”]|$))"
_BARE_ITEM_AFTER: Final = re.compile(_BARE_ITEM)
_ORDINAL_LIST_AFTER: Final = re.compile(
    r",?\s+(?:and\s+|or\s+)?an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth)" + _BARE_ITEM
)
_ORDINAL_LIST_BEFORE: Final = re.compile(
    r"\ban?\s+(?:second|third|fourth|fifth|sixth|seventh)\s*,?\s+(?:and\s+|or\s+)?$"
)
_OPENING_QUOTES: Final = frozenset(['"', "“", "'", "‘"])
_SUPERLATIVE_AFTER: Final = re.compile(
    r"\s+(?:largest|biggest|greatest|richest|poorest|oldest|highest|lowest|strongest|most)\b"
)
# The rest of a short name in quotation marks: 'the "three evil forces" of ...'.
_QUOTED_NAME_AFTER: Final = re.compile(r"(?:\s[\w-]+){1,4}[\"”](?!\w)")
_TITLE_WORD_AFTER: Final = re.compile(r"\s[A-Z][a-z]")
# "the ‘25 by 2025’ initiative", "its '30x30' pledge": a short name in single quotation marks,
# opening with a number, between a determiner and a noun.
_QUOTED_NAME_LEAD: Final = re.compile(r"['‘](?:[\w+-]+,?\s){0,4}[\w+-]+['’]\s+[a-z]")
_DETERMINER_END: Final = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|an?)\s+$")
_SINGLE_OPENING: Final = ("‘", "'")
_SLOGAN: Final = re.compile(r"(?<![\w’'])['‘](?:[A-Za-z-]+,?\s){0,5}[A-Za-z-]+['’](?![\w’'])")


def _in_slogan(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] lies inside a short phrase in single quotation marks."""
    return any(
        m.start() < begin and end <= m.end()
        for m in _SLOGAN.finditer(text, max(0, begin - 50), min(len(text), end + 50))
    )


def _comma_before(text: str, at: int) -> bool:
    """Whether a comma ends the text before `at` (blanks aside)."""
    return text[max(0, at - 3) : at].rstrip().endswith(",")


def _closes_with(text: str, start: int, end: int, ends: tuple[str, ...]) -> bool:
    """Whether `text[start:end]`, white space at its end aside, ends with one of `ends`: the
    cheap test before a search for a phrase that must close that window (`\\s+$`), which
    tries every position of it."""
    return text[max(0, start) : end].rstrip().endswith(ends)


# The last words of `_TAKES_BEFORE`, `_LASTED_BEFORE` and `_TIME_IS_BEFORE`.
_TAKES_ENDS: Final = ("take", "takes", "took", "taking")
_LASTED_ENDS: Final = ("last", "lasts", "lasted", "lasting")
_TIME_IS_ENDS: Final = ("is", "was", "be")


def _range_lead(text: str, begin: int) -> int:
    """Where the range whose upper bound is the number at `begin` starts ("14 to 18 days"),
    else `begin`. `_RANGE_LOW_BEFORE` runs only where the text before ends with one of its
    marks ("to" or "or" in any case, or a dash)."""
    tail = text[max(0, begin - 20) : begin].rstrip()
    if not (tail.endswith(("-", "–")) or tail[-2:].lower() in ("to", "or")):
        return begin
    low_bound = _RANGE_LOW_BEFORE.search(text, max(0, begin - 20), begin)
    return low_bound.start() if low_bound else begin


def _takes_years(text: str, begin: int) -> bool:
    """Whether the years of the number at `begin` are what something takes ("could take two
    to three years"), a length of time, not a reporting period."""
    lead = _range_lead(text, begin)
    return (
        _closes_with(text, lead - 20, lead, _TAKES_ENDS)
        and _TAKES_BEFORE.search(text, max(0, lead - 20), lead) is not None
    )


def _told_as_length(text: str, begin: int, kind: str) -> bool:
    """Whether the days, weeks, hours or months of the number at `begin` are told as a length
    of time ("a container takes almost 40 days"), not as a reporting period."""
    # "takes 14 to 18 days": the upper bound read with the words before the range
    lead = _range_lead(text, begin)
    return bool(
        (
            _closes_with(text, lead - 20, lead, _TAKES_ENDS)
            and _TAKES_BEFORE.search(text, max(0, lead - 20), lead)
        )
        or (
            kind != "hour"
            and _closes_with(text, lead - 20, lead, _LASTED_ENDS)
            and _LASTED_BEFORE.search(text, max(0, lead - 20), lead)
        )
        # "the travel time ... will be 14 days": a length of time
        or (
            _closes_with(text, lead - 120, lead, _TIME_IS_ENDS)
            and _TIME_IS_BEFORE.search(text, max(0, lead - 120), lead)
        )
        # "concluded in a record 41 days": a length of time that is the news
        or text.endswith(" record ", 0, lead)
    )


def _rounded(value: float) -> float:
    """`round(value, 6)`, which a whole number (most figures) is already: rounding a float
    to digits goes through its decimal string, the test costs a division's remainder."""
    return value if value % 1.0 == 0.0 else round(value, 6)


def _read_number(
    c: _Collector,
    m: re.Match[str],
    begin: int,
    symbol: str | None,
    iso: str | None,
    approx: str | None,
) -> FigureFound | None:
    """The figure of the number `m` (a `_CORE_AT` match on the lower-cased text: the number
    and its magnitude) with the currency sign or code and the qualifier found before it;
    `begin` is where all of it begins."""
    text = c.text
    digits = m.group("num")
    word = m.group("word")
    if digits:
        value = parse_digits(digits)
    else:
        value = words_to_number(word)
        if (
            word.lower() in ("one",)
            and not m.group("mag")
            and not m.group("half")
            # "under one percent of X" is a share
            and not (_may_be_percent(text, m.end()) and _PERCENT.match(text, m.end()))
        ):
            return None
        if value is not None and m.group("half"):
            value += 0.5
        if (
            value is not None
            and word[:2].lower() == "a "
            and begin == m.start()
            and text[:begin].lower().endswith("half ")
        ):
            begin -= 5  # "half a million homes"
            value /= 2
    if value is None:
        return None
    # What follows the number is matched in place at `after` (no copy of the tail per test).
    end = after = m.end()
    if digits and text.startswith(_ORDINAL_ENDS, after) and _ORDINAL_AFTER.match(text, after):
        return None
    if text.startswith(_READ_TIME_AFTER, after):
        return None  # "3 minute read"
    if (
        digits
        and text[begin - 1 : begin] in _SINGLE_OPENING
        and _QUOTED_NAME_LEAD.match(text, begin - 1)
        and _DETERMINER_END.search(text, max(0, begin - 8), begin - 1)
    ):
        return None  # "the ‘25 by 2025’ initiative": a number opening a quoted name
    if (
        digits
        and "." in digits
        and _CLOCK_DIGITS.fullmatch(digits)
        and _DATE_BEFORE_CLOCK.search(text, max(0, begin - 24), begin)
    ):
        return None  # "02.04.2031 09.40": the time of day a release went out
    if digits and (
        (text[after + 1 : after + 2].isdecimal() and _DIGIT_GROUP_AFTER.match(text, after))
        or (
            text[begin - 1 : begin] == "("
            and text.startswith(")", after)
            and _DIGIT_GROUP_AFTER.match(text, after + 1)
        )
    ):
        # a run of digit groups: a phone or reference number ("(591) 4410-0273": its area
        # code in brackets)
        return None
    if digits and (
        (digits[0] == "0" and digits[1:2].isdigit())
        or (
            text[begin - 1 : begin] == " "
            and text[begin - 2 : begin - 1].isdigit()
            and (
                _PHONE_RUN_BEFORE.search(text, max(0, begin - 12), begin) is not None
                or _PHONE_CALL_BEFORE.search(text, max(0, begin - 12), begin) is not None
            )
        )
    ):
        return None  # "(02) 6277 7500": an area code, the last group of a phone number
    if (
        digits
        and "." in digits
        and text[after : after + 1] == "."
        and text[after + 1 : after + 2].isdigit()
    ):
        return None  # "2026.11.24": a date or a version, numbers joined by dots
    mag = (m.group("mag") or "").lower()
    code_before = iso
    pending: str | None = None  # a currency word the brief's country decides
    placed = False  # whether the sentence named the country of `pending`
    if iso and iso.upper() not in iso_currencies():
        iso = None
    # A bare "m"/"k"/"b" after a number is a magnitude only for money, or before a unit
    # ("300m m3").
    if (
        mag in ("m", "k", "b")
        and not (symbol or iso)
        and not _CURRENCY_AFTER.match(text, after)
        and not (_word_may_follow(text, after) and _MAG_UNIT_AFTER.match(text, after))
    ):
        mag = ""
        end = after = m.end("num2") if m.group("num2") else m.end("num" if digits else "word")
    scale = MAGNITUDES.get(mag, 1.0)
    start = begin
    if iso is None and code_before and not symbol:
        start = m.start()  # "ABC 5": no currency code, the figure is the number alone
    unit = "count"
    # "in 2023,": no unit, currency or word can follow (the patterns below are not tried).
    may_follow = _word_may_follow(text, after)
    currency = _currency_code(symbol, iso, None) if symbol or iso else None
    if currency == "CNY" and symbol == "¥" and _yen_context(c.sentence.low or text.lower()):
        currency = "JPY"  # "¥" is the yen's sign as well as the yuan's
    elif currency == "INR" and symbol and symbol[0] == "R":
        # "Rs12.5 billion" in a sentence that names Pakistan (first) is in Pakistani rupees;
        # in one that names no country of the rupee, the brief's country decides.
        local = _country_currency(text, SHARED_CURRENCY_WORDS["rupees"])
        pending = "rupees"
        placed = local is not None
        currency = local or currency
    elif currency == "KES" and _SHILLING_BEFORE.search(text, max(0, begin), m.start()):
        # "Sh2.4 trillion": the shilling as the Kenyan, Tanzanian and Ugandan press all
        # write it; a sentence's or the brief's country decides, as for "shillings".
        local = _country_currency(text, SHARED_CURRENCY_WORDS["shillings"])
        pending = "shillings"
        placed = local is not None
        currency = local or currency
    # The word after the number: the patterns of a currency and of a unit run only where it
    # may start one.
    word_after = _word_after(text, after) if currency is None and may_follow else ""
    if currency is None and may_follow:
        named_after = (
            _CURRENCY_AFTER.match(text, after) if _may_name_unit(word_after, True) else None
        )
        if named_after:
            cur, adj = named_after.group("cur", "adj")
            code = _currency_code(None, None, cur)
            shared = SHARED_CURRENCY_WORDS.get(cur.lower())
            if shared and not adj:
                local = _country_currency(text, shared)  # "the Turkmen side ... manats"
                if cur.lower() in _BRIEF_CURRENCY_WORDS:
                    pending = cur.lower()
                    placed = local is not None
                    end = named_after.end()  # the currency's word, whatever it turns out
                code = local or code or _UNPLACED_CURRENCIES.get(pending or "")
                if (
                    text.startswith(" (", named_after.end())
                    and (coded := _CODE_IN_BRACKETS.match(text, named_after.end()))
                    and coded.group(1) in iso_currencies()
                ):
                    # "25 million manats (AZN)": the code the text gives decides
                    code, pending = coded.group(1), None
            if adj:
                # "Saudi riyals", "Kuwaiti dinars", "Kazakh tenge": a country's adjective
                # before the currency word; another word ("Hong Kong dollars") is no currency
                # of ours.
                both = f"{adj} {cur}".lower()
                named = CURRENCY_WORDS.get(both) or currency_named(both)
                if named is None and shared:
                    # "Turkmen manats": the demonym picks among the countries sharing the name.
                    named = shared.get(country_of_word(adj) or "")
                code = named or (code if country_of_word(adj) else None)
            if code is not None:
                currency = code
                end = named_after.end()
        elif text.find("dollars", after) >= 0 and (dollars := _DOLLARS_AFTER.match(text, after)):
            currency = {"Canadian": "CAD", "Australian": "AUD"}.get(dollars["country"], "USD")
            end = dollars.end()
    if (
        currency is None
        and text.startswith(" cents", after)
        and not text[after + 6 : after + 7].isalpha()
    ):
        # "down 15 cents": the dollar's, unless the sentence or the brief counts in another
        # currency (`_cents_of_sentence`, `_cents_of_brief`)
        currency = "USD"
        scale *= 0.01
        end = after + 6
    if (
        currency is None
        and not mag
        and text.startswith(" MD", after)
        and (million_dinars := _MILLION_DINARS_AFTER.match(text, after))
    ):
        # "2,400 MD", "40 MDT": millions of Tunisian dinars, as Tunisia's press writes them
        currency = "TND"
        scale = 1e6
        end = million_dinars.end()
    if currency:
        unit = currency
    else:
        if (
            may_follow
            and _may_be_percent(text, after)
            and (percent := _PERCENT.match(text, after))
        ):
            unit = "percent"
            end = percent.end()
        elif (
            may_follow
            and _may_name_unit(word_after, False)
            and (quantity := _QUANTITY_AFTER.match(text, after))
        ):
            raw = quantity.group("unit")
            unit = _QUANTITY_UNITS.get(raw.lower().replace("-", " "), raw)  # "square-metre"
            if raw.lower() == "bcm":
                scale *= 1e9
            end = quantity.end()
            daily = _PER_DAY.match(text, end) if unit in _DAILY_UNITS else None
            if daily:
                # "50,000 barrels per day", "100,000 cubic metres of water per day": oil, gas
                # and water flows are measured by the day.
                unit += " per day"
                end = end if daily.group("of") else daily.end()
        elif may_follow and (period := _YEARS_AFTER.match(text, after)):
            kind = period.group("unit").lower()
            before = text[max(0, start - 20) : start]
            if _AGE_AFTER.match(text, period.end()):
                return None
            if period.group("hy") == "-" and kind != "hour":  # "a 24-hour line": a label
                if kind in ("day", "week") and _EVENT_AFTER.match(text, period.end()):
                    return None  # "a three-day state visit": the length of a visit
                unit = kind + "s"
                end = period.end()
            elif kind in ("year", "month") and _YEARS_SPAN_BEFORE.search(before):
                unit = kind + "s"  # "for three more years", "over the next 24 months"
                end = period.end()
            elif (
                kind in ("year", "month")
                and _EXTENDED_BY_BEFORE.search(before)
                and _has_any(text[max(0, start - _CUT_REACH) : start].lower(), _EXTEND_STEMS)
            ):
                # "agreed to extend the visa waiver by another 12 months": the extension
                unit = kind + "s"
                end = period.end()
            elif (
                kind in ("year", "month")
                and word
                and before.endswith(" every ")
                and _AGREED_BEFORE.search(text, max(0, start - 80), start)
            ):
                # "agreed to hold summits every two years": an interval agreed, news; "the
                # summit is held every two years" tells the custom, not news
                unit = kind + "s"
                end = period.end()
            elif (
                kind == "year"
                and approx == "over"
                and text[start : start + 5].lower() == "over "
                and not _GROWN_BEFORE.search(text[max(0, start - 40) : start].lower())
            ):
                # "supplies ... over three years": the span of a commitment, not "more than";
                # "trade grew over three years" is a reporting period
                unit = "years"
                end = period.end()
                approx = None
            elif kind == "minute":  # "talks lasted 50 minutes": a length, never a period
                unit = "minutes"
                end = period.end()
            elif (
                kind in ("day", "week")
                and before.endswith(" for ")
                and _has_any(text[max(0, start - 120) : start].lower(), _HALT_STEMS)
            ):
                # "refrain from strikes for 30 days": how long a commitment holds ("for the
                # first ten days", with its article, stays a period; "met for two days" is
                # the length of an event)
                unit = kind + "s"
                end = period.end()
            elif kind in ("day", "week", "hour", "month") and _told_as_length(text, begin, kind):
                unit = kind + "s"
                end = period.end()
            elif kind == "year" and _takes_years(text, begin):
                # "the process could take four to six years": how long it is expected to last
                unit = "years"
                end = period.end()
            elif kind in ("day", "week", "hour") and (
                approx == "up to"
                or _CHANGED_FROM_BEFORE.search(text, max(0, start - 20), start)
                or (approx == "under" and text[:start].endswith(" to "))
                or (
                    text[:start].endswith((" by ", " to ", " from "))
                    and _has_any(text[max(0, start - _CUT_REACH) : start].lower(), _CUT_STEMS)
                )
            ):
                # "cut transit times to less than 15 days" or "by five days", "stay up to 30
                # days": a target, a change or a limit, not a reporting period.
                unit = kind + "s"
                end = period.end()
            else:
                return None  # a reporting period: "the first nine months"
        else:
            if (
                digits
                and not mag
                and 1900 <= value <= 2100
                and "," not in digits
                and "." not in digits
            ):
                return None  # a year
            if (
                digits
                and not mag
                and len(digits) == 4
                and 1000 <= value < 1900
                and (
                    (
                        text.endswith(("the ", "The "), 0, begin)
                        and _CAPITAL_NEXT.match(text, after)
                    )
                    or (
                        text.endswith(_YEAR_LEADS, 0, begin)
                        and not _LOWER_WORD_NEXT.match(text, after)
                    )
                )
            ):
                return None  # "the 1848 March Revolution", "since 1891.": an older year
            if (
                digits
                and not mag
                and len(digits) == 4
                and 1300 <= value < 1500
                and (
                    (text.endswith("year (", 0, begin) and text.startswith(")", after))
                    or text.endswith(_CALENDAR_YEAR_ENDS, 0, begin)
                )
            ):
                return None  # "in the solar year (1402)": another calendar's year
            if (
                text.endswith(_AGE_BEFORE_ENDS, 0, begin)
                and _AGE_BEFORE.search(text, max(0, begin - 10), begin) is not None
            ):
                return None  # "aged 82", "under the age of 25": an age
            if (
                text.endswith(_WHO_IS_ENDS, 0, begin)
                and digits
                and digits.isdigit()
                and 16 <= value <= 110
                and _CLAUSE_CLOSES.match(text, after)
            ):
                return None  # "Moreau, who is 71, said": a person's age
            if (
                digits
                and not mag
                and digits.isdigit()
                and text[max(0, begin - 16) : begin].endswith(" in ")
                and _FOUNDED_IN_BEFORE.search(text, max(0, begin - 30), begin)
            ):
                return None  # "a mosque founded in 970": the year of an old foundation
            if (
                word
                and _word_before(text, begin).endswith(_DETERMINERS)
                and _DETERMINER_BEFORE.search(text, max(0, begin - 30), begin)
                and value <= 3
                # "the three ships being built for the navy": things made or bought count
                and _BEING_MADE_AFTER.match(text, after) is None
            ):
                return None  # "the two sides": the parties, not a figure
            if (
                word
                and value == 2
                and (
                    text.endswith(("between ", "Between "), 0, begin)
                    or _ONE_THING_BEFORE.search(text, max(0, begin - 30), begin)
                )
                and _BEING_MADE_AFTER.match(text, after) is None
            ):
                # "the island stays split between two rival authorities", "one nation,
                # two states": sides told apart or a slogan, not a count that is news
                return None
            if (
                word
                and may_follow
                and _GROUP_BEFORE.search(text, max(0, begin - 30), begin)
                and _GROUP_AFTER.match(text, after)
            ):
                # "the five Central Asian countries", "the six presidents", "leaders of five
                # Central Asian countries", "the five of us": the parties of a format
                return None
            if (
                word
                and may_follow
                and _SUPERLATIVE_AFTER.match(text, after)
                and text[:begin].endswith(("'s ", "’s ", "the ", "its ", "their "))
            ):
                return None  # "Africa's two largest economies": which ones, not how many
            if (
                word
                and text[m.start() - 1 : m.start()] in ('"', "“")
                and text[max(0, m.start() - 5) : m.start() - 1].lower() == "the "
                and _QUOTED_NAME_AFTER.match(text, after)
            ):
                return None  # 'the "three evil forces"': a name in quotation marks
            if word and text.startswith("-plus-", after):
                return None  # "a two-plus-two meeting": a format of talks, by its name
            if word and text.startswith(("-eyed ", "-eyes "), after):
                return None  # "a four-eyed meeting": one-on-one talks, by their name
            if word and ("'" in text or "‘" in text) and _in_slogan(text, begin, end):
                return None  # "the 'one people, two states' spirit": a slogan's words
            if (
                word
                and text[m.start() : m.start() + 1].isupper()
                and text[m.start() - 1 : m.start()] in _OPENING_QUOTES
                and _TITLE_WORD_AFTER.match(text, after)
            ):
                return None  # 'the "Three Rivers, One Harbour" package': a name
            if word and _after_period_word(text, begin) and not _COUNTED_AFTER.match(text, end):
                return None  # "the first two": of a period; "the first ten projects" counts
            if may_follow and text.startswith((" decades", " centuries", " seasons"), after):
                # "for almost two decades": a span told loosely, no count; "in two seasons": a
                # period of farming or sport
                return None
            if text.endswith("Group of ", 0, begin):
                return None  # "the Group of Twenty", "the Group of 77": a club's name
            if (
                (
                    (word and text[m.start() : m.start() + 1].isupper())
                    # "the Power of Siberia 2 gas pipeline": a number in a project's name;
                    # "the Digital Economy Pact 2.0 talks": a version of one
                    or (
                        digits
                        and (len(digits) <= 2 or (len(digits) <= 4 and "." in digits))
                        and not mag
                        and _word_may_follow(text, after)
                    )
                )
                and _LOWER_WORD_NEXT.match(text, after)  # not a headline in title case
                and (capital := _CAPITAL_WORD_BEFORE.search(text, max(0, begin - 30), begin))
                and capital.group().strip().lower() not in _DAY_NAMES
            ):
                return None  # "the Nordic-Baltic Eight", "the Central Asian Five": a name
            if (
                may_follow
                and not c.words.isdisjoint(_SOURCE_WORDS)
                and _SOURCES_AFTER.match(text, after)
            ):
                return None  # "two sources familiar with the matter": who told, not news
            if may_follow and word and value == 2 and _PARTIES_AFTER.match(text, after):
                return None
            if (
                word
                and value == 2
                and (
                    text.endswith("one or ", 0, begin)
                    or _PAIR_NAMED_BEFORE.search(text, max(0, begin - 60), begin)
                    or (
                        "," in text[begin - 3 : begin]
                        and not text.startswith(" of ", after)  # "A and B, two of them"
                        and _PAIR_APPOSED_BEFORE.search(text, max(0, begin - 90), begin)
                    )
                )
            ):
                # "one or two suppliers": a few, no count; "Osaka and Lyon are two old ports":
                # the pair just named, described
                return None
            if (
                may_follow
                and word
                and value == 2
                and not text[:begin].strip(" -–—•*")
                and _HEADLINE_PARTIES.match(text, after)
            ):
                return None  # "Two countries sign MOU": a headline's "the two countries"
            if (
                may_follow
                and word
                and _SOME_OF_AFTER.match(text, after)
                and not (
                    text.startswith(" of them", after)
                    and (_comma_before(text, begin) or (begin == 0 and value >= 3))
                )
            ):
                # "two of the sides"; but "11 barriers, three of them ..." counts, as does
                # "Eleven of them have been commissioned" after a sentence that counted them
                return None
            if may_follow and (
                (
                    not c.words.isdisjoint(_RUN_WORDS)
                    and _RUN_OF_PERIODS.match(text, after) is not None
                )
                or _CLOCK_AFTER.match(text, after)
            ):
                return None
            if digits and (
                _DOMAIN_AFTER.match(text, after)
                or (may_follow and _CAPITAL_MONTH_AFTER.match(text, after))
            ):
                return None  # "24.kg", "20 NOVEMBER 2026"
            if (
                word
                and _WORD_RANGE_AFTER.match(text, after)
                and not text[:begin].endswith(("from ", "by "))  # "from two to four a week"
            ):
                return None
            if digits and not mag and text[after : after + 1].isupper():
                return None  # "5G network", "3D printing": a name, not a count
            if (
                digits
                and not mag
                and digits.isdigit()
                and (begin == 0 or text.endswith((", ", "\n"), 0, begin))
                and _STREET_NAME_AFTER.match(text, after)
                and _ADDRESS_WORD.search(text)
            ):
                return None  # "5th Floor, X Tower, 18 Rua Augusta, Lisbon": a street number
            if (
                digits
                and not mag
                and _POSTCODE_AFTER.match(text, after)
                and _STREET_LINE_BEFORE.search(text, max(0, begin - 60), begin)
            ):
                return None  # "Rue de la Loi 175 - B-1048 Brussels": a house number
            if (
                digits
                and value <= 31
                and text[after : after + 1] == ")"
                and _DAY_IN_BRACKETS_BEFORE.search(text, max(0, begin - 30), begin)
            ):
                return None  # "this afternoon (14)": the day of the month, as Sri Lanka writes it
            if (
                (
                    _has_any(text[max(0, begin - 16) : begin], _COUNTER_PARTS)
                    and _COUNTER_BEFORE.search(text, max(0, begin - 16), begin) is not None
                )
                # "4 October 2024 09:40 am - 5 - 2,917": a page's counters after its time
                or (
                    digits
                    and _has_any(text[max(0, begin - 3) : begin], ("-", "|", "–"))
                    and _CLOCK_DASH_BEFORE.search(text, max(0, begin - 16), begin) is not None
                )
                or (
                    digits
                    and text[after : after + 1] in ("", "\n")
                    and (
                        _HITS_BEFORE.search(text, max(0, begin - 8), begin)
                        # "Politics 17:26 / 15.09.2031 5204": a bare number closing a line
                        # right after the story's date is the page's view counter
                        or (
                            not mag
                            and text[begin - 1 : begin] == " "
                            and text[begin - 2 : begin - 1].isdigit()
                            and _DATE_AT_END.search(text, max(0, begin - 24), begin) is not None
                        )
                    )
                )
            ):
                # "Views: 318", "Comments (5)", "👁 3.1K", "Hit 52": a page's counters
                return None
            if (
                digits
                and not mag
                and text[after : after + 1] in ("", ".", "\n", ",", ";")
                and _CALL_AT_BEFORE.search(text, max(0, begin - 60), begin)
            ):
                return None  # "call the contact centre at 109": a short phone number
            if (
                digits
                and text[after : after + 1] in (")", ":")
                and _NAME_NUMBER_BEFORE.search(text, max(0, begin - 20), begin)
            ):
                return None  # "Question (Channel 7):": a channel's or a document's name
            before = text[max(0, begin - 60) : begin].rstrip()
            if (
                digits
                and before.endswith(",")
                and (
                    _NAME_AND_COMMA.search(before)
                    # "The ambassador, 47, also met ...": an office holder's age
                    or (
                        18 <= value <= 99
                        and before[:-1].rsplit(None, 1)[-1:] != []
                        and before[:-1].rsplit(None, 1)[-1].lower() in TITLE_HEADS
                    )
                )
                and _COMMA_AFTER.match(text, after)
            ):
                return None  # "X, 47, who...": an age
    # Right after the number this was tested above; only a unit read since moves `end`.
    if (
        digits
        and end != m.end()
        and text.startswith(_ORDINAL_ENDS, end)
        and _ORDINAL_AFTER.match(text, end)
    ):
        return None
    value = _rounded(value * scale)
    # A count in words was tested above.
    if (
        (unit in ("months", "days") or (unit == "count" and not word))
        and _after_period_word(text, begin)
        and not (unit == "count" and _COUNTED_AFTER.match(text, end))
    ):
        return None
    if (
        unit == "count"
        and digits
        and (
            _MAGNITUDE_AFTER.match(text, end)
            or text.endswith(("magnitude ", "Magnitude "), 0, begin)
        )
    ):
        unit = "magnitude"  # "measured 6.8 on the Richter scale", "a magnitude 7.1 quake"
    span = text[start:end].strip()
    figure = FigureFound(span, value, unit, start, end, approx)
    figure.shared = pending
    figure.placed = placed
    upper = m.group("num2")
    if upper and m.group("dash"):
        high = parse_digits(upper)
        if unit == "count" and not mag and 1900 <= value <= 2100:
            return None  # "2025–2026": a span of years
        if high is not None and high * scale > value:
            # A range: the upper bound is the figure ("up to"); the lower one is kept too.
            lower = FigureFound(span, value, unit, start, end, approx)
            lower.shared = pending
            lower.placed = placed
            c.add(lower)
            figure = FigureFound(span, round(high * scale, 6), unit, start, end, "up to")
            figure.shared = pending
            figure.placed = placed
            figure.start = end  # distinct position, after the lower bound
            figure.end = end
        elif (
            high is not None
            and digits
            and digits.isdigit()
            and 1900 <= int(digits) <= 2100
            and (text[max(0, start - 3) : start] == "in " or _comma_before(text, start))
        ):
            # "in 2021, $14 million, in 2023 – $38.5 million": a year, then the sum of it
            at = m.start("num2")
            sum_of_year = round(high * scale, 6)
            figure = FigureFound(text[at:end].strip(), sum_of_year, unit, at, end, approx)
            figure.shared = pending
            figure.placed = placed
    if unit == "count" and word is None and digits and not mag and value < 1:
        return None
    return figure


def _word_may_follow(text: str, pos: int) -> bool:
    """Whether white space, a letter, a hyphen or a per cent sign stands at `pos`: every
    pattern of a unit, currency or word after a number (`_CURRENCY_AFTER`, `_PERCENT`,
    `_QUANTITY_AFTER`, `_YEARS_AFTER`, `_SOURCES_AFTER`, `_CLOCK_AFTER`...) starts so."""
    char = text[pos : pos + 1]
    return char.isspace() or char.isalpha() or char == "-" or char == "%"


# "founded in 970", "built in 1411": the year something old was made, not a figure.
_FOUNDED_IN_BEFORE: Final = re.compile(
    r"\b(?:founded|built|established|erected|constructed|completed|consecrated)\s+in\s+$"
)
# "the first 12 projects": a plural noun of things after the number, no period of time.
_COUNTED_AFTER: Final = re.compile(
    r"\s+(?!(?:quarters|halves|decades|weeks|days|months|years|hours|minutes|times)\b)"
    r"(?:[a-z]+\s+)?[a-z]+s\b"
)


def _after_period_word(text: str, pos: int) -> bool:
    """ "the first two", "the past three": `pos` follows a word of a period."""
    return _word_before(text, pos).endswith(_PERIOD_WORDS) and (
        _PERIOD_BEFORE.search(text, max(0, pos - 30), pos) is not None
    )


_SCALE_ENDS: Final = ("billion", "million", "trillion", "bn", "mn")
# Between a sum and a bare "twelve billion" of a second clause that leaves its currency out: "...,
# and the target of", "... and should reach" (not "in a country of 40 million").
# ... and after it, no noun of its own ("twelve billion is realistic", not "4 million Peruvians").
_ELIDED_SUM_AFTER: Final = re.compile(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:is|was|are|were|will|would|seems?|looks?|remains?|by|in|this|"
    r"next|within|over|a|per|annually|as)\b"
)
_ELIDED_SUM_BEFORE: Final = re.compile(
    r"^[^;.]*?\b(?:and|but|while|whereas)\s[^;]*?(?:\b(?:target|goal|aim|level|mark|figure)\s+"
    r"of|\bto|\b(?:reach|exceed|hit|top|pass|surpass)\w*)\s+(?:[a-z]+\s+){0,2}$"
)


def _share_units(figures: list[FigureFound], text: str) -> None:
    """ "from 20 million to 25 million tonnes": the first number takes the unit of the second;
    "to 25 million tonnes a year from 20 million": the second takes the unit of the first."""
    for a, b in itertools.pairwise(figures):
        between = text[a.end : b.start]
        if a.unit == "count" and b.unit != "count" and _RANGE_BETWEEN.fullmatch(between):
            a.unit = b.unit
        elif (
            b.unit == "count"
            and a.unit != "count"
            and between.endswith("from ")
            and (
                _FROM_BETWEEN.fullmatch(between)
                # "to 40 tonnes an hour by spring, up from roughly 25 today"
                or between.endswith((", up from ", ", down from "))
            )
            and _FROM_END.match(text, b.end)
        ):
            b.unit = a.unit
        elif (
            b.unit == "count"
            and b.value >= 1e6
            and _kind_of(a.unit) == "money"
            and b.text.lower().endswith(_SCALE_ENDS)
            and _ELIDED_SUM_AFTER.match(text, b.end) is not None
            and _ELIDED_SUM_BEFORE.search(between) is not None
        ):
            # "trade passed six billion dollars, and the target of twelve billion is near": a
            # sum of the currency told just before, the noun left out
            b.unit = a.unit


def _clause_start(before: str) -> int:
    """Where the last clause of `before` starts: after its last comma, semicolon, "while" or
    "and" before "X said" (`_CLAUSE_BREAK`); none of them spans a comma or semicolon."""
    start = max(before.rfind(","), before.rfind(";")) + 1
    if not _has_any(before[start:], _CLAUSE_BREAK_PARTS):
        return start
    for split in _CLAUSE_BREAK.finditer(before, start):
        start = split.end()
    return start


def _approx_from_context(text: str, figure: FigureFound, word: str) -> str | None:
    """ "exceeded N", "a target of N", "aims to raise X to N": a qualifier said before the
    figure; `word` is `_word_before(text, figure.start)`."""
    # Each search below runs only when the word it ends in stands before the figure.
    over = word.endswith(_OVER_WORDS)
    target_to = word.endswith(_TARGET_TO_WORDS)
    if not (over or target_to):
        return None
    # Each phrase must close its window: its reversed pattern is matched at the start of the
    # reversed window, where a search of the window tries every position.
    backwards = text[max(0, figure.start - 40) : figure.start][::-1]
    if over and _OVER_VERB_BACKWARDS.match(backwards):
        return "over"
    if target_to and figure.unit != "count" and _TARGET_TO_BACKWARDS.match(backwards):
        before = text[: figure.start]
        clause = before[_clause_start(before) :]
        level = word.endswith("to") and _LEVEL_VERB_TO_BACKWARDS.match(clause[-60:][::-1])
        cue = _TARGET_CUE_ASCII if clause.isascii() else _TARGET_CUE
        if not level and cue.search(clause):
            return "target"
    if word.endswith("of") and _TARGET_OF_BACKWARDS.match(backwards):
        return "target"
    return None


# --- what a figure measures ----------------------------------------------------------------
# Words and marks that end a noun phrase read after a figure.
_NP_STOP_WORDS: Final = words_of(
    "is are was were be been has have had will would can could should may might "
    "that which who to in on at by since as than from into during after before last over "
    "within until through "
    "this next per a an while where when said says noted added already now according "
    "reached rose grew fell amounted exceeded totaled totalled stood registered worth valued "
    "totaling totalling"
)
_NP_STOP_MARKS: Final = frozenset(',.;:()“”"—–')
_SUBJECT_VERB: Final = _led_by(
    "acdefghijmnqrstw",
    r"\b(?:(?:has |have |had |also )?(?:reached|rose|grew|"
    r"increased|amounted|totaled|totalled|stood|exceeded|surpassed|crossed|hit|fell|dropped|"
    r"declined|"
    r"decreased|edged down|edged up|accounted|account|accounts|make up|makes up|making up|"
    r"was|were|is|are|remained|came|climbed|jumped|went|grown|risen|fallen|dropped|doubled|"
    r"expanded|increased|declined|reaching|totaling|totalling|amounting|standing|"
    r"exceeds|exceed|reaches|totals|stands|tripled|quadrupled|halved|grows|rises|falls|touched|"
    r"slowed|eased|accelerated|"
    # "investments in X total some $3bn" (not "a total", "the total", "in total")
    r"(?<!\ba )(?<!\bthe )(?<!\bin )total(?=\s+(?:some|about|around|nearly|almost|over|"
    r"more\s+than|roughly|[$€£¥\d])|\s*$)|"
    # "the community in X numbers some 650,000 people"
    r"(?<!\ba )(?<!\bthe )number(?:s|ed)?(?=\s+(?:some|about|around|nearly|almost|over|"
    r"more\s+than|roughly|\d)|\s*$))|"
    # "trade could reach N": "trade"
    r"(?:could|would|will|may|might|can|should|must)\s+(?:also\s+)?"
    r"(?:reach|exceed|surpass|hit|total|amount\s+to|be(?=\s*$))|"  # "X will be (about) N"
    # "remittances amount to N"; "A and B want their trade to reach N" (`_WISHED_OBJECT`)
    r"amounts?(?=\s+to\s+(?!be\b))|to\s+(?:reach|exceed|surpass|top|hit)(?=\s))\b",
)
# "A and B want their trade": what a wish's subject wants to reach a level, after the verb.
_WISHED_OBJECT: Final = re.compile(
    r"\b(?:want|wants|wanted|expect|expects|expected|hope|hopes|hoped|need|needs|would\s+like)"
    r"\s+(?P<np>(?:(?!to\b)[\w’'-]+\s+){0,5}?[\w’'-]+)$"
)
_SUBJECT_TAIL: Final = re.compile(
    r"(?:\s+(?:had|has|have|almost|nearly|also|already|more\s+than|roughly|about|barely|"
    r"only|just|reportedly|steadily))+$",  # "exports barely reached $80 million": exports
    re.I,
)
# The last word of each phrase `_SUBJECT_TAIL` takes off.
_SUBJECT_TAIL_ENDS: Final = tuple(
    words_of(
        "had has have almost nearly also already than roughly about barely only just "
        "reportedly steadily"
    )
)
_SUBORDINATE: Final = re.compile(
    r"\s(?:as(?!\s+(?:a\s+whole|well|of|part|such)\b)|while|because)\s"
)
# Always matches; "A–B" is joined.
_SUBJECT_RUN: Final = re.compile(r"(?:[\w’' -]+|(?<=\w)[–—](?=\w))*")


# "over the first nine months of this year it": the period a pronoun's figure covers.
_PERIOD_LEAD: Final = re.compile(
    r"\b(?P<p>(?:[Ii]n|[Oo]ver|[Dd]uring|[Ss]ince|[Ff]or)\s+[^,;]{3,60}?)\s+(?:it|they)$"
)
_ACRONYM_END: Final = re.compile(rf"\s*\([{UPPER}][\w&.-]{{1,11}}\)$")
# A name of capitalised words (with "of", "and", "for" inside) and its article, ending a text.
_NAME_END: Final = re.compile(
    rf"(?:\s+(?:the|The))?\s+[{UPPER}][\w’'-]*(?:\s+(?:(?:of|and|for|on|the)\s+)*"
    rf"[{UPPER}][\w’'-]*)*$"
)


def _subject_before(clause: str) -> str | None:
    """The words just before the clause's main verb ("Exports rose ..." gives "Exports");
    in "X is near its limit as Y grows", the subordinate clause's ("Y")."""
    if " as " in clause or " while " in clause or " because " in clause:
        parts = _SUBORDINATE.split(clause)
        if len(parts) > 1 and (last := _subject_in(parts[-1])):
            return last
    return _subject_in(clause)


def _subject_in(clause: str) -> str | None:
    """`_subject_before` in one clause."""
    low = lower_same(clause)
    # A verb with a comma or semicolon after it does not count: read after the last one.
    after_break = max(clause.rfind(","), clause.rfind(";")) + 1
    for verb in _SUBJECT_VERB.finditer(low, after_break):
        end = verb.start()
        while end > 0 and clause[end - 1].isspace():
            end -= 1
        if end == verb.start():
            continue
        acronym = _ACRONYM_END.search(clause, 0, end) if clause[end - 1] == ")" else None
        if acronym:
            # "Lending by the Inter-American Development Bank (IDB) rose to N": the name is
            # read as its acronym ("lending by IDB").
            name = _NAME_END.search(clause, 0, acronym.start())
            short = acronym.group().strip(" ()")
            if name is None:
                continue
            cut = max(name.group().rfind(" the "), name.group().rfind(" The "))
            at = name.start() + max(cut, 0)  # "A and the X": the name starts at "the"
            clause = f"{clause[:at]} {short}{clause[end:]}"
            low = lower_same(clause)
            end = at + 1 + len(short)
        # The run of word characters before the verb, at most 90 long: read backwards.
        run = _SUBJECT_RUN.match(clause[max(0, end - 90) : end][::-1])
        start = end - (run.end() if run else 0)
        if end - start >= 3:
            subject = clause[start:end]
            if low.startswith("to ", verb.start()):
                # "A and B want their trade to reach N": their trade
                wished = _WISHED_OBJECT.search(subject)
                if wished is None:
                    continue  # "the sides agreed to reach N": no subject here
                subject = wished["np"]
            if " as " in subject or " while " in subject or " because " in subject:
                # "is near its limit as domestic demand grows": the demand.
                subject = _SUBORDINATE.split(subject)[-1]
            period = _PERIOD_LEAD.search(subject) if subject.endswith((" it", " they")) else None
            if period:
                # "in January-May of this year it fell by 3%": "it", told before, in that
                # period
                pronoun = "it" if subject.endswith(" it") else "them"
                when = period["p"]
                return f"{pronoun} {when[0].lower()}{when[1:]}"
            if subject.rsplit(None, 1)[-1] in _PERSON_PRONOUNS:
                continue  # "in the near future we (will reach)": a person, after an adverb
            if subject.isascii() and not subject.lower().endswith(_SUBJECT_TAIL_ENDS):
                return subject  # the cheap test: `_SUBJECT_TAIL` ends in one of these words
            return _SUBJECT_TAIL.sub("", subject)  # "trade had almost": trade
    return None


# The pronouns of people as a clause's subject: no thing a figure measures.
_PERSON_PRONOUNS: Final = frozenset(["we", "We", "they", "They", "he", "He", "she", "She", "I"])
# "raise gas output by", "cut emissions by": the change of the object that a share gives.
_CHANGE_BY: Final = _led_by(
    "bcegilr",
    r"\b(?P<verb>raise|raising|raised|increase|increasing|increased|boost|boosting|boosted|"
    r"lift|lifting|lifted|expand|expanding|expanded|grow|growing|cut|cutting|reduce|reducing|"
    r"reduced|lower|lowering|lowered)\s+(?P<object>[\w’'\-– ]{3,90}?)\s+by\s*$",
    re.I,
)
_PRONOUNS: Final = frozenset(["it", "them", "this", "that", "these", "those"])
_OBJECT_VERB_STEMS: Final = (
    "rais",
    "bring",
    "increas",
    "boost",
    "lift",
    "expand",
    "grow",
    "tak",
    "cut",
    "reduc",
    "short",
    "doubl",
    "tripl",
)
_OBJECT_TO: Final = _led_by(
    "bcdegilrst",
    r"\b(?:raise|raising|bring|bringing|increase|increasing|boost|boosting|lift|lifting|"
    r"expand|expanding|grow|take|taking|cut|cutting|reduce|reducing|shorten|shortening|"
    r"double|doubling|triple|tripling)\s+"
    r"(?P<object>[\w’'\-– ]{3,80}?)\s+"
    r"(?:from\s+[^,;]*?\s+)?to\s*$",
    re.I,
)
_SAID_VERBS: Final = (
    "said",
    "says",
    "noted",
    "added",
    "stressed",
    "recalled",
    "told",
    "adding that",
)
_SAID_LEAD: Final = re.compile(
    r"^.*?\b(?:said|says|noted|added|stressed|recalled|told \w+|adding that|noting that)\s+"
    r"(?:that\s+)?",
    re.I,
)
# "deals worth (up to) ": the words before it, read backwards from the tail (one pattern
# over the whole would try every start of its window).
_WORTH_TAIL: Final = re.compile(
    r"(?P<aside>\s*\([^()]{1,20}\))?,?\s+(?:worth|valued\s+at)\s+"  # "(MoUs) worth"
    r"(?:(?:a|an)\s+(?:combined|total\s+of)\s+|more\s+than\s+|over\s+|about\s+|some\s+|"
    r"nearly\s+|up\s+to\s+)?$"
)
_WORDS_BACKWARDS: Final = re.compile(r"[\w’'-]+(?:\s+[\w’'-]+){0,7}")  # up to 8 words, reversed


_FUNCTION_WORDS: Final = words_of(
    "to after by for of in on while and is are was were be been will also already currently "
    "the a an"
)
_SECTOR_AFTER: Final = re.compile(
    r"\s+in\s+(?!(?:the|a|an|its|their|this|that|total|all|order|addition)\b)"
    r"(?P<sector>[a-z][\w-]*)"
)


def _modifies(words: list[str], i: int) -> bool:
    """Whether the "-ing" word `words[i]` modifies the noun after it ("a fruit processing
    plant"), not a verb ("after signing deals", "leaders signing deals"): a content word
    other than a plural stands before it."""
    before = words[i - 1].lower() if i > 0 else ""
    return (
        0 < i < len(words) - 1
        and before not in _FUNCTION_WORDS
        and not (before.endswith("s") and not before.endswith("ss"))
    )


# "Norland exported goods worth ", "Sylvania imported farm goods worth ": a country's trade
# told by its verb, the value of the goods after it.
_TRADE_STEMS: Final = ("xport", "mport")
_TRADED_WORTH: Final = re.compile(
    rf"\b(?P<who>[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}})\s+(?:(?:has|had|also)\s+)?"
    # "Norland exported goods worth N to Sylvania and imported goods worth": the same subject's
    r"(?:(?:exported|imported)\s[^;]{0,80}?\s+and\s+)?"
    r"(?P<verb>exported|imported|exports|imports)\s+"
    r"(?P<goods>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+worth\s+$"
)
# " to China", " from Peru": the trading partner after a sum.
_PARTNER_AFTER: Final = re.compile(
    rf"\s+(?P<prep>to|from)\s+(?:the\s+)?(?P<who>[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}})"
)


# A count opening a phrase: "14 pilot schemes", "two plants" (not a year: "2025").
_COUNT_OPENS: Final = re.compile(
    r"(?!(?:19|20)\d\d\b)\d[\d,.]*\s+[a-z]|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|"
    r"eigh|nine)ty|dozens?|several|hundreds|thousands)[\s-][a-z]",
    re.I,
)


def _worth_what(text: str) -> str | None:
    """The words (at most 8) before "worth" or "valued at" that end `text`, if any."""
    tail = _WORTH_TAIL.search(text)
    if tail is None:
        return None
    words = _WORDS_BACKWARDS.match(text[: tail.start()][::-1])
    if not words:
        return None
    return text[tail.start() - words.end() : tail.start()] + (tail["aside"] or "")


_WORTH_SKIP: Final = re.compile(
    r"\s+worth\s+[^,;]{1,40}?(?=\s+(?:were|was|are|is|have|has|had|will)\s+[a-z]+ed\b)"
)
_PASSIVE_AFTER: Final = re.compile(r"\s+(?:were|was|have\s+been|has\s+been)\s+[a-z]+ed\b")
_STATE_VERB_BEFORE: Final = _led_by(
    "acdefghijorstw",
    r"\b(?:(?:rose|grew|increased|climbed|jumped|fell|dropped|declined)\s+(?:by\s+)?[\w.,%]+"
    r"(?:\s+(?:percent|per\s+cent|times))?(?:\s+(?:y/y|year-on-year|year\s+on\s+year))?\s+to|"
    r"reached|reach|reaching|rose to|grew to|increased to|amounted to|amount to|totaled|"
    r"totalled|stood at|exceeded|surpassed|crossed|hit|fell to|dropped to|declined to|was|"
    r"slowed to|eased to|accelerated to|(?<!\ba )(?<!\bthe )(?<!\bin )totals?|touched|"
    r"were|is|are|"
    r"of)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$",
)
_FOR_PARTY: Final = re.compile(rf"\s+(?P<each>each\s+)?(?P<for>for\s+)(?=[{UPPER}])")
_MULTIPLE_VERBS: Final = words_of(
    "double doubled doubling triple tripled tripling quadruple quadrupled quadrupling"
)
_SAME_AFTER: Final = re.compile(
    r"\s+(?:the|its|their|this|that|last\s+year's)\s+(?:[\w-]+\s+)?"
    r"(?P<q>figure|level|volume|amount|number|total)\b",
    re.I,
)
_NEXT_YEARS: Final = re.compile(
    r"\s+(?P<p>(?:over|within|in|during)\s+the\s+(?:next|coming)\s+[\w-]+\s+years?"
    r"|by\s+(?:19|20)\d\d)\b"
)
_STAKE_AFTER: Final = re.compile(r"\s+(?P<what>stake|holding)\b(?P<in>\s+in\s+(?:an?\s+)?)?")
_COST_BEFORE: Final = re.compile(
    r"(?:(?P<est>\b(?:(?:is|are|was|were|be|been|being|now)\s+)?estimated\s+(?:at|to\s+cost))"
    r"|\b(?:(?:will|would|could|should|to|is|are|was|were)\s+)?(?:expected\s+to\s+)?"
    r"cost|\bcosts|\bcosting)\s+$"
)
_HELPED_REACH: Final = re.compile(
    r"\b(?:helped|help|helps|helping|allowed|allow|allows|enabled|enable|enables|let|made|make)"
    r"\s+(?P<what>[\w’'\- ]{3,80}?)\s+reach\s+$"
)
# `_STATE_VERB_BEFORE` written backwards: it matches at the start of a window's reverse where
# the pattern matches the window (which it must close), without a search of every position.
_STATE_VERB_BACKWARDS: Final = re.compile(
    r"\s+(?:(?:emos|tuoba|dnuora|ylraen|tsomla|revo|naht erom)\s+)?"
    r"(?:ot\s+(?:(?:y/y|raey-no-raey|raey\s+no\s+raey)\s+)?(?:(?:tnecrep|tnec\s+rep|semit)\s+)?"
    r"[\w.,%]+(?:\s+yb)?\s+(?:esor|werg|desaercni|debmilc|depmuj|llef|deppord|denilced)|"
    r"dehcaer|hcaer|gnihcaer|ot esor|ot werg|ot desaercni|ot detnuoma|ot tnuoma|delatot|"
    r"dellatot|ta doots|dedeecxe|dessaprus|dessorc|tih|ot llef|ot deppord|ot denilced|saw|"
    r"ot dewols|ot desae|ot detarelecca|s?latot(?! a\b)(?! eht\b)(?! ni\b)|dehcuot|"
    r"erew|si|era|"
    r"fo)\b"
)
_STATE_WORDS: Final = tuple(
    words_of(
        "to reached reach reaching totaled totalled total totals touched at exceeded surpassed "
        "hit was "
        "were is are "
        "of some about around nearly almost over than"
    )
)
_TRAILING_WORDS: Final = words_of(
    "of the a an and to with for from by in on at under during currently now already still"
    " his her its their our this that these those"  # a cut phrase never ends on a determiner
)
_LEADING: Final = re.compile(
    r"^(?:the|a|an|its|their|his|her|our|this|that|these|those|of|and|with|also|some|more|"
    r"while|whereas|leaving|to \w+|number of|total of|combined|amount of|volume of|"
    r"(?:(?:over|in|during|within)\s+)?(?:the\s+)?(?:past|last|next|coming)\s+(?:[\w-]+\s+)?"
    r"(?:years|months|decades)|"  # "over the past five years trade ...": the trade
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+year|"
    r"(?:with\s+)?satisfaction(?:\s+that)?|increasing|growing|rising|"
    r"(?:saying|adding|noting|stressing|explaining)(?:\s+that)?|"  # "..., saying inflation"
    r"in [\w-]+(?: \d{4})?(?= [a-z])|"
    r"\d[\d,.]*|" + _NUMWORD + r")\s+",
    re.I,
)

# The first word of every phrase `_LEADING` reads ("twenty" of "twenty-five").
_LEADING_FIRST: Final = (
    words_of(
        "the a an its their his her our this that these those of and with also some more while "
        "whereas leaving to number total combined amount volume over in during within past last "
        "next coming dozen satisfaction increasing growing rising saying adding noting stressing "
        "explaining"
    )
    | frozenset(TENS)
    | frozenset(UNITS)
)


def _leading_match(phrase: str) -> re.Match[str] | None:
    """`_LEADING.match(phrase)`, tried only when the phrase's first word may start a match
    (a word with a letter of `_ODD_CASE` may match ignoring case otherwise than `str.lower`;
    other letters outside ASCII, "Velmora’s", lower as re.I reads them)."""
    first = (phrase.split(None, 1) or [""])[0]
    if (
        first[:1].isdigit()
        or (not first.isascii() and _has_any(first, _ODD_CASE))
        or first.lower().split("-", 1)[0] in _LEADING_FIRST
    ):
        return _LEADING.match(phrase)
    return None


def _first_of(text: str, stems: tuple[str, ...]) -> int:
    """Where a search ignoring case for words that each start with one of `stems` (lower-case
    ASCII) can first match in `text`: the first of them in its lower case, or 0 where the
    lower case keeps no offset or `re.I` reads another letter as one of theirs (`_ODD_CASE`);
    -1 where `text` has none of them."""
    low = text.lower()
    first = -1
    for stem in stems:
        at = low.find(stem)
        if at >= 0 and (first < 0 or at < first):
            first = at
    if first > 0 and not text.isascii() and _has_any(text, _ODD_CASE):
        return 0
    return first


def _has_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether one of `parts` occurs in `text`: the cheap test before a costly search."""
    for part in parts:  # noqa: SIM110 - a plain loop: any() with a generator costs 3x here
        if part in text:
            return True
    return False


def _clean_np(phrase: str) -> str | None:
    phrase = phrase.strip(" ,;:-")
    if _has_any(phrase.lower(), _SAID_VERBS):
        phrase = _SAID_LEAD.sub("", phrase)
    while lead := _leading_match(phrase):
        phrase = phrase[lead.end() :]
    words = phrase.split()
    while words and words[-1].lower() in _TRAILING_WORDS:
        words.pop()
    phrase = " ".join(words)
    if len(phrase) < 2 or not (phrase[0].isalpha() or any(ch.isalpha() for ch in phrase)):
        return None
    if len(words) > 10:
        phrase = " ".join(words[-10:])
        while lead := _leading_match(phrase):
            phrase = phrase[lead.end() :]
    return phrase


def _np_after(text: str, pos: int, *, allow_of: bool = True) -> str | None:
    return _np_after_span(text, pos, allow_of=allow_of)[0]


_NP_LEAD: Final = re.compile(r"\s*(?:of|worth of|in|for|under)\s+(?:(?:a|an|the)\s+)?")
_MEASURE_PREFIXES: Final = (
    "growth of ",
    "decline in ",
    "value of ",
    "period of ",
    "length of ",
    "share of ",
    "capacity of ",
    "price of ",
    "earlier ",
)
# (tried only on a measure that starts with one of `_MEASURE_PREFIXES`)
_MEASURE_PREFIX: Final = re.compile("|".join(_MEASURE_PREFIXES))
_MONTH_START: Final = re.compile(rf"in\s+{_MONTH_NAME}", re.I)
_ARTICLE_AFTER_AND: Final = re.compile(r"\s+(?:the|a|an)\s")
_APPROX_AFTER_AND: Final = re.compile(
    r"\s+(?:nearly|almost|about|around|over|more|some|roughly|half|a\s+third|a\s+quarter)\b"
)
_VERB_AFTER: Final = re.compile(
    r"\s+(?:also\s+)?(?:[a-z]+ed\s+(?:to|that|on|with)|(?:aims|plans|seeks|intends|hopes)\s+to\s|"
    r"[a-z]+[^s]s\s+(?:an?\s+(?!(?:year|day|week|month)\b)|the\s|its\s|their\s)|"
    # "provide a loan for X and expand the number of ...": a second verb of the same subject
    r"(?:expand|increase|raise|boost|extend|open|launch|create|build|sign|hold|set\s+up)"
    r"\s+(?:the|its|their|a|an)\s)"
)
_NP_TOKEN: Final = re.compile(r"\d+(?:[.,]\d+)+[\w’'\-]*|[\w’'\-]+|[^\w\s]")  # "19.5-km" is one
_NP_TOKEN_ASCII: Final = _ascii_twin(_NP_TOKEN)


# "(of the canal) for over three decades", "for a decade": a span of time after "for".
_FOR_SPAN_AFTER: Final = re.compile(
    r"\s+(?:(?:more\s+than|over|almost|nearly|about|some|at\s+least)\s+)?(?:[\w-]+\s+)?"
    r"(?:years?|decades?|months?|weeks?)\b"
)
_SHORT_NAME_THEN_NOUN: Final = re.compile(r"\((?P<short>[A-Z]{2,8})\)(?=\s+[a-z])")


def _np_after_span(text: str, pos: int, *, allow_of: bool = True) -> tuple[str | None, int]:
    """The noun phrase after `pos` ("of wheat to China" gives "wheat") and where it ends."""
    if allow_of:
        lead = _NP_LEAD.match(text, pos)
        if lead:
            pos = lead.end()
    words: list[str] = []
    end = pos
    skip_to = pos
    for m in (_NP_TOKEN_ASCII if text.isascii() else _NP_TOKEN).finditer(text, pos):
        if m.start() < skip_to:
            continue
        token = m.group(0)
        low = token.lower()
        if (
            low == "("
            and words
            and words[0][:1].isupper()
            and (short := _SHORT_NAME_THEN_NOUN.match(text, m.start()))
        ):
            # "a Development Fund (DF) loan for X": the loan, named by the short name.
            words = [short["short"]]
            skip_to = short.end("short") + 1
            continue
        digit = token[0].isdigit()
        if token in _CURRENCY_SIGNS or (
            digit and words and words[-1] == "and" and not _YEAR_DIGITS.fullmatch(token)
        ):
            break  # "X and €200 million to Y", "X and 33 percent for Y": the next figure
        if digit and "with" in words and not _YEAR_DIGITS.fullmatch(token):
            # "152 plants with a total capacity of 3.9 GW": the plants; the capacity is its own.
            words = words[: len(words) - 1 - words[::-1].index("with")]
            end = pos + 1 if not words else end
            break
        if (
            low == "and"
            and words
            and (
                _VERB_AFTER.match(text, m.end())  # "signed MoUs to X and resolved to": a new verb
                or _ARTICLE_AFTER_AND.match(
                    text, m.end()
                )  # "1,500 tractors and the ...": next item
                or _APPROX_AFTER_AND.match(text, m.end())  # "30% of X and nearly half of Y"
            )
        ):
            break
        if low == "for" and _FOR_SPAN_AFTER.match(text, m.end()):
            break  # "of the line for more than two decades": how long, no part of it
        if low in _NP_STOP_WORDS or token in _NP_STOP_MARKS:
            if low in ("a", "an") and words and words[-1].lower() in ("of", "for", "with"):
                continue  # "a deal for a car plant": the article inside the phrase
            if low in ("between", "with", "of", "for", "from") and words:
                words.append(token)
                continue
            break
        words.append(token)
        end = m.end()
        if len(words) >= 8:
            break
    while words and words[-1].lower() in ("of", "with", "between", "for", "and", "up"):
        words.pop()  # "up" of "carrying up to N": the next figure's
    if words and end > pos:
        # The end of the last kept word.
        last = words[-1]
        end = text.rfind(last, pos, end) + len(last)
    return (_clean_np(" ".join(words)) if words else None), end


# "12 companies were preparing to enter the market": what the counted things do.
_PREDICATE: Final = re.compile(
    # "25 students will receive scholarships": a verb after a modal, what is to happen to them
    r"\s+(?:(?P<modal>will|would|shall|can|could|may|might|must)\s+(?:also\s+)?"
    r"(?P<base>(?!be\b|have\b|also\b|not\b|continue\b|begin\b|start\b|total\b)[a-z]{3,})\b)?"
    r"(?(modal)|(?:(?:(?:were|was|are|is)\s+to\s+be|were|was|are|is|have|has|had|will|would|also|"
    r"already|currently|now|been|be|begin|start|continue)\s+)*"
    r"(?P<verb>(?!total)[a-z]+(?:ed|ing)|set|built|sold|sent|made|run|opened|grown|become|became"
    # "12 rounds of talks have been held so far": an irregular participle after "been".
    # "40,000 people had found refuge in X": one after "has", "have" or "had"
    r"|(?:(?<=been\s)|(?<=has\s)|(?<=had\s)|(?<=have\s))"
    r"(?:held|given|taken|won|paid|spent|drawn|brought|bought|done|chosen|begun|"
    r"shown|seen|met|laid|led|kept|lost|found))\b)"
    r"(?P<rest>(?:\s+(?!(?:and|which|that|while|by|with|since|after|before|as|than|last|this|"
    r"next)\b)[\w’'-]+){0,6})"
)
_PERIOD_LEADS: Final = words_of("past last next coming recent")
_NAME_GOES_ON: Final = re.compile(rf"(?:\s+[{UPPER}][\w’'-]*){{1,4}}")
# (each period starts with one of the letters of the lookahead, which turns down a word that
# starts with none of them before the dozen ways of telling a period are tried)
_TIME_AFTER: Final = re.compile(
    r"\s+(?=[dfilopstwy])(?:year-on-year\s+|year\s+on\s+year\s+|y/y\s+)?(?P<when>"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)[-–](?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+(?:19|20)\d\d|\s+of\s+(?:this|the)\s+year)?|"
    r"(?:in|over|within|during)\s+the\s+next\s+[\w-]+\s+years|"
    r"(?:in\s+)?(?:the\s+)?(?:first|last|past)\s+(?:[\w-]+\s+)?(?:months?|half|"
    r"quarter)(?:\s+of\s+(?:19|20)\d\d|\s+of\s+(?:this|the)\s+year)?|last\s+year|this\s+year|"
    # "in the last fiscal year", "this financial year", "the past Iranian calendar year"
    r"(?:in\s+)?(?:the\s+)?(?:last|past|previous|this)\s+(?:[a-z]+\s+)?"
    r"(?:fiscal|financial|calendar)\s+year|"
    # "in 2023-24", "in 2025/26": a fiscal year
    r"in\s+(?:19|20)\d\d[-–/]\d\d(?!\d)|"
    r"in\s+(?:19|20)\d\d|"
    r"since\s+(?:19|20)\d\d|so\s+far|"
    r"over\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months|"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+[\w-]+\s+(?:years|months|decades)|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+(?:19|20)\d\d)?)\b(?![-–])",
    re.I,
)
_TIME_AFTER_ASCII: Final = _ascii_twin(_TIME_AFTER)
# "N tonnes of cargo in the first ten months of 2026": a thing, then the period it covers.
_OF_THING_THEN_PERIOD: Final = re.compile(
    r"\s+of\s+[\w-]+(?:\s+[\w-]+){0,2}?(?=\s+(?:in\s+)?(?:the\s+)?(?:first|last|past)\s)"
)
# Verbs whose object is the figure: "delivered 1.8 million tonnes of oil to X".
_MOVED: Final = {
    "ship": "shipped",
    "export": "exported",
    "import": "imported",
    "deliver": "delivered",
    "supply": "supplied",
    "sell": "sold",
    "produce": "produced",
    "transport": "transported",
    "handle": "handled",
    "send": "sent",
    "carry": "carried",
    "process": "processed",
    "receive": "received",
    "receiving": "received",
    "receives": "received",
}
_MOVED_BEFORE: Final = _led_by(
    "cdehiprst",
    r"\b(?P<verb>"
    + "|".join(sorted([*_MOVED, *_MOVED.values()], key=len, reverse=True))
    + r")\s+$",
    re.I,
)
_MOVED_WORDS: Final = (*_MOVED, *_MOVED.values())
_RECEIVER: Final = re.compile(
    rf"(?P<who>[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}})\s+"
    r"(?:will\s+|would\s+|is\s+to\s+|has\s+|have\s+|had\s+)?(?:started\s+|begun\s+|began\s+)?"
    r"(?:receive|receives|received|receiving)\s+(?:\w+\s+)?$"
)
_TIME_WORDS: Final = ("Today ", "Now ", "Currently ", "Yesterday ", "Meanwhile ", "Already ")
# A works that does what its figure measures: "the refinery at X will process N".
_SITE_DOES: Final = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?P<site>(?:[a-z][\w-]*\s+){0,2}(?:refinery|plant|port|"
    r"terminal|pipeline|cable|factory|mill|facility|complex|station|hub|mine))"
    r"(?:\s+(?:at|in|near)\s+[^,;]{0,50}?)?\s+"
    r"(?:will\s+|would\s+|can\s+|could\s+|is\s+to\s+|is\s+expected\s+to\s+|now\s+|already\s+)?"
    r"(?:process|processes|handle|handles|carry|carries)\s+(?:\w+\s+)?$"
)
_OF_PHRASE: Final = re.compile(r"\s*of\s+([^,;.]+)")
_PREPOSITION_AFTER: Final = re.compile(r"\s*(?:in|for|to|of|on|under)\s")
_ARTICLE_BEFORE: Final = re.compile(r"\b(?:a|an)\s+(?:\w+\s+)?$")
# A sum and the participle that says what was done with it, up to the end of its clause
# (its end mark, or a word that opens the next clause).
_NEXT_CLAUSE: Final = r"(?:and\s+)?(?:which|that|while|but|was|were|is|are|has|have|will)\b"
_SPENT_AFTER: Final = re.compile(
    r"\s+(?P<verb>invested|mobilised|mobilized|allocated|disbursed|earmarked|pledged|raised)"
    rf"(?P<rest>(?:\s+(?!{_NEXT_CLAUSE})[\w’'-]+){{0,12}})(?=\s*(?:[,.;:)]|$)|\s+{_NEXT_CLAUSE})"
)
_INVESTOR: Final = re.compile(
    r"(?:^|\bthat\s+)(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+"
    r"(?:(?:has|have|had|will|would|also|already|plan\s+to|plans\s+to|intend\s+to|"
    r"intends\s+to|(?:is|are|was|were)\s+(?:ready|willing|prepared|set|expected)\s+to)\s+)*"
    r"invest(?:ed|s)?\s+(?:\w+\s+)?$"
)
_INVEST_BEFORE: Final = re.compile(r"\binvest(?:ed|s|ing)?\s+(?:\w+\s+)?$")
_ROUTE_AFTER: Final = re.compile(
    r"\s+(?P<route>(?:to|via|from|through|into)\s+(?:(?:our|their|its|his|her|the)\s+)?"
    r"[\w’'-]+(?:\s+(?!(?:by|in|on|at|for|with|and|last|this|next|over|under|until|before|"
    r"after|since|a|an|the)\b)[\w’'-]+){0,4})"
)
_LOCATED: Final = re.compile(r"\s+(?:in|at|near|on|across)\s+")
_PLACE_NOUNS: Final = words_of(
    "north south east west northwest northeast southwest southeast centre center region "
    "regions district province city capital country area oblast republic territory zone "
    "valley"
)
_THING_SPLIT: Final = re.compile(r"\s+(in|at|near|on|across|with)\s+", re.I)
_FUNDS: Final = words_of(
    "loans loan grants grant financing credit credits investment investments aid funding "
    "assistance commitment commitments pledge pledges"
)
_PROVIDER: Final = re.compile(
    rf"(?P<who>(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+(?:of\s+|for\s+)?[{UPPER}][\w’'-]*){{0,5}})"
    r"\s+(?:will\s+|would\s+|has\s+|have\s+|had\s+|is\s+|was\s+)?(?:also\s+)?"
    r"(?:(?:ready|set|expected|going|able|due|prepared)\s+to\s+)?"
    r"(?:provide|provided|providing|prepare|prepared|preparing|allocate|allocated|allocating|"
    r"pledge|pledged|offer|offered|approve|approved|grant|granted|commit|committed|earmark|"
    r"earmarked|extend|extended|open|opened|mobilise|mobilised|mobilize|mobilized|lend|lent)"
    r"\s+(?:\w+\s+)?$"
)
_WHICH_IS: Final = re.compile(r",\s+(?:which|that)\s+(?:is|was|are|were)\s+(?:\w+\s+)?$")
_MORE_LESS: Final = re.compile(
    r"\s+(?:(?P<more>more|higher|greater|up|above)|less|lower|down|below)\b"
)
# A short tail of the first figure ("in 2024-25"), then a comma: the next figure is said of it.
_APPOSED: Final = re.compile(r"[^,;.]{0,120},\s+(?:which\s+is\s+|an?\s+)?")
# "2.5 times more than", "three times as much as", "a 14 percent increase on ...".
_MORE_THAN: Final = re.compile(
    r"\s+(?:(?P<more>(?:more|higher|greater|larger|bigger|up)\s+(?:than|from|on|compared)\b"
    r"|as\s+(?:much|many|large|high)\s+as\b|(?:increase|rise|growth|jump|gain)\b)"
    r"|(?:less|lower|smaller|down)\s+(?:than|from|on|compared)\b"
    r"|(?:decrease|decline|drop|fall)\b)"
)


def _comparison(text: str, previous: FigureFound, figure: FigureFound) -> re.Match[str] | None:
    """The 'more'/'less' word of a percent said of the figure before it: "3.4 million tons,
    which is 62 percent more than ..." or "$340 million in 2024, nearly 30 per cent higher
    than a year earlier"."""
    if _WHICH_IS.search(text, max(0, figure.start - 30), figure.start):
        more = _MORE_LESS.match(text, figure.end)
        if more:
            return more
    if _APPOSED.fullmatch(text, previous.end, figure.start):
        return _MORE_THAN.match(text, figure.end)
    return None


_SAME_QUANTITY: Final = frozenset(["volume", "level", "figure", "amount", "number", "total"])
_CHANGE_OF: Final = re.compile(
    r",\s+(?:an?\s+)?(?:(?:increase|rise|growth|jump)|(?P<down>decrease|decline|drop|fall))"
    r"\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?$",
    re.I,
)
_TIME_TAIL: Final = re.compile(
    r"\s+(?:last year|this year|(?:in|since) (?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?|"
    r"(?:in|over|during) the (?:first|last|past) .*|(?:in|over|within|during) the next .*|"
    r"in [A-Z][a-z]+[-–][A-Z][a-z]+(?: (?:19|20)\d\d)?)$"
)
# A piece of every match of `_TIME_TAIL`: a "-" or "–" for "in March-May".
_TIME_TAIL_PARTS: Final = (
    "year",
    "since ",
    "in 19",
    "in 20",
    "the first ",
    "the last ",
    "the past ",
    "the next ",
    "-",
    "–",
)
_HORIZON: Final = re.compile(
    r"(?:\s+(?:this|that|the|its)\s+(?:volume|level|figure|amount|number))?\s+by\s+"
    r"(?P<year>(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\b(?![-–/])"
    r"|\s+(?P<level>the\s+(?:current|present|existing)\s+(?:level|volume))\b"
)
_NOW_AFTER: Final = re.compile(r"\s+(?:now|currently|at present|today)\b")


def _without_period(measure: str) -> str:
    """The measure without the period that closes it ("trade last year": "trade") or a
    target's deadline ("trade by 2030")."""
    if " by " in measure:
        measure = _BY_YEAR_TAIL.sub("", measure)
    if "year" not in measure and "in " not in measure and "since " not in measure:
        return measure  # (a measure without these is kept as it is)
    if not _has_any(measure, _TIME_TAIL_PARTS):
        return measure  # every period `_TIME_TAIL` reads has one of these
    return _TIME_TAIL.sub("", measure)


_NEXT_TAIL: Final = re.compile(r"\s+(?:over|within|in|during)\s+the\s+(?:next|coming)\b.*$")
# Between a sum and "over N years" that it is spread over: nothing, or its equivalent.
_SUM_THEN_SPAN: Final = re.compile(
    r"\)?\s*(?:\([^()]{1,60}\)\s*)?(?:(?:into|to|for|in)\s+(?:the\s+)?[a-z][\w-]*\s+)?"
)
# " for water and farm projects in the region ": what a sum or a count is of or for, with no
# clause's break or verb before the span after it.
_THING_THEN_SPAN: Final = re.compile(
    r"\s+(?:(?:for|of|in|to|on)\s+)?(?:(?!(?:is|are|was|were|will|would|has|have|had|which|that|"
    r"and\s+(?:to|will|would|is|are|the\s+\w+\s+(?:will|would)))\b)[\w’'-]+\s+){1,10}"
)
# "by 80 per cent over two years", "... over the next five years": a change, then its span.
_PERCENT_THEN_SPAN: Final = re.compile(r"\s+(?:(?:over|within)\s+the\s+(?:next|coming)\s+)?")
_PERIOD_BEFORE_YEARS: Final = re.compile(
    r"\b(?:(?:over|within|for|during|in)\s+the\s+(?:next|coming)|within|(?:for|during)\s+the"
    r"\s+first)\s+$",
    re.I,
)


# "support X with N", "finance X with N": the sum is the support for X.
_SUPPORTED_WITH: Final = re.compile(
    r"(?<![\w-])(?P<verb>support|supports|supported|supporting|finance|finances|financed|financing|"
    r"fund|funds|funded|funding|assist|assists|assisted|assisting)\s+"
    r"(?P<what>(?!with\b)[^,;]{3,120}?)\s+with\s+$"
)
# "N in grants and guarantees": what form the money takes.
_MONEY_KIND_AFTER: Final = re.compile(
    r"\s+in\s+(?P<kind>(?:(?:new|additional|further|fresh|concessional|soft)\s+)?"
    r"(?:grants?|loans?|guarantees?|aid|funding|financing|assistance|credits?|investments?)"
    r"(?:\s+and\s+(?:grants?|loans?|guarantees?|credits?|investments?))?)\b"
)
_BACKING_NOUNS: Final = {
    "supp": "support for",
    "fina": "financing of",
    "fund": "funding for",
    "assi": "assistance to",
}
_HOLDER_WITH: Final = re.compile(
    rf"(?P<name>[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+){{0,2}})\s+with\s+$"
)
# "with exports of $20.6 billion", "the grant of 1.9 billion drams": the noun before "of".
_AMOUNT_OF: Final = re.compile(
    r"(?<![\w’'-])(?P<np>(?:[\w’'-]+\s+)?(?:exports|imports|turnover|investments?|grants?|"
    r"loans?|revenues?|sales|budget|financing|funding|assistance|aid|credit\s+lines?|credit|"
    r"deficit|surplus|growth|increase|decline|inflation))"
    r"\s+of\s+$",
    re.I,
)
_HOLD_WORDS: Final = ("hold", "holds", "own", "owns", "control", "controls", "receive", "receives")
_HOLDS: Final = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+)(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+"
    r"(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+|to\s+)?(?:" + "|".join(_HOLD_WORDS) + r")\s+$"
)
_NAME_THEN_SHARE: Final = _led_by(
    ",a", rf"(?:,\s+(?:and\s+)?|\band\s+)(?P<name>[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+)?)\s+$"
)
_GIVEN_VERBS: Final = {
    **dict.fromkeys(["supply", "supplies", "supplied", "supplying"], "supplied"),
    **dict.fromkeys(["provide", "provides", "provided", "providing"], "provided"),
}
_GIVEN_WITH: Final = re.compile(r"\b(?P<verb>" + "|".join(_GIVEN_VERBS) + r")\s+$", re.I)
# "the contract will run for N years": how long the contract runs.
_RUNS_FOR: Final = re.compile(
    r"(?P<what>[\w’'-]+(?:\s+[\w’'-]+){0,5}?)\s+(?:will\s+|would\s+|is\s+to\s+|to\s+)?"
    r"(?:be\s+valid|remain\s+in\s+force|run|runs|last|lasts|is\s+valid)\s+for\s+$"
)
# "X, signed in 1996 for N years": the clause after the comma that told how long X runs.
_SIGNED_FOR_ASIDE: Final = re.compile(
    r"\s*(?:which\s+was\s+|was\s+)?(?:signed|concluded|agreed|renewed|awarded)"
    r"(?:\s+in\s+(?:19|20)\d\d)?\s+for\s+"
)
# "to grant carriers access to the port on preferential terms for N years": that access.
_GRANTED_FOR: Final = re.compile(
    r"\bto\s+(?P<verb>grant|give|lease|provide|offer|extend|allocate)\s+"
    r"(?P<np>[^,;]{3,100}?)\s+(?:on\s+[\w\s-]{3,30}?\s+)?for\s+$"
)
# "with about half going to X": the share that goes to X.
_GOING_TO: Final = re.compile(
    r"\s+(?:going|went|goes|go|will\s+go)\s+(?:to|towards)\s+(?:the\s+)?"
)
_FOR_PHRASE: Final = re.compile(r"[^.;]{0,120}?\bfor\s+(?:(?:the|a|an)\s+)?")
# "between Ireland and Great Britain" closing a phrase: the two places a link joins.
_BETWEEN_NAMES_END: Final = re.compile(
    rf"\s+between\s+(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,3}}"
    rf"\s+and\s+(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,3}}$"
)
_CAPACITY_OF: Final = re.compile(
    r"\b(?:with\s+)?(?:a|an|the|its)\s+(?:\w+\s+)?(?P<what>capacity|output|length|cost|value|"
    r"area|volume|deadweight)\s+of\s+$",
    re.I,
)


# "Shares of X closed 4 percent higher", "the index ended 0.6% lower": a market's move.
_MARKET_VERBS: Final = ("closed", "ended", "finished", "opened", "traded")
_HIGHER_AFTER: Final = re.compile(r"\s+(?P<way>higher|lower|up|down)\b")
_MARKET_MOVE: Final = re.compile(
    r"(?:^|[,;]\s+|\bthat\s+)(?P<np>[\w’'().&\- ]{3,80}?)\s+"
    r"(?:closed|ended|finished|opened|traded)\s+$"
)
_CAPACITY_SUBJECT: Final = re.compile(
    r"(?:^|[,;]\s+|\bthat\s+)(?:(?:the|its|their)\s+)?(?P<np>[\w’'\- ]{3,80}?)\s+"
    r"(?:will|would|is|are|was|were|has|have|had|should|could|can|to)\s+"
    r"(?:(?:now|also|be|been|expected|designed|due|set|planned|to)\s+)*"
    r"(?:(?:upgraded|expanded|increased|raised|brought)\s+to|have|reach)\s+$"
    r"|\b(?:the|a|an)\s+(?P<named>[^,;()]{3,80}?),\s+$"
    # "a plant for X, with an investment of N and a capacity of M": the plant's
    r"|\b(?:the|a|an)\s+(?P<equipped>[^,;()]{3,80}?),?\s+with\s+[^;]{3,80}?\s+and\s+$",
    re.I,
)
_ON_WHAT: Final = re.compile(r"\s+(?P<prep>on|for|of)\s+(?:(?:the|a|an)\s+)?")
_YEAR_DIGITS: Final = re.compile(r"(?:19|20)\d\d")
_ACCOUNT_WORDS: Final = ("accounting", "accounts", "accounted", "account")
_PRONOUN_OBJECT: Final = re.compile(r"\s+(?:it|them)\b")
# "double it by 2030", "triple it in the next two years": the object, then when, or the end.
_GROWN_IT_AFTER: Final = re.compile(
    r"\s+(?:it|them)(?:\s+(?:by|within|in|over|during|before|and)\b|\s*[,.;\"”]|\s*$)"
)
# "increase it five-fold", "to raise them 2.5 times": a verb of growth and its pronoun object.
# ("lift it at least sixfold": with a qualifier before the multiple)
_GROWN_IT_BEFORE: Final = re.compile(
    r"\b(?:increas|rais|boost|grow|expand|lift|multipl)[a-z]*\s+(?:it|them)\s+(?:by\s+)?"
    r"(?:(?:at\s+least|almost|nearly|about|more\s+than|over)\s+)?$"
)
_AUXILIARY_END: Final = re.compile(
    r"(?:\s+(?:had|has|have|was|were|is|are|been|also|could|would|will|may|might|can|should))+\s*$"
)
_ACCOUNTING: Final = re.compile(r"\s+(?:accounting|accounts|accounted|account)$")
_LEVEL_TO: Final = re.compile(
    r"\b(?:rose|grew|increased|climbed|jumped|reached|fell|dropped|declined|decreased)\s+to\s+$"
)


# Verbs whose object is a count of things someone does or makes: each form -> participle.
_DOING: Final[dict[str, str]] = {}
for _forms in (
    "implement implements implementing implemented implemented",
    "undertake undertakes undertaking undertook undertaken",
    "build builds building built built",
    "construct constructs constructing constructed constructed",
    "launch launches launching launched launched",
    "open opens opening opened opened",
    "create creates creating created created",
    "run runs running ran run",
    "operate operates operating operated operated",
    "finance finances financing financed financed",
    "fund funds funding funded funded",
    "sign signs signing signed signed",
    "conclude concludes concluding concluded concluded",
    "complete completes completing completed completed",
    "establish establishes establishing established established",
    "employ employs employing employed employed",
    "hire hires hiring hired hired",
    "train trains training trained trained",
    "develop develops developing developed developed",
    "assemble assembles assembling assembled assembled",
    "manufacture manufactures manufacturing manufactured manufactured",
    "host hosts hosting hosted hosted",
    "attract attracts attracting attracted attracted",
    "register registers registering registered registered",
    "cover covers covering covered covered",
    "include includes including included included",
    "modernize modernizes modernizing modernized modernized",
    "modernise modernises modernising modernised modernised",
    "upgrade upgrades upgrading upgraded upgraded",
    "commission commissions commissioning commissioned commissioned",
    "supply supplies supplying supplied supplied",
    "admit admits admitting admitted admitted",
    "deliver delivers delivering delivered delivered",
    "plant plants planting planted planted",
    "install installs installing installed installed",
    "process processes processing processed processed",
    "shortlist shortlists shortlisting shortlisted shortlisted",
    "select selects selecting selected selected",
):
    _DOING.update(dict.fromkeys(_forms.split(), _forms.rsplit(" ", 1)[-1]))
_DOING_WORDS: Final = (*_DOING, " of", " with")
# Past tenses whose subject did the deed: "X signed deals worth N", the deals signed by X.
_DONE_BY_DOER: Final = words_of(
    "signed concluded built constructed launched implemented financed funded delivered "
    "supplied completed"
)
_EITHER_VERB: Final = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(_DOING, key=len, reverse=True)) + r")\s+or\s+$", re.I
)
_AUX_TAIL: Final = re.compile(
    r"(?:\s+(?:have|has|had|will|would|also|already|jointly))+\s*$", re.I
)
_DONE_BY: Final = re.compile(
    r"(?<![\w’'-])(?P<subject>(?:[\w’'-]+\s+){0,5}?[\w’'-]+\s+)??"
    r"(?:(?:are|is|were|was|have|has|had|will|would|could|can|may|also|already|currently|"
    r"now|been|be|jointly|successfully|(?:expected|agreed|plans?|planned|aims?|set|ready|"
    r"going|able|intends?|intended|decided|want|wants|wanted|hopes?)\s+to)\s+)*"
    r"(?P<verb>" + "|".join(sorted(_DOING, key=len, reverse=True)) + r")\s+"
    rf"(?:(?P<to>[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*)?)\s+with\s+)?$"
    r"|\b(?P<noun>creation|construction|opening|signing|training|implementation|launch)"
    r"\s+of\s+$",
    re.I,
)
_DONE_BY_ASCII: Final = _ascii_twin(_DONE_BY)
_NOUN_DONE: Final = {
    "creation": "created",
    "construction": "built",
    "opening": "opened",
    "signing": "signed",
    "training": "trained",
    "implementation": "implemented",
    "launch": "launched",
}
# Words no subject of a verb has: pronouns, auxiliaries, numbers.
_NOT_SUBJECT: Final = _NP_STOP_WORDS | words_of(
    "he she they we it i you who which that this these those expected agreed plans plan aims "
    "set ready also and or but million billion trillion thousand"
    # The parties of a meeting sign "documents signed", not "signed by sides".
    " sides parties countries leaders delegations"
)
_GENERIC_COUNTS: Final = words_of("units pieces items")
_PEOPLE: Final = words_of("people persons")


_DOCUMENTS: Final = words_of(
    "agreements agreement memoranda memorandums memorandum mous mou documents document "
    "contracts contract protocols protocol roadmaps roadmap"
)
_GIVEN: Final = words_of("scholarships places quotas grants visas seats slots stipends")
_GIVEN_TO: Final = re.compile(
    # "to Georgian students": a demonym before those who get them
    r"(?P<when>\s+(?:a|per|each)\s+year|\s+annually)?\s+(?:to|for)\s+(?:the\s+)?"
    r"(?=[a-z]|[A-Z][a-z]+\s+[a-z])"
)
_ABOUT_AFTER: Final = re.compile(r"\s+(?P<prep>on|to)\s+")
_FUNDS_FOR: Final = re.compile(
    r"\s+(?P<prep>in|for|into|to(?!\s+(?:be|date)\b)(?=\s+[a-z]))\s+(?:(?:a|an|the)\s+)?"
    # "cofinancing through the Green Facility": the channel the money goes through, by name.
    r"|\s+(?P<channel>(?:through|via)\s+(?:the\s+)?)(?=[A-Z])"
)
# Money words that head the phrase after a sum, with the funds of `_FUNDS`: "$5 million in
# humanitarian support to the flood response", "€9 million in cofinancing through X".
_FUNDS_AFTER_SUM: Final = _FUNDS | words_of("support cofinancing co-financing")
# "to build a seed bank": a purpose's verb and the article of its object.
_VERB_THEN_ARTICLE: Final = re.compile(r"(?P<verb>[a-z]+)\s+(?:a|an|the|its|their|new)\s+")


def _aim_after(text: str, pos: int, prep: str) -> str | None:
    """The phrase after a sum's preposition at `pos` ("to the flood response", "to build a
    seed bank in X": its verb and object; "through the Green Facility")."""
    verb = _VERB_THEN_ARTICLE.match(text, pos) if prep == "to" else None
    aim = _np_after(text, verb.end() if verb else pos, allow_of=False)
    if aim and verb:
        return f"{verb['verb']} {aim}"
    return aim


# "a grant of N to build a seed bank", "investments of N in Andean ports": what a sum named
# before it goes to, right after the sum.
_SUM_GOES: Final = re.compile(
    r"\s+(?P<prep>to(?!\s+(?:be|date)\b)(?=\s+[a-z])|(?P<in>in)(?=\s+(?:the\s+)?[a-z]*\s?[A-Z]?[a-z]))"
    r"\s+(?:(?:a|an|the)\s+)?"
    r"|\s+(?P<channel>(?:through|via)\s+(?:the\s+)?)(?=[A-Z])"
)


# "people in Central Asia", "a site at Bandar Abbas": where the counted things are.
_PLACE_IN_OR_AT: Final = re.compile(
    rf"\s+(?P<prep>in|at)\s+(?:the\s+)?(?P<place>[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}}"
    rf"(?:\s+of\s+(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}}"
    r"|\s+(?:region|province|oblast|district))?)"
)
# "at Kazakh universities": a capitalised adjective before a plural noun is no place.
_LOWER_WORD_AFTER: Final = re.compile(r"\s+(?!(?:was|is|has|this|its)\b)[a-z][a-z-]*s\b")
_HYPHEN_UNIT: Final = re.compile(r"\d-[a-z]")


def _place_after(text: str, end: int) -> str:
    """ " in X" or " at X" when a capitalised place follows the counted things; else ""."""
    place = _PLACE_IN_OR_AT.match(text, end)
    if place is None or _LOWER_WORD_AFTER.match(text, place.end()):
        return ""  # "at Kazakh universities": an adjective, not a place
    return f" {place['prep']} {place['place']}"


# Things built at a place: "a $40 million terminal at X".
_SITES: Final = words_of(
    "facility terminal plant factory hub centre center park warehouse complex refinery "
    "mill station"
)


def _whole_place_after(text: str, end: int) -> str:
    """`_place_after`, when the place's name ends there: not "in X's" nor the first three
    words of a longer name ("in Alat Free Economic [Zone]")."""
    place = _PLACE_IN_OR_AT.match(text, end)
    if place is None or place["place"].endswith(("’s", "'s")):
        return ""
    after = place.end()
    if text[after : after + 1] == " " and text[after + 1 : after + 2].isupper():
        return ""
    return _place_after(text, end)


def _about(text: str, documents: str, end: int) -> str:
    """ " on X" or " to X" when counted documents say what they are about ("three MoUs to
    fast-track the X project", "four agreements on trade"); " a year for X" when counted
    places or scholarships say who gets them; else ""."""
    head = documents.split()[-1].lower()
    if head in _GIVEN:
        given = _GIVEN_TO.match(text, end)
        who = _np_after(text, given.end(), allow_of=False) if given else None
        return f"{given.group('when') or ''} for {who}" if given and who else ""
    if head not in _DOCUMENTS:
        return ""
    about = _ABOUT_AFTER.match(text, end)
    what = _np_after(text, about.end(), allow_of=False) if about else None
    return f" {about.group('prep')} {what}" if about and what else ""


_CLAUSE_PREPOSITIONS: Final = (" in", " with", " to")
# "the Korean diaspora of some 100,000 people": the people in the diaspora.
_PEOPLE_OF: Final = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+"
    r"(?P<group>(?:(?!(?:a|an|the|to|of|in|for)\b)[\w’'-]+\s+){0,3}?[\w’'-]+)\s+of\s+$"
)
_AND_ARTICLE: Final = re.compile(r"\s+and\s+(?:the|a|an)\s+")
_BARE_PP: Final = re.compile(
    r"\s+(?P<pp>(?:at|in|with|for)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|which|while|since|last|this|under)\b)"
)
_ACTION_LEAD: Final = re.compile(
    r"^(?:construction|building|signing|launch|creation|development|commissioning)\s+of\s+"
    r"(?:(?:the|a|an)\s+)?(?:power\s+purchase\s+agreements\s+for\s+)?"
)
# "the plant will be built on an area of N": the area of the plant.
_BUILT_ON_AREA: Final = re.compile(
    r"(?P<thing>[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:will\s+be|is|was|are|were|to\s+be)\s+"
    r"(?:built|located|constructed|set\s+up|placed)\s+on\s+(?:an?|the)\s+(?:total\s+)?"
    r"area\s+of\s+$"
)
_AREAS: Final = frozenset(["hectares", "square metres", "square km"])
_SIZE_OF: Final = {"km": "length", "MW": "capacity", "GW": "capacity"}
_NAME_APPOSED: Final = re.compile(
    rf"(?P<name>[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{1,5}}),\s+an?\s+$"
)
_YEARS_TAIL: Final = re.compile(r"\s+(?:for|in)\s+(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?$")
_WHICH_LEAD: Final = re.compile(r"\s*(?:which|that)\s")
# "a Japanese business mission of 25 companies": the companies in the mission.
_GROUP_OF: Final = re.compile(
    r"\b(?:a|an|the)\s+(?P<group>(?:[\w’'-]+\s+){0,3}?"
    r"(?:mission|delegation|consortium|group|team|network|fleet|alliance))\s+of\s+$"
)
# "the commissioning of N GW of capacity", "the replacement of N km of networks".
_ACTION_OF: Final = re.compile(
    r"\b(?:the|a|an)\s+(?P<noun>[a-z]+(?:ing|tion|ment|sion|ance)|repair|supply|purchase|"
    r"delivery|transfer|sale|shipment|export|import|transit)\s+of\s+$"
)
# Bare verbs of a plural subject ("trade houses operate in N countries").
_BARE_VERBS: Final = words_of(
    "operate work live study trade cooperate export import invest participate maintain have"
)
_ADVERBS: Final = words_of("already currently also now still jointly")
_CLAUSE_LEAD: Final = re.compile(r"^\s*(?:and|but|while|whereas|so)\s+", re.I)


def _may_be_verb(words: list[str], i: int) -> bool:
    """Whether `words[i]` may be the verb of a clause: a bare verb of a plural subject, an
    auxiliary, a past form, or an "-s" form with an object after it ("exports gas")."""
    word = words[i]
    low = word.lower()
    if low in _BARE_VERBS or low in ("is", "are", "was", "were", "has", "have", "had"):
        return True
    if not word.islower():
        return False
    if low.endswith("ed"):
        return True
    return (
        low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and i < len(words) - 2
        and words[i + 1].islower()
        and words[i + 1] not in _NP_STOP_WORDS
        and words[i + 1] not in ("of", "and", "or", "for", "with")
    )


def _clause_before_count(clause: str) -> str | None:
    """ "Kazakhstan maintains relations with " (the clause before a count, ending in its
    preposition): "Kazakhstan maintains relations with"; "in" reads "where X operate". None
    when the clause has no subject before a verb."""
    words = _CLAUSE_LEAD.sub("", clause).split()
    if not 3 <= len(words) <= 10 or words[0].lower() in _NP_STOP_WORDS:
        return None
    verb = next((i for i in range(1, len(words) - 1) if _may_be_verb(words, i)), None)
    if verb is None or any(
        w.lower() in _NOT_SUBJECT and w.lower() not in _ADVERBS for w in words[:verb]
    ):
        return None
    kept = [w for w in words if w.lower() not in _ADVERBS]
    first = kept[0]
    if first[1:].islower() and clause.strip() == " ".join(words) and not country_of_word(first):
        kept[0] = first.lower()  # the capital of the sentence's first word
    if kept[0] in ("The", "A", "An"):
        kept[0] = kept[0].lower()
    if kept[-1].lower() == "in":
        return "where " + " ".join(kept[:-1])
    return " ".join(kept)


# Every word of the auxiliaries `_DONE_BY` reads between a subject and its verb.
_DONE_AUX_WORDS: Final = words_of(
    "are is were was have has had will would could can may also already currently now been be "
    "jointly successfully expected agreed plan plans planned aim aims set ready going able "
    "intend intends intended decided want wants wanted hope hopes to"
)
_WORD_RUN: Final = re.compile(r"\S+")
_WORDISH_END: Final = re.compile(r"[\w’'-]*$")


def _done_by_from(tail: str) -> int | None:
    """Where in `tail` a `_DONE_BY` match may start at the earliest; None when none can.

    A match ends the tail: a verb of `_DOING` (perhaps "Name with" after it) or "creation
    of", so its verb is one of the tail's last four words; before the verb stand only
    auxiliaries, and before them a subject of at most six words. Searching from there finds
    the same match as searching the whole tail, without trying the subjects, auxiliaries and
    the long alternation of verbs at every word. A word that is not ASCII may match a word of
    the pattern without ignoring case alike (`re.I`), so it counts as any word."""
    if not tail[-1:].isspace():
        return None  # every match ends in white space
    runs = list(_WORD_RUN.finditer(tail))
    n = len(runs)
    if n == 0:
        return None
    last = runs[-1].group().lower()
    odd = not last.isascii()
    verbs = [n - 1]
    if last == "with" or odd:
        verbs += [n - 3, n - 4]  # "supplied Name with"
    first = n
    for verb in verbs:
        if verb < 0:
            continue
        word = runs[verb].group()
        verb_word = _WORDISH_END.search(word)  # "(built": the verb after the bracket
        if word.isascii() and verb_word and verb_word.group().lower() not in _DOING:
            continue
        start = verb
        while start > 0 and (
            (word := runs[start - 1].group()).lower() in _DONE_AUX_WORDS or not word.isascii()
        ):
            start -= 1
        first = min(first, start)
    if first < n:
        return runs[max(0, first - 6)].start()
    if n > 1 and (last == "of" or odd):
        return runs[n - 2].start()  # "the creation of"
    return None


def _done_by(clause: str) -> tuple[str, str | None] | None:
    """ "Serbian companies are implementing " (the clause before a count): the participle of
    its verb and its subject, None where the subject is a pronoun or missing."""
    tail = clause[-90:]
    if _has_any(tail, _CLAUSE_BREAK_PARTS):
        for split in _CLAUSE_BREAK.finditer(tail):
            tail = tail[split.end() :]
    start = _done_by_from(tail)
    done_by = _DONE_BY_ASCII if tail.isascii() else _DONE_BY
    match = done_by.search(tail, start) if start is not None else None
    if match is None:
        return None
    if match.group("noun"):  # "with the creation of 3,000 jobs"
        return _NOUN_DONE[match.group("noun").lower()], None
    participle = _DOING[match.group("verb").lower()]
    if match.group("to"):
        participle = f"{participle} to {match.group('to')}"  # "supplied X with N tractors"
    raw = match.group("subject")
    either = _EITHER_VERB.search(raw) if raw and raw.endswith(" or ") else None
    if raw and either:
        # "have built or modernized N facilities": built or modernized, by the subject.
        participle = f"{_DOING[either['verb'].lower()]} or {participle}"
        raw = _AUX_TAIL.sub("", raw[: either.start()])
    subject = _clean_np(raw) if raw else None
    if subject and any(w.lower() in _NOT_SUBJECT or w[0].isdigit() for w in subject.split()):
        subject = None  # "that will create", "$1.5 billion and will create"
    return participle, subject


# A thing that has a value, then its complements up to a comma: "the X project of the Y
# company in the Z region", "a contract between X and Y on the supply of gas".
_VALUED_HEAD: Final = re.compile(
    r"\b(?P<article>the|a|an)\s+(?P<np>(?:[\w’'-]+\s+){0,4}?(?:project|plant|contract|agreement|"
    r"deal|programme|program|package|portfolio|facility|complex|factory|order|pipeline|railway|"
    r"terminal|station|mine|refinery)s?)\s+(?:of|with|between|on|in|for|along|at|to)\s[^,;()]*$"
)


# "a contract between X and Y on technology exchange": what the valued thing is about.
_ON_SUBJECT: Final = re.compile(r"\s(?:on|for)\s+(?:the\s+)?(?=[a-z])")
_WHERE_CUT: Final = re.compile(r"\s(?:along|across|in|at|near|with|between|from|to|through)\s")


_NO_GIVER: Final = words_of(
    "the it which that who they we he she to already also budget will would could can may "
    "might shall should has have had is are was were plan plans"
)


def _names_giver(who: str) -> bool:
    """Whether the words before "will allocate" name who gives ("the Kuwait Fund", "Russia",
    "the city"), not a pronoun, a relative or a stray word ("which", "it", "already")."""
    words = _AUX_END.sub("", who).split()
    return bool(words) and words[-1].lower() not in _NO_GIVER and words[-1][:1].isalpha()


# "N meetings on the sidelines of the summit": the event the counted talks are held at.
_ON_SIDELINES: Final = re.compile(
    r"\s+(?:[\w-]+\s+){1,3}?on\s+the\s+(?P<side>sidelines|margins)\s+of\s+(?:the\s+)?"
    r"(?P<event>(?:[\w’'-]+\s+){0,4}?(?i:summit|forum|session|assembly|meeting|conference|"
    r"congress|talks|games|week))\b"
)
_TALK_NOUNS: Final = words_of("meetings talks bilaterals contacts sessions")


# A thing with a length: a distance in km said of one of them is that thing's length.
_LINEAR: Final = words_of(
    "railway railroad pipeline cable border frontier road highway motorway expressway line "
    "link bridge canal corridor route tunnel"
)
_LINEAR_CUT: Final = re.compile(r"\s(?:of|with|under|across|between|from|to|in|on|along)\s")
_STRETCH_WORDS: Final = words_of("stretches stretch runs run passes pass long")


def _length_of(measure: str) -> str | None:
    """ "length of the railway" for a distance measured as one linear thing ("railway",
    "Tajik-Afghan border stretches", "frontier with X"); None for anything else (roads or
    lines built, a section or an extension, which are amounts of work, not a length)."""
    words = measure.split()
    while words and words[-1].lower() in _STRETCH_WORDS:
        words.pop()  # "the border stretches N km": the border
    if not words or any(w[:1].isdigit() for w in words):
        return None
    phrase = " ".join(words)
    head = _LINEAR_CUT.split(phrase, 1)[0].split()[-1].lower()
    if head not in _LINEAR or words[0].lower() in ("length", "section", "extension", "new"):
        return None
    return f"length of the {without_article(phrase)}"


def _without_country(measure: str) -> str:
    """The measure without the country it ends on ("projects in Ruritania": "projects")."""
    head, sep, where = measure.rpartition(" in ")
    return head if sep and country_of_name(where) else measure


def _thing_before(text: str) -> str | None:
    """The noun phrase that ends `text`, without a place ("a plant in the X region"), a
    named place ("a terminal at the X Port") or a "with" phrase of figures ("a station with a
    capacity of 200 MW"): the last phrase after an article, headed by a lower-case noun."""
    words = text.rstrip(" ,").split()[-16:]
    parts = _THING_SPLIT.split(" ".join(words))
    found = None
    # `parts` alternates phrases and the words that split them; after a place's preposition,
    # a phrase that starts with a name is a place ("in the Sughd region").
    for i in range(0, len(parts), 2):
        phrase = parts[i].split()
        articles = [j for j, w in enumerate(phrase) if w.lower() in ("a", "an", "the")]
        rest = phrase[articles[-1] + 1 :] if articles else []
        while rest and rest[0][:1].isdigit() and rest[0].rpartition("-")[2].isalpha():
            rest = rest[1:]  # "a 450,000-square-metre logistics park": the park
        if (
            rest
            and rest[-1][:1].islower()
            and (
                i == 0
                or parts[i - 1].lower() == "with"
                or articles[-1] > 0  # "in Hohhot and visit the X zone": not the place
                or (rest[0][:1].islower() and rest[-1].lower() not in _PLACE_NOUNS)
            )
            and not any(w[:1].isdigit() for w in rest)  # "Kambarata-1" is a name
            and not any(w.lower() in _NP_STOP_WORDS for w in rest)
        ):
            found = " ".join(rest)
    return _clean_np(found) if found else None


# ", eight in total.", ", 12 in all": a count of what the clause before it told.
_IN_TOTAL_AFTER: Final = re.compile(r"\s+in\s+(?:total|all)\s*(?:[.;]|$)")
# What may open a clause before its subject: "Then", "Later", "In addition,".
_CLAUSE_OPENER: Final = re.compile(
    r"(?:(?:then|later|finally|also|afterwards|subsequently|in\s+addition|overall|altogether)"
    r",?\s+)?",
    re.I,
)


def _predicate(text: str, pos: int) -> str:
    """The verb phrase right after a noun phrase, without its auxiliaries, or ""."""
    match = _PREDICATE.match(text, pos)
    if not match or match.group("verb") in ("according",):
        return ""
    verb = f"to {match['base']}" if match["base"] else match["verb"]
    rest = match.group("rest").split()
    if text[match.end() : match.end() + 2].lstrip()[:1] in ("–", "—", "-"):
        rest = []  # "signed at the Central Asia–Japan Forum": a name cut at its dash
    while rest and rest[-1].lower() in _TRAILING_WORDS:
        rest.pop()
    if rest and rest[-1].lower() == "up":
        rest.pop()  # "ferries carrying up to 120 railcars": "up to" is the next figure's
    cut = next(
        (
            i
            for i, w in enumerate(rest[:-1])
            if w in ("over", "during", "within")
            and (rest[i + 1] if rest[i + 1] != "the" else "".join(rest[i + 2 : i + 3]))
            in _PERIOD_LEADS
        ),
        None,
    )
    if cut is not None:
        rest = rest[:cut]  # "signed between them over the past (two years)": the period cut
    if verb in ("become", "became"):
        verb = "that became"  # "12 firms had become residents of X": firms that became ...
    if rest and len(rest) == 6 and rest[-1][:1].isupper():
        more = _NAME_GOES_ON.match(text, match.end())
        if more:
            rest += more.group().split()  # "residents of the X Free Economic Zone": all the name
    return " ".join([verb, *rest])


# "..., the chemical industry by 9.6%": a change said with its verb left out.
_GAPPED_BY: Final = re.compile(
    r"(?:^|,\s+|\band\s+)(?:the\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?)\s+by\s+$"
)
_CHANGE_VERB_BY: Final = re.compile(
    r"\b(?P<verb>increased|rose|grew|fell|declined|decreased|dropped)\s+by\b", re.I
)
# "our trade is still modest" before ", about N": what the figure then measures.
_IS_ADJECTIVE: Final = re.compile(
    r"(?:^|[,;:“\"]\s*|\bthat\s+)(?P<subject>[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+"
    r"(?:is|was|are|were|remains|remained)\s+(?:still\s+|very\s+|relatively\s+|quite\s+)?"
    r"[a-z]+$"
)
_REACHING_WORDS: Final = words_of(
    "reaching totaling totalling amounting hitting exceeding topping"
)
_VERB_FIRST: Final = words_of(
    "rose grew increased fell declined decreased dropped climbed jumped reached totaled "
    "totalled amounted stood exceeded"
)


# An aside that lists what a subject is made of: "exports, mainly textiles and fruit, were".
_ASIDE_LEADS: Final = (
    ", mainly ",
    ", mostly ",
    ", chiefly ",
    ", largely ",
    ", primarily ",
    ", notably ",
    ", including ",
    ", such as ",
)
_BE_FIRST: Final = words_of("were was are is")


# "with X (alone) accounting for": the part a share after it is of; an aside between
# ("with Indonesian exports, mainly palm oil, accounting for") is left out.
_WITH_ACCOUNTING: Final = re.compile(
    r"\bwith\s+(?P<np>[^,;()]{2,80}?)(?:,[^,;()]{1,40},)?\s+(?:alone\s+)?accounting\s+for\s*$"
)


def _subject_np(clause: str, before: str, comma: int) -> str | None:
    """The subject of the figure's clause; "…, which rose to N" takes the noun before it;
    "…, up 3.6 percent" takes the subject of the sentence."""
    bare = clause.strip().lower()
    first = bare.split(" ", 1)[0]
    if comma >= 0 and first in ("which", "that"):
        # "the number of container trains, which exceeded 30,000": the noun before
        # ("foreign investment into its mining sector, which ...": the mining sector).
        noun = " ".join(before[:comma].split()[-6:])
        cut = list(_PREPOSITION.finditer(noun))
        if cut and cut[-1].end() < len(noun) and noun[cut[-1].end()].isupper():
            # "the share of finished goods in exports to Italy, which stands at N": the
            # phrase from its article, not the place that closes it
            words = before[:comma].split()[-10:]
            at = max((i for i, w in enumerate(words) if w in ("the", "its", "their")), default=-1)
            phrase = " ".join(words[at + 1 :]) if 0 <= at < len(words) - 3 else ""
            whole = _clean_np(phrase) if phrase and not any(c.isdigit() for c in phrase) else None
            if whole:
                return whole
        if cut and cut[-1].end() < len(noun):
            noun = noun[cut[-1].end() :]
        place, sep, thing = noun.partition(" and the ")
        if sep and place.istitle() and len(place.split()) <= 2 and thing[:1].islower():
            noun = thing  # "assembly of tractors in X and the expansion of trade, which"
        return _clean_np(noun)
    second = bare.split(" ", 2)[1:2]
    if (
        comma >= 0
        and first in ("but", "and", "yet")
        and second
        and (second[0] in _HAVE or second[0] in _BE_FIRST or second[0] in _VERB_FIRST)
    ):
        # "exports are still small, but have risen by 25%": the subject before the comma.
        subject = _subject_before(before[:comma])
        return _clean_np(subject) if subject else None
    if comma >= 0 and (first in _REACHING_WORDS or bare == "to"):
        # "trade had doubled over three years, reaching $310 million" (or ", to $310
        # million"): the trade.
        subject = _subject_before(before[:comma])
        return _clean_np(subject) if subject else None
    listed = (
        max(before.rfind(lead, 0, comma) for lead in _ASIDE_LEADS)
        if comma >= 0 and (first in _VERB_FIRST or first in _BE_FIRST)
        else -1
    )
    if listed > 0:
        # "X's exports to Y, mainly A, B and C, were valued at N": those exports.
        listing = _clean_np(
            before[max(before.rfind(", ", 0, listed), before.rfind(". ", 0, listed)) + 1 : listed]
        )
        if listing:
            return listing
    aside = before.rfind(", which ", 0, comma) if comma >= 0 and first in _VERB_FIRST else -1
    if aside >= 0:
        # "Mining, which accounts for 54% of output, rose by 8%": mining.
        return _clean_np(
            before[max(before.rfind(", ", 0, aside), before.rfind(". ", 0, aside)) + 1 : aside]
        )
    if comma >= 0 and first in _CHANGE_WORDS:
        # "trade reached $4.4 billion, growing 11.2 per cent": the sentence's subject.
        subject = _subject_before(before[:comma])
        owner = _clean_np(subject) if subject else None
        if owner and first not in ("up", "down"):
            return f"decline in {owner}" if first in _FALLING else f"growth of {owner}"
        return owner
    subject = _subject_before(clause)
    return _clean_np(subject) if subject else None


def _may_name_period(text: str) -> bool:
    """The cheap test before reading `_TIME_AFTER` in `text`: each period it reads, but a
    month, has a year, "last" or "this"."""
    low = text.lower()
    return (
        "last" in low
        or "this" in low
        or "past" in low
        or ("months" in low and "over" in low)  # "grew 14% over nine months"
        or (("19" in text or "20" in text) and _YEAR_DIGITS.search(text) is not None)
    )


_IN_WHICH: Final = re.compile(r",\s+(?:in|into|at)\s+which\s+[^,;]*$")


def _which_resolved(text: str, pos: int, measure: str) -> str:
    """ "X, the cost of which is N": the cost of X; "X, in which Y holds a N% stake": Y's stake
    in X. X is the thing before the comma (`_thing_before`)."""
    before = text[:pos]
    if measure == "which" or measure.endswith(" of which"):
        comma = before.rfind(",", 0, before.rfind("which"))
        thing = _thing_before(before[:comma]) if comma > 0 else None
        if thing:
            return f"{measure[:-5]}the {thing}" if measure != "which" else thing
        return measure
    inside = _IN_WHICH.search(before, max(0, pos - 120))
    if inside:
        thing = _thing_before(before[: inside.start()])
        if thing and thing not in measure:
            return f"{measure} in the {thing}"
    return measure


# "the X Border Post, which handles about 2,300 lorries a day": the lorries handled by X.
_WHICH_DOES: Final = re.compile(
    r",\s+which\s+(?:currently\s+|now\s+|already\s+|also\s+)?"
    # "which is expected to carry up to 4 GW", "which will handle 2 million tonnes"
    r"(?:(?:is|are)\s+(?:expected\s+|designed\s+|due\s+|set\s+)?to\s+|will\s+|would\s+|can\s+)?"
    r"(?P<verb>[a-z]+)\s+"
    r"(?:(?:about|some|around|nearly|almost|over|more\s+than|all|up\s+to)\s+)?$"
)
_DONE_FORMS: Final = {
    "handles": "handled",
    "covers": "covered",
    "employs": "employed",
    "hosts": "hosted",
    "serves": "served",
    "carries": "carried",
    "connects": "connected",
    "links": "linked",
    "includes": "included",
    "produces": "produced",
    "houses": "housed",
    "unites": "united",
    "involves": "involved",
    "receives": "received",
    "processes": "processed",
    "supplies": "supplied",
    "exports": "exported",
    # after "is to", "will", "can": "which will carry", "which is expected to handle"
    "handle": "handled",
    "cover": "covered",
    "employ": "employed",
    "serve": "served",
    "carry": "carried",
    "connect": "connected",
    "produce": "produced",
    "process": "processed",
    "supply": "supplied",
    "export": "exported",
    "receive": "received",
}
_THING_LINKS: Final = words_of("by in of for at on with to from and or")


def _done_by_antecedent(text: str, pos: int, measure: str) -> str:
    """ "the Orvala Border Post, which handles about 2,300 lorries a day": the lorries a day
    handled by the Orvala Border Post; the thing is the phrase after the last article (or
    from a possessive: "Ruritania's revised offer, which covers all 7,118 tariff lines")."""
    which = _WHICH_DOES.search(text, max(0, pos - 60), pos)
    done = _DONE_FORMS.get(which["verb"]) if which else None
    if which is None or done is None or not measure or " by " in measure:
        return measure
    # The last eight words before "which", read in a window before it (the whole prefix only
    # when the window holds too few words to be sure its first one is whole).
    low = max(0, which.start() - 200)
    words = text[low : which.start()].split()
    if low > 0 and len(words) <= 8:
        words = text[: which.start()].split()
    words = words[-8:]
    at = max((i for i, w in enumerate(words) if w.lower() in ARTICLES), default=-1)
    if at >= 0:
        if at > 0 and words[at - 1].lower() == "by":
            return measure  # "a plant built by a Chinese company, which produces": whose?
        thing = " ".join(words[at + 1 :])
        article = "the "
    else:
        owner = max((i for i, w in enumerate(words[-5:]) if w.endswith(("'s", "’s"))), default=-1)
        if owner < 0:
            return measure
        thing = " ".join(words[-5:][owner:])
        article = ""
    head, comma, aside = thing.partition(",")
    if comma and any(c.isdigit() for c in aside):
        thing = head  # "the X cable, about 1,100 km long, which carries": the cable
    if not thing or not thing[-1:].isalnum() or "," in thing:
        return measure
    if not _THING_LINKS.isdisjoint(thing.split()):
        return measure  # "the Ural region built by local firms, which": not one thing
    if measure.endswith(f" {done}"):
        return f"{measure} by {article}{thing}"  # "electricity carried": by the cable
    if done in measure or thing.split()[-1] in measure:
        return measure  # "projects included in the programme": told already
    return f"{measure} {done} by {article}{thing}"


# "targets a fiscal deficit of 3.2 percent of GDP", "keeping public debt below 50 percent
# of GDP": what the share is of.
_NOUN_OF_SHARE: Final = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+$"
    r"|\b(?:keeping|keep|keeps|holding|hold|cut|cutting|reduce|reducing)\s+"
    r"(?P<kept>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:(?:below|under|above|at|to)\s+)?$"
)
# Also a rate or a fraction ("a rate of 5 percent"); topics' _GDP_NOT_MEASURES shares the core.
_NOT_SHARE_NOUNS: Final = AMOUNT_NOUNS | words_of("rate quarter third half")


def _share_named_before(text: str, figure: FigureFound, measure: str) -> str:
    """ "a fiscal deficit of 3.2 percent of GDP", "keeping public debt below 50 percent of
    GDP": the fiscal deficit, the public debt, as a share of GDP."""
    named = _NOUN_OF_SHARE.search(text, max(0, figure.start - 50), figure.start)
    if named is None:
        return measure
    np = named["np"] or named["kept"]
    words = np.split()
    if words[-1] in _NOT_SHARE_NOUNS or not _THING_LINKS.isdisjoint(words) or np in measure:
        return measure  # ("cut tariffs on 92 per cent of tariff lines": no noun before)
    return f"{np}, {measure}"


_WITH_INVESTMENT: Final = re.compile(
    r",?\s+with\s+(?:an?\s+)?(?:total\s+|planned\s+|estimated\s+)?investments?\s+of\s+$"
)
# "developed by a local company with an investment": the company is no place of investment.
_AGENT_END: Final = re.compile(r"\bby\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,3}[\w’'-]+$")
_PURPOSE_NOUNS: Final = words_of("project projects plan programme program deal initiative package")
# "... project to build a dairy complex in X": the purpose after the thing.
_PURPOSE_AFTER: Final = re.compile(
    r"(?P<noun>[\w’'-]+)\)?\s+(?P<to>to\s+(?!be\b)[a-z]+\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:and|which|while|according)\b)"
)
# "to $5 billion by 2030", "by the end of 2027": a target's deadline.
_BY_YEAR: Final = re.compile(r"\s+by\s+(?P<year>(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\b(?![-–/])")
_BY_YEAR_TAIL: Final = re.compile(r"\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d$")
# "to build a farm machinery plant in X with investments of $N": what is invested in.
_NAME_BEFORE_PARENTHESIS: Final = re.compile(
    rf"(?P<name>[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,3}}"
    r"(?:\s+(?:region|province|oblast|district|city))?)\s*\($"
)
_RATES: Final = ("year", "day", "week", "month", "hour", "season", "annually", "daily")
_NOT_RATES: Final = frozenset(["percent", "fraction", "times", "years", "days", "months", "weeks"])
# "N tonnes of oil a year": the rate, before the clause ends.
_RATE_AFTER: Final = re.compile(
    r"[^,;.()]{0,50}?\s(?P<rate>(?:a|per)\s+(?:year|day|week|month|season)|annually|daily"
    # "passengers per hour in each direction": a line's capacity, as transit plans give it
    r"|(?:an|per)\s+hour(?:\s+(?:in\s+each|per|each)\s+direction)?)\b"
)
# "... under the Skills Exchange Programme": the named framework of a figure.
_UNDER_FRAMEWORK: Final = re.compile(
    r"[^,;.()]{0,50}?\s(?P<under>under\s+the\s+(?:[A-Z][\w’'-]*\s+){1,6}?"
    r"(?:Programme|Program|Initiative|Scheme|Plan|Fund|Facility|Framework))\b"
)
_INVESTMENT_MEASURES: Final = frozenset(
    ["investment", "investments", "planned investment", "total investment"]
)
_BUILT_WITH_INVESTMENT: Final = re.compile(
    r"\b(?:build|building|construct|constructing|develop|developing|set up|setting up|"
    r"open|opening|establish|establishing|launch|launching)\s+(?:(?:a|an|the)\s+)(?P<what>[^,;()]{3,90}?),?\s+with\s+(?:(?:a|an)\s+)?"
    r"(?:total\s+|planned\s+|estimated\s+)?investments?\s+of\s+$"
)
# The phrase before ", whose": after its last article, or a run of capitalised words.
_ARTICLE: Final = re.compile(r"\b(?:the|a|an)\s+", re.I)
# "the X Union, a market of": the whole whose members a count counts.
_APPOSED_WHOLE: Final = re.compile(
    rf"(?P<name>(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+(?:of\s+)?[{UPPER}][\w’'-]*){{0,5}}),\s+"
    r"(?:a|an)\s+(?:[a-z-]+\s+)?(?P<noun>market|country|nation|region|city)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$"
)


_NAME_AT_END: Final = re.compile(rf"[{UPPER}][\w’'-]*(?:\s+(?:of\s+)?[{UPPER}][\w’'-]*){{0,5}}$")


def _whose_resolved(text: str, pos: int, measure: str) -> str:
    """ "the X Fund, whose portfolio has reached N": the portfolio of the X Fund."""
    what = measure.removeprefix("whose ")
    comma = text.rfind(", whose ", 0, pos)
    before = text[max(0, comma - 80) : comma] if comma > 0 else ""
    articles = list(_ARTICLE.finditer(before))
    owner = before[articles[-1].end() :] if articles else ""
    name = _NAME_AT_END.search(before)
    if name and owner != name.group(0):
        return f"{what} of {name.group(0)}"  # "visited X Group, whose": not "the ... X Group"
    if owner and not any(mark in owner for mark in ",;:()"):
        return f"{what} of the {owner}"
    return what


_MODALS: Final = words_of("can could will would may might shall should must")
_TO_OR_MODAL: Final = _MODALS | {"to"}


def _modal_subject(text: str, figure: FigureFound, measure: str) -> str:
    """ "The pipeline, which carries N, can be expanded to M": a measure read as "can be"
    is the sentence's subject before its aside; expanded to a quantity, its capacity."""
    comma = text.find(", ", 0, figure.start)  # not the comma of "1,000"
    subject = _clean_np(text[:comma]) if comma > 0 else None
    if subject is None or len(subject.split()) > 6:
        return measure
    if (
        figure.unit in _QUANTITY_KINDS
        and "expand" in text[max(0, figure.start - 30) : figure.start]
    ):
        return f"capacity of {subject} after expansion"
    return f"{subject} {measure}"


# "exports, led by tea, cut flowers and avocados, grew by": an aside between a subject and
# its verb of change or level.
_ASIDE_OPEN: Final = re.compile(
    r",\s+(?:led|driven|dominated|boosted|fuell?ed|mainly|mostly|largely|chiefly)\s"
    # "Trade in goods, excluding gold, amounted to": what the figure leaves out or takes in
    r"|,\s+(?:excluding|including|except|not\s+counting)\s"
    # "Trade between them, he said, grew by 6%": who says so, told aside
    r"|,\s+(?:he|she|they|officials|analysts|experts)\s+(?:said|says|noted|added|stressed)(?=,)"
)
_ASIDE_VERBS: Final = (
    "grew", "rose", "fell", "increased", "decreased", "declined", "reached", "totaled",
    "totalled", "amounted", "stood", "jumped", "climbed", "dropped", "exceeded", "surged", "were",
    "was", "are", "is", "have", "has", "had",
)  # fmt: skip
# (tried only where one of `_ASIDE_VERBS` starts)
_VERB_AFTER_ASIDE: Final = re.compile(f"(?:{'|'.join(_ASIDE_VERBS)})\\s")
_ASIDE_REACH: Final = 160
_WHICH_ASIDE_OPEN: Final = re.compile(r",\s+which\s")
# A mark that ends a "which" aside before its last comma: not the point of "$1.1 billion".
_ASIDE_ENDED: Final = re.compile(r"[;:,]|\.(?!\d)")


def _named_thing_before(text: str, end: int) -> str | None:
    """The noun phrase after the last article of the few words that end right before `end`
    ("progress on the Harbourton power cable": "Harbourton power cable"), headed by a word in
    lower case, or None."""
    words = text[max(0, end - 80) : end].split()[-7:]
    at = max((i for i, w in enumerate(words) if w.lower() in ("the", "a", "an")), default=-1)
    thing = words[at + 1 :] if at >= 0 else []
    if (
        not thing
        or not thing[-1].isalpha()
        or not thing[-1].islower()
        or not _THING_LINKS.isdisjoint(thing)
    ):
        return None
    return " ".join(thing)


def _aside_before(text: str, pos: int, level: bool = False) -> tuple[int, int] | None:
    """Where the aside before the clause of a figure at `pos` begins and ends (its last
    comma), or None: "X, led by Y and Z, grew by N" gives the span of ", led by Y and Z";
    "raise X, which stands at M, to N" that of ", which stands at M" where the figure is a
    `level` (a sum, a share: no count of things named after it)."""
    low = max(0, pos - _ASIDE_REACH)
    last = text.rfind(", ", low, pos)
    if last < 0:
        return None
    if level and text.startswith(("to ", "by "), last + 2) and pos - last <= 16:
        # "raise trade, which now stands at M, to N": the level a thing told aside goes to
        opened = _WHICH_ASIDE_OPEN.search(text, low, last + 1)
        if opened is None or _ASIDE_ENDED.search(text, opened.end(), last) is not None:
            return None
        return (opened.start(), last + 1)
    if (
        not text.startswith(_ASIDE_VERBS, last + 2)
        or _VERB_AFTER_ASIDE.match(text, last + 2) is None
    ):
        return None
    opened = _ASIDE_OPEN.search(text, low, last + 1)
    if opened is None or any(mark in text[opened.end() : last] for mark in ".;:"):
        return None
    return (opened.start(), last + 1)


# "the X cable, about 1,100 km long,": a length told aside, after the thing's name.
_LENGTH_UNITS: Final = frozenset(["km", "miles", "metres"])
_APPOSED_LENGTH: Final = re.compile(
    r",\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|approximately)\s+)?$"
)
# "a concessional Line of Credit of US$ 1.7 billion": a credit named by its compound noun.
_CREDIT_LINE_BEFORE: Final = re.compile(
    r"(?P<adj>\b(?!(?:a|an|the|under|with|of|and|its|their)\s)[A-Za-z-]+\s+)?"
    r"(?P<what>(?i:lines?|letters?))\s+of\s+(?i:credit)\s+of\s+$"
)

# "set up a joint investment fund with a capital of $80 million": the fund's capital
# (not "a company set up by the two countries with a capital of", "a fund for the X with
# capital of": whose or what for, not what holds it)
_WITH_CAPITAL_BEFORE: Final = re.compile(
    r"(?<!\bby\s)(?<!\bfor\s)\b(?:an?|the|its|their)\s+"
    # ("a company with the capital of N": the article of a translation)
    r"(?P<what>(?:[\w-]+\s+){0,3}?[\w-]+)\s+with\s+(?:an?\s+|the\s+)?"
    r"(?:(?P<kind>total|initial|starting|authori[sz]ed|charter)\s+)?capital\s+of\s+"
    r"(?:(?:about|around|some|over|nearly|almost|up\s+to|more\s+than)\s+)?$"
)


_NUMBERS_VERBS: Final = (" numbers", " number", " numbered")
# "... the protection of Nepali workers in Qatar, who now number": the people "who" are, a
# plural noun with the words before it back to an article, "of", "and" or a comma.
_WHO_AFTER_THING: Final = re.compile(
    r"(?:^|[,;(]\s*|\b(?:of|the|a|an|and|for|to|with|on|about|its|their|his|her)\s+)"
    r"(?P<thing>(?:(?!(?:of|the|and|a|an|in|from)\s)[\w’'-]+\s+){0,3}?[a-z][\w’'-]*s"
    r"(?:\s+(?:in|from)\s+[A-Z][\w’'-]*)?)"
    r",\s+who\s+(?:[a-z]+\s+){0,2}?(?:numbers?|numbered)\s+(?:[a-z]+\s+){0,2}$"
)
# "boost bilateral trade by", "cut its aid by": a sum that changes a thing by that much.
_CHANGED_BY_SUM: Final = re.compile(
    r"\b(?P<verb>boost|boosts|boosted|boosting|raise|raises|raised|raising|increase|increases|"
    r"increased|increasing|lift|lifts|lifted|lifting|expand|expands|expanded|expanding|cut|"
    r"cuts|cutting|reduce|reduces|reduced|reducing|lower|lowers|lowered|lowering)\s+"
    r"(?P<np>(?:the|its|their|a|an)\s+[^,;()]{2,70}?|[a-z][^,;()]{1,70}?)\s+by\s+$"
)
_CUT_VERBS: Final = ("cut", "reduc", "lower")
# "South Korean companies (have) raised N": funds raised (no "raised X to N": a level).
_RAISED_SUM: Final = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+)(?P<who>(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+"
    r"(?:has\s+|have\s+|had\s+|already\s+)*raised\s+$"
)
# "... said that Alban students, of whom": the people "whom" stands for.
_OF_WHOM_AFTER_THING: Final = re.compile(
    r"(?:^|[,;(]\s*|\b(?:of|the|a|an|and|for|to|with|on|about|its|their|his|her|that|said)\s+)"
    r"(?P<thing>(?:(?!(?:of|the|and|a|an|in|from|that)\s)[\w’'-]+\s+){0,3}?[a-z][\w’'-]*s)"
    r",\s+of\s+whom\s+$"
)
_TOWARD_ENDS: Final = ("work toward", "work towards", "working toward", "working towards")
_TOWARD_AFTER: Final = re.compile(
    r"(?:\s+in\s+(?P<thing>(?!the\b)[a-z][\w-]*(?:\s+(?!by\b)[a-z][\w-]*)?))?"
    r"(?:\s+(?P<by>by\s+(?:19|20)\d\d))?"
)


# "extend the visa waiver for X by (another) N months": what is extended.
_EXTENSION_BEFORE: Final = re.compile(
    r"\b(?:extend|extends|extended|extending|prolong|prolongs|prolonged|prolonging)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<what>[^,;()]{2,80}?)\s+by\s+"
    r"(?:another\s+|a\s+further\s+|an\s+additional\s+)?$"
)
_EXTENSION_ENDS: Final = (" by", " another", " further", " additional")
_EXTENDED_SPANS: Final = frozenset(["days", "weeks", "months", "years"])


# "a deficit that exceeded N", "trade that reached N": the level a thing told before reached.
_THAT_LEVEL_BEFORE: Final = re.compile(
    r"\s+that\s+(?:has\s+|had\s+|already\s+)?(?:exceeded|reached|stood\s+at|stands\s+at|"
    r"amounted\s+to|totall?ed|topped|hit|surpassed)\s+$"
)


# "visa-free entry for ", "stay visa-free for ": the length of a visa-free stay follows.
_VISA_FREE_BEFORE: Final = re.compile(
    r"\b[Vv]isa[- ]free\s+(?:(?P<what>entry|stays?|travel|visits?)\s+)?for\s+$"
)
# "grant Norlandic citizens ", "allow Chilean nationals ": who a visa-free stay is granted to.
_GRANTED_TO: Final = re.compile(
    r"\b(?:grant|granted|grants|allow|allowed|allows|offer|offered|offers)\s+"
    r"(?P<who>(?:[A-Z][\w’'-]*\s+)?(?:citizens|nationals|travellers|travelers|tourists|visitors))"
    r"\s+$"
)
# "25 per cent tariffs on ", "a 10% export duty on ": a levy whose rate a share gives.
_LEVY_STEMS: Final = ("tarif", "dut", "tax", "lev", "surcharge")
_LEVY_AFTER: Final = re.compile(
    r"\s+(?P<noun>(?:[a-z-]+\s+)?(?:tariffs?|duty|duties|tax|taxes|levy|levies|surcharges?))"
    r"\s+on\s+(?:(?:the|all)\s+)?"
)
# "between ", "between 350 and ": a range's opening words before one of its bounds.
_BETWEEN_BOUNDS_BEFORE: Final = re.compile(r"\bbetween\s+(?:[\d.,]+\s*(?:[A-Za-z%]+\s+)?and\s+)?$")
# "raise X to ", "increase X to ": the verb of a level a range gives.
_LEVEL_TO_BEFORE: Final = re.compile(r"\b(?:to|at)\s+$")


def measures_of(
    text: str,
    figure: FigureFound,
    word: str | None = None,
    tidied: dict[str, str | None] | None = None,
) -> str | None:
    """A short noun phrase of what the figure counts or measures, from its clause, with the
    period it covers ("last year"); a target says so in its qualifier, not here. `word`,
    when given, is `_word_before(text, figure.start)`."""
    if word is None:
        word = _word_before(text, figure.start)
    done_in = (
        _DONE_IN_BEFORE.search(text, max(0, figure.start - 80), figure.start)
        if figure.unit in _SPANS and word.endswith((" in", " record", " just", " only"))
        else None
    )
    if done_in:
        # "it was concluded in a record 41 days": the time that took, not what "it" is.
        return f"time taken for {done_in['who'].lower()} to be {done_in['verb']}"
    extension = (
        _EXTENSION_BEFORE.search(text, max(0, figure.start - 120), figure.start)
        if figure.unit in _EXTENDED_SPANS and word.endswith(_EXTENSION_ENDS)
        else None
    )
    if extension:
        # "extend the visa waiver for X by another 12 months": how long the waiver is extended
        return f"extension of the {extension['what']}"
    aside = _aside_before(text, figure.start, figure.unit != "count")
    if aside is None and text.find("between", max(0, figure.start - 40), figure.start) >= 0:
        # "raise power exchanges to between 350 and 400 MW": each bound is read as "raise
        # power exchanges to N"
        bounds = _BETWEEN_BOUNDS_BEFORE.search(text, max(0, figure.start - 40), figure.start)
        if bounds and _LEVEL_TO_BEFORE.search(text, max(0, bounds.start() - 30), bounds.start()):
            aside = (bounds.start(), figure.start)
    if aside:
        # "Kenya's exports, led by tea and flowers, grew by 14 per cent": read without the
        # aside, the exports grew
        cut = aside[1] - aside[0]
        measure = _measure(
            text[: aside[0]] + text[aside[1] :],
            FigureFound(
                figure.text,
                figure.value,
                figure.unit,
                figure.start - cut,
                figure.end - cut,
                figure.approx,
            ),
            word,
        )
    else:
        measure = _measure(text, figure, word)
    changed_by = (
        _CHANGED_BY_SUM.search(text, max(0, figure.start - 100), figure.start)
        if word.endswith(" by") and _kind_of(figure.unit) == "money"
        else None
    )
    if changed_by and (thing := _clean_np(without_article(changed_by["np"]))):
        # "boost bilateral trade by £5 billion a year": the increase in that trade
        lead = "decline in" if changed_by["verb"].startswith(_CUT_VERBS) else "increase in"
        measure = f"{lead} {thing}"
    raised = (
        _RAISED_SUM.search(text, max(0, figure.start - 90), figure.start)
        if word.endswith(" raised") and _kind_of(figure.unit) == "money"
        else None
    )
    if raised and (raiser := _clean_np(raised["who"])):
        # "Korean companies raised N through listings": the funds they raised
        measure = f"funds raised by {raiser}"
    of_whom = (
        _OF_WHOM_AFTER_THING.search(text, max(0, figure.start - 90), figure.start)
        if measure and word.endswith(" whom")
        else None
    )
    if of_whom and measure and of_whom["thing"] not in measure:
        # "Alban students, of whom over 4,000 studied in X": the students who studied in X
        measure = f"{of_whom['thing']} who {measure}"
    toward = (
        _TOWARD_AFTER.match(text, figure.end)
        if word.endswith(_TOWARD_ENDS) and figure.unit != "times"  # "work towards doubling it"
        else None
    )
    if toward:
        # "agreed to work toward $10 billion": the target of what was told before it
        # (`refer_back`); "working towards $25 billion in trade by 2030": a trade target.
        thing, by = toward["thing"], toward["by"]
        measure = f"{thing} target{f' {by}' if by else ''}" if thing else "target"
    counted = (
        _subject_before(text[: figure.start])
        if figure.unit == "count" and word.endswith(_NUMBERS_VERBS)
        else None
    )
    if counted and (subject := _clean_np(counted.rsplit(" said ", 1)[-1])):
        measure = subject  # "the X community in Y numbers some 650,000 people": that community
    if measure == "who" and (who := _WHO_AFTER_THING.search(text, 0, figure.start)):
        # "Nepali workers in Qatar, who now number over 400,000": those workers
        measure = who["thing"]
    if (
        figure.unit in _LENGTH_UNITS
        and text.startswith(" long", figure.end)
        and (apposed := _APPOSED_LENGTH.search(text, max(0, figure.start - 30), figure.start))
        and (thing := _named_thing_before(text, apposed.start()))
    ):
        # "the X submarine cable, about 1,100 km long, which ...": the cable's length
        measure = f"length of the {thing}"
    elif (
        figure.unit in _LENGTH_UNITS
        and measure
        and text.startswith(" long", figure.end)
        and not text[figure.end + 5 : figure.end + 6].isalpha()
        and not measure.startswith(("length of ", "long"))
    ):
        measure = f"length of the {without_article(measure)}"  # "X will be N km long"
    with_capital = (
        _WITH_CAPITAL_BEFORE.search(text, max(0, figure.start - 100), figure.start)
        if _kind_of(figure.unit) == "money"
        and text.find(" capital of", max(0, figure.start - 30), figure.start) >= 0
        else None
    )
    if with_capital:
        # "a joint investment fund with a capital of $80 million (and three projects)": the
        # capital of that fund, not what the sentence goes on to tell
        kind = f"{with_capital['kind']} " if with_capital["kind"] else ""
        measure = f"{kind}capital of the {with_capital['what']}"
    if measure and word.endswith(" of") and measure[:6].lower() == "credit":
        line = _CREDIT_LINE_BEFORE.search(text, max(0, figure.start - 60), figure.start)
        if line:
            # "an Indian line of credit of USD 500 million": the line, not "credit"
            adjective = line["adj"] or ""
            measure = f"{adjective}{line['what'].lower()} of credit{measure[6:]}"
    change = (
        _CHANGE_NOUN_IN.match(text, figure.end)
        if figure.unit in _CHANGE_UNITS and text[figure.end : figure.end + 1] == " "
        else None
    )
    if change:
        # "a threefold increase in exports of grain by 2029": the growth of those exports.
        thing, thing_end = _np_after_span(text, change.end())
        if thing:
            lead = "decline in" if change["noun"] in _FALL_NOUNS else "growth of"
            deadline = _BY_YEAR.match(text, thing_end)
            measure = f"{lead} {thing}" + (f" by {deadline['year']}" if deadline else "")
    if measure and figure.unit == "fraction" and _is_ratio(figure.text):
        # "X accounted for one in five cars sold in Y": X's share in the cars sold there.
        things, things_end = _np_after_span(text, figure.end, allow_of=False)
        if things and things.lower() != measure.lower():
            place = _whole_place_after(text, things_end)
            when = _TIME_AFTER.match(text, things_end + len(place))
            measure = f"share of {measure} in {things}{place}"
            if when:
                measure = f"{measure} {when['when']}"  # "... sold there last year"
    if (
        measure is None
        and text.find("that", max(0, figure.start - 60), figure.start) >= 0
        and (level := _THAT_LEVEL_BEFORE.search(text, max(0, figure.start - 60), figure.start))
    ):
        # "narrow a trade deficit with X that exceeded N": the deficit
        measure = _thing_before(text[: level.start()])
    if measure is None or measure.endswith(_WISH_ENDS):
        return None  # "the sides aim for N": who wishes, not what is measured
    if measure.split(None, 1)[0].lower() in _MODALS:
        measure = _modal_subject(text, figure, measure)
    if measure.startswith("whose "):
        measure = _whose_resolved(text, figure.start, measure)
    if "which" in measure or text.find("which", max(0, figure.start - 60), figure.start) >= 0:
        measure = _which_resolved(text, figure.start, measure)
        measure = _done_by_antecedent(text, figure.start, measure)
    if measure.startswith("share of ") and figure.unit == "percent":
        measure = _share_named_before(text, figure, measure)
    if (
        measure.startswith("value of ")
        and word.endswith("worth")
        and text.startswith(" in ", figure.end)
    ):
        # "projects worth $N in Chile": the value of those in that country.
        country = _PLACE_IN_OR_AT.match(text, figure.end)
        if (
            country
            and country_of_name(country["place"])
            and country["place"] not in measure
            and not country["place"].endswith(("’s", "'s"))  # "in Kazakhstan's economy"
        ):
            measure = f"{measure} in {country['place']}"
    spaced = text[figure.end : figure.end + 1].isspace()  # both patterns start with white space
    time_after = _TIME_AFTER_ASCII if text.isascii() else _TIME_AFTER
    when = time_after.match(text, figure.end) if spaced else None
    if (
        when is None
        and spaced
        and (
            text.find("last", figure.end) >= 0
            or text.find("past", figure.end) >= 0
            or text.find("first", figure.end) >= 0
        )
        and (of_thing := _OF_THING_THEN_PERIOD.match(text, figure.end))
    ):
        # "carried 1.2 million tonnes of cargo in the first ten months of 2026".
        when = time_after.match(text, of_thing.end())
    if when is None and "(" in text[figure.end : figure.end + 3]:
        # "GH¢1.4 billion (about US$125 million) last year": the period after the sum's
        # equivalent in brackets is the period of both.
        bracket = _PARENTHESIS.match(text, figure.end)
        when = time_after.match(text, bracket.end()) if bracket else None
    elif when is None and text[figure.end : figure.end + 1] == ")":
        when = time_after.match(text, figure.end + 1)
    if when is None and figure.unit not in ("percent", "times", "years"):
        # "trade grew 18 percent last year to $4.3 billion": the period stands before.
        # (not in an aside: "raise X, which reached M in 2024, to N" tells M's year)
        near = text[max(0, figure.start - 50, aside[1] if aside else 0) : figure.start]
        when = (
            next(
                (
                    m
                    for m in time_after.finditer(" " + near)
                    # "In March, X ...": a month alone dates an event; "in January-October
                    # 2026 it amounted to N" is the period N covers.
                    if not (_MONTH_START.match(m["when"]) and not _has_any(m["when"], ("-", "–")))
                    # "X over the past years and that N ...": that period is another clause's.
                    # ("trade reached X in 2025, and in 2026 it ...": so is the one before
                    # ", and").
                    and not _has_any(near[m.end() - 1 :], _NEW_CLAUSE_AND)
                ),
                None,
            )
            if _may_name_period(near)
            else None
        )
    said = when.group("when").lower().removeprefix("in ").removeprefix("the ") if when else ""
    if when and said not in measure.lower():
        said = when.group("when")
        measure = f"{measure} {said[0].lower()}{said[1:]}"  # "Last year, ..." as "last year"
    named = (
        _NAME_BEFORE_PARENTHESIS.search(text, max(0, figure.start - 60), figure.start)
        if text[figure.start - 1 : figure.start] == "("
        and text[figure.end : figure.end + 1] == ")"
        else None
    )
    if (
        named
        and named["name"] not in measure
        and (
            _kind_of(figure.unit) != "money" or _item_before_bracket(text[: figure.start]) is None
        )
    ):
        measure = f"{measure} in {named['name']}"  # "growth was highest in X region (21.5%)"
    rate = (
        _RATE_AFTER.match(text, figure.end)
        if figure.unit not in _NOT_RATES and _has_any(text[figure.end : figure.end + 60], _RATES)
        else None
    )
    if (
        rate
        and rate["rate"] not in measure
        and not (rate["rate"].endswith("year") and "annual" in measure)
    ):
        measure = f"{measure} {rate['rate']}"  # "up to 600,000 containers a year"
    under = (
        _UNDER_FRAMEWORK.match(text, figure.end)
        if "under the " in text[figure.end : figure.end + 100]
        else None
    )
    if under and under["under"] not in measure:
        # "12 trainee places a year under the Skills Exchange Programme": its framework
        measure = f"{measure} {under['under']}"
    apposed = (
        _APPOSED_WHOLE.search(text, max(0, figure.start - 120), figure.start)
        if figure.unit == "count"
        and word.endswith(" of")
        and text.find(", ", max(0, figure.start - 60), figure.start) >= 0
        else None
    )
    if apposed and apposed["name"] not in measure:
        # "the X Union, a market of 185 million consumers": consumers in the X Union market;
        # "X, a country of 37 million people": people in X (not "in the country").
        noun = apposed["noun"]
        where = apposed["name"] + (" market" if noun == "market" else "")
        measure = f"{measure.removesuffix(f' in the {noun}')} in {where}"
    if measure.lower() in _INVESTMENT_MEASURES and (
        built := _BUILT_WITH_INVESTMENT.search(text, max(0, figure.start - 150), figure.start)
    ):
        what = _clean_np(built["what"])
        if what:
            measure = f"{measure} in {what}"  # "build a plant in X with investments of $N"
    elif measure.lower() in _INVESTMENT_MEASURES and (
        with_at := _WITH_INVESTMENT.search(text, max(0, figure.start - 40), figure.start)
    ):
        # "..., and a joint cement plant in X with an investment of N": in that plant.
        before = text[: with_at.start()]
        thing = _thing_before(before)
        if thing and not _AGENT_END.search(before):
            measure = f"{measure} in the {thing}"
    last = measure.rsplit(" ", 1)[-1].lower()
    purpose = (
        _PURPOSE_AFTER.search(text, figure.end, figure.end + 120)
        if (last in _PURPOSE_NOUNS or "contract" in measure)
        and last in text[figure.end : figure.end + 120].lower()  # the noun is read only if so
        else None
    )
    if purpose and purpose["noun"].lower() == last:
        # "a 3 trillion VND project to build a dairy complex": what the project is for.
        done = " ".join(w for w in purpose["to"].split() if not w[0].isdigit())
        measure = f"{measure} {done}"
    if (
        word.endswith(" of")
        and figure.unit not in _NOT_MONEY
        and "target" not in measure
        and _TARGET_OF.search(text, max(0, figure.start - 20), figure.start)
    ):
        measure = f"{measure} target"  # "set a target of $15 billion in bilateral trade"
    deadline = (
        _BY_YEAR.match(text, figure.end)
        if figure.approx == "target" or measure in _GOALS
        else None
    )
    if deadline and deadline["year"] not in measure:
        measure = f"{measure} by {deadline['year']}"  # "raise trade to $N by 2030"
    account = _ACCOUNTING.search(measure) if measure.endswith(_ACCOUNT_WORDS) else None
    if account and account.start() > 0:
        measure = f"{measure[: account.start()]} share"  # "exports accounting for 90%"
    prefix = _MEASURE_PREFIX.match(measure) if measure.startswith(_MEASURE_PREFIXES) else None
    head = prefix.end() if prefix else 0
    first, _, rest = measure[head:].partition(" ")
    if (
        first[:1].isupper()
        and first[1:].islower()
        and not rest[:1].isupper()
        and country_of_word(first.split("-")[0]) is None
        and f" {first} " not in f" {text[2:]}"  # a capital inside the sentence is a name's
    ):
        # "Bilateral trade rose": the capital of the sentence's first word, not a name.
        measure = measure[:head] + first.lower() + (f" {rest}" if rest else "")
    if " by " in measure:
        opening, _, then = text.partition(" ")
        if (
            then[:1].islower()  # "Local banks", not a name alone ("Sinopec built")
            and f" by {opening} {then.split(None, 1)[0]}" in measure
            and opening[1:].islower()
            and country_of_word(opening.split("-")[0]) is None
            and f" {opening} " not in f" {text[2:]}"
        ):
            # "Local banks signed N contracts": signed by local banks (not a name's capital).
            by = f" by {opening}"
            measure = measure.replace(by, f" by {opening.lower()}", 1)
    change = _CHANGE_FIRST.match(measure) if figure.unit in ("percent", "times") else None
    of_whom = (
        _CHANGED_THAT.search(text, max(0, figure.start - 80), figure.start)
        if change or (figure.unit in ("percent", "times") and _has_any(measure, _RELATIVES))
        else None
    )
    if of_whom and (change is None or of_whom["verb"] == change["verb"]):
        # "prices that have gained 18% this year": the gain in prices this year.
        rest = change["rest"] if change else ""
        measure = f"{_CHANGE_NOUN[of_whom['verb']]} in {of_whom['what']}{rest}"
    facility = (
        _FACILITY.findall(text, max(0, figure.start - 160), figure.start)
        if word.endswith(_PRODUCE_ENDS) and figure.unit in _QUANTITY_KINDS
        else None
    )
    if facility and "output" not in measure and not measure[:1].isupper():
        # "a cement plant in X ..., which produces N tonnes of cement a year": its output.
        product, per = measure, ""
        if tail := _RATE_TAIL.search(measure):
            product, per = measure[: tail.start()], tail.group()
        place = without_article(facility[-1])
        if product.endswith(" produced"):
            measure = f"{product} by the {place}{per}"  # "and produce N tonnes of X"
        else:
            measure = f"{product} output of the {place}{per}"
    stakes = word.rsplit(" ", 2)[-2] if word.endswith(_STAKES_IN) else ""
    if stakes and figure.unit == "count" and stakes.rstrip("s") not in measure:
        # "privatisation will include stakes in 12 large companies in 2027".
        year = _IN_YEAR_SOON.match(text, figure.end)
        in_year = f" {year['when']}" if year and year["when"] not in measure else ""
        measure = f"{stakes} in {measure}{in_year}"
    if measure.endswith("capacity") and f"its {measure}" in text:
        works = _NAMED_WORKS.findall(text, 0, figure.start)
        if works:
            # "freight on the X railway rose ..., and they aim to lift its capacity to N".
            measure = f"{measure} of the {works[-1]}"
    sidelines = (
        _ON_SIDELINES.match(text, figure.end)
        if figure.unit == "count" and ("sidelines of" in text or "margins of" in text)
        else None
    )
    if sidelines and sidelines["event"] not in measure and measure.split()[-1] in _TALK_NOUNS:
        # "N bilateral meetings on the margins of the summit": where they are held.
        measure = f"{measure} on the {sidelines['side']} of the {sidelines['event']}"
    if figure.unit in ("km", "miles") and (length := _length_of(measure)):
        measure = length  # "the railway, which will run 573 kilometers": its length
    if measure.endswith(" attended") and figure.unit == "count":
        measure = f"{measure[:-9]} attending"  # "120 companies attended": those attending
    if measure.startswith("share of ") and (moving := _MOVES.search(measure)):
        # "half of our trade passes through X": the share of trade passing through X.
        route = _MOVES_ON.match(text, text.find(moving.group(), figure.end) + len(moving.group()))
        way = f" {route['pp']}" if route and route["pp"] not in measure else ""
        measure = f"{measure[: moving.start()]} {_MOVING[moving['verb']]}{moving['rest']}{way}"
    if _has_any(measure, _BARE_ING_PARTS):
        measure = _with_ing(measure)  # "companies operate in X": companies operating in X
        if (
            measure.endswith(_ING_ENDS)
            and figure.unit == "count"
            and text.endswith(("country's ", "country’s "), 0, figure.start)
        ):
            measure = f"{measure.rsplit(' ', 1)[0]} in the country"  # "the country's N people"
        elif measure.endswith(_ING_ENDS) and figure.unit in ("fraction", "percent"):
            where = _IN_WHERE.search(text, max(0, figure.start - 80), figure.start)
            if where:
                # "in X, where nearly half of the country's 3.5 million people live".
                measure = f"{_NUMBER_IN.sub('', measure)} in {where['place']}"
    gathered = (
        _GATHERING.search(text, max(0, figure.start - 120), figure.start)
        if figure.unit == "count" and word.endswith(_GATHERED)
        else None
    )
    if gathered:
        # "The forum was held with the participation of N entrepreneurs": those at the forum;
        # "the X business forum, which is expected to bring together N companies": those
        # expected at that forum.
        events = _EVENT_NOUN.findall(text, 0, figure.start)
        event = events[-1].lower() if events else None
        if gathered["which"]:
            event = _thing_before(text[: gathered.start()]) or event
        if event and event.split()[-1].lower() not in measure.lower():
            expected = "expected " if gathered["will"] else ""
            measure = f"{measure} {expected}at the {event}"
    elif (
        figure.unit == "count"
        and word.endswith(" for")
        and (held := _EVENT_FOR.search(text, max(0, figure.start - 80), figure.start))
        and (event := _thing_before(text[: held.end("event")]))
        and event.split()[-1].lower() not in measure.lower()
    ):
        measure = f"{measure} at the {event}"  # "to organise a business forum for N companies"
    capacity = (
        _CAPACITY_OF.search(text, max(0, figure.start - 40), figure.start)
        if word.endswith("capacity of") and "capacity" not in measure
        else None
    )
    thing = _thing_before(text[: capacity.start()]) if capacity else None
    if capacity and thing:
        # "a line with a capacity of 500 trucks per year": the trucks, the line's capacity.
        annual = "annual " if "annual" in capacity.group().lower() else ""
        measure = f"{measure}, {annual}capacity of {thing}"
    container = (
        _CONTAINER_OF.search(text, max(0, figure.start - 80), figure.start)
        if measure.startswith("value of ") and _has_any(text, _CONTAINERS)
        else None
    )
    if container and container["what"] not in measure:
        # "a portfolio of 65 projects worth N": the value of the portfolio of projects.
        measure = f"value of the {container['what']} of {measure[9:]}"
    home = _HOME_TO.match(measure) if measure.endswith(" home to") else None
    if home:
        # "The X Valley is home to N people": the people living in the X Valley.
        things, place = home["things"], home["place"]
        living = " living" if things.split()[-1] in _PLURAL_HEADS else ""
        measure = f"{things}{living} in {'the ' if home['the'] else ''}{place}"
    if measure.endswith((" which", " who")):
        return None  # "Trade – which is small – rose N": "growth of which" names nothing
    if measure.startswith("value of ") and figure.text.lower().startswith(_TOTAL_LEADS):
        measure = f"total {measure}"  # "deals worth a total of $N": their total value
    tidy = _tidy(measure)
    if tidied is not None:
        tidied[measure] = tidy  # (`find_figures` tidies the measure it ends with again)
    if tidy and tidy[-1] in _PRONOUN_LAST and _CONJUNCT_PRONOUN.fullmatch(tidy):
        # "Trade has grown by 60 percent, although it remains low at about $95 million":
        # "it" is the subject of the clause before
        comma = text.rfind(", ", 0, figure.start)
        subject = _subject_before(text[:comma]) if comma > 0 else None
        subject = _clean_np(subject) if subject else None
        if subject:
            first, _, rest = subject.partition(" ")
            if (
                first[1:].islower()
                and not rest[:1].isupper()
                and country_of_word(first) is None
                and f" {first} " not in f" {text[2:]}"
            ):
                subject = first.lower() + (f" {rest}" if rest else "")  # "Bilateral trade"
            tidy = subject
    return _readable(tidy) if tidy else None


# A clause goes on after the phrase from these words ("exports remains low at 18 percent").
_CUT_WORDS: Final = words_of("remains remain should if unless still")
# A measure of these words alone names nothing ("so far", "only since 2023", "each").
_EMPTY_WORDS: Final = (
    words_of(
        "so far only since almost nearly about each annually yearly daily now still already "
        "past last next this year years month months week weeks day days first half of the a "
        "in on over during within further"
    )
    | MONTH_WORDS
)
_QUOTES: Final = ('"', "“", "”")
_PAST: Final = re.compile(r"[a-z]+ed")
_OWNER: Final = re.compile(r"[A-Z][\w-]*['’]s")
# Any of the things `_tidy` cuts: "X announced Y's", a quotation mark, a word that goes on
# with a clause, "and" before a past tense.
_TIDY_HINT: Final = re.compile(
    r"^(?:\w+\s+){0,2}[a-z]+ed\s+[A-Z][\w-]*['’]s\s|[\"“”]|\b(?:remains?|should|if|unless|still)\b|\band\s+[a-z]+ed\b"
)
# `_TIDY_HINT`'s branches one by one (`_may_need_tidy`): each is tried only where a part of
# it occurs, and no pattern is tried at every position with four branches.
_TIDY_OWNER: Final = re.compile(r"(?:\w+\s+){0,2}[a-z]+ed\s+[A-Z][\w-]*['’]s\s")
_TIDY_WORD: Final = re.compile(r"\b(?:remains?|should|if|unless|still)\b")
_TIDY_WORD_PARTS: Final = ("remain", "should", "if", "unless", "still")
_TIDY_AND: Final = re.compile(r"a(?<=\ba)nd\s+[a-z]+ed\b")  # (\b checked behind)


def _may_need_tidy(measure: str) -> bool:
    """Whether `_TIDY_HINT` matches somewhere in the measure (the same answer, cheaper)."""
    return (
        '"' in measure
        or "“" in measure
        or "”" in measure
        or (
            ("'s" in measure or "’s" in measure)
            and "ed" in measure
            and _TIDY_OWNER.match(measure) is not None
        )
        or (_has_any(measure, _TIDY_WORD_PARTS) and _TIDY_WORD.search(measure) is not None)
        or ("and" in measure and "ed" in measure and _TIDY_AND.search(measure) is not None)
    )


def _tidy(measure: str) -> str | None:
    """The measure without the clause that goes on after it, a stray quotation mark or an
    "and" before a new verb; None if no word in it names a thing."""
    first = measure.partition(" ")[0].lower()
    if (first in _EMPTY_WORDS or first[:1].isdigit()) and all(
        w in _EMPTY_WORDS or w[:1].isdigit() for w in measure.lower().split()
    ):
        return None
    if "•" in measure and measure.partition("•")[0].strip():
        # "a €5 million fund\n• The minister visited": a list's next item is no part of it
        measure = measure.partition("•")[0].rstrip()
    if not _may_need_tidy(measure):
        return measure  # the cheap test: most measures have none of these
    if measure.count('"') % 2 or measure.count("“") != measure.count("”"):
        for mark in _QUOTES:
            measure = measure.replace(mark, "")  # "growth of “Container traffic on X"
    words = measure.split()
    said = next(
        (
            i
            for i, w in enumerate(words[:3])
            if w.endswith("ed") and i + 1 < len(words) and _OWNER.fullmatch(words[i + 1])
        ),
        None,
    )
    if said is not None and said + 2 < len(words):
        words = words[said + 1 :]  # "envoy announced X's voluntary contribution": X's
    cut = next((i for i, w in enumerate(words[2:], 2) if w in _CUT_WORDS), None)
    if cut is None and len(words) > 3 and words[-2] == "and" and _PAST.fullmatch(words[-1]):
        cut = len(words) - 2  # "students from X and proposed opening"
    elif cut is None and len(words) > 4 and words[-3] == "and" and _PAST.fullmatch(words[-2]):
        cut = len(words) - 3
    if cut is not None:
        words = words[:cut]
        while len(words) > 1 and words[-1].lower() in _TRAILING_WORDS:
            words.pop()
    return " ".join(words)


# Words a noun phrase never ends on: the verb of a clause cut after its subject.
_VERB_END: Final = words_of(
    "will would be is are was were worth amounts amount totals exceeds reached stood has have led "
    "covers occupies over during within"
)
_NEW_CLAUSE: Final = (" that ", ";", " while ", " whereas ")
_NEW_CLAUSE_AND: Final = (*_NEW_CLAUSE, ", and ")
_PRONOUN_SUBJECTS: Final = words_of("we they he she i you")
_CONJUNCTION_LEAD: Final = words_of("so but and while whereas where")
_VERB_LEAD: Final = words_of(
    "would will could can may should plans plan aims aim wants want expects expect provide "
    "provides set sets signed envisages envisage intends intend have has had"
)
_HAVE: Final = words_of("have has had")
_APPROX_WORDS: Final = words_of("about around some nearly almost over up more less roughly")
_LEAD_PREPOSITIONS: Final = words_of("in on at from")
_PREFIX_WORDS: Final = words_of("growth decline value period length share capacity price")
_TO_NUMBER: Final = re.compile(r"\s+to\s+\d.*$")
# A measure whose first word is one of these goes through `_readable` in full.
_ANY_LEAD = frozenset(
    [*_PRONOUN_SUBJECTS, *_CONJUNCTION_LEAD, *_VERB_LEAD, *_LEAD_PREPOSITIONS]
) | frozenset(["worth", "is", "are", "was", "were", "it", "them", "earlier", "last", "this"])
_ANY_LEAD |= frozenset(["year", "years", "since"])


# A bare verb after the plural things a count counts, and its "-ing" form.
_BARE_ING: Final = {
    "live": "living",
    "work": "working",
    "operate": "operating",
    "study": "studying",
    "cooperate": "cooperating",
    "participate": "participating",
    "maintain": "maintaining",
}
_BARE_ING_PARTS: Final = tuple(f" {verb}" for verb in _BARE_ING)
_ING_ENDS: Final = tuple(_BARE_ING.values())
_PRODUCE_ENDS: Final = ("produces", "produce", "produced", "manufactures", "will make", "makes")
_FACILITY: Final = re.compile(
    r"\b(?:[Tt]he|an?|An?|[Ii]ts)\s+((?:[\w-]+\s+){0,2}?(?:plant|factory|mine|refinery|mill|smelter|"
    r"facility|complex|station|enterprise)"
    rf"(?:\s+(?:in|at|near)\s+(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}}"
    r"(?:\s+(?:region|province|oblast|district))?)?)\b"
)
_CHANGE_NOUN: Final = {
    "gained": "gain",
    "risen": "rise",
    "rose": "rise",
    "grown": "growth",
    "grew": "growth",
    "increased": "increase",
    "fallen": "fall",
    "fell": "fall",
    "dropped": "drop",
    "declined": "decline",
}
_CHANGE_FIRST: Final = re.compile(r"(?P<verb>" + "|".join(_CHANGE_NOUN) + r")\b(?P<rest>.*)$")
_RELATIVES: Final = (" which", " that")
_CHANGED_THAT: Final = re.compile(
    r"\b(?P<what>(?!(?:by|of|in|on|to|the|a|an|and|for|with)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:that|which)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?P<verb>" + "|".join(_CHANGE_NOUN) + r")\s+(?:by\s+)?(?:\w+\s+){0,2}$"
)
_MOVING: Final = {
    "passes": "passing",
    "pass": "passing",
    "comes": "coming",
    "come": "coming",
    "goes": "going",
    "go": "going",
}
_MOVES: Final = re.compile(r"\s(?P<verb>" + "|".join(_MOVING) + r")\b(?P<rest>.*)$")
_MOVES_ON: Final = re.compile(
    r"\s+(?P<pp>(?:through|via|from|to)\s+[^,;.“”\"]{2,60}?)(?=\s*[,;.“”\"]|$)"
)
_RELATIVE_WORDS: Final = words_of("where which that who whom whose")
_PLURAL_HEADS: Final = words_of("people population staff personnel youth")
_IN_WHERE: Final = re.compile(
    rf"\b(?:in|at|to)\s+(?P<place>[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,3}}),\s+where\s+"
    r"[^,;]*$"
)
_NUMBER_IN: Final = re.compile(r"\s\d[\d.,]*(?:\s(?:thousand|million|billion))?(?=\s)")


def _with_ing(measure: str) -> str:
    """ "companies operate in X" as "companies operating in X": a bare verb right after a
    plural noun (the counted things) in its "-ing" form."""
    words = measure.split(" ")
    if not _RELATIVE_WORDS.isdisjoint(words):
        return measure  # "countries where our firms operate": the verb of its own clause
    for i in range(1, len(words)):
        verb = _BARE_ING.get(words[i])
        before = words[i - 1]
        if (
            verb
            and before.islower()
            and ((before.endswith("s") and not before.endswith("ss")) or before in _PLURAL_HEADS)
        ):
            words[i] = verb
    return " ".join(words)


_EVENT_NOUN: Final = re.compile(
    r"\b(forum|conference|summit|exhibition|fair|congress|festival|session|round\s+table|expo)\b",
    re.I,
)
_TOTAL_LEADS: Final = ("a total of ", "a combined ")
_RATE_NOUNS: Final = words_of("year day week month")
_LATE_WORDS: Final = frozenset([*_MODALS, "have", "has", "had", "it", "them", "but", "where"])


# Words of `_VERB_LEAD` that are nouns after "length of", "value of" and their kin.
_NOUN_AFTER_OF: Final = words_of("plan plans set sets")


def _readable(measure: str) -> str | None:
    """The measure as a noun phrase a reader understands: no verb left at its end ("capital
    of X will be"), no conjunction or preposition at its start, no clause that starts with a
    pronoun ("we want to reach") or a verb ("would provide X with a package": the package)."""
    low = measure.lower().split()
    if len(low) > 3 and low[0] in _PREFIX_WORDS and low[1] in ("of", "in"):
        low = low[2:]  # "growth of X": the test is on X
    if (
        len(low) > 1
        and low[0] not in _ANY_LEAD
        and not low[0].endswith("ing")
        and low[-1] not in _VERB_END
        and not low[-1].endswith((";", ":", ","))
        and _LATE_WORDS.isdisjoint(low)
        and not (
            len(low) > 3
            and low[1].endswith("ed")
            and low[2] in ("a", "an")
            and low[3] not in _RATE_NOUNS
        )
    ):
        return measure  # the cheap test: most measures have none of these words
    prefix = _MEASURE_PREFIX.match(measure) if measure.startswith(_MEASURE_PREFIXES) else None
    if prefix and prefix.group(0) != "earlier ":
        if low[0] in _NOUN_AFTER_OF and prefix.group(0).endswith(" of "):
            return measure  # "length of plan on trade": a noun after "of", not a verb
        phrase = _readable_phrase(measure[prefix.end() :])
        return f"{prefix.group(0)}{phrase}" if phrase else None
    return _readable_phrase(measure)


def _readable_phrase(measure: str) -> str | None:
    """`_readable` of a measure without its "growth of"."""
    words = measure.rstrip(" ;:,").split()
    if not words:
        return None
    if len(words) > 2 and words[0].lower() in ("last", "this") and words[1].lower() == "year":
        # "last year our trade": our trade last year
        words = [*words[2:], words[0].lower(), "year"]
    if len(words) > 2 and words[0].lower() in ("year", "years") and words[1] in ("the", "our"):
        words = words[2:]  # "(This) year the gross inflow of FDI"
    if len(words) > 2 and words[0].lower() == "since" and words[1][:1].isdigit():
        words = words[2:]  # "since 1998 Japan has provided X with aid"
    if words[0].lower().endswith("ing") and len(words) > 1 and words[1] in ("at", "on", "in"):
        return None  # "commencing at 4:15 p.m."
    if (
        len(words) > 3
        and words[1].endswith("ed")
        and words[2] in ("a", "an")
        and words[3].lower() not in _RATE_NOUNS  # "grain received a year": a rate
    ):
        words = words[3:]  # "union announced a Global Gateway package": the package
    while len(words) > 1 and words[-1].lower() in _VERB_END:
        words.pop()
    while len(words) > 1 and words[0].lower() in _CONJUNCTION_LEAD:
        words.pop(0)
        if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
            words.pop(0)
    late = next((i for i, w in enumerate(words[3:-1], 3) if w.lower() in _MODALS), None)
    if late:
        words = words[:late]  # "growth of net debt could rise to": of net debt
    modal = next(
        (i for i, w in enumerate(words[:3]) if w.lower() in _MODALS or w.lower() in _HAVE), None
    )
    if modal and modal < len(words) - 1 and words[modal + 1].lower() != "be":
        words = words[modal:]  # "the bank would provide X with a package": from the verb
    first = words[0].lower()
    if first in _PRONOUN_SUBJECTS or first in BE_FORMS or first == "worth":
        return None
    if len(words) == 1 and (
        first in ("going", "adding", "coming", "including", "covering", "reaching", "grow")
        or (first.endswith("ed") and not first.endswith("eed") and len(first) > 5)
    ):
        return None  # "amounted", "adding": a verb alone says nothing
    if first in _LEAD_PREPOSITIONS and len(words) > 1 and words[1][:1].islower():
        words.pop(0)  # "in supplies by 2030"
        if len(words) > 1 and words[0].lower() in ("a", "an", "the"):
            words.pop(0)
    elif first in _VERB_LEAD:
        # "would provide X with a new package": the phrase after its first article.
        article = next(
            (
                i
                for i, w in enumerate(words[:-1])
                if w.lower() in ("a", "an", "the", "its", "their")
                and words[i + 1].lower() not in ("year", "day", "week", "month")
            ),
            None,
        )
        with_at = next((i for i, w in enumerate(words) if w == "with"), None)
        if (article is None or article == len(words) - 1) and with_at and with_at < len(words) - 1:
            return " ".join(words[with_at + 1 :])  # "has provided X with development aid"
        if article is None or article == len(words) - 1:
            rest = " " + " ".join(words[1:])
            to = rest.split(" to ", 1)  # "aims to raise copper output to N": copper output
            rest = _TO_NUMBER.sub("", to[1].split(" ", 1)[-1]) if len(to) > 1 else ""
            if not rest or rest[0].isdigit() or rest.split()[0] in _APPROX_WORDS:
                return None  # "could rise to about 2.5 times": no thing named
            return _clean_np(rest)
        words = words[article + 1 :]
        if all(w.lower() in _NP_STOP_WORDS or w.lower() in _PERIOD_WORDS for w in words):
            return None  # "could double within the next": no thing named
    return " ".join(words) if words else None


# "is to ensure mutual supplies of electricity of ": what is to be done, the noun before "of".
_TO_DO_OF: Final = re.compile(
    r"\bto\s+(?!be\b)[a-z]+\s+(?:(?:the|a|an)\s+)?"
    r"(?P<np>(?!(?:the|a|an|it|them|up|out)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+of\s+$"
)
_NUMBER_OF_TO: Final = re.compile(r"\bnumber of\s+(?P<what>[^,;:]{3,90}?)\s+to\s*$")


# "a water project in X ($385 million); - the reconstruction of Y ($410 million)": a list's
# item, then its sum in brackets. An item starts after a list mark, a semicolon or a colon.
_ITEM_START: Final = re.compile(
    r".*(?:[;:•\n)]|\s[-–]\s|\bfollowed\s+by\s|\b(?:including|namely)\s)|^[-–•]\s", re.S
)
_COUNTED_END: Final = re.compile(
    r"\b(?P<n>(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*(?![\d,])|"
    + _NUMWORD
    + r")\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s*$"
)
_PLURAL_END: Final = re.compile(r"(?<![\w’'-])(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s*$")
_WHO: Final = words_of("it they which that who he she we")
_ENOUGH_TO: Final = re.compile(
    r"\benough\s+to\s+(?P<verb>supply|power|feed|serve|heat|employ|house)\s+$"
)
_ENOUGH_DONE: Final = {
    "supply": "supplied",
    "power": "powered",
    "feed": "fed",
    "serve": "served",
    "heat": "heated",
    "employ": "employed",
    "house": "housed",
}
_TERM_OF: Final = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?P<np>(?:(?!an?\s|the\s)[a-z][\w-]*\s+){0,3}?(?:agreement|contract|deal|lease|"
    r"concession|memorandum|loan|credit))\b[^,;]*\sfor\s+$"
)
_LIST_MARK_END: Final = re.compile(r"(?:^[-–•]|[;:•\n]|\s[-–]\s)\s*$")
_SIZE_LEAD: Final = re.compile(r"^\d[\d,.]*\s*[A-Z][A-Za-z]*\s+(?=[a-z])")  # "500 MW solar plant"
_FINITE_WORDS: Final = words_of("is are was were has have had will would")
_PARTICIPLE_LEAD: Final = re.compile(r"\s*(?:[a-z]+-)?[a-z]+(?:ing|ed)\s")


def _item_before_bracket(before: str, *, listed: bool = False) -> str | None:
    """The item of a list that a sum in brackets follows ("the modernization of X, covering
    N buildings ($150 million)": the modernization of X), or None if it reads as no item.
    `listed`: `before` ends where the item does, which must start after a list's mark."""
    item = before if listed else before.rstrip()[:-1].rstrip()
    lead = _ITEM_START.match(item)
    if listed and (lead is None or not _LIST_MARK_END.search(item, 0, lead.end())):
        return None
    item = item[lead.end() :] if lead else item
    parts = item.split(", ")
    while len(parts) > 1 and _PARTICIPLE_LEAD.match(parts[-1]):
        parts.pop()  # "..., co-financed with X", "..., covering N buildings": what it does
    phrase = parts[-1].strip().removeprefix("and ").removeprefix("- ")
    words = phrase.split()
    if (
        not 0 < len(words) <= (24 if " with " in phrase else 16)
        or not any(w[:1].islower() and w.isalpha() for w in words)
        or not _FINITE_WORDS.isdisjoint(words)  # "growth was highest in X ($N)": no item
    ):
        return None
    if len(words) > 10 and " with " in phrase:
        phrase = phrase.partition(" with ")[0]  # "a solar plant with a battery system in X"
    return _clean_np(_SIZE_LEAD.sub("", without_article(phrase)))


_HAS_DIGIT: Final = re.compile(r"\d")  # "assembly of up to 1,500 units": another figure's item
_ITEM_MARKS: Final = ("•", "-", "–", "—", "*", "·")
_ITEM_ENDS: Final = frozenset(["", ";", ".", "\n", ";\n", ".\n"])


def _dashed_item(before: str, after: str) -> str | None:
    """The thing a list item names after a dash when its sum closes it ("• X and Y — a
    contract for Z, 2.9 billion rubles;": a contract for Z); None elsewhere."""
    line = before[before.rfind("\n") + 1 :]
    if not line.startswith(_ITEM_MARKS) or after.rstrip(" ") not in _ITEM_ENDS:
        return None
    _, dash, rest = line[:-2].rpartition(" — ")
    if not dash:
        _, dash, rest = line[:-2].rpartition(" – ")
    if not dash or ", " in rest or not 1 < len(rest.split()) <= 16 or _HAS_DIGIT.search(rest):
        return None
    return _clean_np(without_article(rest))


def _total_of(before: str) -> str | None:
    """ "three new loans totalling N": the total of three new loans (the counted things)."""
    words = before.split()[:-1]
    kept: list[str] = []
    while words and len(kept) < 4:
        last = words.pop()
        if last[:1].isdigit() or last.lower() in _NUMBER_WORDS:
            kept.insert(0, last)  # "21 projects totaling N": their number stays
            break
        if (
            not (last.isalpha() and last.islower())
            or last in _NP_STOP_WORDS
            or last in _MODALS
            or last in ("of", "and")
            or (kept and last.endswith("ed"))  # "the fund signed deals totaling N"
        ):
            break
        kept.insert(0, last)
    if not kept or (kept[0][:1].isdigit() and len(kept) == 1):
        return None
    return f"total of {' '.join(kept)}"


# "hold summits every two years", "the summit is held every two years", "the group will meet
# every three months": what recurs at that interval.
_EVERY_BEFORE: Final = re.compile(
    r"\b(?:hold|held|holding|convene|convened|convening)\s+(?:the\s+|such\s+)?(?P<held>\w+)"
    r"\s+every\s+$"
    r"|\b(?P<subject>\w+)\s+(?:is|are|will\s+be|would\s+be|to\s+be)\s+(?:held|convened)\s+every\s+$"
    r"|\b(?P<group>\w+)\s+(?:meets|met|will\s+meet|that\s+will\s+meet|to\s+meet)\s+every\s+$"
)


def _plural(noun: str) -> str:
    """ "fair" -> "fairs", "assembly" -> "assemblies": what recurs, counted ("summits" stays)."""
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("ch", "sh", "x", "z")):
        return noun + "es"
    return noun + "s"


# "prices of USD 30-55/MWh": a price per a unit written after a slash.
_PER_UNIT: Final = re.compile(r"/(?P<unit>[A-Za-z]{1,4}(?:[A-Za-z]{1,2})?)\b")
_PER_UNIT_NAMES: Final = {"b": "barrel", "bbl": "barrel", "t": "tonne", "tu": "tonne"}
# "the agency, which puts the cost of the northern section at $4bn": the thing valued.
# "noted that bilateral trade, at $N a year, did not ...": the sum set off after its noun.
_APPOSED_AT: Final = re.compile(
    r"(?:^|\b(?:that|the|its|their)\s+)"
    r"(?P<np>(?:(?!(?:that|the|its|their)\s)[a-z][a-z-]*\s+)?(?:trade|turnover|exports|imports|investments?|revenues?|"
    r"budget|spending|aid|debt|output|sales)),\s+at\s+(?:[a-z]+\s+){0,2}$",
    re.I,
)
# "the world's third-largest": a rank before the thing ranked.
_WORLD_RANK: Final = re.compile(r"^world[’']s\s+(?:[\w-]+-)?(?:\w+est)\s+")
_PUTS_AT: Final = re.compile(
    r"\b(?:puts?|putting|estimates?|estimated|estimating|values?|valued|valuing|pegs?|pegged)"
    r"\s+(?P<what>(?:the|its|their)\s+[^,;.]{3,60}?)\s+(?:alone\s+)?at\s+$"
)


# "(the league) has N members": the people a body is made of, counted.
_MEMBERS_AFTER: Final = re.compile(
    r"\s+(?P<noun>members|member\s+states|member\s+countries|employees|staff|branches)\b"
    r"(?!\s+of\b)"
)
# " now has ": the verb (and adverb) between a body and the count of its members.
_HAS_TAIL: Final = re.compile(
    r"\s+(?:(?:now|currently|already|still|today)\s+)?(?:has|have|had)\s*$"
)


def _measure(text: str, figure: FigureFound, word: str) -> str | None:
    before = text[: figure.start]
    visa = (
        _VISA_FREE_BEFORE.search(before, max(0, figure.start - 40))
        if figure.unit in ("days", "weeks", "months") and "visa" in before[-40:].lower()
        else None
    )
    if visa:
        # "grant Norlandic citizens visa-free entry for up to 45 days", "stay visa-free for 30
        # days": how long a visa-free stay lasts, and for whom
        granted = _GRANTED_TO.search(before, max(0, visa.start() - 60), visa.start())
        noun = (visa["what"] or "stay").lower().rstrip("s")
        return f"visa-free {noun}" + (f" for {granted['who']}" if granted else "")
    levy = (
        _LEVY_AFTER.match(text, figure.end)
        if figure.unit == "percent" and _has_any(text[figure.end : figure.end + 40], _LEVY_STEMS)
        else None
    )
    if levy and (levied := _np_after(text, levy.end(), allow_of=False)):
        # "announced 25 per cent tariffs on foreign-made cars": the rate of those tariffs
        return f"{levy['noun']} on {levied}"
    market = (
        _HIGHER_AFTER.match(text, figure.end)
        if figure.unit == "percent" and word.endswith(_MARKET_VERBS)
        else None
    )
    closed = _MARKET_MOVE.search(before, max(0, figure.start - 100)) if market else None
    if market and closed and (shares := _clean_np(closed["np"])):
        # "Shares of X closed 4 percent higher": the rise of X's shares on the day.
        return f"{'rise' if market['way'] in ('higher', 'up') else 'decline'} of {shares}"
    if _kind_of(figure.unit) == "money" and word.endswith((" of", " at")):
        per = _PER_UNIT.match(text, figure.end) if text.startswith("/", figure.end) else None
        if per and word.endswith(" of"):
            # "at prices of USD 30-55/MWh", "a price cap of USD 75/MWh": the price per MWh
            head = before.rstrip()[:-3]
            priced = _thing_before(head) or head.rsplit(" ", 1)[-1]
            if priced.replace(" ", "").isalpha() and priced.islower():
                unit = per["unit"]
                return f"{priced} per {_PER_UNIT_NAMES.get(unit.lower(), unit)}"
        put = _PUTS_AT.search(before, max(0, figure.start - 90)) if word.endswith(" at") else None
        if put and (what := _clean_np(put["what"])):
            return what
        apposed = (
            _APPOSED_AT.search(before, max(0, figure.start - 60))
            if word.endswith(", at")
            else None
        )
        if apposed:
            return apposed["np"]  # "exports, at nearly $9 million a year, lag"
    if (
        figure.unit == "count"
        and word.endswith((" has", " have", " had"))
        and (kind := _MEMBERS_AFTER.match(text, figure.end))
        and (owner := _thing_before(_HAS_TAIL.sub("", before)))
    ):
        # "the X-Y friendship society now has over 60 members": the society's members
        return f"{kind['noun']} of the {owner}"
    if (
        word.endswith((", now", ", currently"))
        and text.startswith(",", figure.end)
        and (thing := _thing_before(before[: before.rfind(",")]))
    ):
        # "the number of border markets, now 35, should be doubled": those markets
        return thing
    if (
        word.endswith((", estimated at", ", put at"))
        and _kind_of(figure.unit) != "money"  # a sum so estimated is a cost (`_COST_BEFORE`)
        and (thing := _thing_before(before[: before.rfind(",")]))
    ):
        # "the world's third-largest reserves of copper, estimated at N": those reserves.
        return _WORLD_RANK.sub("", thing)
    if (
        figure.unit in ("years", "months")
        and before.endswith(" every ")
        and (every := _EVERY_BEFORE.search(before, max(0, figure.start - 60)))
    ):
        if every["group"]:
            return f"interval between meetings of {every['group']}"
        return f"interval between {_plural(every['held'] or every['subject'])}"
    if _kind_of(figure.unit) == "money" and (kind := _IS_FINANCING.match(text, figure.end)):
        return kind["np"]  # "$70 million is a grant and $30 million a concessional credit"
    if (
        figure.unit == "years"
        and word.endswith(" of")
        and (term := _TERM_OF_FINANCING.search(before, max(0, figure.start - 80)))
    ):
        return f"{term['what']} of the {term['np']}"  # "a credit with a maturity of 38 years"
    if word.endswith(("totalling", "totaling")) and (total := _total_of(before)):
        aimed = _FOR_AFTER.match(text, figure.end)
        aim = _np_after(text, aimed.end()) if aimed else None
        return f"{total} for {aim}" if aim else total  # "loans totaling N for X"
    if (
        before.endswith("(")
        and text.startswith(")", figure.end)
        and before[-3:-2].isalpha()
        and _kind_of(figure.unit) == "money"
        and (item := _item_before_bracket(before))
    ):
        return item
    if (
        word.endswith(", worth")
        and _kind_of(figure.unit) == "money"
        and (item := _item_before_bracket(before[: before.rfind(", worth")], listed=True))
    ):
        return f"value of {item}"  # "- a 300 MW solar plant in X region, worth $260 million;"
    if (
        before.endswith(", ")
        and _kind_of(figure.unit) == "money"
        and (item := _dashed_item(before, text[figure.end : figure.end + 2]))
    ):
        return item  # "• X and Y — a joint venture for Z, $N;": the item the sum is worth
    after_pos = figure.end
    aside = _PARENTHESIS.match(text, after_pos) if text.find("(", after_pos) >= 0 else None
    if aside:
        after_pos = aside.end()  # "KZT 45 bln ($100 mln) in the center": read past the aside
    comma = max(before.rfind(", "), before.rfind("; "), before.rfind(": "))
    that = before.rfind(" that ")
    if that > comma:
        clause = before[that + len(" that ") :]
        comma = -1
    else:
        clause = before[comma + 1 :] if comma >= 0 else before
    near = before[-40:]
    unit = figure.unit
    said_of = (
        _IS_ADJECTIVE.search(before[:comma])
        if comma >= 0 and clause.strip() in ("", "at")
        else None
    )
    if said_of and (subject := _clean_np(said_of["subject"])):
        # "Our trade is still modest, about 300 million euros a year", "Trade remains small,
        # at about $20 million"
        return subject
    runs = _RUNS_FOR.search(clause[-80:]) if unit == "years" and near.endswith("for ") else None
    what = _clean_np(runs["what"]) if runs else None
    if what and what.lower() not in _NOT_SUBJECT:
        return f"term of {what}"  # "the new contract will run for 15 years"
    granted = (
        _GRANTED_FOR.search(clause[-120:]) if unit == "years" and near.endswith("for ") else None
    )
    what = _clean_np(granted["np"]) if granted else None
    if what and granted:
        # "to grant X access to the port for 25 years", "to lease a site for 20 years".
        return f"term of lease of {what}" if granted["verb"] == "lease" else f"term of {what}"
    if unit == "years" and figure.text.endswith("-year"):
        # "a 25-year contract": how long the contract runs.
        following, np_end = _np_after_span(text, after_pos, allow_of=False)
        on = _ON_WHAT.match(text, np_end) if following else None
        thing = _np_after(text, on.end(), allow_of=False) if on else None
        if on and thing:
            return f"length of {following} {on['prep']} {thing}"  # "a 49-year lease on land"
        if following:
            return f"length of {following}"
    enough = _ENOUGH_TO.search(near) if unit == "count" and "enough" in near else None
    if enough and (following := _np_after(text, after_pos, allow_of=False)):
        # "..., enough to supply N households": the households supplied.
        return f"{following} {_ENOUGH_DONE[enough['verb']]}"
    term = _TERM_OF.search(clause[-120:]) if unit == "years" and near.endswith(" for ") else None
    if term:
        return f"term of the {term['np']}"  # "signed a supply agreement with X for 25 years"
    signed = (
        _SIGNED_FOR_ASIDE.fullmatch(clause)
        if unit == "years" and comma >= 0 and near.endswith(" for ")
        else None
    )
    if signed and (thing := _thing_before(before[:comma])):
        return f"term of the {thing}"  # "the gas contract, signed in 1996 for 25 years,"
    named_target = (
        _NOUN_TARGET_OF.search(near) if word.endswith((" target of", " goal of")) else None
    )
    if named_target:
        return named_target[
            "np"
        ]  # "reach the trade volume target of $N": the trade volume (target)
    if unit == "count" and word.endswith(" to") and "number of" in clause:
        # "raised the number of joint ventures in the region to 40": those ventures.
        counted = _NUMBER_OF_TO.search(clause)
        # "the number of tourists to grow to N": a verb's phrase, read below.
        what = _clean_np(counted["what"]) if counted and " to " not in counted["what"] else None
        if what:
            return what
    if unit == "count" and before.endswith(", ") and text.startswith(" in ", after_pos):
        in_total = _IN_TOTAL_AFTER.match(text, after_pos)
        told = before[:-2].rsplit(", ", 1)[-1] if in_total else ""
        opener = _CLAUSE_OPENER.match(told) if told else None
        subject, np_end = (
            _np_after_span(told, opener.end(), allow_of=False) if opener else (None, 0)
        )
        if subject and not subject[:1].isupper():
            # "Then documents were signed in the presence of the leaders, twelve in total": the
            # count of the clause's subject, with what was done to it
            predicate = _predicate(told, np_end)
            return f"{subject} {predicate}" if predicate else subject
    if unit == "count":
        following, np_end = _np_after_span(text, after_pos, allow_of=False)
        if following:
            worth = _WORTH_SKIP.match(text, np_end) if text.find("worth", np_end) >= 0 else None
            # "52 agreements worth $3 billion were signed between ...": what was done to them.
            predicate = _predicate(text, worth.end() if worth else np_end)
            if predicate.startswith("to ") and word.endswith(" of"):
                predicate = ""  # "a mission of 25 firms will visit X": the mission visits
            if predicate:
                return f"{following} {predicate}"
            if following.lower() in _GENERIC_COUNTS or (
                following.lower() in _PEOPLE and word.endswith(("reached", "totaled", "totalled"))
            ):
                # "imports reached 7,800 units": the units are of the subject's things.
                owner = _subject_np(clause, before, comma)
                if owner is None and comma >= 0:
                    subject = _subject_before(before[:comma])  # "X doubled, reaching N units"
                    owner = _clean_np(subject) if subject else None
                return owner or following
            done = _done_by(clause) if word.endswith(_DOING_WORDS) else None
            if done and not any(w.endswith("ing") for w in following.split()[1:]):
                # "Serbian companies are implementing 14 projects in Azerbaijan".
                participle, subject = done
                if subject is None and comma >= 0 and _WHICH_LEAD.match(clause):
                    # "a greenhouse complex ..., which will create 400 jobs": by the complex.
                    subject = _thing_before(_YEARS_TAIL.sub("", before[:comma]))
                if subject is None and participle in ("included", "covered"):
                    participle = ""  # "includes 32 projects": nothing said of them
                by = "in the" if participle == "included" else "by"  # "projects included in"
                to = _TO_AFTER.match(text, np_end) if participle == "admitted" else None
                where = _np_after(text, to.end(), allow_of=False) if to else None
                return (
                    f"{following} {participle}".rstrip()
                    + (f" {by} {subject}" if subject else "")
                    + (f" to {where}" if where else _place_after(text, np_end))
                    + _about(text, following, np_end)
                )
            last = following.rsplit(None, 1)[-1].lower()
            pp = _BARE_PP.match(text, np_end) if last in _BARE_VERBS and " " in following else None
            if pp:
                return f"{following} {pp['pp']}"  # "600 students study at Kazakh universities"
            if (
                comma >= 0
                and clause.lstrip().startswith("where ")
                and len(clause.split()) <= 3  # "where (about) N students study", no verb between
            ):
                # "a school in X, where about 1,200 students study": students at the school.
                place = _thing_before(before[:comma])
                pupils = following.split()
                if len(pupils) > 1 and pupils[-1].lower() in _BARE_VERBS:
                    pupils.pop()
                if place:
                    return f"{' '.join(pupils)} at the {place}"
            people = following.lower() in _PEOPLE
            group = (
                (_PEOPLE_OF if people else _GROUP_OF).search(near)
                if word.endswith(" of") and not (people and _place_after(text, np_end))
                else None
            )
            if group:
                return f"{following} in the {group['group']}"  # "a business mission of 25 firms"
            about = _about(text, following, np_end)
            if not about and word.endswith(_CLAUSE_PREPOSITIONS):
                # "X exports gas to 12 countries": the countries X exports gas to.
                where = _clause_before_count(clause)
                if where:
                    return f"{following} {where}"
            return following + (about or _place_after(text, np_end))
    on_area = (
        _BUILT_ON_AREA.search(clause[-90:])
        if unit in _AREAS and near.endswith("area of ")
        else None
    )
    site = _clean_np(on_area["thing"]) if on_area else None
    if site:
        return f"area of the {site}"  # "the plant will be built on an area of N"
    if (
        unit in _AREAS
        and word.endswith(_COVERING)
        and comma >= 0
        and not clause.strip(" ,")[: -len(word)].strip()
    ):
        # "The first phase of the park, covering 200 hectares, ...": the area of that phase.
        whole = before[:comma].rsplit(", ", 1)[-1].split()
        site = (
            _clean_np(" ".join(whole[1:]))
            if 2 <= len(whole) <= 8
            and whole[0].lower() in ("the", "a", "an", "its")
            and _FINITE_WORDS.isdisjoint(whole)
            else _thing_before(before[:comma])
        )
        if site:
            return f"area of the {site}"
    if unit in _AREAS and near.endswith(" on "):
        # "is building a greenhouse complex on 25 hectares in X": the area of the complex.
        site = _thing_before(before[:-4])
        if site:
            return f"area of the {site}"
    action = _ACTION_OF.search(near) if word.endswith(" of") and unit not in _NOT_MONEY else None
    if action and text.startswith(" of ", after_pos) and (of_what := _np_after(text, after_pos)):
        # "provides for the commissioning of 14 GW of new capacity": that commissioning.
        of_what = _AND_ARTICLE.split(of_what, 1)[0]  # "... and the replacement of": the next
        return f"{action['noun']} of {of_what}"
    apposed = (
        _NAME_APPOSED.search(near) if unit in _SIZE_OF and near.endswith((" a ", " an ")) else None
    )
    if apposed:
        # "the Harbourton Cable, a nearly 900 km power link": the length of the cable.
        return f"{_SIZE_OF[unit]} of {apposed['name']}"
    if unit in _QUANTITY_KINDS and (
        _HYPHEN_UNIT.search(figure.text)
        or (unit in _SIZE_OF and before.endswith((" a ", " an ")))  # "a 1,200 MW wind farm"
    ):
        # "a 10-hectare site at Bandar Abbas": the site, where it is.
        following, np_end = _np_after_span(text, after_pos, allow_of=False)
        place = _place_after(text, np_end) if following else ""
        if following and place:
            return following + place
        if following and unit in _AREAS:
            return f"area of the {following}"  # "occupies a 2,000-square-metre building"
    if unit == "times" and figure.text.lower().rsplit(None, 1)[-1] in _MULTIPLE_VERBS:
        same = _SAME_AFTER.match(text, after_pos)
        if same:
            return same.group("q").lower()  # "almost double the 2023 figure": see the loop
        thing, thing_end = _np_after_span(text, after_pos, allow_of=False)
        if thing and thing.lower() not in _PRONOUNS:
            # "agreed to double trade over the next five years".
            period = _NEXT_YEARS.match(text, thing_end)
            return f"growth of {thing}" + (f" {period.group('p')}" if period else "")
    if unit == "times" and comma >= 0 and _PRONOUN_OBJECT.match(text, after_pos):
        # "Trade reached $1 billion, and they aim at doubling it": the trade doubles.
        subject = _subject_before(before[:comma])
        owner = _clean_np(subject) if subject else None
        if owner:
            return f"growth of {owner}"
    if unit == "times" and (
        (_PRONOUN_OBJECT.match(text, after_pos) and _GROWN_IT_AFTER.match(text, after_pos))
        or ((" it " in near or " them " in near) and _GROWN_IT_BEFORE.search(near))
    ):
        # "the sides agreed to triple it by 2035", "to raise it four-fold": the growth of
        # what "it" stands for, the thing told before (`refer_back`)
        return "growth of it"
    money = _kind_of(unit) == "money"
    spent = _SPENT_AFTER.match(text, after_pos) if money else None
    if spent:
        # "with $19 billion invested since 2000", "the €10 billion mobilised by banks for X".
        rest = spent["rest"].split()
        while rest and rest[-1].lower() in _TRAILING_WORDS:
            rest.pop()
        verb = spent["verb"].lower()
        head = "investments" if verb == "invested" else f"funds {verb}"
        return " ".join([head, *rest])
    goes = _GOES_TO.match(text, after_pos) if money else None
    aim = _np_after(text, goes.end(), allow_of=False) if goes else None
    if goes and aim:
        # "€1.5 billion will support the X corridor", "€1.1 billion will go to Y".
        verb = goes.group("verb")
        return f"{_SUPPORT_NOUNS[verb.lower()]} {aim}" if verb else aim
    holds = (
        _HOLDS.search(clause[-80:].lstrip())
        if unit == "percent" and word.endswith(_HOLD_WORDS)
        else None
    )
    who = _clean_np(holds["who"]) if holds else None
    if who and who.lower() not in _NOT_SUBJECT:
        # "A and B will hold 33.3% each": their share; "A will hold 51% of the venture": A's
        # share in it.
        held = _np_after(text, after_pos + 4) if text.startswith(" of ", after_pos) else None
        if held:
            # ("of the company and B 15%": the next holder's share is its own)
            return f"share of {who} in {held.split(' and ', 1)[0]}"
        return f"share of {who}" + (" each" if text.startswith(" each", after_pos) else "")
    holder_name = (
        _NAME_THEN_SHARE.search(near) if unit == "percent" and near[-2:-1].isalpha() else None
    )
    if holder_name and _has_any(before.lower(), ("hold", "share", "stake")):
        return f"share of {holder_name['name']}"  # "..., and C 33.4%": C's share
    going = _GOING_TO.match(text, after_pos) if unit in ("percent", "fraction") else None
    aim = _np_after(text, going.end(), allow_of=False) if going else None
    if aim:
        return f"share going to {aim}"  # "with about half going to renewable energy"
    party = _FOR_PARTY.match(text, after_pos) if unit == "percent" else None
    if party:
        # "34 percent for Kyrgyzstan and 33 percent each for Kazakhstan and Uzbekistan".
        who = _np_after(text, party.end("for"), allow_of=False)
        if who:
            return f"share of {who}" + (" each" if party.group("each") else "")
    if unit == "percent" and (stake := _STAKE_AFTER.match(text, after_pos)):
        # "a 49 percent stake in the port": the stake (in it).
        held_in = _np_after(text, stake.end(), allow_of=False) if stake.group("in") else None
        return f"{stake.group('what')} in {held_in}" if held_in else stake.group("what")
    cost = _COST_BEFORE.search(near) if money and ("cost" in near or "estimated" in near) else None
    if cost:
        # "the cost of the project is estimated at $N", "the cable would cost $N".
        clause_start = len(before) - len(clause)
        cut = len(before) - len(near) + cost.start()
        owner = _clean_np(before[clause_start:cut]) if cut > clause_start else None
        if owner in (None, "which", "that") and comma >= 0:
            owner = _thing_before(before[:comma])
        elif owner and owner.startswith("whose ") and comma >= 0:
            # "the rebuilding of the X highway, whose cost is estimated at $N": its cost.
            thing = _thing_before(before[:comma])
            owner = f"{owner.split()[1]} of the {thing}" if thing else None
        if owner:
            estimated = "estimated " if cost.group("est") else ""
            if owner.split()[0].lower() in ("cost", "value", "price", "budget", "total"):
                return f"{estimated}{owner}"
            return f"{estimated}cost of {owner}"
    gapped = (
        _GAPPED_BY.search(near)
        if unit == "percent" and word.endswith(" by") and comma >= 0
        else None
    )
    change = _CHANGE_VERB_BY.search(before[:comma]) if gapped else None
    if gapped and change and not _CHANGE_VERB_BY.search(clause):
        # "Metallurgy grew by 3.9%, the chemical industry by 9.6%": the chemical industry.
        down = change["verb"].lower().startswith(("fell", "decl", "decr", "drop"))
        thing = _clean_np(gapped["np"])
        if thing:
            return f"decline in {thing}" if down else f"growth of {thing}"
    if (unit in _CHANGE_UNITS or unit in _QUANTITY_KINDS or unit in _SPANS) and word.endswith(
        "by"
    ):
        # "cut emissions by 2.8 million tonnes"; "the number of X has been reduced by a third".
        change = _CHANGE_BY.search(clause[-120:]) or _CHANGED_BY.search(clause[-120:])
        this = _THIS_FIGURE_BY.search(clause[-60:]) if change is None else None
        if this:
            # "we want this figure to grow by a third": the figure named before (`refer_back`).
            return "decline in it" if this["verb"] in _FALL_VERBS else "growth of it"
        if change and change.group("object").lower() in ("it", "them"):
            # "ready to increase them by a third": the things named before (`refer_back`).
            down = change.group("verb").lower().startswith(("cut", "reduc", "lower"))
            return "decline in it" if down else "growth of it"
        if change and change.group("object").lower() not in _PRONOUNS:
            # "cut the transit time of trains from A to B by N days": the route aside.
            thing = _clean_np(_ROUTE_TAIL.sub("", change.group("object")))
            if thing:
                # "raise gas output by a third", "cut emissions by half".
                down = change.group("verb").lower().startswith(("cut", "reduc", "lower"))
                return f"decline in {thing}" if down else f"growth of {thing}"
    of_which = (
        _OF_WHICH_DO.match(text, after_pos)
        if unit in ("fraction", "percent") and comma >= 0 and not clause.strip()
        else None
    )
    of_whole = _thing_before(before[:comma]) if of_which else None
    if of_which and of_whole:
        # "the irrigation systems, about 40 percent of which need repair": that share of them.
        return f"share of {of_whole} that {of_which['rest']}"
    if unit in ("fraction", "percent", "times"):
        # Matched in place (no copy of the text after the figure); a multiple has no "of".
        of_phrase = _OF_PHRASE.match(text, after_pos) if unit != "times" else None
        owner = _subject_np(clause, before, comma)
        with_part = (
            _WITH_ACCOUNTING.search(before, max(0, len(before) - 160))
            if owner is None and unit != "times" and before.endswith(("for ", "for"))
            else None
        )
        part_np = _clean_np(with_part["np"]) if with_part and of_phrase else None
        whole_np = (
            _np_after(text, of_phrase.start(1), allow_of=False) if part_np and of_phrase else None
        )
        if part_np and whole_np:
            # "with power and grids (alone) accounting for 30 percent of the total": their
            # share (in the total).
            whole_np = "the total" if whole_np.lower() == "total" else whole_np
            return f"share of {part_np} in {whole_np}"
        if of_phrase:
            target = _np_after(text, of_phrase.start(1), allow_of=False)
            purpose = _SPENT_ON.match(text, of_phrase.start(1))
            aim = _np_after(text, purpose.end(), allow_of=False) if purpose else None
            if purpose and aim:
                # "40 percent of the funds (will be) directed to X": the share for X.
                target = f"{_clean_np(purpose.group('what')) or purpose.group('what')} for {aim}"
            if target:
                return f"{owner} share of {target}" if owner else f"share of {target}"
        if owner is None and unit == "times":
            # "turnover had doubled": the clause before the verb is the subject.
            owner = _clean_np(_SUBJECT_TAIL.sub("", _AUXILIARY_END.sub("", clause).rstrip()))
        if owner:
            account = _ACCOUNTING.search(owner)
            if account:
                return f"{owner[: account.start()]} share"  # "exports accounting for 90%"
            if _DECLINE.search(clause[-40:]):
                return f"decline in {owner}"
            if _LEVEL_TO.search(near):
                return owner  # "rose to 12.9 percent": the level, not the growth
            if "growth" in owner.lower():
                return owner  # "the fastest growth was in X (N%)"
            if unit == "times" or _GROWTH.search(clause[-40:]) or near.rstrip().endswith(" by"):
                return f"growth of {owner}"
            return owner
    sale = _SALE.search(clause[-160:]) if money and near.endswith("for ") else None
    if sale:
        thing = _clean_np(sale.group("what"))
        if thing:
            return f"price of {thing}"  # "sell a 49% stake in X to Y for $1.1 billion"
    backed = _SUPPORTED_WITH.search(clause[-160:]) if money and near.endswith("with ") else None
    backed_what = _clean_np(backed["what"]) if backed else None
    if backed and backed_what:
        # "Germany will support the expansion of X in Kenya with EUR 112 million": the support
        # for it; "... with EUR 400 million in grants": the grants for it.
        kind = _MONEY_KIND_AFTER.match(text, after_pos)
        if kind:
            return f"{kind['kind']} for {backed_what}"
        return f"{_BACKING_NOUNS[backed['verb'][:4].lower()]} {backed_what}"
    holder = _HOLDER_WITH.search(near) if near.endswith("with ") else None
    given = _GIVEN_WITH.search(near[: holder.start()]) if holder else None
    of_what = _np_after(text, after_pos) if given and text.startswith(" of ", after_pos) else None
    if holder and given and of_what:
        # "Russia supplied Kyrgyzstan with N kWh of electricity": electricity supplied to it.
        return f"{of_what} {_GIVEN_VERBS[given['verb'].lower()]} to {holder['name']}"
    if holder:
        return holder.group("name")  # "followed by Russia with $27.4 billion"
    capacity = _CAPACITY_OF.search(near) if near.endswith("of ") else None
    if capacity:
        what = capacity.group("what").lower()
        of_what = (
            _np_after(text, after_pos)
            if what == "output" and text.startswith(" of ", after_pos)
            else None
        )
        if of_what:
            return f"{what} of {of_what}"  # "with a planned output of N tonnes of ammonia"
        owner = before[: capacity.start() + len(before) - len(near)]
        counted = _COUNTED_END.search(owner)
        if counted and counted["n"].lower() not in ("a", "an"):
            # "built two dams with a capacity of 30 MW each": each dam's capacity.
            each = "each of " if text.startswith(" each", after_pos) else ""
            total = next((q for q in ("combined ", "total ") if q in capacity.group()), "")
            return f"{total}{what} of {each}{counted['n']} {counted['np']}"
        thing = _thing_before(owner)
        route = (
            _BETWEEN_NAMES_END.search(owner.rstrip(" ,"))
            if thing is None and " between " in owner
            else None
        )
        if route:
            # "a second interconnector between A and B, with a capacity of N": its capacity.
            thing = _thing_before(owner[: route.start()])
            thing = f"{thing}{route.group()}" if thing else None
        if thing is None and what == "capacity":
            # "the line would be upgraded to a capacity of N", "the cable is expected to have
            # a capacity of N", "the X pipeline, with a capacity of N": the subject's, or the
            # thing named before the comma.
            had = _CAPACITY_SUBJECT.search(owner, max(0, len(owner) - 160))
            thing = _clean_np(had["np"] or had["named"] or had["equipped"]) if had else None
        if thing:
            thing = _ACTION_LEAD.sub("", thing)  # "the construction of wind farms": the farms
            return f"{what} of {thing}"
        plural = _PLURAL_END.search(owner) if capacity.group().startswith("with") else None
        heads = plural["np"].split() if plural else []
        ahead = owner[: plural.start()].split()[-1:] if plural else []
        if (
            len(heads) > 1
            and ahead
            and (ahead[0][:1].isupper() or ahead[0] in _WHO or ahead[0].endswith(","))
        ):
            heads.pop(0)  # "X operates wind farms": "operates" is X's verb
        if heads:
            # "X operates wind farms with a combined capacity of N": the farms' capacity.
            total = next((q for q in ("combined ", "total ") if q in capacity.group()), "")
            return f"{total}{what} of {' '.join(heads)}"
    amount = _AMOUNT_OF.search(near) if near.endswith("of ") else None
    noun = _clean_np(amount.group("np")) if amount else None
    if amount and noun:
        aim = None
        funds = noun.split()[-1].lower() in _FUNDS or noun.lower().endswith(
            ("credit line", "lines")
        )
        provider = (
            _PROVIDER.search(before[: len(before) - len(amount.group(0))]) if funds else None
        )
        if provider:
            # "Eximbank will open a credit line of N": the bank's credit line.
            who = _POSSESSIVE_LEAD.sub("", without_article(provider.group("who")))
            noun = f"{who} {noun}"  # "Our Eximbank": the Eximbank's credit line
        if funds and (purpose := _FOR_PHRASE.match(text, after_pos)):
            aim = _np_after(text, purpose.end(), allow_of=False)  # "a grant of N ... for X"
            named = text[: purpose.end()].rstrip().removesuffix("for").rstrip().rsplit(None, 1)
            if aim and named and named[-1][:1].isupper():
                aim = None  # "the Bank for Reconstruction": a name's "for"
        goes = _SUM_GOES.match(text, after_pos) if funds and aim is None else None
        if goes and goes["in"]:
            # "investments of N in X", not "a loan of N in the first half of 2026"
            invested = noun.rsplit(None, 1)[-1].lower().startswith("investment")
            goes = goes if invested and not _TIME_AFTER.match(text, after_pos) else None
        if goes and (goes_to := _aim_after(text, goes.end(), goes["prep"] or "")):
            # "a grant of N to build X"; "loans of N through the X Fund".
            prep = f"{goes['prep']} " if goes["prep"] else goes["channel"]
            return f"{noun} {prep}{goes_to}"
        return f"{noun} for {aim}" if aim else noun
    valued = (
        _VALUED_HEAD.search(before, max(0, len(before) - 160), len(before) - len(", worth "))
        if word.endswith(", worth") and before.endswith(", worth ")
        else None
    )
    if valued:
        # "the X project of the Y company in the Z region, worth $N": the project's value,
        # not that of the last phrase before the comma.
        the = "the " if valued["article"].lower() == "the" and valued["np"][:1].isupper() else ""
        on_at = _ON_SUBJECT.search(before, valued.end("np"), len(before) - len(", worth "))
        topic = _np_after(before, on_at.end()) if on_at else None
        if topic:
            topic = _WHERE_CUT.split(topic, 1)[0]  # "container traffic along the X route"
        on_topic = f" on {topic}" if topic and not any(c.isdigit() for c in topic) else ""
        return f"value of {the}{valued['np']}{on_topic}"
    traded = (
        _TRADED_WORTH.search(before, max(0, len(before) - 180))
        if near.endswith(" worth ") and _has_any(near, _TRADE_STEMS)
        else None
    )
    if traded and (goods := _clean_np(traded["goods"])):
        # "Norland exported goods worth N to Sylvania": Norland's exports of those goods (to
        # Sylvania);
        # "X imported goods worth N from Y": X's imports (from Y)
        flow = "exports" if traded["verb"].lower().startswith("export") else "imports"
        partner = _PARTNER_AFTER.match(text, after_pos)
        joint = ("to" if flow == "exports" else "from") if partner else ""
        return f"{flow} of {goods} by {traded['who']}" + (
            f" {joint} {partner['who']}" if partner and partner["prep"] == joint else ""
        )
    what = _worth_what(before[-90:]) if "worth" in near or "valued" in near else None
    if what:
        # "deals worth $1 billion": the value of the deals.
        located = [
            m
            for m in _LOCATED.finditer(what)
            # ("working on 14 pilot schemes worth N": a count after the preposition opens the
            # things worth it, no place; "in 2025" is a time, cut as a place is)
            if not _COUNT_OPENS.match(what, m.end())
        ]
        if located:
            what = what[: located[-1].start()]
        words = what.split()
        # "the first phase of the project": an article after "of" stays inside the phrase.
        articles = [
            i
            for i, w in enumerate(words)
            if w.lower() in ("a", "an", "the")
            and (i == 0 or w.lower() != "the" or words[i - 1].lower() != "of")
        ]
        if articles:
            words = words[articles[-1] + 1 :]
        sized = next(
            (
                i
                for i in range(1, len(words) - 1)
                if words[i - 1] == "of"
                and words[i][:1].isdigit()
                and i > 1
                and words[i + 1].lower() in _QUANTITY_UNITS
            ),
            None,
        )
        if sized:
            # "a greenhouse complex of 40 hectares worth N": the complex, not its hectares.
            words = words[: sized - 1] + words[sized + 2 :]
        verbs = [
            i
            for i, w in enumerate(words)
            if w.lower().endswith("ed")
            or (
                w.lower().endswith("ing")
                and not _modifies(words, i)
                and (i == 0 or words[i - 1].lower() != "of")  # "memoranda of understanding"
            )
            or (i > 0 and words[i - 1].lower() in _TO_OR_MODAL)  # "plan to implement X"
            or w[0].isdigit()
            or w.lower() in _NUMBER_WORDS
            or w.lower() in ("were", "was", "are", "is", "be", "been")
        ]
        thing = _clean_np(" ".join(words[verbs[-1] + 1 :] if verbs else words))
        verb = words[verbs[-1]].lower() if verbs else ""
        before_verb = words[verbs[-1] - 1].lower() if verbs and verbs[-1] > 0 else ""
        if (
            thing
            and verb in _DOING
            and verbs[-1] > 1
            and (
                before_verb in _MODALS
                or before_verb in _HAVE
                or (verb in _DONE_BY_DOER and before_verb not in _FUNCTION_WORDS)
            )
        ):
            # "the X side will supply equipment worth N": equipment supplied by the X side;
            # "Dutch firms signed contracts worth N": the contracts signed by them.
            auxiliary = before_verb in _MODALS or before_verb in _HAVE
            doer = _clean_np(" ".join(words[: verbs[-1] - auxiliary]))  # "X had delivered"
            if doer and not any(w.lower() in _NOT_SUBJECT for w in doer.split()):
                thing = f"{thing} {_DOING[verb]} by {doer}"
        if thing:
            sector = _SECTOR_AFTER.match(text, after_pos)
            field = _np_after(text, sector.start("sector"), allow_of=False) if sector else None
            # "joint projects worth $N in agriculture and food processing".
            if field:
                return f"value of {thing} in {field}"
            # "deals worth $N were signed on the first day": the deals signed then.
            deed = _predicate(text, after_pos) if _PASSIVE_AFTER.match(text, after_pos) else ""
            return f"value of {thing} {deed}" if deed else f"value of {thing}"
    to_do = (
        _TO_DO_OF.search(clause[-90:])
        if word.endswith(" of") and unit not in _NOT_MONEY and " to " in clause
        else None
    )
    thing = _clean_np(to_do["np"]) if to_do else None
    if thing:
        # "is to organize the supply of N tonnes of fruit": the supply of fruit.
        of_what = _np_after(text, after_pos) if text.startswith(" of ", after_pos) else None
        return f"{thing} of {of_what}" if of_what else thing
    state = word.endswith(_STATE_WORDS) and _STATE_VERB_BACKWARDS.match(near[::-1])
    if state:
        # "trade reached $4.4 billion": what reached it.
        helped = _HELPED_REACH.search(clause) if word.endswith("reach") else None
        # "the agreement had helped bilateral trade reach $1.9 billion": the trade.
        owner = _clean_np(helped.group("what")) if helped else _subject_np(clause, before, comma)
        if owner:
            return owner
    object_at = _first_of(clause, _OBJECT_VERB_STEMS) if clause.rstrip().endswith(" to") else -1
    obj = _OBJECT_TO.search(clause, object_at) if object_at >= 0 else None
    if obj:
        found = _clean_np(obj.group("object"))
        if found and comma >= 0 and obj.group("object").lower().startswith(("its ", "their ")):
            # "build a second line of the X pipeline, raising its capacity to N": X's.
            owner = _thing_before(before[:comma])
            if owner:
                return f"{found} of the {owner}"
        if found:
            return found
    allotter = (
        _FUNDED_BY.search(clause[-120:])
        if word.endswith(_ALLOT_VERBS)
        and unit not in _NOT_MONEY
        and text.startswith((" for ", " to "), after_pos)
        else None
    )
    # "X will allocate N for Y": X's allocation for Y (`_FUNDED_BY` below), when X is named.
    allotted = allotter is not None and _names_giver(allotter["who"])
    if not allotted and (
        _PREPOSITION_AFTER.match(text, after_pos) or _ARTICLE_BEFORE.search(near)
    ):
        following, np_end = _np_after_span(text, after_pos)
        if following:
            if "invest" in near and _INVEST_BEFORE.search(near):
                # "Hungarian companies have invested N in X since 2005".
                investor = _INVESTOR.search(clause[-90:].lstrip())
                who = _clean_np(investor["who"]) if investor else None
                if who and any(w.lower() in _NOT_SUBJECT for w in who.split()):
                    who = None
                since = (
                    _TIME_AFTER.match(text, np_end) if _may_name_period(text[np_end:]) else None
                )
                # "plan to invest N in X by 2030": the year the investment is planned by.
                by_year = _BY_YEAR.match(text, np_end) if since is None else None
                return (
                    "investment"
                    + (f" by {who}" if who else "")
                    + f" in {following}"
                    # "invest N in a plant in the X region": where the plant is
                    + (
                        _whole_place_after(text, np_end)
                        if since is None and by_year is None
                        else ""
                    )
                    + (f" {since['when']}" if since else "")
                    + (f" by {by_year['year']}" if by_year else "")
                )
            moved = word.endswith(_MOVED_WORDS) and _MOVED_BEFORE.search(near)
            if moved:
                verb = moved.group("verb").lower()
                route = _ROUTE_AFTER.match(text, np_end)
                tail = (
                    " " + re.sub(r"\s(?:our|their|its|his|her)\s", " ", route.group("route"))
                    if route
                    else ""
                )
                participle = _MOVED.get(verb, verb)
                receiver = _RECEIVER.search(clause[-80:]) if participle == "received" else None
                who = receiver["who"] if receiver else ""
                if who.startswith(_TIME_WORDS):
                    who = who.partition(" ")[2]  # "Today Serbia receives": Serbia
                works = (
                    _SITE_DOES.search(clause[-160:])
                    if participle in ("processed", "handled", "carried")  # ("produced": _FACILITY)
                    else None
                )
                if who.lower() in _PRONOUN_SUBJECTS:
                    participle = "received"  # "We receive N": no one named
                elif who:
                    # "Kyrgyzstan will receive N kWh of electricity": received by Kyrgyzstan.
                    participle = f"received by {who}"
                elif works:
                    # "the refinery at X will process N tonnes of crude": by the refinery
                    participle = f"{participle} by the {works['site']}"
                goods, sep, origin = following.partition(" from ")
                made, _, made_how = goods.rpartition(" ")
                if sep and made and made_how.endswith("ed"):
                    # "carry N of electricity generated from wind": where it is made, not
                    # where it is carried from
                    return f"{made} {participle}{tail}"
                if sep:  # "electricity received by X from Y"
                    return f"{goods} {participle} from {origin}{tail}"
                return f"{following} {participle}{tail}"
            if following.split()[0].lower() in _FUNDS:
                provider = _PROVIDER.search(clause)
                if provider:
                    who = re.sub(r"^the\s+", "", provider.group("who"), flags=re.I)
                    return f"{who} {following}"
            predicate = _predicate(text, np_end)
            if predicate:
                return f"{following} {predicate}"
            put = (
                _FUNDS_FOR.match(text, np_end)
                if following.split()[-1] in _FUNDS_AFTER_SUM
                else None
            )
            target = _aim_after(text, put.end(), put["prep"] or "") if put else None
            # "a BD75 million investment in a grain terminal"; "$5 million in support to the
            # flood response"; "€9 million in cofinancing through the Green Facility".
            if put and target:
                prep = f"{put['prep']} " if put["prep"] else put["channel"]
                return f"{following} {prep}{target}"
            if following.rpartition(" ")[2] in _SITES:
                # "a $40 million terminal at Port Callao": the terminal there
                return f"{following}{_whole_place_after(text, np_end)}"
            return following
    funded = (
        _FUNDED_BY.search(clause[-120:])
        if unit not in _NOT_MONEY and word.endswith(_FUNDING_VERBS)
        else None
    )
    if funded:
        # "Chinese enterprises have committed 40 billion yuan to solar projects".
        who = _AUX_END.sub("", without_article(funded.group("who")))
        noun = _FUNDING_NOUNS[funded.group("verb").lower()]
        aimed = _FUNDED_FOR.match(text, after_pos)
        if aimed is None and noun == "spending":
            aimed = _SPENT_ON_AFTER.match(text, after_pos)  # "spend N on the X crossing"
        acts = (
            _ACT_THEN_ARTICLE.match(text, aimed.end())
            if aimed and aimed.group().endswith("to ")
            else None
        )
        source = aimed.group("source").strip() if aimed and aimed.group("source") else None
        # "invest N to open a trade office in X", "N to help build a centre": what is opened
        # or built
        aim_at = acts.end() if acts else aimed.end() if aimed else -1
        aim = _np_after(text, aim_at, allow_of=False) if aim_at >= 0 else None
        invests = (
            _INVEST_IN.match(text, aimed.end())
            if aimed and acts is None and aimed.group().endswith("to ")
            else None
        )
        if invests and (invested_in := _np_after(text, invests.end(), allow_of=False)):
            aim = f"investment in {invested_in}"  # "pledged N to invest in ports": for that
        if aim:
            aim = _AIM_VERB.sub("", aim)  # "to support supplies of X": the supplies
        who = f"the {who}" if who[:1].islower() else who  # "allocation by the bank"
        last = who.rsplit(None, 1)[-1].lower()
        by = "" if last in _NOT_SUBJECT or last == "to" else f" by {who}"  # "to which it will"
        if last in ("which", "who") and (giver := _subject_np(clause, before, comma)):
            by = f" by {giver}"  # "the X Bank, which is contributing N": the bank's
        return (
            f"{noun}{by}"
            + (f" {re.sub(r'^from the ', 'from ', source)}" if source else "")
            + (f" for {aim}" if aim else "")
        )
    owner = _subject_np(clause, before, comma)
    if owner:
        return (
            f"decline in {owner}" if unit == "percent" and _DECLINE.search(clause[-40:]) else owner
        )
    tail = clause[-60:]
    done_of = _DONE_NOUN_OF.search(tail) if tail.endswith((" of", " of ")) else None
    if done_of:
        # "Kuwait announced a contribution of N to support X": the contribution (to X);
        # "he imposed a price ceiling of N per kilo on rice": the ceiling per kilo on rice.
        noun = done_of["np"]
        per = _PER_WORD_AFTER.match(text, after_pos)
        if per:
            noun = f"{noun} {per.group().strip()}"
        aimed = _AIMED_AFTER.match(text, per.end() if per else after_pos)
        aim = _np_after(text, aimed.end(), allow_of=False) if aimed else None
        if aimed and aim:
            return f"{noun} {aimed['prep']} {_AIM_VERB.sub('', aim)}"
        return noun
    return _np_after(text, after_pos) or _clean_np(tail[tail.find(" ") + 1 :])
