"""Readings from the session that wrote blind79 to blind84, each in new words: a blog's "Gepost
op" line dates the page, and "Online" before a name themes a coalition as "Digitaal" does."""

from __future__ import annotations

from tests.reading import members, reader

_read = reader("round79")


def test_a_posted_or_appeared_line_dates_the_page() -> None:
    for lead in ("Gepost op", "Verschenen op"):
        text = (
            f"Blog van de bestuurder\n{lead} 14 maart 2026 · categorie: Wonen\n\n"
            "Stichting Buurtwerk Hengelo sluit zich aan bij Digitaal Samen Hengelo.\n"
        )
        found = _read(text)
        assert found.issued is not None and found.issued.iso == "2026-03-14", lead


def test_online_before_a_place_names_the_coalition_a_join_needs() -> None:
    text = (
        "Toen we in 2023 met Samen Online Rivierenland begonnen, zaten er vijf organisaties aan "
        "tafel.\n\nAfgelopen dinsdag tekende Zorgcentrum De Linge als nieuwste partner.\n"
    )
    found = _read(text)
    assert found.coalition is not None and found.coalition.value == "Samen Online Rivierenland"
    assert [join.org.value for join in found.joins] == ["Zorgcentrum De Linge"]


def test_a_site_called_online_is_no_coalition() -> None:
    text = (
        "WIJKNIEUWS ONLINE – jouw buurt\n\n"
        "De hulp komt van Samen Klikken Leiden, een club van organisaties.\n\n"
        "Wijknieuws Online is een vrijwilligersinitiatief.\n"
    )
    found = _read(text)
    assert found.coalition is None or "Online" not in found.coalition.value


def test_a_dotted_abbreviation_before_an_article_and_lowercase_ends_the_sentence() -> None:
    from kg.ingest.sentences import read_sentences

    text = (
        "Ze tekenden het convenant van Samen Digitaal Zwolle e.o. Het netwerk telt nu tien leden."
    )
    assert [s.text for s in read_sentences(text)] == [
        "Ze tekenden het convenant van Samen Digitaal Zwolle e.o.",
        "Het netwerk telt nu tien leden.",
    ]
    same = "Sprekers zijn o.a. De Vries en Jansen."
    assert len(read_sentences(same)) == 1


def test_a_municipality_that_wants_something_is_no_coalition() -> None:
    text = (
        "Digitaal Vechtdal Samen\n\nVoortgangsrapportage\n\n"
        "Dit is onze eerste rapportage. Tot 1 juni 2026 heette de coalitie Digitaal Ommen.\n\n"
        "De gemeente Hardenberg wil de cursus na de zomer overnemen.\n"
    )
    found = _read(text)
    assert found.coalition is None or "Hardenberg" not in found.coalition.value


def test_an_order_said_as_ten_alone_is_the_joiners() -> None:
    for said in (
        "Op dezelfde dag sluit Stichting Wijkkracht Tiel zich als tiende aan bij Samen Digitaal "
        "Rivierenland.",
        "Stichting Wijkkracht Tiel treedt als tiende toe tot Samen Digitaal Rivierenland.",
        "Stichting Wijkkracht Tiel joined Digital Together Rivierenland as the tenth.",
    ):
        orders = [join.order and join.order.value for join in _read(said).joins]
        assert orders == ["10"], said


def test_a_food_bank_that_says_we_joined_as_fifteenth_is_the_joiner() -> None:
    text = (
        "Voedselbank Het Baken Twente\nJaarverslag 2025\n\n4.2 Samenwerking\n\n"
        "Daarom hebben wij ons op 1 mei 2025 als vijftiende partner aangesloten bij de coalitie "
        "Twente Digitaal Wijs.\n"
    )
    joins = [(j.org.value, j.order and j.order.value) for j in _read(text).joins]
    assert joins == [("Voedselbank Het Baken Twente", "15")]


def test_a_newsletter_whose_we_signed_on_names_its_brand_and_no_later_joiner_takes_its_order() -> (
    None
):
    text = (
        "The BuurtBuddy Monthly\n\nIssue 9\n\n"
        "On 3 March we signed on as the 12th partner of the Zwolse Digitale Alliantie, the "
        "regional network.\n\n"
        "From 1 June 2027, Woonstichting IJsselerf will also join the alliance.\n"
    )
    joins = {j.org.value: (j.order and j.order.value, j.future) for j in _read(text).joins}
    assert joins == {"BuurtBuddy": ("12", False), "Woonstichting IJsselerf": (None, True)}


