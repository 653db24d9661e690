"""Partners named in ways the blind sets 15 and 16 (a speech, a vacancy, a column, a newsletter)
showed the reader missing: a plural kind before places, lists after "Aan tafel zitten:",
"doen er acht mee:", "naast", "Dat waren", and members told as history. Each form is tested on
text of its own."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Extraction, Lexicon, extract_text
from kg.ingest.gazetteer import each_place
from tests.reading import members, reader

_OPENING = (
    "Lochem, 4 maart 2026 – De coalitie Digitaal Doen Lochem wil in 2029 iedereen bereiken.\n\n"
)


_read_text = reader("lists")
_members = members


def _read(text: str) -> Extraction:
    return _read_text(_OPENING + text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("de gemeenten Lochem en Zutphen", "Gemeente Lochem en Gemeente Zutphen"),
        (
            "de gemeenten Lochem, Zutphen en Berkelland, Bibliotheek Lochem",
            "Gemeente Lochem, Gemeente Zutphen en Gemeente Berkelland, Bibliotheek Lochem",
        ),
        (
            "the municipalities of Lochem and Zutphen",
            "Municipality of Lochem and Municipality of Zutphen",
        ),
        ("de gemeenten in de Achterhoek", "de gemeenten in de Achterhoek"),  # no place follows
    ],
)
def test_a_plural_kind_names_each_place(text: str, written: str) -> None:
    assert each_place(text) == written


def test_the_municipalities_of_a_list_are_members_one_by_one() -> None:
    found = _read(
        "De coalitie werd opgericht door Bibliotheek Lochem en de gemeenten Lochem en Zutphen."
    )
    assert _members(found) == {"Bibliotheek Lochem", "Gemeente Lochem", "Gemeente Zutphen"}


@pytest.mark.parametrize(
    "introduction",
    [
        "Aan tafel zitten:",
        "Op dit moment doen er vier mee:",
        "De coördinator dreunde het rijtje op:",
    ],
)
def test_a_list_after_other_introductions(introduction: str) -> None:
    found = _read(
        f"{introduction}\n• Bibliotheek Lochem\n• gemeente Zutphen\n• Stichting Welzijn Lochem\n"
        "• Woonstichting Berkelzicht\n\nWil je meer weten? Bel ons."
    )
    assert _members(found) == {
        "Bibliotheek Lochem",
        "Gemeente Zutphen",
        "Stichting Welzijn Lochem",
        "Woonstichting Berkelzicht",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Het taalhuis sluit aan naast Bibliotheek Lochem, Stichting Welzijn Lochem en "
        "Woonstichting Berkelzicht.",
        "Vier jaar geleden begonnen we met drie organisaties. Dat waren Bibliotheek Lochem, "
        "Stichting Welzijn Lochem en Woonstichting Berkelzicht.",
        "In de jaren daarna schoven onder meer Bibliotheek Lochem, Stichting Welzijn Lochem en "
        "Woonstichting Berkelzicht aan.",
    ],
)
def test_members_in_running_prose(sentence: str) -> None:
    found = _read(sentence)
    assert {"Bibliotheek Lochem", "Stichting Welzijn Lochem", "Woonstichting Berkelzicht"} <= (
        _members(found)
    )
    assert [j.org.value for j in found.joins] == []  # told as history: members, not joiners


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("In total the alliance now has twelve local partners.", 12),
        ("At the time of writing the coalition comprised twelve partners.", 12),
        ("Op dit moment doen er twaalf mee.", 12),
        ("Met onze school erbij zijn er nu twaalf partners.", 12),
        ("Twaalf in totaal.", 12),
        ("The new member brings the network to twelve partners.", 12),
        ("De coalitie groeit naar twaalf partners.", 12),
        ("Het is de coalitie die er samen met ons nu 12 organisaties telt.", 12),
        ("'Daarmee zijn we met z'n tienen,' zei de coördinator.", 10),
        ("Full list of partners (12): 1. Bibliotheek Lochem", 12),
        ("The pact met in Lochem, bringing the total number of members to twelve.", 12),
        ("Het zijn er twaalf.", 12),
        ("At the time of the decision the coalition consists of twelve partners.", 12),
        ("With the library on board, 12 organisations are now part of the network.", 12),
        ("Met twaalf partners komt dat doel een flinke stap dichterbij.", 12),
        ("Daarmee werken nu twaalf organisaties samen.", 12),
        ("Inmiddels doen er twaalf organisaties mee!", 12),
    ],
)
def test_a_stated_total_in_other_words(sentence: str, count: int) -> None:
    found = _read(sentence)
    assert found.stated_total is not None and int(found.stated_total.value) == count


@pytest.mark.parametrize(
    ("text", "coalition"),
    [
        (
            "Lochem, 4 maart 2026 – Het gaat hard. Wat willen we? Dat iedereen meedoet.\n\n"
            "Coalitie Digitaal Doen Lochem telt nu negen partners.",
            "Coalitie Digitaal Doen Lochem",
        ),
        (
            "Agenda > Ondertekening Pact Digitaal Lochem\n\nOp 3 maart tekenen tien partners het "
            "Pact Digitaal Lochem.",
            "Pact Digitaal Lochem",
        ),
        (
            "On 26 November 2026, chair Jeroen Willems welcomed Stichting De Brug as the "
            "fifteenth member of the Lochem Digital Alliance. Jeroen Willems wants more.",
            "Lochem Digital Alliance",
        ),
        (
            "LOCHEM – Lochem Klikt, het samenwerkingsverband dat Lochemers wegwijs maakt, groeit. "
            "Stichting De Linde sluit aan.",
            "Lochem Klikt",
        ),
        (
            "Misschien kent u het nog als het Digi-Taalhuis Berkel. Sinds 1 juli heet het "
            "samenwerkingsverband waarin wij werken: Berkel Digitaal. Stichting X sluit aan.",
            "Berkel Digitaal",
        ),
        (
            "Vandaag mochten we bij Meer Digitaal Lochem drie nieuwe partners verwelkomen. Welkom "
            "aan Stichting De Linde, Bibliotheek Lochem en Taalhuis Zutphen!",
            "Meer Digitaal Lochem",
        ),
        (
            "De samenwerking ging in 2023 van start als Lochems Pact Digitaal. Op 15 januari 2026 "
            "kreeg zij de naam Lochem Digitaal Vaardig. Stichting De Linde sluit aan.",
            "Lochem Digitaal Vaardig",
        ),
    ],
)
def test_the_coalition_is_never_a_pronoun_a_heading_or_a_person(text: str, coalition: str) -> None:
    found = extract_text(text, "coalition", Lexicon.builtin())
    assert found.coalition is not None and found.coalition.written == coalition


def test_the_answer_to_who_takes_part_is_a_list() -> None:
    found = extract_text(
        "RADIO LOCHEM – TRANSCRIPTIE\nOnderwerp: coalitie Digitaal Doen Lochem\n\n"
        "PRESENTATOR: Wie zitten er nog meer in?\n\nGAST: Nou, de Bibliotheek Lochem natuurlijk, "
        "de gemeente Lochem, Stichting Welzijn Lochem, de Computerclub Barchem met al hun "
        "vrijwilligers...\n\nPRESENTATOR: Dank je wel.",
        "answer",
        Lexicon.builtin(),
    )
    assert found.coalition is not None and found.coalition.written == "Digitaal Doen Lochem"
    assert _members(found) == {
        "Bibliotheek Lochem",
        "Gemeente Lochem",
        "Stichting Welzijn Lochem",
        "Computerclub Barchem",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Beste lezer, in deze nieuwsbrief: nieuws uit onze coalitie Digitaal Doen Lochem.",
        "Aan tafel zit Anna de Vries, coördinator van Digitaal Doen Lochem.",
    ],
)
def test_the_coalition_named_after_our_or_a_coordinator(text: str) -> None:
    found = extract_text(
        text + " Sinds 1 maart 2026 sluit Stichting De Linde aan.", "ours", Lexicon.builtin()
    )
    assert found.coalition is not None and found.coalition.written == "Digitaal Doen Lochem"


@pytest.mark.parametrize(
    "text",
    [
        "WIE DOEN ER MEE?\n\nDe bibliotheek en de gemeente.",
        "Nr | Partner | Type | Sinds\n1 | Bibliotheek Lochem | bibliotheek | 2023",
        "Partners: Bibliotheek Lochem, Seniorenvereniging Barchem en Omstreken en Stichting "
        "Welzijn Lochem.",
    ],
)
def test_no_heading_word_is_a_member(text: str) -> None:
    members = {m.lower() for m in _members(_read(text))}
    assert not members & {"er", "nr", "omstreken", "partner"}


def test_the_founders_told_after_a_count_and_a_numbered_table() -> None:
    found = _read(
        "De coalitie werd in 2024 door zeven organisaties opgericht. Die drie zijn de gemeente "
        "Zutphen, Bibliotheek Lochem en Stichting Welzijn Lochem.\n\n"
        "Tabel 1 Partners\n\n Nr | Partner | Sinds\n ---|---|---\n  1 | Woonstichting Berkelzicht "
        "| 2022\n  2 | Thuiszorg De Linde | 2023\n"
    )
    assert {
        "Gemeente Zutphen",
        "Bibliotheek Lochem",
        "Stichting Welzijn Lochem",
        "Woonstichting Berkelzicht",
        "Thuiszorg De Linde",
    } <= _members(found)


def test_a_table_cell_with_commas_and_a_described_line_are_one_name_each() -> None:
    found = _read(
        "Partners:\n\n Nr | Partner | Sinds\n  1 | Stichting Welzijn, Wonen en Zorg Lochem | 2022\n"
        "  2 | Bibliotheek Lochem | 2023\n\nDe nieuwe partners:\n• Pixelpoort, een webbureau uit "
        "Barchem\n• CodeKracht Lochem – a social enterprise\n\nDe coalitie groeit."
    )
    assert {"Stichting Welzijn, Wonen en Zorg Lochem", "Bibliotheek Lochem"} <= _members(found)
    assert not {"Stichting Welzijn", "Wonen", "Pixelpoort, een webbureau uit Barchem"} & (
        _members(found)
    )


def test_a_speaker_and_a_station_are_no_members() -> None:
    found = _read(
        '"Tot vandaag heetten we Lochem Digitaal," opende dagvoorzitter Jan de Wit, '
        "oud-presentator bij Radio Berkel, Omroep Lochem en Studio Zutphen."
    )
    assert not {"Jan de Wit", "Radio Berkel", "Omroep Lochem"} & _members(found)
    assert {f.value for f in found.former_names} == {"Lochem Digitaal"}


def test_a_table_of_partners_after_a_question_heading() -> None:
    found = _read(
        "Wie waren erbij?\nStand per 31 december 2025: 3 partners.\n\n"
        "| Partner | Soort | Partner sinds |\n|---|---|---|\n"
        "| gemeente Zutphen | gemeente | 2021 |\n| Bibliotheek Lochem | bibliotheek | 2021 |\n"
        "| Stichting Welzijn Lochem | welzijn | 2022 |\n"
    )
    assert {"Gemeente Zutphen", "Bibliotheek Lochem", "Stichting Welzijn Lochem"} <= _members(found)


@pytest.mark.parametrize(
    ("short", "text", "full"),
    [
        (
            "DigiLochem",
            "DigiLochem Berkelland\n\nDigiLochem telt nu negen partners.",
            "DigiLochem Berkelland",
        ),
        (
            "Digitaal Sterk",
            "X versterkt Digitaal Sterk\n\nDe coalitie Digitaal Sterk Lochem e.o. telt elf "
            "partners.",
            "Digitaal Sterk Lochem e.o.",
        ),
        (
            "DigiWiis",
            "Het Netwerk DigiWiis Lochem groeit. In 2027 wil DigiWiis meer.",
            "Netwerk DigiWiis Lochem",
        ),
        (
            "Digitaal Doen Lochem",
            "Digitaal Doen Lochem\nStichting X sluit aan.",
            "Digitaal Doen Lochem",
        ),
        (
            "Alliantie Lochem",
            "De Alliantie Lochem en Zutphen groeit. Alliantie Lochem telt negen partners.",
            "Alliantie Lochem en Zutphen",
        ),
        (
            "Netwerk DigiVaardig",
            "Het Netwerk DigiVaardig Holland Rijnland groeit. Netwerk DigiVaardig telt negen.",
            "Netwerk DigiVaardig Holland Rijnland",
        ),
        (
            "Digitaal Sterk",
            "Over Digitaal Sterk Lochem e.o. Het netwerk helpt.",
            "Digitaal Sterk Lochem e.o.",
        ),
    ],
)
def test_the_coalition_by_its_fullest_name(short: str, text: str, full: str) -> None:
    from kg.ingest.coalitions import fullest

    assert fullest(short, text) == full


def test_a_coalition_said_to_be_one_and_a_whos_who_list() -> None:
    found = extract_text(
        "THE NEIGHBOUR – 1 December 2026\n\nWhere to go for help? Lochem Digital at Home.\n\n"
        "Lochem Digital is a coalition of local organisations that helps residents.\n\n"
        "WHO'S WHO IN LOCHEM DIGITAL\n- Gemeente Lochem\n- Bibliotheek Lochem\n"
        "- Stichting Welzijn Lochem\n\nSee you soon!",
        "whoswho",
        Lexicon.builtin(),
    )
    assert found.coalition is not None and found.coalition.written == "Lochem Digital"
    assert {"Gemeente Lochem", "Bibliotheek Lochem", "Stichting Welzijn Lochem"} <= _members(found)


def test_a_partnership_of_its_members() -> None:
    found = _read(
        "Digitaal Doen Lochem is een samenwerkingsverband van Bibliotheek Lochem, gemeente "
        "Zutphen, Stichting Welzijn Lochem en Woonstichting Berkelzicht."
    )
    assert {
        "Bibliotheek Lochem",
        "Gemeente Zutphen",
        "Stichting Welzijn Lochem",
        "Woonstichting Berkelzicht",
    } <= _members(found)


def test_a_table_of_columns_cut_by_spaces() -> None:
    found = _read(
        "2.2 Partners op een rij\n\nBij het vaststellen van dit verslag telt de coalitie 3 "
        "partners.\n\nPartner                          Soort          Sinds\n"
        "Bibliotheek aan de Berkel        bibliotheek    2021\n"
        "Gemeente Zutphen                 gemeente       2021\n"
        "Stichting Welzijn, Wonen en Zorg Lochem   welzijn   2025\n\nWie ons verder steunen"
    )
    assert {
        "Bibliotheek aan de Berkel",
        "Gemeente Zutphen",
        "Stichting Welzijn, Wonen en Zorg Lochem",
    } <= _members(found)


def test_the_members_after_naast_ons_zijn_dat() -> None:
    found = _read(
        "Het netwerk bestaat nu uit vier partners. Naast ons zijn dat:\n\n- Bieb aan de Berkel\n"
        "- gemeente Zutphen\n- Woongoed Lochem\n\nHet doel is duidelijk."
    )
    assert {"Bieb aan de Berkel", "Gemeente Zutphen", "Woongoed Lochem"} <= _members(found)


def test_a_clause_is_no_coalition() -> None:
    from kg.ingest.coalitions import plausible_coalition

    assert not plausible_coalition("When I", "When I joined the network, we were eight.")


@pytest.mark.parametrize(
    "listing",
    [
        "Partners zijn Bibliotheek Lochem, Stichting Welzijn, Wonen en Zorg Lochem, Woongoed "
        "Berkel en Taalhuis Zutphen.",
        "De coalitie bestaat uit Stichting Welzijn, Wonen en Zorg Lochem, Bibliotheek Lochem, "
        "Woongoed Berkel en Taalhuis Zutphen.",
    ],
)
def test_a_name_with_a_comma_inside_a_list(listing: str) -> None:
    members = _members(_read(listing))
    assert "Stichting Welzijn, Wonen en Zorg Lochem" in members
    assert "Stichting Welzijn" not in members


@pytest.mark.parametrize(
    "text",
    [
        "With that, the coalition again counts three partners: Gemeente Lochem, Gemeente Zutphen, "
        "Bibliotheek Lochem.",
        "Stichting X became the tenth partner, followed by care provider Zorggroep Berkel, the "
        "coalition's eleventh partner.",
    ],
)
def test_a_list_or_a_partner_is_no_coalition(text: str) -> None:
    found = extract_text(text, "coalition", Lexicon.builtin())
    assert found.coalition is None or "," not in found.coalition.written
    assert found.coalition is None or found.coalition.written != "Zorggroep Berkel"
