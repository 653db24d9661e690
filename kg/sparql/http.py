"""HTTP to SPARQL services, shared by `kg query --endpoint` and `kg publish`: one request with
errors a person can act on (unreachable servers, refused credentials, HTTP errors with the
server's own message), credentials, and a client with time limits."""

from __future__ import annotations

import getpass
import html
import os
import re
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg import __version__
from kg.errors import InputError, ServiceError

if TYPE_CHECKING:
    import httpx

__all__ = ["RemoteError", "auth_for", "make_client", "password", "send", "server_message"]


class RemoteError(ServiceError):
    """A remote SPARQL service failed: unreachable, refused, or answered an HTTP error.

    `status` is the HTTP status code when the server answered, else None."""


_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def server_message(response: httpx.Response, limit: int = 800) -> str:
    """The server's explanation in a response body, as one line of plain text."""
    try:
        text = response.text
    except Exception:  # an undecodable or unread body
        return ""
    if "html" in response.headers.get("content-type", "") or text.lstrip().startswith("<"):
        text = html.unescape(_TAGS.sub(" ", text))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + " …"


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return (text.rsplit("] ", 1)[-1] if text.startswith("[") else text).rstrip(".")


def send(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    what: str,
    user: str | None = None,
    expect: Iterable[int] = (),
    **kwargs: Any,
) -> httpx.Response:
    """One HTTP request with errors a person can act on.

    Network failures, refused credentials and any HTTP error status not in `expect` raise
    RemoteError; the message names the request (`what`), the URL and the server's own words."""
    import httpx

    endpoint = url.split("?", 1)[0]  # its query string holds our own parameters
    try:
        response = client.request(method, url, **kwargs)
    except httpx.ConnectTimeout:
        raise RemoteError(
            f"{what}: cannot reach {endpoint}: the connection timed out "
            "(is the host right, and is a firewall in the way?)"
        ) from None
    except httpx.ConnectError as exc:
        raise RemoteError(
            f"{what}: cannot reach {endpoint}: {_reason(exc)} "
            "(is the server running, and are the host and port right?)"
        ) from None
    except httpx.TimeoutException:
        seconds = client.timeout.read
        within = f" within {seconds:g} s" if seconds is not None else " in time"
        raise RemoteError(
            f"{what}: {endpoint} did not answer{within} (is it the right kind of endpoint? a "
            "store may never answer a request it does not understand)"
        ) from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise InputError(f"not a usable http(s) URL: {url!r} ({exc})") from None
    except httpx.TransportError as exc:
        raise RemoteError(
            f"{what}: the connection to {endpoint} broke: {_reason(exc)} "
            "(did the server stop or restart?)"
        ) from None
    if response.is_success or response.status_code in expect:
        return response
    response.read()
    message = server_message(response)
    said = f": {message}" if message else ""
    status = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
    if response.status_code == 401:
        if user:
            problem = f"the server refused the credentials of user {user!r} ({status}{said})"
        else:
            problem = (
                f"the server asks for a user name and password ({status}{said}); give "
                "--user NAME, and the password in $DLKG_PASSWORD or at the prompt"
            )
        raise RemoteError(f"{what} at {endpoint}: {problem}", response.status_code)
    if response.status_code == 403:
        who = f"user {user!r}" if user else "an anonymous user"
        raise RemoteError(
            f"{what} at {endpoint}: forbidden for {who} ({status}{said})", response.status_code
        )
    if response.is_redirect:
        where = response.headers.get("location", "?")
        raise RemoteError(
            f"{what}: {endpoint} redirects to {where} ({status}); use that URL",
            response.status_code,
        )
    raise RemoteError(f"{what}: {status} from {endpoint}{said}", response.status_code)


def password(user: str) -> str:
    """The password from $DLKG_PASSWORD, else a prompt; never from the command line."""
    value = os.environ.get("DLKG_PASSWORD")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise InputError(
            f"no password for {user!r}: set DLKG_PASSWORD (a password is never "
            "read from the command line)"
        )
    return getpass.getpass(f"password for {user}: ")


def auth_for(user: str | None, scheme: str = "basic") -> httpx.Auth | None:
    """HTTP basic or digest authentication for a user, or None without one."""
    import httpx

    if not user:
        return None
    secret = password(user)
    if scheme == "digest":
        return httpx.DigestAuth(user, secret)
    if scheme == "basic":
        return httpx.BasicAuth(user, secret)
    raise InputError(f"unknown authentication {scheme!r} (known: basic, digest)")


def make_client(auth: httpx.Auth | None = None, timeout: float = 60.0) -> httpx.Client:
    import httpx

    return httpx.Client(
        auth=auth,
        timeout=httpx.Timeout(timeout, connect=10.0),
        headers={"User-Agent": f"dlkg/{__version__}"},
    )
