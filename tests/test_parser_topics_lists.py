"""Topic lists in the forms outlets write them: numbered agendas, parties after "between",
names after a link's places, and the clauses that close a list."""

from __future__ import annotations

import pytest

from bot.parser import parse_brief, topics
from bot.parser.text import sentences
from bot.parser.topics import find_topics


def _topics(text: str) -> list[str]:
    """The topics of `text` in a brief that names people."""
    return find_topics(sentences(text), text, [], ["Anna Berg"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed:\n1- fisheries and ocean research;\n2- port logistics;\n"
            "3- student exchanges.",
            ["fisheries and ocean research", "port logistics", "student exchanges"],
        ),
        (
            "The ministers discussed:\n1) fisheries and ocean research;\n2) port logistics.",
            ["fisheries and ocean research", "port logistics"],
        ),
    ],
)
def test_a_list_numbered_with_a_hyphen_gives_one_topic_a_line(
    text: str, expected: list[str]
) -> None:
    """ "1- X;" at a line's start numbers an item as "1." and "1)" do."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks focused on a three-point agenda:\n1. fisheries and ocean research;\n"
            "2. port logistics;\n3. student exchanges.",
            ["fisheries and ocean research", "port logistics", "student exchanges"],
        ),
        ("The envoys discussed a 12-item agenda.", []),
        ("The talks focused on a five-point agenda of reforms.", ["five-point agenda of reforms"]),
    ],
)
def test_an_agenda_counted_by_its_points_is_no_topic_but_its_items_are(
    text: str, expected: list[str]
) -> None:
    """ "a three-point agenda:" says how many items follow, and names none of them."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed:\n1. fisheries;\n"
            "2. the regional grid between Peru, Chile and Bolivia;\n3. tourism.",
            ["fisheries", "regional grid between Peru, Chile and Bolivia", "tourism"],
        ),
        (
            "The ministers discussed the regional grid between Peru, Chile and Bolivia, "
            "fisheries and tourism.",
            ["regional grid between Peru, Chile and Bolivia", "fisheries", "tourism"],
        ),
    ],
)
def test_the_parties_named_after_between_stay_with_their_item(
    text: str, expected: list[str]
) -> None:
    """ "a grid between A, B and C": the names after "between" are who the item joins, not
    items of the list it stands in."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed the ferry link between Lima and Callao, the Selva canal, "
            "as well as fisheries and tourism.",
            ["ferry link between Lima and Callao", "Selva canal", "fisheries", "tourism"],
        ),
        (
            "The ministers discussed fisheries and the port of Callao, the new terminal.",
            ["fisheries", "port of Callao"],
        ),
    ],
)
def test_a_name_after_the_places_a_link_joins_is_an_item(text: str, expected: list[str]) -> None:
    """ "a link between A and B, the X canal, as well as Y": the "and" of "between A and B"
    ends no list, so what follows it is the next item, not an aside on B."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers discussed the upgrading of the old road bridge across the Ucayali "
            "river between Puerto Nuevo and Santa Rosa, and tourism.",
            ["upgrading of the old road bridge across the Ucayali river", "tourism"],
        ),
        (
            "The ministers discussed a new bridge over the river between Puerto Nuevo and "
            "Santa Rosa, and tourism.",
            ["bridge over the river between Puerto Nuevo and Santa Rosa", "tourism"],
        ),
    ],
)
def test_a_long_item_loses_the_two_places_it_joins(text: str, expected: list[str]) -> None:
    """ "the upgrading of a bridge over the X river between A and B" is too long a topic with
    the two places; without them it is the subject. A short one keeps them."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They agreed to expand cooperation in fisheries, tourism and mining, for the "
            "benefit of both peoples.",
            ["fisheries", "tourism", "mining"],
        ),
        (
            "They agreed to expand cooperation in fisheries, tourism and mining, in the "
            "interests of the region.",
            ["fisheries", "tourism", "mining"],
        ),
    ],
)
def test_whom_a_list_serves_closes_it(text: str, expected: list[str]) -> None:
    """ ", for the benefit of X", ", in the interests of X" after a list say whom it serves,
    no item of it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers held talks on fisheries on Thursday.", ["fisheries"]),
        (
            "The ministers signed a declaration on fisheries and tourism in Lima on Friday, "
            "at the end of the session.",
            ["fisheries", "tourism"],
        ),
        (
            "The ministers discussed by phone on Monday the expansion of rail freight.",
            ["expansion of rail freight"],
        ),
    ],
)
def test_the_weekday_after_an_item_ends_it(text: str, expected: list[str]) -> None:
    """ "(a declaration on X in Y) on Thursday": when it happened, no part of X; a weekday
    before the item ("discussed on Monday X") ends nothing."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg held talks in Lima, on her first visit to Peru since 2019.", []),
        (
            "The sides discussed port logistics and preparations for the next visit of the "
            "Peruvian Prime Minister to Chile.",
            ["port logistics"],
        ),
        (
            "The sides discussed the visit of a Chilean business delegation to Lima.",
            ["visit of a Chilean business delegation to Lima"],
        ),
    ],
)
def test_a_visit_is_the_occasion_of_talks_not_their_subject(
    text: str, expected: list[str]
) -> None:
    """ "on her first visit to X", "the visit of the Y Prime Minister": an event; a visit by a
    group that is not named ("a business delegation") is what the talks were about."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed the comprehensive economic and trade agreement and fisheries.",
            ["comprehensive economic and trade agreement", "fisheries"],
        ),
        (
            "They discussed comprehensive economic and security ties.",
            ["comprehensive economic and security ties"],
        ),
    ],
)
def test_adjectives_after_comprehensive_share_their_head(text: str, expected: list[str]) -> None:
    """ "the comprehensive economic and trade agreement": one deal, whose modifiers share the
    head, as after "the latest" or "new"."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys reviewed progress on Chile's pledge to fund the new port.", []),
        (
            "The loan covers port works, and the remainder for investments in schools.",
            ["port works", "schools"],
        ),
    ],
)
def test_a_pledge_or_a_remainder_alone_names_no_subject(text: str, expected: list[str]) -> None:
    """ "the X's pledge", "the remainder": what was promised or what is left, no subject."""
    assert _topics(text) == expected


def test_agreements_alone_name_no_subject() -> None:
    """ "the implementation of the agreements reached during X": which agreements is said
    elsewhere, if anywhere; "agreements" alone names no subject."""
    text = "The envoys reviewed the implementation of the agreements reached during the summit."
    assert _topics(text) == []


def test_a_verb_of_growth_alone_is_no_topic() -> None:
    """ "the state of relations and prospects for deepening (cooperation in A and B)": the
    gerund is what to do to the fields that follow, no field."""
    text = (
        "The sides discussed the current state of relations and prospects for deepening "
        "cooperation in fisheries and tourism."
    )
    assert _topics(text) == ["current state of relations", "fisheries", "tourism"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Berg raised the boundary issue during the talks.", ["boundary issue"]),
        ("Anna Berg raised the visa question and fisheries.", ["visa question", "fisheries"]),
        ("Anna Berg raised the same issue.", []),
    ],
)
def test_the_matter_a_side_raised_is_named_before_its_head(text: str, expected: list[str]) -> None:
    """ "she raised the boundary issue": the matter brought up, named before "issue" or
    "question"; "the same issue" names none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile has been pushing for a free trade agreement with Peru on its own.",
            ["free trade agreement with Peru"],
        ),
        ("Chile is seeking a visa waiver deal with Peru.", ["visa waiver deal with Peru"]),
    ],
)
def test_the_deal_a_side_seeks_is_a_topic(text: str, expected: list[str]) -> None:
    """ "pushing for a free trade agreement with X", "seeking a Y deal": the deal wanted."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders agreed to begin negotiations on a new fisheries partnership "
            "immediately after the April election.",
            ["fisheries partnership"],
        ),
        (
            "They discussed fisheries and tourism shortly before the summit.",
            ["fisheries", "tourism"],
        ),
    ],
)
def test_immediately_after_an_item_says_when(text: str, expected: list[str]) -> None:
    """ "(negotiations on X) immediately after the election", "shortly before Y": when, no
    part of the item."""
    assert _topics(text) == expected


def test_the_sentence_verb_after_a_relative_clause_ends_its_list() -> None:
    """ "The talks, which covered A, B and C, ended with X": the list of the relative clause
    ends where the sentence's own verb comes."""
    text = (
        "The talks, which covered fisheries, mining and skills development, ended with the "
        "exchange of some fifteen agreements and memorandums."
    )
    assert _topics(text) == ["fisheries", "mining", "skills development"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On fisheries, the two countries agreed to open a joint research centre.",
            ["fisheries", "joint research centre"],
        ),
        (
            "On trade and investment, the sides agreed to cut tariffs.",
            ["trade and investment", "tariffs"],
        ),
        (
            "On arrival, Anna Berg agreed to open a joint research centre.",
            ["joint research centre"],
        ),
    ],
)
def test_a_sentence_that_opens_with_its_field_names_it(text: str, expected: list[str]) -> None:
    """ "On energy, the two countries agreed to X": the field the sentence turns to; "On
    arrival," says when."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two countries still disagreed on the demarcation of the river boundary.",
            ["demarcation of the river boundary"],
        ),
        (
            "The sides noted differences over fishing quotas and visas.",
            ["fishing quotas", "visas"],
        ),
        ("They disagreed on how to proceed.", []),
    ],
)
def test_what_the_sides_differ_on_is_a_subject(text: str, expected: list[str]) -> None:
    """ "still disagreed on X", "differences over Y": a subject of the talks, on which the
    sides differ."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said the Alba Pension Plan Investment Board would invest in ports.", ["ports"]),
        ("They discussed the Alba Corridor Fund and the Selva Railway.", ["Selva Railway"]),
    ],
)
def test_a_body_named_after_a_project_is_no_project(text: str, expected: list[str]) -> None:
    """ "the X Pension Plan Investment Board", "the Y Corridor Fund": a board or a fund that
    bears the name, who acts, not what is discussed."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed the European integration of Georgia and the Republic of Moldova.",
            ["European integration of Georgia and the Republic of Moldova"],
        ),
        (
            "They discussed the accession of Albania and the opening of new talks.",
            ["accession of Albania", "opening of new talks"],
        ),
    ],
)
def test_two_countries_after_of_stay_in_one_item(text: str, expected: list[str]) -> None:
    """ "the integration of A and the Republic of B": the "and" joins two countries, whose
    the item is, not two items."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Power grids and the upgrade of road and rail checkpoints were also on the agenda.",
            ["Power grids", "upgrade of road and rail checkpoints"],
        ),
        ("They discussed road and rail links and tourism.", ["road and rail links", "tourism"]),
    ],
)
def test_two_ways_of_transport_share_their_head(text: str, expected: list[str]) -> None:
    """ "road and rail border crossings", "sea and air links": one kind of thing."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Adviser to the President on Information and Strategy, Anna Berg, spoke.", []),
        ("They discussed cooperation on the Alba Energy Strategy.", ["Alba Energy Strategy"]),
    ],
)
def test_a_name_after_an_office_and_on_is_part_of_the_office(
    text: str, expected: list[str]
) -> None:
    """ "the Adviser to the President on Information and Strategy": the words after "on"
    name what the office covers, no strategy of the talks."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They reviewed the results of the session.", []),
        ("They discussed the outcomes of their recent talks and tourism.", ["tourism"]),
        (
            "They discussed the results of the 14th Alba Ministerial Conference.",
            ["results of the 14th Alba Ministerial Conference"],
        ),
    ],
)
def test_the_results_of_an_unnamed_event_name_no_subject(text: str, expected: list[str]) -> None:
    """ "the results of the session": what an event reached, said elsewhere if at all; the
    results of a named conference are its own subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They agreed to open the new border crossing as soon as possible.", ["border crossing"]),
        ("They agreed to complete the remaining work as soon as possible.", []),
    ],
)
def test_as_soon_as_possible_says_when_and_the_remaining_work_names_nothing(
    text: str, expected: list[str]
) -> None:
    """ "(open X) as soon as possible": when, no part of X; "the remaining work" says what is
    left of something named elsewhere."""
    assert _topics(text) == expected


def test_home_to_after_a_place_is_no_item() -> None:
    """ "(the X Delta), home to some 17 million people": what the place is, no item."""
    text = "They discussed water flows in the Selva Delta, home to some 17 million people."
    assert _topics(text) == ["water flows in the Selva Delta"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He added that Chile would facilitate student exchange programmes for young "
            "engineers.",
            ["student exchange programmes for young engineers"],
        ),
        ("This will facilitate the talks.", []),
    ],
)
def test_what_a_side_will_facilitate_is_a_subject(text: str, expected: list[str]) -> None:
    """ "would facilitate student exchange programmes": what is to be made easier (not "the
    talks", named elsewhere)."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They reviewed progress on the Alba Free Zone and on two rail links, and tourism.",
            ["Alba Free Zone", "two rail links", "tourism"],
        ),
        (
            "They discussed investment in ports and in railways, mining and tourism.",
            ["ports", "railways", "mining", "tourism"],
        ),
    ],
)
def test_a_repeated_preposition_inside_a_list_makes_two_items(
    text: str, expected: list[str]
) -> None:
    """ "progress on A and on B, C": "and on" joins two items, not one, wherever it stands in
    the list."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The premiers discussed the supply of gas during the autumn-winter period, the "
            "construction of the Velmora dam, as well as tourism and border crossings.",
            ["supply of gas", "construction of the Velmora dam", "tourism", "border crossings"],
        ),
        (
            "The premiers discussed the supply of gas during the peak summer months and the "
            "repair of the pipeline.",
            ["supply of gas", "repair of the pipeline"],
        ),
        (
            "The premiers discussed the supply of gas during the talks, the ministry said.",
            ["supply of gas"],
        ),
    ],
)
def test_a_season_said_of_one_item_does_not_end_the_list(text: str, expected: list[str]) -> None:
    """ "the supply of gas during the winter period, the construction of X": when, said of the
    first item, which the list goes on after; "during the talks" still ends it."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attention was paid to the Velmora railway and the Kastor dam, which the two "
            "countries intend to build together with Ruritania.",
            ["Velmora railway", "Kastor dam"],
        ),
        (
            "Special attention was paid to the new seaport, which the sides plan to develop "
            "jointly with Velmora.",
            ["seaport"],
        ),
    ],
)
def test_the_partner_a_plan_is_carried_out_with_is_no_topic(
    text: str, expected: list[str]
) -> None:
    """ "(a dam they intend to build) together with Ruritania": with whom, not what."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two sides discussed the Third Harbour Trade Act, as well as food security.",
            ["Third Harbour Trade Act", "food security"],
        ),
        (
            "The two sides discussed a third of mutual trade and food security.",
            ["food security"],
        ),
    ],
)
def test_a_name_opening_with_an_ordinal_is_no_fraction(text: str, expected: list[str]) -> None:
    """ "the Third Harbour Trade Act": a name whose first word is an ordinal, not "a third of"
    something, which is a figure's."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Varga said Ruritania would continue to support the "New Growth Policy" of the '
            "Government of Velmora.",
            ["New Growth Policy of the Government of Velmora"],
        ),
        (
            "The sides discussed mining, tourism and the New Silk Road railway.",
            ["mining", "tourism", "New Silk Road railway"],
        ),
        (
            "The sides discussed mining and new tourism routes.",
            ["mining", "tourism routes"],
        ),
    ],
)
def test_new_before_a_capitalised_word_stays_in_the_name(text: str, expected: list[str]) -> None:
    """ "the New Growth Policy": "New" opens a name and stays; "new tourism routes" loses it."""
    assert _topics(text) == expected


