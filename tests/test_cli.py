"""The `eventlens` command line, run in-process: extract, read, evaluate, schema."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from eventlens.cli import main
from eventlens.pipeline import Pipeline
from eventlens.types import EventRecord

GOOD = (
    "Bomb kills two policemen in Kirkuk\n\n"
    "A roadside bomb exploded near a police patrol in Kirkuk on Thursday, killing two policemen, officials said.\n"
)
# Windows-1252: 0x92 is the right single quote of "army's".
LEGACY = (
    b"Clashes south of Taiz\n\n"
    b"Fighters loyal to the government clashed with Houthi rebels south of Taiz on Sunday, and the army\x92s "
    b"commanders said four fighters were killed.\n"
)
FRENCH = (
    "Attaque contre un poste de police\n\n"
    "Des hommes armés ont attaqué un poste de police dans le centre de la ville, selon les autorités. Les "
    "assaillants ont pris la fuite après une heure de combat et la police a ouvert une enquête.\n"
)
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Shelling hits Idlib suburb | Frontline Desk</title>
<meta property="og:site_name" content="Frontline Desk">
<meta property="article:published_time" content="2019-05-02T09:00:00Z">
</head><body class="post single comments-open">
<article class="post">
<header><h1>Shelling hits Idlib suburb</h1></header>
<div class="entry-content">
<p>Government forces shelled a residential suburb of Idlib city on Wednesday, killing three civilians, according to
the White Helmets.</p>
<p>Rescue workers pulled two children from the rubble of a collapsed house later that evening.</p>
</div>
</article>
<section id="comments" class="comments-area"><ol class="comment-list">
<li class="comment"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Omar</b></div></footer>
<div class="comment-content"><p>Rebels ambushed an army convoy near my village yesterday and killed ten soldiers.</p></div>
</article></li>
</ol></section>
</body></html>
"""


@pytest.fixture(scope="module", autouse=True)
def _warm(pipeline: Pipeline) -> None:
    """The CLI builds its own Pipeline; the session's shares the cached model, actors and gazetteer."""


def _records(out: str) -> list[EventRecord]:
    return [EventRecord.model_validate_json(line) for line in out.splitlines() if line.strip()]


def _stderr_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


def test_extract_prints_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "kirkuk.txt"
    article.write_text(GOOD, encoding="utf-8")
    status = main(["extract", str(article), "--published", "2018-07-06", "--no-progress"])
    out, err = capsys.readouterr()
    assert status == 0
    records = _records(out)
    assert records
    main_event = max(records, key=lambda r: r.confidence)
    assert main_event.sub_event_type == "Remote explosive/landmine/IED"
    assert main_event.event_date == "2018-07-05"  # the Thursday before publication
    assert main_event.fatalities == 2
    for record in records:
        for evidence in record.evidence:
            assert GOOD[evidence.start : evidence.end] == evidence.text
    assert f"{len(records)} events; 0 inputs failed" in err


def test_extract_over_a_folder_reports_each_bad_input_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "legacy.txt").write_bytes(LEGACY)
    (folder / "french.txt").write_text(FRENCH, encoding="utf-8")

    status = main(["extract", str(folder), "--published", "2018-07-06", "--no-progress"])
    out, err = capsys.readouterr()

    assert status == 1
    records = _records(out)
    assert {r.doc_id for r in records} == {"good.txt", "legacy.txt"}
    assert "Traceback" not in err
    lines = _stderr_lines(err)
    per_input = {name: [line for line in lines if name in line] for name in ("image", "empty", "french", "good")}
    assert len(per_input["image"]) == 1 and "error" in per_input["image"][0]
    assert len(per_input["empty"]) == 1 and "error" in per_input["empty"][0]
    assert len(per_input["french"]) == 1 and "skipped" in per_input["french"][0]
    assert "French" in per_input["french"][0]
    assert per_input["good"] == []
    assert "2 inputs failed, 1 skipped" in lines[-1]


def test_a_skipped_input_alone_does_not_fail_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "french.txt").write_text(FRENCH, encoding="utf-8")
    status = main(["extract", str(tmp_path), "--published", "2018-07-06", "--no-progress"])
    out, err = capsys.readouterr()
    assert status == 0
    assert _records(out)
    assert "skipped" in err


