"""Shared text helpers: paragraphs, sentences, word tokens and character classes."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache
from html.entities import html5
from itertools import pairwise
from typing import Final, Protocol

from bot.parser.countries import country_of_word
from bot.parser.lexicon import CHAMBER_WORDS, HEAD_OF_STATE_TITLES, PRESIDING_TITLES, words_of

# Every uppercase letter of the Latin blocks (A-Z, Latin-1, Extended-A/B, and Extended
# Additional, as Vietnamese writes "HÀ NỘI"): names such as Şahinoğlu or Ørsted start with
# one. Built once from the Unicode data, not typed by hand.
UPPER: Final = "".join(
    chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isupper()
)

PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\u00a0]*\n+")
# The same, its break kept: one split gives the paragraphs and the breaks between them (a
# finditer made a match object and called two of its methods for each paragraph).
_PARAGRAPH_SPLIT: Final = re.compile(f"({PARAGRAPH_BREAK.pattern})")
# Marks a sentence or a clause before a list or a quotation ends with.
SENTENCE_ENDS: Final = '.!?:;"”»'
# "the", "a" or "an" opening a phrase (cut from topics and measures).
LEADING_ARTICLE: Final = re.compile(r"^(?:the|a|an)\s+", re.I)


# The characters that LEADING_ARTICLE (under re.I) matches first: a text opening with none of
# them has no article, which a set lookup tells for a tenth of a match call.
_ARTICLE_FIRSTS: Final = frozenset("tTaA")


def without_article(text: str) -> str:
    """`text` without its leading article, as LEADING_ARTICLE.sub("", text) gives it (the
    pattern can match at the start only; a sub tries it at every character)."""
    if text[:1] not in _ARTICLE_FIRSTS:
        return text
    lead = LEADING_ARTICLE.match(text)
    return text[lead.end() :] if lead else text


# Every byte but a-z made a space: the words of a lower-case text (its runs of a-z, as
# re.findall("[a-z]+", text) gives them) are then the parts of
# text.encode("ascii", "replace").translate(_NOT_A_TO_Z) split at spaces; a non-ASCII
# character is encoded as "?", so it is a space too. All of it runs in C, several times
# faster than findall.
_NOT_A_TO_Z: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
# Runs of blanks that are not already a single space (a single space needs no change): a tab
# or other blank and any blanks after it, or a space and at least one blank after it. The
# pattern opens with one character class so that the search jumps from blank to blank.
_SPACES: Final = re.compile(
    r"[ \t\u00a0\u2009\u202f]"
    r"(?:(?<=[\t\u00a0\u2009\u202f])[ \t\u00a0\u2009\u202f]*|[ \t\u00a0\u2009\u202f]+)"
)
# Every match of _SPACES holds one of these.
_BLANK_STARTS: Final = ("  ", "\t", "\u00a0", "\u2009", "\u202f")

# Words that end with a period without ending a sentence.
ABBREVIATIONS: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "eng",  # an engineer's style of address: "received by Eng. Ali Hassan"
        "amb",  # an ambassador's: "Amb. Ali Hassan"
        "nrs",  # Nepalese rupees: "NRs. 3.8 billion"
        "gen",
        "col",
        "lt",
        "st",
        "no",
        "nos",
        "vol",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "vs",
        "approx",
        "hon",  # "Senator the Hon. Jane Doe": a style of address
        "est",
        "mt",
        "ft",
        "bn",
        "mn",
        "mln",
        "bln",
        "e",
        "g",
        "i",
        "etc",
    ]
)
# Sentence marks, closing quotes or brackets, then a blank and what can open a sentence.
# ("[.!?][.!?]*" rather than "[.!?]+": a pattern that opens with a character class lets the
# search jump to the next mark.) In a paragraph without "!" or "?" the marks are periods,
# found faster still by the pattern that opens with a period, a literal.
_AFTER_MARKS: Final = r"[\"”’»)]*(?=\s+[\"“‘«(]?[\w\"“‘«$€£¥])"
_BOUNDARY: Final = re.compile(r"[.!?][.!?]*" + _AFTER_MARKS)
_PERIOD_BOUNDARY: Final = re.compile(r"\.\.*" + _AFTER_MARKS)
_CONSONANTS: Final = frozenset("bcdfghjklmnpqrstvwxz")
_INITIALS: Final = re.compile(r"(?:[a-z]\.)+[a-z]?")
_WORD_BEFORE: Final = re.compile(r"([\w.]+)[.!?]*[\"”’»)]*$")

# A word token: letters/digits with inner hyphens or apostrophes; dotted acronyms (U.S.).
# The quantifiers are possessive: no part of a token is ever given back, so the matches are
# those of the plain pattern, found without backtracking. (Digits are word characters, so
# numbers such as 2.5 are split by the word branch: "2", ".", "5".)
TOKEN: Final = re.compile(r"[A-Z]\.[A-Z]\.(?:[A-Z]\.)*+|[^\W_]++(?:[-‐‑'’][^\W_]++)*+|[^\w\s]")


class Sentence:
    """One sentence with its offsets in the body and the paragraph it belongs to; `low` is its
    lower case (see lower_same), `words` its lower-case words, to skip patterns cheaply.

    A plain class with slots, not a dataclass: mypyc compiles it to a native class, where it
    calls a dataclass's generated __init__ as Python (a tenth of a sentence split). Never
    changed once made."""

    __slots__ = ("end", "low", "paragraph", "start", "text", "words")

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        paragraph: int,
        low: str = "",
        words: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.low = low
        self.words = words


# A complete HTML entity, named or numbered and closed by its semicolon (html.unescape alone
# would also read a bare "&not" or "&para" inside a word).
_ENTITY: Final = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _unescape(entity: re.Match[str]) -> str:
    """The character an entity stands for; an unknown name ("&notit;") is left as written."""
    found = entity.group()
    if found[1] == "#":
        return html.unescape(found)
    return html5.get(found[1:], found)


_VULGAR_FRACTION: Final = re.compile(r"(?<=\d)([½¼¾])(?!\d)")
_FRACTION_DECIMALS: Final = {"½": ".5", "¼": ".25", "¾": ".75"}


def _decimal_fraction(fraction: re.Match[str]) -> str:
    return _FRACTION_DECIMALS[fraction.group(1)]


def clean(text: str) -> str:
    """Return the text with normalised line ends and single spaces inside lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and ";" in text:
        # A web page's entities pasted with its text: "&amp;", "&nbsp;", "&#8217;".
        text = _ENTITY.sub(_unescape, text)
    if "½" in text or "¼" in text or "¾" in text:
        # "growth of 5½ percent", "2¼ per cent": a whole number and a vulgar fraction, as
        # central banks and lenders write rates, read as its decimal ("5.5 percent")
        text = _VULGAR_FRACTION.sub(_decimal_fraction, text)
    if all(blank not in text for blank in _BLANK_STARTS):
        return text  # nothing for _SPACES to change (the common case): string scans are cheaper
    return _SPACES.sub(" ", text)


