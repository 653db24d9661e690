"""Forms blind sets 45 and 46 showed the reader missing, each tested on text of its own: totals
said in more ways ("onze 15 partners", "bestaat ... uit de volgende twaalf partners", "zijn ze
nu met 17 partners", "zeven clubs en organisaties", "a group of seven organisations", "we end
the year with 21 partners"), "o.a." before a list that names only some, a CamelCase brand at
the start of a list item ("DigiMaatjes Brabant"), and the " en " that ends a list cut by
semicolons."""

from __future__ import annotations

import pytest

from kg.ingest.lists import split_partner_list
from kg.ingest.sentences import read_sentences
from kg.ingest.totals import read_total
from tests.reading import members, reader

_read = reader("round45")


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Op deze pagina stellen onze 15 partners zich kort voor.", 15),
        ("Op dit moment bestaat het netwerk uit de volgende twaalf partners:", 12),
        ("Het netwerk bestaat volgens het raadsvoorstel op dit moment uit tien partners.", 10),
        ("Volgens de website zijn ze nu met 17 partners.", 17),
        ("Het netwerk telt daarmee nu zeven clubs en organisaties.", 7),
        ("That makes the alliance a group of seven organisations.", 7),
        ("Together with the other partners we end the year with 21 partners.", 21),
    ],
)
def test_totals(sentence: str, total: int) -> None:
    found = read_total(read_sentences(sentence))
    assert found is not None and found[0] == total


@pytest.mark.parametrize(
    "sentence",
    [
        "A small steering group of three partners prepares decisions.",
        "We welcomed our 3 new partners.",
    ],
)
def test_no_totals(sentence: str) -> None:
    assert read_total(read_sentences(sentence)) is None


def test_a_list_after_oa_may_name_fewer_than_the_count() -> None:
    text = (
        "Alkmaar, 3 maart 2026 – Stichting Taalkracht sluit aan bij Digitaal Alkmaar.\n\n"
        "Ze sluiten aan bij een mooie club, met o.a. Bibliotheek de Duinrand, gemeente Alkmaar, "
        "gemeente Dijk en Waard en Woonstichting Ons Duin. We zijn nu met negen partners.\n"
    )
    assert "Gemeente Dijk en Waard" in members(_read(text))


def test_a_brand_at_the_start_of_an_item_is_not_cut() -> None:
    names = [n.written for n in split_partner_list("DigiMaatjes Brabant, SeniorenNet Fryslân")]
    assert names == ["DigiMaatjes Brabant", "SeniorenNet Fryslân"]


def test_two_names_run_together_are_still_cut() -> None:
    names = [n.written for n in split_partner_list("AccareGemeente Groningen, Alfa College")]
    assert names == ["Accare", "Gemeente Groningen", "Alfa College"]


def test_the_last_en_of_a_list_cut_by_semicolons() -> None:
    text = (
        "Bibliotheek Oss en Omstreken; Stichting Welzijn Noord; DigiMaatjes Maasland; "
        "Jeroen Bosch Computerhulp en Hertogstad Wonen"
    )
    assert [n.written for n in split_partner_list(text)] == [
        "Bibliotheek Oss en Omstreken",
        "Stichting Welzijn Noord",
        "DigiMaatjes Maasland",
        "Jeroen Bosch Computerhulp",
        "Hertogstad Wonen",
    ]


def test_a_list_whose_last_item_is_marked_keeps_its_en() -> None:
    text = "Bibliotheek Oss; Stichting Welzijn Noord; en Stichting Kunst en Cultuur Oss"
    assert [n.written for n in split_partner_list(text)][-1] == "Stichting Kunst en Cultuur Oss"


_FLEVO = (
    "Lelystad, 24 november 2026\n\n"
    "Gedeputeerde Karin Bosman heeft vandaag drie nieuwe partners verwelkomd in het Netwerk "
    "Digitaal Polderland. Zorgcoöperatie Samen Sterk Dronten werd de 20e partner, Stichting "
    "Taal & Techniek Lelystad de 21e en de Urker Computerclub 't Hoekje de 22e.\n\n"
    "Tot de partners behoren onder meer:\n\n"
    "  Almere            - Bibliotheek Almere Stad; Stichting Welzijn Almere-Buiten\n"
    "  Dronten           - Bibliotheek Dronten-Biddinghuizen\n"
    "  Noordoostpolder   - Stichting Polderkracht Emmeloord; DigiDokter Noordoostpolder B.V.\n"
)


