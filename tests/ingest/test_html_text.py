from __future__ import annotations

from lxml import html

from eventlens.ingest.html_text import block_texts, text_of, wraps_the_article


def test_loose_text_between_blocks_keeps_its_place() -> None:
    page = (
        "<html><body><div class='story'>Curfew declared in <b>Bamako</b>after the clashes."
        "<p>Shops stayed shut on Saturday and the bridges were closed, residents said.</p>"
        "More patrols were seen<br>along the river.</div></body></html>"
    )
    assert block_texts(html.document_fromstring(page).find(".//div")) == [
        "Curfew declared in Bamakoafter the clashes.",
        "Shops stayed shut on Saturday and the bridges were closed, residents said.",
        "More patrols were seen\nalong the river.",
    ]


def test_text_is_collapsed_as_a_browser_shows_it() -> None:
    element = html.fragment_fromstring("<p>  Two   soldiers\n were <em>wounded</em><br/>near   Kidal. </p>")
    assert text_of(element) == "Two soldiers were wounded\nnear Kidal."


def test_page_wrappers_are_recognised() -> None:
    root = html.document_fromstring(
        "<html><body><div class='page has-comments'><article><p>Report text.</p></article></div>"
        "<div class='comments'><p>A reader.</p></div></body></html>"
    )
    wrapper, comments = root.xpath("//div")
    assert wraps_the_article(wrapper)
    assert not wraps_the_article(comments)
