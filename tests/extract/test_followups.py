"""Mentions of one incident told again later in a report are merged once resolved; distinct incidents stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract import Extractor, ExtractorConfig
from eventlens.extract.followups import merge_same_incident
from eventlens.nlp import analyze_documents
from eventlens.types import DateExpression, Document, EventMention, Span

TEXT = (
    "A suicide bomber blew herself up at the market in Konduga on Tuesday, killing eight people. "
    "The woman detonated explosives hidden under her veil, and ten people died. "
    "Separately, a bomb exploded at the market in Konduga on Tuesday."
)


def _mention(index: int, sentence: str, sub_type: str, date_text: str | None = "on Tuesday", **fields) -> EventMention:  # type: ignore[no-untyped-def]
    start = TEXT.index(sentence)
    mention = EventMention(doc_id="d", index=index, sentence=Span(start, start + len(sentence)))
    mention.evidence.append(Span(start, start + len(sentence)))
    mention.event_type = "Explosions/Remote violence"
    mention.sub_event_type = sub_type
    mention.date = DateExpression(text=date_text)
    if date_text is not None:
        mention.date.span = Span(start, start + len(sentence))  # dated in its own sentence
    mention.event_date, mention.date_precision, mention.location = "2022-03-08", "day", "Konduga"
    for name, value in fields.items():
        setattr(mention, name, value)
    return mention


def test_a_later_mention_of_the_same_incident_is_merged_into_it() -> None:
    lead = _mention(0, "A suicide bomber blew herself up", "Suicide bomb", actor1="Unidentified Armed Group (Nigeria)")
    lead.casualties.fatalities = 8
    again = _mention(1, "The woman detonated explosives", "Remote explosive/landmine/IED", date_text=None)
    again.casualties.fatalities = 10
    again.actor1 = "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    [merged] = merge_same_incident([lead, again], TEXT)
    assert merged is lead
    assert merged.casualties.fatalities == 10
    assert merged.actor1 == again.actor1
    assert again.evidence[0] in merged.evidence
    assert merged.provenance["actor1"].startswith("rule:")


def test_a_report_that_says_another_incident_keeps_it() -> None:
    lead = _mention(0, "A suicide bomber blew herself up", "Suicide bomb")
    other = _mention(1, "Separately, a bomb exploded", "Remote explosive/landmine/IED")
    assert merge_same_incident([lead, other], TEXT) == [lead, other]


def test_different_places_days_or_sides_are_different_incidents() -> None:
    lead = _mention(0, "A suicide bomber blew herself up", "Suicide bomb", actor2="Civilians (Nigeria)")
    elsewhere = _mention(1, "The woman detonated explosives", "Suicide bomb", location="Bama")
    other_day = _mention(2, "The woman detonated explosives", "Suicide bomb", event_date="2022-03-01")
    other_side = _mention(
        3, "The woman detonated explosives", "Suicide bomb", actor2="Military Forces of Nigeria (2015-)"
    )
    assert len(merge_same_incident([lead, elsewhere, other_day, other_side], TEXT)) == 4


def test_gtds_perpetrator_named_later_in_the_incident_is_kept() -> None:
    lead = _mention(0, "A suicide bomber blew herself up", "Suicide bomb", gtd_perpetrator="Unknown")
    again = _mention(1, "The woman detonated explosives", "Suicide bomb", date_text=None, gtd_perpetrator="Boko Haram")
    [merged] = merge_same_incident([lead, again], TEXT)
    assert merged.gtd_perpetrator == "Boko Haram"
    assert merged.provenance["gtd_perpetrator"].startswith("rule:")


# Folding a later toll into the event it tells more of (through the extractor, as a report is read).


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(ExtractorConfig(find_actors=lambda text, country=None: [], channels={}, outlets=frozenset()))


def _mentions(nlp: Language, extractor: Extractor, text: str) -> list[EventMention]:
    document = Document(doc_id="d", text=text)
    [analyzed] = list(analyze_documents([document], nlp))
    return extractor.extract(document, analyzed.doc)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "also ... in the attack": one more victim of the event already told
        ("Gunmen shot dead a judge outside his house in Herat. His bodyguard was also killed in the attack.", 2),
        # "in addition": more dead on top of those counted
        ("Militants attacked an army post in Kunar, killing three soldiers. In addition, a shepherd died.", 4),
        # the attackers' dead and their victims' are different people
        ("Gunmen stormed a police post in Kirkuk, killing four policemen. The bodies of two attackers were found.", 6),
    ],
)
def test_a_later_toll_of_other_people_adds_to_the_event(
    nlp: Language, extractor: Extractor, text: str, dead: int
) -> None:
    mentions = _mentions(nlp, extractor, text)
    assert [m.casualties.fatalities for m in mentions] == [dead]
    assert mentions[0].provenance["fatalities"].startswith("rule:casualty-patterns")


def test_a_victim_of_a_second_blast_is_a_second_event(nlp: Language, extractor: Extractor) -> None:
    text = "A bomb exploded at a market in Kirkuk, killing four people. Two policemen were killed in a second blast."
    assert [m.casualties.fatalities for m in _mentions(nlp, extractor, text)] == [4, 2]


def test_the_same_dead_told_again_are_not_added(nlp: Language, extractor: Extractor) -> None:
    text = "Gunmen killed four policemen at a checkpoint in Kirkuk. The four policemen were killed in the attack."
    assert [m.casualties.fatalities for m in _mentions(nlp, extractor, text)] == [4]


def test_dead_set_apart_in_a_later_sentence_are_counted_once(nlp: Language, extractor: Extractor) -> None:
    text = (
        "Gunmen shot dead a guard at the bank in Herat. In addition to the guard, one gunman was killed in the attack."
    )
    assert [m.casualties.fatalities for m in _mentions(nlp, extractor, text)] == [2]


def test_the_same_figure_for_the_other_side_is_the_same_dead(nlp: Language, extractor: Extractor) -> None:
    text = (
        "Troops kill 35 insurgents in an ambush near Homs. Soldiers killed 35 insurgents in the ambush, the army said."
    )
    assert next(m.casualties.fatalities for m in _mentions(nlp, extractor, text)) == 35
