"""Reader comments in an HTML page: found by markup (comment sections named so by id or class, Disqus, Coral,
WordPress, Drupal, Blogger, Livefyre, Discourse and Facebook threads, schema.org Comment items), read with their
authors, and taken out of the page.

Two ways to a comment, whichever the section's markup offers. Most systems mark each comment's own words
(`.comment-content`, `.post-message`, `.coral-comment-content`, `itemprop="text"`): that element is the comment,
and the comment's whole block (where its author is) is its largest ancestor holding no other comment's words,
so a reply nested inside its parent is its own comment and the parent's byline is the parent's. Where nothing
marks the words, each comment item (`li.comment`, a `<li>` of a comment list) is the comment, less its
furniture (bylines, dates, buttons, vote counts) and the replies nested in it."""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from eventlens.ingest.html_text import COMMENT_WORD, block_texts, classes, drop, identity, text_of, wraps_the_article
from eventlens.types import Comment

# Ids and classes that mention comments without being the comment section: counters, links, page states,
# a taxonomy term ("category-comment": the post is filed under Comment), lists of the most commented stories.
_NOT_A_COMMENT_SECTION = re.compile(
    r"comments?-(?:count|number|link|icon|button|bubble|open|closed|off)|(?:no|has|with)-comments?|"
    r"comment-reply|reply-link|^(?:category|tag|section|topic|format|type)[-_]|commented|"
    r"recent[-_]?comments",
    re.IGNORECASE,
)
_COMMENT_ITEM_CLASS = frozenset(
    {"comment", "comment-item", "comment-entry", "single-comment", "commentlist-item", "comment-wrap", "comment_item"}
)
# Inside a comment section, a "post" is a post of the thread (Disqus, Discourse).
_THREAD_POST_CLASS = "post"
_COMMENT_LIST_CLASS = re.compile(r"^(?:commentlist|comment-list|comments-list|comment_list|children)$", re.IGNORECASE)
# A comment's own words: "comment-content", "comment__content" (BEM), "coral-comment-content",
# "field--name-comment-body" (Drupal), "fyre-comment-body", "UFICommentBody" (Facebook), "post-message" (Disqus),
# "cooked" (Discourse's rendered post), "vf-comment-html" and "vf-comment__content-editor" (Viafoura).
_COMMENT_CONTENT_CLASS = re.compile(
    r"(?:comment|post)[-_]*(?:content|text|body|message|html)(?:[-_]+editor)?$|^message-body$|^cooked$", re.IGNORECASE
)
_NOT_A_COMMENT = re.compile(r"^(?:pingback|trackback)$|deleted|tombstone|removed", re.IGNORECASE)
_CONTENT_ITEMPROPS = frozenset({"text", "commentText"})
_COMMENT_FURNITURE_CLASS = re.compile(
    r"author|user-?name|byline|meta|reply|avatar|vcard|date|time|actions|vote|like|share|report|permalink|"
    r"flag|edit|delete",
    re.IGNORECASE,
)
_FURNITURE_TAGS = frozenset({"form", "footer", "button", "time", "menu", "header", "img"})
# Comment systems whose threads come in an iframe, as its id, title or address names them.
_COMMENT_EMBED = re.compile(r"dsq-app|coral|livefyre|fyre|viafoura|plugins/comments", re.IGNORECASE)
# Prose in a comment section that gives no comments: a "comments are closed" notice, a reply form's labels.
_MAX_PROSE_OF_AN_EMPTY_SECTION = 200
# A byline apart from the words sits just before them (Blogger's classic <dt>, Coral's top bar).
_BYLINE_SIBLINGS = 2
_BY = re.compile(r"^(?:(?:posted|written)\s+)?by\s+", re.IGNORECASE)
_SAYS = re.compile(r"\s*(?:says|said|wrote)\s*(?::|\.\.\.|…)?\s*$", re.IGNORECASE)
_AUTHOR_TOKEN = re.compile(r"author", re.IGNORECASE)
_USER_TOKEN = re.compile(r"user-?name|actor-?name|display-?name|commenter|^user$", re.IGNORECASE)


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
    if any(token.lower() in _COMMENT_ITEM_CLASS or token == _THREAD_POST_CLASS for token in classes(element)):
        return True
    parent = element.getparent()
    return (
        element.tag == "li"
        and parent is not None
        and any(_COMMENT_LIST_CLASS.match(token) for token in classes(parent))
    )


