from __future__ import annotations

import datetime as dt

import pytest

from eventlens.ingest.errors import InputProblem
from eventlens.ingest.html_page import decode_html, document_from_html
from eventlens.types import BlockKind

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Truck bomb hits market in Sarmada | Northern Monitor</title>
<meta property="og:site_name" content="Northern Monitor">
<link rel="canonical" href="https://monitor.example/2019/03/sarmada-blast">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "datePublished": "2019-03-14T08:30:00+02:00",
 "publisher": {"@type": "Organization", "name": "Northern Monitor Ltd"}}]}
</script>
<style>.lead { font-weight: bold }</style>
</head>
<body class="post single comments-open">
<header class="site-header"><nav><a href="/">Home</a><a href="/world">World news</a></nav></header>
<main>
<article class="post">
<header><h1>Truck bomb hits market in Sarmada</h1><time datetime="2019-03-14">14 March</time></header>
<div class="share-tools"><a>Share on social media</a></div>
<div class="entry-content">
<p class="lead">A truck packed with explosives blew up beside a vegetable market in Sarmada on Thursday, killing
six people, local medics said.</p>
<p>No group has said it was behind the blast.<br>Rescue teams searched the rubble until noon.</p>
<script>trackPageView();</script>
<p>The town sits a few kilometres from the Turkish border.</p>
</div>
</article>
<aside class="sidebar"><p>Most read this week: a long list of unrelated stories about the weather.</p></aside>
<section id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on this story</h2>
<ol class="comment-list">
<li class="comment" id="comment-11"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Rami K</b> <span>says:</span></div>
<div class="comment-metadata"><time datetime="2019-03-14T10:00">March 14, 2019 at 10:00 am</time></div></footer>
<div class="comment-content"><p>Another week, another bomb. When does it end?</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
</article>
<ol class="children"><li class="comment" id="comment-12"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Lena</b></div></footer>
<div class="comment-content"><p>Not soon, I am afraid.</p><p>Thoughts with the families.</p></div>
</article></li></ol>
</li>
</ol>
<div id="respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea><button>Post</button></form></div>
</section>
</main>
<footer class="site-footer"><p>Copyright Northern Monitor. All rights reserved.</p></footer>
</body></html>
"""


def test_article_body_title_metadata_and_comments_are_told_apart() -> None:
    document = document_from_html(PAGE, doc_id="sarmada.html")
    assert document.title == "Truck bomb hits market in Sarmada"
    assert document.source == "Northern Monitor"
    assert document.published == dt.date(2019, 3, 14)
    assert document.url == "https://monitor.example/2019/03/sarmada-blast"
    assert document.text == (
        "A truck packed with explosives blew up beside a vegetable market in Sarmada on Thursday, killing "
        "six people, local medics said.\n\n"
        "No group has said it was behind the blast.\nRescue teams searched the rubble until noon.\n\n"
        "The town sits a few kilometres from the Turkish border."
    )
    assert [b.of(document.text)[:20] for b in document.blocks] == [
        "A truck packed with ",
        "No group has said it",
        "The town sits a few ",
    ]
    assert all(b.kind is BlockKind.PARAGRAPH for b in document.blocks)
    assert [(c.author, c.text, c.span) for c in document.comments] == [
        ("Rami K", "Another week, another bomb. When does it end?", None),
        ("Lena", "Not soon, I am afraid.\n\nThoughts with the families.", None),
    ]
    for noise in ("Home", "Share on", "Most read", "Copyright", "trackPageView", "Leave a Reply"):
        assert noise not in document.text


def test_page_without_article_tag_uses_the_densest_paragraph_container() -> None:
    page = """<html><head><title>Curfew in Bamako - Sahel Daily</title></head><body>
    <div id="menu"><p>Home</p><p>About</p></div>
    <div class="wrap"><div class="story">
    <p>Authorities in Bamako imposed a night curfew on Friday after two days of clashes between protesters and
    police left at least eleven people dead, the health ministry said.</p>
    <p>Shops in the city centre stayed shut and the main bridges over the Niger were closed to traffic.</p>
    </div><div class="blurb"><p>Short promo text.</p></div></div>
    <ul class="commentlist"><li><span class="author">Moussa</span><p>Stay safe everyone in Bamako.</p></li></ul>
    </body></html>"""
    document = document_from_html(page, doc_id="bamako.html", default_published=dt.date(2020, 7, 11))
    assert document.title == "Curfew in Bamako"
    assert document.published == dt.date(2020, 7, 11)
    assert document.text.startswith("Authorities in Bamako imposed a night curfew")
    assert document.text.endswith("closed to traffic.")
    assert "promo" not in document.text and "Home" not in document.text
    assert [(c.author, c.text) for c in document.comments] == [("Moussa", "Stay safe everyone in Bamako.")]


def test_itemprop_comments_and_time_datetime() -> None:
    page = """<html><body><article><h1>Ambush on the Tillaberi road</h1>
    <time datetime="2021-01-02T09:00:00Z">Jan 2</time>
    <div itemprop="articleBody"><p>Gunmen ambushed a convoy on the road north of Tillaberi on Saturday, killing
    seven soldiers, the defence ministry said.</p></div></article>
    <div class="discussion"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
    <span itemprop="author">Idrissa</span><p itemprop="text">That road has been deadly for years.</p></div></div>
    </body></html>"""
    document = document_from_html(page, doc_id="t.html")
    assert document.title == "Ambush on the Tillaberi road"
    assert document.published == dt.date(2021, 1, 2)
    assert document.comments[0].author == "Idrissa"
    assert document.comments[0].text == "That road has been deadly for years."
    assert "deadly for years" not in document.text


def test_a_page_with_no_text_is_an_empty_document() -> None:
    with pytest.raises(InputProblem, match="empty document"):
        document_from_html(
            "<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>", doc_id="x"
        )


def test_meta_charset_is_honoured() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>It\x92s over.</p></body></html>'.encode("latin-1")
    assert "It’s over." in decode_html(page)
