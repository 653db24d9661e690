"""Split a list of partners into names, repairing names that run together without a space.

>>> split_glued("Provincie GroningenUMCG")
['Provincie Groningen', 'UMCG']
>>> [name.value for name in split_partner_list("de RUG, Alfa CollegeUMCG en O2G2", {"rug": "RUG"})]
['RUG', 'Alfa College', 'UMCG', 'O2G2']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from kg.ingest.firms import one_firm
from kg.ingest.gazetteer import places_in
from kg.ingest.lexicon import lookup, lowered
from kg.ingest.ordinals import ordinal_after
from kg.ingest.rules import GLUE_RULES
from kg.ingest.words import (
    DESCRIBED,
    DESCRIPTOR,
    DOTTED_END,
    NAME_KINDS,
    ORG_HEADS,
    PEOPLE_OF,
    org_head,
)

__all__ = [
    "APPOSED_LAST",
    "QUOTED_TITLE",
    "SOMEONE_FROM",
    "ListedName",
    "Span",
    "comma_name",
    "comma_names",
    "firm_names",
    "longest_first",
    "phrases_in",
    "split_glued",
    "split_partner_list",
    "whole_item",
]


@dataclass(frozen=True)
class ListedName:
    """One partner as read from a list.

    Attributes:
        value: The canonical name if the lexicon knows it, else the name as written.
        written: The name as written (after repair).
        known: Whether the lexicon knows it.
        glue: The `GlueRule` name that cut it out of a longer piece, or "" if none did.
        piece: The piece it came from (equal to `written` when nothing was cut).
    """

    value: str
    written: str
    known: bool
    glue: str = ""
    piece: str = ""


@dataclass(frozen=True)
class Span:
    """A stretch of text and what it stands for.

    Attributes:
        start: Offset of the stretch.
        end: Offset just past it.
        value: What it stands for: a canonical name or a table key.
    """

    start: int
    end: int
    value: str


_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")
_LOWER_LEAD = re.compile(r"(?:[a-zß-ÿ][a-zß-ÿ\-]{2,}['’]? (?:(?:en|and) )?){1,3}(?=[A-ZÀ-Þ])")
_PARTICLES = frozenset({"van", "von", "den", "der", "ter", "ten", "het", "des", "aan", "op", "in"})
_SEPARATOR = re.compile(r"[ \t]*[,;][ \t]*(?:(?:en|and)[ \t]+)?|[ \t]+(?:en|and)[ \t]+")
_ITEM_LEAD = re.compile(
    r"^(?:[-–•*][ \t]+)?(?:(?:en|and)[ \t]+)?"
    r"(?:(?:natuurlijk|ook|nu|dus|verder|tot slot|of course|finally|also|now|together with"
    r"|samen met|along with|alongside|naast)[ \t]+){0,3}"
    r"(?:(?:de|het|the)[ \t]+)?"
    rf"(?i:(?:[a-z-]+ )?{PEOPLE_OF})?"
)  # "- en natuurlijk de gemeente Ede zelf"
SOMEONE_FROM = re.compile(
    r"(?:and )?(?:(?:[Aa]n?|[Tt]he|[Oo]ur|[Tt]wo|[Ss]ome) (?:[a-z]+ ){0,3}?[a-z]+|[A-Z][a-z]+) "
    r"from (?=[A-Z])"
)
"""Someone of a member before its name: "a very energetic lady from " + "Taalcafé X", "Pieter
from " + "Stichting Y"."""
QUOTED_TITLE = r"['\"‘“„«](?![Tt] |s-)[^'\"‘’“”„«»]*\s[a-zß-ÿ][^'\"‘’“”„«»]*['\"’”»]"
"""A title in quotes, with a word in lower case in it ("'Werken in de cloud'"); not "'t Veer"
nor a quoted name ("'De Til'")."""
_NO_ITEM = re.compile(
    rf"(?:(?:en|and) )?(?:{QUOTED_TITLE}"
    r"|(?:een|an?|some|enkele) (?![A-Z])[a-zß-ÿ][\w-]*(?: (?:in|uit|te|from) [A-Z][\w'’-]*)?"
    r"[ .;,]*$)"
)  # a title in quotes, or someone of a kind ("een kapper in Wildervank"): no organisation
_ITEM_SELF = re.compile(
    r" (?:zelf|itself|natuurlijk|uiteraard|of course|ook|too)$"
    r"| (?:as|als) (?:(?:the|de|het|its|our|onze) )?(?:[a-z]+ )?"
    r"(?:partner|penvoerder|trekker|coordinator|coördinator|chair|voorzitter|lead)$"
)  # "X as lead partner", "Y als penvoerder": its role, not its name
_PEOPLE_AT = re.compile(
    r"^(?:(?:(?:the|our) )?(?:[a-z]+ ){0,2}[a-z]+"
    r"|[A-Z][a-z]+ (?:(?:van|de|der|den) )*[A-Z][a-z'’-]+)"
    r" at "
    r"(?=[A-Z][\w'’&-]* [A-Z0-9'’])"
)
"""Who in an organisation, before it: "Marieke Verhoef at " + "Bibliotheek X", "the team at "."""
_TITLED = re.compile(r"\s[–—-]\s(?![’']t )(?=[\"“'‘a-z])")  # not "X – 't Gooi"
_CLAUSE_AFTER = re.compile(r",\s+(?:who|which|for)\b.*$")
"""What a line says of the name after a comma: "X, who kept asking ...", "X, for letting us"."""
_ITEM_TRAIL = " \t.,;:"


