"""Reader comments out of HTML markup. The comment sections of common systems are own-words pages as saved
pages show them (tests/fixtures/comment_pages): each comment with its author and only its own words, replies
apart, and the article body whole and without them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html

from eventlens.ingest.html_comments import take_comments
from eventlens.ingest.html_page import document_from_html

PAGES = Path(__file__).parent.parent / "fixtures" / "comment_pages"

# Page -> the comments (author, text) and the start of each body paragraph.
EXPECTED: dict[str, tuple[list[tuple[str | None, str]], list[str]]] = {
    "wordpress.html": (
        [
            ("Hassan Idris", "My uncle works near that station. The town has had no proper shelter since last year."
             "\n\nWho is going to pay for the wounded?"),
            ("Desk Editor", "Thank you, we are asking the hospital for an update."),
            ("Amal", "Pray for Kadugli."),
        ],
        ["Three mortar rounds landed", "A spokesman for the state government declined to comment",
         "Residents said buses"],
    ),
    "wordpress_classic.html": (
        [
            ("Pierre N.", "That road was supposed to be secured months ago."),
            ("Grace", "Same story every dry season.\n\nNobody is held to account."),
        ],
        ["Armed men attacked a gendarmerie checkpoint", "The attackers fled"],
    ),
    "drupal.html": (
        [
            ("Yusra", "The market feeds half the valley. Closing it hurts everyone."),
            ("Darfur Weekly desk", "We spoke to two traders today; the market is due to reopen on Monday."),
        ],
        ["Fighting between two armed groups", "Traders said gunfire"],
    ),
    "disqus.html": (
        [
            ("Salem M.", "Who benefits from burning fuel in a city that already has none?\n\nAsk that first."),
            ("Noor", "The depot supplied the hospital generators too."),
            ("Guest", "Stay safe, Marib."),
        ],
        ["A drone struck a fuel depot", "Smoke could be seen"],
    ),
    "disqus_noscript.html": ([], ["Authorities in Aden extended", "Shops must close"]),
    # Saved with SingleFile: the thread's frame inline in srcdoc (and a video frame, which is no thread).
    "disqus_singlefile.html": (
        [
            ("Salem M.", "Who benefits from burning fuel in a city that already has none?\n\nAsk that first."),
            ("Noor", "The depot supplied the hospital generators too."),
            ("Guest", "Stay safe, Marib."),
        ],
        ["A drone struck a fuel depot", "Smoke could be seen"],
    ),
    "coral.html": (
        [
            ("sahel_watcher", "Aguelhok has been cut off for months. The patrol will leave again on Wednesday."),
            ("fatou.b", "My brother serves there. Thank you for writing about it."),
        ],
        ["Gunmen attacked a police station", "The army said"],
    ),
    "discourse.html": (
        [
            ("musa_k", "That road needs army escorts again, like in 2021."),
            ("ladi", "Escorts did not stop it last time either.\n\nPeople now take the train when it runs."),
        ],
        ["Gunmen stopped two buses", "A police spokesman said"],
    ),
    "facebook.html": (
        [
            ("Deng Malual", "The camp flooded the same way two years ago. Nothing was built since."),
            ("Achol Garang", "Praying for everyone in the camp."),
        ],
        ["Floodwater has cut the road", "Camp leaders said"],
    ),
    "livefyre.html": (
        [
            ("Bahati", "The price doubled in one month. What did they expect?"),
            ("Kavira", "Looting small shops punishes the wrong people."),
        ],
        ["Police in Goma fired tear gas", "The provincial governor"],
    ),
    "blogger.html": (
        [
            ("Zainab", "We heard the blasts from Bulumkutu. The children did not sleep."),
            ("Anonymous", "Same in Gwange. Stay safe."),
        ],
        ["Rockets fell on the outskirts", "By morning the roads"],
    ),
    "blogger_classic.html": (
        [
            ("Baba Gana", "Good to hear the market is back. Grain prices are the real story."),
            ("Anonymous", "Thank you for these diaries."),
        ],
        ["The Monday market in Monguno", "Prices of grain"],
    ),
    "microdata.html": (
        [
            ("Oumar T.", "That bridge was rebuilt only last spring."),
            ("Aminata", "And it will be rebuilt again. Patience."),
        ],
        ["Unidentified men blew up", "Nobody was hurt"],
    ),
    "jsonld.html": (
        [
            ("Eric N.", "Another grenade, another bar. Nobody is ever arrested."),
            ("Claudine", "They arrested two men last year, for the record."),
            (None, "Stay safe, Bujumbura."),
        ],
        ["A grenade thrown into a crowded bar", "Police said they had opened"],
    ),
    "forum_posting.html": (
        [("oleh", "My aunt lives in one of those blocks. She is fine.")],
        ["Local officials said shelling damaged"],
    ),
    "no_comments.html": (
        [],
        ["Government troops said on Wednesday", "A defence ministry spokesman declined to comment",
         "Residents who fled in March said they would not comment"],
    ),
}  # fmt: skip

# Words of the comment sections' furniture: none may reach a comment or the body.
FURNITURE = (
    "Reply", "Like", "Load more", "Load More", "Show More", "says", "said", "Vote", "hours ago", "Permalink",
    "Delete", "Edit", "Share", "Report", "Respect", "comments", "Comments", "Leave a", "Post a Comment",
    "Subscriber", "in reply to", "In reply to", "Flag", "Sort by", "2021 at", "2022 at",
)  # fmt: skip


_FURNITURE = re.compile(r"\b(?:" + "|".join(map(re.escape, FURNITURE)) + r")\b")


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_each_comment_system_gives_its_comments_and_the_whole_body(page: str) -> None:
    document = document_from_html((PAGES / page).read_text(encoding="utf-8"), doc_id=page)
    comments, body_starts = EXPECTED[page]
    assert [(c.author, c.text) for c in document.comments] == comments
    paragraphs = document.text.split("\n\n")
    assert len(paragraphs) == len(body_starts), paragraphs
    for paragraph, start in zip(paragraphs, body_starts, strict=True):
        assert paragraph.startswith(start)
    for comment in document.comments:
        assert not _FURNITURE.search(comment.text), comment.text
        assert comment.author is None or not _FURNITURE.search(comment.author), comment.author
    for _, text in comments:
        assert text.split("\n")[0] not in document.text


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


def test_a_post_filed_under_comment_is_no_comment_section() -> None:
    root = html.document_fromstring(
        """<html><body><article class="post category-comment tag-comments"><h1>Opinion</h1>
        <p>The ceasefire will not hold without monitors.</p></article></body></html>"""
    )
    assert take_comments(root) == []
    assert "ceasefire" in root.text_content()


def test_the_byline_before_the_words_names_the_writer() -> None:
    # Blogger's classic layout: <dt> byline, <dd> words, no element holding both.
    root = html.document_fromstring(
        """<html><body><div id="comments"><dl><dt class="comment-author">Musa said...</dt>
        <dd class="comment-body"><p>Good report.</p></dd><dt class="comment-author">Ada said...</dt>
        <dd class="comment-body"><p>Thanks.</p></dd></dl></div></body></html>"""
    )
    assert [(c.author, c.text) for c in take_comments(root)] == [("Musa", "Good report."), ("Ada", "Thanks.")]


def test_a_reply_nested_in_its_parent_is_its_own_comment_with_its_own_author() -> None:
    root = html.document_fromstring(
        """<html><body><div class="comments"><div class="comment"><span class="author">Rex</span>
        <div class="comment-text">First.</div><div class="comment"><span class="author">Ida</span>
        <div class="comment-text">Second.</div></div></div></div></body></html>"""
    )
    assert [(c.author, c.text) for c in take_comments(root)] == [("Rex", "First."), ("Ida", "Second.")]


def test_a_comment_without_a_byline_does_not_take_the_one_before() -> None:
    root = html.document_fromstring(
        """<html><body><ol class="commentlist"><li><cite>Ana</cite><p>One.</p></li><li><p>Two.</p></li></ol>
        <div class="comments"><div class="c"><span class="author">Ola</span><div class="comment-text">Three.</div>
        </div><div class="c"><div class="comment-text">Four.</div></div></div></body></html>"""
    )
    assert [(c.author, c.text) for c in take_comments(root)] == [
        ("Ana", "One."),
        (None, "Two."),
        ("Ola", "Three."),
        (None, "Four."),
    ]


def test_an_article_under_a_class_that_mentions_comments_is_kept() -> None:
    paragraph = "Gunmen attacked a market in the town on Friday, killing three traders, police said. " * 3
    root = html.document_fromstring(
        f"""<html><body><div class="entry-content comments-enabled-area"><p>{paragraph}</p><p>{paragraph}</p></div>
        <div id="comments"><div class="comment"><span class="author">Posted by Sam</span>
        <div class="comment-content">Sad.</div></div></div></body></html>"""
    )
    assert [(c.author, c.text) for c in take_comments(root)] == [("Sam", "Sad.")]
    assert root.text_content().count("Gunmen attacked") == 6


@pytest.mark.parametrize("words_class", ["vf-comment-html", "vf-content-text vf-comment__content-editor"])
def test_viafoura_comment_words(words_class: str) -> None:
    root = html.document_fromstring(
        f"""<html><body><div class="vf-comments"><div class="vf-comment-container">
        <span class="vf-username">amani</span><time>1h</time><div class="{words_class}"><p>Stay safe, Goma.</p></div>
        <button>Like</button><button>Reply</button></div></div></body></html>"""
    )
    assert [(c.author, c.text) for c in take_comments(root)] == [("amani", "Stay safe, Goma.")]
