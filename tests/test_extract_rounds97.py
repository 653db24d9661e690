"""Readings from the session that wrote blind97 to blind102, each in new words: a join told in
a clause with its verb last ("De krant meldt dat X zich heeft aangesloten"), a list of joiners
with a date after each name, a text message's "vandaag (9/11)"."""

from __future__ import annotations

from kg.ingest.dates import dateline
from kg.ingest.extract import Extraction
from kg.ingest.items import list_names
from kg.ingest.marked import unmarked
from kg.ingest.names import is_person
from kg.ingest.ordinals import dates_out, ordinals
from kg.ingest.sentences import split_sentences
from tests.reading import reader

_read = reader("round97")


def _joins(found: Extraction) -> list[tuple[str, str | None, str | None]]:
    return [
        (j.org.value, j.order.value if j.order else None, j.date.iso if j.date else None)
        for j in found.joins
        if not j.future
    ]


def test_a_join_in_a_clause_with_its_verb_last_is_read() -> None:
    for said, who in (
        (
            "De krant meldt dat Stichting Leerhuis Medemblik zich heeft aangesloten bij "
            "Alliantie Digitaal Westfriesland.",
            ["Stichting Leerhuis Medemblik"],
        ),
        (
            "Wij zijn blij dat Stichting Leerhuis Medemblik partner is geworden van "
            "Alliantie Digitaal Westfriesland.",
            ["Stichting Leerhuis Medemblik"],
        ),
        (
            "Het Westfries Nieuwsblad meldt dat het Leerhuis Medemblik en het Taalpunt Opmeer "
            "gisteren hun handtekening hebben gezet onder het document van Alliantie Digitaal "
            "Westfriesland.",
            ["Leerhuis Medemblik", "Taalpunt Opmeer"],
        ),
    ):
        assert [name for name, _, _ in _joins(_read(said))] == who, said


def test_a_verb_last_clause_that_is_denied_hoped_for_or_of_another_body_is_no_join() -> None:
    opening = "Hoorn, 4 december 2026 – Alliantie Digitaal Westfriesland groeit. "
    for said in (
        "Het bestuur ontkent dat Stichting Leerhuis Medemblik partner is geworden.",
        "Het klopt niet dat Bibliotheek Medemblik lid is geworden.",
        "Wij hopen dat Stichting Leerhuis Medemblik zich snel heeft aangesloten bij de alliantie.",
        "Als blijkt dat Bibliotheek Medemblik zich heeft aangesloten, passen we de lijst aan.",
        "Wij zijn blij dat Marieke Jansen lid is geworden van het bestuur.",
        "Het is mooi dat Medemblik partner is geworden.",
        "Hij vertelt dat Sander zich in 2019 heeft aangesloten bij de vrijwilligers.",
        "Wij hopen dat Bibliotheek Hoorn en SeniorWeb Hoorn snel hun handtekening hebben gezet.",
    ):
        assert _joins(_read(opening + said)) == [], said


def test_a_verb_last_clause_keeps_its_time_words_out_of_the_name() -> None:
    found = _read(
        "Het college neemt kennis van het feit dat Zorggroep Hondsrug & Vecht op 24 november "
        "2026 als negende partner tot Coalitie Digitaal Zuidoost-Drenthe is toegetreden."
    )
    assert _joins(found) == [("Zorggroep Hondsrug & Vecht", "9", "2026-11-24")]


def test_a_signature_with_its_order_in_commas_is_a_join() -> None:
    found = _read(
        "Samen Digitaal Axel groeit. Op maandag 14 september 2026 zette ook Stichting "
        "Taalmaatjes Axel, als zesde organisatie, haar handtekening onder onze afspraken."
    )
    assert _joins(found) == [("Stichting Taalmaatjes Axel", "6", "2026-09-14")]


def test_joiners_listed_after_a_count_each_have_their_date() -> None:
    for said in (
        "Kempen, 20 november 2026 – Digitaal Samen Kempen groeit. Twee organisaties sloten zich "
        "dit jaar aan: Kempisch Vakcollege op 16 oktober en Stichting Taalmaatjes Reusel op "
        "3 november.",
        "Kempen, 20 November 2026 – Digital Together Kempen grows. Since the committee last met, "
        "two organisations have joined it: Kempisch Vakcollege on 16 October and Stichting "
        "Taalmaatjes Reusel on 3 November.",
    ):
        assert _joins(_read(said)) == [
            ("Kempisch Vakcollege", None, "2026-10-16"),
            ("Stichting Taalmaatjes Reusel", None, "2026-11-03"),
        ], said


