"""Scoring eventlens against human-coded gold (ACLED, GTD, FA-KES): each document's main event, field by field.

    report = run_evaluation("../shared/data/dev/acled_may2020_dev.csv", "acled", limit=200)
    print(report.to_table())        # or json.dumps(report.to_dict())

`evaluate(gold, process)` is the same with any `process(documents) -> results` callable, for tests and
other pipelines. What is fed and what is scored is documented in `gold`, `fields` and `fakes_map`.
`errors.run_error_analysis` (`eventlens errors`) groups a run's wrong rows by (gold -> predicted) with the
evidence, provenance and confidence behind them.
"""

from eventlens.evaluate.fields import (
    NO_EVENT,
    ActorLookup,
    DistanceField,
    Field,
    MatchField,
    fields_for,
    load_actor_dictionary,
)
from eventlens.evaluate.gold import GOLD_KINDS, GoldItem, GoldKind, GoldRow, GoldSet
from eventlens.evaluate.report import ClassScore, Confusion, FieldScore, Report
from eventlens.evaluate.runner import ProcessFn, ResultLike, evaluate, run_evaluation

__all__ = [
    "GOLD_KINDS",
    "NO_EVENT",
    "ActorLookup",
    "ClassScore",
    "Confusion",
    "DistanceField",
    "Field",
    "FieldScore",
    "GoldItem",
    "GoldKind",
    "GoldRow",
    "GoldSet",
    "MatchField",
    "ProcessFn",
    "Report",
    "ResultLike",
    "evaluate",
    "fields_for",
    "load_actor_dictionary",
    "run_evaluation",
]
