"""Per-field comparators: how one field of a document's main event is read off the record and judged against
the gold value.

The contract: the prediction is the document's main event, or no event at all. A document without an event
gets every field wrong, except a count whose gold is 0 — "nobody was killed" is what no event says too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, Protocol

from eventlens.evaluate import fakes_map
from eventlens.types import EventRecord
from eventlens.types.geo import haversine_km
from eventlens.types.vocab import GTD_COUNTRY_OF_ACLED


class _NoEvent(Enum):
    NO_EVENT = "(no event)"


# What a document without any event "predicts" for a field; never equal to a gold value.
NO_EVENT = _NoEvent.NO_EVENT

Compare = Callable[[Any, Any], bool]


class ActorLookup(Protocol):
    """The part of `eventlens.resolve.actors.ActorDictionary` the evaluation uses."""

    def same_actor(self, a: str, b: str) -> bool: ...

    def gtd_name(self, name: str) -> str | None: ...


class PlaceLookup(Protocol):
    """The part of `eventlens.resolve.places.Gazetteer` the evaluation uses."""

    def same_division(self, a: str, b: str) -> bool: ...

    def same_place(self, a: str, b: str) -> bool: ...


def load_place_lookup() -> PlaceLookup:
    """The project's gazetteer, to judge whether two spellings name one division."""
    from eventlens.resolve.places import Gazetteer

    gazetteer: PlaceLookup = Gazetteer.default()
    return gazetteer


def default_fields(kind: str) -> list[Field]:
    """The fields `evaluate` and `errors` score: the kind's fields with the project's dictionaries."""
    return fields_for(kind, load_actor_dictionary(), load_place_lookup())


def load_actor_dictionary() -> ActorLookup | None:
    """The project's actor dictionary, or None while `eventlens.resolve.actors` does not exist yet."""
    try:
        from eventlens.resolve.actors import ActorDictionary
    except ModuleNotFoundError as error:
        # Only the module's absence is expected; a broken dictionary must fail loudly, not silently score less.
        if error.name in ("eventlens.resolve", "eventlens.resolve.actors"):
            return None
        raise
    dictionary: ActorLookup = ActorDictionary.default()
    return dictionary


# --- comparators --------------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Case, accents and spacing never carry meaning in these vocabularies or place names."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def same_value(predicted: Any, gold: Any) -> bool:
    """The one exact-match comparator: strings compare folded (an empty string is no value), others with ==."""
    if isinstance(predicted, str):
        predicted = fold(predicted) or None
    if isinstance(gold, str):
        gold = fold(gold) or None
    if predicted is NO_EVENT:
        return False
    return bool(predicted == gold)


def same_date(predicted: Any, gold: Any) -> bool:
    """Exact, at the precision the gold knows: a day the record gives inside a month GTD gives is right."""
    if not isinstance(predicted, str) or not isinstance(gold, str):
        return same_value(predicted, gold)
    return predicted[: len(gold)] == gold if len(gold) < len("YYYY-MM-DD") else predicted == gold


def within(tolerance: float) -> Compare:
    """A count within `tolerance` of the gold (0.2 = 20%); a gold 0 needs exactly 0."""

    def compare(predicted: Any, gold: Any) -> bool:
        if not isinstance(predicted, int) or isinstance(predicted, bool) or gold is None:
            return False
        return abs(predicted - gold) <= tolerance * gold

    return compare


def same_actor_by(actors: ActorLookup) -> Compare:
    """Alias-aware actor match: the dictionary decides whether two names are one actor."""

    def compare(predicted: Any, gold: Any) -> bool:
        if predicted is NO_EVENT:
            return False
        if not predicted or not gold:
            return not predicted and not gold
        return same_value(predicted, gold) or bool(actors.same_actor(predicted, gold))

    return compare


# --- field definitions --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchField:
    """A field judged right or wrong per row. `classification` fields also get per-class P/R/F1 and confusions
    (`show_classes` prints the per-class table too). `no_event` is what a document without an event predicts.
    `reads` names the record fields the prediction comes from, whose provenance explains it."""

    name: str
    predict: Callable[[EventRecord], Any]
    compare: Compare = same_value
    gold_key: str | None = None
    classification: bool = False
    show_classes: bool = False
    no_event: Any = NO_EVENT
    reads: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.gold_key or self.name

    def score(self, record: EventRecord | None, gold: Any) -> tuple[Any, bool]:
        """(predicted value, right?) for one row."""
        predicted = self.no_event if record is None else self.predict(record)
        return predicted, self.compare(predicted, gold)


@dataclass(frozen=True)
class DistanceField:
    """Distance between the record's and the gold coordinates. Scored over every gold row with coordinates: a
    record without a point (or no event) is a miss, as it is for a user looking for the event on a map.
    `radius_km` is the headline radius; `wider_km` is reported beside it (wrong region vs. wrong town)."""

    name: str
    gold_key: str = "coordinates"
    radius_km: float = 25.0
    wider_km: float = 100.0
    reads: tuple[str, ...] = ("latitude", "longitude")

    @property
    def key(self) -> str:
        return self.gold_key

    def distance(self, record: EventRecord | None, gold: tuple[float, float]) -> float | None:
        if record is None or record.latitude is None or record.longitude is None:
            return None
        return haversine_km((record.latitude, record.longitude), gold)


Field = MatchField | DistanceField


def _attr(name: str) -> Callable[[EventRecord], Any]:
    def predict(record: EventRecord) -> Any:
        return getattr(record, name)

    return predict


def _class(name: str, *, show: bool = False, source: str | None = None) -> MatchField:
    source = source or name
    return MatchField(name, _attr(source), classification=True, show_classes=show, reads=(source,))


