"""Readings from the session that wrote blind53 to blind56, each in new words: a pronoun
("Beide", "'We") is never a joiner; an order written after a listed name ("X als tiende") is
not part of the name, and one written before it is left out; a partner page of name lines
with sentences below them; a person named with a member ("Wilma de Boer van Zorggroep X")
stands for the member; a firm with a comma in its name ("Brouwer, Ter Laak & Partners") is
one member, also after "en ict-dienstverlener"; "X, een IT-bedrijf" names X only; a
covenant's signatories; the minutes of a network meeting that list those present on one line;
the prose that answers "Wie doen er mee?"; organisations that sign a covenant after a colon;
"tekende en is daarmee nummer 14"; a day just before the release ("gisteren", "maandagavond")
and a dateline with a time; "per 1 januari" in a November release; places the members come
from ("organisaties uit Deventer en Raalte") are not members; an answer without names; joins
in more words: "bekrachtigden hun deelname", "Drie organisaties uit X tekenden ...: A, B",
"signed up X as the twelfth partner of Y", "hebben we als X onze handtekening gezet", "De
nieuwkomers zijn", "Today X became", "zette voorzitter P van X haar handtekening"; a
paragraph about who sits at the table names members in prose; a list past "B.V."; where a
listed member is from ("uit Goes") is not part of its name; a one-word name the text also
writes in lower case is a common noun; a page of people's profiles names no members."""

from __future__ import annotations

import pytest

from kg.ingest.ordinals import without_ordinals
from tests.reading import members, reader

_read = reader("round53")


@pytest.mark.parametrize(
    "sentence",
    [
        "Beide zetten op 3 mei hun handtekening onder het convenant.",
        "'We zijn het twaalfde lid van het netwerk,' zegt coördinator Ria Smit.",
        "“Wij sluiten ons graag aan,” zegt directeur Kees Bol.",
        "They joined the network in May.",
    ],
)
def test_a_pronoun_is_never_a_joiner(sentence: str) -> None:
    text = (
        "Twee organisaties sluiten zich aan bij Digitaal Vaardig Hoeksche Waard: Bibliotheek "
        f"Oud-Beijerland en Stichting Welzijn Binnenmaas. {sentence}\n"
    )
    joiners = {j.org.value for j in _read(text).joins}
    assert joiners == {"Bibliotheek Oud-Beijerland", "Stichting Welzijn Binnenmaas"}


def test_an_order_after_a_listed_name_is_not_part_of_the_name() -> None:
    text = (
        "Bij het Netwerk Digitaal Meedoen Oss sloten dit voorjaar twee partners aan: Zorgcentrum "
        "De Linde als achtste en Computerclub Maasland als negende partner.\n"
    )
    found = _read(text)
    named = members(found) | {j.org.value for j in found.joins}
    assert named == {"Zorgcentrum De Linde", "Computerclub Maasland"}


def test_an_order_before_a_name_is_left_out_of_it() -> None:
    assert without_ordinals("verwelkomden we als elfde partner Stichting Kwadraat") == (
        "verwelkomden we Stichting Kwadraat"
    )
    assert without_ordinals("als voorzitter Jan Bos") == "als voorzitter Jan Bos"


_PAGE = (
    "Partners\n\n"
    "Samen Digitaal Rivierenland is een netwerk van twaalf partners. Zij stellen zich voor.\n\n"
    "Zorg en welzijn\n\n"
    "Stichting Welzijn Tiel\n"
    "Ouderenadviseurs die thuis helpen met de computer.\n\n"
    "'t Hoenderhof Thuiszorg\n"
    "Wijkverpleging in Culemborg en Geldermalsen.\n\n"
    "Overheid\n\n"
    "Gemeente Tiel\n"
    "Gemeente Buren\n"
    "De twee gemeenten betalen de coördinator.\n\n"
    "TOT SLOT\n"
    "Meer weten? Mail naar info@example.org.\n"
)


def test_a_partner_page_of_name_lines_with_sentences_below_names_its_partners() -> None:
    assert members(_read(_PAGE)) == {
        "Stichting Welzijn Tiel",
        "'t Hoenderhof Thuiszorg",
        "Gemeente Tiel",
        "Gemeente Buren",
    }


