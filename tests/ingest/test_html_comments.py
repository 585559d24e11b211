from __future__ import annotations

from lxml import html

from eventlens.ingest.html_comments import take_comments


def test_comment_divs_in_a_comments_section_are_read_and_taken_out() -> None:
    root = html.document_fromstring(
        """<html><body class="comments-open"><article><p>Report on the raid in Gao.</p>
        <a class="comments-link" href="#c">3 comments</a></article>
        <section class="comments" id="c">
          <div class="comment"><span class="username">desert_fox</span><div class="comment-text">
            <p>Third raid this month.</p></div><span class="date">2 hours ago</span></div>
          <div class="comment"><span class="username">amina.k</span><div class="comment-text">
            Where were the patrols?<br>Nobody answers.</div><a class="reply">Reply</a></div>
        </section></body></html>"""
    )
    comments = take_comments(root)
    assert [(c.author, c.text, c.span) for c in comments] == [
        ("desert_fox", "Third raid this month.", None),
        ("amina.k", "Where were the patrols?\nNobody answers.", None),
    ]
    remaining = root.text_content()
    assert "Third raid" not in remaining
    # A link that only counts the comments, and a body class that says they are open, stay where they were.
    assert "Report on the raid in Gao." in remaining and "3 comments" in remaining


def test_a_page_without_comment_markup_has_no_comments() -> None:
    root = html.document_fromstring("<html><body><article><p>Why did the convoy stop?</p></article></body></html>")
    assert take_comments(root) == []
    assert "convoy" in root.text_content()
