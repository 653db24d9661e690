"""`kg extract` writes Turtle that can be read alone: names as written, counts with quotes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import ORG, RDF, SKOS, TIME

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "sources" / "samenwerking-noord-persbericht.txt"
CORPUS = ROOT / "tests" / "press" / "corpus"
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
DLKG = rdflib.Namespace("https://w3id.org/dlkg/def#")


def _extract(files: list[Path], capsys: pytest.CaptureFixture[str]) -> rdflib.Graph:
    assert main(["extract", *map(str, files)]) == 0
    return rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")


def _labels(graph: rdflib.Graph, node: rdflib.term.Node) -> set[str]:
    return {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in graph.objects(node, p)}


def test_every_organisation_and_coalition_has_a_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    graph = _extract([SEED], capsys)
    things = set(graph.objects(None, ORG.member)) | set(graph.objects(None, ORG.organization))
    assert len(things) == 19
    for thing in things:
        assert _labels(graph, thing), thing
        assert (thing, RDF.type, None) in graph
    coalition = next(iter(graph.objects(None, ORG.organization)))
    assert "Digital Literacy Coalition Groningen" in _labels(graph, coalition)
    assert "Digital Literacy Coalition" in _labels(graph, coalition)  # as the text writes it


def test_the_stated_count_carries_its_quote(capsys: pytest.CaptureFixture[str]) -> None:
    graph = _extract([SEED], capsys)
    [statement] = graph.subjects(RDF.type, DLKG.PartnerCount)
    assert graph.value(statement, DLKG.partners).toPython() == 18
    assert graph.value(statement, DLKG.listsAll).toPython() is True  # "zeventien andere: ..."
    evidence = graph.value(statement, DLKG.evidence)
    quotes = {
        str(graph.value(selector, OA.exact)) for selector in graph.objects(evidence, OA.hasSelector)
    }
    assert any("zeventien" in quote for quote in quotes if quote != "None")


def test_outside_the_project_folder_the_firm_name_stays_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no data/ here: no curated names
    assert not (Path(os.getcwd()) / "data").exists()
    graph = _extract([SEED], capsys)
    names = {str(o) for o in graph.objects(None, SKOS.prefLabel)}
    assert "Goldmund, Wyldebeast & Wunderliebe" in names
    assert "Goldmund" not in names
    assert len(set(graph.objects(None, ORG.member))) == 18


def test_a_release_about_an_unknown_coalition_in_an_unknown_region(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    graph = _extract([CORPUS / "22-wil-maken-limburg.txt"], capsys)
    [goal] = graph.subjects(RDF.type, DLKG.Goal)
    assert str(graph.value(goal, DLKG.targetYear)).startswith("2030")
    regions = {str(graph.value(r, SKOS.prefLabel)) for r in graph.objects(goal, DLKG.targetRegion)}
    assert regions == {"Venlo", "Venray", "Horst aan de Maas"}
    members = {str(graph.value(m, SKOS.prefLabel)) for m in graph.objects(None, ORG.member)}
    assert members == {"Fontys Venlo", "Gemeente Venlo", "Gilde Opleidingen", "VieCuri"}


def test_former_names_leavers_and_later_joiners(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    files = [CORPUS / "20-rename.txt", CORPUS / "18-leaver.txt", CORPUS / "09-future-join.txt"]
    assert main(["extract", *map(str, files)]) == 0
    out, err = capsys.readouterr()
    graph = rdflib.Graph().parse(data=out, format="turtle")
    labels = {str(o) for o in graph.objects(None, SKOS.altLabel)}
    assert "Digitaal Vaardig Eemland" in labels
    assert "'Zorggroep Noorderboog' joins Samen Digitaal Assen later" in err
    members = {str(graph.value(m, SKOS.prefLabel)) for m in graph.objects(None, ORG.member)}
    assert "Zorggroep Noorderboog" not in members
    # The leaver's membership is there, ended, with the sentence that says so.
    [left] = [
        m
        for m in graph.subjects(ORG.member, None)
        if str(graph.value(graph.value(m, ORG.member), SKOS.prefLabel))
        == "Stichting Digihulp Salland"
    ]
    assert (graph.value(left, ORG.memberDuring), TIME.hasEnd, None) in graph
    quotes = {str(q) for q in graph.objects(None, OA.exact)}
    evidence = graph.value(graph.value(left, DLKG.evidence), OA.hasSelector)
    assert evidence is not None and any("Digihulp Salland" in q for q in quotes)


def test_a_release_without_a_join_still_gives_its_coalition_and_members(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(CORPUS / "29-no-join-announcement.txt")]) == 0
    out, err = capsys.readouterr()
    assert "no joining statement found" in err
    graph = rdflib.Graph().parse(data=out, format="turtle")
    [coalition] = set(graph.objects(None, ORG.organization))
    assert str(graph.value(coalition, SKOS.prefLabel)) == "Digitaal Gouda"
    assert len(set(graph.objects(None, ORG.member))) == 9


def test_a_total_that_disagrees_with_the_names_read_is_a_warning() -> None:
    from kg.ingest.extract import Lexicon, extract_text

    text = (
        "Alfa sluit zich aan bij Digitaal Noord. "
        "Digitaal Noord telt nu vier partners: Beta en Gamma."
    )
    warnings = extract_text(text, "x", Lexicon.builtin()).warnings
    assert any("states 4 partners but names 3" in w for w in warnings)
