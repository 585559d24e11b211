"""Explicit signs of a comment section in plain text: a heading that opens it ("12 Comments", "Leave a
Reply"), a line naming a comment's writer ("Posted by Sam", "Sam wrote:"), the buttons saved with it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SECTION_MARKER = re.compile(
    r"^(?:"
    r"(?:\d+\s+)?(?:readers?'?s?'?\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?"
    r"|(?:leave|post|add|write)\s+(?:a|your)\s+(?:reply|comment|response)"
    r"|(?:join|start)\s+the\s+(?:discussion|conversation)"
    r"|\d+\s+(?:thoughts|responses|replies)\s+on\s+.{1,200}"
    r"|(?:show|view|hide|load|read)\s+(?:all\s+)?(?:\d+\s+)?comments?"
    r"|comments\s+are\s+closed\.?"
    r"|discussion"
    r"|what do you think\?"
    r")\s*:?$",
    re.IGNORECASE,
)
_AUTHOR = r"(?P<author>[A-Za-z0-9_@][\w.@' -]{0,40}?)"
_AUTHOR_HEADERS = (
    re.compile(rf"^(?:posted|written|submitted)\s+by\s+{_AUTHOR}(?:\s*[|,]\s*.*|\s+(?:on|at)\s+.*)?:?$", re.IGNORECASE),
    re.compile(rf"^{_AUTHOR}\s+(?:wrote|writes|says|commented|replied)\s*:\s*(?P<rest>.*)$"),
    re.compile(
        rf"^{_AUTHOR}\s+(?:on|says)\s+.{{0,40}}\d{{4}}\s+at\s+\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*:?$", re.IGNORECASE
    ),
)
# Buttons and counters saved with a comment thread: part of no comment.
_COMMENT_UI_LINE = re.compile(
    r"^(?:reply|report|report abuse|like|share|flag|\d+\s+(?:likes?|replies))$", re.IGNORECASE
)
_NOT_AN_AUTHOR = re.compile(r"^(?:the|a|an|he|she|they|it|this|that|officials?|police)\b", re.IGNORECASE)


def first_line_of(paragraph: str) -> str:
    return paragraph.split("\n", 1)[0].strip()


def is_comment_ui_line(line: str) -> bool:
    """A button or counter saved with a comment thread ('Reply', '3 likes')."""
    return bool(_COMMENT_UI_LINE.match(line.strip()))


def is_section_marker(line: str) -> bool:
    """A heading that opens a comment section: '12 Comments', 'Leave a Reply', 'Reader comments'."""
    return bool(_SECTION_MARKER.match(line.strip()))


@dataclass(frozen=True)
class AuthorHeader:
    author: str
    # Where the comment's own words start on the header line, when it carries them ("Sam wrote: Nonsense.")
    rest_offset: int | None = None


def author_header(line: str) -> AuthorHeader | None:
    """A line naming a comment's writer: 'Posted by Sam', 'Sam wrote:', 'Sam on July 6, 2018 at 5:02 pm'."""
    stripped = line.strip()
    indent = len(line) - len(line.lstrip())
    for pattern in _AUTHOR_HEADERS:
        match = pattern.match(stripped)
        if match is None or _NOT_AN_AUTHOR.match(match.group("author")):
            continue
        has_rest = "rest" in pattern.groupindex and match.group("rest")
        return AuthorHeader(match.group("author").strip(), indent + match.start("rest") if has_rest else None)
    return None
