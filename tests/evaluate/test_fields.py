from __future__ import annotations

import sys
import types
from typing import Any, ClassVar

import pytest

from eventlens.evaluate import NO_EVENT, DistanceField, MatchField, fields_for, load_actor_dictionary
from eventlens.evaluate.fields import perpetrator_of, same_date, same_value, within
from eventlens.types import EventRecord, Evidence
from eventlens.types.geo import haversine_km


def record(**fields: Any) -> EventRecord:
    return EventRecord(doc_id="d1", event_id="d1-e1", **fields)


class FakeActors:
    """Stands in for eventlens.resolve.actors.ActorDictionary."""

    aliases: ClassVar[dict[str, str]] = {
        "isis": "Islamic State of Iraq and the Levant (ISIL)",
        "daesh": "Islamic State of Iraq and the Levant (ISIL)",
    }

    def gtd_name(self, name: str) -> str | None:
        return self.aliases.get(name.lower())

    def same_actor(self, a: str, b: str) -> bool:
        return (self.gtd_name(a) or a) == (self.gtd_name(b) or b)


def by_name(kind: str, actors: Any = None) -> dict[str, Any]:
    return {spec.name: spec for spec in fields_for(kind, actors)}


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("Armed clash", "Armed clash", True),
        ("  rivertown ", "Rivertown", True),
        ("Bogotá", "Bogota", True),
        ("Armed clash", "Attack", False),
        (None, None, True),
        ("", None, True),
        (None, "Rivertown", False),
        (3, 3, True),
        (None, 0, False),
        (NO_EVENT, None, False),
    ],
)
def test_same_value(predicted: Any, gold: Any, right: bool) -> None:
    assert same_value(predicted, gold) is right


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("2020-05-03", "2020-05-03", True),
        ("2020-05-04", "2020-05-03", False),
        ("2020-05", "2020-05-03", False),
        ("2021-01-06", "2021-01", True),
        ("2021-02-06", "2021-01", False),
        (None, "2021-01", False),
    ],
)
def test_same_date_at_gold_precision(predicted: Any, gold: str, right: bool) -> None:
    assert same_date(predicted, gold) is right


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [(10, 10, True), (12, 10, True), (8, 10, True), (13, 10, False), (0, 0, True), (1, 0, False), (None, 5, False)],
)
def test_within_twenty_percent(predicted: Any, gold: int, right: bool) -> None:
    assert within(0.2)(predicted, gold) is right


def test_haversine_one_degree_of_latitude() -> None:
    assert haversine_km((10.0, 20.0), (11.0, 20.0)) == pytest.approx(111.2, abs=0.2)
    assert haversine_km((10.0, 20.0), (10.0, 20.0)) == 0.0


def test_no_event_is_wrong_except_for_a_zero_count() -> None:
    fields = by_name("acled")
    assert fields["event_type"].score(None, "Battles") == (NO_EVENT, False)
    assert fields["actor2"].score(None, None) == (NO_EVENT, False)
    assert fields["fatalities"].score(None, 0) == (0, True)
    assert fields["fatalities"].score(None, 2) == (0, False)
    assert fields["coordinates"].distance(None, (1.0, 2.0)) is None


def test_acled_fields_read_the_record() -> None:
    fields = by_name("acled")
    rec = record(event_type="Battles", actor1="Example Front", fatalities=None, latitude=10.0, longitude=20.1)
    assert fields["event_type"].score(rec, "Battles") == ("Battles", True)
    assert fields["actor1"].score(rec, "example front") == ("Example Front", True)
    # Deaths indicated without a number are not a count.
    assert fields["fatalities"].score(rec, 0) == (None, False)
    assert fields["coordinates"].distance(rec, (10.0, 20.0)) == pytest.approx(10.95, abs=0.05)
    assert isinstance(fields["coordinates"], DistanceField)


def test_alias_variants_only_with_a_dictionary() -> None:
    assert "actor1_alias" not in by_name("acled")
    fields = by_name("acled", FakeActors())
    alias = fields["actor1_alias"]
    assert alias.key == "actor1"
    rec = record(actor1="Daesh", actor2=None)
    assert fields["actor1"].score(rec, "ISIS")[1] is False
    assert alias.score(rec, "ISIS")[1] is True
    assert fields["actor2_alias"].score(rec, None)[1] is True
    assert alias.score(None, "ISIS")[1] is False


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"claimed_by": "ISIS", "actor1": "Unidentified Armed Group (Iraq)"},
            "Islamic State of Iraq and the Levant (ISIL)",
        ),
        ({"actor1": "Example Front"}, "Example Front"),
        ({"actor1": "Unidentified Armed Group (Nigeria)"}, "Unknown"),
        ({"actor1": "gunmen"}, "Unknown"),
        ({"actor1": "Fulani extremists"}, "Fulani extremists"),
        ({}, "Unknown"),
    ],
)
def test_perpetrator_in_gtd_naming(fields: dict[str, str], expected: str) -> None:
    assert perpetrator_of(FakeActors())(record(**fields)) == expected


