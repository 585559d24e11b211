"""A battle whose own sentences name no weapon keeps the lede sentence that names them."""

from __future__ import annotations

from eventlens.extract.battle_weapons import RULE, carry_lede_weapons, names_weapons
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
