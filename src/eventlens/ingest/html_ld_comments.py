"""Reader comments a page lists in its JSON-LD (schema.org `comment` of a NewsArticle, BlogPosting or
DiscussionForumPosting): read when the markup shows none, so a thread both lists and shows is read once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from eventlens.ingest.html_text import block_texts
from eventlens.types import Comment

# Replies nest as the `comment` of a Comment; a thread deeper than this is not read further.
_MAX_DEPTH = 20


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _author(value: Any) -> str | None:
    for item in _as_list(value):
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            return name.strip()
    return None


def _plain(text: str) -> str:
    """The comment's text; some sites put its HTML there."""
    if "<" not in text:
        return "\n".join(line.strip() for line in text.strip().splitlines() if line.strip())
    try:
        fragment = lxml_html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return text.strip()
    return "\n\n".join(block_texts(fragment))


def _thread(items: Iterable[Any], depth: int) -> Iterator[Comment]:
    for item in items:
        if not isinstance(item, dict) or depth > _MAX_DEPTH:
            continue
        text = item.get("text") or item.get("commentText")
        if isinstance(text, str) and (plain := _plain(text)):
            yield Comment(plain, author=_author(item.get("author")))
        yield from _thread(_as_list(item.get("comment") or []), depth + 1)


def json_ld_comments(objects: Iterable[dict[str, Any]]) -> list[Comment]:
    """The comments of the page's JSON-LD objects, replies after the comment they answer."""
    comments: list[Comment] = []
    for item in objects:
        if "comment" in item and item.get("@type") != "Comment":
            comments += _thread(_as_list(item["comment"]), 0)
    return comments
