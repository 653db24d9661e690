"""Dates the reader gives joins, future joins, leaves and renames (dateparser, Dutch only):
never a day or year it has to guess."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from kg.cli import main
from kg.ingest.dates import change_date, dateline, read_date
from kg.ingest.extract import Lexicon, extract_text


@pytest.mark.parametrize(
    ("words", "year", "iso"),
    [
        ("1 maart 2021", None, "2021-03-01"),
        ("per 1 juli 2023", None, "2023-07-01"),
        ("1 mrt. 2021", None, "2021-03-01"),
        ("1 sept. 2021", None, "2021-09-01"),
        ("mei 2022", None, "2022-05"),  # a month stays a month
        ("sinds 2019", None, "2019"),
        ("per 1 juli", None, None),  # no year, release not dated: unknown
        ("per 1 juli", 2024, "2024-07-01"),  # the release's year
        ("31 februari 2021", None, None),  # no such day
        ("in 2030", None, None),  # a goal's year, not a date
    ],
)
def test_read_date(words: str, year: int | None, iso: str | None) -> None:
    assert read_date(words, year) == iso


def test_dateline_and_change_date() -> None:
    line = dateline("Heerenveen, 12 september 2024 – Tresoar stapt per 1 oktober uit.")
    assert line is not None and (line.iso, line.words) == ("2024-09-12", "12 september 2024")
    sentence = "Heerenveen, 12 september 2024 – Tresoar stapt per 1 oktober uit."
    found = change_date(sentence, 2024, line)
    assert found is not None and (found.iso, found.words) == ("2024-10-01", "per 1 oktober")
    assert change_date("Tresoar sluit zich aan.", 2024) is None


def _read(text: str, issued: str | None = None):  # type: ignore[no-untyped-def]
    return extract_text(text, "dates", Lexicon.builtin(), issued)


def test_a_dated_past_join() -> None:
    found = _read("Bibliotheek Assen trad per 1 maart 2021 toe tot Samen Digitaal Assen.")
    [join] = found.joins
    assert not join.future and join.date is not None
    assert (join.date.iso, join.date.words) == ("2021-03-01", "per 1 maart 2021")
    assert join.date.evidence.sentence.startswith("Bibliotheek Assen trad")
    assert found.joiner is not None and found.joiner.value == "Bibliotheek Assen"


def test_a_future_join_by_its_date_after_the_dateline() -> None:
    found = _read(
        "Assen, 14 november 2024 — Stichting Wij Assen sluit zich aan bij Samen Digitaal Assen. "
        "Per 1 januari 2025 treedt ook Zorggroep Noorderboog toe tot de coalitie."
    )
    assert found.issued is not None and found.issued.iso == "2024-11-14"
    now, later = found.joins
    assert not now.future and now.date is None  # the dateline is not the join's date
    assert later.future and later.date is not None and later.date.iso == "2025-01-01"


def test_a_leave_without_a_year_takes_the_release_year_only_when_dated() -> None:
    text = "Gemeente Meppel stapt per 1 juli uit Digitaal Drenthe. Alfa-college sluit zich aan."
    [leave] = _read(text).leaves
    assert leave.date is not None and (leave.date.iso, leave.date.words) == (None, "per 1 juli")
    [leave] = _read(text, issued="2024-03-02").leaves
    assert leave.date is not None and leave.date.iso == "2024-07-01"
    [leave] = _read("Emmen, 2 maart 2024 – " + text).leaves
    assert leave.date is not None and leave.date.iso == "2024-07-01"
    assert [f.value for f in _read(text).leavers] == ["Gemeente Meppel"]


def test_a_rename_with_its_date() -> None:
    found = _read(
        "Leeuwarden, 2 juni 2024 – Digitaal Fryslân heet sinds 1 mei voortaan Fryske Digitale "
        "Mienskip. Tresoar sluit zich aan bij Fryske Digitale Mienskip."
    )
    [rename] = found.renames
    assert rename.former.value == "Digitaal Fryslân"
    assert rename.date is not None and rename.date.iso == "2024-05-01"
    assert found.coalition is not None and found.coalition.value == "Fryske Digitale Mienskip"


def test_an_undated_release_announcing_a_join_per_a_day_keeps_its_joiner() -> None:
    """Whether "per 1 maart" is still to come cannot be told: the join is the release's news."""
    found = _read("Per 1 maart sluit Kennispunt Twente zich aan bij het netwerk Digitaal Twente.")
    assert found.joiner is not None and found.joiner.value == "Kennispunt Twente"
    assert found.joins[0].date is not None and found.joins[0].date.iso is None


def test_a_join_dated_after_a_dated_release_is_not_a_member_yet() -> None:
    found = _read(
        "Zwolle, 1 december 2024 – Per 1 februari 2025 sluit Landstede zich aan bij Zwolle "
        "Digitaal. De partners zijn Gemeente Zwolle en Windesheim."
    )
    assert found.joiner is None and found.joins[0].future
    assert [f.value for f in found.partners] == ["Gemeente Zwolle", "Windesheim"]


BASE = "https://w3id.org/dlkg/"
TIME = "http://www.w3.org/2006/time#"
DLKG = "https://w3id.org/dlkg/def#"


