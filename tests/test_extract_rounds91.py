"""Readings from the session that wrote blind91 to blind96, each in new words: a sentence that
ends in an emoji ("JongerenPunt Almere is vanaf vandaag de 9e partner 💪")."""

from __future__ import annotations

from kg.ingest.coalitions import plausible_coalition
from kg.ingest.dates import dateline
from kg.ingest.extract import Extraction
from kg.ingest.names import is_person
from kg.ingest.ordinals import ordinals
from kg.ingest.sentences import split_sentences
from kg.ingest.subjects import no_organisation
from tests.reading import members, reader

_read = reader("round91")


def test_an_emoji_after_a_sentence_is_no_part_of_it() -> None:
    text = "Wij doen mee! 💪\nJongerenPunt Almere is vanaf vandaag de 9e partner 🙌🙌"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Wij doen mee!",
        "JongerenPunt Almere is vanaf vandaag de 9e partner",
    ]


def test_a_join_whose_sentence_ends_in_an_emoji_is_read() -> None:
    found = _read("Digi Samen Almere helpt. JongerenPunt Almere is vanaf vandaag de 9e partner 💪")
    assert [(j.org.value, j.order.value if j.order else None) for j in found.joins] == [
        ("JongerenPunt Almere", "9")
    ]


def test_a_month_with_a_join_in_the_present_is_to_come_in_an_undated_post() -> None:
    found = _read(
        "Trots! Vandaag verwelkomen we Wooncorporatie Saenwoon als nieuwe partner van DigiZaan.\n\n"
        "En het mooiste nieuws bewaar ik voor het laatst: in mei schuift ook Huisartsengroep "
        "Wormerveer aan 🙌\n"
    )
    assert {j.org.value: j.future for j in found.joins} == {
        "Wooncorporatie Saenwoon": False,
        "Huisartsengroep Wormerveer": True,
    }
    assert "Huisartsengroep Wormerveer" not in members(found) | {
        j.org.value for j in found.joins if not j.future
    }


def test_that_makes_x_the_eleventh_partner_is_a_join_with_its_order() -> None:
    for said in (
        "Last Friday I signed the agreement with Digitaal Vangnet Drechtsteden. That makes "
        "Beekhuis Bank the eleventh partner in the coalition - and the first bank to join.",
        "Vrijdag tekende ik namens ons de overeenkomst met Digitaal Vangnet Drechtsteden. Dat "
        "maakt Beekhuis Bank de elfde partner van de coalitie.",
    ):
        found = _read(said)
        assert [(j.org.value, j.order.value if j.order else None) for j in found.joins] == [
            ("Beekhuis Bank", "11")
        ]


def test_that_makes_x_the_first_of_another_kind_is_no_join() -> None:
    found = _read(
        "Digitaal Vangnet Drechtsteden groeit. Dat maakt Dordrecht de eerste gemeente met een "
        "digitaal spreekuur in elke wijk. That makes Beekhuis Bank the first bank to open one."
    )
    assert found.joins == []


def test_a_weekday_or_a_time_before_i_is_no_signatory() -> None:
    for said in (
        "Last Friday I signed the agreement with Digitaal Vangnet Drechtsteden.",
        "Vrijdag tekende ik namens ons de overeenkomst met Digitaal Vangnet Drechtsteden.",
    ):
        assert _read(said).joins == [], said


def test_signed_as_the_seventh_then_elided_orders_for_the_next_two() -> None:
    found = _read(
        "Het convenant van Parkstad Digitaal Inclusief is vandaag ondertekend. Zorggroep Kompas "
        "Zuid tekende als zevende partner, WerkPunt Parkstad B.V. als achtste en "
        "Huisartsencoöperatie Oostelijke Mijnstreek U.A. als negende."
    )
    assert [(j.org.value, j.order.value if j.order else None) for j in found.joins] == [
        ("Zorggroep Kompas Zuid", "7"),
        ("WerkPunt Parkstad B.V.", "8"),
        ("Huisartsencoöperatie Oostelijke Mijnstreek U.A.", "9"),
    ]


