"""A sentence's entities come from one list per document and are exactly spaCy's `Span.ents`."""

from __future__ import annotations

from spacy.language import Language

from eventlens.extract.entities import entities_in

REPORT = (
    "Gunmen attacked a police post in Kandahar on Monday, officials said. "
    "The Taliban denied any role in Monday's attack on the post near the Pakistani border. "
    "Later, the Afghan army sent two units from Kabul to the district of Maiwand."
)


def test_the_entities_of_any_span_are_spacys(nlp: Language) -> None:
    doc = nlp(REPORT)
    spans = [*doc.sents, *(doc[a:b] for a in range(0, len(doc), 3) for b in range(a, len(doc) + 1, 4))]
    for span in spans:
        assert [(e.start, e.end, e.label_) for e in entities_in(span)] == [
            (e.start, e.end, e.label_) for e in span.ents
        ]


def test_a_new_document_is_read_afresh(nlp: Language) -> None:
    first, second = nlp("Troops entered Mosul."), nlp("Protesters marched in Lagos on Friday.")
    assert [e.text for e in entities_in(first[:])] == ["Mosul"]
    assert [e.text for e in entities_in(second[:])] == ["Lagos", "Friday"]
