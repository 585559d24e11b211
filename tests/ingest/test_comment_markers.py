from __future__ import annotations

import pytest

from eventlens.ingest.comment_markers import author_header, is_comment_ui_line, is_section_marker


@pytest.mark.parametrize(
    "line",
    ["Comments", "12 Comments", "Reader comments", "Leave a Reply", "3 thoughts on “Raid in Kaya”", "Comments (4)"],
)
def test_section_markers(line: str) -> None:
    assert is_section_marker(line)


@pytest.mark.parametrize("line", ["Comments from the minister were not available.", "The comments section"])
def test_sentences_about_comments_are_not_markers(line: str) -> None:
    assert not is_section_marker(line)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted by Amadou_B", "Amadou_B"),
        ("Posted by Sara K. | March 3, 2021", "Sara K."),
        ("Ibrahim wrote:", "Ibrahim"),
        ("Jo Lee on March 3, 2021 at 5:02 pm", "Jo Lee"),
    ],
)
def test_author_headers(line: str, author: str) -> None:
    header = author_header(line)
    assert header is not None and header.author == author


def test_reporting_lines_are_not_author_headers() -> None:
    assert author_header("The spokesman wrote: the situation is calm.") is None
    assert author_header("Police said two men were held.") is None


def test_button_labels() -> None:
    assert is_comment_ui_line("Reply") and is_comment_ui_line("12 likes")
    assert not is_comment_ui_line("Reply to the governor's statement was swift.")
