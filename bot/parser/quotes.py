"""Direct quotations and their speakers: “A,” he said; X said: "B"; “A,” the minister said.
“A,” he said. “B.” gives two quotes; a quotation that runs over paragraphs is one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from bot.parser.countries import country_of_name, country_of_word
from bot.parser.lexicon import SPEECH_VERBS, words_of
from bot.parser.people import Mention, MentionIndex, PersonFound
from bot.parser.text import (
    WHO_CLAUSE,
    last_whole_word,
    lower_same,
    office_fits,
    paragraphs,
    positions,
)

_OPENERS: Final = {"“": "”", "«": "»", "„": "“", '"': '"'}
# A post's words are quoted as a speech's are: "“...,” Y posted on X".
# A profile's present-tense narration: "“...,” she laughs", "“...,” she recalls".
# Words said to set a record straight or to bind oneself: "X clarified that ... “...”".
_QUOTE_VERBS: Final = SPEECH_VERBS | words_of(
    """
    posted tweeted laughs laughed smiles smiled jokes joked recalls
    clarified acknowledged admitted vowed pledged cautioned conceded
    """
)


def _by_first_letter(words: frozenset[str]) -> str:
    """`words` as an alternation of groups, one for each first letter ("s(?:aid|ays)|t(?:old)"),
    each group's words the longest first."""
    return "|".join(
        letter
        + "(?:"
        + "|".join(sorted((w[1:] for w in words if w[0] == letter), key=len, reverse=True))
        + ")"
        for letter in sorted({word[0] for word in words})
    )


# Every pattern has these verbs followed by a boundary or a blank (or tests them in a
# lookahead): at most one matches at a place, so their order is free. Grouped by first letter,
# a place tries one group's words, not each verb in turn (under re.I no verb's first letter
# turns its branch down at once: each was entered in full).
_VERBS: Final = _by_first_letter(_QUOTE_VERBS)
_AFTER_PRONOUN: Final = re.compile(
    rf"[ \t]*[,.]?[ \t]*[,—–-]?[ \t]*(he|she|they)\s+(?:{_VERBS})\b", re.I
)
# What may stand before the pronoun of _AFTER_PRONOUN, and the letters a pronoun may open with
# (in any case: "ſ" is an "s" to re.I): a tail whose first other character is none of them
# is no match, which the match (about 8,000 instructions) need not try.
_BEFORE_PRONOUN: Final = " \t,.—–-"
_PRONOUN_FIRSTS: Final = frozenset("hHsSſtT")


def _pronoun_after(tail: str) -> re.Match[str] | None:
    """`_AFTER_PRONOUN.match(tail)`, not tried where no pronoun can open the tail."""
    if tail.lstrip(_BEFORE_PRONOUN)[:1] not in _PRONOUN_FIRSTS:
        return None
    return _AFTER_PRONOUN.match(tail)


# “...,” X said / “...,” X also said: a speech verb just after the name.
_VERB_AFTER_NAME: Final = re.compile(rf",?\s+(?:\w+\s+)?(?:{_VERBS})\b", re.I)
# “...,” X, the head of the agency, said: an apposition between the name and the verb.
_VERB_AFTER_APPOSITION: Final = re.compile(
    rf",\s+[^,.;“”\"\n]{{2,90}}?,\s+(?:also\s+)?(?:{_VERBS})\b", re.I
)
# “...,” X was quoted as saying / “...,” Xinhua quoted X as saying.
# "X was quoted as saying", "X was quoted by a senior official as telling Y".
_QUOTED_AS: Final = re.compile(
    r",?\s+(?:was\s+)?quoted\s+(?:by\s+(?:[\w’'-]+\s+){1,5}?)?as\s+(?:saying|telling)\b"
)
_QUOTING: Final = re.compile(
    r"[ \t]*[,.]?[ \t]*[,—–-]?[ \t]*(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}quoted\s+"
)
# What may open a line before its speaker's name: "Foreign Minister of Y X: “...”".
_LINE_TITLE: Final = re.compile(r"(?:(?:[A-Z][\w’'.-]*|of|the|and|for)\s+){0,8}")
# A title, a comma, then the name: “...,” said the Minister of Foreign Affairs of Y, X.
_TITLE_COMMA: Final = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w’'.-]*|of|the|and|for)(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|for)){0,9}"
    r",\s+"
)
_AFTER_VERB_FIRST: Final = re.compile(rf"\s*[,–—-]?\s*(?:{_VERBS})\s+", re.I)
_BEFORE_VERB: Final = re.compile(
    rf"(?:\b(he|she|they)\s+)?(?:also\s+)?(?:{_VERBS})(?:\s+(?:that|reporters|journalists|"
    rf"participants|the \w+))?\s*[:,]?\s*$",
)
# The words a text can end with (before blanks and one colon or comma) if _BEFORE_VERB
# matches it; a cheap test before its search, which tries every position of the text.
_BEFORE_VERB_ENDINGS: Final = (
    *sorted(_QUOTE_VERBS),
    "that",
    "reporters",
    "journalists",
    "participants",
)
# The text up to its last character that no match of _BEFORE_VERB can hold (one outside
# word characters, blanks, ":" and ","): a match ends the text, so it starts after that
# character, and the search starts there too rather than at every position of the text.
_BEFORE_BARRIER: Final = re.compile(r".*[^\w\s:,]", re.DOTALL)
_MIN_WORDS: Final = 4
# Between a closing mark and the speaker: punctuation, and an honorific ("Mr. Smith said").
_GAP: Final = re.compile(r"[ \t,.—–-]*(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Madam)\.?[ \t]+)?")
# Initials written onto the surname: “...,” L.X said.
_GLUED_INITIALS: Final = re.compile(r"(?:[A-Z]\.){1,3}")
# "High Representative/Vice-President": two offices joined by a slash; "the 47-year-old X":
# an age. (Each word and its blanks are taken once, atomically: a word ends where the blanks
# begin, so no other way of matching it can help, and "[a-z]+-?[a-z]*", tried every way it
# splits a word, cost a failing gap of six long words tens of milliseconds.)
_TITLE_GAP: Final = re.compile(
    r"(?>(?:the|[A-Z][\w’'./-]*|[a-z]++(?:-[a-z]*+)?|\d{1,3}-year-old)\s+){0,6}"
)
# A title between the closing mark and the name: “...,” Foreign Minister X said, “...,”
# ministry spokesperson X Y said (a role in lower case, then capitalised words).
_CAPITAL_TITLE: Final = re.compile(
    r"(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,3}(?:[A-Z][\w’'.-]*\s+){0,5}"
)
# “...,” the President of Uzbekistan said: an office and a country name the speaker.
_OFFICE_OF_COUNTRY: Final = re.compile(
    r"[ \t]*[,.]?[ \t]*[,—–-]?[ \t]*(?:the\s+)?(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|head)"
    r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})"
    rf"\s+(?:{_VERBS})\b"
)
# “...,” said the President of Uzbekistan.
_VERB_OFFICE_OF_COUNTRY: Final = re.compile(
    rf"[ \t]*[,.]?[ \t]*[,—–-]?[ \t]*(?:{_VERBS})\s+the\s+"
    r"(?P<office>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})"
    r"(?=[.,;]|\s*$)"
)
_ACCORDING: Final = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(him|her)|(?P<who>[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)\s*,?\s*$"
)


