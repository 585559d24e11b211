"""Votes across reports: one outlet one vote; a vaguer value backs the more specific one it holds."""

from __future__ import annotations

import datetime as dt

from eventlens.events.field_votes import (
    date_specificity,
    date_supports,
    name_supports,
    named_first,
    ordered,
    provenance_of,
    vote,
)
from tests.events.incident_records import member


def test_the_value_most_outlets_give_wins_and_says_how_many() -> None:
    members = [member("a", location="Hajin"), member("b", location="Hajin"), member("c")]
    chosen = vote(members, "location")
    assert chosen is not None and chosen.value == "Hajin"
    assert provenance_of(chosen) == "incident:vote(2 of 3 outlets)"


def test_nobody_giving_a_value_is_no_vote() -> None:
    assert vote([member("a", sublocation=None)], "sublocation") is None


def test_an_unnamed_side_backs_the_named_one() -> None:
    members = [member("a"), member("b"), member("c", actor1="Islamic State (Syria)")]
    chosen = vote(members, "actor1", supports=name_supports, specificity=named_first)
    assert chosen is not None and chosen.value == "Islamic State (Syria)"
    assert len(chosen.outlets) == 3


def test_a_month_or_a_publication_week_backs_the_day_it_holds() -> None:
    assert date_supports("2022-07/month", "2022-07-05/day")
    assert date_supports("2022-07-06/week", "2022-07-05/day")
    assert not date_supports("2022-07-05/day", "2022-07/month")
    assert not date_supports("2022-07-05/day", "2022-07-05/day")
    assert date_specificity("2022-07-05/day") > date_specificity("2022-07-06/week") > date_specificity("2022-07/month")


def test_reports_are_taken_in_publication_order_whatever_order_they_came_in() -> None:
    late = member("a", published=dt.date(2022, 7, 7))
    early = member("b", published=dt.date(2022, 7, 5))
    undated = member("c")
    undated = (undated[0].model_copy(update={"published": None}), undated[1])
    assert [ref.doc_id for ref, _ in ordered([undated, late, early])] == ["b", "a", "c"]
