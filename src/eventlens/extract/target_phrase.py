"""The words of a sentence that name what an attack hit, read from the parse around its trigger verb.

GTD codes the target from the thing or people attacked: the object of the verb ("shot and killed a village
chief"), the place the blow landed ("detonated near a revenue office", "fired rockets at a military base"), or
what a device was meant for ("a device targeting the vehicle of a judge"). Places named only as where it
happened ("in Ghazni") are not targets, so they are left out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

# Prepositions that put the target after the verb: "opened fire on", "fired at", "detonated near", "threw a
# grenade into", "set fire to", "drove towards".
_TARGET_PREPOSITIONS = frozenset("on at near against outside inside into to towards toward onto upon".split())
# A device's own clause says what it was meant for: "a device targeting the vehicle of", "attached to".
_DEVICE_VERBS = frozenset("target attach plant place hide aim".split())
# Prepositions that give where the target was, not what it was: trimmed from the target's own phrase.
_SETTING_PREPOSITIONS = frozenset("in along between across within during near outside beside behind".split())
# Where and when it happened, not what was hit: "attacked Geidam district", "on Monday".
_SETTING_ENTITIES = frozenset({"GPE", "LOC", "DATE", "TIME"})
# The provenance of a target known only from civilians among the victims: a later sentence may say who they were.
CIVILIAN_VICTIMS_RULE = "rule:target-civilian-victims"
# The provenance of a target known from what the report says a named victim is ("Saleh, the mayor of the town").
NAMED_VICTIM_ROLE_RULE = "rule:target-from-role-of-named-victim"


def target_phrases(sentence: SpacySpan, trigger: Token) -> Iterator[str]:
    """The phrases that may name the target of the act `trigger` reports, nearest the verb first, then those of
    the sentence's other verbs: "a suicide bomber detonated a car bomb and gunmen opened fire at an army base"
    tells one attack in two clauses, and its target may sit in either."""
    own_verbs = _verbs_of_act(_verb_of(trigger))
    other_verbs = [t for t in sentence if t.pos_ == "VERB" and t not in own_verbs]
    for verb in [*own_verbs, *other_verbs]:
        for target in _targets_of(verb):
            if target.ent_type_ in _SETTING_ENTITIES:
                continue
            if sentence.start <= target.i < sentence.end:
                yield _phrase(target)


def _verb_of(trigger: Token) -> Token:
    """A weapon or attacker named as the trigger ("fired rockets at", "a suicide bomber detonated") acts through
    the verb it belongs to."""
    token = trigger
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else trigger


def _verbs_of_act(trigger: Token) -> list[Token]:
    """The trigger and the verbs that share its subject: "shot and killed", "attempted to set fire to"."""
    verbs = [trigger]
    for verb in [trigger, *trigger.conjuncts]:
        if verb is not trigger:
            verbs.append(verb)
        verbs.extend(child for child in verb.children if child.dep_ == "xcomp")
    return verbs


def _targets_of(verb: Token) -> Iterator[Token]:
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            yield child
            yield from _device_targets(child)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPOSITIONS:
            yield from _objects_of_preposition(child)
        elif child.dep_ == "nsubj":
            yield from _device_targets(child)
        elif child.dep_ in {"advcl", "acl", "xcomp"} and child.lemma_.lower() in _DEVICE_VERBS:
            yield from _targets_of(child)


def _device_targets(noun: Token) -> Iterator[Token]:
    """ "An explosive device attached to the vehicle of ... detonated": the clause on the device names it."""
    for child in noun.children:
        if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in _DEVICE_VERBS:
            yield from _targets_of(child)


def _objects_of_preposition(preposition: Token) -> Iterator[Token]:
    for child in preposition.children:
        if child.dep_ == "pobj":
            yield child
        elif child.dep_ == "prep":  # "outside of a clinic"
            yield from _objects_of_preposition(child)


def _phrase(noun: Token) -> str:
    """The noun with its modifiers, owners and appositions, without the setting ("in Police District 2")."""
    left_out: set[int] = set()
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _SETTING_PREPOSITIONS:
            left_out.update(t.i for t in child.subtree)
    return " ".join(t.text for t in noun.subtree if t.i not in left_out)


def roles_of_people(sentence: SpacySpan) -> Iterator[str]:
    """What a sentence says a named person is: "Saleh, the mayor of the town, was not hurt"."""
    for _, role in roles_of_named_people(sentence):
        yield role


def roles_of_named_people(text: SpacySpan) -> Iterator[tuple[str, str]]:
    """Each named person's surname with what the text says they are. The tagger often leaves a lone surname
    untyped, so any proper noun that is not a place or an organisation counts."""
    for token in text:
        person = token.head
        if token.dep_ == "appos" and person.pos_ == "PROPN" and person.ent_type_ in {"PERSON", ""}:
            yield person.text, _phrase(token)
