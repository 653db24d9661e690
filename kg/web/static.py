"""`/static/...`: the site's own style sheet and scripts, and the libraries the editor uses.

Every file is served from the package, never from elsewhere, so the site works offline:

- `site.css`, `editor.js`: ours, in `kg/templates/site/`;
- `yasgui/yasgui.min.js`, `yasgui/yasgui.min.css`, `yasgui/LICENSE`: YASGUI (`@zazuko/yasgui`,
  version `YASGUI_VERSION`), vendored in `kg/web/vendor/yasgui/` (its README says from where);
- `vis/vis-network.min.js`, `vis/vis-network.css`: vis-network, from the installed pyvis package,
  for the editor's network view (the same copy `kg viz` inlines).

The names are a fixed table: a request names a file of it or gets 404, so no path is ever built
from what a client sent.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from kg.web.site import TEMPLATES, plain

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

__all__ = ["VENDOR", "YASGUI_VERSION", "files", "static", "yasgui_styles"]

VENDOR = Path(__file__).resolve().parent / "vendor"
YASGUI_VERSION = "4.6.2"
"""The vendored `@zazuko/yasgui` release."""
CSS = "text/css; charset=utf-8"
JS = "text/javascript; charset=utf-8"
TEXT = "text/plain; charset=utf-8"


def _vis() -> Path:
    """The folder of the newest vis-network copy the installed pyvis carries."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")  # found, not imported: pyvis imports a lot
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the pyvis package is not installed")
    lib = Path(spec.origin).resolve().parent / "lib"
    found = sorted(
        lib.glob("vis-*/vis-network.min.js"),
        key=lambda p: tuple(int(x) for x in p.parent.name[4:].split(".") if x.isdigit()),
    )
    if not found:
        raise FileNotFoundError(f"vis-network.min.js not found under {lib}")
    return found[-1].parent


@functools.cache
def files() -> dict[str, tuple[Path, str]]:
    """Every file under /static/: its name there, its path and its content type."""
    vis = _vis()
    return {
        "site.css": (TEMPLATES / "site.css", CSS),
        "editor.js": (TEMPLATES / "editor.js", JS),
        "yasgui/yasgui.min.js": (VENDOR / "yasgui" / "yasgui.min.js", JS),
        "yasgui/yasgui.min.css": (VENDOR / "yasgui" / "yasgui.min.css", CSS),
        "yasgui/LICENSE": (VENDOR / "yasgui" / "LICENSE", TEXT),
        "vis/vis-network.min.js": (vis / "vis-network.min.js", JS),
        "vis/vis-network.css": (vis / "vis-network.css", CSS),
    }


@functools.cache
def yasgui_styles() -> tuple[str, ...]:
    """The CSP hashes (`'sha256-...'`) of the style elements YASGUI's bundle writes itself.

    Its table's column resizer adds one fixed `<style>` to the page. Allowing exactly that text
    by its hash keeps the editor's `style-src` closed to any other inline style. Read from the
    vendored bundle, so a new version brings its own hash (and `tests/test_editor.py`, which
    fails on any policy violation, tells when the pattern no longer matches).
    """
    import base64
    import hashlib
    import re

    bundle = (VENDOR / "yasgui" / "yasgui.min.js").read_text(encoding="utf-8")
    texts = re.findall(r"\.createStyle\(\w+,`([^`$]*)`\)", bundle)
    return tuple(
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
        for text in dict.fromkeys(texts)
    )


async def static(request: Request) -> Response:
    """One file of the table, with a validator so a browser asks again cheaply."""
    from starlette.responses import Response

    name = request.path_params["name"]
    entry = files().get(name)
    if entry is None:
        return plain(404, f"no such file: {name}")
    path, media_type = entry
    stat = path.stat()
    etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
    headers = {
        "Cache-Control": "max-age=300",
        "ETag": etag,
        "X-Content-Type-Options": "nosniff",
    }
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(path.read_bytes(), media_type=media_type, headers=headers)
