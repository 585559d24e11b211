"""Event-date periods and the background rule shared by `resolve` and `events`."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlens.types.periods import is_background, period_start


def test_period_start() -> None:
    assert period_start("2018-07-05") == dt.date(2018, 7, 5)
    assert period_start("2018-06") == dt.date(2018, 6, 1)
    assert period_start("2018") == dt.date(2018, 1, 1)


@pytest.mark.parametrize(
    ("value", "reference", "background"),
    [
        ("2014", dt.date(2023, 2, 16), True),
        ("2022", dt.date(2023, 2, 16), False),  # some of 2022 lies within the year before publication
        ("2022-01", dt.date(2023, 2, 16), True),
        ("2019-05-31", dt.date(2020, 5, 30), False),  # exactly 365 days is still news
        ("2019-05-30", dt.date(2020, 5, 30), True),
        ("2018-06", dt.date(2018, 7, 6), False),
        (None, dt.date(2018, 7, 6), False),
        ("2014", None, False),
    ],
)
def test_background_is_more_than_a_year_before_the_reference(
    value: str | None, reference: dt.date | None, background: bool
) -> None:
    assert is_background(value, reference) is background
