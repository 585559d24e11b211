"""Mentions of one incident told again later in a report are merged once resolved; distinct incidents stay."""

from __future__ import annotations

import pytest

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


def _report(sentences: list[str]) -> tuple[str, list[EventMention]]:
    """A report of one sentence per mention, all undated and in one town."""
    text = " ".join(sentences)
    mentions = []
    for index, sentence in enumerate(sentences):
        start = text.index(sentence)
        mention = EventMention(doc_id="d", index=index, sentence=Span(start, start + len(sentence)))
        mention.evidence.append(Span(start, start + len(sentence)))
        mention.location, mention.confidence = "Konduga", 0.6 + 0.1 * index
        mentions.append(mention)
    return text, mentions


def test_a_toll_told_in_the_attack_is_the_leads_attack() -> None:
    text, [lead, toll] = _report(["Gunmen stormed a police post in Konduga.", "Four officers died in the attack."])
    lead.event_type, toll.event_type = "Battles", "Violence against civilians"
    lead.attack_type, lead.weapon_type = "Unknown", "Unknown"
    toll.attack_type, toll.weapon_type = "Armed Assault", "Firearms"
    toll.casualties.fatalities = 4
    [merged] = merge_same_incident([lead, toll], text)
    assert merged is lead and merged.event_type == "Battles"
    assert merged.casualties.fatalities == 4
    assert (merged.attack_type, merged.weapon_type) == ("Armed Assault", "Firearms")
    assert merged.confidence > toll.confidence - 0.01


def test_the_attackers_end_is_no_incident_and_gives_no_weapon() -> None:
    text, [lead, defence] = _report(["A man stabbed a guard at a gate in Konduga.", "The attacker was shot dead."])
    lead.attack_type, lead.weapon_type = "Armed Assault", "Melee"
    defence.attack_type, defence.weapon_type = "Armed Assault", "Firearms"
    defence.casualties.fatalities = 1
    [merged] = merge_same_incident([lead, defence], text)
    assert merged is lead and merged.weapon_type == "Melee"
    assert merged.casualties.fatalities == 1


def test_a_second_attack_named_by_a_back_reference_stays_apart() -> None:
    text, mentions = _report(["Gunmen raided a market in Konduga.", "A second bomb went off during the raid."])
    assert len(merge_same_incident(mentions, text)) == 2


def test_a_series_toll_names_no_assassination() -> None:
    text, [lead, series] = _report(["Gunmen fired on a post in Konduga.", "A mayor died across both attacks."])
    lead.attack_type, lead.weapon_type = "Armed Assault", "Firearms"
    series.attack_type, series.weapon_type = "Assassination", "Firearms"
    [merged] = merge_same_incident([lead, series], text)
    assert merged.attack_type == "Armed Assault"


def test_what_the_same_attackers_did_in_addition_is_the_same_incident() -> None:
    text, [lead, fire] = _report(["Gunmen shot two farmers in Konduga.", "In addition, the gunmen burned a barn."])
    lead.attack_type, lead.weapon_type = "Armed Assault", "Firearms"
    fire.attack_type, fire.weapon_type = "Facility/Infrastructure Attack", "Incendiary"
    lead.actor1 = fire.actor1 = "Unidentified Armed Group (Nigeria)"
    [merged] = merge_same_incident([lead, fire], text)
    assert (merged.attack_type, merged.weapon_type) == ("Armed Assault", "Firearms")


def test_in_addition_by_other_hands_stays_apart() -> None:
    text, [lead, arrest] = _report(["Gunmen shot two farmers in Konduga.", "In addition, police held five men."])
    lead.actor1, arrest.actor1 = "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria (2015-)"
    lead.event_type, arrest.event_type = "Violence against civilians", "Strategic developments"
    assert len(merge_same_incident([lead, arrest], text)) == 2


def test_what_came_of_the_incident_within_hours_is_its_story() -> None:
    text, [lead, later] = _report(["Gunmen seized a trader in Konduga.", "He was shot dead a short time later."])
    lead.attack_type, lead.weapon_type = "Hostage Taking (Kidnapping)", "Firearms"
    later.attack_type, later.weapon_type = "Armed Assault", "Firearms"
    later.casualties.fatalities = 1
    [merged] = merge_same_incident([lead, later], text)
    assert merged.attack_type == "Hostage Taking (Kidnapping)" and merged.casualties.fatalities == 1


