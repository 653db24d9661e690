"""`kg build` says what it is doing on a terminal, and nothing anywhere else (issue 17)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from kg.assembly.build import build

ROOT = Path(__file__).resolve().parent.parent
STAGES = [
    "reading the tables",
    "reading the texts",
    "sorting the quads",
    "writing kg.nt",
    "validating (SHACL)",
    "writing kg.ttl",
    "loading the store",
    "switching the new build in",
]


def test_build_names_its_stages_in_order_and_writes_the_same_bytes(
    tmp_path: Path, seed_build: Path
) -> None:
    stages: list[str] = []
    build(ROOT / "data", tmp_path / "build", progress=stages.append)
    positions = [stages.index(stage) for stage in STAGES]
    assert positions == sorted(positions), stages
    assert len(stages) == len(set(stages))
    # watching a build changes nothing it writes
    assert (tmp_path / "build" / "kg.nt").read_bytes() == (seed_build / "kg.nt").read_bytes()


def _kg_build(out: Path, stderr: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    command = [sys.executable, "-m", "kg", "build", "--data", "data", "--out", str(out)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, env=env)


def test_quiet_when_standard_error_is_not_a_terminal(tmp_path: Path) -> None:
    process = _kg_build(tmp_path / "build", subprocess.PIPE)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert b"kg build:" not in err and b"validating" not in err
    assert out.startswith(b"built ")


def test_a_terminal_sees_each_stage(tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    process = _kg_build(tmp_path / "build", follower)
    os.close(follower)
    seen = b""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the build has ended
                break
            if not chunk:
                break
            seen += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    out = process.stdout.read() if process.stdout else b""
    assert process.wait(timeout=60) == 0
    shown = seen.decode("utf-8", "replace")
    for stage in ("reading the texts", "validating (SHACL)", "loading the store"):
        assert f"kg build: {stage} (" in shown, shown[-2000:]
    assert out.startswith(b"built ")  # the result still goes to standard output, unchanged