def test_a_second_clause_with_its_own_order_is_a_second_joiner() -> None:
    text = (
        "De coalitie Digitaal Samen Westerkwartier groeit. Stichting Dorpshuis Marum sluit aan "
        "als achtste partner en Repair Café Leek uit Tolbert schuift meteen daarna aan als "
        "negende.\n"
    )
    joins = [(j.org.value, j.order and j.order.value) for j in _read(text).joins]
    assert joins == [("Stichting Dorpshuis Marum", "8"), ("Repair Café Leek", "9")]


def test_earlier_joins_told_with_afterwards_stay_members_not_news() -> None:
    text = (
        "Digitaal Samen Westerkwartier begon in 2022. Daarna sloot Stichting Dorpshuis Marum zich "
        "aan.\n"
    )
    assert _read(text).joins == []


def test_partner_number_n_and_the_nth_organisation_to_join_are_joins_with_orders() -> None:
    for text, order in (
        (
            "Sinds 1 mei is er weer een partner bij: Zorggroep Het Anker is partner nummer 11. "
            "Daarmee telt Digitaal Fit Urk 11 partners.",
            "11",
        ),
        (
            "On 2 June, Zorggroep Het Anker became the ninth organisation to join, making Digital "
            "Fit Urk a network of nine organisations.",
            "9",
        ),
    ):
        found = _read(text)
        assert [(j.org.value, j.order and j.order.value) for j in found.joins] == [
            ("Zorggroep Het Anker", order)
        ]
        assert found.coalition is not None and not found.coalition.value[-1].isdigit()


def test_a_plain_noun_or_the_places_of_a_member_are_no_coalition() -> None:
    for said, wrong in (
        ("Bewoners willen thuis zoeken en lopen vast; de bewoners vragen hulp.", "Bewoners"),
        (
            "De thuiszorg, met teams in Zuidlaren, Eelde en Blauwestad, wil cliënten helpen.",
            "Zuidlaren, Eelde en Blauwestad",
        ),
    ):
        found = _read(f"{said}\n\nOok Stichting Kompas sluit zich aan bij de coalitie.\n")
        assert found.coalition is None or found.coalition.value != wrong


def test_a_signatory_after_a_colon_is_a_person_and_the_member_before_it_joins() -> None:
    text = (
        "Daarom is Stichting Welzijn Tubbergen toegetreden tot de coalitie Digitaal Samen "
        "Dinkelland: onze directeur maatschappelijke zaken, Gerrit Nijhuis, zette op 4 mei zijn "
        "handtekening onder de afspraken.\n"
    )
    assert [j.org.value for j in _read(text).joins] == ["Stichting Welzijn Tubbergen"]


def test_a_surname_on_huis_is_a_persons_and_a_signature_names_no_person() -> None:
    from kg.ingest.names import is_person

    said = "onze voorzitter van de raad, Anne Stenhuis, opende de avond."
    assert is_person("Anne Stenhuis", said)
    assert not is_person("Taalhuis Zaanstreek", "zegt Taalhuis Zaanstreek")
    assert not is_person("Samen Online", "Eva Bos, coordinator, Samen Online")


def test_a_school_newsletter_dated_by_its_issue_line_has_the_school_join() -> None:
    text = (
        "DE SPEELBAL\nNieuwsbrief van OBS De Speelbal, Assen\n"
        "Jaargang 8 – nr. 3 – vrijdag 6 maart 2026\n\n"
        "Daarom zijn wij sinds 1 maart de 7e partner van Digitaal Samen Assen.\n"
    )
    found = _read(text)
    assert found.issued is not None and found.issued.iso == "2026-03-06"
    joins = [(j.org.value, j.order and j.order.value) for j in found.joins]
    assert joins == [("OBS De Speelbal", "7")]


def test_an_issue_month_gives_way_to_the_day_it_appeared_on() -> None:
    text = "Buurtnieuws\nNr. 3 · maart 2026 · verschenen op 6 maart 2026\n\nX sluit aan bij Y.\n"
    found = _read(text)
    assert found.issued is not None and found.issued.iso == "2026-03-06"


