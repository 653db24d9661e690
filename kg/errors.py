"""What can go wrong, as the exit codes a script can trust: bad input (2) or a failed service (3).

| code | meaning |
|---|---|
| 0 | fine |
| 1 | the answer is "no": SHACL violations, an ASK query answered false |
| 2 | bad input or usage: a source, a parameter or a query the user can fix (`InputError`) |
| 3 | a service could not be reached or failed: an endpoint, a triplestore (`ServiceError`) |
| 4 | an internal error: a bug in dlkg |
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["BUG", "FINE", "INPUT", "NO", "SERVICE", "InputError", "ServiceError"]

FINE, NO, INPUT, SERVICE, BUG = 0, 1, 2, 3, 4


class InputError(ValueError):
    """Bad input: a source, a parameter or a query the user can fix. The CLI exits 2.

    >>> str(InputError("unknown sector 'edu'", "data/organisations.csv", 7))
    "data/organisations.csv:7: unknown sector 'edu'"
    """

    exit_code = INPUT

    def __init__(self, problem: str, file: str | Path | None = None, line: int | None = None):
        self.problem = problem
        self.file = str(file) if file is not None else None
        self.line = line
        where = self.file or ""
        if where and line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {problem}" if where else problem)


class ServiceError(RuntimeError):
    """A service failed: unreachable, refused, timed out or answered an error. The CLI exits 3.

    `status` is the HTTP status code when the service answered, else None.

    >>> ServiceError("cannot reach http://localhost:7878/store", 502).status
    502
    """

    exit_code = SERVICE

    def __init__(self, problem: str, status: int | None = None):
        super().__init__(problem)
        self.problem = problem
        self.status = status
