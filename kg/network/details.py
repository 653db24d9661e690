"""What the network page says about a node or a link, in Dutch and English.

A detail is a row `[field, value, how]`: `how` is 0 for text, 1 for a value shown as a link
(when it is an http(s) URL) and 2 for an evidence sentence with a name marked in it, whose value
is then `[before, name, after]`. The page puts every part on screen as text.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from functools import lru_cache
from typing import Any

import networkx as nx

from kg.network import measures, style

__all__ = [
    "LANGS",
    "edge_details",
    "evidence_row",
    "mark_name",
    "membership_rows",
    "node_details",
    "text",
]

LANGS = ("nl", "en")
"""The languages of the page (both are embedded; the page switches between them)."""


def text(value: Any) -> str:
    """A value as page text."""
    return value if isinstance(value, str) else str(value)


def mark_name(sentence: str, names: list[str]) -> list[str] | None:
    """`[before, name, after]`: the first of `names` found in `sentence`, longest name first.

    A whole-word match wins over a match inside a longer word (the press release's list runs
    names together: "GroningenGemeente Groningen"). None when no name is there.

    >>> mark_name("Partners: RUG, Hanze en UMCG.", ["UMCG", "Hanzehogeschool", "Hanze"])
    ['Partners: RUG, ', 'Hanze', ' en UMCG.']
    >>> mark_name("De noordelijke ICT-sector doet mee.", ["Samenwerking Noord"]) is None
    True
    """
    found = _mark(sentence, tuple(sorted({n for n in names if n and n.strip()})))
    return None if found is None else list(found)


@lru_cache(maxsize=4096)
def _mark(sentence: str, names: tuple[str, ...]) -> tuple[str, str, str] | None:
    lowered = sentence.lower()
    candidates = sorted((n for n in names if n.lower() in lowered), key=lambda n: (-len(n), n))
    for bounded in (True, False):
        for name in candidates:
            pattern = re.escape(name)
            if bounded:
                pattern = rf"(?<!\w){pattern}(?!\w)"
            found = re.search(pattern, sentence, re.IGNORECASE)
            if found:
                start, end = found.span()
                return (sentence[:start], sentence[start:end], sentence[end:])
    return None


def _names(G: nx.Graph, node: Hashable) -> list[str]:
    data = G.nodes[node]
    names = [text(data[k]) for k in ("label", "label_nl", "label_en") if data.get(k)]
    names += [a for a in text(data.get("aliases", "")).split("|") if a]
    return names


def membership_rows(
    G: nx.Graph, org: Hashable, coalition: Hashable, data: dict[str, Any], lang: str
) -> list[list[Any]]:
    """The rows an organisation's details give for one membership: where, and on what evidence."""
    ui = style.UI[lang]
    note = measures.label_of(G, coalition, lang)
    extra = [text(data[f]) for f in ("join_order", "joined") if data.get(f) not in (None, "")]
    if data.get("join_order") not in (None, ""):
        extra[0] = f"{ui['field']['join_order']} {extra[0]}"
    if data.get("known_since"):
        extra.append(f"{ui['field']['known_since']} {data['known_since']}")
    if data.get("ended_by"):
        extra.append(f"{ui['field']['ended_by']} {data['ended_by']}")
    if extra:
        note += " (" + ", ".join(extra) + ")"
    rows: list[list[Any]] = [[ui["field"]["member_of"], note, 0]]
    if data.get("evidence"):
        rows.append(evidence_row(G, org, data, lang))
    return rows


def evidence_row(
    G: nx.Graph, org: Hashable, data: dict[str, Any], lang: str, *, with_source: bool = True
) -> list[Any]:
    """The evidence sentence of a membership, the organisation's name marked where it occurs."""
    ui = style.UI[lang]
    sentence = text(data["evidence"])
    source = " (" + text(data["source"]) + ")" if data.get("source") and with_source else ""
    marked = mark_name(sentence, _names(G, org))
    if marked is None:
        return [ui["field"]["evidence"], "“" + sentence + "”" + source, 0]
    return [ui["field"]["evidence"], ["“" + marked[0], marked[1], marked[2] + "”" + source], 2]


def node_details(
    G: nx.Graph,
    node: Hashable,
    lang: str,
    *,
    names: dict[str, dict[str, str]],
    memberships: list[list[Any]],
    score: str | None,
    measure: str,
) -> list[list[Any]]:
    """A node's rows: its kind, its fields (concepts named in `lang` via `names`: field ->
    default label -> label), its memberships, its score and its IRI."""
    ui = style.UI[lang]
    data = G.nodes[node]
    kind = text(data.get("kind", ""))
    rows: list[list[Any]] = [[ui["field"]["kind"], ui["kind"].get(kind, kind), 0]]
    if kind == "coalition" and data.get("collaboration_kind"):
        shown = data.get(f"collaboration_kind_{lang}") or data["collaboration_kind"]
        rows.append([ui["field"]["collaboration_kind"], text(shown), 0])
    for field in style.NODE_FIELDS:
        value = data.get(field)
        if value in (None, ""):
            continue
        shown = names.get(field, {}).get(text(value), text(value))
        rows.append([ui["field"][field], shown, 1 if field in style.URL_FIELDS else 0])
    rows.extend(memberships)
    if score is not None:
        rows.append([ui["field"][measure], score, 0])
    rows.append([ui["field"]["iri"], str(node), 0])
    return rows


def edge_details(
    G: nx.Graph, u: Hashable, v: Hashable, data: dict[str, Any], lang: str
) -> list[list[Any]]:
    """A link's rows: its kind, its ends and its fields (the evidence with the name marked)."""
    ui = style.UI[lang]
    kind = text(data.get("kind", ""))
    rows: list[list[Any]] = [[ui["field"]["kind"], ui["edge"].get(kind, kind), 0]]
    rows.append([ui["field"]["from"], measures.label_of(G, u, lang), 0])
    rows.append([ui["field"]["to"], measures.label_of(G, v, lang), 0])
    for field in style.EDGE_FIELDS:
        if data.get(field) in (None, ""):
            continue
        if field == "evidence" and G.nodes[u].get("kind") == "organisation":
            row = evidence_row(G, u, data, lang, with_source=False)
            if row[2] == 2:
                rows.append(row)
                continue
        rows.append([ui["field"][field], text(data[field]), 1 if field in style.URL_FIELDS else 0])
    return rows
