"""`kg extract` and the build's merge of press releases with the curated tables."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import ORG

from kg.assembly.build import assemble
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "sources" / "samenwerking-noord-persbericht.txt"
PRESS = sorted((ROOT / "tests" / "press").glob("*.txt"))
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
DLKG = rdflib.Namespace("https://w3id.org/dlkg/def#")
BASE = "https://w3id.org/dlkg/"


def _curated() -> tuple[int, int]:
    """How many organisations and memberships the curated tables of data/ name."""
    with (ROOT / "data" / "organisations.csv").open(encoding="utf-8") as handle:
        organisations = {row["name"] for row in csv.DictReader(handle)}
    with (ROOT / "data" / "memberships.csv").open(encoding="utf-8") as handle:
        memberships = {(row["coalition"], row["member"]) for row in csv.DictReader(handle)}
    return len(organisations), len(memberships)


def test_extract_writes_turtle_with_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED)]) == 0
    graph = rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")
    members = set(graph.objects(None, ORG.member))
    assert len(members) == 18
    membership = rdflib.URIRef(
        BASE + "membership/digital-literacy-coalition-groningen/samenwerking-noord"
    )
    assert graph.value(membership, DLKG.joinOrder).toPython() == 18
    sentences = {
        str(graph.value(selector, OA.exact))
        for evidence in graph.objects(membership, DLKG.evidence)
        for selector in graph.objects(evidence, OA.hasSelector)
        if graph.value(selector, OA.exact) is not None
    }
    assert any("de achttiende partij binnen de coalitie" in s for s in sentences)
    text = SEED.read_text(encoding="utf-8")
    for position in graph.subjects(rdflib.RDF.type, OA.TextPositionSelector):
        start, end = (int(graph.value(position, p)) for p in (OA.start, OA.end))
        quote = rdflib.URIRef(str(position).replace("#position", "#quote"))
        assert text[start:end] == str(graph.value(quote, OA.exact))


def test_extract_many_files_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "facts.ttl"
    assert main(["extract", str(SEED), *map(str, PRESS), "--out", str(out)]) == 0
    graph = rdflib.Graph().parse(out)
    coalitions = set(graph.objects(None, ORG.organization))
    assert len(coalitions) == 1 + len(PRESS)
    assert "is in no curated table" in capsys.readouterr().err


BAD = {
    "empty": b"",
    "not-utf8": "Samenwerking Noord sluit zich aan bij de Coalitie. Caf\xe9".encode("latin-1"),
}


def test_a_release_without_a_joining_statement_is_a_warning_not_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 16: a readable release is never refused (this used to exit 2)."""
    odd = tmp_path / "weer.txt"
    odd.write_bytes(b"Het weer in Groningen was vandaag zonnig.\n")
    out = tmp_path / "facts.ttl"
    assert main(["extract", str(SEED), str(odd), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert str(odd) in err
    assert "no joining statement found" in err
    assert "Het weer in Groningen" in err
    assert out.exists()


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_bad_press_release_exit_2_and_nothing_written(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / f"{case}.txt"
    bad.write_bytes(BAD[case])
    out = tmp_path / "facts.ttl"
    assert main(["extract", str(SEED), str(bad), "--out", str(out)]) == 2
    assert str(bad) in capsys.readouterr().err
    assert not out.exists()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data", copy)
    return copy


def test_text_and_table_are_one_node_per_organisation() -> None:
    result = assemble(ROOT / "data")
    # the release's eighteen are the table's: no organisation or membership twice
    assert (result.summary()["organisations"], result.summary()["memberships"]) == _curated()
    assert not [w for w in result.warnings if "disagreement" in w]


def test_disagreements_are_reported_with_both_sources(data_copy: Path) -> None:
    memberships = data_copy / "memberships.csv"
    lines = memberships.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if ",UMCG," not in line]
    kept = [line.replace("Samenwerking Noord,18,", "Samenwerking Noord,17,") for line in kept]
    memberships.write_text("".join(kept), encoding="utf-8")
    warnings = assemble(data_copy).warnings
    assert (
        "disagreement: samenwerking-noord-persbericht.txt lists UMCG in Digital Literacy "
        "Coalition Groningen; memberships.csv does not"
    ) in warnings
    assert any(
        "says Samenwerking Noord joined Digital Literacy Coalition Groningen as number 18;"
        " memberships.csv:"
        in w
        and "says 17" in w
        for w in warnings
    )


def test_an_organisation_no_table_knows_is_added_for_curation(data_copy: Path) -> None:
    organisations = data_copy / "organisations.csv"
    organisations.write_text(
        "".join(
            line
            for line in organisations.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith("Basicly,")
        ),
        encoding="utf-8",
    )
    memberships = data_copy / "memberships.csv"
    memberships.write_text(
        "".join(
            line
            for line in memberships.read_text(encoding="utf-8").splitlines(keepends=True)
            if ",Basicly," not in line
        ),
        encoding="utf-8",
    )
    result = assemble(data_copy)
    assert any("'Basicly' is in no curated table" in w for w in result.warnings)
    assert result.summary()["organisations"] == _curated()[0]  # still added, from the text


def test_the_build_goes_on_past_a_release_without_a_joining_statement(data_copy: Path) -> None:
    """Issue 16: a release the reader cannot fully read is a warning, not a stopped build."""
    odd = data_copy / "sources" / "jubileum.txt"
    odd.write_text(
        "Groningen, 8 mei 2025 – Het weer was zonnig bij het jubileum.\n", encoding="utf-8"
    )
    result = assemble(data_copy)
    assert result.summary()["memberships"] == _curated()[1]
    assert any(
        str(odd) in w and "no joining statement found" in w and "Het weer was zonnig" in w
        for w in result.warnings
    )
