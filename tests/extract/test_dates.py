"""The date expression that says when a sentence's event happened (before resolution)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span as SpacySpan

from eventlens.extract.dates import find_event_date
from eventlens.types import DateExpression


def _sentence(nlp: Language, text: str) -> SpacySpan:
    return next(iter(nlp(text).sents))


def _date(nlp: Language, text: str, previous: int | None = None) -> DateExpression:
    return find_event_date(_sentence(nlp, text), previous)


def test_event_date_inside_the_reported_clause_beats_the_reporting_date(nlp: Language) -> None:
    found = _date(nlp, "On July 6, Amaq said that its fighters had attacked a checkpoint on July 5.")
    assert found.text == "July 5"


def test_reporting_date_after_the_verb_is_also_the_reports(nlp: Language) -> None:
    found = _date(nlp, "Amaq said on July 6 that its fighters had attacked a checkpoint on July 5.")
    assert found.text == "July 5"


def test_trailing_attribution_with_its_own_date(nlp: Language) -> None:
    found = _date(nlp, "Militants attacked a checkpoint on July 5, Amaq said on July 6.")
    assert found.text == "July 5"


def test_weekday_of_the_reporting_verb_is_not_the_event_date(nlp: Language) -> None:
    found = _date(nlp, "The army announced on Sunday that troops had retaken the village on Friday.")
    assert found.text is not None
    assert "Friday" in found.text


def test_the_only_date_is_used_even_on_the_reporting_verb(nlp: Language) -> None:
    assert _date(nlp, "On July 6, Amaq said its fighters attacked a checkpoint.").text == "July 6"


def test_span_points_at_the_expression(nlp: Language) -> None:
    text = "Militants attacked a checkpoint near Kirkuk on Tuesday."
    found = _date(nlp, text)
    assert found.span is not None
    assert found.text is not None
    assert text[found.span.start : found.span.end] == found.text
    assert "Tuesday" in found.text


def test_span_is_a_document_offset(nlp: Language) -> None:
    doc = nlp("Police gave no details.\n\nMilitants attacked a checkpoint on Tuesday.")
    second = list(doc.sents)[-1]
    found = find_event_date(second, None)
    assert found.span is not None
    assert doc.text[found.span.start : found.span.end] == found.text


@pytest.mark.parametrize(
    ("text", "offset_days"),
    [
        ("The same day, a second bomb exploded in the market.", 0),
        ("On the same day, gunmen attacked a bank.", 0),
        ("Two days after the attack, police arrested three suspects.", 2),
        ("A week later, gunmen struck again.", 7),
        ("The next day, protesters returned to the square.", 1),
        ("Three weeks before the attack, police arrested two men.", -21),
    ],
)
def test_dates_anchored_to_the_previous_event(nlp: Language, text: str, offset_days: int) -> None:
    found = _date(nlp, text, previous=4)
    assert found.anchor == 4
    assert found.offset_days == offset_days
    assert found.span is not None
    assert found.text is not None
    assert text[found.span.start : found.span.end] == found.text


def test_an_anchor_needs_an_earlier_event(nlp: Language) -> None:
    found = _date(nlp, "Two days after the attack, police arrested three suspects.")
    assert found.anchor is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last month, rebels seized the town.", "Last month"),
        ("Gunmen killed two farmers yesterday.", "yesterday"),
        ("Rebels attacked the base three days ago.", "three days ago"),
        ("In March 2017, the army took the city.", "March 2017"),
    ],
)
def test_dates_relative_to_the_report(nlp: Language, text: str, expected: str) -> None:
    found = _date(nlp, text)
    assert found.text == expected
    assert found.anchor is None


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested five men near the market.",
        "The town has been contested for years.",
        "Gunmen attacked the village over the past two days.",
    ],
)
def test_no_point_in_time_no_date(nlp: Language, text: str) -> None:
    assert _date(nlp, text) == DateExpression()


@pytest.mark.parametrize(
    "text",
    [
        "It was the third day of the sit-in outside the ministry.",
        "Lawyers marched for the second day in a row.",
    ],
)
def test_a_count_of_days_is_no_calendar_date(nlp: Language, text: str) -> None:
    assert _date(nlp, text).text is None


def test_a_date_entity_without_any_word_of_time_is_ignored(nlp: Language) -> None:
    # The recogniser sometimes tags a place as DATE; such an entity must not hide the real date.
    doc = nlp("As reported on 2 May 2020, soldiers raided a camp in the region of Dahuk.")
    place = next(t for t in doc if t.text == "Dahuk")
    doc.ents = [SpacySpan(doc, place.i, place.i + 1, label="DATE")]
    assert find_event_date(next(iter(doc.sents)), None).text == "2 May 2020"


def test_a_bare_figure_in_brackets_is_no_date(nlp: Language) -> None:
    # A page's counter of comments or stories, tagged DATE, would date the attack to 1940.
    found = _date(nlp, "Comments (1940) Gunmen shot dead two guards at a bank on Monday.")
    assert found.text is not None and "Monday" in found.text


@pytest.mark.parametrize(
    "text",
    [
        "A policeman wounded in the raid succumbed to his injuries on March 3.",
        "The two engineers were released on Sunday after talks with elders.",
    ],
)
def test_the_date_of_what_came_of_an_event_is_no_new_event(nlp: Language, text: str) -> None:
    found = _date(nlp, text)
    assert found.text is not None and found.of_report


def test_a_date_of_the_event_beats_the_date_of_its_aftermath(nlp: Language) -> None:
    found = _date(nlp, "A guard shot on May 1 died of his wounds on May 4.")
    assert found.text == "May 1"