def test_name_lines_with_sentences_below_are_no_partners_where_nothing_speaks_of_partners() -> None:
    text = _PAGE.replace("is een netwerk van twaalf partners. Zij stellen zich voor", "helpt")
    assert not members(_read(text))


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        (
            "De partners van Digitaal Doen Zaanstad zijn onder andere Bibliotheek Zaanstad, "
            "Stichting Welzijn Wormerland en Wilma de Boer van Zorggroep Saenwaert.",
            "Zorggroep Saenwaert",
        ),
        (
            "Our partners include the Bibliotheek Zaanstad, Stichting Welzijn Wormerland and Piet "
            "Jansen of Stichting Buurtkracht Zaandam.",
            "Stichting Buurtkracht Zaandam",
        ),
    ],
)
def test_a_person_named_with_a_member_stands_for_the_member(sentence: str, member: str) -> None:
    found = members(_read(sentence + "\n"))
    assert member in found
    assert not {name for name in found if " van " in name or " of " in name}


def test_a_person_who_speaks_of_a_new_partner_is_no_joiner() -> None:
    text = (
        "Zwemclub De Zaan is deze maand de achtste partner geworden van Digitaal Doen Zaanstad. "
        "Marieke Vos van Bibliotheek Zaanstad is blij met de nieuwe partner.\n"
    )
    assert [j.org.value for j in _read(text).joins] == ["Zwemclub De Zaan"]


@pytest.mark.parametrize(
    "firm",
    ["Brouwer, Ter Laak & Partners", "Van den Berg, Smit en Co.", "Mulder, De Wit & Zonen B.V."],
)
def test_a_firm_with_a_comma_in_its_name_is_one_member(firm: str) -> None:
    text = (
        "Het Netwerk Digitaal Meedoen Oss bestaat uit Bibliotheek Oss, Stichting Welzijn "
        f"Maasland en ict-dienstverlener {firm} uit Oss.\n"
    )
    assert members(_read(text)) == {"Bibliotheek Oss", "Stichting Welzijn Maasland", firm}


def test_what_a_listed_name_is_after_a_comma_is_not_a_name() -> None:
    text = (
        "Aan het Netwerk Digitaal Meedoen Oss doen ook mee: Bakkerij De Korenbloem, "
        "Drukkerij Maas & Zn. en PixelWerk, een IT-bedrijf uit Berghem.\n"
    )
    assert "IT-bedrijf" not in members(_read(text))


def test_the_signatories_of_a_covenant_are_its_members() -> None:
    text = (
        "SAMENWERKINGSOVEREENKOMST DIGITAAL DOEN DE LIEMERS\n\n"
        "De ondergetekenden:\n\n"
        "1. Gemeente Zevenaar;\n"
        "2. Gemeente Duiven;\n"
        "3. Stichting Welzijn Liemers en Rijn;\n"
        "4. Bakker, Hendriks & Zonen B.V.;\n\n"
        "komen het volgende overeen:\n"
    )
    assert members(_read(text)) == {
        "Gemeente Zevenaar",
        "Gemeente Duiven",
        "Stichting Welzijn Liemers en Rijn",
        "Bakker, Hendriks & Zonen B.V.",
    }


def test_the_minutes_of_a_network_meeting_name_who_was_there_but_not_its_guests() -> None:
    text = (
        "Verslag netwerkoverleg Samen Digitaal Berkelland, 3 maart 2027\n\n"
        "Aanwezig: Ilse Wolters (Bibliotheek Eibergen), Henk Pasman en Ria Kok (gemeente "
        "Berkelland, afdeling Sociaal Domein), Jos Bulten (Stichting Welzijn Neede)\n"
        "Gasten: Anne Mol (Fonds Achterhoek)\n"
        "Afwezig met bericht: Tim Ros (Computerclub Borculo)\n\n"
        "1. Opening\nIlse opent de vergadering.\n"
    )
    assert members(_read(text)) == {
        "Bibliotheek Eibergen",
        "Gemeente Berkelland",
        "Stichting Welzijn Neede",
        "Computerclub Borculo",
    }


def test_the_prose_that_answers_who_takes_part_names_members() -> None:
    text = (
        "Wie doen er mee aan Digitaal Dichtbij Hardenberg?\n\n"
        "Een bonte club. Gemeente Hardenberg en Bibliotheek Vechtdal begonnen in 2024, samen "
        "met Stichting Welzijn Ommen. Zorggroep De Vecht leidt de vrijwilligers op, en "
        "Computerclub Gramsbergen repareert laptops. Het Fonds Vechtdal betaalt de koffie.\n\n"
        "Wat doet de coalitie?\n\nZe helpt inwoners van Hardenberg en Ommen.\n"
    )
    assert members(_read(text)) == {
        "Gemeente Hardenberg",
        "Bibliotheek Vechtdal",
        "Stichting Welzijn Ommen",
        "Zorggroep De Vecht",
        "Computerclub Gramsbergen",
    }


