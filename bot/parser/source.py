"""Who reported a brief: "…, reported the Akorda press service.", "…, the Uzbek Foreign
Ministry said.", "(Xinhua)", "according to the press service of …"."""

from __future__ import annotations

import re
from typing import Final

from bot.parser.countries import (
    EU,
    country_of_agency,
    country_of_bracketed_credit,
    country_of_name,
    country_of_word,
    is_city,
)
from bot.parser.dates import ANY_DATE
from bot.parser.lexicon import NAME_GLUE_WORDS, OUTLET_WORD, PAPER_NAME_WORDS, SPEECH_VERBS
from bot.parser.text import without_article

_REPORT_VERBS: Final = (
    r"(?:reported|reports|said|says|announced|announces|informed|informs|stated|states|"
    r"writes|wrote|noted|notes|added|adds|told\s+\w+|has\s+reported|has\s+said)"
)
_TRAILER = r"(?:\s+(?:on\s+(?:\w+\.?\s+\d{1,2}\b(?:,?\s+\d{4})?|\d{1,2}\s+\w+(?:\s+\d{4})?|\w+)|"
# "in a statement", "in a Telegram post".
_TRAILER += r"in\s+a\s+(?:[A-Z]\w+\s+)?(?:statement|press\s+release|report|post)|"
_TRAILER += r"today|yesterday|earlier|citing\s+[^.]+|with\s+reference\s+to\s+[^.]+|"
# "said on its Telegram channel", "reported on its official website".
_TRAILER += (
    r"on\s+(?:its|his|her|their)\s+(?:official\s+)?(?:\w+\s+)?(?:channel|website|page|account)|"
)
# Agency style drops the "on": "said in a statement Tuesday".
_TRAILER += r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))*"
_SOURCE_AFTER: Final = re.compile(
    rf",\s+{_REPORT_VERBS}\s+(?P<src>[^,;“”\"]{{3,90}}?){_TRAILER}\s*[.]?\s*$", re.I
)
# A wire's clause after the attribution: "..., the Defense Ministry said, marking the largest
# deal ...", "..., the ministry said, adding that ...".
_AFTER_CLAUSE: Final = r"(?:,\s+(?:marking|adding|noting|saying|calling|describing)\b[^“”\"]*)?"
_SOURCE_BEFORE: Final = re.compile(
    rf",\s+(?P<src>[^,;“”\"]{{3,90}}?)\s+{_REPORT_VERBS}{_TRAILER}{_AFTER_CLAUSE}\s*[.]?\s*$",
    re.I,
)
# "As the press service of the ministry reported, ..." and "..., as reported by the press
# service of the Senate.".
_AS_REPORTED: Final = re.compile(
    r"(?:^As\s+(?P<src>[^,;“”\"]{3,90}?)\s+(?:has\s+)?(?:reported|reports|informed|said|noted),"
    r"|,\s+as\s+(?:reported|stated|announced)\s+by\s+(?P<src2>[^,;“”\"]{3,90}?)\s*[.]?\s*$)"
)
# "..., Kazinform cites the Akorda press service.": an outlet passing on what its source
# said, the source credited ("Daryo reports citing the ministry" stays Daryo's report; with a
# comma, "Nordpress reports, citing the ministry's press service", the outlet sets its own
# words apart and credits the press service).
_CITED_SOURCE: Final = re.compile(
    r",\s+[^,;“”\"]{2,40}?\s+(?:cites|cited|quotes|quoted|(?:reports|reported|writes|wrote),\s+citing)"
    r"\s+(?P<src>[^,;“”\"]{3,90}?)\s*[.]?\s*$"
)
# "..., the Ministry of Water Resources, Agriculture and Processing Industry reported.": a
# body whose name lists its fields with commas.
_LISTED_BODY_BEFORE: Final = re.compile(
    r",\s+(?P<src>(?:the\s+)?(?:(?i:press\s+service)\s+of\s+the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Ministry|Committee|Agency|Department|"
    r"Office|Service|Council|Commission)\s+(?:of|for)\s+[A-Z][^;“”\"]{2,120}?)\s+"
    rf"{_REPORT_VERBS}{_TRAILER}\s*[.]?\s*$"
)
_SOURCE_START: Final = re.compile(
    r"(?:The\s+)?(?P<src>[^,;“”\"]{3,80}?)\s+(?:has\s+)?(?:reported|reports|said|says|announced|"
    r"informed|informs|stated)\s+(?:that|on)\b"
)
_ACCORDING: Final = re.compile(r"\b[Aa]ccording to\s+(?P<src>[^,;.“”\"]{3,80}?)\s*(?:[,.;]|$)")
# "according to the Ministry of Trade, Industry and Energy.": the rest of a body's name that
# lists its fields with commas, up to the end of the sentence.
_ACCORDING_BODY: Final = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,2}(?:Ministry|Committee|Agency|Department|Office|Council|"
    r"Commission)\s+(?:of|for)\s+[A-Z][\w-]*"
)
# "(according to the council's memorandum,) which the Harbour Post has seen": a paper the
# outlet itself saw, its own reporting, no one credited.
_SEEN_BY_OUTLET: Final = re.compile(
    r"\s*which\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){1,4}(?:has|had|have)\s+"
    r"(?:seen|obtained|reviewed)\b"
)
_LISTED_FIELDS: Final = re.compile(r"(?:,\s+[A-Z][\w-]*)+,?\s+and\s+[A-Z][\w-]*\s*\.?\s*$")
_PREPOSITIONS: Final = frozenset(
    ["in", "at", "on", "during", "after", "before", "with", "to", "while"]
)
_PRONOUNS: Final = frozenset(["he", "she", "they", "it", "we", "i", "you", "one", "both"])
# An organisation's word (`_BODY_WORDS`), and one of the words that make a phrase a source.
_BODY_WORD_LIST: Final = (
    r"press|service|office|ministry|government|embassy|agency|bureau|committee|"
    r"council|department|administration|presidency|kremlin|secretariat|commission"
)
_SOURCE_WORDS: Final = re.compile(
    rf"\b(?:{_BODY_WORD_LIST}|company|corporation|bank|statement|website|"
    r"channel|news|times|media|portal|newspaper|tv|radio|kazinform|xinhua|akorda|"
    r"parliament|senate|mazhilis|majilis|cabinet|spokesperson|fund|center|centre|group|"
    r"authority|organization|organisation|association|union|chamber|"
    # A region's or a city's executive: "the regional akimat", "the city khokimiyat".
    r"akimat|akimiat|khokimiyat|hokimiyat|municipality|mayoralty|governorate|city\s+hall)\b",
    re.I,
)


# "The palace press secretary Mara Quill wrote on her Telegram channel": a person who
# speaks for an office reports its news.
_PRESS_ROLE: Final = re.compile(r"(?i)\bpress\s+secretary\b|\bspokes(?:person|man|woman)\b")