def _placed(mention: EventMention, location: str, point: tuple[float, float], precision: int, how: str) -> EventMention:
    mention.location, (mention.latitude, mention.longitude), mention.geo_precision = location, point, precision
    mention.provenance["location"] = how
    return mention


def test_two_towns_named_by_their_sentences_stay_two_places() -> None:
    lead = _placed(
        _mention(0, "A suicide bomber blew herself up", "Suicide bomb"), "Konduga", (11.65, 13.42), 1, "gazetteer:x"
    )
    nearby = _placed(
        _mention(1, "The woman detonated explosives", "Suicide bomb"), "Mafa", (11.72, 13.55), 1, "gazetteer:x"
    )
    assert len(merge_same_incident([lead, nearby], TEXT)) == 2


def test_a_vague_place_far_from_the_lede_is_another_incident() -> None:
    lead = _placed(
        _mention(0, "A suicide bomber blew herself up", "Suicide bomb"), "Konduga", (11.65, 13.42), 1, "gazetteer:x"
    )
    far = _placed(
        _mention(1, "The woman detonated explosives", "Suicide bomb"), "Bama", (11.52, 13.69), 2, "gazetteer:x"
    )
    assert len(merge_same_incident([lead, far], TEXT)) == 2


def test_the_days_incident_named_again_tells_more_of_it() -> None:
    text = "Gunmen attacked a bus near Kafr Sabt on Saturday. Saturdays attack killed 12 passengers, medics said."
    first = EventMention(doc_id="d", index=0, sentence=Span(0, 49))
    second = EventMention(doc_id="d", index=1, sentence=Span(50, len(text)))
    for mention, location, how in ((first, "Aleppo", "rule:place-in-headline"), (second, "Kafr Sabt", "gazetteer:x")):
        mention.event_type, mention.sub_event_type = "Violence against civilians", "Attack"
        mention.location, mention.geo_precision, mention.provenance["location"] = location, 2, how
        mention.latitude, mention.longitude = 36.2, 37.1
    second.casualties.fatalities = 12
    [merged] = merge_same_incident([first, second], text)
    assert (merged.casualties.fatalities, merged.location) == (12, "Kafr Sabt")


@pytest.mark.parametrize(
    "defence",
    [
        "He was shot dead by a border guard.",
        "Troops opened fire and killed him.",
        "Guards intervened, killing two attackers.",
        "Police shot and killed the knifeman.",
        "The attackers were repelled by the guards on duty.",
        "Soldiers at the gate repulsed the assault.",
    ],
)
def test_the_attackers_end_told_by_the_defenders_keeps_the_attacks_weapon(defence: str) -> None:
    text, [lead, end] = _report(["A man tried to stab a guard at a gate in Konduga.", defence])
    lead.attack_type, lead.weapon_type = "Armed Assault", "Melee"
    end.attack_type, end.weapon_type = "Armed Assault", "Firearms"
    [merged] = merge_same_incident([lead, end], text)
    assert merged is lead and merged.weapon_type == "Melee"


def test_a_victim_shot_by_the_attackers_is_no_attackers_end() -> None:
    text, [lead, victim] = _report(["Gunmen attacked a bus in Konduga.", "He was shot dead by the gunmen."])
    lead.event_type, victim.event_type = "Battles", "Violence against civilians"
    lead.attack_type, lead.weapon_type = "Unknown", "Unknown"
    victim.attack_type, victim.weapon_type = "Armed Assault", "Firearms"
    assert merge_same_incident([lead, victim], text) == [lead, victim]


def test_the_driver_shot_after_a_car_ramming_is_the_attackers_end() -> None:
    text, [lead, end] = _report(
        ["A man drove his car into soldiers at a junction in Konduga.", "Troops opened fire, killing the driver."]
    )
    lead.attack_type = "Unarmed Assault"
    lead.weapon_type = "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"
    end.attack_type, end.weapon_type = "Armed Assault", "Firearms"
    [merged] = merge_same_incident([lead, end], text)
    assert merged is lead and merged.attack_type == "Unarmed Assault"


def test_a_driver_killed_after_a_shooting_is_a_victim() -> None:
    text, [lead, victim] = _report(["Gunmen fired on a bus in Konduga.", "Troops opened fire, killing the driver."])
    lead.event_type, victim.event_type = "Violence against civilians", "Battles"
    lead.attack_type, lead.weapon_type = "Armed Assault", "Firearms"
    assert merge_same_incident([lead, victim], text) == [lead, victim]