def test_a_date_after_a_name_and_its_aside_is_that_joiners() -> None:
    found = _read(
        "Eemland, 18 June 2026. Two organisations joined the Eemland Digital Inclusion Alliance "
        "during the year: the municipality of Leusden, on 1 March 2025, and Zorggroep Eemhof, a "
        "care provider for older people, on 1 October 2025."
    )
    assert {name: when for name, _, when in _joins(found)} == {
        "Gemeente Leusden": "2025-03-01",
        "Zorggroep Eemhof": "2025-10-01",
    }


def test_dates_out_leaves_the_names_of_a_list() -> None:
    assert dates_out("A op 16 oktober en B in november.") == "A en B."
    assert dates_out("Bureau Mei en Stichting Juni") == "Bureau Mei en Stichting Juni"


def test_a_capitalised_count_opens_a_list_of_joiners() -> None:
    found = _read(
        "Digitaal Samen Kempen groeit. Twee organisaties sloten zich aan: Kempisch Vakcollege "
        "en Stichting Taalmaatjes Reusel."
    )
    assert [name for name, _, _ in _joins(found)] == [
        "Kempisch Vakcollege",
        "Stichting Taalmaatjes Reusel",
    ]


def test_followed_as_nth_keeps_the_first_word_of_the_name() -> None:
    found = _read(
        "Netwerk Digitaal Eemsdelta groeit. Gisteren sloot Stichting Welzijn Delfzijl zich aan "
        "als dertiende partner. Vandaag volgde Buurtvervoer Marne & Eems als veertiende."
    )
    assert [(name, order) for name, order, _ in _joins(found)] == [
        ("Stichting Welzijn Delfzijl", "13"),
        ("Buurtvervoer Marne & Eems", "14"),
    ]


_SMS = (
    "Gemeente Hoeksche Waard – SMS-dienst\n"
    "Opgemaakt: vrijdag 4 december 2026\n\n"
    "GEMHW: Welkom! Vanaf vandaag (9/11) doet Mantelzorgcentrum Strijensas mee met Digi-Kracht "
    "HW, als 9e partner.\n\n"
    "GEMHW: Let op: Stichting PC-Maatjes Numansdorp stopt per 1/12 als partner van Digi-Kracht "
    "HW.\n\n"
    "GEMHW: Nieuwe naam in het rijtje! Woonstichting Waardhuis is sinds vandaag (25/11) de 10e "
    "partner van Digi-Kracht HW.\n"
)


def test_today_with_a_day_in_brackets_is_that_day() -> None:
    found = _read(_SMS)
    assert _joins(found) == [
        ("Mantelzorgcentrum Strijensas", "9", "2026-11-09"),
        ("Woonstichting Waardhuis", "10", "2026-11-25"),
    ]


def test_a_day_in_numbers_is_no_leaver() -> None:
    assert [f.value for f in _read(_SMS).leavers] == ["Stichting PC-Maatjes Numansdorp"]


def test_a_posting_line_with_its_author_dates_the_release() -> None:
    found = dateline("Geplaatst door de redactie van Bewonersplatform Reeshof op 24 november 2026")
    assert found is not None and found.iso == "2026-11-24"
    assert dateline("Opgemaakt: vrijdag 4 december 2026").iso == "2026-12-04"  # type: ignore[union-attr]


def test_a_thousands_separator_does_not_cut_a_list() -> None:
    names = list_names("Havenstad Wonen, with 22,000 homes, and Woonstichting De Maas")
    assert names[0] == "Havenstad Wonen" and names[-1] == "Woonstichting De Maas"
    assert not any(name.startswith("000") for name in names)


def test_two_joiners_of_a_plural_separable_verb_are_two() -> None:
    found = _read(
        "Energienetwerk Zuidoost-Drenthe groeit. In dezelfde maand haakten ook Stichting "
        "Buurtkracht Coevorden en Repaircafé De Schroevendraaier uit Klazienaveen aan."
    )
    assert [name for name, _, _ in _joins(found)] == [
        "Stichting Buurtkracht Coevorden",
        "Repaircafé De Schroevendraaier",
    ]