# What makes a spokesperson's words a posting that reports the news: written ("wrote",
# "posted") or put out in a medium ("in a statement", "on his Telegram channel").
_POSTED: Final = re.compile(
    r"\b(?:wrote|writes|posted|posts|reported|reports|statement|channel|page|account|website)\b"
)


_STATEMENT_BY: Final = re.compile(
    r"^(?:(?:joint|official)\s+)?(?:statement|press\s+release|report)\s+"
    # "a statement carried by the state news agency": the agency that carried it.
    r"(?:(?:issued|released|published|carried)\s+)?(?:by|from|of)\s+(?:the\s+)?",
    re.I,
)
# A statement that does not say whose it is, once _STATEMENT_BY has taken any author's.
_AUTHORLESS: Final = re.compile(
    r"(?:(?:joint|official|final)\s+)?(?:statement|communiqu[eé]|press\s+release)\b(?!\s+of\b)",
    re.I,
)
# What an office issues, named after the office: "a Ministry of Foreign Affairs statement".
_ISSUED_KINDS: Final = ("statement", "release", "communique", "communiqué", "readout")
_ISSUED_AFTER: Final = re.compile(
    r"(?<=[A-Za-z])\s+(?:(?:joint|official|press)\s+)?"
    r"(?:statement|press\s+release|communiqu[eé]|readout)$"
)
_DATA_OF: Final = re.compile(
    r"^(?:(?:preliminary|official|latest|new|final)\s+)?(?:data|figures|statistics)\s+"
    r"(?:of|from)\s+(?:the\s+)?(?=[A-Z])"
)
# "Kazinform’s correspondent reports": the outlet, without its possessive.
_REPORTER: Final = re.compile(r"(?:['’]s)?\s+(?:correspondent|reporter|news\s+agency)s?$", re.I)
# The lower-case ends of a text _REPORTER matches ("ſ" is an "s" to its re.I, not to lower()).
_REPORTER_ENDS: Final = (
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "agency",
    "agencys",
)
# "state news agency Wam": the agency's description before its name.
_AGENCY_DESCRIBED: Final = re.compile(
    r"^(?:(?:state|official|national)(?:-run)?\s+)?news\s+agency\s+(?=[A-Z])"
)
# "(AA)", "(Minexco)": an abbreviation or a short name made of syllables.
_ABBREVIATION: Final = re.compile(r"(?<=[a-z])\s+\((?:[A-Z]{2,6}|[A-Z][a-z]{3,9})\)$")
_CAPITAL: Final = re.compile(r"[A-Z]")
_ROLE: Final = re.compile(
    r"(?i)(?:\w+\s+)?(?:prime\s+)?(?:minister|president|premier|speaker|"
    r"ambassador|chairman|officials?|sides|parties)"
)


def _valid(source: str, names: list[str], *, press_ok: bool = False) -> str | None:
    source = " ".join(source.split()).strip(" .")  # (str.split's blanks are re's \s)
    source = without_article(source)
    # "according to a statement by SCZone": who made the statement.
    source = _STATEMENT_BY.sub("", source)
    # "the ministry's Government Communication Unit": the office by its name, without the
    # common noun of its owner.
    source = _OWNER_BEFORE_NAME.sub("", source)
    if _AUTHORLESS.match(source):
        return None  # "according to a joint statement issued after the talks": by nobody named
    # "according to a Ministry of Foreign Affairs statement": whose statement it is.
    if source.endswith(_ISSUED_KINDS):
        source = _ISSUED_AFTER.sub("", source)
    # "according to preliminary data of the National Statistics Office": whose data.
    source = _DATA_OF.sub("", source)
    if source[-14:].lower().endswith(_REPORTER_ENDS) or "ſ" in source[-14:]:
        source = _REPORTER.sub("", source)
    source = _AGENCY_DESCRIBED.sub("", source)
    # "Anadolu Agency (AA)": the name without its abbreviation.
    short = _ABBREVIATION.search(source) if source.endswith(")") else None
    if short and country_of_name(short.group().strip(" ()")) is None:
        source = source[: short.start()]
    words = source.split()
    if not words or len(words) > 12 or words[0].lower() in _PRONOUNS:
        return None
    if words[0].lower() in SPEECH_VERBS or words[0].lower() in _PREPOSITIONS:
        return None  # "said in a recent interview with Xinhua": how it was said, not who
    if len(words) == 1 and source.islower():
        return None  # "the company said": which company, the story does not say here
    # ("Huang said": a name written surname first, "Huang Kunming", is a person too.)
    if any(
        name in source
        or name.split()[-1] in words
        or (len(words) == 1 and name.split()[0] == source)
        for name in names
        if name
    ) and not (press_ok and _PRESS_ROLE.search(source)):
        return None  # a person who said it, unless the office's spokesperson posting it
    # A source word, or a capital in a name of three words or fewer.
    capital = _CAPITAL.search(source) is not None
    if (not capital or len(words) > 3) and _SOURCE_WORDS.search(source) is None:
        return None
    # A role ("the minister", "the Prime Minister") is a person, not a source.
    if _ROLE.fullmatch(source):
        return None
    if _PERSON_DESCRIBED.fullmatch(source) and not _BODY_WORDS.search(source):
        return None  # "a senior Tajik official has said": a person, the agency reports it
    return source


# A common noun's possessive before a capitalised name: "ministry's Press Office".
_OWNER_BEFORE_NAME: Final = re.compile(r"^[a-z]+['’]s\s+(?=[A-Z])")
# A person described, not named: "a senior Tajik official", "diplomatic sources".
_PERSON_DESCRIBED: Final = re.compile(
    r"(?i)(?:[\w’'.-]+\s+){0,3}(?:officials?|spokes(?:man|men|woman|women|person)|diplomats?|"
    r"sources?|experts?|analysts?|observers?|insiders?)"
)
# An organisation's word that makes such a phrase an organisation: "Foreign Ministry spokesperson".
_BODY_WORDS: Final = re.compile(rf"(?i)\b(?:{_BODY_WORD_LIST})\b")


# A press release signed at its foot: "Press Service of the Ministry of Foreign Affairs".
_SIGNATURE: Final = re.compile(
    # "Information and Press Department of the MFA of X", as a foreign ministry signs.
    # "MFA Press Office": an office's initials before it.
    # "The press service of the President": a foot line in sentence case.
    # "Information and Analytical Department", "Press and Public Diplomacy Division": a
    # second field of its work after "and".
    r"(?:The\s+)?(?:(?:[A-Z]{2,6}\s+)?(?:[Pp]ress|Information|Media|Communications?)\s+(?:(?:and|&)\s+(?:Press|"
    r"Information|Media|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?(?:[Ss]ervice|[Oo]ffice|"
    r"[Cc]ent(?:re|er)|[Dd]epartment|[Dd]ivision)|(?:Embassy|Ministry|Consulate|Office)\s+of)"
    r"\b[^\n.!?]{0,110}"
)


