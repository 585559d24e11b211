"""Pick one place for an event from the places its sentence names.

Each place text gets its candidate entities (countries, admin1/admin2 divisions, populated places),
scored on:
  - how well the name matched (exact or loose key; ACLED/official name or an alternate),
  - the kind the text gives ("the village of", "province"),
  - a prior by level and population (a name that is a big city usually means the city),
  - the document's country (the hint),
  - consistency with the other places named (a city inside the province the sentence names).
Then the most specific place wins: a village over the town it is near, a city over its province.
A village the data does not know keeps its name, with the point of what it is near (see `_assemble`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from eventlens.resolve.geo import normalize
from eventlens.resolve.geo.sources import read_name_table
from eventlens.resolve.geo.store import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    Candidate,
    GazetteerStore,
)
from eventlens.types.geo import destination, haversine_km
from eventlens.types.mention import PlaceMention, PlaceOffset

PLACE_KINDS = frozenset({"city", "town", "village"})
PART_KINDS = frozenset({"district", "neighbourhood"})
ADMIN_KINDS = frozenset({"governorate", "province", "state", "region"})
_ALL_LEVELS = frozenset({LEVEL_COUNTRY, LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_PLACE})
_DIVISIONS = frozenset({LEVEL_ADMIN1, LEVEL_ADMIN2})

# kind the text gives → level → score. Why these numbers: a kind word is strong evidence (it
# outweighs the population prior between a governorate and its same-named capital), a mismatch
# is not fatal (news calls Afghan provinces "regions" and Syrian districts "areas").
_KIND_AFFINITY: dict[str | None, dict[int, float]] = {
    None: {LEVEL_COUNTRY: 0.5, LEVEL_ADMIN1: 0.0, LEVEL_ADMIN2: -0.5, LEVEL_PLACE: 0.0},
    "city": {LEVEL_COUNTRY: -3.0, LEVEL_ADMIN1: -0.5, LEVEL_ADMIN2: -0.5, LEVEL_PLACE: 2.0},
    "town": {LEVEL_COUNTRY: -3.0, LEVEL_ADMIN1: -1.5, LEVEL_ADMIN2: -1.0, LEVEL_PLACE: 2.0},
    "village": {LEVEL_COUNTRY: -3.0, LEVEL_ADMIN1: -2.0, LEVEL_ADMIN2: -1.5, LEVEL_PLACE: 2.0},
    "district": {LEVEL_COUNTRY: -3.0, LEVEL_ADMIN1: -0.5, LEVEL_ADMIN2: 2.5, LEVEL_PLACE: 1.0},
    "neighbourhood": {LEVEL_COUNTRY: -3.0, LEVEL_ADMIN1: -2.0, LEVEL_ADMIN2: 0.0, LEVEL_PLACE: 1.0},
    "governorate": {LEVEL_COUNTRY: -2.0, LEVEL_ADMIN1: 3.0, LEVEL_ADMIN2: 1.0, LEVEL_PLACE: -1.0},
    "province": {LEVEL_COUNTRY: -2.0, LEVEL_ADMIN1: 3.0, LEVEL_ADMIN2: 1.0, LEVEL_PLACE: -1.0},
    "state": {LEVEL_COUNTRY: -2.0, LEVEL_ADMIN1: 3.0, LEVEL_ADMIN2: 1.0, LEVEL_PLACE: -1.0},
    "region": {LEVEL_COUNTRY: -1.0, LEVEL_ADMIN1: 2.5, LEVEL_ADMIN2: 1.0, LEVEL_PLACE: -0.5},
    "country": {LEVEL_COUNTRY: 4.0, LEVEL_ADMIN1: -3.0, LEVEL_ADMIN2: -3.0, LEVEL_PLACE: -3.0},
}
# The name after a comma or in brackets that holds the one before ("Sosnovskoye, Donetsk", "Mar del Plata
# (Buenos Aires)") is a province or a district far more often than a town of that name, and never less a country.
_CONTAINER_AFFINITY = {LEVEL_COUNTRY: 0.5, LEVEL_ADMIN1: 2.5, LEVEL_ADMIN2: 1.5, LEVEL_PLACE: -1.0}
_LEVEL_PRIOR = {LEVEL_COUNTRY: 3.2, LEVEL_ADMIN1: 2.0, LEVEL_ADMIN2: 1.2}
_HINT_MATCH = 2.0
_CITY_POP = 100_000
# A division named like a town in it (its seat, as a rule) over a same-named division elsewhere: a tie-breaker.
_SEAT_NAMESAKE = 0.3
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_WHOLE_TEXT_BONUS = 1.0
_MIN_SCORE = 2.5  # below this a candidate is noise (a loose match on a hamlet abroad)
_VIABLE_MARGIN = 1.5  # other readings within this of a mention's best still count as context
# "A village in the northern countryside of X": the text gives a direction but no distance. A short step that
# way says which side of X the event lies, and stays within the 25 km of a town-level point.
NOMINAL_KM = 10.0
# Words that are left when the name itself was not given ("the northern countryside", "the area").
_GENERIC = frozenset(
    normalize.name_key(w)
    for w in [
        "the",
        "countryside",
        "area",
        "outskirts",
        "region",
        "city",
        "town",
        "village",
        "district",
        "province",
        "governorate",
        "state",
        "country",
        "north",
        "south",
        "east",
        "west",
        "centre",
        "center",
        "suburbs",
        "vicinity",
        "neighbourhood",
        "neighborhood",
        "middle east",  # a region of the world, and a US hamlet
        # continents: no place an event is coded to ("Europe" is no village the data lacks)
        "europe",
        "africa",
        "asia",
        "america",
        "latin america",
    ]
)


@dataclass
class Resolution:
    """A resolved place in ACLED's names. `geo_precision`: 1 = the town itself, 2 = near a town or a part of a
    region, 3 = only a region (or no more than the country) known. `provenance`: "gazetteer:geonames-cities500", ":admin1", ":admin2",
    ":country", ":unresolved-village" (the name as written, the point of what it is near) or ":none"."""

    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    provenance: str = "gazetteer:none"


@dataclass
class _Mention:
    order: int
    text: str  # the name as written, for a place the data does not know
    kind: str | None
    near: bool
    match: dict[Candidate, float]  # candidate → how well its name matched the text
    scores: dict[Candidate, float] = field(default_factory=dict)
    best: Candidate | None = None
    containers: list[int] = field(default_factory=list)  # the mentions that name what holds it ("X, Donetsk")
    in_namesake: bool = False  # said to lie in a division of its own name ("Colon, Colon")
    offset: PlaceOffset | None = None  # named as a reference point: "30 km north of X"

    @property
    def best_score(self) -> float:
        return self.scores[self.best] if self.best is not None else -math.inf


def _match_score(c: Candidate) -> float:
    """How well a name matched. A place's own name (or ACLED's) is better evidence than one of its alternate
    names by as much as two orders of magnitude of population (the prior gives half a point a decade): "Ara" is
    the village of Ara, not the city of Arrah that lists "Ara" among its names, while "Bombay" is still Mumbai."""
    if c.exact:
        return 3.0 if c.rank <= 1 else 2.0
    return 2.0 if c.rank <= 1 else 1.6


def _prior(c: Candidate) -> float:
    if c.level != LEVEL_PLACE:
        return _LEVEL_PRIOR[c.level]
    # A million-people city named alone is that city nearly always, whatever village shares its name.
    return 0.5 * math.log10(c.pop + 10) + (1.5 if c.pop >= 1_000_000 else 0.0)


def _abroad_penalty(c: Candidate) -> float:
    """A reading outside the document's country. A capital-sized city named in a report from
    elsewhere is often meant ("talks in Baghdad"); a village abroad sharing a local village's name
    almost never is (GTD's "Lamud, Maguindanao" is not Lamud in Peru)."""
    if c.level == LEVEL_PLACE:
        if c.pop >= 1_000_000:
            return -1.0
        return -2.0 if c.pop >= 100_000 else -3.5
    return -2.5


def _split_mentions(places: Sequence[PlaceMention]) -> list[tuple[str, str | None, int, PlaceOffset | None]]:
    """'Maiduguri, Borno State' → two places; the first keeps the kind and the offset the extractor gave it.
    The third item numbers the text each part came from: the parts after the first name what contains the
    first."""
    out: list[tuple[str, str | None, int, PlaceOffset | None]] = []
    for group, p in enumerate(places):
        parts = [x.strip() for x in p.text.split(",") if x.strip()]
        for i, part in enumerate(parts):
            out.append((part, p.kind if i == 0 else None, group, p.offset if i == 0 else None))
    return out


def _country_word(store: GazetteerStore, word: str) -> str | None:
    """ACLED's name of the country a word names, as a name, a demonym or a possessive ("Syria's", and
    "Syrias" where the apostrophe was lost)."""
    key = normalize.name_key(word)
    for form in (key, key[:-1] if key.endswith("s") else ""):
        cc = store.country_cc(form) if form else None
        if cc is not None:
            return store.country_name(cc)
    return None


def _possessive_place(store: GazetteerStore, word: str) -> str | None:
    """The place a possessive names: "Aleppo's" (or "Aleppos", its apostrophe lost) → "Aleppo"."""
    if _has_exact(store, word):
        return None
    stem = re.sub(r"(?:'|’)?s$", "", word)
    return stem if stem != word and _has_exact(store, stem) else None


def _has_exact(store: GazetteerStore, text: str, levels: frozenset[int] = _ALL_LEVELS) -> bool:
    return any(c.exact and c.level in levels for c in store.candidates(text))


def _separate_qualifiers(store: GazetteerStore, name: str, kind: str | None) -> list[tuple[str, str | None]]:
    """News writes the country or the town in front of a division with no comma: "Syria's Idlib province",
    "the northern Syrian province of Idlib", "a hospital in Millis Idlib province" (punctuation lost). A
    name that is no known place as a whole is split: a leading country word names the country; a division
    at its end is the division, the words before it a place inside it."""
    words = name.split()
    if _has_exact(store, name):
        return [(name, kind)]
    country = _country_word(store, words[0]) if words else None
    if country is not None and len(words) == 1:
        # "the Syrian province of …", "the Syrian city Aleppo": the demonym says whose, the name follows.
        return [(country, "country")] if kind is not None else [(name, kind)]
    if country is not None:
        rest = " ".join(words[1:])
        if words[0].endswith(("s", "'s", "’s")) or _has_exact(store, rest):
            return [(country, "country"), *_separate_qualifiers(store, rest, kind)]
    owner = _possessive_place(store, words[0]) if len(words) > 1 else None
    if owner is not None:
        # "Aleppo's Old City", "Idlib's countryside": the place whose part the rest names.
        return [(owner, None), (" ".join(words[1:]), kind)]
    for i in range(len(words) - 1, 0, -1):
        # "Aleppo Syria" ("Aleppo, Syria" with its comma lost); "Deir el-Zour Syrias state agency" (a name run
        # on into the next words): a place, then a country word, whatever follows it.
        trailing = _country_word(store, words[i])
        if trailing is not None and _has_exact(store, " ".join(words[:i])):
            return [(" ".join(words[:i]), kind), (trailing, "country")]
    if kind in ADMIN_KINDS:
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            if _has_exact(store, tail, _DIVISIONS):
                return [(" ".join(words[:i]), None), (tail, kind)]
    for i in range(len(words) - 1, 0, -1):
        # "Hodeidah Red Sea port city", "Tijuana Baja California": a city of size run on into another place's
        # name in its country, the comma lost. Not "Santa Cruz de Asia" or "Bab Ghaliq": the words after are no place
        # there.
        head, rest = " ".join(words[:i]), " ".join(words[i:])
        cities = {c.cc for c in store.candidates(head) if c.exact and c.level == LEVEL_PLACE and c.pop >= _CITY_POP}
        if cities & {c.cc for c in store.candidates(rest) if c.exact}:
            return [(head, kind), (rest, None)]
    return [(name, kind)]


def _prepare(store: GazetteerStore, places: Sequence[PlaceMention]) -> list[_Mention]:
    mentions: list[_Mention] = []
    first_of_group: dict[int, _Mention] = {}
    by_name: dict[str, _Mention] = {}
    for text, given_kind, group, offset in _split_mentions(places):
        clean = normalize.clean_place_text(text)
        if not clean.name or normalize.name_key(clean.name) in _GENERIC:
            continue
        kind = given_kind or clean.kind
        parts = _separate_qualifiers(store, clean.name, kind)
        for name, part_kind in parts:
            # The text as written first ("Kuwait City", "Rural Damascus", "Damascus countryside"), then
            # without the words around the name ("the city of Raqqa" → "Raqqa"). A name that accounts
            # for the whole text beats one that matches only its core.
            raw = _THE.sub("", text) if len(parts) == 1 else name
            # A name met twice ("Nineveh", then "Zelikan, Nineveh, Iraq") is one mention: two would vouch for
            # each other's readings, whichever they are.
            mention = by_name.get(normalize.name_key(name))
            if mention is None:
                mention = _candidates_of(store, len(mentions), name, raw, part_kind, clean.near)
                by_name[normalize.name_key(name)] = mention
                mentions.append(mention)
            mention.kind = mention.kind or part_kind
            mention.offset = mention.offset or offset
            if group not in first_of_group:
                first_of_group[group] = mention
            elif mention is not first_of_group[group]:
                first_of_group[group].containers.append(mention.order)
            else:
                mention.in_namesake = True
    return mentions


def _candidates_of(store: GazetteerStore, order: int, name: str, raw: str, kind: str | None, near: bool) -> _Mention:
    seen: dict[tuple[int, int], tuple[Candidate, float]] = {}
    forms = [(name, 0.0)]
    if normalize.name_key(raw) != normalize.name_key(name):
        forms.insert(0, (raw, _WHOLE_TEXT_BONUS))
    for form, bonus in forms:
        for c in store.candidates(form):
            k = (c.level, c.ref)
            score = _match_score(c) + bonus
            if k not in seen or score > seen[k][1]:
                seen[k] = (c, score)
    return _Mention(order, name, kind, near, {c: score for c, score in seen.values()})


def _containers(mentions: list[_Mention]) -> set[int]:
    return {o for m in mentions for o in m.containers}


def _drop_fuzzy_readings_abroad_of_exact(m: _Mention) -> None:
    """A name that is exactly some place's name does not also stand for a look-alike in another country:
    "Samarra" is the Iraqi town, not Samara on the Volga, whatever their sizes. A loose match is kept only in a
    country where the name also matches exactly (another spelling of the same town's district, say)."""
    exact_countries = {c.cc for c in m.match if c.exact}
    if not exact_countries:
        return
    for c in [c for c in m.match if not c.exact and c.cc not in exact_countries]:
        del m.match[c]


def _base_scores(mentions: list[_Mention], hint_cc: str | None) -> None:
    # "Ogbor Hill neighborhood, Aba, Abia": what holds a neighbourhood first is its town, not a district of that name.
    towns_of_parts = {m.containers[0] for m in mentions if m.kind == "neighbourhood" and m.containers}
    containers = _containers(mentions) - towns_of_parts
    for m in mentions:
        _drop_fuzzy_readings_abroad_of_exact(m)
        affinity = _KIND_AFFINITY.get(m.kind, _KIND_AFFINITY[None])
        if m.kind is None and m.order in containers:
            affinity = _CONTAINER_AFFINITY
        seat_countries = {c.cc for c in m.match if c.exact and c.rank <= 1 and c.level == LEVEL_PLACE}
        for c, match in m.match.items():
            s = match + _prior(c) + affinity[c.level]
            if c.level in _DIVISIONS and c.cc in seat_countries:
                s += _SEAT_NAMESAKE  # "San Salvador": El Salvador's department (and city), not the Bahamas' island
            if hint_cc is not None:
                if c.cc == hint_cc:
                    s += _HINT_MATCH
                elif c.level != LEVEL_COUNTRY:  # naming another country is no sign of a wrong reading
                    if not c.exact:
                        continue  # a loose match abroad is noise
                    s += _abroad_penalty(c)
            m.scores[c] = s
        _pick(m)


def _pick(m: _Mention) -> None:
    m.best = max(m.scores, key=lambda c: (m.scores[c], c.pop, -c.level), default=None)


def _viable(m: _Mention) -> list[Candidate]:
    if m.best is None:
        return []
    floor = max(_MIN_SCORE, m.best_score - _VIABLE_MARGIN)
    return [c for c, s in m.scores.items() if s >= floor]


def _drop_loose_readings_abroad(mentions: list[_Mention]) -> None:
    """ "al-Hara, Daraa countryside": a loose match in a country none of the other names exactly matches in is
    noise, as it is when the report's country is known (`_base_scores`)."""
    viable = {m.order: _viable(m) for m in mentions}
    for m in mentions:
        exact_countries = {c.cc for o in mentions if o.order != m.order for c in viable[o.order] if c.exact}
        if not exact_countries:
            continue
        for c in list(m.scores):
            if not c.exact and c.level == LEVEL_PLACE and c.cc not in exact_countries:
                del m.scores[c]
        _pick(m)


_NAMESAKE_BONUS = 2.5  # as much as a town gets for lying in the province the sentence names


def _favour_towns_in_namesake_divisions(mentions: list[_Mention]) -> None:
    """ "Colon (Colon)", "San Salvador, San Salvador": a town in the province of the same name, as coders write the
    seat of a province. Of the name's readings, a town that lies in a division the same name also reads as is meant,
    not a same-named province elsewhere."""
    for m in mentions:
        if not m.in_namesake:
            continue
        divisions = {c.ref for c in m.scores if c.level in _DIVISIONS}
        for c in m.scores:
            if c.level == LEVEL_PLACE and divisions & {c.admin1, c.admin2}:
                m.scores[c] += _NAMESAKE_BONUS
        _pick(m)


def _context_scores(mentions: list[_Mention]) -> None:
    """Re-score each mention's readings against the readings the other mentions allow."""
    _favour_towns_in_namesake_divisions(mentions)
    _drop_loose_readings_abroad(mentions)
    viable = {m.order: _viable(m) for m in mentions}
    for m in mentions:
        # What a province holds does not vote on which province it is: the village in "Sosnovskoye, Donetsk"
        # may share its name with villages abroad, the province it is said to lie in settles where it is.
        others = [c for o in mentions if o.order != m.order and m.order not in o.containers for c in viable[o.order]]
        if not others:
            continue
        countries = {c.cc for c in others}
        admin1_named = {c.ref for c in others if c.level == LEVEL_ADMIN1}
        admin2_named = {c.ref for c in others if c.level == LEVEL_ADMIN2}
        places = [c for c in others if c.level == LEVEL_PLACE]
        admin1_of_places = {c.admin1 for c in places}
        admin2_of_places = {c.admin2 for c in places}
        for c in list(m.scores):
            bonus = 1.5 if c.cc in countries else -2.0
            if c.level == LEVEL_PLACE:
                if c.admin1 in admin1_named:
                    bonus += 2.5
                elif c.admin1 in admin1_of_places:
                    bonus += 1.0
                if c.admin2 is not None and (c.admin2 in admin2_named or c.admin2 in admin2_of_places):
                    bonus += 1.0
            elif c.level == LEVEL_ADMIN1:
                if c.ref in admin1_of_places:
                    bonus += 2.0
            elif c.level == LEVEL_ADMIN2 and (c.ref in admin2_of_places or c.admin1 in admin1_named):
                bonus += 1.5
            m.scores[c] += bonus
        _pick(m)


# A city this big first in a list is one of a list of places ("Aleppo, Idlib and Hama"), not a town inside the next.
_LIST_NOT_CONTAINER_POP = 100_000
_WORLD_CITY_POP = 1_000_000
_METROPOLIS_POP = 3_000_000  # a city named beside another country's places that may still be meant ("talks in Moscow")


def _may_be_listed_with(c: Candidate, countries: set[str]) -> bool:
    """May a city be one of a list of places rather than a town inside the province named next to it? A city of
    size in the same country may ("Aleppo, Idlib and Hama"); abroad, only a city of world renown: a list of places
    in one sentence runs within a country, and "Mandoli, Bandiagara, Mopti" is a Malian village, not the town of
    that name in India."""
    return c.pop >= _WORLD_CITY_POP or (c.pop >= _LIST_NOT_CONTAINER_POP and c.cc in countries)


def _inside(c: Candidate, container: Candidate) -> bool:
    if c.cc != container.cc:
        return False
    if container.level == LEVEL_COUNTRY:
        return True
    if container.level == LEVEL_PLACE:  # "Mbingi, near Mamove": a place near a town lies in its district
        return c.admin1 == container.admin1
    return container.ref in (c.admin1, c.admin2)


def _keep_within_containers(mentions: list[_Mention]) -> None:
    """ "Pisky, Donetsk": the town is the Pisky inside Donetsk. A same-named place elsewhere is not meant, and
    when the data knows no Pisky there, the town is one it lacks (see `_assemble`), placed in Donetsk."""
    by_order = {m.order: m for m in mentions}
    for m in mentions:
        holders = [c for o in m.containers for c in _viable(by_order[o]) if c.level != LEVEL_PLACE or c.pop > 0]
        if not holders:
            continue
        # A big city first in a list keeps its reading unless the name has a reading inside the holder:
        # "Sao Goncalo, Rio de Janeiro" is the town in Rio de Janeiro state, not a same-named city elsewhere.
        inside = {c for c in m.scores if c.level == LEVEL_PLACE and any(_inside(c, h) for h in holders)}
        countries = {h.cc for h in holders}
        provinces = [h for h in holders if h.level == LEVEL_ADMIN1]
        for c in list(m.scores):
            if c.level == LEVEL_PLACE and c not in inside and (inside or not _may_be_listed_with(c, countries)):
                del m.scores[c]
            elif c.level == LEVEL_ADMIN2 and provinces and not any(_inside(c, h) for h in provinces):
                del m.scores[c]  # "Caracoli, Malambo, Atlantico": not a municipality of that name in another province
        _pick(m)


def resolve_places(store: GazetteerStore, places: Sequence[PlaceMention], hint_cc: str | None = None) -> Resolution:
    mentions = _prepare(store, places)
    if not mentions:
        return Resolution()
    _base_scores(mentions, hint_cc)
    _context_scores(mentions)
    _keep_within_containers(mentions)
    _keep_within_named_provinces(mentions)
    _keep_within_named_country(mentions, hint_cc)
    _keep_within_one_country(mentions, hint_cc)
    return _assemble(store, mentions, hint_cc)


def _keep_within_one_country(mentions: list[_Mention], hint_cc: str | None) -> None:
    """The places a sentence names to place one event lie in one country: "Ara in As-Sweida" is a Syrian village,
    not a same-named one in India. The country is the one most of the names may lie in; on a tie, the report's;
    else that of the least ambiguous name ("Lilongwe, Central": Malawi's capital, whatever other country has a
    Central district); else that of the last division named, as English names the widest frame last ("X area in
    Dar'a"); else that of the most convincing reading. The other names' readings abroad go (a village the data lacks, then), save a metropolis ("talks in
    Moscow"). Countries named as such are left to `_keep_within_named_country`."""
    places = [m for m in mentions if m.best is not None and m.best_score >= _MIN_SCORE and m.best.level != 0]
    if len({m.best.cc for m in places if m.best is not None}) < 2:
        return
    covered = Counter(cc for m in mentions for cc in {c.cc for c in _viable(m) if c.level != LEVEL_COUNTRY})
    divisions = [m.order for m in places if m.best is not None and m.best.level in _DIVISIONS]

    def frame(m: _Mention) -> tuple[int, bool, int, int, float]:
        cc = m.best.cc if m.best is not None else ""
        # A name that reads as a division in many countries ("Central") is settled by the others, it settles none.
        ambiguity = len({c.cc for c in _viable(m)})
        last = divisions.index(m.order) if m.order in divisions else -1
        return covered[cc], cc == hint_cc, -ambiguity, last, m.best_score

    framing = max(places, key=frame).best
    country = framing.cc if framing is not None else hint_cc
    for m in mentions:
        for c in list(m.scores):
            if c.level != LEVEL_COUNTRY and c.cc != country and c.pop < _METROPOLIS_POP:
                del m.scores[c]
        _pick(m)


def _keep_within_named_provinces(mentions: list[_Mention]) -> None:
    """A sentence that names a province places its towns there: in "Los Cedros, El Tambo municipality, Cauca
    department" the village is not a same-named one in Mexico but one in Cauca (a village the data lacks, if need
    be). A city of size keeps its reading, as a list can go on to name another province."""
    # A province reading too weak to be chosen (Sudan's Red Sea state for "the Red Sea" a Saudi port lies on) holds
    # nothing.
    named = [
        m.best for m in mentions if m.best is not None and m.best.level == LEVEL_ADMIN1 and m.best_score >= _MIN_SCORE
    ]
    if not named:
        return
    provinces, countries = {c.ref for c in named}, {c.cc for c in named}
    for m in mentions:
        if m.best is None or m.best.level != LEVEL_PLACE:
            continue
        for c in list(m.scores):
            if c.level == LEVEL_PLACE and c.admin1 not in provinces and not _may_be_listed_with(c, countries):
                del m.scores[c]
        _pick(m)


def _keep_within_named_country(mentions: list[_Mention], hint_cc: str | None) -> None:
    """A sentence that names countries places its event in one of them: "a helicopter was shot down over Syria,
    the deadliest loss for Moscow" did not happen in Moscow, "Shirin Tagab, Faryab, Afghanistan" is not in Iran."""
    named = {m.best.cc for m in mentions if m.best is not None and m.best.level == LEVEL_COUNTRY}
    if not named:
        return
    # Naming some other country, a sentence can still mean a big city of its own ("talks in Moscow on Syria").
    ceiling = math.inf if hint_cc in named else _LIST_NOT_CONTAINER_POP
    for m in mentions:
        for c in list(m.scores):
            if c.level != LEVEL_COUNTRY and c.cc not in named and (c.level != LEVEL_PLACE or c.pop < ceiling):
                del m.scores[c]
        _pick(m)


def _known_elsewhere(
    store: GazetteerStore, m: _Mention, countries: set[str], provinces: frozenset[int] = frozenset()
) -> bool:
    """A name that exactly matches a division or a town of size is that place, not a village the data lacks; so
    is a text that starts with a city's name ("Aleppo Casualties", a headline's words run on). Where the sentence's
    other places lie in `countries`, a namesake abroad is no such place unless it is a city of world renown: the
    village of El Mina in Lebanon is not the district of that name in Mauritania. Nor is a district of the name in
    another province than the one the place's own text puts it in (`provinces`): "San Rafael, Inza, Cauca"."""

    def known(c: Candidate) -> bool:
        if not c.exact or (c.level == LEVEL_PLACE and c.pop < _LIST_NOT_CONTAINER_POP):
            return False
        if c.level == LEVEL_ADMIN2 and m.containers and provinces and c.admin1 not in provinces:
            return False
        return not countries or c.cc in countries or c.pop >= _WORLD_CITY_POP

    first = m.text.split()[0] if m.text.split() else ""
    return any(known(c) for c in m.match) or (
        first != m.text and any(known(c) for c in store.candidates(first) if c.level == LEVEL_PLACE)
    )


def _specificity(m: _Mention, reading: Candidate | None = None) -> tuple[int, int]:
    """Sort key: the most specific place first. A village over a town over a city; then text order. A city of
    size is no less specific for being called one: "the peace in Hasakeh city broke as Damascus bombed it"
    happened in Hasakeh."""
    rank = {"village": 0, "town": 1, None: 2, "city": 3}.get(m.kind, 4)
    if m.kind == "city" and reading is not None and reading.pop >= _LIST_NOT_CONTAINER_POP:
        rank = 2
    return rank, m.order


def _assemble(store: GazetteerStore, mentions: list[_Mention], hint_cc: str | None = None) -> Resolution:
    chosen = [(m, m.best) for m in mentions if m.best is not None and m.best_score >= _MIN_SCORE]
    resolved = {m.order for m, _ in chosen}
    provinces = frozenset(c.ref for _, c in chosen if c.level == LEVEL_ADMIN1)

    def at(level: int) -> list[tuple[_Mention, Candidate]]:
        return [(m, c) for m, c in chosen if c.level == level]

    places = sorted(at(LEVEL_PLACE), key=lambda mc: _specificity(*mc))
    # A district or neighbourhood of a named city is the caller's sublocation, not the location. A town the
    # sentence measures from ("Konduga, 35 km southeast of Maiduguri") is where it happened only when the
    # sentence names no other.
    whole = [(m, c) for m, c in places if m.kind not in PART_KINDS]
    whole.sort(key=lambda mc: (mc[0].offset is not None, _stands_for_province_of_another(mc, whole)))
    parts = [(m, c) for m, c in places if m.kind in PART_KINDS]
    admin2s, admin1s, countries = at(LEVEL_ADMIN2), at(LEVEL_ADMIN1), at(LEVEL_COUNTRY)
    # "Fighters from Iraq and Syria" in a report about Syria: of the countries named, the report's.
    countries.sort(key=lambda mc: mc[1].cc != hint_cc)
    # A village the data lacks: named as a populated place (or with no kind), not as a part of one.
    unknown = sorted(
        (
            m
            for m in mentions
            if m.order not in resolved
            and not _known_elsewhere(store, m, {c.cc for _, c in chosen}, provinces)
            and _looks_like_name(store, m.text)
            and (m.kind in PLACE_KINDS or (m.kind is None and _is_proper_name(m.text)))
        ),
        key=_specificity,
    )

    anchor = whole[0] if whole else None
    district = _district_away_from(store, anchor, parts, admin2s)
    if district is not None and district[1].level == LEVEL_PLACE:
        anchor = district
    elif district is not None:
        anchor = None
        admin2s.sort(key=lambda mc: mc is not district)
    if unknown and (
        anchor is None or anchor[0].offset is not None or _specificity(unknown[0]) < _specificity(anchor[0])
    ):
        # "El Refugio, Ahuachapan": the village lies in what its own text says holds it, before anything else named.
        holders = set(unknown[0].containers)
        for found in (whole, admin2s, admin1s):
            found.sort(key=lambda mc: mc[0].order not in holders)
        if any(not _is_reference(m) for m, _ in admin2s + admin1s):
            # "along the Maiduguri-Damaturu road in Mainok, Borno": the road's towns, read as districts, are not it.
            admin2s = [(m, c) for m, c in admin2s if not _is_reference(m)]
            admin1s = [(m, c) for m, c in admin1s if not _is_reference(m)]
        if district is None:
            anchor = _anchor_of_unknown(whole, parts, admin2s, admin1s, holders)
        return _unknown_place(store, unknown[0], anchor, admin2s, admin1s, countries, hint_cc)
    if district is not None and district[1].level == LEVEL_PLACE:
        return _at_place(store, district[1], 2)
    if district is not None:
        return _at_admin(store, district[1], precision=2)
    if anchor is not None and anchor[0].offset is not None:
        return _moved(_at_place(store, anchor[1], 2), anchor[0].offset, nominal=False)
    if anchor is not None:
        return _at_place(store, anchor[1], 2 if anchor[0].near else 1)
    if admin2s:
        a2 = admin2s[0][1]
        inside = [c for _, c in parts if c.admin2 == a2.ref]
        return _at_place(store, inside[0], 2) if inside else _at_admin(store, a2, precision=2)
    if parts:
        return _at_place(store, parts[0][1], 2)
    if admin1s:
        return _at_admin(store, admin1s[0][1], precision=3)
    if countries:
        return Resolution(country=countries[0][1].name, geo_precision=3, provenance="gazetteer:country")
    return Resolution()


def _anchor_of_unknown(
    whole: list[tuple[_Mention, Candidate]],
    parts: list[tuple[_Mention, Candidate]],
    admin2s: list[tuple[_Mention, Candidate]],
    admin1s: list[tuple[_Mention, Candidate]],
    holders: set[int],
) -> tuple[_Mention, Candidate] | None:
    """The town whose point a village the data lacks takes: the first town named (its own holder first), unless the
    village's own text names the district that holds it and the town lies outside it ("Lazibal, Anantnag district,
    Jammu and Kashmir": Anantnag, not Jammu), or the town is only the end of a road named beside the divisions that
    hold the village ("the Kandahar-Herat highway in Mira Khor, Kandahar": not Herat)."""
    if not whole:
        return None
    town_m, town_c = whole[0]
    if town_m.order not in holders:
        # The district its own text names: a division, or the town the district is named after.
        own = next(((m, c) for m, c in admin2s if m.order in holders), None)
        if own is not None and town_c.admin2 != own[1].ref:
            return None
        seat = next(((m, c) for m, c in parts if m.order in holders and m.kind == "district"), None)
        if seat is not None and (town_c.admin2 is None or town_c.admin2 != seat[1].admin2):
            return seat
    if _is_reference(town_m) and (admin2s or admin1s):
        return None
    return whole[0]


def _is_reference(m: _Mention) -> bool:
    """Is a place named only as a reference, with no distance or direction: the end of a road ("the Kandahar-Herat
    highway")?"""
    return m.offset is not None and m.offset.bearing is None and m.offset.km is None


def _stands_for_province_of_another(town: tuple[_Mention, Candidate], towns: list[tuple[_Mention, Candidate]]) -> bool:
    """Does a town named like its province stand for the province, as it does beside another town of it: "Attia in
    rural Ras al Ain in al-Hasakeh", "Kafr Nabl, Idlib"? Not when the text calls it a city ("Hudaydah city")."""
    m, c = town
    if m.kind == "city":
        return False
    provinces = {d.ref for d in m.scores if d.level == LEVEL_ADMIN1 and d.exact and d.cc == c.cc}
    return any(o.admin1 in provinces and o.ref != c.ref for _, o in towns)


_PART_OF_TOWN_KM = 15.0  # a town's own districts and neighbourhoods lie within this of its centre


def _district_away_from(
    store: GazetteerStore,
    town: tuple[_Mention, Candidate] | None,
    parts: list[tuple[_Mention, Candidate]],
    admin2s: list[tuple[_Mention, Candidate]],
) -> tuple[_Mention, Candidate] | None:
    """The administrative district a sentence names beside the town its province is named after: "the Golbasi district
    of Adiyaman", "Jaghuri district in Ghazni", "Yangi Qala district, Takhar", "Sirwah district west of Marib city".
    Where a district is a county with a seat of its own (Afghanistan, Yemen, Turkey, India), the province's town names
    the province, and the district (its seat, or the town it is named after) is where the event was. A district of the
    town itself ("the district of al-Noor in the city of Raqqa") lies within a few km of its centre, and a town inside
    the district ("Kalpi in Jalaun district") is more specific: the town stays."""
    # A district the sentence measures from ("north of Hays district") is no more where it happened than a town is.
    districts = [(m, c) for m, c in parts + admin2s if m.kind == "district" and m.offset is None]
    if not districts:
        return None
    if town is None:
        # With no town named, a division read as such is the district ("Adu in Kwal district (Bassa LGA)"); failing
        # one, the town named like the district is its seat ("Laala Gozar village of Yangi Qala district, Takhar").
        return districts[0] if not admin2s and districts[0][1].level == LEVEL_PLACE else None
    town_m, town_c = town
    if town_m.offset is not None:
        # "a protest on the Tangail-Mymensingh highway in Tangail district": a reference town is farther than the district.
        return districts[0]
    if not any(c.level == LEVEL_ADMIN1 and c.exact and c.cc == town_c.cc for c in town_m.scores):
        return None  # a town not named like its province is where it happened, or the district's own part
    for m, c in districts:
        if c.admin1 != town_c.admin1:
            continue  # a district of that name in another province is not the one meant
        if town_c.admin2 is not None and town_c.admin2 in (c.admin2, c.ref if c.level == LEVEL_ADMIN2 else None):
            continue  # the town lies in the district
        point = _district_point(store, c)
        if point is not None and town_c.lat is not None and town_c.lon is not None:
            away = haversine_km(point, (town_c.lat, town_c.lon)) > _PART_OF_TOWN_KM
            if away:
                return m, c
    return None


def _district_point(store: GazetteerStore, c: Candidate) -> tuple[float, float] | None:
    """Where a district lies: the town's own point, or a division's seat."""
    if c.level == LEVEL_PLACE:
        return (c.lat, c.lon) if c.lat is not None and c.lon is not None else None
    admin = store.admin(c.ref)
    seat = store.place_point(admin.seat) if admin is not None and admin.seat is not None else None
    return (seat[1], seat[2]) if seat else None


# Lower-case words a place name may hold ("Deir ez-Zor", "Kafr el Sheikh", "Beni Suef"); any other, as in
# "Observatory for Human Rights", says the text is no place name.
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "es", "ed", "de", "du",
                             "da", "di", "la", "le", "bin", "ibn", "abu", "umm", "bani", "beni"})  # fmt: skip
