"""What an HTML page says about itself: title, publication date, outlet and address, from meta tags,
JSON-LD and the markup."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventlens.ingest.dates import parse_date
from eventlens.ingest.html_text import text_of

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+")
_MAX_SITE_NAME_WORDS = 4


@dataclass
class PageMetadata:
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None


def json_ld_objects(root: Any) -> Iterator[dict[str, Any]]:
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        pending = [data]
        while pending:
            item = pending.pop(0)
            if isinstance(item, list):
                pending.extend(item)
            elif isinstance(item, dict):
                yield item
                if "@graph" in item:
                    pending.append(item["@graph"])


def _meta_values(root: Any) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            values.setdefault(key.strip().lower(), content.strip())
    return values


_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)


def _published(root: Any, meta: dict[str, str], json_ld: list[dict[str, Any]]) -> dt.date | None:
    candidates: list[str] = [meta[key] for key in _PUBLISHED_META if key in meta]
    candidates += [str(item["datePublished"]) for item in json_ld if item.get("datePublished")]
    for element in root.xpath("//*[@itemprop='datePublished']"):
        candidates.append(element.get("datetime") or element.get("content") or element.text_content())
    times = (
        root.xpath("//time[@pubdate]")
        + root.xpath("//time[@datetime][ancestor::article]")
        + root.xpath("//time[@datetime]")
    )
    candidates += [element.get("datetime") or element.text_content() for element in times]
    for candidate in candidates:
        date = parse_date(candidate)
        if date is not None:
            return date
    return None


def _publisher(json_ld: list[dict[str, Any]]) -> str | None:
    for item in json_ld:
        publisher = item.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return str(publisher["name"]).strip() or None
    return None


def strip_site_name(title: str, site_name: str | None) -> str:
    """'Car bomb kills five in Idlib | The Daily Outlet' -> 'Car bomb kills five in Idlib'. The outlet is the
    part that matches the site's name, or else a short capitalised last part after a longer headline."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site = (site_name or "").casefold()
    for outlet, headline_parts in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        if site and (outlet.casefold() in site or site in outlet.casefold()):
            return _original_join(title, headline_parts)
    outlet, headline_parts = parts[-1], parts[:-1]
    outlet_words = outlet.split()
    headline_words = sum(len(part.split()) for part in headline_parts)
    looks_like_a_name = all(word[:1].isupper() or not word[:1].isalpha() for word in outlet_words)
    if len(outlet_words) <= _MAX_SITE_NAME_WORDS and len(outlet_words) < headline_words and looks_like_a_name:
        return _original_join(title, headline_parts)
    return title


def _original_join(title: str, parts: list[str]) -> str:
    # Keep the headline's own separators as written: cut the title at the outer parts.
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip()


def page_metadata(root: Any, json_ld: list[dict[str, Any]] | None = None) -> PageMetadata:
    """`json_ld`: the page's JSON-LD objects when the caller has parsed them already."""
    meta = _meta_values(root)
    json_ld = list(json_ld_objects(root)) if json_ld is None else json_ld
    source = meta.get("og:site_name") or _publisher(json_ld) or meta.get("application-name")
    headline = next((str(item["headline"]) for item in json_ld if isinstance(item.get("headline"), str)), None)
    h1 = root.xpath("//article//h1") or root.xpath("//h1")
    title_tag = root.find(".//title")
    candidates = [
        meta.get("og:title"),
        meta.get("twitter:title"),
        headline,
        text_of(h1[0]) if h1 else None,
        text_of(title_tag) if title_tag is not None else None,
    ]
    title = next((c.strip() for c in candidates if c and c.strip()), None)
    canonical = root.xpath("//link[@rel='canonical']/@href")
    return PageMetadata(
        title=strip_site_name(" ".join(title.split()), source) if title else None,
        published=_published(root, meta, json_ld),
        source=source,
        url=meta.get("og:url") or (str(canonical[0]) if canonical else None),
    )
