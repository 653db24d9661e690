"""Misreadings two reviews found in the session's list readers and join rows (issue 16); each
case read wrong on the reviewed commit (da3a3f6): funders, venues, media, courses, other
coalitions, persons and e-mail quotes read as members; leases, rankings, history and other
networks read as joins; real members lost to a note that looked like an end."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Extraction, Lexicon, extract_text

_NL = (
    "Zwolle, 3 november 2026 – Stichting Leerkracht Dalfsen sluit zich vandaag aan bij Digitaal "
    "Sterk Salland.\n\n"
)
_EN = (
    "Zwolle, 3 November 2026 – Stichting Leerkracht Dalfsen joined Digitaal Sterk Salland "
    "today.\n\n"
)
_END = "\n\nDigitaal Sterk Salland is een netwerk van organisaties.\n"


def _read(text: str) -> Extraction:
    return extract_text(text + _END, "x", Lexicon.builtin())


def _others(extraction: Extraction) -> list[str]:
    return [j.org.value for j in extraction.joins if j.org.value != "Stichting Leerkracht Dalfsen"]


@pytest.mark.parametrize(
    ("text", "not_members"),
    [
        (
            _NL + "Het netwerk krijgt geld van onder meer het Oranje Fonds, Rabobank Salland en de "
            "Provincie Overijssel.",
            {"Oranje Fonds", "Rabobank Salland"},
        ),
        (
            _NL
            + "We leren veel van netwerken zoals Digitaal Fit Twente, Samen Digitaal Deventer en "
            "Digivaardig Kampen.",
            {"Digitaal Fit Twente", "Samen Digitaal Deventer"},
        ),
        (
            _EN + "Our volunteers now staff help desks in places such as Buurthuis De Kroon, "
            "Wijkcentrum Holtenbroek and Dorpshuis De Brink.",
            {"Buurthuis De Kroon", "Dorpshuis De Brink"},
        ),
        (
            _NL + "Met steun van het netwerk\n- Rabobank Salland\n- Oranje Fonds\n- Provincie "
            "Overijssel\n",
            {"Rabobank Salland", "Oranje Fonds"},
        ),
        (
            _NL + "Volg de coalitie\n- LinkedIn\n- YouTube\n- WhatsApp Kanaal\n",
            {"LinkedIn", "YouTube"},
        ),
        (
            _EN + "Membership benefits, provided by\n- Microsoft Nederland\n- Stichting Lezen & "
            "Schrijven\n- KPN Zakelijk\n",
            {"Microsoft Nederland", "KPN Zakelijk"},
        ),
        (
            _NL
            + "Locaties partnerbijeenkomsten 2027\n- Kasteel Het Nijenhuis\n- Theater De Spiegel\n"
            "- Hotel Lumen Zwolle\n",
            {"Kasteel Het Nijenhuis", "Theater De Spiegel"},
        ),
        (
            _EN + "Who's behind the campaign\n- Studio Vechtdal Design\n- Drukkerij Salland\n- "
            "Rabobank Salland\n",
            {"Studio Vechtdal Design", "Drukkerij Salland"},
        ),
        (
            _NL
            + "De spreekuren van Digitaal Sterk Salland vinden plaats in:\n- Buurthuis De Kroon\n"
            "- Wijkcentrum Holtenbroek\n- Dorpshuis De Brink\n",
            {"Buurthuis De Kroon", "Dorpshuis De Brink"},
        ),
        (
            _EN
            + "The partners of Digitaal Sterk Salland are:\n- Bibliotheek Hessenpoort – Anja Bos – "
            "Director\n- Humanitas Kampen – Jan Pietersma – Chair\n",
            {"Anja Bos", "Director", "Chair"},
        ),
        (
            _NL
            + "De partners van Digitaal Sterk Salland zijn:\n- Bibliotheek Hessenpoort – Dalfsen – "
            "Ommen – Raalte\n- Humanitas Kampen\n",
            {"Ommen", "Raalte"},
        ),
        (
            _NL
            + "Onze partners bieden deze cursussen aan:\nKlik & Tik – DigiD Basis – Digisterker – "
            "Veilig Online Bankieren\n",
            {"Klik & Tik", "DigiD Basis", "Digisterker"},
        ),
        (
            _NL
            + "Uit de mail van een van onze partners:\n> Beste Anja,\n> Goed nieuws uit Ommen\n> "
            "Groet, Karin\n",
            {"Beste Anja", "Goed nieuws uit Ommen"},
        ),
        (
            _NL
            + "Onze collega's in de coalitie:\n- Bibliotheek Hessenpoort\n- Humanitas Kampen\n- "
            "Welzijn Dalfsen Samen\nNB   Gemeente Ommen: nog in gesprek\n",
            {"Gemeente Ommen:", "Gemeente Ommen"},
        ),
        (
            _EN
            + "The coalition works because its partners share the load: Bibliotheek Hessenpoort "
            "runs the help desks, Humanitas Kampen finds the volunteers, and Anja Bos keeps the "
            "agenda of the steering group.",
            {"Anja Bos"},
        ),
        (
            _NL
            + "Onze vrijwilligers geven les in Bibliotheek Hessenpoort in Dalfsen, Buurthuis De "
            "Kroon in Zwolle, Kerk De Open Hof in Ommen en Dorpshuis De Brink in Lemelerveld.",
            {"Buurthuis De Kroon", "Kerk De Open Hof", "Dorpshuis De Brink"},
        ),
        (
            _NL + "Voor de netwerkdag werken we met cateringbedrijf Smaakvol, verhuurbedrijf "
            "Feestwerk, drukkerij Drukwerk Salland en fotograaf Studio Licht.",
            {"Smaakvol", "Feestwerk"},
        ),
        (
            _NL
            + "Je vindt onze partners hier:\n  buurthuis De Kroon\n  wijkcentrum Holtenbroek\n  "
            "dorpshuis De Brink\n",
            {"Holtenbroek", "De Kroon"},
        ),
        (
            _NL + "De partners die vorig jaar zijn vertrokken zijn Stichting Welzijn Ommen en "
            "Bibliotheek Hessenpoort.",
            {"Stichting Welzijn Ommen", "Bibliotheek Hessenpoort"},
        ),
        (
            _NL + "De partners van onze zustercoalitie in Deventer zijn Bibliotheek Deventer en "
            "Stichting Raad & Daad.",
            {"Bibliotheek Deventer", "Stichting Raad & Daad"},
        ),
        (
            _NL + "De organisaties die subsidie gaven zijn zorgverzekeraar Zilverlinde en Fonds "
            "Sallandse Zorg.",
            {"Zilverlinde", "Fonds Sallandse Zorg"},
        ),
        (
            _NL + "Wie er niet meer meedoen? Stichting Welzijn Ommen, Bibliotheek Hessenpoort en "
            "Taalhuis Raalte.",
            {"Stichting Welzijn Ommen", "Taalhuis Raalte"},
        ),
        (
            _NL + "Wie er graag zouden meedoen? Bibliotheek Deventer, Woonstichting Rijnhove en "
            "Taalhuis Deventer.",
            {"Bibliotheek Deventer", "Taalhuis Deventer"},
        ),
        (
            _EN + "So who else is in it? Nobody yet, but Bibliotheek Deventer and Woonstichting "
            "Rijnhove are talking to us.",
            {"Nobody"},
        ),
        (
            _EN
            + "So who else is in the running for the award? Bibliotheek Deventer, Woonstichting "
            "Rijnhove and Taalhuis Raalte.",
            {"Bibliotheek Deventer", "Taalhuis Raalte"},
        ),
    ],
)
def test_these_are_no_members(text: str, not_members: set[str]) -> None:
    assert not {f.value for f in _read(text).partners} & not_members


def test_a_note_of_ages_years_or_a_former_name_keeps_a_member() -> None:
    members = {
        f.value
        for f in _read(
            _NL + "Onze collega's in de coalitie:\n- Bibliotheek Hessenpoort\n- Kinderopvang Kroes "
            "(0 t/m 4 jaar)\n- Basisschool De Regenboog (groep 1 t/m 8)\n- Deltion College "
            "(voormalig ROC Zwolle)\n- Taalhuis Ommen\n"
        ).partners
    }
    assert {"Kinderopvang Kroes", "Basisschool De Regenboog", "Deltion College"} <= members


_DATED = "Zwolle, 3 november 2026 – "


@pytest.mark.parametrize(
    "text",
    [
        _DATED + "Vanaf vandaag hoort Bibliotheek Salland bij Digitaal Sterk Overijssel.",
        _DATED + "Sinds 1 januari hoort Taalhuis Raalte bij Bibliotheek Salland.",
        _DATED + "Sinds 1 januari horen Heino en Lierderholt bij de Gemeente Raalte.",
        "Zwolle, 3 November 2026 – Bibliotheek Salland signed its lease agreement for the new "
        "building on Monday.",
        "Zwolle, 3 November 2026 – Gemeente Raalte signed its subsidy agreement for Digitaal "
        "Sterk Salland on Monday.",
        "Zwolle, 3 November 2026 – Bibliotheek Salland signed our partnership agreement in 2019.",
        _DATED + "Sinds maart 2019 hoort Stichting Welzijn Ommen er al bij.",
        _DATED + "Als tiende tekende Stichting Welzijn Ommen het Manifest Digitale Inclusie.",
        _DATED + "Als twaalfde tekende Anne Jansen.",
        _DATED + "Sinds deze maand hoort Anne Jansen er ook bij als coördinator.",
        _DATED + "Digitaal Sterk Salland blikt terug op het cursusjaar.\n\nWie gaven dit jaar de "
        "meeste cursussen? Nummer drie is Huurdersvereniging Dalfsen-Oost, met veertig cursussen.",
    ],
)
def test_these_are_no_joins(text: str) -> None:
    assert not _others(_read(text))


def test_a_signer_s_turn_at_the_ceremony_is_no_order() -> None:
    extraction = _read(
        _DATED + "Stichting Geldwijzer Dalfsen sloot zich vandaag aan; als eerste tekende "
        "wethouder Anne Jansen het convenant."
    )
    assert [(j.org.value, j.order) for j in extraction.joins] == [
        ("Stichting Geldwijzer Dalfsen", None)
    ]
