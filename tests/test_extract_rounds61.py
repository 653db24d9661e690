"""Readings from the session that wrote blind61 to blind66, each in new words: a column of
places after the names ("Stichting X, Veghel") loses the place also where it is a village; "Met
twee partners erbij" is no total, "staan we nu op 14 partners", "blijven we dus op 13", "We zijn
met elf organisaties" and "werken we inmiddels met 17 organisaties samen" are; a joiner under a
"new partners" heading is named by its own line, with the order the line gives, and the place
after a described subject is never the joiner. Who-questions ("Wie zitten erachter?", "Met wie
werken we samen?", "Even terug: wie zijn wij ook alweer?"), a partnership heading and "Daarom
zijn we begonnen met X" open the prose under them, which goes on past an answer that names no
one; in it "de vrijwilligers van X", "de gemeente X", a singular verb after "X en Y", "gemeente
Berg en Dal" and "X en Omstreken" are one member each, a question, "is géén partner", a speaker
and a person before ", chair of" name none, and what a member gives does not hide it. "X signed
on as the eleventh partner of Y", "tekende X als nummer 14"; first names, "Vanavond", a fronted
English month and a later sibling ("X Academy will also join") are no joiners, and a one-word
joiner is the name its kind stands before. Lists: "brings together the municipality of X",
English kinds in lower case, "werkt ... onder meer samen met", "Wij werken er verder samen met",
"X, een van de organisaties in Y", "X was one of the founders of Y", "twee bibliotheken: A, met
vestigingen in ..., en B in P en Q", a place adjective or acronym before a kind, the place of a
listed name, "de gemeenten A, B en C" in a list no phrase introduces, a brand named short, and
an action list that is no table. Coalitions: "partner in the coalition X on 19 May", "the X
partnership", "Wat in 2021 begon als X heet vanaf vandaag Y", never split into members. The
publisher: "wij als woonvereniging", a byline, a name in capitals with "&", not doubted by the
count. Text: a sentence ends after "B.V." where a pronoun opens the next; "Oost-Gelre" is "Oost
Gelre"."""

from __future__ import annotations

from tests.reading import members, reader

_read = reader("round61")


def test_a_column_of_places_after_the_names_is_cut_also_where_the_place_is_a_village() -> None:
    text = (
        "Vandaag sluit Woonstichting Ons Dak zich aan bij Digitaal Vooruit Maasdriel.\n\n"
        "Digitaal Vooruit Maasdriel bestaat nu uit de volgende organisaties:\n\n"
        "• Bibliotheek Bommelerwaard, Zaltbommel\n"
        "• Stichting Welzijn Maasdriel, Kerkdriel\n"
        "• gemeente Maasdriel, Maasdriel\n"
        "• PC-Hulp, Hedel\n"
        "• Woonstichting Ons Dak, Zaltbommel (nieuw)\n"
        "• Jansen & Roelofs B.V., Ammerzoden\n"
    )
    assert members(_read(text)) == {
        "Bibliotheek Bommelerwaard",
        "Stichting Welzijn Maasdriel",
        "Gemeente Maasdriel",
        "PC-Hulp",
        "Jansen & Roelofs B.V.",
    }


def test_a_count_of_new_partners_is_no_total_but_where_it_stands_is() -> None:
    text = (
        "Vorige maand sloot Stichting Buurtkracht Zeist zich aan bij Digitaal Heuvelrug.\n\n"
        "Met drie partners erbij en twee minder staan we nu op 12 partners.\n"
    )
    assert _read(text).stated_total.value == "12"


def test_the_joiner_under_a_new_partners_heading_is_named_by_its_line_with_its_order() -> None:
    text = (
        "Kwartaalbericht van Digitaal Heuvelrug\n\n"
        "NIEUW IN HET NETWERK\n\n"
        "Fysiotherapie De Brink – partner nummer 11\n"
        "Sinds 1 mei is de praktijk in Doorn aangesloten. De therapeuten zien veel ouderen.\n\n"
        "Repaircafé Driebergen\n"
        "In juni tekende ook deze vrijwilligersclub uit Driebergen. Ze repareren al jaren.\n"
    )
    joins = {j.org.value: j.order and j.order.value for j in _read(text).joins}
    assert joins == {"Fysiotherapie De Brink": "11", "Repaircafé Driebergen": None}


