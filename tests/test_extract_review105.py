"""Misreadings a review of the possible-join reader, the leave rows and the dotted lists found
on new text (issue 16); each test failed on the reviewed commit (314866a)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Extraction, Lexicon, extract_text

_DATELINE = "Zwolle, 12 maart 2025 – "
_REST = (
    "\n\nDigitaal Samen Zwolle bestaat verder uit Gemeente Zwolle, Bibliotheek Zwolle en "
    "Landstede Groep."
)


def _read(news: str, dateline: str = _DATELINE) -> Extraction:
    return extract_text(dateline + news + _REST, "x", Lexicon.builtin())


def _asked(news: str, dateline: str = _DATELINE) -> list[str]:
    return [j.org.value for j in _read(news, dateline).asked]


def test_a_headline_in_capitals_is_read_at_once() -> None:
    """Capitals and spaces overlapped in one pattern: each word doubled the time (6 s for this
    headline of 26 words; this one, of 34, would take minutes)."""
    head = (
        "WELKOM AAN STICHTING DE KERN EN BUURTHUIS DE POL EN HET WIJKCENTRUM DE HAVEN UIT ZWOLLE "
        "ZUID DIE DEZE WEEK HET CONVENANT VAN HET NETWERK TEKENDEN IN HET OUDE STADHUIS VAN Zwolle"
    )
    found = extract_text(f"{head}\n\n{_DATELINE}Het netwerk groeit." + _REST, "x")
    assert found.asked == []


_LIST = (
    "Groningen, 12 maart 2025 – Stichting Kleurrijk sluit zich aan bij Digitaal Samen "
    "Groningen.\n\nDe partners van Digitaal Samen Groningen zijn:\n"
)


@pytest.mark.parametrize(
    ("lines", "partners"),
    [
        ("Gemeente Groningen\nBiblionet Groningen\nNoorderpoort\nContact · Privacy · Cookies\n", 3),
        (
            "Gemeente Groningen\nBiblionet Groningen\nNoorderpoort\n"
            "Facebook · Instagram · LinkedIn\n",
            3,
        ),
        (
            "Gemeente Groningen · Biblionet Groningen · Noorderpoort\n"
            "Stationsplein 1 · 9711 AA Groningen · 050-1234567\n",
            3,
        ),
        ("Gemeente Groningen · Biblionet Groningen\nNoorderpoort Groningen\n", 3),
        ("Onderwijs · Zorg · Welzijn · Bibliotheken\n", 0),
    ],
)
def test_a_dotted_line_is_a_list_of_names_only_where_its_pieces_are_names(
    lines: str, partners: int
) -> None:
    found = extract_text(_LIST + lines, "x", Lexicon.builtin())
    names = [fact.value for fact in found.partners]
    assert len(names) == partners and not any("·" in name or "Contact" in name for name in names)


@pytest.mark.parametrize(
    ("news", "joins", "leavers"),
    [
        (
            "Zwolle Code Club joined Digitaal Samen Zwolle this week; the mayor left before "
            "the signing.",
            ["Zwolle Code Club"],
            [],
        ),
        (
            "Zwolle Code Club joined Digitaal Samen Zwolle this week, with only two seats left "
            "at the table.",
            ["Zwolle Code Club"],
            [],
        ),
        (
            "Stichting Kleurrijk sluit zich aan bij Digitaal Samen Zwolle en Computerclub De Muis "
            "is gestopt als partner.",
            ["Stichting Kleurrijk"],
            ["Computerclub De Muis"],
        ),
        (
            "Na twaalf jaar is Computerclub De Muis gestopt als partner van Digitaal Samen Zwolle.",
            [],
            ["Computerclub De Muis"],
        ),
        (
            "Helaas is Computerclub De Muis per 1 maart gestopt als partner.",
            [],
            ["Computerclub De Muis"],
        ),
        (
            "Computerclub De Muis stopped printing flyers and signed up as a partner of "
            "Digitaal Samen Zwolle this week.",
            None,
            [],
        ),
    ],
)
def test_who_leaves_is_the_subject_of_the_leave(
    news: str, joins: list[str] | None, leavers: list[str]
) -> None:
    found = _read(news)
    assert [fact.value for fact in found.leavers] == leavers
    if joins is not None:
        assert [j.org.value for j in found.joins] == joins


@pytest.mark.parametrize(
    "signer",
    [
        "voorzitter G. van Boxtel",
        "algemeen voorzitter Jan-Willem van Boxtel",
        "penningmeester Özcan van Oss",
    ],
)
def test_a_signer_s_surname_is_no_place_joining(signer: str) -> None:
    news = (
        f"Afgelopen donderdag heeft {signer} zijn handtekening gezet onder de "
        "samenwerkingsafspraken van Digitaal Samen Zwolle."
    )
    assert [j.org.value for j in _read(news).joins] == []


@pytest.mark.parametrize(
    ("news", "asked"),
    [
        (  # the words a capital glues to a name, a person before "van"
            "Namens Buurthuis Het Kwartier zit sinds deze week Jan Bos mee aan tafel bij het "
            "netwerk.",
            ["Buurthuis Het Kwartier"],
        ),
        (
            "Welkom Buurthuis De Pol, sinds deze week mee aan tafel bij het netwerk!",
            ["Buurthuis De Pol"],
        ),
        (
            "Sinds deze week versterkt Jan Willem Bos van Stichting Kleurrijk ons netwerk.",
            ["Stichting Kleurrijk"],
        ),
        (
            "Nieuw aan tafel bij het netwerk: Prof. Dr. Anna Smit van Hogeschool Windesheim.",
            ["Hogeschool Windesheim"],
        ),
        (  # words before the clause's verb are not about the name
            "Na lang wikken en wegen zit Buurthuis De Pol sinds deze week mee aan tafel bij het "
            "netwerk.",
            ["Buurthuis De Pol"],
        ),
        ("In maart zit ook Buurthuis De Pol mee aan tafel bij het netwerk.", ["Buurthuis De Pol"]),
        (  # a postcode is no year, and its letters and town no name
            "Sinds deze week zit Buurthuis De Ark (Kleverparkweg 2, 2023 CA Haarlem) mee aan tafel "
            "bij het netwerk.",
            ["Buurthuis De Ark"],
        ),
        # negations, refusals, history, products, parts of a town
        ("Zwolle Computer Club Foundation hasn't joined the coalition.", []),
        ("Stichting Kleurrijk heeft het convenant nooit ondertekend.", []),
        ("Stichting Kleurrijk weigerde deze week het convenant te ondertekenen.", []),
        ("Stichting Kleurrijk tekende twee jaar geleden het convenant.", []),
        ("Welkom aan de Klik & Tik Cursus, sinds deze week nieuw in het netwerk!", []),
        ("Welkom aan Zwolle Centrum, sinds deze week nieuw in het netwerk!", []),
    ],
)
def test_what_the_possible_join_reader_asks(news: str, asked: list[str]) -> None:
    assert _asked(news) == asked


def test_a_stated_position_as_of_today_is_read_not_asked() -> None:
    """Asked until session 24; `kg.ingest.partnered` reads it: a moment, the partnership of the
    coalition and its subject's name ("I've" after a word of a kind is no name of one word)."""
    news = (
        "As of today, Woonstichting Zwolle Zuid – the housing association I've had the "
        "privilege of leading – is the eleventh partner in Digitaal Samen Zwolle."
    )
    found = _read(news, _DATELINE)
    assert [(j.org.value, j.order.value if j.order else None) for j in found.joins] == [
        ("Woonstichting Zwolle Zuid", "11")
    ]
    assert _asked(news) == []


@pytest.mark.parametrize(
    ("dateline", "news"),
    [
        (
            "Zwolle, 8 januari 2025 – ",
            "Sinds 16 december zit Voedselbank Zwolle mee aan tafel bij het netwerk.",
        ),
        (
            "Zwolle, 30 september 2025 – ",
            "Sinds juni zit Voedselbank Zwolle mee aan tafel bij het netwerk.",
        ),
    ],
)
def test_a_recent_date_across_a_year_or_within_a_month_is_news(dateline: str, news: str) -> None:
    assert _asked(news, dateline) == ["Voedselbank Zwolle"]


def test_the_publisher_is_not_asked_where_others_sign_our_convenant() -> None:
    text = (
        "Bibliotheek Assen › Nieuws\n\nAssen, 1 mei 2024 – We zijn trots: deze week tekenden drie "
        "nieuwe organisaties ons convenant." + _REST
    )
    assert extract_text(text, "x", Lexicon.builtin()).asked == []
