from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from eventlens.ingest import comment_queue
from eventlens.ingest.comment_queue import QueuedComment, read_comment_queue
from eventlens.types import InputError


def _read(path: Path) -> list[QueuedComment | InputError]:
    return list(read_comment_queue(str(path)))


def test_a_malformed_jsonl_line_and_a_row_without_text_are_errors_naming_their_lines(tmp_path: Path) -> None:
    queue = tmp_path / "queue.jsonl"
    queue.write_text(
        '{"id": "a1", "text": "first"}\n{"id": "a2", "text": \n\n{"id": "a3"}\n[1, 2]\n{"text": "last"}\n',
        encoding="utf-8",
    )
    first, broken, no_text, not_object, last = _read(queue)
    assert first == QueuedComment("a1", "first")
    assert isinstance(broken, InputError) and broken.origin == f"{queue}:2" and "not valid JSON" in broken.reason
    assert isinstance(no_text, InputError) and no_text.origin == f"{queue}:4" and "'text'" in no_text.reason
    assert isinstance(not_object, InputError) and not_object.origin == f"{queue}:5"
    assert last == QueuedComment("6", "last")  # no id: the line number


def test_a_csv_without_a_text_column_names_the_columns_it_has(tmp_path: Path) -> None:
    queue = tmp_path / "queue.csv"
    queue.write_text("id,comment\n1,hello\n", encoding="utf-8")
    [error] = _read(queue)
    assert isinstance(error, InputError) and error.origin == str(queue)
    assert error.reason == "no 'text' column (columns: id, comment)"


def test_csv_rows_keep_their_ids_and_an_empty_text_is_an_error(tmp_path: Path) -> None:
    queue = tmp_path / "queue.csv"
    queue.write_text('id,text\nx1,"two\nlines"\nx2,\n,no id\n', encoding="utf-8")
    first, empty, no_id = _read(queue)
    assert first == QueuedComment("x1", "two\nlines")
    assert isinstance(empty, InputError) and empty.origin == f"{queue}:4"
    assert no_id == QueuedComment("5", "no id")


def test_a_windows_1252_line_is_read_as_ingest_reads_it_and_the_others_stay_utf8(tmp_path: Path) -> None:
    queue = tmp_path / "queue.txt"
    queue.write_bytes("caf\u00e9 ol\u00e9\n".encode() + "it\u2019s a lie\n".encode("cp1252"))
    assert _read(queue) == [QueuedComment("1", "caf\u00e9 ol\u00e9"), QueuedComment("2", "it\u2019s a lie")]


def test_a_utf16_spreadsheet_export_is_read(tmp_path: Path) -> None:
    queue = tmp_path / "queue.csv"
    queue.write_bytes(codecs.BOM_UTF16_LE + "id,text\r\nq1,\u0634\u0643\u0631\u0627 thanks\r\n".encode("utf-16-le"))
    assert _read(queue) == [QueuedComment("q1", "\u0634\u0643\u0631\u0627 thanks")]


def test_empty_missing_and_binary_files_are_one_error_each(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n  \n", encoding="utf-8")
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    for path, reason in ((empty, "empty file"), (tmp_path / "gone.csv", "no such file"), (binary, "binary")):
        [error] = _read(path)
        assert isinstance(error, InputError) and error.origin == str(path) and reason in error.reason


def test_a_json_array_of_comments_and_json_lines_named_json(tmp_path: Path) -> None:
    array = tmp_path / "export.json"
    array.write_text('[{"id": 7, "text": "first"}, "stray", {"text": "third"}]', encoding="utf-8")
    first, stray, third = _read(array)
    assert first == QueuedComment("7", "first") and third == QueuedComment("3", "third")
    assert isinstance(stray, InputError) and stray.origin == f"{array}:2"
    lines = tmp_path / "lines.json"
    lines.write_text('{"id": "a", "text": "one"}\n{"id": "b", "text": "two"}\n', encoding="utf-8")
    assert _read(lines) == [QueuedComment("a", "one"), QueuedComment("b", "two")]
    broken = tmp_path / "broken.json"
    broken.write_text('[{"id": 1, "text": "cut off', encoding="utf-8")
    [error] = _read(broken)
    assert isinstance(error, InputError) and error.origin == str(broken) and "not valid JSON" in error.reason


def test_a_json_array_over_the_limit_is_said_to_be_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(comment_queue, "_MAX_JSON_ARRAY_COMMENTS", 1)
    monkeypatch.setattr(comment_queue, "_MAX_COMMENT_BYTES", 40)
    queue = tmp_path / "queue.json"
    queue.write_text(json.dumps([{"id": n, "text": "a long and calm comment"} for n in range(5)]), encoding="utf-8")
    (error,) = list(comment_queue.read_comment_queue(str(queue)))
    assert isinstance(error, InputError) and "not valid JSON" not in error.reason