def test_a_place_after_a_description_is_not_the_joiner() -> None:
    text = "Digitaal Heuvelrug groeit. Sinds 1 mei is het buurthuis in Doorn aangesloten.\n"
    assert "Doorn" not in {j.org.value for j in _read(text).joins}


def test_who_is_behind_it_is_answered_by_the_prose_after_it() -> None:
    text = (
        "Jan Smit (81) leerde videobellen bij Samen Digitaal Venlo.\n\n"
        "Wie zitten erachter?\n"
        'Het initiatief ligt bij Stichting Seniorenwerk Venlo. "De vrijwilligers van '
        "KlikMaatje Venlo komen bij je thuis. De Zorggroep Tegelen en Belfeld stuurt mensen "
        'door. En de gemeente Venlo zorgt voor de ruimte." Ook de winkel helpt: Computerhuis '
        "Peters & Zn. zet je oude telefoon gratis over.\n"
    )
    assert members(_read(text)) >= {
        "Stichting Seniorenwerk Venlo",
        "KlikMaatje Venlo",
        "Zorggroep Tegelen en Belfeld",
        "Gemeente Venlo",
        "Computerhuis Peters & Zn.",
    }


def test_a_question_or_a_denial_in_the_answer_names_no_member() -> None:
    text = (
        "Wie doen er mee aan Samen Digitaal Venlo?\n"
        "Stichting Seniorenwerk Venlo en Bibliotheek Venlo leveren de vrijwilligers. Is "
        "gemeente Venlo partner? De provincie Limburg is géén partner, maar betaalt mee.\n"
    )
    found = members(_read(text))
    assert {"Stichting Seniorenwerk Venlo", "Bibliotheek Venlo"} <= found
    assert not {"Gemeente Venlo", "Provincie Limburg"} & found


def test_a_municipality_with_en_in_its_name_is_one_member() -> None:
    text = (
        "Wie zitten er in Digitaal Rijk van Nijmegen?\n"
        "Naast Bibliotheek Waalkwartier doen de gemeente Berg en Dal en Stichting Welzijn "
        "Wijchen mee. Maar Bibliotheek Rijk van Nijmegen is de thuisbasis.\n"
    )
    assert {"Gemeente Berg en Dal", "Bibliotheek Rijk van Nijmegen"} <= members(_read(text))


def test_a_partnership_heading_over_prose_names_its_members() -> None:
    text = (
        "Brightline Nederland B.V. joins Digitaal Fit Zeeland.\n\n"
        "A broad partnership\n"
        "Brightline joins a group that has worked together for years. Bibliotheek Zeeuwse Kust "
        "hosts the walk-in sessions. Stichting Welzijn Goes en Kapelle provides volunteers, "
        "volunteers from KlikKlaar visit people at home and Gemeente Goes co-funds the "
        'programme. Jan Kramer, chair of Seniorenbond De Schelde, added: "We love it."\n'
    )
    found = members(_read(text))
    assert {
        "Bibliotheek Zeeuwse Kust",
        "Stichting Welzijn Goes en Kapelle",
        "Gemeente Goes",
        "KlikKlaar",
    } <= found
    assert "Jan Kramer" not in found


def test_a_name_the_list_read_whole_is_not_read_again_shorter() -> None:
    text = (
        "Wie doen er mee aan Digitaal Samen Tiel?\n"
        "Naast Bibliotheek Tiel zijn dat welzijnsorganisatie Betuwe Actief, woningcorporatie "
        "Thuis in Tiel en Installatiebedrijf te Winkel & Zn. B.V.\n"
    )
    found = members(_read(text))
    assert "Thuis" not in found and "& Zn. B.V." not in found


def test_signed_on_as_a_partner_is_a_join_and_first_names_are_persons() -> None:
    text = (
        "The evening ended with news: local app studio PixelDijk B.V. signed on as the ninth "
        "partner of Samen Online Leiden, the city's digital-inclusion coalition.\n\n"
        "The panel had Joost Verbeek of Stichting Welzijn Leiden and Mira Smit, co-founder "
        "of PixelDijk. Afterwards Mira and Joost signed the partnership agreement on stage.\n"
    )
    joins = {j.org.value: j.order and j.order.value for j in _read(text).joins}
    assert joins == {"PixelDijk B.V.": "9"}


def test_brings_together_a_municipality_and_english_kinds_in_lower_case() -> None:
    text = (
        "Samen Online Leiden started in 2024 and brings together the municipality of Leiden, "
        "Bibliotheek Rijnland, the vocational school Vakschool Rijn and housing association "
        "Woonstichting Sleutels & Poort, among others.\n"
    )
    assert members(_read(text)) == {
        "Gemeente Leiden",
        "Bibliotheek Rijnland",
        "Vakschool Rijn",
        "Woonstichting Sleutels & Poort",
    }


