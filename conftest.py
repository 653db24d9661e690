"""Shared fixtures: graphs built once per session from the real data and from test folders, and
the names the doctests in kg/ may use (the package, the seed build and a scratch folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import kg

ROOT = Path(__file__).resolve().parent
TESTS = ROOT / "tests"

pytest_plugins = ["tests.browser"]


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph of data/ (the Groningen coalition), built once; read-only for tests."""
    from kg.assembly.build import build

    out = tmp_path_factory.mktemp("seed") / "build"
    build(ROOT / "data", out)
    return out


@pytest.fixture(scope="session")
def two_coalitions_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second, small data folder: two coalitions that share members; built once."""
    from kg.assembly.build import build

    out = tmp_path_factory.mktemp("two") / "build"
    build(TESTS / "data" / "two-coalitions", out)
    return out


@pytest.fixture(autouse=True)
def _doctest_names(request: pytest.FixtureRequest, doctest_namespace: dict[str, Any]) -> None:
    if isinstance(request.node, pytest.DoctestItem):
        doctest_namespace["kg"] = kg
        doctest_namespace["seed"] = request.getfixturevalue("seed_build")
        doctest_namespace["tmp"] = Path(request.getfixturevalue("tmp_path"))
