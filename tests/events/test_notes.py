"""One ACLED-style sentence generated from a record."""

from __future__ import annotations

import pytest

from eventlens.events.notes import write_note
from eventlens.types import EventRecord
from eventlens.types.vocab import ACLED_EVENT_TYPE_OF


def _record(**fields: object) -> EventRecord:
    return EventRecord(doc_id="d", event_id="e", **fields)  # type: ignore[arg-type]


def test_a_full_note() -> None:
    record = _record(
        event_date="2018-07-05",
        date_precision="day",
        sub_event_type="Remote explosive/landmine/IED",
        actor1="Islamic State (Iraq)",
        actor2="Police Forces of Iraq (2014-)",
        location="Kirkuk",
        admin1="Kirkuk",
        country="Iraq",
        fatalities=2,
        claimed=True,
        claimed_by="Islamic State (Iraq)",
        claim_channel="Amaq",
    )
    note = write_note(record)
    assert note.startswith("On 5 July 2018, Islamic State (Iraq) ")
    assert "Police Forces of Iraq (2014-)" in note
    assert " in Kirkuk, Iraq." in note  # a name repeated at two levels is said once
    assert "2 fatalities." in note
    assert note.endswith("Islamic State (Iraq) claimed it through Amaq.")


@pytest.mark.parametrize(
    ("event_date", "precision", "opening"),
    [
        ("2018-07-05", "day", "On 5 July 2018,"),
        ("2018-07-06", "week", "Around 6 July 2018,"),
        ("2018-06", "month", "In June 2018,"),
        ("2016", "year", "In 2016,"),
        (None, None, "On an unknown date,"),
    ],
)
def test_date_phrase_follows_precision(event_date: str | None, precision: str | None, opening: str) -> None:
    note = write_note(_record(event_date=event_date, date_precision=precision, sub_event_type="Armed clash"))
    assert note.startswith(opening)


@pytest.mark.parametrize(
    ("fatalities", "combined", "phrase"),
    [
        (0, None, "0 fatalities."),
        (1, None, "1 fatality."),
        (12, None, "12 fatalities."),
        (None, None, "Fatalities were reported without a number."),
        (None, 4, "4 people were reported killed or wounded."),
    ],
)
def test_toll_phrase(fatalities: int | None, combined: int | None, phrase: str) -> None:
    note = write_note(_record(sub_event_type="Attack", fatalities=fatalities, killed_or_wounded=combined))
    assert note.endswith(phrase)


def test_place_runs_from_the_most_specific() -> None:
    note = write_note(
        _record(
            sub_event_type="Grenade", sublocation="Hodan", location="Mogadishu", admin1="Banadir", country="Somalia"
        )
    )
    assert " in Hodan, Mogadishu, Banadir, Somalia." in note


def test_no_place_no_place_phrase() -> None:
    assert " in " not in write_note(_record(sub_event_type="Arrests", actor1="Police Forces of Iraq (2014-)"))


def test_a_claim_without_a_channel() -> None:
    note = write_note(_record(sub_event_type="Suicide bomb", claimed=True, claimed_by="Taliban"))
    assert note.endswith(" Taliban claimed it.")


def test_no_claim_no_claim_sentence() -> None:
    assert "claimed" not in write_note(_record(sub_event_type="Suicide bomb", claimed=False, claimed_by=None))


@pytest.mark.parametrize("sub_event_type", sorted(ACLED_EVENT_TYPE_OF))
def test_every_sub_event_type_reads_as_one_sentence(sub_event_type: str) -> None:
    with_target = write_note(_record(sub_event_type=sub_event_type, actor1="Actor One", actor2="Actor Two"))
    alone = write_note(_record(sub_event_type=sub_event_type, actor1="Actor One"))
    for note in (with_target, alone):
        assert "Actor One" in note
        assert "  " not in note
        assert " ." not in note
        # No dangling preposition where the target would have been.
        assert not any(f" {word} in" in note or f" {word}." in note for word in ("with", "against", "from", "at"))
    assert "Actor Two" not in alone


def test_an_unidentified_actor_is_lower_case_mid_sentence() -> None:
    note = write_note(_record(event_date="2018", date_precision="year", sub_event_type="Armed clash"))
    assert ", an unidentified actor " in note


def test_protesters_met_with_excessive_force_are_its_victims_not_its_authors() -> None:
    record = _record(
        event_date="2024-03-02",
        date_precision="day",
        sub_event_type="Excessive force against protesters",
        actor1="Protesters (Kenya)",
        actor2="Police Forces of Kenya (2022-)",
        location="Nakuru",
        country="Kenya",
        fatalities=2,
    )
    note = write_note(record)
    assert "Protesters (Kenya) were met with excessive force by Police Forces of Kenya (2022-) in Nakuru" in note
    assert "used excessive force" not in note
