"""The catalogue of coalition questions (queries/*.rq): headers, answers, engines, injection, CLI.

Expected answers are computed from the curated tables in data/ where they can be, so that a
change to the data moves the test with it; a few literal numbers pin the seed down as well.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import shlex
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.sparql import prepareQuery

import kg
from kg.cli import main
from kg.errors import InputError
from kg.rdf.iri import Minter
from kg.sparql.catalogue import PARAM_TYPES, Query, bind, catalogue, parse_query_file, run
from kg.sparql.engine import Engine, Result, open_engine
from kg.sparql.text import insert_values
from tests.seed import SEED_MEMBERS
from tests.shipped import collaborations, organisations

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
QUERIES = ROOT / "queries"
FILES = sorted(QUERIES.glob("*.rq"))
PRESS_RELEASE = DATA / "sources" / "samenwerking-noord-persbericht.txt"

BASE = "https://w3id.org/dlkg/"
DLC = BASE + "coalition/digital-literacy-coalition-groningen"
DRENTHE = BASE + "coalition/digitaal-vaardig-drenthe"
FRIESLAND = BASE + "coalition/coalitie-digitale-inclusie-friesland"
PRESS_DOC = BASE + "source/samenwerking-noord-persbericht"
ORG = "http://www.w3.org/ns/org#"
SECTOR = "https://w3id.org/dlkg/def/sector/"
GROUP = "https://w3id.org/dlkg/def/sector-group/"
XSD = "http://www.w3.org/2001/XMLSchema#"

REQUIRED_QUERIES = {
    "members",
    "sector-mix",
    "sector-gaps",
    "goals",
    "timeline",
    "profile",
    "shared-members",
    "coalition-overlap",
    "evidence",
    "partner-counts",
    "themes",
    "quality-queue",
    "by-place",
    "org-types",
    "coalitions-in-region",
    "co-members",
    "growth",
    "changes",
}
SHARED = {"Drenthe College", "Stichting Digisterker Noord", "Zorggroep Noorderzorg"}

# Parameters to run each query with, per fixture: every parameter is exercised bound and,
# where optional, unbound; values that match nothing are included on purpose.
SEED_PARAMS: dict[str, list[dict[str, str]]] = {
    "members": [
        {},
        {"coalition": DLC, "lang": "nl"},
        {"lang": "de"},
        {"coalition": "coalition/none"},
    ],
    "sector-mix": [{}, {"coalition": DLC, "lang": "nl"}, {"coalition": "coalition/none"}],
    "sector-gaps": [{}, {"threshold": "3", "lang": "nl"}, {"coalition": "coalition/none"}],
    "goals": [
        {},
        {"as_of": "2024-06-30"},
        {"as_of": "2019-06-30"},
        {"as_of": "2026-01-01", "lang": "nl", "coalition": DLC},
    ],
    "timeline": [{}, {"coalition": DLC}],
    "profile": [
        {"org": "organisation/umcg"},
        {"org": "organisation/samenwerking-noord", "lang": "nl"},
        {"org": "organisation/none"},
    ],
    "shared-members": [{}, {"coalition": DLC}],
    "coalition-overlap": [{}, {"with": DLC}],
    "evidence": [{}, {"org": "organisation/samenwerking-noord"}, {"coalition": DLC}],
    "partner-counts": [{}, {"coalition": DLC}, {"coalition": "coalition/none"}],
    "themes": [{}, {"lang": "nl"}],
    "quality-queue": [{}, {"coalition": DLC}, {"coalition": "coalition/none"}],
    "by-place": [{}, {"coalition": DLC, "lang": "nl"}],
    "org-types": [{}, {"lang": "nl", "coalition": DLC}],
    "coalitions-in-region": [
        {"region": "region/provincie-groningen"},
        {"region": "region/leeuwarden", "lang": "nl"},
        {"region": "region/nederland"},
    ],
    "co-members": [{"org": "organisation/umcg"}, {"org": "organisation/none"}],
    "sources": [
        {},
        {"lang": "nl"},
        {"coalition": DLC, "lang": "nl"},
        {"coalition": "coalition/none"},
    ],
    "is-member": [
        {"org": "organisation/umcg", "coalition": DLC},
        {"org": "organisation/none", "coalition": DLC},
    ],
    "describe": [{"resource": "organisation/umcg"}, {"resource": DLC}],
    "coalitions": [{}, {"lang": "nl"}],
    "find": [
        {"text": "groningen"},
        {"text": "HANZE", "lang": "nl"},
        {"text": "zzz"},
        {"text": "Groningn"},
    ],
    "growth": [{}, {"coalition": DLC}, {"as_of": "2020-06-01"}],
    "changes": [{}, {"from": "2020-01-01", "to": "2021-12-31"}, {"coalition": DLC}],
}
TWO_PARAMS: dict[str, list[dict[str, str]]] = {
    **{name: [{}] for name in SEED_PARAMS},
    "members": [{}, {"coalition": DRENTHE, "lang": "nl"}],
    "shared-members": [{}, {"coalition": DRENTHE}, {"coalition": "coalition/none"}],
    "quality-queue": [{}, {"coalition": DRENTHE}, {"coalition": FRIESLAND}],
    "sources": [{}, {"coalition": DRENTHE}, {"coalition": FRIESLAND, "lang": "nl"}],
    "coalition-overlap": [{}, {"with": DRENTHE}, {"with": FRIESLAND}, {"with": "coalition/none"}],
    "sector-gaps": [{}, {"threshold": "3"}],
    "goals": [{}, {"as_of": "2025-12-31"}, {"as_of": "2021-11-29"}],
    "profile": [{"org": "organisation/drenthe-college"}],
    "evidence": [{}, {"org": "organisation/drenthe-college"}],
    "coalitions-in-region": [
        {"region": f"region/{r}"}
        for r in ("drenthe", "fryslan", "assen", "smallingerland", "nederland")
    ],
    "co-members": [{"org": "organisation/drenthe-college"}, {"org": "organisation/gemeente-assen"}],
    "is-member": [
        {"org": "organisation/drenthe-college", "coalition": FRIESLAND},
        {"org": "organisation/gemeente-assen", "coalition": FRIESLAND},
    ],
    "describe": [{"resource": "organisation/drenthe-college"}],
    "find": [{"text": "fryslân"}, {"text": "drenthe"}],
}
AS_OF_DAYS = ("2019-12-31", "2020-06-01", "2021-06-01", "2022-06-01", "2023-07-01")
"""Days before, between and after the four releases of tests/data/as-of.trig."""


# --- Helpers -----------------------------------------------------------------------------------


def _table(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _dlc_members() -> set[str]:
    """The DLC's members in memberships.csv (by their curated names)."""
    return {
        r["member"]
        for r in _table("memberships")
        if r["coalition"] == "Digital Literacy Coalition Groningen"
    }


def _organisation_facts() -> dict[str, dict[str, str]]:
    """Per organisation name, the first non-empty value of each column (as the build merges)."""
    facts: dict[str, dict[str, str]] = {}
    for row in _table("organisations"):
        known = facts.setdefault(row["name"], {})
        for column, value in row.items():
            if value and not known.get(column):
                known[column] = value
    return facts


def _sector_groups() -> dict[str, str]:
    """Sector code -> sector-group code, from the concept scheme."""
    graph = rdflib.Graph().parse(ROOT / "ontology" / "concepts.ttl")
    broader = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#broader")
    return {
        str(s).rsplit("/", 1)[1]: str(o).rsplit("/", 1)[1]
        for s, o in graph.subject_objects(broader)
    }


_ENGINES: dict[tuple[str, str], Engine] = {}


def _engine(build: Path, name: str = "oxigraph") -> Engine:
    key = (str(build), name)
    if key not in _ENGINES:
        _ENGINES[key] = open_engine(build, name)
    return _ENGINES[key]


def _run(name: str, build: Path, engine: str = "oxigraph", **params: str) -> Result:
    return run(name, params, engine=_engine(build, engine), base=BASE)


def rows(name: str, build: Path, engine: str = "oxigraph", **params: str) -> list[dict[str, Any]]:
    result = _run(name, build, engine, **params)
    assert result.kind == "select", name
    return result.records()


def _plain(result: Result) -> object:
    """A result as comparable plain values: rows in their order (every catalogue ORDER BY breaks
    all ties), a boolean, or a set of triples."""
    if result.kind == "ask":
        return result.boolean
    if result.kind == "graph":
        # Oxigraph stores xsd:positiveInteger and xsd:nonNegativeInteger as xsd:integer
        return sorted(
            {
                tuple(
                    repr(t.toPython()) if isinstance(t, rdflib.Literal) else t.n3() for t in triple
                )
                for triple in result.triples
            }
        )
    records = result.records()
    return (
        result.variables,
        [repr(tuple(str(v) if v is not None else None for v in r.values())) for r in records],
    )


def _param_id(params: dict[str, str]) -> str:
    return ",".join(f"{k}={v.rsplit('/', 1)[-1]}" for k, v in params.items()) or "defaults"


def _cases(table: dict[str, list[dict[str, str]]]) -> list[Any]:
    return [
        pytest.param(name, params, id=f"{name}[{_param_id(params)}]")
        for name in sorted(table)
        for params in table[name]
    ]


# --- The files and their headers ---------------------------------------------------------------


