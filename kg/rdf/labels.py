"""Which of a thing's labels a reader sees: the one in their language, and links that are safe."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["pick_label", "safe_url"]


def pick_label(labels: Mapping[str, str], lang: str, fallback: str = "") -> str:
    """The label in `lang`, else one without a language, else English, else Dutch, else the
    smallest of the rest; `fallback` when there is none. `labels` maps a language tag ('' for
    none) to the text.

    >>> pick_label({"nl": "zorg", "en": "healthcare"}, "nl"), pick_label({"": "UMCG"}, "en")
    ('zorg', 'UMCG')
    >>> pick_label({"de": "Gesundheit", "fr": "santé"}, "en"), pick_label({}, "en", "umcg")
    ('Gesundheit', 'umcg')
    """
    for key in (lang, "", "en", "nl"):
        if key in labels:
            return labels[key]
    return min(labels.values(), default=fallback)


def safe_url(url: str | None) -> str | None:
    """`url` if it is an http(s) URL a page may link to, else None.

    >>> safe_url("https://www.umcg.nl/"), safe_url("javascript:alert(1)")
    ('https://www.umcg.nl/', None)
    """
    if url and url.split(":", 1)[0].lower() in ("http", "https") and "://" in url:
        return url
    return None
