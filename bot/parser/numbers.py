"""Numbers written in words and digits, magnitudes, fractions and currencies (general
knowledge tables; ISO 4217 codes checked against pycountry)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

import pycountry

from bot.parser.countries import subdivisions_of_iso3166_2

UNITS: Final = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
MAGNITUDES: Final = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "bil": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trln": 1e12,
    "tn": 1e12,
    "crore": 1e7,
    "crores": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lakh crore": 1e12,
    "lakh crores": 1e12,
}
FRACTIONS: Final = {
    "half": 0.5,
    "a half": 0.5,
    "one half": 0.5,
    "one-half": 0.5,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "one-third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "one-quarter": 0.25,
    "three quarters": 0.75,
    "three-quarters": 0.75,
    "a fifth": 0.2,
    "one fifth": 0.2,
    "one-fifth": 0.2,
    "two fifths": 0.4,
    "two-fifths": 0.4,
    "three fifths": 0.6,
    "three-fifths": 0.6,
    "a sixth": 1 / 6,
    "one-sixth": 1 / 6,
    "an eighth": 0.125,
    "a tenth": 0.1,
    "one tenth": 0.1,
    "one-tenth": 0.1,
    # "every third dollar": one in three
    "every third": 1 / 3,
    "every fourth": 0.25,
    "every fifth": 0.2,
    "every tenth": 0.1,
}
MULTIPLES: Final = {
    "twice": 2,
    "double": 2,
    "doubled": 2,
    "doubling": 2,
    "twofold": 2,
    "two-fold": 2,
    "triple": 3,
    "tripled": 3,
    "tripling": 3,
    "threefold": 3,
    "three-fold": 3,
    "quadruple": 4,
    "quadrupled": 4,
    "fourfold": 4,
    "four-fold": 4,
    "fivefold": 5,
    "five-fold": 5,
    "tenfold": 10,
    "ten-fold": 10,
    # "sixfold", "twelve-fold", "twentyfold", "hundredfold": any number word before "fold"
    **{
        f"{word}{dash}fold": value
        for word, value in {**UNITS, **TENS, "hundred": 100, "thousand": 1000}.items()
        if value >= 2
        for dash in ("", "-")
    },
}
# Currency words and symbols -> ISO 4217 (general knowledge; GOLD.md: riyals is QAR).
CURRENCY_WORDS: Final[dict[str, str | None]] = {
    "dollar": "USD",
    "dollars": "USD",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "american dollars": "USD",
    # "a 320 million US dollar project": the singular before the noun it qualifies
    "u.s. dollar": "USD",
    "us dollar": "USD",
    "american dollar": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "chinese yuan": "CNY",
    "yen": "JPY",
    "japanese yen": "JPY",
    "tenge": "KZT",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "won": "KRW",
    "riyal": "QAR",
    "riyals": "QAR",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "rial": "OMR",
    "rials": "OMR",
    "iranian rials": "IRR",
    "dirham": "AED",
    "dirhams": "AED",
    "manat": "AZN",
    "manats": "AZN",
    "turkmen manat": "TMT",
    "som": "KGS",
    "soms": "KGS",
    "sum": "UZS",
    "sums": "UZS",
    "soum": "UZS",
    "soums": "UZS",
    "uzbek sum": "UZS",
    "somoni": "TJS",
    "lira": "TRY",
    "liras": "TRY",
    "turkish lira": "TRY",
    "rupee": "INR",
    "rupees": "INR",
    "pakistani rupees": "PKR",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "franc": "CHF",
    "francs": "CHF",
    "swiss francs": "CHF",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "lari": "GEL",
    "dram": "AMD",
    "drams": "AMD",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "baht": "THB",
    "dong": "VND",
    "reais": "BRL",
    "real": "BRL",
    "rand": "ZAR",
    "shekels": "ILS",
    "shekel": "ILS",
    "forint": "HUF",
    "forints": "HUF",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "koruna": "CZK",
    "korunas": "CZK",
    "lei": "RON",
    "leu": "RON",
    "kip": "LAK",
    "kyat": "MMK",
    "kyats": "MMK",
    "taka": "BDT",
    "afghani": "AFN",
    "afghanis": "AFN",
    "naira": "NGN",
    "birr": "ETB",
    "kronor": "SEK",
    "krónur": "ISK",  # Iceland's crown in its plural (the singular "króna" too)
    "kronur": "ISK",
    "króna": "ISK",
    "icelandic krona": "ISK",
    "icelandic kronur": "ISK",
    "colón": "CRC",  # Costa Rica's colón (El Salvador's gave way to the dollar in 2001)
    "colones": "CRC",
    "swedish kronor": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "togrog": "MNT",  # the Mongolian tögrög, in the spellings English pages use
    "togrogs": "MNT",
    "tögrög": "MNT",
    "tögrögs": "MNT",
    "guarani": "PYG",
    "guaranis": "PYG",
    "guaraní": "PYG",
    "guaraníes": "PYG",
    "guaranies": "PYG",
    "soles": "PEN",
    "boliviano": "BOB",
    "bolivianos": "BOB",
    "cedi": "GHS",
    "cedis": "GHS",
    "riel": "KHR",
    "riels": "KHR",
    "rufiyaa": "MVR",
    "ngultrum": "BTN",
    "rands": "ZAR",
    "cfa francs": "XOF",
    "francs cfa": "XOF",
    "special drawing rights": "XDR",
    # Read only with the country named near them (`SHARED_CURRENCY_WORDS`).
    "peso": None,
    "pesos": None,
    "shilling": None,
    "shillings": None,
    "tugrug": "MNT",
    "tugrugs": "MNT",
    # Read only with the demonym before them ("Bahraini dinars"; `currency_named`).
    "dinar": None,
    "dinars": None,
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
}
CURRENCY_SYMBOLS: Final = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "₸": "KZT",
    "₽": "RUB",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "c$": "CAD",
    "a$": "AUD",
    "nz$": "NZD",
    "j$": "JMD",
    "tt$": "TTD",
    "ec$": "XCD",
    "hk$": "HKD",
    "s$": "SGD",
    "rmb": "CNY",
    "rs": "INR",
    "rs.": "INR",
    "₼": "AZN",
    "₾": "GEL",
    "₴": "UAH",
    "₦": "NGN",
    "₱": "PHP",
    "₪": "ILS",
    "₮": "MNT",
    "r$": "BRL",
    "rd$": "DOP",
    "nt$": "TWD",
    "n$": "NAD",
    "ca$": "CAD",
    "au$": "AUD",
    "mex$": "MXN",
    "mx$": "MXN",
    "s/": "PEN",
    "s/.": "PEN",
    "gh¢": "GHS",  # the Ghanaian press's cedi sign
    "gh₵": "GHS",
    "₵": "GHS",
    "$us": "USD",  # "$US50 million": the Australian press's US dollar
    "₡": "CRC",  # the Costa Rican colón
}
# Currency words several countries use: the country named near the amount decides
# ("the Turkmen side allocated 950 million manats" is TMT); else CURRENCY_WORDS's default.
SHARED_CURRENCY_WORDS: Final[dict[str, dict[str, str]]] = {
    "manat": {"Azerbaijan": "AZN", "Turkmenistan": "TMT"},
    "riyal": {
        "Saudi Arabia": "SAR",
        "Qatar": "QAR",
        "Oman": "OMR",
        "Iran": "IRR",
        "Yemen": "YER",
    },
    "dinar": {
        "Bahrain": "BHD",
        "Kuwait": "KWD",
        "Jordan": "JOD",
        "Iraq": "IQD",
        "Serbia": "RSD",
        "Algeria": "DZD",
        "Tunisia": "TND",
        "Libya": "LYD",
    },
    "dirham": {"United Arab Emirates": "AED", "Morocco": "MAD"},
}
SHARED_CURRENCY_WORDS["manats"] = SHARED_CURRENCY_WORDS["manat"]
SHARED_CURRENCY_WORDS["riyals"] = SHARED_CURRENCY_WORDS["riyal"]
SHARED_CURRENCY_WORDS["rial"] = SHARED_CURRENCY_WORDS["rials"] = SHARED_CURRENCY_WORDS["riyal"]
SHARED_CURRENCY_WORDS["dinars"] = SHARED_CURRENCY_WORDS["dinar"]
SHARED_CURRENCY_WORDS["dirhams"] = SHARED_CURRENCY_WORDS["dirham"]
SHARED_CURRENCY_WORDS["peso"] = SHARED_CURRENCY_WORDS["pesos"] = {
    "Mexico": "MXN",
    "Argentina": "ARS",
    "Chile": "CLP",
    "Colombia": "COP",
    "Uruguay": "UYU",
    "Cuba": "CUP",
    "Dominican Republic": "DOP",
    "Philippines": "PHP",
}
SHARED_CURRENCY_WORDS["shilling"] = SHARED_CURRENCY_WORDS["shillings"] = {
    "Kenya": "KES",
    "Tanzania": "TZS",
    "Uganda": "UGX",
    "Somalia": "SOS",
}
# "lei" are Romania's by default, Moldova's in a sentence or a brief about Moldova.
SHARED_CURRENCY_WORDS["lei"] = SHARED_CURRENCY_WORDS["leu"] = {
    "Romania": "RON",
    "Moldova": "MDL",
}
# "Rs" and "rupees" are India's by default, Pakistan's in a sentence about Pakistan.
SHARED_CURRENCY_WORDS["rupee"] = SHARED_CURRENCY_WORDS["rupees"] = {
    "India": "INR",
    "Pakistan": "PKR",
    "Nepal": "NPR",
    "Sri Lanka": "LKR",
}
# Abbreviations the press writes before an amount, glued or with one space ("BD18.6
# million", "QR 5 billion", "Dh500 million"); case-sensitive, since "RO" or "TL" in other
# case are words.
CURRENCY_PREFIXES: Final = {
    "BD": "BHD",
    "KD": "KWD",
    "QR": "QAR",
    "SR": "SAR",
    "RO": "OMR",
    "JD": "JOD",
    "Dh": "AED",
    "Dhs": "AED",
    "RM": "MYR",
    "Rp": "IDR",
    "TL": "TRY",
    "Tk": "BDT",
    "NRs.": "NPR",  # Nepalese rupees: "NRs. 3.8 billion", "NRs 500"
    "NRs": "NPR",
    "KSh": "KES",
    "Ksh": "KES",
    "Sh": "KES",  # the Kenyan press's shilling; "TSh", "USh" are Tanzania's and Uganda's
    "sh": "KES",  # the Ugandan press writes it in lower case ("sh6 trillion")
    "TSh": "TZS",
    "USh": "UGX",
    "FCFA": "XOF",  # the West African CFA franc, as its press writes it
    "SDR": "XDR",  # the IMF's special drawing rights
    # One letter glued to an amount with its magnitude only ("N1.2 trillion", "R42.7
    # billion"; `GLUED_ONLY_PREFIXES`).
    "N": "NGN",
    "R": "ZAR",
    "RMB": "CNY",  # "RMB 6.8 billion": the renminbi's common abbreviation, not an ISO code
    "Kz": "AOA",  # the Angolan kwanza: "Kz 250 billion"
    "Birr": "ETB",  # the Ethiopian birr before its sum: "Birr 2 billion"
    "Nu": "BTN",  # the Bhutanese ngultrum: "Nu 40 billion"
    "Nu.": "BTN",
    "Rwf": "RWF",  # the Rwandan franc, as Kigali's press writes it: "Rwf7 billion"
    "Frw": "RWF",
    "LE": "EGP",  # the Egyptian pound (livre égyptienne), as Cairo's press writes it
}
# One capital letter before an amount that a country's own press writes for its currency
# ("P38 per kilo" in Manila, "K 1,500 billion" in Nay Pyi Taw): read so only in a brief at
# home in that country, as elsewhere the letter may be anything.
HOME_LETTER_PREFIXES: Final = {
    "Philippines": ("P", "PHP"),
    "Botswana": ("P", "BWP"),
    "Myanmar": ("K", "MMK"),
    "Zambia": ("K", "ZMW"),
    "Papua New Guinea": ("K", "PGK"),
    "Paraguay": ("G", "PYG"),  # the guaraní: "G. 420 billion", "G 2,000,000"
}

GLUED_ONLY_PREFIXES: Final = frozenset(["N", "R"])
# ... unless spaced from a sum with its magnitude in a brief at home in the letter's country,
# as some of its government offices write them ("R 120 billion" in a Pretoria release).
SPACED_AT_HOME: Final = {"N": "Nigeria", "R": "South Africa"}


@cache
def iso_currencies() -> frozenset[str]:
    """Every ISO 4217 alphabetic code."""
    return frozenset(c.alpha_3 for c in pycountry.currencies)


@cache
def _currency_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for currency in pycountry.currencies:
        name = currency.name.lower()
        names[name] = names[f"{name}s"] = currency.alpha_3
    return names


def currency_named(phrase: str) -> str | None:
    """The ISO 4217 code of a currency named with its country's adjective, singular or
    plural ("Bahraini dinars", "Kuwaiti dinar"), by the currency names pycountry holds."""
    return _currency_names().get(phrase.lower())


# Countries that count in dollars of their own (general knowledge): a bare "$" beside "US$"
# in a text about one of them is its dollar.
DOLLAR_COUNTRIES: Final = {
    "Singapore": "SGD",
    "Hong Kong": "HKD",
    "Taiwan": "TWD",
    "Canada": "CAD",
    "Australia": "AUD",
    "New Zealand": "NZD",
    "Brunei": "BND",
    "Fiji": "FJD",
    "Jamaica": "JMD",
    "Trinidad and Tobago": "TTD",
    "Bahamas": "BSD",
    "Barbados": "BBD",
    "Belize": "BZD",
    "Guyana": "GYD",
    "Namibia": "NAD",
    "Liberia": "LRD",
    "Solomon Islands": "SBD",
}
# Countries whose press writes their own dollar as a bare "$": ISO 3166 alpha-2 -> ISO 4217.
HOME_DOLLAR_COUNTRIES: Final = {"CA": "CAD", "AU": "AUD", "NZ": "NZD"}
# The time zones of those countries that only their own press gives beside a time abroad
# ("on Thursday evening local time (early Friday AEST)"): the outlet's dollar. (Canada's
# zones are the United States' too.)
HOME_DOLLAR_ZONES: Final = {
    "AEDT": "AUD",
    "AEST": "AUD",
    "ACDT": "AUD",
    "ACST": "AUD",
    "AWST": "AUD",
    "NZDT": "NZD",
    "NZST": "NZD",
    "NZT": "NZD",
}


@cache
def home_dollar_by_name() -> dict[str, str]:
    """`HOME_DOLLAR_COUNTRIES` by the countries' ISO 3166 names ("New Zealand" -> "NZD")."""
    return {
        country.name: HOME_DOLLAR_COUNTRIES[code]
        for code in HOME_DOLLAR_COUNTRIES
        if (country := pycountry.countries.get(alpha_2=code)) is not None
    }