def test_joiners_given_their_order_by_ellipsis_dated_by_the_sentence_before() -> None:
    joins = {
        j.org.value: (j.order.value if j.order else None, j.date.iso if j.date else None)
        for j in _read(_FLEVO).joins
    }
    assert joins == {
        "Zorgcoöperatie Samen Sterk Dronten": ("20", "2026-11-24"),
        "Stichting Taal & Techniek Lelystad": ("21", "2026-11-24"),
        "Urker Computerclub 't Hoekje": ("22", "2026-11-24"),
    }


def test_list_lines_labelled_by_a_place() -> None:
    assert {
        "Bibliotheek Almere Stad",
        "Stichting Welzijn Almere-Buiten",
        "Bibliotheek Dronten-Biddinghuizen",
        "Stichting Polderkracht Emmeloord",
        "DigiDokter Noordoostpolder B.V.",
    } <= members(_read(_FLEVO))
    assert not {"Almere", "Gemeente Almere", "Noordoostpolder"} & members(_read(_FLEVO))


_SPAARBANK = (
    "Doetinchem, 18 november 2026 – Spaarbank Graafschap B.V. is sinds maandag 16 november 2026 "
    "de twaalfde partner van Digitaal Sterk Achterhoek. De coalitie wil dat in 2029 iedere "
    "inwoner van Doetinchem, Winterswijk en Aalten die dat wil, zelfstandig kan internetbankieren "
    "en veilig met DigiD kan inloggen.\n\n"
    "Met de komst van de bank telt Digitaal Sterk Achterhoek nu twaalf partners. "
    "Daaronder zijn:\n\n"
    "• Bibliotheek West-Achterhoek\n• gemeente Doetinchem\n• Graafschap Vakcollege\n"
    "• Computerclub 't Klikhuis\n"
)


def test_bullets_under_daaronder_zijn() -> None:
    assert {
        "Bibliotheek West-Achterhoek",
        "Gemeente Doetinchem",
        "Graafschap Vakcollege",
        "Computerclub 't Klikhuis",
    } <= members(_read(_SPAARBANK))


def test_the_places_of_a_goal_open_no_list_of_members() -> None:
    assert "DigiD" not in members(_read(_SPAARBANK))


def test_municipalities_named_as_such_in_a_list_are_members() -> None:
    text = (
        "Venlo, 3 maart 2026 – Stichting Leeskracht sluit zich aan bij het Digipact Noord-Limburg."
        "\n\nVerder werken onder meer de gemeenten Venlo, Venray en Horst aan de Maas, Bibliotheek "
        "Blerick aan de Maas en Thuiszorg De Peelrand binnen het pact samen.\n"
    )
    assert {"Bibliotheek Blerick aan de Maas", "Thuiszorg De Peelrand"} <= members(_read(text))


_VACATURE = (
    "VACATURE – Vrijwillig digicoach\nNetwerk Digitale Inclusie Veenland\n"
    "Geplaatst op 2 december 2026\n\n"
    "Wie zitten er in het netwerk?\n"
    "1. Bibliotheek Veenland\n2. Stichting Welzijnswerk Emmen-Oost (SWE)\n"
    "3. Vrouwenvereniging Nij Begun\n4. Stichting Huiskamer 't Hunebed\n\n"
    "Stichting Huiskamer 't Hunebed uit Borger heeft zich in november 2026 als vierde partner "
    "bij ons gevoegd. Daarmee bestaat het netwerk nu uit vier partners.\n"
)


def test_a_numbered_list_under_a_question_who_takes_part() -> None:
    assert {
        "Bibliotheek Veenland",
        "Stichting Welzijnswerk Emmen-Oost",
        "Vrouwenvereniging Nij Begun",
    } <= members(_read(_VACATURE))


def test_a_joiner_that_joined_us() -> None:
    joins = {
        j.org.value: (j.order.value if j.order else None, j.date.iso if j.date else None)
        for j in _read(_VACATURE).joins
    }
    assert joins == {"Stichting Huiskamer 't Hunebed": ("4", "2026-11")}