def test_an_elided_order_after_a_name_in_a_second_clause_is_no_name() -> None:
    found = _read(
        "Het netwerk groeit. Stichting De Piushaven sloot aan als twaalfde partner, direct gevolgd "
        "door de Hogeschool Midden-Brabant, Academie voor Sociaal Werk als dertiende."
    )
    assert "Academie voor Sociaal Werk" not in {j.org.value for j in found.joins}


def _joins(found: Extraction) -> list[tuple[str, str | None]]:
    return [(j.org.value, j.order.value if j.order else None) for j in found.joins]


def test_we_were_the_ninth_organisation_is_the_publishers_join() -> None:
    found = _read(
        "Waterschap Betuwse Weteringen\nAnnual Summary 2026 – English edition\n\n"
        "4. Working with the region\n\nIn March 2026 we put our own name on the partner list of "
        "Coalitie Digitaal Meedoen Rivierenland. We were the ninth organisation to do so.\n"
    )
    assert _joins(found) == [("Waterschap Betuwse Weteringen", "9")]


def test_a_monthly_of_an_association_names_its_publisher() -> None:
    found = _read(
        "Maandblad van Seniorenvereniging De Zilveren Brink – afdelingen Assen en Rolde\n\n"
        "Sinds 1 november zit De Zilveren Brink aan tafel bij het Netwerk Digitaal Thuis "
        "Drenthe-Midden. Wij zijn de elfde organisatie die daar aanschuift.\n"
    )
    assert _joins(found) == [("Seniorenvereniging De Zilveren Brink", "11")]


def test_we_are_the_eleventh_of_another_kind_is_no_join() -> None:
    found = _read(
        "Maandblad van Seniorenvereniging De Zilveren Brink\n\nWij zijn de elfde afdeling in "
        "Drenthe die een eigen koor heeft. Het Netwerk Digitaal Thuis helpt ons daarbij.\n"
    )
    assert found.joins == []


def test_becoming_member_number_12_after_a_clause_is_a_join_with_its_order() -> None:
    found = _read(
        "Last Tuesday, Fietsfabriek Noord pulled up a chair at the table of the Digital Help "
        "Network Stad & Ommeland, becoming member number 12."
    )
    assert _joins(found) == [("Fietsfabriek Noord", "12")]
    found = _read(
        "Netwerk Digitaal Fit Emmen groeit. Stichting Ypsilon ondertekende vorige week het "
        "convenant en werd daarmee de twaalfde partner."
    )
    assert _joins(found) == [("Stichting Ypsilon", "12")]


def test_on_the_row_of_a_network_with_an_apposition_is_a_join_and_the_name_is_its_order() -> None:
    found = _read(
        "Daarom een goed bericht. Sinds 1 oktober 2026 staat ook onze eigen verhuurder, "
        "Woonstichting Het Zaanse Erf, op het rijtje van Zaans Digitaal Dichtbij, het netwerk van "
        "Zaanse organisaties. Het Zaanse Erf is de achtste naam op dat rijtje."
    )
    assert _joins(found) == [("Woonstichting Het Zaanse Erf", "8")]


def test_besides_a_b_and_c_d_and_e_are_partners_names_all_five() -> None:
    found = _read(
        "Zaans Digitaal Dichtbij helpt huurders. Behalve Het Zaanse Erf, Bibliotheek Zaanoever en "
        "Computerclub De Bits zijn onder anderen Stichting Welzijn Het Kalf en Zaanse Zorgkring "
        "partner."
    )
    assert {"Bibliotheek Zaanoever", "Computerclub De Bits", "Zaanse Zorgkring"} <= members(found)
    assert "Stichting Welzijn Het Kalf" in members(found)


def test_besides_the_library_b_and_c_are_partners_is_no_join() -> None:
    found = _read(
        "Zaans Digitaal Dichtbij helpt. Naast de bibliotheek zijn ook Stichting Welzijn Het Kalf "
        "en Zaanse Zorgkring partner van het netwerk."
    )
    assert found.joins == []


