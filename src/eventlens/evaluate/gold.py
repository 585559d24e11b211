"""Gold loaders: each row of a human-coded CSV becomes a Document to feed the pipeline plus the gold fields to
score its main event against.

Choices that decide what is measured (see also `eventlens.evaluate` docs):
- Nothing the coders added is fed to the pipeline except what a reader of the article would have: ACLED notes
  carry their own date, so `published` stays None. ACLED's `source` (the outlet or outlets, ';'-joined, that
  published the report) is passed as `Document.source`: it is metadata every real input carries (a page's site
  name, a feed's outlet), not the coders' reading, and the pipeline reads it only for the outlet's region. GTD's
  `scite` columns are never passed: they hold the cited articles' titles, the text of the answer.
- GTD summaries open with "MM/DD/YYYY:", which is the record's date metadata rather than reporting: it is cut
  from the text and passed as `Document.published` ("00" day → None, because we never invent a day).
- FA-KES has several rows for some articles (one per event the crowd coded; 389 rows, 384 articles). The
  article is processed once and its main event scored against every one of its rows, so an article that
  reports two events can score at most one of them right — the honest cost of "one main event per document".
- A gold field missing from `GoldRow.values` means "not scored for this row" (blank, or coded unknown).
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from eventlens.types import Block, BlockKind, Document

GoldKind = Literal["acled", "gtd", "fakes"]
GOLD_KINDS: tuple[str, ...] = get_args(GoldKind)

# The column that identifies a row (and so the document) in each data set.
ID_COLUMN: dict[str, str] = {"acled": "event_id_cnty", "gtd": "eventid", "fakes": "unit_id"}

Row = dict[str, str]


class GoldFormatError(ValueError):
    """The file is not of the gold kind asked for: a user error, reported without a traceback."""


@dataclass(frozen=True)
class GoldRow:
    """One coded event. `values` maps a field name (see `eventlens.evaluate.fields`) to its gold value."""

    row_id: str
    values: dict[str, Any]


@dataclass
class GoldItem:
    """A document and the gold rows its main event is scored against (one, except FA-KES multi-event articles)."""

    document: Document
    rows: list[GoldRow] = field(default_factory=list)


@dataclass
class GoldSet:
    """A gold file, read lazily: `items()` streams documents so a large file never sits in memory."""

    path: Path
    kind: str  # one of GOLD_KINDS; a plain str so CLI choices pass straight through, checked below
    limit: int | None = None
    # Rows dropped because they have no text to read; filled as `items()` runs.
    skipped_rows: int = 0

    def __post_init__(self) -> None:
        if self.kind not in GOLD_KINDS:
            raise ValueError(f"unknown gold kind {self.kind!r}; expected one of {', '.join(GOLD_KINDS)}")
        self.path = Path(self.path)

    def rows(self) -> Iterator[Row]:
        """The raw CSV rows, the first `limit` of them."""
        with self.path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {ID_COLUMN[self.kind], *_TEXT_COLUMNS[self.kind]} - set(reader.fieldnames or ())
            if missing:
                raise GoldFormatError(
                    f"{self.path} is not {self.kind} gold data: no column(s) {', '.join(sorted(missing))}"
                )
            yield from itertools.islice(reader, self.limit)

    def items(self) -> Iterator[GoldItem]:
        self.skipped_rows = 0
        builder = _BUILDERS[self.kind]
        id_column = ID_COLUMN[self.kind]
        # Rows of one FA-KES article are consecutive and share unit_id; other sets have one row per id.
        for doc_id, group in itertools.groupby(self.rows(), key=lambda row: row[id_column].strip()):
            rows = list(group)
            document = builder.document(doc_id, rows[0], self.path)
            if not document.text.strip():
                self.skipped_rows += len(rows)
                continue
            row_ids = [doc_id] if len(rows) == 1 else [f"{doc_id}/{n}" for n in range(1, len(rows) + 1)]
            yield GoldItem(document, [GoldRow(rid, builder.gold(row)) for rid, row in zip(row_ids, rows, strict=True)])

    def count_documents(self) -> int:
        """How many documents `items()` will yield (for a progress bar); a second, cheap pass over the file."""
        return sum(1 for _ in self.items())


# --- value parsers: blank or unknown → None, so the caller can leave the field out -----------------------------


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    number = int(float(value))  # some exports write counts as "2.0"
    return None if number < 0 else number  # GTD codes unknown as -9 / -99


def _float(value: str | None) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


def _date(value: str | None, fmt: str) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.datetime.strptime(value, fmt).date()
    except ValueError:
        return None


def _flag(value: str | None) -> bool | None:
    """GTD yes/no columns: 1 / 0, anything else (-9 unknown, blank) → None."""
    return {"1": True, "0": False}.get((value or "").strip())


def _present(**values: Any) -> dict[str, Any]:
    """Gold values without the unknown ones: a field that is None is not scored for that row."""
    return {name: value for name, value in values.items() if value is not None}


def _origin(path: Path, doc_id: str) -> str:
    return f"{path.name}#{doc_id}"


# --- ACLED ------------------------------------------------------------------------------------------------------


def _acled_document(doc_id: str, row: Row, path: Path) -> Document:
    source = (row.get("source") or "").strip() or None
    return Document(doc_id=doc_id, text=(row.get("notes") or "").strip(), source=source, origin=_origin(path, doc_id))


def _coordinates(row: Row) -> tuple[float, float] | None:
    """The row's (latitude, longitude) when it has both (ACLED and GTD name the columns alike)."""
    latitude, longitude = _float(row.get("latitude")), _float(row.get("longitude"))
    return (latitude, longitude) if latitude is not None and longitude is not None else None


