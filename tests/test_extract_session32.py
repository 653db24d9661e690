"""Readings added in the thirty-second session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.coalitions import fullest
from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.fuller import spelled_out
from kg.ingest.lines import heading_line
from kg.ingest.mainlist import no_names
from kg.ingest.tenses import FUTURE_RULES
from kg.ingest.whereabouts import without_places
from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_HEAD = "Meppel, 3 december 2026\n\nNieuws van Digitaal Samen Reestdal\n\n"


def _joins(text: str) -> dict[str, tuple[int | None, bool, str | None]]:
    """Each joiner's (order, future, date)."""
    result = extract_text(text, "x", Lexicon.builtin())
    return {
        j.org.value: (int(j.order.value) if j.order else None, j.future, j.date and j.date.iso)
        for j in result.joins
    }


def test_the_other_partners_with_a_clause_before_their_verb_are_a_list() -> None:
    text = _HEAD + (
        "De andere partners waarmee de vereniging dit jaar optrok, zijn Bibliotheek Reestdal, "
        "Stichting Welzijn Meppel en Computerclub De Reest.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Reestdal", "Stichting Welzijn Meppel", "Computerclub De Reest"} <= members


def test_a_table_of_activities_is_no_list_of_members() -> None:
    assert not heading_line("Activiteit | Locatie | Datum | Deelnemers")
    assert heading_line("Deelnemers | Sector | Sinds")
    text = _HEAD + (
        "Wat we deden\n\n"
        "Activiteit | Locatie | Datum | Deelnemers\n"
        "Inloopmiddag tablets | Bibliotheek Reestdal | 3 maart | 14\n"
        "Workshop veilig bankieren | Buurthuis De Es | 9 april | 22\n"
    )
    members, _ = _read(text)
    assert not members & {"Inloopmiddag tablets", "Workshop veilig bankieren"}


def test_what_partners_help_with_after_a_colon_names_no_member() -> None:
    listed = " DigiD, de belastingaangifte, en zelfs de app van je slimme thermostaat."
    assert no_names(listed)
    assert not no_names(" Stichting Welzijn Meppel, die 4.000 huishoudens helpt en les geeft.")


def test_the_publisher_called_by_the_word_of_its_kind_joins_under_its_own_name() -> None:
    text = (
        "WANDELKRING DRENTSE AA\nJaarverslag 2026\n\n"
        "Na een gesprek in het voorjaar is de Wandelkring per 1 mei als negende partner "
        "toegetreden tot Digitaal Samen Reestdal.\n\nHet bestuur van de Wandelkring Drentse Aa\n"
    )
    assert _joins(text)["Wandelkring Drentse Aa"][0] == 9


def test_a_publisher_that_leaves_the_work_to_others_is_no_member() -> None:
    text = (
        "DE KLOMPENBODE\nLedenblad van de Federatie Drentse Klompenmakers\n\n"
        "Houtwerkplaats De Spaander uit Ruinen is sinds oktober partner van Digitaal Samen "
        "Reestdal.\n\nDe federatie zelf doet niet mee. Wij zijn een vereniging van verenigingen "
        "en laten dit graag aan de werkplaatsen zelf over.\n"
    )
    members, _ = _read(text)
    assert "Federatie Drentse Klompenmakers" not in members
    assert "Houtwerkplaats De Spaander" in members


def test_a_welcome_to_a_new_colleague_is_no_join() -> None:
    text = _HEAD + (
        "Stichting Welzijn Meppel is sinds 1 november partner van Digitaal Samen Reestdal.\n\n"
        "Personalia\n\nWelkom aan Sanne de Wit, die per 1 oktober is begonnen bij "
        "Fysiotherapie De Reest in Meppel.\n"
    )
    assert set(_joins(text)) == {"Stichting Welzijn Meppel"}


def test_our_network_is_the_publisher_whose_name_ends_in_network() -> None:
    text = (
        "Nieuwsbrief van het Kraamzorgnetwerk Reestdal\n\n"
        "Sinds vorig jaar is ons netwerk partner in Digitaal Samen Reestdal, de coalitie voor "
        "digitale zorg.\n"
    )
    members, _ = _read(text)
    assert "Kraamzorgnetwerk Reestdal" in members