# "IS-held", "rebel-controlled": who holds a place, not its name. "Kurdish": a people.
_NOT_A_NAME = re.compile(r"-(?:held|controlled|run|backed|led|based|occupied|besieged)$|^\w+ish$", re.I)


def _looks_like_name(store: GazetteerStore, text: str) -> bool:
    """Could an unresolved text be a village the data lacks? Not if it holds a country's name or demonym
    ("Syria Monitor", "Turkish"), words no name holds, or says who holds the place ("IS-held")."""
    words = text.split()
    if not 0 < len(words) <= 5 or _NOT_A_NAME.search(text):
        return False
    if any(w[:1].islower() and normalize.name_key(re.split("[-‑‐]", w)[0]) not in _NAME_PARTICLES for w in words):
        return False
    return not any(_country_word(store, w) for w in words)


def _is_proper_name(text: str) -> bool:
    """An unresolved text with no kind is taken for an unknown village only if it reads as a name."""
    return any(w[:1].isupper() for w in text.split())


def _admin_names(store: GazetteerStore, admin1: int | None, admin2: int | None) -> tuple[str | None, str | None]:
    a1 = store.admin(admin1) if admin1 is not None else None
    a2 = store.admin(admin2) if admin2 is not None else None
    name1, name2 = (a1.name if a1 else None), (a2.name if a2 else None)
    acled = _acled_admin1().get((a1.cc, a1.name)) if a1 is not None else None
    if acled is None:
        return name1, name2
    region, district = acled
    if region == _ADMIN2_IS_ADMIN1:  # Iraqi Kurdistan: ACLED's provinces are the region's governorates
        return name2 or name1, None
    return region, district or name1