# A closing line that credits a press service: "The press service of the parliament reported."
# "The presidential press service reported.": whose service, in one word before it.
_CLOSING_CREDIT: Final = re.compile(
    r"(?:The\s+)?(?P<src>(?:[A-Za-z]+\s+)?(?:[Pp]ress|[Ii]nformation|[Mm]edia)\s+(?:[Ss]ervice|[Oo]ffice)"
    r"[^.\n]{0,80}?)\s+(?:reported|reports|informed|said)(?:\s+(?:this|so))?\.?"
)


# "(With input from Xinhua)", "(Reporting by X; with input from Reuters)": the agency whose
# copy the story is built on, at its foot.
_INPUT_FROM: Final = re.compile(
    r"\((?:[^()]*;\s*)?(?i:with\s+(?:additional\s+)?inputs?\s+from)\s+"
    r"(?P<src>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\)"
    # "Via MTI": the agency a page's story came through, on the last line.
    r"|Via\s+(?P<via>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
)


# An agency's credit alone on the last line of its story: "APS", "(MAP)", "– STnews.gov.ab".
_FOOT_CREDIT: Final = re.compile(
    # "-- APS": a wire's double hyphen for the dash.
    r"(?P<dash>(?:--|[–—-])[ ]*)?"
    r"\(?(?P<src>[A-Z][A-Za-z]{1,12}(?:-[A-Z][A-Za-z]{1,12})?"
    r"(?P<domain>(?:\.[a-z]{2,4}){1,3})?)"
    # "Alpine-ATS/ab", "(ATS/ab/cd)": the initials of the desk's editors after a slash.
    r"(?:/[a-z]{1,4}){0,3}\)?"
)


# What a wire writes under a story's last paragraph to close it, no one's credit.
_END_MARKS: Final = frozenset({"ENDS", "ENDIT", "MORE", "NNNN", "PHOTO", "PHOTOS", "VIDEO"})


def _foot_credit(line: str) -> str | None:
    """The agency credited alone on a story's last line: a known agency's name ("APS"), a
    national agency's initials that are a common word elsewhere ("AAP", "PA", as a wire signs
    off), or a site's address after a dash ("– STnews.gov.ab"); no end mark ("ENDS") or
    initials."""
    match = _FOOT_CREDIT.fullmatch(line)
    if match is None:
        return None
    source = match.group("src")
    if (
        country_of_agency(source) is not None
        or (match.group("dash") and match.group("domain"))
        or (source.isupper() and country_of_bracketed_credit(source) is not None)
    ):
        return source
    if (
        # "VELPROMO" alone under a release: the agency that issued it signs in capitals
        # (four letters or more: fewer are an editor's initials)
        len(source) >= 4
        and source.isupper()
        and match.group("dash") is None
        and source not in _END_MARKS
        and country_of_name(source) is None
        and not is_city(source.title())
    ):
        return source
    return None


# A known agency's credit after the last sentence of its story: "... on Wednesday. SPA",
# "... on Thursday morning. (HNA)".
# "... at a convenient time. — VNS": a dash before it.
_TAIL_CREDIT: Final = re.compile(
    r"[.!?”\"][ \t]+(?:[–—-][ \t]*)?\(?(?P<src>[A-Z][A-Za-z]{1,12})\)?$"
)


# A paper's credit glued to its story's last sentence by a dash: "... on Monday.—HNA".
_GLUED_CREDIT: Final = re.compile(r"[.!?”\"][–—](?P<src>[A-Z]{2,6})$")
# "With reports from Sylvan Daily and Reuters": the outlets a story's writer drew on.
_WITH_REPORTS: Final = re.compile(
    r"\(?(?i:with\s+(?:additional\s+)?reports?\s+from)\s+"
    r"(?P<src>[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|and|&))*?)\.?\)?"
)


# "With AFP", "(With Reuters)": the wire a paper's own story drew on, alone on its last line.
_WITH_WIRE: Final = re.compile(
    r"\(?With[ ]+(?P<src>[A-Z][A-Za-z]{1,12}(?:[ ](?:and|&)[ ][A-Z][A-Za-z]{1,12})?)\)?\.?"
)


# "Source: Harbour News and news agencies": a web story's foot line naming whose copy it is
# (an outlet, with the wires it drew on).
_SOURCE_FOOT: Final = re.compile(
    # "Source: Ministry of External Affairs": an office's name with its small words.
    r"Source:[ \t]*(?P<src>[A-Z][\w.&’'-]*(?:[ ](?:(?:of|for|and|the)[ ])*[A-Z][\w.&’'-]*){0,5}"
    r"(?:[ ](?:and|&)[ ](?:other[ ])?(?:news[ ])?(?:agencies|wires|wire[ ]services))?)"
)


# A contact line: an office's phone number or address after it ("Press Office: +995 32 299 11
# 11", "Media desk, tel. 022-2273 3000") tells whom to call, not who reports.
_CONTACT: Final = re.compile(
    r"(?i:\b(?:tel|phone|fax|e-?mail)\b)|[:,][ \t]*\+?\(?\d[\d ()-]{5,}\d[ \t]*$"
)


# The words of _CONTACT's first branch in lower case. Under re.I "İ" and "ı" match its "i" but
# str.lower keeps them apart: a line holding one is searched anyway.
_CONTACT_WORDS: Final = ("tel", "phone", "fax", "mail")


def _contact(line: str) -> bool:
    """Whether a line of a paragraph (stripped) is a contact line: searched only where one of
    _CONTACT's words occurs or where a digit ends the line, as its number must."""
    if not line[-1:].isdecimal():  # str.isdecimal: what "\\d" matches
        low = line.lower()
        if not any(word in low for word in _CONTACT_WORDS) and "İ" not in line and "ı" not in line:
            return False
    return _CONTACT.search(line) is not None


# A body and its unit on the last line, as a government's page signs its news: "Aldmark
# Provincial Government / External Trade Division".
_BODY_AND_UNIT: Final = re.compile(
    r"(?P<src>(?:[A-Z][\w’'-]*\s+){1,4}(?:Government|Administration|Ministry|Office|"
    r"Akimat|Municipality|Council))\s+/\s+(?:[A-Z][\w’'-]*\s+){1,4}"
    r"(?:Division|Department|Office|Bureau|Section|Team)"
)


def _closing_credit(line: str) -> str | None:
    """The press service a closing line credits (_CLOSING_CREDIT), tried only on a line that
    holds the pattern's "service" or "office"."""
    if "ervice" not in line and "ffice" not in line:
        return None
    credit = _CLOSING_CREDIT.fullmatch(line)
    return credit.group("src") if credit else None


