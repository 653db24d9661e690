"""Readings added in the forty-first session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.sentences import read_sentences
from kg.ingest.totals import read_total
from tests.reading import reader, sure

_NAMES = [
    "Gemeente Tubbergen",
    "Bibliotheek Noordoost-Twente",
    "Stichting Welzijn Dinkelland",
    "Zorggroep De Esch",
]


def test_rows_of_a_dot_leader_table_labelled_partner_are_members() -> None:
    rows = "\n".join(
        f"  {name} {'.' * (36 - len(name))} partner{' – sinds 2024' * (i % 2)}"
        for i, name in enumerate(_NAMES)
    )
    text = (
        "Tubbergen, 3 november 2026 – Zorggroep De Esch is sinds vandaag partner van Netwerk "
        "Digitaal Dinkelland-Tubbergen.\n\nOp de avond zelf bleek hoe breed het netwerk is. "
        "Hieronder wie er in zit, en een naam die er niet in zit.\n\n"
        f"{rows}\n  Drukkerij Het Lettertje ........... GEEN partner – drukt de flyers\n\n"
        "Vragen? Bel het secretariaat."
    )
    assert sure(text) == set(_NAMES)


def test_how_the_network_is_put_together_then_who_does_what_names_its_members() -> None:
    text = (
        "Ommen, 9 oktober 2026 – De huurdersvereniging van De Vechtoever heeft zich gisteren "
        "aangesloten bij Digitaal Sterk Vechtdal.\n\nWie vraagt hoe het netwerk in elkaar zit: "
        "dat is simpel. Bibliotheek Vechtdal geeft de lessen. Zorggroep De Esch signaleert "
        "wie thuis vastloopt. En de gemeente Ommen betaalt de koffie en de coördinator.\n\n"
        "Het park is van Recreatie Vechtoever B.V., en die is geen partner."
    )
    found = sure(text)
    assert {"Bibliotheek Vechtdal", "Zorggroep De Esch", "Gemeente Ommen"} <= found
    assert "Recreatie Vechtoever B.V." not in found


def test_the_museum_that_joins_is_the_one_museum_the_text_named_further_up() -> None:
    text = (
        "Het blog van Hendrik, gids in Scheepvaartmuseum De Kromme Ree, Oosterbierum\n\n"
        "dinsdag 3 maart 2026\n\nIk loop twee middagen per week met bezoekers door het "
        "museum. Veel ouderen krijgen de QR-code van de audiotour niet aan de praat.\n\n"
        "Onze directeur, Anneke Postma, hoorde die verhalen aan. Vorige week vrijdag heeft "
        "het museum zich aangesloten bij Netwerk Digitaal Meedoen Harlingen."
    )
    joined = [j.org.value for j in reader("x")(text).joins]
    assert joined == ["Scheepvaartmuseum De Kromme Ree"]


def test_a_join_told_again_without_a_date_keeps_the_date_told_above_it() -> None:
    text = (
        "Stichting Dorpsbus Hunsingo sluit zich aan bij de Coalitie Digitaal Hogeland\n\n"
        "Winsum, 4 maart 2026 – Stichting Dorpsbus Hunsingo is per 2 maart 2026 partner van de "
        "Coalitie Digitaal Hogeland. De chauffeurs gaan reizigers helpen met de reisapp. Ze "
        "krijgen daarvoor een training. Die geeft de bibliotheek.\n\n"
        "Met de komst van de stichting telt de coalitie negen partners."
    )
    found = reader("x")(text)
    dates = {j.org.value: j.date.iso if j.date else None for j in found.joins}
    assert dates == {"Stichting Dorpsbus Hunsingo": "2026-03-02"}


def test_who_were_the_other_ones_is_answered_by_a_list_cut_by_semicolons() -> None:
    text = (
        "Last Thursday our choir signed the covenant of Digitaal Samen Breda as its fifth "
        "partner. Who were the other four? I noted them on my programme: Bibliotheek Breda, "
        "which runs the help desk; Welzijn Breda Noord; the gemeente Breda; and the repair "
        "and computer club De Schroevendraaier. Four, plus us, makes five."
    )
    found = sure(text)
    assert {"Bibliotheek Breda", "Welzijn Breda Noord", "Gemeente Breda"} <= found
    assert any(name.endswith("Schroevendraaier") for name in found)


def test_one_that_also_signed_after_a_signing_joined_on_the_same_afternoon() -> None:
    text = (
        "Oss, 6 March 2026 – On Thursday 5 March, in the library, Stichting Buurtkracht Oss "
        "signed the covenant "
        "of Coalitie Digitaal Oss. The alderman gave a short speech. On the same afternoon "
        "the Turkse Vrouwenvereniging Oss, a group that meets every Friday, also signed."
    )
    found = reader("x")(text)
    dates = {j.org.value: j.date.iso if j.date else None for j in found.joins}
    assert dates["Turkse Vrouwenvereniging Oss"] == dates["Stichting Buurtkracht Oss"]
    assert dates["Stichting Buurtkracht Oss"] is not None


def test_clauses_that_each_say_an_organisation_takes_part_name_members() -> None:
    text = (
        "Sinds maandag is Bakkerij Van Dam de achtste partner van Hattem Digitaal. "
        "Buurtvereniging De Eikels doet mee, de gemeente Hattem doet mee, en de bibliotheek "
        "regelt de lessen. Bibliotheek Hattem doet mee, net als Zorggroep De Veste."
    )
    found = sure(text)
    assert {"Buurtvereniging De Eikels", "Gemeente Hattem"} <= found
    assert {"Bibliotheek Hattem", "Zorggroep De Veste"} <= found


def test_both_partners_after_a_sentence_naming_two_organisations() -> None:
    text = (
        "Sinds maandag is Bakkerij Van Dam de achtste partner van Hattem Digitaal. "
        "Els van Thuiszorg De Veluwe brengt haar cliënten naar Repair Café Hattem, waar ze ook "
        "laptops maken. Allebei partner. Ook Sportclub Hattem brengt mensen, maar die is geen "
        "partner."
    )
    found = sure(text)
    assert {"Thuiszorg De Veluwe", "Repair Café Hattem"} <= found
    assert "Sportclub Hattem" not in found


def test_who_takes_part_answered_by_what_the_coordinator_told_after_a_colon() -> None:
    text = (
        "Hier in Kapelle draait Netwerk Digitaal Vaardig Kapelle.\n\nWie doen er mee? Ik heb "
        "het opgevraagd bij coördinator Els de Vos, en dat gaat zo: Bibliotheek Kapelle, die "
        "de spreekuren regelt; Stichting Thuiszorg De Kreek; de gemeente Kapelle; en Stichting "
        "Taal & Toekomst uit Goes. Vier partners, volgens Els."
    )
    assert sure(text) == {
        "Bibliotheek Kapelle",
        "Stichting Thuiszorg De Kreek",
        "Gemeente Kapelle",
        "Stichting Taal & Toekomst",
    }


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Zeven partners, volgens Marieke, en dat is een mooi aantal.", 7),
        ("Twelve members, says the coordinator.", 12),
        ("Nine, plus our two, makes eleven partners.", 11),
        ("Negen, plus wij, maakt tien partners.", 10),
        ("Zeven partners hebben we bezocht, volgens het verslag.", None),
    ],
)
def test_totals_told_by_who_counted_them(sentence: str, total: int | None) -> None:
    read = read_total(read_sentences(sentence))
    assert (read[0] if read else None) == total


def test_who_signed_beside_us_below_a_colon_are_joiners() -> None:
    text = (
        "Gisteren zetten drie nieuwe partijen hun handtekening onder het Convenant Digitaal "
        "Meedoen Ameland.\n\nNaast onze vereniging tekenden:\n"
        "- Loonbedrijf De Boer B.V. uit Nes, dat zijn klanten helpt met e-facturen;\n"
        "- Dorpsbelang Hollum, dat een digicafé start.\n\n"
        "Tot de ondertekenaars van het eerste uur horen de gemeente Ameland, Bibliotheek "
        "Ameland en Computerclub De Muis uit Sas van Gent."
    )
    found = reader("x")(text)
    assert {j.org.value for j in found.joins} == {"Loonbedrijf De Boer B.V.", "Dorpsbelang Hollum"}
    assert {"Gemeente Ameland", "Bibliotheek Ameland", "Computerclub De Muis"} <= sure(text)


def test_a_quoted_list_after_a_sentence_that_says_who_told_who_takes_part() -> None:
    text = (
        "Het was een bijeenkomst van Coalitie Digitaal Zelfredzaam Tholen. De coördinator, "
        "Marleen de Wit, vertelde wie er allemaal aan tafel zaten. 'We hebben Bibliotheek "
        "Tholen, Ouderenbond De Schelde uit Sint-Maartensdijk, het Sociaal Wijkteam Tholen en "
        "de mensen van Stichting Hulp aan Huis,' zei ze. 'Wat we missen, is een notaris.'"
    )
    assert sure(text) == {
        "Bibliotheek Tholen",
        "Ouderenbond De Schelde",
        "Sociaal Wijkteam Tholen",
        "Stichting Hulp aan Huis",
    }


def test_some_partners_named_in_bullets_under_a_sentence_without_a_colon() -> None:
    rows = "\n".join(f"👉 {name}, met vrijwilligers" for name in _NAMES)
    text = (
        "Vandaag tekende ons ziekenhuis het convenant van Alliantie Digitaal Twente.\n\n"
        "Wat de alliantie sterk maakt, is dat de partners elkaar aanvullen. Ik noem er een "
        f"paar, want ik ga niet alle twaalf taggen 😉\n\n{rows}\n\n"
        "Dank ook aan organisaties die niet in de alliantie zitten, maar zonder wie dit niet "
        "was gelukt:\n🙏 Fonds Twentse Verbinding, dat de alliantie financiert.\n"
        "🙏 Drukkerij Hengelo, voor de flyers."
    )
    found = sure(text)
    assert set(_NAMES) <= found
    assert not {"Fonds Twentse Verbinding", "Drukkerij Hengelo"} & found


_STORY = (
    "Zo kwam ik bij Coalitie Digitaal Fit Ubbergen. Het is een samenwerking van {n} partners, "
    "zo stond op de folder.\n\nHenk ging eerst naar het spreekuur in Bibliotheek Ubbergen. "
    "Daar werd hij gekoppeld aan een vrijwilliger van Stichting Digimaatjes Ubbergen. Toen "
    "zijn tablet het begaf, bracht hij hem naar Repair Café Beek.{more} En de {nth} partner, "
    "Huisartsenpraktijk De Linde in Ooij, bleek Henk al eerder te hebben doorverwezen."
)


def test_a_story_that_names_the_counted_partners_up_to_the_last_by_its_ordinal() -> None:
    text = _STORY.format(n="vier", more="", nth="vierde")
    assert sure(text) == {
        "Bibliotheek Ubbergen",
        "Stichting Digimaatjes Ubbergen",
        "Repair Café Beek",
        "Huisartsenpraktijk De Linde",
    }


def test_a_story_that_names_more_than_it_counted_vouches_for_none() -> None:
    more = " Het geld kwam van Fonds Gelderland, en de koffie van Bakkerij Jansen."
    text = _STORY.format(n="vier", more=more, nth="vierde")
    assert not {"Bibliotheek Ubbergen", "Repair Café Beek", "Bakkerij Jansen"} & sure(text)


def test_one_that_signed_straight_after_as_number_n_joined_in_that_order() -> None:
    text = (
        "So on Saturday two new organisations signed up to Alliantie Digitaal Fivelingo. The "
        "first was Stichting Dijk Welzijn; they became the ninth partner. Volksuniversiteit "
        "Fivelingo, which runs evening classes, signed straight after as number ten. 'Now we "
        "have ten.'"
    )
    found = reader("x")(text)
    orders = {j.org.value: j.order.value if j.order else None for j in found.joins}
    assert orders.get("Volksuniversiteit Fivelingo") == "10"
    assert found.stated_total is not None and found.stated_total.value == "10"


def test_a_join_told_after_a_colon_and_a_coalition_by_its_initials() -> None:
    text = (
        "Vorige week ging ik naar een bijeenkomst van het Netwerk Digitale Inclusie Hengelo "
        "e.o. Ze zeggen zelf NDIH. Ik kreeg er goed nieuws: Stichting Nieuwe Kans Twente, die "
        "ex-gedetineerden begeleidt, is op 1 februari 2026 officieel toegetreden tot het NDIH.\n\n"
        "Foto: Anna de Vries en Kees Jansen ondertekenen de overeenkomst."
    )
    found = reader("x")(text)
    assert [j.org.value for j in found.joins] == ["Stichting Nieuwe Kans Twente"]
    assert found.coalition is not None
    assert found.coalition.value == "Netwerk Digitale Inclusie Hengelo e.o."


def test_a_given_name_alone_that_signs_is_a_person_not_a_joiner() -> None:
    text = (
        "Coalitie Digitaal Meedoen Leudal telt zeven partners. Afgelopen dinsdag heeft Sander "
        "namens ons zijn handtekening gezet onder het convenant van Coalitie Digitaal Meedoen "
        "Leudal."
    )
    assert "Sander" not in {j.org.value for j in reader("x")(text).joins}


def test_people_from_the_partners_around_the_table_name_the_partners() -> None:
    text = (
        "Last Friday, March 6, Dansschool La Cumbia officially joined Netwerk Digitaal Meedoen "
        "Zuilen. I went to the partners' meeting and met the others around the table: Pieter "
        "from Stichting Buurtwerk Zuilen, a very energetic lady from Taalcafé Samen Sterk, and "
        "a nurse from Huisartsenpraktijk De Linde."
    )
    assert sure(text) == {
        "Dansschool La Cumbia",
        "Stichting Buurtwerk Zuilen",
        "Taalcafé Samen Sterk",
        "Huisartsenpraktijk De Linde",
    }


def test_a_short_name_that_joins_is_the_one_the_text_wrote_in_full_before() -> None:
    text = (
        "Ik rijd nu vier jaar voor Vervoersdienst De Libel Schouwen. Vorige week hoorde ik iets "
        "nieuws van onze coördinator Ellen: De Libel heeft zich aangesloten bij de Coalitie "
        "Digivaardig Schouwen-Duiveland."
    )
    joined = [j.org.value for j in reader("x")(text).joins]
    assert joined == ["Vervoersdienst De Libel Schouwen"]


def test_both_are_partners_after_a_sentence_about_funders_names_no_funder() -> None:
    text = (
        "Sinds maandag is Bakkerij Van Dam de achtste partner van Hattem Digitaal. De tablets "
        "zijn betaald door Fonds Hattem en geleverd door Tablet Tuin B.V. Beide zijn partner."
    )
    assert not {"Fonds Hattem", "Tablet Tuin B.V."} & sure(text)


def test_our_banking_partner_a_leaver_and_a_person_before_her_organisation() -> None:
    text = (
        "Sinds maandag is Bakkerij Van Dam de achtste partner van Hattem Digitaal.\n\n"
        "Computerwinkel Jansen Hattem deed vanaf het begin mee, maar is er dit jaar uitgestapt.\n"
        "Bij de ondertekening was ook Naima El Ouali van Welzijn Hattem, eveneens partner.\n"
        "• Our banking partner Veluwse Handelsbank is a partner of ours, not of the coalition.\n"
        "Afgelopen dinsdag heeft Hinke namens ons haar handtekening gezet."
    )
    found = sure(text)
    assert "Welzijn Hattem" in found
    assert not {"Veluwse Handelsbank", "Computerwinkel Jansen Hattem", "Hinke"} & found
    assert not any("Naima" in name for name in found)
