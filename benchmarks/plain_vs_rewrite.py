"""Time catalogue queries in their plain form against their speed rewrite, on one built graph.

    python -m benchmarks.plain_vs_rewrite --kg /tmp/q1m --plain DIR [--rewrite queries] [NAME ...]

DIR holds the plain forms as NAME.rq, the rewrites default to queries/. Each form is timed in a
fresh process of its own (median of three runs of `OxigraphEngine(KG).query(text, bindings)`),
as a researcher asks it (benchmarks/params.py: one coalition, a province) and without its
narrowing parameters. Prints one tab-separated line per case and query: case, name, plain s,
rewrite s (`> T` past the timeout).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def time_form(kg: str, path: str, cases: list[str], runs: int = 3) -> dict[str, float]:
    """Median seconds of one query file, with a researcher's parameters ("scoped") and without
    ("unscoped"), in this process."""
    from benchmarks.params import all_params
    from kg.sparql.catalogue import bind, parse_query_file
    from kg.sparql.engine import OxigraphEngine

    engine = OxigraphEngine(kg)
    query = parse_query_file(Path(path))
    name = Path(path).stem
    times: dict[str, float] = {}
    for case in cases:
        bindings = bind(query, all_params(engine, case == "scoped")[name])
        seconds = []
        for _ in range(runs):
            start = time.perf_counter()
            engine.query(query.text, bindings)
            seconds.append(time.perf_counter() - start)
        times[case] = statistics.median(seconds)
    return times


def measure(kg: str, path: Path, case: str, runs: int, timeout: float) -> float | None:
    """time_form in a fresh process; None when it runs past the timeout."""
    command = [sys.executable, "-m", "benchmarks.plain_vs_rewrite", "--kg", kg]
    command += ["--one", str(path), "--case", case, "--runs", str(runs)]
    try:
        out = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, check=True, timeout=timeout
        ).stdout
    except subprocess.TimeoutExpired:
        return None
    seconds: float = json.loads(out)[case]
    return seconds


def _show(seconds: float | None, timeout: float) -> str:
    return f"> {timeout:.0f}" if seconds is None else f"{seconds:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kg", required=True, help="a build folder (kg build --out)")
    parser.add_argument("--plain", type=Path, help="folder of plain forms, NAME.rq")
    parser.add_argument("--rewrite", type=Path, default=ROOT / "queries")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--case", choices=["scoped", "unscoped"], action="append")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120, help="seconds per form and case")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(time_form(args.kg, args.one, args.case, args.runs)))
        return 0
    if args.plain is None:
        parser.error("--plain is required")
    names = args.names or sorted(p.stem for p in args.plain.glob("*.rq"))
    for case in args.case or ["scoped", "unscoped"]:
        for name in names:
            cells = []
            for folder in (args.plain, args.rewrite):
                seconds = measure(args.kg, folder / f"{name}.rq", case, args.runs, args.timeout)
                cells.append(_show(seconds, args.timeout))
            print(case, name, *cells, sep="\t", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
