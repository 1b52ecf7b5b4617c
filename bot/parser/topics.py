"""Topics: areas of cooperation and subjects discussed, as short phrases the text names.

Two sources: the enumerations after words such as "discussed", "focusing on", "cooperation
in", "covered" (one topic per item, "transport and transit" kept whole inside a list), and
named projects and initiatives ("Trans-Caspian International Transport Route",
"Kazakhstan-China oil pipeline", "Global Gateway strategy").

A document is never a topic itself: what it is on is ("Memorandum of understanding on
cooperation in the field of X between A and B" gives X), also for each line of a bulleted
list of signed documents. Places, organisations, events, amounts and clauses around a list
("in the A and B regions", "the Shanghai Cooperation Organization", "the 10th meeting of",
"$5 million investment in", ", and adopted a statement") are left out of it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any, Final

from bot.parser.countries import country_of_demonym, country_of_word, is_city
from bot.parser.dates import DAY, MONTH, WEEKDAYS
from bot.parser.lexicon import (
    AMOUNT_NOUNS,
    ARTICLES,
    MONTH_WORDS,
    SPEECH_VERBS,
    TITLE_HEADS,
    words_of,
)
from bot.parser.numbers import CURRENCY_WORDS, TENS, UNITS, iso_currencies
from bot.parser.text import (
    ABBREVIATIONS,
    LEADING_ARTICLE,
    UPPER,
    Sentence,
    lower_same,
    matches_at,
    positions,
    strip_attribution,
    without_article,
)

# Every alternative starts with a lower-case word of _CUE_FIRST_WORDS (keep the two in step;
# tests/test_parser_topics.py checks it): _cue_matches tries the pattern only where one of
# those words starts.
# What a plan or an agreement is to do to the subject it names ("agreed to restore the bus
# service", "... and to open a hub"); not "raise annual trade to $5 billion" or "double its
# exports" (a figure's target, not a subject; "increase the share of X" is a cue of its own).
# "and to" takes only those that open no cue of their own ("and to expand the use of X": the
# cue "expand the use of" reads it, and must not be swallowed).
_AND_TO_VERBS: Final = (
    r"(?:open|establish|create|set\s+up|build|construct|(?:co-)?develop|co-produce|promote|modernize|"
    r"modernise|improve|restore|revive|revitali[sz]e|reinvigorate|connect|operationali[sz]e|exchange|finish|complete|"
    r"introduce|upgrade|rehabilitate|reconstruct|install|sign|conclude|"
    r"implement|digitali[sz]e|facilitate|abolish|remove|scrap|waive|eliminate|organi[sz]e|"
    r"ease(?!\s+(?:market\s+)?access\b)|"  # ("ease access for X": X, by the access cue)
    r"(?:increase|raise|lift|cut|reduce)(?!\s+(?:the\s+|its\s+|their\s+)?(?:annual\s+|"
    r"bilateral\s+|mutual\s+|total\s+)?(?:trade|turnover|lending|number|share|volumes?|"
    r"level|capacity|use|supplies|supply|deliveries|purchases|exports|imports|support|output|"
    r"production|"
    r"assistance|efforts|attention|cooperation|contacts|presence)\b))\b"
    # ("build factories for X" is a cue of its own)
    r"(?!\s+(?:factories|plants|facilities|production\s+lines)\s+for\b)"
)
_PLAN_VERBS: Final = (
    rf"(?:launch|expand|simplify|speed\s+up|resume|accelerate|run|operate|{_AND_TO_VERBS}|"
    # "agreed to coordinate water releases", not "their positions": how they act, no subject
    r"coordinate(?!\s+(?:their|its|our|the)?\s*(?:positions?|efforts|actions|steps|approaches|"
    r"work|activities)\b)|"
    # "agreed to study the deployment of X" (not "to study the issue", "the proposals")
    r"study(?=\s+the\s+[a-z]+(?:ion|ment)\s+of\s))"
)
# What money is given to do to a thing ("€5 million to modernise water supply").
_BUILD_WORDS: Final = words_of(
    "modernise modernize upgrade build construct rebuild reconstruct rehabilitate improve "
    "expand develop install replace renovate restore"
)
_BUILD_VERBS: Final = rf"(?:{'|'.join(sorted(_BUILD_WORDS))})\b"
# What follows "ready to export" when no goods do: a determiner, a preposition, an amount.
_NOT_GOODS: Final = (
    r"\s+(?:more|the|its|their|to|from|up\s+to|about|around|some|over|nearly|almost|"
    r"at\s+least)\b"
)
# A sum of money just before "million" ("$40", "£ 7.5", "EUR 15", "US$ 4"): _CUE's "money"
# ("NOK 1.5-billion": a magnitude hyphened to its number, as South Africa's press writes it)
_SUM_BEFORE: Final = re.compile(r"(?:[$€£¥₸]|\b[A-Z]{2,3}\$?)\s?\d[\d.,]*(?:\s*|-)$")
# "projects meeting EU standards", "programmes involving local firms": a participle clause
# after the nouns that hold things (the nouns and the clause written once, read after the
# noun inside an item and at an item's start).
_HOLDERS: Final = ("projects", "programmes", "programs", "schemes")
_DOING: Final = r"\s+(?!including\b)[a-z]+ing\s"
_HOLDER_DOING: Final = re.compile(
    "(?:" + "|".join(rf"(?<=\s{noun})" for noun in _HOLDERS) + ")" + _DOING + ".*$"
)
_HOLDER_WORDS: Final = tuple(f"{noun} " for noun in _HOLDERS)
_HOLDER_DOING_START: Final = re.compile("(?:" + "|".join(_HOLDERS) + ")" + _DOING)
# "a credit line of €300 million for X": the sum is part of the item before, which goes on
_SUM_OF: Final = re.compile(r"\bof\s+(?:up\s+to\s+|about\s+|around\s+)?\S+\s*$")
# How far back _SUM_BEFORE and _SUM_OF look (both end where they are searched to): far
# beyond the few words they match, so that each search reads a short window, not the
# sentence from its start.
_SUM_WINDOW: Final = 120
_WEEKDAY: Final = f"(?:{'|'.join(WEEKDAYS)})"
_CUE: Final = re.compile(
    r"\b(?=[a-z])(?:"
    # "Among the topics discussed were A, B and C"; "priority areas include A and B"
    r"discussed\s+(?:were|was|included)|"
    # "still disagreed on the delimitation of X", "differences over Y": what the sides
    # differ on is a subject of the talks
    r"(?:disagree|disagrees|disagreed|disagreement|disagreements|differences|divergences)\s+"
    r"(?:on|over)(?=\s+[a-z])(?!\s+(?:how|whether|what|when|which|this|that|it|some)\b)|"
    # "called for more direct flights and a common approach to water scarcity"
    r"(?:called|calls|calling|pushed|pushing)\s+for(?=\s+(?:more|greater|closer|stronger|"
    r"deeper|increased|faster|wider|broader|enhanced|expanded|"
    # "called for simplified customs procedures", "lower tariffs": an easing sought
    r"simplified|simpler|easier|streamlined|lower|reduced)\s+[a-z])|"
    # "its call for access to concessional financing for small states": the access sought
    r"(?:call|calls|called|calling|push|pushed|pushing)\s+for\s+(?:better\s+|greater\s+|"
    r"improved\s+|wider\s+|easier\s+|fair\s+)?access\s+to(?=\s+[a-z])"
    r"(?!\s+(?:the|its|their|this|that|it|them)\b)|"
    # "to push for the entry into force of the X agreement"
    r"(?:push|pushed|pushing)\s+for(?=\s+the\s+[a-z]+(?:\s+into\s+force)?\s+of\s)|"
    # "called for the modernization of checkpoints and the development of X": the actions
    r"(?:called|calls|calling)\s+for(?=\s+the\s+[a-z]+(?:tion|sion|ment)\s+of\s)|"
    # "will ask for the opening of the X market to Y": the action a side seeks
    r"(?:ask|asks|asked|asking)\s+for(?=\s+the\s+[a-z]+(?:tion|sion|ment|ing)\s+of\s)|"
    # "and strengthen security cooperation to safeguard stability": the field of cooperation
    r"(?:strengthen|deepen|enhance)(?=\s+(?!bilateral|mutual|practical|further|our|their|its|"
    r"the|all-round|comprehensive|overall|friendly|close|closer|multilateral|regional)"
    r"[a-z]+\s+cooperation\s+to\s)|"
    # "they should consolidate political mutual trust", "enhance connectivity": what is to
    # grow (not "enhance the X", "bilateral relations", "cooperation": no subject)
    # ("help X strengthen maritime surveillance")
    r"(?:consolidate|enhance|deepen|strengthen)(?=\s+(?!(?:the|a|an|its|their|our|this|these|bilateral|"
    r"mutual|"
    r"relations|ties|cooperation|partnership|friendship|dialogue|interaction|efforts)\b)"
    # ("to strengthen Europe's defence industry": whose, then what)
    r"(?:[a-z]+['’]s\s+(?!(?:position|positions|role|image|standing|ties|relations)\b))?"
    r"(?:[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}\s*(?:,|\.|\s+and\s|\s+amid\s|$)|"
    # "strengthen trilateral security cooperation with X": the field, with whom after it
    r"[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}\s+cooperation\s+(?:with|between|among)\s))|"
    # "explained Japan's position on the situation in X", "compared their positions on Y"
    r"positions?\s+on(?=\s+(?:the\s+)?[a-z])(?!\s+the\s+(?:sidelines|margins|list)\b)|"
    # "readiness to assist in the delimitation of the border", "help with the allocation of
    # land plots": an action the side offers to help with
    r"(?:assist|assists|assisted|assisting|help|helps|helped|helping|contribute|contributes|"
    r"contributed|contributing)\s+(?:in|with|to)(?=\s+the\s+[a-z]+(?:ion|ment|ance|ing)\s+of\s)|"
    # "experts who helped the parliament with digitalisation": the work helped with
    r"(?:assist|assists|assisted|assisting|help|helps|helped|helping)\s+(?:[\w’'-]+\s+){1,4}?"
    r"with(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|this|that|these|those|his|her|our|them|it|"
    r"all|any|some|each|both)\b)|"
    # "Other topics included A, B and C"
    r"topics\s+(?:also\s+)?(?:included|include|includes|covered)|"
    # "talks that also took in timber, solar power and fisheries": what the talks took up
    r"(?:meeting|meetings|talks|discussions|visit)\s+(?:that|which)\s+(?:also\s+)?took\s+in"
    r"(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|this|that)\b)|"
    # "the accord commits the two councils to joint patrols and X": what the sides
    # undertake (a noun next, not "to the", "to develop", "to ensuring")
    r"(?:commits|committed|commit)\s+(?:them|both\s+[a-z]+|the\s+(?:two\s+)?[a-z]+)\s+to"
    r"(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|this|that|further|[a-z]+ing|develop|expand|"
    r"strengthen|deepen|promote|work|continue|cooperate|support|build|create|establish|"
    r"implement|increase|ensure|maintain|pursue|respect|uphold|protect|achieve|make|take|"
    r"provide|hold|open|reach|keep|improve|reduce|cut)\b)|"
    # "proposed a trade mission of X to Y", "would send a business delegation", "proposed that
    # a business forum be held": the mission or forum (not "proposed a toast")
    r"(?:proposed|proposes|propose|suggested|send|sends|sending|sent|lead|leading)"
    r"(?:\s+that)?(?=\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"(?:trade|business|investment|trade\s+and\s+investment)\s+(?:missions?|forums?|fora|"
    r"delegations?)\b)|"
    # "a memorandum establishing annual political consultations": what the document sets up
    r"(?:memorandum|memoranda|agreements?|protocols?)(?:\s+of\s+understanding)?\s+"
    r"(?:establishing|launching|creating|instituting)(?=\s+(?:annual|regular|biennial|"
    r"periodic)\s+[a-z])|"
    # "Alba's bid to host the 2030 Regional Summit": the event
    r"bid\s+to\s+host(?=\s+(?:the\s+)?[\w-])|"
    # "jointly combat terrorism, separatism and extremism", "to fight (against) cyber fraud"
    r"(?:(?:jointly|to)\s+(?:combat|counter|fight(?:\s+against)?)|combating|combatting|countering)(?=\s+[a-z])"
    r"(?!\s+(?:the|a|an|this|that|its|their|for|back|off|over|with|it|them)\b)|"
    # "(efforts to counter X) and to disrupt the flow of Y": what is fought, named by its "of"
    r"(?:and\s+)?to\s+(?:combat|counter|disrupt|curb|tackle)(?=\s+the\s+[a-z]+\s+of\s)|"
    # "the main objective of the two states was the strengthening of X": its subject
    r"(?:key|main)\s+(?:task|goal|objective)\s+(?:of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+)?"
    r"(?:is|was|remains)(?=\s+(?:the\s+)?(?:development|expansion|strengthening|deepening|"
    r"promotion)\s+of\s)|"
    # "set out a list of priority areas: A, B and C": the list after the colon
    r"(?:priority|key|main|promising|major)\s+(?:areas|sectors|fields|directions|spheres|"
    r"issues|topics)(?:\s+of\s+(?:bilateral\s+|our\s+)?cooperation)?:(?=\s+[a-z])|"
    # ("the priority areas named were A and B", "the priorities would be A and B")
    r"(?:(?:priority|key|main|promising|major)\s+(?:areas|sectors|fields|directions|spheres)"
    r"(?:\s+of\s+(?:bilateral\s+|our\s+)?cooperation)?(?:\s+(?:named|identified|listed|"
    r"mentioned|agreed))?|priorities)\s+(?:include|included|includes|are|were|"
    r"(?:would|will)\s+be)"
    r"(?!\s+(?:located|situated|based|being|also|not|to|set|determined|decided|defined|clear|"
    r"obvious|different|similar|identical|unchanged|aligned|known|evident|simple|as|many|the\s+"
    r"same)\b)|"
    # "Other areas of cooperation include A, B and C": the fields, whatever the areas' adjective
    r"(?:areas|sectors|fields|spheres)\s+of\s+(?:bilateral\s+|our\s+)?(?:cooperation|"
    r"collaboration|interaction|partnership)\s+(?:also\s+)?(?:include|included|includes)"
    r"(?=\s+(?:the\s+)?[a-z])(?!\s+(?:the\s+)?(?:following|such|those|these|both|all|many|several)\b)|"
    r"(?:increase|increasing|raise|raising|boost|boosting|expand|expanding|double|"
    r"doubling)\s+(?:the\s+)?(?:number|share|volumes?|use|supplies|supply|deliveries|output|"
    r"production)\s+of|"
    # "by expanding exports of A, B and C": what is traded ("exports of A", B, C)
    r"(?:increase|increasing|raise|raising|boost|boosting|expand|expanding|double|doubling)"
    r"(?=\s+(?:its\s+|their\s+)?(?:exports|imports)\s+of\s)|"
    # "a major exporter of X", "the largest buyer of Y": the goods traded
    # ("importers of Kazakh goods": whose goods, no kind named)
    r"(?:suppliers?|exporters?|producers?)\s+of|"
    r"(?:buyers?|importers?|purchasers?)\s+of(?!\s+(?:[\w-]+\s+)?(?:goods|products)\b)|"
    r"(?:experience|expertise|know-how|best\s+practices)\s+in|"
    r"(?:attention|priority)\s+(?:was\s+|is\s+|will\s+be\s+)?(?:paid|given|devoted)\s+to|"
    # ("the Alban party pays particular attention to X": in the present, a party's stance)
    r"(?:paid|pay|pays|paying|gave|give|gives|giving)\s+(?:special\s+|particular\s+|great\s+)?"
    r"(?:attention|priority)\s+to|"
    # "..., with particular attention to hydropower"
    r"with\s+(?:special\s+|particular\s+|a\s+)?(?:attention|emphasis|focus)\s+(?:to|on)|"
    # (before "projects in": tried first) "joint projects worth $5 million (...) in
    # agriculture", "contracts worth ... in energy"; "12 projects in the country worth $5
    # million in X": where, then the worth
    r"(?:projects|contracts|deals|agreements|documents|package)\s+"
    r"(?:in\s+(?:the\s+)?[a-z]+\s+)?worth\s+"
    r"[^;]{0,60}?\s+in(?=\s+[a-z])"
    r"(?!\s+(?:the|total|recent|all|various|this|that|its|their)\b)|"
    # "joint production in textiles and pharmaceuticals", "will put money into hydropower and
    # agribusiness": the fields (not "in the region", "into the fund")
    r"(?:joint\s+production\s+in|put(?:s|ting)?\s+(?:money|funds|capital)\s+into)"
    r"(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|this|that|these|both|all|each|our)\b)|"
    # "will put NZ$12 million over four years into a joint fisheries study": what the sum
    # goes to ("into a program", not "into the fund")
    r"put(?:s|ting)?\s+(?:[a-z]{0,3}[$€£¥]\s?|(?:eur|usd|gbp)\s)\d[\d.,]*\s*(?:million|billion|"
    r"bn|m)\b(?:\s+over\s+(?:the\s+next\s+)?[a-z\d]+\s+years)?\s+into"
    r"(?=\s+[a-z])(?!\s+(?:the|its|their|this|that|these|both|all|each|our)\b)|"
    # "initiatives in Sylvania on water supply and forestry": where, then what (the
    # place capitalised: checked on the text)
    r"(?:projects|initiatives)\s+in\s+(?P<place>[a-z][\w-]*)\s+on(?=\s+[a-z])"
    r"(?!\s+(?:the|a|an|behalf|this|that|its|their)\b)|"
    # (?P<lower>): each cue of the group counts only before a lower-case word of the original
    # text (or a nationality: "invest in Kyrgyz hydropower"). The group holds every
    # alternative from here down to "cooperation with X in" (27 of them, the group closing
    # after that one), not this first one alone: a capitalised word after "talks with X on",
    # "a key partner in", "work on" and the rest is a day, a place or a name more often than
    # a subject (closing the group after the first alternative lowers eight sets).
    # "projects in both countries", "firms in all regions": where, not in what
    # "support for reforms in healthcare and education": the fields of the reforms
    r"(?P<lower>(?:companies|firms|enterprises|specialists|experts|projects|ventures|"
    # "a plan with 14 activities in water supply and sport", "to exchange 30 trainees a
    # year in forestry and nursing": the fields
    r"investors|reforms|counterparts|activities|"
    # "pressed the lender to speed up its operations in ports and power": a lender's
    # operations, by their fields
    r"operations|"
    r"(?:trainees|interns)(?:\s+(?:a|per|each|every)\s+year)?|"
    # "joint projects are being implemented in pharmaceuticals and tourism"
    r"projects\s+(?:are|were|will\s+be)\s+(?:being\s+)?(?:implemented|carried\s+out))\s+in"
    # ("projects in the energy sector": a field after all)
    r"(?=\s+[a-z])(?!\s+(?:the(?!\s+[a-z-]+\s+(?:sector|industry)\b)|both|all|each|every|"
    r"these|those|this|that|its|their|our|other|many|several|some|various)\b)|go\s+to(?=\s+[a-z])(?!\s+the\b)|"
    # "the interest of Hungarian companies in the agro-industrial complex, ...": what interests
    r"interest\s+of\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|business|businesses|investors)"
    r"\s+in(?=\s+(?:the\s+)?[a-z])(?!\s+the\s+(?:[a-z]+\s+)?(?:region|country|city|capital|"
    r"world|north|south|east|west|market)\b)|"
    # "a key partner in critical minerals and energy security" ("in Central Asia in X": where,
    # then what; "a key partner in Asia" names no field, "in ensuring X" a purpose)
    r"(?:key|strategic|reliable|important|major|main)\s+partners?\s+"
    r"(?:(?:for\s+)?[\w-]+\s+){0,2}?in\s+(?:[\w-]+\s+){0,2}?in(?=\s+[a-z])"
    r"(?!\s+(?:the|its|their|this)\b)|"
    r"(?:key|strategic|reliable|important|major|main)\s+partners?\s+in(?=\s+[a-z])"
    r"(?!\s+(?:the|its|their|this|[a-z]+ing)\b)|"
    # "held a meeting with the minister on regional power connectivity", not "on Monday"
    # ("talks with Minister of Economy, Trade and Industry X on Y": one comma in a title)
    # (a full stop and a blank inside a sentence end an abbreviation: "with Dr. X on Y")
    # ("held a video conference with X on Y", "a phone call with X on Y")
    r"(?:talks|meeting|meetings|consultations|negotiations|conversation|conference|call)\s+"
    # "talks in Alba with X on Y", "talks on Tuesday with X on Y"
    rf"(?:(?:in\s+[a-z-]+|on\s+{_WEEKDAY})\s+)?with\s+"
    # (looked for first, with a cheap scan: what follows up to "on" holds no comma or
    # semicolon, or up to a comma before "and" within two words no semicolon; the scan runs
    # to the first comma or semicolon, then back to the last "o" before it, read only there)
    r"(?=[^,;]*o(?<=\so)n\s|[^,;]*,\s+(?:[a-z]+\s+){0,2}and\s)"
    r"(?:[^,.;]|\.\s|\.(?=[a-z])){1,60}?"
    r"(?:,\s+(?:[a-z]+\s+){0,2}and\s+[^,.;]{1,40}?)?\s+on(?=\s+[a-z])(?!\s+the\s+(?:sidelines|margins|occasion|eve|same)\b)"
    r"(?!\s+(?:behalf|this|that|its|their)\b)|"
    # "expand exchanges in culture and sports", "interest in green hydrogen" (not "interest
    # in strengthening ...": what is to be done comes after)
    r"(?:exchanges|ties|links|relations|interest(?!\s+in\s+[a-z]+ing\b))\s+in(?=\s+[a-z])"
    r"(?!\s+(?:the|recent|all|various|many|this|that|its|their|our|a|an)\b)|"
    # "his country's interest in the mining sector": a field named with its sector
    r"interest\s+in\s+the(?=(?:\s+[a-z-]+){1,3}\s+(?:sector|industry|field|sphere)\b)|"
    # "the pledges would be channelled into fisheries and transport"
    # "the pact would boost services, digital trade and X": what is to grow (not "boost
    # smart, clean and secure links": adjectives before a head they share)
    r"boost(?=\s+(?!(?:the|a|an|its|their|our|this|these|bilateral|mutual|relations|ties|"
    r"cooperation|partnership|friendship|dialogue|interaction|efforts)\b)"
    r"(?![a-z-]+,\s+[a-z-]+\s+and\s)"
    r"[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}\s*(?:,|\.|\s+and\s|$))|"
    # "agreed to keep up shuttle diplomacy", "to keep up support for X": what goes on (not
    # "keep up the pace", "keep up pressure": how)
    r"(?:keep|keeping|kept)\s+up(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|our|this|that|with|"
    r"pressure|momentum|appearances)\b)|"
    # "he raised human rights and foreign interference with X", "had raised rock lobster
    # exports": the subjects a side brought up (not "raised tariffs", "raised funds",
    # "raised concerns", "raised to": what grew or was said of it)
    r"(?:raised|raises)(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|his|her|our|this|that|"
    r"these|those|it|them|to|by|from|up|more|less|funds|money|capital|prices|tariffs|duties|"
    r"rates|taxes|fees|concerns?|questions?|issues?|hopes|expectations|awareness|doubts|"
    r"objections|alarm|eyebrows|interest|output|production|wages|salaries|pensions|shares?|"
    r"stakes?|(?:[a-z]+\s+){0,2}(?:quotas?|limits?|ceilings?|targets?|caps?)|"
    # ("a treaty that raises bilateral ties to a new level": the relations grow, no subject)
    r"(?:bilateral\s+|mutual\s+)?(?:ties|relations|relationship|cooperation|partnership)|"
    r"[a-z]+(?:ly|ing))\b)|"
    # "she raised the boundary issue", "raised the visa question": the matter a side brought
    # up, named before its head
    r"(?:raised|raises)\s+the(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:issue|question|"
    r"problem|matter)\b)(?!\s+(?:same|other|whole|very|latter|former|following|above|"
    r"related|said)\b)|"
    # "agreed to extend a tariff-free arrangement for X": the arrangement kept in force
    r"(?:extend|extends|extending|extended)\s+(?:an?|the)"
    r"(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:agreement|arrangement|regime|deal|"
    r"programme|program|treaty|pact|moratorium)\b)|"
    # "agreed to begin negotiating a fisheries agreement": the deal sought
    r"(?:negotiate|negotiates|negotiating|negotiated)\s+(?:an?|the)"
    r"(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}\s+(?:agreement|deal|treaty|pact|accord|"
    r"convention)\b)|"
    # "said Ruritania wanted fair tariffs and new ferry links": a list of what a side wants
    # (not "wanted to build roads and bridges": a plan, read as one)
    r"wanted(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+and\s+[a-z])"
    r"(?!\s+(?:to|the\s+two|both|them|him|her|it|us|more|that|this)\b)|"
    # "has been pushing for a free trade agreement with X", "seeks a visa waiver deal": the
    # deal a side wants
    r"(?:(?:push|pushes|pushing|pushed)\s+for|seek|seeks|"
    r"seeking|sought)\s+(?:an?|the)"
    r"(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}\s+(?:agreement|deal|treaty|pact|accord)\b)|"
    r"(?:directed|redirected|channell?ed)\s+(?:to|towards|into)(?=\s+[a-z])|"
    # "to broaden the partnership beyond hydrocarbons into A, B and C": the new fields
    r"(?:broaden|broadening|broadened|expand|expanding|expanded|extend|extending|extended|"
    r"diversify|diversifying|diversified)\s+(?:(?:the|their|its|our|bilateral|economic)\s+)*"
    r"(?:partnership|cooperation|ties|relations|trade)\s+(?:beyond\s+[a-z][a-z\s-]{0,40}?\s+)?"
    r"into(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|this|new)\s+(?:[a-z]+\s+)?"
    r"(?:level|stage|phase|era|future|decade|century|years?)\b)|"
    # "a major market for Alban thermal coal": the goods sold there (a lower-case word or
    # a nationality next: checked on the text; not "a market for Alba": where)
    r"(?:major|key|big|bigger|biggest|large|larger|largest|growing|wider|new|main)\s+"
    r"(?P<market>markets?)\s+for(?=\s+[a-z])(?!\s+(?:the|its|their|this|that|these|those|our|"
    r"all|both|each|an?)\b)|"
    # "asked X to facilitate access for Alban fruit and dairy products": the goods let in (a
    # lower-case word or a nationality next: checked on the text; not "access for the X")
    r"(?:facilitate|facilitating|ease|easing|improve|improving|grant|granting|open|opening)\s+"
    r"(?:market\s+)?(?P<access>access)\s+for(?=\s+[a-z])(?!\s+(?:the|its|their|this|that|"
    r"these|those|our|all|both|each|an?)\b)|"
    # "to open the Alban market wider to Ruritanian fruit and wine": the goods let in (a
    # lower-case word or a nationality next: checked on the text; not "to foreign investors")
    r"(?:open|opening|opens|opened)\s+(?:up\s+)?(?:(?:the|its|their|his|her|our)\s+)?"
    r"(?:[\w-]+\s+)?markets?\s+(?:(?:wider|further|fully|more\s+widely)\s+)?"
    r"(?P<opened>to)(?=\s+[a-z])(?!\s+(?:the|its|their|this|that|these|those|our|all|both|each|"
    r"an?|foreign|international|investors|companies|firms|businesses|competition|more)\b)|"
    # "sees room for coffee, rubber products and tourism": what there is scope to trade in
    # (not "room for improvement", "scope for the talks")
    r"(?:room|scope)\s+for(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|this|that|improvement|"
    r"manoeuvre|maneuver|more|further|growth|error|doubt|optimism|compromise)\b)|"
    # "will work on a ferry and road link", "firms are working on a power cable": what the
    # sides take up (not "work on the draft", said of a document named elsewhere)
    r"work(?:s|ing|ed)?\s+(?:together\s+|jointly\s+)?on(?=\s+(?:an?\s+)?[a-z])"
    r"(?!\s+(?:the|its|their|this|that|it|them|these|those|behalf|today|tomorrow|now)\b)|"
    # "potential in X", "great prospects in X", "opportunities for cooperation in X"
    r"(?:potential|prospects|opportunities)\s+(?:for\s+(?:cooperation|partnership)\s+)?in"
    r"(?=\s+[a-z])"
    r"(?!\s+(?:the|its|their|this|full)\b)|"
    # "worth $1 billion, mainly in renewable energy and the processing industry"
    r"(?:mainly|mostly|primarily|particularly|especially|notably)\s+in(?=\s+[a-z])"
    # ("spent mainly in the regions": where)
    r"(?!\s+the\s+(?:regions?|country|countries|city|cities|capital|north|south|east|west)\b)"
    r"(?!\s+(?:[a-z]+\s+)?times\b)|"  # ("especially in difficult times": when)
    # "85 schemes. Most of them are in water, ports and X": the fields of those counted
    # (a list next: not "most of them are in good shape")
    r"(?:most|many|half)\s+of\s+(?:them|which|these)\s+(?:are|were)\s+(?:mainly\s+|mostly\s+)?"
    r"in(?=\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,|\s+and\s))"
    r"(?!\s+(?:the|a|an|its|their|this|that|these|those|our|his|her)\b)|"
    # "to achieve concrete results in trade, energy and X": the fields the results are in
    r"(?:tangible|concrete|practical|specific)\s+results\s+in(?=\s+[a-z])"
    r"(?!\s+(?:the|its|their|this|that|a|an)\b)|"
    # "ready to invest along its route in logistics centers and industrial parks"
    r"invest(?:s|ed|ing)?\s+(?:along|across|throughout)\s+(?:its|the|their|our)\s+[a-z]+\s+"
    r"in(?=\s+[a-z])(?!\s+(?:the|its|their|this|a|an)\b)|"
    # "want to build factories for agricultural machinery, packaging and glass"
    r"(?:build|building|open|opening|set\s+up|setting\s+up|establish|establishing)\s+"
    r"(?:factories|plants|facilities|production\s+lines)\s+for(?=\s+[a-z])"
    r"(?!\s+(?:its|their|our|the|a|an)\b)|"
    # "a joint venture to produce farm machinery in X", "a plant to assemble buses": the goods
    r"(?:ventures?|plants?|factory|factories|enterprises?|facility|facilities)\s+to\s+"
    r"(?:produce|manufacture|assemble)(?=\s+[a-z])(?!\s+(?:the|its|their|up|more|about|"
    r"around|over|some)\b)|"
    # "the projects include factories for car batteries and wind turbines"
    r"factories\s+for(?=\s+[a-z])(?!\s+(?:its|their|our|the|a|an|this|these|those|each|every|"
    r"both|all|export|exports)\b)|"
    # "ready to invest in renewable energy", not "in its parks"; "to invest in the
    # processing of X" (a field of work), not "in the region"
    # ("invest more in X", "invest heavily in X": how much, then where)
    r"invest(?:s|ed|ing)?(?:\s+(?:more|heavily|jointly))?\s+in"
    r"(?=\s+the\s+(?!region\b)[a-z]+(?:ing|ion)\s+of\b|"
    # ("to invest in the country's ports, railways and tourism": the country's fields)
    r"\s+the\s+country['’]s\s+[a-z]|"
    r"\s+(?!(?:the|its|their|this|a|an|our)\b)[a-z])|"
    # "to channel Greek investment into renewable energy and ports" (a lower-case word next)
    r"(?P<into>investments?)\s+into(?=\s+(?!(?:the|its|their|this|a|an|our|priority|key|main|"
    r"various|other|new)\b)[a-z])|"
    # "investment in the processing of X", "investments in agriculture" (not "in our
    # economy": a side's own, as "invest in our" above)
    r"investments?\s+in(?=\s+the\s+[a-z]+(?:ing|ion)\s+of\b|"
    r"\s+(?!(?:the|its|their|this|a|an|our)\b)[a-z])|"
    # "partnership with Chile in X": with a name (checked on the original text)
    # "signed a protocol setting the limits of X", "an agreement to increase the transport of
    # X", "a joint plan for the repair of X": what the document is for
    r"(?:protocols?|agreements?|memorandum|memoranda|decrees?|resolutions?)\s+"
    r"(?:setting|establishing|defining|governing|to\s+(?:increase|expand|boost|develop|build))"
    r"(?=\s+the\s+[a-z]+\s+of\s)|"
    r"plans?\s+for(?=\s+the\s+[a-z]+\s+of\s)|"
    # "signed a memorandum of understanding to develop a green ammonia corridor": what the
    # document is to build (an article after: not "to develop the relations of")
    r"(?:memorandum|memoranda|memorandums|agreements?|deals?)(?:\s+of\s+understanding)?\s+to\s+"
    r"(?:develop|build|create|establish|set\s+up|launch)(?=\s+an?\s+[a-z])|"
    # "Alba sought duty-free access for X", "seeks market access": the access asked for
    r"(?:sought|seeks|seeking|seek)(?=\s+[a-z-]+\s+access\b)|"
    # "the remaining agreements concern the assembly of buses and the production of X"
    r"(?:agreements?|documents?|memoranda|memorandums?|deals?|contracts?|accords?)\s+"
    r"(?:also\s+)?(?:concern|concerns|concerned)(?=\s+[a-z])(?!\s+(?:about|that|over)\b)|"
    # "signed eight cooperation documents in transport, agriculture and banking"; "nine
    # documents were signed in fisheries, energy and tourism": the passive
    r"(?:documents|agreements|memoranda|memorandums)"
    r"(?:\s+(?:were|have\s+been|had\s+been)\s+signed)?\s+in(?=\s+[a-z])"
    # ("were signed in their presence": whose presence, no field)
    r"(?!\s+(?:the|principle|force|order|total|addition|particular|presence|their|his|her|"
    r"its|our|a|an|this|that|these|those|each|both|all)\b)|"
    # ("cooperation with the Alban Republic in the energy sector, transport and X": a field
    # after "in the", lower-case: checked on the text)
    r"(?:cooperation|partnership)\s+with\s+(?:the\s+)?"
    r"(?P<partner>[a-z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[a-z][\w-]*)?)\s+(?:in|on)"
    r"(?=\s+[a-z])(?!\s+the\s+(?:[a-z-]+\s+)?(?:regions?|country|countries|city|capital|world|"
    r"north|south|east|west|market|framework|context|future|past|years?|months?|coming|near|"
    r"long|medium|interests?|spirit|format|face|light|event|case|process|course|wake|area)\b)"
    r")|"  # (the end of the group "lower")
    # "a loan for the modernisation of X", "a loan of $95 million to the X company for the
    # construction of Y", "a loan agreement of up to $1 billion between A and B for ..."
    r"(?:loans?|credit\s+line|grants?|financing(?=\s+agreements?\b))(?:\s+agreements?)?"
    r"(?:\s+[^\s,;]+){0,24}?"
    r"\s+for(?=\s+the\s+[a-z]+(?:ing|ion)\s+of\b)|"
    # "will provide €5 million, or about 500 million soms, to modernise water supply and X"
    rf"(?:million|billion|mln|bln)(?:\s+[a-z]+)?,?\s+to\s+{_BUILD_VERBS}|"
    # "£40 million of new support for coastal protection", "$9 million for teacher training
    # and school meals", "$7 million in grants for clean water": what a sum is for
    # (a sum of money: checked on the text; not "for the city", "for five years")
    # "£6 million will fund flood barriers and storm shelters", "the remainder will
    # support drought-tolerant farming" (a lower-case word next: checked on the text)
    # "the broadcasters would set up a joint media monitoring centre", "will launch direct flights"
    r"(?:will|would)\s+(?:also\s+)?(?:set\s+up|establish|launch)(?=\s+[a-z])"
    r"(?!\s+(?:a\s+|an\s+|the\s+|joint\s+)*(?:working\s+groups?|joint\s+ventures?|ventures?|"
    r"companies|company|firms?|commissions?|committees?|councils?|talks|negotiations|"
    r"consultations|its|their|it|them|this|that)\b)|"
    # "Norland would facilitate seasonal work schemes for X": what is to be made
    # easier (a bare noun phrase next)
    r"(?:will|would)\s+(?:also\s+)?(?:facilitate|simplify)(?=\s+[a-z])(?!\s+(?:the|a|an|its|"
    r"their|this|that|these|those|it|them|his|her|our|your|such|any|all|[a-z]+ing)\b)|"
    # "the two will share geological data and co-fund research": what they will pool (not
    # "share the view", "share experience", "share in the profits")
    r"(?:will|would)\s+(?:also\s+)?share(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|this|that|"
    r"these|those|it|them|his|her|our|your|in|with|experience|experiences|information|views?|"
    r"opinions?|concerns?|thoughts|ideas|knowledge|lessons|insights|stories|best|common|"
    r"responsibility|values|interests|goals|borders?|[a-z]+ing)\b)|"
    # "the agency will support a digital customs project worth $5 million": the project
    r"(?:will|would)\s+(?:also\s+)?(?:fund|finance|support|co-fund|co-finance)\s+an?"
    r"(?=\s+(?:[a-z][\w-]*\s+){1,3}(?:project|programme|program|initiative)s?\b)|"
    r"(?P<funds>(?:will|would)\s+(?:also\s+)?(?:fund|finance|support))(?=\s+[a-z])"
    r"(?!\s+(?:the|a|an|its|their|this|that|these|those|each|every|both|all|our|his|her|it|"
    r"them|us|you|me|efforts?|projects?|initiatives?|[a-z]+ing)\b)|"
    r"(?P<money>(?:million|billion|mln|bln)(?:\s+(?:euros?|dollars?|pounds?))?"
    # ("NOK 1.5-billion (about R2.6-billion) for X": the sum in another currency between)
    r"(?:\s+\([^()]{1,40}\))?"
    r"(?:\s+(?:of|in)(?:\s+[a-z]+){0,3}?\s+(?:support|funding|financing|assistance|aid|"
    r"grants?|loans?|equipment))?"
    # ("$2 million over three years for a research program": how long, then what for)
    r"(?:\s+over\s+(?:the\s+next\s+)?[a-z\d]+\s+years)?"
    # ("EUR 120 million through the X development bank for Y": whose channel, then what for;
    # "EUR 250 million under the X initiative for Y": the scheme, then what for)
    r"(?:\s+(?:through|via|under)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}[\w-]+)?"
    r"\s+for(?=\s+[a-z])(?!\s+(?:the|its|their|this|that|these|those|each|"
    r"every|both|all|our|his|her|it|them|which|whom|projects|(?:an?|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|next|the\s+next)\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|"
    r"days?))\b))|"
    # "$20 million in new funding for X, most of it for flood defences and school meals":
    # what the sum goes to
    # (a lower-case word next: checked on the text; "most of it to China" says where)
    r"(?P<share>(?:most|much|half|part)\s+of\s+(?:it|which)\s+for)"
    r"(?=\s+[a-z])(?!\s+(?:the|its|their|this|that|these|those|his|her|our)\b)|"
    # "signed an agreement with A and B to build 1.5 GW of wind capacity"
    r"agreements?\s+with\s+[^,.;]{1,120}?\s+to\s+(?:build|construct|set\s+up|create|establish)"
    r"(?=\s+[a-z\d])|"
    # "the project provides for the reconstruction of X, as well as the installation of Y"
    r"(?:(?:provides?|provided|providing)\s+for|envisages?|envisaged|envisaging|foresees?)"
    r"(?=\s+the\s+[a-z]+\s+of\b)|"
    # "the programme provides for 9 exchanges of choirs and the training of curators"
    # (not "provides for financing of up to $4 billion": a sum, named by the figures)
    r"(?:provides|provided)\s+for(?=\s+(?:\d|(?!(?:the|a|an|its|their|his|her|our|this|that|"
    r"these|those|it|them|each|all|both|every|(?:financing|funding|investments?|loans?|"
    r"grants?|credits?)\s+(?:of|worth|totall?ing))\b)[a-z]))|"
    # "the shipment, the third this month, includes 800 tonnes of rice, ..."
    r"(?:shipment|consignment|cargo|convoy|batch|aid)(?:,\s+[^,;]{1,40},)?\s+(?:also\s+)?"
    r"(?:includes|included|include|contains|contained|comprises|comprised|consists\s+of|"
    r"consisted\s+of)|"
    # "the project will rebuild 420 km of power lines"
    rf"project\s+will\s+(?:also\s+)?{_BUILD_VERBS}|"
    # "a financing agreement for vocational education", "a contract for the supply of X"
    r"(?:financing|loan|grant|credit)\s+agreements?\s+for(?=\s+[a-z])(?!\s+(?:the|a|an)\b)|"
    r"(?:contracts?|deals?)\s+(?:for|on)(?=\s+the\s+[a-z]+\s+of\b)"
    r"(?!\s+the\s+(?:sidelines|margins)\b)|"
    # "bring mutual trade to $1 billion": what is to grow to a target
    r"bring(?=\s[^.;]{0,80}?\sto\s+(?:about\s+|around\s+|over\s+|some\s+)?[\d$€£¥])"
    r"(?:\s+the\s+(?:volume|level)\s+of)?|"
    r"to\s+(?:launch|resume)|"
    # "agreed on a single tariff for container trains", not "agreed on the need to"
    r"agreed\s+on(?=\s+an?\s+[a-z])|"
    r"roadmap\s+for\s+(?:the\s+)?(?:development|expansion)\s+of|"
    # "signed a roadmap for trade and economic cooperation": what the roadmap is for
    r"roadmap\s+for(?=\s+[a-z])(?!\s+(?:the|its|their|this|that|these|both|"
    r"each|all|our)\b)|"
    # "Other issues on the agenda were A, B and C"
    r"on\s+the\s+agenda\s+(?:were|was|are|is)(?=\s+[a-z])(?!\s+(?:also|not|the|a|an)\b)|"
    r"agenda\s+(?:will\s+)?(?:also\s+)?(?:included|includes|include|covered|covers|cover|"
    r"featured|features)|"
    r"discussions?\s+(?:on|of)|"
    # "they took stock of the strategic partnership"
    r"(?:took|take|taking|takes)\s+stock\s+of|"
    r"(?:financ(?:e|ing)|fund(?:ing)?|co-financ(?:e|ing))(?=\s+the\s+(?:expansion|construction|"
    r"development|modernization|modernisation|creation|building|upgrade|upgrading|"
    r"rehabilitation|reconstruction|renovation)\b)|"
    # "hoped to conclude the trade agreement between A and B this year": the deal
    r"(?:hopes?|hoped|hoping)\s+to\s+(?:conclude|sign|finali[sz]e|complete)(?=\s+(?:the|an?)\s)|"
    # ("A and B want to build X": a plan too)
    r"(?:agreed|agree|plans?|planned|planning|intends?|ready|decided|proposed|strategy|want|"
    r"wanted|"
    # ("agreed to work jointly to cut X": what they will do together)
    rf"programme|program|roadmap)\s+to\s+(?:jointly\s+|work\s+(?:together|jointly)\s+to\s+)?"
    rf"{_PLAN_VERBS}(?:\s+(?:\w+\s+)?more)?|"
    # "agreed in X on Thursday to build a bridge": when and where, then what
    rf"(?:agreed|decided)(?:\s+(?!to\b|that\b)[\w-]+){{1,4}}?\s+to\s+(?:jointly\s+)?{_PLAN_VERBS}|"
    # "(agreed to restore the bus service) and to build a water station": the next item
    rf"and\s+to\s+{_AND_TO_VERBS}(?=\s+(?:the|an?|[a-z]+\s+[a-z]))|"
    r"(?:proposed|suggested)\s+(?:creating|establishing|launching|opening|setting\s+up|building)|"
    # "proposed the joint development of the A and B corridors"
    r"proposed(?=\s+the\s+(?:joint\s+)?[a-z]+(?:ion|ment)\s+of\s)|"
    # "projects to modernize the railway infrastructure and the mining industry"
    r"projects\s+to\s+(?:modernize|modernise|develop|build|upgrade|expand|construct|"
    r"improve)(?:\s+the)?(?=\s+[a-z])|"
    r"(?:allocated|allocating|allocates|allocate|earmarked|earmarking)\b[^,.;]{0,40}?\bfor|"
    # "a session that tackled X and Y": what was taken up
    r"discussed|discussing|discuss|discusses|tackled|tackling|tackles|tackle|"
    r"touched\s+(?:up)?on|focused\s+on|"
    r"focusing\s+on|focuses\s+on|focus\s+on|"
    # "the projects cover tourism"; "to cover its deficit" meets a need, names no subject
    # ("cover up to 70 percent of the cost": a share of it, no subject)
    r"(?:covered|covering|covers|cover)(?!\s+(?:its|their|our|his|her)\b)"
    # ("covers all 3,870 tariff lines", "covered all 12 targets": how many, no subject)
    r"(?!\s+(?:up\s+to|about|around|over|nearly|almost|some|at\s+least|half|a\s+third|all|"
    r"more\s+than)?\s*\d)"
    r"(?!\s+(?:half|a\s+third|a\s+quarter|the\s+(?:years?|period)|the\s+\d{4})\b)|reviewed|"
    r"reviewing|"
    r"review|"
    # "addressed the X Business Forum", "addressed the participants": spoke to, not of
    r"(?:addressed|addressing)(?!\s+(?:[^\s,.;]+\s+){0,5}?(?:forum|summit|conference|congress|"
    r"session|plenary|meeting|participants|audience|gathering|assembly|ceremony|event|rally|"
    r"nation|students|reporters|journalists|media|stakeout|briefing|parliament|"
    r"lawmakers|legislators|graduates|crowd|crowds|supporters|delegates|conferences|summits|"
    # ("Addressing the Velmoran leader, he said": whom he spoke to)
    r"forums|meetings|sessions|leader|leaders|counterpart|counterparts|guest|guests)\b)|"
    r"explored|exploring|"
    # "considered the Albans their brothers": whom they hold for what, no subject
    r"considered(?!\s+(?:the\s+)?[\w’'-]+\s+(?:their|its|his|her|our)\s)|"
    r"(?:exchanged\s+views|exchange\s+of\s+views)\s+on|"
    # "asked the bank to consider additional financing for X", "consider supplies of X" (not
    # "consider that", "consider it")
    # ("considering a loan of $X", "new investments worth $X", "connecting X to Y": a deal
    # or an action whose own words name its subject)
    r"(?:consider|considering)(?=\s+[a-z])(?!\s+(?:that|it|this|whether|how|what|them|the\s+"
    r"(?:possibility|issue|question|matter|proposal|request)s?|[a-z]+ing|(?:an?\s+|new\s+)?"
    r"(?:loans?|investments?|credits?|grants?)|"
    # ("considering visits to A and B next year": a plan to travel, no subject)
    r"(?:an?\s+)?(?:visits?|trips?|tours?)\s+to)\b)|"
    # "studying the possibility of X"; "students studying in X" says where, not what
    r"studying(?!\s+(?:in|at|abroad)\b)|"
    # ("Speaking about the energy sector, the presidents noted X": what they turned to)
    r"(?:talked|spoke|speaking|talking)\s+about|regarding|concerning|including|such\s+as|"
    # "The focus of the visit is the green transition, mining and X": what it is about
    r"(?:focus|topics?|subjects?|themes?)\s+of\s+(?:the|their|this|his|her|its)\s+"
    r"(?:[\w-]+\s+)?(?:visit|talks|meeting|discussions|conversation|trip|consultations|call)\s+"
    r"(?:is|was|are|were|will\s+be)(?=\s+[a-z])|"
    # "raised concerns about the trade deficit and about X": what worries a side
    r"(?:concerns?|worries)\s+(?:about|over)(?=\s+(?:the\s+)?[a-z])|"
    # "the leaders also looked at fisheries and shipping" (not "looked at each other", "at
    # the map", "at how to")
    r"looked\s+at(?=\s+[a-z])(?!\s+(?:the|a|an|each|it|them|this|that|these|those|his|her|"
    r"their|its|our|me|us|him|how|what|whether|why|where|when|who)\b)|"
    # "agreed to look into a ferry service": what the sides will study (not "look into it",
    # "into how to", "into the matter")
    r"(?:look|looks|looking|looked)\s+into(?=\s+[a-z])(?!\s+(?:it|this|that|these|those|them|"
    r"how|what|whether|why|where|when|who|ways|the\s+(?:matter|issue|case|incident|question|"
    r"situation|reasons?|causes?|details|possibility|possibilities)\b)\b)|"
    # ("the talks centred around X", "revolved around Y")
    r"(?:centred|centered|centring|centering)\s+(?:on|around)|"
    r"(?:revolved|revolving|revolves)\s+around|(?:an\s+|special\s+)?emphasis\s+on|"
    # "particular emphasis was placed on X"; "the talks dealt with X" ("a deal with" is none)
    r"emphasis\s+(?:was\s+|is\s+|will\s+be\s+)?(?:placed|put|laid)\s+on|"
    r"(?:dealt|dealing)\s+with|"
    r"such\s+(?:areas|fields|sectors|spheres|industries)\s+as|"
    # "new areas like digital finance and tourism", "sectors such as X" (in a quotation too)
    r"(?:areas|fields|sectors|spheres|industries)\s+(?:like|such\s+as)(?=\s+[a-z])"
    r"(?!\s+(?:the|this|that|these|those|it|them)\b)|"
    r"importance\s+of|take\s+part\s+in|"
    # "the interlocutors noted the role of parliamentary diplomacy": what plays a part (not
    # "the role of the council": a body)
    r"(?:noted|stressed|emphasized|emphasised|highlighted|underlined|underscored)\s+the\s+"
    r"(?:important\s+|key\s+|growing\s+|special\s+)?role\s+of(?=\s+[a-z])"
    r"(?!\s+(?:the|a|an|its|their|this|that|his|her|our)\b)"
    # ("the role of Peru as a reliable supplier": a side's part, no subject)
    r"(?![^,.;]{0,40}?\sas\s+(?:a|an|the)\s)|"
    # "the two sides support the peace process between A and B and the opening of X"
    r"(?:sides|parties)\s+(?:also\s+)?(?:support|supported)(?=\s+the\s+[a-z])|"
    # "held a phone call on Sunday on the X pipeline and new ferry lines"
    r"call\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+on(?=\s+[a-z])|"
    # "Energy took $12bn, followed by mining ($6bn), the chemical industry ($4bn) and X": the
    # next shares of a breakdown (the amounts in brackets)
    r"followed\s+by(?=\s+(?:the\s+)?[a-z][^.;]{0,160}?(?:\(|\d))"
    # ("a one-on-one meeting followed by delegation-level talks at X": what came next)
    r"(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meetings?|negotiations|consultations|"
    r"session|lunch|dinner|breakfast|reception|ceremony|press\s+conference|visit|tour)\b)|"
    # "I would also like to note our humanitarian ties" (a speech), not "to note that"
    r"(?:like|want|wish)\s+to\s+(?:note|mention|highlight|single\s+out)(?!\s+that\b)|"
    # "tariffs on rice and cotton yarn will be cut", "lower duties on fertilisers"
    r"(?:tariffs|duties)\s+on(?=\s+[a-z])(?!\s+(?:the|its|their|this|that|all)\b)|"
    # "investments of between $150 million and $200 million in sewing plants" (not "in
    # Kazakhstan": checked on the text)
    r"investments?\s+of\s+(?:between\s+|about\s+|around\s+|over\s+|"
    r"some\s+|up\s+to\s+|more\s+than\s+)?(?:[$€£¥₸]\s?|[a-z]{2,3}\s?)?\d[^,;()]{0,50}?\s+in"
    r"(?=\s+[a-z])(?!\s+(?:the|its|their|this|total|all|new\s+projects|projects)\b)|"
    # "for projects on water management", "initiatives on the preservation of glaciers"
    # (not "projects on the Caspian coast", "projects on Borneo": where; (?P<projects_on>):
    # not before a capitalised word of the original text but an acronym, checked on it)
    # ("unveiled a joint programme on drought-proof grazing": a programme's subject too)
    r"(?P<projects_on>(?:projects|initiatives?|programmes?|programs?)\s+on"
    r"(?=\s+(?!(?:the|a|an|behalf|this|that|"
    r"its|their)\b)[a-z]|\s+the\s+[a-z]+(?:ion|ment)\s+of\s))|"
    # "briefed the ambassador on the reforms"
    # ("briefed the envoy on his country's solar plans": a possessive too)
    r"briefed\s+[^,.;]{1,40}?\s+on(?=\s+(?:the|his|her|its|their)\s+[a-z])"
    r"(?!\s+the\s+(?:sidelines|margins|occasion|eve|same)\b)|"
    # "informed the guests about the restoration of X" (an action, not "about the plans")
    # ("X informed about the revision of Y", the object left out, as translations from
    # Russian write it)
    r"(?:informed|briefed)(?:\s+[^,.;]{1,40}?)?\s+about(?=\s+the\s+[a-z]+(?:ion|ment)\s+of\s|"
    # "informed the guests about the constitutional reforms and the development of X" (not
    # "about the plans to", "the results of": what comes after names it)
    r"\s+the\s+(?!(?:plans?|results?|outcomes?|details|course|progress|state|situation)\b)"
    r"[a-z]+\s+(?:reforms?|changes|measures|initiatives?|projects?|programmes?|programs?)\b)|"
    # "the minister reported on the performance of the X sector"
    r"reported\s+on(?=\s+the\s+(?!sidelines\b)[a-z])|"
    # "the akim reported to the Head of State on the socio-economic development of the region"
    r"reported\s+to\s+[^,.;]{1,40}?\s+on(?=\s+the\s+(?!sidelines\b)[a-z])|"
    # "attach great importance to cooperation within X", "raise the issue of press freedom"
    r"attach(?:es|ed|ing)?\s+(?:(?:great|special|particular|high|the\s+utmost)\s+)?"
    r"importance\s+to(?=\s+(?:cooperation|interaction)\s+(?:in|within|on)\s)|(?:raise|raised|raises|raising)\s+the\s+(?:issues?|questions?|situation)\s+of|"
    # "delegations took the floor, raising questions on export subsidies and state aid"
    r"(?:raise|raised|raises|raising)\s+(?:(?:a\s+number\s+of|several|many|some|specific|"
    r"detailed|further|numerous)\s+)?(?:questions|concerns)\s+(?:on|about|over|regarding)"
    r"(?=\s+[a-z])(?!\s+(?:it|this|that|whether|how|what)\b)|took\s+part\s+in|participation\s+in|"
    # "Velmoran investors were looking at mining, logistics and X": the fields they weigh
    r"investors\s+(?:are|were)\s+(?:now\s+|also\s+)?(?:looking\s+at|eyeing)(?=\s+[a-z])"
    r"(?!\s+(?:the|a|an|its|their|this|that|these|ways|how|options|opportunities)\b)|"
    r"participate\s+in|interested\s+in|to\s+support|supports|supported|supporting|"
    # "reaffirmed its support for the accession of X to the WTO", "commitment to the reform
    # of X", "respect for the status of X" (not "commitment to the principles of X")
    # "underscored its support for maritime security and the rules-based order"
    # (a subject without an article: "support for the timely implementation of X" is read,
    # if at all, as an action of its "of")
    r"support\s+for(?=\s+(?:[a-z-]+\s+){0,2}[a-z]+(?:ity|ism|ance|ence|ion|ment|order)\b)"
    r"(?!\s+(?:the|a|an|its|their|this|that|his|her|our|candidacy|initiatives?|positions?|"
    r"proposals?|decisions?|ideas?|resolutions?|applications?|accession|nominations?|"
    r"elections?|bids?)\b)|"
    r"(?:support|respect)\s+for(?:\s+the\s+status\s+of(?=\s+[a-z])|"
    r"(?=\s+the\s+[a-z]+(?:ion|ment)\s+of\s))|"
    r"commitment\s+to(?=\s+the\s+(?:[a-z]+(?:ion|ment)|reform)\s+of\s)|"
    # "their shared commitment to freedom of navigation" (a noun, not "to cut X", "to build X")
    r"commitment\s+to(?=\s+[a-z]+(?:dom|ity|ion|ism|ment|ance|ence|ness)\b)"
    r"(?!\s+(?:action|cooperation|implementation|attention)\b)|"
    r"welcomed\s+progress\s+on|"
    # "asked for the improvement of the business environment"
    r"(?:asked|requested)\s+for(?=\s+the\s+[a-z]+(?:ion|ment)\s+of\s)|"
    # "asked for regular supplies of X", "requested deliveries of X": the goods asked for
    r"(?:asked|requested)(?:\s+for)?(?=\s+(?:the\s+)?(?:(?:stable|uninterrupted|reliable|"
    r"regular|additional|increased|further)\s+)?(?:supply|supplies|deliveries|delivery)\s+of\s)|"
    # "welcomed the simplification of work permit procedures", "the launch of direct
    # flights" (not "the decision of", "the participation of": who, not what)
    r"welcomed(?=\s+the\s+(?:launch|opening|resumption|simplification|expansion|"
    r"establishment|creation|introduction|development|adoption|construction|"
    # "welcomed the growth of two-way trade to $5 billion": what grew
    r"growth|recovery)\s+of\s)|"
    # ("as A and B expand their influence there": a power's reach, no field)
    r"progress\s+(?:on|in|towards?)|step\s+up|speed\s+up|advance|"
    r"expand(?!\s+(?:its|their|his|her|our)\s+(?:influence|presence|footprint|reach)\b)|"
    r"simplify(?:ing)?|explore|"
    # "is to ensure mutual supplies of electricity", "to accelerate the construction of X"
    r"(?:ensure|accelerate)(?=\s+(?:the\s+)?(?:mutual\s+|uninterrupted\s+|stable\s+|"
    r"reliable\s+)?(?:supply|supplies|construction|implementation|launch|transit|delivery|"
    r"deliveries)\b)|"
    r"(?:in|into)(?=\s+the\s+(?:expansion|construction|development|modernization|"
    r"modernisation|creation|launch|building|upgrade|upgrading)\b)|"
    # ("co-operation in ICT": the British spelling)
    r"(?:co-?operation|co-?operate|co-?operating|interacting|interaction|partnership|"
    r"collaboration|collaborate|collaborating)(?:\s+(?:closely|actively))?"
    # (not "a memorandum of cooperation in time for the anniversary": when)
    r"\s+(?:in|on)(?:\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of)?(?!\s+time\s+for\b)|"
    # "deepen cooperation across fisheries, shipping and tourism" (not "across the region")
    # (a lower-case word next: checked on the text; "across Central Asia" says where)
    r"(?P<across>(?:co-?operation|collaboration|partnership|ties)\s+across)(?=\s+[a-z])"
    r"(?!\s+(?:the|a|an|all|both|its|their|our|this|these|borders?|regions?|countries|"
    r"sectors|continents?|[a-z]+\s+(?:regions?|countries|borders?))\b)|"
    # "deals spanning fisheries, shipping and tourism" (not "spanning two decades")
    r"(?:spanning|span|spans)(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|our|over|more|nearly|"
    r"almost|about|some|several|many|decades?|years?|centuries|generations|[a-z]+\s+"
    r"(?:decades?|years?|centuries|countries|continents))\b)(?!\s+(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten)\b)|"
    r"(?:in|on)\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of|"
    # "(signed) in areas ranging from A and B to C, D and E": the range opens the list
    r"in\s+(?:the\s+)?(?:fields|areas|spheres|sectors)(?=\s+ranging\s+from\s+[a-z])|"
    # "harmonise legislation on transit and digital trade"
    r"legislation\s+on(?=\s+[a-z])(?!\s+the\s+(?:sidelines|margins)\b)|"
    # "the pact contains chapters on A, B and C", "provisions on X": what a treaty covers
    r"(?:chapters?|provisions)\s+on(?=\s+[a-z])(?!\s+(?:the\s+(?:sidelines|margins)|behalf)\b)|"
    # "a memorandum of understanding between the A and the B on green finance"
    r"(?:memorandum|memoranda|memorandums|agreements?)\s+(?:of\s+understanding\s+)?"
    r"(?:between|with)\s+[^,.;]{1,100}?\s+on(?=\s+[a-z])(?!\s+the\s+(?:sidelines|margins)\b)"
    # ("an agreement with X on its own": alone, no subject)
    r"(?!\s+(?:its|their|his|her|our)\s+own\b)|"
    # "two memoranda, the first on X and the second on Y" (in a sentence naming documents)
    r"(?:first|second|third|fourth|latter)\s+on(?=\s+[a-z])"
    r"(?!\s+(?:the|a|an|its|their|this|that)\b)|"
    # "a grant for medical equipment", "a loan for irrigation" (not "a loan for the city")
    r"(?:loan|grant|credit)\s+for(?=\s+[a-z])"
    r"(?!\s+(?:the|a|an|its|their|this|that|these|both|all|each|our|\w+\s+years?)\b)|"
    # "a loan of $75 million to modernize the rail network", "a grant of $4.2 million for
    # the seed bank": what the sum goes to (not "for the city", "for five years")
    r"(?:loan|grant|credit)\s+of\s+(?:[a-z]{0,3}[$€£¥]\s?|[a-z]{3}\s)?\d[\d.,]*"
    r"(?:\s*(?:million|billion|bn|m)\b)?\s+(?:for|to\s+(?:strengthen|support|develop|improve|"
    r"modernize|modernise|expand|upgrade|deepen))(?=\s+(?:the\s+)?[a-z])"
    r"(?!\s+(?:a|an|its|their|this|that|these|both|all|each|our|\w+\s+years?)\b)"
    r"(?!\s+the\s+(?:city|country|government|region|state|company|bank|ministry|project)\b)"
    # ("for joint projects": what kind of use, no field)
    r"(?!\s+(?:the\s+)?(?:[a-z]+\s+)?(?:projects|programmes|programs|purposes|needs)\b)|"
    # "another GBP 12 million will be made available for flood defence": what a sum is for (in
    # a sentence naming one; not "for the region", "for talks")
    r"(?:million|billion|bn)\s+(?:would|will|is|was|are|were)\s+(?:also\s+)?(?:be\s+)?"
    r"(?:made\s+)?available\s+for(?=\s+[a-z])(?!\s+(?:the|a|an|its|their|this|that|these|both|"
    r"all|each|use|comment|talks|\w+\s+years?)\b)|"
    # "wishes to import more rice and seafood", "is ready to supply wheat", "and to export
    # meat": the goods a side wants to trade (not "export more than 500 tonnes")
    # ("ready to import up to 1 billion cubic metres": an amount, not the goods)
    r"(?:import|export|buy|sell)\s+more(?=\s+[a-z])(?!\s+(?:than|and|of)\b)|"
    r"(?:willing|ready|wishes|wants|plans|intends|hopes|seeks)\s+to\s+"
    rf"(?:import|export|buy|sell)(?=\s+[a-z])(?!{_NOT_GOODS})|"
    rf"and\s+to\s+(?:import|export)(?=\s+[a-z])(?!{_NOT_GOODS})|"
    # "welcomed the agreement reached last week on a new power cable"
    r"(?:agreements?|deals?|accords?|documents?|memoranda)\s+(?:reached|concluded|"
    # "three agreements were signed on X and Y": the passive
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?signed)"
    # ("the agreement reached by the two sides on border issues")
    r"(?:\s+(?:by|between)\s+(?:the\s+two|both)\s+(?:sides|countries|parties))?"
    r"(?:\s+(?:last|this|earlier)"
    rf"\s+[a-z]+)?\s+on(?=\s+[a-z])"
    rf"(?!\s+(?:the\s+(?:sidelines|margins|occasion|eve)|behalf|{_WEEKDAY})\b)|"
    # "signed two memoranda of understanding, on the digital economy and on X": the subject
    # after a comma (not "the agreement, on Monday", "the documents, on behalf of X")
    # "two agreements, one on X and one on Y": what each is on
    r"(?:memoranda|memorandums|agreements|documents|protocols),\s+one\s+on(?=\s+[a-z])|"
    r"(?:memorandum|memoranda|memorandums|agreements?|documents?)(?:\s+of\s+understanding)?,"
    rf"\s+on(?=\s+[a-z])(?!\s+(?:the\s+(?:sidelines|margins)|behalf|{_WEEKDAY})\b)|"
    # "work with both countries on the X Partnership and on Y": what the work is on
    r"work\s+with\s+(?:[\w’'-]+\s+){1,4}?on(?=\s+[a-z])"
    rf"(?!\s+(?:behalf|this|that|its|their|the\s+(?:sidelines|margins)|{_WEEKDAY})\b)|"
    # "talks on the sidelines of the forum": where the talks were held, not their subject;
    # "talks on Thursday in Alba with X": when.
    # ("seven instruments on health and trade": legal instruments, signed like agreements)
    # ("a road map on green hydrogen": the British papers' two words for a roadmap)
    r"(?:talks|negotiations|consultations|roadmap|road\s+map|memorandum|memoranda|memorandums|"
    r"agreements?|"
    # ("a letter of intent on green financing": what the letter is about)
    r"documents?|deals?|accords?|protocols?|decisions?|resolutions?|instruments?|"
    # ("a joint declaration on the protection of X": what the declaration is on)
    r"declarations?|joint\s+statements?|"
    # ("an arrangement on mutual recognition of X": what the arrangement is on)
    r"arrangements?|letters?\s+of\s+intent)"
    r"\s+(?:of\s+understanding\s+)?(?:for\s+\S+\s+)?on"
    # ("signed two memoranda on the occasion": when they were signed, not what on)
    rf"(?!\s+(?:the\s+(?:sidelines|margins|occasion|eve)|{_WEEKDAY})\b))\s+",
)
_CUE_FIRST_WORDS: Final = words_of(
    """
    priorities facilitate facilitating ease easing improve improving grant granting
    joint put puts putting factories will would shipment consignment cargo convoy batch aid
    venture plant plants factory enterprise facility facilities
    addressed addressing advance agree agreed attach attaches attached attaching raise raised
    build building open opening opens opened set setting establish establishing called calls
    calling
    push pushed pushing strengthen deepen enhance consolidate protocol protocols decree decrees
    resolution
    resolutions memoranda plan plans declaration declarations arrangement arrangements
    raises raising reported like want wanted wish briefed informed key main promising major
    agreement allocate allocated allocates allocating
    attention best boost boosting channeled channelled co companies concerning considered
    cooperate cooperating cooperation cover covered covering covers decided directed discuss
    prospects opportunities
    discussed discusses discussing document documents double doubling earmarked earmarking exchange
    enterprises exchanged expand expanding experience expertise experts explore explored
    broaden broadening broadened expanded diversify diversifying diversified
    noted stressed emphasized emphasised highlighted underlined underscored
    exploring exporter exporters finance financing firms focus focused focuses focusing fund
    funding gave give gives giving importance in including increase increasing intend intends
    interacting interaction interested into know memoranda memorandum on paid participate
    participation partnership pay pays paying plan planned planning plans priority producer
    producers
    program programme progress projects proposed raise raising ready redirected regarding review
    operations programs programmes million billion bn
    investment investments loan loans credit grant grants bring memorandums agreements go
    negotiations consultations contracts deals contract deal exchanges ties links interest
    relations
    centred centered centring centering an special emphasis meeting meetings conversation
    visit commits committed commit bid proposes propose send sends sending sent lead leading
    accord accords protocol protocols dealt dealing with
    support reforms topics jointly combating combatting countering strategic reliable important
    ventures investors invest invests invested investing collaboration collaborate collaborating
    agenda
    discussion discussions mainly mostly primarily particularly especially notably potential
    and decision decisions consider considering followed reviewed reviewing roadmap road sides
    suggested
    parties call
    simplify package
    project million
    billion mln bln provide
    provides
    provided providing envisage envisages envisaged envisaging foresee foresees simplifying
    specialists speed spoke speaking talking step strategy tackled tackling tackles tackle
    buyer buyers
    importer importers purchaser purchasers room scope work works working worked sought seek
    seeking
    big bigger biggest large larger largest growing wider new
    ensure accelerate
    studying such supplier suppliers supported supporting supports take talked talks to took
    touched welcomed tariffs duties initiative initiatives counterparts asked requested
    commitment respect conference
    legislation import export buy sell willing wishes wants intends hopes seeks
    chapter chapters provisions keep keeping kept negotiate negotiates negotiating negotiated
    extend extends extending extended pushes
    disagree disagrees disagreed disagreement disagreements differences divergences
    first second third fourth latter taking takes instrument instruments wanted
    areas fields sectors spheres industries most much half part hope hoped hoping many
    tangible concrete practical specific
    spanning span spans look looks looking looked revolved revolving revolves
    assist assists assisted assisting help helps helped helping contribute contributes
    contributed contributing position positions concern concerns worries
    topic subject subjects theme themes letter letters ask asks asking
    activities trainees interns
    """
)
# The cues that open with a preposition need a later word ("in the expansion of", "in the
# fields of", "to support"): without one of these in the sentence, the preposition (common,
# and never a cue alone) is not tried. Keep in step with _CUE (tests/test_parser_topics.py).
# (a search for it jumps to each "nd", far fewer than the "a" it opens with, and checks the
# whole "and" behind: it is found where r"\band\s+to\s" is)
_AND_TO: Final = re.compile(r"nd(?<=\band)\s+to\s")
_PLAN_WORDS: Final = words_of(
    "agreed agree agrees decided plans plan planned intends intend ready wishes wants willing "
    "want wanted "
    "grant grants loan loans"  # "a grant to rehabilitate X and to reduce Y"
    " efforts"  # "joint efforts to counter X and to disrupt Y"
)
_STAGE_WORDS: Final = words_of(
    "expansion construction development modernization modernisation creation launch building "
    "upgrade upgrading"
)
_FIELD_WORDS: Final = words_of("field fields area areas sphere spheres sector sectors")
_TRADE_VERBS: Final = words_of("import export buy sell")
_DEAL_VERBS: Final = words_of("conclude sign finalise finalize complete")
_ON: Final = frozenset(["on"])
_CONTAIN_WORDS: Final = words_of(
    "includes included include contains contained comprises comprised consists consisted"
)
_PREPOSITION_CUE_NEEDS: Final = {
    "in": _STAGE_WORDS | _FIELD_WORDS,
    "into": _STAGE_WORDS,
    "on": _FIELD_WORDS | {"agenda"},
    "to": frozenset(
        ["support", "launch", "resume", "combat", "counter", "disrupt", "curb", "tackle", "fight"]
    ),
    # Other first words, common in briefs and rarely a cue, need a later word of theirs too:
    # "a meeting with X on", "talks on", "an emphasis on", "co-financing", "investment in".
    "meeting": frozenset(["with", "took"]),
    "meetings": frozenset(["with", "took"]),
    "conversation": frozenset(["with"]),
    "conference": frozenset(["with"]),
    "talks": frozenset(["on", "took"]),
    "visit": frozenset(["took"]),
    "bid": frozenset(["host"]),
    # "send a trade mission", "lead a business delegation": only before such a mission
    **dict.fromkeys(
        (
            "send",
            "sends",
            "sending",
            "sent",
            "lead",
            "leading",
            "proposes",
            "propose",
        ),
        frozenset(["mission", "missions", "forum", "forums", "fora", "delegation", "delegations"]),
    ),
    "negotiations": frozenset(["on"]),
    "consultations": frozenset(["on"]),
    "an": frozenset(["emphasis"]),
    "with": frozenset(["attention", "emphasis", "focus"]),
    "co": frozenset(["finance", "financing", "operation", "operate", "operating"]),
    "investment": frozenset(["in", "into"]),
    "call": frozenset(["on", "access"]),
    "work": _ON,  # "work on a new route"
    # "a growing market for X": these common words open a cue only before "market(s)"
    **dict.fromkeys(
        ("big", "bigger", "biggest", "large", "larger", "largest", "growing", "wider", "new"),
        frozenset(["market", "markets"]),
    ),
    "factories": frozenset(["for"]),
    **dict.fromkeys(
        ("shipment", "consignment", "cargo", "convoy", "batch", "aid"), _CONTAIN_WORDS
    ),
    **dict.fromkeys(
        ("will", "would"),
        words_of("fund finance support set establish launch share facilitate simplify"),
    ),
    "sides": frozenset(["support", "supported"]),
    "parties": frozenset(["support", "supported"]),
    "project": frozenset(["will"]),
    **dict.fromkeys(("million", "billion", "mln", "bln"), _BUILD_WORDS | {"for"}),
    "investments": frozenset(["in", "into"]),
    # "and to build X" goes on with a plan ("agreed to open A and to build B"), not with an
    # instruction or a purpose
    "and": _PLAN_WORDS,
    # the goods cues ("import more", "wishes to export"), "legislation on", "the first on":
    # the word each needs after its first
    **dict.fromkeys(("import", "export", "buy", "sell"), frozenset(["more"])),
    **dict.fromkeys(("willing", "wishes", "wants"), _TRADE_VERBS),
    "hopes": _TRADE_VERBS | _DEAL_VERBS,  # "hopes to export X", "hopes to sign a deal"
    "seeks": _TRADE_VERBS | {"access"},  # "seeks to import X", "seeks duty-free access"
    **dict.fromkeys(("legislation", "first", "second", "third", "fourth", "latter"), _ON),
    **dict.fromkeys(("taking", "takes"), frozenset(["stock"])),
    # "hoped to conclude the X agreement"
    **dict.fromkeys(("hope", "hoped", "hoping"), _DEAL_VERBS),
    # "most of it for X", "half of which to Y", "most of them are in X"
    **dict.fromkeys(("most", "much", "half", "part"), frozenset(["it", "which", "them", "these"])),
    "many": frozenset(["which", "them", "these"]),
    # "areas like X", "sectors such as Y", "areas of cooperation include Z"
    **dict.fromkeys(
        ("areas", "fields", "sectors", "spheres", "industries"),
        frozenset(["like", "such", "include", "included", "includes"]),
    ),
}

# A second word some first words need as well: every cue after "meeting", "meetings" or
# "conversation" is "<it> with X on Y" (a word of the first need, then "on") or "<it> that
# took in Y" ("took", in both). (Keep in step with _CUE: tests/test_parser_topics.py.)
_CUE_NEEDS_TOO: Final = {
    **dict.fromkeys(("meeting", "meetings"), frozenset(["on", "took"])),
    "conversation": frozenset(["on"]),
}


# _CUE split by the first word a match starts with (see _CUE_BY_WORD): every alternative of
# it, in its order, that can start with that word (an alternative that is a named group of
# alternatives, as "lower" and "money" are, split the same way inside the group). A match at
# a first word is the one _CUE gives there, found without trying the alternatives of other
# words one by one, which is most of the cost of a match in a pattern of 150 alternatives.
_CUE_HEAD: Final = r"\b(?=[a-z])(?:"
_CUE_TAIL: Final = r")\s+"
_NAMED_GROUP: Final = re.compile(r"\(\?P<(\w+)>")
_LETTERS_A_Z: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


def _alternatives(source: str) -> list[str]:
    """The alternatives of a pattern's source: its parts between the "|" that stand outside
    any group or character class."""
    parts: list[str] = []
    depth = 0
    start = 0
    at = 0
    in_class = False
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2  # an escaped character
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source[at + 1 : at + 2] == "]":
                at += 1  # "[]...]": a closing bracket first is one of the class
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
        at += 1
    parts.append(source[start:])
    return parts


def _add_first_letters(items: Any, letters: set[str]) -> bool:
    """Add to `letters` what a match of the parsed items can start with; whether they can
    match nothing. What is not a literal, a group, a branch or a repeat adds every letter (a
    pattern tried where it cannot match gives the same matches)."""
    for op, arg in items:
        if op is _sre_constants.LITERAL:
            letters.add(chr(arg))
            return False
        if op is _sre_constants.BRANCH:
            empty = False
            for branch in arg[1]:
                empty |= _add_first_letters(branch, letters)
            if not empty:
                return False
        elif op is _sre_constants.SUBPATTERN:
            if not _add_first_letters(arg[3], letters):
                return False
        elif op is _sre_constants.MAX_REPEAT or op is _sre_constants.MIN_REPEAT:
            if not _add_first_letters(arg[2], letters) and arg[0] > 0:
                return False
        else:
            letters.update(_LETTERS_A_Z)
            return False
    return True


# A state of _word_states: the match has read past the end of the word.
_PAST_WORD: Final = -1


def _class_holds(items: Any, char: str) -> bool:
    """Whether the parsed character class `items` can hold `char`, a small letter; True
    where it cannot tell."""
    negate = False
    held = False
    for op, arg in items:
        if op is _sre_constants.NEGATE:
            negate = True
        elif op is _sre_constants.LITERAL:
            held = held or chr(arg) == char
        elif op is _sre_constants.RANGE:
            held = held or arg[0] <= ord(char) <= arg[1]
        elif op is _sre_constants.CATEGORY:
            if arg is _sre_constants.CATEGORY_WORD or arg in _NOT_LETTER_FREE:
                held = True
            elif arg not in _LETTER_FREE:
                return True
        else:
            return True
    return held != negate


# The categories a small letter is never in, and those of what is not it.
_LETTER_FREE: Final = (
    _sre_constants.CATEGORY_DIGIT,
    _sre_constants.CATEGORY_SPACE,
    _sre_constants.CATEGORY_NOT_WORD,
)
_NOT_LETTER_FREE: Final = (_sre_constants.CATEGORY_NOT_DIGIT, _sre_constants.CATEGORY_NOT_SPACE)


def _word_states(items: Any, word: str, states: set[int]) -> set[int]:
    """Where a match of the parsed `items` can stand after reading them from each of
    `states` (positions in `word`), in a text where `word` stands whole, a non-letter after
    it: positions in `word`, or _PAST_WORD where it can read past it (whatever it reads
    there). What this does not read (a look-around, a word boundary) is taken to hold, and
    what it does not know reads past the word: the states are those a match can have, and
    maybe more."""
    size = len(word)
    for op, arg in getattr(items, "data", items):  # (a parse's list: quicker to read)
        if not states or _PAST_WORD in states:
            break
        if op is _sre_constants.LITERAL or op is _sre_constants.NOT_LITERAL:
            literal = op is _sre_constants.LITERAL
            char = chr(arg)
            states = {
                _PAST_WORD if at == size else at + 1
                for at in states
                if (at < size and (word[at] == char) == literal)
                or (at == size and not (literal and char.isalpha()))
            }
        elif op is _sre_constants.IN:
            states = {
                _PAST_WORD if at == size else at + 1
                for at in states
                if at == size or _class_holds(arg, word[at])
            }
        elif op is _sre_constants.ANY:
            states = {_PAST_WORD if at == size else at + 1 for at in states}
        elif (
            op is _sre_constants.AT
            or op is _sre_constants.ASSERT
            or op is _sre_constants.ASSERT_NOT
        ):
            continue
        elif op is _sre_constants.BRANCH:
            states = {state for branch in arg[1] for state in _word_states(branch, word, states)}
        elif op is _sre_constants.SUBPATTERN and not arg[1] and not arg[2]:  # (no flags)
            states = _word_states(arg[3], word, states)
        elif op is _sre_constants.ATOMIC_GROUP:
            states = _word_states(arg, word, states)
        elif (
            op is _sre_constants.MAX_REPEAT
            or op is _sre_constants.MIN_REPEAT
            or op is _sre_constants.POSSESSIVE_REPEAT
        ):
            for _ in range(arg[0]):
                states = _word_states(arg[2], word, states)
            reached = set(states)
            new = states
            while new and _PAST_WORD not in reached:  # (any number of repeats more)
                new = _word_states(arg[2], word, new) - reached
                reached |= new
            states = reached
        else:
            return {_PAST_WORD}
    return states


def _by_first_word(alternatives: list[str], word: str, read: dict[str, Any]) -> list[str]:
    """The alternatives, in their order, that can match where `word` stands whole (those
    that are a named group of alternatives hold those of theirs that can); `read` keeps
    what is read of each alternative, for the next word: the group's name and alternatives,
    or the parse and the letters a match can start with."""
    found: list[str] = []
    for alternative in alternatives:
        if alternative not in read:
            group = _NAMED_GROUP.match(alternative)
            inner = _alternatives(alternative[group.end() : -1]) if group else []
            parsed = _sre_parser.parse(alternative)
            letters: set[str] = set()
            if group and len(parsed) == 1 and len(inner) > 1:
                read[alternative] = (group[1], inner)
            elif _add_first_letters(parsed, letters):
                read[alternative] = (parsed, _LETTERS_A_Z)  # (it can match nothing)
            else:
                read[alternative] = (parsed, letters)
        first, rest = read[alternative]
        if isinstance(first, str):
            parts = _by_first_word(rest, word, read)
            if parts:
                found.append(f"(?P<{first}>{'|'.join(parts)})")
        elif word[0] in rest and _word_states(first, word, {0}):
            found.append(alternative)
    return found


def _cue_alternatives() -> list[str]:
    """The alternatives of _CUE, between _CUE_HEAD and _CUE_TAIL."""
    source = _CUE.pattern
    if not (source.startswith(_CUE_HEAD) and source.endswith(_CUE_TAIL)):
        raise ValueError("_CUE must be _CUE_HEAD, alternatives and _CUE_TAIL")
    if _CUE.flags & (re.IGNORECASE | re.VERBOSE):
        raise ValueError("_CUE's letters must be read as written")
    return _alternatives(source[len(_CUE_HEAD) : -len(_CUE_TAIL)])


_CUE_SPLIT: Final = _cue_alternatives()
# What _by_first_word has read of each alternative, and the patterns compiled, by their
# alternatives joined (words of the same alternatives share one pattern).
_CUE_READ: Final[dict[str, Any]] = {}
_CUE_COMPILED: Final[dict[str, re.Pattern[str]]] = {}
# _CUE split by the first word a match starts with: the few alternatives of a word are tried,
# not the dozens that start with its letter. Each is built the first time a sentence holds its
# word (see _cue_of): a process that reads a few briefs builds a few of them, not every one of
# the 450 words' at import. None: no match can start at the word.
_CUE_BY_WORD: Final[dict[str, re.Pattern[str] | None]] = {}


def _cue_of(word: str) -> re.Pattern[str] | None:
    """_CUE for a word of _CUE_FIRST_WORDS (see _CUE_BY_WORD): it has every group of _CUE,
    those its alternatives lack in one that never matches, so a match reads as one of _CUE;
    None where no match can start at the word."""
    if word in _CUE_BY_WORD:
        return _CUE_BY_WORD[word]
    alternatives = _by_first_word(_CUE_SPLIT, word, _CUE_READ)
    pattern = None
    if alternatives:
        joined = "|".join(alternatives)
        pattern = _CUE_COMPILED.get(joined)
        if pattern is None:
            missing = "".join(
                f"(?P<{name}>)" for name in _CUE.groupindex if f"(?P<{name}>" not in joined
            )
            never = f"|(?!){missing}" if missing else ""
            pattern = re.compile(f"{_CUE_HEAD}{joined}{never}{_CUE_TAIL}")
            _CUE_COMPILED[joined] = pattern
    _CUE_BY_WORD[word] = pattern
    return pattern


def _cue_by_word() -> dict[str, re.Pattern[str]]:
    """_CUE for each of _CUE_FIRST_WORDS that has one, as _cue_of builds it."""
    patterns = {word: _cue_of(word) for word in sorted(_CUE_FIRST_WORDS)}
    return {word: pattern for word, pattern in patterns.items() if pattern is not None}


# Inside a quotation only a plain list of what something covers names topics ("The
# projects cover agro-processing, logistics and tourism"), of what is discussed ("the
# minister will discuss A, B and C"), the fields of projects or investors ("new projects in
# critical minerals and hydropower", "we want investors in textiles"), of experience or ties
# ("X's experience in shipbuilding", "our ties in science"), and of an invitation to invest
# ("we invite you to invest in mining and tourism"); the rest ("we support
# investment in new technologies") is rhetoric.
_QUOTE_CUE: Final = re.compile(
    r"(?:cover|covers|covered|covering|discuss|discusses|discussed|discussing|"
    # "we agreed on a new investment package worth $500 million in A, B and C"
    r"(?:projects|contracts|deals|package)\s+worth|"
    r"(?:projects|investors)\s+in|invest\s+in|"
    # "we are open to foreign companies in energy, shipping and farming": the fields open to
    # them, a list (not "our companies in the region")
    r"(?:companies|firms)\s+in(?=\s+[a-z][\w-]*(?:,|\s+and\s))|"
    # "we have agreed to pay special attention to education"
    r"(?:paid|pay|paying)\s+(?:special\s+|particular\s+|great\s+)?attention\s+to"
    r"(?!\s+(?:every|each|all|this|that|these|those|it|them|what|how)\b)|"
    r"invest\s+(?:along|across|throughout)\s+(?:its|the|their|our)\s+[a-z]+\s+in|"
    r"(?:build|open|set\s+up|establish)\s+(?:factories|plants|facilities|production\s+lines)"
    r"\s+for|"
    r"(?:cooperation|cooperate|cooperating|partnership)(?:\s+(?:closely|actively))?\s+in|"
    # "we are open to cooperation with the Alban Republic in energy and transport"
    r"(?:cooperation|partnership)\s+with\s+(?:the\s+)?[a-z][\w-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?[a-z][\w-]*)?\s+in|"
    r"(?:experience|expertise|ties|links|exchanges)\s+in|"
    # "we invite you to take part in the reconstruction of X": the work offered
    r"(?:take|took|taking)\s+part\s+in(?=\s+the\s+[a-z]+(?:ion|ment)\s+of\s)|"
    r"(?:mainly|mostly|primarily|particularly|especially|notably)\s+in|"
    # "we expect tangible results in fisheries and tourism"
    r"(?:tangible|concrete|practical|specific)\s+results\s+in|"
    r"(?:potential|prospects|opportunities)\s+(?:for\s+(?:cooperation|partnership)\s+)?in|"
    r"in\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of|"
    # "we are ready to work on energy and mining projects together"
    r"work\s+(?:together\s+|jointly\s+)?on|"
    r"(?:areas|fields|sectors|spheres|industries)\s+(?:like|such\s+as))\s"
)
_QUOTE_CUE_WORDS: Final = words_of(
    "cover covers covered covering projects investors invest cooperation partnership "
    "fields field areas area spheres sphere "
    "sectors sector mainly mostly primarily particularly especially notably potential discuss "
    "cooperate cooperating prospects opportunities ties links exchanges "
    "discussed discussing discusses experience expertise factories plants facilities lines "
    "paid pay paying package contracts deals industries part work companies firms results"
)
_TALKS_ON: Final = re.compile(
    r"\b(?:talks|met|meeting|conversation|call|spoke|phone)\b[^.]*?"
    # "held talks beforehand on X"
    # "held separate talks on Monday on X": the day, then the subject
    # "held talks over lunch on X": the meal, then the subject
    r"(?:,\s+on|\babout|(?<=talks)\s+(?:beforehand|earlier|later|separately|over\s+(?:an?\s+)?"
    r"(?:working\s+)?(?:lunch|dinner|breakfast)|on\s+" + _WEEKDAY + r")\s+on)\s+"
    # "worth about KD 95 million": "about" before an amount is no subject's cue; nor before
    # a length of time ("lasted about an hour")
    r"(?![\d$€£¥]|[a-z]{2,3}\s?\d)"
    # ("held talks with X, who is on a visit, on Wednesday": when)
    r"(?!(?:" + "|".join(WEEKDAYS) + r")\b)"
    # ("met in X, about a year after Y": when)
    r"(?!(?:an?|half\s+an?|one|two|three|four|five|six|ten)\s+"
    r"(?:hours?|minutes?|days?|weeks?|months?|years?|decades?)\b)"
    # "held talks in X, on his first visit to Y": the occasion of the talks, not their subject
    r"(?!(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?visit\b)"
    # ("..., on the second leg of his tour": which stop of a trip)
    r"(?!the\s+(?:first|second|third|fourth|fifth|last|final|next|opening|closing)\s+"
    r"(?:leg|stage|stop|day)\s+of\b)"
    # ("delegations which included, on the Alban side, X": whose side, then who)
    r"(?!(?:the|each|either|both)\s+(?:[\w-]+\s+)?sides?\b)"
)
# "talks beforehand on", "talks over lunch on"
_TALKS_ADVERBS: Final = words_of("beforehand earlier later separately lunch dinner breakfast")
# The first words of _TALKS_ON.
_TALKS_WORDS: Final = words_of("talks met meeting conversation call spoke phone")
_SECTORS: Final = re.compile(
    # ("in the Alban power and road sectors": whose sectors, then the list)
    # (each word's letters first, then no word character before them, as "\b" would ask: a
    # search tries the pattern at an "i" or a "t" only, not at every character)
    r"(?:in(?<!\w..)|to(?<!\w..)|into(?<!\w....))"
    rf"\s+(?:[{UPPER}][\w’'-]*(?:’s|'s)\s+|the\s+(?P<whose>[{UPPER}][\w’'-]*\s+)?)?"
    # ("to boost cooperation in areas such as X": "areas" right after "in" names no list)
    r"(?P<list>[a-z][\w\s,-]{2,80}?)(?<!\sin)(?<!\sinto)(?<!\sto)"
    r"\s+(?:sectors|industries|fields|spheres|areas)\b"
)
# Where an enumeration ends (on lower-case text): at each of _END_CHARS, and where one of
# three patterns matches (each with a cheap first character, they scan faster than one
# alternation of them all).
# A number in words ("five", "twenty"; not "one", which is also a pronoun): a target.
_NUMBER_WORD: Final = (
    rf"(?:{'|'.join(word for word in (*UNITS, *TENS) if word not in ('zero', 'one'))})\b"
)
_END_CHARS: Final = ';:()“”"?!'
# "the autumn-winter period", "the peak summer months": a stretch of the year (not "the talks")
_SEASON_PHRASE: Final = (
    r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:period|periods|season|seasons|months|winter|summer|spring|autumn)\b"
)
# (and at a line break before a digit: a title line ends before its timestamp line; a line
# break alone is none, as in a hard-wrapped paragraph)
_END_PATTERNS: Final = (
    re.compile(
        # ", as Tokyo seeks ...": a clause; ", as well as" goes on with the list.
        r",\s+(?:which|who|whose|where|while|when|with|according|as(?=\s)(?!\s+well\b)|and\s+)?"
        r"(?:agreed|said|noted|stressed|called|proposed|expressed|reaffirmed|thereby|though|"
        # "The talks, which covered A and B, ended with X": the sentence's own verb
        r"ended|concluded|culminated|"
        # "(the X Delta), home to some 17 million people": what the place before is
        r"home\s+to|"
        r"although|but|in\s+(?:support|line|accordance|keeping|response)\s+(?:of|with|to)|"
        # ", after meeting X in Y": when, a clause of its own
        r"(?:after|before)\s+(?:meeting|talks|holding|signing|visiting|arriving)\b|"
        # ", amid shared concerns over X", ", ahead of the summit": the setting of the list
        r"amid(?:st)?\s|ahead\s+of\s|"
        # ", a move that irritated X": a comment on what was done, no item
        r"(?:a|the)\s+(?:move|step|decision)\s+(?:that|which)\b|"
        # ", for the benefit of both peoples", ", in the interests of the region": whom the
        # list serves, no item
        r"(?:for|to)\s+the\s+(?:mutual\s+)?benefit\s+of|for\s+the\s+(?:good|sake)\s+of|"
        r"in\s+the\s+(?:mutual\s+)?interests?\s+of|"
        # ", following a meeting between A and B": when, a clause of its own
        r"following\s+(?:a|an|the|their|his|her|its|talks|meetings?)\b|"
        r"emphasi[sz]ing|highlighting|adding|saying|expressing|noting|stressing|calling|"
        r"underlining|describing|pointing|citing|reaffirming|welcoming|thanking|inviting|urging|"
        r"reiterating|recalling|praising|commending|stating|confirming|marking|"
        # ", warning against any attempt to X": what was said of the item, no item
        r"warning|cautioning|affirming|insisting|condemning|denouncing|"
        r"the\s+[\w\s.]+?(?:reported|said|added|noted|stated|announced|informed|says|reports|"
        r"told)|"
        # "..., X said some ... and the government plans": a speaker's clause after the list
        # (possessive: a word's run ends only at a blank, and a blank run before a word)
        r"(?:[\w.’'-]++\s++){1,2}(?:said|says|added|noted|stressed|stated|told)|"
        # "..., its two co-chairs told X"
        r"(?:its|their|his|her)\s+(?:[\w.’'-]++\s++){1,2}(?:said|says|told)|"
        r"(?<=which)|(?<=who)|(?<=whose)|(?<=where)|(?<=while)|(?<=when)|(?<=with)|"
        r"(?<=according)|(?<=as))\b"
    ),
    # ", and the Italian minister accepted": a clause with a subject of its own; so is ", and
    # deals worth $5 million were signed".
    re.compile(
        r",\s+and\s+(?:(?:[\w-]+\s+){1,3}?(?:worth|valued\s+at)\s+[^,.;]{1,40}?\s+(?:were|was|"
        r"have\s+been|has\s+been)\b|"
        # ", and the first ten projects will be approved"
        r"the\s+(?:[\w-]+\s+){1,3}?(?:will|would|is|are|was|were)\s+(?:be\s+)?[a-z]+(?:ed|en)\b|"
        r"the\s+(?:[\w-]+\s+){1,3}?(?:accepted|agreed|said|noted|stressed|"
        r"expressed|thanked|welcomed|invited|confirmed|promised|pledged|added|supported|backed|"
        r"proposed|reaffirmed|reiterated|announced|offered|requested|voiced|concurred|shared|"
        r"discussed|exchanged|emphasi[sz]ed|underlined|highlighted|affirmed|decided)\b)"
    ),
    # " and make good use of", " and keep enriching": a verb after "and" opens a new clause.
    re.compile(
        r" and (?:agreed|said|expressed|noted|reaffirmed|proposed|called|stressed|invited|"
        r"thanked|welcomed|signed|wished|congratulated|is|are|was|were|will|to(?!\s+(?:the|a|an)\s)|keep|make|further|jointly|push|firmly|"
        r"promote|expand|explore|advance|build|establish|create|"
        r"strengthen|deepen|enhance|ensure|intensify|consolidate|safeguard|maintain|"
        r"facilitate|accelerate|implement|continue|synergize|enrich|boost|adopted|discussed|"
        r"reviewed|approved|exchanged|decided|underlined|emphasi[sz]ed|highlighted|pledged|"
        r"confirmed|affirmed|praised|announced|held|met|outlined|identified|considered|"
        r"examined|assessed|determined|witnessed|attended|visited|toured|inspected|laid|"
        r"accepted|accept|admit|send|sign|invite|attract|host|receive|meet|"
        # "..., and support the early signing of X": a verb before its object
        r"support(?=\s(?:the|a|an)\s)|"
        # ", and asked Y to expand X": a request with a subject of its own
        r"informed|briefed|told|conveyed|presented|offered|urged|assured|reiterated|recalled|"
        r"asked|requested)\b"
    ),
    re.compile(
        # "a loan to help X" ends; "ways/efforts to strengthen X" names X (see _PURPOSE_GROW)
        # (each lookbehind stands after its literal "to "/"at ": tried only where that
        # literal stands, not at every blank)
        r" (?:to (?<!ways to )(?<!means to )(?<!steps to )(?<!measures to )(?<!efforts to )"
        r"(?:help|support|ensure|promote|boost|strengthen|finance|fund|attract)|"
        r"in order to|"
        # "a corridor designed to carry A and B": what it is for, a clause on the item
        r"(?:designed|intended|meant) to |"
        # "a swap deal under which X started ...": a relative clause about the item.
        r"(?:under|by|through) which |whereby |"
        # "transit of goods along the eastern branch of X": the route, after the subject
        # (not when the route is followed by more items: "transport along the X, tourism",
        # "logistics along the X and agro-processing": _ALONG_ROUTE cuts the route alone)
        r"along the (?![^,.;]*(?:,|\sand)\s+[a-z])|"
        r"that (?:would|will|could|can|may|should) |"
        # "an attack on a depot that killed two people": a relative clause about the item
        r"that (?=[a-z]+ed )|"
        # "(complete the work) as soon as possible": when
        r"as soon as possible\b|"
        # "(cooperation in A and B) as the two countries seek to X": a clause on why
        r"as (?:the two |both |the )?(?:countries|sides|nations|parties|governments|leaders|"
        r"they|we|it) (?=[a-z])|"
        # "by 2030", "by the end of next year", "cut X by half": when or how much, after it
        # "deepen security ties amid X's growing assertiveness": the setting, after the item
        r"amid |amidst |"
        # "(negotiate an agreement with X) on its own": alone, how
        r"on (?:its|their|his|her|our) own\b|"
        # "(a declaration on X in Y) on Thursday": when, after the item
        rf"on {_WEEKDAY}(?=\s*[,.;:)]|\s*$|\s+and\s)|"
        r"after (?:their|the)|before |since |"
        # "the supply of power during the winter period, the construction of X and Y": when,
        # said of one item; the list goes on after it (_DURING_SEASON cuts it)
        rf"during (?!{_SEASON_PHRASE}(?:,|\sand)\s+[a-z])|"
        # "(negotiations on a new X relationship) immediately after the election": when
        r"(?:immediately|shortly|soon|right|just) (?:after|before) |"
        # ("raise investment in X by up to 50 per cent": how much, after the subject)
        rf"by (?:(?:up to|about|around|some|over|nearly|almost|more than|another|a further) )?"
        rf"(?:20\d\d|\d|one\b|{_NUMBER_WORD}|half\b|a (?:third|quarter)\b|"
        r"(?:the )?(?:end|middle|beginning|start) of )|"
        # "the Strategic Directions ... until 2030, the formation of X": a term of the item
        r"until (?!(?:19|20)\d\d\b)|till (?!(?:19|20)\d\d\b)|"
        # "discussed X at a meeting in Y": where, not what ("agreements reached at the
        # summit" are the item)
        r"at (?<!reached at )(?<!signed at )(?<!achieved at )(?<!made at )(?<!concluded at )"
        r"(?<!adopted at )(?<!agreed at )(?:a|an|the|their|its) "
        r"(?:meeting|talks|session|summit|forum|conference|briefing|ceremony|event)\b|"
        # "to $5 billion", "to five a week": a target after its subject; "up to 500,000
        # tonnes of" is no target; "from two to four": a change after its subject
        # "bring cooperation in X to a new level": how far, after the subject
        r"to (?:a |the )(?:qualitatively )?(?:new|higher|next) level\b|"
        # "a security dialogue at the vice ministerial level": at whose rank, after the item
        r"at (?:the |a )?(?:[a-z’'-]+ ){1,3}level\b|at the level of |"
        rf"to (?<!\bup to )(?:about |around |some |over )?"
        rf"(?:[\d$€£¥]|[a-z]{{1,3}}\$|{_NUMBER_WORD})|"
        rf"from (?=(?:about |around |some |over )?(?:[\d$€£¥]|{_NUMBER_WORD}) ?[^,.;]*? to )|"
        # ("reviewed trade of $5 billion last year and the supply of X": the list goes on)
        r"(?:this|last|next) (?:year|month|week)\b(?! and (?:the|a|an) )|"
        # "the summit slated for next year", "a meeting scheduled for December": when
        r"(?:scheduled|slated) (?:for|to) |"
        r"worth |valued at |"
        # "the memorandum on X signed with A and B": who signed it, after its subject (not
        # after a document alone: "the agreements signed with X" name no subject to end)
        r"signed (?<!agreements signed )(?<!documents signed )(?<!deals signed )"
        r"(?:with|by|between) |"
        # "cooperation in law enforcement and security aims at jointly fighting X": a purpose
        r"aim(?:s|ed)? at |"
        # "X reached 1.3 trillion": a figure's subject ends there; "agreements reached at" not.
        r"(?:reached|rose|grew|amounted\s+to|totaled|totalled|exceeded|fell|declined|stood\s+at|"
        r"exceed|exceeds|reach|reaches|totals)"
        r" (?=(?:about |around |over |some |almost |nearly |up to )?"
        r"(?:[\d$€£¥]|[a-z]{1,3}\$? ?\d))|"
        r"(?:was|were|is|are|will be|would be|has been|have been|had been) |"
        # "talks on the X agreement could close by June": a modal verb opens the clause that
        # the item is the subject of
        r"(?:could|would|should|might|must|can) (?=[a-z]))"
    ),
)
_END_CLAUSES: Final = _END_PATTERNS[:3]
_END_CLAUSE: Final = _END_PATTERNS[0]  # ", which agreed", ", emphasising X"...
_AND_CLAUSE: Final = _END_PATTERNS[1]  # ", and the minister accepted"
# ", and Borea announced a loan", ", and Agrobank is ready to ...": after a list, a clause
# whose subject is a name (capitalised as written: "and energy is" goes on with no name)
_AND_NAMED_SUBJECT: Final = re.compile(
    r",\s+and\s+(?:[\w.’'-]+\s+){0,2}?[\w.’'-]+\s+(?:is|are|was|were|has|have|had|will|would|"
    r"announced|said|agreed|pledged|offered|promised|signed|extended|approved|allocated|"
    r"presented|unveiled|launched|opened|reported|proposed|"
    r"provided|granted|committed|added|noted|stressed|plans|intends|expects|wants|hopes)\s"
)
_NEW_CLAUSE: Final = _END_PATTERNS[2]  # " and expand": a verb after "and"
_END_PHRASE: Final = _END_PATTERNS[3]


# The words that open each match of the last pattern of _END_PATTERNS, after its blank (keep
# in step; tests/test_parser_topics.py checks it): the pattern is tried only before them.
_END_PHRASE_WORDS: Final = words_of(
    """
    to in under by through whereby along that after before during since until till at from
    this last next worth valued reached scheduled slated rose grew amounted totaled totalled signed
    exceeded fell declined stood was were is are will would has have had aim aims aimed
    exceed exceeds reach reaches totals
    could should might must can as designed intended meant amid amidst on
    immediately shortly soon right just
"""
)

# What each of those words stands in: " to ", " in "...; "amounted" and "stood" may have any
# blank after them ("amounted\s+to").
_END_PHRASE_PROBES: Final = {
    word: f" {word}" if word in ("amounted", "stood") else f" {word} "
    for word in _END_PHRASE_WORDS
}


class _Ends:
    """Where the enumerations of one lower-case sentence end, found lazily: at each of
    _END_CHARS, at a line break before a digit, where one of _END_PATTERNS matches (as
    finditer finds them), at a full stop and before a spaced dash.

    `words` holds every lower-case word of `low`. An enumeration reads up to the first end
    after its cue only, so the ends are looked for from there, not over the whole sentence.
    `text` is `low` as written (the same length): a spaced dash between two capitalised
    words joins a name ("the Kars – Nakhchivan railway"), it ends nothing."""

    __slots__ = ("_phrases", "low", "text", "words")

    def __init__(self, low: str, words: frozenset[str], text: str | None = None) -> None:
        self.low = low
        self.words = words
        self.text = text
        self._phrases: list[int] | None = None  # the starts of the last pattern's matches

    def first(self, start: int, limit: int) -> int:
        """The first end at or after `start`, or `limit` when there is none before it."""
        low = self.low
        best = limit
        for char in _END_CHARS:
            at = low.find(char, start, best)
            if at >= 0:
                best = at
        at = low.find("\n", start, best)
        while at >= 0:
            if low[at + 1 : at + 2].isdigit():
                best = at
                break
            at = low.find("\n", at + 1, best)
        # Each match of the first three patterns holds one comma or one " and ", the one it
        # opens with: no match that starts before `start` hides one after it from finditer.
        # Each is looked for from its first comma (the first two) or " and " (the third) and
        # not at all when none stands before `best`, where a match would end nothing sooner.
        # (each search written out: a zip of the patterns and their starts is a call, a tuple
        # for each pair and an iterator's steps)
        comma = low.find(",", start, best)
        conjunction = low.find(" and ", start, best + 4)
        if comma >= 0:
            if (match := _END_CLAUSE.search(low, comma)) is not None and match.start() < best:
                best = match.start()
            if (match := _AND_CLAUSE.search(low, comma)) is not None and match.start() < best:
                best = match.start()
        if (
            conjunction >= 0
            and (match := _NEW_CLAUSE.search(low, conjunction)) is not None
            and match.start() < best
        ):
            best = match.start()
        text = self.text
        if text is not None and ", and " in low[start:best]:
            for match in _AND_NAMED_SUBJECT.finditer(low, start, best):
                subject = low.find("and", match.start()) + 4
                if text[subject : subject + 1].isupper():
                    best = match.start()
                    break
        phrases = self._phrases
        if phrases is None and self._phrase_between(start, best):
            self._phrases = phrases = self._phrase_starts()
        if phrases is not None:
            after = bisect_left(phrases, start)
            if after < len(phrases) and phrases[after] < best:
                best = phrases[after]
        at = low.find(".", start, best)
        while at >= 0:
            # A full stop, not the dot of "u.s.", an initial or an abbreviation.
            after_dot = low[at + 1 : at + 2]
            if (
                (after_dot == "" or after_dot.isspace())
                and not (at >= 2 and low[at - 1].isalpha() and low[at - 2] in ". ")
                and low[max(0, at - 6) : at].rsplit(" ", 1)[-1] not in ABBREVIATIONS
            ):
                best = at
                break
            at = low.find(".", at + 1, best)
        for dash in "—–":
            # " – " between clauses ends before its blank
            at = low.find(dash, start + 1, best + 1)
            while at >= 0:
                if (
                    low[at - 1].isspace()
                    and low[at + 1 : at + 2].isspace()
                    and not self._joins_names(at)
                ):
                    best = at - 1
                    break
                at = low.find(dash, at + 1, best + 1)
        return best

    def _joins_names(self, at: int) -> bool:
        """Whether the spaced dash at `at` stands between two capitalised words ("Baku –
        Tbilisi"): part of a name."""
        text = self.text
        if text is None or not text[at + 2 : at + 3].isupper():
            return False
        before = text.rfind(" ", 0, at - 1) + 1
        return before < at - 1 and text[before].isupper()

    def _phrase_between(self, start: int, end: int) -> bool:
        """Whether the last end pattern matches at one of its starts from `start` to before
        `end`. Each match finditer finds is one of those, so where none matches there, none
        it finds stands there; where one does, it may stand inside a match that finditer
        found before `start`, and _phrase_starts reads them all."""
        low = self.low
        for word in self.words & _END_PHRASE_WORDS:
            probe = _END_PHRASE_PROBES[word]
            stop = end + len(probe) - 1  # (a probe that starts before `end`)
            at = low.find(probe, start, stop)
            while at >= 0:
                if _END_PHRASE.match(low, at) is not None:
                    return True
                at = low.find(probe, at + 1, stop)
        return False

    def _phrase_starts(self) -> list[int]:
        """The starts of the matches of the last end pattern, as finditer finds them: each
        opens with a blank, a word of _END_PHRASE_WORDS and a blank (or another blank space
        after "amounted" and "stood"), tried only there."""
        low = self.low
        starts = []
        for word in self.words & _END_PHRASE_WORDS:
            probe = _END_PHRASE_PROBES[word]
            at = low.find(probe)
            while at >= 0:
                starts.append(at)
                at = low.find(probe, at + 1)
        starts.sort()
        return [match.start() for match in matches_at(_END_PHRASE, low, starts)]


_LEAD: Final = re.compile(
    # ("new energy" is a field of its own, as in "new energy vehicles"; "New" before a
    # capitalised word opens a name: "the New Growth Policy")
    r"^(?:the|a|an|and|also|in|on|of|more|further|new(?!\s+energy\b)(?-i:(?<!N..)|(?![ ][A-Z]))|"
    r"its|their|our|his|her|every|each|"
    r"including|"
    # "issues of X", "issues related to X"
    r"issues\s+(?:of|related\s+to|relating\s+to)|"
    r"(?:upgrading|modernizing|modernising|constructing|building|developing|expanding|"
    r"improving)(?=\s+(?:the|a|an|its|their|our|new)\b)|"
    # "(discussed) by phone on Monday the expansion of X": how and when, before what
    r"by\s+(?:phone|telephone|video\s+link|videoconference)(?:\s+on\s+[a-z]+)?|"
    # "(agreed on the following:) 2. to implement a project for X": what is to be done to
    # the thing, before it
    rf"to\s+(?:jointly\s+)?{_AND_TO_VERBS}(?=\s+(?:the|an?)\s)|"
    # "(discussed) with A B the organisation of X", "with his counterpart the X": with whom,
    # before what
    r"with(?:\s+(?-i:[A-Z])[\w'’-]*){1,4}(?=\s+the\s)|"
    r"with\s+(?:his|her|their)\s+(?:[a-z]+\s+)?counterparts?(?=\s+the\s)|"
    # "(the project will rebuild X and) introduce a dispatch system", "(to improve billing
    # and) reduce non-revenue water": a verb only, before what it acts on
    r"(?:introduce|install|reduce|rebuild|construct|modernise|modernize|improve|create)"
    r"(?=\s+[a-z])(?!\s+(?:of|and|or)\b)|"
    r"matters\s+(?:of|related\s+to|relating\s+to)|prospects\s+(?:for|of)|"
    # "the ratification of the agreement on X": what the agreement is on
    r"ratification\s+of(?=\s+(?:the\s+)?(?:agreement|treaty|convention|protocol)s?\b)|co-?operation\s+(?:in|on)|further\s+cooperation\s+in|"
    # "cooperation between A and the B region in the glass industry": the field, not who
    r"cooperation\s+between\s+[^,;]{1,60}?\s+in(?=\s+(?:the\s+)?(?-i:[a-z]))"
    r"(?!\s+(?:the\s+)?(?:region|country|world|both|two|all|recent|this|that)\b)"
    # ("cooperation between universities and the participation of firms in the city's
    # parks": two items, the second one's "in")
    r"(?!\s+the\s+[\w-]+['’]s\s)|"
    # "in various fields, particularly the economy", "a number of regional issues"
    r"particularly|especially|notably|mainly|mostly|primarily|namely|particular|"
    # "discussed on Tuesday the transport of gas": when, before what
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
    # "Last year trade turnover reached X": when, before what
    r"(?:last|this|next)\s+(?:year|month|week)(?:['’]s)?(?=\s)|"
    r"(?:a\s+)?(?:number|series|host|variety)\s+of|"
    # "(attempts to destabilise X, including) through hybrid threats": by what means
    r"through(?=\s+(?!(?:the|which|whom)\b)(?-i:[a-z]))|"
    # "(cooperation in) such areas as energy, ..."
    r"such\s+(?:areas|fields|sectors|spheres|industries)\s+as)\s+",
    re.I,
)
# The words _LEAD can start with (keep in step; tests/test_parser_topics.py checks it): an
# item whose (ASCII) first word is none of them is not tried.
_LEAD_WORDS: Final = words_of(
    """
    a also an and building co constructing cooperation developing each especially every
    expanding friday further her his host improving in including issues its mainly matters
    modernising modernizing monday more mostly namely new notably number of on our particular
    particularly primarily prospects saturday series such sunday the their thursday today tuesday
    upgrading variety wednesday yesterday last this next ratification introduce install reduce
    rebuild construct modernise modernize improve create by with to through
    """
)
# Heads of named projects, in the order the pattern tries them ("_" joins a two-word head).
_HEAD_LIST: Final = """
    Route Corridor Initiative Declaration Agreement Cable Gateway Road Railway Pipeline
    Programme Program Strategy Mechanism Seaport Port Canal Highway Bridge Project Plan Zone
    Hub Format Platform System Business_Council railway pipeline mechanism corridor highway
    crossing cable strategy programme ministerial_meeting power_plant refinery seaport project
"""
_HEADS: Final = tuple(head.replace("_", " ") for head in _HEAD_LIST.split())
_HEAD_WORD: Final = re.compile(rf"\b(?=[A-Za-z])(?:{'|'.join(_HEADS)})\b")
# Where a head can start in a lower-case text: the first word of each.
_HEAD_FIRST_WORDS: Final = frozenset(head.split()[0].lower() for head in _HEADS)
_CAPITAL_WORD: Final = re.compile(rf"[{UPPER}][\w’'+-]*(?:[-–][{UPPER}][\w’'-]*)*")
_LOWER_WORD: Final = re.compile(r"[a-z][\w-]*")
_CONNECTOR_WORDS: Final = frozenset(["and", "of", "for", "the"])
_NAME_DASHES: Final = frozenset(["–", "—"])
_COMPOUND_HEADS: Final = words_of(
    "railway pipeline mechanism route corridor highway road bridge link crossing cable line"
)
# (A capital with no word character before it: the lookbehind after the capital is the "\b"
# before it, so the pattern opens with a character class and is tried at capitals only.)
_COMPOUND: Final = re.compile(
    rf"(?:[{UPPER}](?<!\w.)[\w]+[-–][{UPPER}][\w\-–]*)(?:\s+[a-z][\w-]+){{0,2}}\s+"
    rf"(?:{'|'.join(sorted(_COMPOUND_HEADS))})\b"
)
_BAD_WORDS: Final = words_of(
    "said noted reported stressed is are was were has have had will would he she they we it "
    "that him her them us his "
    # A relative clause's start ("the total cost of which", "which Russian investors") and
    # a reporting verb ("welcomed the initiative") are never part of a subject.
    "which who whose whom welcomed thanked praised expressed emphasized emphasised added"
)
# An item opening with these is a fragment of a clause ("at Russian universities", "than 120
# projects", "about 4"), not a subject.
_BAD_FIRST_WORDS: Final = words_of(
    "at than about from by into within among across to via between "
    "could should can may must might"  # "(A and B and) could jointly promote X": a clause
    " initially"  # "(flights in March,) initially twice a week": how often, not what
    " when while whereas"  # "(a package discussed) when the leaders met": a clause
    " since until"  # "(a project discussed) since the 1970s": how long, not what
    " currently"  # "(grants for students,) currently about 2,300": how many now, not what
)
# A news outlet's verb after its name ("X reports", "Y writes").
_REPORTING_VERBS: Final = words_of("reports writes informs")
# What follows a past-tense verb that opens an item ("showed the depth of X"): its object.
_CLAUSE_OBJECT_LEADS: Final = words_of("the a an that its their his her our")
# An item ending with these lost its head noun ("topical issues of bilateral").
_VISIT_WORDS: Final = words_of("visit tour")  # as a verb before the place: no topic
# Verbs opening a clause on a figure after a list ("covering 99% of exports"): no subject.
_SHARE_CLAUSE_VERBS: Final = words_of(
    "covering accounting amounting representing totalling totaling reaching exceeding"
)
_BAD_LAST_WORDS: Final = words_of(
    "within among between across bilateral trilateral mutual multilateral joint new "
    # "(17) intergovernmental (and interagency agreements)": a kind of document, its head cut
    "intergovernmental interagency inter-agency interdepartmental interministerial "
    "being"  # "the efforts being (made)": a clause cut before its verb
    " begin begins"  # "(days before talks on) its future begin (in X)": a clause's verb
)
# A sentence adverb that opens a list's first item ("Later, X was discussed"): when, not what.
_SENTENCE_ADVERBS: Final = words_of(
    "later earlier meanwhile subsequently afterwards thereafter moreover furthermore "
    "additionally however besides"
)
# An item opening with these is a clause on the item before ("the X Council, due to be held
# in May") or the occasion of the talks ("on the sidelines of the forum"), not a subject.
_CLAUSE_LEADS: Final = (
    "due to ",
    "scheduled ",
    "slated ",
    "expected to ",
    "set to be ",
    "sidelines of ",
    "margins of ",
    "behalf of ",
    "eve of ",
    "occasion of ",
    # "(on Nov. 5,) the first day of the X leader's visit": when, an aside after a date
    "first day of ",
    "second day of ",
    "third day of ",
    "last day of ",
    "final day of ",
)
# "this figure", "these issues": a word that points back to what was named before.
_DEMONSTRATIVES: Final = words_of("this that these those")

_WH_WORDS: Final = words_of("what which who whom whether")
_PRONOUNS: Final = _DEMONSTRATIVES | words_of("it them")
_PRONOUN_AFTER: Final = words_of("at in on during with by after before when while")
_TIME_UNITS: Final = words_of("day days week weeks month months year years")
_NUMBER_WORDS: Final = frozenset(UNITS) | frozenset(TENS)
_PER_UNIT: Final = words_of("a per each every") | _NUMBER_WORDS
_SIDES: Final = ("north", "south", "east", "west", "centre", "center")
_MAX_WORDS: Final = 12
_MIN_COUNTRY_LIST: Final = 3  # items of one list that are countries: the list names who
_SHARE_IN: Final = re.compile(r"^share\s+(?:in|of)\s+")
_PERIOD: Final = rf"{MONTH}(?:\s*[-–]\s*{MONTH})?(?:\s+\d{{4}})?"
# The verbs of a figure's change that _SUBJECT ends with: a sentence with none of them as a
# word is not tried.
_SUBJECT_VERBS: Final = words_of(
    "reached rose grew increased amounted totaled totalled stood exceeded fell dropped "
    "declined decreased edged climbed jumped surged doubled"
)
_SUBJECT: Final = re.compile(
    # "KAZINFORM – X's output rose": after an agency's dateline; "X, which accounts for
    # half of Y, rose": X.
    # "In January-October, X rose", "X in January-October rose": X.
    rf"^(?:[{UPPER}]{{2,}}[{UPPER}.]*\s+[–—-]\s+)?"
    rf"(?:In\s+{_PERIOD},\s+)?"
    r"(?:It\s+was\s+(?:also\s+)?(?:noted|reported|stated|said)\s+that\s+)?"
    # "According to him, trade turnover grew": whose word, then the subject
    r"(?:According\s+to\s+[^,]{1,80},\s+)?"
    rf"(?:[{UPPER}][\w’'-]*(?:’s|'s)\s+)?(?P<np>[\w’' -]{{3,70}}?)(?:\s+in\s+{_PERIOD})?"
    r"(?:,\s+which\s+[^,;]{1,80},)?\s+(?:has\s+|have\s+)?"
    rf"(?:{'|'.join(sorted(_SUBJECT_VERBS))})\b"
)
# "Mining and quarrying attracted almost half of the inflow, while manufacturing received $3.9
# billion": the fields a breakdown opens its clauses with (in a brief that names people too).
# Opening a sentence, "received" and "attracted" need a share after them ("The embassy
# received 300 visa requests", "The hospital received $2 million": who got it, no field).
_SHARE_SUBJECT: Final = re.compile(
    r"(?:^|(?P<while>,\s+while\s+)|;\s+)"
    r"(?P<np>[A-Za-z][a-z-]+(?:\s+(?:and\s+)?[a-z][a-z-]+){0,4}?)"
    r"\s+(?:accounted\s+for|made\s+up|(?:attracted|received)(?(while)|(?=\s+(?:(?:almost|"
    r"nearly|about|around|over|more\s+than|less\s+than|some)\s+)?(?:(?:half|a\s+third|"
    r"a\s+quarter|two(?:-|\s+)thirds)\s+of|the\s+(?:largest|biggest)\s+share|the\s+bulk\s+of|"
    r"[\d.,]+\s*(?:%|percent\b|per\s+cent\b)))))\s+"
    r"(?=(?:almost|nearly|about|around|over|more\s+than|less\s+than|some|half|a\s+third|"
    r"a\s+quarter|two-thirds|the\s+(?:largest|biggest|bulk)|[\d$€£¥]))"
)
# _SHARE_SUBJECT needs one of these.
_SHARE_VERB_WORDS: Final = words_of("accounted attracted received made")
# Its verbs but "made", which is one only before "up" ("made up"; not "progress made in"): a
# sentence with "made" alone is not tried (a try at its start is the costly one).
_SHARE_TAKE_WORDS: Final = words_of("accounted attracted received")
# Who takes a share, not a field: "The bank received $5 million".
_SHARE_ACTORS: Final = words_of(
    "he she it they we company companies bank banks government ministry fund country countries "
    "region regions city side state budget investor investors firm firms enterprise project "
    "projects programme program"
)
# The goods that flow, whose rise or fall a sentence opens with ("copper exports jumped").
_FLOWS: Final = (
    " exports",
    " imports",
    " output",
    " production",
    " shipments",
    " supplies",
    " turnover",
)
_FLOW_WORDS: Final = frozenset(word.strip() for word in _FLOWS) | words_of(
    "inflow inflows outflow outflows"
)
# "the nuclear energy and shipbuilding sectors": two sectors, each named by its modifier.
_AREA_HEADS: Final = words_of(
    "sector sectors industry industries field fields sphere spheres area areas"
)
_DETERMINERS: Final = frozenset(["the", "a", "an", "in", "of", "on", "for", "its", "their"])
# Nouns that two modifiers joined by "and" share: "oil and gas sector".
_SHARED_HEADS: Final = words_of(
    "sector sectors industry industries field fields sphere spheres area areas complex "
    "power energy projects plants plant companies enterprises products supplies exports "
    "imports markets cooperation trade resources center centre centers centres hub hubs "
    "park parks zone zones services deposits reserves goods agenda matters terminal terminals "
    "link links pillar pillars"
)
_STORAGE_WORDS: Final = words_of("storage utilisation utilization use")
# The heads of a named site whose two kinds share them ("the X copper and gold project").
_NAMED_SHARED_HEADS: Final = words_of("project projects field fields mine mines deposit deposits")
_AND_THE_ACTION: Final = re.compile(r" and the (?:[a-z]+(?:ion|ment)|reforms?) of ")
_AND_THE_FIRST: Final = re.compile(
    r"^(?:the )?[a-z]+ (?:in|of) (?:the )?\S+ and the [a-z]+ (?:against|of) "
)
# "the Pacific Alliance and the APEC, and C": two names, each with its own article
_AND_THE_NAMES: Final = re.compile(
    rf"(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*)*\s+and\s+the\s+"
    rf"[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*)*"
)
_ACTION_OF: Final = re.compile(r"the [a-z]+(?:ion|ment|ly|ing|se) of ")  # "the supply of"
_FIGHT_AGAINST: Final = re.compile(
    r"(?:the\s+)?(?:(?:fight|struggle|combat)\s+against|countering|combating|combatting)\s"
)
_AND: Final = re.compile(r"\s+and\s+(?:in\s+|on\s+|to\s+|for\s+)?")  # "attention to A and to B"


def _and_starts(text: str) -> list[int]:
    """The positions, in order, where a match of _AND in `text` can start: the first of the
    blanks before each "and" that has a blank on either side (a search tries every one)."""
    starts: list[int] = []
    at = text.find("and")
    while at >= 0:
        if text[at - 1 : at].isspace() and text[at + 3 : at + 4].isspace():
            start = at - 1
            while start > 0 and text[start - 1].isspace():
                start -= 1
            starts.append(start)
        at = text.find("and", at + 3)
    return starts


_BETWEEN_COUNT: Final = re.compile(
    r"\bbetween\s+(?:(?:the\s+)?(?:both|two|three|four|five)\s+[a-z]+|"
    # "a link between their power grids and a joint pipeline": both parties in one phrase
    r"(?:their|our)\s+(?:[a-z-]+\s+)?[a-z]+s)$",
    re.I,
)
_STOP: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "its",
        "their",
        "our",
        "this",
        "that",
    ]
)
_ROLES: Final = frozenset(["role", "roles"])
_AGENDA_OWNERS: Final = words_of("the our their bilateral joint common shared a an")
# "a four-point agenda", "a 10-item agenda": how many items it has, none of them named
_AGENDA_SIZE: Final = re.compile(r"[a-z\d]+-(?:point|item)")
# "a project estimated at up to $2.5 billion", "a project worth 40 billion tenge": a project
# named by its cost alone (_only_amount reads the rest)
_PRICED_PROJECT: Final = re.compile(
    r"(?:[a-z-]+\s+)?projects?\s+(?:estimated\s+at|worth|valued\s+at|costing)\s+"
)
# A clause or a noun that only prices what is named: "estimated at $5bn", "financing of
# $30 million" (_only_amount reads the rest)
_PRICE_ONLY: Final = re.compile(
    r"(?:(?:estimated|valued)\s+at|worth|costing|(?:financing|funding|investments?|loans?|"
    r"credits?)\s+(?:of|worth|totall?ing))\s+"
)
_AMOUNT_WORDS: Final = words_of(
    "up to about around some over nearly almost more than roughly approximately million "
    "billion trillion thousand mln bln bn m"
)
# "elevating bilateral relations", "the upgrading of ties": the relationship raised to a level
# named after it, no subject of the talks
# "the first official visit to X", "a two-day visit by the Y", "the visit of the Z": a
# visit ("the visit of a business delegation", a group not named, is what it is about)
_A_VISIT: Final = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|this|next|first|second|third|last|latest|upcoming|"
    r"forthcoming|recent|official|state|working|planned|historic|return|reciprocal|"
    r"[a-z]+-day)\s+)*visits?\s+(?:of|to|by)\s+(?!up\s+to\b|\d|an?\s)"
)
# "the results of the session", "the outcomes of their talks": an event's unnamed results
_EVENT_RESULTS: Final = re.compile(
    r"(?:the\s+)?(?:results?|outcomes?)\s+of\s+(?:the|this|their|its|these)\s+(?:[a-z-]+\s+)?"
    r"(?:session|sessions|meeting|meetings|talks|visit|negotiations|consultations|discussions|"
    r"summit|forum|conference|sitting)"
)
_RESULT_LEADS: Final = ("the result", "the outcome", "result", "outcome")
_RELATIONS_RAISED: Final = re.compile(
    r"(?:elevating|upgrading|raising|elevation\s+of|upgrading\s+of|upgrade\s+of)\s+"
    r"(?:the\s+)?(?:bilateral\s+|two\s+countries(?:’|')\s+)?(?:relations|ties|relationship)"
    r"(?:\s+to\s+.+)?"
)
# The cues that single out part of a list ("mostly in A and B"), and a clause of where people
# are employed or study that ends just before one
_EMPHASIS_CUES: Final = ("mainly ", "mostly ", "primarily ", "particularly ", "especially ")
_OCCUPIED_BEFORE: Final = re.compile(
    r"\b(?:employed|studying|enrolled|trained|training)\b[^,;:.]*,\s+$"
)
# ("New Alba's", "South Arcadia's": a possessor of two capitalised words)
_POSSESSOR: Final = re.compile(rf"^(?:[{UPPER}][\w’'-]*\s+)?[{UPPER}][\w’'-]*(?:’s|'s)\s+")
# "the Pacific Islands Forum's plans for X": a possessor of several capitalised words
# "Alba's digital infrastructure": a name's possessive before a lower-case word
_POSSESSED_AT: Final = re.compile(
    rf"(?:[{UPPER}][\w-]*\s+){{0,2}}[{UPPER}][\w-]*(?:’s|'s)\s+(?=[a-z])"
)
_NAME_POSSESSOR: Final = re.compile(
    rf"^(?:[{UPPER}][\w’'-]*\s+){{1,3}}[{UPPER}][\w’'-]*(?:’s|'s)\s+"
)
_VAGUE_LEAD: Final = re.compile(
    r"^(?:(?:a\s+|the\s+)?(?:wide|broad|whole|full|entire)\s+(?:range|gamut|spectrum)\s+of|"
    r"(?:the\s+)?preparations\s+for(?:\s+the)?(?:\s+next)?|"
    # "the agenda of the upcoming X Summit": the summit is the subject
    r"(?:the\s+)?agenda\s+of(?:\s+the)?(?:\s+(?:upcoming|forthcoming|next))?|"
    r"(?:the\s+)?implementation\s+of(?:\s+the)?|progress\s+(?:on|in)(?:\s+the)?|"
    # "various aspects of cooperation": which parts, of what is named after
    r"(?:(?:various|all|different|many|several|the)\s+)?aspects\s+of(?:\s+the)?|"
    r"projects\s+in(?:\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of)?|"
    # "Priority issues of expanding cooperation in (industry, energy and X) were considered"
    r"(?:(?:priority|key|main|topical|pressing|current)\s+)?issues\s+of\s+"
    r"(?:(?:expanding|developing|strengthening|deepening|further)\s+)*"
    r"(?:cooperation|interaction)\s+in)\s+",
    re.I,
)
# The words _VAGUE_LEAD can start with (keep in step; tests/test_parser_topics.py checks it).
_VAGUE_LEAD_WORDS: Final = words_of(
    "a the wide broad whole full entire preparations agenda implementation progress projects "
    "various all different many several aspects priority key main topical pressing current issues"
)
# The leads cut after a possessor: a vague head, then an article.
_LATER_LEADS: Final = (
    (_VAGUE_LEAD, _VAGUE_LEAD_WORDS),
    (LEADING_ARTICLE, frozenset(["the", "a", "an"])),
)
# "... in its power generation", "... in the Pavlodar region", "... in Kyrgyzstan", "... in
# both countries": where the subject stands, not the subject.
_TRAILING_IN: Final = re.compile(
    rf"\s+in\s+(?:(?:its|their|our|his|her)\s+[\w\s’'-]+|the\s+(?:region|country|world)|"
    # "in the country's southern regions": where, as "in its regions" is
    r"the\s+country(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}(?:regions?|provinces?|areas|districts?)|"
    r"(?:both|the\s+two|the\s+three|all)\s+countries|"
    rf"the\s+[{UPPER}][\w’'-]+\s+(?:region|province|oblast|district)|"
    # "(companies) in the regions of X": where
    rf"the\s+(?:[a-z-]+\s+)?(?:regions|provinces|districts|cities)\s+of\s+[{UPPER}][\w’'-]+|"
    # ("in the Kyrgyz Republic", "in the Republic of Korea": a country's name of several words)
    rf"(?P<name>(?:the\s+)?[{UPPER}][\w’'-]+(?:\s+(?:of\s+)?[{UPPER}][\w’'-]+){{0,2}}))$"
)
# "... near the capital", "... near Harbourton": where a project lies, not what it is.
_TRAILING_NEAR: Final = re.compile(
    rf"\s+near\s+(?:the\s+(?:capital|city|coast|border)|[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+)?)$"
)
# "... in October", "... in March 2025", "... next May", "... last year", "(cooperation in
# tourism) through 2030": when, not what.
_TRAILING_TIME: Final = re.compile(
    rf"\s+(?:in\s+{MONTH}(?:\s+\d{{4}})?|(?:in|until|till|through)\s+(?:19|20)\d\d|"
    rf"(?:next|last|this)\s+(?:{MONTH}|year|month|week|spring|summer|autumn|fall|winter)|"
    r"earlier|recently|in\s+recent\s+(?:days|weeks|months|years)|"
    # "(an agreement on fisheries) on May 4": the day it was signed
    rf"on\s+(?:{MONTH}\.?\s+{DAY}|{DAY}\s+{MONTH})(?:,?\s+(?:19|20)\d\d)?|"
    # "(has supported farming in X) for almost two decades": how long, not what
    r"for\s+(?:(?:almost|nearly|about|some|over|more\s+than|at\s+least)\s+)?"
    rf"(?:(?:\d+|{_NUMBER_WORD}|several|many|a\s+few)\s+)?(?:years|months|decades)|"
    # "(sign a memorandum on) the zone by January next year": the deadline goes
    rf"(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:{MONTH}(?:\s+\d{{4}})?|(?:19|20)\d\d|"
    r"(?:next|this)\s+(?:year|month|week))(?:\s+(?:next|this)\s+year)?|"
    # "investments over the next five years", "the volume of two years ago": when
    rf"(?:over|for|in|during|within)\s+the\s+(?:next|coming|past|last)\s+(?:(?:\d+|{_NUMBER_WORD}|"
    r"few|several)\s+)?(?:years?|months?|decades?)|"
    rf"(?:of\s+)?(?:\d+|{_NUMBER_WORD}|a|several|a\s+few)\s+(?:years?|months?|decades?)\s+ago)$"
)
# "at the upcoming committee meeting", "during the next session": the event where
_AT_NEXT_EVENT: Final = re.compile(
    r"\s+(?:at|during)\s+the\s+(?:upcoming|next|forthcoming|coming)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:meeting|session|summit|sitting)$"
)
_NEXT_EVENTS: Final = (" meeting", " session", " summit", " sitting")
# The last words _TRAILING_TIME can end with but a year's digits (checked apart).
_TIME_LAST_WORDS: Final = MONTH_WORDS | words_of(
    "year month week earlier recently years months decades decade ago spring summer autumn fall "
    "days weeks "
    "winter"
)
_DURATION_UNITS: Final = (" days", " weeks", " months", " years", " day", " week", " month")
_STAY_AFTER: Final = re.compile(
    r"\s+for\s+(?:(?:stays|visits|periods|a\s+period|a\s+stay|a\s+term)\s+of\s+)?"
    r"(?:up\s+to\s+|about\s+|around\s+|over\s+|at\s+least\s+)?\d+\s+"
    r"(?:days?|weeks?|months?|years?)$"
)
_TO_COUNTRY: Final = re.compile(rf"\s+(?:to|into)\s+([{UPPER}][\w’'-]+)$")
# "Gross inflow of foreign direct investment (into X) reached": a flow of what follows
_FLOW_OF: Final = re.compile(
    r"(?:[A-Za-z]+\s+)?(?:inflows?|outflows?|exports|imports|supplies)\s+of\s"
)
# "grain and meat to Kuwait", "dairy products to the Chinese market": where goods go, after
# them (a country's name of up to three words, or a market named by its adjective)
_GOODS_WHITHER: Final = re.compile(
    rf"\s+(?:to|into)\s+(?:the\s+)?(?P<name>[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+){{0,2}})"
    r"(?P<market>\s+markets?)?$"
)
# What leads to a place by its nature: the place is part of it ("access to the EU market").
_ROUTE_HEADS: Final = words_of(
    "access entry route routes corridor corridors road roads railway railways flights flight "
    "way path gateway exit outlet outlets transit connection connections link links trip "
    "visit visits travel delegation mission missions line lines pipeline pipelines"
)
# "long-term investments in X's agriculture": the field of a country's economy where the
# money goes, with the country's possessive before it
_INVESTED_IN_WHOSE: Final = re.compile(
    rf"^(?:[\w-]+\s+){{0,2}}(?:investments?|projects)\s+in\s+(?P<name>[{UPPER}][\w-]*)(?:’s|'s)\s+"
    r"(?=[a-z])"
)
_FOR_COUNTRIES: Final = re.compile(
    r"\s+(for|between|of)\s+(?:both|the\s+two|the\s+three)\s+countries$", re.I
)
# What an amount leads: a length or weight of something, a sum (of investment) in something.
_PLACE_SUBJECTS: Final = words_of(
    "war conflict crisis settlement situation developments peace ceasefire cease-fire truce"
)
_AMOUNT_LEAD: Final = re.compile(
    r"(?:\d[\d,.]*\s*(?:(?:thousand|million|billion|mln|bln)\s+)?(?:km|kilometres|kilometers|"
    r"miles|tonnes|tons|hectares|cubic\s+met(?:re|er)s|GW|MW|gigawatts|megawatts)\s+of|"
    r"(?:[$€£¥₸]\d[\d,.]*\s*(?:million|billion|trillion|thousand|mln|bln|bn)?|"
    # a code's sum: "USD 5 million", "USD5 billion" (not "COP29 climate talks": a name's number)
    r"[A-Z]{2,3}(?:\s\d[\d,.]*\s*(?:million|billion|trillion|thousand|mln|bln|bn)?|"
    r"\d[\d,.]*\s*(?:million|billion|trillion|thousand|mln|bln|bn)))"
    r"(?:\s+(?:investments?|loans?|grants?)\s+in(?:to)?)?)\s+(?=[a-z])"
)
# "about", "more than", "up to": how near an amount is (the one list for every amount here)
_APPROX_WORDS: Final = (
    r"(?:about|some|around|over|nearly|almost|roughly|more\s+than|at\s+least|up\s+to)"
)
# What a sum of money opens with: a currency's sign, or its code ("USD", "R", "Rs") and digits.
_MONEY_OPENING: Final = r"(?:[$€£¥₸]|(?:[A-Z]{1,3}|[A-Z][a-z])\$?\s?\d)"
# "about 1,150 km of", "more than $5 million", "some R35-billion": how near an amount
# (_AMOUNT_LEAD, _SUM_ITEM) is
_APPROX_AMOUNT: Final = re.compile(_APPROX_WORDS + r"\s+(?=\d|" + _MONEY_OPENING + ")")
_APPROX_INITIALS: Final = frozenset("asonrmu")
# "a second instalment of up to $75 million", "yearly deliveries of up to 3 billion m3":
# a thing of one or two words named only by its amount, which the figures give (not "supplies
# of up to 400 tonnes of crude oil", which names the goods, nor "a hub with a capacity of ...")
_OF_APPROX_AMOUNT: Final = re.compile(
    r"(?:[\w-]+\s+)?[\w-]+\s+of\s+"
    + _APPROX_WORDS
    + r"\s+(?:[$€£¥₸]\s?|(?:[A-Z]{1,3}|[A-Z][a-z])\$?\s?)?\d[\d,.]*"
    r"(?:\s+(?!of\b)[\w-]+){0,3}"
)
# "a pipeline of USD1-1.5 billion in X", "a loan of $300 million for X": a thing named by
# its sum (a currency's sign or code, a range), then what it is in or for
_THING_OF_SUM: Final = re.compile(
    r"(?P<thing>(?:[\w-]+\s+)?[\w-]+)\s+of\s+(?:" + _APPROX_WORDS + r"\s+)?"
    r"(?:[$€£¥₸]\s?|(?:[A-Z]{1,3}|[A-Z][a-z])\$?\s?)\d[\d,.]*(?:[-–]\d[\d,.]*)?"
    r"(?:\s*(?:million|billion|trillion|thousand|mln|bln|bn)\b)?"
    r"\s+(?P<rest>(?:in|for)\s+\S.*)"
)
# "R35-billion a year (in lost sales)", "a Rs 9.6 billion (smelter)": a sum of
# money in a currency's short code or sign and a magnitude, with how often, if said (after
# how near it is: _APPROX_AMOUNT)
_SUM_ITEM: Final = re.compile(
    r"(?:[$€£¥₸]\s?\d[\d,.]*(?:[\s-]?(?:million|billion|trillion|thousand|mln|bln|bn)\b)?|"
    r"(?:[A-Z]{1,3}|[A-Z][a-z])\$?\s?\d[\d,.]*[\s-]?(?:million|billion|trillion|thousand|"
    r"mln|bln|bn)\b)"
    r"(?:\s+(?:a|per)\s+(?:year|month|week|day|annum)\b.*)?"
)
# "up 35 percent year on year", "down by 4%": a change of a figure, said after it.
_CHANGE_LEAD: Final = re.compile(
    r"(?:up|down)\s+(?:by\s+|from\s+)?(?:about\s+|almost\s+|nearly\s+)?[\d$€£¥]"
)
# What _AMOUNT_LEAD can start with: a digit (checked apart), a currency sign, a code's capital.
_MONEY_INITIALS: Final = frozenset("$€£¥₸ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ORDINALS: Final = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "next",
    "final",
    "initial",
    "new",
)
_STAGE_OF: Final = re.compile(r"\w+\s+(?:stage|phase)\s+of\s+(?:the\s+)?")
# "the 10th meeting of the Joint Commission", "the next round of consultations": an event.
_EVENT_OF: Final = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|next|regular|last|upcoming)\s+"
    r"(?:meeting|session|round|sitting|edition)\s+of\b|"
    # "addressed the general debate of the Assembly": where one spoke, not what about
    r"(?:general|plenary|opening|closing)\s+(?:debate|session)\b"
)
# The words _EVENT_OF can start with but a number's digits (keep in step; tests check it).
_EVENT_FIRST_WORDS: Final = words_of(
    "first second third next regular last upcoming general plenary opening closing"
)
_ORGANISATION_HEADS: Final = words_of(
    "Organization Organisation Bank Agency Chamber Fund Association Union Ministry Commission "
    "Company Corporation Authority Foundation Committee JSC LLC Group Holding"
)
_LEADING_THE: Final = re.compile(r"^the\s+", re.I)
_AGENDA_OF: Final = ("the agenda of the ", "The agenda of the ", "agenda of the ")
_INSTRUMENT_FUND: Final = re.compile(r"\s(?:Cooperation|Trust|Climate)\s+Fund$")
# "a roundtable with 9 fishing (and shipping firms)", "a round table at the X
# Confederation": a gathering named by who came or where, no subject of its own
_EVENT_WITH: Final = re.compile(
    # ("took part in a meeting with business leaders": an event and who came, too)
    r"(?:[\w-]+\s+){0,2}?(?:round\s?table|round-table|seminar|briefing|workshop|meeting)s?"
    r"\s+(?:with|at)\s"
)
_HELD_EVENTS: Final = ("meeting of ", "session of ", "summit of ", "sitting of ")
_EVENT_WORDS: Final = words_of(
    "ceremony ceremonies celebration celebrations reception festivities anniversary"
)
_POSSESSIVES: Final = frozenset(["its", "their", "his", "her", "our"])
_MAGNITUDES: Final = words_of("million billion trillion thousand mln bln bn")
_AMOUNT_START: Final = re.compile(
    r"(?:(?:some|about|around|over|nearly|almost|roughly)\s+(?:a\s+|one\s+)?)?"
    r"(?:half|thirds?|quarters?|fifths?|tenths?|\d[\d,.]*%?)\b"
)
_AMOUNT_INITIALS: Final = frozenset("htqfsaonr")  # the first letters of _AMOUNT_START's words
# "eight intergovernmental agreements": a count of documents, whose subjects are named apart
_COUNTED_DOCUMENTS: Final = re.compile(
    r"(?:\d+|[a-z]+)\s+(?:[a-z-]+\s+){0,2}(?:agreements|documents|deals|memoranda|memorandums|"
    r"contracts|treaties|protocols|mous|instruments)\b"
)
# The name of a document, not what it is on ("Joint Declaration", "Memorandum of
# understanding", "a plan").
_DOCUMENT: Final = re.compile(
    r"(?:(?:joint|final|intergovernmental|interdepartmental|interagency|inter-agency|"
    r"interministerial|bilateral|trilateral|action)\s+)?"
    r"(?:agreements?|memorand(?:um|a|ums)|protocols?|road\s?maps?|plans?|declarations?|"
    r"statements?|treaty|treaties|conventions?|contracts?|laws?|bills?|"
    # ("a programme of cooperation between the two ministries for 2025-2027")
    r"(?:programmes?|programs?)(?=\s+of\s+cooperation\b))"
    r"(?:\s+of\s+(?:understanding|cooperation|intent))?(?=\s|$)",
    re.I,
)
_DOCUMENT_INITIALS: Final = frozenset("jfibtamprdscl")
_DOCUMENT_ON: Final = re.compile(
    r"(?:^|\s)(?:on|in|for)\s+(?:the\s+(?:development|expansion|implementation)\s+of\s+)?"
    r"(?:(?:cooperation|interaction)\s+(?:in|on)\s+)?"
    r"(?:the\s+(?:fields?|areas?|spheres?)\s+of\s+)?",
    re.I,
)
_YEARS_AFTER: Final = re.compile(
    r"\s+(?:for|in)\s+(?:the\s+)?(?:years\s+)?\d{4}(?:\s*[-–]\s*\d{2,4})?$"
)
# A list line: a bullet, a dash before a blank ("- Agreement on ..."), or a numbered item
# ("1. ...", "2) ...", "3- ...").
_BULLET_LINE: Final = re.compile(
    r"^[ \t]*(?:[•▪·◦‣*]|[-–—](?=[ \t])|(?:\([a-z]\)|\d{1,2}[.)-])(?=[ \t]))[ \t]*", re.M
)
# A bulleted line after the first: a search for it jumps from line break to line break (the
# multi-line "^" of _BULLET_LINE is tried at every position).
_BULLET_AFTER_BREAK: Final = re.compile(
    r"\n[ \t]*(?:[•▪·◦‣*]|[-–—](?=[ \t])|(?:\([a-z]\)|\d{1,2}[.)-])(?=[ \t]))"
)
# "cooperation in the following areas:": the cue is before these words.
_FOLLOWING: Final = re.compile(
    r"\s+the\s+following(?:\s+(?:areas|fields|spheres|sectors|issues|topics|matters|"
    r"priorities|directions|initiatives))?$"
    # "focused on a four-point agenda:": the items below are the agenda's
    r"|\s+an?\s+(?:[a-z\d]+-(?:point|item)\s+)?agenda$",
    re.I,
)
# "The topics included:", "Priority areas are:": what the bullets below are.
_LISTING: Final = re.compile(
    r"\b(?:topics|issues|areas|priorities|subjects|agenda)(?:\s+of\s+[\w\s]{1,30}?)?\s+"
    r"(?:included|include|includes|were|are|covered)$",
    re.I,
)
_BETWEEN_WHOSE: Final = re.compile(
    r"\s+between\s+the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\s+(?:both|the\s+two|the\s+three)"
    r"\s+countries$"
)
# "the price premium of $400 per tonne paid on top of the market price": too long with its
# sum and what follows it, which go (the sum in a currency's sign or code)
_OF_SUM: Final = re.compile(
    r"\s+of\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:[$€£¥₸]|(?:[A-Z]{2,3}|US)\$?\s?)\d"
)
# What keeps the words before the sum: a short noun phrase that is no measure of what comes
# before it ("with an estimated cost of $X", "the target of $X": the sum's, no subject)
_SUM_HOLDER: Final = re.compile(
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?!(?:cost|costs|value|target|volume|amount|total|sum|worth|level|capacity|price|"
    r"prices)\b)[\w'’-]+",
    re.I,
)
_IN_NAMED_ZONE: Final = re.compile(
    rf"\s+in\s+the\s+[{UPPER}][\w’'-]*(?:\s+(?:[–—-]\s+)?[{UPPER}][\w’'-]*)*(?:\s+[a-z-]+){{0,3}}"
    r"\s+(?:zone|region|park|district|province|valley|basin|oblast)$"
)
_LONG_TAIL: Final = re.compile(
    r"\s(?:(?:at|through|under|via|on\sthe\sbasis\sof)\s(?:the|an?)|with\sthe\sparticipation\sof|"
    # "... in the tri-border area with A and B": where
    r"in\sthe\s(?:[\w-]+\s){0,2}(?:area|region|zone|basin)(?=[\s,.]|$))(?:\s.*)?$"
)
_OF_THE_PARTIES: Final = re.compile(
    r"[a-z]+\s+(?:of|between)\s+(?:the\s+)?(?:two|three|both)\s+[a-z]+"
)
_WITH_SUM: Final = re.compile(
    r"(?<=\w)\s+with\s+(?:an?\s+)?(?:" + _APPROX_WORDS + r"\s+)?"
    r"(?:[$€£¥₸]|(?:[A-Z]{1,3}|[A-Z][a-z])\$?\s?\d).*$"
)
_WITH_COUNT: Final = re.compile(rf"\s+with\s+(?:\d|{_NUMBER_WORD}).*$")
_FIELD_WITH_SIZE: Final = re.compile(
    r"\s(?:sector|sectors|industry|industries|field|fields|sphere|spheres)\s+with\s+an?\s"
)
_CAPACITY_AFTER: Final = re.compile(
    r"\s+with\s+an?\s+(?:total\s+|design\s+|authori[sz]ed\s+|charter\s+|initial\s+|annual\s+|"
    r"target\s+)?"
    # ("a joint company with an authorized capital of $100 million", "a centre with an
    # investment of X": its size)
    r"(?:capacity|deadweight|length|area|capital|investment|value|cost|throughput)\s+of\s.*$"
)
# ("agreements" stays: "the implementation of agreements reached" names them as a subject)
_DOCUMENT_WORDS: Final = words_of(
    "memorandum memoranda protocol declaration statement program programme agreement treaty "
    "treaties document documents deal deals"
)
# "developments of common interest": whose interest, after the subject
_OF_INTEREST: Final = re.compile(r"\s+of\s+(?:common|mutual|shared)\s+(?:interest|concern)$")
# Who takes part, never what is discussed ("including heads of regions, ministers and
# business leaders", "addressing the diplomats").
_PEOPLE: Final = words_of(
    "heads ministers leaders officials representatives diplomats delegates participants "
    "businessmen businesspeople entrepreneurs journalists ambassadors envoys deputies "
    "governors mayors executives guests students delegation delegations operators researchers "
    "neighbour neighbours neighbor neighbors"  # "(exports go to) its northern neighbour"
)
# The terms of a loan, not what it pays for.
_LOAN_TERMS: Final = (
    "grace period",
    "maturity",
    "repayment period",
    "interest rate",
    "repayment term",
)
_SEASONS: Final = words_of("winter summer spring autumn fall")
# Nouns that end in "-ed" like a past participle: "the seabed", "infrared", "a watershed".
_ED_NOUNS: Final = (
    "seabed", "riverbed", "lakebed", "seedbed", "hotbed", "testbed", "flatbed", "watershed",
    "woodshed", "infrared", "hundred", "kindred",
)  # fmt: skip
# A whole number of things before what they are: "12 small hydropower plants".
# "150-room (hotel)", "500-bed (hospital)", "100-megawatt (solar plant)": a size before a noun
_SIZE_MODIFIER: Final = re.compile(r"\d[\d,.]*-[a-z]+\s+(?=[a-z])")
_COUNT_LEAD: Final = re.compile(r"\d{1,3}(?:,\d{3})*\s+(?=[a-z])")
_AFTER_COUNTED: Final = re.compile(r"\s(?:of|in|with|for|at|on|to|from|between|across|near)\s")
_COUNT_UNITS: Final = words_of(
    "tonnes tons km kilometres kilometers metres meters hectares years months days weeks hours "
    "percent times people persons units trips flights cars vehicles barrels mw gw kw kwh cubic "
    "square"
)
_COUNTED_HEADS: Final = words_of(
    "projects documents agreements deals contracts memoranda issues areas fields sectors "
    "companies firms enterprises countries meetings"
)
# What a named owner has, named by the owner alone: "the port's facilities".
_OWNED: Final = words_of("facilities capabilities capacities activities operations potential work")
_PLACE_NOUNS: Final = words_of("city town capital village region province district settlement")
# What a deal delivers, counted: "the supply of 60 harvesters".
_DELIVERY_WORDS: Final = words_of(
    "supply supplies delivery deliveries shipment shipments purchase sale"
)
# Where counted goods go: "12 ferries to the province", "9 cranes to the country".
_DESTINATIONS: Final = _PLACE_NOUNS | words_of("country republic")
_CITIZENS: Final = words_of("citizens nationals residents")  # people alone, not as a head
# What follows a noun phrase's head: "students under a programme", "guests from abroad".
_AFTER_HEAD: Final = re.compile(r" (?:under|at|in|from|on|with|to|between) ")
# ("founded", "established", "built": ", founded in 1936,", a clause on the item before)
_DONE_WORDS: Final = words_of(
    "reached signed achieved made concluded adopted agreed announced founded established built"
    " held given taken"  # "(the round of talks,) held in X last month": a clause on the item
)
# What holds the topics the next cue names ("joint projects in the areas of X").
_CAPITAL_OF: Final = re.compile(
    r"(?:(?:the|an?|its|their|authori[sz]ed|charter|initial|share|starting|registered|"
    r"combined|total)\s+)*capital\s+of\s"
)
_LOAN_WORDS: Final = words_of("loan loans grant grants credit credits")
_HOLDER_NOUNS: Final = words_of("projects programs programmes initiatives documents agreements")
_PLACE_AREA_WORDS: Final = "rural|urban|remote|border|mountainous|mountain|coastal|residential"
_PLACE_AREAS: Final = re.compile(
    rf"(\s+in)?\s+(?:the\s+)?(?:{_PLACE_AREA_WORDS})\s+areas$|^(?:{_PLACE_AREA_WORDS})\s+areas$"
)
_BORDER_WORDS: Final = ("border", "frontier")
_MAGNITUDE_LAST: Final = re.compile(r"\s(?:million|billion|trillion)-[a-z]+$", re.I)
_UNDER_DEAL: Final = re.compile(
    rf"(?<=\w)\s+under\s+(?:an?|the|its|their|[{UPPER}][\w-]*(?:’s|'s))\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?i:agreements?|deals?|accords?|treaty|memorandum|plans?|programmes?|programs?|framework|"
    r"schemes?|initiatives?)\b.*$"
)
_SIGNED_AFTER: Final = re.compile(r"\s+signed\s+(?:between|by|in|at|on|earlier|last)\b.*$")
_WHOM_WORDS: Final = ("counterpart", "counterparts", "colleagues", "partners", "hosts", "guests")
# ("with his Sylvanian counterpart X Y in a phone call": with whom, then how)
_WITH_WHOM: Final = re.compile(
    rf"\s+with\s+(?:his|her|their|its|our)\s+(?:[\w-]+\s+)?(?:{'|'.join(_WHOM_WORDS)})\b.*$"
)
_AT_BORDER: Final = re.compile(
    r"\s+(?:on|at|near)\s+the\s+(?:common\s+|shared\s+)?(?:border|frontier)$"
)
_PLACE_ADJECTIVES: Final = frozenset(_PLACE_AREA_WORDS.split("|"))
_PLURAL_HEADS: Final = re.compile(r"\s+(?:sectors|industries|spheres|fields|areas)$")
_TRAILING_PLACE: Final = re.compile(
    r"\s+(?:in|at)\s+the\s+(?:north|south|east|west|centre|center)\w*\s+of\s+.*$"
)
_VAGUE: Final = frozenset(
    """current state|state|prospects|issues|matters|ways|steps|measures|results|progress|
    outcomes|implementation|relations|situation|region|country|countries|sides|parties|
    projects|project|plans|all|other|various|many|several|these|those|both|
    current situation|state of affairs|beyond|elsewhere|others|so on|etc|meeting|meetings|means|
    talks|visit|particular|general|era|such|addition|following|forum|conference|summit|session|
    audience|gathering|common interest|mutual interest|common concern|mutual concern|issue|
    question|matter|topic|topics|this question|this issue|this matter|the issue|figures|data|
    numbers|indicators|efforts|questions|concerns|concern|doubts|objections|quota|quotas|force|
    rate|rates|respectively|
    hopes|cooperation|avenues|possibilities|amounts|amount|negotiations|preparation|preparations|
    contract|contracts|agreeing|situations|figure|counterpart|counterparts|colleagues|
    need|needs|plan|deep|warm|close|friendly|theirs|ours|yours|hers|agenda|
    diverse|numerous|multiple|
    list of products|list of goods|range of products|range of goods|
    pledge|pledges|commitment|commitments|promise|promises|remainder|rest|agreements|
    deepening|expanding|strengthening|developing|enhancing|boosting|broadening|widening|
    work|remaining work|further work
    """.replace("\n", "")
    .replace("    ", "")
    .split("|")
)
# "(speak with X) in the coming days", "(earmarked $5 million for) the first phase": when, or
# which part of something named elsewhere, not what
_WHEN_ONLY: Final = re.compile(
    r"(?:coming|next|following|past|last|recent)\s+(?:few\s+)?(?:days|weeks|months|years)"
    r"|(?:first|second|third|fourth|fifth|next|final|initial|last)\s+(?:phase|stage|tranche)"
)
_PURPOSE_HEADS: Final = (
    "ways",
    "means",
    "steps",
    "measures",
    "possibilities",
    "opportunities",
    "mechanisms",
    "efforts",
)
# ("the means to strengthen them": the object a pronoun, no subject either)
_CUT_PURPOSE: Final = re.compile(
    rf"(?:{'|'.join(_PURPOSE_HEADS)})\s+(?:to|of)\s+\w+(?:\s+(?:them|it|this|these|those))?"
)
_PURPOSE_GROW: Final = re.compile(
    rf"(?:{'|'.join(_PURPOSE_HEADS)})\s+to\s+(?:further\s+)?(?:increase|enhance|boost|expand|"
    r"develop|strengthen|promote|improve|deepen|facilitate|raise|intensify)\s+(?:the\s+)?(?=\w)"
)
_PURPOSE_GROW_IN: Final = re.compile(
    rf"\b(?:{'|'.join(_PURPOSE_HEADS)})\s+to\s+(?:further\s+)?(?:increase|enhance|boost|expand|"
    r"develop|strengthen|promote|improve|deepen|intensify)\s+(?:them|it)\s+in\s+(?=\w)"
)
# A sentence opening with the fields it is about: "In the field of X, the sides ...".
_FRONTED_FIELDS: Final = tuple(
    f"in the {noun} of " for noun in ("field", "fields", "area", "areas", "sphere", "spheres")
)
_FRONTED_FIELD_END: Final = len("in the spheres of ")
# The comma before a clause's subject ("the", "a", "an" or a capitalised name).
_MAIN_CLAUSE: Final = re.compile(r",\s+(?=(?:the|a|an)\s|[A-Z])")
_SECTOR_WORDS: Final = ("sectors", "industries", "fields", "spheres", "areas")
_SECTOR_SET: Final = frozenset(_SECTOR_WORDS)
# Words that name no field alone, only rank one ("key sectors", "priority areas").
_COMPARATIVES: Final = words_of("closer deeper stronger greater broader wider more further")
_BARE_AREAS: Final = words_of("area areas field fields sphere spheres sector sectors directions")
_BARE_MODIFIERS: Final = words_of(
    "key main major promising strategic important priority relevant "
    "traditional new other various certain specific different"  # "in traditional areas such as X"
)
_CUE_WORDS: Final = words_of(
    """
    arrangement arrangements role broaden broadening broadened diversify diversifying diversified
    chapter chapters provisions keep keeping kept negotiate negotiates negotiating negotiated
    extend extends extending extended pushes
    disagree disagrees disagreed disagreement disagreements differences divergences
    production put puts putting venture ventures plant plants factory factories enterprise
    enterprises facility facilities
    priorities facilitate facilitating ease easing improve improving grant granting opening
    attention priority attach attaches attached attaching raised raises issue issues question
    questions reported like want wanted wish briefed informed key main promising major
    companies firms enterprises specialists experts projects investors directed
    redirected channelled channeled finance financing fund funding cover studying increase
    increasing raise raising boost boosting double doubling supplier suppliers exporter
    exporters producer producers experience expertise know-how practices agreed agree plans
    planned planning intends ready decided proposed allocated allocating strategy programme
    program roadmap road plan allocates allocate earmarked earmarking discussed discussing discuss
    discusses touched focused focusing focuses focus covered covering covers reviewed reviewing
    review addressed addressing explored exploring considered exchanged exchange talked spoke
    speaking talking regarding
    concerning including such importance take took participation participate interested
    supports support supported welcomed progress step speed advance expand expanding simplify
    simplifying ensure accelerate
    explore expansion construction development modernization modernisation creation launch
    building upgrade upgrading cooperation cooperate cooperating interacting interaction
    partnership fields field areas area spheres sphere sectors sector talks roadmap memorandum
    memoranda agreement document documents investment investments loan loans credit grant
    negotiations consultations contracts deals contract deal exchanges ties links interest
    centred centered centring centering emphasis meeting meetings conversation dealt dealing
    accord accords protocol protocols relations identified named defined designated
    singled chosen selected strategic reliable important reforms topics combat combating
    factories plants facilities lines strengthen deepen enhance consolidate called calls calling
    push pushed
    pushing decree decrees
    resolution resolutions declaration declarations
    combatting countering counter fight
    grants bring memorandums agreements launch resume go ventures invest invests invested
    investing collaboration collaborate collaborating agenda discussion discussions mainly mostly
    primarily particularly especially notably potential prospects opportunities
    tariffs duties initiative initiatives counterparts asked requested commitment respect
    sides parties call decision decisions consider considering followed million billion mln bln
    suggested
    project provide
    provides provided instrument instruments hope hoped hoping operation operate operating
    across spanning span spans look looks looking looked revolved revolving revolves
    providing envisage envisages
    envisaged envisaging foresee foresees
    legislation import export buy sell willing wishes wants wanted intends hopes seeks
    first second third fourth latter stock shipment consignment cargo convoy batch aid
    establish set tackled tackling tackles tackle buyer buyers importer importers purchaser
    purchasers room scope work works working worked sought seek seeking deals market markets
    commits committed commit bid share
    mission missions forum forums fora delegation delegations annual regular biennial periodic
    assist assists assisted assisting help helps helped helping contribute contributes
    contributed contributing position positions concern concerns worries
    topic subject subjects theme themes letter letters ask asks asking
    activities trainees interns most many half tangible concrete practical specific
    """
)
_NAMED_WORDS: Final = words_of(
    """
    route corridor initiative declaration agreement cable gateway road railway pipeline
    programme program strategy mechanism seaport port canal highway bridge project plan zone
    hub format platform council crossing meeting plant refinery system
    """
)
_LETTERS: Final = re.compile(r"[a-z]+")
_BUILT: Final = (
    "built modernized modernised constructed upgraded expanded launched opened reconstructed "
    "renovated commissioned established created"
)
_BUILT_WORDS: Final = words_of(_BUILT) | {"set"}  # "would be set up"
_TO_BE_BUILT: Final = re.compile(
    rf"\s(?:would|will|to|should)\s+be\s+(?:{'|'.join(_BUILT.split())}|set\s+up)\b"
)
# Words a noun phrase before "would be built" does not reach back over.
_THING_STOPS: Final = words_of(
    "that which two three four five six seven eight nine ten several many all some more new "
    "also it they we is are was were has have had million billion thousand trillion worth "
    "percent similar same such"  # ("a similar group will be set up": one named before)
)
_NAME_WORD: Final = re.compile(r"[\w-]+")
_COUNTRY_PAIR: Final = re.compile(r"[\w.]+-[\w.]+")  # "U.S.-Mexico"
# Every rule of find_topics but the statistics subject and the talks "on"/"about" needs one
# of these words.
# "identified A, B and C as priority sectors": the list named as the priorities.
_AS_PRIORITY: Final = re.compile(
    r"\b(?:identified|identify|identifies|named|designated|defined|chose|chosen|selected|"
    r"singled\s+out|outlined|highlighted)\s+(?P<list>[^.;:“”\"]{3,160}?)\s+as\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?(?:(?:main|key|top|most)\s+)?"
    r"(?:(?:priority|key|main|promising|strategic|core|important)\s+"
    r"(?:sectors|areas|fields|spheres|industries|directions)|priorities)\b"
)
# "make A, B and C new engines of our cooperation", "turn X into a new growth engine of".
_NEW_ENGINES: Final = re.compile(
    r"\b(?:make|makes|making|turn|turns|turning)\s+(?P<list>[^.;:“”\"]{3,120}?)\s+"
    r"(?:into\s+)?(?:an?\s+)?(?:new\s+(?:growth\s+)?|key\s+|main\s+)"
    r"(?:engines?|drivers?|highlights?|growth\s+points?|pillars?)\s+(?:of|for|in)\b"
)
# "X said natural gas cooperation is the ballast stone of relations": a field of cooperation
# as the subject of a clause (in lower case; not "bilateral cooperation", "our cooperation")
_COOPERATION_IS: Final = re.compile(
    r"(?:^|\bsaid\s+(?:that\s+)?)"
    r"(?P<np>(?!(?:the|our|their|its|his|her|this|that|such|bilateral|mutual|practical|"
    r"pragmatic|further|all-round|comprehensive|overall|friendly|close|closer|regional|"
    r"international|multilateral|trilateral|economic|greater|deeper|stronger|any|all|and)\b)"
    r"(?:(?!(?:said|says|noted|stressed|added)\b)[a-z][a-z-]*\s+){1,3}?)cooperation\s+"
    r"(?:is|has\s+been|has\s+become|remains|"
    r"serves\s+as)\s"
)
_IS_WORDS: Final = words_of("is been become remains serves")
_ENGINE_WORDS: Final = words_of(
    "engine engines driver drivers highlight highlights points pillar pillars"
)
_MAKE_WORDS: Final = words_of("make makes making turn turns turning")
# "A, B and C were also on the agenda": the list the sentence opens with.
# "During the talks, A and B were discussed": the list after the opening phrase.
_EMPHASIS_ASIDE: Final = re.compile(
    r",\s+(?:especially|particularly|notably|in\s+particular|mainly|mostly|primarily)\s"
)
# "On energy, ...", "On trade and investment, ...": a sentence that opens with its field (not
# "On behalf of", "On arrival", "On average": how, when)
_ON_FIELD_LEAD: Final = re.compile(
    r"On\s+(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|both|each|behalf|arrival|"
    r"average|balance|top|occasion|condition|request|return|completion|entering|leaving)\b)"
    r"(?P<list>[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,3}),\s"
)
_ON_AGENDA: Final = re.compile(
    r"(?:(?:during|at|in|on|following|after)\s[^,.;:]{1,120},\s+)?"
    r"(?P<list>[^.;:]{3,280}?),?\s+(?:were|was)\s+(?:also\s+)?"  # (keep _WAS_WORDS in step)
    r"(?:(?:high\s+)?on\s+the\s+agenda|discussed|considered|"
    # "Economic relations were a further subject (of the talks)."
    r"(?:(?:a|an|another|the)\s+)?(?:(?:further|other|main|key|central|major|separate|"
    r"important)\s+)?(?:subject|topic|theme|focus)(?:\s+of\s+(?:the\s+)?(?:talks|discussions|"
    r"meeting|conversation|negotiations|visit|consultations))?(?=\s*(?:[.,]|$))|"
    # "Human rights, as well as the situation in X, were also raised." (at the sentence's
    # end or before where: "prices were raised by 5%" names no subject)
    r"(?:raised|addressed|touched\s+(?:up)?on)(?=\s*(?:[.,]|$|(?:during|at|in)\s+the\s+"
    r"(?:talks|meeting|negotiations|conversation|consultations)\b)))\b",
    re.I,
)
_ON_AGENDA_NOW: Final = re.compile(
    r"(?P<list>[^.;:]{3,280}?),?\s+(?:are|is)\s+(?:also\s+)?(?:high\s+)?on\s+the\s+agenda\b",
    re.I,
)
_ARE_IS_WORDS: Final = words_of("are is")
# "Joint investment projects in A and B (were discussed)": the projects' fields are the list.
_PROJECTS_IN: Final = re.compile(r"(?:[\w-]+\s+){0,2}?projects\s+in\s+(?=[a-z])")
# "to invest in Türkiye in new energy vehicles and photovoltaics": where, then in what.
# "about 30 projects in Turkmenistan, in oil and gas, shipbuilding and agriculture" too.
# ", in which", ", during which": the talks held before the list, which is what follows.
_WHICH_EVENT: Final = re.compile(r".*,\s+(?:(?:in|during|at)\s+which|where)\s+")
_INVEST_IN_PLACE: Final = re.compile(
    rf"\b(?:invest(?:s|ed|ing)?|projects)\s+in\s+(?P<place>[{UPPER}][\w’'-]*"
    rf"(?:\s+[{UPPER}][\w’'-]*)?),?\s+(?:(?:mainly|mostly|particularly|especially)\s+)?in\s+"
    r"(?=[a-z])"
)
_INVEST_WORDS: Final = words_of("invest invests invested investing projects")
# "a declaration that puts A, B and C at the center of cooperation".
_AT_THE_CENTER: Final = re.compile(
    r"\b(?:puts?|placed|places|putting|placing)\s+(?P<list>[^.;:“”\"]{3,160}?)\s+at\s+the\s+"
    r"(?:center|centre|heart|core|forefront)\s+of\b"
)
_CENTER_WORDS: Final = words_of("center centre heart core forefront")
# "..., with A, B and C topping the agenda"; "A and B dominated the talks".
_TOPPED_AGENDA: Final = re.compile(
    r"(?:(?<=\s)with\s+|^)(?P<list>[^.;:“”\"]{3,200}?),?\s+(?:(?:topping|topped|dominating|"
    r"dominated|headlining|headlined)\s+the|"
    # "with the X cable at the top of the agenda"
    r"(?:at|on)\s+(?:the\s+)?top\s+of\s+the)\s+(?:agenda|talks|discussions|meeting)\b"
)
_TOPPED_WORDS: Final = words_of("topping topped dominating dominated headlining headlined top")
_ON_AGENDA_WORDS: Final = words_of(
    "agenda discussed considered raised addressed touched subject topic theme focus"
)
# "A, B and C are our main priorities / the pillars of / the key drivers of".
_ARE_PILLARS: Final = re.compile(
    r"[“\"]?(?P<list>[^.;:“”\"]{3,160}?),?\s+(?:are|were|remain|will\s+be)\s+(?:also\s+)?"
    r"(?:the\s+|our\s+|its\s+|their\s+)?(?:(?:main|key|top|priority|most\s+promising)\s+)?"
    r"(?:priorities|pillars|drivers|engines|priority\s+(?:areas|sectors))\b",
    re.I,
)
# _ARE_PILLARS needs one of these.
_PILLAR_WORDS: Final = words_of("priorities pillars drivers engines priority")
# "A, B and C were identified as promising areas": the list named as the priorities, passive.
_NAMED_AS_PRIORITY: Final = re.compile(
    r"[“\"]?(?P<list>[^.;:“”\"]{3,160}?),?\s+(?:are|were|have\s+been|had\s+been)\s+"
    r"(?:also\s+)?(?:identified|named|defined|designated|singled\s+out|chosen|selected)\s+as\s+"
    r"(?:the\s+)?(?:(?:main|key|top|most)\s+)?(?:(?:priority|promising|key|main|strategic|"
    r"important)\s+(?:areas|sectors|fields|spheres|industries|directions)|priorities)\b",
    re.I,
)
_NAMED_AS_WORDS: Final = words_of("identified named defined designated singled chosen selected")
_ARE_WORDS: Final = words_of("are were remain be")  # and one of these
_WAS_WORDS: Final = words_of("were was")  # _ON_AGENDA needs one of them as a word too
# Fields named by two letters: "pharmaceuticals, IT and textiles".
_FIELD_ACRONYMS: Final = frozenset(["IT", "AI"])
_PRIORITY_WORDS: Final = words_of(
    "priority priorities key main promising strategic core important"
)
_WITHIN_WORDS: Final = words_of("cooperation coordination interaction efforts")  # before "within"
_RULE_WORDS: Final = (
    _CUE_WORDS
    | _WITHIN_WORDS
    | _SECTOR_SET
    | _NAMED_WORDS
    | _COMPOUND_HEADS
    | _BUILT_WORDS
    | _PRIORITY_WORDS
    | _ENGINE_WORDS
    | _FLOW_WORDS
    | _ON_AGENDA_WORDS
    | {"gdp", "working"}  # "working group on X"
)
# A lower-case letter, a dash and a capital ("Trans-Caspian", not "EU-Asia"). Only whether
# it matches is read: it opens with the dash, so a search jumps from dash to dash
# instead of trying every lower-case letter.
_COMPOUND_HINT: Final = re.compile(r"[-–](?<=[a-z].)[A-Z]")
_DATE_START: Final = re.compile(rf"{MONTH}\.?\s+\d|\d{{1,2}}\s+[A-Z][a-z]+\b")
# "trade mission of 20 firms to X", "business forum be held in Y": the mission, then more
# (at the item's start: "a visit by a business delegation to X" is the visit)
_MISSION_OF: Final = re.compile(
    r"((?:[\w-]+\s+){0,2}?(?:trade|business|investment)\s+(?:missions?|forums?|fora|"
    r"delegations?))"
    r"\s+(?:of|to|be|in|from|with|for)\s"
)
_PROGRAM_BETWEEN: Final = re.compile(
    r"\b(?:programs?|programmes?|projects?|initiatives?|partnerships?)(\s+between\s+[^,;]{1,80}?)"
    r"\s+on\s+[a-z]"
)
# "energy between the Republic of A and the B", "tourism between the Governments of A and B":
# the states or governments party to a document, after what it is on
_STATE_PARTIES: Final = re.compile(
    r"\s+between\s+the\s+(?:[\w'’-]+\s+)?(?i:republic|governments?|kingdom|ministry|ministries|"
    r"cabinets?|state|states|federation|sultanate|principality)\s+of\s+[^,;]*\sand\s.*$"
)
_YEAR_LEAD: Final = re.compile(rf"(?:19|20)\d\d\s+(?=[{UPPER}])")  # before a capitalised name
# "(increase) this figure 2.5 times", "(raise) exports threefold": by how much, a figure's
_MULTIPLE_AFTER: Final = re.compile(
    rf"\s+(?:(?:\d+(?:[.,]\d+)?|{_NUMBER_WORD})(?:\s+times|-fold)|(?:two|three|four|five|six|"
    r"seven|eight|nine|ten)fold)$",
    re.I,
)
_MONTH_INITIALS: Final = frozenset("JFMASOND")  # a _DATE_START opens with one of these or a digit
# (before a lower-case word, or a capitalised head and a lower-case word: 'the "X plus Y"
# Dialogue initiatives'; not a quotation's end, '"We agree," Anna Berg said')
_QUOTED_NAME: Final = re.compile(
    rf"[“\"]([{UPPER}][^“”\"]{{1,40}}?)[”\"]"
    rf"(?=\s+[a-z]|(?<![,.!?:;][”\"])\s+[{UPPER}][a-z]+\s+[a-z])"
)
_QUOTED_ITEM: Final = re.compile(
    # (after a preposition, a verb of talks or a list's comma or "and", not 'accusing it of
    # supporting "terrorism"': a word set off as someone else's)
    # (the mark first, then what stands before it, so that only marks are tried)
    r"[“\"](?:(?<=\son\s.)|(?<=\sup\s.)|(?<=\sabout\s.)|(?<=\sover\s.)|(?<=\sincluding\s.)|"
    r"(?<=\sdiscussed\s.)|(?<=,\s.)|(?<=\sand\s.))"
    r"((?:the\s+)?[a-z][a-z’'-]+(?:\s+[a-z][a-z’'-]+){0,3})"
    # (its comma inside the marks, or a list's comma or "and" after them)
    r"(?:(,)[”\"]|[”\"](?=[,.;]|\s+and\s))"
)
_LAW_TITLE: Final = re.compile(r"\b(Law|Decree)\s+[“\"]On\s+([^“”\"]{3,300})[”\"]")
_IN_ATMOSPHERE: Final = re.compile(r",?\s+in\s+an?\s+(?:[a-z-]+,?\s+){1,4}?atmosphere\b")
_FORMAT_KIND: Final = (
    r"(?:narrow|restricted|limited|extended|expanded|enlarged|broad|broader|wider|plenary|"
    r"one-on-one|tete-a-tete|tête-à-tête)"
)
_IN_FORMAT: Final = re.compile(
    rf",?\s+(?:first\s+)?in\s+(?:an?\s+|the\s+)?{_FORMAT_KIND}(?:\s+formats?)?"
    rf"(?:,?\s+and\s+(?:then\s+)?(?:in\s+)?(?:an?\s+|the\s+)?{_FORMAT_KIND})?\s+formats?\b"
)
_HOW_CLOSELY: Final = re.compile(r"\s+(?:in\s+(?:great\s+)?(?:detail|depth)|at\s+length)\b")
# The words each pattern above needs whole (tests/test_parser_topics.py checks them): where
# none stands, _prepared does not try it.
_WORTH_WORDS: Final = words_of("worth valued")  # (and "well", of "as well as")
_ASIDE_WORDS: Final = words_of("among alia")
_LAW_WORDS: Final = words_of("law decree")
_FORMAT_WORDS: Final = words_of("format formats")
_CLOSENESS_WORDS: Final = words_of("detail depth length")
# "(discussed X) directly and openly", "(reviewed Y) frankly": the manner of talks closing a
# clause.
_MANNER_ADVERBS: Final = words_of(
    "openly frankly candidly directly constructively thoroughly substantively comprehensively "
    "sincerely"
)
_MANNER: Final = "|".join(sorted(_MANNER_ADVERBS))
_HOW_OPENLY: Final = re.compile(
    rf"\s+(?:(?:very|most|quite)\s+)?(?:{_MANNER})(?:(?:,\s*|\s+and\s+|,\s+and\s+)"
    rf"(?:(?:very|most|quite)\s+)?(?:{_MANNER}))*(?=\s*(?:[.,;:!?\"”]|$))"
)
_SPACED_DASH: Final = re.compile(r"\s+[–—-]\s+")
_SEMICOLON: Final = re.compile(r";\s+(?:and\s+)?")
# "covers five areas: A; B; and C": the count of the list before its colon goes, so that the
# cue before it reads the list itself.
_COUNTED_AREAS: Final = re.compile(
    rf"\b(?:\d{{1,2}}|{_NUMBER_WORD}|several|the\s+following)\s+(?:key\s+|main\s+|priority\s+)?"
    r"(?:areas|fields|spheres|sectors|directions|pillars|priorities|components|tracks|issues|"
    r"topics|subjects|themes|questions):\s+"
)
# "(TAPI)", and one with a small letter or a plural: "memoranda of understanding (MoUs) on X"
_ACRONYM_PARENS: Final = re.compile(r"\s*\((?:[A-Z0-9+&]{2,12}|(?:[A-Z][a-z]?){2,6}s)\)")
_WHOLE_RELATION: Final = re.compile(
    r"(?:the\s+)?(?:entire|whole|full|wide|broad)\s+(?:range|gamut|spectrum)\s+of\s+bilateral\s+"
    r"(?:ties|relations|cooperation|partnership),\s+including\s+"
)
# "agreements covering, among others, A and B": an aside between a cue and its list
_AMONG_OTHERS: Final = re.compile(
    r",\s+(?:among\s+(?:others|other\s+(?:things|issues|matters|topics|areas|fields))|"
    r"inter\s+alia),(?=\s)"
)
# "fishing (including aquaculture), wool and glass": an aside inside a list ends nothing.
_AMOUNT_PARENS: Final = re.compile(r"\s*\((?:[$€£¥]|[A-Z]{2,3}\s?)?\d[^()]{0,20}\)(?=\s+and\s)")
_CONVERTED_PARENS: Final = re.compile(
    r"((?:\d|million|billion|trillion|bn|mn)(?:\s+(?:yen|won|yuan|rupees|euros?|dollars?|"
    r"pounds?|rubles?|roubles?|tenge|pesos?|rupiah|ringgit|baht|dong|lira))?)"
    r"\s*\((?:(?:about|around|some|nearly|roughly|approximately|almost|over)\s+)?"
    r"(?:[$€£¥₹₱]|US\$|[A-Z]{1,3}\$?\s?|Rs\.?\s?)\d[\d.,]*"
    r"(?:\s*(?:million|billion|trillion|mn|bn|m|b))?\)(?=\s+(?:in|for)\s)"
)
_INNER_PARENS: Final = re.compile(r"\s*\([^()]{1,60}\)(?=,\s|\s+and\s)")
# "expanding Alba Energy Bhd's (Albaco) operations": a firm's short name in brackets after its
# full name (a capitalised word, possessive or not), no end of the item it stands in
_ALIAS_PARENS: Final = re.compile(
    rf"(?<=[a-z.])((?:’s|'s)?)\s+\([{UPPER}][a-z]+(?:\s+[{UPPER}][a-z]+)?\)(?=\s+[a-z])"
)
# "a park worth RSD 6 billion (about $56 million), as well as tourism": the value of an item
# (with its conversion) ends no list that goes on after it.
_WORTH_BEFORE_MORE: Final = re.compile(
    r"\s+(?:worth|valued\s+at)\s+[^,;()]{1,40}?(?:\s*\([^,;()]{1,40}\))?(?=,\s+as\s+well\s+as\s)"
)
# "the cluster, with a planned investment of $120mn, and the launch of X": the size of an
# item (an aside between commas) ends no list that goes on after it.
_SIZE_BEFORE_MORE: Final = re.compile(
    r",\s+with\s+an?\s+(?:[a-z]+\s+){0,2}(?:investment|cost|value|capacity|budget)\s+of\s+"
    r"[^,;()]{1,30}?(?=,\s+(?:and|as\s+well\s+as)\s)"
)
# The clause runs to the next comma that is not one of a number ("30,000").
# ", which is B,", ", to which X has pledged $5 million,": a relative clause inside a list
_WHICH_CLAUSE: Final = re.compile(
    r",\s+(?:(?:to|for|in|under|through|by|with|of|from|on|at)\s+)?(?:which|who|whom|whose|where)\b"
    r"(?:[^,]|,\d)*,(?!\d)"
)
_PREPOSITION: Final = re.compile(r"\s(?:in|to|into)\s")
# A capitalised name ending in a field of its own list: "Joint Commission on Trade"; the
# first of the parties named after "between" ("a mechanism between A, B and C").
_NAME_WITH_FIELD: Final = re.compile(
    rf"(?:(?:[{UPPER}][\w’'-]*|\b(?:ports|seaports|cities|towns|regions|provinces|districts|"
    rf"airports|islands))\s+(?:on|of|for)|\sbetween)\s+[{UPPER}][\w’'-]*$"
)


def _name_with_field(part: str) -> bool:
    """Whether _NAME_WITH_FIELD matches in `part`; tried only where the last word is
    capitalised, as a match's is (the search tries every position)."""
    words = part.rsplit(None, 1)
    return bool(words) and words[-1][:1].isupper() and _NAME_WITH_FIELD.search(part) is not None


_TITLE_CASE: Final = re.compile(
    rf"[{UPPER}][\w’'-]*(?:\s+(?:and\s+|of\s+|for\s+)?[{UPPER}][\w’'-]*)*"
)
_MODIFIERS_AND_RELATION: Final = re.compile(
    r"([a-z]+)\s+and\s+[a-z]+\s+(?:cooperation|relations|ties|partnership|interaction)"
)
_ADJECTIVE_ENDINGS: Final = ("ic", "al", "ian", "ary")
_MODIFIERS_AND_AGENTS: Final = re.compile(
    r"[a-z]+\s+and\s+[a-z]+\s+(?:companies|corporations|firms|enterprises|businesses|"
    r"manufacturers|producers)"
)
# Fields that the news name as one, in pairs ("cooperation in energy, transport and
# logistics"): general usage, as "oil and gas".
# What is to grow, right before the adjectives of a subject ("boost economic and X cooperation")
_GROW_VERBS: Final = words_of(
    "increase enhance boost expand develop strengthen promote improve deepen facilitate "
    "intensify broaden diversify"
)
# The ways goods and people travel, which share the head after them ("road and rail links")
_TRANSPORT_MODES: Final = words_of("road rail railway air sea river maritime")
_FIXED_PAIRS: Final = frozenset(
    [
        ("transport", "logistics"),
        ("science", "technology"),
        ("oil", "gas"),
        ("trade", "investment"),
        ("transport", "transit"),
        ("economy", "trade"),
        ("water", "energy"),
        ("fuel", "energy"),
        ("gems", "jewellery"),
        ("research", "development"),
        ("commerce", "industry"),  # "chambers of commerce and industry"
        ("information", "communication"),  # "information and communication technologies"
        ("mining", "metallurgy"),
        ("search", "rescue"),
        ("fruit", "vegetables"),
        ("fruits", "vegetables"),
        ("education", "training"),
        ("skills", "training"),
        ("research", "innovation"),
        ("standards", "metrology"),
        ("small", "medium"),  # "small and medium enterprises"
        ("small", "medium-sized"),
        ("water", "sanitation"),
        ("education", "skills"),  # "education and skills training"
        ("education", "science"),
        ("peace", "security"),  # "peace and security in the region": one concern
        ("peace", "stability"),
        ("security", "stability"),
        ("stability", "security"),
        ("peace", "development"),
        ("defence", "security"),
        ("defense", "security"),
        ("free", "open"),  # "a free and open Indo-Pacific", "the free and open order"
        ("free", "fair"),  # "free and fair elections"
        ("wind", "solar"),  # "wind and solar power": one kind of generation
        ("solar", "wind"),
        ("security", "defence"),  # "cooperation in security and defence": one field
        ("security", "defense"),
        ("justice", "home"),  # "justice and home affairs": one field of policy
        ("migration", "mobility"),  # "an agreement on migration and mobility": one subject
        # "the political, economic, cultural and humanitarian spheres": one field, in the usage
        # of the CIS capitals' English (their "cultural-humanitarian sphere")
        ("cultural", "humanitarian"),
    ]
)
_LEADING_ADJECTIVES: Final = words_of(
    "latest recent current new other various major pressing topical "
    "growing ongoing increasing expanding existing emerging"
    " comprehensive"  # "the comprehensive economic and trade agreement": one deal
)
_RELATION_HEADS: Final = words_of("cooperation relations ties partnership interaction")
# The first word of a verb's object: "(maintaining and strengthening) the open order"
_OBJECT_LEADS: Final = words_of("the a an its their our this these bilateral mutual")
_OTHER_ADJECTIVES: Final = words_of("nuclear solar northern southern eastern western")
# Adjectives of a settlement or an order, coordinated before the noun they share ("a just and
# lasting peace", "a stable and prosperous region"): no ending tells them.
_SETTLEMENT_ADJECTIVES: Final = words_of(
    "just fair lasting durable stable secure peaceful prosperous sustainable comprehensive"
)
_PLACE_NAME: Final = rf"[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*)*"
# "the road and rail link between the port and the border town of X", "flights between A and
# B with a frequency of ...": a link, with the two places it joins when they are names, and
# then what goes
_LINK_BETWEEN: Final = re.compile(
    r"\b(?:links?|lines?|routes?|roads?|railways?|corridors?|flights|connections?|"
    r"interconnectors?|pipelines?|bridges?|crossings?)(?=\s+between\s)"
    rf"(?:\s+between\s+{_PLACE_NAME}\s+and\s+{_PLACE_NAME}(?![\w’'-]))?"
)
# "... between A and B" closing an item: the two places it joins
_BETWEEN_PLACES_END: Final = re.compile(rf"\s+between\s+{_PLACE_NAME}\s+and\s+{_PLACE_NAME}$")
_IN_PLACES: Final = re.compile(
    rf"(?P<well>,?\s+as\s+well\s+as)?\s+(?P<prep>in|of)\s+(?:the\s+)?"
    # ("in A, B and C, and X's role": a possessive opens the next item, no place of the list)
    rf"(?P<names>{_PLACE_NAME}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{_PLACE_NAME}(?<!'s)(?<!’s))*)"
    r"(?P<head>\s+(?:regions?|provinces?|oblasts?|districts?))?(?![\w’'-])"
)
# "in the states of A, B and C", "in the northern governorates of A and B": where
# (each match holds one of _IN_HEADS_OF_WORDS: where none stands, there is none)
_IN_HEADS_OF_WORDS: Final = (
    "states", "provinces", "regions", "governorates", "districts", "oblasts", "departments",
    "prefectures", "cities",
)  # fmt: skip
_IN_HEADS_OF: Final = re.compile(
    rf"\s+in\s+the\s+(?:[a-z]+\s+)?(?:{'|'.join(_IN_HEADS_OF_WORDS)})\s+of\s+{_PLACE_NAME}"
    rf"(?:(?:,\s+|,?\s+and\s+){_PLACE_NAME})+(?![\w’'-])"
)
_REGION_HEADS: Final = (
    "region",
    "regions",
    "province",
    "provinces",
    "oblast",
    "oblasts",
    "coast",  # "(projects on) the Adriatic coast": where, not what
    "coastline",
)
_NAMED_REGIONS: Final = re.compile(
    rf"{_PLACE_NAME}(?:(?:,\s+|,?\s+and\s+){_PLACE_NAME})*\s+(?:{'|'.join(_REGION_HEADS)})"
)
# The kinds of land a place's name can end with ("the X Delta", "the Y Highlands")
_LAND_HEADS: Final = words_of(
    "Valley Basin Delta Peninsula Mountains Highlands Lowlands Plateau Steppe Desert Coast"
)
_PLACE_SEPARATOR: Final = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# What every match of _IN_PLACES holds: "in" or "of" before a name. A search for it skips
# to the letters "i" and "o", where one for _IN_PLACES (which opens with blanks, or a comma
# of "as well as") is tried at every character (see _place_starts).
_IN_OF_NAME: Final = re.compile(rf"(?:in|of)\s+(?:the\s+)?[{UPPER}]")
_AMOUNT_TO: Final = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:[$€£¥₸]|[A-Z]{2,3}\s?)\d[\d,.]*\s*"
    r"(?:million|billion|thousand)?\s+to\s+"
)
_CAPITALISED: Final = rf"[{UPPER}][\w’'-]*"
# "the Shanghai Cooperation Organisation", "the Council of Europe"; after "on" or "for" a
# name goes on through "and" and a closing "in" ("the Organization for Security and
# Co-operation in Europe", "the Conference on Interaction and Confidence Building Measures
# in Asia").
_ORGANISATION_NAME: Final = (
    rf"{_CAPITALISED}(?:\s+(?:of\s+(?:the\s+)?)?{_CAPITALISED})*"
    # (not "on Monday", "on May 5": a date after the name)
    rf"(?:\s+(?:on|for)\s+(?!(?:{MONTH}|[A-Z][a-z]+day)\b){_CAPITALISED}"
    rf"(?:\s+(?:and\s+)?{_CAPITALISED})*"
    rf"(?:\s+in\s+{_CAPITALISED})?)?"
)
_WITHIN_NAME: Final = re.compile(_ORGANISATION_NAME)  # each name of a _WITHIN list
_WITHIN: Final = re.compile(
    r"\b(?:cooperation|coordination|interaction|efforts)\s+within\s+(?:the\s+framework\s+of\s+)?"
    rf"(?:the\s+)?(?P<list>{_ORGANISATION_NAME}"
    rf"(?:(?:,\s+|\s+and\s+)(?:the\s+)?{_ORGANISATION_NAME})*)"
)


def _within_names(listed: str) -> list[str]:
    """The names of a "within" list: "the SCO and the CIS" holds two; "the Lakeland and River
    Compact" one, a lone word before a bare "and" and a longer name being its first part."""
    names: list[str] = []
    end = -1
    for found in _WITHIN_NAME.finditer(listed):
        name = found.group()
        if (
            names
            and listed[end : found.start()] == " and "
            and " " not in names[-1]
            and not names[-1].isupper()
            and " " in name
        ):
            names[-1] = f"{names[-1]} and {name}"
        else:
            names.append(name)
        end = found.end()
    return names


# "relations of partnership, trust and alliance" closing a list's text
_RELATIONS_OF_KINDS: Final = re.compile(
    r"\brelations\s+of\s+[a-z-]+(?:,\s+[a-z-]+)*,?\s+and\s+[a-z-]+\s*$"
)
# "in A, in B and in C": the first item has no "in" of its own.
_IN_LIST: Final = re.compile(
    r"(?<![\w-])in\s+(?=(?:(?!\bin\s)[^,.;:]){1,60}(?:,\s+in\s+[^,.;:]{1,60})+,?\s+and\s+in\s)"
)
# (a named route ends before "and" and a lower-case item: "logistics along the X Corridor and
# agro-processing"; any other, at the next comma)
_ALONG_ROUTE: Final = re.compile(
    rf"\s+along\s+the\s+(?:[^,]*?[{UPPER}][\w’'-]*(?=\s+and\s+[a-z])|[^,]*(?=,|$))"
)
# "(the supply of power) during the winter period, (the construction of X)": when, cut from
# its item where the list goes on after it (_END_PATTERNS ends the list at it elsewhere)
_DURING_SEASON: Final = re.compile(rf"\s+during\s+{_SEASON_PHRASE}(?=,|\s+and\s)")
_ITEM_COMMA: Final = re.compile(r",(?!\d)")  # not the comma of "150,000"
# "paid to A, as well as to B": the preposition repeated after it is no part of B.
_AS_WELL_AS: Final = re.compile(r",?\s+(?:as\s+well\s+as|in\s+addition\s+to)\s+(?:to\s+|on\s+)?")


# ("(cooperation in) areas ranging from fisheries to tourism": the areas are the list)
_FROM_TO: Final = re.compile(
    r"(?:(?:[a-z]+\s+)?(?:areas|fields|sectors|spheres|issues|topics|subjects|matters)\s+)?"
    r"(?:ranging\s+)?from\s+([a-z][^,]*?)\s+to\s+([a-z][^,]*)$"
)


# A cue whose list is an item of the list before it when a comma precedes it ("discussed A,
# cooperation in B and C, and D").
_INNER_CUES: Final = ("cooperation in ", "cooperation on ")


# "(A and the development of X,) the new capital city": a few words saying what X is
_APPOSITIVE_BLANKS: Final = 3
# The nouns that sum up the list before them ("..., challenges both sides share")
_SUMMARY_NOUNS: Final = words_of("challenges issues problems priorities questions matters topics")
_PREPOSITION_WORDS: Final = words_of("of in on for to from with at by between into")


# A preposition opening an item of a list again ("on A, B and C, on D, and on E").
_REPEATED_PREPOSITIONS: Final = ("on ", "in ", "and on ", "and in ")
# An owner's possessive, then an office ("the Fund's deputy director general") or a rank
# ("the world's third-largest"), alone: an appositive on the name before it.
_OWNED_APPOSITIVE: Final = re.compile(
    r"(?:the\s+)?[\w.-]+['’]s\s+(?:(?P<rank>(?:[\w]+-)?(?:larg|bigg|great|high|long|old|rich|"
    r"fast|low|small|deep|strong|new)est)|(?:[\w-]+\s+){0,3}(?P<last>[\w-]+))"
)
# A sum opening an item: "US$260 million", "€40 million", "¥9 billion".
_CURRENCY_SIGNS: Final = "$€£¥₩₹"
_SUM_FIRST: Final = re.compile(
    r"(?:[A-Z]{1,3})?[$€£¥₩₹][ ]?\d[\d.,]*(?:[ ]?(?:m|bn|k|million|billion|trillion)\b)?[ ]*"
)
# The fewest parts of a list closed by a serial ", and" ("A, B, C and D, and E").
_SERIAL_PARTS: Final = 3
# Words that open a clause, not an item, after ", and": "..., and he said".
_CLAUSE_OPENERS: Final = words_of(
    "he she it they we i you this that there these those also will would is are was were has "
    "have had can could may might shall should"
)


# "the state of", "the current state of" before a list of adjectives: how its items stand.
_STATE_OF: Final = re.compile(r"(?:the\s+)?(?:current\s+)?state\s+of\s+(?P<adjective>[a-z]+),")


def _split(items_text: str, inner: bool = False) -> list[str]:
    """Split an enumeration at commas, "as well as" and the last "and"; an `inner` one (the
    fields of "cooperation in" that is an item of a longer list) at its first "and" too."""
    if " by " in items_text and (by := _BY_AGENT.search(items_text)) and "," not in by.group():
        # "a research program run by A and B": who runs the last item, no item of the list
        items_text = items_text[: by.start()]
    if (
        "state of " in items_text[:24]
        and (state := _STATE_OF.match(items_text)) is not None
        and _is_adjective(state["adjective"])
    ):
        # "the state of cultural, academic and scientific ties": how the list stands, before
        # adjectives that share their head
        items_text = items_text[state.end("adjective") - len(state["adjective"]) :]
    if (
        "relations of " in items_text
        and (kinds := _RELATIONS_OF_KINDS.search(items_text)) is not None
        and "," not in items_text[: kinds.start()]  # (not "A, B and relations of X and Y")
    ):
        # "the state of Alban-Betish relations of friendship, trust and cooperation": the
        # kinds of the relations, one item with them (not "friendship" and "trust")
        return [items_text.strip()]
    pieces = _ITEM_COMMA.split(items_text) if "," in items_text else [items_text]
    parts = [part for p in pieces if (part := p.strip())]
    if "from " in items_text and parts and (ranged := _FROM_TO.match(parts[-1])):
        # "a wide range of issues, from trade and investment to security": a list by its ends
        parts[-1:] = [*_split_and(ranged.group(1)), ranged.group(2)]
    elif len(parts) > 1 and "from " in parts[0] and (ranged := _FROM_TO.match(parts[0])):
        # "areas ranging from A and B to C, D and E": the range opens a list that goes on
        parts[:1] = [*_split_and(ranged.group(1)), ranged.group(2)]
    if len(parts) > 1 and any(_name_with_field(part) for part in parts[:-1]):
        parts = _joined_names(parts)
    # "A, B and C, in a way that ...", "A, B and C, X told reporters": a clause after the
    # list is no item, and the last item before it is the one to split at "and".
    serial = False  # the list closed by ", and" before a last part that is no item
    while len(parts) > 1 and " and " not in parts[-1] and _clean(parts[-1]) is None:
        popped = parts.pop()
        serial = (
            len(parts) >= _SERIAL_PARTS
            and popped.startswith("and ")
            and (opener := popped[4:].partition(" ")[0]) not in _CLAUSE_OPENERS
            and not opener.endswith("ed")  # "..., and issued a statement": a verb's clause
            and SPEECH_VERBS.isdisjoint(popped.split())
        )
    if (
        len(parts) >= 2
        and " and " in parts[-2]
        and " and " not in parts[-1]
        and (
            parts[-1].startswith(("a ", "an "))
            # "A and the development of X, the new capital": what the name before is, in a
            # few words of no preposition
            or (
                parts[-1].startswith("the ")
                and parts[-2].rsplit(None, 1)[-1][:1].isupper()
                and parts[-1].count(" ") <= _APPOSITIVE_BLANKS
                and _PREPOSITION_WORDS.isdisjoint(parts[-1].split())
                # ("a bridge between A and B, the X canal": the "and" of the two places a
                # link joins ends no list, and the name after it is an item)
                and " and " in parts[-2].split(" between ", 1)[0]
            )
        )
    ):
        # "A and B, a long-standing request from the region": an aside on the list, which
        # ended with its "and"
        parts.pop()
    elif (
        len(parts) >= 2
        and " and " in parts[-2]
        and " and " not in parts[-1]
        and " " in parts[-1]
        and without_article(parts[-1]).split(" ", 1)[0].lower() in _SUMMARY_NOUNS
    ):
        # "A and B, challenges both countries share": what the list is, no item of it
        parts.pop()
    elif (
        len(parts) == 2
        and parts[0].startswith(("the ", "The "))
        and parts[0][4:5].isupper()
        and parts[1].startswith(("a ", "an "))
        and " and " not in parts[0]
        and " and " not in parts[1]
    ):
        # "the X interconnector, a 3,000-megawatt cable to carry Y": a name and what it is
        del parts[1:]
    elif (
        len(parts) >= 2
        and parts[0][:1].isupper()
        and parts[1].startswith(("the ", "a ", "an "))
        and " and " not in parts[0]
        and " and " not in parts[1]
        and all(_clean(part) is None for part in parts[2:])
    ):
        # "Sea Shield, the annual naval exercise(, in which ...)": a name and what it is
        del parts[1:]
    if not parts:
        return []
    # Inside a list "transport and transit" stays one item; the last item and a lone
    # "X and Y" split at "and".
    if parts[-1][-1:].isdigit():
        parts[-1] = _YEARS_AFTER.sub("", parts[-1])  # "... cooperation for 2026-2030"
    if len(parts) > 1 and any(" and on " in part or " and in " in part for part in parts[:-1]):
        # "progress on A and on B, C and D": the repeated preposition makes two items of the
        # part, whatever follows it
        parts = [
            piece
            for part in parts[:-1]
            for piece in (_split_and(part) if " and on " in part or " and in " in part else [part])
        ] + parts[-1:]
    if len(parts) > 2 and any(part.startswith(_REPEATED_PREPOSITIONS) for part in parts[2:]):
        # "on A, B and C, on D, and on E": the items before the repeated preposition are a
        # list of their own, whose last item splits at its "and" as a list's last does
        parts = [
            piece
            for number, part in enumerate(parts)
            for piece in (
                _split_and(part)
                if 0 < number < len(parts) - 1
                and " and " in part
                and not part.startswith(_REPEATED_PREPOSITIONS)
                and not parts[number - 1].startswith(_REPEATED_PREPOSITIONS)
                and parts[number + 1].startswith(_REPEATED_PREPOSITIONS)
                else [part]
            )
        ]
    if len(parts) > 1 and any(" and the " in part for part in parts[:-1]):
        # "A, cooperation between universities and the participation of firms in X, and C":
        # an item inside the list that joins an action of its own is two; so is the first
        # ("security in the X and the fight against Y, the management of Z, and W")
        parts = [
            piece
            for number, part in enumerate(parts)
            for piece in (
                _split_and(part)
                if (
                    (0 < number < len(parts) - 1 and _AND_THE_ACTION.search(part))
                    or (number == 0 and _AND_THE_FIRST.search(part))
                    or (number < len(parts) - 1 and _AND_THE_NAMES.fullmatch(part))
                )
                else [part]
            )
        ]
    if len(parts) > 2 and any(" and " in part for part in parts[1:-1]):
        # "A, countering X and Y, and B": what is fought is a list of its own, split at its
        # "and" inside the outer list too
        parts = [
            piece
            for number, part in enumerate(parts)
            for piece in (
                _split_and(part)
                if 0 < number < len(parts) - 1
                and " and " in part
                and _FIGHT_AGAINST.match(part) is not None
                else [part]
            )
        ]
    if len(parts) > 2:
        # "the production of A, B and C, the supply of D": the items after "of" are an inner
        # list that ends at its "and" where an action of the outer list comes next
        for number in range(1, len(parts) - 1):
            part = parts[number]
            if (
                " and " in part
                and " of " in parts[number - 1]
                and " " not in part.replace(" and ", "_")  # "A and B", one word each
                and _ACTION_OF.match(parts[number + 1]) is not None
            ):
                parts[number : number + 1] = _split_and(part)
                break
    if inner and len(parts) > 1:
        # "(A,) cooperation in B and C, D": an inner list ends at its first "and"
        for number, part in enumerate(parts[:-1]):
            if " and " in part and not part.startswith("and "):
                parts[number : number + 1] = _split_and(part)
                break
    if len(parts) > 3:
        parts = _joined_adjectives(parts)
    last = parts[-1]
    if len(parts) > 1 and (_shared_relation(parts) or _shared_agents(parts)):
        return [", ".join(parts)]  # "trade, economic and investment cooperation"
    if (
        len(parts) > 1
        and all(" " not in part and _is_adjective(part) for part in parts[:-1])
        and _adjectives_and_head(last)
    ):
        return [", ".join(parts)]  # "environmental, social and governance standards"
    if (
        len(parts) > 1
        and last.count(" and ") == 2
        and all(" " not in part and _is_adjective(part) for part in parts[:-1])
        and len(pair_words := (pair := last.rpartition(" and ")[0]).split(" ")) == 4
        and pair_words[1] == "and"
        and all(_is_adjective(word) or _is_participle(word) for word in pair_words[:3:2])
    ):
        # "illegal, unreported and unregulated fishing and people smuggling": the adjectives'
        # item, then the last one
        return [", ".join([*parts[:-1], pair]), last.rpartition(" and ")[2]]
    if last[:4].lower() == "and ":
        parts[-1] = last[4:]
        if " and the " in last and last.startswith(("and in ", "and on ")):
            # "A, including B, and in geological surveys and the steel industry": a list of
            # its own after its preposition, split at its "and"
            parts[-1:] = _split_and(last[4:])
        elif " and " in last[4:] and _FIGHT_AGAINST.match(last, 4):
            # "A, B, and the fight against poaching and arms smuggling": what is fought is a
            # list of its own, split at its "and" as without the comma
            parts[-1:] = _split_and(last[4:])
    elif serial and " and " in last and " " not in last.replace(" and ", "_"):
        # "A, B, culture and tourism, and three grants": the list's own ", and" closed it, so the
        # pair before it is one item, as inside the list
        pass
    else:
        pieces = _split_and(last)
        if len(parts) > 1 and len(pieces) == 3 and all(" " not in p.strip() for p in pieces[1:]):
            # "A, B, C and gems and jewellery": one "and" ends the list, the other joins a
            # pair of single words into one item.
            pieces = [pieces[0], f"{pieces[1].strip()} and {pieces[2].strip()}"]
        parts[-1:] = pieces
    if (
        len(parts) > 2
        and " to " in parts[-1]
        and (whither := _TO_PLACE_AFTER.search(parts[-1]))
        and (country_of_word(whither.group(1)) or is_city(whither.group(1)))
        and not any(" to " in part for part in parts[:-1])
    ):
        # "the export of fruits, carpets and herbs to Chile": where all of them go, no part
        # of the last item alone
        parts[-1] = parts[-1][: whither.start()]
    return parts


# "... to Chile", "... to the Netherlands" closing an item: a destination.
_TO_PLACE_AFTER: Final = re.compile(
    rf"\s+to\s+(?:the\s+)?([{UPPER}][\w'-]*(?:\s+[{UPPER}][\w'-]*)?)$"
)


def _adjectives_and_head(part: str) -> bool:
    """Whether a list's part is adjectives joined by "and" before their one head ("social and
    governance standards"), not two items."""
    return (
        " and " in part
        and _is_adjective(part.split(" ", 1)[0])
        # ("cultural and humanitarian": a pair of adjectives that is one field, no head)
        and not _is_adjective(part.rsplit(" ", 1)[-1])
        and len(_split_and(part)) == 1
    )


def _joined_adjectives(parts: list[str]) -> list[str]:
    """The parts with adjectives alone joined to the item inside the list whose head they
    share: "A, environmental, social and governance standards, B" has three items."""
    out: list[str] = []
    run: list[str] = []  # adjectives alone, waiting for their head
    for number, part in enumerate(parts):
        if " " not in part and _is_adjective(part) and number < len(parts) - 2:
            run.append(part)
            continue
        if run and number < len(parts) - 1 and _adjectives_and_head(part):
            out.append(", ".join([*run, part]))
        else:
            out.extend(run)
            out.append(part)
        run = []
    out.extend(run)
    return out


def _joined_names(parts: list[str]) -> list[str]:
    """The parts with a name's own list joined back: "Commission on Trade", "Economic",
    "Scientific and Technical Cooperation" are one name; so are the names of places after
    their kind ("the ports of A", "B and C")."""
    out = [parts[0]]
    in_name = _name_with_field(parts[0])
    for part in parts[1:]:
        if in_name and _TITLE_CASE.fullmatch(part):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
            in_name = _name_with_field(part)
    return out


def _shared_relation(parts: list[str]) -> bool:
    """Whether the parts are modifiers of one relation noun that the last part names:
    "trade", "economic and investment cooperation" (one area, not three)."""
    last = _MODIFIERS_AND_RELATION.fullmatch(parts[-1])
    if last is None:
        return False
    modifiers = [part.rsplit(None, 1)[-1] for part in parts[:-1]]
    modifiers.append(last.group(1))
    return all(" " not in part for part in parts[1:-1]) and any(
        word.endswith(_ADJECTIVE_ENDINGS) for word in modifiers
    )


def _shared_agents(parts: list[str]) -> bool:
    """Whether the parts are single words that, with the last part's two, name kinds of one
    agent noun: "automotive", "chemical and engineering corporations" (kinds of firms, one
    item, not a field "automotive")."""
    return _MODIFIERS_AND_AGENTS.fullmatch(parts[-1]) is not None and all(
        part.isalpha() and part.islower() for part in parts[:-1]
    )


def _split_and(text: str) -> list[str]:
    """Split "X and Y" items; "Belt and Road" and "between A and B" keep their "and"."""
    if "and" not in text:
        return [text] if text.strip() else []
    pieces: list[str] = []
    pos = 0
    between = "between" in text.lower()  # no word of the text is "between" otherwise
    for match in matches_at(_AND, text, _and_starts(text)):
        # The rules read at most four words before "and" and two after.
        before = text[: match.start()].rsplit(None, 4)
        after = text[match.end() :].split(None, 2)
        if not before or not after:
            continue
        if (
            before[-1][:1].isupper()
            and after[0][:1].isupper()
            and after[0] != "The"
            and not after[0].endswith(("'s", "’s"))  # "X Pipeline and Y's plans": two
        ):
            continue  # "Belt and Road"
        if (
            before[-1][:1].isupper()
            and len(before) >= 2
            and " of " in text[: match.start()]
            and (after[0] == "the" or after[0][:1].isupper())
            and _only_countries(text[: match.start()].rpartition(" of ")[2])
            and _only_countries(without_article(text[match.end() :].strip(" ,.")))
        ):
            continue  # "the integration of A and the Republic of B": two countries, one item
        window = text[max(0, match.start() - 60) : match.start()] if between else ""
        if (
            between
            and (
                any(w.lower() == "between" for w in before[-4:])
                or (
                    (after[0][:1].isupper() or after[0] == "the")
                    and " between " in window
                    and "," not in window.rsplit(" between ", 1)[1]
                )
            )
            # "between the two countries and X": the parties are complete before "and"
            and not _BETWEEN_COUNT.search(text, 0, match.start())
            # "cooperation between universities and the participation of firms": an action
            # of its own after "and" ("the Administration of Y", a party, is capitalised)
            and not (
                len(after) == 3
                and after[0] == "the"
                and after[1].endswith(("ion", "ment", "ing"))  # ("and the opening of X")
                and after[1].islower()
                and after[2].startswith("of ")
            )
        ):
            continue  # "between A and B", "between the Kingdom of A and the Republic of B"
        head = after[1].lower().strip(",.") if len(after) >= 2 else ""
        if (
            len(before) >= 2
            and head in _SHARED_HEADS
            and after[0].lower() not in ARTICLES  # "X in schools and the cooperation of": two
            and not _ends_object_before_relation(before, after[0], head)
            # "the oil and gas sector", "a grain storage and processing hub", "X's oil and
            # gas sector" (a possessive is a determiner of one thing: "X's energy and
            # transport sectors" are two)
            and (
                before[-2].lower() in _DETERMINERS
                or (before[-2].endswith(("’s", "'s")) and not head.endswith("s"))
                or (
                    len(before) >= 3
                    and before[-3].lower() in ARTICLES
                    and head not in _AREA_HEADS
                    # "the textile industry and road services": a field ends before "and"
                    and before[-1].lower() not in _AREA_HEADS
                    # "the Middle Corridor and joint projects": a name ends before "and"
                    and not (before[-1][:1].isupper() and after[0][:1].islower())
                )
            )
        ):
            continue  # "the oil and gas sector", "a wind and solar power plant": one item
        if (
            len(after) >= 2
            and head in _NAMED_SHARED_HEADS
            and len(before) >= 2
            and before[-1].isalpha()
            and before[-1].islower()
            and after[0].isalpha()
            and after[0].islower()
            and _named_before(before[:-1], len(before) < 5)
        ):
            continue  # "the Alba Hills copper and gold project": one named project
        if (
            len(after) == 3
            and len(before) >= 2
            and before[-2].lower() in ("a", "an")
            and before[-1].isalpha()
            and before[-1].islower()
            and after[0].isalpha()
            and after[0].islower()
            and after[0] not in ARTICLES
            and after[1].isalpha()
            and after[1].islower()
            and after[1] not in _STOP
            and (third := after[2].split(None, 1)[0]).isalpha()
            and third.islower()
            and third not in _STOP
        ):
            continue  # "a rice and fruit distribution centre": one thing (the article's)
        if (
            len(after) >= 2
            and before[-1].endswith("ing")
            and after[0].endswith("ing")
            and head in _SHARED_HEADS
            and (len(before) == 1 or before[-2].lower() in _DETERMINERS)
        ):
            continue  # "sewing and dyeing plants": two kinds of work share the head
        if (
            len(before) == 1
            and len(after) >= 2
            and before[0].endswith("ing")
            and before[0].islower()
            and after[0].endswith("ing")
            and after[0].islower()
            and (after[1] in _OBJECT_LEADS or _is_adjective(after[1]))
        ):
            continue  # "maintaining and strengthening the open order": two verbs, one object
        if (
            len(after) >= 2
            and _is_adjective(before[-1])
            and (
                len(before) == 1
                or before[-2].lower() in _DETERMINERS
                or before[-2].endswith(("’s", "'s"))
                or country_of_demonym(before[-2]) is not None  # "Belarusian municipal and"
                or before[-2] in _LEADING_ADJECTIVES  # "the latest regional and global"
                or before[-2] in _GROW_VERBS  # "to boost economic and investment cooperation"
                or before[-2] == "and"  # "mining and people-to-people and cultural exchanges"
            )
            and _LOWER_WORD.fullmatch(after[0]) is not None
            and head.isalpha()
            and head not in _STOP
            and head not in _AREA_HEADS
        ):
            continue  # "nuclear and missile development": an adjective shares the head
        if (
            len(after) >= 2
            and len(before) >= 2
            and before[-2].lower() in _DETERMINERS
            and before[-1].endswith(("an", "ic"))
            and before[-1][:1].isupper()
            and before[-1][1:].isalpha()
            and before[-1][1:].islower()
            and _is_adjective(after[0])
            and head.isalpha()
            and head not in _STOP
            and head not in _AREA_HEADS
        ):
            continue  # "on Arctic and regional security": a region's adjective shares the head
        if (
            (before[-1].lower(), after[0].lower().rstrip(",.")) in _FIXED_PAIRS
            and (
                len(before) == 1
                or before[-2].lower() in _DETERMINERS
                # "a joint transport and logistics company": one modifier after the article
                or (len(before) >= 3 and before[-3].lower() in ARTICLES and before[-2].islower())
                # "(tourism and) small and medium enterprises": the list's "and" comes first
                or before[-2] == "and"
                # "the supply of Peruvian fruit and vegetables": whose goods
                or country_of_demonym(before[-2]) is not None
                or before[-2][:1].isdigit()  # "a mission of 20 small and medium-sized firms"
                # "maintaining peace and stability in the region": what is maintained
                or (before[-2].endswith("ing") and before[-2].isalpha() and before[-2].islower())
            )
        ):
            continue  # "transport and logistics", "science and technology": one field
        if (
            len(after) >= 2
            and match.group().strip() == "and"  # (not "in A and on B": two)
            and before[-1].endswith(("tion", "ment"))
            and before[-1].islower()
            and (len(before) == 1 or before[-2].lower() in _DETERMINERS)
            and (
                (after[1] == "of" and after[0].endswith(("tion", "ment")))
                # "the promotion and reciprocal protection of investments"
                or (
                    len(after) == 3
                    and _is_adjective(after[0])
                    and after[1].endswith(("tion", "ment"))
                    and after[2].startswith("of ")
                )
            )
        ):
            continue  # "the construction and reconstruction of X": two actions on one thing
        if (
            len(after) >= 2
            and match.group().strip() == "and"
            and after[1] == "of"
            and len(before) >= 2
            and before[-2].lower() == "the"
            and before[-1].isalpha()
            and before[-1].islower()
            and before[-1] not in _STOP
            and before[-1] not in _VAGUE  # "the state and prospects of X": two
            and after[0].isalpha()
            and after[0].islower()
            and after[0] not in _STOP
            and after[0] not in _VAGUE
        ):
            continue  # "the design and reconstruction of X", "the capture and storage of Y"
        if (
            before[-1] in _TRANSPORT_MODES
            and after[0] in _TRANSPORT_MODES
            and len(after) >= 2
            and after[1].isalpha()
            and after[1].islower()
            and after[1] not in _STOP
        ):
            continue  # "(the modernisation of) road and rail border crossings": one kind
        if before[-1].lower() == "capture" and after[0].lower().rstrip(",.") in _STORAGE_WORDS:
            continue  # "carbon capture and storage": one technology (a set phrase)
        if (
            before[-1].lower() == "heat"
            and after[0].lower() == "power"
            and len(before) >= 2
            and before[-2].lower() == "combined"
        ):
            continue  # "combined heat and power plants": one kind of plant (a set phrase)
        if (
            before[-1].lower() == "supply"
            and after[0].lower().rstrip(",.") == "sanitation"
            and len(before) >= 2
            and before[-2].lower() == "water"
        ):
            continue  # "water supply and sanitation projects": one service (a set phrase)
        if (
            len(after) >= 2
            and before[-1].lower() == "trade"
            and after[0] in ("economic", "investment")
            and head in _RELATION_HEADS
        ):
            continue  # "trade and economic cooperation": one area (a set phrase)
        pieces.append(text[pos : match.start()])
        pos = match.end()
    pieces.append(text[pos:])
    return [p for p in pieces if p.strip()]


def _named_before(words: list[str], whole: bool) -> bool:
    """Whether `words` end with a capitalised name after an article, or are all capitalised
    and the item's start (`whole`): "the Alba Hills" before "copper and gold project"."""
    at = len(words)
    while at > 0 and words[at - 1][:1].isupper() and words[at - 1] != "The":
        at -= 1
    if at == len(words):
        return False
    return (at == 0 and whole) or (at > 0 and words[at - 1].lower() == "the")


def _ends_object_before_relation(before: list[str], modifier: str, head: str) -> bool:
    """Whether "and" joins a phrase ending in "of the <noun>" to "<adjective> cooperation"
    ("the delimitation of the border and humanitarian cooperation"): two items, the noun
    being the object of "of", not a modifier the relation shares ("of the trade and economic
    cooperation" is one)."""
    return (
        head in _RELATION_HEADS
        and len(before) >= 3
        and before[-3].lower() == "of"
        and before[-2].lower() == "the"
        and before[-1].lower() != "trade"
        and not _is_adjective(before[-1])
        and _is_adjective(modifier)
    )


def _bare_modifier(item: str) -> bool:
    """Whether an item is one word that only modifies a head: "non-oil", "non-resource"."""
    return " " not in item and item.startswith("non-")


def _is_participle(word: str) -> bool:
    """Whether a lower-case word is a past participle used as an adjective ("unregulated",
    "unreported")."""
    return word.islower() and len(word) > _MIN_PARTICIPLE and word.endswith("ed")


_MIN_PARTICIPLE: Final = 4


def _is_adjective(word: str) -> bool:
    """Whether a lower-case word is an adjective by its ending ("regional", "economic",
    "humanitarian", "monetary") or one of a few others ("nuclear")."""
    return word in _SETTLEMENT_ADJECTIVES or (
        word.islower()
        and len(word) >= 5
        # ("people-to-people (and cultural exchanges)": a compound modifier)
        and (word.endswith(_ADJECTIVE_ENDINGS) or word in _OTHER_ADJECTIVES or "-to-" in word)
    )


# ("we want X's expertise in A and B to be part of Y": what it is to become, B the item)
_AFTER_CLAUSE: Final = re.compile(
    r"\s+(?:ahead\s+of|to\s+be\s+(?:[a-z]+(?:ed|en|lt|wn)|part\s+of|a\s+part\s+of))\s.*$"
)
# "Representatives of A, the X Seaport and B took part in the meeting": who came, named
_ATTENDEE_HEADS: Final = ("representatives ", "delegations ", "heads ", "officials ", "the ")
_ATTENDEES: Final = re.compile(
    r"(?:the\s+)?(?:representatives|delegations|heads|officials)\s+of\s.*?"
    r"\s(?:took\s+part|attended|participated)\b"
)
_PRESENCE_LEADS: Final = ("working in ", "operating in ", "doing business in ")
_SECTOR_ENDINGS: Final = (" sector", " sectors", " industry", " industries")
# An apposition that says what a group is made of ("consisting of 7 members of X").
# "(cargo) a year", "annually": the rate of an amount, a figure's too
_RATE: Final = re.compile(r"\s+(?:(?:a|per)\s+(?:year|month|week|day)|annually)\b")
# "of up to 500,000 tonnes of (cargo)": an amount of goods inside an item
_AMOUNT_OF_GOODS: Final = re.compile(
    r"(?:(?<!capacity\s)(?<!volume\s)\bof|\b[a-z]+ing)\s(?P<amount>(?:up\s+to\s+|about\s+|around\s+|some\s+|over\s+|"
    r"more\s+than\s+)?\d[\d,.]*\s+(?:million\s+|billion\s+|thousand\s+)?(?:tonnes|tons|"
    r"cubic\s+met(?:re|er)s|barrels|kilowatt-hours)\s+of\s+)(?=[a-z])"
)
# "of the more than 6,400 refugees", "of some 300 families": a count of the people the item's
# head is of (_COUNTED_PEOPLE: the word after it).
_OF_COUNT: Final = re.compile(
    r"\bof\s(?P<count>(?:the\s+)?(?:(?:more|fewer|less)\s+than\s+|over\s+|some\s+|about\s+|"
    r"around\s+|nearly\s+|almost\s+|up\s+to\s+|at\s+least\s+)?\d[\d,.]*\s+"
    r"(?:million\s+|thousand\s+)?)(?=[a-z])"
)
_COUNTED_PEOPLE: Final = words_of(
    "people persons refugees migrants families residents citizens nationals workers children "
    "students pilgrims victims households inhabitants civilians"
)
_MEMBERSHIP_LEADS: Final = ("consisting of ", "composed of ", "comprising ", "made up of ")
# "(which the two countries intend to build) together with X": with whom, not what
_PARTNER_LEADS: Final = ("together with ", "jointly with ")
# "(two agreements were signed,) bringing the number of X to 23": a count's new total, a
# figure's, not a subject
# An aside between commas on who leads a body, how large it is or what else it is called:
# "(whose members,) led by Ruritania(, account for ...)", "(the community,) estimated at about
# 5,000 people(, in ...)".
_ASIDE_LEADS: Final = (
    "led by ",
    "headed by ",
    "chaired by ",
    "estimated at ",
    "valued at ",
    "numbering ",
    # "(the Forum of Young Builders,) also known as Winter Forum": another name of the item
    # before, no subject of its own
    "known as ",
    "better known as ",
    "dubbed ",
    "nicknamed ",
)
# An aside between commas on when or where the item before is to be held: "(the session of
# the commission,) planned in Velmora in the spring(, and X)".
_WHEN_LEADS: Final = ("planned in ", "planned for ", "due in ", "slated for ", "set for ")
_TALLY_LEADS: Final = tuple(
    f"{verb} the {noun} "
    for verb in ("bringing", "raising", "taking", "increasing", "lifting")
    for noun in ("number", "total", "count")
)
# "(talked about) for two generations", "over the past decade": how long, not what
_DURATION: Final = re.compile(
    r"(?:for|over)\s+(?:the\s+(?:past|last|next)\s+)?(?:\d+|a|an|several|many|"
    + _NUMBER_WORD
    + r")?\s*(?:generations?|decades?|centuries|century|years?|months?|weeks?|days?|hours?)$"
)


# What follows the letter of a lettered list's line ("a. X", "b) Y")
_LETTER_MARKS: Final = (". ", ") ")
# Words a speaker sets off by commas inside a list ("all the issues, including, of course,
# X", "the key questions, first of all, Y"): asides, no items
_ASIDES: Final = frozenset(
    (
        "of course", "first of all", "above all", "first and foremost", "in particular",
        "including", "in addition", "for example", "for instance", "among others",
        "among other things", "notably", "naturally", "certainly", "in turn", "in short",
        # "(X was discussed) as well", "(discussed) in detail": how it was discussed
        "as well", "in detail", "at length",
    )
)  # fmt: skip
# "all the issues on our agenda", "the most important questions": the talks' subjects summed
# up, none named (a qualified kind, "regional issues", names one)
_SUMMED_UP: Final = re.compile(
    r"(?:all\s+)?(?:(?:the|our|these|those|such)\s+)?(?:(?:most|very)\s+)?"
    r"(?:(?:important|key|main|major|pressing|urgent|topical|priority|other|various|many|"
    r"relevant|current|basic|central|crucial|essential|fundamental)\s+)*"
    r"(?:issues|questions|matters|topics|problems|subjects)"
    r"(?:\s+(?:on|of)\s+(?:the|our|their|its)\s+(?:[a-z]+\s+)?agenda)?"
)


# A pure function of a short phrase, and the costliest step of reading a list: the fields
# briefs name ("energy", "agriculture", "transport and logistics") come back brief after brief.
@lru_cache(maxsize=4096)
def _clean(item: str) -> str | None:
    """An item as a topic: no leading article or vague head, no trailing place or stopword."""
    # From here on the item has single spaces and no space at either end; the patterns
    # anchored at its start are matched and cut off rather than substituted.
    item = " ".join(item.split()).strip(" ,.;:•·▪")  # and list bullets
    was_held = " held " in item  # (before its place and day are cut: "X held in Y on May 5")
    if item[1:3] in _LETTER_MARKS and "a" <= item[0] <= "z":
        item = item[3:]  # "a. trade and investment", "b) energy": a lettered list's mark
    if item[:1].islower() and (item in _ASIDES or _SUMMED_UP.fullmatch(item)):
        return None  # an aside, or the subjects summed up (see _ASIDES, _SUMMED_UP)
    if " " not in item:
        return _clean_word(item)
    if ("'s " in item or "’s " in item) and (
        (appositive := _OWNED_APPOSITIVE.fullmatch(item)) is not None
        and (appositive["rank"] or appositive["last"].lower() in TITLE_HEADS)
    ):
        # "(X,) the Fund's deputy director general", "(the Y field,) the world's
        # third-largest": what the name before it is, an office or a rank, no subject
        return None
    if (
        (item[:1] in _CURRENCY_SIGNS or "$" in item[:4])
        and (sum_ := _SUM_FIRST.match(item))
        and item.startswith(("for ", "in "), sum_.end())
    ):
        # "€10m for new passports": what the sum is for; "(invested) US$260 million in the
        # republic": a sum, a figure's, and where, no subject ("$2 million dairy farms" is
        # read below: the farms)
        rest = item[sum_.end() :]
        return _clean(rest[4:]) if rest.startswith("for ") else None
    # "the agenda of the X Union": the bloc's business, a subject, though the bloc alone
    # (left once the vague lead is cut) is who, not what (below)
    bloc_agenda = item.startswith(_AGENDA_OF)
    while lead := _lead_match(item):
        item = item[lead.end() :]
    if item.startswith(("co-fund ", "co-finance ")):
        item = item.partition(" ")[2]  # "(share X and) co-fund research into Y": the research
    if " being " in item:
        # "the efforts being made", "the reforms being carried out": the thing, without the
        # clause on what is done to it
        item = item[: item.index(" being ")]
        if " " not in item:
            return _clean_word(item)
    if (" ahead of " in item or " to be " in item) and (clause := _AFTER_CLAUSE.search(item)):
        # "climate change ahead of COP27": when it is discussed; "a solar plant to be
        # developed by X in Y": what is to be done with it, and by whom; the subject stays
        head = item[: clause.start()]
        if head.lower() not in _VAGUE and not head.lower().startswith("preparation"):
            item = head
            if " " not in item:
                return _clean_word(item)
    if item.startswith(_MEMBERSHIP_LEADS):
        return None  # "(the delegation,) consisting of 7 members of X": who, not what
    if item.startswith(_PARTNER_LEADS):
        return None  # "(a dam they plan to build) together with X": with whom, not what
    if item.startswith(_TALLY_LEADS):
        return None  # "(..., ) bringing the number of agreements (to 23)": a figure's total
    if item.startswith(_ASIDE_LEADS):
        return None  # "(its members,) led by Ruritania(, account for)": who leads, or how many
    if item.startswith(_WHEN_LEADS):
        return None  # "(the next session,) planned in Velmora in the spring": when and where
    if " of " in item and (amount := _AMOUNT_OF_GOODS.search(item)):
        # "the transportation of up to 500,000 tonnes of cargo a year": what is carried
        # (the amount is a figure's)
        item = _RATE.sub("", item[: amount.start("amount")] + item[amount.end() :])
    if (
        " of " in item
        and (counted := _OF_COUNT.search(item))
        and item[counted.end() :].split(" ", 1)[0] in _COUNTED_PEOPLE
    ):
        # "the needs of the more than 6,400 refugees who came in May": whose needs (the count
        # is a figure's, and who they are is no part of the subject; "a portfolio of 45
        # projects", "the supply of 500 tractors" count what a figure measures)
        rest = item[counted.end() :]
        if " who " in rest:
            rest = rest[: rest.index(" who ")]
        item = item[: counted.start("count")] + rest
    if item.startswith(("another on ", "the other on ")):
        # "(a memorandum on X) and another on Y": what the next document is on
        return _clean(item.split(" on ", 1)[1])
    if item.startswith(("each other ", "one another ", "other on ", "other in ")):
        # "(supported) each other on issues of X": how they stand together, then on what
        rest = item.split(" ", 2)[-1] if item.startswith(("each ", "one ")) else item[6:]
        return _clean(rest[3:]) if rest.startswith(("on ", "in ")) else None
    if item.startswith(_PRESENCE_LEADS):
        # "(firms interested in) working in the X market": being there, no subject; "working
        # in X's energy sector": the sector
        rest = item.split(" ", 2)[2]
        if not rest.endswith(_SECTOR_ENDINGS) or rest.startswith("the "):
            return None
        return _clean(rest)
    if item.startswith(("for ", "over ")) and _DURATION.match(item):
        return None
    if "ing " in item and (doing := _HOLDER_DOING.search(item)):
        # "mining projects meeting EU standards": the projects, without the clause
        item = item[: doing.start()]
    elif item.startswith(_HOLDER_WORDS) and _HOLDER_DOING_START.match(item):
        return None  # "(supported) projects protecting an area of X": which projects, unnamed
    if (" mission" in item or " forum" in item or " fora" in item or " delegation" in item) and (
        mission := _MISSION_OF.match(item)
    ):
        # "a trade mission of 20 firms to X", "a business forum be held in Y": the mission
        # or forum, without who goes or where
        item = mission.group(1)
    if " between " in item and (parties := _PROGRAM_BETWEEN.search(item)):
        # "a research program between A University and B College on fisheries": the program
        # and its subject, without who runs it
        item = item[: parties.start(1)] + item[parties.end(1) :]
    if item.endswith(("times", "fold")) and (multiple := _MULTIPLE_AFTER.search(item)):
        return _clean(item[: multiple.start()]) if multiple.start() else None
    if (
        " between the " in item
        and (states := _STATE_PARTIES.search(item))
        and states.start()
        and " on " not in states.group()  # (not "Agreement between A and B on X": X follows)
        # ("ties between the Kingdom of A and B": the relation of the two, whose they are)
        and item[: states.start()].rsplit(" ", 1)[-1].lower() not in _RELATION_HEADS
    ):
        item = item[: states.start()]
        if " " not in item:
            return _clean_word(item)
    if " by " in item and (by := _BY_AGENT.search(item)):
        # "the X Forum organized by the Y Board": who holds it is no part of what it is
        item = item[: by.start()]
        if not item:
            return None
    if " " not in item:
        return _clean_word(item)  # "the border"
    if item[:1].lower() in _DOCUMENT_INITIALS and (document := _DOCUMENT.match(item)):
        # "Memorandum of understanding on cooperation in the field of X between A and B":
        # a document is no topic; what it is on is.
        subject = _document_subject(item[document.end() :])
        if subject is not None:
            return _clean(subject) if subject else None
    if " ranging from " in item and _FROM_TO.match(item):
        return None  # "areas ranging from X to Y": a range, whose ends are the items
    if "capital of " in item and _CAPITAL_OF.match(item):
        # "(increase) the capital of the Fund (to $X)": a sum held, a figure's measure; "the
        # capital of X Province": a city. Neither is a subject.
        return None
    if item.startswith("one of "):
        return None  # "(A and B,) one of the priorities of X": an aside on the items before
    if item.startswith(("one on ", "ones on ")) and not item.startswith("one on one "):
        # "three memoranda, including one on political consultations": a document again
        subject = _document_subject(item.split(" ", 1)[1])
        return _clean(subject) if subject else None
    if " of " in item and (field := _THE_FIELDS_OF.search(item)):
        # "Cooperation in the fields of X (and Y) was discussed": the fields are X
        item = item[field.end() :]
        if " " not in item:
            # "areas of cooperation": which relation, not a field of it
            return None if item.lower() in _RELATION_HEADS else _clean_word(item)
    words = item.split()
    if words and words[-1].lower() in ("here", "there"):
        return _clean(" ".join(words[:-1]))  # "(discuss) our plans here": where they are
    if words and words[-1].lower() in _STOP:
        of_cut = words[-1].lower() == "of"
        while words and words[-1].lower() in _STOP:
            words.pop()
        if of_cut and len(words) == 1:
            return None  # "the launch of (negotiations on X)": the next cue names what
        item = " ".join(words)
    if not words:
        return None
    if words[-1].lower() in _WH_WORDS or (
        len(words) > 1 and words[0].lower() in _PRONOUNS and words[1] in _PRONOUN_AFTER
    ):
        # "(the ministry did not say what) was discussed", "discussed (this at talks in X)":
        # a clause around the subject, which is named elsewhere or not at all
        return None
    if (
        words[-1].lower() in _TIME_UNITS
        and len(words) > 1
        and (words[-2][:1].isdigit() or words[-2].lower() in _PER_UNIT)
        and (number_at := _first_count(words[:5])) is not None
        and "of" not in words[number_at:]
    ):
        # "lease for up to 49 years", "two flights a week", "grace period of 10 years": how
        # long or how often, not what (a longer subject before the number stays, and so does
        # "up to 9,000 tonnes of salmon a year", which names the goods)
        return None
    if item.endswith(_LOAN_TERMS) or item.startswith(_LOAN_TERMS):
        return None  # "(a term of 25 years, including) a five-year grace period": a term
    if words[0][-2:] in ("’s", "'s") or (
        len(words) > 2
        and words[1][-2:] in ("’s", "'s")
        and item[:1].isupper()
        and item.partition(" ")[2][:1].isupper()
        and item.split(" ", 3)[2][:1].islower()  # (not "Democratic People's Republic of X")
    ):
        owned = _POSSESSOR.sub("", item)
        if len(words) == 2 and (words[1].lower() in _VAGUE or words[1].lower() in _OWNED):
            return None  # "the company's plans", "the port's facilities": whose, not what
        if len(words) == 2 and words[1].lower() in _ROLES:
            # "the importance of X's role": the role is the named one's, nothing without it
            return item if owned != item else None
        if len(words) > 3 and words[1].lower() in _VAGUE and owned != item:
            return _clean(owned)  # "Alba's plans for a ferry link": whose plans, then what
        item = owned
        if words[-1].lower() in _PLACE_NOUNS:
            return None  # "(in X,) the country's second-largest city": where, not what
    elif (
        len(words) > 3
        and words[0][:1].isupper()
        and ("’s " in item or "'s " in item)
        and (owner := _NAME_POSSESSOR.match(item))
        and item[owner.end() :].split(" ", 1)[0].lower() in _VAGUE
    ):
        # "the X Islands Forum's plans for a policing initiative": whose plans, then what
        return _clean(item[owner.end() :])
    for lead_pattern, lead_words in _LATER_LEADS:
        lead = _match_first_word(lead_pattern, lead_words, item)
        if lead:
            item = item[lead.end() :]
            if item[:1].isupper() and (country_of_word(item) or is_city(item)):
                return None  # "(go to) projects in Alba": where the projects are, not what
    low = item.lower()
    if low.startswith(_CLAUSE_LEADS):
        return None  # ", due to be held in May", "(talks on) the sidelines of the forum"
    if (
        " project" in f" {low}"
        and (priced := _PRICED_PROJECT.match(low))
        and _only_amount(low[priced.end() :])
    ):
        return None  # "(the X port,) a project estimated at up to $2.5 billion": its cost
    if (
        low[:1] in "cefilvw"  # (the first letters of _PRICE_ONLY: a cheap gate)
        and (price := _PRICE_ONLY.match(low))
        and _only_amount(low[price.end() :])
    ):
        # "(the X plant,) estimated at $5bn", "(an agreement on) financing of $30 million": a
        # sum alone, named by the figures
        return None
    if low.endswith(" agenda") and all(
        word in _AGENDA_OWNERS
        or _AGENDA_SIZE.fullmatch(word)
        or all(country_of_demonym(part) for part in word.split("-"))
        for word in item.split()[:-1]
    ):
        return None  # "(the state of) the A-B bilateral agenda": the talks' whole, none named
    if " of " in low and low.startswith(_RESULT_LEADS) and _EVENT_RESULTS.fullmatch(low):
        return None  # "(review) the results of the session": what it reached, said elsewhere
    if "visit" in low and _A_VISIT.match(low):
        # "(talks on) his first visit to X", "(preparations for) the visit of the Y Prime
        # Minister": the occasion, an event, no subject
        return None
    if low.startswith(("elevat", "upgrad", "raising")) and _RELATIONS_RAISED.fullmatch(low):
        return None  # "(a statement on) elevating bilateral relations (to a "X")": the level
    if len(words) == 2 and words[1].lower() in _BARE_MODIFIERS:
        # "(to) develop key (areas of X)": what to do, of which kind, with the head cut
        return None
    if len(words) == 3 and words[1].lower() in _DEMONSTRATIVES and words[0].endswith("ing"):
        return None  # "expanding these routes": what was named before
    if len(words) == 2 and words[0].lower() in _DEMONSTRATIVES:
        return None  # "(bring) this figure (to $50 million)": what was named before
    if " of " in low and any(side in low for side in _SIDES):
        place = _TRAILING_PLACE.search(lower_same(item))
        if place:
            item = item[: place.start()]
            low = item.lower()
    if item[-1:].isdigit() and (years := _YEARS_AFTER.search(item)):
        item = item[: years.start()]  # "bilateral cooperation for 2027–2029": the period goes
        low = item.lower()
    if low.endswith((" together", " jointly")):
        item = item.rsplit(" ", 1)[0]  # "(to fight) smuggling together": how, not what
        low = item.lower()
    last = item.rsplit(" ", 1)[-1]
    if (last.isdigit() or last.lower() in _TIME_LAST_WORDS) and (
        time := _TRAILING_TIME.search(f" {item}")
    ):
        # "the agreements reached at the summit in Moscow in October": when, then where
        if time.start() == 0:
            return None  # "(double the volume of) two years ago": a time alone
        item = item[: time.start() - 1]
        low = item.lower()
    if item.endswith(_NEXT_EVENTS) and (event := _AT_NEXT_EVENT.search(item)):
        # "(a memorandum on) e-commerce at the upcoming committee meeting": when it is to
        # be signed, not what about
        item = item[: event.start()]
        low = item.lower()
    if item.endswith(_DURATION_UNITS) and (stay := _STAY_AFTER.search(item)):
        # "visa requirements for holders of X for visits of up to 90 days": how long, after
        # the subject
        item = item[: stay.start()]
        low = item.lower()
    if item.endswith((" interest", " concern")) and (interest := _OF_INTEREST.search(item)):
        item = item[: interest.start()]  # "regional developments of common interest"
        low = item.lower()
    if item.endswith(", respectively"):
        item = item[: -len(", respectively")]
        low = item.lower()
    if item.endswith(" from all sources"):
        item = item[: -len(" from all sources")]  # "investment in fixed assets from all sources"
        low = item.lower()
    if item.startswith(("under construction", "being built")) or _MAGNITUDE_LAST.search(item):
        # ", under construction on the border": a clause on the item before; "a joint 1
        # trillion-won (fund)" cut before its noun: an amount
        return None
    if " cooperation to " in item:
        # "security cooperation to jointly safeguard stability": the purpose goes
        item = item[: item.index(" cooperation to ") + len(" cooperation")]
    if " agreed at " in item:
        item = item[: item.index(" agreed at ")]  # "the partnership agreed at the summit"
        low = item.lower()
    if " signed " in item and (signed := _SIGNED_AFTER.search(item)):
        # "the X Agreement signed between the EU and Y earlier": when and by whom it was
        item = item[: signed.start()]
        low = item.lower()
    if " with " in item and (whom := _WITH_WHOM.search(item)):
        # "discussed media freedom with her counterparts": with whom, not what
        item = item[: whom.start()]
        low = item.lower()
    if (
        item.endswith(" countries")
        and (parties := _FOR_COUNTRIES.search(item))
        # ("contacts between the business circles of the two countries": the parties whose
        # circles they are, kept or cut whole below)
        and not (parties.group(1).lower() == "of" and " between " in item)
    ):
        # "direct flights between the two countries", "the X Corridor for both countries",
        # "women in the assemblies of both countries": whose, not what
        item = item[: parties.start()]
        low = item.lower()
    if (
        " in " in item
        and (whose := _INVESTED_IN_WHOSE.match(item))
        and country_of_word(whose.group("name"))
    ):
        # "(interested in) long-term investments in X's agriculture, (petrochemicals and Y)":
        # the field, as the items after it are
        item = item[whose.end() :]
        if " " not in item:
            return _clean_word(item)
        low = item.lower()
    if (" to " in item or " into " in item) and (whither := _GOODS_WHITHER.search(item)):
        name = whither.group("name")
        before = item[: whither.start()]
        first, _, last = before.lower().rpartition(" ")
        if (
            # not "access to the EU market", "a pipeline to X", "goods exported to X"; nor
            # "the supply of salmon to X", whose place is part of the flow it names
            " of " not in before
            and first.partition(" ")[0] not in _ROUTE_HEADS
            and last not in _ROUTE_HEADS
            and not last.endswith("ed")
        ) and (
            (
                whither.group("market")
                # "the Chinese market", "European markets", "the EU market"
                and (
                    country_of_demonym(name.split()[-1])
                    or country_of_word(name.split()[-1])
                    or country_of_demonym(name)  # "the South African market"
                )
            )
            or (not whither.group("market") and country_of_word(name))
        ):
            item = before
            low = item.lower()
    if " in " in item:
        trailing = _TRAILING_IN.search(item)
        name = trailing.group("name") if trailing else None
        if (
            trailing
            and (name is None or country_of_word(name) or is_city(name))
            and item[: trailing.start()].lower() not in _VAGUE  # "situation in Afghanistan"
            # "the war in Ukraine": the place is part of the subject
            and item[: trailing.start()].rsplit(" ", 1)[-1].lower() not in _PLACE_SUBJECTS
        ):
            item = item[: trailing.start()]
            if item.endswith((" and", " or")):
                # "the situation in Mali and in Chad": the first place stays with the subject
                item = item.rsplit(" ", 1)[0]
            low = item.lower()
            if " " not in item:
                return _clean_word(item)  # "companies in the regions of X": who, where
    if " near " in item and (near := _TRAILING_NEAR.search(item)) and near.start():
        item = item[: near.start()]  # "a new city project near the capital": where it lies
        low = item.lower()
    if item.endswith((" carried out", " under way", " underway")):
        item = item.rsplit(" ", 2 if item.endswith(("carried out", "under way")) else 1)[0]
        low = item.lower()  # "the political reforms carried out": the reforms
    if (
        item.endswith(_BORDER_WORDS)
        and item.count(" ") >= _MAX_WORDS
        and (place := _AT_BORDER.search(item))
    ):
        # "the construction of the ... Centre for Industrial Cooperation on the border": too
        # long with the place where it stands, which goes.
        item = item[: place.start()]
        low = item.lower()
    areas_developed = False
    if item.endswith(" areas") and (place := _PLACE_AREAS.search(item)):
        if item.endswith(" of", 0, place.start()):
            # "the development of border areas": the areas are what is developed
            areas_developed = True
        elif not place.group(1):
            return None  # "rural areas" alone is a place, not a sector
        else:
            item = item[: place.start()]  # "roads in rural areas": where
            low = item.lower()
    if " " in item and item.endswith(_SECTOR_WORDS) and not areas_developed:
        # "critical minerals sectors", "non-resource sectors": the sectors are named by what
        # comes before.
        rest = _PLURAL_HEADS.sub("", item)
        if " " in rest or not _bare_modifier(rest):
            item = rest  # ("non-oil sectors" stay: "non-oil" alone names no field)
            low = item.lower()
            if " " not in item:
                return _clean_word(item)  # "five areas": how many, not which
    initial = item[:1]
    if initial in _APPROX_INITIALS and (approx := _APPROX_AMOUNT.match(item)):
        initial = item[approx.end()]  # "about 1,150 km of canals": the amount
    else:
        approx = None
    amount_at = approx.end() if approx else 0
    if initial in _MONEY_INITIALS and _SUM_ITEM.fullmatch(item, amount_at):
        return None  # "(some) R35-billion a year in lost sales": a sum, not a subject
    if (initial.isdigit() or initial in _MONEY_INITIALS) and (
        amount := _AMOUNT_LEAD.match(item, amount_at)
    ):
        item = item[amount.end() :]  # "1,200 km of railway lines", "$5 million investment in"
        if lead := LEADING_ARTICLE.match(item):
            item = item[lead.end() :]
        low = item.lower()
        if low in _MAGNITUDES:
            return None  # "a €35 million (credit line for X)": an amount alone
    if low[:1].isdigit() and (count := _COUNT_LEAD.match(item)):
        # "(build) 12 small hydropower plants", "(rebuild) 14 substations": how many of what;
        # a unit or a vague word after the number ("500 tonnes", "27 projects") stays a figure
        rest = item[count.end() :]
        rest_words = rest.lower().split()
        head_words = _AFTER_COUNTED.split(rest.lower(), 1)[0].split()
        if (
            rest_words[0] not in _COUNT_UNITS
            and rest_words[0] not in _MAGNITUDES
            and rest.lower() not in _VAGUE
            and head_words[-1] not in _COUNTED_HEADS  # "15 joint projects": how many
            and (len(head_words) > 1 or head_words[0] not in _PEOPLE)
        ):
            if rest_words[-3:-1] == ["to", "the"] and rest_words[-1] in _DESTINATIONS:
                return None  # "(the supply of 60 harvesters and) 12 ferries to the province"
            item, low = rest, rest.lower()
    if (
        low.partition(" ")[0] in _NUMBER_WORDS
        # (in lower case: "the Two Countries campaign" is a name)
        and _AFTER_COUNTED.split(item, 1)[0].rsplit(" ", 1)[-1] in _COUNTED_HEADS
    ):
        return None  # "three new projects in the A region": how many, as "3 new projects" is
    if low[:1].isdigit() and (size := _SIZE_MODIFIER.match(item)):
        item = item[size.end() :]  # "a 150-room hotel", "a 500-bed hospital": how large, then what
        low = item.lower()
    if low[:1] in "12" and (year := _YEAR_LEAD.match(item)):
        item = item[year.end() :]  # "the 2030 Regional Summit": which year's, then the event
        low = item.lower()
    if (
        (
            (low[:1] in _AMOUNT_INITIALS or low[:1].isdigit())
            and _AMOUNT_START.match(low)
            # ("the Third Neighbour Trade Act": two capitalised words, a name, not a fraction)
            and not (item[:1].isupper() and item.partition(" ")[2][:1].isupper())
        )
        or (low[:1] in "ud" and _CHANGE_LEAD.match(low))
    ):
        return None  # "a quarter of mutual trade", "up 35 percent": a figure, not a subject
    if " of " in item and _OF_APPROX_AMOUNT.fullmatch(item):
        return None  # "a second instalment of up to $75 million": a figure, not a subject
    if " of " in item and (sized := _THING_OF_SUM.match(item)):
        # "a credit line of EUR 5 million for the supply of X": the thing and what it is for,
        # without its sum (a figure's)
        return _clean(f"{sized.group('thing')} {sized.group('rest')}")
    if (" with " in low or " at " in low) and _EVENT_WITH.match(low):
        return None  # "a roundtable with 9 fishing firms": an event and who came, no subject
    if low.startswith(_HELD_EVENTS) and was_held:
        return None  # "the meeting of the X Council held in Minsk on November 27": an event
    two = low.split(" ", 2)[:2]
    if (
        (low[:1].isdigit() or two[0] in _EVENT_FIRST_WORDS) and _EVENT_OF.match(low)
    ) or not _EVENT_WORDS.isdisjoint(two):
        return None  # "the 10th meeting of", "a ceremony marking": an event
    first = item.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() in TITLE_HEADS and item.rsplit(" ", 1)[-1].istitle():
        return None  # "Director of the Americas Department X Y": a person
    if (
        not _ORGANISATION_HEADS.isdisjoint(item.split())
        and _TITLE_CASE.fullmatch(_LEADING_THE.sub("", item))
        # "discussed A, B and the X Cooperation Fund": a fund named for the cooperation it
        # finances is an instrument the sides use, a subject ("the Alban Fund for
        # Development", "the X Investment Fund": investors and lenders, who)
        and _INSTRUMENT_FUND.search(item) is None
    ):
        if bloc_agenda:
            return f"agenda of the {_LEADING_THE.sub('', item)}"
        return None  # "the Shanghai Cooperation Organization": who, not what
    if low.endswith(_PROGRAMME_HEADS) and (
        _TITLE_CASE.fullmatch(item.rsplit(" ", 1)[0])
        or (low.count(" ") == 1 and "-" in low)  # "a U.S.-funded program": only its sponsor
    ):
        return None  # "the X Cooperation Programme" trains officials: who pays, not what
    if low.startswith(_ORDINALS) and (stage := _STAGE_OF.match(low)):
        # "the first stage of construction": a step of something named elsewhere; "the
        # second phase of the Orion project" names it.
        item = item[stage.end() :]
        if " " not in item or item[:1].isdigit():
            return None  # "the second phase of 600 megawatts": an amount
        low = item.lower()
    first, _, rest = low.partition(" ")
    if first.endswith("ing") and rest.partition(" ")[0] in _POSSESSIVES:
        return None  # "raising its capacity": a clause about something named before it
    if first.endswith("ing") and rest[:1].isdigit():
        return None  # "building 3,000 flats": a figure of what is done, not a subject
    if (
        first.endswith("ing")
        and rest[:1] in _APPROX_INITIALS
        and (approx := _APPROX_AMOUNT.match(rest))
    ):
        # "absorbing about 2 million barrels", "supplying roughly 90% of the market": how much,
        # with no goods named ("delivering up to 9,000 tonnes of salmon" names them)
        measured = rest[approx.end() :]
        if " of " not in measured or measured.split(" ", 1)[0].endswith("%"):
            return None
    if first in _POSSIBILITY and rest.startswith("of ") and low.endswith("ing"):
        return None  # "the possibility of signing (an agreement on X)": the next cue's X
    if first in _READINESS and rest.startswith("of "):
        return None  # "the readiness of Japanese companies (to take part in X)": who, not what
    if first in _JOINING and low.endswith(_AGENTS):
        return None  # "participation of foreign companies": who takes part, not in what
    if low.endswith("ing") and low[: low.rfind(" ")].endswith(_AGENTS):
        return None  # "(support) foreign companies investing": who, not what
    if first in _DELIVERY_WORDS and rest[3:4].isdigit() and rest.startswith("of "):
        return None  # "(contracts for) the supply of 60 harvesters": a deal's goods counted
    if low.partition(" ")[0] in _COUNT_WORDS and _COUNT_OF.match(low):
        return None  # "a portfolio of 27 projects": a count of things named elsewhere
    if (first.isdigit() or first in _NUMBER_WORDS) and _COUNTED_DOCUMENTS.match(low):
        return None  # "(16 documents, including) eight intergovernmental agreements"
    if (" them in " in low or " it in " in low) and (grow := _PURPOSE_GROW_IN.search(low)):
        # "(reviewed) relations and ways to develop them in energy": the field they are to
        # grow in opens the list
        item = item[grow.end() :]
        low = item.lower()
    if low.startswith(_PURPOSE_HEADS):
        if _CUT_PURPOSE.fullmatch(low):
            return None  # "ways to enhance" with its object cut off by the next cue
        if purpose := _PURPOSE_GROW.match(low):
            # "ways to increase transit of goods": the subject is what is to grow.
            item = item[purpose.end() :]
            low = item.lower()
            if low in _STOP or low in _VAGUE:
                return None
    words = low.split()
    if len(words) == 2 and words[1] in _SIDE_WORDS:
        return None  # "the Nigerian side", "the other side": a party to the talks, not a subject
    if len(words) > 1 and words[-1] in _DONE_WORDS:
        item = item[: item.rindex(" ")]  # "agreements reached": the agreements
        low = item.lower()
        words.pop()
    if (
        len(item) < 3
        or not (item[0].isalpha() or any(ch.isalpha() for ch in item))
        or low in _STOP
        or low in _VAGUE
        or low in _BARE_MODIFIERS  # "key sectors" with its head cut: which, not what
        or low in _DOCUMENT_WORDS  # "a program of (cooperation in X)": a document, no topic
        or low in _BARE_AREAS  # "(a wide range of) fields, including X": X names them
        or _WHEN_ONLY.fullmatch(low) is not None  # "in the coming days", "for the first phase"
    ):
        return None
    if " with a" in item and _FIELD_WITH_SIZE.search(item):
        # "(projects in) the energy sector with a total capacity of 5,000 MW": the size is the
        # projects', not the field's
        item = _CAPACITY_AFTER.sub("", item)
        low = item.lower()
        words = low.split()
    if len(words) > _MAX_WORDS and " with a" in item:
        item = _CAPACITY_AFTER.sub("", item)  # "a plant in X with a capacity of 100 MW"
        trailing = _TRAILING_IN.search(item) if " in " in item else None
        if trailing and trailing.group("name") is None:
            item = item[: trailing.start()]  # "... in the Turkestan region", now at the end
        low = item.lower()
        words = low.split()
    if " with " in item and (sum_with := _WITH_SUM.search(item)):
        item = item[: sum_with.start()]  # "grid projects with EUR 450 million": how much
        low = item.lower()
        words = low.split()
        if low in _VAGUE:
            return None  # "(supported) the country with more than EUR 5 million": whom
    if len(words) > _MAX_WORDS and " with " in item and (count := _WITH_COUNT.search(item)):
        # "direct flights between A and B with three flights a week": how many goes
        item = item[: count.start()]
        low = item.lower()
        words = low.split()
    if (
        len(words) > _MAX_WORDS
        and item.endswith(" countries")
        and (parties := _BETWEEN_WHOSE.search(item))
    ):
        # "a programme for the exchange of experts between the grid operators of both
        # countries": too long with whose the parties are, which goes
        item = item[: parties.start()]
        low = item.lower()
        words = low.split()
    if (
        len(words) > _MAX_WORDS
        and " of " in item
        and (of_sum := _OF_SUM.search(item))
        and _SUM_HOLDER.fullmatch(item, 0, of_sum.start())
    ):
        item = item[: of_sum.start()]
        low = item.lower()
        words = low.split()
    if len(words) > _MAX_WORDS and " the " in item and (tail := _LONG_TAIL.search(item)):
        # "the opening of a language course at the Institute of X of the Ministry of Y",
        # "electricity produced from renewable sources through the A – B – C green energy
        # corridor", "citizens working in X under the Y System", "the process of normalising
        # X on the basis of the Y statements": too long with where it is held, the route it
        # takes, the scheme it is under or what it rests on, which go
        item = item[: tail.start()]
        low = item.lower()
        words = low.split()
    if (
        len(words) - words.count("–") - words.count("—") > _MAX_WORDS
        and " in the " in item
        and (zone := _IN_NAMED_ZONE.search(item))
    ):
        # "co-financing of a dry port in the A – B special economic zone": too long with the
        # named zone where it stands, which goes
        item = item[: zone.start()]
        low = item.lower()
        words = low.split()
    if (
        " under " in item
        and (deal := _UNDER_DEAL.search(item))
        and (held := item[: deal.start()]).rsplit(" ", 1)[-1].lower() not in _HOLDER_NOUNS
        and held.lower() not in _VAGUE
    ):
        # "defence cooperation under an agreement X signed in May": the framework it runs
        # under goes ("projects under the X initiative" are named by it)
        item = held
        low = item.lower()
        words = low.split()
    if len(words) > _MAX_WORDS and " between " in item:
        if link := _LINK_BETWEEN.search(item):
            item = item[: link.end()]  # too long with what follows the places a link joins
        if len(item.split()) > _MAX_WORDS and (pair := _BETWEEN_PLACES_END.search(item)):
            # "a second bridge over the X river between A and B": and with the two places
            # it joins, which go
            item = item[: pair.start()]
        low = item.lower()
        words = low.split()
    if len(words) > 1 and words[0] in _RELATION_HEADS and _OF_THE_PARTIES.fullmatch(low):
        return None  # "the cooperation of the two parliaments": whose, not what
    if "it" in words and "IT" in item.split() and words.count("it") < len(words):
        # "the IT sector": information technology, not the pronoun
        words = [word for word in words if word != "it"]
    if (
        # (a spaced dash joining two names, "the A – B section", is no word)
        len(words) - words.count("–") - words.count("—") > _MAX_WORDS
        or not _BAD_WORDS.isdisjoint(words)
        or ((item[:1] in _MONTH_INITIALS or item[:1].isdigit()) and _DATE_START.match(item))
    ):
        return None
    if (
        words[0] in _BAD_FIRST_WORDS
        or words[0] in _DONE_WORDS  # ", signed in Baku in June": a clause on the item before
        # "(..., on Monday,) Alba News reports": who reports it, not what
        or (words[-1] in _REPORTING_VERBS and item[:1].isupper())
        # "(A, including B,) showed the depth of trust": a verb and its object, a clause
        or (
            len(words) > 2
            and words[1] in _CLAUSE_OBJECT_LEADS
            and words[0].endswith("ed")
            and item[:1].islower()
        )
        # "(duties on 90% of tariff lines,) covering nearly 99% of exports": a share's clause
        or (words[0] in _SHARE_CLAUSE_VERBS and any(ch.isdigit() for ch in item))
        # "(take part in the forum) and visit the X Memorial": where one goes, a verb's place
        or (
            words[0] in _VISIT_WORDS
            and len(words) > 1
            and (words[1] == "the" or item.split(None, 2)[1][:1].isupper())
        )
        or words[-1] in _BAD_LAST_WORDS
        or _only_places(item)
        # "(customers, including) China and Russia": who, not what
        or (item[:1].isupper() and " and " in item and _only_countries(item))
        # "(to discuss) a planned 1.8 billion reais (investment by X)": a sum whose head the
        # brackets cut off, no subject
        or (
            len(words) >= 3
            and words[-1] in CURRENCY_WORDS
            and (words[-2] in _MAGNITUDES or words[-2][:1].isdigit())
            # (not "a factory with an investment of 1.2 trillion soums": the factory)
            and _STOP.isdisjoint(words[:-2])
        )
        # "possible Turkish (participation in X)": a modifier whose head the next cue cut off
        or (
            " " in item
            and len(words) <= 3
            and item[-1:].isalpha()
            and item[:1].islower()
            and (last := item.rsplit(" ", 1)[-1])[:1].isupper()
            and _STOP.isdisjoint(words[:-1])
            and country_of_demonym(last) is not None
        )
    ):
        return None
    if low.startswith("holders of "):
        # "(a crossing open for citizens of third countries) and holders of service passports":
        # who may cross, no subject ("visa exemption for holders of X" keeps its head)
        return None
    head = low.split(" of ", 1)[0]
    if _PEOPLE.isdisjoint(head.split(" ")):
        return item  # the test below reads the last word of a part of the head
    if " " in head:
        head = _AFTER_HEAD.split(head, 1)[0]  # "students under a programme": students
    if head.rsplit(" ", 1)[-1] in _PEOPLE:
        return None  # "heads of regions", "business leaders": who, not what
    return item


def _first_count(words: list[str]) -> int | None:
    """The index of the first number among `words` ("49", "two"), or None."""
    for index, word in enumerate(words):
        if word[:1].isdigit() or word.lower() in _NUMBER_WORDS:
            return index
    return None


def _lead_match(item: str) -> re.Match[str] | None:
    """`_LEAD.match(item)` for an item with single blanks, tried only when its first word may
    start it (a non-ASCII word may match a pattern letter under re.I: it is tried)."""
    return _match_first_word(_LEAD, _LEAD_WORDS, item)


def _match_first_word(
    pattern: re.Pattern[str], first_words: frozenset[str], item: str
) -> re.Match[str] | None:
    """`pattern.match(item)` for an item with single blanks and a pattern (under re.I) whose
    every match starts with one of `first_words`, tried only when the item's first word is
    one (a non-ASCII word may match a pattern letter under re.I: it is tried)."""
    first = item.partition(" ")[0].partition("-")[0]  # "co-operation": "co"
    if first.isascii() and first.lower() not in first_words:
        return None
    return pattern.match(item)


def _only_places(item: str) -> bool:
    """Whether the item names places only ("Casablanca and Nairobi", "the Alpha and Beta
    regions"): where, not what."""
    if item.endswith(_REGION_HEADS) and _NAMED_REGIONS.fullmatch(item):
        return True
    for word in item.split():
        # a loop, not all() over a list: most items fail at their first (lower-case) word
        if word != "and" and word != "or" and not (word[:1].isupper() and is_city(word)):
            # ("New Delhi", "Kuala Lumpur": a city of more words than one)
            return word[:1].isupper() and is_city(item)
    return True


def _only_countries(item: str) -> bool:
    """Whether the item names countries (or cities) only ("Russia and China", "the EU")."""
    return all(country_of_word(part) or is_city(part) for part in _PLACE_SEPARATOR.split(item))


def _document_subject(rest: str) -> str | None:
    """What a document is on, from the words after its name: "" when they say nothing of
    it ("of joint events", "between A and B", nothing), None when they are no such words
    ("reached at the summit": the document itself is the item)."""
    rest = rest.strip()
    if not rest:
        return ""
    parties = rest.startswith("between ")
    connector = (_DOCUMENT_ON.search if parties else _DOCUMENT_ON.match)(rest)
    if connector is None:
        return "" if parties or rest.startswith(("of ", "for ")) else None
    subject = rest[connector.end() :]
    if subject.startswith(("ratification of ", "the ratification of ")):
        return subject  # 'a law on ratification of the Agreement between A and B on X': X
    between = subject.find(" between ")
    if between > 0:
        subject = subject[:between]  # the parties after the subject
    if " with a " in subject:
        subject = _CAPACITY_AFTER.sub("", subject)  # the size of what it is on
    return _YEARS_AFTER.sub("", subject)


# Endings of adverbs, not of nouns ("supply", "family", "assembly" end in none of them).
_ADVERB_ENDINGS: Final = ("ingly", "ally", "ately", "ently", "antly", "ously", "ively", "edly")


def _only_amount(text: str) -> bool:
    """Whether `text` says how much and nothing else ("up to $2.5 billion", "about US$ 30
    million", "40 billion tenge")."""
    return any(ch.isdigit() for ch in text) and all(
        any(ch.isdigit() for ch in word)
        or word in _AMOUNT_WORDS
        or word in CURRENCY_WORDS
        or (len(word) == 3 and word.upper() in iso_currencies())  # "usd 30 million"
        or not any(ch.isalpha() for ch in word)
        or (len(word) <= 4 and word.rstrip("$").isalpha() and word.endswith("$"))
        for word in text.split()
    )


def _clean_word(item: str) -> str | None:
    """`_clean` of a single word: the leads, places and heads it cuts need two words."""
    low = item.lower()
    if item in _FIELD_ACRONYMS:
        return item
    if "-" in item and all(country_of_demonym(part) for part in item.split("-")):
        return None  # "Kazakh-Austrian" (cooperation), its head cut by the next cue: whose
    if (
        len(item) < 3
        or low in _STOP
        or low in _VAGUE
        or low in _BAD_WORDS
        or low in _DONE_WORDS
        or not (item[0].isalpha() or any(ch.isalpha() for ch in item))
        or _AMOUNT_START.match(low)
        or low in _DOCUMENT_WORDS
        or low in _PLACE_ADJECTIVES  # "in rural areas": where, not a sector
        or low in _BAD_LAST_WORDS  # "bilateral" with its head cut off by the next cue
        or low in _PEOPLE  # "including ministers": who, not what
        or f" {low}" in _AGENTS  # "(banks and) companies (in the regions of X)": who
        or low in _CITIZENS  # "the movement of goods and citizens": whose movement
        or low in _BARE_MODIFIERS  # "in key sectors": which, not what
        or low in _COMPARATIVES  # "closer (cooperation in X)" with its head cut by the cue
        or low in _LEADING_ADJECTIVES  # "expand new (areas such as X)": which, not what
        or low in _BARE_AREAS  # "expand new areas": no field named
        or low.endswith(("'s", "’s"))  # "the company's (plans to X)": whose, not what
        or low in WEEKDAYS  # "(cooperation on) Thursday": when, not what
        or low in _SEASONS  # "(imported, mostly in) winter": when, not what
        or low in _SENTENCE_ADVERBS  # "Later, (X was discussed)": when, not what
        # "(textiles and,) increasingly, (tourism)": an adverb set off by commas, no subject
        or (item[0].islower() and low.endswith(_ADVERB_ENDINGS))
        # "(the agreement,) launched (in 2025)": a participle on the item before, no subject
        or (
            item[0].islower()
            and len(low) > 5
            and low.endswith("ed")
            and low[-3] != "e"
            and not low.endswith(_ED_NOUNS)
        )
        or low in UNITS  # "in five (areas)": how many, not which
        or low in TENS
        or (item[0].isupper() and is_city(item))  # "sister cities, including X": where
        # "(interested in X and in) Russian (participation in Y)": a nationality alone, whose
        or (item[0].isupper() and country_of_demonym(item))
    ):
        return None
    return item


def _after_capitalised_name(match: re.Match[str]) -> str:
    """The possessive of an _ALIAS_PARENS match, without its brackets, when the word before
    it is capitalised (a name's); else the match as it stands."""
    string = match.string
    word_start = string.rfind(" ", 0, match.start()) + 1
    if string[word_start : word_start + 1].isupper():
        return match.group(1)
    return match.group(0)


def _prepared(text: str, words: frozenset[str] | None = None, gates: int = -1) -> str:
    """The sentence with what breaks enumerations removed: "(TAPI)", "(including X),", "; and",
    "worth $5 million, as well as".

    `words` holds every lower-case word of the text (or of a text containing it), made when
    not given. A pattern that needs a word of its own, whole, is tried only where that word
    is one of them: a set lookup first, where a substring test reads the whole text. (What a
    step below takes out joins no two words into a new one, but where an acronym's brackets
    or a relation before "including" go: after them the words are read again.) `gates` are
    the gate bits of `words` (see _gates_of), read from them when not given: a gate of a set
    of words here reads its bit."""
    if words is None:
        words = frozenset(_LETTERS.findall(text.lower()))
    if gates < 0:
        gates = _gates_of(words & _GATE_WORDS)
    if (
        "well" in words
        and gates & _WORTH_GATE
        and " as well as " in text
        and (" worth " in text or " valued at " in text)
    ):
        text = _WORTH_BEFORE_MORE.sub("", text)
    if ", with a" in text:
        text = _SIZE_BEFORE_MORE.sub("", text)
    if "(" in text:
        if (acronyms := _ACRONYM_PARENS.sub("", text)) != text:
            text = acronyms  # ("wor(XY)th": a word of its own now)
            words = frozenset(_LETTERS.findall(text.lower()))
            gates = _gates_of(words & _GATE_WORDS)
        # "¥1.6 billion (about $11 million) in aid for X": a conversion ends no amount
        text = _CONVERTED_PARENS.sub(r"\1", text)
        if "(" in text:
            # "vehicles and spare parts ($97mn) and tea ($41mn)": an amount in brackets ends
            # its item, as a comma would
            text = _AMOUNT_PARENS.sub(",", text)
            text = _INNER_PARENS.sub("", text)
            if "(" in text:
                text = _ALIAS_PARENS.sub(_after_capitalised_name, text)
    if (
        "bilateral" in words
        and "including" in words
        and ", including " in text
        and " of bilateral " in text
        and (whole := _WHOLE_RELATION.sub("", text)) != text
    ):
        # "reviewed the entire gamut of bilateral ties, including A and B": A and B are what
        # was reviewed, the relation they are part of names no subject of its own
        text = whole
        words = frozenset(_LETTERS.findall(text.lower()))
        gates = _gates_of(words & _GATE_WORDS)
    if gates & _ASIDE_GATE and (", among other" in text or ", inter alia," in text):
        text = _AMONG_OTHERS.sub("", text)
    if "s:" in text:  # every word before the colon ends with "s"
        text = _COUNTED_AREAS.sub("", text)
    if ";" in text:
        # Inside a sentence, semicolons separate the items of a long list.
        text = _SEMICOLON.sub(", ", text)
    if gates & _LAW_GATE and "On " in text and (" Law " in text or " Decree " in text):
        # 'the Law "On ratification of the Agreement on X"': a law on what its title says
        text = _LAW_TITLE.sub(r"\1 on \2", text)
    if "atmosphere" in words and " atmosphere" in text:
        # "discussed trade in a warm and friendly atmosphere": how they talked, not what about
        text = _IN_ATMOSPHERE.sub("", text)
    if gates & _FORMAT_GATE and " format" in text:
        # "considered the agenda first in a narrow and then in an extended format": how they
        # met, not what about
        text = _IN_FORMAT.sub("", text)
    if gates & _MANNER_GATE:
        # "discuss the questions of the region directly and openly": how they talk, not what
        # about
        text = _HOW_OPENLY.sub("", text)
    if gates & _CLOSENESS_GATE and (" detail" in text or " depth" in text or " at length" in text):
        # "reviewed trade and economic relations in detail": how closely, not what about
        text = _HOW_CLOSELY.sub("", text)
    if '"' in text or "“" in text:
        # (each pattern opens with one of the marks, then a capital or a small letter; the
        # small one after a blank: tried only where such a mark stands)
        marks = positions(text, '“"')
        if any(text[at + 1 : at + 2].isupper() for at in marks):
            # 'the "Central Asia – Germany" format': a quoted name before its head noun is
            # part of the item; its quotation marks and dash end nothing.
            text = _QUOTED_NAME.sub(lambda m: _SPACED_DASH.sub("–", m.group(1)), text)
            marks = positions(text, '“"')
        if any(
            "a" <= text[at + 1 : at + 2] <= "z" and text[at - 1 : at].isspace() for at in marks
        ):
            # 'touched on "the memory file", trade and X', 'keep up "shuttle diplomacy," and
            # Y': a short lower-case phrase in quotation marks inside a list is an item of it
            text = _QUOTED_ITEM.sub(r"\1\2", text)
    return text


# Cues of taking part, and the events one takes part in ("took part in the 10th summit of
# X", "attended a meeting of the Y Council", "the business-to-business meetings")
_NAME_SEPARATOR: Final = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_AREAS_LISTED: Final = tuple(f"{word} " for word in _SECTOR_WORDS)  # "areas such as X"
# "buyers of X", "importers of Y": a cue whose head is who trades the goods after it
_TRADERS_OF: Final = tuple(
    f"{trader}{plural} of "
    for trader in ("buyer", "importer", "purchaser", "supplier", "exporter", "producer")
    for plural in ("", "s")
)
_LISTED_AFTER: Final = (" such as ", " like ", ", such as ", ", like ")
_ATTENDING_CUES: Final = (
    "took part",
    "take part",
    "takes part",
    "taking part",
    "participat",
    # "Addressing a joint press stakeout, X said": where X spoke, not what about
    "addressing",
    "addressed",
)
_EVENTS: Final = words_of(
    "summit summits meeting meetings session sessions forum forums conference conferences "
    "congress ceremony ceremonies inauguration stakeout stakeouts briefing briefings "
    # ("Addressing the Council, X said": a body spoken to, an audience)
    "council councils assembly assemblies parliament parliaments senate audience audiences "
    "gathering gatherings participants delegates "
    # "also took part in the expanded talks": the talks one joined
    "talks negotiations consultations "
    # "who took part in the videoconference": a meeting held at a distance
    "videoconference videoconferences video-conference video-conferences"
)


def _who_included(text: str, low: str, cue_start: int, cue_end: int, limit: int) -> bool:
    """Whether the list after "including" names who: people of firms ("including
    representatives of A, B and C companies") or the names of firms a sentence counts ("170
    companies operate here, including A, B and C")."""
    first = without_article(low[cue_end:limit].lstrip()).split(" ", 1)[0]
    if first in _PEOPLE:
        # "representatives of A and B companies" (not "of the chemical and car industries":
        # the fields they work in)
        return any(agent in low[cue_end:limit] for agent in _AGENTS[:5])
    listed = text[cue_end:limit].strip().rstrip(".;")
    names = [part.strip() for part in _NAME_SEPARATOR.split(listed) if part.strip()]
    return (
        len(names) >= 2
        and all(word[:1].isupper() for name in names for word in name.split())
        and not any(country_of_word(name) for name in names)
        and not all(is_city(name) for name in names)  # "including Osh and Naryn": where
        and any(low.rfind(agent, 0, cue_start) >= 0 for agent in _AGENTS[:5])
    )


# What follows an event's head ("a meeting of X", "a meeting in the A – B format").
_EVENT_HEAD_END: Final = re.compile(r" (?:of|in|on|at|with) ")


def _is_event(item: str) -> bool:
    """Whether an item names an event by its head: the word before its first "of" (or "in",
    "on", "at", "with"), or its last word."""
    head = _EVENT_HEAD_END.split(item, 1)[0].rsplit(" ", 1)[-1]
    return head.lower() in _EVENTS


def _clause_gone(clause: re.Match[str]) -> str:
    """What a relative clause inside a list leaves: the comma that goes on with the list, or
    an end where an emphasis goes on with the clause ("A, where nurses are employed, mostly in
    clinics": where they work, no item of the list)."""
    after = clause.string[clause.end() : clause.end() + 16].lstrip()
    return ";" if after.startswith(_EMPHASIS_CUES) else ","


def _enumeration_at(text: str, start: int, ends: _Ends, inner: bool = False) -> list[str]:
    """The items of the enumeration starting at `start`, up to the first of `ends` (the ends
    of `text` or of a longer text it begins); `inner` when the list is an item of a longer
    one ("discussed A, cooperation in B and C, and D")."""
    tail = text[start:]
    if ", wh" in tail or " which " in tail:
        # "A, which is B, and C": the relative clause is not an item and ends nothing.
        tail = _WHICH_CLAUSE.sub(_clause_gone, tail)
        chunk = tail[: _Ends(lower_same(tail), ends.words, tail).first(0, len(tail))]
    else:
        chunk = text[start : ends.first(start, len(text))]
    if " along the " in chunk:
        # "transport along the X, tourism and Y": the route qualifies its item; the list
        # goes on after it.
        chunk = _ALONG_ROUTE.sub("", chunk)
    if " during " in chunk:
        # "the supply of power during the winter period, the construction of X": when
        chunk = _DURING_SEASON.sub("", chunk)
    if " in " in chunk or " of " in chunk:
        chunk = _without_places(chunk)
    items: list[str] = []
    # "A, B and C, as well as D": two lists, each with its own last "and". "A and B, $4
    # million to C and $2 million to D": a list for each sum.
    segments = _AMOUNT_TO.split(chunk) if " to " in chunk else [chunk]
    if "well" in chunk or " addition to " in chunk:
        segments = [s for seg in segments for s in _AS_WELL_AS.split(seg)]
    countries: list[str] = []  # the parts that name countries only
    named = 0  # the countries they name
    for number, segment in enumerate(segments):
        for part in _split(segment, inner and number == 0):
            cleaned = _clean(part)
            if cleaned:
                items.append(cleaned)
            bare = without_article(part.strip())
            if bare[:1].isupper() and _only_countries(bare):
                countries.append(cleaned or bare)
                # ("A, B and C": "B and C" is one part of two countries)
                named += len(_PLACE_SEPARATOR.split(bare))
    if named >= _MIN_COUNTRY_LIST:
        # "delegations from A, the B, C and D": a list of countries says who, not what
        items = [item for item in items if item not in countries]
    return items


def _place_starts(chunk: str) -> list[int]:
    """The positions, in order, where a match of _IN_PLACES in `chunk` can start. Every match
    opens with blanks (or a comma or blank that opens "as well as") before "in" or "of" and a
    name (_IN_OF_NAME), so at a comma or blank that nothing but blanks, commas and the letters
    of "as well as" part from such an "in" or "of"."""
    starts: list[int] = []
    for name in _IN_OF_NAME.finditer(chunk):
        end = name.start()
        start = end
        while start > 0 and (chunk[start - 1].isspace() or chunk[start - 1] in ",aswel"):
            start -= 1
        starts.extend(at for at in range(start, end) if chunk[at] == "," or chunk[at].isspace())
    return starts


def _without_places(chunk: str) -> str:
    """The chunk without the places its items are in ("in the A, B and C regions", "in
    Cairo and Lima", ", as well as in the D region"): they would split its list."""
    if chunk.islower():
        return chunk  # every place the patterns take out is a capitalised name: none here
    if " the " in chunk and " of " in chunk and any(head in chunk for head in _IN_HEADS_OF_WORDS):
        chunk = _IN_HEADS_OF.sub("", chunk)
    starts = _place_starts(chunk)
    if not starts:
        return chunk  # no name after "in" or "of": no place to take out
    # (tried only where a match can start: at every character, most of the cost)
    for match in reversed(matches_at(_IN_PLACES, chunk, starts)):
        names = _PLACE_SEPARATOR.split(match.group("names"))
        before = chunk[: match.start()].rsplit(None, 1)
        if (
            # One place ends no list ("situation in Afghanistan" is the subject itself)
            # unless it stands alone after "as well as".
            (len(names) > 1 or match.group("well"))
            # "settlements of the A, B and C regions": "of" only before a region's head,
            # or after people ("the statements of the leaders of A, B and C": whose)
            and (
                match.group("prep") == "in"
                or match.group("head")
                or (
                    len(names) > 1
                    # ("nationals of A, B and C": whose)
                    and (
                        (word := before[-1].lower() if before else "") in _PEOPLE
                        or word in _CITIZENS
                    )
                    # (not "of Turkish and Chinese (companies)": whose firms)
                    and all(country_of_word(n) and country_of_demonym(n) is None for n in names)
                )
            )
            and (before[-1].lower() if before else "") not in _VAGUE
            # "the war in A and B", "a ceasefire in A and B": the places are the subject's
            and (before[-1].lower() if before else "") not in _PLACE_SUBJECTS
            and (
                match.group("head")
                or any(is_city(n) or country_of_word(n) for n in names)
                # "in the Mekong Delta and the Central Highlands": lands named by their kind
                or any(n.rsplit(None, 1)[-1] in _LAND_HEADS for n in names)
            )
            # "in the Gulf of X and the Y Corridor": a named route or project is a subject
            and not any(n.rsplit(None, 1)[-1].lower() in _COMPOUND_HEADS for n in names)
        ):
            chunk = chunk[: match.start()] + chunk[match.end() :]
    return chunk


def _word_starts(low: str, words: Iterable[str]) -> list[int]:
    """The sorted positions where one of `words` stands in `low` as a whole word, with no
    letter just before or after it."""
    starts = []
    for word in words:
        size = len(word)
        at = low.find(word)
        while at >= 0:
            if not low[at - 1 : at].isalpha() and not low[at + size : at + size + 1].isalpha():
                starts.append(at)
            at = low.find(word, at + size)
    starts.sort()
    return starts


def _whole_words(low: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """Where each of `words` stands in `low` as a whole word (as _word_starts finds them),
    with the word, in the order of the text."""
    found = []
    for word in words:
        size = len(word)
        at = low.find(word)
        while at >= 0:
            if not low[at - 1 : at].isalpha() and not low[at + size : at + size + 1].isalpha():
                found.append((at, word))
            at = low.find(word, at + size)
    found.sort()
    return found


def _cue_matches(low: str, low_words: frozenset[str]) -> list[re.Match[str]]:
    """The matches of _CUE in `low`, the same as `_CUE.finditer(low)` gives, but for a cue
    "and to <verb>" in a sentence without a word of a plan (_PREPOSITION_CUE_NEEDS["and"]).

    `low_words` holds every lower-case word of `low`. In every match a first word stands
    whole (a blank, a hyphen or another non-letter follows it), so the pattern is tried only
    where one of those present does, not at every word start."""
    firsts = [
        word
        for word in low_words & _CUE_FIRST_WORDS
        if (
            (needs := _PREPOSITION_CUE_NEEDS.get(word)) is None
            or (
                not needs.isdisjoint(low_words)
                and ((too := _CUE_NEEDS_TOO.get(word)) is None or not too.isdisjoint(low_words))
            )
        )
        # "and" (in nearly every sentence) opens a cue only as "and to <verb>"
        and (word != "and" or _AND_TO.search(low) is not None)
    ]
    found: list[re.Match[str]] = []
    end = 0
    for at, word in _whole_words(low, firsts):  # (as matches_at, with the word's pattern)
        if (
            at >= end
            and (pattern := _CUE_BY_WORD.get(word) or _cue_of(word)) is not None
            and (match := pattern.match(low, at))
        ):
            found.append(match)
            end = match.end()
    return found


# How far before a name _party_between looks for the "between" that opens a pair of parties.
_PARTIES_WINDOW: Final = 100


def _party_between(low: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` is one of two parties to a document on a subject
    ("an agreement between the X Port Authority and the Y Port on ferry berths"):
    who signed, not what it is about."""
    before = low[max(0, start - _PARTIES_WINDOW) : start]
    if before.endswith(("between the ", "between ")):
        return low.find(" and ", end) > 0 and " on " in low[end:]
    return (
        before.endswith((" and the ", " and "))
        and " between " in before
        and low.startswith(" on ", end)
    )


# A document word that a title capitalises ("signed a Memorandum of Understanding on the
# recruitment of workers"): its subject, in lower case, follows "on" as after "memorandum".
_TITLED_DOCUMENTS: Final = ("memorand", "agreement", "protocol", "accord")


def _titled_partnership_in(text: str, low: str, start: int, end: int) -> bool:
    """Whether the capitalised cue at `start` is the word of a relationship's title ("agreed
    to strengthen the Comprehensive Strategic Partnership in trade, energy and X") with its
    lower-case fields after "in", not a name ("the Global Partnership in Education", "the
    Partnership in the Region")."""
    return (
        low.startswith("partnership in ", start)
        and text[start - 1 : start] == " "
        and text[start - 2 : start - 1].isalpha()  # after a word of the title, not a name's start
        and text[end : end + 1].islower()
        and not low.startswith(("the ", "a ", "an "), end)
    )


def _titled_document_on(text: str, low: str, start: int, end: int) -> bool:
    """Whether the capitalised cue at `start` is a document's word ("Memorandum of
    Understanding on the recruitment of X") with a lower-case subject after its "on", not the
    title of a name ("Agreement on the Establishment of X", "Centre for Cooperation on Y");
    so too "a Memorandum of Understanding establishing annual consultations"."""
    if not low.startswith(_TITLED_DOCUMENTS, start) or not low.endswith(
        ("on ", "on", "ing "), 0, end
    ):
        return False
    if low.endswith(" of the ", 0, start):
        return False  # "the Law on ratification of the Agreement on X": the law's item
    after = end + 4 if low.startswith("the ", end) else end
    return text[after : after + 1].islower()


# An outlet's appeal to its readers at a story's foot ("Choose to support independent
# journalism", "If you value this reporting, please consider supporting X"): no subject.
_APPEAL_WORDS: Final = words_of("journalism supporting subscribe donate")
_READER_APPEAL: Final = re.compile(
    r"\bsupport\s+(?:(?:our|open|independent|quality|free|local|and)[,\s]+)+journalism\b|\bconsider\s+supporting\b|"
    r"\bsubscribe\s+(?:on|for)\s+a\s+(?:monthly|yearly|annual)\b|\bdonate\s+(?:to\s+us|now|today)\b"
)


# The nouns of those that act before "such as" (with or without a comma): "firms such as X",
# "donors, such as Y" name examples of them, not subjects.
_AGENTS_BEFORE: Final = tuple(
    f"{noun}{gap}"
    for noun in (
        "firms", "companies", "countries", "partners", "investors", "donors", "banks",
        "lenders", "organisations", "organizations", "nations", "states", "groups",
    )
    for gap in (" ", ", ")
)  # fmt: skip
# "(took part in) the opening of", "(in) a launch ceremony": an event that is attended
_EVENT_ATTENDED: Final = re.compile(
    r"\s*(?:the|a|an)\s+(?:[\w-]+\s+)?(?:opening|launch|inauguration|unveiling|"
    r"commissioning|ceremony|celebrations?)\b"
)


# "(a partnership in) recent years", "(in) the coming months": a time after a cue's "in".
_WHEN_AFTER_IN: Final = re.compile(
    r"(?:the\s+)?(?:coming|next|following|past|last|recent)\s+(?:few\s+)?"
    r"(?:days|weeks|months|years|decades)\b"
)


def _cue_kept(match: re.Match[str], text: str, low: str, in_quote: bool) -> bool:
    """Whether a match of _CUE in `low` (`text` lowered) is a cue of the sentence `text`; in
    a quotation only one of _QUOTE_CUE is."""
    start, end = match.span()
    return (
        # "the ... Center for Industrial Cooperation on": part of a name, no cue.
        (
            start == 0
            or not text[start].isupper()
            or _titled_document_on(text, low, start, end)
            or _titled_partnership_in(text, low, start, end)
        )
        and (not in_quote or _QUOTE_CUE.match(low, start) is not None)
        # each group's own condition (a match with no group, as most are, has none to meet)
        and (match.lastindex is None or _cue_groups_allow(match, text, low))
        # "firms such as Velcorp run solar plants": which firms, not a subject
        and not (low.startswith("such as", start) and low.endswith(_AGENTS_BEFORE, 0, start))
        # "X holds reserves of 14 rare metals, including A and B": what a
        # country has in the ground, background to the talks, not their subject
        and not (low.startswith("including", start) and " reserves of " in low[:start])
        # "followed by (the) Russia with 16%": who, not which field
        and (
            not low.startswith("followed", start)
            or text[end + 4 * low.startswith("the ", end) :][:1].islower()
        )
        # "where 5,000 nurses are employed, mostly in clinics and hotels": where
        # people work or study, not a field of the talks
        and not (
            low.startswith(_EMPHASIS_CUES, start)
            and _OCCUPIED_BEFORE.search(low, max(0, start - 80), start) is not None
        )
        # "will take part in the opening of the new port": an event attended, not a subject
        and not (
            low.startswith(("take part", "took part", "participat"), start)
            and _EVENT_ATTENDED.match(low, end) is not None
        )
        # "a partnership in recent years and draw on X": when, no field of it
        and not (low.endswith("in ", 0, end) and _WHEN_AFTER_IN.match(low, end) is not None)
        # "cooperation in Doha", "in the Fergana Valley": where, not what
        and not (
            low.endswith("in ", 0, end)
            and (
                (_place_at(text, end) and not _demonym_at(text, end))
                or _GEOGRAPHIC_NAME.match(text, end) is not None
                # "projects in southern Alba": where (not "in central Asian X")
                or (
                    (compass := _COMPASS_PLACE.match(text, end)) is not None
                    and not _demonym_at(text, compass.end() - 1)
                )
            )
        )
    )


def _cue_groups_allow(m: re.Match[str], text: str, low: str) -> bool:
    """Whether the named groups of a cue's match in `low` (those that matched) allow it as a
    cue of `text`: each group's cue holds only where its condition says."""
    return (
        (
            m.group("lower") is None
            or text[m.end() : m.end() + 1].islower()
            or _demonym_at(text, m.end())  # "invest in Kyrgyz hydropower"
            # "investment in Alba's digital infrastructure": whose, then what
            or _POSSESSED_AT.match(text, m.end()) is not None
        )
        and (
            m.group("partner") is None
            or (
                text[m.start("partner")].isupper()
                and (
                    not low.startswith("the ", m.end())
                    or text[m.end() + 4 : m.end() + 5].islower()
                )
            )
        )
        and (m.group("place") is None or text[m.start("place")].isupper())
        and (
            m.group("market") is None
            or text[m.end() : m.end() + 1].islower()
            or _demonym_at(text, m.end())
        )
        and (
            m.group("access") is None
            or text[m.end() : m.end() + 1].islower()
            or _demonym_at(text, m.end())
        )
        and (
            m.group("opened") is None
            or text[m.end() + 1 : m.end() + 2].islower()
            or _demonym_at(text, m.end() + 1)
        )
        and (m.group("funds") is None or text[m.end() : m.end() + 1].islower())
        and (
            m.group("projects_on") is None
            or not text[m.end() : m.end() + 1].isupper()
            or not text[m.end() + 1 : m.end() + 2].islower()
        )
        and (m.group("share") is None or text[m.end() : m.end() + 1].islower())
        and (m.group("into") is None or text[m.end() + 1 : m.end() + 2].islower())
        and (m.group("across") is None or text[m.end() : m.end() + 1].islower())
        # "$5 million for water", not "for Fiji": for what, not for whom
        and (
            m.group("money") is None
            or (
                (sum_at := _SUM_BEFORE.search(text, max(0, m.start() - _SUM_WINDOW), m.start()))
                is not None
                and text[m.end() : m.end() + 1].islower()
                and _SUM_OF.search(text, max(0, sum_at.end() - _SUM_WINDOW), sum_at.end()) is None
            )
        )
    )


# The cues of backing ("supports X", "supported Y"), after which a country is whom.
_SUPPORT_CUES: Final = ("supports ", "supported ", "supporting ")
# "Peru in following its own path", "the Alban Government in its efforts": whom a side backs,
# then in what they do.
_WHOM_SUPPORTED: Final = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+in\s+(?:[a-z]+ing|its|their|his|her)\b"
)
# The cues of experience a side shares ("experience in X", "best practices in Y").
_SHARED_CUES: Final = ("experience ", "expertise ", "know-how ", "best ")
# "share its experience in", "exchange best practices in": a side passing it on to another.
_SHARING_BEFORE: Final = re.compile(
    r"\b(?:share|shares|shared|sharing|exchange|exchanges|exchanged|exchanging|transfer|"
    r"transfers|transferring|pass\s+on|passing\s+on)\s+(?:[a-z’'-]+\s+){0,2}$"
)
# "... with the Alban Ministry of Transport", "... with Ruritania": a partner named at the end.
_WITH_PARTNER: Final = re.compile(
    r"\s+with\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w’'-]*)*$"
)


def find_topics(
    sents: list[Sentence],
    body: str,
    quote_spans: list[tuple[int, int]],
    names: list[str] | None = None,
) -> list[str]:
    """Return the topics of a brief, in text order, once each; `names` are people's names,
    which are never topics."""
    found: list[tuple[int, str]] = []
    bulleted: set[int] = set()  # starts of bulleted lines that are lists of topics
    if "\n" in body and (_BULLET_LINE.match(body) or _BULLET_AFTER_BREAK.search(body)):
        numbered: set[int] = set()
        if _NUMBER_AFTER_BREAK.search(body):
            sents = _numbered_items(sents, numbered)
        sents = _bullet_lines(sents, found, bulleted, numbered)
    name_words = {w for n in names or () for w in n.split() if w[:1].isupper()}
    quoted = {
        sentence.start for sentence in sents for s, e in quote_spans if s <= sentence.start < e
    }
    for sentence in sents:
        if names and _names_no_topic(sentence):
            continue
        if not sentence.words.isdisjoint(_APPEAL_WORDS) and _READER_APPEAL.search(sentence.low):
            continue  # "please consider supporting X": the outlet's appeal to its readers
        text = strip_attribution(sentence.text, sentence.words or None)
        # the words any gate below tests (most sentences have few): each gate reads these,
        # and _prepared's gates theirs (a sentence's words hold those of its text)
        words = sentence.words
        gated = words & _GATE_WORDS
        gates = _gates_of(gated)
        prepared = _prepared(text, words or None, gates if words else -1)
        if prepared is text and sentence.low:
            low = sentence.low[: len(text)]
            low_words = sentence.words
        else:
            text = prepared
            low = lower_same(text)
            low_words = frozenset(_LETTERS.findall(low))
        if not words:
            words = low_words
            gated = words & _GATE_WORDS
            gates = _gates_of(gated)
        in_quote = sentence.start in quoted
        if not in_quote or gates & _QUOTE_CUE_GATE:
            cues = (
                [
                    match.span()
                    for match in _cue_matches(low, low_words)
                    if _cue_kept(match, text, low, in_quote)
                ]
                if gates & _CUE_GATE
                else []
            )
            talks = (
                _TALKS_ON.search(low)
                if not in_quote
                and (
                    ", on " in low
                    or " about " in low
                    or (
                        "talks" in low_words
                        and not (
                            low_words.isdisjoint(_TALKS_ADVERBS) and low_words.isdisjoint(WEEKDAYS)
                        )
                    )
                )
                and not low_words.isdisjoint(_TALKS_WORDS)
                else None
            )
            if talks:
                cues.append((talks.end() - 1, talks.end()))
            line_end = len(text)  # where the item of a bulleted line ends
            if (
                sentence.start in bulleted
                and " and " in text
                and _JOINED_LINE.fullmatch(text)
                and (joined := _clean(text))
            ):
                # "- tea and spices", "3. Water supply and a cleaner coastline": a line of a
                # list joins its two fields into one item, as the line is written
                found.append((sentence.start, joined))
                continue
            if sentence.start in bulleted:
                cues.append((0, 0))  # "discussed:" before the bullets: the line is a list
                if gates & _SECTOR_GATE and (sectors := _SECTORS.search(text)):
                    # "opportunities for firms in X's A and B sectors": the sectors are
                    # topics of their own (below), the line's item ends before them.
                    line_end = sectors.start()
            cues.sort()
            ends: _Ends | None = None  # made when a cue's enumeration is first read
            previous: tuple[int, int] | None = None
            items: list[str] = []
            for number, (cue_start, cue_end) in enumerate(cues):
                # An enumeration ends where the next cue starts ("…, including copper").
                limit = len(text)
                for later, _ in cues[number + 1 :]:
                    if later >= cue_end:
                        limit = later
                        break
                between = text[cue_end:limit]
                if (
                    limit < len(text)
                    and "," not in between
                    and (
                        len(between.split()) <= 3
                        # "the implementation of joint projects in the areas of X": X
                        or between.rsplit(None, 1)[-1].lower() in _HOLDER_NOUNS
                        # "of joint investment projects worth $2 billion in X": X
                        or (
                            low[limit:].split(" ", 1)[0] in _HOLDER_NOUNS
                            and " to " not in between  # "a fund to finance projects in X"
                        )
                        # "including a $5 million soft loan (from X) for the building of Y":
                        # the loan's sum and kind, then the next cue's Y
                        or (
                            low[limit:].split(" ", 1)[0] in _LOAN_WORDS
                            and any(ch.isdigit() for ch in between)
                        )
                    )
                    # "in the field of X and an agreement on Y": X, then the next cue's
                    and not between.rstrip().endswith((" and", " and a", " and an", " and the"))
                    and not low.startswith("and to ", limit)  # "to open X and to build Y"
                ):
                    if (
                        low.startswith("exchanges in ", limit)
                        and len(kind := between.split()) == 1
                        and kind[0] not in _COMPARATIVES  # "closer exchanges in X": X
                        and (cleaned := _clean(f"{kind[0]} exchanges"))
                    ):
                        # "expand people-to-people exchanges in education": the exchanges
                        # are a subject, their fields the next cue's
                        found.append((sentence.start + cue_end, cleaned))
                    continue  # "the importance of documents regarding X": the next cue's
                if cue_end == 0 and line_end < limit:
                    limit = line_end
                if (
                    cue_end <= _FRONTED_FIELD_END
                    and low.startswith(_FRONTED_FIELDS)
                    and low.endswith(" of ", 0, cue_end)
                    and (clause := _MAIN_CLAUSE.search(text, cue_end, limit))
                ):
                    # "In the field of energy, the two ministries signed ...": the fields
                    # end where the sentence's own clause begins
                    limit = clause.start()
                if (cue_end, limit) != previous:  # "spoke about" is a cue and talks "about"
                    if ends is None:
                        ends = _Ends(low, low_words, text)
                    items = _enumeration_at(
                        text[:limit],
                        cue_end,
                        ends,
                        low.startswith(_INNER_CUES, cue_start)
                        and low.endswith(", ", 0, cue_start)
                        and number > 0,
                    )
                    previous = (cue_end, limit)
                attending = low.startswith(_ATTENDING_CUES, cue_start)
                if (
                    items
                    and low.startswith("including ", cue_start)
                    and _who_included(text, low, cue_start, cue_end, limit)
                ):
                    continue  # "including representatives of A and B firms": who, not what
                # "..., and cultivate new growth areas such as X": the last item names the
                # areas the next cue lists, no subject of its own
                modifier = (
                    items[-1]
                    if items
                    and limit < len(text)
                    and (
                        low.startswith(_AREAS_LISTED, limit)
                        # "discussed A, youth participation in B": who takes part, no item
                        or (low.startswith("participation in ", limit) and " " not in items[-1])
                        # "the prospects for Alban participation in X": the next cue's
                        # noun is the last item's head, its nationality no subject alone
                        or (
                            " " in items[-1]
                            and country_of_demonym(items[-1].rsplit(" ", 1)[-1]) is not None
                        )
                    )
                    and text[:limit].rstrip().endswith(items[-1].rsplit(" ", 1)[-1])
                    else None
                )
                shared = (
                    low.startswith(_SHARED_CUES, cue_start)
                    and _SHARING_BEFORE.search(low, max(0, cue_start - 40), cue_start) is not None
                )
                supporting = low.startswith(_SUPPORT_CUES, cue_start)
                for item in items:
                    if attending and _is_event(item):
                        continue  # "took part in the summit of X": where they went, not what
                    if (
                        supporting
                        and item[:1].isupper()
                        and (_WHOM_SUPPORTED.match(item) or _only_countries(item))
                    ):
                        # "supports Peru in following its own path", "supported Ruritania":
                        # whom a side backs (and in what they do), no subject
                        continue
                    if shared and " with " in item and (partner := _WITH_PARTNER.search(item)):
                        # "share experience in customs and port management with the Alban
                        # Ministry of Transport": with whom it is shared, no part of the field
                        item = item[: partner.start()]
                    if item is modifier:
                        whose_for = item.rfind(" for ")
                        if (
                            whose_for <= 0
                            or " " in item[whose_for + 5 :]
                            or not low.startswith(_TRADERS_OF, limit)
                        ):
                            continue
                        # "credit lines for Alban importers of X": the lines, and whom they
                        # serve (the next cue's head) after them
                        item = item[:whose_for]
                    if name_words.isdisjoint(item.split()):
                        found.append((sentence.start + cue_end, item))
            # The pattern needs one of the words on its own: the word set says if it can match.
            has_sectors = not in_quote and (gates & _SECTOR_GATE) != 0
            for match in _SECTORS.finditer(text) if has_sectors else ():
                if low.startswith(_LISTED_AFTER, match.end()):
                    continue  # "new growth areas such as X": the list after names them
                # "to expand cooperation in non-resource sectors": the list after the last "in".
                listed = _PREPOSITION.split(match.group("list"))[-1]
                if " and " in listed:
                    # "in energy and mining, and expand new areas": the list after the clause
                    for clause in _NEW_CLAUSE.finditer(listed):
                        listed = listed[clause.end() :]
                pair = listed.strip().split(" ")
                if pair[0] in _NUMBER_WORDS or pair[0].isdigit():
                    continue  # "joint work in six priority areas, including X": how many
                # "in A, B, the chemical and leather industries": the pair after "the" closes
                # a longer list
                before_pair, comma, last_part = listed.rpartition(", ")
                if comma and last_part.startswith("the ") and last_part.count(" ") == 3:
                    pair = last_part.split(" ")[1:]
                else:
                    before_pair = ""
                if (
                    len(pair) == 3
                    and pair[1] == "and"
                    and (
                        before_pair
                        or low.endswith(
                            "the ",
                            0,
                            match.start("whose") if match.group("whose") else match.start("list"),
                        )
                    )
                    and all(word.isalpha() for word in pair[::2])
                    and all(word not in _BARE_MODIFIERS for word in pair[::2])
                ):
                    # "in the textile and leather industries": one field of two kinds, as
                    # the text joins it under one head
                    head = text[match.end("list") : match.end()].strip()
                    joined = " ".join(pair)
                    at = sentence.start + match.start("list") + len(before_pair)
                    found.append((at, f"{joined} {head}"))
                    for item in _split(before_pair) if before_pair else ():
                        if cleaned := _clean(item):
                            found.append((sentence.start + match.start("list"), cleaned))
                    continue
                if match.group("whose"):
                    # "in the Alban oil, gas and fishing sectors": a longer list keeps its
                    # first item's owner, as the cue before it reads it
                    listed = f"the {text[match.start('whose') : match.end('list')]}"
                # "in the A, B, as well as C and D spheres": two lists, each with its own "and"
                segments = _AS_WELL_AS.split(listed) if " well " in listed else (listed,)
                for item in (item for segment in segments for item in _split(segment)):
                    cleaned = _clean(item)
                    if cleaned and _bare_modifier(cleaned):
                        # "in the non-oil sectors": the sectors, named by their modifier
                        cleaned = f"{cleaned} {text[match.end('list') : match.end()].strip()}"
                    if cleaned:
                        found.append((sentence.start + match.start("list"), cleaned))
        if (
            not in_quote
            and "cooperation" in words
            and gates & _IS_GATE
            and (field := _COOPERATION_IS.search(low)) is not None
            and text[field.start("np") : field.end("np")][1:].islower()
        ):
            # "natural gas cooperation is the ballast stone of relations"
            named = text[field.start("np") : field.end("np") + len("cooperation")]
            if field.start("np") == 0 and country_of_demonym(named.split(" ", 1)[0]) is None:
                named = named[0].lower() + named[1:]  # "Energy cooperation is": a sentence's start
            found.append((sentence.start + field.start("np"), named))
        if gates & _ENGINE_GATE and gates & _MAKE_GATE:
            # "make energy and logistics new engines of our cooperation" (in a quotation too)
            for match in _NEW_ENGINES.finditer(text):
                for item in _split(match.group("list")):
                    cleaned = _clean(item)
                    if cleaned:
                        found.append((sentence.start + match.start("list"), cleaned))
        agenda = _ON_AGENDA.match(text) if gates & _ON_AGENDA_GATE and gates & _WAS_GATE else None
        if agenda is None and "agenda" in low_words and not low_words.isdisjoint(_ARE_IS_WORDS):
            # "A, B and C are on the agenda, the ministry said": the talks' list, as news
            # tells it in the present
            agenda = _ON_AGENDA_NOW.match(text)
        if agenda is not None:
            # "Issues of transit, as well as water and energy, were also on the agenda."
            listed = agenda.group("list")
            if ", " in listed and (aside := _EMPHASIS_ASIDE.search(listed)):
                # "A, B and C, especially in the field of D, were discussed": D is the next
                # cue's, and C the last item
                listed = listed[: aside.start()]
            if " in " in listed and (holder := _PROJECTS_IN.match(listed)):
                # "Investment projects in A, B and C were discussed": the fields are the list
                listed = listed[holder.end() :]
            if (" which " in listed or ", where " in listed) and (
                held := _WHICH_EVENT.search(listed)
            ):
                # "Later, X held a meeting with Y, in which A and B were discussed": A and B
                listed = listed[held.end() :]
            for segment in _AS_WELL_AS.split(listed):
                for item in _split(segment):
                    cleaned = _clean(item)
                    # "The following issues were on the agenda:": the list is below
                    if cleaned and not cleaned.startswith("following "):
                        found.append((sentence.start, cleaned))
        if text.startswith("On ") and (field_lead := _ON_FIELD_LEAD.match(text)):
            # "On energy, the two countries agreed to build X": the field the sentence is on
            for item in _split(field_lead.group("list")):
                cleaned = _clean(item)
                if cleaned:
                    found.append((sentence.start + field_lead.start("list"), cleaned))
        invest = None
        if gates & _INVEST_GATE:
            # a match opens with one of these words, whole: the pattern is tried there only
            for at in _word_starts(low, low_words & _INVEST_WORDS):
                if invest := _INVEST_IN_PLACE.match(text, at):
                    break
        if invest is not None:
            place = invest.group("place")
            if country_of_word(place) or is_city(place):
                for item in _enumeration_at(text, invest.end(), _Ends(low, low_words, text)):
                    found.append((sentence.start + invest.end(), item))
        if "at" in words and gates & _CENTER_GATE:
            for match in _AT_THE_CENTER.finditer(text):
                for item in _split(match.group("list")):
                    cleaned = _clean(item)
                    if cleaned and name_words.isdisjoint(cleaned.split()):
                        found.append((sentence.start + match.start("list"), cleaned))
        if gates & _TOPPED_GATE:
            # "..., with connectivity, critical minerals and counter-terrorism topping the
            # agenda": the list before it (the last "with" before it opens it)
            for match in _TOPPED_AGENDA.finditer(text):
                listed = match.group("list")
                if " with " in listed:
                    listed = listed[listed.rfind(" with ") + 6 :]
                elif match.start() == 0 and len(listed.split()) > 8:
                    continue  # "The minister said that X dominated the talks": a clause
                for segment in _AS_WELL_AS.split(listed):
                    for item in _split(segment):
                        cleaned = _clean(item)
                        # "Russia and China dominated the talks": who, not what
                        if (
                            cleaned
                            and name_words.isdisjoint(cleaned.split())
                            and not _only_countries(cleaned)
                        ):
                            found.append((sentence.start + match.start("list"), cleaned))
        if ", in " in low and " and in " in low:
            # "There is every opportunity: in energy, in the supply of grain and in textiles"
            # (in a quotation too): a list of three or more fields, each after its own "in".
            for match in _IN_LIST.finditer(low):
                for item in _enumeration_at(text, match.end(), _Ends(low, low_words, text)):
                    # "in Astana, in Almaty and in Osh": where ("and in IT": a field)
                    if item[:1].islower() or item in _FIELD_ACRONYMS:
                        found.append((sentence.start + match.end(), item))
        if "within" in words and gates & _WITHIN_GATE:
            # "coordination within the SCO and the OIC": the organisations are the subject.
            for match in _WITHIN.finditer(text):
                for body_name in _within_names(match.group("list")):
                    # not again when "cooperation within the CIS" is an item already
                    if len(body_name) > 1 and not any(body_name in item for _, item in found):
                        found.append((sentence.start + match.start("list"), body_name))
        if (
            gates & _PILLAR_GATE and gates & _ARE_GATE and (pillars := _ARE_PILLARS.match(text))
        ) or (
            "as" in words
            and gates & _NAMED_AS_GATE
            and (pillars := _NAMED_AS_PRIORITY.match(text))
        ):
            # "Energy, logistics and agriculture are the pillars of our partnership", "A, B
            # and C were identified as promising areas" (in a quotation too): two or more
            # fields that the sentence opens with.
            listed = [c for item in _split(pillars.group("list")) if (c := _clean(item))]
            if len(listed) >= 2 and all(
                # a field, not a person or a place ("A and B are the drivers of integration");
                # only the first item is capitalised for the sentence's sake
                name_words.isdisjoint(item.split())
                and not (country_of_word(item) or is_city(item))
                and (number == 0 or item[:1].islower())
                for number, item in enumerate(listed)
            ):
                found.extend((sentence.start, item) for item in listed)
        if "as" in words and gates & _PRIORITY_GATE:
            # "We have identified A, B and C as priority sectors", in a quotation too.
            for match in _AS_PRIORITY.finditer(text):
                for item in _split(match.group("list")):
                    cleaned = _clean(item)
                    if cleaned:
                        found.append((sentence.start + match.start("list"), cleaned))
        if "gdp" in words:
            # "a fiscal deficit of 2.6 percent of GDP", "government debt under 45 percent of GDP":
            # the economy's measures a figure gives as a share of its output
            for share in _GDP_SHARE.finditer(text):
                np = share.group("np").split()
                while np and (np[0].endswith("ing") or np[0] in _GDP_LEAD_WORDS):
                    del np[0]  # "(in line with) keeping government debt", "targets a deficit"
                measure = " ".join(np)
                if (
                    np
                    and np[-1] not in _GDP_NOT_MEASURES
                    # "a deficit of 2.6 percent" after "a fiscal deficit of 2.6 percent": again
                    and not any(item.endswith(f" {measure}") for _, item in found)
                ):
                    found.append((sentence.start + share.start("np"), measure))
        # subjects of their own whatever the sentence's cue (see _OWN_SUBJECTS)
        own_subjects = _OWN_SUBJECTS if gates & _OWN_GATE else ()
        for needs, pattern, lowered, firsts in own_subjects:
            if not all(not need.isdisjoint(gated) for need in needs):
                continue
            own: re.Match[str] | None = None
            if firsts:
                # a match opens with one of these words, whole: the pattern is tried there only
                for at in _word_starts(low, low_words & firsts):
                    if own := pattern.match(low, at):
                        break
            else:
                own = pattern.search(low if lowered else text)
            if own:
                found.append(
                    (sentence.start + own.start("np"), text[own.start("np") : own.end("np")])
                )
        if "working" in words and ("group" in words or "groups" in words):
            # "the role of the working group on investment cooperation and the working group
            # on trade facilitation": what each group works on
            for group in _WORKING_GROUP_ON.finditer(text):
                for key in ("np", "np2"):
                    subject = group.group(key)
                    # (not again after an item "working groups on X" of a cue)
                    if subject and not any(item.endswith(f"on {subject}") for _, item in found):
                        found.append((sentence.start + group.start(key), subject))
        if gates & _BUILT_GATE and "be" in words:
            for match in _TO_BE_BUILT.finditer(text):
                # "seven border checkpoints would be modernized": what is to be built ("a
                # factory with a capacity of 800 tonnes of paper per year will be built": the
                # factory).
                before = text[: match.start()]
                if " with a" in before and (capacity := _CAPACITY_AFTER.search(before)):
                    before = before[: capacity.start()]
                thing = _thing_before(before)
                if " " in thing and (cleaned := _clean(thing)):  # not "the plant"
                    found.append((sentence.start + len(before) - len(thing), cleaned))
        if not names or gates & _FLOW_GATE:
            # A statistics brief names no one: its subjects are what the figures are about;
            # elsewhere a sentence that opens with "X's copper exports jumped" names one.
            subject = None if not gates & _SUBJECT_GATE else _SUBJECT.match(text)
            if subject:
                np = _SHARE_IN.sub("", subject.group("np"))  # "X's share in Y": Y
                flow = np.endswith(_FLOWS) or _FLOW_OF.match(np) is not None
                whither = _TO_COUNTRY.search(np) if " to " in np or " into " in np else None
                if whither and country_of_word(whither[1]):
                    np = np[: whither.start()]  # "non-oil exports to X": where they go
                cleaned = _clean(np)
                if (
                    cleaned
                    and not country_of_word(cleaned)
                    # "non-oil exports to Turkmenistan", "trade turnover between the two
                    # countries": the flow, without where it goes
                    and (
                        not names
                        or flow
                        # (not "British exports": whose, not what)
                        or (cleaned.endswith(_FLOWS) and not _whose_flow(cleaned))
                    )
                ):
                    found.append((sentence.start, cleaned))
        if (
            not in_quote
            and gates & _SHARE_VERB_GATE
            and ("up" in low_words or not low_words.isdisjoint(_SHARE_TAKE_WORDS))
        ):
            for match in _SHARE_SUBJECT.finditer(text):
                cleaned = _clean(match.group("np"))
                if (
                    cleaned
                    and not _whose_flow(cleaned)  # "Tajik exports accounted for": whose
                    and _SHARE_ACTORS.isdisjoint(cleaned.lower().split())
                    and not country_of_word(cleaned)
                    and name_words.isdisjoint(cleaned.split())
                ):
                    found.append((sentence.start + match.start("np"), cleaned))
        spans = (
            []
            if not gates & _NAMED_GATE
            else _named_spans(text, _head_matches(text, low, low_words))
        )
        if (
            gates & _COMPOUND_GATE  # the head stands as a word of its own
            and ("-" in text or "–" in text)
            and _COMPOUND_HINT.search(text)
        ):
            spans += [(m.start(), m.end()) for m in _COMPOUND.finditer(text)]
        attendees = (
            _ATTENDEES.match(low)
            if spans and low.startswith(_ATTENDEE_HEADS) and " of " in low
            else None
        )
        for start, end in spans:
            if text.endswith(_VISIT_VERBS, 0, start):
                continue  # "toured the X Port": where the visitor went, not a subject
            if text.endswith(_MET_WHOM, 0, start):
                continue  # "a meeting with the management of the X Port": whom one met
            if text.endswith(_ROUTE_VIA, 0, start) and text.endswith(_ROUTE_NAMES, 0, end):
                # "the sea route through the X Canal", "shipped crude via the Y pipeline": the
                # way goods go now, a route
                continue
            if attendees is not None and end <= attendees.end():
                continue  # "Representatives of A, the X Port and B took part": who came
            if _SITE_AFTER.match(text, end):
                continue  # "the Silk Road international tourist center": a site's name
            if text.endswith(_PLACES_ON, 0, start):
                continue  # "two old cities of the X Road": an epithet of places, no subject
            if text.endswith(_ATTEND_THE, 0, start) and _EVENT_AFTER.match(text, end):
                continue  # "(invited X to) attend the Y Road Forum": an event one goes to
            if _party_between(low, start, end):
                continue  # "an agreement between the X Port Authority and the Y Port on Z"
            name = _clean(text[start:end])
            if name and len(name.split()) >= 2:
                found.append((sentence.start + start, name))
    if "\n\n" in body and sents:
        found.extend(_section_headings(body, sents[0].start))
    # Each sentence's text.lower(): its `low` where that is the same (no "İ", which lowers to
    # two characters there), not the whole body lowered again. (A sentence is part of the
    # body: a key in none of them, where a lowered pattern reads, is read nowhere.)
    lows = [s.text.lower() if not s.low or "İ" in s.text else s.low for s in sents]
    # The words of every sentence that a gate below reads, as each pattern below reads it: a
    # sentence's own `words` where its `low` is what is read, else the letters of what is (a
    # lower-case word whole in a sentence is whole in its lower case, and so one of these).
    read_words: set[str] = set()
    for sentence, low in zip(sents, lows, strict=True):
        if sentence.words and low is sentence.low:
            if not sentence.words.isdisjoint(_ONCE_GATES):
                read_words.update(sentence.words & _ONCE_GATES)
        else:
            read_words.update(_ONCE_GATES.intersection(_LETTERS.findall(low)))
    for key, pattern, lowered, gate in _ONCE_SUBJECTS:
        # subjects named once per brief wherever the text names them (see _ONCE_SUBJECTS);
        # a lowered pattern's key is tested on the lower-cased text it reads ("Visa-free travel
        # will start" at a sentence's start)
        if (
            not gate.isdisjoint(read_words)
            and (any(key in low for low in lows) if lowered else key in body)
            and not any(key in item.lower() for _, item in found)
        ):
            for sentence, low in zip(sents, lows, strict=True):
                read = low if lowered else sentence.text
                if key in read and (once := _unquoted(pattern, read)):
                    found.append((sentence.start + once.start("np"), once.group("np")))
                    break
    return _dedupe(found, [sentence.start for sentence in sents])


def _unquoted(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of `pattern` in `text` whose "np" is not a word set in quotation
    marks of its own (accused of supporting “terrorism”: a scare quote, the writer's
    distance, not a subject)."""
    for match in pattern.finditer(text):
        start, end = match.start("np"), match.end("np")
        if not (
            text[start - 1 : start] in _OPENING_QUOTES and text[end : end + 1] in _CLOSING_QUOTES
        ):
            return match
    return None


_OPENING_QUOTES: Final = frozenset('“"‘«')
_CLOSING_QUOTES: Final = frozenset('”"’»')


# A line alone between blank lines, in sentence case and without a full stop: a section
# heading ("Trade and investment") or a kicker ("Politics").
_HEADING_LINE: Final = re.compile(r"[A-Z][a-z][^\n.:;!?()\d]{2,60}")
# Headings that say what kind of text follows, not what it is about.
_META_HEADINGS: Final = frozenset(
    (
        "main results", "results", "background", "summary", "overview", "contacts", "contact",
        "notes to editors", "related", "highlights", "outcomes", "next steps",
        "for more information", "more information", "analysis", "comment", "opinion",
        "politics", "economy", "business", "world", "news", "society", "read more", "see also",
        # a government release's own parts
        "news release", "press release", "media release", "quotes", "quick facts",
        "media enquiries", "media contacts", "associated links", "related links",
        "backgrounder", "readout", "statement", "communiqué", "article", "share",
    )
)  # fmt: skip
_HEADING_OPENERS: Final = words_of(
    "the a an what why how who when where which first second third our its their this these"
)
# "3. Defense industrial cooperation" on a line of its own over its section's text
_NUMBERED_HEADING: Final = re.compile(
    r"[ \t]*\d{1,2}\.[ \t]+([A-Z][a-z][^\n.:;!?()\d]{2,60})\n(?=\S)"
)
_MIN_HEADINGS: Final = 3  # one or two short lines are a kicker or a caption, not a sectioned text


# A line of two fields joined by "and", lower-case after its first letter, none with "the"
_JOINED_LINE: Final = re.compile(
    r"[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}\s+and\s+"
    r"(?!the\s)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}"
)


def _section_headings(body: str, start: int) -> list[tuple[int, str]]:
    """The section headings of a text sectioned by subject ("Political dialogue", "Trade and
    investment", "Regional security", each a line of its own after `start`): topics, when
    there are at least three of them."""
    headings: list[tuple[int, str]] = []
    chunks = body[start:].split("\n\n")
    at = start + len(chunks[0]) + 2
    # (the first chunk is the text's opening and the last one has no blank line after it)
    for number, chunk in enumerate(chunks[1:], 1):
        chunk_at = at
        at += len(chunk) + 2
        if (
            # (a numbered heading opens with its number, or blanks before it)
            ((opening := chunk[:1]).isdigit() or opening == " " or opening == "\t")
            and (numbered := _NUMBERED_HEADING.match(chunk)) is not None
        ):
            # "2. Energy security\nThe ministers agreed ...": a numbered heading over its
            # section's text, the same paragraph
            heading = numbered.group(1)
            chunk_at += numbered.start(1)
        elif (
            number == len(chunks) - 1
            or len(chunk) > 64
            or not _HEADING_LINE.fullmatch(heading := chunk.strip(" \t"))
        ):
            continue
        words = heading.split()
        low = heading.lower()
        if (
            len(words) <= 6
            and heading[1:].islower()
            and words[0].lower() not in _HEADING_OPENERS
            and low not in _META_HEADINGS
            and (cleaned := _clean(heading))
        ):
            if cleaned == heading and country_of_demonym(words[0]) is None:
                cleaned = low  # the capital of sentence case ("Regional security")
            headings.append((chunk_at, cleaned))
    return headings if len(headings) >= _MIN_HEADINGS else []


# "1." closing a sentence at a line's start: the sentence splitter ends a sentence after the
# number of a numbered item ("discussed:\n1.", "...;\n2.").
_NUMBER_AFTER_BREAK: Final = re.compile(r"\n[ \t]*\d{1,2}\.[ \t]")
_CLOSING_NUMBER: Final = re.compile(r"(?:^|\n)[ \t]*\d{1,2}\.$")


def _numbered_items(sents: list[Sentence], numbered: set[int]) -> list[Sentence]:
    """The sentences with the number that closes one ("...;\n2.") cut off and a number alone
    dropped; the start of each sentence after such a number (an item) goes to `numbered`."""
    out: list[Sentence] = []
    after_number = False
    for sentence in sents:
        if after_number:
            numbered.add(sentence.start)
        closing = _CLOSING_NUMBER.search(sentence.text)
        after_number = closing is not None
        if closing is None:
            out.append(sentence)
        elif text := sentence.text[: closing.start()].rstrip():
            start = sentence.start
            out.append(Sentence(text, start, start + len(text), sentence.paragraph))
    return out


def _bullet_lines(
    sents: list[Sentence],
    found: list[tuple[int, str]],
    listed: set[int],
    numbered: set[int] | frozenset[int] = frozenset(),
) -> list[Sentence]:
    """The sentences with each bulleted line of a list as a sentence of its own; a line
    that names a document ("• Agreement ... on road transport;") adds what the document is
    on to `found` and is read no further. The start of each bulleted line under a line that
    ends with a cue and a colon ("The ministers discussed:") goes to `listed`: each such
    line is an enumeration of topics. Under a line that introduces deals signed ("Among the
    largest agreements signed:"), a line "A and B — the supply of X, $5 million" adds what
    the deal is for, after the parties and before its worth, as one item."""
    out: list[Sentence] = []
    intro = False  # the last line read ends with a cue and a colon
    deals = False  # the last line read introduces deals signed
    items_follow = False  # no bulleted line since the intro: numbered items may list topics
    for sentence in sents:
        lines = sentence.text.split("\n")
        # a numbered item (its number cut off) under a line that introduces a list of topics
        item = intro and items_follow and sentence.start in numbered
        if not item and (len(lines) == 1 or not any(_BULLET_LINE.match(line) for line in lines)):
            out.append(sentence)
            intro = items_follow = _is_list_intro(sentence.text)
            deals = _DEALS_INTRO.search(sentence.text) is not None
            continue
        at = sentence.start
        for index, line in enumerate(lines):
            bullet = _BULLET_LINE.match(line)
            text = line[bullet.end() if bullet else 0 :].strip().rstrip(";.,")
            start = at + line.find(text[:1]) if text else at
            at += len(line) + 1
            if not text:
                continue
            if _DOCUMENT.match(text):
                subject = _clean(text)
                if subject:
                    found.append((start, subject))
                continue
            if (
                text[:1] in "aA"
                and "," not in text
                and _DOCUMENT.match(without_article(text))
                and (subject := _clean(text.split(" worth ", 1)[0]))
            ):
                # "– an action plan on the opening of X;": a document after its article (a
                # line with commas, a list or a clause, is read as a sentence), what it is
                # worth no part of its subject
                found.append((start, subject))
                continue
            if bullet is None and not (item and index == 0):
                intro = items_follow = _is_list_intro(line)
                deals = _DEALS_INTRO.search(line) is not None
            elif deals and (dash := _DEAL_DASH.search(text)):
                deal = _clean(_ITEM_COMMA.split(text[dash.end() :], 1)[0])
                if deal:
                    found.append((start + dash.end(), deal))
                continue
            elif intro:
                listed.add(start)
                items_follow = item
            out.append(Sentence(text, start, start + len(text), sentence.paragraph))
    return out


# "Among the largest agreements signed:", "The following contracts were signed:"
_DEALS_INTRO: Final = re.compile(
    r"\b(?:agreements|contracts|deals|documents|memoranda)\b[^:]*\bsigned\b[^:]*:\s*$", re.I
)
# "A and B — what the deal is for"; plain-text copies write the dash as a spaced hyphen
_DEAL_DASH: Final = re.compile(r"\s[—–-]\s+")


_PARTICULAR_ENDS: Final = (
    " in particular in:",
    " particularly in:",
    " especially in:",
    " including in:",
)


# "The following issues were on the agenda:", "the parties agreed on the following:", "a
# protocol, which provides for:", "presented a list of projects offered to investors:": the
# lines below list topics (the line ends with the colon).
_OTHER_INTRO: Final = re.compile(
    r"(?:^\s*(?:the\s+)?following\s+(?:[a-z]+\s+){1,2}?(?:were|was|are|is)\s+(?:also\s+)?"
    r"(?:on\s+the\s+agenda|discussed|considered)\b[^:]*"
    r"|\b(?:agreed|decided)\s+(?:on\s+)?(?:the\s+following|to)"
    r"|\b(?:provides?|provided|envisages?|envisaged|stipulates?)(?:\s+for)?(?:\s+the\s+following)?"
    r"|\blist\s+of\s+(?:[a-z]+\s+)?(?:projects|proposals|priorities|issues|topics|areas)\b"
    r"[^:]{0,60})\s*:$",
    re.I,
)
_OTHER_INTRO_WORDS: Final = words_of(
    "following agreed decided provides provide provided envisages "
    "envisage envisaged stipulates stipulate list"
)


def _is_list_intro(line: str) -> bool:
    """Whether a line ends with a cue and a colon ("... and discussed:", "focusing on
    the following areas:"): the bulleted lines after it list topics."""
    line = line.rstrip()
    if not line.endswith(":"):
        return False
    if _LISTING.search(line, 0, len(line) - 1):
        return True  # "Key topics of the talks included:"
    if line.endswith(_PARTICULAR_ENDS) and "cooperation" in line:
        return True  # "to strengthen cooperation in agriculture, in particular in:"
    if not _OTHER_INTRO_WORDS.isdisjoint(lower_same(line).split()) and _OTHER_INTRO.search(line):
        return True
    low = lower_same(_FOLLOWING.sub("", line[:-1])) + " "
    # (a cue that looks for a lower-case word after it, "work together on", meets one: the
    # items below)
    ahead = low + "x"
    return any(
        m.end() == len(low) for m in _cue_matches(ahead, frozenset(_LETTERS.findall(ahead)))
    )


def _thing_before(text: str) -> str:
    """The lower-case noun phrase that ends `text` ("... that seven border checkpoints" gives
    "border checkpoints"), at most four words, after a number, an article or a clause word."""
    words = text.rsplit(None, 5)[-5:]
    kept: list[str] = []
    for word in reversed(words):
        if not _LOWER_WORD.fullmatch(word) or word in _THING_STOPS or word in _STOP:
            break
        kept.append(word)
    kept.reverse()
    return " ".join(kept[-4:])


# "a fiscal deficit of 2.6 percent of GDP", "government debt under 45 percent of GDP": the
# measure (group "np", with up to two words before its noun) a figure gives as a share of GDP
_GDP_SHARE: Final = re.compile(
    # ("state debt, currently at 57 percent of GDP": the measure before the aside)
    r"(?P<np>(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)(?:,\s+(?:now|currently|still|already))?\s+"
    r"(?:of|at|below|above|under|around|near)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?\d[\d.,]*\s*(?:percent|per\s+cent|%)\s+of\s+"
    r"(?:its\s+|the\s+country['’]s\s+)?GDP\b"
)
# Words before the measure in _GDP_SHARE's "np" that are no part of it: a verb ("targets a
# fiscal deficit", "keep debt") or an article ("a fiscal deficit").
_GDP_LEAD_WORDS: Final = words_of(
    "targets target keep keeps kept reach reaches reached bring brings a an the"
)
# "a commitment of 0.8 per cent of GDP": a sum given, not a measure of the economy (figures'
# _NOT_SHARE_NOUNS shares the core, AMOUNT_NOUNS)
_GDP_NOT_MEASURES: Final = AMOUNT_NOUNS | words_of(
    "commitment commitments equivalent cost costs figure"
)
_COMPASS_PLACE: Final = re.compile(
    rf"(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+[{UPPER}]"
)
# "the Alba Valley", "the Inland Sea Basin": a named place of nature.
_GEOGRAPHIC_NAME: Final = re.compile(
    rf"the\s+(?:[{UPPER}][\w’'-]*\s+)+(?:Valley|Basin|Sea|Gulf|Lake|Delta|Peninsula|Mountains)\b"
    rf"(?!\s+[{UPPER}])"
)


def _place_at(text: str, at: int) -> bool:
    """Whether a city's or a country's name starts at `at`."""
    if not text[at : at + 1].isupper():
        return False
    word = _NAME_WORD.match(text, at)
    return word is not None and bool(is_city(word.group()) or country_of_word(word.group()))


def _demonym_at(text: str, at: int) -> bool:
    """Whether a country's adjective before a lower-case word starts at `at` ("Kyrgyz
    hydropower"): the field of a country, not a place."""
    if not text[at : at + 1].isupper():
        return False
    word = _NAME_WORD.match(text, at)
    if (
        word is not None
        and text[word.end() : word.end() + 1] == "."
        and (pair := _COUNTRY_PAIR.match(text, at)) is not None
    ):
        word = pair  # "U.S.-Mexico supply chains": two countries' field
    return (
        word is not None
        and text[word.end() : word.end() + 1] == " "
        and text[word.end() + 1 : word.end() + 2].islower()
        and (
            country_of_demonym(word.group()) is not None
            # "Kazakh-Chinese ventures", "U.S.-Mexico supply chains": two countries' field
            or (
                "-" in word.group()
                and all(country_of_word(part) for part in word.group().split("-"))
            )
        )
    )


def _whose_flow(item: str) -> bool:
    """Whether an item is a country's flow alone ("Kazakh exports", "British imports")."""
    first, _, rest = item.partition(" ")
    return " " not in rest and country_of_demonym(first) is not None


def _names_no_topic(sentence: Sentence) -> bool:
    """Whether a sentence surely names no topic in a brief that names people: it has no word
    a rule below needs, no ", on " or " about " after talks, no "in A, in B and in C", and
    nothing that _prepared would change (which could make one)."""
    return (
        sentence.words.isdisjoint(_RULE_WORDS)
        and bool(sentence.low)
        and ", on " not in sentence.low
        and " about " not in sentence.low
        and " and in " not in sentence.low  # "in A, in B and in C"
        and "(" not in sentence.text
        and ";" not in sentence.text
    )


def _head_matches(text: str, low: str, low_words: frozenset[str]) -> list[re.Match[str]]:
    """The matches of _HEAD_WORD in `text`, the same as `_HEAD_WORD.finditer(text)` gives.

    `low` is `text` in lower case (or `text` itself when that would move offsets) and
    `low_words` holds every word of `low`: the pattern is tried only where the first word
    of a head stands as a whole word, not at every word start."""
    if low == text:  # not lower-cased: look everywhere
        return list(_HEAD_WORD.finditer(text))
    return matches_at(_HEAD_WORD, text, _word_starts(low, low_words & _HEAD_FIRST_WORDS))


def _council_event(before: list[str]) -> bool:
    """Whether the words before a council's name end with its event: "the meeting of (the)"."""
    if before and before[-1] == "the":
        before = before[:-1]
    return len(before) >= 2 and before[-1] == "of" and before[-2] in _COUNCIL_EVENTS


def _in_organisation(before: list[str]) -> bool:
    """Whether the words before a name end with an organisation's "Authority for (the)",
    "Fund of": the name continues that organisation's."""
    if before and before[-1] == "the":
        before = before[:-1]
    return len(before) >= 2 and before[-1] in ("for", "of") and before[-2] in _ORGANISATION_HEADS


# A capitalised word right after a capitalised head: the name goes on ("Port Said").
_NAME_GOES_ON: Final = re.compile(rf" ([{UPPER}][a-z]+)\b(?![’'-])")


def _named_spans(text: str, heads: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Spans of named projects: capitalised words before a head ("Trans-Caspian
    International Transport Route", "Belt and Road") or before a lower-case head with at
    most one word between ("Kazakhstan–China oil pipeline")."""
    spans: list[tuple[int, int]] = []
    for head in heads:
        if _OPERATOR_AFTER.match(text, head.end()):
            continue  # "the national railway company", "the X railway agency": who, not what
        if (
            head.group()[0].isupper()
            and (goes_on := _NAME_GOES_ON.match(text, head.end()))
            and (head.group() == "Port" or goes_on.group(1) in _HEADS)
        ):
            # "a park in East Port Said": the head begins a city's name; "the X Corridor
            # Initiative": a longer name, whose own head reads it
            continue
        # The walk back below reads at most 14 words before the head.
        words = text[: head.start()].rsplit(" ", 16)
        if not words or words[-1] != "":
            continue  # the head must follow a space
        words.pop()
        capital_head = head.group()[0].isupper()
        i = len(words) - 1
        if (
            not capital_head
            and i >= 0
            and words[i][:1].islower()
            and _LOWER_WORD.fullmatch(words[i])
            and words[i] not in _STOP  # "Under the project": no modifier, no name
        ):
            i -= 1  # "oil" in "Kazakhstan–China oil pipeline"
        units = 0
        first = None
        while i >= 0 and units < (5 if capital_head else 3):
            word = words[i]
            if (
                (capital_head or (word == "of" and first is not None))
                and word in _CONNECTOR_WORDS
                and i > 0
                and _CAPITAL_WORD.fullmatch(words[i - 1])
            ):
                first = i - 1
                i -= 2
            elif (
                word in _NAME_DASHES
                and first is not None
                and i > 0
                and _CAPITAL_WORD.fullmatch(words[i - 1])
            ):
                # "the Baku – Tbilisi – Kars railway": the names a spaced dash joins are one
                # (each a part of the unit after it)
                first = i - 1
                i -= 2
                continue
            elif _CAPITAL_WORD.fullmatch(word):
                first = i
                i -= 1
            else:
                break
            units += 1
        if first is not None and not capital_head and words[first] in _CAPITAL_ARTICLES:
            # "The five-year programme": a sentence's first word names nothing
            later = words[first + 1] if first + 1 < len(words) else ""
            first = first + 1 if _CAPITAL_WORD.fullmatch(later) else None
        if first is None:
            continue
        if words[first] in _CAPITAL_PREPOSITIONS and first + 1 < len(words):
            first += 1
        if (
            first >= 2
            and words[first - 1] in _OFFICE_PREPOSITIONS
            and not TITLE_HEADS.isdisjoint(w.lower() for w in words[max(0, first - 6) : first - 1])
        ):
            continue  # "the Adviser to the President on Media and Culture": an office
        start = head.start() - len(" ".join(words[first:])) - 1
        if first > 0 and words[first - 1][-1:].isdigit():
            continue  # "a 10 MW solar power plant": a unit, not a name
        if spans and start < spans[-1][1]:
            continue  # "Global Gateway strategy": the name ended at "Gateway"
        if head.group().lower() in _SITE_HEADS and (
            (first > 0 and words[first - 1] in _SITE_PREPOSITIONS)
            or (first > 1 and words[first - 1] == "the" and words[first - 2] in _SITE_PREPOSITIONS)
        ):
            # "a terminal at the Baku Sea Port", "trains sent from the X Port": where it
            # stands or starts, not what
            continue
        if head.group() == "Business Council" and not _council_event(words[:first]):
            continue  # "signed at the X Business Council", "the X Business Council said": not
        if head.group() == "Business Council" and _ATTENDED_MEETING.search(text, 0, start):
            continue  # "attended the meeting of the X Business Council": where one went
        if _in_organisation(words[:first]):
            continue  # "Authority for the Suez Canal Economic Zone": who, not what
        spans.append((start, head.end()))
    return spans


_JOINING: Final = frozenset(["participation", "involvement", "engagement"])
_SIDE_WORDS: Final = frozenset(["side", "sides"])
_POSSIBILITY: Final = words_of("possibility possibilities prospect prospects option options idea")
_READINESS: Final = words_of("readiness willingness intention intentions desire determination")
_AGENTS: Final = (
    " companies",
    " firms",
    " businesses",
    " investors",
    " enterprises",
    " specialists",
)
_COUNT_OF: Final = re.compile(
    r"(?:portfolio|package|total|number|group|programme|program|list)\s+of\s+\d"
)
# (_COUNT_OF's first words)
_COUNT_WORDS: Final = words_of("portfolio package total number group programme program list")
_SITE_HEADS: Final = frozenset(["port", "seaport", "crossing", "zone"])
_SITE_PREPOSITIONS: Final = frozenset(["at", "near", "from"])
_OFFICE_PREPOSITIONS: Final = frozenset(["on", "for"])  # ("Envoy on X", "Minister for Y")
# What a business council holds: its meeting is a subject; the council alone is who acts or
# where deals are signed.
# "attended the meeting of (the)", "took part in a meeting of": an event one went to
_ATTENDED_MEETING: Final = re.compile(
    r"(?:attended|attend|attends|attending|part\s+in|participated\s+in)\s+(?:a|the)\s+"
    r"(?:[a-z]+\s+)?meeting\s+of\s+(?:the\s+)?$"
)
_COUNCIL_EVENTS: Final = words_of("meeting meetings session sessions sitting work")
_OPERATOR_AFTER: Final = re.compile(
    r"\s+(?:company|companies|operator|operators|administration|administrations|authority|"
    r"corporation|agency|agencies|Company|Operator|Administration|Authority|Corporation|"
    r"Agency|"
    # "the X Pension Plan Investment Board", "the Y Corridor Fund": a body named after it
    rf"(?:[{UPPER}][a-z]+\s+)?(?:Board|Fund|Bank|Secretariat|Directorate|Trust))\b"
)
_PROGRAMME_HEADS: Final = (" programme", " program")
_THE_FIELDS_OF: Final = re.compile(
    r"(?:^|\s(?:in\s+)?the\s+)(?:fields?|areas?|spheres?|sectors?)\s+of\s+", re.I
)
_BY_AGENT: Final = re.compile(
    r"(?:^|\s)(?:organi[sz]ed|hosted|chaired|co-chaired|moderated|attended|sponsored|run|managed|operated|"
    # "a rail link backed by A and B": who stands behind it
    r"backed)"
    r"\s+by\s.*$"
)
_CAPITAL_ARTICLES: Final = frozenset(["The", "A", "An", "This", "That", "These", "Its", "Their"])
_RAISE_VERBS: Final = (
    "raise raising increase increasing lift lifting boost boosting bring bringing"
)
_RAISE_WORDS: Final = words_of(_RAISE_VERBS)
_TRADE_WORDS: Final = words_of("trade turnover")
_TRADE_TARGET: Final = re.compile(
    rf"\b(?:{'|'.join(_RAISE_VERBS.split())})\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:volume|level)\s+of\s+)?(?P<np>(?:bilateral|mutual|two-way|non-oil)\s+"
    r"trade(?:\s+turnover)?)\s+(?:to|beyond|above)\s+(?:about\s+|around\s+|over\s+|some\s+)?"
    r"(?:[$€£¥]|[a-z]{1,3}\$?\s?\d|\d)"
)
# "signed a 20-year power purchase agreement", "a 90 MWh battery storage system": an energy
# project's parts that are subjects wherever the text names them
_POWER_PURCHASE: Final = re.compile(r"\b(?P<np>power\s+purchase\s+agreements?)\b")
_BATTERY_STORAGE: Final = re.compile(r"\b(?P<np>battery\s+storage(?:\s+systems?)?)\b")
_ECONOMIC_ZONE: Final = re.compile(
    r"\b(?P<np>(?:special|free)\s+(?:economic|industrial|trade)\s+zones?)\b"
)
_ZONE_WORDS: Final = words_of("zone zones")
_SCHOLARSHIP: Final = r"(?:(?:government|state)\s+)?scholarships\b"
_OFFERED: Final = (
    r"(?:offer|offers|offered|offering|provide|provides|provided|providing|allocate|allocates|"
    r"allocated|allocating|allocation\s+of|award|awards|awarded|awarding|grant|grants|granted|"
    r"granting|number\s+of)"
)
# "will offer 50 scholarships a year", "the number of state scholarships", "scholarships
# provided to": scholarships offered (not "studying on scholarships", "asked about scholarships")
_SCHOLARSHIPS: Final = re.compile(
    rf"\b(?:{_OFFERED}\s+(?:[\w,$-]+\s+){{0,3}}?(?={_SCHOLARSHIP})"
    rf"|(?={_SCHOLARSHIP}(?:\s+(?:will|would|are|were|is|to|be)){{0,2}}\s+{_OFFERED}\b))"
    rf"(?P<np>{_SCHOLARSHIP})"
)
_GROUP_STOPS: Final = (
    r"(?:and|which|that|to|with|in|at|on|for|by|as|will|would|is|was|under|headed|led|from|"
    r"between|of|early|next|last|this|every|each|twice|once|soon|met|meets|meet|held|holds|"
    r"has|have|had|are|were|be|been|said|says)\b"
)
# "a working group on X", "working groups on X and on Y": X (and Y), a subject of its own
# (lower case, up to four words; "and" only between two single words)
_GROUP_SUBJECT: Final = (
    r"(?!(?:the|a|an|its|their)\b)[a-z][\w-]*"
    r"(?:\s+and\s+[a-z][\w-]*(?![\w-]*\s+[a-z])|"
    r"(?:\s+(?!" + _GROUP_STOPS + r")[a-z][\w-]*){0,3})"
)
_WORKING_GROUP_ON: Final = re.compile(
    rf"\b[Ww]orking\s+groups?\s+(?:on|for)\s+(?P<np>{_GROUP_SUBJECT})"
    rf"(?:\s+and\s+(?:on|for)\s+(?P<np2>{_GROUP_SUBJECT}))?"
)
# Subjects of their own, whatever the sentence's cue: (words the sentence must have, one of
# each set; the pattern, whose group "np" is the subject; whether it reads the lower-cased text;
# the words, whole, that a match opens with in the lower-cased text, if it reads that: it is
# tried only where one stands, not at every character).
# "agreed to raise bilateral trade to $3 billion": the trade a target is set for; "tax holidays
# in its free economic zones": the zones (a named zone is read as a name); "will offer 40
# scholarships to X students": the scholarships; "a power purchase agreement", "battery storage".
_OWN_SUBJECTS: Final[
    tuple[tuple[tuple[frozenset[str], ...], re.Pattern[str], bool, frozenset[str]], ...]
] = (
    ((words_of("scholarships"),), _SCHOLARSHIPS, True, frozenset()),
    ((_TRADE_WORDS, _RAISE_WORDS), _TRADE_TARGET, True, _RAISE_WORDS),
    ((_ZONE_WORDS,), _ECONOMIC_ZONE, False, frozenset()),
    ((words_of("purchase"),), _POWER_PURCHASE, True, frozenset(["power"])),
    ((words_of("storage"),), _BATTERY_STORAGE, True, frozenset(["battery"])),
)
# A word of each one's first gate: a sentence with none of them (most) tries none.
_OWN_GATES: Final = frozenset(word for gates, _, _, _ in _OWN_SUBJECTS for word in gates[0])
# Each gate of find_topics's sentence loop as one bit of an int: the loop ORs together once
# the bits of the gate words a sentence holds, and each gate reads its own bit with one "&"
# (a set's isdisjoint is a method call, several hundred instructions, at every gate).
_QUOTE_CUE_GATE: Final = 1 << 0
_CUE_GATE: Final = 1 << 1
_SECTOR_GATE: Final = 1 << 2
_IS_GATE: Final = 1 << 3
_ENGINE_GATE: Final = 1 << 4
_MAKE_GATE: Final = 1 << 5
_ON_AGENDA_GATE: Final = 1 << 6
_WAS_GATE: Final = 1 << 7
_INVEST_GATE: Final = 1 << 8
_CENTER_GATE: Final = 1 << 9
_TOPPED_GATE: Final = 1 << 10
_WITHIN_GATE: Final = 1 << 11
_PILLAR_GATE: Final = 1 << 12
_ARE_GATE: Final = 1 << 13
_NAMED_AS_GATE: Final = 1 << 14
_PRIORITY_GATE: Final = 1 << 15
_OWN_GATE: Final = 1 << 16
_BUILT_GATE: Final = 1 << 17
_FLOW_GATE: Final = 1 << 18
_SUBJECT_GATE: Final = 1 << 19
_SHARE_VERB_GATE: Final = 1 << 20
_NAMED_GATE: Final = 1 << 21
_COMPOUND_GATE: Final = 1 << 22
# (_prepared's, each a set of words its step needs one of)
_WORTH_GATE: Final = 1 << 23
_ASIDE_GATE: Final = 1 << 24
_LAW_GATE: Final = 1 << 25
_FORMAT_GATE: Final = 1 << 26
_MANNER_GATE: Final = 1 << 27
_CLOSENESS_GATE: Final = 1 << 28


def _gate_bits(gates: tuple[tuple[frozenset[str], int], ...]) -> dict[str, int]:
    """Each gate word's bits: those of every gate whose words hold it; 0 for the words of
    _OWN_SUBJECTS' later gates, which are read as a set."""
    bits = dict.fromkeys(
        (word for gates_of, _, _, _ in _OWN_SUBJECTS for gate in gates_of for word in gate), 0
    )
    for words, bit in gates:
        for word in words:
            bits[word] = bits.get(word, 0) | bit
    return bits


# Every word a gate of find_topics's sentence loop tests, with the bits of its gates (keep in
# step): the loop intersects a sentence's words with these once, and each gate reads the few in
# common.
_GATES: Final = (
    (_QUOTE_CUE_WORDS, _QUOTE_CUE_GATE),
    (_CUE_WORDS, _CUE_GATE),
    (_SECTOR_SET, _SECTOR_GATE),
    (_IS_WORDS, _IS_GATE),
    (_ENGINE_WORDS, _ENGINE_GATE),
    (_MAKE_WORDS, _MAKE_GATE),
    (_ON_AGENDA_WORDS, _ON_AGENDA_GATE),
    (_WAS_WORDS, _WAS_GATE),
    (_INVEST_WORDS, _INVEST_GATE),
    (_CENTER_WORDS, _CENTER_GATE),
    (_TOPPED_WORDS, _TOPPED_GATE),
    (_WITHIN_WORDS, _WITHIN_GATE),
    (_PILLAR_WORDS, _PILLAR_GATE),
    (_ARE_WORDS, _ARE_GATE),
    (_NAMED_AS_WORDS, _NAMED_AS_GATE),
    (_PRIORITY_WORDS, _PRIORITY_GATE),
    (_OWN_GATES, _OWN_GATE),
    (_BUILT_WORDS, _BUILT_GATE),
    (_FLOW_WORDS, _FLOW_GATE),
    (_SUBJECT_VERBS, _SUBJECT_GATE),
    (_SHARE_VERB_WORDS, _SHARE_VERB_GATE),
    (_NAMED_WORDS, _NAMED_GATE),
    (_COMPOUND_HEADS, _COMPOUND_GATE),
    (_WORTH_WORDS, _WORTH_GATE),
    (_ASIDE_WORDS, _ASIDE_GATE),
    (_LAW_WORDS, _LAW_GATE),
    (_FORMAT_WORDS, _FORMAT_GATE),
    (_MANNER_ADVERBS, _MANNER_GATE),
    (_CLOSENESS_WORDS, _CLOSENESS_GATE),
)
_GATE_BITS: Final = _gate_bits(_GATES)
_GATE_WORDS: Final = frozenset(_GATE_BITS)


def _gates_of(gated: frozenset[str]) -> int:
    """The bits of the gates of _GATES that `gated` (words of _GATE_WORDS) opens: a gate's
    bit is set where one of its words is there."""
    gates = 0
    for word in gated:
        gates |= _GATE_BITS[word]
    return gates


# A kind of air link ("direct flights", "regular cargo flights", "non-stop flights")
_FLIGHT_KIND: Final = r"(?:direct|regular|charter|cargo|freight|passenger|scheduled|non-?stop)"
_FLIGHTS: Final = re.compile(rf"\b(?P<np>{_FLIGHT_KIND}(?:\s+{_FLIGHT_KIND})?\s+flights)\b")
# "to have a direct flight between A and B": one link sought ("the direct flight between A
# and B, launched in May": one there is)
_A_FLIGHT: Final = re.compile(rf"\ba\s+(?P<np>{_FLIGHT_KIND}(?:\s+{_FLIGHT_KIND})?\s+flight)\b")
# What eases travel between two countries ("visa-free entry", "mutual visa exemption")
_VISA_EASING: Final = re.compile(
    r"\b(?P<np>(?:mutual\s+)?visa[- ](?:free\s+(?:regime|entry|travel)|exemption|facilitation|"
    r"waiver|liberali[sz]ation))\b"
)
# "thanked X for the humanitarian aid provided to", "$4 million in humanitarian assistance"
_HUMANITARIAN_AID: Final = re.compile(r"\b(?P<np>humanitarian\s+(?:aid|assistance))\b")
# "A$600 million in development assistance", "Japan's official development assistance": the
# aid, named in lower case ("the Development Assistance Committee" is a name; "an official
# development assistance loan" a kind of loan; "humanitarian and development aid" one aid of
# two kinds, the half no subject alone)
_DEVELOPMENT_AID: Final = re.compile(
    r"(?<!\band\s)\b(?P<np>(?:official\s+)?development\s+(?:aid|assistance))\b"
    r"(?!\s+(?:agency|agencies|loans?|grants?|projects?|programmes?|programs?)\b)"
)
# "toward achieving net-zero emissions by 2050": the climate goal
_NET_ZERO: Final = re.compile(r"\b(?P<np>net[- ]zero(?:\s+(?:emissions|carbon))?)\b")
# "a Finnish renewable energy developer", "the share of renewables": an energy subject, in
# lower case only ("X Renewable Energy" is a firm's name)
_RENEWABLES: Final = re.compile(r"\b(?P<np>renewable\s+energy|renewables)\b")
# "reforms to improve the investment climate", "presented the business climate in X"
_INVESTMENT_CLIMATE: Final = re.compile(r"\b(?P<np>(?:investment|business)\s+climate)\b")
# "further improvement of the business environment": the same subject in other words
_BUSINESS_ENVIRONMENT: Final = re.compile(r"\b(?P<np>(?:investment|business)\s+environment)\b")
# "counter-terrorism cooperation", "the three forces of terrorism": the fight against it
_TERRORISM: Final = re.compile(r"\b(?P<np>(?:counter-?)?terrorism)\b")
# Subjects a brief names once, wherever its text names them, unless an item found already
# holds the key (the key, in lower case, as the text writes it; the pattern, whose group "np"
# is the subject; whether it reads the lower-cased sentence; words of which every match holds
# one whole, as a run of letters of its own, so that a brief none of whose sentences has one
# is not searched). "direct flights between A and B will be launched in April", "charter
# flights": a kind of air link (not "operate 21 weekly flights": a count, not a link); "has
# risen since they introduced visa-free entry": the visa regime; "thanked X for the
# humanitarian aid provided to Y": the aid.
# Fields of policy so widely named that a brief naming them, in lower case, has them for a
# subject wherever they stand ("a partner for the energy transition", "support in food
# security"), whatever the cue; a capitalised one is part of a name ("the Food Security Fund").
_KNOWN_SUBJECTS: Final = (
    "energy transition",
    "food security",
    "water security",
    "climate change",
    "digital transformation",
    "artificial intelligence",
    "cybersecurity",
    "critical minerals",
    "economic security",
)
# Fields named in lower case: "green hydrogen", "industrialisation" (the drive to it), "clean
# energy" (not "a clean energy company": who); "the trade deficit" a side raises (not "recorded
# a trade deficit of $X": a figure's); "skilled workers" a country sends or needs (not "10,000
# skilled workers": a count); "tariffs" (a trade measure, imposed or threatened; "tariffs on
# X" names X, read by its cue); a kind of connectivity ("air connectivity"); a country's
# accession ("X's accession to the Y", "accession negotiations", "the EU accession process").
_GREEN_HYDROGEN: Final = re.compile(r"\b(?P<np>green\s+hydrogen)\b")
_INDUSTRIALISATION: Final = re.compile(r"\b(?P<np>industriali[sz]ation)\b")
_CLEAN_ENERGY: Final = re.compile(
    r"\b(?P<np>clean\s+energy)\b(?!\s+(?:company|companies|firm|firms|developer|developers|"
    r"group|groups|producer|producers))"
)
_THE_TRADE: Final = (
    r"\b(?:the|its|their|our|this)\s+(?:(?:bilateral|growing|large|huge|persistent)\s+)?"
)
_TRADE_DEFICIT: Final = re.compile(rf"{_THE_TRADE}(?P<np>trade\s+deficits?)\b")
_TRADE_IMBALANCE: Final = re.compile(rf"{_THE_TRADE}(?P<np>trade\s+imbalances?)\b")
_SKILLED_WORKERS: Final = re.compile(r"(?<!\d )\b(?P<np>skilled\s+workers)\b")
_SKILLED_LABOUR: Final = re.compile(r"(?<!\d )\b(?P<np>skilled\s+labou?r)\b")
_TARIFFS: Final = re.compile(r"\b(?P<np>tariffs)\b(?!\s+(?:on|for)\b)")  # ("tariffs on X": X)
_CONNECTIVITY: Final = re.compile(
    r"\b(?P<np>(?:(?:air|rail|road|transport|digital|energy|maritime|regional|power)\s+)?"
    r"connectivity)\b"
)
_ACCESSION: Final = re.compile(
    rf"\b(?P<np>(?:[{UPPER}][\w’'-]+(?:’s|'s)\s+)?(?:(?:EU|WTO|NATO)\s+)?accession\s+"
    rf"(?:negotiations|talks|process|to\s+(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*)*))"
)
_ONCE_SUBJECTS: Final[tuple[tuple[str, re.Pattern[str], bool, frozenset[str]], ...]] = (
    *(
        (known, re.compile(rf"\b(?P<np>{known})\b"), False, frozenset([known.rsplit(" ", 1)[-1]]))
        for known in _KNOWN_SUBJECTS
    ),
    ("green hydrogen", _GREEN_HYDROGEN, False, words_of("hydrogen")),
    ("industriali", _INDUSTRIALISATION, False, words_of("industrialisation industrialization")),
    ("clean energy", _CLEAN_ENERGY, False, words_of("energy")),
    ("trade deficit", _TRADE_DEFICIT, False, words_of("deficit deficits")),
    ("trade imbalance", _TRADE_IMBALANCE, False, words_of("imbalance imbalances")),
    ("skilled workers", _SKILLED_WORKERS, False, words_of("workers")),
    ("skilled labo", _SKILLED_LABOUR, False, words_of("labor labour")),
    ("tariffs", _TARIFFS, False, words_of("tariffs")),
    ("connectivity", _CONNECTIVITY, False, words_of("connectivity")),
    ("accession", _ACCESSION, False, words_of("accession")),
    ("flights", _FLIGHTS, True, words_of("flights")),
    ("flight", _A_FLIGHT, True, words_of("flight")),
    ("visa", _VISA_EASING, True, words_of("visa")),
    ("humanitarian", _HUMANITARIAN_AID, True, words_of("humanitarian")),
    ("development a", _DEVELOPMENT_AID, False, words_of("development")),
    ("net", _NET_ZERO, False, words_of("zero")),
    ("renewable", _RENEWABLES, False, words_of("renewable renewables")),
    ("climate", _INVESTMENT_CLIMATE, True, words_of("climate")),
    ("environment", _BUSINESS_ENVIRONMENT, True, words_of("environment")),
    ("terrorism", _TERRORISM, True, words_of("terrorism counterterrorism")),
)
# Every word of the gates above
_ONCE_GATES: Final = frozenset(word for _, _, _, gate in _ONCE_SUBJECTS for word in gate)
# A name that opens a site's name ("the Silk Road international tourist center", "the X
# Road museum"): the site, which is no subject.
_SITE_AFTER: Final = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}(?:center|centre|museum|complex|park|hotel|university|"
    r"institute|school|stadium|palace|memorial|mausoleum|monument|exhibition|"
    # ("in the Silk Road city of X": an epithet of the place)
    r"city|town|village)s?\b"
)
# "cities of the X Road", "a town on the Y Route": places the name describes.
_PLACES_ON: Final = tuple(
    f" {place} {link} the "
    for place in ("city", "cities", "town", "towns", "oasis", "oases")
    for link in ("of", "on", "along")
)
# "attend the X Road Forum": the event's name, of which the project's is a part
_ATTEND_THE: Final = ("attend the ", "attending the ", "attended the ")
_EVENT_AFTER: Final = re.compile(r"\s+(?:Forum|Summit|Conference|Congress|Expo|Festival)\b")
_VISIT_VERBS: Final = (
    "toured ",
    "visited ",
    "inspected ",
    "toured the ",
    "visited the ",
    "inspected the ",
)
_ROUTE_VIA: Final = ("through the ", "via the ")
_ROUTE_NAMES: Final = ("Canal", "pipeline", "Pipeline")
_MET_WHOM: Final = (
    "management of the ",
    "leadership of the ",
    "met with the ",
    "meeting with the ",
    "talks with the ",
)
# "Under Global Gateway, the EU will ...": a sentence's first word, no part of the name.
_CAPITAL_PREPOSITIONS: Final = frozenset(
    ["Under", "In", "At", "On", "For", "Through", "Within", "Via", "By", "With", "From", "After"]
)
_NOT_WORD: Final = re.compile(r"[\W_]+")
# After these, a new thing: "a working group on X".
_SUBJECT_OF_ENTITY: Final = frozenset(["on", "for", "about"])


def _norm(text: str) -> str:
    """The letters and digits of `text` in lower case, each run of them parted from the next
    by one blank (as _NOT_WORD made a blank, then stripped)."""
    low = text.lower()
    words = low.split()
    if "".join(words).isalnum():
        return " ".join(words)  # letters and digits between blanks: nothing else to replace
    # hyphens, dashes and apostrophes (most of what else stands in an item) made blanks, the
    # same when nothing else but letters and digits is left
    words = low.replace("-", " ").replace("–", " ").replace("’", " ").split()
    if "".join(words).isalnum():
        return " ".join(words)
    return _NOT_WORD.sub(" ", low).strip()


# A pure function of an item, and the fields briefs name come back brief after brief: a look-up
# in the cache is a fraction of lowering, splitting and joining the item again.
@lru_cache(maxsize=4096)
def _dedupe_key(item: str) -> str:
    """An item's key in _dedupe: its letters and digits (see _norm) between blanks."""
    return f" {_norm(item)} "


_EMPTY_MODIFIERS: Final = (" bilateral ", " mutual ", " two-way ")
_GENERIC_HEADS: Final = (" plants ", " sector ", " turnover ")
# Actions that only grow a field named alone before ("tourism", then "the development of
# tourism")
_GROWTH_ACTIONS: Final = words_of("development expansion promotion growth")


# What opens a phrase that qualifies the item before it ("quota for pilgrims").
_QUALIFIER_PREPOSITIONS: Final = words_of("for of to in on with from")


def _dedupe(found: list[tuple[int, str]], starts: list[int]) -> list[str]:
    """The items in text order, once each; `starts` are the sorted starts of the sentences."""
    found.sort(key=itemgetter(0))
    kept: list[str] = []
    keys: list[str] = []  # " normalised key " of each kept item
    key_set: set[str] = set()  # the same keys (all different), for membership tests
    kept_in: list[int] = []  # the sentence of each kept item
    # Each key ever kept that opens with an empty modifier, without it (" trade " for
    # " bilateral trade "), and each that ends with a generic head, without it (" energy " for
    # " energy sector "); never taken out, so a superset of those of the keys kept now: a key
    # with a modifier or a head added is built and looked up only where one can be found
    unmodified: set[str] = set()
    unheaded: set[str] = set()
    for at, item in found:
        key = _dedupe_key(item)
        if key == "  " or key in key_set:
            continue
        if (key.startswith(_EMPTY_MODIFIERS) and key[key.index(" ", 1) :] in key_set) or (
            key in unmodified
            and any(f"{modifier[:-1]}{key}" in key_set for modifier in _EMPTY_MODIFIERS)
        ):
            continue  # "bilateral trade", then "trade" (or the other way round): named before
        if key.endswith(_GENERIC_HEADS) and (
            (base := key[: key.rindex(" ", 0, -1) + 1]) in key_set
            or (
                base in unmodified
                and any(f"{modifier[:-1]}{base}" in key_set for modifier in _EMPTY_MODIFIERS)
            )
        ):
            continue  # "hydropower", then "hydropower plants", "trade turnover": named before
        if key in unheaded and any(f"{key[:-1]}{head}" in key_set for head in _GENERIC_HEADS):
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
        # An item inside a longer item of its own sentence ("schedule of the X plant"), or
        # ending one ("development of the X Corridor", "the A-B cross-border railway"), is
        # named by it; one inside another sentence's item ("the management of water and
        # energy resources", then "water and energy") is named again on its own. A key holds
        # no tab, so one found in the keys joined by tabs is inside one of them (and so is
        # one that opens one of them, below).
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
            # A longer item of a later sentence names the earlier one again ("the development
            # of the X route") only where it ends with it; one that holds it inside ("supply
            # of water to villages" after "water supply"), or after "on"/"for" ("a working
            # group on critical minerals") names something else: both stay.
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
        if key.startswith(_EMPTY_MODIFIERS):
            unmodified.add(key[key.index(" ", 1) :])
        if key.endswith(_GENERIC_HEADS):
            unheaded.add(key[: key.rindex(" ", 0, -1) + 1])
    if len(kept) > 2:
        # "including in the A and B sectors": "A and B" from one cue, A and B from the
        # sectors; the pair is named by its parts
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
