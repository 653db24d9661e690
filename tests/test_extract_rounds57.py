"""Readings from the session that wrote blind57 to blind60, each in new words: a question that asks
who takes part, with an emoji after it ("Wie zitten erin? 👇"), opens the list below it; a "!"
that only ends the sentence is not part of a coalition's name, one the text goes on after is; a
former name told alone ("onder de oude naam X") is never the coalition, also when it has a head
word; a time that opens a sentence ("Sinds vandaag is de bieb aangesloten") is never a joiner; a
new name after a fronted adverb ("Daarom gaan we ... verder onder de naam Y") is the coalition,
and "heette jullie netwerk X" gives the former name; "is blij met de nieuwe partner" is no join;
a person with two roles ("X, voorzitter van A en directeur van B,") is no list; a branch ("De
vestiging Tiel van X") joins as its organisation; a paragraph about how the coalition began
("startte in 2024 met drie partners") names members, also one after a word for its kind
("welzijnsorganisatie Kompas Meppel"); a firm with a comma after an adjective and its kind ("het
Zwolse ICT-bedrijf Brink, Hulst & Co. B.V.") is one joiner; a preposition that opens the
sentence ("Bij X, het netwerk ...") is not part of the coalition's name, and "is een partner
vertrokken" names no member; the place of the kinds of founders ("gemeenten in Salland") is no
member; a place before a description ("Kennemerland digital-inclusion coalition") is not the
coalition's name; "among them" opens a list; joiners counted in one sentence ("Deze maand zijn
er twee partners bijgekomen") are the subjects of the sentences after it, but a total is no such
count; the numbered signatories of a letter of intent ("1. Gemeente Goes, te dezen
vertegenwoordigd door ...;") are members, each one name; the joiner listed with its legal form
("X B.V. (nieuw)") is counted once, so the stated count agrees with the list. An " en " before a
head word ends a list and leaves the other one inside a name; a one-word foundation in a place
("Stichting Thuis in Ede") keeps its place after a fronted date; what a dash adds to a listed
name (its places, a description in lower case) is not part of it. Two signers of a compound
paper ("het netwerkconvenant"), with a place and a day between the verb and the paper, and their
numbers ("partner nummer 14, de computerwinkel nummer 15"); a weekday before the verb is not the
signer ("Maandag ondertekende ook X"). A person who signs for an organisation ("tekende
bestuurder Hein Postma namens Zorggroep X het convenant") makes it the joiner. Founders
("Initiatiefnemers waren in 2024 A en B"), those who followed the first ("X was het eerste
bedrijf dat aanhaakte, gevolgd door A en B") and a count in a fact box ("Aantal partners: 7"). A
name changed from one to another ("changed its name from X to Y", "veranderde het netwerk zijn
naam van X in Y"); a report on who does what (a "Who does what" heading over prose), its count
("consisted of 12 partners") and its goal ("By 2030, ... should"); a goal that ends a year ("het
doel dat eind 2027 ..."). In prose that answers who takes part, a plural verb after two names
joined by " en " makes them two ("Stichting X en Stichting Y leveren ..."), and a capitalised
kind before a name is left out ("ICT-bedrijf Vermeulen & De Bock"). A members' newsletter on a
new name ("Jullie kennen het netwerk nog als X", "heet het netwerk daarom Y"), a number
("Daarmee is X nummer 12 in het netwerk") and who else takes part ("wie er verder zoal meedoet:
A, B (met vestigingen in ...), C en D"). A council letter on a merger ("X is met ingang van
dezelfde datum als partner toegetreden", the coalition named before) and the other partners
("Naast de vier gemeenten zijn onder meer A, B en C partner in de coalitie"). The shop that
joins ("Sinds gisteren doet de winkel officieel mee aan Y") is the one organisation named in its
paragraph before it; "wij" is the text's own voice, never a banner before it. Founders who speak
elsewhere ("zegt Joris Mulder, oprichter en CEO van X") are persons, not members; "de nieuwe
partners zijn op donderdag 18 juni in X" is no list. An English kind of business before a name
in prose ("the software firm Rijnsoft B.V."). "Deze twee partners" are the new ones, not the
total; a member named with and without its article is one. A goal after a colon ("a clear
target: by 2029, every adult in A, B and C") is no list. A place in line of the coalition ("X
uit Balk is nummer 14 van de Y")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reading import members, reader

_read = reader("round57")


def test_a_question_with_an_emoji_after_it_opens_a_list() -> None:
    text = (
        "Sinds vandaag is het buurthuis aangesloten bij Digitaal Samen Lansingerland.\n\n"
        "Wie zitten er allemaal in het netwerk? ⬇️\n"
        "➡️ Buurthuis De Tamboerijn\n"
        "➡️ Bibliotheek Oostland\n"
        "➡️ Stichting Welzijn Lansingerland\n"
    )
    assert members(_read(text)) == {
        "Buurthuis De Tamboerijn",
        "Bibliotheek Oostland",
        "Stichting Welzijn Lansingerland",
    }


def test_an_exclamation_mark_that_ends_the_sentence_is_not_part_of_the_name() -> None:
    text = "Vanaf deze week is ons wijkcentrum officieel aangesloten bij Digitaal Sterk Voorne!\n"
    assert _read(text).coalition.value == "Digitaal Sterk Voorne"


def test_an_exclamation_mark_the_text_goes_on_after_is_part_of_the_name() -> None:
    text = (
        "Zorggroep De Wending sluit zich vandaag aan bij Samen Digiwijs Voorne!, het netwerk "
        "voor digitale hulp op Voorne.\n"
    )
    assert _read(text).coalition.value == "Samen Digiwijs Voorne!"


def test_a_former_name_with_a_head_word_is_not_the_coalition() -> None:
    text = (
        "Sinds deze maand doet ook Huurdersvereniging De Brug mee aan DigiSterk Kennemerland. "
        "Veel mensen kennen ons nog onder de oude naam Netwerk Digitale Hulp Haarlem, maar "
        "het werk blijft hetzelfde.\n"
    )
    assert _read(text).coalition.value == "DigiSterk Kennemerland"


def test_a_time_that_opens_the_sentence_is_never_a_joiner() -> None:
    text = (
        "Sinds vandaag is de bieb aangesloten bij Netwerk Digihulp Pijnacker. "
        "Stichting Welzijn Pijnacker is al jaren partner.\n"
    )
    assert "Sinds" not in {j.org.value for j in _read(text).joins}


def test_a_new_name_after_a_fronted_adverb_is_the_coalition_and_the_old_one_is_former() -> None:
    text = (
        "Tot dit voorjaar heette jullie netwerk Digitaal Samen Lopik. Daarom gaan we sinds 1 "
        "maart verder onder de naam Digitaal Meedoen Lopikerwaard. Bibliotheek Lopik is "
        "sinds deze week partner.\n"
    )
    found = _read(text)
    assert found.coalition.value == "Digitaal Meedoen Lopikerwaard"
    assert [name.value for name in found.former_names] == ["Digitaal Samen Lopik"]


def test_a_partner_after_a_preposition_is_no_join() -> None:
    text = (
        "Zorggroep Het Baken sluit zich aan bij Digitaal Vaardig Gooi. Coördinator Joke ter "
        "Horst van Bibliotheek Gooi is erg blij met de nieuwe partner.\n"
    )
    assert {j.org.value for j in _read(text).joins} == {"Zorggroep Het Baken"}


def test_a_person_with_two_roles_is_not_a_list() -> None:
    text = (
        "Woonstichting De Kempen sluit zich aan bij Digitaal Sterk Kempen. Ruud Meulenbroek, "
        "voorzitter van Digitaal Sterk Kempen en directeur van Bibliotheek De Kempen, is "
        "ingenomen met de nieuwe partner.\n"
    )
    found = _read(text)
    assert {j.org.value for j in found.joins} == {"Woonstichting De Kempen"}
    assert "Ruud Meulenbroek" not in members(found)


def test_a_branch_of_an_organisation_joins_as_the_organisation() -> None:
    text = "De vestiging Tiel van Rabo Rivierenland doet vanaf vandaag mee aan Digitaal Betuwe.\n"
    assert {j.org.value for j in _read(text).joins} == {"Rabo Rivierenland"}


def test_a_paragraph_about_how_the_coalition_began_names_members() -> None:
    text = (
        "Stichting Open Deur sluit zich aan bij Digitaal Thuis Meppel.\n\n"
        "Digitaal Thuis Meppel startte in 2024 met drie partners. Bibliotheek Meppel houdt "
        "het inloopspreekuur, Woonstichting Reestdal verwijst huurders door en "
        "welzijnsorganisatie Kompas Meppel traint de vrijwilligers.\n"
    )
    assert members(_read(text)) >= {
        "Bibliotheek Meppel",
        "Woonstichting Reestdal",
        "Kompas Meppel",
    }


def test_a_firm_with_a_comma_after_an_adjective_and_its_kind_is_one_joiner() -> None:
    text = (
        "Sinds 1 mei is het Zwolse ICT-bedrijf Brink, Hulst & Co. B.V. toegetreden tot "
        "Digitaal Vaardig Zwolle.\n"
    )
    assert {j.org.value for j in _read(text).joins} == {"Brink, Hulst & Co. B.V."}


def test_a_preposition_that_opens_the_sentence_is_not_part_of_the_coalition() -> None:
    text = (
        "Bij DigiSamen Salland, het netwerk voor digitale hulp in Deventer en Raalte, is een "
        "partner vertrokken. Stichting Wijkwerk Raalte sluit zich aan bij DigiSamen Salland.\n"
    )
    found = _read(text)
    assert found.coalition.value == "DigiSamen Salland"
    assert [j.org.value for j in found.joins] == ["Stichting Wijkwerk Raalte"]
    assert not found.partners  # not "Bij DigiSamen Salland", nor the one that left


def test_the_place_of_kinds_of_founders_is_no_member() -> None:
    text = (
        "Woonzorg De Eik sluit zich aan bij DigiSamen Salland. DigiSamen Salland is in 2024 "
        "opgericht door bibliotheken, welzijnsorganisaties en gemeenten in Salland.\n"
    )
    found = _read(text)
    assert [j.org.value for j in found.joins] == ["Woonzorg De Eik"]
    assert not found.partners  # not "Salland"


def test_a_place_before_a_description_of_the_coalition_is_not_its_name() -> None:
    text = (
        "Groenlicht Energy becomes twelfth partner in Kennemerland digital-inclusion coalition\n\n"
        "HAARLEM – Groenlicht Energy has joined Digitaal Sterk Kennemerland, a regional "
        "coalition that helps residents with digital skills.\n"
    )
    assert _read(text).coalition.value == "Digitaal Sterk Kennemerland"


def test_among_them_opens_a_list_after_the_arrival_of_the_joiner() -> None:
    text = (
        "Fietsersbond Delft (FBD) has joined Digitaal Delft. With the arrival of FBD it is now "
        "a network of 9 organisations, among them Bibliotheek Delft, Stichting Welzijn Delft "
        "and DelftSoft B.V.\n"
    )
    found = _read(text)
    assert [j.org.value for j in found.joins] == ["Fietsersbond Delft"]
    assert members(found) == {
        "Bibliotheek Delft",
        "Stichting Welzijn Delft",
        "DelftSoft B.V.",
    }


def test_joiners_counted_in_one_sentence_and_named_as_subjects_of_the_next() -> None:
    text = (
        "Digitaal Samen Purmerend groeit. Deze maand zijn er twee partners bijgekomen. "
        "Stichting Buurtwerk Purmerend kent de wijken als geen ander. En PolderPixel, een "
        "ICT-bedrijf uit Edam, stuurt medewerkers naar de spreekuren. De bibliotheek blijft "
        "de spil.\n"
    )
    joiners = {j.org.value for j in _read(text).joins}
    assert joiners == {"Stichting Buurtwerk Purmerend", "PolderPixel"}


def test_a_total_is_no_count_of_joiners_to_be_named() -> None:
    text = (
        "Met de komst van Zorggroep Rivierduin telt Digitaal Samen Katwijk acht partners. "
        "Computerclub Katwijk '84, een van de eerste deelnemers, heeft het netwerk verlaten.\n"
    )
    assert {j.org.value for j in _read(text).joins} == {"Zorggroep Rivierduin"}


def test_the_numbered_signatories_of_a_letter_of_intent_are_members() -> None:
    text = (
        "INTENTIEVERKLARING DIGITAAL SAMEN DE BEVELANDEN\n\n"
        "De ondergetekenden:\n"
        "1. Gemeente Goes, te dezen vertegenwoordigd door wethouder mevrouw drs. A.M. (Anke) "
        "Kole;\n"
        "2. Stichting Welzijn Goes en Kapelle, te dezen vertegenwoordigd door bestuurder de "
        "heer P. (Piet) Dorst;\n"
        "3. Woonstichting Oosterschelde, te dezen vertegenwoordigd door directeur mevrouw L. "
        "Wisse;\n"
        'hierna gezamenlijk te noemen: "Partijen",\n'
    )
    assert members(_read(text)) == {
        "Gemeente Goes",
        "Stichting Welzijn Goes en Kapelle",
        "Woonstichting Oosterschelde",
    }


@pytest.mark.parametrize("listed", ["Apotheek De Linde B.V. (nieuw)", "Apotheek De Linde B.V."])
def test_the_joiner_listed_with_its_legal_form_is_counted_once(listed: str) -> None:
    text = (
        "Sinds 15 januari is Apotheek De Linde onze vierde partner van Digitaal Samen Peel.\n\n"
        "Het netwerk bestaat uit 4 organisaties:\n"
        "• Bibliotheek Maas en Peel\n"
        "• Gemeente Deurne\n"
        "• Vakcollege Peelland\n"
        f"• {listed}\n"
    )
    found = _read(text)
    assert [j.org.value for j in found.joins] == ["Apotheek De Linde B.V."]  # as listed in full
    assert members(found) == {"Bibliotheek Maas en Peel", "Gemeente Deurne", "Vakcollege Peelland"}


def test_an_en_before_a_head_word_ends_the_list_and_leaves_the_other_inside_a_name() -> None:
    text = (
        "Waterschap Hunze sluit zich aan bij Digitaal Sterk Veenkoloniën. Het netwerk ontstond "
        "op initiatief van Bibliotheek Veendam, Woonstichting De Kolk en Stichting Welzijn "
        "Pekela en Veendam.\n"
    )
    assert members(_read(text)) == {
        "Bibliotheek Veendam",
        "Woonstichting De Kolk",
        "Stichting Welzijn Pekela en Veendam",
    }


def test_an_en_before_an_article_inside_a_name_cut_from_prose_stays_a_question() -> None:
    text = (
        "Zorggroep Hunze sluit zich aan bij Digitaal Sterk Veenkoloniën, een initiatief van "
        "Stichting Welzijn Pekela en Oldambt en de Bibliotheek Veendam en de gemeente "
        "Veendam.\n"
    )
    assert not any(" en de " in name for name in members(_read(text)))


def test_a_one_word_foundation_in_a_place_keeps_its_place_after_a_date() -> None:
    text = "On 3 March, Stichting Thuis in Ede officially became a member of Digitaal Samen Ede.\n"
    assert [j.org.value for j in _read(text).joins] == ["Stichting Thuis in Ede"]


def test_what_a_dash_adds_to_a_listed_name_is_not_part_of_it() -> None:
    text = (
        "Zorggroep Oost sluit zich aan bij Digitaal Meedoen Salland. Het netwerk bestaat nu "
        "uit:\n"
        "- Bibliotheek Salland – Deventer en Raalte\n"
        "- Stichting Welzijn Olst – vestigingen in Olst, Wijhe en Boskamp\n"
        "- Gemeente Deventer\n"
    )
    assert members(_read(text)) == {
        "Bibliotheek Salland",
        "Stichting Welzijn Olst",
        "Gemeente Deventer",
    }


def test_two_signers_of_a_compound_paper_and_their_numbers() -> None:
    text = (
        "Digitaal Samen Waterland heeft er twee partners bij. Stichting Ouderenwerk Edam & "
        "Volendam en PixelHoek V.O.F. uit Monnickendam ondertekenden op dinsdag 4 november in "
        "de bibliotheek aan het Hof in Purmerend het netwerkconvenant. De stichting wordt "
        "partner nummer 9, de computerwinkel nummer 10.\n"
    )
    joins = {j.org.value: j.order and j.order.value for j in _read(text).joins}
    assert joins == {"Stichting Ouderenwerk Edam & Volendam": "9", "PixelHoek V.O.F.": "10"}


def test_a_weekday_before_the_verb_is_not_the_signer_but_the_name_after_it_is() -> None:
    text = (
        "Maandag ondertekende ook Vrijwilligerscentrale Zaanstad de samenwerkingsovereenkomst "
        "van Digitaal Samen Zaanstad, als veertiende partner.\n"
    )
    assert {j.org.value for j in _read(text).joins} == {"Vrijwilligerscentrale Zaanstad"}


def test_a_person_who_signs_for_an_organisation_makes_it_the_joiner() -> None:
    text = (
        "Op 21 januari tekende bestuurder Hein Postma namens Zorggroep De Hoven het convenant "
        "van Digitaal Samen Bolsward.\n"
    )
    assert [j.org.value for j in _read(text).joins] == ["Zorggroep De Hoven"]


def test_founders_those_who_followed_and_a_count_in_a_fact_box() -> None:
    text = (
        "PixelPeel wordt de 7e partner van DigiDoen Helmond.\n\n"
        "Initiatiefnemers waren in 2024 Bibliotheek Helmond-Peel en de gemeente Helmond. "
        "Woonbedrijf Peelrand was het eerste bedrijf dat aanhaakte, gevolgd door Stichting "
        "Senioren Helmond en het Vakcollege Helmond.\n\n"
        "IN HET KORT\n"
        "Naam: DigiDoen Helmond\n"
        "Aantal partners: 7\n"
    )
    found = _read(text)
    assert members(found) >= {
        "Bibliotheek Helmond-Peel",
        "Gemeente Helmond",
        "Stichting Senioren Helmond",
        "Vakcollege Helmond",
    }
    assert found.stated_total is not None and found.stated_total.value == "7"


@pytest.mark.parametrize(
    ("sentence", "former", "current"),
    [
        (
            "On 1 July the coalition changed its name from Digihulp Leusden to Leusden Digitaal.",
            "Digihulp Leusden",
            "Leusden Digitaal",
        ),
        (
            "Op 1 juli veranderde het netwerk zijn naam van Digihulp Soest in Soest Digitaal.",
            "Digihulp Soest",
            "Soest Digitaal",
        ),
    ],
)
def test_a_name_changed_from_one_to_another(sentence: str, former: str, current: str) -> None:
    found = _read(f"{sentence} Stichting Wijkwerk joined {current} in May.\n")
    assert found.coalition.value == current
    assert [name.value for name in found.former_names] == [former]


def test_a_report_on_who_does_what_its_count_and_its_goal() -> None:
    text = (
        "PixelPlein B.V. joined Baarn Digitaal in October.\n\n"
        "At 31 December 2025 Baarn Digitaal consisted of 12 partners.\n\n"
        "3.3  Who does what\n"
        "Bibliotheek Baarn hosts the secretariat. Welzijnshuis Baarn coordinates the volunteers. "
        "Woonstichting Het Baarnse Hof reaches tenants.\n\n"
        "By 2030, at least 90 percent of adults in Baarn should be able to arrange their affairs "
        "online.\n"
    )
    found = _read(text)
    assert members(found) == {
        "Bibliotheek Baarn",
        "Welzijnshuis Baarn",
        "Woonstichting Het Baarnse Hof",
    }
    assert found.stated_total is not None and found.stated_total.value == "12"
    assert found.goal is not None and found.goal.target_year == 2030


def test_a_goal_that_ends_a_year() -> None:
    text = (
        "Welzijnskoepel Noordkop sluit zich aan bij Digitaal Vaardig Noordkop. De coalitie houdt "
        "vast aan het doel dat eind 2027 iedere inwoner van Den Helder een vast hulppunt heeft.\n"
    )
    goal = _read(text).goal
    assert goal is not None and goal.target_year == 2027


def test_a_plural_verb_after_two_names_in_prose_makes_them_two_a_singular_one_one() -> None:
    text = (
        "Wie doen er eigenlijk mee?\n"
        "Stichting Dorpswerk Sluis en Stichting Welzijn Hulst leveren de meeste vrijwilligers. "
        "Bibliotheek Axel en Kust organiseert de inloop. En ICT-bedrijf Vermeulen & De Bock uit "
        "Hulst knapt laptops op.\n\n"
        "Per 1 maart sluit Thuiszorg Zeeuwse Kust zich aan bij Samen Digiwijs Zeeuws-Vlaanderen.\n"
    )
    assert members(_read(text)) == {
        "Stichting Dorpswerk Sluis",
        "Stichting Welzijn Hulst",
        "Bibliotheek Axel en Kust",  # "organiseert": one library (a later session's rule)
        "Vermeulen & De Bock",
    }


def test_a_members_newsletter_on_a_new_name_a_number_and_who_else_takes_part() -> None:
    text = (
        "Jullie kennen het netwerk nog als de Werkgroep Digitaal Meedoen Opsterland. Sinds 1 "
        "november heet het netwerk daarom Mienskip Online Opsterland.\n\n"
        "Half november kwam er een nieuwe partner bij: Woonzorg De Bining uit Gorredijk. "
        "Daarmee is De Bining nummer 12 in het netwerk.\n\n"
        "Ter herinnering, wie er verder zoal meedoet: de gemeente Opsterland, Bibliotheek "
        "Gorredijk (met vestigingen in Beetsterzwaag, Ureterp en Gorredijk), Stichting Welzijn "
        "Opsterland en Woningstichting De Veenhoop.\n"
    )
    found = _read(text)
    assert found.coalition.value == "Mienskip Online Opsterland"
    assert [n.value for n in found.former_names] == ["Werkgroep Digitaal Meedoen Opsterland"]
    joins = {j.org.value: j.order and j.order.value for j in found.joins}
    assert joins == {"Woonzorg De Bining": "12"}
    assert members(found) == {
        "Gemeente Opsterland",
        "Bibliotheek Gorredijk",
        "Stichting Welzijn Opsterland",
        "Woningstichting De Veenhoop",
    }


def test_a_council_letter_on_a_merger_and_the_other_partners() -> None:
    text = (
        "Geachte leden van de raad,\n\n"
        "Met deze brief informeren wij u over de coalitie Digitaal Meedoen West-Friesland.\n\n"
        "Stichting Welzijn Koggenland is op 1 januari 2026 opgegaan in Welzijnskoepel "
        "West-Friesland. Welzijnskoepel West-Friesland is met ingang van dezelfde datum als "
        "partner toegetreden en neemt de afspraken over.\n\n"
        "Naast de vier gemeenten zijn onder meer Bibliotheek Hoorn & Medemblik, Woonstichting "
        "Het Dijkhuis en de Stichting Senioren Hoorn (SSH) partner in de coalitie.\n"
    )
    found = _read(text)
    assert [j.org.value for j in found.joins] == ["Welzijnskoepel West-Friesland"]
    assert members(found) == {
        "Bibliotheek Hoorn & Medemblik",
        "Woonstichting Het Dijkhuis",
        "Stichting Senioren Hoorn",
    }


def test_the_shop_that_joins_is_the_one_organisation_named_before_it() -> None:
    text = (
        "COEVORDEN – Jarenlang liepen ze bij Hulshof & Zonen ICT aan de Markt binnen met een "
        "tablet. Sinds gisteren doet de winkel officieel mee aan Samen Digitaal Coevorden.\n"
    )
    assert [j.org.value for j in _read(text).joins] == ["Hulshof & Zonen ICT"]


def test_our_own_voice_is_not_a_name_in_the_banner_before_it() -> None:
    text = (
        "Buurthuis De Vlinder\n\n"
        "GROOT NIEUWS voor Vlaardingen-West!\n\n"
        "Vanaf vandaag zijn wij officieel partner van Digitaal Samen Vlaardingen!!\n"
    )
    assert "GROOT NIEUWS voor Vlaardingen-West" not in {j.org.value for j in _read(text).joins}


def test_founders_who_speak_elsewhere_are_persons_not_members() -> None:
    text = (
        'CodeBaken B.V. sluit zich aan bij Digitaal Samen Eemland. "We bouwen apps," zegt '
        "Joris Mulder, oprichter en CEO van CodeBaken. CodeBaken werd in 2015 opgericht door "
        "Joris Mulder en Stichting Eemland Werkt.\n"
    )
    assert "Joris Mulder" not in members(_read(text))


def test_the_partners_meeting_on_a_day_is_no_list() -> None:
    text = (
        "Zorggroep De Linde sluit zich aan bij Digitaal Nijmegen. De eerste spreekuren met de "
        "nieuwe partners zijn op donderdag 18 juni in buurtcentrum Meijhorst.\n"
    )
    assert not _read(text).partners


def test_an_english_kind_of_business_before_a_name_in_prose() -> None:
    text = (
        "Mareland College joined Digitaal Leiden in May.\n\n"
        "Who else is in?\n\n"
        "Quite a mix. More recently, the software firm Rijnsoft B.V. signed up.\n"
    )
    assert members(_read(text)) == {"Rijnsoft B.V."}


def test_these_two_partners_are_the_new_ones_not_the_total() -> None:
    text = (
        "Buurthuis De Schakel en Computerclub Osdorp sloten zich maandag aan bij Digiwijs "
        'Nieuw-West. "Deze twee partners bereiken groepen die wij slecht bereiken," zegt de '
        "stadsdeelbestuurder.\n"
    )
    assert _read(text).stated_total is None


def test_a_member_named_with_and_without_its_article_is_one() -> None:
    """blind59's district news names "welzijnsorganisatie De Brug West" in a list and "De Brug
    West" alone on a line below; it is one organisation."""
    path = Path(__file__).parent / "press" / "blind59" / "p2-stadsdeel-nieuw-west.txt"
    names = [fact.value for fact in _read(path.read_text(encoding="utf-8")).partners]
    assert len([n for n in names if n.endswith("Brug West")]) == 1


