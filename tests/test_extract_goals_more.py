"""Goals written in ways the blind sets 14 to 18 showed the reader missing: "the goal is that
by 2029", "het doel dat in 2030", "In 2030 kan iedere ...", an answer "Dat in 2028 ...", "toe
naar 2028", "De doelstelling blijft: in 2028 ...", a later baseline year in the aim. Each form
is tested on text of its own."""

from __future__ import annotations

import pytest

from kg.ingest.goal import read_goal


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The coalition's goal is that by 2029 at least 5,000 residents of Lochem get help.", 2029),
        ("The alliance's target is that by 2027 every resident of Zutphen can get help.", 2027),
        ("Het netwerk houdt vast aan het doel dat in 2030 in elke kern van Lochem hulp is.", 2030),
        ("De coalitie heeft zich ten doel gesteld dat in 2030 iedereen in Lochem meedoet.", 2030),
        ("The partners have agreed that by 2028 no resident of Lochem goes without help.", 2028),
        ("In 2030 kan iedere inwoner van Lochem binnen een kwartier hulp krijgen.", 2030),
        ("GAST: Dat in 2028 iedereen in Lochem een plek heeft waar hij hulp krijgt.", 2028),
        ("Samen werken we toe naar 2028: dan moet iedereen in Lochem geholpen worden.", 2028),
        ("De doelstelling blijft ongewijzigd: in 2028 heeft 80 procent van Lochem hulp.", 2028),
        (
            "De wethouder herhaalt dat het college in 2030 het aantal inwoners dat niet meekomt "
            "wil halveren ten opzichte van de nulmeting uit 2024.",
            2030,
        ),
    ],
)
def test_a_goal_in_other_words(sentence: str, year: int) -> None:
    found = read_goal(sentence)
    assert found is not None and found[1] == year


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2025 is Stichting De Linde toegetreden.",
        "Dat was in 2024 al zo.",
    ],
)
def test_a_past_fact_with_a_year_is_no_goal(sentence: str) -> None:
    assert read_goal(sentence) is None
