"""Forms blind sets 29 and 30 showed the reader missing (a coalition's partner page, a municipal
release, a tech company's news): lists of partners by sector under headings with bullets,
"doen 17 partners mee", a former name in brackets after a colon, a head word alone ("het
Akkoord") that names no coalition, "Initiatiefnemers waren A, B en C", a word before a name
that only says what kind of business it is ("het ICT-bedrijf ByteBoer", "IT firm X"), a
headline's capitalised head word, and "zijn A en B toegetreden tot Y". Each form is tested on
text of its own."""

from __future__ import annotations

from kg.ingest.extract import Extraction
from tests.reading import members, reader

_JOIN = "Vandaag sluit Stichting Kruispunt zich aan bij Digitaal Thuis Deventer.\n\n"


_read = reader("round29")
_members = members


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


# Blind sets 31 and 32: words taken for joiners that are none (a quote after "welcomed the new
# partner:", persons in a photo caption, "Daarom", "Nineteen", places in a description), and
# joins told as "A, B en C zijn vanaf die dag partner van de regionale coalitie" after the
# agreement "van Y", "have both signed up", "Nieuwe partners in 2025 waren:", and a coalition
# named only where a member "withdrew from" it.

_OPENING = "Deventer, 2 maart 2026 – Digitaal Thuis Deventer verwelkomt een nieuwe partner.\n\n"


def _joiners(found: Extraction) -> list[str]:
    return [join.org.value for join in found.joins if not join.future]


def test_words_that_are_no_joiners() -> None:
    found = _read(
        _OPENING + "Stichting Kruispunt sluit zich aan bij Digitaal Thuis Deventer.\n"
        'De voorzitter verwelkomde de nieuwe partner: "A foundation with this reach helps us."\n'
        "Foto: Marieke Hulshof (links) en Jeroen ten Dam ondertekenen de overeenkomst.\n"
        'Coordinator Mulder welcomed the new partner: "Nineteen organisations, one goal."\n'
        "De zorgorganisatie, met wijkteams in Raalte en Olst-Wijhe, sluit als twaalfde partner "
        "aan bij het netwerk.\n"
    )
    assert _joiners(found) == ["Stichting Kruispunt"]


def test_therefore_is_no_joiner() -> None:
    found = _read(
        _OPENING + "Daarom hebben wij ons als negende organisatie aangesloten bij Digitaal Thuis "
        "Deventer.\n"
    )
    assert "Daarom" not in _joiners(found)


def test_partners_from_that_day_after_the_agreement_of_y() -> None:
    found = _read(
        "Op vrijdag 27 februari tekenden drie van onze leden de samenwerkingsovereenkomst van "
        "Digitaal Samen Salland. ByteBoer en Drukkerij De Kaap zijn vanaf die dag partner van "
        "de regionale coalitie.\n"
    )
    assert found.coalition is not None and found.coalition.value == "Digitaal Samen Salland"
    assert _joiners(found) == ["ByteBoer", "Drukkerij De Kaap"]


def test_signed_up_and_withdrew_from() -> None:
    found = _read(
        "Woonstichting Noorderkade, which manages 11,000 homes, withdrew from Digitaal Deventer "
        "Samen (DDS) on 30 September 2026.\n\nMeanwhile, the society Stichting Studenten Deventer "
        "and Software company ByteBakkers, based in Olst, have both signed up.\n"
    )
    assert found.coalition is not None and found.coalition.value == "Digitaal Deventer Samen"
    assert "ByteBakkers" in _joiners(found)
    assert "Olst" not in _joiners(found)


def test_new_partners_of_a_year_listed_below() -> None:
    found = _read(
        "Digitaal Thuis Deventer groeit.\n\nNieuwe partners in 2025 waren:\n"
        "– gemeente Olst-Wijhe (toegetreden op 3 februari 2025);\n– Zorgboerderij De Hooiberg;\n"
    )
    assert _joiners(found) == ["Gemeente Olst-Wijhe", "Zorgboerderij De Hooiberg"]


