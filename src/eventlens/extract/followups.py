"""Sentences that tell more of an event already found: a toll, a claim, a confirmation, a denial,
"the blast flattened the post". They are folded into that event instead of becoming new ones."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventlens.extract.classify import Classification
from eventlens.extract.cues import Cue
from eventlens.extract.participants import RoleAssignment
from eventlens.extract.targets import target_type_from_words
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
# "A civilian was also killed": more dead, on top of those counted.
_ADDITIONAL = re.compile(r"\b(?:also|another|more|additional|others?)\b(?!\s+than)", re.I)
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
        if casualties.fatalities and _ADDITIONAL.search(sentence.text) and mention.casualties.fatalities:
            # "A civilian was also killed": more dead, on top of those already counted.
            mention.casualties.fatalities += casualties.fatalities
            mention.casualties.evidence.extend(casualties.evidence)
        elif casualties.fatalities and (mention.casualties.fatalities or 0) < casualties.fatalities:
            mention.casualties.fatalities = casualties.fatalities
            mention.casualties.evidence.extend(casualties.evidence)
            mention.provenance["fatalities"] = "rule:casualty-patterns (later figure in the report)"
        if casualties.wounded and (mention.casualties.wounded or 0) < casualties.wounded:
            mention.casualties.wounded = casualties.wounded
            mention.casualties.evidence.extend(casualties.evidence)
        if mention.attack_type and mention.target_type is None and _counts_anyone(casualties):
            # "One civilian was killed in the blast": the victims say what was targeted.
            target = target_type_from_words(sentence.text)
            if target is not None:
                mention.target_type = target
                mention.provenance["target_type"] = "rule:target-words-of-the-victims"
        _merge_claims(mention.claim, claims)
    if has_news:
        for mention in targets:
            mention.evidence.append(Span(sentence.start_char, sentence.start_char + len(sentence.text.rstrip())))


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
