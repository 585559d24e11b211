"""Same incident or not: two reports compared on type, date, place, sides and the details they tell."""

from __future__ import annotations

import itertools

import pytest

from eventlens.events.incident_match import best_match, same_incident
from eventlens.types import EventRecord
from tests.events.incident_records import FIVE_KM_EAST, FORTY_KM_EAST, TWENTY_KM_EAST, record


def both_ways(a: EventRecord, b: EventRecord) -> bool:
    """The verdict, checked to be the same whichever record comes first."""
    verdict = same_incident(a, b)
    assert same_incident(b, a) is verdict
    return verdict


def test_two_reports_of_one_bombing_are_one_incident() -> None:
    assert both_ways(record("a"), record("b", fatalities=14, sources=["Other"]))


def test_two_records_of_one_document_never_merge() -> None:
    first, second = record("a"), record("a", event_id="a-e2")
    assert not both_ways(first, second)


# Types: political violence is one family, demonstrations another; nothing crosses between families.
@pytest.mark.parametrize(
    ("other_type", "other_sub", "same"),
    [
        ("Violence against civilians", "Attack", True),
        ("Battles", "Armed clash", True),
        ("Protests", "Peaceful protest", False),
        ("Riots", "Violent demonstration", False),
        ("Strategic developments", "Looting/property destruction", False),
    ],
)
def test_type_compatibility(other_type: str, other_sub: str, same: bool) -> None:
    bombing = record("a")
    # Told without its bomb: "an attack at the market killed 12"; the same toll carries the cross-type match.
    other = record("b", event_type=other_type, sub_event_type=other_sub, weapon_type=None)
    assert both_ways(bombing, other) is same


def test_a_protest_told_as_a_riot_by_another_outlet_is_one_incident() -> None:
    protest = record("a", event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Syria)")
    riot = record("b", event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (Syria)")
    assert both_ways(protest, riot)


def test_a_different_kind_of_event_with_nothing_else_in_common_stays_apart() -> None:
    bombing = record("a")
    shooting = record(
        "b", event_type="Battles", sub_event_type="Armed clash", fatalities=0, weapon_type=None, target_type=None
    )
    assert not both_ways(bombing, shooting)


# Dates: a day allows a day either way (midnight, time zones); coarser dates overlap as periods.
@pytest.mark.parametrize(
    ("date", "precision", "same"),
    [
        ("2022-07-05", "day", True),
        ("2022-07-06", "day", True),
        ("2022-07-04", "day", True),
        ("2022-07-07", "day", False),
        ("2022-07-03", "day", False),
        ("2022-07-10", "week", True),  # the week up to 10 July holds the 5th
        ("2022-07-13", "week", False),  # 7-13 July: too late even with a day's slack
        ("2022-07", "month", True),
        ("2022-06", "month", False),
        ("2022", "year", True),
        ("2021", "year", False),
    ],
)
def test_dates_overlap_at_their_precision(date: str, precision: str, same: bool) -> None:
    assert both_ways(record("a"), record("b", event_date=date, date_precision=precision)) is same


def test_two_days_a_day_apart_need_a_particular_tie() -> None:
    # A town's protests on two days are two events; one bombing dated across midnight shares its toll.
    protest = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Syria)"}
    monday, tuesday = (
        record("a", fatalities=0, **protest),
        record("b", event_date="2022-07-06", fatalities=0, **protest),
    )
    assert not both_ways(monday, tuesday)
    assert both_ways(record("a"), record("b", event_date="2022-07-06", fatalities=14))


def test_a_toll_of_one_agreeing_ties_less_than_fourteen() -> None:
    a = record("a", fatalities=1, event_date="2022-07-06")
    assert not both_ways(a, record("b", fatalities=1))
    assert both_ways(record("a", fatalities=14, event_date="2022-07-06"), record("b", fatalities=14))


def test_two_weeks_overlapping_are_compatible() -> None:
    a = record("a", event_date="2022-07-06", date_precision="week")
    b = record("b", event_date="2022-07-10", date_precision="week")
    assert both_ways(a, b)


def test_an_undated_report_matches_nothing() -> None:
    assert not both_ways(record("a"), record("b", event_date=None, date_precision=None))