def split_glued(piece: str) -> list[str]:
    """Cut a piece of a list where names run together, by the general `GLUE_RULES` only.

    Args:
        piece: One comma-separated piece, e.g. "Hanzehogeschool GroningenGemeente Groningen".

    Returns:
        The names, e.g. ["Hanzehogeschool Groningen", "Gemeente Groningen"].
    """
    return [name for name, _ in _glue_split(piece)]


def _glue_split(piece: str) -> list[tuple[str, str]]:
    """The names in `piece`, each with the rule that cut it out ("" if none did)."""
    piece = piece.strip()
    multiword = " " in piece
    cuts: dict[int, str] = {}
    for rule in GLUE_RULES:
        if rule.multiword_only and not multiword:
            continue
        for match in rule.pattern.finditer(piece):
            if rule.name == "word+Word" and _brand(piece[: match.start()], piece[match.start() :]):
                continue  # "DigiMaatjes Brabant", "SeniorenNet Fryslân": a brand, not two names
            cuts.setdefault(match.start(), rule.name)
    if not cuts:
        return [(piece, "")]
    bounds = [0, *sorted(cuts), len(piece)]
    pairs = [(piece[a:b].strip(), cuts.get(b, cuts.get(a, ""))) for a, b in pairwise(bounds)]
    return [(name, rule) for name, rule in pairs if name]


def _brand(left: str, right: str) -> bool:
    """Whether a cut inside a piece's first word would split a CamelCase brand: one part short
    ("DigiMaatjes", "SeniorenNet"), the second no name's first word ("BasiclyBossers & Cnossen",
    "AccareGemeente Groningen" are two names)."""
    word = right.split(" ", 1)[0]
    return " " not in left and (len(left) < 6 or len(word) < 5) and not org_head(word)


_ASIDE = re.compile(r"\s*\([^()]*(?:,| en | and )[^()]*\)")
APPOSED_LAST = re.compile(r",\s+(?:het|de|een|the|an?)\s+[^A-Z,;()]*(?:\b(?:en|and)\b)[^A-Z,;()]*$")
"""What the last name of a list is, after it: ", het computerhulpnetwerk van en voor agrariërs"
(whose " en " ends no name)."""


def split_partner_list(
    text: str, organisations: dict[str, str] | None = None, glue: bool = True, ands: bool = True
) -> list[ListedName]:
    """Split a list of partners into names, repairing names that run together.

    First the names the lexicon knows are found (case-insensitive, also where they touch
    another name without a space, and kept whole even when they contain a comma or "en");
    the rest is split on commas, semicolons and "en", and cut by the general `GLUE_RULES`.

    Args:
        text: The list, e.g. "A, BC en D".
        organisations: Lowercased name or alias -> canonical name.
        glue: Whether to cut by the `GLUE_RULES` (the lexicon's names always cut).
        ands: Whether " en " may separate names (not in a list written with commas only).

    Returns:
        The names in the order of the text.
    """
    table = lowered(organisations or {})
    text = _ASIDE.sub(lambda aside: " " * len(aside.group()), text)  # "X (vestigingen A, B en
    text = APPOSED_LAST.sub(lambda aside: " " * len(aside.group()), text)
    spans = _known_spans(text, table)  # C)": an aside, blanked where it stands
    names: list[ListedName] = []
    for start, end in _pieces(text, spans, ands):
        for part_start, part_end in _parts(text, start, end, spans):
            names.extend(_read_part(text, part_start, part_end, spans, table, glue))
    return names


