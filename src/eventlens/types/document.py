"""A document as read: the text every evidence offset points into, plus what markup or layout told us."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    TITLE = "title"
    PARAGRAPH = "paragraph"
    COMMENT = "comment"


@dataclass(frozen=True)
class Span:
    """A character range of `Document.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Block(Span):
    """A paragraph-level block of `Document.text`: the title, a paragraph of reporting, or a reader comment."""

    kind: BlockKind = BlockKind.PARAGRAPH


@dataclass(frozen=True)
class Comment:
    """A reader comment. `span` is set when the comment lies inside `Document.text` (plain text input);
    comments that markup put in a separate section (HTML) carry only their own text."""

    text: str
    author: str | None = None
    span: Span | None = None


@dataclass
class Document:
    """One news report. `text` is the text as read: for .txt the decoded file, for HTML the article body.
    Evidence offsets in event records are offsets into `text`."""

    doc_id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None
    blocks: list[Block] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)

    def reporting_blocks(self) -> list[Block]:
        """Blocks that may carry reporting: the title and paragraphs, never comments."""
        if not self.blocks:
            return [Block(0, len(self.text), BlockKind.PARAGRAPH)]
        return [b for b in self.blocks if b.kind is not BlockKind.COMMENT]


@dataclass(frozen=True)
class InputError:
    """An input that could not be read, or was skipped on purpose. `skipped` inputs (not English, empty of
    text by design) do not make the run fail; the others do."""

    origin: str
    reason: str
    skipped: bool = False
