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