def test_partner_number_in_words_is_a_join_with_its_order() -> None:
    found = _read(
        "Welcome! It's official: as of today Mantelzorgcentrum De Steenberg is partner number "
        "nine of Digitaal Samen Parkstad."
    )
    assert [(name, order) for name, order, _ in _joins(found)] == [
        ("Mantelzorgcentrum De Steenberg", "9")
    ]
    assert ordinals("X joined this week, which makes them number one in the region.") == []
    assert ordinals("Hoorn Library (number seven on the waiting list) has joined Y.") == []


def test_an_apposition_with_a_thousands_separator_is_left_out_of_the_subject() -> None:
    found = _read(
        "Digital Den Helder grows. Helderwoon, a housing association with some 9,000 homes in "
        "Den Helder and Hollands Kroon, has signed up to put help desks in its community rooms."
    )
    assert [name for name, _, _ in _joins(found)] == ["Helderwoon"]


def test_a_publisher_in_a_drawn_box_joins_in_its_own_voice() -> None:
    found = _read(
        " ____________________________\n"
        "|                            |\n"
        "|   HET TOTEMBLAD            |\n"
        "|   Ledenblad van Scouting De Blauwe Hei |\n"
        "|____________________________|\n\n"
        "Van het groepsbestuur\n\n"
        "Sinds kort hoort De Blauwe Hei er dan ook officieel bij: we zijn partner nummer 11 van "
        "DigiMaatjes Foodvalley.\n\n"
        "Op de kerstmarkt staan jullie met de oliebollenkraam. Rooster volgt.\n"
    )
    assert [(name, order) for name, order, _ in _joins(found)] == [("Scouting De Blauwe Hei", "11")]


def test_any_verb_with_an_order_of_the_coalition_tells_a_join() -> None:
    for said, who, order in (
        (
            "Last Tuesday Noordpoort Airport checked in as partner number seven of Digitaal "
            "Meedoen Tynaarlo.",
            "Noordpoort Airport",
            "7",
        ),
        (
            "Zorggroep De Linde meldde zich vorige week als twaalfde partner bij Digitaal Meedoen "
            "Tynaarlo.",
            "Zorggroep De Linde",
            "12",
        ),
    ):
        found = _read("Digitaal Meedoen Tynaarlo groeit. " + said)
        assert [(name, o) for name, o, _ in _joins(found)] == [(who, order)], said
    found = _read(
        "Digitaal Meedoen Tynaarlo groeit. Wethouder Jan de Vries trad in 2020 op als eerste "
        "voorzitter van Digitaal Meedoen Tynaarlo."
    )
    assert _joins(found) == []


def test_initials_or_a_title_before_a_surname_are_a_person() -> None:
    deed = "Bestuur: mevrouw A. Smit-Verwoerd; de heer K. Doğan; mevrouw E.M. van Rijswijk."
    for name in ("A. Smit-Verwoerd", "E.M. van Rijswijk", "K. Doğan"):
        assert is_person(name, deed), name  # initials and a title of address before them
    assert is_person("dr. Maud Jongen", "dr. Maud Jongen")
    for name in ("Dr. Leo Kannerhuis", "Bibliotheek Den Helder", "Mr. Visserschool"):
        assert not is_person(name, name), name


def test_bullets_under_a_list_of_supporters_that_are_no_partners_are_no_members() -> None:
    found = _read(
        "Heerlen, 26 november 2026 – Met hun handtekening onder dit manifest treden vandaag ook "
        "Wooncoöperatie De Koempel en Zorgcollectief Schaesberg toe tot de Alliantie Digitale "
        "Inclusie Parkstad.\n\n"
        "Dit manifest wordt gesteund door (geen partners van de alliantie):\n"
        "– Fonds Heuvelland Sociaal, dat de coördinatie van de alliantie financiert\n"
        "– het Netwerk Digitale Inclusie Westelijke Mijnstreek, ons zusternetwerk\n"
        "– dr. Maud Jongen, lector Digitale Burgers\n"
    )
    named = {f.value for f in found.partners} | {j.org.value for j in found.joins}
    assert named == {"Wooncoöperatie De Koempel", "Zorgcollectief Schaesberg"}


