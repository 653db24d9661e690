"""The `kg review` command line: its options and its handler (kept out of `kg.cli` for length).

`kg review` lists the open questions (exit 0, also when there are none); `kg review decide ID
DECISION` records a decision (exit 2 for an id the build did not ask or a bad decision).
"""

from __future__ import annotations

import argparse
import json
import sys

__all__ = ["EXAMPLE", "HELP", "options", "run"]

HELP = "List the reader's open questions, or record a decision on one."
EXAMPLE = "kg review decide 1ad0629ca3d2 accept --who 'A. Researcher'"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kg", default="build", metavar="BUILD", help="the build folder (default: build/)"
    )
    parser.add_argument(
        "--data", default="data", metavar="DIR", help="where review.csv is (default: data/)"
    )


def options(parser: argparse.ArgumentParser) -> None:
    """Add the options of `kg review` and its `decide` action to the command's parser."""
    _common(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    decide = actions.add_parser(
        "decide",
        help="record a decision on one question in review.csv",
        description="Record a decision on one question in review.csv; the next build applies it.",
    )
    decide.add_argument("id", metavar="ID", help="the question's id, as `kg review` shows it")
    decide.add_argument("decision", choices=("accept", "reject", "rename", "merge"))
    decide.add_argument(
        "--value",
        metavar="V",
        help="rename: the right name(s), '|' between several; merge: the name to keep",
    )
    decide.add_argument("--who", metavar="NAME", help="who decides (default: your login name)")
    decide.add_argument("--note", default="", metavar="TEXT", help="why, in a few words")
    _common(decide)


def run(args: argparse.Namespace) -> int:
    """List the open questions, or record a decision; return the exit code."""
    from kg.curation.queue import decide, open_questions, table

    if args.action == "decide":
        row = decide(
            args.id, args.decision, args.value, args.who, args.note, data=args.data, kg=args.kg
        )
        print(f"recorded in {args.data}/review.csv: {row['decision']} {row['id']}", file=sys.stderr)
        return 0
    questions = open_questions(args.kg, args.data)
    if args.format == "json":
        print(json.dumps(questions, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(table(questions))
    return 0
