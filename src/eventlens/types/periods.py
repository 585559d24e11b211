"""Event dates as the record writes them ("2018-07-05", "2018-06", "2018"), and what counts as background."""

from __future__ import annotations

import datetime as dt

# An event a report dates more than this before its own publication is history given as background.
BACKGROUND_AFTER_DAYS = 365


def period_start(value: str) -> dt.date:
    """The first day of the period an event date names: "2018-06" → 2018-06-01, "2018" → 2018-01-01."""
    parts = [int(part) for part in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def is_background(value: str | None, reference: dt.date | None) -> bool:
    """Whether an event dated `value` lies more than BACKGROUND_AFTER_DAYS before `reference`. A period counts
    from its last possible day: "2018" is background to a 2019-12 report only if all of 2018 is."""
    if value is None or reference is None:
        return False
    start = period_start(value)
    parts = value.count("-")
    if parts == 0:
        end = dt.date(start.year, 12, 31)
    elif parts == 1:
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    else:
        end = start
    return (reference - end).days > BACKGROUND_AFTER_DAYS
