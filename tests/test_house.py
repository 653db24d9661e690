"""The shape of the code: the tree reads as the pipeline, with no cycles, no private reach-ins
across stages, no module too long to read in one sitting, and the library keeps its promise."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kg"
MODULES = sorted(PACKAGE.rglob("*.py"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAX_LINES = 500


def _name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _stage(module: str) -> str:
    """The folder a module belongs to (`kg.sparql.text` -> `sparql`), or `kg` for the top."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 else "kg"


def _runtime_imports(path: Path, top_only: bool = False) -> list[tuple[str, list[str]]]:
    """(module, names) of every `kg` import that runs: not those under `if TYPE_CHECKING:`;
    with `top_only`, only those that run when the module is imported (not inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    deferred = {
        id(node)
        for function in ast.walk(tree)
        if top_only and isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
    }
    typing_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for stmt in block.body
        for node in ast.walk(stmt)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in typing_only or id(node) in deferred:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg"):
            found.append((node.module, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names if a.name.startswith("kg")]
    return found


def test_modules_were_found() -> None:
    assert len(MODULES) > 40  # a glob that finds nothing cannot pass the tests below


def test_no_import_cycle() -> None:
    """No cycle among the imports that run when a module is imported. (Imports inside functions
    load heavy libraries late; kg/__init__ reaches every stage that way.)"""
    modules = {_name(path) for path in MODULES}
    graph: dict[str, set[str]] = {}
    for path in MODULES:
        targets = set()
        for module, names in _runtime_imports(path, top_only=True):
            for name in names or [""]:
                child = f"{module}.{name}"
                targets.add(child if child in modules else module)
        graph[_name(path)] = {t for t in targets if t in modules and t != _name(path)}
    done: set[str] = set()

    def visit(node: str, trail: list[str]) -> None:
        if node in trail:
            cycle = [*trail[trail.index(node) :], node]
            pytest.fail("import cycle: " + " -> ".join(cycle))
        if node in done:
            return
        for target in sorted(graph.get(node, ())):
            visit(target, [*trail, node])
        done.add(node)

    for node in sorted(graph):
        visit(node, [])


def test_no_private_name_is_imported_across_modules() -> None:
    reaching = [
        f"{_name(path)} imports {name} from {module}"
        for path in MODULES
        for module, names in _runtime_imports(path)
        for name in names
        if name.startswith("_") and not name.endswith("__") and module != _name(path)
    ]
    assert reaching == []


def test_every_module_is_short_and_says_what_it_is_for() -> None:
    for path in MODULES:
        text = path.read_text(encoding="utf-8")
        assert text.count("\n") < MAX_LINES, f"{path.relative_to(ROOT)} has over {MAX_LINES} lines"
        doc = ast.get_docstring(ast.parse(text))
        assert doc and doc.strip(), f"{path.relative_to(ROOT)} has no docstring"


def test_the_readme_maps_the_folders_in_pipeline_order() -> None:
    section = README.split("## For developers", 1)[1].split("\n## ", 1)[0]
    listed = [line.split("`")[1] for line in section.splitlines() if line.startswith("| `kg/")]
    folders = sorted(
        f"kg/{p.name}/" for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()
    )
    assert sorted(listed) == folders
    # the pipeline reads top to bottom: every stage imports only stages listed above it
    rank = {folder.split("/")[1]: n for n, folder in enumerate(listed)}
    for path in MODULES:
        stage = _stage(_name(path))
        if stage not in rank:
            continue
        for module, _names in _runtime_imports(path):
            other = _stage(module)
            if other in rank:
                assert rank[other] <= rank[stage], f"{_name(path)} reaches down to {module}"


def test_every_command_is_a_function_of_kg() -> None:
    from tests.test_docs import _commands

    commands = sorted(_commands())  # every command of the CLI, as kg.<command>
    code = "import kg; " + "; ".join(
        f"print(kg.{name}.__doc__.splitlines()[0])" for name in commands
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    firsts = out.stdout.splitlines()
    assert len(firsts) == len(commands) and all(line.startswith("`kg ") for line in firsts)
    assert [line.split("`")[1].split()[1] for line in firsts] == commands


def test_a_service_failure_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_publish import free_port

    nowhere = f"http://127.0.0.1:{free_port()}/query"
    assert main(["query", "members", "--endpoint", nowhere]) == 3
    err = capsys.readouterr().err
    assert err.startswith("kg query: error: remote query: cannot reach")
    assert "members.rq" not in err  # a network failure is not the query file's fault


def test_a_bug_exits_4_and_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], seed_build: Path
) -> None:
    import kg.sparql.catalogue

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a slip")

    monkeypatch.setattr(kg.sparql.catalogue, "run", broken)
    assert main(["query", "members", "--kg", str(seed_build)]) == 4
    err = capsys.readouterr().err
    assert "this is a bug in dlkg: ZeroDivisionError: a slip" in err
    assert "Traceback" not in err
    assert main(["--debug", "query", "members", "--kg", str(seed_build)]) == 4
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_one_version_from_the_package_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    import kg

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"dlkg {version('dlkg')}\n" == f"dlkg {kg.__version__}\n"
