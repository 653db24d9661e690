"""Names that read as a person's: a given name, then a surname ("Sanne Verhoef", "Noor el
Amrani", "Gerrit van Wingerden"), with no word of an organisation's kind in them. The given names
are data (`givennames.txt` beside this module, one a line, to extend).

>>> person_like("Sanne Verhoef"), person_like("Gerrit van Wingerden"), person_like("Ina Nijhuis")
(True, True, True)
>>> person_like("Jeroen Bosch Ziekenhuis"), person_like("Stichting Sanne Verhoef")
(False, False)
>>> person_like("Bibliotheek Gouwe-IJssel"), person_like("Sanne")
(False, False)
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from kg.ingest.words import ORG_HEADS, org_head

__all__ = ["given_names", "person_like"]

_PARTICLES = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "el", "al", "la", "le", "du"}
)
_TAILS = ("hulp", "zorg", "winkel", "service", "groep", "centrum", "school")  # "-huis": _HOUSES
_KIND_WORDS = frozenset(
    {"huis", "oord", "fonds", "fund", "foundation", "instituut", "institute", "college", "lyceum"}
    | {"academie", "academy", "museum", "stichting", "hof", "hoeve", "kliniek", "clinic", "trust"}
    | {"onderwijs", "education", "wonen", "welzijn", "vastgoed", "tuinmeubelen", "bouw"}
)
_HOUSES = ("ziekenhuis", "buurthuis", "wijkhuis", "clubhuis", "dorpshuis", "taalhuis", "gasthuis")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of `givennames.txt`, lower case."""
    text = resources.files("kg.ingest").joinpath("givennames.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip()[:1] not in ("#", "")
    )


def person_like(name: str) -> bool:
    """Whether `name` is a given name and a surname of one to three words, every word after the
    first capitalised or a particle ("van", "de", "el"), none a word of an organisation's kind."""
    words = name.split()
    if not 2 <= len(words) <= 5 or words[0].lower() not in given_names():
        return False
    rest = words[1:]
    if not rest[-1][:1].isupper() or any(
        not w[:1].isupper() and w.lower() not in _PARTICLES for w in rest
    ):
        return False
    return not any(_kind(w.lower()) for w in words)


def _kind(word: str) -> bool:
    """A word of an organisation's kind, but not a surname such as "Nijhuis" or "Tenhuis"."""
    if word in _KIND_WORDS:
        return True  # "Anne Frank Huis", "Johan Cruijff Foundation", "Piet Zwart Instituut"
    if word.endswith("huis"):
        return word.endswith(_HOUSES)
    return org_head(word) or word in ORG_HEADS or word.endswith(_TAILS)
