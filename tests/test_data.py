"""The shipped data (data/): every fact cites a page that states it, with that page's date and
address; every membership quotes the page's words; one organisation is one node whatever name a
page gives it; and what the built graph answers about the northern collaborations."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import kg
from kg.assembly.curated import NAMING_STEPS, context
from kg.ingest.tables import Row, Sources, load
from kg.sparql.engine import open_engine

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FACT_TABLES = ("coalitions", "organisations", "memberships", "counts", "goals", "regions")
CURATION_COLUMNS = {"name", "aliases", "type", "sector", "source"}
"""What a row citing the curators' own classification may fill: nothing a page has to state."""

DLC = "Digital Literacy Coalition Groningen"
DANN = "Digitale Academie Noord-Nederland"
NORTH = "DLC-project Universiteit van het Noorden"
WERKGROEP = "Werkgroep Digitale Vaardigheden Noardeast-Fryslân en Dantumadiel"
ALLIANTIE = "Alliantie Digitaal Samenleven"

PREFIXES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX schema: <https://schema.org/>
PREFIX dlkg: <https://w3id.org/dlkg/def#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""


@pytest.fixture(scope="module")
def data() -> Sources:
    return load(DATA)


def _sources(data: Sources) -> dict[str, Row]:
    return {row["id"]: row for row in data.rows("sources")}


def _where(row: Row) -> str:
    return f"{row.file.name}:{row.line}"


def _is_curation(source: Row) -> bool:
    """The curators' own classification: a dataset published by dlkg, not a page."""
    return source["publisher"] == "dlkg"


def _records(build: Path, sparql: str) -> list[dict[str, object]]:
    return open_engine(build).query(PREFIXES + sparql).records()


# --- Citations -------------------------------------------------------------------------------


def test_every_cited_source_has_an_address_and_a_date(data: Sources) -> None:
    sources = _sources(data)
    cited = {row["source"] for table in FACT_TABLES for row in data.rows(table)}
    assert cited and cited <= set(sources)
    for source_id in sorted(cited):
        source = sources[source_id]
        where = f"{_where(source)} ({source_id})"
        assert source["title"] and source["publisher"], where
        dated = source["issued"] or source["not_before"] or source["not_after"]
        # an undated page says so: the note is the honest date
        assert dated or source["date_note"], f"{where}: no date, no bounds and no note why"
        if _is_curation(source):
            assert (source["type"], source["url"]) == ("dataset", ""), where
            assert source["title"] == "dlkg curators' classification", where
            assert source["issued"], where
        else:
            assert source["url"], f"{where}: a page that backs a fact needs its address"


def test_every_source_backs_a_fact_or_is_a_text(data: Sources) -> None:
    cited = {row["source"] for table in FACT_TABLES for row in data.rows(table)}
    unused = [
        _where(row) for row in data.rows("sources") if row["id"] not in cited and not row["file"]
    ]
    assert unused == []


def test_no_fact_cites_a_home_page(data: Sources) -> None:
    """A home page states nothing in particular: a fact cites the page that states it."""
    sources = _sources(data)
    home = {
        source_id
        for source_id, row in sources.items()
        if row["url"] and urlsplit(row["url"]).path in ("", "/") and not urlsplit(row["url"]).query
    }
    citing = [
        f"{_where(row)} cites {row['source']}"
        for table in FACT_TABLES
        for row in data.rows(table)
        if row["source"] in home
    ]
    assert citing == []


def test_types_and_sectors_are_the_curators_and_nothing_else_is(data: Sources) -> None:
    """Types and sectors are dlkg's classification: they cite the curators, not the organisation's
    page. And the curators' source backs nothing a page has to state."""
    sources = _sources(data)
    for row in data.rows("organisations"):
        curated = _is_curation(sources[row["source"]])
        if row["type"] or row["sector"]:
            assert curated, f"{_where(row)}: type or sector cites {row['source']}"
        if curated:
            filled = {column for column, value in row.cells.items() if value}
            assert filled <= CURATION_COLUMNS, f"{_where(row)}: {filled - CURATION_COLUMNS}"
    for table in ("coalitions", "memberships", "counts", "goals", "regions"):
        for row in data.rows(table):
            assert not _is_curation(sources[row["source"]]), _where(row)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_membership_and_count_quotes_the_words_of_its_source(data: Sources) -> None:
    sources = _sources(data)
    texts = {path.name: _words(path.read_text(encoding="utf-8")) for path in data.texts}
    quoted = [*data.rows("memberships"), *data.rows("counts")]
    assert len(quoted) > 18
    for row in quoted:
        assert row["quote"], f"{_where(row)}: no quote"
        assert len(row["quote"].split()) <= 12, f"{_where(row)}: a quote is a few words"
        file = sources[row["source"]]["file"]
        if file:  # the text is here: the quote must be in it, word for word
            assert _words(row["quote"]) in texts[file], _where(row)


# --- One organisation, one node --------------------------------------------------------------