def test_a_cp1252_file_is_decoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(LEGACY)
    assert main(["read", "--json", str(legacy)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert "army\u2019s commanders" in json.loads(line)["text"]


def test_several_outputs_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "kirkuk.txt"
    article.write_text(GOOD, encoding="utf-8")
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.csv", tmp_path / "c.geojson"
    args = ["extract", str(article), "--published", "2018-07-06", "--no-progress"]
    status = main([*args, "-o", str(a), "-o", str(b), "-o", str(c)])
    out, _ = capsys.readouterr()
    assert status == 0
    assert out == ""
    jsonl = _records(a.read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO(b.read_text(encoding="utf-8"))))
    collection = json.loads(c.read_text(encoding="utf-8"))
    assert jsonl
    assert [row["event_id"] for row in rows] == [r.event_id for r in jsonl]
    assert collection["type"] == "FeatureCollection"
    assert [f["id"] for f in collection["features"]] == [r.event_id for r in jsonl]


def test_format_csv_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "kirkuk.txt"
    article.write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(article), "--published", "2018-07-06", "--no-progress", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows
    assert rows[0]["doc_id"].endswith("kirkuk.txt")
    assert rows[0]["sub_event_type"] == "Remote explosive/landmine/IED"


def test_extract_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode("utf-8")), encoding="utf-8"))
    assert main(["extract", "-", "--published", "2018-07-06", "--no-progress"]) == 0
    records = _records(capsys.readouterr().out)
    assert records and all(r.doc_id.startswith("stdin") for r in records)


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "schema_version" in schema
    assert "event_id" in schema["properties"]
    assert "certainty" in schema["properties"]


def test_read_shows_title_body_and_comments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["read", str(page)]) == 0
    out = capsys.readouterr().out
    assert "Shelling hits Idlib suburb" in out
    assert "2019-05-02" in out
    assert "Government forces shelled a residential suburb" in out
    assert "1 reader comments" in out
    assert "(Omar) Rebels ambushed an army convoy" in out
    # The comment is listed after the body, never inside it.
    body = out.split("reader comments")[0]
    assert "ambushed" not in body


def test_read_json_separates_body_and_comments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["read", "--json", str(page)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Shelling hits Idlib suburb"
    assert data["source"] == "Frontline Desk"
    assert "Rescue workers" in data["body"]
    assert "ambushed" not in data["body"]
    assert data["comments"] == [{"text": "Rebels ambushed an army convoy near my village yesterday and killed ten "
                                 "soldiers.", "author": "Omar"}]  # fmt: skip


def test_comments_of_a_page_never_become_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["extract", str(page), "--no-progress"]) == 0
    records = _records(capsys.readouterr().out)
    assert records
    assert all("ambushed" not in e.text for r in records for e in r.evidence)
    assert all(r.sub_event_type != "Armed clash" for r in records)


@pytest.mark.parametrize("value", ["2018-13-45", "6 July 2018", "yesterday"])
def test_a_bad_published_date_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["extract", "whatever.txt", "--published", value])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--published" in err
    assert "YYYY-MM-DD" in err
    assert "Traceback" not in err


def test_evaluate_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.csv"
    assert main(["evaluate", str(missing), "--gold", "acled"]) == 2
    err = capsys.readouterr().err
    assert "no such file" in err
    assert str(missing) in err
    assert "Traceback" not in err


def test_an_unwritable_output_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "kirkuk.txt"
    article.write_text(GOOD, encoding="utf-8")
    target = tmp_path / "no-such-folder" / "out.jsonl"
    status = main(["extract", str(article), "--no-progress", "-o", str(target)])
    err = capsys.readouterr().err
    assert status == 2
    assert "cannot write" in err


def test_a_missing_input_fails_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["extract", str(tmp_path / "missing.txt"), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1
    assert "missing.txt" in err


def test_a_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([])
    assert exited.value.code == 2


def test_evaluate_on_a_file_of_another_gold_kind_is_a_usage_error(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "not_acled.csv"
    path.write_text("eventid,summary\n1,01/02/2021: Gunmen attacked a checkpoint.\n", encoding="utf-8")
    assert main(["evaluate", str(path), "--gold", "acled", "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "not acled gold data" in err and "Traceback" not in err