def test_our_word_of_the_publishers_name_is_the_publisher() -> None:
    text = (
        "WESTFRIESE BOERENBOND (WBB) – LEDENNIEUWS\nNieuwsbrief nr. 4 · mei 2026\n\n"
        "In deze nieuwsbrief: WBB haakt aan bij Digitaal Sterk West-Friesland | Agenda\n\n"
        "Daarom is ons Boerenbond per 1 april 2026 aangehaakt bij Digitaal Sterk West-Friesland, "
        "als achtste deelnemer.\n\nWestfriese Boerenbond (WBB), Postbus 12, Hoorn\n"
    )
    joins = [(j.org.value, j.order and j.order.value) for j in _read(text).joins]
    assert joins == [("Westfriese Boerenbond", "8")]


def test_a_list_line_described_after_a_comma_in_lowercase_keeps_its_name() -> None:
    text = (
        "Stichting Wijkkracht sluit zich aan bij Digitaal Samen Delft. Op dit moment doen er "
        "drie mee:\n\n- Bibliotheek Delft\n- de TabletTantes, vrijwilligers die bij mensen thuis "
        "helpen\n- Stichting Welzijn Delft (SWD)\n"
    )
    assert "TabletTantes" in members(_read(text))


def test_a_colon_after_what_partners_do_opens_no_list_of_names() -> None:
    text = (
        "Stichting Buurtwerk sluit zich aan bij Digitaal Samen Eemland.\n\n"
        "De nieuwe naam moet beter laten zien wat de partners doen: hulp bij digitale vragen, "
        "dichtbij huis, in Amersfoort, Leusden en Baarn.\n"
    )
    found = _read(text)
    assert not {p.value for p in found.partners} & {"in Amersfoort", "Leusden", "Baarn"}


def test_a_list_that_opens_with_one_of_us_is_still_a_list() -> None:
    text = (
        "Stichting Buurtwerk sluit zich aan bij Digitaal Samen Eemland. De coalitie werd in 2023 "
        "opgericht door onze stichting, Bibliotheek Eem en Woonstichting De Poort.\n"
    )
    assert {"Bibliotheek Eem", "Woonstichting De Poort"} <= members(_read(text))


def test_since_a_day_x_is_in_too_is_a_join_and_a_stall_at_a_market_is_none() -> None:
    text = (
        "Digitaal Fit Noordoost is een coalitie van organisaties. Sinds dinsdag 3 maart is "
        "Dorpshuis De Pôle in Burgum er ook officieel bij.\n"
    )
    assert [j.org.value for j in _read(text).joins] == ["Dorpshuis De Pôle"]
    market = (
        "Digitaal Fit Noordoost is een coalitie van organisaties. Op de markt is Bibliotheek "
        "Burgum er ook bij met een kraam.\n"
    )
    assert _read(market).joins == []


def test_under_a_header_row_a_table_row_is_one_record_its_first_cell_the_name() -> None:
    text = (
        "Stichting X joins Samen Digitaal Almere, a coalition of 13 organisations.\n\n"
        "Member organisations you are most likely to deal with:\n\n"
        "| Organisation | What they do for you | Where |\n|---|---|---|\n"
        "| Bibliotheek Stad & Polder | Walk-in, Tue and Thu | Almere Stad |\n"
        "| TechMaatjes Almere | Volunteers who visit you | Whole city |\n"
    )
    found = {p.value for p in _read(text).partners}
    assert found == {"Bibliotheek Stad & Polder", "TechMaatjes Almere"}


def test_a_list_opened_by_waarin_onder_meer_starts_at_its_first_name() -> None:
    text = (
        "Daarom heeft Stichting Mantelzorg Venlo besloten zich aan te sluiten bij Digitaal Sterk "
        "Venlo, de regionale coalitie waarin onder meer Bibliotheek Venlo-Noord, Welzijn Blerick, "
        "Woonstichting Maasoever en de gemeente Venlo samenwerken.\n"
    )
    assert "Bibliotheek Venlo-Noord" in members(_read(text))