def test_with_whom_we_work_is_a_who_question_and_we_are_eleven_a_total() -> None:
    text = (
        "Met wie werken we samen?\n"
        "We zijn met elf organisaties. Met Bibliotheek Kanaalzone, dat de cursussen geeft, en "
        "met Stichting Welzijn Terneuzen, die de vrijwilligers werft.\n"
    )
    found = _read(text)
    assert found.stated_total.value == "11"
    assert {"Bibliotheek Kanaalzone", "Stichting Welzijn Terneuzen"} <= members(found)


def test_the_total_now_comes_before_the_total_to_come() -> None:
    text = (
        "In oktober sloten Stichting Taal & Teken en ICT-Werkplaats Horst zich aan bij Digitaal "
        "Peelland. Daarmee werken we inmiddels met 17 organisaties samen. Per 1 maart doet ook "
        "Zorgcentra De Peel mee. Vanaf dan zijn we met achttien.\n"
    )
    assert _read(text).stated_total.value == "17"


def test_the_publisher_that_says_we_are_a_partner_is_not_doubted_by_the_count() -> None:
    text = (
        "Buurtgroep Hessenpoort Helpt\n\n"
        "Lieve buren, het is gelukt! Sinds donderdag zijn wij partner van Digi-Maatjes Zwolle. "
        "Dus nu zijn we met 21 organisaties! De bieb doet mee, net als Seniorenclub 't "
        "Zonnetje en ROC IJsselvallei.\n"
    )
    found = _read(text)  # a partner since Thursday: certain, as a partner or as the joiner
    assert "Buurtgroep Hessenpoort Helpt" in members(found) | {j.org.value for j in found.joins}


def test_an_answer_that_names_no_one_goes_on_in_the_paragraphs_under_it() -> None:
    text = (
        "Met wie werken we samen?\n"
        "We zijn met negen organisaties, elk met een eigen rol.\n\n"
        "De basis vormen twee bibliotheken: Bibliotheek Noordwest, met vestigingen in Harlingen, "
        "Franeker en Sint Annaparochie, en Bibliotheek Waadhoeke in Berlikum en Tzummarum.\n\n"
        "Ook de overheid doet mee: de gemeente Harlingen is partner en betaalt de spreekuren.\n\n"
        "Jongeren helpen ouderen: dat is de inbreng van Praktijkschool De Stins.\n\n"
        "Wie betaalt dit?\n"
        "Het Fonds Noordwest geeft een bijdrage, net als Stichting Steunfonds Friesland.\n"
    )
    found = members(_read(text))
    assert {
        "Bibliotheek Noordwest",
        "Bibliotheek Waadhoeke",
        "Gemeente Harlingen",
        "Praktijkschool De Stins",
    } <= found
    assert not {"Stichting Steunfonds Friesland", "Franeker", "Tzummarum"} & found


def test_works_together_among_others_with_and_a_place_adjective_before_a_kind() -> None:
    text = (
        "Ziekenhuis Gelderse Vallei sluit aan bij Samen Digivaardig Ede.\n\n"
        "Binnen de coalitie werkt het ziekenhuis onder meer samen met Bibliotheek Ede, "
        "Stichting Welzijn Ede & Renswoude en de Wageningse computerclub Bits & Bytes.\n"
    )
    assert members(_read(text)) == {
        "Bibliotheek Ede",
        "Stichting Welzijn Ede & Renswoude",
        "Bits & Bytes",
    }


def test_signed_as_number_fourteen_and_staying_at_thirteen() -> None:
    text = (
        "Nieuws van Digitaal Sterk in de Kop! Vanochtend tekende Woonstichting Helderhaven uit "
        "Den Helder als nummer 14 bij onze coalitie.\n\n"
        "Computerclub Anna Paulowna is gestopt. Met het vertrek van de club en de komst van "
        "Helderhaven blijven we dus op 13 partners.\n"
    )
    found = _read(text)
    assert [(j.org.value, j.order and j.order.value) for j in found.joins] == [
        ("Woonstichting Helderhaven", "14")
    ]
    assert found.stated_total.value == "13"


