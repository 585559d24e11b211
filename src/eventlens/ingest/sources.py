"""From the paths a user names (files, folders, `-` for stdin) to Documents and InputErrors, lazily. A feed (RSS,
Atom: `feeds.py`) is one input that gives a Document per item."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from pathlib import PurePath
from typing import BinaryIO

from eventlens.ingest.decode import decode_text, looks_binary, read_file_bytes, read_limited
from eventlens.ingest.errors import MALFORMED_INPUT, InputProblem
from eventlens.ingest.feeds import FEED_SIZE_FACTOR, FEED_SUFFIXES, looks_like_feed, read_feed
from eventlens.ingest.html_page import decode_html, document_from_html
from eventlens.ingest.language import require_english
from eventlens.ingest.options import IngestOptions
from eventlens.ingest.plaintext import document_from_text
from eventlens.ingest.tabular import read_csv_file, read_jsonl_file, read_jsonl_lines
from eventlens.types import Document, InputError

STDIN = "-"
STDIN_DOCUMENT_ID = "stdin:1"
_MARKDOWN = frozenset({".md", ".markdown"})
_PLAIN_TEXT = frozenset({".txt", ".text"})
_HTML = frozenset({".html", ".htm", ".xhtml"})
_JSONL = frozenset({".jsonl", ".ndjson"})
_CSV = frozenset({".csv", ".tsv"})
_HTML_OPENINGS = ("<!doctype html", "<html")
_SNIFF_BYTES = 8192

Result = Document | InputError
# Bytes of one document, the doc id, the origin (path), the options -> the Document.
_Reader = Callable[[bytes, str, str, IngestOptions], Document]


def read_inputs(paths: Sequence[str], options: IngestOptions) -> Iterator[Result]:
    """Every document in the given paths, in order; unreadable inputs come out as InputErrors."""
    for path in paths:
        yield from read_path(path, options)


def read_path(path: str, options: IngestOptions) -> Iterator[Result]:
    """One argument: a file, a folder (walked recursively in sorted order) or `-` for stdin."""
    if path == STDIN:
        yield from read_stdin(_stdin_bytes(), options)
    elif os.path.isdir(path):
        yield from _read_folder(path, options)
    elif not os.path.exists(path):
        yield InputError(path, "no such file")
    else:
        yield from read_file(path, name=path, options=options)


def _stdin_bytes() -> BinaryIO:
    # A test harness or an embedding program may have put a text-only stream in sys.stdin.
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(sys.stdin.read().encode("utf-8") if sys.stdin is not None else b"")


def _read_folder(folder: str, options: IngestOptions) -> Iterator[Result]:
    for path in _files_in_order(folder):
        if isinstance(path, InputError):
            yield path
            continue
        name = PurePath(os.path.relpath(path, folder)).as_posix()
        yield from read_file(path, name=name, options=options, in_folder=True)


def _files_in_order(folder: str) -> Iterator[str | InputError]:
    """Files under a folder in sorted path order (a folder's files and subfolders interleave by name, as
    `sort` would list their paths); only the listings of the folders on the current branch are held.
    Hidden entries (.git) are skipped."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as error:
        yield InputError(folder, f"cannot read the folder: {error.strerror}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):  # a linked folder could loop back on itself
            yield from _files_in_order(entry.path)
        elif entry.is_file():
            yield entry.path


def read_file(path: str, *, name: str, options: IngestOptions, in_folder: bool = False) -> Iterator[Result]:
    """One file; `name` is how it is known in doc ids (as given, or relative to the folder given)."""
    suffix = PurePath(path).suffix.lower()
    try:
        if suffix in _JSONL:
            yield from read_jsonl_file(path, name=name, options=options)
        elif suffix in _CSV:
            yield from read_csv_file(path, name=name, options=options)
        elif suffix in _HTML:
            yield _single_document(path, name, options, _read_html)
        elif suffix in FEED_SUFFIXES:
            yield from _read_feed_file(path, name, options)
        elif suffix in _MARKDOWN:
            yield _single_document(path, name, options, _read_markdown)
        elif suffix in _PLAIN_TEXT:
            yield _single_document(path, name, options, _read_plain_text)
        elif _sniffs_feed(path):
            yield from _read_feed_file(path, name, options)
        elif in_folder and _sniffs_binary(path):
            # Pictures and archives beside the articles in a folder are not inputs; named one by one they are.
            yield InputError(path, "binary file, not text", skipped=True)
        else:
            yield _single_document(path, name, options, _read_unknown_kind)
    except OSError as error:
        yield InputError(path, f"cannot read the file: {error.strerror}")


def _single_document(path: str, name: str, options: IngestOptions, reader: _Reader) -> Result:
    try:
        document = reader(read_file_bytes(path, options.max_text_bytes), name, path, options)
        require_english(document.text)
    except InputProblem as problem:
        return InputError(path, problem.reason, skipped=problem.skipped)
    except MALFORMED_INPUT as error:
        return InputError(path, f"cannot read the document: {type(error).__name__}: {error}")
    return document


def _read_html(content: bytes, name: str, origin: str, options: IngestOptions) -> Document:
    return document_from_html(
        decode_html(content), doc_id=name, origin=origin, default_published=options.default_published
    )


def _document_from_plain_text(text: str, name: str, origin: str, options: IngestOptions, markdown: bool) -> Document:
    return document_from_text(
        text,
        doc_id=name,
        origin=origin,
        title_from_first_line=True,
        markdown=markdown,
        default_published=options.default_published,
    )


def _read_plain_text(content: bytes, name: str, origin: str, options: IngestOptions) -> Document:
    return _document_from_plain_text(decode_text(content), name, origin, options, markdown=False)


def _read_markdown(content: bytes, name: str, origin: str, options: IngestOptions) -> Document:
    return _document_from_plain_text(decode_text(content), name, origin, options, markdown=True)


def _read_unknown_kind(content: bytes, name: str, origin: str, options: IngestOptions) -> Document:
    """A file of unknown kind, or stdin: an HTML page if it opens like one, else plain text."""
    text = decode_text(content)
    if text.lstrip()[:20].lower().startswith(_HTML_OPENINGS):
        return document_from_html(text, doc_id=name, origin=origin, default_published=options.default_published)
    return _document_from_plain_text(text, name, origin, options, markdown=False)


def _read_feed_file(path: str, name: str, options: IngestOptions) -> Iterator[Result]:
    try:
        content = read_file_bytes(path, options.max_text_bytes * FEED_SIZE_FACTOR)
    except InputProblem as problem:
        yield InputError(path, problem.reason, skipped=problem.skipped)
        return
    yield from read_feed(content, name=name, origin=path, options=options)


def _sniffs_feed(path: str) -> bool:
    """An RSS or Atom file under a name that does not say so ("feed", "news.php")."""
    with open(path, "rb") as stream:
        return looks_like_feed(stream.read(_SNIFF_BYTES))


def _sniffs_binary(path: str) -> bool:
    with open(path, "rb") as stream:
        return looks_binary(stream.read(_SNIFF_BYTES))


def read_stdin(stream: BinaryIO, options: IngestOptions) -> Iterator[Result]:
    """JSON Lines when the first line is a JSON object (read lazily, row by row), else one document."""
    lines = iter(stream.readline, b"")
    head: list[bytes] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    if head and _is_json_object(head[-1]):
        yield from read_jsonl_lines(
            chain(head, lines), name="stdin", origin="stdin", options=options, first_line_number=1
        )
        return
    try:
        content = read_limited(stream, options.max_text_bytes, already_read=b"".join(head))
        if looks_like_feed(content):
            yield from read_feed(content, name="stdin", origin="stdin", options=options)
            return
        document = _read_unknown_kind(content, STDIN_DOCUMENT_ID, "stdin", options)
        require_english(document.text)
    except InputProblem as problem:
        yield InputError("stdin", problem.reason, skipped=problem.skipped)
        return
    except MALFORMED_INPUT as error:
        yield InputError("stdin", f"cannot read the document: {type(error).__name__}: {error}")
        return
    yield document


def _is_json_object(line: bytes) -> bool:
    stripped = line.strip()
    if not stripped.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except ValueError:
        return False
