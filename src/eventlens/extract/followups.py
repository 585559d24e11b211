"""Sentences that tell more of an event already found: a toll, a claim, a confirmation, a denial,
"the blast flattened the post". They are folded into that event instead of becoming new ones."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventlens.extract.classify import Classification
from eventlens.extract.cues import CUE_PATTERNS, Cue, find_cues, has_cue
from eventlens.extract.gtd_types import (
    tactic_given_captive_killed,
    tactic_given_fire_set,
    tactic_given_follow_up,
    tactic_given_later_weapon,
    tactic_given_named_victims_role,
    tactic_given_prominent_victim,
    tactic_given_victims,
    weapon_named,
)
from eventlens.extract.participants import RoleAssignment
from eventlens.extract.target_phrase import (
    CIVILIAN_VICTIMS_RULE,
    NAMED_VICTIM_ROLE_RULE,
    roles_of_named_people,
    roles_of_people,
)
from eventlens.extract.targets import target_type_from_words
from eventlens.extract.victims import Harm, victim_groups
from eventlens.types import Casualties, ClaimInfo, DateExpression, EventMention, PlaceMention, Span

_DEFINITE = frozenset({"the", "this", "that"})
_VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})

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
_CLAIM_OF_THE_EVENT = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\s+for\s+(?:the|this|that)\s+(?:\w+\s+)?(?:attack|assault|"
    r"blast|explosion|bombing|raid|shooting|strike|ambush|incident|killing|kidnapping|abduction)s?\b",
    re.I,
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SECOND_EVENT = re.compile(
    r"\b(?:second|separate(?:ly)?|elsewhere|another\s+(?:attack|blast|bomb|raid|incident))\b", re.I
)
# "This was one of two attacks on villages that day": the sentence places the event told in a series, it tells no
# new one.
_ONE_OF_A_SERIES = re.compile(
    r"^\W*(?:this|it|that|the (?:\w+ )?(?:attack|assault|raid|incident|bombing|blast|shooting))\s+(?:was|is)\s+"
    r"(?:reportedly\s+)?one of\b",
    re.I,
)
_PLURAL_BACK_REFERENCE = re.compile(
    r"\b(?:these|those|both|the|all)\s+(?:two\s+|three\s+)?(?:claims|attacks|reports|incidents|blasts|explosions|"
    r"bombings|strikes|killings|raids|ambushes)\b",
    re.I,
)

# Whose "security forces" they were, when the victims say: GTD keeps police and allied militias apart from the army.
_SECURITY_FORCES_RULE = "rule:target-words-security-forces"
_FORCES_NAMED_BY_VICTIMS = frozenset({"Police", "Terrorists/Non-State Militia"})
# Targets a later sentence may still name better: none yet, or only civilians among the victims.
_WEAK_TARGET_RULES = frozenset({None, CIVILIAN_VICTIMS_RULE})


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
    if _ONE_OF_A_SERIES.search(sentence.text):
        return True
    if (
        claims.claimed
        and _CLAIM_OF_THE_EVENT.search(sentence.text)
        and not _SECOND_EVENT.search(sentence.text)
        and not _A_YEAR.search(sentence.text)
    ):
        # "X claimed responsibility for the attack, saying it answered the blockade of Yemen": the claim of the event
        # just told, whatever place its reasons name (but a reason that recalls a dated event, "the killings of 2017",
        # is left to the rules for new events).
        return True
    new_date = date.text is not None and not date.of_report and not _TIME_OF_DAY.fullmatch(date.text.strip())
    # "A civilian was also killed in the attack", "another was wounded in the blast": "also" and "another" add
    # victims to the event the sentence names (its only event word may be that name), they tell no new incident.
    back = _BACK_TO_THE_EVENT.search(sentence.text)
    if back and not new_date and not _SECOND_EVENT.search(sentence.text):
        names_it = back.start() <= trigger.idx - sentence.start_char < back.end()
        if names_it or _counts_victims(classification, trigger, roles):
            return True
    known = {p.text.lower() for p in previous.places} | {p.text.lower() for p in places_seen[:3]}
    new_place = any(p.text.lower() not in known for p in places)
    named = roles.agents or roles.patients
    if _dated_by_the_body_found(sentence, date) and not (named or new_place or _SECOND_EVENT.search(sentence.text)):
        # "He was killed shortly after and his body was found on May 3": what became of a victim of the event told,
        # dated by the finding.
        return True
    if _counts_captives(classification, roles, sentence.text) and not (
        new_date or new_place or _SECOND_EVENT.search(sentence.text)
    ):
        # "In addition, three officers were taken hostage": more victims of the attack told, carried off.
        return True
    if _more_of_the_toll(classification, trigger, roles, sentence.text) and not (new_date or new_place):
        return True
    if new_date or new_place or _NEW_INCIDENT.search(sentence.text):
        return False
    if classification.sub_event_type == "Looting/property destruction" and previous.event_type in _VIOLENT_TYPES:
        # "They set fire to the village", "two vehicles were burnt": the damage done in the attack just told.
        return True
    if _answers_the_riot(classification, previous) or _toll_of_the_fight(
        classification, previous, roles, sentence.text
    ):
        return True
    definite = trigger.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children
    )
    count_only = _counts_victims(classification, trigger, roles)
    same_kind = classification.sub_event_type == previous.sub_event_type
    return definite or count_only or same_kind or claims.claim_channel is not None


# Fights of crowds or of armed sides: "clashes" told again after either are the same fight.
_FIGHTS = frozenset({"Armed clash", "Mob violence", "Violent demonstration"})


def _answers_the_riot(classification: Classification, previous: EventMention) -> bool:
    """ "Police fired tear gas to disperse them", "several rioters were detained": the answer to the riot just told
    is part of it (ACLED types the whole event), not a new protest met with intervention."""
    return classification.sub_event_type == "Protest with intervention" and previous.event_type == "Riots"


# "A student was killed by a stray bullet", "caught in the crossfire": a bystander of the fight just told.
_CROSSFIRE = re.compile(r"\b(?:stray bullets?|cross-?fire)\b", re.I)


def _toll_of_the_fight(
    classification: Classification, previous: EventMention, roles: RoleAssignment, text: str
) -> bool:
    """ "Two were killed across two days of clashes", told after "rival youths clashed", or "a student was killed by a
    stray bullet" after an exchange of fire: the toll of the fight just told, with nobody named doing anything new."""
    if previous.sub_event_type not in _FIGHTS or roles.agents:
        return False
    return classification.cue is Cue.CLASH or bool(_CROSSFIRE.search(text))


