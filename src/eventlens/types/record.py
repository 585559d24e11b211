"""The event record: the contract other tools read. `eventlens schema` prints its JSON Schema."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

DatePrecision = Literal["day", "week", "month", "year"]
Certainty = Literal["claimed", "reported", "confirmed", "disputed"]


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    start: int = Field(description="Character offset into the document text as read (`eventlens read`).")
    end: int


class EventRecord(BaseModel):
    """One event found in one document. Unknown is null, never invented."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    event_id: str = Field(description="Stable across runs for the same input.")
    event_date: str | None = Field(
        None, description="ISO YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is known."
    )
    date_precision: DatePrecision | None = None
    event_type: str | None = Field(None, description="ACLED event type, spelled as ACLED spells it.")
    sub_event_type: str | None = Field(None, description="ACLED sub-event type, spelled as ACLED spells it.")
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    civilian_targeting: bool | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    sublocation: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = Field(
        None, ge=1, le=3, description="ACLED geo-precision: 1 town, 2 area near a town, 3 region."
    )
    fatalities: int | None = Field(
        0, description="0 when nothing indicates deaths; null when deaths are indicated without a number."
    )
    wounded: int | None = Field(
        0, description="0 when nothing indicates injuries; null when injuries are indicated without a number."
    )
    killed_or_wounded: int | None = Field(
        None, description="A combined killed-and-wounded count the text gives only as one figure."
    )
    attack_type: str | None = Field(None, description="GTD attack type.")
    weapon_type: str | None = Field(None, description="GTD weapon type.")
    target_type: str | None = Field(None, description="GTD target/victim type.")
    claimed: bool | None = None
    claimed_by: str | None = None
    gtd_perpetrator: str | None = Field(
        None,
        description='GTD perpetrator group name (gname) of an attack, "Unknown" when the report names nobody; '
        "ACLED names attackers known only by their ideology as an unidentified armed group, GTD does not.",
    )
    claim_channel: str | None = None
    sources: list[str] = Field(default_factory=list, description="Every outlet known to report the event.")
    corroborated_by: list[str] = Field(default_factory=list)
    certainty: Certainty | None = None
    confidence: float = Field(
        0.5, ge=0.0, le=1.0, description="A document's highest-confidence event is its main event."
    )
    evidence: list[Evidence] = Field(default_factory=list)
    provenance: dict[str, str] = Field(
        default_factory=dict, description="For each field, the rule, dictionary or model that set it."
    )
    notes: str | None = Field(None, description="One ACLED-style sentence generated from the record.")


def record_json_schema() -> dict[str, object]:
    schema = EventRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["schema_version"] = SCHEMA_VERSION
    return schema
