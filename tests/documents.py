"""Test documents laid out as a reader of plain text lays them out: title, paragraphs, reader comments."""

from __future__ import annotations

import datetime as dt

from eventlens.types import Block, BlockKind, Comment, Document, Span

PUBLISHED = dt.date(2018, 7, 6)  # a Friday


def make_document(
    doc_id: str,
    title: str,
    paragraphs: list[str],
    comments: list[str] | None = None,
    published: dt.date | None = PUBLISHED,
    source: str | None = None,
) -> Document:
    """A plain-text report as the reader lays it out: title, paragraphs, then trailing reader comments."""
    text = title + "\n\n"
    blocks = [Block(0, len(title), BlockKind.TITLE)]
    for paragraph in paragraphs:
        start = len(text)
        text += paragraph + "\n\n"
        blocks.append(Block(start, start + len(paragraph), BlockKind.PARAGRAPH))
    notes = []
    for comment in comments or []:
        start = len(text)
        text += comment + "\n\n"
        blocks.append(Block(start, start + len(comment), BlockKind.COMMENT))
        notes.append(Comment(comment, span=Span(start, start + len(comment))))
    return Document(
        doc_id=doc_id, text=text, title=title, published=published, source=source, blocks=blocks, comments=notes
    )
