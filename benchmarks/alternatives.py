"""Measure dlkg's two hand-made standards against the maintained libraries that could replace them.

    .venv/bin/pip install pyrudof shacl          # the two validators not in dlkg's dependencies
    .venv/bin/python benchmarks/alternatives.py              # both, small: a few minutes
    .venv/bin/python benchmarks/alternatives.py shacl --sizes 100000 1000000 --timeout 480
    .venv/bin/python benchmarks/alternatives.py edge     # the graphs tests/test_scale.py uses
    .venv/bin/python benchmarks/alternatives.py values --kg build   # after `kg build`

The default (`both`) runs shacl at 20,000 triples, edge and values. At 1M, pyrudof and pySHACL
take more than 8 minutes a graph: `--engines ours shacl`, or `--graphs clean`, keeps a run short.
Built graphs are kept in --work (default /tmp/dlkg-alternatives) and reused.

SHACL (`shacl`): for each size, a national data folder from `generate.py` is built with `kg build`
(kept in --work and reused), and a copy of its kg.nt gets a few injected violations. Each validator
then reads the N-Triples file and validates it against `ontology/shapes.ttl`, in a fresh process
under `/usr/bin/time -v` (wall time, peak memory), stopped after --timeout seconds:

- `ours`: dlkg's indexed engine (`kg.shacl.validate.validate_quads`, as `kg validate` runs it);
- `pyshacl`: pySHACL with every option that saves time (no inference, in place, no JS, no
  advanced features, all results);
- `pyrudof`: rudof's native SHACL engine (Rust);
- `shacl`: the `shacl` package (Rust, github.com/pwin/SHACL_Engine).

Findings are compared as multisets of (severity, focus node, path, source): the source is the
SPARQL constraint for a SPARQL finding and the property shape otherwise, as dlkg reports them.
The reference is pySHACL where it finished, else `ours` (equal to pySHACL by tests/test_scale.py).

VALUES (`values`): every catalogue query, with the parameters `params.py` picks for the build,
bound three ways, each timed and run on the build's Oxigraph store without substitutions:
`insert_values` (kg/sparql/remote.py) and two rewrites of rdflib's algebra turned back into text
by `translateAlgebra`: `algebra-join` joins a VALUES table at the start of the outermost group,
`algebra-subst` puts the values in place of the variables everywhere (and joins them at the top so
that a projected parameter keeps its value). Answers are compared with the local engine's, which
binds the parameters itself (Oxigraph substitutions).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
import timeit
from collections import Counter
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHAPES = ROOT / "ontology" / "shapes.ttl"
ENGINES = ("ours", "pyrudof", "shacl", "pyshacl")
Key = tuple[str, str, str, str]  # severity, focus, path, source

# --- SHACL: the validators, each from an N-Triples file to findings ------------------------------


def _strip(term: str | None) -> str:
    """An IRI without its N-Triples brackets; other terms as they are."""
    term = term or ""
    return term[1:-1] if term.startswith("<") and term.endswith(">") else term


def run_ours(path: Path) -> list[Key]:
    import pyoxigraph as ox

    from kg.shacl.validate import validate_quads

    quads = ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    report = validate_quads(quads, with_vocabulary=False)  # kg.nt holds the vocabulary
    return [(f.severity, f.focus, f.path, f.shape) for f in report.findings]


def run_pyshacl(path: Path) -> list[Key]:
    import pyshacl
    import rdflib
    from rdflib.namespace import SH

    data = rdflib.Graph().parse(path, format="nt")
    _conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=rdflib.Graph().parse(SHAPES, format="turtle"),
        inference="none",
        inplace=True,  # no copy of the data graph
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
        js=False,
        iterate_rules=False,
    )
    keys = []
    for result in results.subjects(SH.resultSeverity, None):
        keys.append(
            (
                str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
                str(results.value(result, SH.focusNode)),
                str(results.value(result, SH.resultPath) or ""),
                str(
                    results.value(result, SH.sourceConstraint)
                    or results.value(result, SH.sourceShape)
                    or ""
                ),
            )
        )
    return keys


def run_pyrudof(path: Path) -> list[Key]:
    import pyrudof

    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    rudof.read_data(str(path), format=pyrudof.RDFFormat.NTriples)
    rudof.read_shacl(str(SHAPES), format=pyrudof.ShaclFormat.Turtle)
    report = rudof.validate_shacl(mode=pyrudof.ShaclValidationMode.Native)
    return [
        (e.severity, _strip(e.focus_node), _strip(e.path), _strip(e.source_shape)) for e in report
    ]


def run_shacl(path: Path) -> list[Key]:
    import pyoxigraph as ox
    import shacl

    report = shacl.Shapes.from_file(str(SHAPES)).validate_file(str(path), allow_warnings=True)
    # `Result` has no sh:sourceConstraint; the report as RDF has it, as pySHACL's has.
    results: dict[str, dict[str, str]] = {}
    rdf = report.serialize("ntriples").encode()
    for t in ox.parse(rdf, format=ox.RdfFormat.N_TRIPLES):
        results.setdefault(str(t.subject), {})[t.predicate.value.rsplit("#", 1)[-1]] = (
            t.object.value
        )
    return [
        (
            r["resultSeverity"].rsplit("#", 1)[-1],
            r["focusNode"],
            r.get("resultPath", ""),
            r.get("sourceConstraint") or r.get("sourceShape", ""),
        )
        for r in results.values()
        if "focusNode" in r
    ]


RUNNERS: dict[str, Callable[[Path], list[Key]]] = {
    "ours": run_ours,
    "pyshacl": run_pyshacl,
    "pyrudof": run_pyrudof,
    "shacl": run_shacl,
}

# --- SHACL: test graphs -------------------------------------------------------------------------

_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_ORG = "http://www.w3.org/ns/org#"
_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
_JOIN = "<https://w3id.org/dlkg/def#joinOrder>"
_DLKG = "https://w3id.org/dlkg/def#"


def build(size: int, work: Path) -> Path:
    """kg.nt of a generated national graph of about `size` triples (made once, then reused)."""
    data, out = work / f"data-{size}", work / f"build-{size}"
    if not (out / "kg.nt").is_file():
        python = sys.executable
        gen = [python, str(ROOT / "benchmarks" / "generate.py"), "--triples", str(size)]
        subprocess.run([*gen, "--out", str(data)], check=True, cwd=ROOT)
        kg = [python, "-m", "kg", "build", "--data", str(data), "--out", str(out)]
        subprocess.run(kg, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return out / "kg.nt"


def break_graph(source: Path, target: Path) -> None:
    """A copy of an N-Triples file with violations of every kind of constraint in shapes.ttl.

    Five memberships lose their member (minCount), two memberships of one coalition get the same
    join order (UniqueJoinOrder; and maxCount where one already had an order), one gets the join
    order "x" (datatype, maxCount), one a second coalition that is an organisation (maxCount,
    class), two coalitions lose their names (minCount) and a source that lists all partners
    states 999
    (CountAgreesWithItsList)."""
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    split = [line.split(" ", 2) for line in lines]
    members = sorted({s for s, p, o in split if p == _TYPE and o.startswith(f"<{_ORG}Membership>")})
    coalitions = sorted(
        {s for s, p, o in split if p == _TYPE and o.startswith(f"<{_ORG}OrganizationalCollab")}
    )
    orgs = sorted({s for s, p, o in split if p == _TYPE and o.startswith(f"<{_ORG}Organization>")})
    of = {s: o.rsplit(" ", 1)[0].strip() for s, p, o in split if p == f"<{_ORG}organization>"}
    orders = {s: o.rsplit(" ", 1)[0].strip() for s, p, o in split if p == _JOIN}
    unmembered = set(members[:5])
    unnamed = set(coalitions[:2])
    drop = {i for i, (s, p, _o) in enumerate(split) if s in unmembered and p == f"<{_ORG}member>"}
    drop |= {i for i, (s, p, _o) in enumerate(split) if s in unnamed and p == _LABEL}
    extra = []
    ordered = sorted(orders)[len(orders) // 2]
    same = next(m for m in members if of.get(m) == of[ordered] and m != ordered)
    extra.append(f"{same} {_JOIN} {orders[ordered]} .\n")
    odd = members[len(members) // 3]
    extra.append(f'{odd} {_JOIN} "x" .\n')
    extra.append(f"{members[len(members) // 4]} <{_ORG}organization> {orgs[0]} .\n")
    count, xsd = "<https://example.org/count/999>", "http://www.w3.org/2001/XMLSchema#"
    source = next(
        o.rsplit(" ", 1)[0].strip()
        for s, p, o in split
        if s == members[0] and p == ("<http://www.w3.org/ns/prov#wasDerivedFrom>")
    )
    extra += [
        f"{count} {_TYPE} <{_DLKG}PartnerCount> .\n",
        f"{count} <{_DLKG}countOf> {coalitions[2]} .\n",
        f'{count} <{_DLKG}partners> "999"^^<{xsd}nonNegativeInteger> .\n',
        f'{count} <{_DLKG}listsAll> "true"^^<{xsd}boolean> .\n',
        f"{count} <http://www.w3.org/ns/prov#wasDerivedFrom> {source} .\n",
    ]
    kept = [line for i, line in enumerate(lines) if i not in drop]
    target.write_text("".join(kept + extra), encoding="utf-8")


# --- SHACL: runs and comparison -------------------------------------------------------------------


def run_child(engine: str, path: Path, out: Path) -> None:
    """In the child process: validate, write the seconds and the findings as JSON."""
    start = time.perf_counter()
    keys = RUNNERS[engine](path)
    seconds = time.perf_counter() - start
    out.write_text(json.dumps({"seconds": seconds, "findings": sorted(keys)}), encoding="utf-8")


def measure(engine: str, path: Path, timeout: float) -> dict[str, Any]:
    """Run one validator in a fresh process: its time, peak memory and findings (or why not)."""
    out = path.with_suffix(f".{engine}.json")
    out.unlink(missing_ok=True)
    command = [sys.executable, __file__, "_child", engine, str(path), str(out)]
    timer = ["/usr/bin/time", "-v"] if Path("/usr/bin/time").exists() else []
    start = time.perf_counter()
    # A session of its own, so that a timeout stops the validator too, not only `time`.
    child = subprocess.Popen(
        timer + command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        return {"engine": engine, "timeout": timeout}
    wall = time.perf_counter() - start
    done = subprocess.CompletedProcess(child.args, child.returncode, _out, err)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    cpu = re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", done.stderr)
    result: dict[str, Any] = {
        "engine": engine,
        "wall": wall,
        "cpu": sum(map(float, cpu)) if cpu else None,
        "peak_mb": int(peak.group(1)) / 1024 if peak else None,
    }
    if done.returncode != 0 or not out.is_file():
        tail = [line for line in done.stderr.splitlines() if line and not line[0].isspace()]
        result["error"] = (tail[-1] if tail else f"exit {done.returncode}")[:200]
        return result
    answer = json.loads(out.read_text(encoding="utf-8"))
    result["seconds"] = answer["seconds"]
    result["findings"] = Counter(tuple(k) for k in answer["findings"])
    return result


def difference(found: Counter[Key], reference: Counter[Key]) -> str:
    """'same', or what is missing and extra, counted by (severity, source shape)."""
    if found == reference:
        return "same"
    missing, extra = reference - found, found - reference
    # Findings that differ only in their source (a SPARQL constraint's shape) are counted apart.
    loose = Counter(k[:3] for k in found) == Counter(k[:3] for k in reference)
    parts = []
    for label, keys in (("missing", missing), ("extra", extra)):
        by_shape = Counter(f"{k[0]} {k[3].rsplit('#', 1)[-1] or '-'}" for k in keys.elements())
        if by_shape:
            parts.append(f"{label}: " + ", ".join(f"{n} {s}" for s, n in sorted(by_shape.items())))
    note = " (same focus/path/severity; other source)" if loose else ""
    return "; ".join(parts) + note


def shacl_benchmark(
    sizes: list[int], engines: list[str], work: Path, timeout: float, graphs: list[str]
) -> None:
    work.mkdir(parents=True, exist_ok=True)
    print("| triples | graph | validator | wall s | validate s | CPU s | peak MB |", end="")
    print(" findings | against the reference |")
    print("|---:|---|---|---:|---:|---:|---:|---:|---|")
    for size in sizes:
        clean = build(size, work)
        broken = clean.with_name("kg-broken.nt")
        if not broken.is_file():
            break_graph(clean, broken)
        triples = sum(1 for _ in clean.open(encoding="utf-8"))
        for label, path in (("clean", clean), ("broken", broken)):
            if label not in graphs:
                continue
            results = {engine: measure(engine, path, timeout) for engine in engines}
            reference_name = next(
                (e for e in ("pyshacl", "ours") if "findings" in results.get(e, {})), None
            )
            reference = results[reference_name]["findings"] if reference_name else None
            for engine, r in results.items():
                if "timeout" in r:
                    cells = [f"> {timeout:.0f}", "", "", "", "", "stopped"]
                elif "error" in r:
                    cells = [f"{r['wall']:.1f}", "", "", "", "", r["error"]]
                else:
                    found: Counter[Key] = r["findings"]
                    if reference is None or engine == reference_name:
                        versus = f"reference ({engine})"
                    else:
                        versus = difference(found, reference) + f" [vs {reference_name}]"
                    cells = [
                        f"{r['wall']:.1f}",
                        f"{r['seconds']:.1f}",
                        f"{r['cpu']:.1f}" if r["cpu"] is not None else "?",
                        f"{r['peak_mb']:.0f}" if r["peak_mb"] else "?",
                        str(sum(found.values())),
                        versus,
                    ]
                print(f"| {triples:,} | {label} | {engine} | " + " | ".join(cells) + " |")
                sys.stdout.flush()


def edge_cases(engines: list[str], work: Path) -> None:
    """The validators on the graphs tests/test_scale.py checks our engine with: every fixture in
    tests/shapes (with the vocabulary added) and a 4,000-triple graph with one of every kind of
    violation and some traps (`_mutant`: literal members, "5"^^xsd:integer join orders, targets
    through subclasses), each against pySHACL."""
    import rdflib

    from benchmarks.generate import generate
    from kg.assembly.build import build as kg_build
    from kg.shacl.validate import load_graph

    try:  # where main keeps it since kg/shacl was split
        from kg.shacl.reference import vocabulary_graph
    except ImportError:
        from kg.shacl.validate import vocabulary_graph
    from tests.test_scale import _mutant

    work.mkdir(parents=True, exist_ok=True)
    cases: dict[str, rdflib.Graph] = {}
    for fixture in sorted((ROOT / "tests" / "shapes").glob("*/*.ttl")):
        cases[f"{fixture.parent.name}/{fixture.stem}"] = load_graph(fixture) + vocabulary_graph()
    small = work / "data-mutant"
    if not small.is_dir():
        generate(4_000, small, seed=11)
    cases["mutant (4k)"] = _mutant(kg_build(small, None, validate=False).rdflib_graph())
    print("| graph | " + " | ".join(e for e in engines if e != "pyshacl") + " |")
    print("|---|" + "---|" * (len(engines) - 1))
    for name, graph in cases.items():
        path = work / f"edge-{name.replace('/', '-').replace(' ', '')}.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        reference = Counter(run_pyshacl(path))
        cells = []
        for engine in engines:
            if engine == "pyshacl":
                continue
            try:
                cells.append(difference(Counter(RUNNERS[engine](path)), reference))
            except Exception as exc:  # a validator that fails on a fixture is a finding too
                cells.append(f"error: {str(exc).splitlines()[0][:60]}")
        print(f"| {name} ({sum(reference.values())} findings) | " + " | ".join(cells) + " |")
        sys.stdout.flush()


# --- VALUES: insert_values against rdflib's algebra -----------------------------------------------

_WRAPPERS = {"Project", "Distinct", "Reduced", "Slice", "OrderBy", "Extend", "Filter"}
_WRAPPERS |= {"AggregateJoin", "Group", "ToMultiSet"}
_LEFT = {"Join", "LeftJoin", "Minus"}  # the first operand is the start of the group


def _values_node(bindings: Mapping[str, Any]) -> Any:
    from rdflib import Variable
    from rdflib.plugins.sparql.algebra import ToMultiSet
    from rdflib.plugins.sparql.parserutils import CompValue

    row = {Variable(name): value for name, value in bindings.items()}
    return ToMultiSet(CompValue("values", res=[row]))


def _join_at_start(node: Any, values: Any) -> None:
    """Join `values` to the first pattern of the outermost group, below the modifiers."""
    from rdflib.plugins.sparql.algebra import Join

    while node.p is not None and (node.p.name in _WRAPPERS or node.p.name in _LEFT):
        if node.p.name in _LEFT:
            node = node.p
            node.p1 = Join(p1=values, p2=node.p1) if node.p1 is not None else values
            return
        node = node.p
    node.p = Join(p1=values, p2=node.p)


def _substitute(node: Any, bindings: Mapping[str, Any]) -> Any:
    """The algebra with each bound variable replaced by its value (projections excepted)."""
    from rdflib import Variable
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, Variable) and str(node) in bindings:
        return bindings[str(node)]
    if isinstance(node, list):
        return [_substitute(x, bindings) for x in node]
    if isinstance(node, CompValue):
        for key in list(node):
            if key == "PV" or key.startswith("_") or key == "var":
                continue
            node[key] = _substitute(node[key], bindings)
    return node


def algebra_bind(sparql: str, bindings: Mapping[str, Any], how: str) -> str:
    """Parse to algebra, bind the parameters (`how`: 'join' or 'subst'), write back as text."""
    from rdflib.plugins.sparql.algebra import translateAlgebra, translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    query = translateQuery(parseQuery(sparql))
    if bindings:
        if how == "subst":
            query.algebra.p = _substitute(query.algebra.p, bindings)
        _join_at_start(query.algebra, _values_node(bindings))
    text = translateAlgebra(query)
    if not text.strip():
        raise ValueError(f"translateAlgebra gives no text for a {query.algebra.name}")
    return str(text)


def _algebra(sparql: str) -> object:
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    return translateQuery(parseQuery(sparql))


def _why(exc: Exception) -> str:
    """The algebra node translateAlgebra stopped at, if that is where it stopped."""
    tb = exc.__traceback__
    node = None
    while tb is not None:
        node = tb.tb_frame.f_locals.get("node", node)
        tb = tb.tb_next
    name = getattr(node, "name", None)
    return f"{type(exc).__name__} at {name}" if name else f"{type(exc).__name__}: {exc}"[:90]


def _answers(result: Any) -> tuple[Any, ...]:
    if result.kind == "ask":
        return ("ask", result.boolean)
    if result.kind == "select":
        return ("select", tuple(result.variables), tuple(result.rows))
    return ("graph", frozenset(result.triples))


def compare(expected: Any, got: Any) -> str:
    a, b = _answers(expected), _answers(got)
    if a == b:
        return "same"
    if a[0] == b[0] == "select" and Counter(a[2]) == Counter(b[2]):
        return "same rows, other order" if a[1] == b[1] else "same rows, other columns"
    if a[0] == b[0] == "select":
        return f"different ({len(b[2])} rows, not {len(a[2])})"
    return "different"


def values_benchmark(kg: Path, repeat: int) -> None:
    from benchmarks.params import params_for, required_values
    from kg.sparql.catalogue import base_of, bind, catalogue
    from kg.sparql.engine import open_engine
    from kg.sparql.remote import insert_values

    engine = open_engine(kg)
    picks = required_values(engine)
    picks.setdefault("province", picks.get("region", ""))  # the seed serves no province
    params = {name: params_for(q, picks, scoped=True) for name, q in catalogue().items()}
    base = base_of(kg)
    print(f"Best of {repeat} runs, in microseconds per query text.")
    print("| query | parameters | insert_values | parse + translateQuery | algebra-join |", end="")
    print(" algebra-subst |")
    print("|---|---|---|---:|---|---|")
    for name, query in sorted(catalogue().items()):
        bindings = bind(query, params[name], base)
        expected = engine.query(query.text, bindings)
        cells = [name, ", ".join(sorted(bindings)) or "-"]
        rewrites: list[tuple[str, Callable[[], object]]] = [
            ("insert_values", partial(insert_values, query.text, bindings)),
            ("algebra", partial(_algebra, query.text)),
            ("join", partial(algebra_bind, query.text, bindings, "join")),
            ("subst", partial(algebra_bind, query.text, bindings, "subst")),
        ]
        for label, rewrite in rewrites:
            try:
                text = rewrite()
            except Exception as exc:  # rdflib raises many types; each is a finding here
                cells.append(f"no text: {_why(exc)}")
                continue
            micro = min(timeit.repeat(rewrite, number=1, repeat=repeat)) * 1e6
            if label == "algebra":
                cells.append(f"{micro:,.0f}")
                continue
            try:
                verdict = compare(expected, engine.query(str(text)))
            except Exception as exc:  # a syntax error in Oxigraph is a finding too
                verdict = f"Oxigraph: {str(exc).splitlines()[0][:60]}"
            cells.append(f"{micro:,.0f}: {verdict}")
        print("| " + " | ".join(cells) + " |")
        sys.stdout.flush()


# --- command line -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_child"]:
        run_child(argv[1], Path(argv[2]), Path(argv[3]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "what", nargs="?", choices=("shacl", "edge", "values", "both"), default="both"
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000])
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    parser.add_argument(
        "--graphs", nargs="+", choices=("clean", "broken"), default=["clean", "broken"]
    )
    parser.add_argument("--timeout", type=float, default=480, help="seconds per validation")
    parser.add_argument("--work", type=Path, default=Path("/tmp/dlkg-alternatives"))
    parser.add_argument("--kg", type=Path, default=ROOT / "build", help="build for `values`")
    parser.add_argument("--repeat", type=int, default=20, help="timings per rewrite")
    args = parser.parse_args(argv)
    if args.what in ("shacl", "both"):
        shacl_benchmark(args.sizes, args.engines, args.work, args.timeout, args.graphs)
    if args.what in ("edge", "both"):
        edge_cases(args.engines, args.work)
    if args.what in ("values", "both"):
        if not (args.kg / "store").is_dir():
            subprocess.run([sys.executable, "-m", "kg", "build"], check=True, cwd=ROOT)
        values_benchmark(args.kg, args.repeat)


if __name__ == "__main__":
    main()
