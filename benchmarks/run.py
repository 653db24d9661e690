"""Benchmarks: dlkg against plain rdflib on the same generated data, side by side in one run.

    python benchmarks/run.py                       # 10k, 100k and 1M triples; updates README.md
    python benchmarks/run.py --sizes 10000 --no-readme

For each size it generates a national data folder (benchmarks/generate.py) and times, each in a
fresh process so that nothing is cached between steps:

- the build: `kg build` against the same sources assembled into plain rdflib, validated with
  pySHACL on the whole graph and written in the same four formats by rdflib (the build as it
  would be without Oxigraph and the scalable validation);
- opening the graph: the build's Oxigraph store against parsing kg.trig into an rdflib Dataset;
- every catalogue query, with its declared defaults and required parameters picked from the
  data (benchmarks/params.py), and each query that takes a date once more as of the middle day
  of the graph (a row "NAME as_of"): `python -m kg query NAME --kg DIR` as a whole process, against
  rdflib in one process (load once, then each query) and `kg query --engine rdflib` as a whole
  process;
- `kg viz` on graphs of about 1,000 and 5,000 nodes, against the same projection through rdflib;
- peak memory (maximum resident set size) of every process.

A step that runs past its timeout is stopped and reported as "> the timeout": a lower bound.
Results go to WORK/results.json and, unless --no-readme, into benchmarks/README.md with an SVG
plot of time against size.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PYTHON = sys.executable
README = ROOT / "benchmarks" / "README.md"
PLOT = ROOT / "benchmarks" / "time-vs-size.svg"
NODES_PER_TRIPLE = 0.054  # nodes of the default `kg viz` view per triple of generated data
START, END = "<!-- results: written by benchmarks/run.py -->", "<!-- end of results -->"


# --- Running and measuring a process --------------------------------------------------------


def measure(cmd: list[str], timeout: float, out: Path | None = None) -> dict[str, Any]:
    """Run a command; its wall time, peak memory (MB), exit code and output lines.

    On timeout the process group is killed and `timed_out` is set.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryFile() as stdout:
        start = time.perf_counter()
        process = subprocess.Popen(
            cmd, stdout=stdout, stderr=subprocess.DEVNULL, cwd=ROOT, env=env, start_new_session=True
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            os.killpg(process.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        text = stdout.read().decode("utf-8", "replace")
    if out is not None:
        out.write_text(text, encoding="utf-8")
    return {
        "seconds": seconds,
        "peak_mb": usage.ru_maxrss / 1024,
        "rc": process.returncode,
        "timed_out": killed.is_set(),
        "lines": text.splitlines()[-50:],
    }


def worker(kind: str, *args: str, timeout: float) -> dict[str, Any]:
    """Run a `--worker` step of this script in its own process; its JSON answer and measures."""
    run = measure([PYTHON, str(Path(__file__).resolve()), "--worker", kind, *args], timeout)
    answer = {}
    for line in run["lines"]:
        if line.startswith("{"):
            answer.update(json.loads(line))
    return {**run, **answer}


def kg(*args: str, timeout: float) -> dict[str, Any]:
    return measure([PYTHON, "-m", "kg", *args], timeout)


# --- Workers: the rdflib side, and what must happen inside one process ----------------------


def _rdflib_build(data: str, out: str) -> dict[str, float]:
    """The build with plain rdflib: same sources, rdflib dataset, full pySHACL, rdflib output."""
    import rdflib

    from kg.assembly.build import assemble
    from kg.shacl.validate import validate_graph

    times = {}
    start = time.perf_counter()
    result = assemble(data)
    dataset = rdflib.Dataset()
    nquads = "".join(f"{s} {p} {o} {g} .\n" for s, p, o, g in result.table().keys)
    dataset.parse(data=nquads, format="nquads")
    times["assemble"] = time.perf_counter() - start
    union = rdflib.Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    report = validate_graph(union, with_vocabulary=False)
    times["validate"] = time.perf_counter() - start - times["assemble"]
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    union.serialize(folder / "kg.nt", format="nt")
    union.serialize(folder / "kg.ttl", format="turtle")
    dataset.serialize(folder / "kg.trig", format="trig")
    dataset.serialize(folder / "kg.jsonld", format="json-ld")
    times["write"] = time.perf_counter() - start - times["assemble"] - times["validate"]
    return {**times, "conforms": report.conforms, "triples": len(union)}


def _open_oxigraph(build: str) -> dict[str, float]:
    import pyoxigraph as ox

    start = time.perf_counter()
    store = ox.Store.read_only(str(Path(build) / "store"))
    bool(store.query("ASK { ?s ?p ?o }"))
    return {"open": time.perf_counter() - start}


def _open_rdflib(build: str) -> dict[str, float]:
    from kg.sparql.engine import RdflibEngine

    start = time.perf_counter()
    RdflibEngine(build)
    return {"open": time.perf_counter() - start}


def _rdflib_queries(build: str, plan: str) -> None:
    """Load once, then each query of the plan; a JSON line per query as soon as it is done."""
    from kg.sparql.catalogue import base_of, run
    from kg.sparql.engine import RdflibEngine

    start = time.perf_counter()
    engine = RdflibEngine(build)
    print(json.dumps({"load": time.perf_counter() - start}), flush=True)
    for item in json.loads(plan):
        start = time.perf_counter()
        result = run(item["name"], item["params"], engine=engine, base=base_of(build))
        rows = len(result.rows) if result.kind == "select" else len(result.triples)
        print(
            json.dumps(
                {"query": item["key"], "seconds": time.perf_counter() - start, "rows": rows}
            ),
            flush=True,
        )


def _viz_rdflib(build: str, out: str) -> dict[str, Any]:
    from kg.network.project import project, view
    from kg.network.viz import write_html
    from kg.sparql.engine import RdflibEngine

    start = time.perf_counter()
    graph = view(project(RdflibEngine(build)), "all")
    write_html(graph, Path(out), lang="en", title="Coalition network (all)")
    return {"viz": time.perf_counter() - start, "nodes": graph.number_of_nodes()}


def _nodes(build: str) -> dict[str, int]:
    from kg.network.project import network

    graph = network(build)
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


def _params(build: str) -> dict[str, Any]:
    from benchmarks.params import all_params, dated, middle_day
    from kg.sparql.catalogue import catalogue
    from kg.sparql.engine import OxigraphEngine

    engine = OxigraphEngine(build)
    scoped, day = all_params(engine, scoped=True), middle_day(engine)
    as_of = {
        f"{name} as_of": (name, {**scoped[name], **dated(query, day)})
        for name, query in catalogue().items()
        if day and dated(query, day)
    }
    return {"params": scoped, "country": all_params(engine), "as_of": as_of, "day": day}


WORKERS: dict[str, Callable[..., Any]] = {
    "rdflib-build": _rdflib_build,
    "open-oxigraph": _open_oxigraph,
    "open-rdflib": _open_rdflib,
    "rdflib-queries": _rdflib_queries,
    "viz-rdflib": _viz_rdflib,
    "nodes": _nodes,
    "params": _params,
}


# --- One size ----------------------------------------------------------------------------


def rdflib_queries(
    build: Path, cases: dict[str, tuple[str, dict[str, str]]], timeout: float
) -> tuple[dict[str, Any], float | None, float]:
    """In-process rdflib timings per case (query name and parameters), restarting the worker
    after a query times out."""
    results: dict[str, Any] = {}
    load, peak = None, 0.0
    todo = list(cases)
    while todo:
        plan = json.dumps([{"key": k, "name": cases[k][0], "params": cases[k][1]} for k in todo])
        command = [
            PYTHON,
            str(Path(__file__).resolve()),
            "--worker",
            "rdflib-queries",
            str(build),
            plan,
        ]
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            start_new_session=True,
            text=True,
        )
        lines: list[str] = []
        reader = threading.Thread(target=lines.extend, args=(process.stdout,), daemon=True)
        reader.start()
        seen, deadline = 0, time.monotonic() + timeout * 3  # the load gets three timeouts
        while True:
            pid, _, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                os.killpg(process.pid, signal.SIGKILL)
            time.sleep(0.2)
            if len(lines) > seen:
                seen = len(lines)
                deadline = time.monotonic() + timeout
        process.returncode = 0  # reaped above
        reader.join(5)
        peak = max(peak, usage.ru_maxrss / 1024)
        for line in lines:
            answer = json.loads(line)
            if "load" in answer:
                load = answer["load"] if load is None else load
            else:
                results[answer["query"]] = answer
                todo.remove(answer["query"])
        if todo:  # the first left timed out
            results[todo.pop(0)] = {"seconds": timeout, "timed_out": True}
            if load is None:
                break
    return results, load, peak


def bench_size(
    size: int, work: Path, seed: int, timeout: float, query_timeout: float
) -> dict[str, Any]:
    from benchmarks.generate import generate
    from kg.sparql.catalogue import catalogue

    folder = work / f"{size}"
    data, build, plain = folder / "data", folder / "build", folder / "rdflib-build"
    print(f"\n== {size:,} triples: {folder}", flush=True)
    generate(size, data, seed=seed)
    r: dict[str, Any] = {"size": size}
    r["build"] = kg("build", "--data", str(data), "--out", str(build), timeout=timeout)
    manifest = json.loads((build / "manifest.json").read_text())
    r["triples"] = manifest["triples"]
    print(
        f"   dlkg build {r['build']['seconds']:.1f} s, {r['build']['peak_mb']:.0f} MB, "
        f"{r['triples']:,} triples",
        flush=True,
    )
    r["rdflib_build"] = worker("rdflib-build", str(data), str(plain), timeout=timeout * 3)
    print(f"   rdflib build {_show(r['rdflib_build'])}", flush=True)
    r["open"] = worker("open-oxigraph", str(build), timeout=timeout)
    r["rdflib_open"] = worker("open-rdflib", str(build), timeout=timeout)
    print(
        f"   open {r['open'].get('open', 0):.3f} s vs {_show(r['rdflib_open'], 'open')}", flush=True
    )
    picked = worker("params", str(build), timeout=timeout)
    params, country = picked["params"], picked["country"]
    names = sorted(catalogue())
    cases = {name: (name, params[name]) for name in names}
    cases.update({key: (name, given) for key, (name, given) in picked["as_of"].items()})
    r["day"] = picked["day"]

    def run_dlkg(name: str, given: dict[str, str]) -> dict[str, Any]:
        args = [a for k, v in given.items() for a in ("--param", f"{k}={v}")]
        return kg("query", name, "--kg", str(build), *args, timeout=timeout)

    r["queries"] = {key: run_dlkg(*cases[key]) for key in sorted(cases)}
    total = sum(q["seconds"] for q in r["queries"].values())
    print(f"   dlkg catalogue, whole processes: {total:.1f} s", flush=True)
    r["country"] = {
        name: run_dlkg(name, country[name]) for name in names if country[name] != params[name]
    }
    print(
        f"   dlkg, every coalition: {sum(q['seconds'] for q in r['country'].values()):.1f} s",
        flush=True,
    )
    r["rdflib_queries"], r["rdflib_load"], r["rdflib_queries_peak_mb"] = rdflib_queries(
        build, cases, query_timeout
    )
    print(
        f"   rdflib catalogue in one process: load {r['rdflib_load'] or 0:.1f} s + "
        f"{sum(q['seconds'] for q in r['rdflib_queries'].values()):.1f} s",
        flush=True,
    )
    r["rdflib_whole"] = {}
    for key in sorted(cases):
        name, given = cases[key]
        inside = r["rdflib_queries"][key]
        if (
            inside.get("timed_out")
            or r["rdflib_load"] is None
            or (r["rdflib_load"] + inside["seconds"] > query_timeout)
        ):
            bound = (r["rdflib_load"] or 0) + inside["seconds"]
            r["rdflib_whole"][key] = {"seconds": bound, "timed_out": True, "skipped": True}
            continue
        args = [f"{k}={v}" for k, v in given.items()]
        r["rdflib_whole"][key] = kg(
            "query",
            name,
            "--kg",
            str(build),
            "--engine",
            "rdflib",
            *[a for arg in args for a in ("--param", arg)],
            timeout=query_timeout,
        )
    print(
        "   rdflib catalogue, whole processes: "
        f"{sum(q['seconds'] for q in r['rdflib_whole'].values()):.1f} s",
        flush=True,
    )
    return r


def bench_viz(nodes: int, work: Path, seed: int, timeout: float) -> dict[str, Any]:
    from benchmarks.generate import generate

    folder = work / f"viz-{nodes}"
    generate(int(nodes / NODES_PER_TRIPLE), folder / "data", seed=seed)
    build = folder / "build"
    kg("build", "--data", str(folder / "data"), "--out", str(build), timeout=timeout)
    r = {"target": nodes, **worker("nodes", str(build), timeout=timeout)}
    r["dlkg"] = kg("viz", "--kg", str(build), "--out", str(folder / "dlkg.html"), timeout=timeout)
    r["rdflib"] = worker("viz-rdflib", str(build), str(folder / "rdflib.html"), timeout=timeout)
    print(
        f"   viz {r['nodes']} nodes: {r['dlkg']['seconds']:.2f} s vs {_show(r['rdflib'], 'viz')}",
        flush=True,
    )
    return r


def bench_startup() -> dict[str, Any]:
    """`kg --help` and a catalogue query on the seed graph, whole process, median of five."""
    seed = Path(tempfile.mkdtemp(prefix="dlkg-seed-")) / "build"
    kg("build", "--out", str(seed), timeout=120)

    def median(*args: str) -> float:
        return statistics.median(kg(*args, timeout=60)["seconds"] for _ in range(5))

    return {
        "help": median("--help"),
        "seed_query": median("query", "members", "--kg", str(seed)),
        "imports": _imports(),
    }


def _imports() -> dict[str, float]:
    """Import time of each heavy library in a fresh process, and of the kg command line."""
    times = {}
    for module in ("kg.cli", "rdflib", "pyoxigraph", "networkx", "pyvis", "pyshacl"):
        code = (
            f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
        )
        done = measure([PYTHON, "-c", code], 60)
        times[module] = float(done["lines"][-1]) if done["rc"] == 0 else float("nan")
    return times


# --- Reporting --------------------------------------------------------------------------------


def bench_dlkg(data: Path, work: Path, timeout: float) -> str:
    """dlkg alone on a generated folder (`--dlkg-only DATA`): the build, then every catalogue
    query as `params.py` asks it, as of the graph's middle day where it takes a date, and for
    the whole country, each a whole process. A Markdown table; the rdflib side is left out
    (pySHACL on a 1M graph takes over 45 minutes)."""
    from benchmarks.params import dated as on_day
    from kg.sparql.catalogue import catalogue

    build = work / "build"
    made = kg("build", "--data", str(data), "--out", str(build), timeout=timeout)
    picked = worker("params", str(build), timeout=timeout)
    triples = json.loads((build / "manifest.json").read_text())["triples"]

    def run(name: str, given: dict[str, str]) -> str:
        args = [a for k, v in given.items() for a in ("--param", f"{k}={v}")]
        step = kg("query", name, "--kg", str(build), *args, timeout=timeout)
        return _show(step)

    lines = [
        f"build: {_show(made)}, {made['peak_mb']:.0f} MB, {triples:,} triples; as of "
        f"{picked['day']}",
        "",
        "| query | asked | as of the day | the whole country | the whole country, as of the day |",
        "|---|---|---|---|---|",
    ]
    for name, query in sorted(catalogue().items()):
        dated = picked["as_of"].get(f"{name} as_of")
        country = picked["country"][name]
        whole = country != picked["params"][name]
        country_day = {**country, **on_day(query, picked["day"])}
        lines.append(
            f"| {name} | {run(name, picked['params'][name])} | "
            f"{run(*dated) if dated else '-'} | {run(name, country) if whole else '='} | "
            f"{run(name, country_day) if whole and dated else '-'} |"
        )
        print(lines[-1], flush=True)
    return "\n".join(lines)


def _show(step: dict[str, Any], key: str = "seconds") -> str:
    if step.get("timed_out"):
        return f"> {step['seconds']:.0f} s (stopped)"
    value = step.get(key, step.get("seconds", 0.0))
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def _secs(value: float, bound: bool = False) -> str:
    text = f"{value:.2f}" if value < 10 else f"{value:.1f}" if value < 100 else f"{value:.0f}"
    return ("> " if bound else "") + text + " s"


def _ratio(slow: float, fast: float, bound: bool = False) -> str:
    return ("≥ " if bound else "") + (
        f"{slow / fast:.0f}×" if slow / fast >= 10 else f"{slow / fast:.1f}×"
    )


def _slowest(queries: dict[str, Any]) -> str:
    name, query = max(queries.items(), key=lambda item: item[1]["seconds"])
    return f"{_secs(query['seconds'])} ({name})"


def machine() -> dict[str, str]:
    from importlib.metadata import version

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = (
            next(
                int(line.split()[1])
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
            / 1024**2
        )
    except OSError:
        memory = float("nan")
    versions = ", ".join(
        f"{name} {version(name)}"
        for name in ("pyoxigraph", "rdflib", "pyshacl", "networkx", "pyvis")
    )
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": f"{memory:.0f} GB",
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "versions": versions,
        "date": time.strftime("%Y-%m-%d"),
    }


def summary(results: dict[str, Any]) -> str:
    """The Markdown tables of a run."""
    m = results["machine"]
    lines = [
        f"Run on {m['date']}: {m['cpu']}, {m['cores']} cores, {m['memory']} RAM, {m['os']}, "
        f"Python {m['python']}; {m['versions']}.",
        "",
    ]
    start = results.get("startup")
    if start:
        lines += [
            f"`kg --help`: {_secs(start['help'])}; `kg query members` on the seed graph: "
            f"{_secs(start['seed_query'])} (whole process, median of five). Imports: "
            + ", ".join(f"{k} {v:.3f} s" for k, v in start["imports"].items())
            + ".",
            "",
        ]
    lines += [
        "| | " + " | ".join(f"{r['triples']:,} triples" for r in results["sizes"]) + " |",
        "|---|" + "---|" * len(results["sizes"]),
    ]

    def row(label: str, cells: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    sizes = results["sizes"]
    row(
        "build, dlkg",
        [f"{_secs(r['build']['seconds'])}, {r['build']['peak_mb']:,.0f} MB" for r in sizes],
    )
    row(
        "build, plain rdflib + pySHACL",
        [
            f"{_secs(r['rdflib_build']['seconds'], r['rdflib_build']['timed_out'])}, "
            f"{r['rdflib_build']['peak_mb']:,.0f} MB"
            for r in sizes
        ],
    )
    row(
        "build: rdflib / dlkg",
        [
            _ratio(
                r["rdflib_build"]["seconds"], r["build"]["seconds"], r["rdflib_build"]["timed_out"]
            )
            for r in sizes
        ],
    )
    row("open, dlkg store", [_secs(r["open"].get("open", float("nan"))) for r in sizes])
    row(
        "open, rdflib parse of kg.trig",
        [
            _secs(
                r["rdflib_open"].get("open", r["rdflib_open"]["seconds"]),
                r["rdflib_open"]["timed_out"],
            )
            + f", {r['rdflib_open']['peak_mb']:,.0f} MB"
            for r in sizes
        ],
    )
    for r in sizes:
        r["_dlkg"] = sum(q["seconds"] for q in r["queries"].values())
        r["_rdflib"] = (r["rdflib_load"] or 0) + sum(
            q["seconds"] for q in r["rdflib_queries"].values()
        )
        r["_rdflib_bound"] = r["rdflib_load"] is None or any(
            q.get("timed_out") for q in r["rdflib_queries"].values()
        )
        r["_whole"] = sum(q["seconds"] for q in r["rdflib_whole"].values())
        r["_whole_bound"] = any(q.get("timed_out") for q in r["rdflib_whole"].values())
    row(
        f"catalogue ({len(sizes[0]['queries'])} queries), dlkg, whole processes",
        [_secs(r["_dlkg"]) for r in sizes],
    )
    row("slowest query, dlkg, whole process", [_slowest(r["queries"]) for r in sizes])
    row(
        "queries under 1 s, dlkg, whole process",
        [
            f"{sum(q['seconds'] < 1 for q in r['queries'].values())} of {len(r['queries'])}"
            for r in sizes
        ],
    )
    row(
        "the same queries for every coalition, dlkg: under 1 s; slowest",
        [
            f"{sum(q['seconds'] < 1 for q in r['country'].values())} of {len(r['country'])}; "
            f"{_slowest(r['country'])}"
            for r in sizes
        ],
    )
    row(
        "catalogue, rdflib in one process (load once + queries)",
        [_secs(r["_rdflib"], r["_rdflib_bound"]) for r in sizes],
    )
    row(
        "catalogue, rdflib, whole processes", [_secs(r["_whole"], r["_whole_bound"]) for r in sizes]
    )
    row(
        "catalogue: rdflib in one process / dlkg",
        [_ratio(r["_rdflib"], r["_dlkg"], r["_rdflib_bound"]) for r in sizes],
    )
    row(
        "catalogue: rdflib whole processes / dlkg",
        [_ratio(r["_whole"], r["_dlkg"], r["_whole_bound"]) for r in sizes],
    )
    row(
        "peak memory, dlkg queries / rdflib queries",
        [
            f"{max(q['peak_mb'] for q in r['queries'].values()):,.0f} MB / "
            f"{r['rdflib_queries_peak_mb']:,.0f} MB"
            for r in sizes
        ],
    )
    lines.append("")
    if results.get("viz"):
        lines += [
            "| `kg viz` | "
            + " | ".join(f"{v['nodes']:,} nodes, {v['edges']:,} edges" for v in results["viz"])
            + " |",
            "|---|" + "---|" * len(results["viz"]),
        ]
        lines.append(
            "| dlkg, whole process | "
            + " | ".join(
                f"{_secs(v['dlkg']['seconds'])}, {v['dlkg']['peak_mb']:,.0f} MB"
                for v in results["viz"]
            )
            + " |"
        )
        lines.append(
            "| rdflib (load + project + HTML, in one process) | "
            + " | ".join(
                _secs(v["rdflib"].get("viz", v["rdflib"]["seconds"]), v["rdflib"]["timed_out"])
                + f", {v['rdflib']['peak_mb']:,.0f} MB"
                for v in results["viz"]
            )
            + " |"
        )
        lines.append("")
    lines += [
        "Every catalogue query (seconds; whole process unless said; `>` stopped at the timeout);"
        " NAME as_of is the query asked as of the middle day of the graph's sources ("
        + ", ".join(f"{r['day']} at {r['triples']:,}" for r in sizes if r.get("day"))
        + "):",
        "",
        "| query | "
        + " | ".join(
            f"{r['triples']:,}: dlkg / rdflib in process / rdflib whole / dlkg, every coalition"
            for r in sizes
        )
        + " |",
        "|---|" + "---|" * len(sizes),
    ]
    for name in sorted(sizes[0]["queries"]):
        cells = []
        for r in sizes:
            q, p, w = r["queries"][name], r["rdflib_queries"][name], r["rdflib_whole"][name]
            cells.append(
                f"{q['seconds']:.2f} / "
                + ("> " if p.get("timed_out") else "")
                + f"{p['seconds']:.2f} / "
                + ("> " if w.get("timed_out") else "")
                + f"{w['seconds']:.1f} / "
                + (
                    f"{r['country'][name]['seconds']:.2f}"
                    if name in r["country"]
                    else ("-" if name.endswith(" as_of") else "=")
                )
            )
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def plot(results: dict[str, Any]) -> str:
    """A log-log SVG of seconds against triples, drawn by hand (no plotting library needed)."""
    import math

    sizes = results["sizes"]
    series = [
        ("build, dlkg", "#1f77b4", "", [r["build"]["seconds"] for r in sizes]),
        (
            "build, rdflib + pySHACL",
            "#1f77b4",
            "6,4",
            [r["rdflib_build"]["seconds"] for r in sizes],
        ),
        ("catalogue, dlkg", "#d62728", "", [r["_dlkg"] for r in sizes]),
        ("catalogue, rdflib (one process)", "#d62728", "6,4", [r["_rdflib"] for r in sizes]),
        ("open, dlkg", "#2ca02c", "", [max(r["open"].get("open", 0), 1e-3) for r in sizes]),
        ("open, rdflib", "#2ca02c", "6,4", [r["rdflib_open"].get("open", 1e-3) for r in sizes]),
    ]
    xs = [r["triples"] for r in sizes]
    values = [v for *_, vs in series for v in vs if v > 0]
    x0, x1 = math.log10(min(xs)) - 0.1, math.log10(max(xs)) + 0.1
    y0, y1 = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
    width, height, left, top, right, bottom = 760, 440, 70, 20, 250, 50

    def px(x: float) -> float:
        return left + (math.log10(x) - x0) / (x1 - x0) * (width - left - right)

    def py(y: float) -> float:
        return top + (y1 - math.log10(y)) / (y1 - y0) * (height - top - bottom)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
    ]
    for e in range(y0, y1 + 1):
        y = py(10**e)
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{10**e:g} s</text>')
    for x in xs:
        out.append(
            f'<line x1="{px(x):.1f}" x2="{px(x):.1f}" y1="{top}" '
            f'y2="{height - bottom}" stroke="#ddd"/>'
        )
        out.append(
            f'<text x="{px(x):.1f}" y="{height - bottom + 16}" text-anchor="middle">{x:,}</text>'
        )
    out.append(
        f'<text x="{(left + width - right) / 2:.0f}" y="{height - 10}" '
        'text-anchor="middle">triples</text>'
    )
    for n, (label, colour, dash, vs) in enumerate(series):
        points = " ".join(
            f"{px(x):.1f},{py(max(v, 10**y0)):.1f}" for x, v in zip(xs, vs, strict=True)
        )
        out.append(
            f'<polyline points="{points}" fill="none" stroke="{colour}" '
            f'stroke-width="2" stroke-dasharray="{dash}"/>'
        )
        for x, v in zip(xs, vs, strict=True):
            out.append(
                f'<circle cx="{px(x):.1f}" cy="{py(max(v, 10**y0)):.1f}" r="3" fill="{colour}"/>'
            )
        y = top + 20 + 22 * n
        out.append(
            f'<line x1="{width - right + 15}" x2="{width - right + 45}" y1="{y}" '
            f'y2="{y}" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}"/>'
        )
        out.append(f'<text x="{width - right + 52}" y="{y + 4}">{label}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write_readme(results: dict[str, Any]) -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else f"{START}\n{END}\n"
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    body = summary(results) + "\n![Time against size](time-vs-size.svg)\n"
    README.write_text(f"{before}{START}\n\n{body}\n{END}{after}", encoding="utf-8")
    PLOT.write_text(plot(results), encoding="utf-8")


# --- The command line ------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument(
        "--viz",
        type=int,
        nargs="*",
        default=[1_000, 5_000],
        help="node counts for the kg viz timings",
    )
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "dlkg-bench")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--timeout",
        type=float,
        default=900,
        help="seconds any one step may take (the rdflib build gets three times)",
    )
    parser.add_argument(
        "--query-timeout", type=float, default=300, help="seconds one rdflib query may take"
    )
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument(
        "--dlkg-only", type=Path, metavar="DATA", help="time dlkg alone on a generated folder"
    )
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        answer = WORKERS[args.worker[0]](*args.worker[1:])
        if answer is not None:
            print(json.dumps(answer), flush=True)
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    if args.dlkg_only:
        print(bench_dlkg(args.dlkg_only, args.work, args.timeout))
        return 0
    results: dict[str, Any] = {"machine": machine(), "startup": bench_startup()}
    print(json.dumps(results, indent=1), flush=True)
    results["viz"] = [bench_viz(n, args.work, args.seed, args.timeout) for n in args.viz]
    results["sizes"] = []
    for size in args.sizes:
        results["sizes"].append(
            bench_size(size, args.work, args.seed, args.timeout, args.query_timeout)
        )
        (args.work / "results.json").write_text(json.dumps(results, indent=1))
    print("\n" + summary(results))
    if not args.no_readme:
        write_readme(results)
        print(f"wrote {README} and {PLOT}")
    (args.work / "results.json").write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