_ADMIN2_IS_ADMIN1 = "=admin2"


@lru_cache(maxsize=1)
def _acled_admin1() -> dict[tuple[str, str], tuple[str, str | None]]:
    """(country, the gazetteer's admin1) → ACLED's admin1 and admin2, where ACLED divides a country otherwise:
    by regions the data splits into districts (Malawi's Central Region, Central Serbia, the West Bank), by Ghana's
    regions before their split, by the governorates of Iraqi Kurdistan (data/places/acled_admin1.tsv)."""
    table: dict[tuple[str, str], tuple[str, str | None]] = {}
    for row in read_name_table("acled_admin1.tsv"):
        if len(row) >= 3:
            table[(row[0], row[1])] = (row[2], row[3] if len(row) > 3 and row[3] else None)
    return table


def _at_place(store: GazetteerStore, c: Candidate, precision: int) -> Resolution:
    admin1, admin2 = _admin_names(store, c.admin1, c.admin2)
    return Resolution(
        country=store.country_name(c.cc),
        admin1=admin1,
        admin2=admin2,
        location=c.name,
        latitude=c.lat,
        longitude=c.lon,
        geo_precision=precision,
        provenance=f"gazetteer:{c.source}",
    )


def _at_admin(store: GazetteerStore, c: Candidate, precision: int) -> Resolution:
    """Only a division is known: ACLED's practice is to code its seat, with precision 2 (a district)
    or 3 (a province). A district with no place in cities500 gets its province's seat, precision 3."""
    admin = store.admin(c.ref)
    admin1, admin2 = _admin_names(store, c.admin1, c.admin2)
    seat = store.place_point(admin.seat) if admin and admin.seat is not None else None
    location = seat[0] if seat else None
    if seat is None and c.level == LEVEL_ADMIN2 and c.admin1 is not None:
        parent = store.admin(c.admin1)
        seat = store.place_point(parent.seat) if parent and parent.seat is not None else None
        location, precision = c.name, 3
    return Resolution(
        country=store.country_name(c.cc),
        admin1=admin1,
        admin2=admin2,
        location=location,
        latitude=seat[1] if seat else None,
        longitude=seat[2] if seat else None,
        geo_precision=precision,
        provenance=f"gazetteer:admin{c.level}",
    )


