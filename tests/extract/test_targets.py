"""GTD target/victim type from the words naming what was hit."""

from __future__ import annotations

import pytest

from eventlens.extract.targets import target_type_from_words
from eventlens.types.vocab import GTD_TARGET_TYPES


@pytest.mark.parametrize(
    ("words", "target_type"),
    [
        ("a Federal Police pickup truck", "Police"),
        ("two traffic policemen", "Police"),
        ("an army checkpoint", "Military"),
        ("a military convoy", "Military"),
        ("the Turkish embassy", "Government (Diplomatic)"),
        ("UN peacekeepers", "Government (Diplomatic)"),
        ("the district governor", "Government (General)"),
        ("a primary school", "Educational Institution"),
        ("worshippers at a mosque", "Religious Figures/Institutions"),
        ("a local radio station", "Journalists & Media"),
        ("aid workers", "NGO"),
        ("a cargo plane at the airport", "Airports & Aircraft"),
        ("an oil tanker", "Maritime"),
        ("a crowded minibus", "Transportation"),
        ("a power station", "Utilities"),
        ("a mobile phone tower", "Telecommunication"),
        ("a busy market", "Business"),
        ("Houthi fighters", "Terrorists/Non-State Militia"),
        ("villagers returning from the fields", "Private Citizens & Property"),
    ],
)
def test_target_words(words: str, target_type: str) -> None:
    assert target_type_from_words(words) == target_type


def test_every_answer_is_a_gtd_target_type() -> None:
    samples = ["police", "soldiers", "embassy", "mosque", "school", "shops", "civilians", "a bus"]
    assert {target_type_from_words(s) for s in samples} <= set(GTD_TARGET_TYPES)


def test_police_outrank_the_place_they_stood() -> None:
    # A police patrol at a market is a police target, not a business one.
    assert target_type_from_words("a police patrol in the market") == "Police"


def test_no_target_words_no_target_type() -> None:
    assert target_type_from_words("the northern outskirts") is None


def test_matching_is_on_whole_words() -> None:
    # "portrait" is no "port".
    assert target_type_from_words("a portrait") is None


@pytest.mark.parametrize(
    ("words", "target_type"),
    [
        # A phrase that names its type outright outranks its single words ("officer", "station", "army").
        ("an intelligence officer on his way home", "Government (General)"),
        ("a polling station in the town", "Government (General)"),
        ("the district centre", "Government (General)"),
        ("a village councillor", "Government (General)"),
        ("an army officer", "Military"),
        ("a security checkpoint", "Military"),
        ("an outpost on the hill", "Military"),
        ("pro-government militia members", "Terrorists/Non-State Militia"),
        ("Levies personnel", "Police"),
        ("a residence in the old quarter", "Private Citizens & Property"),
        ("a camp for displaced families", "Private Citizens & Property"),
        ("the provincial Education Department", "Government (General)"),
        ("a candidate for the state assembly", "Government (General)"),
        ("an air base in the south", "Military"),
        ("a filling station in the suburbs", "Business"),
        ("the district hospital", "Business"),
        ("a cattle ranch", "Business"),
    ],
)
def test_target_phrases(words: str, target_type: str) -> None:
    assert target_type_from_words(words) == target_type


def test_a_police_district_is_a_place_not_a_police_target() -> None:
    # Kabul and Kandahar are divided into numbered police districts.
    assert target_type_from_words("a shop in Police District 6") == "Business"


def test_taken_to_hospital_is_no_hospital_target() -> None:
    # The wounded were taken to hospital: the hospital was not attacked.
    assert target_type_from_words("two people who were taken to hospital") == "Private Citizens & Property"