# Places: one name is one place; two names are one place only within a town's reach, by the coarser precision.
@pytest.mark.parametrize(
    ("point", "precision", "same"),
    [
        (FIVE_KM_EAST, 1, True),  # a city and its district
        (TWENTY_KM_EAST, 1, False),
        (TWENTY_KM_EAST, 2, True),  # a village and the town it is near
        (FORTY_KM_EAST, 2, False),
        (FIVE_KM_EAST, 3, False),  # a village placed only nominally, under another name: another village
    ],
)
def test_distance_allowed_depends_on_geo_precision(point: tuple[float, float], precision: int, same: bool) -> None:
    other = record("b", location="Elsewhere", latitude=point[0], longitude=point[1], geo_precision=precision)
    assert both_ways(record("a"), other) is same


def test_two_place_names_need_a_particular_tie_like_the_toll() -> None:
    district = {"location": "Al Joura", "latitude": FIVE_KM_EAST[0], "longitude": FIVE_KM_EAST[1]}
    assert both_ways(record("a"), record("b", **district))
    assert not both_ways(record("a", fatalities=0), record("b", fatalities=0, **district))


def test_a_region_told_as_its_province_holds_a_town_in_it() -> None:
    region = record("b", location="Deir-ez-Zor", latitude=35.33, longitude=40.14, geo_precision=3)
    town = record("a", location="Al Mayadin", latitude=35.02, longitude=40.45)
    assert both_ways(town, region)
    assert not both_ways(
        town, record("c", location=None, admin1="Raqqa", latitude=35.9, longitude=39.0, geo_precision=3)
    )


def test_one_place_name_in_two_provinces_is_two_places() -> None:
    a = record("a", location="Nameless Hills", admin1="Tartar", latitude=None, longitude=None)
    b = record("b", location="Nameless Hills", admin1="Gadabay", latitude=None, longitude=None)
    assert not both_ways(a, b)


def test_one_province_spelled_two_ways_is_one_province() -> None:
    assert both_ways(record("a", admin1="Deir ez-Zor"), record("b", admin1="deir-ez-zor"))


def test_a_report_placed_only_in_its_country_matches_nothing() -> None:
    country_only = record("b", location=None, admin1=None, latitude=None, longitude=None, geo_precision=None)
    assert not both_ways(record("a"), country_only)


def test_another_country_is_another_incident() -> None:
    assert not both_ways(record("a"), record("b", country="Iraq"))


def test_spellings_of_one_place_are_one_place() -> None:
    a = record("a", location="Deir ez-Zor", latitude=None, longitude=None)
    b = record("b", location="Deir Ez Zor", latitude=None, longitude=None, admin1=None)
    assert both_ways(a, b)


def test_without_points_two_different_towns_are_two_places() -> None:
    a = record("a", location="Hajin", latitude=None, longitude=None)
    b = record("b", location="Al Susah", latitude=None, longitude=None)
    assert not both_ways(a, b)


def test_without_points_a_province_level_report_holds_its_towns() -> None:
    a = record("a", location="Hajin", latitude=None, longitude=None)
    b = record("b", location=None, latitude=None, longitude=None, geo_precision=3)
    assert both_ways(a, b)


def test_without_points_two_provinces_are_two_places() -> None:
    a = record("a", location=None, latitude=None, longitude=None, geo_precision=3)
    b = record("b", location=None, latitude=None, longitude=None, geo_precision=3, admin1="Raqqa")
    assert not both_ways(a, b)


# Sides: unnamed is compatible with any name; a different name alone does not split one toll, type and place.
def test_an_unnamed_attacker_is_compatible_with_a_named_one() -> None:
    assert both_ways(record("a"), record("b", actor1="Islamic State (Syria)", fatalities=0))


def test_outlets_blaming_different_groups_for_one_toll_are_one_incident() -> None:
    islamic_state = record("a", actor1="Islamic State (Syria)")
    militia = record("b", actor1="Shaitat Tribal Militia (Syria)", fatalities=13)
    assert both_ways(islamic_state, militia)


def test_different_groups_and_nothing_else_in_common_are_two_incidents() -> None:
    islamic_state = record("a", actor1="Islamic State (Syria)", fatalities=0, target_type=None, sub_event_type=None)
    militia = record("b", actor1="Shaitat Tribal Militia (Syria)", fatalities=0, target_type=None, sub_event_type=None)
    assert not both_ways(islamic_state, militia)


def test_a_battles_sides_in_either_order_are_the_same_sides() -> None:
    a = record(
        "a",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Islamic State (Syria)",
        actor2="Military Forces of Syria (2000-)",
        fatalities=5,
    )
    b = record(
        "b",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Syria (2000-)",
        actor2="Islamic State (Syria)",
        fatalities=0,
    )
    assert both_ways(a, b)