def test_a_city_of_two_words_set_off_by_commas_is_no_topic() -> None:
    """ "the course at the Centre for Peacekeeping, New Delhi, (and offered X)": a city of two
    words, where, not what."""
    text = (
        "He invited them to the peacekeeping course at the Centre for Peacekeeping, New Delhi, "
        "and offered ten slots."
    )
    assert _topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two leaders exchanged views on preparations for the COP31 climate conference, "
            "which Velmora will host in November.",
            ["COP31 climate conference"],
        ),
        (
            "They discussed USD5 million investments in mining and tourism.",
            ["mining", "tourism"],
        ),
    ],
)
def test_capitals_glued_to_a_number_without_a_magnitude_are_a_name(
    text: str, expected: list[str]
) -> None:
    """ "the COP31 climate conference": capitals and digits with no magnitude name an event, not
    a sum in a currency's code; "USD5 million investments in X" is a sum, then what."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruritanian and Velmoran companies are working on a green energy corridor, which "
            "envisages the transmission of electricity to Europe.",
            ["green energy corridor", "transmission of electricity to Europe"],
        ),
        ("The ministers are working on the details.", []),
    ],
)
def test_what_the_sides_are_working_on_is_a_subject(text: str, expected: list[str]) -> None:
    """ "companies are working on a green energy corridor": what they take up, as "will work
    on" already gave (not "working on the details", named elsewhere)."""
    assert _topics(text) == expected