def test_a_name_whose_end_the_prose_leaves_open_is_not_guessed() -> None:
    text = (
        "Who else is in?\n\n"
        "Gemeente Hattem pays for it. Stichting Welzijn en Zorg Hattem at the help desks.\n"
    )
    assert members(_read(text)) == {"Gemeente Hattem"}  # no verb after it tells (rounds61)


def test_organisations_that_sign_the_covenant_after_a_colon_join_each_as_written() -> None:
    text = (
        "Tiel, 12 maart 2027 – Op de voorjaarsbijeenkomst tekenden drie organisaties het "
        "samenwerkingsconvenant van Samen Digitaal Rivierenland: Stichting Welzijn Tiel, "
        "Repaircafé De Schroef uit Buren en webbureau Klaassen, Ter Horst & Partners uit Tiel.\n"
    )
    found = _read(text)
    assert [j.org.value for j in found.joins] == [
        "Stichting Welzijn Tiel",
        "Repaircafé De Schroef",
        "Klaassen, Ter Horst & Partners",
    ]


def test_a_signing_that_makes_a_member_number_fourteen() -> None:
    text = (
        "Oss, dinsdag 9 maart 2027 – Het Netwerk Digitaal Meedoen Oss heeft er een partner "
        "bij. Fietsenmaker Van Grinsven uit Berghem tekende gisteravond en is daarmee nummer 14.\n"
    )
    (join,) = _read(text).joins
    assert join.org.value == "Fietsenmaker Van Grinsven"
    assert join.order is not None and join.order.value == "14"
    assert join.date is not None and join.date.iso == "2027-03-08"


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("gisteren", "2027-03-16"),
        ("eergisteren", "2027-03-15"),
        ("maandagavond", "2027-03-15"),
        ("afgelopen woensdag", "2027-03-10"),
        ("woensdag", "2027-03-17"),
    ],
)
def test_a_day_just_before_the_release_is_counted_back_from_its_date(words: str, day: str) -> None:
    text = (
        "Bladel, woensdag 17 maart 2027, 10.15 uur – Computerwinkel De Kempen sloot zich "
        f"{words} aan bij het Kempisch Digitaal Netwerk.\n"
    )
    (join,) = _read(text).joins
    assert join.date is not None and join.date.iso == day


def test_a_weekday_to_come_dates_nothing() -> None:
    text = (
        "Bladel, woensdag 17 maart 2027 – Computerwinkel De Kempen sluit zich aan bij het "
        "Kempisch Digitaal Netwerk. Komende maandag is de eerste inloop.\n"
    )
    (join,) = _read(text).joins
    assert join.date is None or join.date.iso == "2027-03-17"


def test_a_leave_per_january_in_a_november_release_is_the_next_january() -> None:
    text = (
        "Eersel, 18 november 2026 – Woonstichting De Akkers stapt per 1 januari uit het "
        "Kempisch Digitaal Netwerk.\n"
    )
    (leave,) = _read(text).leaves
    assert leave.date is not None and leave.date.iso == "2027-01-01"


def test_places_that_members_come_from_are_not_members() -> None:
    text = (
        "Sinds dit jaar schoven steeds meer organisaties uit Deventer en Raalte aan bij Digitaal "
        "Sterk Salland. Verder doen buurtverenigingen uit onder meer Wesepe, Heeten en Lettele "
        "mee.\n"
    )
    found = _read(text)
    assert not {j.org.value for j in found.joins} & {"Deventer", "Raalte"}
    assert not members(found) & {"Wesepe", "Heeten", "Lettele"}


def test_an_answer_without_names_is_no_list_but_its_prose_may_name_members() -> None:
    text = (
        "Who else is in?\n\n"
        "Quite a crowd, honestly. Gemeente Raalte runs the desk, and Stichting Welzijn Raalte "
        "brings the volunteers.\n"
    )
    assert members(_read(text)) == {"Gemeente Raalte", "Stichting Welzijn Raalte"}


