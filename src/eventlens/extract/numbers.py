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

_WORD_NUMBER = "|".join(sorted((re.escape(w) for w in [*_UNITS, *VAGUE]), key=len, reverse=True))
# A count as written: "12", "1,200", "twenty-one", "at least 12", "more than two dozen".
# How reporters hedge a count; ACLED takes the figure as given ("more than 20" is 20).
_QUALIFIERS = (
    r"at least|more than|over|some|about|around|roughly|nearly|almost|up to|as many as|all|an estimated|"
    r"approximately|no fewer than|a total of"
)
# A count as written: "12", "1,200", "twenty-one", "at least 12", "more than two dozen".
COUNT = (
    rf"(?:(?:{_QUALIFIERS})\s+)?"
    rf"(?:\d[\d,]*|(?:{_WORD_NUMBER})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine|dozen|hundred))?)"
)
COUNT_RE = re.compile(COUNT, re.IGNORECASE)
_QUALIFIER = re.compile(rf"^(?:{_QUALIFIERS})\s+", re.IGNORECASE)


def parse_count(text: str) -> int | None:
    """12 for "at least 12", "a dozen" or "dozens"; 21 for "twenty-one"; None when it is not a count."""
    words = _QUALIFIER.sub("", text.strip().lower()).replace(",", "")
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