def signature_of(last_paragraph: str) -> str | None:
    """The organisation that signs a release in its last line, or None; or in the first
    line of a short block of lines, as a ministry signs ("MINISTRY OF FOREIGN AFFAIRS\n
    SYLVANIA\n3 MARCH 2027"); or a known agency credited after the last sentence. A
    contact line (an office and its phone number) signs nothing."""
    line = last_paragraph.strip()
    if "\n" not in line and _contact(line):
        return None
    if len(line) <= 40 and (foot := _foot_credit(line)):
        return foot
    if line.startswith("Source:") and (named := _SOURCE_FOOT.fullmatch(line)):
        return named.group("src")
    if line[-1:].isupper() or line.endswith(")"):
        tail = _TAIL_CREDIT.search(line, max(0, len(line) - 20))
        if tail and country_of_agency(tail.group("src")) is not None:
            return tail.group("src")
        glued = _GLUED_CREDIT.search(line, max(0, len(line) - 10))
        if glued:
            return glued.group("src")
    if line.startswith(("With", "(With")) and (reports := _WITH_REPORTS.fullmatch(line)):
        return reports.group("src")
    if line.startswith(("With", "(With")) and (wire := _WITH_WIRE.fullmatch(line)):
        return wire.group("src")
    credit = _closing_credit(line)
    if credit:
        return credit
    if "\n" not in line and line[:6].lower() in _FOOT_LABELS:
        # "Issued by: Office of the Press Secretary, Ministry of Ports", "Information prepared
        # by the Press Division": the release's one closing line names who issued it.
        office = _foot_office(line)
        if office is not None:
            return office
    if line.startswith(("(", "Via ")) and (given := _INPUT_FROM.fullmatch(line)):
        return given.group("src") or given.group("via")
    if " / " in line and (unit := _BODY_AND_UNIT.fullmatch(line)):
        return unit.group("src")  # "Aldmark Provincial Government / Trade Division"
    if "\n" in line:
        lines = [part.strip() for part in line.split("\n")]
        office = _block_office(lines)
        if office is not None:
            return office
        # "Parliament Press Service\nA. Writer\n+1 555 0100\nwriter@example.org": the
        # contact lines (numbers, e-mail addresses) under the office and its officer.
        while len(lines) > 1 and (_contact(lines[-1]) or "@" in lines[-1]):
            lines.pop()
        if len(lines) == 3 and lines[0].isupper() and _seat_sign_off(lines):
            return re.sub(r"^The\s+", "", name_case(lines[0]))
        # The office's line may be longer than the place and date lines under it: "Press and
        # Information Department, Ministry of Foreign Affairs of X\nCity, 3 March 2027".
        if len(lines) > 4 or any(len(part.split()) > 8 for part in lines[1:]):
            return None
        if len(lines[0].split()) > 8 and not _SIGNATURE.fullmatch(name_case(lines[0])):
            return None
        line = lines[0]
    if len(line.split()) > 16:
        return None
    line = name_case(line)
    match = _SIGNATURE.fullmatch(line)
    if match and "," in line and _STREET_PART.search(line):
        return None  # "Embassy of X, 2nd Floor, 12 Harbour Road, City": an address to write to
    if match and line.startswith("The press ") and not _named_after(line.split()[3:]):
        return None  # "The press office of the ministry will publish ...": a sentence
    if match is None and (owned := _OWNED_OFFICE.fullmatch(line)):
        return owned.group("src")
    if (
        match is None
        and "\n" not in last_paragraph.strip()
        and len(line.split()) <= 8
        and _FOOT_OFFICE.fullmatch(line)
    ):
        return line  # "Organisation Secretariat", "ABC Department of Information Support"
    return re.sub(r"^The\s+", "", line) if match else None


# An organisation's office alone on the last line, as an international body signs its news:
# "Organisation Secretariat", "ABC Department of Information Support".
_FOOT_OFFICE: Final = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){1,3}(?:Secretariat|Directorate|Department|Division|Bureau)"
    r"(?:\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?"
)


# A street address's part after a comma: "2nd Floor", "292 Harbour Road", "PO Box 41" (a
# number and a capitalised word that is no month: "Ministry of Trade, 3 March 2027" is dated).
_STREET_PART: Final = re.compile(
    r",[ ]*(?:\d+(?:st|nd|rd|th)?[ ]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\b)[A-Z]|P\.?[ ]?O\.?[ ]+Box\b)"
)


def _seat_sign_off(lines: list[str]) -> bool:
    """Whether three closing lines are an office in capitals, its city and the date ("WISMA
    HARAPAN\nHARBOURTON\n3 March 2027"): a ministry signing by the name of its seat, as by
    its own name ("MINISTRY OF TRADE\nHARBOURTON\n3 MARCH 2027")."""
    office, city, date = lines
    if len(office.split()) > _SEAT_WORDS or any(c.isdigit() for c in office):
        return False
    date = date.title() if date.isupper() else date
    return is_city(name_case(city)) and ANY_DATE.fullmatch(date) is not None


_SEAT_WORDS: Final = 4  # the most words of an office's seat's name


# The first six letters of a closing line's label: "Issued by:", "Information prepared by".
_FOOT_LABELS: Final = ("issued", "releas", "prepar", "inform")


def _foot_office(line: str) -> str | None:
    """The office a one-line foot names: its label's office, with a second office after a
    comma ("Office of the Press Secretary, Ministry of Ports") but no city."""
    label = _FOOT_LABEL.match(line)
    if label is None:
        return None
    first, comma, second = line[label.end() :].partition(", ")
    if not (_NAMED_OFFICE.fullmatch(first) and _OFFICE_WORD.search(first)):
        return None  # "Prepared by Aldo Varga": a writer, no office
    if comma and _NAMED_OFFICE.fullmatch(second) and _OFFICE_WORD.search(second):
        first = f"{first}, {second}"  # its ministry after the office
    elif comma:
        return None  # "Issued by: The Presidency, Harbourton": the office's seat after it
    return re.sub(r"^[Tt]he\s+", "", first)


_FOOT_LABEL: Final = re.compile(
    r"(?:(?:Information\s+)?[Pp]repared|Issued|ISSUED|Released)\s+(?:[Bb]y|BY):?\s+"
)
# An office's name in normal case: up to eight capitalised words and their glue ("of the").
_NAMED_OFFICE: Final = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w’'&-]*"
    r"(?:\s+(?:(?:of|for|and|on|&)\s+)?(?:the\s+)?[A-Z][\w’'-]*){0,7}"
)
# A word naming an office's kind.
_OFFICE_WORD: Final = re.compile(
    r"\b(?:Office|Ministry|Department|Directorate|Division|Bureau|Secretariat|Presidency"
    r"|Service|Unit|Section|Wing|Agency|Embassy|Chancellery|Council|Commission)\b"
)


