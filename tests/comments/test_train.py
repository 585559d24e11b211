"""The training command's reading of news reporting: a seeded sample of sentences, some held out, normalised."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventlens.comments.train import read_reporting


def _reports(path: Path) -> Path:
    rows = [
        "Gunmen opened fire on a checkpoint outside the town on Monday, killing three police officers. "
        "The provincial governor said the attackers fled toward the hills after the exchange of fire.",
        "A roadside bomb struck a bus carrying workers near the river crossing early on Sunday morning. "
        "Hospital officials said eleven passengers were treated for shrapnel wounds. Ok.",
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "notes"])
        writer.writeheader()
        writer.writerows({"id": str(i), "notes": text} for i, text in enumerate(rows))
    return path


def test_sentences_are_sampled_normalised_and_held_out_apart(tmp_path: Path) -> None:
    train, held_out = read_reporting(f"{_reports(tmp_path / 'reports.csv')}:notes", per_file=2, held_out=5)
    # Four sentences long enough to be reporting; "Ok." is too short to be one.
    assert len(train) == 2 and len(held_out) == 2
    assert not set(train) & set(held_out)
    assert all(sentence == sentence.lower() for sentence in train + held_out)
    assert any("roadside bomb" in sentence for sentence in train + held_out)


def test_the_same_sample_every_time(tmp_path: Path) -> None:
    spec = f"{_reports(tmp_path / 'reports.csv')}:notes"
    assert read_reporting(spec, 2, 2) == read_reporting(spec, 2, 2)


@pytest.mark.parametrize("spec", ["reports.csv", "reports.csv:summary"])
def test_a_bad_reporting_spec_says_what_is_wrong(tmp_path: Path, spec: str) -> None:
    _reports(tmp_path / "reports.csv")
    with pytest.raises(SystemExit, match=r"FILE:COLUMN|no column"):
        read_reporting(str(tmp_path / spec), 2, 2)