@dataclass
class QuoteFound:
    """A quotation: its words without the marks, where it stands, and who said it."""

    text: str
    start: int
    end: int
    speaker: int | None = None  # index of a person


def _spans(body: str) -> list[tuple[int, int, str]]:
    """(start of opening mark, end after closing mark, text) of each quotation."""
    out: list[tuple[int, int, str]] = []
    # Every opening mark of the body, in order: each paragraph finds its next one by bisection.
    marks = positions(body, "".join(_OPENERS))
    if not marks:
        return out
    paras = paragraphs(body)
    open_at: int | None = None
    closer = ""
    pieces: list[str] = []
    for offset, para in paras:
        pos = 0
        if open_at is not None:
            # A quotation continued from the paragraph before must reopen here.
            stripped = para.lstrip()
            if stripped[:1] in _OPENERS:
                pos = len(para) - len(stripped) + 1
            elif _closes_at_end(stripped, closer):
                # A statement whose next paragraph goes on without reopening the mark and
                # closes it at its end: one quotation over both.
                pos = len(para) - len(stripped)
            elif len(pieces) < _MAX_OPEN_PARAGRAPHS and not any(mark in para for mark in _MARKS):
                # A paragraph of the statement without any quotation mark, as a spokesperson's
                # statement runs over several ("...said:\n\n"A.\n\nB.\n\nC.""): kept
                # while a later paragraph closes the mark at its end.
                pieces.append(para.strip())
                continue
            else:
                open_at, pieces = None, []
        while pos < len(para):
            if open_at is None:
                i = bisect.bisect_left(marks, offset + pos)
                if i == len(marks) or marks[i] >= offset + len(para):
                    break  # no opening mark in the rest of the paragraph
                pos_open = marks[i] - offset
                open_at, closer, pieces = marks[i], _OPENERS[body[marks[i]]], []
                pos = pos_open + 1
            close = para.find(closer, pos)
            if closer == '"' and close < 0:
                close = -1
            if close < 0:
                pieces.append(para[pos:].strip())
                break
            pieces.append(para[pos:close].strip())
            out.append((open_at, offset + close + 1, " ".join(p for p in pieces if p)))
            open_at, pieces = None, []
            pos = close + 1
    return out


# Every opening and closing quotation mark.
_MARKS: Final = frozenset(_OPENERS) | frozenset(_OPENERS.values())
# How many paragraphs a quotation may run over without a mark before it is closed.
_MAX_OPEN_PARAGRAPHS: Final = 8


def _closes_at_end(para: str, closer: str) -> bool:
    """Whether a paragraph's first closing mark ends it and no opening mark comes before."""
    para = para.rstrip()
    close = para.find(closer)
    if close != len(para) - 1 or close < 1:
        return False
    return not any(mark in para[:close] for mark in _OPENERS)


def _clean(text: str) -> str:
    text = " ".join(text.split())
    return text.rstrip(",;: ").removesuffix(".").rstrip()


def find_quotes(
    body: str, mentions: list[Mention], people: Sequence[PersonFound] = ()
) -> list[QuoteFound]:
    """Return the quotations of a body with their speakers resolved where the text says;
    `people` (with their offices and countries) lets "the President of X said" name one."""
    quotes: list[QuoteFound] = []
    # people.py already refers roles to the main subject or the one of that nationality.
    spans = _spans(body)
    inside = [(s, e) for s, e, _ in spans]

    opens = [s for s, _ in inside]
    closes = [e for _, e in inside]
    # Outside every quotation: before the first, or at or after the end of the last one
    # opened at or before it.
    usable = MentionIndex(
        [
            m
            for m in mentions
            if (i := bisect.bisect_right(opens, m.start)) == 0 or m.start >= closes[i - 1]
        ]
    )
    spelled_at: dict[str, list[int]] = {}
    for start, end, raw in spans:
        text = _clean(raw)
        told = _told_by(body, end)
        speaker = _agent(body, told.end(), usable) if told else _speaker(body, start, end, usable)
        if people and body.startswith(" He ", end) and raw.rstrip().endswith(","):
            # “...,” He said: a capital "He" inside the sentence is the surname He (He
            # Minglan), not the pronoun.
            named_he = [i for i, p in enumerate(people) if p.name.startswith("He ")]
            speaker = named_he[0] if len(named_he) == 1 else speaker
        if speaker is None and "I " in body[max(0, start - 120) : start]:
            speaker = _interviewee(body, start, usable)
        if speaker is None and people:
            speaker = _office_holder(body[end : end + 120], people)
        if speaker is None and people:
            # Found here, after the quotation, the speaker is no unnamed official's stand-in.
            speaker = _role_holder(body[end : end + 120], people, start)
            if speaker is None:
                speaker = _abbreviation_holder(body, end, usable)
            if speaker is None:
                speaker = _office_spelled_before(body, start, end, usable, spelled_at)
        elif speaker is not None and _unnamed_speaker(body, start, end, speaker, mentions):
            speaker = None
        tail = body[end : end + 40].lower() if speaker is None and mentions else ""
        if "highness" in tail or "majesty" in tail:
            speaker = _styled_speaker(body, end, mentions, people)
        words = len(text.split())
        if _is_name(raw) and _NOUN_AFTER.match(body, end):
            continue  # a name that qualifies the noun after it: the "X – Y" tourist cluster
        if speaker is None and (
            words < _MIN_WORDS
            or _is_name(raw)
            or _NAMED_BEFORE.search(body, max(0, start - 80), start)
        ):
            continue  # a name or slogan in quotation marks
        if speaker is None and quotes and _same_paragraph(body, quotes[-1].end, start):
            # “A,” he said. “B.”: the second part is the same speaker's.
            speaker = quotes[-1].speaker
        elif speaker is None and quotes and not body[quotes[-1].end : start].strip():
            # “A.”\n\n“B.”: a quotation in the paragraph right after another, with nothing
            # between them, goes on with the same speaker's words.
            speaker = quotes[-1].speaker
        elif (
            speaker is None
            and quotes
            and quotes[-1].speaker is not None
            and _continues_paragraph_above(body, quotes[-1].start, quotes[-1].end, start)
        ):
            # “A,” X said.\n\n“B.”: a quotation opening the paragraph after one that
            # quotes X and names X only goes on with X's words.
            speaker = quotes[-1].speaker
        elif speaker is None and words >= _MIN_WORDS:
            speaker = _speaker_above(body, start, end, usable)
        quotes.append(QuoteFound(text, start, end, speaker))
    return quotes


