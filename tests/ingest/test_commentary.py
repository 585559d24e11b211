from __future__ import annotations

from pathlib import Path

import pytest

from eventlens.ingest.commentary import find_comment_start, split_comments
from eventlens.ingest.layout import paragraph_spans
from eventlens.ingest.plaintext import document_from_text
from eventlens.types import BlockKind

from .pages import ANALYSIS, COMMENTS, REPORTING


def test_comments_are_found_after_reporting_without_any_marker() -> None:
    assert find_comment_start([*REPORTING, ANALYSIS, *COMMENTS]) == len(REPORTING) + 1


def test_an_article_ending_in_analysis_keeps_its_last_paragraph() -> None:
    assert find_comment_start([*REPORTING, ANALYSIS]) is None


def test_a_mildly_chatty_last_paragraph_alone_is_not_taken() -> None:
    assert find_comment_start([*REPORTING, "Who will protect the traders now?"]) is None


def test_the_first_paragraph_is_never_a_comment() -> None:
    assert find_comment_start(COMMENTS) == 1


def test_a_marker_settles_the_split_even_before_neutral_comments() -> None:
    paragraphs = [*REPORTING, "2 Comments", "The road to Dori was closed again today.", "Thanks for the update."]
    assert find_comment_start(paragraphs) == len(REPORTING)


def test_split_marks_comment_blocks_and_gives_spans_into_the_text() -> None:
    text = "\n\n".join([*REPORTING, ANALYSIS, *COMMENTS]) + "\n"
    blocks, comments = split_comments(text, paragraph_spans(text), first_candidate=1)
    kinds = [block.kind for block in blocks]
    assert kinds == [BlockKind.PARAGRAPH] * 4 + [BlockKind.COMMENT] * 4
    assert [c.text for c in comments] == COMMENTS
    for comment in comments:
        assert comment.span is not None and comment.span.of(text) == comment.text
        assert comment.author is None


def test_author_headers_group_paragraphs_into_comments() -> None:
    text = "\n\n".join(
        [
            REPORTING[0],
            "Leave a Reply",
            "Posted by Amina\nThe checkpoint on the Kaya road has been empty for weeks.",
            "Nobody asks why.",
            "Tom wrote: Sad news, but not a surprise.",
        ]
    )
    blocks, comments = split_comments(text, paragraph_spans(text))
    assert [(c.author, c.text) for c in comments] == [
        ("Amina", "The checkpoint on the Kaya road has been empty for weeks.\n\nNobody asks why."),
        ("Tom", "Sad news, but not a surprise."),
    ]
    comment_blocks = [b.of(text) for b in blocks if b.kind is BlockKind.COMMENT]
    # Markers and header lines are neither reporting nor anybody's words.
    assert "Leave a Reply" not in " ".join(comment_blocks)
    assert comment_blocks[0] == "The checkpoint on the Kaya road has been empty for weeks."
    assert [b.kind for b in blocks].count(BlockKind.PARAGRAPH) == 1


def test_button_labels_saved_with_a_thread_belong_to_no_comment() -> None:
    text = "\n\n".join(
        [REPORTING[0], "Comments (2)", "  Hana wrote: Praying for Kaya.", "Reply", "Omar wrote:\nSame here."]
    )
    _, comments = split_comments(text, paragraph_spans(text))
    assert [(c.author, c.text) for c in comments] == [("Hana", "Praying for Kaya."), ("Omar", "Same here.")]


@pytest.mark.parametrize(
    "ending",
    [
        '"Why did they bomb us? We are farmers, not fighters!" said a man standing by the ruins of his house.',
        "Editor's note: this article was updated on March 3 to correct the number of officers killed.",
        "Whether the truce will hold is anyone's guess. Can the government deliver on its promises?",
        "Follow us on Twitter and subscribe to our newsletter for updates on the story.",
    ],
)
def test_an_article_keeps_endings_that_only_sound_like_comments(ending: str) -> None:
    assert find_comment_start([*REPORTING, ending]) is None


PASTED = Path(__file__).parent.parent / "fixtures" / "comment_texts"


@pytest.mark.parametrize(
    ("page", "body_paragraphs", "comments"),
    [
        # A thread copied with its bylines, timestamps, buttons and sorting: only the words are comments.
        (
            "disqus_paste.txt",
            3,
            [
                ("Idrissa K", "The same bridge was hit in January. Somebody should be guarding it by now."),
                ("Mariam_T", "Where were the patrols they promised after the last time?"),
                ("Samba D.", "Trucks of onions are stuck on both sides since morning. The traders will lose the "
                 "whole load."),
            ],
        ),
        # Facebook: a name alone over the words, a row of buttons under them.
        (
            "facebook_paste.txt",
            2,
            [
                ("Deng Malual", "The camp flooded the same way two years ago. Nothing was built since."),
                ("Achol Garang", "Praying for everyone in the camp."),
            ],
        ),
        # A forum thread: "name · 6 hr. ago" over the words, Reply and Share rows, "12 more replies".
        (
            "reddit_paste.txt",
            2,
            [
                ("user_deng", "The camp flooded the same way two years ago. Nothing was built since."),
                ("nyakim_r", "The road has been raised twice. It still goes under every rainy season."),
            ],
        ),
        # A blog's thread: "Name Says:" and a dated line over the words, Blogger's "Name said...", a lone date.
        (
            "blog_paste.txt",
            2,
            [
                ("Pierre N.", "That road was supposed to be secured months ago."),
                ("Grace", "Same story every dry season.\n\nNobody is held to account."),
                ("Baba Gana", "Good to hear somebody is still reporting from there."),
            ],
        ),
        # No marker at all, one blank line as between paragraphs (like the seed).
        (
            "no_marker.txt",
            3,
            [
                (None, "why would anyone rob a clinic??? shame on them"),
                (None, "I worked in Djibo for three years. The nurses there are the bravest people I know and they "
                 "get nothing for it."),
                (None, "Hope the government finally listens. Stay strong, Djibo."),
            ],
        ),
        # Readers quoting the report: the quotation does not make the comment reporting.
        ("quoting.txt", 2, [(None, "*"), (None, "*"), (None, "*")]),
        # The reporter's analysis and forecast close the report: still the report.
        ("analyst_ending.txt", 3, []),
        # A quoted statement in the first person closes the report: still the report.
        ("first_person_quote.txt", 3, []),
    ],
)  # fmt: skip
def test_pasted_pages_split_where_reporting_ends(
    page: str, body_paragraphs: int, comments: list[tuple[str | None, str]]
) -> None:
    document = document_from_text((PASTED / page).read_text(encoding="utf-8"), doc_id=page, title_from_first_line=True)
    body = [block.of(document.text) for block in document.blocks if block.kind is BlockKind.PARAGRAPH]
    assert len(body) == body_paragraphs, body
    assert len(document.comments) == len(comments)
    for comment, (author, text) in zip(document.comments, comments, strict=True):
        assert comment.author == author
        assert text == "*" or comment.text == text
        assert comment.span is not None and comment.span.of(document.text) == comment.text
    furniture = (
        "Reply",
        "Like",
        "hours ago",
        "hr. ago",
        "Load more",
        "Sort by",
        "Comments",
        "says",
        "2023 at",
        "Share",
        "Edited",
        "6h",
    )
    assert not any(word in comment.text for comment in document.comments for word in furniture)
