"""Readings added in the thirty-third session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.lists import split_partner_list
from kg.ingest.subjects import name_run
from kg.ingest.whereabouts import without_places
from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_HEAD = "Zutphen, 2 december 2026\n\nNieuws van Samen Digitaal IJsselvallei\n\n"


def _members(text: str) -> set[str]:
    return _read(text)[0]


def _joiners(text: str) -> dict[str, int | None]:
    return _read(text)[1]


def test_a_legal_form_closes_a_name_before_and() -> None:
    text = _HEAD + (
        "Stichting Leeslamp Zutphen sluit zich vandaag aan bij Samen Digitaal IJsselvallei.\n\n"
        "Als partner kunnen we gebruikmaken van wat de andere partners bieden. Stichting Welzijn "
        "Zutphen stuurt op verzoek een vrijwilliger aan huis. Ook Woonzorgcoöperatie De Hanze "
        "Brummen U.A. en Volksuniversiteit Berkel & IJssel zitten "
        "in de coalitie; die laatste geeft in maart een cursus over de DigiD-app.\n"
    )
    members = _members(text)
    assert {
        "Woonzorgcoöperatie De Hanze Brummen U.A.",
        "Volksuniversiteit Berkel & IJssel",
    } <= members
    assert not any(" U.A. en " in name for name in members)


def test_the_publisher_said_short_in_a_newsletter_of_its_full_name() -> None:
    text = (
        "Newsletter of Happy Clogs International Toddler Club, Deventer\n"
        "December 2026\n\n"
        "Since this autumn, Happy Clogs became a partner of Digitaal Doen Deventer, the local "
        "coalition that helps newcomers with Dutch online services.\n"
    )
    assert "Happy Clogs International Toddler Club" in _joiners(text)
    assert "Happy Clogs" not in _joiners(text)


def test_one_invited_who_declined_is_no_joiner() -> None:
    text = _HEAD + (
        "Stichting Leeslamp Zutphen signed the charter of Samen Digitaal IJsselvallei today. "
        "Boerenleenbank Achterhoek, which lends to many farmers here, was also invited to join "
        "but has declined for now.\n"
    )
    joiners = _joiners(text)
    assert "Stichting Leeslamp Zutphen" in joiners
    assert "Boerenleenbank Achterhoek" not in joiners


def test_one_who_came_in_as_the_nth_joins_and_a_place_before_it_is_not_its_name() -> None:
    text = _HEAD + (
        "Stichting Leeslamp Zutphen signed the charter of Samen Digitaal IJsselvallei today, as "
        "its ninth partner. At the same ceremony, held in the old town hall in Brummen, "
        "Paardenpraktijk Voorst & Eerbeek, a vet for horses, came in as the tenth.\n"
    )
    joiners = _joiners(text)
    assert joiners.get("Paardenpraktijk Voorst & Eerbeek") == 10
    assert not any(name.startswith("Brummen") for name in joiners)


def test_places_after_a_preposition_end_a_name_read_from_its_end() -> None:
    assert name_run("gehouden in de kantine in Brummen, Paardenpraktijk Voorst", True) == (
        "Paardenpraktijk Voorst"
    )
    assert name_run("de partners Goldmund, Wyldebeast & Wunderliebe", True) == (
        "Goldmund, Wyldebeast & Wunderliebe"
    )


def test_partners_from_places_are_no_organisations() -> None:
    text = _HEAD + (
        "Het netwerk begon in 2023 in Zutphen als Netwerk Digitaal Zutphen. Omdat er steeds meer "
        "partners uit Twello en Eerbeek bijkwamen, gaat het sinds 1 oktober verder als Samen "
        "Digitaal IJsselvallei.\n"
    )
    assert not {"Twello", "Eerbeek"} & set(_joiners(text))


def test_a_count_after_a_hyphenated_coalition_name() -> None:
    text = _HEAD + (
        "Stichting Leeslamp sluit zich aan bij Digitaal Oost-Veluwe. Met de nieuwe partner telt "
        "Digitaal Oost-Veluwe nu elf organisaties.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert result.stated_total is not None and result.stated_total.value == "11"


def test_a_signature_set_with_ook_before_the_name_is_a_join() -> None:
    text = _HEAD + (
        "De coalitie Samen Digitaal IJsselvallei heeft al zes partners. En gisteren heeft ook "
        "Winkeliersvereniging Hanzestad Vooruit zijn handtekening gezet, vertelde de voorzitter.\n"
    )
    assert "Winkeliersvereniging Hanzestad Vooruit" in _joiners(text)


def test_stepping_down_is_no_joining_and_a_word_beginning_with_toe_is_no_toe() -> None:
    text = _HEAD + (
        "Stichting Leeslamp Zutphen sluit zich aan bij Samen Digitaal IJsselvallei.\n\n"
        "Op de agenda: de begroting, de penningmeester (Anke treedt af na zes jaar, dank Anke!) "
        "en een toelichting op de coalitie door de coördinator.\n"
    )
    joiners = _joiners(text)
    assert set(joiners) == {"Stichting Leeslamp Zutphen"}


def test_a_name_ends_at_its_legal_form_before_the_place_it_lies_at() -> None:
    text = (
        "Brummen, 2 december 2026 - Zeilschool De Bronsbergen B.V. aan het Bronsbergenmeer is "
        "vandaag de achtste partner geworden van Samen Digitaal IJsselvallei.\n"
    )
    assert _joiners(text) == {"Zeilschool De Bronsbergen B.V.": 8}


def test_a_list_ends_before_a_place_of_several_words() -> None:
    listed = "Computerclub Nieuwkoop '88 en Ouderenbond De Molenwiek uit Alphen aan den Rijn"
    assert without_places(listed) == "Computerclub Nieuwkoop '88 en Ouderenbond De Molenwiek"


def test_two_who_joined_the_coalition_with_zich_gevoegd() -> None:
    text = _HEAD + (
        "Per 1 november hebben Kraamzorg De Wieg Voorst en Logopediepraktijk Spraakwater zich "
        "bij de coalitie Samen Digitaal IJsselvallei gevoegd.\n"
    )
    assert {"Kraamzorg De Wieg Voorst", "Logopediepraktijk Spraakwater"} <= set(_joiners(text))


def test_a_founder_that_is_no_longer_in_is_no_member() -> None:
    text = _HEAD + (
        "Stichting Leeslamp Zutphen sluit zich vandaag aan bij Samen Digitaal IJsselvallei.\n\n"
        "Drogisterij Het Mortier was een van de oprichters, maar is sinds juni niet meer "
        "aangesloten.\n"
    )
    assert "Drogisterij Het Mortier" not in _members(text)


def test_a_partner_since_an_earlier_year_is_a_member_not_a_joiner() -> None:
    text = (
        "ZUTPHEN, 2 december 2026 - Stichting Leeslamp Zutphen sluit zich vandaag aan bij Samen "
        "Digitaal IJsselvallei.\n\n"
        "Bibliotheek Zutphen is sinds 2023 partner van Samen Digitaal IJsselvallei. Stichting "
        "Kleine Stappen, die al sinds 2011 huiswerkhulp geeft, is nu ook partner.\n"
    )
    members, joiners = _read(text)
    assert "Bibliotheek Zutphen" in members
    assert "Bibliotheek Zutphen" not in joiners
    assert "Stichting Kleine Stappen" in joiners  # the clause's "sinds 2011" is not the tie's


def test_a_short_name_of_a_farm_partner_since_last_month_joins() -> None:
    text = (
        "Voorst, 2 december 2026\n\n"
        "Our guide Henk works at Geitenboerderij De Drie Linden, near Twello.\n\n"
        "Since last month, De Drie Linden is also a partner in Samen Digitaal IJsselvallei, a "
        "small coalition that helps people with online banking.\n"
    )
    assert "Geitenboerderij De Drie Linden" in _joiners(text)


def test_stepping_aboard_is_joining() -> None:
    text = _HEAD + (
        "Op 11 november is Natuurcamping Het Wilgenbos aan boord gestapt van Samen Digitaal "
        "IJsselvallei, het netwerk dat inwoners wegwijs maakt.\n"
    )
    assert "Natuurcamping Het Wilgenbos" in _joiners(text)


def test_the_kind_said_short_points_back_to_a_compound_of_it() -> None:
    text = _HEAD + (
        "Wie op de markt in Zutphen een oranje hesje zag, kent de vrijwilligers van "
        "Verkeersbrigade Hanzestad. Dit jaar krijgen zij er een taak bij. Op maandag 30 november "
        "heeft de brigade zich als zevende partner aangesloten bij Samen Digitaal IJsselvallei.\n"
    )
    assert _joiners(text).get("Verkeersbrigade Hanzestad") == 7


def test_one_read_to_have_come_in_last_week_joins() -> None:
    text = _HEAD + (
        "In het buurtblad las ik dat vorige week ook Tandartsenpraktijk De Kies erbij is "
        "gekomen, bij Samen Digitaal IJsselvallei.\n"
    )
    assert "Tandartsenpraktijk De Kies" in _joiners(text)


def test_the_partners_we_work_with_most_are_a_list_without_a_comma() -> None:
    text = _HEAD + (
        "Stichting Leeslamp sluit zich aan bij Samen Digitaal IJsselvallei.\n\n"
        "De partners met wie wij het vaakst optrekken zijn Bibliotheek Gorssel, Stichting "
        "Welzijn Lochem en Taalwinkel Eefde.\n"
    )
    assert {"Bibliotheek Gorssel", "Stichting Welzijn Lochem", "Taalwinkel Eefde"} <= _members(text)


def test_those_who_were_in_already_are_members() -> None:
    text = _HEAD + (
        "Stichting Leeslamp sluit zich aan bij Samen Digitaal IJsselvallei.\n\n"
        "Stichting Leeslamp is daarmee de vijfde partner uit onze gemeente. Bibliotheek "
        "Gorssel, Stichting Welzijn Lochem en Woonstichting De Berkel waren er al bij.\n"
    )
    members = _members(text)
    assert {"Bibliotheek Gorssel", "Stichting Welzijn Lochem", "Woonstichting De Berkel"} <= members


# The second round: what blind203-206 (read after their unseen end) and blind207-210 showed.


def test_a_quarter_of_an_hour_later_is_no_history_and_who_followed_as_nth_joins() -> None:
    text = (
        "BRUMMEN, 9 oktober 2026 - Daar groeide de coalitie Samen Digitaal IJsselvallei met twee "
        "partners. Bibliotheek Brummen zette als elfde partner haar naam onder de "
        "samenwerkingsafspraken; een kwartier later volgde Kraamzorg De Wieg B.V. als twaalfde.\n"
    )
    assert _joiners(text) == {"Bibliotheek Brummen": 11, "Kraamzorg De Wieg B.V.": 12}


def test_a_member_of_a_member_who_followed_is_named_without_that_word() -> None:
    """A guard for the row above: read before it by another rule, and still after it."""
    text = (
        "ZUTPHEN, 18 maart 2026 - De Zutphense Ondernemers Kring (ZOK) tekende de overeenkomst "
        "van Samen Digitaal IJsselvallei en werd de negende partner. Een dag later volgde ZOK-lid "
        "Webwerf B.V. als tiende.\n"
    )
    assert _joiners(text).get("Webwerf B.V.") == 10


def test_we_are_in_good_company_opens_a_division_of_work() -> None:
    text = _HEAD + (
        "Stichting Leeslamp Zutphen joined Samen Digitaal IJsselvallei today.\n\n"
        "We are in good company. Bibliotheek Zutphen runs the weekly help desks, Stichting "
        "Welzijn Lochem visits people at home, and Taalwinkel Eefde teaches Dutch.\n"
    )
    assert {"Bibliotheek Zutphen", "Stichting Welzijn Lochem", "Taalwinkel Eefde"} <= _members(text)


def test_we_signed_the_partnership_agreement_beside_a_title_in_quotes() -> None:
    text = (
        "News from the Mill\nThe blog of Molenmuseum De Hoop, Zutphen\n\n"
        "Posted on 7 December 2026\n\n"
        'This morning, in our hall "Wind and Flour", we signed the partnership agreement of '
        "Samen Digitaal IJsselvallei.\n"
    )
    assert "Molenmuseum De Hoop" in _joiners(text)


def test_a_club_board_that_says_we_signed_speaks_for_the_club_not_the_publisher() -> None:
    """A guard for the signed agreement as a claim of "we" (the test above)."""
    text = (
        "Ledenblad van de Gelderse Zweefvliegbond (GZB)\n\n"
        "Het bestuur van Thermiek heeft de knoop doorgehakt: op zaterdag 14 november hebben we de "
        "samenwerkingsafspraken van Samen Digitaal IJsselvallei getekend.\n"
    )
    assert "Gelderse Zweefvliegbond" not in _members(text)


def test_two_partners_the_coalition_got_after_a_colon_with_an_aside_of_another_year() -> None:
    text = (
        "Zutphen, 24 september 2026 - De stichting is blij dat de coalitie Samen Digitaal "
        "IJsselvallei, waarvan Stichting Werkwijzer sinds 2024 deel uitmaakt, er deze week twee "
        "partners bij heeft gekregen: Praktijkschool De Brug uit Zutphen en Kringloop Tweede "
        "Kans uit Lochem.\n"
    )
    members, joiners = _read(text)
    assert {"Praktijkschool De Brug", "Kringloop Tweede Kans"} <= set(joiners)
    assert "Stichting Werkwijzer" in members - set(joiners)


def test_a_place_before_a_bracket_ends_a_listed_name() -> None:
    listed = "Taalschool Noorderlicht in Den Helder (mei 2025) en Stichting X"
    assert without_places(listed) == "Taalschool Noorderlicht (mei 2025) en Stichting X"


def test_a_day_and_month_before_a_name_are_no_part_of_it() -> None:
    text = _HEAD + (
        "This autumn two organisations came on board. On 5 November Stichting Nieuw Thuis "
        "Zutphen, which supports refugees in finding their way in the region, signed up, and a "
        "week later the Zutphen Expat Desk followed. That brings the coalition to twelve "
        "partners.\n"
    )
    members = _members(text)
    assert "Stichting Nieuw Thuis Zutphen" in members
    assert not any(name.startswith("On 5") for name in members)
    assert name_run("Tijdens ons bezoek aan Dorpshuis De Stee in Eefde, op 5 november,", True) == ""


def test_a_word_for_the_coalitions_partners_before_names_makes_them_members() -> None:
    text = _HEAD + (
        "Stichting Leeslamp sluit zich aan bij Samen Digitaal IJsselvallei.\n\n"
        "De lessen zijn in de vestigingen van alliantiepartner Bibliotheek Gorssel in Lochem. "
        "Coalitiepartner Stichting Sociaal Werk Lochem e.o. zorgt voor vrijwilligers.\n"
    )
    members = _members(text)
    assert {"Bibliotheek Gorssel", "Stichting Sociaal Werk Lochem e.o."} <= members


def test_an_initiative_of_a_member_and_the_coalition_names_the_coalition_alone() -> None:
    text = (
        "Zutphen, 3 maart 2026\n\n"
        "De cursus is een initiatief van Stichting Geleidehonden Oost (SGO) en Alliantie "
        "Digitaal IJsselvallei, het samenwerkingsverband dat in de regio werkt aan digitale "
        "inclusie. SGO is sinds 2024 partner van de alliantie.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert result.coalition is not None
    assert result.coalition.value == "Alliantie Digitaal IJsselvallei"
    both = [fact for fact in result.partners if "Alliantie" in fact.value]
    assert all(fact.confidence <= 0.5 and fact.candidates for fact in both)  # a question


def test_a_brand_said_short_is_named_with_its_legal_form() -> None:
    text = (
        "Zutphen, 24 september 2026 - Stichting WerkWijzer Zutphen begeleidt werkzoekenden. De "
        "coalitie Samen Digitaal IJsselvallei, waarvan WerkWijzer sinds 2024 deel uitmaakt, "
        "kreeg er deze week twee partners bij: Praktijkschool De Brug en Kringloop Tweede Kans.\n"
    )
    assert "Stichting WerkWijzer Zutphen" in _members(text)


def test_the_places_a_listed_name_works_in_are_no_names() -> None:
    listed = "Bibliotheek Twentse Poort in Hengelo, Borne en Almelo"
    assert without_places(listed) == "Bibliotheek Twentse Poort"
    assert without_places("Bits en Bytes in Hengelo en Omstreken") != ""


def test_one_that_had_become_a_partner_after_an_aside_about_it() -> None:
    text = (
        "Zutphen, 1 december 2026\n\n"
        "Begin september vertelde de teamleider dat Zorggroep IJsselzoom, waar Huize De Berk "
        "onder valt, per 1 september partner was geworden van iets dat Samen Digitaal "
        "IJsselvallei heet.\n"
    )
    assert "Zorggroep IJsselzoom" in _joiners(text)


def test_one_said_to_be_one_of_the_partners_too_is_a_member() -> None:
    text = _HEAD + (
        "Stichting Leeslamp sluit zich aan bij Samen Digitaal IJsselvallei.\n\n"
        "Als het misgaat, belt de afdeling de helpdesk van Digimaatjes Zutphen, ook een van de "
        "partners.\n"
    )
    assert "Digimaatjes Zutphen" in _members(text)


def test_a_descriptor_with_a_possessive_before_a_listed_name_is_no_part_of_it() -> None:
    listed = "the library Bibliotheek Gorssel and the employers' platform Ondernemend Zutphen"
    assert [item.value for item in split_partner_list(listed)] == [
        "Bibliotheek Gorssel",
        "Ondernemend Zutphen",
    ]


def test_where_new_members_came_is_no_subject_that_joins() -> None:
    text = _HEAD + (
        "Stichting Leeslamp sluit zich aan bij Samen Digitaal IJsselvallei.\n\n"
        "Bij De Klompendansers in Eefde zijn zelfs vier nieuwe leden bijgekomen, waarvan twee "
        "onder de dertig.\n"
    )
    assert set(_joiners(text)) == {"Stichting Leeslamp"}


def _total(text: str) -> str | None:
    result = extract_text(_HEAD + text, "x", Lexicon.builtin())
    return result.stated_total.value if result.stated_total else None


def test_totals_said_as_has_n_partners_n_strong_and_at_the_table() -> None:
    lead = "Stichting Leeslamp sluit zich aan bij Samen Digitaal IJsselvallei. "
    assert _total(lead + "The coalition now has twenty-one partners, from libraries up.") == "21"
    assert _total(lead + "With us on board the network is now fourteen partners strong.") == "14"
    assert _total(lead + "Daarmee zitten er inmiddels twaalf partners aan tafel.") == "12"
