"""A person's country from the side they stand on: whose greetings a visitor brings, whose
delegation they are in, whom a traveller goes on to meet, which of two countries an aide or
a counterpart serves. (Invented people; places other than the briefs' that showed these.)"""

from __future__ import annotations

from bot.parser import parse_brief


def countries_of(text: str) -> dict[str, str | None]:
    brief = parse_brief(text, brief_id="sides")
    return {p.name: p.country for p in brief.people}


def test_those_whose_greetings_a_visitor_conveys_are_of_the_visitor_s_country() -> None:
    """ "X conveyed to the Emir the greetings of President A and Prime Minister B": the
    senders are of X's country, not of the outlet's (a Qatari one here)."""
    text = (
        "Doha, March 3 (QNA) -- His Highness the Amir Sheikh Tamim bin Hamad Al Thani "
        "received today Chilean Foreign Minister Rosa Mardones, who is visiting the country.\n\n"
        "Mardones conveyed to His Highness the greetings of President Tomas Errazuriz and "
        "Minister of Finance Pablo Undurraga.\n"
    )
    people = countries_of(text)
    assert people["Tomas Errazuriz"] == "Chile"
    assert people["Pablo Undurraga"] == "Chile"
    assert people["Rosa Mardones"] == "Chile"


def test_a_person_greeted_by_name_with_no_one_conveying_keeps_the_outlet_s_country() -> None:
    """Without someone named before "conveyed", no sender's country is read."""
    text = (
        "Doha, March 3 (QNA) -- The greetings of President Tomas Errazuriz were conveyed at "
        "the ceremony, where Minister of State Khalid Al Mansouri spoke.\n"
    )
    assert countries_of(text)["Khalid Al Mansouri"] == "Qatar"


def test_members_of_a_delegation_to_come_are_of_the_delegation_s_country() -> None:
    """ "The Peruvian delegation will include Foreign Minister X": X is Peru's, and the
    unqualified officials of a text on two countries are still of the side not given."""
    text = (
        "President Raul Quispe will pay a state visit to Ecuador next week, where he is "
        "expected to hold talks with Ecuadorian President Lucia Andrade, government "
        "spokesperson Ana Villca said on Monday.\n\n"
        "According to Villca, the Peruvian delegation will include Foreign Minister "
        "Hugo Salas and about 30 business leaders.\n"
    )
    people = countries_of(text)
    assert people["Hugo Salas"] == "Peru"
    assert people["Lucia Andrade"] == "Ecuador"
    assert people["Raul Quispe"] == "Peru"


def test_an_aide_to_a_leader_does_not_make_a_text_an_envoy_s() -> None:
    """ "adviser to Prime Minister X": an aide's office, not an envoy sent "to" a country;
    the text on two countries still gives its unqualified officials the side not given."""
    text = (
        "Prime Minister Lotay Wangdi on Friday telephoned his Bangladeshi counterpart "
        "Rahim Chowdhury, in the first conversation between the two leaders this year.\n\n"
        "The leaders discussed the Bhutan-Bangladesh transit agreement, according to Karma "
        "Dorji, foreign affairs adviser to Prime Minister Wangdi.\n\n"
        "Foreign Minister Sonam Tobgay welcomed the call.\n"
    )
    people = countries_of(text)
    assert people["Rahim Chowdhury"] == "Bangladesh"
    assert people["Lotay Wangdi"] == "Bhutan"
    assert people["Karma Dorji"] == "Bhutan"
    assert people["Sonam Tobgay"] == "Bhutan"


def test_a_dollar_sum_names_no_third_country_of_the_text() -> None:
    """ "US$ 15 million" is a currency: a text on two countries stays one on two, and its
    unqualified officials are of the side not given."""
    text = (
        "Portuguese Foreign Minister Joao Pereira, who arrived on an official visit, called on "
        "President Luisa Monteiro today.\n\n"
        "Pereira said Portugal would turn US$ 15 million of loans into grants for Cabo Verde.\n\n"
        "He later met Prime Minister Carlos Tavares.\n"
    )
    people = countries_of(text)
    assert people["Luisa Monteiro"] == "Cape Verde"
    assert people["Carlos Tavares"] == "Cape Verde"


