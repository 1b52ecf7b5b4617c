"""Who is the host and who the guest: a person's country from a visit, a call, a summit's
venue, a delegation or a message; and the speakers of quotations a release gives by office
or by paragraph. (Invented people; places other than the briefs' that showed these.)"""

from __future__ import annotations

from bot.parser import parse_brief


def people_of(text: str) -> dict[str, tuple[str | None, str | None]]:
    brief = parse_brief(text, brief_id="guests")
    return {p.name: (p.title, p.country) for p in brief.people}


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker for q in parse_brief(text, brief_id="guests").quotes]


def test_and_his_counterpart_is_not_of_a_country_the_text_names_only_later() -> None:
    """ "X and his Kenyan counterpart Y" before the text names the next leg of X's tour:
    X is not of that later country."""
    text = (
        "(Bloomberg) -- Brazil and Kenya agreed to build a fertilizer plant near Mombasa.\n\n"
        "President Paulo Andrade and his Kenyan counterpart Daniel Kamau signed the deal "
        "after talks in Nairobi on Tuesday, Andrade's office said.\n\n"
        "Andrade flies on to Tanzania on Thursday and is due to hold talks with Tanzanian "
        "President Amani Mushi in Dodoma.\n"
    )
    people = people_of(text)
    assert people["Daniel Kamau"][1] == "Kenya"
    assert people["Amani Mushi"][1] == "Tanzania"
    assert people["Paulo Andrade"][1] != "Tanzania"


def test_leaders_who_meet_on_the_sidelines_of_a_summit_are_not_of_its_venue() -> None:
    """ "A met Chilean President B on the sidelines of the summit in Bangkok": Bangkok is
    the summit's venue, not A's country; the text on A's country and B's makes A of the
    first."""
    text = (
        "Malaysia, Chile to deepen cooperation on copper and palm oil: PM Azlan\n\n"
        "PM Azlan Rahim met Chilean President Tomas Errazuriz on the sidelines of the APEC "
        "summit in Bangkok.\n\n"
        "By Nur Aina\n\n"
        "BANGKOK: Malaysia and Chile will step up cooperation on copper and palm oil, Prime "
        "Minister Azlan Rahim said on Friday after meeting Chilean President Tomas Errazuriz "
        "on the sidelines of the APEC summit in Bangkok.\n\n"
        "Mr Azlan said Malaysia wanted more Chilean investment, and that Malaysia was Chile's "
        "gateway to South-east Asia.\n"
    )
    assert people_of(text)["Azlan Rahim"][1] == "Malaysia"


def test_whom_a_readout_has_visit_its_own_country_is_of_the_other_side() -> None:
    """ "an official visit by Prime Minister X to Norway" in a Norwegian readout that names
    Norway and Chile most: X is Chile's, though the readout leaves its own unqualified."""
    text = (
        "Foreign Minister's call with Chilean Foreign Minister Rosa Mardones\n\n"
        "Foreign Minister Ingrid Solberg spoke today with Chilean Foreign Minister Rosa "
        "Mardones about salmon farming and Antarctic research. Norway and Chile agreed to "
        "expand their cooperation, and Norway welcomed Chile's plans for a new research "
        "station. Norway will send experts to Chile next year.\n\n"
        "The ministers also discussed preparations for an official visit by President "
        "Tomas Errazuriz to Norway.\n"
    )
    people = people_of(text)
    assert people["Ingrid Solberg"][1] == "Norway"
    assert people["Tomas Errazuriz"][1] == "Chile"


def test_whom_a_message_is_delivered_to_is_not_the_one_sending_it() -> None:
    """ "X was received by President Y, to whom he delivered a message from King Z": the
    King is X's, not Y's."""
    text = (
        "RABAT — Foreign Minister Karim Alaoui on Monday held talks in Dakar with Senegalese "
        "Foreign Minister Awa Ndiaye.\n\n"
        "Later, Alaoui was received by Senegalese President Mamadou Sall, to whom he "
        "delivered a written message from King Hassan on cooperation between the two "
        "countries, the Moroccan ministry said.\n"
    )
    people = people_of(text)
    assert people["Hassan"] == ("King", "Morocco")
    assert people["Mamadou Sall"][1] == "Senegal"


def test_whom_an_envoy_pays_a_courtesy_call_on_is_of_the_country_he_serves_in() -> None:
    """ "Ambassador of X to Y A paid a courtesy call on Vice Minister B": B is Y's, though
    the embassy's page is X's."""
    text = (
        "Embassy of Finland\nHome > News\n\n"
        "Ambassador calls on Vice Minister of Trade\n\n"
        "12 March 2026\n\n"
        "On Monday, Ambassador of Finland to Indonesia Mikko Laine paid a courtesy call on "
        "Vice Minister of Trade Siti Rahayu at the Ministry's headquarters. The two discussed "
        "forestry, education and Finnish investment.\n"
    )
    people = people_of(text)
    assert people["Mikko Laine"][1] == "Finland"
    assert people["Siti Rahayu"][1] == "Indonesia"