# "Victoria" is a given name, a lake and a capital elsewhere as often as a state.
_SHARED_REGION_NAMES: Final = frozenset(["Victoria"])


@cache
def home_dollar_regions() -> dict[str, str]:
    """The provinces, states and territories of Canada and Australia (ISO 3166-2 names, and
    "Québec") -> the dollar their own press means by a bare "$"."""
    regions = {"Québec": "CAD"}
    for sub in subdivisions_of_iso3166_2():
        country = sub["code"].split("-")[0]
        if country in ("CA", "AU") and sub["name"] not in _SHARED_REGION_NAMES:
            regions[sub["name"]] = HOME_DOLLAR_COUNTRIES[country]
    return regions


_WORD_NUMBER: Final = re.compile(r"[a-z]+")


@lru_cache(maxsize=1024)
def words_to_number(text: str) -> float | None:
    """Read a number written in words: "forty-two", "a dozen", "two dozen", "two hundred",
    "ten"."""
    words = [w for w in _WORD_NUMBER.findall(text.lower()) if w != "and"]
    if not words:
        return None
    if words in (["a", "dozen"], ["dozen"], ["one", "dozen"]):
        return 12.0
    total = 0.0
    current = 0.0
    seen = False
    for i, word in enumerate(words):
        if word == "a" and i == 0:
            current = 1.0
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12  # "two dozen"
        elif word in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * MAGNITUDES[word]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


_DECIMAL_COMMA: Final = re.compile(r"\d{1,3},\d{1,2}")


@lru_cache(maxsize=1024)
def parse_digits(text: str) -> float | None:
    """Read "1,200", "2.5" or "300,000" as a number; "3,5" (a decimal comma) as 3.5."""
    if _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    cleaned = text.replace(",", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    try:
        return float(cleaned)
    except ValueError:
        return None
