"""The resolve stage: dates, places and actors of event mentions in canonical (ACLED) form."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlens.pipeline import Pipeline
from eventlens.resolve.resolver import Resolver
from eventlens.types import ClaimInfo, DateExpression, Document, EventMention, PlaceMention, Span

PUBLISHED = dt.date(2018, 7, 6)


@pytest.fixture(scope="module")
def resolver(pipeline: Pipeline) -> Resolver:
    return pipeline.resolver


def _document(published: dt.date | None = PUBLISHED) -> Document:
    return Document(doc_id="d", text="(text)", published=published)


def _mention(index: int = 0, **fields: object) -> EventMention:
    mention = EventMention(doc_id="d", index=index, sentence=Span(0, 1))
    for name, value in fields.items():
        setattr(mention, name, value)
    return mention


def _resolve(resolver: Resolver, *mentions: EventMention, published: dt.date | None = PUBLISHED) -> None:
    resolver.resolve(_document(published), list(mentions))


def test_dates_are_resolved_against_publication(resolver: Resolver) -> None:
    mention = _mention(date=DateExpression(text="on Tuesday"))
    _resolve(resolver, mention)
    assert (mention.event_date, mention.date_precision) == ("2018-07-03", "day")


def test_place_is_resolved_with_provenance_for_every_field(resolver: Resolver) -> None:
    mention = _mention(places=[PlaceMention("Kirkuk", kind="city")])
    _resolve(resolver, mention)
    assert (mention.country, mention.location) == ("Iraq", "Kirkuk")
    assert mention.admin1 is not None
    assert mention.latitude is not None and mention.longitude is not None
    assert 35 < mention.latitude < 36 and 44 < mention.longitude < 45
    assert mention.geo_precision in {1, 2, 3}
    for name in ("country", "admin1", "location", "latitude", "longitude", "geo_precision"):
        assert mention.provenance[name].startswith("gazetteer:")


def test_no_places_no_location(resolver: Resolver) -> None:
    mention = _mention(event_type="Strategic developments", sub_event_type="Arrests")
    _resolve(resolver, mention)
    assert (mention.country, mention.location, mention.latitude) == (None, None, None)
    assert "country" not in mention.provenance


def test_a_country_alone_is_region_precision_with_no_town_or_point(resolver: Resolver) -> None:
    # "an ambush in Syria": known to its country only, never shown on a map as a town or a centroid
    mention = _mention(places=[PlaceMention("Syria")])
    _resolve(resolver, mention)
    assert (mention.country, mention.geo_precision) == ("Syria", 3)
    assert (mention.admin1, mention.location, mention.latitude, mention.longitude) == (None, None, None, None)


def test_sublocation_is_kept_when_the_town_is_known(resolver: Resolver) -> None:
    mention = _mention(
        places=[PlaceMention("Wasiti", kind="neighbourhood"), PlaceMention("Kirkuk")], sublocation_text="Wasiti"
    )
    _resolve(resolver, mention)
    assert (mention.location, mention.sublocation) == ("Kirkuk", "Wasiti")
    assert mention.provenance["sublocation"] == "rule:district-named-in-text"


def test_actor_names_take_the_events_country(resolver: Resolver) -> None:
    mention = _mention(
        event_type="Battles",
        sub_event_type="Armed clash",
        places=[PlaceMention("Kirkuk")],
        actor1_text="Islamic State fighters",
        actor2_text="the army",
    )
    _resolve(resolver, mention)
    assert mention.actor1 == "Islamic State (Iraq)"
    assert mention.actor2 is not None and mention.actor2.startswith("Military Forces of Iraq")
    assert mention.actor1_category == "rebel_group"
    assert mention.actor2_category == "state_forces"
    assert "dictionary:actors" in mention.provenance["actor1"]


def test_a_channel_claim_names_the_perpetrator(resolver: Resolver) -> None:
    mention = _mention(
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        places=[PlaceMention("Kabul")],
        claim=ClaimInfo(claimed=True, claimed_by_text="Islamic State", claim_channel="Amaq"),
    )
    _resolve(resolver, mention)
    assert mention.claimed_by == "Islamic State (Afghanistan)"
    assert mention.actor1 == mention.claimed_by
    assert mention.provenance["actor1"] == "rule:perpetrator-from-claim"
    assert mention.provenance["claimed_by"] == "rule:claim-channel-owner"


def test_a_claim_does_not_replace_a_named_perpetrator(resolver: Resolver) -> None:
    mention = _mention(
        event_type="Battles",
        sub_event_type="Armed clash",
        places=[PlaceMention("Ghazni")],
        actor1_text="Taliban fighters",
        claim=ClaimInfo(claimed=True, claimed_by_text="Islamic State"),
    )
    _resolve(resolver, mention)
    assert mention.actor1 == "Taliban"
    assert mention.claimed_by is not None and mention.claimed_by.startswith("Islamic State")
    assert mention.provenance["claimed_by"] == "rule:claimant"


def test_an_unknown_claimant_is_kept_as_written(resolver: Resolver) -> None:
    mention = _mention(claim=ClaimInfo(claimed=True, claimed_by_text="Brigade of the Northern Lions"))
    _resolve(resolver, mention)
    assert mention.claimed_by == "Brigade of the Northern Lions"


def test_the_same_actor_on_both_sides_is_dropped_from_actor2(resolver: Resolver) -> None:
    mention = _mention(
        event_type="Battles", sub_event_type="Armed clash", places=[PlaceMention("Mosul")],
        actor1_text="the army", actor2_text="Iraqi troops",
    )  # fmt: skip
    _resolve(resolver, mention)
    assert mention.actor1 is not None
    assert mention.actor2 is None


def test_target_type_from_actor2_when_the_text_gives_none(resolver: Resolver) -> None:
    mention = _mention(
        event_type="Battles", sub_event_type="Armed clash", attack_type="Armed Assault", places=[PlaceMention("Ghazni")],
        actor1_text="Taliban fighters", actor2_text="Afghan soldiers",
    )  # fmt: skip
    _resolve(resolver, mention)
    assert mention.target_type == "Military"
    assert mention.provenance["target_type"] == "rule:target-from-actor2-category"


def test_the_gunmen_state_forces_hit_back_at_are_no_target(resolver: Resolver) -> None:
    # "Troops responded, killing two of the gunmen": the gunmen carried out the attack, they were not its target.
    mention = _mention(
        event_type="Battles", sub_event_type="Armed clash", attack_type="Armed Assault", places=[PlaceMention("Ghazni")],
        actor1_text="Afghan soldiers", actor2_text="Taliban fighters",
    )  # fmt: skip
    _resolve(resolver, mention)
    assert mention.target_type == "Private Citizens & Property"


def test_state_forces_hitting_back_share_the_target_of_the_attack(resolver: Resolver) -> None:
    # "Gunmen attacked a police post in Ghazni. Afghan soldiers responded, killing two Taliban fighters."
    attack = _mention(
        0, event_type="Battles", sub_event_type="Armed clash", attack_type="Armed Assault", target_type="Police",
        places=[PlaceMention("Ghazni")], actor1_text="Taliban fighters",
    )  # fmt: skip
    response = _mention(
        1, event_type="Battles", sub_event_type="Armed clash", attack_type="Armed Assault",
        places=[PlaceMention("Ghazni")], actor1_text="Afghan soldiers", actor2_text="Taliban fighters",
    )  # fmt: skip
    _resolve(resolver, attack, response)
    assert response.target_type == "Police"
    assert response.provenance["target_type"] == "rule:target-of-the-attack-the-state-hit-back-at"


def test_a_target_type_from_the_text_is_kept(resolver: Resolver) -> None:
    mention = _mention(
        event_type="Battles", sub_event_type="Armed clash", attack_type="Armed Assault", places=[PlaceMention("Ghazni")],
        actor1_text="Taliban fighters", actor2_text="Afghan soldiers", target_type="Educational Institution",
    )  # fmt: skip
    _resolve(resolver, mention)
    assert mention.target_type == "Educational Institution"


def test_an_attack_that_names_no_target_hits_the_public(resolver: Resolver) -> None:
    # "A bomb exploded in the town centre": GTD's private citizens and property.
    mention = _mention(
        event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        attack_type="Bombing/Explosion", places=[PlaceMention("Ghazni")],
    )  # fmt: skip
    _resolve(resolver, mention)
    assert mention.target_type == "Private Citizens & Property"
    assert mention.provenance["target_type"] == "rule:gtd-target-the-public-by-default"


def test_no_target_type_for_what_is_no_attack(resolver: Resolver) -> None:
    mention = _mention(event_type="Protests", sub_event_type="Peaceful protest", places=[PlaceMention("Ghazni")])
    _resolve(resolver, mention)
    assert mention.target_type is None


def test_the_reports_country_settles_an_ambiguous_name(resolver: Resolver) -> None:
    first = _mention(0, places=[PlaceMention("Beirut")])
    second = _mention(1, places=[PlaceMention("Tripoli")])
    third = _mention(2, places=[PlaceMention("Sidon")])
    _resolve(resolver, first, second, third)
    assert second.country == "Lebanon"


def test_country_of_names(resolver: Resolver) -> None:
    assert resolver.country_of_names(["Kirkuk", "Mosul", "Erbil"]) == "Iraq"
    assert resolver.country_of_names([]) is None


def test_no_country_is_invented_for_a_generic_actor(resolver: Resolver) -> None:
    mention = _mention(event_type="Battles", sub_event_type="Armed clash", actor1_text="rebels")
    _resolve(resolver, mention)
    assert mention.actor1 is None or "Syria" not in mention.actor1


def test_an_event_placed_nowhere_takes_the_reports_last_place_near_it(resolver: Resolver) -> None:
    first = _mention(0, places=[PlaceMention("Kirkuk", kind="city")])
    second = _mention(1, places=[PlaceMention("the Old Market road")])
    _resolve(resolver, first, second)
    assert (second.country, second.location) == ("Iraq", "Kirkuk")
    assert second.geo_precision == 2
    assert second.provenance["location"] == "rule:place-of-another-event-in-report"


def test_an_opening_event_placed_nowhere_takes_the_place_the_report_names_later(resolver: Resolver) -> None:
    first = _mention(0, places=[PlaceMention("the Old Market road")])
    second = _mention(1, places=[PlaceMention("Kirkuk", kind="city")])
    _resolve(resolver, first, second)
    assert (first.location, first.geo_precision) == ("Kirkuk", 2)
    assert first.provenance["location"] == "rule:place-of-another-event-in-report"
    assert (second.location, second.geo_precision) == ("Kirkuk", 1)


def test_a_report_placed_only_in_a_country_places_its_events_there_and_no_closer(resolver: Resolver) -> None:
    first = _mention(0, places=[PlaceMention("Syria", kind="country")])
    second = _mention(1)
    _resolve(resolver, first, second)
    assert (first.country, first.location) == ("Syria", None)
    assert (second.country, second.location, second.latitude) == ("Syria", None, None)


def test_the_group_sources_blame_is_the_perpetrator_when_nobody_is_seen_acting(resolver: Resolver) -> None:
    mention = _mention(
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        places=[PlaceMention("Maiduguri", kind="city")],
        claim=ClaimInfo(blamed_on="Boko Haram"),
    )
    _resolve(resolver, mention)
    assert mention.actor1 is not None and "Boko Haram" in mention.actor1
    assert mention.provenance["actor1"].startswith("rule:perpetrator-named-by-sources")
    assert mention.claimed_by is None