def test_whom_a_visitor_will_meet_in_a_city_or_on_the_visit_is_of_that_country() -> None:
    """ "In Lima, the Minister will meet Minister X", "A is set to meet Speaker Y" during a
    visit under way: meetings to come name hosts too."""
    text = (
        "Minister to lead trade mission to Peru\n\n"
        "Trade Minister Aroha Ngata will travel to Peru next week with 20 Irish firms.\n\n"
        "In Lima, the Minister will meet Minister of Foreign Trade Jorge Quispe.\n"
    )
    assert people_of(text)["Jorge Quispe"][1] == "Peru"
    text = (
        "SANTIAGO - President Lucia Ferreyra of Argentina is in Chile for a two-day state "
        "visit.\n\n"
        "Ferreyra met with Foreign Minister Rosa Mardones on Monday. Ferreyra is set to meet "
        "Senate President Carlos Munoz on Tuesday before flying home.\n"
    )
    assert people_of(text)["Carlos Munoz"][1] == "Chile"


def test_the_members_of_an_office_holder_s_delegation_are_of_that_person_s_side() -> None:
    """ "The Prime Minister's delegation includes Minister A and Minister B": of the Prime
    Minister's country, not the host the dateline gives."""
    text = (
        "By Ana Rosales\n\n"
        "HANOI, May 2, 2025 – Chilean Prime Minister Tomas Errazuriz met with Vietnamese "
        "President Tran Van Long in Hanoi on Friday.\n\n"
        "The Prime Minister's delegation includes Minister of Agriculture Pablo Undurraga "
        "and Minister of Mining Rosa Mardones.\n"
    )
    people = people_of(text)
    assert people["Pablo Undurraga"][1] == "Chile"
    assert people["Rosa Mardones"][1] == "Chile"


def test_a_host_named_by_a_role_with_a_demonym_and_an_emperor_are_people() -> None:
    """ "his Estonian host X greeted him" (no office) and "at the invitation of Emperor Y"
    (one name after a monarch's word) name people; the inviter of a visit is the host's."""
    text = (
        "When Latvian President Janis Ozols arrived in Tallinn, his Estonian host Kaja "
        "Tamm greeted him at the palace. Later Tamm said the talks went well.\n"
    )
    assert people_of(text)["Kaja Tamm"] == (None, "Estonia")
    text = (
        "Santiago, May 3, 2025 – President of Chile Tomas Errazuriz, who is paying a state "
        "visit to Japan at the invitation of His Majesty Emperor Hiroshi, held talks with "
        "Prime Minister of Japan Sato Kenji in Tokyo.\n"
    )
    assert people_of(text)["Hiroshi"] == ("Emperor", "Japan")
    # the inviter is no party to the talks the sentence tells of
    meetings = parse_brief(text, brief_id="guests").meetings
    assert [[p.name for p in m.participants] for m in meetings] == [
        ["Tomas Errazuriz", "Sato Kenji"]
    ]


def test_a_quotation_opening_the_paragraph_after_an_attributed_one_is_the_same_speaker_s() -> None:
    """ "“A,” X said.\\n\\n“B.”": B is X's too."""
    text = (
        "Minister to visit Chile\n\n"
        "Trade Minister Aroha Ngata will travel to Chile next week.\n\n"
        '"Chile is one of our oldest partners in South America," Aroha Ngata said.\n\n'
        '"Two-way trade has doubled in five years and we want it to double again."\n\n'
        "The Minister returns on Friday.\n"
    )
    assert speakers_of(text) == ["Aroha Ngata", "Aroha Ngata"]


def test_quotes_attributable_to_a_member_with_letters_after_the_name() -> None:
    """ "Quotes attributable to X's Minister for Trade, the Hon Y MP:" names Y."""
    text = (
        "Joint media release\n\n"
        "Quotes attributable to Fiji's Minister for Trade, the Hon Jone Raika MP:\n\n"
        '"Our farmers will sell more kava and ginger to Australian buyers."\n'
    )
    assert speakers_of(text) == ["Jone Raika"]


def test_the_president_of_a_country_said_is_its_president_not_its_senate_s() -> None:
    """ "“...,” the President of Chile said" with Chile's President and the President of its
    Senate named: the one whose office is "President"."""
    text = (
        "Lima, 2 May 2025 – President of Peru Ana Quispe held talks with President of the "
        "Republic of Chile Tomas Errazuriz. Later she met President of the Senate of Chile "
        "Carlos Munoz.\n\n"
        '"We want a long-term partnership with Peru in mining and water," the President of '
        "Chile said.\n"
    )
    assert speakers_of(text) == ["Tomas Errazuriz"]


def test_a_speaker_named_before_an_apposition_and_said_speaks_the_partial_quotation() -> None:
    """ "X, a lecturer in Y at Z, said the deal "..."": X's words."""
    text = (
        "Sofia Lind, a lecturer in economics at Uppsala University, said the agreement "
        '"opens a new chapter for both economies".\n'
    )
    assert speakers_of(text) == ["Sofia Lind"]