def _moved(place: Resolution, offset: PlaceOffset | None, *, nominal: bool) -> Resolution:
    """The point `offset` away from a resolved place ("35 km southeast of X"), at precision 2 or coarser. With
    `nominal`, a direction given with no distance ("the northern countryside of X") is a short step that way."""
    if offset is None or offset.bearing is None or place.latitude is None or place.longitude is None:
        return place
    if offset.km is None and not nominal:
        return place
    km = NOMINAL_KM if offset.km is None else offset.km
    place.latitude, place.longitude = destination(place.latitude, place.longitude, km, offset.bearing)
    # A measured offset is a point near a town; a step of our own choosing says only the region.
    place.geo_precision = max(place.geo_precision or 2, 2 if offset.km is not None else 3)
    place.provenance += "+offset"
    return place


def _unknown_place(
    store: GazetteerStore,
    m: _Mention,
    anchor: tuple[_Mention, Candidate] | None,
    admin2s: list[tuple[_Mention, Candidate]],
    admin1s: list[tuple[_Mention, Candidate]],
    countries: list[tuple[_Mention, Candidate]],
    hint_cc: str | None = None,
) -> Resolution:
    """A village not in cities500: its name as written, the divisions the other places give, and the
    point of the nearest thing resolved — a named town (precision 2), the district's seat (2), the
    province's seat (3) — moved as the text says when it measures from it ("a village 20 km north of X",
    "in the northern countryside of X"). With nothing but a country, no point; a place the text calls a village
    or a town in a sentence that names nothing else is kept too, in the report's country (never dropped)."""
    if anchor is not None:
        base = _moved(_at_place(store, anchor[1], 2), anchor[0].offset, nominal=True)
    elif admin2s:
        base = _moved(_at_admin(store, admin2s[0][1], 2), admin2s[0][0].offset, nominal=True)
    elif admin1s:
        base = _moved(_at_admin(store, admin1s[0][1], 3), admin1s[0][0].offset, nominal=True)
    elif countries:
        base = Resolution(country=countries[0][1].name, geo_precision=3)
    elif hint_cc is not None and m.kind in PLACE_KINDS and (country := store.country_name(hint_cc)):
        base = Resolution(country=country, geo_precision=3)
    else:
        return Resolution()
    base.location = m.text
    base.provenance = "gazetteer:unresolved-village" + ("+offset" if base.provenance.endswith("+offset") else "")
    return base


def at_division(store: GazetteerStore, admin_id: int) -> Resolution | None:
    """A division known only by its id (a report's most-named province), coded as ACLED codes a province
    named alone: its seat, precision 3."""
    admin = store.admin(admin_id)
    if admin is None:
        return None
    level = LEVEL_ADMIN1 if admin.parent is None else LEVEL_ADMIN2
    a1 = admin.id if level == LEVEL_ADMIN1 else admin.parent
    a2 = admin.id if level == LEVEL_ADMIN2 else None
    candidate = Candidate(level, admin.id, admin.name, admin.cc, a1, a2, admin.lat, admin.lon, 0, True, 0)
    return _at_admin(store, candidate, precision=3)