# "I said then, and I repeat now:": an interviewee quoting their own words.
_FIRST_PERSON_SAID: Final = re.compile(
    r"\bI\s+(?:\w+\s+)?(?:said|say|told|tell|repeat|wrote|write|added)\b"
)


def _interviewee(body: str, start: int, mentions: MentionIndex) -> int | None:
    """The speaker of an interview's answer that quotes the speaker's own words ("Lee: When
    we met, ... I said then, and I repeat now: “...”"): the person whose name (after a title
    or not) labels the paragraph, when the sentence leading to the quotation has "I" say it."""
    para_at = body.rfind("\n", 0, start) + 1
    sentence = re.split(r"[.!?]\s", body[para_at:start])[-1]
    if not _FIRST_PERSON_SAID.search(sentence):
        return None
    for mention in mentions.between(para_at, para_at + 80):
        if body.startswith(":", mention.end) and _LINE_TITLE.fullmatch(
            body, para_at, mention.start
        ):
            return mention.person
        break
    return None


# "X said during his meeting with Y, “...”": a circumstance between the verb and the
# quotation, the people it names no speakers.
_CIRCUMSTANCE: Final = re.compile(
    r"\s+(?:during|at|after|before|on|while|when|in)\b[^,;:“”\"«»]{3,120},\s*$"
)

# "X told reporters after her meeting with Y that she had raised “...”": the circumstance
# before "that", then the speaker's own pronoun opening the reported clause.
_CIRCUMSTANCE_THAT: Final = re.compile(
    r"(?:\s+(?:reporters|journalists))?\s+(?:during|at|after|before|while|when)\b"
    r"[^,;:“”\"«»]{3,120}?\s+that\s+(?:he|she|they)\s[^“”\"«»]{0,120}$"
)


def _continues_paragraph_above(body: str, last_start: int, last_end: int, start: int) -> bool:
    """Whether the quotation at `start` opens the paragraph right after the one holding the
    quotation last_start:last_end, which closes it with no more than its attribution."""
    if start < 2 or body[start - 2 : start] != "\n\n":
        return False
    above = body.rfind("\n\n", 0, start - 2)
    if not (above + 2 if above >= 0 else 0) <= last_start < last_end:
        return False
    after = body[last_end : start - 2]
    return len(after) <= 80 and not any(mark in after for mark in _MARKS)


def _speaker_above(body: str, start: int, end: int, mentions: MentionIndex) -> int | None:
    """The speaker of a quotation that is a paragraph of its own without attribution, when
    the paragraph right above it closes by reporting what one person said ("Asked about X,
    she said Y.\n\n“...”"): that person."""
    if body[end : end + 2] not in ("", "\n", "\n\n") and _NOT_SPACE.search(body, end):
        return None  # text follows the closing mark in its paragraph
    if start >= 2 and body[start - 2 : start] != "\n\n":
        return None  # the quotation does not open its paragraph
    above_at = body.rfind("\n\n", 0, start - 2) + 2 if start >= 2 else 0
    above = body[above_at : start - 2]
    if not above or any(mark in above for mark in _MARKS):
        return None
    last = re.split(r"(?<=[.!?])\s+", above.strip())[-1]
    last_at = above_at + above.find(last)
    verbs = list(_SPEECH_VERB.finditer(last))
    if not verbs:
        return None
    verb_at = last_at + verbs[0].start()
    pronoun = re.search(r"\b(?:he|she)\s+(?:also\s+)?$", body[max(0, verb_at - 12) : verb_at])
    if pronoun:
        return _pronoun_speaker(body, verb_at, mentions)
    return _named_before(verb_at, mentions, body)


# “...,” van X was told by the President: the words are the President's, not van X's.
_TOLD_BY: Final = re.compile(
    r"[ \t]*[,.]?[ \t]*(?:[A-Za-z][\w’'.-]*[ \t]+){1,4}(?:was|were)[ \t]+told[ \t]+by[ \t]+"
)


def _told_by(body: str, at: int) -> re.Match[str] | None:
    """`_TOLD_BY.match(body, at)`, not tried where the line holds no "told" (every match
    holds it, and no line break)."""
    line_end = body.find("\n", at)
    if body.find("told", at, line_end if line_end >= 0 else len(body)) < 0:
        return None
    return _TOLD_BY.match(body, at)


def _agent(body: str, at: int, mentions: MentionIndex) -> int | None:
    """The person named (or referred to by office) right at `at`."""
    named = mentions.between(at, at + 60)
    if named and _CAPITAL_TITLE.fullmatch(body, at, named[0].start):
        return named[0].person
    return None


def _office_holder(tail: str, people: Sequence[PersonFound]) -> int | None:
    """The one person holding the office of the country named after a quotation ("...,” the
    President of Uzbekistan said), or None."""
    match = _OFFICE_OF_COUNTRY.match(tail) or _VERB_OFFICE_OF_COUNTRY.match(tail)
    if match is None:
        return None
    return office_holder(match.group("office"), match.group("country"), people)


# “...,” the Chairman of the Cabinet said / the head of the Cabinet said: an office without
# its country after a quotation.
_ROLE_AFTER: Final = re.compile(
    rf"[ \t]*[,.]?[ \t]*[,—–-]?[ \t]*the\s+(?P<role>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,5}}?)"
    rf"\s+(?:also\s+)?(?:{_VERBS})\b"
)
# “...,” said the Chairman of the Senate.
_VERB_THEN_ROLE: Final = re.compile(
    rf"[ \t]*[,.]?[ \t]*[,—–-]?[ \t]*(?:{_VERBS})\s+the\s+"
    r"(?P<role>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5}?)(?=[ \t]*[.,;]|[ \t]*$)"
)
_PRESIDING: Final = frozenset(["head", "chairman", "chairwoman", "chair", "chairperson"])
# Offices written by their initials after a quotation, and their full names.
_ROLE_ABBREVIATIONS: Final = {
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
}


