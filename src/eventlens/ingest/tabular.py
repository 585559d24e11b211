"""JSON Lines and CSV: one document per line or row, read lazily so that a file of any length is held in
memory one row at a time. A bad row is one InputError; the rest of the file goes on."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from eventlens.ingest.dates import parse_date
from eventlens.ingest.decode import check_size, decode_line, text_lines
from eventlens.ingest.errors import InputProblem
from eventlens.ingest.language import require_english
from eventlens.ingest.options import IngestOptions
from eventlens.ingest.plaintext import document_from_text
from eventlens.types import Document, InputError

_URL_FIELD = "url"
_SOURCE_FIELD = "source"
_CSV_DELIMITERS = (",", "\t", ";")
_DEFAULTS = IngestOptions()


def _value(record: Mapping[str, Any], column: str | None, usual_name: str | None) -> Any:
    """The column the options name; failing it, the usual name (a jsonl file written to the format's own
    field names still reads when the options are set for a csv file in the same run). A column set to
    None is not wanted at all."""
    if column is None:
        return None
    for name in (column, usual_name):
        if name is not None and record.get(name) is not None:
            return record[name]
    return None


def _no_nul(text: str) -> str:
    """A JSON string may hold NUL ("\\u0000", in a pasted comment say): no text has one, and PostgreSQL's text
    columns refuse it (the ingest failed there, not on SQLite); it becomes what a decoder makes of a bad byte."""
    return text.replace("\x00", "\ufffd")


def _field(record: Mapping[str, Any], column: str | None, usual_name: str | None = None) -> str | None:
    value = _value(record, column, usual_name)
    if value is None or isinstance(value, dict | list):
        return None
    text = _no_nul(str(value)).strip()
    return text or None


def document_from_record(
    record: Mapping[str, Any], *, name: str, origin: str, line: int, options: IngestOptions
) -> Document | InputError:
    """A csv row or JSON object as a Document. `name` is the file as the user knows it, for doc ids."""
    where = f"{origin}:{line}"
    try:
        value = _value(record, options.text_column, _DEFAULTS.text_column)
        if value is None or isinstance(value, dict | list):
            raise InputProblem(f"no '{options.text_column}' field")
        text = _no_nul(str(value)).replace("\r\n", "\n")
        if not text.strip():
            raise InputProblem("empty document")
        check_size(len(text.encode("utf-8")), options.max_text_bytes)
        require_english(text)
    except InputProblem as problem:
        return InputError(where, problem.reason, skipped=problem.skipped)
    declared = _field(record, options.published_column, _DEFAULTS.published_column)
    return document_from_text(
        text,
        doc_id=_field(record, options.id_column, _DEFAULTS.id_column) or f"{name}:{line}",
        origin=where,
        title=_field(record, options.title_column, _DEFAULTS.title_column),
        published=parse_date(declared) if declared else None,
        default_published=options.default_published,
        url=_field(record, _URL_FIELD),
        source=_field(record, _SOURCE_FIELD),
    )


def jsonl_records(
    lines: Iterable[bytes], *, origin: str, first_line_number: int = 1
) -> Iterator[tuple[int, dict[str, Any]] | InputError]:
    """(line number, object) for each JSON object of a JSON Lines stream; a line that is none is an InputError
    naming it, and the stream goes on."""
    for line_number, raw in enumerate(lines, start=first_line_number):
        if not raw.strip():
            continue
        try:
            record = json.loads(decode_line(raw))
        except (ValueError, RecursionError) as error:
            yield InputError(f"{origin}:{line_number}", f"not valid JSON ({error})")
            continue
        if not isinstance(record, dict):
            yield InputError(f"{origin}:{line_number}", "not a JSON object")
            continue
        yield line_number, record


def read_jsonl_lines(
    lines: Iterable[bytes], *, name: str, origin: str, options: IngestOptions, first_line_number: int = 1
) -> Iterator[Document | InputError]:
    for item in jsonl_records(lines, origin=origin, first_line_number=first_line_number):
        if isinstance(item, InputError):
            yield item
        else:
            yield document_from_record(item[1], name=name, origin=origin, line=item[0], options=options)


def read_jsonl_file(path: str, *, name: str, options: IngestOptions) -> Iterator[Document | InputError]:
    with open(path, "rb") as stream:
        yield from read_jsonl_lines(text_lines(stream), name=name, origin=path, options=options)


def _delimiter(header: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    return max(_CSV_DELIMITERS, key=header.count)


def csv_rows(
    lines: Iterable[bytes], *, origin: str, required_column: str, max_field_bytes: int
) -> Iterator[tuple[int, dict[str, str]] | InputError]:
    """(line number of its first line, row) for each row of a CSV or TSV stream (the header counts as line 1);
    a file without the required column is one InputError, a row the csv module cannot read ends the file."""
    # A row of up to max_field_bytes must fit; csv's default field limit (128 KB) is far smaller.
    csv.field_size_limit(max(csv.field_size_limit(), min(max_field_bytes + 1, sys.maxsize)))
    decoded = (decode_line(raw) for raw in lines)
    header_line = next(decoded, "")
    if not header_line.strip():
        yield InputError(origin, "empty document: the CSV file has no header row")
        return
    delimiter = _delimiter(header_line, origin[origin.rfind(".") :].lower())
    header = next(csv.reader([header_line], delimiter=delimiter))
    if required_column not in header:
        yield InputError(origin, f"no '{required_column}' column (columns: {', '.join(header)})")
        return
    reader = csv.DictReader(decoded, fieldnames=header, delimiter=delimiter)
    # Line numbers count the header (line 1); the reader counts only the lines it has read itself.
    lines_read = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield InputError(f"{origin}:{1 + reader.line_num}", f"cannot read the CSV: {error}")
            return
        line, lines_read = 1 + lines_read + 1, reader.line_num
        yield line, row


def read_csv_file(path: str, *, name: str, options: IngestOptions) -> Iterator[Document | InputError]:
    with open(path, "rb") as stream:
        rows = csv_rows(
            text_lines(stream), origin=path, required_column=options.text_column, max_field_bytes=options.max_text_bytes
        )
        for item in rows:
            if isinstance(item, InputError):
                yield item
            else:
                yield document_from_record(item[1], name=name, origin=path, line=item[0], options=options)
