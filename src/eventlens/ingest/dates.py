"""Publication dates as inputs write them: ISO timestamps, ACLED's `9-May-20`, FA-KES's `4/5/17`,
datelines such as `Wed 05 Apr 2017`, meta tags' RFC 2822 stamps."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

# Month-first comes before day-first for slashed dates: the English-language sources we read (FA-KES,
# GTD) write M/D/Y. A first number over 12 can only be a day, so day-first still gets its turn.
_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y%m%d",
    "%d-%b-%y",
    "%d-%b-%Y",
    "%d-%B-%Y",
    "%m/%d/%y",
    "%m/%d/%Y",
    "%d/%m/%y",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%a %d %b %Y",
    "%A %d %B %Y",
    "%a %b %d %Y",
    "%A %B %d %Y",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d %Y",
    "%B %d %Y",
)
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[,]|\.(?=\s)|\.$")
_SEPT = re.compile(r"\bSept\b", re.IGNORECASE)
_EARLIEST_YEAR = 1900


def _plausible(date: dt.date) -> dt.date | None:
    return date if date.year >= _EARLIEST_YEAR else None


def _strptime(text: str) -> dt.date | None:
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_date(value: str) -> dt.date | None:
    """The date a string gives, or None. Trailing times and words are tolerated ('Fri 07 Apr 2017 at 0914')."""
    text = value.strip()
    if not text:
        return None
    if _ISO_START.match(text):
        try:
            return _plausible(dt.datetime.fromisoformat(text).date())
        except ValueError:
            try:
                return _plausible(dt.date.fromisoformat(text[:10]))
            except ValueError:
                return None
    try:
        return _plausible(parsedate_to_datetime(text).date())
    except (TypeError, ValueError, IndexError):
        pass
    normalised = _SEPT.sub("Sep", _PUNCTUATION.sub(" ", _ORDINAL.sub(r"\1", text)))
    tokens = normalised.split()
    # Drop trailing tokens one at a time: "Wed 05 Apr 2017 at 0914 GMT" parses once "at 0914 GMT" is gone.
    for end in range(len(tokens), 0, -1):
        date = _strptime(" ".join(tokens[:end]))
        if date is not None:
            return _plausible(date)
    return None
