"""Time in the graph: dated sources, partner counts as dated statements, membership periods, and
validation that understands that a later source does not contradict an earlier one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.sparql.engine import OxigraphEngine

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
FOUR = ROOT / "tests" / "data" / "four-releases"
BASE = "https://w3id.org/dlkg/"

MEMBERS_AS_OF = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dlkg: <https://w3id.org/dlkg/def#>
PREFIX time: <http://www.w3.org/2006/time#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?name WHERE {
  ?membership a org:Membership ; org:member/skos:prefLabel ?name .
  OPTIONAL { ?membership dlkg:knownSince ?since }
  OPTIONAL { ?membership dlkg:endedBy ?ended }
  OPTIONAL { ?membership org:memberDuring/time:hasEnd ?end }
  FILTER(IF(BOUND(?asOf), BOUND(?since) && ?since <= ?asOf && !(BOUND(?ended) && ?ended <= ?asOf),
                          !BOUND(?end)))
} ORDER BY ?name
"""


DLC = BASE + "coalition/digital-literacy-coalition-groningen"


def members(build: Path, as_of: str | None = None, coalition: str | None = None) -> list[str]:
    query = MEMBERS_AS_OF
    if coalition is not None:
        query = query.replace(
            "?membership a org:Membership ;", f"?membership org:organization <{coalition}> ;"
        )
    if as_of is not None:
        query = query.replace(
            "SELECT ?name WHERE {",
            f'SELECT ?name WHERE {{ VALUES ?asOf {{ "{as_of}"^^xsd:date }}',
        )
    return [str(row["name"]) for row in OxigraphEngine(build).query(query).records()]


def select(build: Path, query: str) -> list[dict]:
    prefixes = (
        "PREFIX dlkg: <https://w3id.org/dlkg/def#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "PREFIX org: <http://www.w3.org/ns/org#>\nPREFIX oa: <http://www.w3.org/ns/oa#>\n"
        "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
    )
    return OxigraphEngine(build).query(prefixes + query).records()


