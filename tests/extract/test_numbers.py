"""Counts as news writes them, read as ACLED coders read them."""

from __future__ import annotations

import re

import pytest

from eventlens.extract.numbers import COUNT, parse_count


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


@pytest.mark.parametrize("text", ["two dozen", "more than two dozen"])
def test_multiples_of_a_dozen(text: str) -> None:
    assert parse_count(text) == 24


def _counts_in(text: str) -> list[str]:
    # COUNT is embedded in larger patterns between word boundaries, as the casualty patterns do.
    return [m.group(0) for m in re.finditer(rf"\b{COUNT}\b", text, re.IGNORECASE)]


def test_count_pattern_takes_the_qualifier_with_the_count() -> None:
    assert _counts_in("Officials said at least 14 people died.") == ["at least 14"]


def test_count_pattern_reads_hyphenated_word_numbers_whole() -> None:
    found = _counts_in("Thirty-two fighters and 5 civilians")
    assert found == ["Thirty-two", "5"]
    assert [parse_count(f) for f in found] == [32, 5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 10 and 15", 10),
        ("8-10", 8),
        ("two or three", 2),
        ("at least 20 to 25", 20),
    ],
)
def test_a_range_is_read_as_its_lower_bound(text: str, expected: int) -> None:
    assert parse_count(text) == expected


def test_a_range_is_one_count_in_running_text() -> None:
    match = re.search(COUNT, "Between 10 and 15 people were killed.", re.I)
    assert match is not None and parse_count(match.group(0)) == 10


def test_a_rising_toll_is_no_range() -> None:
    # "from 10 to 15" is a change of figure, not a range: the two numbers stay apart.
    assert [m.group(0) for m in re.finditer(COUNT, "The toll rose from 10 to 15.", re.I)] == ["10", "15"]


def test_an_unknown_number_is_no_count_of_one() -> None:
    assert re.fullmatch(COUNT, "an", re.I)
    assert not re.match(rf"{COUNT}\s+unknown", "an unknown number", re.I)
