from __future__ import annotations

import datetime as dt
import io
import itertools
import sys
from pathlib import Path

import pytest

from eventlens.ingest import IngestOptions, read_inputs, read_path, read_stdin
from eventlens.types import BlockKind, Document, InputError

REPORT = (
    "Convoy attacked near Mopti\n\n"
    "Gunmen fired on a convoy of lorries near Mopti on Friday, killing a driver, the regional governor said.\n"
)
FRENCH = (
    "Attaque près de Mopti\n\n"
    "Des hommes armés ont tiré sur un convoi de camions près de Mopti vendredi, selon le gouverneur.\n"
)
SPANISH = (
    "Ataque cerca de Mopti\n\n"
    "Hombres armados dispararon contra un convoy de camiones cerca de Mopti el viernes, según el gobernador.\n"
)
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


def _documents(results: list[Document | InputError]) -> list[Document]:
    return [r for r in results if isinstance(r, Document)]


def _errors(results: list[Document | InputError]) -> list[InputError]:
    return [r for r in results if isinstance(r, InputError)]


def test_a_folder_is_walked_recursively_in_sorted_order_with_relative_ids(write_file, tmp_path: Path) -> None:
    write_file("news/b.txt", REPORT)
    write_file("news/a/z.md", "# Curfew in Bamako\n\nAuthorities ordered a curfew after clashes on Friday.\n")
    write_file("news/a/feed.jsonl", '{"text": "A grenade attack wounded two police officers in Bangui."}\n')
    write_file("news/.hidden/secret.txt", REPORT)
    write_file("news/.DS_Store", b"\x00\x00\x00\x01Bud1")
    write_file("news/photo.jpg", PNG_BYTES)
    write_file("news/notes.log", "Shelling resumed in the eastern districts of the city on Sunday, residents said.\n")
    results = list(read_inputs([str(tmp_path / "news")], IngestOptions()))
    assert [r.doc_id if isinstance(r, Document) else r.origin for r in results] == [
        "a/feed.jsonl:1",
        "a/z.md",
        "b.txt",
        "notes.log",
        str(tmp_path / "news" / "photo.jpg"),
    ]
    assert results[-1] == InputError(str(tmp_path / "news" / "photo.jpg"), "binary file, not text", skipped=True)
    assert _documents(results)[1].title == "Curfew in Bamako"


def test_a_file_argument_keeps_its_name_as_given_and_the_options_date(write_file) -> None:
    path = write_file("one.txt", REPORT)
    [document] = read_path(str(path), IngestOptions(default_published=dt.date(2021, 6, 4)))
    assert isinstance(document, Document)
    assert document.doc_id == str(path) and document.origin == str(path)
    assert document.published == dt.date(2021, 6, 4)
    assert document.title == "Convoy attacked near Mopti"


def test_bad_inputs_give_one_clear_error_each_and_the_batch_goes_on(write_file, tmp_path: Path) -> None:
    good = write_file("good.txt", REPORT)
    binary = write_file("picture.png", PNG_BYTES)
    unknown_binary = write_file("blob.dat", PNG_BYTES)
    empty = write_file("empty.txt", "  \n\n")
    french = write_file("fr.txt", FRENCH)
    spanish = write_file("es.html", f"<html><body><p>{SPANISH}</p></body></html>")
    big = write_file("big.txt", REPORT * 20)
    missing = tmp_path / "missing.txt"
    paths = [binary, missing, empty, french, spanish, big, unknown_binary, good]
    results = list(read_inputs([str(p) for p in paths], IngestOptions(max_text_bytes=1024)))
    assert results[:-1] == [
        InputError(str(binary), "binary file, not text"),
        InputError(str(missing), "no such file"),
        InputError(str(empty), "empty document"),
        InputError(str(french), "not English (looks like French)", skipped=True),
        InputError(str(spanish), "not English (looks like Spanish)", skipped=True),
        InputError(str(big), "document is 2.6 KB, over the 1 KB limit"),
        InputError(str(unknown_binary), "binary file, not text"),
    ]
    assert isinstance(results[-1], Document)


def test_legacy_encodings_are_decoded(write_file) -> None:
    cp1252 = write_file(
        "cp.txt", b"Army\x92s statement\r\n\r\nThe army said the \x93operation\x94 was over \x96 for now.\r\n"
    )
    latin1 = write_file(
        "l1.txt", "Raid near the café\n\nSoldiers searched the café in Gao, witnesses said.\n".encode("latin-1")
    )
    first, second = read_inputs([str(cp1252), str(latin1)], IngestOptions())
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == "Army’s statement\n\nThe army said the “operation” was over – for now.\n"
    assert first.title == "Army’s statement"
    assert second.text.endswith("Soldiers searched the café in Gao, witnesses said.\n")


def test_unknown_extension_that_opens_like_html_is_read_as_html(write_file) -> None:
    path = write_file(
        "page.aspx",
        "<!DOCTYPE html><html><head><title>Bridge blown up in Kherson</title></head><body><article>"
        "<p>A road bridge near Kherson was destroyed by an explosion on Tuesday, officials said.</p>"
        "</article></body></html>",
    )
    [document] = read_path(str(path), IngestOptions())
    assert isinstance(document, Document)
    assert document.title == "Bridge blown up in Kherson"
    assert document.text == "A road bridge near Kherson was destroyed by an explosion on Tuesday, officials said."


def test_stdin_plain_text_is_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(REPORT.encode())))
    [document] = read_inputs(["-"], IngestOptions())
    assert isinstance(document, Document)
    assert (document.doc_id, document.origin, document.title) == ("stdin:1", "stdin", "Convoy attacked near Mopti")
    assert [b.kind for b in document.blocks] == [BlockKind.TITLE, BlockKind.PARAGRAPH]


def test_stdin_replaced_by_a_text_stream_still_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(REPORT))
    [document] = read_path("-", IngestOptions())
    assert isinstance(document, Document) and document.title == "Convoy attacked near Mopti"


def test_stdin_jsonl_is_read_row_by_row() -> None:
    stream = io.BytesIO(
        b'\n{"id": "s1", "text": "Rockets hit the airport in Tripoli on Monday, officials said."}\n'
        b"not json\n"
        b'{"text": "A suicide bomber struck a checkpoint near Mogadishu, police said."}\n'
    )
    first, second, third = read_stdin(stream, IngestOptions())
    assert isinstance(first, Document) and first.doc_id == "s1"
    assert second == InputError("stdin:3", second.reason) and second.reason.startswith("not valid JSON")
    assert isinstance(third, Document) and third.doc_id == "stdin:4"


def test_stdin_jsonl_does_not_wait_for_the_end_of_the_stream() -> None:
    class EndlessFeed(io.RawIOBase):
        line = b'{"text": "Clashes were reported in Sirte overnight, residents said."}\n'

        def readable(self) -> bool:
            return True

        def readline(self, size: int | None = -1) -> bytes:
            return self.line

    results = read_stdin(EndlessFeed(), IngestOptions())
    assert len(list(itertools.islice(results, 3))) == 3


def test_stdin_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    assert list(read_stdin(io.BytesIO(b"\n  \n"), IngestOptions())) == [InputError("stdin", "empty document")]
    assert list(read_stdin(io.BytesIO(FRENCH.encode()), IngestOptions())) == [
        InputError("stdin", "not English (looks like French)", skipped=True)
    ]
    assert list(read_stdin(io.BytesIO(REPORT.encode() * 30), IngestOptions(max_text_bytes=1024))) == [
        InputError("stdin", "document is 3.9 KB, over the 1 KB limit")
    ]
