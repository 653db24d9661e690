"""The report's drawings as numbers: where every text, dot, line and box goes.

Each figure is sized from its texts, with `text_width` an upper bound of a text's width, so
every label is inside its figure, whatever the names. The template `report.html` draws the
numbers as inline SVG (escaped, no script); nothing here writes markup. Colours come from one
function, `concept_colours`, which is the palette of `kg.network.style`.
"""

from __future__ import annotations

import datetime
import math
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kg.network.style import NO_SECTOR_COLOUR, sector_colours

if TYPE_CHECKING:
    from kg.network.dated import Growth, Point

__all__ = [
    "EM",
    "FONT",
    "NO_CONCEPT",
    "bars",
    "concept_colours",
    "growth_chart",
    "network_figure",
    "text_width",
]

FONT = 12
"""Pixels: the size of every text in the drawings (`svg text` in report.html)."""
EM = 0.7
"""An upper bound of the width of one character of the page's sans-serif font, in em: wide
enough for capitals and accented letters, so a label sized with it never runs out."""
BOLD = 1.1
"""How much wider bold text is, at most."""
ROW = 22
"""Pixels between two organisations' labels in the network figure."""
MARGIN = 8
NO_CONCEPT = NO_SECTOR_COLOUR
"""The colour of an organisation without the concept (no sector)."""


def text_width(text: str, size: float = FONT, *, bold: bool = False) -> float:
    """An upper bound of the width `text` takes at `size` pixels.

    >>> round(text_width("UMCG"), 1), text_width("UMCG", bold=True) > text_width("UMCG")
    (33.6, True)
    """
    return len(text) * EM * size * (BOLD if bold else 1.0)


def concept_colours(concepts: Iterable[str]) -> dict[str, str]:
    """The colour of each concept, keyed on its IRI: `kg.network.style.sector_colours`, the one
    palette of the network page, the report and the site (the same in every language).

    >>> concept_colours(["https://w3id.org/dlkg/def/sector/government", "x:other"])
    {'https://w3id.org/dlkg/def/sector/government': '#332288', 'x:other': '#88ccee'}
    """
    return {key: colour for key, colour in sector_colours(concepts).items() if key}


def bars(rows: Sequence[tuple[str, int, str]], total: int) -> dict[str, Any]:
    """Horizontal bars of (name, count, colour): the label column sized to the longest name."""
    label = max((text_width(name) for name, _, _ in rows), default=0.0) + 10
    longest, height = 360, 22
    drawn = []
    for i, (name, count, colour) in enumerate(rows):
        length = max(2, round(longest * count / max(total, 1)))
        note = f"{count} ({100 * count / max(total, 1):.0f}%)"
        drawn.append(
            {
                "y": i * height + 2,
                "name": name,
                "colour": colour,
                "length": length,
                "note": note,
                "note_x": label + length + 6,
            }
        )
    width = label + longest + 6 + text_width("999 (100%)") + MARGIN
    return {"width": round(width), "height": height * len(rows) + 4, "x": label, "rows": drawn}


def _wrap(label: str, width: int = 24) -> list[str]:
    return textwrap.wrap(label, width, break_long_words=False, break_on_hyphens=False) or [label]


