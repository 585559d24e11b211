"""Bytes to text: refuse binary, empty and oversize inputs, then decode UTF-8 or the legacy encodings news
files really come in (Windows-1252 smart quotes above all)."""

from __future__ import annotations

import codecs
import io
import os
import re
from collections.abc import Iterator
from typing import BinaryIO

from charset_normalizer import from_bytes

from eventlens.ingest.errors import InputProblem

_SNIFF_BYTES = 8192
# Control characters that text files legitimately contain: tab, newline, form feed, carriage return.
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r")
_MAX_CONTROL_FRACTION = 0.05
# Western text has a few accented letters and smart quotes; Cyrillic, Greek or Arabic in a single-byte
# encoding is mostly high bytes, and Windows-1252 would turn it into accented gibberish.
_MAX_HIGH_BYTE_FRACTION_FOR_CP1252 = 0.3
_MAGIC_NUMBERS = (b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"BZh", b"\x7fELF")
_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))


def describe_size(n_bytes: int) -> str:
    """A size as people say it: '12.5 MB', '10 MB', '40 KB', '300 bytes'."""
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if n_bytes >= factor:
            return f"{n_bytes / factor:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n_bytes} bytes"


def check_size(n_bytes: int, limit: int) -> None:
    if n_bytes > limit:
        raise InputProblem(f"document is {describe_size(n_bytes)}, over the {describe_size(limit)} limit")


def looks_binary(data: bytes) -> bool:
    """NUL bytes, a known binary signature, or many control characters in the first few KB."""
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample or sample.startswith(_MAGIC_NUMBERS):
        return True
    controls = sum(1 for byte in sample if (byte < 0x20 and byte not in _TEXT_CONTROLS) or byte == 0x7F)
    return controls / len(sample) > _MAX_CONTROL_FRACTION


def _decode_legacy(data: bytes) -> str:
    high_bytes = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high_bytes / len(data) <= _MAX_HIGH_BYTE_FRACTION_FOR_CP1252:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass  # one of the five bytes cp1252 leaves undefined: let the detector look
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    latin1 = data.decode("latin-1")
    # Latin-1 maps every byte, so it "succeeds" on anything; C1 control characters mean it did not really.
    if not _C1_CONTROLS.search(latin1):
        return latin1
    raise InputProblem("cannot decode the text: not UTF-8, Windows-1252, Latin-1 or another known encoding")


# Browsers read these labels as Windows-1252, and so do the pages that declare them.
_DECLARED_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"})


def _declared_codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _DECLARED_AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_text(data: bytes, declared_encoding: str | None = None) -> str:
    """Decode a document's bytes, trying first the encoding the document declares (HTML meta charset).
    Only CRLF is normalised (to LF): evidence offsets point into this text."""
    for bom, encoding in _UTF16_32_BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputProblem(f"cannot decode the text as {encoding.upper()}: {error.reason}") from None
            return _finish(text)
    if looks_binary(data):
        raise InputProblem("binary file, not text")
    data = data.removeprefix(codecs.BOM_UTF8)
    declared = _declared_codec(declared_encoding)
    if declared is not None:
        try:
            return _finish(data.decode(declared))
        except UnicodeDecodeError:
            pass  # the declaration is wrong, as they often are: detect instead
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    return _finish(text)


def _finish(text: str) -> str:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if not text.strip():
        raise InputProblem("empty document")
    return text


def text_lines(stream: BinaryIO) -> Iterator[bytes]:
    """A file's lines as bytes for `decode_line`, read lazily. A UTF-16 or UTF-32 file (what spreadsheets save
    as "Unicode text") is decoded by its byte order mark and given as UTF-8 lines; any other file as it is."""
    head = stream.peek(4)[:4] if isinstance(stream, io.BufferedReader) else b""
    for bom, encoding in _UTF16_32_BOMS:
        if head.startswith(bom):
            wrapper = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
            try:
                yield from (line.encode("utf-8") for line in wrapper)
            finally:
                wrapper.detach()
            return
    yield from stream


def decode_line(line: bytes) -> str:
    """One line of a csv/jsonl file: UTF-8, else Windows-1252, else Latin-1 (lines are decoded one by one so
    that a huge file is never held in memory, and one mis-encoded row does not spoil the rest)."""
    line = line.removeprefix(codecs.BOM_UTF8)
    for encoding in ("utf-8", "cp1252"):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            continue
    return line.decode("latin-1")


def read_file_bytes(path: str, max_bytes: int) -> bytes:
    """A whole file's bytes, its size checked before it is read."""
    try:
        with open(path, "rb") as stream:
            check_size(os.fstat(stream.fileno()).st_size, max_bytes)
            # The file may have grown since it was measured.
            return read_limited(stream, max_bytes)
    except FileNotFoundError:
        raise InputProblem("no such file") from None
    except OSError as error:
        raise InputProblem(f"cannot read the file: {error.strerror}") from None


def read_limited(stream: BinaryIO, max_bytes: int, already_read: bytes = b"") -> bytes:
    """The rest of a stream (stdin) after `already_read`, all of it at most max_bytes. A longer stream is
    drained, not kept, so that the error can say how long it is."""
    data = already_read + stream.read(max(0, max_bytes - len(already_read)) + 1)
    if len(data) > max_bytes:
        size = len(data)
        while chunk := stream.read(1024 * 1024):
            size += len(chunk)
        check_size(size, max_bytes)
    return data