@lru_cache(maxsize=2)
def paragraphs(body: str) -> list[tuple[int, str]]:
    """Split a body into (offset, paragraph) pairs at blank lines.

    Several stages split the same body: the last bodies' splits are kept (callers only read
    the list)."""
    out: list[tuple[int, str]] = []
    pos = 0
    # [paragraph, break, paragraph, ..., paragraph]: the offsets are the lengths before each
    parts = _PARAGRAPH_SPLIT.split(body)
    for at in range(0, len(parts), 2):
        chunk = parts[at]
        if chunk.strip():
            out.append((pos, chunk))
        if at + 1 < len(parts):
            pos += len(chunk) + len(parts[at + 1])
    return out


def _is_boundary(paragraph: str, end: int) -> bool:
    if paragraph[end - 1] != "." and paragraph[end - 1] not in '"”’»)':
        return True  # "!" or "?"
    # The word before the mark, within 40 characters. No blank is part of a match, so the
    # search starts after the last space or line break instead of trying every position.
    start = max(0, end - 40, paragraph.rfind(" ", 0, end) + 1, paragraph.rfind("\n", 0, end) + 1)
    match = _WORD_BEFORE.search(paragraph, start, end)
    if not match:
        return True
    word = match.group(1)
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return False
    # Initials and dotted acronyms: "U.S.", "J." (but not a number such as "2.5.").
    if (
        len(bare) == 2
        and len(word) > 1
        and word[0].isupper()
        and word[1].islower()
        and _CONSONANTS.issuperset(bare)
    ):
        return False  # an initial of two consonants: "Ts. X", "Sh. Y"
    return not (len(bare) == 1 and bare.isalpha()) and not _INITIALS.fullmatch(word.lower())