def test_a_head_of_government_styled_president_of_the_council_is_the_prime_minister() -> None:
    """ "the Spanish Prime Minister" refers back to the "President of the Government" of
    Spain, not to the host's own Prime Minister named in between."""
    text = (
        "RABAT- King Mohammed VI received on Monday at the Royal Palace the President of the "
        "Government of the Kingdom of Spain, Mr. Javier Ortuno, who is paying an official "
        "visit to Morocco.\n\n"
        "The talks were held in the presence of Prime Minister Aziz Alami and Minister "
        "of Foreign Affairs Karim Bennani.\n\n"
        "At the end of the talks, the King and the Spanish Prime Minister supervised the "
        "signing of six agreements.\n"
    )
    people = countries_of(text)
    assert people["Javier Ortuno"] == "Spain"
    assert people["Aziz Alami"] == "Morocco"


def test_an_office_of_the_republic_is_the_outlet_s_state_not_a_guest_s_republic() -> None:
    """ "Secretary-General of the Presidency of the Republic" after a guest "of the Italian
    Republic": the office serves the outlet's own republic."""
    text = (
        "TUNIS (TAP) - President Karim Ben Salah received on Tuesday the President of the "
        "Senate of the Italian Republic, Mr. Paolo Ferrante.\n\n"
        "The meeting was attended by Director of the Cabinet of the Presidency of the "
        "Republic, Nadia Trabelsi.\n"
    )
    people = countries_of(text)
    assert people["Paolo Ferrante"] == "Italy"
    assert people["Nadia Trabelsi"] == "Tunisia"


def test_a_second_minister_after_a_possessive_one_and_a_comma_is_of_the_same_country() -> None:
    """ "Peru's Minister of Foreign Affairs, A, and Minister of Energy B": one country's
    pair of ministers, the apposition's comma before "and"."""
    text = (
        "Minister for Trade Erik Dahl will visit Lima on 3-4 May.\n\n"
        "In Lima, Mr Dahl will meet Peru's Minister of Foreign Affairs, Elena Rojas, and "
        "Minister of Energy Mario Quispe.\n"
    )
    people = countries_of(text)
    assert people["Elena Rojas"] == "Peru"
    assert people["Mario Quispe"] == "Peru"


def test_whom_a_traveller_leaves_for_a_country_to_meet_is_of_that_country() -> None:
    """ "before leaving for Vietnam, where he is scheduled to hold talks with President X":
    X is Vietnam's, not of the outlet's country."""
    text = (
        "Astana, 12 June 2025 - President Kassym-Jomart Tokayev received Thai Prime Minister "
        "Somchai Rattanakul at the Akorda.\n\n"
        "Rattanakul will attend a business forum on Friday before leaving for Vietnam, where "
        "he is scheduled to hold talks with President Nguyen Van Binh.\n"
    )
    assert countries_of(text)["Nguyen Van Binh"] == "Vietnam"


def test_the_speaker_of_a_parliament_named_by_its_own_name_is_of_its_country() -> None:
    """ "Speaker of the Islamic Consultative Assembly": Iran's parliament, whatever the
    outlet's country."""
    text = (
        "DUSHANBE, May 3, 2025, Asia-Plus -- President Emomali Rahmon met with Speaker of the "
        "Islamic Consultative Assembly Reza Karimi in Dushanbe.\n"
    )
    assert countries_of(text)["Reza Karimi"] == "Iran"