def whole_item(text: str, organisations: dict[str, str] | None = None) -> list[ListedName]:
    """The one name a list line gives (a bullet, a table cell, a line under a heading): not
    split at commas or "en" nor cut where words run together ("Van der Maas en Partners",
    "NoorderDigitaal B.V."); a leading bullet and article are left out.

    >>> [name.written for name in whole_item("- ZB | Planbureau en Bibliotheek van Zeeland")]
    ['ZB | Planbureau en Bibliotheek van Zeeland']
    """
    return _read_part(text, 0, len(text), [], lowered(organisations or {}), glue=False)


def _known_spans(text: str, table: dict[str, str]) -> list[Span]:
    candidates = []
    for key, canonical in table.items():
        if not key.strip():
            continue
        for match in re.finditer(re.escape(key), text, re.IGNORECASE):
            first = text[match.start()]
            if first.isupper() or first.isdigit() or canonical[:1].islower():
                candidates.append(Span(match.start(), match.end(), canonical))
    return _select_spans(text, candidates)


def _select_spans(text: str, candidates: list[Span]) -> list[Span]:
    """The longest non-overlapping spans whose edges are open (see `_open_left`), stable."""
    pool = candidates
    while True:
        starts = {span.start for span in pool}
        ends = {span.end for span in pool}
        valid = [
            span
            for span in pool
            if _open_left(text, span.start, ends) and _open_right(text, span.end, starts)
        ]
        chosen = longest_first(valid)
        if len(chosen) == len(pool):
            return sorted(chosen, key=lambda span: span.start)
        pool = chosen


def longest_first(spans: list[Span]) -> list[Span]:
    """The spans that do not overlap, the longest chosen first (the earlier of equal ones).

    Args:
        spans: Candidate spans, in any order.

    Returns:
        The chosen spans, longest first (not in text order).
    """
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if all(span.end <= other.start or other.end <= span.start for other in chosen):
            chosen.append(span)
    return chosen


def _case_break(left: str, right: str) -> bool:
    """A lowercase letter or digit followed by a capital: "GroningenUMCG"."""
    return (left.islower() or left.isdigit()) and right.isupper()


def _open_left(text: str, start: int, ends: set[int]) -> bool:
    """A name may start here: at a non-letter, a case break, or where another name ends."""
    return (
        start == 0
        or not text[start - 1].isalnum()
        or start in ends
        or _case_break(text[start - 1], text[start])
    )


def _open_right(text: str, end: int, starts: set[int]) -> bool:
    """A name may end here: before a non-letter, a case break, or where another name starts."""
    return (
        end == len(text)
        or not text[end].isalnum()
        or end in starts
        or _case_break(text[end - 1], text[end])
    )


