"""Joins told in words the phrase rows did not read, found on blind121-128 (issue 16): taking
part since this month, an order before "werd" or "tekende", "signed our partnership agreement",
"horen er (vast) bij" since a recent day; and sentences of the same shape that tell no join."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Extraction, Lexicon, extract_text


def _read(news: str) -> Extraction:
    text = (
        "Nieuws van Digitaal Sterk Salland\n\nZwolle, 3 november 2026\n\n"
        + news
        + "\n\nDigitaal Sterk Salland is een netwerk van organisaties die werken aan digitale "
        "vaardigheden.\n"
    )
    return extract_text(text, "x", Lexicon.builtin())


@pytest.mark.parametrize(
    ("news", "joiners", "order"),
    [
        (
            "Sinds deze maand doet Stichting Geldwijzer Dalfsen mee.",
            ["Stichting Geldwijzer Dalfsen"],
            None,
        ),
        (
            "Partner nummer elf werd Huurdersvereniging Dalfsen-Oost, die een telefooncafé begint.",
            ["Huurdersvereniging Dalfsen-Oost"],
            "11",
        ),
        (
            "En als twaalfde tekende Stichting Thuisadministratie Ommen, waarvan de vrijwilligers "
            "al jaren bij ouderen thuis komen.",
            ["Stichting Thuisadministratie Ommen"],
            "12",
        ),
        (
            "Last Tuesday, Huurdersbond Zwolle signed our partnership agreement.",
            ["Huurdersbond Zwolle"],
            None,
        ),
        (
            "Sinds 1 september horen Jongerenwerk Raalte en de Sallandse Scholengroep er vast bij.",
            ["Jongerenwerk Raalte", "Sallandse Scholengroep"],
            None,
        ),
    ],
    ids=[
        "doet-mee-deze-maand",
        "partner-nummer-werd",
        "als-twaalfde-tekende",
        "signed-our",
        "horen-er-bij",
    ],
)
def test_a_join_in_these_words_is_read(news: str, joiners: list[str], order: str | None) -> None:
    extraction = _read(news)
    assert [join.org.value for join in extraction.joins] == joiners
    if order:
        assert extraction.joins[0].order is not None and extraction.joins[0].order.value == order


@pytest.mark.parametrize(
    "news",
    [
        "Als voorzitter tekende Jan de Vries het verslag van de vergadering.",
        "Als eerste tekende wethouder Anne Jansen het convenant van Digitaal Sterk Salland.",
        "Partner nummer één blijft voor ons de bibliotheek.",
        "Wie bij de coalitie hoort, staat op de site.",
    ],
)
def test_sentences_of_the_same_shape_tell_no_join(news: str) -> None:
    assert not _read(news).joins


def test_each_join_of_a_paragraph_keeps_the_order_its_own_sentence_states() -> None:
    extraction = _read(
        "In september schoof Zorgboerderij De Wilg aan als tiende partner. Partner nummer elf "
        "werd Huurdersvereniging Dalfsen-Oost, die een telefooncafé begint. En als twaalfde "
        "tekende Stichting Thuisadministratie Ommen."
    )
    orders = {join.org.value: join.order and join.order.value for join in extraction.joins}
    assert orders == {
        "Zorgboerderij De Wilg": "10",
        "Huurdersvereniging Dalfsen-Oost": "11",
        "Stichting Thuisadministratie Ommen": "12",
    }


@pytest.mark.parametrize(
    ("news", "joiner"),
    [
        (
            "Daarmee hoort Winkeliersvereniging Dalfsen er vanaf nu officieel bij als partner van "
            "Digitaal Sterk Salland.",
            "Winkeliersvereniging Dalfsen",
        ),
        (
            "Sinds donderdag 22 oktober heeft de Vereniging Rijschoolhouders Salland een eigen "
            "stoel aan de overlegtafel van Digitaal Sterk Salland.",
            "Vereniging Rijschoolhouders Salland",
        ),
        (
            "Daarom heeft Vervoerder Getij B.V. sinds 1 november een vaste stoel in Digitaal Sterk "
            "Salland.",
            "Vervoerder Getij B.V.",
        ),
        (
            "Sinds 12 oktober staat de naam van de Fysiokring Salland onder de "
            "samenwerkingsafspraken.",
            "Fysiokring Salland",
        ),
        (  # an acronym the masthead spells out
            "Vereniging Particuliere Verhuurders Salland · ledenbrief\n\nSinds 10 oktober heeft de "
            "VPVS een stoel aan de tafel van Digitaal Sterk Salland.",
            "Vereniging Particuliere Verhuurders Salland",
        ),
        (  # an acronym in brackets after its name, which starts at its capital
            "Nieuwsbrief van de Vereniging Rijschoolhouders Salland (VRS)\n\nVandaag sluit de VRS "
            "zich aan bij Digitaal Sterk Salland.",
            "Vereniging Rijschoolhouders Salland",
        ),
    ],
    ids=[
        "hoort-er-vanaf-nu-bij",
        "eigen-stoel",
        "vaste-stoel-after",
        "naam-onder",
        "acronym",
        "spelled",
    ],
)
def test_a_seat_a_name_under_the_papers_or_an_acronym_tells_the_joiner(
    news: str, joiner: str
) -> None:
    assert [join.org.value for join in _read(news).joins] == [joiner]


@pytest.mark.parametrize(
    "news",
    [
        "Sinds 2019 heeft de gemeente Dalfsen een vaste stoel in Digitaal Sterk Salland.",
        "Sinds 2019 hoort Stichting Oud Dalfsen er al bij.",
    ],
)
def test_a_seat_held_for_years_is_no_join(news: str) -> None:
    assert not _read(news).joins