# What a toll counts: the dead, and the people carried off ("two were killed and five abducted").
_TOLL_CUES = frozenset({Cue.KILLING, Cue.ABDUCTION})
_KIDNAPPING = "Hostage Taking (Kidnapping)"


def _counts_victims(classification: Classification, trigger: Token, roles: RoleAssignment) -> bool:
    """ "The number of dead", "Two civilians were killed and three abducted": a toll, with nobody doing anything
    new."""
    counted = classification.cue in _TOLL_CUES or _carries_off(classification, trigger.sent.text)
    return counted and (trigger.pos_ != "VERB" or not roles.agents)


# "... his body was found on": the date a victim's body was found, told after the event that killed him.
_BODY_FOUND_BEFORE = re.compile(
    r"\bbod(?:y|ies)\b(?: \S+){0,6}? (?:was|were) (?:later |eventually |subsequently )?(?:found|discovered|recovered)"
    r"(?: \S+){0,3}? (?:on|in)\s*$",
    re.I,
)


def _dated_by_the_body_found(sentence: SpacySpan, date: DateExpression) -> bool:
    if date.span is None:
        return False
    return _BODY_FOUND_BEFORE.search(sentence.doc.text[sentence.start_char : date.span.start]) is not None


# Words that add victims to a toll ("another soldier was wounded", "a guard was also killed"), not incidents.
_MORE_VICTIMS = re.compile(
    r"\b(?:also (?:\w+ )?(?:killed|wounded|injured|hurt|shot|died)|another (?:\w+ ){0,2}?(?:was|died|succumbed))\b",
    re.I,
)


def _more_of_the_toll(classification: Classification, trigger: Token, roles: RoleAssignment, text: str) -> bool:
    """ "One soldier was killed and another was wounded": a toll, nobody doing anything, whose only words of a new
    incident add victims to it. "A second", "separately", "meanwhile" or "another attack" still set one apart."""
    if not _counts_victims(classification, trigger, roles) or _SECOND_EVENT.search(text):
        return False
    return _MORE_VICTIMS.search(text) is not None and not _NEW_INCIDENT.search(_MORE_VICTIMS.sub(" ", text))


# The attackers already told, named again: "the assailants", "the gunmen", "they".
_SAME_ATTACKERS = re.compile(
    r"\b(?:(?:the|these) (?:assailants|attackers|gunmen|militants|raiders|insurgents|fighters)|they)\b", re.I
)
_VIOLENT_EVENT_TYPES = frozenset({"Violence against civilians", "Battles"})