def test_a_list_item_marked_as_new_is_a_joiner() -> None:
    found = _read(
        "Tiel, 13 november 2026 – Het netwerk telt nu vijf organisaties: Bibliotheek "
        "Rivierenland-Midden, Computerclub Tiel-West, Ouderenbond De Walnoot en, sinds afgelopen "
        "dinsdag, Streekbank Betuwe & Bommel."
    )
    assert _joins(found) == [("Streekbank Betuwe & Bommel", None, "2026-11-10")]
    assert "Ouderenbond De Walnoot" in {f.value for f in found.partners}
    found = _read(
        "Zwolle, 3 december 2026 – De partners van Digitaal Samen Zwolle:\n"
        "- Bibliotheek Zwolle\n"
        "- Stichting Welzijn Zwolle (sinds 2019)\n"
        "- Kringloop Het Rad (nieuw)\n"
        "- Zorggroep Zwolle (sinds 8 oktober 2026, zie hieronder)\n"
        "- Huisartsen Zwolle (vanaf 1 januari 2027)\n"
    )
    assert _joins(found) == [
        ("Kringloop Het Rad", None, None),
        ("Zorggroep Zwolle", None, "2026-10-08"),
    ]  # not a partner since 2019; one from January a joiner to come
    assert [j.org.value for j in found.joins if j.future] == ["Huisartsen Zwolle"]


def test_a_list_with_a_mark_after_its_last_and_keeps_its_names() -> None:
    assert unmarked("A, B en – sinds kort – Kringloop C.") == "A, B en Kringloop C."
    assert unmarked("A, B and, since this month, Bank C N.V. Almelo") == (
        "A, B and Bank C N.V. Almelo"
    )


def test_a_name_on_their_partner_list_or_signed_for_by_her_is_a_join() -> None:
    for said, who in (
        (
            'Sinds 1 november staat "Diaconie De Ark Hasselt" als negende naam op hun '
            "partnerlijst.",
            "Diaconie De Ark Hasselt",
        ),
        (
            "Sinds 1 november staat Tuindersvereniging Het Zonnehof zelf op hun partnerlijst.",
            "Tuindersvereniging Het Zonnehof",
        ),
        (
            "Even later zette zij namens ABW regio Zaanstreek haar handtekening onder het "
            "convenant van de Zaanse Coalitie Digitaal Meedoen.",
            "ABW regio Zaanstreek",
        ),
    ):
        found = _read("Hoorn, 4 december 2026 – Digitaal Samen Hoorn groeit. " + said)
        assert [name for name, _, _ in _joins(found)] == [who], said


def test_a_bullet_under_considering_that_tells_a_join_with_its_verb_last() -> None:
    found = _read(
        "Assen, 4 december 2026 – Motie. Provinciale Staten, overwegende dat:\n"
        "- de Coalitie Digitaal Drenthe sinds 2024 werkt aan digitale vaardigheden;\n"
        "- de Vrouwenvereniging Ruinerwold-Koekange op 12 november 2026 als twaalfde partner "
        "tot deze coalitie is toegetreden, zodat de coalitie nu twaalf partners telt;\n"
    )
    assert _joins(found) == [("Vrouwenvereniging Ruinerwold-Koekange", "12", "2026-11-12")]


def test_taking_part_from_a_day_is_a_join_and_our_chair_is_no_joiner() -> None:
    found = _read(
        "Zierikzee, 20 november 2026 – Digitaal Schouwen groeit. Zorginstelling Het Zeeuwse "
        "Anker neemt per 1 november 2026 deel aan het samenwerkingsverband."
    )
    assert _joins(found) == [("Zorginstelling Het Zeeuwse Anker", None, "2026-11-01")]
    found = _read(
        "Almelo, 4 december 2026 – Afgelopen dinsdag heeft onze voorzitter, broeder Hakan Yıldız, "
        "in het stadhuis zijn handtekening gezet onder het convenant van Digitaal Sterk Almelo."
    )
    assert "Hakan Yıldız" not in {name for name, _, _ in _joins(found)}


