"""Mentions of one incident told again later in a report are merged once resolved; distinct incidents stay."""

from __future__ import annotations

from eventlens.events import merge_same_incident
from eventlens.types import DateExpression, EventMention, Span

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
