"""The outcome of a validation: findings, and whether the graph conforms."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

__all__ = ["Finding", "Report"]


@dataclass(frozen=True, order=True)
class Finding:
    """One SHACL result: how bad, about what, and why."""

    severity: str  # "Violation" | "Warning" | "Info"
    focus: str
    path: str
    message: str
    shape: str  # the shape or, for SPARQL constraints, the constraint that failed


@dataclass
class Report:
    """The outcome of a validation: it conforms when there is no violation."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self, verbose: bool = False) -> str:
        """Every violation on a line; warnings counted by message unless `verbose`."""
        lines = [
            f"SHACL: {'conforms' if self.conforms else 'does NOT conform'}: "
            f"{len(self.violations)} violations, {len(self.warnings)} warnings"
        ]
        lines += [f"  Violation  {_short(f.focus)}: {f.message}" for f in self.violations]
        if verbose:
            lines += [f"  {f.severity:<10} {_short(f.focus)}: {f.message}" for f in self.warnings]
        else:
            for message, n in sorted(Counter(f.message for f in self.warnings).items()):
                lines.append(f"  Warning    {n} x {message}")
        return "\n".join(lines)


def _short(iri: str) -> str:
    return iri.rsplit("/", 2)[-2] + "/" + iri.rsplit("/", 1)[-1] if iri.count("/") > 3 else iri
