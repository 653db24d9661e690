"""Dutch number words: cardinals ("zeventien") and ordinals ("achttiende"), both ways.

Press releases write counts and positions in words or in digits ("de achttiende partij",
"de 18e partner", "zeventien andere partners", "17 andere partijen"). This module reads them
and writes them, for 1..999 in words and any whole number in digits.

Spelling follows the Dutch rules: units go before tens joined by "en" ("eenentwintig"), or by
"ën" after a unit that ends in "e" ("tweeëntwintig", "drieëntwintig"); ordinals add "de" below
twenty ("tweede", "achttiende", but "eerste", "derde", "achtste") and "ste" from twenty on
("twintigste", "eenentwintigste", "honderdste"). Reading is forgiving: case, accents
("één", "tweeentwintig" without the diaeresis), spaces and hyphens do not matter.

>>> cardinal("tweeëntwintig"), cardinal("Zeventien"), cardinal("17")
(22, 17, 17)
>>> ordinal("achttiende"), ordinal("18e"), ordinal("1ste")
(18, 18, 1)
>>> cardinal_word(21), ordinal_word(21)
('eenentwintig', 'eenentwintigste')
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["MAX_WORD", "cardinal", "cardinal_word", "ordinal", "ordinal_word"]

MAX_WORD = 999
"""The largest number this module writes and reads in words."""

_UNITS = (
    "",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
)
_TENS = (
    "",
    "",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
)
_IRREGULAR_ORDINALS = {1: "eerste", 3: "derde", 8: "achtste"}

_DIGITS = re.compile(r"[0-9]+")
_DIGIT_ORDINAL = re.compile(r"(?P<n>[0-9]+)(?:e|de|ste)")


def cardinal_word(n: int) -> str:
    """Write a whole number from 1 to 999 as a Dutch cardinal.

    One is written "één" (with accents, so that it is not read as the article "een").

    Args:
        n: The number, 1..999.

    Returns:
        The word, e.g. "zeventien", "tweeëntwintig", "honderdeenentwintig".

    Raises:
        ValueError: If n is outside 1..999.
    """
    _check_range(n)
    if n == 1:
        return "één"
    return _cardinal(n)


def ordinal_word(n: int) -> str:
    """Write a whole number from 1 to 999 as a Dutch ordinal.

    Args:
        n: The number, 1..999.

    Returns:
        The word, e.g. "eerste", "achttiende", "eenentwintigste", "honderdste".

    Raises:
        ValueError: If n is outside 1..999.
    """
    _check_range(n)
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _ordinal_below_hundred(rest)
    prefix = _hundreds_prefix(hundreds)
    if rest == 0:
        return prefix + "ste"
    return prefix + _ordinal_below_hundred(rest)


def cardinal(text: str) -> int | None:
    """Read a Dutch cardinal in words or digits.

    Args:
        text: One number, e.g. "zeventien", "één", "tweeentwintig", "17".

    Returns:
        The number, or None when the text is not a cardinal this module knows.
    """
    if _DIGITS.fullmatch(text.strip()):
        return int(text)
    return _cardinal_table().get(_normalise(text))


def ordinal(text: str) -> int | None:
    """Read a Dutch ordinal in words or as digits with a suffix.

    Args:
        text: One ordinal, e.g. "achttiende", "eenentwintigste", "18e", "18de", "18ste".

    Returns:
        The number, or None when the text is not an ordinal this module knows (0 included).
    """
    match = _DIGIT_ORDINAL.fullmatch(text.strip().lower())
    if match:
        number = int(match["n"])
        return number if number > 0 else None
    return _ordinal_table().get(_normalise(text))


def _check_range(n: int) -> None:
    if not 1 <= n <= MAX_WORD:
        raise ValueError(f"{n} is outside 1..{MAX_WORD}")


def _cardinal(n: int) -> str:
    """The cardinal of 1..999, with "een" for one (as inside "eenentwintig")."""
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _cardinal_below_hundred(rest)
    prefix = _hundreds_prefix(hundreds)
    return prefix + (_cardinal_below_hundred(rest) if rest else "")


def _hundreds_prefix(hundreds: int) -> str:
    """'honderd', 'tweehonderd', ...: 'een' is left out before 'honderd'."""
    return ("" if hundreds == 1 else _UNITS[hundreds]) + "honderd"


def _cardinal_below_hundred(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens]
    unit_word = _UNITS[unit]
    link = "ën" if unit_word.endswith("e") else "en"
    return unit_word + link + _TENS[tens]


def _ordinal_below_hundred(n: int) -> str:
    if n in _IRREGULAR_ORDINALS:
        return _IRREGULAR_ORDINALS[n]
    suffix = "de" if n < 20 else "ste"
    return _cardinal_below_hundred(n) + suffix


def _normalise(text: str) -> str:
    """Lowercase, drop accents, spaces and hyphens: 'Twee-ëntwintig' -> 'tweeentwintig'."""
    decomposed = unicodedata.normalize("NFD", text.strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-]+", "", plain)


@cache
def _cardinal_table() -> dict[str, int]:
    return {_normalise(_cardinal(n)): n for n in range(1, MAX_WORD + 1)}


@cache
def _ordinal_table() -> dict[str, int]:
    return {_normalise(ordinal_word(n)): n for n in range(1, MAX_WORD + 1)}
