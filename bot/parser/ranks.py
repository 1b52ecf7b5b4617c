"""Military ranks written before a name ("Major General X Y", "Col. Gen. X", "Lt Gen X"):
general knowledge. A rank is no part of the person's name and not the office they hold, so
`mask_ranks` blanks it out of a body (keeping every offset) before people are read.
"""

from __future__ import annotations

import re
from typing import Final

from bot.parser.countries import country_of_word
from bot.parser.lexicon import FIELD_WORDS, FUNCTION_WORDS, ORG_WORDS, TITLE_WORDS, words_of

# Ranks of one word, written in full. Alone they may start the name of a body ("General
# Assembly", "Major League"), so a name must follow them (see `_rank_ends`).
FULL_RANKS: Final = (
    "General",
    "Colonel",
    "Admiral",
    "Brigadier",
    "Commodore",
    "Lieutenant",
    "Major",
    "Captain",
    "Marshal",
)

# Abbreviated ranks, each written with or without its period ("Gen." and "Gen").
ABBREVIATED_RANKS: Final = (
    "Gen",
    "Col",
    "Adm",
    "Brig",
    "Cdre",
    "Lt",
    "Lieut",
    "Maj",
    "Capt",
    "Cdr",
    "Cmdr",
    "Sgt",
)

# A word that qualifies the rank after it ("Major General", "Lt Gen", "Rear Admiral", "Air
# Vice Marshal", "Colonel General"): the phrase ends with one of the ranks above or `Marshal`.
# ("Chief" is none: "Army Chief General X" holds the office "Army Chief".)
RANK_QUALIFIERS: Final = (
    "Major",
    "Maj",
    "Lieutenant",
    "Lieut",
    "Lt",
    "Brigadier",
    "Brig",
    "Colonel",
    "Col",
    "Rear",
    "Vice",
    "Air",
    "Field",
    "Fleet",
    "Flight",
    "Group",
    "Army",
    "Senior",
    "First",
)

# Offices that "General" completes rather than a rank opening a name ("Secretary General X",
# "Director General X", "Consul General X").
_OFFICES_BEFORE_GENERAL: Final = words_of(
    """
    secretary director attorney consul inspector surgeon auditor governor procurator prosecutor
    solicitor advocate postmaster comptroller commissioner registrar accountant paymaster
    adjutant quartermaster vicar counsel controller treasurer agent receiver surveyor chaplain
    superintendent delegate rapporteur fiscal contralor procurador procuradora secretario
    secretaria directora defensor defensora intendente delegado delegada
    """
)

# Nouns that make "General X" or "Armed Forces" a body, not a name ("General Staff",
# "General Headquarters", "Major League").
_BODY_NOUNS: Final = words_of(
    """
    staff staffs headquarters command assembly armed forces force army navy league manager
    directorate prosecutor's electric motors dynamics atomics mills hospital counsel
    """
)

# The words of the names of armed forces and their bodies ("the Armed Forces", "General
# Headquarters", "Naval Forces"): never a person's name alone.
_MILITARY_BODY_WORDS: Final = words_of(
    """
    armed forces force headquarters staff command army navy naval air guard marines corps
    general joint land ground defence defense special operations border national
    """
)

_NOT_NAMES: Final = TITLE_WORDS | ORG_WORDS | FIELD_WORDS | FUNCTION_WORDS | _BODY_NOUNS

_ABBREVIATED: Final = "|".join(ABBREVIATED_RANKS)
_QUALIFIER: Final = "|".join(RANK_QUALIFIERS)
_HEAD: Final = "|".join((*FULL_RANKS, *ABBREVIATED_RANKS))
# Ranks of several words whose last word alone is an office or no rank.
_FIXED: Final = (
    r"Air[ \t]+Chief[ \t]+Marshal|(?:Wing|Lieutenant|Lieut\.?|Lt\.?)[ \t]+Commander"
    r"|Squadron[ \t]+Leader|General[ \t]+of[ \t]+the[ \t]+Army"
)

# A rank phrase and the capitalised word after it. A full rank alone is `bare`.
_RANK: Final = re.compile(
    r"(?<![\w’'.-])(?:"
    rf"(?P<qualified>{_FIXED}|(?:(?:{_QUALIFIER})\.?(?:[ \t]+|-))+(?:{_HEAD})\b\.?)"
    rf"|(?P<short>(?:{_ABBREVIATED})\b\.?)"
    rf"|(?P<bare>(?:{'|'.join(FULL_RANKS)})\b)"
    r")[ \t]+(?=(?P<word>[A-Z][\w’'-]*)(?P<more>[ \t]+[A-Z][\w’'-]*)?)"
)