# Two attacks in one city on one day: what was hit, where and how many tell them apart.
def test_two_attacks_in_one_city_on_one_day_stay_two() -> None:
    market = record("a")
    checkpoint = record(
        "b",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor2="Military Forces of Syria (2000-)",
        fatalities=2,
        weapon_type="Firearms",
        target_type="Military",
    )
    assert not both_ways(market, checkpoint)


def test_two_bombs_at_two_sites_with_different_tolls_stay_two() -> None:
    market = record("a", sublocation="vegetable market", fatalities=12)
    bus = record("b", sublocation="bus station", fatalities=3, target_type="Transportation")
    assert not both_ways(market, bus)


def test_a_massacres_first_count_does_not_contradict_its_last() -> None:
    assert both_ways(record("a", fatalities=22), record("b", fatalities=126))
    assert not both_ways(record("a", fatalities=3), record("b", fatalities=30))


@pytest.mark.parametrize(
    ("field", "one", "other", "same"),
    [
        ("sub_event_type", "Suicide bomb", "Remote explosive/landmine/IED", True),  # did the car bomb have a driver?
        ("sub_event_type", "Remote explosive/landmine/IED", "Air/drone strike", False),
        ("target_type", "Transportation", "Private Citizens & Property", True),  # the bus or its passengers
        ("target_type", "Military", "Private Citizens & Property", False),
    ],
)
def test_only_a_difference_of_kind_counts_against(field: str, one: str, other: str, same: bool) -> None:
    # Nothing particular ties these two reports (no toll): a difference of kind tells them apart.
    a, b = record("a", fatalities=0, **{field: one}), record("b", fatalities=0, **{field: other})
    assert both_ways(a, b) is same


def test_the_perpetrators_claim_neither_confirms_nor_contradicts_the_toll() -> None:
    claim = record("a", actor1="Islamic State (Syria)", fatalities=40, target_type="Military", certainty="claimed")
    assert both_ways(claim, record("b", fatalities=12))


# best_match: the candidate incident most of whose members match.
def test_best_match_picks_the_incident_with_most_matching_members() -> None:
    other_city = [record("x", location="Raqqa", admin1="Raqqa", latitude=35.95, longitude=39.01)]
    small = [record("p")]
    large = [record("q"), record("r", fatalities=13)]
    assert best_match(record("new"), [other_city, small, large]) == 2


def test_best_match_is_none_when_nothing_matches() -> None:
    other_city = [record("x", location="Raqqa", admin1="Raqqa", latitude=35.95, longitude=39.01)]
    assert best_match(record("new"), [other_city]) is None
    assert best_match(record("new"), []) is None


def test_a_record_must_match_most_of_an_incident() -> None:
    # The checkpoint shooting and the market bombing were wrongly held together: a loose report tying itself to
    # one of them must not join that pair.
    pair = [record("p", fatalities=2), record("q", fatalities=30)]
    assert best_match(record("new", fatalities=2), [pair]) is None
    assert best_match(record("new", fatalities=2), [[*pair, record("r", fatalities=2)]]) == 0


def test_a_region_level_report_fitting_two_incidents_joins_neither() -> None:
    market = [record("p", location="Al Mayadin", latitude=35.02, longitude=40.45)]
    bridge = [record("q", location="Hajin", latitude=34.69, longitude=40.83)]
    region = record("new", location=None, latitude=None, longitude=None, geo_precision=3)
    assert best_match(region, [market]) == 0
    assert best_match(region, [market, bridge]) is None


def test_best_match_never_joins_a_record_to_its_own_document() -> None:
    assert best_match(record("a", event_id="a-e2"), [[record("a")]]) is None


def test_the_verdict_is_the_same_whichever_report_comes_first() -> None:
    variants = [
        record("a"),
        record("b", fatalities=14, actor1="Islamic State (Syria)"),
        record("c", event_type="Battles", sub_event_type="Armed clash", fatalities=2, target_type="Military"),
        record("d", event_date="2022-07-06", location="Al Joura", latitude=35.34, longitude=40.19),
        record("e", event_date="2022-07", date_precision="month", location=None, geo_precision=3),
        record("f", certainty="claimed", fatalities=40, actor1="Islamic State (Syria)"),
        record("g", sublocation="bus station", fatalities=3),
        record("h", country=None, admin1=None, latitude=None, longitude=None, location="Deir ez-Zor"),
    ]
    for a, b in itertools.combinations(variants, 2):
        assert same_incident(a, b) is same_incident(b, a), (a.doc_id, b.doc_id)
