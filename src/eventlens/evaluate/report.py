"""Aggregation of per-row outcomes into a report: accuracy per field, per-class P/R/F1 and confusions for
classification fields, coordinate distances, no-event share and speed; as a text table or a JSON-ready dict."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from eventlens.evaluate.fields import NO_EVENT, DistanceField, Field, MatchField
from eventlens.evaluate.gold import GoldItem
from eventlens.evaluate.table import render_table
from eventlens.types import EventRecord

TOP_CONFUSIONS = 5
NO_VALUE = "(none)"


@dataclass(frozen=True)
class ClassScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Confusion:
    gold: str
    predicted: str
    count: int


@dataclass
class FieldScore:
    """One field's result. For a distance field `n` counts rows where both sides have coordinates, `correct`
    those within `radius_km` (`within_wider` those within `wider_km`), and `gold_rows` all rows with gold
    coordinates: its accuracy is `correct / gold_rows`, a row without a point being a miss."""

    name: str
    kind: str  # "match", "class" or "distance"
    n: int
    correct: int
    weighted_f1: float | None = None
    per_class: dict[str, ClassScore] = field(default_factory=dict)
    show_classes: bool = False
    confusions: list[Confusion] = field(default_factory=list)
    gold_rows: int | None = None
    median_km: float | None = None
    radius_km: float | None = None
    wider_km: float | None = None
    within_wider: int | None = None

    @property
    def accuracy(self) -> float | None:
        total = self.gold_rows if self.kind == "distance" else self.n
        return self.correct / total if total else None

    @property
    def wider_accuracy(self) -> float | None:
        """Share of gold rows within `wider_km` (distance fields only)."""
        if self.within_wider is None or not self.gold_rows:
            return None
        return self.within_wider / self.gold_rows

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind, "n": self.n, "correct": self.correct, "accuracy": self.accuracy}
        if self.kind == "class":
            data["weighted_f1"] = self.weighted_f1
            data["per_class"] = {label: vars(score) for label, score in self.per_class.items()}
            data["confusions"] = [vars(confusion) for confusion in self.confusions]
        if self.kind == "distance":
            data |= {
                "gold_rows": self.gold_rows,
                "coverage": self.n / self.gold_rows if self.gold_rows else None,
                "median_km": self.median_km,
                "radius_km": self.radius_km,
                "within_radius": self.accuracy,
                "wider_km": self.wider_km,
                "within_wider": self.wider_accuracy,
            }
        return data


@dataclass
class Report:
    gold_kind: str
    source: str
    documents: int
    rows: int
    no_event_documents: int
    seconds: float
    fields: list[FieldScore]
    limit: int | None = None
    skipped_rows: int = 0
    # Documents the pipeline never returned a result for; scored as "no event".
    dropped_documents: int = 0
    row_details: list[dict[str, Any]] | None = None
    # Kept with the row details: each document's main event by doc_id (None = no event), for error analysis.
    # Records, not JSON: `to_dict` leaves them out.
    main_events: dict[str, EventRecord | None] | None = None

    @property
    def no_event_share(self) -> float | None:
        return self.no_event_documents / self.documents if self.documents else None

    @property
    def docs_per_second(self) -> float | None:
        return self.documents / self.seconds if self.seconds > 0 else None

    def field(self, name: str) -> FieldScore:
        for score in self.fields:
            if score.name == name:
                return score
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "gold": self.gold_kind,
            "source": self.source,
            "limit": self.limit,
            "documents": self.documents,
            "rows": self.rows,
            "skipped_rows": self.skipped_rows,
            "dropped_documents": self.dropped_documents,
            "no_event": {"documents": self.no_event_documents, "share": self.no_event_share},
            "timing": {"seconds": self.seconds, "docs_per_second": self.docs_per_second},
            "fields": {score.name: score.to_dict() for score in self.fields},
        }
        if self.row_details is not None:
            data["row_details"] = self.row_details
        return data

    def to_table(self) -> str:
        return render_table(self)


# --- accumulation -------------------------------------------------------------------------------------------------


def label(value: Any) -> str:
    """How a predicted or gold value shows in class tables and confusions."""
    if value is NO_EVENT:
        return NO_EVENT.value
    if value is None or value == "":
        return NO_VALUE
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


class _MatchTally:
    def __init__(self, spec: MatchField) -> None:
        self.spec = spec
        self.n = 0
        self.correct = 0
        self.pairs: Counter[tuple[str, str]] = Counter()  # (gold, predicted) labels, classification fields only

    def add(self, record: EventRecord | None, gold: Any) -> dict[str, Any]:
        predicted, right = self.spec.score(record, gold)
        self.n += 1
        self.correct += right
        if self.spec.classification:
            # A right answer counts under the gold label even when spelled differently (case, spacing).
            self.pairs[(label(gold), label(gold) if right else label(predicted))] += 1
        return {"gold": _jsonable(gold), "predicted": _jsonable(predicted), "correct": right}

    def result(self) -> FieldScore:
        score = FieldScore(self.spec.name, "match", self.n, self.correct)
        if self.spec.classification:
            score.kind = "class"
            score.show_classes = self.spec.show_classes
            score.per_class, score.weighted_f1 = class_scores(self.pairs)
            score.confusions = top_confusions(self.pairs)
        return score


class _DistanceTally:
    def __init__(self, spec: DistanceField) -> None:
        self.spec = spec
        self.gold_rows = 0
        self.distances: list[float] = []

    def add(self, record: EventRecord | None, gold: Any) -> dict[str, Any]:
        self.gold_rows += 1
        km = self.spec.distance(record, gold)
        if km is not None:
            self.distances.append(km)
        return {"gold": _jsonable(gold), "km": km}

    def result(self) -> FieldScore:
        return FieldScore(
            self.spec.name,
            "distance",
            n=len(self.distances),
            correct=sum(km <= self.spec.radius_km for km in self.distances),
            gold_rows=self.gold_rows,
            median_km=statistics.median(self.distances) if self.distances else None,
            radius_km=self.spec.radius_km,
            wider_km=self.spec.wider_km,
            within_wider=sum(km <= self.spec.wider_km for km in self.distances),
        )


class Scorer:
    """Collects each document's outcome field by field; `report()` turns the tallies into a Report."""

    def __init__(self, fields: Sequence[Field], *, keep_rows: bool = False) -> None:
        self.tallies = [_MatchTally(f) if isinstance(f, MatchField) else _DistanceTally(f) for f in fields]
        self.documents = 0
        self.rows = 0
        self.no_event_documents = 0
        self.dropped_documents = 0
        self.row_details: list[dict[str, Any]] | None = [] if keep_rows else None
        self.main_events: dict[str, EventRecord | None] | None = {} if keep_rows else None

    def add(self, item: GoldItem, record: EventRecord | None, *, dropped: bool = False) -> None:
        self.documents += 1
        self.no_event_documents += record is None
        self.dropped_documents += dropped
        if self.main_events is not None:
            self.main_events[item.document.doc_id] = record
        for row in item.rows:
            self.rows += 1
            outcomes = {
                tally.spec.name: tally.add(record, row.values[tally.spec.key])
                for tally in self.tallies
                if tally.spec.key in row.values
            }
            if self.row_details is not None:
                event_id = record.event_id if record is not None else None
                self.row_details.append(
                    {"row_id": row.row_id, "doc_id": item.document.doc_id, "event_id": event_id, "fields": outcomes}
                )

    def report(self, *, gold_kind: str, source: str, seconds: float, limit: int | None, skipped_rows: int) -> Report:
        return Report(
            gold_kind=gold_kind,
            source=source,
            documents=self.documents,
            rows=self.rows,
            no_event_documents=self.no_event_documents,
            seconds=seconds,
            fields=[tally.result() for tally in self.tallies],
            limit=limit,
            skipped_rows=skipped_rows,
            dropped_documents=self.dropped_documents,
            row_details=self.row_details,
            main_events=self.main_events,
        )


