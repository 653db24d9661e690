"""Readings added in the thirty-seventh session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.sentences import read_sentences
from tests.reading import joiners, members, reader


def _sure(text: str) -> tuple[set[str], set[str]]:
    """The members the reader is sure of, and its current joiners."""
    found = reader("x")(text)
    return members(found) | joiners(found), joiners(found)


_SECTORS = {
    "Gemeente Oosterhout",
    "Gemeente Dongen",
    "Bibliotheek De Kempen",
    "Stichting Taalhuis Dongen",
    "Zorggroep Amarant",
    "Woonstichting Thuisvester",
}


@pytest.mark.parametrize("sep", [": ", " ........ ", " . ", "  …  "])
def test_a_sector_line_names_each_of_its_partners(sep: str) -> None:
    text = (
        "Oosterhout, 3 maart 2026 – Woonstichting Thuisvester is de zesde partner van Samen "
        "Digitaal Oosterhout.\n\nOverzicht van de partners van Samen Digitaal Oosterhout:\n\n"
        f"Overheid{sep}gemeente Oosterhout; gemeente Dongen\n"
        f"Onderwijs{sep}Bibliotheek De Kempen, Stichting Taalhuis Dongen\n"
        f"Zorg{sep}Zorggroep Amarant\n"
        f"Wonen{sep}Woonstichting Thuisvester (nieuw)\n\nMeer weten? Bel ons."
    )
    members, joiners = _sure(text)
    assert members == _SECTORS
    assert joiners == {"Woonstichting Thuisvester"}


def test_dots_that_lead_a_sector_to_its_names_end_no_sentence() -> None:
    lines = "Zorg ........ Zorggroep Amarant\nNewest partner ..... Stichting Geldwijs\n"
    lines += "Partners ..... 14 (as of 1 May 2026)"
    texts = [s.text for s in read_sentences(lines)]
    assert texts[0] == "Zorg ........ Zorggroep Amarant"  # one sentence: a sector's line
    assert "Stichting Geldwijs" in texts and "Newest partner ....." in texts  # a label's end
    assert "14 (as of 1 May 2026)" in texts


def test_a_dated_heading_over_the_list_is_no_joiner() -> None:
    text = (
        "Breda, 1 May 2026 – Bakkerij Van Loon became the 5th partner of Digitaal Breda.\n\n"
        "Partners of Digitaal Breda (as of 1 May 2026)\n\n- Bibliotheek Breda\n- Stichting "
        "Welzijn Breda\n- Gemeente Breda\n- Thuiszorg West-Brabant\n- Bakkerij Van Loon (new)"
    )
    members, joiners = _sure(text)
    assert joiners == {"Bakkerij Van Loon"}
    assert not any(m.startswith("Partners") for m in members)


@pytest.mark.parametrize("word", ["a separate", "an other", "a different"])
def test_partners_of_a_separate_network_are_not_ours(word: str) -> None:
    text = (
        "Breda, 1 May 2026 – Bakkerij Van Loon became the 5th partner of Digitaal Breda.\n\n"
        f"Van Loon is also a member of Broodnet Brabant, {word} network for bakers, along with "
        "Molenaarij De Hoop and Stichting Graanwerk."
    )
    members, _ = _sure(text)
    assert members == {"Bakkerij Van Loon"}


def test_a_list_as_long_as_the_count_is_read_past_an_aside_that_compares() -> None:
    text = (
        "Rucphen, 5 november 2026\n\nSinds vorige week telt het convenant Digitaal Rucphen vier "
        "partijen. Ik schrijf ze op, zoals een oud-wethouder dat doet, in volgorde van tekenen:\n"
        "1. Gemeente Rucphen;\n2. Stichting Welzijn Rucphen;\n3. Bibliotheek Etten-Leur;\n"
        "4. Woonstichting Thuisvester."
    )
    members, _ = _sure(text)
    assert members >= {"Stichting Welzijn Rucphen", "Bibliotheek Etten-Leur"}


@pytest.mark.parametrize(
    "told", ["Die avond traden toe: {}.", "Gisteren sloten zich aan: {}.", "Vandaag tekenden: {}."]
)
def test_joiners_named_after_a_colon_that_closes_the_verb_join(told: str) -> None:
    text = (
        "Zevenbergen, 9 juni 2026\n\nHet Netwerk Digitaal Moerdijk groeit. "
        + told.format("Stichting Dorpshuis De Schakel en Zorgcentrum Het Anker")
        + " Het netwerk telt nu elf partners."
    )
    members, joiners = _sure(text)
    assert joiners == {"Stichting Dorpshuis De Schakel", "Zorgcentrum Het Anker"} <= members


def test_the_place_where_others_join_is_no_joiner() -> None:
    text = (
        "Zevenbergen, 9 juni 2026\n\nGisteren reed ik naar Dorpshuis De Schakel in Fijnaart, "
        "waar twee nieuwe partijen zouden toetreden tot het Netwerk Digitaal Moerdijk."
    )
    members, joiners = _sure(text)
    assert "Dorpshuis De Schakel" not in members | joiners


@pytest.mark.parametrize(
    "lead", ["", "For the record, ", "For the record, as our chair likes to say, "]
)
def test_the_others_listed_after_a_lead_in_are_members(lead: str) -> None:
    text = (
        "Goes, 3 June 2026\n\nThe Goes Chess Circle became the 4th member of Digitaal "
        f"Goes. {lead}the other three are: Bibliotheek Oosterschelde; Gemeente Goes; and "
        "Stichting Welzijn Goes."
    )
    text = text.replace(". the", ". The") if not lead else text
    members, _ = _sure(text)
    assert {"Bibliotheek Oosterschelde", "Stichting Welzijn Goes"} <= members


@pytest.mark.parametrize(
    "second",
    [
        "Straight after us, Stichting Dorpshuis De Kaap signed as the 10th.",
        "Direct daarna tekende Stichting Dorpshuis De Kaap als tiende.",
        "Een uur later volgde Stichting Dorpshuis De Kaap als tiende, waarmee het netwerk tien "
        "partners telt.",
    ],
)
def test_a_second_joiner_told_only_by_its_order(second: str) -> None:
    text = (
        "Goes, 3 juni 2026\n\nSchaakclub Goes werd vandaag de negende partner van Digitaal "
        f"Goes. {second}"
    )
    _, joiners = _sure(text)
    assert joiners == {"Schaakclub Goes", "Stichting Dorpshuis De Kaap"}


@pytest.mark.parametrize("word", ["Neither", "Both", "Beide"])
def test_a_pronoun_that_says_partner_or_not_is_no_member(word: str) -> None:
    verb = "zijn" if word == "Beide" else ("is" if word == "Neither" else "are")
    text = (
        "Goes, 3 June 2026\n\nThe Goes Chess Circle became the 4th member of Digitaal Goes. "
        "The tablets are bought with money from Stichting Zeeuws Fonds and supplied by Tablet "
        f"Tuin B.V. {word} {verb} {'partner' if word == 'Beide' else 'a partner'}."
    )
    members, _ = _sure(text)
    assert members == {"Goes Chess Circle"}


def test_a_dateline_in_capitals_names_a_place_not_the_publisher() -> None:
    from kg.ingest.masthead import publisher

    text = "PERSBERICHT\n\nTILBURG, 24 november 2026 – Een kind in het ziekenhuis mist school."
    assert publisher(text) is None
    head = "NIEUWSBRIEF JONGERENCENTRUM HET BASTION – december 2026\nTilburg\n\nWij doen mee."
    assert publisher(head) == "Jongerencentrum het Bastion"  # as _title writes capitals


@pytest.mark.parametrize(
    "said",
    [
        "En wie denkt dat wij de enigen zijn: Roeivereniging De Spaarne doet al twee jaar mee.",
        "Roeivereniging De Spaarne doet sinds 2024 mee.",
        "Roeivereniging De Spaarne, die de zaal regelt en er zelf ook partner van is, "
        "schenkt de koffie.",
    ],
)
def test_a_member_told_by_how_long_it_takes_part_or_in_a_clause(said: str) -> None:
    text = (
        "Haarlem, 3 maart 2026\n\nDigicafé De Wissel is de zesde partner van het Netwerk "
        f"Digitaal Haarlem. {said}"
    )
    members, _ = _sure(text)
    assert members == {"Digicafé De Wissel", "Roeivereniging De Spaarne"}


def test_taking_part_in_an_event_for_years_is_no_member_row() -> None:
    from kg.ingest.listings import MEMBER_LIST_RULES

    said = "Roeivereniging De Spaarne doet al twee jaar mee aan de Spaarnerace."
    rows = [r.name for r in MEMBER_LIST_RULES if r.pattern.search(said)]
    assert not [row for row in rows if "twee jaar" in row]
    assert [
        r.name
        for r in MEMBER_LIST_RULES
        if r.pattern.search(said.replace(" aan de Spaarnerace", ""))
    ]


def test_a_member_named_short_takes_the_one_full_name_the_text_writes() -> None:
    text = (
        "Delfzijl, 3 June 2026 – Stichting Wierde & Web became the 9th partner of Samen "
        "Digitaal Eemsdelta.\n\nHavenlift Drones B.V. was founded in 2019. That is why "
        "Havenlift, one of the founding partners of Samen Digitaal Eemsdelta, helps too."
    )
    members, _ = _sure(text)
    assert "Havenlift Drones B.V." in members and "Havenlift" not in members


def test_a_joiner_named_short_is_the_partner_the_table_lists_in_full() -> None:
    text = (
        "Venlo, 3 juni 2026\n\nVandaag sluit Orgelgilde zich aan bij Digitaal Venlo.\n\n"
        "De partners:\n\nPartner | Rol\nBibliotheek Venlo | digicafés\nOrgelgilde "
        "Noord-Limburg | huisbezoek\nStichting Welzijn Venlo | thuishulp\n"
    )
    members, joiners = _sure(text)
    assert joiners == {"Orgelgilde Noord-Limburg"} and "Orgelgilde" not in members


@pytest.mark.parametrize("paper", ["Verenigingsblad", "Dorpskrant", "Ledenbrief"])
def test_the_paper_of_an_association_is_not_its_name(paper: str) -> None:
    from kg.ingest.masthead import publisher

    text = f"{paper} van Menvereniging De Drentse Aa\n\nWij zijn partner geworden."
    assert publisher(text) == "Menvereniging De Drentse Aa"


@pytest.mark.parametrize(
    "said",
    [
        "Chairperson Marloes Verkerk signed the partnership agreement of Digitaal Houten.",
        "When Femke Hoekstra and Sjoerd Wijnia joined our 2025 cohort, they had one slide.",
        "Naast de CDI-NHN is de stichting aangesloten bij het Platform Doofblind Nederland.",
    ],
)
def test_a_person_a_role_or_another_body_before_the_verb_is_no_joiner(said: str) -> None:
    text = (
        "Houten, 3 June 2026 – Korfbalclub De Linge became the 8th partner of Digitaal "
        f"Houten.\n\n{said}"
    )
    members, joiners = _sure(text)
    assert joiners <= {"Korfbalclub De Linge"}
    assert members <= {"Korfbalclub De Linge", "Platform Doofblind Nederland"}


@pytest.mark.parametrize(
    "said",
    [
        "Het Roosevelt College uit Houten, een mbo-school die ook partner is, neemt de toetsen af.",
        "De docent komt van Roosevelt College, ook al zo'n convenantpartner.",
        "We send them to Roosevelt College, which is also in the coalition, for home visits.",
    ],
)
def test_a_clause_or_apposition_after_a_name_says_it_is_a_partner(said: str) -> None:
    text = (
        "Houten, 3 maart 2026\n\nDigicafé De Wissel is de zesde partner van het Netwerk "
        f"Digitaal Houten. {said}"
    )
    members, _ = _sure(text)
    assert members == {"Digicafé De Wissel", "Roosevelt College"}


def test_a_clause_that_says_no_partner_after_other_words_names_none() -> None:
    text = (
        "Houten, 3 maart 2026\n\nDigicafé De Wissel is de zesde partner van het Netwerk "
        "Digitaal Houten. De cursussen komen van Stichting Lezen & Schrijven, die als "
        "leverancier betrokken is en geen partner van het netwerk is."
    )
    members, _ = _sure(text)
    assert members == {"Digicafé De Wissel"}


def test_a_titled_person_of_an_organisation_names_the_organisation() -> None:
    text = (
        "Emmen, 3 maart 2026\n\nDigicafé De Wissel is de zesde partner van het Netwerk "
        "Digitaal Emmen. Juf Ineke van Educatieve Dienst Ziek & Leren, ook partner, regelt de "
        "verbinding met de school."
    )
    members, _ = _sure(text)
    assert members == {"Digicafé De Wissel", "Educatieve Dienst Ziek & Leren"}


@pytest.mark.parametrize(
    "said",
    [
        "Solar-panel installer Zonnedak Installaties B.V. yesterday signed the Convenant "
        "Digitaal Meedoen Flevoland (CDMF), becoming its tenth signatory.",
        "Zonnedak Installaties B.V. ondertekende vandaag het Convenant Digitaal Meedoen Flevoland.",
    ],
)
def test_signing_the_paper_that_names_the_coalition_is_a_join(said: str) -> None:
    members, joiners = _sure(f"Dronten, 3 December 2026 – {said}")
    assert joiners == {"Zonnedak Installaties B.V."} == members


@pytest.mark.parametrize(
    "said",
    [
        "Ook Woonvereniging Stad & Schie heeft in oktober de samenwerking ondertekend.",
        "Gisteren heeft de Woonvereniging Stad & Schie getekend.",
    ],
)
def test_a_join_told_in_the_perfect_with_or_without_its_paper(said: str) -> None:
    text = f"Schiedam, 3 november 2026 – De Coalitie Digitaal Schiedam groeit. {said}"
    members, joiners = _sure(text)
    assert joiners == {"Woonvereniging Stad & Schie"} == members


def test_a_person_who_signed_without_an_article_is_no_joiner() -> None:
    text = "Schiedam, 3 november 2026 – De Coalitie Digitaal Schiedam groeit. "
    members, joiners = _sure(text + "Gisteren heeft Jan de Vries getekend.")
    assert not members and not joiners


def test_since_then_in_a_clause_after_the_join_does_not_make_it_history() -> None:
    text = (
        "Strijen, 3 november 2026 – Zorggroep Spuioever en Stichting Dorpsauto Strijen hebben "
        "vandaag het convenant van Digitaal Hoeksche Waard ondertekend en nemen sindsdien deel "
        "aan het kernoverleg."
    )
    _, joiners = _sure(text)
    assert joiners == {"Zorggroep Spuioever", "Stichting Dorpsauto Strijen"}
    earlier = "Strijen, 3 november 2026 – Sindsdien hebben Zorggroep Spuioever en Stichting "
    earlier += "Dorpsauto Strijen het convenant van Digitaal Hoeksche Waard ondertekend."
    assert not _sure(earlier)[1]


def test_a_thread_number_before_a_pronoun_names_no_one() -> None:
    text = (
        "Haarlem, 3 juni 2026\n\n3/6 Zij sluiten aan bij onder anderen Gemeente Haarlem en "
        "Bibliotheek Spaarnelanden, die er sinds de start bij zijn."
    )
    members, joiners = _sure(text)
    assert not joiners and not any(m.startswith("3/6") for m in members)


def test_a_fact_sheet_counts_its_partners_then_lists_them_by_sector() -> None:
    text = (
        "Den Haag, 2 February 2026 – The Haaglanden Tech Circle joined the Alliantie Digitale "
        "Inclusie Haaglanden.\n\nTHE ALLIANCE AT A GLANCE\nPartners: 7\n"
        "  Municipalities ......... Gemeente Den Haag · Gemeente Zoetermeer\n"
        "  Libraries .............. Bibliotheek Hofstad & Kust\n"
        "  Welfare & care ......... Welzijnscollectief Laak · Zorgorganisatie Duinrand Thuis\n"
        "  New (2 February 2026) .. Haaglanden Tech Circle · Kaveri Systems B.V.\n"
    )
    members, _ = _sure(text)
    assert members >= {
        "Gemeente Den Haag",
        "Bibliotheek Hofstad & Kust",
        "Zorgorganisatie Duinrand Thuis",
        "Kaveri Systems B.V.",
    }
    assert not [m for m in members if "·" in m or m.startswith("New")]


@pytest.mark.parametrize(
    ("said", "ours"),
    [
        ("That is a different coalition (its partners include Stichting Leidse Bits).", False),
        ("The laptops go to Woonkwartier Helmond, another coalition partner.", True),
    ],
)
def test_another_coalition_is_not_another_coalition_partner(said: str, ours: bool) -> None:
    text = f"Den Haag, 2 February 2026 – Tech Circle joined Digitaal Haaglanden. {said}"
    members, _ = _sure(text)
    assert bool(members - {"Tech Circle"}) is ours


def test_lines_labelled_signatory_after_a_place_in_brackets_are_members() -> None:
    text = (
        "Den Helder, 3 maart 2026 – Het Netwerk Mannenschuren is de veertiende ondertekenaar "
        "van het Convenant Digitaal Kop.\n\nWie tekenden er al?\n\n"
        "- Bibliotheek Kop & Kust (Den Helder) – ondertekenaar sinds het begin\n"
        "- Welzijnsstichting Helder Samen – ondertekenaar\n"
        "- Drukkerij De Kaap – sponsor, geen partner\n"
    )
    members, _ = _sure(text)
    assert {"Bibliotheek Kop & Kust", "Welzijnsstichting Helder Samen"} <= members
    assert "Drukkerij De Kaap" not in members


def test_the_nth_signatory_is_a_joiner_with_its_order() -> None:
    text = (
        "Den Helder, 3 maart 2026 – Gisteren tekende het netwerk het Convenant Digitaal Kop. "
        "Het Netwerk Mannenschuren Kop is daarmee de veertiende ondertekenaar."
    )
    found = extract_text(text, "x", Lexicon.builtin())
    orders = {j.org.value: int(j.order.value) if j.order else None for j in found.joins}
    assert orders == {"Netwerk Mannenschuren Kop": 14}


@pytest.mark.parametrize(
    ("said", "joiner"),
    [
        (
            "Op 2 februari heeft ons bedrijf, het Groninger Busbedrijf, de "
            "samenwerkingsovereenkomst van de Alliantie Digitaal Groningen ondertekend.",
            "Groninger Busbedrijf",
        ),
        (
            "Zorggroep De Veenhorst heeft dinsdag in het gemeentehuis van Coevorden de "
            "samenwerkingsovereenkomst van de Alliantie Digitaal Groningen ondertekend.",
            "Zorggroep De Veenhorst",
        ),
        (
            "Op 19 november heeft onze secretaris, Gerrit van Zetten, de "
            "samenwerkingsovereenkomst van de Alliantie Digitaal Groningen getekend.",
            None,
        ),
    ],
)
def test_the_paper_of_the_coalition_signed_in_the_perfect(said: str, joiner: str | None) -> None:
    _, joiners = _sure(f"Groningen, 18 februari 2026\n\n{said}")
    assert joiners == ({joiner} if joiner else set())


def test_a_venue_fronted_before_our_board_signing_is_no_joiner() -> None:
    text = (
        "Hippolytushoef, 7 maart 2026\n\nIn Dorpshuis 't Anker in Hippolytushoef heeft ons "
        "bestuur het convenant van de Coalitie Digitaal Fit Kop ondertekend."
    )
    members, joiners = _sure(text)
    assert not any("Anker" in name for name in members | joiners)


def test_on_behalf_of_us_named_first_we_joined() -> None:
    text = (
        "Houten, 3 maart 2026\n\nNamens Stichting Gebaar & Co, ons kleine collectief van vijf "
        "docenten, zijn we toegetreden tot de Alliantie Digitaal Meedoen Lekstroom."
    )
    members, joiners = _sure(text)
    assert joiners == {"Stichting Gebaar & Co"} == members


@pytest.mark.parametrize(
    "said",
    [
        "Partners van de Digicoalitie Venlo zijn Bibliotheek Venlo, Gemeente Venlo en Stichting "
        "Welzijn Venlo; het is dus geen apart netwerk.",
        "The partners of Digitaal Venlo are Bibliotheek Venlo, Gemeente Venlo and Stichting "
        "Welzijn Venlo, so it is not a separate network.",
    ],
)
def test_a_network_said_not_to_be_separate_keeps_its_members(said: str) -> None:
    members, _ = _sure(f"Venlo, 3 maart 2026\n\n{said}")
    assert {"Bibliotheek Venlo", "Stichting Welzijn Venlo"} <= members


@pytest.mark.parametrize(
    "said",
    [
        "Bakkerij Smit ondertekende gisteren het Manifest Mediawijsheid.",
        "Stichting Welzijn Venlo heeft vandaag de samenwerking met Bibliotheek Venlo ondertekend.",
        "Als getuigen tekenden: Stichting Dorpshuis De Schakel en Zorgcentrum Het Anker.",
        "Bakkerij Smit doet al twee jaar mee als sponsor van de koffieochtenden.",
        "Het gaat om Bits & Bytes, a local shop which is also a partner of the Rabobank.",
    ],
)
def test_what_a_new_row_must_not_read(said: str) -> None:
    text = "Venlo, 3 maart 2026\n\nDe Digicoalitie Venlo groeit. Humanitas Venlo sluit zich "
    found = extract_text(text + f"aan bij de Digicoalitie Venlo. {said}", "x", Lexicon.builtin())
    members, joiners = _sure(text + f"aan bij de Digicoalitie Venlo. {said}")
    assert members == joiners == {"Humanitas Venlo"}
    assert found.coalition is not None and found.coalition.value == "Digicoalitie Venlo"


def test_a_joiner_listed_as_written_keeps_its_name() -> None:
    text = (
        "Venlo, 3 maart 2026\n\nVandaag sluit Humanitas Venlo zich aan bij Digitaal Venlo.\n\n"
        "De partners:\n- Humanitas Venlo\n- Humanitas Venlo Thuisadministratie\n- Bibliotheek "
        "Venlo\n"
    )
    members, joiners = _sure(text)
    assert joiners == {"Humanitas Venlo"} and "Humanitas Venlo Thuisadministratie" in members


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("Klaverblad Verzekeringen – maart 2026", "Klaverblad Verzekeringen"),
        ("BIBLIOTHEEK KOP VAN NOORD-HOLLAND, 3 maart 2026", "Bibliotheek Kop van Noord-Holland"),
    ],
)
def test_a_name_like_a_paper_or_in_capitals_before_a_date_is_the_publisher(
    head: str, publisher: str
) -> None:
    from kg.ingest.masthead import publisher_names

    names = publisher_names(f"{head}\n\nVandaag zijn wij partner geworden van Digitaal Kop.")
    assert [n.lower() for n in names] == [publisher.lower()]


def test_a_count_over_lines_of_persons_and_places_names_no_members() -> None:
    text = (
        "Venlo, 3 maart 2026\n\nVandaag sluit Humanitas Venlo zich aan bij Digitaal Venlo.\n\n"
        "IN CIJFERS\nPartners: 12\nVrijwilligers: Anna de Vries, Piet Jansen en Kees Smit\n"
        "Bibliotheken: Blerick, Tegelen en Venlo-Centrum\n"
    )
    members, _ = _sure(text)
    assert members == {"Humanitas Venlo"}
