"""Event dates, resolved against the publication date.

A date expression without a year ("on July 5", "on Tuesday") needs the publication date to be placed;
with none, the year is never guessed: the date stays unknown and the provenance says why."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser

from eventlens.types import EventMention
from eventlens.types.periods import is_background

_LEADING_WORDS = re.compile(r"^(?:(?:on|in|during|since|from|by|at|around|about|the)\s+)+", re.I)
_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_THIS_PERIOD = re.compile(r"\b(?:earlier|later)?\s*(?:this|in the)\s+(?P<unit>week|month|year)\b", re.I)
_MONTH_NAME = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.I,
)
_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class ResolvedDate:
    value: str | None
    precision: str | None
    provenance: str
    day: dt.date | None = None  # the calendar day behind `value`, for arithmetic on anchored dates
    # "Tomorrow", "next week": a date after publication names no event; the sentence counts as undated.
    after_publication: bool = False


def _format(day: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


@lru_cache(maxsize=256)
def _parser(base: dt.date) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": dt.datetime.combine(base, dt.time())}
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=20_000)
def resolve_expression(text: str, published: dt.date | None) -> ResolvedDate:
    """One date expression as a date and a precision."""
    cleaned = _LEADING_WORDS.sub("", text.strip())
    lower = cleaned.lower()
    if published is None and not _HAS_YEAR.search(cleaned):
        return ResolvedDate(None, None, f"unresolved: {text!r} has no year and the document no publication date")
    base = published or dt.date.today()
    weekday = next((i for i, name in enumerate(_WEEKDAYS) if re.search(rf"\b{name}\b", lower)), None)
    if _MONTH_NAME.search(cleaned) or re.search(r"\d", cleaned):
        # "Tuesday 5th May": the written date decides, not the weekday.
        weekday = None
    if weekday is not None and published is not None:
        # "On Tuesday" in a report means the latest Tuesday up to the day it was published.
        back = (published.weekday() - weekday) % 7
        if lower.startswith("last "):
            back = back or 7
        day = published - dt.timedelta(days=back)
        return ResolvedDate(day.isoformat(), "day", "rule:weekday-before-publication", day)
    if (match := _THIS_PERIOD.search(lower)) and published is not None:
        unit = match.group("unit").lower()
        return ResolvedDate(_format(published, unit), unit, "rule:this-period", published)
    data = _parser(base).get_date_data(cleaned)
    if data.date_obj is None:
        return ResolvedDate(None, None, f"unresolved: dateparser could not read {text!r}")
    day = data.date_obj.date()
    precision = data.period if data.period in _PRECISION_ORDER else "day"
    if published is not None and day > published:
        if _HAS_YEAR.search(cleaned) or not _MONTH_NAME.search(cleaned):
            # "Tomorrow", "next week": not an event that has happened; nothing is dated after publication.
            return ResolvedDate(
                None, None, f"unresolved: {text!r} lies after the publication date", after_publication=True
            )
        # A month and day after publication is last year's ("on December 30" in a January report).
        day = day.replace(year=day.year - 1, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day)
    return ResolvedDate(_format(day, precision), precision, "dateparser:relative-to-publication", day)


def _shift(anchor: ResolvedDate, days: int) -> ResolvedDate:
    if anchor.day is None or anchor.precision is None:
        return ResolvedDate(None, None, "unresolved: the event it is dated against has no date")
    if anchor.precision in {"month", "year"}:
        # "Two days after the attack" last month is still last month: precision is inherited, not invented.
        return ResolvedDate(anchor.value, anchor.precision, "rule:anchored-to-earlier-event", anchor.day)
    try:
        day = anchor.day + dt.timedelta(days=days)
    except OverflowError:
        return ResolvedDate(None, None, "unresolved: the offset from the earlier event is out of range")
    return ResolvedDate(_format(day, anchor.precision), anchor.precision, "rule:anchored-to-earlier-event", day)


def _outside_sentence(mention: EventMention) -> bool:
    """The date was named in an earlier sentence that reported no event of its own ("On 5 May, ... said")."""
    span = mention.date.span
    return span is not None and not (mention.sentence.start <= span.start < mention.sentence.end)


def _told_elsewhere(found: ResolvedDate) -> ResolvedDate:
    return ResolvedDate(found.value, found.precision, f"rule:date-of-earlier-sentence ({found.provenance})", found.day)


def resolve_mention_dates(mentions: Sequence[EventMention], published: dt.date | None) -> None:
    """Fills `event_date` and `date_precision` of each mention, in text order so anchors resolve first."""
    resolved: dict[int, ResolvedDate] = {}
    previous: ResolvedDate | None = None
    for mention in mentions:
        expression = mention.date
        if expression.anchor is not None and expression.anchor in resolved:
            result = _shift(resolved[expression.anchor], expression.offset_days)
            if published is not None and result.day is not None and result.day > published:
                # Nothing a report tells happened after it was published: the anchor was itself a guess.
                result = ResolvedDate(
                    published.isoformat(), "week", "rule:anchored-date-capped-at-publication", published
                )
        elif expression.text and (found := resolve_expression(expression.text, published)).value is not None:
            result = _told_elsewhere(found) if _outside_sentence(mention) else found
        elif previous is not None and previous.value is not None:
            # No date in the sentence: the report goes on telling the day it last named.
            result = ResolvedDate(previous.value, previous.precision, "rule:date-of-previous-event", previous.day)
        elif expression.text and not (found := resolve_expression(expression.text, published)).after_publication:
            # An expression nothing can place ("the feast of the lanterns") and no earlier day to go on: unknown,
            # with the reason it did not resolve.
            result = found
        elif published is not None:
            # No date in the report before it: the report's own date, at the precision ACLED gives "as reported".
            result = ResolvedDate(published.isoformat(), "week", "rule:publication-date", published)
        else:
            result = ResolvedDate(None, None, "unresolved: no date in the text and no publication date")
        resolved[mention.index] = result
        if not is_background(result.value, published):
            # Background ("in 2014 ...") lends its date to nothing that follows.
            previous = result
        mention.event_date = result.value
        mention.date_precision = result.precision
        mention.provenance["event_date"] = result.provenance
