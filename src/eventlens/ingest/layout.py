"""Where the paragraphs and lines of a plain text are: character spans, never copies, so that evidence
offsets found later still point into the text as read."""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventlens.types import Span

_LINE = re.compile(r"[^\n]*")
_NON_SPACE = re.compile(r"\S")


def line_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Every line of text[start:end], stripped of surrounding whitespace; blank lines give empty spans."""
    stop = len(text) if end is None else end
    position = start
    while position <= stop:
        match = _LINE.match(text, position, stop)
        line_end = match.end() if match else position
        yield _strip(text, position, line_end)
        position = line_end + 1


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Paragraphs are separated by blank lines; a single newline inside a paragraph keeps it whole."""
    paragraphs: list[Span] = []
    current: Span | None = None
    for line in line_spans(text, start, end):
        if line.start == line.end:
            if current is not None:
                paragraphs.append(current)
                current = None
            continue
        current = line if current is None else Span(current.start, line.end)
    if current is not None:
        paragraphs.append(current)
    return paragraphs


def first_line(text: str, span: Span) -> Span:
    """The first line of a paragraph span."""
    newline = text.find("\n", span.start, span.end)
    return _strip(text, span.start, span.end if newline == -1 else newline)


def after_first_line(text: str, span: Span) -> Span | None:
    """What follows a paragraph's first line, or None for a one-line paragraph."""
    newline = text.find("\n", span.start, span.end)
    if newline == -1:
        return None
    rest = _strip(text, newline + 1, span.end)
    return rest if rest.start < rest.end else None


def has_text(text: str) -> bool:
    return _NON_SPACE.search(text) is not None
