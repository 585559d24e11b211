"""Counts as news writes them, read as ACLED's coders read them."""

from __future__ import annotations

import re

_UNITS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "a pair of": 2,
}  # fmt: skip

# ACLED's codebook: vague plurals get a conservative fixed figure ("dozens" = 12, "several"/"many" = 10,
# "hundreds" = 100); "a few" is read as 3.
VAGUE = {
    "dozens": 12, "dozens of": 12, "scores": 20, "scores of": 20, "hundreds": 100, "hundreds of": 100,
    "several": 10, "many": 10, "numerous": 10, "a number of": 10, "a few": 3, "tens": 10, "tens of": 10,
    "thousands": 1000, "thousands of": 1000,
}  # fmt: skip

# A bare "a"/"an" is one, except where it opens a count the text does not give ("an unknown number of fighters").
_NO_FIGURE_AFTER_ARTICLE = r"(?!\s+(?:unknown|unspecified|undisclosed|undetermined|unconfirmed|number|group)\b)"
_WORD_NUMBER = "|".join(
    rf"{re.escape(w)}{_NO_FIGURE_AFTER_ARTICLE}" if w in {"a", "an"} else re.escape(w)
    for w in sorted([*_UNITS, *VAGUE], key=len, reverse=True)
)
# How reporters hedge a count; ACLED takes the figure as given ("more than 20" is 20).
_QUALIFIERS = (
    r"at least|more than|over|some|about|around|roughly|nearly|almost|up to|as many as|all|an estimated|"
    r"approximately|no fewer than|a total of"
)
_SINGLE = rf"(?:\d[\d,]*|(?:{_WORD_NUMBER})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine|dozen|hundred))?)"
# A range ("between 10 and 15", "8-10", "two or three", "10 to 15" but not "rose from 10 to 15"): ACLED's
# codebook takes the most conservative figure, the lower bound.
_RANGE = (
    r"(?:between\s+(?:\d[\d,]*|\w+)\s+and\s+\S+?(?=[\s,.;]|$)|"
    r"\d+\s*[-–]\s*\d+\b|"
    r"(?<!from )(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:to|or)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b)"
)
# A count as written: "12", "1,200", "twenty-one", "at least 12", "more than two dozen", "between 10 and 15".
COUNT = rf"(?<!between )(?:(?:{_QUALIFIERS})\s+)?(?:{_RANGE}|{_SINGLE})"
COUNT_RE = re.compile(COUNT, re.IGNORECASE)
_QUALIFIER = re.compile(rf"^(?:{_QUALIFIERS})\s+", re.IGNORECASE)
_WHOLE_RANGE = re.compile(rf"^{_RANGE}$", re.IGNORECASE)
_RANGE_BOUNDS = re.compile(r"\s*[-–]\s*|\s+(?:and|to|or)\s+")


def parse_count(text: str) -> int | None:
    """12 for "at least 12", "a dozen" or "dozens"; 21 for "twenty-one"; 10 for "between 10 and 15"; None when it
    is not a count."""
    words = _QUALIFIER.sub("", text.strip().lower()).replace(",", "")
    if _WHOLE_RANGE.match(words):
        words = _RANGE_BOUNDS.split(words.removeprefix("between "))[0]
    if words.isdigit():
        return int(words)
    if words in VAGUE:
        return VAGUE[words]
    if words in _UNITS:
        return _UNITS[words]
    parts = re.split(r"[\s-]+", words)
    if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS:
        if parts[1] in {"hundred", "dozen"}:
            return _UNITS[parts[0]] * _UNITS[parts[1]]
        return _UNITS[parts[0]] + _UNITS[parts[1]]
    return None
