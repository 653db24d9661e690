"""Member lists introduced in ways no phrase table names (issue 16): a line of names cut by
dashes, a heading that asks who is in without its question mark, an introduction that names the
coalition or a word made of "partner", a question opened by "So", and a list of names in prose
where an item carries its place or the word of its kind. And the lists that look alike but are
no members: new members of the publisher's own association, thanks, prose."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text


def _members(text: str) -> set[str]:
    return {fact.value for fact in extract_text(text, "x", Lexicon.builtin()).partners}


_JOIN = (
    "Zwolle, 3 november 2026 – Stichting Leerkracht Dalfsen sluit zich vandaag aan bij "
    "Digitaal Sterk Salland.\n\n"
)
_SIX = {
    "Bibliotheek Hessenpoort",
    "Woonstichting Vechtdal",
    "Welzijn Dalfsen Samen",
    "Taalhuis Ommen",
    "Stichting Digihulp Raalte",
}


@pytest.mark.parametrize(
    "listing",
    [
        "De zes partners van Digitaal Sterk Salland zijn:\nBibliotheek Hessenpoort – Woonstichting "
        "Vechtdal – Welzijn Dalfsen Samen – Taalhuis Ommen – Stichting Digihulp Raalte – "
        "Stichting Leerkracht Dalfsen\n",
        "Who's in (after today)\n----------------------\n  - Bibliotheek Hessenpoort\n  - "
        "Woonstichting Vechtdal\n  - Welzijn Dalfsen Samen\n  - Taalhuis Ommen\n  - Stichting "
        "Digihulp Raalte\n  - Stichting Leerkracht Dalfsen\n",
        "De bemanning van Digitaal Sterk Salland:\n- Bibliotheek Hessenpoort\n- Woonstichting "
        "Vechtdal\n- Welzijn Dalfsen Samen\n- Taalhuis Ommen\n- Stichting Digihulp Raalte\n",
        "In het partnerboek staan nu:\n• Bibliotheek Hessenpoort\n• Woonstichting Vechtdal\n• "
        "Welzijn Dalfsen Samen\n• Taalhuis Ommen\n• Stichting Digihulp Raalte\n",
        "So who else is in it? Bibliotheek Hessenpoort, Woonstichting Vechtdal, Welzijn Dalfsen "
        "Samen, Taalhuis Ommen and Stichting Digihulp Raalte.\n",
    ],
    ids=["dashes", "heading-asks", "coalition-named", "partner-compound", "so-who"],
)
def test_a_list_no_phrase_introduces_is_read(listing: str) -> None:
    assert _members(_JOIN + listing) >= _SIX


def test_prose_names_with_a_place_or_a_kind_word_are_a_list() -> None:
    text = _JOIN + (
        "Met ons erbij telt het netwerk zes partners. We staan er naast Bibliotheek Hessenpoort, "
        "Welzijnsstichting Vecht & Regge, woningcorporatie Zonnewaard, Vakschool Dalpoort in "
        "Hoorn en Taalhuis Ommen.\n"
    )
    assert {"Bibliotheek Hessenpoort", "Welzijnsstichting Vecht & Regge", "Zonnewaard"} <= (
        _members(text)
    )


@pytest.mark.parametrize(
    ("listing", "not_members"),
    [
        (
            "3. Welkom nieuwe leden\n- Bakkerij De Graanschuur, Dalfsen\n- Hoveniersbedrijf "
            "Groen & Co, Ommen\n- Autobedrijf Van Dijk, Raalte\n",
            {"Bakkerij De Graanschuur", "Hoveniersbedrijf Groen & Co", "Autobedrijf Van Dijk"},
        ),
        (
            "Met dank aan: alle deelnemers, Dorpshuis De Brink in Lemelerveld, Café De Zwaan in "
            "Ommen, Stichting Oud Dalfsen\n",
            {"Dorpshuis De Brink", "Café De Zwaan", "Stichting Oud Dalfsen"},
        ),
        (
            "Our coordinating partner, Bibliotheek Hessenpoort, opened its third Digital Help "
            "Desk in Raalte this summer, together with the Municipality of Raalte.\n",
            {"Digital Help Desk", "Digital Help Desk in Raalte"},
        ),
        (
            "De sponsors van de avond:\nBakkerij De Graanschuur – Drukkerij Vechtdal – "
            "Autobedrijf Van Dijk\n",
            {"Bakkerij De Graanschuur", "Drukkerij Vechtdal", "Autobedrijf Van Dijk"},
        ),
    ],
    ids=["own-new-members", "thanks", "prose-clause", "sponsors-dashes"],
)
def test_lists_of_others_are_no_members(listing: str, not_members: set[str]) -> None:
    assert not (_members(_JOIN + listing) & not_members)


def test_thanks_to_the_partners_by_name_are_members() -> None:
    text = _JOIN + (
        "Dank aan alle partners, en speciaal aan Bibliotheek Hessenpoort, Woonstichting Vechtdal "
        "en Welzijn Dalfsen Samen, die er vanaf dag één bij waren.\n"
    )
    assert {"Bibliotheek Hessenpoort", "Woonstichting Vechtdal", "Welzijn Dalfsen Samen"} <= (
        _members(text)
    )


def test_in_english_prose_an_en_before_one_last_word_is_the_names() -> None:
    text = _JOIN + (
        "So who else is in it? The network grew out of the public library, Bibliotheek Vecht en "
        "Regge, which still hosts most of the help desks.\n"
    )
    members = _members(text)
    assert "Bibliotheek Vecht en Regge" in members and "Regge" not in members


@pytest.mark.parametrize(
    "listing",
    [
        "Samen hebben we nu zes partners:\n\n   Bibliotheek Hessenpoort ........ library, runs the "
        "help desks\n   Woonstichting Vechtdal ......... housing\n   Welzijn Dalfsen Samen ......"
        "... welfare\n   Taalhuis Ommen ................ language\n   Stichting Digihulp Raalte "
        "..... volunteers\n",
        "We gaan verder met zes partners:\n\n  Bibliotheek Hessenpoort\n  woonstichting Vechtdal\n"
        "  welzijnsorganisatie Welzijn Dalfsen Samen\n  Taalhuis Ommen\n  Stichting Digihulp "
        "Raalte\n",
        "De coalitie op een rij\n- Bibliotheek Hessenpoort (trekker)\n- Woonstichting Vechtdal\n"
        "- Welzijn Dalfsen Samen\n- Taalhuis Ommen\n- Stichting Digihulp Raalte\n",
        "Wie er nu nog meedoen? Ik heb het overgetypt van de flyer op de balie:\n\nBibliotheek "
        "Hessenpoort\nWoonstichting Vechtdal\nWelzijn Dalfsen Samen\nTaalhuis Ommen\nStichting "
        "Digihulp Raalte\n",
    ],
    ids=["dot-leaders", "kind-first", "coalition-heading", "wie-er"],
)
def test_more_lists_no_phrase_introduces_are_read(listing: str) -> None:
    assert {"Bibliotheek Hessenpoort", "Taalhuis Ommen", "Stichting Digihulp Raalte"} <= (
        _members(_JOIN + listing)
    )


def test_a_heading_of_sponsors_of_the_network_gives_no_members() -> None:
    text = _JOIN + (
        "Sponsors van het netwerk\n- Bakkerij De Graanschuur\n- Drukkerij Vechtdal\n- "
        "Autobedrijf Van Dijk\n"
    )
    assert not _members(text) & {"Bakkerij De Graanschuur", "Drukkerij Vechtdal"}


def test_partners_in_a_long_coalition_name_are_a_list_with_a_kind_word_first() -> None:
    text = _JOIN + (
        "De overige twee partners in het netwerk Digitaal Sterk Salland zijn woningcorporatie "
        "Vechtdal en Ouderenvereniging Dalfsen e.o.\n"
    )
    assert {"Vechtdal", "Ouderenvereniging Dalfsen e.o."} <= _members(text)


def test_a_list_line_loses_its_note_and_its_description() -> None:
    text = _JOIN + (
        "Onze collega's in de coalitie:\n- Bibliotheek Hessenpoort - organiseert de inloop in "
        "vijf vestigingen\n- Taalhuis Ommen (het taalhuis in Ommen, zeg maar onze buren)\n- "
        "Stichting Digihulp Raalte\n"
    )
    members = _members(text)
    assert {"Bibliotheek Hessenpoort", "Taalhuis Ommen", "Stichting Digihulp Raalte"} <= members
    assert not any("organiseert" in name or "(" in name for name in members)


def test_a_title_with_a_question_after_its_colon_is_no_list() -> None:
    text = (
        "Two new partners, one goodbye: what's changing at Digitaal Sterk Salland\n\n"
        "Zwolle, 3 November 2026 – Stichting Leerkracht Dalfsen joined Digitaal Sterk Salland "
        "today.\n"
    )
    assert not any("changing" in name for name in _members(text))


def test_a_title_over_its_author_s_byline_is_no_list() -> None:
    text = (
        "Twelve partners, one kitchen table: what a year in Salland taught me\n\nEsther van "
        "Wijngaarden\nProject Manager at Digitaal Sterk Salland | Zwolle\n\nOn Monday Stichting "
        "Leerkracht Dalfsen joined Digitaal Sterk Salland.\n"
    )
    assert "Esther van Wijngaarden" not in _members(text)


@pytest.mark.parametrize(
    "listing",
    [
        "Naast ons zitten onder meer Bibliotheek Hessenpoort, welzijnsorganisatie Taalhuis Ommen "
        "en Stichting Digihulp Raalte in het netwerk.\n",
        "Daarna stelde de coördinator de partners van de coalitie voor. Het zijn er zes:\n\n"
        "  Bibliotheek Hessenpoort – spreekuren en cursussen in Zwolle;\n  Taalhuis Ommen – "
        "taallessen;\n  woningcorporatie Vechtdal – bereikt huurders;\n  Stichting Digihulp "
        "Raalte – hulp aan huis.\n",
        "De partners van Digitaal Sterk Salland:\n\nBH   Bibliotheek Hessenpoort – e-books, "
        "DigiD\nTO   Taalhuis Ommen – taallessen\nSDR  Stichting Digihulp Raalte – hulp aan "
        "huis\n",
    ],
    ids=["onder-meer-one-comma", "lines-with-what-they-do", "abbreviation-legend"],
)
def test_lists_in_these_shapes_are_read(listing: str) -> None:
    members = _members(_JOIN + listing)
    assert {"Bibliotheek Hessenpoort", "Taalhuis Ommen", "Stichting Digihulp Raalte"} <= members
    assert not {"BH", "TO", "SDR"} & members


def test_links_and_tags_under_an_article_are_no_members() -> None:
    text = _JOIN + (
        "Tags: partners, nieuws, ouderen\n\nLees ook:\n> Digicafé Dalfsen gaat ook op zaterdag "
        "open\n> Terugblik: de Week van het Digitaal Meedoen\n"
    )
    members = _members(text)
    assert not any("Digicafé" in name or "Terugblik" in name for name in members)


def test_a_list_after_die_zijn_and_names_with_what_they_do_in_english() -> None:
    dutch = _members(
        _JOIN + "Wie er nog meer in zitten? Die zijn Bibliotheek Hessenpoort, Taalhuis Ommen, "
        "Woonstichting Vechtdal en nog vier organisaties die op de site staan.\n"
    )
    assert "Bibliotheek Hessenpoort" in dutch and not any(n.startswith("Die ") for n in dutch)
    english = _members(
        _JOIN + "The coalition works because its partners share the load: the welfare "
        "organisation Welzijn Dalfsen Samen trains the volunteers, the housing association "
        "Woonstichting Vechtdal reaches tenants the library never sees, and Stichting Digihulp "
        "Raalte keeps the laptops running.\n"
    )
    assert {"Welzijn Dalfsen Samen", "Woonstichting Vechtdal", "Stichting Digihulp Raalte"} <= (
        english
    )
    assert not any("trains" in n or "reaches" in n for n in english)


def test_a_list_of_who_came_gives_the_organisations_that_sent_them() -> None:
    text = _JOIN + (
        "Aanwezig namens de partners:\n  Wendy Zeeman (voorzitter)     Bibliotheek Hessenpoort\n"
        "  Arjen Boon                    Welzijnsorganisatie Kopwerk\n"
        "  Ingrid Smit                   Woningstichting Vechtdal\n"
    )
    members = _members(text)
    assert {"Bibliotheek Hessenpoort", "Woningstichting Vechtdal"} <= members
    assert not {"Wendy Zeeman", "Arjen Boon", "Ingrid Smit"} & members


def test_two_columns_of_names_keep_the_first() -> None:
    text = _JOIN + (
        "De partners van Digitaal Sterk Salland:\n  Welzijnskern Dalfsen        Taalhuis Ommen\n"
        "  Computerhulp Raalte         Bibliotheek Hessenpoort\n"
    )
    assert {"Welzijnskern Dalfsen", "Computerhulp Raalte"} <= _members(text)


def test_who_is_behind_the_coalition_and_their_parts() -> None:
    members = _members(
        _JOIN + "Achter Digitaal Sterk Salland zitten organisaties die u misschien al kent. "
        "Bibliotheek Hessenpoort regelt de spreekuren in Dalfsen en Ommen. "
        "Stichting Welzijn Vechtdal levert de vrijwilligers.\n"
    )
    assert {"Bibliotheek Hessenpoort", "Stichting Welzijn Vechtdal"} <= members
