"""Roles from the dependency parse: whether a name's phrase acted, was acted on, or only describes."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventlens.extract.dates import REPORTING_LEMMAS
from eventlens.extract.participants.model import ActorSpan

_PATIENT_PREPOSITIONS = frozenset({"against", "on", "at", "upon", "targeting", "with", "toward", "towards", "into"})

_LIFT_DEPS = frozenset({"compound", "amod", "appos", "nmod", "nummod", "det", "poss", "case", "conj", "punct"})


def phrase_head(token: Token) -> Token:
    """Climbs from a name to the head of the noun phrase it modifies ("SDF" in "four SDF fighters" to
    "fighters"; "SDF" in "vehicles of the SDF" to "vehicles")."""
    for _ in range(8):
        if token.dep_ in _LIFT_DEPS and token.head.i != token.i:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in {"NOUN", "PROPN"}:
            token = token.head.head
        elif token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.pos_ == "PROPN":
            # Inside a group's own name: "the Group for the Support of Islam and Muslims (JNIM)".
            token = token.head.head
        else:
            break
    return token


def _plants_the_weapon(token: Token) -> bool:
    """ "A Taliban-planted bomb", "an IS-laid mine": the name joined by a hyphen to these participles put the
    weapon there, however the parser attached it."""
    doc = token.doc
    following = doc[token.i + 1 : token.i + 3]
    return len(following) == 2 and following[0].text == "-" and following[1].lower_ in _PLANTING_PARTICIPLES


def role_of_name(token: Token) -> str | None:
    """ "Between X and Y": Y, a conjunct of the first party, is the other side, not an ally of X."""
    if _plants_the_weapon(token):
        return "agent"
    conjunct_of = token
    while conjunct_of.dep_ in {"compound", "amod", "nummod", "det"} and conjunct_of.head.i != conjunct_of.i:
        conjunct_of = conjunct_of.head
    if conjunct_of.dep_ == "conj":
        first = conjunct_of.head
        if first.dep_ == "pobj" and first.head.lower_ == "between":
            return "patient"
        if first.dep_ == "nsubj" and mutual_without_opponent(first.head):
            # "GNA and LNA forces clashed": the second subject is the other side.
            return "patient"
    head = phrase_head(token)
    if _counted_in_a_toll(head):
        return None
    return role_of(head)


# "The number of civilians killed ... has risen to 20": a toll that grows counts the dead, it does not act.
_COUNT_LEMMAS = frozenset({"number", "toll", "count", "tally", "total"})
_GROWING_LEMMAS = frozenset({"rise", "climb", "reach", "increase", "jump", "mount", "grow", "soar", "stand"})


def _counted_in_a_toll(head: Token) -> bool:
    return head.lemma_.lower() in _COUNT_LEMMAS and head.head.lemma_.lower() in _GROWING_LEMMAS


# Words "with" follows to name the other side of a fight ("clashes with", "exchanged fire with"), not an ally
# ("aligned with", "along with").
_FIGHT_LEMMAS = frozenset(
    "clash fight fighting battle skirmish exchange fire firefight gunfight shootout shoot-out encounter "
    "confrontation engage".split()
)


def fights_with(actor: ActorSpan, doc: Doc) -> bool:
    """ "Killed in clashes with the army", "after exchanging fire with police": the other side of a fight."""
    head = phrase_head(doc[actor.end - 1])
    if head.dep_ != "pobj" or head.head.lower_ != "with":
        return False
    return head.head.head.lemma_.lower() in _FIGHT_LEMMAS


def defends(actor: ActorSpan, doc: Doc) -> bool:
    """ "The army repulsed their attack": the army defended; the attackers are the other side."""
    head = phrase_head(doc[actor.end - 1])
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in _DEFENDING_LEMMAS


# Verbs whose plural subject is both sides: "X and Y clashed", "the two clans fought".
_MUTUAL_LEMMAS = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "engage"})


def mutual_without_opponent(verb: Token) -> bool:
    """ "X and Y clashed" names both sides in its subject; "X and Y clashed with Z" fought Z together."""
    if verb.lemma_.lower() not in _MUTUAL_LEMMAS:
        return False
    return not any(t.dep_ == "prep" and t.lower_ in {"with", "against"} for t in verb.children)


def is_reporting(verb: Token) -> bool:
    return verb.lemma_.lower() in REPORTING_LEMMAS or verb.lower_ == "according"


_DESCRIBING_LEMMAS = frozenset(
    "hold control run own back support lead found name describe govern administer dominate besiege surround "
    "encircle occupy call know".split()
)

# Nouns of violence whose "by" names who did it: "an attack by IS", "air strikes by Turkish jets".
ACT_NOUN_LEMMAS = frozenset(
    "attack assault ambush raid strike airstrike shelling bombardment bombing operation offensive fire gunfire "
    "shooting killing abduction kidnapping crackdown incursion assassination massacre explosion blast "
    "infiltration advance".split()
)

# "A Taliban-planted bomb", "an IS-laid mine": the name before these participles put the weapon there.
_PLANTING_PARTICIPLES = frozenset({"planted", "laid", "placed", "fired", "launched", "detonated", "triggered"})

# Their subjects defend, their objects attacked: "the army repelled a Taliban attack" is the Taliban's attack.
_DEFENDING_LEMMAS = frozenset({"repel", "repulse", "thwart", "foil", "rebuff", "fend", "resist"})

# "In coalition with", "along with": the name after "with" fought on the same side.
_ALLIANCE_WORDS = frozenset(
    "coalition alliance cooperation coordination conjunction collaboration partnership together along jointly "
    "concert allied aligned".split()
)

# Their subjects are what happened to, not who acted: "two civilians died".
_UNDERGOING_LEMMAS = frozenset({"die", "perish", "suffer", "sustain", "flee", "succumb", "drown", "disappear"})

# Verbs of harm: a headline's participle that makes the noun before it a victim ("two soldiers wounded"), the
# verb whose object is who was hit ("..., killing six people").
HARM_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "maim"})


def role_of(head: Token) -> str | None:
    dep = head.dep_
    parent = head.head
    if dep == "nsubj" and parent.lemma_.lower() in _UNDERGOING_LEMMAS | _DEFENDING_LEMMAS:
        return "patient"
    if dep == "nsubj" and is_reporting(parent) and (act := _own_act(parent)) is not None:
        # "The rebels claimed to have shelled the base": who claims it did it, whatever the reporting verb.
        return "patient" if act.lemma_.lower() in _UNDERGOING_LEMMAS | _DEFENDING_LEMMAS else "agent"
    if dep == "dobj" and parent.lemma_.lower() in _DEFENDING_LEMMAS:
        return "agent"
    if dep in {"nsubj"} and parent.pos_ in {"VERB", "AUX"} and not is_reporting(parent):
        return "agent"
    if dep == "pobj" and parent.dep_ == "agent":
        # "killed by IS" acts; "held by IS", "backed by Turkey" only describe; "repelled by the army" defends.
        verb = parent.head.lemma_.lower()
        return None if verb in _DESCRIBING_LEMMAS else "patient" if verb in _DEFENDING_LEMMAS else "agent"
    if dep == "poss" and parent.pos_ == "NOUN":
        return "agent"
    if dep == "pobj" and parent.lower_ == "by" and parent.head.lemma_.lower() in ACT_NOUN_LEMMAS:
        return "agent"
    if dep in {"dobj", "nsubjpass"} and parent.pos_ == "VERB" and not is_reporting(parent):
        return "patient"
    allied = parent.head.lemma_.lower() in _ALLIANCE_WORDS or any(c.lower_ in _ALLIANCE_WORDS for c in parent.children)
    if dep == "pobj" and parent.lower_ == "with" and allied:
        # "in coalition with X", "together with X": an ally, on the side that acted.
        return "agent"
    if dep == "pobj" and parent.lower_ in _PATIENT_PREPOSITIONS:
        return "patient"
    if dep == "pobj" and parent.lower_ == "between":
        return "agent"
    if dep == "conj" and head.head.dep_ == "pobj" and head.head.head.lower_ == "between":
        return "patient"
    if dep == "dobj" and parent.lower_ in {"targeting", "hitting"}:
        return "patient"
    return None


def _own_act(reporting: Token) -> Token | None:
    """The act a reporting verb's subject says it did itself: "claimed to have fired", "said it had killed" is read
    elsewhere; here only the infinitive that shares the subject."""
    return next((c for c in reporting.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and not is_reporting(c)), None)
