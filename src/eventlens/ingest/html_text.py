"""Text out of lxml HTML elements as a browser shows it, and the element tests that the page reader and
the comment reader share."""

from __future__ import annotations

import copy
import re
from typing import Any

BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "div", "section", "td", "article"}
)
COMMENT_WORD = re.compile(r"comment|disqus|discussion", re.IGNORECASE)
# A private-use character stands for <br> while the source's own whitespace is collapsed.
_LINE_BREAK = "\ue000"


def classes(element: Any) -> list[str]:
    return (element.get("class") or "").split()


def identity(element: Any) -> str:
    """The id and the classes, which is where pages say what an element is for."""
    return " ".join([element.get("id") or "", *classes(element)])


def _raw_text(element: Any) -> str:
    """An element's text as in the source, <br> marked, its tail left out."""
    element = copy.deepcopy(element)
    element.tail = None
    for br in element.iter("br"):
        br.tail = _LINE_BREAK + (br.tail or "")
    return "".join(element.itertext())


def _collapse(raw: str) -> str:
    lines = raw.split(_LINE_BREAK)
    return "\n".join(line for line in (" ".join(part.split()) for part in lines) if line)


def text_of(element: Any) -> str:
    """Whitespace collapsed as a browser shows it; line breaks only where <br> put them."""
    return _collapse(_raw_text(element))


def drop(element: Any) -> None:
    """Remove an element, keeping its tail text, which belongs to the parent."""
    element.drop_tree()


def wraps_the_article(element: Any) -> bool:
    """Whether removing this element would remove the article (a page wrapper whose class says
    "comments-open" or "has-sidebar" is neither a comment section nor page furniture)."""
    if element.tag in ("html", "body", "main"):
        return True
    if element.tag == "article" and not COMMENT_WORD.search(identity(element)):
        return True
    if element.xpath(".//*[@itemprop='articleBody'] | .//h1"):
        return True
    # Posts of a thread may be <article>s too (Discourse): what matters is whether the page's main one is inside.
    articles = element.xpath(_ARTICLES_WITH_TEXT)
    if not articles:
        return False
    longest = max(element.getroottree().xpath("/" + _ARTICLES_WITH_TEXT), key=_paragraph_chars)
    return longest in articles


_ARTICLES_WITH_TEXT = ".//article[not(contains(@class, 'comment'))][.//p]"


def _paragraph_chars(element: Any) -> int:
    return sum(len(p.text_content()) for p in element.iter("p"))


def block_texts(container: Any) -> list[str]:
    """The container's text as paragraphs, in document order: each innermost block element is one, and so
    is each run of loose text between blocks (a <div> holding text, then a <p>, then more text)."""
    holders = _block_holders(container)
    texts: list[str] = []
    _collect(container, holders, texts)
    return texts


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


def _collect(element: Any, holders: set[Any], texts: list[str]) -> None:
    if element not in holders:
        _add(_raw_text(element), texts)
        return
    loose: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and (child.tag in BLOCK_TAGS or child in holders):
            _add("".join(loose), texts)
            _collect(child, holders, texts)
            loose = []
        elif isinstance(child.tag, str):
            loose.append(_LINE_BREAK if child.tag == "br" else _raw_text(child))
        loose.append(child.tail or "")
    _add("".join(loose), texts)


def _add(raw: str, texts: list[str]) -> None:
    text = _collapse(raw)
    if text:
        texts.append(text)
