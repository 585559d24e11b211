"""`eventlens comments`: one JSON object per comment of each page, standalone queues, the article summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import pytest

from eventlens.cli import main
from eventlens.types import SCORE_NAMES

PAGE = """Blast hits market in northern town

A roadside bomb exploded near the central market of the town on Friday, killing two traders, police said.

The interior ministry said an investigation had been opened into the explosion.

Where is the proof? No source named at all, typical.

Good riddance, hope they all die, those rats."""


def _lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_page_comments_as_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "market.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["comments", "--rules-only", str(page)]) == 0
    captured = capsys.readouterr()
    rows = _lines(captured.out)
    assert [row["index"] for row in rows] == [0, 1]
    assert all(row["doc_id"] for row in rows) and all(name in rows[0] for name in SCORE_NAMES)
    assert "disputes_sourcing" in rows[0]["labels"]  # type: ignore[operator]
    assert "celebrates_violence" in rows[1]["labels"]  # type: ignore[operator]
    assert "2 comments, 1 hateful, disputed: sourcing" in captured.err


def test_summary_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "market.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["comments", "--rules-only", "--summary", str(page)]) == 0
    (summary,) = _lines(capsys.readouterr().out)
    assert summary["comments"] == 2 and summary["hateful"] == 1 and summary["disputed"] == ["sourcing"]


@pytest.mark.parametrize(
    ("name", "content", "ids"),
    [
        (
            "queue.jsonl",
            '{"id": "a7", "text": "false flag, obviously"}\n{"id": "b2", "text": "thanks"}\n',
            ["a7", "b2"],
        ),
        ("queue.csv", "id,text\nx1,false flag obviously\nx2,thanks\n", ["x1", "x2"]),
        ("queue.txt", "false flag obviously\n\nthanks\n", ["1", "3"]),
    ],
)
def test_classify_standalone_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, ids: list[str]
) -> None:
    queue = tmp_path / name
    queue.write_text(content, encoding="utf-8")
    assert main(["comments", "--rules-only", "--classify", str(queue)]) == 0
    rows = _lines(capsys.readouterr().out)
    assert [row["id"] for row in rows] == ids
    assert "disputes_attribution" in rows[0]["labels"]  # type: ignore[operator]
    assert "doc_id" not in rows[0]


def test_a_queue_summed_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queue = tmp_path / "queue.txt"
    queue.write_text("false flag obviously\nthanks for the map\nthose people are rats\n", encoding="utf-8")
    assert main(["comments", "--rules-only", "--summary", "--classify", str(queue)]) == 0
    (summary,) = _lines(capsys.readouterr().out)
    assert summary["queue"] == str(queue)
    assert summary["comments"] == 3 and summary["disputed"] == ["attribution"]


def test_nothing_to_read_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["comments"]) == 2


HTML_PAGE = """<html><head><title>Raid near Gao</title></head><body><article>
<h1>Raid near Gao</h1>
<p>Soldiers raided a camp near Gao on Monday and said they had killed nine militants, the army said in a statement.</p>
<p>The claim could not be independently checked, the agency added.</p></article>
<section class="comments">
  <div class="comment"><span class="username">reader1</span><div class="comment-text">
    <p>Nine? The army numbers are always inflated.</p></div></div>
  <div class="comment"><span class="username">reader2</span><div class="comment-text">
    <p>Thank you for covering the north.</p></div></div>