@pytest.fixture(scope="module")
def four(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("four") / "build"
    assert main(["build", "--data", str(FOUR), "--out", str(out)]) == 0
    return out


def test_members_as_of_days_between_four_releases(four: Path) -> None:
    founders = ["Bibliotheek Veenhoop", "Gemeente Veenhoop", "Stichting Welzijn Veenhoop"]
    assert members(four, "2021-02-28") == []  # before the first release
    assert members(four, "2021-03-01") == sorted([*founders, "Veenhoop College"])
    assert members(four, "2022-06-01") == sorted(
        [*founders, "Veenhoop College", "Zorggroep Veenhoop"]
    )
    assert members(four, "2022-09-01") == sorted([*founders, "Zorggroep Veenhoop"])  # left that day
    now = sorted([*founders, "Veenhoop Werkt", "Zorggroep Veenhoop"])
    assert members(four, "2024-01-01") == members(four) == now


def test_the_leave_and_the_rename_are_dated_and_quoted(four: Path) -> None:
    [left] = select(
        four,
        """SELECT ?ended ?quote WHERE {
            ?m org:member/skos:prefLabel "Veenhoop College" ; dlkg:endedBy ?ended ;
               dlkg:evidence/oa:hasSelector/oa:exact ?quote .
            FILTER(CONTAINS(?quote, "stapt uit")) }""",
    )
    assert str(left["ended"]) == "2022-09-01"
    [former] = select(
        four,
        """SELECT ?c ?label ?ended WHERE {
            ?c dlkg:formerName ?f . ?f skos:prefLabel ?label ; dlkg:endedBy ?ended }""",
    )
    assert (str(former["label"]), str(former["ended"])) == (
        "Digitaal Vaardig Veenhoop",
        "2023-05-01",
    )
    assert str(former["c"]) == BASE + "coalition/digitaal-veenhoop"  # one coalition, not two


def test_counts_are_statements_of_their_sources(four: Path) -> None:
    found = select(
        four,
        """SELECT ?partners ?day ?listsAll WHERE {
            ?count a dlkg:PartnerCount ; dlkg:partners ?partners ; prov:wasDerivedFrom ?doc .
            ?doc dlkg:knownBy ?day . OPTIONAL { ?count dlkg:listsAll ?listsAll } } ORDER BY ?day""",
    )
    assert [(int(r["partners"]), str(r["day"]), bool(r["listsAll"])) for r in found] == [
        (4, "2021-03-01", True),
        (5, "2022-01-10", True),
    ]


def test_the_seed_and_its_dated_counts(seed_build: Path) -> None:
    # The release is undated: it is known by the day of the page that counts nineteen.
    [release] = select(
        seed_build,
        """SELECT ?day ?before ?note WHERE {
            ?doc dlkg:knownBy ?day ; dlkg:issuedNotAfter ?before ; skos:editorialNote ?note .
            FILTER(STRENDS(STR(?doc), "samenwerking-noord-persbericht")) }""",
    )
    assert str(release["day"]) == str(release["before"]) == "2020-03-23"
    assert "nineteen" in str(release["note"])
    assert len(members(seed_build, "2020-06-01", DLC)) == 18
    assert members(seed_build, "2020-03-22", DLC) == []  # nothing is known of it before
    counts = select(
        seed_build,
        """SELECT ?partners ?day WHERE {
            ?count dlkg:countOf <DLC> ; dlkg:partners ?partners ; prov:wasDerivedFrom ?doc .
            OPTIONAL { ?doc dlkg:knownBy ?day } }""".replace("<DLC>", f"<{DLC}>"),
    )
    assert sorted((str(r["day"] or ""), int(r["partners"])) for r in counts) == [
        ("", 20),  # the coalition's own page is undated
        ("2020-03-23", 18),
        ("2020-03-23", 19),
        ("2021-02-18", 20),
        ("2023-04-03", 20),
    ]


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    return copy


def test_a_later_release_that_names_one_more_partner_builds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _copy(tmp_path)
    (data / "sources" / "later.txt").write_text(
        "Groningen, 1 mei 2021 — Stichting Testbibliotheek sluit zich aan bij de Digital "
        "Literacy Coalition als negentiende partner.\n",
        encoding="utf-8",
    )
    with (data / "sources.csv").open("a", encoding="utf-8") as table:
        table.write(
            "later,press-release,Testbibliotheek negentiende partner (fictief),Digital Literacy "
            "Coalition,nl,2021-05-01,,,,https://example.org/later,later.txt\n"
        )
    out = tmp_path / "build"
    assert main(["build", "--data", str(data), "--out", str(out)]) == 0
    assert "does NOT conform" not in capsys.readouterr().out
    assert "Stichting Testbibliotheek" not in members(out, "2021-04-30", DLC)
    assert "Stichting Testbibliotheek" in members(out, "2021-05-01", DLC)
    assert len(members(out, "2021-05-01", DLC)) == 19
    assert len(members(out, "2020-06-01", DLC)) == 18


def test_a_release_whose_list_contradicts_its_own_count_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _copy(tmp_path)
    release = data / "sources" / "samenwerking-noord-persbericht.txt"
    text = release.read_text(encoding="utf-8")
    assert "zeventien andere partners" in text  # and seventeen names follow
    release.write_text(text.replace("zeventien andere", "zestien andere"), encoding="utf-8")
    out = tmp_path / "build"
    assert main(["build", "--data", str(data), "--out", str(out)]) == 1
    assert "states 17 partners and names 18" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        (",,2020-05-01,2020-03-01,why", "not_before 2020-05-01 is later than not_after 2020-03-01"),
        (",,,2020-03-01,", "a source dated by bounds needs the reasoning in date_note"),
    ],
)
def test_bad_bounds_name_the_row(tmp_path: Path, cells: str, problem: str, capsys) -> None:
    data = _copy(tmp_path)
    with (data / "sources.csv").open("a", encoding="utf-8") as table:
        table.write(f"bounded,web-page,Een pagina,Iemand,nl{cells},https://example.org/p,\n")
    assert main(["build", "--data", str(data), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    line = len((data / "sources.csv").read_text(encoding="utf-8").splitlines())
    assert f"sources.csv:{line}: {problem}" in err


def test_an_undated_leave_ends_the_membership_now(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "four"
    shutil.copytree(FOUR, data)
    leave = data / "sources" / "r3-vertrek.txt"
    leave.write_text("Veenhoop College stapt uit Digitaal Vaardig Veenhoop.\n", encoding="utf-8")
    table = data / "sources.csv"
    table.write_text(
        table.read_text(encoding="utf-8").replace("nl,2022-09-01,", "nl,,"), encoding="utf-8"
    )
    out = tmp_path / "build"
    assert main(["build", "--data", str(data), "--out", str(out)]) == 0
    capsys.readouterr()
    assert "Veenhoop College" not in members(out)
    assert main(["query", "members", "--kg", str(out), "--format", "csv"]) == 0
    answer = capsys.readouterr().out
    assert "Veenhoop College" not in answer and "Zorggroep Veenhoop" in answer


ORPHAN_DATES = """
SELECT ?membership ?source WHERE {
  GRAPH ?source { ?membership dlkg:knownSince|dlkg:endedBy ?day }
  ?membership a org:Membership .
  FILTER NOT EXISTS { ?membership prov:wasDerivedFrom ?source }
}"""

UNDATED_MEMBERSHIPS = """
SELECT ?membership ?source ?known WHERE {
  ?membership a org:Membership ; prov:wasDerivedFrom ?source .
  ?source dlkg:knownBy ?known .
  GRAPH ?source { ?membership org:member ?member }
  FILTER NOT EXISTS { ?membership dlkg:knownSince ?since FILTER(?since <= ?known) }
}"""

MISPLACED_DAYS = """
SELECT ?thing WHERE {
  ?thing dlkg:knownSince|dlkg:endedBy ?day .
  FILTER NOT EXISTS { ?thing a org:Membership }
  FILTER NOT EXISTS { ?thing a dlkg:FormerName }
}"""


def test_a_membership_is_dated_by_one_of_its_sources(four: Path, seed_build: Path) -> None:
    """The `changes` query finds the source of a join, a first naming or a leave through the
    membership's prov:wasDerivedFrom (rdflib tries every named graph otherwise): so the day of
    every membership must sit in the graph of a source the membership is derived from."""
    for build in (four, seed_build):
        assert select(build, ORPHAN_DATES) == []
        dated = select(build, "SELECT ?m WHERE { ?m a org:Membership ; dlkg:knownSince ?d }")
        assert dated, build  # the check above is not vacuous
    assert select(four, "SELECT ?m WHERE { ?m a org:Membership ; dlkg:endedBy ?d }")  # a leave


def test_the_days_sit_on_the_membership_not_its_period(four: Path, seed_build: Path) -> None:
    """Every "as of" query tests a membership's days with one triple pattern (issue 14: through
    the period, two hops, co-members as of a day took 8.6 s at 1M triples). So a membership
    named by a dated source is known since that source's day at the latest, on the membership
    itself, and nothing but a membership or a former name carries the derived days."""
    for build in (four, seed_build):
        assert select(build, UNDATED_MEMBERSHIPS) == []
        assert select(build, MISPLACED_DAYS) == []
        named = select(
            build,
            """SELECT ?m WHERE { ?m a org:Membership ; prov:wasDerivedFrom ?s .
                ?s dlkg:knownBy ?k . GRAPH ?s { ?m org:member ?o } } LIMIT 1""",
        )
        assert named, build  # the check above is not vacuous