def _role_holder(tail: str, people: Sequence[PersonFound], start: int = -1) -> int | None:
    """The one person whose title is the office named after a quotation ("...,” the Chairman
    of the Cabinet said: the Chairman of the Cabinet of Ministers; "the head of the Cabinet"
    is its chairman), or None. Of several, the one named before the quotation (at `start`),
    when the others are named only after it (a past holder of the office told of below)."""
    match = _ROLE_AFTER.match(tail) or _VERB_THEN_ROLE.match(tail)
    if match is None:
        return None
    role = match.group("role").lower()
    role = _ROLE_ABBREVIATIONS.get(role, role)  # "the CEO said": its Chief Executive Officer
    head, of, rest = role.partition(" of ")
    holders = set()
    presiding = set()
    for i, person in enumerate(people):
        title = (person.title or "").lower()
        if not title:
            continue
        if title == role or title.startswith(f"{role} "):
            holders.add(i)
        elif of and head in _PRESIDING:
            own_head, own_of, own_rest = title.partition(" of ")
            if own_of and own_head in _PRESIDING and f"{own_rest} ".startswith(f"{rest} "):
                presiding.add(i)
    if not holders and not presiding and not of and " " in role:
        # "the Committee Chairman said": the Chairman of the Committee (on ...)
        body, _, last = role.rpartition(" ")
        for i, person in enumerate(people):
            title = (person.title or "").lower()
            if title.startswith((f"{last} of the {body}", f"{last} of {body}")):
                holders.add(i)
    if not holders and not presiding and not of and " " in role:
        # "the palace aide added": the one person whose title ends in the same office
        # ("royal aide"), the word before it saying whose aide, not which office
        last = role.rpartition(" ")[2]
        for i, person in enumerate(people):
            title = (person.title or "").lower()
            if " of " not in title and (title == last or title.endswith(f" {last}")):
                holders.add(i)
    # The office as written before another word for presiding ("the Chairwoman of the
    # Senate" is the Senate's chairwoman, not the chairman of a Senate committee).
    holders = holders or presiding
    if len(holders) > 1 and start >= 0:
        holders = {i for i in holders if _is_named_before(people[i], start)}
    return holders.pop() if len(holders) == 1 else None


def _is_named_before(person: PersonFound, at: int) -> bool:
    """Whether the text names `person` before `at`."""
    return person.start < at or any(start < at for start, _ in person.mentions)


def _abbreviation_holder(body: str, end: int, mentions: MentionIndex) -> int | None:
    """The person whose office the text wrote out before its initials in brackets ("General
    X, Chief of Army Staff (COAS), ...") when a quotation is given to those initials ("...,”
    the COAS remarked"), or None."""
    match = _ROLE_AFTER.match(body, end, end + 120)
    if match is None:
        return None
    role = match.group("role")
    if not (role.isupper() and role.isalpha() and 2 <= len(role) <= 6):
        return None
    spelled = body.find(f"({role})", 0, end)
    if spelled < 0:
        return None
    named = mentions.last_before(spelled)
    if named is None:
        return None
    near = [m for m in mentions.between(max(0, spelled - 80), spelled) if m.person == named]
    if not near or any(mark in body[near[-1].end : spelled] for mark in ".\n"):
        return None  # the office is not written right after the person's name
    return named


def _office_spelled_before(
    body: str, start: int, end: int, mentions: MentionIndex, spelled_at: dict[str, list[int]]
) -> int | None:
    """The person named right after the one place above where the text writes the office a
    quotation is given to ("the AUC Commissioner for Trade and Industry, H.E. Ambassador X,
    ..." and then "...,” the Commissioner said"), or None. `spelled_at` keeps, per office,
    where the body writes it (the body is read once per office, not once per quotation)."""
    match = _ROLE_AFTER.match(body, end, end + 120)
    if match is None:
        return None
    role = match.group("role")
    if " " in role or not role[:1].isupper() or role.isupper():
        return None
    ends = spelled_at.get(role)
    if ends is None:
        ends = spelled_at[role] = [m.end() for m in re.finditer(rf"\b{re.escape(role)}\b", body)]
    if bisect.bisect_right(ends, start) != 1:
        return None  # not written above, or written for several
    spelled = ends[0]
    named = mentions.between(spelled, spelled + 200)
    if not named:
        return None
    between = body[spelled : named[0].start]
    if "\n" in between or _SENTENCE_END.search(between):
        return None  # the name is not the office's own ("H.E." is no sentence's end)
    return named[0].person


_SENTENCE_END: Final = re.compile(r"[a-z\d]{2}[.!?]\s")
_NOT_SPACE: Final = re.compile(r"\S")


# "A senior official, who declined to be named, said ...": someone brought in unnamed (the
# noun is filled in per quotation).
_UNNAMED: Final = r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}{noun}\b(?!\s+[A-Z])"
# "the first visit by a Ruritanian chancellor in a decade": any holder of the office, in a
# count of visits, and no official brought in unnamed.
_FIRST_OF_KIND: Final = re.compile(
    r"\b(?:first|second|third|last|latest)\b(?:\s+[\w-]+){0,2}?\s+(?:by|of|from|for)\s+$"
)
_THE_NOUN_AFTER: Final = re.compile(
    rf"[ \t]*[,.]?[ \t]*[,—–-]?[ \t]*the\s+(?P<noun>[a-z]+)\s+(?:also\s+)?(?:{_VERBS})\b"
)


def _unnamed_speaker(
    body: str, start: int, end: int, speaker: int, mentions: Sequence[Mention]
) -> bool:
    """Whether "...,” the official said" refers to an official the text brought in without a
    name ("A senior Gulf official, who declined to be named, ...") since it last named the
    speaker the quotation was given to."""
    after = _THE_NOUN_AFTER.match(body, end)
    if after is None:
        return False
    named = [
        m.end for m in mentions if m.person == speaker and m.kind == "name" and m.end <= start
    ]
    since = max(named, default=0)
    unnamed = re.compile(_UNNAMED.format(noun=after.group("noun")))
    return any(
        _FIRST_OF_KIND.search(body, max(since, found.start() - 40), found.start()) is None
        for found in unnamed.finditer(body, since, start)
    )


def office_holder(office: str, named: str, people: Sequence[PersonFound]) -> int | None:
    """The one person holding the office of the country named ("President", "Uzbekistan";
    "Leader" is its head of state), or None."""
    office = office.lower()
    if office == "head" and named.startswith(("State of ", "Government of ")):
        # "the Head of State of X", "the Head of Government of X"
        body, named = named.split(" of ", 1)
        office = f"head of {body.lower()}"
    elif office == "head":
        office = "leader"  # "the head of Turkmenistan said": its head of state
    # "the President of Chile said" with its President and the President of its Senate
    # named: the one whose title is the office itself
    exact = holder_in_country(named, people, lambda title: title == office)
    return (
        exact
        if exact is not None
        else holder_in_country(named, people, lambda title: _holds(title, office))
    )