@pytest.mark.parametrize(
    ("text", "joiners"),
    [
        (
            "Stichting Welzijn Borger, Zorggroep De Hondsrug en het Emmense bedrijf Veenkoloniaal "
            "Mobiel bekrachtigden op 3 juni hun deelname aan het Drents Digitaal Netwerk.",
            ["Stichting Welzijn Borger", "Zorggroep De Hondsrug", "Veenkoloniaal Mobiel"],
        ),
        (
            "Drie organisaties uit de Bommelerwaard tekenden vandaag de overeenkomst van Samen "
            "Digitaal Rivierenland: de gemeente Zaltbommel, Bibliotheek Bommelerwaard en "
            "Zorggroep Maas en Waal.",
            ["Gemeente Zaltbommel", "Bibliotheek Bommelerwaard", "Zorggroep Maas en Waal"],
        ),
        (
            "Last week our chair Anna Vos signed up Bakkerij Brood & Co as the twelfth partner of "
            "Samen Digitaal Rivierenland.",
            ["Bakkerij Brood & Co"],
        ),
        (
            "Vandaag hebben we als Kinderopvang Het Speelhuis onze handtekening gezet: we zijn de "
            "zesde partner van Samen Digitaal Rivierenland.",
            ["Kinderopvang Het Speelhuis"],
        ),
        (
            "Samen Digitaal Rivierenland groeit. De nieuwkomers zijn Bibliotheek Culemborg, "
            "thuiszorgorganisatie Thuis aan de Lek en Fietsenmaker Van Dijk & Zonen uit Buren.",
            ["Bibliotheek Culemborg", "Thuis aan de Lek", "Fietsenmaker Van Dijk & Zonen"],
        ),
        (
            "Today Stichting Thuis in Culemborg officially became the seventh partner of Samen "
            "Digitaal Rivierenland!",
            ["Stichting Thuis in Culemborg"],
        ),
        (
            "Met die woorden zette voorzitter Gert Mol van Seniorenbond Tiel en Omstreken haar "
            "handtekening onder de overeenkomst van Samen Digitaal Rivierenland.",
            ["Seniorenbond Tiel en Omstreken"],
        ),
    ],
)
def test_joins_in_more_words(text: str, joiners: list[str]) -> None:
    found = _read(text + "\n")
    assert [j.org.value for j in found.joins] == joiners


def test_a_paragraph_about_who_sits_at_the_table_names_members_in_prose() -> None:
    text = (
        "What struck me at my first meeting was how varied the table is. Gemeente Houten chairs "
        "the alliance, and Bibliotheek Lek en IJssel has been on board since the first year. "
        "Directeur Ria van Dam van Stichting Welzijn Houten asked the first question. Gemeente "
        "Nieuwegein is expected to join next year.\n"
    )
    assert members(_read(text)) == {
        "Gemeente Houten",
        "Bibliotheek Lek en IJssel",  # "has been": one library (rounds61)
        "Stichting Welzijn Houten",
    }


def test_a_join_list_reads_past_the_periods_of_a_legal_form() -> None:
    text = (
        "Het Netwerk Digitaal Meedoen Noord-Drenthe is uitgebreid met twee partners: Zorggroep "
        "Hunzedal en installatiebedrijf Bosman & Hoving B.V. uit Eelde.\n"
    )
    assert [j.org.value for j in _read(text).joins] == [
        "Zorggroep Hunzedal",
        "Bosman & Hoving B.V.",
    ]


def test_where_a_listed_member_is_from_is_not_part_of_its_name() -> None:
    text = (
        "Aan Digitaal Sterk Bevelanden doen onder meer mee: Huurdersvereniging 't Zand uit "
        "'s-Heerenhoek, Hockeyclub De Blauwe Kolf uit Goes en Stichting Thuis in Kapelle.\n"
    )
    assert members(_read(text)) == {
        "Huurdersvereniging 't Zand",
        "Hockeyclub De Blauwe Kolf",
        "Stichting Thuis in Kapelle",
    }


def test_a_word_the_text_also_writes_in_lower_case_is_no_member() -> None:
    text = (
        "Samen Digitaal Heerlen telt nu twaalf partners, onder wie Kermis, Bibliotheek Heerlen "
        "en Stichting Welzijn Heerlen. Op de kermis van Heerlen stond een digitaal spreekuur.\n"
    )
    assert members(_read(text)) == {"Bibliotheek Heerlen", "Stichting Welzijn Heerlen"}


def test_a_join_as_number_fourteen_has_that_order() -> None:
    text = "GlasNet Peel B.V. is vandaag als nummer 14 toegetreden tot Digitaal Sterk Peelland.\n"
    (join,) = _read(text).joins
    assert join.order is not None and join.order.value == "14"


def test_a_page_of_people_under_a_paragraph_about_partners_names_no_members() -> None:
    text = _PAGE.replace(
        "Stichting Welzijn Tiel\nOuderenadviseurs die thuis helpen met de computer.",
        "Marieke de Vries\nDirecteur van Stichting Welzijn Tiel.",
    ).replace(
        "'t Hoenderhof Thuiszorg\nWijkverpleging in Culemborg en Geldermalsen.",
        "Jan Pieters\nVoorzitter van de bewonersraad.",
    )
    assert not {"Marieke de Vries", "Jan Pieters"} & members(_read(text))
