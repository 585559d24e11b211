"""Is a sentence's event told around the report's incident rather than being the incident itself?

A news report leads with its incident and tells the rest relative to it: what the attack avenged ("in
retaliation for the earlier killing of two herders"), what came before it ("days prior to the attack, troops
shot two protesters"), how the other side answered ("security forces responded with air strikes"), what
happened "in a separate incident". Such an event is real, but it is not what the report is about, so it should
not become the document's main event."""

from __future__ import annotations

from spacy.tokens import Token

# An event that is the object of one of these words is the reason for another ("revenge for Muslims killed by
# militias", "avenging the deaths of fighters", "in response to an army operation").
_REASON_LEMMAS = frozenset({"retaliation", "retaliate", "revenge", "avenge", "reprisal", "response", "prior"})
# Verbs that tell an event as the answer to the one already reported ("troops responded with air strikes").
_RESPONSE_LEMMAS = frozenset({"respond", "retaliate"})
# A modifier that places the event before, or beside, the one the report leads with.
_BEFORE_WORDS = frozenset({"earlier", "previously", "prior"})
_ASIDE_WORDS = frozenset({"separate", "unrelated"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _clause_head(trigger: Token) -> Token:
    """The verb the event word hangs from (the word itself when it is a verb)."""
    token = trigger
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _is_aside(modifier: Token) -> bool:
    """ "in a separate incident": a preposition whose one object is marked as another story ("killed in
    separate operations" only counts several)."""
    return modifier.dep_ == "prep" and any(
        obj.tag_ == "NN" and any(child.lower_ in _ASIDE_WORDS for child in obj.children) for obj in modifier.children
    )


def _gives_a_reason(modifier: Token) -> bool:
    """ "in retaliation for ...", "in response to ...": the phrase that names what an event answered."""
    return modifier.dep_ == "prep" and any(obj.lemma_.lower() in _REASON_LEMMAS for obj in modifier.children)


def _explains_the_known_event(trigger: Token, head: Token) -> bool:
    """ "The raid was revenge for ...": a sentence about the reported attack's motive is
    no new attack; what it tells is the older event."""
    definite = any(child.dep_ == "det" and child.lower_ in _DEFINITE for child in trigger.children)
    return trigger.pos_ == "NOUN" and definite and any(_gives_a_reason(m) for m in head.children)


def tells_backstory(trigger: Token) -> bool:
    """True when the event named by `trigger` is told as the reason for, the lead-up to, the answer to, or an
    aside from the report's incident."""
    if any(ancestor.lemma_.lower() in _REASON_LEMMAS for ancestor in trigger.ancestors):
        return True
    head = _clause_head(trigger)
    if head.lemma_.lower() in _RESPONSE_LEMMAS or _explains_the_known_event(trigger, head):
        return True
    modifiers = [*trigger.children, *head.children]
    # "Earlier on Sunday, ...": the time word may hang from the phrase that dates the event.
    modifiers += [child for m in modifiers if m.dep_ == "prep" for child in m.children]
    return any(m.lower_ in _BEFORE_WORDS or _is_aside(m) for m in modifiers)