SAME = [
    ["Rijksuniversiteit Groningen", "RUG", "University of Groningen", "UG"],
    ["NHL Stenden", "NHL/Stenden", "NHL Stenden Hogeschool"],
    [
        "Hanzehogeschool Groningen",
        "Hanze",
        "Hanze University of Applied Sciences",
        "Hanze University of Applied Sciences Groningen",
    ],
    ["UMCG", "Universitair Medisch Centrum Groningen"],
    ["Biblionet Groningen", "Stichting Biblionet Groningen"],
]


def test_every_alias_resolves_to_one_organisation(data: Sources) -> None:
    ctx = context(DATA)
    for step in NAMING_STEPS:  # raises when one name means two organisations
        step(ctx)
    names = ctx.organisations
    for row in data.rows("organisations"):
        for alias in row.list("aliases"):
            assert names.resolve(row, "aliases", alias) == row["name"], _where(row)
    for group in SAME:
        assert {names.canonical[name.lower()] for name in group} == {group[0]}, group
    for row in data.rows("memberships"):  # every member a page names is a known organisation
        names.resolve(row, "member")


# --- What the built graph answers ------------------------------------------------------------

MEMBERS_PER_SOURCE = {
    (DLC, "coalition"): {"samenwerking-noord-persbericht": 18},
    (DANN, "project"): {"rug-nl-2021-03-16-digitale-vaardigheden": 4},
    (NORTH, "project"): {
        "digital-literacy-nl-universiteit-van-het-noorden": 4,
        "hanze-nl-2023-04-03-aanjaagfonds": 4,
    },
    (WERKGROEP, "working-group"): {"ontdekdebieb-2023-07-25-kabelnoord": 7},
    (ALLIANTIE, "alliance"): {"vodafoneziggo-vijf-jaar-digitale-inclusie": 2},
}


def test_the_collaborations_their_kinds_and_members_per_source(seed_build: Path) -> None:
    rows = _records(
        seed_build,
        """SELECT ?name ?kind ?source (COUNT(DISTINCT ?member) AS ?members) WHERE {
          ?c a org:OrganizationalCollaboration ; skos:prefLabel ?name ; org:classification ?k .
          ?k skos:inScheme <https://w3id.org/dlkg/def/collaboration-kind> ; skos:notation ?kind .
          ?m a org:Membership ; org:organization ?c ; org:member ?member ;
             prov:wasDerivedFrom ?doc .
          BIND(STRAFTER(STR(?doc), "/source/") AS ?source)
        } GROUP BY ?name ?kind ?source""",
    )
    found: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for row in rows:
        found[(str(row["name"]), str(row["kind"]))][str(row["source"])] = int(row["members"])  # type: ignore[call-overload]
    assert dict(found) == MEMBERS_PER_SOURCE
    everyone = _records(
        seed_build,
        "SELECT ?c (COUNT(DISTINCT ?o) AS ?n) WHERE { ?c a org:OrganizationalCollaboration . "
        "?m a org:Membership ; org:organization ?c ; org:member ?o } GROUP BY ?c",
    )
    # the DLC's 19th and 20th partners are counted by later pages but named by none
    assert sorted(int(r["n"]) for r in everyone) == [2, 4, 4, 7, 18]  # type: ignore[call-overload]


def test_the_organisations_in_two_or_more_collaborations(seed_build: Path) -> None:
    found: dict[str, set[str]] = defaultdict(set)
    for row in kg.query("shared-members", kg=seed_build):
        found[str(row["name"])].add(str(row["coalitionName"]))
        assert int(row["coalitions"]) >= 2
    assert dict(found) == {
        "Rijksuniversiteit Groningen": {DLC, DANN, NORTH},
        "Hanzehogeschool Groningen": {DLC, DANN, NORTH},
        "Noorderpoort": {DLC, DANN},
        "Biblionet Groningen": {DLC, DANN},
        "UMCG": {DLC, NORTH},
        "NHL Stenden": {NORTH, WERKGROEP},
    }


def test_only_stated_dates_joins_and_foundings(seed_build: Path) -> None:
    """The Kabelnoord join is the one join a page dates; founding years only where stated (the
    alliance's 2019 is an inference and stays out)."""
    joins = _records(
        seed_build,
        """SELECT ?name ?member ?day WHERE {
          ?m org:organization/skos:prefLabel ?name ; org:member/skos:prefLabel ?member ;
             org:memberDuring/time:hasBeginning/time:inXSDDate ?day }""",
    )
    assert [(str(r["name"]), str(r["member"]), str(r["day"])) for r in joins] == [
        (WERKGROEP, "Kabelnoord", "2023-07-25")
    ]
    founded = _records(
        seed_build,
        "SELECT ?name ?year WHERE { ?c a org:OrganizationalCollaboration ; "
        "skos:prefLabel ?name ; schema:foundingDate ?year }",
    )
    assert {str(r["name"]): str(r["year"]) for r in founded} == {DLC: "2018", WERKGROEP: "2023"}


def test_every_curated_membership_carries_its_quote(seed_build: Path) -> None:
    missing = _records(
        seed_build,
        """SELECT ?m WHERE { ?m a org:Membership ; prov:wasDerivedFrom ?doc .
          FILTER NOT EXISTS { ?m dlkg:evidence/oa:hasSource ?doc } }""",
    )
    assert missing == []