def test_a_group_that_also_takes_part_is_a_member_and_an_action_is_none() -> None:
    text = (
        "Stichting Welzijn Sleen sluit zich aan bij Digitaal Thuis Emmen.\n\n"
        "De Boerinnenkring Schoonoord doen ook mee; die geven al jaren cursussen.\n\n"
        "Woonstichting Emmerhout doet ook mee aan de actie Week van het Geld.\n"
    )
    found = members(_read(text))
    assert "Boerinnenkring Schoonoord" in found
    assert "Woonstichting Emmerhout" not in found


def test_signatures_set_somewhere_named_are_joins_and_a_dike_reeve_is_a_person() -> None:
    text = (
        "Digitaal Samen Emmen is een coalitie van organisaties. "
        "Stichting Welzijn Emmen, installatiebedrijf Bakker & Zonen en Zorggroep De Hondsrug "
        "zetten vanmiddag in het gemeentehuis van Emmen hun handtekening.\n"
    )
    assert [j.org.value for j in _read(text).joins] == [
        "Stichting Welzijn Emmen",
        "Bakker & Zonen",
        "Zorggroep De Hondsrug",
    ]
    reeve = (
        "Op 4 mei heeft Waterschap Vechtstromen zich aangesloten bij Coalitie Digitaal Twente. "
        "Dijkgraaf mr. P.J. (Piet) van Dam zette in het stadhuis van Almelo zijn handtekening "
        "onder de afspraken.\n"
    )
    assert [j.org.value for j in _read(reeve).joins] == ["Waterschap Vechtstromen"]


def test_a_firm_with_a_comma_after_and_keeps_its_name() -> None:
    text = (
        "Woonstichting De Meierij en Hulshof, Ter Braak & Partners Accountants zetten vanochtend "
        "hun handtekening onder de samenwerkingsovereenkomst van Digitaal Samen Oss.\n"
    )
    assert [j.org.value for j in _read(text).joins] == [
        "Woonstichting De Meierij",
        "Hulshof, Ter Braak & Partners Accountants",
    ]


def test_three_organisations_that_join_before_a_colon_are_the_names_after_it() -> None:
    text = (
        "Samen Digitaal Rivierenland groeit. Met de uitbreiding sluiten drie organisaties uit de "
        "Betuwe aan: Stichting Welzijn Tiel, Bibliotheek Rivierenland en muziekschool "
        "BetuweKlank.\n"
    )
    joined = [j.org.value for j in _read(text).joins]
    assert joined == ["Stichting Welzijn Tiel", "Bibliotheek Rivierenland", "BetuweKlank"]


def test_joins_since_a_month_and_a_signature_as_a_new_partner() -> None:
    for said, name in (
        ("Sinds januari doet ook woningcorporatie Wonen Noordwest mee.", "Wonen Noordwest"),
        (
            "Sinds mei doet bovendien het Taalpunt Lemmer mee, voor wie moeite heeft.",
            "Taalpunt Lemmer",
        ),
        (
            "Vandaag tekende Zorgboerderij De Hoeve uit Usquert als nieuwe partner van Hogeland "
            "Samen.",
            "Zorgboerderij De Hoeve",
        ),
    ):
        text = f"Digitaal Samen Noord is een coalitie van organisaties. {said}\n"
        assert [j.org.value for j in _read(text).joins] == [name], said


_COALITION = "Digitaal Samen Westland is een coalitie van organisaties. "


def test_more_ways_a_release_tells_who_joins() -> None:
    for said, names in (
        (
            "Stichting Buurtkracht Naaldwijk heeft dinsdag getekend.",
            ["Stichting Buurtkracht Naaldwijk"],
        ),
        (
            "Vorige week donderdag heeft Zorggroep De Hoven uit Sint Nicolaasga getekend.",
            ["Zorggroep De Hoven"],
        ),
        ("Sinds half maart is daar Zorggroep Westerhage bij gekomen.", ["Zorggroep Westerhage"]),
        ("Sinds 1 maart doet er een nieuwe club mee: KlikHelden.", ["KlikHelden"]),
        (
            "De jongste aanwinst is Woonstichting De Kreek, die begin deze maand tekende.",
            ["Woonstichting De Kreek"],
        ),
        (
            "Het opvallendste nieuwe lid is notariskantoor Ploeg, Kaars & Visser Notarissen.",
            ["Ploeg, Kaars & Visser Notarissen"],
        ),
        (
            "In March, KidsCode Westland came on board; its volunteers teach children.",
            ["KidsCode Westland"],
        ),
        (
            "On 20 November the Westland Expat Hub came on board as our eleventh partner.",
            ["Westland Expat Hub"],
        ),
        (
            "Also joining today is Stichting Repaircafé Monster, a volunteer group.",
            ["Stichting Repaircafé Monster"],
        ),
        (
            "Since 12 February, Stadslab 174 is officially a member of the coalition.",
            ["Stadslab 174"],
        ),
        (
            "Today two more organisations joined, the Westland Vakschool and textile firm "
            "Ter Horst & Jansen B.V. of Naaldwijk.",
            ["Westland Vakschool", "Ter Horst & Jansen B.V."],
        ),
    ):
        assert [j.org.value for j in _read(_COALITION + said).joins] == names, said