def test_a_text_of_no_outlet_s_country_leaves_its_own_officials_unqualified() -> None:
    """No outlet, dateline or source tells the home country, and three countries are named:
    the one country of the two the text names most that none of its qualified people is of
    is its unqualified officials'."""
    text = (
        "Ruto, Kagame hold phone call on trade\n\n"
        "President Amina Wanjiru spoke by phone with Rwandan President Eric Mugisha on "
        "Wednesday, and the two leaders discussed trade across Lake Victoria.\n\n"
        "Wanjiru said Kenya's ports handle most of the region's cargo.\n\n"
        "Trade Minister Peter Otieno said Kenya's exports to Rwanda rose last year, and "
        "that Kenya hopes to sign a deal in May. Ugandan President Musa Okello also spoke "
        "with Mugisha this week.\n"
    )
    people = countries_of(text)
    assert people["Eric Mugisha"] == "Rwanda"
    assert people["Amina Wanjiru"] == "Kenya"
    assert people["Peter Otieno"] == "Kenya"


def test_a_chinese_name_in_a_text_on_china_qualifies_its_holder_for_the_unqualified_side() -> None:
    """No outlet tells the home country and no one's country is written: "Premier Zhao
    Wenliang", a Chinese name in a text on China, is China's, so "Prime Minister X" whom the
    text leaves unqualified is of the other country it names most; and that side's press
    writes its own dollar as a bare "$"."""
    text = (
        "Talks with Premier Zhao Wenliang\n\n"
        "Prime Minister Lena Varga held talks with Premier Zhao Wenliang in Beijing on "
        "Tuesday.\n\nChina is Australia's largest trading partner, and trade was worth $90 "
        "billion last year. Australia and China agreed to resume dialogues, and Australia will "
        "open a new consulate.\n"
    )
    brief = parse_brief(text, brief_id="sides")
    assert {p.name: p.country for p in brief.people} == {
        "Zhao Wenliang": "China",
        "Lena Varga": "Australia",
    }
    assert [(f.text, f.unit) for f in brief.figures] == [("$90 billion", "AUD")]


def test_a_visitor_s_own_release_from_the_host_s_capital_is_of_the_visitor_s_country() -> None:
    """ "LIMA — President X and President Y of Peru held talks ..., on the second day of the
    President's State Visit to Peru": the visitor's own release under the host's capital; its
    unqualified officials are of the other country it names most, not the capital's."""
    text = (
        "Presidents hold talks in Lima\n\nLIMA, 3 May 2026 — President Aldo Varga and "
        "President Rosa Quispe of Peru held talks at the Government Palace in Lima today, on "
        "the second day of the President's State Visit to Peru.\n\nThe two leaders agreed to "
        "deepen cooperation in mining and fisheries. Chile and Peru signed three agreements, "
        "and Chile will open a trade office in Cusco.\n\nForeign Minister Pablo Rojas signed "
        "the fisheries agreement.\n"
    )
    assert countries_of(text) == {
        "Aldo Varga": "Chile",
        "Rosa Quispe": "Peru",
        "Pablo Rojas": "Chile",
    }


def test_citizens_named_after_their_demonym_are_of_its_country_not_the_officials_side() -> None:
    """ "the cases of Chilean citizens Dr X and Ms Y": both are Chile's, though their names
    are Chinese in a text on China; private citizens say nothing of the side the text leaves
    unqualified, so "Foreign Minister Z" is still Chile's."""
    text = (
        "Foreign Minister Lena Varga held talks with Premier Zhao Wenliang in Beijing on "
        "Tuesday.\n\nChina is Chile's largest trading partner, and Chile and China agreed to "
        "resume dialogues. Chile will open a new consulate.\n\nVarga raised the cases of "
        "Chilean citizens Dr Wang Lihua and Ms Zhou Min.\n"
    )
    assert countries_of(text) == {
        "Lena Varga": "Chile",
        "Zhao Wenliang": "China",
        "Wang Lihua": "Chile",
        "Zhou Min": "Chile",
    }


def test_a_text_naming_two_countries_none_qualified_guesses_no_side() -> None:
    """Two countries left that no qualified person is of: no side is guessed."""
    text = (
        "President Amina Wanjiru spoke by phone with Rwandan President Eric Mugisha on "
        "Wednesday about Kenya, Uganda and Tanzania, and about Uganda and Tanzania again.\n"
    )
    assert countries_of(text)["Amina Wanjiru"] is None


