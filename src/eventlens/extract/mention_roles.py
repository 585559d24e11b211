"""From roles in a sentence to the actor, victim and target fields of its event mention."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventlens.extract.classify import Classification
from eventlens.extract.entities import entities_in
from eventlens.extract.participants import ActorSpan, RoleAssignment, defends, fights_with
from eventlens.extract.target_phrase import (
    CIVILIAN_VICTIMS_RULE,
    NAMED_VICTIM_ROLE_RULE,
    roles_of_named_people,
    target_phrases,
)
from eventlens.extract.targets import names_an_averted_attack, names_only_security_forces, target_type_from_words
from eventlens.types import EventMention

_CIVILIAN_HARM_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence", "Riots"})

_PERSONAL_TARGETS = frozenset(
    "vehicle car convoy home house residence office motorcade guards bodyguards compound shop family".split()
)


def names_a_victim(sentence: SpacySpan, roles: RoleAssignment) -> bool:
    """A named person is the one attacked: "targeting the vehicle of Sadiq Ali", "shot and killed a civilian,
    Haji Asad", "opened fire on Judge Rahimi". Names elsewhere in the sentence (places the tagger takes for
    people, witnesses, officials who spoke) do not count."""
    agents = {i for a in roles.agents for i in range(a.start, a.end)}
    for ent in entities_in(sentence):
        if ent.label_ != "PERSON" or agents.intersection(range(ent.start, ent.end)) or _heads_a_place_list(ent):
            continue
        root = ent.root
        if root.dep_ == "appos":
            root = root.head
        if root.dep_ in {"dobj", "nsubjpass"} and root.head.pos_ == "VERB":
            return True
        if root.dep_ == "pobj" and root.head.lower_ in {"of", "on", "at", "against"}:
            owner = root.head.head
            if root.head.lower_ != "of" or owner.lemma_.lower() in _PERSONAL_TARGETS:
                return True
    return False


# Verbs of armed men falling on a place: "rebels attacked Dikwa", "gunmen raided Kyabohe".
_ASSAULT_LEMMAS = frozenset({"attack", "raid", "storm", "overrun", "invade", "besiege", "assault"})


def attacks_a_place(sentence: SpacySpan) -> bool:
    """A town or village named as what was attacked ("insurgents attacked Dikwa, Borno"): armed men who fall on a
    place raid the people living there, GTD's armed assault even when no weapon is named. A post, a base or an
    airport is a facility, not a place the tagger names."""
    for ent in entities_in(sentence):
        if ent.label_ not in {"GPE", "LOC"} and not (ent.label_ == "PERSON" and _heads_a_place_list(ent)):
            continue
        root = ent.root
        if root.dep_ == "dobj" and root.head.lemma_.lower() in _ASSAULT_LEMMAS and not _an_area(ent):
            return True
    return False


# "Attacked Obe district": an administrative area, whose attack is on its seat of government, not on a settlement.
_AREA_WORDS = frozenset("district districts province region state county governorate prefecture municipality".split())


def _an_area(ent: SpacySpan) -> bool:
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return ent[-1].lower_ in _AREA_WORDS or (following is not None and following.lower_ in _AREA_WORDS)


def _heads_a_place_list(ent: SpacySpan) -> bool:
    """ "Gunmen raided Kyabohe, Irumu, Ituri": a village the tagger took for a person, followed by its district."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    following = doc[ent.end + 1]
    return following.ent_iob_ == "B" and following.ent_type_ in {"GPE", "LOC"}


def set_participants(
    mention: EventMention,
    sentence: SpacySpan,
    trigger: Token,
    roles: RoleAssignment,
    actors: list[ActorSpan],
    classification: Classification,
    channels: Mapping[str, str],
) -> None:
    agents = [a for a in roles.agents if a.text not in channels]
    patients = [a for a in roles.patients if a.text not in channels]
    if not agents and (len(patients) >= 2 or (patients and all(a.role for a in actors))):
        # With one victim named, only when no other name in the sentence may be the one who acted.
        agents, patients = _attacker_among_victims(sentence, patients)
    if not agents and not patients and len(actors) >= 2 and classification.sub_event_type == "Armed clash":
        agents, patients = [actors[0]], [actors[1]]
    if agents:
        mention.actor1_text = agents[0].text
        mention.provenance["actor1"] = "rule:agent-of-event-verb"
    elif classification.event_type == "Protests" or classification.event_type == "Riots":
        mention.actor1_text = "protesters" if classification.event_type == "Protests" else "rioters"
        mention.provenance["actor1"] = "rule:protest-participants"
    others = [
        p for p in patients
        if not _same_side(p.text, mention.actor1_text)
        and (p.category != "civilians" or p.unarmed or classification.event_type in _CIVILIAN_HARM_TYPES)
    ]  # fmt: skip
    if others:
        mention.actor2_text = others[0].text
        mention.provenance["actor2"] = "rule:patient-of-event-verb"
    elif roles.civilian_victims and classification.event_type in _CIVILIAN_HARM_TYPES:
        mention.actor2_text = "civilians"
        mention.provenance["actor2"] = "rule:civilian-victims"
    if len(agents) > 1 and agents[1].text.lower() != (mention.actor1_text or "").lower():
        mention.assoc_actor_1_text = agents[1].text
    mention.civilian_targeting = True if roles.civilian_victims and classification.event_type in {
        "Violence against civilians", "Explosions/Remote violence"} else None  # fmt: skip
    if classification.attack_type:
        _set_target_type(mention, sentence, trigger, roles, patients)