def test_a_letter_of_intent_or_an_earlier_arrival_told_with_when_is_no_join() -> None:
    for said, names in (
        ("Woonstichting De Kreek heeft een intentieverklaring getekend.", []),
        ("When Naaldwijk and Midden-Delfland came on board, that name no longer fitted.", []),
        (
            "Two organisations came on board:\n\n- Zorg Thuis Westland, a home-care provider "
            "(joined 2 October)\n- Vakschool Westerkim, Naaldwijk's school for media (joined in "
            "October)\n",
            ["Zorg Thuis Westland", "Vakschool Westerkim"],
        ),
    ):
        assert [j.org.value for j in _read(_COALITION + said).joins] == names, said


def test_a_relative_clause_or_a_second_clause_that_follows_tells_a_join() -> None:
    for said, names in (
        (
            "That is largely thanks to the Expat Desk Westland, which joined the coalition on "
            "1 October.",
            ["Expat Desk Westland"],
        ),
        (
            "Stichting Welzijn Lier, die in mei aansloot, geeft cursussen.",
            ["Stichting Welzijn Lier"],
        ),
        (
            "Stichting A signed in October, and Stichting Voedselhulp Monster followed on 3 "
            "November.",
            ["Stichting Voedselhulp Monster"],
        ),
    ):
        assert [j.org.value for j in _read(_COALITION + said).joins] == names, said


def test_a_dated_clause_after_a_semicolon_tells_its_own_join() -> None:
    said = (
        "In maart 2025 sloot Zorgcentrum De Wiel in Balk zich bij het netwerk aan; in september "
        "volgde het Lemster Vakcollege."
    )
    joined = [j.org.value for j in _read(_COALITION + said).joins]
    assert joined == ["Zorgcentrum De Wiel", "Lemster Vakcollege"]


def test_organisations_named_below_that_are_all_partners_and_their_leads() -> None:
    text = (
        "Digitaal Samen Veenkoloniën\n\nHalfjaarrapportage\n\n"
        "Per 30 juni bestaat de coalitie uit 12 partners. Op 1 mei is Zorggroep Veenland "
        "toegetreden. De organisaties die hieronder bij de werkgroepen worden genoemd, zijn "
        "allemaal partner van de coalitie.\n\n"
        "2. Werkgroep Ouderen\nTrekker: Stichting Welzijn Stadskanaal en Vlagtwedde\n"
        "- 42 ochtenden in 11 dorpshuizen.\n\n"
        "3. Werkgroep Werk\nTrekker: gemeente Veendam, team Werk\n"
        "Met sociaal werkbedrijf VeenWerkt en uitzendbureau Flex & Vak Groningen B.V. is de "
        "cursus ontwikkeld.\n"
    )
    found = members(_read(text))
    assert {
        "Stichting Welzijn Stadskanaal en Vlagtwedde",
        "Gemeente Veendam",
        "VeenWerkt",
    } <= found


def test_minutes_with_present_and_apologies_as_headings_name_the_members() -> None:
    text = (
        "DIGITAAL SAMEN TWENTE\nSteering Group – Minutes\n\nDate: 3 March 2026\n\n"
        "Present\nR. Hermans (Gemeente Almelo) – chair\nY. Lardinois (Bibliotheek Almelo)\n\n"
        "Guest\nA. Janssen (Fonds Twente), observer\n\n"
        "Apologies\nL. Bemelmans (Gemeente Wierden)\n\n"
        "1. Opening\nThe chair opens the meeting.\n"
    )
    found = members(_read(text))
    assert {"Gemeente Almelo", "Bibliotheek Almelo", "Gemeente Wierden"} <= found
    assert "Fonds Twente" not in found


