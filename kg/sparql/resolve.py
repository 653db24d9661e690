"""IRI parameters as people write them: a full IRI, a prefixed name as `kg query` prints it, a
path under the base, or a name or alias, each checked to name something in the graph.

A name is looked up among the labels (`skos:prefLabel`, `skos:altLabel`, `schema:legalName`):
exactly (ignoring case) first, then by similarity (rapidfuzz), and the match is said, so a typo
never silently answers about something else. An IRI that names nothing is an error with the
closest candidates, never an empty answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.rdf.iri import KINDS, prefixes

if TYPE_CHECKING:
    from kg.sparql.engine import Engine

__all__ = ["FIND", "Resolved", "resolve_iri", "similar"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_RELATIVE = re.compile(r"^[A-Za-z0-9][^\s<>\"{}|\\^`:]*$")
_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
LABELS = "<http://www.w3.org/2004/02/skos/core#prefLabel>|<http://www.w3.org/2004/02/skos/core#altLabel>|<https://schema.org/legalName>"
EXISTS = "ASK { { ?x ?p ?o } UNION { ?s ?p ?x } }"
NAMED = f"SELECT DISTINCT ?x ?label WHERE {{ ?x {LABELS} ?label FILTER(ISIRI(?x)) }}"
KIND_OF_PARAM = {
    "coalition": "coalition",
    "with": "coalition",
    "org": "organisation",
    "organisation": "organisation",
    "region": "region",
    "place": "region",
    "province": "region",
    "goal": "goal",
    "source": "source",
    "theme": "theme",
}
"""The kind of thing a parameter names, by its name: its candidates come first."""
SIMILAR = 85
"""The least rapidfuzz score (0-100) at which a name is taken for a label it does not equal."""
FIND = 75
"""The least score at which a search (`find`) shows a label that does not contain the text."""


@dataclass(frozen=True)
class Resolved:
    """A parameter's IRI, and how a name or typo was matched (None when it was an IRI)."""

    iri: str
    note: str | None = None


def _expand(raw: str, base: str) -> str | None:
    """The IRI a raw value spells: a prefixed name, an absolute IRI or a path; None for a name.

    >>> _expand("organisation:umcg", "https://w3id.org/dlkg/")
    'https://w3id.org/dlkg/organisation/umcg'
    >>> _expand("organisation/umcg", "https://w3id.org/dlkg/")
    'https://w3id.org/dlkg/organisation/umcg'
    >>> _expand("UMCG", "https://w3id.org/dlkg/") is None
    True
    """
    names = prefixes(base)
    if _SCHEME.match(raw):
        prefix, _, local = raw.partition(":")
        if prefix in names and not local.startswith("//"):
            return names[prefix] + local
        return raw if _ABSOLUTE.match(raw) else None
    if "/" in raw and _RELATIVE.match(raw):
        return base + raw.lstrip("/")
    return None


def _labels(engine: Engine) -> list[tuple[str, str]]:
    """(IRI, label) of every labelled thing, sorted."""
    result = engine.query(NAMED)
    return sorted({(str(row[0]), str(row[1])) for row in result.rows if row[0] and row[1]})


def _exists(engine: Engine, iri: str) -> bool:
    from rdflib import URIRef

    return bool(engine.query(EXISTS, {"x": URIRef(iri)}).boolean)


def similar(
    text: str,
    labels: list[tuple[str, str]],
    limit: int | None = None,
    cutoff: float = 0,
    containing: bool = False,
) -> list[tuple[float, str, str]]:
    """(score, key, label) of the labels most like `text` (rapidfuzz WRatio on case-folded words
    without punctuation, 0-100), one row per key with its best label, best first, then by key.
    `labels` are (key, label) pairs; only scores of at least `cutoff` count, and with `containing`
    also every label that contains the text's words as they are written.

    >>> labels = [("a", "Hanze"), ("a", "Hanzehogeschool"), ("b", "Groningen")]
    >>> [(key, label) for _, key, label in similar("Groningn", labels, cutoff=75)]
    [('b', 'Groningen')]
    >>> [(round(score), key, label) for score, key, label in similar("hanze", labels)][0]
    (100, 'a', 'Hanze')
    """
    from rapidfuzz import fuzz, process, utils

    query = utils.default_process(text)
    if len(query) < 2:
        return []
    choices = [label for _, label in labels]
    best: dict[str, tuple[float, str]] = {}
    found = process.extract(
        query, choices, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit
    )
    for label, score, index in found:
        key = labels[index][0]
        if (score >= cutoff or (containing and query in utils.default_process(label))) and (
            score > best.get(key, (-1.0, ""))[0]
        ):
            best[key] = (score, label)
    return sorted(((s, k, label) for k, (s, label) in best.items()), key=lambda r: (-r[0], r[1]))


def _ranked(
    text: str, labels: list[tuple[str, str]], wanted: str | None, base: str
) -> list[tuple[float, str, str]]:
    """(score, IRI, label) of the labels most like `text`, one row per thing, best first; things
    of the parameter's kind before others with the same score."""
    kind = f"{base}{wanted}/" if wanted else None

    def order(item: tuple[float, str, str]) -> tuple[float, bool, str]:
        score, iri, _label = item
        return (-score, not (kind and iri.startswith(kind)), iri)

    return sorted(similar(text, labels, limit=50), key=order)


def resolve_iri(
    name: str, raw: str, engine: Engine, base: str, short: Callable[[str], str] | None = None
) -> Resolved:
    """The IRI that parameter `name` means by `raw`, checked against the graph of `engine`.

    Raises:
        InputError: The value names nothing in the graph; the message lists the closest things.
    """
    shorten = short or (lambda iri: iri)
    wanted = KIND_OF_PARAM.get(name)
    iri = _expand(raw.strip(), base)
    if iri is not None and _exists(engine, iri):
        return Resolved(iri)
    labels = _labels(engine)
    text = raw.strip() if iri is None else raw.strip().rstrip("/").rsplit("/", 1)[-1]
    if iri is None:
        exact = sorted({i for i, label in labels if label.casefold() == text.casefold()})
        if wanted:  # an organisation parameter does not take a place of the same name
            exact = [i for i in exact if i.startswith(f"{base}{wanted}/")]
        if len(exact) == 1:
            return Resolved(exact[0], f"{name}={raw!r} is {shorten(exact[0])}")
    ranked = _ranked(text.replace("-", " "), labels, wanted, base)
    if wanted:  # a coalition parameter takes a coalition when the graph has one like it
        ranked = [r for r in ranked if r[1].startswith(f"{base}{wanted}/")] or ranked
    if (
        iri is None
        and ranked
        and ranked[0][0] >= SIMILAR
        and (len(ranked) == 1 or ranked[1][0] < ranked[0][0])
    ):
        _score, found, label = ranked[0]
        return Resolved(found, f"{name}={raw!r} taken as {label!r} ({shorten(found)})")
    candidates = ", ".join(f"{shorten(i)} ({label})" for _, i, label in ranked[:5])
    what = "names nothing in the graph" if iri is not None else "names no one thing in the graph"
    hint = f"; did you mean {candidates}?" if candidates else ""
    raise InputError(
        f"parameter {name}={raw!r} {what}{hint} (`kg query find --param text=...` searches the "
        f"names; an IRI parameter also takes an IRI, a prefixed name such as {KINDS[1]}:umcg or "
        f"a path such as {KINDS[1]}/umcg)"
    )
