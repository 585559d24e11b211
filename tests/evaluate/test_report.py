from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

import pytest

from eventlens.evaluate import DistanceField, GoldSet, Report, evaluate, fields_for, run_evaluation
from eventlens.types import Document, EventRecord

from .conftest import WriteGold


@dataclass
class FakeResult:
    document: Document
    record: EventRecord | None

    def main_event(self) -> EventRecord | None:
        return self.record


def record(doc_id: str, **fields: Any) -> EventRecord:
    return EventRecord(doc_id=doc_id, event_id=f"{doc_id}-e1", **fields)


def fake_process(records: dict[str, EventRecord | None]) -> Any:
    """A pipeline stand-in answering each document with a fixed record (None = no event)."""

    def process(documents: Iterable[Document]) -> Iterator[FakeResult]:
        for doc in documents:
            yield FakeResult(doc, records.get(doc.doc_id))

    return process


@pytest.fixture
def acled_gold(write_gold: WriteGold) -> GoldSet:
    path = write_gold(
        "acled",
        {"event_id_cnty": "A1"},
        {"event_id_cnty": "A2", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
         "fatalities": "0"},
        {"event_id_cnty": "A3"},
        {"event_id_cnty": "A4", "event_type": "Protests", "sub_event_type": "Peaceful protest", "fatalities": "0"},
    )  # fmt: skip
    return GoldSet(path, "acled")


RECORDS: dict[str, EventRecord | None] = {
    "A1": record("A1", event_type="Battles", sub_event_type="Attack", fatalities=2, latitude=10.0, longitude=20.1),
    "A2": None,
    "A3": record("A3", event_type="Battles", sub_event_type="Armed clash", latitude=11.0, longitude=20.0),
    "A4": record("A4", event_type="Protests", sub_event_type="Peaceful protest"),
}


def run(gold: GoldSet, process: Any = None, **options: Any) -> Report:
    return evaluate(gold, process or fake_process(RECORDS), fields=fields_for(gold.kind, None), **options)


def test_accuracy_and_no_event_share(acled_gold: GoldSet) -> None:
    report = run(acled_gold)
    assert (report.documents, report.rows, report.no_event_documents) == (4, 4, 1)
    assert report.no_event_share == 0.25
    event_type = report.field("event_type")
    assert (event_type.n, event_type.correct, event_type.accuracy) == (4, 3, 0.75)
    # No event is right only where the gold count is 0 (A2); A3's record says 0 against a gold 2.
    assert report.field("fatalities").correct == 3
    assert report.docs_per_second is not None and report.docs_per_second > 0


def test_per_class_scores_and_confusions(acled_gold: GoldSet) -> None:
    sub = run(acled_gold).field("sub_event_type")
    assert sub.kind == "class"
    clash = sub.per_class["Armed clash"]
    assert (clash.precision, clash.recall, clash.support) == (1.0, 0.5, 2)
    assert clash.f1 == pytest.approx(2 / 3)
    assert sub.per_class["Attack"].support == 0
    assert sub.weighted_f1 == pytest.approx((2 / 3 * 2 + 0 + 1.0) / 4)
    assert [(c.gold, c.predicted, c.count) for c in sub.confusions] == [
        ("Air/drone strike", "(no event)", 1),
        ("Armed clash", "Attack", 1),
    ]


def test_coordinates(acled_gold: GoldSet) -> None:
    coords = run(acled_gold).field("coordinates")
    assert (coords.gold_rows, coords.n, coords.correct) == (4, 2, 1)
    assert coords.median_km == pytest.approx((10.95 + 111.2) / 2, abs=0.2)
    assert coords.to_dict()["coverage"] == 0.5
    # 10.95 km is within both radii, 111 km within neither: 1 of the 4 gold rows each time.
    assert (coords.accuracy, coords.wider_accuracy) == (0.25, 0.25)


def test_the_wider_radius_is_counted_apart(acled_gold: GoldSet) -> None:
    # 10.95 km lies outside a 5 km radius but inside a 20 km wider one; 111 km outside both.
    narrow = DistanceField("coordinates", radius_km=5.0, wider_km=20.0)
    coords = evaluate(acled_gold, fake_process(RECORDS), fields=[narrow]).field("coordinates")
    assert (coords.correct, coords.within_wider) == (0, 1)
    assert (coords.accuracy, coords.wider_accuracy) == (0.0, 0.25)


def test_pipeline_that_reads_ahead(acled_gold: GoldSet) -> None:
    def batched(documents: Iterable[Document]) -> Iterator[FakeResult]:
        docs = list(documents)  # reads everything before answering, like a batching pipeline
        yield from fake_process(RECORDS)(docs)

    assert run(acled_gold, batched).field("event_type").correct == 3


