"""Dates read in the twenty-sixth session on issue 16: a text's own date in any short line of
its head ("NIEUWS › zondag 8 november 2026", "Vergaderdatum: ..."), a day without a year that
takes the year said earlier in its sentence, and the days of an annual report in the year it
covers. Each test states a kind of text in words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.issued import head_date
from kg.ingest.sentences import read_sentences

_COALITION = "Samen Digitaal Kop van Drenthe"


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        (
            "Clubnieuws\nBERICHTEN › zondag 8 november 2026\n\nTekst van het bericht hier.",
            "2026-11-08",
        ),
        ("Raadsagenda\nVergaderdatum: dinsdag 1 december 2026\n\nTekst.", "2026-12-01"),
        ("[wo 14-10-2026 09:12] Buurtapp De Es:\nGoedemorgen allemaal.", "2026-10-14"),
        (
            "Webinar\nOpgenomen op 3 november 2026 · verslag geplaatst op 9 november 2026",
            "2026-11-09",
        ),
        ("Report on the pilot\nDate of report: 2 July 2026\n\nText.", "2026-07-02"),
    ],
)
def test_a_short_line_of_the_head_with_one_whole_date_dates_the_text(head: str, iso: str) -> None:
    found = head_date(read_sentences(head))
    assert found is not None and found[0].iso == iso


@pytest.mark.parametrize(
    "head",
    [
        "Cursus\nLooptijd: 1 november 2025 – 31 oktober 2027\n\nTekst.",
        "Uitnodiging\nAanmelden vóór 12 december 2026\n\nTekst.",
        "Premiere\nPremière: zaterdag 12 december 2026, Filmhuis Assen\n\nTekst.",
        f"Sinds 1 september 2026 heet het netwerk {_COALITION}, zo besloot het bestuur.",
        "Wij tekenden het convenant in de raadzaal, samen met vijf andere partners.\n"
        "Geplaatst door Piet op 5 januari 2027",  # a comment under the text
    ],
)
def test_a_period_a_deadline_an_event_a_change_or_a_comment_does_not_date_the_text(
    head: str,
) -> None:
    assert head_date(read_sentences(head)) is None


def _dates(text: str) -> dict[str, str | None]:
    found = extract_text(text, "x", Lexicon.builtin())
    return {j.org.value: j.date.iso if j.date else None for j in found.joins}


def test_a_day_without_a_year_takes_the_year_said_earlier_in_its_sentence() -> None:
    """Where the release's year would put it after the release: "In maart 2025 ...; in
    september volgde Y", said in February 2026, is September 2025."""
    text = (
        "Nieuwsbrief Digitaal\nUitgave: 3 februari 2026\n\n"
        f"In maart 2025 sloot Stichting Leeslamp zich aan bij {_COALITION}; in september volgde "
        "Zorggroep De Es.\n"
    )
    assert _dates(text) == {"Stichting Leeslamp": "2025-03", "Zorggroep De Es": "2025-09"}


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [  # the release's year holds where it can: a state since, or a day it can be
        (
            f"Sinds oktober 2023 is Bibliotheek Assen partner, en op 2 mei trad Stichting Leeslamp "
            f"toe tot {_COALITION}.",
            "2026-05-02",
        ),
        (
            f"In december 2025 tekende Bibliotheek Assen; in januari sloot Stichting Leeslamp zich "
            f"aan bij {_COALITION}.",
            "2026-01",
        ),
    ],
)
def test_no_year_is_carried_from_a_state_nor_to_a_day_before_its_source(
    sentence: str, iso: str
) -> None:
    text = f"Nieuwsbrief Digitaal\nUitgave: 18 mei 2026\n\n{sentence}\n"
    assert _dates(text)["Stichting Leeslamp"] == iso


def test_the_days_of_an_annual_report_are_of_the_year_it_covers() -> None:
    text = (
        f"{_COALITION}\nJaarverslag 2025\n\nVastgesteld door de stuurgroep op 20 maart 2026\n\n"
        "Komen en gaan\n"
        "In oktober sloot Stichting Leeslamp zich aan bij de coalitie. Op 2 mei 2025 verwelkomden "
        "we Zorggroep De Es als achtste partner.\n"
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert found.issued is not None and found.issued.iso == "2026-03-20"
    dates = {j.org.value: (j.date.iso if j.date else None, j.future) for j in found.joins}
    assert dates["Stichting Leeslamp"] == ("2025-10", False)
    assert dates["Zorggroep De Es"] == ("2025-05-02", False)


def test_an_annual_report_mentioned_in_prose_or_news_after_its_year_keep_the_release_year() -> None:
    text = (
        "Nieuwsbrief Digitaal\nUitgave: 3 februari 2026\n\n"
        f"Het jaarverslag 2024 staat online. Op 28 januari sloot Stichting Leeslamp aan bij "
        f"{_COALITION}.\n"
    )
    assert _dates(text) == {"Stichting Leeslamp": "2026-01-28"}
    text = (
        f"{_COALITION}\nJaarverslag 2025\n\nVastgesteld op 12 maart 2026\n\n"
        f"Vooruitblik: op 1 april sluit Stichting Leeslamp aan bij {_COALITION}.\n"
    )
    assert _dates(text) == {"Stichting Leeslamp": "2026-04-01"}


def test_a_date_with_slashes_after_a_section_word_dates_the_text() -> None:
    found = head_date(read_sentences("Samen Digitaal\nLaatste nieuws | 18/05/2026\n\nTekst hier."))
    assert found is not None and found[0].iso == "2026-05-18"