def test_a_title_case_headline_s_verb_ends_the_name_before_it() -> None:
    """ "Ambassador X Pays Courtesy Call on Minister Y": no person "Courtesy Call"."""
    text = (
        "Ambassador Maria Lindqvist Pays Courtesy Call on Minister of Trade Hon. Joseph "
        "Mwale\n2025/03/02\n\n"
        "On 1 March 2025, Ambassador Maria Lindqvist paid a courtesy call on Hon. Joseph "
        "Mwale, Minister of Trade of the Republic of Zambia, in Lusaka.\n"
    )
    assert "Courtesy Call" not in people_of(text)


def test_a_headline_s_surname_is_the_full_name_below_it() -> None:
    """ "Minister Lin" over "Lin Mei-hua" (a Chinese surname before a hyphened given name),
    "Ambassador Ortiz" over "Ana Lucia Ortiz Vega" (the first of two surnames)."""
    text = (
        "Minister Lin receives new Paraguayan Ambassador Ortiz\n\n"
        "November 3, 2025\n\n"
        "Minister of Foreign Affairs Lin Mei-hua received Ambassador Ana Lucia Ortiz Vega "
        "of the Republic of Paraguay at the Ministry of Foreign Affairs in Taipei.\n"
    )
    assert sorted(people_of(text)) == ["Ana Lucia Ortiz Vega", "Lin Mei-hua"]


def test_the_side_a_delegation_or_a_commission_s_part_is_of_names_its_members() -> None:
    """ "a delegation of Turkish industrialists headed by X", "a delegation of the Mendoza
    province of Argentina led by Y", "The Slovak part ... was chaired by A, the Kazakh part
    by B": each is of that side, not the host's."""
    text = (
        "Bukhara, 3 March 2026. – Khokim of Bukhara region Ulugbek Rakhimov received a "
        "delegation of Turkish industrialists headed by Chairman Emre Aksoy.\n"
    )
    assert people_of(text)["Emre Aksoy"][1] == "Turkey"
    text = (
        "Akim of Aktobe city Yerzhan Nurov received a delegation of the Mendoza province of "
        "the Argentine Republic led by Provincial Minister of Trade Lucia Ferreyra.\n"
    )
    assert people_of(text)["Lucia Ferreyra"][1] == "Argentina"
    text = (
        "The Fourth Session of the Slovak–Kazakh Intergovernmental Commission was held in "
        "Bratislava. The Slovak part of the Commission was chaired by Minister of Economy "
        "Jana Horvathova, the Kazakh part by Minister of Trade Arman Seitov.\n"
    )
    assert people_of(text)["Arman Seitov"][1] == "Kazakhstan"


def test_a_role_that_a_verb_s_subject_welcomes_is_someone_else() -> None:
    """ "President X cordially greeted the Mongolian leader": the leader is the guest, not
    X."""
    text = (
        "date 2026-03-02\n\n"
        "LIMA – President Batbold Dorj, who is on a state visit to the Republic of Peru, held "
        "talks with President Ana Quispe at the Government Palace.\n\n"
        "President Quispe cordially greeted the Mongolian leader.\n\n"
        "“Peru can be our gateway to South America,” the President of Mongolia said.\n"
    )
    people = people_of(text)
    assert people["Batbold Dorj"][1] == "Mongolia"
    assert people["Ana Quispe"][1] == "Peru"
    assert speakers_of(text) == ["Batbold Dorj"]


def test_an_office_after_a_senator_s_style_is_what_the_senator_holds() -> None:
    """ "Senator the Hon X, Minister for Trade": the office after the name, not "Senator"."""
    text = (
        "Media release\n25 November 2026\n\n"
        "Senator the Hon Jane Doyle, Minister for Trade\n\n"
        "Australia and Tonga today agreed to work together on fisheries.\n"
    )
    assert people_of(text)["Jane Doyle"][0] == "Minister for Trade"


def test_the_officials_of_a_text_on_one_country_are_of_it() -> None:
    """A market report naming one country again and again, others once, and no one's
    country: its unqualified minister is that country's."""
    text = (
        "Markets\n\n"
        "Copper output to hit record, says mining minister\n\n"
        "Chile may produce a record 6 mln tonnes of copper next year, Minister of Mining "
        "Rosa Mardones said on Tuesday. Chile's exports rose 8% in October, and Chile "
        "remains the largest supplier to Japan.\n"
    )
    assert people_of(text)["Rosa Mardones"] == ("Minister of Mining", "Chile")


def test_plain_names_that_a_who_clause_tells_of_are_people() -> None:
    """ "the detention of A B and C D, who have been held": both are people (no office)."""
    text = (
        "OTTAWA - Prime Minister Ann Leclerc raised the detention of Pierre Gagnon and Luc "
        "Tremblay, who have been held abroad for 300 days.\n"
    )
    assert {"Pierre Gagnon", "Luc Tremblay"} <= set(people_of(text))
