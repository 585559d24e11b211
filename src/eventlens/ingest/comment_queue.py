"""A moderation queue of standalone comments (`eventlens comments --classify FILE`): JSON Lines with `id` and
`text` (or a .json array of such objects), a CSV (or TSV) with a `text` column and maybe an `id` one, or plain text with one comment a line (its
id the line number). Read lazily, with the JSON Lines and CSV readers documents use; a line that cannot be
read, or has no text, is one InputError naming the file and line, and the rest of the queue goes on."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, BinaryIO

from eventlens.ingest.decode import decode_line, decode_text, looks_binary, read_limited, text_lines
from eventlens.ingest.errors import InputProblem
from eventlens.ingest.tabular import csv_rows, jsonl_records
from eventlens.types import InputError

TEXT_FIELD = "text"
ID_FIELD = "id"
_JSONL = frozenset({".jsonl", ".ndjson"})
_CSV = frozenset({".csv", ".tsv"})
_JSON = ".json"
_SNIFF_BYTES = 8192
# A comment longer than this is no comment (and csv must be told how long a field may be).
_MAX_COMMENT_BYTES = 1_000_000
# A JSON array is read whole: at most this many comments' worth of bytes.
_MAX_JSON_ARRAY_COMMENTS = 100


@dataclass(frozen=True)
class QueuedComment:
    id: str
    text: str


def read_comment_queue(path: str) -> Iterator[QueuedComment | InputError]:
    """Each comment of the queue file, in order, or an InputError for what cannot be read."""
    problem = _unreadable(path)
    if problem is not None:
        yield InputError(path, problem)
        return
    suffix = PurePath(path).suffix.lower()
    try:
        with open(path, "rb") as stream:
            lines = text_lines(stream)
            if suffix in _JSONL:
                yield from _from_records(jsonl_records(lines, origin=path), path)
            elif suffix == _JSON:
                yield from _from_records(_json_records(stream, path), path)
            elif suffix in _CSV:
                rows = csv_rows(lines, origin=path, required_column=TEXT_FIELD, max_field_bytes=_MAX_COMMENT_BYTES)
                yield from _from_records(rows, path)
            else:
                yield from _from_text_lines(lines)
    except OSError as error:
        yield InputError(path, f"cannot read the file: {error.strerror}")


def _unreadable(path: str) -> str | None:
    """Why the file gives no comments at all, if it does not."""
    if not os.path.exists(path):
        return "no such file"
    if os.path.isdir(path):
        return "a folder, not a file of comments"
    try:
        with open(path, "rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError as error:
        return f"cannot read the file: {error.strerror}"
    if not head.strip():
        return "empty file: no comments"
    if looks_binary(head) and not head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has NUL bytes
        return "binary file, not text"
    return None


def _json_records(stream: BinaryIO, path: str) -> Iterator[tuple[int, Mapping[str, Any]] | InputError]:
    """A .json queue: an array of objects (each numbered by its place, from 1), or JSON Lines under that name."""
    head = stream.read(_SNIFF_BYTES)
    stream.seek(0)
    if not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        yield from jsonl_records(text_lines(stream), origin=path)
        return
    try:
        raw = read_limited(stream, _MAX_COMMENT_BYTES * _MAX_JSON_ARRAY_COMMENTS)
    except InputProblem as error:  # too large: said as such, not as the JSON a cut would break
        yield InputError(path, str(error))
        return
    try:
        items = json.loads(decode_text(raw))
    except (ValueError, RecursionError, InputProblem) as error:
        yield InputError(path, f"not valid JSON ({error})")
        return
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            yield number, item
        else:
            yield InputError(f"{path}:{number}", "not a JSON object (item of the array)")


def _from_records(
    records: Iterable[tuple[int, Mapping[str, Any]] | InputError], path: str
) -> Iterator[QueuedComment | InputError]:
    for item in records:
        if isinstance(item, InputError):
            yield item
            continue
        line, record = item
        text = record.get(TEXT_FIELD)
        if not isinstance(text, str | int | float) or not str(text).strip():
            yield InputError(f"{path}:{line}", f"no '{TEXT_FIELD}' to classify")
            continue
        ident = record.get(ID_FIELD)
        ident_text = str(ident).strip() if isinstance(ident, str | int | float) else ""
        yield QueuedComment(ident_text or str(line), str(text))


def _from_text_lines(lines: Iterable[bytes]) -> Iterator[QueuedComment]:
    for number, raw in enumerate(lines, start=1):
        text = decode_line(raw).rstrip("\r\n")
        if text.strip():
            yield QueuedComment(str(number), text)
