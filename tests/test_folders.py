"""Folders that cannot be read or written: `kg build` exits 2 with the path and the reason."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.assembly.switch import STEP_HOOK
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
NOBODY = 65534
DROP = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def _as_nobody(*args: str) -> subprocess.CompletedProcess[str]:
    """`kg` run as an unprivileged user, so that permission bits really deny (tests run as root)."""
    return subprocess.run(
        [*DROP, sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def _can_drop_privileges() -> bool:
    if shutil.which("setpriv") is None:
        return False
    try:
        probe = subprocess.run(
            [*DROP, sys.executable, "-c", "import kg.cli, os; print(os.getuid())"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
    except OSError:
        return False
    return probe.returncode == 0 and probe.stdout.strip() == str(NOBODY)


unprivileged = pytest.mark.skipif(
    not _can_drop_privileges(), reason="needs setpriv and a user 65534 that can run Python here"
)


@pytest.fixture
def shared() -> Iterator[Path]:
    """A scratch folder the unprivileged user may enter (pytest's own is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="dlkg-folders-"))
    folder.chmod(0o755)
    shutil.copytree(DATA, folder / "data")
    yield folder
    for path in (folder, *folder.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


@unprivileged
def test_unreadable_data_folder(shared: Path) -> None:
    (shared / "data").chmod(0)
    run = _as_nobody("build", "--data", str(shared / "data"), "--out", str(shared / "out"))
    assert run.returncode == 2, run.stderr
    assert f"{shared / 'data'}: cannot read the data folder: Permission denied" in run.stderr
    assert "Traceback" not in run.stderr


@unprivileged
def test_unreadable_folder_of_texts(shared: Path) -> None:
    (shared / "data" / "sources").chmod(0)
    run = _as_nobody("build", "--data", str(shared / "data"), "--out", str(shared / "out"))
    assert run.returncode == 2, run.stderr
    sources = shared / "data" / "sources"
    assert f"{sources}: cannot read the folder of texts: Permission denied" in run.stderr
    assert "is not in" not in run.stderr


@unprivileged
def test_read_only_build_folder(shared: Path) -> None:
    out = shared / "out"
    assert main(["build", "--data", str(shared / "data"), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    run = _as_nobody("build", "--data", str(shared / "data"), "--out", str(out))
    assert run.returncode == 2, run.stderr
    assert ": cannot write the build: Permission denied" in run.stderr
    assert str(shared) in run.stderr
    assert "Traceback" not in run.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_a_file_where_the_folder_of_texts_belongs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    shutil.rmtree(data / "sources")
    (data / "sources").write_text("not a folder\n")
    assert main(["build", "--data", str(data), "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert f"{data / 'sources'}: cannot read the folder of texts: it is a file" in error


def test_a_file_where_the_data_folder_belongs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "data").write_text("not a folder\n")
    assert main(["build", "--data", str(tmp_path / "data"), "--out", str(tmp_path / "o")]) == 2
    assert "cannot read the data folder: it is a file" in capsys.readouterr().err


def test_a_file_where_the_build_folder_belongs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "taken").write_text("a file\n")
    out = tmp_path / "taken" / "build"
    assert main(["build", "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert f"{out}: cannot write the build: Not a directory" in error
    assert (tmp_path / "taken").read_text() == "a file\n"


def test_oserror_names_the_folder_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk (simulated at the OS call) is reported like the other folder errors."""
    real = os.replace

    def full(src: object, dst: object) -> None:
        raise OSError(28, os.strerror(28), str(src))

    monkeypatch.setattr(os, "replace", full)
    assert main(["build", "--out", str(tmp_path / "b")]) == 2
    monkeypatch.setattr(os, "replace", real)
    error = capsys.readouterr().err
    assert f"{tmp_path / 'b'}: cannot write the build: No space left on device" in error


# --- The build is switched in as one unit (issue 18, item 5) -------------------------------------

BUILDS = {"seed": DATA, "two": ROOT / "tests" / "data" / "two-coalitions"}
TEXTS = ("kg.ttl", "kg.trig", "kg.nt", "kg.jsonld", "manifest.json")


def _state(out: Path) -> dict[str, bytes]:
    """The text files of the build at `out`, after checking that they and the store agree."""
    import hashlib
    import json

    import pyoxigraph as ox

    files = {name: (out / name).read_bytes() for name in TEXTS}
    manifest = json.loads(files["manifest.json"])
    assert manifest["sha256"] == hashlib.sha256(files["kg.nt"]).hexdigest()
    store = ox.Store.read_only(str(out / "store"))
    triples = store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert int(next(iter(triples))["n"].value) == manifest["triples"]  # type: ignore[arg-type, index]
    return files


def _build(data: Path, out: Path, step: int | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop(STEP_HOOK, None)
    if step is not None:
        env[STEP_HOOK] = str(step)
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", "--data", str(data), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


def test_a_build_killed_after_any_step_leaves_one_whole_build(tmp_path: Path) -> None:
    out = tmp_path / "build"
    expected = {}
    for name, data in BUILDS.items():
        assert _build(data, tmp_path / name).returncode in (0, 1)
        expected[name] = {file: (tmp_path / name / file).read_bytes() for file in TEXTS}
    assert _build(DATA, out).returncode == 0
    (out / "network.html").write_text("drawn by kg viz\n")
    current = "seed"
    killed_at = []
    for n in range(1, 40):
        other = "two" if current == "seed" else "seed"
        run = _build(BUILDS[other], out, step=n)
        if run.returncode != 99:  # past the last step: the build ran to its end
            assert run.returncode in (0, 1), run.stderr
            assert _state(out) == expected[other]
            break
        killed_at.append(run.stderr.strip().rsplit(": ", 1)[-1])
        state = _state(out)  # whole and consistent, after a kill at step n
        assert state in (expected[current], expected[other]), f"mixed after step {n}"
        if state == expected[other]:
            current = other
        assert (out / "network.html").read_text() == "drawn by kg viz\n"
        beside = [p.name for p in tmp_path.iterdir() if p.name.startswith(".build.")]
        assert len(beside) <= 3, beside  # the version in use, and what this one kill left
    assert len(killed_at) >= 10 and "switched" in killed_at and "store written" in killed_at
    # the last build cleaned up what the kills left: the link and the one version it names
    beside = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".build."))
    assert beside == [os.readlink(out)]


def test_a_plain_build_folder_becomes_a_link_and_keeps_other_files(tmp_path: Path) -> None:
    """A build/ from an older dlkg: exchanged for the link, its other files carried over."""
    out = tmp_path / "build"
    out.mkdir()
    (out / "kg.nt").write_text("old\n")
    (out / "report.html").write_text("<p>report</p>\n")
    (out / ".kg.nt.stale").write_text("left by an old killed build\n")
    assert _build(DATA, out).returncode == 0
    assert out.is_symlink()
    assert (out / "report.html").read_text() == "<p>report</p>\n"
    assert not (out / ".kg.nt.stale").exists()
    _state(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["build", os.readlink(out)])
