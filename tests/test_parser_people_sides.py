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
