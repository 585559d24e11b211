"""The `events` stage: resolved mentions become event records, with sources, certainty and a note.

Background history is dropped here, once dates are known: an event the report dates more than a year
before its own publication is context, not news."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from eventlens.events.certainty import assess_sourcing
from eventlens.events.notes import write_note
from eventlens.events.salience import weigh_by_headline
from eventlens.types import Document, EventMention, EventRecord, Evidence, Span
from eventlens.types.periods import is_background


def _event_id(document: Document, mention: EventMention) -> str:
    """Stable across runs for the same input: the document, where the evidence sits and what it says."""
    anchor = mention.evidence[0] if mention.evidence else mention.sentence
    key = f"{document.doc_id}\x1f{anchor.start}\x1f{anchor.end}\x1f{document.text[anchor.start : anchor.end]}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _evidence(document: Document, spans: Sequence[Span]) -> list[Evidence]:
    seen: set[tuple[int, int]] = set()
    out = []
    for span in spans:
        # A span already given, or inside one already given, adds nothing.
        if any(s <= span.start and span.end <= e for s, e in seen):
            continue
        seen.add((span.start, span.end))
        out.append(Evidence(text=document.text[span.start : span.end], start=span.start, end=span.end))
    return out


def _reference_day(document: Document, mentions: Sequence[EventMention]) -> dt.date | None:
    """What "a year before" counts from: the publication date, else the latest full date the report gives."""
    if document.published is not None:
        return document.published
    days = [dt.date.fromisoformat(m.event_date) for m in mentions if m.event_date and len(m.event_date) == 10]
    return max(days, default=None)


def build_records(document: Document, mentions: Sequence[EventMention]) -> list[EventRecord]:
    records = []
    reference = _reference_day(document, mentions)
    for mention in mentions:
        if is_background(mention.event_date, reference):
            continue
        sourcing = assess_sourcing(mention.claim, document.source)
        provenance = dict(mention.provenance)
        provenance["sources"] = "rule:outlets-cited-in-text"
        provenance["certainty"] = sourcing.rule
        record = EventRecord(
            doc_id=document.doc_id,
            event_id=_event_id(document, mention),
            event_date=mention.event_date,
            date_precision=mention.date_precision,
            event_type=mention.event_type,
            sub_event_type=mention.sub_event_type,
            actor1=mention.actor1,
            assoc_actor_1=mention.assoc_actor_1,
            actor2=mention.actor2,
            assoc_actor_2=mention.assoc_actor_2,
            civilian_targeting=mention.civilian_targeting,
            country=mention.country,
            admin1=mention.admin1,
            admin2=mention.admin2,
            location=mention.location,
            sublocation=mention.sublocation,
            latitude=mention.latitude,
            longitude=mention.longitude,
            geo_precision=mention.geo_precision,
            fatalities=mention.casualties.fatalities,
            wounded=mention.casualties.wounded,
            killed_or_wounded=mention.casualties.killed_or_wounded,
            attack_type=mention.attack_type,
            weapon_type=mention.weapon_type,
            target_type=mention.target_type,
            claimed=mention.claim.claimed,
            claimed_by=mention.claimed_by,
            gtd_perpetrator=mention.gtd_perpetrator,
            claim_channel=mention.claim.claim_channel,
            sources=sourcing.sources,
            corroborated_by=sourcing.corroborated_by,
            certainty=sourcing.certainty,
            confidence=mention.confidence,
            evidence=_evidence(document, [*mention.evidence, *mention.casualties.evidence, *mention.claim.evidence]),
            provenance=provenance,
        )
        record.notes = write_note(record)
        records.append(record)
    weigh_by_headline(records, document.title)
    return records
