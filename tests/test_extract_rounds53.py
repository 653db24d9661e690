"""Readings from the session that wrote blind53 to blind56, each in new words: a pronoun
("Beide", "'We") is never a joiner; an order written after a listed name ("X als tiende") is
not part of the name; an order written before a name ("als zestiende partner X") is read and
left out of it."""

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
    assert members(_read(text)) == {"Zorgcentrum De Linde", "Computerclub Maasland"}


def test_an_order_before_a_name_is_left_out_of_it() -> None:
    assert without_ordinals("verwelkomden we als elfde partner Stichting Kwadraat") == (
        "verwelkomden we Stichting Kwadraat"
    )
    assert without_ordinals("als voorzitter Jan Bos") == "als voorzitter Jan Bos"