def holder_in_country(
    named: str, people: Sequence[PersonFound], holds: Callable[[str], bool]
) -> int | None:
    """The one person of the country `named` ("Uzbekistan", "the Republic of Chile") whose
    lower-case title `holds` accepts, or None."""
    country = country_of_name(named) or country_of_word(named.split()[-1])
    if country is None:
        return None
    holders = [
        i
        for i, person in enumerate(people)
        if person.country == country and person.title is not None and holds(person.title.lower())
    ]
    return holders[0] if len(holders) == 1 else None


# "the Leader of Uzbekistan": whoever heads the state, a President or a King ("President of
# Uzbekistan" too, not "President of the Chamber of Commerce").
_HEAD_OF_STATE_TITLE: Final = re.compile(
    r"(?:president|king|queen|emir|amir|sultan|monarch)(?:\s+of\s+(?:the\s+)?(?P<of>.+))?"
)


def _holds(title: str, office: str) -> bool:
    """Whether the lower-case title is the lower-case office named: the title opens with it,
    or the office is "leader" and the title a head of state's."""
    if title.startswith(office):
        return True
    if ", " in title and any(part.startswith(office) for part in title.split(", ")[1:]):
        return True  # "Founder of Peace and National Unity – Leader of the Nation, President"
    if office.startswith("head of "):
        return office_fits(office.split(), title)
    if office != "leader":
        return False
    head = _HEAD_OF_STATE_TITLE.fullmatch(title)
    return head is not None and (head.group("of") is None or bool(country_of_name(head["of"])))


# “...,” His Highness said: the style of address of a ruler as the speaker.
_STYLED_AFTER: Final = re.compile(
    rf"[ \t]*[,.]?[ \t]*[,—–-]?[ \t]*(?:his|her)\s+(?:royal\s+)?(?:highness|majesty)\s+"
    rf"(?:also\s+)?(?:{_VERBS})\b",
    re.I,
)


def _styled_speaker(
    body: str, end: int, mentions: Sequence[Mention], people: Sequence[PersonFound]
) -> int | None:
    """The ruler a quotation is attributed to by a style ("...,” His Highness said): the one
    person named right after that style before it ("His Highness Sheikh X"), else the one
    person whose title is a monarch's (an Emir, a King); None when there are several."""
    if _STYLED_AFTER.match(body, end) is None:
        return None
    styled = {
        m.person
        for m in mentions
        if m.start < end
        and m.kind == "name"  # not a role ("His Highness the UAE President"), resolved loosely
        and _STYLE_BEFORE.search(body, max(0, m.start - 40), m.start)
    }
    if not styled:
        styled = {
            i
            for i, person in enumerate(people)
            if person.title and _MONARCH.match(person.title.lower())
        }
    return styled.pop() if len(styled) == 1 else None


_MONARCH: Final = re.compile(r"(?:crown\s+prince|emir|amir|king|queen|sultan|monarch|ruler)\b")


# "His Highness Sheikh X", "HM King X": a style of address just before the name.
_STYLE_BEFORE: Final = re.compile(
    r"\b(?:Highness|Majesty)\s+(?:(?:Sheikh|Sheikha|King|Queen|Emir|Sultan)\s+)?$"
)


# What names a document or a programme right before its quoted name: "a joint declaration on
# a “regional partnership for raw materials”", "the programme entitled “...”".
_NAMED_BEFORE: Final = re.compile(
    r"(?:\b(?:declaration|statement|communiqu[eé]|programme|program|initiative|concept|"
    r"strategy|plan|roadmap|agreement|treaty|memorandum|charter|vision|doctrine)\s+"
    r"(?:on|of|for)\s+(?:a|an|the)|\b(?:titled|entitled|called|named|dubbed))\s*$",
    re.I,
)


# A word in lower case right after a closing mark, other than a speech verb: the quoted
# words name something the noun after them is ("the “Silk Road” programme").
_NOUN_AFTER: Final = re.compile(
    rf"[ \t]+(?!(?:{_VERBS}|he|she|they|we|it|and|or|to|in|on|at|of|for|as|by|with"
    r"|is|was|were|are|has|have)\b)[a-z][a-z-]+\b"
)


def _is_name(raw: str) -> bool:
    """Whether a quotation is a name, as in the "Central Asia plus Japan" Dialogue: a few
    words, mostly capitalised, without the punctuation that ends a quoted sentence."""
    words = raw.split()
    if not words or len(words) > 8 or raw.rstrip()[-1:] in ",.!?;:…":
        return False
    return sum(word[:1].isupper() for word in words) * 2 >= len(words)


def _may_open_with_verb(tail: str) -> bool:
    """Whether `tail` may start as a match of _AFTER_VERB_FIRST does: blanks, at most one
    comma or dash, blanks, then a speech verb in any case and a blank. (Its case-blind alternation
    enters every verb at each try; a word outside ASCII is left to the pattern.)"""
    rest = tail.lstrip()
    if rest[:1] in (",", "–", "—", "-"):
        rest = rest[1:].lstrip()
    word = rest.split(None, 1)[0] if rest else ""
    return not word.isascii() or word.lower() in _QUOTE_VERBS


def _may_end_with_verb(low: str) -> bool:
    """Whether `low` ends as a match of _BEFORE_VERB must: a speech verb, "that",
    "reporters" ... or "the <word>", then blanks and at most one colon or comma."""
    tail = low.rstrip()
    if tail.endswith((":", ",")):
        tail = tail[:-1].rstrip()
    return tail.endswith(_BEFORE_VERB_ENDINGS) or tail.rsplit(" ", 1)[0].endswith("the")


def _same_paragraph(body: str, a: int, b: int) -> bool:
    return "\n\n" not in body[a:b] and b - a < 200


def _last_before(pos: int, mentions: MentionIndex) -> int | None:
    return mentions.last_before(pos)


# Where a sentence may begin: after a sentence mark (and a closing quotation mark) and blanks.
_SENTENCE_START: Final = re.compile(r"[.!?][\"”’]?\s+")


def _pronoun_run_start(body: str, pos: int) -> int:
    """Where the run of sentences opening with "He" or "She" right before `pos` begins, else
    `pos`: in "X said A. He said it was agreed with Y. “...,” he told reporters", the "he"
    of the quotation is the "He" before it, X, not Y."""
    window = max(0, pos - 800)
    near = body[window : pos + 4]
    if "He " not in near and "She " not in near:
        return pos  # no sentence there opens so (most quotations): no need to find them
    starts = [m.end() for m in _SENTENCE_START.finditer(body, window, pos) if m.end() < pos]
    run = pos
    for start in reversed(starts):
        if not body.startswith(("He ", "She "), start):
            break
        run = start
    return run


