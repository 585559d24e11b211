"""The project's own-words example pages (tests/fixtures, written for eventlens) read as their expected
files say: title, number of reporting paragraphs, number of reader comments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventlens.ingest import IngestOptions, read_path
from eventlens.types import BlockKind, Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGES = sorted(
    page
    for page in FIXTURES.glob("*.txt")
    if page.with_suffix(".expected.json").exists()
    and "comment_count" in json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
)


@pytest.mark.skipif(not PAGES, reason=f"no example pages with expected files in {FIXTURES}")
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_example_page_splits_reporting_from_comments(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    [document] = read_path(str(page), IngestOptions())
    assert isinstance(document, Document)
    kinds = [block.kind for block in document.blocks]
    assert document.title == expected["title"]
    assert kinds.count(BlockKind.PARAGRAPH) == expected["body_paragraphs"]
    assert len(document.comments) == kinds.count(BlockKind.COMMENT) == expected["comment_count"]
    starts = [c["starts"] for c in expected.get("comments", [])]
    assert [c.text[: len(s)] for c, s in zip(document.comments, starts, strict=True)] == starts
