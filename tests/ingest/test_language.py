from __future__ import annotations

import pytest

from eventlens.ingest.errors import InputProblem
from eventlens.ingest.language import detect_language, require_english


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three farmers near Gao on Tuesday, a local official said.",
        "Airstrike in Marib",
        "The Syrian Observatory (المرصد السوري) said the strike killed 12 people.",
        "Protesters chanted «liberté» and «dignité» as police in the capital fired tear gas on Monday.",
        "ok",
    ],
)
def test_english_and_too_short_to_tell_pass(text: str) -> None:
    assert detect_language(text) == "en"
    require_english(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Des hommes armés ont attaqué un poste de police à Kidal mardi soir, selon des sources locales.", "fr"),
        ("Hombres armados atacaron una comisaría en el norte del país, según las autoridades locales.", "es"),
        (
            "Bewaffnete haben am Dienstag einen Polizeiposten im Norden angegriffen, wie die Behörden mitteilten. "
            "Dabei wurden zwei Beamte getötet und mehrere verletzt.",
            "de",
        ),
        ("Uomini armati hanno attaccato una stazione di polizia nel nord del paese, secondo le autorità.", "it"),
        ("Homens armados atacaram uma delegacia no norte do país, segundo as autoridades locais.", "pt"),
        ("Боевики атаковали полицейский участок на севере страны.", "ru"),
        ("هاجم مسلحون مركزا للشرطة في شمال البلاد", "ar"),
    ],
)
def test_other_languages_are_recognised(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_non_english_is_skipped_with_a_reason() -> None:
    with pytest.raises(InputProblem) as raised:
        require_english("Des hommes armés ont attaqué un poste de police à Kidal mardi soir, selon la police.")
    assert raised.value.skipped
    assert raised.value.reason == "not English (looks like French)"
