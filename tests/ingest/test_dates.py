from __future__ import annotations

import datetime as dt

import pytest

from eventlens.ingest.dates import parse_date


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2018-07-06", dt.date(2018, 7, 6)),
        ("2018-07-06T21:40:00Z", dt.date(2018, 7, 6)),
        ("2018-07-06T23:40:00+03:00", dt.date(2018, 7, 6)),
        ("9-May-20", dt.date(2020, 5, 9)),
        ("4/5/17", dt.date(2017, 4, 5)),
        ("4/5/2017", dt.date(2017, 4, 5)),
        ("25/12/2017", dt.date(2017, 12, 25)),
        ("Wed 05 Apr 2017", dt.date(2017, 4, 5)),
        ("Fri 07 Apr 2017 at 0914", dt.date(2017, 4, 7)),
        ("Wed, 05 Apr 2017 09:14:00 GMT", dt.date(2017, 4, 5)),
        ("July 6, 2018", dt.date(2018, 7, 6)),
        ("Thursday, July 5, 2018", dt.date(2018, 7, 5)),
        ("6th July 2018", dt.date(2018, 7, 6)),
        ("Sept. 3, 2019", dt.date(2019, 9, 3)),
        ("21.08.2013", dt.date(2013, 8, 21)),
    ],
)
def test_formats_inputs_use(written: str, expected: dt.date) -> None:
    assert parse_date(written) == expected


@pytest.mark.parametrize("written", ["", "soon", "2018", "July 2018", "May", "13/13/13", "31-Feb-20"])
def test_what_is_not_a_full_date_gives_none(written: str) -> None:
    assert parse_date(written) is None
