"""Counts as news writes them, read as ACLED coders read them."""

from __future__ import annotations

import re

import pytest

from eventlens.extract.numbers import COUNT_RE, parse_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12),
        ("1,200", 1200),
        ("four", 4),
        ("Four", 4),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("three hundred", 300),
        ("a dozen", 12),
        ("a couple of", 2),
    ],
)
def test_exact_counts(text: str, expected: int) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dozens", 12),
        ("dozens of", 12),
        ("several", 10),
        ("many", 10),
        ("a number of", 10),
        ("hundreds", 100),
        ("scores of", 20),
        ("a few", 3),
        ("thousands", 1000),
    ],
)
def test_vague_quantities_take_acled_conservative_figures(text: str, expected: int) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text", ["at least 12", "more than 12", "some 12", "about 12", "nearly 12", "up to 12", "an estimated 12"]
)
def test_qualifiers_keep_the_stated_figure(text: str) -> None:
    assert parse_count(text) == 12


def test_qualifier_before_a_vague_word() -> None:
    assert parse_count("at least dozens") == 12


@pytest.mark.parametrize("text", ["soldiers", "", "the", "dozen soldiers"])
def test_non_counts_are_none(text: str) -> None:
    assert parse_count(text) is None


@pytest.mark.xfail(reason="BUG: numbers.parse_count adds 'two' + 'dozen' (14) instead of multiplying (24)", strict=True)
@pytest.mark.parametrize("text", ["two dozen", "more than two dozen"])
def test_multiples_of_a_dozen(text: str) -> None:
    assert parse_count(text) == 24


def test_count_pattern_finds_the_qualified_count_in_running_text() -> None:
    match = COUNT_RE.search("Officials said at least 14 people died.")
    assert match is not None
    assert match.group(0) == "at least 14"
    assert parse_count(match.group(0)) == 14


def test_count_pattern_reads_hyphenated_word_numbers_whole() -> None:
    matches = [m.group(0) for m in COUNT_RE.finditer("Thirty-two fighters and 5 civilians")]
    assert "Thirty-two" in matches
    assert "5" in matches
    assert all(parse_count(m) is not None for m in matches)


def test_count_pattern_respects_word_boundaries_only_through_callers() -> None:
    # COUNT is meant to be embedded in larger patterns: on its own, "one" inside "someone" must not be read
    # once a caller adds word boundaries.
    bounded = re.compile(rf"\b(?:{COUNT_RE.pattern})\b", re.IGNORECASE)
    assert bounded.search("someone was there") is None