def test_a_question_over_prose_opens_no_list() -> None:
    text = (
        "Vraag 2\nWie zitten er in de alliantie?\n\nAntwoord 2\nDe alliantie telt op dit moment "
        "elf partners:\n- gemeente Zwolle;\n- Bibliotheek Zwolle & Omstreken.\n"
    )
    assert not any("Antwoord" in name for name in members(_read(text)))


_BULLETIN = (
    "KERK & BUURT\nMaandbericht van Buurthuis De Schakel, Goes-Zuid\nDecember 2026\n\n"
    "Vanaf 1 december 2026 is Buurthuis De Schakel aangesloten bij het Netwerk Digitaal "
    "Bevelanden.\n\n"
    "Met ons erbij telt het netwerk twaalf deelnemers. Een paar ervan kent u vast:\n\n"
    "  • Stichting Welzijn en Mantelzorg Kapelle (SWMK)\n"
    "  • Woonzorgcentrum 't Zeeuwse Anker in Middelburg\n"
    "  • Stichting Thuis in Tiel\n"
    "  • de gemeente Goes en de gemeente Kapelle\n"
)


def test_bullets_under_a_sentence_that_refers_to_the_count_before_it() -> None:
    assert members(_read(_BULLETIN)) >= {
        "Stichting Welzijn en Mantelzorg Kapelle",
        "Woonzorgcentrum 't Zeeuwse Anker",
        "Stichting Thuis in Tiel",
        "Gemeente Goes",
        "Gemeente Kapelle",
    }


def test_partners_such_as_a_city_with_an_apostrophe_and_an_also_before_a_name() -> None:
    text = (
        "'s-Hertogenbosch, 5 november 2026 - Dommelland Zorg U.A. is vandaag als 9e partner "
        "toegetreden tot de Coalitie Digitaal Den Bosch.\n\n"
        "'We zijn nu met negen. Met partners als de gemeente 's-Hertogenbosch, Seniorenraad Vught "
        "en Buurtteam & Wijkpunt De Muntel hebben we veel mensen in beeld.'\n\n"
        "Ook IT-bedrijf Bits & Bolts Brabant B.V., een van de oprichters van de coalitie, ziet de "
        "aansluiting als een stap vooruit.\n"
    )
    found = members(_read(text))
    assert {
        "Gemeente 's-Hertogenbosch",
        "Seniorenraad Vught",
        "Buurtteam & Wijkpunt De Muntel",
        "Bits & Bolts Brabant B.V.",
    } <= found
    assert not any(name.startswith("Ook") for name in found)


def test_an_article_after_a_word_that_says_what_a_name_is_stays() -> None:
    text = (
        "Kampen, 3 maart 2026 – Stichting Leeskracht sluit zich aan bij Digitaal IJsselland.\n\n"
        "Inmiddels doen ook Korfbalvereniging Vooruit en zwemvereniging De Dolfijntjes mee.\n"
    )
    assert "De Dolfijntjes" in members(_read(text))


def test_a_quotation_that_opens_a_list_gives_no_name_of_its_first_word() -> None:
    text = (
        "Sneek, 3 maart 2026 – Stichting Leeskracht sluit zich aan bij Digitaal Súdwest.\n\n"
        "Wie doen er mee?\n"
        '"Vanaf het begin zijn dat de Bibliotheek Sneek, Stichting De Skakel en Zorggroep It Lân. '
        'Later kwamen onder andere Woonkrêft Noard en Stichting Sneek Sterk erbij."\n'
    )
    found = members(_read(text))
    assert {"Bibliotheek Sneek", "Stichting De Skakel", "Zorggroep It Lân"} <= found
    assert not any("Vanaf" in name for name in found)


def test_a_question_answered_by_a_count_opens_no_list() -> None:
    text = (
        "Schiedam, 3 November 2026 – Buurtkamer Holy joins Digitaal Sterk Waterweg.\n\n"
        "Who is in the coalition?\nWith these two, the coalition now counts nine partners.\n"
    )
    assert not any(name.lower().startswith("with") for name in members(_read(text)))


def test_a_person_who_signs_for_a_member_is_not_the_joiner() -> None:
    text = (
        "Amersfoort, 13 november 2026\n\n"
        "Op donderdag 12 november 2026 zette Annelies Brouwer, directeur van Thuiszorg De "
        "Eemhoeve, in het Wijkcentrum De Kruiskamp haar handtekening onder de afspraken van "
        "Digitaal Eemland. De thuiszorgorganisatie is daarmee de achtste partner.\n"
    )
    joins = {j.org.value: j.order.value if j.order else None for j in _read(text).joins}
    assert joins == {"Thuiszorg De Eemhoeve": "8"}