def sentences(body: str) -> list[Sentence]:
    """Split a body into sentences, keeping offsets; abbreviations do not end sentences."""
    out: list[Sentence] = []
    for number, (offset, para) in enumerate(paragraphs(body)):
        start = 0
        marks = _BOUNDARY if "!" in para or "?" in para else _PERIOD_BOUNDARY
        for match in marks.finditer(para):
            end = match.end()
            if not _is_boundary(para, end):
                continue
            _add(out, para, start, end, offset, number)
            start = end
        _add(out, para, start, len(para), offset, number)
    return out


# A line a bullet opens, inside a paragraph: "Key points\n• A met B\n• C received D".
_BULLET_LINE: Final = re.compile(r"\n[ \t]*[•●▪◦‣](?=\s)")


def bullet_items(sents: list[Sentence]) -> list[Sentence]:
    """The sentences, with each line a bullet opens made one of its own: the items of a list
    with no full stops ("Key points\n• A and B held talks\n• C received B") tell an event
    each, not one sentence's."""
    out: list[Sentence] = []
    for sentence in sents:
        text = sentence.text
        if "\n" not in text or _BULLET_LINE.search(text) is None:
            out.append(sentence)
            continue
        start = 0
        for match in _BULLET_LINE.finditer(text):
            _add(out, text, start, match.start(), sentence.start, sentence.paragraph)
            start = match.end()
        _add(out, text, start, len(text), sentence.start, sentence.paragraph)
    return out


