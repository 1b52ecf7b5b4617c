"""Meetings: who met whom (talks, phone and video calls, visits), when and where.

A meeting is a sentence with a meeting word and at least two named participants. A sentence
with a meeting word and fewer names ("Ruiz held separate meetings ... in Quito on Friday")
sets the date and place of the meetings that follow it. Planned meetings are not meetings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Final

from bot.parser.countries import (
    countries_of_words,
    country_of_city,
    country_of_name,
    country_of_word,
    is_city,
)
from bot.parser.dates import (
    ANY_DATE,
    DAY_SPAN,
    RunningDate,
    day_stated,
    find_date,
    may_state_day,
    parse_date,
)
from bot.parser.lexicon import (
    BE_FORMS,
    HONOURABLE_WORDS,
    MONTH_WORDS,
    ORG_WORDS,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_WORDS,
    WEEKDAY_WORDS,
    words_of,
)
from bot.parser.people import Mention, MentionIndex, PersonFound
from bot.parser.quotes import holder_in_country, office_holder
from bot.parser.source import SPOKESPERSON
from bot.parser.text import (
    WHO_CLAUSE,
    Sentence,
    a_to_z_words,
    lower_same,
    office_fits,
    strip_attribution,
)

# Not "received a congratulatory letter from", "after receiving the message of", "patients
# received treatment", "firms received state support": what follows a reception verb when
# nobody was received.
_NOT_A_MESSAGE: Final = (
    r"(?!\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?"
    r"(?:letter|message|telegram|invitation|greetings|congratulations|treatment|support|"
    r"funding|approval|assistance|aid|training|loans?|grants?|subsidies|scholarships?)\b)"
)
# Each kind with substrings one of which every match of its pattern contains, and words (runs
# of a-z) one of which every match holds whole: cheap tests that skip the search when none
# occurs. A substring holds no blank: a pattern's `\s+` also matches a line break inside a
# hard-wrapped paragraph ("called\non"). (The words are tested where a text's words are at
# hand, a sentence's: a set lookup each, where the substrings each scan the text.
# `_NO_WORDS` where a match may hold no word whole, or only common ones.)
# A pattern opens with its words ("visited(?<!\wvisited)", "h(?<!\wh)(?:eld|ad)"), the
# boundary before each checked behind it, not with \b: a search then skips to where one of
# their first letters is instead of trying \b and every branch at every character (about
# 200 instructions a character of a sentence).
_NO_WORDS: Final[frozenset[str]] = frozenset()
_KINDS: Final[list[tuple[str, tuple[str, ...], frozenset[str], re.Pattern[str]]]] = [
    (
        "phone call",
        ("phone", "call"),
        words_of("phone telephone phoned telephoned call"),
        re.compile(
            r"(?:t(?<!\wt)(?:elephone\s+(?:conversation|call|talks?)|elephoned|"
            r"alked\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone)|"
            r"phone(?<!\wphone)(?:\s+(?:conversation|call|talks?)|d)|"
            r"spoke(?<!\wspoke)\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|"
            # "X congratulated Y by phone", "discussed ... over the phone"
            r"o(?<!\wo)(?:n|ver)\s+the\s+(?:tele)?phone|by(?<!\wby)\s+(?:tele)?phone|"
            # "X had a call with Y", "X held an introductory call with Y" (not a video call)
            r"h(?<!\wh)(?:ad|eld|old|olds|olding)\s+(?:a|an|the|their)\s+"
            r"(?:(?!video\b|conference\b)[\w-]+\s+){0,2}?call\s+with)\b",
        ),
    ),
    (
        "video call",
        ("video", "online", "virtual"),
        words_of("video videocall videoconference videolink videotalk videotalks online virtual"),
        re.compile(
            r"(?:video(?<!\wvideo)(?:\s*(?:call|conference|link|talks?)|conference|-conference)|"
            r"online(?<!\wonline)\s+(?:meeting|talks|summit)|"
            r"virtual(?<!\wvirtual)\s+(?:meeting|talks|summit))\b",
        ),
    ),
    (
        "talks",
        ("talks", "consultations", "negotiations", "chaired"),
        words_of("talks consultations negotiations chaired cochaired"),
        re.compile(
            r"(?:h(?<!\wh)(?:eld|old|olds|olding|ad)\s+(?:[\w-]+\s+){0,5}talks|"
            r"conducted(?<!\wconducted)\s+(?:[\w-]+\s+){0,5}talks|"
            r"talks(?<!\wtalks)\s+(?:with|between)|"
            r"h(?<!\wh)(?:is|er)\s+talks|th(?<!\wth)(?:eir|e)\s+talks|"
            # "A and B agreed to ... during talks held in Lyon", "Following talks in Baku, A
            # and B signed ...", "... following Peruvian-Chilean talks on Friday"
            r"during(?<!\wduring)\s+(?:[\w-]+\s+)?talks\b|a(?<!\wa)(?:t|fter)\s+(?:[\w-]+\s+)?talks\b|"
            r"following(?<!\wfollowing)\s+(?:[\w-]+\s+)?talks\b|"
            # "... after their bilateral talks", "A and B agreed Friday to X in their first
            # in-person talks in Lima"
            r"during(?<!\wduring)\s+(?:their|the\s+bilateral)\s+(?:[\w-]+\s+)?talks\b|"
            r"after(?<!\wafter)\s+(?:their|the\s+bilateral)\s+(?:[\w-]+\s+)?talks\b|"
            r"following(?<!\wfollowing)\s+(?:their|the\s+bilateral)\s+(?:[\w-]+\s+)?talks\b|"
            r"in(?<!\win)\s+their\s+(?:[\w-]+\s+){1,3}?talks\b|"
            r"at(?<!\wat)\s+their\s+(?:[\w-]+\s+){1,3}?talks\b|"
            # "held a round of political consultations", "held the regular round of
            # interministerial political consultations"
            r"h(?<!\wh)(?:eld|old|olds|olding|ad)\s+(?:\w+\s+){0,4}"
            r"(?:round\s+of\s+(?:[\w-]+\s+){0,2})?consultations|"
            r"conducted(?<!\wconducted)\s+(?:\w+\s+){0,4}"
            r"(?:round\s+of\s+(?:[\w-]+\s+){0,2})?consultations|"
            r"negotiations(?<!\wnegotiations)\s+(?:with|between)|"
            # "a round of consultations between the ministries was held in Berlin"
            r"talks(?<!\wtalks)\s+(?:[\w-]+\s+){0,20}?(?:was|were)\s+held|"
            r"consultations(?<!\wconsultations)\s+(?:[\w-]+\s+){0,20}?(?:was|were)\s+held|"
            r"negotiations(?<!\wnegotiations)\s+(?:[\w-]+\s+){0,20}?(?:was|were)\s+held|"
            # "The consultations were headed by Under-Secretary A and B": their two heads met
            r"(?:consultations(?<!\wconsultations)|talks(?<!\wtalks)|"
            r"negotiations(?<!\wnegotiations))\s+(?:were|was)\s+(?:co-?)?(?:led|headed)\s+by\s|"
            r"co(?<!\wco)-?chaired\s+(?:[\w-]+\s+){0,8}(?:consultations|talks|negotiations|dialogue)|"
            # "A and B began talks in Lima", "the ministers opened a new round of
            # negotiations": the talks, begun, took place
            r"(?:b(?<!\wb)egan|o(?<!\wo)pened|s(?<!\ws)tarted)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:talks|negotiations|consultations))\b",
        ),
    ),
    (
        "meeting",
        ("met", "meet", "rece", "host", "sat", "chaired", "call"),
        words_of(
            "met meets meeting meetings received receives receiving hosted hosts sat chaired "
            "cochaired paid called"
        ),
        re.compile(
            r"(?:me(?<!\wme)(?:t|ets|eting\s+(?:with|between)|eting|etings)|"
            r"rece(?<!\wrece)(?:ived|ives)" + _NOT_A_MESSAGE + "|"
            # "X said after receiving Y in Jakarta": a reception
            r"after(?<!\wafter)\s+receiving" + _NOT_A_MESSAGE + "|"
            r"wh(?<!\wwh)(?:ile|en)\s+receiving" + _NOT_A_MESSAGE + "|"
            r"before(?<!\wbefore)\s+receiving" + _NOT_A_MESSAGE + "|"
            r"host(?<!\whost)(?<!co-host)(?:ed|s)|"  # "a forum co-hosted by X" is no meeting of X
            r"sat(?<!\wsat)\s+down\s+with|co(?<!\wco)-?chaired|"
            # "paid a courtesy call on X", "called on X" (not "called on both sides to act")
            r"paid(?<!\wpaid)\s+an?\s+(?:[\w-]+\s+)?call\s+on|"
            r"called(?<!\wcalled)\s+on(?!\s+(?:[\w’'-]+\s+){0,6}?to\s+(?!the\b)[a-z]+))\b",
        ),
    ),
    (
        # "X held a summit with Y", "X and Y held a bilateral summit"
        "summit",
        ("summit", "retreat"),
        words_of("summit retreat"),
        re.compile(
            r"(?:h(?<!\wh)(?:eld|old|olds|olding|ad)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?"
            r"summit(?:\s+talks|\s+meeting)?(?!\s+(?:of|on)\b)|"
            r"summit(?<!\wsummit)\s+(?:talks\s+|meeting\s+)?with|"
            # "during the Leaders' Retreat with his counterpart Y"
            r"retreat(?<!\wretreat)\s+with|"
            # "Addressing the summit in Turin, X said": one of those who met there
            r"address(?<!\waddress)(?:ing|ed)\s+the\s+(?:[\w-]+\s+){0,4}?summit)\b"
        ),
    ),
    (
        # "X held an investment round table with ...", then "Taking part in the round table
        # were A, B and C": they met.
        "meeting",
        ("round", "took", "taking"),  # (not "part": in "partnership", "participation")
        words_of("round roundtable taking took"),
        re.compile(
            r"\b(?:(?:held|hosted|chaired)\s+(?:an?\s+)?(?:[\w-]+\s+)?round[\s-]?table|"
            r"(?:taking|took)\s+part\s+in\s+the\s+(?:[\w-]+\s+)?(?:round[\s-]?table|meeting|"
            r"talks|consultations|session|summit))\b"
        ),
    ),
    (
        # A summit's chair and those attending it: "X, who chaired the summit, welcomed A, B
        # and C", "A, B and C attended the summit", "The ministerial meeting brought together
        # A, B and C".
        "meeting",
        ("chaired", "presided", "attended", "brought"),
        words_of("chaired presided attended brought"),
        re.compile(
            r"\b(?:(?<!co-)chaired|presided\s+over|attended)\s+the\s+(?:[\w-]+\s+){0,3}?"
            r"(?:summit|meeting|session)\b|"
            r"\b(?:summit|meeting|session)\b[^.;]{0,80}?\bbrought\s+together\b"
        ),
    ),
    (
        # "The Czech part of the Commission was chaired by X, the Uzbek part by Y": the two
        # co-chairs of a commission's session met at it.
        "meeting",
        ("commission", "committee", "council"),
        words_of("part side"),
        re.compile(
            r"\b(?:part|side)\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:commission|committee|council)"
            r"\s+(?:was|is)\s+(?:co-?)?(?:chaired|headed|led)\s+by\b"
        ),
    ),
    (
        # "The 5th session of the commission was chaired by A and B", "... at the session of
        # the council, held in Lima on Monday under the chairmanship of A and B": its chairs
        # met at it.
        "meeting",
        ("chair",),
        words_of("chaired cochaired under"),
        re.compile(
            r"\b(?:session|sitting|meeting)\s+of\s+the\s+(?:[\w-]+\s+){0,5}?"
            r"(?:commission|committee|council)\b[^.;]{0,160}?\s(?:(?:was|were)\s+(?:co-?)?chaired"
            r"\s+by|under\s+the\s+(?:co-?)?chair(?:man|person|woman)?ship\s+of)\s"
        ),
    ),
    (
        # "X took part in a business round table chaired jointly with Minister Y", "X addressed
        # the forum alongside Minister Y": the two held it together, so they met.
        "meeting",
        # "The round table was moderated by Y" (after "X met with company heads"): X met Y.
        ("jointly", "alongside", "chaired", "together", "moderated"),
        words_of("jointly chaired cochaired alongside together moderated"),
        re.compile(
            r"\b(?:round[\s-]?table|forum|conference|session|dialogue)\b[^.;]{0,160}?\s"
            r"(?:(?:co-?)?chaired\s+jointly\s+with|jointly\s+(?:chaired|hosted|held)\s+with|"
            r"co-?chaired\s+with|alongside|together\s+with)\s|"
            r"\b(?:meeting|round[\s-]?table|forum|session|discussion)\s+was\s+moderated\s+by\b"
        ),
    ),
    (
        # "X held the 3rd Joint Committee on Fisheries with Minister Y": its co-chairs met.
        # ("held the Japan-U.S. Security Consultative Committee with": a name with dots)
        "meeting",
        ("committee", "commission"),
        words_of("committee commission"),
        re.compile(
            r"held(?<!\wheld)\s+(?:the|a|an|its)\s+(?:[\w.-]+\s+){0,4}?(?:committee|commission)\b"
            r"[^.;]{0,80}?\swith\s(?!the\s+participation)"
        ),
    ),
    (
        # "X and Y had an informal dinner", "X hosted a dinner for Y": they met.
        "meeting",
        ("dinner", "lunch", "breakfast"),
        words_of("dinner lunch luncheon breakfast"),
        re.compile(
            r"(?:h(?<!\wh)(?:ad|eld|osted)|gave(?<!\wgave)|attended(?<!\wattended))"
            r"\s+(?:an?\s+)?(?:\w+\s+)?(?:dinner|lunch|luncheon|breakfast)\b"
        ),
    ),
    (
        # "X told a joint press conference with his counterpart Y": they met.
        "meeting",
        ("conference", "statements"),  # (in every match; "press" is in "expressed")
        words_of("conference statements"),
        re.compile(
            r"(?:joint(?<!\wjoint)\s+(?:press|news)\s+(?:conference|statements)|"
            r"press(?<!\wpress)\s+conference\s+with|news(?<!\wnews)\s+conference\s+with)\b"
        ),
    ),
    (
        # "Minister X and Minister Y discussed on Tuesday ...": two people's talks.
        "talks",
        ("discussed", "exchanged", "agreed"),
        _NO_WORDS,
        re.compile(
            r"^[^;]{0,200}?\sand\s"
            # "X and his Kyrgyz counterpart, Y, also discussed ..."
            r"(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?counterparts?,\s[^,;]{1,80},\s)?"
            # "Prime Minister X and Prime Minister Y agreed in Lima on Friday to ..."
            # ("A and B agreed Thursday in Tokyo to ...")
            r"[^,;]{0,160}?\s(?:discussed|exchanged\s+views|"
            r"agreed\s+(?:(?:on\s+)?[a-z]+day\s+)?(?:in|at)\s(?!principle\b))"
        ),
    ),
    # "Minister X discussed with Ambassador Y the prospects of ...": their talks.
    # (It opens with the word, then checks the boundary before it, as _PLACE does.)
    (
        "talks",
        ("discussed",),
        words_of("discussed"),
        re.compile(r"discussed(?<!\wdiscussed)\s+with\b"),
    ),
    # "X held a working session with Y", "She also held discussions with Y": their talks.
    (
        "talks",
        ("session", "discussions"),
        words_of("session discussions"),
        re.compile(
            r"h(?<!\wh)(?:eld|old|olds|olding|ad)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
            r"(?:session|discussions)\s+(?:(?:today|yesterday|on\s+[a-z]+day)\s+)?with\b"
        ),
    ),
    # "A and B, the co-chairs of the commission, held its session", "A and B held the third
    # sitting of the council": the two who held it met at it.
    (
        "meeting",
        ("session", "sitting"),
        words_of("session sitting"),
        re.compile(
            r"\band\s[^.;]{1,160}?\sheld\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:session|sitting)\b"
        ),
    ),
    # "X exchanged views with Y", "X conferred with Y", "X talked with Y": their talks.
    (
        "talks",
        ("exchanged", "conferred", "talked"),
        words_of("exchanged conferred talked"),
        re.compile(
            r"(?:exchanged(?<!\wexchanged)\s+views\s+with|conferred(?<!\wconferred)\s+with|"
            r"talked(?<!\wtalked)\s+(?:with|to))\b"
        ),
    ),
    (
        # "X welcomed Y at the Presidential Palace": a reception (not "welcomed Y's initiative").
        "meeting",
        ("welcomed",),
        words_of("welcomed"),
        re.compile(
            r"welcomed(?<!\wwelcomed)\s+(?:[^\s’']+\s+){1,12}?(?:at|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:palace|residence|house|office|buildings?|headquarters|kremlin|complex|chancellery|"
            # "welcomed Y to Downing Street", "to Chequers", "to the Élysée": a leader's seat
            r"(?<=downing\s)street|chequers|élysée|elysee|akorda)\b"
        ),
    ),
    (
        "meeting",
        ("attended",),
        words_of("attended"),
        re.compile(r"w(?<!\ww)(?:as|ere)\s+(?:also\s+)?attended\s+by\b"),
    ),
    (
        # "Ambassador X presented her credentials (letters of credence) to President Y", "Y
        # accepted the letters of credence of X": a reception by Y.
        "meeting",
        ("credentials", "credence"),
        words_of("credential credentials credence"),
        re.compile(
            r"\b(?:(?:presented|handed\s+over)\s+(?:(?:his|her|their|the|a)\s+)?"
            r"(?:cop(?:y|ies)\s+of\s+)?(?:(?:his|her|their|the)\s+)?"
            r"(?:(?:letters\s+of\s+)?credentials?|letters?\s+of\s+credence)\s+to|"
            r"(?:accepted|received)\s+(?:the\s+)?(?:cop(?:y|ies)\s+of\s+(?:the\s+)?)?"
            r"(?:(?:letters\s+of\s+)?credentials?|letters?\s+of\s+credence)"
            r"\s+(?:of|from))\b"
        ),
    ),
    # "X granted an audience to Ambassador Y": a reception.
    (
        "meeting",
        ("audience",),
        words_of("audience"),
        re.compile(
            r"g(?<!\wg)(?:ranted|ave)\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+to\b|"
            # "X was granted an audience with King Y", "X had an audience with the Pope"
            r"w(?<!\ww)(?:as|ere)\s+(?:later\s+|also\s+|then\s+)?"
            r"(?:granted|given|received\s+in)\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+(?:with|by)\b|"
            r"been(?<!\wbeen)\s+(?:later\s+|also\s+|then\s+)?"
            r"(?:granted|given|received\s+in)\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+(?:with|by)\b|"
            r"had(?<!\whad)\s+(?:an?\s+)?(?:[\w-]+\s+)?audience\s+with\b"
        ),
    ),
    # "X had a conversation with Y": their talks (a phone one is told so above).
    (
        "talks",
        ("conversation",),
        words_of("conversation"),
        re.compile(
            r"\b(?:had|held|hold|holds|holding|conducted)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
            r"conversation\s+with\b|"
            # "The two presidents had an informal conversation over tea": the two named before.
            r"\bthe\s+two\s+(?:leaders|presidents|ministers|premiers|heads\s+of\s+state)\s+"
            r"(?:also\s+|then\s+|later\s+|first\s+)?(?:had|held)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
            r"conversation\b|"
            # "In the conversation with X, issues of trade were considered"
            r"^(?:in|during)\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+)?conversation\s+with\b"
        ),
    ),
    (
        # "X paid a courtesy call to Y", "Y received (granted) a courtesy call from (to) X": a
        # meeting ("paid a courtesy visit to" is told by whom it names next, below).
        "meeting",
        ("courtesy",),
        words_of("courtesy"),
        re.compile(
            r"(?:paid(?<!\wpaid)\s+(?:an?\s+)?courtesy\s+call\s+(?:on|to)|"
            r"made(?<!\wmade)\s+(?:an?\s+)?courtesy\s+call\s+(?:on|to)|"
            r"granted(?<!\wgranted)\s+(?:an?\s+|the\s+)?courtesy\s+(?:call|visit)\s+(?:from|by|to)|"
            r"received(?<!\wreceived)\s+(?:an?\s+|the\s+)?courtesy\s+(?:call|visit)\s+(?:from|by|to)|"
            r"accepted(?<!\waccepted)\s+(?:an?\s+|the\s+)?courtesy\s+(?:call|visit)\s+(?:from|by|to)|"
            r"hosted(?<!\whosted)\s+(?:an?\s+|the\s+)?courtesy\s+(?:call|visit)\s+(?:from|by|to))\b"
        ),
    ),
    # "The cargo was handed over at the border crossing by X to Y": X met Y to hand it over.
    (
        "handover",
        ("handed",),
        words_of("handed"),
        re.compile(
            r"w(?<!\ww)(?:as|ere)\s+handed\s+over\s+(?:[^;]{1,80}?\s)?by\s[^;]{1,160}?\sto\s"
        ),
    ),
    (
        # "A signed on behalf of Kenya, and B signed for the host country": the signers met.
        "signing",
        ("signed",),
        _NO_WORDS,
        re.compile(
            r"signed(?<!\wsigned)\s+(?:for|on\s+behalf\s+of)\s[^.;]{0,200}?"
            r"\bsigned\s+(?:for|on\s+behalf\s+of)\b"
        ),
    ),
    # "A and B co-hosted the ministerial dialogue": they met (not "a forum co-hosted by X").
    (
        "meeting",
        ("co-hosted", "cohosted"),
        words_of("hosted cohosted"),
        re.compile(r"co(?<!\wco)-?hosted\s+(?!by\b)"),
    ),
    # "The next day, the two presidents continued their communication in an informal setting":
    # they met again.
    (
        "meeting",
        ("communication",),
        words_of("communication"),
        re.compile(
            r"continued(?<!\wcontinued)\s+(?:their\s+)?communication\b(?!\s+by\s+(?:tele)?phone)"
        ),
    ),
    (
        "visit",
        ("visit",),
        words_of("visited visit"),
        re.compile(
            r"(?:visited(?<!\wvisited)|on(?<!\won)\s+(?:a|an|his|her)\s+(?:\w+\s+)?visit)\b"
        ),
    ),
    (
        # "the Chilean delegation was headed by X, and the Danish delegation by Y", "Y and Z led
        # their respective delegations", "the Omani side was led by X": talks, when nothing
        # above names the kind.
        "talks",
        ("led", "headed"),  # (in every match; "side" is in "president")
        words_of("led headed"),
        re.compile(
            r"\b(?:(?:delegations?|side)\s+(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
            r"(?:was|were)\s+(?:headed|led)\s+by|(?:led|headed)\s+"
            r"(?:their|the|both)\s+(?:respective\s+)?delegations|"
            # "A headed the Maltese delegation, and B headed the Kenyan side": the heads of two
            r"(?:led|headed)\s+the\s+(?:[\w-]+\s+){1,3}?(?:side|delegation)\b[^.;]{0,200}?"
            r"\b(?:led|headed)\s+the\s+(?:[\w-]+\s+){1,3}?(?:side|delegation))\b"
        ),
    ),
]


def _kinds_by_word() -> tuple[dict[str, int], int]:
    """Each word of a kind's words with the kinds it lets be tried (a bit for each kind, by its
    place in `_KINDS`), and the bits of the kinds that have no words (always tried)."""
    bits: dict[str, int] = {}
    unworded = 0
    for at, (_, _, whole, _) in enumerate(_KINDS):
        if not whole:
            unworded |= 1 << at
        for word in whole:
            bits[word] = bits.get(word, 0) | 1 << at
    return bits, unworded


# (one intersection with a sentence's words then names the kinds to try, where a test of
# each kind's words was a method call each)
_KIND_BITS, _UNWORDED_KINDS = _kinds_by_word()
_KIND_WORDS: Final = frozenset(_KIND_BITS)
_VERB_TRIGGER: Final = re.compile(
    r"\b(?:met|meets|held|hold|hosted|received|spoke|talked|gathered|convened|(?:co-?)?chaired|"
    r"took\s+place|addressing|addressed|presided|"
    # "agreed on a loan following talks between the two finance chiefs in Castelmar"
    r"(?:after|following|during)\s+(?:the\s+)?talks\s+between|"
    # "The foreign ministers of A, B and C agreed on Tuesday to ..., at a trilateral meeting
    # in Lima"
    r"at\s+an?\s+(?:(?:tri|bi|multi|quadri)lateral\s+)?meeting)\b"
)
# A word of each match of _VERB_TRIGGER.
_VERB_TRIGGER_WORDS: Final = words_of(
    "met meets held hold hosted received spoke talked gathered convened chaired cochaired took "
    "addressing addressed presided talks meeting"
)
_PLANNED: Final = re.compile(
    r"\b(?:will|shall|would|(?:is|are|was|were)\s+(?:expected|scheduled|set|due|to)|plans?\s+to|"
    r"planning\s+to|intends?\s+to|agreed\s+to|invited)\s+(?:\w+\s+){0,3}?"
    # ("will fly to Lima on Tuesday for talks with Y": the journey, and its talks, to come)
    r"(?:meet|hold|travel|fly|visit|host|receive|attend|co-chair|chair|"
    # "Y will be received on Friday by Z": a reception still to come
    r"be\s+(?:\w+\s+)?(?:received|hosted|welcomed))\b|\bnext\s+meeting\b|"
    # "X will address parliament before flying to Lima for talks with Y": the journey on,
    # and what it is for, are still to come
    r"\b(?:will|shall|is\s+to|is\s+due\s+to|is\s+expected\s+to)\s+[^.;]{0,160}?\bbefore\s+"
    r"(?:flying|travell?ing|heading|leaving|departing|going)\s+(?:on\s+)?(?:to|for)\b|"
    # "An agreement was reached to adopt a roadmap and to hold the first meeting in Riga"
    r"\bagreement\s+was\s+reached\s+to\s[^.;]{0,160}?\b(?:meet|hold|host)\b|"
    # "X leaves for Tarn on Friday for talks with Y": a journey told in the present, as news
    # tells the next leg of a tour, and the talks it is for, still to come
    r"\b(?:leaves|departs|heads|flies|travels)\s+(?:on\s+\w+\s+)?(?:for|to)\s+[^.;]{0,80}?"
    r"\bfor\s+(?:talks|(?:an?|the)\s+(?:[\w-]+\s+)?(?:summit|meeting|visit|talks))\b|"
    # "The schedule of the trip envisages talks of X with Y on Friday": what a
    # programme or plan holds in store
    r"\b(?:provides\s+for|envisages|foresees)\s+(?:\w+\s+){0,3}?(?:meeting|meetings|talks|"
    r"negotiations|visit)\b",
)
# One of these is in every match of _PLANNED (its verbs, and "next").
_PLANNED_NEEDS: Final = (
    "meet",
    "hold",
    "travel",
    "fly",
    "visit",
    "host",
    "receive",
    "attend",
    "chair",
    "welcomed",
    "next",
    "before",
    "leaves",
    "departs",
    "heads",
    "flies",
    "provides",
    "envisages",
    "foresees",
)
# The words that open a match of _PLANNED: one of the first set, or one of each of the others
# ("is expected", "were to").
_PLANNED_WORDS: Final = words_of(
    "will shall would plan plans planning intend intends agreed invited next reached "
    "leaves departs heads flies travels provides envisages foresees"
)
_PLANNED_BE_WHAT: Final = words_of("expected scheduled set due to")
# "preparations for the next meeting of the commission": a later meeting as a subject of
# talks, neither this meeting nor a planned one (its word is blanked before either test).
_NEXT_AS_TOPIC: Final = re.compile(r"\b(?:for|of)\s+the\s+next\s+(meeting|session|round)\b")
_SAME_DAY: Final = re.compile(
    r"^later,|"  # "Later, X held talks with Y": the day of the meeting before
    r"^meanwhile,|"  # "Meanwhile, the foreign ministers held talks": at the same time
    # "Earlier, he (the Icelandic Prime Minister) was received by Y", "Earlier in Quito,
    # President A and President B held talks": that day, before it
    r"^earlier(?:\s+(?:in|at)\s+(?!the\b|this\b|that\b|its\b|his\b|her\b|their\b)[\w’'-]+)?,\s+"
    r"(?:he|she|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:president|prime\s+minister|premier|"
    r"minister|chancellor|speaker|guest|visitor|delegation)\b)|"
    r"\b(?:later\s+that\s+day|earlier\s+that\s+day|the\s+same\s+day|earlier\s+in\s+the\s+day|"
    r"later\s+in\s+the\s+day|in\s+the\s+(?:afternoon|evening|morning)|that\s+(?:afternoon|"
    r"evening|morning)|afterwards|"
    # "After the ceremony, talks were held": the day the ceremony was told
    r"(?:after|before|prior\s+to)\s+(?:the|that)\s+(?:talks|meeting|ceremony|session|forum|"
    r"summit|conference|signing)|"
    # "X then took part in a round table": next, that day
    r"then\s+(?:took\s+part|met|held|visited|attended|had|received|hosted|(?:co-?)?chaired|"
    r"addressed|spoke|began|opened|started)|"
    # "X later called on Prime Minister Y": after the meeting told before, that day
    r"later,?\s+(?:called\s+on|met|held|received|hosted|had)|"
    # "X arrived on Monday. He was later received by Y (granted an audience with Y)"
    r"(?:was|were)\s+later\s+(?:received|granted|given|welcomed))\b",
)
# "in Astana". The pattern opens with the word's "n" and then checks the "i" or "I" and the
# boundary before it: a pattern that opens with a literal is searched for that literal first,
# several times faster than trying \b at every position, and three times faster than one
# opening with a class ("[Ii]"), which is tested at every character. (A match opens one
# character after the "in": `_place` reads its start so.)
_PLACE: Final = re.compile(
    # ("Moon Jae-in" ends with no "in": a hyphen before it is a name's)
    r"n(?<=[Ii]n)(?<![\w-][Ii]n)\s+(?:the\s+(?:capital|city|town)\s+(?:of\s+)?|"
    # "in the Chilean capital, Santiago", "in the Uzbek city of Samarkand", "in the southern
    # port city of Arequipa"
    r"the\s+(?:[\w’'-]+\s+){1,3}?(?:capital|city|town)(?:\s+of|,)?\s+|"
    # "in the old quarter of Lima", "in the historic centre of Cusco": a part of a city
    r"(?P<part>the\s+(?:[\w’'-]+\s+){0,2}?(?:quarter|centre|center|heart|outskirts|suburbs)"
    r"\s+of\s+))?"
    r"(?P<place>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)
# An item of what the sides agreed: "3. to hold the next meeting in Lima".
_TO_HOLD: Final = re.compile(
    r"(?:\d{1,2}[.)]\s+|[-–•▪]\s*)?to\s+(?:hold|convene|organi[sz]e|host)\s"
)
# "at Lima Airport", "at Tashkent International Airport": an airport named for its city.
_AT_AIRPORT: Final = re.compile(
    r" at (?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:International )?Airport\b"
)
# "(with residence in Quito)", "based in Quito": where someone sits, not where a meeting was.
# "at the Government Complex Seoul", "at the Hotel Rixos Almaty": a venue, its city last.
_AT_VENUE: Final = re.compile(
    r" at the (?:[A-Z][\w’'-]+ ){1,4}(?P<place>[A-Z][\w’'-]+)(?![\w’'-]| [A-Z]| of\b)"
)
# "at the Harbour Pavilion, Castelmar, where ...": a venue, then its city after a comma.
_AT_VENUE_CITY: Final = re.compile(
    r" at (?:the )?(?:[A-Z][\w’'-]*(?: of(?: the)?)? ){0,4}[A-Z][\w’'-]*, "
    r"(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?=[,.;]|$| (?:on|where)\b)"
)
# "at the Ministry of Trade, Oldport, Castelmar, this morning": a venue, its quarter, its city.
_AT_VENUE_QUARTER_CITY: Final = re.compile(
    r" at (?:the )?(?:[A-Z][\w’'-]*(?: of(?: the)?)? ){0,4}[A-Z][\w’'-]*, [A-Z][\w’'-]+, "
    r"(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?=[,.;]|$| (?:on|where)\b)"
)
# " de Janeiro" after "Rio": the rest of a city's name, joined by a small word.
_CITY_PARTICLE: Final = re.compile(
    r" (?:de|es|of|do|da|del|di|du|la|el|al|os) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
)
# ", central Valdora" after a district: the part of the city it is in.
_PART_OF_CITY: Final = re.compile(
    r",\s+(?:central|downtown|northern|southern|eastern|western|north|south|east|west)\s+"
    r"(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
# ", Valdora" after a venue's quarter: the city the quarter is in.
_COMMA_CITY: Final = re.compile(
    r",\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?=[,.;]|$|\s[a-z])"
)
# "at the Brenholt border crossing": a crossing named by its town.
_AT_CROSSING: Final = re.compile(
    r" at the (?P<place>[A-Z][\w’'-]+(?:-[A-Z][\w’'-]+)?) (?:border (?:crossing|post|checkpoint)|"
    r"checkpoint|crossing point)\b"
)
# Abbreviations that open a city's name: "St. Petersburg", "Ft. Worth".
_NAME_ABBREVIATIONS: Final = frozenset(["st", "ste", "mt", "ft"])
_COOPERATION_IN: Final = ("Cooperation ", "cooperation ", "Collaboration ", "collaboration ")
_RESIDENT: Final = ("with residence ", "(resident ", " resident ", "accredited ")
# "the Head of the Fund's Programme Office in Velmora": the city of an office one heads, a part
# of one's title, not where a meeting was.
_HEADED_OFFICES: Final = (" Office ", " Mission ", " Centre ", " Center ", " Delegation ")
_HEAD_OF_OFFICE: Final = re.compile(
    r"\b(?:[Hh]ead|[Cc]hief|[Dd]irector)\s+of\s+the\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:Office|Mission|Centre|Center|Delegation)\s$"
)
# "at his residence in Old Quay", "at the ministry in Mill Square": a venue, then the quarter
# or compound it stands in, which is a place only when known as a city.
_VENUE_ENDS: Final[tuple[str, ...]] = tuple(
    f"{noun} "
    for word in ("residence", "compound", "ministry", "secretariat", "office", "palace")
    for noun in (word, word.capitalize())
)
# "at the Castelmar Summer Palace": the venue's name, opening with its city, at its end.
_VENUE_NAMED: Final = re.compile(r"\sat\s+the\s+(?P<name>(?:[A-Z][\w’'-]+\s+){2,4})$")
# "at the union's Castelmar headquarters": a venue named by its city.
_CITY_VENUE: Final = re.compile(
    r" at (?:the |its |his |her |their )?(?:[\w-]+['’]s )?"
    r"(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) "
    r"(?:headquarters|office|offices|residence|secretariat|compound|campus|"
    # "at Busan City Hall", "at the Lyon Town Hall"
    r"[Cc]ity\s+[Hh]all|[Tt]own\s+[Hh]all|"
    # "at the Pskov Kremlin": the citadel of the city it is named for
    r"Kremlin)\b"
)
# "..., to be held in Quito in May": where a later event will be, not this one.
# "arrived in Lima from Ruritania, where": the place named before "where" is the one meant.
_FROM_WHERE: Final = re.compile(
    r"\sfrom\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+where\b"
)
# ", to prepare the summit in X": a purpose clause, of an event to come.
_PREPARING: Final = re.compile(
    r",\s+(?:in\s+order\s+)?to\s+(?:prepare|coordinate|organi[sz]e|plan|finali[sz]e|arrange)\b"
)
_LATER_EVENT: Final = re.compile(r"\b(?:to\s+be|will\s+be|is\s+to\s+be|due\s+to\s+be)\s+held\b")
_COUNTED: Final = re.compile(r"\b(?:\d[\d,]*|dozens|hundreds)\s+(?:[\w-]+\s+)?meetings\b")
_AFTER_RECEIVING: Final = re.compile(r"\b(?:after|while|when)\s+(?:receiving|meeting|hosting)\s")
# ("agreed to X during talks held in Lyon", "... during bilateral talks at the palace in Lyon")
_TALKS_HELD: Final = re.compile(
    r"\b(?:during|at)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:talks|meeting|negotiations)\s+"
    r"(?:held\s+in\s|(?:held\s+)?at\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?in\s+[A-Z])"
)
_AGREED_TO: Final = re.compile(
    r"\b(?:(?:agreed|agreeing|agreement|decided|plan|plans|planned|intend|intends)\s+to|"
    r"invit(?:ed|ing))\b"
)
# The words of _AGREED_TO, one of which every match is.
_AGREED_WORDS: Final = words_of(
    "agreed agreeing agreement decided plan plans planned intend intends invited inviting"
)
# ("met X, discussing the hospital in Nova": a participle clause of topics, no place)
_TOPIC_CUT: Final = re.compile(
    # (not "talked for about an hour": an amount)
    r"(?:about(?<!\wabout)(?!\s+(?:\d|an?\s|one\b|two\b|three\b|half\b))|"
    r"to(?<!\wto)\s+(?:discuss|review)|focusing(?<!\wfocusing)|on(?<!\won)\s+the\s+issues|"
    r"discussing(?<=,\sdiscussing))\b"
)
# one is in each cut
_TOPIC_CUT_WORDS: Final = ("about", "discuss", "review", "focusing", "issues")
# One of these is in each cut whole (a run of a-z).
_TOPIC_CUT_RUNS: Final = words_of("about discuss review focusing issues discussing")
# "In a meeting with X, the parties discussed security in Central Asia", "At talks with X, the
# sides noted that the office in Astana ...": after the meeting is told, what the sides said;
# a place there is a subject, not where they met.
_SAID_CUT: Final = re.compile(
    r"(?:discussed(?<!\wdiscussed)|noted(?<!\wnoted)|stressed(?<!\wstressed)|"
    r"emphasi(?<!\wemphasi)[sz]ed|underlined(?<!\wunderlined)|considered(?<!\wconsidered)|"
    r"informed(?<!\winformed)|exchanged(?<!\wexchanged)\s+views|expressed(?<!\wexpressed)|"
    r"said(?<!\wsaid)\s+that)\b"
)
# One of these is in each cut.
_SAID_CUT_WORDS = words_of("discussed noted stressed emphasi underlined considered informed")
_SAID_CUT_WORDS |= words_of("said")
_SAID_CUT_WORDS |= words_of("exchanged expressed")
# One of these is in each cut whole (a run of a-z).
_SAID_CUT_RUNS: Final = words_of(
    "discussed noted stressed emphasised emphasized underlined considered informed exchanged "
    "expressed said"
)
# ", the ministry said Monday, after X met Y": a report, then the meeting it followed.
_SAID_AFTER: Final = re.compile(
    r",\s+(?:[^,;]{1,80}?\s)?said(?:\s+(?:on\s+)?[a-z]+day|\s+today|\s+yesterday)?,?\s+after\s"
)
# The office of one who tells of a meeting, named beside its name at the end of the sentence
# (before the attribution's verb): ", the spokeswoman of X, Name" or ", Name, an aide to X".
_TELLER: Final = (
    r"(?:the|a|an|his|her|its|their)\s+[^,;]{0,80}?\b(?:spokes(?:person|man|woman)|"
    r"secretary|aide|adviser|advisor|assistant|press\s+(?:officer|attaché|attache))\b[^,;]{0,60}"
)
_APPOSED_TELLER: Final = re.compile(
    rf",\s+(?:{_TELLER},\s+[A-Z][^,;]{{1,50}}|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,3}},\s+"
    rf"{_TELLER})$"
)
_TELLER_WORDS: Final = words_of(
    "spokesperson spokesman spokeswoman secretary aide adviser advisor assistant officer attaché"
)
# A place named after someone ("the Y Z Airport", "Y Z Avenue"): the name is
# the place's, no one met there.
_FACILITY_NOUNS: Final = (
    "Airport|Center|Centre|University|Avenue|Street|Square|Prospekt|Prospect|Mosque|Park|"
    "Stadium|Museum|Library|Bridge|Station|Boulevard"
)
_FACILITY_AFTER: Final = re.compile(
    rf"(?:\s+[A-Z][\w’'.-]+){{0,2}}?\s+(?:International\s+)?(?:{_FACILITY_NOUNS})\b"
)
_FACILITY_WORDS: Final = words_of(_FACILITY_NOUNS.lower().replace("|", " "))
# "the tomb of Y", "the monument to Y", "the mausoleum of the late king Y": one honoured,
# not met.
_MEMORIAL_NOUNS: Final = "grave|tomb|mausoleum|monument|memorial|statue|bust"
_MEMORIAL_OF: Final = re.compile(
    rf"\b(?:{_MEMORIAL_NOUNS})\s+(?:of|to)\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}$"
)
_MEMORIAL_WORDS: Final = words_of(_MEMORIAL_NOUNS.replace("|", " "))
# Regions named with a capital, no city: "in Central Asia", "in the South Caucasus".
_REGION_NAMES = words_of("Asia Europe Africa America Americas Eurasia Caucasus Oceania Balkans")
_REGION_NAMES |= words_of("Arctic Antarctica East Gulf Pacific Atlantic")
# Capitals that bear their country's name: "met in Luxembourg" names the city.
_CAPITALS_NAMED_AS_COUNTRY: Final = frozenset(["Luxembourg", "Singapore", "Monaco", "Djibouti"])
# "During the meeting, which was held at ...": the clause tells where the meeting was.
_MEETING_WHICH_HELD: Final = re.compile(
    r"(?:[Dd]uring|[Aa]t|[Ii]n)\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|negotiations),\s+which\s+"
    r"(?:was|were)\s+held\s"
)
# "The delegation, which included ..., held talks": a closed clause after a common noun.
_CLOSED_WHICH: Final = re.compile(
    r"[Tt]he\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w’'-]*),\s+which\s[^,;]{1,100},(?=\s)"
)
# "Lima, which ...": the place is named before a relative clause.
_CLAUSE: Final = re.compile(r",\s+(?:which|who|where|whose)\b")
# "since he presented his credentials in Seoul": a clause of an earlier event.
# (also "their first since A's visit to Valdora in 2019")
_SINCE_CLAUSE: Final = re.compile(
    r"\ssince\s+(?:he|she|they|it|the|his|her|their|its|[A-Z][\w-]*(?:’s|'s))\s"
)
_TOOK_PART: Final = re.compile(r"\b(?:taking|took)\s+part\s+in\s+the\b")
_RESPECTIVE: Final = re.compile(r"\b(?:led|headed)\s+(?:their|the)\s+respective\s+delegations\b")
# "X called on A and met B": two meetings of X.
_AND_MET: Final = re.compile(
    r"\s+and\s+(?:also\s+|then\s+|later\s+)?(?:met|received|held\s+talks\s+with|called\s+on|"
    # "X was received by A, and the mission also met B": X's mission met B
    r"(?:the|his|her|their)\s+(?:team|mission|delegation)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:met|held\s+(?:talks|discussions)\s+with)|"
    # "X met A and then paid a courtesy call on B": two meetings, one after the other
    r"visited|paid\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:calls?|visits?)\s+(?:on|to)|"
    # "X held talks with A and was received by B": talks with A, then B received X
    r"(?:was|were)\s+(?:also\s+|then\s+|later\s+)?received\s+by|"
    # "X travelled to A for talks with B and then to C, where he met D": a stop after B
    r"(?:then\s+|later\s+)?(?:on\s+)?to\s+[\w’'-]+(?:\s+[\w’'-]+)?,\s+where)\b"
)
_TOLD_THAT: Final = re.compile(
    r"\b(?:told\s+(?:reporters|journalists|the\s+press|\w+)|said|noted|stated|reported|added|"
    r"announced|recalled|stressed)\s+that\b"
)
_TOLD_WORDS: Final = words_of("told said noted stated reported added announced recalled stressed")
# "(Sunday in Auckland)", "(3 am on May 5 in Seoul)": the day or hour somewhere else.
_LOCAL_TIME: Final = re.compile(
    r"\((?:[A-Z][a-z]+day|[^()]{0,40}?\d[^()]{0,20}?)(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s+time)?\)"
)
# "the conversation on Thursday", "the meeting on 4 May": the day of one told before.
_TOLD_AGAIN_ON: Final = re.compile(
    r"\bthe\s+(?:(?:phone|telephone|video)\s+)?(?:conversation|call|talks|meeting)\s+on\s"
)
_TOLD_AGAIN_WORDS: Final = words_of("conversation call talks meeting")
_THIS_DAY: Final = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b")
_THIS_DAY_WORDS: Final = words_of("today tonight this")
_HAD_MET: Final = re.compile(
    r"had(?<!\whad)\s+(?:already\s+|earlier\s+|previously\s+|also\s+)?(?:met|held|hosted|received)\b"
)
_SINCE_PHRASE: Final = re.compile(r"\ssince\s[^,;]*")
# The sides of an event told before: "The X side was led by", "the delegation was headed by",
# "Y was represented by".
_SIDES_LED: Final = re.compile(
    r"\b(?:side|delegation)s?\s+(?:was|were)\s+(?:led|headed)\s+by\b|\brepresented\s+by\b"
)
# A "who" clause that closes its sentence: ", who had attended the inauguration on 1 January."
_WHO_TO_END: Final = re.compile(r",\s+(?:who|whom|whose)\b[^,.;“”\"]*(?=[.!?]?\s*$)")
# A meeting's verb with "today" or "yesterday" right after it: "spoke today", "met yesterday".
_VERB_TODAY: Final = re.compile(
    r"\b(?:met|spoke|talked|held\s+talks|held\s+a\s+(?:phone\s+|telephone\s+)?call|received"
    r"|hosted|called)\s+(?:today|yesterday)\b"
)
_ARRIVED_AND: Final = re.compile(
    r"\barrived\b[^;]{0,160}?\s+and\s+(?=(?:then\s+|later\s+)?(?:met|held|had|received|"
    r"was\s+received)\b)"
)
# "a referendum that critics and Z claim was unfair": a clause of what others claim.
_CLAIM_CLAUSE: Final = re.compile(
    r"\b(?:that|which)\s+[^,;]{1,100}?\s(?:says?|claims?|claimed|insists?|insisted|"
    r"considers?|considered|describes?|described)\s"
)
_CLAIM_WORDS: Final = words_of(
    "say says claim claims claimed insist insists insisted consider considers considered "
    "describe describes described"
)
# "X and his wife Y": one's spouse, named after the words that say so.
_SPOUSE_BEFORE: Final = re.compile(
    r"\band\s+(?:his\s+wife|her\s+husband|(?:his|her)\s+spouse)\s+$"
)
_SPOUSE_WORDS: Final = frozenset(["wife", "husband", "spouse"])
# "A, who is accompanying B, met C", "A received C, who accompanies B.": the one accompanied
# is named in the clause, not met.
_ACCOMPANYING_CLAUSE: Final = re.compile(
    r",\s+(?:who\s+(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:also\s+)?accompanying\s"
    r"[^,;]{1,80},"
    r"|,\s+who\s+(?:also\s+)?(?:accompanies|accompany|accompanied)\s[^,;]{1,80}(?:,|[.!?]?\s*$)"
)
_ACCOMPANYING_WORDS: Final = words_of("accompanying accompanies accompany accompanied")
_DISCUSSED_WITH: Final = re.compile(r"\bdiscussed\s+with\b")
# "A met B in Lima in 2019, and Chancellor C hosted the bloc's leaders in Quito": a clause
# of its own, with its own subject and verb, after a comma and "and".
_AND_OWN_CLAUSE: Final = re.compile(
    r",\s+and\s+((?:[\w.'’-]+\s+){1,6}?)(?:met|hosted|held|received|visited|welcomed|chaired"
    r"|travell?ed|flew|spoke|called|addressed)\b"
)
# "X met Y and business leaders at a forum, where Minister Z said ...": Z speaks in the clause
# of what was said at the event; the meeting is of those named before it.
_WHERE_SAID_CLAUSE: Final = re.compile(
    r",\s+where\s+[^;]{1,160}?\b(?:said|told|announced|noted|stressed|added|stated)\b"
)
# "conveyed greetings and best wishes from President Y", "the greetings of Y", "delivered a
# message from King Y": Y, who sent them (named right after), is no participant.
_GREETINGS_FROM: Final = re.compile(
    r"\b(?:greetings|wishes|regards|message|letter(?!\s+of\s+credence))\s+"
    r"(?:and\s+(?:[\w-]+\s+){0,2}?(?:greetings|wishes)\s+)?"
    r"(?:of|from)\s"
)
_GREETING_WORDS: Final = words_of("greetings wishes regards message letter")
# "A and B signed ...": two named, then the verb (no comma before "and": not "A, whom B met,
# and C signed").
_PAIR_SIGNED: Final = re.compile(r"[^,;]{0,200}?\sand\s[^;]{0,200}?\ssigned\s")
# "said A after the talks", told just after "A and B signed ...": the talks of the signers.
_AFTER_THE_TALKS: Final = re.compile(r"\b(?:after|following)\s+the\s+talks\b")
_CEREMONY_HELD: Final = re.compile(
    r"the\s+(?:signing\s+)?ceremony\s+(?:took\s+place|was\s+held)\b"
)
_BEFORE_SIGNING: Final = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|preceded|preceding)\s+the\s+signing\b"
)
_BEFORE_SIGNING_ANY: Final = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+)?signing\b"
)
_DOCUMENT_SIGNED_BY: Final = re.compile(
    r"the\s+(?:[\w-]+\s+){0,2}?(?:document|documents|agreement|memorandum|treaty|accord)\s+"
    r"(?:was|were)\s+signed\s+by\b"
)
_ON_BEHALF_OF: Final = re.compile(r"\bon\s+behalf\s+of\s")
_IN_PRESENCE_OF: Final = re.compile(r"\bin\s+the\s+presence\s+of\s")
_PART_WORDS: Final = words_of("part participated present")
# "The first call, on Monday, was with X", "The week ended with a call on Friday to X": a call
# told with no one placing it (the one the brief is about).
_CALL_WITH: Final = re.compile(
    r"(?:on\s+[\w\s]{3,20},\s+)?(?:the\s+(?:(?:first|second|third|fourth|last|final|next|other|"
    r"latest)\s+)?(?:phone\s+|telephone\s+)?call\b[^.;:]{0,40}?\swas\s+(?:with|to)\s|"
    r"the\s+(?:week|day|round)\s+(?:ended|closed|began|opened|started)\s+with\s+an?\s+"
    r"(?:phone\s+|telephone\s+)?call\b[^.;:]{0,30}?\s(?:with|to)\s)"
)
_ALSO_TOOK_PART: Final = re.compile(r"\balso\s+(?:took\s+part|participated)\s*[.;]?$")
_INVITATION_OF: Final = re.compile(r"\bat\s+the\s+invitation\s+of\s")
_THE_TWO: Final = re.compile(
    r"\bthe\s+two\s+(?:officials|ministers|leaders|presidents|sides|heads)\b"
)
# "The two leaders met at the palace in Lima", "The two leaders had a dinner on Monday,
# shortly after A arrived": the subject of a meeting told.
_THE_TWO_MET: Final = re.compile(
    # "On Sunday evening the two presidents had ...": the time's phrase without its comma.
    r"(?:[^,]{1,40}?(?:,\s+|\s+(?=the\s+two\s)))?"
    r"the\s+two\s+(?:officials|ministers|leaders|presidents|premiers)\s+"
    r"(?:also\s+|then\s+|later\s+|last\s+|first\s+)?(?:met|held|had)\b"
)
# "The two ministers last met in 2022, when A accompanied B on a visit": the clause tells
# the occasion, its people are not the two.
_WHEN_CLAUSE: Final = re.compile(r",\s+when\s")
# "The two leaders met on Saturday, with A and B also in the room", "The two presidents then
# held talks before being joined by their delegations, which included A and B": those
# attending, not the two.
_ATTENDING_CLAUSE: Final = re.compile(
    r",\s+with\s[^;]{1,160}?\balso\s+(?:in\s+the\s+room|present|attending|in\s+attendance|"
    r"at\s+the\s+table)\b|"
    r"\bjoined\s+by\s+(?:their|the|both)\s+(?:two\s+)?delegations,\s+(?:which\s+)?"
    r"includ(?:ed|ing)\b"
)
_OCCASION_WORDS: Final = frozenset(["when", "with", "joined"])
# "A and B on Tuesday agreed ... They held talks in Lima": the two, as subject, met.
_THEY_MET: Final = re.compile(
    # "On 3 May, the Foreign Ministers held talks in Lima", "After the drill, the ministers
    # held a meeting in Karsvik"
    r"(?:(?:on|after|following)\s[^,]{1,30},\s+)?"
    r"(?:they|the\s+(?:[\w-]+\s+)?(?:leaders|presidents|ministers|premiers))\s+"
    r"(?:also\s+|then\s+|later\s+)?"
    r"(?:met|held\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|consultations)|co-?chaired)\b"
)
# "the two (ministers) were joined (in X) by Y": the two named before, with Y.
_JOINED_BY: Final = re.compile(
    r"\bthe\s+two(?:\s+[a-z]+)?\s+(?:were|have\s+been|had\s+been)\s+(?:later\s+)?joined\b"
    r"[^.;]{0,60}?\sby\s"
)
_JOINED_FOR: Final = frozenset(["talks", "meeting", "meetings", "discussions", "dinner"])
_THEY_WORDS: Final = frozenset(["they", "leaders", "presidents", "ministers", "premiers"])
# "During their talks in Quito, X pledged ...": the talks of the two named just before.
_THEIR: Final = re.compile(r"\btheir\s+(?:\w+\s+)?(?:talks|meeting|conversation|negotiations)\b")
# "At a meeting with X, the Head of State noted ...": a meeting of X and the one the brief
# follows.
_IN_A_SEPARATE_MEETING: Final = re.compile(
    r"(?:in|at|during)\s+(?:a|another)\s+separate\s+(?:meeting|talks|conversation),"
)
_AT_MEETING_WITH: Final = re.compile(
    r"^(?:at|during|in)\s+(?:(?:a|the|his|her)\s+)?(?:[\w-]+\s+)?(?:meeting|talks|conversation)"
    r"\s+with\b"
)
# "X paid a farewell visit to Minister Y": a visit to a person (checked by who is named next).
_PAID_VISIT: Final = re.compile(r"\bpaid\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?visit\s+to\s")
# Between "visit to" and the person visited: a title, not a place's clause or a time.
_NOT_A_TITLE: Final = re.compile(r"[,;:(\n]|\s(?:in|at|on|during|for|where|which)\s")
_SERIES_WORDS: Final = frozenset(["series", "separate", "several", "number"])
# "On the margins, the Chair of the Senate held a number of meetings": an office (not
# "the sides", "the two ministers") as the subject of a series of meetings.
_ROLE_SERIES: Final = re.compile(
    r"(?:[^,]{0,80},\s+)?the\s+(?!sides\b|parties\b|two\b|delegations\b)(?:[\w-]+\s+){1,6}?"
    r"(?:also\s+)?(?:held|had)\s+(?:a\s+)?(?:number|series)\s+of\b"
)
# A subject that is a role, not a name: "The minister also called on ...", "The delegation
# also met with ...": the visitor of the meetings told before (or the delegation's leader).
_ROLE_SUBJECT: Final = re.compile(
    # "Earlier, on Monday, the delegation met Y" (two such openings); "Earlier in the day the
    # minister received Y" (a time of the day needs no comma)
    # ("Yesterday, the Ruritanian envoy also met Y": a day named by its
    # distance from the brief's own)
    r"^(?:(?:on|later|earlier|the\s+same|during|in\s+addition|within|as\s+part|yesterday|"
    r"today)\b[^,]{0,40},\s+"
    # "The same evening the delegation also met Y": no comma after the time either
    r"|(?:(?:earlier|later)\s+(?:in\s+the|that|the\s+same)|the\s+same)"
    r"\s+(?:day|morning|afternoon|evening)\s+)"
    r"{0,2}"
    # "The same day, at the headquarters of the agency in Paris, the delegation held ..."
    r"(?:(?:at|in)\s[^,]{0,80},\s+)?the\s+"
    r"(?:(?P<qualifier>[\w-]+)\s+)?(?P<role>minister|secretary[\s-]general|secretary|president|"
    r"premier|chancellor|speaker|envoy|governor|mayor|khokim|hakim|akim|"
    r"(?:top\s+)?diplomat|ambassador|"
    # "the visiting general also met General Y": the visitor, by rank
    r"(?<=visiting\s)(?:general|admiral|marshal|commander)|"
    r"delegation|team|mission|visitor|guest|head\s+of\s+(?:our\s+)?state|"
    # "the head of the Chilean Cabinet"
    r"head\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:government|cabinet|delegation))"
    # "The delegation, which included heads of several firms, held talks with Y"
    r"(?:,\s*which\s[^,;]{1,100},)?\s+"
    r"(?:also\s+|later\s+|then\s+)?"
    r"(?:met|held|called\s+on|paid|visited|had|sat|received|hosted|spoke|"
    # "Later in the day, the Iranian top diplomat was received by Y"
    r"(?:was|were)\s+(?:also\s+|later\s+|then\s+)?received\s+by)\b"
)
# The verbs _ROLE_SUBJECT ends with: a sentence with none of them cannot match it.
_ROLE_VERBS: Final = words_of("met held called paid visited had sat received hosted spoke")
# A body led by someone, standing for its leader as the subject: "the team met with Y".
_LEADER_ROLES: Final = frozenset({"delegation", "team", "mission"})
# The heads of a region or city: "In Tacna, the governor held talks with Y" stands for the
# leader of the delegation told before when that leader holds the office.
_LOCAL_HEADS: Final = frozenset(["governor", "mayor", "khokim", "hakim", "akim"])
# "X spoke by telephone with A. ... The Minister then spoke with B": a second call;
# "President X spoke today with President Y": a conversation.
_SPOKE_WITH: Final = re.compile(
    r"spoke(?<!\wspoke)\s+(?:(?:again|today|yesterday|separately|on\s+[a-z]+day|"
    r"this\s+(?:morning|afternoon|evening))\s+)?(?:with|to)\b"
)
# "On the same day, the Danish delegation was received by Y", "Earlier, on Thursday, the
# Chilean delegation was received in Lima by Y", "the World Bank delegation met with Y".
_DELEGATION_RECEIVED: Final = re.compile(
    r"(?:(?:on|later|earlier|the\s+same|in\s+addition)\b[^,]{0,40},\s+){0,2}"
    r"(?:on\s+[a-z]+day\s+)?the\s+"  # ("On Wednesday the Indian delegation was received by")
    r"(?P<demonym>[\w-]+(?:\s+[\w-]+)?)\s+delegation\s+(?:(?:was|were)\s+(?:also\s+|later\s+)?"
    r"received\s+(?:in\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+)?by|(?:also\s+|later\s+)?met\s+with)\b"
)
# "Later in the day, the distinguished guest was received by Y": the guest of the talks told
# before (the one of them who is not the host the brief opens with) met Y.
_GUEST_RECEIVED: Final = re.compile(
    r"^(?:(?:on|later|earlier|the\s+same|in\s+addition)\b[^,]{0,40},\s+)?the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:guest|visitor)\s+was\s+(?:also\s+|later\s+|then\s+)?received\s+by\b"
)
# "His Highness also received X", "HM the King later met X": a style of address as the
# subject, standing for the ruler the brief opened with.
_STYLED_SUBJECT: Final = re.compile(
    r"^(?:(?:on|later|earlier|the\s+same|during|today)\b[^,]{0,40},\s+)?(?:his|her)\s+"
    r"(?:royal\s+)?(?:highness|majesty)\s+(?:the\s+(?:[\w-]+\s+){1,4})?"
    r"(?:also\s+|later\s+|then\s+)?(?:met|held|received|hosted)\b"
)
# "Today I met X", "On Monday, I held talks with X": a first-person release's author met X.
_FIRST_PERSON: Final = re.compile(
    r"(?:(?:today|yesterday|this\s+(?:morning|afternoon|week)|(?:on|in|at|during|while)\b"
    r"[^,;]{0,40}),?\s+)?i\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:met|held|had|hosted|received|welcomed|spoke|called\s+on)\b"
    # "..., and follows my meeting with X yesterday": the author's own meeting, told anywhere
    r"|.*?\bmy\s+(?:[\w-]+\s+)?(?:meeting|talks|discussions|call|conversation)\s+with\b"
)
# The words a release's byline line may hold around its author's name: "The Hon Jane Roe MP",
# "Senator the Hon X", "Dr X".
_BYLINE_STYLE: Final = HONOURABLE_WORDS | words_of("the senator dr dr. mr mr. ms ms. mrs mp mep")
# "The same day, the President of Peru met with ...": an office of a country as subject.
_OFFICE_SUBJECT: Final = re.compile(
    r"(?:\d{1,2}\.\s+)?(?:[A-Z][^,]{0,40},\s+)?"
    # "On the same day the President of X met", an opener of time without its comma
    r"(?:(?:On|Later|Earlier|During|After|That|The\s+(?:same|next|following))\s"
    r"[^,.]{0,30}?(?:day|morning|afternoon|evening|visit|talks|[A-Z][a-z]+day)\s+)?"
    r"[Tt]he\s+"
    # "the Minister of Foreign Affairs of Chile": an office with its own "of"
    r"(?P<office>[A-Z][\w-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w-]*){0,4})\s+of\s+"
    r"(?:the\s+)?(?P<country>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})\s+"
    r"(?:also\s+|later\s+|then\s+)?(?:met|held|received|hosted|had|"
    # "On the same day, the Minister of Foreign Affairs of X was received by Y"
    r"(?:was|were)\s+(?:also\s+)?received\s+by)\b"
)
# "At the beginning of the meeting, X conveyed the greetings of Y": the meeting told before,
# of which this tells a part (not "At the meeting with Y", another one).
_OF_THE_MEETING: Final = re.compile(
    r"(?:at|during|in)\s+the\s+(?:(?:beginning|start|end|course|outset)\s+of\s+the\s+)?"
    r"(?:meeting|talks|negotiations|conversation),"
)
_AROUND_THE_MEETING: Final = re.compile(
    r"(?:before|after|following|prior\s+to)\s+(?:the|their|these)\s+(?:[\w-]+\s+){0,3}?"
    # ("Before the trilateral summit, A and B held a bilateral meeting": that day; "After
    # the Joint Trade Council meeting, A received B": a body's meeting of up to three words)
    r"(?:talks|meeting|negotiations|consultations|summit),"
)
# "The meeting came a month after X held talks with Y on June 27": a meeting before the
# one the story tells, whose day is none of the story's.
# "X recalled their telephone conversation of May 8", "recalling his visit in March".
_RECALL_WORDS: Final = frozenset(["recalled", "recalling", "recalls", "recall"])
# (The boundary before "recall" is checked behind it: a pattern that opens with the word is
# searched for it, where one that opens with \b is tried at every character.)
_RECALLED_EVENT: Final = re.compile(
    r"recall(?<!\wrecall)(?:ed|ing|s)?\s+(?:their|his|her|the|a|an|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conversation|meeting|talks|call|visit|contacts?)\b"
)
_CAME_AFTER: Final = re.compile(
    r"\b(?:came|comes)\s+(?:[\w-]+\s+){1,2}?(?:days?|weeks?|months?|years?)\s+after\b"
)
_RECALLED: Final = re.compile(
    r"\b(?:recall(?:ed|ing|s)?|(?:19|20)\d\d|last\s+(?:week|month|year))\b"
)
# "A and B last met in Tarvik in July", "had first met in 2019": an earlier meeting of the two,
# recalled.
_LAST_MET: Final = re.compile(
    r"\b(?:last|previously|first)\s+(?:met|spoke|talked|held\s+(?:talks|a\s+meeting))\b"
)
_AFTER_THE_MEETING_ON: Final = re.compile(
    r"(?:following|after)\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:talks|meeting|negotiations)\s+on\s"
)
_AROUND_WORDS: Final = ("before ", "after ", "following ", "prior ")
# "a three-day visit to Peru, during which": meetings told after it, on days of their own.
_VISIT_DURING_WHICH: Final = re.compile(
    r"\b(?:(?:[\w-]+-day|several|two|three|four|five)\s+(?:[\w-]+\s+){0,2}?|"
    # "X concluded her visit to Jordan today, during which": the day it ended
    r"(?:concluded|ended|completed|wrapped\s+up)\s+(?:[\w-]+\s+){1,3}?)(?:visit|tour|trip)\b"
    r"[^.;]{0,80}?,\s+during\s+which\b"
)
_LATER_TODAY: Final = re.compile(r"\b[Ll]ater\s+today\b")
_ACCORDING_TO: Final = re.compile(r"according\s+to\s+[^,;]*(?:,\s+who\s[^,;]*)?,")
# "The ceremony was attended by A and B, who held a bilateral meeting earlier": they met.
_WHO_MET: Final = re.compile(r",\s+who\s+(?:also\s+|later\s+|earlier\s+)?(?:held|had|met)\b")
# "X, who met Y on Monday, was due to ...": the clause, up to where the sentence goes on.
_WHO_MET_THEN: Final = re.compile(
    r",\s+who\s+(?:also\s+|earlier\s+)?(?:met|(?:held|had)\s+talks\s+with)\s[^;]*?,\s+"
    r"(?=(?:was|were|is|are|will|would)\s)"
)
_BETWEEN_THE: Final = re.compile(
    r"\b(?:talks|meeting|negotiations|conversation)\s+between\s+the\s+(?:two\s+)?"
    r"(?:presidents|leaders|ministers|prime\s+ministers|heads\s+of\s+(?:state|government))\b"
)
# "The meeting was chaired by Y", told after a meeting of one named person: Y is in it.
_CHAIRED_BY: Final = re.compile(
    r"(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:meeting|round[\s-]?table|forum|session|discussion)"
    r"\s+was\s+(?:(?:co-?)?chaired|moderated)\s+by\b"
)
# "A delegation of X led by Y": Y leads it.
_LED_BY: Final = re.compile(r"\b(?:led|headed)\s+by\b")
# Where a visitor went: "visited Astana", "who is on an official visit to Oslo".
_VISITED: Final = re.compile(
    r"\b(?:visited|visit\s+to|arrived\s+in|who\s+(?:is|was)\s+(?:now\s+|currently\s+)?in|"
    # "during a working trip to Porto" (not "before his trip to X")
    r"(?:during|on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?trip\s+to)\s+"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
# "during the visit to Valdora of X", "during X's visit to Valdora": where X was.
_VISIT_TO_OF: Final = re.compile(
    r"\bvisit\s+to\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:of|by)\s"
)
# "X arrived in Lima on a state visit" (then "The heads of state held talks"): where X was.
_ARRIVED_ON_VISIT: Final = re.compile(
    r"\barrived\s+in\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:on|for)\s+"
    r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\b"
)
# "X travelled to Amman on Monday" (then "There she met Y").
_WENT_TO: Final = re.compile(
    r"\b(?:travell?ed|went|flew|came)\s+to\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
# "X travelled to Kobe, where he met Y".
_WENT_WHERE: Final = re.compile(
    r"\b(?:travell?ed|went|flew|arrived|headed|proceeded|came)\s+(?:on\s+)?(?:to|in)\s+"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+"
    # "travelled to Osh, the country's second city, where she met Y"
    r"(?:the\s+[^,;]{1,80},\s+)?where\b"
)
# "invited him to pay a visit to", "an invitation to visit": a visit still to come.
# "X hosted the presidents of ...", "X met with the foreign ministers of ...", "X and the
# leaders of the five Central Asian countries signed ...": one host of a group of leaders.
_GROUP_OBJECT: Final = re.compile(
    r"\b(?:hosted|met\s+with|met|received|welcomed|and)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:presidents|leaders|heads\s+of\s+state|premiers|ministers)\s+of\b"
)
_GROUP_NOUNS: Final = words_of("presidents leaders heads premiers ministers")
_PRESIDENTS_OF: Final = re.compile(
    r"\b(?:met|met\s+with|received|hosted)\s+the\s+presidents\s+of\s"
)
# Those named attended the host's meeting: "attended", "brought together", "took part".
_ATTENDING: Final = re.compile(r"\b(?:attended|brought\s+together|t(?:ook|aking)\s+part)\b")
_SCENE: Final = re.compile(
    r"\b(?:opened|began|started|culminated|ended|continued|moved|shifted|turned|came)\s+"
    r"(?:\w+\s+)?(?:in|to)\s+(?P<city>[A-Z][\w’'-]+)"
)
_SCENE_VERBS: Final = words_of(
    "opened began started culminated ended continued moved shifted turned came"
)
_COMING_VISIT: Final = re.compile(
    r"\b(?:upcoming|forthcoming|planned|next|future|coming)\s+(?:[\w-]+\s+){0,2}?visit$"
)
_INVITED: Final = re.compile(r"\binvit(?:ed|es|ing|ation\s+to)\b")
# "Tokyo's Minato": a possessive before the name of a part of it.
_OWNER_FIRST: Final = re.compile(r"([A-Z][\w-]+)(?:’s|'s)\s")


def _city_owns(place: str) -> bool:
    """Whether the words open with a city's possessive ("Tokyo's Minato", not "Chile's
    Biobio" nor "Kazakhstan's Almaty")."""
    owner = _OWNER_FIRST.match(place)
    return owner is not None and is_city(owner[1]) and country_of_word(owner[1]) is None