def _separators(text: str, spans: list[Span], use_ands: bool = True) -> list[re.Match[str]]:
    """The separators outside known names: in a list cut by two or more semicolons only those
    (commas and " en " are then inside names); else every comma and semicolon, and one " en ": after
    the last comma (an " en " before it is inside a name: "Stichting Kunst en Cultuur, ..."),
    not inside a place,
    before a word that opens a name if there is one ("... Welzijn en Zorg Velsen en Hogeschool
    Inholland"), else the last."""
    found = [
        match
        for match in _SEPARATOR.finditer(text)
        if not any(span.start < match.end() and match.start() < span.end for span in spans)
    ]
    places = [(start, end) for start, end, _ in places_in(text)]  # "Seniorenbond Peel en Maas"
    if sum(";" in match.group() for match in found) >= 2:  # "A; Stichting Werk, Taal & Waarde;
        semis = [match for match in found if ";" in match.group()]  # en Taalhuis Kempen en Dommel"
        last = [  # "A en Omstreken; B; C en D": the last item's " en " ends the list
            m
            for m in found
            if m.start() > semis[-1].end()
            and m.group().strip() in ("en", "and")
            and "," not in text[semis[-1].end() :]
            and not re.match(r"\s*(?:en|and)\s", text[semis[-1].start() + 1 :])
            and not any(start < m.start() < end for start, end in places)
            and not text[: m.start()].endswith("-")
        ]
        return semis + (last[-1:] if use_ands else [])
    commas = [m for m in found if m.group().strip() not in ("en", "and")]
    kept: list[re.Match[str]] = []
    for m in commas:  # "A, Stichting Welzijn, Wonen en Zorg X, B": the second comma is the name's
        start = kept[-1].end() if kept else 0
        if not (m.group().strip() == "," and comma_name(text[start : m.start()], text[m.end() :])):
            kept.append(m)
    commas = kept
    last_comma = commas[-1].end() if commas else 0
    ands = [
        m
        for m in found
        if m.group().strip() in ("en", "and")
        and m.start() >= last_comma
        and not any(start < m.start() < end for start, end in places)
        and not text[: m.start()].endswith("-")  # "Lees- en Leerhuis": one word, shared
    ]
    headed = [m for m in ands if text[m.end() :].split(" ", 1)[0].lower() in ORG_HEADS]
    chosen = headed[:1] or ands[-1:]
    kinds = [  # "... en ICT-dienstverlener Van Hecke, De Smet & Partners": a name opens there
        m
        for m in found
        if m.group().strip() in ("en", "and")
        and (_KIND.match(text, m.end()) or DESCRIBED.match(text, m.end()))
    ]
    cuts = commas + (chosen if use_ands else []) + (kinds if use_ands else [])
    return sorted({m.start(): m for m in cuts}.values(), key=lambda m: m.start())


_KIND = re.compile(r"(?:Gemeente|Provincie|Municipality of|Province of) [A-Z'’]")
"""A capitalised kind after " en " always opens a name ("Gemeente Vlissingen en Gemeente
Veere", as `each_place` writes "de gemeenten Vlissingen en Veere")."""


def _pieces(text: str, spans: list[Span], ands: bool = True) -> list[tuple[int, int]]:
    """Split at separators that do not fall inside a known name."""
    pieces: list[tuple[int, int]] = []
    position = 0
    for match in _separators(text, spans, ands):
        pieces.append((position, match.start()))
        position = match.end()
    pieces.append((position, len(text)))
    return pieces


def _parts(text: str, start: int, end: int, spans: list[Span]) -> list[tuple[int, int]]:
    """Cut a piece where a known name touches other text without a space."""
    cuts = {start, end}
    for span in spans:
        if start <= span.start and span.end <= end:
            if span.start > start and not text[span.start - 1].isspace():
                cuts.add(span.start)
            if span.end < end and not text[span.end].isspace():
                cuts.add(span.end)
    bounds = sorted(cuts)
    return list(pairwise(bounds))


