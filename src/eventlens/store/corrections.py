"""Checking an analyst's correction before it is kept: a field the record has and may be edited, a value of
the field's type (and, for the classification fields, a value of the codebook's vocabulary)."""

from __future__ import annotations

import math
import re

from pydantic import ValidationError

from eventlens.store.database import StoreError
from eventlens.types import Correction, EventRecord
from eventlens.types.incident import FieldScalar
from eventlens.types.periods import period_start
from eventlens.types.vocab import (
    ACLED_EVENT_TYPE_OF,
    ACLED_SUB_EVENT_TYPES,
    GTD_ATTACK_TYPES,
    GTD_TARGET_TYPES,
    GTD_WEAPON_TYPES,
)

# Fields that identify or document the record rather than describe the event, and lists: not edited by hand.
_NOT_EDITABLE = frozenset({"doc_id", "event_id", "sources", "corroborated_by", "evidence", "provenance"})
EDITABLE_FIELDS = tuple(name for name in EventRecord.model_fields if name not in _NOT_EDITABLE)
_VOCABULARY: dict[str, tuple[str, ...]] = {
    "event_type": tuple(ACLED_SUB_EVENT_TYPES),
    "sub_event_type": tuple(ACLED_EVENT_TYPE_OF),
    "attack_type": GTD_ATTACK_TYPES,
    "weapon_type": GTD_WEAPON_TYPES,
    "target_type": GTD_TARGET_TYPES,
}
_NULL_WORDS = frozenset({"", "null", "none"})
# What the record's own types let through but nothing downstream can read: a date is ISO at day, month or year
# precision (notes, filters and the merge parse it), a point is on the globe, a count is not negative.
_DATE_SHAPE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_RANGES: dict[str, tuple[float, float]] = {
    "latitude": (-90.0, 90.0),
    "longitude": (-180.0, 180.0),
    "fatalities": (0, math.inf),
    "wounded": (0, math.inf),
    "killed_or_wounded": (0, math.inf),
    "confidence": (0.0, 1.0),
}


class CorrectionError(StoreError):
    """A correction the store refuses: an unknown field, a value of the wrong type."""


def parse_value(field: str, text: str) -> FieldScalar:
    """A value typed on the command line (`fatalities=3`, `claimed=true`, `admin1=null`), as the field's type;
    `checked_correction` validates it."""
    if text.strip().casefold() in _NULL_WORDS:
        return None
    annotation = str(EventRecord.model_fields[field].annotation) if field in EventRecord.model_fields else ""
    if "int" in annotation and "str" not in annotation:
        try:
            return int(text)
        except ValueError:
            return text  # reported as a type error by the record's own validation
    if "float" in annotation:
        try:
            return float(text)
        except ValueError:
            return text
    if "bool" in annotation:
        lowered = text.strip().casefold()
        return True if lowered in ("true", "yes", "1") else False if lowered in ("false", "no", "0") else text
    return text


def _check_field(field: str | None) -> str:
    if field is None:
        raise CorrectionError("an edit names the field it sets")
    if field not in EventRecord.model_fields:
        raise CorrectionError(f"{field!r} is no field of the event record; fields: {', '.join(EDITABLE_FIELDS)}")
    if field in _NOT_EDITABLE:
        raise CorrectionError(f"{field!r} cannot be edited; fields: {', '.join(EDITABLE_FIELDS)}")
    return field


def _check_date(value: str) -> None:
    try:
        if not _DATE_SHAPE.fullmatch(value):
            raise ValueError(value)
        period_start(value)
    except ValueError:
        raise CorrectionError(
            f"event_date={value!r}: write a real date as YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is known"
        ) from None


def _check_range(field: str, value: float) -> None:
    low, high = _RANGES[field]
    if not low <= value <= high:
        bounds = f"from {low:g} to {high:g}" if high != math.inf else f"{low:g} or more"
        raise CorrectionError(f"{field}={value!r}: out of range ({bounds})")


def _validated_value(record: EventRecord, field: str, value: FieldScalar) -> FieldScalar:
    allowed = _VOCABULARY.get(field)
    if allowed is not None and value is not None and value not in allowed:
        raise CorrectionError(f"{value!r} is no {field} of the codebook; one of: {', '.join(allowed)}")
    if field == "event_date" and isinstance(value, str):
        _check_date(value)
    if field in _RANGES and isinstance(value, int | float) and not isinstance(value, bool):
        _check_range(field, value)
    try:
        checked = EventRecord.model_validate(record.model_dump() | {field: value})
    except ValidationError as error:
        problem = error.errors()[0]["msg"]
        raise CorrectionError(f"{field}={value!r}: {problem}") from error
    validated: FieldScalar = getattr(checked, field)
    return validated


def checked_correction(record: EventRecord, correction: Correction) -> Correction:
    """The correction as it will be kept (an edit's value in the field's own type), or CorrectionError."""
    if not correction.author.strip():
        raise CorrectionError("a correction says who made it (author)")
    if correction.action != "edit":
        if correction.field is not None:
            raise CorrectionError(f"a {correction.action} applies to the whole incident, not to a field")
        return correction
    field = _check_field(correction.field)
    return correction.model_copy(update={"value": _validated_value(record, field, correction.value)})
