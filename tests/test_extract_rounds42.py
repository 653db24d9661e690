"""Forms blind sets 41 and 42 showed the reader missing, each tested on text of its own: members
named by their part in the work after a sentence that says the work is shared ("Binnen dat
netwerk heeft ieder een eigen rol."), "They include A, which ...; B, whose ...; and C", a
relative clause after an item that does not end its list, a quoted name, a name "uit" a place,
a former name "wat toen nog X heette", and a word that only says what kind of organisation a
name is ("Welzijnsorganisatie X")."""

from __future__ import annotations

from benchmarks.extraction import norm
from kg.ingest.words import DESCRIPTOR
from tests.reading import members, reader

_read = reader("round42")
_HEAD = "Goes, 4 november 2026 – Digitaal Samen Bevelanden telt nu negen partners.\n\n"


def _members(text: str) -> set[str]:
    """The members, as the scorer compares names (no kind word such as "Welzijnsorganisatie" or
    "gemeente", no article)."""
    return {norm(name) for name in members(_read(text))}


def test_members_named_by_their_part_in_the_work() -> None:
    text = _HEAD + (
        "Binnen dat netwerk heeft ieder een eigen rol. De gemeente Kapelle coördineert. "
        "Welzijnsorganisatie Porthos Zorg zet haar ouderenadviseurs in. De vrijwilligers van "
        "Computerhulp Bevelanden (CHB) geven cursussen. Bibliotheek De Zeeuwse Kust levert de "
        "ruimtes, en ROC Scheldeveld stuurt studenten.\n"
    )
    assert {
        "kapelle",
        "porthos zorg",
        "computerhulp bevelanden",
        "bibliotheek de zeeuwse kust",
        "roc scheldeveld",
    } <= _members(text)


def test_the_rest_of_the_coalition_in_english() -> None:
    text = _HEAD + (
        "The rest of the coalition is still going strong. Bibliotheek De Mijnhal in Kerkrade "
        "runs the courses. Welfare organisation Impuls & Zo sends volunteers. The municipality "
        "of Landgraaf pays for the coordinator.\n"
    )
    assert {"bibliotheek de mijnhal", "impuls & zo", "landgraaf"} <= _members(text)


def test_no_members_by_their_part_without_a_sentence_that_shares_the_work() -> None:
    text = _HEAD + "Bibliotheek De Zeeuwse Kust levert de ruimtes. Jan de Vries coördineert.\n"
    assert "bibliotheek de zeeuwse kust" not in _members(text)


def test_no_person_or_joiner_to_come_as_a_member_by_their_part() -> None:
    text = _HEAD + (
        "Binnen het netwerk heeft ieder een eigen rol. Fatma Yildiz coördineert het netwerk. "
        "Ook de gemeente Noord-Beveland heeft laten weten mee te willen doen.\n"
    )
    named = _members(text)
    assert "fatma yildiz" not in named and "noord-beveland" not in named


def test_they_include_a_list_cut_by_semicolons_with_clauses() -> None:
    text = _HEAD + (
        "The coalition now has 14 partners. They include the public library organisation "
        "Bibliotheken Ommeland, which runs courses in twenty villages; welfare organisation "
        "Welzijn Eemsdelta & Hogeland (WEH), whose volunteers make home visits; the gemeente "
        "Eemsdelta; and housing association Wierde Wonen.\n"
    )
    assert {
        "bibliotheken ommeland",
        "welzijn eemsdelta & hogeland",
        "eemsdelta",
        "wierde wonen",
    } <= _members(text)


def test_a_relative_clause_after_an_item_does_not_end_its_list() -> None:
    text = _HEAD + (
        "De andere partners zijn Bibliotheek Het Eiland, waar de cursussen worden gegeven, "
        "Welzijn Eilandenkring, die thuishulp regelt, Zorgcoöperatie Oud-Beijerland en "
        "Computerclub de Muis uit Sommelsdijk.\n"
    )
    assert {
        "bibliotheek het eiland",
        "welzijn eilandenkring",
        "zorgcoöperatie oud-beijerland",
        "computerclub de muis",
    } <= _members(text)


def test_a_quoted_name_and_a_name_in_a_place_that_is_its_own() -> None:
    text = _HEAD + (
        "De andere partners zijn Stichting Thuis in Tiel, Bibliotheek Rivierenland en de "
        "sociale onderneming 'Digi in de Wijk'.\n"
    )
    assert {"stichting thuis in tiel", "digi in de wijk"} <= _members(text)