def test_what_a_sentence_opens_speaking_about_is_a_subject() -> None:
    """ "Speaking about the fuel and energy sector, the presidents noted X": the field the
    sentence turns to, as "spoke about" already gave."""
    text = (
        "Speaking about the fuel and energy sector, the presidents noted the resumption of "
        "purchases by the Velmora company."
    )
    assert _topics(text) == ["fuel and energy sector"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The presidents signed a treaty, which raises bilateral ties to a qualitatively new "
            "level.",
            [],
        ),
        (
            "He raised bilateral trade and regional security.",
            ["bilateral trade", "regional security"],
        ),
    ],
)
def test_relations_raised_to_a_new_level_are_no_subject(text: str, expected: list[str]) -> None:
    """ "raises bilateral ties to a new level": the relations grow, no subject is brought up;
    "raised bilateral trade" brings one up."""
    assert _topics(text) == expected


def test_a_possessor_of_two_capitalised_words_is_whose_not_what() -> None:
    """ "South Arcadia's bid to join X": whose bid, then what, as "Arcadia's bid" already was."""
    text = "They discussed South Arcadia's bid to join the Velmora Alliance and tourism."
    assert _topics(text) == ["bid to join the Velmora Alliance", "tourism"]


@pytest.mark.parametrize(
    "text",
    [
        "Velmora hopes to expand trade with the Harbour Council, whose members, led by "
        "Ruritania, account for most of its grain imports.",
        "He asked the Velmoran side to support the Ruritanian community there, estimated at "
        "about 5,000 people, in settling their residence.",
    ],
)
def test_an_aside_on_who_leads_a_body_or_how_large_it_is_is_no_topic(text: str) -> None:
    """ "whose members, led by Ruritania, account for": an aside between commas on who leads,
    or how many there are, names no subject of the talks."""
    assert not any(t.startswith(("led by", "estimated at")) for t in _topics(text))


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "The two sides agreed to widen cooperation in tourism and in a new port project "
            "near the capital.",
            "port project",
        ),
        (
            "The two sides agreed to widen cooperation in tourism and in a new port project "
            "near Harbourton.",
            "port project",
        ),
    ],
)
def test_where_a_project_lies_near_is_no_part_of_its_topic(text: str, topic: str) -> None:
    """ "a new port project near the capital": the project, without where it lies."""
    assert topic in _topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "At the forum, 12 documents were signed in fishing, energy, waste management, river "
        "transport, forestry and tourism.",
        "At the forum, 12 documents worth €2.1 billion were signed in fishing, energy, waste "
        "management, river transport, forestry and tourism.",
        "Overall, nine agreements have been signed in fishing, energy, waste management, river "
        "transport, forestry and tourism.",
    ],
)
def test_documents_signed_in_fields_in_the_passive_name_the_fields(text: str) -> None:
    """ "documents (worth $X) were signed in A, B and C": the fields of the documents, told
    in the passive as "signed documents in A, B and C" tells them in the active."""
    assert _topics(text) == [
        "fishing", "energy", "waste management", "river transport", "forestry", "tourism"
    ]  # fmt: skip