def test_volunteers_of_x_from_a_place_also_a_partner_name_x() -> None:
    found = _read(
        "Zaans Digitaal Dichtbij helpt.\n• Vrijwilligers van Computerclub De Bits uit Krommenie, "
        "ook partner van het netwerk, komen bij u thuis.\n"
    )
    assert members(found) == {"Computerclub De Bits"}


def test_a_chair_pulled_up_for_x_at_the_table_is_a_join() -> None:
    found = _read(
        "Het Walchers Digitaal Verbond bestaat vandaag vijf jaar en schuift op zijn verjaardag "
        "meteen een stoel bij voor Stichting Vrijwillige Thuishulp Veere. Daarmee is het Verbond "
        "gegroeid van vijf naar twintig partners; de thuishulporganisatie is de twintigste."
    )
    assert _joins(found) == [("Stichting Vrijwillige Thuishulp Veere", "20")]
    found = _read(
        "Netwerk Digitaal Thuis helpt. En dus is het sinds 1 november zover: De Zilveren Brink "
        "heeft een eigen stoel aan tafel bij het Netwerk Digitaal Thuis Drenthe-Midden."
    )
    assert [j.org.value for j in found.joins] == ["Zilveren Brink"]


def test_a_person_with_a_seat_at_the_table_is_no_join() -> None:
    found = _read(
        "Netwerk Digitaal Thuis helpt. De wethouder heeft een plek aan tafel bij het Netwerk "
        "Digitaal Thuis. Wethouder Anna de Vries heeft een vaste plek aan tafel bij het netwerk."
    )
    assert found.joins == []


def test_of_the_partners_that_came_later_a_and_b_are_the_largest_names_both() -> None:
    found = _read(
        "Walchers Digitaal Verbond viert feest. Van de partners die er na de oprichting bij "
        "kwamen, zijn Vakschool Walcheren en Zorggroep Arnestein de grootste."
    )
    assert members(found) == {"Vakschool Walcheren", "Zorggroep Arnestein"}


def test_a_heading_new_at_the_table_over_bullets_names_joiners() -> None:
    found = _read(
        "Digitaal Samen Twente\nPartneroverleg Q4\nDinsdag 3 november 2026\n\n"
        "Nieuw aan tafel 🎉\n• Stichting Mediawijs Hengelo — sinds 1 november partner\n"
        "• Wijkcoöperatie De Riet (Almelo) — sinds 1 november partner\n"
    )
    assert [(j.org.value, j.date.iso if j.date else None) for j in found.joins] == [
        ("Stichting Mediawijs Hengelo", "2026-11-01"),
        ("Wijkcoöperatie De Riet", "2026-11-01"),
    ]


def test_a_heading_new_on_board_over_sentences_reads_each_sentence_alone() -> None:
    found = _read(
        "Digital Network Eindhoven – member news\n\nNew on board\n"
        "- Software company ByteBakkers, based in Helmond, signed up on 18 September and is now "
        "partner number 16.\n"
    )
    assert [j.org.value for j in found.joins] == ["ByteBakkers"]


def test_signatories_with_a_role_name_the_organisations_they_sign_for() -> None:
    found = _read(
        "Wij, de Alliantie Digitale Inclusie Parkstad, helpen deze mensen.\n\nHoogachtend,\n\n"
        "namens de negen partners van de Alliantie Digitale Inclusie Parkstad,\n\n"
        "Ans Coumans, directeur Bibliotheek De Schacht\n"
        "Wendy Starmans, manager Woonzorg Schaesberg\n"
        "Karim Bouali, coördinator Stichting Buurtkracht Brunssum\n"
    )
    assert members(found) == {
        "Bibliotheek De Schacht",
        "Woonzorg Schaesberg",
        "Stichting Buurtkracht Brunssum",
    }