def test_the_records_own_gtd_perpetrator_comes_first() -> None:
    rec = record(actor1="Unidentified Armed Group (Mali)", gtd_perpetrator="Muslim extremists")
    assert perpetrator_of(FakeActors())(rec) == "Muslim extremists"


def test_perpetrator_falls_back_to_the_raw_name_without_dictionary() -> None:
    assert perpetrator_of(None)(record(actor1="ISIS")) == "ISIS"


def test_gtd_fields_map_record_to_gtd_columns() -> None:
    fields = by_name("gtd")
    rec = record(
        claimed=None, fatalities=1, wounded=None, admin1="North Province", location="Rivertown",
        sub_event_type="Suicide bomb", event_date="2021-01-05",
    )  # fmt: skip
    assert fields["claimed"].score(rec, False) == (False, True)
    assert fields["suicide"].score(rec, True) == (True, True)
    assert fields["nkill"].score(rec, 1)[1] is True
    assert fields["nwound"].score(rec, 0) == (None, False)
    assert fields["provstate"].score(rec, "north province")[1] is True
    assert fields["city"].score(rec, "Rivertown")[1] is True
    assert fields["event_date"].score(rec, "2021-01")[1] is True
    assert isinstance(fields["coordinates"], DistanceField)
    assert all(isinstance(spec, MatchField) for name, spec in fields.items() if name != "coordinates")


@pytest.mark.parametrize(
    ("country", "gold"),
    [("Democratic Republic of Congo", "Democratic Republic of the Congo"), ("Palestine", "West Bank and Gaza Strip"),
     ("Nigeria", "Nigeria")],
)  # fmt: skip
def test_gtd_country_is_compared_in_gtd_spelling(country: str, gold: str) -> None:
    assert by_name("gtd")["country"].score(record(country=country), gold)[1] is True


def test_fakes_fields() -> None:
    fields = by_name("fakes")
    rec = record(
        actor1="Military Forces of Syria (2000-)",
        sub_event_type="Air/drone strike",
        admin1="Deir-ez-Zor",
        fatalities=11,
    )
    assert fields["actor_class"].score(rec, "syrian government or russian troops")[1] is True
    assert fields["cause_of_death"].score(rec, "shelling")[1] is True
    assert fields["governorate"].score(rec, "deir ezzor")[1] is True
    assert fields["deaths"].score(rec, 10)[1] is True
    assert fields["deaths"].score(None, 0) == (0, True)


def test_load_actor_dictionary_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "eventlens.resolve.actors", None)
    assert load_actor_dictionary() is None


def test_load_actor_dictionary_present(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("eventlens.resolve.actors")
    module.ActorDictionary = type("ActorDictionary", (), {"default": staticmethod(FakeActors)})  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "eventlens.resolve.actors", module)
    assert isinstance(load_actor_dictionary(), FakeActors)


def test_execution_read_from_evidence() -> None:
    fields = by_name("fakes")
    rec = record(
        sub_event_type="Attack",
        evidence=[Evidence(text="the group executed 12 captured men", start=0, end=34)],
    )
    assert fields["cause_of_death"].score(rec, "execution")[1] is True


class FakePlaces:
    def same_division(self, a: str, b: str) -> bool:
        return {a, b} == {"North Province", "Nord"}

    def same_place(self, a: str, b: str) -> bool:
        return {a, b} == {"Rivertown", "Riverton"}


def test_gtd_province_spelled_another_way_is_the_same_division() -> None:
    fields = {spec.name: spec for spec in fields_for("gtd", None, FakePlaces())}
    rec = record(admin1="North Province")
    assert fields["provstate"].score(rec, "Nord")[1] is False
    assert fields["provstate_alias"].score(rec, "Nord") == ("North Province", True)
    assert fields["provstate_alias"].score(rec, "South Province")[1] is False
    assert fields["city_alias"].score(record(location="Rivertown"), "Riverton")[1] is True
    assert not {"provstate_alias", "city_alias"} & {spec.name for spec in fields_for("gtd", None)}
