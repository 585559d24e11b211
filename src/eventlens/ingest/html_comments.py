"""Reader comments in an HTML page: found by markup (comment sections named so by id or class, Disqus,
WordPress comment lists, schema.org Comment items), read with their authors, and taken out of the page."""

from __future__ import annotations

import copy
import re
from typing import Any

from eventlens.ingest.html_text import COMMENT_WORD, block_texts, classes, drop, identity, text_of, wraps_the_article
from eventlens.types import Comment

# Classes that mention comments without being the comment section: counters, links, page states.
_NOT_A_COMMENT_SECTION = re.compile(
    r"comments?-(?:count|number|link|icon|button|bubble|open|closed|off)|(?:no|has|with)-comments?|"
    r"comment-reply|reply-link",
    re.IGNORECASE,
)
_COMMENT_ITEM_CLASS = frozenset(
    {"comment", "comment-item", "comment-entry", "single-comment", "commentlist-item", "comment-wrap", "comment_item"}
)
_COMMENT_LIST_CLASS = re.compile(r"^(?:commentlist|comment-list|comments-list|comment_list|children)$", re.IGNORECASE)
_COMMENT_CONTENT_CLASS = re.compile(
    r"^(?:comment-?(?:content|text|body|message)|comment_(?:content|text|body)|post-message|message-body)$",
    re.IGNORECASE,
)
_COMMENT_AUTHOR_XPATH = (
    ".//*[@itemprop='author']//*[@itemprop='name']",
    ".//*[@itemprop='author']",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]",
    ".//*[contains(@class, 'comment-author')]",
    ".//*[contains(@class, 'author')]",
    ".//*[contains(@class, 'username') or contains(@class, 'user-name')]",
    ".//cite",
)
_COMMENT_FURNITURE_CLASS = re.compile(
    r"author|meta|reply|avatar|vcard|date|time|actions|vote|like|share|report|permalink", re.IGNORECASE
)
_SAYS = re.compile(r"\s*(?:says|said|wrote)\s*:?\s*$", re.IGNORECASE)


def _is_comment_section(element: Any) -> bool:
    tokens = identity(element).split()
    return any(COMMENT_WORD.search(token) and not _NOT_A_COMMENT_SECTION.search(token) for token in tokens)


def _comment_sections(root: Any) -> list[Any]:
    """Elements holding the comments: named so by id or class, or wrapping schema.org Comment items."""
    sections: list[Any] = []

    def inside_a_section(element: Any) -> bool:
        return any(section in element.iterancestors() for section in sections)

    for element in root.iter():
        if not isinstance(element.tag, str) or not _is_comment_section(element) or inside_a_section(element):
            continue
        if not wraps_the_article(element):  # else a page wrapper that happens to mention comments
            sections.append(element)
    for item in root.xpath("//*[@itemprop='comment' or contains(@itemtype, 'schema.org/Comment')]"):
        if item in sections or inside_a_section(item):
            continue
        parent = item.getparent()
        sections.append(parent if parent is not None and not wraps_the_article(parent) else item)
    return sections


def _is_comment_item(element: Any) -> bool:
    if element.get("itemprop") == "comment" or (element.get("itemtype") or "").endswith("/Comment"):
        return True
    if any(token.lower() in _COMMENT_ITEM_CLASS for token in classes(element)):
        return True
    parent = element.getparent()
    return (
        element.tag == "li"
        and parent is not None
        and any(_COMMENT_LIST_CLASS.match(token) for token in classes(parent))
    )


def _is_comment_content(element: Any) -> bool:
    return element.get("itemprop") in ("text", "commentText") or any(
        _COMMENT_CONTENT_CLASS.match(token) for token in classes(element)
    )


def _comment_items(section: Any) -> list[Any]:
    items = [element for element in section.iter() if isinstance(element.tag, str) and _is_comment_item(element)]
    if items:
        return items
    return [element for element in section.iter() if isinstance(element.tag, str) and _is_comment_content(element)]


def _author(item: Any, nested: list[Any]) -> str | None:
    for xpath in _COMMENT_AUTHOR_XPATH:
        for element in item.xpath(xpath):
            if any(other in element.iterancestors() for other in nested):
                continue
            name = _SAYS.sub("", text_of(element)).strip()
            if name:
                return name.split("\n")[0]
    return None


def _comment(item: Any, all_items: list[Any]) -> Comment | None:
    nested = [other for other in all_items if other is not item and item in other.iterancestors()]
    author = _author(item, nested)
    content_nodes = [
        element
        for element in item.iter()
        if isinstance(element.tag, str)
        and element is not item
        and _is_comment_content(element)
        and not any(other in element.iterancestors() for other in nested)
    ]
    source = content_nodes[0] if content_nodes else item
    content = copy.deepcopy(source)
    for element in list(content.iter()):
        if element is content or not isinstance(element.tag, str):
            continue
        if element.tag in ("form", "footer", "button") or _COMMENT_FURNITURE_CLASS.search(identity(element)):
            drop(element)
    # Nested replies are comments of their own: take them out of this one.
    for element in list(content.iter()):
        if element is not content and isinstance(element.tag, str) and _is_comment_item(element):
            drop(element)
    text = "\n\n".join(block_texts(content))
    return Comment(text, author=author) if text else None


def take_comments(root: Any) -> list[Comment]:
    comments: list[Comment] = []
    for section in _comment_sections(root):
        items = _comment_items(section)
        comments += [c for c in (_comment(item, items) for item in items) if c is not None]
        drop(section)
    return comments