def _set_target_type(
    mention: EventMention, sentence: SpacySpan, trigger: Token, roles: RoleAssignment, patients: list[ActorSpan]
) -> None:
    """GTD's target type, from the first of: the victim the roles found, what the verb hit ("shot and killed a
    village chief", "detonated near a revenue office"), what the report says a named victim is, civilians among
    the victims, an attack that hit nothing, whatever the sentence names after its verb."""
    # Every one attacked, in order, and each by its own name too: the parse may cut a long force name
    # ("Volunteers for the Defense of the Homeland") short where its phrase reads only its last word.
    candidates = [text for patient in patients for text in (_phrase_text(sentence, patient), patient.text)]
    candidates.extend(target_phrases(sentence, trigger))
    words = next((w for w in candidates if target_type_from_words(w)), None)
    if words is None and _set_target_from_role_of_named(mention, sentence, candidates):
        return
    if words is None and roles.civilian_victims:
        mention.target_type = "Private Citizens & Property"
        mention.provenance["target_type"] = CIVILIAN_VICTIMS_RULE
        return
    if words is None and not patients:
        if names_an_averted_attack(sentence.text):
            mention.target_type = "Unknown"
            mention.provenance["target_type"] = "rule:gtd-target-unknown-of-averted-attack"
            return
        # No object found in the parse: what the sentence says after its trigger names the target.
        words = sentence.text[trigger.idx - sentence.start_char :]
    target = target_type_from_words(words) if words else None
    if target:
        mention.target_type = target
        security = names_only_security_forces(words or "")
        mention.provenance["target_type"] = "rule:target-words-security-forces" if security else "rule:target-words"


def _set_target_from_role_of_named(mention: EventMention, sentence: SpacySpan, candidates: list[str]) -> bool:
    """ "Gunmen fired on the car of Karim Saleh ... Saleh, the mayor of the town, was not hurt": what the report
    says anywhere of the person attacked decides the target, even where nobody was hurt."""
    names = {word for phrase in candidates for word in phrase.split() if word.istitle()}
    roles = (role for name, role in roles_of_named_people(sentence.doc[:]) if name in names)
    target = next((t for t in map(target_type_from_words, roles) if t and t != "Private Citizens & Property"), None)
    if target is None:
        return False
    mention.target_type = target
    mention.provenance["target_type"] = NAMED_VICTIM_ROLE_RULE
    return True


def _same_side(patient: str, actor1: str | None) -> bool:
    """ "An NPA fighter was killed in a firefight between the NPA and the army": the fighter is actor1's own man,
    not the other side, when one name begins the other."""
    if not actor1:
        return False
    shorter, longer = sorted((patient.lower(), actor1.lower()), key=len)
    # The name then its people ("NPA fighters"), not a role that ends another name ("forces", "Houthi forces").
    return re.match(rf"{re.escape(shorter)}\b", longer) is not None


def _attacker_among_victims(sentence: SpacySpan, patients: list[ActorSpan]) -> tuple[list[ActorSpan], list[ActorSpan]]:
    """When nobody is the subject of the act, who did it is one of those it speaks of: "rebels were killed in
    clashes with regime troops", "a suspect was killed after exchanging fire with police" (the other side of
    the fight), "militants were killed when the army repulsed their attack" (those who attacked, not the army
    that defended)."""
    doc = sentence.doc
    counterpart = next((p for p in patients if fights_with(p, doc)), None)
    if counterpart is None and any(defends(p, doc) for p in patients):
        counterpart = next((p for p in patients if not defends(p, doc)), None)
    if counterpart is None:
        return [], patients
    return [counterpart], [p for p in patients if p is not counterpart]


def _phrase_text(sentence: SpacySpan, actor: ActorSpan) -> str:
    token = sentence.doc[actor.end - 1]
    head = token
    while head.dep_ in {"compound", "amod", "nummod", "poss", "appos"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    return " ".join(t.text for t in head.subtree)
