"""A build folder switched in as one unit: written beside the old one, swapped by one rename.

`build/` is a symbolic link to a version folder beside it, `.build.<12 hex digits>/`. A new
build is written completely into a new version folder; then one `rename` of a new link over
`build` switches every reader (`kg query --kg build`, `kg serve`, a person's `ls`) from the old
build to the new one at once: nobody ever sees files of two builds, or no store. Afterwards the
old version folder is removed. A build killed at any point leaves the old build whole; what it
had written beside it (a staging folder, a link) is removed by the next build.

A `build/` that is a plain folder (as older dlkg versions wrote it) is exchanged for the link
atomically where Linux's `renameat2(RENAME_EXCHANGE)` is available, and else moved aside just
before the link takes its place. Files in the old build that the build does not write (say
`network.html` from `kg viz --out build/network.html`) are carried into the new version.

One build at a time may write a given folder.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

__all__ = ["STEP_HOOK", "Version", "carry_over", "clean_stale", "step", "switch_in", "version_of"]

STEP_HOOK = "DLKG_TEST_EXIT_AFTER_STEP"
"""For tests only: `kg build` ends the process (os._exit(99)) right after this step number of
the output phase, as a kill would, so that every step can be shown to be safe."""

_steps = [0]


def step(name: str) -> None:
    """Mark the end of a step of the output phase (see `STEP_HOOK`)."""
    _steps[0] += 1
    wanted = os.environ.get(STEP_HOOK)
    if wanted and int(wanted) == _steps[0]:
        os.write(2, f"exiting after step {_steps[0]}: {name}\n".encode())
        os._exit(99)


def _pattern(out: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(out.name)}\.(link-)?[0-9a-f]{{12}}")


class Version:
    """A new version folder beside `out`, to be filled and switched in."""

    def __init__(self, out: Path):
        self.out = out
        self.token = secrets.token_hex(6)
        self.path = out.parent / f".{out.name}.{self.token}"

    def create(self) -> Path:
        """Remove what killed builds left beside `out`, then make the empty version folder."""
        parent = self.out.parent
        if parent.exists() and not parent.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(self.out))
        parent.mkdir(parents=True, exist_ok=True)
        clean_stale(self.out)
        self.path.mkdir()
        return self.path

    def discard(self) -> None:
        """Remove the version folder (and its link) after a failure; the old build stays."""
        shutil.rmtree(self.path, ignore_errors=True)
        link = self.out.parent / f".{self.out.name}.link-{self.token}"
        if link.is_symlink():
            link.unlink()


def version_of(out: Path) -> Path | None:
    """The version folder `out` links to, when it is such a link."""
    if not out.is_symlink():
        return None
    target = Path(os.readlink(out))
    return out.parent / target if _pattern(out).fullmatch(target.name) else None


def clean_stale(out: Path) -> list[Path]:
    """Remove the staging folders and links killed builds left beside `out`; say which."""
    if not out.parent.is_dir():
        return []
    current = version_of(out)
    pattern = _pattern(out)
    removed = []
    for entry in out.parent.iterdir():
        if not pattern.fullmatch(entry.name) or (current and entry.name == current.name):
            continue
        if entry.is_symlink() or entry.is_file():
            entry.unlink()
        else:
            shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def carry_over(out: Path, into: Path, written: Iterable[str]) -> None:
    """Hard-link (else copy) what the old build holds that the build does not write."""
    if not out.is_dir():
        return
    skip = set(written)
    for entry in out.iterdir():
        if entry.name in skip or entry.name.startswith("."):
            continue
        target = into / entry.name
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(entry, target)


def _link_or_copy(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def switch_in(version: Version, mark: Callable[[str], None] = step) -> None:
    """Point `out` at the new version folder in one rename; then remove the old version."""
    out = version.out
    link = out.parent / f".{out.name}.link-{version.token}"
    os.symlink(version.path.name, link)
    mark("link made")
    old = version_of(out)
    if out.is_symlink() or not out.exists():
        os.replace(link, out)  # one rename: readers see the old build or the new one
        mark("switched")
    else:  # a plain folder from an older dlkg
        if not _exchange(link, out):
            os.rename(out, link.with_name(f".{out.name}.{secrets.token_hex(6)}"))
            mark("old folder moved aside")
            os.replace(link, out)
        mark("switched")
        old = None  # the old folder now has a stale name; clean_stale removes it below
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    clean_stale(out)
    mark("old build removed")


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False when unavailable."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    # afterwards `a` (a name clean_stale recognises) holds the old folder
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0
