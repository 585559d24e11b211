"""One incident told several times in a report is one event: once dates, places and actors are resolved, the
later mentions of an incident already found are merged into it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eventlens.events.gtd_tactics import take_the_higher_tactic
from eventlens.types import EventMention
from eventlens.types.geo import haversine_km
from eventlens.types.vocab import GTD_VEHICLE_WEAPON

# "A second bomb", "in a separate attack", "elsewhere": the report itself says this is another incident.
_DISTINCT_INCIDENT = re.compile(
    r"\b(?:second|third|another|separate(?:ly)?|elsewhere|meanwhile|earlier|in a (?:similar|different|new)|"
    r"a new|other)\b",
    re.I,
)
# "... in the attack", "during the ensuing clash", "across both attacks", "Sunday's attack": the sentence names the
# incident already told, so what it reports (a toll, a detail) happened in that incident, whatever kind of event it reads as alone.
_BACK_TO_THE_INCIDENT = re.compile(
    r"\b(?:(?:in|during)\s+the\s+(?:ensuing\s+|same\s+)?|(?P<across>across)\s+(?:both|all|the)\s+(?:\w+\s+)?|"
    # "Saturday's blast hit a convoy …" (the apostrophe sometimes lost): the day's incident, already told.
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s|’s|s)\s+(?:\w+\s+)?)"
    r"(?:attacks?|assaults?|blasts?|explosions?|bombings?|raids?|shootings?|clash(?:es)?|ambush(?:es)?|incidents?|"
    r"scuffle|shootout|exchange of fire)\b",
    re.I,
)
# "The assailant was shot dead", "guards killed the attacker": the attacker already told, stopped by those he
# attacked. The defence ends the attack; it is no incident of its own.
_ATTACKERS = r"(?:assailants?|attackers?|gunm[ae]n|perpetrators?|knifem[ae]n|assailant's|attacker's)"
# Those who stop an attacker on the spot: guards, troops, police. "He was shot dead by troops" is the attacker's end;
# "he was shot dead by gunmen" is a victim's.
_DEFENDERS = (
    r"(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:troops|soldiers?|police(?:men|man)?|police\s+officers?|officers?|guards?|"
    r"security(?:\s+(?:forces|guards?|personnel|officers?))?|forces|border\s+police)"
)
_ATTACKER_STOPPED = re.compile(
    rf"\bthe\s+{_ATTACKERS}\s+(?:was|were)\s+(?:\w+\s+)?(?:shot|killed)\b|"
    # "Guards intervened, killing two assailants", "troops shot and killed the attacker".
    rf"\b(?:shot|killed|killing|shooting|neutrali[sz](?:ed|ing))\s+(?:and\s+(?:killed|killing)\s+)?(?:the|an?|one|two|"
    rf"three|four|five|\d+|all|both)\s+(?:of\s+the\s+)?(?:\w+\s+)?{_ATTACKERS}\b|"
    # "The attackers were repelled by guards", "troops repulsed the assault": the attack beaten off on the spot.
    rf"\b(?:the\s+)?{_ATTACKERS}\s+(?:was|were)\s+(?:\w+\s+)?(?:repelled|repulsed|beaten\s+back|driven\s+off)\b|"
    r"\bthe\s+(?:attack|assault|raid)\s+was\s+(?:\w+\s+)?(?:repelled|repulsed|foiled|thwarted|beaten\s+back)\b|"
    rf"\b(?:repelled|repulsed|foiled|thwarted)\s+the\s+(?:attack|assault|raid|{_ATTACKERS})\b|"
    # Told with a pronoun, by the defenders: "he was shot dead by a border guard", "troops opened fire and killed him".
    rf"^\W*(?:he|she|they)\s+(?:was|were)\s+(?:\w+\s+)?(?:shot|killed|shot\s+and\s+killed|shot\s+dead)\s+by\s+"
    rf"{_DEFENDERS}\b|"
    rf"^\W*{_DEFENDERS}\s+(?:\w+\s+){{0,4}}?(?:shot|killed|neutrali[sz]ed)\s+(?:and\s+killed\s+|dead\s+)?(?:him|her|them)\b",
    re.I,
)
# GTD's weapon of a car driven into people, and the end its driver met ("troops opened fire, killing the driver").
_DRIVER_STOPPED = re.compile(
    r"\b(?:shot|killed|killing|shooting|neutrali[sz](?:ed|ing))\s+(?:and\s+(?:killed|killing)\s+)?the\s+(?:driver|motorist)\b|"
    r"\bthe\s+(?:driver|motorist)\s+(?:was|were)\s+(?:\w+\s+)?(?:shot|killed)\b",
    re.I,
)
# "In addition, the assailants set fire to houses", "the gunmen also torched a car": more of what the same attackers
# did, told after the incident.
_MORE_OF_IT = re.compile(
    r"^\W*(?:in addition|additionally),|\b(?:assailants|attackers|gunm[ae]n|militants)\s+also\b", re.I
)
# "... later the same day", "a short time later": what came of the incident within hours is still its story.
_SAME_DAY_AFTERMATH = re.compile(
    r"\b(?:later (?:the same|that) day|(?:a short time|moments|minutes|hours) later|shortly after(?:wards)?)\b", re.I
)
# Words that make a back-reference point at another incident than the one just told.
_ANOTHER_INCIDENT = re.compile(
    r"\b(?:second|third|separate(?:ly)?|elsewhere|meanwhile|earlier|another\s+(?:attack|blast|bomb|raid|incident))\b",
    re.I,
)
# Each later mention of an incident the report keeps returning to makes it more likely its subject.
_SUPPORT_BONUS = 0.04
# "The blast hit a convoy at a transit point west of Aleppo" after a lede placed in Aleppo: a later sentence may place
# the incident closer than the lede did, within a town's reach.
_RETOLD_WITHIN_KM = 25.0
_UNNAMED_PREFIX = "Unidentified"


def merge_same_incident(mentions: list[EventMention], text: str) -> list[EventMention]:
    """Once dates, places and actors are resolved, later mentions of an incident already found (the same kind
    of event, on the same day, in the same place, between the same sides) are folded into it: a full report
    names its incident in the lead and again in the quotes, the toll and the witnesses' accounts. A mention
    whose sentence says it is another incident ("a second bomb", "separately") always stays."""
    kept: list[EventMention] = []
    for mention in mentions:
        sentence = text[mention.sentence.start : mention.sentence.end]
        if kept:
            last = kept[-1]
            back = _BACK_TO_THE_INCIDENT.search(sentence)
            stopped = _attacker_stopped(sentence, last)
            if _tells_more_of_the_last(mention, last, sentence, told_of_it=back is not None or stopped):
                if not stopped:
                    # "Ten were killed across both attacks": the toll of a series the incident belongs to.
                    take_the_higher_tactic(last, mention, back is not None and back.group("across") is not None)
                _absorb(last, mention)
                continue
        same = None if _DISTINCT_INCIDENT.search(sentence) else _same_incident_as(mention, kept)
        if same is None:
            kept.append(mention)
            continue
        _absorb(same, mention)
    return kept


def _attacker_stopped(sentence: str, last: EventMention) -> bool:
    """The end the attacker of the incident just told met; after a car driven into people, "the driver" is him."""
    if _ATTACKER_STOPPED.search(sentence):
        return True
    return last.weapon_type == GTD_VEHICLE_WEAPON and _DRIVER_STOPPED.search(sentence) is not None


def _tells_more_of_the_last(mention: EventMention, last: EventMention, sentence: str, *, told_of_it: bool) -> bool:
    """ "Gunmen attacked a checkpoint ... Three policemen were killed in the attack", "... The attacker was shot dead
    by a guard": a later sentence that names the incident just told, or the end its attacker met (`told_of_it`),
    tells more of it, on no date and at no place of its own. The report is about the incident its lead tells."""
    more = _MORE_OF_IT.search(sentence) is not None and _same_attackers(last, mention)
    if not (more or told_of_it or _SAME_DAY_AFTERMATH.search(sentence)):
        return False
    if _ANOTHER_INCIDENT.search(sentence) or not _placed_alike(last, mention):
        return False
    return not _dated_in_own_sentence(mention) or mention.event_date == last.event_date


def _placed_alike(last: EventMention, mention: EventMention) -> bool:
    """The same location, or one of the two placed by the rest of the report (its headline, its most-named
    place), not by its own words, and the other within a town's reach of that guess."""
    if _same_value(last.location, mention.location):
        return True
    if _placed_by_own_words(last) and _placed_by_own_words(mention):
        return False  # two places the sentences name: two places
    points = (last.latitude, last.longitude), (mention.latitude, mention.longitude)
    if any(value is None for point in points for value in point):
        return False
    return haversine_km(*points) <= _RETOLD_WITHIN_KM  # type: ignore[arg-type]