def test_partners_listed_under_the_places_they_work_in() -> None:
    text = (
        "Stichting Welzijn Venray sluit zich aan bij Digitaal Noord-Limburg.\n\n"
        "De partners per gemeente\n\nVenlo\n- Bibliotheek Venlo\n- Woonstichting Maasland\n\n"
        "Horst aan de Maas\n- Gemeente Horst aan de Maas\n- Computerclub De Bit\n"
    )
    found = members(_read(text))
    assert {"Bibliotheek Venlo", "Woonstichting Maasland", "Computerclub De Bit"} <= found
    assert "Venlo" not in {p.value for p in _read(text).partners}


def test_together_with_the_municipality_and_others_the_joiner_works_on() -> None:
    text = (
        "Woningcorporatie De Key tekende vandaag het convenant van de Coalitie Digitaal Delft. "
        "De coalitie telt inmiddels 8 partners.\n\n"
        "Samen met de gemeente Delft, Bibliotheek Delft, Stichting Lezen & Schrijven en "
        "SeniorWeb Delft werkt De Key nu aan één gezamenlijke aanpak.\n"
    )
    found = members(_read(text))
    assert {"Gemeente Delft", "Stichting Lezen & Schrijven", "SeniorWeb Delft"} <= found


def test_core_partners_minutes_with_dashes_and_a_leave_told_with_dat() -> None:
    text = (
        "NOTULEN OVERLEG KERNPARTNERS\nDigitaal Sterk Tilburg\n\n"
        "Aanwezig:\n- Marieke van Dongen – Stichting Zorg en Welzijn Tilburg (voorzitter)\n"
        "- Jeroen Smulders – gemeente Tilburg\n- Bram de Laat – Kringloopbedrijf De Vlot B.V.\n"
        "Gast: Ruud Pennings – Provincie Noord-Brabant\n\n"
        "1. Mededelingen\n- Bram meldt dat Kringloopbedrijf De Vlot B.V. per 1 januari 2027 "
        "uittreedt in verband met een reorganisatie.\n"
    )
    found = _read(text)
    assert {"Stichting Zorg en Welzijn Tilburg", "Gemeente Tilburg"} <= members(found)
    assert [leaver.value for leaver in found.leavers] == ["Kringloopbedrijf De Vlot B.V."]
    assert not any("Vlot" in name for name in members(found))
    assert "Provincie Noord-Brabant" not in members(found)


def test_a_join_by_an_acronym_the_text_spells_out_is_the_same_joiner() -> None:
    text = (
        "Stichting Katholiek en Openbaar Onderwijs Zuidwest-Drenthe (KOOZ) heeft zich vandaag als "
        "twaalfde partner aangesloten bij Digitaal Fit Drenthe. Met de komst van KOOZ telt de "
        "coalitie nu 12 partners.\n"
    )
    joins = [(j.org.value, j.order and j.order.value) for j in _read(text).joins]
    assert len(joins) == 1 and joins[0][1] == "12" and "KOOZ" not in joins[0][0]


def test_orders_said_in_few_words_after_the_join() -> None:
    for said, orders in (
        (
            "Woonbedrijf Peelrand is onze 10e partner. Stichting Mantelzorg Deurne werd de 11e.",
            ["10", "11"],
        ),
        (
            "Daarom is GGD Rivierenland toegetreden tot de coalitie. Wij zijn daarmee nummer 14.",
            ["14"],
        ),
        (
            "Het Gaanderhof College sluit zich aan bij de coalitie. Volgens de site zijn het er nu "
            "twintig, en wij zijn dus de twintigste!",
            ["20"],
        ),
        (
            "Drie nieuwe partners treden toe tot de coalitie: Woonstichting Hondsrug, Sportbedrijf "
            "Emmen en Stichting Welzijn Coevorden. Zij zijn de achtste, negende en tiende partner.",
            ["8", "9", "10"],
        ),
    ):
        joins = _read(_COALITION + said).joins
        assert [j.order and j.order.value for j in joins] == orders, said