def test_documents_signed_in_a_city_name_no_field() -> None:
    """ "documents were signed in Velmora": where, not what about."""
    assert _topics("Three documents were signed in Velmora on Monday.") == []


def test_documents_signed_in_their_presence_name_no_field() -> None:
    """ "documents were signed in their presence": whose presence, not what about."""
    text = "Then 12 documents were signed in their presence, including a treaty on fisheries."
    assert "presence" not in _topics(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They discussed the Velmor One ammonia project in Korr region, estimated at $20bn, "
            "which would make fertiliser.",
            ["Velmor One ammonia project in Korr region"],
        ),
        (
            "They discussed tourism and the Korr port, valued at about EUR 400 million.",
            ["tourism", "Korr port"],
        ),
        (
            "The company and the ministry signed an agreement on financing of USD 200 million.",
            [],
        ),
    ],
)
def test_a_sum_alone_after_its_item_or_its_financing_is_no_topic(
    text: str, expected: list[str]
) -> None:
    """ "(the X project,) estimated at $20bn", "(an agreement on) financing of USD 200
    million": what it costs or lends, a figure's, not a subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruritania shipped 1.5mn tonnes of crude to Velmora via the Korr pipeline last year.",
            [],
        ),
        ("They discussed the Korr pipeline and tourism.", ["Korr pipeline", "tourism"]),
    ],
)
def test_a_named_pipeline_goods_go_through_is_a_route_not_a_subject(
    text: str, expected: list[str]
) -> None:
    """ "shipped crude via the X pipeline": the way goods go, as "through the X Canal" is; the
    pipeline discussed is a subject."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They reviewed ways to develop them in energy, mining, fisheries and tourism.",
        "They reviewed bilateral ties and ways to develop them in energy, mining, fisheries and "
        "tourism.",
    ],
)
def test_the_fields_ways_to_grow_them_in_open_the_list(text: str) -> None:
    """ "(reviewed) relations and ways to develop them in X, Y and Z": X, the field they are
    to grow in, is the list's first item."""
    assert _topics(text)[-4:] == ["energy", "mining", "fisheries", "tourism"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the field of energy, the two ministries signed a memorandum.", ["energy"]),
        (
            "In the field of seed certification, the Velmoran Seed Office and the Ruritanian "
            "Agency for Plant Health signed a memorandum.",
            ["seed certification"],
        ),
        (
            "In the fields of energy, mining and tourism, the ministers agreed to act.",
            ["energy", "mining", "tourism"],
        ),
    ],
)
def test_a_sentence_opening_with_its_fields_lists_them_up_to_its_own_clause(
    text: str, expected: list[str]
) -> None:
    """ "In the field of X, the two ministries signed ...": the fields end where the
    sentence's own clause (its subject after the comma) begins."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sides signed deals covering shipping services, vocational training, culture and "
            "tourism, and three grant agreements with the Velmora Fund.",
            ["shipping services", "vocational training", "culture and tourism"],
        ),
        # a clause after ", and": the list closed at its own "and"
        (
            "The sides signed deals covering shipping services, vocational training, culture and "
            "tourism, and issued a joint statement.",
            ["shipping services", "vocational training", "culture", "tourism"],
        ),
        (
            "The sides discussed shipping services, vocational training, culture and tourism.",
            ["shipping services", "vocational training", "culture", "tourism"],
        ),
    ],
)
def test_a_pair_before_a_serial_and_stays_one_item(text: str, expected: list[str]) -> None:
    """ "A, B, culture and tourism, and three grants": the list's own ", and" closes it, so the
    pair before it is one item, as inside a list; before a clause or as the last item, the
    pair splits."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "appositive"),
    [
        (
            "They discussed the development of the Tarn copper mine, the region's third-largest, "
            "and the construction of a urea plant.",
            "third-largest",
        ),
        (
            "The Fund will finance rural water supply in the north, Aldo Varga, the Fund's "
            "deputy director general, told reporters.",
            "deputy director general",
        ),
    ],
)
def test_an_owners_office_or_rank_after_a_name_is_no_topic(text: str, appositive: str) -> None:
    """ "(the Tarn mine,) the region's third-largest", "(Aldo Varga,) the Fund's deputy
    director general": an appositive telling what the name before it is, no subject; an
    owner's field ("the country's energy security") stays one."""
    topics = _topics(text)
    assert topics
    assert [topic for topic in topics if appositive in topic] == []
    assert _topics("They discussed the country's energy security.") == [
        "country's energy security"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmoran firms have invested about US$260 million in the republic.", []),
        (
            "The bank will lend the country €40m, including €10m for new border posts.",
            ["border posts"],
        ),
    ],
)
def test_a_sum_opening_an_item_is_no_topic_but_what_it_is_for_is(
    text: str, expected: list[str]
) -> None:
    """ "(invested) US$260 million in the republic": a sum, a figure's; "€10m for new
    border posts": what the sum is for."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two agreements were signed on seed testing and the repair of irrigation canals.",
            ["seed testing", "repair of irrigation canals"],
        ),
        (
            "The cities signed a plan with 14 activities in street lighting, waste collection "
            "and libraries.",
            ["street lighting", "waste collection", "libraries"],
        ),
        (
            "Velmora and Tarn will exchange 12 trainees a year in dairy farming and forestry.",
            ["dairy farming", "forestry"],
        ),
        ("The memorandum was signed on the occasion of the visit.", []),
        ("Many students in the region study abroad.", []),
        ("It offered 20 grants a year to Velmoran students in Tarn universities.", []),
    ],
)
def test_documents_signed_on_and_activities_or_trainees_in_open_a_list_of_fields(
    text: str, expected: list[str]
) -> None:
    """ "Two agreements were signed on A and B" (the passive of "signed agreements on"),
    "a plan with 14 activities in A, B and C", "exchange 12 trainees a year in A and B": the
    subjects; "signed on the occasion of", "students in the region": none."""
    assert _topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian firms such as Velcorp already build wind farms along the southern coast.",
        "Donors, such as the Velmora Fund, already pay for the new schools.",
    ],
)
def test_examples_of_firms_or_donors_after_such_as_are_no_topics(text: str) -> None:
    """ "firms such as X run Y": which firms, not what the talks were about."""
    assert _topics(text) == []


def test_fields_after_such_as_are_still_topics() -> None:
    text = "Anna Berg discussed new fields such as green hydrogen and deep-sea mining."
    assert _topics(text) == ["green hydrogen", "deep-sea mining"]


def test_the_state_of_adjectives_sharing_a_head_is_the_list() -> None:
    """ "reviewed the state of A, B and C ties": how they stand is no part of the first item,
    and the adjectives still share their head."""
    text = (
        "The delegations reviewed the state of cultural, academic and scientific ties and paid "
        "close attention to fisheries."
    )
    assert _topics(text)[0] == "cultural, academic and scientific ties"


def test_a_list_told_in_the_present_as_on_the_agenda_is_the_talks_list() -> None:
    """ "A, B and C are on the agenda, the side said": the talks' subjects, as the past
    tense gives them."""
    text = (
        "Fishing quotas, river pollution and a new ferry line are on the agenda, officials in "
        "Velmora said."
    )
    assert _topics(text) == ["Fishing quotas", "river pollution", "ferry line"]


@pytest.mark.parametrize("known", ["also known as", "better known as", "dubbed", "nicknamed"])
def test_another_name_of_an_item_between_commas_is_no_topic(known: str) -> None:
    """ "(the Northern Harbours Conference,) also known as the Cod Summit(,)": the item's other
    name, an aside on it, no subject of its own."""
    assert topics._clean(f"{known} the Cod Summit") is None
    assert topics._clean("the Cod Summit") == "Cod Summit"


@pytest.mark.parametrize("verb", ["remains", "has become", "serves as"])
def test_a_field_of_cooperation_told_with_a_copula_other_than_is_is_a_topic(verb: str) -> None:
    """ "fisheries cooperation remains (has become, serves as) a pillar of the ties": the
    field, as with "is"; the words that let the sentence be tried are not only "is"."""
    text = f"Anna Berg said that fisheries cooperation {verb} a pillar of the ties."
    assert _topics(text) == ["fisheries cooperation"]


def test_the_agenda_of_a_named_bloc_closing_a_list_is_a_topic() -> None:
    """ "discussed A, B and the agenda of the Velmoran Customs Union": the bloc's business is
    a subject, though the bloc's name alone is who, not what."""
    text = (
        "The presidents also discussed fisheries, student exchanges and the agenda of the "
        "Velmoran Customs Union."
    )
    assert _topics(text) == [
        "fisheries",
        "student exchanges",
        "agenda of the Velmoran Customs Union",
    ]
    assert topics._clean("the Velmoran Customs Union") is None


