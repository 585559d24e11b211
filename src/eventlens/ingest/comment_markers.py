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
    r"|(?:show|view|hide|load|read)\s+(?:all\s+)?(?:more\s+)?(?:\d+\s+)?(?:more\s+)?comments?"
    r"|comments\s+are\s+closed\.?"
    r"|discussion"
    r"|what do you think\?"
    r")\s*:?$",
    re.IGNORECASE,
)
_AUTHOR = r"(?P<author>[A-Za-z0-9_@][\w.@' -]{0,40}?)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# When a comment was posted, as threads show it: "3 hours ago", "March 4, 2023 at 9:12 am", "4 Mar 2023".
_WHEN = (
    r"(?:(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|yesterday|just now"
    rf"|(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?)"
)
_AUTHOR_HEADERS = (
    re.compile(rf"^(?:posted|written|submitted)\s+by\s+{_AUTHOR}(?:\s*[|,]\s*.*|\s+(?:on|at)\s+.*)?:?$", re.IGNORECASE),
    re.compile(rf"^{_AUTHOR}\s+(?:wrote|writes|says|commented|replied)\s*:\s*(?P<rest>.*)$"),
    re.compile(
        rf"^{_AUTHOR}\s+(?:on|says)\s+.{{0,40}}\d{{4}}\s+at\s+\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*:?$", re.IGNORECASE
    ),
    # A thread copied from the page: "Sam K • 3 hours ago", "Sam K · 4 Mar 2023".
    re.compile(rf"^{_AUTHOR}\s*[•·|]\s*(?:{_WHEN})$", re.IGNORECASE),
)
# Buttons, counters and sorting saved with a comment thread: part of no comment ("Reply · Like · 5").
_UI_WORD = (
    r"(?:reply|replies|report|report abuse|like|likes|share|share ›|flag|edit|delete|upvote|downvote|vote up|vote down"
    r"|see more|show more|\d+(?:\s+(?:likes?|replies|votes?))?)"
)
_COMMENT_UI_LINE = re.compile(rf"^(?:{_UI_WORD}(?:\s*[·•|]\s*{_UI_WORD})*|sort(?:ed)? by\s+\w+)$", re.IGNORECASE)
_TIMESTAMP_LINE = re.compile(rf"^(?:(?:posted\s+)?on\s+)?{_WHEN}$", re.IGNORECASE)
_NOT_AN_AUTHOR = re.compile(r"^(?:the|a|an|he|she|they|it|this|that|officials?|police|by)\b", re.IGNORECASE)


def first_line_of(paragraph: str) -> str:
    return paragraph.split("\n", 1)[0].strip()


def is_comment_ui_line(line: str) -> bool:
    """A button or counter saved with a comment thread ('Reply', '3 likes')."""
    return bool(_COMMENT_UI_LINE.match(line.strip()))


def is_timestamp_line(line: str) -> bool:
    """When a comment was posted, on a line of its own ('3 hours ago', 'March 4, 2023 at 9:12 am')."""
    return bool(_TIMESTAMP_LINE.match(line.strip()))


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
