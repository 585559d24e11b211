"""An article page in HTML to a Document: metadata from meta tags and JSON-LD, the article body as plain
paragraphs, and the reader comments the markup sets apart."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from eventlens.ingest.decode import decode_text
from eventlens.ingest.errors import InputProblem
from eventlens.ingest.html_comments import take_comments, take_embedded_comments
from eventlens.ingest.html_ld_comments import json_ld_comments
from eventlens.ingest.html_metadata import json_ld_objects, page_metadata
from eventlens.ingest.html_text import block_texts, drop, identity, text_of, wraps_the_article
from eventlens.types import Block, BlockKind, Document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

_ALWAYS_DROPPED = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed")
_PAGE_FURNITURE = ("nav", "header", "footer", "aside", "form", "button", "select", "input", "textarea", "figure")
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
# Matched against each class and the id: a token that starts with one of these words names furniture
# ("sidebar-left", "share-tools"); one that merely contains it ("has-sidebar") describes a layout.
_FURNITURE_TOKEN = re.compile(
    r"^(?:share|sharing|social|related|newsletter|subscribe|advert\w*|ads?|promo|cookie|breadcrumbs?|sidebar|"
    r"menu|widget|popup|modal|tags|author-bio|comments?[-_](?:count|number|link)s?)(?:$|[-_])",
    re.IGNORECASE,
)
_MIN_PARAGRAPH_CHARS_FOR_DENSITY = 25


def decode_html(data: bytes) -> str:
    """Decode a page, trying first the charset its <meta> declares."""
    declared = _META_CHARSET.search(data[:4096])
    return decode_text(data, declared.group(1).decode("ascii", "replace") if declared else None)


def _is_furniture(element: Any) -> bool:
    if element.tag in _PAGE_FURNITURE or element.get("role") in _FURNITURE_ROLES:
        return True
    if not any(_FURNITURE_TOKEN.match(token) for token in identity(element).split()):
        return False
    return not wraps_the_article(element)


def _drop_furniture(root: Any) -> None:
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            drop(element)  # HTML comments and processing instructions
        elif element.getparent() is not None and _is_furniture(element):
            drop(element)


def _paragraph_text_length(element: Any) -> int:
    return sum(len(text_of(p)) for p in element.iter("p"))


def _body_element(root: Any) -> Any:
    for xpath in ("//*[@itemprop='articleBody']", "//article", "//main"):
        found = root.xpath(xpath)
        if found:
            best = max(found, key=_paragraph_text_length)
            if _paragraph_text_length(best):
                return best
    scores: dict[Any, float] = {}
    for p in root.iter("p"):
        length = len(text_of(p))
        if length < _MIN_PARAGRAPH_CHARS_FOR_DENSITY:
            continue
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + length
            grandparent = parent.getparent()
            if grandparent is not None:
                scores[grandparent] = scores.get(grandparent, 0.0) + length / 2
    if scores:
        return max(scores, key=lambda element: scores[element])
    body = root.find(".//body")
    return body if body is not None else root


def document_from_html(
    page: str, *, doc_id: str, origin: str | None = None, default_published: dt.date | None = None
) -> Document:
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", page))
    except (etree.ParserError, ValueError) as error:
        raise InputProblem(f"cannot parse the HTML: {error}") from None
    json_ld = list(json_ld_objects(root))  # parsed once, for the metadata and the comments it lists
    metadata = page_metadata(root, json_ld)
    listed_comments = json_ld_comments(json_ld)
    embedded_comments = take_embedded_comments(root)
    for element in root.xpath("|".join(f"//{tag}" for tag in _ALWAYS_DROPPED)):
        drop(element)
    comments = (take_comments(root) + embedded_comments) or listed_comments
    _drop_furniture(root)
    paragraphs = block_texts(_body_element(root))
    if paragraphs and metadata.title and paragraphs[0] == metadata.title:
        paragraphs = paragraphs[1:]  # the headline repeated at the top of the body
    if not paragraphs:
        raise InputProblem("empty document: no article text in the HTML page")
    text, blocks = join_paragraphs(paragraphs)
    return Document(
        doc_id=doc_id,
        text=text,
        title=metadata.title,
        published=metadata.published or default_published,
        url=metadata.url,
        source=metadata.source,
        language="en",
        origin=origin,
        blocks=blocks,
        comments=comments,
    )


def join_paragraphs(paragraphs: list[str]) -> tuple[str, list[Block]]:
    """Paragraphs as one text, a blank line apart, and their blocks."""
    blocks: list[Block] = []
    position = 0
    for paragraph in paragraphs:
        blocks.append(Block(position, position + len(paragraph), BlockKind.PARAGRAPH))
        position += len(paragraph) + 2
    return "\n\n".join(paragraphs), blocks
