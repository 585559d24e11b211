"""spaCy over the reporting part of each document, with offsets into `Document.text` unchanged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from eventlens.nlp import AnalyzedDocument, analyze_documents, load_language
from eventlens.nlp.analysis import ModelNotInstalled, reporting_text
from eventlens.types import Block, BlockKind, Comment, Document, Span


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_language()


def _document(doc_id: str, title: str, body: str, comment: str | None = None) -> Document:
    text = f"{title}\n\n{body}"
    blocks = [Block(0, len(title), BlockKind.TITLE), Block(len(title) + 2, len(text), BlockKind.PARAGRAPH)]
    comments = []
    if comment is not None:
        start = len(text) + 2
        text += "\n\n" + comment
        blocks.append(Block(start, len(text), BlockKind.COMMENT))
        comments.append(Comment(comment, span=Span(start, len(text))))
    return Document(doc_id=doc_id, text=text, title=title, blocks=blocks, comments=comments)


def test_the_language_is_loaded_once(nlp: Language) -> None:
    assert load_language() is nlp


def test_paragraph_boundaries_run_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert "eventlens_paragraph_boundaries" in names
    assert names.index("eventlens_paragraph_boundaries") < names.index("parser")


def test_a_missing_model_says_how_to_install_it() -> None:
    with pytest.raises(ModelNotInstalled, match="not installed") as raised:
        load_language("xx_no_such_pipeline_sm")
    assert "--model" in str(raised.value)


def test_a_title_without_a_full_stop_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp("Gunmen attack checkpoint near Kirkuk\nTwo policemen were killed on Tuesday night.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Gunmen attack checkpoint near Kirkuk"
    assert sentences[1].startswith("Two policemen were killed")


def test_reporting_text_leaves_out_trailing_comments() -> None:
    document = _document("a", "Blast in Kabul", "A bomb exploded in Kabul.", comment="Stay safe, Kabul!")
    assert reporting_text(document) == "Blast in Kabul\n\nA bomb exploded in Kabul."
    assert document.text.startswith(reporting_text(document))


def test_reporting_text_of_a_document_without_blocks_is_all_of_it() -> None:
    document = Document(doc_id="raw", text="Rebels shelled the town.\n\nNo one was hurt.")
    assert reporting_text(document) == document.text


def test_offsets_are_offsets_into_the_document_text(nlp: Language) -> None:
    document = _document("kabul", "Blast in Kabul", "A roadside bomb exploded in Kabul on Monday.", comment="Sad news.")
    [analyzed] = list(analyze_documents([document], nlp))
    assert isinstance(analyzed, AnalyzedDocument)
    assert analyzed.document is document
    assert "Sad news" not in analyzed.doc.text
    for token in analyzed.doc:
        assert document.text[token.idx : token.idx + len(token.text)] == token.text
    for entity in analyzed.doc.ents:
        assert document.text[entity.start_char : entity.end_char] == entity.text


def test_documents_stream_out_in_input_order_across_batches(nlp: Language) -> None:
    towns = ["Kabul", "Kirkuk", "Mosul", "Aden", "Goma", "Gao", "Marib"]
    documents = [
        _document(f"doc-{i}", f"Clash in {town}", f"Fighting broke out in {town}.") for i, town in enumerate(towns)
    ]
    analyzed = list(analyze_documents(iter(documents), nlp, batch_size=2))
    assert [a.document.doc_id for a in analyzed] == [d.doc_id for d in documents]
    assert all(town in a.doc.text for town, a in zip(towns, analyzed, strict=True))


def test_analysis_is_lazy(nlp: Language) -> None:
    consumed: list[str] = []

    def documents() -> Iterator[Document]:
        for i in range(100):
            consumed.append(str(i))
            yield _document(str(i), "Report", "Police arrested three men.")

    stream = analyze_documents(documents(), nlp, batch_size=4)
    next(stream)
    assert len(consumed) < 100
