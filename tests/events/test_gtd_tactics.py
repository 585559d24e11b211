"""A later sentence of the same attack can raise its GTD tactic, name its weapon or whose post was hit."""

from __future__ import annotations

from eventlens.events.gtd_tactics import take_the_higher_tactic
from eventlens.types import EventMention, Span


def _mention(attack: str | None, weapon: str | None, target: str | None = None) -> EventMention:
    mention = EventMention(doc_id="d", index=0, sentence=Span(0, 1))
    mention.attack_type, mention.weapon_type, mention.target_type = attack, weapon, target
    return mention


def test_hostages_taken_in_an_assault_make_it_a_kidnapping() -> None:
    lead = _mention("Armed Assault", "Firearms")
    take_the_higher_tactic(lead, _mention("Hostage Taking (Kidnapping)", "Firearms"), series=False)
    assert lead.attack_type == "Hostage Taking (Kidnapping)"
    assert lead.provenance["attack_type"] == "rule:gtd-higher-tactic-told-later"


def test_a_lower_tactic_only_names_the_weapon_the_lead_left_unnamed() -> None:
    lead = _mention("Bombing/Explosion", "Unknown")
    take_the_higher_tactic(lead, _mention("Armed Assault", "Explosives"), series=False)
    assert (lead.attack_type, lead.weapon_type) == ("Bombing/Explosion", "Explosives")


def test_police_among_the_victims_say_whose_security_post_it_was() -> None:
    lead = _mention("Unknown", "Unknown", "Military")
    lead.provenance["target_type"] = "rule:target-words-security-forces"
    take_the_higher_tactic(lead, _mention("Unknown", "Unknown", "Police"), series=False)
    assert lead.target_type == "Police"


def test_a_named_target_is_kept() -> None:
    lead = _mention("Armed Assault", "Firearms", "Business")
    take_the_higher_tactic(lead, _mention("Armed Assault", "Firearms", "Private Citizens & Property"), series=False)
    assert lead.target_type == "Business"
