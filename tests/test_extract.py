"""The extraction layer: the seed press release, test press releases, each rule and bad input."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from kg.ingest.extract import (
    GLUE_RULES,
    Evidence,
    Extraction,
    ExtractionError,
    Fact,
    Lexicon,
    extract_file,
    extract_text,
    read_source,
    split_glued,
    split_partner_list,
    split_sentences,
)
from tests.seed import SEED_JOINER, SEED_PARTNERS

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "sources" / "samenwerking-noord-persbericht.txt"
PRESS = Path(__file__).resolve().parent / "press"

SEED_ORGANISATIONS = [SEED_JOINER, *SEED_PARTNERS]  # the 18 names
SEED_ALIASES = {
    "RUG": "Rijksuniversiteit Groningen",
    "Hanze": "Hanzehogeschool Groningen",
    "Universitair Medisch Centrum Groningen": "UMCG",
    "Bossers en Cnossen": "Bossers & Cnossen",
}
SEED_THEMES = {
    "robotisering": ("robotisering", "theme"),
    "big data": ("big data", "theme"),
    "blockchain": ("blockchain", "theme"),
    "internet of things": ("internet of things", "theme"),
    "ict-beheer": ("ICT-beheer", "activity"),
    "datacenterdienstverlening": ("datacenterdienstverlening", "activity"),
    "kennis te delen": ("kennisdeling", "activity"),
    "kennisdeling": ("kennisdeling", "activity"),
    "uitwisseling van medewerkers": ("uitwisseling van medewerkers", "activity"),
    "opleidingen": ("opleidingen", "activity"),
}
SECTOR_GROUPS = {
    "bedrijfsleven": "business",
    "culturele veld": "civil-society-culture",
    "educatieve sector": "education-research",
    "overheden": "government",
    "onderwijs": "education-research",
    "zorg": "civil-society-culture",
    "overheid": "government",
}


def _table(names: list[str], aliases: dict[str, str] | None = None) -> dict[str, str]:
    table = {name.lower(): name for name in names}
    table.update({alias.lower(): name for alias, name in (aliases or {}).items()})
    return table


def seed_lexicon() -> Lexicon:
    """The lexicon of the seed: its 18 names, a few aliases, its coalition and vocabulary."""
    return Lexicon(
        organisations=_table(SEED_ORGANISATIONS, SEED_ALIASES),
        coalitions=_table(["Digital Literacy Coalition"], {"DLC": "Digital Literacy Coalition"}),
        sector_groups=dict(SECTOR_GROUPS),
        themes=dict(SEED_THEMES),
    )


def press_lexicon() -> Lexicon:
    """The lexicon of tests/press: knows some names there and leaves others for curation."""
    lexicon = seed_lexicon()
    lexicon.organisations.update(
        _table(
            [
                "Biblionet Drenthe",
                "Drenthe College",
                "Provincie Drenthe",
                "Gemeente Assen",
                "Stichting Huis voor de Democratie",
                "NHL Stenden",
                "Hogeschool Utrecht",
                "Universiteit Utrecht",
                "UMC Utrecht",
                "CodeUur",
                "Hogeschool van Amsterdam",
                "OBA Openbare Bibliotheek Amsterdam",
                "Kennispunt Twente",
                "Universiteit Twente",
                "Saxion",
                "ROC van Twente",
                "Zuyd Hogeschool",
                "Maastricht University",
            ],
            {
                "UT": "Universiteit Twente",
                "HvA": "Hogeschool van Amsterdam",
                "UM": "Maastricht University",
            },
        )
    )
    lexicon.coalitions.update(
        _table(
            [
                "Coalitie Digitale Geletterdheid Drenthe",
                "Digitaal Utrecht Samen",
                "Amsterdamse Digitale Coalitie",
                "Digitaal Twente",
                "Digitaal Limburg",
            ],
        )
    )
    lexicon.themes.update(
        {
            "leesbevordering": ("leesbevordering", "activity"),
            "mediawijsheid": ("mediawijsheid", "theme"),
            "workshops": ("workshops", "activity"),
            "programmeerlessen": ("programmeerlessen", "activity"),
        }
    )
    return lexicon


def values(facts: list[Fact]) -> list[str]:
    return [fact.value for fact in facts]


def all_evidence(extraction: Extraction) -> list[Evidence]:
    facts = [
        extraction.coalition,
        extraction.joiner,
        *extraction.partners,
        *extraction.sector_groups,
        *extraction.themes,
        *extraction.activities,
    ]
    facts += [f for f in (extraction.join_order, extraction.stated_others) if f]
    evidence = [fact.evidence for fact in facts]
    if extraction.goal:
        evidence.append(extraction.goal.evidence)
    return evidence


def unknown(warnings: list[str]) -> list[str]:
    """The names that warnings list as unknown organisations, in order."""
    return [w.split("'")[1] for w in warnings if w.startswith("unknown organisation")]


# --------------------------------------------------------------------------------------------
# The seed
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return extract_file(SEED, seed_lexicon())


def test_seed_names(seed: Extraction) -> None:
    assert seed.source == "samenwerking-noord-persbericht"
    assert seed.coalition.value == "Digital Literacy Coalition"
    assert seed.joiner.value == "Samenwerking Noord"
    assert seed.joiner.evidence.sentence == (
        "Samenwerking Noord sluit zich aan bij de Digital Literacy Coalition."
    )


def test_seed_partners_are_exactly_the_17(seed: Extraction) -> None:
    assert values(seed.partners) == SEED_PARTNERS
    assert all(
        p.evidence.sentence.startswith("Samenwerking Noord sluit zich aan bij zeventien")
        for p in seed.partners
    )


def test_seed_order_and_count(seed: Extraction) -> None:
    assert seed.join_order is not None and seed.join_order.value == "18"
    assert "achttiende" in seed.join_order.evidence.sentence
    assert seed.stated_others is not None and seed.stated_others.value == "17"
    assert "zeventien andere partners" in seed.stated_others.evidence.sentence


def test_seed_goal(seed: Extraction) -> None:
    assert seed.goal is not None
    assert seed.goal.aim == (
        "van Groningen in 2025 de meest digitaal geletterde stad en provincie van Nederland "
        "te maken"
    )
    assert seed.goal.target_year == 2025
    assert seed.goal.regions == [("Groningen", "city"), ("Groningen", "province")]
    assert "tot doel heeft" in seed.goal.evidence.sentence


def test_seed_vocabulary(seed: Extraction) -> None:
    assert values(seed.sector_groups) == [
        "business",
        "civil-society-culture",
        "education-research",
        "government",
    ]
    assert values(seed.themes) == ["robotisering", "big data", "blockchain", "internet of things"]
    assert values(seed.activities) == [
        "ICT-beheer",
        "datacenterdienstverlening",
        "kennisdeling",
        "uitwisseling van medewerkers",
        "opleidingen",
    ]


def test_seed_has_no_warnings_with_its_lexicon(seed: Extraction) -> None:
    assert seed.warnings == []


def test_seed_evidence_offsets(seed: Extraction) -> None:
    text = read_source(SEED)
    for evidence in all_evidence(seed):
        assert evidence.source == "samenwerking-noord-persbericht"
        assert text[evidence.start : evidence.end] == evidence.sentence
    assert seed.join_order is not None
    order = seed.join_order.evidence
    assert text[order.start : order.end] == order.sentence
    assert order.start == text.index("De overkoepelende")


def test_seed_without_lexicon() -> None:
    """The general rules find the same names; "Goldmund, Wyldebeast & Wunderliebe" stays one
    name, with a warning (issue 16: it used to be cut in two, 18 listed instead of 17)."""
    extraction = extract_file(SEED)
    expected = [*SEED_PARTNERS]
    assert values(extraction.partners) == expected
    assert extraction.coalition.value == "Digital Literacy Coalition"
    assert extraction.joiner.value == "Samenwerking Noord"
    assert extraction.join_order and extraction.join_order.value == "18"
    assert extraction.stated_others and extraction.stated_others.value == "17"
    assert values(extraction.sector_groups) == [
        "business",
        "civil-society-culture",
        "education-research",
        "government",
    ]
    assert values(extraction.themes) == [
        "robotisering",
        "big data",
        "blockchain",
        "internet of things",
    ]
    assert "ICT-beheer" in values(extraction.activities)
    assert unknown(extraction.warnings) == ["Samenwerking Noord", *expected]
    assert any(
        "read as one name 'Goldmund, Wyldebeast & Wunderliebe'" in w for w in extraction.warnings
    )
    assert not any(w.startswith("the text states 17 other partners") for w in extraction.warnings)


def test_seed_with_empty_lexicon_finds_no_vocabulary() -> None:
    extraction = extract_file(SEED, Lexicon.empty())
    assert len(extraction.partners) == 17  # issue 16: the firm's name is no longer cut in two
    assert extraction.sector_groups == extraction.themes == extraction.activities == []


def test_aliases_give_canonical_names() -> None:
    text = (
        "Samenwerking Noord sluit zich aan bij de DLC. "
        "De andere partners zijn: RUG, Hanze en Universitair Medisch Centrum Groningen."
    )
    extraction = extract_text(text, "alias", seed_lexicon())
    assert extraction.coalition.value == "Digital Literacy Coalition"
    assert values(extraction.partners) == [
        "Rijksuniversiteit Groningen",
        "Hanzehogeschool Groningen",
        "UMCG",
    ]
    assert extraction.warnings == []


# --------------------------------------------------------------------------------------------
# The test press releases
# --------------------------------------------------------------------------------------------

PRESS_EXPECTED: dict[str, dict[str, object]] = {
    "drenthe-biblionet": {
        "coalition": "Coalitie Digitale Geletterdheid Drenthe",
        "joiner": "Biblionet Drenthe",
        "order": "6",
        "stated": "5",
        "partners": [
            "Drenthe College",
            "ROC Menso Alting",
            "Provincie Drenthe",
            "Gemeente Assen",
            "Stichting Huis voor de Democratie",
        ],
        "aim": "Drenthe in 2030 tot de meest digitaal vaardige provincie van Nederland te maken",
        "year": 2030,
        "regions": [("Drenthe", "province")],
        "groups": ["education-research", "civil-society-culture", "government"],
        "themes": ["mediawijsheid"],
        "activities": ["leesbevordering"],
        "unknown": ["ROC Menso Alting"],
    },
    "friesland-omrop": {
        "coalition": "Fryske Digitale Alliantie",
        "joiner": "Omrop Fryslân",
        "order": "21",
        "stated": "20",
        "partners": ["NHL Stenden", "Tresoar", "Afûk", "Gemeente Leeuwarden"],
        "aim": "in 2027 in de provincie Friesland iedereen digitaal vaardig te maken",
        "year": 2027,
        "regions": [("Friesland", "province")],
        "groups": [],
        "themes": ["mediawijsheid"],
        "activities": ["workshops"],
        "unknown": ["Omrop Fryslân", "Tresoar", "Afûk", "Gemeente Leeuwarden"],
    },
    "utrecht-hogeschool": {
        "coalition": "Digitaal Utrecht Samen",
        "joiner": "Hogeschool Utrecht",
        "order": "5",
        "stated": "4",
        "partners": [
            "Universiteit Utrecht",
            "Gemeente Utrecht",
            "UMC Utrecht",
            "Bibliotheek Utrecht",
            "ROC Midden Nederland",
            "Stichting Digisterker",
        ],
        "aim": "van Utrecht in 2028 de digitaal meest inclusieve stad van Nederland te maken",
        "year": 2028,
        "regions": [("Utrecht", "city")],
        "groups": [],
        "themes": [],
        "activities": [],
        "unknown": [
            "Gemeente Utrecht",
            "Bibliotheek Utrecht",
            "ROC Midden Nederland",
            "Stichting Digisterker",
        ],
    },
    "amsterdam-codeuur": {
        "coalition": "Amsterdamse Digitale Coalitie",
        "joiner": "CodeUur",
        "order": "3",
        "stated": "2",
        "partners": ["Hogeschool van Amsterdam", "OBA Openbare Bibliotheek Amsterdam"],
        "aim": "dat in 2026 iedereen in de gemeente Amsterdam digitaal kan meedoen",
        "year": 2026,
        "regions": [("Amsterdam", "city")],
        "groups": ["education-research"],
        "themes": [],
        "activities": ["programmeerlessen"],
        "unknown": [],
    },
    "twente-kennispunt": {
        "coalition": "Digitaal Twente",
        "joiner": "Kennispunt Twente",
        "order": "4",
        "stated": None,
        "partners": ["Universiteit Twente", "Gemeente Enschede", "Saxion", "ROC van Twente"],
        "aim": "in de regio Twente in 2029 alle werkenden digitaal fit te maken",
        "year": 2029,
        "regions": [("Twente", "region")],
        "groups": [],
        "themes": [],
        "activities": ["kennisdeling"],
        "unknown": ["Gemeente Enschede"],
    },
    "limburg-zuyd": {
        "coalition": "Digitaal Limburg",
        "joiner": "Zuyd Hogeschool",
        "order": "101",
        "stated": "99",
        "partners": ["Maastricht University", "Gemeente Heerlen", "Provincie Limburg"],
        "aim": "in 2035 in Limburg en Euregio Maas-Rijn iedere inwoner digitaal weerbaar te maken",
        "year": 2035,
        "regions": [("Limburg", "province"), ("Euregio Maas-Rijn", "region")],
        "groups": [],
        "themes": [],
        "activities": [],
        "unknown": ["Gemeente Heerlen", "Provincie Limburg"],
    },
}


def test_press_folder_has_the_expected_files() -> None:
    assert sorted(p.stem for p in PRESS.glob("*.txt")) == sorted(PRESS_EXPECTED)


@pytest.mark.parametrize("stem", sorted(PRESS_EXPECTED))
def test_press_release(stem: str) -> None:
    expected = PRESS_EXPECTED[stem]
    path = PRESS / f"{stem}.txt"
    extraction = extract_file(path, press_lexicon())
    order, stated = extraction.join_order, extraction.stated_others
    assert extraction.source == stem
    assert extraction.coalition.value == expected["coalition"]
    assert extraction.joiner.value == expected["joiner"]
    assert (order.value if order else None) == expected["order"]
    assert (stated.value if stated else None) == expected["stated"]
    assert values(extraction.partners) == expected["partners"]
    assert extraction.goal is not None
    assert extraction.goal.aim == expected["aim"]
    assert extraction.goal.target_year == expected["year"]
    assert extraction.goal.regions == expected["regions"]
    assert values(extraction.sector_groups) == expected["groups"]
    assert values(extraction.themes) == expected["themes"]
    assert values(extraction.activities) == expected["activities"]
    assert unknown(extraction.warnings) == expected["unknown"]
    text = read_source(path)
    for evidence in all_evidence(extraction):
        assert text[evidence.start : evidence.end] == evidence.sentence


def test_press_count_mismatch_names_both_numbers_and_the_sentence() -> None:
    extraction = extract_file(PRESS / "utrecht-hogeschool.txt", press_lexicon())
    mismatch = [w for w in extraction.warnings if w.startswith("the text states")]
    assert mismatch == [
        'the text states 4 other partners but lists 6: "Hogeschool Utrecht sluit zich aan bij '
        "vier andere partners: Universiteit Utrecht, Gemeente UtrechtUMC UtrechtBibliotheek "
        'Utrecht, ROC Midden Nederland en Stichting Digisterker."'
    ]


def test_press_partial_list_is_not_compared_with_the_count() -> None:
    """'twintig andere partners, waaronder ...' lists four: no mismatch warning."""
    extraction = extract_file(PRESS / "friesland-omrop.txt", press_lexicon())
    assert not any(w.startswith("the text states") for w in extraction.warnings)
    assert any(
        w.startswith("unknown coalition 'Fryske Digitale Alliantie'") for w in extraction.warnings
    )


def test_press_order_that_does_not_fit_the_count_is_flagged() -> None:
    extraction = extract_file(PRESS / "limburg-zuyd.txt", press_lexicon())
    assert [w for w in extraction.warnings if w.startswith("join order")] == [
        "join order 101 does not fit 99 other partners (expected order 100): "
        '"Zuyd Hogeschool is de 101e partner van het netwerk en sluit zich aan bij '
        "negenennegentig andere partners, waaronder Maastricht University, Gemeente Heerlen "
        'en Provincie Limburg."'
    ]


def test_press_glue_cut_by_general_rule_is_named_in_the_warning() -> None:
    extraction = extract_file(PRESS / "drenthe-biblionet.txt", press_lexicon())
    assert extraction.warnings == [
        "unknown organisation 'ROC Menso Alting': no lexicon name or alias; add it for curation"
    ]
    extraction = extract_file(PRESS / "utrecht-hogeschool.txt", Lexicon.empty())
    assert (
        "unknown organisation 'Bibliotheek Utrecht' (cut out of 'Gemeente UtrechtUMC "
        "UtrechtBibliotheek Utrecht' by the glue rule 'word+Word'): no lexicon name or alias; "
        "add it for curation"
    ) in extraction.warnings


def test_press_names_cut_at_a_known_name_carry_no_glue_note() -> None:
    """With "UMC Utrecht" known, the lexicon makes both cuts around it."""
    extraction = extract_file(PRESS / "utrecht-hogeschool.txt", press_lexicon())
    assert extraction.warnings[:2] == [
        "unknown organisation 'Gemeente Utrecht': no lexicon name or alias; add it for curation",
        "unknown organisation 'Bibliotheek Utrecht': no lexicon name or alias; add it for curation",
    ]


def test_press_bullet_list_evidence_is_each_bullet_line() -> None:
    extraction = extract_file(PRESS / "amsterdam-codeuur.txt", press_lexicon())
    assert [p.evidence.sentence for p in extraction.partners] == [
        "- Hogeschool van Amsterdam",
        "- OBA Openbare Bibliotheek Amsterdam",
    ]


def test_press_join_evidence_is_the_first_joining_sentence() -> None:
    extraction = extract_file(PRESS / "twente-kennispunt.txt", press_lexicon())
    assert extraction.joiner.evidence.sentence == (
        "Per 1 maart sluit Kennispunt Twente zich aan bij het netwerk Digitaal Twente."
    )


# --------------------------------------------------------------------------------------------
# Rule tables, one case per rule
# --------------------------------------------------------------------------------------------

JOIN_CASES = [
    ("sluit zich aan bij", "Alfa College sluit zich aan bij de Digital Literacy Coalition."),
    (
        "sloot zich aan bij",
        "Alfa College sloot zich vorig jaar aan bij de Digital Literacy Coalition.",
    ),
    ("sluit aan bij", "Alfa College sluit aan bij de Digital Literacy Coalition."),
    (
        "inverted sluit X zich aan",
        "Per 1 mei sluit Alfa College zich aan bij de Digital Literacy Coalition.",
    ),
    (
        "heeft zich aangesloten bij",
        "Alfa College heeft zich aangesloten bij de Digital Literacy Coalition.",
    ),
    (
        "heeft zich bij Y aangesloten",
        "Alfa College heeft zich bij de Digital Literacy Coalition aangesloten.",
    ),
    (
        "is aangesloten bij",
        "Alfa College is sinds kort aangesloten bij de Digital Literacy Coalition.",
    ),
    ("treedt toe tot", "Alfa College treedt toe tot de Digital Literacy Coalition."),
    ("inverted treedt X toe", "Vandaag treedt Alfa College toe tot de Digital Literacy Coalition."),
    ("is toegetreden tot", "Alfa College is toegetreden tot de Digital Literacy Coalition."),
    ("wordt partner van", "Alfa College wordt partner van de Digital Literacy Coalition."),
    ("wordt lid van", "Alfa College wordt vandaag lid van de Digital Literacy Coalition."),
    (
        "is partner geworden van",
        "Alfa College is partner geworden van de Digital Literacy Coalition.",
    ),
    (
        "is de nieuwste partner van",
        "Alfa College is de nieuwste partner van de Digital Literacy Coalition.",
    ),
    (
        "dat X zich aansluit bij",
        "Wij melden dat Alfa College zich aansluit bij de Digital Literacy Coalition.",
    ),
    ("voegt zich bij", "Alfa College voegt zich bij de Digital Literacy Coalition."),
    ("verbindt zich aan", "Alfa College verbindt zich aan de Digital Literacy Coalition."),
    ("verwelkomt", "De Digital Literacy Coalition verwelkomt Alfa College als nieuwe partner."),
    ("opener Ook is dropped", "Ook Alfa College sluit zich aan bij de Digital Literacy Coalition."),
    (
        "article Het is dropped",
        "Het Alfa College sluit zich aan bij de Digital Literacy Coalition.",
    ),
    (
        "generic noun before the coalition",
        "Alfa College sluit zich aan bij de coalitie Digital Literacy Coalition.",
    ),
    (
        "after a heading with a count",
        "Alfa College sluit zich aan bij zeventien andere partners. "
        "Alfa College sluit zich aan bij de Digital Literacy Coalition.",
    ),
]


@pytest.mark.parametrize(("text",), [(t,) for _, t in JOIN_CASES], ids=[i for i, _ in JOIN_CASES])
def test_join_rule(text: str) -> None:
    extraction = extract_text(text, "join", Lexicon.empty())
    assert extraction.joiner.value == "Alfa College"
    assert extraction.coalition.value == "Digital Literacy Coalition"


def test_lexicon_keys_need_not_be_lowercased() -> None:
    lexicon = Lexicon(
        organisations={"Alfa  College": "Alfa College"},
        coalitions={"DLC": "Digital Literacy Coalition"},
    )
    extraction = extract_text("Alfa College sluit zich aan bij de DLC.", "case", lexicon)
    assert (extraction.joiner.value, extraction.coalition.value) == (
        "Alfa College",
        "Digital Literacy Coalition",
    )
    assert extraction.warnings == []


def test_join_with_known_names_that_the_general_rule_would_misread() -> None:
    lexicon = seed_lexicon()
    text = "Goldmund, Wyldebeast & Wunderliebe sluit zich aan bij de DLC."
    extraction = extract_text(text, "known", lexicon)
    assert extraction.joiner.value == "Goldmund, Wyldebeast & Wunderliebe"
    assert extraction.coalition.value == "Digital Literacy Coalition"
    # Issue 16: without curated names the singular verb keeps the firm's name whole (it used
    # to come out as "Wyldebeast & Wunderliebe").
    unknown = extract_text(text, "unknown", Lexicon.empty()).joiner
    assert unknown is not None
    assert unknown.value == "Goldmund, Wyldebeast & Wunderliebe"


ORDER_CASES = [
    ("ordinal word + partij", "is de achttiende partij binnen de coalitie", "18"),
    ("compound ordinal", "is de eenentwintigste partner", "21"),
    ("digits 18e", "is de 18e partner", "18"),
    ("digits 18ste", "werd de 18ste deelnemer", "18"),
    ("digits 1ste", "is de 1ste organisatie", "1"),
    ("adjective between", "is de achttiende nieuwe partner", "18"),
    ("partner nummer", "is partner nummer 18", "18"),
    ("partner nummer in words", "is partner nummer achttien", "18"),
    ("als ... aan", "sluit zich als achttiende aan bij de Digital Literacy Coalition", "18"),
    ("honderdste", "is de honderdste partner", "100"),
]


@pytest.mark.parametrize(
    ("phrase", "order"), [(p, o) for _, p, o in ORDER_CASES], ids=[i for i, _, _ in ORDER_CASES]
)
def test_order_rule(phrase: str, order: str) -> None:
    text = f"Alfa College sluit zich aan bij de Digital Literacy Coalition. Alfa College {phrase}."
    extraction = extract_text(text, "order", Lexicon.empty())
    assert extraction.join_order is not None
    assert extraction.join_order.value == order


def test_no_order_when_none_is_stated() -> None:
    text = "Alfa College sluit zich aan bij de Digital Literacy Coalition. Dat is een andere partij"
    assert extract_text(text, "order", Lexicon.empty()).join_order is None


COUNT_CASES = [
    ("words", "zeventien andere partners", "17"),
    ("digits", "17 andere partijen", "17"),
    ("compound with diaeresis", "tweeëntwintig andere organisaties", "22"),
    ("compound without diaeresis", "tweeentwintig andere organisaties", "22"),
    ("overige before number", "de overige twintig partners", "20"),
    ("bestaande", "de drie bestaande deelnemers", "3"),
    ("één", "één andere partner", "1"),
]


@pytest.mark.parametrize(
    ("phrase", "count"), [(p, c) for _, p, c in COUNT_CASES], ids=[i for i, _, _ in COUNT_CASES]
)
def test_count_rule(phrase: str, count: str) -> None:
    text = f"Alfa College sluit zich aan bij de Digital Literacy Coalition en {phrase}."
    extraction = extract_text(text, "count", Lexicon.empty())
    assert extraction.stated_others is not None
    assert extraction.stated_others.value == count


def test_the_article_een_is_not_a_count() -> None:
    text = "Alfa College sluit zich aan bij de Digital Literacy Coalition, een andere partner."
    assert extract_text(text, "count", Lexicon.empty()).stated_others is None


GOAL_CASES = [
    (
        "tot doel heeft",
        "die tot doel heeft om van Groningen in 2025 de meest digitaal geletterde stad en "
        "provincie van Nederland te maken",
        "van Groningen in 2025 de meest digitaal geletterde stad en provincie van Nederland "
        "te maken",
        2025,
        [("Groningen", "city"), ("Groningen", "province")],
    ),
    (
        "met als doel",
        "met als doel om Drenthe in 2030 tot de meest digitaal vaardige provincie te maken",
        "Drenthe in 2030 tot de meest digitaal vaardige provincie te maken",
        2030,
        [("Drenthe", "province")],
    ),
    (
        "heeft als ambitie",
        "die als ambitie heeft om in de gemeente Emmen iedereen digitaal vaardig te maken",
        "in de gemeente Emmen iedereen digitaal vaardig te maken",
        None,
        [("Emmen", "city")],
    ),
    (
        "streeft ernaar",
        "die ernaar streeft om van Zeeland in 2030 de digitaal sterkste regio te maken",
        "van Zeeland in 2030 de digitaal sterkste regio te maken",
        2030,
        [("Zeeland", "region")],
    ),
    (
        "fallback region and country",
        "die tot doel heeft om in 2031 in Noord-Nederland en Nederland digitale kloven te dichten",
        "in 2031 in Noord-Nederland en Nederland digitale kloven te dichten",
        2031,
        [("Noord-Nederland", "region"), ("Nederland", "country")],
    ),
    (
        "several places, one kind",
        "met als doel om van Groningen, Friesland en Drenthe de meest digitale provincie te maken",
        "van Groningen, Friesland en Drenthe de meest digitale provincie te maken",
        None,
        [("Groningen", "province"), ("Friesland", "province"), ("Drenthe", "province")],
    ),
]


@pytest.mark.parametrize(
    ("clause", "aim", "year", "regions"),
    [(c, a, y, r) for _, c, a, y, r in GOAL_CASES],
    ids=[i for i, _, _, _, _ in GOAL_CASES],
)
def test_goal_rule(clause: str, aim: str, year: int | None, regions: list[tuple[str, str]]) -> None:
    text = f"Alfa College sluit zich aan bij de Digital Literacy Coalition, {clause}."
    goal = extract_text(text, "goal", Lexicon.empty()).goal
    assert goal is not None
    assert goal.aim == aim
    assert goal.target_year == year
    assert goal.regions == regions


# --------------------------------------------------------------------------------------------
# Partner lists: one case per glue pattern
# --------------------------------------------------------------------------------------------

GLUE_CASES = [
    (
        "word+Word",
        "Hanzehogeschool GroningenGemeente Groningen",
        ["Hanzehogeschool Groningen", "Gemeente Groningen"],
    ),
    (
        "word+Word twice",
        "MKB NoordNoordhoff Uitgevers NDC MediagroepGoldmund",
        ["MKB Noord", "Noordhoff Uitgevers NDC Mediagroep", "Goldmund"],
    ),
    ("word+ACRONYM at the end", "Provincie GroningenUMCG", ["Provincie Groningen", "UMCG"]),
    (
        "word+ACRONYM before a word",
        "Noordhoff UitgeversNDC Mediagroep",
        ["Noordhoff Uitgevers", "NDC Mediagroep"],
    ),
    ("ACRONYM+Word", "UTGemeente Enschede", ["UT", "Gemeente Enschede"]),
    ("ACRONYM+code", "SKSGO2G2", ["SKSG", "O2G2"]),
    ("ampersand stays inside", "BasiclyBossers & Cnossen", ["Basicly", "Bossers & Cnossen"]),
    (
        "non-ASCII letters",
        "Omrop FryslânGemeente Súdwest-Fryslân",
        ["Omrop Fryslân", "Gemeente Súdwest-Fryslân"],
    ),
]


@pytest.mark.parametrize(
    ("piece", "names"), [(p, n) for _, p, n in GLUE_CASES], ids=[i for i, _, _ in GLUE_CASES]
)
def test_glue_rule_cuts(piece: str, names: list[str]) -> None:
    assert split_glued(piece) == names


def test_every_glue_rule_repairs_its_example() -> None:
    for rule in GLUE_RULES:
        assert len(split_glued(rule.example)) == 2, rule.name


KEEP_CASES = [
    ("Mc prefix", "McDonald's Nederland"),
    ("trailing capital", "DigiD"),
    ("trailing capital in a longer name", "Logius DigiD Team"),
    ("IJ digraph", "IJsselland Ziekenhuis"),
    ("acronym", "KPN"),
    ("acronym with words", "ROC Friese Poort"),
    ("lowercase start", "deBasis Groningen"),
    ("short prefix", "ProRail Utrecht"),
    ("short prefix You", "YouTube Nederland"),
    ("two-letter suffix", "LinkedIn Nederland"),
    ("two-letter acronym suffix", "PostNL Pakketten"),
    ("single CamelCase word", "GroenLinks"),
    ("single CamelCase merger name", "ThiemeMeulenhoff"),
    ("letters and digits", "G4S Nederland"),
    ("short letter-digit code", "O2G2"),
    ("mixed-case acronym", "HvA Amsterdam"),
    ("hyphenated place", "Gemeente Súdwest-Fryslân"),
    ("apostrophe place", "Gemeente 's-Hertogenbosch"),
]


@pytest.mark.parametrize("name", [n for _, n in KEEP_CASES], ids=[i for i, _ in KEEP_CASES])
def test_glue_rules_keep_ordinary_names_whole(name: str) -> None:
    assert split_glued(name) == [name]


def test_known_limit_camelcase_word_inside_a_longer_name_is_cut() -> None:
    """The general rule cannot tell "Partij GroenLinks" from glue; the lexicon can."""
    assert split_glued("Partij GroenLinks") == ["Partij Groen", "Links"]
    names = split_partner_list("Partij GroenLinks", {"partij groenlinks": "GroenLinks"})
    assert [n.value for n in names] == ["GroenLinks"]


LIST_CASES = [
    (
        "comma inside a known name",
        "NDC MediagroepGoldmund, Wyldebeast & Wunderliebe, Basicly",
        ["NDC Mediagroep", "Goldmund, Wyldebeast & Wunderliebe", "Basicly"],
    ),
    ("known acronyms glued", "SKSGO2G2", ["SKSG", "O2G2"]),
    ("known one-word names glued", "NoorderpoortBasicly", ["Noorderpoort", "Basicly"]),
    ("alias to canonical", "RUG en UMCG", ["Rijksuniversiteit Groningen", "UMCG"]),
    (
        "known name with en",
        "Basicly, Bossers en Cnossen en Groninger Forum",
        ["Basicly", "Bossers & Cnossen", "Groninger Forum"],
    ),
    ("articles dropped", "de Gemeente Groningen en het UMCG", ["Gemeente Groningen", "UMCG"]),
    ("oxford comma", "Basicly, Noorderpoort, en SKSG", ["Basicly", "Noorderpoort", "SKSG"]),
    (
        "semicolons and final period",
        "Basicly; Noorderpoort; SKSG.",
        ["Basicly", "Noorderpoort", "SKSG"],
    ),
    ("case-insensitive", "ALFA COLLEGE en groninger forum", ["Alfa College", "Groninger Forum"]),
    (
        "known then unknown glued",
        "Alfa CollegeRoc Friese Poort",
        ["Alfa College", "Roc Friese Poort"],
    ),
    ("unknown then known glued", "Stichting FooAlfa College", ["Stichting Foo", "Alfa College"]),
    ("known name inside a longer name", "Stichting SKSG", ["Stichting SKSG"]),
    ("alias inside a word is no match", "RUGBY Club Haren", ["RUGBY Club Haren"]),
    ("lowercase word is no match", "Stichting de rug", ["Stichting de rug"]),
]


@pytest.mark.parametrize(
    ("text", "names"), [(t, n) for _, t, n in LIST_CASES], ids=[i for i, _, _ in LIST_CASES]
)
def test_partner_list_with_lexicon(text: str, names: list[str]) -> None:
    listed = split_partner_list(text, seed_lexicon().organisations)
    assert [name.value for name in listed] == names


def test_partner_list_marks_known_and_glue() -> None:
    listed = split_partner_list(
        "Alfa CollegeRoc Friese Poort, Stichting AapjeNoot Mies", seed_lexicon().organisations
    )
    assert [(n.value, n.known, n.glue) for n in listed] == [
        ("Alfa College", True, ""),
        ("Roc Friese Poort", False, ""),
        ("Stichting Aapje", False, "word+Word"),
        ("Noot Mies", False, "word+Word"),
    ]


def test_partner_list_without_lexicon_keeps_one_word_glue() -> None:
    """Two one-word names glued together are only cut by the lexicon."""
    assert [n.value for n in split_partner_list("NoorderpoortBasicly")] == ["NoorderpoortBasicly"]


def test_joiner_and_duplicates_are_dropped_from_the_list_with_a_warning() -> None:
    text = (
        "Basicly sluit zich aan bij de DLC. "
        "De partners zijn: UMCG, Basicly, RUG en Rijksuniversiteit Groningen."
    )
    extraction = extract_text(text, "dupes", seed_lexicon())
    assert values(extraction.partners) == ["UMCG", "Rijksuniversiteit Groningen"]
    assert extraction.warnings == [
        "the joiner 'Basicly' is also in the partner list; left out",
        "partner 'Rijksuniversiteit Groningen' is listed twice; kept once",
    ]


def test_list_introduced_by_bestaat_uit() -> None:
    text = "Basicly sluit zich aan bij de DLC. De coalitie bestaat uit: UMCG en SKSG."
    assert values(extract_text(text, "list", seed_lexicon()).partners) == ["UMCG", "SKSG"]


def test_no_list() -> None:
    text = "Basicly sluit zich aan bij de DLC, samen met zeventien andere partners."
    extraction = extract_text(text, "nolist", seed_lexicon())
    assert extraction.partners == []
    assert extraction.stated_others is not None and extraction.stated_others.value == "17"
    assert extraction.warnings == []


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

SENTENCE_CASES = [
    ("two sentences", "Eén zin. Twee zinnen.", ["Eén zin.", "Twee zinnen."]),
    (
        "o.a. before a name",
        "Partners zijn o.a. Alfa College en SKSG. Daarna meer.",
        ["Partners zijn o.a. Alfa College en SKSG.", "Daarna meer."],
    ),
    ("bijv. before a name", "Zoals bijv. Groningen. Klaar.", ["Zoals bijv. Groningen.", "Klaar."]),
    ("d.w.z.", "Dat is d.w.z. Groningen. Klaar.", ["Dat is d.w.z. Groningen.", "Klaar."]),
    (
        "initial",
        "Volgens J. de Vries gaat het goed. Klaar.",
        ["Volgens J. de Vries gaat het goed.", "Klaar."],
    ),
    ("decimal", "Het budget is 2.5 miljoen. Klaar.", ["Het budget is 2.5 miljoen.", "Klaar."]),
    ("lowercase after period", "Het is zo. en verder.", ["Het is zo. en verder."]),
    (
        "colon does not split",
        "Partners: Alfa, Basicly en SKSG. Klaar.",
        ["Partners: Alfa, Basicly en SKSG.", "Klaar."],
    ),
    ("initial is not an end", "Partners: A, B en C. Klaar.", ["Partners: A, B en C. Klaar."]),
    (
        "no final period",
        "Eerste zin.\n\nLaatste alinea zonder punt",
        ["Eerste zin.", "Laatste alinea zonder punt"],
    ),
    ("line break ends a sentence", "Kop zonder punt\nTekst.", ["Kop zonder punt", "Tekst."]),
    ("exclamation and question", "Wat? Ja! Goed.", ["Wat?", "Ja!", "Goed."]),
    (
        "quote after period",
        'Hij zei: "Klaar." Daarna niets.',
        ['Hij zei: "Klaar."', "Daarna niets."],
    ),
    (
        "number starts a sentence",
        "Het is af. 17 partners doen mee.",
        ["Het is af.", "17 partners doen mee."],
    ),
    ("surrounding white space", "  Zin een.   Zin twee.  \n", ["Zin een.", "Zin twee."]),
]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [(t, s) for _, t, s in SENTENCE_CASES],
    ids=[i for i, _, _ in SENTENCE_CASES],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_seed_sentences() -> None:
    text = read_source(SEED)
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert len(sentences) == 10
    assert sentences[-1].startswith("Samenwerking Noord sluit zich aan bij zeventien")
    assert sentences[-1].endswith("Groninger Forum")


def test_crlf_offsets_match_read_text(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(read_source(SEED).replace("\n", "\r\n").encode("utf-8"))
    extraction = extract_file(path, seed_lexicon())
    text = path.read_text(encoding="utf-8")
    assert values(extraction.partners) == SEED_PARTNERS
    for evidence in all_evidence(extraction):
        assert text[evidence.start : evidence.end] == evidence.sentence


# --------------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        (
            "latin1.txt",
            "Alfa College sluit zich aan bij de Coalitie Caf\xe9.".encode("latin-1"),
            "not UTF-8 text (byte 47 cannot be decoded)",
        ),
    ],
    ids=["empty", "blank", "not-utf8"],
)
def test_bad_input_names_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExtractionError) as info:
        extract_file(path, seed_lexicon())
    assert str(info.value).startswith(f"{path}: ")
    assert message in str(info.value)
    assert info.value.path == str(path)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "content",
    [
        b"Groningen is een koploper in digitale innovatie.",
        b"Alfa College sluit zich aan bij de coalitie.",
    ],
    ids=["no-joining-statement", "coalition-not-named"],
)
def test_a_release_without_a_joining_statement_is_read_with_a_warning(
    tmp_path: Path, content: bytes
) -> None:
    """Issue 16: never refuse a readable release (this used to raise ExtractionError)."""
    path = tmp_path / "nojoin.txt"
    path.write_bytes(content)
    extraction = extract_file(path, seed_lexicon())
    assert extraction.coalition is None
    assert extraction.joiner is None
    [warning] = [w for w in extraction.warnings if "no joining statement found" in w]
    assert content.decode()[:20] in warning


def test_the_rest_of_a_release_without_a_joining_statement_is_read() -> None:
    text = (
        "De Coalitie Noord telt zeventien andere partners: Alfa College, RUG en UMCG.\n"
        "De coalitie heeft als doel om in 2030 Drenthe de meest digitale provincie te maken."
    )
    extraction = extract_text(text, "x", seed_lexicon())
    assert extraction.joiner is None
    assert extraction.stated_others is not None
    assert len(extraction.partners) == 3
    assert extraction.goal is not None
    assert extraction.goal.target_year == 2030


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.txt"
    with pytest.raises(ExtractionError, match="cannot read") as info:
        extract_file(path)
    assert info.value.path == str(path)


def test_extract_text_errors_name_the_source() -> None:
    with pytest.raises(ExtractionError, match=r"^persbericht-x: empty file"):
        extract_text("", "persbericht-x")
    found = extract_text("Niets te melden.", "persbericht-x")
    assert any("no joining statement" in w and "Niets te melden." in w for w in found.warnings)


def test_api_field_names() -> None:
    """Others code against these names."""
    assert [f.name for f in fields(Extraction)] == [
        "source",
        "coalition",
        "joiner",
        "join_order",
        "stated_others",
        "partners",
        "goal",
        "sector_groups",
        "themes",
        "activities",
        "warnings",
        "joins",
        "leavers",
        "former_names",
        "stated_total",
        "leaves",
        "renames",
        "issued",
        "asked",
    ]
    assert [f.name for f in fields(Evidence)] == ["source", "sentence", "start", "end"]
    assert [f.name for f in fields(Lexicon)] == [
        "organisations",
        "coalitions",
        "sector_groups",
        "themes",
    ]
    assert Lexicon.empty() == Lexicon({}, {}, {}, {})


def _members(text: str) -> list[str]:
    from kg.ingest.confidence import certain

    found = extract_text(text, "lines", Lexicon.builtin())
    joiners = [join.org.value for join in found.joins if not join.future]
    return joiners + [fact.value for fact in found.partners if certain(fact)]


def test_a_list_of_lines_under_sector_headings() -> None:
    text = (
        "Wonen Limburg versterkt sinds 1 mei de Alliantie Digivaardig Heuvelland.\n\n"
        "De alliantie bestaat op dit moment uit de volgende organisaties:\n\n"
        "Overheid\ngemeente Vaals\ngemeente Gulpen-Wittem\n\n"
        "Zorg en welzijn\nMaastricht UMC+\nStichting Welzijn Heuvelland\n\n"
        "Wonen\nWonen Limburg\n\n"
        "Bedrijfsleven\nVaals, Vink & Van Loo ICT-beheer\n\n"
        "De alliantie wil in 2029 alle inwoners van Vaals bereiken."
    )
    members = _members(text)
    assert "Gemeente Vaals" in members and "Stichting Welzijn Heuvelland" in members
    assert "Maastricht UMC+" in members and "Wonen Limburg" in members
    assert not {"Vaals", "Vink & Van Loo ICT-beheer"} & set(members)  # a line is one name
    assert not {"Overheid", "Zorg en welzijn", "Wonen", "Bedrijfsleven"} & set(members)
    assert not any(m.startswith("De alliantie") for m in members)


def test_a_list_as_a_table_takes_the_first_cell_without_the_header() -> None:
    text = (
        "Netwerk DigiSterk Drenthe verwelkomt Stichting Sociaal Werk Coevorden als 10e partner.\n\n"
        "Overzicht deelnemers Netwerk DigiSterk Drenthe:\n\n"
        "Partner                | Sector      | Deelnemer sinds\n"
        "gemeente Emmen         | overheid    | 2020\n"
        "Bibliotheek Emmen      | bibliotheek | 2020\n"
        "NoorderDigitaal B.V.   | bedrijven   | 2023\n\n"
        '"Een netwerk als dit werkt," zegt de wethouder.'
    )
    members = _members(text)
    assert {"Gemeente Emmen", "Bibliotheek Emmen", "NoorderDigitaal B.V."} <= set(members)
    assert len(members) == 4  # with the joiner
    assert "Partner" not in members and not any("|" in m for m in members)
