"""What makes two documents the same document, and the date window a record can be matched in."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from eventlens.types import Document

_SPACE = re.compile(r"\s+")
# Parameters that say where a reader came from, not which article it is.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.IGNORECASE)


def normalise_url(url: str) -> str:
    """The same article whatever the tracking parameters, the fragment, the case of the host or a final slash."""
    parts = urlsplit(url.strip())
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k))
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def normalise_text(text: str) -> str:
    """The same report whatever its Unicode forms, spacing or line breaks."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def text_hash(document: Document) -> str:
    return _sha256(normalise_text(document.text))


def document_key(document: Document) -> str:
    """A document is known by its URL; one without a URL by its text (an edited text is then a new document)."""
    if document.url and document.url.strip():
        return "url:" + _sha256(normalise_url(document.url))
    return "text:" + text_hash(document)


def casefold(value: str | None) -> str | None:
    """A filter column's value: text criteria match whatever the case."""
    return value.casefold() if value is not None else None