def test_dropped_documents_count_as_no_event(acled_gold: GoldSet) -> None:
    def skipping(documents: Iterable[Document]) -> Iterator[FakeResult]:
        for result in fake_process(RECORDS)(documents):
            if result.document.doc_id not in ("A3", "A4"):
                yield result

    report = run(acled_gold, skipping)
    assert (report.dropped_documents, report.no_event_documents, report.documents) == (2, 3, 4)


def test_out_of_order_results_are_an_error(acled_gold: GoldSet) -> None:
    def reversed_order(documents: Iterable[Document]) -> Iterator[FakeResult]:
        yield from reversed(list(fake_process(RECORDS)(documents)))

    with pytest.raises(RuntimeError, match="out of order"):
        run(acled_gold, reversed_order)


def test_every_row_of_a_multi_event_article_is_scored(write_gold: WriteGold) -> None:
    path = write_gold(
        "fakes",
        {"unit_id": "9", "location": "aleppo"},
        {"unit_id": "9", "location": "idlib", "nb_civilians": "40", "nb_noncivilians": "0"},
    )
    rec = record("9", admin1="Aleppo", actor1="Military Forces of Syria (2000-)", fatalities=5)
    report = run(GoldSet(path, "fakes"), fake_process({"9": rec}))
    assert (report.documents, report.rows) == (1, 2)
    assert report.field("governorate").correct == 1
    assert report.field("deaths").correct == 1
    assert report.field("actor_class").correct == 2


def test_dict_is_json_and_rows_are_kept_on_request(acled_gold: GoldSet) -> None:
    data = json.loads(json.dumps(run(acled_gold, keep_rows=True).to_dict()))
    assert data["gold"] == "acled"
    assert data["no_event"] == {"documents": 1, "share": 0.25}
    assert data["fields"]["sub_event_type"]["confusions"][0]["predicted"] == "(no event)"
    # 1 of the 4 gold rows with coordinates lies within 25 km: a row with no point is a miss.
    assert data["fields"]["coordinates"]["within_radius"] == 0.25
    assert data["fields"]["coordinates"]["within_wider"] == 0.25
    assert set(data["timing"]) == {"seconds", "docs_per_second"}
    a2 = next(row for row in data["row_details"] if row["row_id"] == "A2")
    assert a2["event_id"] is None
    assert a2["fields"]["fatalities"] == {"gold": 0, "predicted": 0, "correct": True}
    assert "row_details" not in run(acled_gold).to_dict()


def test_table(acled_gold: GoldSet) -> None:
    table = run(acled_gold).to_table()
    assert "acled gold" in table
    assert "no event 1 (25.0%)" in table
    assert "sub_event_type per class" in table
    assert "Armed clash -> Attack: 1" in table
    # Only fields flagged for it get a per-class table.
    assert "event_type per class" not in table.splitlines()


def test_progress_goes_to_stderr(acled_gold: GoldSet, capsys: pytest.CaptureFixture[str]) -> None:
    run(acled_gold, progress=True, total=4)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "4/4" in captured.err


def test_limit_is_reported(write_gold: WriteGold) -> None:
    path = write_gold("gtd", {"eventid": "1"}, {"eventid": "2"}, {"eventid": "3"})
    report = run(GoldSet(path, "gtd", limit=2), fake_process({}))
    assert (report.documents, report.limit, report.no_event_share) == (2, 2, 1.0)
    assert "first 2 rows" in report.to_table()


def test_run_evaluation_wires_the_pipeline(write_gold: WriteGold, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []

    class Pipeline:
        def __init__(self, config: object = None) -> None:
            seen.append(config)

        def process(self, documents: Iterable[Document]) -> Iterator[FakeResult]:
            for doc in documents:
                yield FakeResult(doc, record(doc.doc_id, event_type="Battles"))

    monkeypatch.setitem(sys.modules, "eventlens.pipeline", types.SimpleNamespace(Pipeline=Pipeline))
    path = write_gold("acled", {"event_id_cnty": "A1"}, {"event_id_cnty": "A2"}, {"event_id_cnty": "A3"})
    config = cast(Any, "a config")  # the real PipelineConfig is the lead's; any object is passed through
    report = run_evaluation(path, "acled", limit=2, config=config, progress=False)
    assert seen == [config]
    assert (report.documents, report.field("event_type").correct) == (2, 2)
    assert report.source == "acled.csv"
