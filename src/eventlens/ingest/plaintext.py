"""Plain text (a .txt or .md page, a csv/jsonl text field, stdin) to a Document: title line, a
"Published:" line if there is one, paragraphs, and the reader comments that trail many saved pages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eventlens.ingest.commentary import split_comments
from eventlens.ingest.dates import parse_date
from eventlens.ingest.layout import after_first_line, first_line, paragraph_spans
from eventlens.types import Block, BlockKind, Document, Span

_PUBLISHED_LINE = re.compile(
    r"^(?:first\s+)?(?:published|posted|updated|date|dated)(?:\s+(?:on|at))?\s*[:\-–—]?\s*(?P<date>.+)$",
    re.IGNORECASE,
)
_BARE_DATE_MAX_CHARS = 40
# A dateline is looked for in the lines right under the title, not in the body.
_HEADER_PARAGRAPHS = 2
_MARKDOWN_HEADING = re.compile(r"^#+\s*(.*?)\s*#*$")


def _title_span(text: str, line: Span, markdown: bool) -> Span:
    if markdown:
        match = _MARKDOWN_HEADING.match(line.of(text))
        if match and match.group(1):
            return Span(line.start + match.start(1), line.start + match.end(1))
    return line


def _published_in_line(line: str) -> dt.date | None:
    match = _PUBLISHED_LINE.match(line)
    if match:
        return parse_date(match.group("date"))
    if len(line) <= _BARE_DATE_MAX_CHARS:
        return parse_date(line) if _looks_like_whole_date(line) else None
    return None


def _looks_like_whole_date(line: str) -> bool:
    # parse_date forgives trailing words; a bare dateline must be nothing but the date.
    return sum(c.isalpha() for c in line) <= len("Wednesday September")


def _take_dateline(text: str, paragraphs: list[Span]) -> tuple[dt.date | None, list[Span]]:
    """Find a publication date among the first lines under the title and drop that line from the body."""
    for index, paragraph in enumerate(paragraphs[:_HEADER_PARAGRAPHS]):
        line = first_line(text, paragraph)
        date = _published_in_line(line.of(text))
        if date is None:
            continue
        rest = after_first_line(text, paragraph)
        remaining = [*paragraphs[:index], *([rest] if rest else []), *paragraphs[index + 1 :]]
        return date, remaining
    return None, paragraphs


# A wire dateline names the outlet: "KABUL, May 16 (Hindu Kush Post) —", "GAO, Mali (Sahel Dispatch) -".
_DATELINE_OUTLET = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,[^()\n]{1,40})?\s*\((?P<outlet>[A-Z][^()\n]{1,60}?)\)\s*[—–-]"
)


def _outlet_in_dateline(text: str, paragraphs: Sequence[Span]) -> str | None:
    if not paragraphs:
        return None
    match = _DATELINE_OUTLET.match(paragraphs[0].of(text))
    return match.group("outlet").strip() if match else None


def document_from_text(
    text: str,
    *,
    doc_id: str,
    origin: str | None = None,
    title: str | None = None,
    title_from_first_line: bool = False,
    markdown: bool = False,
    published: dt.date | None = None,
    default_published: dt.date | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Document:
    """`published` is the date the input declares (a column); failing it, a dateline in the text; failing
    that, `default_published`. With `title_from_first_line`, the first line is the title when more follows."""
    paragraphs = paragraph_spans(text)
    blocks: list[Block] = []
    if title_from_first_line and paragraphs:
        line = first_line(text, paragraphs[0])
        rest = after_first_line(text, paragraphs[0])
        if rest is not None or len(paragraphs) > 1:
            span = _title_span(text, line, markdown)
            title = span.of(text)
            blocks.append(Block(span.start, span.end, BlockKind.TITLE))
            paragraphs = [*([rest] if rest else []), *paragraphs[1:]]
    dateline, paragraphs = _take_dateline(text, paragraphs)
    body_blocks, comments = split_comments(text, paragraphs)
    return Document(
        doc_id=doc_id,
        text=text,
        title=title,
        published=published or dateline or default_published,
        url=url,
        source=source or _outlet_in_dateline(text, body_blocks),
        language="en",
        origin=origin,
        blocks=blocks + body_blocks,
        comments=comments,
    )