def _block_office(lines: list[str]) -> str | None:
    """The office that signs a release's closing block of lines, marked as one by a label
    over it ("Issued by:", "Signed:") or contact lines under it ("Tel: ..."): the first of
    its lines that names an office ("Protocol Directorate", "Ministry of Trade, Harbourton"),
    past the signer's name and post; None for any other paragraph."""
    if _CONTACT_LABEL.search(lines[0]):
        return None  # "For more information contact:\nPress Office\nTel: ...": whom to ask
    if lines[0][:6].lower() in ("issued", "releas") and (
        inline := _INLINE_LABEL.fullmatch(name_case(lines[0]))
    ):
        # "Issued by: The Presidency\nHarbourton", "ISSUED BY THE MINISTRY OF TRADE\n12 Quay
        # Road": the label and the office on one line, the office's address under it
        return re.sub(r"^[Tt]he\s+", "", inline.group("office"))
    labelled = _BLOCK_LABEL.fullmatch(lines[0]) is not None
    if labelled:
        lines = lines[1:]
    contacts = 0
    if any(" | " in line for line in lines):
        # "Directorate of Information | Organisation | Tel: +1 555 0100 | City": one line of
        # fields set apart by bars; its contact fields are left out.
        fields = [field.strip() for line in lines for field in line.split(" | ")]
        lines = [field for field in fields if not _contact(field)]
        contacts = len(fields) - len(lines)
    end = len(lines)  # the caller's list stays whole: it reads the block again on None
    while end and _contact(lines[end - 1]):
        end -= 1
    contacts += len(lines) - end
    lines = lines[:end]
    if not (labelled or contacts) or not 1 <= len(lines) <= 5:
        return None
    for line in lines:
        office, comma, place = name_case(line).partition(",")
        if comma and not is_city(place.strip()):
            continue  # "Director, Press and Public Relations": a post, not an office
        if (
            _SIGNATURE.fullmatch(office)
            or _OFFICE_LINE.fullmatch(office)
            or _OFFICE_OF.fullmatch(office)
        ):
            return re.sub(r"^The\s+", "", office)
    return None


# An office named by its kind and its work: "Directorate of Press and Public Affairs",
# "Department for Public Affairs".
_OFFICE_OF: Final = re.compile(
    r"(?:The\s+)?(?:Directorate|Department|Division|Bureau)(?:\s+General)?\s+(?:of|for)\s+"
    r"[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}"
)


def signing_city(last_paragraph: str) -> str | None:
    """The city where the office signing a release sits, on its line of the closing block
    ("Ministry of Trade, Harbourton"); None for an embassy or mission abroad, or none."""
    lines = last_paragraph.strip().split("\n")
    if len(lines) > 6:
        return None
    for line in lines:
        office, comma, place = name_case(line.strip()).rpartition(",")
        place = place.strip()
        if not comma or not is_city(place) or _ABROAD_OFFICE.search(office):
            continue
        if _SIGNATURE.fullmatch(office) or _OFFICE_LINE.fullmatch(office):
            return place
    return None


_ABROAD_OFFICE: Final = re.compile(r"\b(?:Embassy|Consulate|Mission|High Commission)\b")


# A label over the office to ask, not the one that signs: "For more information contact:".
_CONTACT_LABEL: Final = re.compile(r"(?i:contact|enquiries|inquiries)\b[^\n]*:$")
# The label and the office that signs on one line: "Issued by: The Presidency" (in normal
# case): up to eight capitalised words and their glue, no sentence.
_INLINE_LABEL: Final = re.compile(
    r"(?:Issued|Released)\s+[Bb]y:?\s+(?P<office>(?:[Tt]he\s+)?[A-Z][\w’'&-]*"
    r"(?:\s+(?:(?:of|for|and|on|the|&)\s+)?[A-Z][\w’'-]*){0,7})"
)
# The label over a release's signature block: "Issued by:", "ISSUED BY:", "Signed:".
_BLOCK_LABEL: Final = re.compile(r"(?i:(?:issued|signed|released)(?:\s+by)?)\s*:?")
# An office's name alone on a line, closed by the word for its kind: "Public Diplomacy Wing",
# "Protocol Directorate", "Consular Affairs Bureau".
_OFFICE_LINE: Final = re.compile(
    r"(?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|for|&))*\s+"
    r"(?:Wing|Directorate|Department|Division|Bureau|Unit|Section|Office|Secretariat)"
)


# An office named after its owner, alone on a line: "HarbourGas press service", "President's
# Media Division (SMD)", "Harbour News Service"; without its abbreviation.
_OWNED_OFFICE: Final = re.compile(
    r"(?P<src>(?:[A-Z][\w’'.&-]*[ ]){1,3}(?:[Pp]ress|[Mm]edia|[Nn]ews|[Ii]nformation)[ ]"
    r"(?:[Ss]ervice|[Oo]ffice|[Dd]ivision))(?:[ ]\([A-Z]{2,6}\))?"
)


_PAPER: Final = re.compile(rf"\b(?:{PAPER_NAME_WORDS})\b")
# "Harbour Gazette report": a newspaper crediting its own staff's story on a line of its own.
_OUTLET_REPORT: Final = re.compile(r"(?P<src>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})\s+report")


# "Sylvan News, Harbourton": an outlet's byline line naming where its reporter writes from.
_OUTLET_AT: Final = re.compile(
    r"(?P<src>[A-Z][\w.&’'-]*(?:[ ][A-Z][\w.&’'-]*){0,3}),[ ]+"
    r"(?P<city>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})"
)
# "Staff Report, Harbour News": a staff byline naming the outlet.
_STAFF_OF: Final = re.compile(
    r"(?:Staff|Special)[ ](?:Report|Reporter|Writer|Correspondent)s?,[ ]+"
    r"(?P<src>[A-Z][\w.&’'-]*(?:[ ][A-Z][\w.&’'-]*){0,3})"
)


def outlet_at_city(line: str) -> str | None:
    """The outlet of a byline line "<Outlet>, <City>" ("Sylvan News, Harbourton"): a name with
    an outlet's word, then a known city; or of a staff byline ("Staff Report, Harbour News");
    None for any other line."""
    staff = _STAFF_OF.fullmatch(line.strip()) if line.startswith(("Staff", "Special")) else None
    if staff is not None:
        return staff.group("src") if OUTLET_WORD.search(staff.group("src")) else None
    match = _OUTLET_AT.fullmatch(line.strip())
    if match is None or not OUTLET_WORD.search(match.group("src")):
        return None
    return match.group("src") if is_city(match.group("city")) else None


