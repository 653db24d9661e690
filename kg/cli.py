"""The `kg` command line: parse options, call one library function, print.

Exit codes (`kg.errors`): 0 fine, 1 the answer is "no", 2 bad input, 3 a service failed, 4 a bug.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from kg.errors import BUG, InputError, ServiceError
from kg.network import DEFAULT_VIEW, VIEWS

if TYPE_CHECKING:
    import httpx

__all__ = ["main"]

EPILOG = """examples:
  kg build                                   sources in data/ -> graph in build/
  kg queries                                 the catalogue of questions
  kg query members                           the partners of every coalition
  kg query profile --param org=organisation/umcg
  kg viz --out build/network.html            the network, as one offline HTML file
  kg serve                                   SPARQL endpoint and linked-data site
"""

Handler = Callable[[argparse.Namespace], int]


def _kg_option(parser: argparse.ArgumentParser, remote: bool = False) -> None:
    help_kg = "a build folder or an RDF file (default: build/)"
    parser.add_argument("--kg", default="build", metavar="PATH", help=help_kg)
    if remote:
        parser.add_argument(
            "--endpoint", metavar="URL", help="query a remote SPARQL endpoint instead of --kg"
        )
        parser.add_argument(
            "--graph", metavar="IRI", help="with --endpoint: the named graph to query"
        )
        _credentials(parser)


def _credentials(parser: argparse.ArgumentParser) -> None:
    help_user = "user name; the password comes from $DLKG_PASSWORD or a prompt"
    parser.add_argument("--user", metavar="NAME", help=help_user)
    parser.add_argument(
        "--auth",
        choices=("basic", "digest"),
        default="basic",
        help="HTTP authentication for --user (default: basic)",
    )


class _Remote(TypedDict):
    endpoint: str | None
    graph: str | None
    auth: httpx.Auth | None


def _remote(args: argparse.Namespace) -> _Remote:
    """The endpoint, graph and credentials a command was given, as keyword arguments."""
    auth = None
    if args.endpoint and args.user:
        from kg.sparql.http import auth_for

        auth = auth_for(args.user, args.auth)
    elif args.user:
        raise InputError("--user is for --endpoint: a local graph needs no credentials")
    return {"endpoint": args.endpoint, "graph": args.graph, "auth": auth}


class _Version(argparse.Action):
    """`--version`, with the version read only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        import kg

        print(f"dlkg {kg.__version__}")
        parser.exit()


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("nl", "en"), default="en", help="the language of labels (default: en)"
    )


def _param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


# --- Handlers: each calls one library function and prints ------------------------------------


def _build(args: argparse.Namespace) -> int:
    from kg.assembly.build import build
    from kg.assembly.progress import shown

    with shown() as progress:  # on a terminal only
        result = build(args.data, args.out, base=args.base, progress=progress)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    summary = result.summary()
    print(f"built {result.out}: " + ", ".join(f"{n} {k}" for k, n in summary.items()))
    assert result.report is not None
    print(result.report.text(verbose=args.verbose))
    return 0 if result.report.conforms else 1


def _validate(args: argparse.Namespace) -> int:
    from kg.shacl.validate import validate_file

    report = validate_file(args.file)
    print(report.text(verbose=args.verbose))
    return 0 if report.conforms else 1


def _extract(args: argparse.Namespace) -> int:
    from kg.assembly.extract import extract_files

    turtle, warnings = extract_files(args.files, data=args.data, base=args.base)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.out:
        from kg.files import atomic_write

        atomic_write(args.out, turtle)
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(turtle)
    return 0


def _queries(args: argparse.Namespace) -> int:
    import json

    from kg.sparql.catalogue import catalogue, find, listing

    if args.name:
        query = find(args.name)
        if args.format == "json":
            print(json.dumps(query.as_dict(), indent=2, ensure_ascii=False))
        else:
            print(query.help(args.lang))
        return 0
    queries = catalogue()
    if args.format == "json":
        print(json.dumps([q.as_dict() for q in queries.values()], indent=2, ensure_ascii=False))
        return 0
    sys.stdout.write(listing(queries, args.lang))
    return 0


def _query(args: argparse.Namespace) -> int:
    from kg.rdf.iri import DEFAULT_BASE
    from kg.sparql.catalogue import base_of, find, resolve_params, run
    from kg.sparql.engine import open_engine
    from kg.sparql.results import format_result

    engine = open_engine(args.kg, args.engine, **_remote(args))
    base = args.base or (DEFAULT_BASE if args.endpoint else base_of(args.kg))
    params = resolve_params(args.query, dict(args.param), engine=engine, base=base, notes=_note)
    result = run(args.query, params, engine=engine, base=base, lang=args.lang)
    echoed = [param.name for param in find(args.query).params]
    try:
        text = format_result(
            result, args.format, base, hide=echoed, iri=args.iri, width=_width(), raw=args.raw
        )
        sys.stdout.write(text)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    return 1 if result.kind == "ask" and not result.boolean else 0


