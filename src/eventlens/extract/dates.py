"""The date expression that says when a sentence's event happened.

A sentence can carry two dates: when the news came out ("On July 6, Amaq revealed ...") and when the
event happened ("... targeted a vehicle on July 5"). The event's date is the one inside the event
clause; a date attached to a reporting verb is the report's."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventlens.extract.entities import entities_in
from eventlens.extract.numbers import parse_count
from eventlens.types import DateExpression, Span

REPORTING_LEMMAS = frozenset(
    [
        "say",
        "reveal",
        "report",
        "claim",
        "confirm",
        "announce",
        "tell",
        "state",
        "add",
        "publish",
        "post",
        "release",
        "quote",
        "cite",
        "write",
        "deny",
        "allege",
        "accuse",
        "note",
        "declare",
        "disclose",
    ]
)

_SAME_DAY = re.compile(
    r"\b(?:(?:on|in|during|later)\s+)?(?:the\s+same\s+(?:day|night|evening|morning)|that\s+(?:same\s+)?(?:day|night|evening))\b",
    re.I,
)
_RELATIVE_TO_EVENT = re.compile(
    r"\b(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>after|later|before|earlier)(?:\s+(?:the|that|this)\s+(?:attack|blast|bombing|explosion|incident|strike|clashes?|"
    r"assault|raid|ambush|killing|operation|offensive|abduction|kidnapping|protest))?\b",
    re.I,
)
_NEXT_DAY = re.compile(r"\bthe\s+(?:next|following)\s+(?:day|morning|night|evening)\b", re.I)
_PREVIOUS_DAY = re.compile(r"\bthe\s+(?:(?:previous|preceding)\s+(?:day|night)|day\s+before)\b", re.I)
_WEEKDAY = re.compile(
    r"\b(?:on\s+)?(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?\b"
)
_RELATIVE_TO_REPORT = re.compile(
    r"\b(?:yesterday|today|tonight|last\s+(?:night|week|month|year|weekend)|earlier\s+(?:this|in\s+the)\s+"
    r"(?:week|month|year)|this\s+(?:week|month|morning|year)|(?:a|one|two|three|four|five|six|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago)\b",
    re.I,
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# Dates written out in full, which the entity recogniser sometimes cuts short ("Around 9 May 2020" → "May 2020").
_EXPLICIT = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\b"
)
# spaCy tags durations and vague spans as DATE too; these are not points in time.
_NOT_A_POINT = re.compile(
    r"^(?:the\s+)?(?:(?:past|last|next|coming|upcoming|previous|recent)\s+)?(?:\d+|a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|several|few|many)?\s*(?:days?|weeks?|months?|years?|decades?|hours?)$|"
    r"^(?:the\s+)?(?:upcoming|coming|next|future)\b|^(?:daily|weekly|monthly|annual|yearly)$|^\d+-year$|"
    r"^(?:recent\s+)?(?:months|years|weeks)$|"
    # "the second day of protests": a count of days of something, not a day of the calendar.
    r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:day|night|week|month|year)\b",
    re.I,
)
# What every date or time expression has: a figure, a month or weekday, or a word of time. A DATE entity
# without one is the recogniser's mistake (a place name tagged DATE).
_TIME_WORD = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\w+day\b|\b(?:yesterday|today|tonight|"
    r"ago|week|weekend|month|year|morning|night|evening|afternoon|dawn|dusk|noon|midnight|spring|summer|autumn|"
    r"fall|winter|decade|century|earlier|later|mid)",
    re.I,
)


# What came of an attack, dated after it: "succumbed to his wounds on May 2", "the hostages were released on March 1".
# The date is the aftermath's, no sign of a new event. A body found is left out: the finding often dates a killing
# nobody saw.
_AFTERMATH_BEFORE = re.compile(
    r"\b(?:succumb(?:ed|ing|s)? to (?:his|her|their|the) (?:wounds|injuries)|"
    r"died (?:of|from) (?:his|her|their|the) (?:wounds|injuries)|(?:died|passed away) (?:later )?(?:in|at) (?:the |a )?"
    r"hospital|(?:was|were|been) (?:later |eventually |subsequently )?(?:released|freed|rescued))"
    r"(?:,? (?:\S+ ){0,6}?)?\s+(?:on|in|by)\s+$",
    re.I,
)


def _of_the_aftermath(text: str, start: int) -> bool:
    """The date at `start` closes an aftermath phrase ("... succumbing to his wounds on May 2")."""
    return _AFTERMATH_BEFORE.search(text[max(0, start - 120) : start]) is not None


def _anchored_to_event(text: str) -> tuple[int, re.Match[str]] | None:
    if match := _SAME_DAY.search(text):
        return 0, match
    if match := _RELATIVE_TO_EVENT.search(text):
        days = parse_count(match.group("count")) or 1
        if match.group("unit").lower().startswith("week"):
            days *= 7
        sign = 1 if match.group("dir").lower() in {"after", "later"} else -1
        return sign * days, match
    if match := _NEXT_DAY.search(text):
        return 1, match
    if match := _PREVIOUS_DAY.search(text):
        return -1, match
    return None


def _attached_to_reporting(token: Token) -> bool:
    """True when the date modifies a reporting verb ("On July 6, Amaq revealed that ...")."""
    head = token
    for _ in range(6):
        if head.pos_ in {"VERB", "AUX"}:
            return head.lemma_.lower() in REPORTING_LEMMAS
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _in_brackets(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def find_event_date(sentence: SpacySpan, previous_mention: int | None) -> DateExpression:
    text = sentence.text
    offset = sentence.start_char
    anchored = _anchored_to_event(text)
    if anchored is not None and previous_mention is not None:
        days, match = anchored
        return DateExpression(
            text=match.group(0), span=Span(offset + match.start(), offset + match.end()),
            anchor=previous_mention, offset_days=days,
        )  # fmt: skip

    candidates: list[tuple[int, int, str]] = []
    for ent in entities_in(sentence):
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        value = ent.text.strip()
        if _NOT_A_POINT.match(value) and not re.search(r"\bago\b", value, re.I):
            continue
        if not _TIME_WORD.search(value):
            continue
        if ent.label_ == "TIME" and not re.search(r"\b(?:last night|tonight|yesterday)\b", value, re.I):
            continue
        if _in_brackets(text, ent.start_char - offset, ent.end_char - offset) and value.isdigit():
            continue  # "Islamic State Rises (1881)": a bare figure in brackets is a count or a reference
        start = ent.start_char - offset
        penalty = 1 if _attached_to_reporting(ent.root) or _of_the_aftermath(text, start) else 0
        candidates.append((penalty, start, value))
    for match in _EXPLICIT.finditer(text):
        # A full date replaces the entity it overlaps, keeping that entity's standing (reporting or event).
        overlapping = [c for c in candidates if c[1] < match.end() and match.start() < c[1] + len(c[2])]
        penalty = overlapping[0][0] if overlapping else int(_of_the_aftermath(text, match.start()))
        candidates = [c for c in candidates if c not in overlapping]
        candidates.append((penalty, match.start(), match.group(0)))
    for pattern in (_WEEKDAY, _RELATIVE_TO_REPORT):
        for match in pattern.finditer(text):
            if not any(start <= match.start() < start + len(v) for _, start, v in candidates):
                token = sentence.char_span(match.start(), match.end(), alignment_mode="expand")
                penalty = 1 if token is not None and _attached_to_reporting(token.root) else 0
                candidates.append((penalty, match.start(), match.group(0)))
    if not candidates:
        return DateExpression()
    penalty, start, value = min(candidates, key=lambda c: (c[0], c[1]))
    return DateExpression(text=value, span=Span(offset + start, offset + start + len(value)), of_report=penalty > 0)
