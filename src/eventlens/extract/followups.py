"""Sentences that tell more of an event already found: a toll, a claim, a confirmation, a denial,
"the blast flattened the post". They are folded into that event instead of becoming new ones."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventlens.extract.classify import Classification
from eventlens.extract.cues import Cue
from eventlens.extract.gtd_types import tactic_given_follow_up, tactic_given_victims
from eventlens.extract.participants import RoleAssignment
from eventlens.extract.targets import target_type_from_words
from eventlens.extract.victims import Harm, victim_groups
from eventlens.types import Casualties, ClaimInfo, DateExpression, EventMention, PlaceMention, Span

_DEFINITE = frozenset({"the", "this", "that"})

_TOLL_UPDATE = re.compile(r"\b(?:death\s+)?toll\b|\bnumber of (?:dead|deaths|victims|casualties)\b", re.I)
# "By the evening", "hours later": later on the same day, not a new date.
_TIME_OF_DAY = re.compile(
    r"(?:by|in|later|early|late|that)?\s*(?:the\s+)?(?:morning|afternoon|evening|night|nightfall|dawn|dusk|"
    r"hours? later|later that day|later in the day)",
    re.I,
)
_NEW_INCIDENT = re.compile(
    r"\b(?:second|another|separate(?:ly)?|new|elsewhere|meanwhile|earlier|also|in addition)\b", re.I
)
# "A civilian was also killed", "in addition, three guards died", "the bodies of the remaining hostages": more
# dead, on top of those counted.
_ADDITIONAL = re.compile(
    r"\b(?:also|another|more|additional|others?|in addition|additionally|remaining)\b(?!\s+than)", re.I
)
_SETS_APART = re.compile(r"\b(?:in addition to|besides|apart from)\b", re.I)
# "... in the attack", "... in the ensuing clash": a toll that names the event already told.
_BACK_TO_THE_EVENT = re.compile(
    r"\b(?:in|during)\s+the\s+(?:ensuing\s+|same\s+)?(?:attack|assault|blast|explosion|bombing|raid|shooting|"
    r"clash(?:es)?|strike|ambush|incident|fighting)\b",
    re.I,
)
_SECOND_EVENT = re.compile(
    r"\b(?:second|separate(?:ly)?|elsewhere|another\s+(?:attack|blast|bomb|raid|incident))\b", re.I
)
_PLURAL_BACK_REFERENCE = re.compile(
    r"\b(?:these|those|both|the|all)\s+(?:two\s+|three\s+)?(?:claims|attacks|reports|incidents|blasts|explosions|"
    r"bombings|strikes|killings|raids|ambushes)\b",
    re.I,
)


def continues_previous(
    sentence: SpacySpan,
    trigger: Token,
    classification: Classification,
    date: DateExpression,
    places: list[PlaceMention],
    claims: ClaimInfo,
    roles: RoleAssignment,
    mentions: Sequence[EventMention],
    places_seen: Sequence[PlaceMention],
) -> bool:
    """Whether the sentence tells more of the previous event rather than a new one: "The blast flattened
    the post", "the number of dead", a claim of it, or the same kind of event with nothing new in time or
    place. A new date, a new place or "a second", "another", "separately" always mean a new event."""
    if not mentions:
        return False
    previous = mentions[-1]
    if _TOLL_UPDATE.search(sentence.text) and classification.cue is Cue.KILLING:
        return True
    new_date = date.text is not None and not date.of_report and not _TIME_OF_DAY.fullmatch(date.text.strip())
    # "A civilian was also killed in the attack", "another was wounded in the blast": "also" and "another" add
    # victims to the event the sentence names (its only event word may be that name), they tell no new incident.
    back = _BACK_TO_THE_EVENT.search(sentence.text)
    if back and not new_date and not _SECOND_EVENT.search(sentence.text):
        names_it = back.start() <= trigger.idx - sentence.start_char < back.end()
        if names_it or (classification.cue is Cue.KILLING and (trigger.pos_ != "VERB" or not roles.agents)):
            return True
    if new_date or _NEW_INCIDENT.search(sentence.text):
        return False
    known = {p.text.lower() for p in previous.places} | {p.text.lower() for p in places_seen[:3]}
    if any(p.text.lower() not in known for p in places):
        return False
    definite = trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children
    )
    # "The number of dead", "Two civilians were killed": a toll, with nobody doing anything new.
    count_only = classification.cue is Cue.KILLING and (trigger.pos_ != "VERB" or not roles.agents)
    same_kind = classification.sub_event_type == previous.sub_event_type
    return definite or count_only or same_kind or claims.claim_channel is not None


def fold_follow_up(
    mentions: list[EventMention],
    sentence: SpacySpan,
    casualties: Casualties,
    claims: ClaimInfo,
    about: str | None = None,
) -> None:
    """Adds a sentence's casualty figures and sourcing to the mention(s) it is about: the latest event of
    the kind it names (`about`, a sub-event type: "the toll from the bombing"), else the latest event."""
    if not mentions:
        return
    same_kind = [m for m in mentions if about is not None and m.sub_event_type == about]
    targets = [same_kind[-1] if same_kind else mentions[-1]]
    if _PLURAL_BACK_REFERENCE.search(sentence.text):
        claimed = [m for m in mentions if m.claim.claimed]
        targets = claimed or mentions
    has_news = bool(
        claims.corroborated_by
        or claims.cited_sources
        or claims.disputed
        or claims.claimed is not None
        or claims.blamed_on
    )
    if claims.claim_channel is not None:
        # A perpetrator's own figures ("killed more than 40 soldiers") are its claim, not the toll.
        casualties = Casualties()
    for mention in targets:
        more = _ADDITIONAL.search(sentence.text) or _other_side(sentence, casualties, mention)
        # "In addition to the bodyguard, one attacker was killed": the sentence's toll already counts the earlier dead.
        if casualties.fatalities and more and mention.casualties.fatalities and not _SETS_APART.search(sentence.text):
            # "A civilian was also killed": more dead, on top of those already counted.
            mention.casualties.fatalities += casualties.fatalities
            mention.casualties.evidence.extend(casualties.evidence)
            mention.provenance["fatalities"] = "rule:casualty-patterns (more dead in a later sentence)"
        elif casualties.fatalities and (mention.casualties.fatalities or 0) < casualties.fatalities:
            mention.casualties.fatalities = casualties.fatalities
            mention.casualties.evidence.extend(casualties.evidence)
            mention.provenance["fatalities"] = "rule:casualty-patterns (later figure in the report)"
        if casualties.wounded and (mention.casualties.wounded or 0) < casualties.wounded:
            mention.casualties.wounded = casualties.wounded
            mention.casualties.evidence.extend(casualties.evidence)
        if mention.attack_type and _counts_anyone(casualties):
            # "One civilian was killed in the blast": the victims say what was targeted.
            target = target_type_from_words(sentence.text)
            if target is not None and mention.target_type is None:
                mention.target_type = target
                mention.provenance["target_type"] = "rule:target-words-of-the-victims"
            if tactic := tactic_given_victims(mention.attack_type, mention.weapon_type, mention.target_type or target):
                mention.attack_type, mention.weapon_type = tactic
                mention.provenance["attack_type"] = mention.provenance["weapon_type"] = "rule:gtd-tactic-from-victims"
        if tactic := tactic_given_follow_up(mention.attack_type, mention.weapon_type, about):
            mention.attack_type, mention.weapon_type = tactic
            mention.provenance["attack_type"] = mention.provenance["weapon_type"] = (
                "rule:gtd-hostages-taken-in-the-attack"
            )
        _merge_claims(mention.claim, claims)
    if has_news:
        for mention in targets:
            mention.evidence.append(Span(sentence.start_char, sentence.start_char + len(sentence.text.rstrip())))


def _other_side(sentence: SpacySpan, casualties: Casualties, mention: EventMention) -> bool:
    """ "Four policemen were killed ... The bodies of two attackers were found": the dead of the attacking side and
    of its victims are different people and add up (GTD's nkill counts perpetrators, ACLED every side). The same
    figure told again is more likely the same dead named another way ("kill 35 terrorists" ... "35 militants")."""
    earlier = sentence.doc.char_span(mention.sentence.start, mention.sentence.end, alignment_mode="expand")
    if earlier is None or casualties.fatalities == mention.casualties.fatalities:
        return False
    sides_now = {g.perpetrators for g in victim_groups(sentence) if g.harm is Harm.KILLED and g.count}
    sides_before = {g.perpetrators for g in victim_groups(earlier) if g.harm is Harm.KILLED and g.count}
    return len(sides_now) == len(sides_before) == 1 and sides_now != sides_before


def _counts_anyone(casualties: Casualties) -> bool:
    return bool(casualties.fatalities or casualties.wounded or casualties.killed_or_wounded)


def as_confirmation(sentence: SpacySpan, claims: ClaimInfo) -> ClaimInfo:
    """ "Tigris Watch confirmed both explosions": the subject of the confirming verb corroborates."""
    root = sentence.root
    if root.lemma_.lower() in {"confirm", "verify", "corroborate", "document"}:
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            name_tokens = [t for t in subject.subtree if t.i <= subject.i]
            name = " ".join(t.text for t in name_tokens if t.dep_ != "det")
            if name and name[0].isupper() and name not in claims.corroborated_by:
                claims.corroborated_by.append(name)
    return claims


def _merge_claims(into: ClaimInfo, extra: ClaimInfo) -> None:
    if extra.claimed is not None and into.claimed is None:
        into.claimed = extra.claimed
    into.claimed_by_text = into.claimed_by_text or extra.claimed_by_text
    into.blamed_on = into.blamed_on or extra.blamed_on
    into.claim_channel = into.claim_channel or extra.claim_channel
    for name in extra.cited_sources:
        if name not in into.cited_sources:
            into.cited_sources.append(name)
    for name in extra.corroborated_by:
        if name not in into.corroborated_by:
            into.corroborated_by.append(name)
    into.attributions.extend(n for n in extra.attributions if n not in into.attributions)
    into.denied_by.extend(n for n in extra.denied_by if n not in into.denied_by)
    into.disputed = into.disputed or extra.disputed
    into.evidence.extend(extra.evidence)


# "A second bomb", "in a separate attack", "elsewhere": the report itself says this is another incident.
_DISTINCT_INCIDENT = re.compile(
    r"\b(?:second|third|another|separate(?:ly)?|elsewhere|meanwhile|earlier|in a (?:similar|different|new)|"
    r"a new|other)\b",
    re.I,
)
# Each later mention of an incident the report keeps returning to makes it more likely its subject.
_SUPPORT_BONUS = 0.04
_UNNAMED_PREFIX = "Unidentified"


def merge_same_incident(mentions: list[EventMention], text: str) -> list[EventMention]:
    """Once dates, places and actors are resolved, later mentions of an incident already found (the same kind
    of event, on the same day, in the same place, between the same sides) are folded into it: a full report
    names its incident in the lead and again in the quotes, the toll and the witnesses' accounts. A mention
    whose sentence says it is another incident ("a second bomb", "separately") always stays."""
    kept: list[EventMention] = []
    for mention in mentions:
        sentence = text[mention.sentence.start : mention.sentence.end]
        same = None if _DISTINCT_INCIDENT.search(sentence) else _same_incident_as(mention, kept)
        if same is None:
            kept.append(mention)
            continue
        _absorb(same, mention)
    return kept


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
    _merge_claims(into.claim, other.claim)
    for role in ("actor1", "actor2"):
        mine, theirs = getattr(into, role), getattr(other, role)
        if theirs and (mine is None or mine.startswith(_UNNAMED_PREFIX)) and not theirs.startswith(_UNNAMED_PREFIX):
            setattr(into, role, theirs)
            into.provenance[role] = f"rule:{role}-from-later-mention-of-the-same-incident"
    if _names_gtd_perpetrator(other) and not _names_gtd_perpetrator(into):
        into.gtd_perpetrator = other.gtd_perpetrator
        into.provenance["gtd_perpetrator"] = "rule:gtd_perpetrator-from-later-mention-of-the-same-incident"
    into.confidence = round(min(0.99, max(into.confidence, other.confidence) + _SUPPORT_BONUS), 3)
