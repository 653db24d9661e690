"""Errors that name the file, the line and the problem."""

from __future__ import annotations

from pathlib import Path

__all__ = ["InputError"]


class InputError(ValueError):
    """Bad input: a source, a parameter or a query the user can fix. The CLI exits 2.

    >>> str(InputError("unknown sector 'edu'", "data/organisations.csv", 7))
    "data/organisations.csv:7: unknown sector 'edu'"
    """

    def __init__(self, problem: str, file: str | Path | None = None, line: int | None = None):
        self.problem = problem
        self.file = str(file) if file is not None else None
        self.line = line
        where = self.file or ""
        if where and line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {problem}" if where else problem)