# Blind set 31 named its members in prose: "Penvoerder van de alliantie is X", "De gemeente X
# is zowel partner als financier", "Andere partners van het eerste uur zijn A en B", "brengt
# onder meer A, B en C bij elkaar", "The alliance is coordinated by X".


def test_members_named_in_prose() -> None:
    found = _read(
        _JOIN + "Penvoerder van de alliantie is Bibliotheek Veluwe-Midden. De gemeente Apeldoorn "
        "is zowel partner als financier. Andere partners van het eerste uur zijn Stichting Welzijn "
        "Apeldoorn en de Veluwse Vakschool, die de cursussen verzorgt. Het netwerk brengt onder "
        "meer Bibliotheeknetwerk Scheldeoever en Woningstichting Kanaalzone bij elkaar.\n\n"
        "The alliance is coordinated by Bibliotheek aan de Maashaven.\n"
    )
    assert _members(found) >= {
        "Bibliotheek Veluwe-Midden",
        "Gemeente Apeldoorn",
        "Stichting Welzijn Apeldoorn",
        "Veluwse Vakschool",
        "Bibliotheeknetwerk Scheldeoever",
        "Woningstichting Kanaalzone",
        "Bibliotheek aan de Maashaven",
    }


def test_pronouns_and_an_order_are_no_members() -> None:
    found = _read(
        _JOIN + "Het bureau is partner nummer 9. Neither is a partner of the coalition. Beide "
        "zijn partner.\n"
    )
    assert _members(found) == set()


def test_a_joiner_takes_the_legal_form_the_text_writes_elsewhere() -> None:
    found = _read(
        "Stichting Digital Neighbours | Almere\n\nOn 14 August, Digital Neighbours became the "
        "sixth member of the Flevoland Digital Inclusion Coalition.\n"
    )
    assert _joiners(found) == ["Stichting Digital Neighbours"]


# Blind sets 33 and 34: a quote's first word, a pair of towns, a person with a title and a
# weekday date read as coalition or members; two joiners after the plural "maken ... deel uit".


def test_no_coalition_from_a_quote_or_a_pair_of_regions() -> None:
    from kg.ingest.coalitions import plausible_coalition

    assert not plausible_coalition("'Netwerk", "'Netwerk groeit, maar mannen haken af'")
    assert not plausible_coalition("Dordrecht and Gorinchem", "")
    assert plausible_coalition("Digitaal Gezond Drechtsteden", "")


def test_a_titled_person_and_a_weekday_are_no_organisations() -> None:
    from kg.ingest.subjects import no_organisation

    assert no_organisation("Dr. Annelies Verbrugge")
    assert no_organisation("On Tuesday 21 April")
    assert not no_organisation("Merwede Medisch Centrum")


def test_two_joiners_of_the_plural_maken_deel_uit() -> None:
    found = _read(
        "Sinds zondag 1 november maken ook de Huisartsencoöperatie Salland (HZS) en Woonconcern "
        "Het Oosterveld deel uit van Digitaal Thuis Deventer.\n"
    )
    assert _joiners(found) == ["Huisartsencoöperatie Salland", "Woonconcern Het Oosterveld"]


def test_a_joiner_whose_name_lists_its_fields_is_one_joiner() -> None:
    found = _read(
        "Stichting Welzijn, Wonen en Zorg Salland sluit aan als veertiende partner van Digitaal "
        "Thuis Deventer.\n"
    )
    assert _joiners(found) == ["Stichting Welzijn, Wonen en Zorg Salland"]


def test_a_legal_form_only_for_the_whole_name() -> None:
    from kg.ingest.fuller import legal_forms

    found = legal_forms("Stichting Buurtkracht Leusden doet mee. Stichting Wij, Almere.")
    assert found["Buurtkracht Leusden"] == "Stichting Buurtkracht Leusden"
    assert "Buurtkracht" not in found  # a shorter joiner is not this foundation
    assert found["Wij"] == "Stichting Wij"
