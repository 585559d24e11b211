"""Killed, wounded and combined counts in one sentence, with the text that gives each figure.

Rules (the record contract): a figure given only as "killing and wounding four" is a combined count and
never a death toll; deaths indicated without a number are None; nothing indicated is 0.

Figures come from word patterns and, when the parse is given, from the victims the verbs of killing and
wounding name (`victims`): groups told apart add up ("three soldiers and eight attackers"), a total does
not ("11 people, including ..."), and a denial covers only the harm it names ("no fatalities" leaves the
wounded). A war's running toll and the toll of an earlier event the sentence answers are background."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from eventlens.extract.numbers import COUNT, parse_count
from eventlens.extract.prefilter import GatedText, pattern_gate
from eventlens.extract.victims import Harm, VictimGroup, victim_groups
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
    # "one fatality", "a single death" (but not "a death threat")
    re.compile(r"\b(?P<count>one|1|a single)\s+(?:fatality|death)\b(?!\s+(?:threats?|sentences?|penalty|squads?|toll|row))",
               re.I),
    re.compile(rf"\b(?:death )?toll\b(?:\s+\w+){{0,5}}?\s+(?:to|at|of|reached|hit)\s+{_C}\b", re.I),
    re.compile(rf"\b(?:number of (?:dead|deaths|those killed|fatalities))\b(?:\s+\w+){{0,3}}?\s+(?:at|to)\s+{_C}\b", re.I),
    re.compile(rf"\bbod(?:y|ies) of\s+(?:the\s+)?(?:remaining\s+|other\s+)?{_C}\b", re.I),
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
    # "including" never reaches back across a death ("three people, including ..., were killed and one injured")
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}[A-Za-z][\w'’-]*,\s+including\s+(?:(?!\b(?:killed|dead|died)\b)[^.;])*?,?\s+"
               rf"{_BE}(?:wounded|injured|hurt)\b", re.I),
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}and\s+{_C2}\s+{_NOUN_WORDS}{_BE}(?:wounded|injured|hurt)", re.I),
    re.compile(rf"\b{_C}\s+(?:others?\s+|more\s+)?{_NOUN_WORDS}{_BE}{_WOUNDED}\b{_NOT_ACTIVE}", re.I),
    re.compile(rf"\b(?:wounding|injuring|wounded|injured|injures|wounds|leaving)\s+{_C}\b(?!\s+(?:\w+\s+){{0,3}}dead)", re.I),
    re.compile(rf"\b{_C}\s+{_NOUN_WORDS}{_BE}(?:being\s+)?(?:treated|hospitali[sz]ed|admitted)\s+(?:to hospital\s+)?"
               rf"(?:for|with)\s+(?:\w+\s+)?(?:wounds|injuries)\b", re.I),
]  # fmt: skip

# "September 21 2016 Five medics were killed": the year of a date line is no count.
_YEAR_OF_A_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(?:19|20)\d\d$"
)
_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A war's running toll is background, not the toll of the event the report is about: "the war has killed more
# than 200,000 people", "the conflict has claimed the lives of ...", "killed since 2014", "in the past two months".
_CUMULATIVE_TOLL = re.compile(
    r"\b(?:war|conflict|uprising|revolution|insurgency|crisis)\s+(?:\w+\s+){0,2}?(?:has|have|had)\s+"
    r"(?:killed|claimed|left|brought|cost)\b|"
    r"\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak|onset)\b|(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b)|"
    # "under bombardment since mid-February, which has killed ...": a perfect tense over months is a running toll
    rf"\bsince\s+(?:early\s+|late\s+|mid-?)?{_MONTH}\b[^.;]*?\b(?:has|have)\s+(?:killed|claimed|left)\b|"
    rf"\b(?:has|have)\s+(?:killed|claimed|left)\b[^.;]*?\bsince\s+(?:early\s+|late\s+|mid-?)?{_MONTH}\b|"
    r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years|decade)\b",
    re.I,
)
# "Five of the wounded died in hospital": the wounded are counted among the dead, no longer among the hurt.
_WOUNDED_WHO_DIED = re.compile(
    rf"\b{_C}\s+of\s+(?:the|those)\s+(?:wounded|injured)\b(?=\s+(?:\w+\s+){{0,3}}?(?:died|succumbed|passed away))",
    re.I,
)
# What the event answered: "in retaliation for a raid that killed five" tells an earlier event's toll.
_EARLIER_CAUSE = re.compile(r"\bin (?:response|retaliation|revenge|reprisal) (?:to|for)\b", re.I)
# "In addition to the assailant, ..." / "besides the two bombers, ..." / "in addition to the driver, 20 other
# fighters were killed": the people set apart are dead too, on top of the count that follows. Up to five words
# of noun phrase, never an event, a thing or an unknown number ("in addition to the damage", "besides an
# unknown number of casualties").
_BESIDES_ATTACKER = re.compile(
    rf"\b(?:in addition to|besides|apart from)\s+(?:the\s+|a\s+|an\s+)?(?:(?P<count>{COUNT})\s+)?"
    r"(?P<noun>(?:(?!(?:attacks?|bomb(?:s|ings?)?|blasts?|explosions?|damage|casualties|number|injur\w+|wound\w*|deaths?|"
    r"kill\w*|fires?|houses?|homes?|vehicles?|property|buildings?|unknown|an?|the)\b)[\w'’-]+\s*){1,5}),",
    re.I,
)
# The first harm the sentence names after the people set apart: they count as dead only before a death.
_FIRST_HARM = re.compile(r"\b(?:(?P<killed>killed|dead|died|slain|executed)|wounded|injured|hurt)\b", re.I)
_DEATHS_INDICATED = re.compile(
    r"\b(?:killed|killing|dead|died|deaths?(?!\s+(?:threats?|sentences?|penalty))|fatalities|fatality|slain|executed|murdered|shot dead|gunned down|"
    r"beheaded|massacred?|lost (?:his|her|their) lives|death toll|bodies|corpses?)\b",
    re.I,
)
_WOUNDS_INDICATED = re.compile(r"\b(?:wounded|wounding|injured|injuring|injuries|hurt|maimed)\b", re.I)
# Explicit denials of harm, per kind: "no fatalities were reported" says nothing of the wounded, so a figure
# for the other kind in the same sentence still counts ("injuring three, with no report of fatalities").
_NONE = (
    r"(?:no|neither|nor|without(?: causing)?(?: any)?|caused no|did not (?:result in|cause) any|"
    r"no (?:immediate )?reports? (?:of|on)(?: any)?)\s+(?:immediate\s+|reported\s+|resulting\s+|other\s+)?"
)
_NO_DEATHS = re.compile(rf"\b{_NONE}(?:deaths|fatalities|fatality)\b|\b(?:no ?one|nobody) (?:was|were) killed\b", re.I)
_NO_INJURIES = re.compile(
    rf"\b{_NONE}(?:injuries|injured|wounded)\b|\b(?:no ?one|nobody) (?:was|were) (?:hurt|injured|wounded)\b", re.I
)
_NO_CASUALTIES = re.compile(
    rf"\b{_NONE}(?:casualties|victims)\b|\b(?:no ?one|nobody) (?:was|were) (?:hurt|harmed)\b|"
    rf"\b{_NONE}(?:injuries|deaths|fatalities) (?:or|nor|and/or) (?:injuries|deaths|fatalities)\b",
    re.I,
)
_DENIALS = {Harm.KILLED: (_NO_DEATHS, _NO_CASUALTIES), Harm.WOUNDED: (_NO_INJURIES, _NO_CASUALTIES)}
_SINGLE_VICTIM = re.compile(
    r"\b(?:killing|killed|murdered|executed|shot dead|gunned down) (?:him|her)\b"
    r"|\b(?:shot|stabbed|beat|hacked) (?:him|her) (?:dead|to death)\b"
    r"|\b(?:was|has been|had been)\s+(?:also\s+|later\s+|reportedly\s+)?(?:killed|shot dead|murdered|executed|"
    r"beheaded|gunned down|stabbed to death|beaten to death|shot and killed|shot to death|found dead)\b"
    r"|\bresult(?:ed|ing)? in (?:his|her) death\b"
    r"|\b(?:succumbed|died)\s+(?:to|of|from)\s+(?:his|her)\s+(?:injuries|wounds)\b",
    re.I,
)


_INDICATED = {Harm.KILLED: _DEATHS_INDICATED, Harm.WOUNDED: _WOUNDS_INDICATED}

# A toll told for several linked events at once ("ten people were killed across both attacks", "in the three
# raids"): ACLED's fatality guidance divides a summarised toll evenly among the events it covers, and GTD codes
# each incident of a multiple attack with its share. The number of events is in the phrase, or in the report's
# "one of three coordinated attacks".
_EVENT_COUNT = r"both|two|three|four|five|six|seven|eight|nine|ten|\d+"
_LINKED_EVENTS = (
    r"(?:(?:related|separate|coordinated|similar|simultaneous)\s+)?"
    r"(?:attacks|incidents|raids|clashes|assaults|bombings|blasts|explosions|strikes|airstrikes|ambushes|events)\b"
)
_ACROSS_EVENTS = re.compile(
    rf"\bacross\s+(?:all\s+|the\s+)?(?:(?P<n>{_EVENT_COUNT})\s+)?{_LINKED_EVENTS}|"
    rf"\b(?:in|during)\s+(?:all\s+|the\s+)?(?P<m>both|(?<=all )(?:{_EVENT_COUNT})|(?<=the )(?:{_EVENT_COUNT}))\s+"
    rf"{_LINKED_EVENTS}",
    re.I,
)
_ONE_OF_EVENTS = re.compile(
    rf"\bone of (?:at least |the )?(?P<n>{_EVENT_COUNT})\s+(?:[\w-]+\s+){{0,2}}?{_LINKED_EVENTS}", re.I
)


@dataclass(frozen=True)
class _Figure:
    value: int
    span: Span


# A sentence is searched only with the patterns below whose words it holds (`prefilter`).
_GATE = pattern_gate(
    *_COMBINED, *_KILLED_PATTERNS, *_KILLED_BESIDES_ONE, *_WOUNDED_PATTERNS, _WOUNDED_WHO_DIED, _NO_DEATHS, _NO_INJURIES,
    _NO_CASUALTIES,
)  # fmt: skip


def _figures(patterns: list[re.Pattern[str]], text: GatedText, offset: int) -> list[_Figure]:
    found: list[_Figure] = []
    for pattern in patterns:
        position = 0
        while match := text.search(pattern, position):
            position = match.end()
            if _YEAR_OF_A_DATE.search(text.text, 0, match.end("count")):
                position = match.end("count")  # the real count may follow the year: read on from there
                continue
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


def _parse_total(groups: list[VictimGroup], harm: Harm) -> int | None:
    """Per-group counts add up ("three soldiers were killed ... while eight assailants were killed" is 11); a
    total ("11 people were killed") may already include the groups, so it is a floor, not an addend."""
    counted = [g for g in groups if g.harm is harm and g.count]
    if not counted:
        return None
    # The same people told twice ("Air raids kill 18 civilians ... 18 civilians were killed") count once.
    by_noun: dict[str, int] = {}
    for group in counted:
        if not group.total:
            by_noun[group.noun] = max(by_noun.get(group.noun, 0), group.count or 0)
    groups_sum = sum(by_noun.values())
    largest_total = max((g.count or 0 for g in counted if g.total), default=0)
    return max(groups_sum, largest_total)


def _best(figures: list[_Figure]) -> _Figure | None:
    return max(figures, key=lambda f: f.value) if figures else None


def _besides_the_attacker(text: str) -> int:
    """ "In addition to the assailant, four people were killed": the attacker is one more dead (GTD counts
    perpetrators among the dead, and so does a toll that says so)."""
    match = _BESIDES_ATTACKER.search(text)
    if match is None:
        return 0
    harm = _FIRST_HARM.search(text, match.end())
    if harm is None or not harm.group("killed"):
        return 0  # "In addition to the governor, two guards were injured": the governor's fate is told elsewhere
    if match.group("count"):
        return parse_count(match.group("count")) or 0
    head = match.group("noun").split()[-1].lower()
    return 0 if head.endswith(("s", "men")) and not head.endswith("ss") else 1


# Every word a toll, a victim count or a denial of harm is told with; a sentence without one names no casualty.
_ANY_HARM = re.compile(
    r"kill|dead|death|die|dying|wound|injur|hurt|casualt|toll|bod(?:y|ies)|li(?:fe|ves)|martyr|massacr|slain|"
    r"slaughter|fatal|execut|behead|murder|shot|gunned|lynch|maim|hospital|treated|victim|assassin|perish|drown|"
    r"succumb|harm",
    re.I,
)


def find_casualties(text: str, offset: int = 0, sentence: SpacySpan | None = None) -> Casualties:
    """Casualty figures in one sentence. `offset` maps spans to document offsets; `sentence` (the parsed
    sentence `text` is a masked copy of) lets the parse count victims the text names without a figure."""
    if not _ANY_HARM.search(text):
        # Most sentences of a report tell no harm at all: nothing below could find a figure in them.
        return Casualties()
    # The unmasked sentence too: "since mid-February" is a date expression, blanked in `text`.
    if _CUMULATIVE_TOLL.search(text) or (sentence is not None and _CUMULATIVE_TOLL.search(sentence.text)):
        return Casualties()
    # "... in response to an airstrike that killed 41": the toll of the earlier event is blanked.
    cause = _EARLIER_CAUSE.search(text)
    cause_start = cause.start() if cause else len(text)
    text = text[:cause_start] + " " * (len(text) - cause_start)
    gated = GatedText(_GATE, text)
    combined = _figures(_COMBINED, gated, offset)
    # A figure inside a combined count or a denial ("no one was hurt") is no toll of its own.
    blocked = [*(c.span for c in combined), Span(offset + cause_start, offset + len(text) + 1)] + [
        Span(offset + m.start(), offset + m.end())
        for pattern in (_NO_DEATHS, _NO_INJURIES, _NO_CASUALTIES)
        for m in gated.finditer(pattern)
    ]
    besides_one = [_Figure(f.value + 1, f.span) for f in _figures(_KILLED_BESIDES_ONE, gated, offset)]
    killed = [
        f
        for f in [*_figures(_KILLED_PATTERNS, gated, offset), *besides_one]
        if not any(_overlaps(f.span, b) for b in blocked)
    ]
    no_longer_hurt = [Span(offset + m.start(), offset + m.end()) for m in gated.finditer(_WOUNDED_WHO_DIED)]
    wounded = [
        f
        for f in _figures(_WOUNDED_PATTERNS, gated, offset)
        if not any(_overlaps(f.span, b) for b in [*blocked, *no_longer_hurt])
    ]
    # A figure read as wounded and as killed by overlapping patterns ("two killed and five wounded") is
    # kept where its own verb puts it: wounded figures that sit inside a killed match are dropped.
    wounded = [w for w in wounded if not any(k.span == w.span for k in killed)]
    groups = [] if sentence is None else victim_groups(sentence)
    groups = [g for g in groups if not any(_overlaps(g.span, b) for b in blocked)]
    groups = [g for g in groups if g.harm is not Harm.WOUNDED or not any(_overlaps(g.span, b) for b in no_longer_hurt)]
    # "A cow was killed": a figure whose victims the parse finds are no people is no toll.
    no_people = [g.span for g in groups if g.count == 0]
    killed = [f for f in killed if not any(_overlaps(f.span, s) for s in no_people)]
    wounded = [f for f in wounded if not any(_overlaps(f.span, s) for s in no_people)]

    result = Casualties()
    if best := _best(combined):
        result.killed_or_wounded = best.value
        result.evidence.append(best.span)
    dead = _count(killed, groups, Harm.KILLED, result.evidence)
    result.fatalities = dead + _besides_the_attacker(text) if dead else _without_figure(Harm.KILLED, text, groups)
    hurt = _count(wounded, groups, Harm.WOUNDED, result.evidence)
    result.wounded = hurt or _without_figure(Harm.WOUNDED, text, groups)
    events = _linked_events(text, sentence)
    result.fatalities, result.wounded = _share(result.fatalities, events), _share(result.wounded, events)
    return result


def _linked_events(text: str, sentence: SpacySpan | None) -> int:
    """How many events the sentence's toll covers: 2 for "across both attacks", 3 for "across the attacks" in a
    report of "one of three related attacks"; 1 when it tells of one event."""
    match = _ACROSS_EVENTS.search(text)
    if match is None:
        return 1
    count = match.group("n") or match.group("m")
    if count is None:
        report = sentence.doc.text if sentence is not None else text
        one_of = _ONE_OF_EVENTS.search(report)
        count = one_of.group("n") if one_of else None
    if count is None:
        return 1
    return 2 if count.lower() == "both" else max(1, parse_count(count) or 1)


def _share(total: int | None, events: int) -> int | None:
    """One event's even share of a toll over `events` events, rounded; a toll smaller than the number of events
    stays whole (one death across two attacks belongs to one of them)."""
    if not total or events <= 1 or total < events:
        return total
    return int(total / events + 0.5)


def _without_figure(harm: Harm, text: str, groups: list[VictimGroup]) -> int | None:
    """What a sentence that gives no figure says of a harm: 0 when denied or not told (or told only of animals
    and things), 1 for one victim ("he was killed"), None when told without a number."""
    if any(denial.search(text) for denial in _DENIALS[harm]) or _only_non_people(groups, harm):
        return 0
    if harm is Harm.KILLED and _SINGLE_VICTIM.search(text):
        return 1
    return None if _INDICATED[harm].search(text) else 0


def _count(figures: list[_Figure], groups: list[VictimGroup], harm: Harm, evidence: list[Span]) -> int:
    """The larger of the best written figure and the parse's count of victims; 0 when neither gives one."""
    best = _best(figures)
    parsed = _parse_total(groups, harm)
    if best is not None and (parsed is None or best.value >= parsed):
        evidence.append(best.span)
        return best.value
    if parsed is not None:
        evidence.extend(g.span for g in groups if g.harm is harm and g.count)
        return parsed
    return 0


def _only_non_people(groups: list[VictimGroup], harm: Harm) -> bool:
    """ "Killing livestock": the harm words name only animals or things, so nobody is indicated dead."""
    named = [g for g in groups if g.harm is harm]
    return bool(named) and all(g.count == 0 for g in named)