def test_extract_writes_the_dates_as_periods_and_a_former_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "veenhoop.txt"
    path.write_text(
        "Veenhoop, 1 september 2022 — Veenhoop College stapt per 1 oktober uit Digitaal "
        "Vaardig Veenhoop. Bibliotheek Veenhoop trad per 1 maart 2021 toe tot Digitaal Vaardig "
        "Veenhoop.\n\nDigitaal Vaardig Veenhoop heet sinds 1 augustus 2022 voortaan Digitaal "
        "Veenhoop.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(path)]) == 0
    graph = rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")

    def instant(member: str, edge: str) -> str:
        during = rdflib.URIRef(f"{BASE}membership/digitaal-veenhoop/{member}/during")
        point = graph.value(during, rdflib.URIRef(TIME + edge))
        return str(graph.value(point, rdflib.URIRef(TIME + "inXSDDate")))

    assert instant("bibliotheek-veenhoop", "hasBeginning") == "2021-03-01"
    assert instant("veenhoop-college", "hasEnd") == "2022-10-01"  # the dateline's year
    former = rdflib.URIRef(f"{BASE}coalition/digitaal-veenhoop/former/digitaal-vaardig-veenhoop")
    assert str(graph.value(former, rdflib.URIRef(DLKG + "endedBy"))) == "2022-08-01"


def test_a_change_on_that_date_takes_the_date_of_the_sentence_before() -> None:
    found = _read(
        "Meppel, 3 februari 2025 — Het netwerk Digitaal Zuidwest-Drenthe gaat per 1 maart verder "
        "als Digitaal Meppel. Gemeente De Wolden stapt op die datum uit het netwerk.\n\n"
        "Gemeente Hoogeveen stapt op die datum uit het netwerk."  # another paragraph: no date
    )
    [rename] = found.renames
    assert rename.date is not None and rename.date.iso == "2025-03-01"
    first, second = found.leaves
    assert first.date is not None and (first.date.iso, first.date.words) == (
        "2025-03-01",
        "op die datum",
    )
    assert second.date is None


def test_an_inverted_join_after_a_date_and_a_count_with_more_words() -> None:
    found = _read(
        "Leeuwarden, 14 april 2025 – Sinds 1 april 2025 is Stichting Tresoar partner van De "
        "Digitale Mienskip. Daarmee telt de samenwerking vanaf april acht partners."
    )
    assert found.joiner is not None and found.joiner.value == "Stichting Tresoar"
    assert found.joins[0].date is not None and found.joins[0].date.iso == "2025-04-01"
    assert found.stated_total is not None and found.stated_total.value == "8"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "PERSBERICHT\n\nKop van het bericht\n\nZwolle, 14 maart 2025 – X sluit zich aan.",
            "2025-03-14",
        ),
        ("PRESS RELEASE\n\nROTTERDAM, 12 May 2025 – TechBridge joins the alliance.", "2025-05-12"),
        ("Enschede, april 2025 – Het ziekenhuis is sinds 1 april aangesloten.", "2025-04"),
        ("Datum: 3 februari 2025\n\nScalda sluit zich aan bij de coalitie.", "2025-02-03"),
        ("Kop\nGulpen, dinsdag 20 mei 2025\n\nWonen Limburg versterkt de alliantie.", "2025-05-20"),
        (
            "X sluit zich aan bij Y.\n\nZij telt nu negen partners.\n\nEmmen, 5 september 2025",
            "2025-09-05",
        ),
        ("In het voorjaar van 2025 groeide het netwerk.", None),  # a year in text: no dateline
        ("Tot eind mei 2025 – zo lang loopt de actie – kunnen inwoners zich melden.", None),
    ],
)
def test_the_release_date_from_any_dateline(text: str, iso: str | None) -> None:
    found = _read(text)
    assert (found.issued.iso if found.issued else None) == iso
    if found.issued is not None:  # its evidence is the dateline's own line
        assert found.issued.words in found.issued.evidence.sentence


def test_a_day_in_a_release_dated_by_its_month_takes_the_month_s_year() -> None:
    found = _read("Enschede, april 2025 – Het MST is sinds 1 april aangesloten bij Netwerk Twente.")
    [join] = found.joins
    assert join.date is not None and join.date.iso == "2025-04-01"


def test_today_is_the_release_s_day_and_only_of_a_dated_release() -> None:
    dated = _read("Emmen, 20 november 2024 – Stichting Sedna sluit zich vandaag aan bij Netwerk X.")
    [join] = dated.joins
    assert join.date is not None and (join.date.iso, join.date.words) == ("2024-11-20", "vandaag")
    undated = _read("Stichting Sedna sluit zich vandaag aan bij Netwerk X.")
    assert undated.joins[0].date is None  # no day is guessed


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("DORDRECHT – 14 januari 2025 – De coalitie telt twaalf partners.", "2025-01-14"),
        ("AMSTERDAM - 10 March 2025 - With those words the pact grew.", "2025-03-10"),
        ("Zwolle, 7 april 2025: GGD IJsselland is toegetreden.", "2025-04-07"),
        ("Hilversum, 3-10-2025", "2025-10-03"),
        ("Gepubliceerd op 4 februari 2025", "2025-02-04"),
        ("maandag 17 februari 2025 | Porthos Welzijn", "2025-02-17"),
        ("Hilversum, 31-02-2025", None),  # no such day: not read
    ],
)
def test_more_dateline_forms(line: str, iso: str | None) -> None:
    found = dateline(line)
    assert (found.iso if found else None) == iso