def network_figure(
    collaborations: Sequence[tuple[str, str]],
    memberships: Mapping[str, Iterable[str]],
    labels: Mapping[str, str],
    colours: Mapping[str, str],
) -> dict[str, Any]:
    """Collaborations as labelled boxes, their members as labelled dots joined to them.

    Organisations in more than one collaboration stand in a column on the left (bold), joined
    to each of their collaborations; the others beside their one collaboration on the right (or,
    when no organisation is shared, on both sides of it). Labels are one per row: none overlap.

    Args:
        collaborations: (id, label) in the order to draw them.
        memberships: organisation id -> the ids of its collaborations.
        labels: organisation id -> label.
        colours: organisation id -> fill colour.
    """
    order = {c: i for i, (c, _) in enumerate(collaborations)}
    groups = {
        o: sorted(set(cs) & set(order), key=order.__getitem__) for o, cs in memberships.items()
    }
    by_label = sorted((o for o in groups if groups[o]), key=lambda o: (labels[o].casefold(), o))
    shared = [o for o in by_label if len(groups[o]) > 1]
    sides: dict[str, tuple[list[str], list[str]]] = {}
    for c, _ in collaborations:
        own = [o for o in by_label if groups[o] == [c]]
        half = 0 if shared else (len(own) + 1) // 2
        sides[c] = (own[:half], own[half:])
    line = FONT + 4
    boxes: list[dict[str, Any]] = []
    places: dict[str, tuple[str, float]] = {}
    top = MARGIN + 0.0
    for c, label in collaborations:
        lines = _wrap(label)
        box_h = len(lines) * line + 12
        left, right = sides[c]
        h = max(max(len(left), len(right)) * ROW, box_h)
        centre = top + h / 2
        box_w = max(text_width(t, bold=True) for t in lines) + 20
        boxes.append({"id": c, "cy": centre, "w": box_w, "h": box_h, "lines": lines})
        for side, names in (("left", left), ("right", right)):
            first = centre - len(names) * ROW / 2 + ROW / 2
            for j, o in enumerate(names):
                places[o] = (side, first + j * ROW)
        top += h + ROW
    height = top - ROW + MARGIN
    centre_of = {b["id"]: b["cy"] for b in boxes}
    if shared:
        shared.sort(key=lambda o: (sum(centre_of[c] for c in groups[o]) / len(groups[o]), o))
        first = max(MARGIN + ROW / 2, (height - len(shared) * ROW) / 2 + ROW / 2)
        for j, o in enumerate(shared):
            places[o] = ("left", first + j * ROW)
        height = max(height, first + len(shared) * ROW - ROW / 2 + MARGIN)
    widths = {o: text_width(labels[o], bold=o in shared) for o in places}
    left_w = max((widths[o] for o, (s, _) in places.items() if s == "left"), default=None)
    right_w = max((widths[o] for o, (s, _) in places.items() if s == "right"), default=None)
    link = 70
    left_dot = MARGIN + (left_w or 0) + 10
    column = left_dot + link if left_w is not None else MARGIN
    column_w = max((b["w"] for b in boxes), default=0)
    right_dot = column + column_w + link
    width = right_dot + 10 + (right_w or 0) + MARGIN if right_w is not None else column + column_w
    for b in boxes:
        b["x"], b["y"] = column + (column_w - b["w"]) / 2, b["cy"] - b["h"] / 2
        b["texts"] = [
            {"x": column + column_w / 2, "y": b["y"] + 6 + (k + 1) * line - 4, "text": t}
            for k, t in enumerate(b["lines"])
        ]
    dots: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    for o, (side, y) in sorted(places.items(), key=lambda p: (p[1][1], p[0])):
        x = left_dot if side == "left" else right_dot
        dots.append({"x": x, "y": y, "colour": colours.get(o, NO_CONCEPT), "title": labels[o]})
        for c in groups[o]:
            b = next(b for b in boxes if b["id"] == c)
            edge = b["x"] if side == "left" else b["x"] + b["w"]
            links.append({"x1": x, "y1": y, "x2": edge, "y2": b["cy"]})
        texts.append(
            {
                "x": x - 10 if side == "left" else x + 10,
                "y": y + FONT * 0.35,
                "text": labels[o],
                "anchor": "end" if side == "left" else "start",
                "bold": o in shared,
            }
        )
    return {
        "width": math.ceil(max(width, column + column_w + MARGIN)),
        "height": math.ceil(max(height, 2 * MARGIN)),
        "boxes": boxes,
        "dots": dots,
        "links": links,
        "texts": texts,
    }


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text[:10])