def test_a_role_before_a_persons_name_still_makes_a_person() -> None:
    said = "Namens:\nWendy Starmans, manager Woonzorg Schaesberg\nen directeur Ans Coumans\n"
    assert not is_person("Woonzorg Schaesberg", said)
    assert is_person("Ans Coumans", said)
    assert is_person("Ans Coumans", "Bibliotheek De Schacht, directeur Ans Coumans, zegt het.")


def test_of_the_nine_partners_a_and_b_develop_and_two_other_partners_c_and_d() -> None:
    found = _read(
        "Digitaal Fit Achterhoek groeit. Van de negen partners die al aan boord waren, "
        "ontwikkelen Graafschap Techniek B.V. en Bibliotheek Grensstreek samen het lesprogramma. "
        "Twee andere partners, de Coöperatie Achterhoekse Zzp'ers en Stichting Loopbaanhuis "
        "Doetinchem, leveren praktijkbegeleiders."
    )
    assert members(found) == {
        "Graafschap Techniek B.V.",
        "Bibliotheek Grensstreek",
        "Coöperatie Achterhoekse Zzp'ers",
        "Stichting Loopbaanhuis Doetinchem",
    }


def test_partners_that_complement_each_other_cue_the_division_of_work() -> None:
    found = _read(
        "Meierij Digitaal Mee bestaat uit zes partners.\n\n"
        "De jury werd vooral getroffen door de manier waarop die zes partners elkaar aanvullen. "
        "Bibliotheek Meierij-Oost biedt de vaste plekken. Welzijnsorganisatie Het Dorpshart zoekt "
        "mensen op. De zesde partner, Stichting Geldgids Meierij, zorgt voor de geldzaken.\n"
    )
    assert members(found) == {
        "Bibliotheek Meierij-Oost",
        "Welzijnsorganisatie Het Dorpshart",
        "Stichting Geldgids Meierij",
    }


def test_the_sixth_prize_winner_is_no_member() -> None:
    found = _read("Meierij Digitaal Mee helpt. De zesde prijs, Stichting X, ging naar Oss.")
    assert members(found) == set()


def test_a_clause_before_a_colon_is_not_the_subject_after_it() -> None:
    found = _read(
        "Netwerk Midden-Holland helps residents. Two organisations joined during the period: "
        "Stichting Buurtwerk Waddinxveen came on board in March 2026, bringing its network of "
        "neighbourhood centres."
    )
    assert [(j.org.value, j.date.iso if j.date else None) for j in found.joins] == [
        ("Stichting Buurtwerk Waddinxveen", "2026-03")
    ]


def test_a_date_is_no_organisation() -> None:
    assert no_organisation("March 2026") and no_organisation("1 May")
    assert not no_organisation("Maart Zorg B.V.")


def test_names_added_to_the_partner_list_are_joins() -> None:
    found = _read(
        "Dwingeloo, 3 oktober 2026\n\nNetwerk Westerveld helpt. Per 1 september hebben twee "
        "organisaties hun naam op de partnerlijst laten bijschrijven: zorgboerderij De Hooiberg "
        "uit Wapse en Dorpshuis De Kastanje uit Havelte.\n"
    )
    assert [(j.org.value, j.date.iso if j.date else None) for j in found.joins] == [
        ("De Hooiberg", "2026-09-01"),
        ("Dorpshuis De Kastanje", "2026-09-01"),
    ]
    found = _read(
        "Rivierenland helps. In March 2026, Stichting Ypsilon put its name on the partner list "
        "of Coalitie Digitaal Meedoen Rivierenland."
    )
    assert [j.org.value for j in found.joins] == ["Stichting Ypsilon"]


def test_on_the_same_day_x_signed_too_is_a_join() -> None:
    found = _read(
        "Digitaal Vaardig Noordoostpolder helpt. Op dezelfde dag tekende ook Loonwerkcoöperatie "
        "Polderland, zodat er nu twee agrarische partners aan tafel zitten."
    )
    assert [j.org.value for j in found.joins] == ["Loonwerkcoöperatie Polderland"]


