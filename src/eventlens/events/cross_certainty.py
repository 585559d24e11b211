"""How well an incident is corroborated across its reports, by the record contract's rule (`certainty.py`):

claimed   = only the perpetrator's own channel tells it;
reported  = one source independent of the perpetrator;
confirmed = two agreeing sources, at least one independent of the perpetrator (an Amaq claim and a local
            monitor's report of the same blast);
disputed  = a report disputes it (a denial, "sources disagree whether it happened"), or two groups each claim it.

An outlet that only relays the perpetrator's claim adds no independent knowledge; an outlet whose name is a
channel some report says the perpetrator speaks through is the perpetrator's own voice, whatever its record says.
One outlet is one source, however many of its reports the incident holds."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventlens.events.incident_match import named
from eventlens.types import EventRecord, MentionRef

# Words that say what kind of outlet a name is, not which: reports cite "Amaq" for "Amaq News Agency".
_OUTLET_KIND = re.compile(r"(?:\s+(?:news|agency|network|media|outlet|channel|tv|television|press))+$")
_NOT_A_WORD = re.compile(r"[^\w\s]+")


def outlet_key(name: str) -> str:
    """One key for the ways reports name one outlet: "Amaq", "Amaq News Agency", "AMAQ news"."""
    words = " ".join(_NOT_A_WORD.sub(" ", name.casefold()).split())
    return _OUTLET_KIND.sub("", words) or words


def unique_outlets(names: Sequence[str]) -> list[str]:
    """Each outlet once, under the fullest name a report gives it, in the order first named."""
    fullest: dict[str, str] = {}
    for name in names:
        key = outlet_key(name)
        if len(name) > len(fullest.get(key, "")):
            fullest[key] = name
    return list(fullest.values())


def _channels(members: Sequence[tuple[MentionRef, EventRecord]]) -> set[str]:
    return {outlet_key(record.claim_channel) for _, record in members if record.claim_channel}


def _independent_sources(members: Sequence[tuple[MentionRef, EventRecord]], channels: set[str]) -> set[str]:
    """Every source independent of the perpetrator that some report gives: its outlet, the sources it cites."""
    found: set[str] = set()
    for ref, record in members:
        if record.certainty == "claimed":
            continue  # relays the claim and nothing else
        names = [*([ref.outlet] if ref.outlet else []), *record.sources, *record.corroborated_by]
        if not names:
            names = [f"doc:{ref.doc_id}"]  # an outlet nobody named is still one report
        found.update(key for key in map(outlet_key, names) if key not in channels)
    return found


def certainty_across(members: Sequence[tuple[MentionRef, EventRecord]]) -> tuple[str, str]:
    """The incident's certainty and the rule that gave it."""
    if any(record.certainty == "disputed" for _, record in members):
        return "disputed", "incident:a-report-disputes-it"
    claimants = {named(record.claimed_by) for _, record in members if record.claimed_by} - {None}
    if len(claimants) > 1:
        return "disputed", "incident:competing-claims"
    channels = _channels(members)
    independent = _independent_sources(members, channels)
    claimed = bool(channels) or any(record.certainty == "claimed" for _, record in members)
    if len(independent) >= 2 or (independent and claimed):
        return "confirmed", f"incident:{len(independent)}-independent-sources{'+claim' if claimed else ''}"
    if any(record.certainty == "confirmed" for _, record in members):
        return "confirmed", "incident:a-report-confirms-it"
    if independent:
        return "reported", "incident:one-independent-source"
    return "claimed", "incident:perpetrator-channel-only"