def _placed_by_own_words(mention: EventMention) -> bool:
    """Is the mention placed by the places its own sentence names (not by the rest of the report)?"""
    return mention.location is not None and mention.provenance.get("location", "").startswith("gazetteer:")


def _same_attackers(last: EventMention, mention: EventMention) -> bool:
    """The later sentence's doers are the lead's, or nobody it names ("in addition, police held ..." is others')."""
    actor = mention.actor1
    return actor is None or actor == last.actor1 or actor.startswith(_UNNAMED_PREFIX)


def _same_incident_as(mention: EventMention, earlier: Sequence[EventMention]) -> EventMention | None:
    for candidate in reversed(earlier):
        if (
            candidate.event_type == mention.event_type
            and _same_time(candidate, mention)
            and _same_value(candidate.location, mention.location)
            and _same_value(candidate.sublocation, mention.sublocation)
            and _same_side(candidate.actor1, mention.actor1)
            and _same_side(candidate.actor2, mention.actor2)
        ):
            return candidate
    return None


def _same_value(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _same_side(a: str | None, b: str | None) -> bool:
    """An unnamed actor ("gunmen", "an unidentified group") can be the one another sentence names."""
    return _same_value(a, b) or any(name is not None and name.startswith(_UNNAMED_PREFIX) for name in (a, b))


def _same_time(a: EventMention, b: EventMention) -> bool:
    """Dates that can name the same day: equal, the later mention undated, or a month or week holding the other.
    An undated incident never takes in a dated one: that one may be history the report recalls."""
    if b.event_date is None or a.event_date == b.event_date or not _dated_in_own_sentence(b):
        # A mention with no date of its own took its date from the sentences before it.
        return True
    if a.event_date is None:
        return False
    coarse = {a.date_precision, b.date_precision} & {"week", "month", "year"}
    if not coarse:
        return False
    if coarse & {"month", "year"}:
        shorter, longer = sorted((a.event_date, b.event_date), key=len)
        return longer.startswith(shorter)
    first, second = sorted((a.event_date, b.event_date))
    return len(first) == len(second) == 10 and (dt.date.fromisoformat(second) - dt.date.fromisoformat(first)).days <= 3


def _dated_in_own_sentence(mention: EventMention) -> bool:
    span = mention.date.span
    return span is not None and mention.sentence.start <= span.start < mention.sentence.end


def _names_gtd_perpetrator(mention: EventMention) -> bool:
    """GTD's "Unknown" names nobody."""
    return mention.gtd_perpetrator not in (None, "Unknown")


def _absorb(into: EventMention, other: EventMention) -> None:
    """`other` tells more of `into`: its evidence, the larger counts, the claims and any name `into` lacks."""
    into.evidence.extend(other.evidence)
    for count in ("fatalities", "wounded"):
        mine, theirs = getattr(into.casualties, count), getattr(other.casualties, count)
        if theirs and (mine is None or mine < theirs):
            setattr(into.casualties, count, theirs)
            into.casualties.evidence.extend(other.casualties.evidence)
            into.provenance[count] = "rule:casualty-patterns (later mention of the same incident)"
    into.claim.absorb(other.claim)
    if _placed_by_own_words(other) and not _placed_by_own_words(into):
        # The lede put the incident where the report's headline or most-named place is; a later sentence names
        # where it happened ("at a transit point in Rashidin, west of Aleppo").
        into.take_place_of(other, "rule:place-of-a-later-mention-of-the-same-incident", at_best=1)
    for role in ("actor1", "actor2"):
        mine, theirs = getattr(into, role), getattr(other, role)
        if theirs and (mine is None or mine.startswith(_UNNAMED_PREFIX)) and not theirs.startswith(_UNNAMED_PREFIX):
            setattr(into, role, theirs)
            into.provenance[role] = f"rule:{role}-from-later-mention-of-the-same-incident"
    if _names_gtd_perpetrator(other) and not _names_gtd_perpetrator(into):
        into.gtd_perpetrator = other.gtd_perpetrator
        into.provenance["gtd_perpetrator"] = "rule:gtd_perpetrator-from-later-mention-of-the-same-incident"
    into.confidence = round(min(0.99, max(into.confidence, other.confidence) + _SUPPORT_BONUS), 3)