def test_a_former_name_told_as_what_it_was_then_called() -> None:
    text = (
        "Twee jaar geleden begon ik als projectleider bij wat toen nog Digi-Kafee Zeeland "
        "heette. Sinds maart heten we Digitaal Meedoen Zeeland. Projectleider Digitaal Meedoen "
        "Zeeland.\n\nDeze week sloot Stichting Klikhulp Goes zich aan bij Digitaal Meedoen "
        "Zeeland.\n"
    )
    found = _read(text)
    assert found.coalition is not None and found.coalition.value == "Digitaal Meedoen Zeeland"
    assert "Digi-Kafee Zeeland" in {fact.value for fact in found.former_names}


def test_a_word_for_a_kind_of_organisation_is_no_part_of_its_name() -> None:
    assert DESCRIPTOR.match("Welzijnsorganisatie") and DESCRIPTOR.match("Woningcorporatie")
    assert not DESCRIPTOR.match("Woonstichting")


def test_the_organisations_of_a_steering_groups_attendees_are_members() -> None:
    text = (
        "Verslag stuurgroep Digitaal Samen Bevelanden\n\nDatum: 4 november 2026\n\n"
        "Aanwezig:\nHenk Wolters (gemeente Goes, voorzitter)\nSanne Hoitink (Bibliotheek "
        "Zeeuwse Kust)\nAhmed El Khatib (Welzijnskring Kapelle)\n\nAfwezig met kennisgeving: "
        "Tim Hulshof (Computerhulp Reimerswaal)\n\nTe gast: Maaike Roelofs, provincie Zeeland\n"
    )
    assert {
        "goes",
        "bibliotheek zeeuwse kust",
        "welzijnskring kapelle",
        "computerhulp reimerswaal",
    } <= _members(text)


def test_no_members_from_a_councils_attendance() -> None:
    text = (
        "Besluitenlijst commissie Sociaal Domein, gemeente Kapelle\n\nAanwezig:\nJan Jansen "
        "(CDA)\nPiet de Vries (Lokaal Kapelle Belang)\n\nDe commissie bespreekt Digitaal Samen "
        "Bevelanden, dat nu negen partners telt.\n"
    )
    assert not {"cda", "lokaal kapelle belang"} & _members(text)


def test_who_are_the_partners_and_the_municipalities_listed_as_a_subject() -> None:
    text = (
        "Who are the partners right now?\nWe currently have ten partners. The three "
        "municipalities, gemeente Rhenen, gemeente Wijk bij Duurstede and gemeente Renswoude, "
        "fund the coordinator. The volunteer group Taal & Tablet runs a language café.\n"
    )
    assert {"rhenen", "wijk bij duurstede", "renswoude", "taal & tablet"} <= _members(text)
    total = _read(text).stated_total
    assert total is not None and total.value == "10"


def test_a_relative_clause_that_names_places_does_not_make_them_items() -> None:
    text = _HEAD + (
        "Its partners include gemeente Goes and gemeente Kapelle, which jointly fund a "
        "coordinator; Bibliotheek Flakkee & Waard, which hosts help desks in Middelharnis, "
        "Oud-Beijerland and Sommelsdijk; HuisartsenNetwerk Eilanden, the regional GP "
        "cooperative; and the welfare foundation Stichting Welzijn Oostflakkee.\n"
    )
    named = _members(text)
    assert {"goes", "kapelle", "bibliotheek flakkee & waard", "huisartsennetwerk eilanden"} <= named
    assert not {"oud-beijerland", "sommelsdijk"} & named


def test_a_partner_page_by_english_sector_headings() -> None:
    text = (
        "Our partners\nEleven organisations currently make up the coalition:\n\nLocal "
        "government\n- Municipality of Goes\n- Municipality of Kapelle\n\nLibraries and learning\n"
        "- Leescentrum Bevelanden\n- TaalTuin Goes  [NEW – joined in October]\n\nVolunteers\n"
        "- Computerclub De Vesting\n"
    )
    assert {
        "goes",
        "kapelle",
        "leescentrum bevelanden",
        "taaltuin goes",
        "computerclub de vesting",
    } <= _members(text)


def test_each_a_piece_of_the_puzzle_and_they_sit_in_it() -> None:
    text = _HEAD + (
        "We werken samen met een groep organisaties die elk een stukje van de puzzel leggen. "
        "Wijkwijs Bevelanden, de welzijnsorganisatie, haalt mensen op. Zorgkompas Kapelle helpt "
        "bij de zorgapp.\n\nDe gemeente Goes en de gemeente Reimerswaal zitten erin.\n"
    )
    assert {"wijkwijs bevelanden", "goes", "reimerswaal"} <= _members(text)