# Cheap gate: a body where none of these words (each abbreviation opens its full form:
# "Gen" opens "General") stands before a capital has no rank to read. A rank of several words
# ends with one of them, so the full pattern starts a little before the first hit.
_GATE_WORDS: Final = (*ABBREVIATED_RANKS, "Commodore", "Marshal", "Captain", "Commander")
_GATE_TAIL: Final = r"\w*\.?[ \t]+(?:of[ \t]+the[ \t]+Army[ \t]+)?[A-Z]"
# The gate as one pattern per first letter ("C(?:ol|apt|...)"): a search for a pattern led by
# one fixed letter jumps from that letter to its next occurrence, where an alternation of
# words with seven first letters tests each character of the body against all of them (the
# seven searches together cost about two thirds of the one). The first hit of the gate is the
# first of their hits: at any position, only the pattern of its letter can match.
_GATES: Final = tuple(
    re.compile(f"{letter}(?:{'|'.join(w[1:] for w in _GATE_WORDS if w[0] == letter)}){_GATE_TAIL}")
    for letter in sorted({w[0] for w in _GATE_WORDS})
)
# A gate's search steps through every character of the body to its letter; a `str.find` of
# the letter jumps there at once (a `memchr`) but costs a call, and a `match` another, at each
# occurrence. Capitals that open many English words ("A", "C") are searched for; the rarer
# ones found, tried only where they stand before the first hit so far (the same first hit:
# each match opens with its letter; together about half the seven searches).
_SEARCHED_LETTERS: Final = frozenset("AC")
_SEARCHED_GATES: Final = tuple(gate for gate in _GATES if gate.pattern[0] in _SEARCHED_LETTERS)
_FOUND_GATES: Final = tuple(
    (gate.pattern[0], gate) for gate in _GATES if gate.pattern[0] not in _SEARCHED_LETTERS
)
_QUALIFIERS_REACH: Final = 40  # "Air Vice Marshal": the characters a rank may start before


def _name_word(word: str) -> bool:
    """Whether `word` may be (part of) a personal name: capitalised, lower case after its
    first letter, and no office, body or function word."""
    return (
        len(word) > 1
        and word[1:2].islower()
        and word.lower() not in _NOT_NAMES
        and country_of_word(word) is None  # "Major Kazakh firms": no name
    )


def _word_before(body: str, start: int) -> str:
    """The word that ends right before `start` (spaces between), lower case."""
    end = start
    while end > 0 and body[end - 1] in " \t":
        end -= 1
    begin = end
    while begin > 0 and (body[begin - 1].isalpha() or body[begin - 1] == "-"):
        begin -= 1
    return body[begin:end].lower()


def _rank_ends(body: str, match: re.Match[str], named_in_full: dict[str, bool]) -> bool:
    """Whether the matched rank stands before a personal name (and so is a rank);
    `named_in_full` keeps, per surname, whether the body names it after a given name (the
    body is read once per surname, not once per rank)."""
    word = match.group("word")
    if not _name_word(word):
        return False
    if match.group("bare") is None:
        return True
    if _word_before(body, match.start()) in _OFFICES_BEFORE_GENERAL:
        return False  # "Secretary General X": an office
    if not match.group(0).endswith((f"{match.group('bare')} ", f"{match.group('bare')}\t")):
        return False  # "General   Politics   Business": a site's menu, not a name
    more = match.group("more")
    if more is not None and more[0] == " " and more[1] != " " and _name_word(more.strip()):
        return True  # "General X Y": a rank, then a given name and a surname
    # "General Y": only when the surname was named in full elsewhere ("X Y").
    known = named_in_full.get(word)
    if known is None:
        known = named_in_full[word] = any(
            _name_word(other.group(1))
            for other in re.finditer(
                rf"(?<![\w’'-])([A-Z][\w’'-]*)[ \t]+{re.escape(word)}\b", body
            )
        )
    return known


def is_military_body(name: str) -> bool:
    """Whether a would-be name is the name of armed forces or of one of their bodies
    ("Armed Forces", "Headquarters", "Naval Forces") and so no person."""
    words = name.lower().split()
    return (
        bool(words)
        and all(word in _MILITARY_BODY_WORDS for word in words)
        and any(word in _BODY_NOUNS for word in words)
    )


def _country_before(body: str, start: int) -> str | None:
    """The country of the demonym or country's name right before `start` ("Polish" in
    "Polish Lt Gen X"), if any."""
    end = start
    while end > 0 and body[end - 1] in " \t":
        end -= 1
    begin = end
    while begin > 0 and (body[begin - 1].isalpha() or body[begin - 1] in "’'"):
        begin -= 1
    word = body[begin:end]
    return country_of_word(word) if word[:1].isupper() else None


def _gate_start(body: str) -> int:
    """Where the first match of the gate (any of `_GATES`) starts in `body`, or -1."""
    first = -1
    for gate in _SEARCHED_GATES:
        hit = gate.search(body)
        if hit is not None and (first < 0 or hit.start() < first):
            first = hit.start()
    for letter, gate in _FOUND_GATES:
        end = first if first >= 0 else len(body)
        at = body.find(letter, 0, end)
        while at >= 0:
            if gate.match(body, at) is not None:
                first = at
                break
            at = body.find(letter, at + 1, end)
    return first


def mask_ranks(body: str) -> tuple[str, dict[int, str | None]]:
    """Return `body` with every military rank written before a personal name replaced by
    spaces ("Col. Gen. X Y" reads "          X Y", every offset
    kept), and where each of those names starts (a rank names a person as "Mr" does), with
    the country of a demonym right before the rank ("Polish Lt Gen X": Poland)."""
    first = _gate_start(body)
    if first < 0:
        return body, {}
    start = max(0, first - _QUALIFIERS_REACH)
    named_in_full: dict[str, bool] = {}
    spans = [m.span() for m in _RANK.finditer(body, start) if _rank_ends(body, m, named_in_full)]
    if not spans:
        return body, {}
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(body[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(body[last:])
    return "".join(parts), {end: _country_before(body, start) for start, end in spans}


__all__ = [
    "ABBREVIATED_RANKS",
    "FULL_RANKS",
    "RANK_QUALIFIERS",
    "is_military_body",
    "mask_ranks",
]
