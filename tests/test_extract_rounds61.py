"""Readings from the session that wrote blind61 to blind64, each in new words: a list that writes
a place after every name, as a column ("Stichting X, Veghel"), loses the place also where the
gazetteer does not know it (a village, not a municipality)."""

from __future__ import annotations

from tests.reading import members, reader

_read = reader("round61")


def test_a_column_of_places_after_the_names_is_cut_also_where_the_place_is_a_village() -> None:
    text = (
        "Vandaag sluit Woonstichting Ons Dak zich aan bij Digitaal Vooruit Maasdriel.\n\n"
        "Digitaal Vooruit Maasdriel bestaat nu uit de volgende organisaties:\n\n"
        "• Bibliotheek Bommelerwaard, Zaltbommel\n"
        "• Stichting Welzijn Maasdriel, Kerkdriel\n"
        "• gemeente Maasdriel, Maasdriel\n"
        "• PC-Hulp, Hedel\n"
        "• Woonstichting Ons Dak, Zaltbommel (nieuw)\n"
        "• Jansen & Roelofs B.V., Ammerzoden\n"
    )
    assert members(_read(text)) == {
        "Bibliotheek Bommelerwaard",
        "Stichting Welzijn Maasdriel",
        "Gemeente Maasdriel",
        "PC-Hulp",
        "Jansen & Roelofs B.V.",
    }
