"""What makes a document the same document, and a record's date window."""

from __future__ import annotations

import datetime as dt

from eventlens.events.incident_match import date_window
from eventlens.store.keys import document_key, normalise_text, normalise_url
from eventlens.types import Document
from tests.store.factory import record


def test_urls_differing_in_tracking_fragment_case_or_final_slash_are_one() -> None:
    base = normalise_url("https://news.example/world/raid-kills-3")
    assert normalise_url("HTTPS://News.Example/world/raid-kills-3/") == base
    assert normalise_url("https://news.example/world/raid-kills-3?utm_source=rss&fbclid=x#top") == base


def test_urls_differing_in_a_real_parameter_are_two() -> None:
    assert normalise_url("https://news.example/story?id=1") != normalise_url("https://news.example/story?id=2")
    assert normalise_url("https://news.example/s?b=2&a=1") == normalise_url("https://news.example/s?a=1&b=2")


def test_text_is_compared_whatever_its_spacing_case_and_unicode_form() -> None:
    assert normalise_text("Shelling  hit\nthe CAFÉ ") == normalise_text("shelling hit the cafe\u0301")


def test_a_document_is_known_by_its_url_else_by_its_text() -> None:
    with_url = Document(doc_id="a", text="One text.", url="https://news.example/a")
    same_url = Document(doc_id="b", text="Another text.", url="https://news.example/a/")
    assert document_key(with_url) == document_key(same_url) and document_key(with_url).startswith("url:")
    no_url = Document(doc_id="c", text="One  text.")
    assert document_key(no_url) == document_key(Document(doc_id="d", text="one text.")) != document_key(with_url)


def test_a_dates_window_follows_its_precision() -> None:
    day = dt.date(2024, 3, 5)
    assert date_window(record("a", "e")) == (day, day)
    # A week-precision date is the week up to it, as the same-incident test reads it.
    assert date_window(record("a", "e", date_precision="week")) == (dt.date(2024, 2, 28), day)
    month = record("a", "e", event_date="2024-02", date_precision="month")
    assert date_window(month) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    year = record("a", "e", event_date="2023", date_precision="year")
    assert date_window(year) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_an_undated_record_has_no_window() -> None:
    assert date_window(record("a", "e", event_date=None, date_precision=None)) is None
