"""The weapons a battle was fought with. A report's headline and lede say how the fighting was fought ("Shelling
and clashes kill 20 in Hama", "air and ground assault"); a later sentence that tells the battle itself often only
says "clashes" or "fighting". A battle whose own sentences name no weapon keeps, as evidence, the lede sentence
that names them."""

from __future__ import annotations

from collections.abc import Sequence

from eventlens.extract.cues import Cue, has_cue
from eventlens.types import EventMention, Span

# The weapons of a battle: fire from guns, artillery and the air.
_WEAPON_CUES = frozenset({Cue.SHELLING, Cue.SHOOTING, Cue.SMALL_ARMS, Cue.AIR})
_BATTLE = "Armed clash"
RULE = "rule:weapons-named-in-lede"


def names_weapons(text: str) -> bool:
    return has_cue(text, _WEAPON_CUES)


def carry_lede_weapons(mentions: Sequence[EventMention], text: str, lede: Sequence[Span]) -> None:
    """Gives each battle whose evidence names no weapon the first sentence of `lede` (the headline and the
    report's opening sentences, spans of `text`) that names one."""
    source = next((span for span in lede if names_weapons(text[span.start : span.end])), None)
    if source is None:
        return
    for mention in mentions:
        if mention.sub_event_type != _BATTLE or source in mention.evidence:
            continue
        if any(names_weapons(text[span.start : span.end]) for span in mention.evidence):
            continue
        mention.evidence.append(source)
        mention.provenance["weapons"] = RULE
