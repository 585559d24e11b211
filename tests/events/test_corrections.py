"""Analysts' corrections on an incident's record: last, in time order, saying who."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlens.events.corrections import apply_corrections
from eventlens.types import Correction
from tests.events.incident_records import record

AT = dt.datetime(2022, 7, 8, 9, 0)


def test_the_later_of_two_corrections_wins() -> None:
    early = Correction(action="edit", field="fatalities", value=3, author="lina", at=AT)
    late = Correction(action="edit", field="fatalities", value=5, author="omar", at=AT + dt.timedelta(days=1))
    reject = Correction(action="reject", author="omar", at=AT - dt.timedelta(days=1))
    confirm = Correction(action="confirm", author="lina", at=AT)
    corrected, review = apply_corrections(record("a"), [late, confirm, early, reject])
    assert corrected.fatalities == 5
    assert corrected.provenance["fatalities"] == "analyst:omar"
    assert review == "confirmed"


def test_a_rejection_after_a_confirmation_rejects() -> None:
    confirm = Correction(action="confirm", author="lina", at=AT)
    reject = Correction(action="reject", author="omar", at=AT + dt.timedelta(hours=2), note="a drill, not an attack")
    assert apply_corrections(record("a"), [reject, confirm])[1] == "rejected"


def test_no_corrections_leave_the_record_unreviewed() -> None:
    original = record("a")
    corrected, review = apply_corrections(original, [])
    assert corrected == original
    assert review == "unreviewed"


def test_an_edited_date_takes_its_precision() -> None:
    edit = Correction(action="edit", field="event_date", value="2022-07", author="lina", at=AT)
    corrected, _ = apply_corrections(record("a"), [edit])
    assert (corrected.event_date, corrected.date_precision) == ("2022-07", "month")
    assert corrected.provenance["date_precision"] == "analyst:lina"


def test_an_edit_of_no_such_field_is_refused() -> None:
    edit = Correction(action="edit", field="body_count", value=3, author="lina", at=AT)
    with pytest.raises(ValueError, match="body_count"):
        apply_corrections(record("a"), [edit])
