from __future__ import annotations

import datetime as dt
import itertools
import json
import tracemalloc

from eventlens.ingest import IngestOptions
from eventlens.ingest.tabular import read_csv_file, read_jsonl_file, read_jsonl_lines
from eventlens.types import Document, InputError

CUSTOM = IngestOptions(text_column="body", id_column="ref", published_column="date", title_column="headline")


def test_csv_with_custom_columns_dates_and_row_ids(write_file) -> None:
    path = write_file(
        "rows.csv",
        "ref,headline,body,date,source\n"
        'r1,Shelling near Hama,"Artillery hit a village near Hama on Monday, killing three civilians, a monitor said.",'
        "9-May-20,Wire\n"
        ',,"Police said two people were hurt when a grenade went off in a market.",4/5/17,\n'
        "r3,,,,\n",
    )
    first, second, third = read_csv_file(str(path), name="rows.csv", options=CUSTOM)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.doc_id, first.title, first.published, first.source) == (
        "r1",
        "Shelling near Hama",
        dt.date(2020, 5, 9),
        "Wire",
    )
    assert first.text.startswith("Artillery hit a village")
    assert (second.doc_id, second.published, second.origin) == ("rows.csv:3", dt.date(2017, 4, 5), f"{path}:3")
    assert third == InputError(f"{path}:4", "empty document")


def test_csv_missing_the_text_column_names_it_and_the_columns_there_are(write_file) -> None:
    path = write_file("bad.csv", "id,content,date\n1,Some words,2020-01-01\n")
    [error] = read_csv_file(str(path), name="bad.csv", options=IngestOptions())
    assert error == InputError(str(path), "no 'text' column (columns: id, content, date)")


def test_csv_multiline_quoted_field_keeps_its_line_numbers(write_file) -> None:
    path = write_file(
        "multi.csv",
        'id,text\n,"Gunmen attacked a bus near Kaga Bandoro.\n\nThe driver was killed, officials said."\n'
        ",A second row reports a grenade attack in Bangui on Friday.\n",
    )
    first, second = read_csv_file(str(path), name="multi.csv", options=IngestOptions())
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.doc_id == "multi.csv:2" and len(first.blocks) == 2
    assert second.doc_id == "multi.csv:5"


def test_tab_separated_and_windows_1252_rows(write_file) -> None:
    path = write_file("rows.tsv", b"id\ttext\nx1\tThe army\x92s statement said four soldiers died near Mopti.\n")
    [document] = read_csv_file(str(path), name="rows.tsv", options=IngestOptions())
    assert (
        isinstance(document, Document) and document.text == "The army’s statement said four soldiers died near Mopti."
    )


def test_jsonl_bad_lines_are_errors_and_the_rest_goes_on(write_file) -> None:
    lines = [
        json.dumps(
            {
                "id": "j1",
                "text": "Two soldiers died in an ambush near Tillaberi, officials said.",
                "published": "Wed 05 Apr 2017",
                "url": "https://example.org/a",
                "source": "Sahel Wire",
            }
        ),
        "{not json",
        "",
        json.dumps({"text": "Des hommes armés ont attaqué un poste de police à Kidal mardi soir, selon la police."}),
        json.dumps([1, 2]),
        json.dumps({"id": 7, "title": "No text here"}),
        json.dumps({"text": "Gunmen kidnapped four aid workers on the road to Kaga Bandoro on Sunday."}),
    ]
    path = write_file("feed.jsonl", "\n".join(lines) + "\n")
    results = list(read_jsonl_file(str(path), name="feed.jsonl", options=IngestOptions()))
    first = results[0]
    assert isinstance(first, Document)
    assert (first.doc_id, first.published, first.url, first.source) == (
        "j1",
        dt.date(2017, 4, 5),
        "https://example.org/a",
        "Sahel Wire",
    )
    errors = results[1:5]
    assert errors[0].origin == f"{path}:2" and errors[0].reason.startswith("not valid JSON")
    assert errors[1] == InputError(f"{path}:4", "not English (looks like French)", skipped=True)
    assert errors[2] == InputError(f"{path}:5", "not a JSON object")
    assert errors[3] == InputError(f"{path}:6", "no 'text' field")
    last = results[5]
    assert isinstance(last, Document) and last.doc_id == "feed.jsonl:7"


def test_jsonl_uses_the_usual_field_names_when_the_options_name_csv_columns(write_file) -> None:
    path = write_file("feed.jsonl", json.dumps({"id": "k", "text": "Clashes broke out in Tripoli on Friday."}) + "\n")
    [document] = read_jsonl_file(str(path), name="feed.jsonl", options=CUSTOM)
    assert isinstance(document, Document) and document.doc_id == "k"


def test_oversize_row(write_file) -> None:
    path = write_file("big.jsonl", json.dumps({"text": "Shelling hit the old town again. " * 100}) + "\n")
    [error] = read_jsonl_file(str(path), name="big.jsonl", options=IngestOptions(max_text_bytes=1024))
    assert error == InputError(f"{path}:1", "document is 3.2 KB, over the 1 KB limit")


def test_jsonl_is_read_lazily(write_file) -> None:
    row = json.dumps({"text": "A mortar round hit a school yard in Idlib, the monitor said."})
    path = write_file("long.jsonl", "\n".join([row] * 100_000) + "\n")
    tracemalloc.start()
    try:
        results = read_jsonl_file(str(path), name="long.jsonl", options=IngestOptions())
        first, second = next(results), next(results)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(second, Document) and second.doc_id == "long.jsonl:2"
    assert peak < path.stat().st_size / 20, "the whole file was loaded to give two documents"
    assert isinstance(first, Document)


def test_an_endless_stream_of_lines_still_gives_documents() -> None:
    endless = itertools.repeat(b'{"text": "Clashes were reported in Sirte overnight, residents said."}\n')
    results = read_jsonl_lines(endless, name="stdin", origin="stdin", options=IngestOptions())
    assert [d.doc_id for d in itertools.islice(results, 3) if isinstance(d, Document)] == [
        "stdin:1",
        "stdin:2",
        "stdin:3",
    ]


def test_a_nul_in_a_json_line_becomes_a_replacement_character() -> None:
    """PostgreSQL's text columns refuse NUL: a report (or a comment pasted under it) holding one is still stored."""
    record = {
        "id": "post\u00001",
        "title": "Blast in the market\u0000",
        "text": "A bomb went off in the market on Friday, killing two, police said.\n\nAmina wrote: who says so\u0000?",
    }
    lines = [json.dumps(record).encode("utf-8")]
    (document,) = read_jsonl_lines(lines, name="queue.jsonl", origin="queue.jsonl", options=IngestOptions())
    assert isinstance(document, Document)
    assert "\x00" not in document.text + (document.title or "") + document.doc_id
    assert document.text.endswith("who says so\ufffd?") and document.doc_id == "post\ufffd1"
