from __future__ import annotations

import datetime as dt

from eventlens.ingest.plaintext import document_from_text
from eventlens.types import BlockKind

ARTICLE = (
    "Militants raid border post near Kaya\n"
    "\n"
    "Published: 14 March 2021\n"
    "\n"
    "Gunmen attacked a border post near Kaya on Saturday night, killing two customs officers, the interior\n"
    "ministry said on Sunday.\n"
    "\n"
    "The attackers took weapons and a pickup truck before fleeing east, officials said.\n"
)


def test_title_dateline_and_paragraphs() -> None:
    document = document_from_text(ARTICLE, doc_id="kaya.txt", title_from_first_line=True)
    assert document.title == "Militants raid border post near Kaya"
    assert document.published == dt.date(2021, 3, 14)
    assert document.language == "en"
    assert document.text == ARTICLE
    assert [(b.kind, b.of(ARTICLE)) for b in document.blocks] == [
        (BlockKind.TITLE, "Militants raid border post near Kaya"),
        (
            BlockKind.PARAGRAPH,
            "Gunmen attacked a border post near Kaya on Saturday night, killing two customs officers, the interior\n"
            "ministry said on Sunday.",
        ),
        (BlockKind.PARAGRAPH, "The attackers took weapons and a pickup truck before fleeing east, officials said."),
    ]
    assert document.comments == []


def test_a_declared_date_wins_over_the_dateline_and_the_default_comes_last() -> None:
    declared = document_from_text(ARTICLE, doc_id="a", title_from_first_line=True, published=dt.date(2021, 3, 15))
    assert declared.published == dt.date(2021, 3, 15)
    undated = document_from_text("Title\n\nBody text here.", doc_id="b", default_published=dt.date(2020, 1, 2))
    assert undated.published == dt.date(2020, 1, 2)


def test_markdown_title_loses_its_hashes_but_the_text_keeps_them() -> None:
    text = "# Curfew imposed in Bamako #\n\nAuthorities ordered a curfew after clashes on Friday.\n"
    document = document_from_text(text, doc_id="m.md", title_from_first_line=True, markdown=True)
    assert document.title == "Curfew imposed in Bamako"
    assert document.text.startswith("# Curfew")
    assert document.blocks[0].of(text) == "Curfew imposed in Bamako"


def test_a_one_line_text_is_a_paragraph_not_a_title() -> None:
    text = "A roadside bomb wounded three soldiers near Gao on Monday, the army said."
    document = document_from_text(text, doc_id="stdin:1", title_from_first_line=True)
    assert document.title is None
    assert [b.kind for b in document.blocks] == [BlockKind.PARAGRAPH]


def test_title_followed_directly_by_body_on_the_next_line() -> None:
    text = "Clashes in Tripoli suburb\nFighting broke out between rival militias on Thursday, residents said."
    document = document_from_text(text, doc_id="t", title_from_first_line=True)
    assert document.title == "Clashes in Tripoli suburb"
    assert document.blocks[1].of(text).startswith("Fighting broke out")


def test_trailing_reader_comments_become_comment_blocks_and_comments() -> None:
    text = (
        ARTICLE
        + "\nwhy does nobody ever stop these people??\n\nMy cousin lives near Kaya. You have no idea how bad it is.\n"
    )
    document = document_from_text(text, doc_id="k", title_from_first_line=True)
    assert [b.kind for b in document.blocks].count(BlockKind.PARAGRAPH) == 2
    assert [c.text for c in document.comments] == [
        "why does nobody ever stop these people??",
        "My cousin lives near Kaya. You have no idea how bad it is.",
    ]
    assert all(c.span is not None and c.span.of(text) == c.text for c in document.comments)
    assert [b.of(text) for b in document.reporting_blocks()][-1].startswith("The attackers took weapons")


def test_a_wire_dateline_names_the_outlet_when_the_input_does_not() -> None:
    text = (
        "Convoy hit near Gao\n\n"
        "GAO, Mali, March 3 (Niger Bend Courier) — A roadside bomb struck a supply convoy on Friday.\n\n"
        "Two drivers were wounded, the regional governor said."
    )
    assert document_from_text(text, doc_id="d", title_from_first_line=True).source == "Niger Bend Courier"
    declared = document_from_text(text, doc_id="d", title_from_first_line=True, source="Sahel Wire")
    assert declared.source == "Sahel Wire"


def test_a_parenthesis_later_in_the_first_paragraph_is_not_an_outlet() -> None:
    text = "Clashes in the north\n\nFighting between the army and the rebels (who deny it) resumed on Monday."
    assert document_from_text(text, doc_id="d", title_from_first_line=True).source is None