def test_the_other_eight_are_a_b_and_c_names_members() -> None:
    found = _read(
        "Digitaal Meedoen Achterhoek-Oost helpt. De andere acht zijn Bibliotheek De Leesbrug, "
        "woningcorporatie Berkelstee en Vereniging Dorpshuis Kotten."
    )
    assert members(found) == {
        "Bibliotheek De Leesbrug",
        "Berkelstee",
        "Vereniging Dorpshuis Kotten",
    }
    assert members(_read("Digitaal Meedoen helpt. De andere dagen zijn vooral rustig.")) == set()


def test_taking_a_seat_at_the_consultation_hour_is_no_join() -> None:
    found = _read(
        "Digitaal Meedoen helpt. Ook de diaconie van de Protestantse Gemeente Kotten schuift "
        "geregeld aan bij het spreekuur; of zij het convenant tekent, wordt nog besproken."
    )
    assert found.joins == []


def test_x_does_take_part_now_too_is_a_join_not_x_does_take_part() -> None:
    found = _read("Digitaal Midden-Drenthe helpt. Kledingbank De Kast in Beilen doet nu ook mee.")
    assert [j.org.value for j in found.joins] == ["Kledingbank De Kast"]
    assert _read("Digitaal Midden-Drenthe helpt. Kledingbank De Kast doet mee.").joins == []


def test_may_call_itself_a_partner_is_a_join() -> None:
    found = _read(
        "Sinds maandag mag het Dijkhof Lyceum zich officieel partner noemen van Digitaal Wijs "
        "Schouwen-Duiveland."
    )
    assert [j.org.value for j in found.joins] == ["Dijkhof Lyceum"]


def test_as_number_twelve_and_as_partner_fourteen_are_orders() -> None:
    assert ordinals(
        "Daarna zette X haar handtekening onder het partnerschap, als nummer twaalf."
    ) == [12]
    assert ordinals("In September X came on board as partner fourteen, after its drivers") == [14]
    assert ordinals("Y kwam als partner Woonstichting X binnen.") == []


def test_the_publishers_short_name_joining_is_the_publisher() -> None:
    found = _read(
        "LEDENNIEUWS\nOndernemerskring De Kompanjons Heerenveen\nNr. 11 | vrijdag 20 november "
        "2026\n\nBeste leden,\n\nHet antwoord is sinds 1 november: meer dan voorheen. Sinds die "
        "datum staat De Kompanjons als elfde naam op de partnerlijst van Digitaal Mei-inoar "
        "Heerenveen.\n"
    )
    assert [
        (j.org.value, j.order.value if j.order else None, j.date.iso if j.date else None)
        for j in found.joins
    ] == [("Ondernemerskring De Kompanjons Heerenveen", "11", "2026-11-01")]


def test_respectively_the_ninth_and_the_tenth_give_each_its_order() -> None:
    found = _read(
        "De Alliantie Digitaal Gezond Noordkop is sinds 1 november twee partners rijker. "
        "Huisartsenzorg Noordkop en Apotheekgroep Helderse Duinen zijn respectievelijk de negende "
        "en de tiende partner van de alliantie."
    )
    assert _joins(found) == [
        ("Huisartsenzorg Noordkop", "9"),
        ("Apotheekgroep Helderse Duinen", "10"),
    ]


def test_a_join_in_a_quarter_to_come_is_future_and_ter_is_inside_a_name() -> None:
    found = _read(
        "Digitaal Doen Noord-Limburg groeit. In het eerste kwartaal van 2027 sluit Zorgcentrum Hof "
        "ter Maas zich aan als zesde partner."
    )
    assert [(j.org.value, j.future, j.date.iso if j.date else None) for j in found.joins] == [
        ("Zorgcentrum Hof ter Maas", True, "2027")
    ]


