"""Sources and certainty of an event, by the record contract's rules.

claimed   = only the perpetrator's own channel reports it;
reported  = one source independent of the perpetrator;
confirmed = at least two sources agree, at least one independent of the perpetrator;
disputed  = sources disagree on whether it happened or who did it."""

from __future__ import annotations

from dataclasses import dataclass

from eventlens.types import ClaimInfo


@dataclass(frozen=True)
class Sourcing:
    sources: list[str]
    corroborated_by: list[str]
    certainty: str
    rule: str


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def assess_sourcing(claim: ClaimInfo, outlet: str | None) -> Sourcing:
    """`outlet` is the document's own outlet, itself an independent source when it reports first-hand."""
    perpetrator_channels = [claim.claim_channel] if claim.claim_channel else []
    cited = [s for s in claim.cited_sources if s not in perpetrator_channels]
    sources = _unique([*([outlet] if outlet else []), *perpetrator_channels, *cited, *claim.corroborated_by])
    corroborated = _unique(claim.corroborated_by)
    if claim.disputed:
        return Sourcing(sources, corroborated, "disputed", "rule:denial-or-dispute-in-text")
    independent = _unique([*cited, *corroborated, *claim.attributions])
    if claim.claim_channel:
        # A report that only relays the perpetrator's claim adds no independent knowledge of its own.
        if independent:
            return Sourcing(sources, corroborated, "confirmed", "rule:claim+independent-confirmation")
        return Sourcing(sources, corroborated, "claimed", "rule:perpetrator-channel-only")
    if outlet:
        independent = _unique([outlet, *independent])
    if len(independent) >= 2:
        return Sourcing(sources, corroborated, "confirmed", "rule:two-independent-sources")
    return Sourcing(sources, corroborated, "reported", "rule:single-independent-source")