def test_who_are_we_again_after_a_lead_in_opens_the_answer() -> None:
    text = (
        "Op 16 april tekende Huisartsengroep Berkelland als twaalfde partner van Digitaal Fit "
        "Berkelland.\n\n"
        "Even terug: wie zijn wij ook alweer?\n"
        "Daarna sloten de gemeente Berkelland en Woonstichting De Veste aan, en vorig jaar "
        "volgden de vrijwilligers van PC-Hulp Eibergen.\n"
    )
    assert {"Gemeente Berkelland", "Woonstichting De Veste", "PC-Hulp Eibergen"} <= members(
        _read(text)
    )


def test_a_fronted_month_is_not_the_joiner_and_a_future_sibling_is_another_joiner() -> None:
    text = (
        "In September 2026 CodeKade became the eleventh partner of Digitaal Samen Gouda. From "
        "1 January 2027, our training company CodeKade Academy will also join the coalition.\n"
    )
    joins = {j.org.value: (j.order and j.order.value, j.future) for j in _read(text).joins}
    assert joins == {"CodeKade": ("11", False), "CodeKade Academy": (None, True)}


def test_a_supplier_denied_by_its_short_name_is_no_member() -> None:
    text = (
        "Wie doen er mee aan Digitaal Samen Gouda?\n"
        "• Devices: together with our hardware partner RenewIT Benelux, Bibliotheek Gouda and "
        "Stichting Welzijn Gouda we refurbish laptops. RenewIT is a supplier to us, not a "
        "coalition partner.\n"
    )
    found = members(_read(text))
    assert "RenewIT Benelux" not in found


def test_an_action_list_is_no_table_of_partners() -> None:
    text = (
        "Verslag van de stuurgroep van Digitaal Vaardig Liemers.\n\n"
        "Actielijst\n"
        "| Nr | Actie | Wie | Wanneer |\n"
        "| 1 | Bedankbrief Vakschool Liemers | voorzitter | januari |\n"
        "| 2 | Welkomstpakket Repaircafé Zevenaar | secretariaat | maart |\n"
        "| 3 | Aanvraag provinciale bijdrage | Jansen | april |\n"
    )
    assert members(_read(text)) == set()


def test_a_numbered_table_of_partners_is_read() -> None:
    text = (
        "De partners van Digitaal Vaardig Liemers:\n\n"
        "| Nr | Organisatie | Sector |\n"
        "| 1 | Bibliotheek Liemers | bibliotheek |\n"
        "| 2 | Stichting Welzijn Zevenaar | welzijn |\n"
        "| 3 | Woonstichting De Liemers | wonen |\n"
    )
    assert members(_read(text)) == {
        "Bibliotheek Liemers",
        "Stichting Welzijn Zevenaar",
        "Woonstichting De Liemers",
    }


def test_the_coalition_named_after_its_kind_and_not_split_in_a_list_of_founders() -> None:
    text = (
        "Stichting Nieuw Thuis, a foundation run by newcomers, became the eleventh partner in "
        "the coalition Digitaal Samen Stad en Ommeland on 19 May.\n\n"
        '"It took me months," says Ana Costa, chair of Stichting Nieuw Thuis.\n\n'
        "Gemeente Groningen was one of the founders of Digitaal Samen Stad en Ommeland. Other "
        "partners include Bibliotheek Groningen and the IT firm Zernike, Kuipers & Co., whose "
        "staff volunteer.\n"
    )
    found = _read(text)
    assert found.coalition.value == "Digitaal Samen Stad en Ommeland"
    assert [j.org.value for j in found.joins] == ["Stichting Nieuw Thuis"]
    assert members(found) == {
        "Gemeente Groningen",
        "Bibliotheek Groningen",
        "Zernike, Kuipers & Co.",
    }


def test_one_of_the_organisations_in_y_names_the_member_and_the_coalition() -> None:
    text = (
        "Die vrijwilliger komt van Digicafé Brunssum, een van de organisaties in Parkstad "
        "Samen Digitaal. Op 1 september sloot ook Stichting Buurtkamers Kerkrade zich aan.\n"
    )
    found = _read(text)
    assert found.coalition.value == "Parkstad Samen Digitaal"
    assert "Digicafé Brunssum" in members(found)


