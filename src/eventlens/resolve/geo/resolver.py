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
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventlens.resolve.geo import normalize
from eventlens.resolve.geo.store import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    Candidate,
    GazetteerStore,
)
from eventlens.types.mention import PlaceMention

PLACE_KINDS = frozenset({"city", "town", "village"})
PART_KINDS = frozenset({"district", "neighbourhood"})
ADMIN_KINDS = frozenset({"governorate", "province", "state", "region"})

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
_LEVEL_PRIOR = {LEVEL_COUNTRY: 3.2, LEVEL_ADMIN1: 2.0, LEVEL_ADMIN2: 1.2}
_HINT_MATCH = 2.0
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_WHOLE_TEXT_BONUS = 1.0
_MIN_SCORE = 2.5  # below this a candidate is noise (a loose match on a hamlet abroad)
_VIABLE_MARGIN = 1.5  # other readings within this of a mention's best still count as context
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
    ]
)


@dataclass
class Resolution:
    """A resolved place in ACLED's names. `geo_precision`: 1 = the town itself, 2 = near a town or a part of a
    region, 3 = only a region known. `provenance`: "gazetteer:geonames-cities500", ":admin1", ":admin2",
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

    @property
    def best_score(self) -> float:
        return self.scores[self.best] if self.best is not None else -math.inf


def _match_score(c: Candidate) -> float:
    if c.exact:
        return 3.0 if c.rank <= 1 else 2.6
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


def _split_mentions(places: Sequence[PlaceMention]) -> list[tuple[str, str | None]]:
    """'Maiduguri, Borno State' → two places; each keeps the kind the extractor gave it."""
    out: list[tuple[str, str | None]] = []
    for p in places:
        parts = [x.strip() for x in p.text.split(",") if x.strip()]
        for i, part in enumerate(parts):
            out.append((part, p.kind if i == 0 else None))
    return out


def _prepare(store: GazetteerStore, places: Sequence[PlaceMention]) -> list[_Mention]:
    mentions: list[_Mention] = []
    for order, (text, given_kind) in enumerate(_split_mentions(places)):
        clean = normalize.clean_place_text(text)
        if not clean.name or normalize.name_key(clean.name) in _GENERIC:
            continue
        kind = given_kind or clean.kind
        seen: dict[tuple[int, int], tuple[Candidate, float]] = {}
        # The text as written first ("Kuwait City", "Rural Damascus", "Damascus countryside"), then
        # without the words around the name ("the city of Raqqa" → "Raqqa"). A name that accounts
        # for the whole text beats one that matches only its core.
        raw = _THE.sub("", text)
        forms = [(clean.name, 0.0)]
        if normalize.name_key(raw) != normalize.name_key(clean.name):
            forms.insert(0, (raw, _WHOLE_TEXT_BONUS))
        for form, bonus in forms:
            for c in store.candidates(form):
                k = (c.level, c.ref)
                score = _match_score(c) + bonus
                if k not in seen or score > seen[k][1]:
                    seen[k] = (c, score)
        mentions.append(_Mention(order, clean.name, kind, clean.near, {c: score for c, score in seen.values()}))
    return mentions


def _base_scores(mentions: list[_Mention], hint_cc: str | None) -> None:
    for m in mentions:
        affinity = _KIND_AFFINITY.get(m.kind, _KIND_AFFINITY[None])
        for c, match in m.match.items():
            s = match + _prior(c) + affinity[c.level]
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


def _context_scores(mentions: list[_Mention]) -> None:
    """Re-score each mention's readings against the readings the other mentions allow."""
    viable = {m.order: _viable(m) for m in mentions}
    for m in mentions:
        others = [c for o in mentions if o.order != m.order for c in viable[o.order]]
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


def resolve_places(store: GazetteerStore, places: Sequence[PlaceMention], hint_cc: str | None = None) -> Resolution:
    mentions = _prepare(store, places)
    if not mentions:
        return Resolution()
    _base_scores(mentions, hint_cc)
    _context_scores(mentions)
    return _assemble(store, mentions)


def _specificity(m: _Mention) -> tuple[int, int]:
    """Sort key: the most specific place first. A village over a town over a city; then text order."""
    rank = {"village": 0, "town": 1, None: 2, "city": 3}.get(m.kind, 4)
    return rank, m.order


def _assemble(store: GazetteerStore, mentions: list[_Mention]) -> Resolution:
    chosen = [(m, m.best) for m in mentions if m.best is not None and m.best_score >= _MIN_SCORE]
    resolved = {m.order for m, _ in chosen}

    def at(level: int) -> list[tuple[_Mention, Candidate]]:
        return [(m, c) for m, c in chosen if c.level == level]

    places = sorted(at(LEVEL_PLACE), key=lambda mc: _specificity(mc[0]))
    # A district or neighbourhood of a named city is the caller's sublocation, not the location.
    whole = [(m, c) for m, c in places if m.kind not in PART_KINDS]
    parts = [(m, c) for m, c in places if m.kind in PART_KINDS]
    admin2s, admin1s, countries = at(LEVEL_ADMIN2), at(LEVEL_ADMIN1), at(LEVEL_COUNTRY)
    # A village the data lacks: named as a populated place (or with no kind), not as a part of one.
    unknown = sorted(
        (
            m
            for m in mentions
            if m.order not in resolved and (m.kind in PLACE_KINDS or (m.kind is None and _looks_like_name(m.text)))
        ),
        key=_specificity,
    )

    anchor = whole[0] if whole else None
    if unknown and (anchor is None or _specificity(unknown[0]) < _specificity(anchor[0])):
        return _unknown_place(store, unknown[0], anchor[1] if anchor else None, admin2s, admin1s, countries)
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
        return Resolution(country=countries[0][1].name, provenance="gazetteer:country")
    return Resolution()


def _looks_like_name(text: str) -> bool:
    """An unresolved text with no kind is taken for an unknown village only if it reads as a name."""
    words = text.split()
    return 0 < len(words) <= 5 and any(w[:1].isupper() for w in words)


def _admin_names(store: GazetteerStore, admin1: int | None, admin2: int | None) -> tuple[str | None, str | None]:
    a1 = store.admin(admin1) if admin1 is not None else None
    a2 = store.admin(admin2) if admin2 is not None else None
    return (a1.name if a1 else None), (a2.name if a2 else None)


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
        provenance="gazetteer:geonames-cities500",
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


def _unknown_place(
    store: GazetteerStore,
    m: _Mention,
    anchor: Candidate | None,
    admin2s: list[tuple[_Mention, Candidate]],
    admin1s: list[tuple[_Mention, Candidate]],
    countries: list[tuple[_Mention, Candidate]],
) -> Resolution:
    """A village not in cities500: its name as written, the divisions the other places give, and the
    point of the nearest thing resolved — a named town (precision 2), the district's seat (2), the
    province's seat (3). With nothing but a country, no point."""
    if anchor is not None:
        base = _at_place(store, anchor, 2)
    elif admin2s:
        base = _at_admin(store, admin2s[0][1], 2)
    elif admin1s:
        base = _at_admin(store, admin1s[0][1], 3)
    elif countries:
        base = Resolution(country=countries[0][1].name, geo_precision=3)
    else:
        return Resolution()
    base.location = m.text
    base.provenance = "gazetteer:unresolved-village"
    return base