def label_source(line: str, *, dated: bool = False) -> str | None:
    """An office named on a line of its own in capitals above the text, as a readout is
    headed ("OFFICE OF THE SPOKESPERSON"): that office, in normal case; or an outlet's
    "<Name> report" line; or, on a line that has a date line under it (`dated`), an office
    named after its owner ("Harbour News Service"), which without the date may be a
    headline ("Government Opens New Press Office")."""
    line = line.strip()
    if line.endswith(" report") and (own := _OUTLET_REPORT.fullmatch(line)):
        src = own.group("src")
        known = country_of_agency(src) or _SOURCE_WORDS.search(src) or _PAPER.search(src)
        return src if known else None
    if dated and "\n" not in line and (owned := _OWNED_OFFICE.fullmatch(line)):
        return owned.group("src")
    if not line.isupper() or "\n" in line or len(line.split()) > 10:
        return None
    line = name_case(line)
    return line if _SIGNATURE.fullmatch(line) else None


# An office's name heading its own page: "Chancellery of the Prime Minister", "Federal
# Ministry for Trade and Industry", "Directorate of Communications", "Prime Minister's Office".
_OFFICE_HEADING: Final = re.compile(
    r"(?:(?:Federal|State|National|Royal|Presidential)\s+)?"
    r"(?:Ministry|Department|Chancellery|Presidency|Directorate|Office|Council|Secretariat|"
    r"Commission|Cabinet|Government|Embassy)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|the|&))*"
    r"|(?:[A-Z][\w’'.-]*\s+){1,2}(?:Minister|President)['’]s\s+Office"
)
# The office a government page names as its author, over the page's date: "From: Department
# of Trade", "Press release from Ministry for Foreign Affairs". A page from an office and a
# minister ("From: Department of Trade and The Rt Hon A. Minister MP") names two authors:
# no credit is taken from it.
_PAGE_FROM: Final = re.compile(
    r"(?:From:|(?i:press|news|media)\s+release\s+from)[ \t]*(?P<src>[A-Z][^\n]{2,90}?)[ \t]*"
)
_CO_AUTHOR: Final = re.compile(
    r"\s+and\s+(?:[Tt]he\s+)?(?:Rt\.?\s+Hon|Hon|Lord|Baroness|Sir|Dame|Dr|Mr|Mrs|Ms)\b"
)


def office_heading(line: str) -> bool:
    """Whether a line is an office's name and nothing else ("Council of the EU")."""
    return len(line) <= 100 and _OFFICE_HEADING.fullmatch(line) is not None


def page_author(line: str) -> str | None:
    """The office a page's "From:" or "Press release from" line names, or None."""
    found = _PAGE_FROM.fullmatch(line.strip())
    if (
        found is None
        or not _BODY_WORDS.search(found.group("src"))
        or _CO_AUTHOR.search(found.group("src"))
    ):
        return None
    return found.group("src")


def _named_after(words: list[str]) -> bool:
    """Whether the words after "The press service" name its owner ("of the President of the
    Republic of X"): names in capitals and the small words between them, nothing else."""
    return all(w[:1].isupper() or w in NAME_GLUE_WORDS for w in words)


def name_case(line: str) -> str:
    """A name written in capitals in normal case: "MINISTRY OF FOREIGN AFFAIRS" is "Ministry
    of Foreign Affairs"; a name already in normal case stays as it is."""
    if not line.isupper():
        return line
    words = line.lower().split()
    return " ".join(
        w if w in NAME_GLUE_WORDS and n else w[:1].upper() + w[1:] for n, w in enumerate(words)
    )


# The report verbs of _SOURCE_AFTER, _SOURCE_BEFORE and _LISTED_BODY_BEFORE, cut to what
# each of their spellings holds in lower case: a sentence whose lower case holds none of them
# is not searched (each search tries every comma of the sentence with all its endings).
# Under re.I "İ", "ı" and "ſ" match "i" and "s" but str.lower keeps them apart: a sentence
# holding one of them is searched anyway.
_REPORT_STEMS: Final = (
    "report", "said", "says", "announc", "inform", "state", "wrote", "writes", "note", "add",
    "told",
)  # fmt: skip
_AS_VERBS: Final = ("reported", "stated", "announced")
_ALL_PATTERNS: Final = (_CITED_SOURCE, _LISTED_BODY_BEFORE, _SOURCE_AFTER, _SOURCE_BEFORE)
# The patterns whose comma the report verb follows with no comma between ("..., said X",
# "..., X said"); in the others a listed name ("Ministry of A, B and C") or the outlet's
# "reports, citing" may hold one.
_VERB_LED: Final = (_SOURCE_AFTER, _SOURCE_BEFORE)


def _attribution_patterns(sentence: str) -> tuple[tuple[re.Pattern[str], ...], int]:
    """The patterns of a closing attribution that may match `sentence`, in order of
    precedence: those whose words (matched in their case) it lacks are left out; and where a
    match of `_SOURCE_AFTER` or `_SOURCE_BEFORE` can start (`_VERB_LED`)."""
    if "İ" in sentence or "ı" in sentence or "ſ" in sentence:
        return _ALL_PATTERNS, 0
    low = sentence.lower()
    verb = min((at for stem in _REPORT_STEMS if (at := low.find(stem)) >= 0), default=-1)
    if verb < 0:
        # _CITED_SOURCE alone needs no report verb: "..., Kazinform cites the ministry."
        return ((_CITED_SOURCE,) if "cite" in sentence or "quote" in sentence else ()), 0
    # A match of those two has no comma between its opening comma and its verb, which holds a
    # stem: it opens at the last comma before the first stem, or later (a search from the
    # start tries every comma, each with up to 90 characters of a source).
    start = max(sentence.rfind(",", 0, verb), 0)
    if "cite" in sentence or "quote" in sentence or ", citing" in sentence:
        return _ALL_PATTERNS, start
    return _ALL_PATTERNS[1:], start


# "A Kellerman House spokesperson said:", "The Foreign Ministry spokesman said:": an office's
# unnamed spokesperson introducing the statement that makes up the text.
# The spokesperson's noun, also read by meetings ("A spokesperson said:" before a readout
# quoted whole).
SPOKESPERSON: Final = r"spokes(?:person|man|woman)"
_SPOKESPERSON_SAID: Final = re.compile(
    rf"(?:An?|The)\s+(?P<src>(?:[A-Z][\w’'.&-]*\s+){{1,4}}{SPOKESPERSON})\s+said\s*:"
)


# "Spokesman for the Chancellery Counsellor X Y said the talks ...": a sentence opening
# with the office's spokesperson by the office's name, then a rank and the name, relaying the
# account that makes up the page (as a president's own page writes it).
_SPOKESPERSON_FOR: Final = re.compile(r"Spokes(?:person|man|woman)\s+(?:for|of)\s+the\s+[A-Z]")
_RELAYING: Final = re.compile(r"\s+(?:said|stated)\s+(?:that\s+)?the\b")
_RANK_BEFORE_NAME: Final = re.compile(
    r"\s+(?:Ambassador|Counsellor|Counselor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)$"
)


