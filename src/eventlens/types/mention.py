"""An event mention: what `extract` found in one sentence, and what `resolve` later made of it.

`extract` fills the raw fields (text as written, with spans); `resolve` fills the canonical ones
(dates, actor names, places). `events` turns mentions into records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from eventlens.types.document import Span


@dataclass
class DateExpression:
    """When the text says the event happened. `text` is None when the sentence gives no date of its own.
    `anchor` is the index of an earlier mention this one is dated against ("two days after the attack",
    "on the same day"); `offset_days` is the shift from that anchor."""

    text: str | None = None
    span: Span | None = None
    anchor: int | None = None
    offset_days: int = 0
    # True when the date belongs to the reporting verb ("Police said on Saturday that ...") or to what came of an
    # event ("died of his wounds on Saturday"): the best date the sentence gives, but no sign of a new event.
    of_report: bool = False


# The fields that say where an event happened, taken together from one source (point and names must agree).
PLACE_FIELDS = ("country", "admin1", "admin2", "location", "latitude", "longitude")


class HasPlace(Protocol):
    """Anything placed as a record is: a resolved place, another mention."""

    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None


@dataclass(frozen=True)
class PlaceOffset:
    """Where the text puts the event from a place it names, rather than at it: "35 km southeast of X" (km 35,
    bearing 135), "20 km from X" (no bearing), "the northern countryside of X" (bearing 0, no distance).
    `bearing` is in degrees clockwise from north."""

    km: float | None = None
    bearing: float | None = None


@dataclass
class PlaceMention:
    """A place named in the sentence. `kind` is what the text calls it when it says so
    ("city", "village", "district", "governorate", "province", "country") and None otherwise. `offset` is set
    when the text names the place as a reference point ("30 km north of X"), not as where it happened."""

    text: str
    span: Span | None = None
    kind: str | None = None
    offset: PlaceOffset | None = None


@dataclass
class Casualties:
    """Counts as the text gives them. None means indicated but not counted; 0 means nothing indicated."""

    fatalities: int | None = 0
    wounded: int | None = 0
    killed_or_wounded: int | None = None
    evidence: list[Span] = field(default_factory=list)


@dataclass
class ClaimInfo:
    """Who claims, reports, confirms or denies the event, as the text names them."""

    claimed: bool | None = None
    claimed_by_text: str | None = None
    claim_channel: str | None = None
    cited_sources: list[str] = field(default_factory=list)
    # Attributions that are not outlets ("military officials", "two village elders"): independent
    # witnesses for certainty, never listed as sources.
    attributions: list[str] = field(default_factory=list)
    corroborated_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    # Who sources say did it when nobody claims it ("sources attributed the attack to the Taliban").
    blamed_on: str | None = None
    disputed: bool = False
    evidence: list[Span] = field(default_factory=list)

    def absorb(self, other: ClaimInfo) -> None:
        """Adds what `other` says of the same event: names missing here, and every source and denial."""
        if other.claimed is not None and self.claimed is None:
            self.claimed = other.claimed
        self.claimed_by_text = self.claimed_by_text or other.claimed_by_text
        self.blamed_on = self.blamed_on or other.blamed_on
        self.claim_channel = self.claim_channel or other.claim_channel
        for mine, theirs in (
            (self.cited_sources, other.cited_sources),
            (self.corroborated_by, other.corroborated_by),
            (self.attributions, other.attributions),
            (self.denied_by, other.denied_by),
        ):
            mine.extend(name for name in theirs if name not in mine)
        self.disputed = self.disputed or other.disputed
        self.evidence.extend(other.evidence)


@dataclass
class EventMention:
    doc_id: str
    index: int
    sentence: Span
    evidence: list[Span] = field(default_factory=list)
    event_type: str | None = None
    sub_event_type: str | None = None
    attack_type: str | None = None
    weapon_type: str | None = None
    target_type: str | None = None
    civilian_targeting: bool | None = None
    actor1_text: str | None = None
    assoc_actor_1_text: str | None = None
    actor2_text: str | None = None
    assoc_actor_2_text: str | None = None
    places: list[PlaceMention] = field(default_factory=list)
    sublocation_text: str | None = None
    date: DateExpression = field(default_factory=DateExpression)
    casualties: Casualties = field(default_factory=Casualties)
    claim: ClaimInfo = field(default_factory=ClaimInfo)
    confidence: float = 0.5
    provenance: dict[str, str] = field(default_factory=dict)

    # Filled by `resolve`.
    event_date: str | None = None
    date_precision: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    actor1_category: str | None = None
    actor2_category: str | None = None
    claimed_by: str | None = None
    # GTD's name for the attack's perpetrator, which ACLED's actor names may not carry ("Muslim extremists").
    gtd_perpetrator: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    sublocation: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None

    def take_place_of(self, source: HasPlace, rule: str, *, at_best: int) -> None:
        """Takes all of another's place (names and point together), `rule` as the provenance of each field; the
        precision is no finer than `at_best` (2: placed from elsewhere in the report, near that place at best)."""
        for name in PLACE_FIELDS:
            setattr(self, name, getattr(source, name))
            if getattr(source, name) is not None:
                self.provenance[name] = rule
        if source.geo_precision is not None:
            self.geo_precision = max(at_best, source.geo_precision)
            self.provenance["geo_precision"] = rule
