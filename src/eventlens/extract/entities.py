"""The named entities of a sentence, from one list per document.

spaCy's `Span.ents` rebuilds the whole document's entity list on every call, and a report's sentences are
asked for theirs several times each: that was quadratic in the report's length."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

# The last document read and its entities. Extraction reads one document at a time and never changes a parse;
# holding the document itself means another can never be taken for it.
_last: tuple[Doc | None, Sequence[SpacySpan], list[int]] = (None, (), [])


def entities_in(span: SpacySpan) -> list[SpacySpan]:
    """What `span.ents` gives: the entities wholly inside the span, in order (spaCy stops at the first entity
    that starts inside it and runs past its end, and so does this)."""
    global _last
    doc, entities, starts = _last
    if doc is not span.doc:
        entities = span.doc.ents
        starts = [entity.start for entity in entities]
        _last = (span.doc, entities, starts)
    found = []
    for entity in entities[bisect_left(starts, span.start) :]:
        if entity.end > span.end:
            break
        found.append(entity)
    return found
