"""Readings added in the forty-second session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

from kg.ingest.members import denied
from kg.ingest.sentences import read_sentences
from tests.reading import joiners, reader, sure


def test_a_sentence_naming_organisations_then_they_are_all_partners() -> None:
    text = (
        "Posted 2 May 2026\n\nOur bakery signed up with Digitaal Samen Lelystad last week. "
        'The coordinator was clear about who we join: "Bibliotheek Lelystad, Welzijn '
        "Lelystad Samen, the Gemeente Lelystad and a barber in Lelystad Haven, Kapper "
        'Knipwerk. They are all partners."\n\nFlevo Flour B.V. delivers our flour.'
    )
    found = sure(text)
    assert {
        "Bibliotheek Lelystad",
        "Welzijn Lelystad Samen",
        "Gemeente Lelystad",
        "Kapper Knipwerk",
    } <= found
    assert "Lelystad Haven" not in found
    assert "Flevo Flour B.V." not in found


def test_allemaal_partner_after_a_sentence_of_funders_names_no_one() -> None:
    text = (
        "Tiel, 4 juni 2026 – Stichting Buurtwerk Tiel is toegetreden tot Digitaal Meedoen "
        "Rivierenland.\n\nDe koffie wordt gesponsord door Bakkerij Van Oort en Drukkerij De "
        "Linge en Slagerij Hol. Allemaal partners van de buurt, zeggen ze zelf."
    )
    found = sure(text)
    assert found == {"Stichting Buurtwerk Tiel"}


def test_bullets_that_tell_what_some_partners_do_name_those_partners() -> None:
    text = (
        "Vandaag heb ik namens Waterschap Rijn & Gouwe het convenant van Digitaal Meedoen "
        "Gouda getekend.\n\nBij de andere partners heb ik de afgelopen weken meegekeken. "
        "Een paar voorbeelden:\n"
        "👉 Bij Bibliotheek Gouda-Oost kun je elke woensdag met je vragen terecht.\n"
        "👉 Stichting Klikhulp Gouda stuurt vrijwilligers naar mensen thuis. Echt nodig.\n"
        "👉 En dan de gemeente Gouda, die alles aan elkaar knoopt.\n"
        "👉 Drukkerij Goudse Pers drukt de flyers, maar is geen partner.\n\n"
        "#digitaalmeedoen"
    )
    found = sure(text)
    assert {"Bibliotheek Gouda-Oost", "Stichting Klikhulp Gouda", "Gemeente Gouda"} <= found
    assert "Drukkerij Goudse Pers" not in found


def test_bullets_that_only_clarify_who_is_not_in_name_no_member() -> None:
    text = (
        "Sinds 1 maart is Zorggroep Het Baken partner van Netwerk Digitaal Fit Zwolle.\n\n"
        "Wat niet iedereen weet over de partners:\n"
        "🔹 Herstelhuis Het Baken schuift aan, maar is onderdeel van de zorggroep en geen "
        "partner.\n"
        "🔹 Verzekeraar Zwolse Zorg betaalt onze pilot, maar zit niet in het netwerk.\n"
        "🔹 Met Huisartsen Zwolle-Zuid ben ik in gesprek.\n"
    )
    found = sure(text)
    assert found == {"Zorggroep Het Baken"}


def test_some_partners_named_after_a_count_in_the_paragraph_before() -> None:
    text = (
        "Op 6 mei zijn we er officieel bij gekomen: Buurtvereniging De Vlier is partner van "
        "Digitaal Fit Oss. Met ons erbij telt de coalitie nu negen partners.\n\n"
        "Ik heb ze niet allemaal onthouden, maar een paar wil ik noemen:\n"
        "- Bibliotheek Maasland houdt elke week een digicafé.\n"
        "- Stichting Welzijn Oss stuurt een maatje bij je thuis langs.\n"
        "- De gemeente Oss zit er ook in, en die betaalt de cursussen.\n"
    )
    found = sure(text)
    assert {"Bibliotheek Maasland", "Stichting Welzijn Oss", "Gemeente Oss"} <= found


def test_a_walking_group_that_exists_four_years_is_not_the_coalition() -> None:
    text = (
        "Maandag 2 februari 2026\n\nWandelclub De Stapper bestaat nu vijf jaar. We lopen elke "
        "week.\n\nVorige maand meldde ik me bij de coalitie Digitaal Sterk Meierij. Op 28 "
        "januari zijn we er officieel bij gekomen! Wandelclub De Stapper is partner."
    )
    found = reader("x")(text)
    assert found.coalition is not None
    assert found.coalition.value == "Digitaal Sterk Meierij"


def test_a_firm_founded_in_a_year_is_not_the_coalition() -> None:
    text = (
        "Ede, 3 maart 2026 – Vandaag heeft Digitaal Samen Ede twee nieuwe partners "
        "verwelkomd: Stichting Klikmaatje Ede en Buurthuis De Vallei.\n\nOver ons\nVallei "
        "Robotica B.V. werd opgericht in 2019 en bouwt robots voor de zorg."
    )
    found = reader("x")(text)
    assert found.coalition is not None
    assert found.coalition.value == "Digitaal Samen Ede"


def test_ook_x_tekende_mee_is_a_join() -> None:
    text = (
        "Haaksbergen, 10 maart 2026 – Stichting Dorpshuis 't Stroink heeft zich vandaag "
        "aangesloten bij Samen Digitaal Haaksbergen. Ook Repair Café Buurse tekende mee."
    )
    assert {"Stichting Dorpshuis 't Stroink", "Repair Café Buurse"} <= joiners(reader("x")(text))


def test_two_new_partners_after_a_colon_each_described_are_both_joiners() -> None:
    text = (
        "Samen Digitaal Drenthe is a regional coalition. On Monday 9 March it welcomed two new "
        "partners: Stichting Hunze Hulp, a group of volunteer computer helpers in Gieten, and "
        "Zorgbuurt Borger, which runs home care in the villages."
    )
    assert joiners(reader("x")(text)) == {"Stichting Hunze Hulp", "Zorgbuurt Borger"}


def test_two_new_club_members_who_are_people_are_no_joiners() -> None:
    text = (
        "Nieuwsbrief Schaakclub De Toren, maart 2026\n\nOnze club is partner van Digitaal "
        "Samen Hoogeveen. Wij verwelkomen twee nieuwe leden: Klaas Postma (Pesse) en Marrit "
        "Bakker (Elim). Welkom!"
    )
    found = reader("x")(text)
    assert not {"Klaas Postma", "Marrit Bakker"} & (joiners(found) | sure(text))


def test_the_others_reeled_off_in_a_semicolon_list_that_says_what_each_is() -> None:
    text = (
        "On 4 June Garage Mulder & Zn. signed up to Samen Digitaal Twente as its eighth member. "
        "The coordinator reeled off the others over lunch: the library, Bibliotheek Hof van "
        "Twente, which runs the walk-in hours; the two councils, Gemeente Hengelo and Gemeente "
        "Borne; a care outfit called Thuiszorg De Berkel; and a couple of volunteer groups, "
        "Digihulp Delden and the Bentelo computer club Bit & Byte."
    )
    found = sure(text)
    assert {
        "Garage Mulder & Zn.",
        "Bibliotheek Hof van Twente",
        "Gemeente Hengelo",
        "Gemeente Borne",
        "Thuiszorg De Berkel",
        "Digihulp Delden",
        "Bit & Byte",
    } <= found


def test_a_table_column_that_asks_member_says_no_for_some_rows() -> None:
    text = (
        "Aanvraag Fonds Digitaal Mee, 2 juni 2026\n\nSinds 1 mei is Werkplaats De Brug partner "
        "van Samen Digitaal Hardenberg.\n\nDe tabel hieronder zegt van elke organisatie in het "
        "project of ze lid van de coalitie is.\n\n"
        "Organisatie                | Rol                 | Lid van de coalitie?\n"
        "---------------------------|---------------------|---------------------\n"
        "Werkplaats De Brug         | aanvrager           | ja\n"
        "Bibliotheek Hardenberg     | trainers            | ja\n"
        "Welzijn Vechtdal           | huisbezoeken        | ja\n"
        "Drukkerij Het Vechtpunt    | drukt de folders    | nee\n"
        "Gemeente Ommen             | steunbrief          | nee, maar denkt erover na\n"
    )
    found = sure(text)
    assert {"Werkplaats De Brug", "Bibliotheek Hardenberg", "Welzijn Vechtdal"} <= found
    assert not {"Drukkerij Het Vechtpunt", "Gemeente Ommen"} & found


def test_names_of_a_sentence_then_but_they_are_not_partners() -> None:
    text = (
        "Zwolle, 8 mei 2026 – Stichting Wijkkracht Zwolle signed the agreement of Digitaal "
        "Samen Zwolle today, and so did Bibliotheek Zwolle-Zuid.\n\nA small clarification, "
        "because there was some confusion at the last members' meeting: our Platform Kerk en "
        "Buurt, together with Parochie Sint-Michael and Moskee Al-Noor Zwolle, is a separate "
        "dialogue group. Those are our good neighbours, but they are not partners in Digitaal "
        "Samen Zwolle."
    )
    found = sure(text)
    assert not {"Platform Kerk en Buurt", "Parochie Sint-Michael", "Moskee Al-Noor Zwolle"} & found
    assert "Stichting Wijkkracht Zwolle" in found


def test_bullets_under_a_paragraph_that_says_they_are_not_in_the_network() -> None:
    text = (
        "Sinds 1 mei is Stichting Buurtkamer Woerden partner van Netwerk Digitaal Woerden.\n\n"
        "Overige samenwerking (geen partners van het netwerk)\nVoor dit project werken we ook "
        "samen met organisaties die niet bij het netwerk zijn aangesloten. We noemen ze hier:\n"
        "- Fietsenmaker Van Rijn: repareert de fietsen van de vrijwilligers.\n"
        "- Bakkerij Het Molentje: levert het brood.\n"
        "- Stichting Tolkenpool Woerden: tolkt bij de intake.\n"
    )
    found = sure(text)
    assert found == {"Stichting Buurtkamer Woerden"}


def test_a_rename_told_as_going_on_under_a_new_name_after_a_colon() -> None:
    text = (
        "2025\nOp 1 maart gaat Digi-Hulp Kop verder onder een nieuwe naam: Coalitie Digitaal "
        "Meedoen Den Helder. Op 14 maart zet onze voorzitter zijn handtekening: Dorpshuis De "
        "Kreek is vanaf die avond partner van de coalitie."
    )
    found = reader("x")(text)
    assert found.coalition is not None
    assert found.coalition.value == "Coalitie Digitaal Meedoen Den Helder"
    assert [r.former.value for r in found.renames] == ["Digi-Hulp Kop"]


def test_the_club_that_stops_leaves_the_coalition_by_a_noun_pointing_back() -> None:
    text = (
        "Amersfoort, 2 juli 2026 – Op 30 juni stopt Computerclub De Muizenval, na 31 jaar. De "
        "vrijwilligers zijn gemiddeld 79. Daarmee verlaat de club ook de coalitie Digitaal "
        "Samen Amersfoort, die nu acht partners telt."
    )
    found = reader("x")(text)
    assert [fact.org.value for fact in found.leaves] == ["Computerclub De Muizenval"]


def test_a_publisher_that_says_it_is_not_yet_a_partner_is_no_member() -> None:
    text = (
        "Open Mond – de podcast van Fysiopraktijk De Branding, Domburg\n\n"
        "PIET: Welkom. Tegenover me zit Lies, coördinator van Netwerk DigiSamen Walcheren.\n\n"
        "LIES: Het netwerk telt twaalf partners, van Bibliotheek Walcheren tot de gemeente "
        "Veere.\n\nPIET: Kunnen wij als praktijk ook partner worden? We overwegen het. Maar "
        "eerlijk is eerlijk, luisteraars: Fysiopraktijk De Branding is nog géén partner van "
        "DigiSamen.\n\nLIES: En met de provinciale coalitie hebben we contact, maar daar zijn "
        "wij als DigiSamen geen lid van."
    )
    found = sure(text)
    assert "Fysiopraktijk De Branding" not in found
    assert not any("DigiSamen" in name for name in found)


def test_a_member_dissolved_last_year_the_latter_of_the_sentence_before_has_left() -> None:
    text = (
        "Arnhem, 3 maart 2026 – Studentenvereniging Rijnzicht sluit zich vandaag aan bij "
        "Digitaal Samen Arnhem.\n\nWe begonnen in 2023 met de bibliotheek en de gemeente. "
        "Later kwamen Woonbedrijf Veluwezoom en ook Stichting Buurtwerk Presikhaaf erbij. "
        "Maar die laatste is vorig jaar opgeheven, dus die is eruit."
    )
    found = reader("x")(text)
    assert [fact.org.value for fact in found.leaves] == ["Stichting Buurtwerk Presikhaaf"]
    assert "Stichting Buurtwerk Presikhaaf" not in sure(text)


def test_a_member_whose_name_ends_in_a_plus_left() -> None:
    text = (
        "Heerlen, 2 October 2026 – Bike Hub Heerlen joined Digitaal Doen Parkstad today.\n\n"
        "Sad news: Computerhulp Kerkrade 55+ left Digitaal Doen Parkstad on 30 September."
    )
    found = reader("x")(text)
    assert [fact.org.value for fact in found.leaves] == ["Computerhulp Kerkrade 55+"]


def test_our_host_not_a_partner_denies_the_sentence_before() -> None:
    said = read_sentences(
        "The sessions are in the clubhouse of Hockeyclub De Dommel. They're our host, not a "
        "partner. Bibliotheek Kempen is a partner."
    )
    assert denied(said) == (set(), {said[0].start})


def test_a_line_of_hashtags_under_a_list_of_partners_is_no_partner() -> None:
    text = (
        "Emmen, 3 March 2026 – Omroep Hondsrug joined Digitaal Samen Emmen today. Here are the "
        "partners we'll be working with:\n"
        "Bibliotheek Emmen\nStichting Welzijn Emmen\nGemeente Emmen\n#MeetThePartners #Emmen\n"
    )
    found = sure(text)
    assert {"Bibliotheek Emmen", "Stichting Welzijn Emmen", "Gemeente Emmen"} <= found
    assert not any(name.startswith("#") for name in found)


def test_a_former_name_is_never_a_joiner() -> None:
    text = (
        "Radio Club De Lek joins the network\n\nLopik, 2 May 2026 – Radio Club De Lek signed "
        "the agreement of the Netwerk Digitaal Wijzer Lopik today.\n\n3. The network used to "
        "have another name, didn’t it?\n“Yes. It started as the Lopikse Digi-Groep, but since "
        "1 September 2025 it’s been the Netwerk Digitaal Wijzer Lopik, because Montfoort and "
        "Oudewater joined. And it keeps growing.”"
    )
    found = reader("x")(text)
    assert [r.former.value for r in found.renames] == ["Lopikse Digi-Groep"]
    assert "Lopikse Digi-Groep" not in [join.org.value for join in found.joins]


def test_a_count_ending_its_paragraph_over_as_many_bullet_lines() -> None:
    lines = [
        "Gemeente Baarn",
        "Bibliotheek Baarn",
        "Welzijn Baarn",
        "Stichting Digimaatje Eemnes",
        "Woonstichting Het Eemhuis",
    ]
    text = (
        "Eemnes, 11 juni 2026 – Buurtkamer De Zevenster heeft vandaag haar handtekening gezet "
        "onder het convenant van Digitaal Samen Baarn-Eemnes.\n\nWat minder leuk: Stichting "
        "Oud Eemnes is uit de coalitie gestapt. Dank jullie wel!\n\nVoor wie het overzicht "
        "kwijt is: met de nieuwkomer erbij telt de coalitie nu zes partners.\n\n"
        + "\n".join(f"- {name}" for name in [*lines, "Buurtkamer De Zevenster"])
        + "\n\nDe koffie komt van Bakkerij Oud Baarn."
    )
    found = sure(text)
    assert set(lines) <= found
    assert "Bakkerij Oud Baarn" not in found


def test_a_count_without_a_colon_over_a_list_of_another_length_reads_nothing() -> None:
    text = (
        "Eemnes, 11 juni 2026 – Buurtkamer De Zevenster heeft zich vandaag aangesloten bij "
        "Digitaal Samen Baarn-Eemnes, dat nu zes partners telt.\n\n"
        "- Bakkerij Oud Baarn\n- Drukkerij De Eem\n- Fonds Baarn Vooruit\n"
    )
    assert sure(text) == {"Buurtkamer De Zevenster"}


def test_x_with_its_description_followed_on_a_day_is_a_joiner() -> None:
    text = (
        "Leusden, 11 juni 2026 – Herstelwerkplaats 033 is sinds maandag 8 juni partner van "
        "Digitaal Samen Leusden.\n\nKoffie & Klik, het lunchcafé aan de Hamersveldseweg waar "
        "elke dinsdag een digicafé draait, volgde op woensdag 10 juni."
    )
    assert joiners(reader("x")(text)) == {"Herstelwerkplaats 033", "Koffie & Klik"}


def test_a_speech_that_names_a_few_partners_by_their_people() -> None:
    text = (
        "Toespraak bij de ondertekening, Sneek – zaterdag 17 mei 2025\n\nVanmiddag zet ik "
        "namens onze groep mijn handtekening, en daarmee wordt Scouting De Waterlopers de "
        "twaalfde partner van Alliantie Digitaal Meedoen Súdwest. Direct na mij tekent "
        "Peuterspeelzaal 't Kikkertje uit Bolsward, als dertiende.\n\nIk wil een paar partners "
        "even noemen. Stichting Welzijn Sneek trekt de kar. De vrijwilligers van Repair & Klik "
        "Bolsward, die niet alleen je fietslamp maar ook je mailbox repareren. De "
        "wijkverpleegkundigen van Thuiszorg It Heidenskip, die weten achter welke voordeur "
        "iemand zit."
    )
    found = reader("x")(text)
    assert {"Stichting Welzijn Sneek", "Repair & Klik Bolsward", "Thuiszorg It Heidenskip"} <= sure(
        text
    )
    orders = {join.org.value: join.order.value if join.order else None for join in found.joins}
    assert orders == {"Scouting De Waterlopers": "12", "Peuterspeelzaal 't Kikkertje": "13"}


def test_a_few_partners_named_each_by_a_clause_about_it() -> None:
    text = (
        "Waddinxveen, 21 mei 2026 – Vandaag treedt Streekarchief Gouwe toe tot de Alliantie "
        "Digitaal Vaardig Gouda. Met ons erbij telt de alliantie nu elf partners.\n\nEen paar "
        "van die partners wil ik met name noemen. De gemeente Gouda, die de kar trekt. "
        "Bibliotheek Goudse Poort, waar de digicafés vol zitten. En Woonstichting De Gouwe, "
        "die elke maand een digitip zet.\n\nMag ik ook stilstaan bij Fonds Rijnland? Dat "
        "betaalt de trainingen, maar is geen partner."
    )
    found = sure(text)
    assert {"Gemeente Gouda", "Bibliotheek Goudse Poort", "Woonstichting De Gouwe"} <= found
    assert "Fonds Rijnland" not in found


def test_the_partners_as_a_range_after_a_count_told_by_the_coordinator() -> None:
    text = (
        "Leeuwarden, 19 november 2025 – Op 13 november heeft Toneelgroep De Wâl de "
        "samenwerkingsafspraken van Netwerk Digitaal Meidwaan Fryslân ondertekend.\n\n"
        'Coördinator Hiske zei bij de ondertekening: "We hebben nu twaalf partners. Van '
        "Bibliotheek Súdwest en Welzijn Fryslân-Noord tot Ouderenvereniging Ús Doarp en "
        'Zorggroep Wâldrâne." Mooi toch?\n\nVan Dokkum tot Sneek zitten er vrijwilligers '
        "klaar, en de partners tellen mee."
    )
    found = sure(text)
    assert {
        "Bibliotheek Súdwest",
        "Welzijn Fryslân-Noord",
        "Ouderenvereniging Ús Doarp",
        "Zorggroep Wâldrâne",
    } <= found
    assert not {"Dokkum", "Sneek"} & found


def test_a_reminder_of_who_the_partners_are_then_a_line_for_each() -> None:
    text = (
        "[02/11/2026, 10:14] Wim: Good news: Repair Café Eibergen joined Digitaal Doen "
        "Berkelland on Friday.\n\nFor the newer volunteers, a quick reminder of who the "
        "partners in DDB are. Then Bibliotheek Berkelland, who run most of the courses. "
        "Welzijn Slinge & Berkel, who send people to our help desk. Take Thuiszorg "
        "Zonnedal, which visits people at home."
    )
    found = sure(text)
    assert {"Bibliotheek Berkelland", "Welzijn Slinge & Berkel", "Thuiszorg Zonnedal"} <= found


def test_who_is_in_it_then_take_x_which_names_x() -> None:
    text = (
        "Terneuzen, 4 maart 2026 – Zwemclub De Schelde sluit zich vandaag aan bij Digitaal "
        "Samen Zeeuws-Vlaanderen.\n\nIk keek eens wie er allemaal in zitten. Neem Bibliotheek "
        "Kanaalzone, die in Terneuzen elke week een spreekuur houdt. En Computerclub 't "
        "Toetsenbord, die oude laptops opknapt."
    )
    found = sure(text)
    assert {"Bibliotheek Kanaalzone", "Computerclub 't Toetsenbord"} <= found
