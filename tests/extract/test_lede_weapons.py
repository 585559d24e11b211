"""The weapons a headline and lede name, for the battles and killings they open with that name none."""

from __future__ import annotations

from eventlens.extract.lede_weapons import RULE, carry_lede_weapons, names_weapons
from eventlens.types import EventMention, Span

TEXT = (
    "Shelling and clashes kill 20 in Hama. "
    "Government troops fought rebels near Kafr Zita on Monday, a monitor said. "
    "Police arrested two men in Homs."
)
HEADLINE = Span(0, 37)
BATTLE = Span(38, 111)
ARREST = Span(112, len(TEXT))


def _mention(sub_event_type: str, evidence: Span) -> EventMention:
    return EventMention(doc_id="d", index=0, sentence=evidence, sub_event_type=sub_event_type, evidence=[evidence])


def test_the_words_of_weapons() -> None:
    assert names_weapons("Artillery shelled the town")
    assert names_weapons("troops backed by warplanes advanced")
    assert not names_weapons("Government troops fought rebels on Monday")


def test_a_battle_naming_no_weapon_keeps_the_lede_sentence_that_names_them() -> None:
    battle = _mention("Armed clash", BATTLE)
    carry_lede_weapons([battle], TEXT, [HEADLINE, BATTLE])
    assert battle.evidence == [BATTLE, HEADLINE]
    assert battle.provenance["weapons"] == RULE


def test_only_battles_naming_no_weapon_of_their_own_take_it() -> None:
    arrest = _mention("Arrests", ARREST)
    shelled = _mention("Armed clash", Span(0, 20))  # "Shelling and clashes"
    carry_lede_weapons([arrest, shelled], TEXT, [HEADLINE, BATTLE])
    assert arrest.evidence == [ARREST]
    assert shelled.evidence == [Span(0, 20)]


def test_a_lede_naming_no_weapon_gives_nothing() -> None:
    battle = _mention("Armed clash", BATTLE)
    carry_lede_weapons([battle], TEXT, [BATTLE])
    assert battle.evidence == [BATTLE]


AIR_TEXT = "Air strikes kill 17 in Ashara. At least 17 people were killed in a market on Sunday, a monitor said."
AIR_HEADLINE = Span(0, 30)
TOLL = Span(31, len(AIR_TEXT))


def test_a_killing_told_in_the_lede_with_no_weapon_is_the_strike_the_lede_names() -> None:
    attack = _mention("Attack", TOLL)
    carry_lede_weapons([attack], AIR_TEXT, [AIR_HEADLINE, TOLL])
    assert (attack.event_type, attack.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert attack.weapon_type == "Explosives"
    assert attack.provenance["sub_event_type"] == RULE
    assert AIR_HEADLINE in attack.evidence


def test_a_killing_told_after_the_lede_keeps_its_type() -> None:
    attack = _mention("Attack", TOLL)
    carry_lede_weapons([attack], AIR_TEXT, [AIR_HEADLINE])
    assert attack.sub_event_type == "Attack"


def test_a_killing_that_says_how_it_was_done_keeps_its_type() -> None:
    text = "Air strikes kill 17 in Ashara. Gunmen executed two men in a village on Sunday, a monitor said."
    executed = _mention("Attack", Span(31, len(text)))
    carry_lede_weapons([executed], text, [Span(0, 30), Span(31, len(text))])
    assert executed.sub_event_type == "Attack"


def test_a_bombing_naming_no_device_in_a_report_of_air_strikes_is_an_air_strike() -> None:
    text = "Jets pound Kurdish districts. Bombing destroyed two homes in the village, the ministry said."
    bombing = _mention("Remote explosive/landmine/IED", Span(29, len(text)))
    carry_lede_weapons([bombing], text, [Span(0, 28), Span(29, len(text))])
    assert bombing.sub_event_type == "Air/drone strike"


def test_a_car_bomb_stays_a_bombing_whatever_the_lede_says_of_jets() -> None:
    text = "Jets pound Kurdish districts. A car bomb destroyed two homes in the village, the ministry said."
    bombing = _mention("Remote explosive/landmine/IED", Span(29, len(text)))
    carry_lede_weapons([bombing], text, [Span(0, 28), Span(29, len(text))])
    assert bombing.sub_event_type == "Remote explosive/landmine/IED"
