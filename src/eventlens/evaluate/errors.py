"""Error analysis: for each field, the (gold -> predicted) mismatches that cost the most rows, and behind each
the rows themselves with what explains them: the evidence text the main event stands on, the rule or
dictionary that set the field (the record's provenance) and the record's confidence.

    analysis = run_error_analysis("../shared/data/dev/acled_may2020_dev.csv", "acled", ["sub_event_type"], limit=500)
    print(analysis.to_text())       # or json.dumps(analysis.to_dict())

`analyse(report, fields)` does the same over any report made with `keep_rows=True` (e.g. by `evaluate` with a
fake pipeline). Nothing is scored here: right or wrong, the predicted values, the labels and the ranking of
mismatches are the evaluation's own; this module only groups the wrong rows and shows them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventlens.evaluate.fields import NO_EVENT, DistanceField, Field, MatchField, default_fields
from eventlens.evaluate.report import Report, label, top_confusions
from eventlens.evaluate.runner import run_evaluation
from eventlens.types import EventRecord

if TYPE_CHECKING:
    from eventlens.pipeline import PipelineConfig

TOP_MISMATCHES = 10
EXAMPLES = 5
EXCERPT_CHARS = 300
NO_COORDINATES = "no coordinates"


class UnknownField(ValueError):
    """A field name the gold kind does not score; the message lists the ones it does."""


@dataclass(frozen=True)
class Example:
    """One wrong row. `gold` and `predicted` are the evaluation's values (JSON-ready; a document without an
    event has `event_id` None); `provenance` maps each record field the prediction reads to what set it."""

    row_id: str
    doc_id: str
    event_id: str | None
    gold: Any
    predicted: Any
    confidence: float | None
    provenance: dict[str, str]
    evidence: str | None
    km: float | None = None  # distance fields only

    def to_dict(self) -> dict[str, Any]:
        data = {
            "row_id": self.row_id,
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "gold": self.gold,
            "predicted": self.predicted,
            "confidence": self.confidence,
            "provenance": self.provenance,
            "evidence": self.evidence,
        }
        if self.km is not None:
            data["km"] = self.km
        return data


@dataclass(frozen=True)
class Mismatch:
    """A (gold -> predicted) pair of labels, how many rows have it, and the worst of them."""

    gold: str
    predicted: str
    count: int
    examples: list[Example]

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "count": self.count,
            "examples": [example.to_dict() for example in self.examples],
        }


@dataclass(frozen=True)
class FieldErrors:
    """One field's errors. For a match or class field `n` rows were scored and `wrong = n - correct`; for a
    distance field `n` counts rows with coordinates on both sides and `wrong` every gold row not within
    `radius_km` (no coordinates included). `pairs` is how many distinct mismatches there are."""

    name: str
    kind: str
    n: int
    correct: int
    wrong: int
    pairs: int
    mismatches: list[Mismatch]
    gold_rows: int | None = None
    radius_km: float | None = None

    @property
    def accuracy(self) -> float | None:
        """Share right; for a distance field, of all gold rows (a row without a point is a miss)."""
        total = self.gold_rows if self.kind == "distance" else self.n
        return self.correct / total if total else None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "n": self.n,
            "correct": self.correct,
            "accuracy": self.accuracy,
            "wrong": self.wrong,
            "pairs": self.pairs,
        }
        if self.kind == "distance":
            data |= {"gold_rows": self.gold_rows, "radius_km": self.radius_km}
        data["mismatches"] = [mismatch.to_dict() for mismatch in self.mismatches]
        return data


@dataclass
class ErrorAnalysis:
    report: Report
    fields: list[FieldErrors]

    def field(self, name: str) -> FieldErrors:
        for errors in self.fields:
            if errors.name == name:
                return errors
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        report = self.report
        return {
            "gold": report.gold_kind,
            "source": report.source,
            "limit": report.limit,
            "documents": report.documents,
            "rows": report.rows,
            "skipped_rows": report.skipped_rows,
            "dropped_documents": report.dropped_documents,
            "no_event": {"documents": report.no_event_documents, "share": report.no_event_share},
            "fields": {errors.name: errors.to_dict() for errors in self.fields},
        }

    def to_text(self) -> str:
        return render_text(self)


# --- choosing fields ----------------------------------------------------------------------------------------------


def select_fields(gold_kind: str, names: Sequence[str] | None, fields: Sequence[Field] | None = None) -> list[Field]:
    """The fields to analyse: those named (in the order given), or without names every classification field.
    `fields` defaults to the gold kind's fields with the project's actor dictionary, as `evaluate` uses."""
    if fields is None:
        fields = default_fields(gold_kind)
    if not names:
        return [spec for spec in fields if isinstance(spec, MatchField) and spec.classification]
    by_name = {spec.name: spec for spec in fields}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise UnknownField(
            f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} for {gold_kind} gold; "
            f"valid fields: {', '.join(by_name)}"
        )
    return [by_name[name] for name in dict.fromkeys(names)]


# --- analysis -----------------------------------------------------------------------------------------------------


def run_error_analysis(
    path: str | Path,
    gold_kind: str,
    field_names: Sequence[str] | None = None,
    limit: int | None = None,
    *,
    top: int = TOP_MISMATCHES,
    examples: int = EXAMPLES,
    config: PipelineConfig | None = None,
    progress: bool = True,
) -> ErrorAnalysis:
    """`eventlens errors FILE --gold KIND [--field NAME] [--limit N]`: the real pipeline over a gold file, then
    `analyse`. Unknown field names raise UnknownField before anything runs."""
    fields = select_fields(gold_kind, field_names)
    report = run_evaluation(path, gold_kind, limit, config=config, progress=progress, keep_rows=True, fields=fields)
    return analyse(report, fields, top=top, examples=examples)


def analyse(
    report: Report, fields: Sequence[Field], *, top: int = TOP_MISMATCHES, examples: int = EXAMPLES
) -> ErrorAnalysis:
    """The `top` most frequent mismatches of each of `fields` (which the report must have scored, with
    `keep_rows=True`), each with up to `examples` of its rows, the most confidently wrong first."""
    if report.row_details is None or report.main_events is None:
        raise ValueError("error analysis needs a report made with keep_rows=True")
    analysis = ErrorAnalysis(report, [])
    for spec in fields:
        score = report.field(spec.name)
        wrong = _wrong_rows(report, spec)
        pairs = Counter({key: len(rows) for key, rows in wrong.items()})
        mismatches = [
            Mismatch(c.gold, c.predicted, c.count, _examples(wrong[(c.gold, c.predicted)], spec, examples))
            for c in top_confusions(pairs, top)
        ]
        total_wrong = sum(pairs.values())
        analysis.fields.append(
            FieldErrors(
                spec.name,
                score.kind,
                score.n,
                score.correct,
                total_wrong,
                len(pairs),
                mismatches,
                gold_rows=score.gold_rows,
                radius_km=score.radius_km,
            )
        )
    return analysis


@dataclass(frozen=True)
class _Wrong:
    row: dict[str, Any]
    outcome: dict[str, Any]
    event: EventRecord | None


def _wrong_rows(report: Report, spec: Field) -> dict[tuple[str, str], list[_Wrong]]:
    """The rows the evaluation got wrong for `spec`, by (gold, predicted) label, in file order."""
    assert report.row_details is not None and report.main_events is not None
    groups: dict[tuple[str, str], list[_Wrong]] = defaultdict(list)
    for row in report.row_details:
        outcome = row["fields"].get(spec.name)
        if outcome is None:  # no gold value for this field in this row: not scored
            continue
        event = report.main_events[row["doc_id"]]
        if isinstance(spec, DistanceField):
            km = outcome["km"]
            if km is not None and km <= spec.radius_km:
                continue
            gold = f"within {spec.radius_km:g} km"
            if event is None:
                predicted = label(NO_EVENT)
            else:
                predicted = NO_COORDINATES if km is None else f"more than {spec.radius_km:g} km off"
        else:
            if outcome["correct"]:
                continue
            gold = label(outcome["gold"])
            # The row details hold JSON values; a document without an event predicted the field's `no_event`.
            predicted = label(spec.no_event if event is None else outcome["predicted"])
        groups[(gold, predicted)].append(_Wrong(row, outcome, event))
    return groups


def _examples(wrong: list[_Wrong], spec: Field, count: int) -> list[Example]:
    """The worst `count` rows: farthest first for distances, else the most confident first (a confidently wrong
    record is the one to look at); documents without an event last; ties in file order."""

    def badness(item: _Wrong) -> float:
        if isinstance(spec, DistanceField) and item.outcome["km"] is not None:
            return float(item.outcome["km"])
        return item.event.confidence if item.event is not None else -math.inf

    ranked = sorted(wrong, key=badness, reverse=True)  # stable: equal badness stays in file order
    return [_example(item, spec) for item in ranked[:count]]


def _example(item: _Wrong, spec: Field) -> Example:
    event = item.event
    predicted = item.outcome.get("predicted")  # distance outcomes carry none: the record's coordinates instead
    if isinstance(spec, DistanceField) and event is not None and event.latitude is not None:
        predicted = [event.latitude, event.longitude]
    example = Example(
        row_id=item.row["row_id"],
        doc_id=item.row["doc_id"],
        event_id=item.row["event_id"],
        gold=item.outcome["gold"],
        predicted=predicted,
        confidence=None,
        provenance={},
        evidence=None,
        km=item.outcome.get("km"),
    )
    if event is None:
        return example
    return replace(
        example,
        confidence=event.confidence,
        provenance={name: event.provenance[name] for name in spec.reads if name in event.provenance},
        evidence=evidence_excerpt(event),
    )


def evidence_excerpt(record: EventRecord, limit: int = EXCERPT_CHARS) -> str | None:
    """The text the record's evidence spans point to, in document order, a span inside another shown once,
    whitespace collapsed, cut to about `limit` characters at a word boundary."""
    pieces: list[str] = []
    shown_to = -1
    for span in sorted(record.evidence, key=lambda span: (span.start, -span.end)):
        if span.end <= shown_to:
            continue
        text = " ".join(span.text.split())
        if text:
            pieces.append(text)
            shown_to = span.end
    return truncate(" … ".join(pieces), limit) if pieces else None


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" …,;:") + "…"


# --- text ---------------------------------------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _value(value: Any) -> str:
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, float) for v in value):
        return f"{value[0]:.4f}, {value[1]:.4f}"
    return label(value)


def _field_heading(errors: FieldErrors) -> str:
    if errors.kind == "distance":
        accuracy = (
            f"within {errors.radius_km:g} km {_pct(errors.accuracy)} ({errors.correct} of {errors.gold_rows} gold "
            f"rows; {errors.n} with coordinates on both sides)"
        )
    else:
        accuracy = f"accuracy {_pct(errors.accuracy)} ({errors.correct} of {errors.n} rows)"
    if not errors.wrong:
        return f"{errors.name}: {accuracy}, no errors"
    shown = f"top {len(errors.mismatches)}" if len(errors.mismatches) < errors.pairs else "all"
    return f"{errors.name}: {accuracy}; {errors.wrong} wrong in {errors.pairs} (gold -> predicted) pairs, {shown}:"


def _example_lines(example: Example) -> list[str]:
    confidence = "-" if example.confidence is None else f"{example.confidence:.2f}"
    head = f"     - row {example.row_id}  confidence {confidence}  gold: {_value(example.gold)}"
    if example.event_id is None:
        head += "  (no event)"
    else:
        head += f"  predicted: {_value(example.predicted)}"
    if example.km is not None:
        head += f"  ({example.km:.0f} km)"
    lines = [head]
    if example.event_id is not None:
        provenance = "; ".join(f"{name} = {rule}" for name, rule in example.provenance.items())
        lines.append(f"       provenance: {provenance or '(none recorded)'}")
        lines.append(f"       evidence:   {example.evidence or '(no evidence spans)'}")
    return lines


def render_text(analysis: ErrorAnalysis) -> str:
    report = analysis.report
    limit = f", first {report.limit} rows" if report.limit is not None else ""
    lines = [
        f"eventlens errors: {report.gold_kind} gold, {report.source}{limit}",
        f"documents {report.documents}, rows {report.rows}, "
        f"no event {report.no_event_documents} ({_pct(report.no_event_share)})",
    ]
    for errors in analysis.fields:
        lines += ["", _field_heading(errors)]
        for rank, mismatch in enumerate(errors.mismatches, 1):
            rows = "row" if mismatch.count == 1 else "rows"
            lines.append(f"  {rank}. {mismatch.gold} -> {mismatch.predicted}: {mismatch.count} {rows}")
            for example in mismatch.examples:
                lines += _example_lines(example)
    return "\n".join(lines)
