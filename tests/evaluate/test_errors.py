"""Error analysis over an evaluation run with a fake pipeline; one run through the command line.

The gold rows, evidence sentences and rule names are invented for these tests."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from eventlens.cli import main
from eventlens.evaluate import GoldSet, evaluate, fields_for
from eventlens.evaluate.errors import (
    ErrorAnalysis,
    FieldErrors,
    UnknownField,
    analyse,
    evidence_excerpt,
    run_error_analysis,
    select_fields,
)
from eventlens.types import Document, EventRecord
from eventlens.types.record import Evidence

from .conftest import WriteGold

CLASH_TEXT = "Gunmen attacked an army post near Rivertown on Sunday."


@dataclass
class FakeResult:
    document: Document
    record: EventRecord | None

    def main_event(self) -> EventRecord | None:
        return self.record


def fake_process(records: dict[str, EventRecord | None]) -> Any:
    def process(documents: Iterable[Document]) -> Iterator[FakeResult]:
        for doc in documents:
            yield FakeResult(doc, records.get(doc.doc_id))

    return process


def record(doc_id: str, text: str = CLASH_TEXT, **fields: Any) -> EventRecord:
    fields.setdefault("evidence", [Evidence(text=text, start=0, end=len(text))])
    return EventRecord(doc_id=doc_id, event_id=f"{doc_id}-e1", **fields)


def attack(doc_id: str, confidence: float, provenance: dict[str, str] | None = None, **fields: Any) -> EventRecord:
    rules = {"event_type": "rule:cue:attacked", "sub_event_type": "rule:cue:attacked", **(provenance or {})}
    return record(
        doc_id,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        confidence=confidence,
        provenance=rules,
        **fields,
    )


RECORDS: dict[str, EventRecord | None] = {
    "A1": attack("A1", 0.6),
    "A2": attack("A2", 0.9, fatalities=None, provenance={"fatalities": "rule:casualty-patterns"}),
    "A3": record(
        "A3",
        "Shells fell on a village west of Rivertown.",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        confidence=0.7,
        latitude=11.0,
        longitude=20.0,
        provenance={"sub_event_type": "rule:cue:shells", "latitude": "gazetteer:test", "longitude": "gazetteer:test"},
    ),
    "A4": None,
    "A5": record("A5", event_type="Protests", sub_event_type="Peaceful protest", confidence=0.8),
    "A6": record("A6", event_type="Battles", sub_event_type="Armed clash", fatalities=2, latitude=10.0, longitude=20.1),
}


@pytest.fixture
def acled_gold(write_gold: WriteGold) -> GoldSet:
    path = write_gold(
        "acled",
        {"event_id_cnty": "A1"},
        {"event_id_cnty": "A2", "fatalities": "5"},
        {"event_id_cnty": "A3"},
        {"event_id_cnty": "A4", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
         "fatalities": "0"},
        {"event_id_cnty": "A5", "event_type": "Protests", "sub_event_type": "Peaceful protest", "fatalities": "0"},
        {"event_id_cnty": "A6"},
    )  # fmt: skip
    return GoldSet(path, "acled")


def analysis_of(gold: GoldSet, names: list[str] | None = None, **options: Any) -> ErrorAnalysis:
    fields = select_fields(gold.kind, names, fields_for(gold.kind, None))
    report = evaluate(gold, fake_process(RECORDS), fields=fields, keep_rows=True)
    return analyse(report, fields, **options)


def triples(errors: FieldErrors) -> list[tuple[str, str, int]]:
    return [(m.gold, m.predicted, m.count) for m in errors.mismatches]


def test_confusions_are_counted_and_ranked(acled_gold: GoldSet) -> None:
    sub = analysis_of(acled_gold, ["sub_event_type"]).field("sub_event_type")
    assert (sub.kind, sub.n, sub.correct, sub.wrong, sub.pairs) == ("class", 6, 2, 4, 3)
    assert sub.accuracy == pytest.approx(2 / 6)
    # Most rows first; ties alphabetically, as the evaluate report ranks them.
    assert triples(sub) == [
        ("Armed clash", "Attack", 2),
        ("Air/drone strike", "(no event)", 1),
        ("Armed clash", "Shelling/artillery/missile attack", 1),
    ]


def test_same_confusions_as_the_evaluate_report(acled_gold: GoldSet) -> None:
    fields = fields_for("acled", None)
    report = evaluate(acled_gold, fake_process(RECORDS), fields=fields, keep_rows=True)
    analysis = analyse(report, fields)
    for score in report.fields:
        if score.kind == "class":
            assert [(c.gold, c.predicted, c.count) for c in score.confusions] == triples(analysis.field(score.name))[:5]


def test_examples_carry_evidence_provenance_and_confidence(acled_gold: GoldSet) -> None:
    sub = analysis_of(acled_gold, ["sub_event_type"]).field("sub_event_type")
    attacks, no_event, shelling = sub.mismatches
    # The most confidently wrong record comes first.
    assert [e.row_id for e in attacks.examples] == ["A2", "A1"]
    worst = attacks.examples[0]
    assert (worst.gold, worst.predicted, worst.confidence) == ("Armed clash", "Attack", 0.9)
    assert worst.event_id == "A2-e1"
    assert worst.evidence == CLASH_TEXT
    # Only the provenance of what the field reads.
    assert worst.provenance == {"sub_event_type": "rule:cue:attacked"}
    assert shelling.examples[0].evidence == "Shells fell on a village west of Rivertown."
    (a4,) = no_event.examples
    assert (a4.row_id, a4.event_id, a4.predicted, a4.confidence, a4.provenance, a4.evidence) == (
        "A4", None, None, None, {}, None
    )  # fmt: skip


def test_top_and_examples_limit_the_output(acled_gold: GoldSet) -> None:
    sub = analysis_of(acled_gold, ["sub_event_type"], top=1, examples=1).field("sub_event_type")
    assert (sub.wrong, sub.pairs) == (4, 3)
    (only,) = sub.mismatches
    assert (only.count, [e.row_id for e in only.examples]) == (2, ["A2"])
    assert analysis_of(acled_gold, ["sub_event_type"], examples=0).field("sub_event_type").mismatches[0].examples == []


def test_count_fields_show_their_mismatches(acled_gold: GoldSet) -> None:
    fatalities = analysis_of(acled_gold, ["fatalities"]).field("fatalities")
    # A4 has no event and a gold 0: right. A1 and A3 say 0 against 2; A2 found deaths without a number.
    assert (fatalities.kind, fatalities.correct, fatalities.wrong) == ("match", 3, 3)
    assert triples(fatalities) == [("2", "0", 2), ("5", "(none)", 1)]
    five = fatalities.mismatches[1].examples[0]
    assert (five.row_id, five.gold, five.predicted, five.provenance) == (
        "A2", 5, None, {"fatalities": "rule:casualty-patterns"}
    )  # fmt: skip


def test_provenance_follows_the_record_field_a_gold_column_reads(write_gold: WriteGold) -> None:
    path = write_gold("gtd", {"eventid": "G1", "nkill": "3", "city": "Rivertown"})
    rec = record(
        "G1",
        fatalities=1,
        location="Lakeside",
        provenance={"fatalities": "rule:casualty-patterns", "location": "gazetteer:test"},
    )
    fields = select_fields("gtd", ["nkill", "city"], fields_for("gtd", None))
    report = evaluate(GoldSet(path, "gtd"), fake_process({"G1": rec}), fields=fields, keep_rows=True)
    analysis = analyse(report, fields)
    assert analysis.field("nkill").mismatches[0].examples[0].provenance == {"fatalities": "rule:casualty-patterns"}
    city = analysis.field("city").mismatches[0]
    assert (city.gold, city.predicted, city.examples[0].provenance) == (
        "Rivertown", "Lakeside", {"location": "gazetteer:test"}
    )  # fmt: skip


def test_coordinates_farthest_first(acled_gold: GoldSet) -> None:
    coords = analysis_of(acled_gold, ["coordinates"]).field("coordinates")
    # A6 is within 25 km; A3 is 111 km off; A1, A2, A5 have no coordinates; A4 no event.
    assert (coords.kind, coords.n, coords.correct, coords.gold_rows, coords.wrong) == ("distance", 2, 1, 6, 5)
    assert triples(coords) == [
        ("within 25 km", "no coordinates", 3),
        ("within 25 km", "(no event)", 1),
        ("within 25 km", "more than 25 km off", 1),
    ]
    far = coords.mismatches[2].examples[0]
    assert (far.row_id, far.gold, far.predicted) == ("A3", [10.0, 20.0], [11.0, 20.0])
    assert far.km == pytest.approx(111.2, abs=0.2)
    assert far.provenance == {"latitude": "gazetteer:test", "longitude": "gazetteer:test"}


def test_without_names_every_classification_field() -> None:
    assert [f.name for f in select_fields("acled", None, fields_for("acled", None))] == ["event_type", "sub_event_type"]
    gtd = [f.name for f in select_fields("gtd", [], fields_for("gtd", None))]
    assert gtd == ["attack_type", "weapon_type", "target_type", "claimed", "suicide"]
    # Named fields keep the order given, once each.
    names = ["fatalities", "actor1", "fatalities"]
    assert [f.name for f in select_fields("acled", names, fields_for("acled", None))] == ["fatalities", "actor1"]


def test_unknown_fields_list_the_valid_ones() -> None:
    with pytest.raises(UnknownField, match=r"unknown fields 'nkill', 'bogus' for acled gold; valid fields: event_type"):
        select_fields("acled", ["sub_event_type", "nkill", "bogus"], fields_for("acled", None))


def test_needs_kept_rows(acled_gold: GoldSet) -> None:
    fields = fields_for("acled", None)
    report = evaluate(acled_gold, fake_process(RECORDS), fields=fields)
    assert report.main_events is None
    with pytest.raises(ValueError, match="keep_rows"):
        analyse(report, fields)


def test_main_events_are_kept_but_not_in_the_report_dict(acled_gold: GoldSet) -> None:
    report = evaluate(acled_gold, fake_process(RECORDS), fields=fields_for("acled", None), keep_rows=True)
    assert report.main_events is not None
    assert report.main_events["A2"] is RECORDS["A2"]
    assert report.main_events["A4"] is None
    assert "main_events" not in report.to_dict()


def test_dict_is_json(acled_gold: GoldSet) -> None:
    data = json.loads(json.dumps(analysis_of(acled_gold).to_dict()))
    assert (data["gold"], data["documents"], data["no_event"]["documents"]) == ("acled", 6, 1)
    assert list(data["fields"]) == ["event_type", "sub_event_type"]
    sub = data["fields"]["sub_event_type"]
    assert (sub["accuracy"], sub["wrong"], sub["pairs"]) == (pytest.approx(2 / 6), 4, 3)
    example = sub["mismatches"][0]["examples"][0]
    assert example["row_id"] == "A2"
    assert example["provenance"] == {"sub_event_type": "rule:cue:attacked"}
    assert example["evidence"] == CLASH_TEXT
    assert "km" not in example


def test_text(acled_gold: GoldSet) -> None:
    text = analysis_of(acled_gold, ["sub_event_type"], top=2).to_text()
    lines = text.splitlines()
    assert lines[0] == "eventlens errors: acled gold, acled.csv"
    assert "sub_event_type: accuracy 33.3% (2 of 6 rows); 4 wrong in 3 (gold -> predicted) pairs, top 2:" in text
    assert "  1. Armed clash -> Attack: 2 rows" in lines
    assert "  2. Air/drone strike -> (no event): 1 row" in lines
    assert "     - row A2  confidence 0.90  gold: Armed clash  predicted: Attack" in lines
    assert "       provenance: sub_event_type = rule:cue:attacked" in lines
    assert f"       evidence:   {CLASH_TEXT}" in lines
    assert "     - row A4  confidence -  gold: Air/drone strike  (no event)" in lines


def test_evidence_excerpt_in_document_order_once_and_cut() -> None:
    spans = [
        Evidence(text="killing  two\nsoldiers", start=40, end=61),
        Evidence(text="Gunmen attacked a post", start=0, end=22),
        Evidence(text="attacked", start=7, end=15),  # inside the first span: shown once
    ]
    assert evidence_excerpt(record("D", evidence=spans)) == "Gunmen attacked a post … killing two soldiers"
    long = "word " * 200
    cut = evidence_excerpt(record("D", long), limit=50)
    assert cut is not None and len(cut) <= 50 and cut.endswith("word…")
    assert evidence_excerpt(record("D", evidence=[])) is None


class FakePipeline:
    def __init__(self, config: object = None) -> None:
        pass

    def process(self, documents: Iterable[Document]) -> Iterator[FakeResult]:
        yield from fake_process(RECORDS)(documents)


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "eventlens.pipeline", types.SimpleNamespace(Pipeline=FakePipeline))


@pytest.mark.usefixtures("fake_pipeline")
def test_run_error_analysis_on_a_file(acled_gold: GoldSet) -> None:
    analysis = run_error_analysis(acled_gold.path, "acled", ["sub_event_type"], limit=3, progress=False)
    assert analysis.report.limit == 3
    assert triples(analysis.field("sub_event_type")) == [
        ("Armed clash", "Attack", 2),
        ("Armed clash", "Shelling/artillery/missile attack", 1),
    ]
    assert [score.name for score in analysis.report.fields] == ["sub_event_type"]


@pytest.mark.usefixtures("fake_pipeline")
def test_cli(acled_gold: GoldSet, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["errors", str(acled_gold.path), "--gold", "acled", "--field", "sub_event_type", "--examples", "1"]
    assert main([*args, "--json"]) == 0
    captured = capsys.readouterr()
    assert "6/6" in captured.err  # the progress bar
    data = json.loads(captured.out)
    mismatches = data["fields"]["sub_event_type"]["mismatches"]
    assert [(m["gold"], m["predicted"], m["count"]) for m in mismatches] == [
        ("Armed clash", "Attack", 2),
        ("Air/drone strike", "(no event)", 1),
        ("Armed clash", "Shelling/artillery/missile attack", 1),
    ]
    assert [e["row_id"] for e in mismatches[0]["examples"]] == ["A2"]

    assert main([*args, "--top", "1", "--no-progress"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "  1. Armed clash -> Attack: 2 rows" in captured.out
    assert "Air/drone strike" not in captured.out


@pytest.mark.usefixtures("fake_pipeline")
def test_cli_usage_errors(acled_gold: GoldSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["errors", str(acled_gold.path), "--gold", "gtd", "--field", "sub_event_type"]) == 2
    err = capsys.readouterr().err
    assert "unknown field 'sub_event_type' for gtd gold; valid fields:" in err
    assert "attack_type" in err and "nkill" in err
    assert main(["errors", str(tmp_path / "nope.csv"), "--gold", "acled"]) == 2
    assert "no such file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["errors", str(acled_gold.path), "--gold", "acled", "--top", "0"])
    assert exited.value.code == 2
    assert "at least 1" in capsys.readouterr().err
