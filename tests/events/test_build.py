"""Resolved mentions become event records: background dropped, stable ids, evidence into the text."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlens.events import build_records
from eventlens.types import Casualties, ClaimInfo, Document, EventMention, EventRecord, Span

TEXT = (
    "Bomb hits patrol in Kirkuk\n\n"
    "A roadside bomb exploded near a police patrol in Kirkuk on Thursday, killing two policemen. "
    "Amaq said its fighters planted the device. "
    "In March 2015, militants bombed a market in the city."
)
PUBLISHED = dt.date(2018, 7, 6)


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text))


def _document(published: dt.date | None = PUBLISHED, source: str | None = None) -> Document:
    return Document(doc_id="kirkuk.txt", text=TEXT, published=published, source=source)


def _mention(
    index: int = 0, sentence: str = "A roadside bomb exploded near a police patrol", **fields: object
) -> EventMention:
    mention = EventMention(doc_id="kirkuk.txt", index=index, sentence=_span(sentence), evidence=[_span(sentence)])
    mention.event_type = "Explosions/Remote violence"
    mention.sub_event_type = "Remote explosive/landmine/IED"
    mention.event_date, mention.date_precision = "2018-07-05", "day"
    mention.provenance["sub_event_type"] = "rule:cue:explosive"
    for name, value in fields.items():
        setattr(mention, name, value)
    return mention


def test_a_record_carries_the_mentions_fields() -> None:
    mention = _mention(
        actor1="Islamic State (Iraq)",
        country="Iraq",
        location="Kirkuk",
        latitude=35.47,
        longitude=44.39,
        geo_precision=1,
        casualties=Casualties(fatalities=2, wounded=0),
        confidence=0.9,
    )
    [record] = build_records(_document(), [mention])
    assert isinstance(record, EventRecord)
    assert (record.doc_id, record.event_date, record.date_precision) == ("kirkuk.txt", "2018-07-05", "day")
    assert (record.event_type, record.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert (record.actor1, record.country, record.location) == ("Islamic State (Iraq)", "Iraq", "Kirkuk")
    assert (record.latitude, record.longitude, record.geo_precision) == (35.47, 44.39, 1)
    assert (record.fatalities, record.wounded, record.killed_or_wounded) == (2, 0, None)
    assert record.confidence == 0.9
    assert record.provenance["sub_event_type"] == "rule:cue:explosive"
    assert record.provenance["certainty"].startswith("rule:")
    assert record.notes and record.notes.startswith("On 5 July 2018, Islamic State (Iraq)")


def test_unknown_counts_stay_null() -> None:
    [record] = build_records(_document(), [_mention(casualties=Casualties(fatalities=None, wounded=None))])
    assert (record.fatalities, record.wounded) == (None, None)


def test_evidence_offsets_point_into_the_document_text() -> None:
    mention = _mention(
        casualties=Casualties(fatalities=2, evidence=[_span("killing two policemen")]),
        claim=ClaimInfo(claimed=True, claim_channel="Amaq", cited_sources=["Amaq"], evidence=[_span("Amaq")]),
    )
    [record] = build_records(_document(), [mention])
    texts = [e.text for e in record.evidence]
    assert texts[0] == "A roadside bomb exploded near a police patrol"
    assert "killing two policemen" in texts
    assert "Amaq" in texts
    for evidence in record.evidence:
        assert TEXT[evidence.start : evidence.end] == evidence.text


def test_evidence_inside_other_evidence_is_not_repeated() -> None:
    sentence = "A roadside bomb exploded near a police patrol in Kirkuk on Thursday, killing two policemen."
    mention = _mention(
        sentence=sentence, casualties=Casualties(fatalities=2, evidence=[_span("killing two policemen")])
    )
    mention.evidence.append(_span(sentence))
    [record] = build_records(_document(), [mention])
    assert [e.text for e in record.evidence] == [sentence]


@pytest.mark.parametrize(
    ("event_date", "kept"),
    [
        ("2015-03", False),
        ("2016", False),
        ("2017-06-01", False),
        ("2017-08-01", True),
        ("2017", True),  # the year may end within a year of publication
        ("2018-07-05", True),
        (None, True),
    ],
)
def test_background_more_than_a_year_before_publication_is_dropped(event_date: str | None, kept: bool) -> None:
    mention = _mention(event_date=event_date, date_precision=None)
    assert bool(build_records(_document(), [mention])) is kept


def test_without_a_publication_date_nothing_is_background() -> None:
    assert build_records(_document(published=None), [_mention(event_date="2015-03")])


def test_event_id_is_stable_and_distinct() -> None:
    def build() -> list[EventRecord]:
        mentions = [
            _mention(0),
            _mention(1, sentence="Amaq said its fighters planted the device.", sub_event_type="Grenade"),
        ]
        return build_records(_document(), mentions)

    first, second = build(), build()
    assert [r.event_id for r in first] == [r.event_id for r in second]
    assert first[0].event_id != first[1].event_id
    assert all(len(r.event_id) >= 8 for r in first)


def test_event_id_depends_on_the_document() -> None:
    other = Document(doc_id="other.txt", text=TEXT, published=PUBLISHED)
    [here] = build_records(_document(), [_mention()])
    [there] = build_records(other, [_mention()])
    assert here.event_id != there.event_id


def test_sources_and_certainty() -> None:
    claim = ClaimInfo(claimed=True, claimed_by_text="Islamic State", claim_channel="Amaq", cited_sources=["Amaq"])
    [record] = build_records(_document(), [_mention(claim=claim, claimed_by="Islamic State (Iraq)")])
    assert (record.claimed, record.claimed_by, record.claim_channel) == (True, "Islamic State (Iraq)", "Amaq")
    assert record.sources == ["Amaq"]
    assert record.certainty == "claimed"
    assert record.notes is not None and record.notes.endswith("claimed it through Amaq.")


def test_the_documents_outlet_is_a_source() -> None:
    [record] = build_records(_document(source="Kirkuk Now"), [_mention(claim=ClaimInfo(cited_sources=["Reuters"]))])
    assert record.sources == ["Kirkuk Now", "Reuters"]
    assert record.certainty == "confirmed"


def test_without_a_publication_date_background_counts_from_the_latest_date_the_report_gives() -> None:
    text = "Rebels shelled the town on 3 March 2024. The town was also shelled in 2019."
    document = Document(doc_id="undated", text=text)
    recent = EventMention(doc_id="undated", index=0, sentence=Span(0, 40), evidence=[Span(0, 40)])
    recent.event_date, recent.date_precision = "2024-03-03", "day"
    old = EventMention(doc_id="undated", index=1, sentence=Span(41, len(text)), evidence=[Span(41, len(text))])
    old.event_date, old.date_precision = "2019", "year"
    records = build_records(document, [recent, old])
    assert [r.event_date for r in records] == ["2024-03-03"]


def test_a_record_keeps_gtds_name_for_the_perpetrator() -> None:
    mention = _mention(actor1="Unidentified Armed Group (Iraq)", gtd_perpetrator="Iran-backed militia")
    mention.provenance["gtd_perpetrator"] = "rule:gtd-perpetrator-named-by-sources + dictionary:actors"
    [record] = build_records(_document(), [mention])
    assert record.gtd_perpetrator == "Iran-backed militia"
    assert record.provenance["gtd_perpetrator"].startswith("rule:")
