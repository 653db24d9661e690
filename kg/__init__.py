"""dlkg: the knowledge graph of regional digital-literacy coalitions.

Every `kg` command is a function here, for scripts and notebooks; heavy libraries load only when
a function needs them. The examples run as doctests on the seed data (`data/`) and its build
(`seed`, a build folder made once by the test session).

>>> import kg
>>> kg.query("is-member", kg=seed, org="organisation/umcg",
...          coalition="coalition/digital-literacy-coalition-groningen")
True
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, ServiceError

if TYPE_CHECKING:
    import httpx

    from kg.assembly.build import Build
    from kg.network.analysis import Analysis
    from kg.shacl.report import Report
    from kg.sparql.catalogue import Query
    from kg.triplestore.progress import PublishReport

__all__ = [
    "InputError",
    "ServiceError",
    "analyze",
    "build",
    "decide",
    "export",
    "extract",
    "publish",
    "queries",
    "query",
    "report",
    "review",
    "serve",
    "validate",
    "viz",
]


def __getattr__(name: str) -> str:
    """`kg.__version__`, read from the installed package's metadata when first asked for (that
    costs tens of milliseconds, which `kg --help` should not pay)."""
    if name != "__version__":
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dlkg")
    except PackageNotFoundError:  # a checkout on sys.path that was never installed
        return "0+unknown"


def build(
    data: str | Path = "data", out: str | Path | None = "build", *, base: str | None = None
) -> Build:
    """`kg build`: read a data folder, validate the graph and (unless `out` is None) write it.

    >>> result = kg.build("data", out=None)
    >>> result.report.conforms, result.summary()["coalitions"], result.summary()["memberships"]
    (True, 5, 35)
    """
    from kg.assembly.build import build as run
    from kg.rdf.iri import DEFAULT_BASE

    return run(data, out, base=base or DEFAULT_BASE)


def validate(path: str | Path) -> Report:
    """`kg validate`: the SHACL report of any RDF file.

    >>> kg.validate(seed / "kg.ttl").conforms
    True
    """
    from kg.shacl.validate import validate_file

    return validate_file(path)


def extract(
    files: Iterable[str | Path], *, data: str | Path | None = "data", base: str | None = None
) -> tuple[str, list[str]]:
    """`kg extract`: press releases as Turtle, each fact with its evidence; and the warnings.

    >>> turtle, warnings = kg.extract(["data/sources/samenwerking-noord-persbericht.txt"])
    >>> "Samenwerking Noord" in turtle
    True
    """
    from kg.assembly.extract import extract_files
    from kg.rdf.iri import DEFAULT_BASE

    return extract_files(files, data=data, base=base or DEFAULT_BASE)


def review(kg: str | Path = "build", data: str | Path = "data") -> list[dict[str, Any]]:
    """`kg review`: the build's open questions that `data`/review.csv does not decide yet.

    Each question has its `id`, `kind` ("member?", "joins?", "split?", "same organisation?"),
    `value`, `source`, `sentence`, `reason`, `confidence` and `candidates`. The seed leaves
    none open:

    >>> kg.review(kg=seed)
    []
    """
    from kg.curation.queue import open_questions

    return open_questions(kg, data)


def decide(
    question: str,
    decision: str,
    *,
    value: str | None = None,
    who: str | None = None,
    note: str = "",
    data: str | Path = "data",
    kg: str | Path = "build",
) -> dict[str, str]:
    """`kg review decide`: append a decision (accept, reject, rename, merge) on one question of
    the build to `data`/review.csv; the next build applies it. Returns the row written.

    >>> kg.decide("000000000000", "accept", kg=seed, data=tmp)
    Traceback (most recent call last):
    ...
    kg.errors.InputError: no open question has the id '000000000000': see `kg review`
    """
    from kg.curation.queue import decide as run

    return run(question, decision, value, who, note, data=data, kg=kg)


def queries() -> dict[str, Query]:
    """`kg queries`: the catalogue of questions by name.

    >>> kg.queries()["members"].params[0].name
    'coalition'
    """
    from kg.sparql.catalogue import catalogue

    return catalogue()


def query(
    name: str,
    kg: str | Path = "build",
    *,
    engine: str = "oxigraph",
    endpoint: str | None = None,
    graph: str | None = None,
    auth: httpx.Auth | None = None,
    lang: str | None = None,
    frame: bool = False,
    **params: str,
) -> Any:
    """`kg query`: answer a catalogue question (or a .rq file). SELECT rows come as
    dictionaries (a pandas DataFrame with `frame=True`), ASK as a bool, graphs as triples.
    An IRI parameter may be an IRI, a prefixed name, a path under the base or a name.

    >>> dlc = "coalition/digital-literacy-coalition-groningen"
    >>> len(kg.query("members", kg=seed, coalition=dlc))
    18
    """
    import sys

    from kg.sparql.catalogue import base_of, resolve_params, run
    from kg.sparql.engine import open_engine

    chosen = open_engine(kg, engine, endpoint=endpoint, graph=graph, auth=auth)
    base = base_of(kg)
    given = resolve_params(
        name,
        {k: str(v) for k, v in params.items()},
        engine=chosen,
        base=base,
        notes=lambda note: print(f"kg: note: {note}", file=sys.stderr),
    )
    result = run(name, given, engine=chosen, base=base, lang=lang)
    if result.kind == "ask":
        return result.boolean
    if result.kind == "graph":
        return result.triples
    records = result.records()
    if frame:
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("frame=True needs pandas: pip install 'dlkg[pandas]'") from None

        return pd.DataFrame.from_records(records, columns=result.variables)
    return records


def analyze(kg: str | Path = "build", *, view: str = "all", lang: str = "en") -> Analysis:
    """`kg analyze`: network measures of a view (degree, betweenness, bridges, sector mix, ...).

    >>> kg.analyze(seed, view="members").coalitions
    5
    """
    from kg.network.analysis import summarise
    from kg.network.project import network

    return summarise(network(kg, view_name=view, lang=lang))


def export(kg: str | Path, fmt: str, out: str | Path, *, view: str = "bipartite") -> Path:
    """`kg export`: a network view as GraphML, GEXF or node-link JSON.

    >>> kg.export(seed, "graphml", tmp / "network.graphml").suffix
    '.graphml'
    """
    from kg.network.project import export as run

    return run(kg, fmt, Path(out), view=view)


def viz(
    kg: str | Path = "build",
    out: str | Path = "build/network.html",
    *,
    view: str = "bipartite",
    lang: str = "en",
    as_of: str | None = None,
    focus: str | None = None,
) -> Path:
    """`kg viz`: the interactive network as one offline HTML file (`as_of`: a dated snapshot).

    >>> kg.viz(seed, tmp / "network.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")
    True
    """
    from kg.network.project import viz as run

    return run(kg, Path(out), view=view, lang=lang, as_of=as_of, focus=focus)


def report(
    kg: str | Path = "build", out: str | Path = "build/report.html", *, lang: str = "en"
) -> Path:
    """`kg report`: the one-page report for policy makers.

    >>> "Samenwerking Noord" in kg.report(seed, tmp / "report.html").read_text(encoding="utf-8")
    True
    """
    from kg.network.report import write_report

    return write_report(kg, Path(out), lang=lang)


def serve(
    kg: str | Path = "build",
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    timeout: float = 10.0,
    base: str | None = None,
) -> int:
    """`kg serve`: the SPARQL endpoint and linked-data site, until interrupted; the exit code.

    It blocks, so it is not run here: `kg.serve("build", port=8000)`; tests/test_serve.py
    starts it as `kg serve` does.
    """
    from kg.web.serve import serve as run

    return run(kg, host=host, port=port, timeout=timeout, base=base)


def publish(
    kg: str | Path,
    store_url: str,
    graph: str,
    *,
    update_url: str | None = None,
    auth: httpx.Auth | None = None,
) -> PublishReport:
    """`kg publish`: replace a named graph in a triplestore with the build, safely.

    It needs a store, so it is not run here: `kg.publish("build",
    "http://localhost:7878/store", "https://example.org/graph/dlkg")`; tests/test_publish.py
    runs it against a real Oxigraph server.
    """
    from kg.triplestore.publish import publish as run

    return run(kg, store_url, graph, update_url=update_url, auth=auth)