def test_the_catalogue_has_every_question() -> None:
    names = {path.stem for path in FILES}
    assert len(FILES) >= 15, "queries/*.rq found fewer than 15 files"
    assert names >= REQUIRED_QUERIES, REQUIRED_QUERIES - names
    assert set(catalogue()) == names
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", name) for name in names)
    # every query is exercised on both fixtures below
    assert set(SEED_PARAMS) == names
    assert set(TWO_PARAMS) == names


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_query_parses_on_both_engines(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    prepareQuery(text)
    ox.Store().query(text)


def _body(query: Query) -> str:
    return "\n".join(line for line in query.text.splitlines() if not line.startswith("#"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_header_is_complete(path: Path) -> None:
    query = parse_query_file(path)
    assert query.titles.get("en"), "no `# title:`"
    assert query.titles.get("nl"), "no `# title@nl:`"
    assert query.titles["en"] != query.titles["nl"]
    assert len(query.description) > 40, "no `# description:`"
    assert query.examples, "no `# example:`"
    body = _body(query)
    for param in query.params:
        assert param.type in PARAM_TYPES
        assert param.description
        assert re.search(rf"\?{param.name}\b", body), f"?{param.name} is not in the query"
        if param.name == "lang":
            assert param.type == "string" and param.default == "en"
    if query.form == "SELECT":
        # Oxigraph substitutes only variables the SELECT clause projects (SEP-0007)
        projection = re.search(r"SELECT(.*?)WHERE", body, re.DOTALL)
        assert projection is not None
        for param in query.params:
            assert f"?{param.name}" in projection.group(1).split(), (
                f"parameter ?{param.name} must be projected"
            )
        assert re.search(r"SELECT\s+DISTINCT", body), (
            "the union default graph repeats a triple once per source: use SELECT DISTINCT"
        )
    assert "SERVICE" not in body.upper().split()
    for example in query.examples:
        words = shlex.split(example)
        assert words[:3] == ["kg", "query", query.name], example
        given = [w.split("=", 1)[0] for w in words[3:] if "=" in w and not w.startswith("-")]
        assert set(given) <= {p.name for p in query.params}, example
    required = {p.name for p in query.params if p.required}
    assert any(
        required <= {w.split("=", 1)[0] for w in shlex.split(e) if "=" in w} for e in query.examples
    ), "no example gives every required parameter"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_examples_run(path: Path, seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = parse_query_file(path)
    for example in query.examples:
        code = main([*shlex.split(example)[1:], "--kg", str(seed_build)])
        out = capsys.readouterr().out
        assert code == (0 if query.form != "ASK" or "true" in out else 1), example
        assert out.strip(), example


# --- Answers on the seed graph -----------------------------------------------------------------


def test_members(seed_build: Path) -> None:
    every = rows("members", seed_build)
    memberships = {(r["coalition"], r["member"]) for r in _table("memberships")}
    assert sorted((r["coalitionName"], r["name"]) for r in every) == sorted(memberships)
    assert {r["coalitionName"] for r in every} == collaborations()
    found = rows("members", seed_build, coalition=DLC)
    assert sorted(r["name"] for r in found) == sorted(_dlc_members()) == sorted(SEED_MEMBERS)
    assert len(found) == 18
    assert {r["coalitionName"] for r in found} == {"Digital Literacy Coalition Groningen"}
    joiner = next(r for r in found if r["name"] == "Samenwerking Noord")
    assert joiner["joinOrder"] == 18
    assert found[0]["name"] == "Samenwerking Noord"  # a known join order comes first
    rest = [r["name"] for r in found[1:]]
    assert rest == sorted(rest, key=str.lower)
    assert all(r["joinOrder"] is None for r in found[1:])
    umcg = next(r for r in found if r["name"] == "UMCG")
    assert umcg["sector"] == SECTOR + "healthcare"
    assert (umcg["sectorLabel"], umcg["groupLabel"]) == ("healthcare", "civil society and culture")
    assert umcg["typeLabel"] == "academic hospital"
    assert umcg["cityLabel"] is None  # no page read states where UMCG is
    basicly = next(r for r in found if r["name"] == "Basicly")
    assert basicly["cityLabel"] == "Groningen"  # its privacy statement does
    assert rows("members", seed_build, coalition="coalition/none") == []


def test_members_labels_follow_lang(seed_build: Path) -> None:
    dutch = {r["name"]: r for r in rows("members", seed_build, lang="nl")}
    assert dutch["UMCG"]["sectorLabel"] == "zorg"
    assert dutch["UMCG"]["groupLabel"] == "culturele veld"
    assert dutch["Hanzehogeschool Groningen"]["typeLabel"] == "hogeschool"
    other = {r["name"]: r for r in rows("members", seed_build, lang="de")}
    assert other["UMCG"]["sectorLabel"] == "healthcare"  # falls back to English
    assert len(other) == len(organisations())


def test_sector_mix_matches_the_tables(seed_build: Path) -> None:
    facts = _organisation_facts()
    groups = _sector_groups()
    members = _dlc_members()
    sectors = Counter(facts[m]["sector"] for m in members if facts[m].get("sector"))
    by_group = Counter(groups[facts[m]["sector"]] for m in members if facts[m].get("sector"))
    found = rows("sector-mix", seed_build, coalition=DLC)
    got_sectors = {
        r["concept"].rsplit("/", 1)[1]: r["members"] for r in found if r["level"] == "sector"
    }
    got_groups = {
        r["concept"].rsplit("/", 1)[1]: r["members"] for r in found if r["level"] == "group"
    }
    assert got_sectors == dict(sectors)
    assert got_groups == dict(by_group)
    assert {r["total"] for r in found} == {18}
    assert got_groups == {
        "business": 7,
        "education-research": 5,
        "civil-society-culture": 4,
        "government": 2,
    }
    assert sum(got_groups.values()) == 18
    government = next(r for r in found if r["concept"] == GROUP + "government")
    assert float(government["share"]) == pytest.approx(11.1)
    for r in found:
        assert float(r["share"]) == pytest.approx(round(1000 * r["members"] / 18) / 10)
    sector_rows = [r for r in found if r["level"] == "sector"]
    assert all(r["group"].startswith(GROUP) for r in sector_rows)
    dutch = rows("sector-mix", seed_build, lang="nl", coalition=DLC)
    assert {r["label"] for r in dutch if r["level"] == "group"} == {
        "overheden",
        "educatieve sector",
        "bedrijfsleven",
        "culturele veld",
    }


def test_sector_gaps(seed_build: Path) -> None:
    found = rows("sector-gaps", seed_build, coalition=DLC)
    assert {r["group"].rsplit("/", 1)[1]: (r["members"], r["status"]) for r in found} == {
        "government": (2, "ok"),
        "education-research": (5, "ok"),
        "business": (7, "ok"),
        "civil-society-culture": (4, "ok"),
    }
    assert {r["threshold"] for r in found} == {2}
    strict = {
        r["groupLabel"]: r["status"]
        for r in rows("sector-gaps", seed_build, threshold="3", coalition=DLC)
    }
    assert strict == {
        "government": "thin",
        "education and research": "ok",
        "business": "ok",
        "civil society and culture": "ok",
    }


def test_goals(seed_build: Path) -> None:
    later = rows("goals", seed_build, as_of="2026-01-01", lang="nl", coalition=DLC)
    assert {r["regionLabel"] for r in later} == {"Groningen", "Provincie Groningen"}
    assert {r["region"] for r in later} == {
        BASE + "region/groningen",
        BASE + "region/provincie-groningen",
    }
    assert {str(r["targetYear"]) for r in later} == {"2025"}
    assert {r["passed"] for r in later} == {True}
    assert all("meest digitaal geletterde" in r["aim"] for r in later)
    assert {r["passed"] for r in rows("goals", seed_build, as_of="2024-06-30")} == {False}
    assert {r["passed"] for r in rows("goals", seed_build, as_of="2025-12-31")} == {False}
    today = rows("goals", seed_build, coalition=DLC)
    assert {r["as_of"] for r in today} == {None}
    assert {r["passed"] for r in today} == {datetime.date.today().year > 2025}
    assert {r["aim"] for r in today} == {
        "Make Groningen the most digitally literate city and province of the Netherlands in 2025"
    }


def test_goal_quote(seed_build: Path) -> None:
    quotes = {r["quote"] for r in rows("goals", seed_build, coalition=DLC)}
    assert len(quotes) == 1
    assert "in 2025 de meest digitaal geletterde stad" in quotes.pop()


def test_timeline(seed_build: Path) -> None:
    found = rows("timeline", seed_build, coalition=DLC)
    assert len(found) == 18
    assert found[0]["name"] == "Samenwerking Noord" and found[0]["joinOrder"] == 18
    assert all(r["joined"] is None for r in found)
    assert {str(r["coalitionFounded"]) for r in found} == {"2018"}  # the coalition's year


def test_profile(seed_build: Path) -> None:
    found = rows("profile", seed_build, org="organisation/umcg")
    facts = {(r["property"], r["value"]): r for r in found}
    sector = facts[(ORG + "classification", SECTOR + "healthcare")]
    assert sector["valueLabel"] == "healthcare"
    assert sector["source"] == BASE + "source/dlkg-curation"  # our classification, said so
    assert sector["sourceTitle"] == "dlkg curators' classification"
    assert (ORG + "memberOf", DLC) in facts
    assert facts[(ORG + "memberOf", DLC)]["sourceTitle"] == (
        "Samenwerking Noord sluit zich aan bij de Digital Literacy Coalition"
    )
    legal = facts[("https://schema.org/legalName", "Universitair Medisch Centrum Groningen")]
    assert legal["source"] == BASE + "source/digital-literacy-nl-universiteit-van-het-noorden"
    assert not [p for p, _ in facts if p == "https://schema.org/location"]  # no page states it
    dutch = rows("profile", seed_build, org="organisation/umcg", lang="nl")
    assert "zorg" in {r["valueLabel"] for r in dutch}
    kind = next(r for r in dutch if str(r["property"]).endswith("#type"))
    assert kind["valueLabel"] == "Organization"  # not the whole IRI
    assert rows("profile", seed_build, org="organisation/none") == []
    with pytest.raises(InputError, match="needs the parameter org"):
        _run("profile", seed_build)


def test_profile_of_an_organisation_with_two_sources(seed_build: Path) -> None:
    found = rows("profile", seed_build, org="organisation/basicly")
    city = [r for r in found if r["property"] == "https://schema.org/location"]
    assert [r["sourceTitle"] for r in city] == ["Basicly privacyverklaring"]
    sector = [r for r in found if r["value"] == SECTOR + "ict"]
    assert [r["sourceTitle"] for r in sector] == ["dlkg curators' classification"]


def test_evidence(seed_build: Path) -> None:
    every = rows("evidence", seed_build)
    assert {r["name"] for r in every} == {r["member"] for r in _table("memberships")}
    assert all(r["quote"] for r in every), "every membership has a quote"
    found = rows("evidence", seed_build, coalition=DLC)
    assert {r["name"] for r in found} == set(SEED_MEMBERS)
    assert {r["source"] for r in found} == {PRESS_DOC}
    quoted = {r["name"] for r in found if r["quote"]}
    assert quoted == set(SEED_MEMBERS), "every membership has a quoted sentence"
    joiner = [r for r in found if r["name"] == "Samenwerking Noord"]
    assert any("achttiende" in r["quote"] for r in joiner)
    text = PRESS_RELEASE.read_text(encoding="utf-8")
    read = [r for r in found if r["start"] is not None]  # read from the text: with offsets
    assert {r["name"] for r in read} == set(SEED_MEMBERS)
    for r in read:
        assert text[r["start"] : r["end"]] == r["quote"]
    umcg = rows("evidence", seed_build, org="organisation/umcg", coalition=DLC)
    assert [r["quote"] for r in umcg if r["start"] is not None] == [
        next(r["quote"] for r in umcg if "zeventien andere partners" in r["quote"])
    ]
    assert {r["quote"] for r in umcg if r["start"] is None} == {"UMCG"}  # the curated quote


def test_partner_counts(seed_build: Path) -> None:
    found = rows("partner-counts", seed_build, coalition=DLC)
    counts = {r["statedIn"]: (r["stated"], r["listed"], r["agrees"]) for r in found}
    assert counts[PRESS_DOC] == (18, 18, True)  # read from the release: "zeventien andere"
    curated = {
        f"{BASE}source/{r['source']}": int(r["partners"])
        for r in _table("counts")
        if r["coalition"] == "Digital Literacy Coalition Groningen"
    }
    assert {doc: count for doc, (count, _, _) in counts.items() if doc != PRESS_DOC} == curated
    assert len(found) == len(curated) + 1 and {r["listed"] for r in found} == {18}
    north_iri = Minter().coalition("DLC-project Universiteit van het Noorden")
    north = rows("partner-counts", seed_build, coalition=north_iri)
    assert [(r["stated"], r["listed"], r["agrees"]) for r in north] == [(4, 4, True)]
    assert rows("partner-counts", seed_build, coalition="coalition/none") == []


def test_themes(seed_build: Path) -> None:
    found = rows("themes", seed_build)
    table = _table("themes")
    assert {r["label"] for r in found} == {t["name_en"] for t in table}
    kinds = {t["name_en"]: t["kind"] for t in table}
    assert all(kinds[r["label"]] == r["kind"] for r in found)
    themes = {r["label"]: r for r in found if r["kind"] == "theme"}
    assert {r["actor"] for r in themes.values()} == {DLC}
    assert {r["actorType"] for r in themes.values()} == {"coalition"}
    activities = [r for r in found if r["kind"] == "activity"]
    assert {r["actorName"] for r in activities} == {"Samenwerking Noord"}
    assert {r["label"] for r in activities} == {
        t["name_en"] for t in table if t["kind"] == "activity"
    }
    dutch = rows("themes", seed_build, lang="nl")
    assert "robotisering" in {r["label"] for r in dutch}


def test_quality_queue(seed_build: Path) -> None:
    facts = _organisation_facts()
    found = {r["name"]: r for r in rows("quality-queue", seed_build)}
    assert len(found) == len(organisations())
    assert all(r["noWikidata"] for r in found.values())
    assert {n for n, r in found.items() if r["noCity"]} == {
        n for n, f in facts.items() if not f.get("city")
    }
    assert {n for n, r in found.items() if r["noWebsite"]} == {
        n for n, f in facts.items() if not f.get("website")
    }
    assert {n for n, r in found.items() if r["noSector"]} == {
        n for n, f in facts.items() if not f.get("sector")
    }
    assert found["Biblionet Groningen"]["missing"] == "city; website; Wikidata id"
    assert found["Basicly"]["missing"] == "Wikidata id"
    assert found["Basicly"]["missingCount"] == 1


def test_by_place(seed_build: Path) -> None:
    facts = _organisation_facts()
    members = _dlc_members()
    cities = Counter(facts[m].get("city") for m in members)
    found = rows("by-place", seed_build, lang="nl", coalition=DLC)
    assert {r["cityLabel"]: r["partners"] for r in found} == dict(cities)
    assert sum(r["partners"] for r in found) == 18
    groningen = next(r for r in found if r["cityLabel"] == "Groningen")
    assert groningen["provinceLabel"] == "Provincie Groningen"
    assert groningen["partners"] == 1  # Basicly: the one partner a page places in Groningen


def test_org_types(seed_build: Path) -> None:
    facts = _organisation_facts()
    members = _dlc_members()
    types = Counter(facts[m]["type"] for m in members)
    found = rows("org-types", seed_build, coalition=DLC)
    assert {r["type"].rsplit("/", 1)[1]: r["members"] for r in found} == dict(types)
    assert found[0]["typeLabel"] == "vocational college" and found[0]["members"] == 2


def test_coalitions_in_region(seed_build: Path) -> None:
    province = rows("coalitions-in-region", seed_build, region="region/provincie-groningen")
    north = BASE + "coalition/dlc-project-universiteit-van-het-noorden"
    assert {r["coalition"] for r in province} == {DLC, north}
    assert {r["via"] for r in province if r["coalition"] == DLC} == {
        "area served",
        "goal",
        "member",
    }
    assert {r["via"] for r in province if r["coalition"] == north} == {"area served"}
    member = next(r for r in province if r["via"] == "member")
    assert member["members"] == 1  # Basicly: the one partner a page places in Groningen
    friesland = rows("coalitions-in-region", seed_build, region="region/friesland")
    assert [(r["coalition"], r["via"]) for r in friesland] == [(north, "area served")]
    assert {
        r["coalition"] for r in rows("coalitions-in-region", seed_build, region="region/nederland")
    } == {DLC, north}
    assert rows("coalitions-in-region", seed_build, region="region/none") == []


def test_co_members(seed_build: Path) -> None:
    found = rows("co-members", seed_build, org="organisation/umcg")
    together = {
        r["member"]
        for r in _table("memberships")
        if r["coalition"]
        in {m["coalition"] for m in _table("memberships") if m["member"] == "UMCG"}
    }
    assert {r["name"] for r in found} == together - {"UMCG"}
    assert {r["name"] for r in found} >= set(SEED_MEMBERS) - {"UMCG"} | {"NHL Stenden"}
    assert rows("co-members", seed_build, org="organisation/none") == []


def test_shared_members_and_overlap_follow_the_tables(seed_build: Path) -> None:
    """The shipped data joins collaborations by their shared members (tests/test_data.py pins
    who); here the two questions agree with memberships.csv."""
    where: dict[str, set[str]] = {}
    for r in _table("memberships"):
        where.setdefault(r["member"], set()).add(r["coalition"])
    shared = {m: c for m, c in where.items() if len(c) > 1}
    found: dict[str, set[str]] = {}
    for r in rows("shared-members", seed_build):
        found.setdefault(r["name"], set()).add(r["coalitionName"])
    assert found == shared and shared
    pairs = Counter(
        tuple(sorted(pair))
        for c in where.values()
        for pair in ((a, b) for a in c for b in c if a < b)
    )
    overlap = {
        tuple(sorted((r["coalitionName"], r["otherName"]))): r["shared"]
        for r in rows("coalition-overlap", seed_build)
    }
    assert overlap == dict(pairs)


def test_sources(seed_build: Path) -> None:
    found = {r["source"]: r for r in rows("sources", seed_build)}
    assert set(found) == {BASE + "source/" + s["id"] for s in _table("sources")}
    press = found[PRESS_DOC]
    assert press["memberships"] == 18
    assert press["quotes"] >= 3
    assert press["kind"] == "press release"
    assert next(iter(found.values())) is press  # the source most rests on comes first
    assert found[BASE + "source/dlkg-curation"]["subjects"] >= 2
    dutch = rows("sources", seed_build, lang="nl")
    assert {r["kind"] for r in dutch} >= {"persbericht", "webpagina", "dataset"}


def test_is_member(seed_build: Path) -> None:
    assert _run("is-member", seed_build, org="organisation/umcg", coalition=DLC).boolean is True
    assert _run("is-member", seed_build, org="organisation/none", coalition=DLC).boolean is False
    assert kg.query("is-member", kg=seed_build, org="organisation/sksg", coalition=DLC) is True


def test_describe(seed_build: Path) -> None:
    result = _run("describe", seed_build, resource="organisation/umcg")
    assert result.kind == "graph"
    graph = rdflib.Graph()
    for triple in result.triples:
        graph.add(triple)
    umcg = rdflib.URIRef(BASE + "organisation/umcg")
    healthcare = rdflib.URIRef(SECTOR + "healthcare")
    assert (umcg, rdflib.URIRef(ORG + "classification"), healthcare) in graph
    assert rdflib.Literal("zorg", lang="nl") in set(graph.objects(healthcare, None))
    assert set(graph.subjects()) <= {umcg, *graph.objects(umcg, None)}


def test_coalitions(seed_build: Path) -> None:
    found = rows("coalitions", seed_build)
    assert {r["name"] for r in found} == collaborations()
    (row,) = [r for r in found if r["coalition"] == DLC]
    assert (row["name"], row["members"], row["goals"], str(row["founded"])) == (
        "Digital Literacy Coalition Groningen",
        18,
        1,
        "2018",
    )
    assert row["areaLabel"] == "Groningen"
    assert row["sources"] == len(
        {r["source"] for r in _table("coalitions") if r["name"] == row["name"]}
    )


def test_find(seed_build: Path) -> None:
    found = rows("find", seed_build, text="hanze")
    assert [(r["name"], r["matched"], r["score"]) for r in found][:1] == [
        ("Hanzehogeschool Groningen", "Hanze", 100)
    ]
    assert [r["name"] for r in found].count("Hanzehogeschool Groningen") == 1  # one row a thing
    places = rows("find", seed_build, text="PROVINCIE", lang="nl")
    assert {(r["name"], r["kind"]) for r in places} >= {
        ("Provincie Groningen", "gebied"),
        ("Provincie Groningen", "organisatie"),
    }
    assert rows("find", seed_build, text="zzz") == []
    # every name that contains the text is found, as before the ranking
    labels = {
        (r["thing"], r["matched"])
        for r in rows("find", seed_build, text="groningen")
        if "groningen" in r["matched"].lower()
    }
    things = {thing for thing, _ in labels}
    assert len(things) >= 5 and things <= {
        r["thing"] for r in rows("find", seed_build, text="groningen")
    }


# --- Answers on two coalitions ---------------------------------------------------------------


def test_two_members(two_coalitions_build: Path) -> None:
    found = rows("members", two_coalitions_build)
    by_coalition = Counter(r["coalitionName"] for r in found)
    assert by_coalition == {
        "Digitaal Vaardig Drenthe": 6,
        "Coalitie Digitale Inclusie Friesland": 7,
    }
    drenthe = [r["name"] for r in rows("members", two_coalitions_build, coalition=DRENTHE)]
    assert drenthe == [
        "Gemeente Assen",
        "Biblionet Drenthe",
        "Drenthe College",
        "Noorder ICT Werkplaats",
        "Stichting Digisterker Noord",
        "Zorggroep Noorderzorg",
    ]


def test_two_shared_members(two_coalitions_build: Path) -> None:
    found = rows("shared-members", two_coalitions_build)
    assert {r["name"] for r in found} == SHARED
    assert len(found) == 6
    assert {r["coalitions"] for r in found} == {2}
    assert {(r["name"], r["coalition"]) for r in found} == {
        (name, c) for name in SHARED for c in (DRENTHE, FRIESLAND)
    }


def test_two_shared_members_of_one_coalition(two_coalitions_build: Path) -> None:
    found = rows("shared-members", two_coalitions_build, coalition=DRENTHE)
    assert [(r["name"], r["coalition"], r["coalitions"]) for r in found] == [
        (name, DRENTHE, 2) for name in sorted(SHARED)
    ]
    assert rows("shared-members", two_coalitions_build, coalition="coalition/none") == []


def test_two_coalition_overlap_with_one_coalition(two_coalitions_build: Path) -> None:
    """Given either coalition, the pair appears once with that coalition first."""
    for given, other in ((DRENTHE, FRIESLAND), (FRIESLAND, DRENTHE)):
        found = rows("coalition-overlap", two_coalitions_build, **{"with": given})
        assert [(r["coalition"], r["other"], r["shared"]) for r in found] == [(given, other, 3)]
        assert found[0]["members"] == {DRENTHE: 6, FRIESLAND: 7}[given]
        assert float(found[0]["overlap"]) == 50.0
    assert rows("coalition-overlap", two_coalitions_build, **{"with": "coalition/none"}) == []


def test_two_coalition_overlap(two_coalitions_build: Path) -> None:
    found = rows("coalition-overlap", two_coalitions_build)
    assert len(found) == 1
    row = found[0]
    assert {row["coalition"], row["other"]} == {DRENTHE, FRIESLAND}
    members = {row["coalition"]: row["members"], row["other"]: row["otherMembers"]}
    assert members == {DRENTHE: 6, FRIESLAND: 7}
    assert row["shared"] == 3
    assert float(row["overlap"]) == 50.0


def test_two_co_members(two_coalitions_build: Path) -> None:
    assen = rows("co-members", two_coalitions_build, org="organisation/gemeente-assen")
    assert {r["name"] for r in assen} == {
        "Biblionet Drenthe",
        "Drenthe College",
        "Noorder ICT Werkplaats",
        "Stichting Digisterker Noord",
        "Zorggroep Noorderzorg",
    }
    college = rows("co-members", two_coalitions_build, org="organisation/drenthe-college")
    assert len(college) == 5 + 6
    assert {r["name"] for r in college} == {
        "Gemeente Assen",
        "Biblionet Drenthe",
        "Noorder ICT Werkplaats",
        "Stichting Digisterker Noord",
        "Zorggroep Noorderzorg",
        "Gemeente Leeuwarden",
        "Provincie Fryslân",
        "Hogeschool Waddenkust",
        "Fries Cultuurhuis",
    }
    both = {r["name"] for r in college if r["name"] in SHARED}
    assert {r["coalition"] for r in college if r["name"] in both} == {DRENTHE, FRIESLAND}


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        (
            "drenthe",
            {
                (DRENTHE, "area served"),
                (DRENTHE, "goal"),
                (DRENTHE, "member"),
                (FRIESLAND, "member"),
            },
        ),
        (
            "fryslan",
            {
                (FRIESLAND, "area served"),
                (FRIESLAND, "goal"),
                (FRIESLAND, "member"),
                (DRENTHE, "member"),
            },
        ),
        ("assen", {(DRENTHE, "goal"), (DRENTHE, "member")}),
        ("smallingerland", {(FRIESLAND, "member")}),
        (
            "nederland",
            {(c, via) for c in (DRENTHE, FRIESLAND) for via in ("area served", "goal", "member")},
        ),
        ("leeuwarden", {(FRIESLAND, "member"), (DRENTHE, "member")}),
        ("none", set()),
    ],
)
def test_two_coalitions_in_region(
    two_coalitions_build: Path, region: str, expected: set[tuple[str, str]]
) -> None:
    found = rows("coalitions-in-region", two_coalitions_build, region=f"region/{region}")
    assert {(r["coalition"], r["via"]) for r in found} == expected


def test_two_region_reasons(two_coalitions_build: Path) -> None:
    found = rows("coalitions-in-region", two_coalitions_build, region="region/fryslan")
    drenthe = [r for r in found if r["coalition"] == DRENTHE]
    assert [(r["placeLabel"], r["members"]) for r in drenthe] == [("Leeuwarden", 1)]
    friesland = {
        (r["via"], r["placeLabel"]): r["members"] for r in found if r["coalition"] == FRIESLAND
    }
    assert friesland == {
        ("area served", "Friesland"): None,
        ("goal", "Friesland"): None,
        ("member", "Leeuwarden"): 4,
        ("member", "Smallingerland"): 1,
    }


def test_two_sector_gaps(two_coalitions_build: Path) -> None:
    found = {
        (r["coalition"], r["group"].rsplit("/", 1)[1]): (r["members"], r["status"])
        for r in rows("sector-gaps", two_coalitions_build)
    }
    assert found == {
        (FRIESLAND, "business"): (0, "missing"),
        (FRIESLAND, "government"): (2, "ok"),
        (FRIESLAND, "education-research"): (2, "ok"),
        (FRIESLAND, "civil-society-culture"): (2, "ok"),
        (DRENTHE, "business"): (1, "thin"),
        (DRENTHE, "government"): (1, "thin"),
        (DRENTHE, "education-research"): (1, "thin"),
        (DRENTHE, "civil-society-culture"): (2, "ok"),
    }


def test_two_sector_mix_shares(two_coalitions_build: Path) -> None:
    found = rows("sector-mix", two_coalitions_build, coalition=DRENTHE)
    assert {r["total"] for r in found} == {6}
    groups = {
        r["concept"].rsplit("/", 1)[1]: (r["members"], float(r["share"]))
        for r in found
        if r["level"] == "group"
    }
    # one member has no sector, so the shares add up to 5/6
    assert groups == {
        "civil-society-culture": (2, 33.3),
        "government": (1, 16.7),
        "education-research": (1, 16.7),
        "business": (1, 16.7),
    }


def test_two_goals(two_coalitions_build: Path) -> None:
    found = rows("goals", two_coalitions_build, as_of="2025-01-01")
    passed = {(r["coalition"], str(r["targetYear"])): r["passed"] for r in found}
    assert passed == {(DRENTHE, "2020"): True, (DRENTHE, "2030"): False, (FRIESLAND, "2027"): False}
    regions = {r["regionLabel"] for r in found if str(r["targetYear"]) == "2030"}
    assert regions == {"Assen", "Emmen"}
    assert all(r["quote"] is None for r in found)  # goals from a table carry no quote


def test_goals_as_of_a_day_are_those_stated_by_then(two_coalitions_build: Path) -> None:
    # the goals' one source (test-doelen) is issued on 2021-11-30
    assert rows("goals", two_coalitions_build, as_of="2021-11-29") == []
    stated = rows("goals", two_coalitions_build, as_of="2021-11-30")
    assert {str(r["targetYear"]) for r in stated} == {"2020", "2027", "2030"}
    assert {(str(r["targetYear"]), r["passed"]) for r in stated} == {
        ("2020", True),
        ("2027", False),
        ("2030", False),
    }


def test_goals_take_a_day_not_a_year(seed_build: Path) -> None:
    with pytest.raises(InputError, match="date like"):
        rows("goals", seed_build, as_of="2025")


def test_two_timeline(two_coalitions_build: Path) -> None:
    found = rows("timeline", two_coalitions_build, coalition=DRENTHE)
    assert [
        (r["name"], r["joinOrder"], str(r["joined"]) if r["joined"] else None) for r in found
    ] == [
        ("Gemeente Assen", 1, "2019-03-01"),
        ("Biblionet Drenthe", 2, "2019-03-01"),
        ("Drenthe College", 3, "2019-09-15"),
        ("Noorder ICT Werkplaats", 4, "2020"),
        ("Zorggroep Noorderzorg", None, "2021-06-01"),
        ("Stichting Digisterker Noord", None, None),
    ]
    assert found[0]["joined"] == datetime.date(2019, 3, 1)


def test_two_quality_queue(two_coalitions_build: Path) -> None:
    found = {r["name"]: r for r in rows("quality-queue", two_coalitions_build)}
    assert "Gemeente Assen" not in found  # it has a sector, city, website and Wikidata id
    assert len(found) == 9
    assert found["Stichting Digisterker Noord"]["missing"] == "sector; website; Wikidata id"
    assert found["Noorder ICT Werkplaats"]["missing"] == "city; Wikidata id"
    assert next(iter(found)) == "Stichting Digisterker Noord"  # most missing first


def test_two_quality_queue_of_one_coalition(two_coalitions_build: Path) -> None:
    """A coalition's members only, each row as in the whole queue, in the same order."""
    everyone = {r["org"]: r for r in rows("quality-queue", two_coalitions_build)}
    members = {
        coalition: {r["member"] for r in rows("members", two_coalitions_build, coalition=coalition)}
        for coalition in (DRENTHE, FRIESLAND)
    }
    for coalition, expected in ((DRENTHE, 5), (FRIESLAND, 7)):
        found = rows("quality-queue", two_coalitions_build, coalition=coalition)
        assert len(found) == expected
        assert {r["org"] for r in found} == members[coalition] & set(everyone)
        assert [{**r, "coalition": None} for r in found] == [everyone[r["org"]] for r in found]
        assert [r["org"] for r in found] == [o for o in everyone if o in members[coalition]]
    assert BASE + "organisation/gemeente-assen" in members[DRENTHE]  # nothing missing


def test_two_sources_of_one_coalition(two_coalitions_build: Path) -> None:
    """The sources that say something about a coalition, its memberships or its members,
    with the counts of the whole source."""
    every = {r["source"]: r for r in rows("sources", two_coalitions_build)}
    found = rows("sources", two_coalitions_build, coalition=FRIESLAND)
    assert [r["source"] for r in found] == [
        s
        for s in every
        if s.rsplit("/", 1)[1] in {"test-organisaties", "test-friesland-partners", "test-doelen"}
    ]
    assert all({**r, "coalition": None} == every[r["source"]] for r in found)
    drenthe = {
        r["source"].rsplit("/", 1)[1]
        for r in rows("sources", two_coalitions_build, coalition=DRENTHE)
    }
    assert "test-friesland-partners" not in drenthe and "test-doelen" in drenthe


def test_two_partner_counts(two_coalitions_build: Path) -> None:
    found = {r["coalition"]: r for r in rows("partner-counts", two_coalitions_build)}
    assert {c: (r["stated"], r["listed"], r["agrees"]) for c, r in found.items()} == {
        DRENTHE: (None, 6, None),
        FRIESLAND: (None, 7, None),
    }


def test_two_evidence_without_quotes(two_coalitions_build: Path) -> None:
    found = rows("evidence", two_coalitions_build, org="organisation/drenthe-college")
    assert {(r["coalition"], r["sourceTitle"]) for r in found} == {
        (DRENTHE, "Test fixture: leden van Digitaal Vaardig Drenthe"),
        (FRIESLAND, "Test fixture: partners van de Coalitie Digitale Inclusie Friesland"),
    }
    assert all(r["quote"] is None for r in found)


def test_two_org_types_and_places(two_coalitions_build: Path) -> None:
    types = rows("org-types", two_coalitions_build, coalition=FRIESLAND)
    assert sum(r["members"] for r in types) == 7
    assert next(r for r in types if r["type"] is None)["members"] == 1
    places = {
        r["cityLabel"]: (r["provinceLabel"], r["partners"])
        for r in rows("by-place", two_coalitions_build, coalition=DRENTHE, lang="nl")
    }
    assert places == {
        "Assen": ("Drenthe", 2),
        "Emmen": ("Drenthe", 2),
        "Leeuwarden": ("Fryslân", 1),
        None: (None, 1),
    }


def test_two_is_member(two_coalitions_build: Path) -> None:
    college = _run(
        "is-member", two_coalitions_build, org="organisation/drenthe-college", coalition=FRIESLAND
    )
    assen = _run(
        "is-member", two_coalitions_build, org="organisation/gemeente-assen", coalition=FRIESLAND
    )
    assert (college.boolean, assen.boolean) == (True, False)


# --- Both engines agree --------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "params"), _cases(SEED_PARAMS))
def test_engines_agree_on_the_seed(seed_build: Path, name: str, params: dict[str, str]) -> None:
    oxigraph = _run(name, seed_build, "oxigraph", **params)
    reference = _run(name, seed_build, "rdflib", **params)
    assert _plain(oxigraph) == _plain(reference)


@pytest.mark.parametrize(("name", "params"), _cases(TWO_PARAMS))
def test_engines_agree_on_two_coalitions(
    two_coalitions_build: Path, name: str, params: dict[str, str]
) -> None:
    oxigraph = _run(name, two_coalitions_build, "oxigraph", **params)
    reference = _run(name, two_coalitions_build, "rdflib", **params)
    assert _plain(oxigraph) == _plain(reference)


class _ValuesEngine:
    """The local store, with parameters bound as a remote endpoint gets them: VALUES blocks."""

    name = "values"

    def __init__(self, build: Path):
        self.engine = _engine(build)

    def query(self, sparql: str, bindings: Any = None) -> Result:
        return self.engine.query(insert_values(sparql, bindings))


@pytest.mark.parametrize(("name", "params"), _cases(TWO_PARAMS))
def test_parameters_bound_as_values_blocks_give_the_same_answers(
    two_coalitions_build: Path, name: str, params: dict[str, str]
) -> None:
    """What `kg query --endpoint` sends: the narrowing parameters (coalition-overlap's `with`
    included) must work the same when bound by VALUES blocks instead of by the engine."""
    bound = _run(name, two_coalitions_build, **params)
    as_values = run(name, params, engine=_ValuesEngine(two_coalitions_build), base=BASE)
    assert _plain(as_values) == _plain(bound)


def test_records_through_the_library(two_coalitions_build: Path) -> None:
    answer = kg.query("shared-members", kg=two_coalitions_build, engine="rdflib")
    assert {r["name"] for r in answer} == SHARED


# --- Injection through parameters --------------------------------------------------------------

ATTEMPTS = [
    '" } DROP ALL ; #',
    "<x> } UNION { ?s ?p ?o }",
    "x } UNION { ?s ?p ?o",
    "organisation/umcg> } UNION { ?s ?p ?o . <x",
    "'; DROP ALL; '",
    'hanze" || "" = "',
    "{ }",
    "?s",
]
# Not text a query could be built from, but well-formed IRIs: they are bound and match nothing.
WELL_FORMED = [
    "organisation/umcg%3E%20%7D%20UNION%20%7B%20?s%20?p%20?o",
    "urn:x-dlkg:DROP-ALL",
    "organisation/umcg#%22%7D",
]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("attempt", ATTEMPTS)
def test_string_parameter_is_a_plain_value(seed_build: Path, engine: str, attempt: str) -> None:
    found = rows("find", seed_build, engine, text=attempt)
    assert {r["text"] for r in found} <= {attempt}  # given back as it is
    words = "".join(c if c.isalnum() else " " for c in attempt)  # what the ranking compares
    assert [{**r, "text": None} for r in found] == [
        {**r, "text": None} for r in rows("find", seed_build, engine, text=words)
    ]
    found = rows("members", seed_build, engine, lang=attempt, coalition=DLC)
    assert len(found) == 18  # the label language matches nothing: labels fall back to English
    assert {r["lang"] for r in found} == {attempt}


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("attempt", ATTEMPTS + WELL_FORMED)
@pytest.mark.parametrize(
    ("name", "param"),
    [
        ("profile", "org"),
        ("members", "coalition"),
        ("coalitions-in-region", "region"),
        ("is-member", "org"),
    ],
)
def test_iri_parameter_is_rejected_or_matches_nothing(
    seed_build: Path, engine: str, attempt: str, name: str, param: str
) -> None:
    params = {param: attempt}
    if name == "is-member":
        params["coalition"] = DLC
    if attempt not in WELL_FORMED:
        with pytest.raises(InputError, match=f"parameter {param} must be an IRI"):
            _run(name, seed_build, engine, **params)
        return
    result = _run(name, seed_build, engine, **params)
    assert result.boolean is False if result.kind == "ask" else result.records() == []


BAD_VALUES = ["2024 } UNION { ?s ?p ?o }", "20x4", '"2024"', "2024-02-30"]


@pytest.mark.parametrize("value", BAD_VALUES)
def test_typed_parameters_are_checked(seed_build: Path, tmp_path: Path, value: str) -> None:
    with pytest.raises(InputError, match="must be a date like"):
        _run("goals", seed_build, as_of=value)
    with pytest.raises(InputError, match="whole number"):
        _run("sector-gaps", seed_build, threshold=value)
    by_year = tmp_path / "by-year.rq"
    by_year.write_text(
        "# title: A year\n# param: year year default=today -- A year.\nSELECT ?year WHERE { }\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="must be a year"):
        run(str(by_year), {"year": value}, engine=_engine(seed_build, "oxigraph"))
    assert run(str(by_year), {}, engine=_engine(seed_build, "oxigraph")).records() == [
        {"year": datetime.date.today().year}
    ]


def test_bindings_are_terms_not_text() -> None:
    query = catalogue()["find"]
    bound = bind(query, {"text": '" } DROP ALL ; #'})
    assert bound["text"] == rdflib.Literal('" } DROP ALL ; #')
    assert '" } DROP ALL' not in query.text


# --- The command line --------------------------------------------------------------------------


def test_cli_lists_the_catalogue_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["queries", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert isinstance(listed, list) and len(listed) == len(FILES)
    by_name = {q["name"]: q for q in listed}
    assert set(by_name) >= REQUIRED_QUERIES
    for query in listed:
        assert query["title"] and isinstance(query["parameters"], list)
    profile = by_name["profile"]
    assert profile["titles"]["nl"] == "Profiel van een organisatie"
    assert {"name": "org", "type": "iri", "required": True}.items() <= profile["parameters"][
        0
    ].items()
    assert by_name["is-member"]["form"] == "ASK"
    assert by_name["describe"]["form"] == "CONSTRUCT"


def test_cli_lists_the_catalogue_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["queries", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Leden van een coalitie" in out
    assert all(name in out for name in REQUIRED_QUERIES)


ONE = ["--param", f"coalition={DLC}"]  # the DLC's members: the seed's eighteen


def test_cli_members_table(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "members", "--kg", str(seed_build), *ONE]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    # the table leaves out the columns that only echo parameters (coalition and its name, lang)
    # and the IRIs beside labels (type beside typeLabel, ...)
    assert lines[0].split() == [
        "member",
        "name",
        "typeLabel",
        "sectorLabel",
        "groupLabel",
        "cityLabel",
        "joinOrder",
    ]
    assert set(lines[1]) <= {"-", " "}
    assert lines[-2:] == [
        "(18 rows)",
        "(IRIs of city, group, sector, type shown by their labels; --iri shows them)",
    ]
    assert len(lines) == 2 + 18 + 2
    assert all(name in out for name in SEED_MEMBERS)
    assert "organisation:umcg" in out  # IRIs shown as prefixed names
    assert main(["query", "members", "--kg", str(seed_build), "--iri", *ONE]) == 0
    header = capsys.readouterr().out.splitlines()[0].split()
    assert header[:4] == ["member", "name", "type", "typeLabel"]


def test_cli_table_fits_the_terminal(
    seed_build: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["query", "members", "--kg", str(seed_build), *ONE]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 100
    assert "(long cells wrapped to fit 100 columns; --format csv keeps them whole)" in out
    assert "(18 rows)" in out
    assert out.splitlines()[0].split()[-1] == "joinOrder"  # the last column is there
    assert any(line.rstrip().endswith(" 18") for line in out.splitlines())  # and its value
    monkeypatch.setenv("COLUMNS", "50")  # too narrow for 11 columns: a block per row
    assert main(["query", "members", "--kg", str(seed_build), "--iri", *ONE]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 50
    assert out.count("-- row ") == 18 and out.count("\njoinOrder") == 18
    assert "Goldmund, Wyldebeast & Wunderliebe" in out
    monkeypatch.setenv("COLUMNS", "300")
    assert main(["query", "members", "--kg", str(seed_build), *ONE]) == 0
    assert "wrapped" not in capsys.readouterr().out


def test_cli_table_keeps_a_parameter_column_that_varies(
    two_coalitions_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every coalition asked for: the coalition column says whose member each row is."""
    assert main(["query", "members", "--kg", str(two_coalitions_build)]) == 0
    header = capsys.readouterr().out.splitlines()[0].split()
    assert header[:2] == ["coalitionName", "member"] and "lang" not in header  # by its name
    assert (
        main(
            [
                "query",
                "members",
                "--kg",
                str(two_coalitions_build),
                "--param",
                f"coalition={DRENTHE}",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.splitlines()[0].split()[0] == "member"  # one: echoed


def test_cli_members_csv(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "members", "--kg", str(seed_build), "--format", "csv", *ONE]) == 0
    out = capsys.readouterr().out
    assert out.endswith("\r\n")
    table = list(csv.DictReader(out.splitlines()))
    assert len(table) == 18
    assert sorted(r["name"] for r in table) == sorted(SEED_MEMBERS)
    assert next(r for r in table if r["name"] == "UMCG")["member"] == BASE + "organisation/umcg"
    assert next(r for r in table if r["name"] == "Samenwerking Noord")["joinOrder"] == "18"


def test_cli_members_tsv(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "members", "--kg", str(seed_build), "--format", "tsv", *ONE]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0].split("\t")
    assert header[:4] == ["?coalition", "?coalitionName", "?member", "?name"]
    assert len(lines) == 19
    assert all(len(line.split("\t")) == len(header) for line in lines)
    assert any(f"<{BASE}organisation/umcg>" in line for line in lines)
    assert any('"Samenwerking Noord"' in line for line in lines)


FORMULAS = """SELECT ?cell ?n WHERE {
  VALUES (?cell ?n) {
    ("=HYPERLINK(\\"http://evil\\")" 1) ("+1+2" 2) ("-2+3+cmd|' /C calc'!A0" 3)
    ("@SUM(A1:A9)" 4) ("\\tx" 5) ("\\rx" 6) ("-5" 7) ("a=b" 8) (-7 9)
  }
} ORDER BY ?n"""


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_cells_that_are_formulas_are_neutralised_unless_raw(
    fmt: str, seed_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18, item 9: a spreadsheet must not run a cell; --raw keeps them for machines."""
    query = tmp_path / "formulas.rq"
    query.write_text(FORMULAS, encoding="utf-8")
    args = ["query", str(query), "--kg", str(seed_build), "--format", fmt]
    assert main(args) == 0
    safe = capsys.readouterr().out
    assert main([*args, "--raw"]) == 0
    raw = capsys.readouterr().out
    if fmt == "csv":
        cells = [row[0] for row in csv.reader(io.StringIO(safe, newline=""))][1:]
        raws = [row[0] for row in csv.reader(io.StringIO(raw, newline=""))][1:]
        assert raws[:4] == [
            '=HYPERLINK("http://evil")',
            "+1+2",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1:A9)",
        ]
        assert cells[:6] == ["'" + cell for cell in raws[:6]]
        assert cells[6:] == raws[6:] == ["-5", "a=b", "-7"]
    else:
        cells = [line.split("\t")[0] for line in safe.split("\n")[1:-1]]
        raws = [line.split("\t")[0] for line in raw.split("\n")[1:-1]]
        assert raws[0] == '"=HYPERLINK(\\"http://evil\\")"'
        assert cells[:4] == ["'" + cell for cell in raws[:4]]
        assert cells[6:] == raws[6:]
        assert cells[6:8] == ['"-5"', '"a=b"']
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells[:6])


def test_json_results_keep_formulas_as_they_are(
    seed_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = tmp_path / "formulas.rq"
    query.write_text(FORMULAS, encoding="utf-8")
    assert main(["query", str(query), "--kg", str(seed_build), "--format", "json"]) == 0
    bindings = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert bindings[0]["cell"]["value"] == '=HYPERLINK("http://evil")'


def test_cli_members_json(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            ["query", "members", "--kg", str(seed_build), "--format", "json", "--lang", "nl", *ONE]
        )
        == 0
    )
    document = json.loads(capsys.readouterr().out)
    assert document["head"]["vars"][:4] == ["coalition", "coalitionName", "member", "name"]
    bindings = document["results"]["bindings"]
    assert len(bindings) == 18
    umcg = next(b for b in bindings if b["name"]["value"] == "UMCG")
    assert umcg["member"] == {"type": "uri", "value": BASE + "organisation/umcg"}
    assert umcg["sectorLabel"] == {"type": "literal", "value": "zorg", "xml:lang": "nl"}
    joiner = next(b for b in bindings if b["name"]["value"] == "Samenwerking Noord")
    assert joiner["joinOrder"]["value"] == "18"
    # Oxigraph answers xsd:integer for the stored xsd:positiveInteger; rdflib keeps it
    assert joiner["joinOrder"]["datatype"] in {XSD + "integer", XSD + "positiveInteger"}
    assert "joinOrder" not in umcg  # unbound values are left out


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_cli_ask_exit_codes(
    seed_build: Path, capsys: pytest.CaptureFixture[str], engine: str
) -> None:
    base = [
        "query",
        "is-member",
        "--kg",
        str(seed_build),
        "--engine",
        engine,
        "--param",
        f"coalition={DLC}",
    ]
    assert main([*base, "--param", "org=organisation/umcg"]) == 0
    assert capsys.readouterr().out == "true\n"
    assert main([*base, "--param", "org=organisation/sksg"]) == 0
    assert capsys.readouterr().out == "true\n"
    assert main([*base, "--param", "org=organisation/nobody"]) == 2  # names nothing: bad input
    assert "did you mean" in capsys.readouterr().err
    assert main([*base, "--param", "org=organisation/umcg", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"head": {}, "boolean": True}


def test_cli_construct_as_turtle(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "query",
                "describe",
                "--kg",
                str(seed_build),
                "--param",
                "resource=organisation/umcg",
                "--format",
                "turtle",
            ]
        )
        == 0
    )
    graph = rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert (
        rdflib.URIRef(BASE + "organisation/umcg"),
        rdflib.URIRef(ORG + "classification"),
        rdflib.URIRef(SECTOR + "healthcare"),
    ) in graph


def test_cli_unknown_parameter(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "members", "--kg", str(seed_build), "--param", "colition=x"]) == 2
    err = capsys.readouterr().err
    assert "no parameter colition" in err and "coalition" in err


def test_cli_missing_required_parameter(
    seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "profile", "--kg", str(seed_build)]) == 2
    assert "needs the parameter org" in capsys.readouterr().err


def test_cli_bad_iri(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            ["query", "profile", "--kg", str(seed_build), "--param", "org=<x> } UNION { ?s ?p ?o }"]
        )
        == 2
    )
    # read as a name (data, never query text), which names nothing
    assert "names no one thing in the graph" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("typo", "suggestion"),
    [
        ("member", "members"),
        ("sector-gap", "sector-gaps"),
        ("co-member", "co-members"),
    ],
)
def test_cli_unknown_query_suggests(
    seed_build: Path, capsys: pytest.CaptureFixture[str], typo: str, suggestion: str
) -> None:
    assert main(["query", typo, "--kg", str(seed_build)]) == 2
    err = capsys.readouterr().err
    assert f"no query named {typo!r}" in err
    assert "did you mean" in err and suggestion in err


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_cli_syntax_error_names_line_and_column(
    seed_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], engine: str
) -> None:
    broken = tmp_path / "broken.rq"
    broken.write_text(
        "# title: Broken\n# title@nl: Kapot\n"
        "PREFIX org: <http://www.w3.org/ns/org#>\n"
        "SELECT ?x WHERE {\n  ?x a org:Organization .\n  FILTER(?x = )\n}\n",
        encoding="utf-8",
    )
    assert main(["query", str(broken), "--kg", str(seed_build), "--engine", engine]) == 2
    err = capsys.readouterr().err
    assert "syntax error" in err
    assert re.search(r"\b\d+:\d+\b|line \d+, column \d+", err), err


def test_cli_query_file_outside_the_catalogue(
    seed_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = tmp_path / "count.rq"
    own.write_text(
        "# title: Count members\n"
        "# param: coalition iri required -- the coalition\n"
        "PREFIX org: <http://www.w3.org/ns/org#>\n"
        "SELECT ?coalition (COUNT(DISTINCT ?m) AS ?n) WHERE {\n"
        "  ?x org:organization ?coalition ; org:member ?m } GROUP BY ?coalition\n",
        encoding="utf-8",
    )
    assert (
        main(
            [
                "query",
                str(own),
                "--kg",
                str(seed_build),
                "--format",
                "csv",
                "--param",
                f"coalition={DLC}",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.splitlines()[1] == f"{DLC},18"


def test_python_api_frame(seed_build: Path) -> None:
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="needs pandas"):
            kg.query("members", kg=seed_build, frame=True)
        return
    frame = kg.query("members", kg=seed_build, frame=True)
    assert len(frame) == 18 and "name" in frame.columns


# --- IRI parameters as people write them --------------------------------------------------


@pytest.mark.parametrize(
    "given",
    [
        "https://w3id.org/dlkg/organisation/umcg",  # a full IRI
        "organisation:umcg",  # a prefixed name, as the table prints it
        "organisation/umcg",  # a path under the base
        "UMCG",  # a name
        "umcg",  # a name in other case
        "Universitair Medisch Centrum Groningen",  # the official name
    ],
)
def test_an_iri_parameter_in_every_form_gives_the_same_answer(
    given: str, seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["query", "profile", "--kg", str(seed_build), "--format", "csv", "--param"]
    assert main([*args, "org=organisation/umcg"]) == 0
    expected = capsys.readouterr().out
    assert expected.count("\n") > 5
    assert main([*args, f"org={given}"]) == 0
    out = capsys.readouterr()
    assert out.out == expected
    if "/" not in given and ":" not in given:  # a name: the match is said
        assert "is organisation:umcg" in out.err


def test_a_typo_in_a_name_is_taken_only_when_it_is_clear(
    seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["query", "members", "--kg", str(seed_build), "--format", "csv", "--param"]
    assert main([*args, "coalition=Digital Literacy Coalitoin Groningen"]) == 0
    out = capsys.readouterr()
    assert out.out.count("\n") == 19  # the header and the 18 members
    assert "taken as 'Digital Literacy Coalition Groningen'" in out.err
    # "Groningen" names a place and is part of many organisations' names: no guess
    assert main(["query", "profile", "--kg", str(seed_build), "--param", "org=Groningen"]) == 2
    err = capsys.readouterr().err
    assert "did you mean organisation:" in err and "organisation:gemeente-groningen" in err


@pytest.mark.parametrize(
    ("param", "value", "candidate"),
    [
        ("coalition", "coalition/dlc-groningen", f"coalition:{DLC.split('/')[1]}"),
        ("coalition", "coalition:nothing-like-it", f"coalition:{DLC.split('/')[1]}"),
        ("org", "organisation/umgc", "organisation:umcg"),
    ],
)
def test_an_iri_that_names_nothing_exits_2_with_candidates(
    param: str, value: str, candidate: str, seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = "members" if param == "coalition" else "profile"
    assert main(["query", query, "--kg", str(seed_build), "--param", f"{param}={value}"]) == 2
    err = capsys.readouterr().err
    assert f"parameter {param}={value!r} names nothing in the graph; did you mean" in err
    assert candidate in err.split("did you mean", 1)[1]


def test_the_library_resolves_names_as_the_cli_does(seed_build: Path) -> None:
    assert kg.query("is-member", kg=seed_build, org="UMCG", coalition="DLC") is True
    with pytest.raises(InputError, match="did you mean"):
        kg.query("profile", kg=seed_build, org="organisation/nobody")


def test_a_closed_pipe_is_no_error() -> None:
    """`kg queries --format json | head`: the reader is gone before kg writes (here: at once)."""
    import subprocess
    import sys

    child = subprocess.Popen(
        [sys.executable, "-m", "kg", "queries", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) == 0
    assert "Traceback" not in err and "bug" not in err


def test_a_graph_answer_in_csv_is_a_table_of_statements(
    seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["query", "describe", "--kg", str(seed_build), "--param", "resource=organisation/umcg"]
    assert main([*args, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "subject,predicate,object"
    assert "https://w3id.org/dlkg/organisation/umcg,https://schema.org/legalName," in "\n".join(
        lines
    )
    assert main([*args, "--format", "turtle"]) == 0
    assert capsys.readouterr().out.startswith("@prefix")


def test_a_malformed_query_says_where_in_a_line(
    tmp_path: Path, seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTR(?s)\n}\n", encoding="utf-8")
    assert main(["query", str(rq), "--kg", str(seed_build)]) == 2
    err = capsys.readouterr().err
    assert "bad.rq: SPARQL syntax error at line 3, column 11" in err
    assert err.endswith("\n    FILTR(?s)\n            ^\n")
    assert max(len(line) for line in err.splitlines()) < 200  # no pages of Unicode ranges


def test_one_question_explained(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["queries", "members"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("members: Members of a coalition\n")
    assert "  coalition (iri, optional): The coalition; every coalition when left out." in out
    assert "  lang (string, default en):" in out
    assert "Examples:\n  kg query members\n" in out
    assert main(["queries", "members", "--lang", "nl"]) == 0
    assert capsys.readouterr().out.startswith("members: Leden van een coalitie\n")
    assert main(["queries", "members", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["parameters"][0]["name"] == "coalition"
    assert main(["queries", "member"]) == 2
    assert "did you mean members" in capsys.readouterr().err


# --- As of a date: tests/data/as-of.trig, four dated releases -----------------------------------

TESTLAND = BASE + "coalition/testland-digitaal"
TWEEDE = BASE + "coalition/tweede-netwerk"
DLKG = "https://w3id.org/dlkg/def#"
TIME = "http://www.w3.org/2006/time#"
TIMELESS = {"describe", "find", "goals", "themes"}
"""The queries whose answer does not depend on a day: every other one takes as_of (or from/to)."""


@pytest.fixture(scope="module")
def as_of_kg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-written graph in the build's time model, with the concept schemes beside it."""
    store = ox.Store()
    store.load(path=str(ROOT / "tests" / "data" / "as-of.trig"), format=ox.RdfFormat.TRIG)
    store.load(
        path=str(ROOT / "ontology" / "concepts.ttl"),
        format=ox.RdfFormat.TURTLE,
        to_graph=ox.NamedNode(BASE + "source/concepts"),
    )
    out = tmp_path_factory.mktemp("as-of") / "as-of.trig"
    store.dump(output=str(out), format=ox.RdfFormat.TRIG)
    return out


def _members_by_rule(kg_file: Path, day: str | None) -> set[tuple[str, str]]:
    """(coalition, member) as of `day` by the contract's rule, read in Python from the triples:
    known since on or before the day and not ended by it; with no day, never ended."""
    graph = rdflib.Dataset(default_union=True).parse(kg_file, format="trig")
    member, organization = rdflib.URIRef(ORG + "member"), rdflib.URIRef(ORG + "organization")
    during, has_end = rdflib.URIRef(ORG + "memberDuring"), rdflib.URIRef(TIME + "hasEnd")
    since, ended = rdflib.URIRef(DLKG + "knownSince"), rdflib.URIRef(DLKG + "endedBy")
    found = set()
    for membership in set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(ORG + "Membership"))):
        period = graph.value(membership, during)
        start = graph.value(membership, since)
        end = graph.value(membership, ended)
        if day is None:
            keep = end is None and (period is None or graph.value(period, has_end) is None)
        else:
            when = datetime.date.fromisoformat(day)
            keep = start is not None and start.toPython() <= when
            keep = keep and not (end is not None and end.toPython() <= when)
        if keep:
            found.add(
                (str(graph.value(membership, organization)), str(graph.value(membership, member)))
            )
    return found


def test_every_time_dependent_query_takes_as_of() -> None:
    for name, query in catalogue().items():
        params = {p.name: p.type for p in query.params}
        if name in TIMELESS:
            continue
        if name == "changes":
            assert params["from"] == params["to"] == "date"
            continue
        assert params.get("as_of") == "date", name
        assert any("as_of=" in example for example in query.examples), name


@pytest.mark.parametrize("day", [None, *AS_OF_DAYS])
def test_members_as_of_follow_the_rule(as_of_kg: Path, day: str | None) -> None:
    found = rows("members", as_of_kg, **({"as_of": day} if day else {}))
    assert {(r["coalition"], r["member"]) for r in found} == _members_by_rule(as_of_kg, day)


def test_members_between_the_releases(as_of_kg: Path) -> None:
    def names(day: str | None) -> set[str]:
        given = {"coalition": TESTLAND, **({"as_of": day} if day else {})}
        return {r["name"] for r in rows("members", as_of_kg, **given)}

    assert names("2019-12-31") == set()
    assert names("2020-06-01") == {"Stichting Aap", "Noot BV", "Gemeente Mies"}
    assert names("2021-06-01") == {"Stichting Aap", "Noot BV", "Gemeente Mies", "Wim College"}
    assert names("2022-04-30") == {"Stichting Aap", "Gemeente Mies", "Wim College"}  # left that day
    assert names("2023-07-01") == {"Stichting Aap", "Gemeente Mies", "Wim College", "Zus Zorg"}
    # now: every member that has not left, the one only an undated page names included
    assert names(None) == {"Stichting Aap", "Gemeente Mies", "Wim College", "Zus Zorg", "Jet Media"}


def test_growth_between_the_releases(as_of_kg: Path) -> None:
    found = rows("growth", as_of_kg, coalition=TESTLAND)
    assert [(str(r["date"]), r["stated"], r["named"]) for r in found] == [
        ("2020-01-15", 3, 3),
        ("2021-03-01", 4, 4),
        ("2022-05-01", 3, 3),
        ("2023-06-01", 5, 4),  # one partner no source names; the undated page is left out
    ]
    assert [r["source"].rsplit("/", 1)[1] for r in found] == ["r1", "r2", "r3", "r4"]
    assert found[0]["quote"] == "drie partners" and found[1]["quote"] is None
    for r in found:  # named equals the members of that day
        day = str(r["date"])
        assert r["named"] == len(rows("members", as_of_kg, coalition=TESTLAND, as_of=day))
    until = rows("growth", as_of_kg, coalition=TESTLAND, as_of="2021-06-01")
    assert [r["stated"] for r in until] == [3, 4]
    tweede = rows("growth", as_of_kg, coalition=TWEEDE)
    assert [(r["stated"], r["named"]) for r in tweede] == [(None, 1), (None, 2)]


def test_changes_between_the_releases(as_of_kg: Path) -> None:
    def changes(**params: str) -> list[tuple[str, str, str]]:
        found = rows("changes", as_of_kg, coalition=TESTLAND, **params)
        return [(str(r["day"]), r["change"], r["name"]) for r in found]

    assert changes(**{"from": "2020-06-01", "to": "2022-12-31"}) == [
        ("2021-02-20", "joined", "Wim College"),
        ("2022-04-30", "left", "Noot BV"),
        ("2022-05-01", "renamed", "Coalitie Testland"),
    ]
    assert changes(to="2020-01-15") == [
        ("2020-01-15", "first named", "Gemeente Mies"),  # no source dates their join
        ("2020-01-15", "first named", "Noot BV"),
        ("2020-01-15", "first named", "Stichting Aap"),
    ]
    assert changes(**{"from": "2022-05-01"}) == [("2023-06-01", "first named", "Zus Zorg")]
    every = rows("changes", as_of_kg, coalition=TESTLAND)
    evidence = {(r["change"], r["source"].rsplit("/", 1)[1], r["quote"]) for r in every}
    assert {
        ("joined", "r2", "Wim College sloot zich op 20 februari aan"),
        ("left", "r3", "Noot BV nam op 30 april afscheid"),
        ("renamed", "r3", "Coalitie Testland heet voortaan Testland Digitaal"),
    } <= evidence
    # members of one day and the changes since give the members of a later day
    before = {r["name"] for r in rows("members", as_of_kg, coalition=TESTLAND, as_of="2020-06-01")}
    after = {r["name"] for r in rows("members", as_of_kg, coalition=TESTLAND, as_of="2023-07-01")}
    moved = changes(**{"from": "2020-06-01", "to": "2023-07-01"})
    joined = {name for _, change, name in moved if change in ("joined", "first named")}
    left = {name for _, change, name in moved if change == "left"}
    assert (before | joined) - left == after


def test_partner_counts_as_of(as_of_kg: Path) -> None:
    def counts(**params: str) -> list[tuple[object, ...]]:
        found = rows("partner-counts", as_of_kg, coalition=TESTLAND, **params)
        return [(r["stated"], r["listed"], r["agrees"]) for r in found]

    assert counts(as_of="2020-06-01") == [(3, 3, True)]
    assert counts(as_of="2022-06-01") == [(3, 3, True), (4, 3, False), (3, 3, True)]
    assert counts() == [(3, 5, False), (4, 5, False), (3, 5, False), (5, 5, True), (5, 5, True)]
    assert rows("partner-counts", as_of_kg, coalition=TWEEDE)[0]["stated"] is None


def test_is_member_as_of(as_of_kg: Path) -> None:
    def member(day: str | None) -> bool | None:
        given = {"org": BASE + "organisation/noot", "coalition": TESTLAND}
        return _run("is-member", as_of_kg, **given, **({"as_of": day} if day else {})).boolean

    assert [member(d) for d in (None, "2019-12-31", "2020-01-15", "2022-04-29", "2022-04-30")] == [
        False,
        False,
        True,
        True,
        False,
    ]


@pytest.mark.parametrize("day", AS_OF_DAYS)
def test_counting_queries_count_the_members_of_the_day(as_of_kg: Path, day: str) -> None:
    members = rows("members", as_of_kg, as_of=day)
    per = Counter(r["coalition"] for r in members)
    totals = {r["coalition"]: r["total"] for r in rows("sector-mix", as_of_kg, as_of=day)}
    assert totals == {c: n for c, n in per.items() if n}
    assert {r["coalition"]: r["members"] for r in rows("coalitions", as_of_kg, as_of=day)} == {
        c: per.get(c, 0) for c in (TESTLAND, TWEEDE)
    }
    typed = Counter()
    for r in rows("org-types", as_of_kg, as_of=day):
        typed[r["coalition"]] += r["members"]
    assert typed == per
    placed = Counter()
    for r in rows("by-place", as_of_kg, as_of=day):
        placed[r["coalition"]] += r["partners"]
    assert placed == per
    gaps = Counter()
    for r in rows("sector-gaps", as_of_kg, as_of=day):
        gaps[r["coalition"]] += r["members"]
    assert {c: n for c, n in gaps.items() if n} == {c: n for c, n in per.items() if n}
    both = {
        r["member"]
        for r in members
        if {(TESTLAND, r["member"]), (TWEEDE, r["member"])}
        <= {(m["coalition"], m["member"]) for m in members}
    }
    assert {r["member"] for r in rows("shared-members", as_of_kg, as_of=day)} == both
    overlap = rows("coalition-overlap", as_of_kg, as_of=day)
    assert [r["shared"] for r in overlap] == ([len(both)] if both else [])
    timeline = rows("timeline", as_of_kg, as_of=day)
    assert {(r["coalition"], r["member"]) for r in timeline} == {
        (r["coalition"], r["member"]) for r in members
    }


def test_profile_and_sources_as_of(as_of_kg: Path) -> None:
    noot = BASE + "organisation/noot"
    then = rows("profile", as_of_kg, org=noot, as_of="2021-06-01")
    assert {r["value"] for r in then if r["property"] == ORG + "memberOf"} == {TESTLAND, TWEEDE}
    now = rows("profile", as_of_kg, org=noot)
    assert {r["value"] for r in now if r["property"] == ORG + "memberOf"} == {TWEEDE}
    early = rows("profile", as_of_kg, org=noot, as_of="2019-12-31")
    assert early == []  # nothing about it was known yet
    known = {r["source"].rsplit("/", 1)[1] for r in rows("sources", as_of_kg, as_of="2021-06-01")}
    assert known == {"r1", "r2"}
    evidence = rows("evidence", as_of_kg, as_of="2021-06-01", coalition=TESTLAND)
    assert {r["source"].rsplit("/", 1)[1] for r in evidence} == {"r1", "r2"}


def _as_of_cases() -> list[Any]:
    cases = []
    for name, query in sorted(catalogue().items()):
        names = {p.name for p in query.params if p.type == "date"}
        required = {p.name for p in query.params if p.required}
        base = {"org": BASE + "organisation/noot", "coalition": TESTLAND}
        given = {k: v for k, v in base.items() if k in required}
        if "region" in required:
            given["region"] = BASE + "region/testprovincie"
        if "resource" in required or "text" in required:
            continue
        if "as_of" in names:
            for day in (None, *AS_OF_DAYS):
                params = {**given, **({"as_of": day} if day else {})}
                cases.append(pytest.param(name, params, id=f"{name}[{day}]"))
        if name == "changes":
            for start, end in (("2020-06-01", "2022-06-01"), ("2021-06-01", None)):
                params = {"from": start, **({"to": end} if end else {})}
                cases.append(pytest.param(name, params, id=f"{name}[{start}..{end}]"))
    return cases


@pytest.mark.parametrize(("name", "params"), _as_of_cases())
def test_engines_agree_as_of(as_of_kg: Path, name: str, params: dict[str, str]) -> None:
    """Oxigraph (substituted values), rdflib (initial bindings) and VALUES blocks (what a remote
    endpoint gets) give the same answers at every day."""
    bound = _run(name, as_of_kg, **params)
    assert _plain(bound) == _plain(_run(name, as_of_kg, "rdflib", **params))
    as_values = run(name, params, engine=_ValuesEngine(as_of_kg), base=BASE)
    assert _plain(as_values) == _plain(bound)


@pytest.mark.parametrize(
    "value", ["2020-13-01", "2020-6-1", "2020-02-30", "yesterday", "2020", '2020-01-01" } #']
)
def test_date_parameter_is_checked(
    as_of_kg: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(InputError, match="must be a date like 2020-06-01"):
        _run("members", as_of_kg, as_of=value)
    assert main(["query", "members", "--param", f"as_of={value}", "--kg", str(as_of_kg)]) == 2
    assert "parameter as_of must be a date like 2020-06-01 (YYYY-MM-DD)" in capsys.readouterr().err


def test_a_date_is_bound_as_xsd_date() -> None:
    bound = bind(catalogue()["members"], {"as_of": "2020-06-01"})
    assert bound["as_of"] == rdflib.Literal("2020-06-01", datatype=rdflib.XSD.date)


# --- Grouped by theme, and search that forgives -----------------------------------------------


def test_the_catalogue_is_grouped_by_theme(capsys: pytest.CaptureFixture[str]) -> None:
    from kg.sparql.catalogue import THEMES

    queries = catalogue()
    assert {q.theme for q in queries.values()} <= set(THEMES)
    assert main(["queries"]) == 0
    out = capsys.readouterr().out
    headings = [line for line in out.splitlines() if line and not line.startswith(" ")]
    used = [THEMES[t]["en"] for t in THEMES if any(q.theme == t for q in queries.values())]
    assert headings == used
    sections = re.split(r"\n(?=\S)", out)
    for section in sections:
        heading, *lines = section.strip("\n").splitlines()
        theme = next(t for t, h in THEMES.items() if h["en"] == heading)
        assert {line.split()[0] for line in lines} == {
            n for n, q in queries.items() if q.theme == theme
        }
    assert main(["queries", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {q["name"]: q["theme"] for q in listed} == {n: q.theme for n, q in queries.items()}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Groningn", "region/groningen"),
        ("Goldmund Wyldebeast", "organisation/goldmund-wyldebeast-wunderliebe"),
        ("goldmund wyldebeast & wunderliebe", "organisation/goldmund-wyldebeast-wunderliebe"),
        ("Hanze", "organisation/hanzehogeschool-groningen"),
        ("Rijksuniversitiet", "organisation/rijksuniversiteit-groningen"),
    ],
)
def test_find_forgives_typos_and_punctuation(seed_build: Path, text: str, thing: str) -> None:
    found = rows("find", seed_build, text=text)
    assert found and found[0]["thing"] == BASE + thing, [r["thing"] for r in found[:3]]
    assert len({r["thing"] for r in found}) == len(found)  # one row per thing
    scores = [r["score"] for r in found]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 100 for s in scores)


def test_served_queries_take_a_date_and_rank_find(seed_build: Path, tmp_path: Path) -> None:
    """`/queries/{name}` on kg serve: as_of bound as a date like `kg query` does, a bad date is a
    400 that says why, and `find` ranked as on the command line, in JSON and CSV."""
    import httpx

    from tests.test_serve import start_server, stop_server

    server = start_server(seed_build, tmp_path / "stderr.log")
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:

            def served(name: str, **params: str) -> list[dict[str, str]]:
                answer = client.get(f"/queries/{name}", params={**params, "_format": "json"})
                assert answer.status_code == 200, answer.text
                return [
                    {k: v["value"] for k, v in b.items()}
                    for b in answer.json()["results"]["bindings"]
                ]

            dlc = "coalition/digital-literacy-coalition-groningen"
            for day in ("1999-01-01", "2020-06-01", None):
                given = {"coalition": server.url + dlc, **({"as_of": day} if day else {})}
                local = rows(
                    "members", seed_build, coalition=dlc, **({"as_of": day} if day else {})
                )
                names = sorted(r["name"] for r in served("members", **given))
                assert names == sorted(r["name"] for r in local), day
            assert served("members", coalition=server.url + dlc, as_of="1999-01-01") == []
            bad = client.get("/queries/members", params={"as_of": "2020-02-30"})
            assert bad.status_code == 400 and "must be a date like 2020-06-01" in bad.text
            found = served("find", text="Groningn")
            local = rows("find", seed_build, text="Groningn")
            assert [(r["matched"], int(r["score"])) for r in found] == [
                (r["matched"], r["score"]) for r in local
            ]
            csv_answer = client.get("/queries/find", params={"text": "Hanze", "_format": "csv"})
            header, first = csv_answer.text.splitlines()[:2]
            assert header.split(",")[-1] == "score" and "Hanze" in first
    finally:
        stop_server(server)


# --- As of a date on a built data folder: tests/data/four-releases -----------------------------

VEENHOOP = "coalition/digitaal-veenhoop"


@pytest.fixture(scope="module")
def four_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fictional coalition over four dated releases (two joins, a leave, a rename), built."""
    from kg.assembly.build import build

    out = tmp_path_factory.mktemp("four") / "build"
    build(ROOT / "tests" / "data" / "four-releases", out)
    return out


def test_four_releases_members_between_them(four_build: Path) -> None:
    def names(day: str | None = None) -> list[str]:
        given = {"coalition": VEENHOOP, **({"as_of": day} if day else {})}
        return sorted(r["name"] for r in rows("members", four_build, **given))

    founders = ["Bibliotheek Veenhoop", "Gemeente Veenhoop", "Stichting Welzijn Veenhoop"]
    assert names("2021-02-28") == []
    assert names("2021-06-01") == sorted([*founders, "Veenhoop College"])
    assert names("2022-06-01") == sorted([*founders, "Veenhoop College", "Zorggroep Veenhoop"])
    assert names("2022-10-01") == sorted([*founders, "Zorggroep Veenhoop"])
    assert (
        names("2023-06-01")
        == names()
        == sorted([*founders, "Veenhoop Werkt", "Zorggroep Veenhoop"])
    )


def test_four_releases_growth(four_build: Path) -> None:
    found = rows("growth", four_build, coalition=VEENHOOP)
    days = [str(r["date"]) for r in found]
    assert days == ["2021-03-01", "2022-01-10", "2022-09-01", "2023-05-01"]
    assert [r["stated"] for r in found] == [4, 5, None, None]  # the two releases that count
    for r in found:  # named by then: the members of that day
        day = str(r["date"])
        assert r["named"] == len(rows("members", four_build, coalition=VEENHOOP, as_of=day))
    assert [r["named"] for r in found] == [4, 5, 4, 5]
    assert [r["source"].rsplit("/", 1)[1] for r in found] == [
        "r1-oprichting",
        "r2-zorggroep",
        "r3-vertrek",
        "r4-nieuwe-naam",
    ]


def test_four_releases_changes(four_build: Path) -> None:
    found = rows("changes", four_build, **{"from": "2021-06-01", "to": "2023-12-31"})
    assert [(str(r["day"]), r["change"], r["name"]) for r in found] == [
        ("2022-01-10", "first named", "Zorggroep Veenhoop"),
        ("2022-09-01", "left", "Veenhoop College"),
        ("2023-05-01", "first named", "Veenhoop Werkt"),
        ("2023-05-01", "renamed", "Digitaal Vaardig Veenhoop"),
    ]
    left = next(r for r in found if r["change"] == "left")
    assert left["source"].endswith("/r3-vertrek") and "stapt uit" in left["quote"]
    assert rows("changes", four_build, to="2021-02-28") == []


def test_the_seed_grows_18_19_20(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14, done when: growth lists the dated counts 18, 19 and 20 with their sources, and
    the members as of 2020-06-01 are the 18 the press release names."""
    found = rows("growth", seed_build, coalition=DLC)
    stated = [r["stated"] for r in found if r["stated"] is not None]
    assert sorted(set(stated)) == [18, 19, 20] and stated == sorted(stated)
    assert all(r["source"] and r["date"] for r in found)
    assert next(r for r in found if r["stated"] == 18)["source"] == PRESS_DOC
    then = rows("members", seed_build, coalition=DLC, as_of="2020-06-01")
    assert sorted(r["name"] for r in then) == sorted(SEED_MEMBERS)
    assert main(["query", "growth", "--param", f"coalition={DLC}", "--kg", str(seed_build)]) == 0
    out = capsys.readouterr().out
    assert all(str(n) in out for n in (18, 19, 20))


def test_a_table_that_fits_is_aligned_without_rich_exactly_as_rich_lays_it_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """rich takes about 1 ms a row and 0.1 s to import: `kg query coalitions` on a national
    graph spent 3.4 of its 4.9 s laying out 4,657 rows, and `members` of one coalition 0.25 of
    its 0.6 s. Where no cell wraps, the columns are padded directly, in rich's layout."""
    from kg.sparql import results
    from kg.sparql.results import Result, format_result

    rows = [
        (
            rdflib.URIRef(f"https://w3id.org/dlkg/organisation/o{i}"),
            rdflib.Literal(" ".join([f"Stichting Één {i}"] * (1 + i % 3))),
            rdflib.Literal(i),
            None,
        )
        for i in range(40)
    ]
    header = ["org", "orgName", "n", "note"]
    result = Result("select", header, rows)
    lines = format_result(result, iri=True).splitlines()
    widest = max(len(line) for line in lines)
    shorten = results._Shortener(results.prefixes(results.DEFAULT_BASE))
    cells = [[shorten(t) for t in row] for row in rows]
    rich = results._rich_lines  # the reference layout
    assert lines[: len(rows) + 2] == rich(header, cells, None)
    assert lines[: len(rows) + 2] == rich(header, cells, widest)  # exactly as wide: no wrap
    monkeypatch.setattr(results, "_rich_lines", lambda *a: pytest.fail("rich was used"))
    assert format_result(result, iri=True, width=widest).splitlines() == lines
    monkeypatch.setattr(results, "_rich_lines", rich)
    narrower = format_result(result, iri=True, width=widest - 1).splitlines()
    assert any("long cells wrapped" in line for line in narrower[-2:])
    wide = Result("select", ["name"], [(rdflib.Literal("東京の連合"),), (rdflib.Literal("a"),)])
    monkeypatch.setattr(results, "_aligned", lambda *a: pytest.fail("wide characters aligned"))
    assert format_result(wide).splitlines()[2] == "東京の連合"


def _exists_groups(node: object) -> Iterator[object]:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name in ("Builtin_EXISTS", "Builtin_NOTEXISTS"):
            yield node.graph
        for value in node.values():
            yield from _exists_groups(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _exists_groups(value)


def _steps(node: object) -> int:
    """The triple patterns a group matches before any nested EXISTS, a path counting two."""
    from rdflib.paths import Path
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "BGP":
            return sum(2 if isinstance(t[1], Path) else 1 for t in node.triples)
        return sum(_steps(value) for key, value in node.items() if key != "expr")
    if isinstance(node, list | tuple):
        return sum(_steps(value) for value in node)
    return 0


def test_every_exists_group_takes_one_step() -> None:
    """Oxigraph plans an EXISTS group as if the variables it shares with the row were unbound,
    then runs that plan for every row: a group of two patterns (or a path) began from the
    second, every source or every period of the country, each time (`goals` for the country
    28 s, `sector-mix` 36 s at 1M). One pattern a group; the next step in a nested EXISTS."""
    from rdflib.plugins.sparql import prepareQuery

    assert _steps(prepareQuery("ASK { ?a <x:p>/<x:q> ?b . ?b <x:r> ?c }").algebra) == 3
    wide = [
        (name, steps)
        for name, query in catalogue().items()
        for group in _exists_groups(prepareQuery(query.text).algebra)
        if (steps := _steps(group)) > 1
    ]
    assert wide == []
