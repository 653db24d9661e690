"""Press releases into quads: what the reader extracts, with its evidence, merged with the
curated names, and where a text and the membership table disagree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.assembly.counts import add_count
from kg.assembly.curated import (
    REGION_TYPES,
    Context,
    Names,
    add_former_name,
    add_membership,
    add_named,
)
from kg.assembly.places import gazetteer_region
from kg.assembly.quads import DLKG, OA, ORG, PROV, RDF, SDO, SKOS, XSD, text_literal, typed_literal
from kg.assembly.review import admitted
from kg.errors import InputError
from kg.ingest.tables import Row, read_text

if TYPE_CHECKING:
    from kg.ingest.extract import Evidence, Extraction, Fact, Lexicon, When

__all__ = ["NameIndex", "add_texts", "extraction_quads", "lexicon", "within_text"]


def lexicon(ctx: Context) -> Lexicon:
    """What the curated tables know, for the extractor."""
    from kg.ingest.extract import Lexicon

    groups = {
        label.lower(): concept.rsplit("/", 1)[1]
        for concept in ctx.vocabulary.codes["sector-group"].values()
        for label in ctx.vocabulary.labels.get(concept, [])
    }
    themes = {}
    for row in ctx.data.rows("themes"):
        for phrase in (row["name_nl"], row["name_en"], *row.list("aliases")):
            if phrase:
                themes[phrase.lower()] = (row["name_nl"], row["kind"])
    return Lexicon(
        organisations=dict(ctx.organisations.canonical),
        coalitions=dict(ctx.coalitions.canonical),
        sector_groups=groups,
        themes=themes,
    )


def _evidence(ctx: Context, doc: str, evidence: Evidence) -> str:
    g = ctx.graphs
    node = ctx.mint.evidence(evidence.source, evidence.start, evidence.end)
    quote, position = node + "#quote", node + "#position"
    g.link(doc, node, RDF.type, OA.SpecificResource)
    g.link(doc, node, OA.hasSource, doc)
    g.link(doc, node, OA.hasSelector, quote)
    g.link(doc, node, OA.hasSelector, position)
    g.link(doc, quote, RDF.type, OA.TextQuoteSelector)
    g.add(doc, quote, OA.exact, text_literal(evidence.sentence))
    g.link(doc, position, RDF.type, OA.TextPositionSelector)
    g.add(doc, position, OA.start, typed_literal(evidence.start, XSD.nonNegativeInteger))
    g.add(doc, position, OA.end, typed_literal(evidence.end, XSD.nonNegativeInteger))
    return node


def _named(
    ctx: Context,
    names: Names,
    value: str,
    doc: str,
    kind: str,
    mint: Callable[[str], str],
    rdf_type: str,
    source: str,
    written: str = "",
    labels: bool = False,
) -> str:
    """The canonical name for a name found in a text; an unknown one is added, with a warning.

    A known one gets the name as the text writes it as a skos:altLabel where it differs, and
    with `labels` (a self-contained extract) also its type and curated name."""
    known = names.canonical.get(value.lower())
    if known is not None:
        if labels:
            add_named(ctx.graphs, doc, mint(known), rdf_type, known)
        if written and written != known:
            ctx.graphs.add(doc, mint(known), SKOS.altLabel, text_literal(written))
        return known
    ctx.warnings.append(
        f"{source}: {kind} {value!r} is in no curated table; add it to {kind}s.csv to curate it"
    )
    names.canonical[value.lower()] = value
    add_named(ctx.graphs, doc, mint(value), rdf_type, value)
    return value


def extraction_quads(
    ctx: Context, doc: str, found: Extraction, labels: bool = False
) -> list[tuple[str, str]]:
    """Add what a press release says to its graph; return its (coalition, member) pairs.

    With `labels`, every organisation and coalition also carries its type and curated name,
    so that the graph can be read alone (`kg extract`)."""
    g, mint = ctx.graphs, ctx.mint
    source = found.source
    if found.coalition is None:
        if found.partners:
            ctx.warnings.append(
                f"{source}: the text names no coalition that is joined; its "
                f"{len(found.partners)} listed partners are not recorded as members"
            )
        return []
    coalition = _named(
        ctx,
        ctx.coalitions,
        found.coalition.value,
        doc,
        "coalition",
        mint.coalition,
        ORG.OrganizationalCollaboration,
        source,
        found.coalition.written,
        labels,
    )
    coalition_iri = mint.coalition(coalition)
    pairs = []

    def member(fact_value: str, evidence: Evidence, written: str = "") -> str:
        name = _named(
            ctx,
            ctx.organisations,
            fact_value,
            doc,
            "organisation",
            mint.organisation,
            ORG.Organization,
            source,
            written,
            labels,
        )
        membership = add_membership(ctx, doc, coalition, name)
        g.link(doc, membership, DLKG.evidence, _evidence(ctx, doc, evidence))
        pairs.append((coalition, name))
        return membership

    def admit(fact: Fact, kind: str = "") -> str:
        """The membership a fact makes: when the reader is sure, or a curator decided (a note
        says so); "" while it is a question of the review queue (`kg.assembly.review`)."""
        made = ""
        for value, written, note in admitted(ctx, fact, coalition, kind):
            made = member(value, fact.evidence, written)
            if note:
                g.add(doc, made, SKOS.editorialNote, text_literal(note))
        return made

    joiner = admit(found.joiner) if found.joiner else ""
    if joiner and found.joiner is not None:
        dated = [j.date for j in found.joins if j.org.value == found.joiner.value and j.date]
        _began(ctx, doc, joiner, dated[0] if dated else None)
    if joiner and found.join_order is not None:
        g.add(
            doc, joiner, DLKG.joinOrder, typed_literal(found.join_order.value, XSD.positiveInteger)
        )
        g.link(doc, joiner, DLKG.evidence, _evidence(ctx, doc, found.join_order.evidence))
    for join in found.joins[1:]:
        if join.future:
            continue  # not yet a member ("per 1 januari treedt ook X toe")
        joined = admit(join.org)
        if joined:
            _began(ctx, doc, joined, join.date)
        if joined and join.order is not None:
            g.add(doc, joined, DLKG.joinOrder, typed_literal(join.order.value, XSD.positiveInteger))
            g.link(doc, joined, DLKG.evidence, _evidence(ctx, doc, join.order.evidence))
    for partner in found.partners:
        admit(partner)
    for join in found.asked:  # only a sentence's words weigh for it: a member once accepted
        joined = admit(join.org, "joins?")
        if joined:
            _began(ctx, doc, joined, join.date)
    count = found.stated_total or found.stated_others
    if count is not None:
        stated = int(count.value)
        if found.stated_total is None:
            listed = {name for _, name in pairs}
            stated += 1 if len(listed) > len(found.partners) else 0
        node = add_count(ctx, doc, source, coalition, stated, _evidence(ctx, doc, count.evidence))
        if found.stated_total is None and found.partners:
            # "N andere partners: A, B, ...": the count is of the list that follows it
            g.add(doc, node, DLKG.listsAll, typed_literal("true", XSD.boolean))
    if found.goal is not None and found.goal.target_year is not None:
        goal = mint.goal(coalition, found.goal.target_year)
        g.link(doc, coalition_iri, ORG.purpose, goal)
        g.link(doc, goal, RDF.type, DLKG.Goal)
        g.link(doc, goal, PROV.wasDerivedFrom, doc)
        g.add(doc, goal, DLKG.targetYear, typed_literal(found.goal.target_year, XSD.gYear))
        g.link(doc, goal, DLKG.evidence, _evidence(ctx, doc, found.goal.evidence))
        if goal not in ctx.curated_goals:
            g.add(doc, goal, SDO.description, text_literal(found.goal.aim, "nl"))
            g.add(doc, goal, SKOS.prefLabel, text_literal(found.goal.aim, "nl"))
        for place, kind in found.goal.regions:
            region = _region_for(ctx, place, kind) or gazetteer_region(ctx, place, kind)
            if region is None:
                ctx.warnings.append(
                    f"{source}: target region {place!r} ({kind}) is in no "
                    "curated table; added as the text names it; add it to regions.csv"
                )
                region = place
                g.link(doc, mint.region(place), RDF.type, SDO.Place)
                g.add(doc, mint.region(place), SKOS.prefLabel, text_literal(place, "nl"))
                g.link(doc, mint.region(place), PROV.wasDerivedFrom, doc)
            g.link(doc, goal, DLKG.targetRegion, mint.region(region))
    _changes(ctx, doc, found, coalition, coalition_iri)
    for fact in found.themes:
        g.link(doc, coalition_iri, DLKG.theme, mint.theme(fact.value))
    for fact in found.activities:
        g.link(doc, mint.organisation(pairs[0][1]), DLKG.activity, mint.theme(fact.value))
    for fact in found.sector_groups:
        if concept := ctx.vocabulary.codes["sector-group"].get(fact.value):
            g.link(doc, doc, SDO.mentions, concept)
    return pairs


def _changes(ctx: Context, doc: str, found: Extraction, coalition: str, iri: str) -> None:
    """Former names with the day they had ended by; leavers as memberships that ended (on the
    day the text gives, if it gives one), with the sentence that says so; later joiners as
    warnings (not members yet)."""
    for rename in found.renames:
        former = rename.former
        if former.value != coalition:
            add_former_name(
                ctx,
                doc,
                coalition,
                former.written or former.value,
                _iso(rename.date),
                _evidence(ctx, doc, former.evidence),
            )
    for leave in found.leaves:
        leaver = leave.org
        name = _named(
            ctx,
            ctx.organisations,
            leaver.value,
            doc,
            "organisation",
            ctx.mint.organisation,
            ORG.Organization,
            found.source,
            leaver.written,
        )
        membership = add_membership(ctx, doc, coalition, name, names=False)
        ctx.graphs.link(doc, membership, DLKG.evidence, _evidence(ctx, doc, leaver.evidence))
        ctx.periods.end(membership, doc, _iso(leave.date))
        if leave.date is not None:
            ctx.graphs.link(
                doc, membership, DLKG.evidence, _evidence(ctx, doc, leave.date.evidence)
            )
    for join in found.joins:
        if join.future:
            ctx.warnings.append(
                f"{found.source}: the text says {join.org.value!r} joins {coalition} later"
                f"{_on(join.date)} ({join.org.evidence.sentence!r}); not recorded as a member yet"
            )


def _iso(date: When | None) -> str | None:
    """The ISO date a text gives (None where it gives none, or a day without a known year)."""
    return date.iso if date is not None else None


def _began(ctx: Context, doc: str, membership: str, date: When | None) -> None:
    """A join the text dates ("trad per 1 maart 2021 toe"): the beginning of the membership."""
    if date is not None and date.iso:
        ctx.periods.begin(membership, doc, date.iso)
        ctx.graphs.link(doc, membership, DLKG.evidence, _evidence(ctx, doc, date.evidence))


def _on(date: When | None) -> str:
    """ " on 2025-01-01 ('per 1 januari 2025')", or the words alone where no date is known."""
    if date is None:
        return ""
    return f" on {date.iso} ({date.words!r})" if date.iso else f" {date.words!r} (year unknown)"


def _region_for(ctx: Context, place: str, kind: str) -> str | None:
    """The curated region a place named in a text means, by name and kind."""
    wanted = {
        "city": ("municipality", "city"),
        "province": ("province",),
        "country": ("country",),
    }.get(kind, tuple(REGION_TYPES))
    starts = {"province": ("provincie ",), "city": ("gemeente ",)}.get(kind, ())
    for name, rows in ctx.regions.rows.items():
        if rows[0]["type"] not in wanted:
            continue
        labels = {name.lower(), *(r["name_en"].lower() for r in rows if r["name_en"])}
        if any(
            prefix + place.lower() in labels or place.lower() in labels for prefix in (*starts, "")
        ):
            return name
    return None


def add_texts(ctx: Context) -> None:
    if not ctx.data.texts:
        return
    from kg.ingest.extract import ExtractionError, extract_text

    known = lexicon(ctx)
    names = NameIndex(known.organisations), NameIndex(known.coalitions)
    curated: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for row in ctx.data.rows("memberships"):
        coalition = ctx.coalitions.resolve(row, "coalition")
        curated[coalition][ctx.organisations.resolve(row, "member")].append(row)
    for path in ctx.data.texts:
        text = read_text(path)
        try:
            found = extract_text(
                text, path.stem, within_text(known, names, text), _issued(ctx, path)
            )
        except ExtractionError as exc:
            raise InputError(str(exc), path) from None
        ctx.warnings.extend(f"{path}: {warning}" for warning in found.warnings)
        doc = ctx.documents[path.stem] if path.stem in ctx.documents else _doc_for(ctx, path)
        pairs = extraction_quads(ctx, doc, found)
        _compare(ctx, path, found, pairs, curated)


# Characters that case-insensitive matching (`re.IGNORECASE`, `str.lower`) takes for an ASCII
# letter although their lowercase is not that letter: İ and ı for i, ſ for s. (K, the Kelvin
# sign, lowercases to k.)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_GRAM = 4


def _fold(text: str) -> str:
    """Lowercase with single spaces, so that any way the extractor can find a name in a text
    (case-insensitive search, `str.lower`, whitespace-normalised lookups) is a substring here."""
    return " ".join(text.translate(_FOLD).lower().split())


class NameIndex:
    """The keys of a large name table that can occur in a given text, in table order.

    The extractor scans its whole lexicon for every text (one regular expression per name); with
    tens of thousands of names that is seconds per press release. A name can only be found in a
    text that contains each of its 4-character pieces, so each name is filed under its rarest
    piece; a text then looks at the names filed under its own pieces, and keeps those whose folded
    form it contains. Shorter names are looked for one by one; names that are not ASCII are always
    kept. The extraction is the same as with the whole table (tests/test_scale.py checks it).
    """

    def __init__(self, table: dict[str, str]):
        self.table = table
        self.position = {key: n for n, key in enumerate(table)}
        self.always: list[str] = []
        self.short: list[tuple[str, str]] = []
        self.filed: dict[str, list[tuple[str, str]]] = defaultdict(list)
        pieces: dict[str, set[str]] = {}
        counts: dict[str, int] = defaultdict(int)
        for key in table:
            folded = _fold(key)
            if not folded.isascii():
                self.always.append(key)
                continue
            if len(folded) < _GRAM:
                self.short.append((key, folded))
                continue
            grams = {folded[i : i + _GRAM] for i in range(len(folded) - _GRAM + 1)}
            pieces[key] = grams
            for gram in grams:
                counts[gram] += 1
        for key, grams in pieces.items():
            rarest = min(grams, key=lambda gram: (counts[gram], gram))
            self.filed[rarest].append((key, _fold(key)))

    def within(self, text: str) -> dict[str, str]:
        folded = _fold(text)
        found = set(self.always)
        found.update(key for key, key_folded in self.short if key_folded in folded)
        for gram in {folded[i : i + _GRAM] for i in range(len(folded) - _GRAM + 1)}:
            for key, key_folded in self.filed.get(gram, ()):
                if key_folded in folded:
                    found.add(key)
        return {key: self.table[key] for key in sorted(found, key=self.position.__getitem__)}


def within_text(known: Lexicon, names: tuple[NameIndex, NameIndex], text: str) -> Lexicon:
    """The lexicon cut down to the organisation and coalition names that can occur in `text`."""
    from kg.ingest.extract import Lexicon

    return Lexicon(
        organisations=names[0].within(text),
        coalitions=names[1].within(text),
        sector_groups=known.sector_groups,
        themes=known.themes,
    )


def _issued(ctx: Context, path: Path) -> str | None:
    """The date sources.csv gives a text (for a day the text names without a year)."""
    row = ctx.data.source_of(path.name)
    return (row["issued"] or None) if row is not None else None


def _doc_for(ctx: Context, path: Path) -> str:
    row = ctx.data.source_of(path.name)
    return ctx.documents[row["id"]] if row is not None else ctx.documents[path.stem]


def _compare(
    ctx: Context,
    path: Path,
    found: Extraction,
    pairs: list[tuple[str, str]],
    curated: dict[str, dict[str, list[Row]]],
) -> None:
    """Report where a text and the membership table disagree, naming both sources."""
    if not pairs:
        return
    coalition = pairs[0][0]
    table = curated.get(coalition, {})
    if not table:
        return
    in_text = {name for _, name in pairs}
    where = f"{path.name}"
    for name in sorted(in_text - set(table)):
        ctx.warnings.append(
            f"disagreement: {where} lists {name} in {coalition}; memberships.csv does not"
        )
    for name in sorted(set(table) - in_text):
        rows = table[name]
        if any(ctx.documents.get(r["source"]) == _doc_for(ctx, path) for r in rows):
            ctx.warnings.append(
                f"disagreement: memberships.csv:{rows[0].line} cites {where} for "
                f"{name} in {coalition}; the text does not list it"
            )
    if found.join_order is not None and found.joiner is not None:
        joiner = pairs[0][1]
        for row in table.get(joiner, []):
            if row["join_order"] and row["join_order"] != found.join_order.value:
                ctx.warnings.append(
                    f"disagreement: {where} says {joiner} joined {coalition} as number "
                    f"{found.join_order.value}; memberships.csv:{row.line} says "
                    f"{row['join_order']}"
                )