def _exact(name: str, source: str | None = None, **options: Any) -> MatchField:
    source = source or name
    return MatchField(name, _attr(source), reads=(source,), **options)


def _alias_variants(bases: Sequence[MatchField], actors: ActorLookup | None) -> list[Field]:
    """`<field>_alias` twins of actor fields, judged by the dictionary; none while there is no dictionary."""
    if actors is None:
        return []
    return [
        replace(base, name=f"{base.name}_alias", compare=same_actor_by(actors), gold_key=base.key) for base in bases
    ]


def same_named_by(same: Callable[[str, str], bool]) -> Compare:
    """Spelling-aware place match: `same` (the gazetteer's) decides whether two names are one division or town."""

    def compare(predicted: Any, gold: Any) -> bool:
        if predicted is NO_EVENT or not predicted or not gold:
            return same_value(predicted, gold)
        return same_value(predicted, gold) or same(predicted, gold)

    return compare


def acled_fields(actors: ActorLookup | None, places: PlaceLookup | None = None) -> list[Field]:
    actor1, actor2, assoc_actor_1 = (_exact(name) for name in ("actor1", "actor2", "assoc_actor_1"))
    return [
        _class("event_type"),
        _class("sub_event_type", show=True),
        actor1,
        actor2,
        assoc_actor_1,
        *_alias_variants((actor1, actor2), actors),
        _exact("fatalities", no_event=0),
        _exact("event_date", compare=same_date),
        *(_exact(name) for name in ("country", "admin1", "admin2", "location")),
        DistanceField("coordinates"),
    ]


# Names that say nobody was identified: GTD's "Unknown".
_GENERIC_PERPETRATOR = re.compile(
    r"\bunidentified\b|^\s*unknown\b|^\s*(suspected |armed |unknown )?"
    r"(gunmen|assailants|attackers|militants|men|group|terrorists|insurgents|perpetrators)\s*$",
    re.IGNORECASE,
)


def perpetrator_of(actors: ActorLookup | None) -> Callable[[EventRecord], str]:
    """The record's perpetrator in GTD naming: the record's own `gtd_perpetrator` when it has one, else who
    claimed it, else actor1; "Unknown" when nobody is named."""

    def predict(record: EventRecord) -> str:
        if record.gtd_perpetrator:
            return record.gtd_perpetrator
        name = record.claimed_by or record.actor1
        if not name:
            return "Unknown"
        if actors is not None:
            name = actors.gtd_name(name) or name
        return "Unknown" if _GENERIC_PERPETRATOR.search(name) else name

    return predict


def gtd_country(record: EventRecord) -> str | None:
    """The record's country as GTD spells it."""
    return GTD_COUNTRY_OF_ACLED.get(record.country or "", record.country)


def gtd_fields(actors: ActorLookup | None, places: PlaceLookup | None = None) -> list[Field]:
    perpetrator = MatchField("perpetrator", perpetrator_of(actors), reads=("gtd_perpetrator", "claimed_by", "actor1"))
    return [
        _exact("event_date", compare=same_date),
        *(_class(name, show=True) for name in ("attack_type", "weapon_type", "target_type")),
        perpetrator,
        *_alias_variants((perpetrator,), actors),
        # GTD codes 0 whenever no claim is reported, so a record that found no claim (None) reads as 0.
        MatchField("claimed", lambda record: bool(record.claimed), classification=True, reads=("claimed",)),
        # No suicide field in the record: the ACLED sub-event type is the one place it shows.
        MatchField(
            "suicide",
            lambda record: record.sub_event_type == "Suicide bomb",
            classification=True,
            reads=("sub_event_type",),
        ),
        _exact("nkill", "fatalities", no_event=0),
        _exact("nwound", "wounded", no_event=0),
        MatchField("country", gtd_country, reads=("country",)),
        _exact("provstate", "admin1"),
        _exact("city", "location"),
        # GTD spells provinces and towns its own way ("Saladin", "Nord-Kivu", "Khamis Mushayt"); the twins ask
        # whether the record names the same division or town, whatever its spelling.
        *(
            [
                _exact("provstate_alias", "admin1", compare=same_named_by(places.same_division), gold_key="provstate"),
                _exact("city_alias", "location", compare=same_named_by(places.same_place), gold_key="city"),
            ]
            if places
            else []
        ),
        DistanceField("coordinates"),
    ]


def fakes_fields(actors: ActorLookup | None, places: PlaceLookup | None = None) -> list[Field]:
    return [
        MatchField(
            "actor_class",
            lambda record: fakes_map.actor_class(record, actors),
            classification=True,
            show_classes=True,
            reads=("actor1", "claimed_by"),
        ),
        MatchField(
            "cause_of_death",
            fakes_map.cause_of_death,
            classification=True,
            show_classes=True,
            reads=("sub_event_type", "weapon_type", "attack_type"),
        ),
        MatchField(
            "governorate",
            lambda record: fakes_map.governorate(record.admin1),
            classification=True,
            reads=("admin1",),
        ),
        MatchField("deaths", _attr("fatalities"), within(0.2), no_event=0, reads=("fatalities",)),
    ]


_FIELDS_FOR: dict[str, Callable[[ActorLookup | None, PlaceLookup | None], list[Field]]] = {
    "acled": acled_fields,
    "gtd": gtd_fields,
    "fakes": fakes_fields,
}


def fields_for(kind: str, actors: ActorLookup | None, places: PlaceLookup | None = None) -> list[Field]:
    """The fields scored for a gold kind; `actors` and `places` (None = none) drive the alias-aware variants."""
    return _FIELDS_FOR[kind](actors, places)
