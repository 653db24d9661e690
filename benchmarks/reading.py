"""How fast a release of about 400 words is read, with the rule tables' prefilter and without.

    python benchmarks/reading.py            # every other release of 350-450 words in tests/press
    python benchmarks/reading.py --every 1  # all of them

Issue 16 asks for a 400-word release read in under 50 ms. Each release is read three times with
the prefilter (kg/ingest/prefilter.py: a rule is tried only when the sentence holds a word every
match of it needs) and three times with every rule tried, one after the other in the same run,
and the best of each three is kept. The two readings must be the same; the script stops if not.
The first read of a release is reported too: it is what a user waits for, and it is slower,
since the patterns made of the release's own names are compiled then and cached for the others.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

from kg.ingest.extract import Lexicon, extract_text, read_source
from kg.ingest.prefilter import RuleTable

PRESS = Path(__file__).resolve().parent.parent / "tests" / "press"
BUDGET_MS = 50.0


def _every_rule(table: RuleTable, text: str) -> Iterator[object]:
    return iter(table)


def _reads(read: Callable[[], object], times: int = 3) -> tuple[float, float, object]:
    """(the first read's milliseconds, the best's, the reading)."""
    took, result = [], None
    for _ in range(times):
        start = time.perf_counter()
        result = read()
        took.append(time.perf_counter() - start)
    return took[0] * 1000, min(took) * 1000, result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=2, help="read every N-th release")
    args = parser.parse_args(argv)
    lexicon = Lexicon.builtin()
    texts = [read_source(p) for p in sorted(PRESS.rglob("*.txt"))[:: args.every]]
    texts = [t for t in texts if 350 <= len(t.split()) <= 450]
    extract_text(texts[0], "warm-up", lexicon)
    first, filtered, plain = [], [], []
    for text in texts:
        cold, took, reading = _reads(lambda: extract_text(text, "x", lexicon))  # noqa: B023
        first.append(cold)
        filtered.append(took)
        with mock.patch.object(RuleTable, "possible", _every_rule):
            _, took, every = _reads(lambda: extract_text(text, "x", lexicon))  # noqa: B023
        plain.append(took)
        if repr(every) != repr(reading):
            raise SystemExit(f"the prefilter changed a reading:\n{text[:200]}")
    print(f"{len(texts)} releases of 350-450 words, in ms:")
    rows = (("first read", first), ("prefilter", filtered), ("every rule", plain))
    for name, ms in rows:  # the first read, then the best of three reads with each table
        cut = statistics.quantiles(ms, n=10)[-1]
        over = sum(t > BUDGET_MS for t in ms)
        print(
            f"  {name:<11}  median {statistics.median(ms):5.1f}  90% {cut:5.1f}"
            f"  slowest {max(ms):5.1f}  over {BUDGET_MS:.0f} ms: {over}"
        )
    ratio = statistics.median(f / p for f, p in zip(filtered, plain, strict=True))
    print(f"  prefilter / every rule: a median ratio of {ratio:.2f} per release")


if __name__ == "__main__":
    main()