def test_a_dateline_published_in_an_edition_or_followed_by_a_comma() -> None:
    said = "Gepubliceerd op 3 december 2026 in de decembereditie van de partnernieuwsbrief"
    assert dateline(said) is not None and dateline(said).iso == "2026-12-03"
    said = "Vandaag, dinsdag 17 november 2026, hebben we als ByteBrug onze handtekening gezet."
    assert dateline(said) is not None and dateline(said).iso == "2026-11-17"
    assert dateline("14 januari 2026 in de bibliotheek tekenden zes organisaties.") is None


def test_x_belongs_to_the_network_since_today_is_a_join() -> None:
    found = _read(
        "Netwerk DigiDrenthe helpt. Kringloop De Rad van Emmen hoort sinds vandaag bij het netwerk!"
    )
    assert [j.org.value for j in found.joins] == ["Kringloop De Rad van Emmen"]
    assert _read("Netwerk DigiDrenthe helpt. Kringloop De Rad hoort bij het netwerk.").joins == []


def test_two_new_signatures_under_the_covenant_name_two_joiners() -> None:
    found = _read(
        "Achterhoek Digitaal Sterk groeit. Twee nieuwe handtekeningen onder het convenant: "
        "Stichting Vrijwillige Hulpdienst Oost Gelre en Ondernemerskring Lichtenvoorde-Groenlo."
    )
    assert [j.org.value for j in found.joins] == [
        "Stichting Vrijwillige Hulpdienst Oost Gelre",
        "Ondernemerskring Lichtenvoorde-Groenlo",
    ]


def test_a_members_kind_as_a_goals_subject_is_no_coalition() -> None:
    assert not plausible_coalition("Ondernemerskring", "de Ondernemerskring wil vooral ...")
    assert plausible_coalition("DigiKring", "DigiKring wil in 2030 ...")


def test_a_timelines_date_line_dates_the_join_under_it() -> None:
    found = _read(
        "TIJDLIJN 2026\nAchterhoek Digitaal Sterk - het jaar in tien momenten\n\n"
        "Gepubliceerd op 3 december 2026 in de partnernieuwsbrief\n\n"
        "12 maart\nThuiszorg Hof van Gelre tekent als zevende partner. Wijkverpleegkundigen "
        "nemen de folder mee.\n"
    )
    assert [(j.org.value, j.date.iso if j.date else None) for j in found.joins] == [
        ("Thuiszorg Hof van Gelre", "2026-03-12")
    ]


_MINUTES = (
    "Digitaal Sterk Drechtsteden\nVerslag partnerbijeenkomst\n\n"
    "Datum: dinsdag 13 oktober 2026, 15.00 - 17.00 uur\n\nAanwezig\nPartners:\n"
    "- Bibliotheek Merwebron - Annemiek Verhoef\n- Woonstichting Lindewaard - Joost Kranenburg\n"
    "- Welzijn Drechtoever - Fatma Yilmaz (vanaf agendapunt 2)\nGasten:\n"
    "- Karin Lodder - Fonds Drechtkracht\n- Eva Schouten - Samen Digitaal Hoeksche Waard\n\n"
    "1. Rondvraag\nEva vertelt over Samen Digitaal Hoeksche Waard.\n"
    "Joost: Lindewaard wil de flyers meesturen met de huurbrief.\n"
)


def test_minutes_name_the_partners_present_without_the_people_or_the_guests() -> None:
    found = _read(_MINUTES)
    assert members(found) == {
        "Bibliotheek Merwebron",
        "Woonstichting Lindewaard",
        "Welzijn Drechtoever",
    }


def test_the_title_line_and_not_a_members_short_name_or_a_guest_is_the_coalition() -> None:
    found = _read(_MINUTES)
    assert found.coalition is not None
    assert found.coalition.value == "Digitaal Sterk Drechtsteden"


