"""Joins told by a stated position or a counted list (issue 16, kg/ingest/ranked.py and
kg/ingest/newcomers.py): "X is daarmee partner nummer negen", "staat X als elfde partner op de
lijst van Y", "making X the ninth partner", "De stichting is de twaalfde partner", "onze
vereniging is de vijftiende deelnemer", "A and B became its seventh and eighth partners";
"twee nieuwe namen onder het convenant: A en B". Before, none of these was read as a join; the
sentences with an order were only asked. A position among other things, history, a hedge or a
count that the list does not match reads no join."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.masthead import publisher
from kg.ingest.newcomers import newcomers
from kg.ingest.ranked import positions_told
from kg.ingest.sentences import read_sentences

_COALITION = "Digitaal Vaardig Drenthe"
_DATELINE = "Assen, 1 mei 2024 – "
_REST = f"\n\n{_COALITION} bestaat verder uit Gemeente Assen, Biblionet Drenthe en Drenthe College."


def _joins(text: str) -> dict[str, int | None]:
    found = extract_text(text, "x", Lexicon.builtin())
    return {j.org.value: int(j.order.value) if j.order else None for j in found.joins}


@pytest.mark.parametrize(
    ("news", "joins"),
    [
        (
            f"Radiovereniging Walcheren Zendt is daarmee partner nummer negen van {_COALITION}.",
            {"Radiovereniging Walcheren Zendt": 9},
        ),
        (
            "Sinds 1 april staat de Vereniging Dansscholen Maas & Peel als elfde partner op de "
            f"lijst van {_COALITION}.",
            {"Vereniging Dansscholen Maas & Peel": 11},
        ),
        (
            f"Club chair Niamh O'Connell signed the partnership agreement of {_COALITION}, making "
            "Stichting Rugbyclub Assen the ninth partner of the coalition.",
            {"Stichting Rugbyclub Assen": 9},
        ),
        (
            "The same day, Reitdiep University Library took the fourteenth seat at the "
            "coalition's table.",
            {"Reitdiep University Library": 14},
        ),
        (
            "Stichting Welkom Betuwe zette als tiende en taalschool Babel & Co als elfde partner "
            f"een handtekening onder het convenant van {_COALITION}.",
            {"Stichting Welkom Betuwe": 10, "Babel & Co": 11},
        ),
        (
            "Op 28 april werden Stichting Dorpshuizen Eemsdelta en Zorgcentrum De Wierde de "
            f"zevende en achtste partners van {_COALITION}.",
            {"Stichting Dorpshuizen Eemsdelta": 7, "Zorgcentrum De Wierde": 8},
        ),
        (  # no noun, after a place among the partners
            "Op 15 april volgde Apotheekcombinatie Vathorst als negende partner. En in de laatste "
            "week van april werd Stichting Jonge Mantelzorgers Assen de tiende.",
            {"Apotheekcombinatie Vathorst": 9, "Stichting Jonge Mantelzorgers Assen": 10},
        ),
        (  # a brand with no word for its kind; an order as the second word
            f"Binnen een uur volgde buurman TechHaven Noord als partner nummer elf van "
            f"{_COALITION}.",
            {"TechHaven Noord": 11},
        ),
        (  # one word named by its kind
            "Sinds afgelopen maandag doet woningcorporatie Veldhoeve ook mee, als elfde partner.",
            {"Veldhoeve": 11},
        ),
        (  # an order and no verb at all
            "Jeugdtheater De Zolder is daarmee de tiende organisatie in het netwerk.",
            {"Jeugdtheater De Zolder": 10},
        ),
        (  # called by its kind: the last organisation named with that kind in its name
            "Het bestuur van Geleidehondenschool Vechtdal tekende vanochtend. De school is de "
            "achtste partner.",
            {"Geleidehondenschool Vechtdal": 8},
        ),
        (
            "Sinds 28 april staan er twee nieuwe namen onder het convenant van "
            f"{_COALITION}: Zorgboerderij De Linde en Maaltijddienst Smakelijk.",
            {"Zorgboerderij De Linde": None, "Maaltijddienst Smakelijk": None},
        ),
        (
            "On 28 April two organisations became partners: Kempen International School, whose "
            "students will volunteer at help desks, and Woonbedrijf Gestel & Strijp.",
            {"Kempen International School": None, "Woonbedrijf Gestel & Strijp": None},
        ),
    ],
)
def test_a_position_or_a_counted_list_tells_a_join(news: str, joins: dict[str, int]) -> None:
    assert _joins(_DATELINE + news + _REST) == joins


def test_we_take_the_position_of_the_publisher_the_head_names() -> None:
    text = (
        "Nieuwsbrief van het Netwerk Wijkverpleging Achterhoek\n\nAssen, 3 mei 2024\n\n"
        f"Het bestuur zei in april ja tegen {_COALITION}. Sinds 1 mei hoort ons netwerk er als "
        "zevende partner bij.\n"
    )
    assert _joins(text + _REST) == {"Netwerk Wijkverpleging Achterhoek": 7}


def test_our_kind_must_be_the_publishers() -> None:
    said = "Sinds die avond is onze vereniging de vijftiende deelnemer van Digitaal Drenthe."
    sentences = read_sentences(said)
    assert positions_told(sentences, ("Netwerk Wijkverpleging Achterhoek",), "", None) == []
    found = positions_told(sentences, ("Vereniging Oud-Onderwijsmensen",), "", None)
    assert [(name, n) for name, n, _ in found] == [("Vereniging Oud-Onderwijsmensen", 15)]


@pytest.mark.parametrize(
    "news",
    [
        "Wij zijn de derde organisatie in Meppel die het keurmerk Digitaal Toegankelijk krijgt.",
        "Stichting Wonen Hoorn won de prijs als de tiende organisatie van Nederland.",
        "Zorggroep West eindigde als tweede deelnemer van de hackathon in Hoorn.",
        "In 2021 werd Stichting Wonen Assen de vijfde partner van de coalitie.",  # history
        "Stichting Wonen Assen wil de vijfde partner van de coalitie worden.",  # a hedge
        "Bibliotheek Assen was de eerste partner die een cursus gaf.",  # a ranking
        "Stichting Welzijn, Wonen en Zorg Assen werd de negende partner.",  # which name?
        "Stichting Taalhuis en Zorggroep Assen werden de negende partner.",  # two for one
    ],
)
def test_a_position_among_other_things_or_of_the_past_is_no_join(news: str) -> None:
    found = positions_told(read_sentences(news), ("Humanitas Meppel",), "", "2024-05-01")
    assert found == []


@pytest.mark.parametrize(
    "news",
    [
        "Met de nieuwe partner zijn deze drie organisaties aangesloten: Bibliotheek Lochem, "
        "Stichting Welzijn Lochem en Taalhuis Lochem.",  # all of them
        "Er zitten nu nog vijf organisaties aan tafel: Bibliotheek A, Stichting B, Woonstichting "
        "C, Zorggroep D en Stichting E.",  # no join
        "Sinds kort zijn er drie nieuwe partners: Stichting A en Zorggroep B.",  # who is third?
        "In 2021 kwamen er twee partners bij: Stichting A en Zorggroep B.",  # history
        "Twee nieuwe partners zijn in gesprek: Stichting A en Zorggroep B.",  # a hedge
    ],
)
def test_a_count_the_list_does_not_match_or_no_news_reads_no_join(news: str) -> None:
    assert newcomers(read_sentences(news), "2024-05-01") == []


@pytest.mark.parametrize(
    ("news", "joiner"),
    [
        (  # its kind before it, its place after it
            "Energiecoöperatie Zonnewiel Zeewolde tekende vandaag. Zonnewiel is daarmee partner "
            f"nummer acht van {_COALITION}.",
            "Energiecoöperatie Zonnewiel Zeewolde",
        ),
        (  # its legal form after it
            f"Vandaag tekende Bitwerk Twente B.V. het convenant. Bitwerk is de veertiende partner "
            f"van {_COALITION}.",
            "Bitwerk Twente B.V.",
        ),
        (  # a brand in CamelCase names itself without its kind
            f"Energiecoöperatie VeenStroom doet mee. VeenStroom is de dertiende partner van "
            f"{_COALITION}.",
            "VeenStroom",
        ),
        (  # not a name another organisation's name holds
            f"Stichting Vrienden van Zonnewiel helpt. Zonnewiel is partner nummer acht van "
            f"{_COALITION}.",
            "Zonnewiel",
        ),
    ],
)
def test_a_joiner_is_named_as_the_text_writes_it_in_full(news: str, joiner: str) -> None:
    assert list(_joins(_DATELINE + news + _REST)) == [joiner]


def test_a_kind_before_any_verb_points_back_and_a_day_opening_the_sentence_is_no_name() -> None:
    text = (
        "Repair Café Federatie West-Friesland\nNieuws – woensdag 14 oktober 2026\n\n"
        "Onze reparateurs helpen al jaren. Sinds 1 oktober draait de federatie als negende "
        f"partner mee in {_COALITION}.\n"
    )
    assert _joins(text + _REST) == {"Repair Café Federatie West-Friesland": 9}
    said = "Houston, 3 May 2024 – Last Tuesday, Maasheuvel Hospital became a partner of X."
    assert list(_joins(said + _REST)) == ["Maasheuvel Hospital"]


def test_a_position_from_the_day_before_in_a_text_of_no_date_is_no_join() -> None:
    said = (
        "Notulen\n\nThuiszorgcoöperatie Sliedrecht tekent met ingang van 1 december. Vanaf die "
        "datum is de coöperatie partner nr. 16."
    )
    assert positions_told(read_sentences(said), (), "", None) == []
    found = positions_told(read_sentences(said), (), "", "2026-12-03")
    assert [(name, n) for name, n, _ in found] == [("Thuiszorgcoöperatie Sliedrecht", 16)]


@pytest.mark.parametrize(
    "said",
    [
        "Met ons erbij telt de coalitie nu zes partners.",
        "Met onze komst telt de coalitie elf partners.",
        "With us on board, the coalition now counts six partners.",
    ],
)
def test_with_us_in_the_publisher_joins(said: str) -> None:
    text = (
        "Imkersvereniging De Raatstede – Nieuws\nvrijdag 18 september 2026\n\n"
        f"De leden besloten afgelopen dinsdag tot deelname aan {_COALITION}. {said}\n"
    )
    assert list(_joins(text + _REST)) == ["Imkersvereniging De Raatstede"]


def test_the_coalition_a_headline_joins_is_not_its_publisher() -> None:
    text = (
        f"Woonstichting Zaan & Weer sluit aan bij {_COALITION}\n\n"
        f"Zaandam, 2 mei 2024 – Woonstichting Zaan & Weer is vanaf vandaag partner van "
        f"{_COALITION}. Met onze komst zijn de partners in het netwerk met z'n twintigen.\n"
    )
    assert list(_joins(text + _REST)) == ["Woonstichting Zaan & Weer"]


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Nieuwsbrief van de Westerkwartierse Brassbandfederatie (WBF)", "Westerkwartierse"),
        ("KRUIDENIERSGILDE ACHTERHOEK\nKruideniersgilde Achterhoek", "Kruideniersgilde"),
        ("Zeevaartmuseum Het Zeegat – Nieuws", "Zeevaartmuseum Het Zeegat"),
    ],
)
def test_a_federation_guild_or_museum_publishes(head: str, name: str) -> None:
    found = publisher(head + "\n\nWij zijn sinds vandaag partner.\n")
    assert found is not None and found.startswith(name)


def test_a_position_takes_the_date_of_the_sentence_that_told_its_join() -> None:
    text = (
        "Helmond, 5 oktober 2026 – Afgelopen zaterdag stond Voetbalclub Peelland voor het "
        f"eerst in de basis van {_COALITION}. De club is daarmee de twaalfde partner.\n"
    )
    found = extract_text(text + _REST, "x", Lexicon.builtin())
    assert [(j.org.value, j.date.iso if j.date else None) for j in found.joins] == [
        ("Voetbalclub Peelland", "2026-10-03")
    ]


_HEAD = "Nieuwsbrief Bibliotheek Assen\nAssen, 1 mei 2024\n\n"
_LIST = "\n\nDigitaal Vaardig Drenthe bestaat uit Gemeente Assen, Bibliotheek Assen en Biblionet."


@pytest.mark.parametrize(
    "said",
    [  # a review's findings: no join of these in any of them
        "We zijn op zoek naar onze tiende partner voor Digitaal Vaardig Drenthe.",
        "Deze week mochten we onze tiende partner verwelkomen.",
        "Onze bibliotheek is de derde bibliotheek in de provincie met een Digitaal Hulpplein, en "
        "we zijn daarmee het derde lid van het landelijke netwerk.",
        "Wij zijn al jaren partner van Digitaal Vaardig Drenthe en juichen de aansluiting van "
        "nieuwe partners toe.",
        "Met onze komst naar het Cultuurhuis zijn we een stuk beter bereikbaar voor bezoekers.",
        "Met ons erbij waren er veertig organisaties op de Digidag in het provinciehuis.",
        "Met onze aansluiting bij Digitaal Vaardig Drenthe in 2019 zetten we een stap.",
        "Stichting Buurtkracht Assen blijft partner nummer negen.",
        "Stichting Buurtkracht Assen is nog steeds partner nummer negen.",
        "Maasheuvel Ziekenhuis remains the fourth partner.",
        "Stichting Buurtkracht Assen was de vijfde partner van Digitaal Vaardig Drenthe.",
        "Stichting Buurtkracht Assen werd al snel de tweede partner.",
        "De cursus wordt georganiseerd door Welzijnsgroep Assen, de vierde partner.",
        "Stichting Buurtkracht Assen, de negende partner, geeft de cursus.",
        "Welzijnsgroep Assen (de vierde partner) geeft de cursus Klik & Tik.",
        "Welzijnsgroep Assen heeft deze maand haar vijfde partner gevonden voor het Digicafé.",
        "Stichting Buurtkracht Assen zoekt de tiende deelnemer voor de cursus.",
        "Wijkcentrum De Kern staat klaar als elfde partner.",
        "Stichting Buurtkracht Assen is nummer negen op de ranglijst van beste werkgevers.",
        "Van de twaalf teams in de quiz werd Stichting Buurtkracht Assen de tiende.",
        "Stichting Buurtkracht Assen is de derde mediapartner.",
        "Buurtkracht Foundation is the third partner to leave the coalition.",
        "Sinds kort hebben we twee nieuwe gezichten in het team: Anna de Vries en Jan Bos.",
        "Two new faces joined the team: Emma Clarke and James O'Neill.",
        "Twee nieuwe clubs in de zaalvoetbalcompetitie: VV Assen en SC Erica.",
        "Twee nieuwe organisaties krijgen sinds deze maand geld van het fonds: Stichting "
        "Buurtkracht en Humanitas Assen.",
    ],
)
def test_a_place_or_a_count_of_something_else_reads_no_join(said: str) -> None:
    assert _joins(_HEAD + said + _LIST) == {}


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Eerder deed Buurtkracht Emmen al mee aan een ander netwerk.", "Buurtkracht"),
        ("Bitwerk is onderdeel van Bitwerk Groep B.V.", "Bitwerk"),
        ("De cursussen vinden plaats in Wijkcentrum Zonnewiel Zeewolde.", "Zonnewiel"),
        ("Kompas werkt samen met Basisschool Het Kompas Assen.", "Kompas"),
    ],
)
def test_a_name_does_not_grow_into_a_branch_a_parent_a_venue_or_another(
    said: str, name: str
) -> None:
    text = f"{_DATELINE}{name} sluit zich vandaag aan bij {_COALITION}. {said}"
    assert list(_joins(text + _REST)) == [name]


def test_a_counted_list_on_the_coalitions_door_names_firms_without_a_kind() -> None:
    said = (
        f"Vanaf vandaag staan er drie nieuwe namen op de deur van {_COALITION}: Mbo Súdwest, "
        "ICT-bedrijf Friso Netwerken B.V. en webbureau Hynder Digitaal."
    )
    found = newcomers(read_sentences(said), "2024-05-01", coalition=_COALITION)
    assert [name for name, _, _ in found] == [
        "Mbo Súdwest",
        "ICT-bedrijf Friso Netwerken B.V.",
        "Hynder Digitaal",
    ]


@pytest.mark.parametrize(
    "said",
    [  # a second review's findings: no join of these in any of them
        "Stichting Buurtkracht Assen is als tiende partner benaderd.",
        "Stichting Buurtkracht Assen werd deze week als tiende partner uitgenodigd.",
        "Stichting Buurtkracht Assen is als tiende partner afgewezen.",
        "Kirkby Community Foundation has been nominated as the tenth partner.",
        "Toen Stichting Buurtkracht Assen tekende, werd het de tiende partner.",
        "Zodra Stichting Buurtkracht Assen het convenant tekent, is het de tiende partner.",
        "Stichting Buurtkracht Assen staat op het punt de tiende partner te worden.",
        "Stichting Buurtkracht Assen is waarschijnlijk partner nummer tien.",
        "Kirkby Community Foundation is set to become the tenth partner.",
        "Met ons erbij telt de Raad van Toezicht van Stichting Buurtkracht nu zes leden.",
        "Met ons erbij telt het Lokaal Sportakkoord Assen nu vijftien partners.",
        "Met ons erbij telt de coalitie straks zes partners.",
        "Met onze komst telt het Cultuurhuis nu tien organisaties onder één dak.",
        "De inschrijving voor de Avondvierdaagse is binnen. Onze vereniging is de vijftiende "
        "deelnemer.",
        "We zijn nummer 3 geworden op het concours in Veenhuizen.",
        "In de stuurgroep van de coalitie zitten sinds kort twee nieuwe gezichten: Gemeente "
        "Assen en Biblionet Drenthe.",
        "De coalitie werd in 2021 opgericht. Sindsdien kwamen er drie organisaties bij: Stichting "
        "Buurtkracht Assen, Zorggroep Noorderboog en Humanitas Assen.",
    ],
)
def test_an_invitation_a_hedge_another_count_or_an_event_reads_no_join(said: str) -> None:
    assert _joins(_HEAD + said + _LIST) == {}


@pytest.mark.parametrize(
    ("said", "joins"),
    [
        (  # the kind points back, not "we" of "Wij zijn blij dat ..."
            "Zorggroep Noorderboog tekende gisteren. Wij zijn blij dat de zorggroep daarmee de "
            "tiende partner is.",
            {"Zorggroep Noorderboog": 10},
        ),
        (  # a speaker's "we" is not the publisher's
            "Zorggroep Noorderboog sloot zich aan. Directeur Anna de Vries: We zijn daarmee "
            "partner nummer twaalf en daar zijn we trots op.",
            {"Zorggroep Noorderboog": 12},
        ),
        (  # not the venue's organisation
            "Welzijnsgroep Assen tekende vorige week het convenant. De ondertekening vond plaats "
            "in het gebouw van Stichting Cultuurhuis Assen. De stichting is daarmee de twaalfde "
            "partner.",
            {"Welzijnsgroep Assen": 12},
        ),
        (  # the word that opened the clause is no part of the name
            "Nu Stichting Buurtkracht Assen het convenant heeft getekend, is het de tiende "
            "partner.",
            {"Stichting Buurtkracht Assen": 10},
        ),
    ],
)
def test_a_place_goes_to_the_organisation_that_takes_it(said: str, joins: dict[str, int]) -> None:
    assert _joins(_HEAD + said + _LIST) == joins


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Koepelorganisatie Brugwerk Nederland steunt de stap.", "Brugwerk"),
        ("Het moederbedrijf Brugwerk Holding B.V. zit in Groningen.", "Brugwerk"),
        ("Sponsor Rabobank Brugwerk Fonds was erbij.", "Brugwerk"),
    ],
)
def test_a_name_does_not_grow_into_its_umbrella_parent_or_sponsor(said: str, name: str) -> None:
    text = f"{_DATELINE}{name} sluit zich vandaag aan bij {_COALITION}. {said}"
    assert list(_joins(text + _REST)) == [name]


def test_a_second_place_in_a_sentence_a_row_read_the_first_of_is_its_own() -> None:
    said = (
        f"The Flevo Game Makers Cluster today became the ninth partner of {_COALITION}, and one "
        "of its own members, Pixelpolder Studios B.V., signed on as the tenth."
    )
    assert _joins(_DATELINE + said + _REST) == {
        "Flevo Game Makers Cluster": 9,
        "Pixelpolder Studios B.V.": 10,
    }


def test_with_no_coalition_read_a_place_among_participants_is_none() -> None:
    said = (
        "De inschrijving voor de Avondvierdaagse is binnen. Onze vereniging is de vijftiende "
        "deelnemer."
    )
    found = positions_told(read_sentences(said), ("Muziekvereniging Crescendo",), "", "2024-05-01")
    assert found == []  # "" is in every sentence: the coalition's name is no partnership said