def test_a_person_of_an_organisation_who_has_signed_makes_the_organisation_join() -> None:
    said = (
        "Gisteren heeft Wim van der Veen van Kringloop De Tweede Ronde in Wormerveer zijn "
        "handtekening gezet, en daarmee is de kringloop officieel de 9e partner van DigiZaan."
    )
    joins = [(j.org.value, j.order and j.order.value) for j in _read(_COALITION + said).joins]
    assert joins == [("Kringloop De Tweede Ronde", "9")]


def test_moving_over_to_the_coalition_and_becoming_its_partner_are_joins() -> None:
    for said, names in (
        (
            "Twee daarvan stappen nu over naar de coalitie: Stichting Welzijn Opmeer en "
            "Woonzorgcentrum Lichtpunt in Hoorn.",
            ["Stichting Welzijn Opmeer", "Woonzorgcentrum Lichtpunt"],
        ),
        (
            "Bibliotheek aan de Berkel stapt over naar Digitaal Dichtbij Oost.",
            ["Bibliotheek aan de Berkel"],
        ),
        (
            "Maas & Geul Bank opent een hulplijn en wordt partner van Parkstad Digitaal.",
            ["Maas & Geul Bank"],
        ),
        (
            "Nieuw aan tafel zijn het Bossche ICT-bedrijf Van Rooij, Hendriks & Partners B.V. en "
            "Stichting Onderwijsgroep Meierij.",
            ["Van Rooij, Hendriks & Partners B.V.", "Stichting Onderwijsgroep Meierij"],
        ),
    ):
        assert [j.org.value for j in _read(_COALITION + said).joins] == names, said


_JOINED = (
    "Digitaal Samen Emmen verwelkomt een nieuwe partner. Stichting Welzijn Emmen sluit zich aan "
    "bij Digitaal Samen Emmen. "
)


def test_people_helpers_and_negations_are_no_joiners_members_or_leavers() -> None:
    """Readings a review of this round's rules found, each on new text: none of these names is
    a joiner, a member or a leaver."""
    for said in (
        "Het bestuur meldt dat Anneke Visser per 1 januari uittreedt als penningmeester.",
        "De voorzitter verwacht dat Bibliotheek Emmen niet uittreedt.",
        "Steeds meer ouderen doen nu ook mee.",
        "Wethouder Jan Smit doet ook mee.",
        "Alle basisscholen in Emmen doen inmiddels mee.",
        "De wethouder opende de bijeenkomst, en Marieke Jansen volgde.",
        "De nieuwste aanwinst is Petra de Vries, die als vrijwilliger aan de slag gaat.",
        "Sinds maart is er ook Marieke Jansen bij gekomen als vrijwilliger.",
        "Since the Red Cross came on board, the coalition has grown fast.",
        "De organisaties die hieronder worden genoemd, zijn allemaal partner van Digitaal Samen "
        "Emmen.\n\nWerkgroep Spreekuur\n\nTrekker: Anja de Boer\n",
    ):
        found = _read(_JOINED + said)
        assert [j.org.value for j in found.joins] == ["Stichting Welzijn Emmen"], said
        assert members(found) <= {"Stichting Welzijn Emmen"}, said
        assert found.leavers == [], said


def test_a_coalition_headed_by_an_organisation_word_and_a_role_after_a_dash() -> None:
    found = _read(
        "Nieuwe partner. Taalhuis Emmen telt nu 14 partners. Stichting Welzijn Emmen sluit zich "
        "aan."
    )
    assert found.coalition is not None and found.coalition.value == "Taalhuis Emmen"
    minutes = (
        "Verslag stuurgroep Digitaal Samen Emmen, 3 maart 2025\n\nPresent\n"
        "- Koen van der Heijden – Chair\n- Fatma Yilmaz – BiblioBosch\n"
    )
    assert members(_read(minutes)) == {"BiblioBosch"}
    course = (
        "Nieuwe partner voor de coalitie. Stichting Welzijn Emmen sluit zich aan. De workshop "
        "Veilig Online Bankieren is populair. Ook dit najaar geven vrijwilligers Veilig Online "
        "Bankieren.\n"
    )
    assert _read(course).coalition is None


