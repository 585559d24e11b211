"""The weapons a report's headline and lede name ("Shelling and clashes kill 20 in Hama", "Air strikes kill 17
in Ashara"), for the events they open with that name none: a later sentence that tells the battle often only says
"clashes", the toll sentence only "at least 17 people were killed"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventlens.extract.cues import Cue, has_cue
from eventlens.extract.gtd_types import gtd_attack_and_weapon
from eventlens.extract.who import Participants
from eventlens.types import EventMention, Span
from eventlens.types.vocab import ACLED_EVENT_TYPE_OF

# The weapons of a battle: fire from guns, artillery and the air.
_WEAPON_CUES = frozenset({Cue.SHELLING, Cue.SHOOTING, Cue.SMALL_ARMS, Cue.AIR})
# Anything a sentence may say an attack was done with, or done as.
_ANY_MEANS = _WEAPON_CUES | {
    Cue.EXPLOSIVE, Cue.SUICIDE, Cue.CHEMICAL, Cue.GRENADE, Cue.GUNS, Cue.BLADE, Cue.BLUNT_FORCE, Cue.ARSON,
    Cue.POISON, Cue.BEHEADING, Cue.DRONE, Cue.VEHICLE_RAMMING, Cue.THROWN_OR_FIRED_EXPLOSIVES, Cue.MELEE,
    Cue.ABDUCTION, Cue.SEXUAL,
}  # fmt: skip
_EXECUTION = re.compile(r"\bexecut", re.I)
# What the attack on people a lede tells with no weapon was, when the lede names strikes from afar.
_REMOTE = ((Cue.AIR, "Air/drone strike"), (Cue.SHELLING, "Shelling/artillery/missile attack"))
_BATTLE = "Armed clash"
_ATTACK = "Attack"
RULE = "rule:weapons-named-in-lede"


def names_weapons(text: str) -> bool:
    return has_cue(text, _WEAPON_CUES)


def carry_lede_weapons(mentions: Sequence[EventMention], text: str, lede: Sequence[Span]) -> None:
    """Gives each battle whose evidence names no weapon the first sentence of `lede` (the headline and the
    report's opening sentences, spans of `text`) that names one; makes an attack on people told in the lede with
    no weapon the air strike or shelling the lede names."""
    source = next((span for span in lede if names_weapons(text[span.start : span.end])), None)
    if source is None:
        return
    for mention in mentions:
        if source in mention.evidence:
            continue
        if mention.sub_event_type == _BATTLE and not _names(mention, text, _WEAPON_CUES):
            mention.evidence.append(source)
            mention.provenance["weapons"] = RULE
        elif mention.sub_event_type == _ATTACK and mention.sentence in lede and not _says_how(mention, text):
            _retype_as_strike(mention, text[source.start : source.end], source)


def _names(mention: EventMention, text: str, cues: frozenset[Cue]) -> bool:
    return any(has_cue(text[span.start : span.end], cues) for span in mention.evidence)


def _says_how(mention: EventMention, text: str) -> bool:
    """Does the attack's evidence say how it was done: a weapon, a means, an execution?"""
    return _names(mention, text, _ANY_MEANS) or any(_EXECUTION.search(text[s.start : s.end]) for s in mention.evidence)


def _retype_as_strike(mention: EventMention, source_text: str, source: Span) -> None:
    """ "Air strikes kill 17 in Ashara … At least 17 people were killed in a market": the killing the lede tells
    with no weapon is the strike it names. Executions are no strike."""
    cue, sub_event_type = next(((c, s) for c, s in _REMOTE if has_cue(source_text, [c])), (None, None))
    if cue is None or sub_event_type is None:
        return
    mention.sub_event_type = sub_event_type
    mention.event_type = ACLED_EVENT_TYPE_OF[sub_event_type]
    who = Participants(civilian_victims=True, casualties=bool(mention.casualties.fatalities))
    mention.attack_type, mention.weapon_type = gtd_attack_and_weapon({cue}, sub_event_type, who)
    for name in ("event_type", "sub_event_type", "attack_type", "weapon_type"):
        mention.provenance[name] = RULE
    mention.evidence.append(source)