def class_scores(pairs: Counter[tuple[str, str]]) -> tuple[dict[str, ClassScore], float | None]:
    """Per-class precision/recall/F1 over (gold, predicted) label counts, and F1 weighted by gold support.
    "(no event)" and other labels never seen in gold lower recall and precision but carry no weight."""
    gold_count: Counter[str] = Counter()
    predicted_count: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for (gold, predicted), count in pairs.items():
        gold_count[gold] += count
        predicted_count[predicted] += count
        if gold == predicted:
            hits[gold] += count
    scores: dict[str, ClassScore] = {}
    for name in sorted(gold_count.keys() | (predicted_count.keys() - {NO_EVENT.value})):
        precision = hits[name] / predicted_count[name] if predicted_count[name] else 0.0
        recall = hits[name] / gold_count[name] if gold_count[name] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[name] = ClassScore(precision, recall, f1, gold_count[name])
    total = sum(gold_count.values())
    weighted = sum(score.f1 * score.support for score in scores.values()) / total if total else None
    return scores, weighted


def top_confusions(pairs: Counter[tuple[str, str]], top: int = TOP_CONFUSIONS) -> list[Confusion]:
    wrong = Counter({pair: count for pair, count in pairs.items() if pair[0] != pair[1]})
    # Ties break alphabetically so the report is the same from run to run.
    ranked = sorted(wrong.items(), key=lambda entry: (-entry[1], entry[0]))
    return [Confusion(gold, predicted, count) for (gold, predicted), count in ranked[:top]]


def _jsonable(value: Any) -> Any:
    if value is NO_EVENT:
        return None
    if isinstance(value, tuple):
        return list(value)
    return value