def _read_part(
    text: str, start: int, end: int, spans: list[Span], table: dict[str, str], glue: bool
) -> list[ListedName]:
    raw = text[start:end]
    if _NO_ITEM.match(raw.strip()):
        return []  # "'Cyberveilig ondernemen' (3 avonden)", "een kapper in Wildervank"
    lead = _ITEM_LEAD.match(raw.strip())
    item = raw.strip()[lead.end() if lead else 0 :]
    item = _ITEM_SELF.sub(
        "", item[someone.end() :] if (someone := SOMEONE_FROM.match(item)) else item
    )
    item = item.strip(_ITEM_TRAIL)
    item = _CLAUSE_AFTER.sub("", _PEOPLE_AT.sub("", item)).strip(_ITEM_TRAIL)
    item = _TITLED.split(item, 1)[0]  # "Bibliotheek X – \"The Question Desk\"", "X – hulp aan huis"
    bare = _BRACKETS.sub("", item).strip(_ITEM_TRAIL)  # "Woonstichting X (dat zijn wij!)"
    item = bare if bare and bare in raw else item
    item = ordinal_after(item)[0]  # "Woonstichting X als tiende": the joins read the order
    dotted = DOTTED_END.search(_BRACKETS.sub("", raw).rstrip(" \t,;:"))  # "X B.V. (nieuw)"
    if dotted and not item.endswith("."):  # "NoorderDigitaal B.V.": the period is the name's
        item += "."
    if not item or DESCRIPTOR.fullmatch(re.sub(r"^(?:een|an?) ", "", item)):  # "X, een
        return []  # IT-bedrijf": what X is, not a name
    offset = start + raw.index(item)
    kind, _, rest = item.partition(" ")
    if kind in NAME_KINDS and rest[:1].isupper():  # "gemeente Vaals": Gemeente Vaals
        item = f"{NAME_KINDS[kind]} {rest}"
    elif (lead := _LOWER_LEAD.match(item)) and not set(lead.group().split()) & _PARTICLES:
        item = item[lead.end() :]  # "woningcorporatie Ieder1", "housing corporation X": what
        # it is, not who
    for span in spans:
        if span.start == offset and span.end == offset + len(item):
            return [ListedName(span.value, item, True, "", item)]
    names = []
    for name, rule in _glue_split(item) if glue else [(item, "")]:
        canonical = lookup(table, name)
        names.append(ListedName(canonical or name, name, canonical is not None, rule, item))
    return names


def phrases_in(text: str, table: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, key) of every table phrase in `text`, whole words, longest first, no overlap."""
    found: list[Span] = []
    lower = text.lower()
    for key in table:
        if not key.strip() or key.lower() not in lower:
            continue
        pattern = rf"(?<!\w){re.escape(key)}(?!\w)"
        found.extend(Span(m.start(), m.end(), key) for m in re.finditer(pattern, text, re.I))
    return [(span.start, span.value) for span in sorted(longest_first(found), key=_by_start)]


def _by_start(span: Span) -> int:
    return span.start


def firm_names(names: list[ListedName], list_text: str) -> tuple[list[ListedName], list[str]]:
    """Join "A, B & C" back into one firm's name where neither part is known, "A" is one
    capitalised word and "B & C" two (a law-firm pattern: "Goldmund, Wyldebeast &
    Wunderliebe"); each join comes with a warning, as the reading is uncertain."""
    merged: list[ListedName] = []
    warnings: list[str] = []
    for name in names:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and not previous.known
            and not name.known
            and (joined := one_firm(previous.written, name.written, list_text))
        ):
            merged[-1] = ListedName(joined, joined, False, "", joined)
            warnings.append(
                f"{previous.written!r} and {name.written!r} read as one name {joined!r} (a "
                "firm's name); if they are two, add them to the lexicon"
            )
        else:
            merged.append(name)
    return merged, warnings


_HEAD_AND_WORD = re.compile(r"(?:[Dd]e |[Hh]et )?(?P<head>[A-Z]\w+) [A-Z][\w-]+")
_WORD_AND = re.compile(r"(?P<next>[A-Z][\w-]+) en [A-Z]")


def comma_name(before: str, after: str) -> bool:
    """Whether the comma between a list piece `before` and the text `after` it is inside a
    name: a head word and one word, then a word and "en" ("Stichting Welzijn, Wonen en Zorg
    Vught"), but not places ("Gemeente Ede, Wageningen en Renkum").

    >>> comma_name("Stichting Welzijn", "Wonen en Zorg Vught")
    True
    >>> comma_name("Gemeente Ede", "Wageningen en Renkum")
    False
    """
    head, word = _HEAD_AND_WORD.fullmatch(before.strip()), _WORD_AND.match(after.strip())
    if not head or not word or head["head"].lower() not in ORG_HEADS:
        return False
    if head["head"].lower() in NAME_KINDS:
        return False
    return word["next"].lower() not in ORG_HEADS and not places_in(word["next"])


def comma_names(pieces: list[str]) -> list[str]:
    """List pieces cut at commas, with a name that has a comma inside joined again."""
    joined: list[str] = []
    for piece in pieces:
        if joined and comma_name(joined[-1], piece):
            joined[-1] = f"{joined[-1]}, {piece}"
        else:
            joined.append(piece)
    return joined
