"""The report as a plain-text table for the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # report.py imports this module; the types are only for annotations
    from eventlens.evaluate.report import FieldScore, Report


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _header(report: Report) -> list[str]:
    limit = f", first {report.limit} rows" if report.limit is not None else ""
    speed = _num(report.docs_per_second, 1)
    lines = [
        f"eventlens evaluate: {report.gold_kind} gold, {report.source}{limit}",
        f"documents {report.documents}, rows {report.rows}, "
        f"no event {report.no_event_documents} ({_pct(report.no_event_share)}), "
        f"{report.seconds:.1f} s ({speed} docs/s)",
    ]
    if report.skipped_rows or report.dropped_documents:
        lines.append(
            f"skipped rows without text {report.skipped_rows}, "
            f"documents the pipeline dropped {report.dropped_documents} (scored as no event)"
        )
    return lines


def _field_line(score: FieldScore, width: int) -> str:
    extra = ""
    if score.kind == "class":
        extra = f"weighted F1 {_num(score.weighted_f1)}"
    elif score.kind == "distance":
        extra = (
            f"share of gold rows within {score.radius_km:g} km; within {score.wider_km:g} km "
            f"{_pct(score.wider_accuracy)}; median {_num(score.median_km, 1)} km; "
            f"{score.n}/{score.gold_rows} rows with coordinates"
        )
    rows = score.gold_rows if score.kind == "distance" else score.n
    return f"  {score.name:<{width}}  {rows:>6}  {_pct(score.accuracy):>8}  {extra}".rstrip()


def _class_table(score: FieldScore) -> list[str]:
    width = max(len(name) for name in score.per_class)
    lines = [f"{score.name} per class", f"  {'':<{width}}  {'P':>6}  {'R':>6}  {'F1':>6}  {'support':>7}"]
    for name, cls in score.per_class.items():
        lines.append(
            f"  {name:<{width}}  {_num(cls.precision):>6}  {_num(cls.recall):>6}  {_num(cls.f1):>6}  {cls.support:>7}"
        )
    return lines


def render_table(report: Report) -> str:
    width = max([len("field"), *(len(score.name) for score in report.fields)])
    lines = [*_header(report), "", f"  {'field':<{width}}  {'n':>6}  {'accuracy':>8}"]
    lines += [_field_line(score, width) for score in report.fields]
    for score in report.fields:
        if score.show_classes and score.per_class:
            lines += ["", *_class_table(score)]
    confused = [score for score in report.fields if score.confusions]
    if confused:
        lines += ["", "top confusions (gold -> predicted: rows)"]
        for score in confused:
            pairs = "; ".join(f"{c.gold} -> {c.predicted}: {c.count}" for c in score.confusions)
            lines.append(f"  {score.name}: {pairs}")
    return "\n".join(lines)
