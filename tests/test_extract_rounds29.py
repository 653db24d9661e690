"""Forms blind sets 29 and 30 showed the reader missing (a coalition's partner page, a municipal
release, a tech company's news): lists of partners by sector under headings with bullets,
"doen 17 partners mee", a former name in brackets after a colon, a head word alone ("het
Akkoord") that names no coalition, "Initiatiefnemers waren A, B en C", a word before a name
that only says what kind of business it is ("het ICT-bedrijf ByteBoer", "IT firm X"), a
headline's capitalised head word, and "zijn A en B toegetreden tot Y". Each form is tested on
text of its own."""

from __future__ import annotations

from kg.ingest.confidence import certain
from kg.ingest.extract import Extraction, Lexicon, extract_text

_JOIN = "Vandaag sluit Stichting Kruispunt zich aan bij Digitaal Thuis Deventer.\n\n"


def _read(text: str) -> Extraction:
    return extract_text(text, "round29", Lexicon.builtin())


def _members(found: Extraction) -> set[str]:
    return {fact.value for fact in found.partners if certain(fact)}


def test_partners_by_sector_under_headings() -> None:
    found = _read(
        _JOIN + "Bibliotheken\n• Bibliotheek Deventer\n• Leescentrum Salland\n\nGemeenten\n"
        "• gemeente Deventer\n• gemeente Olst-Wijhe\n\nBedrijven\n• DrentsNet B.V.\n\n"
        "Agenda\n• Digicafé op dinsdag\n• Klik & Tik in de bieb\n"
    )
    assert _members(found) == {
        "Bibliotheek Deventer",
        "Leescentrum Salland",
        "Gemeente Deventer",
        "Gemeente Olst-Wijhe",
        "DrentsNet B.V.",
    }


def test_n_partners_take_part_and_a_former_name_after_a_colon() -> None:
    found = _read(
        "Het Sallands Digitaal Akkoord (tot 15 januari 2025: Sallands Akkoord Digitale "
        "Vaardigheden) is een samenwerking van organisaties. Op dit moment doen 17 partners mee.\n"
        "Het Veenkoloniaal Huisartsennetwerk is per 1 juli 2026 als 17e partner toegetreden.\n"
        "De provincie is geen partner van het Akkoord.\n"
    )
    assert found.stated_total is not None and found.stated_total.value == "17"
    assert [f.value for f in found.former_names] == ["Sallands Akkoord Digitale Vaardigheden"]
    assert found.coalition is not None and found.coalition.value == "Sallands Digitaal Akkoord"


def test_the_initiators_and_a_firm_without_its_kind() -> None:
    found = _read(
        _JOIN + "Initiatiefnemers waren de gemeente Ede, Bibliotheek aan de Grift en "
        "welzijnsorganisatie Plein&Co. Later sloten onder anderen Vakcollege De Vallei en het "
        "ICT-bedrijf ByteBoer zich aan.\n"
    )
    assert {"Gemeente Ede", "Bibliotheek aan de Grift", "Plein&Co", "ByteBoer"} <= _members(found)
    assert "ICT-bedrijf ByteBoer" not in _members(found)


def test_an_english_kind_before_a_name() -> None:
    found = _read(
        "Deventer Digital for All welcomes a new partner.\n\nThe network brings together the IT "
        "firm Mergelland Digital, Library Deventer and the Municipality of Deventer.\n"
    )
    assert "Mergelland Digital" in _members(found)
    assert not any("firm" in name for name in _members(found))


def test_a_headline_head_word_is_not_the_name() -> None:
    found = _read(
        "Coalitie Samen Digiwijs Vallei verwelkomt twee nieuwe partners\n\n"
        "EDE – Op 1 november 2026 zijn Woningstichting De Enk en Stichting Plein toegetreden tot "
        "Samen Digiwijs Vallei.\n"
    )
    assert found.coalition is not None and found.coalition.value == "Samen Digiwijs Vallei"
    assert [join.org.value for join in found.joins] == ["Woningstichting De Enk", "Stichting Plein"]
