"""Shared fixtures: graphs built once per session from the real data and from test folders."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent

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
