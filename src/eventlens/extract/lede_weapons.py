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
_AIR = _REMOTE[:1]
_Strikes = tuple[tuple[Cue, str], ...]
# Words of a device set off on the ground; "the bombing", "a blast" alone name none ("bombing that destroyed two
# homes" in a report of air strikes is their bombing).
_DEVICE = re.compile(
    r"\b(?:IEDs?|improvised|roadside|land ?mines?|mines?|car[- ]bombs?|truck bombs?|booby|explosive devices?|"
    r"explosives?|sticky|magnetic|VBIEDs?|suicide|belts?|vests?|devices?|planted|parcels?|motor(?:cycle|bike)s?|"
    r"bomb-laden|rigged|grenades?)\b",
    re.I,
)
_BATTLE = "Armed clash"
_ATTACK = "Attack"
_BOMBING = "Remote explosive/landmine/IED"
RULE = "rule:weapons-named-in-lede"


def names_weapons(text: str) -> bool:
    return has_cue(text, _WEAPON_CUES)


def carry_lede_weapons(mentions: Sequence[EventMention], text: str, lede: Sequence[Span]) -> None:
    """Gives each battle whose evidence names no weapon the first sentence of `lede` (the headline and the
    report's opening sentences, spans of `text`) that names one; makes an attack on people told in the lede with
    no weapon, or a bombing with no device, the air strike or shelling the lede names."""
    source = next((span for span in lede if names_weapons(text[span.start : span.end])), None)
    if source is None:
        return
    for mention in mentions:
        if source in mention.evidence:
            continue
        if mention.sub_event_type == _BATTLE and not _names(mention, text, _WEAPON_CUES):
            mention.evidence.append(source)
            mention.provenance["weapons"] = RULE
        elif mention.sentence not in lede:
            continue
        elif mention.sub_event_type == _ATTACK and not _says_how(mention, text):
            # The first weapon the lede names decides: "Gunmen kill 5 … Jets later struck" is no air strike.
            _retype_as_strike(mention, text, [source], _REMOTE)
        elif mention.sub_event_type == _BOMBING and not _names_a_device(mention, text):
            _retype_as_strike(mention, text, lede, _AIR)


def _names(mention: EventMention, text: str, cues: frozenset[Cue]) -> bool:
    return any(has_cue(text[span.start : span.end], cues) for span in mention.evidence)


def _says_how(mention: EventMention, text: str) -> bool:
    """Does the attack's evidence say how it was done: a weapon, a means, an execution?"""
    return _names(mention, text, _ANY_MEANS) or any(_EXECUTION.search(text[s.start : s.end]) for s in mention.evidence)


def _names_a_device(mention: EventMention, text: str) -> bool:
    return any(_DEVICE.search(text[span.start : span.end]) for span in mention.evidence)


def _retype_as_strike(mention: EventMention, text: str, lede: Sequence[Span], strikes: _Strikes) -> None:
    """ "Air strikes kill 17 in Ashara … At least 17 people were killed in a market": the killing the lede tells
    with no weapon is the strike its first sentence naming one of `strikes` names; so is a bombing that names no
    device in a report of air strikes."""
    found = next(
        ((span, cue, kind) for span in lede for cue, kind in strikes if has_cue(text[span.start : span.end], [cue])),
        None,
    )
    if found is None:
        return
    source, cue, sub_event_type = found
    mention.sub_event_type = sub_event_type
    mention.event_type = ACLED_EVENT_TYPE_OF[sub_event_type]
    who = Participants(civilian_victims=True, casualties=bool(mention.casualties.fatalities))
    mention.attack_type, mention.weapon_type = gtd_attack_and_weapon({cue}, sub_event_type, who)
    for name in ("event_type", "sub_event_type", "attack_type", "weapon_type"):
        mention.provenance[name] = RULE
    mention.evidence.append(source)