def _width() -> int | None:
    """The columns a table may take: $COLUMNS, else the terminal's; no limit into a pipe."""
    import shutil

    if os.environ.get("COLUMNS", "").isdigit() or sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def _note(text: str) -> None:
    print(f"kg: note: {text}", file=sys.stderr)


def _analyze(args: argparse.Namespace) -> int:
    from kg.network.project import analyze_command

    sys.stdout.write(
        analyze_command(args.kg, view=args.view, fmt=args.format, lang=args.lang, **_remote(args))
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from kg.network.project import export

    return _written(
        args.out, lambda out: export(args.kg, args.format, out, view=args.view, lang=args.lang)
    )


def _viz(args: argparse.Namespace) -> int:
    from kg.network.project import viz

    as_of = args.as_of and args.as_of.isoformat()
    options = {"view": args.view, "lang": args.lang, "as_of": as_of, **_remote(args)}
    return _written(args.out, lambda out: viz(args.kg, out, **options))


def _report(args: argparse.Namespace) -> int:
    from kg.network.report import write_report

    return _written(args.out, lambda out: write_report(args.kg, out, lang=args.lang))


def _written(out: str, write: Callable[[Path], Path]) -> int:
    """Write the file `out`; say so, and that an older file of that name was replaced."""
    verb = "replaced" if Path(out).exists() else "wrote"
    print(f"{verb} {write(Path(out))}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from kg.web.serve import serve

    return serve(args.kg, host=args.host, port=args.port, timeout=args.timeout, base=args.base)


def _publish(args: argparse.Namespace) -> int:
    from kg.sparql.http import auth_for
    from kg.triplestore.publish import ProgressBar, publish

    bar = ProgressBar(sys.stderr)
    try:
        report = publish(
            args.kg,
            args.store_url,
            args.graph,
            update_url=args.update_url,
            auth=auth_for(args.user, args.auth),
            user=args.user,
            progress=bar,
        )
    finally:
        bar.close()
    print(report.text())
    for note in report.notes:
        print(f"kg publish: note: {note}", file=sys.stderr)
    return 0


# --- The parser -----------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    """The whole command line; its command and option names are a public contract."""
    root = argparse.ArgumentParser(
        prog="kg",
        description="dlkg: the knowledge graph of regional digital-literacy coalitions.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    root.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    root.add_argument(
        "--debug", action="store_true", help="on an internal error, print the whole traceback"
    )
    commands = root.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str, handler: Handler, help_text: str, example: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=f"example:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(handler=handler)
        return sub

    from kg.rdf.iri import DEFAULT_BASE

    sub = command(
        "build",
        _build,
        "Build, validate and write the graph from a data folder.",
        "kg build --data data --out build",
    )
    sub.add_argument("--data", default="data", metavar="DIR", help="the sources (default: data/)")
    sub.add_argument("--out", default="build", metavar="DIR", help="the outputs (default: build/)")
    sub.add_argument(
        "--base",
        default=DEFAULT_BASE,
        metavar="IRI",
        help=f"the base of minted IRIs (default: {DEFAULT_BASE})",
    )
    sub.add_argument("-v", "--verbose", action="store_true", help="list every SHACL warning")

    sub = command(
        "validate",
        _validate,
        "Validate any RDF file against the SHACL shapes.",
        "kg validate build/kg.ttl",
    )
    sub.add_argument("file", metavar="FILE")
    sub.add_argument("-v", "--verbose", action="store_true", help="list every SHACL warning")

    sub = command(
        "extract",
        _extract,
        "Read Dutch press releases into Turtle, with evidence.",
        "kg extract data/sources/*.txt --out facts.ttl",
    )
    sub.add_argument("files", nargs="+", metavar="FILE")
    sub.add_argument("--out", metavar="FILE.ttl", help="write here instead of standard output")
    sub.add_argument(
        "--data",
        default="data",
        metavar="DIR",
        help="curated tables whose names and aliases help (default: data/)",
    )
    sub.add_argument("--base", default=DEFAULT_BASE, metavar="IRI", help="the base of minted IRIs")

    from kg.curation.command import EXAMPLE, HELP, options, run

    options(command("review", run, HELP, EXAMPLE))

    sub = command(
        "queries",
        _queries,
        "List the catalogue of questions, or explain one.",
        "kg queries members",
    )
    sub.add_argument(
        "name", nargs="?", metavar="NAME", help="one question: its parameters and examples"
    )
    sub.add_argument("--format", choices=("table", "json"), default="table")
    _lang_option(sub)

    sub = command(
        "query",
        _query,
        "Answer a question: a catalogue name or a .rq file.",
        "kg query members --param coalition=coalition/digital-literacy-coalition-groningen",
    )
    sub.add_argument("query", metavar="NAME|FILE.rq")
    sub.add_argument(
        "--param",
        action="append",
        type=_param,
        default=[],
        metavar="NAME=VALUE",
        help="bind a declared parameter (repeatable)",
    )
    _kg_option(sub, remote=True)
    sub.add_argument(
        "--engine",
        default="oxigraph",
        choices=("oxigraph", "rdflib"),
        help="the local engine (default: oxigraph)",
    )
    sub.add_argument("--format", choices=("table", "csv", "tsv", "json", "turtle"), default="table")
    sub.add_argument("--iri", action="store_true", help="in a table, show IRIs beside their labels")
    sub.add_argument(
        "--raw",
        action="store_true",
        help="csv/tsv for machines: keep cells that start with = + - @ as they are "
        "(by default they get a leading apostrophe, so a spreadsheet does not run them)",
    )
    sub.add_argument("--base", metavar="IRI", help="resolve relative IRI parameters here")
    _lang_option(sub)

    for name, handler, help_text, example in (
        (
            "analyze",
            _analyze,
            "Network measures: centrality, bridges, sector mix, communities.",
            "kg analyze --view members --format table",
        ),
        (
            "export",
            _export,
            "Export a network view for Gephi and other tools.",
            "kg export --format graphml --out build/network.graphml",
        ),
        (
            "viz",
            _viz,
            "Write the interactive network as one offline HTML file.",
            "kg viz --view members --out build/network.html",
        ),
    ):
        sub = command(name, handler, help_text, example)
        _kg_option(sub, remote=name != "export")
        default = "all" if name == "analyze" else DEFAULT_VIEW
        sub.add_argument(
            "--view", default=default, choices=VIEWS, help=f"the view (default: {default})"
        )
        _lang_option(sub)
        if name == "analyze":
            sub.add_argument("--format", choices=("table", "csv", "json"), default="table")
        elif name == "export":
            sub.add_argument("--format", choices=("graphml", "gexf", "json"), required=True)
            sub.add_argument("--out", required=True, metavar="FILE")
        else:
            sub.add_argument("--out", default="build/network.html", metavar="FILE.html")
            when = "a snapshot: the network as of DATE (YYYY-MM-DD)"
            sub.add_argument("--as-of", metavar="DATE", type=date.fromisoformat, help=when)

    sub = command(
        "report",
        _report,
        "Write the one-page report for policy makers.",
        "kg report --out build/report.html",
    )
    _kg_option(sub)
    sub.add_argument("--out", default="build/report.html", metavar="FILE.html")
    _lang_option(sub)

    sub = command(
        "serve",
        _serve,
        "Serve a SPARQL endpoint and the linked-data site.",
        "kg serve --port 8000 --base http://localhost:8000/",
    )
    _kg_option(sub)
    sub.add_argument("--host", default="127.0.0.1")
    sub.add_argument("--port", type=int, default=8000)
    help_timeout = "seconds a query may run (default: 10)"
    sub.add_argument("--timeout", type=float, default=10.0, metavar="S", help=help_timeout)
    help_base = "the public address of the site; minted IRIs resolve under it"
    sub.add_argument("--base", metavar="IRI", help=help_base)

    sub = command(
        "publish",
        _publish,
        "Load the graph into a triplestore (Graph Store Protocol).",
        "kg publish --store-url http://localhost:7878/store --graph https://example.org/dlkg",
    )
    _kg_option(sub)
    help_store = "the Graph Store Protocol endpoint"
    sub.add_argument("--store-url", required=True, metavar="URL", help=help_store)
    sub.add_argument("--graph", required=True, metavar="IRI", help="the named graph to replace")
    help_update = "a SPARQL Update endpoint, for stores without the Graph Store Protocol"
    sub.add_argument("--update-url", metavar="URL", help=help_update)
    _credentials(sub)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    """Run `kg`; return the exit code (see `kg.errors`)."""
    args = parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except (InputError, ServiceError) as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader stopped reading (`kg queries | head`): nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # anything else is a bug in dlkg, not the user's fault
        if args.debug:
            traceback.print_exc()
        print(
            f"kg {args.command}: this is a bug in dlkg: {type(exc).__name__}: {exc}\n"
            "Please report it on the dlkg issue tracker with the command you ran and the output "
            "of the same command with --debug.",
            file=sys.stderr,
        )
        return BUG


if __name__ == "__main__":
    sys.exit(main())
