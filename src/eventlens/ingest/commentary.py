"""Which trailing paragraphs of a plain-text page are reader comments rather than reporting.

Pages saved as text often run the article's last paragraph straight into the first reader comment with no
marker between them. Each paragraph gets a score from `comment_cues` (positive: reads like a comment), and
the comments are the suffix of paragraphs that reads most like comments as a whole, when it clearly does.
Explicit markers (`comment_markers`: "12 Comments", "Leave a reply", "John wrote:") settle the question
where they exist.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventlens.ingest.comment_cues import COMMENT_THRESHOLD, comment_score
from eventlens.ingest.comment_markers import (
    AuthorHeader,
    author_header,
    first_line_of,
    is_comment_ui_line,
    is_section_marker,
    is_timestamp_line,
    name_over_words,
)
from eventlens.ingest.layout import after_first_line, first_line, line_spans
from eventlens.types import Block, BlockKind, Comment, Span

# Going back from the end, this many paragraphs in a row that do not read like comments end the search.
_REPORTING_RUN_THAT_ENDS_THE_SEARCH = 10
# An article's own last paragraph is taken for a comment only when it is unmistakably one.
_LONE_LAST_PARAGRAPH_THRESHOLD = 3.0


def find_comment_start(paragraphs: Sequence[str], first_candidate: int = 1) -> int | None:
    """Index of the first comment paragraph, or None when the page ends with reporting.

    Paragraphs before `first_candidate` are never comments (an article has at least its first paragraph).
    """
    for index in range(first_candidate, len(paragraphs)):
        if is_section_marker(first_line_of(paragraphs[index])):
            return index
    last = len(paragraphs) - 1
    best_start: int | None = None
    best_total = 0.0
    total = 0.0
    last_score = 0.0
    reporting_run = 0
    # Scored from the end, and only until a run of reporting paragraphs: a long text is not scored whole,
    # and comments that came before such a run could not be a suffix of the page anyway.
    for index in range(last, first_candidate - 1, -1):
        score = comment_score(paragraphs[index])
        last_score = score if index == last else last_score
        total += score - COMMENT_THRESHOLD
        if total > best_total:
            best_start, best_total = index, total
        reporting_run = 0 if score >= COMMENT_THRESHOLD else reporting_run + 1
        if reporting_run >= _REPORTING_RUN_THAT_ENDS_THE_SEARCH:
            break
    if best_start == last and last_score < _LONE_LAST_PARAGRAPH_THRESHOLD:
        return None
    return best_start


@dataclass
class _CommentUnderway:
    author: str | None
    start: int | None = None
    end: int | None = None

    def extend(self, span: Span) -> None:
        self.start = span.start if self.start is None else self.start
        self.end = span.end

    def finish(self, text: str) -> Comment | None:
        if self.start is None or self.end is None:
            return None
        span = Span(self.start, self.end)
        return Comment(span.of(text), author=self.author, span=span)


def split_comments(
    text: str, paragraphs: Sequence[Span], first_candidate: int = 1
) -> tuple[list[Block], list[Comment]]:
    """Blocks for the paragraphs (reporting or comment) and the comments found among them.

    Section markers and author-only lines are left out of the blocks: they are neither reporting nor
    anyone's comment. Where author headers are used, a comment runs from one header to the next;
    otherwise each paragraph of the comment section is one comment.
    """
    start = find_comment_start([span.of(text) for span in paragraphs], first_candidate)
    if start is None:
        return [Block(p.start, p.end, BlockKind.PARAGRAPH) for p in paragraphs], []
    blocks = [Block(p.start, p.end, BlockKind.PARAGRAPH) for p in paragraphs[:start]]
    section = [_content_after_marker(text, span) for span in paragraphs[start:]]
    grouped_by_headers = any(span is not None and _header(text, span) for span in section)
    comments: list[Comment] = []
    underway: _CommentUnderway | None = None
    for span in section:
        if span is None:
            continue
        content: Span | None = span
        header_line = first_line(text, span)
        header = _header(text, span)
        if header is not None or not grouped_by_headers or underway is None:
            if underway is not None and (finished := underway.finish(text)):
                comments.append(finished)
            underway = _CommentUnderway(header.author if header else None)
            if header is not None:
                content = _content_after_header(text, span, header_line, header)
        content = _content_before_buttons(text, content) if content is not None else None
        if content is None:
            continue
        blocks.append(Block(content.start, content.end, BlockKind.COMMENT))
        underway.extend(content)
    if underway is not None and (finished := underway.finish(text)):
        comments.append(finished)
    return blocks, comments


def _content_after_marker(text: str, span: Span | None) -> Span | None:
    """The paragraph without the section markers, button labels and timestamps on its first lines."""
    while span is not None:
        line = first_line(text, span).of(text)
        if not (is_section_marker(line) or is_comment_ui_line(line) or is_timestamp_line(line)):
            return span
        span = after_first_line(text, span)
    return None


def _header(text: str, span: Span) -> AuthorHeader | None:
    """The writer named over a comment: a header line ("Sam wrote:", "Sam • 3 hours ago"), or a name alone
    over the words and a row of buttons."""
    header = author_header(first_line(text, span).of(text))
    if header is None and (name := name_over_words(span.of(text))):
        header = AuthorHeader(name)
    return header


def _content_before_buttons(text: str, span: Span) -> Span | None:
    """The comment without the rows of buttons and timestamps saved under it ("Like · Reply · 6h")."""
    lines = [line for line in line_spans(text, span.start, span.end) if line.start < line.end]
    while lines and (is_comment_ui_line(lines[-1].of(text)) or is_timestamp_line(lines[-1].of(text))):
        lines.pop()
    return Span(span.start, lines[-1].end) if lines else None


def _content_after_header(text: str, span: Span, header_line: Span, header: AuthorHeader) -> Span | None:
    if header.rest_offset is not None:
        return Span(header_line.start + header.rest_offset, span.end)
    return _content_after_marker(text, after_first_line(text, span))
