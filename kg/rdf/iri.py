"""Mint every IRI of the instance data, in one place, under one configurable base."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["DEFAULT_BASE", "KINDS", "Minter", "prefixes", "slug"]

DEFAULT_BASE = "https://w3id.org/dlkg/"
KINDS = ("coalition", "organisation", "membership", "goal", "region", "theme", "source")
"""The kinds of instance IRI: `<base><kind>/<slug>`."""


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Prefixes for output: the standard vocabularies and one per kind of instance IRI."""
    from kg.rdf.namespace import PREFIXES

    return {**PREFIXES, **{kind: f"{base}{kind}/" for kind in KINDS}}


def slug(name: str) -> str:
    """Return a readable, stable path segment for a name.

    >>> slug("Goldmund, Wyldebeast & Wunderliebe")
    'goldmund-wyldebeast-wunderliebe'
    >>> slug("Alfa-college Groningen")
    'alfa-college-groningen'
    >>> slug("Tweeëntwintig Één")
    'tweeentwintig-een'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not text:
        raise ValueError(f"cannot make an IRI from the name {name!r}")
    return text


@dataclass(frozen=True)
class Minter:
    """IRIs for coalitions, organisations and the rest, as strings under `base`.

    >>> Minter().organisation("UMCG")
    'https://w3id.org/dlkg/organisation/umcg'
    >>> Minter("http://localhost:8000/").membership("DLC Groningen", "UMCG")
    'http://localhost:8000/membership/dlc-groningen/umcg'
    """

    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        if not re.match(r"^https?://[^\s<>\"{}|\\^`]+/$", self.base):
            raise ValueError(f"the base IRI must be an http(s) IRI ending in '/': {self.base!r}")

    def _iri(self, kind: str, *names: str) -> str:
        return self.base + kind + "/" + "/".join(slug(name) for name in names)

    def coalition(self, name: str) -> str:
        return self._iri("coalition", name)

    def organisation(self, name: str) -> str:
        return self._iri("organisation", name)

    def membership(self, coalition: str, member: str) -> str:
        return self._iri("membership", coalition, member)

    def goal(self, coalition: str, year: int | str) -> str:
        return self._iri("goal", coalition, str(year))

    def region(self, name: str) -> str:
        return self._iri("region", name)

    def theme(self, name: str) -> str:
        return self._iri("theme", name)

    def source(self, source_id: str) -> str:
        return self._iri("source", source_id)

    def evidence(self, source_id: str, start: int, end: int) -> str:
        return self.source(source_id) + f"/evidence/{start}-{end}"

    def quote(self, source_id: str, text: str) -> str:
        """A quote from a source that has no text in the data folder: named by its words.

        >>> Minter().quote("toukomst-nl", "negentien partijen")
        'https://w3id.org/dlkg/source/toukomst-nl/quote/negentien-partijen-071ec997'
        """
        digest = hashlib.sha1(text.encode()).hexdigest()[:8]
        return self.source(source_id) + "/quote/" + slug(text)[:60].strip("-") + "-" + digest

    def count(self, coalition: str, source_id: str) -> str:
        """The partner count one source states for a coalition."""
        return self.coalition(coalition) + "/count/" + slug(source_id)

    def former_name(self, coalition: str, name: str) -> str:
        """A name a coalition used before it was renamed."""
        return self.coalition(coalition) + "/former/" + slug(name)

    @property
    def themes(self) -> str:
        """The concept scheme of themes and activities named in sources."""
        return self.base + "theme"