def _pronoun_speaker(body: str, pos: int, mentions: MentionIndex) -> int | None:
    """Who "he" or "she" after a quotation is: the last person named before it, leaving out
    those named inside a relative clause ("X, who met Y, welcomed it. “...,” he said" is
    X's)."""
    pos = _pronoun_run_start(body, pos)
    window = max(0, pos - 600)
    before = mentions.between(window, pos)
    if "who" in body[window:pos]:
        clauses = [
            (m.start() + window, m.end() + window) for m in WHO_CLAUSE.finditer(body[window:pos])
        ]
        before = [m for m in before if not any(a <= m.start < b for a, b in clauses)]
    if not before:
        return _last_before(pos, mentions)
    last = before[-1]
    opens = max(body.rfind(". ", 0, last.start) + 2, body.rfind("\n", 0, last.start) + 1)
    first = next((m for m in before if m.start >= opens), last)
    if first.person != last.person and first.start == opens:
        # "X, for his part, assured Y that ... “...,” he said": the sentence's subject, not
        # the one it names after the verb (as "X welcomed Y")
        return first.person
    if (
        first.person != last.person
        and " by " in body[first.end : last.start]
        and _RECEIVED_BY.search(body, first.end, last.start) is not None
    ):
        # "On Monday X was received by Minister Y. “...,” she said": the sentence's subject,
        # the guest, not the host named after "by"
        return first.person
    if first.person != last.person and first.start == opens and _WELCOMES.match(body, first.end):
        # "X welcomed Y on her first visit, noting ... “...,” he said": the subject who
        # welcomes a guest, not the guest
        return first.person
    if "counterpart" in body[max(0, last.start - 40) : last.start]:
        # "X said it was agreed with his counterpart Y. “...,” he said": the sentence's
        # subject, not the counterpart it names.
        opens = max(body.rfind(". ", 0, last.start), body.rfind("\n", 0, last.start)) + 1
        subject = [m for m in before if m.start >= opens and m.person != last.person]
        if subject:
            return subject[0].person
    return last.person


# "Addressing the Velmoran leader, he said": the one spoken to, then the speaker's pronoun.
_ADDRESSING: Final = re.compile(r"\bAddressing\s+(?:the\s+|his\s+|her\s+)?[^,.;:]{0,30}$")
_THEN_PRONOUN: Final = re.compile(r"[^,.;:]{0,20},\s+(?:he|she)\s")


def _not_addressed(body: str, start: int, mentions: MentionIndex) -> int | None:
    """The last person named before "he said:" opening the quotation at `start`, but for one
    addressed just before the pronoun ("Y said A. Addressing the Velmoran leader, he said:
    “...”": Y, not the leader)."""
    if "ddressing" not in body[max(0, start - 120) : start]:
        return _last_before(start, mentions)
    near = mentions.between(max(0, start - 600), start)
    if (
        near
        and _ADDRESSING.search(body, max(0, near[-1].start - 40), near[-1].start) is not None
        and _THEN_PRONOUN.match(body, near[-1].end) is not None
    ):
        earlier = [m for m in near if m.person != near[-1].person]
        if earlier:
            return earlier[-1].person
    return _last_before(start, mentions)


# "was received by", "were welcomed by": a passive whose agent follows "by".
_RECEIVED_BY: Final = re.compile(
    r"\s(?:was|were)\s+(?:also\s+|later\s+|then\s+)?(?:received|welcomed|hosted|greeted)\s+by\s"
)
_WELCOMES: Final = re.compile(r"\s+(?:warmly\s+)?(?:welcomed|greeted|received|hosted)\s")
# A speech verb inside a sentence: "Lee said the ...".
_SPEECH_VERB: Final = re.compile(rf"\b(?:{_VERBS})\b")


# An aside between a speaker's name and the verb: "X, for her part, said", "X, in turn, noted".
_ASIDE: Final = re.compile(
    r",\s+(?:in\s+(?:(?:his|her|their)\s+)?turn|for\s+(?:his|her|their)\s+part|in\s+(?:his|her)\s+"
    r"(?:speech|remarks|address|statement)|however|meanwhile|in\s+particular"
    # "X, writing on his platform, said": where or how X spoke
    r"|(?:writing|speaking|posting)\s+(?:on|in|at|to|from|after)\s+[^,.;:\"“”\n]{1,60}?"
    # "X, who arrived on Monday, said": a relative clause on X
    r"|who\s+[^,.;:\"“”\n]{1,60}?)"
    r"\s*,\s*(?:also\s+)?$"
)


# "X, a lecturer in Y at Z, said", "X, the first A to tour B in a decade, said": who X is,
# between commas after the name.
_APPOSITION: Final = re.compile(r",\s+(?:a|an|the)\s+[^,.;:\"“”«»\n]{2,140}?,\s*$")
# An adverb between a speaker's name and the verb: "X later said", "X then told", "X
# repeatedly stressed".
_ADVERB_BEFORE: Final = re.compile(r"[ ](?:later|then|again|further|[a-z]{3,}ly)[ ]$")


def _named_before(verb_at: int, mentions: MentionIndex, body: str = "") -> int | None:
    """The person whose name ends right before a speech verb ("X said"), or before an
    aside there ("X, for his part, said")."""
    if body and "," in body[max(0, verb_at - 8) : verb_at]:
        aside = _ASIDE.search(body, max(0, verb_at - 80), verb_at) or _APPOSITION.search(
            body, max(0, verb_at - 160), verb_at
        )
        if aside is not None:
            verb_at = aside.start()
    elif body and body[verb_at - 2 : verb_at - 1].isalpha():
        adverb = _ADVERB_BEFORE.search(body, max(0, verb_at - 16), verb_at)
        if adverb is not None:
            verb_at = adverb.start()  # "Lee later said": the name before the adverb
    before = [
        m for m in mentions.between(verb_at - 80, verb_at) if verb_at - 3 <= m.end <= verb_at
    ]
    return before[-1].person if before else None


# A style of address standing for the one it was first given to: "His Highness said, “...”"
# after "President His Highness Sheikh X".
_STYLE_BEFORE_VERB: Final = re.compile(
    r"(?P<style>(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency|Holiness))\s+"
    r"(?:also\s+)?$"
)
_STYLE_TO_NAME: Final = 40  # how far after the style its holder's name may start ("Sheikh")


