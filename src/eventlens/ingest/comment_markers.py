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
    r"|\d+\s+(?:thoughts|responses|replies)\s+(?:on|to)\s+.{1,200}"
    r"|(?:show|view|hide|load|read)\s+(?:all\s+)?(?:more\s+)?(?:\d+\s+)?(?:more\s+)?comments?"
    r"|comments\s+are\s+closed\.?"
    r"|discussion"
    r"|what do you think\?"
    # How a copied thread is sorted: "Most relevant", "Newest first", "Top comments", "Sort by Best".
    r"|most relevant|(?:newest|oldest|top|all|best)\s+(?:comments|first)|sort(?:ed)?\s+by:?\s+\w+"
    r")\s*:?$",
    re.IGNORECASE,
)
_AUTHOR = r"(?P<author>[A-Za-z0-9_@][\w.@' -]{0,40}?)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# When a comment was posted, as threads show it: "3 hours ago", "March 4, 2023 at 9:12 am", "4 Mar 2023".
_WHEN = (
    r"(?:(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|yesterday|just now"
    # Short forms: "6h", "2d", "6 hr. ago", "5 min ago".
    r"|\d+\s*(?:s|m|h|d|w|y|mo|mins?|hrs?|wks?|yrs?)\.?(?:\s+ago)?"
    rf"|(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?)"
)
_AUTHOR_HEADERS = (
    re.compile(rf"^(?:posted|written|submitted)\s+by\s+{_AUTHOR}(?:\s*[|,]\s*.*|\s+(?:on|at)\s+.*)?:?$", re.IGNORECASE),
    # The verb may be capitalised as classic WordPress themes print it ("Pierre N. Says:").
    re.compile(rf"^{_AUTHOR}\s+(?:[Ww]rote|[Ww]rites|[Ss]ays|[Cc]ommented|[Rr]eplied)\s*:\s*(?P<rest>.*)$"),
    # Blogger's classic byline: "Baba Gana said...".
    re.compile(rf"^{_AUTHOR}\s+said\s*(?:\.\.\.|…)$"),
    re.compile(
        rf"^{_AUTHOR}\s+(?:on|says)\s+.{{0,40}}\d{{4}}\s+at\s+\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*:?$", re.IGNORECASE
    ),
    # A thread copied from the page: "Sam K • 3 hours ago", "Sam K · 4 Mar 2023".
    re.compile(rf"^{_AUTHOR}\s*[•·|]\s*(?:{_WHEN})$", re.IGNORECASE),
)
# Buttons, counters and sorting saved with a comment thread: part of no comment ("Reply · Like · 5").
_UI_WORD = (
    r"(?:reply|replies|report|report abuse|like|likes|love|share|share ›|flag|edit|edited|delete|upvote|downvote"
    r"|vote up|vote down|see more|show more|hide replies|(?:view\s+)?(?:all\s+)?(?:\d+\s+)?(?:more\s+)?repl(?:y|ies)"
    rf"|\d+(?:\s+(?:likes?|replies|votes?|points?))?|{_WHEN})"
)
_COMMENT_UI_LINE = re.compile(rf"^(?:{_UI_WORD}(?:\s*[·•|]\s*{_UI_WORD})*|sort(?:ed)? by\s+\w+)$", re.IGNORECASE)
# A row of a comment's buttons: it has the Reply one ("Like · Reply · 6h"). A lone "Share" may follow reporting.
_REPLY_ROW = re.compile(r"\brepl(?:y|ies)\b", re.IGNORECASE)
# A writer's name alone on the line over their words ("Deng Malual", "user_deng"): a few words, no sentence.
_NAME_LINE = re.compile(r"^[@\w][\w.@'-]*(?: [\w.@'-]+){0,3}$")
_TIMESTAMP_LINE = re.compile(rf"^(?:(?:posted\s+)?on\s+)?{_WHEN}$", re.IGNORECASE)
_NOT_AN_AUTHOR = re.compile(r"^(?:the|a|an|he|she|they|it|this|that|officials?|police|by)\b", re.IGNORECASE)


def first_line_of(paragraph: str) -> str:
    return paragraph.split("\n", 1)[0].strip()


def is_comment_ui_line(line: str) -> bool:
    """A button or counter saved with a comment thread ('Reply', '3 likes')."""
    return bool(_COMMENT_UI_LINE.match(line.strip()))


def is_reply_row(line: str) -> bool:
    """A comment's row of buttons, with its Reply: 'Like · Reply · 6h', 'Reply · Share'."""
    return is_comment_ui_line(line) and bool(_REPLY_ROW.search(line))


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


def name_over_words(paragraph: str) -> str | None:
    """The writer of a comment copied as name, words, then its row of buttons ("Deng Malual / The camp flooded
    again. / Like · Reply · 6h"), as Facebook and many threads show one."""
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    if len(lines) < 3 or not is_reply_row(lines[-1]) or _NOT_AN_AUTHOR.match(lines[0]):
        return None
    return lines[0] if _NAME_LINE.match(lines[0]) and not is_comment_ui_line(lines[0]) else None
