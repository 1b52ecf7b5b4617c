"""v_top's fast paths in the topics stage give what their plain forms give."""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.parser import topics
from bot.parser.topics import (
    _EMPTY_MODIFIERS,
    _GENERIC_HEADS,
    _GROWTH_ACTIONS,
    _QUALIFIER_PREPOSITIONS,
    _SUBJECT_OF_ENTITY,
    _dedupe,
    _dedupe_key,
)
from tests.strategies import glued

# --- v_top: _dedupe looks a key up with a modifier or a head added only where one was kept ---


def _plain_dedupe(found: list[tuple[int, str]], starts: list[int]) -> list[str]:
    """_dedupe as it was written before its gate sets: a flag set by the first key kept with
    an empty modifier (or a generic head), and the keys built for every key after it."""
    found.sort(key=itemgetter(0))
    kept: list[str] = []
    keys: list[str] = []  # " normalised key " of each kept item
    key_set: set[str] = set()  # the same keys (all different), for membership tests
    kept_in: list[int] = []  # the sentence of each kept item
    modified = headed = False
    for at, item in found:
        key = _dedupe_key(item)
        if key == "  " or key in key_set:
            continue
        if (key.startswith(_EMPTY_MODIFIERS) and key[key.index(" ", 1) :] in key_set) or (
            modified and any(f"{modifier[:-1]}{key}" in key_set for modifier in _EMPTY_MODIFIERS)
        ):
            continue  # "bilateral trade", then "trade" (or the other way round): named before
        if key.endswith(_GENERIC_HEADS) and (
            (base := key[: key.rindex(" ", 0, -1) + 1]) in key_set
            or (
                modified
                and any(f"{modifier[:-1]}{base}" in key_set for modifier in _EMPTY_MODIFIERS)
            )
        ):
            continue  # "hydropower", then "hydropower plants", "trade turnover": named before
        if headed and any(f"{key[:-1]}{head}" in key_set for head in _GENERIC_HEADS):
            continue  # "the energy sector", then "energy": named before
        if (
            " of " in key
            and len(grown := key.split()[int(key.startswith(" the ")) :]) == 3
            and grown[1] == "of"
            and grown[0] in _GROWTH_ACTIONS
            and f" {grown[2]} " in key_set
        ):
            continue  # "tourism", then "the development of tourism": named before
        sentence = bisect_right(starts, at)
        if " " in item and key in "\t".join(keys):
            if any(
                key in k and (kept_in[i] == sentence or k.endswith(key))
                for i, k in enumerate(keys)
            ):
                continue
            if any(
                k.startswith(key) and k[len(key) :].partition(" ")[0] in _QUALIFIER_PREPOSITIONS
                for k in keys
            ):
                continue  # "the X quota for Y pilgrims", then "X quota": named before
        for i, k in enumerate(keys):
            if (
                k in key
                and " " in kept[i]
                and (
                    kept_in[i] == sentence
                    or (
                        key.endswith(k)
                        and key[: -len(k)].rsplit(None, 1)[-1] not in _SUBJECT_OF_ENTITY
                    )
                )
            ):
                key_set.discard(k)
                key_set.add(key)
                keys[i], kept[i], kept_in[i] = key, item, sentence
                break
        else:
            key_set.add(key)
            keys.append(key)
            kept.append(item)
            kept_in.append(sentence)
        modified = modified or key.startswith(_EMPTY_MODIFIERS)
        headed = headed or key.endswith(_GENERIC_HEADS)
    if len(kept) > 2:
        for i in range(len(kept) - 1, -1, -1):
            key = keys[i]
            if " and " in key and key.count(" and ") == 1:
                first, second = key.split(" and ")
                if (
                    f"{first} " in keys
                    and f" {second}" in keys
                    and all(
                        kept_in[keys.index(part)] == kept_in[i]
                        for part in (f"{first} ", f" {second}")
                    )
                ):
                    del kept[i], keys[i], kept_in[i]
    return kept


# Words of items that _dedupe compares: empty modifiers, generic heads, growth actions, the
# prepositions of qualifiers and of entities, glued as items are written.
_ITEM_WORDS = [
    "bilateral", "mutual", "two-way", "Two-way", "trade", "energy", "sector", "plants",
    "turnover", "the", "development", "of", "tourism", "hydropower", "and", "for", "on",
    "water", "supply", "Velmora", "route", "Bilateral", "quota", "pilgrims", "group",
]  # fmt: skip
_ITEM_GLUE = [" ", " ", "-", "–", "’", "\n", ""]


def _items(max_size: int) -> st.SearchStrategy[str]:
    return glued(_ITEM_WORDS, _ITEM_GLUE, max_size, min_size=1).map(str.strip)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), _items(4)), max_size=14),
    st.lists(st.integers(0, 60), min_size=1, max_size=4),
)
@example([(0, "bilateral trade"), (5, "trade")], [0])
@example([(0, "trade"), (5, "mutual trade"), (9, "two-way trade sector")], [0, 6])
@example([(0, "energy sector"), (3, "energy"), (7, "mutual energy plants")], [0])
@example([(0, "trade sector"), (2, "the trade sector turnover"), (4, "trade")], [0, 3])
def test_dedupe_keeps_what_its_plain_form_keeps(
    found: list[tuple[int, str]], starts: list[int]
) -> None:
    """On any items of modifiers, heads and fields, in any sentences: the same items kept."""
    starts = sorted(set(starts))
    assert _dedupe(list(found), starts) == _plain_dedupe(list(found), starts)


def test_dedupe_drops_a_field_named_before_with_a_modifier_or_a_head() -> None:
    """A field named with an empty modifier or a generic head before, or after: named once."""
    found = [
        (0, "bilateral trade"),
        (4, "trade"),
        (8, "energy sector"),
        (12, "energy"),
        (16, "hydropower"),
        (20, "hydropower plants"),
    ]
    assert _dedupe(found, [0]) == ["bilateral trade", "energy sector", "hydropower"]


# --- v_top: "and to" searched from its "nd" ------------------------------------------------

_AND_TO_PLAIN = re.compile(r"\band\s+to\s")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["and", "a", "nd", "to", "land", "x", "tonnes", "And", "band", "d"]),
            st.sampled_from([" ", "", "\n", "\t", "-", "  ", "\u00a0"]),
        ),
        max_size=10,
    ).map(lambda parts: "".join(piece + glue for piece, glue in parts))
)
@example("agreed to open a port and to build a road")
@example("land to the north and\nto x")
@example("grand to x")
def test_and_to_is_found_where_its_plain_form_is(low: str) -> None:
    """_AND_TO finds "and to" in any text where the plain pattern does, and only there."""
    assert (topics._AND_TO.search(low) is None) == (_AND_TO_PLAIN.search(low) is None)