def _spokesperson_relaying(sentence: str, names: list[str]) -> str | None:
    """The office of "Spokesman for the Chancellery Counsellor X Y said the ...", opening
    `sentence` with a name of `names`; else None."""
    if _SPOKESPERSON_FOR.match(sentence) is None:
        return None
    for name in names:
        at = sentence.find(name)
        if at > 0 and _RELAYING.match(sentence, at + len(name)):
            return _RANK_BEFORE_NAME.sub("", sentence[:at].rstrip())
    return None


# A press service, the office whose words a credit after "according to" names most surely.
_PRESS_SERVICE: Final = re.compile(r"(?i)\bpress\s+(?:service|office)\b")


def press_service_credit(sentences: list[str], names: list[str]) -> str | None:
    """The press service a paragraph credits with "according to" ("..., according to the
    presidential press service.") or with "said" closing a sentence ("..., the president's
    press service said."), or None."""
    for sentence in sentences:
        match = _ACCORDING.search(sentence) if "ccording to" in sentence else None
        if match and _PRESS_SERVICE.search(match.group("src")):
            found = _valid(match.group("src"), names)
            if found:
                return found
        match = _PRESS_SERVICE_SAID.search(sentence) if "ess service " in sentence else None
        if match:
            found = _valid(match.group("src"), names)
            if found:
                return found
    return None


# "..., the Velmoran president's press service said.": a press service closing the sentence
# whose news it gives.
_PRESS_SERVICE_SAID: Final = re.compile(
    r",\s+(?P<src>(?:the\s+)?[^,;“”\"]{0,40}?[Pp]ress\s+[Ss]ervice)\s+(?:said|reported)\s*\.?\s*$"
)


# "According to a statement issued by the PM Office, ...": the office whose statement a story
# draws on, named by the statement's issuer at the head of a sentence that tells what it
# says ("..., according to a statement by the embassy." closing one may be a side's own
# account among the outlet's).
_STATEMENT_ISSUER: Final = re.compile(
    r"\s*According\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?statement\s+"
    r"(?:(?:issued|released|published)\s+)?(?:by|from)\s+(?P<src>[^,;.“”\"]{3,80}?)\s*(?:[,.;]|$)"
)


# "The President's Media Division (PMD) said the two sides ...": a press office heading a
# sentence that tells what it reported.
_PRESS_OFFICE_SAID: Final = re.compile(
    r"\s*(?:The\s+)?(?P<src>(?:[A-Z][\w’'.-]*\s+){0,3}(?:[Pp]ress|[Mm]edia|[Ii]nformation)\s+"
    r"(?:[Ss]ervice|[Oo]ffice|[Dd]ivision|[Dd]epartment|[Cc]ent(?:re|er)|[Ww]ing))"
    r"(?:\s+\([A-Z]{2,6}\))?\s+(?:said|reported|announced|stated)\b"
)


# "..., the Velmoran presidential press service reported.": a press office closing a sentence
# with its credit.
_PRESS_OFFICE_CLOSING: Final = re.compile(
    r",\s+(?:the\s+)?(?P<src>(?:[\w’'.-]+\s+){0,3}[Pp]ress\s+(?:[Ss]ervice|[Oo]ffice)"
    r"(?:\s+of\s+[^,;.“”\"]{3,60}?)?)\s+(?:reported|said|announced|stated)\s*\.?\s*$"
)


# "In a statement, the Ministry of Trade, Industry and Energy (MOTIE) said the two sides ...":
# the office whose statement the sentence goes on to tell.
_IN_STATEMENT_SAID: Final = re.compile(
    r"\s*In\s+a\s+(?:joint\s+|written\s+)?statement,\s+(?:the\s+)?"
    r"(?P<src>[A-Z][^;:“”\"()]{2,80}?)(?:\s+\([A-Z]{2,8}\))?\s+(?:said|announced|stated)\b"
)


# "..., according to Sylvanian diplomatic sources.", "Diplomatic sources said ...": the
# sources a story that credits no agency or office is told by, as the Turkish press writes.
_DIPLOMATIC_SOURCES: Final = re.compile(
    r"\baccording\s+to\s+(?P<src>(?:[A-Z][a-z]+\s+)?diplomatic\s+sources)\b"
    r"|^(?P<opening>(?:[A-Z][a-z]+\s+)?[Dd]iplomatic\s+sources)\s+(?:said|told)\b"
)


def sources_credit(sentences: list[str]) -> str | None:
    """The diplomatic sources a sentence credits ("..., according to Sylvanian diplomatic
    sources."; "Diplomatic sources said ..." opening it), or None."""
    for sentence in sentences:
        if "iplomatic sources" not in sentence:
            continue
        match = _DIPLOMATIC_SOURCES.search(sentence)
        if match is not None:
            return match.group("src") or match.group("opening")
    return None


def statement_credit(
    sentences: list[str], names: list[str], openers: list[str] | None = None
) -> str | None:
    """The office whose statement a sentence opening "According to a statement issued by"
    credits ("According to a statement from the Trade Ministry, the ..."), or the press
    office a sentence opens with as its teller ("The Prime Minister's Media Division said
    ...") or closes with ("..., the presidential press service reported."), or None; a
    person who signs it ("a statement signed by the Minister, A. B.") credits none. Of
    `openers`, the sentences that open their paragraphs, one that opens "In a statement,
    the Ministry of X said" credits the ministry (one further into a paragraph may be one
    side's account among others')."""
    for sentence in sentences:
        match = _STATEMENT_ISSUER.match(sentence) if "statement" in sentence else None
        if match is None or not _BODY_WORDS.search(match.group("src")):
            match = _PRESS_OFFICE_SAID.match(sentence)
        if match is None and "ress " in sentence:
            match = _PRESS_OFFICE_CLOSING.search(sentence)
        if match:
            found = _valid(match.group("src"), names)
            if found:
                return found
    for sentence in openers or ():
        said = _IN_STATEMENT_SAID.match(sentence)
        if said is not None and _BODY_WORDS.search(said.group("src")):
            found = _valid(said.group("src"), names)
            if found:
                return found
    return None


def _named_by_signature(found: str, signature: str | None) -> str:
    """ "..., the provincial government said" over a page signed "Aldmark Provincial
    Government": the body the lead credits by its kind alone, named by its signature."""
    if signature is None or not found.islower() or " " not in found:
        return found
    kind = without_article(found)
    named = signature.lower().endswith(f" {kind}") and signature[: -len(kind)].strip()
    return signature if named and named[:1].isupper() else found


# "..., according to a statement from the Prime Minister's Office.", "..., the Commission
# said in a readout.": an office's statement credited at the close of a sentence further down
# the story.
_ISSUED_KIND: Final = r"(?:statement|readout|communiqu[eé]|press\s+release)"
_CLOSING_STATEMENT: Final = re.compile(
    r",\s+(?:according\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    rf"{_ISSUED_KIND}\s+(?:(?:issued|released|published)\s+)?(?:by|from)\s+"
    r"(?P<src>[^,;.“”\"]{3,80}?)"
    rf"|(?P<said>[^,;“”\"]{{3,80}}?)\s+said\s+in\s+(?:a|an|its)\s+(?:[\w-]+\s+)?{_ISSUED_KIND})"
    r"\s*\.?\s*$"
)
# The words a sentence that _CLOSING_STATEMENT may match holds.
_CLOSING_KINDS: Final = ("statement", "readout", "communiq", "release")