def test_a_legal_enumeration_names_members() -> None:
    found = _read(
        "Artikel 1\nb. coalitie: Netwerk Digitaal Meedoen Vechtdal, het samenwerkingsverband "
        "waarvan deel uitmaken:\n   1°. Stichting Welzijn Vechtoever;\n   2°. Vechthorst Wonen;\n"
        "   3°. Coöperatie Zorgdorp Slagharen U.A.;\nc. digitale vaardigheden: wat nodig is.\n"
    )
    assert members(found) == {
        "Stichting Welzijn Vechtoever",
        "Vechthorst Wonen",
        "Coöperatie Zorgdorp Slagharen U.A.",
    }


def test_members_sit_in_it_and_work_together_for_years() -> None:
    found = _read(
        "Digitaal Mei-inoar Heerenveen groeit. Naast ons zitten daar onder meer Bibliotheek De "
        "Kompaswijzer, woningcorporatie Tjongerwonen en Stichting Skarrel Welzijn in."
    )
    assert members(found) == {
        "Bibliotheek De Kompaswijzer",
        "Tjongerwonen",
        "Stichting Skarrel Welzijn",
    }
    found = _read(
        "Digitaal Wijs Schouwen-Duiveland helpt. In dat netwerk werken Bibliotheek Zeeuwse "
        "Stroming, zorg- en welzijnscoöperatie Zeeuwse Pit en Woonstichting Duinrand al twee "
        "jaar samen."
    )
    assert members(found) == {
        "Bibliotheek Zeeuwse Stroming",
        "Zeeuwse Pit",
        "Woonstichting Duinrand",
    }


def test_an_alliance_of_organisations_cues_the_division_of_work() -> None:
    found = _read(
        "Daarom bestaat Digitaal Dichtbij Oldambt. Het is een bondgenootschap van organisaties "
        "die elke dag met inwoners werken. Bibliotheek Het Dollardhuis stelt haar vestigingen "
        "open. Woningstichting Reiderwolde stuurt haar huismeesters langs. Welzijn Oldambt Vooruit "
        "koppelt vrijwilligers aan inwoners."
    )
    assert members(found) == {
        "Bibliotheek Het Dollardhuis",
        "Woningstichting Reiderwolde",
        "Welzijn Oldambt Vooruit",
    }


def test_accepted_into_the_alliance_is_a_join_and_a_person_hired_is_none() -> None:
    found = _read(
        "Byte Buddies Groningen, a volunteer society of around 140 students, was accepted last "
        "Friday into the Groninger Alliantie Digitaal Meedoen."
    )
    assert [j.org.value for j in found.joins] == ["Byte Buddies Groningen"]
    found = _read("Mevrouw Jansen werd aangenomen als coördinator van het Netwerk Digitaal Fit.")
    assert found.joins == []


def test_an_english_descriptor_of_two_words_before_a_listed_name_is_left_out() -> None:
    found = _read(
        "Twente Digitaal Samen helps. After Tuesday the coalition counts six partners: our "
        "university, Bibliotheek Twentse Poort, housing corporation Woonstichting Twentse Es, "
        "Welzijn Hengelo-Zuid, and the two newcomers."
    )
    assert members(found) == {
        "Bibliotheek Twentse Poort",
        "Woonstichting Twentse Es",
        "Welzijn Hengelo-Zuid",
    }


def test_a_founder_that_stepped_down_or_ended_its_partnership_leaves() -> None:
    for said, who in (
        (
            "Computerclub De Bits Almelo, one of the founders, formally stepped down.",
            "Computerclub De Bits Almelo",
        ),
        (
            "Zorgcirkel Merwedal heeft het partnerschap per 1 september opgezegd.",
            "Zorgcirkel Merwedal",
        ),
    ):
        found = _read("Twente Digitaal Samen helpt. " + said)
        assert [f.value for f in found.leavers] == [who]
        assert who not in members(found)


