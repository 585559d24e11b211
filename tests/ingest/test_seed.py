"""The page eventlens was founded on (../shared/seed): its reporting ends and its reader comments begin
with no marker between them. Its text stays in ../shared; only counts and offsets are checked here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventlens.ingest import IngestOptions, read_path
from eventlens.types import BlockKind, Document

pytestmark = pytest.mark.shared


@pytest.fixture
def seed(shared_dir: Path) -> tuple[Document, dict]:
    page = shared_dir / "seed" / "raqqa-ied-attacks.txt"
    expected = json.loads((shared_dir / "seed" / "raqqa-ied-attacks.expected.json").read_text(encoding="utf-8"))
    [document] = read_path(str(page), IngestOptions())
    assert isinstance(document, Document)
    return document, expected


def test_seed_has_four_body_paragraphs_and_five_comments(seed: tuple[Document, dict]) -> None:
    document, expected = seed
    kinds = [block.kind for block in document.blocks]
    assert kinds.count(BlockKind.TITLE) == 1
    assert kinds.count(BlockKind.PARAGRAPH) == expected["body_paragraphs"] == 4
    assert kinds.count(BlockKind.COMMENT) == len(document.comments) == expected["comment_count"] == 5


def test_seed_title_and_text_as_read(seed: tuple[Document, dict], shared_dir: Path) -> None:
    document, expected = seed
    raw = (shared_dir / "seed" / "raqqa-ied-attacks.txt").read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    assert document.text == raw
    assert document.title == expected["title"]
    assert document.blocks[0].of(document.text) == expected["title"]
    assert document.language == "en"


def test_seed_comments_point_into_the_text_after_the_reporting(seed: tuple[Document, dict]) -> None:
    document, _ = seed
    last_paragraph = [b for b in document.blocks if b.kind is BlockKind.PARAGRAPH][-1]
    for comment in document.comments:
        assert comment.span is not None
        assert comment.span.of(document.text) == comment.text
        assert comment.span.start > last_paragraph.end
    comment_blocks = [b for b in document.blocks if b.kind is BlockKind.COMMENT]
    assert [(b.start, b.end) for b in comment_blocks] == [
        (c.span.start, c.span.end) for c in document.comments if c.span
    ]
