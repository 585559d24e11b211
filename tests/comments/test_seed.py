"""The founding page's five comments against the expert's labels in ../shared/seed (skipped when absent)."""

from __future__ import annotations

import json

from eventlens.comments import CommentScorer
from eventlens.comments.topic import content_words
from eventlens.ingest import IngestOptions, read_inputs
from eventlens.types import Document
from tests.conftest import shared_path

CHECKED = (
    "toxic",
    "identity_attack",
    "dehumanizing",
    "disputes_attribution",
    "disputes_sourcing",
    "disputes_casualties",
)


def test_seed_comments_as_the_expert_reads_them() -> None:
    page = shared_path("seed", "raqqa-ied-attacks.txt")
    expected = json.loads(shared_path("seed", "raqqa-ied-attacks.expected.json").read_text(encoding="utf-8"))
    (document,) = list(read_inputs([str(page)], IngestOptions()))
    assert isinstance(document, Document)
    report = " ".join(block.of(document.text) for block in document.reporting_blocks())
    scorer = CommentScorer()
    words = content_words(report)
    for comment, gold in zip(document.comments, expected["comments"], strict=True):
        labels = set(scorer.score_with_words(comment.text, words).labels)
        for name in CHECKED:
            wanted = gold.get(name)
            if isinstance(wanted, bool):
                assert (name in labels) is wanted, (gold["starts"], name)