def test_partner_hash_and_no_number_give_the_order() -> None:
    found = _read(
        "Enschede, 30 November 2026 – Buurtklik release notes. Buurtklik is the app of Coalitie "
        "Digitaal Thuis Twente.\n"
        "- Stichting Textielstad Digitaal (Enschede) – partner #9, joined the coalition on 16 "
        "November 2026.\n"
    )
    assert _joins(found) == [("Stichting Textielstad Digitaal", "9", "2026-11-16")]
    said = "Stichting Geldwijs Twente – partner no. 14 of Digitaal Twente, joined on 2 November."
    assert [said[a:b] for a, b in split_sentences(said)] == [said]
    found = _read("Enschede, 30 November 2026 – Digitaal Twente grows.\n" + said)
    assert _joins(found) == [("Stichting Geldwijs Twente", "14", "2026-11-02")]


def test_a_coalition_that_is_its_partners_lists_them() -> None:
    opening = "Den Helder, 4 december 2026 – Coalitie Klikvast groeit. "
    found = _read(
        opening + "Klikvast, dat zijn Bibliotheek Zeezicht, woningcorporatie Woonhaven Kop, "
        "Seniorenbond Noorderhaaks, het Taalpunt Schagen en Vakschool Marsdiep."
    )
    assert {f.value for f in found.partners} == {
        "Bibliotheek Zeezicht",
        "Woonhaven Kop",
        "Seniorenbond Noorderhaaks",
        "Taalpunt Schagen",
        "Vakschool Marsdiep",
    }
    assert not _read(opening + "Het resultaat, dat zijn Anja en Piet.").partners
    found = _read(
        opening + "Sinds 1 november staat Diaconie De Ark als negende naam op hun partnerlijst, "
        "naast onder meer de Bibliotheek Zwartewater en de Seniorenvereniging Zwartsluis 55+."
    )
    assert {f.value for f in found.partners} >= {
        "Bibliotheek Zwartewater",
        "Seniorenvereniging Zwartsluis 55+",
    }


def test_signing_with_a_name_or_a_scrawl_and_a_partner_row_are_joins() -> None:
    opening = "Emmen, 24 november 2026 – Digitaal Samen Emmen groeit. "
    found = _read(
        opening + "In de pauze zetten Stichting Taalpunt Emmen en Kringloopwinkel De Tweede Ronde "
        "hun naam onder de samenwerkingsafspraken."
    )
    assert [name for name, _, _ in _joins(found)] == [
        "Stichting Taalpunt Emmen",
        "Kringloopwinkel De Tweede Ronde",
    ]
    found = _read(
        opening + "\n• Stichting Thuisadministratie Sluis staat sinds 1 oktober 2026 in "
        "ons partnerrijtje."
    )
    assert _joins(found) == [("Stichting Thuisadministratie Sluis", None, "2026-10-01")]
    found = _read(
        opening + "Een paar weken eerder schoof Omnisportvereniging De Ster al aan. "
        "Onlangs kwamen er een supermarkt en een sportclub bij."
    )
    assert [name for name, _, _ in _joins(found)] == ["Omnisportvereniging De Ster"]


def test_a_liveblog_gives_each_signatory_its_order() -> None:
    found = _read(
        "Tilburg, 3 december 2026 – Liveblog ondertekening Digitaal Vaardig Hart van Brabant\n\n"
        "16.05\nEn daar is de veertiende en voorlopig laatste: Kringloopbedrijf ReBoot Tilburg. "
        "De teller staat nu op veertien.\n\n"
        "15.52\nNummer dertien is binnen. Stichting Seniorenwerk Waalwijk zet de handtekening met "
        "een vulpen.\n\n"
        "15.40\nDe pen gaat rond. Als eerste van de drie nieuwkomers tekent Thuiszorg Dongemond, "
        "en daarmee heeft Digitaal Vaardig Hart van Brabant zijn twaalfde partner.\n"
    )
    assert {name: order for name, order, _ in _joins(found)} == {
        "Kringloopbedrijf ReBoot Tilburg": "14",
        "Stichting Seniorenwerk Waalwijk": "13",
        "Thuiszorg Dongemond": "12",
    }


def test_a_period_over_a_schedule_is_no_dateline_and_nothing_decided_is_no_join() -> None:
    found = _read(
        "DE DIGIBUS RIJDT!\nRijschema januari – maart 2027\nDigitaal Dichtbij Heuvelrug\n\n"
        "Uitgave: 1 december 2026\n\nEnergiecoöperatie Heuvelrug Stroom wil graag aanschuiven, "
        "maar daar is nog niets over besloten.\n"
    )
    assert found.issued is not None and found.issued.iso == "2026-12-01"
    assert _joins(found) == []
