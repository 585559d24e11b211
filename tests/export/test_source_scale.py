"""ACLED's source scale of an event from its outlets' reach."""

from __future__ import annotations

from eventlens.export.source_scale import combined_scale, gazetteer_scale_of

_SCALES = {"Wire": "International", "Daily": "National", "Town Crier": "Subnational", "Region Today": "Regional"}


def test_one_scale_or_two_joined_narrower_first() -> None:
    assert combined_scale(["Wire"], _SCALES.get) == "International"
    assert combined_scale(["Wire", "Daily", "Daily"], _SCALES.get) == "National-International"
    assert combined_scale(["Daily", "Town Crier"], _SCALES.get) == "Subnational-National"


def test_unknown_outlets_add_nothing_and_alone_leave_it_empty() -> None:
    assert combined_scale(["Daily", "Blog of Nobody"], _SCALES.get) == "National"
    assert combined_scale(["Blog of Nobody"], _SCALES.get) == ""
    assert combined_scale([], _SCALES.get) == ""


def test_three_scales_keep_the_first_and_the_last_in_acleds_order() -> None:
    assert combined_scale(["Wire", "Town Crier", "Region Today"], _SCALES.get) == "Subnational-International"
    scales = {"Feed": "New media", "Ministry": "Other", "Daily": "National"}
    assert combined_scale(["Daily", "Feed"], scales.get) == "New media-National"
    assert combined_scale(["Feed", "Ministry"], scales.get) == "Other-New media"


def test_outlets_as_the_outlet_tables_know_them() -> None:
    scale_of = gazetteer_scale_of()
    assert scale_of("Reuters") == "International"
    assert scale_of("AFP") == "International"
    assert scale_of("Yemen Post") == "National"  # a country in its name
    assert scale_of("Dawn (Pakistan)") == "National"  # a country in its credit
    assert scale_of("Guardian (Nigeria)") == "National"  # a country's paper, not the international one
    assert scale_of("Weekly Lantern") is None


def test_platforms_are_new_media_and_official_bodies_other() -> None:
    scale_of = gazetteer_scale_of()
    assert scale_of("Twitter") == "New media"
    assert scale_of("Telegram (Syria)") == "New media"
    assert scale_of("Ministry of Interior of Chad") == "Other"
    assert scale_of("Border Monitoring Mission") == "Other"
    assert scale_of("Kenya Human Rights Commission") == "Other"


def test_a_paper_named_after_a_provincial_city_is_subnational_a_capitals_national() -> None:
    scale_of = gazetteer_scale_of()
    assert scale_of("Mombasa Herald") == "Subnational"
    assert scale_of("Nairobi Herald") == "National"
    assert scale_of("Kenyan Herald") == "National"
