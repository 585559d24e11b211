from __future__ import annotations

import pytest

from eventlens.ingest.comment_markers import author_header, is_comment_ui_line, is_section_marker, is_timestamp_line


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


@pytest.mark.parametrize(
    ("line", "author"),
    [("Idrissa K • 3 hours ago", "Idrissa K"), ("mariam_t · 4 Mar 2023", "mariam_t"), ("Sam | yesterday", "Sam")],
)
def test_thread_bylines_copied_from_a_page(line: str, author: str) -> None:
    header = author_header(line)
    assert header is not None and header.author == author


def test_a_reporters_byline_is_not_a_comment_header() -> None:
    assert author_header("By Sara Kone • 3 hours ago") is None


@pytest.mark.parametrize("line", ["Reply · Like · 5", "Like • Reply", "Share ›", "Sort by Newest", "3 votes | Reply"])
def test_button_rows_and_sorting(line: str) -> None:
    assert is_comment_ui_line(line)


@pytest.mark.parametrize("line", ["3 hours ago", "March 4, 2023 at 9:12 am", "on 4 Mar 2023, 10:15", "12/03/2021"])
def test_timestamps_on_their_own_line(line: str) -> None:
    assert is_timestamp_line(line)


def test_a_sentence_with_a_date_is_no_timestamp_line() -> None:
    assert not is_timestamp_line("Three hours ago the road was reopened.")
    assert not is_timestamp_line("March 4, 2023 was the day the bridge fell.")


def test_load_more_comments_opens_or_closes_a_thread() -> None:
    assert is_section_marker("Load more comments") and is_section_marker("Show 12 more comments")
