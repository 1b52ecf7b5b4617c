"""Word lists of general knowledge: titles of office, organisation heads, name particles,
speech verbs. Lower case."""

from __future__ import annotations

import re
from typing import Final

from bot.parser.dates import MONTHS, WEEKDAYS


def words_of(text: str) -> frozenset[str]:
    """The set of the whitespace-separated words of a text (a word list written as prose)."""
    return frozenset(text.split())


# Nouns that head a title of office.
TITLE_HEADS: Final = words_of(
    """
    administrator admiral adviser advisor aide akim ambassador amir analyst attache attaché hokim
    hyakim khokim
    auditor ceo chair chairman chairperson chairwoman chancellor charge chargé chief commander
    convener convenor mna mpa mla mep cs
    commissioner comptroller consul consul-general coordinator correspondent councillor
    councilor counsellor counselor counterpart delegate deputy deputy-chairman deputy-speaker
    director director-general duchess duke economist editor emir envoy executive expert
    emperor empress fellow founder general governor head judge king lecturer marshal
    lady lawmaker leader manager mantri mayor member menteri minister ministers monarch mp
    negotiator
    officer peer
    ombudsman ombudsperson partner pope premier president president-elect prince princess principal
    professor prosecutor prosecutor-general queen rais rector representative researcher ruler
    scientist
    secretary secretary-general senator sheikh speaker specialist spokesman spokesperson
    spokeswoman staff
    strategist sultan taoiseach tánaiste tanaiste toraga
    treasurer under-secretary under-secretary-general undersecretary vice-chair vice-chairman
    vice-chancellor assistant-secretary-general deputy-secretary-general
    vice-governor vice-mayor vice-minister vice-premier vice-president vice-speaker
    """
)

# Words that modify a title head ("First Deputy Prime Minister").
TITLE_MODIFIERS: Final = words_of(
    """
    acting assistant besar chief crown deputy executive extraordinary federal first foreign former
    founding
    general grand honorary interim managing permanent plenipotentiary presidential prime
    resident second senior special state trade vice
    """
)

TITLE_WORDS: Final = TITLE_HEADS | TITLE_MODIFIERS


# Titles a head of state holds ("the head of state" is a President, a King or a Sultan).
HEAD_OF_STATE_TITLES: Final = words_of("president king emir amir sultan monarch")

# Titles of whoever presides over a legislative chamber.
# ("Toraga" is the Kyrgyz parliament's own word for its Speaker.)
PRESIDING_TITLES: Final = words_of("speaker chairman chairwoman chair chairperson toraga")

# Legislative chambers, by their common names and by the own names of some.
CHAMBER_WORDS: Final = words_of(
    """
    senate parliament assembly majlis mazhilis duma congress rada sejm knesset bundestag
    riksdag storting althing
    """
)


# Nouns that head the name of an organisation, body or place.
ORG_WORDS: Final = words_of(
    """
    academy administration agency agreement airlines airport airways akimat alliance
    assembly association authority avenue award bank basin bay bloc board bridge bureau
    cabinet cable center centre chamber city coast commission committee commonwealth complex
    community company concern conference congress consulate cooperation corporation corridor
    council council's county court day days declaration department desert dialogue
    directorate district duma embassy exchange exhibition expo factory federation festival
    field format forum foundation fund games government group gulf highway holding holdings
    house hub index initiative inspectorate institute institution island islands kengash kenesh
    khural kingdom kurultai lake league line majilis majlis maslikhat mechanism meeting mejlis
    memorandum mine ministry mosque mosques mountains network oblast ocean office oliy
    organisation
    organization palace parliament partnership party peninsula pipeline plant platform port
    presidium prize program programme project province railway railways refinery region
    relations republic residence river road roadmap route sea seaport secretariat senate
    service session square state states station strategy street summit system terminal
    treaty trust union university valley week zone
    """
)

