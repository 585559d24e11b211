"""Reader comments in the store (SQLite and PostgreSQL): each kept with its scores, labels, evidence and model,
the article's summary in filter columns, the incident's disputed claims and the `disputed` filter; comments
stored unscored stay apart from "scored, nothing found" until re-scored; new comments under the same text are
scored again. Comments never make records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from eventlens.comments import CommentScorer, score_document
from eventlens.pipeline import DocumentResult
from eventlens.store import EventStore, StoreError
from eventlens.store.comments import disputed_values, reporting_end, rescore, stored_report_text, to_rescore
from eventlens.store.database import _alembic_config, create_store_engine, database_url
from eventlens.store.models import DocumentRow
from eventlens.types import Comment, EventFilter, Span
from tests.store.factory import report

RULES = CommentScorer(use_default_model=False)
HATEFUL = "These rats should be wiped out, good riddance."
SOURCING = "No source cited, according to whom?"
ATTRIBUTION = "How do we know it was the army? Looks like a false flag."
KIND = "Praying for the families of the soldiers."


def commented(doc_id: str, outlet: str, comments: list[str], scorer: CommentScorer | None = RULES) -> DocumentResult:
    """An outlet's report of the clash with reader comments from its page's comment section (not in its text)."""
    base = report(doc_id, outlet)
    base.document.comments = [Comment(text=words, author=f"reader{n}") for n, words in enumerate(comments)]
    if scorer is not None:
        base.comment_scores = score_document(scorer, base.document)
        base.comment_model = scorer.name
    return base


def test_each_comment_keeps_its_scores_labels_evidence_and_model(store: EventStore) -> None:
    store.ingest(commented("wire-1", "Wire One", [HATEFUL, SOURCING, KIND]))
    document = store.document("wire-1")
    assert document is not None
    hateful, sourcing, kind = document.comments
    assert hateful.scored and "dehumanizing" in hateful.labels and hateful.scores is not None
    assert hateful.scores["dehumanizing"] >= 0.5 and hateful.model == RULES.name
    assert {(e.label, e.quote) for e in hateful.evidence} >= {("dehumanizing", "These rats")}
    assert all(HATEFUL[e.start : e.end] == e.quote for e in hateful.evidence)
    assert "disputes_sourcing" in sourcing.labels and "toxic" not in sourcing.labels
    assert kind.scored and kind.labels == [] and kind.evidence == []
    summary = document.comment_summary
    assert summary is not None and (summary.comments, summary.hateful, summary.disputed) == (3, 1, ["sourcing"])


def test_comments_never_make_records(store: EventStore) -> None:
    outcome = store.ingest(commented("wire-1", "Wire One", [HATEFUL, ATTRIBUTION]))
    document = store.document("wire-1")
    assert document is not None and len(document.records) == 1 and len(outcome.incident_ids) == 1
    (incident,) = store.incidents()
    assert [m.doc_id for m in incident.mentions] == ["wire-1"]


def test_the_summary_is_in_columns_a_query_filters_on(store: EventStore) -> None:
    store.ingest(commented("wire-1", "Wire One", [HATEFUL, SOURCING, ATTRIBUTION]))
    with store._engine.connect() as connection:
        row = connection.execute(
            select(DocumentRow.comments_count, DocumentRow.comments_hateful, DocumentRow.comments_disputed)
        ).one()
    assert tuple(row) == (3, 1, "attribution|sourcing")


def test_an_incident_is_found_by_what_its_readers_dispute(store: EventStore) -> None:
    store.ingest(commented("wire-1", "Wire One", [SOURCING]))
    store.ingest(commented("wire-2", "Wire Two", [ATTRIBUTION, KIND]))
    store.ingest(report("quiet-1", "Quiet Wire", town=2))  # another incident, no comments
    assert store.count() == 2
    (disputed,) = store.incidents(EventFilter(disputed="any"))
    assert [i.incident_id for i in store.incidents(EventFilter(disputed="attribution"))] == [disputed.incident_id]
    assert store.count(EventFilter(disputed="sourcing")) == 1
    assert store.count(EventFilter(disputed="casualties")) == 0
    reports = {r.doc_id: r.comment_summary for r in store.reports(disputed.incident_id)}
    assert reports["wire-2"] is not None and reports["wire-2"].disputes == {"attribution": 1}


def test_disputed_values_hold_the_claim_in_every_combination() -> None:
    assert sorted(disputed_values("sourcing")) == sorted(
        ["sourcing", "attribution|sourcing", "sourcing|casualties", "attribution|sourcing|casualties"]
    )


def test_unscored_comments_are_not_clean_until_rescored(store: EventStore) -> None:
    store.ingest(commented("wire-1", "Wire One", [HATEFUL, KIND], scorer=None))
    document = store.document("wire-1")
    assert document is not None and document.comment_summary is None
    assert [c.scored for c in document.comments] == [False, False]
    assert store.count(EventFilter(disputed="any")) == 0
    assert store.rescore_comments(RULES) == 1
    document = store.document("wire-1")
    assert document is not None and document.comment_summary is not None
    assert document.comment_summary.hateful == 1 and document.comments[0].model == RULES.name
    assert store.rescore_comments(RULES) == 0  # scored by this scorer already


class _Plugged:
    """A plugged-in model another writer scores with: calls everything mildly toxic."""

    name = "plugged"

    def probabilities(self, text: str) -> dict[str, float]:
        return {"toxic": 0.6, "identity_attack": 0.0}


def test_rescoring_keeps_what_another_writer_scored_after_the_list_was_made(store: EventStore) -> None:
    store.ingest(commented("wire-1", "Wire One", [KIND], scorer=None))
    with Session(store._engine) as session:
        pending = to_rescore(session, RULES.name, stale=False)
    assert len(pending) == 1
    plugged = CommentScorer(_Plugged())
    assert store.rescore_comments(plugged) == 1  # the other writer, between the list and the batch
    with Session(store._engine) as session, session.begin():
        assert rescore(session, RULES, pending, stale=False) == 0
    document = store.document("wire-1")
    assert document is not None and document.comments[0].model == plugged.name


class _Flaky:
    """A plugged-in model whose endpoint fails on one comment."""

    name = "flaky"

    def probabilities(self, text: str) -> dict[str, float]:
        if "according to whom" in text:
            raise TimeoutError("no answer")
        return {"toxic": 0.1, "identity_attack": 0.0}


def test_rescoring_scores_what_it_can_and_names_what_the_model_failed_on(store: EventStore) -> None:
    store.ingest(commented("wire-1", "Wire One", [KIND], scorer=None))
    store.ingest(commented("radio-2", "Radio Two", [SOURCING], scorer=None))
    flaky = CommentScorer(_Flaky())
    with pytest.raises(StoreError, match=r"of 1 document\(s\), but flaky\+rules-.* failed on 1.*radio-2 \(Timeout"):
        store.rescore_comments(flaky)
    scored, failed = store.document("wire-1"), store.document("radio-2")
    assert scored is not None and scored.comments[0].model == flaky.name
    assert failed is not None and failed.comment_summary is None  # left as it was: unscored


def test_rescoring_a_read_only_store_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "events.db"
    with EventStore.open(str(path)) as store:
        store.ingest(commented("wire-1", "Wire One", [HATEFUL], scorer=None))
    with EventStore.open(f"sqlite:///file:{path}?mode=ro&uri=true") as read_only:
        with pytest.raises(StoreError, match=r"0 of 1 document.*may write to the store"):
            read_only.rescore_comments(RULES)
        document = read_only.document("wire-1")
        assert document is not None and document.comment_summary is None


def test_comment_words_that_stand_in_the_report_do_not_cut_it(store: EventStore) -> None:
    """An HTML page's comments lie apart from its text: a one-word comment, or one quoting the report, whose words
    stand in the report neither ends the article shown nor takes words out of what off-topic reads."""
    result = commented("wire-1", "Wire One", ["Sad", "fighting at Saraqib"])
    store.ingest(result)
    document = store.document("wire-1")
    assert document is not None and [c.start for c in document.comments] == [None, None]
    assert reporting_end(document.body, [c.start for c in document.comments]) == len(document.body)
    with Session(store._engine) as session:
        row = session.scalars(select(DocumentRow)).one()
        assert stored_report_text(row) == result.document.text


def test_a_plain_text_comment_keeps_its_place_in_the_text(store: EventStore) -> None:
    result = report("wire-1", "Wire One")
    reporting = result.document.text
    words = "Praying for the families."
    result.document.text = f"{reporting}\n\n1 Comment\n\nAnna wrote: {words}"
    start = result.document.text.index(words)
    result.document.comments = [Comment(words, author="Anna", span=Span(start, start + len(words)))]
    store.ingest(result)
    document = store.document("wire-1")
    assert document is not None and document.comments[0].start == start
    assert document.body[: reporting_end(document.body, [start])] == reporting
    with Session(store._engine) as session:
        assert stored_report_text(session.scalars(select(DocumentRow)).one()) == reporting


def test_new_comments_under_the_same_text_are_scored_and_kept(store: EventStore) -> None:
    first = store.ingest(commented("wire-1", "Wire One", [KIND]))
    assert store.ingest(commented("wire-1", "Wire One", [KIND])).status == "unchanged"
    assert store.is_unchanged(commented("wire-1", "Wire One", [KIND]).document)
    later = commented("wire-1", "Wire One", [KIND, ATTRIBUTION])
    assert not store.is_unchanged(later.document)
    outcome = store.ingest(later)
    assert outcome.status == "updated" and outcome.incident_ids == first.incident_ids
    document = store.document("wire-1")
    assert document is not None and document.version == 1  # the text is the same version
    assert document.comment_summary is not None and document.comment_summary.disputed == ["attribution"]
    assert store.count(EventFilter(disputed="attribution")) == 1


def test_an_updated_text_replaces_its_comments_and_disputes(store: EventStore) -> None:
    store.ingest(commented("wire-1", "Wire One", [ATTRIBUTION]))
    assert store.count(EventFilter(disputed="attribution")) == 1
    newer = commented("wire-1", "Wire One", [KIND])
    newer.document.text += " Residents said the fighting stopped at dawn."
    assert store.ingest(newer).status == "updated"
    assert store.count(EventFilter(disputed="any")) == 0


_OLD_COMMENTS = '[{"text": "These rats should be wiped out, good riddance.", "author": "reader"}]'


def test_upgrading_from_0002_leaves_comments_unscored_then_scores_them(store_url: str) -> None:
    engine = create_store_engine(database_url(store_url))
    config = _alembic_config()
    now = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
    with engine.execution_options(writer=True).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(
            text(
                "INSERT INTO documents (doc_key, doc_id, body, comments, text_hash, version, ingested_at, "
                "updated_at) VALUES ('url:1', 'old-1', 'Fighting at a town.', :comments, 'h', 1, :now, :now)"
            ),
            {"comments": _OLD_COMMENTS, "now": now},
        )
    engine.dispose()
    with EventStore.open(store_url) as store:
        document = store.document("old-1")
        assert document is not None and document.comment_summary is None and not document.comments[0].scored
        with store._engine.connect() as connection:
            assert connection.scalar(select(DocumentRow.comments_count)) == 1
        assert store.rescore_comments(RULES, stale=False) == 1
        document = store.document("old-1")
        assert document is not None and document.comment_summary is not None
        assert document.comment_summary.hateful == 1


def test_the_migrated_incident_column_is_indexed(store: EventStore) -> None:
    # The database as the migrations made it, not the models' declaration.
    indexes = inspect(store._engine).get_indexes("incidents")
    assert any(index["column_names"] == ["comments_disputed"] for index in indexes)
