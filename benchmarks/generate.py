"""Write a synthetic national data folder, in the formats `kg build --data DIR` reads.

    python benchmarks/generate.py --triples 1000000 --out /tmp/nl-1m [--seed 7]

What it makes (deterministic for a seed: the same arguments give the same bytes):

- regions: the Netherlands, its twelve provinces (names only: no codes or Wikidata ids, which
  would be invented) and municipalities with clearly fake names ("Testdorp 17") under them;
- coalitions in municipalities, provinces and the whole country, of sizes with a long tail
  (3 to 150 partners);
- organisations of every type in `ontology/concepts.ttl`, each in one to five coalitions, most
  in one; a share with a second row from their own website, and gaps (no city, no website, never
  a Wikidata id) so that the curation queue has work;
- memberships, some with join orders and dates, each citing the source that states it;
- time (issue 14): most sources dated (a day, or only an upper bound with the reason), so that
  memberships have periods known since a day; later dated news items in which a member joins
  (with the day), leaves (with the day and the words) or the coalition takes a new name; partner
  counts (`counts.csv`) stated by a dated source, some listing every partner they count, some
  counting more than any source names;
- goals with target years and regions;
- press releases in Dutch (`sources/*.txt`) for a share of coalitions, in the forms the
  extractor reads (join sentence, join order, stated and listed partners, goal, themes),
  with their `sources.csv` rows and the membership rows that cite them.

The number of triples is estimated while generating and stops at about `--triples`; the build
reports the exact count.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.ingest.dutch import cardinal_word, ordinal_word  # noqa: E402
from kg.ingest.tables import TABLES  # noqa: E402

PROVINCES = (
    ("Groningen", "Groningen"),
    ("Fryslân", "Friesland"),
    ("Drenthe", "Drenthe"),
    ("Overijssel", "Overijssel"),
    ("Flevoland", "Flevoland"),
    ("Gelderland", "Gelderland"),
    ("Utrecht", "Utrecht"),
    ("Noord-Holland", "North Holland"),
    ("Zuid-Holland", "South Holland"),
    ("Zeeland", "Zeeland"),
    ("Noord-Brabant", "North Brabant"),
    ("Limburg", "Limburg"),
)
COUNTRY = ("Nederland", "Netherlands")
STEMS = ("Testdorp", "Proefstad", "Voorbeeldveen", "Nepwijk", "Fictiedam", "Oefenburg")

# org-type code -> (sector code or "", name prefix, weight)
KINDS: dict[str, tuple[str, str, int]] = {
    "university": ("research", "Universiteit", 1),
    "university-of-applied-sciences": ("education", "Hogeschool", 2),
    "vocational-college": ("education", "ROC", 3),
    "school-board": ("education", "Scholengroep", 7),
    "childcare-organisation": ("childcare", "Kinderopvang", 5),
    "academic-hospital": ("healthcare", "Ziekenhuis", 2),
    "business-association": ("business", "Ondernemersvereniging", 4),
    "publisher": ("media", "Uitgeverij", 2),
    "media-group": ("media", "Mediagroep", 2),
    "software-company": ("ict", "Softwarehuis", 6),
    "it-company": ("ict", "ICT-bedrijf", 6),
    "edtech-company": ("education", "Leerlab", 3),
    "library-organisation": ("library", "Bibliotheek", 5),
    "cultural-centre": ("culture", "Cultuurhuis", 3),
    "network-association": ("", "Stichting Digitaal", 3),
}
SUFFIXES = ("", "Noord", "Zuid", "Oost", "West", "Centrum", "Stad", "Land", "Plus", "Samen")
COALITION_PATTERNS = (
    "Digitale Coalitie {}",
    "Netwerk Digitale Geletterdheid {}",
    "Alliantie Digitaal Vaardig {}",
    "Digitaal Samen {}",
    "Coalitie Digitale Inclusie {}",
    "Mediawijs Netwerk {}",
)
MULTIPLICITY = (55, 24, 11, 6, 4)  # weights of being in 1, 2, 3, 4, 5 coalitions
THEMES = (
    ("robotisering", "robotisation", "theme", ""),
    ("big data", "big data", "theme", ""),
    ("blockchain", "blockchain", "theme", ""),
    ("internet of things", "internet of things", "theme", "the internet of things|IoT"),
    ("mediawijsheid", "media literacy", "theme", ""),
    ("digitale inclusie", "digital inclusion", "theme", ""),
    ("ICT-beheer", "ICT management", "activity", ""),
    ("kennisdeling", "knowledge sharing", "activity", "kennis te delen|kennis delen"),
    ("opleidingen", "training", "activity", "her- en bijscholing|herscholing|bijscholing"),
    ("inloopspreekuren", "drop-in sessions", "activity", "spreekuur"),
)
PRESS_SHARE = 0.12  # of coalitions with 3..40 partners
MAX_PRESS_PARTNERS = 40

# Rough triples per item in the union graph, to stop at about --triples.
COST = {
    "source": 6,
    "region": 5,
    "org": 7,
    "org-site": 3,
    "coalition": 6,
    "membership": 4,
    "join-order": 1,
    "joined": 5,
    "goal": 9,
    "press-member": 1,
    "press": 40,
    "dated": 2,  # dcterms:issued and dlkg:knownBy on a source
    "period": 3,  # org:memberDuring, its type, and dlkg:knownSince on the membership
    "count": 11,  # the count node, its source and its quote
    "leave": 14,  # the news item, the leave row, its end instant and its quote
    "rename": 16,  # the news item, the former name node and its quote
    "late-join": 16,  # the news item, the join row, its start instant and its quote
}
DATED_SHARE = 0.7  # of coalition pages with a day; BOUNDED_SHARE more with only an upper bound
BOUNDED_SHARE = 0.15
COUNT_SHARE = 0.4  # of coalitions with a stated partner count
LEAVE_SHARE = 0.12  # of coalitions (with a dated page and four partners or more)
RENAME_SHARE = 0.06
LATE_JOIN_SHARE = 0.15


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


@dataclass
class Org:
    name: str
    kind: str
    province: str
    city: str
    slots: int  # how many more coalitions it may join
    pooled: bool = False


@dataclass
class Coalition:
    name: str
    region: str
    province: str
    members: list[Org] = field(default_factory=list)


class Generator:
    def __init__(self, triples: int, seed: int):
        self.rng = random.Random(seed)
        self.target = triples
        self.cost = 0
        self.rows: dict[str, list[dict[str, str]]] = {name: [] for name in TABLES}
        self.texts: dict[str, str] = {}
        self.names: set[str] = set()
        self.orgs: list[Org] = []
        self.pools: dict[str, list[Org]] = {p: [] for p, _ in PROVINCES}
        self.municipalities: dict[str, list[str]] = {p: [] for p, _ in PROVINCES}
        self.municipal_org: dict[str, Org] = {}
        self.province_org: dict[str, Org] = {}
        self.counts: dict[tuple[str, str], int] = {}

    # --- rows ------------------------------------------------------------------------------

    def row(self, table: str, **cells: object) -> None:
        columns = TABLES[table][0]
        unknown = set(cells) - set(columns)
        assert not unknown, unknown
        self.rows[table].append({c: str(cells.get(c, "") or "") for c in columns})

    def source(
        self,
        sid: str,
        kind: str,
        title: str,
        publisher: str = "",
        issued: str = "",
        url: str = "",
        file: str = "",
        not_after: str = "",
        date_note: str = "",
    ) -> str:
        self.row(
            "sources",
            id=sid,
            type=kind,
            title=title,
            publisher=publisher,
            language="nl",
            issued=issued,
            not_after=not_after,
            date_note=date_note,
            url=url,
            file=file,
        )
        self.cost += COST["source"] + (COST["dated"] if issued or not_after else 0)
        return sid

    def day(self, first_year: int, last_year: int) -> str:
        year = self.rng.randint(first_year, max(first_year, last_year))
        return f"{year}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def unique(self, name: str) -> str:
        assert slug(name) not in self.names, name
        self.names.add(slug(name))
        return name

    # --- places ----------------------------------------------------------------------------

    def regions(self) -> None:
        self.source(
            "synthetische-gebieden",
            "dataset",
            "Synthetische gebieden (test, geen echte gemeenten)",
            "dlkg benchmarks",
            "2024",
        )
        self.row(
            "regions",
            name=COUNTRY[0],
            name_en=COUNTRY[1],
            type="country",
            source="synthetische-gebieden",
        )
        for nl, en in PROVINCES:
            self.row(
                "regions",
                name=nl,
                name_en=en,
                type="province",
                part_of=COUNTRY[0],
                source="synthetische-gebieden",
            )
            self.source(
                f"register-{slug(nl)}",
                "dataset",
                f"Synthetisch organisatieregister {nl}",
                "dlkg benchmarks",
                "2024",
            )
        # About one municipality per 2,500 triples, at least two per province.
        total = max(24, min(3000, self.target // 2500))
        for i in range(1, total + 1):
            province = PROVINCES[(i - 1) % len(PROVINCES)][0]
            name = self.unique(f"{STEMS[(i - 1) // len(PROVINCES) % len(STEMS)]} {i}")
            self.municipalities[province].append(name)
            self.row(
                "regions",
                name=name,
                type="municipality",
                part_of=province,
                source="synthetische-gebieden",
            )
        self.cost += COST["region"] * (total + 13)

    # --- organisations -----------------------------------------------------------------------

    def organisation(
        self, kind: str, province: str, city: str, name: str | None = None, slots: int | None = None
    ) -> Org:
        rng = self.rng
        sector, prefix, _ = KINDS.get(kind, ("government", "", 0))
        if name is None:
            n = self.counts[(kind, city)] = self.counts.get((kind, city), 0) + 1
            suffix = SUFFIXES[n - 1] if n <= len(SUFFIXES) else f"Team {n}"
            name = f"{prefix} {city} {suffix}".strip()
        name = self.unique(name)
        if slots is None:
            slots = rng.choices(range(1, 6), MULTIPLICITY)[0]
        org = Org(name, kind, province, city, slots)
        self.orgs.append(org)
        has_city = rng.random() > 0.08
        official = (
            f"Stichting {name}"
            if rng.random() < 0.3 and kind not in ("municipality", "province")
            else ""
        )
        self.row(
            "organisations",
            name=name,
            official_name=official,
            type=kind,
            sector=sector if rng.random() > 0.05 else "",
            city=city if has_city else "",
            source=f"register-{slug(province)}",
        )
        self.cost += COST["org"]
        if rng.random() < 0.4:
            site = f"https://{slug(name)}.example.org/"
            sid = self.source(f"web-{slug(name)}", "web-page", f"Over {name}", name, url=site)
            aliases = (
                "".join(w[0] for w in name.split() if w[0].isupper()) if rng.random() < 0.15 else ""
            )
            if aliases and (len(aliases) < 3 or slug(aliases) in self.names):
                aliases = ""
            if aliases:
                self.names.add(slug(aliases))
            self.row("organisations", name=name, aliases=aliases, website=site, source=sid)
            self.cost += COST["org-site"] + (1 if aliases else 0)
        return org

    def new_org(self, province: str, city: str) -> Org:
        kinds = list(KINDS)
        kind = self.rng.choices(kinds, [KINDS[k][2] for k in kinds])[0]
        return self.organisation(kind, province, city)

    def government(self, province: str, city: str | None) -> Org:
        if city is None:
            if province not in self.province_org:
                capital = self.municipalities[province][0]
                self.province_org[province] = self.organisation(
                    "province", province, capital, name=f"Provincie {province}", slots=5
                )
            return self.province_org[province]
        if city not in self.municipal_org:
            self.municipal_org[city] = self.organisation(
                "municipality", province, city, name=f"Gemeente {city}", slots=5
            )
        return self.municipal_org[city]

    def from_pool(self, province: str | None, exclude: set[str]) -> Org | None:
        pool_name = province or self.rng.choice([p for p, _ in PROVINCES])
        pool = self.pools[pool_name]
        for _ in range(4):
            if not pool:
                return None
            i = self.rng.randrange(len(pool))
            org = pool[i]
            if org.slots <= 0:
                pool[i] = pool[-1]
                pool.pop()
                continue
            if org.name in exclude:
                continue
            return org
        return None

    def take(self, org: Org) -> None:
        org.slots -= 1
        if org.slots > 0 and not org.pooled:
            org.pooled = True
            self.pools[org.province].append(org)

    # --- coalitions ------------------------------------------------------------------------

    def coalition(self, index: int) -> None:
        rng = self.rng
        province = PROVINCES[rng.randrange(len(PROVINCES))][0]
        scope = rng.random()
        city = rng.choice(self.municipalities[province])
        if scope < 0.6:
            region, place = city, city
        elif scope < 0.92:
            region, place = province, province
        else:
            region, place = COUNTRY[0], COUNTRY[0]
        name = None
        for _ in range(20):
            candidate = rng.choice(COALITION_PATTERNS).format(place)
            if slug(candidate) not in self.names:
                name = candidate
                break
        if name is None:
            name = f"{rng.choice(COALITION_PATTERNS).format(place)} {index}"
        name = self.unique(name)
        coalition = Coalition(name, region, province)
        # Partners: a long tail of sizes; the local government often takes part.
        size = int(min(150, max(3, rng.paretovariate(1.5) * 5)))
        members: list[Org] = []
        names: set[str] = set()
        if region != COUNTRY[0] and rng.random() < 0.75:
            gov = self.government(province, city if region == city else None)
            if gov.slots > 0:
                members.append(gov)
                names.add(gov.name)
        local = None if region == COUNTRY[0] else province
        while len(members) < size:
            org = self.from_pool(local, names) if rng.random() < 0.45 else None
            if org is None:
                home = province if local else PROVINCES[rng.randrange(len(PROVINCES))][0]
                org = self.new_org(
                    home,
                    city if local and rng.random() < 0.5 else rng.choice(self.municipalities[home]),
                )
            members.append(org)
            names.add(org.name)
        for org in members:
            self.take(org)
        coalition.members = members
        self.write_coalition(coalition, index)

    def write_coalition(self, c: Coalition, index: int) -> None:
        rng = self.rng
        site = f"https://{slug(c.name)}.example.org/"
        founded = rng.randint(2014, 2023)
        dating = rng.random()
        page_day = self.day(max(founded, 2018), 2024) if dating < DATED_SHARE else ""
        bound = (
            self.day(max(founded, 2018), 2024)
            if DATED_SHARE <= dating < DATED_SHARE + BOUNDED_SHARE
            else ""
        )
        web = self.source(
            f"web-{slug(c.name)}",
            "web-page",
            f"Partners van {c.name}",
            c.name,
            page_day,
            url=site + "partners",
            not_after=bound,
            date_note="Synthetic: the page was archived on this day, its own date is unknown."
            if bound
            else "",
        )
        known = page_day or bound
        alias = "".join(w[0] for w in c.name.split() if w[0].isupper()) + str(index)
        self.row(
            "coalitions",
            name=c.name,
            aliases=alias if rng.random() < 0.2 else "",
            region=c.region,
            founded=str(founded) if rng.random() < 0.7 else "",
            website=site,
            source=web,
        )
        self.cost += COST["coalition"]
        press = 3 <= len(c.members) <= MAX_PRESS_PARTNERS and rng.random() < PRESS_SHARE
        if press:
            self.press_release(c, founded)
            return
        with_order = rng.random() < 0.25
        with_dates = rng.random() < 0.3
        late = (
            c.members[-1]
            if known and len(c.members) >= 4 and rng.random() < LATE_JOIN_SHARE
            else None
        )
        for n, org in enumerate(c.members, 1):
            if org is late:
                continue
            joined = ""
            if with_dates and rng.random() < 0.8:
                year = rng.randint(founded, 2024)
                joined = (
                    str(year)
                    if rng.random() < 0.4
                    else f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                )
            self.row(
                "memberships",
                coalition=c.name,
                member=org.name,
                join_order=str(n) if with_order else "",
                joined=joined,
                source=web,
            )
            self.cost += (
                COST["membership"]
                + (COST["join-order"] if with_order else 0)
                + (COST["joined"] if joined else 0)
                + (COST["period"] if known or joined else 0)
            )
        if known:
            self.changes(c, known, late)
        if rng.random() < 0.7:
            years = sorted(rng.sample(range(2025, 2036), rng.choice((1, 1, 2))))
            for year in years:
                regions = [c.region] + (
                    [c.province] if c.region not in (c.province, COUNTRY[0]) else []
                )
                place = c.region
                self.row(
                    "goals",
                    coalition=c.name,
                    aim_nl=f"Iedere inwoner van {place} digitaal vaardig in {year}",
                    aim_en=f"Every resident of {place} digitally skilled by {year}",
                    target_year=str(year),
                    regions="|".join(regions),
                    source=web,
                )
                self.cost += COST["goal"] + len(regions)

    def news(self, c: Coalition, after: str, what: str, title: str) -> tuple[str, str]:
        """A dated news item of the coalition, some time after the day `after`."""
        day = self.day(int(after[:4]) + 1, int(after[:4]) + 3)
        sid = self.source(
            f"nieuws-{slug(c.name)}-{what}",
            "web-page",
            title,
            c.name,
            day,
            url=f"https://{slug(c.name)}.example.org/nieuws/{what}",
        )
        return sid, day

    def changes(self, c: Coalition, known: str, late: Org | None) -> None:
        """What happens to a coalition after its dated page: a partner joins, one leaves, it is
        renamed; and the number of partners its page states."""
        rng, web = self.rng, f"web-{slug(c.name)}"
        named = len(c.members) - (1 if late else 0)
        if rng.random() < COUNT_SHARE:
            exact = rng.random() < 0.6
            partners = named if exact else named + rng.randint(1, 3)
            self.row(
                "counts",
                coalition=c.name,
                partners=str(partners),
                lists_all="yes" if exact and rng.random() < 0.5 else "",
                quote=f"{cardinal_word(partners)} partners",
                source=web,
            )
            self.cost += COST["count"]
        if late is not None:
            sid, day = self.news(c, known, "welkom", f"{late.name} sluit zich aan")
            self.row(
                "memberships",
                coalition=c.name,
                member=late.name,
                joined=day,
                quote=f"{late.name} sluit zich aan bij de {c.name}",
                source=sid,
            )
            self.cost += COST["late-join"]
        if named >= 4 and rng.random() < LEAVE_SHARE:
            leaver = c.members[rng.randrange(1, named)]
            sid, day = self.news(c, known, "afscheid", f"Afscheid van {leaver.name}")
            self.row(
                "memberships",
                coalition=c.name,
                member=leaver.name,
                left=day,
                quote=f"{leaver.name} neemt afscheid van de {c.name}",
                source=sid,
            )
            self.cost += COST["leave"]
        if rng.random() < RENAME_SHARE:
            former = f"Voorheen {c.name}"
            if slug(former) not in self.names:
                self.unique(former)
                sid, day = self.news(c, known, "nieuwe-naam", f"{c.name}: een nieuwe naam")
                self.row(
                    "coalitions",
                    name=c.name,
                    former_name=former,
                    renamed=day,
                    source=sid,
                )
                self.cost += COST["rename"]

    def press_release(self, c: Coalition, founded: int) -> None:
        """A press release about the last partner joining, and the rows that cite it."""
        rng = self.rng
        sid = f"persbericht-{slug(c.name)}"
        joiner, others = c.members[-1], c.members[:-1]
        n = len(c.members)
        year = rng.randint(2026, 2035)
        theme = rng.choice([t for t in THEMES if t[2] == "theme"])[0]
        activity = rng.choice([t for t in THEMES if t[2] == "activity"])[0]
        order = ordinal_word(n) if rng.random() < 0.5 else f"{n}e"
        count = cardinal_word(n - 1) if rng.random() < 0.5 else str(n - 1)
        if rng.random() < 0.5:
            listed = (
                ", ".join(o.name for o in others[:-1]) + " en " + others[-1].name
                if len(others) > 1
                else others[0].name
            )
            text = (
                f"{joiner.name} sluit zich aan bij de {c.name}. {joiner.name} is de {order} "
                f"partner binnen de coalitie, die tot doel heeft om in {year} in de provincie "
                f"{c.province} iedereen digitaal vaardig te maken.\n\n"
                f"{joiner.name} werkt aan {theme} en biedt {activity} aan.\n\n"
                f"{joiner.name} sluit zich aan bij {count} andere partners: {listed}.\n"
            )
        else:
            bullets = "".join(f"- {o.name}\n" for o in others)
            text = (
                f"{c.name} verwelkomt {joiner.name}\n\n"
                f"De {c.name} verwelkomt {joiner.name} als {order} partner. De coalitie werkt "
                f"met als doel om in {year} in de provincie {c.province} iedereen digitaal te "
                f"laten meedoen.\n\n"
                f"{joiner.name} geeft les in {theme} en organiseert {activity}.\n\n"
                f"{joiner.name} sluit zich aan bij {count} andere partners:\n{bullets}"
            )
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        self.texts[f"{sid}.txt"] = text
        self.source(
            sid,
            "press-release",
            f"{joiner.name} sluit zich aan bij de {c.name}",
            c.name,
            f"{max(founded, 2019) + rng.randint(0, 5)}-{month:02d}-{day:02d}",
            f"https://{slug(c.name)}.example.org/nieuws/{slug(joiner.name)}",
            f"{sid}.txt",
        )
        for org in c.members:
            self.row(
                "memberships",
                coalition=c.name,
                member=org.name,
                join_order=str(n) if org is joiner else "",
                source=sid,
            )
        self.cost += COST["press"] + len(c.members) * (
            COST["membership"] + COST["press-member"] + COST["period"]
        )

    # --- all of it -------------------------------------------------------------------------

    def run(self) -> None:
        self.regions()
        for nl, en, kind, aliases in THEMES:
            self.row("themes", name_nl=nl, name_en=en, kind=kind, aliases=aliases)
        self.cost += 300  # the ontology and concept schemes
        index = 0
        while self.cost < self.target or index < 3:
            index += 1
            self.coalition(index)

    def write(self, out: Path) -> None:
        if out.exists():
            shutil.rmtree(out)
        (out / "sources").mkdir(parents=True)
        for table, rows in self.rows.items():
            with (out / f"{table}.csv").open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, TABLES[table][0], lineterminator="\n")
                writer.writeheader()
                writer.writerows(rows)
        for name, text in self.texts.items():
            (out / "sources" / name).write_text(text, encoding="utf-8")
        (out / "README.md").write_text(
            "Synthetic data made by benchmarks/generate.py: every name of a place, coalition "
            'and organisation is invented ("Testdorp 17"); only the twelve province names are '
            "real.\n",
            encoding="utf-8",
        )


def generate(triples: int, out: Path, seed: int = 1) -> dict[str, int]:
    """Write the folder; return how many rows of each table and texts it holds."""
    gen = Generator(triples, seed)
    gen.run()
    gen.write(Path(out))
    return {
        **{t: len(r) for t, r in gen.rows.items()},
        "texts": len(gen.texts),
        "estimated_triples": gen.cost,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, required=True, help="about how many triples")
    parser.add_argument("--out", type=Path, required=True, help="the data folder to write")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    counts = generate(args.triples, args.out, args.seed)
    print(f"wrote {args.out}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