# Portfolios and fields that follow "Minister of" and never start a person's name.
FIELD_WORDS: Final = words_of(
    """
    abroad aerospace affairs agriculture artificial aviation bilateral budget central civil
    commerce communications comprehensive construction cooperation culture customs defence
    defense development diaspora digital eastern ecology economic economy education electricity
    emergency energy environment export exports external family federal finance finances foreign
    gas general geology global governmental health heritage high higher highways housing import
    imports industrial industry information infrastructure innovation innovations
    integration intelligence intergovernmental interior internal international investment
    investments joint justice labor labour logistics management maritime markets metallurgy
    mineral minerals mining ministerial multilateral national natural northern nuclear oil
    parliamentary partnership
    partnerships people's peoples petroleum planning policies policy population power
    protection public railways reform regional regulation relations religion religious research
    resources revenue roads rural science secondary security situations social southern
    sport sports standing statistical statistics strategic supreme tax taxation technical
    technologies technology telecommunications tourism trade transport transportation urban
    water western women world youth
    """
)

# Lower-case particles inside personal names.
NAME_PARTICLES: Final = words_of(
    """
    al ben bin bint da das de del della den der di dos du el ibn la le ter ul van von
    """
)

# Verbs that report speech or a stance.
SPEECH_VERBS: Final = words_of(
    """
    added affirmed announced answered argued asserted assured believed believes called
    commented concluded confirmed continued declared emphasised emphasized explained
    expressed highlighted hoped informed insisted invited mentioned noted observed pointed
    proposed reaffirmed recalled remarked replied reported revealed said says stated
    stressed suggested thanked told underlined underscored urged warned welcomed writes
    wrote
    """
)

# Capitalised words that start sentences or clauses but are not names.
FUNCTION_WORDS: Final = words_of(
    """
    a according addition after all also among an and another as at before besides between
    both but by dr during each earlier every excellency following for from furthermore h.e.
    he her here his however in it its later less madam many meanwhile mister more moreover
    most mr mrs ms no not of on opening or other our overall several she since sir some such
    that the their then there these they this those to until we when while with
    today tomorrow tonight yesterday
    """
)

# The small words that stay in lower case inside a name or title written in capitals
# ("Ministry of Trade and Industry", "Minister for the Environment").
NAME_GLUE_WORDS: Final = words_of("of the and for in on to at")

# The articles.
ARTICLES: Final = words_of("the a an")

# The forms of "to be" that open a clause of state or plan ("is expected", "were set").
BE_FORMS: Final = words_of("is are was were")

# Days of the week.
WEEKDAY_WORDS: Final = frozenset(WEEKDAYS)

# Month names and their abbreviations.
MONTH_WORDS: Final = frozenset(MONTHS)

# Styles of Commonwealth ministers and members ("the Hon", "The Rt Hon", "the Honourable").
HONOURABLE_WORDS: Final = words_of("hon hon. honourable honorable rt rt.")

# Ordinals ("the Fourth Review" in a headline), no part of a name.
ORDINAL_WORDS: Final = words_of(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
)

NOT_NAME_WORDS: Final = (
    TITLE_WORDS
    | ORDINAL_WORDS
    | ORG_WORDS
    | FIELD_WORDS
    | FUNCTION_WORDS
    | WEEKDAY_WORDS
    | MONTH_WORDS
    | HONOURABLE_WORDS
)

# Words that end a newspaper's name, capitalised as in the name: "Harbour Gazette", "Valley
# Online". A regex alternation, for the patterns that find outlets' names.
PAPER_NAME_WORDS: Final = "Times|Gazette|Gazeta|Post|Herald|Tribune|Daily|Journal|Online"
# Words that make a name a news outlet's or an agency's: "Coast News", "Press Agency".
NEWS_NAME_WORDS: Final = "News|Agency|Media|Press"
# A word that makes a name a newspaper's or a news outlet's: "Harbour Gazette", "Coast News".
OUTLET_WORD: Final = re.compile(rf"\b(?:{PAPER_NAME_WORDS}|{NEWS_NAME_WORDS})\b")

# Nouns that name an amount, not what is measured: "the share of 3 percent of GDP", "a total
# of 2 percent of GDP" name no measure of the economy.
AMOUNT_NOUNS: Final = words_of("share total level amount sum value")
