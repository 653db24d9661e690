"""What the reader knows: organisation and coalition names, sector groups, themes; lookups.

>>> lookup(lowered({"Digital Literacy Coalition": "DLC"}), "de  digital literacy coalition")
'DLC'
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "BUILTIN_SECTOR_GROUPS",
    "BUILTIN_THEMES",
    "Lexicon",
    "lookup",
    "lowered",
    "normalised",
]

BUILTIN_SECTOR_GROUPS: dict[str, str] = {
    # The sector groups of ontology/concepts.ttl (Dutch and English labels) ...
    "overheden": "government",
    "overheid": "government",
    "government": "government",
    "educatieve sector": "education-research",
    "education and research": "education-research",
    "onderwijs": "education-research",
    "wetenschap": "education-research",
    "bedrijfsleven": "business",
    "business": "business",
    "culturele veld": "civil-society-culture",
    "culturele sector": "civil-society-culture",
    "civil society and culture": "civil-society-culture",
    # ... and the labels of their sectors, mapped to the group.
    "kinderopvang": "civil-society-culture",
    "zorg": "civil-society-culture",
    "cultuur": "civil-society-culture",
}

BUILTIN_THEMES: dict[str, tuple[str, str]] = {
    "robotisering": ("robotisering", "theme"),
    "big data": ("big data", "theme"),
    "blockchain": ("blockchain", "theme"),
    "internet of things": ("internet of things", "theme"),
    "kunstmatige intelligentie": ("kunstmatige intelligentie", "theme"),
    "cybersecurity": ("cybersecurity", "theme"),
    "mediawijsheid": ("mediawijsheid", "theme"),
    "ict-beheer": ("ICT-beheer", "activity"),
    "datacenterdienstverlening": ("datacenterdienstverlening", "activity"),
    "kennisdeling": ("kennisdeling", "activity"),
    "kennis te delen": ("kennisdeling", "activity"),
    "kennis delen": ("kennisdeling", "activity"),
    "uitwisseling van medewerkers": ("uitwisseling van medewerkers", "activity"),
    "opleidingen": ("opleidingen", "activity"),
    "her- en bijscholing": ("her- en bijscholing", "activity"),
    "bijscholing": ("her- en bijscholing", "activity"),
}


@dataclass
class Lexicon:
    """What the curated tables know; built by the caller. Keys are lowercased.

    Attributes:
        organisations: Name or alias -> canonical organisation name.
        coalitions: Name or alias -> canonical coalition name.
        sector_groups: Dutch or English label -> sector-group code.
        themes: Phrase -> (name, kind), kind in {"theme", "activity"}.
    """

    organisations: dict[str, str] = field(default_factory=dict)
    coalitions: dict[str, str] = field(default_factory=dict)
    sector_groups: dict[str, str] = field(default_factory=dict)
    themes: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def empty(cls) -> Lexicon:
        """A lexicon that knows nothing: no names, no sector groups, no themes."""
        return cls()

    @classmethod
    def builtin(cls) -> Lexicon:
        """What `extract_text` uses without a lexicon: vocabulary only, no names."""
        return cls(sector_groups=dict(BUILTIN_SECTOR_GROUPS), themes=dict(BUILTIN_THEMES))


def normalised(lexicon: Lexicon) -> Lexicon:
    """The lexicon with keys lowercased and single-spaced, as the lookups expect."""
    return Lexicon(
        organisations=lowered(lexicon.organisations),
        coalitions=lowered(lexicon.coalitions),
        sector_groups=lowered(lexicon.sector_groups),
        themes={_key(k): v for k, v in lexicon.themes.items() if k.strip()},
    )


def lowered(table: dict[str, str]) -> dict[str, str]:
    """The table with keys lowercased and single-spaced; blank keys left out."""
    return {_key(key): value for key, value in table.items() if key.strip()}


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def lookup(table: dict[str, str], name: str) -> str | None:
    """The canonical name for `name` (with or without a leading article), or None."""
    key = _key(name)
    for candidate in (key, _strip_article(key)):
        if candidate in table:
            return table[candidate]
    return None


def _strip_article(key: str) -> str:
    for article in ("de ", "het "):
        if key.startswith(article):
            return key[len(article) :]
    return key