def test_the_counter_of_partners_states_a_total() -> None:
    text = _HEAD + (
        "In oktober sloot Stichting Welzijn Meppel zich aan. Met deze nieuwe partner staat de "
        "teller op elf.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert result.stated_total is not None and int(result.stated_total.value) == 11


def test_a_member_in_and_the_others_after_it_also_and_further() -> None:
    text = _HEAD + (
        "Bibliotheek Reestdal zit erin, Computerclub De Reest uit Meppel ook, en verder "
        "Taalpunt Staphorst en Seniorenvereniging De Wijk.\n"
    )
    members, _ = _read(text)
    assert {
        "Bibliotheek Reestdal",
        "Computerclub De Reest",
        "Taalpunt Staphorst",
        "Seniorenvereniging De Wijk",
    } <= members


@pytest.mark.parametrize(
    "second",
    [
        "Stichting Ouderenhulp Meppel signed at the same ceremony, held in the town hall.",
        "Stichting Ouderenhulp Meppel tekende bij dezelfde gelegenheid.",
        "Op dezelfde middag tekende ook Stichting Ouderenhulp Meppel uit Nijeveen, dat "
        "maaltijden rondbrengt.",
    ],
)
def test_a_second_signature_at_the_same_occasion_is_a_join_of_that_day(second: str) -> None:
    text = _HEAD + (
        f"Op 2 december tekende Bibliotheek Reestdal het convenant van Digitaal Samen "
        f"Reestdal. {second}\n"
    )
    joins = _joins(text)
    assert joins["Stichting Ouderenhulp Meppel"][2] == "2026-12-02"


def test_a_municipality_that_pays_but_is_no_partner_is_no_member() -> None:
    text = _HEAD + (
        "We zitten in goed gezelschap bij de coalitie. Bibliotheek Reestdal geeft les. De "
        "gemeente Meppel betaalt de coördinator, maar is zelf geen partner.\n"
    )
    members, _ = _read(text)
    assert "Bibliotheek Reestdal" in members
    assert not any("Meppel" in member for member in members)


def test_where_a_member_works_is_taken_off_its_name() -> None:
    listed = (
        "Bibliotheek Reestdal in de vestigingen in Meppel en Nijeveen, Welzijn Meppel in de "
        "buurthuizen, en Computerclub De Reest"
    )
    assert (
        without_places(listed) == "Bibliotheek Reestdal, Welzijn Meppel, en Computerclub De Reest"
    )


def test_a_kind_before_two_places_with_a_hyphen_keeps_its_kind() -> None:
    text = _HEAD + (
        "Binnen de coalitie werken we samen met de andere partners, vooral met "
        "Welzijnsbureau Meppel-Westerveld en met Stichting Ouderenadvies Staphorst.\n"
    )
    members, _ = _read(text)
    assert "Welzijnsbureau Meppel-Westerveld" in members
    assert "Meppel-Westerveld" not in members


def test_a_dutch_partnership_is_not_misread_as_an_english_one() -> None:
    text = (
        "Stichting Tolkdiensten Reestdal (STR)\n\nJaaroverzicht 2025\n\n"
        "Sinds 2023 is STR partner in Netwerk Digitaal Samen Reestdal, een samenwerking van "
        "organisaties in Meppel.\n"
    )
    assert "Sinds 2023" not in " ".join(_joins(text))


@pytest.mark.parametrize(
    "intro",
    ["De coalitie telt op dit moment acht partners.", "Daar werken de partners al jaren aan."],
)
def test_the_partners_named_by_their_work_after_a_count_or_their_shared_work(intro: str) -> None:
    text = _HEAD + (
        f"{intro} Stichting Leeshuis Meppel houdt elke week een spreekuur. Welzijn Staphorst "
        "zoekt digimaatjes.\n"
    )
    members, _ = _read(text)
    assert {"Stichting Leeshuis Meppel", "Welzijn Staphorst"} <= members


def test_a_coordinator_glad_about_a_newcomer_is_no_member() -> None:
    text = _HEAD + (
        "De coalitie telt op dit moment acht partners. Coördinator Anke Mulder-Zwiers is blij "
        "met de komst van de klompenmakers. Stichting Leeshuis Meppel houdt het spreekuur.\n"
    )
    members, _ = _read(text)
    assert "Stichting Leeshuis Meppel" in members
    assert not any("Mulder" in member for member in members)


def test_a_publisher_that_becomes_a_partner_later_is_no_member_yet() -> None:
    text = (
        "DE HOUTSPAANDER\nNieuwsbrief van de Vereniging Drentse Klompenmakers\n\n"
        "De ledenvergadering besloot dat onze vereniging partner wordt van Digitaal Samen "
        "Reestdal. Tot die tijd zijn we dus nog geen partner.\n"
    )
    members, _ = _read(text)
    assert "Vereniging Drentse Klompenmakers" not in members


def test_a_coalition_name_with_an_ampersand_and_an_article_is_read_whole() -> None:
    text = "Wij doen mee met Digitaal Samen Reest & de Wolden, de coalitie in Meppel."
    assert fullest("Digitaal Samen Reest", text) == "Digitaal Samen Reest & de Wolden"


def test_our_place_told_as_a_participant_is_the_publishers_join() -> None:
    text = (
        "LEDENUPDATE - november 2026\nVereniging Drentse Klompenmakers\n\n"
        "Het bestuur besloot daarom aan te haken bij Digitaal Samen Reestdal.\n\nAfgelopen "
        "dinsdag hebben we in Meppel onze handtekening gezet. We zijn daarmee de twaalfde "
        "deelnemer, en de eerste ambachtsclub.\n"
    )
    assert _joins(text)["Vereniging Drentse Klompenmakers"][0] == 12


def test_initials_of_a_name_without_its_last_word_spell_it_out() -> None:
    said = (
        "Het bestuur van de Parochiële Hulpdienst Instelling Sint-Jozef (PHI) besloot mee te doen."
    )
    assert spelled_out(said)["PHI"] == "Parochiële Hulpdienst Instelling Sint-Jozef"


@pytest.mark.parametrize(
    ("said", "future"),
    [
        ("The board agreed that the Reest Club will become a partner of the coalition.", True),
        ("The Reest Club will join the coalition in spring.", True),
        ("De Reestclub zal in het voorjaar partner worden.", True),
        ("The Reest Club joined today and the coalition will become stronger.", False),
    ],
)
def test_a_join_that_will_be_is_to_come(said: str, future: bool) -> None:
    assert bool(FUTURE_RULES.search(said)) is future


def test_a_name_with_its_legal_form_and_without_is_one_member() -> None:
    text = _HEAD + (
        "De coalitie telt op dit moment zeven partners: Vereniging Vitaal Reestdal (VVR), "
        "Bibliotheek Reestdal en Stichting Welzijn Meppel. Bibliotheek Reestdal geeft de "
        "cursussen, VVR levert de digicoaches.\n"
    )
    members, _ = _read(text)
    assert "Vereniging Vitaal Reestdal" in members
    assert "Vitaal Reestdal" not in members


def test_a_join_in_the_same_month_has_that_month() -> None:
    text = _HEAD + (
        "Sinds maart is Bibliotheek Reestdal partner van Digitaal Samen Reestdal. In dezelfde "
        "maand tekende ook Stichting Welzijn Meppel.\n"
    )
    assert _joins(text)["Stichting Welzijn Meppel"][2] == "2026-03"


def test_those_we_signed_together_with_are_members() -> None:
    text = _HEAD + (
        "Vanaf vandaag is Buurthuis De Reest partner van Digitaal Samen Reestdal. Vanochtend "
        "hebben we samen met Bibliotheek Reestdal en Computerclub Bits & Bytes de handtekeningen "
        "gezet.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Reestdal", "Computerclub Bits & Bytes"} <= members


def test_a_page_of_posts_each_headed_by_the_publisher_calls_it_short() -> None:
    text = (
        "Café-Zaal 't Reesthuis · Nieuws\n\n----\n\nCafé-Zaal 't Reesthuis\n3 maart 2026\n\n"
        "Binnenkort meer nieuws!\n\n----\n\nCafé-Zaal 't Reesthuis\n17 maart 2026\n\n"
        "Vanaf vandaag is 't Reesthuis partner van Digitaal Samen Reestdal.\n"
    )
    assert "Café-Zaal 't Reesthuis" in _joins(text)


def test_the_places_a_member_works_in_are_no_members() -> None:
    text = _HEAD + (
        "In het netwerk werken we samen met Bibliotheek Reestdal, dat spreekuren houdt in "
        "Meppel, Nijeveen en Ruinen, met Stichting Welzijn Meppel en met Zorgdata B.V.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Reestdal", "Stichting Welzijn Meppel", "Zorgdata B.V."} <= members
    assert not any("Ruinen" in member for member in members)


def test_a_list_ends_where_its_sentence_goes_on_after_and() -> None:
    text = _HEAD + (
        "De coalitie werd in 2024 opgericht door Bibliotheek Reestdal en Welzijn Meppel Samen, "
        "en richtte zich tot nu toe op inwoners in de dorpen en in Meppel.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Reestdal", "Welzijn Meppel Samen"} <= members


def test_a_headline_without_a_word_of_the_full_name_is_the_same_joiner() -> None:
    text = (
        "Bond Plattelandsvrouwen Reestdal sluit aan bij digitale coalitie\n\n"
        "Meppel, 3 november 2026 – De Bond van Plattelandsvrouwen Reestdal is vandaag als "
        "tiende partner toegetreden tot Digitaal Samen Reestdal.\n"
    )
    assert list(_joins(text)) == ["Bond van Plattelandsvrouwen Reestdal"]


def test_the_publisher_called_by_the_word_of_its_name_in_lower_case_is_a_member() -> None:
    text = (
        "Stichting Reddingspost Reestdal\n\nNieuws\n\n"
        "Al twee jaar is de reddingspost partner van Digitaal Samen Reestdal, de coalitie die "
        "inwoners helpt met DigiD.\n"
    )
    members, _ = _read(text)
    assert "Stichting Reddingspost Reestdal" in members


@pytest.mark.parametrize(
    ("said", "name"),
    [
        (
            "Vorige week is daar onze eigen Huurdersvereniging Reest Samen bij gekomen.",
            "Huurdersvereniging Reest Samen",
        ),
        (
            "En sinds deze week draait ook Stichting Dorpshuis De Reiger in Nijeveen mee.",
            "Stichting Dorpshuis De Reiger",
        ),
    ],
)
def test_a_join_told_by_coming_in_or_running_along(said: str, name: str) -> None:
    text = _HEAD + f"De coalitie groeit. {said}\n"
    assert name in _joins(text)


def test_owners_named_by_their_given_names_are_persons() -> None:
    text = _HEAD + (
        "Nieuw in het netwerk is Camping De Reiger. Eigenaren Roelof en Geesje Mulder schoven "
        "in oktober bij het netwerk aan.\n"
    )
    joins = _joins(text)
    assert not any("Roelof" in name or "Geesje" in name for name in joins)


def test_a_clubs_own_new_members_are_no_joiners() -> None:
    text = (
        "DE KAMPVUURKRANT\nLedenblad van de Vereniging Drentse Kampeerbedrijven\n\n"
        "Sinds vorig jaar zijn wij partner van Digitaal Samen Reestdal.\n\n"
        "Ledennieuws\n\nWelkom aan twee nieuwe leden: Minicamping De Reiger in Nijeveen en "
        "Groepshuis De Spreeuw in Ruinen.\n"
    )
    joins = _joins(text)
    assert not any("Reiger" in name or "Spreeuw" in name for name in joins)


def test_new_members_of_the_federation_are_not_the_coalitions() -> None:
    text = (
        "KOORBRIEF\nNieuwsbrief van de Reestdalse Korenfederatie\n\n"
        "Sinds maart is onze federatie partner van Digitaal Samen Reestdal.\n\n"
        "Welkom aan twee nieuwe leden van de federatie: Popkoor Reestklank uit Meppel en "
        "Gospelkoor Nijeveen Sings.\n"
    )
    members, joins = _read(text)
    assert not any("Reestklank" in name or "Sings" in name for name in members | set(joins))


def test_a_name_in_brackets_after_a_name_is_its_other_name_not_a_second_member() -> None:
    text = (
        "Meppel, 10 September 2026 - The Reestdal Wind Community Fund (Stichting Windfonds "
        "Reestdal) has come on board as a partner of Digitaal Samen Reestdal, the coalition for "
        "digital inclusion. The fund signed the charter on 8 September, together with the other "
        "partners on board.\n"
    )
    members, _ = _read(text)
    assert "Stichting Windfonds Reestdal" not in members


def test_a_closing_quote_is_no_part_of_the_coalitions_name() -> None:
    text = (
        "Agenda van de commissie Samenleving\n\n"
        "Per 1 november 2026 zijn Stichting Kindcentra Reestdal en Huisartsenpraktijk Meppel "
        "tot de coalitie toegetreden.\n\n"
        "6. Raadsinformatiebrief 'Voortgang Coalitie Digitale Geletterdheid Reestdal' (d.d. 27 "
        "oktober 2026)\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert result.coalition is not None
    assert result.coalition.value == "Coalitie Digitale Geletterdheid Reestdal"


def test_the_publisher_a_member_of_another_body_by_its_own_word_is_no_member() -> None:
    text = (
        "Stichting Reddingspost Reestdal\n\nNieuws\n\n"
        "De reddingspost is al jaren lid van de vereniging van reddingsbrigades. "
        "Digitaal Samen Reestdal helpt inwoners met DigiD.\n"
    )
    members, _ = _read(text)
    assert "Stichting Reddingspost Reestdal" not in members


def test_our_association_in_a_stated_place_is_the_publisher() -> None:
    text = (
        "DE KLEPEL\nNieuwsbrief van de Vereniging van Klokkenluiders Reestdal (VKR)\n\n"
        "De ledenvergadering vroeg het bestuur aansluiting te zoeken bij Digitaal Samen "
        "Reestdal. Op 1 november is de overeenkomst getekend in Meppel. Daarmee is onze "
        "vereniging de elfde partner van de coalitie.\n"
    )
    joins = _joins(text)
    assert joins.get("Vereniging van Klokkenluiders Reestdal", (None,))[0] == 11
    assert "Vereniging" not in joins


def test_an_acronym_in_the_main_list_is_the_name_the_masthead_spells_out() -> None:
    text = (
        "Huisartsenkring Meppel-Reestdal (HKMR)\n\nMeppel, 2 december 2026 – Twee apotheken "
        "sluiten zich aan bij Digitaal Samen Reestdal. Zij sluiten aan bij de partners van het "
        "eerste uur: de HKMR, Bibliotheek Reestdal en Stichting Welzijn Meppel.\n"
    )
    members, _ = _read(text)
    assert "Huisartsenkring Meppel-Reestdal" in members
    assert "HKMR" not in members


def test_a_club_named_short_is_the_club_its_initials_open() -> None:
    text = _HEAD + (
        "Op maandag tekenden de besturen van RKSV Reestboys en SV Nijeveen '22 de overeenkomst. "
        "Reestboys is daarmee de vijftiende partner, Nijeveen '22 de zestiende.\n"
    )
    joins = _joins(text)
    assert joins.get("RKSV Reestboys", (None,))[0] == 15
    assert joins.get("SV Nijeveen '22", (None,))[0] == 16


def test_a_sentence_under_a_heading_is_read_from_its_first_name() -> None:
    text = _HEAD + (
        "De andere partners\n"
        "In Digitaal Samen Reestdal werken onder meer Stichting Reest Leert, Bibliotheek "
        "Reestdal-Oost, het Sportbureau Meppel en het Vrijwilligerspunt Staphorst samen.\n"
    )
    members, _ = _read(text)
    assert "Stichting Reest Leert" in members
    assert not any(member.startswith("In ") for member in members)