_HEAD = (
    "Emmen, 3 november 2026 – Stichting Leeskracht sluit zich aan bij Digitaal Emmen. "
    "Digitaal Emmen telt nu acht partners.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("De gemeente Brunssum heeft aangekondigd in 2027 toe te treden.", "Gemeente Brunssum"),
        (
            "De gemeente Oostzaan heeft aangekondigd in het voorjaar eveneens aan te sluiten.",
            "Gemeente Oostzaan",
        ),
        (
            "De gemeente Hof van Twente heeft laten weten begin 2027 aan te schuiven.",
            "Gemeente Hof van Twente",
        ),
        (
            "Ook de gemeente Berkelland wil op termijn aansluiten, laat de wethouder weten.",
            "Gemeente Berkelland",
        ),
        (
            "Ook Lyceum Betuwe heeft aangegeven met ingang van het schooljaar partner te worden.",
            "Lyceum Betuwe",
        ),
        ("The municipality of Kampen has decided to join on 1 March 2027.", "Kampen"),
        (
            "Care provider Zorgkring Zeeland will come on board on 1 January 2027.",
            "Zorgkring Zeeland",
        ),
    ],
)
def test_joins_to_come(sentence: str, name: str) -> None:
    found = _read(_HEAD + sentence + "\n")
    assert {j.org.value for j in found.joins if j.future} == {name}
    assert name not in members(found)


def test_who_wants_to_know_who_takes_part_is_no_joiner() -> None:
    text = _HEAD + "De heer Van Dijk (Lijst Stad) wil weten welke organisaties nu meedoen.\n"
    assert {j.org.value for j in _read(text).joins} == {"Stichting Leeskracht"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Stichting Grensland Thuiszorg stapte per 1 september uit het netwerk.",
            "Stichting Grensland Thuiszorg",
        ),
        (
            "Computerclub Wijchen '87, een van de oprichters, stapte in december uit de coalitie.",
            "Computerclub Wijchen '87",
        ),
        (
            "Computerclub Landgraaf hief zich op 30 juni 2025 op en verliet daarmee de coalitie.",
            "Computerclub Landgraaf",
        ),
        (
            "Jongerenwerk De Muntel heeft per 1 november afscheid genomen van de coalitie.",
            "Jongerenwerk De Muntel",
        ),
        (
            "Per 30 juni 2026 nam Stichting Senioren Online afscheid van de coalitie.",
            "Stichting Senioren Online",
        ),
        (
            "Thuiszorgcollectief Regge, dat vanaf het begin meedeed, is per 1 januari gestopt.",
            "Thuiszorgcollectief Regge",
        ),
        (
            "Daar staat tegenover dat Byteburg B.V. na de val uit het akkoord is gestapt.",
            "Byteburg B.V.",
        ),
        ("Minder vrolijk: Computerclub Snits '84 is eruit gestapt.", "Computerclub Snits '84"),
        ("Het Leerhuis Soest dropped out of the coalition this spring.", "Leerhuis Soest"),
        (
            "First, a goodbye. Computerhulp Simpelveld stopped being a partner on 1 September.",
            "Computerhulp Simpelveld",
        ),
        (
            "Stichting Thuis Eemland, partner sinds 2022, heeft de samenwerking beëindigd.",
            "Stichting Thuis Eemland",
        ),
    ],
)
def test_leavers(sentence: str, name: str) -> None:
    found = _read(_HEAD + sentence + "\n")
    assert [leave.org.value for leave in found.leaves] == [name]
    assert name not in members(found)


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        (
            "Tot vorig jaar heette dat netwerk nog Digihulp Emmen-Noord, maar dat is anders.",
            "Digihulp Emmen-Noord",
        ),
        (
            "De coalitie begon in 2022 als Netwerk Basisvaardigheden Emmen.",
            "Netwerk Basisvaardigheden Emmen",
        ),
        (
            "Toen we in 2023 begonnen als het Digi-Taalhuis Emmen, waren we met z'n vieren.",
            "Digi-Taalhuis Emmen",
        ),
        (
            "Sinds 1 juni 2024 heten we Digitaal Emmen; daarvoor waren we de Digicoalitie Emmen.",
            "Digicoalitie Emmen",
        ),
        (
            "Since our rename on 15 January 2026 we are no longer Digivaardig Emmen.",
            "Digivaardig Emmen",
        ),
        (
            "Digitaal Emmen, known until 1 September 2024 as the Tafel Digitaal Emmen, grows.",
            "Tafel Digitaal Emmen",
        ),
        (
            "Some of you may still know it as Eemland Digitaal; the name changed last year.",
            "Eemland Digitaal",
        ),
    ],
)
def test_former_names(sentence: str, former: str) -> None:
    assert former in {fact.value for fact in _read(_HEAD + sentence + "\n").former_names}