def burns_in_the_same_attack(
    classification: Classification,
    mentions: Sequence[EventMention],
    roles: RoleAssignment,
    text: str,
    date: DateExpression,
) -> EventMention | None:
    """ "Assailants opened fire on the village ... In addition, the assailants set fire to houses": fire set by the
    attackers already told (or by nobody named), on no new date, after an attack on people. ACLED may keep the
    burning as an event of its own; for GTD it is one incident with the attack. Returns that attack."""
    previous = mentions[-1] if mentions else None
    burns = (
        previous is not None
        and classification.sub_event_type == "Looting/property destruction"
        and previous.event_type in _VIOLENT_EVENT_TYPES
        and has_cue(text, [Cue.ARSON])
        and (date.text is None or date.of_report)
        and not _SECOND_EVENT.search(text)
        and (not roles.agents or _SAME_ATTACKERS.search(text) is not None)
    )
    return previous if burns else None


def take_the_attacks_tactic(mention: EventMention, attack: EventMention) -> None:
    """The fire set in an attack already told takes that attack's GTD tactic; an attack of unnamed means that
    hurt people and burnt property was an armed assault (`tactic_given_fire_set`)."""
    if attack.attack_type == "Unknown":
        hurt = _hurt_anyone(attack.casualties) or _hurt_anyone(mention.casualties)
        tactic = tactic_given_fire_set(attack.attack_type, hurt)
    elif attack.attack_type in _TACTICS_THAT_BURN and attack.weapon_type:
        tactic = attack.attack_type, attack.weapon_type
    else:
        tactic = None
    if tactic:
        mention.attack_type, mention.weapon_type = tactic
        mention.provenance["attack_type"] = mention.provenance["weapon_type"] = "rule:gtd-fire-set-in-the-attack"


# Attacks whose tactic GTD keeps for the fire set in them (it ranks each above a facility attack).
_TACTICS_THAT_BURN = frozenset({"Armed Assault", "Assassination", "Hostage Taking (Kidnapping)", "Bombing/Explosion"})


def _counts_captives(classification: Classification, roles: RoleAssignment, text: str) -> bool:
    """ "Three officers were taken hostage", "two soldiers were abducted in the clash": people carried off, with
    nobody named doing it."""
    return _carries_off(classification, text) and not roles.agents


def _carries_off(classification: Classification, text: str) -> bool:
    """A kidnapping the sentence tells in words of abduction (not a beheading, which GTD codes as one too)."""
    return classification.attack_type == _KIDNAPPING and CUE_PATTERNS[Cue.ABDUCTION].search(text) is not None


def fold_follow_up(
    mentions: list[EventMention],
    sentence: SpacySpan,
    casualties: Casualties,
    claims: ClaimInfo,
    about: Classification | None = None,
) -> None:
    """Adds a sentence's casualty figures and sourcing to the mention(s) it is about: the latest event of
    the kind it names (`about`, how the sentence itself reads: "the toll from the bombing"), else the latest
    event."""
    if not mentions:
        return
    same_kind = [m for m in mentions if about is not None and m.sub_event_type == about.sub_event_type]
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
        if mention.attack_type and mention.provenance.get("target_type") in _WEAK_TARGET_RULES:
            _target_from_roles_of_people(mention, sentence)
        if mention.attack_type and _counts_anyone(casualties):
            # "One civilian was killed in the blast": the victims say what was targeted.
            target = target_type_from_words(sentence.text)
            if target is not None and mention.target_type is None:
                mention.target_type = target
                mention.provenance["target_type"] = "rule:target-words-of-the-victims"
            elif target in _FORCES_NAMED_BY_VICTIMS and mention.provenance.get("target_type") == _SECURITY_FORCES_RULE:
                # "Attacked a security outpost ... Three police officers were killed": the outpost was the police's.
                mention.target_type = target
                mention.provenance["target_type"] = f"{_SECURITY_FORCES_RULE} + rule:target-words-of-the-victims"
            if tactic := tactic_given_victims(mention.attack_type, mention.weapon_type, mention.target_type or target):
                mention.attack_type, mention.weapon_type = tactic
                mention.provenance["attack_type"] = mention.provenance["weapon_type"] = "rule:gtd-tactic-from-victims"
            prominent = tactic_given_prominent_victim(
                mention.attack_type, mention.weapon_type, sentence.text, mention.sub_event_type
            )
            if tactic := prominent:
                mention.attack_type, mention.weapon_type = tactic
                mention.provenance["attack_type"] = "rule:gtd-prominent-person-among-the-victims"
        if mention.attack_type:
            _tactic_from_role_of_named_victim(mention, sentence)
        if mention.attack_type:
            _weapon_named_later(mention, sentence)
        told = sentence.doc.text[mention.sentence.start : mention.sentence.end]
        if tactic := tactic_given_captive_killed(mention.attack_type, mention.weapon_type, sentence.text, told):
            mention.attack_type, mention.weapon_type = tactic
            mention.provenance["attack_type"] = "rule:gtd-prominent-captive-killed"
        if (
            mention.attack_type == "Unknown"
            and has_cue(sentence.text, [Cue.ARSON])
            and (tactic := tactic_given_fire_set(mention.attack_type, _hurt_anyone(mention.casualties)))
        ):
            mention.attack_type, mention.weapon_type = tactic
            mention.provenance["attack_type"] = mention.provenance["weapon_type"] = "rule:gtd-fire-set-in-the-attack"
        if about and (tactic := tactic_given_follow_up(mention.attack_type, mention.weapon_type, about.attack_type)):
            mention.attack_type, mention.weapon_type = tactic
            mention.provenance["attack_type"] = mention.provenance["weapon_type"] = (
                "rule:gtd-hostages-taken-in-the-attack"
            )
        mention.claim.absorb(claims)
    if has_news:
        for mention in targets:
            mention.evidence.append(Span(sentence.start_char, sentence.start_char + len(sentence.text.rstrip())))


