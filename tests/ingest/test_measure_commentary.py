from __future__ import annotations

import random
import re

import pytest

from eventlens.ingest import measure_commentary
from eventlens.ingest.measure_commentary import main, pseudo_paragraphs, recapitalise


def test_pseudo_paragraphs_hold_two_to_four_sentences() -> None:
    article = " ".join(f"Sentence number {n} reports an attack." for n in range(1, 12))
    paragraphs = pseudo_paragraphs(article, random.Random(1))
    assert " ".join(paragraphs) == article
    assert all(1 <= p.count(".") <= 4 for p in paragraphs)
    assert all(p.count(".") >= 2 for p in paragraphs[:-1])


def test_recapitalise() -> None:
    assert recapitalise(" i think they lie and i know it ") == "I think they lie and I know it"


def test_skips_with_a_message_without_shared(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(measure_commentary, "shared_dir", lambda: None)
    assert main([]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.shared
def test_measurement_meets_its_targets(shared_dir, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--articles", "150", "--rows", "1500"]) == 0
    report = capsys.readouterr().out

    def share(label: str) -> float:
        match = re.search(re.escape(label) + r".*=\s+([\d.]+)%", report)
        assert match, report
        return float(match.group(1))

    assert share("FA-KES paragraphs not at the end classed comment") < 2.0
    assert share("FA-KES articles whose end the split marks as comments") < 5.0
    assert share("GTD summaries classed comment") < 2.0
    assert share("HateXplain posts classed comment (recall), as given") > 90.0
    assert "seed page: 4 body paragraphs, 5 comments" in report
