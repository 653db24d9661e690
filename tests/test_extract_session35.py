"""Readings added in the thirty-fifth session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.sentences import read_sentences
from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_HEAD = "Zwolle, 4 december 2026\n\nNieuws van Digitaal Samen IJsseldelta\n\n"


def _members(text: str) -> set[str]:
    return _read(_HEAD + text)[0]


def test_a_name_ending_in_a_dotted_abbreviation_ends_its_sentence_before_an_adverb() -> None:
    text = "Samen met de Wijkbus e.o. Samen willen ze in 2028 meer doen."
    assert [s.text for s in read_sentences(text)] == [
        "Samen met de Wijkbus e.o.",
        "Samen willen ze in 2028 meer doen.",
    ]
    listed = (
        "De coalitie telt nu 14 organisaties. Een paar die u misschien kent: Bibliotheek "
        "Vechtdal, Stichting Welzijn Oost, Computerclub Hattem en Ouderenbond Zwolle e.o. Samen "
        "willen ze dat er in 2027 in Kampen en Zwolle een digicafé is."
    )
    assert {"Bibliotheek Vechtdal", "Ouderenbond Zwolle e.o."} <= _members(listed)
    assert [s.text for s in read_sentences("Wij zijn Jansen B.V. Zo ging dat.")] == [
        "Wij zijn Jansen B.V.",
        "Zo ging dat.",
    ]


def test_partners_by_their_work_after_we_are_in_good_company() -> None:
    text = (
        "Stichting Zendamateurs Vecht sluit zich aan bij Digitaal Samen IJsseldelta. We komen "
        "in goed gezelschap. Bibliotheek Dalfsen is de trekker. Stichting Hulp & Welzijn Ommen "
        "zorgt voor de vrijwilligers, de Ouderenbond Hardenberg e.o. brengt de deelnemers en "
        "het leerwerkbedrijf Schermvrij uit Zwolle maakt de laptops schoon."
    )
    assert {
        "Bibliotheek Dalfsen",
        "Stichting Hulp & Welzijn Ommen",
        "Ouderenbond Hardenberg e.o.",
        "Schermvrij",
    } <= _members(text)
    told = "Wij komen in goed gezelschap. Op het feest zorgt Bakkerij Jansen voor de taart."
    assert "Bakkerij Jansen" not in _members(told)


def test_others_do_the_work_one_by_one_and_three_with_one_verb() -> None:
    text = (
        "Als gemeente Kampen zijn we partner van de coalitie, maar het echte werk doen anderen. "
        "Welzijn IJsselmonde zoekt inwoners op. En Buurthuis Brunnepe, Seniorenbond De Kogge "
        "en Stichting Taalpunt Kampen zorgen dat iedereen zich welkom voelt."
    )
    assert {
        "Welzijn IJsselmonde",
        "Buurthuis Brunnepe",
        "Seniorenbond De Kogge",
        "Stichting Taalpunt Kampen",
    } <= _members(text)
    person = "Het werk doen anderen. Welzijn Oost, Bibliotheek West en Jan Smit geven les."
    assert "Jan Smit" not in _members(person)
    firm = "Het werk doen anderen. Drukkerij Kok, Van Dam en Partners uit Kampen drukt het."
    assert "Partners" not in _members(firm)


def test_a_total_said_as_we_are_at_this_moment_with_nine_partners() -> None:
    result = extract_text(
        _HEAD + "Tel maar mee: daarmee zijn we op dit moment met negen partners.",
        "x",
        Lexicon.builtin(),
    )
    assert result.stated_total is not None and result.stated_total.value == "9"
    trip = extract_text(_HEAD + "Zo zijn we op de fiets met 40 vrijwilligers.", "x")
    assert trip.stated_total is None


def test_a_count_then_the_partners_written_as_sentences_of_their_own() -> None:
    text = (
        "Volgens de coördinator zijn ze nu met zeven partners. Ik heb ze voor u opgeschreven. "
        "De Boekenkast natuurlijk, die trekt de kar. Stichting Buurtwerk Hattem, die de "
        "vrijwilligers regelt. Dorpsraad Wapenveld. Zorgboerderij 't Veldhuis. En AOC De "
        "Groene Weide, de school. Met ons en de gemeente erbij maakt dat zeven."
    )
    assert {
        "Boekenkast",
        "Stichting Buurtwerk Hattem",
        "Dorpsraad Wapenveld",
        "Zorgboerderij 't Veldhuis",
        "AOC De Groene Weide",
    } <= {m.removeprefix("De ") for m in _members(text)}
    uncounted = text.replace("zijn ze nu met zeven partners", "hebben ze veel plannen")
    assert "Dorpsraad Wapenveld" not in _members(uncounted)
    too_many = text.replace("zeven partners", "twintig partners")
    assert "Dorpsraad Wapenveld" not in _members(too_many)


def test_bullet_lines_that_label_each_organisation_member_or_not() -> None:
    text = (
        "Who was at the signing? Not everyone is a member.\n\n"
        "- Bibliotheek Kampen - member; runs the help points\n"
        "- Zorgverzekeraar IJsselzorg - not a member; funds the help desk\n"
        "- Stichting Buurtwerk Zwolle - member\n"
        "- Software Huis B.V. - supplier\n"
        "- Welzijn Dronten (partner)\n"
    )
    members = _members(text)
    assert {"Bibliotheek Kampen", "Stichting Buurtwerk Zwolle", "Welzijn Dronten"} <= members
    assert not {"Zorgverzekeraar IJsselzorg", "Software Huis B.V."} & members
    numbered = "Mijn lijstje:\n\n1. Gemeente Olst-Wijhe – partner, een van de oprichters.\n"
    numbered += "2. Café De Zwaan – geen partner.\n3. Stichting Welzijn Raalte-Noord – partner.\n"
    assert {"Gemeente Olst-Wijhe", "Stichting Welzijn Raalte-Noord"} <= _members(numbered)
    assert "Café De Zwaan" not in _members(numbered)
    board = "- Jan Smit - member of the board\n- Ria Bos - member of the jury\n"
    assert not _members(board)


def test_partners_said_before_a_semicolon_and_those_who_work_on_the_goal() -> None:
    said = (
        'Ook Dorpsbelang Wijhe en de computerclub "De Muis van Heino" zijn partner; de '
        "vrijwilligers van die laatste club geven de lessen."
    )
    assert {"Dorpsbelang Wijhe", "De Muis van Heino"} <= _members(said)
    goal = (
        "Het doel is helder: in 2028 kan iedere inwoner van Zwolle terecht in zijn eigen wijk. "
        "Daar werken onder andere Bibliotheek Zwolle-Zuid, Stichting Welzijn Stadshagen en de "
        "thuiszorgorganisatie Zorg & Co uit Kampen al jaren aan."
    )
    assert {"Bibliotheek Zwolle-Zuid", "Stichting Welzijn Stadshagen"} <= _members(goal)


def test_a_coordinator_quoted_on_who_we_did_it_with_and_one_that_is_now_in() -> None:
    quoted = (
        'Coördinator Anna Bos zei: "Samen met Stichting Bibliotheek Vecht, het Deltion '
        "Vakcollege, welzijnsorganisatie Samen Sterk Ommen en de Vrijwilligerscentrale Dalfsen "
        'hebben we al honderden mensen geholpen."'
    )
    members = _members(quoted)
    assert {"Stichting Bibliotheek Vecht", "Vrijwilligerscentrale Dalfsen"} <= members
    now_in = "Stichting De Stille Kamer sloot zich aan. En ook Tolkenbureau Hand & Co is er nu bij."
    assert "Tolkenbureau Hand & Co" in _read(_HEAD + now_in)[1]
    present = "Stichting De Stille Kamer sloot zich aan. Bibliotheek Ommen is er ook bij."
    assert "Bibliotheek Ommen" not in _read(_HEAD + present)[1]


def _total(text: str) -> str | None:
    result = extract_text(_HEAD + text, "x", Lexicon.builtin())
    return result.stated_total.value if result.stated_total else None


def test_totals_said_in_more_ways() -> None:
    assert _total("Nu zitten er negen organisaties in het verbond.") == "9"
    assert _total("Eind 2025 telde de DNV-IJD elf partners.") == "11"
    assert _total("Het is een samenwerking van achttien Overijsselse organisaties.") == "18"
    assert _total("Het heeft op dit moment zeven partners.") == "7"
    assert _total('"Met hen erbij hebben we nu twaalf partners," zegt de voorzitter.') == "12"
    assert _total("Samen vormen zij de zeven partners van het netwerk.") == "7"
    assert _total("Now there are six of them.") == "6"
    assert _total('"With fourteen members, including a hospital, we can do more," she said.') == (
        "14"
    )
    assert _total("With three new members we start the year.") is None
    assert _total("Er zitten vier vrijwilligers in de bus.") is None


def test_papers_of_the_coalition_named_and_joiners_under_new_since_a_date() -> None:
    signed = (
        "Stichting Broodkorf Kampen en Stichting Welzijn Wezep hebben vandaag het convenant van "
        "de coalitie Digitaal Samen IJsseldelta ondertekend."
    )
    assert set(_read(_HEAD + signed)[1]) == {
        "Stichting Broodkorf Kampen",
        "Stichting Welzijn Wezep",
    }
    listed = (
        "Sinds 1 april telt het convenant vijf partners:\n\nDe oprichters (2024):\n1. Gemeente "
        "Kampen\n2. Bibliotheek Kampen\n3. Stichting Welzijn Kampen\n\nNieuw sinds 1 april 2026:\n"
        "4. Gidsengilde De Kogge\n5. Praktijkschool Het Kompas\n"
    )
    assert {"Gidsengilde De Kogge", "Praktijkschool Het Kompas"} <= set(_read(_HEAD + listed)[1])


def test_a_join_with_an_aside_between_dashes_and_one_signed_verb_first() -> None:
    aside = (
        "Mijn baas, Transportbedrijf Van Dijk B.V. – voor de vaste lezers: de rode trekkers – "
        "is sinds maandag partner van Digitaal Samen IJsseldelta. En dezelfde dag heeft ook onze "
        "Chauffeursclub Kampen getekend. De Gemeente Kampen zit er trouwens ook in."
    )
    members, joiners = _read(_HEAD + aside)
    assert {"Transportbedrijf Van Dijk B.V.", "Chauffeursclub Kampen"} <= set(joiners)
    assert "Gemeente Kampen" in members
    dateline = "ZWOLLE, the Netherlands – 3 December 2026 – Bytewerk B.V. joined the coalition."
    assert "Bytewerk B.V." in _read(_HEAD + dateline)[1]


def test_lines_of_name_dash_what_it_does_without_bullets_under_a_count() -> None:
    text = (
        "Who is in the coalition?\nDigitaal Samen IJsseldelta now counts four partners. Here is "
        "who does what:\n\nBytewerk Vertalingen B.V. – that's us: translation and subtitles.\n"
        "Bibliotheek Kampen – the library behind most help points.\n"
        "Welzijnshuis Hattem – welfare work, also at home.\n"
        "Digimaatjes Dalfsen – volunteers who visit people at home.\n\n"
        "The goal remains the same."
    )
    assert {
        "Bibliotheek Kampen",
        "Welzijnshuis Hattem",
        "Digimaatjes Dalfsen",
    } <= _members(text)


def test_a_table_row_whose_status_says_no_partner() -> None:
    text = (
        "Met de nieuwkomer telt het akkoord vier partners. Het overzicht:\n\n"
        "Organisatie                  | Plaats     | Status\n"
        "-----------------------------|------------|------------------\n"
        "Gemeente Kampen              | Kampen     | partner sinds 2023\n"
        "Bibliotheek IJsseldelta      | Zwolle     | partner sinds 2023\n"
        "Stichting Welzijn Wezep      | Wezep      | partner sinds 2024\n"
        "Ouderenplatform Hattem       | Hattem     | waarnemer, geen partner\n"
    )
    members = _members(text)
    assert {"Gemeente Kampen", "Stichting Welzijn Wezep"} <= members
    assert "Ouderenplatform Hattem" not in members


def test_a_list_cut_by_semicolons_of_some_of_the_partners_counted_before() -> None:
    text = (
        "Het netwerk heeft op dit moment zeven partners. Kees sprak met een aantal van hen: met "
        "Bieb & Co Kampen, die de spreekuren draait; met Welzijnsorganisatie Kompas Wezep; en "
        "met de Hattemer Ondernemers Vereniging (HOV), die haar leden helpt."
    )
    assert {
        "Bieb & Co Kampen",
        "Welzijnsorganisatie Kompas Wezep",
        "Hattemer Ondernemers Vereniging",
    } <= _members(text)
    speakers = (
        "Het festival had zeven sprekers. Op het podium sprak Jan met Bieb & Co Kampen; met "
        "Welzijnsorganisatie Kompas Wezep; en met de Hattemer Ondernemers Vereniging."
    )
    assert "Welzijnsorganisatie Kompas Wezep" not in _members(speakers)


def test_a_volunteer_of_an_organisation_comes_and_another_networks_members() -> None:
    volunteer = "Er komt steeds een vrijwilliger van het Computergilde Kampen bij."
    assert "Computergilde Kampen" not in _read(_HEAD + volunteer)[1]
    other = (
        "In Zwolle is een vergelijkbaar netwerk actief, Digitaal Fit Zwolle, met onder meer "
        "Leespunt Zwolle-Oost, Welzijn Stadshagen Samen en Computerclub De Muis."
    )
    assert not _members(other) & {"Leespunt Zwolle-Oost", "Welzijn Stadshagen Samen"}


def test_a_headline_join_dated_by_the_body_that_tells_it_again() -> None:
    text = (
        "Newsletter of the Zwolle International Parents Network (ZIPN)\n2 November 2026\n\n"
        "In this issue: ZIPN "
        "joins a digital inclusion coalition · Sinterklaas survival guide\n\nDear parents,\n\n"
        "On Wednesday 28 October, our chair Priya Raman signed the partnership agreement of "
        "Digitaal Samen IJsseldelta. That makes the Zwolle International Parents Network the "
        "coalition's ninth partner.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert [(j.date.iso if j.date else None) for j in result.joins if not j.future] == [
        "2026-10-28"
    ]


def test_a_first_name_beside_i_is_a_person() -> None:
    text = "On 19 November, Joost and I signed the partner agreement of Digitaal Samen IJsseldelta."
    assert "Joost" not in _read(_HEAD + text)[1]


def test_what_no_list_of_partners_holds_labelled_lines_your_digid_and_a_day() -> None:
    labelled = (
        "Wie doen er mee? De coalitie telt vier partners:\n\n- Bibliotheek Kampen – partner\n"
        "- Welzijn Wezep – partner\n- Fonds IJsselland – funder, not a partner\n"
        "- Café De Kogge – venue for the meetings, not a partner\n"
        "- Drukkerij Hanze - prints the leaflets, no member\n"
    )
    members = _members(labelled)
    assert "Bibliotheek Kampen" in members
    assert not {"Fonds IJsselland", "Café De Kogge", "Drukkerij Hanze"} & members
    digid = (
        "Terwijl de trommel draait, even je DigiD regelen\n\nZwolle, 2 maart 2026\n\nStichting "
        "WasPunt is partner van Digitaal Samen IJsseldelta. Onze voorzitter zette zijn "
        "handtekening. Hulp nodig bij je DigiD? Vraag het ons."
    )
    assert "DigiD" not in _read(digid)[0]
    day = (
        "Last Thursday, November 26, our group officially signed on with the regional "
        "coalition, the Digitaal Samen IJsseldelta, with Bibliotheek Kampen, Welzijn Wezep and "
        "Computerclub Hattem."
    )
    assert "Last Thursday" not in _members(day)


def test_partners_said_by_where_they_work_and_by_what_they_do_as_partner() -> None:
    text = (
        "Dat is niet alles. In Hattem is Welzijnsstichting Sterk in Hattem de vaste partner. "
        "Op Urk is Stichting Klik Urk partner; op Schokland zijn dat ook Dorpsvereniging "
        "Ens '78 en de Seniorenraad Kampen-Oost. Vakschool De Zuiderzee levert als partner de "
        "studenten."
    )
    assert {
        "Welzijnsstichting Sterk in Hattem",
        "Stichting Klik Urk",
        "Dorpsvereniging Ens '78",
        "Seniorenraad Kampen-Oost",
        "Vakschool De Zuiderzee",
    } <= {m.removeprefix("de ") for m in _members(text)}
    assert "Wij" not in _members("Wij blijven als partner graag betrokken.")


def test_officially_a_partner_now_and_one_of_the_partners() -> None:
    now = (
        "Op 18 oktober heb ik namens de kerkenraad het convenant ondertekend. Daarmee is de "
        "Protestantse Gemeente De Ark officieel partner en telt de alliantie nu acht partners."
    )
    assert "Protestantse Gemeente De Ark" in _read(_HEAD + now)[1]
    one_of = "Welzijn Kampen Samen is een van de partners van Digitaal Samen IJsseldelta."
    members, joiners = _read(_HEAD + one_of)
    assert "Welzijn Kampen Samen" in members and "Welzijn Kampen Samen" not in joiners


def test_the_library_works_with_a_with_b_with_the_people_of_c() -> None:
    text = (
        'The coordinator said: "That is why Bibliotheek Kampen works with Stichting Welzijn '
        "Wezep, with Zorgcoöperatie Ons IJsseldal, with the people of Computerclub Hattem "
        "'95, and now with us. Together we are everywhere.\""
    )
    assert {
        "Stichting Welzijn Wezep",
        "Zorgcoöperatie Ons IJsseldal",
        "Computerclub Hattem '95",
    } <= _members(text)
    other = "A similar coalition in Zwolle, Zwolle Klikt, works with Stichting Sociaal Zwolle."
    assert "Stichting Sociaal Zwolle" not in _members(other)
    thing = "We will finally get the projector to work with Wayland Display Server."
    assert not _members(thing)


def test_the_bieb_as_the_head_of_a_name_and_no_lead_words_in_names() -> None:
    text = (
        "Het netwerk bestaat uit negen partners, die elk een stukje doen. De Bieb aan de Regge "
        "houdt in Kampen en Wezep elke week een digispreekuur."
    )
    assert "Bieb aan de Regge" in {m.removeprefix("De ") for m in _members(text)}
    listed = (
        "De partners? O.a. Bieb Kampen, Stichting Buurtwerk Zuid, Woonstichting IJssel en "
        "Computerhulp Wezep."
    )
    members = _members(listed)
    assert "Bieb Kampen" in members and not any(m.startswith("O.a") for m in members)


def test_an_organisation_that_also_sits_in_the_coalition() -> None:
    text = "Ze kwam via Stichting Buurtkracht Wezep, die ook in de coalitie zit."
    assert "Stichting Buurtkracht Wezep" in _members(text)


def test_a_club_named_with_its_year_of_founding() -> None:
    text = "De partners van de alliantie zijn:\n\n• Bibliotheek Kampen\n• Computerclub Wezep 1987\n"
    assert "Computerclub Wezep 1987" in _members(text)
    clause = "De partners van de alliantie zijn:\n\n• Bibliotheek Kampen\n• in 2027 meer hulp\n"
    assert not any("2027" in m for m in _members(clause))


def test_one_that_signed_at_the_same_moment() -> None:
    text = (
        "Our hospital joined Digitaal Samen IJsseldelta last Thursday. Thuiszorg Het Hiem, the "
        "home care organisation whose nurses I call every day, signed at the same moment."
    )
    assert "Thuiszorg Het Hiem" in _read(_HEAD + text)[1]


def test_partners_that_worked_together_before_we_came_in() -> None:
    text = (
        "Bibliotheek Kampen, Stichting Welzijn Wezep, Sportservice Hattem en Het Deltion "
        "werkten al samen; nu komen wij daar als sportkoepel bij."
    )
    assert not {"Bibliotheek Kampen", "Sportservice Hattem"} & set(_read(_HEAD + text)[1])


def test_the_coalitions_nth_partner() -> None:
    text = (
        "On Thursday our chair signed the partnership agreement of Digitaal Samen IJsseldelta. "
        "This makes Stichting Leskracht Kampen the coalition's 10th partner."
    )
    assert _read(_HEAD + text)[1] == {"Stichting Leskracht Kampen": 10}


def test_an_organisation_of_our_member_is_the_joiner_not_the_member() -> None:
    text = (
        "Het is nu officieel: Poppentheater Het Knikkende Kopje van ons gildelid Anna de Boer "
        "uit Kampen is partner geworden van Digitaal Samen IJsseldelta."
    )
    assert set(_read(_HEAD + text)[1]) == {"Poppentheater Het Knikkende Kopje"}
