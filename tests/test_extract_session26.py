"""Readings added in the twenty-sixth session on issue 16, each of a shape rather than a verb:
a join told by the place it takes among the partners ("hangt X als veertiende naam op het bord
van Y"), the publisher's own join in any image where its tie is said, a publisher named only in
its sign-off, and a few list and name forms (the dates: `test_extract_session26_dates`). Each
test states a kind of sentence in words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.masthead import signed_by
from kg.ingest.placed import organisations_in, placed_partner
from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_COALITION = "Samen Digitaal Kop van Drenthe"
_HEAD = (
    "Assen, 4 december 2026\n\n"
    f"Nieuws over {_COALITION}\n\n"
    f"{_COALITION} is de coalitie die inwoners van Assen en Tynaarlo helpt om digitaal mee te "
    "doen.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "joiner", "order"),
    [
        (
            f"Sinds vrijdag prijkt IJsclub De Schaats als elfde naam op het schild van "
            f"{_COALITION}.",
            "IJsclub De Schaats",
            11,
        ),
        (
            f"Vandaag schuift Stichting Leeslamp aan bij {_COALITION}, als negende partner van de "
            "coalitie.",
            "Stichting Leeslamp",
            9,
        ),
        (
            f"Treasurer Anna Dekker enrolled Curling Club Assen as member number 6 of "
            f"{_COALITION}.",
            "Curling Club Assen",
            6,
        ),
        (
            f"Yesterday Bakkerij Van Dam became the fourth signatory of {_COALITION}, the "
            "coalition that makes sure nobody is left behind online.",
            "Bakkerij Van Dam",
            4,
        ),
    ],
)
def test_a_stated_place_among_the_partners_tells_a_join_whatever_the_verb(
    sentence: str, joiner: str, order: int
) -> None:
    assert placed_partner(sentence, _COALITION) == (joiner, order)
    members, joiners = _read(_HEAD + sentence + "\n")
    assert joiners.get(joiner) == order
    assert joiner in members


@pytest.mark.parametrize(
    "sentence",
    [
        "Bibliotheek Assen won als tweede organisatie van Drenthe de leesprijs.",  # not ours
        f"Stichting Leeslamp zal als negende partner van {_COALITION} tekenen.",  # to come
        f"Stichting Leeslamp is niet de negende partner van {_COALITION}.",
        f"Woonstichting Es werd de tiende partner van {_COALITION}, Zorggroep Aa de elfde.",
        f"Vakschool Assen is de tiende partner die {_COALITION} verliet.",
        f"Afgelopen dinsdag zijn we in Buurthuis De Kern partner nummer 7 van {_COALITION} "
        "geworden.",  # our join, in a venue
        f"Op 2 maart werd de corporatie, met woningen in Assen, Gieten en Rolde, de twaalfde "
        f"partner van {_COALITION}.",  # places, no name
        "HET KOERIERSBEDRIJF WORDT DE VIJFDE PARTNER VAN DE COALITIE",  # no name in capitals
        f"Als vierde partner van {_COALITION} organiseert Stichting Leeslamp de Digiweek.",
        f"Tot vorig jaar prijkte Kringloop De Schroef als vijftiende naam op de partnerlijst van "
        f"{_COALITION}.",
    ],
)
def test_a_place_in_something_else_to_come_denied_or_of_several_tells_no_placed_join(
    sentence: str,
) -> None:
    assert placed_partner(sentence, _COALITION) is None


def test_the_organisations_of_a_sentence_are_not_its_places_times_or_the_coalition() -> None:
    said = f"Last Tuesday, Stichting Leeslamp met Bibliotheek Assen in {_COALITION} in Assen."
    assert [name for name, _ in organisations_in(said, _COALITION)] == [
        "Stichting Leeslamp",
        "Bibliotheek Assen",
    ]


def _news(publisher: str, body: str) -> str:
    return f"{publisher} · Nieuws\n\nMaandag 30 november 2026\n\n{body}\n"


@pytest.mark.parametrize(
    "body",
    [
        f"Sinds vorige week staat Imkervereniging De Korf officieel op de partnerpagina van "
        f"{_COALITION}.",
        f"Last Friday our association formally took its seat at the table of {_COALITION}.",
        f"Vanaf vandaag draaien wij als partner mee in het wiel van {_COALITION}.",
        f"Sinds zaterdag is de vereniging deelnemer in {_COALITION}, de coalitie die ouderen "
        "helpt.",
    ],
)
def test_the_publisher_joins_in_any_image_where_the_tie_and_the_moment_are_said(
    body: str,
) -> None:
    _, joiners = _read(_news("Imkervereniging De Korf", body))
    assert list(joiners) == ["Imkervereniging De Korf"]


@pytest.mark.parametrize(
    "body",
    [
        f"Sinds vorige week zitten wij aan de overlegtafel van {_COALITION}.",  # asked, not told
        f"Vandaag waren wij te gast bij {_COALITION} voor een officieel bezoek.",
        f"Vorige week gaf onze voorzitter een workshop voor de partners van {_COALITION}.",
        f"Vandaag heeft {_COALITION} de Bibliotheek Assen als partner verwelkomd.",
        f"Sinds 1 november heten wij officieel {_COALITION}.",
        f"Per 1 januari 2027 worden wij partner van {_COALITION}.",
        f"Afgelopen zaterdag deden we officieel mee aan de {_COALITION} Digidag.",
        f"Onze leden zijn sinds maandag officieel partner van {_COALITION}.",
        f"Vandaag tekenden we officieel een huurovereenkomst met {_COALITION}.",
        f"Vandaag beëindigen we officieel de samenwerking met de partners van {_COALITION}.",
        f"Nu de vereniging een eigen clubhuis heeft, houdt {_COALITION} er een spreekuur.",
        f"Morgen tekenen we officieel het convenant van {_COALITION}.",
        f"Tonight we play at the partner evening of {_COALITION}, where new members sign.",
        f"Sinds vandaag staan we officieel op de wachtlijst voor het partnerschap van "
        f"{_COALITION}.",
        f"Stichting Ouderenwerk Assen, waar onze vereniging onder valt, is sinds 1 november "
        f"partner van {_COALITION}.",
    ],
)
def test_a_visit_an_event_a_name_a_plan_or_another_organisation_is_not_our_join(
    body: str,
) -> None:
    _, joiners = _read(_news("Imkervereniging De Korf", body))
    assert "Imkervereniging De Korf" not in joiners


def test_a_sign_off_names_the_publisher_that_joins() -> None:
    text = (
        "Clubnieuws, 2 december 2026\n\n"
        f"Sinds vandaag staan wij officieel als partner op de lijst van {_COALITION}.\n\n"
        "Tot de volgende clubavond!\n\n"
        "Het bestuur van Curlingvereniging De Steen\n"
    )
    assert signed_by(text) == "Curlingvereniging De Steen"
    _, joiners = _read(text)
    assert list(joiners) == ["Curlingvereniging De Steen"]
    assert signed_by("Groeten,\n\nHet bestuur van OVAZ\n") is None  # a short name to spell out


def test_taken_in_with_the_subject_after_its_verb_is_a_join() -> None:
    _, joiners = _read(
        _HEAD + "Daarom zijn Stichting Leeslamp en de Vereniging Ouders Assen sinds 1 december "
        f"opgenomen in {_COALITION}.\n"
    )
    assert set(joiners) == {"Stichting Leeslamp", "Vereniging Ouders Assen"}
    for taken in ("de wensen van Stichting Leeslamp", "Stichting Leeslamp"):  # a thing of X's,
        _, joiners = _read(
            _HEAD + f"Daarom zijn {taken} sinds 1 december opgenomen in het "
            f"jaarplan van {_COALITION}.\n"
        )  # or a plan of Y's
        assert joiners == {}


def test_a_kind_with_words_of_its_own_before_a_name_is_part_of_it() -> None:
    _, joiners = _read(
        _HEAD + f"Op 1 december sloot de Stichting voor blinden Noord-Drenthe zich aan bij "
        f"{_COALITION}.\n"
    )
    assert list(joiners) == ["Stichting voor blinden Noord-Drenthe"]


def test_a_colon_before_topics_opens_no_list_of_partners() -> None:
    members, _ = _read(
        _HEAD + "Onze leden helpen elkaar met de club-app; de vrijwilligers van het netwerk "
        "nemen de rest voor hun rekening: MijnPensioen, bankieren, de huurtoeslag.\n"
    )
    assert "MijnPensioen" not in members
    members, _ = _read(
        _HEAD + "De coalitie telt veel leden. Ook Stichting Leeslamp en een reeks "
        "vrijwilligersorganisaties doen mee.\n"
    )
    assert "Stichting Leeslamp" in members


def test_a_leave_told_in_a_relative_clause_of_the_coalition_is_a_leave() -> None:
    found = extract_text(
        _HEAD + "Stichting Leeslamp neemt de plek in van Kraamzorg De Wieg, dat de coalitie op 1 "
        "maart heeft verlaten.\n\nWe miss Coworking Hub Assen, which left the coalition in "
        "August.\n\nWe danken Stichting Taalhulp, die de cursus heeft verlaten.\n",
        "x",
        Lexicon.builtin(),
    )
    assert {f.value for f in found.leavers} == {"Kraamzorg De Wieg", "Coworking Hub Assen"}


def test_a_promise_to_join_is_a_join_to_come_in_the_next_month_of_that_name() -> None:
    found = extract_text(
        _HEAD + f"Jongerenpunt Rolde has promised to join {_COALITION} in January.\n",
        "x",
        Lexicon.builtin(),
    )
    joins = {j.org.value: (j.future, j.date.iso if j.date else None) for j in found.joins}
    assert joins == {"Jongerenpunt Rolde": (True, "2027-01")}


@pytest.mark.parametrize(
    "sentence",
    [
        f"Op Bevrijdingsdag ondertekende Muziekschool Assen als partner nummer 10 van {_COALITION} "
        "het convenant.",  # no joiner "10 van Y"
        f"Bij {_COALITION} sloot zich vandaag ook aan: Stichting voor de Jeugd Assen.",
        f"Last night volunteer coach Daan Vos signed up as member number 31 of {_COALITION}'s "
        "helpdesk team.",  # a person, in a part of the coalition
    ],
)
def test_no_joiner_is_words_around_the_coalitions_name_or_a_coach(sentence: str) -> None:
    _, joiners = _read(_HEAD + sentence + "\n")
    assert not any(_COALITION in name or name == "Daan Vos" for name in joiners)


def test_a_join_by_a_plan_for_a_coming_year_is_to_come() -> None:
    found = extract_text(
        _HEAD + f"Volgens het jaarplan 2027 schuift Buurtbus Rolde als twaalfde partner aan bij "
        f"{_COALITION}.\n",
        "x",
        Lexicon.builtin(),
    )
    assert [(j.org.value, j.future) for j in found.joins] == [("Buurtbus Rolde", True)]


def test_the_publishers_join_in_an_image_with_no_word_of_the_tie_is_asked() -> None:
    body = "Sinds vorige week hangt Imkervereniging De Korf officieel aan de trapeze van "
    body += f"{_COALITION}."
    found = extract_text(_news("Imkervereniging De Korf", body), "x", Lexicon.builtin())
    assert [j.org.value for j in found.joins] == []
    assert [a.org.value for a in found.asked] == ["Imkervereniging De Korf"]
