"""Smoke test on the real dev files: the real pipeline over 20 rows of each. Needs ../shared and eventlens.pipeline."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from eventlens.evaluate import run_evaluation

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "dev"
FILES = {"acled": "acled_may2020_dev.csv", "gtd": "gtd_2021h1_dev.csv", "fakes": "fakes_dev.csv"}
ROWS = 20

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not DEV.is_dir(), reason=f"real dev data not found at {DEV} (../shared is absent)"),
    pytest.mark.skipif(
        importlib.util.find_spec("eventlens.pipeline") is None,
        reason="eventlens.pipeline is not there yet: nothing to evaluate",
    ),
]


@pytest.mark.parametrize("kind", sorted(FILES))
def test_twenty_rows(kind: str) -> None:
    report = run_evaluation(DEV / FILES[kind], kind, limit=ROWS, progress=False)
    assert report.rows + report.skipped_rows == ROWS
    assert 0 < report.documents <= ROWS
    assert report.dropped_documents == 0
    assert all(score.n <= report.rows for score in report.fields)
    json.dumps(report.to_dict())
    assert report.to_table().startswith("eventlens evaluate")