def _add(out: list[Sentence], para: str, start: int, end: int, offset: int, number: int) -> None:
    chunk = para[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = offset + start + lead
    low = lower_same(stripped)
    out.append(
        Sentence(stripped, begin, begin + len(stripped), number, low, frozenset(a_to_z_words(low)))
    )


def a_to_z_words(text: str) -> list[str]:
    """The runs of a-z in `text`, as re.findall("[a-z]+", text) gives them (in lower case
    text: its words), in C."""
    return text.encode("ascii", "replace").translate(_NOT_A_TO_Z).decode("ascii").split()


_REPORT_WORDS: Final = (
    "reported",
    "reports",
    "said",
    "says",
    "added",
    "announced",
    "informed",
    "stated",
    "noted",
    "stressed",
    "emphasized",
    "emphasised",
    "underlined",
    "explained",
    "highlighted",
    "told",
    "wrote",
    "writes",
    "posted",
)


_REPORT_HINT: Final = re.compile(r"\b(?:" + "|".join(_REPORT_WORDS) + r")\b")
_REPORT_SET: Final = frozenset(_REPORT_WORDS)
# The last reporting verb after a space, in one search: `.*` runs to the end of the text and
# gives back one character at a time, so the match is the rightmost " said", " reported"...
# (what the largest of 19 `str.rfind` calls gave; no verb starts another, so at most one can
# start at any position).
_LAST_REPORT_WORD: Final = re.compile(r".*( (?:" + "|".join(_REPORT_WORDS) + r"))", re.DOTALL)


def strip_attribution(text: str, words: frozenset[str] | None = None) -> str:
    """Drop a closing attribution: "…, the press service reported." / "…, said the ministry.".

    `words`, when given, are the lower-case words of the text (or of a text containing it),
    a cheap test that skips the search when no reporting verb occurs at all."""
    if words is not None and words.isdisjoint(_REPORT_SET):
        return text
    # Every test below only keeps the text as it is: the cheap ones (C string searches) first.
    # A verb before the text's last comma has that comma in its tail (below), which keeps the
    # text; no verb holds a comma, so the search for the last one starts there.
    last_comma = text.rfind(",")
    if last_comma < 0:
        return text  # no comma before a verb either
    last = _LAST_REPORT_WORD.match(text, last_comma)
    if last is None:
        return text
    best = last.start(1)
    # “... in X and Y,” he said: the comma closing a quotation comes first.
    comma = max(
        text.rfind(", ", 0, best + 1),
        text.rfind(",” ", 0, best + 1),
        text.rfind('," ', 0, best + 1),
    )
    if comma < 0 or best - comma > 95:
        return text
    end = last.end()
    if not (
        # The last verb is a whole word within the last 140 characters: _REPORT_HINT finds it.
        (best + 1 >= len(text) - 140 and (end == len(text) or not is_word_char(text[end])))
        or _REPORT_HINT.search(text, max(0, len(text) - 140))
    ):
        return text
    tail = text[end:].strip(" .")
    limit = 8 if best - comma <= 2 else 4
    if "," in tail or len(tail.split()) > limit:
        return text
    return text[:comma]


def is_word_char(char: str) -> bool:
    """Whether a regex's \\w (Unicode) matches `char`."""
    return char.isalnum() or char == "_"


def last_whole_word(text: str, words: frozenset[str]) -> tuple[int, str] | None:
    """Where the last of `words` (each of a-z only) that stands in `text` as a whole word
    starts, and which it is: the last match of `\\b(?:word|word...)\\b`, found with string
    scans instead of trying the pattern at every character."""
    best: tuple[int, str] | None = None
    for word in words.intersection(a_to_z_words(text)):
        # (a run of a-z that is one of `words` may still touch other word characters,
        # "Msaid", "said2": each place it stands is checked as \b would)
        at = text.rfind(word)
        while at >= 0 and (best is None or at > best[0]):
            end = at + len(word)
            if (at == 0 or not is_word_char(text[at - 1])) and (
                end == len(text) or not is_word_char(text[end])
            ):
                best = (at, word)
                break
            at = text.rfind(word, 0, end - 1)
    return best


def lower_same(text: str) -> str:
    """The text in lower case when that keeps every offset, else the text as it is. The
    Turkish dotted capital "İ" (whose lower case is two code points) lowers to a plain "i"."""
    low = text.lower()
    if len(low) != len(text):
        low = text.replace("İ", "I").lower()
    return low if len(low) == len(text) else text


def positions(text: str, chars: str) -> list[int]:
    """The sorted positions of each of `chars` in `text`: a few str.find calls cost less than
    a regex character class with non-Latin-1 members."""
    found = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    return sorted(found)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, when `starts` (sorted) holds every position
    where a match can start: the pattern is tried there only."""
    found: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if at >= end and (match := pattern.match(text, at)):  # a match consumes its text
            found.append(match)
            end = match.end()
    return found


# A relative clause closed by a comma: ", who met the ambassador last week," (the people in it
# are neither the subject who speaks nor where a meeting was held).
WHO_CLAUSE: Final = re.compile(r",\s+(?:who|whom|whose)\b[^,.;“”\"]*,")


class RoleReferent(Protocol):
    """A mention of a person (people.Mention): where, whom, and how ("name", "role"...)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def person(self) -> int: ...
    @property
    def kind(self) -> str: ...


_DEPUTIES: Final = frozenset(["vice", "deputy"])
# Roles that say what a person is rather than the office, or that they are the guest.
_VAGUE_ROLE_WORDS: Final = frozenset(
    ["leader", "official", "diplomat", "representative", "visiting", "guest", "top", "chief"]
)
# Where one office of a title ends and the next begins: "Deputy Prime Minister and Minister of
# Trade", "Deputy Prime Minister – Minister of Investment".
_OFFICE_SPLIT: Final = re.compile(r"\s+(?:and|[–—-])\s+|,\s*")
_OFFICE_CORE_END: Final = re.compile(r"\s+(?:of|for|to|at|in|on)\s")


# The chambers whose presiding officer is called "the speaker", whatever the title says.
_CHAMBERS: Final = CHAMBER_WORDS | words_of("kenesh khural")
_WORD: Final = re.compile(r"[a-z]+")


def office_fits(role: list[str], title: str) -> bool:
    """Whether one office of a lower-case title is the role ("the head of state" is a
    President, "the minister" a Foreign Minister but not a Prime Minister)."""
    head, modifiers = role[-1], role[:-1]
    if role[-3:] == ["head", "of", "state"]:
        heads, modifiers = HEAD_OF_STATE_TITLES, []
    elif role[-3:] == ["head", "of", "government"]:
        heads, modifiers = frozenset(["premier", "chancellor", "prime minister"]), []
    elif role[-2:] == ["prime", "minister"] or head == "premier":
        heads, modifiers = frozenset(["premier", "prime minister"]), role[:-2]
    elif head == "speaker" and _CHAMBERS & set(_WORD.findall(title)):
        # "the speaker" of a parliament is its Chairman: "Chairman of the Jogorku Kenesh"
        heads = PRESIDING_TITLES
    else:
        heads = frozenset([head])
    for office in _OFFICE_SPLIT.split(title):
        core = _OFFICE_CORE_END.split(f"{office} ", maxsplit=1)[0].split()
        pairs = {f"{a} {b}" for a, b in pairwise(core)}
        if not (heads & set(core) or heads & pairs):
            continue
        if "minister" in heads and "prime minister" not in heads and "prime minister" in pairs:
            continue  # "the minister" is no Prime Minister
        if _DEPUTIES.isdisjoint(modifiers) and not _DEPUTIES.isdisjoint(core):
            continue
        if all(word in core for word in modifiers):
            return True
    return False


def roles_of_subject(
    body: str, titles: Sequence[str | None], mentions: Sequence[RoleReferent]
) -> dict[int, int]:
    """The role mentions ("The Head of State noted", "the minister said") that the brief's
    main subject (the person named first) holds as well as the person they were resolved to:
    {position in `mentions`: the main subject}. Of two Presidents, "the President" is the one
    the brief is about, not the one named last; a role with a nationality ("the Finnish
    President"), one qualified ("the Head of State of X") or a vague one ("the official",
    "the visiting minister") keeps its person."""
    roles = [i for i, m in enumerate(mentions) if m.kind == "role"]
    if not roles:
        return {}
    first = min(mentions, key=lambda m: m.start)
    subject = first.person
    title = (titles[subject] or "").lower() if subject < len(titles) else ""
    if not title:
        return {}
    out: dict[int, int] = {}
    for position in roles:
        mention = mentions[position]
        if mention.person == subject or mention.start <= first.start:
            continue
        said = body[mention.start : mention.end]
        if "’" in said or "'" in said or body.startswith(" of ", mention.end):
            continue  # "China’s top diplomat", "the Head of State of Turkmenistan"
        words = said.replace("-", " ").split()[1:]  # without "the"
        if not words or any(country_of_word(word) for word in words):
            continue  # "the Finnish President"
        role = [word.lower() for word in words]
        if not _VAGUE_ROLE_WORDS.isdisjoint(role):
            continue
        if office_fits(role, title):
            out[position] = subject
    return out


def roles_of_nationality(
    body: str,
    titles: Sequence[str | None],
    countries: Sequence[str | None],
    mentions: Sequence[RoleReferent],
) -> dict[int, int]:
    """The role mentions with a nationality ("the Tajik president") resolved to someone of
    another country, and the one person of that nationality whose title is that role:
    {position in `mentions`: that person}. Where no one or several fit, the mention stays."""
    out: dict[int, int] = {}
    for position, mention in enumerate(mentions):
        if mention.kind != "role":
            continue
        words = body[mention.start : mention.end].replace("-", " ").split()
        nations = [country_of_word(word) for word in words]
        country = next((c for c in nations if c), None)
        if country is None or countries[mention.person] == country:
            continue
        role = [w.lower() for w, c in zip(words, nations, strict=True) if not c][-3:]
        role = role[1:] if role and role[0] == "the" else role
        if not role or not _VAGUE_ROLE_WORDS.isdisjoint(role):
            continue
        fits = [
            i
            for i, title in enumerate(titles)
            if countries[i] == country and title and office_fits(role, title.lower())
        ]
        if len(fits) == 1:
            out[position] = fits[0]
    return out
