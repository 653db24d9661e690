"""The linked-data pages tell time: membership periods and dated partner counts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.test_serve import start_server, stop_server

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def client(seed_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    server = start_server(seed_build, tmp_path_factory.mktemp("site-time") / "log")
    try:
        with httpx.Client(base_url=server.url, timeout=30, headers={"Accept": "text/html"}) as http:
            yield http
    finally:
        stop_server(server)


def test_a_coalition_page_lists_its_dated_counts(client: httpx.Client) -> None:
    page = client.get("/coalition/digital-literacy-coalition-groningen").text
    section = page.split("Partner counts over time", 1)[1].split("</table>", 1)[0]
    rows = [r.split("</td>")[0].rsplit(">", 1)[-1] for r in section.split("<tr><td>")[1:]]
    assert rows == ["2020-03-23", "2020-03-23", "2021-02-18", "2023-04-03", "undated"]
    assert "<q>negentien partijen</q>" in section and "<td>19</td>" in section


def test_a_membership_says_since_when_it_is_known(client: httpx.Client) -> None:
    page = client.get("/organisation/umcg").text
    assert "known since 2020-03-23" in page