def _target_from_roles_of_people(mention: EventMention, sentence: SpacySpan) -> None:
    """ "Gunmen shot Juan Perez ... Perez, a municipal councilor, died in hospital": who the victim was decides."""
    target = next(filter(None, map(target_type_from_words, roles_of_people(sentence))), None)
    if target is not None and target != "Private Citizens & Property":
        mention.target_type = target
        mention.provenance["target_type"] = NAMED_VICTIM_ROLE_RULE


def _tactic_from_role_of_named_victim(mention: EventMention, sentence: SpacySpan) -> None:
    """ "Gunmen opened fire on Juan Perez ... Perez, the town's mayor, was wounded": the person the event's own
    sentence names, and this one says holds an office, was the one aimed at (GTD's assassination)."""
    told = sentence.doc.text[mention.sentence.start : mention.sentence.end]
    for name, role in [*roles_of_named_people(sentence), *_opening_appositions(sentence.text)]:
        if re.search(rf"\b{re.escape(name)}\b", told):
            tactic = tactic_given_named_victims_role(mention.attack_type, mention.weapon_type, role)
            if tactic:
                mention.attack_type, mention.weapon_type = tactic
                mention.provenance["attack_type"] = "rule:gtd-role-of-the-named-victim"
            return


def _weapon_named_later(mention: EventMention, sentence: SpacySpan) -> None:
    """ "Militants attacked a checkpoint ... Two policemen were shot dead": the weapon the event's own sentence
    left unnamed, when the sentence says it is the same attack. An attacker shot by those he attacked names the
    defence's weapon, not the attack's."""
    if not _BACK_TO_THE_EVENT.search(sentence.text):
        # Only a sentence that says it tells of the same attack ("... in the attack") names its weapon.
        return
    later_cues = find_cues(sentence.text)
    later = weapon_named(later_cues, "")
    if later in {"Incendiary", None} or later == mention.weapon_type or Cue.ATTACKER_SHOT in later_cues:
        # Fire set in the attack has its own rule (`tactic_given_fire_set`).
        return
    told = sentence.doc.text[mention.sentence.start : mention.sentence.end]
    if weapon_named(find_cues(told), mention.sub_event_type or "") is not None:
        return
    if tactic := tactic_given_later_weapon(mention.attack_type, later):
        mention.attack_type, mention.weapon_type = tactic
        mention.provenance["attack_type"] = mention.provenance["weapon_type"] = "rule:gtd-weapon-named-later"


# "Saleh, a district councillor, was ...": the tagger often takes a lone surname for an organisation.
_OPENING_APPOSITION = re.compile(r"^\s*([A-Z][\w'’-]+), (?:an?|the) ([^,.;]{3,120}?),")


def _opening_appositions(text: str) -> list[tuple[str, str]]:
    match = _OPENING_APPOSITION.match(text)
    return [(match.group(1), match.group(2))] if match else []


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


def _hurt_anyone(casualties: Casualties) -> bool:
    """Someone killed or wounded, counted or not ("an unknown number of casualties")."""
    return casualties.fatalities is None or casualties.wounded is None or _counts_anyone(casualties)


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