_REGION_AFTER: Final = re.compile(r"\s+(?:region|province|oblast|district|county|state)\b")
_PRONOUNS: Final = frozenset(["he", "she", "his", "her"])
# "X also met with Z", told right after X's meeting that day.
_ALSO_MET: Final = re.compile(r"\balso\s+(?:met|held|received|had)\b")
_ALSO_RECEIVED: Final = re.compile(r"\balso\s+received\s+(?!an?\s|the\s|his\s|her\s)")
_STAY_WORDS: Final = words_of("stay during visit trip")
_SAME_DAY_WORDS: Final = words_of(
    "later earlier same afternoon evening morning afterwards after then before prior meanwhile"
)
_TRIGGER_WORDS: Final = words_of(
    """
    met meet meets meeting meetings talks phone telephone video videoconference conference
    online virtual received receives receiving hosted hosts visit visited negotiations spoke phoned
    telephoned sat consultations chaired cochaired headed led dinner lunch luncheon
    breakfast retreat round roundtable part discussed attended called paid credentials credential
    exchanged jointly alongside together moderated conferred talked welcomed session discussions
    presided brought handed
    summit credence audience conversation committee commission courtesy communication call
    """
)

# What follows the subject pronoun in each form of _PRONOUN_SUBJECT: after "he" or "she",
# and after "his" or "her".
_AFTER_HE: Final = (
    # "He later received Y", "She then met Y": the one told before, met again
    r"\s+(?:also\s+|later\s+|then\s+|subsequently\s+)?(?:met|held|received|"
    r"hosted|spoke|called\s+on|paid|co-?chaired)\b",
    # "He expressed these views while talking to Y, who called on him"
    r"\s+[^.;,]{0,60}?\bwhile\s+(?:talking|speaking)\s+(?:to|with)\b",
    # "..., he told a press conference after holding talks with Y"
    r"\s+(?:told|said)\b[^.;]{0,120}?\b(?:after|before|while)\s+"
    r"(?:holding|having\s+held)\s+(?:[\w-]+\s+){0,3}?talks\s+with\b",
    # "Earlier, he was received by President Y"
    r"\s+was\s+(?:also\s+|later\s+)?received\s+by\b",
    # "He said the deal was reached during the retreat with his counterpart Y"
    r"\s+said\b[^.;]{0,120}?\b(?:during|at)\s+[^.;]{0,80}?\bwith\s+(?:his|her)\s+"
    r"(?:[\w-]+\s+)?counterpart\b",
    # "He was welcomed by Y at the palace, after which the two held talks"
    r"\s+was\s+(?:also\s+|later\s+)?(?:welcomed|greeted)\s+by\b[^.;]{0,160}?,\s+"
    r"after\s+which\s+the\s+two\s+(?:\w+\s+)?(?:held|had|met)\b",
    # "He was later granted an audience with King Y", "she had an audience with Y"
    r"\s+(?:was\s+(?:also\s+|later\s+|then\s+)?(?:granted|given)|had)\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+)?audience\s+(?:with|by)\b",
    # "On the same day, he and First Vice Prime Minister X co-chaired the commission"
    r"\s+and\s+(?:[\w’'-]+\s+){1,12}?(?:also\s+)?(?:met|held|co-?chaired)\b",
)
_AFTER_HIS: Final = (
    # "... agreed during his bilateral meeting with X": his and X's meeting
    r"\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|conversation)\s+with\b",
    # "His last meeting of the day was with X"
    r"\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|conversation)\s+(?:of\s+the\s+day\s+)?"
    r"(?:was|were)\s+with\b",
)
# The forms led by "\b(?:he|she)", then those led by "\b(?:his|her)", one pattern led by the
# pronouns' first letters, each with the boundary before it checked behind it: a search jumps
# from "h" to "s" (as _PLACE's does to "n"), where "\b" and every form were tried at each
# character, and only the forms of the pronoun there are tried (the same matches).
_PRONOUN_SUBJECT: Final = re.compile(
    rf"h(?<!\wh)(?:e(?:{'|'.join(_AFTER_HE)})|(?:is|er)(?:{'|'.join(_AFTER_HIS)}))"
    rf"|s(?<!\ws)he(?:{'|'.join(_AFTER_HE)})"
)
# "held the 5th meeting in this city": where the dateline was written.
_IN_THIS_CITY: Final = re.compile(
    r"\b(?:met|talks|meeting|held|received|hosted)\b[^.;]{0,160}?\sin\s+this\s+city\b"
)
# "held talks here Tuesday", "held talks with X here and ...": where the dateline was written.
_HERE: Final = re.compile(
    r"\b(?:met|talks|meeting|meetings|received|hosted|held|called\s+on)\b[^.;\"]{0,160}?\shere\b"
)
# An event that meetings happen at: "a business forum held in Lima on Friday".
# The events meetings are held at; `_EVENT_WORDS` holds the same words for the cheap test.
_EVENT_NOUNS: Final = (
    "forum|summit|conference|congress|exhibition|expo|session|launch|ministerial|ceremony|"
    "inauguration|commission"
)
# ("a side event at the climate talks on Tuesday", then "After the event, A met B": that day)
_EVENT: Final = re.compile(
    "(?P<noun>"
    + "|".join(rf"{noun}(?<!\w{noun})" for noun in _EVENT_NOUNS.split("|"))
    + r"|side(?<!\wside)\s+event)(?:ed)?\b"
)
_EVENT_WORDS: Final = frozenset([*_EVENT_NOUNS.split("|"), "launched", "event"])
# A meeting at an event named before: "talks on the sidelines of the forum", "hosted X for
# the summit"; "the event" is the one named last.
_AT_EVENT: Final = re.compile(
    # "After the session, X met Y": right after it, that day
    # "A and B opened the forum and held talks": there
    r"(?:sidelines(?<!\wsidelines)\s+of|margins(?<!\wmargins)\s+of|for(?<!\wfor)|at(?<!\wat)|"
    r"during(?<!\wduring)|after(?<!\wafter)|following(?<!\wfollowing)|opened(?<!\wopened)|"
    r"addressed(?<!\waddressed))\s+the\s+"
    r"(?:[\w-]+\s+){0,3}?"
    rf"(?P<noun>{_EVENT_NOUNS}|event)\b"
)
# "The forum also hosted a meeting between A and B": a meeting at the event named before.
_EVENT_HOSTED: Final = re.compile(
    rf"the\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{_EVENT_NOUNS})\s+(?:also\s+|then\s+)?hosted\s"
)
# "The session was co-chaired by A and B": the event named before, its co-chairs met at it.
_EVENT_CHAIRED: Final = re.compile(
    rf"the\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_EVENT_NOUNS})\s+(?:was|were)\s+(?:co-?)?chaired\s+by\b"
)
# "Today the summit of X took place. A, B and C took part in the meeting": those at the event
# told before, "the meeting" or "the event" being the one named last.
_EVENT_PART: Final = re.compile(
    rf"\b(?:took|take|taking)\s+part\s+in\s+the\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{_EVENT_NOUNS}|event|meeting)\b"
)
# "Earlier in the day, ...", "The same day, ...": a sentence opening on the day told last.
_THAT_DAY_OPENING: Final = re.compile(
    r"(?:(?:earlier|later)\s+(?:in\s+the|that)\s+day|(?:on\s+)?the\s+same\s+day),\s"
)
# "held separate meetings with the visiting leaders": one with each of the others.
_SEPARATE_WITH_GUESTS: Final = re.compile(
    r"\b(?:held|had)\s+separate\s+(?:bilateral\s+)?(?:meetings|talks)\s+with\s+(?:the|all)\s+"
    r"(?:(?:distinguished|visiting|foreign|other|high|honou?red)\s+)*"
    r"(?:guests|leaders|heads\s+of\s+(?:state|delegations?))\b"
)
# "the forum, which was held in Samarkand": where the event was held.
# (Opens with "held", then checks the boundary before it, as _PLACE does with "in".)
_HELD_IN: Final = re.compile(
    r"held(?<!\wheld)\s+(?:at\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+)?in\s+"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?=\s+(?:on|in|this|last|from)\b|[,.;]|$)"
)
# "Ministers A and B also attended the video conference": attendees of a meeting told
# before, not its participants (its words are blanked before the kind is read).
_ATTENDED_THE: Final = re.compile(
    # "A and B were also present at the meeting": the same, told another way
    r"\b(?:attended|joined|(?:was|were)\s+also\s+(?:part\s+of|present\s+(?:at|in)))\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:video\s*conference|videoconference|"
    r"video-conference|video\s+call|talks|meetings?|negotiations|consultations|conversation)\b"
)
# "Present at the talks were A and B", "Also present at the meeting was C", "Also taking
# part in the meeting were A and B".
_PRESENT_AT: Final = re.compile(
    r"(?:also\s+)?(?:present\s+at|taking\s+part\s+in|participating\s+in)\s+the\s+"
    r"(?:[\w-]+\s+)?(?:talks|meeting|negotiations|consultations)\s+(?:were|was)\b"
)
_FOLLOWED_ATTENDED: Final = re.compile(r",\s+followed\s+by\s+[^,;]{0,60}?\battended\s+by\b")
_HELD_IN_PRESENCE: Final = re.compile(
    r"the\s+(?:[\w-]+\s+)?(?:talks|meeting|negotiations|consultations)\s+(?:was|were)\s+"
    r"(?:also\s+)?(?:held|attended)\s+in\s+the\s+presence\s+of\b"
)
# "A and B took part in the meeting" (the one told before; not "in the meeting of the
# council", an event of its own).
_TOOK_PART_IN_THE: Final = re.compile(
    # ("in the expanded session": the talks told, in their wider format)
    r"\b(?:took\s+part|participated)\s+in\s+the\s+(?:meeting|talks|negotiations|consultations|"
    r"(?:expanded|extended|enlarged|broader|wider|plenary|restricted|narrow)\s+"
    r"(?:session|format|meeting|talks))"
    r"(?=\s*[,.;]|\s+(?:as|too|alongside|along)\b|\s*$)"
)
_TOOK_PART_WORDS: Final = words_of("took participated")
# "C, who led the talks from the Emirati side, joined the ceremony": who C is, not a meeting
# (its words are blanked before the kind is read).
_WHO_LED_TALKS: Final = re.compile(
    r",\s+who\s+(?:had\s+)?(?:led|headed)\s+the\s+(?:[\w-]+\s+)?(?:talks|negotiations)\b"
)
_JOINED_TALKS: Final = re.compile(
    # "The Presidents first met one-on-one and then continued the talks with ...": the two
    # told before, under a plural name
    r"(?:(?:the|both)\s+(?:two\s+)?(?:presidents|leaders|sides|parties|heads\s+of\s+"
    r"(?:state|government)|(?:prime\s+|foreign\s+)?ministers|premiers|chancellors)\s[^;]{0,80}?)?"
    r"the\s+(?:talks|meeting|negotiations)\b[^;]{0,120}?\swith\s+the\s+participation\s+of\b"
)
# Before the first person named after "with the participation of": words that make those
# named members of a group ("the delegations, including A"), not participants themselves.
_AS_MEMBERS: Final = re.compile(r"delegation|member|representative|including|among|staff")
_CO_CHAIRS: Final = re.compile(r"\b(?:the|both)\s+(?:two\s+)?co-?chairs\b")
# "The talks took place in X": the meeting just told, held there.
# Words that make the same people's meeting told again another one: "They also met on
# Monday", "The two met again on Friday", "had met earlier".
_AGAIN_WORDS: Final = frozenset(["also", "again", "earlier", "previously", "before", "last"])
_THE_MEETING_HELD: Final = re.compile(
    r"(?:(?:the|their|this)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|negotiations|conversation|"
    # "The welcome ceremony was held at the palace in Castelmar"
    r"consultations|ceremony)|"
    # "An official welcoming ceremony took place at the Great Hall in Velmora"
    r"an?\s+(?:[\w-]+\s+)?welcom(?:e|ing)\s+ceremony)\s+(?:took\s+place|(?:was|were)\s+held)\b"
    # "The talks, held at the ministry in Castelmar, also covered X": where, told in passing
    r"|(?:the|their)\s+(?:[\w-]+\s+)?(?:talks|meeting|negotiations),\s+held\s+(?:at|in)\s"
)
# "..., which took place at the palace in Castelmar": the clause tells where the meeting was.
_WHICH_TOOK_PLACE: Final = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:meeting|talks|negotiations|conversation),\s+which\s+"
    r"(?:took\s+place|(?:was|were)\s+held)\s"
)
# ", which also takes him to Astana on Tuesday", ", which will include a summit on Monday": a
# clause, to the end of the sentence, of what is still to come.
_WHICH_AHEAD: Final = re.compile(
    r",\s+which\s+(?:also\s+|then\s+|later\s+)?(?:will|takes|is\s+to|are\s+to|"
    r"(?:is|are)\s+(?:due|expected|scheduled|set)\s+to)\b[^;“”\"]*$"
)
# "The talks, held at the Palace on November 23, began ...": the day of the talks just told.
_HELD_AT_ON: Final = re.compile(
    r"(?:the|their)\s+(?:[\w-]+\s+)?(?:talks|meeting|negotiations),\s+held\s+[^,;]{0,80}?\bon\s"
)
_REMOTE: Final = ("phone call", "video call")
# ("On the sidelines, the business council held its meeting": of the event just told)
_SIDELINES: Final = re.compile(r"\b(?:on|at|in)\s+the\s+(?:sidelines|margins)(?:\s+of\b|,)")
_SIDELINES_WORDS: Final = frozenset(["sidelines", "margins"])
# "was attended by", "was attended on the Chilean side by": guests of a meeting told before.
_ATTENDED_BY: Final = r"attended\s+(?:on\s+the\s+[\w-]+\s+side\s+)?by\b"
_ATTENDED: Final = re.compile(r"\b(?:was|were)\s+(?:also\s+)?" + _ATTENDED_BY)
# "X held a video conference with Y, which was also attended by A and B": the meeting is
# told in the same sentence, and A and B attended it.
# "..., ahead of presenting them to the King": a later event, its people not met now.
_AHEAD_OF: Final = re.compile(r"\bahead\s+of\s")
_WHICH_ATTENDED: Final = re.compile(r",\s+which\s+(?:was|were)\s+(?:also\s+)?" + _ATTENDED_BY)
_MEETING_ATTENDED: Final = re.compile(
    r"(?:the|this)\s+(?:[\w-]+\s+)?(?:meeting|talks|negotiations|consultations)\s+"
    r"(?:was|were)\s+" + _ATTENDED_BY
)
_LATERAL: Final = re.compile(
    r"((?:tri(?<!\wtri)|bi(?<!\wbi)|multi(?<!\wmulti)|quadri(?<!\wquadri))lateral)"
    r"\s+(?:meeting|talks|summit)\b"
)


