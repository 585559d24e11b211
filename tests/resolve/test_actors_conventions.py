"""ACLED's actor conventions (`resolve/actors/conventions.py`) as the resolver applies them: crowds, the other
side of protests, civilians as victims, unnamed perpetrators (unidentified groups, gangs), a perpetrator named in
the sentence before."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlens.pipeline import Pipeline
from eventlens.resolve.resolver import Resolver
from eventlens.types import ClaimInfo, Document, EventMention, PlaceMention, Span

PUBLISHED = dt.date(2020, 5, 10)


@pytest.fixture(scope="module")
def resolver(pipeline: Pipeline) -> Resolver:
    return pipeline.resolver


def _mention(sentence: tuple[int, int] = (0, 1), index: int = 0, **fields: object) -> EventMention:
    mention = EventMention(doc_id="d", index=index, sentence=Span(*sentence))
    for name, value in fields.items():
        setattr(mention, name, value)
    return mention


def _resolve(resolver: Resolver, *mentions: EventMention, text: str = "(text)") -> None:
    resolver.resolve(Document(doc_id="d", text=text, published=PUBLISHED), list(mentions))


def test_police_who_break_up_a_protest_are_its_other_side(resolver: Resolver) -> None:
    mention = _mention(event_type="Protests", sub_event_type="Protest with intervention",
                       places=[PlaceMention("Kirkuk")], actor1_text="riot police", actor2_text="protesters")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "Protesters (Iraq)"
    assert mention.actor2 is not None and mention.actor2.startswith("Police Forces of Iraq")
    assert mention.provenance["actor2"].startswith("rule:forces-facing-crowd")


def test_police_stepped_in_when_nobody_else_is_named(resolver: Resolver) -> None:
    mention = _mention(
        event_type="Protests", sub_event_type="Protest with intervention", places=[PlaceMention("Basra")]
    )
    _resolve(resolver, mention)
    assert mention.actor2 is not None and mention.actor2.startswith("Police Forces of Iraq")
    assert mention.provenance["actor2"] == "rule:acled-police-intervene-in-protest"


def test_the_government_a_peaceful_crowd_protests_against_is_no_actor(resolver: Resolver) -> None:
    mention = _mention(event_type="Protests", sub_event_type="Peaceful protest", places=[PlaceMention("Kirkuk")],
                       actor1_text="teachers", actor2_text="the government")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "Protesters (Iraq)"
    assert mention.actor2 is None
    assert "actor2" not in mention.provenance


def test_a_party_that_brings_out_a_crowd_is_its_associated_actor(resolver: Resolver) -> None:
    mention = _mention(event_type="Riots", sub_event_type="Violent demonstration", places=[PlaceMention("Lucknow")],
                       actor1_text="BJP supporters")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "Rioters (India)"
    assert mention.assoc_actor_1 == "BJP: Bharatiya Janata Party"


def test_violence_against_civilians_has_civilians_on_the_other_side(resolver: Resolver) -> None:
    mention = _mention(event_type="Violence against civilians", sub_event_type="Attack", places=[PlaceMention("Mosul")],
                       actor1_text="gunmen", actor2_text="an off-duty policeman")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor2 == "Civilians (Iraq)"
    assert mention.assoc_actor_2 is not None and mention.assoc_actor_2.startswith("Police Forces of Iraq")
    assert mention.provenance["actor2"].startswith("rule:acled-civilians-in-violence-against-civilians")


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "actor1_text"),
    [
        ("Strategic developments", "Arrests", "police"),
        ("Strategic developments", "Looting/property destruction", "militiamen"),
        ("Riots", "Mob violence", "villagers"),
    ],
)
def test_civilians_are_the_other_side_nobody_names(
    resolver: Resolver, event_type: str, sub_event_type: str, actor1_text: str
) -> None:
    mention = _mention(event_type=event_type, sub_event_type=sub_event_type, places=[PlaceMention("Mosul")],
                       actor1_text=actor1_text)  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor2 == "Civilians (Iraq)"
    assert mention.provenance["actor2"].startswith("rule:acled-civilians-when-no-other-side-named")


def test_a_named_other_side_of_an_arrest_is_kept(resolver: Resolver) -> None:
    mention = _mention(event_type="Strategic developments", sub_event_type="Arrests", places=[PlaceMention("Mosul")],
                       actor1_text="police", actor2_text="Islamic State fighters")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor2 == "Islamic State (Iraq)"


@pytest.mark.parametrize(
    "text",
    [
        "Two men on a motorbike killed a shopkeeper in a drive-by shooting in Culiacan.",
        "The body of a man was found on a dirt road outside Culiacan with his hands and feet tied.",
        "A taxi driver was shot dead in Culiacan; police blamed a feud between rival cartels.",
    ],
)
def test_unnamed_killers_with_the_marks_of_organised_crime_are_a_gang(resolver: Resolver, text: str) -> None:
    mention = _mention((0, len(text)), event_type="Violence against civilians", sub_event_type="Attack",
                       places=[PlaceMention("Culiacan")])  # fmt: skip
    _resolve(resolver, mention, text=text)
    assert mention.actor1 == "Unidentified Gang (Mexico)"
    assert mention.provenance["actor1"] == "rule:acled-unidentified-perpetrator"


def test_unnamed_killers_without_those_marks_are_an_armed_group(resolver: Resolver) -> None:
    text = "Gunmen killed a village chief outside his home near Culiacan."
    mention = _mention((0, len(text)), event_type="Violence against civilians", sub_event_type="Attack",
                       places=[PlaceMention("Culiacan")])  # fmt: skip
    _resolve(resolver, mention, text=text)
    assert mention.actor1 == "Unidentified Armed Group (Mexico)"


def test_brazils_unnamed_gangs_take_acleds_brazilian_name(resolver: Resolver) -> None:
    text = "Gunmen in a passing car shot dead a man in Fortaleza late on Friday, a drive-by killing."
    mention = _mention((0, len(text)), event_type="Violence against civilians", sub_event_type="Attack",
                       places=[PlaceMention("Fortaleza")])  # fmt: skip
    _resolve(resolver, mention, text=text)
    assert mention.actor1 == "Unidentified Gang and/or Police Militia"


_TWO_SHELLINGS = "Haftar's forces shelled the port of Misrata. Shells also hit a road nearby, killing two drivers."


def _two_shellings(
    gap: str = " ", second_sub_event: str = "Shelling/artillery/missile attack"
) -> tuple[EventMention, EventMention, Document]:
    """Two shellings told in a row; `gap` is the text between their sentences."""
    first_sentence, second_sentence = _TWO_SHELLINGS.split(". ")
    text = f"{first_sentence}.{gap}{second_sentence}"
    second_start = len(first_sentence) + 1 + len(gap)
    first = _mention((0, len(first_sentence) + 1), 0, event_type="Explosions/Remote violence",
                     sub_event_type="Shelling/artillery/missile attack", places=[PlaceMention("Misrata")],
                     actor1_text="Haftar's forces")  # fmt: skip
    second = _mention((second_start, len(text)), 1, event_type="Explosions/Remote violence",
                      sub_event_type=second_sub_event, places=[PlaceMention("Misrata")])  # fmt: skip
    return first, second, Document(doc_id="d", text=text, published=PUBLISHED)


def test_an_act_told_in_the_next_sentence_with_nobody_acting_is_the_same_perpetrators(resolver: Resolver) -> None:
    first, second, document = _two_shellings()
    resolver.resolve(document, [first, second])
    assert first.actor1 is not None and not first.actor1.startswith("Unidentified")
    assert second.actor1 == first.actor1
    assert second.provenance["actor1"] == "rule:perpetrator-of-previous-event-in-report"


@pytest.mark.parametrize(
    ("gap", "second_sub_event"),
    [(" In another incident, a convoy was hit. ", "Shelling/artillery/missile attack"), (" ", "Air/drone strike")],
)
def test_a_separate_or_different_act_keeps_its_perpetrator_unnamed(
    resolver: Resolver, gap: str, second_sub_event: str
) -> None:
    first, second, document = _two_shellings(gap, second_sub_event)
    resolver.resolve(document, [first, second])
    assert second.actor1 is not None and second.actor1.startswith("Unidentified")


def test_gunmen_named_in_a_drive_by_shooting_are_a_gang(resolver: Resolver) -> None:
    text = "Armed men in a pickup truck killed two brothers in a drive-by shooting in Culiacan."
    mention = _mention((0, len(text)), event_type="Violence against civilians", sub_event_type="Attack",
                       places=[PlaceMention("Culiacan")], actor1_text="armed men")  # fmt: skip
    _resolve(resolver, mention, text=text)
    assert mention.actor1 == "Unidentified Gang (Mexico)"
    assert mention.provenance["actor1"].endswith("rule:gang-hallmarks")


def test_an_unnamed_role_written_without_country_takes_the_events(resolver: Resolver) -> None:
    mention = _mention(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                       places=[PlaceMention("Raqqa")], actor1_text="unidentified armed group")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "Unidentified Armed Group (Syria)"


def test_a_regime_that_began_after_the_event_does_not_name_its_forces(resolver: Resolver) -> None:
    # Burundi's regime changed in June 2020: police who acted in May 2020 belong to the one before.
    mention = _mention(event_type="Battles", sub_event_type="Armed clash", places=[PlaceMention("Bujumbura")],
                       actor1_text="police", event_date="2020-05-09")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "Police Forces of Burundi (2005-)"


def test_a_rebel_claim_does_not_make_an_air_strike_theirs(resolver: Resolver) -> None:
    mention = _mention(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                       places=[PlaceMention("Kismayo")],
                       claim=ClaimInfo(claimed=True, claimed_by_text="Al-Shabaab"))  # fmt: skip
    _resolve(resolver, mention)
    assert mention.claimed_by == "Al Shabaab"
    assert mention.actor1 == "Unidentified Military Forces"


def test_a_group_that_claims_the_attack_in_a_later_sentence_is_its_perpetrator(resolver: Resolver) -> None:
    text = "A roadside bomb struck an army convoy near Afgooye on Tuesday. Al-Shabaab claimed it killed two soldiers."
    mention = _mention((0, text.index(" Al-")), event_type="Explosions/Remote violence",
                       sub_event_type="Remote explosive/landmine/IED", places=[PlaceMention("Afgooye")],
                       actor2_text="army")  # fmt: skip
    _resolve(resolver, mention, text=text)
    assert mention.actor1 == "Al Shabaab"
    assert mention.provenance["actor1"] == "rule:armed-actor-named-in-story + dictionary:actors"


def test_fire_nobody_is_named_for_on_a_front_line_is_between_its_sides(resolver: Resolver) -> None:
    mention = _mention(event_type="Battles", sub_event_type="Armed clash", places=[PlaceMention("Kramatorsk")],
                       event_date="2020-05-03")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "Military Forces of Ukraine (2019-)"
    assert mention.actor2 == "NAF: United Armed Forces of Novorossiya"
    assert mention.provenance["actor1"] == "rule:side-of-frontline + dictionary:actors"


def test_shelling_near_a_separatist_held_village_is_the_government_side(resolver: Resolver) -> None:
    mention = _mention(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                       places=[PlaceMention("Kruta Balka")], event_date="2020-05-03")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "Military Forces of Ukraine (2019-)"
    assert mention.actor2 is None
    assert mention.provenance["actor1"] == "rule:side-facing-held-place + dictionary:actors"
    assert (mention.country, mention.admin1) == ("Ukraine", "Donetsk")


def test_a_clash_near_a_government_held_town_is_the_separatists_against_the_army(resolver: Resolver) -> None:
    mention = _mention(event_type="Battles", sub_event_type="Armed clash", places=[PlaceMention("Svitlodarsk")],
                       event_date="2020-05-03")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "NAF: United Armed Forces of Novorossiya"
    assert mention.actor2 == "Military Forces of Ukraine (2019-)"


def test_a_bomb_near_a_held_town_is_no_fire_from_the_other_side(resolver: Resolver) -> None:
    mention = _mention(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                       places=[PlaceMention("Avdiivka")], event_date="2020-05-03")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.provenance["actor1"] != "rule:side-facing-held-place + dictionary:actors"


def test_the_region_named_after_a_held_city_is_not_the_city(resolver: Resolver) -> None:
    mention = _mention(event_type="Battles", sub_event_type="Armed clash",
                       places=[PlaceMention("Luhanske"), PlaceMention("Donetsk", kind="region")],
                       event_date="2020-05-03")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "NAF: United Armed Forces of Novorossiya"


def test_the_bare_police_of_a_report_that_names_its_force_is_that_force(resolver: Resolver) -> None:
    first = "State police officers set up a checkpoint outside Culiacan on Friday."
    text = f"{first} Gunmen opened fire on the police."
    mention = _mention((len(first) + 1, len(text)), event_type="Battles", sub_event_type="Armed clash",
                       places=[PlaceMention("Culiacan")], actor1_text="Gunmen", actor2_text="the police")  # fmt: skip
    _resolve(resolver, mention, text=text)
    assert mention.actor2 == "Police Forces of Mexico (2018-) State Police"
    assert mention.provenance["actor2"].endswith("rule:police-force-named-in-report")


def test_the_marks_of_organised_crime_told_after_the_event_make_a_gang(resolver: Resolver) -> None:
    first = "A man was found dead beside a road near Culiacan."
    text = f"{first} His hands were tied behind his back."
    mention = _mention((0, len(first)), event_type="Violence against civilians", sub_event_type="Attack",
                       places=[PlaceMention("Culiacan")])  # fmt: skip
    other = _mention((len(first) + 1, len(text)), 1, event_type="Violence against civilians",
                     sub_event_type="Attack", places=[PlaceMention("Culiacan")])  # fmt: skip
    _resolve(resolver, mention, other, text=text)
    assert mention.actor1 == "Unidentified Gang (Mexico)"


def test_a_development_nobody_acts_in_takes_the_actor_its_report_opens_with(resolver: Resolver) -> None:
    opening = "Military police raided a farm outside Dourados on Monday during an operation against smuggling."
    text = f"{opening} Two men were arrested."
    mention = _mention((len(opening) + 1, len(text)), event_type="Strategic developments", sub_event_type="Arrests",
                       places=[PlaceMention("Dourados")], event_date="2020-05-04")  # fmt: skip
    _resolve(resolver, mention, text=text)
    assert mention.actor1 == "Military Forces of Brazil (2019-) Military Police"
    assert mention.provenance["actor1"] == "rule:actor-named-in-story-of-development + dictionary:actors"


def test_an_unnamed_perpetrator_is_an_unidentified_armed_group_of_the_country(resolver: Resolver) -> None:
    mention = _mention(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                       places=[PlaceMention("Kirkuk")])  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "Unidentified Armed Group (Iraq)"
    assert mention.provenance["actor1"] == "rule:acled-unidentified-perpetrator"


def test_an_unnamed_air_strike_is_by_unidentified_military_forces(resolver: Resolver) -> None:
    mention = _mention(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                       places=[PlaceMention("Idlib")])  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 is not None and "Unidentified Military Forces" in mention.actor1
    assert mention.actor1_category != "rebel_group"


def test_no_unidentified_perpetrator_without_a_country(resolver: Resolver) -> None:
    mention = _mention(event_type="Battles", sub_event_type="Armed clash")
    _resolve(resolver, mention)
    assert mention.actor1 is None


def test_no_unidentified_perpetrator_for_strategic_developments(resolver: Resolver) -> None:
    mention = _mention(event_type="Strategic developments", sub_event_type="Arrests", places=[PlaceMention("Kirkuk")])
    _resolve(resolver, mention)
    assert mention.actor1 is None


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "crowd"),
    [("Protests", "Peaceful protest", "Protesters (Iraq)"), ("Riots", "Mob violence", "Rioters (Iraq)")],
)
def test_an_unnamed_crowd_is_named_by_the_event(
    resolver: Resolver, event_type: str, sub_event_type: str, crowd: str
) -> None:
    mention = _mention(event_type=event_type, sub_event_type=sub_event_type, places=[PlaceMention("Kirkuk")])
    _resolve(resolver, mention)
    assert mention.actor1 == crowd
    assert "unidentified" not in mention.provenance["actor1"]


def test_residents_who_riot_are_rioters(resolver: Resolver) -> None:
    mention = _mention(event_type="Riots", sub_event_type="Violent demonstration", places=[PlaceMention("Basra")],
                       actor1_text="residents")  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 == "Rioters (Iraq)"
