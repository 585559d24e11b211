"""Event dates resolved against the publication date; the year is never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlens.resolve.dates import resolve_expression, resolve_mention_dates
from eventlens.types import DateExpression, EventMention, Span

FRIDAY = dt.date(2018, 7, 6)
EARLY_JANUARY = dt.date(2019, 1, 3)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Tuesday", "2018-07-03"),
        ("Tuesday night", "2018-07-03"),
        ("on Saturday", "2018-06-30"),
        ("Friday", "2018-07-06"),  # the day of publication itself
        ("last Friday", "2018-06-29"),
    ],
)
def test_weekday_is_the_latest_such_day_up_to_publication(text: str, expected: str) -> None:
    found = resolve_expression(text, FRIDAY)
    assert (found.value, found.precision) == (expected, "day")
    assert found.day == dt.date.fromisoformat(expected)
    assert found.provenance.startswith("rule:weekday")


def test_weekday_across_a_year_boundary() -> None:
    assert resolve_expression("on Tuesday", EARLY_JANUARY).value == "2019-01-01"
    assert resolve_expression("last Thursday", EARLY_JANUARY).value == "2018-12-27"


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("last month", "2018-06", "month"),
        ("in May", "2018-05", "month"),
        ("March 2017", "2017-03", "month"),
        ("2016", "2016", "year"),
        ("last year", "2017", "year"),
        ("earlier this month", "2018-07", "month"),
        ("on July 5", "2018-07-05", "day"),
        ("5 July 2018", "2018-07-05", "day"),
        ("yesterday", "2018-07-05", "day"),
        ("three days ago", "2018-07-03", "day"),
    ],
)
def test_expressions_and_their_precision(text: str, value: str, precision: str) -> None:
    found = resolve_expression(text, FRIDAY)
    assert (found.value, found.precision) == (value, precision)


def test_last_month_in_january_is_last_years_december() -> None:
    found = resolve_expression("last month", EARLY_JANUARY)
    assert (found.value, found.precision) == ("2018-12", "month")


def test_a_day_after_publication_without_a_year_is_last_years() -> None:
    found = resolve_expression("December 30", EARLY_JANUARY)
    assert found.value == "2018-12-30"


def test_resolved_dates_are_never_after_publication() -> None:
    for text in ["on Sunday", "December 30", "in December", "last week", "two weeks ago", "on 3 January"]:
        found = resolve_expression(text, EARLY_JANUARY)
        assert found.day is not None and found.day <= EARLY_JANUARY, text


def test_week_precision() -> None:
    found = resolve_expression("last week", FRIDAY)
    assert found.precision == "week"
    assert found.day is not None and FRIDAY - dt.timedelta(days=7) <= found.day <= FRIDAY


@pytest.mark.parametrize("text", ["on July 5", "on Tuesday", "last month", "yesterday"])
def test_no_publication_date_and_no_year_is_unknown_with_the_reason(text: str) -> None:
    found = resolve_expression(text, None)
    assert (found.value, found.precision, found.day) == (None, None, None)
    assert found.provenance.startswith("unresolved:")
    assert "no publication date" in found.provenance
    assert repr(text) in found.provenance


def test_a_full_date_needs_no_publication_date() -> None:
    found = resolve_expression("5 July 2018", None)
    assert (found.value, found.precision) == ("2018-07-05", "day")


def test_unreadable_text_is_unknown_with_the_reason() -> None:
    found = resolve_expression("the feast of the lanterns", FRIDAY)
    assert found.value is None
    assert found.provenance.startswith("unresolved:")


def _mention(index: int, text: str | None = None, anchor: int | None = None, offset: int = 0) -> EventMention:
    return EventMention(
        doc_id="d",
        index=index,
        sentence=Span(0, 1),
        date=DateExpression(text=text, anchor=anchor, offset_days=offset),
    )


def test_mentions_are_resolved_in_place_with_provenance() -> None:
    mentions = [_mention(0, "on Tuesday"), _mention(1, "last month")]
    resolve_mention_dates(mentions, FRIDAY)
    assert [(m.event_date, m.date_precision) for m in mentions] == [("2018-07-03", "day"), ("2018-06", "month")]
    assert all(m.provenance["event_date"] for m in mentions)


def test_a_mention_without_a_date_takes_the_publication_week() -> None:
    mention = _mention(0)
    resolve_mention_dates([mention], FRIDAY)
    assert (mention.event_date, mention.date_precision) == ("2018-07-06", "week")
    assert mention.provenance["event_date"] == "rule:publication-date"


def test_a_mention_without_a_date_keeps_the_day_the_report_last_named() -> None:
    mentions = [_mention(0, "on Tuesday"), _mention(1)]
    resolve_mention_dates(mentions, FRIDAY)
    assert (mentions[1].event_date, mentions[1].date_precision) == ("2018-07-03", "day")
    assert mentions[1].provenance["event_date"] == "rule:date-of-previous-event"


def test_no_date_anywhere_is_unknown() -> None:
    mention = _mention(0)
    resolve_mention_dates([mention], None)
    assert (mention.event_date, mention.date_precision) == (None, None)
    assert mention.provenance["event_date"].startswith("unresolved:")


def test_anchored_date_is_shifted_from_its_anchor() -> None:
    mentions = [_mention(0, "on July 3"), _mention(1, "two days after the attack", anchor=0, offset=2)]
    resolve_mention_dates(mentions, FRIDAY)
    assert mentions[1].event_date == "2018-07-05"
    assert mentions[1].date_precision == "day"
    assert mentions[1].provenance["event_date"] == "rule:anchored-to-earlier-event"


def test_the_same_day_as_the_anchor() -> None:
    mentions = [_mention(0, "on Tuesday"), _mention(1, "the same day", anchor=0, offset=0)]
    resolve_mention_dates(mentions, FRIDAY)
    assert mentions[1].event_date == mentions[0].event_date == "2018-07-03"


def test_anchored_dates_inherit_month_precision() -> None:
    mentions = [_mention(0, "last month"), _mention(1, "two days after the attack", anchor=0, offset=2)]
    resolve_mention_dates(mentions, FRIDAY)
    assert (mentions[1].event_date, mentions[1].date_precision) == ("2018-06", "month")


def test_an_anchor_without_a_date_leaves_the_mention_unknown() -> None:
    mentions = [_mention(0, "the feast of the lanterns"), _mention(1, "a day later", anchor=0, offset=1)]
    resolve_mention_dates(mentions, FRIDAY)
    assert mentions[1].event_date is None
    assert mentions[1].provenance["event_date"].startswith("unresolved:")


def test_an_anchored_date_is_never_after_publication() -> None:
    mentions = [_mention(0), _mention(1, "two days after the attack", anchor=0, offset=2)]
    resolve_mention_dates(mentions, FRIDAY)
    assert mentions[1].event_date is not None
    assert dt.date.fromisoformat(mentions[1].event_date) <= FRIDAY


def test_an_undated_event_after_background_takes_the_publication_date_not_the_background_year() -> None:
    published = dt.date(2023, 2, 16)
    background = EventMention(doc_id="d", index=0, sentence=Span(0, 1), date=DateExpression(text="in 2014"))
    undated = EventMention(doc_id="d", index=1, sentence=Span(2, 3))
    resolve_mention_dates([background, undated], published)
    assert background.event_date == "2014"
    assert (undated.event_date, undated.date_precision) == ("2023-02-16", "week")


@pytest.mark.parametrize("published", [dt.date(2024, 2, 28), dt.date(2020, 5, 1)])
def test_tomorrow_is_no_event_date_and_never_last_year(published: dt.date) -> None:
    found = resolve_expression("tomorrow", published)
    assert found.value is None and found.after_publication


def test_a_leap_day_after_publication_resolves_to_an_earlier_one_without_error() -> None:
    found = resolve_expression("February 29", dt.date(2024, 2, 10))
    assert found.day is not None and found.day < dt.date(2024, 2, 10) and (found.day.month, found.day.day) == (2, 29)


def test_a_written_date_wins_over_its_weekday() -> None:
    assert resolve_expression("Tuesday 5th May", dt.date(2020, 5, 20)).value == "2020-05-05"


def test_a_date_named_in_an_earlier_sentence_says_so() -> None:
    mention = EventMention(
        doc_id="d", index=0, sentence=Span(40, 80), date=DateExpression(text="on 5 May 2020", span=Span(0, 13))
    )
    resolve_mention_dates([mention], None)
    assert mention.event_date == "2020-05-05"
    assert mention.provenance["event_date"].startswith("rule:date-of-earlier-sentence")


def test_an_unplaceable_date_keeps_the_day_the_report_last_named() -> None:
    # "the second week of the strike" has no year and the report no publication date: the earlier day holds.
    mentions = [_mention(0, "on 5 May 2020"), _mention(1, "mid-May")]
    resolve_mention_dates(mentions, None)
    assert mentions[1].event_date == "2020-05-05"
    assert mentions[1].provenance["event_date"] == "rule:date-of-previous-event"
