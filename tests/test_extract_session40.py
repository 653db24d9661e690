"""Readings added in the fortieth session on issue 16. Each test states a kind of text in words
of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.goal import read_goal
from kg.ingest.ordinals import ordinals
from kg.ingest.pointers import antecedent
from kg.ingest.sentences import read_sentences
from kg.ingest.totals import read_total
from tests.reading import sure


def _read(text: str):
    return extract_text(text, "x", Lexicon.builtin())


_NAMES = [
    "Gemeente Oldambt",
    "Bibliotheek Westerwolde",
    "Stichting Welzijn Veenkoloniën",
    "Taalpunt Winschoten",
    "Woonstichting Blauwestad",
]


def test_a_heading_that_asks_who_is_in_answers_with_the_list_under_a_short_paragraph() -> None:
    rows = "\n".join(f"• {name}" for name in _NAMES)
    text = (
        "Oldambt, 12 maart 2026 – Woonstichting Blauwestad sluit zich aan bij Coalitie Digitaal "
        "Oldambt.\n\nWie zitten er in Coalitie Digitaal Oldambt?\nDe coalitie telt nu vijf "
        "partners. Hieronder staan ze, en daaronder nog een sponsor die we graag bedanken.\n\n"
        f"{rows}\n• Fonds Groninger Dorpen – geen partner; betaalt de laptops\n\n"
        "Meer weten? Kijk op onze site."
    )
    assert sure(text) == set(_NAMES)


def test_lines_marked_by_a_sign_the_text_says_means_no_partner_are_no_members() -> None:
    rows = "\n".join(f"- {name}" for name in _NAMES)
    text = (
        "Woonstichting Blauwestad sluit zich aan bij Coalitie Digitaal Oldambt.\n\n"
        "Wie doen er mee?\nDe organisaties die bij de coalitie betrokken zijn. Namen met een "
        "sterretje (*) steunen ons wel, maar zijn geen partner.\n\n"
        f"{rows}\n- Drukkerij Het Kleine Veen*\n- Radio Oldambt FM*\n\nTot ziens!"
    )
    found = sure(text)
    assert found == set(_NAMES)


def test_a_reported_answer_to_who_is_in_is_the_list_below_it() -> None:
    rows = "\n".join(f"- {name}, which does its own good work;" for name in _NAMES[:4])
    text = (
        "Woonstichting Blauwestad has joined the Coalitie Digitaal Oldambt.\n\n"
        "Who else is in it? I asked the coordinator, a friendly man called Bert, and wrote "
        f"down the following:\n\n{rows}\n- and Woonstichting Blauwestad.\n\nSee you soon."
    )
    assert set(_NAMES[:4]) <= sure(text)


def test_a_question_whether_clubs_are_partners_lists_none() -> None:
    text = (
        "Woonstichting Blauwestad sluit zich aan bij Coalitie Digitaal Oldambt.\n\n"
        "Een paar leden vroegen het al: zijn Schaakclub De Toren Winschoten, Biljartclub "
        "Pomeroy en de andere clubs van de bond nu ook partner? Nee. De bond tekent als geheel."
    )
    found = sure(text)
    assert "Schaakclub De Toren Winschoten" not in found
    assert "Biljartclub Pomeroy" not in found


def test_everyone_who_wants_to_take_part_is_no_future_joiner() -> None:
    text = (
        "Woonstichting Blauwestad sluit zich aan bij Coalitie Digitaal Oldambt.\n\n"
        "Doel: in 2028 moet elke inwoner van Oldambt, Pekela en Westerwolde die digitaal wil "
        "meedoen hulp kunnen vinden, dichtbij huis."
    )
    future = {j.org.value for j in _read(text).joins if j.future}
    assert future == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Direct daarna zette Stichting X als twaalfde haar handtekening.", [12]),
        ("Then Stichting X put as the ninth its signature under the covenant.", [9]),
        ("De wethouder zette namens de gemeente als eerste haar handtekening.", []),
    ],
)
def test_an_order_before_a_signature_is_the_signers(sentence: str, expected: list[int]) -> None:
    assert ordinals(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("That brings the covenant to 22 signatories.", 22),
        ("Maar het netwerk telt er nu tien, want Stichting X is gestopt.", 10),
        ("Met ons erbij zijn we nu met negen, zei Ellen.", 9),
        ("Met ons erbij dus negen.", 9),
        ("There are now twelve partners, I'm told.", 12),
        ("Inmiddels zijn het zeven partners.", 7),
        ("Totaal: 9 partners", 9),
        ("They were the 12th and 13th members, which makes thirteen in total.", 13),
        ("Wij verwelkomen achttien nieuwe leden; de vereniging telt er daarmee 612.", None),
        ("There are now two new partners.", None),
    ],
)
def test_totals_said_in_more_ways(sentence: str, total: int | None) -> None:
    read = read_total(read_sentences(sentence))
    assert (read[0] if read else None) == total


def test_the_other_eleven_asks_who_and_the_answer_after_a_colon_lists_them() -> None:
    text = (
        "Two organisations came on board of the Coalitie Digitaal Oldambt today: Woonstichting "
        "Blauwestad and Taalpunt Winschoten.\n\nThe other three? I asked the chair to write them "
        "on a napkin, so here goes: Gemeente Oldambt, ICT-Maatjes Pekela and Bibliotheek "
        "Westerwolde.\n\nSee you on Tuesday."
    )
    assert {"Gemeente Oldambt", "ICT-Maatjes Pekela", "Bibliotheek Westerwolde"} <= sure(text)


@pytest.mark.parametrize("both", ["both", "allebei"])
def test_a_pair_that_both_joined_are_joiners(both: str) -> None:
    verb = "joined" if both == "both" else "sloten zich aan bij"
    text = (
        f"On 3 May Taalpunt Winschoten and Stichting Welzijn Oldambt {both} {verb} the "
        "Coalitie Digitaal Oldambt."
    )
    joined = {j.org.value for j in _read(text).joins}
    assert joined == {"Taalpunt Winschoten", "Stichting Welzijn Oldambt"}


def test_openers_after_a_count_the_writer_names_only_some_of_are_members() -> None:
    text = (
        "Taalpunt Winschoten joined the Coalitie Digitaal Oldambt on Saturday. The coalition now "
        "has 15 organisations.\n\nI will not name all fifteen, because I only know some of them. "
        "Bibliotheek Westerwolde, where I took my first course. Stichting Welzijn Oldambt, who "
        "sent someone to my door. And Huisartsenpraktijk De Wierde, because the doctor asked."
    )
    assert {
        "Bibliotheek Westerwolde",
        "Stichting Welzijn Oldambt",
        "Huisartsenpraktijk De Wierde",
    } <= sure(text)


def test_the_writer_before_its_own_name_in_a_list_line_is_left_out() -> None:
    rows = "\n".join(f"- {name}" for name in _NAMES[:4])
    text = (
        "Taalpunt Winschoten is de vijfde partner van Coalitie Digitaal Oldambt. De coalitie "
        f"telt er nu dus vijf.\n\nDe partners zijn:\n\n{rows}\n- en nu dus ook wij, Taalpunt "
        "Winschoten\n\nTot ziens."
    )
    assert sure(text) == {*_NAMES[:4], "Taalpunt Winschoten"}
    assert not [f.value for f in _read(text).partners if "wij" in f.value]


@pytest.mark.parametrize(
    "closing", ["Dat zijn ze: vijf.", "Tel maar na: vijf.", "Dat was het, vijf."]
)
def test_names_in_prose_that_a_count_closes_are_members(closing: str) -> None:
    text = (
        "Taalpunt Winschoten sloot zich aan bij Coalitie Digitaal Oldambt, een samenwerking van "
        "vijf organisaties.\n\nNeem Anneke, van Bibliotheek Westerwolde. Zij helpt elke week. Of "
        "de jongens van ROC Oldambt, die om de beurt een ochtend draaien. Stichting Welzijn "
        "Oldambt zorgt voor het rooster.\n\nDan is er nog de Gemeente Oldambt, die het idee ooit "
        f"op tafel legde. {closing}\n\nNee, Drukkerij Het Veen hoort er niet bij."
    )
    assert sure(text) == {
        "Taalpunt Winschoten",
        "Bibliotheek Westerwolde",
        "ROC Oldambt",
        "Stichting Welzijn Oldambt",
        "Gemeente Oldambt",
    }


def test_a_closing_count_that_disagrees_with_the_names_vouches_for_none() -> None:
    text = (
        "Taalpunt Winschoten sloot zich aan bij Coalitie Digitaal Oldambt.\n\nNeem Anneke, van "
        "Bibliotheek Westerwolde. Of de jongens van ROC Oldambt. Dat zijn ze: negen."
    )
    assert sure(text) == {"Taalpunt Winschoten"}


def test_a_range_of_partners_after_a_verb_with_its_particle() -> None:
    text = (
        "Taalpunt Winschoten sloot zich aan bij Coalitie Digitaal Oldambt. Daarna somde de "
        "voorzitter de andere partners op, van Huisartsenpraktijk De Wierde tot Openbare "
        "Basisschool De Akker in Finsterwolde."
    )
    assert {"Huisartsenpraktijk De Wierde", "Openbare Basisschool De Akker"} <= sure(text)


def test_subjects_after_a_count_the_writer_names_some_of_are_members() -> None:
    text = (
        "Taalpunt Winschoten joined the Coalitie Digitaal Oldambt. There are now nine partners."
        "\n\nI won't list all nine partners, but the ones I have met are lovely. Bibliotheek "
        "Westerwolde runs the weekly café. Welzijn Oldambt sends people to homes. And Stichting "
        "Digihulp Pekela, a band of students, does the heavy lifting."
    )
    assert {"Bibliotheek Westerwolde", "Welzijn Oldambt", "Stichting Digihulp Pekela"} <= sure(text)


def test_one_that_takes_part_like_others_is_a_member_with_them() -> None:
    text = (
        "Taalpunt Winschoten sloot zich aan bij Coalitie Digitaal Oldambt.\n\nDe Bibliotheek "
        "Westerwolde doet mee, net als de Gemeente Oldambt en de Gemeente Pekela."
    )
    assert {"Bibliotheek Westerwolde", "Gemeente Oldambt", "Gemeente Pekela"} <= sure(text)


def test_the_first_was_x_the_second_was_y_names_the_two_that_signed() -> None:
    text = (
        "Oldambt, 4 mei 2026 – Coalitie Digitaal Oldambt groeit.\n\nIn de bibliotheek zetten "
        "gisteren twee organisaties hun handtekening onder de samenwerkingsovereenkomst. De eerste "
        "was Zorggroep De Veenhof, de ouderenzorg uit Veendam. De tweede was Stichting Digihulp "
        "Pekela, een groep vrijwilligers uit Oude Pekela."
    )
    joined = {j.org.value for j in _read(text).joins}
    assert joined == {"Zorggroep De Veenhof", "Stichting Digihulp Pekela"}


def test_names_followed_by_all_partners_are_members() -> None:
    text = (
        "So last Thursday our group, Taalpunt Winschoten, signed up as a partner of the Coalitie "
        "Digitaal Oldambt.\n\nLater, at the coalition meeting, I also met people from Stichting "
        "Taalkracht Pekela, from Zorggroep Oldambt, and from Wijkteam Winschoten Samen – all "
        "partners. Very nice people."
    )
    assert {"Stichting Taalkracht Pekela", "Zorggroep Oldambt", "Wijkteam Winschoten Samen"} <= (
        sure(text)
    )


@pytest.mark.parametrize(
    "name", ["Associação Cultural Raízes do Polder", "Balletschool Sur les Pointes"]
)
def test_small_words_of_other_languages_stay_inside_a_name(name: str) -> None:
    text = f"Our group, {name}, signed up as a partner of the Coalitie Digitaal Oldambt."
    assert {j.org.value for j in _read(text).joins} == {name}


def test_a_coalition_that_has_welcomed_x_after_a_date_tells_x_joined() -> None:
    text = (
        "De Coalitie Digitaal Oldambt heeft op donderdag 5 februari Dierenpark De Wildwal "
        "verwelkomd als elfde partner.\n\nDe educatieafdeling werkt al jaren samen met de "
        "Groninger Onderwijsalliantie, een netwerk van schoolbesturen. Die alliantie staat los "
        "van de coalitie."
    )
    found = _read(text)
    assert [(j.org.value, j.order.value if j.order else None) for j in found.joins] == [
        ("Dierenpark De Wildwal", "11")
    ]
    assert found.coalition is not None and found.coalition.value == "Coalitie Digitaal Oldambt"


def test_a_table_row_labelled_not_a_signatory_is_no_member() -> None:
    text = (
        "Taalpunt Winschoten signed the covenant of the Coalitie Digitaal Oldambt.\n\n"
        "Organisation | status\nTaalpunt Winschoten | signed\nGemeente Oldambt | signatory since "
        "2024\nBibliotheek Westerwolde | signatory since 2025\nWelzijn Oldambt | signatory since "
        "2025\nStudentenfonds Groningen | funder of our sessions, not a signatory\nCafé De Molen "
        "| venue, not a signatory\n\nSee you there."
    )
    found = sure(text)
    assert {"Gemeente Oldambt", "Bibliotheek Westerwolde", "Welzijn Oldambt"} <= found
    assert not found & {"Studentenfonds Groningen", "Café De Molen"}


def test_a_dotted_table_and_its_heading_give_only_the_partners() -> None:
    rows = [
        ("Bibliotheek Westerwolde", "partner; houdt de spreekuren"),
        ("Stichting Welzijn Oldambt", "partner; stuurt vrijwilligers"),
        ("gemeente Pekela", "partner; betaalt de map"),
        ("Klok Systemen B.V.", "GEEN partner; levert de app"),
        ("Dorpshuis De Brink, Erm", "GEEN partner; daar zijn de avonden"),
    ]
    table = "\n".join(f"{name} .......... {label}" for name, label in rows)
    text = (
        "Taalpunt Winschoten sloot zich aan bij Coalitie Digitaal Oldambt.\n\nOmdat er verwarring "
        f"was, hebben we het op een rijtje gezet:\n\nWIE DOET WAT\n{table}\n\nTot ziens."
    )
    assert sure(text) == {
        "Taalpunt Winschoten",
        "Bibliotheek Westerwolde",
        "Stichting Welzijn Oldambt",
        "Gemeente Pekela",
    }


def test_the_partners_who_welcomed_us_are_members_not_joiners() -> None:
    text = (
        "Kwame Mensah\nDirector at Sankofa Foundation | Community builder\n\nOn Tuesday I had "
        "the honour of signing the agreement on behalf of Sankofa Foundation. With that "
        "signature, we officially joined the Coalitie Digitaal Oldambt as its 4th member.\n\n"
        "A big thank you to our fellow partners, who welcomed us so warmly:\n✅ Gemeente Oldambt"
        "\n✅ Bibliotheek Westerwolde\n✅ Welzijn Oldambt\n\nI also spoke with the team of "
        "Stichting Vrouwen Winschoten, who are exploring whether to join the coalition as well. "
        "From June, our volunteers run a help desk with Bibliotheek Westerwolde."
    )
    found = _read(text)
    assert [(j.org.value, j.order.value if j.order else None) for j in found.joins] == [
        ("Sankofa Foundation", "4")
    ]
    assert sure(text) == {
        "Sankofa Foundation",
        "Gemeente Oldambt",
        "Bibliotheek Westerwolde",
        "Welzijn Oldambt",
    }


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The network wants that by 2027 every newcomer in Oldambt knows where to go.", 2027),
        ("The signatories want every resident of Oldambt to have a help point by 2028.", 2028),
        ("Eind 2027 wil de alliantie in Oldambt zestig digi-maatjes hebben.", 2027),
        ("Organisaties die vinden dat in 2029 iedere inwoner van Groningen mee moet doen.", 2029),
        ("They want all of us to come by.", None),
    ],
)
def test_goals_said_in_more_ways(sentence: str, year: int | None) -> None:
    read = read_goal(sentence)
    assert (read[1] if read else None) == year


def test_prose_that_answers_who_is_in_names_a_member_after_and_the() -> None:
    text = (
        "Taalpunt Winschoten sloot zich aan bij Coalitie Digitaal Oldambt.\n\nWie zitten er dan "
        "allemaal in? De Gemeente Oldambt, die het geheel trekt. Woonstichting De Kolenberg, die "
        "huurders doorstuurt. En de Seniorenvereniging Sjaesberg, die al jaren langs de deuren "
        "gaat. En de Dinsdagclub, een stel gepensioneerden."
    )
    assert {
        "Gemeente Oldambt",
        "Woonstichting De Kolenberg",
        "Seniorenvereniging Sjaesberg",
        "Dinsdagclub",
    } <= sure(text)


def test_a_noun_that_points_back_to_a_named_organisation_makes_it_a_member() -> None:
    text = (
        "Taalpunt Winschoten sloot zich aan bij Coalitie Digitaal Oldambt.\n\nNeem mevrouw Bakker. "
        "Die rijd ik elke week naar Bibliotheek Flakkee Noord, waar ze een cursus volgt. De "
        "bibliotheek is partner van de coalitie."
    )
    assert "Bibliotheek Flakkee Noord" in sure(text)


def test_a_line_labelled_geen_with_accents_is_no_member() -> None:
    rows = "\n".join(f"- {name}" for name in _NAMES[:3])
    text = (
        "Taalpunt Winschoten sloot zich aan bij Coalitie Digitaal Oldambt.\n\nDe partners:\n"
        f"{rows}\n- Taalpunt Winschoten\n- ZorgRent Oldambt B.V.: géén partner. Dat is de firma "
        "die de bedden levert.\n\nTot ziens."
    )
    assert "ZorgRent Oldambt B.V." not in sure(text)


def test_a_proposal_that_we_become_a_partner_is_no_claim() -> None:
    text = (
        "Clubblad van Modelspoorvereniging De Wissel\n\nHet Netwerk Digitaal Oldambt heeft acht "
        "partners.\n\nSanne stelde voor dat onze vereniging partner wordt. Het bestuur is "
        "enthousiast, maar we hebben nog niets ondertekend."
    )
    assert "Modelspoorvereniging De Wissel" not in sure(text)


def test_a_place_after_in_at_the_end_of_a_main_list_line_is_left_out() -> None:
    text = (
        "Het Netwerk Digitaal Oldambt heeft op dit moment vier partners:\n\n1. Bibliotheek "
        "Westerwolde;\n2. Gemeente Oldambt;\n3. Zorgcentrum Huize Ter Wolde in Finsterwolde;\n"
        "4. Stichting Oudere Stadjers in Beweging\n\nTot ziens."
    )
    assert {"Zorgcentrum Huize Ter Wolde", "Stichting Oudere Stadjers in Beweging"} <= sure(text)


def test_a_short_name_points_back_to_the_full_name_the_text_wrote_before() -> None:
    before = read_sentences("Ik rijd nu vier jaar voor Vervoersdienst De Vlinder Flakkee.")
    assert antecedent(before, "De Vlinder") == ["Vervoersdienst De Vlinder Flakkee"]
