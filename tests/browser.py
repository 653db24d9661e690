"""Pytest plugin: a headless Chromium for the HTML view tests.

Register with ``pytest_plugins = ["tests.browser"]`` in the root ``conftest.py``.
The browser is Debian's ``/usr/bin/chromium`` driven by Playwright; nothing is
ever downloaded. If either is missing the fixture fails (it does not skip),
with a message saying how to install it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Request

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "RecordedPage", "browser", "page"]

CHROMIUM = os.environ.get("DLKG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
INSTALL_HINT = (
    "The HTML view tests need Debian's Chromium and the Playwright Python package: "
    "`apt-get install chromium` and `.venv/bin/pip install -e '.[test]'` (Playwright) "
    "(no `playwright install`: the tests use /usr/bin/chromium), then run "
    "`.venv/bin/pytest` as the README says."
)
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@dataclass
class RecordedPage:
    """A Playwright page plus what it logged and fetched."""

    page: Page
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)

    def open(self, path: Path, *, timeout_ms: float = 30_000) -> float:
        """Open ``path`` from file:// and wait until the page sets ``data-ready``.

        Returns the seconds from navigation start to the moment the network
        was drawn (the page's own ``performance.now()`` at ready).
        """
        self.page.goto(Path(path).resolve().as_uri(), wait_until="load", timeout=timeout_ms)
        self.page.wait_for_function(
            "() => document.body && document.body.dataset.ready === '1'", timeout=timeout_ms
        )
        ready_ms = self.page.evaluate(
            "() => Number(document.body.dataset.readyMs || performance.now())"
        )
        return float(ready_ms) / 1000.0

    @property
    def errors(self) -> list[str]:
        """Console errors and uncaught page errors together."""
        return self.console_errors + self.page_errors


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium (``/usr/bin/chromium``) for the whole session."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - environment problem
        pytest.fail(f"Playwright is not installed ({exc}). {INSTALL_HINT}", pytrace=False)
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found. {INSTALL_HINT}", pytrace=False)
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    manager = sync_playwright().start()
    try:
        try:
            launched = manager.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
            )
        except Exception as exc:  # pragma: no cover - environment problem
            pytest.fail(f"Could not start {CHROMIUM}: {exc}. {INSTALL_HINT}", pytrace=False)
        yield launched
        launched.close()
    finally:
        manager.stop()


@pytest.fixture
def page(browser: Browser) -> Iterator[RecordedPage]:
    """A fresh page (1280x800) that records console errors and every non-local request.

    Requests to anything but file:, data:, blob: or about: are recorded in
    ``external_requests`` and aborted, so a test can assert none left the page.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    recorded = RecordedPage(context.new_page())

    def on_console(message: Any) -> None:
        if message.type == "error":
            recorded.console_errors.append(message.text)

    def on_request(request: Request) -> None:
        if not request.url.startswith(LOCAL_SCHEMES):
            recorded.external_requests.append(request.url)

    def on_route(route: Any) -> None:
        if route.request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            route.abort()

    recorded.page.on("console", on_console)
    recorded.page.on("pageerror", lambda exc: recorded.page_errors.append(str(exc)))
    recorded.page.on("request", on_request)
    context.route("**/*", on_route)
    try:
        yield recorded
    finally:
        context.close()