def closing_statement_credit(sentences: list[str], names: list[str]) -> str | None:
    """The office whose statement the first sentence closing with its credit names
    ("..., according to a statement from the Trade Office.", "..., the Velmoran Commission
    said in a readout."), or None."""
    for sentence in sentences:
        if not any(kind in sentence for kind in _CLOSING_KINDS):
            continue
        match = _CLOSING_STATEMENT.search(sentence)
        if match is None:
            continue
        source = match.group("src") or match.group("said")
        first = without_article(source.strip()).split(" ", 1)[0]
        if country_of_word(first) not in (None, EU):
            # "..., according to a statement issued by the Sylvanian Embassy.": one side's
            # account among the story's, not the source it is told by
            continue
        if _BODY_WORDS.search(source) and (found := _valid(source, names)):
            return found
    return None


# "..., the press secretary of the head of state, Z, reported.": a spokesperson named beside
# the office, posting its news.
_APPOSED_PRESS_SECRETARY: Final = re.compile(
    r",\s+(?:the\s+)?[^,;“”\"]{0,60}?\b[Pp]ress\s+[Ss]ecretary\b[^,;“”\"]{0,60},\s+"
    r"(?P<name>[A-Z][^,;“”\"]{2,40}),\s+(?:reported|reports|wrote|writes|posted)\s*\.?\s*$"
)


# The words of an office that puts out its own news: "the press service of X", "the
# president's official website".
_OFFICE_CREDIT: Final = re.compile(r"(?i)\b(?:press\s+service|press\s+office|website)\b")
# "..., the agency learnt from the ministry's press department.": an outlet's source.
_LEARNT_FROM: Final = re.compile(
    r"\blearn(?:t|ed)\s+from\s+(?P<src>[^,;.“”\"]{3,80}?)\s*(?:[,.;]|$)"
)
_PRESS_UNIT: Final = re.compile(r"(?i)\bpress\s+(?:service|office|department|section)\b")


def _office_according_to(lead: list[str], names: list[str]) -> str | None:
    """The office (a press service or office, an official website) a lead sentence credits
    with "according to", or None."""
    for sentence in lead:
        match = _ACCORDING.search(sentence) if "ccording to" in sentence else None
        if match is not None and _OFFICE_CREDIT.search(match.group("src")):
            found = _valid(match.group("src"), names)
            if found:
                return found
    for sentence in lead:
        learnt = _LEARNT_FROM.search(sentence) if "learn" in sentence else None
        if learnt is not None and _PRESS_UNIT.search(learnt.group("src")):
            found = _valid(learnt.group("src"), names)
            if found:
                return found
    return None


def find_source(
    lead: list[str],
    agency: str | None,
    names: list[str],
    header_source: str | None,
    signature: str | None = None,
    *,
    closing: str | None = None,
) -> str | None:
    """Return the credited source: the lead's attribution, else the dateline agency, else
    the organisation that signs the release, else one the lead names ("according to"),
    else an office credited in the last sentence of the closing paragraph."""
    for sentence in lead:
        patterns, verb_start = _attribution_patterns(sentence)
        for pattern in patterns:
            match = pattern.search(sentence, verb_start if pattern in _VERB_LED else 0)
            if match:
                # "the press secretary wrote on her Telegram channel" credits the office's
                # spokesperson; "the spokesman told reporters" or "announced" (at a briefing)
                # is a speaker the outlet quotes.
                posted = _POSTED.search(match.group(0)) is not None
                found = _valid(match.group("src"), names, press_ok=posted)
                if found:
                    return _named_by_signature(found, signature)
    for sentence in lead:
        apposed = (
            _APPOSED_PRESS_SECRETARY.search(sentence) if "ress secretary" in sentence else None
        )
        if apposed is not None and " ".join(apposed["name"].split()) in names:
            return " ".join(apposed["name"].split())
    for sentence in lead:
        if not sentence.startswith("As") and not any(v in sentence for v in _AS_VERBS):
            continue  # neither "As X reported, ..." nor "..., as reported by X"
        reported = _AS_REPORTED.search(sentence)
        if reported:
            found = _valid(reported.group("src") or reported.group("src2"), names)
            if found:
                return found
    for sentence in lead:
        # "A Kellerman House spokesperson said:" above the statement: the office's voice.
        said = _SPOKESPERSON_SAID.fullmatch(sentence.strip()) if ":" in sentence else None
        if said:
            return said.group("src")
    for sentence in lead:
        relayed = _spokesperson_relaying(sentence, names) if sentence[:6] == "Spokes" else None
        if relayed:
            return relayed  # "Spokesman for the Chancellery Counsellor X Y said the"
    for sentence in lead:
        # "... held talks today. The press service of the parliament reported."
        credit = _closing_credit(sentence.strip())
        if credit:
            return credit
    if agency and (credited := _office_according_to(lead, names)) is not None:
        # "DUSHANBE, May 3, 2027, Velpress -- ..., according to the president's press
        # service.": the office the lead credits the news to, the outlet passing it on
        return credited
    if agency:
        return agency
    if signature:
        return signature
    for sentence in lead[:1]:
        match = _SOURCE_START.match(sentence)
        if match:
            found = _valid(match.group("src"), names)
            if found and _SOURCE_WORDS.search(found):
                return found
    for sentence in lead:
        match = _ACCORDING.search(sentence) if "ccording to" in sentence else None
        if match and "which " in sentence and _SEEN_BY_OUTLET.match(sentence, match.end()):
            continue  # "according to the memorandum, which the Harbour Post has seen"
        if match:
            src = match.group("src")
            if sentence[match.end() - 1 : match.end()] == "," and _ACCORDING_BODY.fullmatch(
                without_article(src)
            ):
                fields = _LISTED_FIELDS.match(sentence, match.end() - 1)
                if fields:
                    src = src + fields.group(0).rstrip(" .")
            found = _valid(src, names)
            if found:
                return found
    if closing and header_source is None:
        # "..., the Ministry of Foreign Affairs said in a statement.": a story whose last
        # sentence credits an office, nothing above crediting any.
        last = closing.strip().rsplit(". ", 1)[-1]
        patterns, verb_start = _attribution_patterns(last)
        for pattern in patterns:
            match = pattern.search(last, verb_start if pattern in _VERB_LED else 0)
            if match:
                found = _valid(match.group("src"), names)
                if found and _BODY_WORDS.search(found):
                    return found
    return header_source
