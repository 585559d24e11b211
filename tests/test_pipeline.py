"""The composed pipeline: Document → nlp → extract → resolve → events → records."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from eventlens.comments import CommentScorer
from eventlens.ingest import IngestOptions
from eventlens.ingest.tabular import read_jsonl_lines
from eventlens.pipeline import DocumentResult, Pipeline
from eventlens.types import Document, EventRecord
from tests.documents import make_document


def _run(pipeline: Pipeline, document: Document) -> list[EventRecord]:
    [result] = list(pipeline.process([document]))
    assert result.document is document
    return result.records


def _check_evidence(document: Document, records: list[EventRecord]) -> None:
    for record in records:
        assert record.evidence
        for evidence in record.evidence:
            assert document.text[evidence.start : evidence.end] == evidence.text


KIRKUK = make_document(
    "kirkuk",
    "Twin blasts hit Kirkuk",
    [
        "On July 6, Amaq said that Islamic State fighters had detonated a bomb against a police patrol in the Wasiti "
        "neighbourhood of Kirkuk on July 5, killing two policemen.",
        "The same day, a second bomb exploded near an army checkpoint in the Domiz district, wounding three soldiers.",
        "These attacks show that the group can still strike inside the city.",
        "The militants will likely attack more checkpoints this winter.",
    ],
)


def test_a_report_becomes_records(pipeline: Pipeline) -> None:
    records = _run(pipeline, KIRKUK)
    assert [r.sub_event_type for r in records] == ["Remote explosive/landmine/IED"] * 2
    first, second = records
    assert (first.event_date, first.date_precision) == ("2018-07-05", "day")
    assert second.event_date == first.event_date  # "the same day"
    assert (first.country, first.location, first.sublocation) == ("Iraq", "Kirkuk", "Wasiti")
    assert second.sublocation == "Domiz"
    assert first.actor1 == "Islamic State (Iraq)"
    assert (first.fatalities, first.wounded) == (2, 0)
    assert (second.fatalities, second.wounded) == (0, 3)
    assert (first.claimed, first.claim_channel, first.certainty) == (True, "Amaq", "claimed")
    assert first.target_type == "Police"
    assert second.target_type == "Military"
    _check_evidence(KIRKUK, records)
    assert all(r.notes for r in records)
    assert all(r.provenance.get("sub_event_type") for r in records)


def test_event_ids_are_stable_across_runs(pipeline: Pipeline) -> None:
    first = [r.event_id for r in _run(pipeline, KIRKUK)]
    again = [r.event_id for r in _run(pipeline, KIRKUK)]
    assert first == again
    assert len(set(first)) == len(first)


def test_main_event_is_the_most_confident(pipeline: Pipeline) -> None:
    [result] = list(pipeline.process([KIRKUK]))
    main_event = result.main_event()
    assert main_event is not None
    assert main_event.confidence == max(r.confidence for r in result.records)
    assert main_event in result.records


def test_main_event_of_nothing_is_none() -> None:
    assert DocumentResult(Document(doc_id="empty", text="")).main_event() is None


def test_a_report_without_violence_has_no_records(pipeline: Pipeline) -> None:
    document = make_document(
        "budget",
        "Parliament passes budget",
        [
            "Lawmakers in Baghdad approved the annual budget on Tuesday after weeks of debate.",
            "The finance minister said spending on schools and hospitals would rise next year.",
        ],
    )
    assert _run(pipeline, document) == []


def test_reader_comments_never_yield_events(pipeline: Pipeline) -> None:
    document = make_document(
        "basra",
        "Protest in Basra",
        ["Hundreds of residents protested outside the governorate building in Basra on Monday over power cuts."],
        comments=[
            "Militants bombed a market in my town yesterday and killed ten people, nobody reports it.",
            "Soldiers shot dead three protesters here last week!",
        ],
    )
    records = _run(pipeline, document)
    assert [r.sub_event_type for r in records] == ["Peaceful protest"]
    comments_start = document.blocks[-2].start
    assert all(e.end <= comments_start for r in records for e in r.evidence)


def test_comments_are_scored_in_the_same_pass_in_comment_order(pipeline: Pipeline) -> None:
    document = make_document(
        "kirkuk",
        "Blast in Kirkuk",
        ["A roadside bomb killed two soldiers near Kirkuk on Sunday, police said."],
        comments=["These rats should be wiped out, good riddance.", "No source cited, according to whom?"],
    )
    (result,) = pipeline.process([document])
    assert len(result.comment_scores) == 2 and result.comment_model == pipeline.comment_scorer.name  # type: ignore[union-attr]
    assert "dehumanizing" in result.comment_scores[0].labels
    assert "disputes_sourcing" in result.comment_scores[1].labels
    summary = result.comment_summary()
    assert summary is not None and (summary.comments, summary.hateful, summary.disputed) == (2, 1, ["sourcing"])


class _Unreachable:
    """A plugged-in comment model whose endpoint is down."""

    name = "endpoint"

    def probabilities(self, text: str) -> dict[str, float]:
        raise TimeoutError("the model server did not answer")


def test_a_failing_comment_model_loses_no_event(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    document = make_document(
        "kirkuk",
        "Blast in Kirkuk",
        ["A roadside bomb killed two soldiers near Kirkuk on Sunday, police said."],
        comments=["No source cited, according to whom?"],
    )
    monkeypatch.setattr(pipeline, "comment_scorer", CommentScorer(_Unreachable()))
    (result,) = pipeline.process([document])
    assert result.error is None and [r.event_type for r in result.records] == ["Explosions/Remote violence"]
    assert result.comment_scores == [] and result.comment_model is None and result.comment_summary() is None
    assert result.comment_error is not None and "TimeoutError: the model server did not answer" in result.comment_error


def test_process_streams_in_input_order(pipeline: Pipeline) -> None:
    towns = ["Kabul", "Mosul", "Aden", "Goma", "Gao", "Marib", "Kandahar", "Kirkuk"] * 6
    documents = [
        make_document(f"doc-{i:02d}", f"Arrests in {town}", [f"Police arrested four suspects in {town} on Tuesday."])
        for i, town in enumerate(towns)
    ]
    pulled: list[str] = []

    def source() -> Iterator[Document]:
        for document in documents:
            pulled.append(document.doc_id)
            yield document

    results = pipeline.process(source())
    first = next(results)
    assert first.document.doc_id == "doc-00"
    assert len(pulled) < len(documents), "the first result waited for the whole input"
    every = [first, *results]
    assert [r.document.doc_id for r in every] == [d.doc_id for d in documents]
    for result in every:
        assert [r.doc_id for r in result.records] == [result.document.doc_id]
        assert result.records[0].sub_event_type == "Arrests"
        assert result.records[0].location is not None


def test_background_history_is_dropped(pipeline: Pipeline) -> None:
    document = make_document(
        "kabul",
        "Arrests in Kabul",
        [
            "In March 2015, militants bombed a market in Kabul, killing 20 people.",
            "Police arrested three men in Kabul on Tuesday.",
        ],
    )
    records = _run(pipeline, document)
    assert [r.sub_event_type for r in records] == ["Arrests"]
    assert records[0].event_date == "2018-07-03"


def test_a_denial_disputes_the_event(pipeline: Pipeline) -> None:
    document = make_document(
        "zamfara",
        "Villagers killed in Zamfara",
        [
            "Gunmen killed five villagers in Zamfara state on Monday, police said.",
            "A local vigilante group denied the reports.",
        ],
    )
    [record] = _run(pipeline, document)
    assert record.certainty == "disputed"
    assert record.fatalities == 5
    assert record.civilian_targeting is True


def test_a_channel_claim_confirmed_by_a_blog_is_confirmed(pipeline: Pipeline) -> None:
    document = make_document(
        "raqqa",
        "Bomb hits SDF vehicle",
        [
            "Amaq said Islamic State fighters blew up a vehicle of the SDF with an explosive device in Raqqa on "
            "Thursday.",
            "The attack was confirmed by the local blog Raqqa Is Being Slaughtered Silently.",
        ],
    )
    [record] = _run(pipeline, document)
    assert record.claim_channel == "Amaq"
    assert record.corroborated_by == ["Raqqa Is Being Slaughtered Silently"]
    assert record.certainty == "confirmed"
    assert set(record.sources) >= {"Amaq", "Raqqa Is Being Slaughtered Silently"}


def test_no_group_claimed_and_one_outlet_is_reported(pipeline: Pipeline) -> None:
    document = make_document(
        "mogadishu",
        "Car bomb in Mogadishu",
        [
            "A car bomb exploded outside a hotel in Mogadishu on Sunday, killing seven people.",
            "No group has claimed responsibility for the attack.",
        ],
        source="Horn Observer",
    )
    [record] = _run(pipeline, document)
    assert record.claimed is False
    assert record.claimed_by is None
    assert record.sources == ["Horn Observer"]
    assert record.certainty == "reported"


def test_a_rising_toll_is_the_records_toll(pipeline: Pipeline) -> None:
    document = make_document(
        "kirkuk-toll",
        "Bomb in Kirkuk",
        [
            "A bomb exploded near a police patrol in Kirkuk on Thursday, killing two policemen.",
            "The death toll rose to five on Friday, hospital officials said.",
        ],
    )
    [record] = _run(pipeline, document)
    assert record.fatalities == 5
    assert any("five" in e.text for e in record.evidence)
    _check_evidence(document, [record])


def test_without_a_publication_date_a_date_without_year_stays_unknown(pipeline: Pipeline) -> None:
    document = make_document(
        "undated", "Raid", ["Gunmen attacked a police checkpoint near Mosul on July 5, killing two officers."],
        published=None,
    )  # fmt: skip
    [record] = _run(pipeline, document)
    assert record.event_date is None
    assert record.date_precision is None
    assert record.provenance["event_date"].startswith("unresolved:")


def test_a_combined_count_is_never_a_death_toll(pipeline: Pipeline) -> None:
    document = make_document(
        "bus", "Bus attacked", ["Gunmen opened fire on a minibus near Kandahar on Monday, killing and injuring four."]
    )
    [record] = _run(pipeline, document)
    assert (record.fatalities, record.wounded, record.killed_or_wounded) == (None, None, 4)
    assert record.notes is not None and "4 people were reported killed or wounded" in record.notes


def test_a_document_that_breaks_a_stage_is_reported_and_the_batch_goes_on(pipeline: Pipeline, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    broken = make_document("broken", "Clash in Kirkuk", ["Gunmen attacked a checkpoint in Kirkuk on Tuesday."])
    fine = make_document("fine", "Clash in Mosul", ["Gunmen attacked a checkpoint in Mosul on Tuesday."])
    original = pipeline.resolver.resolve

    def resolve_or_fail(document, mentions):  # type: ignore[no-untyped-def]
        if document.doc_id == "broken":
            raise ValueError("simulated failure")
        return original(document, mentions)

    monkeypatch.setattr(pipeline.resolver, "resolve", resolve_or_fail)
    results = list(pipeline.process([broken, fine]))
    assert [r.document.doc_id for r in results] == ["broken", "fine"]
    assert results[0].error is not None and "simulated failure" in results[0].error and not results[0].records
    assert results[1].error is None and results[1].records


def test_an_incident_told_again_later_in_the_report_is_one_record(pipeline: Pipeline) -> None:
    document = make_document(
        "konduga",
        "Suicide bomber hits Konduga market",
        [
            "A suicide bomber blew herself up at the cattle market in Konduga on Tuesday, killing eight people.",
            "The woman detonated explosives hidden under her veil as traders gathered near the livestock pens.",
            "In a separate attack on Monday, gunmen stormed an army base in Malam Fatori.",
        ],
    )
    records = _run(pipeline, document)
    assert [r.event_type for r in records] == ["Explosions/Remote violence", "Battles"]
    assert any(e.text.startswith("The woman detonated") for e in records[0].evidence)


def test_an_attempted_stabbing_stopped_by_troops_is_a_stabbing(pipeline: Pipeline) -> None:
    document = make_document(
        "stab",
        "Attacker shot dead at checkpoint",
        ["A man tried to stab a soldier at a checkpoint near Nablus on Monday. Troops opened fire and killed him."],
    )
    [result] = list(pipeline.process([document]))
    main = result.main_event()
    assert main is not None
    assert (main.attack_type, main.weapon_type) == ("Armed Assault", "Melee")


def _fed(source: str) -> Document:
    """A feed line read by ingest, the outlet in its own column."""
    line = {
        "id": "tripoli",
        "text": "Gunmen opened fire on an army patrol in Tripoli overnight, wounding two soldiers.",
    }
    [document] = read_jsonl_lines(
        [json.dumps({**line, "source": source}).encode()], name="feed", origin="feed", options=IngestOptions()
    )
    assert isinstance(document, Document) and document.source == source
    return document


def test_a_regional_outlet_places_a_story_its_text_leaves_open(pipeline: Pipeline) -> None:
    [lebanese] = _run(pipeline, _fed("Daily Star (Lebanon)"))
    assert (lebanese.country, lebanese.location) == ("Lebanon", "Tripoli")
    [wire] = _run(pipeline, _fed("Reuters"))
    assert wire.country == "Libya"


COUNCIL_REPORT = (
    "The provincial council in Kirkuk approved a new budget for schools and clinics on Tuesday, the governor's "
    "office said in a statement."
)
VIOLENT_COMMENTS = (
    "My cousin says 40 were killed in the shelling yesterday, and nobody writes about it. Pray for us!",
    "Gunmen stormed a checkpoint in our village last night and killed two policemen. Where is the army???",
)


def test_violence_told_in_the_comments_of_a_page_as_read_gives_no_event(pipeline: Pipeline) -> None:
    from eventlens.ingest.html_page import document_from_html
    from eventlens.ingest.plaintext import document_from_text

    posts = "".join(
        f'<li class="post"><span class="author">reader{i}</span><div class="post-message"><p>{text}</p></div></li>'
        for i, text in enumerate(VIOLENT_COMMENTS)
    )
    page = (
        f"<html><head><title>Kirkuk council passes budget</title></head><body><article><p>{COUNCIL_REPORT}</p>"
        f'</article><div id="disqus_thread"><ul class="post-list">{posts}</ul></div></body></html>'
    )
    pasted_with_marker = "\n\n".join(["Kirkuk council passes budget", COUNCIL_REPORT, "2 Comments", *VIOLENT_COMMENTS])
    pasted_without_marker = "\n\n".join(["Kirkuk council passes budget", COUNCIL_REPORT, *VIOLENT_COMMENTS])
    documents = [
        document_from_html(page, doc_id="page.html"),
        document_from_text(pasted_with_marker, doc_id="marked.txt", title_from_first_line=True),
        document_from_text(pasted_without_marker, doc_id="unmarked.txt", title_from_first_line=True),
    ]
    for document in documents:
        assert [comment.text for comment in document.comments] == list(VIOLENT_COMMENTS), document.doc_id
        assert _run(pipeline, document) == [], document.doc_id