@pytest.mark.parametrize("share", ["Most of them are in", "Many of these were mainly in"])
def test_the_fields_most_of_those_counted_are_in_are_topics(share: str) -> None:
    """ "The fund covers some 40 projects. Most of them are in A, B and C": the fields of
    the projects counted just before."""
    text = f"The fund covers some 40 projects. {share} fisheries, shipping and tourism."
    assert _topics(text) == ["fisheries", "shipping", "tourism"]


def test_where_most_of_them_are_is_no_list_of_fields() -> None:
    """ "Most of them are in the north, and ...", "most of them are in good shape": a place
    or a state, no list of fields."""
    assert _topics("Most of them are in the north, and many are new.") == []
    assert _topics("The ferries are old, but most of them are in good shape.") == []


def test_the_fields_of_concrete_results_sought_are_topics_in_prose_and_in_a_quote() -> None:
    """ "to achieve concrete results in A, B and C", and the same said in a partial
    quotation ("should 'convert ... into tangible results in A, B and C'"): the fields."""
    prose = "Anna Berg said the sides want concrete results in fisheries, shipping and tourism."
    assert _topics(prose) == ["fisheries", "shipping", "tourism"]
    brief = parse_brief(
        "date 2025-03-14\nPresident Aldo Varga of Ruritania met President Anna Berg of "
        "Velmora in Kestrel on Friday.\n\nAccording to Anna Berg, the two sides should "
        '"convert their ties into tangible results in fisheries, shipping and the digital '
        'economy."\n',
        brief_id="results",
    )
    assert list(brief.topics) == ["fisheries", "shipping", "digital economy"]


