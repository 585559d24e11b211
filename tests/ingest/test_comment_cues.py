from __future__ import annotations

import pytest

from eventlens.ingest.comment_cues import comment_score, cue_weights, is_comment_like

from .pages import ANALYSIS, COMMENTS, REPORTING


@pytest.mark.parametrize("paragraph", [*REPORTING, ANALYSIS])
def test_reporting_and_analysis_are_not_comment_like(paragraph: str) -> None:
    assert not is_comment_like(paragraph), cue_weights(paragraph)


@pytest.mark.parametrize("paragraph", COMMENTS)
def test_comments_are_comment_like(paragraph: str) -> None:
    assert is_comment_like(paragraph), cue_weights(paragraph)


def test_quoted_first_person_speech_does_not_make_reporting_a_comment() -> None:
    paragraph = '"We ran when we heard the shots, I could not find my son!" a woman told reporters at the hospital.'
    assert not is_comment_like(paragraph)
    assert "first person singular" not in cue_weights(paragraph)


def test_cues_explain_the_score() -> None:
    weights = cue_weights("Mr. Mayor, I suggest you resign!")
    assert {"direct address", "first person singular", "second person", "exclamation"} <= weights.keys()
    assert comment_score("Mr. Mayor, I suggest you resign!") == pytest.approx(sum(weights.values()))


def test_us_as_a_country_is_not_first_person() -> None:
    assert "first person plural" not in cue_weights("US and UK officials met in Doha.")
    assert "second person" not in cue_weights("The U.S. envoy arrived on Tuesday.")


def test_a_reader_quoting_the_report_and_answering_it() -> None:
    quoting = '"The army said it had sent troops to the area" - of course they did, after it was all over.'
    assert "quotes and answers" in cue_weights(quoting) and is_comment_like(quoting)
    mail_style = "> the army said it had sent troops\nOf course they did, after it was all over."
    # The quoted line is the report's voice, not the reader's: its "said" is no attribution.
    assert "attribution" not in cue_weights(mail_style) and is_comment_like(mail_style)


def test_a_reporters_quotation_followed_by_who_said_it_is_not_an_answer() -> None:
    paragraph = '"We have lost everything," said a farmer who fled the village on Monday.'
    assert "quotes and answers" not in cue_weights(paragraph)


def test_a_reader_relaying_what_their_own_people_say_is_a_comment() -> None:
    paragraph = "My cousin says 40 were killed in the shelling yesterday, and nobody writes about it. Pray for us!"
    weights = cue_weights(paragraph)
    assert {"hearsay from the writer's own people", "talk about the article", "greeting or sign-off"} <= weights.keys()
    assert is_comment_like(paragraph)


def test_a_reader_placing_violence_in_their_own_village_is_a_comment() -> None:
    paragraph = "Gunmen stormed a checkpoint in our village last night and killed two policemen. Where is the army???"
    assert "the writer's own place" in cue_weights(paragraph) and is_comment_like(paragraph)


def test_a_reporter_citing_someones_relative_or_quoting_a_villager_is_still_reporting() -> None:
    cited = "His cousin said 40 people were killed in the shelling on Monday, according to the local council."
    quoted = '"They burned our village and told us to leave," said a farmer who fled to Mopti on Sunday.'
    for paragraph in (cited, quoted):
        weights = cue_weights(paragraph)
        assert "hearsay from the writer's own people" not in weights and "the writer's own place" not in weights
        assert not is_comment_like(paragraph)


def test_a_reply_button_under_a_paragraph_makes_it_a_comment() -> None:
    paragraph = "Deng Malual\nThe road to the camp was cut again on Friday.\nLike · Reply · 6h"
    assert "reply button" in cue_weights(paragraph) and is_comment_like(paragraph)
    assert not is_comment_like("The road to the camp was cut again on Friday.")
    assert "reply button" not in cue_weights("The road was cut on Friday, officials said.\nShare")


def test_a_threads_timestamps_and_buttons_are_no_reporting_dates_or_numbers() -> None:
    paragraph = "Pierre N. Says:\nMarch 3rd, 2014 at 7:12 am\nThat road was supposed to be secured months ago."
    weights = cue_weights(paragraph)
    assert "author header" in weights and "date or time" not in weights and "number" not in weights
