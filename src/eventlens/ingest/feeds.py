"""RSS and Atom feeds: one Document per item or entry (RSS 2.0, RSS 1.0/RDF, Atom).

Each item gives its title, its publication date (pubDate, published, updated or dc:date), its link, the feed's own
title as the outlet, and its body from the fullest text it carries (content:encoded, Atom content, description,
summary), read from HTML as the page reader reads it (`html_text.py`). Feeds have no reader comments.

The XML is parsed safely: no entities expanded, nothing fetched from the network, lxml's size guards kept on. A
feed that is not well-formed XML is one InputError; an item that cannot be read (no text at all, a body that does
not parse, not English) is one InputError of its own and the feed's other items are still read."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from eventlens.ingest.dates import parse_date
from eventlens.ingest.decode import check_size
from eventlens.ingest.errors import MALFORMED_INPUT, InputProblem
from eventlens.ingest.html_page import join_paragraphs
from eventlens.ingest.html_text import block_texts, drop
from eventlens.ingest.language import require_english
from eventlens.ingest.options import IngestOptions
from eventlens.types import Document, InputError

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
# A feed holds many documents: it may be this many times the size of one.
FEED_SIZE_FACTOR = 10

_ROOTS = frozenset({"rss", "feed", "RDF"})
_ITEMS = frozenset({"item", "entry"})
# The body's sources, fullest first: RSS's content:encoded and Atom's content, then the summaries.
_BODY_FIELDS = ("encoded", "content", "description", "summary")
_DATE_FIELDS = ("pubDate", "published", "date", "updated", "issued", "modified")
_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "form")
# The root element a file opens with, after an XML declaration, comments, processing instructions and a doctype.
_ROOT_ELEMENT = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\w.-]+:)?(rss|feed|RDF)\b", re.DOTALL)
_SNIFF_BYTES = 4096
_DEFAULTS = IngestOptions()


def looks_like_feed(head: bytes) -> bool:
    """Whether a file's first bytes open an RSS or Atom document (for files whose name does not say so)."""
    return _ROOT_ELEMENT.match(head[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")) is not None


def _parser() -> etree.XMLParser:
    # A parser per feed: lxml parsers are not safe to share across threads.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, remove_comments=True
    )


def read_feed(
    content: bytes, *, name: str, origin: str, options: IngestOptions = _DEFAULTS
) -> Iterator[Document | InputError]:
    """Every item of a feed's bytes as a Document, or an InputError for the feed or for one item. An item's doc id
    is the feed's name, "#" and the item's guid (else its link, else its number)."""
    try:
        root = etree.fromstring(content, _parser())
    except etree.XMLSyntaxError as error:
        yield InputError(origin, f"not a well-formed feed: {error}")
        return
    if _local(root) not in _ROOTS:
        yield InputError(origin, f"not an RSS or Atom feed: the XML's root is <{_local(root)}>")
        return
    outlet = _feed_title(root)
    items = [element for element in root.iter() if _local(element) in _ITEMS]
    if not items:
        yield InputError(origin, "empty feed: no items or entries", skipped=True)
        return
    for number, item in enumerate(items, start=1):
        where = f"{origin}:item {number}"
        try:
            yield _document(item, doc_id=f"{name}#{_item_key(item) or number}", origin=where, outlet=outlet,
                            options=options)  # fmt: skip
        except InputProblem as problem:
            yield InputError(where, problem.reason, skipped=problem.skipped)
        except MALFORMED_INPUT as error:
            yield InputError(where, f"cannot read the item: {type(error).__name__}: {error}")


def _local(element: Any) -> str:
    """An element's name without its namespace ("content:encoded" → "encoded"); "" for comments."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: Any, name: str) -> list[Any]:
    return [child for child in element if _local(child) == name]


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _first_text(element: Any, names: tuple[str, ...]) -> str | None:
    for name in names:
        for child in _children(element, name):
            text = _text(child)
            if text:
                return text
    return None


def _title(element: Any) -> str | None:
    """A title as plain text. Feeds often escape markup or entities into titles (Atom's type="html", an RSS title
    holding "&amp;#8217;"): those are read as HTML."""
    title = _first_text(element, ("title",))
    if title and ("<" in title or "&" in title):
        title = " ".join(lxml_html.fragment_fromstring(title, create_parent="div").text_content().split())
    return title or None


def _feed_title(root: Any) -> str | None:
    """The feed's own title: the channel's (RSS 2.0 and RDF) or the feed's (Atom)."""
    for holder in [root, *_children(root, "channel")]:
        title = _title(holder)
        if title:
            return title
    return None


def _item_key(item: Any) -> str | None:
    """What identifies an item across readings of a feed that grows: its guid or id, else its link."""
    return _first_text(item, ("guid", "id")) or _link(item)


def _link(item: Any) -> str | None:
    """RSS's <link>text</link>; Atom's <link href> (the alternate one first); RDF's rdf:about."""
    links = _children(item, "link")
    alternate = [link for link in links if link.get("rel", "alternate") == "alternate" and link.get("href")]
    for link in alternate or links:
        url = link.get("href") or _text(link)
        if url:
            return str(url)
    about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    return str(about) if about else None


def _published(item: Any) -> dt.date | None:
    for name in _DATE_FIELDS:
        for child in _children(item, name):
            date = parse_date(_text(child))
            if date is not None:
                return date
    return None


def _body_markup(item: Any) -> str | None:
    """The item's fullest body as HTML: escaped HTML or CDATA as the feed wrote it, or Atom's inline XHTML."""
    for name in _BODY_FIELDS:
        for child in _children(item, name):
            if len(child):  # inline XHTML (Atom type="xhtml") or markup left unescaped
                markup = (child.text or "") + "".join(etree.tostring(sub, encoding="unicode") for sub in child)
            else:
                markup = child.text or ""
            if markup.strip():
                return markup
    return None


def _paragraphs(markup: str) -> list[str]:
    """An HTML fragment's text as paragraphs, as the page reader reads an article body."""
    container = lxml_html.fragment_fromstring(markup, create_parent="div")
    for element in container.xpath("|".join(f".//{tag}" for tag in _DROPPED_TAGS)):
        drop(element)
    return block_texts(container)


def _document(item: Any, *, doc_id: str, origin: str, outlet: str | None, options: IngestOptions) -> Document:
    title = _title(item)
    markup = _body_markup(item)
    paragraphs = _paragraphs(markup) if markup else []
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline repeated at the top of the body
    if not paragraphs:
        if not title:
            raise InputProblem("empty item: no title and no text")
        paragraphs = [title]  # a headline-only item is its own stub
    text, blocks = join_paragraphs(paragraphs)
    check_size(len(text.encode("utf-8")), options.max_text_bytes)
    require_english(text)
    return Document(
        doc_id=doc_id,
        text=text,
        title=title,
        published=_published(item) or options.default_published,
        url=_link(item),
        source=outlet,
        language="en",
        origin=origin,
        blocks=blocks,
    )