def _is_comment_content(element: Any) -> bool:
    return element.get("itemprop") in _CONTENT_ITEMPROPS or any(
        _COMMENT_CONTENT_CLASS.search(token) for token in classes(element)
    )


def _elements(container: Any) -> list[Any]:
    return [element for element in container.iterdescendants() if isinstance(element.tag, str)]


def _is_inside(element: Any, containers: set[Any]) -> bool:
    return any(ancestor in containers for ancestor in element.iterancestors())


# How a comment's block names its writer, most explicit first.
_AUTHOR_TESTS: tuple[Callable[[Any], bool], ...] = (
    lambda element: element.get("itemprop") == "name" and _is_inside_author_prop(element),
    lambda element: element.get("itemprop") == "author",
    lambda element: "fn" in classes(element),
    lambda element: any(_AUTHOR_TOKEN.search(token) for token in classes(element)),
    lambda element: any(_USER_TOKEN.search(token) for token in classes(element)),
    lambda element: element.tag == "cite",
)


def _is_inside_author_prop(element: Any) -> bool:
    return any(ancestor.get("itemprop") == "author" for ancestor in element.iterancestors())


def _name(element: Any) -> str | None:
    name = _BY.sub("", _SAYS.sub("", text_of(element)).strip())
    return name.split("\n")[0].strip() or None


def _author_in(candidates: list[Any], words: Any | None) -> tuple[str, Any] | None:
    for test in _AUTHOR_TESTS:
        for element in candidates:
            # An element around the words is the comment itself ("by-node-author" on a Drupal comment).
            if words is not None and element in words.iterancestors():
                continue
            if test(element) and (name := _name(element)):
                return name, element
    return None


def _author(block: Any, words: Any | None, skip: set[Any]) -> tuple[str, Any] | None:
    """The writer named in the comment's block, outside its words first (a byline), then inside them (a
    Discourse post names its writer inside the rendered post), then in the siblings just before the block
    (Blogger's classic <dt> byline before its <dd>, Coral's top bar before a comment with replies)."""
    elements = [element for element in _elements(block) if element not in skip and not _is_inside(element, skip)]
    inside = {element for element in elements if words is not None and _is_inside(element, {words})}
    outside = [element for element in elements if element not in inside and element is not words]
    found = _author_in(outside, words)
    if found is None and words is not None:
        # In document order; a <cite> there quotes.
        found = _author_in([element for element in elements if element in inside and element.tag != "cite"], words)
    siblings = (
        sibling
        for sibling in block.itersiblings(preceding=True)
        if isinstance(sibling.tag, str) and sibling.text_content().strip()
    )
    for sibling in itertools.islice(siblings, _BYLINE_SIBLINGS):
        if found is not None or _is_another_comment(sibling):
            break
        found = _author_in([sibling, *_elements(sibling)], words)
    return found


def _is_another_comment(element: Any) -> bool:
    return _is_comment_item(element) or any(_is_comment_content(inner) for inner in element.iter())


def _text(source: Any, author_element: Any | None, nested: set[Any]) -> str:
    """The comment's words: the source without its furniture, its byline and the replies nested in it."""
    content = copy.deepcopy(source)
    originals = dict(zip(_elements(content), _elements(source), strict=True))
    for element, original in list(originals.items()):
        if element.getparent() is None and element is not content:
            continue  # already dropped with an ancestor
        furniture = element.tag in _FURNITURE_TAGS or _COMMENT_FURNITURE_CLASS.search(identity(element))
        if furniture or original is author_element or original in nested:
            drop(element)
    blocks = block_texts(content)
    if blocks and _SAYS.fullmatch(blocks[0]):
        blocks = blocks[1:]  # "says:" left behind by a byline in loose text
    return "\n\n".join(blocks)


