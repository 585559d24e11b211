"""How well the actor dictionary covers the dev data.

    python -m eventlens.resolve.actors.measure [--shared ../shared] [--misses 20]

(a) coverage: the share of ACLED actor1/actor2 occurrences and GTD gname occurrences whose name the dictionary
    knows (reads back to the same name);
(b) alias recall: the share of ACLED notes / GTD summaries in which `find()` finds an actor whose ACLED (GTD) name
    is the gold actor1 (gname). This is an upper bound for an extractor built on `find()`: it says the gold actor
    is among the mentions, not that the extractor would pick it;
(c) FA-KES: the share of articles where `find()` finds an actor of the gold class;
(d) a rough precision: of the distinct actors `find()` finds in an ACLED note, the share the row codes in any
    role (a note also names actors the row does not code, so this understates precision).

Only the aggregate numbers and the most frequent misses (actor names, which are facts) are printed; no text."""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventlens.resolve.actors.dictionary import ActorDictionary
from eventlens.resolve.actors.model import Actor
from eventlens.resolve.actors.names import acled_key
from eventlens.resolve.actors.text import name_key

DEV = Path("data") / "dev"
ACLED_FILE = "acled_may2020_dev.csv"
GTD_FILE = "gtd_2021h1_dev.csv"
FAKES_FILE = "fakes_dev.csv"
GTD_UNKNOWN = "Unknown"
CROWDS = frozenset({"civilians", "protesters", "rioters"})
# The canonical ids (before any "@country") that make up each FA-KES actor class.
FAKES_CLASSES: dict[str, frozenset[str]] = {
    "syrian government or russian troops": frozenset(
        {
            "military_forces@Syria",
            "military_forces@Russia",
            "police_forces@Syria",
            "government@Syria",
            "national_defense_forces",
            "hezbollah",
            "liwa_al_quds",
            "militia_pro_government",
            "irgc@Iran",
            "military_police@Russia",
            "syria_4th_division@Syria",
            "syria_5th_corps@Syria",
        }
    ),
    "international coalition forces": frozenset(
        {
            "global_coalition",
            "military_forces@United States",
            "military_forces@France",
            "military_forces@United Kingdom",
            "military_forces@Turkey",
            "nato",
        }
    ),
    "the organization of the islamic state in iraq and the levant - isis": frozenset({"islamic_state"}),
    "armed opposition groups": frozenset(
        {
            "opposition_rebels@Syria",
            "sna",
            "ahrar_al_sham",
            "al_sham_corps",
            "levant_front",
            "sultan_murad",
            "ahrar_al_sharqiyah",
            "operation_peace_spring",
        }
    ),
    "self administration forces": frozenset({"sdf", "asayish", "ypg", "pyd"}),
    "al-nusra front": frozenset({"hts", "al_qaeda", "hurras_al_din"}),
}


@dataclass
class Tally:
    hits: int = 0
    total: int = 0
    misses: Counter[str] = field(default_factory=Counter)

    def add(self, hit: bool, label: str) -> None:
        self.total += 1
        self.hits += hit
        if not hit:
            self.misses[label] += 1

    def line(self, name: str) -> str:
        share = self.hits / self.total if self.total else 0.0
        return f"{name:<58} {share:6.1%}  ({self.hits}/{self.total})"


