"""Tolls across reports: ACLED's most conservative estimate, where 0 and the perpetrator's count never undercut a
figure."""

from __future__ import annotations

from eventlens.events.tolls import conservative_toll
from tests.events.incident_records import member


def test_the_lowest_figure_of_the_reports_is_the_toll() -> None:
    members = [member("a", fatalities=16), member("b", fatalities=12), member("c", fatalities=14)]
    toll, rule = conservative_toll(members, "fatalities")
    assert toll == 12
    assert rule == "incident:acled-most-conservative(lowest of independent reports: 12, 14, 16)"


def test_a_report_that_tells_no_deaths_does_not_undercut_a_figure() -> None:
    assert conservative_toll([member("a", fatalities=0), member("b", fatalities=12)], "fatalities")[0] == 12


def test_deaths_without_a_figure_stand_only_when_no_report_gives_one() -> None:
    assert conservative_toll([member("a", fatalities=None), member("b", fatalities=0)], "fatalities")[0] is None
    assert conservative_toll([member("a", fatalities=None), member("b", fatalities=9)], "fatalities")[0] == 9


def test_no_report_telling_deaths_is_zero() -> None:
    assert conservative_toll([member("a", wounded=0), member("b", wounded=0)], "wounded")[0] == 0


def test_the_perpetrators_count_gives_way_to_an_independent_one() -> None:
    claim = member("a", fatalities=4, certainty="claimed")
    report = member("b", fatalities=12)
    assert conservative_toll([claim, report], "fatalities")[0] == 12


def test_the_perpetrators_count_stands_when_nobody_else_counts() -> None:
    claim = member("a", fatalities=40, certainty="claimed")
    toll, rule = conservative_toll([claim, member("b", fatalities=0)], "fatalities")
    assert toll == 40
    assert "perpetrator's claims" in rule