def test_the_publisher_in_its_own_voice_as_a_kind_and_by_its_byline() -> None:
    text = (
        "THUIS IN DE WIJK\n"
        "Bewonersblad van Woonvereniging Ons Huis · nr. 3 · september 2026\n\n"
        "Dat is Samen Digitaal Brunssum, een coalitie waarin wij als woonvereniging sinds 2025 "
        "meedoen, samen met onder andere Bibliotheek Brunssum en de gemeente Brunssum.\n"
    )
    assert "Woonvereniging Ons Huis" in members(_read(text))
    text = (
        "Een laptop voor iedereen\n"
        "Door Stichting Laptops voor Later (SLL) · Lichtenvoorde · 12 november 2026\n\n"
        "In september 2026 zijn wij als zesde partner toegetreden tot Digitaal Sterk "
        "Achterhoek.\n"
    )
    found = _read(text)
    assert [j.org.value for j in found.joins] == ["Stichting Laptops voor Later"]


def test_a_publisher_in_capitals_with_an_ampersand_is_one_name() -> None:
    text = (
        "NIEUWSBRIEF ZORGGROEP SCHOUWEN & NOORD-BEVELAND\n"
        "Jaargang 9 - nummer 11 - 6 november 2026\n\n"
        "Sinds vorig jaar zijn wij als zorggroep partner van Digitaal Zeeland, samen met "
        "Bibliotheek Zierikzee. Zorggroep Schouwen & Noord-Beveland levert de vrijwilligers.\n"
    )
    found = members(_read(text))
    assert "Zorggroep Schouwen & Noord-Beveland" in found
    assert "Zorggroep Schouwen" not in found


def test_we_work_together_there_with_and_the_place_of_the_last_name() -> None:
    text = (
        "Op 1 oktober is Scheldebank toegetreden tot Digitaal Zeker Zeeuws-Vlaanderen. Wij "
        "werken er verder samen met onder meer Stichting Welzijn Axel en Sas van Gent, "
        "Woonstichting Kanaalzone en Zorgcentrum 't Vlasgilde in Hulst.\n"
    )
    assert members(_read(text)) == {
        "Stichting Welzijn Axel en Sas van Gent",
        "Woonstichting Kanaalzone",
        "Zorgcentrum 't Vlasgilde",
    }


def test_a_brand_named_short_is_the_one_the_text_writes_in_full() -> None:
    text = (
        "Vrijwilligers van KlikMaatje IJsseldelta helpen je op weg.\n\n"
        "Wie zitten er in Digitaal Wijzer Kampen?\n"
        "Inmiddels zitten ook Woonstichting Hanzeborg en Zorggroep Het Brederveld aan tafel, net "
        "als de vrijwilligers van KlikMaatje en de mensen van Stichting Welzijn Kampen.\n"
    )
    found = members(_read(text))
    assert {"KlikMaatje IJsseldelta", "Stichting Welzijn Kampen"} <= found
    assert "KlikMaatje" not in found


def test_and_surroundings_ends_a_name_in_the_prose_answer() -> None:
    text = (
        "Digitaal Sterk Dronten begon in 2022 met 4 organisaties. Inmiddels zitten onder "
        "anderen de gemeente Dronten, Stichting Welzijn Dronten en Omstreken en ROC Flevoborg "
        "in het netwerk.\n"
    )
    assert "Stichting Welzijn Dronten en Omstreken" in members(_read(text))


def test_what_began_in_a_year_as_x_is_called_y_from_today() -> None:
    text = (
        "Wat in 2021 begon als Digitaal Emmen en Omstreken heet vanaf vandaag Drents Digitaal "
        "Zuidoost. Stichting Huiskamer Klazienaveen zette tijdens het feest haar handtekening.\n"
    )
    found = _read(text)
    assert found.coalition.value == "Drents Digitaal Zuidoost"
    assert [f.value for f in found.former_names] == ["Digitaal Emmen en Omstreken"]


def test_a_sentence_ends_after_a_legal_form_when_a_pronoun_opens_the_next() -> None:
    from kg.ingest.sentences import read_sentences

    text = "Aan tafel zaten A en het computerbedrijf Hunzedal ICT B.V. Die laatste leverde laptops."
    assert [s.text for s in read_sentences(text)] == [
        "Aan tafel zaten A en het computerbedrijf Hunzedal ICT B.V.",
        "Die laatste leverde laptops.",
    ]
    kept = "Zij spraken met A.B. De Vries over het plan."
    assert len(read_sentences(kept)) == 1


