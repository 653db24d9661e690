"""Readings added in the forty-first session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

from tests.reading import sure

_NAMES = [
    "Gemeente Tubbergen",
    "Bibliotheek Noordoost-Twente",
    "Stichting Welzijn Dinkelland",
    "Zorggroep De Esch",
]


def test_rows_of_a_dot_leader_table_labelled_partner_are_members() -> None:
    rows = "\n".join(
        f"  {name} {'.' * (36 - len(name))} partner{' – sinds 2024' * (i % 2)}"
        for i, name in enumerate(_NAMES)
    )
    text = (
        "Tubbergen, 3 november 2026 – Zorggroep De Esch is sinds vandaag partner van Netwerk "
        "Digitaal Dinkelland-Tubbergen.\n\nOp de avond zelf bleek hoe breed het netwerk is. "
        "Hieronder wie er in zit, en een naam die er niet in zit.\n\n"
        f"{rows}\n  Drukkerij Het Lettertje ........... GEEN partner – drukt de flyers\n\n"
        "Vragen? Bel het secretariaat."
    )
    assert sure(text) == set(_NAMES)


def test_how_the_network_is_put_together_then_who_does_what_names_its_members() -> None:
    text = (
        "Ommen, 9 oktober 2026 – De huurdersvereniging van De Vechtoever heeft zich gisteren "
        "aangesloten bij Digitaal Sterk Vechtdal.\n\nWie vraagt hoe het netwerk in elkaar zit: "
        "dat is simpel. Bibliotheek Vechtdal geeft de lessen. Zorggroep De Esch signaleert "
        "wie thuis vastloopt. En de gemeente Ommen betaalt de koffie en de coördinator.\n\n"
        "Het park is van Recreatie Vechtoever B.V., en die is geen partner."
    )
    found = sure(text)
    assert {"Bibliotheek Vechtdal", "Zorggroep De Esch", "Gemeente Ommen"} <= found
    assert "Recreatie Vechtoever B.V." not in found