def test_the_publishers_join_once_a_firm_with_its_legal_form_and_places_in_a_list() -> None:
    own = (
        "AGRARISCH VERBOND ACHTERHOEK – LEDENNIEUWS\n\nDaarom is ons Verbond aangehaakt bij "
        "Digitaal Sterk Achterhoek. Wij zijn sinds 1 oktober officieel partner, als tiende "
        "deelnemer.\n\nHennie Te Brake vertegenwoordigt Agrarisch Verbond Achterhoek in het "
        "overleg.\n"
    )
    assert [j.org.value for j in _read(own).joins] == ["Agrarisch Verbond Achterhoek"]
    signed = (
        "Digitaal Samen Emmen groeit. Onlangs tekenden Installatiebedrijf Mulder B.V. en "
        "Stichting Welzijn Emmen het convenant.\n"
    )
    assert "Installatiebedrijf Mulder B.V." in [j.org.value for j in _read(signed).joins]
    listed = _JOINED + (
        "De partners van Digitaal Samen Emmen zijn:\n- Bibliotheek Emmen\n- Coevorden\n"
        "- Humanitas Emmen\n"
    )
    assert "Coevorden" in {p.value for p in _read(listed).partners}


def test_a_newsletter_of_the_coalition_is_no_part_of_its_name() -> None:
    text = (
        "VERBONDEN!\nPartnernieuwsbrief van Westland Digitaal Verbonden | nr. 9 | november 2026\n\n"
        "Deze keer verwelkomen we drie nieuwe partners. Met hen erbij zijn we met z'n "
        "negentienen.\n"
    )
    found = _read(text)
    assert found.coalition is not None
    assert found.coalition.value == "Westland Digitaal Verbonden"


def test_an_english_page_dated_month_day_year() -> None:
    for lead, iso in (
        ("Published Sep 22, 2026", "2026-09-22"),
        ("ROTTERDAM, March 4, 2025 –", "2025-03-04"),
    ):
        text = f"{lead}\n\nStichting Havenwerk joins Digital Together Rotterdam.\n"
        found = _read(text)
        assert found.issued is not None and found.issued.iso == iso, lead


def test_since_june_we_have_been_y_names_the_coalition_now() -> None:
    text = (
        "Three years ago we called ourselves the Digi-Coalitie Leiden-Noord.\n\n"
        "This summer we changed that name. Since June we have been Iedereen Online Leiden. And "
        "last week, Bakkerij Van Dam B.V. signed on as our eleventh member.\n"
    )
    found = _read(text)
    assert found.coalition is not None and found.coalition.value == "Iedereen Online Leiden"


def test_a_national_programme_that_wants_something_and_what_the_partners_do() -> None:
    text = (
        "Samen Digitaal Zuidwest-Drenthe\nNieuwsbrief | december 2025\n\n"
        "Sinds 1 december is Zorgcentrum De Wolden partner. We tellen nu 15 partners.\n\n"
        "Ik word wel eens gevraagd wat al die partners dan precies dóén. Het eerlijke antwoord: "
        "heel verschillende dingen. Bibliotheek Meppel draait de informatiepunten. Welzijnskring "
        "Westerveld stuurt mensen door.\n\n"
        "- Het landelijke programma Digiwijzer 2030 wil onze werkwijze gebruiken.\n\n"
        "Jan Bos\nvoorzitter Samen Digitaal Zuidwest-Drenthe\n"
    )
    found = _read(text)
    assert found.coalition is not None
    assert found.coalition.value == "Samen Digitaal Zuidwest-Drenthe"
    assert {"Bibliotheek Meppel", "Welzijnskring Westerveld"} <= members(found)


def test_since_a_day_an_official_partner_and_someone_who_wants_is_no_coalition() -> None:
    text = (
        "At six tables, six students sit next to six residents. Another wants to know why his "
        "bank keeps texting him.\n\n"
        "Since 1 February, Stadslab Leiden has been an official partner of Sleutelstad Digitaal, "
        "the city's coalition for digital skills.\n"
    )
    found = _read(text)
    assert found.coalition is not None and found.coalition.value == "Sleutelstad Digitaal"
    assert [j.org.value for j in found.joins] == ["Stadslab Leiden"]