def test_the_coalition_named_before_its_kind_and_not_where_it_is_denied() -> None:
    text = (
        "Project: Digitaal Waddenkust – closing the digital skills gap\n\n"
        "At the time of submission, the Digitaal Waddenkust partnership comprises ten "
        "organisations. DigiMaatje Groningen Noord joined in March 2026.\n"
    )
    assert _read(text).coalition.value == "Digitaal Waddenkust"
    text = (
        "We hebben het over het Digitaal Bondgenootschap Oss. Onze partij is zelf géén lid van "
        "het Bondgenootschap. Sinds mei doet ook Stichting Welzijn Oss mee aan het Digitaal "
        "Bondgenootschap Oss.\n"
    )
    assert _read(text).coalition.value == "Digitaal Bondgenootschap Oss"


def test_a_speech_on_how_we_began_names_the_coalition_and_its_members() -> None:
    text = (
        "Daarom zijn we twee jaar geleden begonnen met Goeree Klikt. De gemeente "
        "Goeree-Overflakkee was er vanaf de eerste dag bij. Bibliotheek aan de Haven houdt een "
        "spreekuur. Woningbouwvereniging Het Eiland bracht ons bij de huurders. Stichting "
        "Welzijn Oud-Beijerland leidde vrijwilligers op.\n\n"
        "Vanavond komt daar een partner bij.\n"
    )
    found = _read(text)
    assert found.coalition.value == "Goeree Klikt"
    assert {
        "Bibliotheek aan de Haven",
        "Woningbouwvereniging Het Eiland",
        "Stichting Welzijn Oud-Beijerland",
    } <= members(found)
    assert "Vanavond" not in {j.org.value for j in found.joins}


def test_a_place_written_with_a_hyphen_for_a_space_is_the_same_place() -> None:
    from kg.ingest.gazetteer import bare_place, each_place

    assert bare_place("Oost-Gelre") == bare_place("Oost Gelre") is not None
    assert bare_place("Alfa-college") is None
    assert each_place("de gemeenten Winterswijk, Aalten en Oost-Gelre, Bibliotheek X") == (
        "Gemeente Winterswijk, Gemeente Aalten en Gemeente Oost-Gelre, Bibliotheek X"
    )


def test_the_municipalities_first_in_a_list_no_phrase_introduces_are_each_a_member() -> None:
    text = (
        "De Digihulp Oost is een samenwerking van onder meer de gemeenten Winterswijk, Aalten "
        "en Oost-Gelre, Bibliotheek Grensstreek en de Welzijnsstichting Oost Achterhoek.\n"
    )
    found = members(_read(text))
    assert {"Gemeente Winterswijk", "Gemeente Aalten", "Gemeente Oost-Gelre"} <= found
    assert "Aalten en Oost-Gelre" not in found


def test_a_joiner_named_short_is_the_one_the_text_writes_with_its_kind() -> None:
    text = (
        "Het briefje hangt er sinds oktober. Toen sloot Woonstichting Eikenburg zich aan bij "
        "Digitaal Sterk Noordwest, het clubje organisaties in onze wijken.\n\n"
        "Eikenburg is daarmee de twaalfde partner.\n"
    )
    joins = {j.org.value: j.order and j.order.value for j in _read(text).joins}
    assert joins == {"Woonstichting Eikenburg": "12"}


def test_guards_a_review_asked_for() -> None:
    from kg.ingest.items import list_names
    from kg.ingest.prose import strong_names

    signed = _read("Digitaal Eemland groeit. Anna Smit signed on behalf of Library Eemland.\n")
    assert "Anna Smit" not in {j.org.value for j in signed.joins}
    funders = _read(
        "Onze partners\n"
        "De Provincie Utrecht subsidieert het project. Rabobank Stichting Eemland sponsort de "
        "laptops. Stichting Humanitas Amersfoort was te gast bij de ondertekening.\n"
    )
    assert members(funders) == set()
    assert list_names("de bibliotheek, het UWV werkplein Ede en Stichting Humanitas") == [
        "UWV werkplein Ede",
        "Stichting Humanitas",
    ]
    begun = _read("Wij zijn met drie partners gestart in 2021. Nu doen er negen mee.\n")
    assert begun.stated_total.value == "9"
    later = _read("Volgend jaar komen we naar verwachting uit op 20 partners.\n")
    assert later.stated_total is None
    assert (
        strong_names("Daarnaast zijn Stichting Digisterker en Humanitas sinds 2023 partner.") == []
    )
    text = "Bibliotheek Eemland is vorig jaar gestart met Klik en Tik Café. Het loopt goed.\n"
    assert members(_read(text)) == set()