def _styled_before(verb_at: int, mentions: MentionIndex, body: str) -> int | None:
    """ "His Highness said": the person named right after the same style earlier in the
    text ("President His Highness Sheikh X held talks"), else None."""
    styled = _STYLE_BEFORE_VERB.search(body, max(0, verb_at - 40), verb_at)
    if styled is None:
        return None
    style = " ".join(styled["style"].split())
    at = body.find(style)
    while 0 <= at < styled.start():
        named = mentions.between(at + len(style), at + len(style) + _STYLE_TO_NAME)
        if named:
            return named[0].person
        at = body.find(style, at + len(style))
    return None


def _subject_and_said(verb_at: int, mentions: MentionIndex, body: str) -> int | None:
    """ "X thanked Peru for its support and said: “...”": the one person the sentence names,
    its subject, said it (not "X's spokesman thanked ...")."""
    if not body.endswith(" and ", max(0, verb_at - 5), verb_at):
        return None
    opens = max(body.rfind(". ", 0, verb_at), body.rfind("\n", 0, verb_at)) + 1
    named = mentions.between(opens, verb_at)
    if (
        named
        and named[0].start - opens <= 60
        and all(m.person == named[0].person for m in named)
        # (not "X's spokesman thanked ...", wherever the name's mentions end)
        and not any(mark in body[m.end - 2 : m.end + 2] for m in named for mark in "'’")
    ):
        return named[0].person
    return None


# A sentence telling what "he" or "she" said: "He added that ...", "She also noted that ...".
_PRONOUN_SAID: Final = re.compile(rf"\s*(?:He|She)\s+(?:also\s+)?(?:{_VERBS})\b")
# Verbs that put words in someone's mouth without a speech verb: "described the talks as".
_CHARACTERISING: Final = words_of("described describing calling termed terming dubbed dubbing")
_PAST_CHARACTERISED: Final = ("described", "termed", "dubbed")
# The verbs that tell whose words a quotation in reported speech is.
_REPORTING_WORDS: Final = _QUOTE_VERBS | _CHARACTERISING
# A sentence break before a quotation's words, the last one: `.*` runs to the end and gives
# back a character at a time, so the match ends where the last piece of
# re.split(r"[.!?][\"”’]?\s|\n", text) starts (every break ends with a blank, and none can
# start inside another one's blank).
# (the plain form of `_last_break_end`, which gives where its match ends without walking back
# from the end one character at a time)
_LAST_BREAK: Final = re.compile(r".*(?:[.!?][\"”’]?\s|\n)", re.DOTALL)
# A sentence opening with its source: "According to X,", "In her words,".
_SOURCE_OPENING: Final = re.compile(
    r"(?:[Aa]ccording\s+to\s+|[Ii]n\s+(?P<pronoun>his|her)\s+(?:words|view|opinion),\s*)"
)


def _last_break_end(head: str) -> int:
    """Where `_LAST_BREAK.match(head)` ends, 0 if it finds none: after the last line break,
    or after a later ".", "!" or "?" followed by a blank (a closing mark between them)."""
    line_break = head.rfind("\n")
    mark = len(head)
    while True:
        mark = max(
            head.rfind(".", line_break + 1, mark),
            head.rfind("!", line_break + 1, mark),
            head.rfind("?", line_break + 1, mark),
        )
        if mark < 0:
            return line_break + 1  # (0 without a line break)
        after = head[mark + 1 : mark + 2]
        if after.isspace():
            return mark + 2
        if after in ('"', "”", "’") and head[mark + 2 : mark + 3].isspace():
            return mark + 3


_AUXILIARY_AFTER: Final = re.compile(r"\s+(?:had|has|have|was|is|were|would|will)\s+[\"“]")


def _reported_speaker(start: int, head: str, mentions: MentionIndex, body: str) -> int | None:
    """The speaker of a partial quotation in reported speech ("In a toast, X said the
    friendship "has deep roots"."): the person named right before the sentence's speech verb,
    when nobody else is named between the verb and the quotation."""
    # ("...Mexico." Later, X said): what follows the last sentence break
    sentence = head[_last_break_end(head) :]
    if not sentence or "“" in sentence or '"' in sentence:
        return None
    low = lower_same(sentence)
    opens_at = start - len(sentence)
    source = _SOURCE_OPENING.match(sentence)
    if source is not None:
        # "According to X, the talks were “...”", "In her words, the talks were “...”"
        if source.group("pronoun"):
            return _pronoun_speaker(body, opens_at, mentions)
        named = mentions.between(opens_at, start)
        if (
            named
            and _LINE_TITLE.fullmatch(body, opens_at + source.end(), named[0].start)
            and body.startswith(",", named[0].end)
            and len({m.person for m in named}) == 1
        ):
            return named[0].person
        return None
    if _PRONOUN_SAID.match(sentence):
        # "He added that trade ... a figure that “...”": the one "he" stands for.
        return _pronoun_speaker(body, opens_at, mentions)
    # (the last speech verb, or one that puts words in someone's mouth)
    last_verb = last_whole_word(low, _REPORTING_WORDS)
    if last_verb is None:
        return None
    verb_start, verb = last_verb
    verb_at = opens_at + verb_start
    between = mentions.between(verb_at, start)
    if (
        between
        and not _CIRCUMSTANCE.match(body, verb_at + len(verb), start)
        and not _CIRCUMSTANCE_THAT.match(body, verb_at + len(verb), start)
        and not (
            # "X said that Y had “agreed to ...”": Y is the reported clause's subject, the
            # words in marks X's account of what Y did
            body[start + 1 : start + 2].islower()
            and all(_AUXILIARY_AFTER.match(body, m.end) for m in between)
        )
    ):
        return None  # someone else is named between: "X said Y told ..."
    if verb in _PAST_CHARACTERISED and low.endswith((" he ", " she "), 0, verb_start):
        # "X said it valued ties with Y, which he described as “...”": the one "he" is
        return _pronoun_speaker(body, verb_at, mentions)
    if verb.endswith("ing") and low[:verb_start].rstrip().endswith(","):
        # "X praised the reforms, calling the forum “...”": the sentence's subject.
        named = mentions.between(opens_at, verb_at)
        if named and _LINE_TITLE.fullmatch(body, opens_at, named[0].start):
            return named[0].person
        return None
    # "X recalled his visit and called the ties “...”": the one the sentence names, its subject
    said_by = _named_before(verb_at, mentions, body)
    return said_by if said_by is not None else _subject_and_said(verb_at, mentions, body)


# "issued the following statement:", "said the following:": the words come below.
_FOLLOWING: Final = re.compile(
    r"\b(?:issued|made|gave|released|delivered|said)\s+the\s+following"
    r"(?:\s+(?:statement|remarks|message|words))?\s*:\s*$"
)
# The office after a caption's name: ", Minister of Agriculture of the Republic of X".
_CAPTION_TITLE: Final = re.compile(r",[^\n.!?:;“”\"«»]{3,120}")


