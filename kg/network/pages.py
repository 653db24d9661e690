"""The Jinja2 environment that draws dlkg's HTML pages: templates from kg/templates, autoescaped."""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2

from kg.assets import asset

__all__ = ["environment", "render"]


def _finalize(value: Any) -> Any:
    """A missing value (None) prints as nothing, like an empty cell.

    >>> _finalize(None), _finalize(0)
    ('', 0)
    """
    return "" if value is None else value


@cache
def environment() -> jinja2.Environment:
    """The shared environment: every text is escaped unless marked `Markup` on purpose."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(asset("templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, **context: Any) -> str:
    """`template` (a file name under kg/templates) filled with `context`."""
    return environment().get_template(template).render(**context)