@pytest.mark.parametrize("whom", ["the Velmoran leader", "his counterpart", "the guests"])
def test_the_one_addressed_is_no_topic(whom: str) -> None:
    """ "Addressing the Velmoran leader, she said": whom she spoke to, no subject ("ways of
    addressing water scarcity" still names one)."""
    text = f"Addressing {whom}, Anna Berg said the two countries were good friends."
    assert _topics(text) == []
    assert _topics("They discussed ways of addressing water scarcity.") == ["water scarcity"]


def test_investments_in_a_sides_own_economy_name_no_field() -> None:
    """ "Velmoran investments in our economy came to $70 million": the whole economy of the
    side speaking, no field (as "invest in our" already is); "investments in fisheries"
    names one."""
    assert _topics("Anna Berg said investments in our economy came to $70 million.") == []
    assert _topics("Anna Berg said investments in fisheries stood at $40 million.") == [
        "fisheries"
    ]


def test_mainly_in_the_regions_is_where_not_a_list_of_fields() -> None:
    """ "(a fund) spent mainly in the regions, pays for 25 schemes": where the work
    is done, no fields; "mainly in fisheries and shipping" still names them."""
    text = (
        "The fund, which the ministers expect to be spent mainly in the regions, pays for "
        "about 25 schemes."
    )
    assert _topics(text) == []
    assert _topics("The sum will be spent mainly in fisheries and shipping.") == [
        "fisheries",
        "shipping",
    ]
