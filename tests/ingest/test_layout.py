from __future__ import annotations

from eventlens.ingest.layout import after_first_line, first_line, paragraph_spans


def test_paragraphs_are_blank_line_separated_and_keep_single_newlines() -> None:
    text = "  Title\n\nOne line\nsame paragraph.\n \n\n\nNext one.  \n"
    spans = paragraph_spans(text)
    assert [s.of(text) for s in spans] == ["Title", "One line\nsame paragraph.", "Next one."]


def test_first_line_and_the_rest() -> None:
    text = "Heading line\nbody under it\nmore body"
    [span] = paragraph_spans(text)
    assert first_line(text, span).of(text) == "Heading line"
    rest = after_first_line(text, span)
    assert rest is not None and rest.of(text) == "body under it\nmore body"
    assert after_first_line("single", paragraph_spans("single")[0]) is None
