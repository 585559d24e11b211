"""What the user can tell the ingest stage about their inputs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

TEN_MEGABYTES = 10 * 1024 * 1024


@dataclass
class IngestOptions:
    """Column names for csv/jsonl input, the publication date to assume where an input gives none
    (`--published`), and the largest document accepted."""

    text_column: str = "text"
    id_column: str = "id"
    published_column: str = "published"
    title_column: str | None = "title"
    default_published: dt.date | None = None
    max_text_bytes: int = TEN_MEGABYTES