def _comment_from_words(words: Any, section: Any, counts: dict[Any, int]) -> Comment | None:
    block = words
    while (parent := block.getparent()) is not None and parent is not section and counts.get(parent, 0) == 1:
        block = parent
    found = _author(block, words, set())
    text = _text(words, found[1] if found else None, set())
    return Comment(text, author=found[0] if found else None) if text else None


def _comment_from_item(item: Any, all_items: set[Any]) -> Comment | None:
    nested = {other for other in item.iterdescendants() if other in all_items}
    found = _author(item, None, nested)
    text = _text(item, found[1] if found else None, nested)
    return Comment(text, author=found[0] if found else None) if text else None


def _section_comments(section: Any) -> list[Comment]:
    for element in _elements(section):
        # The reply box (its labels, "Name", are nobody's byline); pingbacks, which are links from other sites;
        # what is left of a deleted comment ("This comment has been removed by the author").
        if element.tag in ("form", "textarea") or any(_NOT_A_COMMENT.search(token) for token in classes(element)):
            drop(element)
    marked = [element for element in _elements(section) if _is_comment_content(element)]
    # The innermost marked element is the words (a Drupal comment's body field sits inside its "content").
    marked_set = set(marked)
    words = [element for element in marked if not any(other in marked_set for other in _elements(element))]
    if words:
        counts: dict[Any, int] = {}
        for element in words:
            for ancestor in element.iterancestors():
                if ancestor is section:
                    break
                counts[ancestor] = counts.get(ancestor, 0) + 1
        found = (_comment_from_words(element, section, counts) for element in words)
    else:
        items = [element for element in section.iter() if isinstance(element.tag, str) and _is_comment_item(element)]
        item_set = set(items)
        found = (_comment_from_item(item, item_set) for item in items)
    return [comment for comment in found if comment is not None]


def take_embedded_comments(root: Any) -> list[Comment]:
    """Comments of a thread embedded in an iframe that the saved page holds inline (`srcdoc`, as SingleFile
    saves Disqus, Coral or Facebook threads). Read before the page's iframes are dropped."""
    comments: list[Comment] = []
    for frame in root.iter("iframe"):
        content = frame.get("srcdoc")
        if not content or not _is_comment_embed(frame):
            continue
        try:
            inner = lxml_html.document_fromstring(content)
        except (etree.ParserError, ValueError):
            continue
        for element in inner.xpath("//script | //style | //noscript | //template"):
            drop(element)
        # The frame is the thread: its body is the section (inside, "comment__header" names a part of one).
        body = inner.find(".//body")
        comments += _section_comments(body if body is not None else inner)
    return comments


def _is_comment_embed(frame: Any) -> bool:
    said = " ".join(frame.get(name) or "" for name in ("id", "class", "name", "title", "src"))
    return bool(COMMENT_WORD.search(said) or _COMMENT_EMBED.search(said)) or any(
        _is_comment_section(ancestor) for ancestor in frame.iterancestors()
    )


def take_comments(root: Any) -> list[Comment]:
    comments: list[Comment] = []
    for section in _comment_sections(root):
        found = _section_comments(section)
        # A "section" that gives no comment but holds paragraphs of prose is the article under a class that
        # mentions comments ("comments-enabled"): kept, since losing the article is worse than keeping a notice.
        if found or _prose_chars(section) < _MAX_PROSE_OF_AN_EMPTY_SECTION:
            comments += found
            drop(section)
    return comments


def _prose_chars(element: Any) -> int:
    return sum(len(paragraph.text_content().strip()) for paragraph in element.iter("p"))