def _step(top: int) -> int:
    """A round step that cuts 0..top into at most five parts."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 5:
            return step
    return 10 ** math.ceil(math.log10(max(top, 1) / 5))


def growth_chart(
    growth: Growth, href: Callable[[Point], str], words: Mapping[str, str]
) -> dict[str, Any]:
    """Stated partners (dots joined by a line) and named partners (squares on a step line) over
    time, on one date axis. Every point has `href` (its source) and a tooltip; `words` gives
    `stated` and `named`, the legend's texts."""
    points = growth.stated + growth.named
    days = [_day(p.date) for p in points]
    first, last = min(days), max(days)
    pad = max(30, (last - first).days // 20)
    start, end = first - datetime.timedelta(days=pad), last + datetime.timedelta(days=pad)
    top = max(p.value for p in points)
    step = _step(top)
    y_max = step * math.ceil(max(top, 1) / step)
    ticks = list(range(0, y_max + 1, step))
    left = MARGIN + max(text_width(str(t)) for t in ticks) + 8
    legend: list[dict[str, Any]] = [
        {"kind": kind, "text": words[kind]} for kind in ("stated", "named") if getattr(growth, kind)
    ]
    legend_w = sum(text_width(item["text"]) + 40 for item in legend)
    width = max(640.0, left + legend_w + MARGIN)
    plot_top, plot_bottom, right = 40.0, 220.0, width - 24
    height = plot_bottom + 12 + FONT + MARGIN

    def x(day: datetime.date) -> float:
        return left + (right - left) * (day - start).days / max((end - start).days, 1)

    def y(value: int) -> float:
        return plot_bottom - (plot_bottom - plot_top) * value / y_max

    xs = _x_ticks(first, last, x, left, right)
    pos = 0.0
    for item in legend:
        item["x"] = left + pos
        pos += text_width(item["text"]) + 40

    def drawn(series: list[Point], kind: str) -> list[dict[str, Any]]:
        return [
            {
                "x": x(_day(p.date)),
                "y": y(p.value),
                "href": href(p),
                "title": f"{p.date}: {p.value} {words[kind]}",
                "kind": kind,
            }
            for p in series
        ]

    stated, named = drawn(growth.stated, "stated"), drawn(growth.named, "named")
    step_line = []
    for i, p in enumerate(named):
        if i:
            step_line.append((p["x"], named[i - 1]["y"]))
        step_line.append((p["x"], p["y"]))
    if named:
        step_line.append((right, named[-1]["y"]))
    return {
        "width": math.ceil(width),
        "height": math.ceil(height),
        "left": left,
        "right": right,
        "top": plot_top,
        "bottom": plot_bottom,
        "y_ticks": [{"y": y(t), "text": str(t)} for t in ticks],
        "x_ticks": xs,
        "legend": legend,
        "stated_line": " ".join(f"{p['x']:.1f},{p['y']:.1f}" for p in stated),
        "named_line": " ".join(f"{px:.1f},{py:.1f}" for px, py in step_line),
        "points": stated + named,
    }


def _x_ticks(
    first: datetime.date,
    last: datetime.date,
    x: Callable[[datetime.date], float],
    left: float,
    right: float,
) -> list[dict[str, Any]]:
    """Ticks at new year (every n-th year when they crowd), else at the first and last dates.

    A label is moved inside the plot when it would stick out, and left out when it would
    overlap the one before.
    """
    years = list(range(first.year + 1, last.year + 1))
    if len(years) >= 2:
        every = max(1, math.ceil(len(years) / 8))
        marks = [(datetime.date(year, 1, 1), str(year)) for year in years[::every]]
    else:
        marks = [(d, d.isoformat()) for d in sorted({first, last})]
    ticks: list[dict[str, Any]] = []
    for day, text in marks:
        at, half = x(day), text_width(text) / 2
        label = min(max(at, left + half), right + 20 - half)
        if ticks and label - half < ticks[-1]["label"] + ticks[-1]["half"] + 6:
            continue
        ticks.append({"x": at, "label": label, "half": half, "text": text})
    return ticks