@dataclass
class MeetingFound:
    """A meeting: participant indexes (into the people list), date, place and kind."""

    participants: list[int]
    date: dt.date | None = None
    place: str | None = None
    kind: str | None = None
    sentence: int = 0


@dataclass
class _Context:
    person: int | None
    date: dt.date | None
    place: str | None
    kind: str | None
    used_by: set[int] = field(default_factory=set)
    sentence: int = -1
    series: bool = False  # "held a series of meetings": the meetings after it are the person's
    credentials: bool = False  # "X received the credentials of ambassadors": guests named next

    def unnamed_just_before(self, number: int) -> bool:
        """Whether this meeting was told in sentence `number - 1`, naming no one who held it,
        and no later sentence has taken it yet."""
        return self.person is None and not self.used_by and self.sentence == number - 1


def _persons_of(mentions: list[Mention]) -> list[int]:
    """The people `mentions` refer to, each once, in the order first referred to: what
    `list(dict.fromkeys(m.person for m in mentions))` gives, with no dict built and read
    once for each sentence (a sentence names few, most none)."""
    persons: list[int] = []
    for mention in mentions:
        if mention.person not in persons:
            persons.append(mention.person)
    return persons


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` is inside one of the (start, end) spans."""
    for start, end in spans:  # noqa: SIM110 - any() over a generator costs more than the test
        if start <= pos < end:
            return True
    return False


# ", which", ", where", ", during which": a clause that may tell a plan made at a meeting.
_PLAN_CLAUSE: Final = re.compile(
    r",\s+(?:(?:during|at|in|after)\s+)?(?:which|where)\s|"
    # "X met Y, who is in Lima for a conference and will address it", "X met Y on Monday,
    # and she will open a fair on Tuesday": the plan is the clause's
    r",\s+who\s|,?\s+and\s+(?:(?:he|she|they)\s+)?(?=(?:will|shall|is|are|plans|intends)\s)"
)


# "X then travelled to Osh": a journey on, before a clause of what awaits there.
_WENT_ON_TO: Final = re.compile(
    r"\b(?:travel(?:l)?ed|flew|went|headed|proceeded|left|departed)\s+(?:on\s+)?(?:to|for)\s+"
    r"[\w’'-]+(?:\s+[\w’'-]+)?$"
)
# "X is also due in Osh for the forum, where he is expected to meet Y": the stay itself is
# still to come, so the meeting that the clause tells of is too.
_DUE_IN: Final = re.compile(
    r"\b(?:is|are)\s+(?:also\s+)?(?:due|expected|scheduled)\s+(?:to\s+arrive\s+)?(?:in|at)\s"
)


def _planned(low: str, words: frozenset[str]) -> bool:
    """Whether the lower-case text (of `words`) tells of a meeting still to come: "held talks
    and invited her to visit Lima" tells of talks held first."""
    if words.isdisjoint(_PLANNED_WORDS) and (
        words.isdisjoint(BE_FORMS) or words.isdisjoint(_PLANNED_BE_WHAT)
    ):
        return False  # no word that opens a plan: the search cannot match
    for word in _PLANNED_NEEDS:
        if word in low:
            planned = _PLANNED.search(low)
            if planned is None:
                return False
            if planned.group().startswith(("invited", "agreed")):
                return _kind(low[: planned.start()]) is None
            # "X was received by Y to prepare the board, which is to meet in Dorvale", "X met
            # Y in Lima, where they agreed to set up a council that will meet yearly": the
            # plan is the clause's, told after a meeting that happened.
            clauses = [
                m.start() for m in _PLAN_CLAUSE.finditer(low) if m.start() < planned.start()
            ]
            if clauses and _WENT_ON_TO.search(low, 0, clauses[-1]) is not None:
                return True  # "X then travelled to Osh, where he will be received by Y"
            if not clauses:
                return True
            head = low[: clauses[-1]]
            return _kind(head) is None or (
                ("due" in head or "expected" in head or "scheduled" in head)
                and _DUE_IN.search(head) is not None
            )
    return False


def _blank_event(match: re.Match[str]) -> str:
    """The match with its event word made blanks (offsets kept)."""
    start, end = match.span(1)
    whole = match.group()
    at = start - match.start()
    return whole[:at] + " " * (end - start) + whole[end - match.start() :]


def _office_holder(office: str, named: str, people: list[PersonFound]) -> int | None:
    """The one person holding the office of the country named; an office one of several
    ("Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs") counts."""
    holder = office_holder(office, named, people)
    if holder is not None or " " not in office:
        return holder
    office = office.lower()
    return holder_in_country(
        named,
        people,
        lambda title: any(part.strip().startswith(office) for part in _TITLE_PARTS.split(title)),
    )


# "On the same day, the Ministers of Foreign Affairs of A and B were received by Y".
_OFFICES_SUBJECT: Final = re.compile(
    r"(?:[A-Z][^,]{0,40},\s+)?[Tt]he\s+"
    r"(?P<office>[A-Z][\w-]*s(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w-]*){0,4})\s+of\s+(?:the\s+)?"
    r"(?P<first>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})\s+and\s+(?:of\s+)?(?:the\s+)?"
    r"(?P<second>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})\s+"
    r"(?:also\s+|later\s+|then\s+)?(?:met|held|received|hosted|had|"
    r"(?:was|were)\s+(?:also\s+)?received\s+by)\b"
)


_AT_TALKS: Final = re.compile(r"\bat\s+(?:the\s+)?talks\b")
_TWO_MINISTERS: Final = re.compile(
    r"\b[Tt]he\s+(?P<field>[a-z]+)\s+ministers\s+of\s+the\s+two\s+countries\b"
)


# "after talks with his Kyrgyz counterpart": a counterpart of a country, not named there.
_COUNTERPART: Final = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?P<demonym>[A-Z][\w-]+)\s+counterpart\b(?!,?\s+[A-Z])"
)
_OFFICE_WORDS: Final = words_of("minister president premier chancellor secretary speaker")
_RANK_WORDS: Final = words_of("deputy vice first acting state prime")


# "the heads of state held talks", "The talks of the leaders were held": the two heads of
# state named so far met.
_HEADS_MET: Final = re.compile(
    r"\bthe\s+(?:two\s+)?(?:heads\s+of\s+state|leaders|presidents)\s+"
    r"(?:also\s+|then\s+|later\s+|first\s+)?"
    r"(?:held\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|negotiations)|met|continued\s+their)\b|"
    r"\bthe\s+talks\s+of\s+the\s+(?:two\s+)?(?:heads\s+of\s+state|leaders|presidents)\s+"
    r"(?:were|was)\s+held\b|"
    # "Talks between the heads of state were held at the palace"
    r"\b(?:talks|negotiations)\s+between\s+the\s+(?:two\s+)?(?:heads\s+of\s+state|leaders|"
    r"presidents)\s+(?:were\s+held|took\s+place)\b"
)
_HEADS_WORDS: Final = words_of("heads leaders presidents")
_THE_HEADS: Final = re.compile(r"\bthe\s+(?:two\s+)?(?:heads\s+of\s+state|presidents)\b")
_HEAD_OF_STATE: Final = ["head", "of", "state"]


def _heads_of_state(people: list[PersonFound], mentions: list[Mention]) -> list[int]:
    """The heads of state (a President or a Sultan, not the President of a chamber) of the
    mentions, in the order named: two of two countries, else none."""
    heads = [
        person
        for person in dict.fromkeys(m.person for m in mentions)
        if (title := people[person].title) is not None
        # ("Founder of the Nation, President": the last of a title's offices may be it)
        and any(
            " of " not in office and office_fits(_HEAD_OF_STATE, office)
            for office in title.lower().split(", ")
        )
    ]
    countries = {people[p].country for p in heads}
    return heads if len(heads) == 2 and len(countries) == 2 and None not in countries else []


def _counterpart(text: str, person: int, people: list[PersonFound]) -> int | None:
    """The one person of the country of "his Kyrgyz counterpart" in the text whose title
    holds the same office as `person`'s ("Foreign Minister", "Minister of Foreign
    Affairs"), else None."""
    said = _COUNTERPART.search(text)
    country = country_of_word(said["demonym"]) if said is not None else None
    title = people[person].title
    if country is None or title is None:
        return None
    words = frozenset(title.lower().split())
    office, rank = words & _OFFICE_WORDS, words & _RANK_WORDS
    if not office:
        return None
    holders = [
        i
        for i, other in enumerate(people)
        if i != person
        and other.country == country
        and other.title is not None
        and (other_words := frozenset(other.title.lower().split())) & office
        and other_words & _RANK_WORDS == rank
    ]
    return holders[0] if len(holders) == 1 else None


def _two_ministers(text: str, people: list[PersonFound]) -> list[int]:
    """ "The agriculture ministers of the two countries": the two people, of two countries,
    whose titles are that minister's; none unless exactly two."""
    said = _TWO_MINISTERS.search(text)
    if said is None:
        return []
    field_ = said["field"]
    offices = (f"minister of {field_}", f"{field_} minister")
    holders = [
        i
        for i, person in enumerate(people)
        if person.title is not None
        and person.country is not None
        and any(office in person.title.lower() for office in offices)
    ]
    if len(holders) > 2:
        # "Sylvania and Freedonia ..., the trade ministers of the two countries said": the two
        # of the countries the sentence names (not a third one's, named elsewhere)
        named = countries_of_words(text)
        holders = [i for i in holders if people[i].country in named]
    if len(holders) != 2 or people[holders[0]].country == people[holders[1]].country:
        return []
    return holders


def _delegation_member(
    qualifier: str, meetings: list[MeetingFound], people: list[PersonFound]
) -> int | None:
    """Who heads "the <qualifier> delegation": the one of the meeting told last of that
    country ("Danish") or whose title names it ("World Bank"), else the one person named of
    it ("the Porto delegation": the Mayor of Porto); None if unknown."""
    country = country_of_word(qualifier)
    pattern = re.compile(rf"\b{re.escape(qualifier)}\b", re.IGNORECASE)

    def of_it(index: int) -> bool:
        person = people[index]
        if country is not None:
            return person.country == country
        return person.title is not None and pattern.search(person.title) is not None

    if meetings:
        member = next((p for p in meetings[-1].participants if of_it(p)), None)
        if member is not None:
            return member
    if country is not None:
        return None  # (of a country: several of its people may be named)
    named = [i for i in range(len(people)) if of_it(i)]
    return named[0] if len(named) == 1 else None


# "began talks", "opened a round of negotiations": talks begun, as a verb of the two.
_BEGAN_TALKS: Final = (
    r"(?:began|opened|started)\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|consultations)"
)
# "After the event, the two ministers held talks with C", "The ministers also met D".
_THE_MINISTERS: Final = re.compile(
    r"(?:[^,]{0,40},\s+)?the\s+(?P<two>two\s+)?ministers\s+(?:also\s+|then\s+|later\s+)?"
    rf"(?:met|held|had|{_BEGAN_TALKS})\b"
)
_THE_TWO_MINISTERS: Final = re.compile(
    r"\bthe\s+two\s+ministers\s+(?:also\s+|then\s+|later\s+)?"
    rf"(?:met|held|had|co-?chaired|{_BEGAN_TALKS})\b"
)


# "Later, the foreign ministers met for lunch", "The two mayors then met": the holders
# of one office, named before.
_THE_OFFICES: Final = re.compile(
    r"(?:[^,]{0,40},\s+)?the\s+(?:two\s+)?(?P<office>chancellors|foreign\s+ministers|"
    r"prime\s+ministers|premiers|speakers|mayors|governors|ambassadors|vice\s+presidents)\s+"
    r"(?:also\s+|then\s+|later\s+)?(?:met|held|had|co-?chaired)\b"
)
_PLURAL_OFFICES: Final = words_of(
    "chancellors ministers premiers speakers mayors governors ambassadors presidents"
)


def _two_holders(
    offices: str, start: int, index: MentionIndex, people: list[PersonFound]
) -> list[int]:
    """The two people named before `start` whose titles hold the office (`offices` is its
    plural), when exactly two do; else []."""
    office = offices[:-1]
    named = dict.fromkeys(m.person for m in index.between(0, start))
    holders = [p for p in named if office in (people[p].title or "").lower().replace("-", " ")]
    return holders if len(holders) == 2 else []


def _two_ministers_named(
    low: str,
    start: int,
    index: MentionIndex,
    people: list[PersonFound],
    exclude: list[int] | None = None,
    *,
    said_two: bool = True,
) -> list[int]:
    """The two ministers (people whose titles say minister) named before `start`, of two
    countries, if the lower-case text says "the two ministers held talks" (or, without
    `said_two`, the caller found "the ministers held talks") and exactly two were named; with
    `exclude` (those the two met), the two such ministers named last before it, when more
    were named; else []."""
    if said_two and _THE_TWO_MINISTERS.search(low) is None:
        return []
    named = dict.fromkeys(m.person for m in index.between(0, start))
    ministers = [p for p in named if _is_minister(people[p])]
    if len(ministers) > 2 and exclude is not None:
        # "Minister A said ... Minister B said ... Then the two ministers held talks with
        # Minister C": the two told of last
        told = dict.fromkeys(
            m.person for m in reversed(index.between(0, start)) if m.person not in exclude
        )
        ministers = [p for p in told if _is_minister(people[p])][:2][::-1]
    if len(ministers) != 2 or people[ministers[0]].country == people[ministers[1]].country:
        return []
    return ministers


def _is_minister(person: PersonFound) -> bool:
    """Whether the person's title says minister."""
    return "minister" in (person.title or "").lower()


def _singular(office: str) -> str:
    """The office of one holder: "Ministers of Foreign Affairs" gives "Minister of Foreign
    Affairs"."""
    head, _, rest = office.partition(" ")
    return f"{head[:-1]} {rest}".rstrip()


# "In the afternoon, the Head of the Council had a telephone conversation with X".
_TITLE_SUBJECT: Final = re.compile(
    r"(?:[^,]{0,60},\s+)?[Tt]he\s+"
    r"(?P<title>[A-Z][\w-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w-]*){0,5})\s+"
    r"(?:also\s+|later\s+|then\s+|first\s+)?(?:met|received|held|hosted|had|welcomed|"
    # "Later, the Chairperson of the Council also called on Y"
    r"called\s+on)\b"
)


# "The head of Peru also met with X", "On Friday, the leader of Mongolia received X".
_HEAD_SUBJECT: Final = re.compile(
    r"(?:[^,]{0,60},\s+)?[Tt]he\s+(?:head|leader)\s+of\s+"
    # "The head of Peru", "The head of the Peruvian state", "the head of Peruvian state"
    r"(?:(?P<country>[A-Z][\w’'-]+)|(?:the\s+)?(?P<adjective>[A-Z][\w’'-]+)\s+state)\s+"
    r"(?:also\s+|later\s+|then\s+)?(?:met|received|held|hosted|had)\b"
)


_CITY_HOSTED: Final = re.compile(
    # ("Lima hosted talks between X and Y")
    r"(?:[^,]{0,40},\s+)?(?P<city>[A-Z][\w’'-]+)\s+hosted\s+(?:a|an|the|talks|negotiations)\b"
)


def _title_subject(text: str, people: list[PersonFound]) -> int | None:
    """The one person whose title, or one of its offices, is the sentence's subject ("the
    Head of the Council received X"), else None."""
    subject = _TITLE_SUBJECT.match(text)
    if subject is None:
        return None
    title = subject.group("title")
    holder = _sole_holder(title, people)
    if holder is None and " " not in title:
        # "The Chairperson first met X": the one whose office is that one's "of" a body
        # ("Chairperson of the Commission"), when no one else's opens so
        opens = f"{title.lower()} of "
        holders = [
            i
            for i, person in enumerate(people)
            if person.title is not None
            and any(
                part.strip().startswith(opens) for part in _TITLE_PARTS.split(person.title.lower())
            )
        ]
        holder = holders[0] if len(holders) == 1 else None
    return holder


_BRACKETED: Final = re.compile(r"\s*\([^()]*\)")
_ACADEMIC_AFTER: Final = re.compile(r"\s+(?:professor|doctor|dr\.?)$")


def _sole_holder(office: str, people: list[PersonFound]) -> int | None:
    """The one person whose title is the office or holds it as one of its offices (written
    in any case: "Head of the Council"), else None."""
    written = office.lower()
    holders = [
        i
        for i, person in enumerate(people)
        if person.title is not None
        and any(
            # ("Chairperson of the Assembly (Parliament)": an aside in brackets left out)
            # ("Chief Adviser Professor": an academic style after the office left out)
            _ACADEMIC_AFTER.sub("", _BRACKETED.sub("", part).strip()) == written
            for part in _TITLE_PARTS.split(person.title.lower())
        )
    ]
    return holders[0] if len(holders) == 1 else None


# "In Lima, the UNSR met with ...", "On 5 May, the SRSG travelled to X, where ...":
# an abbreviated office as the subject.
# "On Tuesday, the CM also met X": the Chief Minister, by the initials of the title.
_ABBREVIATION_SUBJECT: Final = re.compile(
    r"(?:[^,]{0,60},\s+)?(?:the\s+)?(?P<abbreviation>[A-Z]{2,6})\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:met|received|held|hosted|had|welcomed|visited|travell?ed|arrived|called\s+on|paid)\b"
)


def _abbreviated_holder(subject: re.Match[str], people: list[PersonFound]) -> int | None:
    """The one person whose title holds the subject's abbreviation in brackets ("United
    Nations Special Rapporteur (UNSR) on Water") or is written by its initials ("Chief
    Minister", CM), else None."""
    abbreviation = subject["abbreviation"]
    written = f"({abbreviation})"
    holders = [
        i
        for i, person in enumerate(people)
        if person.title is not None
        and (
            written in person.title
            or "".join(word[0] for word in person.title.split() if word[0].isupper())
            == abbreviation
        )
    ]
    return holders[0] if len(holders) == 1 else None


# "On the sidelines, the Minister of Tourism met with the Minister of Energy of X".
_TWO_OFFICES: Final = re.compile(
    r"(?:[^,]{0,60},\s+)?the\s+(?P<first>[A-Z][\w-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?"
    r"[A-Z][\w-]*){0,5})\s+(?:also\s+|later\s+|then\s+)?(?:met|held\s+talks)\s+(?:with\s+)?"
    r"the\s+(?P<second>[A-Z][\w-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w-]*){0,5})"
)


_OF_THE_STATE: Final = re.compile(
    r"\s+of\s+the\s+(?:Republic|Kingdom|State|Federation)(?=\s+of\s)"
)


def _office_of(title: str, people: list[PersonFound]) -> int | None:
    """The one person holding the office ("Minister of Energy"), its country named after it
    or not ("Minister of Energy of Chile"); None unless exactly one."""
    title = _OF_THE_STATE.sub("", title)  # "President of the Republic of Chile"
    at = title.find(" of ")
    while at > 0:
        # "Minister of Energy of Chile": the office, then its country
        office, named = title[:at], title[at + 4 :]
        if country_of_word(named) is not None:
            holder = _office_holder(office, named, people)
            if holder is not None:
                return holder
            title = office
            break
        at = title.find(" of ", at + 4)
    return _sole_holder(title, people)


def _two_offices(text: str, people: list[PersonFound]) -> list[int]:
    """The holders of the two offices the sentence says met, none named ("the Minister of
    Tourism met with the Minister of Energy of Chile"); [] unless both are known."""
    said = _TWO_OFFICES.match(text)
    if said is None:
        return []
    first, second = _office_of(said["first"], people), _office_of(said["second"], people)
    if first is None or second is None or first == second:
        return []
    return [first, second]


_REACHED_AT: Final = re.compile(
    r"the\s+(?:understanding|agreements?|decisions?|deal|accord)\s+"
    r"(?:(?:was|were)\s+(?:reached|taken|made)|came)\s+(?:at|during|in)\b"
)
# "Y, who headed a large business delegation": Y leads the delegation told next.
_WHO_LED: Final = re.compile(
    r",\s+who\s+(?:led|headed)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\b"
)
# "... during the talks at the ministry in Castelmar": the place of the talks told before.
# "The talks at the Prime Minister's Office in Dhaka were the first ...": the same.
_DURING_THE_TALKS: Final = re.compile(
    r"(?:\b(?:during|at)\s+|^)the\s+(?:talks|meeting|negotiations)\s+(?:at|in)\s"
)
_REACHED_WORDS: Final = words_of("reached came taken made")
_MISSION_LED: Final = re.compile(r"\b(?:[Mm]ission|team)\b[^.;]{0,20}?\s(?:led|headed)\s+by\b")
_TITLE_PARTS: Final = re.compile(r",|\s[–—-]\s")


def _speaker_label_end(body: str, start: int, index: MentionIndex) -> int:
    """Where the speaker's label of a transcript's line ends ("Li Wen: On May 3,
    ...") if the sentence at `start` opens with one, else -1."""
    colon = body.find(":", start, start + 60)
    named = index.between(start, colon) if colon > 0 else []
    if named and named[-1].end == colon and not body[start : named[0].start].strip():
        return colon
    return -1


def _sidelines(low: str, words: frozenset[str]) -> bool:
    """Whether the lower-case text (of `words`) tells of something "on the sidelines of" an
    event."""
    return not words.isdisjoint(_SIDELINES_WORDS) and _SIDELINES.search(low) is not None


def _event_noun(low: str, events: dict[str, tuple[dt.date | None, str | None]]) -> str | None:
    """The noun (a key of `events`) of the event named before that the lower-case text tells
    of something at ("on the sidelines of the forum", "after the session"); None if none."""
    at_event = _AT_EVENT.search(low) if events else None
    if at_event is None and events and "hosted" in low:
        at_event = _EVENT_HOSTED.match(low)  # "The forum also hosted a meeting between A and B"
    if at_event is None and events and "chaired" in low:
        at_event = _EVENT_CHAIRED.match(low)  # "The session was co-chaired by A and B"
    if at_event is None and events and "part" in low:
        at_event = _EVENT_PART.search(low)  # "A, B and C took part in the meeting"
    if at_event is None:
        return None
    if at_event.group("noun") in ("event", "meeting"):
        if ", whose " in low[: at_event.start()]:
            # "met Y, whose government pledged funds at the event": Y's side told, not where
            # they met
            return None
        return next(reversed(events))  # the event named last
    return at_event.group("noun")


def _event_at(
    low: str, events: dict[str, tuple[dt.date | None, str | None]]
) -> tuple[dt.date | None, str | None]:
    """The date and place of the event named before that the lower-case text tells of
    something at ("on the sidelines of the forum", "after the session"); Nones if none."""
    noun = _event_noun(low, events)
    return (None, None) if noun is None else events.get(noun, (None, None))


def _lower(text: str, sentence: Sentence) -> str:
    """`lower_same(text)`, the sentence's own when `text` is the whole sentence."""
    if text is sentence.text and len(sentence.low) == len(text):
        return sentence.low
    return lower_same(text)


# "the President of Peru laid a wreath at the memorial and then met with Y": an act of the
# subject's own before the meeting, between the subject and its verb.
_ACT_THEN: Final = re.compile(
    r"\s(?:laid|visited|toured|inspected|unveiled|planted|viewed|watched|attended|"
    r"got\s+acquainted|paid\s+tribute|took\s+part|familiari[sz]ed)\s[^,;]{0,120}?\s+and\s+"
    r"(?=(?:then|later|afterwards|subsequently|also)\s+(?:met|held|received|hosted|had)\b)"
)
_ACT_WORDS: Final = words_of(
    "laid visited toured inspected unveiled planted viewed watched attended acquainted paid "
    "took familiarized familiarised"
)


def _act_blanked(text: str, words: frozenset[str]) -> str:
    """`text` with the subject's own act before "and then met" made blanks (offsets kept), so
    that the subject stands before the meeting's verb."""
    if "and" not in words or words.isdisjoint(_ACT_WORDS):
        return text
    return _ACT_THEN.sub(lambda match: " " * len(match.group()), text)


def _kind(low: str, words: frozenset[str] | None = None) -> str | None:
    """The kind of the first pattern of `_KINDS` found in the lower-case text; `words`, when
    given, hold its runs of a-z (a_to_z_words: a sentence's own `low` and `words`)."""
    if words is not None:
        tried = _UNWORDED_KINDS
        for word in words.intersection(_KIND_WORDS):
            tried |= _KIND_BITS[word]
        at = 0
        while tried:
            if tried & 1:
                kind, needs, whole, pattern = _KINDS[at]
                if whole:
                    if pattern.search(low):
                        return kind
                else:
                    for word in needs:
                        if word in low:
                            if pattern.search(low):
                                return kind
                            break
            tried >>= 1
            at += 1
        return None
    for kind, needs, _, pattern in _KINDS:
        for word in needs:
            if word in low:
                if pattern.search(low):
                    return kind
                break
    return None


def _place(
    text: str, low: str | None = None, sentence_words: frozenset[str] | None = None
) -> str | None:
    """The city the text tells a meeting was held in, else None; `low` is
    `lower_same(text)` when the caller has it, `sentence_words` the lower-case words of the
    sentence the text is of (they rule out the cuts whose words it lacks)."""
    if low is None:
        low = lower_same(text)
    # (the sentence's words, when given, rule out a cut with one set lookup, where the
    # substrings are a scan of the text each)
    if sentence_words is None or not sentence_words.isdisjoint(_TOPIC_CUT_RUNS):
        for word in _TOPIC_CUT_WORDS:
            if word in low:
                cut = _TOPIC_CUT.search(low)
                if cut:
                    text = text[: cut.start()]
                break
    if sentence_words is None or not sentence_words.isdisjoint(_SAID_CUT_RUNS):
        for word in _SAID_CUT_WORDS:
            if word in low:
                said = _SAID_CUT.search(low)
                if said and said.start() < len(text) and _kind(low[: said.start()]) is not None:
                    text = text[: said.start()]
                break
    if (sentence_words is None or ("said" in sentence_words and "after" in sentence_words)) and (
        "said" in low and " after " in low
    ):
        # "Ruritania will open a centre in Valdora, the ministry said Monday, after X met Y in
        # Castelmar": what was reported is no meeting; the meeting is told after it
        said = _SAID_AFTER.search(low, 0, len(text))
        if said is not None and _kind(low[: said.start()]) is None:
            text, low = text[said.end() :], low[said.end() :]
    if "wh" in text:
        # "X, who is on a state visit to Peru, met Y in Lima": a closed clause is left
        # out; an open one ("Astana, which ...") ends the search.
        if "who" in text:  # (in every WHO_CLAUSE; "wh" is also in "which", "while", "when")
            text = WHO_CLAUSE.sub("", text)
        held_at = _MEETING_WHICH_HELD.match(text) if "which" in text else None
        if held_at is not None:
            # "During the meeting, which was held at the ministry in Velmora, the sides ...":
            # the clause tells where
            text = text[held_at.end() :]
        subject = _CLOSED_WHICH.match(text) if "which" in text else None
        if subject is not None:
            # "The delegation, which included heads of firms, held talks in Tacna": a closed
            # clause after the subject (a common noun, not a place) is left out.
            text = text[: subject.end("noun")] + text[subject.end() :]
        text = _CLAUSE.split(text, maxsplit=1)[0]
    # ("be" is in every match of _LATER_EVENT)
    if (sentence_words is None or "be" in sentence_words) and " held" in text:
        later = _LATER_EVENT.search(text)
        if later:
            text = text[: later.start()]
    if " since " in text:
        # "X received Y at City Hall, his first call since he arrived in Seoul": where an
        # earlier event was, not the meeting
        since = _SINCE_CLAUSE.search(text)
        if since is not None:
            text = text[: since.start()]
    if (sentence_words is None or not sentence_words.isdisjoint(_AGREED_WORDS)) and " to " in text:
        # "... held a meeting and agreed to convene the commission in Warsaw": where a
        # later event will be, not where they met.
        agreed = _AGREED_TO.search(text)
        if agreed and not _TALKS_HELD.search(text, agreed.end()):
            # (not "agreed to X during talks held in Lyon": where they were agreed; "A and B
            # agreed to X, Y said after receiving Z in Lima": the reception told after it)
            after = _AFTER_RECEIVING.search(text, agreed.end())
            text = text[after.start() :] if after else text[: agreed.start()]
    if ", " in text and " to " in text:
        # "X received Y at the ministry, to coordinate the agenda of the meeting in Lima":
        # where the event prepared will be, not where they met
        purpose = _PREPARING.search(text)
        if purpose is not None:
            text = text[: purpose.start()]
    for match in _PLACE.finditer(text):
        opens = match.start() - 1  # (where the "in" opens)
        if match["part"] and not is_city(match["place"].rstrip(".")):
            continue  # ("in the heart of Andean culture": no city)
        if _REGION_AFTER.match(text, match.end()) and not _city_owns(match["place"]):
            continue  # (not "in Tokyo's Minato district": a city's own district)
        if text.endswith(_COOPERATION_IN, 0, opens) and not is_city(
            match["place"].rstrip(".")  # ("... economic cooperation in Lima.": a city)
        ):
            continue  # "the MoU on Cooperation in Fisheries and Aquaculture": a field
        if text.endswith(_RESIDENT, 0, opens):
            continue  # "Ambassador to Peru (with residence in Quito)": where the envoy sits
        if text.endswith(_HEADED_OFFICES, 0, opens) and _HEAD_OF_OFFICE.search(
            text, max(0, opens - 80), opens
        ):
            continue  # "the Head of the Programme Office in Velmora, X, was received": a title
        after_venue = text.endswith(_VENUE_ENDS, 0, opens)
        words = match.group("place").split()
        # Stop at the first word that is not part of a city's name.
        kept: list[str] = []
        for word in words:
            low = word.lower().rstrip(".")
            if "-" in low and low.split("-", 1)[0] in MONTH_WORDS:
                break  # "in January-September": a period
            # ("in Italy Minister X Y": a title of office ends the city's name)
            if (
                low in ORG_WORDS
                or low in MONTH_WORDS
                or low in WEEKDAY_WORDS
                or low in TITLE_HEADS
            ) and not (
                # "in Mexico City", "in Kuwait City": the word ends a city's name
                kept and is_city(" ".join([*kept, word.rstrip(".")]))
            ):
                break
            # ("St. Petersburg": an abbreviation opening the name keeps its stop)
            kept.append(
                word if low in _NAME_ABBREVIATIONS and word != words[-1] else word.rstrip(".")
            )
        if not kept or len(kept) < len(words) or kept[-1] in _REGION_NAMES:
            continue
        if len(kept) > 1 and is_city(kept[0]) and not is_city(" ".join(kept)):
            continue  # "Consul General in Lima X Y": a title's city, then a name
        place = " ".join(kept)
        if text.startswith(",", match.start("place") - 2) and not is_city(place):
            continue  # "in the Chilean capital, X was received": a name after the comma
        if len(kept) > 1 and kept[0].endswith(("’s", "'s")) and country_of_word(kept[0][:-2]):
            place = " ".join(kept[1:])  # "in Azerbaijan's Gabala"
        elif len(kept) > 1 and kept[0].endswith(("’s", "'s")):
            if not is_city(kept[0][:-2]):
                continue  # "in Quito's Carondelet Palace", an owner not known as a city
            place = kept[0][:-2]  # "in Lima's Palace of Government": in Lima
        if place.endswith(("’s", "'s")) or (
            country_of_word(place) and place not in _CAPITALS_NAMED_AS_COUNTRY
        ):
            continue
        if after_venue and not is_city(place):
            # "at the ministry in Old Quay Square": a compound or quarter, no city; "at the
            # Castelmar Summer Palace in North Province": the city the venue is named by
            named = _VENUE_NAMED.search(text, 0, opens)
            name = named["name"].split() if named is not None else []
            for city in (" ".join(name[:2]), name[0]) if name else ():
                if is_city(city) and not country_of_word(city):
                    return city
            if text.startswith(", ", match.end()):
                # "at the presidential office in Old Quay, Valdora": the quarter, then its city
                city_after = _COMMA_CITY.match(text, match.end())
                if (
                    city_after is not None
                    and is_city(city_after["city"])
                    and not country_of_word(city_after["city"])
                ):
                    return city_after["city"]
            continue
        if text.startswith(", ", match.end()):
            # "in Lindgate, central Valdora": a district, then its city
            part_of = _PART_OF_CITY.match(text, match.end())
            if part_of is not None and is_city(part_of["city"]) and not is_city(place):
                return part_of["city"]
        if text.startswith(" ", match.end()):
            # "in Rio de Janeiro", "in Dar es Salaam": a city's name with a small word in it
            tail = _CITY_PARTICLE.match(text, match.end())
            if tail is not None and is_city(place + tail.group()):
                return place + tail.group()
        return place
    if " at the " in text:
        # "held talks at the Government Complex Seoul": a venue named with its city last
        city = _first_city(_AT_VENUE, text)
        if city is not None:
            return city
    if "Airport" in text:
        # "had a brief conversation at Lima Airport": the airport of the city it is named for
        city = _first_city(_AT_AIRPORT, text)
        if city is not None:
            return city
    if " at the " in text and ("border" in text or "checkpoint" in text):
        # "handed over at the Brenholt border crossing": the crossing's town
        crossing = _AT_CROSSING.search(text)
        if crossing is not None and not country_of_word(crossing["place"]):
            return crossing["place"]
    if " at " in text:
        # "at the Harbour Pavilion, Castelmar", "at Crown Lodge, Valdora": a venue, its city
        # "at the union's Castelmar headquarters": the city the venue is named by
        return (
            _first_city(_AT_VENUE_CITY, text)
            or _first_city(_CITY_VENUE, text)
            or _first_city(_AT_VENUE_QUARTER_CITY, text)
        )
    return None


def _joined_by_name(
    meeting: MeetingFound, low: str, low_at: int, joined: re.Match[str], index: MentionIndex
) -> None:
    """ "... continued in an expanded format with the participation of Foreign Minister A and
    Foreign Minister B": named themselves (not as members of the delegations), A and B took
    part in the talks told (`low` starts at `low_at` in the body)."""
    named = index.between(low_at + joined.end(), low_at + len(low))
    if (
        named
        and meeting.kind not in _REMOTE
        and not _AS_MEMBERS.search(low, joined.end(), named[0].start - low_at)
    ):
        meeting.participants.extend(
            dict.fromkeys(m.person for m in named if m.person not in meeting.participants)
        )


def _one_of_country(
    country: str, participants: list[int], people: list[PersonFound], *, all_known: bool
) -> int | None:
    """The one of `participants` of `country`, if exactly one is (and, with `all_known`, the
    country of each of them is known), else None."""
    of_told = [people[p].country for p in participants]
    if of_told.count(country) != 1 or (all_known and None in of_told):
        return None
    return participants[of_told.index(country)]


def _first_city(pattern: re.Pattern[str], text: str) -> str | None:
    """The first place `pattern` finds in `text` (its group "place") that is a city and no
    country, else None."""
    for venue in pattern.finditer(text):
        city = venue.group("place")
        if is_city(city) and not country_of_word(city):
            return city
    return None


# "... Plenary Session in Valdora", "... MEETING HELD IN CASTELMAR": a title closing with
# the city its event was in.
_TITLE_IN_CITY: Final = re.compile(
    r"(?<![\w-])(?:in|In|IN)\s+(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})[\s.!]*$"
)


def _title_city(above: list[Sentence]) -> str | None:
    """The city a title line above the dateline closes with ("... session in Valdora"), when
    the line tells of a meeting or an event; None if none."""
    for line in above:
        if " in " not in line.text.lower():
            continue
        closing = _TITLE_IN_CITY.search(line.text)
        if closing is None:
            continue
        city = closing["place"].rstrip(".")
        if city.isupper():
            city = city.title()  # "HELD IN CASTELMAR"
        low = lower_same(line.text[: closing.start()])
        if (
            is_city(city)
            and not country_of_word(city)
            and (_kind(low) is not None or _EVENT.search(low) is not None)
        ):
            return city
    return None


# "The Kremlin, Moscow" on a line of its own above a transcript (or closing its date line):
# the venue of the event the page reports, and its city.
_VENUE_LINE: Final = re.compile(
    r"(?:^|,\s+)(?:[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+){0,3}(?P<venue>[A-Z][\w’'-]+),\s+"
    r"(?P<city>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'-]+)?)\s*$"
)
_SEAT_WORDS: Final = words_of(
    "kremlin palace house residence hall chancellery presidency building complex akorda"
)


def _venue_line_city(above: list[Sentence]) -> str | None:
    """The city of a line above the dateline that names only a leader's seat and its city
    ("The Kremlin, Moscow", "Ak Orda Residence, Astana"), else None."""
    for sentence in above:
        if "," not in sentence.text:
            continue
        for line in sentence.text.split("\n"):
            venue = _VENUE_LINE.search(line.strip())
            if (
                venue is not None
                and venue["venue"].lower() in _SEAT_WORDS
                and is_city(venue["city"])
                and not country_of_word(venue["city"])
            ):
                return venue["city"]
    return None


def _byline_author(body: str, index: MentionIndex, before: int, main: int) -> int:
    """The author of a first-person release: the person a line of its own names above
    `before` with no more than a style of address ("Minister for Trade\nThe Hon Jane Roe MP\n
    \nToday I met ..."), else `main`, the one the text names first (its headline may name the
    one met: "Talks with Premier X")."""
    for mention in index.between(0, before):
        start = body.rfind("\n", 0, mention.start) + 1
        end = body.find("\n", mention.end)
        if end < 0 or end > before:
            continue
        on_line = index.between(start, end)
        if any(m.person != mention.person for m in on_line):
            continue
        rest = body[start : on_line[0].start].split() + body[on_line[-1].end : end].split()
        if all(word.lower() in _BYLINE_STYLE for word in rest):
            return mention.person
    return main


def find_meetings(
    body: str,
    sents: list[Sentence],
    people: list[PersonFound],
    mentions: list[Mention],
    published: dt.date | None,
    quote_spans: list[tuple[int, int]],
    dateline_end: int = 0,
    here: str | None = None,
) -> list[MeetingFound]:
    """Return the meetings the text reports as having happened, in text order; `here` is
    the dateline city, the place of a meeting held "here"."""
    meetings: list[MeetingFound] = []
    # Those who attended a meeting: (the meeting, the person, the sentence, whether it says
    # they spoke there)
    attendees: list[tuple[MeetingFound, int, int, bool]] = []
    context: _Context | None = None
    events: dict[str, tuple[dt.date | None, str | None]] = {}
    spanned_events: set[str] = set()  # events of several days ("held on 25-26 November")
    index = MentionIndex(mentions)  # people.py has referred roles to their holders
    # The one the brief is about: named first; a role it holds was referred back to it.
    main = index.mentions[0].person if index.mentions else None
    split_groups: set[int] = set()  # meetings of a host with guests met one by one
    # The sentence number, date and place of an event held somewhere, told with no one named.
    held_before: tuple[int, tuple[dt.date | None, str | None]] | None = None
    # The sentence, the one person named and the date and place of an event held somewhere.
    at_held_event: tuple[int, int, tuple[dt.date | None, str | None]] | None = None
    signed_on: dt.date | None = None  # the day of the first signing the text dates
    signed_at, signed_text = -1, ""  # the sentence that dates it
    signers: set[int] = set()  # the people named where a signing is told, from that one on
    signed_in: str | None = None  # where the sentence before said something was signed
    # The meeting of someone with "the presidents of A, B and C", and those countries.
    group_met: tuple[int, set[str]] | None = None
    # The two who signed ("A and B signed an agreement"), with the day and place told.
    signing: tuple[list[int], dt.date | None, str | None] | None = None
    signing_at = -1  # the sentence that signing is told in
    signed_together = -1  # the sentence of "A and B signed X on Monday (in Y)"
    visit: tuple[int, str] | None = None  # the sentence and city of a visit a meeting was on
    # The sentence, the one person and the city of "during the visit to Valdora of X".
    visiting: tuple[int, int, str] | None = None
    # The sentence, the visitor and the city of "X arrived in Lima on a state visit".
    arrival: tuple[int, int, str] | None = None
    last_named: list[int] = []  # the people named in the sentence before
    leader: int | None = None  # who leads the delegation the brief is about
    running = RunningDate(published)  # the day of the events told so far
    day_told_at = -1  # the sentence that last moved the running day
    sideline: MeetingFound | None = None  # the last meeting told at an event's sidelines
    two_ministers: list[int] | None = None  # "the two ministers" who met someone
    credentials_at = -1  # the sentence of "credentials were presented by A, B and C"
    # The lead: the sentence the dateline opens (none without a dateline).
    lead = (
        next((n for n, s in enumerate(sents) if s.end > dateline_end), -1) if dateline_end else -1
    )
    lead_start = sents[lead].start if lead >= 0 else dateline_end
    # The day a dateline gives ("CITY, 4 May —"), when it is not the page's own: the day
    # its "today" is.
    dateline_day = (
        find_date(body[lead_start:dateline_end], published)
        if published is not None and 0 <= lead_start < dateline_end
        else None
    )
    if (
        dateline_day is not None
        and published is not None
        and not dt.timedelta(days=1) <= published - dateline_day <= dt.timedelta(days=2)
    ):
        dateline_day = None
    # "Speaker takes part in the plenary session in Valdora" over "CASTELMAR, 3 May - ...
    # took part in the session held in the palace": where the event the lead tells was.
    lead_city = _title_city(sents[:lead]) if lead > 0 else None
    # "Talks at the highest level were held in Moscow" over a report with no dateline city
    # whose first meeting is held "in the Kremlin": the city the headline gives it.
    above = (
        sents[:lead]
        if lead > 0
        # (a headline: a line of its own, with no full stop)
        else sents[:1]
        if not dateline_end
        and len(sents) > 1
        and sents[1].paragraph != sents[0].paragraph
        and not sents[0].text.rstrip().endswith(".")
        else []
    )
    headline_city = (
        _title_city(above)
        if here is None and above and not any(_planned(line.low, line.words) for line in above)
        else None
    )
    # "The Kremlin, Moscow" above a transcript: where its first meeting was held.
    headline_city = headline_city or (_venue_line_city(sents[:lead]) if lead > 0 else None)
    day_of_report: set[int] = set()  # the meetings dated by the report alone
    scene: tuple[int, str] | None = None  # a short sentence naming only a city, and its city
    # The sentence, host, date and place of "X hosted the presidents of A, B and C".
    group_host: tuple[int, int, dt.date | None, str | None] | None = None
    # A summit told over sentences one after another ("X spoke at a summit ... . It was chaired
    # by A. B and C attended. D also addressed the meeting"): the sentence told last, those
    # named at it, the sentences and the summit's day and kind.
    summit: tuple[int, list[int], set[int], dt.date | None, str | None] | None = None
    for number, sentence in enumerate(sents):
        in_sentence = index.between(sentence.start, sentence.end)
        named_here = _persons_of(in_sentence)
        last_named, before_named = named_here, last_named
        text = sentence.text
        if _inside(sentence.start, quote_spans):
            # A sentence of a quotation: only what follows its end ("...,” X told a joint
            # press conference with Y) tells of a meeting.
            after = max((end for start, end in quote_spans if start <= sentence.start < end))
            if after >= sentence.end:
                continue
            text = text[after - sentence.start :]
        if sentence.start < dateline_end:
            text = text[dateline_end - sentence.start :]  # the dateline's date is not the event's
        if "(" in text and " in " in text:
            # "on Sunday (Monday in Auckland)": the day where others read of it, no place
            text = _LOCAL_TIME.sub(lambda match: " " * len(match.group()), text)
        event_low = "" if sentence.words.isdisjoint(_EVENT_WORDS) else _lower(text, sentence)
        event = _EVENT.search(event_low) if event_low else None
        if event and " held" in text and "be" in sentence.words and _LATER_EVENT.search(text):
            event = None  # "A business forum will be held in Porto in spring": not yet
        if event and event.group("noun") not in events:
            held = _HELD_IN.search(text)
            place_held = held.group("place") if held else None
            if place_held and country_of_word(place_held):
                place_held = None
            event_date = find_date(text, published, sentence.words or None)
            # "The forum, held on 25-26 November": on which of its days a meeting at it was,
            # the text does not say
            spanned = (
                event_date is not None
                and not sentence.words.isdisjoint(MONTH_WORDS)  # (a month is in every span)
                and DAY_SPAN.search(text) is not None
            )
            if spanned:
                event_date = None
            if event_date is None and number and sents[number - 1].paragraph == sentence.paragraph:
                # "Today the EU announced a package. It was presented at the forum in
                # Brussels": the sentence before, in the same paragraph, dates the event.
                prior = sents[number - 1]
                event_date = find_date(prior.text, published, prior.words or None)
            if event_date is None and number == lead and lead_start < dateline_end:
                # "PORT ALDEN, 3 May – X took part in the session held in the
                # palace": the event the dateline reports, on its day (not the page's)
                event_date = find_date(body[lead_start:dateline_end], published)
            found_at = (
                event_date,
                place_held
                or _place(text, event_low, sentence.words)
                or (lead_city if number == lead else None),
            )
            if any(found_at):
                # "the inauguration ceremony, held in Quito": either noun names it later
                nouns = [event.group("noun"), *_EVENT.findall(event_low, event.end())]
                for noun in dict.fromkeys(nouns):
                    events.setdefault(noun, found_at)
                    if spanned:
                        spanned_events.add(noun)
            if place_held and not named_here:
                # "A summit was held in X on Saturday." with no one named: the meeting told
                # next is the summit's.
                held_before = (number, found_at)
            elif place_held and found_at[0] is not None and len(named_here) == 1:
                # "X on Sunday witnessed ... on the sidelines of the forum held in Valdora": X's
                # meeting told next, with no day or place of its own, was there that day
                at_held_event = (number, named_here[0], found_at)
        if (
            signing is None
            and "signed" in sentence.words
            and "with" in sentence.words
            and len(named_here) == 2
            and _signed_with(text, sentence.end - len(text), in_sentence, body)
        ):
            # "A signed the agreement in Lima on Sunday with B": the two signed it together,
            # that day or there, so they met
            signing = (named_here, find_date(text, published, sentence.words), _place(text))
            signing_at = number
            if signing[1] is not None or signing[2] is not None:
                signed_together = number
        if (
            signing is None
            and "signed" in sentence.words
            and len(named_here) == 2
            and (
                _PAIR_SIGNED.match(text)
                # "Minister for Labour, Employment and Welfare A and Minister B signed": a
                # title with commas before the pair
                or _signers_pair(text, sentence.end - len(text), in_sentence, body)
            )
        ):
            # "A and B signed an agreement in Bukhara on Monday": the two signers, when and
            # where (for talks told "before the signing")
            signing = (named_here, find_date(text, published, sentence.words), _place(text))
            signing_at = number
            if (signing[1] is not None or signing[2] is not None) and _signers_pair(
                text, sentence.end - len(text), in_sentence, body
            ):
                # "A and B signed on Wednesday in Valdora a programme": the two signed it
                # together, that day or there, so they met
                signed_together = number
        elif (
            signing is not None
            and "ceremony" in sentence.words
            and not named_here
            and _CEREMONY_HELD.match(sentence.low)
        ):
            # "The ceremony took place in Osh on November 25": the signing's day and place
            signing = (
                signing[0],
                signing[1] or find_date(text, published, sentence.words),
                signing[2] or _place(text),
            )
        if len(named_here) == 1 and "visit" in sentence.words and " to " in text:
            # "The approval was announced during the visit to Valdora of X" (then "On
            # Saturday he held talks with Y": there)
            visit_of = _VISIT_TO_OF.search(text)
            if visit_of is not None and is_city(visit_of["place"]):
                visiting = (number, named_here[0], visit_of["place"])
        if named_here and "arrived" in sentence.words and "visit" in sentence.words:
            arrived_in = _ARRIVED_ON_VISIT.search(text)
            if arrived_in is not None and is_city(arrived_in["place"]):
                arrival = (number, named_here[0], arrived_in["place"])
        signed_before = signed_in
        signed_in = None
        if "signed" in sentence.words and "by" not in sentence.words:
            # "A and B signed an agreement in Karsk": where (for "The document was signed
            # by X and Y", told next)
            signed_in = _place(text, _lower(text, sentence), sentence.words)
        if "signed" in sentence.words:
            if signed_on is None:
                # (a lead told above the dateline, "A and B signed an agreement on Thursday.
                # ALMATY. November 27 – ...", is read whole: the dateline is not in it)
                signing_told = sentence.text if sentence.end <= dateline_end else text
                # "A and B on Friday signed a deal that replaces X when it ends on Dec. 31": the
                # day told with "on" first, when not after the report, is the signing's
                stated = day_stated(signing_told, sentence.words, published)
                signed_on = (
                    stated
                    if stated is not None and (published is None or stated <= published)
                    else find_date(signing_told, published, sentence.words)
                )
                signed_at, signed_text = number, signing_told
            if signed_on is not None:
                signers.update(named_here)
        if named_here and not sentence.words.isdisjoint(_SUMMIT_WORDS):
            summit = _summit_told(summit, number, sentence, text, named_here, published)
        day_told_earlier = running.told  # a day told by a sentence before this one
        # "..., where two days earlier she had met Y": a meeting before the events told,
        # whose day moves none of theirs
        low_here = sentence.low
        recalled_here = (
            ("had" in sentence.words and _HAD_MET.search(low_here) is not None)
            or ("after" in sentence.words and _CAME_AFTER.search(low_here) is not None)
            # "X recalled their telephone conversation of May 8": an earlier event's day
            or (
                not sentence.words.isdisjoint(_RECALL_WORDS)
                and _RECALLED_EVENT.search(low_here) is not None
            )
        )
        kept_day = running.date, running.told
        # "Earlier in the day, X called on Y to brief him on the summit held on 26 May": the
        # day told last; a day in a later clause is another event's
        that_day = (
            running.date
            if running.date is not None
            and "day" in sentence.words
            and (opening := _THAT_DAY_OPENING.match(sentence.low)) is not None
            and find_date(sentence.text[: opening.end()], published) is None
            else None
        )
        day_moved = running.read(text, sentence.words)
        if that_day is not None:
            running.date = that_day
        if recalled_here:
            running.date, running.told = kept_day
            day_moved = False
        if running.date != kept_day[0]:
            day_told_at = number
        if (
            meetings
            and meetings[-1].date is None
            and meetings[-1].sentence >= number - 3
            and "on" in sentence.words
            and not sentence.words.isdisjoint(_TOLD_AGAIN_WORDS)
            and (again := _TOLD_AGAIN_ON.search(sentence.low)) is not None
        ):
            # "X has spoken by phone with Y. An aide said the call on Monday ran for an
            # hour": the day of the meeting just told
            meetings[-1].date = find_date(
                sentence.text[again.start() : again.end() + 40], published
            )
        if "today" in sentence.words and meetings and published and _LATER_TODAY.search(text):
            # "Later today, X is scheduled to meet Y": the meetings told before, with no day
            # of their own, were today
            for found in meetings:
                found.date = found.date or published
        if "represented" in sentence.words and meetings:
            _represented(meetings[-1], number, sents, text, index, quote_spans)
        if (
            "delegation" in sentence.words
            and meetings
            and not sentence.words.isdisjoint(_INCLUDED)
        ):
            _delegation_included(meetings[-1], number, sents, index, quote_spans)
        if (
            "accompanied" in sentence.words
            and meetings
            and (
                _accompanied_in(meetings, sentence, index, quote_spans)
                or _accompanied_on_call(meetings[-1], sentence, index, quote_spans)
            )
        ):
            continue  # "X was accompanied in both meetings by Y": Y joined those, no new one
        if (
            leader is None
            and ("mission" in sentence.words or "team" in sentence.words)
            and "led" in sentence.words
        ):
            # "The mission, led by X, visited Almaty": X leads the delegation told next
            mission = _MISSION_LED.search(text)
            if mission is not None:
                after = sentence.end - len(text) + mission.end()
                leader = next((m.person for m in index.between(after, after + 80)), None)
        if (
            leader is None
            and "delegation" in sentence.words
            and ("led" in sentence.words or "headed" in sentence.words)
        ):
            # "Contracts were signed during the visit of a delegation led by X": X leads the
            # delegation told next ("The delegation held talks with Y")
            led_by = _LED_BY.search(text)
            if led_by is not None:
                after = sentence.end - len(text) + led_by.end()
                leader = next((m.person for m in index.between(after, sentence.end)), None)
            elif (who_led := _WHO_LED.search(text)) is not None:
                # "talks with Y, who headed a large business delegation": Y leads it
                named_before = index.between(
                    sentence.start, sentence.end - len(text) + who_led.start()
                )
                leader = named_before[-1].person if named_before else None
        if (
            not named_here
            and len(sentence.words) <= 10
            and not sentence.words.isdisjoint(_SCENE_VERBS)
        ):
            # "The year opened in Lima. On March 9, X held talks with Y", "Russia came
            # to Astana a month later": a short sentence naming no one sets where the meeting
            # told next was
            set_in = _SCENE.search(text)
            if (
                set_in is not None
                and is_city(set_in["city"])
                and _kind(sentence.low, sentence.words) is None
            ):
                scene = (number, set_in["city"])
        if (
            len(named_here) == 1
            and not sentence.words.isdisjoint(_GROUP_NOUNS)
            and _GROUP_OBJECT.search(sentence.low)
        ):
            # "X hosted the presidents of A, B and C in Kiel on Friday": the host of the
            # leaders the next sentence names
            group_host = (number, named_here[0], find_date(text, published), _place(text))
        took_part = (
            bool(meetings)
            and not sentence.words.isdisjoint(_TOOK_PART_WORDS)
            and _TOOK_PART_IN_THE.search(sentence.low) is not None
        )
        if meetings and (
            "attended" in sentence.words
            or "joined" in sentence.words
            or ("also" in sentence.words and not sentence.words.isdisjoint(_PART_WORDS))
            or took_part
            or ("who" in sentence.words and not sentence.words.isdisjoint(_TOOK_PART_WORDS))
        ):
            # "Senior Minister X also attended the meeting", "X, who also attended, said":
            # one who attended the meeting just told (the one told last) took part in it if
            # the text reports them speaking there (one only listed as present did not)
            joined_meeting = meetings[-1]
            if running.told and running.date is not None and joined_meeting.date != running.date:
                # "On Sunday the two had dinner. On Monday they met in a narrow format, then
                # with their delegations; A and B also took part in the talks": the meeting
                # of the day told since, not the one told last
                joined_meeting = next(
                    (m for m in reversed(meetings) if m.date == running.date), joined_meeting
                )
            attending = _attendees(sentence, index, quote_spans, joined_meeting.kind in _REMOTE)
            attendees.extend(
                (joined_meeting, person, number, now)
                for person, now in attending
                if person not in joined_meeting.participants
                and (now or joined_meeting.sentence >= number - 3)
            )
            if attending and "meetings" in sentence.words and _attended_all(sentence.low):
                # "A and B were also present in the meetings": in each of the meetings told
                # before of the one in the last (the host of them all)
                for found in _meetings_of_host(meetings)[:-1]:
                    attendees.extend(
                        (found, person, number, now)
                        for person, now in attending
                        if person not in found.participants
                    )
        if (
            "ceremony" in sentence.words
            and not named_here
            and meetings
            and meetings[-1].sentence >= number - 2
            and meetings[-1].place is None
            and _THE_MEETING_HELD.match(sentence.low)
        ):
            # "X held talks with Y. The official welcoming ceremony took place at the Bergen
            # residence in Oslo": where the talks were held
            meetings[-1].place = _place(text)
        if (
            meetings
            and "which" in sentence.words
            and meetings[-1].place is None
            and meetings[-1].sentence >= number - 2
            and meetings[-1].kind not in _REMOTE
            and (which_held := _WHICH_TOOK_PLACE.search(text)) is not None
        ):
            # "X met Y. '...,' X said at the start of the meeting, which took place at the
            # palace in Castelmar": where the meeting just told was held
            meetings[-1].place = _place(text[which_held.end() :])
        if (
            meetings
            and (meetings[-1].date is None or len(meetings) - 1 in day_of_report)
            and sentence.low.startswith(("following ", "after "))
            and _AFTER_THE_MEETING_ON.match(sentence.low)
        ):
            # "X received Y. ... Following the meeting on Tuesday, the two sides signed": that
            # Tuesday, rather than the report's day
            told_on = find_date(text, published, sentence.words)
            if told_on is not None:
                meetings[-1].date = told_on
                day_of_report.discard(len(meetings) - 1)
        # "The first call, on Monday, was with X", "The week ended with a call on Friday to X":
        # a call of the one the brief is about, who is not named in the sentence
        call_of_main = (
            "call" in sentence.words
            and main is not None
            and len(named_here) == 1
            and named_here[0] != main
            and _CALL_WITH.match(sentence.low) is not None
        )
        if sentence.words.isdisjoint(_TRIGGER_WORDS) and not (
            ("signed" in sentence.words and ("by" in sentence.words or "for" in sentence.words))
            or ("agreed" in sentence.words and "and" in sentence.words)
            or (group_host is not None and group_host[0] == number - 1)
            or signed_together == number
            or call_of_main
        ):
            continue
        full = len(text)
        text = strip_attribution(text, sentence.words)
        aide_tells = False
        if len(text) < full and not sentence.words.isdisjoint(_TELLER_WORDS):
            # "X met Y, the spokeswoman of the ministry, Z, said": Z (named beside the
            # office, either side of it) tells of the meeting, as "..., Z said" does
            apposed = _APPOSED_TELLER.search(text)
            if apposed is not None:
                text = text[: apposed.start()]
                aide_tells = True
        low = plain_low = _lower(text, sentence)
        if "next" in sentence.words:
            low = _NEXT_AS_TOPIC.sub(_blank_event, low)
        if (
            "attended" in sentence.words
            or "joined" in sentence.words
            or ("also" in sentence.words and not sentence.words.isdisjoint(_PART_WORDS))
        ):
            low = _ATTENDED_THE.sub(lambda match: " " * len(match.group()), low)
            if "were" in sentence.words:
                # "They were joined in the talks by Y": of the talks told, no other
                low = _WERE_JOINED_BY.sub(lambda match: " " * len(match.group()), low)
        if took_part:
            # "A and B took part in the talks, as did C": those present at the meeting
            # told before, no meeting of their own
            low = _TOOK_PART_IN_THE.sub(lambda match: " " * len(match.group()), low)
        if "led" in sentence.words or "headed" in sentence.words:
            low = _WHO_LED_TALKS.sub(lambda match: " " * len(match.group()), low)
        # (the sentence's words are its own lower case's: of `low` when nothing was cut or
        # blanked out of it)
        kind = _kind(low, sentence.words if low is sentence.low else None)
        delegations = (
            "delegations" in sentence.words
            and bool(meetings)
            and len(meetings[-1].participants) == 2
            and _DELEGATIONS_ATTENDED.match(plain_low) is not None
        )
        if delegations:
            kind = kind or "meeting"  # "The delegations attended the meeting of the X council"
        if kind is not None and low.startswith(_AROUND_WORDS):
            # "Before the talks, X held a welcome ceremony for Y": the talks told before; what
            # happened around them is a meeting only if its own words say so
            around = _AROUND_THE_MEETING.match(low)
            kind = _kind(low[around.end() :]) if around is not None else kind
        if (
            kind is None
            and "spoke" in sentence.words
            and meetings
            and meetings[-1].kind in _REMOTE
            and _SPOKE_WITH.search(low)
        ):
            kind = meetings[-1].kind  # "The Minister then spoke with B", after a call with A
        if (
            kind is None
            and "spoke" in sentence.words
            and _titled_after(_SPOKE_WITH, low, sentence.end - full, index, body)
        ):
            # "President X spoke today with President Y": a conversation (not "spoke with
            # reporters about Y's visit")
            kind = "talks"
        if (
            kind is None
            and "joined" in sentence.words
            and not sentence.words.isdisjoint(_JOINED_FOR)
            and meetings
            and _JOINED_BY.search(low) is not None
        ):
            # "the two were joined in X by Y for three-way talks": talks of the three
            kind = "talks" if "talks" in sentence.words else "meeting"
        if kind is None and "paid" in sentence.words:
            kind = _visit_to_person(low, sentence.end - full, index, body)
        if kind is None and "called" in sentence.words:
            kind = _called_person(low, sentence.end - full, index, body)
        if kind is None and call_of_main:
            kind = "phone call"
        welcomed_to: str | None = None
        if kind is None and "welcomed" in sentence.words:
            welcomed_to = _welcomed_to_city(low, sentence.end - full, index, body)
            kind = "meeting" if welcomed_to else None
        welcomed_guest: int | None = None
        if (
            kind is None
            and "welcomed" in sentence.words
            and context is not None
            and context.sentence == number - 1
            and not context.used_by
            and _WELCOMED_GUESTS.search(low) is not None
        ):
            welcomed_guest = context.person
        if (
            kind is None
            and "by" in sentence.words
            and not sentence.words.isdisjoint(_CREDENTIALS_WORDS)
            and context is not None
            and context.sentence == number - 1
            and not context.used_by
            and context.credentials
            and _CREDENTIALS_PRESENTED_BY.match(low) is not None
        ):
            # "X received copies of the credentials of the new ambassadors of three countries.
            # Copies of credentials were presented by A, B and C": the guests X received
            welcomed_guest = context.person
            credentials_at = number
        if welcomed_guest is not None:
            kind = "meeting"  # the guests of the meeting told just before, by its host
        if kind == "handover" and not _handed_over(low, sentence.end - full, index, body):
            kind = None  # (not "A message from X was handed over by the envoy to Y")
        if kind is None and "signed" in sentence.words and "by" in sentence.words:
            kind = _signing(text, low, published)
        documents_day: dt.date | None = None
        if (
            kind is None
            and number
            and "signed" in sentence.words
            and "by" in sentence.words
            and "signed" in sents[number - 1].words
            and sents[number - 1].paragraph >= sentence.paragraph - 1
            and _THE_DOCUMENTS_SIGNED_BY.match(low) is not None
        ):
            # "A and B signed nine documents on Wednesday in X. The documents were signed by
            # Minister C and Deputy Prime Minister D": those two met to sign them, that day
            prior = sents[number - 1]
            prior_text = prior.text[max(0, dateline_end - prior.start) :]
            documents_day = find_date(prior_text, published, prior.words or None)
            kind = "signing" if documents_day is not None else None
        if kind is None and signed_together == number:
            kind = "signing"
        if kind is None and "countries" in sentence.words and _AT_TALKS.search(low):
            # "The agriculture ministers of the two countries discussed it at talks"
            kind = "talks" if _TWO_MINISTERS.search(text) else None
        hosted = group_host if group_host is not None and group_host[0] == number - 1 else None
        if (
            kind is None
            and hosted is not None
            and hosted[1] in named_here
            and len(named_here) >= 3
        ):
            kind = "meeting"  # "A, B and C signed a declaration with X (the host)"
        if (
            kind is None
            and "also" in sentence.words
            and len(named_here) == 1
            and meetings
            and meetings[-1].sentence == number - 1
            and named_here[0] not in meetings[-1].participants
            and _ALSO_TOOK_PART.search(low)
        ):
            # "The delegation was led by Y. Z also took part.": Z joined the meeting just told
            meetings[-1].participants.append(named_here[0])
            continue
        if kind is not None and "who" in sentence.words and _planned(low, sentence.words):
            # "X, who met Y in Paris earlier on Monday, was due to hold talks with Z": the
            # meeting the clause tells happened; what the sentence goes on to plan did not
            who_met = _WHO_MET_THEN.search(low)
            if who_met is not None and not _planned(low[: who_met.end()], sentence.words):
                text, low = text[: who_met.end()], low[: who_met.end()]
                kind = _kind(low)
        if (
            kind is None
            and meetings
            and meetings[-1].sentence >= number - 2
            and "participation" in sentence.words
            and (joined_talks := _JOINED_TALKS.match(low))
        ):
            # "The negotiations began one-on-one and continued with the participation of A"
            _joined_by_name(meetings[-1], low, sentence.end - full, joined_talks, index)
            continue
        if kind is None or _planned(low, sentence.words) or _TO_HOLD.match(low):
            continue  # (an item of what the sides agreed: "to hold the next meeting in Lima")
        wished = None if sentence.words.isdisjoint(_WISHED_WORDS) else _WISHED_MEETING.search(low)
        if wished is not None and _kind(low[: wished.start()]) is None:
            continue  # "she was open to a meeting with President Y": none held yet
        if (
            "meetings" in sentence.words
            and _COUNTED.search(low)
            and _kind(_COUNTED.sub(lambda match: " " * len(match.group()), low)) is None
        ):
            # "A and B held, between them, more than 40 bilateral meetings": a tally of
            # meetings with others, none of them with each other
            continue
        if meetings and (
            (
                low.startswith(("present ", "also ", "taking ", "participating "))
                and _PRESENT_AT.match(low)
            )
            or ("presence" in sentence.words and _HELD_IN_PRESENCE.match(low))
        ):
            # "Present at the talks were A and B", "The meeting was held in the presence of
            # A and B": those present at the meeting told
            continue
        if meetings and low.startswith(("at ", "during ", "in ")) and _OF_THE_MEETING.match(low):
            if (
                meetings[-1].place is None
                and meetings[-1].sentence == number - 1
                and "which" in sentence.words
                and _MEETING_WHICH_HELD.match(text)
            ):
                # "During the meeting, which was held at the ministry in Velmora, ...": there
                meetings[-1].place = _place(text)
            continue  # "At the beginning of the meeting, X conveyed the greetings of Y"
        if (
            meetings
            and "participation" in sentence.words
            and (joined_talks := _JOINED_TALKS.match(low))
        ):
            # "The talks continued with the participation of the delegations, including A
            # and B": attendees of the talks told, no meeting of their own
            if meetings[-1].sentence >= number - 2:
                _joined_by_name(meetings[-1], low, sentence.end - full, joined_talks, index)
            if meetings[-1].sentence >= number - 2 and _HELD_AT_ON.match(low):
                # "The talks, held at the Palace on November 23, began in a one-on-one
                # format and continued with ...": the day (not the report's) and place
                told_on = find_date(text, published, sentence.words)
                if told_on is not None and len(meetings) - 1 in day_of_report:
                    meetings[-1].date = told_on
                    day_of_report.discard(len(meetings) - 1)
                meetings[-1].place = meetings[-1].place or _place(text)
            continue
        attended = "attended" in low and _ATTENDED.search(low) is not None
        in_the_room = -1  # where a call's clause of those also attending opens
        if attended and kind is not None and "which" in sentence.words:
            which = _WHICH_ATTENDED.search(low)
            if which is not None and _kind(low[: which.start()]) is not None:
                attended = False  # the meeting told before the clause is this sentence's
                if kind in _REMOTE:
                    # (those attending a call are in the room of one of the two who talked,
                    # as _attendees reads "A also attended the video conference")
                    in_the_room = which.start()
        # "The heads of four railways held a meeting in Tbilisi. The meeting was attended by
        # A, B, C and D": the ones who held it, named.
        attendees_named = (
            attended
            and context is not None
            and context.unnamed_just_before(number)
            and _MEETING_ATTENDED.match(low) is not None
        )
        if (
            attended
            and not attendees_named
            and (meetings or context is None or context.person is None or bool(context.used_by))
            and not ("who" in sentence.words and _WHO_MET.search(low))
        ):
            # "The meeting was attended by X and Y": the guests of a meeting told before, or
            # of an event; only someone's reception told before ("X received the credentials
            # of ...") is met by those attending.
            if (
                credentials_at >= 0
                and meetings
                and meetings[-1].sentence == credentials_at
                and "ceremony" in sentence.words
                and _CEREMONY_ATTENDED.match(low) is not None
            ):
                # "Copies of credentials were presented by A, B and C. The ceremony was
                # attended by D and E": at that reception too, as after "X received the
                # credentials of A, B and C"
                meetings[-1].participants.extend(
                    p for p in named_here if p not in meetings[-1].participants
                )
            continue
        # "A delegation of X led by Y": read once, for its leader and for a chaired meeting.
        led = _LED_BY.search(low) if "delegation" in sentence.words else None
        if leader is None and led is not None:
            after = sentence.end - full + led.end()
            leader = next((m.person for m in index.between(after, sentence.end)), None)
        participants: list[int] = []
        attribution_at = sentence.end - (full - len(text))
        text_at = attribution_at - len(text)  # where `text` starts in the body
        reporters: list[int] = []
        named_at: dict[int, int] = {}
        label_end = _speaker_label_end(body, sentence.start, index) if ":" in text else -1
        facility = not sentence.words.isdisjoint(_FACILITY_WORDS)
        memorial = not sentence.words.isdisjoint(_MEMORIAL_WORDS)
        for mention in in_sentence:
            if mention.person in participants or _inside(mention.start, quote_spans):
                continue
            if facility and mention.kind != "role" and _FACILITY_AFTER.match(body, mention.end):
                continue  # "met X at the Y Z Avenue": a place named after Y
            if memorial and _MEMORIAL_OF.search(body, max(0, mention.start - 60), mention.start):
                continue  # "laid a wreath at the monument to poet Y": Y was not there
            if mention.start < label_end:
                continue  # "Li Wen: On May 3, A and B co-chaired ...": who tells it
            if mention.start >= attribution_at:
                reporters.append(mention.person)  # "..., press secretary X wrote"
            else:
                participants.append(mention.person)
                named_at[mention.person] = mention.start
        if "ahead" in sentence.words and len(participants) > 2:
            # "X received a copy of the credentials of Y, ahead of presenting them to King
            # Z": Z is met later, not here
            ahead = _AHEAD_OF.search(low)
            if ahead is not None:
                met_here = [p for p in participants if named_at[p] < text_at + ahead.start()]
                participants = met_here if len(met_here) >= 2 else participants
        if participants and "followed" in sentence.words and "attended" in sentence.words:
            # "The two held talks, followed by a reception attended by A and B": A and B
            # were at the reception, not at the talks
            followed = _FOLLOWED_ATTENDED.search(low)
            if followed is not None:
                participants = [
                    p for p in participants if named_at[p] < text_at + followed.start()
                ]
        if in_the_room >= 0:
            participants = [p for p in participants if named_at[p] < text_at + in_the_room]
        if welcomed_guest is not None and welcomed_guest not in participants:
            participants.insert(0, welcomed_guest)  # the guest, then the host who welcomed
            named_at[welcomed_guest] = text_at - 1  # named before this sentence
        if "invitation" in sentence.words and len(participants) >= (2 if kind == "visit" else 3):
            # "X is on an official visit to China at the invitation of Y": the visit is to
            # the country; Y invited it ("X, on a visit at the invitation of Emperor Y, held
            # talks with Z": nor is Y at the talks)
            inviter = _named_after(_INVITATION_OF, low, text_at, index, body)
            if inviter is not None and inviter.person in participants:
                participants.remove(inviter.person)
        if not sentence.words.isdisjoint(_GREETING_WORDS) and len(participants) >= 2:
            # "X conveyed warm greetings from President Y": Y sent them, and was not there.
            sender = _named_after(_GREETINGS_FROM, low, text_at, index, body)
            if sender is not None and sender.person in participants:
                participants.remove(sender.person)
        if "behalf" in sentence.words and len(participants) >= 2:
            # "chaired by X on behalf of the High Representative": the one X stood in for was
            # not there.
            absent = _named_after(_ON_BEHALF_OF, low, text_at, index, body)
            if absent is not None and absent.person in participants:
                participants.remove(absent.person)
        if (
            len(participants) >= 2
            and "presence" in sentence.words
            and "signed" not in sentence.words
            and "signing" not in sentence.words
        ):
            # "X met Y in the presence of A and B": A and B attended a meeting of X and Y (at a
            # signing, those present are the ones who met).
            present = _IN_PRESENCE_OF.search(low)
            if present is not None:
                at = text_at + present.start()
                kept = [p for p in participants if named_at[p] < at]
                # ("The two sides held talks in the presence of A, B and C": those present
                # did not hold them; the two named before did)
                participants = kept if len(kept) >= 2 or not kept else participants
        if (
            participants
            and "attend" in sentence.words
            and not sentence.words.isdisjoint(_NOT_WORDS)
        ):
            # "X is at the 24th meeting of the council, which President Y did not attend": Y
            # was not there
            for stayed_away in _DID_NOT_ATTEND.finditer(low):
                start = text_at + max(low.rfind(",", 0, stayed_away.start()), 0)
                end = text_at + stayed_away.start()
                participants = [p for p in participants if not start <= named_at[p] < end]
        if len(participants) > 2 and "discussed" in sentence.words:
            # "X discussed with Y the agenda of the visit of Z": X and Y talked, of Z.
            discussed = _DISCUSSED_WITH.search(low)
            if discussed is not None:
                at = text_at + discussed.end()
                later = [p for p in participants if named_at[p] >= at]
                participants = [p for p in participants if named_at[p] < at] + later[:1]
        if len(participants) > 2 and ", and " in low:
            # "A met B in Lima in 2019, and Chancellor C hosted the leaders in Quito": C,
            # the subject of a clause of its own, was not at A's meeting with B
            for own_clause in _AND_OWN_CLAUSE.finditer(low):
                start, end = text_at + own_clause.start(), text_at + own_clause.end(1)
                if any(start <= named_at[p] < end for p in participants) and _kind(
                    low[: own_clause.start()]
                ):
                    # (the clause before tells a meeting of its own: "A, B, and C held
                    # talks" is one list of those who held them)
                    kept = [p for p in participants if named_at[p] < start]
                    participants = kept if len(kept) >= 2 else participants
                    break
        if len(participants) > 2 and not sentence.words.isdisjoint(_CLAIM_WORDS):
            # "X met Y, a week after a referendum that critics and Z claim was unfair": Z, in
            # the clause of a claim about something else, was not at the meeting
            for claim in _CLAIM_CLAUSE.finditer(low):
                start, end = text_at + claim.start(), text_at + claim.end()
                kept = [p for p in participants if not start <= named_at[p] < end]
                participants = kept if len(kept) >= 2 else participants
        if len(participants) == 2 and not sentence.words.isdisjoint(_SPOUSE_WORDS):
            # "X and his wife Y met a group of students": the couple met others, not each
            # other
            second = max(participants, key=lambda p: named_at[p])
            if _SPOUSE_BEFORE.search(body, max(0, named_at[second] - 20), named_at[second]):
                participants = [p for p in participants if p != second]
        if len(participants) > 2 and not sentence.words.isdisjoint(_ACCOMPANYING_WORDS):
            # "Minister A, who is accompanying President B, met C": B, named in the clause of
            # whom A travels with, was not at A's meeting with C
            for clause in _ACCOMPANYING_CLAUSE.finditer(low):
                start, end = text_at + clause.start(), text_at + clause.end()
                kept = [p for p in participants if not start <= named_at[p] < end]
                participants = kept if len(kept) >= 2 else participants
        if len(participants) > 2 and "where" in sentence.words and ", where" in low:
            # "X met Y at a forum, where Minister Z said ...": Z spoke there, did not meet X
            for clause in _WHERE_SAID_CLAUSE.finditer(low):
                start, end = text_at + clause.start(), text_at + clause.end()
                kept = [p for p in participants if not start <= named_at[p] < end]
                participants = kept if len(kept) >= 2 else participants
        if " that " in low and not sentence.words.isdisjoint(_TOLD_WORDS):
            # "Aide X told reporters that on Tuesday Y and Z had dinner": X tells, Y and Z met.
            told = _TOLD_THAT.search(low)
            if told:
                teller = [p for p in participants if named_at[p] < text_at + told.start()]
                if len(participants) - len(teller) >= 2:
                    participants = [p for p in participants if p not in teller]
        if low.startswith("according to"):
            # "According to press secretary X, who wrote about the meeting, Y ...": X tells
            source = _ACCORDING_TO.match(low)
            if source is not None:
                participants = [p for p in participants if named_at[p] >= text_at + source.end()]
        if delegations and len(participants) <= 1:
            # "On Wednesday, the delegations attended the meeting of the business council,
            # chaired by Z": the two who led them (who met just before) met Z there
            participants = meetings[-1].participants + [
                p for p in participants if p not in meetings[-1].participants
            ]
        if len(participants) < 2 and not aide_tells:
            # (an aide named beside the office is no one met, whoever the subject turns out
            # to be: "The President of X met Y, the press secretary, Z, reported")
            participants += [r for r in reporters if r not in participants]
        the_two = (
            not participants
            and len(before_named) == 2
            and (
                ("two" in sentence.words and _THE_TWO.search(low) is not None)
                or (
                    not sentence.words.isdisjoint(_THEY_WORDS) and _THEY_MET.match(low) is not None
                )
                # "The talks between the Presidents were held in Quito"
                or ("between" in sentence.words and _BETWEEN_THE.search(low) is not None)
            )
        )
        if (
            not the_two
            and len(participants) == 1
            and len(before_named) == 2
            and participants[0] in before_named
            and "two" in sentence.words
            and (two_met := _THE_TWO_MET.match(low)) is not None
            and named_at.get(participants[0], -1) >= text_at + two_met.end()
        ):
            # "The two leaders met in Lima, a year after A's visit to Quito": the two named
            # just before, one of them named again after the meeting is told
            the_two = True
        pair_told_last = False  # the two of the sentence are those of the meeting told last
        if (
            not the_two
            and participants
            and "two" in sentence.words
            and not sentence.words.isdisjoint(_OCCASION_WORDS)
            and (two_met := _THE_TWO_MET.match(low)) is not None
            and (
                when := (
                    _WHEN_CLAUSE.search(low, two_met.end())
                    or _ATTENDING_CLAUSE.search(low, two_met.end())
                )
            )
            is not None
            and all(named_at.get(p, -1) >= text_at + when.start() for p in participants)
        ):
            # "The two ministers last met in Lima in 2022, when A accompanied B there": the
            # two named before (or who met in the meeting told before); those of the clause
            # only tell the occasion
            if len(before_named) == 2:
                the_two = True
            elif meetings and len(meetings[-1].participants) == 2:
                participants = list(meetings[-1].participants)
                pair_told_last = True
        if (
            not participants
            and not the_two
            and not sentence.words.isdisjoint(_HEADS_WORDS)
            and _THE_HEADS.search(low) is not None
        ):
            # "A will pay a visit to B's country. ... On Tuesday, A will address parliament.
            # The two presidents spoke by phone on Sunday": the two heads of state named so
            # far, whoever the sentence before named
            participants = _heads_of_state(people, index.between(0, sentence.start))
        if the_two:
            participants = list(before_named)  # "A and B attended. ... the two officials met"
            if not sentence.words.isdisjoint(_HEADS_WORDS) and _THE_HEADS.search(low):
                # "X was received by Speaker Y. The next day, the two presidents met": the two
                # heads of state named so far, when those named just before are not them
                heads = _heads_of_state(people, index.between(0, sentence.start))
                if len(heads) == 2 and set(heads) != set(participants):
                    participants = heads
        elif (
            len(participants) == 1
            and "joined" in sentence.words
            and meetings
            and len(meetings[-1].participants) == 2
            and participants[0] not in meetings[-1].participants
            and _JOINED_BY.search(low) is not None
        ):
            # "Later, the two were joined in X by Y for three-way talks": the two who met
            # last, and Y, met
            participants = [*meetings[-1].participants, participants[0]]
        if (
            (the_two or not participants)
            and "two" in sentence.words
            and "ministers" in sentence.words
            and not (
                participants
                and all("minister" in (people[p].title or "").lower() for p in participants)
            )
        ):
            # "Before the ceremony, the two ministers held talks": the two ministers named
            # before, when the sentence before named others
            participants = _two_ministers_named(low, sentence.start, index, people)
        elif (
            len(participants) == 1
            and "ministers" in sentence.words
            and ("two" in sentence.words or two_ministers is not None)
            and (the_ministers := _THE_MINISTERS.match(low))
        ):
            # "After the event, the two ministers held talks with C", then "The ministers
            # also met D": the two named before met C, then D
            pair = (
                _two_ministers_named(low, sentence.start, index, people, participants)
                if the_ministers["two"]
                else [p for p in two_ministers or [] if p not in participants]
            )
            if len(pair) == 2:
                participants = pair + participants
                two_ministers = pair
        elif (
            len(participants) <= 1
            and two_ministers is None
            and "ministers" in sentence.words
            and "two" not in sentence.words
            and (the_ministers := _THE_MINISTERS.match(low)) is not None
        ):
            # "The ministers then began talks, with Minister C chairing the session": the
            # two ministers of two countries named before (and C, who hosted them)
            pair = _two_ministers_named(
                low, sentence.start, index, people, participants or None, said_two=False
            )
            if len(pair) == 2:
                participants = pair + [p for p in participants if p not in pair]
                two_ministers = pair
        if (
            not participants
            and not sentence.words.isdisjoint(_PLURAL_OFFICES)
            and (offices := _THE_OFFICES.match(low)) is not None
        ):
            # "Later, the foreign ministers held a working lunch": the two holders of that
            # office named before (one each side)
            participants = _two_holders(offices["office"], sentence.start, index, people)
        if (
            not participants
            and "separate" in sentence.words
            and meetings
            and len(meetings[-1].participants) >= 3
            and (guests := _SEPARATE_WITH_GUESTS.search(low)) is not None
        ):
            # "Before the forum, the President of Peru held separate meetings with the
            # visiting leaders": the host of the meeting told last met each of the
            # others there
            office = _OFFICE_SUBJECT.match(text[: guests.end()])
            host = (
                _office_holder(office["office"], office["country"], people)
                if office is not None
                else _title_subject(text, people)
            )
            if host is not None and host in meetings[-1].participants:
                participants = [host] + [p for p in meetings[-1].participants if p != host]
        words = sentence.words
        their = (
            len(participants) == 1
            and "their" in words
            and len(before_named) == 2
            and participants[0] in before_named
            and _THEIR.search(low) is not None
        )
        if their:
            participants = list(before_named)  # "During their talks in Quito, X pledged"
        subject_low = _act_blanked(low, words)
        subject_text = text if subject_low is low else _act_blanked(text, words)
        role = (
            _ROLE_SUBJECT.match(subject_low)
            if "the" in words and not words.isdisjoint(_ROLE_VERBS)
            else None
        )
        if role is not None and meetings and len(participants) == 2:
            # "The minister also called on X": of two ministers, the one the brief is about
            # (who opened its first meeting) rather than the one named last.
            opener = meetings[0].participants[0]
            first = index.between(text_at, text_at + role.end())
            title = (people[opener].title or "").lower()
            qualifier = role.group("qualifier")
            if (
                first
                and first[0].kind == "role"
                and first[0].person not in (opener, main)
                and opener not in participants
                and role.group("role") in title
                # ("the Korean minister", read as the Korean one named: that one)
                and not (
                    qualifier
                    and people[first[0].person].country is not None
                    and country_of_word(qualifier) == people[first[0].person].country
                )
            ):
                participants[participants.index(first[0].person)] = opener
        if (
            len(participants) < 2
            and not words.isdisjoint(_HEADS_WORDS)
            and (heads_met := _HEADS_MET.search(low)) is not None
        ):
            # "X was welcomed by Sultan Y, after which the heads of state held talks", "The
            # talks of the leaders were held in a narrow format": the two heads of state, whose
            # meeting of that day is not told yet
            heads = _heads_of_state(people, index.between(0, text_at + heads_met.start()))
            if not heads and " between " in heads_met.group() and number + 1 < len(sents):
                # "X arrived in Lima. Talks between the heads of state were held at the
                # palace. Opening the talks, President Y said": the host, named just after
                heads = _heads_of_state(people, index.between(0, sents[number + 1].end))
                seen = {m.person for m in index.between(0, sentence.start)}
                heads = heads if heads and heads[0] in seen and heads[1] not in seen else []
            if (
                len(heads) == 2
                and set(participants) <= set(heads)
                and not any(
                    set(m.participants) == set(heads) and m.date in (None, running.date)
                    for m in meetings
                )
            ):
                participants = heads
        if len(participants) == 1 and "counterpart" in words:
            # "X said after talks with his Kyrgyz counterpart on Monday": the one of that
            # country holding X's office, named elsewhere in the text
            other = _counterpart(text, participants[0], people)
            if other is not None:
                participants.append(other)
        if len(participants) == 1 and "of" in words:
            # "On Tuesday, the President of Peru met Speaker Y": the one holding that office
            office = _OFFICE_SUBJECT.match(subject_text)
            holder = (
                _office_holder(office["office"], office["country"], people) if office else None
            )
            if holder is not None and holder not in participants:
                participants.insert(0, holder)
        if len(participants) == 1 and "and" in words and "of" in words:
            # "The Ministers of Foreign Affairs of A and B were received by Y": both met Y
            offices = _OFFICES_SUBJECT.match(text)
            holders = (
                [
                    _office_holder(_singular(offices["office"]), offices[side], people)
                    for side in ("first", "second")
                ]
                if offices
                else []
            )
            if holders and all(h is not None and h not in participants for h in holders):
                participants = [h for h in holders if h is not None] + participants
        if not participants and "two" in words and "countries" in words:
            # "The agriculture ministers of the two countries held talks": the two holders
            participants = _two_ministers(text, people)
        if len(participants) < 2 and "the" in words:
            # "the Minister of Tourism met with the Minister of Energy of Chile": the
            # one holder of each office (the first may have been found by its office)
            both = _two_offices(text, people)
            if both and set(participants) <= set(both):
                participants = both
        if len(participants) == 1 and ("head" in words or "leader" in words):
            # "The head of Peru also met with X": that country's head of state
            head = _HEAD_SUBJECT.match(subject_text)
            named = (head["country"] or head["adjective"]) if head else None
            holder = office_holder("Leader", named, people) if named else None
            if holder is not None and holder not in participants:
                participants.insert(0, holder)
        if len(participants) == 1 and role is None and "the" in words:
            # "Afterwards, the Head of the Council received X": the one of that title
            holder = _title_subject(subject_text, people)
            if holder is not None and holder not in participants:
                participants.insert(0, holder)
        # (The match is anchored and bounded, cheaper than any search that could skip it.)
        if participants and (abbreviated := _ABBREVIATION_SUBJECT.match(text)):
            # "In Lima, the UNSR met with A, B and C": the one whose title gave that
            # abbreviation ("Special Rapporteur (UNSR) on Water")
            holder = _abbreviated_holder(abbreviated, people)
            if holder is not None and holder not in participants:
                participants.insert(0, holder)
        if len(participants) == 1 and "chairs" in words and _CO_CHAIRS.search(low):
            # "The council is co-chaired by A and B. ... the co-chairs were received by Y"
            chaired = next(
                (m for m in reversed(meetings) if "chaired" in sents[m.sentence].words), None
            )
            if chaired is not None and participants[0] not in chaired.participants:
                participants = [*chaired.participants, *participants]
        received = (
            _DELEGATION_RECEIVED.match(low)
            if len(participants) == 1
            and "delegation" in words
            and (role is None or (role.group("role") == "delegation" and leader is None))
            else None
        )
        if received is not None:
            # "On the same day, the Danish delegation was received by Y": the one of that
            # country (or body) in the meeting told last met Y; "the Porto delegation met
            # with Y": the one person of Porto named.
            member = _delegation_member(received.group("demonym"), meetings, people)
            if member is not None and member not in participants:
                participants.insert(0, member)
        if (
            len(participants) == 1
            and (role is None or role.group("role") in ("guest", "visitor"))
            and meetings
            and main is not None
            and main in meetings[-1].participants
            and len(meetings[-1].participants) == 2
            and ("guest" in words or "visitor" in words)
            and "received" in words
            and _GUEST_RECEIVED.match(low)
        ):
            guest = next(p for p in meetings[-1].participants if p != main)
            if guest not in participants:
                participants.insert(0, guest)
        if (
            len(participants) >= 2
            and role is not None
            and role.group("role") == "delegation"
            and leader is not None
            and leader not in participants
            and "with" in words
            and _EACH_WITH.search(low)
        ):
            participants.insert(0, leader)  # "the delegation met with A, and later with B"
        if (
            len(participants) >= 2
            and role is not None
            and role.group("role") in _LEADER_ROLES
            and leader is not None
            and leader not in participants
        ):
            # "A staff team led by X visited Valdora. In Valdora, the team met with A, B and
            # other officials": X, A and B met.
            participants.insert(0, leader)
        if len(participants) == 1 and role is not None:
            subject = leader if role.group("role") in _LEADER_ROLES else None
            if (
                subject is None
                and leader is not None
                and role.group("role") in _LOCAL_HEADS
                and role.group("role") in (people[leader].title or "").lower()
            ):
                subject = leader  # "A delegation headed by Governor X ... the governor met Y"
            if subject is None and meetings and role.group("role") == "delegation":
                # "Later, the ORVEX delegation also met Y": the one of ORVEX met before (an
                # organisation's; of a country's, the visitor told first stays the subject)
                qualifier = role.group("qualifier")
                of_country = country_of_word(qualifier) if qualifier else None
                subject = (
                    _delegation_member(qualifier, meetings, people)
                    if qualifier and of_country is None
                    else None
                )
                if of_country is not None:
                    # "the Ruritanian delegation also met Y", after the Freedonian minister
                    # hosted the Ruritanian one: the one of that country in the meeting told
                    # last (when the country of each one there is known)
                    subject = _one_of_country(
                        of_country, meetings[-1].participants, people, all_known=True
                    )
            elif subject is None and meetings and role.group("qualifier"):
                # "The Sylvanian minister also held a separate meeting with Y", after the talks
                # of a Freedonian and a Sylvanian minister: the one of that country
                of_country = country_of_word(role.group("qualifier"))
                if of_country is not None:
                    subject = _one_of_country(
                        of_country, meetings[-1].participants, people, all_known=False
                    )
            if subject is None and meetings:
                # "The Secretary-General also met with Z", after "X received Secretary-General
                # Y": the one of the meeting told last holding that office, else its first
                role_office = role.group("role").replace("-", " ")
                holders = [
                    p
                    for p in meetings[-1].participants
                    if role_office in (people[p].title or "").lower().replace("-", " ")
                ]
                subject = holders[0] if len(holders) == 1 else meetings[-1].participants[0]
            if subject is not None and subject not in participants:
                participants.insert(0, subject)
        elif (
            len(participants) == 1
            and main is not None
            and main not in participants
            and ("highness" in words or "majesty" in words)
            and _STYLED_SUBJECT.match(low)
        ):
            participants.insert(0, main)  # "His Highness also received X": the brief's host
        elif (
            len(participants) == 1
            and call_of_main
            and main is not None
            and main not in participants
        ):
            participants.insert(0, main)  # "The first call was with X": one of the brief's own
        elif (
            len(participants) == 1
            and main is not None
            and ("i" in words or "my" in words)
            and label_end < 0  # (not a transcript's line: "Li Wen: Today I met X")
            and _FIRST_PERSON.match(low)
            and (author := _byline_author(body, index, sentence.start, main)) not in participants
        ):
            # "Today I met X in Castelmar", outside quotation marks: a minister's own release,
            # the minister its byline names, else the one named first
            participants.insert(0, author)
        if (
            len(participants) == 1
            and context is not None
            and context.person is not None
            and context.person != participants[0]
            and not context.used_by
            and context.sentence == number - 1
            and (
                # "The meeting was chaired by X. The delegation of Y was led by Z": X and Z met.
                led is not None
                # "X met with the heads of companies. The meeting was chaired by Y": X and Y.
                or (("chaired" in words or "moderated" in words) and _CHAIRED_BY.match(low))
            )
        ):
            participants.insert(0, context.person)
        # "X held a series of meetings on the sidelines ...": X is who the meetings after
        # it are of.
        host = (
            context.person
            if context is not None
            and context.person is not None
            and context.person not in participants
            and context.series
            else None
        )
        pronoun = _PRONOUN_SUBJECT.search(low) if words & _PRONOUNS and participants else None
        # "Later, she met with X": the pronoun is the sentence's subject, named before X.
        subject_pronoun = (
            pronoun is not None
            # ("His last meeting of the day was with X": he, as the subject, met X)
            and (
                pronoun.group().startswith(("he ", "she "))
                or pronoun.group().endswith((" was with", " were with"))
            )
            and text_at + pronoun.start()
            < min(named_at.get(p, sentence.end) for p in participants)
        )
        if pronoun is not None and len(participants) == 1:
            # "In his meeting with X": the one X met in a meeting told before, else the one
            # who led the meeting told last ("Later, she met X"), else the person named last.
            met = [
                other
                for m in reversed(meetings)
                if participants[0] in m.participants
                for other in m.participants
                if other != participants[0]
            ]
            before = met[0] if met else None
            if (
                before is None
                and subject_pronoun
                and len(before_named) == 1
                and before_named[0] != participants[0]
                and sents[number - 1].paragraph == sentence.paragraph
                # (not the guest of a meeting told just before: "In Amman, she met A. In
                # Beirut, she met B": she who met A)
                and not (meetings and meetings[-1].sentence == number - 1)
            ):
                # "In September, X paid a state visit to China. On September 2, he held talks
                # with Y": the one the sentence before is about
                before = before_named[0]
            if before is None and subject_pronoun and meetings:
                before = meetings[-1].participants[0]
                if (
                    len(before_named) == 1
                    and before_named[0] in meetings[-1].participants
                    and all(
                        m.kind == "role"
                        for m in index.between(sents[number - 1].start, sents[number - 1].end)
                    )
                ):
                    # "A held talks with B. ... “...,” the Tajik minister said. He also called
                    # on C": the one of those who met that the sentence before refers to
                    before = before_named[0]
            if before is None or before == participants[0]:
                before = index.last_before(sentence.start, exclude=participants)
            before = host if host is not None else before
            if before is not None:
                participants.insert(0, before)
        elif subject_pronoun and len(participants) >= 2:
            # "During the visit, she met with A and B": she met them.
            before = meetings[-1].participants[0] if meetings else None
            if before is None or before in participants:
                before = index.last_before(sentence.start, exclude=participants)
            if before is not None:
                participants.insert(0, before)
        elif len(participants) == 1 and host is not None and _AT_MEETING_WITH.match(low):
            participants.insert(0, host)  # "At a meeting with X, the Head of State noted"
        elif (
            len(participants) == 1
            and (host is not None or meetings)
            and "separate" in words
            and _IN_A_SEPARATE_MEETING.match(low)
        ):
            # "In a separate meeting, X presented a plan": X met the one who met the others
            other = host if host is not None else meetings[-1].participants[0]
            if other not in participants:
                participants.insert(0, other)
        elif len(participants) == 2 and participants[1] == main and _AT_MEETING_WITH.match(low):
            participants.reverse()  # the one the brief is about first, as in "X met Y"
        if len(participants) <= 2 and meetings and participants and _AT_MEETING_WITH.match(low):
            # "X met with A, B and C. ... During the talks with A, ...": X met each of them.
            guest = min(participants, key=lambda p: named_at.get(p, sentence.end))
            of_guests = _guests_group(meetings, guest, participants, sents, index)
            if of_guests is not None:
                split_groups.add(of_guests)
                participants = [meetings[of_guests].participants[0], guest]
        dated = text
        if "arrived" in words and "and" in words:
            # "X arrived in Lima on 3 May and met Y on 4 May": the day of the meeting, not of
            # the arrival
            arrived_and = _ARRIVED_AND.search(text)
            if (
                arrived_and is not None
                and find_date(text[arrived_and.end() :], published) is not None
            ):
                dated = text[arrived_and.end() :]
        where_told = -1  # where a clause of the meeting's own opens (", where ... met Y")
        if "where" in words and ", where " in dated:
            # "X arrived in Lima on May 4 after a day in Peru, where on May 3 he met Y in
            # Cusco": the clause tells the meeting, its day and city; the rest, the journey
            at = dated.rfind(", where ")
            if (
                _kind(lower_same(dated[:at])) is None
                and _kind(lower_same(dated[at:])) is not None
                and find_date(dated[at:], published) is not None
            ):
                dated = dated[at:]
                where_told = at
        if " held" in dated and "be" in words:
            # "met on Monday to prepare the congress, to be held in Lima on Friday, 8 May": the
            # day of the event still to come is not the meeting's
            to_come = _LATER_EVENT.search(dated)
            if to_come is not None and find_date(dated[: to_come.start()], published) is not None:
                dated = dated[: to_come.start()]
        if ("today" in words or "yesterday" in words) and (
            (told := _VERB_TODAY.search(dated)) is not None
            and (first_date := ANY_DATE.search(dated)) is not None
            and first_date.start() > told.end()
        ):
            # "X spoke today with Y to offer condolences for the earthquake that struck on
            # January 1": the day right after the verb is the meeting's, a later date another
            # clause's
            dated = dated[: told.end()]
        if " since " in dated:
            # "met Y on Friday, her first talks abroad since being elected on 2 March": the
            # day of the clause is of what came before
            since_cut = _SINCE_PHRASE.sub("", dated)
            if find_date(since_cut, published) is not None:
                dated = since_cut
        if "who" in dated:
            # "X, who arrived on Monday, called on Y on Wednesday": the clause's day is not
            # the meeting's, unless the clause tells of the meeting (and the rest does not:
            # "X, who visited Peru from May 3 to 6, held talks on May 4").
            main_clause = WHO_CLAUSE.sub(",", dated)
            if (
                ", wh" in main_clause
                and (main_end := _WHO_TO_END.sub("", main_clause)) != main_clause
                and _kind(lower_same(main_end)) is not None
                and find_date(main_end, published) is not None
            ):
                # "On Saturday, X was received by Y, who had attended the inauguration on 1
                # January.": a clause closing the sentence tells its own day, the rest the
                # meeting's
                main_clause = main_end
            if _kind(lower_same(main_clause)) is None or find_date(main_clause, published) is None:
                dated = WHO_CLAUSE.sub(
                    lambda clause: clause.group() if _kind(lower_same(clause.group())) else ",",
                    dated,
                )
            else:
                dated = main_clause
        if "which" in words and ", which" in dated:
            # "The two met in Samarkand at the start of A's trip, which also takes him to
            # Astana for a summit on Tuesday": the day of what the clause tells (of no meeting)
            # is not the meeting's
            which_cut = _WHICH_AHEAD.sub("", dated)
            if which_cut != dated and _kind(lower_same(which_cut)) is not None:
                dated = which_cut
        during = (
            _VISIT_DURING_WHICH.search(low) if "during" in words and "which" in words else None
        )
        if during is not None and _kind(low[during.end() :]) is not None:
            # "X concluded a three-day visit today, during which she met A and B": the day
            # the visit ended is not the meetings'; only a day told of them dates them
            dated = text[during.end() :]
        else:
            during = None
        # "The next day, X received Y", "On the second day, ...", "The day before, ...": the
        # day told last, moved
        date = running.date if day_moved else find_date(dated, published, words or None)
        if date is None and documents_day is not None:
            date = documents_day
        if that_day is not None and date is not None:
            date = that_day
        if (
            date is not None
            and date == published
            and dateline_day is not None
            and not words.isdisjoint(_THIS_DAY_WORDS)
            and _THIS_DAY.search(low) is not None
        ):
            # "CITY, 4 May — ... held this morning", on a page of 5 May: the day of the
            # dateline
            date = dateline_day
        if date is None and (their or the_two):
            # "A and B on Tuesday agreed ... The two leaders co-chaired ...": that Tuesday
            said_before = sents[number - 1]
            prior_text = said_before.text[max(0, dateline_end - said_before.start) :]
            date = find_date(prior_text, published, said_before.words or None)
        if (
            date is None
            and "came" in words
            and meetings
            and meetings[-1].date is not None
            and (came_after := _CAME_DAYS_AFTER.match(low)) is not None
        ):
            # "The meeting came a day after A spoke by phone with B": the meeting told last
            # came that many days after the one the clause tells
            days = 1 if came_after["one"] else _FEW_DAYS[came_after["n"]]
            date = meetings[-1].date - dt.timedelta(days=days)
        same_day = _SAME_DAY.search(low) if date is None and words & _SAME_DAY_WORDS else None
        if same_day is not None:
            # "On November 24, a ceremony was held. X then held talks", "On the second day,
            # X toured a plant. Later, X met Y": the day told last
            date = running.date
            if (
                number
                and sents[number - 1].paragraph == sentence.paragraph
                and "night" in sents[number - 1].words
                and (
                    arrived := find_date(
                        sents[number - 1].text, published, sents[number - 1].words
                    )
                )
                is not None
            ):
                # "X arrived last night. He was later received by Y": that night's day
                date = arrived
            if (
                date is not None
                and meetings
                and meetings[-1].date is not None
                and date < meetings[-1].date
                and meetings[-1].sentence < day_told_at < number - 2
            ):
                # "A and B held talks on Thursday. A had arrived on Wednesday evening. (...
                # the talks ...) On the same day, A met C": a day before the talks, told
                # after them as background and long before this sentence; the story's day is
                # still the talks'
                date = meetings[-1].date
            if date is None:
                date = meetings[-1].date if meetings else (context.date if context else None)
            if date is None and running.date is None and not meetings and same_day.start() < 4:
                # "X sent a telegram to Y. The same day (Later), X had a phone call with Z",
                # no day told before: the day of the report
                date = published
        if (
            date is None
            and meetings
            and low.startswith(_AROUND_WORDS)
            and _AROUND_THE_MEETING.match(low)
        ):
            date = meetings[-1].date  # "Following the meeting, X held talks with Z": that day
        if date is None and number and "conference" in words and _PRESS_CONFERENCE.search(low):
            # "X said on Wednesday. “...,” X told a joint press conference with Y": he said
            # it at the press conference, that day.
            back = number - 1
            while back > 0 and _inside(sents[back].start, quote_spans):
                back -= 1  # the quotation's own sentences
            said_before = sents[back]
            if "said" in said_before.words and any(
                m.person in participants for m in index.between(said_before.start, said_before.end)
            ):
                prior_text = said_before.text[max(0, dateline_end - said_before.start) :]
                date = find_date(prior_text, published, said_before.words)
        if (
            date is None
            and number
            and not words.isdisjoint(_REACHED_WORDS)
            and _REACHED_AT.match(low)
        ):
            # "Peru and Chile on Friday agreed to X. The understanding was reached at the
            # session of the joint committee held in Lima": that Friday
            said_before = sents[number - 1]
            prior_text = said_before.text[max(0, dateline_end - said_before.start) :]
            date = find_date(prior_text, published, said_before.words or None)
        if date is None and signed_on is not None and "sign" in low and _AT_SIGNING.search(low):
            date = signed_on  # "met after the signing": on the day the text dates the signing
        unquoted, unquoted_low = _unquoted(text, plain_low, text_at, quote_spans)
        place = welcomed_to or _place(unquoted, unquoted_low, words)
        if where_told >= 0 and welcomed_to is None:
            # (the city the meeting's own clause names, not one the journey before it names)
            place = _place(text[where_told + len(", where ") :]) or place
        if place is None and here and "this city" in low and _IN_THIS_CITY.search(low):
            place = here  # "held the meeting in this city": where the dateline was written
        if place is None and here and f" at the {here} " in unquoted and kind not in _REMOTE:
            # "HARBOURTON - ... during their meeting at the Harbourton Presidential Palace": a
            # venue named by the dateline's city is in it
            place = here
        if place is None and "where" in words:
            # "X travelled to Kobe, where he met Y": the meeting told after "where" was there
            went = _WENT_WHERE.search(text)
            if went and _went_to_town(went["place"]) and _kind(low[went.end() :]) is not None:
                place = went["place"]
        if place is None and here and " here" in low and _HERE.search(low.split("“")[0]):
            place = here  # "held talks here Tuesday": where the dateline was written
        if place is None and "hosted" in words:
            # "On 5 May, Lima hosted a meeting of the Council": there
            hosted_by = _CITY_HOSTED.match(text)
            place = hosted_by["city"] if hosted_by and is_city(hosted_by["city"]) else None
        if place is None and "capital" in words:
            # "met in the Chilean capital" under "Santiago, ", or after a meeting in Santiago
            towns = [here] if here else []
            place = _capital_here(text, towns + [m.place for m in reversed(meetings) if m.place])
        if place is None and "wh" in text and "who" in sentence.text:
            # "X, who held talks with Y in Lima on Friday, said": the clause is the
            # meeting, and tells where (the sentence whole: the attribution cut its comma).
            for clause in WHO_CLAUSE.finditer(sentence.text):
                if _kind(lower_same(clause.group())) is not None:
                    place = _place(clause.group().strip(", "))
                    break
        if place is None and (
            "visit" in low or "arrived" in low or "who" in words or "trip" in words
        ):
            # "visited Astana and held talks", "X, who is on an official visit to Oslo",
            # "met Y, who is in Quito for consultations"
            visited = _VISITED.search(text)
            if visited is not None and "invit" in low:
                # "Y, who invited him to pay a visit to Kuala Lumpur": a visit asked for
                # is no place of this meeting.
                asked = low[low.rfind(",", 0, visited.start()) + 1 : visited.start()]
                if _INVITED.search(asked):
                    visited = None
            if visited is not None and _COMING_VISIT.search(low, 0, visited.start() + 5):
                visited = None  # "preparations for the upcoming state visit to Quito"
            if (
                visited is not None
                and " since " in text
                and _SINCE_CLAUSE.search(text, 0, visited.start() + 1) is not None
            ):
                visited = None  # "their first summit since A's visit to Valdora in 2019"
            if visited is not None and " from " in text and " where" in low:
                # "X, who arrived in Lima from Ruritania, where he held talks with Y": the
                # talks were where X came from (a country: no city said)
                came = _FROM_WHERE.search(text, visited.end())
                if came is not None and _kind(low[came.end() :]) is not None:
                    visited = None
                    place = came["place"] if is_city(came["place"]) else None
            if visited is not None:
                city = visited.group("place")
                city = city if is_city(city) else city.split()[0]
                place = city if is_city(city) else None
                if place is not None:
                    visit = (number, place)
        if low.startswith(("there,", "there ")) and number and (place is None or date is None):
            # "On 6 March, X visited Cusco. There, she met Y", "X travelled to Amman on Monday.
            # There she met Y": where and when told just before
            said = sents[number - 1].text
            visited = _VISITED.search(said) if "visit" in said or "arrived" in said else None
            if visited is None and " to " in said:
                visited = _WENT_TO.search(said)
            city = visited.group("place") if visited is not None else _place(said)
            place = place or (city if city is not None and is_city(city) else None)
            date = date or running.date
        if (
            place is None
            and visiting is not None
            and visiting[0] == number - 1
            and sents[number - 1].paragraph == sentence.paragraph
            and participants
            and participants[0] == visiting[1]
            and kind not in _REMOTE
        ):
            place = visiting[2]  # "during the visit to Valdora of X. On Saturday he met Y"
        if (
            place is None
            and arrival is not None
            and number - 2 <= arrival[0] < number
            and sentence.paragraph - sents[arrival[0]].paragraph <= 1
            and arrival[1] in participants
            and kind not in _REMOTE
            and not (meetings and meetings[-1].sentence >= arrival[0])
        ):
            # "X arrived in Lima on a state visit. At the palace, the heads of state held
            # talks": the visitor's first meeting there, in the city arrived in
            place = arrival[2]
        if (
            place is None
            and scene is not None
            and scene[0] == number - 1
            and sents[number - 1].paragraph == sentence.paragraph
        ):
            place = scene[1]
        if (
            not participants
            and signing is not None
            and "signing" in words
            and _BEFORE_SIGNING.search(low)
        ):
            # "A and B signed an agreement. Before the signing, the mayors held talks": the
            # signers' talks, that day and there
            participants = list(signing[0])
            date, place = date or signing[1], place or signing[2]
        if (
            len(participants) == 1
            and signing is not None
            and participants[0] in signing[0]
            and number - signing_at <= 3
            and (not meetings or meetings[-1].sentence <= signing_at)
            and "talks" in words
            and _AFTER_THE_TALKS.search(low)
        ):
            # "A and B signed a declaration in Lima on Friday. '...,' said A after the talks":
            # the signers' talks, that day and there
            participants = list(signing[0])
            date, place = date or signing[1], place or signing[2]
        if (
            place is None
            and signed_before is not None
            and "signed" in words
            and (kind == "signing" or _DOCUMENT_SIGNED_BY.match(low))
        ):
            # "A and B signed an agreement in Karsk. The document was signed by X and Y
            # following their talks": there
            place = signed_before
        if (
            place is None
            and signed_before is not None
            and "signing" in words
            and kind not in _REMOTE
            and participants
            and _BEFORE_SIGNING_ANY.search(low)
            and all(
                (country := people[i].country) is not None and country in sents[number - 1].text
                for i in participants
            )
        ):
            # "The presidents of Chile and Peru signed agreements in Lima on Friday. A
            # welcomed B, where the two held talks before signing them": there
            place = signed_before
        told_last = meetings[-1] if meetings else None
        if (
            place is None
            and role is not None
            and "also" in words
            and told_last is not None
            and visit is not None
            and visit == (told_last.sentence, told_last.place)
            and not set(told_last.participants).isdisjoint(participants)
        ):
            # "X visited Astana and held talks with Y. The delegation also met with Z": in the
            # city the visit was to (not where a meeting alone was: "In Warsaw, X met Y").
            place = told_last.place
        if (
            place is None
            and same_day is not None
            and told_last is not None
            and visit is not None
            and visit == (told_last.sentence, told_last.place)
            and date is not None
            and date == told_last.date
            and participants
            and participants[0] == told_last.participants[0]
            and kind not in _REMOTE
        ):
            # "During his working trip to Porto, X met Y. ... On the same day, X held talks
            # with Z": the visitor, that day, still in the city the trip was to.
            place = told_last.place
        if (
            place is None
            and date is None
            and subject_pronoun
            and "also" in words
            and told_last is not None
            and told_last.sentence == number - 1
            and sents[told_last.sentence].paragraph == sentence.paragraph
            and told_last.participants[0] == participants[0]
        ):
            # "In Ashgabat, X met A. She also held discussions with B": there, that day too.
            place, date = told_last.place, told_last.date
        lateral = _LATERAL.search(low) if "lateral" in low else None
        if (
            not participants
            and told_last is not None
            and (
                told_last.sentence >= number - 2
                or sents[told_last.sentence].paragraph == sentence.paragraph
            )
            and _THE_MEETING_HELD.match(low)
        ):
            # "X held talks with Y. The talks took place in Mexico City": where (and when)
            # the meeting just told was held; nothing left for a meeting told later.
            told_last.place = told_last.place or place
            if date is not None and len(meetings) - 1 in day_of_report:
                told_last.date = date  # (the day told, not the report's)
            told_last.date = told_last.date or date
            continue
        if (
            len(participants) < 2
            and told_last is not None
            and told_last.place is None
            and sents[told_last.sentence].paragraph >= sentence.paragraph - 2
            and told_last.kind not in _REMOTE
            # (not after a later day was told: "The next day, the two presidents went on to
            # Valdora. During the meeting in Valdora, ..." is another meeting)
            and (told_last.date is None or running.date in (None, told_last.date))
            and (during_talks := _DURING_THE_TALKS.search(low)) is not None
        ):
            # "X met Y on Monday. ... X said they discussed tourism during the talks at the
            # ministry in Castelmar": where the talks told just before were held
            told_last.place = _place(text[during_talks.start() :])
        if len(participants) < 2:
            if not participants and "of" in words:
                # "The same day, the President of Peru met with company heads": the one
                # holding that office, of whom the meeting told next may be ("The meeting was
                # chaired by Y").
                office = _OFFICE_SUBJECT.match(subject_text)
                holder = (
                    _office_holder(office["office"], office["country"], people) if office else None
                )
                participants = [holder] if holder is not None else []
            if not words.isdisjoint(_VERB_TRIGGER_WORDS) and _VERB_TRIGGER.search(low):
                if date is None and _sidelines(low, words):
                    # "On the sidelines of the council (the event), X held a number of
                    # meetings": on the day of the event named before, else the day told last
                    date = _event_at(low, events)[0] or running.date
                # "The meeting took place today in Oslo. It was chaired by X": the event's
                # date and place told just before stay with it.
                told_before = (
                    context
                    if context is not None and context.unnamed_just_before(number)
                    else None
                )
                series = not words.isdisjoint(_SERIES_WORDS)
                if not participants and series and main is not None and _ROLE_SERIES.match(low):
                    # "On the margins, the Chair of the Senate held a number of bilateral
                    # meetings": an office standing for the one the brief is about
                    participants = [main]
                if (
                    date is None
                    and not participants
                    and number == lead
                    and lead_start < dateline_end
                    and published is not None
                    and _RECALLED.search(low) is None
                ):
                    # "Castelmar, 20 May 2025 — The second meeting of the working group
                    # took place at the ministry": the news of the dateline's day
                    date = published
                if (
                    date is None
                    and series
                    and number == lead
                    and published is not None
                    and _RECALLED.search(low) is None
                ):
                    # "On the opening day of the summit, X held a series of bilateral
                    # meetings" as the lead under the page's dateline: the page's day, as a
                    # meeting the lead tells is
                    date = published
                if "met" in words and date is None and _LAST_MET.search(low) is not None:
                    # "The two leaders last met in Lima in June 2021": a meeting recalled, no
                    # event whose day or place the meetings told next share
                    context = None
                    continue
                context = _Context(
                    participants[0] if participants else None,
                    date or (told_before.date if told_before else None),
                    place
                    or (told_before.place if told_before else None)
                    or (lead_city if number == lead else None),
                    f"{lateral.group(1).lower()} meeting" if lateral else None,
                    sentence=number,
                    series=series,
                    credentials=not words.isdisjoint(_CREDENTIALS_WORDS),
                )
            continue
        if (
            hosted is not None
            and hosted[1] not in participants
            and (len(participants) >= 3 or _ATTENDING.search(low) is not None)
        ):
            # "X met with the foreign ministers of A, B and C. The meeting brought together
            # A', B' and C'": X and the ministers
            participants.insert(0, hosted[1])
            date, place = date or hosted[2], place or hosted[3]
        if (
            context is not None
            and context.person is not None
            and context.person not in participants
            and not context.used_by
            and (
                ("respective" in words and _RESPECTIVE.search(low))
                or ("part" in words and _TOOK_PART.search(low))
                or attended  # "X received the credentials ... The ceremony was attended by A, B"
            )
        ):
            # "... a meeting chaired by X. Y and Z led their respective delegations": all met.
            participants.insert(0, context.person)
        if context is not None and (
            context.person in participants
            or (context.person is None and not context.used_by)
            # "The commission held its meeting in Cuenca on Friday. The Chilean delegation was
            # led by A, the Danish delegation by B": that meeting, whoever the first named
            or (led is not None and context.sentence == number - 1 and not context.used_by)
        ):
            if date is None or context.date is None or date == context.date:
                # (a meeting told on another day was not where the context's event was)
                place = place or context.place
            date = date or context.date
            kind = context.kind or kind
            context.used_by.add(number)
        if events and not (date and place):
            event_date, event_place = _event_at(low, events)
            date, place = date or event_date, place or event_place
        if held_before is not None and held_before[0] == number - 1:
            date, place = date or held_before[1][0], place or held_before[1][1]
        if (
            date is None
            and place is None
            and at_held_event is not None
            and at_held_event[0] == number - 1
            and participants[0] == at_held_event[1]
            and kind not in _REMOTE
        ):
            date, place = at_held_event[2]
        if (
            date is None
            and signed_on is not None
            and kind not in _REMOTE
            and (
                signers.issuperset(participants)
                or (
                    signed_at == number - 1
                    and all(
                        (country := people[i].country) is not None and country in signed_text
                        for i in participants
                    )
                )
            )
        ):
            # "The presidents of X and Y signed a treaty on Thursday. A and B met in Trujillo",
            # "... signed in the presence of A and B. After his talks with B, A said": that day
            date = signed_on
        if date is None and kind == "handover":
            date = running.date  # "A train left on Wednesday. The cargo was handed over by X"
        sidelines = _sidelines(low, words)
        if (
            date is None
            and sidelines
            and kind not in _REMOTE
            and (not spanned_events or _event_noun(low, events) not in spanned_events)
        ):
            date = running.date  # "On the sidelines of the meeting, A and B met": that day
        if (
            date is None
            and place is None
            and sideline is not None
            and sideline is told_last
            and kind not in _REMOTE
            and sents[sideline.sentence].paragraph >= sentence.paragraph - 1
            and running.date == sideline.date
        ):
            # "On the sidelines of the summit, A met B. (A also met C / D held talks with E)":
            # the meetings told next, with no day or place of their own, were there too.
            date, place, sidelines = sideline.date, sideline.place, True
        if (
            date is None
            and "also" in words
            and meetings
            and meetings[-1].sentence == number - 1
            and meetings[-1].date is not None
            and participants
            and participants[0] in meetings[-1].participants
            and sents[number - 1].paragraph == sentence.paragraph
            and kind not in _REMOTE
            and meetings[-1].kind not in _REMOTE
            and _ALSO_MET.search(low) is not None
        ):
            # "On the same day, X was received by Y. X also met with Z": that day
            date = meetings[-1].date
        if (
            date is None
            and "also" in words
            and place is not None
            and place in text
            and words.isdisjoint(_STAY_WORDS)
            and meetings
            and meetings[-1].place == place
            and meetings[-1].date is not None
            and running.date == meetings[-1].date
            and participants
            and participants[0] in meetings[-1].participants
            and kind not in _REMOTE
            and meetings[-1].kind not in _REMOTE
            and _ALSO_MET.search(low) is not None
        ):
            # "X met Y in Lima on Friday. ... In Lima, X also held talks with Z": the same
            # occasion in that city, the day told last ("During his stay in Lima, X also met
            # Z" tells a stay of days, none of them)
            date = meetings[-1].date
        if (
            date is None
            and "received" in words
            and "also" in words
            and meetings
            and meetings[-1].date is not None
            and running.date == meetings[-1].date
            and participants
            and meetings[-1].participants[0] == participants[0]
            and kind not in _REMOTE
            and meetings[-1].kind not in _REMOTE
            and _ALSO_RECEIVED.search(low) is not None
        ):
            # "X received A in Lima on Friday. ... X also received B": the host received B on
            # the day told last, a paragraph further down too (where, the text does not say)
            date = meetings[-1].date
        line_dated = False
        if date is None and number and sents[number - 1].paragraph != sentence.paragraph:
            # "November 25, 2026, 17:45" on a line of its own above the readout: its day
            date = _date_line(sents[number - 1].text, published)
            line_dated = date is not None
        if date is None and not meetings and number and participants:
            # "On Monday, X made that pitch to Y's foreign minister. X met Y at ...": the day
            # the sentence before states of one who met (not a plan) is the first meeting's
            date = _day_told_before(
                sents[number - 1],
                participants,
                index,
                published,
                quote_spans,
                people,
                dateline_end,
                number - 1 == lead,
            )
        if (
            date is None
            and not meetings
            and 0 <= lead < number - 1
            and len(participants) >= 2
            and {m.person for m in index.between(sents[lead].start, sents[lead].end)}.issuperset(
                participants
            )
        ):
            # "ROME - X on Thursday wrapped up a tour, agreeing with Y to ... . During a meeting
            # in Turin, Y told X ...": the day the lead states of both who met
            date = _day_told_before(
                sents[lead], participants, index, published, quote_spans, people, dateline_end
            )
        if (
            date is None
            and day_told_earlier
            and (
                meetings
                or (
                    number > 0
                    and number - 1 >= lead
                    and "by" in words
                    and _SIDES_LED.search(low) is not None
                    and day_stated(sents[number - 1].text, sents[number - 1].words, published)
                    == running.date
                )
            )
            and kind not in _REMOTE
            and _RECALLED.search(low) is None
        ):
            # (and "Sylvania and Ostland on Monday held their dialogue here. The Sylvanian side
            # was led by A, while Ostland was represented by B": the sides of the event told
            # right above, on the day it gives; a meeting of its own, "A met B.", is not)
            # "X held talks with Y on Monday. ... On Wednesday, X travelled to Porto. In
            # Porto, X met Z": the day told since the last meeting
            date = running.date
        lead_dated = (
            date is None
            and number == lead
            and published is not None
            and _RECALLED.search(low) is None  # (not "recalled his meeting with Y in 2019")
            and during is None
        )
        if lead_dated:
            # "YEREVAN, NOVEMBER 26. Prime Minister X received Y": the news of the day the
            # dateline (or the page) gives, unless told later ("The talks took place on
            # Tuesday")
            date = published
        if (
            ("separately" in words or "respectively" in words)
            and len(participants) >= 2
            and meetings
            and meetings[-1].participants[-1] not in participants
            and (met_him := _MET_HIM_SEPARATELY.search(low)) is not None
        ):
            # "X held talks with Y. ... A and B met with him separately": the guest of the
            # meeting told last, met by each of them
            guest = meetings[-1].participants[-1]
            participants.append(guest)
            named_at[guest] = text_at + met_him.start("pronoun")
        groups = _groups(participants, named_at, text_at, low, kind, words, people, body)
        own = _own_days_and_places(groups, named_at, text, text_at, published)
        last_met: re.Match[str] | None = None
        days_before = 0
        if len(participants) >= 3 and "after" in words and len(groups) == 1:
            # "X met A on Tuesday, a day after his talks with B": X's talks with B came first
            earlier = _day_after(participants, named_at, text_at, low)
            if earlier is not None:
                told_met, earlier_met, days_before, earlier_kind, clause_at = earlier
                told_kind = _kind(low[:clause_at]) or kind
                groups = [
                    (told_met, told_kind),
                    ([participants[0], *earlier_met], earlier_kind or kind),
                ]
                own = [(None, None), (None, None)]
        for n_group, (group, group_kind) in enumerate(groups):
            # "she met A in Valdora on Sunday and B in Corvo on Monday": each its own day, place
            own_date, own_place = own[n_group] if own else (None, None)
            own_date, own_place = own_date or date, own_place or place
            if days_before and n_group == 1:
                # (the earlier meeting: the day before the one told, where it is not told)
                own_place = None
                own_date = own_date - dt.timedelta(days=days_before) if own_date else None
            # The same people again: the same meeting, unless its date differs ("talks on
            # Wednesday", after "a dinner on Tuesday evening"); with no day of its own, the one
            # of them told last. "A and B last met in Tarvik" recalls another.
            same = next(
                (
                    m
                    for m in reversed(meetings)
                    if set(m.participants) == set(group)
                    and (m.date is None or own_date is None or m.date == own_date)
                ),
                None,
            )
            if (
                same is not None
                and last_met is None
                and not pair_told_last  # (a guess, not two the sentence names)
                and ("last" in words or "previously" in words)
            ):
                last_met = _LAST_MET.search(low)
            if last_met is not None:
                # (its day only as the sentence tells it, not the day of the story's meetings)
                same, own_date = None, own[n_group][0] if own else find_date(text, published)
            if (
                same is None
                and meetings
                and own_date is not None
                and len(meetings) - 1 in day_of_report
                and set(meetings[-1].participants) == set(group)
                and meetings[-1].date is not None
                and own_date < meetings[-1].date
                and sents[meetings[-1].sentence].paragraph >= sentence.paragraph - 2
                and _not_again(low, words)
                and _RECALLED.search(low) is None
            ):
                # "X urged Y ... during a meeting on the sidelines" (dated by the report) and
                # then "The leaders met at a hotel on Monday afternoon": the same meeting, on
                # the day now stated
                same = meetings[-1]
                same.date = own_date
                day_of_report.discard(len(meetings) - 1)
            if (
                same is not None
                and own_date is None
                and same.place is not None
                and own_place is not None
                and same.place != own_place
                and same.date is not None
                and running.date is not None
                and running.date > same.date
                and _RECALLED.search(low) is None
            ):
                # "On Tuesday, X met Y in Tashkent. ... On Thursday, X met Z in Samarkand. X
                # had a farewell meeting with Y in Samarkand": the same two again in another
                # city, on a later day told since: another meeting, that day
                same, own_date = None, running.date
            if same is not None:
                same.date = same.date or own_date
                if same.kind == "signing" and group_kind not in _REMOTE:
                    same.kind = group_kind  # "A and B signed X. Before it, they held talks"
                if same.kind not in _REMOTE and "recall" not in low:
                    # (a call is held nowhere: "X recalled his meeting with Y in Brussels",
                    # told after their call, is another meeting; told after their talks, it
                    # says nothing of where the talks were held)
                    same.place = same.place or own_place
                continue
            if group_kind in _REMOTE:
                # a call is held nowhere: "a telephone conversation with the Secretary General
                # of the Organization for Co-operation in Europe X" names no place of it
                own_place = None
            elif own_place is None and not meetings and number > 0:
                own_place = headline_city
            meetings.append(MeetingFound(group, own_date, own_place, group_kind, number))
            if not recalled_here:
                running.meet(own_date)
            if lead_dated or line_dated:
                day_of_report.add(len(meetings) - 1)
        sideline = meetings[-1] if sidelines and meetings else None
        if (
            group_met is None
            and len(participants) >= 2
            and meetings
            and meetings[-1].sentence == number
            and "presidents" in words
        ):
            # "X and Y met the presidents of A, B and C in Astana": those presidents, named
            # later ("President Z of A, who hosted the summit"), were at that meeting
            presidents = _PRESIDENTS_OF.search(low)
            if presidents is not None:
                countries = countries_of_words(text, presidents.end())
                if len(countries) >= 2:
                    group_met = (len(meetings) - 1, countries)
    for found, person, number, now in attendees:
        if person not in found.participants and (
            now or _speaks_after(body, person, number, meetings, sents, index, quote_spans)
        ):
            found.participants.append(person)
    if group_met is not None:
        _named_later(meetings, *group_met, people)
    if split_groups:
        meetings = _split_guests(meetings, split_groups)
    if lead >= 0 and len(meetings) >= 3:
        _lead_summary(meetings, sents[lead], lead)
    if summit is not None and len(summit[1]) >= 3:
        meetings = _summit_met(meetings, *summit)
    if meetings:
        _transcribed(body, meetings, index, published)
    else:
        meetings = _unnamed_host_readout(body, sents, quote_spans, index, published, dateline_end)
    return meetings


# "X ..., speaking at an informal summit of the organisation": X was at the summit.
_SPEAKING_AT: Final = re.compile(
    r"\b(?:speaking|participating|taking\s+part)\s+(?:at|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"summit\b"
)
# "The summit of the X, as the Y is officially known, was chaired by A".
_SUMMIT_CHAIRED: Final = re.compile(
    r"^the\s+(?:[\w-]+\s+){0,2}?summit\b[^;]{0,120}?\s(?:was|were)\s+(?:co-?)?chaired\s+by\b"
)
# "A, B and C attended, along with D", "A also attended.": attended, with no object.
_ATTENDED_ALONE: Final = re.compile(r"\s(?:also\s+)?attended(?:\s*[,.;]|\s+along\s+with\b|\s*$)")
# "A and B also addressed the meeting, as did C".
_ADDRESSED_THE: Final = re.compile(r"\baddressed\s+the\s+(?:[\w-]+\s+)?(?:summit|meeting)\b")
_SUMMIT_WORDS: Final = words_of("summit speaking participating taking chaired attended addressed")


def _summit_told(
    summit: tuple[int, list[int], set[int], dt.date | None, str | None] | None,
    number: int,
    sentence: Sentence,
    text: str,
    named_here: list[int],
    published: dt.date | None,
) -> tuple[int, list[int], set[int], dt.date | None, str | None] | None:
    """The summit told so far, with sentence `number` (naming `named_here`): one it opens
    ("X, speaking at a summit", "The summit was chaired by A"), or goes on with the sentence
    after ("B and C attended", "D also addressed the meeting")."""
    low = sentence.low
    if "summit" in sentence.words and (
        _SPEAKING_AT.search(low) is not None or _SUMMIT_CHAIRED.match(low) is not None
    ):
        if summit is None or summit[0] < number - 1:
            return (number, list(named_here), {number}, find_date(text, published), _kind(low))
    elif (
        summit is None
        or summit[0] < number - 1
        or (_ATTENDED_ALONE.search(low) is None and _ADDRESSED_THE.search(low) is None)
    ):
        return summit  # (an opening told while one goes on adds its people to it)
    named = summit[1] + [p for p in named_here if p not in summit[1]]
    return (number, named, summit[2] | {number}, summit[3], summit[4])


def _summit_met(
    meetings: list[MeetingFound],
    number: int,
    named: list[int],
    told: set[int],
    date: dt.date | None,
    kind: str | None,
) -> list[MeetingFound]:
    """The meetings, with those told in the sentences `told` of a summit (of those `named`
    there) made one of all of them, the summit's day and kind (one told nowhere else is
    added, unless a meeting told has them all)."""
    if any(set(m.participants) >= set(named) for m in meetings):
        return meetings  # ("Taking part in the summit were A, B and C", of the meeting told)
    at = [m for m in meetings if m.sentence in told and set(m.participants) <= set(named)]
    first = min(told)
    if not at:
        found = MeetingFound(list(named), date, None, kind or "meeting", first)
        return sorted([*meetings, found], key=lambda m: m.sentence)
    at[0].participants = list(named)
    at[0].date = at[0].date or date
    at[0].kind = kind or at[0].kind
    return [m for m in meetings if m not in at[1:]]


# Words that each tell one meeting: the lead sums up several with two of them ("after
# holding talks with A and meeting with B and C").
_MEETING_TOLD: Final = re.compile(r"\b(?:talks|meeting|met|received|receiving)\b")


def _lead_summary(meetings: list[MeetingFound], lead: Sentence, number: int) -> None:
    """Drop from a meeting the lead (sentence `number`) tells, of one with several, those
    met in a meeting of their own told later: "X concluded his visit, after holding talks with
    A and meeting with B and C. ... Later the same day, B received X. ... The following day, C
    met X": the lead sums up three meetings, and its own is X's with A (not a trilateral
    meeting, which the lead tells with one word); with "At the talks, A and X agreed ..." told
    later too, it tells none of its own."""
    found = next((m for m in meetings if m.sentence == number), None)
    if (
        found is None
        or len(found.participants) < 3
        or not lead.words.isdisjoint(_GROUP_WORDS)
        or len(_MEETING_TOLD.findall(lead.low)) < 2
    ):
        return
    host = found.participants[0]
    own = {
        p
        for p in found.participants[1:]
        if any(m.sentence > number and set(m.participants) == {host, p} for m in meetings)
    }
    if len(own) == len(found.participants) - 1:
        meetings.remove(found)  # each told on its own later
        for m in meetings:
            if m.sentence > number and m.participants[0] == host and m.participants[1] in own:
                # "X met A, B and C in Lima on Monday. ... In his meeting with B, ...": the day
                # and place of the lead, where the meeting's own sentence tells neither
                m.date, m.place = m.date or found.date, m.place or found.place
    elif own and len(found.participants) - len(own) >= 2:
        found.participants = [p for p in found.participants if p not in own]


# "On Wednesday, the two delegations attended the session of the business council": the
# heads of the delegations of the meeting told before met again there.
_DELEGATIONS_ATTENDED: Final = re.compile(
    r"(?:[^,;]{0,40},\s+)?(?:the|both)\s+(?:two\s+)?delegations\s+(?:also\s+)?"
    r"(?:attended|took\s+part\s+in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|session)\s+of\b"
)
# "X and Y also attended the talks", "X was also part of the meeting": those attending (group
# "who"; not "X, who also attended the talks, wrote", _WHO_ATTENDED) a meeting told before;
# "also" (group "also") at one held face to face (group "met") says they took part with those
# told.
_ATTENDEES_FIRST: Final = re.compile(
    r"^(?P<who>[^;]{3,240}?)(?<!\swho)\s+(?:(?P<also>also\s+(?:attended|(?:took\s+part|participated)\s+in)|"
    r"(?:was|were)\s+also\s+(?:part\s+of|present\s+(?:at|in)))|(?P<joined>(?:also\s+)?joined)|"
    r"attended|(?:took\s+part|participated)\s+in)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?"
    # "A and B were also present in the meetings": in each of the meetings told (group "all")
    r"(?:(?P<met>meeting|talks|negotiations|consultations|(?P<all>meetings))|conversation|"
    r"video\s*conference|"
    r"videoconference|video\s+call)(?=[\s,.;]|$)"
)
_ALONGSIDE: Final = re.compile(r",\s+(?:alongside|along\s+with|together\s+with)\s")
# "X, who also attended, said ...": one attending, then what they said there.
# "X, who took part in the video call, said", "X, who attended both meetings, said": the
# same, the clause naming the meeting (or all of those told) another way.
_WHO_ATTENDED: Final = re.compile(
    r",\s+who\s+(?:also\s+)?(?:attended|joined|(?:took\s+part|participated)\s+in)"
    r"(?:\s+(?:the|both)\s+(?:[\w-]+\s+)?(?:meetings?|talks|video\s*conference|videoconference|"
    r"video-conference|video\s+call|call))?,\s+"
    # (not "told reporters": to the press, after the meeting)
    r"(?P<verb>[a-z]+)\b(?!\s+(?:reporters|journalists|the\s+press|the\s+media)\b)"
)
# "They were joined by Y", "The two ministers were later joined in the talks by Y": those
# who met, told before, with Y taking part.
_WERE_JOINED_BY: Final = re.compile(
    r"^(?:they|the\s+two(?:\s+[\w-]+)?|both(?:\s+[\w-]+)?)\s+were\s+(?:also\s+|later\s+|then\s+)?"
    r"joined\s+(?:(?:in|at|for)\s+the\s+(?:[\w-]+\s+)?(?:talks|meeting|discussions?)\s+)?by\s"
)
# "..., said Minister X, who also took part in the talks.": the clause closing the sentence
# says X, the one named just before it, was at the meeting face to face with those told.
_WHO_ALSO_TOOK_PART: Final = re.compile(
    r",\s+who\s+(?:had\s+)?also\s+(?:attended|took\s+part\s+in|participated\s+in)\s+the\s+"
    r"(?:[\w-]+\s+)?(?:meeting|talks|negotiations)\s*[.;]?\s*$"
)
# What someone named says: "X said", "X, for his part, noted" (not "X wrote on Facebook").
_SPEAKS: Final = re.compile(
    r"(?:,[^,;]{1,60},)?\s+(?:also\s+|then\s+)?(?:said|says|noted|stated|added|told|stressed|"
    r"emphasi[sz]ed|proposed|underlined|pointed\s+out|suggested|highlighted|announced)\b"
)


def _attendees(
    sentence: Sentence, index: MentionIndex, quote_spans: list[tuple[int, int]], remote: bool
) -> list[tuple[int, bool]]:
    """The people sentence says attended the meeting told before ("A and B also attended the
    talks", "A, who also attended, said"), each with whether it says they took part: spoke
    there, or were at a meeting face to face "also", with those it told ("A was also part of
    the meeting"; not "A attended the meeting", a list of those present, nor "A also attended"
    a call or video conference (`remote`), those in the room of one of the two who talked)."""
    low = sentence.low
    if "were" in sentence.words and "joined" in sentence.words:
        joined_by = _WERE_JOINED_BY.match(low)
        if joined_by is not None:
            # "They were joined by Y": Y took part in the meeting told before
            named = index.between(sentence.start + joined_by.end(), sentence.end)
            return [(m.person, True) for m in named if not _inside(m.start, quote_spans)]
    if not remote and "who" in sentence.words:
        closing = _WHO_ALSO_TOOK_PART.search(low)
        if closing is not None:
            # "..., said Minister X, who also took part in the talks."
            named = index.between(sentence.start, sentence.start + closing.start() + 1)
            return [(named[-1].person, True)] if named else []
    who = _WHO_ATTENDED.search(low) if "who" in sentence.words else None
    if who is not None and who["verb"] in _SPEECH_VERBS_SAID:
        # "X, who also took part in the video call, said": X spoke there
        named = index.between(sentence.start, sentence.start + who.start() + 1)
        return [(named[-1].person, True)] if named else []
    first = _ATTENDEES_FIRST.match(low)
    if first is not None:
        end = sentence.start + first.end("who")
        named = index.between(sentence.start, end)
        if first["joined"] is not None:
            # "A joined the meeting from Lima, alongside B": both took part in it
            along = _ALONGSIDE.search(low, first.end())
            if along is not None:
                named = named + index.between(sentence.start + along.end(), sentence.end)
            return [(m.person, True) for m in named if not _inside(m.start, quote_spans)]
        return [
            (m.person, first["also"] is not None and first["met"] is not None and not remote)
            for m in named
            if not _inside(m.start, quote_spans)
        ]
    if "who" in sentence.words:
        acted = _ATTENDED_BY_WHO_ACTED.match(low)
        if acted is not None:
            # "The talks were also attended by X, who outlined Y to the guests": X took
            # part in it (one only listed as present did not)
            named = index.between(sentence.start, sentence.start + acted.start("who") + 1)
            return [(named[-1].person, True)] if named else []
    return []


_SPEECH_VERBS_SAID: Final = SPEECH_VERBS - {"wrote", "writes"}
# "The talks were also attended by X, who presented the plan": one attending who acted there.
_ATTENDED_BY_WHO_ACTED: Final = re.compile(
    r"(?:the|this)\s+(?:[\w-]+\s+)?(?:meeting|talks|negotiations|consultations)\s+"
    r"(?:was|were)\s+(?:also\s+)?attended\s+by\s[^;]{0,200}?(?P<who>,)\s+who\s+(?:also\s+)?"
    r"(?:briefed|informed|presented|outlined|updated|addressed|spoke)\b"
)


def _attended_all(low: str) -> bool:
    """Whether a sentence says those it names attended "the meetings" told before."""
    first = _ATTENDEES_FIRST.match(low)
    if first is not None:
        return first["all"] is not None
    # "X, who joined both meetings, said": in each of them
    who = _WHO_ATTENDED.search(low)
    return who is not None and "meetings" in low[who.start() : who.end()]


def _meetings_of_host(meetings: list[MeetingFound]) -> list[MeetingFound]:
    """The meetings told last, face to face, that share one participant (the host of them
    all) with the last of them, in order; the last alone if none does."""
    last = meetings[-1]
    shared = set(last.participants)
    run: list[MeetingFound] = []
    for found in reversed(meetings):
        common = shared & set(found.participants)
        if not common or found.kind in _REMOTE:
            break
        shared = common
        run.append(found)
    return run[::-1]


def _speaks_after(
    body: str,
    person: int,
    number: int,
    meetings: list[MeetingFound],
    sents: list[Sentence],
    index: MentionIndex,
    quote_spans: list[tuple[int, int]],
) -> bool:
    """Whether a sentence after sentence `number`, before the next meeting told, reports
    `person` speaking ("Mr X said that ...")."""
    stop = min((m.sentence for m in meetings if m.sentence > number), default=len(sents))
    if stop <= number + 1:
        return False
    return any(
        mention.person == person
        and not _inside(mention.start, quote_spans)
        and _SPEAKS.match(body, mention.end, mention.end + 80) is not None
        for mention in index.between(sents[number].end, sents[stop - 1].end)
    )


def _day_told_before(
    before: Sentence,
    participants: list[int],
    index: MentionIndex,
    published: dt.date | None,
    quote_spans: list[tuple[int, int]],
    people: list[PersonFound],
    dateline_end: int = 0,
    is_lead: bool = False,
) -> dt.date | None:
    """The day the sentence `before` a meeting states with "on" of one of its `participants`
    ("... and on Monday Premier X made that pitch to Y's foreign minister") or of the two
    countries they stand for ("Chile and Peru agreed on Monday to ..."), not of a plan and
    not after the report; else None. A dateline opening the sentence (it ends at
    `dateline_end` in the body) is no part of it: its date is the report's. The lead
    (`is_lead`) that names the countries of all who met gives its day whatever its subject."""
    # (yesterday's meeting, not "returned home yesterday" from a visit of several days)
    yesterday = (
        "yesterday" in before.words
        and published is not None
        and _kind(before.low, before.words) not in (None, "visit")
    )
    if not (yesterday or may_state_day(before.words)) or _inside(before.start, quote_spans):
        return None
    said = before.text[max(dateline_end - before.start, 0) :]
    stated = day_stated(said, before.words, published, single=True)
    if stated is None and yesterday:
        # "Peru and Chile agreed to X, following a phone call between their ministers
        # yesterday": the day before the report's
        stated = find_date("yesterday", published)
    if (
        stated is None
        or (published is not None and stated > published)
        or _planned(before.low, before.words)
    ):
        return None
    if any(m.person in participants for m in index.between(before.start, before.end)):
        return stated
    pair = _TWO_COUNTRIES_SUBJECT.match(said) if len(participants) == 2 else None
    theirs = {people[p].country for p in participants}
    if pair is None:
        # "ISLAMABAD: A has assured B of X, officials said on Tuesday. The assurance came
        # during a meeting between ...": the lead's day, of the countries of those who met;
        # "The foreign ministers of A, B and C agreed on Monday ...": the day of those ministers
        return (
            stated
            if (is_lead or _MINISTERS_OF_SUBJECT.match(said) is not None)
            and None not in theirs
            and len(theirs) >= 2
            and theirs <= countries_of_words(said)
            else None
        )
    told = {country_of_name(pair["a"]), country_of_name(pair["b"])}
    return stated if len(theirs) == 2 and None not in told and told == theirs else None


# "The foreign ministers of Chile, Peru and Bolivia agreed ...": the office holders of countries
# as a sentence's subject.
_MINISTERS_OF_SUBJECT: Final = re.compile(
    r"The\s+(?:[a-z]+\s+){0,2}?(?:ministers|leaders|presidents|prime\s+ministers|"
    r"heads\s+of\s+(?:state|government))\s+of\s+(?:the\s+)?[A-Z]"
)
# "Chile and Peru agreed on Monday ...": two countries as a sentence's subject.
_TWO_COUNTRIES_SUBJECT: Final = re.compile(
    r"(?:[A-Z][A-Z.,' ]*\s+(?:--|[-–—:])\s+)?"  # after a dateline ("LIMA -- ")
    r"(?:The\s+)?(?P<a>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?=[a-z])"
)


def _unquoted(
    text: str, low: str, text_at: int, quote_spans: list[tuple[int, int]]
) -> tuple[str, str]:
    """The text and its lower case with the quotations in it (`text` stands at `text_at` in
    the body) blanked: "our ships in every port of Castelmar", quoted, is no place of the
    meeting told."""
    for start, end in quote_spans:
        cut_from, cut_to = max(start - text_at, 0), min(end - text_at, len(text))
        if cut_from < cut_to:
            blank = " " * (cut_to - cut_from)
            text = text[:cut_from] + blank + text[cut_to:]
            low = low[:cut_from] + blank + low[cut_to:]
    return text, low


def _own_days_and_places(
    groups: list[tuple[list[int], str | None]],
    named_at: dict[int, int],
    text: str,
    text_at: int,
    published: dt.date | None,
) -> list[tuple[dt.date | None, str | None]]:
    """The day and place told after each guest of one host met alone, up to the next guest
    ("met A in Valdora on Sunday and B in Corvo on Monday"), when at least two guests have
    their own and those differ; else []."""
    if len(groups) < 2 or any(len(g) != 2 or g[0] != groups[0][0][0] for g, _ in groups):
        return []
    starts = [named_at.get(g[1], -1) - text_at for g, _ in groups]
    if min(starts) < 0 or starts != sorted(starts):
        return []
    told: list[tuple[dt.date | None, str | None]] = []
    for at, end in zip(starts, [*starts[1:], len(text)], strict=True):
        segment = text[at:end]
        told.append((find_date(segment, published), _place(segment)))
    if sum(1 for t in told if any(t)) < 2 or len(set(told)) < len(told):
        if " to " not in text:
            return []
        # "X travelled to A for talks with B and then to C, where he met D": each stop told
        # before its guest
        places = [
            _travelled_to(text[start:at])
            for start, at in zip([0, *starts[:-1]], starts, strict=True)
        ]
        if None in places or len(set(places)) < len(places):
            return []
        return [(None, place) for place in places]
    return told


# "flew to Rome for talks with", "and then to Vienna, where": a stop of a trip.
_TRAVELLED_TO: Final = re.compile(
    r"\b(?:travell?ed|went|flew|headed|proceeded|then)\s+(?:on\s+)?to\s+"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def _travelled_to(text: str) -> str | None:
    """The one city a stretch of text says someone travelled to, else None."""
    stops = [m["place"] for m in _TRAVELLED_TO.finditer(text)]
    if len(stops) != 1 or not is_city(stops[0]) or country_of_word(stops[0]):
        return None
    return stops[0]


# 'A Harbour House spokesperson said: "The Prime Minister welcomed Prime Minister X of
# Ruritania to Harbour House this morning.': a readout quoted whole, its host never named.
# source's _SPOKESPERSON_SAID reads the same words as a sentence of their own, naming the office.
_SPOKESPERSON_SAID: Final = re.compile(rf"\b{SPOKESPERSON}\s+said:\s*$", re.IGNORECASE)
_UNNAMED_HOST: Final = re.compile(
    r"[“\"]?the\s+(?:prime\s+minister|president|chancellor|foreign\s+secretary|"
    r"secretary\s+of\s+state|(?:deputy\s+)?secretary[\s-]general|king|queen)\s+"
    r"(?:(?:today|yesterday|also|on\s+[a-z]+day)\s+)?"
    r"(?:(?P<met>welcomed|met|received|hosted)|(?P<spoke>spoke))"
    # "The Secretary-General met today with X", "spoke this afternoon to X"
    r"(?:\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+[a-z]+day))?"
    r"(?:\s+(?:to|with))?\s"
)


def _unnamed_host_readout(
    body: str,
    sents: list[Sentence],
    quote_spans: list[tuple[int, int]],
    index: MentionIndex,
    published: dt.date | None,
    dateline_end: int,
) -> list[MeetingFound]:
    """The meeting a readout opens with, of the one guest it names, its host never named: "The
    Prime Minister welcomed Prime Minister X to Harbour House this morning", told by the
    readout's first sentences or quoted whole after "A spokesperson said:"; [] if none."""
    openings: list[int] = []
    if quote_spans:
        start, end = quote_spans[0]
        if _SPOKESPERSON_SAID.search(body, max(0, start - 80), start):
            openings = [n for n, s in enumerate(sents) if start <= s.start < end][:1]
    if not openings:
        openings = [
            n for n in range(min(4, len(sents))) if not _inside(sents[n].start, quote_spans)
        ]
    for at in openings:
        opening = sents[at]
        opens = max(0, dateline_end - opening.start)  # ("NEW YORK, 5 March – The ...")
        host = _UNNAMED_HOST.match(opening.low, opens) if "the" in opening.words else None
        if host is None:
            continue
        after = opening.start + host.end()
        if any(m.kind != "role" for m in index.between(opening.start, after)):
            return []  # (a named host: "The President, X, met Y" is told otherwise)
        named = index.between(after, opening.end)
        if not named or not _is_title(body[after : named[0].start]):
            return []  # ("The Prime Minister welcomed the progress made with X")
        guests = list(dict.fromkeys(m.person for m in named))
        if len(guests) != 1:
            return []
        date = find_date(opening.text, published, opening.words or None) or published
        kind = "phone call" if host.group("spoke") else "meeting"
        return [MeetingFound(guests, date, _place(opening.text, opening.low), kind, at)]
    return []


def _named_later(
    meetings: list[MeetingFound], at: int, countries: set[str], people: list[PersonFound]
) -> None:
    """Add to meeting `at` (one with "the presidents of" those countries) each President of
    one of them named anywhere in the brief."""
    met = meetings[at]
    for i, person in enumerate(people):
        title = (person.title or "").lower().split()
        if i not in met.participants and person.country in countries and "president" in title:
            met.participants.append(i)


# "I am very pleased to welcome you to Moscow": where the speaker hosts the guest.
_WELCOME_TO: Final = re.compile(r"\bwelcome\s+you\s+(?:to|in)\s+(?P<place>[A-Z][\w’'-]+)")


def _transcribed(
    body: str, meetings: list[MeetingFound], index: MentionIndex, published: dt.date | None
) -> None:
    """Fill the date and place of a meeting told as a transcript, each participant with a
    line of his own ("President of Russia X: Mr President, ..."): published that day, and
    held where one welcomes the other ("welcome you to Moscow")."""
    if ":" not in body:
        return
    speakers: set[int] = set()
    for mention in index.mentions:
        if body.startswith(":", mention.end):
            line = body[body.rfind("\n", 0, mention.start) + 1 : mention.start]
            if len(line) < 80 and "." not in line and "," not in line:
                speakers.add(mention.person)
    if len(speakers) < 2:
        return
    for found in meetings:
        if len(found.participants) >= 2 and speakers.issuperset(found.participants):
            found.date = found.date or published
            welcome = _WELCOME_TO.search(body) if "welcome" in body else None
            if found.place is None and welcome and is_city(welcome.group("place")):
                found.place = welcome.group("place")
            return


# "X called President Y": a phone call (not "called on", "was called", "so-called").
_CALLED: Final = re.compile(
    r"(?<![\w-])(?<!was\s)(?<!were\s)(?<!been\s)called\s(?!on\b|upon\b|for\b)"
)
# What may follow the one called: a day, a purpose, a comma or the end; not "a partner" or
# "'s proposal" (not "called Y a reliable partner").
_AFTER_CALLED: Final = re.compile(
    r"\s*(?:[.,;]|$|\s(?:on|to|and|yesterday|today|last|this|earlier|late|from)\b)"
)


def _named_after(
    verb: re.Pattern[str], low: str, text_at: int, index: MentionIndex, body: str
) -> Mention | None:
    """The person named (after a title at most) right after `verb`'s first match in the
    lower-case text, which stands at `text_at` in the body."""
    found = _after_and_named(verb, low, text_at, index, body)
    return found[1] if found is not None else None


def _after_and_named(
    verb: re.Pattern[str], low: str, text_at: int, index: MentionIndex, body: str
) -> tuple[int, Mention] | None:
    """Where `verb`'s first match in the lower-case text (at `text_at` in the body) ends in
    the body, and the person named right after it (after a title at most)."""
    found = verb.search(low)
    if found is None:
        return None
    at = text_at + found.end()
    named = index.between(at, at + 80)
    if not named:
        return None
    end = named[0].start
    if (
        body.startswith(", ", end - 2)
        and body[at : end - 2].strip()
        and _is_title(body[at : end - 2])
    ):
        end -= 2  # "spoke with the President of Ruritania, X": the title, then the name
    if _NOT_A_TITLE.search(body, at, end):
        return None
    return at, named[0]


# Lower-case words a title before a name may hold: "the Minister of State for Trade".
_TITLE_GLUE: Final = frozenset(["of", "the", "for", "and", "de", "al", "bin"])


def _is_title(text: str) -> bool:
    """Whether the text holds capitalised words and the glue words of a title only (or
    nothing): "Minister of State for Trade", not "reporters about"."""
    return all(word[0].isupper() or word in _TITLE_GLUE for word in text.split())


def _titled_after(
    verb: re.Pattern[str], low: str, text_at: int, index: MentionIndex, body: str
) -> bool:
    """Whether a person is named right after `verb`'s first match in the lower-case text
    (at `text_at` in the body), after a title of capitalised words at most ("spoke with
    President of Ruritania X"; not "spoke with reporters about X")."""
    found = _after_and_named(verb, low, text_at, index, body)
    return found is not None and _is_title(body[found[0] : found[1].start])


_HANDED_BY: Final = re.compile(r"\bhanded\s+over\s+(?:[^;]{1,80}?\s)?by\s")
_TO_NEXT: Final = re.compile(r"\s+to\s")


def _handed_over(low: str, text_at: int, index: MentionIndex, body: str) -> bool:
    """Whether the lower-case text (at `text_at` in the body) tells that something was
    handed over by one named to another named ("was handed over at the border by Deputy
    Minister X to Minister Y"), a title at most before each name."""
    giver = _named_after(_HANDED_BY, low, text_at, index, body)
    if giver is None:
        return False
    to = _TO_NEXT.match(body, giver.end)
    if to is None:
        return False
    named = index.between(to.end(), to.end() + 80)
    return bool(named) and not _NOT_A_TITLE.search(body, to.end(), named[0].start)


def _called_person(low: str, text_at: int, index: MentionIndex, body: str) -> str | None:
    """ "phone call" if the lower-case text (at `text_at` in the body) tells that someone
    called a person by name ("Prime Minister X called President Y on Monday")."""
    named = _named_after(_CALLED, low, text_at, index, body)
    if named is None:
        return None
    after = _AFTER_CALLED.match(body, named.end)
    if after is None:
        return None
    if after.group().strip() == "and" and index.between(after.end(), after.end() + 40):
        return None  # "called A and B to the stage": a summons
    return "phone call"


# "The Andean side was represented by A, B and C"
_REPRESENTED: Final = re.compile(r"\b(?:was|were)\s+represented\s+by\b")


def _represented(
    found: MeetingFound,
    number: int,
    sents: list[Sentence],
    text: str,
    index: MentionIndex,
    quote_spans: list[tuple[int, int]],
) -> None:
    """Add to a chaired or attended meeting told in the two sentences before (sentence
    `number`'s `text`) the people who "represented" a side at it."""
    told = sents[found.sentence]
    if found.sentence < number - 2 or told.words.isdisjoint(("chaired", "attended")):
        return
    represented = _REPRESENTED.search(text)
    if represented is None:
        return
    sentence = sents[number]
    at = sentence.end - len(text) + represented.end()
    for mention in index.between(at, sentence.end):
        if mention.person not in found.participants and not _inside(mention.start, quote_spans):
            found.participants.append(mention.person)


_INCLUDED: Final = words_of("included includes comprised")
_DELEGATION_INCLUDED: Final = re.compile(
    r"(?:the|this)\s+delegation\s+(?:also\s+)?(?:included|includes|comprised)\s"
)
_RECEIVED_DELEGATION: Final = re.compile(
    r"\b(?:received|receives|hosted|hosts)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?delegation\b"
)


def _delegation_included(
    found: MeetingFound,
    number: int,
    sents: list[Sentence],
    index: MentionIndex,
    quote_spans: list[tuple[int, int]],
) -> None:
    """Add to a reception of a delegation told in the sentence before the members that sentence
    `number` ("The delegation also included ...") names and the text names again later (the
    ambassador who spoke at it); a member named only in the list is not shown to have met."""
    told = sents[found.sentence]
    sentence = sents[number]
    if (
        found.sentence != number - 1
        or _DELEGATION_INCLUDED.match(sentence.low) is None
        or _RECEIVED_DELEGATION.search(told.low) is None
    ):
        return
    later = {m.person for m in index.between(sentence.end, sents[-1].end)}
    for mention in index.between(sentence.start, sentence.end):
        person = mention.person
        if (
            person in later
            and person not in found.participants
            and not _inside(mention.start, quote_spans)
        ):
            found.participants.append(person)


_ACCOMPANIED_IN: Final = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?accompanied\s+(?:in|at|during)\s+(?P<which>both|all|the|these)"
    r"\s+(?:(?:two|three|four)\s+)?(?P<noun>meetings?|talks)\s+by\s"
)


def _accompanied_in(
    meetings: list[MeetingFound],
    sentence: Sentence,
    index: MentionIndex,
    quote_spans: list[tuple[int, int]],
) -> bool:
    """Add the people who accompanied someone "in both meetings" ("in the meeting") to the
    last meetings of that one told (the last); whether the sentence said so."""
    accompanied = _ACCOMPANIED_IN.search(sentence.low)
    if accompanied is None:
        return False
    at = sentence.start + accompanied.start()
    subject = next((m.person for m in index.between(sentence.start, at)), None)
    if subject is None:
        subject = meetings[-1].participants[0]  # "He was accompanied in both meetings by"
    told = [found for found in meetings if subject in found.participants]
    which, noun = accompanied.group("which"), accompanied.group("noun")
    if which == "both":
        told = told[-2:]
    elif noun != "meetings":
        told = told[-1:]
    if not told:
        return False
    joined = [
        m.person
        for m in index.between(sentence.start + accompanied.end(), sentence.end)
        if not _inside(m.start, quote_spans)
    ]
    for found in told:
        found.participants += [p for p in dict.fromkeys(joined) if p not in found.participants]
    return bool(joined)


# "The Foreign Secretary was accompanied by Undersecretary Y", told after a call.
_ACCOMPANIED_BY: Final = re.compile(r"\b(?:was|were)\s+(?:also\s+)?accompanied\s+by\s")
_ACCOMPANIED_SUBJECT: Final = re.compile(r"(?:he|she|the(?:\s+[\w-]+){1,4})\s+")


def _accompanied_on_call(
    call: MeetingFound,
    sentence: Sentence,
    index: MentionIndex,
    quote_spans: list[tuple[int, int]],
) -> bool:
    """Add the people who accompanied one on the phone or video call told last ("The Foreign
    Secretary was accompanied by Y") to that call; whether the sentence said so. (On a visit,
    those accompanying the visitor are in no meeting of their own.)"""
    if call.kind not in _REMOTE:
        return False
    accompanied = _ACCOMPANIED_BY.search(sentence.low)
    if accompanied is None:
        return False
    at = sentence.start + accompanied.start()
    subject = index.between(sentence.start, at)
    if subject:
        if subject[0].person not in call.participants:
            return False
    elif not _ACCOMPANIED_SUBJECT.fullmatch(sentence.low, 0, accompanied.start()):
        return False  # ("He was accompanied by", "The Foreign Secretary was accompanied by")
    joined = [
        m.person
        for m in index.between(sentence.start + accompanied.end(), sentence.end)
        if not _inside(m.start, quote_spans) and m.person not in call.participants
    ]
    call.participants += list(dict.fromkeys(joined))
    return bool(joined)


_WELCOMED: Final = re.compile(r"\bwelcomed\s")
# "The chamber hosted a delegation led by X. Its president Y welcomed the mission": Y met X.
# "Copies of credentials were presented by A, B and C", "The letters of credence were handed
# over by A": those whose credentials a host was told to have received.
_CREDENTIALS_WORDS: Final = frozenset(["credentials", "credence"])
_CREDENTIALS_PRESENTED_BY: Final = re.compile(
    r"(?:the\s+)?(?:cop(?:y|ies)\s+of\s+(?:the\s+|their\s+)?)?(?:letters\s+of\s+)?"
    r"(?:credentials|credence)\s+(?:was|were)\s+(?:presented|handed\s+over|submitted)\s+by\b"
)
_CEREMONY_ATTENDED: Final = re.compile(
    r"the\s+(?:[\w-]+\s+)?ceremony\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b"
)
# "which Y did not attend", "Y could not attend": Y was absent.
_NOT_WORDS: Final = frozenset(["not", "didn't", "couldn't", "unable"])
_DID_NOT_ATTEND: Final = re.compile(
    r"\b(?:did\s+not|didn[’']t|could\s+not|couldn[’']t|(?:was|were)\s+unable\s+to)\s+attend\b"
)
# "open to a meeting with Y", "ready to meet Y", "looks forward to meeting Y": a wish.
_WISHED_WORDS: Final = frozenset(["open", "ready", "willing", "forward", "hoped", "hopes"])
_WISHED_MEETING: Final = re.compile(
    r"\b(?:(?:open|ready|willing)\s+(?:to|for)|look(?:s|ed|ing)?\s+forward\s+to|"
    r"hope[sd]?\s+to)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:meeting|meet|talks|visit)\b"
)
_WELCOMED_GUESTS: Final = re.compile(
    r"\bwelcomed\s+the\s+(?:[\w-]+\s+){0,2}?(?:delegation|mission|guests?|visitors?)\b"
)
_TO_CITY: Final = re.compile(r"\s+to\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


# "in the Chilean capital on Friday": a capital left unnamed.
_UNNAMED_CAPITAL: Final = re.compile(
    r"\bin\s+the\s+(?P<which>[\w-]+)\s+capital\b(?:,?\s+(?P<named>[A-Z][\w’'-]+))?"
)


def _capital_here(text: str, towns: list[str]) -> str | None:
    """The first of `towns` (the dateline's city, the places of meetings told before) of the
    country whose capital the text tells a meeting was in ("in the Kyrgyz capital"), else
    None."""
    said = _UNNAMED_CAPITAL.search(text) if towns else None
    if said is None or (said["named"] and is_city(said["named"])):
        return None  # (none, or named: "in the Chilean capital Santiago")
    country = country_of_word(said["which"])
    return next((town for town in towns if country and country_of_city(town) == country), None)


# What may stand beside the date on a line of its own: a time, commas, dashes.
_TIME_AND_MARKS: Final = re.compile(r"\b\d{1,2}:\d{2}\b|[\s,.|/–—-]+")


def _date_line(text: str, published: dt.date | None) -> dt.date | None:
    """The date of a line that holds only a date and a time ("November 25, 2026, 17:45"),
    else None."""
    if len(text) > 40:
        return None
    written = ANY_DATE.search(text)
    if written is None or _TIME_AND_MARKS.sub("", text.replace(written.group(), "")):
        return None
    return parse_date(written.group(), published)


# Capitalised words that name a body, building or office, never a town ("Parliament").
_NOT_TOWN_WORDS: Final = ORG_WORDS | TITLE_WORDS


def _went_to_town(place: str) -> bool:
    """Whether the place one "travelled to ..., where" is a town: a known city, or a name
    that is no country, region, body or office ("travelled to Linz, where she met Y",
    not "travelled to Parliament, where")."""
    return is_city(place) or (
        country_of_word(place) is None
        and country_of_name(place) is None
        and place.split()[-1] not in _REGION_NAMES
        and _NOT_TOWN_WORDS.isdisjoint(place.lower().split())
    )


def _welcomed_to_city(low: str, text_at: int, index: MentionIndex, body: str) -> str | None:
    """The city if the lower-case text (at `text_at` in the body) tells that someone
    welcomed a person by name to it ("X welcomed President Y to Samarkand"), else None."""
    named = _named_after(_WELCOMED, low, text_at, index, body)
    if named is None:
        return None
    to = _TO_CITY.match(body, named.end)
    return to["place"] if to is not None and is_city(to["place"]) else None


def _visit_to_person(low: str, text_at: int, index: MentionIndex, body: str) -> str | None:
    """ "visit" if the lower-case text (at `text_at` in the body) tells of a visit paid to a
    person ("paid a farewell visit to Minister of Foreign Affairs X"), not to a place ("paid a
    working visit to London", "a visit to China at the invitation of X")."""
    paid = _PAID_VISIT.search(low)
    if paid is None:
        return None
    at = text_at + paid.end()
    named = index.between(at, at + 160)
    if not named or _NOT_A_TITLE.search(body, at, named[0].start):
        return None
    return "meeting"  # the one visited received the visitor (not "visit": that one hosts)


# "The agreement was signed in Lima on Friday by A and B": a signing told as an event.
# "The documents were signed by A and B": those told just before, by whom.
_THE_DOCUMENTS_SIGNED_BY: Final = re.compile(
    r"(?:the|these|both|all)\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements|memoranda|deals|"
    r"accords|protocols|texts)\s+(?:were|was)\s+signed\s+by\b"
)
_SIGNED_BY: Final = re.compile(r"\b(?:was|were)\s+signed\s+(?P<when>[^;]{1,80}?)\s+by\s")
_SIGNED_BY_AT: Final = re.compile(
    r"\b(?:was|were)\s+signed\s+by\s[^;]{1,160}?\sat\s+the\s+(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:Ministry|Palace|House|Office|Hall|Building|Headquarters|Centre|Center|Secretariat)\b"
)


# Between the second signer's name and the verb: nothing, or when ("A and B on Monday
# signed", "A and B signed"); then the verb.
_SIGNED_NEXT: Final = re.compile(
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?signed\s"
)


def _signers_pair(text: str, text_at: int, in_sentence: list[Mention], body: str) -> bool:
    """Whether the text (at `text_at` in the body) opens with two people joined by "and" as
    the subject of "signed" ("Egypt's Minister X and Uzbekistan's Minister Y signed"), not
    two named in a clause ("X said that Egypt and Peru signed")."""
    told = [m for m in in_sentence if m.start >= text_at]
    if len(told) < 2 or told[0].person == told[1].person:
        return False
    first, second = told[0], told[1]
    joined = body[first.end : second.start]
    if " and " not in joined or any(mark in joined for mark in ',;:"“”'):
        return False
    return _SIGNED_NEXT.match(body, second.end) is not None


# Before the subject's name, only its title: "Economics Minister ", "H.E. ".
_TITLE_BEFORE: Final = re.compile(r"(?:[A-Z][\w’'.-]*\s+|(?:of|for|and|the)\s+)*")
# From the subject's name to the other signer's: "signed the agreement in Lima on Sunday
# with Trade Minister ".
_SIGNED_WITH: Final = re.compile(
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?signed\s[^;:\"“”]{1,160}?"
    r"\swith\s+(?:(?:his|her)\s+(?:[\w-]+\s+)?counterpart,?\s+)?"
    r"(?:[A-Z][\w’'.-]*\s+|(?:of|for|and|the)\s+)*$"
)


def _signed_with(text: str, text_at: int, in_sentence: list[Mention], body: str) -> bool:
    """Whether the text (at `text_at` in the body) opens with one person, titled or not, who
    "signed" a document "with" the second person named ("A signed the agreement in Lima with
    Minister B"), not a clause of someone else's signing."""
    told = [m for m in in_sentence if m.start >= text_at]
    if len(told) < 2 or told[0].person == told[1].person:
        return False
    first, second = told[0], told[1]
    if _TITLE_BEFORE.fullmatch(body, text_at, first.start) is None:
        return False
    return _SIGNED_WITH.fullmatch(body, first.end, second.start) is not None


def _signing(text: str, low: str, published: dt.date | None) -> str | None:
    """ "signing" if the text tells that a document was signed, where or when ("was signed in
    Lima on Friday by A and B", "were signed on Tuesday at the ministry in Quito by"):
    those who signed it met; one that only says who signed ("The contract was signed by
    A and B") tells of the document, not of a meeting."""
    signed = _SIGNED_BY.search(low)
    if signed is None:
        # "The agreement was signed by A and B at the Ministry of Finance": where it was
        return "signing" if "signed by" in low and _SIGNED_BY_AT.search(text) else None
    when = text[signed.start("when") : signed.end("when")]
    if find_date(when, published) is None and _place(f"signed {when}") is None:
        return None
    return "signing"


_PRESS_CONFERENCE: Final = re.compile(
    r"\b(?:told|said\s+at|speaking\s+at)\s+a\s+(?:joint\s+)?press\s+conference\b"
)
# A meeting at a signing told before: "X met Y after the signing", "The MoUs were signed at a
# trilateral meeting chaired by X".
_AT_SIGNING: Final = re.compile(
    r"\b(?:(?:after|following|at|during)\s+the\s+signing|"
    r"(?:was|were)\s+signed\s+(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:meeting|talks))\b"
)


# "X met with A, B and C", "X received A and B": a host, then the guests.
_HOST_WITH_GUESTS: Final = re.compile(
    r"\b(?:met|meets)\b|\b(?:talks|meetings?)\s+with\b|\breceived\b|\bhosted\b"
)


def _guests_group(
    meetings: list[MeetingFound],
    guest: int,
    participants: list[int],
    sents: list[Sentence],
    index: MentionIndex,
) -> int | None:
    """The meeting before of a host with several guests, `guest` among them, that a later
    "During the talks with <guest>" singles out: in its sentence the host is named before the
    meeting verb ("X ... met with A, B and C") and every guest after it. None if there is none."""
    for number in range(len(meetings) - 1, -1, -1):
        found = meetings[number]
        host, *guests = found.participants
        if len(guests) < 2 or guest not in guests or not set(participants) <= {host, *guests}:
            continue
        sentence = sents[found.sentence]
        verb = _HOST_WITH_GUESTS.search(sentence.low)
        if verb is None:
            return None
        at = sentence.start + verb.start()
        first_at: dict[int, int] = {}
        for mention in index.between(sentence.start, sentence.end):
            first_at.setdefault(mention.person, mention.start)
        if first_at.get(host, at) < at and all(first_at.get(g, 0) > at for g in guests):
            return number
        return None
    return None


def _split_guests(meetings: list[MeetingFound], groups: set[int]) -> list[MeetingFound]:
    """The meetings with each group of `groups` split into one of its host with each guest,
    where and when the group met; a later meeting of the same two joins its pair."""
    out: list[MeetingFound] = []
    for number, found in enumerate(meetings):
        pairs = (
            [
                MeetingFound(
                    [found.participants[0], guest],
                    found.date,
                    found.place,
                    found.kind,
                    found.sentence,
                )
                for guest in found.participants[1:]
            ]
            if number in groups
            else [found]
        )
        for pair in pairs:
            same = next((m for m in out if set(m.participants) == set(pair.participants)), None)
            if same is None:
                out.append(pair)
            else:
                same.date = same.date or pair.date
                same.place = same.place or pair.place
    return out


# "..., a day after his talks with B", "two days after a telephone conversation with B": an
# earlier meeting of the sentence's subject, told in a clause after the one it is about.
# "The meeting came a day after ...", "The talks came two days after ...": the meeting told
# before, then how many days after what the clause tells.
_CAME_DAYS_AFTER: Final = re.compile(
    r"(?:the|their|his|her)\s+(?:[\w-]+\s+)?(?:meeting|talks|visit|call|conversation)\s+came\s+"
    r"(?:(?P<one>a|one)\s+day|(?P<n>two|three|four)\s+days)\s+after\s"
)
_FEW_DAYS: Final = {"two": 2, "three": 3, "four": 4}
_DAY_AFTER_WITH: Final = re.compile(
    r",\s+(?:(?P<one>a|one|the)\s+day|(?P<n>two|three)\s+days)\s+after\s+(?:his|her|their|an?|the)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|conversation|call|discussions)\s+with\s"
)


def _day_after(
    participants: list[int], named_at: dict[int, int], text_at: int, low: str
) -> tuple[list[int], list[int], int, str | None, int] | None:
    """Those met in the meeting told (the subject first), those of the earlier meeting told
    in a clause "a day after his talks with B", the days between, the earlier one's kind and
    where the clause opens in `low`; None without such a clause."""
    clause = _DAY_AFTER_WITH.search(low)
    if clause is None:
        return None
    at = text_at + clause.start()
    before = [p for p in participants if named_at.get(p, at) < at]
    after = [p for p in participants if p not in before]
    if len(before) < 2 or before[0] != participants[0] or not after:
        return None
    days = 1 if clause.group("one") else {"two": 2, "three": 3}[clause.group("n")]
    return before, after, days, _kind(low[clause.start() :]), clause.start()


_EACH_WITH: Final = re.compile(
    r"\bbilateral\s+meetings\s+with\b|"
    # "X held meetings on Friday with A, B and C": a meeting with each
    r"\b(?:held|had)\s+(?:bilateral\s+|separate\s+)?meetings(?:\s+[\w-]+){0,4}?\s+with\b|"
    r"\b(?:meetings|met|talks)\s+with\b[^;]*\sand\s+(?:later\s+|then\s+|also\s+)?with\b"
)


# Words of a meeting held together: "a trilateral meeting", "received the credentials of".
_GROUP_WORDS: Final = words_of(
    """
    trilateral quadrilateral multilateral jointly together round roundtable table credentials
    credence delegations heads summit respective ceremony
    """
)
_MET: Final = re.compile(r"\b(?:met|meets)\b")
# The text tells of three together: "the three ministers", "the three countries", "a trilateral".
_THREE_TOGETHER: Final = re.compile(
    r"\b(?:[Tt]he\s+three\s+(?:countries|nations|states|governments|ministers|foreign\s+ministers|"
    r"leaders|presidents|prime\s+ministers|heads|sides|parties|delegations)|"
    r"[Tt]ri(?:lateral|partite)|[Tt]hree-(?:way|party|nation))\b"
)


def _three_together(body: str) -> bool:
    """Whether the text tells of three together ("the three ministers", "a trilateral"), so
    that "X met A and B" is one meeting of the three. (Asked only of the rare sentence where
    it decides, not of every text.)"""
    return ("hree" in body or "rilateral" in body or "ripartite" in body) and bool(
        _THREE_TOGETHER.search(body)
    )


_RESPECTIVELY_MET: Final = re.compile(r"\b(?:met|meets|received|receives)\b")
# "A and B met with him separately": the guest told before, by a pronoun.
_MET_HIM_SEPARATELY: Final = re.compile(
    r"\b(?:met|received|(?:held|had)\s+(?:[\w-]+\s+)?(?:talks|meetings?)\s+with)\s+"
    r"(?:with\s+)?(?P<pronoun>him|her)\s+(?:separately|respectively)\b"
)
# The verb of "A and B met with X separately" (or "held talks with", "received").
_SEPARATELY_MET: Final = re.compile(
    r"\b(?:met|meets|received|receives|(?:held|had)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?))\b"
)


def _not_again(low: str, words: frozenset[str]) -> bool:
    """Whether a sentence telling a meeting has none of the words that make it another of
    the same people ("also", "again"), outside a clause of those attending it ("The two met
    on Monday, with A also in the room")."""
    if words.isdisjoint(_AGAIN_WORDS):
        return True
    attending = _ATTENDING_CLAUSE.search(low) if "with" in words else None
    return attending is not None and _AGAIN_WORDS.isdisjoint(low[: attending.start()].split())


def _one_and_others(
    participants: list[int],
    named_at: dict[int, int],
    text_at: int,
    low: str,
    words: frozenset[str],
    people: list[PersonFound],
    body: str = "",
) -> tuple[int | None, list[int]]:
    """The one who met each of the others alone, if the sentence tells so: "A and B met with
    X respectively"; "X met (with) A, B and C", three or more listed; "X met A of one country
    and B of another", unless the text (`body`) tells of the three together ("the three
    ministers"). (None, []) if it does not."""
    respectively = "respectively" in words
    verb = (_RESPECTIVELY_MET if respectively else _MET).search(low)
    if verb is None or _kind(low[verb.end() :]) is not None:
        return None, []  # (nor "X met A, while Y held talks with B": two meetings)
    at = text_at + verb.start()
    # (a subject found by its office, not by a name, was put first, with no position)
    before = [p for p in participants if named_at.get(p, -1) < at]
    after = [p for p in participants if p not in before]
    if respectively and len(after) == 1 and len(before) >= 2:
        return after[0], before
    if len(before) != 1 or len(after) < 2:
        return None, []
    if respectively or len(after) >= 3:
        return before[0], after
    if len(after) == 2 and _three_together(body):
        return None, []
    countries = [people[p].country for p in after]
    if None not in countries and len(set(countries)) == len(countries):
        return before[0], after
    return None, []


def _groups(
    participants: list[int],
    named_at: dict[int, int],
    text_at: int,
    low: str,
    kind: str | None,
    words: frozenset[str],
    people: list[PersonFound],
    body: str = "",
) -> list[tuple[list[int], str | None]]:
    """The meetings one sentence tells of: "X met A, while Y held talks with B" is two, and so
    is "X held separate meetings with A and B" or "X met A, B and C"; else one of everyone
    named (`body` is the whole text)."""
    split = low.find(", while ") if "while" in words else -1
    if split > 0:
        at = text_at + split
        before = [p for p in participants if named_at.get(p, at) < at]
        after = [p for p in participants if p not in before]
        later_kind = _kind(low[split:])
        if len(before) >= 2 and len(after) >= 2 and later_kind is not None:
            # "X held a separate meeting with A, while Y met B": the clause before "while"
            # is read on its own (it may tell several meetings), the one after is another
            head = low[:split]
            return [
                *_groups(
                    before,
                    named_at,
                    text_at,
                    head,
                    _kind(head) or kind,
                    frozenset(a_to_z_words(head)),
                    people,
                    body,
                ),
                (after, later_kind),
            ]
    if (
        "separate" in words
        or "separately" in words
        # "X held bilateral meetings with A and with B": one with each
        or (len(participants) >= 3 and "with" in words and _EACH_WITH.search(low))
    ):
        if len(participants) >= 3 and "separately" in words:
            # "A and B met with X separately": each of those before the verb with the one
            # after it
            verb = _SEPARATELY_MET.search(low)
            at = text_at + verb.start() if verb is not None else -1
            before = [p for p in participants if 0 <= named_at.get(p, at) < at]
            after = [p for p in participants if p not in before]
            if len(before) >= 2 and len(after) == 1:
                return [([one, after[0]], kind) for one in before]
        first, *others = participants
        return [([first, other], kind) for other in others]
    if len(participants) >= 3 and words.isdisjoint(_GROUP_WORDS):
        one, others = _one_and_others(participants, named_at, text_at, low, words, people, body)
        if one is not None:
            return [([one, other], kind) for other in others]
    if len(participants) >= 3 and " and " in low:
        and_met = _AND_MET.search(low)
        if and_met:
            at = text_at + and_met.start()
            first = participants[0]
            before = [p for p in participants if named_at.get(p, at) < at]
            after = [p for p in participants if p not in before]
            if before and before[0] == first and len(before) >= 2 and after:
                later_kind = _kind(low[and_met.start() :]) or kind
                if len(after) >= 2 and " calls " in and_met.group():
                    # "X held talks with A, and paid courtesy calls on B, C and D": a call on
                    # each
                    return [(before, kind)] + [([first, other], later_kind) for other in after]
                return [(before, kind), ([first, *after], later_kind)]
    return [(participants, kind)]