def test_a_newest_partner_named_after_a_colon() -> None:
    text = (
        "Amsterdam, 12 June 2026 – Digitaal Nieuw-West now counts nine partners.\n\n"
        "And since 10 June we have a brand-new partner: CodeMoms Amsterdam! They teach coding.\n"
    )
    joins = {j.org.value: j.date.iso if j.date else None for j in _read(text).joins}
    assert joins == {"CodeMoms Amsterdam": "2026-06-10"}


@pytest.mark.parametrize(
    "opening",
    ["Three organisations joined:", "Er haakten drie organisaties aan:"],
)
def test_bullets_under_a_count_of_joiners(opening: str) -> None:
    text = (
        "Utrecht, 15 april 2026 – Digitaal Utrecht telt nu achttien partners.\n\n"
        f"{opening}\n"
        "•  Leidsche Rijn Makers Lab (June 2025);\n"
        "•  Stichting Thuis in Houten (14 October 2025).\n"
    )
    assert {j.org.value for j in _read(text).joins} == {
        "Leidsche Rijn Makers Lab",
        "Stichting Thuis in Houten",
    }


def test_a_name_with_tussen_inside() -> None:
    text = (
        "Zwolle, 10 november 2026 – Bibliotheek tussen de Dijken sluit zich als twaalfde partner "
        "aan bij Digitaal Zwolle.\n"
    )
    joins = {j.org.value: j.order.value if j.order else None for j in _read(text).joins}
    assert joins == {"Bibliotheek tussen de Dijken": "12"}


def test_a_table_whose_rule_is_drawn_with_plus_signs() -> None:
    text = (
        "Heerlen, 14 april 2026 – Eind 2025 telde Digitaal Parkstad vier partners.\n\n"
        "Overzicht van de partners die in 2025 actief bijdroegen:\n\n"
        "Partner                          | Partner sinds | Rol\n"
        "---------------------------------+---------------+--------------\n"
        "Stichting MeedoenWijzer Parkstad | 2021          | penvoerder\n"
        "gemeente Heerlen                 | 2021          | opdrachtgever\n"
        "Bibliotheek Parkstad Oost        | 2021          | Digicafés\n"
        "Woonstichting Het Mijnhuis       | 2023          | huurdersbereik\n"
    )
    assert members(_read(text)) == {
        "Stichting MeedoenWijzer Parkstad",
        "Gemeente Heerlen",
        "Bibliotheek Parkstad Oost",
        "Woonstichting Het Mijnhuis",
    }


def test_a_street_after_a_joiner_and_a_member_that_belongs_to_the_network() -> None:
    text = (
        "WINTERSWIJK - Kringloop De Tweede Ronde aan de Misterweg is sinds maandag 16 november "
        "2026 officieel de elfde partner van Digitaal Sterk Achterhoek.\n\n"
        "Ook Huisartsenpraktijk De Bongerd hoort bij het netwerk.\n"
    )
    found = _read(text)
    assert {j.org.value: j.order.value if j.order else None for j in found.joins} == {
        "Kringloop De Tweede Ronde": "11"
    }
    assert "Huisartsenpraktijk De Bongerd" in members(found)


def test_a_network_grown_to_include() -> None:
    text = (
        "Groningen, 2 December 2026 – Digitaal Stad en Ommeland now has 15 partners.\n\n"
        "Over the years it has grown to include housing association Woongoed Ommeland, the "
        "Ommeland Seniors' Union (OSU) and the repair initiative Repair & Reconnect Hogeland.\n"
    )
    assert {
        "Woongoed Ommeland",
        "Ommeland Seniors' Union",
        "Repair & Reconnect Hogeland",
    } <= members(_read(text))
