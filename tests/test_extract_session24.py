"""Readings added in the twenty-fourth session on issue 16: a join told by a moment and the
partnership whatever its verb (`kg.ingest.partnered`), and lists cut by middle dots in a
sentence, lists the text's count vouches for (`kg.ingest.countlists`), the coalition of the
field, the publisher's claimed place and labelled dates; and the reviews' misreadings of them.
Each test states a kind of sentence in words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.partnered import now_partners
from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_HEAD = (
    "Meppel, 3 november 2026\n\n"
    "Nieuws van Samen Online Reestdal\n\n"
    "Samen Online Reestdal is de coalitie die inwoners van Meppel en De Wolden helpt om "
    "digitaal mee te doen.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "joiner"),
    [
        ("Sinds dinsdag fietst ook Stichting Fietsmaatjes Meppel als partner mee.", None),
        (
            "Vanaf vandaag hoort Bibliotheek De Reestbrug bij de partners van Samen Online "
            "Reestdal.",
            None,
        ),
        ("Stichting Thuishulp Reestdal schuift vandaag aan bij Samen Online Reestdal.", None),
        ("Per 1 november is ook Woonstichting Het Reestland partner.", None),
        ("Computerclub De Muis doet nu ook mee met de coalitie.", None),
        (
            "Sinds afgelopen vrijdag speelt Muziekschool Reestklank als elfde partner mee in "
            "Samen Online Reestdal.",
            11,
        ),
    ],
)
def test_a_join_in_any_verb_is_read_by_its_moment_and_partnership(
    sentence: str, joiner: int | None
) -> None:
    _, joiners = _read(_HEAD + sentence + "\n")
    assert len(joiners) == 1
    assert list(joiners.values()) == [joiner]


def test_several_joiners_of_a_plural_verb_are_each_a_joiner() -> None:
    _, joiners = _read(
        _HEAD + "Sinds maandag roeren Zorgboerderij De Horst en Maaltijdservice Het Kookpunt "
        "als partners mee in Samen Online Reestdal.\n"
    )
    assert set(joiners) == {"Zorgboerderij De Horst", "Maaltijdservice Het Kookpunt"}


def test_one_name_with_its_own_and_stays_one_under_a_singular_verb() -> None:
    _, joiners = _read(_HEAD + "Sinds 1 november is ook Stichting Taal en Toekomst partner.\n")
    assert set(joiners) == {"Stichting Taal en Toekomst"}


def test_english_since_a_date_with_a_list_of_firms_gives_each_firm() -> None:
    text = (
        "Zwolle, 2 December 2026\n\nNews from the Digital Skills Pact Zwolle\n\n"
        "Since 1 December, printing firm Drukkerij Van Dalen B.V., bakery chain Bakkerij Bos "
        "and cleaning company Schoon & Snel have been partners in the pact.\n"
    )
    _, joiners = _read(text)
    assert set(joiners) == {"Drukkerij Van Dalen B.V.", "Bakkerij Bos", "Schoon & Snel"}


def test_a_named_ordinal_partner_after_a_colon_is_that_joiner() -> None:
    text = (
        "Hengelo, 2 December 2026\n\nNews from the Digital Alliance Hengelo\n\n"
        "On Monday the alliance welcomed its twelfth partner: Stichting Buurtbus Hengelo, the "
        "volunteer bus service.\n"
    )
    _, joiners = _read(text)
    assert joiners == {"Stichting Buurtbus Hengelo": 12}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds maandag is Stichting Thuishulp Reestdal niet langer partner.",
        "Per 1 januari wil Woonstichting Het Reestland ook partner worden.",
        "Per 1 november heeft Computerclub De Muis afscheid genomen als partner.",
        "Bibliotheek De Reestbrug geeft vandaag een cursus bij Samen Online Reestdal.",
        "Samen Online Reestdal, het netwerk van Meppel en De Wolden, krijgt er vandaag twee "
        "partners bij.",
        "Partners van Samen Online Reestdal per 1 november 2026:",
        "• Janneke Smit – medeoprichter van Stichting Fietsmaatjes, sinds oktober partner van "
        "de coalitie",
    ],
)
def test_no_join_is_read_from_another_body_a_plan_a_leave_or_a_heading(sentence: str) -> None:
    _, joiners = _read(_HEAD + sentence + "\n")
    assert joiners == {}


def test_a_partnership_of_another_body_is_no_join_of_the_coalition() -> None:
    sentence = "Vanaf vandaag is Bibliotheek De Reestbrug ook partner van het Taalakkoord Drenthe."
    assert now_partners(sentence, "Samen Online Reestdal") == []
    assert now_partners(sentence.replace("het Taalakkoord Drenthe", "de coalitie"), "Y") == [
        "Bibliotheek De Reestbrug"
    ]


def test_the_clause_after_a_colon_may_point_back_to_the_subject() -> None:
    sentence = (
        "Stichting Buurtzorg Reestdal heeft vandaag in het gemeentehuis van Meppel getekend: "
        "de stichting hoort vanaf nu bij de partners van Samen Online Reestdal."
    )
    assert now_partners(sentence, "Samen Online Reestdal") == ["Stichting Buurtzorg Reestdal"]


def test_a_plan_in_an_apposition_is_not_the_subjects() -> None:
    sentence = (
        "Stichting Buurtzorg Reestdal doet vanaf vandaag mee in Samen Online Reestdal, de coalitie "
        "die in 2030 iedereen digitaal wil laten meedoen."
    )
    assert now_partners(sentence, "Samen Online Reestdal") == ["Stichting Buurtzorg Reestdal"]


def test_names_cut_by_middle_dots_in_a_sentence_are_each_a_member() -> None:
    text = _HEAD + (
        "Vandaag sluit Stichting Fietsmaatjes Meppel zich aan bij Samen Online Reestdal.\n\n"
        "Over Samen Online Reestdal\n"
        "Partners (4): Bibliotheek De Reestbrug · Woonstichting Het Reestland · Computerclub "
        "De Muis · Stichting Fietsmaatjes Meppel\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek De Reestbrug", "Woonstichting Het Reestland"} <= members
    assert not any("·" in name for name in members)


def test_a_headed_name_outside_the_field_does_not_outrank_the_fields_coalition() -> None:
    text = (
        "Nieuwsbrief van Stichting Mantelzorg Reestdal, november 2026\n\n"
        "Onze stichting zet haar handtekening onder Digitaal Samen Reestdal.\n\n"
        "We brengen veel ervaring mee uit het Netwerk Valpreventie Reestdal, waarin we al "
        "jaren actief zijn. Het Netwerk Valpreventie Reestdal blijft ook bestaan.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert result.coalition is not None
    assert result.coalition.value == "Digitaal Samen Reestdal"


def test_a_venue_after_in_is_no_part_of_a_themed_name() -> None:
    text = (
        "Nieuwsbrief van de bibliotheek, november 2026\n\n"
        "Het Digicafé in Wijkcentrum De Kroonsteen in Venlo-Oost is elke dinsdag open. "
        "Het Digicafé in Wijkcentrum De Kroonsteen in Venlo-Oost wordt druk bezocht.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert result.coalition is None or "Wijkcentrum" not in result.coalition.value


_PHOTO = (
    "Clubblad van Schaakclub De Toren, december 2026\n\n"
    "Sinds deze maand doet Schaakclub De Toren mee in Samen Online Reestdal, en daarmee telt "
    "het netwerk nu vijf organisaties.\n\n"
    "Wie staan er verder op de foto? Van links naar rechts:\n"
    "– Bibliotheek De Reestbrug\n"
    "– Woonstichting Het Reestland\n"
    "– Stichting Welzijn Meppel\n"
    "– Computerclub De Muis\n"
)


def test_a_list_as_long_as_the_stated_count_is_the_partners_whatever_its_introduction() -> None:
    members, _ = _read(_PHOTO)
    assert {
        "Bibliotheek De Reestbrug",
        "Woonstichting Het Reestland",
        "Stichting Welzijn Meppel",
        "Computerclub De Muis",
    } <= members


def test_a_list_of_another_length_than_the_count_is_not_vouched_for() -> None:
    members, _ = _read(_PHOTO.replace("vijf organisaties", "negen organisaties"))
    assert "Woonstichting Het Reestland" not in members


def test_a_list_whose_introduction_counts_it_is_vouched_for() -> None:
    text = (
        "UX Reestdal blog, 2 December 2026\n\n"
        "Last week we became partner number five of Samen Online Reestdal.\n\n"
        "Until then it was four organisations, none of them designers:\n"
        "- the library Bibliotheek De Reestbrug\n"
        "- Woonstichting Het Reestland\n"
        "- Stichting Welzijn Meppel\n"
        "- Computerclub De Muis\n"
    )
    members, _ = _read(text)
    assert {"Woonstichting Het Reestland", "Computerclub De Muis"} <= members


def test_a_list_of_persons_as_long_as_the_count_is_no_list_of_partners() -> None:
    text = _PHOTO.replace("Van links naar rechts:", "Op de foto, van links naar rechts:")
    for org, person in [
        ("Bibliotheek De Reestbrug", "Anna de Vries"),
        ("Woonstichting Het Reestland", "Piet Jansen"),
        ("Stichting Welzijn Meppel", "Karin Bos"),
        ("Computerclub De Muis", "Henk Smit"),
    ]:
        text = text.replace(org, person)
    members, _ = _read(text)
    assert not {"Anna de Vries", "Piet Jansen", "Karin Bos", "Henk Smit"} & members


@pytest.mark.parametrize(
    ("head", "sentence", "order"),
    [
        (
            "Schaakclub De Toren – Nieuws",
            "Sinds 1 november prijkt onze clubnaam als veertiende op de partnerlijst van "
            "Digitaal Meedoen Reestdal.",
            None,
        ),
        (
            "Schaakclub De Toren – Nieuws",
            "Wij zijn dus de achtste die het podium op stapt bij Digitaal Meedoen Reestdal, en "
            "het netwerk telt daarmee acht partners.",
            None,
        ),
        (
            "CodeGirls Reestdal – Blog",  # a name no word of a kind opens, with a number
            "Last Tuesday we became partner number 11 of Digitaal Meedoen Reestdal, the regional "
            "coalition.",
            11,
        ),
    ],
)
def test_the_publisher_is_the_joiner_of_its_own_claim(
    head: str, sentence: str, order: int | None
) -> None:
    text = f"{head}\n\n{sentence}\n\nGroeten van de redactie\n"
    result = extract_text(text, "x", Lexicon.builtin())
    assert result.coalition is not None and result.coalition.value == "Digitaal Meedoen Reestdal"
    joiners = {j.org.value: int(j.order.value) if j.order else None for j in result.joins}
    assert joiners == {head.split(" – ")[0]: order}


def test_a_persons_blog_is_no_publisher_that_joins() -> None:
    text = (
        "Kim Hermans – Blog\n\nLast Tuesday we became partner number 11 of Digitaal Meedoen "
        "Reestdal, the regional coalition.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert not [j for j in result.joins if "Kim" in j.org.value]


def test_other_members_told_beside_our_join_are_still_members() -> None:
    text = (
        "Nieuwsbrief van Stichting Moskee Al-Noor\n\n"
        "Bibliotheek De Reestbrug, Woonstichting Het Reestland en Stichting Welzijn Meppel "
        "werken al langer samen in Digitaal Meedoen Reestdal, en sinds 1 november doen wij als "
        "eerste moskee mee.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek De Reestbrug", "Woonstichting Het Reestland"} <= members


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Uitzending: donderdag 11 juni 2026, 08.20 uur", "2026-06-11"),
        ("Datum: do 19-11-2026 16:42", "2026-11-19"),
        ("Datum collegebesluit:  10 november 2026", "2026-11-10"),
    ],
)
def test_a_labelled_date_in_the_head_is_the_releases(line: str, iso: str) -> None:
    from kg.ingest.dates import dateline

    found = dateline(line)
    assert found is not None and found.iso == iso


def test_an_agenda_line_with_a_short_weekday_is_no_dateline() -> None:
    from kg.ingest.dates import dateline

    assert dateline("Za 17 januari 2026 – Nieuwjaarsconcert in de kerk") is None


def test_a_join_from_a_day_after_a_broadcasts_date_is_to_come() -> None:
    text = (
        "TRANSCRIPT – Radio Reestdal\nUitzending: donderdag 11 juni 2026, 08.20 uur\n\n"
        "Vandaag sluit Stichting Fietsmaatjes Meppel zich aan bij Samen Online Reestdal. En per "
        "1 september doet Huisartsengroep Meppel ook mee als partner.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    future = {j.org.value for j in result.joins if j.future}
    assert future == {"Huisartsengroep Meppel"}


@pytest.mark.parametrize(
    ("sentence", "coalition", "found"),
    [
        (
            "Sinds 1 maart zit Duivenclub De Snelle Vleugel als twaalfde in de til van dat "
            "samenwerkingsverband.",
            "Samen Online Reestdal",
            ["Duivenclub De Snelle Vleugel"],
        ),
        (
            "Reestdal Visitor Centre, the museum at the harbour, signed on as number seven, "
            "bringing the coalition to seven partners.",
            "Samen Online Reestdal",
            ["Reestdal Visitor Centre"],
        ),
        ("Schaakclub De Toren eindigde als tweede in de quiz van de bibliotheek.", "Y", []),
        (
            "Wethouder Fatima el Amrani tekende als eerste van de bestaande partners de "
            "aanvulling op het convenant van het netwerk.",
            "Y",
            [],
        ),
        ("Last Thursday we signed up as the sixteenth member of the network.", "Y", []),
    ],
)
def test_a_stated_place_among_the_partners_tells_a_join(
    sentence: str, coalition: str, found: list[str]
) -> None:
    assert now_partners(sentence, coalition) == found


_TILBURG = "TILBURG, 4 maart 2026 – Digitaal Tilburg groeit.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [  # from the session's reviews: an existing partner acting, an event, a host, a ranking
        "Vandaag staat ook ROC Tilburg als partner op de informatiemarkt.",
        "Op maandag 9 maart geeft KBO Brabant als partner een workshop.",
        "Vandaag publiceert KBO Brabant als partner het jaarverslag.",
        "Op 12 maart zijn ANBO Tilburg en KBO Brabant als partners aanwezig op de Digidag.",
        "Sinds maandag doet de Digitale Doe-Dag mee als partner.",
        "Vandaag ontvingen Bibliotheek Tilburg en ROC Tilburg, beide partners van Digitaal "
        "Tilburg, de Digiprijs.",
        "Stichting Leergeld, al jaren partner van de coalitie, geeft nu ook les.",
        "Stichting Leergeld zou per 1 september als partner instappen.",
        "Vanaf vandaag is Stichting Leergeld oud-partner van Digitaal Tilburg.",
        "Per 1 april treedt Stichting Leergeld als partner terug.",
        "Today the Dutch Football League welcomed Rabobank as its new partner.",
        "Today FC Tilburg introduces its third partner: Brouwerij Bavaria.",
    ],
)
def test_no_join_of_an_existing_partner_an_event_a_host_or_another_body(sentence: str) -> None:
    _, joiners = _read(_TILBURG + sentence + "\n")
    assert joiners == {}


def test_a_plural_subject_of_names_gives_each_even_of_one_word() -> None:
    _, joiners = _read(
        _TILBURG + "From now on, Stichting Leergeld and Humanitas are partners of the coalition.\n"
    )
    assert set(joiners) == {"Stichting Leergeld", "Humanitas"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ons koor eindigde als tweede op het Korenfestival van de coalitie.",
        "Wij zijn de achtste die dit jaar de prijs van het netwerk wint.",
        "Wij waren de tweede die zich bij de coalitie aansloot, in 2019.",
        "Last Tuesday we became team number 11 of the Digitaal Tilburg hackathon.",
    ],
)
def test_no_place_in_a_ranking_a_contest_or_history_is_the_publishers_join(sentence: str) -> None:
    text = f"Koor Tilburg Zingt – Nieuws\n\n{_TILBURG}{sentence}\n"
    result = extract_text(text, "x", Lexicon.builtin())
    assert not [j for j in result.joins if j.org.value == "Koor Tilburg Zingt"]
    assert "Koor Tilburg Zingt" not in {p.value for p in result.partners}


@pytest.mark.parametrize(
    "intro",
    [
        "Op de startbijeenkomst spreken medewerkers van:",
        "De cursussen worden betaald uit bijdragen van:",
        "Tijdens de Week van het Digitaal Meedoen houden open huis:",
        "Workshops vinden plaats op deze locaties:",
    ],
)
def test_a_list_of_speakers_funders_or_venues_is_not_vouched_for_by_the_count(intro: str) -> None:
    text = _PHOTO.replace("Wie staan er verder op de foto? Van links naar rechts:", intro)
    members, _ = _read(text)
    assert "Woonstichting Het Reestland" not in members


def test_since_the_start_of_a_month_is_past_not_to_come() -> None:
    text = (
        "HENGELO, 4 maart 2026 – Digitaal Samen Twente groeit. Sinds begin februari doet "
        "Humanitas Twente als partner mee.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert [(j.org.value, j.future) for j in result.joins] == [("Humanitas Twente", False)]