</section></body></html>"""


def test_html_page_comments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "gao.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    assert main(["comments", "--rules-only", str(page)]) == 0
    rows = _lines(capsys.readouterr().out)
    assert [row["index"] for row in rows] == [0, 1]
    assert rows[0]["labels"] == ["disputes_casualties"] and rows[1]["labels"] == []


def test_a_plugged_in_model_scores_the_queue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queue = tmp_path / "queue.txt"
    queue.write_text("Those vermin again.\nNice weather for the match.\n", encoding="utf-8")
    assert (
        main(["comments", "--comment-model", "tests.comments.test_plugin:KeywordModel", "--classify", str(queue)]) == 0
    )
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    # The rules alone give "vermin" 0.9; the plugged-in model is surer.
    assert [row["toxic"] for row in rows] == [0.97, 0.01]


class PickyModel:
    """A plugged-in model whose endpoint times out on long comments."""

    name = "picky"

    def probabilities(self, text: str) -> dict[str, float]:
        if len(text) > 30:
            raise TimeoutError("the endpoint did not answer")
        return {"toxic": 0.1, "identity_attack": 0.0}


def test_a_model_failing_on_a_comment_is_reported_and_the_rest_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queue = tmp_path / "queue.txt"
    queue.write_text("Short one.\nA much longer comment that the endpoint gives up on.\nAnother.\n", encoding="utf-8")
    page = tmp_path / "market.txt"
    page.write_text(PAGE, encoding="utf-8")
    model = "tests.comments.test_cli_comments:PickyModel"
    assert main(["comments", "--comment-model", model, "--classify", str(queue), str(page)]) == 1
    captured = capsys.readouterr()
    assert [row["id"] for row in _lines(captured.out)] == ["1", "3"]
    assert f"{queue}:2: comments not scored by picky+rules-" in captured.err
    assert "market.txt: comments not scored by picky+rules-" in captured.err
    assert "(TimeoutError: the endpoint did not answer)" in captured.err


def test_a_model_that_cannot_load_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["comments", "--comment-model", "nowhere.json", "--classify", "queue.txt"]) == 2
    assert "no comment model file nowhere.json" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "content", "ids", "error"),
    [
        ("queue.jsonl", b'{"id": "a", "text": "thanks"}\n{"id": "b", "text": \n{"id": "c"}\n', ["a"], ":2: not valid"),
        ("queue.csv", b"id,comment\n1,thanks\n", [], "queue.csv: no 'text' column (columns: id, comment)"),
        ("queue.txt", b"", [], "queue.txt: empty file"),
        ("queue.jsonl", b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "ok"}\n', ["a", "b"], None),
    ],
)
def test_classify_reports_what_it_cannot_read_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, ids: list[str], error: str | None
) -> None:
    queue = tmp_path / name
    queue.write_bytes(content)
    code = main(["comments", "--rules-only", "--classify", str(queue)])
    captured = capsys.readouterr()
    assert [row["id"] for row in _lines(captured.out)] == ids
    if error is None:
        # Only the queue's summary line: no error.
        assert code == 0 and captured.err == f"eventlens: {queue}: {len(ids)} comments, 0 hateful, disputed: nothing\n"
    else:
        assert code == 1 and f"eventlens: error: {queue}" in captured.err and error in captured.err
        assert "Traceback" not in captured.err


class BatchModel:
    """Scores a batch at once and records each batch's size (as the MiniLM model encodes a batch together)."""

    batches: ClassVar[list[int]] = []

    def probabilities(self, text: str) -> dict[str, float]:
        raise AssertionError("a batch model is given the queue in batches")

    def probabilities_many(self, texts: list[str]) -> list[dict[str, float]]:
        BatchModel.batches.append(len(texts))
        return [{"toxic": 0.9 if "idiots" in text else 0.1, "identity_attack": 0.0} for text in texts]


def test_a_queue_goes_to_a_batch_model_in_batches(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queue = tmp_path / "queue.txt"
    queue.write_text("".join(f"Comment number {i} about the match, idiots.\n" for i in range(70)), encoding="utf-8")
    BatchModel.batches.clear()
    assert (
        main(["comments", "--comment-model", "tests.comments.test_cli_comments:BatchModel", "--classify", str(queue)])
        == 0
    )
    rows = _lines(capsys.readouterr().out)
    assert BatchModel.batches == [64, 6]
    assert [row["id"] for row in rows] == [str(i) for i in range(1, 71)] and rows[0]["toxic"] == 0.9
