"""The gazetteer (kg/ingest/gazetteer.csv): its codes and names, and the reader's use of it for
goal regions and partner lists."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, SKOS

from kg.cli import main
from kg.ingest.confidence import certain
from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.gazetteer import bare_place, find_places, place, places, places_in, residents_of
from kg.ingest.goal import read_goal

DLKG = rdflib.Namespace("https://w3id.org/dlkg/def#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SDO = rdflib.Namespace("https://schema.org/")
MINT = "https://w3id.org/dlkg/region/"
ROOT = Path(__file__).resolve().parent.parent
CSV = Path(__file__).resolve().parent.parent / "kg" / "ingest" / "gazetteer.csv"


def test_the_file_names_its_public_source_and_what_it_holds() -> None:
    header = "".join(
        line for line in CSV.read_text(encoding="utf-8").splitlines() if line[:1] == "#"
    )
    assert "Gemeentelijke indeling op 1 januari 2024" in header
    assert "CBS" in header and "https://www.cbs.nl/" in header
    assert "all 342 municipalities" in header


def test_codes_have_the_cbs_form_and_are_unique() -> None:
    codes = [p.code for p in places() if p.code]
    assert len(codes) == len(set(codes))
    for p in places():
        pattern = r"GM\d{4}" if p.type == "municipality" else r"PV\d{2}"
        assert not p.code or re.fullmatch(pattern, p.code), p


def test_twelve_provinces_and_every_municipality_has_one() -> None:
    provinces = {p.code: p.name for p in places() if p.type == "province"}
    assert sorted(provinces) == [f"PV{n}" for n in range(20, 32)]
    assert provinces["PV21"] == "Fryslân"
    for p in places():
        if p.type == "municipality":
            assert p.province in provinces, p


def test_every_province_is_complete() -> None:
    """CBS, 1 January 2024: 342 municipalities, so many in each province."""
    count = Counter(p.province for p in places() if p.type == "municipality")
    expected = {"PV20": 10, "PV21": 18, "PV22": 12, "PV23": 25, "PV24": 6, "PV25": 51}
    expected |= {"PV26": 26, "PV27": 44, "PV28": 50, "PV29": 13, "PV30": 56, "PV31": 31}
    assert count == expected and sum(count.values()) == 342
    assert all(p.code for p in places())


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Leeuwarden", "GM0080"),
        ("Ljouwert", "GM0080"),
        ("Noardeast-Fryslân", "GM1970"),
        ("Súdwest-Fryslân", "GM1900"),
        ("Dantumadiel", "GM1891"),
        ("De Fryske Marren", "GM1940"),
        ("Fryslân", "PV21"),
        ("Friesland", "PV21"),
        ("provincie Friesland", "PV21"),
        ("Drenthe", "PV22"),
        ("Assen", "GM0106"),
        ("gemeente Groningen", "GM0014"),
        ("’s-Gravenhage", "GM0518"),
        ("Den Haag", "GM0518"),
        ("Amsterdam", "GM0363"),
        ("Terneuzen", "GM0715"),
        ("Hengelo (O.)", "GM0164"),
        ("gemeente Eijsden-Margraten", "GM1903"),
        ("Land van Cuijk", "GM1982"),
    ],
)
def test_a_place_by_any_of_its_names(name: str, code: str) -> None:
    found = place(name)
    assert found is not None and found.code == code


def test_a_name_of_two_places_needs_its_kind() -> None:
    assert {p.type for p in find_places("Groningen")} == {"municipality", "province"}
    assert place("Groningen") is None
    assert place("Groningen", "province").code == "PV20"  # type: ignore[union-attr]
    assert place("Groningen", "city").code == "GM0014"  # type: ignore[union-attr]
    assert place("Nergenshuizen") is None


def test_places_and_residents_in_running_text() -> None:
    text = "Iedereen in Drenthe, Ljouwert en ’s-Gravenhage; alle Apeldoorners."
    assert [name for _, _, name in places_in(text)] == ["Drenthe", "Ljouwert", "’s-Gravenhage"]
    assert [name for _, _, name in residents_of(text)] == ["Apeldoorn"]
    assert places_in("De Drentse Aa") == []


@pytest.mark.parametrize(
    ("sentence", "regions"),
    [
        (
            "Het doel is om in 2030 de meest digitaal vaardige provincie van Friesland te zijn.",
            [("Friesland", "province")],
        ),
        ("De coalitie wil Drenthe in 2028 digitaal vaardig maken.", [("Drenthe", "province")]),
        (
            "Het doel is dat in 2027 niemand in Noardeast-Fryslân en Dantumadiel achterblijft.",
            [("Noardeast-Fryslân", "city"), ("Dantumadiel", "city")],
        ),
        (
            "Het doel is om in 2030 van Meppel en Westerveld de meest digitaal vaardige "
            "gemeenten van Drenthe te maken.",
            [("Meppel", "city"), ("Westerveld", "city")],
        ),
        (
            "Het doel is om Ljouwert in 2029 de digitaal meest vaardige stad van Fryslân te maken.",
            [("Ljouwert", "city")],
        ),
        (
            "De alliantie wil in 2029 alle Ljouwerters en Amsterdammers digitaal vaardig maken.",
            [("Leeuwarden", "city"), ("Amsterdam", "city")],
        ),
    ],
)
def test_goal_regions_outside_groningen(sentence: str, regions: list[tuple[str, str]]) -> None:
    found = read_goal(sentence)
    assert found is not None and found[2] == regions


def test_a_place_in_a_partner_list_is_no_member_but_its_government_is() -> None:
    """A place alone ("Drenthe") is a question for the review queue, below the threshold even
    where the stated count agrees; "Gemeente Assen" and "gemeente Emmen" are organisations."""
    text = (
        "Alfa-college sluit zich aan bij Samen Digitaal Drenthe. De zes andere partners zijn "
        "Gemeente Assen, Drenthe, Bibliotheek Assen en Ljouwert. De coalitie werkt samen met "
        "gemeente Emmen en Tynaarlo."
    )
    found = extract_text(text, "places", Lexicon.builtin())
    sure = [f.value for f in found.partners if certain(f)]
    assert sure == ["Gemeente Assen", "Bibliotheek Assen", "Gemeente Emmen"]
    doubted = {f.value: f.reason for f in found.partners if not certain(f)}
    assert list(doubted) == ["Drenthe", "Ljouwert", "Tynaarlo"]
    assert "is a place (the municipality Leeuwarden, GM0080)" in doubted["Ljouwert"]
    assert bare_place("Gemeente Assen") is None and bare_place("Assen") is not None


def test_a_kind_of_business_and_a_place_is_the_whole_name() -> None:
    found = extract_text(
        "Emmen, 2 mei 2024 – Sportbedrijf Emmen sluit zich aan bij Digitaal Drenthe.", "x"
    )
    assert found.joiner is not None and found.joiner.value == "Sportbedrijf Emmen"
    found = extract_text(
        "Haarlem, 2 mei 2024 – Adviesbureau Kern & Kader sluit zich aan bij Digitaal Haarlem.", "x"
    )
    assert found.joiner is not None and found.joiner.value == "Kern & Kader"


RELEASE = (
    "Ljouwert, 3 februari 2025 – Omrop Fryslân sluit zich aan bij Digitaal Fryslân. De "
    "andere partners zijn Tresoar en NHL Stenden. Digitaal Fryslân wil in 2030 iedereen in "
    "Ljouwert en Súdwest-Fryslân digitaal vaardig maken.\n"
)


def _extract(path: Path, capsys: pytest.CaptureFixture[str]) -> rdflib.Graph:
    assert main(["extract", str(path)]) == 0
    return rdflib.Graph().parse(data=capsys.readouterr().out, format="turtle")


def _regions(graph: rdflib.Graph) -> dict[str, rdflib.term.Node]:
    return {
        str(graph.value(region, SKOS.prefLabel)): region
        for region in graph.objects(None, DLKG.targetRegion)
    }


def test_extract_gives_a_goal_region_its_cbs_code_and_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no data/: no curated regions
    path = tmp_path / "fy.txt"
    path.write_text(RELEASE, encoding="utf-8")
    graph = _extract(path, capsys)
    regions = _regions(graph)
    assert set(regions) == {"Leeuwarden", "Súdwest-Fryslân"}
    leeuwarden = regions["Leeuwarden"]
    assert str(graph.value(leeuwarden, DLKG.cbsCode)) == "GM0080"
    assert "Ljouwert" in {str(o) for o in graph.objects(leeuwarden, SKOS.altLabel)}
    assert (leeuwarden, RDF.type, SDO.City) in graph
    province = graph.value(leeuwarden, SDO.containedInPlace)
    assert str(graph.value(province, DLKG.cbsCode)) == "PV21"
    source = graph.value(leeuwarden, PROV.wasDerivedFrom)
    assert str(source).endswith("/source/cbs-gemeentelijke-indeling-2024")
    assert "cbs.nl" in str(graph.value(source, SDO.url))


def test_extract_uses_the_curated_region_where_regions_csv_lists_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A project whose regions.csv lists Leeuwarden: "Ljouwert" is that region, no new one."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    regions = tmp_path / "data" / "regions.csv"
    source = next(
        line.split(",", 1)[0]
        for line in (tmp_path / "data" / "sources.csv").read_text(encoding="utf-8").splitlines()[1:]
    )
    with regions.open("a", encoding="utf-8") as table:
        table.write(f"Leeuwarden,Leeuwarden,municipality,,,,{source}\n")
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "fy.txt"
    path.write_text(RELEASE, encoding="utf-8")
    graph = _extract(path, capsys)
    regions_found = {str(r).rsplit("/", 1)[1] for r in graph.objects(None, DLKG.targetRegion)}
    assert regions_found == {"leeuwarden", "sudwest-fryslan"}
    assert graph.value(rdflib.URIRef(MINT + "leeuwarden"), DLKG.cbsCode) is None  # curated
    assert graph.value(rdflib.URIRef(MINT + "sudwest-fryslan"), DLKG.cbsCode) is not None
