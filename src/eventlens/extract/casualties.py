"""Killed, wounded and combined counts in one sentence, with the text that gives each figure.

Rules (the record contract): a figure given only as "killing and wounding four" is a combined count and
never a death toll; deaths indicated without a number are None; nothing indicated is 0."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventlens.extract.numbers import COUNT, parse_count
from eventlens.types import Casualties, Span

_KILLED = (
    r"(?:killed|dead|died|slain|executed|murdered|shot dead|gunned down|beheaded|massacred|perished|"
    r"lost (?:his|her|their) lives|burned to death|hanged)"
)
_WOUNDED = r"(?:wounded|injured|hurt|maimed|wounds|injuries)"
_BE = r"(?:(?:were|was|have been|has been|had been|are|is|being|got|reportedly|also|later|all|both)\s+){0,3}"
# Up to four words of noun phrase between a count and its verb ("four SDF fighters were killed"), never
# crossing a clause or a unit of time ("two days after the attack killed ...").
_NOUN_WORDS = (
    r"(?:(?!(?:after|before|in|on|at|by|with|from|during|since|and|or|when|while|who|which|that|days?|weeks?|"
    r"months?|years?|hours?|minutes?|km|kilomet\w+|miles?|metres?|meters?|times?|percent|per|were|was|is|are|"
    r"been|be|had|have|has|killed|killing|dead|died|wounded|injured|hurt|deaths?|fatalities|him|her|them|shot|"
    r"stabbed|beat|hacked)\b)"
    r"[A-Za-z][\w'’-]*\s+){0,4}"
)
# "Four militants killed two soldiers": an active verb with its object; the count before it is the attackers.
_NOT_ACTIVE = (
    r"(?!\s+(?:(?:at least|more than|some|about)\s+)?(?:\d|a\b|an\b|the\b|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|dozens|several|him\b|her\b|them\b|his\b|their\b))"
)
_C = rf"(?P<count>{COUNT})"
_C2 = rf"(?P<count2>{COUNT})"

_COMBINED = [
    re.compile(rf"\b(?:killing|killed|kill|kills) (?:and|or) (?:injuring|wounding|injured|wounded|injure|wound)\s+{_C}\b", re.I),
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}{_BE}(?:killed|dead) (?:or|and/or) {_WOUNDED}\b", re.I),
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}casualties\b", re.I),
    re.compile(rf"\bcasualties\s+(?:of|among|to)?\s*{_C}\b", re.I),
]  # fmt: skip
_KILLED_PATTERNS = [
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}and\s+{_C2}\s+{_NOUN_WORDS}{_BE}{_KILLED}", re.I),
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}{_BE}{_KILLED}\b{_NOT_ACTIVE}", re.I),
    re.compile(rf"\b(?:killing|killed|kills|kill|leaving|left|claimed the lives of|executed|executing)\s+{_C}\s+"
               rf"{_NOUN_WORDS}and\s+(?:his|her|their|its)\s+{_C2}\b", re.I),
    re.compile(rf"\b(?:killing|killed|kills|kill|leaving|left|claimed the lives of|executed|executing)\s+{_C}\b", re.I),
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}(?:deaths|fatalities|dead|bodies|corpses)\b", re.I),
    re.compile(rf"\b(?:death )?toll\b(?:\s+\w+){{0,5}}?\s+(?:to|at|of|reached|hit)\s+{_C}\b", re.I),
    re.compile(rf"\b(?:number of (?:dead|deaths|those killed|fatalities))\b(?:\s+\w+){{0,3}}?\s+(?:at|to)\s+{_C}\b", re.I),
    re.compile(rf"\bbod(?:y|ies) of\s+{_C}\b", re.I),
    # "claiming the lives of ten civilians", "resulting in the martyrdom of 3 citizens", "massacring dozens"
    re.compile(rf"\b(?:claim(?:ing|ed|s)?\s+the\s+li(?:fe|ves)\s+of|(?:the\s+)?(?:deaths?|martyrdom|killing)\s+of|"
               rf"massacr(?:ing|ed)|claiming)\s+{_C}\b", re.I),
    # "Two people, including a commander, were killed"
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}[A-Za-z][\w'’-]*,\s+including\s+[^.;]*?,?\s+{_BE}{_KILLED}\b", re.I),
]  # fmt: skip
# "Wadan and two other colleagues were killed": the count leaves out the one named first.
_KILLED_BESIDES_ONE = [
    re.compile(rf"\band\s+{_C}\s+(?:other|more)\s+{_NOUN_WORDS}{_BE}{_KILLED}\b", re.I),
]  # fmt: skip
_WOUNDED_PATTERNS = [
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}[A-Za-z][\w'’-]*,\s+including\s+[^.;]*?,?\s+{_BE}(?:wounded|injured|hurt)\b", re.I),
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}and\s+{_C2}\s+{_NOUN_WORDS}{_BE}(?:wounded|injured|hurt)", re.I),
    re.compile(rf"\b{_C}\s+(?:others?\s+|more\s+)?{_NOUN_WORDS}{_BE}{_WOUNDED}\b{_NOT_ACTIVE}", re.I),
    re.compile(rf"\b(?:wounding|injuring|wounded|injured|injures|wounds|leaving)\s+{_C}\b(?!\s+(?:\w+\s+){{0,3}}dead)", re.I),
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}{_BE}(?:being\s+)?(?:treated|hospitali[sz]ed|admitted)\s+(?:to hospital\s+)?"
               rf"(?:for|with)\s+(?:\w+\s+)?(?:wounds|injuries)\b", re.I),
]  # fmt: skip

_DEATHS_INDICATED = re.compile(
    r"\b(?:killed|killing|dead|died|deaths?|fatalities|fatality|slain|executed|murdered|shot dead|gunned down|"
    r"beheaded|massacred?|lost (?:his|her|their) lives|death toll|bodies|corpses?)\b",
    re.I,
)
_WOUNDS_INDICATED = re.compile(r"\b(?:wounded|wounding|injured|injuring|injuries|hurt|maimed)\b", re.I)
_NO_CASUALTIES = re.compile(
    r"\b(?:no (?:one|body|casualties|deaths|fatalities|injuries|victims|one was (?:killed|hurt|injured))|"
    r"nobody was|without (?:causing )?(?:any )?casualties|caused no (?:casualties|injuries|deaths)|"
    r"no (?:immediate )?reports? of (?:casualties|injuries|deaths))\b",
    re.I,
)
_SINGLE_VICTIM = re.compile(
    r"\b(?:killing|killed|murdered|executed|shot dead|gunned down) (?:him|her)\b"
    r"|\b(?:shot|stabbed|beat|hacked) (?:him|her) (?:dead|to death)\b"
    r"|\b(?:was|has been|had been)\s+(?:also\s+|later\s+|reportedly\s+)?(?:killed|shot dead|murdered|executed|"
    r"beheaded|gunned down|stabbed to death|beaten to death|shot and killed)\b"
    r"|\b(?:succumbed|died)\s+(?:to|of|from)\s+(?:his|her)\s+(?:injuries|wounds)\b",
    re.I,
)


@dataclass(frozen=True)
class _Figure:
    value: int
    span: Span


def _figures(patterns: list[re.Pattern[str]], text: str, offset: int) -> list[_Figure]:
    found: list[_Figure] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            value = parse_count(match.group("count"))
            if value is None:
                continue
            if "count2" in match.groupdict() and match.group("count2"):
                second = parse_count(match.group("count2"))
                value += second or 0
            found.append(_Figure(value, Span(offset + match.start(), offset + match.end())))
    return found


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def find_casualties(text: str, offset: int = 0) -> Casualties:
    """Casualty figures in one sentence. `offset` maps spans to document offsets."""
    if _NO_CASUALTIES.search(text):
        return Casualties(fatalities=0, wounded=0, killed_or_wounded=None)
    combined = _figures(_COMBINED, text, offset)
    besides_one = [_Figure(f.value + 1, f.span) for f in _figures(_KILLED_BESIDES_ONE, text, offset)]
    killed = [
        f
        for f in [*_figures(_KILLED_PATTERNS, text, offset), *besides_one]
        if not any(_overlaps(f.span, c.span) for c in combined)
    ]
    wounded = [
        f for f in _figures(_WOUNDED_PATTERNS, text, offset) if not any(_overlaps(f.span, c.span) for c in combined)
    ]
    # A figure read as wounded and as killed by overlapping patterns ("two killed and five wounded") is
    # kept where its own verb puts it: wounded figures that sit inside a killed match are dropped.
    wounded = [w for w in wounded if not any(k.span == w.span for k in killed)]

    result = Casualties()
    if combined:
        best = max(combined, key=lambda f: f.value)
        result.killed_or_wounded = best.value
        result.evidence.append(best.span)
    if killed:
        best = max(killed, key=lambda f: f.value)
        result.fatalities = best.value
        result.evidence.append(best.span)
    elif _SINGLE_VICTIM.search(text):
        result.fatalities = 1
    elif _DEATHS_INDICATED.search(text):
        result.fatalities = None
    if wounded:
        best = max(wounded, key=lambda f: f.value)
        result.wounded = best.value
        result.evidence.append(best.span)
    elif _WOUNDS_INDICATED.search(text):
        result.wounded = None
    return result