# A release's "Quotes" section signs a quotation on the line under it: "“...”\n- The
# Honourable X, Minister of ...".
_SIGNED_BELOW: Final = re.compile(r"[ \t]*\n[ \t]*[-–—][ \t]*")
# Letters after a name: "the Hon X MP", "Y KC", "Z AO".
_POSTNOMINALS: Final = re.compile(
    r"(?:,?[ \t]+(?:MP|MPP|MLA|MNA|MHA|MEP|MSP|TD|QC|KC|SC|AO|AC|AM|OAM|OBE|CBE|MBE|KBE|DBE"
    r"|CMG|KCMG|GCMG|PC|JP)\b)+"
)
# "Quotes attributable to Minister X:" above a release's quotations.
_ATTRIBUTABLE: Final = re.compile(r"\battributable\s+to\s+")


def _speaker(body: str, start: int, end: int, mentions: MentionIndex) -> int | None:
    tail = body[end : end + 120]
    signed = _SIGNED_BELOW.match(tail) if "\n" in tail[:3] else None
    if signed:
        at = end + signed.end()
        for mention in mentions.between(at, at + 80):
            if (
                _TITLE_GAP.fullmatch(body, at, mention.start)
                and "\n" not in body[at : mention.start]
            ):
                return mention.person
            break
    if tail[:1] == "\n" and tail[1:2] != "\n" and body[end - 2 : end - 1] == ",":
        # “...,”\nX said.: a paragraph broken inside its sentence, the attribution on the
        # next line (a comma before the closing mark leaves the sentence open)
        end += 1
        tail = body[end : end + 120]
    # “...,” he said.
    pronoun = _pronoun_after(tail)
    if pronoun:
        if pronoun.group(1).lower() == "they":
            return None
        return _pronoun_speaker(body, start, mentions)
    # “...,” X said.  /  “...,” the Prime Minister said.  /  “...,” said X.
    gap = _GAP.match(tail)
    at = end + (gap.end() if gap else 0)
    for mention in mentions.between(at, at + 60):
        if (
            mention.start == at
            or _GLUED_INITIALS.fullmatch(body, at, mention.start)
            or _CAPITAL_TITLE.fullmatch(body, at, mention.start)
            # “...,” Kremlin spokesman X told reporters: an office of mixed case before the name
            or (
                _TITLE_GAP.fullmatch(body, at, mention.start)
                and not any(mark in body[at : mention.start] for mark in ".\n")
            )
        ):
            rest = body[mention.end : mention.end + 120]
            if (
                _VERB_AFTER_NAME.match(rest)
                or (rest.startswith(",") and _VERB_AFTER_APPOSITION.match(rest))
                or (" quoted " in rest and _QUOTED_AS.match(rest))
            ):
                return mention.person
        break
    if " quoted " in tail:
        # “...,” Xinhua quoted X as saying.
        quoting = _QUOTING.match(tail)
        if quoting is not None:
            at = end + quoting.end()
            for mention in mentions.between(at, at + 80):
                if _TITLE_GAP.fullmatch(body, at, mention.start) and body.startswith(
                    " as saying", mention.end
                ):
                    return mention.person
                break
    verb_first = _AFTER_VERB_FIRST.match(tail) if _may_open_with_verb(tail) else None
    if verb_first:
        at = end + verb_first.end()
        # “...,” said X.  /  “...,” said High Representative Lopez.
        for mention in mentions.between(at, at + 120):
            if _TITLE_GAP.fullmatch(body, at, mention.start) or _TITLE_COMMA.fullmatch(
                body, at, mention.start
            ):
                return mention.person  # “...,” said the Minister of Y, X.
            break
    # X said: “...”  /  He said: "..."
    head = body[max(0, start - 160) : start]
    last = head.rstrip()[-1:]
    match = None
    if last in (":", ",") or "a" <= last <= "z":
        low = lower_same(head)
        if _may_end_with_verb(low):
            barrier = _BEFORE_BARRIER.match(low)
            match = _BEFORE_VERB.search(low, barrier.end() if barrier else 0)
    if match:
        if match.group(1):
            return (
                None if match.group(1).lower() == "they" else _not_addressed(body, start, mentions)
            )
        speaker = _named_before(start - len(head) + match.start(), mentions, body)
        if speaker is None and ("His " in head or "Her " in head):
            speaker = _styled_before(start - len(head) + match.start(), mentions, body)
        if speaker is None and last == ":":
            speaker = _subject_and_said(start - len(head) + match.start(), mentions, body)
        if speaker is not None:
            return speaker
    if last == ":":
        # A line opening with its speaker: "X: “...”", "Foreign Minister X: “...”".
        colon = start - len(head) + len(head.rstrip()) - 1
        if "following" in head and (issued := _FOLLOWING.search(head)):
            # "Minister X issued the following statement: “...”": the sentence's subject.
            opens = max(head.rfind(". ", 0, issued.start()), head.rfind("\n", 0, issued.start()))
            at = start - len(head)
            named = mentions.between(at + opens + 1, at + issued.start())
            if named:
                return named[0].person
        # ("..., the Hon X MP:": letters after the name, the colon after them)
        named = [
            m
            for m in mentions.between(colon - 80, colon)
            if m.end == colon or _POSTNOMINALS.fullmatch(body, m.end, colon)
        ]
        if named:
            line = body[body.rfind("\n", 0, named[0].start) + 1 : named[0].start]
            if _LINE_TITLE.fullmatch(line):
                return named[0].person
            if "attributable" in line and _ATTRIBUTABLE.search(line):
                return named[0].person  # "Quotes attributable to Minister X, Senator Y:"
        # A caption line over the words, as a TV report prints it: "X, Minister of
        # Agriculture of Y:\n“...”".
        line_at = body.rfind("\n", 0, colon) + 1
        if body[colon + 1 : start].strip() == "" and "\n" in body[colon:start]:
            first = mentions.between(line_at, colon)[:1]
            if (
                first
                and first[0].start == line_at
                and _CAPTION_TITLE.fullmatch(body, first[0].end, colon)
            ):
                return first[0].person
    # X said the friendship "has deep roots": a quotation ending a sentence that reports
    # what someone said.
    # (A long sentence's verb may stand further back than the head's 160 characters.)
    speaker = _reported_speaker(start, body[max(0, start - 400) : start], mentions, body)
    if speaker is not None:
        return speaker
    # According to him, “...”  /  According to X, “...”
    according = _ACCORDING.search(head) if "ccording" in head else None
    if according:
        if according.group(1):
            return _last_before(start, mentions)
        at = start - len(head) + according.start("who")
        named = mentions.between(at, at + 1)
        if named:
            return named[0].person
    return None
