"""Text out of lxml HTML elements as a browser shows it, and the few element tests the page reader and
the comment reader share."""

from __future__ import annotations

import copy
import re
from typing import Any

BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "div", "section", "td", "article"}
)
COMMENT_WORD = re.compile(r"comment|disqus|discussion", re.IGNORECASE)

def classes(element: Any) -> list[str]:
    return (element.get("class") or "").split()


def identity(element: Any) -> str:
    return " ".join([element.get("id") or "", *classes(element)])


LINE_BREAK = "\ue000"  # a private-use character stands for <br> while source whitespace is collapsed


def raw_text(element: Any) -> str:
    """An element's text as in the source, <br> marked with LINE_BREAK, its tail left out."""
    element = copy.deepcopy(element)
    element.tail = None
    for br in element.iter("br"):
        br.tail = LINE_BREAK + (br.tail or "")
    return "".join(element.itertext())


def collapse(raw: str) -> str:
    """Whitespace collapsed as a browser shows it; line breaks only where <br> put them."""
    lines = raw.split(LINE_BREAK)
    return "\n".join(line for line in (" ".join(part.split()) for part in lines) if line)


def text_of(element: Any) -> str:
    return collapse(raw_text(element))


def drop(element: Any) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    element.drop_tree()


def wraps_the_article(element: Any) -> bool:
    """Whether removing this element would remove the article (a page wrapper whose class says
    "comments-open" or "has-sidebar" is no comment section and no furniture)."""
    if element.tag in ("html", "body", "main"):
        return True
    if element.tag == "article" and not _COMMENT_WORD.search(identity(element)):
        return True
    return bool(element.xpath(".//*[@itemprop='articleBody'] | .//article[not(contains(@class, 'comment'))]//p"))


def paragraphs(container: Any) -> list[str]:
    """The container's text as paragraphs, in document order: each innermost block element is one, and so
    is each run of loose text between blocks (a <div> holding text, then a <p>, then more text)."""
    holders = _block_holders(container)
    paragraphs: list[str] = []
    _collectparagraphs(container, holders, paragraphs)
    return paragraphs


def _block_holders(container: Any) -> set[Any]:
    """Elements with a block element somewhere inside them."""
    holders: set[Any] = set()
    for element in container.iterdescendants():
        if isinstance(element.tag, str) and element.tag in BLOCK_TAGS:
            for ancestor in element.iterancestors():
                if ancestor in holders:
                    break
                holders.add(ancestor)
                if ancestor is container:
                    break
    return holders


def _collectparagraphs(element: Any, holders: set[Any], paragraphs: list[str]) -> None:
    if element not in holders:
        text = text_of(element)
        if text:
            paragraphs.append(text)
        return
    loose: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and (child.tag in BLOCK_TAGS or child in holders):
            _add_loose_text(loose, paragraphs)
            _collectparagraphs(child, holders, paragraphs)
            loose = []
        elif isinstance(child.tag, str):
            loose.append(LINE_BREAK if child.tag == "br" else raw_text(child))
        loose.append(child.tail or "")
    _add_loose_text(loose, paragraphs)


def _add_loose_text(pieces: list[str], paragraphs: list[str]) -> None:
    text = collapse("".join(pieces))
    if text:
        paragraphs.append(text)