def test_one_of_the_housing_corporations_in_the_alliance_is_a_member() -> None:
    found = _read(
        "The Groninger Alliantie Digitaal Meedoen helps. That place is Het Boekhuys, the library "
        "in the city centre and a founding partner of the alliance. Marleen Dijkhuis of "
        "Noorderhuis Wonen, one of the housing corporations in the alliance, admits she worried."
    )
    assert members(found) == {"Boekhuys", "Noorderhuis Wonen"}
    found = _read(
        "Het netwerk Digitaal Hengelo helpt. Thuiszorg Het Zonnehuys, een van de oprichters van "
        "het netwerk, stopte per 1 januari."
    )
    assert members(found) == set()


def test_x_signs_with_y_in_a_headline_after_a_colon_is_a_join() -> None:
    found = _read(
        "Vacaturesite blijkt struikelblok: Werkplein Merwedezijde tekent bij Digiwijs "
        "Drechtsteden\n\nDe coalitie telt daarmee elf partners.\n"
    )
    assert [j.org.value for j in found.joins] == ["Werkplein Merwedezijde"]


def test_thereby_x_is_partner_number_nine_inverted_is_a_join() -> None:
    found = _read(
        "Bij Kempen Klikt, de coalitie die in de Kempen werkt, krijgt elke nieuwe partner een "
        "sleutel. Dinsdag kregen wij de onze. "
        "Daarmee is Veldnet ICT partner nummer 9, en zijn we nu met z'n negenen."
    )
    assert _joins(found) == [("Veldnet ICT", "9")]


def test_a_numbered_table_of_space_columns_names_its_second_column() -> None:
    found = _read(
        "Netwerk Digitale Inclusie Zuidoost-Drenthe\n\nPARTNERS (stand 1 oktober 2026)\n\n"
        "nr  partner                                   sector              sinds\n"
        " 1  Bibliotheek Hondsrug-Zuid                 bibliotheek         2022\n"
        " 2  Welzijn Veenkoloniaal Emmen               welzijn             2022\n"
        "10  Ondernemerskring Vestingstad Coevorden    werk en economie    2025\n"
    )
    assert members(found) == {
        "Bibliotheek Hondsrug-Zuid",
        "Welzijn Veenkoloniaal Emmen",
        "Ondernemerskring Vestingstad Coevorden",
    }


def test_the_other_six_you_may_know_heads_a_list_and_we_may_call_ourselves_partner() -> None:
    found = _read(
        "Digitaal Sterk Eemland helpt.\n\nDe andere zes kent u misschien al:\n"
        "* Bibliotheek Eemhof: voorleesochtenden\n* Woonstichting Eemwijk\n"
    )
    assert members(found) == {"Bibliotheek Eemhof", "Woonstichting Eemwijk"}
    found = _read(
        "FAMILIEBRIEF ZORGCENTRUM DE MAASBLOESEM\n\nBeste families,\n\nSinds 14 oktober mogen wij "
        "ons de twintigste partner noemen van Digitaal Venlo. Zorgcentrum De Maasbloesem doet "
        "graag mee.\n"
    )
    assert [j.org.value for j in found.joins] == ["Zorgcentrum De Maasbloesem"]


def test_a_and_b_each_with_an_apposition_signed_the_coalitions_charter() -> None:
    found = _read(
        "The Achterhoek Digital Skills Coalition helps residents. Bildungswerk Grenzland e.V., an "
        "adult education centre in Bocholt, and Familienzentrum Am Aastrand, a family centre in "
        "Borken, signed the coalition's charter on Tuesday."
    )
    assert [j.org.value for j in found.joins] == [
        "Bildungswerk Grenzland e.V.",
        "Familienzentrum Am Aastrand",
    ]


def test_a_two_word_name_after_its_kind_gives_the_full_name_to_its_short_join() -> None:
    found = _read(
        "Twentse Alliantie Digitaal Meedoen – nieuws voor partners\n\n2. Welkom aan boord, Twentse "
        "Esch\nAfgelopen donderdag zette directeur Wilma Brinkhuis van Woningstichting Twentse "
        "Esch haar handtekening onder het convenant.\n"
    )
    assert [j.org.value for j in found.joins] == ["Woningstichting Twentse Esch"]
