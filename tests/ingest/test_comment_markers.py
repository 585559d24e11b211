from __future__ import annotations

import pytest

from eventlens.ingest.comment_markers import (
    author_header,
    is_comment_ui_line,
    is_reply_row,
    is_section_marker,
    is_timestamp_line,
    name_over_words,
)


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
        ("Pierre N. Says:", "Pierre N."),
        ("Baba Gana said...", "Baba Gana"),
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


@pytest.mark.parametrize("line", ["Like · Reply · 6h", "Like · Reply · 5h · Edited", "Reply", "View 4 more replies"])
def test_rows_with_a_reply_button(line: str) -> None:
    assert is_reply_row(line)


def test_share_alone_is_no_reply_row() -> None:
    # A "Share" button may follow an article's own paragraph.
    assert is_comment_ui_line("Share") and not is_reply_row("Share")


def test_a_name_alone_over_the_words_and_a_reply_row() -> None:
    assert name_over_words("Deng Malual\nThe camp flooded again.\nLike · Reply · 6h") == "Deng Malual"
    assert name_over_words("Deng Malual\nThe camp flooded again.") is None  # no buttons: no thread
    assert name_over_words("The camp flooded again and again this year.\nMore rain is due.\nReply") is None


@pytest.mark.parametrize("line", ["6h", "6 hr. ago", "5 min ago", "2d"])
def test_short_timestamps(line: str) -> None:
    assert is_timestamp_line(line)