def default_shared() -> Path:
    """../shared beside the repository (found from this file), else beside the working directory."""
    repo = Path(__file__).resolve().parents[4]
    for candidate in (repo.parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"):
        if (candidate / DEV).is_dir():
            return candidate
    return repo.parent / "shared"


def rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _year(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def _acled_month(event_date: str) -> int | None:
    """ACLED writes "9-May-20"."""
    parts = event_date.split("-")
    return _MONTHS.get(parts[1][:3].lower()) if len(parts) == 3 else None


def _gtd_month(value: str) -> int | None:
    month = _year(value)
    return month if month and 1 <= month <= 12 else None


def measure_acled(actors: ActorDictionary, path: Path) -> dict[str, Tally]:
    coverage, named_cov, recall, named_recall, recast, precision = (Tally() for _ in range(6))
    for row in rows(path):
        country, year, month = row["country"], _year(row["year"]), _acled_month(row["event_date"])
        for column in ("actor1", "actor2"):
            gold = row[column]
            if gold:
                known = actors.lookup_name(gold, country, year, month)
                hit = known is not None and acled_key(known.acled_name) == acled_key(gold)
                coverage.add(hit, gold)
                if not _is_templated_name(actors, gold, country):
                    named_cov.add(hit, gold)
        gold = row["actor1"]
        if gold:
            found = _found(actors, row["notes"], country, year, month)
            hit = any(acled_key(a.acled_name) == acled_key(gold) for a in found)
            recall.add(hit, gold)
            recast.add(hit or _crowd_recast(actors, found, gold, country, year, month), gold)
            if not _is_templated_name(actors, gold, country):
                named_recall.add(hit, gold)
            # How many of the distinct actors found are actors of the row in any role: a rough precision, since
            # a note also names actors that are not coded (sources, earlier events).
            roles = {acled_key(row[c]) for c in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2") if row[c]}
            for key, name in {acled_key(a.acled_name): a.acled_name for a in found}.items():
                precision.add(key in roles, name)
    return {
        "ACLED coverage: actor1/actor2 occurrences": coverage,
        "  named actors (not country-templated)": named_cov,
        "ACLED alias recall: gold actor1 found in notes": recall,
        "  named actors1 (not country-templated)": named_recall,
        "  counting a crowd found in the event's country as the gold crowd": recast,
        "ACLED mentions: distinct actors found that the row codes in any role": precision,
    }


def measure_gtd(actors: ActorDictionary, path: Path) -> dict[str, Tally]:
    coverage, recall, named_recall, unknown_recall = Tally(), Tally(), Tally(), Tally()
    for row in rows(path):
        gold, country, year, month = row["gname"], row["country_txt"], _year(row["iyear"]), _gtd_month(row["imonth"])
        if not gold:
            continue
        known = actors.resolve(gold, country, year, month)
        coverage.add(
            known is not None and known.gtd_name is not None and name_key(known.gtd_name) == name_key(gold), gold
        )
        found = _found(actors, row["summary"], country, year, month)
        hit = any(a.gtd_name and name_key(a.gtd_name) == name_key(gold) for a in found)
        recall.add(hit, gold)
        (unknown_recall if gold == GTD_UNKNOWN else named_recall).add(hit, gold)
    return {
        "GTD coverage: gname occurrences": coverage,
        "GTD alias recall: gold gname found in summary": recall,
        "  named perpetrators": named_recall,
        "  'Unknown' (an unnamed attacker found)": unknown_recall,
    }


def measure_fakes(actors: ActorDictionary, path: Path) -> dict[str, Tally]:
    recall = Tally()
    for row in rows(path):
        wanted = FAKES_CLASSES.get(row["actor"])
        if wanted is None:
            continue
        text = f"{row['article_title']}. {row['article_content']}"
        found = {a.canonical_id for a in _found(actors, text, "Syria", None, None)}
        recall.add(bool(found & wanted), row["actor"])
    return {"FA-KES: an actor of the gold class found in the article": recall}


def _crowd_recast(
    actors: ActorDictionary, found: list[Actor], gold: str, country: str, year: int | None, month: int | None
) -> bool:
    """The event gives a crowd its ACLED role ("residents" who protest are Protesters): a civilian, protester or
    rioter mention counts for a gold crowd of any of the three kinds, recast with `role_actor`."""
    gold_actor = actors.lookup_name(gold, country, year, month)
    if gold_actor is None or gold_actor.category not in CROWDS:
        return False
    for actor in found:
        if actor.category in CROWDS and actor.country == gold_actor.country:
            role = actors.role_actor(gold_actor.category, actor.country, year, month)
            if role is not None and acled_key(role.acled_name) == acled_key(gold):
                return True
    return False


def _found(actors: ActorDictionary, text: str, country: str, year: int | None, month: int | None) -> list[Actor]:
    return [actor for _, _, actor in actors.find(text, country, year, month)]


def _is_templated_name(actors: ActorDictionary, name: str, country: str) -> bool:
    known = actors.lookup_name(name, country)
    return known is not None and "@" in known.canonical_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=None, help="the shared directory (default: ../shared)")
    parser.add_argument("--misses", type=int, default=15, help="how many of the most frequent misses to list")
    args = parser.parse_args(argv)
    shared = args.shared or default_shared()
    if not (shared / DEV).is_dir():
        print(f"skipped: {shared / DEV} not found (the dev data lives in ../shared)", file=sys.stderr)
        return 0
    actors = ActorDictionary.default()
    measures: list[tuple[str, Callable[[ActorDictionary, Path], dict[str, Tally]]]] = [
        (ACLED_FILE, measure_acled),
        (GTD_FILE, measure_gtd),
        (FAKES_FILE, measure_fakes),
    ]
    for file, measure in measures:
        path = shared / DEV / file
        if not path.exists():
            print(f"skipped: {path} not found", file=sys.stderr)
            continue
        for name, tally in measure(actors, path).items():
            print(tally.line(name))
            if args.misses and not name.startswith(" "):
                missed = ", ".join(f"{label} ({n})" for label, n in tally.misses.most_common(args.misses))
                print(f"    most frequent misses: {missed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
