"""The names the seed press release gives, as a careful reader writes them down: one list that
every test about the seed checks against."""

from __future__ import annotations

__all__ = ["SEED_JOINER", "SEED_MEMBERS", "SEED_PARTNERS"]

SEED_JOINER = "Samenwerking Noord"
SEED_PARTNERS = [  # the seventeen others, in the order the release lists them
    "Rijksuniversiteit Groningen",
    "Hanzehogeschool Groningen",
    "Gemeente Groningen",
    "Provincie Groningen",
    "UMCG",
    "Alfa College",
    "Noorderpoort",
    "SKSG",
    "O2G2",
    "MKB Noord",
    "Noordhoff Uitgevers",
    "NDC Mediagroep",
    "Goldmund, Wyldebeast & Wunderliebe",
    "Basicly",
    "Bossers & Cnossen",
    "Biblionet Groningen",
    "Groninger Forum",
]
SEED_MEMBERS = [*SEED_PARTNERS, SEED_JOINER]  # all eighteen