def test_whom_a_visitor_is_to_call_on_abroad_is_the_host_s() -> None:
    """ "X is scheduled to call on President Y this evening" under a dateline abroad: Y is
    the host's, though a call to come is no meeting."""
    text = (
        "TOKYO, May 4, 2025 (VNA) - Prime Minister Pham Van Long held talks with his "
        "Japanese counterpart Kenji Sato here today.\n\n"
        "Long is scheduled to call on Speaker Hiroshi Tanaka at the Diet this evening.\n"
    )
    assert countries_of(text)["Hiroshi Tanaka"] == "Japan"


def test_an_official_who_receives_a_visitor_in_the_host_s_country_is_the_host_s() -> None:
    """The visit's meetings all in one country: an official of no known country who
    receives the visitor is of it (a third country named elsewhere changes nothing)."""
    text = (
        "Macron hosts Kenyan leader\n\n"
        "11/05/2025\n\n"
        "French President Louis Garnier received Kenyan President Daniel Kamau at the Elysee "
        "Palace in Paris on Monday, as France seeks closer ties with East Africa amid "
        "competition with China.\n\n"
        "Earlier on Monday, the Kenyan president was received by Prime Minister Claire "
        "Dubois at Matignon.\n"
    )
    assert countries_of(text)["Claire Dubois"] == "France"


def test_the_united_kingdom_s_secretaries_of_state_for_its_nations_are_british() -> None:
    """ "Secretary of State for Scotland": an office of the United Kingdom's cabinet, not of
    the host the text gives its other officials."""
    text = (
        "Norwegian Prime Minister Ola Berg met Prime Minister of the United Kingdom James "
        "Hart in Oslo, with the Secretary of State for Scotland, Fiona Reid, also present.\n"
    )
    assert countries_of(text)["Fiona Reid"] == "United Kingdom"


def test_a_role_named_before_and_then_an_office_are_two_people() -> None:
    """ "the Thai minister and Minister of Trade X co-chaired": "the Thai minister" is one
    named before; X holds the office after "and" only, and is not made Thai by it."""
    text = (
        "Phnom Penh (AKP) - Deputy Prime Minister Sok Chenda received Thai Minister of "
        "Commerce Somsak Chaiwong, who is in Phnom Penh for the joint trade committee.\n\n"
        "Earlier, the Thai minister and Minister of Trade Pan Sorasak co-chaired the "
        "committee meeting.\n"
    )
    brief = parse_brief(text, brief_id="sides")
    people = {p.name: (p.title, p.country) for p in brief.people}
    assert people["Pan Sorasak"] == ("Minister of Trade", "Cambodia")


def test_an_office_of_the_republic_beside_a_guest_s_of_the_republic_of_x_is_not_x_s() -> None:
    """ "The President of the Republic, A, received the President of the Republic of Chile,
    B": A's bare "of the Republic" is not Chile's, the same office being B's there."""
    text = (
        "PRESIDENCIA DE LA REPÚBLICA DEL PARAGUAY\nPress Release\n\n"
        "Asunción - 9 September 2025\n\n"
        "The President of the Republic, Mario Benítez Ayala, received this Tuesday at the "
        "Palace the President of the Republic of Chile, Mr. Tomás Errázuriz Vial, who is on "
        "an official visit.\n"
    )
    people = countries_of(text)
    assert people["Tomás Errázuriz Vial"] == "Chile"
    assert people["Mario Benítez Ayala"] == "Paraguay"


def test_a_korean_name_without_an_office_in_a_text_on_korea_is_south_korean() -> None:
    """ "the remains of independence fighter X" (a Korean name, no office) in a text on
    South Korea and another country: X is South Korea's, as a Korean official would be."""
    text = (
        "Published: 16 Aug. 2021\n\n"
        "President Moon Jae-in held a summit with Uzbek President Shavkat Mirziyoyev at the "
        "Blue House in Seoul.\n\n"
        "Moon thanked Mirziyoyev for help in bringing home the remains of independence "
        "fighter Kim Gyeong-cheon, who died in exile in Uzbekistan.\n"
    )
    assert countries_of(text)["Kim Gyeong-cheon"] == "South Korea"
