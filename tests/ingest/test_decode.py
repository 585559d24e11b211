from __future__ import annotations

import io

import pytest

from eventlens.ingest.decode import (
    check_size,
    decode_line,
    decode_text,
    describe_size,
    looks_binary,
    read_file_bytes,
    read_limited,
)
from eventlens.ingest.errors import InputProblem


def test_utf8_with_bom_loses_the_bom_and_only_crlf_is_normalised() -> None:
    data = "\ufeffTitle line\r\n\r\nFirst  paragraph\twith a tab.\rLone CR stays.\r\n".encode()
    assert decode_text(data) == "Title line\n\nFirst  paragraph\twith a tab.\rLone CR stays.\n"


def test_windows_1252_smart_quotes_and_dashes_decode_right() -> None:
    data = b"The mayor\x92s office said the convoy \x96 six trucks \x96 was \x93turned back\x94."
    assert decode_text(data) == "The mayor’s office said the convoy – six trucks – was “turned back”."


def test_latin1_accents_decode_right() -> None:
    data = "Fighting resumed near the caf\u00e9 on the Rue de l'\u00c9glise, residents said.".encode("latin-1")
    assert decode_text(data) == "Fighting resumed near the café on the Rue de l'Église, residents said."


def test_utf16_with_bom_is_text_not_binary() -> None:
    data = "A short dispatch from Goma.".encode("utf-16")
    assert decode_text(data) == "A short dispatch from Goma."


def test_declared_encoding_is_tried_first_and_latin1_labels_mean_windows_1252() -> None:
    assert decode_text(b"Don\x92t panic.", declared_encoding="ISO-8859-1") == "Don’t panic."


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n%\xe2\xe3", b"text\x00with a NUL", bytes(range(1, 9)) * 50],
)
def test_binary_content_is_refused(data: bytes) -> None:
    assert looks_binary(data)
    with pytest.raises(InputProblem, match="binary file, not text"):
        decode_text(data)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff\n".encode()])
def test_empty_or_whitespace_only_is_an_empty_document(data: bytes) -> None:
    with pytest.raises(InputProblem, match="empty document"):
        decode_text(data)


def test_bytes_no_encoding_can_read_are_refused() -> None:
    # Undefined in Windows-1252, C1 controls in Latin-1, and no detector guess survives them.
    with pytest.raises(InputProblem, match="cannot decode"):
        decode_text(bytes(range(0x80, 0x100)) * 3)


def test_sizes_are_described_as_people_say_them() -> None:
    assert describe_size(10 * 1024 * 1024) == "10 MB"
    assert describe_size(int(12.5 * 1024 * 1024)) == "12.5 MB"
    assert describe_size(2048) == "2 KB"
    assert describe_size(300) == "300 bytes"


def test_oversize_message_names_size_and_limit() -> None:
    with pytest.raises(InputProblem, match=r"^document is 12\.5 MB, over the 10 MB limit$"):
        check_size(int(12.5 * 1024 * 1024), 10 * 1024 * 1024)


def test_a_file_is_measured_before_it_is_read(write_file) -> None:
    path = write_file("big.txt", "x" * 5000)
    with pytest.raises(InputProblem, match=r"document is 4\.9 KB, over the 1 KB limit"):
        read_file_bytes(str(path), 1024)


def test_missing_file() -> None:
    with pytest.raises(InputProblem, match="no such file"):
        read_file_bytes("/nonexistent/dispatch.txt", 1024)


def test_a_long_stream_is_drained_to_report_its_whole_size() -> None:
    with pytest.raises(InputProblem, match=r"document is 3 KB, over the 1 KB limit"):
        read_limited(io.BytesIO(b"y" * 3072), 1024)
    assert read_limited(io.BytesIO(b"rest"), 1024, already_read=b"head ") == b"head rest"


def test_csv_and_jsonl_lines_fall_back_to_windows_1252_one_by_one() -> None:
    assert decode_line("caf\u00e9\n".encode()) == "café\n"
    assert decode_line(b"it\x92s\n") == "it’s\n"