def _acled_gold(row: Row) -> dict[str, Any]:
    event_date = _date(row.get("event_date"), "%d-%b-%y")  # "9-May-20"
    values = _present(
        event_date=event_date.isoformat() if event_date else None,
        event_type=_text(row.get("event_type")),
        sub_event_type=_text(row.get("sub_event_type")),
        actor1=_text(row.get("actor1")),
        country=_text(row.get("country")),
        admin1=_text(row.get("admin1")),
        admin2=_text(row.get("admin2")),
        location=_text(row.get("location")),
        fatalities=_int(row.get("fatalities")),
        coordinates=_coordinates(row),
    )
    # A blank second or associated actor is a coded fact ("nobody"), so it is scored as None, not skipped.
    values["actor2"] = _text(row.get("actor2"))
    values["assoc_actor_1"] = _text(row.get("assoc_actor_1"))
    return values


# --- GTD --------------------------------------------------------------------------------------------------------

# "01/06/2021:" (one summary in the dev file has a space before the colon; "00" days occur for approximate dates)
_GTD_DATE_PREFIX = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*:\s*")


def split_gtd_summary(summary: str) -> tuple[str, dt.date | None]:
    """The summary without its "MM/DD/YYYY:" prefix, and the prefix as a date (None when the day is 00)."""
    match = _GTD_DATE_PREFIX.match(summary)
    if not match:
        return summary.strip(), None
    month, day, year = (int(part) for part in match.groups())
    try:
        published = dt.date(year, month, day)
    except ValueError:
        published = None
    return summary[match.end() :].strip(), published


def _gtd_document(doc_id: str, row: Row, path: Path) -> Document:
    text, published = split_gtd_summary(row.get("summary") or "")
    return Document(doc_id=doc_id, text=text, published=published, origin=_origin(path, doc_id))


def _gtd_date(row: Row) -> str | None:
    """ISO date at the precision GTD knows it: iday 0 = day unknown → "YYYY-MM", imonth 0 → "YYYY"."""
    year, month, day = _int(row.get("iyear")), _int(row.get("imonth")), _int(row.get("iday"))
    if not year:
        return None
    if not month:
        return f"{year:04d}"
    if not day:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _gtd_place(value: str | None) -> str | None:
    """GTD writes "Unknown" when it does not know the city or province: nothing to score against."""
    text = _text(value)
    return None if text is None or text.casefold() == "unknown" else text


def _gtd_gold(row: Row) -> dict[str, Any]:
    return _present(
        event_date=_gtd_date(row),
        attack_type=_text(row.get("attacktype1_txt")),
        weapon_type=_text(row.get("weaptype1_txt")),
        target_type=_text(row.get("targtype1_txt")),
        perpetrator=_text(row.get("gname")),
        claimed=_flag(row.get("claimed")),
        nkill=_int(row.get("nkill")),
        nwound=_int(row.get("nwound")),
        country=_text(row.get("country_txt")),
        provstate=_gtd_place(row.get("provstate")),
        city=_gtd_place(row.get("city")),
        suicide=_flag(row.get("suicide")),
        coordinates=_coordinates(row),
    )


# --- FA-KES -----------------------------------------------------------------------------------------------------


def _fakes_document(doc_id: str, row: Row, path: Path) -> Document:
    title = (row.get("article_title") or "").strip()
    content = (row.get("article_content") or "").strip()
    text = f"{title}\n\n{content}" if title else content
    blocks = [Block(0, len(title), BlockKind.TITLE)] if title else []
    blocks.append(Block(len(text) - len(content), len(text), BlockKind.PARAGRAPH))
    return Document(
        doc_id=doc_id,
        text=text,
        title=title or None,
        published=_date(row.get("date"), "%m/%d/%y"),  # "4/5/17"
        origin=_origin(path, doc_id),
        blocks=blocks,
    )


def _fakes_gold(row: Row) -> dict[str, Any]:
    civilians, others = _int(row.get("nb_civilians")), _int(row.get("nb_noncivilians"))
    label = _text(row.get("actor"))
    cause = _text(row.get("cause_of_death"))
    location = _text(row.get("location"))
    return _present(
        actor_class=label.lower() if label else None,
        cause_of_death=cause.lower() if cause else None,
        governorate=location.lower() if location else None,
        deaths=civilians + others if civilians is not None and others is not None else None,
    )


@dataclass(frozen=True)
class _Builder:
    document: Callable[[str, Row, Path], Document]
    gold: Callable[[Row], dict[str, Any]]


_BUILDERS: dict[str, _Builder] = {
    "acled": _Builder(_acled_document, _acled_gold),
    "gtd": _Builder(_gtd_document, _gtd_gold),
    "fakes": _Builder(_fakes_document, _fakes_gold),
}

_TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "acled": ("notes",),
    "gtd": ("summary",),
    "fakes": ("article_title", "article_content"),
}