def test_a_goal_after_a_colon_is_no_list() -> None:
    text = (
        "Stichting Welzijn Dronten joined Flevo Digitaal in May. The partners have set themselves "
        "a clear target: by 2029, every adult in Almere, Lelystad and Dronten who wants help "
        "should find it within walking distance.\n"
    )
    found = _read(text)
    assert not found.partners
    assert found.goal is not None and found.goal.target_year == 2029


def test_a_place_in_line_of_the_coalition() -> None:
    text = (
        "Wat een middag! Een mooie mijlpaal: Kringloopwinkel De Tweede Kans uit Balk is nummer "
        "14 van de Digi-Mienskip Gaasterland!\n"
    )
    joins = {j.org.value: j.order and j.order.value for j in _read(text).joins}
    assert joins == {"Kringloopwinkel De Tweede Kans": "14"}


def test_an_organisation_a_speaker_is_of_stays_a_member() -> None:
    text = (
        "Mareland College joined Digitaal Leiden in May. Partners include Nieuwland "
        'Bibliotheken, Stichting Welzijn Leiden and Woonstede Leiden. "It stuck with us," '
        "coordinator Nadia Amrani of Nieuwland Bibliotheken said.\n"
    )
    assert "Nieuwland Bibliotheken" in members(_read(text))


def test_counted_joiners_are_named_in_their_own_paragraph_only() -> None:
    text = (
        "Digitaal Samen Purmerend groeit. Deze maand zijn er twee partners bijgekomen.\n\n"
        "Stichting Buurtwerk Purmerend houdt de spreekuren. Bibliotheek Waterland geeft les.\n"
    )
    assert not _read(text).joins
