"""GTD's tactic of an incident told over several sentences: the lead says "assailants attacked the post", a later
sentence of the same attack says a mortar struck a house or hostages were taken. GTD codes an incident of several
tactics with the highest of them, so what a later sentence tells done in the attack can raise the lead's."""

from __future__ import annotations

from eventlens.types import EventMention

# GTD's codebook: an incident of several tactics is coded with the highest of them.
_GTD_TACTIC_RANK = (
    "Assassination",
    "Hijacking",
    "Hostage Taking (Kidnapping)",
    "Hostage Taking (Barricade Incident)",
    "Bombing/Explosion",
    "Armed Assault",
    "Unarmed Assault",
    "Facility/Infrastructure Attack",
    "Unknown",
)
_NOT_KNOWN = (None, "Unknown")  # a weapon or target the text leaves open
# Victims that tell whose "security forces" a post was (GTD keeps police and allied militias apart from the army).
_FORCES_NAMED_BY_VICTIMS = frozenset({"Police", "Terrorists/Non-State Militia"})
_SECURITY_FORCES_RULE = "rule:target-words-security-forces"


def _rank(tactic: str | None) -> int:
    return _GTD_TACTIC_RANK.index(tactic) if tactic in _GTD_TACTIC_RANK else len(_GTD_TACTIC_RANK)


def take_the_higher_tactic(into: EventMention, other: EventMention, series: bool) -> None:
    """ "Assailants attacked the post ... During the attack, a mortar struck a house": what a later sentence says
    was done in the attack is one of its tactics, and GTD codes the highest (with its weapon); a weapon the lead
    left unnamed is the one the later sentence names. The toll of a series ("across both attacks") says people were
    shot, bombed or carried off, but not which of its attacks killed the official it names."""
    named_victim = series and other.attack_type == "Assassination"
    if not named_victim and _rank(other.attack_type) < _rank(into.attack_type):
        into.attack_type, into.weapon_type = other.attack_type, other.weapon_type
        into.provenance["attack_type"] = into.provenance["weapon_type"] = "rule:gtd-higher-tactic-told-later"
    elif into.weapon_type in _NOT_KNOWN and other.weapon_type not in _NOT_KNOWN and into.attack_type:
        into.weapon_type = other.weapon_type
        into.provenance["weapon_type"] = "rule:gtd-weapon-told-later"
    by_victims = into.provenance.get("target_type") == _SECURITY_FORCES_RULE and (
        other.target_type in _FORCES_NAMED_BY_VICTIMS
    )
    if by_victims or (into.target_type is None and other.target_type not in _NOT_KNOWN):
        into.target_type = other.target_type
        into.provenance["target_type"] = "rule:gtd-target-told-later"
