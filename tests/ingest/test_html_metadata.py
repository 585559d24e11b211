from __future__ import annotations

import datetime as dt

import pytest
from lxml import html

from eventlens.ingest.html_metadata import page_metadata, strip_site_name


def test_metadata_prefers_og_tags_then_json_ld() -> None:
    root = html.document_fromstring(
        """<html><head><title>Old title - Wire</title>
        <meta property="og:title" content="Shelling resumes in Donetsk | Eastern Wire">
        <script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "Tue, 14 Feb 2023 09:00:00 GMT",
        "publisher": {"name": "Eastern Wire"}}]</script>
        <meta property="og:url" content="https://wire.example/donetsk"></head><body><p>x</p></body></html>"""
    )
    metadata = page_metadata(root)
    assert metadata.title == "Shelling resumes in Donetsk"
    assert metadata.source == "Eastern Wire"
    assert metadata.published == dt.date(2023, 2, 14)
    assert metadata.url == "https://wire.example/donetsk"


def test_metadata_falls_back_to_h1_and_time() -> None:
    root = html.document_fromstring(
        "<html><body><h1>Strike on fuel depot</h1><time datetime='2022-06-01'>1 June</time><p>x</p></body></html>"
    )
    metadata = page_metadata(root)
    assert (metadata.title, metadata.published, metadata.source) == ("Strike on fuel depot", dt.date(2022, 6, 1), None)


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Car bomb kills five in Idlib | The Daily Outlet", None, "Car bomb kills five in Idlib"),
        ("Outlet News - Car bomb kills five in Idlib", "Outlet News", "Car bomb kills five in Idlib"),
        ("Car bomb kills five in Idlib - Reuters", "Reuters", "Car bomb kills five in Idlib"),
        ("Syria - the war in numbers", None, "Syria - the war in numbers"),
        ("Raqqa", None, "Raqqa"),
    ],
)
def test_site_name_suffixes_are_stripped_sensibly(title: str, site: str | None, expected: str) -> None:
    assert strip_site_name(title, site) == expected


def test_a_page_of_thousands_of_comment_articles_is_read_in_linear_time() -> None:
    """WordPress marks each comment an <article>: the article's <time> must be looked for without pairing every
    article with every element (8,000 comments took 16 s that way)."""
    import time

    comments = "".join(
        f'<li class="comment"><article class="comment-body"><b class="fn">R{n}</b><p>Words {n}.</p></article></li>'
        for n in range(8000)
    )
    page = (
        '<html><body><article><h1>Gunmen attack a town</h1><time datetime="2024-03-05">5 March</time>'
        f'<p>Gunmen attacked a town.</p></article><ol class="comment-list">{comments}</ol></body></html>'
    )
    root = html.fromstring(page)
    started = time.perf_counter()
    metadata = page_metadata(root)
    assert time.perf_counter() - started < 3.0
    assert metadata.published == dt.date(2024, 3, 5)
